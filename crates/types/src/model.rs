//! What one memory is. Every field lives inside the record's ciphertext: the chain sees an opaque
//! record id, a version and a padded size, never the text, kind, categories, tags or source.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The longest memory text, in bytes of UTF-8. Memories are facts and events, not documents;
/// longer notes are split by the importers (one memory per line or item).
pub const MAX_TEXT_BYTES: usize = 8 * 1024;
/// The most tags one memory carries.
pub const MAX_TAGS: usize = 32;
/// The longest tag, in bytes of UTF-8.
pub const MAX_TAG_BYTES: usize = 64;
/// The longest source field (app, agent id, thread id), in bytes of UTF-8.
pub const MAX_SOURCE_BYTES: usize = 256;

/// A memory's identity: 16 random bytes (or, for imports, 16 bytes derived from what was
/// imported, so that importing twice finds the same memory), written as 32 lower-case hex digits.
///
/// The vault never sees it: the record id on chain is an HMAC of it under the owner's id key.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemoryId([u8; 16]);

impl MemoryId {
    /// A fresh random id.
    pub fn random() -> Self {
        let mut bytes = [0u8; 16];
        rand_core::TryRngCore::try_fill_bytes(&mut rand_core::OsRng, &mut bytes)
            .unwrap_or_else(|err| panic!("the operating system's random generator failed: {err}"));
        Self(bytes)
    }

    /// The id derived from `key` (for example an import source and its own id for the item):
    /// the first 16 bytes of SHA-256 over a domain label and `key`.
    pub fn derived(key: &[u8]) -> Self {
        use sha2::Digest as _;
        let digest =
            sha2::Sha256::new_with_prefix(b"memsync/v1/memory-id\0").chain_update(key).finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        Self(bytes)
    }

    /// The id with these bytes.
    pub const fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }

    /// The id's bytes.
    pub const fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    /// The logical id of the vault record that holds this memory (docs/FORMAT.md, "Memories").
    pub fn record_name(&self) -> Vec<u8> {
        [b"memory/".as_slice(), &self.0].concat()
    }
}

impl fmt::Display for MemoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for MemoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MemoryId({self})")
    }
}

/// A string that is not a memory id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a memory id: expected 32 lower-case hex digits")]
pub struct InvalidMemoryId(pub String);

impl FromStr for MemoryId {
    type Err = InvalidMemoryId;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidMemoryId(text.to_owned());
        if text.len() != 32
            || !text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(invalid());
        }
        let mut bytes = [0u8; 16];
        for (i, pair) in text.as_bytes().chunks(2).enumerate() {
            let digits = std::str::from_utf8(pair).map_err(|_| invalid())?;
            bytes[i] = u8::from_str_radix(digits, 16).map_err(|_| invalid())?;
        }
        Ok(Self(bytes))
    }
}

impl Serialize for MemoryId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MemoryId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// How long a memory holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum MemoryKind {
    /// A lasting fact: who the person is, what they prefer, what they know.
    Semantic,
    /// Something time-bound: a trip next week, a deadline, what happened today. It may carry an
    /// expiry, after which searches and lists leave it out unless asked.
    Episodic,
}

impl MemoryKind {
    /// The kind's name, as in the JSON forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Semantic => "semantic",
            Self::Episodic => "episodic",
        }
    }
}

impl fmt::Display for MemoryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for MemoryKind {
    type Err = UnknownName;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "semantic" => Ok(Self::Semantic),
            "episodic" => Ok(Self::Episodic),
            _ => Err(UnknownName {
                what: "memory kind",
                name: text.to_owned(),
                expected: "semantic, episodic",
            }),
        }
    }
}

/// A name that is not one of a fixed set (a kind, a category).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{name}`; expected one of: {expected}")]
pub struct UnknownName {
    /// What was being named.
    pub what: &'static str,
    /// The name given.
    pub name: String,
    /// The names accepted.
    pub expected: &'static str,
}

