//! Errors of search: the full-text index, embeddings and stored vectors.

/// An error of a library under the search module, kept behind a box so that tantivy and the
/// HTTP library are not part of the SDK's public API.
pub type SourceError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What can go wrong while indexing, searching or embedding memories.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    /// The full-text index failed. It lives in memory only, so this is a bug or the process ran
    /// out of memory.
    #[error(
        "the search index failed: {source}; reopen the client to rebuild the index from the \
         memories"
    )]
    Index {
        /// The index library's error.
        #[source]
        source: SourceError,
    },

    /// The embedder's configuration is unusable.
    #[error("invalid embedder configuration: {0}")]
    InvalidConfig(String),

    /// The embeddings endpoint could not be reached: the connection failed or timed out.
    #[error(
        "could not reach the embeddings endpoint {url}: {source}; check the URL, the network and \
         that the server is running"
    )]
    EmbedderUnreachable {
        /// The URL requested.
        url: String,
        /// The transport error.
        #[source]
        source: SourceError,
    },

    /// The request reached the embeddings endpoint but failed while sending or receiving.
    #[error("the request to the embeddings endpoint {url} failed: {source}; retry")]
    EmbedderTransport {
        /// The URL requested.
        url: String,
        /// The transport error.
        #[source]
        source: SourceError,
    },

    /// The embeddings endpoint answered with an HTTP error.
    #[error("the embeddings endpoint {url} answered HTTP {status}: {message}{}", advice(*.status))]
    EmbedderHttp {
        /// The URL requested.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The server's error message (or the start of its answer).
        message: String,
    },

    /// The embeddings endpoint answered something that is not the embeddings asked for.
    #[error(
        "the embeddings endpoint {url} answered something unusable: {reason}; check that it \
         speaks the OpenAI embeddings API and that the model name is right"
    )]
    EmbedderResponse {
        /// The URL requested.
        url: String,
        /// What is wrong with the answer.
        reason: String,
    },

    /// A vector has another number of dimensions than the others.
    #[error(
        "the vector has {actual} dimensions but {expected} were expected; a vector from another \
         embedding model cannot be compared: re-embed the memories with one model"
    )]
    Dimensions {
        /// The dimensions expected.
        expected: usize,
        /// The dimensions found.
        actual: usize,
    },

    /// A vector is empty, too long, or holds a NaN, an infinity or only zeros.
    #[error("invalid vector: {0}")]
    InvalidVector(&'static str),

    /// A stored vector's bytes are malformed.
    #[error(
        "the stored vector is malformed: {0}; it is ignored, re-embed the memory to replace it"
    )]
    MalformedVector(String),
}

impl SearchError {
    pub(super) fn index(err: tantivy::TantivyError) -> Self {
        Self::Index { source: Box::new(err) }
    }
}

fn advice(status: u16) -> &'static str {
    match status {
        401 | 403 => "; check the API key",
        404 => "; check the base URL (it usually ends in `/v1`) and the model name",
        413 => "; the batch is too large: lower the batch size",
        429 => "; the endpoint is rate-limiting: retry later",
        500..=599 => "; the server failed: retry later",
        _ => "",
    }
}
