//! Sealing and opening full envelopes: header, wrapped data key, chunked padded body.

use aes_gcm_siv::aead::AeadInOut;
use aes_gcm_siv::aead::inout::InOutBuf;
use aes_gcm_siv::{Aes256GcmSiv, Nonce, Tag};
use rand_core::{OsRng, TryCryptoRng};
use zeroize::{Zeroize, Zeroizing};

use super::aad::Aad;
use super::data_key::DataKey;
use super::format::{
    self, KIND_SEALED, NONCE_LEN, ParsedEnvelope, SEALED_HEADER_LEN, SealedLayout, SealedView,
    TAG_LEN,
};
use super::padding::{self, MAX_BODY_LEN, PAD_MARKER};
use super::{EnvelopeError, RecordContext};
use crate::keys::{EpochKeys, Keyring};

/// Seals `body` as record version `ctx` under `keys` (normally [`Keyring::latest`]), with a
/// fresh data key and wrap nonce from the operating system's RNG.
///
/// Fails with [`EnvelopeError::ScopeMismatch`] if `keys` belong to another chain, vault or
/// owner than `ctx`, and with [`EnvelopeError::BodyTooLarge`] above
/// [`MAX_BODY_LEN`](super::MAX_BODY_LEN).
pub fn seal(keys: &EpochKeys, ctx: &RecordContext, body: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    seal_with_rng(&mut OsRng, keys, ctx, body)
}

/// [`seal`] with the randomness drawn from `rng`: first the 32-byte data key, then the 12-byte
/// wrap nonce. For test vectors and for platforms without an OS RNG; `rng` must be a CSPRNG.
pub fn seal_with_rng<R: TryCryptoRng + ?Sized>(
    rng: &mut R,
    keys: &EpochKeys,
    ctx: &RecordContext,
    body: &[u8],
) -> Result<Vec<u8>, EnvelopeError> {
    if *keys.scope() != ctx.scope() {
        return Err(EnvelopeError::ScopeMismatch);
    }
    let too_large = || EnvelopeError::BodyTooLarge { len: body.len(), max: MAX_BODY_LEN };
    let layout = SealedLayout::new(padding::padded_len(body.len()).ok_or_else(too_large)?);
    let (data_key, wrap_nonce) = DataKey::generate_with_nonce(rng)?;

    let epoch = keys.epoch();
    let (padded_len, chunk_count) = (layout.padded_len_u32(), layout.chunk_count_u32());
    let wrap_aad = Aad::wrap_sealed(ctx, epoch, padded_len, chunk_count);
    let wrapped_key = data_key.wrap(keys.key_encryption_cipher(), &wrap_nonce, &wrap_aad);

    let mut out = Vec::with_capacity(layout.envelope_len());
    format::write_prefix(&mut out, KIND_SEALED, epoch);
    out.extend_from_slice(&padded_len.to_be_bytes());
    out.extend_from_slice(&wrap_nonce);
    out.extend_from_slice(&wrapped_key);
    debug_assert_eq!(out.len(), SEALED_HEADER_LEN);
    out.resize(layout.envelope_len(), 0);

    let cipher = data_key.body_cipher();
    let mut aad = Aad::chunk(ctx, epoch, padded_len, chunk_count);
    for index in 0..layout.chunk_count {
        let plain = layout.plaintext_range(index);
        let slot = layout.chunk_range(index);
        let chunk = &mut out[slot.start..slot.end + TAG_LEN];
        let (text, tag) = chunk.split_at_mut(slot.len());
        // The padded plaintext of this chunk: body bytes, then 0x80, then zeros (already there).
        let body_part = plain.start.min(body.len())..plain.end.min(body.len());
        text[..body_part.len()].copy_from_slice(&body[body_part]);
        if plain.contains(&body.len()) {
            text[body.len() - plain.start] = PAD_MARKER;
        }
        aad.set_chunk_index(index as u32);
        let Ok(computed) =
            cipher.encrypt_inout_detached(&chunk_nonce(index), aad.as_slice(), text.into())
        else {
            // Unreachable: a chunk is 64 KiB at most. Wipe the plaintext written so far.
            out.zeroize();
            return Err(too_large());
        };
        tag.copy_from_slice(&computed);
    }
    Ok(out)
}

/// Opens a full envelope written as record version `ctx`, with the keys of the epoch its
/// header names. Returns the body, which is wiped from memory when dropped.
///
/// Every failure is the opaque [`EnvelopeError::Open`].
pub fn open(
    keyring: &Keyring,
    ctx: &RecordContext,
    envelope: &[u8],
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let ParsedEnvelope::Sealed(view) = format::parse(envelope)? else {
        return Err(EnvelopeError::Open);
    };
    if *keyring.scope() != ctx.scope() {
        return Err(EnvelopeError::Open);
    }
    let keys = keyring.get(view.epoch).ok_or(EnvelopeError::Open)?;
    let aad = Aad::wrap_sealed(
        ctx,
        view.epoch,
        view.layout.padded_len_u32(),
        view.layout.chunk_count_u32(),
    );
    let data_key =
        DataKey::unwrap(keys.key_encryption_cipher(), view.wrap_nonce, view.wrapped_key, &aad)?;
    open_body(&data_key, ctx, &view)
}

/// Opens the chunks of a full envelope with its data key, checks and strips the padding.
/// `ctx` is the context the body was sealed in.
pub(crate) fn open_body(
    data_key: &DataKey,
    ctx: &RecordContext,
    view: &SealedView<'_>,
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let layout = view.layout;
    // The length was checked against the input's, so this allocation is never larger than it.
    let mut padded = Zeroizing::new(vec![0u8; layout.padded_len]);
    let cipher: Aes256GcmSiv = data_key.body_cipher();
    let mut aad = Aad::chunk(ctx, view.epoch, layout.padded_len_u32(), layout.chunk_count_u32());
    for index in 0..layout.chunk_count {
        let slot = layout.chunk_range(index);
        let ciphertext = &view.bytes[slot.clone()];
        let tag = <&Tag>::try_from(&view.bytes[slot.end..slot.end + TAG_LEN])
            .map_err(|_| EnvelopeError::Open)?;
        let buffer = InOutBuf::new(ciphertext, &mut padded[layout.plaintext_range(index)])
            .map_err(|_| EnvelopeError::Open)?;
        aad.set_chunk_index(index as u32);
        cipher
            .decrypt_inout_detached(&chunk_nonce(index), aad.as_slice(), buffer, tag)
            .map_err(|_| EnvelopeError::Open)?;
    }
    let body_len = padding::unpadded_len(&padded).ok_or(EnvelopeError::Open)?;
    padded.truncate(body_len);
    Ok(padded)
}

/// The nonce of chunk `index`: the index as a 96-bit big-endian number. Each data key seals one
/// body only, so (key, nonce) pairs never repeat.
fn chunk_nonce(index: usize) -> Nonce {
    let mut nonce = [0u8; NONCE_LEN];
    nonce[4..].copy_from_slice(&(index as u64).to_be_bytes());
    Nonce::from(nonce)
}
