//! The attestation document: a COSE_Sign1 whose payload is the Nitro attestation map.

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256};
use ciborium::Value;
use jiff::Timestamp;

use super::cose::{CoseSign1, decode_exact};
#[cfg(feature = "node")]
use super::cose::{ES384_PROTECTED, SIGNATURE_LEN};
use super::pcrs::{MAX_PCRS, PCR_LEN};
use super::{AttestationError, Pcrs};

/// The only PCR digest Nitro modules use.
pub(crate) const DIGEST_SHA384: &str = "SHA384";
/// The Nitro Secure Module's limit on `nonce`, `public_key` and `user_data`.
pub const MAX_BINDING_LEN: usize = 1024;
/// More certificates than any real bundle carries (AWS: root, regional, zonal, instance).
const MAX_CABUNDLE: usize = 8;

/// A parsed, **not yet verified** attestation document.
///
/// Parsing checks the shape only (COSE_Sign1 with ES384, every field of the Nitro payload with
/// its type). Nothing in it can be trusted before a [`Verifier`](super::Verifier) accepted it;
/// the fields are read-only so a verified document cannot be edited afterwards.
#[derive(Clone, Debug)]
pub struct AttestationDocument {
    module_id: String,
    timestamp_ms: u64,
    pcrs: Pcrs,
    certificate: Vec<u8>,
    cabundle: Vec<Vec<u8>>,
    public_key: Option<Vec<u8>>,
    user_data: Option<Vec<u8>>,
    nonce: Option<Vec<u8>>,
    cose: CoseSign1,
}

