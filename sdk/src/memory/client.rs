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
use crate::sealed_vault::StoragePolicy;
use crate::search::{
    DEFAULT_RRF_K, Embedder, Hit, SearchIndex, VectorIndex, decode_vector, encode_vector,
    reciprocal_rank_fusion,
};
use crate::sync::{SyncEvent, SyncPlan, catch_up};
use crate::vault::{LogEntry, LogFetch, Operation, SeqCheck, Vault, next_version};
use memsync_types::AppScope;
use memsync_types::body;
use memsync_types::{Category, Filter, Memory, MemoryId, MemoryKind, Source};

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

/// What a long operation reports as it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// What is being done.
    pub stage: Stage,
    /// How much of it is done.
    pub done: u64,
    /// How much there is, when known.
    pub total: Option<u64>,
}

/// The stages of long operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stage {
    /// Reading the cached log from disk.
    LoadingCache,
    /// Fetching and verifying new log entries from the chain.
    Fetching,
    /// Opening records and indexing memories.
    Opening,
    /// Writing memories to the vault.
    Writing,
    /// Reading an import file and deciding what to write.
    Importing,
    /// Collecting memories for an export.
    Exporting,
    /// Connecting to the RPC endpoint.
    Connecting,
    /// Waiting for an RPC that is `done` blocks behind what this device knows.
    WaitingForRpc,
}

/// Whether what a client answers reflects the chain.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Freshness {
    /// The last sync verified the cache against the chain.
    #[default]
    Current,
    /// The chain could not be reached or did not verify: answers come from the local cache,
    /// which may miss recent writes of other devices.
    Stale {
        /// Why.
        reason: String,
        /// How far the cache reaches.
        checkpoint_seq: u64,
    },
}

impl Freshness {
    /// Whether answers may miss recent writes.
    pub fn is_stale(&self) -> bool {
        matches!(self, Self::Stale { .. })
    }
}

/// A callback for [`Progress`] reports.
pub type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// The clock memories are dated by.
pub type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// Where the client keeps its cache of the verified log.
#[derive(Clone, Debug, Default)]
pub enum CacheLocation {
    /// In memory only: every open restores from the chain.
    #[default]
    Memory,
    /// A SQLite file (created if missing; shared safely with other processes).
    File(PathBuf),
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncReport {
    /// Log entries read back from the local cache (verified again on the way).
    pub from_cache: u64,
    /// New log entries fetched from the chain, verified against its head.
    pub from_chain: u64,
    /// Memories added or changed.
    pub memories_changed: u64,
    /// Memories deleted.
    pub memories_removed: u64,
    /// Records that could not be opened (retried at every sync), with the reason.
    pub unreadable: Vec<(B256, String)>,
    /// The cache was found damaged and rebuilt from the chain, or replaced.
    pub cache_rebuilt: Option<String>,
    /// A reorg replaced blocks this device had synced: what was rolled back and fetched again.
    pub rolled_back: Option<String>,
    /// Entries an earlier, interrupted sync had fetched, which this one went on from.
    pub resumed: u64,
    /// This device's transactions that a reorg (or a lost answer) left out of the chain and
    /// that were broadcast again, as the same signed bytes.
    pub resent: Vec<B256>,
    /// This device's writes that are lost and must be made again (a reorg dropped them and
    /// their nonce went to another transaction), with what happened.
    pub lost_writes: Vec<String>,
}

/// A search: the words to look for, which memories may match, how many to return.
#[derive(Clone, Debug)]
#[must_use = "a search does nothing until it is run"]
pub struct Search {
    query: String,
    filter: Filter,
    limit: usize,
}

impl Search {
    /// A search for `query` (plain words, not a query language; empty: the most recently
    /// updated memories), over every live memory, returning at most 10.
    pub fn new(query: impl Into<String>) -> Self {
        Self { query: query.into(), filter: Filter::default(), limit: 10 }
    }

    /// Only memories that pass `filter`.
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = filter;
        self
    }

    /// At most `limit` results.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// The filter the search applies.
    pub fn filter_ref(&self) -> &Filter {
        &self.filter
    }
}

/// One search result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SearchHit {
    /// The memory.
    pub memory: Memory,
    /// How well it matches (higher is better; comparable within one result list only).
    pub score: f32,
}

/// What a conversation or an import did to one memory.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Applied {
    /// What was done.
    pub action: AppliedAction,
    /// The memory it was done to (none for a retraction that matched nothing).
    pub id: Option<MemoryId>,
    /// The text it concerned.
    pub text: String,
    /// The version of the memory's record this wrote (the tombstone's, for a deletion; none
    /// when nothing was written). A reader waits for it to know it sees this write: an
    /// update's memory is there before it, at its earlier version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
}

/// What was done to a memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AppliedAction {
    /// A new memory.
    Added,
    /// A changed fact replaced an older version.
    Updated,
    /// A retraction deleted it.
    Deleted,
    /// Already known: nothing written.
    Unchanged,
    /// Outside the app's scope (a category or kind it may not write): nothing written.
    #[serde(rename = "out_of_scope")]
    OutOfScope,
    /// Said before the memory's current version was, or before it was deleted (an import of old
    /// conversations): an older statement never replaces, retracts or brings back what a newer
    /// one set, so nothing was written (the statement is in the conversation, the memory's
    /// earlier versions in its history). A tombstone carries no time: a deletion counts as made
    /// no earlier than the latest time the log stated before it.
    Superseded,
}

impl AppliedAction {
    /// The action's name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Unchanged => "unchanged",
            Self::OutOfScope => "out_of_scope",
            Self::Superseded => "superseded",
        }
    }
}

/// How [`MemoryClient::import`] reads a file.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// The file's format (default: detected from its content, then its name).
    pub format: Option<ImportFormat>,
    /// The file's name, to help detection.
    pub file_name: Option<String>,
    /// Import the valid items of a half-corrupt file and report the others (default: refuse
    /// the file if any item is invalid, so nothing is imported by halves unasked).
    pub skip_invalid: bool,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ImportReport {
    /// The format the file was read as.
    #[serde(serialize_with = "display")]
    pub format: ImportFormat,
    /// New memories.
    pub added: usize,
    /// Memories replaced by a changed version.
    pub updated: usize,
    /// Memories a retraction deleted.
    pub deleted: usize,
    /// Items that were already known.
    pub unchanged: usize,
    /// Statements older than what the memory they concern says now (conversations imported
    /// late): nothing written, the newer fact stays.
    pub superseded: usize,
    /// Items that could not be imported, with their line.
    pub problems: Vec<Problem>,
    /// Things imported with a loss (such as metadata that does not fit tags).
    pub notes: Vec<Problem>,
}

fn display<S: serde::Serializer>(
    value: &impl std::fmt::Display,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// A memory to add. Only the text is required; what is not given is left empty (kind
/// semantic, no categories or tags, the client's default source, confidence 1).
#[derive(Clone, Debug)]
#[must_use = "a new memory does nothing until it is added"]
pub struct NewMemory {
    text: String,
    kind: Option<MemoryKind>,
    expires_at: Option<Timestamp>,
    categories: BTreeSet<Category>,
    tags: BTreeSet<String>,
    source: Option<Source>,
    confidence: f32,
}

impl NewMemory {
    /// Whether the memory names its own source.
    pub(crate) fn has_source(&self) -> bool {
        self.source.is_some()
    }

    /// A memory saying `text`.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: None,
            expires_at: None,
            categories: BTreeSet::new(),
            tags: BTreeSet::new(),
            source: None,
            confidence: 1.0,
        }
    }

    /// Its kind (default semantic, or episodic when an expiry is given).
    pub fn kind(mut self, kind: MemoryKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// When an episodic memory stops being relevant.
    pub fn expires_at(mut self, at: Timestamp) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// Its categories.
    pub fn categories(mut self, categories: impl IntoIterator<Item = Category>) -> Self {
        self.categories.extend(categories);
        self
    }

    /// Its tags.
    pub fn tags<S: Into<String>>(mut self, tags: impl IntoIterator<Item = S>) -> Self {
        self.tags.extend(tags.into_iter().map(Into::into));
        self
    }

    /// Where it comes from (default: the client's source).
    pub fn source(mut self, source: Source) -> Self {
        self.source = Some(source);
        self
    }

    /// How sure the writer is, from 0 to 1 (default 1).
    pub fn confidence(mut self, confidence: f32) -> Self {
        self.confidence = confidence;
        self
    }
}

/// A change to a memory: the fields given replace the current ones.
#[derive(Clone, Debug, Default)]
#[must_use = "an update does nothing until it is applied"]
pub struct MemoryUpdate {
    text: Option<String>,
    kind: Option<MemoryKind>,
    expires_at: Option<Option<Timestamp>>,
    categories: Option<BTreeSet<Category>>,
    tags: Option<BTreeSet<String>>,
    confidence: Option<f32>,
}

impl MemoryUpdate {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// New text.
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
    }

    /// A new kind.
    pub fn kind(mut self, kind: MemoryKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// A new expiry (`None` removes it).
    pub fn expires_at(mut self, at: Option<Timestamp>) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// New categories, replacing the old ones.
    pub fn categories(mut self, categories: impl IntoIterator<Item = Category>) -> Self {
        self.categories = Some(categories.into_iter().collect());
        self
    }

    /// New tags, replacing the old ones.
    pub fn tags<S: Into<String>>(mut self, tags: impl IntoIterator<Item = S>) -> Self {
        self.tags = Some(tags.into_iter().map(Into::into).collect());
        self
    }

    /// A new confidence.
    pub fn confidence(mut self, confidence: f32) -> Self {
        self.confidence = Some(confidence);
        self
    }

    fn apply_to(&self, memory: &mut Memory) {
        if let Some(text) = &self.text {
            memory.text.clone_from(text);
        }
        if let Some(kind) = self.kind {
            memory.kind = kind;
            if kind == MemoryKind::Semantic && self.expires_at.is_none() {
                memory.expires_at = None;
            }
        }
        if let Some(at) = self.expires_at {
            memory.expires_at = at;
        }
        if let Some(categories) = &self.categories {
            memory.categories.clone_from(categories);
        }
        if let Some(tags) = &self.tags {
            memory.tags.clone_from(tags);
        }
        if let Some(confidence) = self.confidence {
            memory.confidence = confidence;
        }
    }
}

/// One page of [`MemoryClient::list`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ListPage {
    /// The memories, most recently updated first.
    pub memories: Vec<Memory>,
    /// The offset of the next page, if there is one.
    pub next: Option<usize>,
    /// How many memories match the filter in all.
    pub total: usize,
}

/// One version of a memory, from the log.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MemoryVersion {
    /// The record version.
    pub version: u64,
    /// The log entry's sequence number.
    pub seq: u64,
    /// The block it was written in.
    pub block: u64,
    /// The memory as that version said it, or `None` for the tombstone that deleted it (or a
    /// version that does not open).
    pub memory: Option<Memory>,
    /// Why this version does not open, if it does not (garbage from a writer that may write but
    /// not read, a key epoch this device does not hold): it hides no earlier version, and the
    /// next write of the memory takes over from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreadable: Option<String>,
    /// The account that wrote it: the owner (with their own key, directly or relayed), or the
    /// delegate whose batch it was (a TEE node, an app's key), by the vault's
    /// `DelegatedBatchApplied` events. `None` when the chain could not be asked. The log's hash
    /// chain does not cover those events: it is what the RPC reports
    /// ([`Vault::delegated_writes`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub writer: Option<Address>,
}

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

