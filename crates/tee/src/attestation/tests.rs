//! Tests against a real AWS Nitro document (testdata/README.md) and the dev attester.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, address, b256, hex, keccak256};
use alloy::signers::local::PrivateKeySigner;
use jiff::Timestamp;
use k256::elliptic_curve::sec1::ToEncodedPoint;

use super::cose::CoseSign1;
use super::document::PayloadFields;
use super::*;

const AWS_HEX: &str = include_str!("testdata/attestation-2024-11-30.cbor.hex");
const AWS_PCR0: &str = "ec74bfbe7f7445a6c7610e152935e028276f638042b74797b119648e13f7a3675796b721034c320f140ea001b41aeae2";
const AWS_PCR1: &str = "fa2593b59f3e4fc7daba5cbdddfd3449d67cd02d43bb1128885e8f38b914d081dccdb68fff6d5b7a76bcb866a18a74a3";
const AWS_PCR2: &str = "56ba201a72e36cd051e95e5c4724c899039b711770f4d9d4fe7a1de007119a10b364badcd35e90f728a5bdc910905723";
const AWS_NODE: Address = address!("0x3c32C4Ad111a12D7d3Af032cfFAff7789dfa555f");

fn aws_bytes() -> Vec<u8> {
    hex::decode(AWS_HEX.trim()).expect("fixture is hex")
}

fn aws_document() -> AttestationDocument {
    AttestationDocument::parse(&aws_bytes()).expect("fixture parses")
}

fn ts(s: &str) -> Timestamp {
    s.parse().expect("timestamp")
}

/// The document's own time.
fn aws_time() -> Timestamp {
    ts("2024-11-30T16:22:48.387Z")
}

fn refusal(result: Result<(), AttestationError>) -> AttestationError {
    result.expect_err("must be refused")
}

#[test]
fn aws_document_carries_the_checked_facts() {
    let doc = aws_document();
    assert_eq!(doc.module_id(), "i-0de38b2b6853cc9e8-enc0193685e7fee7d85");
    assert_eq!(doc.timestamp_millis(), 1_732_983_768_387);
    assert_eq!(doc.timestamp(), aws_time());
    assert_eq!(hex::encode(doc.pcrs().get(0).expect("PCR0")), AWS_PCR0);
    assert_eq!(hex::encode(doc.pcrs().get(1).expect("PCR1")), AWS_PCR1);
    assert_eq!(hex::encode(doc.pcrs().get(2).expect("PCR2")), AWS_PCR2);
    assert_eq!(doc.pcrs().iter().count(), 16);
    assert_eq!(doc.nonce(), None);
    assert_eq!(doc.user_data(), None);
    assert_eq!(doc.cabundle().len(), 4);
    assert_eq!(root_fingerprint(&doc.cabundle()[0]), AWS_NITRO_ROOT_FINGERPRINT);
    let public_key = doc.public_key().expect("public key");
    assert_eq!((public_key.len(), public_key[0]), (65, 0x04));
}

#[test]
fn aws_public_key_is_the_node_address() {
    assert_eq!(aws_document().node_address().expect("secp256k1 key"), AWS_NODE);
}

#[test]
fn measurement_is_keccak_of_the_three_boot_pcrs() {
    let concatenated = hex::decode(format!("{AWS_PCR0}{AWS_PCR1}{AWS_PCR2}")).expect("hex");
    assert_eq!(concatenated.len(), 144);
    let doc = aws_document();
    assert_eq!(measurement(doc.pcrs()), keccak256(&concatenated));
    assert_eq!(doc.measurement(), keccak256(&concatenated));
    // Other PCRs do not count.
    let more = doc.pcrs().clone().with(9, [1; PCR_LEN]).expect("index < 32");
    assert_eq!(measurement(&more), keccak256(&concatenated));
    assert!(Pcrs::new([0; 48], [0; 48], [0; 48]).with(32, [0; 48]).is_err());
}

