//! A person's profile, derived from their lasting (semantic) memories: a short bio and what is
//! known per category. It is computed on the device from decrypted memories and never stored.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::{Category, Memory, MemoryId, MemoryKind};

/// How many memories the bio draws on.
const BIO_SENTENCES: usize = 6;
/// How many memories a category's summary lists.
const HIGHLIGHTS: usize = 5;
/// The categories a bio is made of, in the order it reads. Private memories never enter it.
const BIO_CATEGORIES: [Category; 5] = [
    Category::Identity,
    Category::Career,
    Category::Relationships,
    Category::Interests,
    Category::Learning,
];

/// What is known about a person, derived from their semantic memories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// A few sentences: who they are, what they do, who matters to them, what they like.
    pub bio: String,
    /// Per category, how much is known and the most telling memories.
    pub categories: BTreeMap<Category, CategorySummary>,
    /// Semantic memories the profile was derived from.
    pub memories: usize,
    /// The latest update among them.
    pub updated_at: Option<Timestamp>,
}

/// What is known in one category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategorySummary {
    /// How many semantic memories are in it.
    pub count: usize,
    /// The most confident and most recent of them, best first.
    pub highlights: Vec<Highlight>,
}

/// One memory in a summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    /// The memory.
    pub id: MemoryId,
    /// Its text.
    pub text: String,
}

impl Profile {
    /// The profile of `memories` (episodic ones are ignored: a profile is what lasts).
    pub fn from_memories<'a>(memories: impl IntoIterator<Item = &'a Memory>) -> Self {
        let mut semantic: Vec<&Memory> =
            memories.into_iter().filter(|m| m.kind == MemoryKind::Semantic).collect();
        // Best first: most confident, then most recent, then by id so the order is stable.
        semantic.sort_by(|a, b| {
            b.confidence
                .total_cmp(&a.confidence)
                .then(b.updated_at.cmp(&a.updated_at))
                .then(a.id.cmp(&b.id))
        });
        let mut categories: BTreeMap<Category, CategorySummary> = BTreeMap::new();
        for memory in &semantic {
            for category in &memory.categories {
                let summary = categories
                    .entry(*category)
                    .or_insert(CategorySummary { count: 0, highlights: Vec::new() });
                summary.count += 1;
                if summary.highlights.len() < HIGHLIGHTS {
                    summary.highlights.push(Highlight { id: memory.id, text: memory.text.clone() });
                }
            }
        }
        let mut bio: Vec<&str> = Vec::new();
        for category in BIO_CATEGORIES {
            for memory in &semantic {
                if bio.len() == BIO_SENTENCES {
                    break;
                }
                let text = memory.text.as_str();
                if memory.categories.contains(&category)
                    && !memory.categories.contains(&Category::Private)
                    && !bio.contains(&text)
                    // One or two per category, so the bio covers several sides of the person.
                    && bio_count(&bio, &semantic, category) < 2
                {
                    bio.push(text);
                }
            }
        }
        Self {
            bio: bio.iter().map(|s| sentence(s)).collect::<Vec<_>>().join(" "),
            categories,
            memories: semantic.len(),
            updated_at: semantic.iter().map(|m| m.updated_at).max(),
        }
    }
}

/// How many of the bio's sentences come from `category`.
fn bio_count(bio: &[&str], semantic: &[&Memory], category: Category) -> usize {
    bio.iter()
        .filter(|text| {
            semantic.iter().any(|m| m.text == **text && m.categories.contains(&category))
        })
        .count()
}

/// `text` as a sentence: trimmed, ending with punctuation.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) { text.to_owned() } else { format!("{text}.") }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::Source;

    fn memory(text: &str, categories: &[Category], confidence: f32, minute: i64) -> Memory {
        let at = Timestamp::from_second(1_800_000_000 + minute * 60).unwrap();
        Memory {
            id: MemoryId::derived(text.as_bytes()),
            text: text.into(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: categories.iter().copied().collect(),
            tags: Default::default(),
            source: Source::default(),
            created_at: at,
            updated_at: at,
            confidence,
            version: 1,
        }
    }

    #[test]
    fn the_bio_covers_several_categories_and_leaves_private_and_episodic_out() {
        let mut trip = memory("Flying to Lisbon on Friday", &[Category::Travel], 1.0, 9);
        trip.kind = MemoryKind::Episodic;
        let memories = [
            memory("My name is Ada Lovelace", &[Category::Identity], 0.95, 1),
            memory("I live in London", &[Category::Identity], 0.9, 2),
            memory("I was born in 1815", &[Category::Identity], 0.8, 3),
            memory("I work on the Analytical Engine with Charles", &[Category::Career], 0.9, 4),
            memory("I like mathematics and poetry", &[Category::Interests], 0.85, 5),
            memory("I see a therapist on Tuesdays", &[Category::Private, Category::Health], 1.0, 6),
            trip,
        ];
        let profile = Profile::from_memories(&memories);
        assert_eq!(
            profile.bio,
            "My name is Ada Lovelace. I live in London. I work on the Analytical Engine with \
             Charles. I like mathematics and poetry."
        );
        assert_eq!(profile.memories, 6);
        assert_eq!(profile.categories[&Category::Identity].count, 3);
        assert_eq!(
            profile.categories[&Category::Identity].highlights[0].text,
            "My name is Ada Lovelace"
        );
        assert!(profile.categories.contains_key(&Category::Private), "summarised, not in the bio");
        assert!(
            !profile.categories.contains_key(&Category::Travel),
            "episodic memories are left out"
        );
        assert_eq!(profile.updated_at, Some(memories[5].updated_at));
        assert_eq!(Profile::from_memories(&memories), profile, "deterministic");
    }

    #[test]
    fn an_empty_profile_is_empty() {
        let profile = Profile::from_memories(&[]);
        assert!(profile.bio.is_empty() && profile.categories.is_empty() && profile.memories == 0);
    }
}
