//! Counting JSON-RPC calls: what a client costs on a provider that prices and limits per call.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Counts of the JSON-RPC requests one client sent, by method, and of retries. Clones share
/// the counts.
#[derive(Clone, Debug, Default)]
pub struct RpcStats {
    inner: Arc<Mutex<Counts>>,
}

#[derive(Debug, Default)]
struct Counts {
    calls: BTreeMap<String, u64>,
    retries: u64,
    gave_up: u64,
}

impl RpcStats {
    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(super) fn count(&self, method: &str) {
        *self.counts().calls.entry(method.to_owned()).or_default() += 1;
    }

    pub(super) fn retried(&self, _method: &str) {
        self.counts().retries += 1;
    }

    pub(super) fn gave_up(&self) {
        self.counts().gave_up += 1;
    }

    /// Requests sent (every attempt counts), by method.
    pub fn calls(&self) -> BTreeMap<String, u64> {
        self.counts().calls.clone()
    }

    /// Requests sent in all (every attempt counts).
    pub fn total(&self) -> u64 {
        self.counts().calls.values().sum()
    }

    /// Attempts that failed transiently and were retried.
    pub fn retries(&self) -> u64 {
        self.counts().retries
    }

    /// Requests that failed through every retry.
    pub fn gave_up_count(&self) -> u64 {
        self.counts().gave_up
    }
}
