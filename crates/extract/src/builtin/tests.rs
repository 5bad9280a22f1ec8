#![allow(clippy::unwrap_used)]

use std::future::Future as _;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use serde::Deserialize;

use super::*;
use crate::{Action, reconcile};
use memsync_types::Category::{
    Career, Finance, Health, Identity, Interests, Learning, Private, Productivity, Relationships,
    Travel,
};
use memsync_types::{Memory, MemoryId, Source};

/// Wednesday 4 March 2026, 10:00 UTC.
const NOW: &str = "2026-03-04T10:00:00Z";

fn context() -> ExtractContext {
    ExtractContext { now: NOW.parse().unwrap() }
}

/// What one candidate should be.
#[derive(Debug)]
struct Expected {
    text: &'static str,
    intent: Intent,
    /// `None` for a semantic candidate, the expiry for an episodic one.
    expires: Option<&'static str>,
    categories: &'static [Category],
}

const fn fact(text: &'static str, categories: &'static [Category]) -> Expected {
    Expected { text, intent: Intent::Assert, expires: None, categories }
}

const fn event(
    text: &'static str,
    expires: &'static str,
    categories: &'static [Category],
) -> Expected {
    Expected { text, intent: Intent::Assert, expires: Some(expires), categories }
}

const fn retract(text: &'static str, categories: &'static [Category]) -> Expected {
    Expected { text, intent: Intent::Retract, expires: None, categories }
}

