//! Notes: plain text (one memory per non-empty line) and Markdown (list items, checkbox items and
//! paragraphs; headings tag the items under them).
//!
//! A memory's id is derived from its text with white space collapsed, so the same line imported
//! twice, from a text file or a Markdown one, is the same memory.

use std::collections::BTreeSet;

use jiff::Timestamp;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Collector, Lines, OnDuplicate, Parsed};
use memsync_types::{MAX_TAG_BYTES, Memory, MemoryId, MemoryKind, Source};

/// The app named as the source of memories from a text file.
const TEXT_APP: &str = "text-import";
/// The app named as the source of memories from a Markdown file.
const MARKDOWN_APP: &str = "markdown-import";

/// Reads plain text: each non-empty line is a memory. A leading bullet (`-`, `*`, `•`) is
/// dropped, since plain-text lists use them too.
pub(super) fn parse_plain(text: &str, now: Timestamp) -> Parsed {
    let mut collector = Collector::new(OnDuplicate::MergeTags);
    for (index, line) in text.lines().enumerate() {
        let line_text = line.trim();
        let line_text = ["- ", "* ", "• "]
            .iter()
            .find_map(|bullet| line_text.strip_prefix(bullet))
            .unwrap_or(line_text);
        add(&mut collector, line_text, index + 1, BTreeSet::new(), TEXT_APP, now);
    }
    collector.finish()
}

/// Adds the note `text` (if it is not blank) found on `line`.
fn add(
    collector: &mut Collector,
    text: &str,
    line: usize,
    tags: BTreeSet<String>,
    app: &str,
    now: Timestamp,
) {
    let text = normalise(text);
    if text.is_empty() {
        return;
    }
    let memory = Memory {
        id: MemoryId::derived(format!("text:{text}").as_bytes()),
        text,
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: BTreeSet::new(),
        tags,
        source: Source::app(app),
        created_at: now,
        updated_at: now,
        confidence: 1.0,
        version: 1,
    };
    collector.memory(memory, line, None);
}

/// The text with runs of white space (line breaks included) made one space.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether text with no telling name looks like Markdown: a heading, a list, a quote, a fence or
/// front matter at the start of a line.
pub(super) fn looks_like_markdown(text: &str) -> bool {
    text.starts_with("---\n")
        || text.starts_with("---\r\n")
        || text.lines().any(|line| {
            let line = line.trim_start();
            let ordered = line.split_once(['.', ')']).is_some_and(|(n, rest)| {
                n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() && rest.starts_with(' ')
            });
            ordered
                || line.starts_with("```")
                || ["# ", "## ", "### ", "- ", "* ", "+ ", "> "].iter().any(|m| line.starts_with(m))
        })
}

