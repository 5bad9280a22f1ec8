//! Ranked search over memories.
//!
//! - [`SearchIndex`]: full-text search (BM25, English stemming) with every [`Filter`] applied
//!   inside the index. It lives in memory, is built from the decrypted memories when a client
//!   opens and kept current by sync; it holds no text, only terms and what filters need.
//!   The default: no model, no network.
//! - Optionally, semantic search: an [`Embedder`] (such as [`OpenAiEmbedder`], for any
//!   OpenAI-compatible `/embeddings` endpoint) turns texts into vectors, a [`VectorIndex`] ranks
//!   memories by cosine similarity, and [`reciprocal_rank_fusion`] merges the two rankings.
//!   Vectors are stored like everything else, sealed in a vault record per memory, in the
//!   layout of [`encode_vector`].
//!
//! [`Filter`]: memsync_types::Filter

pub mod analyzer;
mod embed;
mod error;
mod fusion;
mod index;
mod vector;

pub use embed::{
    DEFAULT_BATCH_SIZE, DEFAULT_TIMEOUT, EmbedFuture, Embedder, OpenAiEmbedder,
    OpenAiEmbedderBuilder,
};
pub use error::{SearchError, SourceError};
pub use fusion::{DEFAULT_RRF_K, reciprocal_rank_fusion};
pub use index::SearchIndex;
pub use vector::{MAX_DIMENSIONS, StoredVector, VectorIndex, decode_vector, encode_vector};

use memsync_types::MemoryId;

/// One search result: a memory and how well it matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// The memory.
    pub id: MemoryId,
    /// Its score; higher is better. Scores compare only within one result list: BM25 for
    /// full-text search, cosine similarity for vector search, the fused score after
    /// [`reciprocal_rank_fusion`].
    pub score: f32,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::HashMap;

    use jiff::Timestamp;

    use super::*;
    use memsync_types::{Category, Filter, Memory, MemoryKind, Source};

    /// A hybrid search as a client runs it: vectors read back from their records, text hits
    /// and vector hits under the same filter, fused.
    #[test]
    fn hybrid_search_fuses_text_and_vector_rankings() {
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
        // Made-up embeddings along (medical, food, pets).
        let data = [
            ("penicillin", "I'm allergic to penicillin.", Category::Health, [1.0, 0.0, 0.0]),
            ("peanut", "Peanut allergy.", Category::Health, [0.8, 0.6, 0.0]),
            (
                "sushi",
                "Loves sushi but avoids raw shellfish.",
                Category::Interests,
                [0.0, 1.0, 0.0],
            ),
            ("cats", "Has two cats named Miso and Tofu.", Category::Relationships, [0.0, 0.0, 1.0]),
        ];
        let mut memories = HashMap::new();
        let mut records = Vec::new();
        for (key, text, category, vector) in data {
            let memory = Memory {
                id: MemoryId::derived(key.as_bytes()),
                text: text.into(),
                kind: MemoryKind::Semantic,
                expires_at: None,
                categories: [category].into(),
                tags: Default::default(),
                source: Source::app("test"),
                created_at: now,
                updated_at: now,
                confidence: 1.0,
                version: 1,
            };
            records.push((memory.id, encode_vector("made-up", &vector).unwrap()));
            memories.insert(memory.id, (key, memory));
        }
        let mut text_index = SearchIndex::new().unwrap();
        text_index.upsert(memories.values().map(|(_, m)| m)).unwrap();
        let mut vector_index = VectorIndex::new();
        for (id, record) in &records {
            let stored = decode_vector(record).unwrap();
            assert_eq!(stored.model, "made-up");
            vector_index.upsert(*id, &stored.vector).unwrap();
        }

        let search = |filter: &Filter| {
            let text = text_index.search("allergy food", filter, now, 10).unwrap();
            let passes = |id| filter.matches(&memories[&id].1, now);
            let vector = vector_index.search(&[0.6, 0.8, 0.0], 10, passes).unwrap();
            let fused = reciprocal_rank_fusion(&[text, vector], DEFAULT_RRF_K, 10);
            fused.iter().map(|hit| memories[&hit.id].0).collect::<Vec<_>>()
        };
        // The peanut allergy is near the top of both lists; sushi and the cats are only in the
        // vector list, which ranks every memory.
        assert_eq!(search(&Filter::default()), ["peanut", "penicillin", "sushi", "cats"]);
        let health = Filter { categories: [Category::Health].into(), ..Filter::default() };
        assert_eq!(search(&health), ["peanut", "penicillin"]);
    }
}
