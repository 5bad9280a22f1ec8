//! MemSync's own export format (docs/FORMAT.md, "Export format"): a JSON document holding every
//! field of every memory, so that an export imported into another vault gives the same memories.

use crate::FORMAT_NAME;
use alloy::primitives::Address;
use jiff::Timestamp;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{Collector, ImportError, ImportFormat, Lines, OnDuplicate, Parsed, json};
use memsync_types::{InvalidMemory, Memory, MemoryId};

/// The export format version this MemSync writes, and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;

/// Who exported a MemSync export, when and from where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportHeader {
    /// When the export was written.
    pub exported_at: Timestamp,
    /// The owner of the memories, if known.
    pub owner: Option<Address>,
    /// The chain their vault is on.
    pub chain_id: Option<u64>,
    /// The vault contract.
    pub vault: Option<Address>,
}

impl ExportHeader {
    /// A header for an export written now, naming no owner, chain or vault.
    pub fn now() -> Self {
        Self { exported_at: Timestamp::now(), owner: None, chain_id: None, vault: None }
    }
}

/// Why memories cannot be exported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A memory breaks the model's limits, so the export could not be imported again.
    #[error("memory {id} cannot be exported: {source}")]
    InvalidMemory {
        /// The memory.
        id: MemoryId,
        /// What is wrong with it.
        source: InvalidMemory,
    },
    /// A memory with version 0 (versions start at 1).
    #[error("memory {id} has version 0; versions start at 1")]
    ZeroVersion {
        /// The memory.
        id: MemoryId,
    },
    /// Two memories with one id.
    #[error("memory {id} is given twice; an export holds each memory once")]
    DuplicateId {
        /// The id.
        id: MemoryId,
    },
}

/// The document as written. Field order here is the order in the file.
#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    exported_at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<Address>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chain_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vault: Option<Address>,
    memories: &'a [Memory],
}

/// Writes `memories`, in the order given, as a MemSync export: pretty-printed JSON ending in a
/// newline. The same memories always give the same bytes.
///
/// Every memory is checked first ([`Memory::validate`], a version of at least 1, one memory per
/// id), so that what is written can be imported again.
pub fn write_export(header: &ExportHeader, memories: &[Memory]) -> Result<String, ExportError> {
    let mut ids = std::collections::HashSet::with_capacity(memories.len());
    for memory in memories {
        let id = memory.id;
        memory.validate().map_err(|source| ExportError::InvalidMemory { id, source })?;
        if memory.version == 0 {
            return Err(ExportError::ZeroVersion { id });
        }
        if !ids.insert(id) {
            return Err(ExportError::DuplicateId { id });
        }
    }
    let document = DocumentOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        exported_at: header.exported_at,
        owner: header.owner,
        chain_id: header.chain_id,
        vault: header.vault,
        memories,
    };
    let mut json = serde_json::to_string_pretty(&document)
        .unwrap_or_else(|err| unreachable!("a validated export always serializes: {err}"));
    json.push('\n');
    Ok(json)
}

/// The first look at a document: its format and version, before anything else is checked (a
/// newer version may have fields this reader does not know).
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    version: Option<u64>,
}

/// The document as read: a field that is not in the format (a typo, a hand edit) is refused
/// rather than dropped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn<'a> {
    // Checked by `Probe` already.
    #[serde(rename = "format")]
    _format: IgnoredAny,
    #[serde(rename = "version")]
    _version: IgnoredAny,
    exported_at: Timestamp,
    #[serde(default)]
    owner: Option<Address>,
    #[serde(default)]
    chain_id: Option<u64>,
    #[serde(default)]
    vault: Option<Address>,
    #[serde(borrow)]
    memories: Vec<&'a RawValue>,
}

