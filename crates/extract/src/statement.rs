//! One clause, prepared for the patterns: discourse markers ("Oh, ", "Btw ") and hedges
//! ("I think") cut from its front, contractions expanded ("I'm" → "I am", "dont" → "do not"),
//! white space collapsed and trailing punctuation and emoji removed.
//!
//! The same preparation serves the extractor (on what the user said) and the reconciler (on the
//! text of candidates and of existing memories), so that a fact is recognised the same way
//! whichever way it arrives.

use super::lexicon;
use super::sentence::is_emoji;

/// A clause ready for matching.
#[derive(Clone, Debug)]
pub(crate) struct Statement {
    /// The clause as the user wrote it, less leading discourse markers: the memory's wording.
    pub(crate) surface: String,
    /// The clause with contractions expanded and hedges cut, in the user's letter case (for
    /// names and places).
    pub(crate) cased: String,
    /// `cased` in lower case, for comparisons.
    pub(crate) lower: String,
    /// Whether a hedge ("I think", "probably") was cut.
    pub(crate) hedged: bool,
    /// Whether the person asked for it to be remembered ("remember that ...").
    pub(crate) asked_to_remember: bool,
}

impl Statement {
    /// Prepares `clause`.
    pub(crate) fn new(clause: &str) -> Self {
        let collapsed = clause.split_whitespace().collect::<Vec<_>>().join(" ");
        let marked = strip_prefixes(trim_end(&collapsed), lexicon::DISCOURSE_MARKERS);
        let unasked = strip_prefixes(marked, lexicon::MEMORY_REQUESTS);
        let asked_to_remember = unasked.len() != marked.len();
        let surface = strip_prefixes(unasked, lexicon::DISCOURSE_MARKERS);
        let surface = strip_trailing_markers(surface).to_owned();
        let expanded = expand_contractions(&surface);
        let unhedged = strip_prefixes(trim_end(&expanded), lexicon::HEDGES);
        let hedged = unhedged.len() != trim_end(&expanded).len();
        let cased = unhedged.to_owned();
        let lower = cased.to_lowercase();
        Self { surface, cased, lower, hedged, asked_to_remember }
    }

    /// The words of `lower`, split at anything but letters, digits and apostrophes.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.lower.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty())
    }

    /// Whether `lower` starts with `prefix` at a word boundary.
    pub(crate) fn starts_with(&self, prefix: &str) -> bool {
        starts_with_word(&self.lower, prefix)
    }

    /// The memory text for this clause: the user's wording, trimmed, capitalised, ending with
    /// a period, with a lower-case "i" written "I".
    pub(crate) fn memory_text(&self) -> String {
        sentence_text(&self.surface)
    }
}

/// `text` as a clean sentence: white space collapsed, "i" as "I", first letter upper case,
/// one final period.
pub(crate) fn sentence_text(text: &str) -> String {
    let words: Vec<String> = text.split_whitespace().map(capitalise_i).collect();
    let mut sentence = trim_end(&words.join(" ")).to_owned();
    if let Some(first) = sentence.chars().next() {
        let upper: String = first.to_uppercase().collect();
        sentence.replace_range(..first.len_utf8(), &upper);
    }
    if !sentence.is_empty() {
        sentence.push('.');
    }
    sentence
}

/// "i" → "I", "i'm" → "I'm", "im" → "I'm", "ive" → "I've"; other words unchanged.
fn capitalise_i(word: &str) -> String {
    let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = &word[core.len()..];
    let fixed = match core.replace('’', "'").as_str() {
        "i" => "I".to_owned(),
        "im" => "I'm".to_owned(),
        "ive" => "I've".to_owned(),
        c if c.starts_with("i'") => format!("I{}", &core[1..]),
        _ => return word.to_owned(),
    };
    format!("{fixed}{tail}")
}

/// `text` without trailing white space, punctuation, quotes and emoji.
pub(crate) fn trim_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || is_emoji(c)
            || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
            || matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '…' | '-' | '"' | '”' | '“')
    })
    .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
}

/// Whether `text` starts with `prefix` (ASCII, case-insensitive) followed by a word boundary.
pub(crate) fn starts_with_word(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
        && (prefix.ends_with(' ')
            || text[prefix.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// `text` with any leading `prefixes` cut (repeatedly, with the punctuation after them), as
/// long as something is left.
fn strip_prefixes<'a>(text: &'a str, prefixes: &[&str]) -> &'a str {
    let mut rest = text;
    'outer: loop {
        for prefix in prefixes {
            if starts_with_word(rest, prefix) {
                let after = rest[prefix.len()..].trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '!' | '-' | '–' | '—' | '.')
                });
                if !after.is_empty() {
                    rest = after;
                    continue 'outer;
                }
            }
        }
        return rest;
    }
}

/// `text` without a trailing aside (", by the way", ", lol").
fn strip_trailing_markers(text: &str) -> &str {
    let mut rest = text;
    while let Some((head, tail)) = rest.rsplit_once(", ") {
        let tail = trim_end(tail);
        if head.is_empty()
            || !lexicon::TRAILING_MARKERS.iter().any(|m| tail.eq_ignore_ascii_case(m))
        {
            break;
        }
        rest = trim_end(head);
    }
    rest
}

/// `text` with every contraction of [`lexicon::CONTRACTIONS`] expanded, word by word.
fn expand_contractions(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            let start = word.find(|c: char| c.is_alphanumeric()).unwrap_or(word.len());
            let end = word
                .rfind(|c: char| c.is_alphanumeric())
                .map_or(start, |i| i + word[i..].chars().next().map_or(0, char::len_utf8));
            let core = word[start..end].replace('’', "'");
            let lower = core.to_lowercase();
            match lexicon::CONTRACTIONS.iter().find(|(short, _)| *short == lower) {
                Some((_, long)) => format!("{}{long}{}", &word[..start], &word[end..]),
                None if core != word[start..end] => {
                    format!("{}{core}{}", &word[..start], &word[end..])
                }
                None => word.to_owned(),
            }
        })
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn prepares_for_matching() {
        let s = Statement::new("Oh, btw — im pretty sure I don’t eat meat!! 🙂");
        assert_eq!(s.surface, "im pretty sure I don’t eat meat");
        assert_eq!(s.cased, "I do not eat meat");
        assert_eq!(s.lower, "i do not eat meat");
        assert!(s.hedged);
        assert_eq!(s.memory_text(), "I'm pretty sure I don’t eat meat.");
    }

    #[test]
    fn memory_text_is_a_clean_sentence() {
        assert_eq!(Statement::new("  i live in   berlin ").memory_text(), "I live in berlin.");
        assert_eq!(Statement::new("Yes, i'm vegan...").memory_text(), "I'm vegan.");
        assert_eq!(Statement::new("élan is my word").memory_text(), "Élan is my word.");
        assert_eq!(Statement::new("ok").memory_text(), "Ok.");
        assert_eq!(Statement::new("I prefer tea, by the way, lol!").memory_text(), "I prefer tea.");
    }
}
