//! Issue #6's leak check: canaries under load.
//!
//! Three TEE node processes (the real command, `tee-node-under-test`), one per extractor back-end
//! kind: the built-in extractor, an OpenAI-compatible model and a Gemini model (both mock servers
//! here that answer the user's sentence back, verbatim, as a memory), each logging at `debug`,
//! in a fresh working directory that is also its `HOME` and `TMPDIR`. Twenty owners grant every
//! node a TEE-node delegation; then 210 sealed requests (70 per node), each carrying its own
//! random canary, are posted at once, and a few refused ones (replayed, tampered with, sent to
//! the wrong node, not signed by the owner) after them.
//!
//! Afterwards no canary, in ASCII or in lowercase hex, may appear in any node's stdout or
//! stderr, in any file under its directory, in any HTTP response body, or in any byte of the
//! chain (calldata, event topics and data, storage, code). As controls, so that the test can
//! fail: the canaries reached the model servers, the owners' memories, decrypted, hold them, and
//! the nodes' logs did record every request.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, Bytes};
use alloy::signers::local::PrivateKeySigner;
use axum::Router;
use axum::extract::State;
use axum::http::Uri;
use jiff::Timestamp;
use memsync::extract::Message;
use memsync::keys::Keyring;
use memsync::memory::{MemoryClient, NewMemory};
use memsync::tee::checker::AttestationChecker;
use memsync::tee::client::VerifiedNode;
use memsync::tee::protocol::{
    self, PendingResponse, RequestKeys, SealedRequest, SealedResponse, UpdateRequest,
};
use memsync::{Devnet, Scope};
use memsync_e2e::chain_bytes;
use memsync_e2e::tee::{DEV_CA_SEED, DEV_IMAGE, dev_verifier, fund, keyring, owner, tee_client};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, BufReader};
use tokio::task::JoinHandle;

const OWNERS: u8 = 20;
const REQUESTS_PER_NODE: usize = 70;
const KEY_VAR: &str = "MEMSYNC_TEST_NODE_KEY";
const SEED_VAR: &str = "MEMSYNC_TEST_DEV_CA_SEED";
const WORDS: [&str; 24] = [
    "marbles",
    "stamps",
    "postcards",
    "seashells",
    "pebbles",
    "buttons",
    "keychains",
    "maps",
    "teacups",
    "feathers",
    "coins",
    "tickets",
    "lanterns",
    "compasses",
    "thimbles",
    "kites",
    "puzzles",
    "candles",
    "badges",
    "posters",
    "spoons",
    "magnets",
    "globes",
    "bells",
];

/// The extractor back-end a node uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Backend {
    Builtin,
    OpenAi,
    Gemini,
}

/// Every request body a mock model server received.
#[derive(Clone, Default)]
struct Received(Arc<Mutex<Vec<u8>>>);

impl Received {
    fn bytes(&self) -> Vec<u8> {
        self.0.lock().expect("lock").clone()
    }
}

#[derive(Clone)]
struct ModelState {
    backend: Backend,
    received: Received,
}

/// A memory item saying `text`, as the extraction prompt asks for.
fn memory_item(text: &str) -> Value {
    json!({"text": text, "intent": "assert", "kind": "semantic", "expires_at": null,
           "categories": ["interests"], "tags": [], "confidence": 0.9})
}

/// A model that remembers each of the user's messages verbatim (the closing turn from MemSync
/// left out), in the answer shape of its API.
async fn answer(
    State(state): State<ModelState>,
    uri: Uri,
    body: axum::body::Bytes,
) -> axum::Json<Value> {
    state.received.0.lock().expect("lock").extend_from_slice(&body);
    let request: Value = serde_json::from_slice(&body).unwrap_or_default();
    let user = |text: &str| !text.starts_with("[MemSync]");
    let texts: Vec<String> = match state.backend {
        Backend::OpenAi => {
            assert!(uri.path().ends_with("/chat/completions"), "{}", uri.path());
            request["messages"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|m| m["role"] == "user")
                .filter_map(|m| m["content"].as_str())
                .filter(|t| user(t))
                .map(str::to_owned)
                .collect()
        }
        _ => {
            assert!(uri.path().ends_with(":generateContent"), "{}", uri.path());
            request["contents"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c["role"] == "user")
                .filter_map(|c| c["parts"][0]["text"].as_str())
                .filter(|t| user(t))
                .map(str::to_owned)
                .collect()
        }
    };
    let memories =
        json!({"memories": texts.iter().map(|t| memory_item(t)).collect::<Vec<_>>()}).to_string();
    axum::Json(match state.backend {
        Backend::OpenAi => json!({
            "id": "chatcmpl-leak", "object": "chat.completion", "model": "leak-test-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": memories}}]
        }),
        _ => json!({
            "candidates": [{"finishReason": "STOP",
                            "content": {"role": "model", "parts": [{"text": memories}]}}]
        }),
    })
}

