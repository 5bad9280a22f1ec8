//! The retry layer: a tower layer under alloy's RPC client that retries transient failures.

use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use alloy::rpc::json_rpc::{ErrorPayload, RequestPacket, ResponsePacket};
use alloy::transports::{TransportError, TransportErrorKind, TransportFut};
use tower::{Layer, Service};

use super::stats::RpcStats;

/// How often and how patiently a transient RPC failure is retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all (at least 1).
    pub attempts: u32,
    /// The wait before the first retry; each later one doubles it.
    pub first_backoff: Duration,
    /// The longest wait between attempts (a server's `Retry-After` is also capped by it).
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// Eight attempts over at most about twelve seconds of waiting.
    fn default() -> Self {
        Self {
            attempts: 8,
            first_backoff: Duration::from_millis(50),
            max_backoff: Duration::from_secs(4),
        }
    }
}

impl RetryPolicy {
    /// No retries: the first failure is returned.
    pub const NONE: Self =
        Self { attempts: 1, first_backoff: Duration::ZERO, max_backoff: Duration::ZERO };

    /// The wait before retry number `retry` (1-based), with up to a quarter of jitter so that
    /// processes sharing an RPC do not retry in lockstep.
    pub fn backoff(&self, retry: u32) -> Duration {
        let base = self
            .first_backoff
            .saturating_mul(1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX))
            .min(self.max_backoff);
        base + base.mul_f64(jitter() / 4.0)
    }
}

/// A uniform number in `[0, 1]`. Jitter is a courtesy: without randomness the plain backoff is
/// still correct.
fn jitter() -> f64 {
    let mut bytes = [0u8; 2];
    let _ = rand_core::TryRngCore::try_fill_bytes(&mut rand_core::OsRng, &mut bytes);
    f64::from(u16::from_le_bytes(bytes)) / f64::from(u16::MAX)
}

/// Retries transient failures of the requests that pass through it (see the [module
/// docs](super)), and counts every request and retry in an [`RpcStats`].
#[derive(Clone, Debug)]
pub struct RetryLayer {
    policy: RetryPolicy,
    stats: RpcStats,
}

impl RetryLayer {
    /// A layer retrying by `policy` and counting into `stats`.
    pub fn new(policy: RetryPolicy, stats: RpcStats) -> Self {
        Self { policy, stats }
    }
}

impl<S> Layer<S> for RetryLayer {
    type Service = RetryService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RetryService { inner, policy: self.policy, stats: self.stats.clone() }
    }
}

/// The service of a [`RetryLayer`].
#[derive(Clone, Debug)]
pub struct RetryService<S> {
    inner: S,
    policy: RetryPolicy,
    stats: RpcStats,
}

impl<S> Service<RequestPacket> for RetryService<S>
where
    S: Service<RequestPacket, Future = TransportFut<'static>, Error = TransportError>
        + Clone
        + Send
        + 'static,
{
    type Response = ResponsePacket;
    type Error = TransportError;
    type Future = TransportFut<'static>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: RequestPacket) -> Self::Future {
        let fresh = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, fresh);
        let (policy, stats) = (self.policy, self.stats.clone());
        Box::pin(async move {
            let method = request.method_names().next().unwrap_or("batch").to_owned();
            let attempts = policy.attempts.max(1);
            let started = Instant::now();
            let mut attempt = 1;
            loop {
                stats.count(&method);
                let outcome = inner.call(request.clone()).await;
                let hint = match &outcome {
                    Ok(response) => match response.as_error() {
                        Some(error) if is_transient_response(&method, error) => None,
                        _ => return outcome,
                    },
                    Err(error) => match transient(error) {
                        Some(hint) => hint,
                        None => return outcome,
                    },
                };
                if attempt >= attempts {
                    stats.gave_up();
                    let last = match outcome {
                        Ok(response) => match response.as_error() {
                            Some(error) => TransportError::ErrorResp(error.clone()),
                            None => return Ok(response),
                        },
                        Err(error) => error,
                    };
                    if attempts == 1 {
                        return Err(last);
                    }
                    return Err(TransportErrorKind::custom(GaveUp { attempts, last }));
                }
                let wait =
                    hint.map_or_else(|| policy.backoff(attempt), |h| h.min(policy.max_backoff));
                stats.retried(&method);
                tracing::debug!(
                    %method,
                    attempt,
                    wait_ms = wait.as_millis() as u64,
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "retrying a transient RPC failure"
                );
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
        })
    }
}

/// The transport failed through every attempt of its retry policy: the error a caller sees,
/// holding the last failure.
#[derive(Debug, thiserror::Error)]
#[error("{last} (after {attempts} attempts)")]
pub struct GaveUp {
    /// Attempts made.
    pub attempts: u32,
    /// The last failure.
    #[source]
    pub last: TransportError,
}

impl GaveUp {
    /// The `GaveUp` inside `error`, if the transport gave up.
    pub fn of(error: &TransportError) -> Option<&Self> {
        match error {
            TransportError::Transport(TransportErrorKind::Custom(source)) => source.downcast_ref(),
            _ => None,
        }
    }
}

