//! Operations on an owner's log, as the SDK builds and reads them.

use alloy::primitives::{Address, B256, Bytes, keccak256};

use crate::error::{Result, VaultError};

// `IMemoryVault.OpKind` values: the low two bits of a packed operation's header, and the first
// word of each operation hash.
const OP_INLINE: u8 = 0;
const OP_POINTER: u8 = 1;
const OP_DELETE: u8 = 2;
const OP_CODE: u8 = 3;
// Packed header bits (`PackedOps` in the contracts, docs/FORMAT.md "Packed batches").
const SHORT_ID: u8 = 0x04;
const VLEN_SHIFT: u8 = 3;
/// The largest inline or code ciphertext one packed operation can carry (a uint24 length).
pub const MAX_PACKED_DATA: usize = (1 << 24) - 1;
/// The largest pointer URI one packed operation can carry (a uint16 length).
pub const MAX_URI_LEN: usize = u16::MAX as usize;
/// The largest ciphertext a code write can store: EIP-170's 24,576 bytes of code, less SSTORE2's
/// leading zero byte.
pub const MAX_CODE_CIPHERTEXT: usize = 24_576 - 1;
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
    /// The ciphertext is the runtime code of contract `pointer` (after SSTORE2's leading zero
    /// byte), as the log records a code write.
    Code {
        /// keccak256 of the ciphertext.
        content_hash: B256,
        /// The contract holding it.
        pointer: Address,
    },
    /// The ciphertext of a code write as submitted: the vault deploys it, and the log then holds
    /// [`Payload::Code`] with the new contract's address.
    NewCode(Bytes),
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

    /// A code write of `ciphertext`.
    pub fn code(ciphertext: impl Into<Bytes>) -> Self {
        Self::NewCode(ciphertext.into())
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

    /// A code write: the vault stores `ciphertext` as the code of a new contract (SSTORE2).
    pub fn write_code(id: B256, version: u64, ciphertext: impl Into<Bytes>) -> Self {
        Self::Write { id, version, payload: Payload::code(ciphertext) }
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

    /// Whether the operation writes its ciphertext as contract code.
    pub fn is_code(&self) -> bool {
        matches!(self, Self::Write { payload: Payload::Code { .. } | Payload::NewCode(_), .. })
    }

    /// The record version the operation creates, for record operations.
    pub fn version(&self) -> Option<u64> {
        match self {
            Self::Write { version, .. } | Self::Delete { version, .. } => Some(*version),
            Self::PublishKeyCheck { .. } => None,
        }
    }

    /// The operation hash the vault chains, as defined in docs/FORMAT.md ("Log hash chain").
    /// `None` for a code write not yet applied ([`Payload::NewCode`]): its hash binds the address
    /// the vault deploys the code to.
    pub fn op_hash(&self) -> Option<B256> {
        Some(match self {
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
            Self::Write { id, version, payload: Payload::Code { content_hash, pointer } } => {
                hash_words(&[
                    word_u64(OP_CODE.into()),
                    id.0,
                    word_u64(*version),
                    content_hash.0,
                    pointer.into_word().0,
                ])
            }
            Self::Write { payload: Payload::NewCode(_), .. } => return None,
            Self::Delete { id, version } => {
                hash_words(&[word_u64(OP_DELETE.into()), id.0, word_u64(*version)])
            }
            Self::PublishKeyCheck { epoch, key_check } => {
                hash_words(&[word_u64(KEY_CHECK_TAG.into()), word_u64(*epoch), key_check.0])
            }
        })
    }

    /// A short name of what the operation touches, for error messages.
    fn subject(&self) -> String {
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } => format!("record {id}"),
            Self::PublishKeyCheck { epoch, .. } => format!("key epoch {epoch}"),
        }
    }

    /// Refuses what the vault would revert on, before any gas is spent.
    #[doc(hidden)]
    pub fn validate(&self) -> Result<()> {
        let invalid =
            |reason| Err(VaultError::InvalidOperation { subject: self.subject(), reason });
        match self {
            Self::Write { id, .. } | Self::Delete { id, .. } if id.is_zero() => {
                invalid("record id 0 is reserved")
            }
            Self::Write { version: 0, .. } | Self::Delete { version: 0, .. } => {
                invalid("record versions start at 1")
            }
            Self::Write { payload: Payload::Inline(c) | Payload::NewCode(c), .. }
                if c.is_empty() =>
            {
                invalid("a record needs a non-empty ciphertext")
            }
            Self::Write { payload: Payload::Inline(c), .. } if c.len() > MAX_PACKED_DATA => {
                invalid("an inline ciphertext is limited to 16 MiB - 1 bytes by its length prefix")
            }
            Self::Write { payload: Payload::NewCode(c), .. } if c.len() > MAX_CODE_CIPHERTEXT => {
                invalid("a code record holds at most 24,575 bytes (EIP-170); use pointer mode")
            }
            Self::Write { payload: Payload::Pointer { content_hash, uri }, .. }
                if content_hash.is_zero() || uri.is_empty() =>
            {
                invalid("a pointer record needs a URI and a non-zero content hash")
            }
            Self::Write { payload: Payload::Pointer { uri, .. }, .. }
                if uri.len() > MAX_URI_LEN =>
            {
                invalid("a pointer URI is limited to 65,535 bytes")
            }
            Self::Write { payload: Payload::Pointer { uri, .. }, .. } if !uri.is_ascii() => {
                invalid("a pointer URI must be ASCII (RFC 3986): percent-encode anything else")
            }
            Self::Write { payload: Payload::Code { .. }, .. } => {
                invalid("a code record is written from its ciphertext (Payload::NewCode)")
            }
            Self::PublishKeyCheck { key_check, .. } if key_check.is_zero() => {
                invalid("a key-check value of 0 is reserved")
            }
            _ => Ok(()),
        }
    }

    /// Appends the operation's packed encoding (docs/FORMAT.md "Packed batches") to `out`.
    /// Key-check publications are not batchable. Call [`validate`](Self::validate) first.
    #[doc(hidden)]
    pub fn encode_packed(&self, out: &mut Vec<u8>) -> Result<()> {
        let (kind, id, version) = match self {
            Self::Write { id, version, payload } => {
                let kind = match payload {
                    Payload::Inline(_) => OP_INLINE,
                    Payload::Pointer { .. } => OP_POINTER,
                    Payload::NewCode(_) | Payload::Code { .. } => OP_CODE,
                };
                (kind, id, *version)
            }
            Self::Delete { id, version } => (OP_DELETE, id, *version),
            Self::PublishKeyCheck { .. } => {
                return Err(VaultError::InvalidOperation {
                    subject: self.subject(),
                    reason: "a key-check publication is sent on its own, not in a batch",
                });
            }
        };
        let version_bytes = version.to_be_bytes();
        let vlen = (8 - version.leading_zeros() as usize / 8).max(1);
        let short = id[16..].iter().all(|b| *b == 0);
        out.push(kind | if short { SHORT_ID } else { 0 } | ((vlen as u8 - 1) << VLEN_SHIFT));
        out.extend_from_slice(if short { &id[..16] } else { &id[..] });
        out.extend_from_slice(&version_bytes[8 - vlen..]);
        match self {
            Self::Write { payload: Payload::Inline(data) | Payload::NewCode(data), .. } => {
                out.extend_from_slice(&(data.len() as u32).to_be_bytes()[1..]);
                out.extend_from_slice(data);
            }
            Self::Write { payload: Payload::Pointer { content_hash, uri }, .. } => {
                out.extend_from_slice(content_hash.as_slice());
                out.extend_from_slice(&(uri.len() as u16).to_be_bytes());
                out.extend_from_slice(uri.as_bytes());
            }
            Self::Write { payload: Payload::Code { .. }, .. } => {
                return Err(VaultError::InvalidOperation {
                    subject: self.subject(),
                    reason: "a code record is written from its ciphertext (Payload::NewCode)",
                });
            }
            Self::Delete { .. } | Self::PublishKeyCheck { .. } => {}
        }
        Ok(())
    }
}