/// What a memory is about. A memory has any number of them (usually one or two).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Name, where they live, where they are from, languages, pronouns.
    Identity,
    /// Work, employer, role, colleagues, projects.
    Career,
    /// Hobbies, tastes, music, books, sports.
    Interests,
    /// Family, partner, friends, pets.
    Relationships,
    /// Allergies, diet, conditions, fitness.
    Health,
    /// Money, budget, accounts, spending.
    Finance,
    /// What they study or are learning.
    Learning,
    /// Trips, places, travel preferences.
    Travel,
    /// How they like to work: tools, schedules, formats.
    Productivity,
    /// Sensitive matters. Hidden from every app unless the person allows it.
    Private,
}

impl Category {
    /// Every category, in order.
    pub const ALL: [Self; 10] = [
        Self::Identity,
        Self::Career,
        Self::Interests,
        Self::Relationships,
        Self::Health,
        Self::Finance,
        Self::Learning,
        Self::Travel,
        Self::Productivity,
        Self::Private,
    ];

    /// The category's name, as in the JSON forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Identity => "identity",
            Self::Career => "career",
            Self::Interests => "interests",
            Self::Relationships => "relationships",
            Self::Health => "health",
            Self::Finance => "finance",
            Self::Learning => "learning",
            Self::Travel => "travel",
            Self::Productivity => "productivity",
            Self::Private => "private",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = UnknownName;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.to_ascii_lowercase();
        Self::ALL.into_iter().find(|c| c.as_str() == lower).ok_or_else(|| UnknownName {
            what: "category",
            name: text.to_owned(),
            expected: "identity, career, interests, relationships, health, finance, learning, \
                       travel, productivity, private",
        })
    }
}

/// Where a memory came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The application that added it (`"memsync-cli"`, `"chatgpt-import"`, an MCP client's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The agent within the app, if the app has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// The conversation or thread it was learnt in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
}

impl Source {
    /// A source naming only the app.
    pub fn app(app: impl Into<String>) -> Self {
        Self { app: Some(app.into()), ..Self::default() }
    }
}

/// One memory, as its owner reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    /// The memory's identity, stable across versions.
    pub id: MemoryId,
    /// What is remembered, in plain language.
    pub text: String,
    /// Lasting fact or time-bound event.
    pub kind: MemoryKind,
    /// For episodic memories, when they stop being relevant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// What it is about.
    #[serde(default)]
    pub categories: BTreeSet<Category>,
    /// Free-form labels.
    #[serde(default)]
    pub tags: BTreeSet<String>,
    /// Where it came from.
    #[serde(default)]
    pub source: Source,
    /// When the memory was first added.
    pub created_at: Timestamp,
    /// When its current version was written.
    pub updated_at: Timestamp,
    /// How sure the writer was, from 0 to 1.
    pub confidence: f32,
    /// The version of the vault record that holds it (1 for a new memory, one more per update).
    pub version: u64,
}

/// Why a memory's fields are refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidMemory {
    /// The text is empty or only white space.
    #[error("the memory text is empty")]
    EmptyText,
    /// The text is longer than [`MAX_TEXT_BYTES`].
    #[error("the memory text is {len} bytes; the limit is {MAX_TEXT_BYTES} bytes (split it)")]
    TextTooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// Too many tags, or a tag that is empty or too long.
    #[error("tags: {0}")]
    Tags(String),
    /// A source field over [`MAX_SOURCE_BYTES`].
    #[error("the source's {field} is longer than {MAX_SOURCE_BYTES} bytes")]
    SourceTooLong {
        /// Which field.
        field: &'static str,
    },
    /// A confidence outside 0..=1 (or not a number).
    #[error("confidence {0} is outside 0..=1")]
    Confidence(String),
    /// An expiry on a semantic memory, or before the memory was created.
    #[error("{0}")]
    Expiry(&'static str),
}

