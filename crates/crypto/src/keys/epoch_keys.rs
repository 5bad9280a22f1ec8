//! The subkeys of one key epoch for one scope.

use core::fmt;

use aes_gcm_siv::aead::KeyInit;
use aes_gcm_siv::{Aes256GcmSiv, Key};
use alloy::primitives::B256;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::{Choice, ConstantTimeEq};

use super::labels::{
    LABEL_KEY_CHECK, LABEL_KEY_ENCRYPTION_KEY, LABEL_RECORD_ID_KEY, SALT_EPOCH_KEYS,
};
use super::secret::Secret32;
use super::{EpochRoot, KeyEpoch, KeyError, KeyScope};

/// The keys of one epoch for one scope: the key-encryption key that wraps record data keys, the
/// record-id key, and the public key-check value.
///
/// Each is `HKDF-Expand(PRK, label ‖ u64be(chain_id) ‖ vault ‖ owner ‖ u64be(epoch), 32)` with
/// `PRK = HKDF-Extract("memsync/v1/epoch-keys", epoch root)` (docs/FORMAT.md).
pub struct EpochKeys {
    scope: KeyScope,
    epoch: KeyEpoch,
    /// The key-encryption key, expanded into the cipher that wraps data keys. Its AES key
    /// schedule is zeroized on drop (the `zeroize` feature of `aes`).
    key_encryption: Aes256GcmSiv,
    /// The raw key-encryption key, kept only to hand this epoch's keys to a delegate
    /// ([`EpochKeys::to_delegated`]).
    kek: Secret32,
    record_id_key: Secret32,
    key_check: KeyCheck,
}

impl EpochKeys {
    /// Derives the keys of `root`'s epoch for `scope`.
    ///
    /// Fails with [`KeyError::ScopeMismatch`] if `root` came from a wallet signature for
    /// another scope.
    pub fn derive(scope: &KeyScope, root: &EpochRoot) -> Result<Self, KeyError> {
        if root.scope().is_some_and(|signed| signed != scope) {
            return Err(KeyError::ScopeMismatch);
        }
        Ok(Self::derive_for_scope(scope, root))
    }

    /// Derives the keys of `root`'s epoch for `scope` without checking the scope a wallet root
    /// was signed for: only for seed roots, which serve any scope.
    pub(crate) fn derive_for_scope(scope: &KeyScope, root: &EpochRoot) -> Self {
        let epoch = root.epoch();
        let hkdf = Hkdf::<Sha256>::new(Some(SALT_EPOCH_KEYS), root.secret().expose());
        let context = scope.to_bytes();
        let epoch_bytes = epoch.to_be_bytes();
        let subkey = |label: &[u8]| Secret32::hkdf_expand(&hkdf, &[label, &context, &epoch_bytes]);

        let kek = subkey(LABEL_KEY_ENCRYPTION_KEY);
        let key_encryption = Aes256GcmSiv::new(&Key::<Aes256GcmSiv>::from(*kek.expose()));
        let key_check = KeyCheck(B256::from(*subkey(LABEL_KEY_CHECK).expose()));
        Self {
            scope: *scope,
            epoch,
            key_encryption,
            kek,
            record_id_key: subkey(LABEL_RECORD_ID_KEY),
            key_check,
        }
    }

    /// The chain, vault and owner these keys belong to.
    pub const fn scope(&self) -> &KeyScope {
        &self.scope
    }

    /// The epoch these keys belong to.
    pub const fn epoch(&self) -> KeyEpoch {
        self.epoch
    }

    /// The public key-check value of this epoch, to publish on-chain.
    pub const fn key_check(&self) -> KeyCheck {
        self.key_check
    }

    /// Checks these keys against the key-check value published for their epoch, in constant
    /// time. Call it before the first write of a session.
    pub fn verify_key_check(&self, published: &KeyCheck) -> Result<(), KeyError> {
        if bool::from(self.key_check.ct_eq(published)) {
            Ok(())
        } else {
            Err(KeyError::KeyCheckMismatch { epoch: self.epoch })
        }
    }

