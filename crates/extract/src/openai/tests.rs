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
        Message::user(format!("I live in Lisbon and my password hint is {CANARY}.")),
        Message::assistant("Noted!"),
        Message::user("I don't eat meat anymore."),
    ]
}

/// A chat-completions response whose message says `content`.
fn completion(content: &str, finish: &str) -> Value {
    json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "test-model",
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": content },
            "finish_reason": finish
        }]
    })
}

const MEMORIES: &str = r#"{"memories": [
  {"text": "I live in Lisbon.", "intent": "assert", "kind": "semantic", "expires_at": null,
   "categories": ["identity"], "tags": [], "confidence": 0.9},
  {"text": "I eat meat.", "intent": "retract", "kind": "semantic", "expires_at": null,
   "categories": ["health", "cooking"], "tags": ["diet"], "confidence": 0.85},
  {"text": "I have a cat named Miso.", "intent": "assert", "kind": "semantic",
   "expires_at": null, "categories": ["relationships"], "tags": [], "confidence": 0.8}
]}"#;

async fn server(reply: Reply) -> MockServer {
    MockServer::start(reply).await
}

fn extractor(server: &MockServer) -> OpenAiExtractorBuilder {
    OpenAiExtractor::builder(format!("{}/v1", server.base), "test-model")
        .api_key("test-key")
        .timeout(Duration::from_secs(10))
}

async fn run(extractor: &OpenAiExtractor) -> Result<Vec<Candidate>, ExtractError> {
    extractor.extract(&conversation(), &context()).await
}

fn backend_error(result: Result<Vec<Candidate>, ExtractError>) -> String {
    match result {
        Err(ExtractError::Backend(message)) => {
            assert!(!message.contains(CANARY), "{message}");
            message
        }
        other => panic!("expected a back-end error, got {other:?}"),
    }
}

fn invalid_response(result: Result<Vec<Candidate>, ExtractError>) -> String {
    match result {
        Err(ExtractError::InvalidResponse(message)) => {
            assert!(!message.contains(CANARY), "{message}");
            message
        }
        other => panic!("expected an invalid response, got {other:?}"),
    }
}