#[test]
fn aws_document_verifies_at_its_own_time() {
    Verifier::aws_nitro()
        .verify_signature_and_chain(&aws_document(), aws_time())
        .expect("the AWS document verifies at its own time");
}

#[test]
fn aws_document_is_expired_today() {
    let at = ts("2026-11-23T00:00:00Z");
    let err = refusal(Verifier::aws_nitro().verify_signature_and_chain(&aws_document(), at));
    let AttestationError::Expired { certificate, depth, not_after, at: when } = &err else {
        panic!("expected Expired, got {err:?}");
    };
    // Checked from the root down: the regional CA (depth 3) is the first to have expired.
    assert_eq!(*depth, 3);
    assert!(certificate.contains("cbd82808fda8b44d.us-east-1.aws.nitro-enclaves"), "{certificate}");
    assert_eq!(*not_after, ts("2024-12-18T07:07:45Z"));
    assert_eq!(*when, at);
    let message = err.to_string();
    assert!(message.contains("expired") && message.contains(certificate.as_str()), "{message}");
}

#[test]
fn aws_leaf_validity_bounds_are_inclusive_to_the_second() {
    let verifier = Verifier::aws_nitro();
    let doc = aws_document();
    verifier.verify_signature_and_chain(&doc, ts("2024-11-30T19:22:48.999Z")).expect("last ms");
    let err = refusal(verifier.verify_signature_and_chain(&doc, ts("2024-11-30T19:22:49Z")));
    assert!(matches!(err, AttestationError::Expired { depth: 0, .. }), "{err:?}");
    let err = refusal(verifier.verify_signature_and_chain(&doc, ts("2024-11-30T16:22:44Z")));
    assert!(matches!(err, AttestationError::NotYetValid { depth: 0, .. }), "{err:?}");
    assert!(err.to_string().contains("i-0de38b2b6853cc9e8-enc0193685e7fee7d85"), "{err}");
}

#[test]
fn aws_document_is_refused_after_any_flipped_bit() {
    let original = aws_bytes();
    let verifier = Verifier::aws_nitro();
    let at = aws_time();
    let started = Instant::now();
    let check = |index: usize| {
        let mut bytes = original.clone();
        bytes[index] ^= 1 << (index % 8);
        let result = AttestationDocument::parse(&bytes)
            .and_then(|doc| verifier.verify_signature_and_chain(&doc, at));
        assert!(result.is_err(), "flipping bit {} of byte {index} was accepted", index % 8);
    };
    // Two threads: each flip costs about one P-384 verification.
    std::thread::scope(|scope| {
        let half = original.len() / 2;
        scope.spawn(move || (0..half).for_each(check));
        (half..original.len()).for_each(check);
    });
    // About 4,500 verifications; generous for a loaded machine.
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
}

#[test]
fn aws_document_is_refused_under_another_root() {
    let other = b256!("0000000000000000000000000000000000000000000000000000000000000001");
    let err = refusal(
        Verifier::pinned_root(other).verify_signature_and_chain(&aws_document(), aws_time()),
    );
    let AttestationError::UntrustedRoot { fingerprint, pinned } = err else {
        panic!("expected UntrustedRoot, got {err:?}");
    };
    assert_eq!((fingerprint, pinned), (AWS_NITRO_ROOT_FINGERPRINT, other));
}

#[test]
fn aws_payload_resigned_by_another_key_is_refused() {
    let doc = aws_document();
    let forger = p384::ecdsa::SigningKey::from_slice(&[0x42; 48]).expect("key");
    let forged = PayloadFields::sign(doc.cose().payload.clone(), &forger);
    let forged = AttestationDocument::parse(&forged).expect("well-formed");
    let err = refusal(Verifier::aws_nitro().verify_signature_and_chain(&forged, aws_time()));
    assert!(matches!(err, AttestationError::BadSignature), "{err:?}");
}

