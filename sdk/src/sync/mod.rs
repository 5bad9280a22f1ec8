//! Catching up with the chain: fetching the owner's new log entries after a checkpoint,
//! verified against the on-chain head, with retries when the RPC fails.
//!
//! Only transport failures are retried ([`Error::Rpc`]): an answer that does not verify
//! ([`Error::LogHeadMismatch`], [`Error::LogInconsistent`]) is a lying or broken RPC, and asking
//! it again would only hide that.

use std::time::Duration;

use alloy::primitives::Address;

use crate::error::{Error, Result};
use crate::vault::{Checkpoint, LogFetch, Vault, VerifiedLog};

/// How often and how patiently a sync retries a failing RPC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all (at least 1).
    pub attempts: u32,
    /// The wait before the first retry; each later one doubles it.
    pub first_backoff: Duration,
    /// The longest wait between attempts.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// Five attempts over about six seconds.
    fn default() -> Self {
        Self {
            attempts: 5,
            first_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(3),
        }
    }
}

impl RetryPolicy {
    /// No retries: the first failure is returned.
    pub const NONE: Self =
        Self { attempts: 1, first_backoff: Duration::ZERO, max_backoff: Duration::ZERO };

    /// The wait before retry number `retry` (1-based), with up to a quarter of jitter so that
    /// processes sharing an RPC do not retry in lockstep.
    fn backoff(&self, retry: u32) -> Duration {
        let base = self
            .first_backoff
            .saturating_mul(1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX))
            .min(self.max_backoff);
        let mut jitter = [0u8; 2];
        // Jitter is a courtesy; without randomness the plain backoff is still correct.
        let _ = rand_core::TryRngCore::try_fill_bytes(&mut rand_core::OsRng, &mut jitter);
        base + base.mul_f64(f64::from(u16::from_le_bytes(jitter)) / f64::from(u16::MAX) / 4.0)
    }
}

/// What a sync needs to know about where and how to read.
#[derive(Clone, Copy, Debug)]
pub struct SyncPlan {
    /// How to find events when catching up from nothing (a long history: ranges from the
    /// vault's deployment block are fewer round trips than one per written block).
    pub initial: LogFetch,
    /// How to find events when catching up from a checkpoint (a few new blocks: links).
    pub incremental: LogFetch,
    /// Retries of failing RPC calls.
    pub retry: RetryPolicy,
}

impl Default for SyncPlan {
    fn default() -> Self {
        Self {
            initial: LogFetch::Links,
            incremental: LogFetch::Links,
            retry: RetryPolicy::default(),
        }
    }
}

/// The entries of `owner`'s log after `from`, verified against the chain's head, retrying RPC
/// failures by `plan`. `on_retry` hears of each failed attempt before its backoff.
pub async fn fetch_verified(
    vault: &Vault,
    owner: Address,
    from: Checkpoint,
    plan: &SyncPlan,
    mut on_retry: impl FnMut(u32, &Error),
) -> Result<VerifiedLog> {
    let fetch = if from.seq == 0 { plan.initial } else { plan.incremental };
    let attempts = plan.retry.attempts.max(1);
    let mut attempt = 1;
    loop {
        match vault.sync_using(owner, from, fetch).await {
            Err(err @ Error::Rpc { .. }) if attempt < attempts => {
                on_retry(attempt, &err);
                tokio::time::sleep(plan.retry.backoff(attempt)).await;
                attempt += 1;
            }
            Err(Error::Rpc { context, source }) if attempts > 1 => {
                return Err(Error::RpcGaveUp { attempts, context, source });
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_with_bounded_jitter() {
        let policy = RetryPolicy::default();
        for (retry, base) in [(1, 200), (2, 400), (3, 800), (4, 1600), (5, 3000), (30, 3000)] {
            let wait = policy.backoff(retry).as_millis();
            assert!((base..=base + base / 4).contains(&wait), "retry {retry}: {wait} ms");
        }
        assert_eq!(RetryPolicy::NONE.backoff(1), Duration::ZERO);
    }
}