/// Packs operations into the vault's batch encoding, after validating each.
pub fn encode_batch(ops: &[Operation]) -> Result<Bytes> {
    if ops.is_empty() {
        return Err(VaultError::EmptyBatch);
    }
    let mut out = Vec::with_capacity(ops.iter().map(Operation::packed_len_hint).sum());
    for op in ops {
        op.validate()?;
        op.encode_packed(&mut out)?;
    }
    Ok(out.into())
}

/// Parses a packed batch (as a `BatchApplied` event carries it) back into operations. A code
/// operation comes back as [`Payload::Code`] with the hash of its ciphertext and a zero
/// `pointer`, which the caller fills in from the batch's `RecordCodeStored` events.
pub fn decode_batch(packed: &[u8]) -> std::result::Result<Vec<Operation>, String> {
    let mut ops = Vec::new();
    let mut p = 0;
    let take = |from: usize, len: usize| -> std::result::Result<&[u8], String> {
        packed
            .get(from..from.saturating_add(len))
            .ok_or_else(|| format!("the operation at byte {from} runs past the end"))
    };
    while p < packed.len() {
        let header = packed[p];
        if header & 0xc0 != 0 {
            return Err(format!("reserved header bits set at byte {p}"));
        }
        let id_len = if header & SHORT_ID != 0 { 16 } else { 32 };
        let vlen = usize::from((header >> VLEN_SHIFT) & 7) + 1;
        let mut id = B256::ZERO;
        id[..id_len].copy_from_slice(take(p + 1, id_len)?);
        let mut version = [0u8; 8];
        version[8 - vlen..].copy_from_slice(take(p + 1 + id_len, vlen)?);
        let (id, version, q) = (id, u64::from_be_bytes(version), p + 1 + id_len + vlen);
        let (op, next) = match header & 3 {
            OP_DELETE => (Operation::delete(id, version), q),
            OP_POINTER => {
                let content_hash = B256::from_slice(take(q, 32)?);
                let len = usize::from(u16::from_be_bytes([take(q + 32, 2)?[0], packed[q + 33]]));
                let uri = std::str::from_utf8(take(q + 34, len)?)
                    .map_err(|_| format!("a pointer URI at byte {} is not UTF-8", q + 34))?;
                (Operation::write_pointer(id, version, content_hash, uri), q + 34 + len)
            }
            kind => {
                let l = take(q, 3)?;
                let len = (usize::from(l[0]) << 16) | (usize::from(l[1]) << 8) | usize::from(l[2]);
                let data = take(q + 3, len)?;
                let payload = if kind == OP_INLINE {
                    Payload::Inline(Bytes::copy_from_slice(data))
                } else {
                    Payload::Code { content_hash: keccak256(data), pointer: Address::ZERO }
                };
                (Operation::Write { id, version, payload }, q + 3 + len)
            }
        };
        ops.push(op);
        p = next;
    }
    Ok(ops)
}

