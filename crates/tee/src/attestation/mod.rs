//! Attestation documents, their verifier, and attesters.
//!
//! A TEE node proves what it runs with an attestation document in the AWS Nitro format: a
//! COSE_Sign1 structure (RFC 9052, ES384) whose payload is a CBOR map of the enclave's PCRs, a
//! timestamp, the signing certificate and its CA bundle, and three caller-chosen fields. MemSync
//! fills them as follows: `nonce` is the client's fresh challenge, `public_key` the node's
//! secp256k1 key (whose Ethereum address is registered in the TeeRegistry), and `user_data` the
//! node's X25519 HPKE key that requests are sealed to.
//!
//! # The trust chain
//!
//! The client trusts one thing a priori: a **root certificate, pinned by the SHA-256 of its
//! DER** (the AWS Nitro Enclaves root, [`AWS_NITRO_ROOT_FINGERPRINT`], in production). From it:
//!
//! 1. root → regional → zonal → instance CA → leaf: each certificate of the bundle is signed by
//!    the one above it, issuers are CAs, and all are valid at the verification time. The
//!    bundle's first certificate is compared with the pin, never trusted because it is there.
//! 2. The leaf's P-384 key signed the document (COSE ES384): AWS's Nitro hypervisor holds that
//!    key, so the PCRs, timestamp and fields are what the Nitro Secure Module saw.
//! 3. The PCRs fix the image: its [`measurement`] (`keccak256(PCR0 ‖ PCR1 ‖ PCR2)`) must be
//!    approved by the TeeRegistry and, if the client pins measurements, pinned by the client.
//! 4. The fields bind the document to this session: the client's nonce (freshness, with a
//!    maximum age), the node's registered address (`public_key`) and the HPKE key the client
//!    seals to (`user_data`). Only the enclave holds the private halves: the image approved in
//!    step 3 never lets them out.
//!
//! [`Verifier`] does all of this with an explicit time and returns a [`VerifiedAttestation`].
//! Attesters produce documents: `NitroAttester` (feature `nitro`) inside a real enclave, and
//! [`DevAttester`], an INSECURE local CA for tests and development, whose documents only a
//! verifier pinned to its root accepts.

#[cfg(feature = "node")]
mod attester;
mod chain;
mod cose;
#[cfg(feature = "node")]
mod dev;
mod document;
mod error;
#[cfg(feature = "nitro")]
mod nitro;
mod pcrs;
mod verifier;

#[cfg(feature = "node")]
pub use attester::Attester;
pub use chain::root_fingerprint;
#[cfg(feature = "node")]
pub use dev::DevAttester;
pub use document::{AttestationDocument, MAX_BINDING_LEN};
pub use error::AttestationError;
#[cfg(feature = "nitro")]
pub use nitro::{NSM_DEVICE, NitroAttester};
pub use pcrs::{MAX_PCRS, PCR_LEN, Pcrs, measurement};
pub use verifier::{
    AWS_NITRO_ROOT_FINGERPRINT, DEFAULT_MAX_AGE, ExpectedBinding, HPKE_PUBLIC_KEY_LEN,
    MAX_CLOCK_SKEW, VerifiedAttestation, Verifier,
};

/// The prefix of every dev document's `module_id`.
pub const DEV_MODULE_ID_PREFIX: &str = "memsync-dev-INSECURE";

#[cfg(all(test, feature = "node"))]
mod tests;
