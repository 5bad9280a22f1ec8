//! Errors of the off-chain blob stores.

use std::path::PathBuf;

use alloy::primitives::B256;

/// The error of an HTTP client, kept behind a box so that the HTTP library is not part of the
/// SDK's public API.
pub type TransportError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What can go wrong while storing, fetching or erasing an off-chain blob.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlobError {
    /// The store does not hold the blob.
    #[error(
        "no blob at {uri}: it was deleted or never stored there; try another store that may hold \
         a copy, or treat the record's content as erased"
    )]
    NotFound {
        /// The blob's URI.
        uri: String,
    },

    /// The bytes received do not hash (keccak-256) to the expected content hash.
    #[error(
        "the blob served for {uri} hashes to {actual}, not {expected}: the store altered or \
         damaged it; do not use these bytes, fetch from another store"
    )]
    HashMismatch {
        /// The blob's URI.
        uri: String,
        /// The hash on-chain, or the one the URI names.
        expected: B256,
        /// The keccak-256 of the bytes received.
        actual: B256,
    },

    /// The bytes a gateway returned do not hash (sha2-256) to the digest of the CID asked for.
    #[error(
        "the IPFS gateway served bytes for {uri} whose sha2-256 is {actual}, but the CID names \
         {expected}: the gateway altered them or served another block; use another gateway"
    )]
    CidDigestMismatch {
        /// The blob's URI.
        uri: String,
        /// The digest the CID names.
        expected: B256,
        /// The sha2-256 of the bytes received.
        actual: B256,
    },

    /// The IPFS node stored the blob under another CID than the one the SDK computed.
    #[error(
        "the IPFS node stored the blob as {returned}, but the SDK computed {expected}: the node \
         ignored the raw-leaves or chunker options; use a Kubo-compatible RPC API"
    )]
    UnexpectedCid {
        /// The CID the SDK computed from the bytes.
        expected: String,
        /// The CID the node answered with.
        returned: String,
    },

    /// The store could not be reached: the connection failed or the request timed out.
    #[error(
        "could not reach the store for {uri}: {source}; check the URL, the network and that the \
         server is running"
    )]
    Unreachable {
        /// The URL requested.
        uri: String,
        /// The transport error.
        #[source]
        source: TransportError,
    },

    /// The request reached the server but failed while sending or receiving.
    #[error("the request for {uri} failed: {source}; check the server and retry")]
    Transport {
        /// The URL requested.
        uri: String,
        /// The transport error.
        #[source]
        source: TransportError,
    },

    /// The server answered with an HTTP status that is neither success nor "not found".
    #[error(
        "{uri} answered HTTP {status}{}",
        status_advice(*.status)
    )]
    Http {
        /// The URL requested.
        uri: String,
        /// The HTTP status code.
        status: u16,
    },

    /// The IPFS node's RPC API refused a request.
    #[error(
        "the IPFS node refused {uri} (HTTP {status}): {message}; check the RPC API URL and its \
         access"
    )]
    IpfsApi {
        /// The API URL requested.
        uri: String,
        /// The HTTP status code.
        status: u16,
        /// The node's error message.
        message: String,
    },

    /// No configured store handles this URI.
    #[error(
        "no blob store handles `{uri}`; add a store for it to the router (a file store reads \
         `local:`, an HTTP store its own base URL, an IPFS store `ipfs://`)"
    )]
    UnsupportedUri {
        /// The URI.
        uri: String,
    },

    /// The blob is larger than the store accepts.
    #[error(
        "the blob at {uri} is larger than the {limit}-byte limit of this store; raise the limit \
         or use another store"
    )]
    TooLarge {
        /// The blob's URI.
        uri: String,
        /// The largest blob the store accepts, in bytes.
        limit: usize,
    },

    /// The IPFS store was built without an RPC API, so it can only read.
    #[error(
        "cannot {operation} through an IPFS gateway: the store is read-only; add a Kubo RPC API \
         with `IpfsStore::with_api`"
    )]
    ReadOnly {
        /// What was attempted (`put` or `delete`).
        operation: &'static str,
    },

    /// Reading or writing a local file failed.
    #[error(
        "blob file {}: {source}; check that the directory exists and is writable",
        .path.display()
    )]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },

    /// A URI or a store URL is malformed.
    #[error("invalid blob URI `{uri}`: {reason}")]
    InvalidUri {
        /// The URI as given.
        uri: String,
        /// Why it was refused.
        reason: String,
    },

    /// A CID is not a CIDv1 with the raw codec and a sha2-256 multihash.
    #[error(
        "`{cid}` is not a CIDv1 with the raw codec and a sha2-256 multihash (`bafkrei…`): \
         {reason}"
    )]
    InvalidCid {
        /// The CID as given.
        cid: String,
        /// Why it was refused.
        reason: &'static str,
    },

    /// A server answered with a body the SDK cannot interpret.
    #[error(
        "unexpected answer from {uri}: {reason}; check that the URL points at the right service"
    )]
    InvalidResponse {
        /// The URL requested.
        uri: String,
        /// What is wrong with the answer.
        reason: String,
    },

    /// The HTTP client could not be created (for example the TLS backend failed to start).
    #[error("could not create the HTTP client: {source}")]
    HttpClient {
        /// The error of the HTTP library.
        #[source]
        source: TransportError,
    },
}

fn status_advice(status: u16) -> &'static str {
    match status {
        401 | 403 => "; the store refused the credentials: check the bearer token",
        413 => "; the server refused the blob as too large: raise its limit or use another store",
        500..=599 => "; the server failed: retry later or use another store",
        _ => "; check the store URL",
    }
}