/// Whether a transport failure is transient; `Some(hint)` if it is, with the server's requested
/// wait if it named one.
fn transient(error: &TransportError) -> Option<Option<Duration>> {
    match error {
        TransportError::Transport(kind) => match kind {
            TransportErrorKind::HttpErrorWithRetryAfter { error, retry_after } => {
                (error.status >= 400).then_some(Some(*retry_after))
            }
            TransportErrorKind::HttpError(http) => transient_status(http.status).then_some(None),
            TransportErrorKind::MissingBatchResponse(_) => Some(None),
            TransportErrorKind::Custom(source) => {
                // The HTTP client's own failures: refused, reset, closed early, timed out. A
                // request that could not even be built is not. The error is the transport's
                // reqwest (alloy's re-export), which need not be the version this crate uses.
                match source.downcast_ref::<alloy::transports::http::reqwest::Error>() {
                    Some(e) if e.is_builder() || e.is_redirect() => None,
                    Some(_) => Some(None),
                    None => None,
                }
            }
            _ => None,
        },
        TransportError::ErrorResp(payload) => is_transient_payload(payload).then_some(None),
        // An answer that is not JSON-RPC (an error page from a proxy) or a null where a value was
        // due (a replica that has not caught up).
        TransportError::DeserError { .. } | TransportError::NullResp => Some(None),
        _ => None,
    }
}

fn transient_status(status: u16) -> bool {
    matches!(status, 408 | 425 | 429 | 500 | 502 | 503 | 504 | 520..=530)
}

fn is_transient_response(method: &str, error: &ErrorPayload) -> bool {
    // A log query over a provider's range or size limit fails the same way every time: the
    // caller splits it instead.
    if method == "eth_getLogs" && is_log_limit(error.code, &error.message) {
        return false;
    }
    is_transient_payload(error)
}

fn is_transient_payload(error: &ErrorPayload) -> bool {
    if error.is_retry_err() {
        return true;
    }
    let message = error.message.to_ascii_lowercase();
    // A load-balanced replica that has not yet seen the block the request names.
    // (geth, erigon and nethermind's words; anvil's "BlockOutOfRangeError: block height is N
    // but requested was N+1".)
    [
        "header not found",
        "unknown block",
        "block not found",
        "could not find block",
        "missing trie node",
        "blockoutofrange",
        "block out of range",
        "block height is",
    ]
    .iter()
        .any(|m| message.contains(m))
        // JSON-RPC's "internal error": a provider's upstream failing, unless it reports a
        // transaction's own failure.
        || (error.code == -32603 && !message.contains("revert") && !message.contains("execution"))
}

/// Whether a JSON-RPC error to `eth_getLogs` says the query exceeds the provider's limit on the
/// block range or on the number (or size) of results: the query must be split, not repeated.
///
/// The shapes of the common providers: Alchemy (-32602 "Log response size exceeded ... this
/// block range should work: [0x.., 0x..]"), Infura (-32005 "query returned more than 10000
/// results"), geth (-32005 "query exceeds max results 10000" and "exceed maximum block range"),
/// QuickNode (-32614 "eth_getLogs is limited to a 10,000 range"), Ankr and others (-32062
/// "block range is too wide", "range too large", "block range limit exceeded").
pub fn is_log_limit(code: i64, message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ([
        "log response size exceeded",
        "query returned more than",
        "query exceeds max results",
        "exceed maximum block range",
        "exceeds maximum block range",
        "exceeds max block range",
        "eth_getlogs requests with up to",
        "exceeds limit of",
        "is limited to a",
        "block range is too wide",
        "block range too large",
        "range too large",
        "range is too large",
        "block range limit exceeded",
        "too many blocks",
        "response size exceeded",
        "response is too big",
        "too many results",
    ]
    .iter()
    .any(|m| message.contains(m))
        || code == -32614
        || code == -32062)
        // A rate limit is retried after a wait, not split into more requests.
        && !message.contains("rate limit")
        && !message.contains("request rate")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_with_bounded_jitter() {
        let policy = RetryPolicy {
            attempts: 5,
            first_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(3),
        };
        for (retry, base) in [(1, 200), (2, 400), (3, 800), (4, 1600), (5, 3000), (30, 3000)] {
            let wait = policy.backoff(retry).as_millis();
            assert!((base..=base + base / 4).contains(&wait), "retry {retry}: {wait} ms");
        }
        assert_eq!(RetryPolicy::NONE.backoff(1), Duration::ZERO);
    }

    #[test]
    fn provider_log_limits_are_recognised_and_not_retried() {
        for (code, message) in [
            (
                -32602,
                "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
            ),
            (-32005, "query returned more than 10000 results"),
            (-32005, "query exceeds max results 20000"),
            (-32614, "eth_getLogs is limited to a 10,000 range"),
            (-32062, "block range is too wide"),
            (-32000, "exceed maximum block range: 5000"),
            (-32600, "You can make eth_getLogs requests with up to a 500 block range."),
            (-32602, "range 20000 exceeds limit of 10000"),
            (-32602, "query exceeds max block range 100000"),
        ] {
            assert!(is_log_limit(code, message), "{code} {message}");
            let payload = ErrorPayload { code, message: message.to_owned().into(), data: None };
            assert!(!is_transient_response("eth_getLogs", &payload), "{message}");
        }
        assert!(!is_log_limit(3, "execution reverted"));
    }

    #[test]
    fn rate_limits_and_lagging_replicas_are_transient_reverts_are_not() {
        let payload = |code, message: &str| ErrorPayload {
            code,
            message: message.to_owned().into(),
            data: None,
        };
        assert!(is_transient_payload(&payload(429, "Too Many Requests")));
        assert!(is_transient_payload(&payload(-32000, "header not found")));
        assert!(is_transient_payload(&payload(
            -32602,
            "BlockOutOfRangeError: block height is 23 but requested was 24"
        )));
        assert!(!is_transient_payload(&payload(3, "execution reverted")));
        assert!(!is_transient_payload(&payload(-32602, "invalid argument 0")));
        assert!(!is_transient_payload(&payload(-32000, "nonce too low")));
        for status in [429, 502, 503, 504] {
            assert!(transient_status(status), "{status}");
        }
        for status in [400, 401, 403, 404, 413] {
            assert!(!transient_status(status), "{status}");
        }
    }
}
