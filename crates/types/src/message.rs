//! Chat messages: what an extractor reads and an importer produces.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Who wrote a chat message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person whose memory this is.
    User,
    /// The AI tool.
    Assistant,
    /// Instructions to the tool.
    System,
}

/// One chat message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Who wrote it.
    pub role: Role,
    /// What it says.
    pub content: String,
    /// When it was written, if known (time-bound memories are dated from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Timestamp>,
}

impl Message {
    /// A message by the user.
    pub fn user(content: impl Into<String>) -> Self {
        Self { role: Role::User, content: content.into(), at: None }
    }

    /// A message by the assistant.
    pub fn assistant(content: impl Into<String>) -> Self {
        Self { role: Role::Assistant, content: content.into(), at: None }
    }
}
