//! What the JSON readers share: telling JSON documents apart by their shape, reading a list of
//! items one by one (so that one bad item is a [`Problem`](super::Problem) on its own line, not a
//! failed file) and wording serde_json's errors.

use std::collections::HashMap;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

use super::{Collector, Conversation, ImportError, ImportFormat, Lines, OnDuplicate, Parsed};
use crate::FORMAT_NAME;

/// Whether `text` starts like a JSON object or list.
pub(super) fn looks_like_json(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

/// What a JSON document is, judged by its top level and its first item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// A format this module reads.
    Known(ImportFormat),
    /// A list with no items: a mem0 export or a chat export, nothing tells which.
    EmptyList,
    /// A document naming a format (`"format": ...`) that is not MemSync's.
    OtherFormat(String),
    /// Something else.
    Unknown(&'static str),
}

impl Shape {
    /// The format, if the shape tells it; an empty list is a ChatGPT export when the file is
    /// named like one (`conversations.json`), mem0's otherwise (either way it holds nothing).
    pub(super) fn format(&self, file_name: Option<&str>) -> Option<ImportFormat> {
        match self {
            Self::Known(format) => Some(*format),
            Self::EmptyList
                if file_name
                    .and_then(|name| std::path::Path::new(name).file_name())
                    .is_some_and(|name| {
                        name.to_string_lossy().to_lowercase().contains("conversations")
                    }) =>
            {
                Some(ImportFormat::ChatGpt)
            }
            Self::EmptyList => Some(ImportFormat::Mem0),
            Self::OtherFormat(_) | Self::Unknown(_) => None,
        }
    }

    /// What the document looks like, for an error message.
    pub(super) fn describe(&self) -> String {
        match self {
            Self::Known(format) => format!("a {format} file"),
            Self::EmptyList => "an empty JSON list".to_owned(),
            Self::OtherFormat(name) => {
                format!("it is a JSON document of format `{name}`, which MemSync does not read")
            }
            Self::Unknown(what) => (*what).to_owned(),
        }
    }
}

/// Reads `text`'s shape without building the document: a MemSync export names its format; a
/// ChatGPT export is a list of objects with a `mapping`, a Claude export one of objects with
/// `chat_messages`; mem0's memories have a `memory`, in a list or under `results` or `memories`.
pub(super) fn probe(text: &str) -> Result<Shape, serde_json::Error> {
    if text.trim_start().starts_with('[') {
        let list: Vec<&RawValue> = serde_json::from_str(text)?;
        return Ok(match list.first() {
            None => Shape::EmptyList,
            Some(first) => match keys(first) {
                Some(keys) if keys.contains_key("mapping") => Shape::Known(ImportFormat::ChatGpt),
                Some(keys) if keys.contains_key("chat_messages") => {
                    Shape::Known(ImportFormat::Claude)
                }
                Some(keys) if keys.contains_key("memory") => Shape::Known(ImportFormat::Mem0),
                _ => Shape::Unknown(
                    "a JSON list whose items have none of `memory`, `mapping`, `chat_messages`",
                ),
            },
        });
    }
    let object: HashMap<String, &RawValue> = match serde_json::from_str(text) {
        Ok(object) => object,
        Err(err) if err.is_data() => {
            // Valid JSON, but not an object: a string, a number. (Checked, so that broken JSON
            // is still reported as such.)
            serde_json::from_str::<IgnoredAny>(text)?;
            return Ok(Shape::Unknown("a JSON value that is neither an object nor a list"));
        }
        Err(err) => return Err(err),
    };
    if let Some(format) = object.get("format") {
        let name = serde_json::from_str::<String>(format.get())
            .unwrap_or_else(|_| format.get().to_owned());
        return Ok(if name == FORMAT_NAME {
            Shape::Known(ImportFormat::MemSync)
        } else {
            Shape::OtherFormat(name)
        });
    }
    if object.contains_key("mapping") {
        return Ok(Shape::Known(ImportFormat::ChatGpt));
    }
    if object.contains_key("chat_messages") {
        return Ok(Shape::Known(ImportFormat::Claude));
    }
    if object.contains_key("memory") {
        return Ok(Shape::Known(ImportFormat::Mem0));
    }
    for key in ["results", "memories"] {
        let Some(list) = object.get(key).and_then(|raw| items(raw.get()).ok()) else { continue };
        if list.first().is_none_or(|first| keys(first).is_some_and(|k| k.contains_key("memory"))) {
            return Ok(Shape::Known(ImportFormat::Mem0));
        }
    }
    Ok(Shape::Unknown(
        "a JSON object with none of the keys `format`, `results`, `memories`, `memory`, `mapping`, \
         `chat_messages`",
    ))
}

/// The keys of a JSON object, or `None` if `raw` is not an object.
fn keys(raw: &RawValue) -> Option<HashMap<String, IgnoredAny>> {
    serde_json::from_str(raw.get()).ok()
}

/// The items of a JSON list, unparsed, borrowed from `text`.
pub(super) fn items(text: &str) -> Result<Vec<&RawValue>, serde_json::Error> {
    serde_json::from_str(text)
}

/// Where `raw`, a slice of `text`, starts in it.
pub(super) fn offset(text: &str, raw: &RawValue) -> usize {
    let offset = raw.get().as_ptr().addr().wrapping_sub(text.as_ptr().addr());
    debug_assert!(offset <= text.len(), "the raw value is not borrowed from the text");
    offset
}

/// Reads a whole document as `T`: broken JSON is [`ImportError::Json`], JSON of the wrong layout
/// [`ImportError::Malformed`].
pub(super) fn document<'a, T: Deserialize<'a>>(
    format: ImportFormat,
    text: &'a str,
) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|err| error(format, &err))
}

