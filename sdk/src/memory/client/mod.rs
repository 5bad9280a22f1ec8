//! [`MemoryClient`]: the memory layer as an app uses it.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::{Address, B256};
use jiff::Timestamp;
use tokio::sync::Mutex;

use super::state::{Change, Opened, State};
use crate::blob::{BlobRouter, BlobStore};
use crate::cache::{CacheOpened, LogCache};
use crate::error::{Error, Result};
use crate::extract::{Action, BuiltinExtractor, ExtractContext, Extractor, Message, reconcile};
use crate::import::{ExportHeader, ImportFormat, ImportItem, Problem};
use crate::keys::Keyring;
use crate::records;
use crate::records::StoragePolicy;
use crate::search::{
    DEFAULT_RRF_K, Embedder, Hit, SearchIndex, VectorIndex, decode_vector, encode_vector,
    reciprocal_rank_fusion,
};
use crate::sync::{SyncEvent, SyncPlan, catch_up};
use crate::vault::{LogEntry, LogFetch, Operation, SeqCheck, Vault, next_version};
use memsync_types::body;
use memsync_types::{AppScope, Applied, AppliedAction};
use memsync_types::{Category, Filter, Memory, MemoryId, MemoryKind, Source};

mod builder;
mod plan;
mod portability;
mod read;
mod scoped;
mod sync;
mod tee;
mod types;
mod write;

pub use builder::MemoryClientBuilder;
use plan::{Plan, Write, vector_record_name};
pub use scoped::Scoped;
pub use types::*;
use write::{said_before, sittings};

/// How many cached entries are read, opened and indexed at a time when a client opens.
const CACHE_PAGE: u64 = 4096;

/// How many times a write that lost a race with another device is re-planned and retried.
const WRITE_ATTEMPTS: usize = 8;

/// How long a pending transaction of this device may stay behind a nonce gap before a sync
/// fills the gap.
const HELD_BACK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(4);
/// How often a sync plans a dropped write again after its resend reverted.
const RESEND_REVERTS: u32 = 3;
/// How long a sync waits for a transaction it broadcast again to be mined.
const RESEND_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);
/// How long a write whose sequence check reverted when mined looks for the write that got in
/// first before it reports the revert as it is.
const REVERT_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// How long a delegate's write refused as "not a delegate" is tried again: a replica behind may
/// not show a grant the owner made a block ago.
const GRANT_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

/// A write keeps meeting replicas behind the log it planned against (while other writers move
/// the log on) for at most this many times the sync plan's `lag_wait` in all.
const BEHIND_WAITS: u32 = 3;

/// How many times an import (whose every write expects the sequence number it planned
/// against, so that two devices importing one file write each record once) is re-planned.
const IMPORT_ATTEMPTS: usize = 12;

/// The owner's memories: added, searched, listed, changed, deleted, exported and imported as
/// sealed records in their vault, with a verified local cache.
///
/// Build one with [`MemoryClient::builder`]; opening checks the keys against the key-check value
/// on chain, loads the cache (re-verifying it) and syncs with the chain.
#[derive(Clone)]
pub struct MemoryClient {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for MemoryClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryClient")
            .field("vault", &self.inner.vault.address())
            .field("owner", &self.inner.owner)
            .finish_non_exhaustive()
    }
}

struct Inner {
    /// What reconciling read from the memories' texts, kept between writes.
    analyses: std::sync::Mutex<crate::extract::Analyses>,
    vault: Vault,
    /// Whether `open` may answer from the cache when the chain cannot be reached.
    allow_stale: bool,
    owner: Address,
    /// Whether the vault client's signer writes as the owner's delegate (`applyBatchFor`).
    as_delegate: bool,
    keyring: Keyring,
    blobs: Option<BlobRouter>,
    policy: StoragePolicy,
    source: Source,
    plan: SyncPlan,
    progress: Option<ProgressFn>,
    clock: Clock,
    extractor: Arc<dyn Extractor>,
    embedder: Option<Arc<dyn Embedder>>,
    tee: Option<TeeRoute>,
    local: Mutex<Local>,
}

