//! mem0's memories (`get_all`, `search`, or a saved list of memory objects). Each mem0 memory
//! becomes one MemSync memory whose id is derived from mem0's, so importing again finds it.

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;

use super::{Collector, ImportError, ImportFormat, Lines, OnDuplicate, Parsed, json};
use memsync_types::{Category, MAX_TAG_BYTES, MAX_TAGS, Memory, MemoryId, MemoryKind, Source};

/// The app named as the source of imported mem0 memories.
const SOURCE_APP: &str = "mem0";

/// The object forms of a mem0 file: `get_all`/`search` results, a list under `memories`, or one
/// memory on its own. Other keys (`relations`, paging) are ignored.
#[derive(Deserialize)]
struct Wrapper<'a> {
    #[serde(default, borrow)]
    results: Option<Vec<&'a RawValue>>,
    #[serde(default, borrow)]
    memories: Option<Vec<&'a RawValue>>,
    #[serde(default)]
    memory: Option<IgnoredAny>,
}

/// One mem0 memory. mem0 adds fields over time (`owner`, `organization`, `score`, `immutable`,
/// `hash`, `app_id`): unknown fields are ignored, because this is another product's format and
/// only these fields have a MemSync counterpart.
#[derive(Deserialize)]
struct Mem0Memory {
    id: Option<String>,
    memory: Option<String>,
    #[serde(default)]
    metadata: Option<Value>,
    #[serde(default)]
    categories: Option<Vec<String>>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    updated_at: Option<String>,
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    agent_id: Option<String>,
    #[serde(default)]
    run_id: Option<String>,
    #[serde(default)]
    expiration_date: Option<String>,
}

/// Reads a mem0 file; memories without a time are dated `now`.
pub(super) fn parse(text: &str, now: Timestamp) -> Result<Parsed, ImportError> {
    let malformed = |message: &str| ImportError::Malformed {
        format: ImportFormat::Mem0,
        line: 1,
        column: 1,
        message: message.to_owned(),
    };
    let items: Vec<&RawValue> = match text.trim_start().chars().next() {
        Some('[') => json::document(ImportFormat::Mem0, text)?,
        Some('{') => {
            let wrapper: Wrapper<'_> = json::document(ImportFormat::Mem0, text)?;
            match (wrapper.results, wrapper.memories, wrapper.memory) {
                (Some(items), _, _) | (None, Some(items), _) => items,
                (None, None, Some(_)) => vec![json::document(ImportFormat::Mem0, text)?],
                (None, None, None) => {
                    return Err(malformed(
                        "expected a list of memories, or an object with `results` or `memories`",
                    ));
                }
            }
        }
        _ => {
            // Broken JSON is reported as such, with its position.
            json::document::<IgnoredAny>(ImportFormat::Mem0, text)?;
            return Err(malformed("expected a list of memories, not a single value"));
        }
    };
    let lines = Lines::new(text);
    let mut collector = Collector::new(OnDuplicate::Report);
    let mut users = BTreeSet::new();
    for (index, raw) in items.into_iter().enumerate() {
        let line = lines.line(json::offset(text, raw));
        let item = Some(index);
        let memory = json::item::<Mem0Memory>(raw, line).and_then(|m| {
            users.extend(m.user_id.clone());
            convert(m, now, &mut |note| collector.note(line, item, note))
        });
        match memory {
            Ok(memory) => collector.memory(memory, line, item),
            Err(reason) => collector.problem(line, item, reason),
        }
    }
    if users.len() > 1 {
        // Platform exports can span a whole project; the user should know before merging.
        let mut names: Vec<_> = users.iter().take(5).map(String::as_str).collect();
        if users.len() > names.len() {
            names.push("...");
        }
        collector.note(
            1,
            None,
            format!(
                "the file holds the memories of {} mem0 users ({}); all of them are read",
                users.len(),
                names.join(", ")
            ),
        );
    }
    Ok(collector.finish())
}