/// Reads one item of a list, starting on line `first_line` of the file; the error, if any, is
/// worded for a [`Problem`](super::Problem).
pub(super) fn item<'a, T: Deserialize<'a>>(
    raw: &'a RawValue,
    first_line: usize,
) -> Result<T, String> {
    serde_json::from_str(raw.get()).map_err(|err| item_error(&err, first_line))
}

/// An error in an item that starts on line `first_line`: what is wrong and, if it is not on the
/// item's first line, where.
pub(super) fn item_error(err: &serde_json::Error, first_line: usize) -> String {
    let line = first_line + err.line().saturating_sub(1);
    if line == first_line { message(err) } else { format!("{} (at line {line})", message(err)) }
}

/// [`ImportError::Json`] for JSON that does not parse.
pub(super) fn syntax_error(err: &serde_json::Error) -> ImportError {
    ImportError::Json {
        line: err.line(),
        column: err.column().max(1),
        message: message(err),
        truncated: err.is_eof(),
    }
}

/// [`ImportError::Malformed`] for JSON of the wrong layout, [`ImportError::Json`] for broken JSON.
pub(super) fn error(format: ImportFormat, err: &serde_json::Error) -> ImportError {
    if err.is_data() {
        ImportError::Malformed {
            format,
            line: err.line(),
            column: err.column().max(1),
            message: message(err),
        }
    } else {
        syntax_error(err)
    }
}

/// serde_json's message without the position it appends (the callers give the position in the
/// file, not in the item).
fn message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    text.strip_suffix(&position).map_or_else(|| text.clone(), str::to_owned)
}