/// A mock model server on a loopback port: its base URL and what it receives.
async fn model_server(backend: Backend) -> (String, Received, JoinHandle<()>) {
    let received = Received::default();
    let app = Router::new()
        .fallback(answer)
        .with_state(ModelState { backend, received: received.clone() });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind model");
    let base = format!("http://{}", listener.local_addr().expect("model address"));
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.expect("model server");
    });
    (base, received, server)
}

/// A node process and what it printed.
struct NodeProcess {
    backend: Backend,
    child: tokio::process::Child,
    /// Its working directory, `HOME` and `TMPDIR`.
    dir: PathBuf,
    endpoint: String,
    address: Address,
    measurement: B256,
    stdout: JoinHandle<Vec<u8>>,
    stderr: JoinHandle<Vec<u8>>,
}

/// Everything a reader drains from `pipe`, read in the background.
fn drain(
    mut pipe: impl tokio::io::AsyncRead + Unpin + Send + 'static,
    mut out: Vec<u8>,
) -> JoinHandle<Vec<u8>> {
    tokio::spawn(async move {
        pipe.read_to_end(&mut out).await.expect("read a node's output");
        out
    })
}

/// Starts the node binary for `backend` in a fresh directory under `root`, with a funded key,
/// and waits for its ready line.
async fn spawn_node(
    devnet: &Devnet,
    root: &Path,
    backend: Backend,
    extractor: Option<&Path>,
) -> NodeProcess {
    let dir = root.join(format!("node-{backend:?}").to_lowercase());
    std::fs::create_dir(&dir).expect("node directory");
    let key = PrivateKeySigner::random();
    fund(devnet, key.address()).await;
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_tee-node-under-test"));
    command
        .env_clear()
        .current_dir(&dir)
        .env("HOME", &dir)
        .env("TMPDIR", &dir)
        .env("RUST_LOG", "debug")
        .env(KEY_VAR, alloy::hex::encode(key.to_bytes()))
        .env(SEED_VAR, alloy::hex::encode(DEV_CA_SEED))
        .args(["--rpc-url", &devnet.rpc_url()])
        .args(["--vault", &devnet.vault_address().to_string()])
        .args(["--registry", &devnet.tee_registry_address().to_string()])
        .args(["--listen", "127.0.0.1:0", "--signing-key-env", KEY_VAR])
        .args(["--attester", "dev", "--dev-ca-seed-env", SEED_VAR, "--dev-image", DEV_IMAGE])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(path) = extractor {
        command.arg("--extractor").arg(path);
    }
    let mut child = command.spawn().expect("start the node binary");
    let stderr = drain(child.stderr.take().expect("stderr"), Vec::new());
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut ready = String::new();
    let read = tokio::time::timeout(Duration::from_secs(60), stdout.read_line(&mut ready))
        .await
        .expect("the node prints its ready line within a minute")
        .expect("read stdout");
    if read == 0 {
        let status = child.wait().await.expect("wait");
        let stderr = String::from_utf8_lossy(&stderr.await.expect("stderr")).into_owned();
        panic!("the {backend:?} node exited ({status}) before it was ready:\n{stderr}");
    }
    let line: Value = serde_json::from_str(&ready).expect("the ready line is JSON");
    let address: Address = line["node"].as_str().expect("node").parse().expect("address");
    assert_eq!(address, key.address());
    let endpoint = format!("http://{}", line["listening"].as_str().expect("listening"));
    NodeProcess {
        backend,
        child,
        dir,
        endpoint,
        address,
        measurement: line["measurement"].as_str().expect("measurement").parse().expect("hash"),
        stdout: drain(stdout, ready.into_bytes()),
        stderr,
    }
}

/// Stops `node` with Ctrl-C (its graceful shutdown), or kills it after five seconds; returns
/// its stdout and stderr.
async fn stop(mut node: NodeProcess) -> (Vec<u8>, Vec<u8>) {
    if let Some(pid) = node.child.id() {
        let _ =
            tokio::process::Command::new("kill").args(["-INT", &pid.to_string()]).status().await;
    }
    if tokio::time::timeout(Duration::from_secs(5), node.child.wait()).await.is_err() {
        node.child.kill().await.expect("kill the node");
    }
    (node.stdout.await.expect("stdout"), node.stderr.await.expect("stderr"))
}