/// One mem0 memory as a MemSync memory; `note` hears of what is dropped.
fn convert(m: Mem0Memory, now: Timestamp, note: &mut dyn FnMut(String)) -> Result<Memory, String> {
    let id = m.id.ok_or("the memory has no `id`")?;
    let text = m.memory.ok_or("the memory has no `memory` text")?;
    let created_at = m.created_at.as_deref().map(timestamp).transpose()?.unwrap_or(now);
    let updated_at = m.updated_at.as_deref().map(timestamp).transpose()?.unwrap_or(created_at);
    let expires_at = m.expiration_date.as_deref().map(expiry).transpose()?;
    let mut categories = BTreeSet::new();
    let mut tags = BTreeSet::new();
    for name in m.categories.unwrap_or_default().iter().filter(|name| !name.trim().is_empty()) {
        match category(name) {
            Ok(category) => {
                categories.insert(category);
            }
            Err(tag) if tag.len() <= MAX_TAG_BYTES && tags.len() < MAX_TAGS => {
                tags.insert(tag);
            }
            Err(tag) => note(format!("category `{tag}` dropped: it does not fit in a tag")),
        }
    }
    match m.metadata {
        None => {}
        Some(metadata) => match metadata_tags(&metadata, MAX_TAGS - tags.len()) {
            Ok(more) => tags.extend(more),
            Err(why) => note(format!(
                "metadata dropped ({why}); MemSync keeps metadata only as short `key:value` tags"
            )),
        },
    }
    let non_empty = |field: Option<String>| field.filter(|value| !value.trim().is_empty());
    Ok(Memory {
        id: MemoryId::derived(format!("mem0:{id}").as_bytes()),
        text,
        kind: if expires_at.is_some() { MemoryKind::Episodic } else { MemoryKind::Semantic },
        expires_at,
        categories,
        tags,
        source: Source {
            app: Some(SOURCE_APP.to_owned()),
            agent_id: non_empty(m.agent_id),
            thread_id: non_empty(m.run_id),
        },
        created_at,
        updated_at,
        confidence: 1.0,
        version: 1,
    })
}

/// A mem0 category as one of ours, or else the tag `mem0:<name>` that keeps it.
fn category(name: &str) -> Result<Category, String> {
    let name = name.trim().to_lowercase();
    match name.as_str() {
        "personal_details" => Ok(Category::Identity),
        "family" => Ok(Category::Relationships),
        "professional_details" => Ok(Category::Career),
        "sports" | "music" | "hobbies" | "food" | "fashion" | "entertainment" | "technology"
        | "shopping" => Ok(Category::Interests),
        "travel" => Ok(Category::Travel),
        "health" => Ok(Category::Health),
        "finance" => Ok(Category::Finance),
        "education" => Ok(Category::Learning),
        "user_preferences" | "productivity" => Ok(Category::Productivity),
        other => other.parse().map_err(|_| format!("mem0:{other}")),
    }
}

/// Flat metadata (strings, numbers, booleans) as `key:value` tags, if all of them fit in at most
/// `room` tags; else why not.
fn metadata_tags(metadata: &Value, room: usize) -> Result<Vec<String>, String> {
    let Value::Object(fields) = metadata else { return Err("it is not an object".to_owned()) };
    let mut tags = Vec::with_capacity(fields.len());
    for (key, value) in fields {
        let value = match value {
            Value::Null => continue,
            Value::String(text) => text.clone(),
            Value::Bool(_) | Value::Number(_) => value.to_string(),
            Value::Array(_) | Value::Object(_) => {
                return Err(format!("`{key}` holds a list or an object"));
            }
        };
        let tag = format!("{key}:{value}");
        if value.trim().is_empty() || tag.len() > MAX_TAG_BYTES {
            return Err(format!("`{key}` is empty or longer than a tag ({MAX_TAG_BYTES} bytes)"));
        }
        tags.push(tag);
    }
    if tags.len() > room {
        return Err(format!("{} fields; a memory has at most {MAX_TAGS} tags", tags.len()));
    }
    Ok(tags)
}

/// An ISO 8601 time as mem0 writes it: with an offset (`2024-07-20T01:30:41.802443-07:00`,
/// `...Z`) or without (naive, taken as UTC), or a date alone (midnight UTC).
fn timestamp(text: &str) -> Result<Timestamp, String> {
    let text = text.trim();
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    text.parse::<DateTime>()
        .ok()
        .and_then(|naive| naive.to_zoned(TimeZone::UTC).ok())
        .map(|zoned| zoned.timestamp())
        .ok_or_else(|| {
            format!("`{text}` is not a time: expected ISO 8601, such as 2024-07-20T01:30:41Z")
        })
}

