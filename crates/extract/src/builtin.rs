//! The built-in extractor: English rules, offline and deterministic. What it keeps, what it
//! drops and what it misses is documented on [`BuiltinExtractor`].

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::QuickCaptures as _;
use jiff::Timestamp;
use regex::Regex;

use super::lexicon;
use super::sentence::{self, Clause};
use super::slot::{self, Slot};
use super::statement::{Statement, sentence_text, starts_with_word};
use super::stem::stem;
use super::time_cue;
use super::{Candidate, ExtractContext, ExtractFuture, Extractor, Intent, Message, Role};
use memsync_types::{Category, MAX_TEXT_BYTES, MemoryKind};

/// Confidence of an explicit fact: a slot ("my name is"), an allergy.
const EXPLICIT: f32 = 0.9;
/// Confidence of a direct first-person statement ("I like", "I live").
const DIRECT: f32 = 0.8;
/// Confidence of other statements ("my sister ...", "we went ...").
const INDIRECT: f32 = 0.65;
/// Confidence of a retraction.
const RETRACTION: f32 = 0.85;
/// A hedge ("I think", "probably") scales confidence by this.
const HEDGE_FACTOR: f32 = 0.6;
/// Longer clauses are pasted text, not statements about oneself.
const MAX_STATEMENT_BYTES: usize = 500;
const _: () = assert!(MAX_STATEMENT_BYTES < MAX_TEXT_BYTES);

/// The default [`Extractor`]: English rules and word lists, offline, no model, deterministic
/// (the same messages and context always give the same candidates).
///
/// # What it does
///
/// It reads only what the user said ([`Role::User`]); the assistant's and the system's messages
/// never become memories. Each message is split into sentences and clauses (lines, bullets,
/// `.`/`!`/`?`/`;`, emoji; not the period of "Dr.", "e.g.", "3.5" or a URL), and each clause
/// is kept or dropped:
///
/// - **Kept**: what the person says about themselves. First-person statements ("I'm ...", "I
///   work at ...", "I like ...", "I usually ...", "I'm allergic to ...", "I'm planning to ...",
///   "we live in ...", "call me ..."), statements about what is theirs ("my sister lives in
///   Paris", "pizza is my favourite food"), a few subject-less forms ("based in Porto"), and
///   standing instructions ("always use metric units"). A list stays one memory ("I like hiking
///   and jazz"). "Remember that ...", "note that ..." are cut, and such a statement is kept
///   even when asked as a question ("Can you remember that I'm vegan?").
/// - **Dropped**: questions, requests and commands to the assistant ("can you ...", "please
///   write ...", "help me ...", "I need a recipe"), anything addressed to "you", greetings and
///   filler ("thanks!", "ok", "I see"), passing moods ("I'm so tired"), feedback on the
///   conversation ("I like that one", "I'll try it"), hypotheticals ("if I were ...", "I wish
///   ...", "maybe I ..."), context for a task ("I'm getting this error", "an email to my
///   landlord"), statements about the world or other people with no link to the person ("Paris
///   is lovely"), clauses too short to be a fact, pasted code and quotes.
///
/// A kept clause becomes a [`Candidate`]: its text is the user's own clause as a clean sentence
/// (trimmed, capitalised, one final period; "i" written "I"; leading "Oh, ", "Btw, " cut),
/// never reworded, except for retractions (below). It is **episodic** when a time cue bounds it
/// ("tomorrow", "next week", "on Friday", "March 3rd", "2026-03-01", "in two weeks", "I'm flying
/// to ...", "yesterday"), with an expiry reckoned from the message's time (or the context's
/// `now`); otherwise, or when it fills a slot (a home, a job, a name), it is **semantic**. Its
/// categories come from word lists per category, from the slot it fills, and for tastes with no
/// better category, `interests`; religion, politics, sexuality, secrets, legal trouble and
/// therapy are `private`; allergies, diet, conditions, medication and fitness are `health`. A
/// statement may end up with no category. Confidence is 0.9 for explicit facts (a slot, "I'm
/// allergic to"), 0.8 for direct first-person statements, 0.65 for the rest, and 60% of that
/// when hedged ("I think ...").
///
/// **Retractions** ("I no longer ...", "I don't ... anymore", "I'm not ... anymore", "I quit
/// ...", "I moved away from ...", "forget that ...") become candidates with [`Intent::Retract`]
/// whose text states what is taken back, as the original statement would have ("I don't eat
/// meat anymore" → "I eat meat.", "I quit smoking" → "I smoke.", "I moved away from Berlin" →
/// "I live in Berlin."), so that [`reconcile`](super::reconcile()) can find the memory it
/// deletes. "That's not true anymore" right after a statement (nobody else speaking in
/// between) turns it into a retraction; "scratch that" drops it.
///
/// # Limits
///
/// It understands **English only**, and only the common phrasings its patterns and word lists
/// name: it does not parse grammar, resolve pronouns ("she" is not linked to "my sister"), or
/// know synonyms beyond a short list. It misses facts phrased in unusual ways, facts spread over
/// several sentences, and facts the person implies without stating; it takes sarcasm and
/// quotations of others at face value; its categories are keyword matches and can be wrong for
/// ambiguous words; its time cues assume UTC and northern-hemisphere seasons. Model-backed
/// extractors behind the same [`Extractor`] trait do better on all of these.
///
/// Time cues count from each message's `at`, so an imported old conversation yields episodic
/// candidates that have already expired; whoever writes them as memories should date them
/// (`created_at`) from the message, or skip them, since a memory may not expire before it was
/// created.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BuiltinExtractor;

