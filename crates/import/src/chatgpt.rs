//! ChatGPT's data export (`conversations.json`): each conversation as its user last saw it, for
//! the extractor.
//!
//! A conversation is a tree: every edit or regeneration starts a new branch, and `mapping` holds
//! them all. `current_node` is the message the user last saw; following `parent` links from it to
//! the root gives the branch on screen, leaving abandoned branches out.

use std::collections::HashMap;

use jiff::Timestamp;
use serde::Deserialize;
use serde_json::Value;

use super::{Conversation, ImportError, ImportFormat, Parsed, json};
use memsync_types::MAX_SOURCE_BYTES;
use memsync_types::{Message, Role};

/// One conversation. Fields the reader has no use for (`moderation_results`, `gizmo_id`,
/// `default_model_slug`, ...) are ignored: the export is OpenAI's and grows over time.
#[derive(Deserialize)]
struct RawConversation {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    create_time: Option<f64>,
    mapping: HashMap<String, Node>,
    #[serde(default)]
    current_node: Option<String>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    conversation_id: Option<String>,
}

#[derive(Deserialize)]
struct Node {
    #[serde(default)]
    message: Option<RawMessage>,
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    children: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct RawMessage {
    author: Author,
    #[serde(default)]
    create_time: Option<f64>,
    #[serde(default)]
    content: Option<Content>,
    #[serde(default)]
    metadata: Option<MessageMetadata>,
    /// `all` for a message to the other side of the chat; a tool's name for a tool call.
    #[serde(default)]
    recipient: Option<String>,
}

#[derive(Deserialize)]
struct Author {
    role: String,
}

#[derive(Deserialize)]
struct Content {
    content_type: String,
    #[serde(default)]
    parts: Option<Vec<Value>>,
}

#[derive(Deserialize)]
struct MessageMetadata {
    #[serde(default)]
    is_visually_hidden_from_conversation: Option<bool>,
}

/// Reads `conversations.json`: a list of conversations (or one conversation on its own).
pub(super) fn parse(text: &str) -> Result<Parsed, ImportError> {
    json::conversations::<RawConversation>(ImportFormat::ChatGpt, text, conversation)
}

fn conversation(raw: RawConversation) -> Result<Conversation, String> {
    let id = raw.id.or(raw.conversation_id).ok_or("the conversation has no `id`")?;
    if id.len() > MAX_SOURCE_BYTES {
        return Err(format!("the conversation id is longer than {MAX_SOURCE_BYTES} bytes"));
    }
    let created_at = raw.create_time.map(timestamp).transpose()?;
    let mut messages = Vec::new();
    for node in branch(&raw.mapping, raw.current_node.as_deref())? {
        if let Some(message) = node.message.as_ref().map(visible_message).transpose()?.flatten() {
            messages.push(message);
        }
    }
    Ok(Conversation { id, title: raw.title, created_at, messages })
}

/// The nodes from the root to `current` (or, if the export names none, to the leaf of the
/// newest branch: the last child at every step).
fn branch<'a>(
    mapping: &'a HashMap<String, Node>,
    current: Option<&str>,
) -> Result<Vec<&'a Node>, String> {
    let node = |id: &str| {
        mapping.get(id).ok_or_else(|| format!("node `{id}` is named but missing from `mapping`"))
    };
    let cycle = || "the `parent` and `children` links go round in a cycle".to_owned();
    let mut path = Vec::new();
    let Some(current) = current else {
        // Several roots would be a damaged export; the smallest id makes the choice repeatable.
        let root = mapping.iter().filter(|(_, n)| n.parent.is_none()).map(|(id, _)| id).min();
        let mut next = root.map(String::as_str);
        while let Some(id) = next {
            let node = node(id)?;
            if path.len() == mapping.len() {
                return Err(cycle());
            }
            path.push(node);
            next = node.children.as_ref().and_then(|children| children.last()).map(String::as_str);
        }
        return Ok(path);
    };
    let mut next = Some(current);
    while let Some(id) = next {
        let node = node(id)?;
        if path.len() == mapping.len() {
            return Err(cycle());
        }
        path.push(node);
        next = node.parent.as_deref();
    }
    path.reverse();
    Ok(path)
}

