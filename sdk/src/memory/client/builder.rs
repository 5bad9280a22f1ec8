//! [`MemoryClientBuilder`]: how a memory client is configured and opened (the cache, the blob
//! store, the extractor and embedder, a TEE node, a delegate's owner, the sync plan).

use super::*;

/// Builds a [`MemoryClient`].
#[must_use = "a builder does nothing until `open`"]
pub struct MemoryClientBuilder {
    pub(super) vault: Vault,
    pub(super) keyring: Keyring,
    pub(super) delegate_of: Option<Address>,
    pub(super) cache: CacheLocation,
    pub(super) blobs: Option<BlobRouter>,
    pub(super) policy: StoragePolicy,
    pub(super) source: Source,
    pub(super) plan: SyncPlan,
    pub(super) progress: Option<ProgressFn>,
    pub(super) clock: Clock,
    pub(super) extractor: Arc<dyn Extractor>,
    pub(super) embedder: Option<Arc<dyn Embedder>>,
    pub(super) tee: Option<TeeRoute>,
    pub(super) allow_stale: bool,
    /// A cache the caller opened (a node's per-owner cache of ciphertext).
    pub(super) cache_given: Option<LogCache>,
    /// Key-check values the caller already read from the chain, by epoch.
    pub(super) known_checks: Vec<(u64, B256)>,
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
    /// [`CacheError::ScopeMismatch`](crate::cache::CacheError::ScopeMismatch) if the cache file is another vault's; RPC and verification
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
                return Err(crate::cache::CacheError::ScopeMismatch {
                    path: cache.path().map(Into::into),
                    expected: scope,
                    found: cache.scope(),
                }
                .into());
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
    pub(super) fn assemble(
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
