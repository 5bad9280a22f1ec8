//! `tee-bench`: a TEE node's own overhead against anvil, measured, not asserted.
//!
//! ```text
//! cargo run --release -p memsync-tools --bin tee-bench
//! ```
//!
//! A node runs in this process with the built-in extractor (no model time), registered in a
//! fresh devnet's registry; sixteen owners have published their keys and delegated to it. Each
//! request is a short conversation that gives one or two memories, sealed to the node, and its
//! time is the client's round trip: seal, `POST /v1/updates`, open and verify the signed answer.
//! The node checks the delegation and the keys, reads the owner's log from the chain, extracts,
//! reconciles, writes, and waits for the receipt within that time.
//!
//! - **latency by history**: owners with 10 and with 1,000 earlier writes in their logs, 100
//!   sequential requests each (after one warm-up request per owner): the node keeps each
//!   owner's verified ciphertext, so a request should not cost more for a longer log;
//! - **latency**: 200 requests one after another (after a warm-up of one per owner);
//! - **throughput**: 32 requests in flight at all times, for 10 seconds or 600 requests;
//! - **RPC calls per request**: 20 requests through a counting JSON-RPC proxy in front of anvil,
//!   by method, to see where a request's time goes, for owners with 10 and 1,000 earlier
//!   writes (a hosted provider prices and throttles per call).

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use alloy::primitives::{Address, Bytes};
use alloy::signers::local::PrivateKeySigner;
use jiff::Timestamp;
use memsync::extract::{BuiltinExtractor, Message};
use memsync::keys::Keyring;
use memsync::memory::{MemoryClient, NewMemory};
use memsync::tee::checker::AttestationChecker;
use memsync::tee::client::VerifiedNode;
use memsync::tee::protocol::{self, RequestKeys, SealedResponse, UpdateRequest};
use memsync::{Devnet, Scope};
use memsync_e2e::LyingRpc;
use memsync_e2e::tee::{dev_attester, dev_verifier, fund, keyring, owner, start_node, tee_client};
use memsync_tee_node::{Node, NodeConfig};

const OWNERS: u8 = 16;
const SEQUENTIAL: usize = 200;
const IN_FLIGHT: usize = 32;
const THROUGHPUT_WINDOW: Duration = Duration::from_secs(10);
const THROUGHPUT_MAX: usize = 600;
const PROFILED: usize = 20;
/// Owners per history length in the latency-by-history measure.
const HISTORY_OWNERS: usize = 4;
/// Requests per history length.
const HISTORY_REQUESTS: usize = 100;

const HOBBIES: [&str; 24] = [
    "hiking",
    "chess",
    "pottery",
    "climbing",
    "sailing",
    "knitting",
    "surfing",
    "archery",
    "fencing",
    "rowing",
    "baking",
    "birding",
    "juggling",
    "origami",
    "skating",
    "cycling",
    "painting",
    "gardening",
    "fishing",
    "dancing",
    "rugby",
    "karate",
    "snooker",
    "curling",
];
const FOODS: [&str; 24] = [
    "ramen",
    "tacos",
    "sushi",
    "paella",
    "falafel",
    "risotto",
    "kimchi",
    "pierogi",
    "goulash",
    "hummus",
    "curry",
    "gnocchi",
    "burritos",
    "dumplings",
    "lasagna",
    "moussaka",
    "pho",
    "tapas",
    "couscous",
    "ceviche",
    "borscht",
    "tagine",
    "biryani",
    "polenta",
];
const PLACES: [&str; 16] = [
    "Lisbon", "Porto", "Berlin", "Vienna", "Madrid", "Oslo", "Dublin", "Prague", "Warsaw",
    "Athens", "Zurich", "Helsinki", "Tallinn", "Riga", "Krakow", "Seville",
];

/// An owner: its key (it signs its requests) and the epoch keys a request carries.
struct Owner {
    signer: PrivateKeySigner,
    keys: Keyring,
    /// Its own client, which grants delegations.
    memories: MemoryClient,
}

/// What a request needs besides its number.
struct Bench {
    devnet: Arc<Devnet>,
    http: reqwest::Client,
    owners: Vec<Owner>,
}

