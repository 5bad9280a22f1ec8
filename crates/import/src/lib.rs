//! Export and import: MemSync's own portable format (docs/FORMAT.md, "Export format") and
//! importers for the files people already hold: mem0 memory exports, plain text and Markdown
//! notes, and the `conversations.json` of ChatGPT's and Claude's data exports.
//!
//! This module reads and writes files; it does not talk to the chain. [`parse`] turns a file into
//! [`ImportItem`]s: memories ready to add, with ids derived from the source (so importing the same
//! file twice yields the same ids, and the memory client skips the ones it already holds), and
//! conversations for the extractor. Items that cannot be imported are listed as [`Problem`]s with
//! the line of the file they start on; whether to import the rest is the caller's choice
//! ([`Parsed::into_strict`] refuses the file instead). A line of a text or Markdown file that is
//! not UTF-8 is such a problem too (the rest of the file reads on). A file that cannot be read at
//! all (binary data, a JSON file that is not UTF-8, not JSON where JSON is expected, a newer
//! export version) is an [`ImportError`].
//!
//! [`write_export`] writes memories in the MemSync format, which [`parse`] reads back field for
//! field.

mod chatgpt;
mod claude;
mod json;
mod mem0;
mod memsync;
mod text;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;

pub use memsync::{ExportError, ExportHeader, FORMAT_VERSION, write_export};

/// The `format` of a MemSync export.
pub const FORMAT_NAME: &str = "memsync.memories";

use memsync_types::Message;
use memsync_types::{Memory, MemoryId, UnknownName};

/// The formats [`parse`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportFormat {
    /// MemSync's own export ([`write_export`]): every field of every memory, versions included.
    MemSync,
    /// mem0's memories: a JSON list of memory objects, or `{"results": [...]}` (`get_all`,
    /// `search`) or `{"memories": [...]}`.
    Mem0,
    /// Plain text: one memory per non-empty line.
    Text,
    /// Markdown notes: list items, checkbox items and paragraphs are memories; headings become
    /// tags of the items under them.
    Markdown,
    /// ChatGPT's data export (`conversations.json`): conversations for the extractor.
    ChatGpt,
    /// Claude's data export (`conversations.json`): conversations for the extractor.
    Claude,
}

impl ImportFormat {
    /// Every format, in order.
    pub const ALL: [Self; 6] =
        [Self::MemSync, Self::Mem0, Self::Text, Self::Markdown, Self::ChatGpt, Self::Claude];

    /// The format's name, as [`FromStr`] reads it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MemSync => "memsync",
            Self::Mem0 => "mem0",
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::ChatGpt => "chatgpt",
            Self::Claude => "claude",
        }
    }

    /// Whether files of this format are JSON.
    pub const fn is_json(self) -> bool {
        matches!(self, Self::MemSync | Self::Mem0 | Self::ChatGpt | Self::Claude)
    }
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ImportFormat {
    type Err = UnknownName;

    /// Reads a format's name, in any case; `txt` and `md` are accepted for text and Markdown.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "txt" => Ok(Self::Text),
            "md" => Ok(Self::Markdown),
            lower => {
                Self::ALL.into_iter().find(|f| f.as_str() == lower).ok_or_else(|| UnknownName {
                    what: "import format",
                    name: text.to_owned(),
                    expected: "memsync, mem0, text, markdown, chatgpt, claude",
                })
            }
        }
    }
}

/// One thing a file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportItem {
    /// A memory to add as it is (unless a memory with its id and the same content exists).
    Memory(Memory),
    /// A conversation to run through the extractor.
    Conversation(Conversation),
}

/// A chat conversation from an export, as its user last saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversation {
    /// The conversation's id in the exporting app (the memories' thread id).
    pub id: String,
    /// Its title, if it has one.
    pub title: Option<String>,
    /// When it was started, if the export says.
    pub created_at: Option<Timestamp>,
    /// The user's and the assistant's messages, in order.
    pub messages: Vec<Message>,
}

