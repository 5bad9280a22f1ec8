//! The certificate chain of a document: pinned root → intermediates → leaf.
//!
//! Depths count from the leaf (0) up to the root, as in OpenSSL's messages.

use alloy::primitives::B256;
use der::asn1::ObjectIdentifier;
use der::oid::db::rfc5912::{
    ECDSA_WITH_SHA_256, ECDSA_WITH_SHA_384, ID_EC_PUBLIC_KEY, SECP_256_R_1, SECP_384_R_1,
};
use der::{Decode, Reader, SliceReader};
use jiff::Timestamp;
use ring::signature::{self as ring_sig, UnparsedPublicKey};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage};
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::Time;

use super::AttestationError;

/// SHA-256 of a certificate's DER: how roots are pinned.
pub fn root_fingerprint(der: &[u8]) -> B256 {
    B256::from(<[u8; 32]>::from(Sha256::digest(der)))
}

/// One parsed certificate of the chain.
struct Link<'a> {
    cert: Certificate,
    /// The DER of the `tbsCertificate`, as received: what the issuer signed.
    tbs: &'a [u8],
    depth: usize,
}

/// A chain whose root matched the pin and whose certificates parsed, chained by name and carry
/// the CA constraints. Validity and signatures are checked separately, cheapest first.
pub(crate) struct Chain<'a> {
    /// Root first, leaf last.
    links: Vec<Link<'a>>,
}

impl<'a> Chain<'a> {
    /// Checks the pin, parses every certificate and checks names and CA constraints.
    pub(crate) fn parse(
        cabundle: &'a [Vec<u8>],
        leaf: &'a [u8],
        pinned_root: B256,
    ) -> Result<Self, AttestationError> {
        let root = cabundle.first().ok_or(AttestationError::malformed("the CA bundle is empty"))?;
        let fingerprint = root_fingerprint(root);
        if fingerprint != pinned_root {
            return Err(AttestationError::UntrustedRoot { fingerprint, pinned: pinned_root });
        }
        let ders = cabundle.iter().map(Vec::as_slice).chain([leaf]);
        let count = cabundle.len() + 1;
        let links = ders
            .enumerate()
            .map(|(i, der)| {
                let depth = count - 1 - i;
                let cert = Certificate::from_der(der).map_err(|e| {
                    AttestationError::bad_chain(depth, format!("not a DER X.509 certificate: {e}"))
                })?;
                let tbs = tbs_bytes(der).map_err(|e| {
                    AttestationError::bad_chain(depth, format!("unreadable tbsCertificate: {e}"))
                })?;
                Ok(Link { cert, tbs, depth })
            })
            .collect::<Result<Vec<_>, AttestationError>>()?;
        let chain = Self { links };
        chain.check_structure()?;
        Ok(chain)
    }

    /// Every certificate must be valid at `at`, checked from the root down.
    pub(crate) fn check_validity(&self, at: Timestamp) -> Result<(), AttestationError> {
        for link in &self.links {
            let validity = &link.cert.tbs_certificate.validity;
            let not_before = to_timestamp(validity.not_before, link.depth)?;
            let not_after = to_timestamp(validity.not_after, link.depth)?;
            if at < not_before {
                return Err(AttestationError::NotYetValid {
                    certificate: link.subject(),
                    depth: link.depth,
                    not_before,
                    at,
                });
            }
            // X.509 validity is inclusive, to the second.
            if at >= not_after + jiff::SignedDuration::from_secs(1) {
                return Err(AttestationError::Expired {
                    certificate: link.subject(),
                    depth: link.depth,
                    not_after,
                    at,
                });
            }
        }
        Ok(())
    }

    /// Each certificate must be signed by the one above it (the pinned root is trusted as is).
    pub(crate) fn check_signatures(&self) -> Result<(), AttestationError> {
        for pair in self.links.windows(2) {
            let [issuer, subject] = pair else { continue };
            verify_signed_by(subject, &issuer.cert)
                .map_err(|reason| AttestationError::bad_chain(subject.depth, reason))?;
        }
        Ok(())
    }

    /// The leaf's P-384 key, for the COSE signature (ES384: `r ‖ s`, SHA-384).
    pub(crate) fn leaf_key(&self) -> Result<UnparsedPublicKey<&[u8]>, AttestationError> {
        let leaf = self.links.last().ok_or(AttestationError::malformed("no leaf certificate"))?;
        match ec_key(&leaf.cert.tbs_certificate.subject_public_key_info) {
            Ok((Curve::P384, point)) => {
                Ok(UnparsedPublicKey::new(&ring_sig::ECDSA_P384_SHA384_FIXED, point))
            }
            _ => Err(AttestationError::bad_chain(
                0,
                "the leaf key is not a P-384 key, which ES384 requires",
            )),
        }
    }

