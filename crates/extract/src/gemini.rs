//! An extractor backed by Gemini's own API (`generateContent`).

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName};
use serde_json::{Value, json};

use super::model::{self, ApiKey, Endpoint};
use super::{Candidate, ExtractContext, ExtractError, ExtractFuture, Extractor, Message};

/// Google's Gemini API.
const DEFAULT_BASE_URL: &str = "https://generativelanguage.googleapis.com";

/// An [`Extractor`] that asks a Gemini model through Gemini's own API
/// (`POST {base_url}/v1beta/models/{model}:generateContent`, key in `x-goog-api-key`).
///
/// It sends the same instructions as [`OpenAiExtractor`](super::OpenAiExtractor) as the
/// `systemInstruction`, the conversation's user and assistant messages as `contents` with roles
/// `user` and `model` (its system messages are left out), and a closing user turn, with
/// `responseMimeType: "application/json"`, a `responseSchema` and temperature 0. Nothing is
/// sent when the user says nothing. It reads the text parts of the first candidate (a
/// thinking model's thought parts are skipped): an answer cut off at the token limit
/// (`MAX_TOKENS`) keeps its complete items; a blocked prompt or a candidate stopped for safety
/// is an error naming the reason.
///
/// Errors name the host, the HTTP status and Google's error status, never the conversation.
/// The API key is wiped from memory on drop and never printed.
///
/// ```no_run
/// # async fn example() -> Result<(), memsync_extract::ExtractError> {
/// use memsync_extract::GeminiExtractor;
///
/// let extractor = GeminiExtractor::builder("gemini-2.5-flash")
///     .api_key(std::env::var("GEMINI_API_KEY").unwrap_or_default())
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct GeminiExtractor {
    client: reqwest::Client,
    endpoint: Endpoint,
    model: String,
    api_key: Option<ApiKey>,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
    timeout: Duration,
}

/// Configures a [`GeminiExtractor`]; made by [`GeminiExtractor::builder`].
#[derive(Debug)]
#[must_use]
pub struct GeminiExtractorBuilder {
    base_url: String,
    model: String,
    api_key: Option<ApiKey>,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
    timeout: Duration,
}

