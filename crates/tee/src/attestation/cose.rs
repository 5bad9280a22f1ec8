//! The COSE_Sign1 envelope (RFC 9052) of an attestation document, with ES384 only.
//!
//! Hand-written over `ciborium` values: a Nitro document uses a fixed, tiny subset of COSE (one
//! protected header, `alg: ES384`, no external data), and the Sig_structure is re-encoded here
//! byte for byte, so a general COSE library would add surface without removing work.

use ciborium::Value;

use super::AttestationError;

/// The COSE tag of COSE_Sign1 (optional in front of the array).
const COSE_SIGN1_TAG: u64 = 18;
/// The COSE header label of the algorithm.
const HEADER_ALG: i128 = 1;
/// The COSE header label of the critical headers list.
const HEADER_CRIT: i128 = 2;
/// COSE algorithm ES384: ECDSA on P-384 with SHA-384.
const ALG_ES384: i128 = -35;
/// The encoded protected header `{1: -35}` a Nitro module writes.
#[cfg(feature = "node")]
pub(crate) const ES384_PROTECTED: [u8; 4] = [0xa1, 0x01, 0x38, 0x22];
/// An ES384 signature: `r ‖ s`, 48 bytes each.
pub(crate) const SIGNATURE_LEN: usize = 96;
/// Far above any real document (about 4.5 KiB plus at most 3 KiB of caller data); bounds the
/// work done on hostile input.
pub(crate) const MAX_DOCUMENT_LEN: usize = 64 * 1024;

/// A decoded COSE_Sign1 whose protected header says ES384.
#[derive(Clone, Debug)]
pub(crate) struct CoseSign1 {
    pub(crate) protected: Vec<u8>,
    pub(crate) payload: Vec<u8>,
    pub(crate) signature: [u8; SIGNATURE_LEN],
}

impl CoseSign1 {
    /// Decodes `COSE_Sign1 = [protected: bstr, unprotected: map, payload: bstr, signature: bstr]`,
    /// tagged 18 or not, with nothing after it.
    pub(crate) fn decode(bytes: &[u8]) -> Result<Self, AttestationError> {
        if bytes.len() > MAX_DOCUMENT_LEN {
            return Err(AttestationError::malformed(format!(
                "{} bytes, over the {MAX_DOCUMENT_LEN}-byte limit",
                bytes.len()
            )));
        }
        let value = match decode_exact(bytes, "the COSE_Sign1 structure")? {
            Value::Tag(COSE_SIGN1_TAG, inner) => *inner,
            Value::Tag(tag, _) => {
                return Err(AttestationError::malformed(format!(
                    "CBOR tag {tag}, expected COSE_Sign1 (18) or none"
                )));
            }
            other => other,
        };
        let Value::Array(items) = value else {
            return Err(AttestationError::malformed("COSE_Sign1 is not a CBOR array"));
        };
        let [protected, unprotected, payload, signature]: [Value; 4] =
            items.try_into().map_err(|items: Vec<Value>| {
                AttestationError::malformed(format!(
                    "COSE_Sign1 has {} elements, expected 4",
                    items.len()
                ))
            })?;
        let (
            Value::Bytes(protected),
            Value::Map(_),
            Value::Bytes(payload),
            Value::Bytes(signature),
        ) = (protected, unprotected, payload, signature)
        else {
            return Err(AttestationError::malformed(
                "COSE_Sign1 elements must be bstr, map, bstr, bstr (a detached payload is not \
                 supported)",
            ));
        };
        check_protected_header(&protected)?;
        let signature = signature.try_into().map_err(|signature: Vec<u8>| {
            AttestationError::malformed(format!(
                "the ES384 signature has {} bytes, expected {SIGNATURE_LEN} (r ‖ s)",
                signature.len()
            ))
        })?;
        Ok(Self { protected, payload, signature })
    }

    /// Encodes the untagged array, as a Nitro module does.
    #[cfg(feature = "node")]
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.payload.len() + SIGNATURE_LEN + 16);
        out.push(0x84); // array(4)
        put_bstr(&mut out, &self.protected);
        out.push(0xa0); // empty unprotected header map
        put_bstr(&mut out, &self.payload);
        put_bstr(&mut out, &self.signature);
        out
    }

    /// The bytes the signature covers (RFC 9052 §4.4):
    /// `["Signature1", protected, external_aad = h'', payload]`.
    pub(crate) fn to_be_signed(protected: &[u8], payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(protected.len() + payload.len() + 24);
        out.push(0x84); // array(4)
        out.push(0x6a); // text(10)
        out.extend_from_slice(b"Signature1");
        put_bstr(&mut out, protected);
        put_bstr(&mut out, &[]);
        put_bstr(&mut out, payload);
        out
    }
}