/// Something in a file that was not imported, or imported with a loss.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The line of the file (from 1) where the item starts.
    pub line: usize,
    /// The item's position among the file's items (from 0), where the file is a list of items.
    pub item: Option<usize>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// What a file holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The items that can be imported, in the file's order.
    pub items: Vec<ImportItem>,
    /// The items that cannot be imported.
    pub problems: Vec<Problem>,
    /// Items imported with a loss (for example mem0 metadata that does not fit in tags), and
    /// remarks on the whole file; for the user to read, not failures.
    pub notes: Vec<Problem>,
    /// For a MemSync export, who exported it and from where.
    pub export: Option<ExportHeader>,
}

/// How many problems [`ImportError::Problems`] lists.
const LISTED_PROBLEMS: usize = 5;

impl Parsed {
    /// The file's items only if every item can be imported: for callers that want all or
    /// nothing. Fails with the first problems listed.
    pub fn into_strict(self) -> Result<Self, ImportError> {
        if self.problems.is_empty() {
            return Ok(self);
        }
        let count = self.problems.len();
        let first = self.problems.into_iter().take(LISTED_PROBLEMS).collect();
        Err(ImportError::Problems { count, first })
    }

    /// The memories, in order.
    pub fn memories(&self) -> impl Iterator<Item = &Memory> {
        self.items.iter().filter_map(|item| match item {
            ImportItem::Memory(memory) => Some(memory),
            ImportItem::Conversation(_) => None,
        })
    }

    /// The conversations, in order.
    pub fn conversations(&self) -> impl Iterator<Item = &Conversation> {
        self.items.iter().filter_map(|item| match item {
            ImportItem::Conversation(conversation) => Some(conversation),
            ImportItem::Memory(_) => None,
        })
    }
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The file is not UTF-8 text.
    #[error(
        "the file is not UTF-8 text (invalid byte at line {line}, column {column}); \
         save it as UTF-8 and import it again"
    )]
    NotUtf8 {
        /// The line of the first invalid byte, from 1.
        line: usize,
        /// Its column, in characters from 1.
        column: usize,
    },
    /// The file holds a control character no text file holds (it is binary data).
    #[error(
        "the file holds the control byte {byte:#04x} at line {line}, column {column}: it is \
         binary data, not a text or JSON export"
    )]
    NotText {
        /// The byte.
        byte: u8,
        /// Its line, from 1.
        line: usize,
        /// Its column, in characters from 1.
        column: usize,
    },
    /// The file is not valid JSON.
    #[error(
        "the file is not valid JSON: {message} at line {line}, column {column}; {}",
        if *truncated {
            "the file is cut short (an interrupted download or copy?): export it again"
        } else {
            "it is damaged, or not the JSON file expected"
        }
    )]
    Json {
        /// Where the JSON breaks, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// What the JSON parser expected.
        message: String,
        /// Whether the JSON ends before it is complete.
        truncated: bool,
    },
    /// The JSON is valid, but not laid out as the format says.
    #[error("this is not a {format} file as expected: {message} (line {line}, column {column})")]
    Malformed {
        /// The format the file was read as.
        format: ImportFormat,
        /// Where, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A MemSync export written by a newer MemSync.
    #[error(
        "this MemSync export has format version {found}; this MemSync reads versions up to \
         {supported}: upgrade MemSync to import it"
    )]
    UnsupportedVersion {
        /// The file's version.
        found: u64,
        /// The newest version this reader knows.
        supported: u64,
    },
    /// The file was named as one format but holds another.
    #[error("the file is a {found} file, not {expected}: import it as {found}")]
    WrongFormat {
        /// The format asked for.
        expected: ImportFormat,
        /// The format the file holds.
        found: ImportFormat,
    },
    /// [`detect`] cannot tell the format.
    #[error(
        "cannot tell what format the file is in: {reason}; name the format \
         (memsync, mem0, text, markdown, chatgpt or claude)"
    )]
    UnknownFormat {
        /// What the file looks like.
        reason: String,
    },
    /// [`Parsed::into_strict`]: some items cannot be imported.
    #[error(
        "{count} item(s) in the file cannot be imported: {}{}; fix them, or import the rest \
         and skip these",
        list_problems(first),
        if *count > first.len() { ", ..." } else { "" }
    )]
    Problems {
        /// How many items.
        count: usize,
        /// The first few.
        first: Vec<Problem>,
    },
}

