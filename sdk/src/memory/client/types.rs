//! The values the memory client takes and returns: new memories and updates, searches and
//! their hits, what a write or an import applied, sync reports, progress, history.

use super::*;

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
    pub(super) query: String,
    pub(super) filter: Filter,
    pub(super) limit: usize,
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

pub(super) fn display<S: serde::Serializer>(
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
    pub(super) text: String,
    pub(super) kind: Option<MemoryKind>,
    pub(super) expires_at: Option<Timestamp>,
    pub(super) categories: BTreeSet<Category>,
    pub(super) tags: BTreeSet<String>,
    pub(super) source: Option<Source>,
    pub(super) confidence: f32,
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
    pub(super) text: Option<String>,
    pub(super) kind: Option<MemoryKind>,
    pub(super) expires_at: Option<Option<Timestamp>>,
    pub(super) categories: Option<BTreeSet<Category>>,
    pub(super) tags: Option<BTreeSet<String>>,
    pub(super) confidence: Option<f32>,
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

    pub(super) fn apply_to(&self, memory: &mut Memory) {
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