impl BuiltinExtractor {
    /// The built-in extractor.
    pub const fn new() -> Self {
        Self
    }

    /// The candidates in `messages`, in the order they were said, without an async runtime
    /// (what [`Extractor::extract`] returns).
    pub fn candidates(&self, messages: &[Message], context: &ExtractContext) -> Vec<Candidate> {
        let mut candidates: Vec<Candidate> = Vec::new();
        // Whether the user's previous clause, with nobody else speaking since, is the last
        // candidate: only then can "scratch that" or "that's not true anymore" refer to it.
        let mut previous_is_last = false;
        for message in messages {
            if message.role != Role::User {
                previous_is_last = false;
                continue;
            }
            let at = message.at.unwrap_or(context.now);
            for clause in sentence::clauses(&message.content) {
                previous_is_last = match read(&clause, at) {
                    Reading::Fact(candidate) => {
                        candidates.push(candidate);
                        true
                    }
                    Reading::Withdraw if previous_is_last => {
                        candidates.pop();
                        false
                    }
                    Reading::RetractPrevious if previous_is_last => {
                        if let Some(last) = candidates.last_mut() {
                            last.intent = Intent::Retract;
                            last.confidence = RETRACTION;
                        }
                        true
                    }
                    Reading::Withdraw | Reading::RetractPrevious | Reading::Nothing => false,
                };
            }
        }
        candidates
    }
}

impl Extractor for BuiltinExtractor {
    fn extract<'a>(
        &'a self,
        messages: &'a [Message],
        context: &'a ExtractContext,
    ) -> ExtractFuture<'a> {
        Box::pin(std::future::ready(Ok(self.candidates(messages, context))))
    }
}

/// What one clause says.
enum Reading {
    /// A fact to remember or to retract.
    Fact(Candidate),
    /// "Scratch that": the previous statement was a slip; forget it.
    Withdraw,
    /// "That's not true anymore": the previous statement no longer holds.
    RetractPrevious,
    /// Nothing to remember.
    Nothing,
}

