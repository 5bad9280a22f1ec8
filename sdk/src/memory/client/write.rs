//! Writing memories: add, add from a conversation (read in sittings), update, delete; and the
//! write loop that plans against the verified state, seals, sends, and plans again when another
//! writer got in first.

use super::*;

impl MemoryClient {
    /// Adds a memory and returns it as written. Without categories or a kind, they come from
    /// the extractor's reading of the text (the text itself is kept as given).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidMemory`] for an empty or oversize text ([`MAX_TEXT_BYTES`]) or other
    /// fields out of bounds; write errors of the vault.
    ///
    /// [`MAX_TEXT_BYTES`]: crate::memory::MAX_TEXT_BYTES
    pub async fn add(&self, new: NewMemory) -> Result<Memory> {
        self.scoped(None).add(new).await
    }

    /// Turns a conversation into memories: the extractor proposes candidates from what the user
    /// said, and each is reconciled with the memories that exist (a new fact is added, a changed
    /// one updates the old memory, a retraction deletes it, a known one changes nothing). All
    /// writes go in one transaction where they fit. `source` defaults to the client's.
    ///
    /// Statements are dated by the messages' `at`: a conversation is read in sittings (messages
    /// more than six hours apart start a new one), each dated by its latest message's time
    /// (never later than now; now when no message of it is dated). A statement older than what
    /// a memory says now, or than the memory's deletion, changes nothing
    /// ([`AppliedAction::Superseded`]).
    ///
    /// With [`via_tee`](MemoryClientBuilder::via_tee), a verified TEE node does this instead,
    /// and the client checks its signed answer against the chain.
    pub async fn add_messages(
        &self,
        messages: &[Message],
        source: Option<Source>,
    ) -> Result<Vec<Applied>> {
        self.scoped(None).add_messages(messages, source).await
    }

    /// Changes memory `id` and returns its new version (the same version if nothing changed).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`], [`Error::InvalidMemory`]; [`Error::MemoryConflict`] if another
    /// device changed the memory since this client last synced.
    pub async fn update(&self, id: MemoryId, change: MemoryUpdate) -> Result<Memory> {
        self.scoped(None).update(id, change).await
    }

    /// Deletes memory `id` with a tombstone; its earlier versions stay in the log
    /// ([`history`](Self::history)).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if there is no live memory with that id.
    pub async fn delete(&self, id: MemoryId) -> Result<()> {
        self.scoped(None).delete(id).await
    }

    /// Plans writes against the current state with `plan`, seals and sends them in as few
    /// transactions as the gas cap allows, and syncs. If another device wrote in between (the
    /// vault refused the expected sequence number), syncs and plans again. Returns what the
    /// plan that was written said.
    pub(super) async fn write<T>(
        &self,
        plan: impl Fn(&State) -> Result<(Vec<Write>, T)>,
    ) -> Result<T> {
        self.write_checked(plan, false).await
    }

