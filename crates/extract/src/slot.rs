//! Slots: attributes a person has one value of at a time (name, home city, employer, job title,
//! age, partner, diet, preferred units, time zone, native language, ...). A statement that fills
//! a slot replaces the memory that filled it before, instead of contradicting it.
//!
//! Slots are read from a statement's text alone, by the patterns below, so that a candidate and
//! an existing memory (whoever wrote it) are read alike. Things a person can have many of
//! (likes, hobbies, allergies, friends) are not slots.

use std::sync::LazyLock;

use super::QuickCaptures as _;
use regex::Regex;

use super::lexicon;
use super::statement::Statement;
use super::stem::canonical_word;
use memsync_types::Category;

/// One attribute a statement fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Slot {
    /// What attribute: `"home_city"`, `"employer"`, `"name:dog"`, `"favourite:colour"`, ...
    pub(crate) key: String,
    /// Its value, normalised (lower case, no article). `None` when the statement names the
    /// attribute without a value ("I quit my job"): a retraction of any value.
    pub(crate) value: Option<String>,
}

impl Slot {
    /// The category a memory filling this slot belongs to.
    pub(crate) fn category(&self) -> Option<Category> {
        let base = self.key.split(':').next().unwrap_or(&self.key);
        Some(match base {
            "name" | "birthday" if self.key.contains(':') => Category::Relationships,
            "name" | "age" | "home_city" | "origin" | "birth_year" | "birthday" | "birthplace"
            | "nationality" | "pronouns" | "native_language" | "email" | "phone" | "address"
            | "username" | "website" | "zodiac" | "shoe_size" => Category::Identity,
            "employer" | "job_title" | "salary" => Category::Career,
            "partner" | "relationship_status" | "count" => Category::Relationships,
            "diet" | "height" | "weight" | "blood_type" => Category::Health,
            "units" | "timezone" => Category::Productivity,
            "budget" => Category::Finance,
            "religion" => Category::Private,
            "major" => Category::Learning,
            "favourite" => Category::Interests,
            _ => return None,
        })
    }
}

/// A case-insensitive pattern, compiled once.
macro_rules! pattern {
    ($($re:literal),+ $(,)?) => {{
        static RE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(concat!("(?i)", $($re),+)).expect("the slot pattern is a valid regex")
        });
        &*RE
    }};
}

/// The slots `text` fills (for a memory's or a candidate's text).
pub(crate) fn slots_of(text: &str) -> Vec<Slot> {
    slots(&Statement::new(text))
}

/// The slots `statement` fills, each key once.
pub(crate) fn slots(statement: &Statement) -> Vec<Slot> {
    let mut found = Found::default();
    let text = statement.cased.as_str();
    name(text, &mut found);
    age(text, &mut found);
    home(text, &mut found);
    work(text, &mut found);
    partner_and_names(text, &mut found);
    diet(statement, &mut found);
    preferences(text, &mut found);
    family_counts(text, &mut found);
    attributes(text, &mut found);
    found.0
}

#[derive(Default)]
struct Found(Vec<Slot>);

impl Found {
    /// Records `key` with `value`, if there is a value and the key is not filled yet.
    fn set(&mut self, key: impl Into<String>, value: Option<String>) {
        if let Some(value) = value {
            self.fill(key.into(), Some(value));
        }
    }

    /// Records `key` with no value ("I quit my job").
    fn open(&mut self, key: &str) {
        self.fill(key.to_owned(), None);
    }

    fn fill(&mut self, key: String, value: Option<String>) {
        if !self.0.iter().any(|s| s.key == key) {
            self.0.push(Slot { key, value });
        }
    }
}

/// The text of capture group `group` of `re` in `text`.
fn capture<'t>(re: &Regex, text: &'t str, group: usize) -> Option<&'t str> {
    re.quick_captures(text)?.get(group).map(|m| m.as_str())
}

/// `raw` up to the first of the value stops (and `extra` ones), normalised; `None` if nothing
/// is left or it is too long to be one value.
fn value(raw: &str, extra: &[&str]) -> Option<String> {
    value_with(raw, extra, lexicon::VALUE_STOPS)
}

