//! Claude's data export (`conversations.json` in the zip that claude.ai mails): each
//! conversation's messages, for the extractor.
//!
//! The file is a list of conversations (`uuid`, `name`, `created_at`, `chat_messages`). A
//! conversation is a plain list of messages in order (no branches to choose from, unlike
//! ChatGPT's tree); each message has a `sender` (`human` or `assistant`), a `text`, `content`
//! blocks (`text`, and `thinking`, `tool_use`, `tool_result` that the user did not read as chat),
//! and a `created_at` time in RFC 3339.

use jiff::Timestamp;
use serde::Deserialize;
use serde_json::Value;

use super::{Conversation, ImportError, ImportFormat, Parsed, json};
use memsync_types::MAX_SOURCE_BYTES;
use memsync_types::{Message, Role};

/// One conversation. Other fields (`summary`, `updated_at`, `account`, `project_uuid`,
/// `settings`, ...) are ignored: the export is Anthropic's and grows over time.
#[derive(Deserialize)]
struct RawConversation {
    #[serde(default)]
    uuid: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    chat_messages: Vec<RawMessage>,
}

#[derive(Deserialize)]
struct RawMessage {
    sender: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    content: Option<Vec<Block>>,
    #[serde(default)]
    created_at: Option<String>,
}

/// A content block: only `text` blocks are chat the user read.
#[derive(Deserialize)]
struct Block {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    text: Option<Value>,
}

/// Reads `conversations.json`: a list of conversations (or one conversation on its own).
pub(super) fn parse(text: &str) -> Result<Parsed, ImportError> {
    json::conversations::<RawConversation>(ImportFormat::Claude, text, conversation)
}

fn conversation(raw: RawConversation) -> Result<Conversation, String> {
    let id = raw.uuid.filter(|id| !id.is_empty()).ok_or("the conversation has no `uuid`")?;
    if id.len() > MAX_SOURCE_BYTES {
        return Err(format!("the conversation uuid is longer than {MAX_SOURCE_BYTES} bytes"));
    }
    let created_at = raw.created_at.as_deref().map(timestamp).transpose()?;
    let mut messages = Vec::new();
    for message in &raw.chat_messages {
        if let Some(message) = chat_message(message)? {
            messages.push(message);
        }
    }
    let title = raw.name.filter(|name| !name.trim().is_empty());
    Ok(Conversation { id, title, created_at, messages })
}

/// The message as the extractor sees it, or `None` if it is not the user's or the assistant's
/// chat text (another sender, or only thinking, tool calls and their results).
fn chat_message(message: &RawMessage) -> Result<Option<Message>, String> {
    let role = match message.sender.as_str() {
        "human" => Role::User,
        "assistant" => Role::Assistant,
        _ => return Ok(None),
    };
    // The text blocks when the export has them (`text` also carries tool output rendered as
    // text); the flat `text` of older exports otherwise.
    let blocks: Vec<&str> = message
        .content
        .iter()
        .flatten()
        .filter(|block| block.kind.as_deref() == Some("text"))
        .filter_map(|block| block.text.as_ref().and_then(Value::as_str))
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .collect();
    let text = if blocks.is_empty() {
        message.text.as_deref().map(str::trim).unwrap_or_default().to_owned()
    } else {
        blocks.join("\n\n")
    };
    if text.is_empty() {
        return Ok(None);
    }
    let at = message.created_at.as_deref().map(timestamp).transpose()?;
    Ok(Some(Message { role, content: text, at }))
}

/// A time as Claude's export writes it: RFC 3339 (`2026-02-14T10:04:22.000Z`, or with an offset).
fn timestamp(text: &str) -> Result<Timestamp, String> {
    text.parse().map_err(|_| format!("`{text}` is not a time (RFC 3339)"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::{detect, parse};

    const EXPORT: &[u8] = include_bytes!("testdata/claude-conversations.json");

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn texts(conversation: &Conversation) -> Vec<(Role, &str)> {
        conversation.messages.iter().map(|m| (m.role, m.content.as_str())).collect()
    }

    #[test]
    fn the_fixture_is_told_apart_from_chatgpt_and_read() {
        assert_eq!(detect(EXPORT, Some("conversations.json")).unwrap(), ImportFormat::Claude);
        assert_eq!(detect(EXPORT, None).unwrap(), ImportFormat::Claude);
        let parsed = parse(ImportFormat::Claude, EXPORT).unwrap();
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let conversations: Vec<_> = parsed.conversations().collect();
        assert_eq!(conversations.len(), 2);
        // The empty conversation is a note, not a problem.
        assert_eq!(parsed.notes.len(), 1, "{:?}", parsed.notes);
        assert!(parsed.notes[0].reason.contains("no user or assistant text"));

        // 1: text blocks only (thinking and tool traffic left out); times from each message.
        let move_ = conversations[0];
        assert_eq!(move_.id, "3f1c2b7e-8a41-4d0e-9b6a-2c5d7e9f1a30");
        assert_eq!(move_.title.as_deref(), Some("Moving to Lisbon"));
        assert_eq!(move_.created_at, Some(at("2026-02-14T10:04:22.000Z")));
        assert_eq!(
            texts(move_),
            [
                (Role::User, "I moved to Lisbon last month. I work remotely as a translator."),
                (
                    Role::Assistant,
                    "Congratulations on the move!\n\nHere are some neighbourhoods ..."
                ),
                (Role::User, "I'm vegetarian, where should I eat?"),
            ]
        );
        assert_eq!(move_.messages[0].at, Some(at("2026-02-14T10:04:22.000Z")));
        assert_eq!(move_.messages[2].at, Some(at("2026-02-14T10:09:51.318Z")));

        // 2: an older export with only the flat `text`, no title, a time with an offset.
        let climbing = conversations[1];
        assert_eq!(climbing.title, None);
        assert_eq!(
            texts(climbing),
            [(Role::User, "I climb twice a week, Tuesdays and Thursdays.")]
        );
        assert_eq!(climbing.messages[0].at, Some(at("2024-03-20T14:30:45.123456Z")));
    }

    #[test]
    fn bad_conversations_are_problems_on_their_line() {
        let text = "[\n{\"uuid\": \"a\", \"chat_messages\": [{\"sender\": \"human\", \"text\": \"hi\", \
                    \"created_at\": \"yesterday\"}]},\n{\"name\": \"x\", \"chat_messages\": []},\n\
                    {\"uuid\": \"c\"}\n]";
        let parsed = parse(ImportFormat::Claude, text.as_bytes()).unwrap();
        let problems: Vec<(usize, &str)> =
            parsed.problems.iter().map(|p| (p.line, p.reason.as_str())).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(problems[0], (2, "`yesterday` is not a time (RFC 3339)"));
        assert_eq!(problems[1], (3, "the conversation has no `uuid`"));
        assert!(problems[2].1.contains("missing field `chat_messages`"), "{problems:?}");
        let err = parse(ImportFormat::Claude, b"\"conversations\"").unwrap_err();
        assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
        // A file of the other chat export is refused whole.
        let chatgpt = include_bytes!("testdata/chatgpt-conversations.json");
        let err = parse(ImportFormat::Claude, chatgpt).unwrap_err();
        assert_eq!(
            err,
            ImportError::WrongFormat {
                expected: ImportFormat::Claude,
                found: ImportFormat::ChatGpt
            }
        );
        let err = parse(ImportFormat::ChatGpt, EXPORT).unwrap_err();
        assert!(err.to_string().contains("import it as claude"), "{err}");
    }
}
