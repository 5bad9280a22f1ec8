//! The per-record data key and its wrapping under an epoch's key-encryption key.

use aes_gcm_siv::aead::{AeadInOut, KeyInit};
use aes_gcm_siv::{Aes256GcmSiv, Key, Nonce, Tag};
use rand_core::TryCryptoRng;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::EnvelopeError;
use super::aad::Aad;
use super::format::{DATA_KEY_LEN, NONCE_LEN, TAG_LEN, WRAPPED_KEY_LEN};

/// A record's 32-byte AES-256-GCM-SIV key: fresh for every sealed body, zeroized on drop.
#[derive(Zeroize, ZeroizeOnDrop)]
pub(crate) struct DataKey([u8; DATA_KEY_LEN]);

impl DataKey {
    /// Draws a fresh key and a wrap nonce in one call to the RNG (the OS RNG costs a system
    /// call per draw): the key is the first 32 bytes, the nonce the next 12.
    pub(crate) fn generate_with_nonce<R: TryCryptoRng + ?Sized>(
        rng: &mut R,
    ) -> Result<(Self, [u8; NONCE_LEN]), EnvelopeError> {
        let mut random = Zeroizing::new([0u8; DATA_KEY_LEN + NONCE_LEN]);
        rng.try_fill_bytes(random.as_mut()).map_err(|_| EnvelopeError::Rng)?;
        let (key, nonce) = random.split_at(DATA_KEY_LEN);
        let mut data_key = Self([0u8; DATA_KEY_LEN]);
        data_key.0.copy_from_slice(key);
        let mut wrap_nonce = [0u8; NONCE_LEN];
        wrap_nonce.copy_from_slice(nonce);
        Ok((data_key, wrap_nonce))
    }

    /// The cipher that seals and opens the body's chunks. Its AES key schedule is zeroized on
    /// drop (the `zeroize` feature of `aes`).
    pub(crate) fn body_cipher(&self) -> Aes256GcmSiv {
        Aes256GcmSiv::new(<&Key<Aes256GcmSiv>>::from(&self.0))
    }

    /// `AES-256-GCM-SIV(kek, nonce, data key, aad)`: the 32-byte ciphertext followed by the tag.
    pub(crate) fn wrap(
        &self,
        kek: &Aes256GcmSiv,
        nonce: &[u8; NONCE_LEN],
        aad: &Aad,
    ) -> [u8; WRAPPED_KEY_LEN] {
        let mut wrapped = [0u8; WRAPPED_KEY_LEN];
        let (ciphertext, tag) = wrapped.split_at_mut(DATA_KEY_LEN);
        ciphertext.copy_from_slice(&self.0);
        let computed = kek
            .encrypt_inout_detached(&Nonce::from(*nonce), aad.as_slice(), ciphertext.into())
            .expect("32 bytes and 144 bytes of associated data are within AES-GCM-SIV's limits");
        tag.copy_from_slice(&computed);
        wrapped
    }

    /// Unwraps a data key, failing with the opaque error if the tag does not verify.
    pub(crate) fn unwrap(
        kek: &Aes256GcmSiv,
        nonce: &[u8; NONCE_LEN],
        wrapped: &[u8; WRAPPED_KEY_LEN],
        aad: &Aad,
    ) -> Result<Self, EnvelopeError> {
        let (ciphertext, tag) = wrapped.split_at(DATA_KEY_LEN);
        let mut key = Self([0u8; DATA_KEY_LEN]);
        let tag = <&Tag>::try_from(tag).map_err(|_| EnvelopeError::Open)?;
        let buffer = aes_gcm_siv::aead::inout::InOutBuf::new(ciphertext, &mut key.0)
            .map_err(|_| EnvelopeError::Open)?;
        kek.decrypt_inout_detached(&Nonce::from(*nonce), aad.as_slice(), buffer, tag)
            .map_err(|_| EnvelopeError::Open)?;
        Ok(key)
    }
}

const _: () = assert!(WRAPPED_KEY_LEN == DATA_KEY_LEN + TAG_LEN);