fn value_with(raw: &str, extra: &[&str], stops: &[&str]) -> Option<String> {
    normalise(&raw[..value_end(raw, extra, stops)])
}

/// Where the value at the start of `raw` ends: at punctuation or the first of `stops` and
/// `extra` ("Berlin with my wife" → "Berlin").
pub(crate) fn value_end(raw: &str, extra: &[&str], stops: &[&str]) -> usize {
    let mut end = raw.find([',', ';', ':', '!', '?', '(', ')', '"']).unwrap_or(raw.len());
    for stop in stops.iter().chain(extra) {
        if let Some(at) = find_ascii_ci(&raw[..end], stop) {
            end = at;
        }
    }
    if let Some(at) = raw[..end].find(". ") {
        end = at;
    }
    end
}

/// A value as compared: lower case, no leading article, no trailing period, number words as
/// digits; at most six words.
fn normalise(raw: &str) -> Option<String> {
    let lower = raw.trim().trim_end_matches('.').to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "My name is not Sam": a denial, not a value.
    if words.first().is_some_and(|w| matches!(*w, "not" | "no" | "never")) {
        return None;
    }
    if words.first().is_some_and(|w| matches!(*w, "a" | "an" | "the")) {
        words.remove(0);
    }
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    if words.len() == 1
        && let Some((_, n)) = lexicon::NUMBER_WORDS.iter().find(|(w, _)| *w == words[0])
    {
        return Some(n.to_string());
    }
    Some(words.join(" "))
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn first_word_lower(raw: &str) -> String {
    raw.split_whitespace().next().unwrap_or("").to_lowercase()
}

/// Whether `raw` reads as a name: capitalised words, at most three, none a known non-name.
fn is_name(raw: &str) -> bool {
    let words: Vec<&str> = raw.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| lexicon::NOT_NAMES.contains(&w.to_lowercase().as_str()))
}

fn name(text: &str, found: &mut Found) {
    if let Some(raw) = capture(pattern!(r"^my (?:full |first |real )?name is (.+)$"), text, 1) {
        found.set("name", value(raw, &[]));
    }
    if let Some(raw) = capture(pattern!(r"^(?:you can |please |just )?call me (.+)$"), text, 1)
        && !lexicon::CALL_ME_NOT_NAMES.contains(&first_word_lower(raw).as_str())
    {
        found.set("name", value(raw, &[]));
    }
    let called = pattern!(
        r"^(?:i am called|i go by|people call me|everyone calls me|my friends call me) (.+)$"
    );
    if let Some(raw) = capture(called, text, 1) {
        found.set("name", value(raw, &[]));
    }
    // "I'm Sam", "I'm Tom, a teacher": only a capitalised name, alone or before a comma.
    let introduced =
        pattern!(r"^i am ((?-i:\p{Lu})[\p{L}'-]*(?: (?-i:\p{Lu})[\p{L}'-]*)?)(?:,.*)?$");
    if let Some(raw) = capture(introduced, text, 1).filter(|raw| is_name(raw)) {
        found.set("name", normalise(raw));
    }
}

fn age(text: &str, found: &mut Found) {
    let patterns = [
        pattern!(
            r"^i am (?:actually |now |just |only |almost |nearly )?(\d{1,3})",
            r"(?: years old| years| yrs old| yrs| yo| y/o)?(?: now)?(?:,.*)?$",
        ),
        pattern!(r"^i am ([a-z]+(?:[- ][a-z]+)?) years old$"),
        pattern!(r"^my age is (\d{1,3})$"),
        pattern!(r"^i (?:just |have just )?turned (\d{1,3}|[a-z]+(?:-[a-z]+)?)\b"),
    ];
    for re in patterns {
        if let Some(years) =
            capture(re, text, 1).and_then(parse_number).filter(|n| (1..=120).contains(n))
        {
            found.set("age", Some(years.to_string()));
        }
    }
    if let Some(year) = capture(pattern!(r"^i was born in (\d{4})\b"), text, 1) {
        found.set("birth_year", Some(year.to_owned()));
    }
    if let Some(raw) = capture(pattern!(r"^i was born on (.+)$"), text, 1) {
        found.set("birthday", value(raw, &[" in "]));
    }
}

