//! Splitting a chat message into clauses: the units a memory is made of.
//!
//! Lines, bullets, sentence ends (`.`, `!`, `?`, `…`, `;`) and emoji separate sentences; a
//! period after an abbreviation ("Dr.", "e.g."), inside a number ("3.5") or a URL does not.
//! Within a sentence, a new first-person clause ("I'm 34, I live in Berlin and I work at Acme")
//! or a request ("I'm vegan, can you suggest a recipe?") starts a new clause, so that each fact
//! is a memory of its own and a question does not hide the fact before it. A list ("I like
//! hiking and jazz") stays one clause. Fenced code blocks and quoted lines (`>`) are skipped:
//! they are material the person pasted, not what they say about themselves.

use super::lexicon;

/// One clause of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Clause {
    /// The clause's text, as written (trimmed, without its sentence-ending punctuation).
    pub(crate) text: String,
    /// Whether it ends with a question mark.
    pub(crate) question: bool,
}

/// The clauses of `message`, in order.
pub(crate) fn clauses(message: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    for sentence in sentences(message) {
        split_clauses(&sentence, &mut out);
    }
    out
}

/// Whether `c` is part of an emoji (pictographs, symbols, flags, joiners, skin tones).
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF | 0xFE0F | 0x200D
    )
}

fn sentences(message: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in message.lines() {
        let line = line.trim();
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code || line.starts_with('>') {
            continue;
        }
        split_line(strip_bullet(line), &mut out);
    }
    out
}

/// `line` without a leading list marker (`- `, `* `, `• `, `1. `, `2) `, `[x] `).
fn strip_bullet(line: &str) -> &str {
    let mut rest = line;
    for marker in ["- ", "* ", "• ", "· ", "– ", "— ", "+ ", "[ ] ", "[x] ", "[X] "] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r.trim_start();
            break;
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let after = &rest[digits..];
        if let Some(r) = after.strip_prefix(". ").or_else(|| after.strip_prefix(") ")) {
            return r.trim_start();
        }
    }
    rest
}

fn split_line(line: &str, out: &mut Vec<Clause>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if is_emoji(c) {
            push_sentence(out, &line[start..at], false);
            while i < chars.len() && (is_emoji(chars[i].1) || is_skin_tone_or_space(chars[i].1)) {
                i += 1;
            }
            start = chars.get(i).map_or(line.len(), |&(at, _)| at);
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…' | ';') {
            i += 1;
            continue;
        }
        // The run of terminators and closing quotes or brackets that follow.
        let mut j = i;
        let mut question = false;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | ';') {
            question |= chars[j].1 == '?';
            j += 1;
        }
        while j < chars.len() && matches!(chars[j].1, '"' | '\'' | ')' | ']' | '”' | '’') {
            j += 1;
        }
        let next = chars.get(j).map(|&(_, c)| c);
        let at_break = next.is_none_or(|c| c.is_whitespace() || is_emoji(c));
        let single_period = c == '.' && j == i + 1;
        if !at_break || (single_period && !ends_sentence(line, at, next_word(line, &chars, j))) {
            i = j;
            continue;
        }
        push_sentence(out, &line[start..at], question);
        start = chars.get(j).map_or(line.len(), |&(at, _)| at);
        i = j;
    }
    push_sentence(out, &line[start..], false);
}

fn is_skin_tone_or_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

fn push_sentence(out: &mut Vec<Clause>, text: &str, question: bool) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Clause { text: text.to_owned(), question });
    }
}

/// The word after the break at `chars[j]` (skipping white space), if any.
fn next_word<'a>(line: &'a str, chars: &[(usize, char)], j: usize) -> &'a str {
    let from = chars.get(j).map_or(line.len(), |&(at, _)| at);
    line[from..].split_whitespace().next().unwrap_or("")
}