/// The protected header must say ES384 and nothing this verifier would have to understand.
fn check_protected_header(protected: &[u8]) -> Result<(), AttestationError> {
    let Value::Map(entries) = decode_exact(protected, "the protected header")? else {
        return Err(AttestationError::malformed("the protected header is not a CBOR map"));
    };
    let mut alg = None;
    for (label, value) in entries {
        let Value::Integer(label) = label else { continue };
        match i128::from(label) {
            HEADER_ALG if alg.is_some() => {
                return Err(AttestationError::malformed("the protected header repeats `alg`"));
            }
            HEADER_ALG => alg = Some(value),
            HEADER_CRIT => {
                return Err(AttestationError::malformed(
                    "the protected header lists critical parameters; none are supported",
                ));
            }
            _ => {}
        }
    }
    match alg {
        Some(Value::Integer(alg)) if i128::from(alg) == ALG_ES384 => Ok(()),
        Some(other) => Err(AttestationError::malformed(format!(
            "COSE algorithm {other:?}, expected ES384 (-35)"
        ))),
        None => Err(AttestationError::malformed("the protected header names no algorithm")),
    }
}

/// Decodes one CBOR item that must span all of `bytes`.
pub(crate) fn decode_exact(bytes: &[u8], what: &str) -> Result<Value, AttestationError> {
    let mut rest = bytes;
    let value: Value = ciborium::de::from_reader(&mut rest)
        .map_err(|e| AttestationError::malformed(format!("{what} is not valid CBOR: {e}")))?;
    if !rest.is_empty() {
        return Err(AttestationError::malformed(format!(
            "{} unexpected bytes after {what}",
            rest.len()
        )));
    }
    Ok(value)
}

/// Appends a CBOR byte string (major type 2) with the shortest length header.
fn put_bstr(out: &mut Vec<u8>, bytes: &[u8]) {
    let len = bytes.len();
    match len {
        0..=23 => out.push(0x40 | len as u8),
        24..=0xff => out.extend_from_slice(&[0x58, len as u8]),
        0x100..=0xffff => {
            out.push(0x59);
            out.extend_from_slice(&(len as u16).to_be_bytes());
        }
        _ => {
            out.push(0x5a);
            // Documents are capped far below 4 GiB.
            out.extend_from_slice(&(len as u32).to_be_bytes());
        }
    }
    out.extend_from_slice(bytes);
}

#[cfg(all(test, feature = "node"))]
mod tests {
    use super::*;

    #[test]
    fn sig_structure_matches_a_generic_cbor_encoder() {
        for len in [0, 5, 23, 24, 255, 256, 70_000] {
            let payload = vec![7u8; len];
            let generic = Value::Array(vec![
                Value::Text("Signature1".into()),
                Value::Bytes(ES384_PROTECTED.to_vec()),
                Value::Bytes(Vec::new()),
                Value::Bytes(payload.clone()),
            ]);
            let mut expected = Vec::new();
            ciborium::ser::into_writer(&generic, &mut expected).expect("encodes");
            assert_eq!(CoseSign1::to_be_signed(&ES384_PROTECTED, &payload), expected, "len {len}");
        }
    }

    #[test]
    fn encode_then_decode_round_trips_and_tag_18_is_optional() {
        let cose = CoseSign1 {
            protected: ES384_PROTECTED.to_vec(),
            payload: b"payload".to_vec(),
            signature: [3; SIGNATURE_LEN],
        };
        let untagged = cose.encode();
        let decoded = CoseSign1::decode(&untagged).expect("decodes");
        assert_eq!(decoded.payload, b"payload");
        let mut tagged = vec![0xd2];
        tagged.extend_from_slice(&untagged);
        assert!(CoseSign1::decode(&tagged).is_ok());
        tagged[0] = 0xd3; // tag 19
        assert!(matches!(CoseSign1::decode(&tagged), Err(AttestationError::Malformed(_))));
        let mut trailing = untagged.clone();
        trailing.push(0);
        assert!(matches!(CoseSign1::decode(&trailing), Err(AttestationError::Malformed(_))));
    }

    #[test]
    fn only_es384_is_accepted() {
        // {1: -7} is ES256.
        let cose = CoseSign1 {
            protected: vec![0xa1, 0x01, 0x26],
            payload: Vec::new(),
            signature: [0; SIGNATURE_LEN],
        };
        let err = CoseSign1::decode(&cose.encode()).expect_err("ES256 refused");
        assert!(err.to_string().contains("ES384"), "{err}");
    }
}