#[test]
fn aws_document_has_no_session_binding() {
    let doc = aws_document();
    let expected = ExpectedBinding { nonce: b"n", node: AWS_NODE, hpke_public_key: [0; 32] };
    let verifier = Verifier::aws_nitro();
    let err = verifier
        .verify(&aws_bytes(), &[doc.measurement()], &expected, aws_time())
        .expect_err("no nonce");
    assert!(matches!(err, AttestationError::MissingBinding { field: "nonce" }), "{err:?}");
    let err = verifier.verify(&aws_bytes(), &[], &expected, aws_time()).expect_err("unapproved");
    assert!(matches!(err, AttestationError::MeasurementNotApproved { .. }), "{err:?}");
}

#[test]
fn aws_cose_envelope_re_encodes_byte_for_byte() {
    assert_eq!(aws_document().cose().encode(), aws_bytes());
    let cose = CoseSign1::decode(&aws_bytes()).expect("decodes");
    assert_eq!(cose.protected, [0xa1, 0x01, 0x38, 0x22]);
}

// --- the dev attester ---

const SEED: [u8; 32] = [7; 32];
const HPKE: [u8; 32] = [0x5a; 32];
const NONCE: &[u8] = b"client challenge 0001";

struct Session {
    attester: DevAttester,
    node_key: Vec<u8>,
    node: Address,
    at: Timestamp,
}

fn session() -> Session {
    let secret = B256::repeat_byte(0x11);
    let node = PrivateKeySigner::from_bytes(&secret).expect("key").address();
    let node_key = k256::SecretKey::from_slice(secret.as_slice())
        .expect("key")
        .public_key()
        .to_encoded_point(false)
        .as_bytes()
        .to_vec();
    let attester =
        DevAttester::from_seed(SEED, Pcrs::dev_image("memsync-node test")).expect("dev CA");
    Session { attester, node_key, node, at: ts("2026-11-23T12:00:00.250Z") }
}

impl Session {
    fn document(&self) -> Vec<u8> {
        self.attester.attest_at(self.at, Some(NONCE), &self.node_key, &HPKE).expect("attests")
    }

    fn expected(&self) -> ExpectedBinding<'static> {
        ExpectedBinding { nonce: NONCE, node: self.node, hpke_public_key: HPKE }
    }

    fn measurement(&self) -> B256 {
        self.attester.pcrs().expect("pcrs").measurement()
    }

    fn verify_with(
        &self,
        verifier: &Verifier,
        document: &[u8],
        expected: &ExpectedBinding<'_>,
    ) -> Result<VerifiedAttestation, AttestationError> {
        verifier.verify(document, &[B256::ZERO, self.measurement()], expected, self.at)
    }
}

#[test]
fn dev_document_round_trips_with_its_bindings() {
    let s = session();
    let document = s.document();
    let verified = s
        .verify_with(&s.attester.verifier(), &document, &s.expected())
        .expect("a dev document verifies under its own pinned root");
    assert_eq!(verified.node, s.node);
    assert_eq!(verified.hpke_public_key, HPKE);
    assert_eq!(verified.measurement, Pcrs::dev_image("memsync-node test").measurement());
    assert_eq!(verified.pcrs, Pcrs::dev_image("memsync-node test"));
    assert_eq!(verified.timestamp, s.at);
    assert!(verified.module_id.starts_with("memsync-dev-INSECURE"), "{}", verified.module_id);
    let doc = AttestationDocument::parse(&document).expect("parses");
    assert_eq!(doc.nonce(), Some(NONCE));
    assert_eq!(doc.cabundle().len(), 2);
}

#[test]
fn dev_attester_is_reproducible_from_its_seed() {
    let pcrs = Pcrs::dev_image("x");
    let a = DevAttester::from_seed(SEED, pcrs.clone()).expect("dev CA");
    let b = DevAttester::from_seed(SEED, pcrs.clone()).expect("dev CA");
    let c = DevAttester::from_seed([8; 32], pcrs.clone()).expect("dev CA");
    let d = DevAttester::generate(pcrs).expect("dev CA");
    assert_eq!(a.root_der(), b.root_der());
    assert_eq!(a.root_fingerprint(), root_fingerprint(b.root_der()));
    assert_ne!(a.root_fingerprint(), c.root_fingerprint());
    assert_ne!(a.root_fingerprint(), d.root_fingerprint());
    assert!(format!("{a:?}").contains("INSECURE"));
}