/// Whether the period at byte `at` of `line` ends a sentence, given the word that follows.
fn ends_sentence(line: &str, at: usize, next: &str) -> bool {
    let word = line[..at].rsplit(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_start_matches(['(', '"', '\'']).to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false; // an initial: "J. K. Rowling"
    }
    if lexicon::ABBREVIATIONS_MID.contains(&word.as_str()) {
        return false;
    }
    if lexicon::ABBREVIATIONS_END.contains(&word.as_str()) {
        return next.chars().next().is_some_and(char::is_uppercase);
    }
    true
}

/// Splits one sentence at the starts of new first-person clauses and requests.
fn split_clauses(sentence: &Clause, out: &mut Vec<Clause>) {
    let text = sentence.text.as_str();
    let words: Vec<(usize, usize)> = word_spans(text);
    let mut first = 0;
    let mut i = 1;
    while i < words.len() {
        match clause_start(text, &words, first, i) {
            Some(resume) => {
                let left = &text[words[first].0..words[i - 1].1];
                push_sentence(out, left.trim_end_matches([',', ';', ':']), false);
                first = resume;
                i = resume + 1;
            }
            None => i += 1,
        }
    }
    if first < words.len() {
        push_sentence(out, &text[words[first].0..], sentence.question);
    }
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// A word for comparison: lower case, straight apostrophes, no surrounding punctuation.
fn plain(text: &str, span: (usize, usize)) -> String {
    text[span.0..span.1]
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .replace('’', "'")
        .to_lowercase()
}

/// If a new clause starts at word `i` (of a clause that began at word `first`), the index of
/// its first word (after any joining "and", "but", "so" and adverb).
fn clause_start(text: &str, words: &[(usize, usize)], first: usize, i: usize) -> Option<usize> {
    let comma = text[..words[i].0].trim_end().ends_with([',', ';', ':']);
    let mut k = i;
    let dash = matches!(plain_raw(text, words[k]), "-" | "–" | "—");
    if dash {
        k += 1;
    }
    let conjunction = words
        .get(k)
        .map(|&w| plain(text, w))
        .filter(|w| matches!(w.as_str(), "and" | "but" | "so" | "or"));
    if conjunction.is_some() {
        k += 1;
    }
    if !(comma || dash || conjunction.is_some()) {
        return None;
    }
    if words.get(k).is_some_and(|&w| {
        matches!(plain(text, w).as_str(), "now" | "also" | "then" | "actually" | "currently")
    }) {
        k += 1;
    }
    let opener = plain(text, *words.get(k)?);
    let second = words.get(k + 1).map(|&w| plain(text, w)).unwrap_or_default();
    if is_request_opener(&opener, &second) {
        return Some(k);
    }
    if !SUBJECT_OPENERS.contains(&opener.as_str()) {
        return None;
    }
    // "My wife and I live ...": an "and" joins subjects, unless what came before is a clause.
    let joined_by_and = !comma && !dash && conjunction.as_deref().is_some_and(|c| c != "but");
    if joined_by_and && !is_clause(text, &words[first..i]) {
        return None;
    }
    Some(k)
}

fn plain_raw(text: &str, span: (usize, usize)) -> &str {
    &text[span.0..span.1]
}

/// Words that start a first-person clause.
const SUBJECT_OPENERS: &[&str] =
    &["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "my", "we", "we're", "we've", "our"];

/// Whether words `k` and `k + 1` start a request or a question.
fn is_request_opener(word: &str, second: &str) -> bool {
    const ONE_WORD: &[&str] = &[
        "please",
        "any",
        "what",
        "how",
        "which",
        "where",
        "why",
        "recommend",
        "suggest",
        "thoughts",
        "ideas",
        "tips",
        "sorry",
        "explain",
    ];
    const TWO_WORDS: &[(&str, &str)] = &[
        ("can", "you"),
        ("could", "you"),
        ("would", "you"),
        ("will", "you"),
        ("do", "you"),
        ("should", "i"),
        ("is", "it"),
        ("is", "that"),
        ("is", "there"),
        ("are", "there"),
        ("help", "me"),
        ("tell", "me"),
        ("give", "me"),
        ("show", "me"),
        ("never", "mind"),
        ("scratch", "that"),
    ];
    ONE_WORD.contains(&word) || TWO_WORDS.contains(&(word, second))
}

/// Whether `words` form a clause of their own (a subject and a verb), not a noun phrase such as
/// "my wife" in "my wife and I".
fn is_clause(text: &str, words: &[(usize, usize)]) -> bool {
    let plain_words: Vec<String> = words.iter().map(|&w| plain(text, w)).collect();
    plain_words.iter().enumerate().any(|(i, w)| match w.as_str() {
        "i'm" | "im" | "i've" | "ive" | "i'd" | "i'll" | "we're" | "we've" => true,
        // "I" or "we" with something after it: "I like hiking", "btw I live here".
        "i" | "we" => i + 1 < plain_words.len(),
        w => lexicon::CLAUSE_VERBS.contains(&w),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn texts(message: &str) -> Vec<String> {
        clauses(message).into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn sentences_end_at_terminators_not_abbreviations() {
        assert_eq!(
            texts("I saw Dr. Smith today. He said e.g. rest. I weigh 72.5 kg!"),
            ["I saw Dr. Smith today", "He said e.g. rest", "I weigh 72.5 kg"]
        );
        assert_eq!(
            texts("My site is https://example.com/a.b?x=1. I live on Main St. near the park"),
            ["My site is https://example.com/a.b?x=1", "I live on Main St. near the park"]
        );
        assert_eq!(
            texts("I wake up at 6 a.m. Then I run. I like apples, pears, etc. and plums"),
            ["I wake up at 6 a.m", "Then I run", "I like apples, pears, etc. and plums"]
        );
        assert_eq!(
            texts("I love J. R. R. Tolkien... Who doesn't?"),
            ["I love J. R. R. Tolkien", "Who doesn't"]
        );
    }

    #[test]
    fn lines_bullets_and_emoji_separate() {
        let message = "About me:\n- I live in Lisbon\n* I have a cat 🐱 she is called Mia\n\
                       1. I'm vegan\n2) I run 👍🏽\n\n```\nmy_var = 1\n```\n> I am a quote";
        assert_eq!(
            texts(message),
            [
                "About me:",
                "I live in Lisbon",
                "I have a cat",
                "she is called Mia",
                "I'm vegan",
                "I run"
            ]
        );
    }

    #[test]
    fn questions_are_marked_on_their_own_clause() {
        let found = clauses("I'm vegan, can you suggest a recipe? I live in Berlin.");
        assert_eq!(
            found,
            [
                Clause { text: "I'm vegan".into(), question: false },
                Clause { text: "can you suggest a recipe".into(), question: true },
                Clause { text: "I live in Berlin".into(), question: false },
            ]
        );
    }

    #[test]
    fn new_first_person_clauses_split_but_lists_and_joint_subjects_do_not() {
        assert_eq!(
            texts("I'm 34, I live in Berlin and I work at Acme"),
            ["I'm 34", "I live in Berlin", "I work at Acme"]
        );
        assert_eq!(texts("I like hiking and jazz"), ["I like hiking and jazz"]);
        assert_eq!(texts("My wife and I live in Porto"), ["My wife and I live in Porto"]);
        assert_eq!(
            texts("I used to live in Rome but now I live in Oslo"),
            ["I used to live in Rome", "I live in Oslo"]
        );
        assert_eq!(texts("My name is Sam and I'm a nurse"), ["My name is Sam", "I'm a nurse"]);
        assert_eq!(texts("Thanks, I'm vegan - any tips?"), ["Thanks", "I'm vegan", "any tips"]);
        assert_eq!(
            texts("Btw I'm vegan and I'm allergic to nuts"),
            ["Btw I'm vegan", "I'm allergic to nuts"]
        );
        assert_eq!(texts("Tom and I met in Rome"), ["Tom and I met in Rome"]);
    }
}
