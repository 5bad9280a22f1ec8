//! A local HTTP server that stands in for a model API in the back-ends' tests: it records each
//! request and answers them all the same way.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tokio::task::AbortHandle;

/// Extra response headers.
pub(crate) type Headers = Vec<(&'static str, &'static str)>;

/// How the server answers.
#[derive(Clone, Debug)]
pub(crate) enum Reply {
    /// This status and JSON body, with these extra headers.
    Json(u16, Value, Headers),
    /// This status and raw body.
    Raw(u16, &'static str),
    /// Never (the request hangs until the client gives up).
    Hang,
}

/// One request the server received.
#[derive(Clone, Debug)]
pub(crate) struct Recorded {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Value,
}

#[derive(Clone)]
struct Shared {
    reply: Reply,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

/// A running mock server on 127.0.0.1, stopped on drop.
pub(crate) struct MockServer {
    /// Its base URL, `http://127.0.0.1:PORT`.
    pub(crate) base: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: AbortHandle,
}

impl MockServer {
    /// A server on a free port that answers every request with `reply`.
    pub(crate) async fn start(reply: Reply) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared { reply, requests: Arc::clone(&requests) };
        let router = axum::Router::new().fallback(handle).with_state(shared);
        let task = tokio::spawn(async move {
            axum::serve(listener, router).await.expect("serve");
        })
        .abort_handle();
        Self { base, requests, task }
    }

    /// The requests received so far.
    pub(crate) fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    /// The one request received.
    pub(crate) fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request");
        requests.into_iter().next().expect("one request")
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A base URL where nothing listens (connections are refused).
pub(crate) async fn closed_port() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    drop(listener);
    base
}

async fn handle(
    State(shared): State<Shared>,
    method: axum::http::Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.requests.lock().expect("lock").push(Recorded {
        method: method.to_string(),
        path: uri.path().to_owned(),
        headers,
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
    });
    match shared.reply {
        Reply::Json(status, body, extra) => {
            let mut response =
                (StatusCode::from_u16(status).expect("status"), axum::Json(body)).into_response();
            for (name, value) in extra {
                response
                    .headers_mut()
                    .insert(HeaderName::from_static(name), HeaderValue::from_static(value));
            }
            response
        }
        Reply::Raw(status, body) => {
            (StatusCode::from_u16(status).expect("status"), body).into_response()
        }
        Reply::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            StatusCode::OK.into_response()
        }
    }
}