/// A number in digits or words ("34", "thirty-four", "thirty four").
pub(crate) fn parse_number(raw: &str) -> Option<u32> {
    let raw = raw.trim().to_lowercase();
    if let Ok(n) = raw.parse() {
        return Some(n);
    }
    let word = |w: &str| lexicon::NUMBER_WORDS.iter().find(|(k, _)| *k == w).map(|(_, n)| *n);
    let parts: Vec<&str> = raw.split(['-', ' ']).collect();
    match parts.as_slice() {
        [one] => word(one),
        [tens, units] => Some(word(tens)? + word(units)?),
        _ => None,
    }
}

fn home(text: &str, found: &mut Found) {
    let lives = pattern!(
        r"^(?:i|we) (?:currently |now |still )?(?:live|am living|are living|am based|are based",
        r"|reside|am residing|am staying|are staying) in (.+)$",
    );
    // "Based in Porto", "currently living in Austin".
    let subjectless = pattern!(r"^(?:currently |now )?(?:living|based) in (.+)$");
    if let Some(raw) = capture(subjectless, text, 1) {
        found.set("home_city", value(raw, &[]));
    }
    if let Some(raw) = capture(lives, text, 1) {
        found.set("home_city", value(raw, &[]));
    }
    let moved = pattern!(
        r"^(?:i|we) (?:have )?(?:just |recently |finally |now )?(?:moved|relocated)(?: from .+?)? to (.+)$"
    );
    // "I moved to a new flat" is not a city.
    if let Some(raw) = capture(moved, text, 1).filter(|raw| {
        !matches!(
            first_word_lower(raw).as_str(),
            "a" | "an"
                | "my"
                | "our"
                | "another"
                | "this"
                | "that"
                | "his"
                | "her"
                | "their"
                | "new"
        )
    }) {
        found.set("home_city", value(raw, &[]));
    }
    if let Some(raw) = capture(pattern!(r"^my home is in (.+)$"), text, 1) {
        found.set("home_city", value(raw, &[]));
    }
    let from = pattern!(r"^(?:i am|i come|we are|we come) (?:originally )?from (.+)$");
    if let Some(raw) = capture(from, text, 1) {
        found.set("origin", value(raw, &[]));
    }
    if let Some(raw) = capture(pattern!(r"^i was born and raised in (.+)$"), text, 1) {
        found.set("origin", value(raw, &[]));
    }
    if let Some(raw) = capture(pattern!(r"^i was born in (\D.*)$"), text, 1) {
        found.set("birthplace", value(raw, &[" in "]));
    }
}

/// Employer and job title.
fn work(text: &str, found: &mut Found) {
    let employer_patterns = [
        pattern!(
            r"^(?:i|we) (?:currently |now |still )?(?:work|am working) ",
            r"(?:remotely |full[- ]time |part[- ]time |freelance )?(?:at|for) (.+)$",
        ),
        pattern!(r"^i am (?:employed|hired) (?:at|by) (.+)$"),
        pattern!(
            r"^i (?:have )?(?:just |recently )?(?:started|began)",
            r"(?: working| a new job| a job| my new job| work)? (?:at|with) (.+)$",
        ),
        pattern!(r"^i (?:have )?(?:just |recently )?joined (.+ as .+)$"),
        pattern!(
            r"^i (?:have )?(?:just |recently )?got (?:a |an |the )?(?:new )?",
            r"(?:job|position|role|offer) (?:at|with) (.+)$",
        ),
        pattern!(r"^my (?:new )?job is at (.+)$"),
    ];
    for re in employer_patterns {
        if let Some(raw) = capture(re, text, 1) {
            employer_and_title(raw, found);
        }
    }
    let quit = pattern!(
        r"^i (?:have )?(?:just )?(?:quit|left) my (?:job|position|role)(?: (?:at|with) (.+))?$"
    );
    if let Some(captures) = quit.quick_captures(text) {
        match captures.get(1) {
            Some(raw) => found.set("employer", employer(raw.as_str())),
            None => found.open("employer"),
        }
    }
    let title_patterns = [
        pattern!(
            r"^(?:i|we) (?:currently |now )?(?:work|am working) ",
            r"(?:remotely |full[- ]time |part[- ]time |freelance )?as (.+)$",
        ),
        pattern!(r"^i am employed as (.+)$"),
    ];
    for re in title_patterns {
        if let Some(raw) = capture(re, text, 1) {
            title_and_employer(raw, found, false);
        }
    }
    let checked_patterns = [
        pattern!(r"^i am (?:now |currently |still )?(?:a|an) (.+)$"),
        pattern!(
            r"^i (?:have )?(?:just |recently )?(?:became|got promoted to|was promoted to) (?:a |an )?(.+)$"
        ),
    ];
    for re in checked_patterns {
        if let Some(raw) = capture(re, text, 1) {
            title_and_employer(raw, found, true);
        }
    }
    let state = pattern!(
        r"^i am (?:now |currently )?",
        r"(retired|unemployed|self-employed|self employed|between jobs|freelancing)\b",
    );
    if let Some(raw) = capture(state, text, 1) {
        found.set("job_title", normalise(raw));
    }
}

