//! Taking something back: withdrawals of what was just said, statements that the previous one no
//! longer holds, and the wording of retractions.

/// Statements that take back what the person said just before, in this conversation: the
/// previous candidate is dropped.
pub(crate) const WITHDRAWALS: &[&str] = &[
    "scratch that",
    "never mind",
    "nevermind",
    "ignore that",
    "ignore what i just said",
    "disregard that",
    "i misspoke",
    "my bad",
];

/// Statements that say the previous statement no longer holds: it becomes a retraction.
pub(crate) const RETRACT_PREVIOUS: &[&str] = &[
    "that is not true any more",
    "that is no longer true",
    "that is not the case any more",
    "that is no longer the case",
    "that is outdated",
    "that changed",
    "that has changed",
    "not any more",
    "forget that",
    "forget it",
    "forget about it",
    "please forget that",
];

/// "-ing" forms whose base form the spelling rules would get wrong ("I quit vaping" → "I
/// vape"), for the text of retractions.
pub(crate) const GERUND_EXCEPTIONS: &[(&str, &str)] = &[
    ("lying", "lie"),
    ("dying", "die"),
    ("tying", "tie"),
    ("seeing", "see"),
    ("being", "be"),
    ("skiing", "ski"),
    ("going", "go"),
    ("doing", "do"),
    ("using", "use"),
    ("vaping", "vape"),
];

/// Words that, in a retraction's own wording ("I quit Twitter"), say that it retracts rather
/// than what it retracts; they do not count when it is compared with memories.
pub(crate) const RETRACTION_WORDS: &[&str] =
    &["quit", "stop", "stopped", "give", "gave", "given", "up", "forget", "about", "left", "leave"];
