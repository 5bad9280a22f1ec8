//! An in-process server for the blob stores' end-to-end tests: the HTTP blob protocol over a
//! temporary directory, and a minimal IPFS node (a trustless gateway and Kubo's `add` and
//! `pin/rm`).
//!
//! The IPFS side computes CIDs itself ([`raw_cid`]), apart from the SDK's code, so that a test
//! comparing the two is not circular.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sha2::{Digest as _, Sha256};

/// The HTTP blob store protocol under `/blobs`, an endless body under `/endless`, and a minimal
/// IPFS node at the root (`/ipfs/{cid}`, `/api/v0/add`, `/api/v0/pin/rm`).
#[derive(Debug)]
pub struct BlobServer {
    addr: SocketAddr,
    state: Arc<Node>,
    server: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

#[derive(Debug)]
struct Node {
    dir: PathBuf,
    bearer_token: Option<String>,
    pins: Mutex<HashSet<String>>,
    add_answer: Mutex<Option<String>>,
    endless_sent: AtomicUsize,
}

impl BlobServer {
    /// Starts a server on a free loopback port that accepts every request.
    pub async fn start() -> Self {
        Self::start_with(None).await
    }

    /// Starts a server whose `/blobs` routes require `Authorization: Bearer <token>`.
    pub async fn start_with_bearer_token(token: &str) -> Self {
        Self::start_with(Some(token.to_owned())).await
    }

    async fn start_with(bearer_token: Option<String>) -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        std::fs::create_dir_all(dir.path().join("ipfs")).expect("ipfs directory");
        let state = Arc::new(Node {
            dir: dir.path().to_owned(),
            bearer_token,
            pins: Mutex::default(),
            add_answer: Mutex::default(),
            endless_sent: AtomicUsize::new(0),
        });
        let app = Router::new()
            .route("/blobs/{name}", get(get_blob).put(put_blob).delete(delete_blob))
            .route("/endless/{name}", get(endless))
            .route("/ipfs/{cid}", get(gateway))
            .route("/api/v0/add", post(add))
            .route("/api/v0/pin/rm", post(pin_rm))
            .layer(DefaultBodyLimit::max(64 << 20))
            .with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("server address");
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("blob server");
        });
        Self { addr, state, server, _dir: dir }
    }

    /// The server's root URL: the IPFS gateway and the Kubo RPC API.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The base URL of the HTTP blob store protocol.
    pub fn blobs_url(&self) -> String {
        format!("{}/blobs", self.url())
    }

    /// A base URL under which every `GET` answers an endless body without a length.
    pub fn endless_url(&self) -> String {
        format!("{}/endless", self.url())
    }

    /// The file holding the HTTP blob named `name` (64 hex digits).
    pub fn blob_path(&self, name: &str) -> PathBuf {
        self.state.dir.join(name)
    }

    /// The file holding the IPFS block `cid`.
    pub fn block_path(&self, cid: &str) -> PathBuf {
        self.state.dir.join("ipfs").join(cid)
    }

    /// Whether the IPFS node pins `cid`.
    pub fn is_pinned(&self, cid: &str) -> bool {
        self.state.pins.lock().expect("pins").contains(cid)
    }

    /// How many bytes the endless bodies have produced so far.
    pub fn endless_bytes_sent(&self) -> usize {
        self.state.endless_sent.load(Ordering::Relaxed)
    }

    /// Makes `add` answer with `cid` whatever it stored, like a node that chunks differently.
    pub fn answer_add_with(&self, cid: &str) {
        *self.state.add_answer.lock().expect("answer") = Some(cid.to_owned());
    }
}