fn list_problems(problems: &[Problem]) -> String {
    problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; ")
}

/// Tells a file's format: by its content first (JSON documents by their shape), then by its
/// extension (`.md`, `.markdown` for Markdown, `.txt` for text), then by whether it looks like
/// Markdown.
///
/// A file that starts like JSON but does not parse is reported as broken JSON, unless its name
/// says it is text or Markdown.
///
/// A file that is not UTF-8 throughout can only be text or Markdown (read line by line, the
/// lines that are not UTF-8 reported as problems): one that starts like JSON, or is named
/// `.json`, is [`ImportError::NotUtf8`].
pub fn detect(bytes: &[u8], file_name: Option<&str>) -> Result<ImportFormat, ImportError> {
    let by_name = file_name.and_then(format_by_name);
    let named_json = file_name.is_some_and(|name| extension(name).as_deref() == Some("json"));
    let text = match utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(err @ ImportError::NotUtf8 { .. }) => {
            let start =
                bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes).trim_ascii_start();
            let starts_like_json = start.starts_with(b"{") || start.starts_with(b"[");
            if by_name.is_none() && (named_json || starts_like_json) {
                return Err(err);
            }
            text_lines(bytes)?.0
        }
        Err(err) => return Err(err),
    };
    let text = text.as_ref();
    if json::looks_like_json(text) || named_json {
        match json::probe(text) {
            Ok(shape) => {
                if let Some(format) = shape.format(file_name) {
                    return Ok(format);
                }
                if let Some(format) = by_name {
                    return Ok(format);
                }
                return Err(ImportError::UnknownFormat { reason: shape.describe() });
            }
            Err(err) if by_name.is_none() => return Err(json::syntax_error(&err)),
            Err(_) => {}
        }
    }
    Ok(by_name.unwrap_or_else(|| {
        if text::looks_like_markdown(text) { ImportFormat::Markdown } else { ImportFormat::Text }
    }))
}

/// The extension of a file name or path, in lower case.
fn extension(file_name: &str) -> Option<String> {
    let ext = std::path::Path::new(file_name).extension()?;
    Some(ext.to_string_lossy().to_ascii_lowercase())
}

/// Text or Markdown by a file's extension (JSON formats are told apart by content).
fn format_by_name(file_name: &str) -> Option<ImportFormat> {
    match extension(file_name)?.as_str() {
        "md" | "markdown" | "mdown" | "mkd" => Some(ImportFormat::Markdown),
        "txt" | "text" => Some(ImportFormat::Text),
        _ => None,
    }
}

/// Reads a file in `format`, dating memories that carry no time of their own (text and Markdown
/// notes, mem0 memories without `created_at`) now.
pub fn parse(format: ImportFormat, bytes: &[u8]) -> Result<Parsed, ImportError> {
    parse_at(format, bytes, Timestamp::now())
}

/// [`parse`], dating memories that carry no time of their own at `now`.
///
/// Text and Markdown are read line by line: a line that is not UTF-8 is a [`Problem`] of its own
/// (skipped, the rest read on). JSON formats must be UTF-8 throughout.
pub fn parse_at(format: ImportFormat, bytes: &[u8], now: Timestamp) -> Result<Parsed, ImportError> {
    if matches!(format, ImportFormat::Text | ImportFormat::Markdown) {
        let (text, bad_lines) = text_lines(bytes)?;
        refuse_other_json_format(format, &text)?;
        let mut parsed = match format {
            ImportFormat::Text => text::parse_plain(&text, now),
            _ => text::parse_markdown(&text, now),
        };
        if !bad_lines.is_empty() {
            parsed.problems.extend(bad_lines);
            parsed.problems.sort_by_key(|problem| problem.line);
        }
        return Ok(parsed);
    }
    let text = utf8(bytes)?;
    refuse_other_json_format(format, text)?;
    match format {
        ImportFormat::MemSync => memsync::read(text),
        ImportFormat::Mem0 => mem0::parse(text, now),
        ImportFormat::ChatGpt => chatgpt::parse(text),
        ImportFormat::Claude => claude::parse(text),
        ImportFormat::Text | ImportFormat::Markdown => unreachable!("read line by line above"),
    }
}