impl Bench {
    /// Request `n`: a conversation of one or two memories for owner `n % OWNERS`, sealed to
    /// `node`, posted, its answer opened and verified. Returns the round trip.
    async fn request(&self, node: &VerifiedNode, n: usize) -> anyhow::Result<Duration> {
        let started = Instant::now();
        let owner = &self.owners[n % self.owners.len()];
        let m = n / self.owners.len();
        let text = format!(
            "I like {} and {}. I spent a weekend in {}.",
            HOBBIES[m % HOBBIES.len()],
            FOODS[(m / HOBBIES.len() + m) % FOODS.len()],
            PLACES[(m * 7 + n) % PLACES.len()],
        );
        let now = Timestamp::now().as_second().cast_unsigned();
        let mut request = UpdateRequest {
            request_id: PrivateKeySigner::random().to_bytes(),
            issued_at: now,
            expires_at: now + 120,
            chain_id: self.devnet.chain_id(),
            vault: self.devnet.vault_address(),
            owner: owner.signer.address(),
            node: node.address,
            keys: RequestKeys::from_delegated(
                &owner.keys.latest().ok_or_else(|| anyhow::anyhow!("no keys"))?.to_delegated(),
            ),
            messages: vec![Message::user(text), Message::assistant("Noted.")],
            source: None,
            delegation: None,
            app_scope: None,
            // As the SDK's client sends it: the block of the owner's log as it last synced.
            min_block: owner.memories.checkpoint().await.block,
            authorization: Bytes::new(),
        };
        request.authorize(&owner.signer).await?;
        let (sealed, pending) = protocol::seal_request(&node.hpke_public_key, &request)?;
        drop(request);
        let response =
            self.http.post(format!("{}/v1/updates", node.endpoint)).json(&sealed).send().await?;
        let status = response.status();
        let body = response.bytes().await?;
        anyhow::ensure!(status.is_success(), "{status}: {}", String::from_utf8_lossy(&body));
        let response: SealedResponse = serde_json::from_slice(&body)?;
        let verified = pending.open(&response)?;
        anyhow::ensure!(
            verified.output.owner == owner.signer.address(),
            "the answer names another owner"
        );
        Ok(started.elapsed())
    }
}

/// Sixteen funded owners whose key-check values are published, each delegating to `nodes`.
async fn owners(devnet: &Devnet, nodes: &[Address]) -> anyhow::Result<Vec<Owner>> {
    owners_with(devnet, nodes, 1..=OWNERS, 1).await
}

/// Funded owners (one per seed) whose logs hold their key check and `earlier` memories,
/// imported in a few batches, each delegating to `nodes`.
async fn owners_with(
    devnet: &Devnet,
    nodes: &[Address],
    seeds: impl IntoIterator<Item = u8>,
    earlier: usize,
) -> anyhow::Result<Vec<Owner>> {
    let mut owners = Vec::new();
    for seed in seeds {
        let (signer, memories) = owner(devnet, seed).await;
        let keys = keyring(devnet, signer.address(), seed);
        if earlier <= 1 {
            memories.add(NewMemory::new("I keep a paper diary.")).await?;
        } else {
            let notes: String = (0..earlier)
                .map(|i| format!("Note {i}: I keep a paper diary of day {i}.\n"))
                .collect();
            let options = memsync::memory::ImportOptions {
                format: Some(memsync::import::ImportFormat::Text),
                ..Default::default()
            };
            memories.import(notes.as_bytes(), &options).await?;
        }
        let vault = memories.vault();
        let until = vault.chain_time().await? + 24 * 3600;
        for node in nodes {
            vault.grant_delegate(*node, Scope::READ_WRITE | Scope::TEE_NODE, until).await?;
        }
        owners.push(Owner { signer, keys, memories });
    }
    Ok(owners)
}

/// A node in this process reaching the chain through `rpc_url`, funded and registered.
async fn node_via(devnet: &Devnet, rpc_url: String) -> anyhow::Result<(Node, String)> {
    let signer = PrivateKeySigner::random();
    fund(devnet, signer.address()).await;
    let node = Node::start(NodeConfig {
        rpc_url,
        vault: devnet.vault_address(),
        registry: Some(devnet.tee_registry_address()),
        signer,
        hpke: None,
        attester: Arc::new(dev_attester()),
        extractor: Arc::new(BuiltinExtractor::new()),
        rpc: memsync::RpcConfig::default(),
        settle_every: Some(memsync_tee_node::SETTLE_EVERY),
    })
    .await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let endpoint = format!("http://{}", listener.local_addr()?);
    let router = node.router();
    tokio::spawn(async move { axum::serve(listener, router).await });
    let checker =
        AttestationChecker::new(dev_verifier(), devnet.signer(0), devnet.tee_registry(0).await?);
    checker.check_and_register(&endpoint).await?;
    Ok((node, endpoint))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn yes(held: bool) -> &'static str {
    if held { "yes" } else { "**no**" }
}

