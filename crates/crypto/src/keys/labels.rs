//! The HKDF salts and labels of the key hierarchy, byte for byte as docs/FORMAT.md lists them.
//!
//! Each label is used for one purpose only. A new subkey gets a new label of the form
//! `memsync/v1/<purpose>`; a label is never reused for something else.

/// HKDF salt of the epoch root derived from a wallet signature.
pub(crate) const SALT_ROOT_WALLET: &[u8] = b"memsync/v1/root/wallet";
/// HKDF salt of the epoch root derived from a BIP-39 mnemonic.
pub(crate) const SALT_ROOT_MNEMONIC: &[u8] = b"memsync/v1/root/mnemonic";
/// HKDF salt of the epoch root derived from a raw seed file.
pub(crate) const SALT_ROOT_SEED_FILE: &[u8] = b"memsync/v1/root/seed-file";
/// HKDF info prefix of every epoch root, followed by `u64be(epoch)`.
pub(crate) const INFO_EPOCH_ROOT: &[u8] = b"memsync/v1/epoch-root";

/// HKDF salt of the extract step from an epoch root to the epoch's subkeys.
pub(crate) const SALT_EPOCH_KEYS: &[u8] = b"memsync/v1/epoch-keys";
/// Subkey label: the key that wraps record data keys.
pub(crate) const LABEL_KEY_ENCRYPTION_KEY: &[u8] = b"memsync/v1/key-encryption-key";
/// Subkey label: the HMAC key that turns logical record ids into opaque on-chain ids.
pub(crate) const LABEL_RECORD_ID_KEY: &[u8] = b"memsync/v1/record-id-key";
/// Subkey label: the public key-check value.
pub(crate) const LABEL_KEY_CHECK: &[u8] = b"memsync/v1/key-check";
