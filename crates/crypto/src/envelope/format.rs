//! The byte layout of envelopes (docs/FORMAT.md, "Envelope"), and strict parsing.
//!
//! Parsing checks every length against the header before anything is allocated: the total length
//! an envelope must have follows from its padded body length, and the input must have exactly
//! that length.

use alloy::primitives::B256;

use super::padding::{self, MAX_PADDED_LEN};
use super::{BodyRef, EnvelopeError, EnvelopeInfo, StorageMode};
use crate::keys::KeyEpoch;

/// The first four bytes of every envelope: ASCII `MSEV`.
pub const MAGIC: [u8; 4] = *b"MSEV";

/// The envelope format version this code writes and the only one it reads.
pub const FORMAT_VERSION: u8 = 1;

/// The plaintext length of every chunk but the last.
pub const CHUNK_LEN: usize = 64 * 1024;

/// The length of an AES-GCM-SIV tag.
pub(crate) const TAG_LEN: usize = 16;
/// The length of an AES-GCM-SIV nonce.
pub(crate) const NONCE_LEN: usize = 12;
/// The length of a data key.
pub(crate) const DATA_KEY_LEN: usize = 32;
/// The length of a wrapped data key: its ciphertext and tag.
pub(crate) const WRAPPED_KEY_LEN: usize = DATA_KEY_LEN + TAG_LEN;

/// The envelope kind byte of a full envelope.
pub(crate) const KIND_SEALED: u8 = 0;
/// The envelope kind byte of a key-only (rotation) envelope.
pub(crate) const KIND_REKEY: u8 = 1;

/// magic ‖ format version ‖ kind ‖ u64be(epoch).
const PREFIX_LEN: usize = 4 + 1 + 1 + 8;

/// The length of a full envelope's header: prefix ‖ u32be(padded length) ‖ wrap nonce ‖ wrapped
/// data key. The chunks follow it.
pub const SEALED_HEADER_LEN: usize = PREFIX_LEN + 4 + NONCE_LEN + WRAPPED_KEY_LEN;

/// The length of every key-only envelope: prefix ‖ u64be(body version) ‖ body mode ‖ body hash ‖
/// wrap nonce ‖ wrapped data key.
pub const REKEY_ENVELOPE_LEN: usize = PREFIX_LEN + 8 + 1 + 32 + NONCE_LEN + WRAPPED_KEY_LEN;

/// The shape of a full envelope, determined by its padded body length alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SealedLayout {
    pub(crate) padded_len: usize,
    pub(crate) chunk_count: usize,
}

impl SealedLayout {
    /// The layout for a padded length that [`padding::padded_len`] produced.
    pub(crate) const fn new(padded_len: usize) -> Self {
        Self { padded_len, chunk_count: padded_len.div_ceil(CHUNK_LEN) }
    }

    /// The length of the whole envelope. At most 256 MiB + 64 KiB, far from overflow.
    pub(crate) const fn envelope_len(&self) -> usize {
        SEALED_HEADER_LEN + self.padded_len + self.chunk_count * TAG_LEN
    }

    /// The padded-body range of chunk `index`.
    pub(crate) fn plaintext_range(&self, index: usize) -> core::ops::Range<usize> {
        let start = index * CHUNK_LEN;
        start..self.padded_len.min(start + CHUNK_LEN)
    }

    /// The envelope range of chunk `index`'s ciphertext, followed by its tag.
    pub(crate) fn chunk_range(&self, index: usize) -> core::ops::Range<usize> {
        let plain = self.plaintext_range(index);
        let start = SEALED_HEADER_LEN + plain.start + index * TAG_LEN;
        start..start + plain.len()
    }

    /// The counts as the `u32`s the header and associated data carry; both are at most
    /// 256 MiB, so they fit.
    pub(crate) const fn padded_len_u32(&self) -> u32 {
        self.padded_len as u32
    }

    pub(crate) const fn chunk_count_u32(&self) -> u32 {
        self.chunk_count as u32
    }
}

/// A full envelope, parsed without any key.
pub(crate) struct SealedView<'a> {
    pub(crate) epoch: KeyEpoch,
    pub(crate) layout: SealedLayout,
    pub(crate) wrap_nonce: &'a [u8; NONCE_LEN],
    pub(crate) wrapped_key: &'a [u8; WRAPPED_KEY_LEN],
    /// The whole envelope; chunks are found with [`SealedLayout::chunk_range`].
    pub(crate) bytes: &'a [u8],
}

