//! Deciding what each candidate does to the memories that exist: add, update, delete or
//! nothing. The rules are documented on [`reconcile`].

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;

use super::similarity::Content;
use super::slot::{Slot, slots_of};
use super::{Action, Candidate, Intent};
use memsync_types::{Memory, MemoryId};

/// Decides, for each of `candidates` in order, what it does to `existing`: one action per
/// candidate, in the candidates' order. Pure and deterministic: the same candidates and
/// memories always give the same actions. It reads everything from the texts, so it works on
/// any extractor's candidates and any memories, whoever wrote them.
///
/// # Rules
///
/// - **Slots**: a statement about an attribute a person has one value of at a time (name, home
///   city, origin, employer, job title, age, partner, relationship status, diet, preferred
///   units, time zone, native language, pronouns, "my favourite X", "my X's name", how many
///   children or pets, ...) fills a slot. A candidate that fills a slot an existing memory
///   fills with another value **updates** that memory ("I live in Berlin", later "I moved to
///   Lisbon"); with the same value it is **nothing**. A candidate that fills the same slots
///   with the same values and more ("I work at Acme as a designer" against "I work at Acme")
///   updates the memory to the fuller statement.
/// - **Near-duplicates**: otherwise, a candidate that says what an existing memory says is
///   **nothing**; anything else is **added**. Statements are compared by content words, so
///   case, punctuation, stop words, contractions and inflections do not count: a duplicate
///   shares at least 3 in 4 of the two statements' content words, has at least 4 in 5 of its
///   own in the memory, and has the same polarity ("not") and subject ("I" or "my wife").
///   Things a person has many of (likes, hobbies, allergies) have no slot: "I like jazz" and
///   "I like hiking" both stay.
/// - **Retractions** delete the memory that fills their slot (with the value they name, or any
///   value if they name none: "I quit my job"), or else the memory they best name (the same
///   content words, or at least two that are 4 in 5 of theirs and half of the memory's); with
///   no match they are nothing.
/// - **Expired** episodic memories match like any other. A candidate that matches a memory but
///   would keep it longer (a later expiry, or lasting where it was time-bound) updates it,
///   which revives it.
/// - **Order**: candidates are decided in order, each seeing the effect of those before it: a
///   candidate that repeats one added earlier in the call is nothing. A candidate that a
///   later one in the same call replaces, takes back or says again after taking back is
///   nothing: only the conversation's last word on a fact is written. Memory ids come only
///   from `existing`, so a change to a memory added in the same call is folded into the
///   candidate that would add it. This also makes reconciling idempotent: the same candidates
///   again, against the memories the first run produced, give only nothing.
pub fn reconcile(candidates: Vec<Candidate>, existing: &[Memory]) -> Vec<Action> {
    reconcile_with(candidates, existing, &mut Analyses::default())
}

/// [`reconcile`], reading each existing memory's text once across calls: `analyses` keeps what
/// the rules read from each memory (its slots and content words), by id and text, for the
/// memories of the last call. A client that reconciles often against many memories keeps one.
/// The actions are the same as [`reconcile`]'s.
pub fn reconcile_with(
    candidates: Vec<Candidate>,
    existing: &[Memory],
    analyses: &mut Analyses,
) -> Vec<Action> {
    let proposals: Vec<Proposal> = candidates.into_iter().map(Proposal::new).collect();
    let superseded: Vec<bool> = (0..proposals.len())
        .map(|i| proposals[i + 1..].iter().any(|later| later.supersedes(&proposals[i])))
        .collect();
    let mut kept = std::mem::take(&mut analyses.by_id);
    let hashes: Vec<u64> = existing.iter().map(|memory| text_hash(&memory.text)).collect();
    let mut reused: Vec<Option<Arc<Analysis>>> = existing
        .iter()
        .zip(&hashes)
        .map(|(memory, hash)| match kept.remove(&memory.id) {
            Some((h, analysis)) if h == *hash => Some(analysis),
            _ => None,
        })
        .collect();
    analyse_missing(existing, &mut reused);
    let mut known: Vec<Known> = existing
        .iter()
        .zip(hashes)
        .zip(reused)
        .map(|((memory, hash), analysis)| {
            let analysis = analysis.expect("every memory analysed");
            analyses.by_id.insert(memory.id, (hash, analysis.clone()));
            Known::from_memory(memory, analysis)
        })
        .collect();
    proposals
        .into_iter()
        .zip(superseded)
        .map(|(proposal, superseded)| match (superseded, proposal.candidate.intent) {
            (true, _) => Action::Nothing { id: None, candidate: proposal.candidate },
            (false, Intent::Assert) => assert(&mut known, proposal),
            (false, Intent::Retract) => retract(&mut known, proposal),
        })
        .collect()
}