fn read(clause: &Clause, at: Timestamp) -> Reading {
    let statement = Statement::new(&clause.text);
    let lower = statement.lower.as_str();
    if lexicon::WITHDRAWALS.contains(&lower) {
        return Reading::Withdraw;
    }
    if lexicon::RETRACT_PREVIOUS.contains(&lower) {
        return Reading::RetractPrevious;
    }
    if lower.is_empty()
        || (clause.question && !statement.asked_to_remember)
        || statement.surface.len() > MAX_STATEMENT_BYTES
        || looks_like_code(&statement.surface)
        || lexicon::FILLER.contains(&lower)
        || statement.starts_with("thank")
        || statement.starts_with("thanks")
        || is_hypothetical(&statement)
        || is_passing_mood(&statement)
    {
        return Reading::Nothing;
    }
    if let Some(text) = retraction(&statement) {
        return Reading::Fact(candidate(text, Intent::Retract, at));
    }
    let slots = slot::slots(&statement);
    let names_self = slots.iter().any(|s| s.key == "name");
    let standing = is_standing_instruction(&statement);
    if slots.is_empty() && is_task_context(&statement) {
        return Reading::Nothing;
    }
    if !names_self
        && !standing
        && (is_request(&statement)
            || is_feedback(&statement)
            || refers_to_context(&statement)
            || !is_about_user(&statement))
    {
        return Reading::Nothing;
    }
    if is_too_short(&statement) {
        return Reading::Nothing;
    }
    Reading::Fact(candidate(statement.memory_text(), Intent::Assert, at))
}

/// The candidate for `text` (a clean sentence) said at `at`.
fn candidate(text: String, intent: Intent, at: Timestamp) -> Candidate {
    let statement = Statement::new(&text);
    let slots = slot::slots(&statement);
    // A filled slot is a lasting state even when it came with a date ("I moved to Lisbon last
    // week" says where the person lives now).
    let expires_at = if slots.is_empty() { time_cue::expiry(&statement, at) } else { None };
    let kind = if expires_at.is_some() { MemoryKind::Episodic } else { MemoryKind::Semantic };
    let categories = categories(&statement, &slots);
    let confidence = confidence(&statement, &slots, intent);
    Candidate { text, intent, kind, expires_at, categories, tags: BTreeSet::new(), confidence }
}

fn confidence(statement: &Statement, slots: &[Slot], intent: Intent) -> f32 {
    let lower = statement.lower.as_str();
    let base = if intent == Intent::Retract {
        RETRACTION
    } else if !slots.is_empty() || lexicon::EXPLICIT_PHRASES.iter().any(|p| lower.contains(p)) {
        EXPLICIT
    } else if lexicon::DIRECT_OPENERS.iter().any(|o| starts_with_word(lower, o)) {
        DIRECT
    } else {
        INDIRECT
    };
    if statement.hedged { base * HEDGE_FACTOR } else { base }
}

/// A case-insensitive pattern, compiled once.
macro_rules! pattern {
    ($($re:literal),+ $(,)?) => {{
        static RE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(concat!("(?i)", $($re),+)).expect("the extractor's pattern is a valid regex")
        });
        &*RE
    }};
}

