//! A blob store in IPFS: reads through a trustless gateway, writes through a Kubo RPC API.

use std::time::Duration;

use reqwest::header::ACCEPT;
use reqwest::multipart::{Form, Part};
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::http::{
    BearerToken, DEFAULT_TIMEOUT, check_status, client, parse_base_url, read_limited, send,
};
use super::{BlobError, BlobFuture, BlobStore, RawCid};

/// The largest blob an [`IpfsStore`] stores or reads: 1 MiB, the most one raw IPFS block holds
/// with the 1 MiB chunker. Larger blobs would become a tree of blocks with another CID.
pub const IPFS_MAX_BLOB_LEN: usize = 1 << 20;

/// The URI scheme of IPFS blobs.
const SCHEME: &str = "ipfs://";

/// The media type of a raw block on a trustless gateway.
const RAW_BLOCK: &str = "application/vnd.ipld.raw";

/// The `add` options under which a blob of at most 1 MiB becomes the raw block the SDK's CID
/// names.
const ADD_QUERY: &str = "cid-version=1&raw-leaves=true&pin=true&chunker=size-1048576";

/// The longest answer of the RPC API read (a line of JSON per added file).
const API_ANSWER_LIMIT: usize = 64 << 10;

/// A blob store in IPFS, addressed by the blob's [`RawCid`] (CIDv1, raw codec, sha2-256).
///
/// The URI on-chain is `ipfs://<cid>`; it names no gateway, so every device reads through the
/// gateway it trusts least to be available. Reads ask a trustless gateway for the raw block
/// (`GET {gateway}/ipfs/{cid}?format=raw`, `Accept: application/vnd.ipld.raw`) and check that
/// its sha2-256 is the CID's digest, so the gateway cannot alter it.
///
/// Without an RPC API the store only reads; [`api`](IpfsStoreBuilder::api) adds a Kubo RPC API to
/// write (`/api/v0/add`, pinned, checked against the CID computed locally) and to delete
/// (`/api/v0/pin/rm`).
///
/// **Deleting only unpins.** Unpinning on the user's own node (after which its garbage
/// collection drops the block) is the only erasure IPFS offers: other nodes that fetched the
/// block, pinning services and gateway caches may keep copies indefinitely. The blob is
/// ciphertext, so a copy left behind is unreadable without the keys, but use pointer mode with
/// IPFS only for records whose ciphertext may outlive their deletion.
///
/// ```
/// use memsync::blob::{BlobStore, IpfsStore, RawCid};
///
/// let store = IpfsStore::builder("https://trustless-gateway.link")
///     .api("http://127.0.0.1:5001")
///     .build()?;
/// assert!(store.handles(&RawCid::of(b"x").uri()));
/// # Ok::<(), memsync::blob::BlobError>(())
/// ```
#[derive(Clone, Debug)]
pub struct IpfsStore {
    gateway: String,
    api: Option<String>,
    api_token: Option<BearerToken>,
    client: reqwest::Client,
    timeout: Duration,
}

/// Builds an [`IpfsStore`]: the trustless gateway it reads through, then an optional Kubo RPC
/// API to write and delete through, its bearer token, and a timeout; [`build`](Self::build)
/// checks the URLs.
#[must_use = "a builder does nothing until `build`"]
#[derive(Debug)]
pub struct IpfsStoreBuilder {
    gateway_url: String,
    api_url: Option<String>,
    api_token: Option<BearerToken>,
    timeout: Duration,
}

impl IpfsStoreBuilder {
    /// Writes and deletes through the Kubo RPC API at `api_url` (for example
    /// `http://127.0.0.1:5001`); without one the store only reads.
    pub fn api(mut self, api_url: impl Into<String>) -> Self {
        self.api_url = Some(api_url.into());
        self
    }

    /// Sends `Authorization: Bearer <token>` to the RPC API (Kubo's `API.Authorizations`); the
    /// gateway never receives it.
    pub fn api_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.api_token = Some(BearerToken(Zeroizing::new(token.into())));
        self
    }

    /// Gives up on a request after `timeout` (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The store.
    ///
    /// # Errors
    ///
    /// [`BlobError::InvalidUri`] if a URL is malformed, not HTTP(S), or holds credentials, a
    /// query or a fragment; [`BlobError::HttpClient`] if the HTTP client cannot start.
    pub fn build(self) -> Result<IpfsStore, BlobError> {
        Ok(IpfsStore {
            gateway: parse_base_url(&self.gateway_url)?,
            api: self.api_url.as_deref().map(parse_base_url).transpose()?,
            api_token: self.api_token,
            client: client()?,
            timeout: self.timeout,
        })
    }
}