/// A candidate with what the rules read from its text.
struct Proposal {
    candidate: Candidate,
    slots: Vec<Slot>,
    content: Content,
}

impl Proposal {
    fn new(candidate: Candidate) -> Self {
        let slots = slots_of(&candidate.text);
        let content = Content::of(&candidate.text, candidate.intent == Intent::Retract);
        Self { candidate, slots, content }
    }

    /// Whether this (later) proposal makes `earlier` moot.
    fn supersedes(&self, earlier: &Self) -> bool {
        match (earlier.candidate.intent, self.candidate.intent) {
            // A slot filled again with another value, or with the same and more.
            (Intent::Assert, Intent::Assert) => {
                let relation = compare(&self.slots, &earlier.slots);
                relation.conflict
                    || (relation.shared > 0
                        && relation.extra_in_known == 0
                        && relation.extra_in_candidate > 0)
            }
            // Taken back later in the same conversation.
            (Intent::Assert, Intent::Retract) => {
                retracts(&self.slots, &earlier.slots)
                    || self.content.retracts(&earlier.content).is_some()
            }
            // Said again (or anew) after being taken back: the retraction would otherwise
            // delete, on a second run, the memory this statement adds.
            (Intent::Retract, Intent::Assert) => {
                compare(&self.slots, &earlier.slots).shared > 0
                    || earlier.content.retracts(&self.content).is_some()
                    || self.content.near_duplicate(&earlier.content).is_some()
            }
            (Intent::Retract, Intent::Retract) => false,
        }
    }
}

/// What the rules read from existing memories' texts, kept between calls of
/// [`reconcile_with`] (by memory id, with a hash of the text it was read from).
#[derive(Default)]
pub struct Analyses {
    by_id: HashMap<MemoryId, (u64, Arc<Analysis>)>,
}

impl std::fmt::Debug for Analyses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyses").field("memories", &self.by_id.len()).finish()
    }
}

/// What the rules read from one text.
struct Analysis {
    slots: Vec<Slot>,
    content: Content,
}

/// How many memories to analyse before the work is shared among threads.
const PARALLEL_FROM: usize = 256;

/// Analyses each memory of `existing` whose analysis is missing in `analyses` (same indexes),
/// on rayon's pool when there are many (a client or a TEE node that keeps no analyses reads a
/// long log's every text at each call); the pool's threads keep their regex caches between calls.
fn analyse_missing(existing: &[Memory], analyses: &mut [Option<Arc<Analysis>>]) {
    use rayon::prelude::*;
    let analyse = |(memory, analysis): (&Memory, &mut Option<Arc<Analysis>>)| {
        if analysis.is_none() {
            *analysis = Some(Arc::new(Analysis {
                slots: slots_of(&memory.text),
                content: Content::of(&memory.text, false),
            }));
        }
    };
    let missing = analyses.iter().filter(|a| a.is_none()).count();
    if missing < PARALLEL_FROM {
        existing.iter().zip(analyses.iter_mut()).for_each(analyse);
    } else {
        existing.par_iter().zip(analyses.par_iter_mut()).with_min_len(64).for_each(analyse);
    }
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(text)
}

