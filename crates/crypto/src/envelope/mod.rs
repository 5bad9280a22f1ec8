//! The record envelope: what a record's ciphertext looks like on-chain.
//!
//! Each record version gets a fresh random 32-byte data key. The body is padded (PADMÉ with a
//! 256-byte floor), split into 64 KiB chunks and each chunk sealed with AES-256-GCM-SIV under the
//! data key; the data key is wrapped (AES-256-GCM-SIV as well) under the key-encryption key of
//! the current key epoch. Every associated data binds the format version, chain, vault, owner,
//! record id, record version, storage mode and epoch, and the chunks also bind their index and
//! count, so a ciphertext moved to another owner, record, version, mode or position fails to
//! open.
//!
//! A key rotation does not re-encrypt bodies: [`rewrap`] writes a small key-only envelope
//! (115 bytes) that wraps the same data key under the new epoch and names the version and
//! keccak-256 hash of the body it re-keys; [`open_rekeyed`] opens that body with it.
//!
//! Every failure to open (damaged, truncated or extended bytes, wrong keys or epoch, another
//! record, version, mode or position, unknown format) is the single opaque
//! [`EnvelopeError::Open`]. docs/FORMAT.md gives the byte layout.
//!
//! ```
//! use alloy::primitives::address;
//! use memsync_crypto::envelope::{self, RecordContext, StorageMode};
//! use memsync_crypto::keys::{KeyScope, Keyring, RootSeed};
//!
//! let scope = KeyScope {
//!     chain_id: 31_337,
//!     vault: address!("5FbDB2315678afecb367f032d93F642f64180aa3"),
//!     owner: address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
//! };
//! let seed = RootSeed::from_seed_bytes(&[7; 32])?;
//! let keyring = Keyring::from_seed(scope, &seed, 1..=1);
//! let keys = keyring.latest().expect("epoch 1 was derived");
//! let ctx = RecordContext::new(&scope, keys.record_id(b"profile"), 1, StorageMode::Inline);
//!
//! let sealed = envelope::seal(keys, &ctx, b"prefers concise answers")?;
//! assert_eq!(&envelope::open(&keyring, &ctx, &sealed)?[..], b"prefers concise answers");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod aad;
mod data_key;
mod error;
mod format;
mod padding;
mod rekey;
mod seal;

use alloy::primitives::{Address, B256};

use crate::keys::{KeyEpoch, KeyScope};

pub use error::EnvelopeError;
pub use format::{
    CHUNK_LEN, FORMAT_VERSION, MAGIC, REKEY_ENVELOPE_LEN, SEALED_HEADER_LEN, inspect, sealed_len,
};
pub use padding::{MAX_BODY_LEN, MIN_PADDED_LEN, padded_len};
pub use rekey::{open_rekeyed, rewrap, rewrap_with_rng};
pub use seal::{open, seal, seal_with_rng};

/// Where a record version's ciphertext lives; bound into the envelope so that a ciphertext
/// cannot be replayed in another mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StorageMode {
    /// In calldata, emitted in the vault's event.
    Inline = 0,
    /// Off-chain, behind a content-addressed URI whose hash is on-chain.
    Pointer = 1,
    /// In contract code (SSTORE2).
    Code = 2,
}

impl StorageMode {
    /// The mode's byte in the envelope format.
    pub const fn to_byte(self) -> u8 {
        self as u8
    }

    /// The mode a format byte names, if any.
    pub const fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            0 => Some(Self::Inline),
            1 => Some(Self::Pointer),
            2 => Some(Self::Code),
            _ => None,
        }
    }
}

/// Which record version an envelope belongs to: everything its associated data binds besides
/// the epoch and the chunk position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordContext {
    /// The EIP-155 chain id.
    pub chain_id: u64,
    /// The address of the MemoryVault contract.
    pub vault: Address,
    /// The owner of the log.
    pub owner: Address,
    /// The opaque record id (see [`EpochKeys::record_id`](crate::keys::EpochKeys::record_id)).
    pub record_id: B256,
    /// The record version this envelope is written as.
    pub version: u64,
    /// Where the ciphertext is stored.
    pub mode: StorageMode,
}

impl RecordContext {
    /// The context of version `version` of record `record_id` in `scope`'s log.
    pub const fn new(scope: &KeyScope, record_id: B256, version: u64, mode: StorageMode) -> Self {
        Self {
            chain_id: scope.chain_id,
            vault: scope.vault,
            owner: scope.owner,
            record_id,
            version,
            mode,
        }
    }

    /// The chain, vault and owner of the record.
    pub const fn scope(&self) -> KeyScope {
        KeyScope { chain_id: self.chain_id, vault: self.vault, owner: self.owner }
    }
}

/// The body a key-only (rotation) envelope re-keys: an earlier version of the same record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BodyRef {
    /// The record version whose envelope holds the body.
    pub version: u64,
    /// The storage mode that version was written in.
    pub mode: StorageMode,
    /// keccak-256 of that version's whole envelope, as stored.
    pub hash: B256,
}

/// What the public header of an envelope says, read without any key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EnvelopeInfo {
    /// A full envelope: a wrapped data key and the sealed body.
    Sealed {
        /// The epoch whose key-encryption key wraps the data key.
        epoch: KeyEpoch,
        /// The length of the padded body (public by design).
        padded_len: u32,
        /// The number of chunks.
        chunk_count: u32,
    },
    /// A key-only envelope from a rotation: the data key of an earlier version's body, wrapped
    /// under a newer epoch.
    Rekey {
        /// The epoch whose key-encryption key wraps the data key.
        epoch: KeyEpoch,
        /// The body this envelope opens; fetch that version to read the record.
        body: BodyRef,
    },
}