/// "Acme as a senior designer" → employer "acme", job title "senior designer".
fn employer_and_title(raw: &str, found: &mut Found) {
    match find_ascii_ci(raw, " as ") {
        Some(at) => {
            found.set("employer", employer(&raw[..at]));
            found.set("job_title", value(&raw[at + 4..], &[" at ", " in ", " on "]));
        }
        None => found.set("employer", employer(raw)),
    }
}

/// "a nurse at St. Mary's" → job title "nurse", employer "st. mary's". With `checked`, the
/// title must end in a job noun ("I'm a big fan of jazz" is not a job).
fn title_and_employer(raw: &str, found: &mut Found, checked: bool) {
    let split = [" at ", " for ", " with "]
        .iter()
        .filter_map(|sep| find_ascii_ci(raw, sep).map(|at| (at, sep.len())))
        .min();
    let (title_raw, employer_raw) = match split {
        Some((at, len)) => (&raw[..at], Some(&raw[at + len..])),
        None => (raw, None),
    };
    let Some(title) = value(title_raw, &[" in ", " on "]) else { return };
    if checked {
        let last = title.rsplit(' ').next().unwrap_or("");
        let is_job =
            lexicon::JOB_NOUNS.iter().any(|noun| canonical_word(noun) == canonical_word(last));
        if !is_job {
            return;
        }
    }
    found.set("job_title", Some(title));
    if let Some(raw) = employer_raw {
        found.set("employer", employer(raw));
    }
}

fn employer(raw: &str) -> Option<String> {
    let employer = value(raw, &[" as ", " in ", " on "])?;
    let not_employers = [
        "home",
        "night",
        "nights",
        "weekends",
        "the weekend",
        "a living",
        "free",
        "fun",
        "hours",
        "money",
        "the moment",
    ];
    (!not_employers.contains(&employer.as_str())).then_some(employer)
}