impl IpfsStore {
    /// Starts building a store that reads through the trustless gateway at `gateway_url`.
    pub fn builder(gateway_url: impl Into<String>) -> IpfsStoreBuilder {
        IpfsStoreBuilder {
            gateway_url: gateway_url.into(),
            api_url: None,
            api_token: None,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// The gateway's URL, without a trailing `/`.
    pub fn gateway_url(&self) -> &str {
        &self.gateway
    }

    /// The RPC API's URL, if the store can write.
    pub fn api_url(&self) -> Option<&str> {
        self.api.as_deref()
    }

    /// The API URL, or [`BlobError::ReadOnly`].
    fn api(&self, operation: &'static str) -> Result<&str, BlobError> {
        self.api.as_deref().ok_or(BlobError::ReadOnly { operation })
    }

    fn api_request(&self, url: &str) -> RequestBuilder {
        // Kubo's RPC API takes every call as a POST.
        let request = self.client.request(Method::POST, url).timeout(self.timeout);
        match &self.api_token {
            Some(token) => request.bearer_auth(token.0.as_str()),
            None => request,
        }
    }
}

impl BlobStore for IpfsStore {
    fn handles(&self, uri: &str) -> bool {
        uri.starts_with(SCHEME)
    }

    fn put<'a>(&'a self, content: &'a [u8]) -> BlobFuture<'a, String> {
        Box::pin(async move {
            let api = self.api("put")?;
            let cid = RawCid::of(content);
            if content.len() > IPFS_MAX_BLOB_LEN {
                return Err(BlobError::TooLarge { uri: cid.uri(), limit: IPFS_MAX_BLOB_LEN });
            }
            let url = format!("{api}/api/v0/add?{ADD_QUERY}");
            let form = Form::new().part("file", Part::bytes(content.to_vec()).file_name("blob"));
            let response = send(&url, self.api_request(&url).multipart(form)).await?;
            let status = response.status();
            let answer = read_limited(&url, response, API_ANSWER_LIMIT).await?;
            if !status.is_success() {
                return Err(api_error(&url, status, &answer));
            }
            let returned = added_cid(&url, &answer)?;
            let expected = cid.to_string();
            if returned != expected {
                return Err(BlobError::UnexpectedCid { expected, returned });
            }
            Ok(cid.uri())
        })
    }

    fn get<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, Vec<u8>> {
        Box::pin(async move {
            let cid = parse(uri)?;
            let url = format!("{}/ipfs/{cid}?format=raw", self.gateway);
            let request = self.client.get(&url).header(ACCEPT, RAW_BLOCK).timeout(self.timeout);
            let response = send(&url, request).await?;
            if response.status() == StatusCode::NOT_FOUND {
                return Err(BlobError::NotFound { uri: uri.to_owned() });
            }
            check_status(&url, response.status(), false)?;
            let block =
                read_limited(&url, response, IPFS_MAX_BLOB_LEN).await.map_err(|err| match err {
                    BlobError::TooLarge { limit, .. } => {
                        BlobError::TooLarge { uri: uri.to_owned(), limit }
                    }
                    other => other,
                })?;
            let actual = RawCid::of(&block).digest();
            if actual != cid.digest() {
                return Err(BlobError::CidDigestMismatch {
                    uri: uri.to_owned(),
                    expected: cid.digest(),
                    actual,
                });
            }
            Ok(block)
        })
    }

    fn delete<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, ()> {
        Box::pin(async move {
            let api = self.api("delete")?;
            let cid = parse(uri)?;
            let url = format!("{api}/api/v0/pin/rm?arg={cid}");
            let response = send(&url, self.api_request(&url)).await?;
            let status = response.status();
            if status.is_success() {
                return Ok(());
            }
            let answer = read_limited(&url, response, API_ANSWER_LIMIT).await?;
            match api_error(&url, status, &answer) {
                BlobError::IpfsApi { message, .. } if message.contains("not pinned") => {
                    Err(BlobError::NotFound { uri: uri.to_owned() })
                }
                other => Err(other),
            }
        })
    }
}

/// The CID an `ipfs://` URI names.
fn parse(uri: &str) -> Result<RawCid, BlobError> {
    uri.strip_prefix(SCHEME)
        .ok_or_else(|| BlobError::InvalidUri {
            uri: uri.to_owned(),
            reason: format!("an IPFS URI starts with `{SCHEME}`"),
        })?
        .parse()
}

/// One line of the answer of Kubo's `add`.
#[derive(Deserialize)]
struct AddedFile {
    #[serde(rename = "Hash")]
    hash: Option<String>,
}

/// The CID in the answer of `add`: the last line that has one (Kubo answers a line of JSON per
/// file added, and progress lines without a hash).
fn added_cid(url: &str, answer: &[u8]) -> Result<String, BlobError> {
    let invalid = |reason: String| BlobError::InvalidResponse { uri: url.to_owned(), reason };
    let text =
        std::str::from_utf8(answer).map_err(|_| invalid("the answer is not UTF-8".into()))?;
    let mut found = None;
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let added: AddedFile = serde_json::from_str(line).map_err(|err| {
            invalid(format!("a line of the answer is not the JSON of `add`: {err}"))
        })?;
        found = added.hash.or(found);
    }
    found.ok_or_else(|| invalid("the answer names no `Hash`".into()))
}

/// The error of a refused RPC call, with Kubo's message (`{"Message": …}`) if it sent one.
fn api_error(url: &str, status: StatusCode, answer: &[u8]) -> BlobError {
    #[derive(Deserialize)]
    struct KuboError {
        #[serde(rename = "Message")]
        message: String,
    }
    let message = serde_json::from_slice::<KuboError>(answer).map_or_else(
        |_| String::from_utf8_lossy(answer).trim().chars().take(200).collect(),
        |err| err.message,
    );
    BlobError::IpfsApi { uri: url.to_owned(), status: status.as_u16(), message }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[tokio::test]
    async fn without_an_api_the_store_is_read_only() {
        let store = IpfsStore::builder("http://127.0.0.1:9").build().unwrap();
        assert_eq!(store.api_url(), None);
        let err = store.put(b"x").await.unwrap_err();
        assert!(matches!(err, BlobError::ReadOnly { operation: "put" }), "{err}");
        assert!(err.to_string().contains("with_api"), "{err}");
        let err = store.delete(&RawCid::of(b"x").uri()).await.unwrap_err();
        assert!(matches!(err, BlobError::ReadOnly { operation: "delete" }), "{err}");
    }

    #[tokio::test]
    async fn blobs_over_one_mib_are_refused() {
        let store = IpfsStore::builder("http://127.0.0.1:9").api("http://127.0.0.1:9").build();
        let err = store.unwrap().put(&vec![0; IPFS_MAX_BLOB_LEN + 1]).await.unwrap_err();
        assert!(matches!(err, BlobError::TooLarge { limit: IPFS_MAX_BLOB_LEN, .. }), "{err}");
    }

    #[tokio::test]
    async fn malformed_uris_are_refused_before_any_request() {
        let store = IpfsStore::builder("http://127.0.0.1:9").build().unwrap();
        let err = store.get("ipfs://QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o").await;
        assert!(matches!(err, Err(BlobError::InvalidCid { .. })));
        let err = store.get(&format!("{}/path", RawCid::of(b"x").uri())).await;
        assert!(matches!(err, Err(BlobError::InvalidCid { .. })));
        let err = store.get("https://ipfs.io/ipfs/bafkrei").await;
        assert!(matches!(err, Err(BlobError::InvalidUri { .. })));
    }

    #[test]
    fn add_answers_are_parsed() {
        let cid = RawCid::of(b"x").to_string();
        let answer = format!(
            "{{\"Name\":\"blob\",\"Bytes\":1}}\n\
             {{\"Name\":\"blob\",\"Hash\":\"{cid}\",\"Size\":\"1\"}}\n"
        );
        assert_eq!(added_cid("u", answer.as_bytes()).unwrap(), cid);
        for bad in [&b""[..], b"{}", b"not json", b"\xff"] {
            assert!(matches!(added_cid("u", bad), Err(BlobError::InvalidResponse { .. })));
        }
        let err = api_error(
            "u",
            StatusCode::INTERNAL_SERVER_ERROR,
            br#"{"Message":"not pinned or pinned indirectly","Code":0,"Type":"error"}"#,
        );
        assert!(matches!(err, BlobError::IpfsApi { status: 500, ref message, .. }
                if message == "not pinned or pinned indirectly"));
    }

    #[test]
    fn the_api_token_is_never_printed() {
        let store = IpfsStore::builder("http://g").api_bearer_token("hunter2").build().unwrap();
        assert!(!format!("{store:?}").contains("hunter2"));
    }
}
