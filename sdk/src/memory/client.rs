//! [`MemoryClient`]: the memory layer as an app uses it.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::{Address, B256};
use jiff::Timestamp;
use tokio::sync::Mutex;

use super::body;
use super::model::{Category, Filter, Memory, MemoryId, MemoryKind, Source};
use super::state::{Change, Opened, State};
use crate::blob::{BlobRouter, BlobStore};
use crate::cache::{CacheOpened, LogCache};
use crate::error::{Error, Result};
use crate::keys::Keyring;
use crate::records;
use crate::sealed_vault::StoragePolicy;
use crate::sync::{SyncPlan, fetch_verified};
use crate::vault::{LogEntry, LogFetch, Operation, SeqCheck, Vault};

/// How many times a write that lost a race with another device is re-planned and retried.
const WRITE_ATTEMPTS: usize = 3;

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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// New log entries verified and applied.
    pub new_entries: u64,
    /// Memories added or changed.
    pub memories_changed: u64,
    /// Memories deleted.
    pub memories_removed: u64,
    /// Records that could not be opened (retried at every sync), with the reason.
    pub unreadable: Vec<(B256, String)>,
    /// The cache was found damaged and rebuilt from the chain, or replaced.
    pub cache_rebuilt: Option<String>,
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
#[derive(Clone, Debug, PartialEq)]
pub struct ListPage {
    /// The memories, most recently updated first.
    pub memories: Vec<Memory>,
    /// The offset of the next page, if there is one.
    pub next: Option<usize>,
    /// How many memories match the filter in all.
    pub total: usize,
}

/// One version of a memory, from the log.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoryVersion {
    /// The record version.
    pub version: u64,
    /// The log entry's sequence number.
    pub seq: u64,
    /// The block it was written in.
    pub block: u64,
    /// The memory as that version said it, or `None` for the tombstone that deleted it.
    pub memory: Option<Memory>,
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
    vault: Vault,
    owner: Address,
    keyring: Keyring,
    blobs: Option<BlobRouter>,
    policy: StoragePolicy,
    source: Source,
    plan: SyncPlan,
    progress: Option<ProgressFn>,
    clock: Clock,
    local: Mutex<Local>,
}

/// Everything that changes, behind one lock.
struct Local {
    cache: LogCache,
    state: State,
    /// What the sync at open did.
    opened: SyncReport,
}

/// Builds a [`MemoryClient`].
#[must_use = "a builder does nothing until `open`"]
pub struct MemoryClientBuilder {
    vault: Vault,
    keyring: Keyring,
    cache: CacheLocation,
    blobs: Option<BlobRouter>,
    policy: StoragePolicy,
    source: Source,
    plan: SyncPlan,
    progress: Option<ProgressFn>,
    clock: Clock,
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
    pub async fn open(self) -> Result<MemoryClient> {
        let owner = self.vault.signer_address()?;
        let scope = *self.keyring.scope();
        let (vault, chain_id) = (self.vault.address(), self.vault.chain_id());
        if scope.owner != owner || scope.vault != vault || scope.chain_id != chain_id {
            return Err(Error::KeyScopeMismatch { keys: scope, vault, chain_id, owner });
        }
        if self.keyring.latest().is_none() {
            return Err(Error::EmptyKeyring);
        }
        records::check_or_publish_keys(&self.vault, owner, &self.keyring).await?;
        let (cache, opened) = match &self.cache {
            CacheLocation::Memory => (LogCache::in_memory(scope)?, CacheOpened::Created),
            CacheLocation::File(path) => LogCache::open(path, scope)?,
        };
        let client = MemoryClient {
            inner: Arc::new(Inner {
                vault: self.vault,
                owner,
                keyring: self.keyring,
                blobs: self.blobs,
                policy: self.policy,
                source: self.source,
                plan: self.plan,
                progress: self.progress,
                clock: self.clock,
                local: Mutex::new(Local {
                    cache,
                    state: State::default(),
                    opened: SyncReport::default(),
                }),
            }),
        };
        let mut report = client.sync().await?;
        if let CacheOpened::Replaced { moved_to, reason } = opened {
            report.cache_rebuilt = Some(format!("{reason} (moved to {})", moved_to.display()));
        }
        client.inner.local.lock().await.opened = report;
        Ok(client)
    }
}

