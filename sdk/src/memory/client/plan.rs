//! The write plan: what a change writes (memories and their vectors) against the state as it
//! was verified, and whether two versions say the same.

use super::*;

/// One record write, planned against the state.
#[derive(Clone, Debug)]
pub(super) enum Write {
    /// Write this memory as the next version of its record (or as a new record).
    Put(Memory),
    /// Tombstone this memory's record.
    Delete(MemoryId),
    /// Write this memory's vector (model, values) as the next version of its vector record.
    Vector(MemoryId, String, Vec<f32>),
    /// Tombstone this memory's vector record.
    DeleteVector(MemoryId),
}

/// The logical name of the record holding memory `id`'s vector.
pub(super) fn vector_record_name(id: &MemoryId) -> Vec<u8> {
    [b"vector/".as_slice(), id.as_bytes()].concat()
}

/// Whether two versions of a memory say the same thing (times, version, source and confidence
/// aside): re-importing a memory that says the same changes nothing.
pub(super) fn same_content(a: &Memory, b: &Memory) -> bool {
    a.text == b.text
        && a.kind == b.kind
        && a.expires_at == b.expires_at
        && a.categories == b.categories
        && a.tags == b.tags
}

/// Writes planned against a snapshot of the memories; each decision sees the ones before it, so
/// a fact added by one conversation is known to the next.
pub(super) struct Plan<'a> {
    state: &'a State,
    /// The client's kept reading of the memories' texts, for the reconciler.
    analyses: Option<&'a std::sync::Mutex<crate::extract::Analyses>>,
    /// The app scope the plan writes for (`None`: everything).
    scope: Option<&'a AppScope>,
    /// The memories as they will be once the planned writes land.
    working: Vec<Memory>,
    /// Where each memory of `working` is.
    position: std::collections::HashMap<MemoryId, usize>,
    writes: Vec<Write>,
    /// Where each memory's planned write is in `writes`.
    written: std::collections::HashMap<MemoryId, usize>,
    applied: Vec<Applied>,
}

impl<'a> Plan<'a> {
    /// A plan over the memories `scope` may see (all with `None`).
    pub(super) fn new(state: &'a State, scope: Option<&'a AppScope>) -> Self {
        let working: Vec<Memory> =
            state.memories().filter(|m| scope.is_none_or(|s| s.can_see(m))).cloned().collect();
        let position = working.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
        Self {
            state,
            analyses: None,
            scope,
            working,
            position,
            writes: Vec::new(),
            written: std::collections::HashMap::new(),
            applied: Vec::new(),
        }
    }

    /// Plans writing `memory` (replacing an earlier planned write of it).
    pub(super) fn put(&mut self, memory: Memory) {
        let id = memory.id;
        match self.position.get(&id) {
            Some(&i) => self.working[i] = memory.clone(),
            None => {
                self.position.insert(id, self.working.len());
                self.working.push(memory.clone());
            }
        }
        match self.written.get(&id) {
            Some(&i) => self.writes[i] = Write::Put(memory),
            None => {
                self.written.insert(id, self.writes.len());
                self.writes.push(Write::Put(memory));
            }
        }
    }

    /// Plans deleting memory `id`.
    pub(super) fn delete(&mut self, id: MemoryId) {
        if let Some(i) = self.position.remove(&id) {
            self.working.swap_remove(i);
            if let Some(moved) = self.working.get(i) {
                self.position.insert(moved.id, i);
            }
        }
        let exists = self.state.memory(&id).is_some();
        match (self.written.get(&id).copied(), exists) {
            (Some(i), true) => self.writes[i] = Write::Delete(id),
            // Planned in this same batch and never written: just do not write it.
            (Some(i), false) => {
                self.writes[i] = Write::DeleteVector(id);
                self.written.remove(&id);
            }
            (None, true) => {
                self.written.insert(id, self.writes.len());
                self.writes.push(Write::Delete(id));
            }
            (None, false) => {}
        }
    }

    pub(super) fn record(&mut self, action: AppliedAction, id: Option<MemoryId>, text: &str) {
        // What `seal` writes: the record's next version, or a new record's first (an export's
        // version kept).
        let version = match action {
            AppliedAction::Added | AppliedAction::Updated => {
                id.map(|id| match self.state.memory_record(&id) {
                    Some((_, latest)) => next_version(latest),
                    None => self.working_version(&id),
                })
            }
            // A memory planned in this same batch is not written at all.
            AppliedAction::Deleted => id
                .and_then(|id| self.state.memory_record(&id))
                .map(|(_, latest)| next_version(latest)),
            AppliedAction::Unchanged | AppliedAction::OutOfScope | AppliedAction::Superseded => {
                None
            }
        };
        self.applied.push(Applied { action, id, text: text.to_owned(), version });
    }

    /// The version a new memory `id` is written with (planned in `working`, or 1).
    pub(super) fn working_version(&self, id: &MemoryId) -> u64 {
        self.position.get(id).map_or(1, |&i| self.working[i].version.max(1))
    }