/// A heading as a tag: lower case, letters and digits kept (in any script), every other run of
/// characters one `-`, apostrophes dropped (`## Mom's work projects` → `moms-work-projects`).
fn slug(heading: &str) -> String {
    let mut slug = String::new();
    let mut gap = false;
    for c in heading.chars().filter(|c| !matches!(c, '\'' | '’')).flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if gap && !slug.is_empty() {
                slug.push('-');
            }
            gap = false;
            if slug.len() + c.len_utf8() > MAX_TAG_BYTES {
                break;
            }
            slug.push(c);
        } else {
            gap = true;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Reads Markdown (CommonMark with GitHub's task lists, tables and strikethrough): list items,
/// checkbox items, paragraphs and table rows (`Header: cell; Header: cell`) are memories; a list
/// item with a nested list is one memory and each nested item another. Headings are not memories: each becomes a tag of the items under it (an
/// item under `# Home` and `## Garden` gets both). Front matter, code blocks, HTML and images are
/// skipped; quote markers and inline formatting are dropped.
pub(super) fn parse_markdown(text: &str, now: Timestamp) -> Parsed {
    let options = Options::ENABLE_TASKLISTS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let lines = Lines::new(text);
    let mut collector = Collector::new(OnDuplicate::MergeTags);
    // The headings over the current position, outermost first.
    let mut headings: Vec<(HeadingLevel, String)> = Vec::new();
    let mut heading: Option<String> = None;
    // The item being read: its first line and its text so far.
    let mut item: Option<(usize, String)> = None;
    let mut list_items = 0usize;
    // Inside a code block, front matter, an HTML block or an image: text that is not a note.
    let mut skipped = 0usize;
    // A table's header cells, and the cells of the row being read with the row's first line.
    let mut header: Vec<String> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut row_line: Option<usize> = None;
    let mut flush = |item: &mut Option<(usize, String)>, headings: &[(HeadingLevel, String)]| {
        if let Some((line, text)) = item.take() {
            let tags = headings.iter().map(|(_, tag)| tag.clone()).filter(|t| !t.is_empty());
            add(&mut collector, &text, line, tags.collect(), MARKDOWN_APP, now);
        }
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock | Tag::Image { .. },
            ) => skipped += 1,
            Event::End(
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock | TagEnd::Image,
            ) => skipped = skipped.saturating_sub(1),
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut item, &headings);
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(level)) => {
                headings.retain(|(outer, _)| *outer < level);
                headings.push((level, slug(&heading.take().unwrap_or_default())));
            }
            Event::Start(Tag::Item) => list_items += 1,
            // A nested list ends its parent item's own text.
            Event::Start(Tag::List(_)) => flush(&mut item, &headings),
            Event::End(TagEnd::Item) => {
                list_items = list_items.saturating_sub(1);
                flush(&mut item, &headings);
            }
            // A paragraph is an item of its own, unless it is part of a list item.
            Event::End(TagEnd::Paragraph) if list_items == 0 => flush(&mut item, &headings),
            Event::End(TagEnd::Paragraph) | Event::SoftBreak | Event::HardBreak => {
                if let Some((_, text)) = item.as_mut() {
                    text.push(' ');
                }
            }
            // A cell's text is read into `item` like any other, then moved to its row.
            Event::End(TagEnd::TableCell) => {
                let (line, text) = item.take().unwrap_or_default();
                if !text.is_empty() {
                    row_line.get_or_insert(line);
                }
                cells.push(normalise(&text));
            }
            Event::End(TagEnd::TableHead) => {
                header = std::mem::take(&mut cells);
                row_line = None;
            }
            Event::End(TagEnd::TableRow) => {
                let row = std::mem::take(&mut cells);
                item = row_line.take().map(|line| (line, table_row(&header, &row)));
                flush(&mut item, &headings);
            }
            Event::Text(words) | Event::Code(words) if skipped == 0 => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&words);
                } else {
                    let (_, text) =
                        item.get_or_insert_with(|| (lines.line(range.start), String::new()));
                    text.push_str(&words);
                }
            }
            _ => {}
        }
    }
    flush(&mut item, &headings);
    collector.finish()
}