/// What the user says in one message, and what the extractor should make of it (an empty list:
/// everything dropped).
const UTTERANCES: &[(&str, &[Expected])] = &[
    // Identity.
    ("Hi! My name is Sam.", &[fact("My name is Sam.", &[Identity])]),
    ("hey, I'm Priya", &[fact("I'm Priya.", &[Identity])]),
    // Lower case and no apostrophe: kept, but the name is not recognised as a name.
    ("hey im priya", &[fact("I'm priya.", &[])]),
    ("Call me Alex.", &[fact("Call me Alex.", &[Identity])]),
    (
        "I'm 34 years old and I live in Berlin.",
        &[fact("I'm 34 years old.", &[Identity]), fact("I live in Berlin.", &[Identity])],
    ),
    (
        "i live in new york city with my boyfriend",
        &[fact("I live in new york city with my boyfriend.", &[Identity, Relationships])],
    ),
    (
        "I speak English and a bit of German.",
        &[fact("I speak English and a bit of German.", &[Identity])],
    ),
    ("Btw my email is sam@example.com", &[fact("My email is sam@example.com.", &[Identity])]),
    ("My birthday is March 3rd.", &[fact("My birthday is March 3rd.", &[Identity])]),
    (
        "Today is my birthday!!",
        &[event("Today is my birthday.", "2026-03-05T00:00:00Z", &[Identity])],
    ),
    (
        "Hey! I'm Tom, a teacher from Leeds. Can you help me write a lesson plan?",
        &[fact("I'm Tom, a teacher from Leeds.", &[Career, Identity])],
    ),
    // Career.
    (
        "I work as a nurse at St. Mary's hospital.",
        &[fact("I work as a nurse at St. Mary's hospital.", &[Career])],
    ),
    (
        "I'm a software engineer at Google.",
        &[fact("I'm a software engineer at Google.", &[Career])],
    ),
    (
        "My boss is really difficult to work with.",
        &[fact("My boss is really difficult to work with.", &[Career])],
    ),
    ("I'm no longer a student.", &[retract("I am a student.", &[Career, Learning])]),
    ("I no longer work at Acme.", &[retract("I work at Acme.", &[Career])]),
    ("I work at Acme. That's not true anymore.", &[retract("I work at Acme.", &[Career])]),
    // Interests.
    ("I love hiking and jazz.", &[fact("I love hiking and jazz.", &[Interests])]),
    ("I hate cilantro.", &[fact("I hate cilantro.", &[Interests])]),
    ("I don't like horror movies", &[fact("I don't like horror movies.", &[Interests])]),
    ("My favourite band is Radiohead.", &[fact("My favourite band is Radiohead.", &[Interests])]),
    ("I'm a huge fan of the Lakers.", &[fact("I'm a huge fan of the Lakers.", &[Interests])]),
    (
        "I'm a big fan of Formula 1 and I watch every race.",
        &[fact("I'm a big fan of Formula 1.", &[Interests]), fact("I watch every race.", &[])],
    ),
    (
        "I'm pescetarian and I hate olives.",
        &[fact("I'm pescetarian.", &[Health]), fact("I hate olives.", &[Interests])],
    ),
    // Relationships.
    ("My sister lives in Paris.", &[fact("My sister lives in Paris.", &[Relationships])]),
    ("My wife's name is Anna.", &[fact("My wife's name is Anna.", &[Relationships])]),
    ("I have two kids and a dog.", &[fact("I have two kids and a dog.", &[Relationships])]),
    ("I've got two cats.", &[fact("I've got two cats.", &[Relationships])]),
    ("My kids are 5 and 7.", &[fact("My kids are 5 and 7.", &[Relationships])]),
    ("We got married in 2015.", &[fact("We got married in 2015.", &[Relationships])]),
    ("Forget that I have a cat.", &[retract("I have a cat.", &[Relationships])]),
    (
        "My daughter Emma starts school next week.",
        &[event(
            "My daughter Emma starts school next week.",
            "2026-03-19T00:00:00Z",
            &[Learning, Relationships],
        )],
    ),
    // Health.
    (
        "I'm allergic to peanuts, so please no peanut recipes.",
        &[fact("I'm allergic to peanuts.", &[Health])],
    ),
    ("I think I'm allergic to cats.", &[fact("I think I'm allergic to cats.", &[Health])]),
    ("I don't eat pork.", &[fact("I don't eat pork.", &[Health])]),
    ("I'm not vegan anymore", &[retract("I am vegan.", &[Health])]),
    (
        "I'm not allergic to peanuts anymore, the test was wrong.",
        &[retract("I am allergic to peanuts.", &[Health])],
    ),
    ("I quit smoking last year.", &[retract("I smoke.", &[Health])]),
    ("I hit the gym three times a week.", &[fact("I hit the gym three times a week.", &[Health])]),
    ("im trying to lose weight", &[fact("I'm trying to lose weight.", &[Health])]),
    (
        "My doctor says I have mild asthma.",
        &[fact("My doctor says I have mild asthma.", &[Health])],
    ),
    ("I can't eat gluten anymore.", &[fact("I can't eat gluten anymore.", &[Health])]),
    (
        "I'm vegetarian but I eat fish.",
        &[fact("I'm vegetarian.", &[Health]), fact("I eat fish.", &[Interests])],
    ),
    (
        "I'm going to the dentist tomorrow morning.",
        &[event("I'm going to the dentist tomorrow morning.", "2026-03-06T00:00:00Z", &[Health])],
    ),
    (
        "I have a dentist appointment on Friday.",
        &[event("I have a dentist appointment on Friday.", "2026-03-07T00:00:00Z", &[Health])],
    ),
    (
        "I usually wake up at 6 a.m. and go for a run.",
        &[fact("I usually wake up at 6 a.m. and go for a run.", &[Health, Productivity])],
    ),
    // Private.
    (
        "I voted for the Greens in the last election.",
        &[fact("I voted for the Greens in the last election.", &[Private])],
    ),
    (
        "My password for the wifi is hunter2",
        &[fact("My password for the wifi is hunter2.", &[Private])],
    ),
    (
        "I've been seeing a therapist for my anxiety.",
        &[fact("I've been seeing a therapist for my anxiety.", &[Health, Private])],
    ),
    ("I'm Catholic.", &[fact("I'm Catholic.", &[Private])]),
    // Finance.
    ("I'm saving up for a house.", &[fact("I'm saving up for a house.", &[Finance])]),
    ("I pay $1,200 in rent every month.", &[fact("I pay $1,200 in rent every month.", &[Finance])]),
    // Learning.
    (
        "I'm learning Spanish on Duolingo.",
        &[fact("I'm learning Spanish on Duolingo.", &[Learning])],
    ),
    ("I have a 3.5 GPA.", &[fact("I have a 3.5 GPA.", &[Learning])]),
    (
        "I need to finish my thesis by Friday.",
        &[event("I need to finish my thesis by Friday.", "2026-03-07T00:00:00Z", &[Learning])],
    ),
    // Travel.
    (
        "I'm flying to Tokyo tomorrow!",
        &[event("I'm flying to Tokyo tomorrow.", "2026-03-06T00:00:00Z", &[Travel])],
    ),
    (
        "I'm going to Japan in April for two weeks.",
        &[event("I'm going to Japan in April for two weeks.", "2026-05-01T00:00:00Z", &[Travel])],
    ),
    ("I'd love to visit Japan someday.", &[fact("I'd love to visit Japan someday.", &[Travel])]),
    (
        "We're moving to Lisbon next month.",
        &[event("We're moving to Lisbon next month.", "2026-05-01T00:00:00Z", &[Identity])],
    ),
    ("I moved away from Berlin.", &[retract("I live in Berlin.", &[Identity])]),
    (
        "I went hiking yesterday with my dog.",
        &[event(
            "I went hiking yesterday with my dog.",
            "2026-04-04T00:00:00Z",
            &[Interests, Relationships],
        )],
    ),
    // Productivity.
    (
        "I prefer short answers with bullet points.",
        &[fact("I prefer short answers with bullet points.", &[Productivity])],
    ),
    ("I'm in the Pacific time zone.", &[fact("I'm in the Pacific time zone.", &[Productivity])]),
    ("I use vim for everything.", &[fact("I use vim for everything.", &[Productivity])]),
    ("Always use metric units.", &[fact("Always use metric units.", &[Productivity])]),
    // Mixed messages.
    ("I'm vegan. Any dinner ideas?", &[fact("I'm vegan.", &[Health])]),
    (
        "I live in Madrid. Scratch that, I live in Valencia.",
        &[fact("I live in Valencia.", &[Identity])],
    ),
    (
        "Thanks! Also, I have a cat named Luna 🐱 she's 3",
        &[fact("I have a cat named Luna.", &[Relationships])],
    ),
    (
        "- I'm a designer\n- I work remotely\n- I'm based in Porto",
        &[
            fact("I'm a designer.", &[Career]),
            fact("I work remotely.", &[Productivity]),
            fact("I'm based in Porto.", &[Identity]),
        ],
    ),
    // Dropped: questions, requests, filler, feedback, hypotheticals, third parties.
    ("Can you recommend a good book?", &[]),
    ("What's the weather like in Rome?", &[]),
    ("Who won the World Cup in 2018", &[]),
    ("Is it going to rain tomorrow?", &[]),
    ("Do you know any good restaurants near me?", &[]),
    ("Not sure, maybe next week?", &[]),
    ("Please write a poem about my dog.", &[]),
    ("help me plan a trip to Rome", &[]),
    ("Tell me a joke", &[]),
    ("I need a recipe for dinner.", &[]),
    ("I want you to act as a travel agent.", &[]),
    ("Thanks!", &[]),
    ("ok", &[]),
    ("lol", &[]),
    ("I see.", &[]),
    ("I like it!", &[]),
    ("I'll try that tomorrow.", &[]),
    ("I prefer the second option.", &[]),
    ("Sorry, I meant Thursday.", &[]),
    ("If I were rich, I would buy a boat.", &[]),
    ("Imagine I'm a pirate.", &[]),
    ("Maybe I should learn Python.", &[]),
    ("Paris is beautiful in spring.", &[]),
    ("Einstein was born in Germany.", &[]),
    ("That's my sister.", &[]),
    ("```\nmy_name = \"Sam\"\n```", &[]),
];

