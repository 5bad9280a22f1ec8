//! Why an attestation document was refused, or could not be produced.

use std::time::Duration;

use alloy::primitives::{Address, B256};
use jiff::Timestamp;

/// Everything that can make the verifier refuse a document, or an attester fail to make one.
///
/// Each refusal names the check that failed. None of them is retryable as is: a refused document
/// must not be used, whatever the reason.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AttestationError {
    /// The bytes are not a Nitro-shaped COSE_Sign1 attestation document.
    #[error("malformed attestation document: {0}")]
    Malformed(String),

    /// The chain does not start at the pinned root.
    #[error(
        "the document's root certificate (SHA-256 {fingerprint}) is not the pinned root \
         {pinned}: refused; a DevAttester document is only accepted by a verifier pinned to that \
         dev root (`Verifier::pinned_root`)"
    )]
    UntrustedRoot {
        /// SHA-256 of the DER of the bundle's first certificate.
        fingerprint: B256,
        /// The fingerprint the verifier trusts.
        pinned: B256,
    },

    /// A certificate of the chain had expired at the verification time.
    #[error(
        "certificate `{certificate}` (depth {depth}, 0 is the leaf) expired at {not_after}, \
         before the verification time {at}: ask the node for a fresh attestation"
    )]
    Expired {
        /// The certificate's subject.
        certificate: String,
        /// Its place in the chain: 0 is the leaf, the root is the deepest.
        depth: usize,
        /// The end of its validity.
        not_after: Timestamp,
        /// The verification time.
        at: Timestamp,
    },

    /// A certificate of the chain was not yet valid at the verification time.
    #[error(
        "certificate `{certificate}` (depth {depth}, 0 is the leaf) is not valid before \
         {not_before}, after the verification time {at}: check the clock"
    )]
    NotYetValid {
        /// The certificate's subject.
        certificate: String,
        /// Its place in the chain: 0 is the leaf, the root is the deepest.
        depth: usize,
        /// The start of its validity.
        not_before: Timestamp,
        /// The verification time.
        at: Timestamp,
    },

    /// The certificate chain from the root to the leaf is broken.
    #[error("certificate chain broken at depth {depth} (0 is the leaf): {reason}")]
    BadChain {
        /// The certificate at fault: 0 is the leaf, the root is the deepest.
        depth: usize,
        /// What is wrong with it.
        reason: String,
    },

    /// The COSE signature does not verify with the leaf certificate's key.
    #[error(
        "the document's COSE signature does not verify with its leaf certificate's key: it was \
         altered, or not signed by that enclave"
    )]
    BadSignature,

    /// The document is older than the verifier's maximum age.
    #[error(
        "the document was made at {timestamp}, more than {max_age:?} before the verification \
         time {at}: ask the node for a fresh attestation"
    )]
    TooOld {
        /// The document's timestamp.
        timestamp: Timestamp,
        /// The verification time.
        at: Timestamp,
        /// The verifier's maximum age.
        max_age: Duration,
    },

    /// The document claims to have been made after the verification time.
    #[error(
        "the document claims to have been made at {timestamp}, after the verification time {at} \
         (beyond the allowed clock skew): check the clock"
    )]
    FromTheFuture {
        /// The document's timestamp.
        timestamp: Timestamp,
        /// The verification time.
        at: Timestamp,
    },

    /// The enclave image is not in the set the caller approved (the registry's approved set).
    #[error(
        "enclave measurement {measurement} is not approved (not in the registry's approved set): \
         the node runs an image nobody approved"
    )]
    MeasurementNotApproved {
        /// keccak256(PCR0 ‖ PCR1 ‖ PCR2) of the document.
        measurement: B256,
    },

    /// The enclave image is approved by the registry but not among the client's own pins.
    #[error(
        "enclave measurement {measurement} is approved by the registry but not pinned by this \
         client: pin it (`Verifier::pin_measurement`) once you have checked the image"
    )]
    MeasurementNotPinned {
        /// keccak256(PCR0 ‖ PCR1 ‖ PCR2) of the document.
        measurement: B256,
    },

    /// The document's nonce is not the one the client sent (a replayed document).
    #[error("the document's nonce is not the one this client sent: a replayed or foreign document")]
    NonceMismatch,

    /// The document lacks a field the client must bind (nonce, public key or user data).
    #[error("the document carries no {field}, so it cannot be bound to this session: refused")]
    MissingBinding {
        /// The missing field.
        field: &'static str,
    },

    /// The document's public key is not the node's registered key.
    #[error(
        "the document's public key is the key of {actual}, not of the expected node {expected}"
    )]
    KeyMismatch {
        /// The node the client expected.
        expected: Address,
        /// The address of the document's key.
        actual: Address,
    },

    /// The document's user data is not the HPKE public key the client expected.
    #[error(
        "the document's user data is not the expected HPKE public key: requests must not be \
         sealed to it"
    )]
    HpkeKeyMismatch,

    /// An attester could not produce a document.
    #[error("could not produce an attestation document: {0}")]
    Attester(String),
}

impl AttestationError {
    pub(crate) fn malformed(reason: impl Into<String>) -> Self {
        Self::Malformed(reason.into())
    }

    pub(crate) fn bad_chain(depth: usize, reason: impl Into<String>) -> Self {
        Self::BadChain { depth, reason: reason.into() }
    }
}
