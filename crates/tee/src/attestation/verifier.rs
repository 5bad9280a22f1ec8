//! The client-side verifier of attestation documents.

use std::collections::BTreeSet;
use std::time::Duration;

use alloy::primitives::{Address, B256, b256};
use jiff::{SignedDuration, Timestamp};
use subtle::ConstantTimeEq;

use super::chain::Chain;
use super::cose::CoseSign1;
use super::{AttestationDocument, AttestationError, Pcrs};

/// SHA-256 of the DER of the AWS Nitro Enclaves root certificate (CN=aws.nitro-enclaves),
/// as published by AWS.
pub const AWS_NITRO_ROOT_FINGERPRINT: B256 =
    b256!("641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b");

/// The default maximum age of a document: enough for a request's round trip and some clock
/// skew, short enough that a captured document is soon useless.
pub const DEFAULT_MAX_AGE: Duration = Duration::from_secs(5 * 60);

/// How far in the future a document's timestamp may be, for clock skew.
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(60);

/// Length of the HPKE (X25519) public key a node puts in `user_data`.
pub const HPKE_PUBLIC_KEY_LEN: usize = 32;

/// What a document must be bound to: the client's fresh nonce, the node it talks to, and the
/// HPKE key it is about to seal a request to.
#[derive(Clone, Copy, Debug)]
pub struct ExpectedBinding<'a> {
    /// The nonce the client sent with its attestation request.
    pub nonce: &'a [u8],
    /// The node's Ethereum address, as registered in the TeeRegistry.
    pub node: Address,
    /// The node's X25519 HPKE public key, which the document's `user_data` must equal.
    pub hpke_public_key: [u8; HPKE_PUBLIC_KEY_LEN],
}

/// What a verified document establishes. Only [`Verifier::verify`] makes one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct VerifiedAttestation {
    /// The node's address (from the document's secp256k1 `public_key`).
    pub node: Address,
    /// The node's HPKE public key (the document's `user_data`).
    pub hpke_public_key: [u8; HPKE_PUBLIC_KEY_LEN],
    /// The enclave measurement, `keccak256(PCR0 ‖ PCR1 ‖ PCR2)`.
    pub measurement: B256,
    /// All the PCRs of the document.
    pub pcrs: Pcrs,
    /// When the enclave made the document.
    pub timestamp: Timestamp,
    /// The enclave's module id.
    pub module_id: String,
}

/// Verifies attestation documents on the client, trusting nothing but its own configuration.
///
/// A document is accepted when, at the verification time the caller passes (no hidden clock):
/// 1. its CA bundle starts at the pinned root (compared by SHA-256 of the DER; the bundle's own
///    root is never trusted otherwise), each certificate is signed by the one above it with
///    names chained, issuers are CAs within their path length, and every certificate is valid;
/// 2. its COSE_Sign1 ES384 signature verifies with the leaf certificate's key;
/// 3. it is at most [`max_age`](Self::max_age) old;
/// 4. its measurement is in the caller's approved set (the registry's) **and**, if this verifier
///    pins measurements, among its pins (see [`pin_measurement`](Self::pin_measurement));
/// 5. its nonce, public key and user data are the ones the client expects.
///
/// ```
/// use memsync_tee::attestation::Verifier;
/// let verifier = Verifier::aws_nitro().max_age(std::time::Duration::from_secs(60));
/// # let _ = verifier;
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct Verifier {
    root: B256,
    pinned: BTreeSet<B256>,
    require_pins: bool,
    max_age: Duration,
}

impl Verifier {
    /// A verifier that trusts the AWS Nitro Enclaves root ([`AWS_NITRO_ROOT_FINGERPRINT`]).
    pub fn aws_nitro() -> Self {
        Self::pinned_root(AWS_NITRO_ROOT_FINGERPRINT)
    }

    /// A verifier that trusts the root whose DER has this SHA-256 fingerprint: a dev CA's
    /// ([`DevAttester::root_fingerprint`](super::DevAttester::root_fingerprint)), or another
    /// AWS partition's.
    pub fn pinned_root(fingerprint: B256) -> Self {
        Self {
            root: fingerprint,
            pinned: BTreeSet::new(),
            require_pins: false,
            max_age: DEFAULT_MAX_AGE,
        }
    }

    /// A verifier of AWS documents that accepts only these measurements (and only if the
    /// registry approves them too). An empty list refuses every document.
    pub fn aws_nitro_pinned(measurements: impl IntoIterator<Item = B256>) -> Self {
        Self::aws_nitro().pin_measurements(measurements).require_pinned_measurements()
    }