/// A table's body row as one note: `Header: cell; Header: cell`, leaving out empty cells.
fn table_row(header: &[String], row: &[String]) -> String {
    let cells = row.iter().enumerate().filter(|(_, cell)| !cell.is_empty());
    let labelled = cells.map(|(i, cell)| match header.get(i).filter(|name| !name.is_empty()) {
        Some(name) => format!("{name}: {cell}"),
        None => cell.clone(),
    });
    labelled.collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::{ImportFormat, parse_at};

    const TXT: &[u8] = include_bytes!("testdata/notes.txt");
    const MD: &[u8] = include_bytes!("testdata/notes.md");

    fn now() -> Timestamp {
        "2026-06-01T00:00:00Z".parse().unwrap()
    }

    /// Each memory's text and tags, in order.
    fn summary(parsed: &Parsed) -> Vec<(String, Vec<String>)> {
        parsed.memories().map(|m| (m.text.clone(), m.tags.iter().cloned().collect())).collect()
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Work projects"), "work-projects");
        assert_eq!(slug("  Mom's  Health & Fitness!! "), "moms-health-fitness");
        assert_eq!(slug("Café — Zürich 2025"), "café-zürich-2025");
        assert_eq!(slug("***"), "");
        let long = slug(&"ab ".repeat(40));
        assert!(long.len() <= MAX_TAG_BYTES && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn plain_text_is_one_memory_per_line() {
        let parsed = parse_at(ImportFormat::Text, TXT, now()).unwrap();
        let texts: Vec<_> = parsed.memories().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "My name is Jonas Weber and I live in Leipzig.",
                "I work as a nurse at the St. Georg hospital, mostly night shifts.",
                "My partner Lea is a violinist.",
                "I'm lactose intolerant.",
                "I prefer answers in metric units.",
                "Learning Japanese, currently around JLPT N4.",
                "Saving for a used electric car, budget about 15,000 euros.",
                "Favourite band: Radiohead.",
            ]
        );
        for m in parsed.memories() {
            assert_eq!(m.source, Source::app("text-import"));
            assert_eq!(m.kind, MemoryKind::Semantic);
            assert!(m.categories.is_empty() && m.tags.is_empty());
            assert_eq!((m.confidence, m.version, m.created_at), (1.0, 1, now()));
        }
        // The over-long line is a problem on its line.
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!((parsed.problems[0].line, parsed.problems[0].item), (12, None));
        assert!(parsed.problems[0].reason.contains("limit"), "{}", parsed.problems[0]);
    }

    #[test]
    fn same_text_same_id_whatever_the_spacing_or_the_file() {
        let a =
            parse_at(ImportFormat::Text, b"I like  tea.\r\n\n  - I like tea.  \n", now()).unwrap();
        assert_eq!(a.items.len(), 1);
        let b = parse_at(ImportFormat::Markdown, b"* I like\n  tea.\n", now()).unwrap();
        assert_eq!(a.memories().next().unwrap().id, b.memories().next().unwrap().id);
        let ids = |bytes, format| {
            parse_at(format, bytes, now()).unwrap().memories().map(|m| m.id).collect::<Vec<_>>()
        };
        assert_eq!(ids(TXT, ImportFormat::Text), ids(TXT, ImportFormat::Text));
        assert_eq!(ids(MD, ImportFormat::Markdown), ids(MD, ImportFormat::Markdown));
        // "I'm lactose intolerant." is in both fixtures.
        let shared = MemoryId::derived(b"text:I'm lactose intolerant.");
        assert!(ids(TXT, ImportFormat::Text).contains(&shared));
        assert!(ids(MD, ImportFormat::Markdown).contains(&shared));
    }

    #[test]
    fn markdown_items_and_headings() {
        let parsed = parse_at(ImportFormat::Markdown, MD, now()).unwrap();
        let s = |text: &str, tags: &[&str]| {
            (text.to_owned(), tags.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>())
        };
        assert_eq!(
            summary(&parsed),
            [
                s("These are my notes for the assistant.", &["about-me"]),
                s("Name: Amara Okafor, she/her.", &["about-me", "basics"]),
                s(
                    "Lives in Rotterdam with her partner Daan and their cat Miso.",
                    &["about-me", "basics"]
                ),
                s("Born in Lagos; speaks English, Yoruba and some Dutch.", &["about-me", "basics"]),
                s("I'm lactose intolerant.", &["about-me", "health"]),
                s("Runs three times a week, usually before work.", &["about-me", "health"]),
                s("Intervals on Tuesdays", &["about-me", "health"]),
                s("Long run on Sundays, 15 km or more", &["about-me", "health"]),
                s(
                    "Medication: Cetirizine; Dose: 10 mg; When: mornings in hay fever season",
                    &["about-me", "health"]
                ),
                s(
                    "Senior UX researcher at Veldkamp Energy since 2023.",
                    &["about-me", "work-projects"]
                ),
                s(
                    "Leading the customer portal redesign, due in Q3.",
                    &["about-me", "work-projects"]
                ),
                s("Book flights for the Lisbon offsite", &["about-me", "work-projects"]),
                s("Submit conference talk proposal", &["about-me", "work-projects"]),
                s("Prefers written summaries over meetings.", &["about-me", "work-projects"]),
                s("Remember: she hates being called \"Mara\".", &["about-me", "moms-advice"]),
            ]
        );
        for m in parsed.memories() {
            assert_eq!(m.source, Source::app("markdown-import"));
        }
        assert_eq!(parsed.problems.len(), 0, "{:?}", parsed.problems);
    }

    #[test]
    fn markdown_problems_name_their_line() {
        let long = "w".repeat(9000);
        let md = format!("# Notes\n\n- fine\n- {long}\n\n{long}\n");
        let parsed = parse_at(ImportFormat::Markdown, md.as_bytes(), now()).unwrap();
        assert_eq!(parsed.items.len(), 1);
        let lines: Vec<_> = parsed.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [4, 6]);

        let table = format!("| a | b |\n|---|---|\n| | {long} |\n|  |  |\n| x | |\n");
        let parsed = parse_at(ImportFormat::Markdown, table.as_bytes(), now()).unwrap();
        assert_eq!(summary(&parsed), [("a: x".to_owned(), vec![])]);
        assert_eq!(parsed.problems[0].line, 3);
    }

    #[test]
    fn the_same_note_under_two_headings_gets_both_tags() {
        let md = b"## Food\n- Loves ramen\n## Japan\n- Loves ramen\n";
        let parsed = parse_at(ImportFormat::Markdown, md, now()).unwrap();
        assert_eq!(
            summary(&parsed),
            [("Loves ramen".to_owned(), vec!["food".into(), "japan".into()])]
        );
    }

    #[test]
    fn markdown_sniffing() {
        assert!(looks_like_markdown("---\ntitle: x\n---\nhi"));
        assert!(looks_like_markdown("intro\n\n1. first\n"));
        assert!(looks_like_markdown("## Notes"));
        assert!(!looks_like_markdown("I like tea.\nI live in Oslo.\n#hashtag\n2024.05 was busy"));
    }
}