#[test]
fn dev_attester_works_through_the_trait_at_the_current_time() {
    let s = session();
    let attester: &dyn Attester = &s.attester;
    let document = attester.attest(Some(NONCE), &s.node_key, &HPKE).expect("attests");
    let verified = s
        .attester
        .verifier()
        .verify(&document, &[s.measurement()], &s.expected(), Timestamp::now())
        .expect("fresh dev document verifies");
    assert_eq!(verified.node, s.node);
}

#[test]
fn wrong_nonce_is_refused() {
    let s = session();
    let expected = ExpectedBinding { nonce: b"another challenge", ..s.expected() };
    let err = s.verify_with(&s.attester.verifier(), &s.document(), &expected).expect_err("nonce");
    assert!(matches!(err, AttestationError::NonceMismatch), "{err:?}");
    let no_nonce = s.attester.attest_at(s.at, None, &s.node_key, &HPKE).expect("attests");
    let err = s.verify_with(&s.attester.verifier(), &no_nonce, &s.expected()).expect_err("none");
    assert!(matches!(err, AttestationError::MissingBinding { field: "nonce" }), "{err:?}");
}

#[test]
fn wrong_user_data_is_refused() {
    let s = session();
    let expected = ExpectedBinding { hpke_public_key: [0x5b; 32], ..s.expected() };
    let err = s.verify_with(&s.attester.verifier(), &s.document(), &expected).expect_err("hpke");
    assert!(matches!(err, AttestationError::HpkeKeyMismatch), "{err:?}");
    let short = s.attester.attest_at(s.at, Some(NONCE), &s.node_key, &HPKE[..31]).expect("attests");
    let err = s.verify_with(&s.attester.verifier(), &short, &s.expected()).expect_err("short");
    assert!(matches!(err, AttestationError::HpkeKeyMismatch), "{err:?}");
}

#[test]
fn wrong_node_key_is_refused() {
    let s = session();
    let other = address!("0x00000000000000000000000000000000000000aa");
    let expected = ExpectedBinding { node: other, ..s.expected() };
    let err = s.verify_with(&s.attester.verifier(), &s.document(), &expected).expect_err("key");
    let AttestationError::KeyMismatch { expected, actual } = err else {
        panic!("expected KeyMismatch, got {err:?}");
    };
    assert_eq!((expected, actual), (other, s.node));
}

#[test]
fn unapproved_measurement_is_refused() {
    let s = session();
    let err = s
        .attester
        .verifier()
        .verify(&s.document(), &[B256::ZERO], &s.expected(), s.at)
        .expect_err("unapproved");
    let AttestationError::MeasurementNotApproved { measurement } = err else {
        panic!("expected MeasurementNotApproved, got {err:?}");
    };
    assert_eq!(measurement, s.measurement());
}

#[test]
fn unpinned_measurement_is_refused_when_the_client_pins() {
    let s = session();
    let document = s.document();
    let pinned_elsewhere = s.attester.verifier().pin_measurement(B256::repeat_byte(9));
    let err = s.verify_with(&pinned_elsewhere, &document, &s.expected()).expect_err("unpinned");
    assert!(matches!(err, AttestationError::MeasurementNotPinned { .. }), "{err:?}");
    // Requiring pins with none pinned refuses everything.
    let strict = s.attester.verifier().require_pinned_measurements();
    let err = s.verify_with(&strict, &document, &s.expected()).expect_err("no pins");
    assert!(matches!(err, AttestationError::MeasurementNotPinned { .. }), "{err:?}");
    // Pinned and approved: accepted.
    let pinned = strict.pin_measurements([s.measurement()]);
    s.verify_with(&pinned, &document, &s.expected()).expect("pinned and approved");
    // Pinned but not approved by the registry: refused.
    let err = pinned.verify(&document, &[], &s.expected(), s.at).expect_err("unapproved");
    assert!(matches!(err, AttestationError::MeasurementNotApproved { .. }), "{err:?}");
}