#[test]
fn utterances_become_the_expected_candidates() {
    let extractor = BuiltinExtractor::new();
    let mut failures = Vec::new();
    for (utterance, expected) in UTTERANCES {
        let found = extractor.candidates(&[Message::user(*utterance)], &context());
        let found: Vec<String> = found.iter().map(describe).collect();
        let expected: Vec<String> = expected.iter().map(describe_expected).collect();
        if found != expected {
            failures
                .push(format!("{utterance:?}\n  found:    {found:#?}\n  expected: {expected:#?}"));
        }
    }
    assert!(UTTERANCES.len() >= 60);
    assert!(
        failures.is_empty(),
        "{} of {} utterances:\n{}",
        failures.len(),
        UTTERANCES.len(),
        failures.join("\n")
    );
}

fn describe(c: &Candidate) -> String {
    let categories: Vec<&str> = c.categories.iter().map(|c| c.as_str()).collect();
    let when = match (c.kind, c.expires_at) {
        (MemoryKind::Semantic, None) => "semantic".to_owned(),
        (MemoryKind::Episodic, Some(at)) => format!("episodic until {at}"),
        (kind, at) => format!("{kind} with expiry {at:?}"),
    };
    format!("{:?} {:?} {when} {categories:?}", c.text, c.intent)
}

