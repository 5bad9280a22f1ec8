//! A blob store on any HTTP server that answers `PUT`, `GET` and `DELETE` on
//! `<base>/<keccak-256 hex>`, and the HTTP plumbing shared with the IPFS store.

use std::fmt;
use std::time::Duration;

use alloy::primitives::{B256, keccak256};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use zeroize::Zeroizing;

use super::{BlobError, BlobFuture, BlobStore, MAX_URI_LEN, check_keccak, parse_keccak_hex};

/// The largest blob an [`HttpStore`] sends or accepts unless told otherwise: 16 MiB.
pub const DEFAULT_MAX_BLOB_LEN: usize = 16 << 20;

/// How long one request (connecting, sending and receiving the whole body) may take unless
/// told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The length of `/<64 hex digits>` appended to the base URL.
const ADDRESS_SUFFIX_LEN: usize = 1 + 64;

/// A blob store on an HTTP server, addressed by keccak-256.
///
/// The blob whose keccak-256 is `h` lives at `{base}/{hex(h)}`: `PUT` stores the request body,
/// `GET` answers it, `DELETE` removes it; `404` means the server does not hold it. That full
/// URL is the URI written on-chain, so the base URL must not hold secrets: credentials go in
/// [`with_bearer_token`](Self::with_bearer_token), sent as an `Authorization` header and never
/// placed in a URI.
///
/// Bodies are read in chunks and refused as soon as they pass the size limit, and what is read
/// is checked against the hash the URI names.
///
/// ```
/// use std::time::Duration;
///
/// use memsync::blob::{BlobStore, HttpStore};
///
/// let store = HttpStore::builder("https://blobs.example.com/v1/")
///     .bearer_token("s3cr3t")
///     .max_blob_len(4 << 20)
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(store.base_url(), "https://blobs.example.com/v1");
/// assert!(store.uri_of(b"x").starts_with("https://blobs.example.com/v1/"));
/// assert!(store.handles(&store.uri_of(b"x")));
/// assert!(!format!("{store:?}").contains("s3cr3t"));
/// # Ok::<(), memsync::blob::BlobError>(())
/// ```
#[derive(Clone, Debug)]
pub struct HttpStore {
    base: String,
    client: reqwest::Client,
    bearer_token: Option<BearerToken>,
    max_blob_len: usize,
    timeout: Duration,
}

/// Builds an [`HttpStore`]: the server's base URL, then an optional bearer token, size limit
/// and timeout; [`build`](Self::build) checks the URL.
#[must_use = "a builder does nothing until `build`"]
#[derive(Debug)]
pub struct HttpStoreBuilder {
    base_url: String,
    bearer_token: Option<BearerToken>,
    max_blob_len: usize,
    timeout: Duration,
}

impl HttpStoreBuilder {
    /// Sends `Authorization: Bearer <token>` with every request.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(BearerToken(Zeroizing::new(token.into())));
        self
    }

    /// Refuses to send or receive blobs larger than `bytes` (default
    /// [`DEFAULT_MAX_BLOB_LEN`]).
    pub fn max_blob_len(mut self, bytes: usize) -> Self {
        self.max_blob_len = bytes;
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
    /// [`BlobError::InvalidUri`] if the URL is malformed, not HTTP(S), holds credentials, a
    /// query or a fragment, or is so long that blob URIs would exceed
    /// [`MAX_URI_LEN`](super::MAX_URI_LEN); [`BlobError::HttpClient`] if the HTTP client cannot
    /// start.
    pub fn build(self) -> Result<HttpStore, BlobError> {
        let base = parse_base_url(&self.base_url)?;
        if base.len() + ADDRESS_SUFFIX_LEN > MAX_URI_LEN {
            return Err(BlobError::InvalidUri {
                uri: self.base_url,
                reason: format!("blob URIs under it would exceed the {MAX_URI_LEN}-byte limit"),
            });
        }
        Ok(HttpStore {
            base,
            client: client()?,
            bearer_token: self.bearer_token,
            max_blob_len: self.max_blob_len,
            timeout: self.timeout,
        })
    }
}