/// Reads a MemSync export. A memory that cannot be read or breaks the model's limits is a
/// problem on its own line; the header must be right, or nothing is read.
pub(super) fn read(text: &str) -> Result<Parsed, ImportError> {
    let probe: Probe = json::document(ImportFormat::MemSync, text)?;
    let malformed = |message: String| ImportError::Malformed {
        format: ImportFormat::MemSync,
        line: 1,
        column: 1,
        message,
    };
    match probe.format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => return Err(malformed(format!("its `format` is `{other}`"))),
        None => return Err(malformed("it has no `format`".to_owned())),
    }
    match probe.version {
        Some(version) if version > FORMAT_VERSION => {
            return Err(ImportError::UnsupportedVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        Some(0) | None => return Err(malformed("it has no `version` (1 or more)".to_owned())),
        Some(_) => {}
    }
    let document: DocumentIn<'_> = json::document(ImportFormat::MemSync, text)?;
    let lines = Lines::new(text);
    let mut collector = Collector::new(OnDuplicate::Report);
    collector.parsed.export = Some(ExportHeader {
        exported_at: document.exported_at,
        owner: document.owner,
        chain_id: document.chain_id,
        vault: document.vault,
    });
    for (index, raw) in document.memories.into_iter().enumerate() {
        let line = lines.line(json::offset(text, raw));
        match read_memory(raw, line) {
            Ok(memory) => collector.memory(memory, line, Some(index)),
            Err(reason) => collector.problem(line, Some(index), reason),
        }
    }
    Ok(collector.finish())
}

/// One memory, refusing fields [`Memory`] does not have (it ignores them itself).
fn read_memory(raw: &RawValue, line: usize) -> Result<Memory, String> {
    let mut unknown = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    let memory: Memory =
        serde_ignored::deserialize(&mut deserializer, |path| unknown.push(path.to_string()))
            .map_err(|err| json::item_error(&err, line))?;
    if !unknown.is_empty() {
        return Err(format!(
            "unknown field(s) `{}`: a memory in this format has no such field (check the \
             spelling)",
            unknown.join("`, `")
        ));
    }
    if memory.version == 0 {
        return Err("version 0; versions start at 1".to_owned());
    }
    Ok(memory)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::{ImportItem, parse};
    use memsync_types::{Category, MAX_SOURCE_BYTES, MAX_TAG_BYTES, MAX_TAGS, MemoryKind, Source};

    const FIXTURE: &str = include_str!("testdata/memsync-export.json");

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn memory(id: &[u8], text: &str) -> Memory {
        Memory {
            id: MemoryId::derived(id),
            text: text.into(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: BTreeSet::new(),
            tags: BTreeSet::new(),
            source: Source::default(),
            created_at: at("2026-03-01T09:30:00Z"),
            updated_at: at("2026-03-01T09:30:00Z"),
            confidence: 1.0,
            version: 1,
        }
    }

    /// The memories of `testdata/memsync-export.json` (also the example in docs/FORMAT.md, "Export format").
    fn fixture_memories() -> Vec<Memory> {
        let mut allergy = memory(b"example/allergy", "Allergic to peanuts.");
        allergy.categories = [Category::Health].into();
        allergy.tags = ["allergy".to_owned(), "food".to_owned()].into();
        allergy.source = Source::app("memsync-cli");
        allergy.confidence = 0.95;
        allergy.updated_at = at("2026-04-12T18:02:11.5Z");
        allergy.version = 3;
        let mut trip = memory(b"example/trip", "Flying to Lisbon on 14 May for a conference.");
        trip.kind = MemoryKind::Episodic;
        trip.expires_at = Some(at("2026-05-18T00:00:00Z"));
        trip.categories = [Category::Travel, Category::Career].into();
        trip.source = Source {
            app: Some("chatgpt".into()),
            agent_id: None,
            thread_id: Some("67e1f0c2-8d1c-8009-b6a2-1f0e4c1d9a77".into()),
        };
        trip.confidence = 0.8;
        vec![allergy, trip]
    }

    fn fixture_header() -> ExportHeader {
        ExportHeader {
            exported_at: at("2026-05-01T12:00:00Z"),
            owner: Some("0x70997970c51812dc3a010c7d01b50e0d17dc79c8".parse().unwrap()),
            chain_id: Some(31337),
            vault: Some("0x5fbdb2315678afecb367f032d93f642f64180aa3".parse().unwrap()),
        }
    }

    #[test]
    fn writes_the_documented_example_byte_for_byte() {
        let written = write_export(&fixture_header(), &fixture_memories()).unwrap();
        assert_eq!(written, FIXTURE);
        let parsed = parse(ImportFormat::MemSync, FIXTURE.as_bytes()).unwrap();
        assert_eq!(parsed.export, Some(fixture_header()));
        assert_eq!(parsed.memories().cloned().collect::<Vec<_>>(), fixture_memories());
        assert!(parsed.problems.is_empty() && parsed.notes.is_empty());
    }

    #[test]
    fn an_empty_export_with_no_owner_roundtrips() {
        let header =
            ExportHeader { exported_at: at("2026-05-01T12:00:00Z"), ..ExportHeader::now() };
        let written = write_export(&header, &[]).unwrap();
        assert_eq!(
            written,
            "{\n  \"format\": \"memsync.memories\",\n  \"version\": 1,\n  \"exported_at\": \
             \"2026-05-01T12:00:00Z\",\n  \"memories\": []\n}\n"
        );
        let parsed = parse(ImportFormat::MemSync, written.as_bytes()).unwrap();
        assert_eq!(parsed.export, Some(header));
        assert!(parsed.items.is_empty());
    }

    #[test]
    fn the_writer_refuses_what_could_not_be_read_back() {
        let header = fixture_header();
        let mut bad = memory(b"a", "x");
        bad.confidence = f32::NAN;
        let err = write_export(&header, &[bad]).unwrap_err();
        assert!(matches!(err, ExportError::InvalidMemory { .. }), "{err}");
        assert!(err.to_string().contains("confidence"), "{err}");
        let mut zero = memory(b"a", "x");
        zero.version = 0;
        assert_eq!(
            write_export(&header, &[zero.clone()]),
            Err(ExportError::ZeroVersion { id: zero.id })
        );
        let twice = memory(b"a", "x");
        assert_eq!(
            write_export(&header, &[twice.clone(), twice.clone()]),
            Err(ExportError::DuplicateId { id: twice.id })
        );
    }

    fn with_field(key: &str, value: &str) -> String {
        FIXTURE.replacen("\"memories\": [", &format!("{key}: {value},\n  \"memories\": ["), 1)
    }

    #[test]
    fn newer_versions_and_other_documents_are_refused() {
        let newer = FIXTURE.replace("\"version\": 1,", "\"version\": 2,");
        // A newer version is refused as such, even with fields this reader does not know.
        let newer = newer.replace("\"memories\": [", "\"shared_with\": [],\n  \"memories\": [");
        let err = parse(ImportFormat::MemSync, newer.as_bytes()).unwrap_err();
        assert_eq!(err, ImportError::UnsupportedVersion { found: 2, supported: 1 });
        assert!(err.to_string().contains("upgrade MemSync"), "{err}");

        let no_version = FIXTURE.replace("\"version\": 1,", "");
        let err = parse(ImportFormat::MemSync, no_version.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("no `version`"), "{err}");

        let typo = with_field("\"chain\"", "1");
        let err = parse(ImportFormat::MemSync, typo.as_bytes()).unwrap_err();
        let ImportError::Malformed { line, message, .. } = &err else { panic!("{err}") };
        assert_eq!(*line, 8);
        assert!(message.contains("unknown field `chain`"), "{message}");

        let bad_owner = FIXTURE.replace("0x70997970", "0x7099797");
        let err = parse(ImportFormat::MemSync, bad_owner.as_bytes()).unwrap_err();
        assert!(matches!(err, ImportError::Malformed { line: 5, .. }), "{err}");

        let truncated = &FIXTURE[..FIXTURE.len() / 2];
        let err = parse(ImportFormat::MemSync, truncated.as_bytes()).unwrap_err();
        assert!(matches!(err, ImportError::Json { .. }), "{err}");
    }

    #[test]
    fn bad_memories_are_problems_on_their_lines() {
        // Memory 0 (line 9) gets a misspelt source field; memory 1 (line 28) a version 0.
        let edited = FIXTURE
            .replacen("\"app\": \"memsync-cli\"", "\"ap\": \"memsync-cli\"", 1)
            .replacen("\"version\": 1\n", "\"version\": 0\n", 1);
        let parsed = parse(ImportFormat::MemSync, edited.as_bytes()).unwrap();
        assert!(parsed.items.is_empty());
        let found: Vec<_> = parsed.problems.iter().map(|p| (p.line, p.item)).collect();
        assert_eq!(found, [(9, Some(0)), (28, Some(1))]);
        assert!(parsed.problems[0].reason.contains("`source.ap`"), "{}", parsed.problems[0]);
        assert!(parsed.problems[1].reason.contains("version 0"), "{}", parsed.problems[1]);

        let long = FIXTURE.replace("Allergic to peanuts.", &"x".repeat(9000));
        let parsed = parse(ImportFormat::MemSync, long.as_bytes()).unwrap();
        assert_eq!(parsed.problems.len(), 1);
        assert!(parsed.problems[0].reason.contains("limit"), "{}", parsed.problems[0]);

        let bad_kind = FIXTURE.replace("\"episodic\"", "\"eternal\"");
        let parsed = parse(ImportFormat::MemSync, bad_kind.as_bytes()).unwrap();
        assert_eq!(parsed.problems[0].line, 28);
        assert!(parsed.problems[0].reason.contains("(at line 31)"), "{}", parsed.problems[0]);
    }

    #[test]
    fn an_id_given_twice_is_a_problem() {
        let mut second = fixture_memories()[0].clone();
        second.text = "Allergic to cashews.".into();
        let mut memories = fixture_memories();
        // Written by hand, as the writer refuses duplicates.
        let json = write_export(&fixture_header(), &[memories.remove(0)]).unwrap();
        let extra = serde_json::to_string(&second).unwrap();
        let doubled = json.replacen("\"memories\": [", &format!("\"memories\": [\n{extra},"), 1);
        let parsed = parse(ImportFormat::MemSync, doubled.as_bytes()).unwrap();
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.problems.len(), 1);
        // The memory put first is kept; the fixture's own, now second, is the problem.
        assert_eq!(parsed.memories().next().unwrap().text, "Allergic to cashews.");
        assert_eq!(parsed.problems[0].line, 10);
        assert!(parsed.problems[0].reason.contains("first at line 9"), "{}", parsed.problems[0]);
    }

    fn timestamp() -> impl Strategy<Value = Timestamp> {
        (Timestamp::MIN.as_second()..=Timestamp::MAX.as_second(), 0..1_000_000_000i32)
            .prop_filter_map("in range", |(s, ns)| Timestamp::new(s, ns).ok())
    }

    fn text(max_bytes: usize) -> impl Strategy<Value = String> {
        any::<String>().prop_filter("not blank, within the limit", move |s| {
            !s.trim().is_empty() && s.len() <= max_bytes
        })
    }

    fn source_field() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(any::<String>().prop_filter("short", |s| s.len() <= MAX_SOURCE_BYTES))
    }

    prop_compose! {
        fn arb_memory()(
            id in "[0-9a-f]{32}",
            text in text(memsync_types::MAX_TEXT_BYTES),
            episodic in any::<bool>(),
            (created_at, expiry) in timestamp().prop_flat_map(|created| {
                (Just(created), proptest::option::of(0..i64::MAX))
            }),
            categories in proptest::collection::btree_set(proptest::sample::select(&Category::ALL[..]), 0..4),
            tags in proptest::collection::btree_set(text(MAX_TAG_BYTES), 0..=MAX_TAGS),
            (app, agent_id, thread_id) in (source_field(), source_field(), source_field()),
            updated_at in timestamp(),
            confidence in prop_oneof![0.0f32..=1.0, Just(0.0), Just(-0.0), Just(1.0), Just(f32::MIN_POSITIVE), Just(1e-45)],
            version in 1..=u64::MAX,
        ) -> Memory {
            let expires_at = if episodic {
                expiry.and_then(|nanos| {
                    created_at.checked_add(jiff::SignedDuration::from_nanos(nanos)).ok()
                })
            } else {
                None
            };
            Memory {
                id: id.parse().unwrap(),
                text,
                kind: if episodic { MemoryKind::Episodic } else { MemoryKind::Semantic },
                expires_at,
                categories,
                tags,
                source: Source { app, agent_id, thread_id },
                created_at,
                updated_at,
                confidence,
                version,
            }
        }
    }

    prop_compose! {
        fn arb_header()(
            exported_at in timestamp(),
            owner in proptest::option::of(any::<[u8; 20]>()),
            chain_id in proptest::option::of(any::<u64>()),
            vault in proptest::option::of(any::<[u8; 20]>()),
        ) -> ExportHeader {
            ExportHeader {
                exported_at,
                owner: owner.map(Address::from),
                chain_id,
                vault: vault.map(Address::from),
            }
        }
    }

    proptest! {
        #[test]
        fn every_field_roundtrips(
            header in arb_header(),
            memories in proptest::collection::vec(arb_memory(), 0..6),
        ) {
            let mut seen = std::collections::HashSet::new();
            let memories: Vec<Memory> = memories.into_iter().filter(|m| seen.insert(m.id)).collect();
            let written = write_export(&header, &memories).unwrap();
            let parsed = parse(ImportFormat::MemSync, written.as_bytes()).unwrap();
            prop_assert_eq!(&parsed.problems, &Vec::new());
            prop_assert_eq!(parsed.export.as_ref(), Some(&header));
            let back: Vec<Memory> = parsed.items.iter().map(|item| match item {
                ImportItem::Memory(memory) => memory.clone(),
                ImportItem::Conversation(_) => unreachable!(),
            }).collect();
            prop_assert_eq!(&back, &memories);
            // Equality of f32 does not see the sign of zero; the bits do.
            for (a, b) in back.iter().zip(&memories) {
                prop_assert_eq!(a.confidence.to_bits(), b.confidence.to_bits());
            }
            prop_assert_eq!(write_export(&header, &back).unwrap(), written);
        }
    }
}
