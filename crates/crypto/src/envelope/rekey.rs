//! Key rotation without re-encryption: key-only envelopes.
//!
//! A rotation writes a new record version whose envelope holds only the record's data key,
//! wrapped under the new epoch, and a reference (version, storage mode, keccak-256) to the
//! earlier version that holds the body. The wrap's associated data binds that reference and the
//! new version's own context, so the key blob opens nothing but that body of that record.

use alloy::primitives::keccak256;
use rand_core::{OsRng, TryCryptoRng};
use zeroize::Zeroizing;

use super::aad::Aad;
use super::data_key::DataKey;
use super::format::{self, KIND_REKEY, NONCE_LEN, ParsedEnvelope, REKEY_ENVELOPE_LEN};
use super::seal::open_body;
use super::{BodyRef, EnvelopeError, RecordContext};
use crate::keys::{EpochKeys, Keyring};

/// Re-keys a record for a new epoch without re-encrypting its body.
///
/// `from_envelope` is the envelope of record version `from`: a full envelope, or a key-only
/// envelope from an earlier rotation. The result is a 115-byte key-only envelope to write as
/// version `to` (same record, higher version) that wraps the same data key under `to_keys` and
/// names the version and hash of the body. A reader opens it with [`open_rekeyed`].
///
/// The data key is unwrapped with `keyring`; a failure there is [`EnvelopeError::Open`].
pub fn rewrap(
    keyring: &Keyring,
    from: &RecordContext,
    from_envelope: &[u8],
    to: &RecordContext,
    to_keys: &EpochKeys,
) -> Result<Vec<u8>, EnvelopeError> {
    rewrap_with_rng(&mut OsRng, keyring, from, from_envelope, to, to_keys)
}

/// [`rewrap`] with the 12-byte wrap nonce drawn from `rng` (a CSPRNG).
pub fn rewrap_with_rng<R: TryCryptoRng + ?Sized>(
    rng: &mut R,
    keyring: &Keyring,
    from: &RecordContext,
    from_envelope: &[u8],
    to: &RecordContext,
    to_keys: &EpochKeys,
) -> Result<Vec<u8>, EnvelopeError> {
    if *to_keys.scope() != to.scope() {
        return Err(EnvelopeError::ScopeMismatch);
    }
    if from.scope() != to.scope() || from.record_id != to.record_id {
        return Err(EnvelopeError::InvalidRewrap {
            reason: "a rotation re-keys a version of the same record in the same log",
        });
    }
    if to.version <= from.version {
        return Err(EnvelopeError::InvalidRewrap {
            reason: "the re-keyed version must be higher than the version it re-keys",
        });
    }
    if *keyring.scope() != from.scope() {
        return Err(EnvelopeError::Open);
    }

    let (data_key, body) = match format::parse(from_envelope)? {
        ParsedEnvelope::Sealed(view) => {
            let keys = keyring.get(view.epoch).ok_or(EnvelopeError::Open)?;
            let aad = Aad::wrap_sealed(
                from,
                view.epoch,
                view.layout.padded_len_u32(),
                view.layout.chunk_count_u32(),
            );
            let data_key = DataKey::unwrap(
                keys.key_encryption_cipher(),
                view.wrap_nonce,
                view.wrapped_key,
                &aad,
            )?;
            let body =
                BodyRef { version: from.version, mode: from.mode, hash: keccak256(from_envelope) };
            (data_key, body)
        }
        ParsedEnvelope::Rekey(view) => {
            let data_key = unwrap_rekey(keyring, from, &view)?;
            (data_key, view.body)
        }
    };

    let mut wrap_nonce = [0u8; NONCE_LEN];
    rng.try_fill_bytes(&mut wrap_nonce).map_err(|_| EnvelopeError::Rng)?;
    let epoch = to_keys.epoch();
    let aad = Aad::wrap_rekey(to, epoch, &body);
    let wrapped_key = data_key.wrap(to_keys.key_encryption_cipher(), &wrap_nonce, &aad);

    let mut out = Vec::with_capacity(REKEY_ENVELOPE_LEN);
    format::write_prefix(&mut out, KIND_REKEY, epoch);
    out.extend_from_slice(&body.version.to_be_bytes());
    out.push(body.mode.to_byte());
    out.extend_from_slice(body.hash.as_slice());
    out.extend_from_slice(&wrap_nonce);
    out.extend_from_slice(&wrapped_key);
    debug_assert_eq!(out.len(), REKEY_ENVELOPE_LEN);
    Ok(out)
}

/// Opens a record version `ctx` written by a rotation: `rekey_envelope` is its key-only
/// envelope and `body_envelope` the full envelope of the version it names (see
/// [`inspect`](super::inspect) to learn which). Returns the body, wiped from memory when
/// dropped.
///
/// Every failure, including a body envelope whose hash is not the one named, is the opaque
/// [`EnvelopeError::Open`].
pub fn open_rekeyed(
    keyring: &Keyring,
    ctx: &RecordContext,
    rekey_envelope: &[u8],
    body_envelope: &[u8],
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let ParsedEnvelope::Rekey(view) = format::parse(rekey_envelope)? else {
        return Err(EnvelopeError::Open);
    };
    if keccak256(body_envelope) != view.body.hash {
        return Err(EnvelopeError::Open);
    }
    let ParsedEnvelope::Sealed(body_view) = format::parse(body_envelope)? else {
        return Err(EnvelopeError::Open);
    };
    let data_key = unwrap_rekey(keyring, ctx, &view)?;
    let body_ctx = RecordContext { version: view.body.version, mode: view.body.mode, ..*ctx };
    open_body(&data_key, &body_ctx, &body_view)
}

/// Unwraps the data key of a key-only envelope written as version `ctx`.
fn unwrap_rekey(
    keyring: &Keyring,
    ctx: &RecordContext,
    view: &format::RekeyView<'_>,
) -> Result<DataKey, EnvelopeError> {
    // A key-only envelope re-keys an earlier version of its own record.
    if *keyring.scope() != ctx.scope() || view.body.version >= ctx.version {
        return Err(EnvelopeError::Open);
    }
    let keys = keyring.get(view.epoch).ok_or(EnvelopeError::Open)?;
    let aad = Aad::wrap_rekey(ctx, view.epoch, &view.body);
    DataKey::unwrap(keys.key_encryption_cipher(), view.wrap_nonce, view.wrapped_key, &aad)
}