impl MemoryClient {
    /// Starts building a client for the owner of `vault`'s signer, with `keyring` holding the
    /// owner's keys for this vault.
    pub fn builder(vault: Vault, keyring: Keyring) -> MemoryClientBuilder {
        MemoryClientBuilder {
            vault,
            keyring,
            cache: CacheLocation::default(),
            blobs: None,
            policy: StoragePolicy::default(),
            source: Source::default(),
            plan: SyncPlan::default(),
            progress: None,
            clock: Arc::new(Timestamp::now),
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
        let local = self.inner.local.lock().await;
        local.state.memory(&id).cloned().ok_or(Error::MemoryNotFound { id })
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
        let now = self.now();
        let local = self.inner.local.lock().await;
        let live = local.state.memories().filter(|m| !m.is_expired_at(now));
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
            let memory = match self.open_entry(&local.cache, &entry).await {
                Some(Opened::Memory(memory)) => Some(memory),
                Some(Opened::Unreadable(reason)) => {
                    return Err(Error::RecordUnreadable { id: record, reason });
                }
                _ => None,
            };
            let version = entry.op.version().unwrap_or_default();
            versions.push(MemoryVersion { version, seq: entry.seq, block: entry.block, memory });
        }
        Ok(versions)
    }

    // ---------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------

    /// Adds a memory and returns it as written.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidMemory`] for an empty or oversize text ([`MAX_TEXT_BYTES`]) or other
    /// fields out of bounds; write errors of the vault.
    ///
    /// [`MAX_TEXT_BYTES`]: super::MAX_TEXT_BYTES
    pub async fn add(&self, new: NewMemory) -> Result<Memory> {
        let now = self.now();
        let kind = new.kind.unwrap_or(if new.expires_at.is_some() {
            MemoryKind::Episodic
        } else {
            MemoryKind::Semantic
        });
        let memory = Memory {
            id: MemoryId::random(),
            text: new.text.trim().to_owned(),
            kind,
            expires_at: new.expires_at,
            categories: new.categories,
            tags: new.tags,
            source: new.source.unwrap_or_else(|| self.inner.source.clone()),
            created_at: now,
            updated_at: now,
            confidence: new.confidence,
            version: 1,
        };
        memory.validate()?;
        let id = memory.id;
        self.write(move |_| Ok(vec![Write::Put(memory.clone())])).await?;
        self.get(id).await
    }

    /// Changes memory `id` and returns its new version (the same version if nothing changed).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`], [`Error::InvalidMemory`]; [`Error::MemoryConflict`] if another
    /// device changed the memory since this client last synced.
    pub async fn update(&self, id: MemoryId, change: MemoryUpdate) -> Result<Memory> {
        let now = self.now();
        let seen = self.get(id).await?.version;
        let written = self
            .write(move |state| {
                let current = state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
                if current.version != seen {
                    return Err(Error::MemoryConflict {
                        id,
                        expected: seen,
                        actual: current.version,
                    });
                }
                let mut next = current.clone();
                change.apply_to(&mut next);
                if next == *current {
                    return Ok(Vec::new());
                }
                next.updated_at = now;
                next.validate()?;
                Ok(vec![Write::Put(next)])
            })
            .await?;
        let _ = written;
        self.get(id).await
    }

    /// Deletes memory `id` with a tombstone; its earlier versions stay in the log
    /// ([`history`](Self::history)).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if there is no live memory with that id.
    pub async fn delete(&self, id: MemoryId) -> Result<()> {
        self.get(id).await?;
        self.write(move |state| {
            state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
            Ok(vec![Write::Delete(id)])
        })
        .await
        .map(drop)
    }