/// A text file as text, line by line: the lines that are not UTF-8 are left empty (so that the
/// others keep their numbers) and each is a [`Problem`]. Binary data is refused as [`utf8`]
/// refuses it.
fn text_lines(bytes: &[u8]) -> Result<(std::borrow::Cow<'_, str>, Vec<Problem>), ImportError> {
    match utf8(bytes) {
        Ok(text) => return Ok((std::borrow::Cow::Borrowed(text), Vec::new())),
        Err(ImportError::NotUtf8 { .. }) => {}
        Err(err) => return Err(err),
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut text = String::with_capacity(bytes.len());
    let mut problems = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if index > 0 {
            text.push('\n');
        }
        match std::str::from_utf8(line) {
            Ok(line) => text.push_str(line),
            Err(err) => {
                let column =
                    String::from_utf8_lossy(&line[..err.valid_up_to()]).chars().count() + 1;
                problems.push(Problem {
                    line: index + 1,
                    item: None,
                    reason: format!(
                        "the line is not UTF-8 text (invalid byte at column {column}); save the \
                         file as UTF-8, or skip the line"
                    ),
                });
            }
        }
    }
    Ok((std::borrow::Cow::Owned(text), problems))
}

/// A file of another known JSON format is refused as a whole rather than read item by item into
/// a list of problems (a ChatGPT export read as mem0 would fail on every conversation).
fn refuse_other_json_format(expected: ImportFormat, text: &str) -> Result<(), ImportError> {
    if !json::looks_like_json(text) {
        return Ok(());
    }
    match json::probe(text) {
        // An empty list is an empty mem0 export as much as an empty ChatGPT one.
        Ok(json::Shape::EmptyList) => Ok(()),
        Ok(shape) => match shape.format(None) {
            Some(found) if found != expected => Err(ImportError::WrongFormat { expected, found }),
            _ => Ok(()),
        },
        // Broken JSON is reported by the JSON readers themselves, with its position; text and
        // Markdown may start with a bracket.
        Err(err) if expected.is_json() => Err(json::syntax_error(&err)),
        Err(_) => Ok(()),
    }
}

/// The file as text, without a byte order mark.
fn utf8(bytes: &[u8]) -> Result<&str, ImportError> {
    // Text and JSON (which escapes control characters in strings) hold no C0 control byte but
    // tab, line feed, carriage return and form feed: any other one means binary data.
    if let Some(at) = bytes.iter().position(|&b| b < 0x20 && !b"\t\n\r\x0c".contains(&b)) {
        let before = &bytes[..at];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        return Err(ImportError::NotText {
            byte: bytes[at],
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column: String::from_utf8_lossy(&before[line_start..]).chars().count() + 1,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            Err(ImportError::NotUtf8 { line, column })
        }
    }
}

/// Byte offsets to line numbers.
struct Lines {
    /// The offset of each line's first byte.
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let starts =
            std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self { starts }
    }

    /// The line (from 1) holding byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// What to do with a memory whose id an earlier item of the same file already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OnDuplicate {
    /// Keep the first; report the later one if it differs.
    Report,
    /// Keep the first and add the later one's tags to it (the same note under two headings).
    MergeTags,
}