/// The partner's name and other named relations or pets ("my dog's name is Rex").
fn partner_and_names(text: &str, found: &mut Found) {
    if let Some(c) = pattern!(r"^my ([\p{L}]+)'s birthday is (.+)$").quick_captures(text) {
        let relation = c[1].to_lowercase();
        found.set(format!("birthday:{}", canonical_word(&relation)), value(&c[2], &[]));
    }
    let named = [
        pattern!(r"^my ([\p{L}]+(?: [\p{L}]+)?)'s name is (.+)$"),
        pattern!(r"^my ([\p{L}]+(?: [\p{L}]+)?) is (?:called|named) (.+)$"),
    ];
    for re in named {
        if let Some(c) = re.quick_captures(text) {
            let relation = c[1].to_lowercase();
            let key = if lexicon::PARTNERS.contains(&relation.as_str()) {
                "partner".to_owned()
            } else {
                let words: Vec<String> = relation.split(' ').map(canonical_word).collect();
                format!("name:{}", words.join(" "))
            };
            found.set(key, value(&c[2], &[]));
        }
    }
    if let Some(c) = pattern!(r"^my ([\p{L}]+) is (.+)$").quick_captures(text)
        && lexicon::PARTNERS.contains(&c[1].to_lowercase().as_str())
    {
        let raw = c[2].split(',').next().unwrap_or("");
        if is_name(raw) {
            found.set("partner", normalise(raw));
        }
    }
    if let Some(raw) = capture(pattern!(r"^i am (?:married|engaged) to (.+)$"), text, 1)
        && is_name(raw.split(',').next().unwrap_or(""))
    {
        found.set("partner", value(raw, &[]));
    }
    let status = [
        pattern!(
            r"^(?:i am|we are) (?:now |currently |happily |recently |newly |finally |still )?",
            r"(single|married|divorced|engaged|widowed|separated)\b",
        ),
        pattern!(r"^(?:i|we) (?:just |recently |finally )?got (married|divorced|engaged)\b"),
    ];
    for re in status {
        if let Some(raw) = capture(re, text, 1) {
            found.set("relationship_status", normalise(raw));
        }
    }
}

/// Diet: the diet words of the statement, canonical and sorted ("vegan gluten-free").
fn diet(statement: &Statement, found: &mut Found) {
    static DIET_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
        let diets: Vec<String> = lexicon::DIETS.iter().map(|d| regex::escape(d)).collect();
        let diets = diets.join("|");
        let pattern = [
            // "I'm vegan", "I've been vegetarian", "I went fully vegan".
            r"(?i)^(?:(?:i|we) (?:am|are|have been|have gone|went|turned|became|have become)",
            r"(?: a| an| strictly| fully| mostly| mainly| now| basically| completely)* (?:",
            &diets,
            r")\b",
            // "I eat vegan", "I follow a keto diet", "I'm on a low-carb diet".
            r"|(?:i|we) (?:eat|follow|am on|are on|keep|stick to|do)(?: a| an| mostly| strictly)* (?:",
            &diets,
            r")\b",
            r"|my diet is )",
        ]
        .concat();
        Regex::new(&pattern).expect("the diet pattern is a valid regex")
    });
    if !DIET_STATEMENT.is_match(&statement.cased) {
        return;
    }
    // Cut at "but", "not", ... but keep lists: "vegan and gluten-free".
    let stops: Vec<&str> = lexicon::VALUE_STOPS
        .iter()
        .copied()
        .filter(|s| *s != " and ")
        .chain([" not ", " except "])
        .collect();
    let mut end = statement.lower.len();
    for stop in &stops {
        if let Some(at) = statement.lower.find(stop) {
            end = end.min(at);
        }
    }
    let scope = &statement.lower[..end];
    let mut diets: Vec<&str> =
        lexicon::DIETS.iter().filter(|d| scope.contains(*d)).map(|d| canonical_diet(d)).collect();
    diets.sort_unstable();
    diets.dedup();
    if diets.is_empty() {
        if let Some(raw) = capture(pattern!(r"^my diet is (.+)$"), &statement.cased, 1) {
            found.set("diet", value(raw, &[]));
        }
    } else {
        found.set("diet", Some(diets.join(" ")));
    }
}

fn canonical_diet(diet: &str) -> &str {
    match diet {
        "pescetarian" => "pescatarian",
        "ketogenic" => "keto",
        "low carb" => "low-carb",
        "plant based" => "plant-based",
        "gluten free" => "gluten-free",
        "dairy free" => "dairy-free",
        other => other,
    }
}

