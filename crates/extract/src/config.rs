//! Choosing an extractor from a configuration file.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{
    BuiltinExtractor, ExtractError, Extractor, GeminiExtractor, OpenAiExtractor, ResponseFormat,
};

/// Which extractor to use and how to reach it, as a node's or the CLI's configuration holds it
/// (tagged by `kind`). API keys are never written in the configuration: it names the
/// environment variable that holds the key (`api_key_env`), read by [`build`](Self::build).
/// Unknown fields are refused, so a misspelt field, or a key written inline as `api_key`, fails
/// loudly instead of being ignored.
///
/// ```toml
/// [extractor]
/// kind = "openai"                        # or "builtin", "gemini"
/// base_url = "https://api.openai.com/v1" # OpenAI-compatible root: xAI, Ark, vLLM, Ollama ...
/// model = "gpt-4o-mini"
/// api_key_env = "OPENAI_API_KEY"         # optional; local servers need no key
/// timeout_secs = 60                      # optional (default 60)
/// response_format = "json_schema"        # optional: "json_schema" (default), "json_object", "none"
/// max_tokens = 4096                      # optional (default 4096)
/// ```
///
/// ```
/// use memsync_extract::ExtractorConfig;
///
/// let config: ExtractorConfig = serde_json::from_str(
///     r#"{"kind": "gemini", "model": "gemini-2.5-flash", "api_key_env": "GEMINI_API_KEY"}"#,
/// )?;
/// let builtin: ExtractorConfig = serde_json::from_str(r#"{"kind": "builtin"}"#)?;
/// assert_eq!(builtin, ExtractorConfig::Builtin);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
#[non_exhaustive]
pub enum ExtractorConfig {
    /// [`BuiltinExtractor`]: offline, no fields.
    #[default]
    Builtin,
    /// [`OpenAiExtractor`]: an OpenAI-compatible chat-completions API.
    #[serde(rename = "openai")]
    OpenAi {
        /// The API's root including its version (`https://api.openai.com/v1`).
        base_url: String,
        /// The model (`gpt-4o-mini`, `grok-3-mini`, `llama3.1`).
        model: String,
        /// The environment variable holding the API key; none sends no key.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        api_key_env: Option<String>,
        /// The timeout of one extraction in seconds (default 60).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timeout_secs: Option<u64>,
        /// How the request asks for JSON (default `json_schema`).
        #[serde(default)]
        response_format: ResponseFormat,
        /// The most tokens an answer may have (default 4096).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_tokens: Option<u32>,
    },
    /// [`GeminiExtractor`]: Gemini's own API.
    Gemini {
        /// The API's root (default `https://generativelanguage.googleapis.com`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base_url: Option<String>,
        /// The model (`gemini-2.5-flash`).
        model: String,
        /// The environment variable holding the API key; none sends no key.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        api_key_env: Option<String>,
        /// The timeout of one extraction in seconds (default 60).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timeout_secs: Option<u64>,
        /// The most tokens an answer may have (default 4096).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_tokens: Option<u32>,
    },
}

impl ExtractorConfig {
    /// The configured extractor, its API key read from the environment variable the
    /// configuration names. Fails if that variable is unset or empty, or a field is invalid;
    /// the error names the variable, never its value.
    pub fn build(&self) -> Result<Arc<dyn Extractor>, ExtractError> {
        self.build_with_env(|name| std::env::var(name).ok())
    }