fn describe_expected(e: &Expected) -> String {
    let categories: BTreeSet<Category> = e.categories.iter().copied().collect();
    let categories: Vec<&str> = categories.iter().map(|c| c.as_str()).collect();
    let when = e.expires.map_or("semantic".to_owned(), |at| format!("episodic until {at}"));
    format!("{:?} {:?} {when} {categories:?}", e.text, e.intent)
}

#[test]
fn only_the_user_is_heard() {
    let messages = [
        Message {
            role: Role::System,
            content: "You are a helpful assistant. I am Sam.".into(),
            at: None,
        },
        Message::user("I live in Berlin."),
        Message::assistant("Great! I live in the cloud. You live in Berlin and you love jazz."),
        Message::assistant("My name is ChatGPT. I'm an AI language model. I like helping."),
        Message::user("Thanks!"),
    ];
    let found = BuiltinExtractor::new().candidates(&messages, &context());
    let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["I live in Berlin."]);
    let only_assistant = &messages[2..4];
    assert!(BuiltinExtractor::new().candidates(only_assistant, &context()).is_empty());
}

#[test]
fn the_same_input_gives_the_same_output() {
    let messages: Vec<Message> =
        UTTERANCES.iter().map(|(utterance, _)| Message::user(*utterance)).collect();
    let first = BuiltinExtractor::new().candidates(&messages, &context());
    let second = BuiltinExtractor::default().candidates(&messages, &context());
    assert_eq!(first, second);
    assert!(first.len() > 60);
    for candidate in &first {
        assert!((0.0..=1.0).contains(&candidate.confidence), "{candidate:?}");
        assert!(candidate.text.len() <= MAX_TEXT_BYTES);
        assert!(candidate.text.ends_with('.'));
        assert_eq!(candidate.kind == MemoryKind::Episodic, candidate.expires_at.is_some());
    }
}

#[test]
fn scratch_that_and_not_true_anymore_refer_only_to_what_was_just_said() {
    let texts = |messages: &[Message]| -> Vec<(String, Intent)> {
        BuiltinExtractor::new()
            .candidates(messages, &context())
            .into_iter()
            .map(|c| (c.text, c.intent))
            .collect()
    };
    let said = |text: &str| (text.to_owned(), Intent::Assert);
    let taken_back = |text: &str| (text.to_owned(), Intent::Retract);
    // Right after the statement, in the same message or the next one.
    assert_eq!(texts(&[Message::user("I live in Rome."), Message::user("Scratch that.")]), []);
    assert_eq!(
        texts(&[Message::user("I work at Acme."), Message::user("That's no longer true!")]),
        [taken_back("I work at Acme.")]
    );
    // Not after a question, nor after the assistant spoke.
    assert_eq!(
        texts(&[Message::user("I'm vegan. Can you suggest a recipe? Never mind.")]),
        [said("I'm vegan.")]
    );
    assert_eq!(
        texts(&[
            Message::user("I like jazz."),
            Message::assistant("You work at Acme, right?"),
            Message::user("That's not true anymore."),
        ]),
        [said("I like jazz.")]
    );
}