/// If `statement` retracts something, that something as a statement.
fn retraction(statement: &Statement) -> Option<String> {
    let text = without_tail(&statement.cased);
    let forget = pattern!(
        r"^(?:please )?forget (?:that |about |what i (?:said|told you|mentioned) about )?",
        r"(?:i (?:said|told you|mentioned) (?:that )?)?(.+)$",
    );
    if let Some(c) = forget.quick_captures(text) {
        return Some(sentence_text(&c[1]));
    }
    let be_no_longer = pattern!(r"^(i|we) (am|are) no longer (.+)$");
    // "..., the test was wrong": a retraction may carry a reason after a comma.
    let be_not_anymore = pattern!(r"^(i|we) (am|are) not (.+?) any more(?:[,;] .*)?$");
    if let Some(c) =
        be_no_longer.quick_captures(text).or_else(|| be_not_anymore.quick_captures(text))
    {
        return Some(sentence_text(&format!("{} {} {}", &c[1], &c[2], &c[3])));
    }
    let no_longer = pattern!(r"^(i|we) no longer (.+)$");
    let not_anymore = pattern!(r"^(i|we) (?:do|did) not (?:really )?(.+?) any more(?:[,;] .*)?$");
    if let Some(c) = no_longer.quick_captures(text).or_else(|| not_anymore.quick_captures(text)) {
        return Some(sentence_text(&format!("{} {}", &c[1], &c[2])));
    }
    let theirs = [
        pattern!(r"^my (.+?) (is|are) no longer (.+)$"),
        pattern!(r"^my (.+?) (is|are) not (.+?) any more$"),
    ];
    if let Some(c) = theirs.iter().find_map(|re| re.quick_captures(text)) {
        return Some(sentence_text(&format!("my {} {} {}", &c[1], &c[2], &c[3])));
    }
    let job = pattern!(
        r"^(?:i|we) (?:have )?(?:just )?(?:quit|left|stopped|gave up|given up) ",
        r"my (?:job|position|role)(?: (?:at|with) (.+))?$",
    );
    if let Some(c) = job.quick_captures(text) {
        return Some(match c.get(1) {
            Some(employer) => {
                let raw = employer.as_str();
                let end = slot::value_end(raw, &[" as "], lexicon::VALUE_STOPS);
                sentence_text(&format!("I work at {}", &raw[..end]))
            }
            // No employer named: the slot says "no job"; see slot::work.
            None => sentence_text(text),
        });
    }
    let quit = pattern!(r"^(i|we) (?:have )?(?:just )?(?:quit|stopped|gave up|given up) (.+)$");
    if let Some(c) = quit.quick_captures(text) {
        let (head, rest) = c[2].split_once(' ').unwrap_or((&c[2], ""));
        return Some(match base_form(&head.to_lowercase()) {
            Some(verb) => sentence_text(&format!("{} {verb} {rest}", &c[1])),
            None => sentence_text(text),
        });
    }
    let moved_away = pattern!(r"^(i|we) (?:have )?(?:just )?(?:moved|relocated) away from (.+)$");
    if let Some(c) = moved_away.quick_captures(text) {
        let place = &c[2];
        let end = slot::value_end(place, &[" to "], lexicon::VALUE_STOPS);
        return Some(sentence_text(&format!("{} live in {}", &c[1], &place[..end])));
    }
    None
}

/// `text` without a trailing time or reason ("... since March", "... two years ago"): what is
/// retracted is the fact, not when it stopped.
fn without_tail(text: &str) -> &str {
    let tail = pattern!(
        r"\s+(?:since|last|yesterday|today|recently|because|after|as of|in (?:19|20)\d\d|",
        r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|\d+)",
        r" (?:days?|weeks?|months?|years?) ago)\b.*$",
    );
    tail.find(text).map_or(text, |m| &text[..m.start()])
}

/// The base form of an "-ing" verb ("smoking" → "smoke", "running" → "run"), or `None` if
/// `word` is not one.
fn base_form(word: &str) -> Option<String> {
    if let Some((_, base)) = lexicon::GERUND_EXCEPTIONS.iter().find(|(ing, _)| *ing == word) {
        return Some((*base).to_owned());
    }
    let stem = word.strip_suffix("ing").filter(|s| s.len() >= 2 && s.is_ascii())?;
    let b = stem.as_bytes();
    let n = b.len();
    let is_vowel = |c: u8| b"aeiou".contains(&c);
    if b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) {
        // running → run, but selling → sell and travelling → travel.
        return Some(match b[n - 1] {
            b'l' if n >= 6 => stem[..n - 1].to_owned(),
            b'l' | b's' | b'z' | b'f' => stem.to_owned(),
            _ => stem[..n - 1].to_owned(),
        });
    }
    let vowel_groups =
        (0..n).filter(|&i| is_vowel(b[i]) && (i == 0 || !is_vowel(b[i - 1]))).count();
    let last = b[n - 1];
    let short_syllable = vowel_groups == 1
        && !is_vowel(last)
        && !b"wxy".contains(&last)
        && is_vowel(b[n - 2])
        && (n < 3 || !is_vowel(b[n - 3]));
    // smoking → smoke, hiking → hike, dancing → dance, judging → judge.
    if short_syllable || last == b'c' || stem.ends_with("dg") {
        return Some(format!("{stem}e"));
    }
    Some(stem.to_owned())
}