    /// [`build`](Self::build), reading variables with `env` instead of from the process
    /// environment (for a host that keeps secrets elsewhere, and for tests).
    pub fn build_with_env(
        &self,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Arc<dyn Extractor>, ExtractError> {
        let key = |name: &Option<String>| -> Result<Option<String>, ExtractError> {
            let Some(name) = name else { return Ok(None) };
            match env(name) {
                Some(key) if !key.trim().is_empty() => Ok(Some(key)),
                _ => Err(ExtractError::Config(format!(
                    "the environment variable `{name}` (api_key_env) is not set or empty; set \
                     it to the API key"
                ))),
            }
        };
        let timeout = |secs: &Option<u64>| secs.map(Duration::from_secs);
        Ok(match self {
            Self::Builtin => Arc::new(BuiltinExtractor::new()),
            Self::OpenAi {
                base_url,
                model,
                api_key_env,
                timeout_secs,
                response_format,
                max_tokens,
            } => {
                let mut builder =
                    OpenAiExtractor::builder(base_url, model).response_format(*response_format);
                if let Some(key) = key(api_key_env)? {
                    builder = builder.api_key(key);
                }
                if let Some(timeout) = timeout(timeout_secs) {
                    builder = builder.timeout(timeout);
                }
                if let Some(max_tokens) = max_tokens {
                    builder = builder.max_tokens(Some(*max_tokens));
                }
                Arc::new(builder.build()?)
            }
            Self::Gemini { base_url, model, api_key_env, timeout_secs, max_tokens } => {
                let mut builder = GeminiExtractor::builder(model);
                if let Some(base_url) = base_url {
                    builder = builder.base_url(base_url);
                }
                if let Some(key) = key(api_key_env)? {
                    builder = builder.api_key(key);
                }
                if let Some(timeout) = timeout(timeout_secs) {
                    builder = builder.timeout(timeout);
                }
                if let Some(max_tokens) = max_tokens {
                    builder = builder.max_tokens(Some(*max_tokens));
                }
                Arc::new(builder.build()?)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn configs_deserialize_by_kind() {
        let openai: ExtractorConfig = serde_json::from_str(
            r#"{"kind": "openai", "base_url": "http://localhost:11434/v1", "model": "llama3.1",
                "response_format": "none", "timeout_secs": 5}"#,
        )
        .unwrap();
        assert_eq!(
            openai,
            ExtractorConfig::OpenAi {
                base_url: "http://localhost:11434/v1".to_owned(),
                model: "llama3.1".to_owned(),
                api_key_env: None,
                timeout_secs: Some(5),
                response_format: ResponseFormat::PromptOnly,
                max_tokens: None,
            }
        );
        let round_trip: ExtractorConfig =
            serde_json::from_value(serde_json::to_value(&openai).unwrap()).unwrap();
        assert_eq!(round_trip, openai);
        let builtin: ExtractorConfig = serde_json::from_str(r#"{"kind": "builtin"}"#).unwrap();
        assert_eq!(builtin, ExtractorConfig::Builtin);
        assert!(format!("{:?}", builtin.build().unwrap()).contains("Builtin"));
    }

    #[test]
    fn an_inline_key_or_unknown_kind_is_refused() {
        let inline = serde_json::from_str::<ExtractorConfig>(
            r#"{"kind": "gemini", "model": "gemini-2.5-flash", "api_key": "secret"}"#,
        );
        assert!(inline.unwrap_err().to_string().contains("api_key"));
        assert!(serde_json::from_str::<ExtractorConfig>(r#"{"kind": "claude"}"#).is_err());
    }

    #[test]
    fn the_key_comes_from_the_named_variable() {
        let config = ExtractorConfig::Gemini {
            base_url: None,
            model: "gemini-2.5-flash".to_owned(),
            api_key_env: Some("MEMSYNC_TEST_GEMINI_KEY".to_owned()),
            timeout_secs: None,
            max_tokens: None,
        };
        let err = config.build_with_env(|_| None).unwrap_err().to_string();
        assert!(err.contains("MEMSYNC_TEST_GEMINI_KEY"), "{err}");
        let extractor = config
            .build_with_env(|name| (name == "MEMSYNC_TEST_GEMINI_KEY").then(|| "k-123".to_owned()))
            .unwrap();
        let debug = format!("{extractor:?}");
        assert!(debug.contains("GeminiExtractor") && !debug.contains("k-123"), "{debug}");
    }

    #[test]
    fn a_bad_base_url_is_a_config_error() {
        let config = ExtractorConfig::OpenAi {
            base_url: "ftp://example.com".to_owned(),
            model: "m".to_owned(),
            api_key_env: None,
            timeout_secs: None,
            response_format: ResponseFormat::JsonSchema,
            max_tokens: None,
        };
        assert!(matches!(config.build(), Err(ExtractError::Config(_))));
    }
}
