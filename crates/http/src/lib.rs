//! The one HTTP client setup of the SDK: the model back-ends, the embedder, the blob stores and
//! the TEE node client all build their `reqwest` client and check their base URLs here, so that
//! TLS, redirects and timeouts are set in one place and a failure is an error, never a silent
//! fallback to a client with other settings.

use std::time::Duration;

use url::Url;

/// The settings of an HTTP client. Without a timeout, each request sets its own (the blob
/// stores and the embedder do, so that `with_timeout` applies to clients already built).
#[derive(Clone, Copy, Debug, Default)]
#[must_use]
pub struct ClientBuilder {
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
}

impl ClientBuilder {
    /// A client with no timeout of its own.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gives up on a whole exchange (connecting, sending, reading the body) after `timeout`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Gives up on connecting after `timeout`.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The client: rustls with the webpki roots for `https`, reqwest's redirect policy (at most
    /// ten; `Authorization` is not sent to another host) and no user agent.
    ///
    /// # Errors
    ///
    /// [`ClientError`] if the client cannot start (the TLS backend or the system's
    /// configuration failed).
    pub fn build(self) -> Result<reqwest::Client, ClientError> {
        let mut builder = reqwest::Client::builder().tls_backend_rustls();
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(timeout) = self.connect_timeout {
            builder = builder.connect_timeout(timeout);
        }
        finish(builder)
    }
}

fn finish(builder: reqwest::ClientBuilder) -> Result<reqwest::Client, ClientError> {
    builder.build().map_err(|source| ClientError { source })
}

/// The HTTP client could not be created.
#[derive(Debug, thiserror::Error)]
#[error("could not create the HTTP client: {source}")]
pub struct ClientError {
    /// The error of the HTTP library.
    #[source]
    pub source: reqwest::Error,
}

/// A URL that is not an `http` or `https` URL.
#[derive(Debug, thiserror::Error)]
pub enum UrlError {
    /// The text does not parse as a URL.
    #[error("it is not a URL ({0})")]
    Malformed(#[from] url::ParseError),
    /// Another scheme.
    #[error("expected an http:// or https:// URL, not {scheme}:")]
    Scheme {
        /// The scheme given.
        scheme: String,
    },
}

/// Parses `url` and checks that it is an `http` or `https` URL (which always has a host).
pub fn parse_http_url(url: &str) -> Result<Url, UrlError> {
    let parsed = Url::parse(url)?;
    match parsed.scheme() {
        "http" | "https" => Ok(parsed),
        scheme => Err(UrlError::Scheme { scheme: scheme.to_owned() }),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn http_and_https_urls_pass() {
        for url in ["http://127.0.0.1:8080/v1", "https://Example.COM", " https://h/a?b#c "] {
            let parsed = parse_http_url(url).unwrap_or_else(|err| panic!("{url}: {err}"));
            assert!(parsed.host_str().is_some(), "{url}");
        }
    }

    #[test]
    fn other_schemes_are_refused_by_name() {
        for (url, scheme) in
            [("ftp://h/x", "ftp"), ("file:///etc/passwd", "file"), ("ipfs://bafk", "ipfs")]
        {
            let err = parse_http_url(url).unwrap_err();
            assert!(matches!(&err, UrlError::Scheme { scheme: s } if s == scheme), "{url}: {err}");
            assert_eq!(
                err.to_string(),
                format!("expected an http:// or https:// URL, not {scheme}:")
            );
        }
    }

    #[test]
    fn malformed_urls_and_urls_without_a_host_are_refused() {
        for url in ["", "example.com/v1", "http://", "https://:443/", "http://exa mple.com"] {
            let err = parse_http_url(url).unwrap_err();
            assert!(matches!(err, UrlError::Malformed(_)), "{url}: {err}");
            assert!(err.to_string().starts_with("it is not a URL ("), "{url}: {err}");
        }
    }

    #[test]
    fn a_client_starts_with_and_without_timeouts() {
        ClientBuilder::new().build().expect("client");
        ClientBuilder::new()
            .timeout(Duration::from_secs(1))
            .connect_timeout(Duration::from_millis(10))
            .build()
            .expect("client");
    }

    #[test]
    fn a_client_that_cannot_start_is_an_error() {
        // A header value with a line break makes reqwest's builder fail.
        let err = finish(reqwest::Client::builder().user_agent("memsync\n")).unwrap_err();
        assert!(err.source.is_builder(), "{err}");
        assert!(err.to_string().starts_with("could not create the HTTP client: "), "{err}");
    }
}