/// Every regular file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// 32 random bytes (this package has no `rand`; a fresh key is 32 bytes from the OS's
/// generator).
fn random() -> B256 {
    PrivateKeySigner::random().to_bytes()
}

/// One sealed request and what was learned about it.
struct Sent {
    canary: String,
    backend: Backend,
    owner: Address,
    sealed: SealedRequest,
    pending: PendingResponse,
}

/// An owner: its key (it signs its requests), its memory client and its epoch keys.
struct Owner {
    signer: PrivateKeySigner,
    memories: MemoryClient,
    keys: Keyring,
}

/// The request of `owner` to `node` whose conversation carries `canary`, signed by the owner if
/// `signed`, and sealed.
async fn seal(
    node: &VerifiedNode,
    devnet: &Devnet,
    owner: &Owner,
    canary: &str,
    signed: bool,
) -> (SealedRequest, PendingResponse) {
    let bytes = canary.as_bytes();
    let pick = |i: usize| WORDS[usize::from(bytes[bytes.len() - 1 - i]) % WORDS.len()];
    let (a, b) = (pick(0), pick(1));
    let b = if a == b {
        WORDS[(WORDS.iter().position(|w| *w == b).unwrap_or(0) + 1) % WORDS.len()]
    } else {
        b
    };
    let now = Timestamp::now().as_second().cast_unsigned();
    let mut request = UpdateRequest {
        request_id: random(),
        issued_at: now,
        expires_at: now + 300,
        chain_id: devnet.chain_id(),
        vault: devnet.vault_address(),
        owner: owner.signer.address(),
        node: node.address,
        keys: RequestKeys::from_delegated(&owner.keys.latest().expect("epoch keys").to_delegated()),
        messages: vec![
            Message::user(format!("I collect {a} and {b} labelled {canary}.")),
            Message::assistant(format!("A fine collection; {canary} noted.")),
        ],
        source: None,
        delegation: None,
        app_scope: None,
        min_block: 0,
        authorization: Bytes::new(),
    };
    if signed {
        request.authorize(&owner.signer).await.expect("the owner signs");
    }
    protocol::seal_request(&node.hpke_public_key, &request).expect("seal")
}

/// Posts `sealed` to `endpoint`; the status and the raw body.
async fn post(http: &reqwest::Client, endpoint: &str, sealed: &SealedRequest) -> (u16, Vec<u8>) {
    let response = http
        .post(format!("{endpoint}/v1/updates"))
        .json(sealed)
        .send()
        .await
        .expect("the node answers");
    let status = response.status().as_u16();
    (status, response.bytes().await.expect("body").to_vec())
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(at) = haystack[from..].iter().position(|b| b == first) {
        let start = from + at;
        if haystack.len() - start < needle.len() {
            return None;
        }
        if &haystack[start + 1..start + needle.len()] == rest {
            return Some(start);
        }
        from = start + 1;
    }
    None
}