/// Builds a [`MemoryClient`].
#[must_use = "a builder does nothing until `open`"]
pub struct MemoryClientBuilder {
    vault: Vault,
    keyring: Keyring,
    delegate_of: Option<Address>,
    cache: CacheLocation,
    blobs: Option<BlobRouter>,
    policy: StoragePolicy,
    source: Source,
    plan: SyncPlan,
    progress: Option<ProgressFn>,
    clock: Clock,
    extractor: Arc<dyn Extractor>,
    embedder: Option<Arc<dyn Embedder>>,
    tee: Option<TeeRoute>,
    allow_stale: bool,
    /// A cache the caller opened (a node's per-owner cache of ciphertext).
    cache_given: Option<LogCache>,
    /// Key-check values the caller already read from the chain, by epoch.
    known_checks: Vec<(u64, B256)>,
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

impl std::fmt::Debug for MemoryClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryClientBuilder").field("cache", &self.cache).finish_non_exhaustive()
    }
}

impl MemoryClientBuilder {
    /// Keeps the verified log in `location` (default: in memory).
    pub fn cache(mut self, location: CacheLocation) -> Self {
        self.cache = location;
        self
    }

    /// Adds a blob store for pointer records (the first is written to; all are read by URI).
    pub fn blob_store(mut self, store: Arc<dyn BlobStore>) -> Self {
        self.blobs = Some(match self.blobs.take() {
            None => BlobRouter::new(store),
            Some(router) => router.with(store),
        });
        self
    }

