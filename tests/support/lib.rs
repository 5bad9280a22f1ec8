//! Shared helpers for MemSync's end-to-end tests.

pub mod blob_server;
pub mod rpc_sim;
pub mod safe;
pub mod tee;

pub use rpc_sim::{
    FaultKind, Faults, LogsErrorStyle, ReorgReport, RpcSim, SimStats, SnapshotId, Transient,
};

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use serde_json::Value;

/// Rewrites the JSON-RPC result of `eth_getLogs` (the array of logs) in place.
pub type LogTamper = Arc<dyn Fn(&mut Vec<Value>) + Send + Sync>;

/// JSON-RPC calls by method, as a counting proxy ([`LyingRpc::counting`]) saw them.
pub type CallCounts = Arc<std::sync::Mutex<std::collections::BTreeMap<String, usize>>>;

/// Sees every single JSON-RPC request first and may answer it in the node's place (an error, a
/// dropped transaction), returning the whole JSON-RPC response; `None` forwards it.
pub type Intercept = Arc<dyn Fn(&Value) -> Option<Value> + Send + Sync>;

/// A JSON-RPC proxy in front of a real node that forwards every request and lets a test alter
/// the answers to `eth_getLogs`: an RPC provider that lies.
#[derive(Debug)]
pub struct LyingRpc {
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

#[derive(Clone)]
struct Proxy {
    upstream: String,
    client: reqwest::Client,
    tamper: LogTamper,
    intercept: Option<Intercept>,
}

impl LyingRpc {
    /// Starts a proxy on a free loopback port that forwards to `upstream`.
    pub async fn start(upstream: String, tamper: LogTamper) -> Self {
        Self::serve(Proxy { upstream, client: reqwest::Client::new(), tamper, intercept: None })
            .await
    }

    /// Starts a proxy that forwards everything and counts the JSON-RPC calls it forwards, by
    /// method (batches counted call by call): what a client costs a provider.
    pub async fn counting(upstream: String) -> (Self, CallCounts) {
        let calls: CallCounts = Arc::default();
        let counted = calls.clone();
        let proxy = Self::intercepting(
            upstream,
            Arc::new(move |request: &Value| {
                let mut calls = counted.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                let one = std::slice::from_ref(request);
                for call in request.as_array().map_or(one, Vec::as_slice) {
                    let method = call["method"].as_str().unwrap_or("?").to_owned();
                    *calls.entry(method).or_default() += 1;
                }
                None
            }),
        )
        .await;
        (proxy, calls)
    }

    /// Starts a proxy that lets `intercept` answer single requests in the node's place.
    pub async fn intercepting(upstream: String, intercept: Intercept) -> Self {
        let tamper: LogTamper = Arc::new(|_| {});
        let client = reqwest::Client::new();
        Self::serve(Proxy { upstream, client, tamper, intercept: Some(intercept) }).await
    }

    async fn serve(state: Proxy) -> Self {
        let app = Router::new().route("/", post(forward)).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy address");
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("proxy server");
        });
        Self { addr, server }
    }

    /// The proxy's RPC URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for LyingRpc {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn forward(State(proxy): State<Proxy>, body: Bytes) -> Result<Vec<u8>, StatusCode> {
    let request: Value = serde_json::from_slice(&body).map_err(|_| StatusCode::BAD_REQUEST)?;
    if let Some(answer) = proxy.intercept.as_ref().and_then(|intercept| intercept(&request)) {
        return serde_json::to_vec(&answer).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR);
    }
    let upstream = proxy
        .client
        .post(&proxy.upstream)
        .header("content-type", "application/json")
        .body(body.to_vec())
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let mut response: Value = upstream.json().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    match (&request, &mut response) {
        (Value::Array(requests), Value::Array(responses)) => {
            for (req, resp) in requests.iter().zip(responses.iter_mut()) {
                tamper_one(&proxy.tamper, req, resp);
            }
        }
        (req, resp) => tamper_one(&proxy.tamper, req, resp),
    }
    serde_json::to_vec(&response).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

fn tamper_one(tamper: &LogTamper, request: &Value, response: &mut Value) {
    if request.get("method").and_then(Value::as_str) != Some("eth_getLogs") {
        return;
    }
    if let Some(Value::Array(logs)) = response.get_mut("result") {
        tamper(logs);
    }
}

/// `n` bytes of deterministic, mostly non-zero filler (what ciphertext looks like to the EVM).
pub fn filler(n: usize, seed: u8) -> Vec<u8> {
    let mut x = u32::from(seed).wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x as u8) | 1
        })
        .collect()
}