    /// Plans writes against the current state with `plan`, seals and sends them in as few
    /// transactions as the gas cap allows, and syncs. If another device wrote in between (the
    /// vault refused the expected sequence number), syncs and plans again.
    async fn write(&self, plan: impl Fn(&State) -> Result<Vec<Write>>) -> Result<usize> {
        let mut local = self.inner.local.lock().await;
        for _ in 0..WRITE_ATTEMPTS {
            let writes = plan(&local.state)?;
            if writes.is_empty() {
                return Ok(0);
            }
            // Adds of new memories cannot conflict; anything that replaces a version must not
            // overtake a writer this client has not seen.
            let replaces = writes.iter().any(|w| self.replaces(&local.state, w));
            let check = if replaces {
                SeqCheck::Exactly(local.state.checkpoint.seq)
            } else {
                SeqCheck::Any
            };
            let mut ops = Vec::with_capacity(writes.len());
            for write in &writes {
                ops.push(self.seal(&local.state, write).await?);
            }
            self.report(Stage::Writing, 0, Some(ops.len() as u64));
            let sent = self.inner.vault.apply_chunked(&ops, check).await;
            self.report(Stage::Writing, ops.len() as u64, Some(ops.len() as u64));
            match sent {
                Ok(_) => {
                    self.sync_locked(&mut local).await?;
                    return Ok(writes.len());
                }
                Err(err) if err.as_sequence_mismatch().is_some() => {
                    self.sync_locked(&mut local).await?;
                }
                Err(err) => {
                    // Part of a split write may have landed: bring the state in line with the
                    // chain before reporting, so nothing is written twice on a retry.
                    let _ = self.sync_locked(&mut local).await;
                    return Err(err);
                }
            }
        }
        Err(Error::WriteContended { attempts: WRITE_ATTEMPTS })
    }

    /// Whether `write` replaces a version that exists (an update, a delete, a re-import).
    fn replaces(&self, state: &State, write: &Write) -> bool {
        match write {
            Write::Put(memory) => state.memory_record(&memory.id).is_some(),
            Write::Delete(_) => true,
        }
    }

