//! Habits and events: words of a habit, and past tenses.

/// Words that say a statement is a habit, not an event ("every Friday", "usually").
pub(crate) const HABITUAL: &[&str] = &[
    "every",
    "each",
    "usually",
    "always",
    "often",
    "sometimes",
    "never",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "weekends",
    "weekdays",
    "mornings",
    "evenings",
    "nights",
    "regularly",
    "normally",
    "generally",
    "typically",
];

/// Irregular past tenses (regular ones end in "-ed").
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "went", "got", "saw", "met", "made", "took", "came", "left",
    "ate", "drank", "flew", "bought", "broke", "ran", "wrote", "found", "lost", "spent", "gave",
    "told", "said", "sent", "sold", "won", "began", "felt", "heard", "kept", "slept", "swam",
    "drove", "rode", "forgot", "fell", "caught", "taught", "thought", "brought", "read", "quit",
];

/// Words ending in "-ed" that are not past tenses.
pub(crate) const ED_NOT_PAST: &[&str] = &["need", "feed", "seed", "speed", "bleed", "proceed"];
