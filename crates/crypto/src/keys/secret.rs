//! A 32-byte secret that wipes itself.

use core::fmt;

use hkdf::Hkdf;
use sha2::Sha256;
use subtle::{Choice, ConstantTimeEq};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// 32 secret bytes: zeroized on drop, redacted in `Debug`, compared in constant time.
#[derive(Zeroize, ZeroizeOnDrop)]
pub(crate) struct Secret32([u8; 32]);

impl Secret32 {
    pub(crate) const fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub(crate) const fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// HKDF-SHA256 (RFC 5869) with a 32-byte output.
    pub(crate) fn hkdf(salt: &[u8], ikm: &[u8], info: &[&[u8]]) -> Self {
        Self::hkdf_expand(&Hkdf::<Sha256>::new(Some(salt), ikm), info)
    }

    /// HKDF-Expand with a 32-byte output from an HKDF instance.
    pub(crate) fn hkdf_expand(hkdf: &Hkdf<Sha256>, info: &[&[u8]]) -> Self {
        let mut out = Self([0u8; 32]);
        hkdf.expand_multi_info(info, &mut out.0)
            .expect("32 bytes is below HKDF-SHA256's output limit of 255 * 32");
        out
    }
}

impl ConstantTimeEq for Secret32 {
    fn ct_eq(&self, other: &Self) -> Choice {
        self.0.ct_eq(&other.0)
    }
}

impl fmt::Debug for Secret32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret32(<redacted>)")
    }
}