    /// The vault operation of `write`, sealed.
    async fn seal(&self, state: &State, write: &Write) -> Result<Operation> {
        let inner = &self.inner;
        let keys = inner.keyring.latest().ok_or(Error::EmptyKeyring)?;
        match write {
            Write::Put(memory) => {
                let (record, version) = match state.memory_record(&memory.id) {
                    Some((record, latest)) => (record, latest + 1),
                    // A new memory: version 1, or the version an export recorded.
                    None => (keys.record_id(&memory.id.record_name()), memory.version.max(1)),
                };
                let plaintext = zeroize::Zeroizing::new(body::encode(memory));
                let mode = records::mode_for(&inner.policy, record, plaintext.len())?;
                records::seal(
                    &inner.keyring,
                    record,
                    version,
                    &plaintext,
                    mode,
                    inner.blobs.as_ref(),
                )
                .await
            }
            Write::Delete(id) => {
                let (record, latest) =
                    state.memory_record(id).ok_or(Error::MemoryNotFound { id: *id })?;
                Ok(Operation::delete(record, latest + 1))
            }
        }
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
    /// [`Error::RpcGaveUp`] if the RPC kept failing (nothing is lost: the next sync continues
    /// from the last verified entry); [`Error::LogHeadMismatch`] or [`Error::LogInconsistent`]
    /// if the RPC served a log that does not verify.
    pub async fn sync(&self) -> Result<SyncReport> {
        let mut local = self.inner.local.lock().await;
        self.sync_locked(&mut local).await
    }

    async fn sync_locked(&self, local: &mut Local) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        // 1. What the cache holds beyond this process's state: another process's sync, or this
        //    process's own cache at open. A cache that does not verify is rebuilt from the chain.
        let mut cached = Vec::new();
        self.report(Stage::LoadingCache, 0, None);
        match local.cache.replay(local.state.checkpoint, |entry| {
            cached.push(entry);
            Ok(())
        }) {
            Ok(_) => {}
            Err(Error::CacheDamaged { reason, .. }) => {
                tracing::warn!(%reason, "the local cache does not verify; rebuilding it from the chain");
                local.cache.reset()?;
                local.state = State::default();
                cached.clear();
                report.cache_rebuilt = Some(reason);
            }
            Err(other) => return Err(other),
        }
        self.apply_entries(local, &cached, &mut report).await;

        // 2. The chain, from where the cache stops.
        let from = local.state.checkpoint;
        self.report(Stage::Fetching, 0, None);
        let log = fetch_verified(
            &self.inner.vault,
            self.inner.owner,
            from,
            &self.inner.plan,
            |attempt, err| {
                tracing::warn!(attempt, error = %err, "sync: the RPC failed, retrying");
            },
        )
        .await?;
        let reached = log.checkpoint();
        let entries = log.into_entries();
        self.report(Stage::Fetching, entries.len() as u64, Some(entries.len() as u64));
        if !entries.is_empty() {
            local.cache.append(&entries, reached)?;
        }
        self.apply_entries(local, &entries, &mut report).await;
        debug_assert_eq!(local.state.checkpoint, reached);

        // 3. Records that could not be opened before.
        let retry: Vec<LogEntry> =
            local.state.unreadable().map(|(entry, _)| entry.clone()).collect();
        for entry in retry {
            let opened = self.open_entry(&local.cache, &entry).await;
            let changes = local.state.apply(&entry, opened);
            Self::count(&changes, &mut report);
        }
        report.unreadable = local
            .state
            .unreadable()
            .map(|(entry, why)| (entry.op.id().unwrap_or_default(), why.to_owned()))
            .collect();
        Ok(report)
    }

    /// Opens and applies `entries` (which continue the state's checkpoint), in order.
    async fn apply_entries(
        &self,
        local: &mut Local,
        entries: &[LogEntry],
        report: &mut SyncReport,
    ) {
        let total = entries.len() as u64;
        for (done, entry) in entries.iter().enumerate() {
            let opened = self.open_entry(&local.cache, entry).await;
            let changes = local.state.apply(entry, opened);
            Self::count(&changes, report);
            if done % 512 == 0 {
                self.report(Stage::Opening, done as u64, Some(total));
            }
        }
        report.new_entries += total;
        self.report(Stage::Opening, total, Some(total));
    }

    fn count(changes: &[Change], report: &mut SyncReport) {
        for change in changes {
            match change {
                Change::Upserted(_) => report.memories_changed += 1,
                Change::Removed(_) => report.memories_removed += 1,
                Change::VectorUpserted(..) | Change::VectorRemoved(_) => {}
            }
        }
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
                .ok_or(Error::VersionNotFound {
                    owner: inner.owner,
                    id: *id,
                    version: body,
                    latest: *version,
                })?;
            let stored =
                records::stored_envelope(payload, &inner.vault, inner.blobs.as_ref(), Some(cache));
            Ok(stored.await?.0)
        };
        let plaintext =
            match records::open(&inner.keyring, *id, *version, mode, &bytes, body_of).await {
                Ok(plaintext) => plaintext,
                Err(err) => return Some(Opened::Unreadable(err.to_string())),
            };
        Some(match body::decode(&plaintext, *version) {
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
            Err(body::BodyError::NotAMemory) => Opened::Other,
            Err(err) => Opened::Unreadable(err.to_string()),
        })
    }
}

/// One memory write, planned against the state.
#[derive(Clone, Debug)]
enum Write {
    /// Write this memory as the next version of its record (or as a new record).
    Put(Memory),
    /// Tombstone this memory's record.
    Delete(MemoryId),
}
