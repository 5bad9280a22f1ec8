//! An extractor backed by an OpenAI-compatible chat-completions API.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::model::{self, ApiKey, Endpoint};
use super::{Candidate, ExtractContext, ExtractError, ExtractFuture, Extractor, Message};

/// How an [`OpenAiExtractor`] asks the server for JSON (the request's `response_format`).
///
/// Every mode sends the same instructions and reads the answer with the same tolerance; the
/// stricter modes only make a malformed answer less likely.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResponseFormat {
    /// Structured output: `{"type": "json_schema", "json_schema": {"strict": true, ...}}`.
    /// OpenAI, xAI, vLLM and Ollama accept it.
    #[default]
    JsonSchema,
    /// JSON mode, `{"type": "json_object"}`, for servers that accept no schema.
    JsonObject,
    /// No `response_format` field: the instructions alone ask for JSON, for servers that reject
    /// the field.
    #[serde(rename = "none")]
    PromptOnly,
}

/// An [`Extractor`] that asks a model behind an OpenAI-compatible API
/// (`POST {base_url}/chat/completions`): OpenAI, xAI, ByteDance Ark, vLLM, Ollama and others.
///
/// It sends instructions (take facts only from the user's messages, write each as a
/// first-person sentence like [`BuiltinExtractor`](super::BuiltinExtractor) does, the schema
/// of a candidate), the conversation's user and assistant messages in order (its system
/// messages are left out), and a closing turn that asks for the answer; with temperature 0 and
/// structured output by default. Nothing is sent when the user says nothing. The answer is read
/// leniently: complete items of a cut-off answer are kept, invalid items are skipped.
///
/// Errors name the server's host, the HTTP status and the provider's error code, never the
/// conversation. The API key is wiped from memory on drop and never printed.
///
/// ```no_run
/// # async fn example() -> Result<(), memsync_extract::ExtractError> {
/// use memsync_extract::{ExtractContext, Extractor, Message, OpenAiExtractor};
///
/// let extractor = OpenAiExtractor::builder("https://api.openai.com/v1", "gpt-4o-mini")
///     .api_key(std::env::var("OPENAI_API_KEY").unwrap_or_default())
///     .build()?;
/// let messages = [Message::user("I moved to Lisbon last month.")];
/// let context = ExtractContext { now: jiff::Timestamp::now() };
/// let candidates = extractor.extract(&messages, &context).await?;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct OpenAiExtractor {
    client: reqwest::Client,
    endpoint: Endpoint,
    model: String,
    api_key: Option<ApiKey>,
    response_format: ResponseFormat,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
    timeout: Duration,
}

/// Configures an [`OpenAiExtractor`]; made by [`OpenAiExtractor::builder`].
#[derive(Debug)]
#[must_use]
pub struct OpenAiExtractorBuilder {
    base_url: String,
    model: String,
    api_key: Option<ApiKey>,
    response_format: ResponseFormat,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
    timeout: Duration,
}

