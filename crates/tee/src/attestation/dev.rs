//! The INSECURE dev attester: Nitro-shaped documents signed by a local test CA.

use std::str::FromStr;
use std::time::Duration;

use alloy::primitives::B256;
use der::Encode;
use der::asn1::GeneralizedTime;
use jiff::Timestamp;
use p384::ecdsa::{DerSignature, SigningKey};
use rand_core::{OsRng, TryRngCore};
use sha2::{Digest, Sha384};
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::{Time, Validity};

use super::chain::root_fingerprint;
use super::document::{MAX_BINDING_LEN, PayloadFields};
use super::{AttestationError, Attester, DEV_MODULE_ID_PREFIX, Pcrs, Verifier};

/// How long a dev leaf certificate lives, like a Nitro one.
const LEAF_LIFETIME: Duration = Duration::from_secs(3 * 60 * 60);
/// How long before the document's time a leaf becomes valid (verifiers' clocks may lag).
const LEAF_BACKDATE: Duration = Duration::from_secs(5 * 60);
/// Fixed validity of the dev root and intermediate, so a seed always gives the same DER.
const CA_NOT_BEFORE: u64 = 1_577_836_800; // 2020-01-01T00:00:00Z
const CA_NOT_AFTER: u64 = 4_102_444_799; // 2099-12-31T23:59:59Z

/// **INSECURE.** Makes Nitro-shaped attestation documents with a local test CA, for tests and
/// local development only: it attests to nothing.
///
/// Anyone holding the seed (or this value) can sign documents claiming any PCRs, so a dev
/// document proves nothing about what runs where. Its documents say so: `module_id` starts with
/// [`DEV_MODULE_ID_PREFIX`], and the chain ends at a root (P-384, self-signed) that no verifier
/// trusts unless that root's fingerprint is pinned explicitly
/// ([`Verifier::pinned_root`] with [`root_fingerprint`](Self::root_fingerprint), or
/// [`verifier`](Self::verifier)); [`Verifier::aws_nitro`] refuses them. Construction logs a
/// warning.
///
/// The chain is root → intermediate → leaf; the root and the intermediate derive from a seed
/// (same seed, same DER, same fingerprint: a node process and a test agree on the root), and
/// each document gets a fresh, random leaf key and a three-hour leaf certificate.
pub struct DevAttester {
    root_der: Vec<u8>,
    intermediate_key: SigningKey,
    intermediate_der: Vec<u8>,
    intermediate_name: Name,
    pcrs: Pcrs,
    module_id: String,
}

impl DevAttester {
    /// A dev attester whose CA derives from `seed`, attesting `pcrs` (for instance
    /// [`Pcrs::dev_image`]).
    pub fn from_seed(seed: [u8; 32], pcrs: Pcrs) -> Result<Self, AttestationError> {
        let root_key = derive_key(&seed, "root");
        let intermediate_key = derive_key(&seed, "intermediate");
        let root_name = dev_name("root")?;
        let intermediate_name = dev_name("intermediate")?;
        let ca_validity = Validity {
            not_before: time(Duration::from_secs(CA_NOT_BEFORE))?,
            not_after: time(Duration::from_secs(CA_NOT_AFTER))?,
        };
        let root_der = issue(
            Profile::Root,
            derived_serial(&seed, "root"),
            ca_validity,
            root_name.clone(),
            &root_key,
            &root_key,
        )?;
        let intermediate_der = issue(
            Profile::SubCA { issuer: root_name.clone(), path_len_constraint: Some(0) },
            derived_serial(&seed, "intermediate"),
            ca_validity,
            intermediate_name.clone(),
            &intermediate_key,
            &root_key,
        )?;
        let fingerprint = root_fingerprint(&root_der);
        let module_id =
            format!("{DEV_MODULE_ID_PREFIX}-{}", &alloy::hex::encode(fingerprint)[..16]);
        tracing::warn!(
            root_fingerprint = %fingerprint,
            module_id = %module_id,
            "DevAttester is INSECURE: its documents are signed by a local test CA and attest to \
             nothing; never use it outside tests and local development"
        );
        Ok(Self {
            root_der,
            intermediate_key,
            intermediate_der,
            intermediate_name,
            pcrs,
            module_id,
        })
    }

