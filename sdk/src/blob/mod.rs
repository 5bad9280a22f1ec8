//! Off-chain blob stores for records in pointer mode.
//!
//! A record in pointer mode keeps its ciphertext off-chain: the chain holds only
//! `contentHash = keccak256(ciphertext)` and a URI of at most [`MAX_URI_LEN`] bytes. A
//! [`BlobStore`] puts ciphertext somewhere and answers with that URI, fetches it back and
//! deletes it. Three stores come with the SDK:
//!
//! | store         | URI on-chain                       | addressed by          |
//! |---------------|------------------------------------|-----------------------|
//! | [`FileStore`] | `local:<keccak-256 hex>`           | keccak-256            |
//! | [`HttpStore`] | `<base URL>/<keccak-256 hex>`      | keccak-256            |
//! | [`IpfsStore`] | `ipfs://<CIDv1 raw sha2-256>`      | [`RawCid`] (sha2-256) |
//!
//! Every store checks what it reads against the address in the URI, and [`fetch_verified`]
//! checks it against the on-chain content hash, so a store that alters a blob is caught before
//! the envelope is even opened. The stores hold ciphertext only; they learn its size, not its
//! content.
//!
//! A device reads logs whose records other devices wrote to other stores through a
//! [`BlobRouter`], which sends each URI to the first store that handles it.
//!
//! ```
//! use std::sync::Arc;
//!
//! use alloy::primitives::keccak256;
//! use memsync::blob::{BlobRouter, BlobStore, FileStore, IpfsStore, fetch_verified};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let dir = tempfile::tempdir()?;
//! let router = BlobRouter::new(Arc::new(FileStore::new(dir.path())))
//!     .with(Arc::new(IpfsStore::builder("https://trustless-gateway.link").build()?));
//!
//! let ciphertext = b"sealed record bytes";
//! let uri = router.put(ciphertext).await?; // `local:<hex>`, goes on-chain with the hash
//! let content_hash = keccak256(ciphertext);
//!
//! let fetched = fetch_verified(&router, &uri, content_hash).await?;
//! assert_eq!(fetched, ciphertext);
//!
//! router.delete(&uri).await?; // erases this copy
//! # Ok(()) }
//! ```

mod cid;
mod error;
mod file;
mod http;
mod ipfs;
mod router;

use std::future::Future;
use std::pin::Pin;

use alloy::primitives::{B256, keccak256};

pub use cid::RawCid;
pub use error::{BlobError, TransportError};
pub use file::FileStore;
pub use http::{DEFAULT_MAX_BLOB_LEN, DEFAULT_TIMEOUT, HttpStore, HttpStoreBuilder};
pub use ipfs::{IPFS_MAX_BLOB_LEN, IpfsStore, IpfsStoreBuilder};
pub use router::BlobRouter;

/// The longest URI a record pointer holds on-chain, in bytes of UTF-8.
pub const MAX_URI_LEN: usize = 65_535;

/// The future a [`BlobStore`] returns: boxed, so that the trait stays object-safe.
pub type BlobFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, BlobError>> + Send + 'a>>;

/// Somewhere ciphertext of records in pointer mode is kept, addressed by a URI.
///
/// The trait is object-safe, so stores are used as `Arc<dyn BlobStore>` and users can bring
/// their own (an S3 bucket, a database): return a URI that names the content, not a location
/// that could hold other bytes, and keep it under [`MAX_URI_LEN`] bytes and free of secrets,
/// since it is written on-chain for anyone to read.
pub trait BlobStore: Send + Sync + std::fmt::Debug {
    /// Whether this store reads URIs of this form (a prefix test; the URI may still be
    /// malformed, which [`get`](Self::get) reports).
    fn handles(&self, uri: &str) -> bool;

    /// Stores `content` and returns its URI. Putting the same content twice is harmless and
    /// returns the same URI.
    fn put<'a>(&'a self, content: &'a [u8]) -> BlobFuture<'a, String>;

    /// Fetches the blob at `uri`; [`BlobError::NotFound`] if the store does not hold it.
    fn get<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, Vec<u8>>;

    /// Deletes the blob at `uri` from this store; [`BlobError::NotFound`] if it does not hold
    /// it (callers erasing a record can treat that as done). Copies elsewhere are untouched.
    fn delete<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, ()>;
}

/// Fetches the blob at `uri` from `store` and checks that it hashes (keccak-256) to
/// `content_hash`, the hash the record pointer holds on-chain.
///
/// # Errors
///
/// [`BlobError::HashMismatch`] if the bytes do not match, and any error of the store's
/// [`get`](BlobStore::get).
pub async fn fetch_verified(
    store: &dyn BlobStore,
    uri: &str,
    content_hash: B256,
) -> Result<Vec<u8>, BlobError> {
    let content = store.get(uri).await?;
    check_keccak(uri, &content, content_hash)?;
    Ok(content)
}

/// Checks that `content` hashes (keccak-256) to `expected`.
fn check_keccak(uri: &str, content: &[u8], expected: B256) -> Result<(), BlobError> {
    let actual = keccak256(content);
    if actual == expected {
        Ok(())
    } else {
        Err(BlobError::HashMismatch { uri: uri.to_owned(), expected, actual })
    }
}

/// Parses the 64 lower-case hex digits of a keccak-256 content address, as the URIs of the
/// file and HTTP stores end.
fn parse_keccak_hex(uri: &str, hex: &str) -> Result<B256, BlobError> {
    let invalid =
        |reason: &str| BlobError::InvalidUri { uri: uri.to_owned(), reason: reason.into() };
    if hex.len() != 64 {
        return Err(invalid("the content address is not 64 hex digits (a keccak-256 hash)"));
    }
    if !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err(invalid("the content address is not lower-case hex"));
    }
    alloy::hex::decode_to_array(hex)
        .map(B256::from)
        .map_err(|_| invalid("the content address is not hex"))
}