impl Memory {
    /// Checks the limits of every field.
    pub fn validate(&self) -> Result<(), InvalidMemory> {
        validate_text(&self.text)?;
        validate_tags(&self.tags)?;
        for (field, value) in [
            ("app", &self.source.app),
            ("agent id", &self.source.agent_id),
            ("thread id", &self.source.thread_id),
        ] {
            if value.as_ref().is_some_and(|v| v.len() > MAX_SOURCE_BYTES) {
                return Err(InvalidMemory::SourceTooLong { field });
            }
        }
        if !(0.0..=1.0).contains(&self.confidence) {
            return Err(InvalidMemory::Confidence(self.confidence.to_string()));
        }
        match (self.kind, self.expires_at) {
            (MemoryKind::Semantic, Some(_)) => {
                Err(InvalidMemory::Expiry("only episodic memories expire"))
            }
            (MemoryKind::Episodic, Some(at)) if at < self.created_at => {
                Err(InvalidMemory::Expiry("the expiry is before the memory was created"))
            }
            _ => Ok(()),
        }
    }

    /// Whether the memory has expired at `now`.
    pub fn is_expired_at(&self, now: Timestamp) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }
}

/// Checks a memory text: not blank, at most [`MAX_TEXT_BYTES`].
pub fn validate_text(text: &str) -> Result<(), InvalidMemory> {
    if text.trim().is_empty() {
        return Err(InvalidMemory::EmptyText);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(InvalidMemory::TextTooLong { len: text.len() });
    }
    Ok(())
}

fn validate_tags(tags: &BTreeSet<String>) -> Result<(), InvalidMemory> {
    if tags.len() > MAX_TAGS {
        return Err(InvalidMemory::Tags(format!("{} tags; the limit is {MAX_TAGS}", tags.len())));
    }
    if let Some(tag) = tags.iter().find(|t| t.trim().is_empty() || t.len() > MAX_TAG_BYTES) {
        return Err(InvalidMemory::Tags(format!(
            "`{tag}` is empty or longer than {MAX_TAG_BYTES} bytes"
        )));
    }
    Ok(())
}

/// Which memories a list or search returns. Every set field must match (an empty set matches
/// everything); within a set, any member matches, except `tags`, where every tag must be present.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Only these kinds.
    pub kinds: BTreeSet<MemoryKind>,
    /// Only memories in at least one of these categories.
    pub categories: BTreeSet<Category>,
    /// Only memories carrying all of these tags.
    pub tags: BTreeSet<String>,
    /// Only memories from this app.
    pub app: Option<String>,
    /// Only memories from this agent.
    pub agent_id: Option<String>,
    /// Only memories from this thread.
    pub thread_id: Option<String>,
    /// Only memories created at or after this time.
    pub created_after: Option<Timestamp>,
    /// Only memories created before this time.
    pub created_before: Option<Timestamp>,
    /// Only memories whose current version was written at or after this time.
    pub updated_after: Option<Timestamp>,
    /// Include episodic memories whose expiry has passed (default: leave them out).
    pub include_expired: bool,
    /// Only memories this app scope may see (`memsync::memory::AppView` sets it).
    pub scope: Option<crate::AppScope>,
}