/// Builds a [`Parsed`]: checks each memory against the model's limits and resolves ids given
/// twice in one file.
struct Collector {
    parsed: Parsed,
    on_duplicate: OnDuplicate,
    /// Each memory id seen: its index in `parsed.items` and the line it came from.
    seen: HashMap<MemoryId, (usize, usize)>,
}

impl Collector {
    fn new(on_duplicate: OnDuplicate) -> Self {
        Self { parsed: Parsed::default(), on_duplicate, seen: HashMap::new() }
    }

    fn problem(&mut self, line: usize, item: Option<usize>, reason: impl Into<String>) {
        self.parsed.problems.push(Problem { line, item, reason: reason.into() });
    }

    fn note(&mut self, line: usize, item: Option<usize>, reason: impl Into<String>) {
        self.parsed.notes.push(Problem { line, item, reason: reason.into() });
    }

    fn conversation(&mut self, conversation: Conversation) {
        self.parsed.items.push(ImportItem::Conversation(conversation));
    }

    fn memory(&mut self, memory: Memory, line: usize, item: Option<usize>) {
        if let Err(err) = memory.validate() {
            return self.problem(line, item, err.to_string());
        }
        let Some(&(index, first_line)) = self.seen.get(&memory.id) else {
            self.seen.insert(memory.id, (self.parsed.items.len(), line));
            self.parsed.items.push(ImportItem::Memory(memory));
            return;
        };
        let ImportItem::Memory(first) = &mut self.parsed.items[index] else {
            unreachable!("`seen` indexes memories only");
        };
        match self.on_duplicate {
            OnDuplicate::Report if *first == memory => {}
            OnDuplicate::Report => self.problem(
                line,
                item,
                format!(
                    "memory {} is given again with different content (first at line \
                     {first_line}); the first was kept",
                    memory.id
                ),
            ),
            OnDuplicate::MergeTags => {
                let mut merged = first.clone();
                merged.tags.extend(memory.tags);
                if merged.validate().is_ok() {
                    *first = merged;
                }
            }
        }
    }

    fn finish(self) -> Parsed {
        self.parsed
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn format_names_roundtrip() {
        for format in ImportFormat::ALL {
            assert_eq!(format.to_string().parse::<ImportFormat>().unwrap(), format);
        }
        assert_eq!("ChatGPT".parse::<ImportFormat>().unwrap(), ImportFormat::ChatGpt);
        assert_eq!("md".parse::<ImportFormat>().unwrap(), ImportFormat::Markdown);
        let err = "csv".parse::<ImportFormat>().unwrap_err();
        assert!(err.to_string().contains("memsync, mem0"), "{err}");
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = utf8(b"first\nab\xffc").unwrap_err();
        assert_eq!(err, ImportError::NotUtf8 { line: 2, column: 3 });
        assert!(err.to_string().contains("line 2, column 3"), "{err}");
        assert_eq!(utf8("\u{feff}hi".as_bytes()).unwrap(), "hi");
        let err = parse(ImportFormat::Mem0, b"[\xc3]").unwrap_err();
        assert_eq!(err, ImportError::NotUtf8 { line: 1, column: 2 });
        let err = detect(b"notes\nab\x00cd", None).unwrap_err();
        assert_eq!(err, ImportError::NotText { byte: 0, line: 2, column: 3 });
        assert!(parse(ImportFormat::Text, b"tab\tand\r\nform\x0cfeed are text\n").is_ok());
    }

    #[test]
    fn text_lines_that_are_not_utf8_are_problems_of_their_own() {
        // Latin-1 bytes on lines 2 and 4 of a text file otherwise UTF-8.
        let file = b"Likes tea\nCaf\xe9 au lait every day\nSpeaks Portuguese\n\xff\xfe bad\n";
        assert_eq!(detect(file, None).unwrap(), ImportFormat::Text);
        assert_eq!(detect(file, Some("notes.md")).unwrap(), ImportFormat::Markdown);
        let parsed = parse(ImportFormat::Text, file).unwrap();
        let texts: Vec<&str> = parsed.memories().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Likes tea", "Speaks Portuguese"]);
        let problems: Vec<(usize, &str)> =
            parsed.problems.iter().map(|p| (p.line, p.reason.as_str())).collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].0, 2);
        assert!(problems[0].1.starts_with("the line is not UTF-8 text (invalid byte at column 4)"));
        assert_eq!(problems[1].0, 4);
        let err = parsed.into_strict().unwrap_err();
        assert!(err.to_string().starts_with("2 item(s) in the file cannot be imported: line 2: "));

