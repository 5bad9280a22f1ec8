//! Embeddings: texts to vectors, through a model the user configures.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use reqwest::Response;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{MAX_DIMENSIONS, SearchError};

/// How many texts an [`OpenAiEmbedder`] sends in one request unless told otherwise.
pub const DEFAULT_BATCH_SIZE: usize = 64;

/// How long one request to an [`OpenAiEmbedder`]'s endpoint may take unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The most bytes of an error answer kept for its message.
const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;
/// The most characters of an error answer shown when it is not the API's JSON error.
const MAX_ERROR_MESSAGE_CHARS: usize = 300;
/// The JSON of one value of an embedding, at most (`-1.2345678e-12,` with room to spare).
const MAX_JSON_BYTES_PER_VALUE: usize = 32;

/// The future an [`Embedder`] returns: boxed, so that the trait stays object-safe.
pub type EmbedFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<Vec<f32>>, SearchError>> + Send + 'a>>;

/// Turns texts into embedding vectors, for semantic search.
///
/// Implementations return one vector per text, in the order of the texts, all with the same
/// number of dimensions, with finite values; [`OpenAiEmbedder`] speaks to any
/// OpenAI-compatible endpoint, and users can bring their own (a local model).
pub trait Embedder: Send + Sync + fmt::Debug {
    /// The model's name. It is stored with each vector, so that vectors of another model are
    /// known to be stale and recomputed.
    fn model(&self) -> &str;

    /// The number of dimensions of the vectors, if known before the first answer.
    fn dimensions(&self) -> Option<usize>;

    /// The vectors of `texts`, in order.
    fn embed<'a>(&'a self, texts: &'a [String]) -> EmbedFuture<'a>;
}

/// An [`Embedder`] for the OpenAI embeddings API and the many servers that copy it (vLLM,
/// Ollama, LM Studio, llama.cpp, LocalAI, hosted providers): `POST {base_url}/embeddings` with
/// `{"model", "input": [...]}`, answered by `{"data": [{"index", "embedding"}], ...}`.
///
/// Texts are sent in batches of [`batch_size`](OpenAiEmbedderBuilder::batch_size), one request
/// after the other. Answers are checked: one finite, non-zero vector per text, all the same size.
/// The API key is sent as a bearer token, wiped from memory on drop and never printed.
///
/// Memory texts leave the device when embedded: point it at a server the user trusts with
/// them, such as one on their own machine.
///
/// ```
/// use std::time::Duration;
///
/// use memsync_search::{Embedder, OpenAiEmbedder};
///
/// let embedder = OpenAiEmbedder::builder("https://api.openai.com/v1", "text-embedding-3-small")
///     .api_key("sk-s3cr3t")
///     .dimensions(1536)
///     .batch_size(128)
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(embedder.url(), "https://api.openai.com/v1/embeddings");
/// assert_eq!(embedder.dimensions(), Some(1536));
/// assert!(!format!("{embedder:?}").contains("s3cr3t"));
/// # Ok::<(), memsync_search::SearchError>(())
/// ```
#[derive(Clone, Debug)]
pub struct OpenAiEmbedder {
    url: String,
    model: String,
    api_key: Option<ApiKey>,
    dimensions: Option<usize>,
    batch_size: usize,
    timeout: Duration,
    client: reqwest::Client,
}

/// Configures an [`OpenAiEmbedder`]; made by [`OpenAiEmbedder::builder`].
#[derive(Debug)]
#[must_use]
pub struct OpenAiEmbedderBuilder {
    base_url: String,
    model: String,
    api_key: Option<ApiKey>,
    dimensions: Option<usize>,
    batch_size: usize,
    timeout: Duration,
}