/// Everything that changes, behind one lock.
struct Local {
    cache: LogCache,
    /// The vault client writes go through: it records each signed transaction in the cache's
    /// outbox before broadcasting it.
    writer: Vault,
    /// The block of this client's last write: reads wait until the RPC has reached it.
    last_write_block: u64,
    /// Whether the last sync reached the chain.
    freshness: Freshness,
    /// The tip the last sync pinned.
    tip: Option<crate::vault::BlockRef>,
    /// What syncs found about this device's own transactions, not yet reported.
    notices: Notices,
    /// Key epochs whose key-check value is published before the next write.
    unpublished: Vec<crate::keys::KeyEpoch>,
    /// How often a re-planned resend of a dropped transaction reverted.
    resend_reverts: std::collections::HashMap<B256, u32>,
    /// Pending transactions of this device first seen held back behind a nonce gap.
    held: std::collections::HashMap<B256, std::time::Instant>,
    /// Displaced transactions a sync sent again in a new transaction (`true`) or found lost.
    resubmitted: std::collections::HashMap<B256, bool>,
    state: State,
    /// Full-text search over the live memories.
    index: SearchIndex,
    /// Memories changed since the text index last followed the state (it follows at the next
    /// search).
    unindexed: BTreeSet<MemoryId>,
    /// Embedding vectors of the live memories (with an embedder only).
    vectors: VectorIndex,
    /// What the sync at open did.
    opened: SyncReport,
}

/// Whether `err` means the chain could not be reached, did not answer in time, or served a log
/// that does not verify: then the cache (verified earlier) is still the best answer there is.
fn is_unreachable(err: &Error) -> bool {
    matches!(
        err,
        Error::Vault(crate::VaultError::Rpc { .. })
            | Error::Vault(crate::VaultError::RpcGaveUp { .. })
            | Error::Vault(crate::VaultError::RpcBehind { .. })
            | Error::Vault(crate::VaultError::NotMined { .. })
            | Error::Vault(crate::VaultError::LogHeadMismatch { .. })
            | Error::Vault(crate::VaultError::LogInconsistent { .. })
            | Error::Vault(crate::VaultError::CheckpointAhead { .. })
    )
}

/// Whether a write was refused for a sequence number that is *behind* the one it expected: the
/// log never shrinks, so the node that checked it has not seen operations this client verified.
fn is_behind_conflict(err: &Error) -> bool {
    fn behind(err: &crate::VaultError) -> bool {
        match err {
            crate::VaultError::BatchPartiallyApplied { source, .. } => behind(source),
            other => other.as_sequence_mismatch().is_some_and(|m| m.actual < m.expected),
        }
    }
    matches!(err, Error::Vault(err) if behind(err))
}

/// Whether a write's transaction (or the failing part of a split write) was mined and reverted.
fn is_revert(err: &Error) -> bool {
    fn reverted(err: &crate::VaultError) -> bool {
        match err {
            crate::VaultError::BatchPartiallyApplied { source, .. } => reverted(source),
            other => matches!(other, crate::VaultError::TransactionReverted { .. }),
        }
    }
    matches!(err, Error::Vault(err) if reverted(err))
}

/// What to tell the user of a write that a reorg dropped and another transaction displaced.
fn lost_write(tx: &crate::vault::SignedTx) -> String {
    format!(
        "transaction {} (nonce {}) was dropped from the chain (a reorg) and its nonce went to \
         another transaction: what it wrote is not in the vault; make the change again",
        tx.hash, tx.nonce
    )
}

/// What syncs inside other calls found about this device's own transactions, kept until a
/// caller's [`MemoryClient::sync`] (or open) reports it.
#[derive(Debug, Default)]
struct Notices {
    resent: Vec<B256>,
    lost_writes: Vec<String>,
}

/// What a sync sends again for a write that a reorg dropped and whose nonce went elsewhere.
struct Resend {
    owner: Option<Address>,
    ops: Vec<Operation>,
    check: SeqCheck,
}

/// Whether a write failed because another writer moved the log on since it was planned.
fn is_sequence_conflict(err: &Error) -> bool {
    sequence_conflict(err).is_some()
}

/// The vault's `VaultSequenceMismatch` behind a failed write, if that is what failed it.
fn sequence_conflict(
    err: &Error,
) -> Option<&memsync_bindings::memory_vault::MemoryVault::VaultSequenceMismatch> {
    fn mismatch(
        err: &crate::VaultError,
    ) -> Option<&memsync_bindings::memory_vault::MemoryVault::VaultSequenceMismatch> {
        match err {
            crate::VaultError::BatchPartiallyApplied { source, .. } => mismatch(source),
            other => other.as_sequence_mismatch(),
        }
    }
    match err {
        Error::Vault(err) => mismatch(err),
        _ => None,
    }
}

