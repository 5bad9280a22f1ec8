//! What a conversation or an import did to each memory it touched.

use serde::{Deserialize, Serialize};

use crate::MemoryId;

/// What a conversation or an import did to one memory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
