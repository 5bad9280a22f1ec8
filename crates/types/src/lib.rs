//! The memory model of MemSync: what a memory is, independent of where it is kept.
//!
//! [`Memory`] and its [`MemoryId`], [`MemoryKind`], [`Category`] and [`Source`]; the [`Filter`]
//! that selects memories; the [`AppScope`] an application is confined to; the chat [`Message`]s
//! that extractors read; the computed [`Profile`]; and [`body`], the plaintext of a memory
//! record (docs/FORMAT.md, "Memory records"). Serde only: no I/O, no chain, no keys, so it
//! compiles for `wasm32-unknown-unknown`.
//!
//! Most users reach these types through `memsync::memory`; this crate is for code that needs
//! the model without the client (a browser, a wallet, a server that only relays).

mod applied;
pub mod body;
mod message;
mod model;
mod profile;
mod scope;

pub use applied::{Applied, AppliedAction};
pub use message::{Message, Role};
pub use model::{
    Category, Filter, InvalidMemory, InvalidMemoryId, MAX_SOURCE_BYTES, MAX_TAG_BYTES, MAX_TAGS,
    MAX_TEXT_BYTES, Memory, MemoryId, MemoryKind, Source, UnknownName, validate_text,
};
pub use profile::{CategorySummary, Highlight, Profile};
pub use scope::{AppScope, ScopeError};
