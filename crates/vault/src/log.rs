//! An owner's log, verified against the vault's on-chain head, and the records it holds.

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256, TxHash};
use serde::{Deserialize, Serialize};

use super::operation::{Operation, Payload, next_head};
use crate::error::{Result, VaultError};

/// How far a client has verified an owner's log: the state after operation `seq`.
///
/// A device stores its checkpoint and later syncs only what came after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The sequence number of the last verified operation (0: nothing yet).
    pub seq: u64,
    /// The hash-chain head after that operation.
    pub head: B256,
    /// The block of that operation (0: nothing yet).
    pub block: u64,
}

/// Whether a record's entry of version `version` replaces the record's current one, of version
/// `current` (docs/FORMAT.md, "Which version is current"): the highest version is current, and
/// of equal versions the later entry in the log. The vault does not check versions, so writers
/// that raced (or a hostile delegate) may repeat one, skip some, or write an older one after a
/// newer: whoever reads the log, in whatever order it applies it, finds the same current
/// version. Every entry stays in the record's history.
pub const fn takes_over(current: u64, version: u64) -> bool {
    version >= current
}

/// The version a writer gives the next write of a record whose current version is `current`:
/// one more, or `u64::MAX` again at `u64::MAX` (which still takes over, as the later entry), so
/// no version can lock a record.
pub const fn next_version(current: u64) -> u64 {
    current.saturating_add(1)
}

/// One operation of an owner's log, with where it was found on chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// The operation's sequence number in the owner's log (1-based).
    pub seq: u64,
    /// The block it was applied in.
    pub block: u64,
    /// The block of operation `seq - 1`, as the event named it (0 for the first).
    pub prev_write_block: u64,
    /// The transaction that applied it.
    pub tx_hash: Option<TxHash>,
    /// The hash of the block it was applied in, as the RPC reported it: a later check that the
    /// block still has this hash tells whether a reorg replaced it.
    pub block_hash: Option<B256>,
    /// The operation.
    pub op: Operation,
}

/// The latest live version of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The opaque record id.
    pub id: B256,
    /// The latest version.
    pub version: u64,
    /// Its ciphertext, inline or by pointer.
    pub payload: Payload,
    /// The sequence number of the operation that wrote it.
    pub seq: u64,
    /// The block that operation was applied in.
    pub block: u64,
}

/// Entries `checkpoint.seq + 1 ..= head.seq` of an owner's log, each checked against the vault's
/// on-chain hash-chain head.
#[derive(Clone, Debug)]
pub struct VerifiedLog {
    owner: Address,
    base: Checkpoint,
    entries: Vec<LogEntry>,
    head: Checkpoint,
}

impl VerifiedLog {
    /// Checks that `entries` continue `base` with consecutive sequence numbers and consistent
    /// previous-write links, and that their hash chain arrives at `onchain`.
    pub fn verify(
        owner: Address,
        base: Checkpoint,
        entries: Vec<LogEntry>,
        onchain: Checkpoint,
    ) -> Result<Self> {
        let inconsistent = |reason: String| VaultError::LogInconsistent { owner, reason };
        if onchain.seq < base.seq {
            return Err(VaultError::CheckpointAhead {
                owner,
                checkpoint_seq: base.seq,
                onchain_seq: onchain.seq,
            });
        }
        let expected = onchain.seq - base.seq;
        if let Some(w) = entries.windows(2).find(|w| w[0].seq == w[1].seq) {
            return Err(inconsistent(format!("operation {} was served twice", w[0].seq)));
        }
        if entries.len() as u64 != expected {
            return Err(inconsistent(format!(
                "expected {expected} operations after seq {}, received {}",
                base.seq,
                entries.len()
            )));
        }
        let mut head = base.head;
        let mut prev_block = base.block;
        for (i, entry) in entries.iter().enumerate() {
            let seq = base.seq + 1 + i as u64;
            if entry.seq != seq {
                return Err(inconsistent(format!(
                    "operation {seq} missing (received seq {} in its place)",
                    entry.seq
                )));
            }
            if entry.prev_write_block != prev_block || entry.block < prev_block {
                return Err(inconsistent(format!(
                    "operation {seq} at block {} links to block {}, but operation {} is at block \
                     {prev_block}",
                    entry.block,
                    entry.prev_write_block,
                    seq - 1
                )));
            }
            let op_hash = entry.op.op_hash().ok_or_else(|| {
                inconsistent(format!("operation {seq} is a code write without its contract"))
            })?;
            head = next_head(head, seq, op_hash);
            prev_block = entry.block;
        }
        if head != onchain.head {
            return Err(VaultError::LogHeadMismatch {
                owner,
                expected: onchain.head,
                computed: head,
            });
        }
        if expected > 0 && prev_block != onchain.block {
            return Err(inconsistent(format!(
                "the last operation is at block {prev_block} but the vault says block {}",
                onchain.block
            )));
        }
        Ok(Self { owner, base, entries, head: onchain })
    }

    /// The owner whose log this is.
    pub fn owner(&self) -> Address {
        self.owner
    }

    /// The checkpoint this log continues from.
    pub fn base(&self) -> Checkpoint {
        self.base
    }

    /// The checkpoint after the last entry: store it to sync incrementally later.
    pub fn checkpoint(&self) -> Checkpoint {
        self.head
    }

