//! What a word is, the same for search and for the reconciler, for what is stored and what is
//! asked:
//!
//! 1. words are the runs of letters and digits; words joined by one intra-word mark (`e-mail`,
//!    `U.S.`, `don't`, `node.js`) also give their joined form (`email`, `us`, `dont`, `nodejs`),
//!    so that either spelling finds the other;
//! 2. lower-cased, folded to ASCII where a letter has an ASCII base (`café` → `cafe`);
//! 3. reduced to their English stem (Porter2: `allergies` → `allergi`), then a final `i` of a
//!    stem is dropped (below);
//! 4. [`STOP_WORDS`], the function words that select nothing, are dropped from queries (unless
//!    the query has nothing else) and from the statements the reconciler compares.
//!
//! The index registers [`index_analyzer`] with tantivy and parses queries with
//! [`query_analyzer`]; the reconciler (`extract::similarity`) and the built-in extractor's word
//! lists take [`stem`] and [`is_stop_word`] from here.

use std::cell::RefCell;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The name the index's text analyzer is registered under.
pub(super) const TOKENIZER_NAME: &str = "memsync_en";

/// Tokens this long or longer (in bytes) are dropped: they are hashes, URLs or base64, which
/// nobody types into a search box, and they would bloat the term dictionary.
const MAX_TOKEN_BYTES: usize = 48;

/// Marks that join two words into one (`e-mail`, `U.S.`, `don't`, `snake_case`).
const JOINERS: [char; 7] = ['-', '.', '\'', '\u{2019}', '_', '\u{2010}', '\u{2011}'];

/// Words that carry no content of their own, sorted: the function words of most statements
/// and questions ("what do I like", "where is my ...", "I really love ..."). Queries leave them
/// out, so they add no noise to the ranking (the index keeps them, so a query made only of
/// them still finds something), and the reconciler does not count them when it compares two
/// statements. "may" is not one: it is also a month.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "absolutely",
    "actually",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "basically",
    "be",
    "because",
    "been",
    "being",
    "btw",
    "but",
    "by",
    "can",
    "could",
    "currently",
    "d",
    "definitely",
    "did",
    "do",
    "does",
    "for",
    "from",
    "get",
    "getting",
    "got",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "honestly",
    "how",
    "i",
    "if",
    "im",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "kind",
    "ll",
    "lot",
    "lots",
    "m",
    "many",
    "me",
    "might",
    "mine",
    "much",
    "must",
    "my",
    "myself",
    "near",
    "no",
    "not",
    "now",
    "of",
    "oh",
    "on",
    "onto",
    "or",
    "our",
    "ours",
    "pretty",
    "quite",
    "re",
    "really",
    "s",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "sort",
    "still",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "too",
    "totally",
    "um",
    "us",
    "ve",
    "very",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// Whether `word` (lower case) is one of the [`STOP_WORDS`].
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The term one word becomes in the index: lower-cased, folded to ASCII, stemmed, a final `i`
/// dropped (`Allergies` → `allerg`).
pub fn stem(word: &str) -> String {
    thread_local! {
        static WORD: RefCell<TextAnalyzer> = RefCell::new(
            TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .filter(Stemmer::new(Language::English))
                .filter(JoinYForms)
                .build(),
        );
    }
    WORD.with_borrow_mut(|analyzer| {
        let mut stream = analyzer.token_stream(word);
        if stream.advance() { std::mem::take(&mut stream.token_mut().text) } else { String::new() }
    })
}

/// The analyzer of memory text.
pub(super) fn index_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .filter(JoinYForms)
        .build()
}

/// The analyzer of queries: the index's, less the stop words.
pub(super) fn query_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(STOP_WORDS.iter().map(|&w| w.to_owned())))
        .filter(Stemmer::new(Language::English))
        .filter(JoinYForms)
        .build()
}

/// The distinct terms of `text` under `analyzer`, sorted.
pub(super) fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        terms.push(stream.token().text.clone());
    }
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// Splits text into words and joined compounds (see the module documentation).
#[derive(Clone, Default)]
pub(super) struct WordTokenizer {
    tokens: Vec<Token>,
}

/// The tokens of one text, computed up front because a compound is known only at its end.
pub(super) struct WordTokenStream<'a> {
    pending: std::vec::Drain<'a, Token>,
    current: Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.tokens.clear();
        split_words(text, &mut self.tokens);
        WordTokenStream { pending: self.tokens.drain(..), current: Token::default() }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        match self.pending.next() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