    /// A dev attester with a random seed (a CA nobody else can reproduce).
    pub fn generate(pcrs: Pcrs) -> Result<Self, AttestationError> {
        let mut seed = [0u8; 32];
        OsRng
            .try_fill_bytes(&mut seed)
            .map_err(|e| AttestationError::Attester(format!("no randomness: {e}")))?;
        Self::from_seed(seed, pcrs)
    }

    /// The DER of the dev root certificate.
    pub fn root_der(&self) -> &[u8] {
        &self.root_der
    }

    /// SHA-256 of the dev root's DER: pin it with [`Verifier::pinned_root`].
    pub fn root_fingerprint(&self) -> B256 {
        root_fingerprint(&self.root_der)
    }

    /// A verifier pinned to this attester's root (registry-only measurements).
    pub fn verifier(&self) -> Verifier {
        Verifier::pinned_root(self.root_fingerprint())
    }

    /// The module id of this attester's documents (starts with [`DEV_MODULE_ID_PREFIX`]).
    pub fn module_id(&self) -> &str {
        &self.module_id
    }

    /// A document made at `at` (the trait's [`attest`](Attester::attest) uses the current
    /// time); tests use this to make documents of any age.
    pub fn attest_at(
        &self,
        at: Timestamp,
        nonce: Option<&[u8]>,
        public_key: &[u8],
        user_data: &[u8],
    ) -> Result<Vec<u8>, AttestationError> {
        self.document(&self.root_der, at, nonce, public_key, user_data)
    }

    fn document(
        &self,
        root_der: &[u8],
        at: Timestamp,
        nonce: Option<&[u8]>,
        public_key: &[u8],
        user_data: &[u8],
    ) -> Result<Vec<u8>, AttestationError> {
        for (name, bytes) in [
            ("nonce", nonce.unwrap_or_default()),
            ("public_key", public_key),
            ("user_data", user_data),
        ] {
            if bytes.len() > MAX_BINDING_LEN {
                return Err(AttestationError::Attester(format!(
                    "{name} is longer than {MAX_BINDING_LEN} bytes"
                )));
            }
        }
        let timestamp_ms = u64::try_from(at.as_millisecond())
            .map_err(|_| AttestationError::Attester("a time before 1970".into()))?;
        let leaf_key = random_key()?;
        let leaf_start = Duration::from_millis(timestamp_ms).saturating_sub(LEAF_BACKDATE);
        let leaf_der = issue(
            Profile::Leaf {
                issuer: self.intermediate_name.clone(),
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            random_serial()?,
            Validity {
                not_before: time(Duration::from_secs(leaf_start.as_secs()))?,
                not_after: time(leaf_start + LEAF_LIFETIME)?,
            },
            dev_name("enclave")?,
            &leaf_key,
            &self.intermediate_key,
        )?;
        let payload = PayloadFields {
            module_id: &self.module_id,
            timestamp_ms,
            pcrs: &self.pcrs,
            certificate: &leaf_der,
            cabundle: &[root_der, &self.intermediate_der],
            public_key: (!public_key.is_empty()).then_some(public_key),
            user_data: (!user_data.is_empty()).then_some(user_data),
            nonce,
        }
        .encode()?;
        Ok(PayloadFields::sign(payload, &leaf_key))
    }

    /// A document whose bundle claims `root_der` as its root while the rest of the chain is
    /// this attester's: what a forger pinning someone else's root would send.
    #[cfg(test)]
    pub(crate) fn attest_claiming_root(
        &self,
        root_der: &[u8],
        at: Timestamp,
    ) -> Result<Vec<u8>, AttestationError> {
        self.document(root_der, at, Some(b"nonce"), &[], &[])
    }
}

impl Attester for DevAttester {
    fn attest(
        &self,
        nonce: Option<&[u8]>,
        public_key: &[u8],
        user_data: &[u8],
    ) -> Result<Vec<u8>, AttestationError> {
        self.attest_at(Timestamp::now(), nonce, public_key, user_data)
    }

