//! The tools' arguments, as their JSON schemas show them to clients, and the checks that turn
//! them into the SDK's types (each failure a tool error the model can act on).

use std::collections::BTreeSet;

use jiff::Timestamp;
use memsync::extract::{Message, Role};
use memsync::memory::{Category, Filter, MemoryId, MemoryKind};
use rmcp::schemars;
use serde::Deserialize;

use super::{MAX_CONVERSATION_BYTES, MAX_MESSAGE_BYTES, MAX_MESSAGES, Refused, refuse};

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/// One message of a conversation.
#[derive(Clone, Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct MessageArg {
    /// Who said it: `user`, `assistant` or `system`. Memories come from what the user said.
    pub(super) role: Role,
    /// What was said.
    pub(super) content: String,
    /// When it was said (RFC 3339; time-bound memories are dated from it).
    pub(super) at: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AddArgs {
    /// One fact to remember, in plain language (at most 8 KiB). Give this or `messages`.
    pub(super) text: Option<String>,
    /// A conversation to learn from: facts the user stated are extracted and reconciled with what
    /// is already known (a changed fact updates the old memory, a retraction deletes it). Goes
    /// through an attested TEE node when the network has one. Give this or `text`.
    pub(super) messages: Option<Vec<MessageArg>>,
    /// With `text`: its kind (default: read from the text).
    pub(super) kind: Option<MemoryKind>,
    /// With `text`: its categories (default: read from the text).
    pub(super) categories: Option<Vec<Category>>,
    /// With `text`: free-form labels.
    pub(super) tags: Option<Vec<String>>,
    /// With `text`: when an episodic memory stops being relevant (RFC 3339, e.g.
    /// 2026-12-01T09:00:00Z, or a date).
    pub(super) expires_at: Option<String>,
    /// The conversation or thread this comes from (kept in the memory's source).
    pub(super) thread_id: Option<String>,
}

/// Which memories a search or list may return. Every field given must match.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct FilterArgs {
    /// Only memories in at least one of these categories.
    pub(super) categories: Option<Vec<Category>>,
    /// Only memories of these kinds.
    pub(super) kinds: Option<Vec<MemoryKind>>,
    /// Only memories carrying all of these tags.
    pub(super) tags: Option<Vec<String>>,
    /// Only memories added by this app.
    pub(super) source_app: Option<String>,
    /// Only memories created at or after this time (RFC 3339 or a date).
    pub(super) since: Option<String>,
    /// Only memories created before this time (RFC 3339 or a date).
    pub(super) until: Option<String>,
    /// Include episodic memories whose expiry has passed.
    pub(super) include_expired: Option<bool>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct SearchArgs {
    /// What to look for, in plain words (empty: the most recently updated memories).
    pub(super) query: String,
    /// How many results at most (1 to 100; default 10).
    #[schemars(range(min = 1, max = 100))]
    pub(super) limit: Option<u32>,
    #[serde(flatten)]
    pub(super) filter: FilterArgs,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ListArgs {
    /// Skip this many (for the next page, pass the previous answer's `next`).
    pub(super) offset: Option<u32>,
    /// How many at most (1 to 200; default 50).
    #[schemars(range(min = 1, max = 200))]
    pub(super) limit: Option<u32>,
    #[serde(flatten)]
    pub(super) filter: FilterArgs,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct IdArgs {
    /// The memory's id: 32 lower-case hex digits, as search and list return it.
    pub(super) id: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct UpdateArgs {
    /// The memory's id: 32 lower-case hex digits.
    pub(super) id: String,
    /// New text.
    pub(super) text: Option<String>,
    /// A new kind.
    pub(super) kind: Option<MemoryKind>,
    /// New categories (replacing the old ones).
    pub(super) categories: Option<Vec<Category>>,
    /// New tags (replacing the old ones).
    pub(super) tags: Option<Vec<String>>,
    /// A new expiry (RFC 3339 or a date; episodic memories only).
    pub(super) expires_at: Option<String>,
    /// Remove the expiry.
    pub(super) clear_expiry: Option<bool>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct NoArgs {}

// ---------------------------------------------------------------------------------------------
// Argument checks
// ---------------------------------------------------------------------------------------------

pub(super) fn conversation(messages: Vec<MessageArg>) -> Result<Vec<Message>, Refused> {
    if messages.is_empty() {
        return refuse("`messages` is empty");
    }
    if messages.len() > MAX_MESSAGES {
        return refuse(format!(
            "{} messages; the limit is {MAX_MESSAGES} per call (send the conversation in parts)",
            messages.len()
        ));
    }
    let mut total = 0;
    for (i, message) in messages.iter().enumerate() {
        if message.content.len() > MAX_MESSAGE_BYTES {
            return refuse(format!(
                "message {i} is {} bytes; the limit is {MAX_MESSAGE_BYTES} bytes",
                message.content.len()
            ));
        }
        total += message.content.len();
    }
    if total > MAX_CONVERSATION_BYTES {
        return refuse(format!(
            "the conversation is {total} bytes; the limit is {MAX_CONVERSATION_BYTES} bytes per \
             call (send it in parts)"
        ));
    }
    messages
        .into_iter()
        .map(|m| {
            let at = m.at.map(|at| time("at", &at)).transpose()?;
            Ok(Message { role: m.role, content: m.content, at })
        })
        .collect()
}

pub(super) fn filter(args: FilterArgs) -> Result<Filter, Refused> {
    let times = |name: &str, value: Option<String>| value.map(|v| time(name, &v)).transpose();
    Ok(Filter {
        kinds: args.kinds.unwrap_or_default().into_iter().collect(),
        categories: args.categories.unwrap_or_default().into_iter().collect(),
        tags: args.tags.unwrap_or_default().into_iter().collect::<BTreeSet<_>>(),
        app: args.source_app,
        agent_id: None,
        thread_id: None,
        created_after: times("since", args.since)?,
        created_before: times("until", args.until)?,
        updated_after: None,
        include_expired: args.include_expired.unwrap_or(false),
        scope: None,
    })
}

pub(super) fn bounded(
    name: &str,
    value: Option<u32>,
    default: usize,
    max: usize,
) -> Result<usize, Refused> {
    match value {
        None => Ok(default),
        Some(0) => refuse(format!("`{name}` must be at least 1")),
        Some(v) if v as usize > max => refuse(format!("`{name}` is {v}; the most is {max}")),
        Some(v) => Ok(v as usize),
    }
}

pub(super) fn memory_id(text: &str) -> Result<MemoryId, Refused> {
    text.trim().parse().map_err(|e: memsync::memory::InvalidMemoryId| Refused(e.to_string()))
}

/// An RFC 3339 time, or a date (midnight UTC).
pub(super) fn time(name: &str, text: &str) -> Result<Timestamp, Refused> {
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    text.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|date| date.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map(|zoned| zoned.timestamp())
        .ok_or_else(|| {
            Refused(format!(
                "`{name}`: `{text}` is not a time; use RFC 3339 (2026-12-01T09:00:00Z) or a date \
                 (2026-12-01)"
            ))
        })
}

/// At most [`MAX_SOURCE_BYTES`](memsync::memory::MAX_SOURCE_BYTES), cut at a character boundary.
pub(super) fn truncate(text: &str) -> String {
    let max = memsync::memory::MAX_SOURCE_BYTES;
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}
