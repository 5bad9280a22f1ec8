//! What produces attestation documents inside a node.

use super::{AttestationError, Pcrs};

/// A source of attestation documents: the Nitro Secure Module in production (`NitroAttester`,
/// feature `nitro`), or the insecure
/// [`DevAttester`](super::DevAttester) for tests and local development.
pub trait Attester: Send + Sync {
    /// A signed document (COSE_Sign1 bytes) carrying `nonce` (the client's challenge),
    /// `public_key` (for MemSync: the node's secp256k1 key, SEC1) and `user_data` (for MemSync:
    /// the node's 32-byte X25519 HPKE key). Empty `public_key` or `user_data` are left out.
    fn attest(
        &self,
        nonce: Option<&[u8]>,
        public_key: &[u8],
        user_data: &[u8],
    ) -> Result<Vec<u8>, AttestationError>;

    /// The PCRs the documents of this attester carry (what the registry must approve).
    fn pcrs(&self) -> Result<Pcrs, AttestationError>;
}
