#![allow(clippy::unwrap_used)]

use super::*;
use memsync_types::Message;

fn parsed(answer: &str) -> Answer {
    parse_answer(answer).unwrap_or_else(|err| panic!("{err}"))
}

fn texts(answer: &Answer) -> Vec<&str> {
    answer.candidates.iter().map(|c| c.text.as_str()).collect()
}

fn invalid(answer: &str) -> String {
    match parse_answer(answer) {
        Err(ExtractError::InvalidResponse(message)) => message,
        other => panic!("expected an invalid response, got {other:?}"),
    }
}

const GOOD: &str = r#"{"memories": [
  {"text": "I live in Berlin.", "intent": "assert", "kind": "semantic", "expires_at": null,
   "categories": ["identity"], "tags": ["home"], "confidence": 0.9},
  {"text": "I'm flying to Rome on Friday.", "intent": "assert", "kind": "episodic",
   "expires_at": "2026-03-07T00:00:00Z", "categories": ["travel"], "tags": [], "confidence": 0.8}
]}"#;

#[test]
fn plain_json_object() {
    let answer = parsed(GOOD);
    assert_eq!(texts(&answer), ["I live in Berlin.", "I'm flying to Rome on Friday."]);
    assert!(!answer.salvaged);
    assert_eq!(answer.skipped, 0);
    let trip = &answer.candidates[1];
    assert_eq!(trip.kind, MemoryKind::Episodic);
    assert_eq!(trip.expires_at, Some("2026-03-07T00:00:00Z".parse().unwrap()));
    assert_eq!(trip.categories, BTreeSet::from([Category::Travel]));
    assert_eq!(answer.candidates[0].tags, BTreeSet::from(["home".to_owned()]));
    assert!((answer.candidates[0].confidence - 0.9).abs() < 1e-6);
}