impl OpenAiExtractor {
    /// A builder for an extractor that asks `model` at `base_url`, the API's root including
    /// its version (`https://api.openai.com/v1`, `https://api.x.ai/v1`,
    /// `https://ark.cn-beijing.volces.com/api/v3`, `http://localhost:11434/v1` for Ollama,
    /// `http://localhost:8000/v1` for vLLM). Defaults: no API key, a 60 s timeout,
    /// [`ResponseFormat::JsonSchema`], at most 4096 tokens, temperature 0.
    pub fn builder(
        base_url: impl Into<String>,
        model: impl Into<String>,
    ) -> OpenAiExtractorBuilder {
        OpenAiExtractorBuilder {
            base_url: base_url.into(),
            model: model.into(),
            api_key: None,
            response_format: ResponseFormat::default(),
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
    fn request(&self, messages: &[Message], context: &ExtractContext) -> Option<Value> {
        let prompt = model::prompt(messages, context)?;
        let mut chat = vec![json!({ "role": "system", "content": prompt.system })];
        chat.extend(prompt.turns.iter().map(|turn| {
            let role = if turn.from_user { "user" } else { "assistant" };
            json!({ "role": role, "content": turn.text })
        }));
        let mut body = json!({ "model": self.model, "messages": chat });
        if let Some(temperature) = self.temperature {
            body["temperature"] = json!(temperature);
        }
        if let Some(max_tokens) = self.max_tokens {
            body["max_tokens"] = json!(max_tokens);
        }
        match self.response_format {
            ResponseFormat::JsonSchema => {
                body["response_format"] = json!({
                    "type": "json_schema",
                    "json_schema": {
                        "name": model::SCHEMA_NAME,
                        "strict": true,
                        "schema": model::json_schema(),
                    }
                });
            }
            ResponseFormat::JsonObject => {
                body["response_format"] = json!({ "type": "json_object" });
            }
            ResponseFormat::PromptOnly => {}
        }
        Some(body)
    }

    async fn candidates(
        &self,
        messages: &[Message],
        context: &ExtractContext,
    ) -> Result<Vec<Candidate>, ExtractError> {
        let Some(body) = self.request(messages, context) else { return Ok(Vec::new()) };
        let mut headers = HeaderMap::new();
        if let Some(key) = &self.api_key {
            headers.insert(AUTHORIZATION, key.header("Bearer ")?);
        }
        let hint = match self.response_format {
            ResponseFormat::JsonSchema => {
                "; if the server does not support json_schema, set the response format to \
                 json_object or none"
            }
            ResponseFormat::JsonObject => {
                "; if the server does not support json_object, set the response format to none"
            }
            ResponseFormat::PromptOnly => "",
        };
        let answer =
            model::post_json(&self.client, &self.endpoint, headers, &body, self.timeout, hint)
                .await?;
        self.read(&answer)
    }

    /// The candidates in a chat-completions response.
    fn read(&self, response: &Value) -> Result<Vec<Candidate>, ExtractError> {
        let host = &self.endpoint.host;
        let choice = response
            .pointer("/choices/0")
            .ok_or_else(|| ExtractError::InvalidResponse(format!("{host} answered no choices")))?;
        let finish = choice.get("finish_reason").and_then(Value::as_str).unwrap_or("");
        let message = choice.get("message").unwrap_or(&Value::Null);
        if message.get("refusal").and_then(Value::as_str).is_some_and(|r| !r.is_empty()) {
            return Err(ExtractError::Backend(format!(
                "the model at {host} refused to answer (a refusal instead of memories)"
            )));
        }
        if finish == "content_filter" {
            return Err(ExtractError::Backend(format!(
                "{host} withheld the answer (finish reason content_filter)"
            )));
        }
        let content = match message.get("content") {
            Some(Value::String(text)) => text.clone(),
            // Some servers answer a list of parts.
            Some(Value::Array(parts)) => parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect::<String>(),
            _ => String::new(),
        };
        let cut_off = finish == "length";
        match model::parse_answer(&content) {
            Ok(answer) => Ok(answer.into_candidates(host)),
            Err(_) if cut_off => Err(ExtractError::InvalidResponse(format!(
                "the answer from {host} was cut off at the token limit ({}) before its first \
                 complete memory ({} bytes); raise max_tokens",
                self.max_tokens.map_or_else(|| "the server's".to_owned(), |n| n.to_string()),
                content.len()
            ))),
            Err(err) => Err(err),
        }
    }
}

impl Extractor for OpenAiExtractor {
    fn extract<'a>(
        &'a self,
        messages: &'a [Message],
        context: &'a ExtractContext,
    ) -> ExtractFuture<'a> {
        Box::pin(self.candidates(messages, context))
    }
}

impl OpenAiExtractorBuilder {
    /// Sends `key` as `Authorization: Bearer <key>`. Local servers (Ollama, vLLM) need none.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey::new(key.into()));
        self
    }

    /// How long one extraction may take, connection to last byte (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How the request asks for JSON (default [`ResponseFormat::JsonSchema`]).
    pub fn response_format(mut self, format: ResponseFormat) -> Self {
        self.response_format = format;
        self
    }

    /// The most tokens the answer may have, sent as `max_tokens` (default 4096); `None` sends
    /// no limit (for models that accept only `max_completion_tokens`).
    pub fn max_tokens(mut self, max_tokens: Option<u32>) -> Self {
        self.max_tokens = max_tokens;
        self
    }

    /// The sampling temperature (default 0, the most repeatable); `None` sends none, for
    /// models that accept only their default.
    pub fn temperature(mut self, temperature: Option<f32>) -> Self {
        self.temperature = temperature;
        self
    }

    /// The extractor; fails if the base URL is not an http(s) URL or the model is blank.
    pub fn build(self) -> Result<OpenAiExtractor, ExtractError> {
        let endpoint = Endpoint::new(&self.base_url, &["chat", "completions"])?;
        if self.model.trim().is_empty() {
            return Err(ExtractError::Config("the model name is empty".to_owned()));
        }
        Ok(OpenAiExtractor {
            client: model::http_client(self.timeout)?,
            endpoint,
            model: self.model,
            api_key: self.api_key,
            response_format: self.response_format,
            max_tokens: self.max_tokens,
            temperature: self.temperature,
            timeout: self.timeout,
        })
    }
}

#[cfg(test)]
mod tests;