impl OpenAiEmbedder {
    /// A builder for an embedder using `model` at the API whose base URL is `base_url` (for
    /// OpenAI, `https://api.openai.com/v1`; `/embeddings` is appended). Defaults: no API key,
    /// the size of the first vector, batches of [`DEFAULT_BATCH_SIZE`], [`DEFAULT_TIMEOUT`].
    pub fn builder(base_url: impl Into<String>, model: impl Into<String>) -> OpenAiEmbedderBuilder {
        OpenAiEmbedderBuilder {
            base_url: base_url.into(),
            model: model.into(),
            api_key: None,
            dimensions: None,
            batch_size: DEFAULT_BATCH_SIZE,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// The URL requests go to: the base URL followed by `/embeddings`.
    pub fn url(&self) -> &str {
        &self.url
    }

    async fn embed_batch(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, SearchError> {
        let mut request = self
            .client
            .post(&self.url)
            .timeout(self.timeout)
            .json(&Request { model: &self.model, input: texts });
        if let Some(key) = &self.api_key {
            request = request.bearer_auth(key.0.as_str());
        }
        let response = request.send().await.map_err(|err| self.transport_error(err))?;
        let status = response.status();
        if !status.is_success() {
            let body = read_error_body(response).await;
            return Err(SearchError::EmbedderHttp {
                url: self.url.clone(),
                status: status.as_u16(),
                message: error_message(&body),
            });
        }
        let limit = texts.len() * MAX_DIMENSIONS * MAX_JSON_BYTES_PER_VALUE + MAX_ERROR_BODY_BYTES;
        let body = self.read_limited(response, limit).await?;
        let answer: Answer = serde_json::from_slice(&body)
            .map_err(|err| self.bad_answer(format!("it is not an embeddings answer ({err})")))?;
        if answer.data.len() != texts.len() {
            return Err(self.bad_answer(format!(
                "{} embeddings for {} texts",
                answer.data.len(),
                texts.len()
            )));
        }
        // Answers may come in any order; `index` says which text each is for.
        let mut vectors = vec![None; texts.len()];
        for datum in answer.data {
            let slot = vectors
                .get_mut(datum.index)
                .ok_or_else(|| self.bad_answer(format!("index {} is out of range", datum.index)))?;
            if slot.replace(datum.embedding).is_some() {
                return Err(self.bad_answer(format!("index {} appears twice", datum.index)));
            }
        }
        Ok(vectors.into_iter().map(|v| v.expect("one embedding per index, checked")).collect())
    }

    /// Checks the vectors of one batch, the first at `offset` in the call: all of the size
    /// `expected` (set by the first vector if none was configured), finite and not all zeros.
    fn check(
        &self,
        offset: usize,
        vectors: &[Vec<f32>],
        expected: &mut Option<usize>,
    ) -> Result<(), SearchError> {
        for (i, vector) in (offset..).zip(vectors) {
            if vector.is_empty() || vector.len() > MAX_DIMENSIONS {
                return Err(self.bad_answer(format!(
                    "embedding {i} has {} dimensions; expected 1 to {MAX_DIMENSIONS}",
                    vector.len()
                )));
            }
            let expected = *expected.get_or_insert(vector.len());
            if expected != vector.len() {
                return Err(self.bad_answer(format!(
                    "embedding {i} has {} dimensions but {expected} were expected; check the \
                     model name and the configured dimensions",
                    vector.len()
                )));
            }
            if !vector.iter().all(|x| x.is_finite()) {
                return Err(self.bad_answer(format!("embedding {i} holds a NaN or an infinity")));
            }
            if vector.iter().all(|&x| x == 0.0) {
                return Err(self.bad_answer(format!("embedding {i} is all zeros")));
            }
        }
        Ok(())
    }

    /// Reads a body of at most `limit` bytes, chunk by chunk, so that a server cannot make the
    /// client buffer more.
    async fn read_limited(
        &self,
        mut response: Response,
        limit: usize,
    ) -> Result<Vec<u8>, SearchError> {
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|err| self.transport_error(err))? {
            if body.len() + chunk.len() > limit {
                return Err(self.bad_answer(format!("the answer is larger than {limit} bytes")));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn transport_error(&self, err: reqwest::Error) -> SearchError {
        let url = self.url.clone();
        if err.is_connect() || err.is_timeout() {
            SearchError::EmbedderUnreachable { url, source: Box::new(err.without_url()) }
        } else {
            SearchError::EmbedderTransport { url, source: Box::new(err.without_url()) }
        }
    }

    fn bad_answer(&self, reason: String) -> SearchError {
        SearchError::EmbedderResponse { url: self.url.clone(), reason }
    }
}

impl OpenAiEmbedderBuilder {
    /// Sends `Authorization: Bearer <key>` with every request.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey(Zeroizing::new(key.into())));
        self
    }

    /// Expects vectors of `dimensions` values and refuses answers of another size. (Without
    /// it, the first vector of each call sets the size the others must have.) It is not sent
    /// to the server.
    pub fn dimensions(mut self, dimensions: usize) -> Self {
        self.dimensions = Some(dimensions);
        self
    }

    /// Sends at most `texts` texts per request (default [`DEFAULT_BATCH_SIZE`]; 0 is taken as
    /// 1). Servers limit the inputs of one request (OpenAI: 2048).
    pub fn batch_size(mut self, texts: usize) -> Self {
        self.batch_size = texts.max(1);
        self
    }

    /// Gives up on a request after `timeout` (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The embedder.
    ///
    /// # Errors
    ///
    /// [`SearchError::InvalidConfig`] if the URL is not an HTTP(S) URL without credentials,
    /// query or fragment, if the model name is empty, or if the HTTP client cannot start.
    pub fn build(self) -> Result<OpenAiEmbedder, SearchError> {
        let base_url = &self.base_url;
        let invalid =
            |reason: &str| SearchError::InvalidConfig(format!("base URL `{base_url}`: {reason}"));
        let parsed =
            memsync_http::parse_http_url(base_url).map_err(|err| invalid(&err.to_string()))?;
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(invalid("credentials in a URL would be logged; use `api_key`"));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(invalid("a base URL takes no query or fragment"));
        }
        if self.model.trim().is_empty() {
            return Err(SearchError::InvalidConfig("the model name is empty".into()));
        }
        let client = memsync_http::ClientBuilder::new()
            .build()
            .map_err(|err| SearchError::InvalidConfig(err.to_string()))?;
        Ok(OpenAiEmbedder {
            url: format!("{}/embeddings", parsed.as_str().trim_end_matches('/')),
            model: self.model,
            api_key: self.api_key,
            dimensions: self.dimensions,
            batch_size: self.batch_size,
            timeout: self.timeout,
            client,
        })
    }
}

impl Embedder for OpenAiEmbedder {
    fn model(&self) -> &str {
        &self.model
    }

    fn dimensions(&self) -> Option<usize> {
        self.dimensions
    }

    fn embed<'a>(&'a self, texts: &'a [String]) -> EmbedFuture<'a> {
        Box::pin(async move {
            let mut vectors = Vec::with_capacity(texts.len());
            let mut dimensions = self.dimensions;
            for batch in texts.chunks(self.batch_size) {
                let answer = self.embed_batch(batch).await?;
                self.check(vectors.len(), &answer, &mut dimensions)?;
                vectors.extend(answer);
            }
            Ok(vectors)
        })
    }
}

/// An API key, wiped from memory on drop and never printed.
#[derive(Clone)]
struct ApiKey(Zeroizing<String>);

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

#[derive(Serialize)]
struct Request<'a> {
    model: &'a str,
    input: &'a [String],
}

#[derive(Deserialize)]
struct Answer {
    data: Vec<Datum>,
}

#[derive(Deserialize)]
struct Datum {
    index: usize,
    embedding: Vec<f32>,
}

/// The start of an error answer's body: what could be read of its first
/// [`MAX_ERROR_BODY_BYTES`], since the status already says the request failed.
async fn read_error_body(mut response: Response) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < MAX_ERROR_BODY_BYTES {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) | Err(_) => break,
        }
    }
    body.truncate(MAX_ERROR_BODY_BYTES);
    body
}

