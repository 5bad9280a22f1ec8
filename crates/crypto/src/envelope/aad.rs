//! The associated data of every AES-GCM-SIV call (docs/FORMAT.md, "Associated data").
//!
//! All three kinds start with the same 103-byte context, so a ciphertext opens only in the
//! record version, storage mode and epoch it was sealed for; a purpose byte keeps the three
//! uses apart, and fixed-length fields make the encoding unambiguous without length prefixes.

use super::format::{FORMAT_VERSION, MAGIC};
use super::{BodyRef, RecordContext};
use crate::keys::KeyEpoch;

/// Purpose byte: the data key of a full envelope, wrapped under the key-encryption key.
const PURPOSE_WRAP_SEALED: u8 = 0;
/// Purpose byte: one chunk of a body, sealed under the data key.
const PURPOSE_CHUNK: u8 = 1;
/// Purpose byte: the data key of a key-only envelope, wrapped under the key-encryption key.
const PURPOSE_WRAP_REKEY: u8 = 2;

/// magic ‖ version ‖ purpose ‖ u64be(chain id) ‖ vault ‖ owner ‖ record id ‖ u64be(version) ‖
/// mode ‖ u64be(epoch).
const CONTEXT_LEN: usize = 4 + 1 + 1 + 8 + 20 + 20 + 32 + 8 + 1 + 8;
/// The longest associated data: the key-only wrap, with u64be(body version) ‖ body mode ‖ body
/// hash.
const MAX_LEN: usize = CONTEXT_LEN + 8 + 1 + 32;

/// Associated data on the stack.
pub(crate) struct Aad {
    buf: [u8; MAX_LEN],
    len: usize,
}

impl Aad {
    fn context(purpose: u8, ctx: &RecordContext, epoch: KeyEpoch) -> Self {
        let mut aad = Self { buf: [0u8; MAX_LEN], len: 0 };
        aad.push(&MAGIC);
        aad.push(&[FORMAT_VERSION, purpose]);
        aad.push(&ctx.chain_id.to_be_bytes());
        aad.push(ctx.vault.as_slice());
        aad.push(ctx.owner.as_slice());
        aad.push(ctx.record_id.as_slice());
        aad.push(&ctx.version.to_be_bytes());
        aad.push(&[ctx.mode.to_byte()]);
        aad.push(&epoch.get().to_be_bytes());
        aad
    }

    /// For wrapping the data key of a full envelope: context ‖ u32be(padded length) ‖
    /// u32be(chunk count).
    pub(crate) fn wrap_sealed(
        ctx: &RecordContext,
        epoch: KeyEpoch,
        padded_len: u32,
        chunk_count: u32,
    ) -> Self {
        let mut aad = Self::context(PURPOSE_WRAP_SEALED, ctx, epoch);
        aad.push(&padded_len.to_be_bytes());
        aad.push(&chunk_count.to_be_bytes());
        aad
    }

    /// For chunk 0 of a body: context ‖ u32be(padded length) ‖ u32be(chunk count) ‖
    /// u32be(index). Move to the next chunk with [`Aad::set_chunk_index`].
    pub(crate) fn chunk(
        ctx: &RecordContext,
        epoch: KeyEpoch,
        padded_len: u32,
        chunk_count: u32,
    ) -> Self {
        let mut aad = Self::context(PURPOSE_CHUNK, ctx, epoch);
        aad.push(&padded_len.to_be_bytes());
        aad.push(&chunk_count.to_be_bytes());
        aad.push(&0u32.to_be_bytes());
        aad
    }

    /// Rewrites the chunk index of chunk associated data.
    pub(crate) fn set_chunk_index(&mut self, index: u32) {
        self.buf[self.len - 4..self.len].copy_from_slice(&index.to_be_bytes());
    }

    /// For wrapping the data key of a key-only envelope: context ‖ u64be(body version) ‖ body
    /// mode ‖ body hash.
    pub(crate) fn wrap_rekey(ctx: &RecordContext, epoch: KeyEpoch, body: &BodyRef) -> Self {
        let mut aad = Self::context(PURPOSE_WRAP_REKEY, ctx, epoch);
        aad.push(&body.version.to_be_bytes());
        aad.push(&[body.mode.to_byte()]);
        aad.push(body.hash.as_slice());
        aad
    }

    pub(crate) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn push(&mut self, bytes: &[u8]) {
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

const _: () = assert!(CONTEXT_LEN == 103 && MAX_LEN == 144);
