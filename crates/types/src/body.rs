//! The plaintext of a memory record: a small JSON document, sealed by the envelope before it
//! leaves the device (docs/FORMAT.md, "Memory records").

use std::collections::BTreeSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::{Category, InvalidMemory, Memory, MemoryId, MemoryKind, Source};

/// The value of the `memsync` field that marks a memory record's plaintext.
pub const MEMORY_FORMAT: &str = "memory/1";

/// A memory as sealed in its record. The version is not in it: the log holds it (and the
/// envelope binds it), so a body cannot claim another version than the one it was written as.
#[derive(Serialize, Deserialize)]
struct MemoryBody {
    memsync: String,
    id: MemoryId,
    text: String,
    kind: MemoryKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires_at: Option<Timestamp>,
    #[serde(default)]
    categories: BTreeSet<Category>,
    #[serde(default)]
    tags: BTreeSet<String>,
    #[serde(default)]
    source: Source,
    created_at: Timestamp,
    updated_at: Timestamp,
    confidence: f32,
}

/// Why a record's plaintext is not a memory.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// Another kind of record (a vector, or a record another app wrote with `SealedVault`).
    #[error("not a memory record")]
    NotAMemory,
    /// A memory record of a later format than this SDK reads.
    #[error("a memory record of format `{0}`, newer than this SDK reads (`{MEMORY_FORMAT}`)")]
    NewerFormat(String),
    /// A memory record whose fields are malformed or out of bounds.
    #[error("a malformed memory record: {0}")]
    Malformed(String),
}

/// The plaintext of `memory`'s record.
pub fn encode(memory: &Memory) -> Vec<u8> {
    let body = MemoryBody {
        memsync: MEMORY_FORMAT.to_owned(),
        id: memory.id,
        text: memory.text.clone(),
        kind: memory.kind,
        expires_at: memory.expires_at,
        categories: memory.categories.clone(),
        tags: memory.tags.clone(),
        source: memory.source.clone(),
        created_at: memory.created_at,
        updated_at: memory.updated_at,
        confidence: memory.confidence,
    };
    serde_json::to_vec(&body)
        .unwrap_or_else(|err| unreachable!("a memory always serializes: {err}"))
}

/// The memory in a record's plaintext, as version `version` of its record.
pub fn decode(plaintext: &[u8], version: u64) -> Result<Memory, BodyError> {
    #[derive(Deserialize)]
    struct Marker {
        memsync: Option<String>,
    }
    // Anything that is not a JSON object marked as a memory is another kind of record.
    let marker: Marker = serde_json::from_slice(plaintext).map_err(|_| BodyError::NotAMemory)?;
    match marker.memsync.as_deref() {
        Some(MEMORY_FORMAT) => {}
        Some(other) if other.starts_with("memory/") => {
            return Err(BodyError::NewerFormat(other.to_owned()));
        }
        _ => return Err(BodyError::NotAMemory),
    }
    let body: MemoryBody =
        serde_json::from_slice(plaintext).map_err(|e| BodyError::Malformed(e.to_string()))?;
    let memory = Memory {
        id: body.id,
        text: body.text,
        kind: body.kind,
        expires_at: body.expires_at,
        categories: body.categories,
        tags: body.tags,
        source: body.source,
        created_at: body.created_at,
        updated_at: body.updated_at,
        confidence: body.confidence,
        version,
    };
    memory.validate().map_err(|e: InvalidMemory| BodyError::Malformed(e.to_string()))?;
    Ok(memory)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn memory() -> Memory {
        let at: Timestamp = "2026-11-22T10:00:00.123456789Z".parse().unwrap();
        Memory {
            id: MemoryId::derived(b"body"),
            text: "I'm allergic to penicillin.".into(),
            kind: MemoryKind::Episodic,
            expires_at: Some(at + jiff::SignedDuration::from_hours(48)),
            categories: [Category::Health].into(),
            tags: ["medical".into()].into(),
            source: Source {
                app: Some("cli".into()),
                agent_id: None,
                thread_id: Some("t1".into()),
            },
            created_at: at,
            updated_at: at,
            confidence: 0.95,
            version: 3,
        }
    }

    #[test]
    fn a_memory_round_trips_with_the_version_from_the_log() {
        let m = memory();
        let bytes = encode(&m);
        assert_eq!(decode(&bytes, 3).unwrap(), m);
        assert_eq!(decode(&bytes, 7).unwrap().version, 7);
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(json["memsync"], MEMORY_FORMAT);
        assert!(json.get("version").is_none());
    }

    #[test]
    fn other_records_newer_formats_and_malformed_memories_are_told_apart() {
        assert!(matches!(decode(b"I prefer metric units.", 1), Err(BodyError::NotAMemory)));
        assert!(matches!(decode(b"{\"text\": \"x\"}", 1), Err(BodyError::NotAMemory)));
        assert!(matches!(decode(b"\x00\x01binary", 1), Err(BodyError::NotAMemory)));
        let mut json: serde_json::Value = serde_json::from_slice(&encode(&memory())).unwrap();
        json["memsync"] = "memory/2".into();
        let newer = serde_json::to_vec(&json).unwrap();
        assert!(matches!(decode(&newer, 1), Err(BodyError::NewerFormat(f)) if f == "memory/2"));
        json["memsync"] = MEMORY_FORMAT.into();
        json["text"] = "".into();
        let empty = serde_json::to_vec(&json).unwrap();
        assert!(matches!(decode(&empty, 1), Err(BodyError::Malformed(_))));
        json["text"] = "x".into();
        json["kind"] = "forever".into();
        let bad_kind = serde_json::to_vec(&json).unwrap();
        assert!(matches!(decode(&bad_kind, 1), Err(BodyError::Malformed(_))));
    }
}
