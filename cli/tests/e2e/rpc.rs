//! An RPC that fails in the middle of a sync (retried, and the command succeeds), that keeps
//! failing (reads answer from the cache and say so, writes and `sync` exit 7, nothing lost),
//! that hides log entries (reads answer from what was verified, `sync` and writes exit 8,
//! nothing stored), and a write that loses a race with another device (exit 5, nothing
//! overwritten).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::Value;

use crate::support::{Devnet, added};

/// A JSON-RPC proxy in front of a node that misbehaves as told: fails chosen `eth_getLogs`
/// requests (alternately with an HTTP 503 and a JSON-RPC error), hides their logs, or holds
/// `eth_estimateGas` requests back.
struct FlakyRpc {
    url: String,
    state: Arc<Proxy>,
    /// Serves the proxy while the test runs `memsync` in blocking child processes.
    _runtime: tokio::runtime::Runtime,
}

struct Proxy {
    upstream: String,
    client: reqwest::Client,
    plan: Mutex<Plan>,
}

/// What the proxy does, and what it saw since it was told.
#[derive(Default)]
struct Plan {
    /// `eth_getLogs` requests seen.
    seen: usize,
    /// Which of them (from 1) to fail.
    fail: BTreeSet<usize>,
    /// Fail all of them.
    fail_all: bool,
    /// How many were failed.
    failed: usize,
    /// Answer `eth_getLogs` with no logs.
    hide_logs: bool,
    /// Hold `eth_estimateGas` requests until this is cleared.
    hold_estimates: bool,
    /// How many `eth_estimateGas` requests were held.
    held: usize,
}

impl FlakyRpc {
    fn start(upstream: &str) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let state = Arc::new(Proxy {
            upstream: upstream.to_owned(),
            client: reqwest::Client::new(),
            plan: Mutex::new(Plan::default()),
        });
        let listener =
            runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let app = Router::new().route("/", post(forward)).with_state(state.clone());
        runtime.spawn(async move { axum::serve(listener, app).await.expect("proxy") });
        Self { url, state, _runtime: runtime }
    }

    /// Does as `plan` says from now on.
    fn set(&self, plan: Plan) {
        *self.state.plan.lock().expect("plan") = plan;
    }

    /// Reads what the proxy saw.
    fn seen<T>(&self, read: impl FnOnce(&Plan) -> T) -> T {
        read(&self.state.plan.lock().expect("plan"))
    }

    /// (`eth_getLogs` requests seen, requests failed).
    fn counts(&self) -> (usize, usize) {
        self.seen(|plan| (plan.seen, plan.failed))
    }
}