    /// Names chain, CAs are CAs (within their path length), critical extensions are understood.
    fn check_structure(&self) -> Result<(), AttestationError> {
        let last = self.links.len() - 1;
        for (i, link) in self.links.iter().enumerate() {
            let tbs = &link.cert.tbs_certificate;
            let fail = |reason: String| AttestationError::bad_chain(link.depth, reason);
            if link.cert.signature_algorithm != tbs.signature {
                return Err(fail("the signature algorithm differs inside and outside".into()));
            }
            let mut basic = None;
            let mut usage = None;
            for ext in tbs.extensions.iter().flatten() {
                let value = ext.extn_value.as_bytes();
                if ext.extn_id == <BasicConstraints as der::oid::AssociatedOid>::OID {
                    let parsed = BasicConstraints::from_der(value)
                        .map_err(|e| fail(format!("bad basicConstraints: {e}")))?;
                    if basic.replace(parsed).is_some() {
                        return Err(fail("basicConstraints appears twice".into()));
                    }
                } else if ext.extn_id == <KeyUsage as der::oid::AssociatedOid>::OID {
                    let parsed = KeyUsage::from_der(value)
                        .map_err(|e| fail(format!("bad keyUsage: {e}")))?;
                    if usage.replace(parsed).is_some() {
                        return Err(fail("keyUsage appears twice".into()));
                    }
                } else if ext.critical {
                    return Err(fail(format!("unsupported critical extension {}", ext.extn_id)));
                }
            }
            if i == last {
                if usage.is_some_and(|usage| !usage.digital_signature()) {
                    return Err(fail("the leaf's keyUsage does not allow digitalSignature".into()));
                }
            } else {
                // A CA: it must say so, may sign certificates, and allows `below` more CAs.
                let below = last - i - 1;
                match basic {
                    Some(BasicConstraints { ca: true, path_len_constraint }) => {
                        if path_len_constraint.is_some_and(|max| usize::from(max) < below) {
                            return Err(fail(format!(
                                "pathLenConstraint allows fewer than the {below} CA certificate(s) \
                                 below it"
                            )));
                        }
                    }
                    _ => {
                        return Err(fail(
                            "an issuing certificate is not a CA (basicConstraints)".into(),
                        ));
                    }
                }
                if usage.is_some_and(|usage| !usage.key_cert_sign()) {
                    return Err(fail("an issuing certificate's keyUsage lacks keyCertSign".into()));
                }
                let child = &self.links[i + 1];
                if child.cert.tbs_certificate.issuer != tbs.subject {
                    return Err(AttestationError::bad_chain(
                        child.depth,
                        format!(
                            "issued by `{}`, but the certificate above it is `{}`",
                            child.cert.tbs_certificate.issuer, tbs.subject
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Link<'_> {
    fn subject(&self) -> String {
        self.cert.tbs_certificate.subject.to_string()
    }
}

/// The curves a chain may use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Curve {
    P256,
    P384,
}

/// The curve and SEC1 point of an EC public key (the point is checked when it is used).
fn ec_key(spki: &SubjectPublicKeyInfoOwned) -> Result<(Curve, &[u8]), String> {
    if spki.algorithm.oid != ID_EC_PUBLIC_KEY {
        return Err(format!("the key is not an EC key but {}", spki.algorithm.oid));
    }
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|params| params.decode_as::<ObjectIdentifier>().ok())
        .ok_or("the EC key names no curve")?;
    let curve = match curve {
        SECP_384_R_1 => Curve::P384,
        SECP_256_R_1 => Curve::P256,
        other => return Err(format!("unsupported curve {other}")),
    };
    let point =
        spki.subject_public_key.as_bytes().ok_or("the key bit string is not whole bytes")?;
    Ok((curve, point))
}

/// Checks `subject`'s signature with `issuer`'s key: ECDSA P-384/SHA-384, or P-256/SHA-256.
///
/// ring does the arithmetic: a verification costs a fraction of what the pure-Rust curves cost
/// in debug builds, which keeps exhaustive tamper tests fast.
fn verify_signed_by(subject: &Link<'_>, issuer: &Certificate) -> Result<(), String> {
    let algorithm = &subject.cert.signature_algorithm;
    if algorithm.parameters.is_some() {
        return Err("ECDSA signature algorithms take no parameters".into());
    }
    let signature =
        subject.cert.signature.as_bytes().ok_or("the signature bit string is not whole bytes")?;
    let (curve, point) = ec_key(&issuer.tbs_certificate.subject_public_key_info)
        .map_err(|e| format!("unusable issuer key: {e}"))?;
    let ring_algorithm = match (algorithm.oid, curve) {
        (ECDSA_WITH_SHA_384, Curve::P384) => &ring_sig::ECDSA_P384_SHA384_ASN1,
        (ECDSA_WITH_SHA_256, Curve::P256) => &ring_sig::ECDSA_P256_SHA256_ASN1,
        (ECDSA_WITH_SHA_384 | ECDSA_WITH_SHA_256, _) => {
            return Err(format!(
                "signed with {} by an issuer key on the other curve (P-384 goes with SHA-384, \
                 P-256 with SHA-256)",
                algorithm.oid
            ));
        }
        (other, _) => {
            return Err(format!(
                "unsupported signature algorithm {other} (ECDSA with SHA-384 or SHA-256 only)"
            ));
        }
    };
    UnparsedPublicKey::new(ring_algorithm, point).verify(subject.tbs, signature).map_err(|_| {
        "the issuer's signature does not verify: the certificate was altered or forged".into()
    })
}

/// The raw `tbsCertificate` TLV inside a certificate's DER.
fn tbs_bytes(der: &[u8]) -> der::Result<&[u8]> {
    let mut reader = SliceReader::new(der)?;
    reader.sequence(|outer| {
        outer.tlv_bytes().and_then(|tbs| {
            // Skip the signature algorithm and value; `Certificate::from_der` checked them.
            outer.read_slice(outer.remaining_len())?;
            Ok(tbs)
        })
    })
}

fn to_timestamp(time: Time, depth: usize) -> Result<Timestamp, AttestationError> {
    i64::try_from(time.to_unix_duration().as_secs())
        .ok()
        .and_then(|secs| Timestamp::from_second(secs).ok())
        .ok_or_else(|| AttestationError::bad_chain(depth, "validity time out of range"))
}