/// Conversations go through a TEE node: the client that finds and verifies nodes, and the
/// owner's key that signs each request.
#[derive(Clone)]
struct TeeRoute {
    client: crate::tee::client::TeeClient,
    owner: Arc<dyn alloy::signers::Signer + Send + Sync>,
}

impl MemoryClient {
    /// Starts building a client for the owner of `vault`'s signer, with `keyring` holding the
    /// owner's keys for this vault.
    pub fn builder(vault: Vault, keyring: Keyring) -> MemoryClientBuilder {
        MemoryClientBuilder {
            vault,
            keyring,
            delegate_of: None,
            cache: CacheLocation::default(),
            blobs: None,
            policy: StoragePolicy::default(),
            source: Source::default(),
            plan: SyncPlan::default(),
            progress: None,
            clock: Arc::new(Timestamp::now),
            extractor: Arc::new(BuiltinExtractor::new()),
            embedder: None,
            tee: None,
            allow_stale: false,
            cache_given: None,
            known_checks: Vec::new(),
        }
    }

    /// The owner whose memories these are.
    pub fn owner(&self) -> Address {
        self.inner.owner
    }

    /// The vault client.
    pub fn vault(&self) -> &Vault {
        &self.inner.vault
    }

    /// How many live memories the client holds.
    pub async fn len(&self) -> usize {
        self.inner.local.lock().await.state.len()
    }

    /// The ids of the live memories, or, with `deleted_too`, of every memory ever written
    /// (whose history stays readable), in id order.
    pub async fn memory_ids(&self, deleted_too: bool) -> Vec<MemoryId> {
        let local = self.inner.local.lock().await;
        let mut ids: Vec<MemoryId> = if deleted_too {
            local.state.known_ids().collect()
        } else {
            local.state.memories().map(|m| m.id).collect()
        };
        ids.sort();
        ids
    }

    /// Whether the owner has no live memories.
    pub async fn is_empty(&self) -> bool {
        self.len().await == 0
    }

    /// What the sync at open did (how much it restored, whether the cache was rebuilt).
    pub async fn open_report(&self) -> SyncReport {
        self.inner.local.lock().await.opened.clone()
    }

    /// How far the client has verified the owner's log.
    pub async fn checkpoint(&self) -> crate::vault::Checkpoint {
        self.inner.local.lock().await.state.checkpoint
    }

    /// Settles this signer's own writes in `cache` that are not final yet, without any keys:
    /// the owner's log is synced and verified as by [`sync`](Self::sync), and each pending
    /// transaction is looked at: one a reorg dropped is broadcast again as the same bytes, or
    /// (its nonce taken by another transaction) its operations go out again in a new one, less
    /// the versions the log already holds. Nothing is opened: a TEE node runs this for an
    /// owner between requests, holding the owner's public ciphertext but never the keys.
    ///
    /// Returns the cache back (`None` only if it could not be taken back) and what the sync did,
    /// with the writes it sent again in [`SyncReport::resent`] and those it could not in
    /// [`SyncReport::lost_writes`].
    pub async fn settle_pending(
        vault: Vault,
        owner: Address,
        cache: LogCache,
    ) -> (Option<LogCache>, Result<SyncReport>) {
        let scope = cache.scope();
        let signer = vault.signer_address().ok();
        let mut builder = MemoryClient::builder(vault, Keyring::new(scope));
        if signer != Some(owner) {
            builder = builder.delegate_of(owner);
        }
        let client = match builder.assemble(owner, cache, Vec::new()) {
            Ok(client) => client,
            Err(err) => return (None, Err(err)),
        };
        let synced = client.sync().await;
        (client.into_cache(), synced)
    }

    /// The cache, given back once the client is no longer needed (`None` while a clone of the
    /// client is still alive). Its content is public ciphertext, verified against the chain.
    pub fn into_cache(self) -> Option<LogCache> {
        let inner = Arc::try_unwrap(self.inner).ok()?;
        Some(inner.local.into_inner().cache)
    }

