//! Single use: the ids of the requests a node served, kept until the requests expire.

use std::collections::{BTreeMap, HashMap};

use alloy::primitives::B256;

/// The request ids (and sealed-request hashes) seen, each until its expiry. Expiry is bounded
/// by the protocol's maximum request lifetime, so the set stays small; it holds random ids and
/// hashes only, nothing that names an owner.
#[derive(Debug, Default)]
pub(crate) struct ReplayGuard {
    seen: HashMap<B256, u64>,
    by_expiry: BTreeMap<u64, Vec<B256>>,
}

impl ReplayGuard {
    /// Records `keys` as used until `expires_at`; false if any of them was already used.
    pub(crate) fn first_use(&mut self, keys: &[B256], expires_at: u64, now: u64) -> bool {
        self.forget_expired(now);
        if keys.iter().any(|key| self.seen.contains_key(key)) {
            return false;
        }
        for key in keys {
            self.seen.insert(*key, expires_at);
            self.by_expiry.entry(expires_at).or_default().push(*key);
        }
        true
    }

    /// Forgets what expired at or before `now` (the node refuses such requests anyway).
    fn forget_expired(&mut self, now: u64) {
        let live = self.by_expiry.split_off(&now.saturating_add(1));
        for keys in std::mem::replace(&mut self.by_expiry, live).into_values() {
            for key in keys {
                self.seen.remove(&key);
            }
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.seen.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_refused_until_it_expires_and_then_forgotten() {
        let mut guard = ReplayGuard::default();
        let (a, b) = (B256::repeat_byte(1), B256::repeat_byte(2));
        assert!(guard.first_use(&[a], 100, 10));
        assert!(!guard.first_use(&[a], 100, 11));
        // Either key of a pair being known is a replay.
        assert!(!guard.first_use(&[b, a], 100, 12));
        assert!(guard.first_use(&[b], 50, 12));
        assert_eq!(guard.len(), 2);
        // At expiry the protocol refuses the request anyway; the guard forgets it.
        assert!(guard.first_use(&[B256::repeat_byte(3)], 200, 100));
        assert_eq!(guard.len(), 1);
    }
}