/// Pushes the words of `text`, each group of joined words followed by its joined form.
fn split_words(text: &str, out: &mut Vec<Token>) {
    let mut words = Vec::new();
    let mut start = None;
    for (offset, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(offset),
            (Some(from), false) => {
                words.push((from, offset));
                start = None;
            }
            _ => {}
        }
    }
    let mut group_start = 0;
    for (i, &(from, to)) in words.iter().enumerate() {
        out.push(token(text, from, to, out.len(), 1));
        let joined_to_next = words.get(i + 1).is_some_and(|&(next, _)| {
            let mut gap = text[to..next].chars();
            gap.next().is_some_and(|c| JOINERS.contains(&c)) && gap.next().is_none()
        });
        if !joined_to_next {
            if i > group_start {
                let parts = &words[group_start..=i];
                let position = out.len() - parts.len();
                let mut compound = token(text, parts[0].0, to, position, parts.len());
                compound.text = parts.iter().map(|&(from, to)| &text[from..to]).collect();
                out.push(compound);
            }
            group_start = i + 1;
        }
    }
}

fn token(text: &str, from: usize, to: usize, position: usize, position_length: usize) -> Token {
    Token {
        offset_from: from,
        offset_to: to,
        position,
        text: text[from..to].to_owned(),
        position_length,
    }
}

/// Drops the final `i` of stems of five letters or more.
///
/// Porter2 turns a final `-y` into `-i` (`allergy`, `allergies` → `allergi`) but drops `-ic`
/// (`allergic` → `allerg`), so the noun and its adjective would not find each other; without
/// the `i` they do (`economy`/`economic`, `academy`/`academic`, `Germany`/`German`). Shorter
/// stems keep it, so that `taxi` does not become `tax`.
#[derive(Clone, Copy, Debug)]
pub(super) struct JoinYForms;

/// [`JoinYForms`] applied to a tokenizer.
#[derive(Clone)]
pub(super) struct JoinYFormsTokenizer<T>(T);

/// [`JoinYForms`] applied to a token stream.
pub(super) struct JoinYFormsStream<S>(S);

impl TokenFilter for JoinYForms {
    type Tokenizer<T: Tokenizer> = JoinYFormsTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> JoinYFormsTokenizer<T> {
        JoinYFormsTokenizer(tokenizer)
    }
}

impl<T: Tokenizer> Tokenizer for JoinYFormsTokenizer<T> {
    type TokenStream<'a> = JoinYFormsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        JoinYFormsStream(self.0.token_stream(text))
    }
}

impl<S: TokenStream> TokenStream for JoinYFormsStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let text = &mut self.0.token_mut().text;
        if text.len() >= 5 && text.ends_with('i') {
            text.pop();
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        split_words(text, &mut tokens);
        tokens.into_iter().map(|t| t.text).collect()
    }

    fn indexed(text: &str) -> Vec<String> {
        terms(&mut index_analyzer(), text)
    }

    fn queried(text: &str) -> Vec<String> {
        terms(&mut query_analyzer(), text)
    }

    #[test]
    fn words_split_at_punctuation_and_joined_forms_are_added() {
        assert_eq!(words("Hello, world!"), ["Hello", "world"]);
        assert_eq!(words("my e-mail"), ["my", "e", "mail", "email"]);
        assert_eq!(words("the U.S.A. is"), ["the", "U", "S", "A", "USA", "is"]);
        assert_eq!(words("I don’t"), ["I", "don", "t", "dont"]);
        assert_eq!(words("node.js -- x"), ["node", "js", "nodejs", "x"]);
        // Two marks in a row, or a space, separate rather than join.
        assert_eq!(words("a--b c. d"), ["a", "b", "c", "d"]);
        assert_eq!(words("北京 café 42"), ["北京", "café", "42"]);
        assert_eq!(words(""), Vec::<String>::new());
        assert_eq!(words("?!"), Vec::<String>::new());
    }

    #[test]
    fn terms_are_folded_stemmed_and_y_forms_joined() {
        assert_eq!(indexed("Allergies"), indexed("allergic"));
        assert_eq!(indexed("allergy"), indexed("ALLERGIC!"));
        assert_eq!(indexed("running"), indexed("runs"));
        assert_eq!(indexed("Café"), ["cafe"]);
        assert_eq!(indexed("taxi"), ["taxi"]);
        assert_eq!(indexed("e-mail"), ["e", "email", "mail"]);
        assert!(indexed(&"x".repeat(MAX_TOKEN_BYTES)).is_empty());
    }

    #[test]
    fn a_word_stems_as_the_index_has_it() {
        for word in ["Allergies", "allergic", "running", "Café", "taxi", "hiking", "studies", "x"]
        {
            assert_eq!([stem(word)], indexed(word).as_slice(), "{word}");
        }
        assert_eq!(stem(""), "");
    }

    #[test]
    fn stop_words_are_sorted_lower_case_and_distinct() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| *w == w.to_lowercase()));
        assert!(STOP_WORDS.iter().all(|w| is_stop_word(w)));
        assert!(!is_stop_word("may") && !is_stop_word("jazz"));
    }

    #[test]
    fn queries_drop_stop_words() {
        assert_eq!(queried("What am I allergic to?"), indexed("allergy"));
        assert_eq!(queried("where is my passport"), ["passport"]);
        assert!(queried("what is the").is_empty());
        assert_eq!(indexed("what is the").len(), 3);
    }
}
