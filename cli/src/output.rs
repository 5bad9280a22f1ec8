//! What commands print: readable text by default, one JSON document with `--json`.

use std::fmt::Write as _;

use memsync::memory::{Memory, MemoryVersion};
use serde::Serialize;

/// Where a command's results go.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Output {
    json: bool,
}

impl Output {
    pub(crate) fn new(json: bool) -> Self {
        Self { json }
    }

    /// A side remark for people (on stderr; nothing in JSON mode).
    pub(crate) fn note(self, text: &str) {
        if !self.json {
            eprintln!("{text}");
        }
    }

    /// The result of a command: `value` as JSON, or `text` for people.
    pub(crate) fn done(self, value: &impl Serialize, text: &str) {
        if self.json {
            let json = serde_json::to_string_pretty(value)
                .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
            print_out(&json, true);
        } else if !text.is_empty() {
            print_out(text, true);
        }
    }
}

/// Writes `text` (and a newline) to stdout. A reader that went away (`memsync list | head -1`)
/// ends the command quietly with success: what it read was printed, and nothing is lost (every
/// write happened before the output). Any other failure to write is said on stderr.
pub(crate) fn print_out(text: &str, newline: bool) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| if newline { out.write_all(b"\n") } else { Ok(()) })
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(err) => {
            eprintln!("memsync: could not write the output: {err}");
            std::process::exit(1);
        }
    }
}

/// `text` as a person's terminal may show it: control characters (escape sequences, carriage
/// returns, line breaks) and the invisible characters that reorder or hide text (bidirectional
/// overrides, zero-width marks) are written as escapes (`\u{1b}`, `\n`), so a memory written by an
/// app or an import can neither drive the terminal nor break a one-line listing. JSON output
/// carries the text as it is.
pub(crate) fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
    };
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

impl Output {
    /// A new mnemonic, shown once to people (in JSON mode it is a field of the command's result).
    pub(crate) fn secret_notice(self, phrase: &str) {
        if !self.json {
            println!("Your new mnemonic (24 words). Write it down and keep it offline: it is the");
            println!("only way to open your memory, and nobody can recover it for you.\n");
            println!("  {phrase}\n");
        }
    }
}

/// One memory as a block of text.
pub(crate) fn memory(m: &Memory) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}  v{}  {}", m.id, m.version, m.kind);
    let _ = writeln!(s, "  {}", safe(&m.text));
    let mut facts = Vec::new();
    if !m.categories.is_empty() {
        facts.push(format!("categories: {}", join(m.categories.iter())));
    }
    if !m.tags.is_empty() {
        facts.push(format!("tags: {}", safe(&join(m.tags.iter()))));
    }
    if let Some(at) = m.expires_at {
        facts.push(format!("expires: {}", at.strftime("%Y-%m-%d %H:%M UTC")));
    }
    if let Some(app) = &m.source.app {
        facts.push(format!("from: {}", safe(app)));
    }
    facts.push(format!("updated: {}", m.updated_at.strftime("%Y-%m-%d %H:%M UTC")));
    let _ = write!(s, "  {}", facts.join(" · "));
    s
}

/// One line per memory.
pub(crate) fn memory_line(m: &Memory) -> String {
    let categories = if m.categories.is_empty() {
        String::new()
    } else {
        format!("  [{}]", join(m.categories.iter()))
    };
    format!("{}  {}{categories}", &m.id.to_string()[..12], safe(&m.text))
}

/// A memory's versions, oldest first.
pub(crate) fn history(versions: &[MemoryVersion], owner: alloy::primitives::Address) -> String {
    let mut s = String::new();
    for v in versions {
        let what = match (&v.memory, &v.unreadable) {
            (Some(m), _) => safe(&m.text).into_owned(),
            (None, Some(why)) => format!("(does not open: {})", safe(why)),
            (None, None) => "(deleted)".to_owned(),
        };
        // Who wrote it, when it was not the owner's own key (a delegate: a TEE node, an app).
        let by = match v.writer {
            Some(writer) if writer != owner => format!("  [by delegate {writer}]"),
            Some(_) => String::new(),
            None => "  [writer unknown: chain not reached]".to_owned(),
        };
        let _ = writeln!(s, "v{:<3} seq {:<6} block {:<8} {what}{by}", v.version, v.seq, v.block);
    }
    s.trim_end().to_owned()
}

fn join<T: std::fmt::Display>(items: impl Iterator<Item = T>) -> String {
    items.map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
}