    /// The tip the last sync pinned (number, hash, time), if one reached the chain.
    pub async fn last_tip(&self) -> Option<crate::vault::BlockRef> {
        self.inner.local.lock().await.tip
    }

    /// Whether the client's answers reflect the chain: [`Freshness::Stale`] after a sync or
    /// [`refresh`](Self::refresh) that could not reach or verify the chain.
    pub async fn freshness(&self) -> Freshness {
        self.inner.local.lock().await.freshness.clone()
    }

    /// Forgets the local cache and fetches and verifies the whole log from the chain again
    /// (`memsync sync --rebuild`). Nothing is lost: the chain holds everything.
    pub async fn rebuild(&self) -> Result<SyncReport> {
        let mut local = self.inner.local.lock().await;
        local.cache.reset()?;
        self.reset_state(&mut local)?;
        let mut report = self.sync_locked(&mut local).await?;
        report.cache_rebuilt = Some("rebuilt on request".into());
        Ok(report)
    }

    /// Empties the in-memory state and indexes (to be rebuilt from the cache and the chain).
    fn reset_state(&self, local: &mut Local) -> Result<()> {
        local.state = State::default();
        local.index = SearchIndex::new()?;
        local.unindexed.clear();
        local.vectors = VectorIndex::new();
        Ok(())
    }

    /// The owner's keys of the epoch new records are sealed under, for a delegate (a TEE node).
    pub(crate) fn delegated_keys(&self) -> Result<crate::keys::DelegatedEpochKeys> {
        Ok(self.inner.keyring.latest().ok_or(Error::EmptyKeyring)?.to_delegated())
    }

    /// Publishes the key-check values still to be published (a delegate cannot), and syncs.
    pub(crate) async fn publish_pending_keys(&self) -> Result<()> {
        let mut local = self.inner.local.lock().await;
        self.publish_keys_locked(&mut local).await
    }

    /// Publishes the key-check values still to be published, and takes the publication (an
    /// entry of the log) in. A delegate's client has none: it refuses to open without them.
    async fn publish_keys_locked(&self, local: &mut Local) -> Result<()> {
        if local.unpublished.is_empty() {
            return Ok(());
        }
        let inner = &self.inner;
        records::publish_keys(&inner.vault, inner.owner, &inner.keyring, &local.unpublished)
            .await?;
        local.unpublished.clear();
        self.sync_locked(local).await?;
        Ok(())
    }

    fn now(&self) -> Timestamp {
        (self.inner.clock)()
    }

    fn report(&self, stage: Stage, done: u64, total: Option<u64>) {
        if let Some(progress) = &self.inner.progress {
            progress(Progress { stage, done, total });
        }
    }

    // ---------------------------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------------------------
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("time")
    }

    fn said(text: &str, when: Option<&str>) -> Message {
        Message { at: when.map(at), ..Message::user(text) }
    }

    #[test]
    fn a_conversation_resumed_after_a_pause_is_dated_by_each_sitting() {
        let now = at("2026-12-01T00:00:00Z");
        let messages = [
            said("I live in Berlin.", Some("2024-03-01T10:00:00Z")),
            said("I work as a nurse.", None),
            said("And I cycle.", Some("2024-03-01T13:00:00Z")),
            said("I moved to Lisbon.", Some("2026-06-01T09:00:00Z")),
            said("Still here.", Some("2026-06-01T09:05:00Z")),
        ];
        let parts = sittings(&messages, now, now);
        let shape: Vec<(usize, Timestamp)> = parts.iter().map(|(m, t)| (m.len(), *t)).collect();
        assert_eq!(
            shape,
            [(3, at("2024-03-01T13:00:00Z")), (2, at("2026-06-01T09:05:00Z"))],
            "the pause of two years splits it; three hours do not"
        );
    }

    #[test]
    fn undated_messages_are_one_sitting_of_the_fallback_time_and_no_time_is_past_now() {
        let now = at("2026-12-01T00:00:00Z");
        let started = at("2025-01-01T00:00:00Z");
        let undated = [said("I like tea.", None), said("Green.", None)];
        assert_eq!(sittings(&undated, started, now), [(&undated[..], started)]);
        let future = [said("Hello from the future.", Some("2030-01-01T00:00:00Z"))];
        assert_eq!(sittings(&future, started, now), [(&future[..], now)]);
        assert_eq!(sittings(&[], started, now), [(&[][..], started)]);
    }
}
