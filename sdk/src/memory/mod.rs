//! The memory layer: memories with kinds, categories, tags and sources, kept as sealed records
//! in the owner's vault.

mod client;
mod state;
mod view;

pub use client::{
    CacheLocation, Clock, Freshness, ImportOptions, ImportReport, ListPage, MemoryClient,
    MemoryClientBuilder, MemoryUpdate, MemoryVersion, NewMemory, Progress, ProgressFn, Scoped,
    Search, SearchHit, Stage, SyncReport,
};
pub use memsync_types::{AppScope, Applied, AppliedAction, ScopeError};
pub use memsync_types::{
    Category, Filter, InvalidMemory, InvalidMemoryId, MAX_SOURCE_BYTES, MAX_TAG_BYTES, MAX_TAGS,
    MAX_TEXT_BYTES, Memory, MemoryId, MemoryKind, Source, UnknownName, validate_text,
};
pub use memsync_types::{CategorySummary, Highlight, Profile};
pub use view::AppView;
