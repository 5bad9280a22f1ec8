//! How people write: abbreviations whose period does not end a sentence, and the contractions
//! expanded before a statement is matched.

/// Abbreviations whose period never ends a sentence: a name, a number or an example follows.
pub(crate) const ABBREVIATIONS_MID: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "ft", "e.g", "i.e", "eg", "ie", "vs",
    "approx", "ca", "cf", "dept", "fig", "no", "a.k.a", "aka", "gen", "sgt", "capt", "rev",
];

/// Abbreviations whose period ends a sentence only when a capitalised word follows
/// ("at 6 a.m. Then I ..." versus "at 6 a.m. every day").
pub(crate) const ABBREVIATIONS_END: &[&str] =
    &["etc", "a.m", "p.m", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "e.u", "llc"];

/// Contractions and common apostrophe-less spellings, expanded so that one pattern covers
/// "I'm", "im", "I am" and "i am". Keys are matched as whole words, case-insensitively.
pub(crate) const CONTRACTIONS: &[(&str, &str)] = &[
    ("i'm", "I am"),
    ("im", "I am"),
    ("i've", "I have"),
    ("ive", "I have"),
    ("i'll", "I will"),
    ("i'd", "I would"),
    ("i", "I"),
    ("we're", "we are"),
    ("we've", "we have"),
    ("we'll", "we will"),
    ("we'd", "we would"),
    ("you're", "you are"),
    ("you've", "you have"),
    ("you'll", "you will"),
    ("you'd", "you would"),
    ("it's", "it is"),
    ("that's", "that is"),
    ("thats", "that is"),
    ("what's", "what is"),
    ("whats", "what is"),
    ("there's", "there is"),
    ("he's", "he is"),
    ("she's", "she is"),
    ("they're", "they are"),
    ("let's", "let us"),
    ("name's", "name is"),
    ("don't", "do not"),
    ("dont", "do not"),
    ("doesn't", "does not"),
    ("doesnt", "does not"),
    ("didn't", "did not"),
    ("didnt", "did not"),
    ("can't", "can not"),
    ("cant", "can not"),
    ("cannot", "can not"),
    ("won't", "will not"),
    ("wouldn't", "would not"),
    ("couldn't", "could not"),
    ("shouldn't", "should not"),
    ("isn't", "is not"),
    ("isnt", "is not"),
    ("aren't", "are not"),
    ("wasn't", "was not"),
    ("wasnt", "was not"),
    ("weren't", "were not"),
    ("haven't", "have not"),
    ("havent", "have not"),
    ("hasn't", "has not"),
    ("hadn't", "had not"),
    ("gonna", "going to"),
    ("wanna", "want to"),
    ("anymore", "any more"),
];