async fn bench() -> anyhow::Result<()> {
    let devnet = Devnet::spawn().await?;
    let running = start_node(&devnet, Arc::new(BuiltinExtractor::new())).await;
    let client = tee_client(&devnet).await;
    let node = client.verify(running.node().address()).await?;
    let owners = owners(&devnet, &[node.address]).await?;
    let bench = Arc::new(Bench { devnet: Arc::new(devnet), http: reqwest::Client::new(), owners });
    let by_history = latency_by_history(&bench, &client, &node).await?;
    println!(
        "tee-bench: anvil {}, node {} (built-in extractor), {OWNERS} owners",
        bench.devnet.rpc_url(),
        node.address
    );

    // --- latency: one request at a time ----------------------------------------------------
    let next = AtomicUsize::new(0);
    for _ in 0..OWNERS {
        bench.request(&node, next.fetch_add(1, Ordering::Relaxed)).await?;
    }
    let mut times = Vec::with_capacity(SEQUENTIAL);
    for _ in 0..SEQUENTIAL {
        times.push(bench.request(&node, next.fetch_add(1, Ordering::Relaxed)).await?);
    }
    // Each request reads the owner's whole log from the chain (the node keeps no cache), so its
    // time grows with the log: the first and the last fifty show by how much.
    let median = |slice: &[Duration]| {
        let mut sorted = slice.to_vec();
        sorted.sort();
        percentile(&sorted, 0.5)
    };
    let (early, late) = (median(&times[..50]), median(&times[SEQUENTIAL - 50..]));
    // Writes in an owner's log before a request: its key check, a memory, the warm-up, then one
    // per earlier request of its own.
    let writes = |n: usize| 3 + n / usize::from(OWNERS);
    times.sort();
    let (p50, p90, p99) =
        (percentile(&times, 0.5), percentile(&times, 0.9), percentile(&times, 0.99));
    let max = times.last().copied().unwrap_or_default();

    // --- throughput: 32 in flight ----------------------------------------------------------
    let next = Arc::new(next);
    let done = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..IN_FLIGHT {
        let (bench, node, next, done) = (bench.clone(), node.clone(), next.clone(), done.clone());
        workers.spawn(async move {
            let mut under_load = Vec::new();
            while started.elapsed() < THROUGHPUT_WINDOW
                && done.fetch_add(1, Ordering::Relaxed) < THROUGHPUT_MAX
            {
                under_load.push(bench.request(&node, next.fetch_add(1, Ordering::Relaxed)).await?);
            }
            anyhow::Ok(under_load)
        });
    }
    let mut under_load = Vec::new();
    for finished in workers.join_all().await {
        under_load.extend(finished?);
    }
    let elapsed = started.elapsed();
    let rate = under_load.len() as f64 / elapsed.as_secs_f64();
    under_load.sort();
    let loaded_p50 = percentile(&under_load, 0.5);

    // --- RPC calls per request, through a counting proxy -----------------------------------
    let (proxy, calls) = LyingRpc::counting(bench.devnet.rpc_url()).await;
    let (profiled, endpoint) = node_via(&bench.devnet, proxy.url()).await?;
    delegate_all(&bench, profiled.address()).await?;
    let profiled_node = client.verify(profiled.address()).await?;
    anyhow::ensure!(profiled_node.endpoint == endpoint, "the registry lists another endpoint");
    calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
    let base = next.load(Ordering::Relaxed);
    for n in 0..PROFILED {
        bench.request(&profiled_node, base + n).await?;
    }
    let calls = calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let total: usize = calls.values().sum();

    println!();
    println!("| owner's earlier writes | p50 | p99 | max | JSON-RPC calls per request | target |");
    println!("|---:|---:|---:|---:|---:|---|");
    for h in &by_history {
        println!(
            "| {} | {} | {} | {} | {:.1} | p50 ≤ 30 ms {}, p99 ≤ 60 ms {}, calls ≤ 10 {} |",
            h.earlier,
            ms(h.p50),
            ms(h.p99),
            ms(h.max),
            h.calls,
            yes(h.p50 <= Duration::from_millis(30)),
            yes(h.p99 <= Duration::from_millis(60)),
            yes(h.calls <= 10.0)
        );
    }
    for h in &by_history {
        println!();
        println!("| JSON-RPC method ({} earlier writes) | calls per request |", h.earlier);
        println!("|---|---:|");
        for (method, count) in &h.methods {
            println!("| {method} | {count:.2} |");
        }
    }
    println!();
    println!("| measure (built-in extractor, anvil, {OWNERS} owners) | result | target | held |");
    println!("|---|---:|---:|:---:|");
    println!(
        "| round trip p50 ({SEQUENTIAL} sequential requests: seal, POST, open, verify) | {} | ≤ 50 ms | {} |",
        ms(p50),
        yes(p50 <= Duration::from_millis(50))
    );
    println!(
        "| round trip p50, first 50 / last 50 (owner logs of {}–{} / {}–{} writes) | {} / {} | | |",
        writes(0),
        writes(49),
        writes(SEQUENTIAL - 50),
        writes(SEQUENTIAL - 1),
        ms(early),
        ms(late)
    );
    println!("| round trip p90 | {} | | |", ms(p90));
    println!("| round trip p99 | {} | | |", ms(p99));
    println!("| round trip max | {} | | |", ms(max));
    println!(
        "| throughput ({IN_FLIGHT} in flight, {} requests in {:.1} s) | {rate:.1} requests/s | ≥ 50/s | {} |",
        under_load.len(),
        elapsed.as_secs_f64(),
        yes(rate >= 50.0)
    );
    println!("| round trip p50 under that load | {} | | |", ms(loaded_p50));
    println!(
        "| JSON-RPC calls per request ({PROFILED} requests) | {:.1} | | |",
        total as f64 / PROFILED as f64
    );
    println!();
    println!("| JSON-RPC method | calls per request |");
    println!("|---|---:|");
    for (method, count) in &calls {
        println!("| {method} | {:.2} |", *count as f64 / PROFILED as f64);
    }
    Ok(())
}

