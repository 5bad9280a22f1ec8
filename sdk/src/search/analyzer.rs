//! How memory text becomes search terms, the same way for what is indexed and what is asked:
//!
//! 1. words are the runs of letters and digits; words joined by one intra-word mark (`e-mail`,
//!    `U.S.`, `don't`, `node.js`) also give their joined form (`email`, `us`, `dont`, `nodejs`),
//!    so that either spelling finds the other;
//! 2. lower-cased, folded to ASCII where a letter has an ASCII base (`café` → `cafe`);
//! 3. reduced to their English stem (Porter2: `allergies` → `allergi`), then a final `i` of a
//!    stem is dropped (below);
//! 4. for queries only, common function words are dropped (`what`, `my`, `the`), unless the
//!    query has nothing else.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, StopWordFilter,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The name the index's text analyzer is registered under.
pub(super) const TOKENIZER_NAME: &str = "memsync_en";

/// Tokens this long or longer (in bytes) are dropped: they are hashes, URLs or base64, which
/// nobody types into a search box, and they would bloat the term dictionary.
const MAX_TOKEN_BYTES: usize = 48;

/// Marks that join two words into one (`e-mail`, `U.S.`, `don't`, `snake_case`).
const JOINERS: [char; 7] = ['-', '.', '\'', '\u{2019}', '_', '\u{2010}', '\u{2011}'];

/// Words left out of queries. They occur in most memories and in most questions ("what do I
/// like", "where is my ..."), so they add noise to the ranking without selecting anything.
/// The index keeps them, so a query made only of them still finds something.
const QUERY_STOP_WORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "did", "do", "does", "for", "from", "had", "has", "have", "how", "i", "if", "im", "in", "into",
    "is", "it", "its", "m", "me", "mine", "my", "no", "not", "of", "on", "or", "s", "should", "so",
    "such", "t", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
    "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with",
    "would", "you", "your",
];

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
        .filter(StopWordFilter::remove(QUERY_STOP_WORDS.iter().map(|&w| w.to_owned())))
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
    fn queries_drop_stop_words() {
        assert_eq!(queried("What am I allergic to?"), indexed("allergy"));
        assert_eq!(queried("where is my passport"), ["passport"]);
        assert!(queried("what is the").is_empty());
        assert_eq!(indexed("what is the").len(), 3);
    }
}