async fn forward(State(proxy): State<Arc<Proxy>>, body: Bytes) -> Response {
    let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let method = request["method"].as_str().unwrap_or_default().to_owned();
    if method == "eth_estimateGas" && proxy.plan.lock().expect("plan").hold_estimates {
        proxy.plan.lock().expect("plan").held += 1;
        while proxy.plan.lock().expect("plan").hold_estimates {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    if method == "eth_getLogs" {
        let (failure, hide) = {
            let mut plan = proxy.plan.lock().expect("plan");
            plan.seen += 1;
            let fail = plan.fail_all || plan.fail.contains(&plan.seen);
            plan.failed += usize::from(fail);
            (fail.then_some(plan.failed), plan.hide_logs)
        };
        // A JSON-RPC answer with `field` (result or error) set to `value`.
        let answer = |field: &str, value: Value| {
            let mut answer = serde_json::json!({"jsonrpc": "2.0", "id": request["id"]});
            answer[field] = value;
            axum::Json(answer).into_response()
        };
        match failure {
            Some(n) if n % 2 == 1 => {
                return (StatusCode::SERVICE_UNAVAILABLE, "the node is overloaded").into_response();
            }
            Some(_) => {
                let error =
                    serde_json::json!({"code": -32005, "message": "query timeout exceeded"});
                return answer("error", error);
            }
            None if hide => return answer("result", serde_json::json!([])),
            None => {}
        }
    }
    let upstream = proxy
        .client
        .post(&proxy.upstream)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await;
    let bytes = match upstream {
        Ok(response) => response.bytes().await,
        Err(err) => Err(err),
    };
    match bytes {
        Ok(bytes) => ([("content-type", "application/json")], bytes).into_response(),
        Err(_) => StatusCode::BAD_GATEWAY.into_response(),
    }
}

#[test]
fn an_rpc_that_drops_mid_sync_loses_nothing() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    let mut expected = Vec::new();
    let mut write = |text: String| {
        home.ok(&["--network", "devnet", "add", &text]);
        expected.push(text);
        expected.sort();
        expected.clone()
    };
    for i in 1..=3 {
        write(format!("Fact {i}, written before the RPC got flaky"));
    }

    let proxy = FlakyRpc::start(&devnet.rpc_url);
    home.ok(&devnet.add_network_args("flaky", &proxy.url));
    // Another device behind the flaky RPC: its own cache, caught up once.
    let device = home.with_data(devnet.root().join("device"));
    assert_eq!(device.texts(&["--network", "flaky"]).len(), 3);

    // Three new writes (three blocks: the catch-up walks them with one eth_getLogs each), and
    // the RPC fails the second, third and fourth: the sync is cut in the middle, retried, done.
    let mut all = Vec::new();
    for i in 4..=6 {
        all = write(format!("Fact {i}, written while the device was away"));
    }
    proxy.set(Plan { fail: BTreeSet::from([2, 3, 4]), ..Plan::default() });
    assert_eq!(device.texts(&["--network", "flaky"]), all);
    // One eth_getLogs per block; the failed one retried in place by the transport.
    assert_eq!(proxy.counts(), (1 + 3 + 2, 3));

    // An RPC that fails every time: reads answer from the cache and say so; writes and sync
    // exit 7; nothing lost, nothing written.
    let cached = all.clone();
    for i in 7..=8 {
        all = write(format!("Fact {i}, written while the RPC was down"));
    }
    proxy.set(Plan { fail_all: true, ..Plan::default() });
    let run = device.run(&["--network", "flaky", "list"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stderr.starts_with("warning: answering from the local cache (seq 7)"), "{run}");
    assert!(run.stderr.contains("RPC request failed 8 times"), "{run}");
    assert!(run.stdout.contains("(6 memories)"), "{run}");
    let message = device.json_fails(7, &["--network", "flaky", "add", "Must not be written"]);
    assert!(message.contains("nothing was lost"), "{message}");
    let run = device.fails(7, &["--network", "flaky", "sync"]);
    assert!(run.stderr.contains("nothing was lost"), "{run}");
    assert_eq!(proxy.counts().1, 24, "eight attempts for each command");
    assert_eq!(device.texts(&["--network", "flaky"]), cached, "the cache answers, unchanged");

    // The node again: everything there, once; the direct network agrees.
    proxy.set(Plan::default());
    assert_eq!(device.texts(&["--network", "flaky"]), all);
    assert_eq!(home.texts(&["--network", "devnet"]), all);
    let sync = device.json(&["--network", "flaky", "sync"]);
    assert_eq!(sync["memories"], 8);
    assert_eq!(sync["head"], home.json(&["--network", "devnet", "sync"])["head"]);
}

#[test]
fn an_rpc_that_hides_log_entries_is_caught_and_nothing_is_stored() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    home.ok(&["add", "Fact 1, before the device went away"]);
    let proxy = FlakyRpc::start(&devnet.rpc_url);
    home.ok(&devnet.add_network_args("lying", &proxy.url));
    let device = home.with_data(devnet.root().join("device"));
    assert_eq!(device.texts(&["--network", "lying"]).len(), 1);
    let before = device.json(&["--network", "lying", "sync"]);

    home.ok(&["--network", "devnet", "add", "Fact 2, which the RPC hides"]);
    proxy.set(Plan { hide_logs: true, ..Plan::default() });
    // Reads answer from what was verified, and say why; `sync` and writes exit 8.
    let run = device.run(&["--network", "lying", "list"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stderr.starts_with("warning: answering from the local cache"), "{run}");
    assert!(run.stderr.contains("use another RPC endpoint"), "{run}");
    assert!(run.stdout.contains("(1 memory)"), "{run}");
    let run = device.fails(8, &["--network", "lying", "sync"]);
    assert!(run.stderr.contains("use another RPC endpoint"), "{run}");
    let message = device.json_fails(8, &["--network", "lying", "add", "Must not be written"]);
    assert!(message.contains("use another RPC endpoint"), "{message}");

    // Nothing of the lie was stored: the honest node brings the device up to date.
    proxy.set(Plan::default());
    let sync = device.json(&["--network", "lying", "sync"]);
    assert_eq!(
        (sync["from_cache"].as_u64(), sync["from_chain"].as_u64()),
        (before["seq"].as_u64(), Some(1))
    );
    assert_eq!(device.texts(&["--network", "lying"]), home.texts(&["--network", "devnet"]));
    assert_eq!(device.texts(&["--network", "lying"]).len(), 2);
}

#[test]
fn an_edit_that_loses_a_race_with_another_device_exits_5_and_overwrites_nothing() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    let memory = added(&home.json(&["add", "Works at Acme"]));
    let id = memory["id"].as_str().expect("id").to_owned();
    let proxy = FlakyRpc::start(&devnet.rpc_url);
    home.ok(&devnet.add_network_args("slow", &proxy.url));
    let laptop = home.with_data(devnet.root().join("laptop"));
    laptop.ok(&["--network", "slow", "sync"]);

    // The laptop reads version 1 and prepares its edit; its transaction is held back while
    // the phone's edit lands.
    proxy.set(Plan { hold_estimates: true, ..Plan::default() });
    let edit = {
        let (laptop, id) = (laptop.clone(), id.clone());
        std::thread::spawn(move || {
            laptop.run(&["--network", "slow", "edit", &id, "--text", "Works at Initech"])
        })
    };
    let start = Instant::now();
    while proxy.seen(|plan| plan.held) == 0 {
        assert!(start.elapsed() < Duration::from_secs(30), "the laptop's edit never got to send");
        std::thread::sleep(Duration::from_millis(10));
    }
    home.ok(&["--network", "devnet", "edit", &id, "--text", "Works at Globex"]);
    proxy.set(Plan::default());
    let run = edit.join().expect("the laptop's edit");
    assert_eq!(run.code, 5, "{run}");
    assert!(
        run.stderr.contains("changed elsewhere") && run.stderr.contains("nothing was written"),
        "{run}"
    );

    let history = home.json(&["history", &id]);
    let texts: Vec<&str> = history
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| v["memory"]["text"].as_str().expect("text"))
        .collect();
    assert_eq!(texts, ["Works at Acme", "Works at Globex"]);
    // The laptop sees the phone's version, and can edit on top of it.
    assert_eq!(laptop.json(&["--network", "slow", "show", &id])["text"], "Works at Globex");
    let edited = laptop.json(&["--network", "slow", "edit", &id, "--text", "Works at Initech"]);
    assert_eq!(edited["version"], 3);
}
