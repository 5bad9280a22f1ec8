//! What this device knows of the owner's memories: the live memories, which record holds each,
//! and the records it could not open yet. It changes only by applying verified log entries, in
//! order, whoever wrote them (this device, another one, a delegate).

use std::collections::{BTreeMap, HashMap};

use alloy::primitives::B256;
use jiff::Timestamp;

use crate::vault::{Checkpoint, LogEntry, Operation, next_head, takes_over};
use memsync_types::{Memory, MemoryId};

/// What a record's latest version turned out to hold when opened.
#[derive(Debug)]
pub(crate) enum Opened {
    /// A memory.
    Memory(Memory),
    /// The embedding vector of a memory.
    Vector(MemoryId, Vec<f32>),
    /// A record that is not the memory layer's (written by another app through `SealedVault`).
    Other,
    /// A record that could not be opened now (a blob store out of reach, a key epoch this device
    /// does not hold, a malformed body); retried at every sync.
    Unreadable(String),
}

/// What the latest version of a record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holds {
    Memory(MemoryId),
    Vector(MemoryId),
    Other,
    Unreadable,
    Deleted,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    version: u64,
    holds: Holds,
}

/// A change to the memories, for the search indexes to follow.
#[derive(Debug, PartialEq)]
pub(crate) enum Change {
    /// A memory was added or got a new version.
    Upserted(MemoryId),
    /// A memory was deleted.
    Removed(MemoryId),
    /// A memory's vector was written.
    VectorUpserted(MemoryId, Vec<f32>),
    /// A memory's vector was deleted.
    VectorRemoved(MemoryId),
}

/// The owner's memories as of `checkpoint`.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// How far the applied log reaches.
    pub(crate) checkpoint: Checkpoint,
    records: HashMap<B256, Slot>,
    memories: HashMap<MemoryId, Memory>,
    memory_records: HashMap<MemoryId, B256>,
    vector_records: HashMap<MemoryId, B256>,
    /// Records whose latest version could not be opened, with the entry that wrote it.
    unreadable: BTreeMap<B256, (LogEntry, String)>,
    /// Deleted memories: the last version that was readable, and no earlier than when the
    /// deletion was made.
    deleted: HashMap<MemoryId, Deleted>,
    /// The latest time a memory of the log, as applied in order so far, says it was stated:
    /// a deletion applied now was made no earlier (tombstones carry no time).
    latest_stated: Option<Timestamp>,
}

/// A memory a tombstone deleted.
#[derive(Clone, Debug)]
pub(crate) struct Deleted {
    /// Its last readable version.
    pub(crate) memory: Memory,
    /// No earlier than when it was deleted: the latest time stated by the log up to the
    /// tombstone (the writers' clocks, as every time of a memory body).
    pub(crate) deleted_after: Timestamp,
}

impl State {
    /// The live memory `id`.
    pub(crate) fn memory(&self, id: &MemoryId) -> Option<&Memory> {
        self.memories.get(id)
    }

    /// Every live memory, in no particular order.
    pub(crate) fn memories(&self) -> impl Iterator<Item = &Memory> {
        self.memories.values()
    }