/// Categories from the slot the statement fills and from the word lists.
fn categories(statement: &Statement, slots: &[Slot]) -> BTreeSet<Category> {
    static PHRASES: LazyLock<Vec<(Category, Vec<Vec<String>>)>> = LazyLock::new(|| {
        lexicon::CATEGORY_WORDS
            .iter()
            .map(|(category, list)| (*category, phrase_stems(list)))
            .collect()
    });
    let mut found: BTreeSet<Category> = slots.iter().filter_map(Slot::category).collect();
    let words = stems(&statement.lower);
    for (category, phrases) in PHRASES.iter() {
        if contains_any(&words, phrases) {
            found.insert(*category);
        }
    }
    if statement.lower.contains(lexicon::CURRENCY_SIGNS) {
        found.insert(Category::Finance);
    }
    let destination = pattern!(
        r"\b(?:going|heading|off|travell?ing|flying|driving|trip|holiday|vacation|fly|travel)",
        r" (?:to|in) (?-i:\p{Lu})",
    );
    if destination.is_match(&statement.cased) {
        found.insert(Category::Travel);
    }
    let taste = pattern!(
        r"^(?:i|we) (?:really |also |absolutely |totally )?",
        r"(?:like|love|enjoy|adore|prefer|hate|dislike|do not like|can not stand|am into|",
        r"am a (?:big |huge )?fan of|am passionate about|am obsessed with)\b",
    );
    if found.is_empty() && taste.is_match(&statement.cased) {
        found.insert(Category::Interests);
    }
    // An allergy or intolerance is about health whatever it is to ("allergic to cats" is not
    // about pets).
    let allergy = pattern!(r"\b(?:allergic|allergy|allergies|intolerant|intolerance)\b");
    if allergy.is_match(&statement.lower) {
        found.retain(|c| matches!(c, Category::Health | Category::Private));
        found.insert(Category::Health);
    }
    found
}

/// The stems of each phrase of `list`.
fn phrase_stems(list: &[&str]) -> Vec<Vec<String>> {
    list.iter().map(|phrase| stems(phrase)).collect()
}

/// Whether the stemmed words `words` contain one of the stemmed `phrases`.
fn contains_any(words: &[String], phrases: &[Vec<String>]) -> bool {
    phrases.iter().any(|phrase| words.windows(phrase.len()).any(|w| w == phrase.as_slice()))
}

/// Whether the statement is context for a task ("I'm getting this error", "an email to my
/// landlord") rather than a fact about the person.
fn is_task_context(statement: &Statement) -> bool {
    static TASK: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| phrase_stems(lexicon::TASK_WORDS));
    contains_any(&stems(&statement.lower), &TASK)
}

/// The stems of the words of `text` (lower case, possessive "'s" dropped).
fn stems(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '+')
        .map(|w| w.trim_matches('\''))
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect()
}

/// `statement`'s words with a space before and after each, for whole-phrase search.
fn padded(statement: &Statement) -> String {
    let words: Vec<&str> = statement.words().collect();
    format!(" {} ", words.join(" "))
}

fn contains_phrase(padded: &str, phrase: &str) -> bool {
    padded.contains(&format!(" {} ", phrase.trim()))
}

fn is_hypothetical(statement: &Statement) -> bool {
    let padded = padded(statement);
    if lexicon::HYPOTHETICAL_OPENERS.iter().any(|opener| starts_with_word(&statement.lower, opener))
        || lexicon::HYPOTHETICAL_PHRASES.iter().any(|p| contains_phrase(&padded, p))
    {
        return true;
    }
    // "I would buy a boat" is a wish; "I would rather", "I'd love to" are preferences.
    padded.match_indices(" i would ").any(|(at, m)| {
        let next = padded[at + m.len()..].split(' ').next().unwrap_or("");
        !lexicon::WOULD_PREFERENCES.contains(&next)
    })
}

fn is_request(statement: &Statement) -> bool {
    let first = statement.words().next().unwrap_or("");
    let padded = padded(statement);
    lexicon::IMPERATIVES.contains(&first)
        || lexicon::QUESTION_OPENERS.contains(&first)
        || lexicon::FIRST_PERSON_REQUESTS.iter().any(|p| starts_with_word(&statement.lower, p))
        || lexicon::CONVERSATIONAL.iter().any(|p| starts_with_word(&statement.lower, p))
        || ["you", "your", "yours", "yourself", "u"].iter().any(|w| contains_phrase(&padded, w))
}