impl Filter {
    /// Whether `memory` passes the filter at `now`.
    pub fn matches(&self, memory: &Memory, now: Timestamp) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&memory.kind))
            && (self.categories.is_empty()
                || self.categories.iter().any(|c| memory.categories.contains(c)))
            && self.tags.iter().all(|t| memory.tags.contains(t))
            && self.app.as_ref().is_none_or(|a| memory.source.app.as_ref() == Some(a))
            && self.agent_id.as_ref().is_none_or(|a| memory.source.agent_id.as_ref() == Some(a))
            && self.thread_id.as_ref().is_none_or(|t| memory.source.thread_id.as_ref() == Some(t))
            && self.created_after.is_none_or(|t| memory.created_at >= t)
            && self.created_before.is_none_or(|t| memory.created_at < t)
            && self.updated_after.is_none_or(|t| memory.updated_at >= t)
            && (self.include_expired || !memory.is_expired_at(now))
            && self.scope.as_ref().is_none_or(|scope| scope.can_see(memory))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn memory() -> Memory {
        let now: Timestamp = "2026-11-22T10:00:00Z".parse().unwrap();
        Memory {
            id: MemoryId::derived(b"test"),
            text: "I prefer metric units.".into(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: [Category::Productivity].into(),
            tags: ["units".to_owned()].into(),
            source: Source::app("test"),
            created_at: now,
            updated_at: now,
            confidence: 0.9,
            version: 1,
        }
    }

    #[test]
    fn ids_roundtrip_and_refuse_other_text() {
        let id = MemoryId::random();
        assert_eq!(id.to_string().parse::<MemoryId>().unwrap(), id);
        assert_ne!(MemoryId::random(), id);
        assert_eq!(MemoryId::derived(b"a"), MemoryId::derived(b"a"));
        assert_ne!(MemoryId::derived(b"a"), MemoryId::derived(b"b"));
        for bad in ["", "00", &"A".repeat(32), &"g".repeat(32), &"0".repeat(33)] {
            assert!(bad.parse::<MemoryId>().is_err(), "{bad}");
        }
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{id}\""));
    }

    #[test]
    fn names_parse_case_insensitively_and_list_the_choices() {
        assert_eq!("Health".parse::<Category>().unwrap(), Category::Health);
        assert_eq!("EPISODIC".parse::<MemoryKind>().unwrap(), MemoryKind::Episodic);
        let err = "hobbies".parse::<Category>().unwrap_err();
        assert!(err.to_string().contains("interests"), "{err}");
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>().unwrap(), c);
        }
    }

    #[test]
    fn limits_are_checked() {
        let mut m = memory();
        assert_eq!(m.validate(), Ok(()));
        m.text = " \n".into();
        assert_eq!(m.validate(), Err(InvalidMemory::EmptyText));
        m.text = "x".repeat(MAX_TEXT_BYTES + 1);
        assert!(matches!(m.validate(), Err(InvalidMemory::TextTooLong { .. })));
        let mut m = memory();
        m.expires_at = Some(m.created_at);
        assert!(matches!(m.validate(), Err(InvalidMemory::Expiry(_))));
        m.kind = MemoryKind::Episodic;
        assert_eq!(m.validate(), Ok(()));
        m.confidence = f32::NAN;
        assert!(matches!(m.validate(), Err(InvalidMemory::Confidence(_))));
        let mut m = memory();
        m.tags = (0..=MAX_TAGS).map(|i| i.to_string()).collect();
        assert!(matches!(m.validate(), Err(InvalidMemory::Tags(_))));
    }

    #[test]
    fn filters_match_every_field() {
        let m = memory();
        let now = m.created_at;
        assert!(Filter::default().matches(&m, now));
        let f = Filter {
            categories: [Category::Health, Category::Productivity].into(),
            ..Filter::default()
        };
        assert!(f.matches(&m, now));
        let f = Filter { categories: [Category::Health].into(), ..Filter::default() };
        assert!(!f.matches(&m, now));
        let f = Filter { tags: ["units".into(), "other".into()].into(), ..Filter::default() };
        assert!(!f.matches(&m, now));
        let f = Filter { app: Some("other".into()), ..Filter::default() };
        assert!(!f.matches(&m, now));
        let f = Filter { created_before: Some(now), ..Filter::default() };
        assert!(!f.matches(&m, now));
        let mut e = m.clone();
        e.kind = MemoryKind::Episodic;
        e.expires_at = Some(now);
        assert!(!Filter::default().matches(&e, now));
        assert!(Filter { include_expired: true, ..Filter::default() }.matches(&e, now));
    }

    #[test]
    fn json_is_stable() {
        let json = serde_json::to_value(memory()).unwrap();
        assert_eq!(json["kind"], "semantic");
        assert_eq!(json["categories"][0], "productivity");
        assert_eq!(json["created_at"], "2026-11-22T10:00:00Z");
        assert!(json.get("expires_at").is_none());
        let back: Memory = serde_json::from_value(json).unwrap();
        assert_eq!(back, memory());
    }
}