impl AttestationDocument {
    /// Parses a document: COSE_Sign1 (tag 18 optional) around the CBOR map `module_id`,
    /// `digest`, `timestamp`, `pcrs`, `certificate`, `cabundle`, `public_key`, `user_data`,
    /// `nonce`.
    pub fn parse(bytes: &[u8]) -> Result<Self, AttestationError> {
        let cose = CoseSign1::decode(bytes)?;
        let Value::Map(entries) = decode_exact(&cose.payload, "the payload")? else {
            return Err(AttestationError::malformed("the payload is not a CBOR map"));
        };
        let mut fields = BTreeMap::new();
        for (key, value) in entries {
            let Value::Text(key) = key else {
                return Err(AttestationError::malformed("a payload key is not text"));
            };
            if fields.contains_key(&key) {
                return Err(AttestationError::malformed(format!(
                    "payload field `{key}` appears twice"
                )));
            }
            fields.insert(key, value);
        }
        if fields.len() > 16 {
            return Err(AttestationError::malformed("the payload has too many fields"));
        }
        let mut take = |name: &'static str| fields.remove(name);

        let module_id = match take("module_id") {
            Some(Value::Text(id)) if !id.is_empty() => id,
            _ => return Err(missing("module_id", "non-empty text")),
        };
        match take("digest") {
            Some(Value::Text(digest)) if digest == DIGEST_SHA384 => {}
            Some(Value::Text(digest)) => {
                return Err(AttestationError::malformed(format!(
                    "PCR digest `{digest}`, expected {DIGEST_SHA384}"
                )));
            }
            _ => return Err(missing("digest", "text")),
        }
        let timestamp_ms = match take("timestamp") {
            Some(Value::Integer(ms)) => u64::try_from(ms)
                .ok()
                .filter(|ms| *ms > 0 && Timestamp::from_millisecond(*ms as i64).is_ok())
                .ok_or_else(|| AttestationError::malformed("the timestamp is out of range"))?,
            _ => return Err(missing("timestamp", "an unsigned integer (ms)")),
        };
        let pcrs = match take("pcrs") {
            Some(Value::Map(pcrs)) => parse_pcrs(pcrs)?,
            _ => return Err(missing("pcrs", "a map")),
        };
        let certificate = match take("certificate") {
            Some(Value::Bytes(der)) if !der.is_empty() => der,
            _ => return Err(missing("certificate", "bytes (DER)")),
        };
        let cabundle = match take("cabundle") {
            Some(Value::Array(certs)) if !certs.is_empty() && certs.len() <= MAX_CABUNDLE => certs
                .into_iter()
                .map(|cert| match cert {
                    Value::Bytes(der) if !der.is_empty() => Ok(der),
                    _ => Err(missing("cabundle", "an array of DER certificates")),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => {
                return Err(missing("cabundle", "an array of 1 to 8 DER certificates, root first"));
            }
        };
        let public_key = optional_bytes(take("public_key"), "public_key")?;
        let user_data = optional_bytes(take("user_data"), "user_data")?;
        let nonce = optional_bytes(take("nonce"), "nonce")?;
        Ok(Self {
            module_id,
            timestamp_ms,
            pcrs,
            certificate,
            cabundle,
            public_key,
            user_data,
            nonce,
            cose,
        })
    }

    /// The module that made the document (a Nitro enclave id, or `memsync-dev-INSECURE-…`).
    pub fn module_id(&self) -> &str {
        &self.module_id
    }

    /// When the document was made, to the millisecond.
    pub fn timestamp(&self) -> Timestamp {
        // Checked at parse time to be in range.
        Timestamp::from_millisecond(self.timestamp_ms as i64).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// When the document was made, in milliseconds since the Unix epoch.
    pub fn timestamp_millis(&self) -> u64 {
        self.timestamp_ms
    }

    /// The enclave's PCRs.
    pub fn pcrs(&self) -> &Pcrs {
        &self.pcrs
    }

    /// The enclave measurement, `keccak256(PCR0 ‖ PCR1 ‖ PCR2)`.
    pub fn measurement(&self) -> B256 {
        self.pcrs.measurement()
    }

    /// The leaf certificate (DER) whose key signed the document.
    pub fn certificate(&self) -> &[u8] {
        &self.certificate
    }

    /// The CA bundle (DER), root first, down to the leaf's issuer.
    pub fn cabundle(&self) -> &[Vec<u8>] {
        &self.cabundle
    }

    /// The public key the enclave put in the document (for MemSync: its secp256k1 node key).
    pub fn public_key(&self) -> Option<&[u8]> {
        self.public_key.as_deref()
    }

    /// The user data the enclave put in the document (for MemSync: its X25519 HPKE key).
    pub fn user_data(&self) -> Option<&[u8]> {
        self.user_data.as_deref()
    }

    /// The nonce the enclave was asked to include.
    pub fn nonce(&self) -> Option<&[u8]> {
        self.nonce.as_deref()
    }

    /// The Ethereum address of `public_key`, a SEC1 secp256k1 point (65 bytes uncompressed, or 33
    /// compressed): the last 20 bytes of keccak256 of the uncompressed point without its prefix.
    pub fn node_address(&self) -> Result<Address, AttestationError> {
        let key =
            self.public_key().ok_or(AttestationError::MissingBinding { field: "public_key" })?;
        let point = k256::PublicKey::from_sec1_bytes(key).map_err(|_| {
            AttestationError::malformed("public_key is not a SEC1 secp256k1 public key")
        })?;
        let uncompressed =
            k256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&point, false);
        Ok(Address::from_raw_public_key(&uncompressed.as_bytes()[1..]))
    }

    pub(crate) fn cose(&self) -> &CoseSign1 {
        &self.cose
    }
}

/// The fields of a payload to encode (for the dev attester).
#[cfg(feature = "node")]
pub(crate) struct PayloadFields<'a> {
    pub(crate) module_id: &'a str,
    pub(crate) timestamp_ms: u64,
    pub(crate) pcrs: &'a Pcrs,
    pub(crate) certificate: &'a [u8],
    pub(crate) cabundle: &'a [&'a [u8]],
    pub(crate) public_key: Option<&'a [u8]>,
    pub(crate) user_data: Option<&'a [u8]>,
    pub(crate) nonce: Option<&'a [u8]>,
}