impl Operation {
    fn packed_len_hint(&self) -> usize {
        match self {
            Self::Write { payload: Payload::Inline(d) | Payload::NewCode(d), .. } => 44 + d.len(),
            Self::Write { payload: Payload::Pointer { uri, .. }, .. } => 75 + uri.len(),
            _ => 41,
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
    #[doc(hidden)]
    pub fn to_sol(self) -> u64 {
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;

    fn op() -> impl Strategy<Value = Operation> {
        let id = prop_oneof![
            any::<[u8; 16]>().prop_map(|h| B256::right_padding_from(&h)),
            any::<[u8; 32]>().prop_map(B256::from),
        ]
        .prop_filter("non-zero id", |id| !id.is_zero());
        let version = prop_oneof![1..=255u64, 1..=u64::MAX];
        let data = prop::collection::vec(any::<u8>(), 1..600).prop_map(Bytes::from);
        (id, version, 0..4u8, data, "[a-z:/.0-9]{1,80}", any::<[u8; 32]>()).prop_map(
            |(id, version, kind, data, uri, hash)| match kind {
                0 => Operation::write(id, version, data),
                1 => Operation::write_pointer(
                    id,
                    version,
                    B256::from(hash) | B256::with_last_byte(1),
                    uri,
                ),
                2 => Operation::delete(id, version),
                _ => Operation::write_code(id, version, data),
            },
        )
    }

    proptest! {
        #[test]
        fn packed_batches_roundtrip(ops in prop::collection::vec(op(), 1..12)) {
            let packed = encode_batch(&ops).unwrap();
            let decoded = decode_batch(&packed).unwrap();
            prop_assert_eq!(decoded.len(), ops.len());
            for (sent, back) in ops.iter().zip(&decoded) {
                match (sent, back) {
                    (
                        Operation::Write { id, version, payload: Payload::NewCode(data) },
                        Operation::Write { id: i, version: v, payload: Payload::Code { content_hash, pointer } },
                    ) => {
                        prop_assert_eq!((id, version), (i, v));
                        prop_assert_eq!(*content_hash, keccak256(data));
                        prop_assert!(pointer.is_zero());
                    }
                    _ => prop_assert_eq!(sent, back),
                }
            }
        }

        #[test]
        fn truncated_batches_do_not_parse(ops in prop::collection::vec(op(), 1..4), cut in any::<prop::sample::Index>()) {
            let packed = encode_batch(&ops).unwrap();
            let cut = cut.index(packed.len());
            // Every strict prefix that ends inside an operation fails; one that ends exactly at an
            // operation boundary parses as fewer operations.
            if let Ok(fewer) = decode_batch(&packed[..cut]) {
                prop_assert!(fewer.len() < ops.len());
            }
        }
    }

    #[test]
    fn short_ids_and_minimal_versions_are_used() {
        let id = B256::right_padding_from(&[7u8; 16]);
        let packed = encode_batch(&[Operation::delete(id, 1)]).unwrap();
        assert_eq!(packed.len(), 1 + 16 + 1);
        assert_eq!(packed[0], OP_DELETE | SHORT_ID);
        let long = encode_batch(&[Operation::delete(B256::repeat_byte(1), u64::MAX)]).unwrap();
        assert_eq!(long.len(), 1 + 32 + 8);
        assert_eq!(long[0], OP_DELETE | (7 << VLEN_SHIFT));
    }

    #[test]
    fn reserved_bits_are_refused() {
        let mut packed =
            encode_batch(&[Operation::delete(B256::repeat_byte(1), 1)]).unwrap().to_vec();
        packed[0] |= 0x40;
        assert!(decode_batch(&packed).unwrap_err().contains("reserved"));
    }

    #[test]
    fn invalid_operations_are_refused_before_packing() {
        let id = B256::repeat_byte(1);
        for op in [
            Operation::write(B256::ZERO, 1, vec![1]),
            Operation::write(id, 0, vec![1]),
            Operation::write(id, 1, Vec::new()),
            Operation::write_code(id, 1, vec![1; MAX_CODE_CIPHERTEXT + 1]),
            Operation::write_pointer(id, 1, B256::ZERO, "local:x"),
            Operation::write_pointer(id, 1, B256::repeat_byte(2), "x".repeat(MAX_URI_LEN + 1)),
            Operation::write_pointer(id, 1, B256::repeat_byte(2), "https://example.org/é"),
            Operation::PublishKeyCheck { epoch: 1, key_check: B256::repeat_byte(3) },
        ] {
            assert!(encode_batch(std::slice::from_ref(&op)).is_err(), "{op:?} was packed");
        }
        assert!(matches!(encode_batch(&[]), Err(VaultError::EmptyBatch)));
    }
}