/// Units, time zone, native language, pronouns.
fn preferences(text: &str, found: &mut Found) {
    let units = [
        pattern!(
            r"^(?:i|we) (?:prefer|use|like|work in|think in|always use|only use|want)(?: the)? ",
            r"(metric|imperial|celsius|fahrenheit|kilometers|kilometres|km|kilograms|kg|miles",
            r"|pounds|lbs)\b",
        ),
        pattern!(r"^(?:please )?(?:always )?use(?: the)? (metric|imperial)\b"),
    ];
    for re in units {
        if let Some(raw) = capture(re, text, 1) {
            let system = match raw.to_lowercase().as_str() {
                "imperial" | "fahrenheit" | "miles" | "pounds" | "lbs" => "imperial",
                _ => "metric",
            };
            found.set("units", Some(system.to_owned()));
        }
    }
    let zones = [
        pattern!(r"^i am (?:in|on) (?:the )?([\p{L}]+(?: [\p{L}]+)?) time ?zone$"),
        pattern!(r"^i am (?:in|on) ((?:utc|gmt) ?[+-] ?\d{1,2}(?::\d{2})?)\b"),
        pattern!(r"^i am on ([\p{L}]+(?: [\p{L}]+)?) time$"),
    ];
    for re in zones {
        if let Some(raw) = capture(re, text, 1) {
            found.set("timezone", Some(raw.to_lowercase().replace(' ', "")));
        }
    }
    let native = [
        pattern!(r"^i am a native ([\p{L}]+) speaker$"),
        pattern!(r"^i am a native speaker of (.+)$"),
        pattern!(r"^([\p{L}]+) is my (?:native|first|mother) (?:language|tongue)$"),
    ];
    for re in native {
        if let Some(raw) = capture(re, text, 1) {
            found.set("native_language", value(raw, &[]));
        }
    }
    if let Some(raw) = capture(pattern!(r"^i use (\S+/\S+) pronouns$"), text, 1) {
        found.set("pronouns", normalise(raw));
    }
}

/// "I have two kids and a dog": how many of each (a count has one value at a time). Only
/// when the statement is nothing but counts, so "I have a dog named Rex" stays free text.
fn family_counts(text: &str, found: &mut Found) {
    if let Some(raw) = capture(pattern!(r"^(?:i|we) do not have (?:any )?([\p{L}]+)$"), text, 1)
        && let Some((_, noun)) = countable(raw)
    {
        found.set(format!("count:{noun}"), Some("0".to_owned()));
        return;
    }
    let Some(list) = capture(pattern!(r"^(?:i|we) (?:also )?have (?:got )?(.+)$"), text, 1) else {
        return;
    };
    let list = list.to_lowercase().replace(", and ", ", ").replace(" and ", ", ");
    let mut counts = Vec::new();
    for item in list.split(", ") {
        let mut words = item.split_whitespace();
        let (Some(number), Some(noun), None) = (words.next(), words.next(), words.next()) else {
            return;
        };
        let (Some(n), Some((_, noun))) = (parse_number(number), countable(noun)) else { return };
        counts.push((noun, n));
    }
    for (noun, n) in counts {
        found.set(format!("count:{noun}"), Some(n.to_string()));
    }
}

fn countable(noun: &str) -> Option<(&'static str, &'static str)> {
    let noun = noun.to_lowercase();
    lexicon::COUNTABLE.iter().find(|(word, _)| *word == noun).copied()
}

/// "My favourite colour is green", "my email is ...", "Spanish is my native language".
fn attributes(text: &str, found: &mut Found) {
    let favourite =
        pattern!(r"^my (?:favou?rite|fave|fav) ([\p{L}]+(?: [\p{L}]+)?) (?:is|are) (.+)$");
    let reversed =
        pattern!(r"^(.+?) (?:is|are) my (?:favou?rite|fave|fav) ([\p{L}]+(?: [\p{L}]+)?)$");
    let lists: Vec<&str> =
        lexicon::VALUE_STOPS.iter().copied().filter(|s| !matches!(*s, " and " | " or ")).collect();
    if let Some(c) = favourite.quick_captures(text) {
        found.set(favourite_key(&c[1]), value_with(&c[2], &[], &lists));
    } else if let Some(c) = reversed.quick_captures(text) {
        found.set(favourite_key(&c[2]), value_with(&c[1], &[], &lists));
    }
    let generic = pattern!(r"^my ([\p{L}]+(?: [\p{L}]+){0,2}) (?:is|are) (.+)$");
    if let Some(c) = generic.quick_captures(text) {
        let attribute = c[1].to_lowercase();
        let Some((_, key)) = lexicon::ATTRIBUTES.iter().find(|(name, _)| *name == attribute) else {
            return;
        };
        let raw = &c[2];
        let first = first_word_lower(raw);
        if lexicon::EVALUATIVE.contains(&first.as_str()) || matches!(first.as_str(), "at" | "in") {
            return;
        }
        found.set(*key, value(raw, &[]));
    }
}