/// Round trips of owners whose logs are short or long, and what each request costs in calls.
struct History {
    earlier: usize,
    p50: Duration,
    p99: Duration,
    max: Duration,
    calls: f64,
    methods: BTreeMap<String, f64>,
}

/// For owners with 10 and with 1,000 earlier writes: the round trip of sequential requests
/// through the bench's node, and the JSON-RPC calls of requests through a counting proxy to a
/// second node.
async fn latency_by_history(
    bench: &Bench,
    client: &memsync::tee::client::TeeClient,
    node: &VerifiedNode,
) -> anyhow::Result<Vec<History>> {
    let (proxy, calls) = LyingRpc::counting(bench.devnet.rpc_url()).await;
    let (counting, _endpoint) = node_via(&bench.devnet, proxy.url()).await?;
    let counting = client.verify(counting.address()).await?;
    let mut results = Vec::new();
    for (group, earlier) in [(0u8, 10usize), (1, 1000)] {
        let seeds = (0..HISTORY_OWNERS as u8).map(|i| 100 + group * 20 + i);
        let owners =
            owners_with(&bench.devnet, &[node.address, counting.address], seeds, earlier).await?;
        let group = Bench { devnet: bench.devnet.clone(), http: bench.http.clone(), owners };
        // One warm-up request per owner and node: the node keeps the owner's log from then on.
        for n in 0..HISTORY_OWNERS {
            group.request(node, n).await?;
            group.request(&counting, n).await?;
        }
        let mut times = Vec::with_capacity(HISTORY_REQUESTS);
        for n in 0..HISTORY_REQUESTS {
            times.push(group.request(node, HISTORY_OWNERS + n).await?);
        }
        times.sort();
        // The counting node catches up with what the other node wrote meanwhile (one request
        // per owner), so that the count is of a request against a kept log.
        for n in 0..HISTORY_OWNERS {
            group.request(&counting, HISTORY_OWNERS + HISTORY_REQUESTS + n).await?;
        }
        calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
        for n in HISTORY_OWNERS..HISTORY_OWNERS + PROFILED {
            group.request(&counting, HISTORY_OWNERS + HISTORY_REQUESTS + n).await?;
        }
        let counted = calls.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        let total: usize = counted.values().sum();
        results.push(History {
            earlier,
            p50: percentile(&times, 0.5),
            p99: percentile(&times, 0.99),
            max: times.last().copied().unwrap_or_default(),
            calls: total as f64 / PROFILED as f64,
            methods: counted
                .into_iter()
                .map(|(method, n)| (method, n as f64 / PROFILED as f64))
                .collect(),
        });
    }
    Ok(results)
}

/// Every owner delegates to `node` too.
async fn delegate_all(bench: &Bench, node: Address) -> anyhow::Result<()> {
    for owner in &bench.owners {
        let vault = owner.memories.vault();
        let until = vault.chain_time().await? + 24 * 3600;
        vault.grant_delegate(node, Scope::READ_WRITE | Scope::TEE_NODE, until).await?;
    }
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    match bench().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("tee-bench: {err:#}");
            ExitCode::FAILURE
        }
    }
}