    /// [`write`](Self::write); with `exact`, every transaction expects the sequence number it
    /// was planned against (imports: two devices importing one file write each record once).
    pub(super) async fn write_checked<T>(
        &self,
        plan: impl Fn(&State) -> Result<(Vec<Write>, T)>,
        exact: bool,
    ) -> Result<T> {
        let mut local = self.inner.local.lock().await;
        let attempts = if exact { IMPORT_ATTEMPTS } else { WRITE_ATTEMPTS };
        let mut attempt = 0;
        let started = std::time::Instant::now();
        // Since when the RPC has been behind the state at this sequence number: a log that
        // other writers keep moving is progress, not an RPC that stays behind.
        let mut behind_since = (local.state.checkpoint.seq, started);
        let mut behind_wait = std::time::Duration::from_millis(50);
        while attempt < attempts {
            attempt += 1;
            let (mut writes, outcome) = plan(&local.state)?;
            if writes.is_empty() {
                return Ok(outcome);
            }
            // The publication is an entry of the log, and publishing syncs: whatever that takes
            // in (another writer's entries, too) must be in the state the writes are planned
            // from, or a plan made before it would go out under a check that already counts it.
            let planned_at = local.state.checkpoint;
            self.publish_keys_locked(&mut local).await?;
            if local.state.checkpoint != planned_at {
                attempt -= 1;
                continue;
            }
            self.add_vectors(&local.state, &mut writes).await?;
            // Adds of new memories cannot conflict; anything that replaces a version must not
            // overtake a writer this client has not seen.
            let replaces = exact || writes.iter().any(|w| Self::replaces(&local.state, w));
            let check = if replaces {
                SeqCheck::Exactly(local.state.checkpoint.seq)
            } else {
                SeqCheck::Any
            };
            let mut ops = Vec::with_capacity(writes.len());
            for write in &writes {
                if let Some(op) = self.seal(&local.state, write).await? {
                    ops.push(op);
                }
            }
            self.report(Stage::Writing, 0, Some(ops.len() as u64));
            let sent = if self.inner.as_delegate {
                local.writer.apply_chunked_for(self.inner.owner, &ops, check).await
            } else {
                local.writer.apply_chunked(&ops, check).await
            }
            .map_err(Error::from);
            self.report(Stage::Writing, ops.len() as u64, Some(ops.len() as u64));
            let landed = match &sent {
                Ok(receipts) => receipts.iter().map(|r| r.block).max(),
                Err(Error::Vault(crate::VaultError::BatchPartiallyApplied { applied, .. })) => {
                    applied.iter().map(|r| r.block).max()
                }
                Err(_) => None,
            };
            if let Some(block) = landed {
                local.last_write_block = local.last_write_block.max(block);
            }
            match sent {
                Ok(receipts) => {
                    tracing::debug!(
                        txs = ?receipts.iter().map(|r| r.tx_hash).collect::<Vec<_>>(),
                        memories = ?writes
                            .iter()
                            .filter_map(|w| match w {
                                Write::Put(memory) => Some(memory.id),
                                _ => None,
                            })
                            .collect::<Vec<_>>(),
                        ?check,
                        "a write landed"
                    );
                    // Seen in the log (absorbed or synced below): if a reorg drops one and it
                    // is mined again reverted, what it wrote is planned again.
                    for receipt in &receipts {
                        local.cache.outbox_mark_landed(receipt.tx_hash)?;
                    }
                    if !self.absorb_writes(&mut local, &receipts).await? {
                        self.sync_locked(&mut local).await?;
                        let hashes: Vec<B256> = receipts.iter().map(|r| r.tx_hash).collect();
                        self.await_own(&mut local, &hashes).await?;
                    }
                    return Ok(outcome);
                }
                // The node that checked the write holds fewer operations than this client has
                // verified: a replica behind the others, not another writer. Wait for it.
                Err(err) if is_behind_conflict(&err) => {
                    tracing::debug!(
                        %err,
                        state_seq = local.state.checkpoint.seq,
                        state_block = local.state.checkpoint.block,
                        last_write_block = local.last_write_block,
                        "the RPC that checked the write holds fewer operations; waiting"
                    );
                    if behind_since.0 != local.state.checkpoint.seq {
                        behind_since = (local.state.checkpoint.seq, std::time::Instant::now());
                    }
                    let lag_wait = self.inner.plan.lag_wait;
                    if behind_since.1.elapsed() >= lag_wait
                        || started.elapsed() >= lag_wait * BEHIND_WAITS
                    {
                        let needed = local.state.checkpoint.block.max(local.last_write_block);
                        let served = self.inner.vault.latest_block().await.map_or(0, |b| b.number);
                        return Err(Error::Vault(crate::VaultError::RpcBehind {
                            behind: needed.saturating_sub(served),
                            rpc_block: served,
                            needed_block: needed,
                            waited: behind_since.1.elapsed(),
                        }));
                    }
                    tokio::time::sleep(behind_wait).await;
                    behind_wait = (behind_wait * 2).min(std::time::Duration::from_secs(1));
                    // Or a reorg took operations this client verified: the sync finds out and
                    // rolls back (and sends this client's dropped transactions again).
                    self.sync_locked(&mut local).await?;
                    attempt -= 1;
                }
                Err(err) if is_sequence_conflict(&err) => {
                    tracing::debug!(%err, attempt, ?check, "a write lost the race for the log");
                    // Another writer got in first: catch up to at least what the vault said it
                    // holds (a replica behind may serve less at first), then plan again.
                    let holds = sequence_conflict(&err).map_or(0, |m| m.actual);
                    self.sync_until(&mut local, holds).await?;
                }
                // A sequence check can also fail when the transaction is mined (another writer
                // got in between the gas estimate and the block): the receipt only says it
                // reverted. If the log moved on, it was that; otherwise it was something else.
                Err(err) if replaces && is_revert(&err) => {
                    tracing::debug!(%err, attempt, ?check, "a write's sequence check reverted");
                    let before = local.state.checkpoint;
                    // The log as of the block the write reverted in (read by hash, so a replica
                    // behind cannot hide it): moved on past the check, it was another writer.
                    let (after, gone) = match &err {
                        Error::Vault(crate::VaultError::TransactionReverted { tx_hash }) => self.reverted_at(*tx_hash).await,
                        _ => (None, false),
                    };
                    if gone {
                        // A reorg dropped the block it reverted in: nothing of it stands. Plan
                        // again against the log as the sync finds it (the sequence check keeps
                        // it and a new plan from both landing, should it be mined again).
                        self.sync_locked(&mut local).await?;
                        continue;
                    }
                    if let Some(after) = after {
                        // Not moved: the write reverted for a reason of its own. (Fewer
                        // entries than this client holds: a reorg took some; the sync below
                        // rolls them back and the write is planned again.)
                        if after.seq == before.seq {
                            if let Err(sync) = self.sync_locked(&mut local).await {
                                tracing::warn!(error = %sync, "could not sync after a reverted write");
                            }
                            return Err(err);
                        }
                        self.sync_until(&mut local, after.seq).await?;
                        continue;
                    }
                    let started = std::time::Instant::now();
                    let patience = self.inner.plan.lag_wait.min(REVERT_PATIENCE);
                    let mut wait = std::time::Duration::from_millis(100);
                    self.sync_locked(&mut local).await?;
                    // A replica behind the one that mined the transaction may not show the
                    // write that got in first yet (or the reorg that moved the log).
                    while local.state.checkpoint == before && started.elapsed() < patience {
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(std::time::Duration::from_secs(1));
                        self.sync_locked(&mut local).await?;
                    }
                    if local.state.checkpoint == before {
                        return Err(err);
                    }
                }
                // A delegate refused as not one: a grant made a block ago that the replica
                // which checked the write does not show yet. Waited for, briefly; a grant that
                // is really gone (revoked, expired) is reported after that.
                Err(Error::Vault(crate::VaultError::Revert(
                    memsync_bindings::memory_vault::MemoryVault::MemoryVaultErrors::VaultNotDelegate(
                        _,
                    ),
                ))) if self.inner.as_delegate
                    && started.elapsed() < self.inner.plan.lag_wait.min(GRANT_PATIENCE) =>
                {
                    tokio::time::sleep(behind_wait).await;
                    behind_wait = (behind_wait * 2).min(std::time::Duration::from_secs(1));
                    attempt -= 1;
                }
                // Dropped, and its nonce went to another process of this key: the sync sends
                // the same operations again once the chain proves them missing.
                Err(Error::Vault(crate::VaultError::TransactionDisplaced { tx_hash })) => {
                    self.await_own(&mut local, &[tx_hash]).await?;
                    return Ok(outcome);
                }
                Err(err) => {
                    // Part of a split write may have landed: bring the state in line with the
                    // chain before reporting, so nothing is written twice on a retry.
                    if let Err(sync) = self.sync_locked(&mut local).await {
                        tracing::warn!(error = %sync, "could not sync after a failed write");
                    }
                    return Err(err);
                }
            }
        }
        Err(Error::Vault(crate::VaultError::WriteContended { attempts }))
    }