#[cfg(feature = "node")]
impl PayloadFields<'_> {
    /// The payload in the field order a Nitro module writes.
    pub(crate) fn encode(&self) -> Result<Vec<u8>, AttestationError> {
        let bytes_or_null =
            |bytes: Option<&[u8]>| bytes.map_or(Value::Null, |b| Value::Bytes(b.to_vec()));
        let text = |s: &str| Value::Text(s.to_owned());
        let map = Value::Map(vec![
            (text("module_id"), text(self.module_id)),
            (text("digest"), text(DIGEST_SHA384)),
            (text("timestamp"), Value::Integer(self.timestamp_ms.into())),
            (
                text("pcrs"),
                Value::Map(
                    self.pcrs
                        .iter()
                        .map(|(i, v)| (Value::Integer(i.into()), Value::Bytes(v.to_vec())))
                        .collect(),
                ),
            ),
            (text("certificate"), Value::Bytes(self.certificate.to_vec())),
            (
                text("cabundle"),
                Value::Array(self.cabundle.iter().map(|der| Value::Bytes(der.to_vec())).collect()),
            ),
            (text("public_key"), bytes_or_null(self.public_key)),
            (text("user_data"), bytes_or_null(self.user_data)),
            (text("nonce"), bytes_or_null(self.nonce)),
        ]);
        let mut out = Vec::new();
        ciborium::ser::into_writer(&map, &mut out).map_err(|e| {
            AttestationError::Attester(format!("could not encode the payload: {e}"))
        })?;
        Ok(out)
    }

    /// The COSE_Sign1 around `payload`, signed ES384 by `key`.
    #[cfg(feature = "node")]
    pub(crate) fn sign(payload: Vec<u8>, key: &p384::ecdsa::SigningKey) -> Vec<u8> {
        use p384::ecdsa::signature::Signer as _;
        let to_be_signed = CoseSign1::to_be_signed(&ES384_PROTECTED, &payload);
        let signature: p384::ecdsa::Signature = key.sign(&to_be_signed);
        let mut fixed = [0u8; SIGNATURE_LEN];
        fixed.copy_from_slice(&signature.to_bytes());
        CoseSign1 { protected: ES384_PROTECTED.to_vec(), payload, signature: fixed }.encode()
    }
}

fn parse_pcrs(entries: Vec<(Value, Value)>) -> Result<Pcrs, AttestationError> {
    if entries.len() > usize::from(MAX_PCRS) {
        return Err(AttestationError::malformed("more than 32 PCRs"));
    }
    let mut pcrs = BTreeMap::new();
    for (index, value) in entries {
        let index = match index {
            Value::Integer(i) => u8::try_from(i).ok().filter(|i| *i < MAX_PCRS),
            _ => None,
        }
        .ok_or_else(|| AttestationError::malformed("a PCR index is not an integer 0..31"))?;
        let Value::Bytes(value) = value else {
            return Err(AttestationError::malformed(format!("PCR{index} is not bytes")));
        };
        let value: [u8; PCR_LEN] = value.try_into().map_err(|v: Vec<u8>| {
            AttestationError::malformed(format!(
                "PCR{index} has {} bytes, expected {PCR_LEN} (SHA-384)",
                v.len()
            ))
        })?;
        if pcrs.insert(index, value).is_some() {
            return Err(AttestationError::malformed(format!("PCR{index} appears twice")));
        }
    }
    Pcrs::from_map(pcrs)
}

fn optional_bytes(
    value: Option<Value>,
    name: &'static str,
) -> Result<Option<Vec<u8>>, AttestationError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bytes(bytes)) if bytes.len() <= MAX_BINDING_LEN => Ok(Some(bytes)),
        Some(Value::Bytes(_)) => Err(AttestationError::malformed(format!(
            "{name} is longer than {MAX_BINDING_LEN} bytes"
        ))),
        Some(_) => Err(missing(name, "bytes or null")),
    }
}

fn missing(field: &str, expected: &str) -> AttestationError {
    AttestationError::malformed(format!("payload field `{field}` is missing or not {expected}"))
}