/// A key-only envelope, parsed without any key.
pub(crate) struct RekeyView<'a> {
    pub(crate) epoch: KeyEpoch,
    pub(crate) body: BodyRef,
    pub(crate) wrap_nonce: &'a [u8; NONCE_LEN],
    pub(crate) wrapped_key: &'a [u8; WRAPPED_KEY_LEN],
}

/// A parsed envelope of either kind.
pub(crate) enum ParsedEnvelope<'a> {
    Sealed(SealedView<'a>),
    Rekey(RekeyView<'a>),
}

/// Parses an envelope, checking magic, format version, kind, sizes and total length. Any
/// malformation is the opaque [`EnvelopeError::Open`].
pub(crate) fn parse(bytes: &[u8]) -> Result<ParsedEnvelope<'_>, EnvelopeError> {
    let mut reader = Reader(bytes);
    let magic: &[u8; 4] = reader.take()?;
    let &[version] = reader.take()?;
    let &[kind] = reader.take()?;
    if *magic != MAGIC || version != FORMAT_VERSION {
        return Err(EnvelopeError::Open);
    }
    let epoch = KeyEpoch(u64::from_be_bytes(*reader.take()?));
    match kind {
        KIND_SEALED => {
            let padded_len = u32::from_be_bytes(*reader.take()?) as usize;
            if !padding::is_padded_len(padded_len) {
                return Err(EnvelopeError::Open);
            }
            let layout = SealedLayout::new(padded_len);
            if bytes.len() != layout.envelope_len() {
                return Err(EnvelopeError::Open);
            }
            let wrap_nonce = reader.take()?;
            let wrapped_key = reader.take()?;
            Ok(ParsedEnvelope::Sealed(SealedView { epoch, layout, wrap_nonce, wrapped_key, bytes }))
        }
        KIND_REKEY => {
            if bytes.len() != REKEY_ENVELOPE_LEN {
                return Err(EnvelopeError::Open);
            }
            let version = u64::from_be_bytes(*reader.take()?);
            let &[mode] = reader.take()?;
            let mode = StorageMode::from_byte(mode).ok_or(EnvelopeError::Open)?;
            let hash = B256::from(*reader.take::<32>()?);
            let wrap_nonce = reader.take()?;
            let wrapped_key = reader.take()?;
            let body = BodyRef { version, mode, hash };
            Ok(ParsedEnvelope::Rekey(RekeyView { epoch, body, wrap_nonce, wrapped_key }))
        }
        _ => Err(EnvelopeError::Open),
    }
}

/// Reads the public header of an envelope without any key: its kind, epoch and sizes, or, for a
/// key-only envelope, the body version it re-keys.
///
/// A malformed envelope is [`EnvelopeError::Open`]. A header that parses says nothing about
/// whether the envelope opens.
pub fn inspect(envelope: &[u8]) -> Result<EnvelopeInfo, EnvelopeError> {
    Ok(match parse(envelope)? {
        ParsedEnvelope::Sealed(view) => EnvelopeInfo::Sealed {
            epoch: view.epoch,
            padded_len: view.layout.padded_len_u32(),
            chunk_count: view.layout.chunk_count_u32(),
        },
        ParsedEnvelope::Rekey(view) => EnvelopeInfo::Rekey { epoch: view.epoch, body: view.body },
    })
}

/// The length of the full envelope of a body of `body_len` bytes, or `None` above
/// [`MAX_BODY_LEN`](super::MAX_BODY_LEN).
pub fn sealed_len(body_len: usize) -> Option<usize> {
    padding::padded_len(body_len).map(|padded| SealedLayout::new(padded).envelope_len())
}

/// Writes the 14-byte prefix shared by both kinds.
pub(crate) fn write_prefix(out: &mut Vec<u8>, kind: u8, epoch: KeyEpoch) {
    out.extend_from_slice(&MAGIC);
    out.push(FORMAT_VERSION);
    out.push(kind);
    out.extend_from_slice(&epoch.get().to_be_bytes());
}

/// A cursor that hands out fixed-size arrays and fails, never panics, at the end of input.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> Result<&'a [u8; N], EnvelopeError> {
        let (head, rest) = self.0.split_first_chunk::<N>().ok_or(EnvelopeError::Open)?;
        self.0 = rest;
        Ok(head)
    }
}

const _: () = assert!(SEALED_HEADER_LEN == 78 && REKEY_ENVELOPE_LEN == 115);
const _: () = assert!(MAX_PADDED_LEN <= u32::MAX as usize);