#[tokio::test]
async fn a_good_answer_becomes_candidates_and_the_request_is_well_formed() {
    let server = server(Reply::Json(200, completion(MEMORIES, "stop"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    let texts: Vec<&str> = candidates.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["I live in Lisbon.", "I eat meat.", "I have a cat named Miso."]);
    assert_eq!(candidates[1].intent, Intent::Retract);
    // The unknown category "cooking" is dropped.
    assert_eq!(candidates[1].categories, [Category::Health].into());

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/chat/completions");
    assert_eq!(request.headers["authorization"], "Bearer test-key");
    let body = &request.body;
    assert_eq!(body["model"], "test-model");
    assert_eq!(body["temperature"], 0.0);
    assert_eq!(body["max_tokens"], 4096);
    assert_eq!(body["response_format"]["type"], "json_schema");
    assert_eq!(body["response_format"]["json_schema"]["strict"], true);
    assert_eq!(body["response_format"]["json_schema"]["name"], "memsync_memories");
    assert!(body["response_format"]["json_schema"]["schema"]["properties"]["memories"].is_object());
    let roles: Vec<&str> =
        body["messages"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["system", "user", "assistant", "user", "user"]);
    assert_eq!(body["messages"][2]["content"], "Noted!");
    assert!(body["messages"][0]["content"].as_str().unwrap().contains("first person"));
}

#[tokio::test]
async fn fenced_json_among_prose_is_read() {
    let content = format!("Here is what I found:\n```json\n{MEMORIES}\n```\nAnything else?");
    let server = server(Reply::Json(200, completion(&content, "stop"), vec![])).await;
    assert_eq!(run(&extractor(&server).build().unwrap()).await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_cut_off_answer_keeps_its_complete_memories() {
    let partial = &MEMORIES[..MEMORIES.find("Miso").unwrap()];
    let server = server(Reply::Json(200, completion(partial, "length"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    assert_eq!(candidates.len(), 2);

    let nothing = &MEMORIES[..MEMORIES.find("Lisbon").unwrap()];
    let server = self::server(Reply::Json(200, completion(nothing, "length"), vec![])).await;
    let message = invalid_response(run(&extractor(&server).build().unwrap()).await);
    assert!(message.contains("cut off at the token limit (4096)"), "{message}");
}

#[tokio::test]
async fn garbage_is_an_invalid_response() {
    let content = format!("I cannot do that. {CANARY}");
    let server = server(Reply::Json(200, completion(&content, "stop"), vec![])).await;
    let message = invalid_response(run(&extractor(&server).build().unwrap()).await);
    assert!(message.contains("no list of memories"), "{message}");

    let server = self::server(Reply::Raw(200, "<html>zebra-canary-42</html>")).await;
    let message = invalid_response(run(&extractor(&server).build().unwrap()).await);
    assert!(message.contains("not JSON"), "{message}");
}

#[tokio::test]
async fn a_refusal_is_a_backend_error() {
    let mut body = completion("", "stop");
    body["choices"][0]["message"]["content"] = Value::Null;
    body["choices"][0]["message"]["refusal"] = json!(format!("I won't: {CANARY}"));
    let server = server(Reply::Json(200, body, vec![])).await;
    let message = backend_error(run(&extractor(&server).build().unwrap()).await);
    assert!(message.contains("refused"), "{message}");
}

#[tokio::test]
async fn error_statuses_name_the_host_and_status_but_not_the_content() {
    // Some servers quote the request in their error message: it is not repeated.
    let error = json!({ "error": {
        "message": format!("bad input: {CANARY}"), "type": "invalid_request_error", "code": null
    }});
    let cases: [(u16, Headers, &str); 5] = [
        (401, vec![], "refused the credentials (HTTP 401, invalid_request_error)"),
        (403, vec![], "HTTP 403"),
        (
            429,
            vec![("retry-after", "7")],
            "rate-limiting requests (HTTP 429, invalid_request_error); retry after 7 s",
        ),
        (503, vec![], "failed (HTTP 503, invalid_request_error); try again later"),
        (400, vec![], "set the response format to json_object or none"),
    ];
    for (status, headers, expected) in cases {
        let server = server(Reply::Json(status, error.clone(), headers)).await;
        let message = backend_error(run(&extractor(&server).build().unwrap()).await);
        let host = server.base.trim_start_matches("http://");
        assert!(message.contains(host), "{message}");
        assert!(message.contains(expected), "{status}: {message}");
    }
}

#[tokio::test]
async fn a_hanging_server_times_out() {
    let server = server(Reply::Hang).await;
    let extractor = extractor(&server).timeout(Duration::from_millis(300)).build().unwrap();
    let started = Instant::now();
    let message = backend_error(run(&extractor).await);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(message.contains("did not answer within 300 ms (timed out)"), "{message}");
}

#[tokio::test]
async fn a_refused_connection_is_a_backend_error() {
    let base = closed_port().await;
    let extractor = OpenAiExtractor::builder(format!("{base}/v1"), "m").build().unwrap();
    let message = backend_error(run(&extractor).await);
    assert!(message.contains("cannot connect to 127.0.0.1:"), "{message}");
}

#[tokio::test]
async fn weaker_response_formats_and_no_key() {
    let server = server(Reply::Json(200, completion(MEMORIES, "stop"), vec![])).await;
    let base = format!("{}/v1/", server.base);
    let json_object = OpenAiExtractor::builder(&base, "m")
        .response_format(ResponseFormat::JsonObject)
        .max_tokens(None)
        .temperature(None)
        .build()
        .unwrap();
    run(&json_object).await.unwrap();
    let none = OpenAiExtractor::builder(&base, "m")
        .response_format(ResponseFormat::PromptOnly)
        .build()
        .unwrap();
    run(&none).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].body["response_format"], json!({ "type": "json_object" }));
    assert!(requests[0].body.get("max_tokens").is_none());
    assert!(requests[0].body.get("temperature").is_none());
    assert!(requests[0].headers.get("authorization").is_none());
    assert!(requests[1].body.get("response_format").is_none());
    assert_eq!(requests[1].path, "/v1/chat/completions");
}

#[tokio::test]
async fn nothing_is_sent_when_the_user_says_nothing() {
    let server = server(Reply::Json(200, completion(MEMORIES, "stop"), vec![])).await;
    let extractor = extractor(&server).build().unwrap();
    let messages = [Message::assistant("Hello! How can I help?")];
    assert!(extractor.extract(&messages, &context()).await.unwrap().is_empty());
    assert!(server.requests().is_empty());
}

#[test]
fn the_api_key_stays_out_of_debug_output() {
    let builder = OpenAiExtractor::builder("https://api.openai.com/v1", "gpt-4o-mini")
        .api_key("sk-very-secret");
    assert!(!format!("{builder:?}").contains("sk-very-secret"));
    let extractor = builder.build().unwrap();
    assert!(!format!("{extractor:?}").contains("sk-very-secret"));
    assert_eq!(extractor.model(), "gpt-4o-mini");
    assert!(matches!(
        OpenAiExtractor::builder("https://api.openai.com/v1", " ").build(),
        Err(ExtractError::Config(_))
    ));
}

fn memory(text: &str, categories: &[Category]) -> Memory {
    let now = "2026-03-01T10:00:00Z".parse().unwrap();
    Memory {
        id: MemoryId::derived(text.as_bytes()),
        text: text.to_owned(),
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: categories.iter().copied().collect(),
        tags: Default::default(),
        source: Source::app("test"),
        created_at: now,
        updated_at: now,
        confidence: 0.9,
        version: 1,
    }
}

#[tokio::test]
async fn model_candidates_reconcile_against_existing_memories() {
    let server = server(Reply::Json(200, completion(MEMORIES, "stop"), vec![])).await;
    let candidates = run(&extractor(&server).build().unwrap()).await.unwrap();
    let berlin = memory("I live in Berlin.", &[Category::Identity]);
    let meat = memory("I eat meat.", &[Category::Health]);
    let actions = reconcile(candidates, &[berlin.clone(), meat.clone()]);
    assert_eq!(actions.len(), 3);
    assert!(
        matches!(&actions[0], Action::Update { id, candidate } if *id == berlin.id && candidate.text == "I live in Lisbon."),
        "{actions:#?}"
    );
    assert!(matches!(&actions[1], Action::Delete { id, .. } if *id == meat.id), "{actions:#?}");
    assert!(
        matches!(&actions[2], Action::Add(c) if c.text == "I have a cat named Miso."),
        "{actions:#?}"
    );
}
