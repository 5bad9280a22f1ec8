//! The key hierarchy: from one root secret per key epoch to the keys that seal records.
//!
//! ```text
//!  wallet signature (EIP-712) ─┐
//!  BIP-39 mnemonic seed ───────┼─ HKDF ─► EpochRoot(epoch) ─ HKDF ─► EpochKeys(scope, epoch)
//!  32-byte seed file ──────────┘                                      ├─ key-encryption key
//!                                                                     ├─ record-id key
//!                                                                     └─ key-check value (public)
//! ```
//!
//! A [`KeyScope`] names the chain, vault and owner the keys belong to; an [`EpochRoot`] is the
//! secret of one key epoch; [`EpochKeys`] are the subkeys derived from it for one scope; a
//! [`Keyring`] holds the keys of every epoch a device knows, so records written under any epoch
//! stay readable after a rotation. docs/FORMAT.md gives every salt, label and encoding.
//!
//! Every secret here is zeroized on drop, redacted in `Debug` and compared in constant time.

mod epoch_keys;
mod error;
mod keyring;
mod labels;
mod root;
mod secret;
#[cfg(test)]
mod tests;
mod wallet;

use alloy::primitives::Address;

pub use epoch_keys::{DelegatedEpochKeys, EpochKeys, KeyCheck};
pub use error::KeyError;
pub use keyring::Keyring;
pub use root::{EpochRoot, RootSeed, SEED_FILE_LEN};
pub use wallet::{KEY_DERIVATION_NOTICE, MemSyncKeyDerivation, key_derivation_request};

/// The key epoch: a counter that a key rotation increments.
///
/// Every epoch has its own root and subkeys. Records keep the epoch they were sealed under in
/// their header, so a reader picks the right keys from its [`Keyring`]. Owners start at
/// [`KeyEpoch::FIRST`]: the vault reads epoch 0 as "no key-check value published yet".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyEpoch(pub u64);

impl KeyEpoch {
    /// The first epoch of every owner.
    pub const FIRST: Self = Self(1);

    /// The epoch as a number.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The epoch a rotation moves to, or `None` at `u64::MAX`.
    pub const fn next(self) -> Option<Self> {
        match self.0.checked_add(1) {
            Some(n) => Some(Self(n)),
            None => None,
        }
    }

    pub(crate) const fn to_be_bytes(self) -> [u8; 8] {
        self.0.to_be_bytes()
    }
}

impl From<u64> for KeyEpoch {
    fn from(epoch: u64) -> Self {
        Self(epoch)
    }
}

impl From<KeyEpoch> for u64 {
    fn from(epoch: KeyEpoch) -> Self {
        epoch.0
    }
}

impl core::fmt::Display for KeyEpoch {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.0.fmt(f)
    }
}

/// Whose keys these are: the chain, the vault on it and the owner whose log the keys open.
///
/// Every subkey and every envelope is bound to its scope, so keys and ciphertexts cannot be
/// carried to another chain, vault or owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyScope {
    /// The EIP-155 chain id.
    pub chain_id: u64,
    /// The address of the MemoryVault contract.
    pub vault: Address,
    /// The owner of the log.
    pub owner: Address,
}

impl KeyScope {
    /// The length of [`KeyScope::to_bytes`].
    pub(crate) const ENCODED_LEN: usize = 8 + 20 + 20;

    /// `u64be(chain_id) ‖ vault ‖ owner`, as used in HKDF infos (docs/FORMAT.md).
    pub(crate) fn to_bytes(self) -> [u8; Self::ENCODED_LEN] {
        let mut out = [0u8; Self::ENCODED_LEN];
        out[..8].copy_from_slice(&self.chain_id.to_be_bytes());
        out[8..28].copy_from_slice(self.vault.as_slice());
        out[28..].copy_from_slice(self.owner.as_slice());
        out
    }
}