/// Everything an observer can read from a devnet: every transaction's calldata, every log's
/// topics and data, and every storage slot of every account (anvil's full state dump), as
/// bytes to search.
pub async fn chain_bytes(rpc_url: &str) -> Vec<Vec<u8>> {
    use std::io::Read as _;
    let client = reqwest::Client::new();
    let call = |method: &'static str, params: Value| {
        let client = client.clone();
        async move {
            let body =
                serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
            let answer: Value = client
                .post(rpc_url)
                .json(&body)
                .send()
                .await
                .expect("rpc")
                .json()
                .await
                .expect("json");
            answer["result"].clone()
        }
    };
    let unhex = |v: &Value| {
        hex::decode(v.as_str().unwrap_or("0x").trim_start_matches("0x")).unwrap_or_default()
    };
    let mut found = Vec::new();
    let latest = call("eth_blockNumber", serde_json::json!([])).await;
    let latest = u64::from_str_radix(latest.as_str().expect("block").trim_start_matches("0x"), 16)
        .expect("hex");
    for n in 0..=latest {
        let block =
            call("eth_getBlockByNumber", serde_json::json!([format!("{n:#x}"), true])).await;
        for tx in block["transactions"].as_array().into_iter().flatten() {
            found.push(unhex(&tx["input"]));
            let receipt = call("eth_getTransactionReceipt", serde_json::json!([tx["hash"]])).await;
            for log in receipt["logs"].as_array().into_iter().flatten() {
                found.push(unhex(&log["data"]));
                for topic in log["topics"].as_array().into_iter().flatten() {
                    found.push(unhex(topic));
                }
            }
        }
    }
    let dump = unhex(&call("anvil_dumpState", serde_json::json!([])).await);
    let mut state = String::new();
    flate2::read::GzDecoder::new(&dump[..]).read_to_string(&mut state).expect("gzip state");
    let state: Value = serde_json::from_str(&state).expect("state json");
    for account in state["accounts"].as_object().into_iter().flat_map(|a| a.values()) {
        for (slot, value) in account["storage"].as_object().into_iter().flatten() {
            found.push(unhex(&Value::String(slot.clone())));
            found.push(unhex(value));
        }
        found.push(unhex(&account["code"]));
    }
    found
}

/// Moves the devnet's clock forward by `seconds` and mines a block at the new time.
pub async fn advance_time(provider: &alloy::providers::DynProvider, seconds: u64) {
    use alloy::providers::Provider as _;
    let _: Value = provider
        .raw_request("evm_increaseTime".into(), (seconds,))
        .await
        .expect("evm_increaseTime");
    mine(provider).await;
}

/// Mines one block.
pub async fn mine(provider: &alloy::providers::DynProvider) {
    use alloy::providers::Provider as _;
    let _: Value = provider.raw_request("evm_mine".into(), ()).await.expect("evm_mine");
}

/// Turns anvil's mining of a block per transaction on or off.
pub async fn set_automine(provider: &alloy::providers::DynProvider, on: bool) {
    use alloy::providers::Provider as _;
    let _: Value =
        provider.raw_request("evm_setAutomine".into(), (on,)).await.expect("evm_setAutomine");
}

/// The vault's custom error inside a vault error or an SDK error; panics, naming the error, on
/// anything else.
pub fn vault_revert<E: std::error::Error + 'static>(
    err: &E,
) -> &memsync::bindings::memory_vault::MemoryVault::MemoryVaultErrors {
    let err: &(dyn std::error::Error + 'static) = err;
    let vault = match err.downcast_ref::<memsync::Error>() {
        Some(memsync::Error::Vault(vault)) => Some(vault),
        Some(_) => None,
        None => err.downcast_ref::<memsync::VaultError>(),
    };
    match vault {
        Some(memsync::VaultError::Revert(decoded)) => decoded,
        _ => panic!("expected a vault revert, got {err}"),
    }
}

/// A ChatGPT `conversations.json` holding one conversation started at `created_at` (seconds
/// since the epoch): the user's messages `said`, each `(seconds since the epoch, text)`, one
/// after the other.
pub fn chatgpt_export(created_at: u64, said: &[(u64, &str)]) -> String {
    let mut mapping = serde_json::Map::new();
    for (i, (at, text)) in said.iter().enumerate() {
        let id = format!("m{i}");
        let parent = i.checked_sub(1).map(|p| format!("m{p}"));
        let children: Vec<String> =
            if i + 1 < said.len() { vec![format!("m{}", i + 1)] } else { Vec::new() };
        mapping.insert(
            id.clone(),
            serde_json::json!({
                "id": id, "parent": parent, "children": children,
                "message": {
                    "id": id, "author": {"role": "user"}, "create_time": *at as f64,
                    "content": {"content_type": "text", "parts": [text]},
                },
            }),
        );
    }
    let current = said.len().checked_sub(1).map(|last| format!("m{last}"));
    serde_json::json!([{
        "id": "c1", "title": "imported", "create_time": created_at as f64,
        "current_node": current, "mapping": mapping,
    }])
    .to_string()
}