    /// Which storage mode new records take (default: inline).
    pub fn storage_policy(mut self, policy: StoragePolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The source memories added by this client carry unless told otherwise (typically
    /// `Source::app("your-app")`).
    pub fn source(mut self, source: Source) -> Self {
        self.source = source;
        self
    }

    /// The first block a sync from nothing scans (the vault's deployment block): the first
    /// sync then reads events in ranges of `max_blocks` instead of walking one block per write.
    pub fn scan_from_block(mut self, from_block: u64, max_blocks: u64) -> Self {
        self.plan.initial = LogFetch::Ranges { from_block, max_blocks };
        self
    }

    /// How syncs fetch and retry (default: links, five attempts).
    pub fn sync_plan(mut self, plan: SyncPlan) -> Self {
        self.plan = plan;
        self
    }

    /// Reports progress of long operations (sync, import, export) to `callback`.
    pub fn on_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    /// Extracts memories from conversations with `extractor` (default: [`BuiltinExtractor`],
    /// offline and deterministic).
    pub fn extractor(mut self, extractor: Arc<dyn Extractor>) -> Self {
        self.extractor = extractor;
        self
    }

    /// Adds semantic search: memories are embedded with `embedder` when written (their vectors
    /// sealed in a record of their own), and searches fuse text and vector rankings. Memory
    /// texts are sent to the embedder: use one the owner trusts with them.
    pub fn embedder(mut self, embedder: Arc<dyn Embedder>) -> Self {
        self.embedder = Some(embedder);
        self
    }

    /// Turns conversations ([`MemoryClient::add_messages`]) into memories through a TEE node
    /// instead of on this device: each call picks an active node from `tee`'s registry,
    /// verifies its attestation with a fresh nonce, and sends the conversation sealed to it,
    /// signed by `owner` (the owner's key; see [`TeeClient::add_messages`]).
    ///
    /// [`TeeClient::add_messages`]: crate::tee::client::TeeClient::add_messages
    pub fn via_tee(
        mut self,
        tee: crate::tee::client::TeeClient,
        owner: Arc<dyn alloy::signers::Signer + Send + Sync>,
    ) -> Self {
        self.tee = Some(TeeRoute { client: tee, owner });
        self
    }

    /// Reads and writes `owner`'s memories as the owner's delegate: the vault client's signer
    /// writes with `applyBatchFor`, which needs an active delegation from the owner with write
    /// (and, to delete, delete) scope. `keyring` holds the owner's keys (for a TEE node, the
    /// epoch keys the owner handed over), and the owner must have published the key-check value
    /// of the epoch it seals under: a delegate cannot publish it.
    pub fn delegate_of(mut self, owner: Address) -> Self {
        self.delegate_of = Some(owner);
        self
    }

    /// Uses `cache`, opened by the caller, instead of opening one (a TEE node keeps each owner's
    /// verified ciphertext between requests this way; see [`MemoryClient::into_cache`]). It
    /// must be the cache of this chain, vault and owner.
    pub fn with_cache(mut self, cache: LogCache) -> Self {
        self.cache_given = Some(cache);
        self
    }

    /// Key-check values already read from the chain, by epoch: the client checks the keys
    /// against them instead of reading them again. A published value never changes (key
    /// epochs only move forward), so a reader that checked one may keep it.
    pub fn known_key_checks(mut self, known: impl IntoIterator<Item = (u64, B256)>) -> Self {
        self.known_checks = known.into_iter().collect();
        self
    }

    /// Lets [`open`](Self::open) succeed from the local cache when the chain cannot be reached
    /// or does not verify (default: it fails). The client then answers from what the cache
    /// holds, and [`MemoryClient::freshness`] says so; writes still need the chain.
    pub fn allow_stale(mut self, allow: bool) -> Self {
        self.allow_stale = allow;
        self
    }

    /// The clock memories are dated by (default: the system clock).
    pub fn clock(mut self, clock: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Checks the keys against the chain (publishing the key-check value of a first epoch),
    /// opens the cache, and syncs.
    ///
    /// # Errors
    ///
    /// [`Error::Keys`] if the keyring does not match the owner's published key-check value;
    /// [`Error::CacheScopeMismatch`] if the cache file is another vault's; RPC and verification
    /// errors of the first sync.
    pub async fn open(mut self) -> Result<MemoryClient> {
        let signer = self.vault.signer_address()?;
        let owner = self.delegate_of.unwrap_or(signer);
        let scope = *self.keyring.scope();
        let (vault, chain_id) = (self.vault.address(), self.vault.chain_id());
        if scope.owner != owner || scope.vault != vault || scope.chain_id != chain_id {
            return Err(Error::KeyScopeMismatch { keys: scope, vault, chain_id, owner });
        }
        if self.keyring.latest().is_none() {
            return Err(Error::EmptyKeyring);
        }
        // The key-check value of a new epoch is published before the first write, not now:
        // reading needs no transaction (nor funds). A client that may answer from its cache
        // opens without the chain (the keys were checked when the cache was filled).
        let checked = records::check_keys(&self.vault, owner, &self.keyring, &self.known_checks);
        let unpublished = match checked.await {
            Ok(unpublished) => unpublished,
            Err(err) if self.allow_stale && is_unreachable(&err) => Vec::new(),
            Err(err) => return Err(err),
        };
        if let (Some(_), Some(epoch)) = (self.delegate_of, unpublished.first()) {
            return Err(Error::KeyCheckNotPublished { owner, epoch: epoch.get() });
        }
        let (cache, opened) = match (self.cache_given.take(), &self.cache) {
            (Some(cache), _) if cache.scope() == scope => (cache, CacheOpened::Existing),
            (Some(cache), _) => {
                return Err(Error::CacheScopeMismatch {
                    path: cache.path().map(Into::into),
                    expected: scope,
                    found: cache.scope(),
                });
            }
            (None, CacheLocation::Memory) => (LogCache::in_memory(scope)?, CacheOpened::Created),
            (None, CacheLocation::File(path)) => LogCache::open(path, scope)?,
        };
        let client = self.assemble(owner, cache, unpublished)?;
        let mut report = match client.sync().await {
            Ok(report) => report,
            Err(err) if client.inner.allow_stale && is_unreachable(&err) => {
                let mut local = client.inner.local.lock().await;
                let mut report = SyncReport::default();
                report.from_cache = client.apply_cached(&mut local, &mut report).await?;
                local.freshness = Freshness::Stale {
                    reason: err.to_string(),
                    checkpoint_seq: local.state.checkpoint.seq,
                };
                report
            }
            Err(err) => return Err(err),
        };
        if let CacheOpened::Replaced { moved_to, reason } = opened {
            report.cache_rebuilt = Some(format!("{reason} (moved to {})", moved_to.display()));
        }
        client.inner.local.lock().await.opened = report;
        Ok(client)
    }

    /// The client over `cache`, before its first sync.
    fn assemble(
        self,
        owner: Address,
        cache: LogCache,
        unpublished: Vec<crate::keys::KeyEpoch>,
    ) -> Result<MemoryClient> {
        let writer = self.vault.with_journal(cache.journal()?);
        Ok(MemoryClient {
            inner: Arc::new(Inner {
                analyses: std::sync::Mutex::default(),
                vault: self.vault,
                allow_stale: self.allow_stale,
                owner,
                as_delegate: self.delegate_of.is_some(),
                keyring: self.keyring,
                blobs: self.blobs,
                policy: self.policy,
                source: self.source,
                plan: self.plan,
                progress: self.progress,
                clock: self.clock,
                extractor: self.extractor,
                embedder: self.embedder,
                tee: self.tee,
                local: Mutex::new(Local {
                    cache,
                    writer,
                    last_write_block: 0,
                    freshness: Freshness::Current,
                    tip: None,
                    notices: Notices::default(),
                    unpublished,
                    resubmitted: Default::default(),
                    held: Default::default(),
                    resend_reverts: Default::default(),
                    state: State::default(),
                    index: SearchIndex::new()?,
                    unindexed: BTreeSet::new(),
                    vectors: VectorIndex::new(),
                    opened: SyncReport::default(),
                }),
            }),
        })
    }
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
            extractor: Arc::new(BuiltinExtractor),
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

    /// The memory `id`.
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if there is no live memory with that id.
    pub async fn get(&self, id: MemoryId) -> Result<Memory> {
        self.get_in(id, None).await
    }

    /// The memory `id` if `scope` may see it: one it may not see is not found, exactly as one
    /// that does not exist.
    pub(crate) async fn get_in(&self, id: MemoryId, scope: Option<&AppScope>) -> Result<Memory> {
        let local = self.inner.local.lock().await;
        local
            .state
            .memory(&id)
            .filter(|m| scope.is_none_or(|scope| scope.can_see(m)))
            .cloned()
            .ok_or(Error::MemoryNotFound { id })
    }

    /// The memories matching `filter`, most recently updated first, `limit` of them from
    /// `offset` on.
    pub async fn list(&self, filter: &Filter, offset: usize, limit: usize) -> Result<ListPage> {
        let now = self.now();
        let local = self.inner.local.lock().await;
        let mut matching: Vec<&Memory> =
            local.state.memories().filter(|m| filter.matches(m, now)).collect();
        matching.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        let total = matching.len();
        let memories: Vec<Memory> =
            matching.into_iter().skip(offset).take(limit).cloned().collect();
        let end = offset.saturating_add(memories.len());
        Ok(ListPage { memories, next: (end < total).then_some(end), total })
    }

    /// The owner's profile: a short bio and per-category summaries derived from the semantic
    /// memories (private memories are summarised under their category, never in the bio).
    pub async fn profile(&self) -> Result<super::Profile> {
        self.profile_in(None).await
    }

    /// The profile of the memories `scope` may see.
    pub(crate) async fn profile_in(&self, scope: Option<&AppScope>) -> Result<super::Profile> {
        let now = self.now();
        let local = self.inner.local.lock().await;
        let live = local
            .state
            .memories()
            .filter(|m| !m.is_expired_at(now) && scope.is_none_or(|scope| scope.can_see(m)));
        Ok(super::Profile::from_memories(live))
    }

    /// Every version of memory `id`, oldest first, from the verified log (the versions of a
    /// deleted memory too, ending with its tombstone).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if the memory was never written.
    pub async fn history(&self, id: MemoryId) -> Result<Vec<MemoryVersion>> {
        let local = self.inner.local.lock().await;
        let (record, _) = local.state.memory_record(&id).ok_or(Error::MemoryNotFound { id })?;
        let entries = local.cache.record_entries(record)?;
        let mut versions = Vec::with_capacity(entries.len());
        for entry in entries {
            let (memory, unreadable) = match self.open_entry(&local.cache, &entry).await {
                Some(Opened::Memory(memory)) => (Some(memory), None),
                Some(Opened::Unreadable(reason)) => (None, Some(reason)),
                _ => (None, None),
            };
            let version = entry.op.version().unwrap_or_default();
            versions.push(MemoryVersion {
                version,
                seq: entry.seq,
                block: entry.block,
                memory,
                unreadable,
                writer: None,
            });
        }
        drop(local);
        self.attribute(&mut versions).await;
        Ok(versions)
    }

    /// Fills in who wrote each of `versions`, from the vault's events in their blocks; leaves
    /// them unattributed when the chain cannot be asked (the history is still the verified
    /// log's).
    async fn attribute(&self, versions: &mut [MemoryVersion]) {
        let (Some(from), Some(to)) =
            (versions.iter().map(|v| v.block).min(), versions.iter().map(|v| v.block).max())
        else {
            return;
        };
        let owner = self.inner.owner;
        match self.inner.vault.delegated_writes(owner, from..=to).await {
            Ok(batches) => {
                for version in versions {
                    let batch =
                        batches.iter().find(|b| b.block == version.block && b.covers(version.seq));
                    version.writer = Some(batch.map_or(owner, |b| b.delegate));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, "could not ask the chain who wrote each version");
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------

    /// Adds a memory and returns it as written. Without categories or a kind, they come from
    /// the extractor's reading of the text (the text itself is kept as given).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidMemory`] for an empty or oversize text ([`MAX_TEXT_BYTES`]) or other
    /// fields out of bounds; write errors of the vault.
    ///
    /// [`MAX_TEXT_BYTES`]: super::MAX_TEXT_BYTES
    pub async fn add(&self, new: NewMemory) -> Result<Memory> {
        self.add_in(new, None).await
    }

    /// [`add`](Self::add), refused unless `scope` may write the memory as classified.
    pub(crate) async fn add_in(&self, new: NewMemory, scope: Option<&AppScope>) -> Result<Memory> {
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        let now = self.now();
        let text = new.text.trim().to_owned();
        super::validate_text(&text)?;
        let (mut kind, mut expires_at, mut categories) = (new.kind, new.expires_at, new.categories);
        if kind.is_none() && expires_at.is_none() && categories.is_empty() {
            let context = ExtractContext { now };
            let read = self.inner.extractor.extract(&[Message::user(text.clone())], &context).await;
            // A text the extractor reads as one statement takes its kind and expiry; a text of
            // several statements takes the categories of all of them.
            match read.as_deref() {
                Ok([candidate]) => {
                    (kind, expires_at) = (Some(candidate.kind), candidate.expires_at);
                    categories = candidate.categories.clone();
                }
                Ok(candidates) => {
                    categories =
                        candidates.iter().flat_map(|c| c.categories.iter().copied()).collect();
                }
                Err(err) => {
                    tracing::warn!(%err, "could not classify the memory; adding it as given")
                }
            }
        }
        let kind = kind.unwrap_or(if expires_at.is_some() {
            MemoryKind::Episodic
        } else {
            MemoryKind::Semantic
        });
        let memory = Memory {
            id: MemoryId::random(),
            text,
            kind,
            expires_at: if kind == MemoryKind::Episodic { expires_at } else { None },
            categories,
            tags: new.tags,
            source: new.source.unwrap_or_else(|| self.inner.source.clone()),
            created_at: now,
            updated_at: now,
            confidence: new.confidence,
            version: 1,
        };
        memory.validate()?;
        if let Some(scope) = scope {
            scope.check_add(&memory)?;
        }
        let id = memory.id;
        self.write(move |_| Ok((vec![Write::Put(memory.clone())], ()))).await?;
        self.get(id).await
    }

    /// Turns a conversation into memories: the extractor proposes candidates from what the user
    /// said, and each is reconciled with the memories that exist (a new fact is added, a changed
    /// one updates the old memory, a retraction deletes it, a known one changes nothing). All
    /// writes go in one transaction where they fit. `source` defaults to the client's.
    ///
    /// Statements are dated by the messages' `at`: a conversation is read in sittings (messages
    /// more than six hours apart start a new one), each dated by its latest message's time
    /// (never later than now; now when no message of it is dated). A statement older than what
    /// a memory says now, or than the memory's deletion, changes nothing
    /// ([`AppliedAction::Superseded`]).
    ///
    /// With [`via_tee`](MemoryClientBuilder::via_tee), a verified TEE node does this instead,
    /// and the client checks its signed answer against the chain.
    pub async fn add_messages(
        &self,
        messages: &[Message],
        source: Option<Source>,
    ) -> Result<Vec<Applied>> {
        self.add_messages_in(messages, source, None).await
    }

    /// [`add_messages`](Self::add_messages) as an app with `scope`: the conversation is
    /// reconciled only with the memories the app can see, and facts outside the scope are
    /// reported as [`AppliedAction::OutOfScope`] and not written. Through a TEE node, the node
    /// applies the scope (it is part of the signed request).
    pub async fn add_messages_in(
        &self,
        messages: &[Message],
        source: Option<Source>,
        scope: Option<&AppScope>,
    ) -> Result<Vec<Applied>> {
        if let Some(route) = &self.inner.tee {
            // The TEE client checks the scope before it sends anything.
            let node = route.client.pick().await?;
            let source = source.unwrap_or_else(|| self.inner.source.clone());
            let update = route
                .client
                .add_messages_scoped(self, &*route.owner, &node, messages, Some(source), scope)
                .await?;
            return Ok(update.applied);
        }
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        let now = self.now();
        let source = source.unwrap_or_else(|| self.inner.source.clone());
        // When it was said: each sitting of the conversation is dated by its latest message's
        // time where the messages carry one (never later than now), else now.
        let mut conversations = Vec::new();
        for (messages, said_at) in sittings(messages, now, now) {
            let context = ExtractContext { now: said_at };
            let candidates = self.inner.extractor.extract(messages, &context).await?;
            conversations.push((candidates, source.clone(), said_at));
        }
        let applied = self
            .write(|state| {
                let mut plan = Plan::new(state, scope).analyses(&self.inner.analyses);
                for (candidates, source, said_at) in &conversations {
                    plan.reconcile(candidates.clone(), source, *said_at);
                }
                Ok(plan.finish())
            })
            .await?;
        Ok(applied)
    }

    /// Changes memory `id` and returns its new version (the same version if nothing changed).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`], [`Error::InvalidMemory`]; [`Error::MemoryConflict`] if another
    /// device changed the memory since this client last synced.
    pub async fn update(&self, id: MemoryId, change: MemoryUpdate) -> Result<Memory> {
        self.update_in(id, change, None).await
    }

    /// [`update`](Self::update) as an app with `scope`: the memory must be visible to it, and
    /// its new version inside the scope.
    pub(crate) async fn update_in(
        &self,
        id: MemoryId,
        change: MemoryUpdate,
        scope: Option<&AppScope>,
    ) -> Result<Memory> {
        let now = self.now();
        let seen = self.get_in(id, scope).await?.version;
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        self.write(move |state| {
            let current = state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
            if current.version != seen {
                return Err(Error::MemoryConflict { id, expected: seen, actual: current.version });
            }
            let mut next = current.clone();
            change.apply_to(&mut next);
            if next == *current {
                return Ok((Vec::new(), ()));
            }
            next.updated_at = now;
            next.validate()?;
            if let Some(scope) = scope {
                scope.check_write(&next)?;
            }
            Ok((vec![Write::Put(next)], ()))
        })
        .await?;
        self.get(id).await
    }

    /// Deletes memory `id` with a tombstone; its earlier versions stay in the log
    /// ([`history`](Self::history)).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if there is no live memory with that id.
    pub async fn delete(&self, id: MemoryId) -> Result<()> {
        self.delete_in(id, None).await
    }

    /// [`delete`](Self::delete) as an app with `scope`: the memory must be visible to it.
    pub(crate) async fn delete_in(&self, id: MemoryId, scope: Option<&AppScope>) -> Result<()> {
        self.get_in(id, scope).await?;
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        self.write(move |state| {
            state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
            Ok((vec![Write::Delete(id)], ()))
        })
        .await
    }

    /// Plans writes against the current state with `plan`, seals and sends them in as few
    /// transactions as the gas cap allows, and syncs. If another device wrote in between (the
    /// vault refused the expected sequence number), syncs and plans again. Returns what the
    /// plan that was written said.
    async fn write<T>(&self, plan: impl Fn(&State) -> Result<(Vec<Write>, T)>) -> Result<T> {
        self.write_checked(plan, false).await
    }

    /// [`write`](Self::write); with `exact`, every transaction expects the sequence number it
    /// was planned against (imports: two devices importing one file write each record once).
    async fn write_checked<T>(
        &self,
        plan: impl Fn(&State) -> Result<(Vec<Write>, T)>,
        exact: bool,
    ) -> Result<T> {
        let mut local = self.inner.local.lock().await;
        let attempts = if exact { IMPORT_ATTEMPTS } else { WRITE_ATTEMPTS };
        let mut attempt = 0;
        let started = std::time::Instant::now();
        // Since when the RPC has been behind the state at this sequence number: a log that
        // other writers keep moving is progress, not an RPC that stays behind.
        let mut behind_since = (local.state.checkpoint.seq, started);
        let mut behind_wait = std::time::Duration::from_millis(50);
        while attempt < attempts {
            attempt += 1;
            let (mut writes, outcome) = plan(&local.state)?;
            if writes.is_empty() {
                return Ok(outcome);
            }
            // The publication is an entry of the log, and publishing syncs: whatever that takes
            // in (another writer's entries, too) must be in the state the writes are planned
            // from, or a plan made before it would go out under a check that already counts it.
            let planned_at = local.state.checkpoint;
            self.publish_keys_locked(&mut local).await?;
            if local.state.checkpoint != planned_at {
                attempt -= 1;
                continue;
            }
            self.add_vectors(&local.state, &mut writes).await?;
            // Adds of new memories cannot conflict; anything that replaces a version must not
            // overtake a writer this client has not seen.
            let replaces = exact || writes.iter().any(|w| Self::replaces(&local.state, w));
            let check = if replaces {
                SeqCheck::Exactly(local.state.checkpoint.seq)
            } else {
                SeqCheck::Any
            };
            let mut ops = Vec::with_capacity(writes.len());
            for write in &writes {
                if let Some(op) = self.seal(&local.state, write).await? {
                    ops.push(op);
                }
            }
            self.report(Stage::Writing, 0, Some(ops.len() as u64));
            let sent = if self.inner.as_delegate {
                local.writer.apply_chunked_for(self.inner.owner, &ops, check).await
            } else {
                local.writer.apply_chunked(&ops, check).await
            }
            .map_err(Error::from);
            self.report(Stage::Writing, ops.len() as u64, Some(ops.len() as u64));
            let landed = match &sent {
                Ok(receipts) => receipts.iter().map(|r| r.block).max(),
                Err(Error::Vault(crate::VaultError::BatchPartiallyApplied { applied, .. })) => {
                    applied.iter().map(|r| r.block).max()
                }
                Err(_) => None,
            };
            if let Some(block) = landed {
                local.last_write_block = local.last_write_block.max(block);
            }
            match sent {
                Ok(receipts) => {
                    tracing::debug!(
                        txs = ?receipts.iter().map(|r| r.tx_hash).collect::<Vec<_>>(),
                        memories = ?writes
                            .iter()
                            .filter_map(|w| match w {
                                Write::Put(memory) => Some(memory.id),
                                _ => None,
                            })
                            .collect::<Vec<_>>(),
                        ?check,
                        "a write landed"
                    );
                    // Seen in the log (absorbed or synced below): if a reorg drops one and it
                    // is mined again reverted, what it wrote is planned again.
                    for receipt in &receipts {
                        local.cache.outbox_mark_landed(receipt.tx_hash)?;
                    }
                    if !self.absorb_writes(&mut local, &receipts).await? {
                        self.sync_locked(&mut local).await?;
                        let hashes: Vec<B256> = receipts.iter().map(|r| r.tx_hash).collect();
                        self.await_own(&mut local, &hashes).await?;
                    }
                    return Ok(outcome);
                }
                // The node that checked the write holds fewer operations than this client has
                // verified: a replica behind the others, not another writer. Wait for it.
                Err(err) if is_behind_conflict(&err) => {
                    tracing::debug!(
                        %err,
                        state_seq = local.state.checkpoint.seq,
                        state_block = local.state.checkpoint.block,
                        last_write_block = local.last_write_block,
                        "the RPC that checked the write holds fewer operations; waiting"
                    );
                    if behind_since.0 != local.state.checkpoint.seq {
                        behind_since = (local.state.checkpoint.seq, std::time::Instant::now());
                    }
                    let lag_wait = self.inner.plan.lag_wait;
                    if behind_since.1.elapsed() >= lag_wait
                        || started.elapsed() >= lag_wait * BEHIND_WAITS
                    {
                        let needed = local.state.checkpoint.block.max(local.last_write_block);
                        let served = self.inner.vault.latest_block().await.map_or(0, |b| b.number);
                        return Err(Error::Vault(crate::VaultError::RpcBehind {
                            behind: needed.saturating_sub(served),
                            rpc_block: served,
                            needed_block: needed,
                            waited: behind_since.1.elapsed(),
                        }));
                    }
                    tokio::time::sleep(behind_wait).await;
                    behind_wait = (behind_wait * 2).min(std::time::Duration::from_secs(1));
                    // Or a reorg took operations this client verified: the sync finds out and
                    // rolls back (and sends this client's dropped transactions again).
                    self.sync_locked(&mut local).await?;
                    attempt -= 1;
                }
                Err(err) if is_sequence_conflict(&err) => {
                    tracing::debug!(%err, attempt, ?check, "a write lost the race for the log");
                    // Another writer got in first: catch up to at least what the vault said it
                    // holds (a replica behind may serve less at first), then plan again.
                    let holds = sequence_conflict(&err).map_or(0, |m| m.actual);
                    self.sync_until(&mut local, holds).await?;
                }
                // A sequence check can also fail when the transaction is mined (another writer
                // got in between the gas estimate and the block): the receipt only says it
                // reverted. If the log moved on, it was that; otherwise it was something else.
                Err(err) if replaces && is_revert(&err) => {
                    tracing::debug!(%err, attempt, ?check, "a write's sequence check reverted");
                    let before = local.state.checkpoint;
                    // The log as of the block the write reverted in (read by hash, so a replica
                    // behind cannot hide it): moved on past the check, it was another writer.
                    let (after, gone) = match &err {
                        Error::Vault(crate::VaultError::TransactionReverted { tx_hash }) => self.reverted_at(*tx_hash).await,
                        _ => (None, false),
                    };
                    if gone {
                        // A reorg dropped the block it reverted in: nothing of it stands. Plan
                        // again against the log as the sync finds it (the sequence check keeps
                        // it and a new plan from both landing, should it be mined again).
                        self.sync_locked(&mut local).await?;
                        continue;
                    }
                    if let Some(after) = after {
                        // Not moved: the write reverted for a reason of its own. (Fewer
                        // entries than this client holds: a reorg took some; the sync below
                        // rolls them back and the write is planned again.)
                        if after.seq == before.seq {
                            if let Err(sync) = self.sync_locked(&mut local).await {
                                tracing::warn!(error = %sync, "could not sync after a reverted write");
                            }
                            return Err(err);
                        }
                        self.sync_until(&mut local, after.seq).await?;
                        continue;
                    }
                    let started = std::time::Instant::now();
                    let patience = self.inner.plan.lag_wait.min(REVERT_PATIENCE);
                    let mut wait = std::time::Duration::from_millis(100);
                    self.sync_locked(&mut local).await?;
                    // A replica behind the one that mined the transaction may not show the
                    // write that got in first yet (or the reorg that moved the log).
                    while local.state.checkpoint == before && started.elapsed() < patience {
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(std::time::Duration::from_secs(1));
                        self.sync_locked(&mut local).await?;
                    }
                    if local.state.checkpoint == before {
                        return Err(err);
                    }
                }
                // A delegate refused as not one: a grant made a block ago that the replica
                // which checked the write does not show yet. Waited for, briefly; a grant that
                // is really gone (revoked, expired) is reported after that.
                Err(Error::Vault(crate::VaultError::Revert(
                    memsync_bindings::memory_vault::MemoryVault::MemoryVaultErrors::VaultNotDelegate(
                        _,
                    ),
                ))) if self.inner.as_delegate
                    && started.elapsed() < self.inner.plan.lag_wait.min(GRANT_PATIENCE) =>
                {
                    tokio::time::sleep(behind_wait).await;
                    behind_wait = (behind_wait * 2).min(std::time::Duration::from_secs(1));
                    attempt -= 1;
                }
                // Dropped, and its nonce went to another process of this key: the sync sends
                // the same operations again once the chain proves them missing.
                Err(Error::Vault(crate::VaultError::TransactionDisplaced { tx_hash })) => {
                    self.await_own(&mut local, &[tx_hash]).await?;
                    return Ok(outcome);
                }
                Err(err) => {
                    // Part of a split write may have landed: bring the state in line with the
                    // chain before reporting, so nothing is written twice on a retry.
                    if let Err(sync) = self.sync_locked(&mut local).await {
                        tracing::warn!(error = %sync, "could not sync after a failed write");
                    }
                    return Err(err);
                }
            }
        }
        Err(Error::Vault(crate::VaultError::WriteContended { attempts }))
    }

    /// The owner's log state after the block where transaction `tx_hash` reverted (read by
    /// hash), and whether the transaction is gone from the chain: not mined in the chain the
    /// RPC serves, even after a short wait for a replica that has not seen its block yet.
    async fn reverted_at(&self, tx_hash: B256) -> (Option<crate::vault::Checkpoint>, bool) {
        let vault = &self.inner.vault;
        match vault.log_state_after(self.inner.owner, tx_hash).await {
            Ok(Some(after)) => return (Some(after), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        let patience = self.inner.plan.lag_wait.min(REVERT_PATIENCE);
        match vault.mined_within(tx_hash, patience).await {
            Ok(Some(_)) => {
                (vault.log_state_after(self.inner.owner, tx_hash).await.ok().flatten(), false)
            }
            Ok(None) => (None, true),
            Err(_) => (None, false),
        }
    }

    /// With an embedder, the vector of every memory `writes` puts, and the tombstone of every
    /// deleted memory's vector.
    async fn add_vectors(&self, state: &State, writes: &mut Vec<Write>) -> Result<()> {
        let Some(embedder) = &self.inner.embedder else { return Ok(()) };
        let mut texts = Vec::new();
        let mut ids = Vec::new();
        let mut deleted = Vec::new();
        for write in writes.iter() {
            match write {
                Write::Put(memory) => {
                    ids.push(memory.id);
                    texts.push(memory.text.clone());
                }
                Write::Delete(id) if state.vector_record(id).is_some() => deleted.push(*id),
                _ => {}
            }
        }
        if !texts.is_empty() {
            let vectors = embedder.embed(&texts).await?;
            if vectors.len() != ids.len() {
                return Err(crate::search::SearchError::EmbedderResponse {
                    url: embedder.model().to_owned(),
                    reason: format!("{} vectors for {} texts", vectors.len(), ids.len()),
                }
                .into());
            }
            for (id, vector) in ids.into_iter().zip(vectors) {
                writes.push(Write::Vector(id, embedder.model().to_owned(), vector));
            }
        }
        writes.extend(deleted.into_iter().map(Write::DeleteVector));
        Ok(())
    }

    /// Whether `write` replaces a version that exists (an update, a delete, a re-import).
    fn replaces(state: &State, write: &Write) -> bool {
        match write {
            Write::Put(memory) => state.memory_record(&memory.id).is_some(),
            Write::Vector(id, ..) => state.vector_record(id).is_some(),
            Write::Delete(_) | Write::DeleteVector(_) => true,
        }
    }

    /// The vault operation of `write`, sealed (`None` when there is nothing to write).
    async fn seal(&self, state: &State, write: &Write) -> Result<Option<Operation>> {
        let inner = &self.inner;
        let keys = inner.keyring.latest().ok_or(Error::EmptyKeyring)?;
        let (record, version, plaintext) = match write {
            Write::Put(memory) => {
                let (record, version) = match state.memory_record(&memory.id) {
                    Some((record, latest)) => (record, next_version(latest)),
                    // A new memory: version 1, or the version an export recorded.
                    None => (keys.record_id(&memory.id.record_name()), memory.version.max(1)),
                };
                (record, version, zeroize::Zeroizing::new(body::encode(memory)))
            }
            Write::Vector(id, model, vector) => {
                let (record, version) = match state.vector_record(id) {
                    Some((record, latest)) => (record, next_version(latest)),
                    None => (keys.record_id(&vector_record_name(id)), 1),
                };
                let mut plaintext = zeroize::Zeroizing::new(id.as_bytes().to_vec());
                plaintext.extend_from_slice(&encode_vector(model, vector)?);
                (record, version, plaintext)
            }
            Write::Delete(id) => {
                let (record, latest) =
                    state.memory_record(id).ok_or(Error::MemoryNotFound { id: *id })?;
                return Ok(Some(Operation::delete(record, next_version(latest))));
            }
            Write::DeleteVector(id) => {
                return Ok(state
                    .vector_record(id)
                    .map(|(record, latest)| Operation::delete(record, next_version(latest))));
            }
        };
        let mode = records::mode_for(&inner.policy, record, plaintext.len())?;
        let op =
            records::seal(&inner.keyring, record, version, &plaintext, mode, inner.blobs.as_ref());
        Ok(Some(op.await?))
    }

    // ---------------------------------------------------------------------------------------
    // Searching
    // ---------------------------------------------------------------------------------------

    /// The memories that best match `search`, best first: full-text (BM25) ranking, fused by
    /// reciprocal rank with vector similarity when the client has an embedder.
    pub async fn search(&self, search: &Search) -> Result<Vec<SearchHit>> {
        let now = self.now();
        // Deeper lists than the limit, so that fusion can lift what one ranking alone misses.
        let depth = search.limit.saturating_mul(4).max(50);
        let query_vector = match &self.inner.embedder {
            Some(embedder) if !search.query.trim().is_empty() => {
                match embedder.embed(std::slice::from_ref(&search.query)).await {
                    Ok(mut vectors) if vectors.len() == 1 => vectors.pop(),
                    Ok(_) => None,
                    Err(err) => {
                        // The text ranking still answers; semantic search is an addition.
                        tracing::warn!(error = %err, "the embedder failed; searching text only");
                        None
                    }
                }
            }
            _ => None,
        };
        let mut local = self.inner.local.lock().await;
        Self::refresh_index(&mut local)?;
        let text_hits = local.index.search(&search.query, &search.filter, now, depth)?;
        let hits: Vec<Hit> = match query_vector {
            Some(query) if !local.vectors.is_empty() => {
                let matches = |id: MemoryId| {
                    local.state.memory(&id).is_some_and(|m| search.filter.matches(m, now))
                };
                let vector_hits = local.vectors.search(&query, depth, matches)?;
                reciprocal_rank_fusion(&[text_hits, vector_hits], DEFAULT_RRF_K, search.limit)
            }
            _ => text_hits.into_iter().take(search.limit).collect(),
        };
        Ok(hits
            .into_iter()
            .filter_map(|hit| {
                let memory = local.state.memory(&hit.id)?.clone();
                Some(SearchHit { memory, score: hit.score })
            })
            .collect())
    }

    // ---------------------------------------------------------------------------------------
    // Export and import
    // ---------------------------------------------------------------------------------------

    /// Every memory (expired ones included) as a MemSync export document (docs/FORMAT.md,
    /// "Export format"), and how many there are. The document is plaintext: it is the one
    /// place memories leave their encryption on purpose.
    pub async fn export(&self) -> Result<(String, usize)> {
        let local = self.inner.local.lock().await;
        let mut memories: Vec<Memory> = local.state.memories().cloned().collect();
        drop(local);
        let total = memories.len() as u64;
        self.report(Stage::Exporting, 0, Some(total));
        memories.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        let header = ExportHeader {
            exported_at: self.now(),
            owner: Some(self.inner.owner),
            chain_id: Some(self.inner.vault.chain_id()),
            vault: Some(self.inner.vault.address()),
        };
        let document = crate::import::write_export(&header, &memories)?;
        self.report(Stage::Exporting, total, Some(total));
        Ok((document, memories.len()))
    }

    /// Imports a file: a MemSync export (ids, versions and times kept), a mem0 export, text or
    /// Markdown notes (one memory per line or item), or ChatGPT's `conversations.json` (each
    /// conversation through the extractor). Importing the same file twice adds nothing.
    ///
    /// # Errors
    ///
    /// [`Error::Import`] if the file is not in the format (or none is recognised), or, unless
    /// `options.skip_invalid`, if any item is invalid (each reported with its line).
    pub async fn import(&self, bytes: &[u8], options: &ImportOptions) -> Result<ImportReport> {
        let now = self.now();
        let format = match options.format {
            Some(format) => format,
            None => crate::import::detect(bytes, options.file_name.as_deref())?,
        };
        self.report(Stage::Importing, 0, None);
        let mut parsed = crate::import::parse_at(format, bytes, now)?;
        if !options.skip_invalid {
            parsed = parsed.into_strict()?;
        }
        let total = parsed.items.len() as u64;
        // Conversations go through the extractor first (it may be a model, and async).
        let mut memories = Vec::new();
        let mut conversations = Vec::new();
        for (done, item) in parsed.items.into_iter().enumerate() {
            match item {
                ImportItem::Memory(memory) => memories.push(memory),
                ImportItem::Conversation(conversation) => {
                    let source = Source {
                        app: Some(format!("{format}-import")),
                        agent_id: None,
                        thread_id: Some(conversation.id.clone()),
                    };
                    let started = conversation.created_at.unwrap_or(now);
                    for (messages, said_at) in sittings(&conversation.messages, started, now) {
                        let context = ExtractContext { now: said_at };
                        let candidates = self.inner.extractor.extract(messages, &context).await?;
                        conversations.push((candidates, source.clone(), said_at));
                    }
                }
            }
            self.report(Stage::Importing, done as u64 + 1, Some(total));
        }
        let applied = self
            .write_checked(
                |state| {
                    let mut plan = Plan::new(state, None).analyses(&self.inner.analyses);
                    for memory in &memories {
                        plan.import(memory);
                    }
                    for (candidates, source, said_at) in &conversations {
                        plan.reconcile(candidates.clone(), source, *said_at);
                    }
                    Ok(plan.finish())
                },
                true,
            )
            .await?;
        let count = |action: AppliedAction| applied.iter().filter(|a| a.action == action).count();
        Ok(ImportReport {
            format,
            added: count(AppliedAction::Added),
            updated: count(AppliedAction::Updated),
            deleted: count(AppliedAction::Deleted),
            unchanged: count(AppliedAction::Unchanged),
            superseded: count(AppliedAction::Superseded),
            problems: parsed.problems,
            notes: parsed.notes,
        })
    }

    // ---------------------------------------------------------------------------------------
    // Syncing
    // ---------------------------------------------------------------------------------------

    /// Catches up with the chain: entries another process stored in the cache first, then new
    /// entries from the chain, verified against the on-chain head, stored, opened and indexed.
    /// Records that could not be opened before are tried again.
    ///
    /// # Errors
    ///
    /// [`Error::Vault(crate::VaultError::RpcGaveUp)`] if the RPC kept failing (nothing is lost: the next sync continues
    /// from the last verified entry); [`Error::Vault(crate::VaultError::LogHeadMismatch)`] or [`Error::Vault(crate::VaultError::LogInconsistent)`]
    /// if the RPC served a log that does not verify.
    pub async fn sync(&self) -> Result<SyncReport> {
        let mut local = self.inner.local.lock().await;
        let mut report = self.sync_locked(&mut local).await?;
        let notices = std::mem::take(&mut local.notices);
        report.resent.extend(notices.resent);
        report.lost_writes.extend(notices.lost_writes);
        Ok(report)
    }

    /// Syncs if the owner's log on chain moved past what the client has verified (one
    /// `eth_blockNumber` and one `eth_call` when it did not), and returns what the sync did.
    /// Long-running readers (an MCP server) call it before each read, so that writes from other
    /// devices and tools show up without a full sync per request. A failure leaves the client
    /// answering from its cache, and [`freshness`](Self::freshness) says so until a sync
    /// succeeds again.
    ///
    /// # Errors
    ///
    /// As [`sync`](Self::sync).
    pub async fn refresh(&self) -> Result<Option<SyncReport>> {
        let known = self.checkpoint().await;
        let stale = self.inner.local.lock().await.freshness.is_stale();
        let chain = match self.inner.vault.log_state(self.inner.owner).await.map_err(Error::from) {
            Ok(chain) => chain,
            Err(err) => {
                let mut local = self.inner.local.lock().await;
                local.freshness = Freshness::Stale {
                    reason: err.to_string(),
                    checkpoint_seq: local.state.checkpoint.seq,
                };
                return Err(err);
            }
        };
        if !stale && chain.seq == known.seq && chain.head == known.head {
            return Ok(None);
        }
        self.sync().await.map(Some)
    }

    async fn sync_locked(&self, local: &mut Local) -> Result<SyncReport> {
        let synced = self.sync_once(local).await;
        let synced = match synced {
            // A cache whose pages are damaged fails as it is read or written: move it aside,
            // start an empty one, and sync again from the chain.
            Err(Error::CacheDamaged { reason, .. }) => {
                let moved = local.cache.replace_damaged()?;
                local.writer = self.inner.vault.with_journal(local.cache.journal()?);
                self.reset_state(local)?;
                let note = match moved {
                    Some(path) => format!("{reason} (moved to {})", path.display()),
                    None => reason,
                };
                tracing::warn!(%note, "the local cache is damaged; rebuilding it from the chain");
                self.sync_once(local).await.map(|mut report| {
                    report.cache_rebuilt = Some(note);
                    report
                })
            }
            other => other,
        };
        local.freshness = match &synced {
            Ok(_) => Freshness::Current,
            Err(err) => Freshness::Stale {
                reason: err.to_string(),
                checkpoint_seq: local.state.checkpoint.seq,
            },
        };
        synced
    }

    async fn sync_once(&self, local: &mut Local) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        // 1. What the cache holds beyond this process's state: another process's sync, or this
        //    process's own cache at open. A cache that does not verify is rebuilt from the chain.
        self.report(Stage::LoadingCache, 0, None);
        report.from_cache = self.apply_cached(local, &mut report).await?;

        // 2. The chain, from where the cache stops: reorgs rolled back, new entries verified
        //    and stored, then read back from the cache page by page like any other, so a long
        //    restore holds the fetched ciphertext and the opened memories one after the other.
        self.report(Stage::Fetching, 0, None);
        let progress = self.inner.progress.clone();
        let on_event = move |event: SyncEvent| {
            let Some(progress) = &progress else { return };
            match event {
                SyncEvent::Waiting { behind } => {
                    progress(Progress { stage: Stage::WaitingForRpc, done: behind, total: None })
                }
                SyncEvent::Fetched { fetched } => {
                    progress(Progress { stage: Stage::Fetching, done: fetched, total: None })
                }
            }
        };
        // 3. This device's own transactions that are not final yet. One that is sent again and
        //    lands beyond the tip is fetched by a second pass.
        for pass in 0..2 {
            let caught = catch_up(
                &self.inner.vault,
                self.inner.owner,
                &mut local.cache,
                &self.inner.plan,
                local.last_write_block,
                &on_event,
            )
            .await?;
            report.from_chain += caught.fetched;
            report.resumed += caught.resumed;
            local.tip = Some(caught.tip);
            if let Some(note) = caught.rolled_back.clone() {
                // The state was built from entries that are gone: build it again from the cache.
                self.reset_state(local)?;
                report.rolled_back = Some(note);
            }
            self.report(Stage::Fetching, report.from_chain, Some(report.from_chain));
            self.apply_cached(local, &mut report).await?;
            let reached = local.cache.checkpoint()?;
            if local.state.checkpoint.seq < reached.seq {
                return Err(Error::Cache {
                    path: local.cache.path().map(Into::into),
                    reason: "the cache did not keep the entries just verified".into(),
                });
            }
            if !self.settle_outbox(local, &caught).await? || pass == 1 {
                break;
            }
        }

        // 4. Records that could not be opened before.
        let retry: Vec<LogEntry> =
            local.state.unreadable().map(|(entry, _)| entry.clone()).collect();
        let mut changes = Vec::new();
        for entry in retry {
            let opened = self.open_entry(&local.cache, &entry).await;
            changes.extend(local.state.apply(&entry, opened));
        }
        self.follow(local, changes, &mut report)?;
        report.unreadable = local
            .state
            .unreadable()
            .map(|(entry, why)| (entry.op.id().unwrap_or_default(), why.to_owned()))
            .collect();
        Ok(report)
    }

    /// A transaction of this device that a reorg dropped and whose nonce another transaction
    /// took (another process with the same key): it can never land, so its call is sent again
    /// in a new transaction through the journaling writer (it lands, or is refused as a
    /// conflict, which is reported as a lost write).
    ///
    /// Only when the chain proves it: the account's nonce at the pinned block (read by hash) is
    /// past the transaction's, and the transaction's entries are not in the log verified up to
    /// that block. A receipt that an RPC behind the others does not show proves nothing, and a
    /// transaction that landed must never be sent twice.
    async fn resubmit_lost(
        &self,
        local: &mut Local,
        tx: &crate::vault::SignedTx,
        caught: &crate::sync::CatchUp,
    ) -> Result<()> {
        if self.inner.vault.nonce_at(tx.from, &caught.tip).await? <= tx.nonce {
            // Its nonce is still free at the verified tip: it may yet land; look again later.
            return Ok(());
        }
        let resend = Self::still_applies(&local.state, tx);
        // Sent again as it was, it is sent at most once (its check decides). Re-planned from the
        // verified state, it stays in the outbox until sent: sending it twice is harmless, as
        // the second plan leaves out the versions the first wrote.
        if resend.is_none() {
            local.cache.outbox_remove(tx.hash)?;
        }
        let replanned = resend.as_ref().map(|r| r.check);
        let sent = match resend {
            // Every record it writes holds a later version already: nothing is missing.
            Some(resend) if resend.ops.is_empty() => {
                tracing::info!(lost = %tx.hash, "a dropped write was overtaken by later versions; nothing to send again");
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, true);
                return Ok(());
            }
            Some(Resend { owner, ops, check }) => {
                // A replica behind the tip this sync verified may check the sequence against
                // fewer entries: wait for it (bounded), as a write does.
                let started = std::time::Instant::now();
                let mut wait = std::time::Duration::from_millis(50);
                let sent = loop {
                    let sent = match owner {
                        Some(owner) => local.writer.apply_batch_for(owner, &ops, check).await,
                        None => local.writer.apply_batch(&ops, check).await,
                    }
                    .map_err(Error::from);
                    match sent {
                        Err(err)
                            if is_behind_conflict(&err)
                                && started.elapsed() < self.inner.plan.lag_wait =>
                        {
                            tokio::time::sleep(wait).await;
                            wait = (wait * 2).min(std::time::Duration::from_secs(1));
                        }
                        other => break other,
                    }
                };
                sent.map(|r| crate::vault::TxReceipt {
                    tx_hash: r.tx_hash,
                    block: r.block,
                    gas_used: r.gas_used,
                })
            }
            None => local.writer.resubmit(tx).await.map_err(Error::from),
        };
        match sent {
            // Another writer appended since this sync verified the log (none of the records it
            // writes has moved): the next sync plans it again against the log as it is then.
            Err(err)
                if replanned.is_some()
                    && ((is_sequence_conflict(&err) && !is_behind_conflict(&err))
                        || (is_revert(&err) && self.resend_again(local, tx.hash))) =>
            {
                tracing::info!(%err, lost = %tx.hash, "a dropped write is sent again at the next sync");
            }
            Ok(receipt) => {
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, true);
                tracing::warn!(lost = %tx.hash, new = %receipt.tx_hash, "a write that a reorg dropped was sent again in a new transaction");
                local.notices.resent.push(receipt.tx_hash);
                local.last_write_block = local.last_write_block.max(receipt.block);
            }
            Err(err) => {
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, false);
                tracing::warn!(%err, lost = %tx.hash, "a write that a reorg dropped could not be sent again");
                local.notices.lost_writes.push(format!("{} ({err})", lost_write(tx)));
            }
        }
        Ok(())
    }

    /// Whether a re-planned resend of `lost` that reverted when mined (its sequence check met
    /// a log that another writer had moved on, most likely) is tried again at the next sync:
    /// up to [`RESEND_REVERTS`] times.
    fn resend_again(&self, local: &mut Local, lost: B256) -> bool {
        let reverts = local.resend_reverts.entry(lost).or_default();
        *reverts += 1;
        *reverts <= RESEND_REVERTS
    }

    /// What to send again for a lost vault write, given the verified `state`: its operations
    /// except those whose record already holds their version or a later one (this device wrote
    /// again since, or another writer did: sending an older version would overtake it), under
    /// the check it was sent with, or, for a sequence check the log has moved past, one against
    /// the log as it is (none of the records it writes has moved). `None` when it cannot be
    /// re-encoded (not a vault write, or code records): it is sent again as it was, and a check
    /// that no longer holds is refused and reported lost.
    fn still_applies(state: &State, tx: &crate::vault::SignedTx) -> Option<Resend> {
        let batch = crate::vault::SentBatch::decode(tx)?;
        if batch.ops.iter().any(Operation::is_code) {
            return None;
        }
        let ops: Vec<Operation> = batch
            .ops
            .into_iter()
            .filter(|op| match (op.id(), op.version()) {
                (Some(id), Some(version)) => {
                    state.record_version(&id).is_none_or(|have| have < version)
                }
                _ => true,
            })
            .collect();
        let check = match batch.check {
            SeqCheck::Any => SeqCheck::Any,
            SeqCheck::Exactly(_) => SeqCheck::Exactly(state.checkpoint.seq),
        };
        Some(Resend { owner: batch.owner, ops, check })
    }

    /// Syncs until the state holds at least `seq` operations, or `lag_wait` has passed (a
    /// replica behind may serve fewer at first): after another writer moved the log on.
    async fn sync_until(&self, local: &mut Local, seq: u64) -> Result<()> {
        self.sync_until_holding(local, seq, &[]).await
    }

    /// [`sync_until`](Self::sync_until), also until each memory of `versions` is there at
    /// that version or a later one.
    async fn sync_until_holding(
        &self,
        local: &mut Local,
        seq: u64,
        versions: &[(MemoryId, u64)],
    ) -> Result<()> {
        let started = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(50);
        loop {
            self.sync_locked(local).await?;
            let holds = local.state.checkpoint.seq >= seq
                && versions.iter().all(|(id, version)| {
                    local.state.memory(id).is_some_and(|m| m.version >= *version)
                });
            if holds || started.elapsed() >= self.inner.plan.lag_wait {
                return Ok(());
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(1));
        }
    }

    /// Grants `delegate` `scope` until `expiry` as the owner, through this client's journal: a
    /// grant that a reorg drops is sent again by the next sync, like any write of this client
    /// (a TEE node it just granted would otherwise find its grant gone).
    pub(crate) async fn grant_delegate(
        &self,
        delegate: Address,
        scope: crate::vault::Scope,
        expiry: u64,
    ) -> Result<crate::vault::TxReceipt> {
        let local = self.inner.local.lock().await;
        Ok(local.writer.grant_delegate(delegate, scope, expiry).await?)
    }

    /// Syncs until the verified log holds at least `seq` operations and each memory of
    /// `versions` is there at that version or a later one, or `lag_wait` has passed, and
    /// returns the checkpoint reached: for writes another signer reported (a TEE node), which
    /// this client's RPC may not show yet (a replica behind), or which a reorg dropped and
    /// their writer sends again.
    pub(crate) async fn sync_until_holds(
        &self,
        seq: u64,
        versions: &[(MemoryId, u64)],
    ) -> Result<crate::vault::Checkpoint> {
        let mut local = self.inner.local.lock().await;
        self.sync_until_holding(&mut local, seq, versions).await?;
        Ok(local.state.checkpoint)
    }

    /// Waits (bounded) until this client's own transactions are in the verified log: a reorg
    /// may drop one right after its receipt, and the sync sends it again.
    async fn await_own(&self, local: &mut Local, hashes: &[B256]) -> Result<()> {
        let started = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(100);
        loop {
            let mut missing = None;
            for &hash in hashes {
                if local.cache.has_entry_of_tx(hash, u64::MAX)? {
                    continue;
                }
                // A reorg dropped it and its nonce went elsewhere: the sync sent its operations
                // again in another transaction (or found them overtaken, or could not).
                match local.resubmitted.get(&hash) {
                    Some(true) => continue,
                    Some(false) => {
                        local.resubmitted.remove(&hash);
                        return Err(Error::Vault(crate::VaultError::TransactionDisplaced {
                            tx_hash: hash,
                        }));
                    }
                    None => {}
                }
                missing = Some(hash);
                break;
            }
            let Some(tx_hash) = missing else {
                for hash in hashes {
                    local.resubmitted.remove(hash);
                }
                return Ok(());
            };
            if started.elapsed() >= self.inner.plan.lag_wait {
                return Err(Error::Vault(crate::VaultError::NotMined {
                    tx_hash,
                    waited: started.elapsed(),
                }));
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(1));
            self.sync_locked(local).await?;
        }
    }

    /// Takes this client's own writes into the cache and the state straight from their
    /// receipts, when they continue the cache's checkpoint (no other writer came between):
    /// their events are verified against the log state at the last receipt's block (one
    /// `eth_call`) instead of a full sync. Returns `false` when a sync is needed instead.
    async fn absorb_writes(
        &self,
        local: &mut Local,
        receipts: &[crate::vault::WriteReceipt],
    ) -> Result<bool> {
        let (Some(last), base) = (receipts.last(), local.cache.checkpoint()?) else {
            return Ok(false);
        };
        let entries: Vec<LogEntry> = receipts.iter().flat_map(|r| r.entries.clone()).collect();
        if base != local.state.checkpoint
            || entries.first().is_none_or(|e| e.seq != base.seq + 1)
            || last.block_hash.is_zero()
        {
            return Ok(false);
        }
        let at = crate::vault::BlockRef { number: last.block, hash: last.block_hash, timestamp: 0 };
        let onchain = match self.inner.vault.log_state_in(self.inner.owner, &at).await {
            Ok(onchain) => onchain,
            // A replica that has not seen the block yet: the sync waits for it.
            Err(_) => return Ok(false),
        };
        let Ok(log) = crate::vault::VerifiedLog::verify(self.inner.owner, base, entries, onchain)
        else {
            return Ok(false);
        };
        let reached = log.checkpoint();
        local.cache.append(log.entries(), reached, None)?;
        let mut report = SyncReport::default();
        self.apply_cached(local, &mut report).await?;
        local.freshness = Freshness::Current;
        Ok(local.state.checkpoint == reached)
    }

    /// Looks at this device's signed transactions that are not final yet: those whose entries
    /// are final are forgotten; one that is missing from the chain (a reorg dropped it, or its
    /// send never answered) is broadcast again as the same bytes, and reported lost if its
    /// nonce went to another transaction.
    ///
    /// Returns whether something it sent landed beyond the tip `caught` reached: the caller
    /// catches up once more, so the sync that re-sent a write also shows it.
    async fn settle_outbox(
        &self,
        local: &mut Local,
        caught: &crate::sync::CatchUp,
    ) -> Result<bool> {
        let pending = local.cache.outbox()?;
        if pending.is_empty() {
            return Ok(false);
        }
        let before = local.last_write_block;
        let final_seq = local.cache.final_checkpoint()?.seq;
        for row in pending {
            let hash = row.tx.hash;
            tracing::debug!(
                %hash,
                nonce = row.tx.nonce,
                displaced = row.displaced,
                superseded = row.superseded,
                landed = row.landed,
                "a pending transaction of this client"
            );
            if local.cache.has_entry_of_tx(hash, final_seq)? {
                local.cache.outbox_remove(hash)?;
                continue;
            }
            if local.cache.has_entry_of_tx(hash, u64::MAX)? {
                if !row.landed {
                    local.cache.outbox_mark_landed(hash)?;
                }
                continue;
            }
            match self.inner.vault.mined_in(hash).await? {
                // It landed, a reorg dropped it, and it was mined again (sent again by this
                // client, or by a node's pool) where its sequence check no longer held: it
                // reverted, and what it wrote is planned again from the verified log.
                Some(block) if block <= caught.tip.number && row.landed => {
                    tracing::warn!(%hash, "a write that a reorg dropped was mined again and reverted; planning it again");
                    self.resubmit_lost(local, &row.tx, caught).await?;
                }
                // Mined without entries in this log (a delegation change, or a write that
                // reverted): done once final.
                Some(block) if block <= caught.final_block => local.cache.outbox_remove(hash)?,
                Some(block) if block <= caught.tip.number => {}
                // Mined in a block the pinned tip does not reach yet: the next sync sees it.
                Some(block) => local.last_write_block = local.last_write_block.max(block),
                // Never taken by the node; its content went out in another transaction.
                None if row.superseded => local.cache.outbox_remove(hash)?,
                None if row.displaced => self.resubmit_lost(local, &row.tx, caught).await?,
                None => match self.inner.vault.rebroadcast(&row.tx).await? {
                    crate::vault::Rebroadcast::Sent => {
                        tracing::warn!(%hash, "a transaction of this device was missing from the chain; sent it again");
                        local.notices.resent.push(hash);
                        // Like any write, wait (bounded) until it is mined: a chain that mines
                        // every few seconds shows it to the next sync instead.
                        let patience = self.inner.plan.lag_wait.min(RESEND_PATIENCE);
                        if let Some(block) = self.inner.vault.mined_within(hash, patience).await? {
                            local.last_write_block = local.last_write_block.max(block);
                        }
                    }
                    crate::vault::Rebroadcast::Lost => {
                        self.resubmit_lost(local, &row.tx, caught).await?;
                    }
                    // Pending: behind a nonce gap for longer than a send takes to spread, it is
                    // unblocked.
                    _ => {
                        let seen = *local.held.entry(hash).or_insert_with(std::time::Instant::now);
                        let fill = seen.elapsed() >= HELD_BACK_PATIENCE;
                        if !self.inner.vault.held_back(&row.tx, fill).await? || fill {
                            local.held.remove(&hash);
                        }
                    }
                },
            }
        }
        Ok(local.last_write_block > before.max(caught.tip.number))
    }

    /// Opens and applies, page by page, what the cache holds beyond the state's checkpoint, and
    /// returns how many entries that was. A cache that does not verify is reset (the state and
    /// indexes with it) so that the chain rebuilds it.
    async fn apply_cached(&self, local: &mut Local, report: &mut SyncReport) -> Result<u64> {
        let mut applied = 0;
        loop {
            let mut page = Vec::new();
            let replayed = local.cache.replay_page(local.state.checkpoint, CACHE_PAGE, |entry| {
                page.push(entry);
                Ok(())
            });
            match replayed {
                Ok(replayed) => {
                    applied += page.len() as u64;
                    self.apply_entries(local, page, report).await?;
                    if replayed.done {
                        return Ok(applied);
                    }
                }
                Err(Error::CacheDamaged { reason, .. }) if local.cache.reset().is_ok() => {
                    tracing::warn!(%reason, "the local cache does not verify; rebuilding it from the chain");
                    self.reset_state(local)?;
                    *report = SyncReport { cache_rebuilt: Some(reason), ..SyncReport::default() };
                    return Ok(0);
                }
                Err(other) => return Err(other),
            }
        }
    }

    /// Opens and applies `entries` (which continue the state's checkpoint), in order, and
    /// brings the search indexes in line once at the end.
    async fn apply_entries(
        &self,
        local: &mut Local,
        entries: Vec<LogEntry>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let total = entries.len() as u64;
        let mut changes = Vec::new();
        // Inline writes are opened first, in parallel when there are many; the rest in order.
        let mut pre_opened = self.open_inline_all(&entries).into_iter();
        // Each entry (its ciphertext) is dropped once applied, so memory stays near one copy.
        for (done, entry) in entries.into_iter().enumerate() {
            let opened = match pre_opened.next().flatten() {
                Some(opened) => Some(opened),
                None => self.open_entry(&local.cache, &entry).await,
            };
            changes.extend(local.state.apply(&entry, opened));
            if done % 512 == 0 {
                self.report(Stage::Opening, done as u64, Some(total));
            }
        }
        self.report(Stage::Opening, total, Some(total));
        self.follow(local, changes, report)
    }

    /// Updates the indexes for `changes` (in one commit of the text index) and counts them.
    fn follow(
        &self,
        local: &mut Local,
        changes: Vec<Change>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let mut upserted = BTreeSet::new();
        let mut removed = BTreeSet::new();
        for change in changes {
            match change {
                Change::Upserted(id) => {
                    report.memories_changed += 1;
                    removed.remove(&id);
                    upserted.insert(id);
                }
                Change::Removed(id) => {
                    report.memories_removed += 1;
                    upserted.remove(&id);
                    removed.insert(id);
                }
                // An empty vector is one of another model: tracked, not searched.
                Change::VectorUpserted(id, vector) if !vector.is_empty() => {
                    if let Err(err) = local.vectors.upsert(id, &vector) {
                        tracing::warn!(%id, %err, "a stored vector does not fit the index");
                    }
                }
                Change::VectorUpserted(id, _) | Change::VectorRemoved(id) => {
                    local.vectors.remove(id);
                }
            }
        }
        // The text index follows at the next search (in one commit): a client that only writes
        // (a TEE node, an import, `add`) never pays for indexing the whole log.
        local.unindexed.extend(upserted);
        local.unindexed.extend(removed);
        Ok(())
    }

    /// Brings the text index in line with the state for the memories changed since.
    fn refresh_index(local: &mut Local) -> Result<()> {
        if local.unindexed.is_empty() {
            return Ok(());
        }
        let changed = std::mem::take(&mut local.unindexed);
        let (live, gone): (Vec<MemoryId>, Vec<MemoryId>) =
            changed.into_iter().partition(|id| local.state.memory(id).is_some());
        local.index.apply(live.iter().filter_map(|id| local.state.memory(id)), gone.iter())?;
        Ok(())
    }

    /// What the write of `entry` holds (`None` for a tombstone or a key-check publication).
    async fn open_entry(&self, cache: &LogCache, entry: &LogEntry) -> Option<Opened> {
        let Operation::Write { id, version, payload } = &entry.op else { return None };
        let inner = &self.inner;
        let stored =
            records::stored_envelope(payload, &inner.vault, inner.blobs.as_ref(), Some(cache))
                .await;
        let (bytes, mode) = match stored {
            Ok(stored) => stored,
            Err(err) => return Some(Opened::Unreadable(err.to_string())),
        };
        let body_of = |body: u64| async move {
            let entries = cache.record_entries(*id)?;
            let payload = entries
                .iter()
                .find_map(|e| match &e.op {
                    Operation::Write { version, payload, .. } if *version == body => Some(payload),
                    _ => None,
                })
                .ok_or(Error::Vault(crate::VaultError::VersionNotFound {
                    owner: inner.owner,
                    id: *id,
                    version: body,
                    latest: *version,
                }))?;
            let stored =
                records::stored_envelope(payload, &inner.vault, inner.blobs.as_ref(), Some(cache));
            Ok(stored.await?.0)
        };
        let plaintext =
            match records::open(&inner.keyring, *id, *version, mode, &bytes, body_of).await {
                Ok(plaintext) => plaintext,
                Err(err) => return Some(Opened::Unreadable(err.to_string())),
            };
        Some(self.interpret(*id, *version, &plaintext))
    }

    /// What `entry` holds, when it is an inline write in a full envelope: everything it needs is
    /// in the entry and the keys (no cache, no blob store, no earlier version), so it can be
    /// opened on any thread. `None` for any other entry (opened by [`open_entry`]).
    ///
    /// [`open_entry`]: Self::open_entry
    fn open_inline(&self, entry: &LogEntry) -> Option<Opened> {
        let Operation::Write { id, version, payload: crate::vault::Payload::Inline(bytes) } =
            &entry.op
        else {
            return None;
        };
        let opened = records::open_sealed(
            &self.inner.keyring,
            *id,
            *version,
            crate::envelope::StorageMode::Inline,
            bytes,
        )?;
        Some(match opened {
            Ok(plaintext) => self.interpret(*id, *version, &plaintext),
            Err(err) => Opened::Unreadable(err.to_string()),
        })
    }

    /// Opens the inline writes among `entries` (see [`open_inline`](Self::open_inline)) on the
    /// machine's cores when there are many (a long log restored, or a TEE node opening an
    /// owner's kept ciphertext at each request); the others are `None`, to open in order.
    fn open_inline_all(&self, entries: &[LogEntry]) -> Vec<Option<Opened>> {
        use rayon::prelude::*;
        if entries.len() < PARALLEL_OPEN {
            return entries.iter().map(|entry| self.open_inline(entry)).collect();
        }
        entries.par_iter().with_min_len(64).map(|entry| self.open_inline(entry)).collect()
    }

    /// What a record version's `plaintext` holds: a memory (which must be in its own record), a
    /// memory's vector, or another app's record.
    fn interpret(&self, id: B256, version: u64, plaintext: &[u8]) -> Opened {
        let inner = &self.inner;
        let id = &id;
        match body::decode(plaintext, version) {
            Ok(memory) => {
                // The body names its memory; the record must be that memory's record.
                let name = memory.id.record_name();
                if inner.keyring.record_ids(&name).any(|(_, record)| record == *id) {
                    Opened::Memory(memory)
                } else {
                    Opened::Unreadable(format!(
                        "record {id} holds memory {}, which belongs in another record",
                        memory.id
                    ))
                }
            }
            Err(body::BodyError::NotAMemory) => self.open_vector(*id, plaintext),
            Err(err) => Opened::Unreadable(err.to_string()),
        }
    }

    /// What a record that is not a memory holds: a memory's vector (its id, then the vector
    /// layout), or another app's record.
    fn open_vector(&self, record: B256, plaintext: &[u8]) -> Opened {
        let Some((id, layout)) = plaintext.split_first_chunk::<16>() else { return Opened::Other };
        let Ok(stored) = decode_vector(layout) else { return Opened::Other };
        let id = MemoryId::from_bytes(*id);
        if !self.inner.keyring.record_ids(&vector_record_name(&id)).any(|(_, r)| r == record) {
            return Opened::Unreadable(format!(
                "record {record} holds the vector of memory {id}, which belongs in another record"
            ));
        }
        let current = self.inner.embedder.as_ref().is_some_and(|e| e.model() == stored.model);
        Opened::Vector(id, if current { stored.vector } else { Vec::new() })
    }
}

/// How many entries to open before the work is shared among threads.
const PARALLEL_OPEN: usize = 256;

/// The longest pause within one sitting of a conversation: messages further apart (a chat
/// resumed the next day, or a year later) are extracted and dated apart.
const SITTING_GAP: jiff::SignedDuration = jiff::SignedDuration::from_secs(6 * 3600);

/// A conversation's sittings, in order, each with when it was said: the latest time its messages
/// carry (never later than `now`), else `undated` (when the conversation started, or now). A
/// statement is dated by its own sitting, so that what was said in 2024 in a chat resumed in 2026
/// is not taken for a 2026 statement, nor the other way round.
fn sittings(
    messages: &[Message],
    undated: Timestamp,
    now: Timestamp,
) -> Vec<(&[Message], Timestamp)> {
    let mut parts = Vec::new();
    let (mut start, mut last) = (0, None::<Timestamp>);
    for (i, message) in messages.iter().enumerate() {
        let Some(at) = message.at else { continue };
        if let Some(previous) = last
            && at.duration_since(previous) > SITTING_GAP
        {
            parts.push((&messages[start..i], previous));
            start = i;
        }
        last = Some(last.map_or(at, |l| l.max(at)));
    }
    if start < messages.len() || parts.is_empty() {
        parts.push((&messages[start..], last.unwrap_or(undated)));
    }
    parts.into_iter().map(|(part, at)| (part, at.min(now))).collect()
}

/// How far apart two clocks may be (devices, a TEE node) for statements to count as said at the
/// same time.
const CLOCK_SKEW: jiff::SignedDuration = jiff::SignedDuration::from_secs(3600);

/// Whether a statement made at `said_at` is older than `then` (a memory's current version, or a
/// deletion) beyond [`CLOCK_SKEW`]: an older statement never replaces, retracts or brings back
/// what a newer one set.
fn said_before(said_at: Timestamp, then: Timestamp) -> bool {
    said_at.checked_add(CLOCK_SKEW).is_ok_and(|late| late < then)
}

/// One record write, planned against the state.
#[derive(Clone, Debug)]
enum Write {
    /// Write this memory as the next version of its record (or as a new record).
    Put(Memory),
    /// Tombstone this memory's record.
    Delete(MemoryId),
    /// Write this memory's vector (model, values) as the next version of its vector record.
    Vector(MemoryId, String, Vec<f32>),
    /// Tombstone this memory's vector record.
    DeleteVector(MemoryId),
}

/// The logical name of the record holding memory `id`'s vector.
fn vector_record_name(id: &MemoryId) -> Vec<u8> {
    [b"vector/".as_slice(), id.as_bytes()].concat()
}

/// Whether two versions of a memory say the same thing (times, version, source and confidence
/// aside): re-importing a memory that says the same changes nothing.
fn same_content(a: &Memory, b: &Memory) -> bool {
    a.text == b.text
        && a.kind == b.kind
        && a.expires_at == b.expires_at
        && a.categories == b.categories
        && a.tags == b.tags
}

/// Writes planned against a snapshot of the memories; each decision sees the ones before it, so
/// a fact added by one conversation is known to the next.
struct Plan<'a> {
    state: &'a State,
    /// The client's kept reading of the memories' texts, for the reconciler.
    analyses: Option<&'a std::sync::Mutex<crate::extract::Analyses>>,
    /// The app scope the plan writes for (`None`: everything).
    scope: Option<&'a AppScope>,
    /// The memories as they will be once the planned writes land.
    working: Vec<Memory>,
    /// Where each memory of `working` is.
    position: std::collections::HashMap<MemoryId, usize>,
    writes: Vec<Write>,
    /// Where each memory's planned write is in `writes`.
    written: std::collections::HashMap<MemoryId, usize>,
    applied: Vec<Applied>,
}

impl<'a> Plan<'a> {
    /// A plan over the memories `scope` may see (all with `None`).
    fn new(state: &'a State, scope: Option<&'a AppScope>) -> Self {
        let working: Vec<Memory> =
            state.memories().filter(|m| scope.is_none_or(|s| s.can_see(m))).cloned().collect();
        let position = working.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
        Self {
            state,
            analyses: None,
            scope,
            working,
            position,
            writes: Vec::new(),
            written: std::collections::HashMap::new(),
            applied: Vec::new(),
        }
    }

    /// Plans writing `memory` (replacing an earlier planned write of it).
    fn put(&mut self, memory: Memory) {
        let id = memory.id;
        match self.position.get(&id) {
            Some(&i) => self.working[i] = memory.clone(),
            None => {
                self.position.insert(id, self.working.len());
                self.working.push(memory.clone());
            }
        }
        match self.written.get(&id) {
            Some(&i) => self.writes[i] = Write::Put(memory),
            None => {
                self.written.insert(id, self.writes.len());
                self.writes.push(Write::Put(memory));
            }
        }
    }

    /// Plans deleting memory `id`.
    fn delete(&mut self, id: MemoryId) {
        if let Some(i) = self.position.remove(&id) {
            self.working.swap_remove(i);
            if let Some(moved) = self.working.get(i) {
                self.position.insert(moved.id, i);
            }
        }
        let exists = self.state.memory(&id).is_some();
        match (self.written.get(&id).copied(), exists) {
            (Some(i), true) => self.writes[i] = Write::Delete(id),
            // Planned in this same batch and never written: just do not write it.
            (Some(i), false) => {
                self.writes[i] = Write::DeleteVector(id);
                self.written.remove(&id);
            }
            (None, true) => {
                self.written.insert(id, self.writes.len());
                self.writes.push(Write::Delete(id));
            }
            (None, false) => {}
        }
    }

    fn record(&mut self, action: AppliedAction, id: Option<MemoryId>, text: &str) {
        // What `seal` writes: the record's next version, or a new record's first (an export's
        // version kept).
        let version = match action {
            AppliedAction::Added | AppliedAction::Updated => {
                id.map(|id| match self.state.memory_record(&id) {
                    Some((_, latest)) => next_version(latest),
                    None => self.working_version(&id),
                })
            }
            // A memory planned in this same batch is not written at all.
            AppliedAction::Deleted => id
                .and_then(|id| self.state.memory_record(&id))
                .map(|(_, latest)| next_version(latest)),
            AppliedAction::Unchanged | AppliedAction::OutOfScope | AppliedAction::Superseded => {
                None
            }
        };
        self.applied.push(Applied { action, id, text: text.to_owned(), version });
    }

    /// The version a new memory `id` is written with (planned in `working`, or 1).
    fn working_version(&self, id: &MemoryId) -> u64 {
        self.position.get(id).map_or(1, |&i| self.working[i].version.max(1))
    }

    /// Plans importing `memory` as it is (id, times and version kept where it is new).
    fn import(&mut self, memory: &Memory) {
        match self.position.get(&memory.id).map(|&i| &self.working[i]) {
            Some(current) if same_content(current, memory) => {
                self.record(AppliedAction::Unchanged, Some(memory.id), &memory.text);
            }
            Some(current) => {
                let mut next = memory.clone();
                next.created_at = current.created_at;
                self.put(next);
                self.record(AppliedAction::Updated, Some(memory.id), &memory.text);
            }
            None => {
                self.put(memory.clone());
                self.record(AppliedAction::Added, Some(memory.id), &memory.text);
            }
        }
    }

    /// Reconciles with the client's kept `analyses` of the memories' texts.
    fn analyses(mut self, analyses: &'a std::sync::Mutex<crate::extract::Analyses>) -> Self {
        self.analyses = Some(analyses);
        self
    }

    /// Plans what `candidates` do to the memories, by the reconciler; new memories are dated
    /// `said_at` (when the conversation took place).
    fn reconcile(
        &mut self,
        candidates: Vec<crate::extract::Candidate>,
        source: &Source,
        said_at: Timestamp,
    ) {
        let actions = match self.analyses {
            Some(analyses) => {
                let mut analyses =
                    analyses.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                crate::extract::reconcile_with(candidates, &self.working, &mut analyses)
            }
            None => reconcile(candidates, &self.working),
        };
        for action in actions {
            match action {
                Action::Add(candidate) => {
                    // A memory deleted after this was said (a retraction, or the owner's
                    // `forget`) is not brought back by it.
                    if let Some(id) = self.retracted_since(&candidate, said_at) {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    let memory = Memory {
                        id: MemoryId::random(),
                        text: candidate.text.clone(),
                        kind: candidate.kind,
                        expires_at: candidate.expires_at,
                        categories: candidate.categories,
                        tags: candidate.tags,
                        source: source.clone(),
                        created_at: said_at,
                        updated_at: said_at,
                        confidence: candidate.confidence,
                        version: 1,
                    };
                    if let Err(err) = memory.validate() {
                        tracing::warn!(%err, "the extractor proposed an invalid memory; skipped");
                        continue;
                    }
                    if self.scope.is_some_and(|scope| scope.check_add(&memory).is_err()) {
                        self.record(AppliedAction::OutOfScope, None, &memory.text);
                        continue;
                    }
                    self.record(AppliedAction::Added, Some(memory.id), &memory.text);
                    self.put(memory);
                }
                Action::Update { id, candidate } => {
                    let Some(&i) = self.position.get(&id) else { continue };
                    if said_before(said_at, self.working[i].updated_at) {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    let mut next = self.working[i].clone();
                    next.text.clone_from(&candidate.text);
                    next.kind = candidate.kind;
                    next.expires_at = candidate.expires_at;
                    next.categories.extend(candidate.categories.iter().copied());
                    next.tags.extend(candidate.tags.iter().cloned());
                    next.confidence = candidate.confidence;
                    // Dated when it was said (an import's old conversation), never earlier than
                    // the version it replaces.
                    next.updated_at = said_at.max(self.working[i].updated_at);
                    if next.validate().is_err() {
                        continue;
                    }
                    if self.scope.is_some_and(|scope| scope.check_write(&next).is_err()) {
                        self.record(AppliedAction::OutOfScope, None, &candidate.text);
                        continue;
                    }
                    self.record(AppliedAction::Updated, Some(id), &candidate.text);
                    self.put(next);
                }
                Action::Delete { id, candidate } => {
                    if self
                        .position
                        .get(&id)
                        .is_some_and(|&i| said_before(said_at, self.working[i].updated_at))
                    {
                        self.record(AppliedAction::Superseded, Some(id), &candidate.text);
                        continue;
                    }
                    self.record(AppliedAction::Deleted, Some(id), &candidate.text);
                    self.delete(id);
                }
                Action::Nothing { id, candidate } => {
                    self.record(AppliedAction::Unchanged, id, &candidate.text);
                }
            }
        }
    }

    /// The deleted memory `candidate` states again, if it was deleted after `said_at`: the
    /// reconciler takes it for that memory (the same fact, or a new value of it).
    fn retracted_since(
        &self,
        candidate: &crate::extract::Candidate,
        said_at: Timestamp,
    ) -> Option<MemoryId> {
        let later: Vec<Memory> = self
            .state
            .deleted()
            .filter(|d| said_before(said_at, d.deleted_after))
            .filter(|d| !self.position.contains_key(&d.memory.id))
            .filter(|d| self.scope.is_none_or(|s| s.can_see(&d.memory)))
            .map(|d| d.memory.clone())
            .collect();
        if later.is_empty() {
            return None;
        }
        match reconcile(vec![candidate.clone()], &later).into_iter().next()? {
            Action::Update { id, .. } | Action::Delete { id, .. } => Some(id),
            Action::Nothing { id, .. } => id,
            Action::Add(_) => None,
        }
    }

    fn finish(mut self) -> (Vec<Write>, Vec<Applied>) {
        // Placeholders of memories that were planned and then deleted in the same batch.
        self.writes.retain(
            |w| !matches!(w, Write::DeleteVector(id) if self.state.vector_record(id).is_none()),
        );
        (self.writes, self.applied)
    }
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
