//! Turning conversations into memories: an [`Extractor`] proposes candidate memories from chat
//! messages, and [`reconcile()`] decides, against the memories that exist, what each candidate
//! does: add a memory, update one (a changed fact replaces the old one instead of contradicting
//! it), delete one (a retraction), or nothing (already known).
//!
//! The default is [`BuiltinExtractor`]: offline, deterministic, no model, and English only (rules
//! and word lists; its docs say what it understands and what it misses). Model-backed extractors
//! implement the same trait: [`OpenAiExtractor`] for OpenAI-compatible chat-completions APIs
//! (OpenAI, xAI, ByteDance Ark, vLLM, Ollama) and [`GeminiExtractor`] for Gemini's own API.
//! [`ExtractorConfig`] picks one from a configuration file. [`reconcile()`] works on any
//! extractor's candidates: it reads slots and duplicates from their text alone.

mod builtin;
mod config;
mod gemini;
mod lexicon;
mod model;
mod openai;
mod reconcile;
mod sentence;
mod similarity;
mod slot;
mod statement;
mod stem;
mod time_cue;

use std::collections::BTreeSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use builtin::BuiltinExtractor;
pub use config::ExtractorConfig;
pub use gemini::{GeminiExtractor, GeminiExtractorBuilder};
pub use openai::{OpenAiExtractor, OpenAiExtractorBuilder, ResponseFormat};
pub use reconcile::{Analyses, reconcile, reconcile_with};

use memsync_types::{Category, MemoryId, MemoryKind};

/// `captures` for the rules' patterns, which rarely match: a match test first (no capture slots
/// are allocated for the many texts a pattern does not match; reading a long log's every memory
/// at each call spent most of its time there), then the captures of a text that matches.
trait QuickCaptures {
    fn quick_captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>>;
}

impl QuickCaptures for regex::Regex {
    fn quick_captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        if self.is_match(text) { self.captures(text) } else { None }
    }
}

pub use memsync_types::{Message, Role};

/// Whether a candidate states something or takes it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    /// A fact or event to remember.
    Assert,
    /// Something the person says is no longer true or should be forgotten ("I no longer work at
    /// Acme", "forget that I ..."): it deletes the memory it matches.
    Retract,
}

/// A memory an extractor proposes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The memory text (for a retraction, what is taken back).
    pub text: String,
    /// State or retract.
    pub intent: Intent,
    /// Lasting fact or time-bound event.
    pub kind: MemoryKind,
    /// For episodic candidates, when they stop being relevant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// What it is about.
    #[serde(default)]
    pub categories: BTreeSet<Category>,
    /// Free-form labels.
    #[serde(default)]
    pub tags: BTreeSet<String>,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f32,
}

/// What the extractor is told besides the messages.
#[derive(Clone, Debug)]
pub struct ExtractContext {
    /// The time to date the conversation by when its messages carry none.
    pub now: Timestamp,
}

/// What reconciling one candidate decided.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new memory.
    Add(Candidate),
    /// The memory `id` states an older value of the same fact: replace its text (and kind,
    /// categories, expiry) with the candidate's.
    Update {
        /// The memory to update.
        id: MemoryId,
        /// What it becomes.
        candidate: Candidate,
    },
    /// The memory `id` is retracted.
    Delete {
        /// The memory to delete.
        id: MemoryId,
        /// The retraction that matched it.
        candidate: Candidate,
    },
    /// The candidate is already known (as memory `id`, if one matched) or a retraction that
    /// matches nothing: nothing to write.
    Nothing {
        /// The memory that already says it, if any.
        id: Option<MemoryId>,
        /// The candidate.
        candidate: Candidate,
    },
}

/// Why extraction failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// The back-end (a model API) failed or timed out.
    #[error("the extractor's back-end failed: {0}")]
    Backend(String),
    /// The back-end answered something that is not a list of memories.
    #[error("the extractor's back-end answered something unusable: {0}")]
    InvalidResponse(String),
    /// The extractor's configuration is unusable (a malformed base URL, a missing API key).
    #[error("the extractor is misconfigured: {0}")]
    Config(String),
}

/// The future an [`Extractor`] returns: boxed, so that the trait stays object-safe.
pub type ExtractFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<Candidate>, ExtractError>> + Send + 'a>>;

/// Proposes candidate memories from a conversation.
///
/// Implementations see every message but should take facts only from what the user said: an
/// assistant's guess about the user is not the user's memory.
pub trait Extractor: Send + Sync + fmt::Debug {
    /// The candidates in `messages`, in the order they were said.
    fn extract<'a>(
        &'a self,
        messages: &'a [Message],
        context: &'a ExtractContext,
    ) -> ExtractFuture<'a>;
}
