//! The RPC simulator against a real anvil, mode by mode, with raw JSON-RPC calls: a lagging
//! replica is consistent and hides what is newer, transient failures look like a hosted
//! provider's (a reset is a connection error, a hang ends only by the client's timeout),
//! an ambiguous send is mined, `eth_getLogs` caps answer in each provider's words, and reorgs
//! replace blocks, by hand and on their own.

use std::time::{Duration, Instant};

use alloy::primitives::{B256, keccak256};
use memsync::Devnet;
use memsync_e2e::{FaultKind, Faults, LogsErrorStyle, RpcSim, Transient};
use serde_json::{Value, json};

/// Dev accounts 0 and 1 (anvil's unlocked accounts).
const ALICE: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const BOB: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
/// Init code that emits one empty LOG0 and deploys nothing: a block with a log.
const EMIT_LOG: &str = "0x60006000a000";

/// A JSON-RPC call's whole answer (panics on a transport error or an HTTP error status).
async fn call(url: &str, method: &str, params: Value) -> Value {
    let body = json!({"jsonrpc": "2.0", "id": 7, "method": method, "params": params});
    let response = reqwest::Client::new().post(url).json(&body).send().await.expect("send");
    assert!(response.status().is_success(), "{method}: HTTP {}", response.status());
    response.json().await.expect("json answer")
}

/// A JSON-RPC call's result (panics on a JSON-RPC error).
async fn result(url: &str, method: &str, params: Value) -> Value {
    let answer = call(url, method, params).await;
    assert!(answer.get("error").is_none(), "{method}: {answer}");
    answer["result"].clone()
}

fn number(value: &Value) -> u64 {
    u64::from_str_radix(value.as_str().expect("quantity").trim_start_matches("0x"), 16)
        .expect("hex quantity")
}

fn hex(n: u64) -> String {
    format!("{n:#x}")
}

async fn tip(url: &str) -> u64 {
    number(&result(url, "eth_blockNumber", json!([])).await)
}

/// Sends a transaction from an unlocked account and waits until it is mined.
async fn send(url: &str, tx: Value) -> B256 {
    let hash = result(url, "eth_sendTransaction", json!([tx])).await;
    mined(url, &hash).await;
    serde_json::from_value(hash).expect("hash")
}