/// A memory as the rules see it: an existing one, or one added earlier in this call.
struct Known {
    /// `None` for a memory added in this call.
    id: Option<MemoryId>,
    analysis: Arc<Analysis>,
    expires_at: Option<Timestamp>,
    alive: bool,
}

impl Known {
    fn from_memory(memory: &Memory, analysis: Arc<Analysis>) -> Self {
        Self { id: Some(memory.id), analysis, expires_at: memory.expires_at, alive: true }
    }

    fn from_proposal(id: Option<MemoryId>, proposal: &Proposal) -> Self {
        Self {
            id,
            analysis: Arc::new(Analysis {
                slots: proposal.slots.clone(),
                content: proposal.content.clone(),
            }),
            expires_at: proposal.candidate.expires_at,
            alive: true,
        }
    }
}

/// How a candidate's slots relate to a memory's.
struct SlotRelation {
    /// Keys both fill.
    shared: usize,
    /// A key both fill with different values.
    conflict: bool,
    /// Keys the candidate fills and the memory does not.
    extra_in_candidate: usize,
    /// Keys the memory fills and the candidate does not.
    extra_in_known: usize,
}

fn compare(candidate: &[Slot], known: &[Slot]) -> SlotRelation {
    let mut relation =
        SlotRelation { shared: 0, conflict: false, extra_in_candidate: 0, extra_in_known: 0 };
    for slot in candidate {
        match known.iter().find(|k| k.key == slot.key) {
            Some(k) => {
                relation.shared += 1;
                relation.conflict |= k.value != slot.value;
            }
            None => relation.extra_in_candidate += 1,
        }
    }
    relation.extra_in_known = known.len().saturating_sub(relation.shared);
    relation
}

/// Whether a retraction with `retraction` slots takes back a statement with `known` slots: a
/// shared key, with the retraction's value or none.
fn retracts(retraction: &[Slot], known: &[Slot]) -> bool {
    retraction
        .iter()
        .any(|r| known.iter().any(|k| k.key == r.key && (r.value.is_none() || r.value == k.value)))
}

fn assert(known: &mut Vec<Known>, proposal: Proposal) -> Action {
    if !proposal.slots.is_empty() {
        let mut update: Option<(usize, usize)> = None;
        for (i, k) in known.iter().enumerate().filter(|(_, k)| k.alive) {
            let relation = compare(&proposal.slots, &k.analysis.slots);
            if relation.shared == 0 {
                continue;
            }
            if !relation.conflict && relation.extra_in_candidate == 0 {
                return same(known, i, proposal);
            }
            if k.id.is_some() && update.is_none_or(|(_, shared)| relation.shared > shared) {
                update = Some((i, relation.shared));
            }
        }
        if let Some((i, _)) = update {
            return replace(known, i, proposal);
        }
    }
    let duplicate = best_match(known, &proposal.content, false);
    match duplicate {
        Some(i) => same(known, i, proposal),
        None => {
            known.push(Known::from_proposal(None, &proposal));
            Action::Add(proposal.candidate)
        }
    }
}

fn retract(known: &mut [Known], proposal: Proposal) -> Action {
    let by_slot = known
        .iter()
        .position(|k| k.alive && k.id.is_some() && retracts(&proposal.slots, &k.analysis.slots));
    let target = by_slot.or_else(|| best_match(known, &proposal.content, true));
    match target.and_then(|i| known[i].id.map(|id| (i, id))) {
        Some((i, id)) => {
            known[i].alive = false;
            Action::Delete { id, candidate: proposal.candidate }
        }
        None => Action::Nothing { id: None, candidate: proposal.candidate },
    }
}

