//! What a node keeps between requests: each owner's verified log as ciphertext, and the
//! key-check values it read from the chain.
//!
//! Both are public: the ciphertext is what any observer of the chain reads, and key-check values
//! are published on chain. Keeping them means a request fetches only the operations written
//! since the owner's last request (a few JSON-RPC calls, whatever the log's length) instead of
//! the whole log. Nothing that opens a record stays: the keys and every plaintext live only as
//! long as the request's client.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use alloy::primitives::{Address, B256};
use memsync::cache::LogCache;
use tokio::sync::Mutex;

/// How many owners' logs a node keeps; past that the least recently used is dropped (and
/// fetched again, verified, on its owner's next request).
pub(crate) const MAX_OWNERS: usize = 1024;

/// One owner's kept state. Requests for one owner take turns on it (they would race for the
/// owner's sequence number anyway).
#[derive(Debug, Default)]
pub(crate) struct OwnerLog {
    /// The verified ciphertext of the owner's log, up to its checkpoint (`None`: none yet, or
    /// lent to a request that failed).
    pub(crate) cache: Option<LogCache>,
    /// Key-check values read from the chain, by epoch.
    pub(crate) key_checks: Vec<(u64, B256)>,
    /// The tip the owner's last request pinned (its number).
    pub(crate) tip: Option<u64>,
    /// When the owner's last request ended.
    pub(crate) last_request: Option<Instant>,
    /// Whether a background task watches the owner's writes that are not final yet.
    pub(crate) settling: bool,
}

/// An owner's slot, and when a request last took it.
type Slot = (Arc<Mutex<OwnerLog>>, Instant);

/// The owners' kept logs, bounded.
#[derive(Debug, Default)]
pub(crate) struct OwnerLogs {
    owners: std::sync::Mutex<HashMap<Address, Slot>>,
}

impl OwnerLogs {
    /// `owner`'s slot (created empty if the node keeps none), marked as used now.
    pub(crate) fn slot(&self, owner: Address) -> Arc<Mutex<OwnerLog>> {
        let mut owners = self.owners.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !owners.contains_key(&owner) && owners.len() >= MAX_OWNERS {
            // The least recently used slot that no request holds.
            let idle = owners
                .iter()
                .filter(|(_, (slot, _))| Arc::strong_count(slot) == 1)
                .min_by_key(|(_, (_, used))| *used)
                .map(|(owner, _)| *owner);
            if let Some(idle) = idle {
                owners.remove(&idle);
            }
        }
        let entry = owners.entry(owner).or_insert_with(|| (Arc::default(), Instant::now()));
        entry.1 = Instant::now();
        entry.0.clone()
    }

    /// How many owners' logs are kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.owners.lock().unwrap_or_else(std::sync::PoisonError::into_inner).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_recently_used_idle_owner_makes_room() {
        let logs = OwnerLogs::default();
        let held = logs.slot(Address::repeat_byte(1));
        for n in 2..=MAX_OWNERS {
            let _ = logs.slot(Address::with_last_byte(n as u8).create(n as u64));
        }
        assert_eq!(logs.len(), MAX_OWNERS);
        // Owner 1 is the oldest but held by a request: another one makes room.
        let _ = logs.slot(Address::repeat_byte(0xee));
        assert_eq!(logs.len(), MAX_OWNERS);
        assert!(Arc::ptr_eq(&held, &logs.slot(Address::repeat_byte(1))));
    }
}