#[test]
fn bare_array() {
    let answer = parsed(r#"[{"text": "I'm vegan.", "kind": "semantic", "confidence": 0.9}]"#);
    assert_eq!(texts(&answer), ["I'm vegan."]);
    assert_eq!(answer.candidates[0].intent, Intent::Assert);
}

#[test]
fn an_empty_list_is_nothing_to_remember() {
    assert!(parsed(r#"{"memories": []}"#).candidates.is_empty());
    assert!(parsed("[]").candidates.is_empty());
}

#[test]
fn fenced_json_with_prose_around_it() {
    let answer = format!(
        "Sure! Here are the memories I found:\n\n```json\n{GOOD}\n```\n\nLet me know if you \
         need anything else."
    );
    assert_eq!(parsed(&answer).candidates.len(), 2);
    // An unlabelled fence, and no fence at all.
    assert_eq!(parsed(&format!("```\n{GOOD}\n```")).candidates.len(), 2);
    assert_eq!(parsed(&format!("Here you go: {GOOD} Hope this helps [1].")).candidates.len(), 2);
}

#[test]
fn prose_with_brackets_before_the_json() {
    let answer = format!("I found [two] memories {{as asked}}:\n{GOOD}");
    assert_eq!(parsed(&answer).candidates.len(), 2);
}

#[test]
fn a_thinking_section_is_ignored() {
    let answer = format!("<think>The user said {{\"x\": [1]}} maybe.</think>\n{GOOD}");
    assert_eq!(parsed(&answer).candidates.len(), 2);
}

#[test]
fn trailing_commas_are_forgiven() {
    let answer =
        r#"{"memories": [{"text": "I like jazz, a lot.", "categories": ["interests",],},],}"#;
    let answer = parsed(answer);
    assert_eq!(texts(&answer), ["I like jazz, a lot."]);
    assert_eq!(answer.candidates[0].categories, BTreeSet::from([Category::Interests]));
}

#[test]
fn a_cut_off_answer_keeps_its_complete_items() {
    let cut = &GOOD[..GOOD.find("Rome").unwrap()];
    let answer = parsed(cut);
    assert!(answer.salvaged);
    assert_eq!(texts(&answer), ["I live in Berlin."]);
    // Cut inside a fenced block, with braces inside strings.
    let fenced = "```json\n{\"memories\": [{\"text\": \"I use {curly} braces.\"}, {\"text\": \"I";
    assert_eq!(texts(&parsed(fenced)), ["I use {curly} braces."]);
}

#[test]
fn a_cut_off_answer_with_no_complete_item_is_an_error() {
    let message = invalid(r#"{"memories": [{"text": "I live in Ber"#);
    assert!(message.contains("before its first complete memory"), "{message}");
    assert!(!message.contains("Ber"), "the error must not echo the answer: {message}");
}

#[test]
fn garbage_is_an_error_without_its_content() {
    let message = invalid("I'm sorry, I cannot help with that secret-canary request.");
    assert!(message.contains("no list of memories"), "{message}");
    assert!(!message.contains("secret-canary"), "{message}");
    let message = invalid("{\"memories\": 12 secret-canary");
    assert!(!message.contains("secret-canary"), "{message}");
    assert_eq!(invalid("   "), "the answer is empty");
    // Valid JSON of the wrong shape.
    assert!(invalid(r#"{"status": "ok"}"#).contains("no list of memories"));
}

#[test]
fn unknown_categories_are_dropped() {
    let answer =
        parsed(r#"[{"text": "I work at Acme.", "categories": ["Career", "work", 7, "identity"]}]"#);
    assert_eq!(
        answer.candidates[0].categories,
        BTreeSet::from([Category::Career, Category::Identity])
    );
    let single = parsed(r#"[{"text": "I work at Acme.", "categories": "career"}]"#);
    assert_eq!(single.candidates[0].categories, BTreeSet::from([Category::Career]));
}

#[test]
fn confidence_is_clamped_or_defaulted() {
    let answer = parsed(
        r#"[{"text": "I am 34.", "confidence": 7}, {"text": "I am tall.", "confidence": -1},
            {"text": "I am left-handed.", "confidence": "0.25"}, {"text": "I am Sam."}]"#,
    );
    let confidences: Vec<f32> = answer.candidates.iter().map(|c| c.confidence).collect();
    assert_eq!(confidences, [1.0, 0.0, 0.25, DEFAULT_CONFIDENCE]);
}

#[test]
fn empty_and_oversize_texts_are_dropped() {
    let long = "a".repeat(MAX_TEXT_BYTES + 1);
    let answer = parsed(&format!(
        r#"[{{"text": "  "}}, {{"text": "{long}"}}, {{"kind": "semantic"}}, {{"text": "I run."}}]"#
    ));
    assert_eq!(texts(&answer), ["I run."]);
    assert_eq!(answer.skipped, 3);
}

#[test]
fn invalid_kinds_and_intents_skip_their_item() {
    let answer = parsed(
        r#"[{"text": "I am Sam.", "kind": "procedural"}, {"text": "I smoke.", "intent": "maybe"},
            {"text": "I eat meat.", "intent": "retract", "kind": "SEMANTIC"}]"#,
    );
    assert_eq!(texts(&answer), ["I eat meat."]);
    assert_eq!(answer.candidates[0].intent, Intent::Retract);
    assert_eq!(answer.skipped, 2);
}

#[test]
fn all_items_unusable_is_an_error() {
    let message = invalid(r#"{"memories": [{"text": "I am Sam.", "kind": "procedural"}, 3]}"#);
    assert!(message.contains("none of the 2 memories"), "{message}");
    assert!(message.contains("unknown kind"), "{message}");
    assert!(!message.contains("Sam"), "{message}");
}

#[test]
fn expiries_are_read_leniently_and_only_kept_on_episodic_items() {
    let answer = parsed(
        r#"[{"text": "I have a dentist appointment.", "kind": "episodic", "expires_at": "2026-03-05"},
            {"text": "I have an exam.", "expires_at": "2026-03-05T12:00:00+02:00"},
            {"text": "I live in Porto.", "kind": "semantic", "expires_at": "2026-03-05T00:00:00Z"},
            {"text": "I have a deadline.", "kind": "episodic", "expires_at": "next week"}]"#,
    );
    let expiries: Vec<Option<Timestamp>> = answer.candidates.iter().map(|c| c.expires_at).collect();
    assert_eq!(
        expiries,
        [
            Some("2026-03-06T00:00:00Z".parse().unwrap()),
            Some("2026-03-05T10:00:00Z".parse().unwrap()),
            None,
            None
        ]
    );
    // No kind but an expiry: episodic.
    assert_eq!(answer.candidates[1].kind, MemoryKind::Episodic);
    assert_eq!(answer.candidates[3].kind, MemoryKind::Episodic);
}

#[test]
fn tags_are_trimmed_and_bounded() {
    let long = "t".repeat(MAX_TAG_BYTES + 1);
    let many: Vec<String> = (0..MAX_TAGS + 5).map(|i| format!("\"t{i}\"")).collect();
    let answer = parsed(&format!(
        r#"[{{"text": "I cook.", "tags": [" food ", "", "{long}", 3]}},
            {{"text": "I bake.", "tags": [{}]}}]"#,
        many.join(",")
    ));
    assert_eq!(answer.candidates[0].tags, BTreeSet::from(["food".to_owned()]));
    assert_eq!(answer.candidates[1].tags.len(), MAX_TAGS);
}

#[test]
fn other_wrappers_are_accepted() {
    assert_eq!(parsed(r#"{"facts": [{"text": "I swim."}]}"#).candidates.len(), 1);
    assert_eq!(parsed(r#"{"text": "I swim.", "kind": "semantic"}"#).candidates.len(), 1);
}

#[test]
fn the_schemas_list_every_category_and_field() {
    let schema = json_schema();
    let item = &schema["properties"]["memories"]["items"];
    assert_eq!(item["required"].as_array().unwrap().len(), 7);
    assert_eq!(item["properties"]["categories"]["items"]["enum"].as_array().unwrap().len(), 10);
    let openapi = openapi_schema();
    assert_eq!(
        openapi["properties"]["memories"]["items"]["properties"]["expires_at"]["nullable"],
        true
    );
}

#[test]
fn the_prompt_keeps_user_and_assistant_turns_and_drops_system_ones() {
    let now: Timestamp = "2026-03-04T10:00:00Z".parse().unwrap();
    let context = ExtractContext { now };
    let messages = [
        Message { role: Role::System, content: "You are helpful.".to_owned(), at: None },
        Message::user("I live in Berlin."),
        Message::assistant("Nice!"),
    ];
    let prompt = prompt(&messages, &context).unwrap();
    let turns: Vec<(bool, &str)> = prompt.turns.iter().map(|t| (t.from_user, &*t.text)).collect();
    assert_eq!(turns, [(true, "I live in Berlin."), (false, "Nice!"), (true, CLOSING_TURN)]);
    assert!(prompt.system.contains("2026-03-04T10:00:00Z"));
    for category in Category::ALL {
        assert!(prompt.system.contains(&format!("\"{category}\"")));
    }
    // Nothing from the user: nothing to send.
    assert!(super::prompt(&[Message::assistant("Hello!")], &context).is_none());
}

#[test]
fn api_keys_are_not_printed() {
    let key = ApiKey::new("sk-secret".to_owned());
    assert!(!format!("{key:?}").contains("sk-secret"));
    assert!(key.header("Bearer ").unwrap().is_sensitive());
}

#[test]
fn endpoints_append_to_the_base_path() {
    let endpoint = Endpoint::new("http://localhost:11434/v1/", &["chat", "completions"]).unwrap();
    assert_eq!(endpoint.url.as_str(), "http://localhost:11434/v1/chat/completions");
    assert_eq!(endpoint.host, "localhost:11434");
    assert!(Endpoint::new("not a url", &[]).is_err());
    assert!(Endpoint::new("file:///etc", &[]).is_err());
}