#[test]
fn strange_input_neither_panics_nor_invents() {
    let strange = [
        "",
        "   \n\t ",
        "🐱👍🏽👩‍👩‍👧",
        "...!!!???",
        "I'm flying in 99999999 years",
        "I'm back in 999999999999999999999 days",
        "My exam is on 2026-02-30 and on the 31st",
        "İSTANBUL İS WHERE I LIVE. I live in İstanbul",
        "我住在北京。I live in 北京",
        "i i i i i i i i",
        "- \n* \n1. \n```",
    ];
    for now in [Timestamp::MIN, Timestamp::MAX, NOW.parse().unwrap()] {
        let context = ExtractContext { now };
        for text in strange {
            let found = BuiltinExtractor::new().candidates(&[Message::user(text)], &context);
            for candidate in &found {
                assert!(!candidate.text.trim_end_matches('.').trim().is_empty(), "{text:?}");
                assert!((0.0..=1.0).contains(&candidate.confidence));
            }
            let _ = reconcile(found, &[]);
        }
    }
}

#[test]
fn time_cues_count_from_the_message_not_from_now() {
    let mut message = Message::user("I have an exam tomorrow.");
    message.at = Some("2026-02-28T09:00:00Z".parse().unwrap());
    let found = BuiltinExtractor::new().candidates(&[message], &context());
    assert_eq!(found[0].expires_at, Some("2026-03-02T00:00:00Z".parse().unwrap()));
}

#[test]
fn explicit_facts_are_surer_than_vague_ones() {
    let confidence = |text: &str| {
        BuiltinExtractor::new().candidates(&[Message::user(text)], &context())[0].confidence
    };
    let explicit = confidence("My name is Sam.");
    let allergy = confidence("I'm allergic to shellfish.");
    let direct = confidence("I like jazz.");
    let indirect = confidence("My sister likes jazz.");
    let hedged = confidence("I think I like jazz.");
    assert!(explicit == allergy && allergy > direct && direct > indirect && indirect > hedged);
    assert!(hedged > 0.0 && explicit <= 1.0);
}

#[test]
fn retractions_restate_what_they_take_back() {
    for (said, restated) in [
        ("I don't eat meat anymore.", "I eat meat."),
        ("I stopped drinking coffee two years ago", "I drink coffee."),
        ("I gave up running because of my knee", "I run."),
        ("We no longer live in Leeds since the move", "We live in Leeds."),
        ("My brother is no longer in the army", "My brother is in the army."),
        ("I quit my job at Acme last week", "I work at Acme."),
        ("I quit my job", "I quit my job."),
        ("Please forget what I said about my ex", "My ex."),
        ("I quit Twitter", "I quit Twitter."),
    ] {
        let found = BuiltinExtractor::new().candidates(&[Message::user(said)], &context());
        assert_eq!(found.len(), 1, "{said}");
        assert_eq!(
            (found[0].text.as_str(), found[0].intent),
            (restated, Intent::Retract),
            "{said}"
        );
    }
}

#[test]
fn base_forms_of_gerunds() {
    for (gerund, base) in [
        ("smoking", "smoke"),
        ("running", "run"),
        ("drinking", "drink"),
        ("eating", "eat"),
        ("hiking", "hike"),
        ("dancing", "dance"),
        ("selling", "sell"),
        ("travelling", "travel"),
        ("visiting", "visit"),
        ("playing", "play"),
        ("using", "use"),
        ("swimming", "swim"),
        ("cooking", "cook"),
    ] {
        assert_eq!(base_form(gerund).as_deref(), Some(base), "{gerund}");
    }
    assert_eq!(base_form("golf"), None);
}

#[test]
fn the_trait_object_gives_the_same_candidates() {
    let extractor: Box<dyn Extractor> = Box::new(BuiltinExtractor::new());
    let messages = [Message::user("I live in Berlin. Can you help?")];
    let context = context();
    let mut future = pin!(extractor.extract(&messages, &context));
    let Poll::Ready(result) = future.as_mut().poll(&mut Context::from_waker(Waker::noop())) else {
        panic!("the built-in extractor answers at once");
    };
    assert_eq!(result.unwrap(), BuiltinExtractor::new().candidates(&messages, &context));
}