/// The message of an error answer: the API's `{"error": {"message"}}` (or `{"error": "..."}`,
/// `{"message"}`, as some servers answer), else the start of the body.
fn error_message(body: &[u8]) -> String {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum ErrorAnswer {
        Nested { error: Nested },
        Flat { error: String },
        Message { message: String },
    }
    #[derive(Deserialize)]
    struct Nested {
        message: String,
    }
    match serde_json::from_slice::<ErrorAnswer>(body) {
        Ok(ErrorAnswer::Nested { error: Nested { message } })
        | Ok(ErrorAnswer::Flat { error: message })
        | Ok(ErrorAnswer::Message { message }) => message,
        Err(_) => {
            let text = String::from_utf8_lossy(body);
            let text = text.trim();
            if text.is_empty() {
                return "(no message)".into();
            }
            let mut shown: String = text.chars().take(MAX_ERROR_MESSAGE_CHARS).collect();
            if shown.len() < text.len() {
                shown.push('…');
            }
            shown
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::sync::{Arc, Mutex};

    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode, header};
    use axum::response::{IntoResponse, Response};
    use axum::routing::post;
    use axum::{Json, Router};
    use serde_json::{Value, json};

    use super::*;

    /// What the test server saw.
    #[derive(Debug, Default)]
    struct Seen {
        /// The number of inputs of each request.
        batches: Vec<usize>,
        /// The `Authorization` header of each request.
        authorizations: Vec<Option<String>>,
    }

    type Shared = Arc<Mutex<Seen>>;

    /// A made-up embedding with four dimensions.
    fn fake(text: &str) -> Vec<f32> {
        let vowels = text.chars().filter(|c| "aeiou".contains(*c)).count();
        vec![text.len() as f32, vowels as f32, 1.0, -0.5]
    }

    /// An OpenAI-style embeddings endpoint whose behaviour is chosen by the model name.
    async fn embeddings(
        State(seen): State<Shared>,
        headers: HeaderMap,
        Json(body): Json<Value>,
    ) -> Response {
        let model = body["model"].as_str().unwrap().to_owned();
        let input: Vec<String> = serde_json::from_value(body["input"].clone()).unwrap();
        {
            let mut seen = seen.lock().unwrap();
            seen.batches.push(input.len());
            let authorization = headers.get(header::AUTHORIZATION);
            seen.authorizations.push(authorization.map(|v| v.to_str().unwrap().to_owned()));
        }
        let mut data: Vec<Value> = input
            .iter()
            .enumerate()
            .map(|(index, text)| json!({"object": "embedding", "index": index, "embedding": fake(text)}))
            .collect();
        // Answers may come in any order.
        data.reverse();
        match model.as_str() {
            "unauthorized" => {
                let error = json!({"error": {
                    "message": "Incorrect API key provided: sk-t***",
                    "type": "invalid_request_error",
                    "code": "invalid_api_key",
                }});
                return (StatusCode::UNAUTHORIZED, Json(error)).into_response();
            }
            "flat-error" => {
                let error = json!({"error": "model `flat-error` not found"});
                return (StatusCode::NOT_FOUND, Json(error)).into_response();
            }
            "broken" => {
                return (StatusCode::INTERNAL_SERVER_ERROR, "upstream exploded").into_response();
            }
            "long-error" => {
                return (StatusCode::SERVICE_UNAVAILABLE, "x".repeat(200_000)).into_response();
            }
            "garbage" => return "this is not JSON".into_response(),
            "slow" => tokio::time::sleep(Duration::from_secs(5)).await,
            "count" => {
                data.pop();
            }
            "dimensions" => data[0]["embedding"] = json!([1.0, 2.0, 3.0]),
            "huge" => data[0]["embedding"][0] = json!(1e39),
            "zeros" => data[0]["embedding"] = json!([0.0, 0.0, 0.0, 0.0]),
            "null" => data[0]["embedding"][1] = Value::Null,
            "duplicate" => data[0]["index"] = data[1]["index"].clone(),
            "out-of-range" => data[0]["index"] = json!(99),
            _ => {}
        }
        let answer = json!({
            "object": "list",
            "data": data,
            "model": model,
            "usage": {"prompt_tokens": 3, "total_tokens": 3},
        });
        Json(answer).into_response()
    }

    /// Starts the server; its base URL and what it sees.
    async fn serve() -> (String, Shared) {
        let seen = Shared::default();
        let app = Router::new().route("/v1/embeddings", post(embeddings)).with_state(seen.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (format!("http://{address}/v1"), seen)
    }

    fn texts(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("memory text number {i}{}", "a".repeat(i))).collect()
    }

    #[tokio::test]
    async fn embeds_in_order_in_batches_with_the_key() {
        let (base, seen) = serve().await;
        let embedder =
            OpenAiEmbedder::builder(&base, "ok").api_key("sk-test").batch_size(2).build().unwrap();
        let texts = texts(5);
        let vectors = embedder.embed(&texts).await.unwrap();
        assert_eq!(vectors, texts.iter().map(|t| fake(t)).collect::<Vec<_>>());
        let seen = seen.lock().unwrap();
        assert_eq!(seen.batches, [2, 2, 1]);
        assert!(seen.authorizations.iter().all(|a| a.as_deref() == Some("Bearer sk-test")));
    }

    #[tokio::test]
    async fn works_as_a_trait_object_without_a_key() {
        let (base, seen) = serve().await;
        let embedder: Arc<dyn Embedder> = Arc::new(
            OpenAiEmbedder::builder(format!("{base}/"), "ok").dimensions(4).build().unwrap(),
        );
        assert_eq!(embedder.model(), "ok");
        assert_eq!(embedder.dimensions(), Some(4));
        let vectors = embedder.embed(&texts(3)).await.unwrap();
        assert_eq!(vectors.len(), 3);
        assert!(embedder.embed(&[]).await.unwrap().is_empty());
        let seen = seen.lock().unwrap();
        assert_eq!(seen.batches, [3], "no request for no texts");
        assert_eq!(seen.authorizations, [None]);
    }

    #[tokio::test]
    async fn http_errors_carry_the_server_message() {
        let (base, _) = serve().await;
        let cases = [
            ("unauthorized", 401, "Incorrect API key provided", "check the API key"),
            ("flat-error", 404, "model `flat-error` not found", "check the base URL"),
            ("broken", 500, "upstream exploded", "retry later"),
            ("long-error", 503, "xxxxxxxxxx…", "retry later"),
        ];
        for (model, status, message, advice) in cases {
            let embedder =
                OpenAiEmbedder::builder(&base, model).api_key("sk-secret").build().unwrap();
            let err = embedder.embed(&texts(2)).await.unwrap_err();
            let SearchError::EmbedderHttp { status: got, message: got_message, .. } = &err else {
                panic!("{model}: {err:?}");
            };
            assert_eq!(*got, status, "{model}");
            assert!(got_message.contains(message), "{model}: {got_message}");
            let shown = err.to_string();
            assert!(shown.contains(advice) && shown.contains(&base), "{shown}");
            assert!(!shown.contains("sk-secret"), "{shown}");
        }
        let err = OpenAiEmbedder::builder(format!("{base}/wrong"), "ok")
            .build()
            .unwrap()
            .embed(&texts(1))
            .await
            .unwrap_err();
        assert!(matches!(err, SearchError::EmbedderHttp { status: 404, .. }), "{err}");
    }

    #[tokio::test]
    async fn unusable_answers_are_refused() {
        let (base, _) = serve().await;
        let cases = [
            ("garbage", "not an embeddings answer"),
            ("count", "1 embeddings for 2 texts"),
            ("dimensions", "embedding 1 has 3 dimensions but 4 were expected"),
            ("huge", "NaN or an infinity"),
            ("zeros", "all zeros"),
            ("null", "not an embeddings answer"),
            ("duplicate", "appears twice"),
            ("out-of-range", "index 99 is out of range"),
        ];
        for (model, reason) in cases {
            let embedder = OpenAiEmbedder::builder(&base, model).build().unwrap();
            let err = embedder.embed(&texts(2)).await.unwrap_err();
            assert!(
                matches!(&err, SearchError::EmbedderResponse { reason: r, .. } if r.contains(reason)),
                "{model}: {err}"
            );
        }
        // The configured size is checked, across batches too.
        let embedder = OpenAiEmbedder::builder(&base, "ok").dimensions(8).build().unwrap();
        let err = embedder.embed(&texts(1)).await.unwrap_err();
        assert!(err.to_string().contains("4 dimensions but 8 were expected"), "{err}");
    }

    #[tokio::test]
    async fn slow_and_absent_servers_are_unreachable() {
        let (base, _) = serve().await;
        let embedder = OpenAiEmbedder::builder(&base, "slow")
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap();
        let err = embedder.embed(&texts(1)).await.unwrap_err();
        assert!(matches!(err, SearchError::EmbedderUnreachable { .. }), "{err}");

        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        drop(listener);
        let embedder =
            OpenAiEmbedder::builder(format!("http://{address}/v1"), "ok").build().unwrap();
        let err = embedder.embed(&texts(1)).await.unwrap_err();
        assert!(matches!(err, SearchError::EmbedderUnreachable { .. }), "{err}");
        assert!(err.to_string().contains("check the URL"), "{err}");
    }

    #[test]
    fn configuration_is_checked() {
        for url in [
            "not a url",
            "ftp://example.com/v1",
            "http://user:password@example.com/v1",
            "https://example.com/v1?key=1",
            "https://example.com/v1#x",
        ] {
            let err = OpenAiEmbedder::builder(url, "m").build().unwrap_err();
            assert!(matches!(err, SearchError::InvalidConfig(_)), "{url}: {err}");
        }
        let err = OpenAiEmbedder::builder("https://example.com", " ").build().unwrap_err();
        assert!(matches!(err, SearchError::InvalidConfig(_)), "{err}");
        let embedder = OpenAiEmbedder::builder("http://localhost:11434/v1/", "nomic-embed-text")
            .api_key("sk-very-secret")
            .batch_size(0)
            .build()
            .unwrap();
        assert_eq!(embedder.url(), "http://localhost:11434/v1/embeddings");
        assert_eq!(embedder.batch_size, 1);
        assert_eq!(embedder.dimensions(), None);
        let debug = format!("{embedder:?}");
        assert!(!debug.contains("sk-very-secret") && debug.contains("redacted"), "{debug}");
    }

    #[test]
    fn error_messages_are_extracted_or_cut() {
        assert_eq!(error_message(br#"{"error": {"message": "bad"}}"#), "bad");
        assert_eq!(error_message(br#"{"error": "bad"}"#), "bad");
        assert_eq!(error_message(br#"{"message": "bad"}"#), "bad");
        assert_eq!(error_message(b"  plain text \n"), "plain text");
        assert_eq!(error_message(b""), "(no message)");
        let long = error_message("é".repeat(1000).as_bytes());
        assert_eq!(long.chars().count(), MAX_ERROR_MESSAGE_CHARS + 1);
        assert!(long.ends_with('…'));
    }
}