fn favourite_key(noun: &str) -> String {
    let words: Vec<String> = noun.to_lowercase().split(' ').map(canonical_word).collect();
    format!("favourite:{}", words.join(" "))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn slot(text: &str) -> Vec<(String, Option<String>)> {
        slots_of(text).into_iter().map(|s| (s.key, s.value)).collect()
    }

    fn one(key: &str, value: &str) -> Vec<(String, Option<String>)> {
        vec![(key.to_owned(), Some(value.to_owned()))]
    }

    #[test]
    fn reads_single_valued_attributes() {
        let cases: &[(&str, &str, &str)] = &[
            ("My name is Sam Lee.", "name", "sam lee"),
            ("Call me Sam", "name", "sam"),
            ("I'm Priya", "name", "priya"),
            ("I'm 34", "age", "34"),
            ("I am thirty-four years old", "age", "34"),
            ("I live in Berlin with my wife", "home_city", "berlin"),
            ("We moved to Lisbon last month", "home_city", "lisbon"),
            ("I moved from Berlin to Lisbon", "home_city", "lisbon"),
            ("I'm originally from Porto, Portugal", "origin", "porto"),
            ("I work for a startup in Munich", "employer", "startup"),
            ("I'm vegan", "diet", "vegan"),
            ("I've been vegetarian since 2019", "diet", "vegetarian"),
            ("I prefer metric units", "units", "metric"),
            ("I'm on Pacific time", "timezone", "pacific"),
            ("I'm in UTC+2", "timezone", "utc+2"),
            ("My native language is Portuguese", "native_language", "portuguese"),
            ("Spanish is my mother tongue", "native_language", "spanish"),
            ("My favourite colour is green", "favourite:colour", "green"),
            ("Green is my favorite color", "favourite:colour", "green"),
            ("My dog's name is Rex", "name:dog", "rex"),
            ("My pronouns are they/them", "pronouns", "they/them"),
            ("I'm retired", "job_title", "retired"),
            ("My wife is Anna", "partner", "anna"),
            ("My girlfriend's name is Mia", "partner", "mia"),
        ];
        for (text, key, value) in cases {
            assert_eq!(slot(text), one(key, value), "{text}");
        }
    }

    #[test]
    fn reads_several_slots_and_counts() {
        assert_eq!(
            slot("I work at Acme as a senior designer"),
            vec![
                ("employer".to_owned(), Some("acme".to_owned())),
                ("job_title".to_owned(), Some("senior designer".to_owned())),
            ]
        );
        assert_eq!(
            slot("I'm a software engineer at Google"),
            vec![
                ("job_title".to_owned(), Some("software engineer".to_owned())),
                ("employer".to_owned(), Some("google".to_owned())),
            ]
        );
        assert_eq!(
            slot("I have two kids and a dog"),
            vec![
                ("count:child".to_owned(), Some("2".to_owned())),
                ("count:dog".to_owned(), Some("1".to_owned())),
            ]
        );
        assert_eq!(
            slot("I'm married to Anna"),
            vec![
                ("partner".to_owned(), Some("anna".to_owned())),
                ("relationship_status".to_owned(), Some("married".to_owned())),
            ]
        );
        assert_eq!(slot("I quit my job"), vec![("employer".to_owned(), None)]);
    }

    #[test]
    fn leaves_multi_valued_and_descriptive_statements_alone() {
        for text in [
            "I like jazz",
            "I have a dog named Rex",
            "I'm allergic to peanuts",
            "My job is stressful",
            "I'm a big fan of jazz",
            "I'm German",
            "I moved to a new flat",
            "I work from home",
            "I'm moving to Lisbon next month",
            "My wife is a doctor",
            "Call me back later",
            "I used to live in Rome",
        ] {
            assert_eq!(slot(text), vec![], "{text}");
        }
    }
}
