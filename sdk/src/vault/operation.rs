//! Operations on an owner's log, as the SDK builds and reads them.

use alloy::primitives::{B256, Bytes, keccak256};
use memsync_bindings::memory_vault::IMemoryVault;

use crate::error::{Error, Result};

// `IMemoryVault.OpKind` values: they are also the first word of each operation hash.
const OP_INLINE: u8 = 0;
const OP_POINTER: u8 = 1;
const OP_DELETE: u8 = 2;

/// Where a record version's ciphertext lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// The ciphertext is in calldata and in the vault's event.
    Inline(Bytes),
    /// The ciphertext is off-chain at `uri`; the log commits to `content_hash`.
    Pointer {
        /// keccak256 of the off-chain ciphertext.
        content_hash: B256,
        /// Where the ciphertext is stored.
        uri: String,
    },
}

impl Payload {
    /// An inline payload.
    pub fn inline(ciphertext: impl Into<Bytes>) -> Self {
        Self::Inline(ciphertext.into())
    }

    /// A pointer payload whose content hash is computed from the ciphertext stored at `uri`.
    pub fn pointer_to(uri: impl Into<String>, ciphertext: &[u8]) -> Self {
        Self::Pointer { content_hash: keccak256(ciphertext), uri: uri.into() }
    }
}

/// One operation on a record: a new version, or a tombstone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operation {
    /// Writes version `version` of record `id`.
    Write {
        /// The opaque record id.
        id: B256,
        /// The version this write creates (1 for a new record).
        version: u64,
        /// The ciphertext, inline or by pointer.
        payload: Payload,
    },
    /// Deletes record `id` as of version `version`; earlier versions stay in the log.
    Delete {
        /// The opaque record id.
        id: B256,
        /// The version the tombstone creates.
        version: u64,
    },
}

impl Operation {
    /// An inline write.
    pub fn write(id: B256, version: u64, ciphertext: impl Into<Bytes>) -> Self {
        Self::Write { id, version, payload: Payload::inline(ciphertext) }
    }

    /// A pointer write.
    pub fn write_pointer(
        id: B256,
        version: u64,
        content_hash: B256,
        uri: impl Into<String>,
    ) -> Self {
        Self::Write { id, version, payload: Payload::Pointer { content_hash, uri: uri.into() } }
    }

    /// A tombstone.
    pub fn delete(id: B256, version: u64) -> Self {
        Self::Delete { id, version }
    }

    /// The record id.
    pub fn id(&self) -> B256 {
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } => *id,
        }
    }

    /// The record version the operation creates.
    pub fn version(&self) -> u64 {
        match self {
            Self::Write { version, .. } | Self::Delete { version, .. } => *version,
        }
    }

    /// The operation hash the vault chains, as defined in docs/FORMAT.md ("Log hash chain").
    pub fn op_hash(&self) -> B256 {
        match self {
            Self::Write { id, version, payload: Payload::Inline(ciphertext) } => hash_words(&[
                word_u64(OP_INLINE.into()),
                id.0,
                word_u64(*version),
                keccak256(ciphertext).0,
            ]),
            Self::Write { id, version, payload: Payload::Pointer { content_hash, uri } } => {
                hash_words(&[
                    word_u64(OP_POINTER.into()),
                    id.0,
                    word_u64(*version),
                    content_hash.0,
                    keccak256(uri.as_bytes()).0,
                ])
            }
            Self::Delete { id, version } => {
                hash_words(&[word_u64(OP_DELETE.into()), id.0, word_u64(*version)])
            }
        }
    }

    /// Refuses what the vault would revert on, before any gas is spent.
    pub(crate) fn validate(&self) -> Result<()> {
        let id = self.id();
        let invalid = |reason| Err(Error::InvalidOperation { id, reason });
        if id.is_zero() {
            return invalid("record id 0 is reserved");
        }
        if self.version() == 0 {
            return invalid("record versions start at 1");
        }
        match self {
            Self::Write { payload: Payload::Inline(c), .. } if c.is_empty() => {
                invalid("an inline record needs a non-empty ciphertext")
            }
            Self::Write { payload: Payload::Pointer { content_hash, uri }, .. }
                if content_hash.is_zero() || uri.is_empty() =>
            {
                invalid("a pointer record needs a URI and a non-zero content hash")
            }
            _ => Ok(()),
        }
    }

    pub(crate) fn to_sol(&self) -> IMemoryVault::Operation {
        let (kind, content_hash, data) = match self {
            Self::Write { payload: Payload::Inline(c), .. } => (OP_INLINE, B256::ZERO, c.clone()),
            Self::Write { payload: Payload::Pointer { content_hash, uri }, .. } => {
                (OP_POINTER, *content_hash, Bytes::copy_from_slice(uri.as_bytes()))
            }
            Self::Delete { .. } => (OP_DELETE, B256::ZERO, Bytes::new()),
        };
        IMemoryVault::Operation {
            kind,
            id: self.id(),
            version: self.version(),
            contentHash: content_hash,
            data,
        }
    }
}

/// Whether a write checks the owner's sequence number first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SeqCheck {
    /// No check: for adds of new records, which cannot conflict.
    #[default]
    Any,
    /// The write fails with `VaultSequenceMismatch` unless the owner's log is at exactly this
    /// sequence number: for updates and deletes, so that no concurrent write is silently overtaken.
    Exactly(u64),
}

impl SeqCheck {
    pub(crate) fn to_sol(self) -> u64 {
        match self {
            Self::Any => u64::MAX,
            Self::Exactly(seq) => seq,
        }
    }
}

/// The vault's `next(head, seq, opHash)`: the head after appending operation `seq`.
pub fn next_head(head: B256, seq: u64, op_hash: B256) -> B256 {
    hash_words(&[head.0, word_u64(seq), op_hash.0])
}

fn word_u64(v: u64) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[24..].copy_from_slice(&v.to_be_bytes());
    w
}

fn hash_words(words: &[[u8; 32]]) -> B256 {
    let mut buf = Vec::with_capacity(words.len() * 32);
    for w in words {
        buf.extend_from_slice(w);
    }
    keccak256(buf)
}