/// The live memory `content` is the closest near-duplicate of (the first of equals), if any;
/// for a retraction, the existing memory it best names (a retraction cannot name a memory
/// added in the same call).
fn best_match(known: &[Known], content: &Content, retraction: bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, k) in known.iter().enumerate() {
        if !k.alive || (retraction && k.id.is_none()) {
            continue;
        }
        let score = if retraction {
            content.retracts(&k.analysis.content)
        } else {
            content.near_duplicate(&k.analysis.content)
        };
        if let Some(score) = score
            && best.is_none_or(|(_, top)| score > top)
        {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// The candidate says what memory `i` says: nothing, unless it keeps it longer (which revives
/// an expired one).
fn same(known: &mut [Known], i: usize, proposal: Proposal) -> Action {
    let k = &known[i];
    let keeps_longer =
        k.expires_at.is_some_and(|old| proposal.candidate.expires_at.is_none_or(|new| new > old));
    match k.id {
        Some(_) if keeps_longer => replace(known, i, proposal),
        id => Action::Nothing { id, candidate: proposal.candidate },
    }
}

/// Memory `i` (an existing one) becomes the candidate.
fn replace(known: &mut [Known], i: usize, proposal: Proposal) -> Action {
    let id = known[i].id.expect("only existing memories are replaced");
    known[i] = Known::from_proposal(Some(id), &proposal);
    Action::Update { id, candidate: proposal.candidate }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::BTreeSet;

    use super::*;
    use memsync_types::{MemoryKind, Source};

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn candidate(text: &str) -> Candidate {
        Candidate {
            text: text.to_owned(),
            intent: Intent::Assert,
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: BTreeSet::new(),
            tags: BTreeSet::new(),
            confidence: 0.8,
        }
    }

    fn retraction(text: &str) -> Candidate {
        Candidate { intent: Intent::Retract, ..candidate(text) }
    }

    fn memory(n: u8, text: &str) -> Memory {
        Memory {
            id: MemoryId::derived(&[n]),
            text: text.to_owned(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: BTreeSet::new(),
            tags: BTreeSet::new(),
            source: Source::default(),
            created_at: at("2026-01-01T00:00:00Z"),
            updated_at: at("2026-01-01T00:00:00Z"),
            confidence: 0.8,
            version: 1,
        }
    }

    fn id(n: u8) -> MemoryId {
        MemoryId::derived(&[n])
    }

    #[test]
    fn kept_analyses_give_the_same_actions_and_follow_edited_texts() {
        let mut analyses = Analyses::default();
        let mut memories = vec![
            memory(1, "I live in Berlin."),
            memory(2, "I like jazz."),
            memory(3, "My wife is allergic to peanuts."),
        ];
        let calls = [
            vec![candidate("I moved to Lisbon."), candidate("I like jazz")],
            vec![retraction("I don't like jazz any more"), candidate("I like hiking.")],
            vec![candidate("I live in Lisbon."), candidate("My wife is allergic to peanuts")],
        ];
        for (round, candidates) in calls.iter().enumerate() {
            let fresh = summary(&reconcile(candidates.clone(), &memories));
            let kept = summary(&reconcile_with(candidates.clone(), &memories, &mut analyses));
            assert_eq!(kept, fresh, "round {round}");
            assert_eq!(analyses.by_id.len(), memories.len(), "only the memories of the call");
            // Between calls a memory's text changes under the same id (another writer).
            if round == 0 {
                memories[0].text = "I live in Lisbon.".into();
                memories.remove(1);
            }
        }
    }

    /// Past `PARALLEL_FROM` memories the analyses are shared among threads: each lands at its
    /// own memory, some of them kept from the last call.
    #[test]
    fn many_memories_are_analysed_in_parallel_each_in_its_place() {
        let mut memories: Vec<Memory> = (0..PARALLEL_FROM * 3)
            .map(|i| Memory {
                id: MemoryId::derived(&i.to_be_bytes()),
                ..memory(0, &format!("I collect stamps from country number {i}."))
            })
            .collect();
        let home = PARALLEL_FROM * 2 + 7;
        memories[home].text = "I live in Berlin.".into();
        let said = memories[PARALLEL_FROM + 3].text.clone();
        let candidates = vec![candidate("I moved to Lisbon."), candidate(&said)];
        let expected = vec![
            ("update", Some(memories[home].id), "I moved to Lisbon.".to_owned()),
            ("nothing", Some(memories[PARALLEL_FROM + 3].id), said.clone()),
        ];
        let mut analyses = Analyses::default();
        assert_eq!(
            summary(&reconcile_with(candidates.clone(), &memories, &mut analyses)),
            expected
        );
        // Half of them kept, half analysed again (their texts changed under the same ids).
        for memory in memories.iter_mut().step_by(2).filter(|m| !m.text.contains("Berlin")) {
            memory.text.push_str(" Really.");
        }
        let said = memories[PARALLEL_FROM + 3].text.clone();
        let candidates = vec![candidate("I moved to Lisbon."), candidate(&said)];
        let expected = vec![
            ("update", Some(memories[home].id), "I moved to Lisbon.".to_owned()),
            ("nothing", Some(memories[PARALLEL_FROM + 3].id), said.clone()),
        ];
        assert_eq!(
            summary(&reconcile_with(candidates.clone(), &memories, &mut analyses)),
            expected
        );
        assert_eq!(summary(&reconcile(candidates, &memories)), expected);
    }

    /// Each action as (kind, target memory, candidate text).
    fn summary(actions: &[Action]) -> Vec<(&'static str, Option<MemoryId>, String)> {
        actions
            .iter()
            .map(|a| match a {
                Action::Add(c) => ("add", None, c.text.clone()),
                Action::Update { id, candidate } => ("update", Some(*id), candidate.text.clone()),
                Action::Delete { id, candidate } => ("delete", Some(*id), candidate.text.clone()),
                Action::Nothing { id, candidate } => ("nothing", *id, candidate.text.clone()),
            })
            .collect()
    }

    #[test]
    fn a_changed_slot_updates_the_memory_that_holds_it() {
        let existing = [
            memory(1, "I like jazz."),
            memory(2, "I live in Berlin."),
            memory(3, "I work at Acme."),
        ];
        let actions = reconcile(
            vec![
                candidate("I moved to Lisbon last month."),
                candidate("I work at Acme."),
                candidate("I work at Globex as a product manager."),
                candidate("I'm 34."),
            ],
            &existing,
        );
        assert_eq!(
            summary(&actions),
            [
                ("update", Some(id(2)), "I moved to Lisbon last month.".into()),
                // Replaced by the next candidate in the same call: only the last word counts.
                ("nothing", None, "I work at Acme.".into()),
                ("update", Some(id(3)), "I work at Globex as a product manager.".into()),
                ("add", None, "I'm 34.".into()),
            ]
        );
    }

    #[test]
    fn the_same_value_in_other_words_is_nothing() {
        let existing = [memory(1, "My name is Sam."), memory(2, "I live in Berlin, Germany.")];
        let actions = reconcile(
            vec![candidate("Call me Sam!"), candidate("i'm living in berlin now")],
            &existing,
        );
        assert_eq!(
            summary(&actions),
            [
                ("nothing", Some(id(1)), "Call me Sam!".into()),
                ("nothing", Some(id(2)), "i'm living in berlin now".into()),
            ]
        );
    }

    #[test]
    fn rephrases_are_not_duplicated_and_new_facts_are_added() {
        let existing = [memory(1, "I love hiking in the Alps."), memory(2, "I like jazz.")];
        let actions = reconcile(
            vec![
                candidate("I really LOVE hiking in the alps!!"),
                candidate("I like hiking."),
                candidate("I don't like jazz."),
                candidate("My sister likes jazz."),
                candidate("I'm allergic to peanuts."),
            ],
            &existing,
        );
        assert_eq!(
            summary(&actions),
            [
                ("nothing", Some(id(1)), "I really LOVE hiking in the alps!!".into()),
                ("add", None, "I like hiking.".into()),
                ("add", None, "I don't like jazz.".into()),
                ("add", None, "My sister likes jazz.".into()),
                ("add", None, "I'm allergic to peanuts.".into()),
            ]
        );
    }

    #[test]
    fn a_retraction_deletes_the_right_memory_among_several() {
        let existing = [
            memory(1, "I like jazz."),
            memory(2, "I eat meat."),
            memory(3, "I live in Berlin."),
            memory(4, "I'm vegan."),
            memory(5, "I work at Acme as a designer."),
            memory(6, "I smoke."),
        ];
        let actions = reconcile(
            vec![
                retraction("I live in Madrid."), // a slot with another value: not a match
                retraction("I am vegan."),
                retraction("I quit my job."),
                retraction("I smoke."),
                retraction("I play golf."),
            ],
            &existing,
        );
        assert_eq!(
            summary(&actions),
            [
                ("nothing", None, "I live in Madrid.".into()),
                ("delete", Some(id(4)), "I am vegan.".into()),
                ("delete", Some(id(5)), "I quit my job.".into()),
                ("delete", Some(id(6)), "I smoke.".into()),
                ("nothing", None, "I play golf.".into()),
            ]
        );
    }

    #[test]
    fn later_candidates_see_earlier_ones() {
        let actions = reconcile(
            vec![
                candidate("I have a cat named Luna."),
                candidate("I have a cat named Luna!"),
                candidate("I live in Berlin."),
                candidate("I work at Acme."),
                candidate("I moved to Lisbon."),
                candidate("I work at Acme as a designer."),
                candidate("I'm vegan."),
                retraction("I am vegan."),
                retraction("I like opera."),
                candidate("I like opera."),
            ],
            &[],
        );
        assert_eq!(
            summary(&actions),
            [
                ("add", None, "I have a cat named Luna.".into()),
                ("nothing", None, "I have a cat named Luna!".into()),
                ("nothing", None, "I live in Berlin.".into()),
                ("nothing", None, "I work at Acme.".into()),
                ("add", None, "I moved to Lisbon.".into()),
                ("add", None, "I work at Acme as a designer.".into()),
                ("nothing", None, "I'm vegan.".into()),
                ("nothing", None, "I am vegan.".into()),
                ("nothing", None, "I like opera.".into()),
                ("add", None, "I like opera.".into()),
            ]
        );
    }

    #[test]
    fn expired_memories_match_and_a_longer_lease_revives_them() {
        let mut trip = memory(1, "I'm flying to Tokyo next week.");
        trip.kind = MemoryKind::Episodic;
        trip.expires_at = Some(at("2026-01-15T00:00:00Z"));
        let again = Candidate {
            kind: MemoryKind::Episodic,
            expires_at: Some(at("2026-03-18T00:00:00Z")),
            ..candidate("I'm flying to Tokyo next week.")
        };
        let earlier = Candidate { expires_at: Some(at("2026-01-10T00:00:00Z")), ..again.clone() };
        let existing = [trip];
        let actions = reconcile(vec![earlier, again], &existing);
        assert_eq!(
            summary(&actions),
            [
                ("nothing", Some(id(1)), "I'm flying to Tokyo next week.".into()),
                ("update", Some(id(1)), "I'm flying to Tokyo next week.".into()),
            ]
        );
        let deleted = reconcile(vec![retraction("I'm flying to Tokyo next week.")], &existing);
        assert_eq!(
            summary(&deleted),
            [("delete", Some(id(1)), "I'm flying to Tokyo next week.".into())]
        );
    }

    #[test]
    fn counts_and_favourites_are_single_valued_but_likes_are_not() {
        let existing = [
            memory(1, "I have a dog."),
            memory(2, "My favourite colour is blue."),
            memory(3, "I like jazz."),
        ];
        let actions = reconcile(
            vec![
                candidate("I have two dogs."),
                candidate("Green is my favorite color."),
                candidate("I like hiking."),
            ],
            &existing,
        );
        assert_eq!(
            summary(&actions),
            [
                ("update", Some(id(1)), "I have two dogs.".into()),
                ("update", Some(id(2)), "Green is my favorite color.".into()),
                ("add", None, "I like hiking.".into()),
            ]
        );
    }
}
