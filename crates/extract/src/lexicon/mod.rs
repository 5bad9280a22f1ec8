//! The word lists the built-in extractor and the reconciler work from. They are data, not code,
//! so that teaching the extractor a new word is an edit of a list. Every entry is lower-case
//! English. Lists matched against a statement are written as the patterns see it, with
//! contractions expanded ("i am", not "i'm"); the openers cut before that (discourse markers,
//! memory requests) are written as people type them.
//!
//! One module per purpose; the lists are re-exported here, so callers name them
//! `lexicon::LIST`.

mod categories;
mod comparison;
mod confidence;
mod conversation;
mod framing;
mod retraction;
mod slots;
mod time;
mod writing;

pub(crate) use categories::*;
pub(crate) use comparison::*;
pub(crate) use confidence::*;
pub(crate) use conversation::*;
pub(crate) use framing::*;
pub(crate) use retraction::*;
pub(crate) use slots::*;
pub(crate) use time::*;
pub(crate) use writing::*;