impl HttpStore {
    /// Starts building a store on the server at `base_url` (`http` or `https`; a trailing `/`
    /// is ignored).
    pub fn builder(base_url: impl Into<String>) -> HttpStoreBuilder {
        HttpStoreBuilder {
            base_url: base_url.into(),
            bearer_token: None,
            max_blob_len: DEFAULT_MAX_BLOB_LEN,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// The URI `content` gets in this store: `{base}/{hex of keccak256(content)}`.
    pub fn uri_of(&self, content: &[u8]) -> String {
        self.uri_of_hash(keccak256(content))
    }

    fn uri_of_hash(&self, hash: B256) -> String {
        format!("{}/{}", self.base, alloy::hex::encode(hash))
    }

    /// The hash a URI of this store names.
    fn parse(&self, uri: &str) -> Result<B256, BlobError> {
        let hex = uri.strip_prefix(&self.base).and_then(|rest| rest.strip_prefix('/')).ok_or_else(
            || BlobError::InvalidUri {
                uri: uri.to_owned(),
                reason: format!("it is not under this store's base URL {}", self.base),
            },
        )?;
        parse_keccak_hex(uri, hex)
    }

    fn request(&self, method: Method, uri: &str) -> RequestBuilder {
        let request = self.client.request(method, uri).timeout(self.timeout);
        match &self.bearer_token {
            Some(token) => request.bearer_auth(token.0.as_str()),
            None => request,
        }
    }
}

impl BlobStore for HttpStore {
    fn handles(&self, uri: &str) -> bool {
        uri.strip_prefix(&self.base).is_some_and(|rest| rest.starts_with('/'))
    }

    fn put<'a>(&'a self, content: &'a [u8]) -> BlobFuture<'a, String> {
        Box::pin(async move {
            let uri = self.uri_of(content);
            if content.len() > self.max_blob_len {
                return Err(BlobError::TooLarge { uri, limit: self.max_blob_len });
            }
            let response =
                send(&uri, self.request(Method::PUT, &uri).body(content.to_vec())).await?;
            check_status(&uri, response.status(), false)?;
            Ok(uri)
        })
    }

    fn get<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, Vec<u8>> {
        Box::pin(async move {
            let hash = self.parse(uri)?;
            let response = send(uri, self.request(Method::GET, uri)).await?;
            check_status(uri, response.status(), true)?;
            let content = read_limited(uri, response, self.max_blob_len).await?;
            check_keccak(uri, &content, hash)?;
            Ok(content)
        })
    }

    fn delete<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, ()> {
        Box::pin(async move {
            self.parse(uri)?;
            let response = send(uri, self.request(Method::DELETE, uri)).await?;
            check_status(uri, response.status(), true)
        })
    }
}

/// A bearer token, wiped from memory on drop and never printed.
#[derive(Clone)]
pub(super) struct BearerToken(pub(super) Zeroizing<String>);

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

/// The HTTP client of the stores; each request sets its own timeout.
pub(super) fn client() -> Result<reqwest::Client, BlobError> {
    crate::http::ClientBuilder::new()
        .build()
        .map_err(|err| BlobError::HttpClient { source: Box::new(err.source) })
}

/// Checks that `url` is an HTTP(S) URL fit to be a base URL, and returns it without a
/// trailing `/`.
pub(super) fn parse_base_url(url: &str) -> Result<String, BlobError> {
    let invalid =
        |reason: &str| BlobError::InvalidUri { uri: url.to_owned(), reason: reason.into() };
    let parsed = crate::http::parse_http_url(url).map_err(|err| invalid(&err.to_string()))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid(
            "credentials in a URL would be logged, and for a blob store written on-chain; use a \
             bearer token instead",
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL takes no query or fragment"));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// Sends a request, sorting transport failures into unreachable and the rest.
pub(super) async fn send(uri: &str, request: RequestBuilder) -> Result<Response, BlobError> {
    request.send().await.map_err(|err| transport_error(uri, err))
}

fn transport_error(uri: &str, err: reqwest::Error) -> BlobError {
    let uri = uri.to_owned();
    if err.is_connect() || err.is_timeout() {
        BlobError::Unreachable { uri, source: Box::new(err) }
    } else {
        BlobError::Transport { uri, source: Box::new(err) }
    }
}

/// Success passes, `404` is [`BlobError::NotFound`] where `not_found_means_missing`, anything
/// else is [`BlobError::Http`].
pub(super) fn check_status(
    uri: &str,
    status: StatusCode,
    not_found_means_missing: bool,
) -> Result<(), BlobError> {
    if status.is_success() {
        Ok(())
    } else if status == StatusCode::NOT_FOUND && not_found_means_missing {
        Err(BlobError::NotFound { uri: uri.to_owned() })
    } else {
        Err(BlobError::Http { uri: uri.to_owned(), status: status.as_u16() })
    }
}

/// Reads a response body of at most `limit` bytes, chunk by chunk, so that a server cannot make
/// the reader buffer more than the limit.
pub(super) async fn read_limited(
    uri: &str,
    mut response: Response,
    limit: usize,
) -> Result<Vec<u8>, BlobError> {
    let too_large = || BlobError::TooLarge { uri: uri.to_owned(), limit };
    let announced = response.content_length().map(usize::try_from);
    let mut body = match announced {
        Some(Ok(len)) if len <= limit => Vec::with_capacity(len),
        Some(_) => return Err(too_large()),
        None => Vec::new(),
    };
    while let Some(chunk) = response.chunk().await.map_err(|err| transport_error(uri, err))? {
        if chunk.len() > limit - body.len() {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn base_urls_are_checked_and_normalised() {
        let store = HttpStore::builder("http://127.0.0.1:8080/blobs/").build().unwrap();
        assert_eq!(store.base_url(), "http://127.0.0.1:8080/blobs");
        assert_eq!(
            HttpStore::builder("https://Example.COM").build().unwrap().base_url(),
            "https://example.com"
        );

        for url in [
            "not a url",
            "ftp://example.com/blobs",
            "file:///home/user/blobs",
            "https://user:pass@example.com/blobs",
            "https://token@example.com/blobs",
            "https://example.com/blobs?key=secret",
            "https://example.com/blobs#frag",
        ] {
            let err = HttpStore::builder(url).build().unwrap_err();
            assert!(matches!(err, BlobError::InvalidUri { .. }), "{url}: {err}");
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_URI_LEN));
        assert!(matches!(HttpStore::builder(&long).build(), Err(BlobError::InvalidUri { .. })));
    }

    #[test]
    fn uris_are_ascii_as_the_vault_requires() {
        let store = HttpStore::builder("https://bücher.example/blobs für mich").build().unwrap();
        assert_eq!(store.base_url(), "https://xn--bcher-kva.example/blobs%20f%C3%BCr%20mich");
        assert!(store.uri_of(b"x").is_ascii());
    }

    #[test]
    fn handles_only_its_own_base() {
        let store = HttpStore::builder("http://h/blobs").build().unwrap();
        let uri = store.uri_of(b"x");
        assert_eq!(uri, format!("http://h/blobs/{}", alloy::hex::encode(keccak256(b"x"))));
        assert!(store.handles(&uri));
        assert!(!store.handles("http://h/blobs2/00"));
        assert!(!store.handles("http://h/blob"));
        assert!(!store.handles("local:00"));
        assert_eq!(store.parse(&uri).unwrap(), keccak256(b"x"));
        for bad in ["http://h/blobs/", "http://h/blobs/../secret", "http://other/blobs/00"] {
            assert!(matches!(store.parse(bad), Err(BlobError::InvalidUri { .. })), "{bad}");
        }
    }

    #[test]
    fn the_token_is_never_printed() {
        let store = HttpStore::builder("http://h").bearer_token("hunter2").build().unwrap();
        let debug = format!("{store:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("redacted"), "{debug}");
    }

    #[tokio::test]
    async fn oversized_puts_are_refused_before_sending() {
        // Nothing listens on port 9 of the loopback; the size check comes first.
        let store = HttpStore::builder("http://127.0.0.1:9").max_blob_len(4).build().unwrap();
        let err = store.put(b"12345").await.unwrap_err();
        assert!(matches!(err, BlobError::TooLarge { limit: 4, .. }), "{err}");
    }
}