    fn pcrs(&self) -> Result<Pcrs, AttestationError> {
        Ok(self.pcrs.clone())
    }
}

impl std::fmt::Debug for DevAttester {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevAttester (INSECURE)")
            .field("root_fingerprint", &self.root_fingerprint())
            .field("module_id", &self.module_id)
            .field("pcrs", &self.pcrs)
            .finish_non_exhaustive()
    }
}

/// Issues a certificate for `subject_key`, signed by `issuer_key` (RFC 6979, so deterministic).
fn issue(
    profile: Profile,
    serial: SerialNumber,
    validity: Validity,
    subject: Name,
    subject_key: &SigningKey,
    issuer_key: &SigningKey,
) -> Result<Vec<u8>, AttestationError> {
    let failed = |e: &dyn std::fmt::Display| {
        AttestationError::Attester(format!("could not issue a dev certificate: {e}"))
    };
    let spki = SubjectPublicKeyInfoOwned::from_key(*subject_key.verifying_key())
        .map_err(|e| failed(&e))?;
    let builder = CertificateBuilder::new(profile, serial, validity, subject, spki, issuer_key)
        .map_err(|e| failed(&e))?;
    let certificate = builder.build::<DerSignature>().map_err(|e| failed(&e))?;
    certificate.to_der().map_err(|e| failed(&e))
}

fn dev_name(role: &str) -> Result<Name, AttestationError> {
    Name::from_str(&format!(
        "CN={DEV_MODULE_ID_PREFIX} {role},OU=NOT FOR PRODUCTION,O=MemSync dev attester"
    ))
    .map_err(|e| AttestationError::Attester(format!("bad dev name: {e}")))
}

fn time(since_epoch: Duration) -> Result<Time, AttestationError> {
    GeneralizedTime::from_unix_duration(since_epoch)
        .map(Time::GeneralTime)
        .map_err(|e| AttestationError::Attester(format!("bad certificate time: {e}")))
}

/// A P-384 key from the seed and a role. A digest is a valid scalar but for odds of about
/// 2^-190; the counter moves past such a digest.
fn derive_key(seed: &[u8; 32], role: &str) -> SigningKey {
    let mut counter = 0u32;
    loop {
        let digest = Sha384::new()
            .chain_update(b"memsync-dev-attester/v1/key\0")
            .chain_update(role.as_bytes())
            .chain_update(seed)
            .chain_update(counter.to_be_bytes())
            .finalize();
        if let Ok(key) = SigningKey::from_slice(&digest) {
            return key;
        }
        counter += 1;
    }
}

fn derived_serial(seed: &[u8; 32], role: &str) -> SerialNumber {
    let digest = Sha384::new()
        .chain_update(b"memsync-dev-attester/v1/serial\0")
        .chain_update(role.as_bytes())
        .chain_update(seed)
        .finalize();
    serial(digest[..16].try_into().unwrap_or([1; 16]))
}

fn random_serial() -> Result<SerialNumber, AttestationError> {
    let mut bytes = [0u8; 16];
    OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| AttestationError::Attester(format!("no randomness: {e}")))?;
    Ok(serial(bytes))
}

/// A positive, non-zero 16-byte serial.
fn serial(mut bytes: [u8; 16]) -> SerialNumber {
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    // 16 bytes with a set, non-sign top byte always make a valid serial.
    SerialNumber::new(&bytes).unwrap_or_else(|_| SerialNumber::from(1u32))
}

fn random_key() -> Result<SigningKey, AttestationError> {
    let mut bytes = zeroize::Zeroizing::new([0u8; 48]);
    loop {
        OsRng
            .try_fill_bytes(bytes.as_mut())
            .map_err(|e| AttestationError::Attester(format!("no randomness: {e}")))?;
        if let Ok(key) = SigningKey::from_slice(bytes.as_ref()) {
            return Ok(key);
        }
    }
}