impl GeminiExtractor {
    /// A builder for an extractor that asks `model` (`gemini-2.5-flash`; a leading `models/`
    /// is accepted). Defaults: Google's API (`https://generativelanguage.googleapis.com`), no
    /// API key, a 60 s timeout, at most 4096 output tokens, temperature 0.
    pub fn builder(model: impl Into<String>) -> GeminiExtractorBuilder {
        GeminiExtractorBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            model: model.into(),
            api_key: None,
            max_tokens: Some(model::DEFAULT_MAX_TOKENS),
            temperature: Some(0.0),
            timeout: model::DEFAULT_TIMEOUT,
        }
    }

    /// The model asked.
    pub fn model(&self) -> &str {
        &self.model
    }

    /// The request body for `messages`, or `None` if the user says nothing.
    fn request(messages: &[Message], context: &ExtractContext, config: &Value) -> Option<Value> {
        let prompt = model::prompt(messages, context)?;
        let contents: Vec<Value> = prompt
            .turns
            .iter()
            .map(|turn| {
                let role = if turn.from_user { "user" } else { "model" };
                json!({ "role": role, "parts": [{ "text": turn.text }] })
            })
            .collect();
        Some(json!({
            "systemInstruction": { "parts": [{ "text": prompt.system }] },
            "contents": contents,
            "generationConfig": config,
        }))
    }

    fn generation_config(&self) -> Value {
        let mut config = json!({
            "responseMimeType": "application/json",
            "responseSchema": model::openapi_schema(),
        });
        if let Some(temperature) = self.temperature {
            config["temperature"] = json!(temperature);
        }
        if let Some(max_tokens) = self.max_tokens {
            config["maxOutputTokens"] = json!(max_tokens);
        }
        config
    }

    async fn candidates(
        &self,
        messages: &[Message],
        context: &ExtractContext,
    ) -> Result<Vec<Candidate>, ExtractError> {
        let Some(body) = Self::request(messages, context, &self.generation_config()) else {
            return Ok(Vec::new());
        };
        let mut headers = HeaderMap::new();
        if let Some(key) = &self.api_key {
            headers.insert(HeaderName::from_static("x-goog-api-key"), key.header("")?);
        }
        let answer =
            model::post_json(&self.client, &self.endpoint, headers, &body, self.timeout, "")
                .await?;
        self.read(&answer)
    }

    /// The candidates in a `generateContent` response.
    fn read(&self, response: &Value) -> Result<Vec<Candidate>, ExtractError> {
        let host = &self.endpoint.host;
        if let Some(reason) =
            response.pointer("/promptFeedback/blockReason").and_then(Value::as_str)
        {
            return Err(ExtractError::Backend(format!(
                "{host} blocked the prompt (block reason {}); this conversation cannot be \
                 extracted with this model's safety settings",
                identifier(reason)
            )));
        }
        let candidate = response.pointer("/candidates/0").ok_or_else(|| {
            ExtractError::InvalidResponse(format!("{host} answered no candidates"))
        })?;
        let finish = candidate.get("finishReason").and_then(Value::as_str).unwrap_or("");
        let cut_off = finish == "MAX_TOKENS";
        if !matches!(finish, "" | "STOP" | "MAX_TOKENS" | "FINISH_REASON_UNSPECIFIED") {
            return Err(ExtractError::Backend(format!(
                "{host} stopped the answer (finish reason {}){}",
                identifier(finish),
                if matches!(finish, "SAFETY" | "PROHIBITED_CONTENT" | "BLOCKLIST" | "SPII") {
                    "; the conversation tripped the model's safety filters"
                } else {
                    ""
                }
            )));
        }
        let text: String = candidate
            .pointer("/content/parts")
            .and_then(Value::as_array)
            .map(|parts| {
                parts
                    .iter()
                    .filter(|p| p.get("thought").and_then(Value::as_bool) != Some(true))
                    .filter_map(|p| p.get("text").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        match model::parse_answer(&text) {
            Ok(answer) => Ok(answer.into_candidates(host)),
            Err(_) if cut_off => Err(ExtractError::InvalidResponse(format!(
                "the answer from {host} was cut off at the token limit ({}) before its first \
                 complete memory ({} bytes); raise max_tokens",
                self.max_tokens.map_or_else(|| "the model's".to_owned(), |n| n.to_string()),
                text.len()
            ))),
            Err(err) => Err(err),
        }
    }
}

/// A provider's reason code, if it is a short identifier (anything else is not repeated).
fn identifier(code: &str) -> &str {
    let ok = !code.is_empty()
        && code.len() <= 64
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok { code } else { "unknown" }
}

impl Extractor for GeminiExtractor {
    fn extract<'a>(
        &'a self,
        messages: &'a [Message],
        context: &'a ExtractContext,
    ) -> ExtractFuture<'a> {
        Box::pin(self.candidates(messages, context))
    }
}

impl GeminiExtractorBuilder {
    /// The API's root, without the version (default `https://generativelanguage.googleapis.com`;
    /// set it for a proxy or a test server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sends `key` in the `x-goog-api-key` header.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey::new(key.into()));
        self
    }

    /// How long one extraction may take, connection to last byte (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The most tokens the answer may have, sent as `maxOutputTokens` (default 4096; a
    /// thinking model's thoughts count too); `None` sends no limit.
    pub fn max_tokens(mut self, max_tokens: Option<u32>) -> Self {
        self.max_tokens = max_tokens;
        self
    }

    /// The sampling temperature (default 0); `None` sends none.
    pub fn temperature(mut self, temperature: Option<f32>) -> Self {
        self.temperature = temperature;
        self
    }

    /// The extractor; fails if the base URL is not an http(s) URL or the model name is blank
    /// or holds a `/` or `:` (after an optional `models/`).
    pub fn build(self) -> Result<GeminiExtractor, ExtractError> {
        let name = self.model.trim();
        let name = name.strip_prefix("models/").unwrap_or(name).to_owned();
        if name.is_empty() || name.contains(['/', ':', '?', '#']) {
            return Err(ExtractError::Config(format!("`{name}` is not a Gemini model name")));
        }
        let method = format!("{name}:generateContent");
        let endpoint = Endpoint::new(&self.base_url, &["v1beta", "models", &method])?;
        Ok(GeminiExtractor {
            client: model::http_client(self.timeout)?,
            endpoint,
            model: name,
            api_key: self.api_key,
            max_tokens: self.max_tokens,
            temperature: self.temperature,
            timeout: self.timeout,
        })
    }
}

#[cfg(test)]
mod tests;
