//! One transport for every JSON-RPC call the SDK makes: a timeout on each request, bounded
//! retries of transient failures with exponential backoff and jitter (honouring `Retry-After`),
//! and a count of calls by method.
//!
//! Hosted RPC endpoints answer 429 and 5xx under load, drop connections, hang, and are served by
//! replicas that lag one another. The retry layer ([`RetryLayer`]) sits under alloy's provider
//! as a tower layer, so every call (connecting, `eth_call`, sends, receipt polls, log queries)
//! gets the same treatment, and call sites never match on error strings. What is retried:
//!
//! - HTTP 408, 425, 429, 500, 502, 503, 504 and Cloudflare's 52x, with the server's
//!   `Retry-After` as the wait when it gives one;
//! - connections refused, reset or closed before an answer, and requests past the timeout;
//! - JSON-RPC errors that providers use for rate limits (alloy's list: 429, -32005, ...), and
//!   `header not found` / `unknown block` from a replica that has not seen a block yet;
//! - answers that are not JSON-RPC at all (a proxy's error page with status 200).
//!
//! Anything else (a revert, an invalid request, a log query over a provider's limit, which the
//! caller splits) is returned at once. Re-sending a request is safe for every call the SDK
//! makes: reads are idempotent, and a transaction is always sent as the same signed bytes, so a
//! repeated send cannot apply twice (see the vault's transaction lane).

mod retry;
mod stats;

use std::time::Duration;

pub use retry::{GaveUp, RetryLayer, RetryPolicy, RetryService, is_log_limit};
pub use stats::RpcStats;

/// How the SDK talks to an RPC endpoint: the timeout of each request and the retry budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RpcConfig {
    /// How long one request may take before it counts as failed (and is retried).
    pub timeout: Duration,
    /// How often and how patiently transient failures are retried.
    pub retry: RetryPolicy,
}

impl Default for RpcConfig {
    /// A 15-second timeout per request and [`RetryPolicy::default`].
    fn default() -> Self {
        Self { timeout: Duration::from_secs(15), retry: RetryPolicy::default() }
    }
}

impl RpcConfig {
    /// Sets the timeout of each request.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the retry policy.
    #[must_use]
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }
}

/// Whether a read at the pinned block failed because the node does not have that block (any
/// more, or not yet): a reorg replaced it between the pin and the read, or a replica behind the
/// one that gave the pin answered the read (`-32001` "resource not found",
/// geth's "header not found", "unknown block").
#[doc(hidden)]
pub fn pinned_block_gone(err: &crate::VaultError) -> bool {
    let source = match err {
        crate::VaultError::Rpc { source, .. } | crate::VaultError::RpcGaveUp { source, .. } => {
            source
        }
        _ => return false,
    };
    let source = GaveUp::of(source).map_or(source, |g| &g.last);
    match source {
        alloy::transports::RpcError::ErrorResp(payload) => {
            let message = payload.message.to_ascii_lowercase();
            payload.code == -32001
                || message.contains("not found")
                || message.contains("unknown block")
        }
        _ => false,
    }
}