    /// Plans importing `memory` as it is (id, times and version kept where it is new).
    pub(super) fn import(&mut self, memory: &Memory) {
        match self.position.get(&memory.id).map(|&i| &self.working[i]) {
            Some(current) if same_content(current, memory) => {
                self.record(AppliedAction::Unchanged, Some(memory.id), &memory.text);
            }
            Some(current) => {
                let mut next = memory.clone();
                next.created_at = current.created_at;
                self.put(next);
                self.record(AppliedAction::Updated, Some(memory.id), &memory.text);
            }
            None => {
                self.put(memory.clone());
                self.record(AppliedAction::Added, Some(memory.id), &memory.text);
            }
        }
    }

    /// Reconciles with the client's kept `analyses` of the memories' texts.
    pub(super) fn analyses(
        mut self,
        analyses: &'a std::sync::Mutex<crate::extract::Analyses>,
    ) -> Self {
        self.analyses = Some(analyses);
        self
    }

    /// Plans what `candidates` do to the memories, by the reconciler; new memories are dated
    /// `said_at` (when the conversation took place).
    pub(super) fn reconcile(
        &mut self,
        candidates: Vec<crate::extract::Candidate>,
        source: &Source,
        said_at: Timestamp,
    ) {
        let actions = match self.analyses {
            Some(analyses) => {
                let mut analyses =
                    analyses.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                crate::extract::reconcile_with(candidates, &self.working, &mut analyses)
            }
            None => reconcile(candidates, &self.working),
        };
        for action in actions {
            match action {
                Action::Add(candidate) => {
                    // A memory deleted after this was said (a retraction, or the owner's
                    // `forget`) is not brought back by it.
                    if let Some(id) = self.retracted_since(&candidate, said_at) {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    let memory = Memory {
                        id: MemoryId::random(),
                        text: candidate.text.clone(),
                        kind: candidate.kind,
                        expires_at: candidate.expires_at,
                        categories: candidate.categories,
                        tags: candidate.tags,
                        source: source.clone(),
                        created_at: said_at,
                        updated_at: said_at,
                        confidence: candidate.confidence,
                        version: 1,
                    };
                    if let Err(err) = memory.validate() {
                        tracing::warn!(%err, "the extractor proposed an invalid memory; skipped");
                        continue;
                    }
                    if self.scope.is_some_and(|scope| scope.check_add(&memory).is_err()) {
                        self.record(AppliedAction::OutOfScope, None, &memory.text);
                        continue;
                    }
                    self.record(AppliedAction::Added, Some(memory.id), &memory.text);
                    self.put(memory);
                }
                Action::Update { id, candidate } => {
                    let Some(&i) = self.position.get(&id) else { continue };
                    if said_before(said_at, self.working[i].updated_at) {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    let mut next = self.working[i].clone();
                    next.text.clone_from(&candidate.text);
                    next.kind = candidate.kind;
                    next.expires_at = candidate.expires_at;
                    next.categories.extend(candidate.categories.iter().copied());
                    next.tags.extend(candidate.tags.iter().cloned());
                    next.confidence = candidate.confidence;
                    // Dated when it was said (an import's old conversation), never earlier than
                    // the version it replaces.
                    next.updated_at = said_at.max(self.working[i].updated_at);
                    if next.validate().is_err() {
                        continue;
                    }
                    if self.scope.is_some_and(|scope| scope.check_write(&next).is_err()) {
                        self.record(AppliedAction::OutOfScope, None, &candidate.text);
                        continue;
                    }
                    self.record(AppliedAction::Updated, Some(id), &candidate.text);
                    self.put(next);
                }
                Action::Delete { id, candidate } => {
                    if self
                        .position
                        .get(&id)
                        .is_some_and(|&i| said_before(said_at, self.working[i].updated_at))
                    {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    self.record(AppliedAction::Deleted, Some(id), &candidate.text);
                    self.delete(id);
                }
                Action::Nothing { id, candidate } => {
                    self.record(AppliedAction::Unchanged, id, &candidate.text);
                }
            }
        }
    }

    /// The deleted memory `candidate` states again, if it was deleted after `said_at`: the
    /// reconciler takes it for that memory (the same fact, or a new value of it).
    pub(super) fn retracted_since(
        &self,
        candidate: &crate::extract::Candidate,
        said_at: Timestamp,
    ) -> Option<MemoryId> {
        let later: Vec<Memory> = self
            .state
            .deleted()
            .filter(|d| said_before(said_at, d.deleted_after))
            .filter(|d| !self.position.contains_key(&d.memory.id))
            .filter(|d| self.scope.is_none_or(|s| s.can_see(&d.memory)))
            .map(|d| d.memory.clone())
            .collect();
        if later.is_empty() {
            return None;
        }
        match reconcile(vec![candidate.clone()], &later).into_iter().next()? {
            Action::Update { id, .. } | Action::Delete { id, .. } => Some(id),
            Action::Nothing { id, .. } => id,
            Action::Add(_) => None,
        }
    }

    pub(super) fn finish(mut self) -> (Vec<Write>, Vec<Applied>) {
        // Placeholders of memories that were planned and then deleted in the same batch.
        self.writes.retain(
            |w| !matches!(w, Write::DeleteVector(id) if self.state.vector_record(id).is_none()),
        );
        (self.writes, self.applied)
    }
}