    /// The owner's log state after the block where transaction `tx_hash` reverted (read by
    /// hash), and whether the transaction is gone from the chain: not mined in the chain the
    /// RPC serves, even after a short wait for a replica that has not seen its block yet.
    pub(super) async fn reverted_at(
        &self,
        tx_hash: B256,
    ) -> (Option<crate::vault::Checkpoint>, bool) {
        let vault = &self.inner.vault;
        match vault.log_state_after(self.inner.owner, tx_hash).await {
            Ok(Some(after)) => return (Some(after), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        let patience = self.inner.plan.lag_wait.min(REVERT_PATIENCE);
        match vault.mined_within(tx_hash, patience).await {
            Ok(Some(_)) => {
                (vault.log_state_after(self.inner.owner, tx_hash).await.ok().flatten(), false)
            }
            Ok(None) => (None, true),
            Err(_) => (None, false),
        }
    }

    /// With an embedder, the vector of every memory `writes` puts, and the tombstone of every
    /// deleted memory's vector.
    pub(super) async fn add_vectors(&self, state: &State, writes: &mut Vec<Write>) -> Result<()> {
        let Some(embedder) = &self.inner.embedder else { return Ok(()) };
        let mut texts = Vec::new();
        let mut ids = Vec::new();
        let mut deleted = Vec::new();
        for write in writes.iter() {
            match write {
                Write::Put(memory) => {
                    ids.push(memory.id);
                    texts.push(memory.text.clone());
                }
                Write::Delete(id) if state.vector_record(id).is_some() => deleted.push(*id),
                _ => {}
            }
        }
        if !texts.is_empty() {
            let vectors = embedder.embed(&texts).await?;
            if vectors.len() != ids.len() {
                return Err(crate::search::SearchError::EmbedderResponse {
                    url: embedder.model().to_owned(),
                    reason: format!("{} vectors for {} texts", vectors.len(), ids.len()),
                }
                .into());
            }
            for (id, vector) in ids.into_iter().zip(vectors) {
                writes.push(Write::Vector(id, embedder.model().to_owned(), vector));
            }
        }
        writes.extend(deleted.into_iter().map(Write::DeleteVector));
        Ok(())
    }

    /// Whether `write` replaces a version that exists (an update, a delete, a re-import).
    pub(super) fn replaces(state: &State, write: &Write) -> bool {
        match write {
            Write::Put(memory) => state.memory_record(&memory.id).is_some(),
            Write::Vector(id, ..) => state.vector_record(id).is_some(),
            Write::Delete(_) | Write::DeleteVector(_) => true,
        }
    }

    /// The vault operation of `write`, sealed (`None` when there is nothing to write).
    pub(super) async fn seal(&self, state: &State, write: &Write) -> Result<Option<Operation>> {
        let inner = &self.inner;
        let keys = inner.keyring.latest().ok_or(Error::EmptyKeyring)?;
        let (record, version, plaintext) = match write {
            Write::Put(memory) => {
                let (record, version) = match state.memory_record(&memory.id) {
                    Some((record, latest)) => (record, next_version(latest)),
                    // A new memory: version 1, or the version an export recorded.
                    None => (keys.record_id(&memory.id.record_name()), memory.version.max(1)),
                };
                (record, version, zeroize::Zeroizing::new(body::encode(memory)))
            }
            Write::Vector(id, model, vector) => {
                let (record, version) = match state.vector_record(id) {
                    Some((record, latest)) => (record, next_version(latest)),
                    None => (keys.record_id(&vector_record_name(id)), 1),
                };
                let mut plaintext = zeroize::Zeroizing::new(id.as_bytes().to_vec());
                plaintext.extend_from_slice(&encode_vector(model, vector)?);
                (record, version, plaintext)
            }
            Write::Delete(id) => {
                let (record, latest) =
                    state.memory_record(id).ok_or(Error::MemoryNotFound { id: *id })?;
                return Ok(Some(Operation::delete(record, next_version(latest))));
            }
            Write::DeleteVector(id) => {
                return Ok(state
                    .vector_record(id)
                    .map(|(record, latest)| Operation::delete(record, next_version(latest))));
            }
        };
        let mode = records::mode_for(&inner.policy, record, plaintext.len())?;
        let op =
            records::seal(&inner.keyring, record, version, &plaintext, mode, inner.blobs.as_ref());
        Ok(Some(op.await?))
    }

    // ---------------------------------------------------------------------------------------
    // Searching
    // ---------------------------------------------------------------------------------------
}

/// The longest pause within one sitting of a conversation: messages further apart (a chat
/// resumed the next day, or a year later) are extracted and dated apart.
pub(super) const SITTING_GAP: jiff::SignedDuration = jiff::SignedDuration::from_secs(6 * 3600);
/// A conversation's sittings, in order, each with when it was said: the latest time its messages
/// carry (never later than `now`), else `undated` (when the conversation started, or now). A
/// statement is dated by its own sitting, so that what was said in 2024 in a chat resumed in 2026
/// is not taken for a 2026 statement, nor the other way round.
pub(super) fn sittings(
    messages: &[Message],
    undated: Timestamp,
    now: Timestamp,
) -> Vec<(&[Message], Timestamp)> {
    let mut parts = Vec::new();
    let (mut start, mut last) = (0, None::<Timestamp>);
    for (i, message) in messages.iter().enumerate() {
        let Some(at) = message.at else { continue };
        if let Some(previous) = last
            && at.duration_since(previous) > SITTING_GAP
        {
            parts.push((&messages[start..i], previous));
            start = i;
        }
        last = Some(last.map_or(at, |l| l.max(at)));
    }
    if start < messages.len() || parts.is_empty() {
        parts.push((&messages[start..], last.unwrap_or(undated)));
    }
    parts.into_iter().map(|(part, at)| (part, at.min(now))).collect()
}
/// How far apart two clocks may be (devices, a TEE node) for statements to count as said at the
/// same time.
pub(super) const CLOCK_SKEW: jiff::SignedDuration = jiff::SignedDuration::from_secs(3600);
/// Whether a statement made at `said_at` is older than `then` (a memory's current version, or a
/// deletion) beyond [`CLOCK_SKEW`]: an older statement never replaces, retracts or brings back
/// what a newer one set.
pub(super) fn said_before(said_at: Timestamp, then: Timestamp) -> bool {
    said_at.checked_add(CLOCK_SKEW).is_ok_and(|late| late < then)
}