    /// The id of every memory ever written, deleted ones included.
    pub(crate) fn known_ids(&self) -> impl Iterator<Item = MemoryId> + '_ {
        self.memory_records.keys().copied()
    }

    /// How many live memories there are.
    pub(crate) fn len(&self) -> usize {
        self.memories.len()
    }

    /// The record holding memory `id`, and its latest version (a tombstone's, once deleted).
    pub(crate) fn memory_record(&self, id: &MemoryId) -> Option<(B256, u64)> {
        let record = *self.memory_records.get(id)?;
        Some((record, self.records.get(&record)?.version))
    }

    /// The latest version of `record` this state holds (`None`: never written).
    pub(crate) fn record_version(&self, record: &B256) -> Option<u64> {
        self.records.get(record).map(|slot| slot.version)
    }

    /// The record holding memory `id`'s vector, and its latest version.
    pub(crate) fn vector_record(&self, id: &MemoryId) -> Option<(B256, u64)> {
        let record = *self.vector_records.get(id)?;
        Some((record, self.records.get(&record)?.version))
    }

    /// Memories deleted and not written again since, with when they were deleted at the
    /// earliest: an older statement of one of them does not bring it back.
    pub(crate) fn deleted(&self) -> impl Iterator<Item = &Deleted> {
        self.deleted.values()
    }

    /// Records that could not be opened: their entry and why.
    pub(crate) fn unreadable(&self) -> impl Iterator<Item = (&LogEntry, &str)> {
        self.unreadable.values().map(|(entry, why)| (entry, why.as_str()))
    }

    /// Applies one entry of the log. `opened` is what a write's new version holds (`None` for a
    /// tombstone or a key-check publication). Returns the changes to the memories.
    ///
    /// An entry that continues the checkpoint advances it; a retried entry (a record that could
    /// not be opened before) changes only what its record holds.
    pub(crate) fn apply(&mut self, entry: &LogEntry, opened: Option<Opened>) -> Vec<Change> {
        let mut changes = Vec::new();
        if entry.seq == self.checkpoint.seq + 1
            && let Some(Opened::Memory(memory)) = &opened
        {
            self.latest_stated = self.latest_stated.max(Some(memory.updated_at));
        }
        if entry.seq == self.checkpoint.seq + 1
            && let Some(op_hash) = entry.op.op_hash()
        {
            self.checkpoint = Checkpoint {
                seq: entry.seq,
                head: next_head(self.checkpoint.head, entry.seq, op_hash),
                block: entry.block,
            };
        }
        let (record, version) = match &entry.op {
            Operation::Write { id, version, .. } | Operation::Delete { id, version } => {
                (*id, *version)
            }
            Operation::PublishKeyCheck { .. } => return changes,
        };
        let shown = self.records.get(&record).copied();
        // An older version than the current one (writers that raced, or a hostile one) changes
        // nothing: the highest version is current, of equal ones the later (`takes_over`).
        if shown.is_some_and(|slot| !takes_over(slot.version, version)) {
            return changes;
        }
        // A version that does not open (garbage from a delegate that may write but not read, a
        // key epoch not held yet) does not hide the readable memory the record showed: that
        // stays in view, the unreadable version is flagged (and retried at every sync), and the
        // next write of the record takes over from it.
        if let (Some(Opened::Unreadable(reason)), Some(Slot { holds: Holds::Memory(old), .. })) =
            (&opened, shown)
            && self.memories.contains_key(&old)
        {
            self.records.insert(record, Slot { version, holds: Holds::Memory(old) });
            self.unreadable.insert(record, (entry.clone(), reason.clone()));
            return changes;
        }
        let holds = match &opened {
            None => Holds::Deleted,
            Some(Opened::Memory(memory)) => Holds::Memory(memory.id),
            Some(Opened::Vector(memory, _)) => Holds::Vector(*memory),
            Some(Opened::Other) => Holds::Other,
            Some(Opened::Unreadable(_)) => Holds::Unreadable,
        };
        // What the record held before is gone, unless the new version holds the same thing.
        match self.records.get(&record).map(|slot| slot.holds) {
            Some(Holds::Memory(old))
                if holds != Holds::Memory(old)
                    && self.memory_records.get(&old) == Some(&record)
                    && let Some(memory) = self.memories.remove(&old) =>
            {
                if holds == Holds::Deleted {
                    let deleted_after = self.latest_stated.unwrap_or(memory.updated_at);
                    self.deleted.insert(
                        old,
                        Deleted { deleted_after: deleted_after.max(memory.updated_at), memory },
                    );
                }
                changes.push(Change::Removed(old));
            }
            Some(Holds::Vector(old))
                if holds != Holds::Vector(old)
                    && self.vector_records.get(&old) == Some(&record) =>
            {
                changes.push(Change::VectorRemoved(old));
            }
            _ => {}
        }
        self.records.insert(record, Slot { version, holds });
        self.unreadable.remove(&record);
        match opened {
            None | Some(Opened::Other) => {}
            Some(Opened::Memory(memory)) => {
                let id = memory.id;
                self.deleted.remove(&id);
                self.memory_records.insert(id, record);
                self.memories.insert(id, memory);
                changes.push(Change::Upserted(id));
            }
            Some(Opened::Vector(id, vector)) => {
                self.vector_records.insert(id, record);
                changes.push(Change::VectorUpserted(id, vector));
            }
            Some(Opened::Unreadable(reason)) => {
                self.unreadable.insert(record, (entry.clone(), reason));
            }
        }
        changes
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use jiff::Timestamp;

    use super::*;
    use crate::memory::{MemoryKind, Source};
    use crate::vault::Operation;

    fn memory(id: MemoryId, text: &str, version: u64) -> Memory {
        let at = Timestamp::UNIX_EPOCH;
        Memory {
            id,
            text: text.into(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: Default::default(),
            tags: Default::default(),
            source: Source::default(),
            created_at: at,
            updated_at: at,
            confidence: 1.0,
            version,
        }
    }

    fn entry(seq: u64, record: B256, op: fn(B256, u64) -> Operation, version: u64) -> LogEntry {
        LogEntry {
            seq,
            block: seq,
            prev_write_block: seq - 1,
            tx_hash: None,
            block_hash: None,
            op: op(record, version),
        }
    }

    fn write(id: B256, version: u64) -> Operation {
        Operation::write(id, version, vec![1])
    }

    #[test]
    fn writes_updates_and_tombstones_change_the_memories() {
        let (a, r) = (MemoryId::derived(b"a"), B256::repeat_byte(1));
        let mut state = State::default();
        let changes = state.apply(&entry(1, r, write, 1), Some(Opened::Memory(memory(a, "v1", 1))));
        assert_eq!(changes, [Change::Upserted(a)]);
        assert_eq!(state.memory(&a).unwrap().text, "v1");
        assert_eq!(state.memory_record(&a), Some((r, 1)));

        let changes = state.apply(&entry(2, r, write, 2), Some(Opened::Memory(memory(a, "v2", 2))));
        assert_eq!(changes, [Change::Upserted(a)]);
        assert_eq!(state.memory(&a).unwrap().version, 2);

        let changes = state.apply(&entry(3, r, Operation::delete, 3), None);
        assert_eq!(changes, [Change::Removed(a)]);
        assert!(state.memory(&a).is_none());
        assert_eq!(state.memory_record(&a), Some((r, 3)), "the next version follows the tombstone");
        assert_eq!(state.len(), 0);
    }

    #[test]
    fn a_deleted_memory_is_kept_with_the_latest_time_the_log_stated_before_its_tombstone() {
        let at = |text: &str| text.parse::<Timestamp>().unwrap();
        let dated = |id, text, version, when: &str| Memory {
            updated_at: at(when),
            ..memory(id, text, version)
        };
        let (a, b) = (MemoryId::derived(b"a"), MemoryId::derived(b"b"));
        let (ra, rb) = (B256::repeat_byte(1), B256::repeat_byte(2));
        let mut state = State::default();
        state.apply(
            &entry(1, ra, write, 1),
            Some(Opened::Memory(dated(a, "a", 1, "2024-01-01T00:00:00Z"))),
        );
        state.apply(
            &entry(2, rb, write, 1),
            Some(Opened::Memory(dated(b, "b", 1, "2026-06-01T00:00:00Z"))),
        );
        assert_eq!(state.deleted().count(), 0);
        state.apply(&entry(3, ra, Operation::delete, 2), None);
        let deleted: Vec<_> = state.deleted().collect();
        assert_eq!(deleted.len(), 1);
        assert_eq!(deleted[0].memory.text, "a");
        assert_eq!(deleted[0].deleted_after, at("2026-06-01T00:00:00Z"), "not before memory b");
        // Written again, it is no longer deleted.
        state.apply(
            &entry(4, ra, write, 3),
            Some(Opened::Memory(dated(a, "a", 3, "2024-02-01T00:00:00Z"))),
        );
        assert_eq!(state.deleted().count(), 0);
    }

    #[test]
    fn an_unreadable_version_keeps_the_readable_one_in_view_until_it_opens() {
        let (a, r) = (MemoryId::derived(b"a"), B256::repeat_byte(1));
        let mut state = State::default();
        state.apply(&entry(1, r, write, 1), Some(Opened::Memory(memory(a, "v1", 1))));
        let changes = state.apply(&entry(2, r, write, 2), Some(Opened::Unreadable("down".into())));
        assert!(changes.is_empty(), "{changes:?}");
        assert_eq!(state.memory(&a).unwrap().text, "v1", "the readable version stays in view");
        assert_eq!(state.memory_record(&a), Some((r, 2)), "the next write takes over from v2");
        assert_eq!(state.unreadable().count(), 1, "the unreadable version is flagged");
        // A retry that opens it shows it.
        let retried = state.unreadable().next().unwrap().0.clone();
        let changes = state.apply(&retried, Some(Opened::Memory(memory(a, "v2", 2))));
        assert_eq!(changes, [Change::Upserted(a)]);
        assert_eq!(state.memory(&a).unwrap().text, "v2");
        assert_eq!(state.unreadable().count(), 0);
        // Garbage again, then the owner's next write: the write takes over, nothing flagged.
        state.apply(&entry(3, r, write, 3), Some(Opened::Unreadable("garbage".into())));
        assert_eq!(state.memory(&a).unwrap().text, "v2");
        state.apply(&entry(4, r, write, 4), Some(Opened::Memory(memory(a, "v4", 4))));
        assert_eq!(
            (state.memory(&a).unwrap().text.as_str(), state.unreadable().count()),
            ("v4", 0)
        );
        // A record that never opened is not a memory.
        let (b, q) = (MemoryId::derived(b"b"), B256::repeat_byte(2));
        state.apply(&entry(5, q, write, 1), Some(Opened::Unreadable("garbage".into())));
        assert!(state.memory(&b).is_none());
        assert_eq!(state.unreadable().count(), 1);
    }

    /// The highest version is current, of equal ones the later: an older version written after
    /// a newer one (a writer that raced, an import) changes nothing, and a version at `u64::MAX`
    /// locks nothing.
    #[test]
    fn the_highest_version_is_current_and_of_equal_ones_the_later() {
        let (a, r) = (MemoryId::derived(b"a"), B256::repeat_byte(1));
        let mut state = State::default();
        state.apply(&entry(1, r, write, 1), Some(Opened::Memory(memory(a, "v1", 1))));
        state.apply(&entry(2, r, write, 3), Some(Opened::Memory(memory(a, "v3", 3))));
        let changes = state.apply(&entry(3, r, write, 2), Some(Opened::Memory(memory(a, "v2", 2))));
        assert!(changes.is_empty(), "an older version changes nothing: {changes:?}");
        assert_eq!(state.memory(&a).unwrap().text, "v3");
        // A stale tombstone deletes nothing.
        assert!(state.apply(&entry(4, r, Operation::delete, 2), None).is_empty());
        assert_eq!(state.memory(&a).unwrap().text, "v3");
        // Two writers of version 4: the later wins.
        state.apply(&entry(5, r, write, 4), Some(Opened::Memory(memory(a, "v4 first", 4))));
        state.apply(&entry(6, r, write, 4), Some(Opened::Memory(memory(a, "v4 later", 4))));
        assert_eq!(state.memory(&a).unwrap().text, "v4 later");
        // u64::MAX, and then the next write: it takes over (the next version saturates).
        state.apply(&entry(7, r, write, u64::MAX), Some(Opened::Memory(memory(a, "max", 7))));
        let next = crate::vault::next_version(state.memory_record(&a).unwrap().1);
        assert_eq!(next, u64::MAX);
        state.apply(&entry(8, r, write, next), Some(Opened::Memory(memory(a, "after max", 8))));
        assert_eq!(state.memory(&a).unwrap().text, "after max");
    }

    #[test]
    fn vectors_and_other_records_are_tracked_apart() {
        let (a, r, v) = (MemoryId::derived(b"a"), B256::repeat_byte(1), B256::repeat_byte(2));
        let mut state = State::default();
        assert!(
            state.apply(&entry(1, B256::repeat_byte(9), write, 1), Some(Opened::Other)).is_empty()
        );
        state.apply(&entry(2, r, write, 1), Some(Opened::Memory(memory(a, "m", 1))));
        let changes = state.apply(&entry(3, v, write, 1), Some(Opened::Vector(a, vec![1.0])));
        assert_eq!(changes, [Change::VectorUpserted(a, vec![1.0])]);
        assert_eq!(state.vector_record(&a), Some((v, 1)));
        let changes = state.apply(&entry(4, v, Operation::delete, 2), None);
        assert_eq!(changes, [Change::VectorRemoved(a)]);
        assert_eq!(state.len(), 1);
    }
}