#[test]
fn dev_document_is_refused_by_the_aws_verifier() {
    let s = session();
    for verifier in [Verifier::aws_nitro(), Verifier::aws_nitro_pinned([s.measurement()])] {
        let err = s.verify_with(&verifier, &s.document(), &s.expected()).expect_err("dev doc");
        let AttestationError::UntrustedRoot { fingerprint, pinned } = &err else {
            panic!("expected UntrustedRoot, got {err:?}");
        };
        assert_eq!(
            (*fingerprint, *pinned),
            (s.attester.root_fingerprint(), AWS_NITRO_ROOT_FINGERPRINT)
        );
        assert!(err.to_string().contains("DevAttester"), "{err}");
    }
}

#[test]
fn document_of_another_ca_is_refused() {
    let s = session();
    let other = DevAttester::from_seed([9; 32], Pcrs::dev_image("memsync-node test")).expect("CA");
    // Same PCRs, same names, another CA: the root does not match the pin.
    let foreign = other.attest_at(s.at, Some(NONCE), &s.node_key, &HPKE).expect("attests");
    let err = s.verify_with(&s.attester.verifier(), &foreign, &s.expected()).expect_err("foreign");
    assert!(matches!(err, AttestationError::UntrustedRoot { .. }), "{err:?}");
    // The forger copies the pinned root into its bundle: the chain breaks under it.
    let forged = other.attest_claiming_root(s.attester.root_der(), s.at).expect("attests");
    let doc = AttestationDocument::parse(&forged).expect("well-formed");
    let err = refusal(s.attester.verifier().verify_signature_and_chain(&doc, s.at));
    let AttestationError::BadChain { depth, reason } = &err else {
        panic!("expected BadChain, got {err:?}");
    };
    assert_eq!(*depth, 1, "{reason}");
    assert!(reason.contains("does not verify"), "{reason}");
}

#[test]
fn stale_and_future_documents_are_refused() {
    let s = session();
    let document = s.document();
    let later = s.at + jiff::SignedDuration::from_secs(301);
    let err = s.attester.verifier().verify(&document, &[s.measurement()], &s.expected(), later);
    assert!(matches!(err, Err(AttestationError::TooOld { .. })), "{err:?}");
    let lenient = s.attester.verifier().max_age(Duration::from_secs(3600));
    lenient.verify(&document, &[s.measurement()], &s.expected(), later).expect("within max age");
    // Past the three-hour leaf, the certificate has expired whatever the max age.
    let much_later = s.at + jiff::SignedDuration::from_hours(4);
    let err = lenient.verify(&document, &[s.measurement()], &s.expected(), much_later);
    assert!(matches!(err, Err(AttestationError::Expired { depth: 0, .. })), "{err:?}");
    // A verifier's clock may lag by up to a minute; two minutes is refused.
    let lagging = s.at - jiff::SignedDuration::from_secs(59);
    s.attester
        .verifier()
        .verify(&document, &[s.measurement()], &s.expected(), lagging)
        .expect("skew");
    let earlier = s.at - jiff::SignedDuration::from_mins(2);
    let err = s.attester.verifier().verify(&document, &[s.measurement()], &s.expected(), earlier);
    assert!(matches!(err, Err(AttestationError::FromTheFuture { .. })), "{err:?}");
}

#[test]
fn dev_document_is_refused_after_a_flipped_payload_or_signature_bit() {
    let s = session();
    let document = s.document();
    let verifier = s.attester.verifier();
    // A sample across the whole document (the AWS test flips every byte).
    for index in (0..document.len()).step_by(37).chain([document.len() - 1]) {
        let mut bytes = document.clone();
        bytes[index] ^= 0x80;
        assert!(
            s.verify_with(&verifier, &bytes, &s.expected()).is_err(),
            "flipped byte {index} accepted"
        );
    }
}
