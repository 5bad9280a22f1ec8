#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::*;
use crate::model::mock::{Headers, MockServer, Reply, closed_port};
use crate::{Action, Intent, reconcile};
use memsync_types::{Category, Memory, MemoryId, MemoryKind, Source};

/// A word that must never reach an error message.
const CANARY: &str = "zebra-canary-42";

fn context() -> ExtractContext {
    ExtractContext { now: "2026-03-04T10:00:00Z".parse().unwrap() }
}

fn conversation() -> Vec<Message> {
    vec![
        Message::user(format!("I'm flying to Rome on Friday, code {CANARY}.")),
        Message::assistant("Have a great trip!"),
        Message::user("Also, I work at Acme now."),
    ]
}

/// A `generateContent` response whose first candidate says `parts`.
fn generated(parts: &[&str], finish: &str) -> Value {
    let parts: Vec<Value> = parts.iter().map(|text| json!({ "text": text })).collect();
    json!({
        "candidates": [{
            "content": { "role": "model", "parts": parts },
            "finishReason": finish,
            "index": 0
        }],
        "modelVersion": "gemini-test"
    })
}

const MEMORIES: &str = r#"{"memories": [
  {"text": "I'm flying to Rome on Friday.", "intent": "assert", "kind": "episodic",
   "expires_at": "2026-03-07T00:00:00Z", "categories": ["travel"], "tags": [], "confidence": 0.8},
  {"text": "I work at Acme.", "intent": "assert", "kind": "semantic",
   "categories": ["career"], "tags": ["work"], "confidence": 0.9}
]}"#;

fn extractor(server: &MockServer) -> GeminiExtractorBuilder {
    GeminiExtractor::builder("gemini-test")
        .base_url(&server.base)
        .api_key("test-key")
        .timeout(Duration::from_secs(10))
}

async fn run(extractor: &GeminiExtractor) -> Result<Vec<Candidate>, ExtractError> {
    extractor.extract(&conversation(), &context()).await
}

fn error(result: Result<Vec<Candidate>, ExtractError>) -> ExtractError {
    let err = result.unwrap_err();
    assert!(!err.to_string().contains(CANARY), "{err}");
    err
}

