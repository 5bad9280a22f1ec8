//! How the built-in extractor's word lists match words: a light English stemmer and the
//! canonical form of a word (numbers as digits, synonyms folded), for categories, task words,
//! job nouns and slot keys.
//!
//! Search and the reconciler's comparison of statements use search's analyzer
//! ([`memsync_search::analyzer`]) instead. The lists keep this stemmer because Porter2 joins
//! words that name different things ("product" and "productivity", "busy" and "business",
//! "photography" and "photographer"), and a wrong category or slot is shown to the person and
//! filters their searches, where a looser match in search or comparison costs little.

use super::lexicon;

/// A word as the word lists and slot keys compare it: numbers as digits, synonyms folded,
/// then stemmed with [`stem`].
pub(crate) fn canonical_word(word: &str) -> String {
    canonical_with(word, stem)
}

/// `word` as a number in digits, or folded to its synonym and stemmed with `stem`.
pub(crate) fn canonical_with(word: &str, stem: impl FnOnce(&str) -> String) -> String {
    if let Some((_, n)) = lexicon::NUMBER_WORDS.iter().find(|(w, _)| *w == word) {
        return n.to_string();
    }
    let word = lexicon::SYNONYMS.iter().find(|(w, _)| *w == word).map_or(word, |(_, s)| s);
    stem(word)
}

/// A light English stemmer: enough to make "hike", "hikes", "hiking" and "hiked" one word.
/// It does not produce real words ("hik"); it only needs to be consistent. Some words collide
/// ("notes" and "not"), which is why the word lists avoid such words.
pub(crate) fn stem(word: &str) -> String {
    let mut w = word.to_owned();
    if w.chars().count() <= 3 || !w.is_ascii() {
        return w;
    }
    let mut stripped_suffix = false;
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        w = format!("{s}y");
    } else if let Some(s) = w.strip_suffix("ied").filter(|s| s.len() >= 2) {
        w = format!("{s}y");
    } else if let Some(s) = w.strip_suffix("ing").filter(|s| s.len() >= 3) {
        w = s.to_owned();
        stripped_suffix = true;
    } else if let Some(s) = w.strip_suffix("ed").filter(|s| s.len() >= 3) {
        w = s.to_owned();
        stripped_suffix = true;
    } else if let Some(s) = w
        .strip_suffix("es")
        .filter(|s| ["s", "x", "z", "ch", "sh"].iter().any(|end| s.ends_with(end)))
    {
        w = s.to_owned();
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    } else if let Some(s) = w.strip_suffix("ly").filter(|s| s.len() >= 3) {
        w = s.to_owned();
    }
    let bytes = w.as_bytes();
    let n = bytes.len();
    if stripped_suffix
        && n >= 2
        && bytes[n - 1] == bytes[n - 2]
        && !b"aeiouslzf".contains(&bytes[n - 1])
    {
        w.pop(); // running → run
    } else if n >= 6 && w.ends_with("ll") {
        w.pop(); // travelling, travel
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop(); // hike, hik(ing)
    }
    if w.len() > 3 && w.ends_with('y') {
        w.pop();
        w.push('i'); // movie, movies (movy); study, studies
    }
    w
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn stems_join_inflections_but_not_different_words() {
        for group in [
            &["hike", "hikes", "hiking", "hiked"][..],
            &["run", "runs", "running"],
            &["travel", "travels", "travelling", "traveling", "travelled"],
            &["study", "studies", "studying", "studied"],
        ] {
            let stems: BTreeSet<String> = group.iter().map(|w| stem(w)).collect();
            assert_eq!(stems.len(), 1, "{group:?} → {stems:?}");
        }
        for (a, b) in [("product", "productivity"), ("busy", "business"), ("party", "part")] {
            assert_ne!(stem(a), stem(b));
        }
        assert_eq!(canonical_word("kids"), canonical_word("children"));
        assert_eq!(canonical_word("two"), "2");
    }
}