        // Markdown: the item on the bad line is skipped, the others keep their lines.
        let markdown = b"# Food\n- Likes tea\n- Caf\xe9\n- Bakes bread\n";
        let parsed = parse(ImportFormat::Markdown, markdown).unwrap();
        let texts: Vec<&str> = parsed.memories().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Likes tea", "Bakes bread"]);
        assert_eq!(parsed.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [3]);

        // JSON is not read line by line: the file is refused, with where.
        let err = detect(b"[{\"memory\": \"caf\xe9\"}]", None).unwrap_err();
        assert_eq!(err, ImportError::NotUtf8 { line: 1, column: 17 });
        let err = detect(b"caf\xe9", Some("export.json")).unwrap_err();
        assert!(matches!(err, ImportError::NotUtf8 { .. }), "{err}");
        // Binary data is still binary data.
        let err = parse(ImportFormat::Text, b"PK\x03\x04\x14\0\xff").unwrap_err();
        assert!(matches!(err, ImportError::NotText { .. }), "{err}");
    }

    #[test]
    fn lines_count_from_one() {
        let lines = Lines::new("ab\ncd\n\nef");
        assert_eq!(lines.line(0), 1);
        assert_eq!(lines.line(2), 1);
        assert_eq!(lines.line(3), 2);
        assert_eq!(lines.line(6), 3);
        assert_eq!(lines.line(7), 4);
    }

    #[test]
    fn detect_by_content_then_name() {
        let detect_str = |text: &str, name: Option<&str>| detect(text.as_bytes(), name);
        let fixtures: [(&[u8], &str, ImportFormat); 6] = [
            (include_bytes!("testdata/memsync-export.json"), "export.json", ImportFormat::MemSync),
            (include_bytes!("testdata/mem0-export.json"), "mem0.json", ImportFormat::Mem0),
            (include_bytes!("testdata/mem0-results.json"), "results.json", ImportFormat::Mem0),
            (
                include_bytes!("testdata/chatgpt-conversations.json"),
                "conversations.json",
                ImportFormat::ChatGpt,
            ),
            (include_bytes!("testdata/notes.md"), "notes.md", ImportFormat::Markdown),
            (include_bytes!("testdata/notes.txt"), "notes.txt", ImportFormat::Text),
        ];
        for (bytes, name, format) in fixtures {
            assert_eq!(detect(bytes, Some(name)).unwrap(), format);
            if format.is_json() {
                // JSON is told by its content alone, whatever the name says.
                assert_eq!(detect(bytes, None).unwrap(), format);
                assert_eq!(detect(bytes, Some("notes.txt")).unwrap(), format);
            }
        }
        // Without a name, Markdown is told by its look (notes.txt has bullets, so it passes).
        assert_eq!(detect(include_bytes!("testdata/notes.md"), None), Ok(ImportFormat::Markdown));
        assert_eq!(detect_str(r#"{"memories": [{"memory": "x"}]}"#, None), Ok(ImportFormat::Mem0));
        assert_eq!(detect_str(r#"{"id": "1", "memory": "x"}"#, None), Ok(ImportFormat::Mem0));
        assert_eq!(detect_str(r#"{"mapping": {}}"#, None), Ok(ImportFormat::ChatGpt));
        assert_eq!(detect_str("[]", None), Ok(ImportFormat::Mem0));
        assert_eq!(detect_str("[]", Some("conversations.json")), Ok(ImportFormat::ChatGpt));
        assert_eq!(detect_str("- tea\n", Some("v1.5/notes")), Ok(ImportFormat::Markdown));
        assert_eq!(detect_str("tea\n", Some("Notes/ME.MD")), Ok(ImportFormat::Markdown));
        assert_eq!(detect_str("I like tea.\n", Some("notes.md")), Ok(ImportFormat::Markdown));
        assert_eq!(detect_str("# Notes\n- tea\n", Some("notes.txt")), Ok(ImportFormat::Text));
        assert_eq!(detect_str("I like tea.\n", None), Ok(ImportFormat::Text));
        assert_eq!(detect_str("", None), Ok(ImportFormat::Text));
        // Text that starts with a bracket is text when its name says so ...
        assert_eq!(detect_str("[2024] moved to Lyon\n", Some("a.txt")), Ok(ImportFormat::Text));
        // ... and broken JSON otherwise.
        let err = detect_str("[2024] moved to Lyon\n", None).unwrap_err();
        assert!(matches!(err, ImportError::Json { line: 1, column: 8, truncated: false, .. }));
        assert!(err.to_string().contains("trailing characters at line 1, column 8; it is damaged"));
        let err = detect_str("hello", Some("export.json")).unwrap_err();
        assert!(matches!(err, ImportError::Json { line: 1, column: 1, .. }), "{err}");
        let err = detect_str(r#"{"format": "other.thing", "version": 1}"#, None).unwrap_err();
        assert!(err.to_string().contains("other.thing"), "{err}");
        let err = detect_str(r#"[{"title": "x"}]"#, None).unwrap_err();
        assert!(matches!(err, ImportError::UnknownFormat { .. }), "{err}");
        let err = detect(include_bytes!("testdata/mem0-truncated.json"), None).unwrap_err();
        assert!(matches!(err, ImportError::Json { truncated: true, .. }), "{err}");
        assert!(err.to_string().contains("cut short"), "{err}");
    }

    #[test]
    fn a_file_of_another_format_is_refused_whole() {
        let chatgpt = include_bytes!("testdata/chatgpt-conversations.json");
        let err = parse(ImportFormat::Mem0, chatgpt).unwrap_err();
        assert_eq!(
            err,
            ImportError::WrongFormat { expected: ImportFormat::Mem0, found: ImportFormat::ChatGpt }
        );
        assert!(err.to_string().contains("import it as chatgpt"), "{err}");
        for format in [ImportFormat::Mem0, ImportFormat::ChatGpt] {
            assert_eq!(parse(format, b"[]").unwrap(), Parsed::default());
        }
        let mem0 = include_bytes!("testdata/mem0-export.json");
        for format in [ImportFormat::MemSync, ImportFormat::ChatGpt, ImportFormat::Markdown] {
            let err = parse(format, mem0).unwrap_err();
            assert!(matches!(err, ImportError::WrongFormat { .. }), "{format}: {err}");
        }
    }

    #[test]
    fn strict_parsing_lists_the_first_problems() {
        let parsed =
            parse(ImportFormat::Mem0, include_bytes!("testdata/mem0-corrupt.json")).unwrap();
        assert_eq!(parsed.problems.len(), 2);
        let err = parsed.clone().into_strict().unwrap_err();
        let ImportError::Problems { count, first } = &err else { panic!("{err}") };
        assert_eq!(*count, 2);
        assert_eq!(first, &parsed.problems);
        assert!(err.to_string().starts_with("2 item(s) in the file cannot be imported: line "));

        let clean = parse(ImportFormat::Mem0, include_bytes!("testdata/mem0-export.json")).unwrap();
        assert_eq!(clean.clone().into_strict().unwrap(), clean);

        let many = Parsed {
            problems: (1..=7)
                .map(|line| Problem { line, item: None, reason: "bad".into() })
                .collect(),
            ..Parsed::default()
        };
        let err = many.into_strict().unwrap_err();
        assert!(err.to_string().contains("line 5: bad, ...; fix them"), "{err}");
    }
}
