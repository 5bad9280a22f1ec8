//! Comparing statements by their content words: the reconciler's test for "already known".
//!
//! A statement's content is the set of its words after contractions are expanded, stop words
//! ("I", "the", "really", "am") dropped, synonyms folded ("love" → "like") and words stemmed
//! ("hiking", "hikes" → "hike"); negations ("not", "never") are kept aside as its polarity. Case,
//! punctuation, word order, filler and contractions therefore do not matter. Stop words and
//! stems are search's ([`memsync_search::analyzer`]), so that a word is the same word to both.

use std::collections::BTreeSet;

use super::lexicon;
use super::statement::Statement;
use super::stem::canonical_with;
use memsync_search::analyzer::{is_stop_word, stem};

/// A statement's content words, polarity and subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Content {
    words: BTreeSet<String>,
    negated: bool,
    /// Whether the statement is about the person ("I ...", "we ...") rather than about someone
    /// or something of theirs ("my wife ..."): "I like jazz" never matches "My wife likes
    /// jazz".
    first_person: bool,
}

impl Content {
    /// The content of `text`. For a retraction, the words that only say "take back" ("quit",
    /// "forget") are left out, so that "I quit Twitter" compares with what mentions Twitter.
    pub(crate) fn of(text: &str, retraction: bool) -> Self {
        let statement = Statement::new(text);
        let first_person = matches!(statement.words().next(), Some("i" | "we"));
        let mut words = BTreeSet::new();
        let mut negated = false;
        for word in statement.words() {
            let word = word.trim_matches('\'');
            let word = word.strip_suffix("'s").unwrap_or(word);
            if lexicon::NEGATIONS.contains(&word) {
                negated = true;
                continue;
            }
            if word.is_empty()
                || is_stop_word(word)
                || (retraction && lexicon::RETRACTION_WORDS.contains(&word))
            {
                continue;
            }
            words.insert(content_word(word));
        }
        Self { words, negated, first_person }
    }

    /// How similar two statements are, from 0 (nothing shared) to 1 (the same content), or
    /// `None` when they are not near-duplicates (see [`NEAR_DUPLICATE_JACCARD`]).
    pub(crate) fn near_duplicate(&self, known: &Self) -> Option<f32> {
        let (jaccard, coverage) = self.overlap(known)?;
        (jaccard >= NEAR_DUPLICATE_JACCARD && coverage >= NEAR_DUPLICATE_COVERAGE)
            .then_some(jaccard)
    }

    /// How well this retraction names `known`, from 0 to 1, or `None` if it does not name it
    /// (see [`RETRACTION_JACCARD`]).
    pub(crate) fn retracts(&self, known: &Self) -> Option<f32> {
        let (jaccard, coverage) = self.overlap(known)?;
        let shared = self.words.intersection(&known.words).count();
        let names_it = jaccard >= 1.0
            || (shared >= 2
                && jaccard >= RETRACTION_JACCARD
                && coverage >= NEAR_DUPLICATE_COVERAGE);
        names_it.then_some(jaccard)
    }

    /// Jaccard similarity, and the share of this statement's words that `known` has; `None`
    /// when polarity or subject differ or either has no content words.
    fn overlap(&self, known: &Self) -> Option<(f32, f32)> {
        if self.negated != known.negated
            || self.first_person != known.first_person
            || self.words.is_empty()
            || known.words.is_empty()
        {
            return None;
        }
        let shared = self.words.intersection(&known.words).count() as f32;
        let union = self.words.union(&known.words).count() as f32;
        Some((shared / union, shared / self.words.len() as f32))
    }
}

/// Two statements are near-duplicates when at least 3 in 4 of their combined content words
/// are shared (Jaccard ≥ 0.75) and at least 4 in 5 of the new statement's content words are
/// already in the known one.
///
/// Why these numbers: facts are short, typically two to five content words. With 0.75, a
/// rephrase that only moves, inflects or pads words ("I really love hiking!" against "I love
/// hiking") is a duplicate, but any real difference in a short fact is not: "I like jazz" and
/// "I like hiking" share 1 of 3 words (0.33), and "I like jazz" against "My wife likes jazz"
/// shares 2 of 3 (0.67), which keeps the person's taste apart from their wife's. The coverage
/// bound protects new information: "I have a cat named Luna and a dog" brings one new word in
/// four (coverage 0.75) and is added, while a long statement may differ by one stray word in
/// five.
pub(crate) const NEAR_DUPLICATE_JACCARD: f32 = 0.75;

/// See [`NEAR_DUPLICATE_JACCARD`].
pub(crate) const NEAR_DUPLICATE_COVERAGE: f32 = 0.8;

/// A retraction names a memory when they have the same content words, or when at least two of
/// them, 4 in 5 of the retraction's, are in the memory and make up at least half of its words
/// (Jaccard ≥ 0.5).
///
/// Why lower than for duplicates: a retraction names a fact in its plain form and leaves out
/// the detail the memory has ("I don't go bouldering anymore" against "I go bouldering twice a
/// week": 2 of 4 words). Half, and two words, keep a passing mention from counting: "I quit
/// Twitter" does not delete "I met my wife on Twitter in 2015", and "forget that I have a cat"
/// does not delete "I'm allergic to cats".
pub(crate) const RETRACTION_JACCARD: f32 = 0.5;

/// A word as statements are compared: numbers as digits, synonyms folded, then stemmed as
/// search stems it.
fn content_word(word: &str) -> String {
    canonical_with(word, stem)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn stems_join_inflections() {
        for group in [
            &["hike", "hikes", "hiking", "hiked"][..],
            &["run", "runs", "running"],
            &["live", "lives", "living", "lived"],
            &["study", "studies", "studying", "studied"],
            &["travel", "travels", "travelling", "traveling", "travelled"],
            &["glass", "glasses"],
            &["allergy", "allergies"],
            &["movie", "movies"],
            &["play", "plays", "playing", "played"],
            &["fly", "flies", "flying"],
        ] {
            let stems: BTreeSet<String> = group.iter().map(|w| stem(w)).collect();
            assert_eq!(stems.len(), 1, "{group:?} → {stems:?}");
        }
        assert_ne!(stem("sing"), stem("son"));
        assert_eq!(stem("jazz"), "jazz");
    }

    #[test]
    fn rephrases_are_duplicates_and_different_facts_are_not() {
        let dup = |a: &str, b: &str| Content::of(a, false).near_duplicate(&Content::of(b, false));
        assert_eq!(dup("I really LOVE hiking!!", "i love hiking."), Some(1.0));
        assert!(dup("I'm allergic to peanuts", "I have a peanut allergy").is_some());
        assert!(dup("I like hiking and jazz", "I like jazz and hiking").is_some());
        assert!(dup("I have two kids", "I have 2 kids").is_some());
        assert!(dup("I like jazz", "I like hiking").is_none());
        assert!(dup("I like jazz", "My wife likes jazz").is_none());
        assert!(dup("I like jazz", "I don't like jazz").is_none());
        assert!(dup("I have a cat named Luna and a dog", "I have a cat named Luna").is_none());
        let retracts = |a: &str, b: &str| Content::of(a, true).retracts(&Content::of(b, false));
        assert!(retracts("I go bouldering.", "I go bouldering twice a week.").is_some());
        assert!(retracts("I quit Twitter.", "I'm on Twitter.").is_some());
        assert!(retracts("I have a cat.", "I'm allergic to cats.").is_none());
        assert!(retracts("I quit Twitter.", "I met my wife on Twitter in 2015.").is_none());
        assert!(retracts("I like jazz.", "My wife likes jazz.").is_none());
    }
}