/// A chat app's `conversations.json`: a list of conversations (or one on its own), each read as
/// `R` and made a [`Conversation`] by `convert`; one without messages is a note, one that does
/// not read a problem of its own line.
pub(super) fn conversations<'a, R: Deserialize<'a>>(
    format: ImportFormat,
    text: &'a str,
    convert: fn(R) -> Result<Conversation, String>,
) -> Result<Parsed, ImportError> {
    let items: Vec<&RawValue> = match text.trim_start().chars().next() {
        Some('[') => document(format, text)?,
        Some('{') => vec![document(format, text)?],
        _ => {
            // Broken JSON is reported as such, with its position.
            document::<IgnoredAny>(format, text)?;
            return Err(ImportError::Malformed {
                format,
                line: 1,
                column: 1,
                message: "expected a list of conversations, not a single value".to_owned(),
            });
        }
    };
    let lines = Lines::new(text);
    let mut collector = Collector::new(OnDuplicate::Report);
    for (index, raw) in items.into_iter().enumerate() {
        let line = lines.line(offset(text, raw));
        let item = Some(index);
        match self::item::<R>(raw, line).and_then(convert) {
            Ok(conversation) if conversation.messages.is_empty() => collector.note(
                line,
                item,
                format!("conversation {} has no user or assistant text; skipped", conversation.id),
            ),
            Ok(conversation) => collector.conversation(conversation),
            Err(reason) => collector.problem(line, item, reason),
        }
    }
    Ok(collector.finish())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn items_know_where_they_start() {
        let text = "[\n  {\"a\": 1},\n\n  \"x\"\n]";
        let list = items(text).unwrap();
        let lines = super::super::Lines::new(text);
        let starts: Vec<_> = list.iter().map(|raw| lines.line(offset(text, raw))).collect();
        assert_eq!(starts, [2, 4]);
    }

    #[test]
    fn errors_carry_the_position_in_the_file() {
        let err = serde_json::from_str::<Vec<u8>>("[1,\n 2,\n x]").unwrap_err();
        assert_eq!(
            syntax_error(&err),
            ImportError::Json {
                line: 3,
                column: 2,
                message: "expected value".into(),
                truncated: false
            }
        );
        let raw: Vec<&RawValue> = items("[{\n\"a\": \"b\"\n}]").unwrap();
        #[derive(Debug, Deserialize)]
        struct A {
            #[allow(dead_code)]
            a: u8,
        }
        let err = item::<A>(raw[0], 10).unwrap_err();
        assert_eq!(err, "invalid type: string \"b\", expected u8 (at line 11)");
        let err = error(ImportFormat::Mem0, &serde_json::from_str::<A>("{}").unwrap_err());
        assert!(matches!(err, ImportError::Malformed { line: 1, column: 2, .. }), "{err}");
    }

    #[test]
    fn shapes() {
        let shape = |text: &str| probe(text).unwrap();
        assert_eq!(shape("[]"), Shape::EmptyList);
        assert_eq!(shape(r#"[{"mapping": {}}]"#), Shape::Known(ImportFormat::ChatGpt));
        assert_eq!(shape(r#"[{"chat_messages": []}]"#), Shape::Known(ImportFormat::Claude));
        assert_eq!(
            shape(r#"{"uuid": "x", "chat_messages": []}"#),
            Shape::Known(ImportFormat::Claude)
        );
        assert_eq!(shape(r#"[{"memory": "x"}, 5]"#), Shape::Known(ImportFormat::Mem0));
        assert_eq!(shape(r#"{"results": []}"#), Shape::Known(ImportFormat::Mem0));
        assert_eq!(shape(r#"{"results": [{"memory": 1}]}"#), Shape::Known(ImportFormat::Mem0));
        assert_eq!(
            shape(r#"{"format": "memsync.memories", "version": 9}"#),
            Shape::Known(ImportFormat::MemSync)
        );
        assert_eq!(shape(r#"{"format": 3}"#), Shape::OtherFormat("3".into()));
        assert!(matches!(shape(r#"{"results": 3}"#), Shape::Unknown(_)));
        assert!(matches!(shape("[1, 2]"), Shape::Unknown(_)));
        assert!(matches!(shape("\"text\""), Shape::Unknown(_)));
        assert!(probe("{\"results\": [").unwrap_err().is_eof());
        assert!(probe("\"text").unwrap_err().is_eof());
    }
}
