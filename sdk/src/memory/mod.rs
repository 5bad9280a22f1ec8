//! The memory layer: memories with kinds, categories, tags and sources, kept as sealed records
//! in the owner's vault.

mod body;
mod client;
mod model;
mod profile;
mod scope;
mod state;
mod view;

pub use client::{
    Applied, AppliedAction, CacheLocation, Clock, Freshness, ImportOptions, ImportReport, ListPage,
    MemoryClient, MemoryClientBuilder, MemoryUpdate, MemoryVersion, NewMemory, Progress,
    ProgressFn, Search, SearchHit, Stage, SyncReport,
};
pub use model::{
    Category, Filter, InvalidMemory, InvalidMemoryId, MAX_SOURCE_BYTES, MAX_TAG_BYTES, MAX_TAGS,
    MAX_TEXT_BYTES, Memory, MemoryId, MemoryKind, Source, UnknownName, validate_text,
};
pub use profile::{CategorySummary, Highlight, Profile};
pub use scope::{AppScope, ScopeError};
pub use view::AppView;
