//! The keys of every epoch a device knows, for one scope.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use alloy::primitives::B256;
use subtle::ConstantTimeEq;

use super::{DelegatedEpochKeys, EpochKeys, EpochRoot, KeyEpoch, KeyError, KeyScope, RootSeed};

/// The keys of several epochs for one scope, so that records sealed under any epoch stay
/// readable after a rotation.
///
/// Writers seal under [`Keyring::latest`]; readers find the epoch in each envelope's header.
#[derive(Debug)]
pub struct Keyring {
    scope: KeyScope,
    epochs: BTreeMap<KeyEpoch, EpochKeys>,
}

impl Keyring {
    /// An empty keyring for `scope`.
    pub const fn new(scope: KeyScope) -> Self {
        Self { scope, epochs: BTreeMap::new() }
    }

    /// A keyring with the keys of every epoch in `epochs`, all derived from `seed`.
    pub fn from_seed(scope: KeyScope, seed: &RootSeed, epochs: RangeInclusive<u64>) -> Self {
        let mut keyring = Self::new(scope);
        for epoch in epochs {
            let keys = EpochKeys::derive_for_scope(&scope, &seed.epoch_root(KeyEpoch(epoch)));
            keyring.epochs.insert(keys.epoch(), keys);
        }
        keyring
    }

    /// Derives the keys of `root`'s epoch and adds them.
    ///
    /// Adding the same root again is a no-op. Fails with [`KeyError::ConflictingEpochRoot`] if
    /// the keyring holds different keys for that epoch, and with [`KeyError::ScopeMismatch`] if
    /// a wallet root was signed for another scope.
    pub fn insert(&mut self, root: &EpochRoot) -> Result<&EpochKeys, KeyError> {
        let keys = EpochKeys::derive(&self.scope, root)?;
        let epoch = keys.epoch();
        if let Some(held) = self.epochs.get(&epoch) {
            // Equal key-check values mean equal roots (the value is a PRF of the root).
            if !bool::from(held.key_check().ct_eq(&keys.key_check())) {
                return Err(KeyError::ConflictingEpochRoot { epoch });
            }
        }
        Ok(self.epochs.entry(epoch).or_insert(keys))
    }

    /// A keyring holding the epoch keys a delegate received ([`EpochKeys::to_delegated`]).
    ///
    /// Fails with [`KeyError::ScopeMismatch`] if any of them belongs to another scope.
    pub fn from_delegated(scope: KeyScope, keys: &[DelegatedEpochKeys]) -> Result<Self, KeyError> {
        let mut keyring = Self::new(scope);
        for delegated in keys {
            if delegated.scope != scope {
                return Err(KeyError::ScopeMismatch);
            }
            let keys = EpochKeys::from_delegated(delegated);
            keyring.epochs.insert(keys.epoch(), keys);
        }
        Ok(keyring)
    }

    /// The scope of every key in the ring.
    pub const fn scope(&self) -> &KeyScope {
        &self.scope
    }

    /// The keys of `epoch`, if the ring holds them.
    pub fn get(&self, epoch: KeyEpoch) -> Option<&EpochKeys> {
        self.epochs.get(&epoch)
    }

    /// The keys of the highest epoch the ring holds: the ones to seal new records with.
    pub fn latest(&self) -> Option<&EpochKeys> {
        self.epochs.values().next_back()
    }

    /// The epochs the ring holds, in ascending order.
    pub fn epochs(&self) -> impl Iterator<Item = KeyEpoch> + '_ {
        self.epochs.keys().copied()
    }

    /// The opaque id `logical_id` has under each epoch held, newest first: a record keeps the
    /// id of the epoch it was created in.
    pub fn record_ids<'a>(
        &'a self,
        logical_id: &'a [u8],
    ) -> impl Iterator<Item = (KeyEpoch, B256)> + 'a {
        self.epochs.values().rev().map(move |keys| (keys.epoch(), keys.record_id(logical_id)))
    }
}