/// Waits (at most five seconds) until the transaction `hash` has a receipt: even automine
/// answers `eth_sendTransaction` before the block is there.
async fn mined(url: &str, hash: &Value) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while result(url, "eth_getTransactionReceipt", json!([hash])).await.is_null() {
        assert!(Instant::now() < deadline, "{hash} was never mined");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn emit_log(url: &str) -> B256 {
    send(url, json!({"from": ALICE, "data": EMIT_LOG})).await
}

/// Pays `wei` to Alice (a different amount each time, so that no two transactions are equal).
async fn pay(url: &str, from: &str, wei: u64) -> B256 {
    send(url, json!({"from": from, "to": ALICE, "value": hex(wei)})).await
}

async fn devnet() -> Devnet {
    Devnet::spawn().await.expect("spawn a devnet")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lagging_replica_is_consistent_and_hides_what_is_newer() {
    let devnet = devnet().await;
    let node = devnet.rpc_url();
    let sim = RpcSim::start(&node).await;
    let mut txs = Vec::new();
    for _ in 0..4 {
        txs.push(emit_log(&node).await);
    }
    let real = tip(&node).await;
    let newest = result(&node, "eth_getBlockByNumber", json!([hex(real), false])).await;
    let url = sim.url();

    sim.set(Faults::default().lag(2, false));
    let seen = real - 2;
    assert_eq!(tip(&url).await, seen);
    let latest = result(&url, "eth_getBlockByNumber", json!(["latest", false])).await;
    assert_eq!(number(&latest["number"]), seen, "latest is the replica's tip");
    assert_eq!(result(&url, "eth_getBlockByNumber", json!([hex(real), false])).await, Value::Null);
    assert_eq!(
        result(&url, "eth_getBlockByHash", json!([newest["hash"], false])).await,
        Value::Null
    );
    assert_eq!(result(&url, "eth_getTransactionReceipt", json!([txs[3]])).await, Value::Null);
    assert_eq!(result(&url, "eth_getTransactionByHash", json!([txs[3]])).await, Value::Null);
    let older = result(&url, "eth_getTransactionReceipt", json!([txs[1]])).await;
    assert_eq!(number(&older["blockNumber"]), seen);
    for (method, params) in [
        ("eth_getBalance", json!([ALICE, hex(real)])),
        ("eth_call", json!([{"to": BOB}, {"blockHash": newest["hash"]}])),
    ] {
        let answer = call(&url, method, params).await;
        assert_eq!(answer["error"], json!({"code": -32000, "message": "header not found"}));
    }
    // An explicit toBlock above the tip is clamped, `latest` pinned: the same two logs.
    for to in [json!("latest"), json!(hex(real))] {
        let logs =
            result(&url, "eth_getLogs", json!([{"fromBlock": hex(real - 3), "toBlock": to}])).await;
        let blocks: Vec<u64> =
            logs.as_array().expect("logs").iter().map(|l| number(&l["blockNumber"])).collect();
        assert_eq!(blocks, [real - 3, real - 2]);
    }
    // A batch goes to one replica: its answers agree.
    let batch = json!([
        {"jsonrpc": "2.0", "id": "a", "method": "eth_blockNumber", "params": []},
        {"jsonrpc": "2.0", "id": "b", "method": "eth_getBlockByNumber", "params": ["latest", false]},
    ]);
    let answers: Value = reqwest::Client::new()
        .post(&url)
        .json(&batch)
        .send()
        .await
        .expect("batch")
        .json()
        .await
        .expect("json");
    assert_eq!(answers[0]["id"], "a");
    assert_eq!(number(&answers[0]["result"]), seen);
    assert_eq!(number(&answers[1]["result"]["number"]), seen);
    let stats = sim.stats();
    assert_eq!(stats.injected(FaultKind::HeaderNotFound), 2);
    // The block by number and by hash, the receipt, the transaction.
    assert_eq!(stats.injected(FaultKind::HiddenByLag), 4, "{stats:?}");

    // Load-balanced replicas: each request draws its own tip.
    sim.set(Faults::default().lag(3, true).seed(1));
    let mut tips = Vec::new();
    for _ in 0..30 {
        tips.push(tip(&url).await);
    }
    assert!(tips.iter().all(|t| (real - 3..=real).contains(t)), "{tips:?}");
    tips.sort_unstable();
    tips.dedup();
    assert!(tips.len() >= 3, "the replicas disagree: {tips:?}");

    // A stale eth_blockNumber alone.
    sim.set(Faults::default().stale_block_number(2));
    assert_eq!(tip(&url).await, real - 2);
    let latest = result(&url, "eth_getBlockByNumber", json!(["latest", false])).await;
    assert_eq!(number(&latest["number"]), real);
    assert_ne!(result(&url, "eth_getTransactionReceipt", json!([txs[3]])).await, Value::Null);
}

/// What a client saw: "ok", an HTTP status, "reset" (a connection error) or "timeout".
async fn outcome(client: &reqwest::Client, url: &str) -> String {
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "eth_chainId", "params": []});
    match client.post(url).json(&body).send().await {
        Ok(response) if response.status().is_success() => {
            let answer: Value = response.json().await.expect("json");
            if answer.get("error").is_some() {
                format!("error {}", answer["error"]["code"])
            } else {
                "ok".into()
            }
        }
        Ok(response) => response.status().as_u16().to_string(),
        Err(err) if err.is_timeout() => "timeout".into(),
        Err(err) => {
            assert!(err.status().is_none() && err.is_request(), "{err:?}");
            "reset".into()
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_failures_look_like_a_hosted_providers() {
    let devnet = devnet().await;
    let sim = RpcSim::start(&devnet.rpc_url()).await;
    let url = sim.url();
    let client = reqwest::Client::new();
    let chain_id = json!({"jsonrpc": "2.0", "id": 42, "method": "eth_chainId", "params": []});
    let post = || client.post(&url).json(&chain_id).send();

    sim.set(Faults::default().fail(Transient::Http502, 1.0));
    let response = post().await.expect("502");
    assert_eq!(response.status(), 502);
    assert_eq!(response.text().await.expect("body"), "Bad Gateway");
    sim.set(Faults::default().fail(Transient::Http503, 1.0));
    assert_eq!(post().await.expect("503").status(), 503);

    sim.set(Faults::default().fail(Transient::Http429, 1.0).retry_after_secs(3));
    let response = post().await.expect("429");
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "3");
    let body: Value = response.json().await.expect("json");
    assert_eq!(
        body,
        json!({"jsonrpc": "2.0", "id": 42, "error": {"code": 429, "message": "Too Many Requests"}})
    );

    sim.set(Faults::default().fail(Transient::JsonRpcError, 1.0));
    let response = post().await.expect("200");
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["error"]["code"], -32005);

    // A reset: no HTTP status at all, a connection error.
    sim.set(Faults::default().fail(Transient::Reset, 1.0));
    let err = post().await.expect_err("the connection is reset");
    assert!(err.status().is_none() && !err.is_timeout(), "{err:?}");
    let chain = format!("{err:?}").to_lowercase();
    assert!(chain.contains("connection reset"), "a TCP reset, not an HTTP answer: {chain}");

    // A hang: only the client's timeout ends it.
    sim.set(Faults::default().fail(Transient::Hang, 1.0));
    let started = Instant::now();
    let err = client
        .post(&url)
        .json(&chain_id)
        .timeout(Duration::from_millis(400))
        .send()
        .await
        .expect_err("no answer");
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() >= Duration::from_millis(400));

    // Only the methods named fail.
    sim.set(Faults::default().fail(Transient::Http502, 1.0).only_methods(&["eth_getLogs"]));
    assert_eq!(outcome(&client, &url).await, "ok");
    let logs = json!({"jsonrpc": "2.0", "id": 1, "method": "eth_getLogs", "params": [{}]});
    assert_eq!(client.post(&url).json(&logs).send().await.expect("502").status(), 502);

    sim.set(Faults::default());
    assert_eq!(outcome(&client, &url).await, "ok");
    let stats = sim.stats();
    for kind in [Transient::Http502, Transient::Reset, Transient::Hang, Transient::Http429] {
        assert!(stats.injected(FaultKind::Transient(kind)) >= 1, "{kind:?}: {stats:?}");
    }
    assert_eq!(stats.injected(FaultKind::Transient(Transient::Http502)), 2);
    assert_eq!(stats.calls("eth_chainId"), 8);
    sim.reset_stats();
    assert_eq!(sim.stats(), Default::default());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seed_gives_the_same_faults_again() {
    let devnet = devnet().await;
    let sim = RpcSim::start(&devnet.rpc_url()).await;
    let client =
        reqwest::Client::builder().timeout(Duration::from_secs(5)).build().expect("client");
    let faults = Faults::transient(0.6).seed(42).hang_for(Duration::from_millis(50));
    let mut runs = Vec::new();
    for _ in 0..2 {
        sim.set(faults.clone());
        let mut seen = Vec::new();
        for _ in 0..24 {
            seen.push(outcome(&client, &sim.url()).await);
        }
        runs.push(seen);
    }
    assert_eq!(runs[0], runs[1]);
    for kind in ["ok", "502", "429", "reset", "504"] {
        assert!(runs[0].iter().any(|o| o == kind), "no {kind} in {:?}", runs[0]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ambiguous_send_is_mined_though_the_client_sees_502() {
    let devnet = devnet().await;
    let node = devnet.rpc_url();
    let sim = RpcSim::start(&node).await;
    sim.set(Faults::default().ambiguous_sends(1.0));
    for (i, method) in
        ["eth_sendRawTransaction", "eth_sendRawTransactionSync"].into_iter().enumerate()
    {
        let tx = json!({"from": ALICE, "to": BOB, "value": hex(i as u64 + 1) });
        let raw = result(&node, "eth_signTransaction", json!([tx])).await;
        let hash = keccak256(
            hex::decode(raw.as_str().expect("raw").trim_start_matches("0x")).expect("hex"),
        );
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": [raw]});
        let response =
            reqwest::Client::new().post(sim.url()).json(&body).send().await.expect("send");
        assert_eq!(response.status(), 502, "{method}");
        // The client saw a failure, and yet the transaction is mined.
        mined(&node, &json!(hash)).await;
    }
    assert_eq!(sim.stats().injected(FaultKind::AmbiguousSend), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_logs_caps_answer_in_each_providers_words() {
    let devnet = devnet().await;
    let node = devnet.rpc_url();
    let sim = RpcSim::start(&node).await;
    for _ in 0..5 {
        emit_log(&node).await;
    }
    let last = tip(&node).await;
    let first = last - 4;
    let logs = |from: u64, to: u64| json!([{"fromBlock": hex(from), "toBlock": hex(to)}]);
    let client = reqwest::Client::new();
    let ask = |params: Value| {
        let body = json!({"jsonrpc": "2.0", "id": 3, "method": "eth_getLogs", "params": params});
        let request = client.post(sim.url()).json(&body).send();
        async move {
            let response = request.await.expect("getLogs");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.expect("json"))
        }
    };
    // (style, range refusal: HTTP status, code, words; result refusal: code, words)
    let styles = [
        (
            LogsErrorStyle::Alchemy,
            200,
            -32600,
            format!(
                "up to a 3 block range. Based on your parameters, this block range should work: [{:#x}, {:#x}]",
                first,
                first + 2
            ),
            -32602,
            format!(
                "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 2 logs in the response. Based on your parameters and the response size limit, this block range should work: [{first:#x}, {:#x}]",
                first + 1
            ),
        ),
        (
            LogsErrorStyle::Infura,
            200,
            -32602,
            "range 5 exceeds limit of 3".to_owned(),
            -32005,
            format!(
                "query returned more than 2 results. Try with this block range [{first:#x}, {:#x}].",
                first + 1
            ),
        ),
        (
            LogsErrorStyle::QuickNode,
            413,
            -32614,
            "eth_getLogs is limited to a 3 range".to_owned(),
            -32005,
            "query returned more than 2 results".to_owned(),
        ),
        (
            LogsErrorStyle::Ankr,
            200,
            -32600,
            "block range is too wide".to_owned(),
            -32602,
            format!("query exceeds max results 2, retry with the range {first}-{}", first + 1),
        ),
        (
            LogsErrorStyle::Reth,
            200,
            -32602,
            "query exceeds max block range 3".to_owned(),
            -32602,
            format!("query exceeds max results 2, retry with the range {first}-{}", first + 1),
        ),
        (
            LogsErrorStyle::PublicNode,
            200,
            -32000,
            "exceed maximum block range: 3".to_owned(),
            -32005,
            "query returned more than 2 results".to_owned(),
        ),
    ];
    for (style, range_status, range_code, range_words, results_code, results_words) in styles {
        sim.set(Faults::default().logs_limits(Some(3), None, style));
        let (status, answer) = ask(logs(first, last)).await;
        assert_eq!(status, range_status, "{style:?}");
        assert_eq!(answer["error"]["code"], range_code, "{style:?}");
        let message = answer["error"]["message"].as_str().expect("message");
        assert!(message.ends_with(&range_words), "{style:?}: {message}");
        let (_, answer) = ask(logs(first, first + 2)).await;
        assert_eq!(answer["result"].as_array().expect("logs").len(), 3, "{style:?}");

        sim.set(Faults::default().logs_limits(None, Some(2), style));
        let (status, answer) = ask(logs(first, last)).await;
        assert_eq!(status, 200, "{style:?}");
        assert_eq!(answer["id"], 3);
        assert_eq!(
            answer["error"],
            json!({"code": results_code, "message": results_words}),
            "{style:?}"
        );
        let (_, answer) = ask(logs(first, first + 1)).await;
        assert_eq!(answer["result"].as_array().expect("logs").len(), 2, "{style:?}");
    }
    // `latest` counts as the tip: from `first` to `latest` is five blocks.
    sim.set(Faults::default().logs_limits(Some(4), None, LogsErrorStyle::Reth));
    let (_, answer) = ask(json!([{"fromBlock": hex(first)}])).await;
    assert_eq!(answer["error"]["message"], "query exceeds max block range 4");
    let stats = sim.stats();
    assert_eq!(stats.injected(FaultKind::LogsRangeLimit), 7);
    assert_eq!(stats.injected(FaultKind::LogsResultLimit), 6);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reorg_of_depth_two_drops_or_keeps_the_transactions() {
    let devnet = devnet().await;
    let node = devnet.rpc_url();
    let sim = RpcSim::start(&node).await;
    let url = sim.url();

    let sent = [pay(&node, ALICE, 1).await, pay(&node, BOB, 2).await];
    let height = tip(&node).await;
    let report = sim.reorg(2, false).await;
    assert_eq!(report.depth, 2);
    assert_eq!(tip(&node).await, height, "a reorg keeps the height");
    let numbers: Vec<u64> = report.new_blocks.iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, [height - 1, height]);
    for (old, new) in report.old_blocks.iter().zip(&report.new_blocks) {
        assert_eq!(old.0, new.0);
        assert_ne!(old.1, new.1, "block {} was replaced", old.0);
    }
    assert_eq!(report.dropped, sent);
    assert!(report.reincluded.is_empty());
    for tx in sent {
        assert_eq!(result(&url, "eth_getTransactionReceipt", json!([tx])).await, Value::Null);
    }

    // Two transactions of one sender, kept: in other blocks, in nonce order.
    let sent = [pay(&node, ALICE, 3).await, pay(&node, ALICE, 4).await];
    let report = sim.reorg(2, true).await;
    assert!(report.dropped.is_empty(), "{report:?}");
    assert_eq!(report.reincluded, sent, "{report:?}");
    let new_hashes: Vec<B256> = report.new_blocks.iter().map(|(_, h)| *h).collect();
    for (old, new) in report.old_blocks.iter().zip(&report.new_blocks) {
        assert_ne!(old.1, new.1);
    }
    for tx in sent {
        let receipt = result(&url, "eth_getTransactionReceipt", json!([tx])).await;
        assert_eq!(receipt["status"], "0x1");
        let block: B256 = serde_json::from_value(receipt["blockHash"].clone()).expect("hash");
        assert!(new_hashes.contains(&block), "{tx} is in a new block");
    }
    assert_eq!(sim.stats().reorgs, 2);
    assert_eq!(sim.reorg_history().len(), 2);

    // A snapshot and a revert shorten the chain.
    let before = tip(&node).await;
    let id = sim.snapshot().await;
    for _ in 0..3 {
        result(&node, "evm_mine", json!([])).await;
    }
    assert_eq!(tip(&url).await, before + 3);
    assert!(sim.revert(&id).await);
    assert_eq!(tip(&url).await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn automatic_reorgs_follow_interval_mining() {
    let devnet =
        Devnet::builder().block_time(1).spawn().await.expect("devnet with interval mining");
    let node = devnet.rpc_url();
    let sim = RpcSim::start(&node).await;
    sim.set(Faults::default().reorg_every(2, (1, 2), false).seed(5));
    let deadline = Instant::now() + Duration::from_secs(20);
    while sim.stats().reorgs < 2 {
        assert!(Instant::now() < deadline, "no automatic reorgs: {:?}", sim.stats());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    sim.set(Faults::default());
    for report in sim.reorg_history() {
        assert!((1..=2).contains(&report.depth), "{report:?}");
        for (old, new) in report.old_blocks.iter().zip(&report.new_blocks) {
            assert_ne!(old.1, new.1, "{report:?}");
        }
    }
}

#[test]
fn a_detached_simulator_serves_blocking_code() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let devnet = runtime.block_on(devnet());
    let node = devnet.rpc_url();
    let sim = RpcSim::start_detached(&node);
    sim.set(Faults::default().lag(1, false));
    let real = runtime.block_on(async {
        emit_log(&node).await;
        tip(&node).await
    });
    // The simulator answers while this thread blocks on another runtime's work.
    assert_eq!(runtime.block_on(tip(&sim.url())), real - 1);
    let report = sim.reorg_blocking(1, false);
    assert_eq!(report.dropped.len(), 1);
    drop(sim);
}