/// "Always use metric units", "never use emojis": lasting preferences phrased as commands.
fn is_standing_instruction(statement: &Statement) -> bool {
    ["always", "never", "please always", "please never", "from now on"]
        .iter()
        .any(|p| starts_with_word(&statement.lower, p))
        && statement.words().count() >= 3
}

/// Feedback on the conversation: "I like it", "I'll try that tomorrow", "I prefer the second
/// option". A pronoun in first place is a subject ("It's my birthday"), not feedback.
fn is_feedback(statement: &Statement) -> bool {
    let words: Vec<&str> = statement.words().collect();
    if words.len() <= 6 && words.iter().skip(1).any(|w| lexicon::CONTEXT_PRONOUNS.contains(w)) {
        return true;
    }
    let openers =
        ["i like ", "i love ", "i prefer ", "i hate ", "i do not like ", "i would prefer "];
    openers.iter().filter_map(|o| statement.lower.strip_prefix(o)).any(|object| {
        let object = object.trim_start_matches("really ");
        lexicon::FEEDBACK_OBJECTS.iter().any(|f| starts_with_word(object, f))
    })
}

/// "I'm so tired", "we're back": a passing state, nothing more.
fn is_passing_mood(statement: &Statement) -> bool {
    static MOOD: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = [
            "^(?:i|we) (?:am|are|feel|am feeling|are feeling|got)",
            "(?: so| really| very| a little| a bit| super| kind of| pretty| quite| extremely| too",
            "| just| still| now)* (?:",
            &lexicon::MOODS.join("|"),
            ")(?: (?:today|now|right now|at the moment|tonight|again))?$",
        ]
        .concat();
        Regex::new(&pattern).expect("the mood pattern is a valid regex")
    });
    MOOD.is_match(&statement.lower)
}

/// "That's my sister", "here is my CV": statements that point at something in the
/// conversation.
fn refers_to_context(statement: &Statement) -> bool {
    ["this", "that", "these", "those", "here", "there"]
        .iter()
        .any(|w| starts_with_word(&statement.lower, w))
}

/// Whether the statement is about the person: it starts with "I"/"we", or it says something
/// about what is theirs ("my sister lives in Paris", "pizza is my favourite food").
fn is_about_user(statement: &Statement) -> bool {
    let words: Vec<&str> = statement.words().collect();
    let Some(&first) = words.first() else { return false };
    if matches!(first, "i" | "we") {
        return true;
    }
    let padded = padded(statement);
    if contains_phrase(&padded, "and i") || statement.starts_with("me and") {
        return true;
    }
    // "My dad passed away": about what is theirs, if it is more than a noun phrase.
    if matches!(first, "my" | "our") && words.len() >= 3 {
        return true;
    }
    // "Based in Porto", "currently living in Austin": the subject left out.
    let subjectless = ["living in", "currently living in", "based in", "originally from"];
    if subjectless.iter().any(|p| statement.starts_with(p)) {
        return true;
    }
    let mentions_theirs = words.iter().any(|w| matches!(*w, "my" | "our"));
    mentions_theirs && words.iter().any(|w| lexicon::CLAUSE_VERBS.contains(w))
}

fn is_too_short(statement: &Statement) -> bool {
    let words: Vec<&str> = statement.words().collect();
    let auxiliary = [
        "am", "is", "are", "was", "were", "do", "did", "will", "would", "can", "could", "have",
        "had", "should", "shall", "may", "might", "must",
    ];
    words.len() < 2
        || statement.lower.chars().count() < 5
        || (words.len() == 2 && auxiliary.contains(&words[1]))
}

/// Pasted code or markup, not a statement.
fn looks_like_code(text: &str) -> bool {
    text.contains(['{', '}', '`', '<', '>', '=', '|', '\\']) || text.contains("::")
}

#[cfg(test)]
mod tests;