    /// The opaque on-chain id of a record: the first 16 bytes of
    /// `HMAC-SHA256(record-id key, logical_id)`, followed by 16 zero bytes.
    ///
    /// 128 bits keep ids unlinkable and collision-free within an owner's log (a collision needs
    /// about 2^64 records), and the zero low half lets a packed batch send the id in 16 bytes,
    /// which saves 640 gas per record at the EIP-7623 calldata floor.
    ///
    /// The id key is per epoch: a record keeps the id it was created with, so look ids of
    /// older records up with the keys of their epoch ([`Keyring::record_ids`]).
    ///
    /// [`Keyring::record_ids`]: super::Keyring::record_ids
    pub fn record_id(&self, logical_id: &[u8]) -> B256 {
        let mut mac = <Hmac<Sha256>>::new_from_slice(self.record_id_key.expose())
            .expect("HMAC accepts keys of any length");
        mac.update(logical_id);
        let mut id = B256::ZERO;
        id[..16].copy_from_slice(&mac.finalize().into_bytes()[..16]);
        id
    }

    /// This epoch's keys as bytes, to hand to a delegate that seals and opens records for the
    /// owner (a TEE node, inside a sealed request). They open and seal this scope's records of
    /// this epoch only: not other epochs, vaults, chains or owners, and not the root they came
    /// from. Anyone holding them can read every record of the epoch: send them only sealed to a
    /// verified enclave.
    pub fn to_delegated(&self) -> DelegatedEpochKeys {
        DelegatedEpochKeys {
            scope: self.scope,
            epoch: self.epoch,
            key_encryption_key: zeroize::Zeroizing::new(*self.kek.expose()),
            record_id_key: zeroize::Zeroizing::new(*self.record_id_key.expose()),
            key_check: self.key_check,
        }
    }

    /// The keys a delegate received ([`EpochKeys::to_delegated`]). Check them against the
    /// owner's published key-check value ([`verify_key_check`](Self::verify_key_check)) before
    /// writing: the value cannot be recomputed without the root, so it is taken as given.
    pub fn from_delegated(delegated: &DelegatedEpochKeys) -> Self {
        let kek = Secret32::from_bytes(*delegated.key_encryption_key);
        let key_encryption = Aes256GcmSiv::new(&Key::<Aes256GcmSiv>::from(*kek.expose()));
        Self {
            scope: delegated.scope,
            epoch: delegated.epoch,
            key_encryption,
            kek,
            record_id_key: Secret32::from_bytes(*delegated.record_id_key),
            key_check: delegated.key_check,
        }
    }

    /// The cipher that wraps and unwraps record data keys (AES-256-GCM-SIV under the
    /// key-encryption key).
    pub(crate) const fn key_encryption_cipher(&self) -> &Aes256GcmSiv {
        &self.key_encryption
    }
}

impl fmt::Debug for EpochKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EpochKeys")
            .field("scope", &self.scope)
            .field("epoch", &self.epoch)
            .field("key_check", &self.key_check)
            .finish_non_exhaustive()
    }
}

/// One epoch's keys for one scope, as handed to a delegate ([`EpochKeys::to_delegated`]). The
/// secret parts are zeroized on drop and redacted in `Debug`.
#[derive(Clone)]
pub struct DelegatedEpochKeys {
    /// The chain, vault and owner the keys belong to.
    pub scope: KeyScope,
    /// Their epoch.
    pub epoch: KeyEpoch,
    /// The key-encryption key (wraps record data keys).
    pub key_encryption_key: zeroize::Zeroizing<[u8; 32]>,
    /// The record-id key.
    pub record_id_key: zeroize::Zeroizing<[u8; 32]>,
    /// The epoch's key-check value, as the owner published it.
    pub key_check: KeyCheck,
}

impl fmt::Debug for DelegatedEpochKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DelegatedEpochKeys")
            .field("scope", &self.scope)
            .field("epoch", &self.epoch)
            .field("key_check", &self.key_check)
            .finish_non_exhaustive()
    }
}

/// The public key-check value of one epoch for one scope.
///
/// It is an HKDF output under its own label: publishing it reveals nothing about the other
/// subkeys or the root (HKDF-Expand is a PRF), yet a device with the wrong root (wrong wallet
/// account, mnemonic or passphrase, or a signer that is not deterministic) gets a different
/// value and can stop before it writes records nobody can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyCheck(pub B256);

impl KeyCheck {
    /// The value as the `bytes32` it is published as.
    pub const fn as_b256(&self) -> &B256 {
        &self.0
    }
}

impl ConstantTimeEq for KeyCheck {
    fn ct_eq(&self, other: &Self) -> Choice {
        self.0.as_slice().ct_eq(other.0.as_slice())
    }
}

impl From<B256> for KeyCheck {
    fn from(value: B256) -> Self {
        Self(value)
    }
}