/// The message as the extractor sees it, or `None` if the user did not see it as chat text: a
/// system or tool message, a tool call, a hidden message, a message with no text (an image, code
/// run by a tool, browsing results).
fn visible_message(message: &RawMessage) -> Result<Option<Message>, String> {
    let role = match message.author.role.as_str() {
        "user" => Role::User,
        "assistant" => Role::Assistant,
        _ => return Ok(None),
    };
    let hidden = message.metadata.as_ref().and_then(|m| m.is_visually_hidden_from_conversation);
    let to_tool = message.recipient.as_deref().is_some_and(|recipient| recipient != "all");
    let Some(content) = message.content.as_ref() else { return Ok(None) };
    if hidden == Some(true)
        || to_tool
        || !matches!(content.content_type.as_str(), "text" | "multimodal_text")
    {
        return Ok(None);
    }
    // Multimodal messages mix text with images and files (objects): only the text is kept.
    let parts: Vec<&str> =
        content.parts.iter().flatten().filter_map(Value::as_str).map(str::trim).collect();
    let text = parts.into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join("\n\n");
    if text.is_empty() {
        return Ok(None);
    }
    let at = message.create_time.map(timestamp).transpose()?;
    Ok(Some(Message { role, content: text, at }))
}

/// A time as ChatGPT writes it: seconds since 1970 with a fraction (microseconds kept).
fn timestamp(seconds: f64) -> Result<Timestamp, String> {
    let invalid = || format!("`{seconds}` is not a time (seconds since 1970)");
    let micros = (seconds * 1e6).round();
    if !micros.is_finite() {
        return Err(invalid());
    }
    // The cast saturates, and jiff's range (years -9999 to 9999) is far inside i64's.
    Timestamp::from_microsecond(micros as i64).map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::parse;

    const EXPORT: &[u8] = include_bytes!("testdata/chatgpt-conversations.json");

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn texts(conversation: &Conversation) -> Vec<(Role, &str)> {
        conversation.messages.iter().map(|m| (m.role, m.content.as_str())).collect()
    }

    #[test]
    fn times_keep_microseconds() {
        assert_eq!(timestamp(1_717_171_717.123_456).unwrap(), at("2024-05-31T16:08:37.123456Z"));
        assert_eq!(timestamp(0.0).unwrap(), at("1970-01-01T00:00:00Z"));
        assert!(timestamp(1e300).is_err());
        assert!(timestamp(f64::NAN).is_err());
    }

    #[test]
    fn the_fixture_as_its_user_last_saw_it() {
        let parsed = parse(ImportFormat::ChatGpt, EXPORT).unwrap();
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
        let conversations: Vec<_> = parsed.conversations().collect();
        assert_eq!(conversations.len(), 3);
        assert_eq!(parsed.items.len(), 3);

        // 1: a regenerated answer and an edited question; the system message is left out.
        let trip = conversations[0];
        assert_eq!(trip.id, "6790b3a2-5c14-8007-a1f3-2b9e4d7c0a15");
        assert_eq!(trip.title.as_deref(), Some("Lisbon trip packing list"));
        assert_eq!(trip.created_at, Some(at("2025-01-22T09:14:10.482113Z")));
        assert_eq!(
            texts(trip),
            [
                (
                    Role::User,
                    "I'm flying to Lisbon on March 14 for a week. I'm vegetarian and \
                              allergic to peanuts. What should I pack?"
                ),
                (Role::Assistant, "For a week in Lisbon in mid-March, pack layers: ..."),
                (Role::User, "Actually make it carry-on only, I never check bags."),
                (Role::Assistant, "Carry-on only, then: ..."),
            ]
        );
        assert_eq!(trip.messages[0].at, Some(at("2025-01-22T09:14:10.912Z")));
        assert_eq!(trip.messages[1].at, None);

        // 2: the hidden custom-instructions message and the tool traffic are left out; the image
        // part of a multimodal message is dropped, its text kept.
        let run = conversations[1];
        assert_eq!(run.id, "67a4c1e9-0b2d-8006-9e5f-71c3a8d4b260");
        assert_eq!(
            texts(run),
            [
                (
                    Role::User,
                    "Here's my half marathon training plan.\n\nCan you check it fits \
                              around my Tuesday and Thursday climbing sessions?"
                ),
                (Role::Assistant, "It mostly fits. Move the tempo run to Wednesday ..."),
            ]
        );

        // 3: no `current_node` and `conversation_id` instead of `id`: the newest branch.
        let work = conversations[2];
        assert_eq!(work.id, "67c0e2f8-7a19-8008-b3d6-5e2f9a1c8b47");
        assert_eq!(work.title, None);
        assert_eq!(
            texts(work),
            [
                (
                    Role::User,
                    "I just started as a data engineer at Northwind Logistics. My \
                              manager is Tomás. Help me write an intro message to my team."
                ),
                (Role::Assistant, "Hi team! I'm excited to join Northwind Logistics ..."),
            ]
        );
    }

    #[test]
    fn parsing_twice_gives_the_same_conversations() {
        assert_eq!(parse(ImportFormat::ChatGpt, EXPORT), parse(ImportFormat::ChatGpt, EXPORT));
    }

    fn conversation_json(mapping: &str, current: &str) -> String {
        format!(
            r#"[{{"id": "c1", "title": "t", "mapping": {{{mapping}}}, "current_node": {current}}}]"#
        )
    }

    fn node(id: &str, parent: &str, role: &str, text: &str) -> String {
        format!(
            r#""{id}": {{"id": "{id}", "parent": {parent}, "children": [], "message": {{"id": "{id}",
            "author": {{"role": "{role}"}}, "content": {{"content_type": "text", "parts": ["{text}"]}}}}}}"#
        )
    }

    #[test]
    fn broken_trees_are_problems() {
        let missing = conversation_json(&node("a", "null", "user", "hi"), r#""zz""#);
        let parsed = parse(ImportFormat::ChatGpt, missing.as_bytes()).unwrap();
        assert!(parsed.problems[0].reason.contains("`zz`"), "{:?}", parsed.problems);
        let cycle = conversation_json(
            &[node("a", r#""b""#, "user", "hi"), node("b", r#""a""#, "user", "ho")].join(","),
            r#""a""#,
        );
        let parsed = parse(ImportFormat::ChatGpt, cycle.as_bytes()).unwrap();
        assert!(parsed.problems[0].reason.contains("cycle"), "{:?}", parsed.problems);
        let no_id = r#"[{"mapping": {}}]"#;
        let parsed = parse(ImportFormat::ChatGpt, no_id.as_bytes()).unwrap();
        assert_eq!(parsed.problems[0].reason, "the conversation has no `id`");
        let no_mapping = "[\n{\"id\": \"x\"}]";
        let parsed = parse(ImportFormat::ChatGpt, no_mapping.as_bytes()).unwrap();
        assert_eq!((parsed.problems[0].line, parsed.problems[0].item), (2, Some(0)));
        assert!(parsed.problems[0].reason.contains("missing field `mapping`"));
    }

    #[test]
    fn a_conversation_with_nothing_to_read_is_a_note() {
        let system = conversation_json(&node("a", "null", "system", "be nice"), r#""a""#);
        let parsed = parse(ImportFormat::ChatGpt, system.as_bytes()).unwrap();
        assert!(parsed.items.is_empty());
        assert!(parsed.problems.is_empty());
        assert!(parsed.notes[0].reason.contains("no user or assistant text"));
    }

    #[test]
    fn one_conversation_on_its_own_and_bad_documents() {
        let one = conversation_json(&node("a", "null", "user", "hi"), r#""a""#);
        let one = one.trim_start_matches('[').trim_end_matches(']');
        let parsed = parse(ImportFormat::ChatGpt, one.as_bytes()).unwrap();
        assert_eq!(parsed.conversations().count(), 1);
        let err = parse(ImportFormat::ChatGpt, b"\"conversations\"").unwrap_err();
        assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
        let err = parse(ImportFormat::ChatGpt, b"[{\"mapping\": {").unwrap_err();
        assert!(matches!(err, ImportError::Json { line: 1, .. }), "{err}");
    }
}