#[tokio::test]
async fn a_good_answer_becomes_candidates_and_the_request_is_well_formed() {
    let server = MockServer::start(Reply::Json(200, generated(&[MEMORIES], "STOP"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    assert_eq!(candidates.len(), 2);
    assert_eq!(candidates[0].kind, MemoryKind::Episodic);
    assert_eq!(candidates[0].expires_at, Some("2026-03-07T00:00:00Z".parse().unwrap()));
    assert_eq!(candidates[1].categories, [Category::Career].into());

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1beta/models/gemini-test:generateContent");
    assert_eq!(request.headers["x-goog-api-key"], "test-key");
    assert!(request.headers.get("authorization").is_none());
    let body = &request.body;
    let system = body["systemInstruction"]["parts"][0]["text"].as_str().unwrap();
    assert!(system.contains("first person"));
    let roles: Vec<&str> =
        body["contents"].as_array().unwrap().iter().map(|c| c["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["user", "model", "user", "user"]);
    assert_eq!(body["contents"][1]["parts"][0]["text"], "Have a great trip!");
    let config = &body["generationConfig"];
    assert_eq!(config["responseMimeType"], "application/json");
    assert_eq!(config["temperature"], 0.0);
    assert_eq!(config["maxOutputTokens"], 4096);
    assert_eq!(config["responseSchema"]["type"], "OBJECT");
    assert!(config["responseSchema"]["properties"]["memories"]["items"].is_object());
}

#[tokio::test]
async fn split_parts_fences_and_thoughts_are_read() {
    let (head, tail) = MEMORIES.split_at(40);
    let fenced_head = format!("Here you go:\n```json\n{head}");
    let fenced_tail = format!("{tail}\n```\nDone.");
    let mut body = generated(&[&fenced_head, &fenced_tail], "STOP");
    // A thinking model's thought comes first and is not part of the answer.
    body["candidates"][0]["content"]["parts"]
        .as_array_mut()
        .unwrap()
        .insert(0, json!({ "text": "[{\"text\": \"not this\"}]", "thought": true }));
    let server = MockServer::start(Reply::Json(200, body, vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    let texts: Vec<&str> = candidates.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["I'm flying to Rome on Friday.", "I work at Acme."]);
}

#[tokio::test]
async fn max_tokens_keeps_the_complete_memories() {
    let partial = &MEMORIES[..MEMORIES.find("Acme").unwrap()];
    let server =
        MockServer::start(Reply::Json(200, generated(&[partial], "MAX_TOKENS"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    assert_eq!(candidates.len(), 1);

    let nothing = &MEMORIES[..MEMORIES.find("Rome").unwrap()];
    let server =
        MockServer::start(Reply::Json(200, generated(&[nothing], "MAX_TOKENS"), vec![])).await;
    let err = error(run(&extractor(&server).build().unwrap()).await);
    assert!(matches!(err, ExtractError::InvalidResponse(_)));
    assert!(err.to_string().contains("cut off at the token limit (4096)"), "{err}");
}

#[tokio::test]
async fn garbage_is_an_invalid_response() {
    let text = format!("Sorry, no. {CANARY}");
    let server = MockServer::start(Reply::Json(200, generated(&[&text], "STOP"), vec![])).await;
    let err = error(run(&extractor(&server).build().unwrap()).await);
    assert!(matches!(&err, ExtractError::InvalidResponse(m) if m.contains("no list of memories")));

    let server = MockServer::start(Reply::Json(200, json!({ "usageMetadata": {} }), vec![])).await;
    let err = error(run(&extractor(&server).build().unwrap()).await);
    assert!(err.to_string().contains("answered no candidates"), "{err}");
}

#[tokio::test]
async fn blocked_prompts_and_safety_stops_are_backend_errors() {
    let blocked = json!({ "promptFeedback": { "blockReason": "SAFETY", "safetyRatings": [] } });
    let server = MockServer::start(Reply::Json(200, blocked, vec![])).await;
    let err = error(run(&extractor(&server).build().unwrap()).await);
    assert!(
        matches!(&err, ExtractError::Backend(m) if m.contains("blocked the prompt (block reason SAFETY)")),
        "{err}"
    );

    let server = MockServer::start(Reply::Json(200, generated(&[], "SAFETY"), vec![])).await;
    let err = error(run(&extractor(&server).build().unwrap()).await);
    assert!(
        matches!(&err, ExtractError::Backend(m) if m.contains("finish reason SAFETY") && m.contains("safety filters")),
        "{err}"
    );
}

#[tokio::test]
async fn error_statuses_name_the_host_and_status() {
    let error_body = json!({ "error": {
        "code": 400, "message": format!("Invalid value at {CANARY}"), "status": "INVALID_ARGUMENT"
    }});
    let cases: [(u16, Headers, &str); 4] = [
        (400, vec![], "rejected the request (HTTP 400, 400)"),
        (403, vec![], "refused the credentials (HTTP 403"),
        (429, vec![("retry-after", "30")], "retry after 30 s"),
        (500, vec![], "failed (HTTP 500"),
    ];
    for (status, headers, expected) in cases {
        let server = MockServer::start(Reply::Json(status, error_body.clone(), headers)).await;
        let err = error(run(&extractor(&server).build().unwrap()).await);
        let message = err.to_string();
        assert!(matches!(err, ExtractError::Backend(_)));
        assert!(message.contains(server.base.trim_start_matches("http://")), "{message}");
        assert!(message.contains(expected), "{status}: {message}");
    }
}

#[tokio::test]
async fn a_hanging_server_times_out() {
    let server = MockServer::start(Reply::Hang).await;
    let extractor = extractor(&server).timeout(Duration::from_millis(300)).build().unwrap();
    let started = Instant::now();
    let err = error(run(&extractor).await);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(err.to_string().contains("did not answer within 300 ms (timed out)"), "{err}");
}

#[tokio::test]
async fn a_refused_connection_is_a_backend_error() {
    let extractor = GeminiExtractor::builder("models/gemini-test")
        .base_url(closed_port().await)
        .build()
        .unwrap();
    assert_eq!(extractor.model(), "gemini-test");
    let err = error(run(&extractor).await);
    assert!(err.to_string().contains("cannot connect to 127.0.0.1:"), "{err}");
}

#[test]
fn bad_model_names_and_keys_in_debug() {
    assert!(matches!(GeminiExtractor::builder("a/b").build(), Err(ExtractError::Config(_))));
    assert!(matches!(GeminiExtractor::builder("").build(), Err(ExtractError::Config(_))));
    let extractor = GeminiExtractor::builder("gemini-2.5-flash").api_key("AIza-secret").build();
    assert!(!format!("{extractor:?}").contains("AIza-secret"));
}

#[tokio::test]
async fn model_candidates_reconcile_against_existing_memories() {
    let server = MockServer::start(Reply::Json(200, generated(&[MEMORIES], "STOP"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    let now = "2026-03-01T10:00:00Z".parse().unwrap();
    let job = Memory {
        id: MemoryId::derived(b"job"),
        text: "I work at Globex.".to_owned(),
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: [Category::Career].into(),
        tags: Default::default(),
        source: Source::app("test"),
        created_at: now,
        updated_at: now,
        confidence: 0.9,
        version: 1,
    };
    let actions = reconcile(candidates, std::slice::from_ref(&job));
    assert!(matches!(&actions[0], Action::Add(c) if c.intent == Intent::Assert), "{actions:#?}");
    assert!(
        matches!(&actions[1], Action::Update { id, candidate } if *id == job.id && candidate.text == "I work at Acme."),
        "{actions:#?}"
    );
}
