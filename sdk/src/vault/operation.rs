//! Operations on an owner's log, as the SDK builds and reads them.

use alloy::primitives::{B256, Bytes, keccak256};
use memsync_bindings::memory_vault::IMemoryVault;

use crate::error::{Error, Result};

// `IMemoryVault.OpKind` values: they are also the first word of each operation hash.
const OP_INLINE: u8 = 0;
const OP_POINTER: u8 = 1;
const OP_DELETE: u8 = 2;
/// The chain's domain tag of a key-check publication (`LogChain.KEY_CHECK_TAG`).
const KEY_CHECK_TAG: u8 = 16;

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

/// One operation of an owner's log: a new record version, a tombstone, or the publication of a
/// key epoch's key-check value.
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
    /// Publishes the key-check value of key epoch `epoch`, which must be after the owner's
    /// current epoch. Sent on its own (not in a batch).
    PublishKeyCheck {
        /// The new key epoch.
        epoch: u64,
        /// The epoch's public key-check value.
        key_check: B256,
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

    /// The record id, for record operations.
    pub fn id(&self) -> Option<B256> {
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } => Some(*id),
            Self::PublishKeyCheck { .. } => None,
        }
    }

    /// The record version the operation creates, for record operations.
    pub fn version(&self) -> Option<u64> {
        match self {
            Self::Write { version, .. } | Self::Delete { version, .. } => Some(*version),
            Self::PublishKeyCheck { .. } => None,
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
            Self::PublishKeyCheck { epoch, key_check } => {
                hash_words(&[word_u64(KEY_CHECK_TAG.into()), word_u64(*epoch), key_check.0])
            }
        }
    }

    /// Refuses what the vault would revert on, before any gas is spent.
    /// A short name of what the operation touches, for error messages.
    fn subject(&self) -> String {
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } => format!("record {id}"),
            Self::PublishKeyCheck { epoch, .. } => format!("key epoch {epoch}"),
        }
    }

    /// Refuses what the vault would revert on, before any gas is spent.
    pub(crate) fn validate(&self) -> Result<()> {
        let invalid = |reason| Err(Error::InvalidOperation { subject: self.subject(), reason });
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } if id.is_zero() => {
                invalid("record id 0 is reserved")
            }
            Self::Write { version: 0, .. } | Self::Delete { version: 0, .. } => {
                invalid("record versions start at 1")
            }
            Self::Write { payload: Payload::Inline(c), .. } if c.is_empty() => {
                invalid("an inline record needs a non-empty ciphertext")
            }
            Self::Write { payload: Payload::Pointer { content_hash, uri }, .. }
                if content_hash.is_zero() || uri.is_empty() =>
            {
                invalid("a pointer record needs a URI and a non-zero content hash")
            }
            Self::PublishKeyCheck { key_check, .. } if key_check.is_zero() => {
                invalid("a key-check value of 0 is reserved")
            }
            _ => Ok(()),
        }
    }

    /// The operation as a batch element; key-check publications are not batchable.
    pub(crate) fn to_sol(&self) -> Result<IMemoryVault::Operation> {
        let (id, version, kind, content_hash, data) = match self {
            Self::Write { id, version, payload: Payload::Inline(c) } => {
                (*id, *version, OP_INLINE, B256::ZERO, c.clone())
            }
            Self::Write { id, version, payload: Payload::Pointer { content_hash, uri } } => {
                (*id, *version, OP_POINTER, *content_hash, Bytes::copy_from_slice(uri.as_bytes()))
            }
            Self::Delete { id, version } => (*id, *version, OP_DELETE, B256::ZERO, Bytes::new()),
            Self::PublishKeyCheck { .. } => {
                return Err(Error::InvalidOperation {
                    subject: self.subject(),
                    reason: "a key-check publication is sent on its own, not in a batch",
                });
            }
        };
        Ok(IMemoryVault::Operation { kind, id, version, contentHash: content_hash, data })
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
