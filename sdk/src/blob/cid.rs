//! The content identifier (CID) of a blob stored in IPFS as one raw block.
//!
//! A blob of at most 1 MiB is one IPFS block, addressed by a CIDv1 with the raw codec and a
//! sha2-256 multihash: the four bytes `01 55 12 20` (version 1, codec `raw`, multihash
//! `sha2-256`, digest length 32) followed by the digest, written in base32 (lower case, no
//! padding) after the multibase prefix `b`. Every such CID starts with `bafkrei`.
//!
//! Encoding and parsing are the `cid` crate's (multiformats' Rust implementation); this module
//! pins the one form MemSync writes on chain. `tests/it/cid_multiformats.rs` checks it against the
//! reference JavaScript implementation.

use std::fmt;
use std::str::FromStr;

use alloy::primitives::B256;
use cid::Cid;
use cid::multihash::Multihash;
use sha2::{Digest as _, Sha256};

use super::BlobError;

/// The multicodec of raw bytes.
const RAW_CODEC: u64 = 0x55;
/// The multihash code of sha2-256.
const SHA2_256: u64 = 0x12;
/// The length of the binary CID: version, codec, hash code and digest length (one byte each as
/// varints), then the 32-byte digest.
const CID_LEN: usize = 4 + 32;

/// A CIDv1 with the raw codec and a sha2-256 multihash: the IPFS address of one raw block.
///
/// Its text form (`Display`, [`FromStr`]) is base32 lower case with the multibase prefix `b`,
/// as IPFS prints it: `bafkrei…`, 59 characters.
///
/// ```
/// use memsync::blob::RawCid;
///
/// let cid = RawCid::of(b"hello world");
/// assert_eq!(cid.to_string(), "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
/// assert_eq!(cid.to_string().parse::<RawCid>()?, cid);
/// # Ok::<(), memsync::blob::BlobError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RawCid {
    digest: B256,
}

impl RawCid {
    /// The CID of `content` stored as one raw block.
    pub fn of(content: &[u8]) -> Self {
        Self::from_digest(sha256(content))
    }

    /// The CID of the raw block whose sha2-256 digest is `digest`.
    pub const fn from_digest(digest: B256) -> Self {
        Self { digest }
    }

    /// The sha2-256 digest of the block this CID names.
    pub const fn digest(&self) -> B256 {
        self.digest
    }

    /// The binary CID: `01 55 12 20` followed by the digest.
    pub fn to_bytes(&self) -> [u8; CID_LEN] {
        let mut bytes = [0; CID_LEN];
        bytes.copy_from_slice(&self.cid().to_bytes());
        bytes
    }

    /// The CID as the `cid` crate represents it.
    pub fn cid(&self) -> Cid {
        // A 32-byte digest always fits the 64-byte multihash.
        let hash = Multihash::<64>::wrap(SHA2_256, self.digest.as_slice())
            .unwrap_or_else(|_| unreachable!("a 32-byte digest fits a 64-byte multihash"));
        Cid::new_v1(RAW_CODEC, hash)
    }

    /// The URI of the block in a record pointer: `ipfs://<cid>`.
    pub fn uri(&self) -> String {
        format!("ipfs://{self}")
    }

    /// Whether `content` is the block this CID names.
    pub fn matches(&self, content: &[u8]) -> bool {
        sha256(content) == self.digest
    }
}

impl fmt::Display for RawCid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A CIDv1's default text form: base32, lower case, multibase prefix `b`.
        write!(f, "{}", self.cid())
    }
}

impl FromStr for RawCid {
    type Err = BlobError;

    /// Parses the canonical text form only (base32 lower case, `bafkrei…`): the form every
    /// MemSync device writes on chain, so that one block has one URI.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = |reason| BlobError::InvalidCid { cid: text.to_owned(), reason };
        let cid = Cid::try_from(text).map_err(|_| invalid("it is not a CID"))?;
        let hash = cid.hash();
        if cid.version() != cid::Version::V1
            || cid.codec() != RAW_CODEC
            || hash.code() != SHA2_256
            || hash.size() != 32
        {
            return Err(invalid(
                "it has another version, codec or hash function (only raw blocks of at most 1 MiB \
                 are supported)",
            ));
        }
        if cid.to_string() != text {
            return Err(invalid("it is not in the canonical form: base32 lower case, `bafkrei…`"));
        }
        Ok(Self { digest: B256::from_slice(hash.digest()) })
    }
}

/// The sha2-256 digest of `content`.
fn sha256(content: &[u8]) -> B256 {
    B256::from_slice(&Sha256::digest(content))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn known_cids() {
        // As multiformats computes them (tests/it/cid_multiformats.rs checks many more).
        assert_eq!(
            RawCid::of(b"").to_string(),
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        );
        assert_eq!(
            RawCid::of(b"hello world").to_string(),
            "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
        );
        assert_eq!(
            RawCid::of(b"hello world").digest().to_string(),
            "0xb94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
    }

    #[test]
    fn text_form_roundtrips_and_starts_with_bafkrei() {
        for content in [&b""[..], b"a", &[0xff; 1000]] {
            let cid = RawCid::of(content);
            let text = cid.to_string();
            assert_eq!(text.len(), 59);
            assert!(text.starts_with("bafkrei"), "{text}");
            assert_eq!(text.parse::<RawCid>().unwrap(), cid);
            assert_eq!(cid.uri(), format!("ipfs://{text}"));
            assert!(cid.matches(content));
            assert!(!cid.matches(b"something else"));
        }
    }

    #[test]
    fn binary_form_has_the_raw_sha256_prefix() {
        let cid = RawCid::of(b"hello world");
        let bytes = cid.to_bytes();
        assert_eq!(&bytes[..4], &[0x01, 0x55, 0x12, 0x20]);
        assert_eq!(&bytes[4..], cid.digest().as_slice());
    }

    #[test]
    fn other_cids_are_refused() {
        let good = RawCid::of(b"x").to_string();
        let refused = [
            // CIDv0 (dag-pb), a CIDv1 dag-pb, upper-case multibase, base58btc, truncated, extended.
            "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o".to_owned(),
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".to_owned(),
            good.to_ascii_uppercase(),
            format!("z{}", &good[1..]),
            good[..good.len() - 1].to_owned(),
            format!("{good}a"),
            // Right length and alphabet but non-canonical trailing bits.
            format!("{}7", &good[..good.len() - 1]),
            String::new(),
        ];
        for text in refused {
            let err = text.parse::<RawCid>().unwrap_err();
            assert!(matches!(err, BlobError::InvalidCid { .. }), "{text}: {err}");
        }
    }
}