/// The canaries of `canaries` found in `haystack`, in ASCII or in lowercase hex; for speed the
/// scan looks for the prefix all canaries share and then says which canary it starts.
fn canaries_in(haystack: &[u8], canaries: &[String]) -> Vec<String> {
    let mut hits = Vec::new();
    for encode in [false, true] {
        let as_found = |c: &str| if encode { alloy::hex::encode(c) } else { c.to_owned() };
        let prefix = as_found("canary-");
        let mut from = 0;
        while let Some(at) = find(&haystack[from..], prefix.as_bytes()) {
            let start = from + at;
            let hit = canaries
                .iter()
                .find(|c| haystack[start..].starts_with(as_found(c).as_bytes()))
                .cloned()
                .unwrap_or_else(|| {
                    let end = (start + 2 * prefix.len() + 32).min(haystack.len());
                    format!(
                        "something canary-like: {}",
                        String::from_utf8_lossy(&haystack[start..end])
                    )
                });
            hits.push(hit);
            from = start + 1;
        }
    }
    hits
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_canary_leaves_the_nodes_under_load() {
    let started = Instant::now();
    let devnet = Arc::new(Devnet::spawn().await.expect("devnet"));
    let root = tempfile::tempdir().expect("temp dir");

    // --- the model servers and three node processes ---------------------------------------
    let (openai_base, openai_received, _openai) = model_server(Backend::OpenAi).await;
    let (gemini_base, gemini_received, _gemini) = model_server(Backend::Gemini).await;
    let openai_config = root.path().join("openai.toml");
    std::fs::write(
        &openai_config,
        format!(
            "kind = \"openai\"\nbase_url = \"{openai_base}/v1\"\nmodel = \"leak-test-model\"\n\
             timeout_secs = 60\n"
        ),
    )
    .expect("write config");
    let gemini_config = root.path().join("gemini.toml");
    std::fs::write(
        &gemini_config,
        format!(
            "kind = \"gemini\"\nbase_url = \"{gemini_base}\"\nmodel = \"leak-test-model\"\n\
             timeout_secs = 60\n"
        ),
    )
    .expect("write config");
    let (builtin, openai, gemini) = tokio::join!(
        spawn_node(&devnet, root.path(), Backend::Builtin, None),
        spawn_node(&devnet, root.path(), Backend::OpenAi, Some(&openai_config)),
        spawn_node(&devnet, root.path(), Backend::Gemini, Some(&gemini_config)),
    );
    let nodes = [builtin, openai, gemini];

    // Governance approves the image; the checker verifies each node and has it register.
    let mut bodies: Vec<(String, Vec<u8>)> = Vec::new();
    let governance = devnet.tee_registry(0).await.expect("registry");
    governance.approve_measurement(nodes[0].measurement).await.expect("approve the test image");
    let checker = AttestationChecker::new(dev_verifier(), devnet.signer(0), governance);
    let client = tee_client(&devnet).await;
    let http = reqwest::Client::new();
    let mut verified = Vec::new();
    for node in &nodes {
        checker.check_and_register(&node.endpoint).await.expect("the checker registers the node");
        verified.push(client.verify(node.address).await.expect("the node verifies"));
        let health = http.get(format!("{}/health", node.endpoint)).send().await.expect("health");
        bodies.push(("health".into(), health.bytes().await.expect("body").to_vec()));
    }

    // --- owners: keys published, every node delegated ---------------------------------------
    let mut setups = tokio::task::JoinSet::new();
    for seed in 1..=OWNERS {
        let devnet = devnet.clone();
        let nodes: Vec<Address> = nodes.iter().map(|n| n.address).collect();
        setups.spawn(async move {
            let (signer, memories) = owner(&devnet, seed).await;
            let keys = keyring(&devnet, signer.address(), seed);
            // The first write publishes the owner's key-check value.
            memories.add(NewMemory::new("I keep a paper diary.")).await.expect("add");
            let vault = memories.vault();
            let until = vault.chain_time().await.expect("time") + 3600;
            for node in nodes {
                vault
                    .grant_delegate(node, Scope::READ_WRITE | Scope::TEE_NODE, until)
                    .await
                    .expect("grant");
            }
            (seed, Owner { signer, memories, keys })
        });
    }
    let mut owners: Vec<(u8, Owner)> = setups.join_all().await;
    owners.sort_by_key(|(seed, _)| *seed);
    let owners: Vec<Owner> = owners.into_iter().map(|(_, owner)| owner).collect();

    // --- 210 sealed requests at once ---------------------------------------------------------
    let mut sent = Vec::new();
    for (index, node) in verified.iter().enumerate() {
        for i in 0..REQUESTS_PER_NODE {
            let owner = &owners[(index * REQUESTS_PER_NODE + i) % owners.len()];
            let canary = format!("canary-{}", alloy::hex::encode(&random()[..8]));
            let (sealed, pending) = seal(node, &devnet, owner, &canary, true).await;
            sent.push(Sent {
                canary,
                backend: nodes[index].backend,
                owner: owner.signer.address(),
                sealed,
                pending,
            });
        }
    }
    let mut canaries: Vec<String> = sent.iter().map(|s| s.canary.clone()).collect();
    let barrier = Arc::new(tokio::sync::Barrier::new(sent.len()));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, one) in sent.iter().enumerate() {
        let endpoint = nodes[index / REQUESTS_PER_NODE].endpoint.clone();
        let (http, sealed, barrier) = (http.clone(), one.sealed.clone(), barrier.clone());
        tasks.spawn(async move {
            barrier.wait().await;
            (index, post(&http, &endpoint, &sealed).await)
        });
    }
    let load = Instant::now();
    let mut answers = BTreeMap::new();
    while let Some(done) = tasks.join_next().await {
        let (index, answer) = done.expect("request task");
        answers.insert(index, answer);
    }
    let load = load.elapsed();
    let mut applied = 0;
    for (index, (status, body)) in &answers {
        let one = &sent[*index];
        assert_eq!(
            *status,
            200,
            "request {index} to {:?}: {}",
            one.backend,
            String::from_utf8_lossy(body)
        );
        let response: SealedResponse = serde_json::from_slice(body).expect("a sealed response");
        let update = one.pending.open(&response).expect("the response opens and verifies");
        assert_eq!(update.output.owner, one.owner);
        applied += update.output.applied.len();
        bodies.push((format!("update {index}"), body.clone()));
    }

    // --- refused requests: replayed, tampered with, sent to the wrong node, unsigned ----------
    let (status, body) = post(&http, &nodes[0].endpoint, &sent[0].sealed).await;
    assert_eq!(status, 409, "{}", String::from_utf8_lossy(&body));
    bodies.push(("replayed".into(), body));
    let mut tampered = sent[REQUESTS_PER_NODE].sealed.clone();
    let mut ciphertext = tampered.ciphertext.to_vec();
    ciphertext[10] ^= 1;
    tampered.ciphertext = Bytes::from(ciphertext);
    let (status, body) = post(&http, &nodes[1].endpoint, &tampered).await;
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));
    bodies.push(("tampered".into(), body));
    let (status, body) = post(&http, &nodes[1].endpoint, &sent[2 * REQUESTS_PER_NODE].sealed).await;
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));
    bodies.push(("wrong node".into(), body));
    let unsigned_canary = format!("canary-{}", alloy::hex::encode(&random()[..8]));
    let (unsigned, _) = seal(&verified[2], &devnet, &owners[0], &unsigned_canary, false).await;
    let (status, body) = post(&http, &nodes[2].endpoint, &unsigned).await;
    assert_eq!(status, 403, "{}", String::from_utf8_lossy(&body));
    bodies.push(("unsigned".into(), body));
    canaries.push(unsigned_canary.clone());

    // --- controls: the canaries did reach the models and the owners' memories ---------------
    let received =
        [(Backend::OpenAi, openai_received.bytes()), (Backend::Gemini, gemini_received.bytes())];
    for one in &sent {
        for (backend, bytes) in &received {
            assert_eq!(
                find(bytes, one.canary.as_bytes()).is_some(),
                one.backend == *backend,
                "{} ({:?}) at the {backend:?} model",
                one.canary,
                one.backend
            );
        }
    }
    // A refused request reaches no model.
    assert!(received.iter().all(|(_, bytes)| find(bytes, unsigned_canary.as_bytes()).is_none()));
    let mut remembered = Vec::new();
    for Owner { memories, .. } in &owners {
        memories.sync().await.expect("sync");
        remembered.extend(memories.export().await.expect("export").0.into_bytes());
    }
    for one in &sent {
        assert!(
            find(&remembered, one.canary.as_bytes()).is_some(),
            "{} ({:?}) is not in the owner's memories",
            one.canary,
            one.backend
        );
    }

    // --- stop the nodes; gather everything an observer could read ---------------------------
    let mut haystacks: Vec<(String, Vec<u8>)> = Vec::new();
    let mut files = Vec::new();
    for node in nodes {
        let (backend, dir) = (node.backend, node.dir.clone());
        let (stdout, stderr) = stop(node).await;
        let served = String::from_utf8_lossy(&stderr).matches("update served").count();
        assert_eq!(served, REQUESTS_PER_NODE, "the {backend:?} node's log records every request");
        haystacks.push((format!("{backend:?} stdout"), stdout));
        haystacks.push((format!("{backend:?} stderr"), stderr));
        for file in files_under(&dir) {
            haystacks.push((file.display().to_string(), std::fs::read(&file).expect("read")));
            files.push(file);
        }
    }
    haystacks.extend(bodies);
    let chain = chain_bytes(&devnet.rpc_url()).await;
    let chain_total: usize = chain.iter().map(Vec::len).sum();
    haystacks.extend(chain.into_iter().map(|bytes| ("chain".to_owned(), bytes)));

    let scanned: usize = haystacks.iter().map(|(_, b)| b.len()).sum();
    let mut leaks = Vec::new();
    for (place, bytes) in &haystacks {
        for canary in canaries_in(bytes, &canaries) {
            leaks.push(format!("{canary} in {place}"));
        }
    }
    eprintln!(
        "tee_leak: {} canaries in {} requests ({} memories applied, load {:.1} s); scanned {scanned} \
         bytes ({chain_total} of chain data) in {} places; files the nodes wrote: {files:?}; {:.1} s",
        canaries.len(),
        answers.len() + 4,
        applied,
        load.as_secs_f64(),
        haystacks.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(leaks.is_empty(), "{} leaks:\n{}", leaks.len(), leaks.join("\n"));
}