impl Drop for BlobServer {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// The CIDv1 (raw codec, sha2-256, base32 lower case) of `content`, computed without the SDK.
pub fn raw_cid(content: &[u8]) -> String {
    let mut cid = vec![0x01, 0x55, 0x12, 0x20];
    cid.extend_from_slice(&Sha256::digest(content));
    format!("b{}", base32_lower(&cid))
}

/// RFC 4648 base32, lower case, without padding.
fn base32_lower(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut text = String::new();
    let (mut buffer, mut bits) = (0_u32, 0_u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        text.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    text
}

fn authorised(node: &Node, headers: &HeaderMap) -> bool {
    node.bearer_token.as_ref().is_none_or(|token| {
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok())
            == Some(&format!("Bearer {token}"))
    })
}

/// The file of a blob named by 64 lower-case hex digits, or `None` for any other name.
fn blob_file(node: &Node, name: &str) -> Option<PathBuf> {
    let valid = name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    valid.then(|| node.dir.join(name))
}

async fn put_blob(
    State(node): State<Arc<Node>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    if !authorised(&node, &headers) {
        return StatusCode::UNAUTHORIZED;
    }
    let Some(path) = blob_file(&node, &name) else { return StatusCode::BAD_REQUEST };
    std::fs::write(path, &body).expect("write blob");
    StatusCode::CREATED
}

async fn get_blob(
    State(node): State<Arc<Node>>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !authorised(&node, &headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let Some(path) = blob_file(&node, &name) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    match std::fs::read(path) {
        Ok(content) => content.into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn delete_blob(
    State(node): State<Arc<Node>>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> StatusCode {
    if !authorised(&node, &headers) {
        return StatusCode::UNAUTHORIZED;
    }
    let Some(path) = blob_file(&node, &name) else { return StatusCode::BAD_REQUEST };
    match std::fs::remove_file(path) {
        Ok(()) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::NOT_FOUND,
    }
}

/// An endless body with no `Content-Length`, as a hostile server would send.
async fn endless(State(node): State<Arc<Node>>) -> Body {
    let chunk = Bytes::from(vec![0xab; 64 << 10]);
    Body::from_stream(futures_util::stream::repeat_with(move || {
        node.endless_sent.fetch_add(chunk.len(), Ordering::Relaxed);
        Ok::<_, Infallible>(chunk.clone())
    }))
}

/// The trustless gateway: raw blocks only, asked for as the specification says.
async fn gateway(
    State(node): State<Arc<Node>>,
    Path(cid): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    if query.get("format").map(String::as_str) != Some("raw")
        || accept != Some("application/vnd.ipld.raw")
    {
        return (
            StatusCode::BAD_REQUEST,
            "ask for ?format=raw with Accept: application/vnd.ipld.raw",
        )
            .into_response();
    }
    if !cid.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return StatusCode::BAD_REQUEST.into_response();
    }
    match std::fs::read(node.dir.join("ipfs").join(&cid)) {
        Ok(block) => ([(header::CONTENT_TYPE, "application/vnd.ipld.raw")], block).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

fn kubo_error(message: &str) -> Response {
    let body = serde_json::json!({"Message": message, "Code": 0, "Type": "error"});
    (StatusCode::INTERNAL_SERVER_ERROR, body.to_string()).into_response()
}

/// Kubo's `add`, for the options the SDK must send: a single file becomes one raw block.
async fn add(
    State(node): State<Arc<Node>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let expected = [
        ("cid-version", "1"),
        ("raw-leaves", "true"),
        ("pin", "true"),
        ("chunker", "size-1048576"),
    ];
    for (key, value) in expected {
        if query.get(key).map(String::as_str) != Some(value) {
            return kubo_error(&format!("this test node only adds with {key}={value}"));
        }
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let Some(content) = content_type.and_then(|ct| multipart_field(ct, &body, "file")) else {
        return kubo_error("expected a multipart body with a `file` field");
    };
    if content.len() > 1 << 20 {
        return kubo_error("this test node only adds single raw blocks");
    }
    let cid = raw_cid(content);
    std::fs::write(node.dir.join("ipfs").join(&cid), content).expect("write block");
    node.pins.lock().expect("pins").insert(cid.clone());
    let answered = node.add_answer.lock().expect("answer").clone().unwrap_or(cid);
    let line =
        serde_json::json!({"Name": "blob", "Hash": answered, "Size": content.len().to_string()});
    format!("{line}\n").into_response()
}

/// Kubo's `pin/rm`; the block goes with its last pin (an immediate garbage collection).
async fn pin_rm(
    State(node): State<Arc<Node>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(cid) = query.get("arg") else {
        return kubo_error("argument \"ipfs-path\" is required");
    };
    if !node.pins.lock().expect("pins").remove(cid) {
        return kubo_error("not pinned or pinned indirectly");
    }
    let _ = std::fs::remove_file(node.dir.join("ipfs").join(cid));
    serde_json::json!({"Pins": [cid]}).to_string().into_response()
}

/// The content of the multipart/form-data field `name` (the body of its single part).
fn multipart_field<'a>(content_type: &str, body: &'a [u8], name: &str) -> Option<&'a [u8]> {
    let boundary = content_type
        .strip_prefix("multipart/form-data")?
        .split(';')
        .find_map(|param| param.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    let opening = format!("--{boundary}\r\n");
    let rest = body.strip_prefix(opening.as_bytes())?;
    let headers_end = find(rest, b"\r\n\r\n")?;
    let headers = std::str::from_utf8(&rest[..headers_end]).ok()?;
    if !headers.contains(&format!("name=\"{name}\"")) {
        return None;
    }
    let content = &rest[headers_end + 4..];
    let closing = format!("\r\n--{boundary}--");
    let end = find(content, closing.as_bytes())?;
    Some(&content[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// A loopback address that refuses connections (the port was free a moment ago).
pub fn refused_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

/// A loopback listener that accepts connections and never answers; dropped, it closes.
#[derive(Debug)]
pub struct SilentServer {
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl SilentServer {
    /// Starts accepting on a free loopback port.
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        Self { addr, task }
    }

    /// Its URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for SilentServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_and_cid_match_known_values() {
        // RFC 4648 test vectors, lower case without padding.
        for (input, output) in [("", ""), ("f", "my"), ("fo", "mzxq"), ("foobar", "mzxw6ytboi")] {
            assert_eq!(base32_lower(input.as_bytes()), output);
        }
        assert_eq!(
            raw_cid(b"hello world"),
            "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
        );
    }

    #[test]
    fn multipart_fields_are_found() {
        let body =
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blob\"\r\n\r\n\
                     a\r\n--b\r\n--XyZ--\r\n";
        let ct = "multipart/form-data; boundary=XyZ";
        assert_eq!(multipart_field(ct, body, "file"), Some(&b"a\r\n--b"[..]));
        assert_eq!(multipart_field(ct, body, "other"), None);
    }
}