    /// Pins an enclave measurement.
    ///
    /// With no pins, the verifier accepts what the registry approves ("registry only"): whoever
    /// controls the registry's approvals controls which images this client talks to. With pins,
    /// a measurement must be both approved by the registry and pinned here, so a compromised
    /// registry cannot point the client at an image the client never checked.
    pub fn pin_measurement(mut self, measurement: B256) -> Self {
        self.pinned.insert(measurement);
        self
    }

    /// Pins several enclave measurements (see [`pin_measurement`](Self::pin_measurement)).
    pub fn pin_measurements(mut self, measurements: impl IntoIterator<Item = B256>) -> Self {
        self.pinned.extend(measurements);
        self
    }

    /// Requires pins: with this, an empty pin set refuses every document instead of meaning
    /// "registry only".
    pub fn require_pinned_measurements(mut self) -> Self {
        self.require_pins = true;
        self
    }

    /// The maximum age of a document at the verification time ([`DEFAULT_MAX_AGE`] unless set).
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = max_age;
        self
    }

    /// The fingerprint of the trusted root.
    pub fn root_fingerprint(&self) -> B256 {
        self.root
    }

    /// Checks what AWS vouches for, and nothing about the session: the chain from the pinned root
    /// to the leaf (names, CA constraints, signatures, validity of every certificate at `at`)
    /// and the document's COSE signature by the leaf.
    ///
    /// Usable on any document, including ones without nonce or user data. It does not check the
    /// document's age, measurement or bindings: [`verify`](Self::verify) does.
    pub fn verify_signature_and_chain(
        &self,
        document: &AttestationDocument,
        at: Timestamp,
    ) -> Result<(), AttestationError> {
        let chain = Chain::parse(document.cabundle(), document.certificate(), self.root)?;
        chain.check_validity(at)?;
        // The COSE signature before the chain signatures: it is one verification instead of
        // several, and the leaf key it uses is only trusted once the chain checks out below.
        let cose = document.cose();
        chain
            .leaf_key()?
            .verify(&CoseSign1::to_be_signed(&cose.protected, &cose.payload), &cose.signature)
            .map_err(|_| AttestationError::BadSignature)?;
        chain.check_signatures()
    }

    /// Verifies a document from a node for a session: see the [type docs](Self) for the checks.
    ///
    /// `approved` is the set of measurements the TeeRegistry approves (read by the caller);
    /// `at` is the verification time, normally now.
    pub fn verify(
        &self,
        document: &[u8],
        approved: &[B256],
        expected: &ExpectedBinding<'_>,
        at: Timestamp,
    ) -> Result<VerifiedAttestation, AttestationError> {
        let document = AttestationDocument::parse(document)?;
        self.verify_signature_and_chain(&document, at)?;

        let timestamp = document.timestamp();
        let age = at.duration_since(timestamp);
        if age < -SignedDuration::try_from(MAX_CLOCK_SKEW).unwrap_or(SignedDuration::ZERO) {
            return Err(AttestationError::FromTheFuture { timestamp, at });
        }
        if age > SignedDuration::try_from(self.max_age).unwrap_or(SignedDuration::MAX) {
            return Err(AttestationError::TooOld { timestamp, at, max_age: self.max_age });
        }

        let measurement = document.measurement();
        if !approved.contains(&measurement) {
            return Err(AttestationError::MeasurementNotApproved { measurement });
        }
        if (self.require_pins || !self.pinned.is_empty()) && !self.pinned.contains(&measurement) {
            return Err(AttestationError::MeasurementNotPinned { measurement });
        }

        let nonce = document.nonce().ok_or(AttestationError::MissingBinding { field: "nonce" })?;
        if !bool::from(nonce.ct_eq(expected.nonce)) {
            return Err(AttestationError::NonceMismatch);
        }
        let node = document.node_address()?;
        if node != expected.node {
            return Err(AttestationError::KeyMismatch { expected: expected.node, actual: node });
        }
        let user_data =
            document.user_data().ok_or(AttestationError::MissingBinding { field: "user_data" })?;
        if !bool::from(user_data.ct_eq(&expected.hpke_public_key)) {
            return Err(AttestationError::HpkeKeyMismatch);
        }

        Ok(VerifiedAttestation {
            node,
            hpke_public_key: expected.hpke_public_key,
            measurement,
            pcrs: document.pcrs().clone(),
            timestamp,
            module_id: document.module_id().to_owned(),
        })
    }
}