/// mem0's `expiration_date`: a memory is shown through that whole day (UTC), so it expires at
/// the start of the next one. A full time is taken as it is.
fn expiry(text: &str) -> Result<Timestamp, String> {
    let text = text.trim();
    match text.parse::<Date>() {
        Ok(date) if text.len() == "YYYY-MM-DD".len() => date
            .tomorrow()
            .and_then(|next| next.to_zoned(TimeZone::UTC))
            .map(|zoned| zoned.timestamp())
            .map_err(|_| format!("expiration date `{text}` is out of range")),
        _ => timestamp(text)
            .map_err(|_| format!("`{text}` is not an expiration date: expected YYYY-MM-DD")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::HashMap;

    use super::*;
    use crate::parse_at;

    /// The memories of a file by mem0 id: for tests.
    fn by_mem0_id(parsed: &Parsed, ids: &[&str]) -> HashMap<String, Memory> {
        ids.iter()
            .filter_map(|id| {
                let wanted = MemoryId::derived(format!("mem0:{id}").as_bytes());
                parsed.memories().find(|m| m.id == wanted).map(|m| ((*id).to_owned(), m.clone()))
            })
            .collect()
    }

    const EXPORT: &[u8] = include_bytes!("testdata/mem0-export.json");
    const RESULTS: &[u8] = include_bytes!("testdata/mem0-results.json");
    const CORRUPT: &[u8] = include_bytes!("testdata/mem0-corrupt.json");
    const TRUNCATED: &[u8] = include_bytes!("testdata/mem0-truncated.json");

    fn now() -> Timestamp {
        "2026-06-01T00:00:00Z".parse().unwrap()
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn times_in_the_forms_mem0_writes() {
        for (text, expected) in [
            ("2024-07-20T01:30:41.802443-07:00", "2024-07-20T08:30:41.802443Z"),
            ("2024-07-20T08:30:41Z", "2024-07-20T08:30:41Z"),
            ("2024-07-20T08:30:41+00:00", "2024-07-20T08:30:41Z"),
            ("2024-07-20T08:30:41.5", "2024-07-20T08:30:41.5Z"),
            ("2024-07-20 08:30:41", "2024-07-20T08:30:41Z"),
            ("2024-07-20", "2024-07-20T00:00:00Z"),
        ] {
            assert_eq!(timestamp(text).unwrap(), at(expected), "{text}");
        }
        assert!(timestamp("yesterday").unwrap_err().contains("`yesterday` is not a time"));
        assert_eq!(expiry("2030-01-31").unwrap(), at("2030-02-01T00:00:00Z"));
        assert_eq!(expiry("2030-01-31T10:00:00Z").unwrap(), at("2030-01-31T10:00:00Z"));
        assert!(expiry("31/01/2030").is_err());
    }

    #[test]
    fn categories_map_to_ours_or_to_tags() {
        assert_eq!(category("personal_details"), Ok(Category::Identity));
        assert_eq!(category("Family"), Ok(Category::Relationships));
        assert_eq!(category("food"), Ok(Category::Interests));
        assert_eq!(category("education"), Ok(Category::Learning));
        assert_eq!(category("user_preferences"), Ok(Category::Productivity));
        assert_eq!(category("career"), Ok(Category::Career));
        assert_eq!(category("private"), Ok(Category::Private));
        assert_eq!(category("misc"), Err("mem0:misc".to_owned()));
        assert_eq!(category("milestones"), Err("mem0:milestones".to_owned()));
    }

    #[test]
    fn the_export_fixture() {
        let parsed = parse_at(ImportFormat::Mem0, EXPORT, now()).unwrap();
        assert_eq!(parsed.items.len(), 12);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert!(parsed.export.is_none());
        // One note for the nested metadata.
        let notes: Vec<_> = parsed.notes.iter().map(|n| (n.line, n.item)).collect();
        assert_eq!(notes, [(92, Some(5))], "{:?}", parsed.notes);
        assert!(parsed.notes[0].reason.contains("`preferences` holds a list or an object"));
        for memory in parsed.memories() {
            assert_eq!(memory.source.app.as_deref(), Some("mem0"));
            assert_eq!(memory.confidence, 1.0);
            assert_eq!(memory.version, 1);
        }

        let m = by_mem0_id(
            &parsed,
            &[
                "4f2c8a61-3b7e-4d1a-9c55-0e8f6a2b7d31",
                "a1d5e9f3-62c4-4b8e-8f17-3c9d2e6a4b05",
                "c7e2b4a9-1f63-4d8e-b2a5-7d9c3e1f6a48",
                "5b8f3d1e-9a27-4c6b-8e41-2f7a9c5d3b16",
                "e3a7c9d2-4b15-4f8e-a6c3-1d9b7e5f2a84",
                "9d4b2f7e-3c81-4a5d-b9e6-8f1c4a7d2e53",
            ],
        );
        assert_eq!(m.len(), 6);

        let name = &m["4f2c8a61-3b7e-4d1a-9c55-0e8f6a2b7d31"];
        assert_eq!(name.text, "Name is Priya Raman");
        assert_eq!(name.kind, MemoryKind::Semantic);
        assert_eq!(name.categories, [Category::Identity].into());
        assert!(name.tags.is_empty());
        assert_eq!(name.created_at, at("2025-01-14T17:02:09.518237Z"));
        assert_eq!(name.updated_at, at("2025-01-14T17:02:09.518237Z"));
        assert_eq!(name.source.agent_id, None);

        let trip = &m["a1d5e9f3-62c4-4b8e-8f17-3c9d2e6a4b05"];
        assert_eq!(trip.kind, MemoryKind::Episodic);
        assert_eq!(trip.expires_at, Some(at("2025-04-01T00:00:00Z")));
        assert_eq!(trip.categories, [Category::Travel].into());
        assert_eq!(trip.source.thread_id.as_deref(), Some("trip-planning-2025-02"));
        assert_eq!(trip.source.agent_id.as_deref(), Some("travel-assistant"));

        // A naive timestamp is UTC; updated_at differs from created_at.
        let naive = &m["c7e2b4a9-1f63-4d8e-b2a5-7d9c3e1f6a48"];
        assert_eq!(naive.created_at, at("2024-11-03T08:15:00Z"));
        assert_eq!(naive.updated_at, at("2025-02-10T11:47:31.204Z"));

        // Flat metadata becomes tags; unknown and misc categories become mem0: tags.
        let flat = &m["5b8f3d1e-9a27-4c6b-8e41-2f7a9c5d3b16"];
        assert_eq!(flat.categories, [Category::Career, Category::Learning].into());
        let tags: Vec<_> = flat.tags.iter().map(String::as_str).collect();
        assert_eq!(tags, ["mem0:milestones", "priority:2", "source:onboarding"]);

        let nested = &m["e3a7c9d2-4b15-4f8e-a6c3-1d9b7e5f2a84"];
        assert!(nested.tags.is_empty());
        assert_eq!(nested.categories, [Category::Interests, Category::Productivity].into());

        let misc = &m["9d4b2f7e-3c81-4a5d-b9e6-8f1c4a7d2e53"];
        assert_eq!(misc.tags, ["mem0:misc".to_owned()].into());
        assert!(misc.categories.is_empty());
    }

    #[test]
    fn the_results_fixture_and_several_users() {
        let parsed = parse_at(ImportFormat::Mem0, RESULTS, now()).unwrap();
        assert_eq!(parsed.items.len(), 4);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.notes.len(), 1, "{:?}", parsed.notes);
        assert!(parsed.notes[0].reason.contains("2 mem0 users (priya, sam)"), "{:?}", parsed.notes);
        let texts: Vec<_> = parsed.memories().map(|m| m.text.as_str()).collect();
        assert_eq!(texts[0], "Is a vegetarian and avoids dairy");
        // No created_at: dated now.
        assert!(parsed.memories().any(|m| m.created_at == now()));
    }

    #[test]
    fn ids_are_stable_across_imports() {
        let ids = |bytes| {
            let parsed = parse_at(ImportFormat::Mem0, bytes, now()).unwrap();
            parsed.memories().map(|m| m.id).collect::<Vec<_>>()
        };
        assert_eq!(ids(EXPORT), ids(EXPORT));
        let later = parse_at(ImportFormat::Mem0, EXPORT, at("2030-01-01T00:00:00Z")).unwrap();
        let first = parse_at(ImportFormat::Mem0, EXPORT, now()).unwrap();
        assert_eq!(later, first, "every fixture memory carries its own times");
        // The same memory in both fixtures has the same id.
        let shared = ids(RESULTS)[1];
        assert!(ids(EXPORT).contains(&shared));
    }

    #[test]
    fn bad_items_are_problems_on_their_lines() {
        let parsed = parse_at(ImportFormat::Mem0, CORRUPT, now()).unwrap();
        assert_eq!(parsed.items.len(), 3);
        let found: Vec<_> = parsed.problems.iter().map(|p| (p.line, p.item)).collect();
        assert_eq!(found, [(19, Some(1)), (45, Some(3))], "{:?}", parsed.problems);
        assert!(parsed.problems[0].reason.contains("no `memory` text"), "{:?}", parsed.problems);
        assert!(parsed.problems[1].reason.contains("`last tuesday` is not a time"));
    }

    #[test]
    fn truncated_json_is_an_error_with_its_position() {
        let err = parse_at(ImportFormat::Mem0, TRUNCATED, now()).unwrap_err();
        let ImportError::Json { line, .. } = err else { panic!("{err}") };
        assert_eq!(line, TRUNCATED.split(|&b| b == b'\n').count());
    }

    #[test]
    fn shapes_and_odd_items() {
        let one = br#"{"id": "1", "memory": "Plays chess", "categories": null, "metadata": null}"#;
        let parsed = parse_at(ImportFormat::Mem0, one, now()).unwrap();
        assert_eq!(parsed.items.len(), 1);
        let parsed =
            parse_at(ImportFormat::Mem0, br#"{"memories": [], "relations": []}"#, now()).unwrap();
        assert!(parsed.items.is_empty());
        let err = parse_at(ImportFormat::Mem0, br#"{"count": 0}"#, now()).unwrap_err();
        assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
        let err = parse_at(ImportFormat::Mem0, b"7", now()).unwrap_err();
        assert!(err.to_string().contains("not a single value"), "{err}");

        let odd = br#"[
            {"id": "1", "memory": "a", "metadata": {"k": ""}},
            {"id": "2", "memory": "b", "expiration_date": "2020-01-01", "created_at": "2024-01-01T00:00:00Z"},
            {"id": "3", "memory": "c", "agent_id": "", "run_id": " "},
            {"id": "1", "memory": "a", "metadata": {"k": ""}},
            {"id": "1", "memory": "a changed"},
            {"id": 4, "memory": "d"},
            {"id": "5", "memory": "   "}
        ]"#;
        let parsed = parse_at(ImportFormat::Mem0, odd, now()).unwrap();
        let texts: Vec<_> = parsed.memories().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["a", "c"]);
        assert_eq!(parsed.memories().nth(1).unwrap().source, Source::app("mem0"));
        assert!(parsed.notes[0].reason.contains("`k` is empty"), "{:?}", parsed.notes);
        let reasons: Vec<_> = parsed.problems.iter().map(|p| (p.line, p.reason.as_str())).collect();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons[0].1.contains("expiry is before"), "{reasons:?}");
        assert!(reasons[1].1.contains("first at line 2"), "{reasons:?}");
        assert!(reasons[2].1.contains("invalid type: integer `4`"), "{reasons:?}");
        assert!(reasons[3].1.contains("empty"), "{reasons:?}");
        assert_eq!(reasons.iter().map(|r| r.0).collect::<Vec<_>>(), [3, 6, 7, 8]);
    }

    #[test]
    fn many_users_are_named_in_short() {
        let items: Vec<_> = (0..7)
            .map(|i| format!(r#"{{"id": "{i}", "memory": "m{i}", "user_id": "u{i}"}}"#))
            .collect();
        let file = format!("[{}]", items.join(","));
        let parsed = parse_at(ImportFormat::Mem0, file.as_bytes(), now()).unwrap();
        assert_eq!(parsed.items.len(), 7);
        assert_eq!(
            parsed.notes[0].reason,
            "the file holds the memories of 7 mem0 users (u0, u1, u2, u3, u4, ...); all of them \
             are read"
        );
    }

    #[test]
    fn metadata_fits_in_the_tags_or_is_dropped() {
        let many: serde_json::Map<_, _> =
            (0..=MAX_TAGS).map(|i| (format!("k{i}"), Value::from(i))).collect();
        let err = metadata_tags(&Value::Object(many), MAX_TAGS).unwrap_err();
        assert!(err.contains("at most 32 tags"), "{err}");
        let long = serde_json::json!({"k": "v".repeat(MAX_TAG_BYTES)});
        assert!(metadata_tags(&long, MAX_TAGS).is_err());
        let flat = serde_json::json!({"a": true, "b": 1.5, "c": null});
        assert_eq!(metadata_tags(&flat, 2).unwrap(), ["a:true", "b:1.5"]);
        assert!(metadata_tags(&serde_json::json!("x"), 1).is_err());
    }
}