    /// The verified entries, in log order.
    pub fn entries(&self) -> &[LogEntry] {
        &self.entries
    }

    /// The verified entries, oldest first, taken out of the log.
    pub fn into_entries(self) -> Vec<LogEntry> {
        self.entries
    }

    /// The current live version of every record written in these entries (deleted ones left
    /// out), by [`takes_over`].
    pub fn records(&self) -> BTreeMap<B256, Record> {
        let mut current: BTreeMap<B256, (u64, Option<Record>)> = BTreeMap::new();
        for e in &self.entries {
            let (id, version, record) = match &e.op {
                Operation::Write { id, version, payload } => {
                    let record = Record {
                        id: *id,
                        version: *version,
                        payload: payload.clone(),
                        seq: e.seq,
                        block: e.block,
                    };
                    (*id, *version, Some(record))
                }
                Operation::Delete { id, version } => (*id, *version, None),
                Operation::PublishKeyCheck { .. } => continue,
            };
            if current.get(&id).is_none_or(|(have, _)| takes_over(*have, version)) {
                current.insert(id, (version, record));
            }
        }
        current.into_iter().filter_map(|(id, (_, r))| r.map(|r| (id, r))).collect()
    }

    /// The current entry of record `id` (a write or a tombstone), by [`takes_over`].
    pub fn current(&self, id: B256) -> Option<&LogEntry> {
        let mut current: Option<&LogEntry> = None;
        for e in self.entries.iter().filter(|e| e.op.id() == Some(id)) {
            let version = e.op.version().unwrap_or_default();
            if current.is_none_or(|c| takes_over(c.op.version().unwrap_or_default(), version)) {
                current = Some(e);
            }
        }
        current
    }

    /// Every operation on record `id`, oldest first.
    pub fn history(&self, id: B256) -> Result<Vec<&LogEntry>> {
        let history: Vec<_> = self.entries.iter().filter(|e| e.op.id() == Some(id)).collect();
        if history.is_empty() {
            return Err(VaultError::RecordNotFound { owner: self.owner, id });
        }
        Ok(history)
    }

    /// The current live version of record `id` (by [`takes_over`]): an error if it was never
    /// written or its current entry is a tombstone.
    pub fn record(&self, id: B256) -> Result<Record> {
        let current = self.current(id).map(|e| (e.op.clone(), e.seq, e.block));
        match current {
            Some((Operation::Write { id, version, payload }, seq, block)) => {
                Ok(Record { id, version, payload, seq, block })
            }
            Some((Operation::Delete { version, .. }, ..)) => {
                Err(VaultError::RecordDeleted { owner: self.owner, id, version })
            }
            Some((Operation::PublishKeyCheck { .. }, ..)) | None => {
                Err(VaultError::RecordNotFound { owner: self.owner, id })
            }
        }
    }

    /// Version `version` of record `id` (a write or a tombstone).
    pub fn version(&self, id: B256, version: u64) -> Result<&LogEntry> {
        let history = self.history(id)?;
        let latest = history.iter().filter_map(|e| e.op.version()).max().unwrap_or(0);
        history
            .into_iter()
            .rev()
            .find(|e| e.op.version() == Some(version))
            .ok_or(VaultError::VersionNotFound { owner: self.owner, id, version, latest })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// A verified log of `ops`, one per block.
    fn log_of(ops: Vec<Operation>) -> VerifiedLog {
        let mut head = B256::ZERO;
        let mut entries = Vec::new();
        for (i, op) in ops.into_iter().enumerate() {
            let seq = i as u64 + 1;
            head = next_head(head, seq, op.op_hash().unwrap());
            entries.push(LogEntry {
                seq,
                block: seq,
                prev_write_block: seq - 1,
                tx_hash: None,
                block_hash: None,
                op,
            });
        }
        let n = entries.len() as u64;
        let onchain = Checkpoint { seq: n, head, block: n };
        VerifiedLog::verify(Address::ZERO, Checkpoint::default(), entries, onchain).unwrap()
    }

    /// Whatever order versions arrive in, the highest is current, of equal ones the later.
    #[test]
    fn the_current_version_is_the_highest_and_of_equal_ones_the_later() {
        let (a, b) = (B256::repeat_byte(1), B256::repeat_byte(2));
        let log = log_of(vec![
            Operation::write(a, 1, vec![1]),
            Operation::write(a, 3, vec![3]),
            Operation::write(a, 2, vec![2]),
            Operation::delete(a, 2),
            Operation::write(b, 1, vec![1]),
            Operation::write(b, u64::MAX, vec![0xee]),
            Operation::write(b, next_version(u64::MAX), vec![0xff]),
        ]);
        let records = log.records();
        assert_eq!((records[&a].version, records[&a].seq), (3, 2), "stale writes change nothing");
        assert_eq!(log.record(a).unwrap().payload, Payload::Inline(vec![3].into()));
        assert_eq!((records[&b].version, records[&b].seq), (u64::MAX, 7), "the later of equals");
        assert_eq!(log.current(b).unwrap().seq, 7);
        assert_eq!(log.history(a).unwrap().len(), 4, "every entry stays in the history");
        let deleted = log_of(vec![Operation::write(a, 1, vec![1]), Operation::delete(a, 2)]);
        assert!(deleted.records().is_empty());
        assert!(matches!(deleted.record(a), Err(VaultError::RecordDeleted { version: 2, .. })));
    }
}