/// A realistic conversation, its expected memories, and a later conversation that changes some.
#[derive(Deserialize)]
struct Fixture {
    first: Session,
    second: Session,
}

#[derive(Deserialize)]
struct Session {
    now: Timestamp,
    messages: Vec<Message>,
    /// The memories after this session (texts, kinds, expiries, categories), in order.
    memories: Vec<ExpectedMemory>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ExpectedMemory {
    text: String,
    kind: MemoryKind,
    #[serde(default)]
    expires_at: Option<Timestamp>,
    categories: BTreeSet<Category>,
}

/// Applies `actions` to `memories` as the SDK would, with ids derived from the text.
fn apply(memories: &mut Vec<Memory>, actions: &[Action], now: Timestamp) {
    for action in actions {
        match action {
            Action::Add(c) => memories.push(Memory {
                id: MemoryId::derived(c.text.as_bytes()),
                text: c.text.clone(),
                kind: c.kind,
                expires_at: c.expires_at,
                categories: c.categories.clone(),
                tags: c.tags.clone(),
                source: Source::app("test"),
                created_at: now,
                updated_at: now,
                confidence: c.confidence,
                version: 1,
            }),
            Action::Update { id, candidate: c } => {
                let memory = memories.iter_mut().find(|m| m.id == *id).unwrap();
                memory.text = c.text.clone();
                memory.kind = c.kind;
                memory.expires_at = c.expires_at;
                memory.categories = c.categories.clone();
                memory.updated_at = now;
                memory.version += 1;
            }
            Action::Delete { id, .. } => memories.retain(|m| m.id != *id),
            Action::Nothing { .. } => {}
        }
    }
}

fn run(session: &Session, memories: &mut Vec<Memory>) -> Vec<Action> {
    let context = ExtractContext { now: session.now };
    let candidates = BuiltinExtractor::new().candidates(&session.messages, &context);
    let actions = reconcile(candidates, memories);
    apply(memories, &actions, session.now);
    actions
}

fn summarise(memories: &[Memory]) -> Vec<ExpectedMemory> {
    memories
        .iter()
        .map(|m| ExpectedMemory {
            text: m.text.clone(),
            kind: m.kind,
            expires_at: m.expires_at,
            categories: m.categories.clone(),
        })
        .collect()
}

#[test]
fn every_utterance_as_one_conversation_reconciles_idempotently() {
    let session = Session {
        now: NOW.parse().unwrap(),
        messages: UTTERANCES.iter().map(|(utterance, _)| Message::user(*utterance)).collect(),
        memories: Vec::new(),
    };
    let mut memories = Vec::new();
    let first = run(&session, &mut memories);
    assert!(first.iter().any(|a| matches!(a, Action::Add(_))));
    let before = memories.clone();
    let again = run(&session, &mut memories);
    let changes: Vec<&Action> =
        again.iter().filter(|a| !matches!(a, Action::Nothing { .. })).collect();
    assert!(changes.is_empty(), "{changes:#?}");
    assert_eq!(memories, before);
}

#[test]
fn a_conversation_becomes_memories_and_a_later_one_changes_them() {
    let fixture: Fixture =
        serde_json::from_str(include_str!("../testdata/conversation.json")).unwrap();
    let mut memories = Vec::new();
    run(&fixture.first, &mut memories);
    assert_eq!(summarise(&memories), fixture.first.memories);
    for memory in &memories {
        memory.validate().unwrap();
    }

    // The same conversation again changes nothing.
    let before = memories.clone();
    let again = run(&fixture.first, &mut memories);
    assert!(again.iter().all(|a| matches!(a, Action::Nothing { .. })), "{again:#?}");
    assert_eq!(memories, before);

    // A later conversation updates, deletes and adds; and is idempotent too.
    run(&fixture.second, &mut memories);
    assert_eq!(summarise(&memories), fixture.second.memories);
    let after = memories.clone();
    let again = run(&fixture.second, &mut memories);
    assert!(again.iter().all(|a| matches!(a, Action::Nothing { .. })), "{again:#?}");
    assert_eq!(memories, after);
}
