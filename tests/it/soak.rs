//! A bounded soak test: anvil mining a block a second, two devices of one owner, an importer and
//! a TEE node (with the device that sends it conversations) writing and reading through RPC
//! simulators with about 10% transient failures, replicas 0..=2 blocks behind, and a reorg every
//! couple of dozen blocks, for a fixed number of operations. At the end every device equals a
//! control device reading the honest anvil, field for field; no record version is in the log
//! twice; every write an operation reported is there or was reported lost; and the log
//! verifies. The figures are printed.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use std::sync::Arc;

use alloy::primitives::B256;
use memsync::extract::{BuiltinExtractor, Message};
use memsync::memory::{
    AppliedAction, CacheLocation, Filter, ImportOptions, Memory, MemoryClient, MemoryId,
    MemoryUpdate, NewMemory, Source, SyncReport,
};
use memsync::rpc::RetryPolicy;
use memsync::tee::client::{TeeClient, TeeError};
use memsync::tee::registry::TeeRegistry;
use memsync::{Devnet, RpcConfig, Vault};
use memsync_e2e::{FaultKind, Faults, RpcSim, Transient};
use memsync_tee_node::dev::DevNode;

/// Operations per device (adds, edits and reads).
const OPS_PER_DEVICE: usize = 14;
/// Conversations sent through the TEE node.
const TEE_OPS: usize = 6;
/// Imports of the importer, each of a file of `IMPORT_LINES` lines.
const IMPORTS: usize = 3;
const IMPORT_LINES: usize = 15;
/// At most this many rounds of syncs (1.5 s apart) after the faults stop, for what the last
/// reorgs dropped to be settled.
const FINAL_ROUNDS: usize = 12;
/// How many times the importer runs an import that lost every race for the log.
const IMPORT_TRIES: usize = 3;

/// Short timeouts, a generous retry budget: every participant's RPC settings.
fn rpc() -> RpcConfig {
    RpcConfig::default().timeout(Duration::from_secs(2)).retry(RetryPolicy {
        attempts: 10,
        first_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(250),
    })
}

async fn open(devnet: &Devnet, url: &str, cache: CacheLocation, app: &str) -> MemoryClient {
    open_with(devnet, url, cache, app, None).await
}

/// A client whose conversations go through a TEE node: `tee` reads the registry (through
/// `url`), and the owner (dev account 0) signs each request.
async fn open_with(
    devnet: &Devnet,
    url: &str,
    cache: CacheLocation,
    app: &str,
    tee: Option<TeeClient>,
) -> MemoryClient {
    let rpc = rpc();
    let vault = Vault::builder(url)
        .signer(devnet.signer(0))
        .rpc(rpc)
        .connect(devnet.vault_address())
        .await
        .expect("connect");
    // The owner's keys (one owner, dev account 0, on every device).
    let keys = memsync_e2e::tee::keyring(devnet, devnet.signer(0).address(), 7);
    let mut builder = MemoryClient::builder(vault, keys)
        .cache(cache)
        .source(Source::app(app))
        .scan_from_block(devnet.deploy_block(), 10_000);
    if let Some(tee) = tee {
        builder = builder.via_tee(tee, Arc::new(devnet.signer(0)));
    }
    builder.open().await.expect("open")
}

/// About 10% of requests fail: 502, 429 with Retry-After, resets, JSON-RPC rate limits and
/// hangs past the client's timeout; replicas 0..=2 blocks behind.
fn flaky(seed: u64) -> Faults {
    Faults::default()
        .seed(seed)
        .fail(Transient::Http502, 0.03)
        .fail(Transient::Http429, 0.02)
        .fail(Transient::Reset, 0.02)
        .fail(Transient::JsonRpcError, 0.02)
        .fail(Transient::Hang, 0.01)
        .hang_for(Duration::from_secs(30))
        .retry_after_secs(1)
        .lag(LAG_BLOCKS, LAG_JITTER)
}

/// Whether each request draws its replica's lag anew (0..=2 blocks): load-balanced replicas,
/// where a sync's pinned tip and its `eth_getLogs` can come from replicas at different heights.
const LAG_JITTER: bool = true;
/// How far behind the replicas are (two seconds here): writers of one key through them draw a
/// stale `pending` nonce, which the lane corrects from its journal.
const LAG_BLOCKS: u64 = 2;
/// Whether automatic reorgs drop the replaced blocks' transactions (instead of re-including
/// them, as a real chain's mempool mostly does): the harder case, where the devices must send
/// their own dropped transactions again.
const REORG_DROPS_TXS: bool = true;

/// What one writer did, as its operations reported it.
#[derive(Default)]
struct Tally {
    ops: usize,
    /// The text each memory was last written with, by the operations that reported success.
    written: BTreeMap<MemoryId, String>,
    /// Explicit syncs' reports.
    reports: Vec<SyncReport>,
    /// Updates and imports that lost the race for the log's sequence number every time (and
    /// said so).
    contended: usize,
    /// Conversations the TEE node (or the client) refused to apply, and why (a write that kept
    /// losing the race for the log's sequence number, a grant that a reorg dropped).
    refused: Vec<String>,
}

impl Tally {
    fn record(&mut self, report: SyncReport) {
        self.reports.push(report);
    }
}

/// A device's mix: mostly adds, some edits of its own memories, a sync and a read now and then.
async fn device_run(client: &MemoryClient, name: &str) -> Tally {
    let mut tally = Tally::default();
    let mut own: Vec<MemoryId> = Vec::new();
    for i in 0..OPS_PER_DEVICE {
        tally.ops += 1;
        match i % 7 {
            3 if !own.is_empty() => {
                let id = own[i % own.len()];
                let text = format!("{name} note, edited at step {i}.");
                match client.update(id, MemoryUpdate::new().text(&text)).await {
                    Ok(edited) => {
                        assert_eq!(edited.text, text);
                        tally.written.insert(id, text);
                    }
                    // Three writers of one log append all the time; an update that kept losing
                    // the race says so and writes nothing (the memory keeps its last text).
                    Err(memsync::Error::Vault(memsync::VaultError::WriteContended { .. })) => {
                        tally.contended += 1
                    }
                    Err(e) => panic!("{name} edit {i}: {e}"),
                }
            }
            5 => {
                let report = client.sync().await.unwrap_or_else(|e| panic!("{name} sync {i}: {e}"));
                tally.record(report);
                let page = client.list(&Filter::default(), 0, 10).await.expect("list");
                assert!(page.total >= own.len(), "{name}: its own memories are listed");
            }
            _ => {
                let text = format!("{name} note {i}.");
                let added = client
                    .add(NewMemory::new(&text))
                    .await
                    .unwrap_or_else(|e| panic!("{name} add {i}: {e}"));
                assert_eq!(client.get(added.id).await.expect("read own write").text, text);
                own.push(added.id);
                tally.written.insert(added.id, text);
            }
        }
    }
    tally
}

async fn importer_run(client: &MemoryClient) -> Tally {
    let mut tally = Tally::default();
    for n in 0..IMPORTS {
        tally.ops += 1;
        let file: String = (0..IMPORT_LINES).map(|i| format!("Imported fact {n}-{i}\n")).collect();
        let options =
            ImportOptions { file_name: Some(format!("{n}.txt")), ..ImportOptions::default() };
        // An import expects the log's sequence number at every write (two importers of one file
        // write each record once), so among four busy writers it may lose every race and say
        // so: the user runs it again, and what landed before is `unchanged`.
        let mut tries = 0;
        let report = loop {
            tries += 1;
            match client.import(file.as_bytes(), &options).await {
                Ok(report) => break report,
                Err(memsync::Error::Vault(memsync::VaultError::WriteContended { .. }))
                    if tries < IMPORT_TRIES =>
                {
                    tally.contended += 1;
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(e) => panic!("import {n} (try {tries}): {e}"),
            }
        };
        assert_eq!(report.added + report.unchanged, IMPORT_LINES, "import {n}");
        tokio::time::sleep(Duration::from_secs(2)).await;
        tally.ops += 1;
        let report = client.sync().await.unwrap_or_else(|e| panic!("importer sync {n}: {e}"));
        tally.record(report);
    }
    // What the imports wrote, as the importer now sees it.
    for memory in client.list(&Filter::default(), 0, usize::MAX).await.expect("list").memories {
        if memory.text.starts_with("Imported fact") {
            tally.written.insert(memory.id, memory.text);
        }
    }
    tally
}

/// What the owner tells an AI tool, one conversation at a time: new facts, and facts that
/// change earlier ones (the node updates those memories).
const SAID: [&str; TEE_OPS] = [
    "I love playing the cello on weekends.",
    "I live in Lisbon.",
    "I work as a data engineer at Acme.",
    "I'm allergic to peanuts.",
    "I moved to Porto.",
    "I work as a product manager at Initech.",
];

/// Conversations through the TEE node, each checked by the client against the chain (the
/// node's signed report, the memories it says it wrote).
async fn tee_run(client: &MemoryClient) -> Tally {
    let mut tally = Tally::default();
    for (i, said) in SAID.iter().enumerate() {
        tally.ops += 1;
        match client.add_messages(&[Message::user(*said)], None).await {
            Ok(applied) => {
                for done in applied {
                    let Some(id) = done.id else { continue };
                    match done.action {
                        // The client reads what the node wrote, at the version it wrote.
                        AppliedAction::Added | AppliedAction::Updated => {
                            let memory = client.get(id).await.expect("read the node's write");
                            assert!(
                                memory.version >= done.version.expect("the node reports versions"),
                                "{said}: the client reads the version the node wrote"
                            );
                            tally.written.insert(id, memory.text);
                        }
                        AppliedAction::Deleted => {
                            tally.written.remove(&id);
                        }
                        _ => {}
                    }
                }
            }
            // The node says it wrote nothing (and the client checks nothing).
            Err(memsync::Error::Tee(TeeError::Refused { code, message, .. }))
                if code == "chain_failed" || code == "not_delegated" =>
            {
                tally.refused.push(format!("{code}: {message}"));
            }
            // The owner's side lost every race for the log (and says so).
            Err(e @ memsync::Error::Vault(memsync::VaultError::WriteContended { .. })) => {
                tally.refused.push(e.to_string())
            }
            Err(e) => panic!("TEE conversation {i}: {e}"),
        }
        if i % 2 == 1 {
            tally.ops += 1;
            let report = client.sync().await.unwrap_or_else(|e| panic!("TEE sync {i}: {e}"));
            tally.record(report);
        }
    }
    tally
}

async fn memories(client: &MemoryClient) -> Vec<Memory> {
    let mut all = client.list(&Filter::default(), 0, usize::MAX).await.expect("list").memories;
    all.sort_by_key(|m| m.id);
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_two_devices_an_importer_and_a_tee_node_through_flaky_reorging_rpcs() {
    // RUST_LOG=memsync=info shows what the SDK did (rollbacks, resends, displaced writes).
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_test_writer()
        .try_init();
    let started = Instant::now();
    let devnet = Devnet::builder().block_time(1).spawn().await.expect("devnet");
    // Device A's endpoint also reorganises the chain (the chain is one: every client sees it).
    let sim_a = RpcSim::start(&devnet.rpc_url()).await;
    let sim_b = RpcSim::start(&devnet.rpc_url()).await;
    let dir = tempfile::tempdir().expect("dir");
    // The TEE node reaches the chain through its own endpoint; it is registered while that is
    // honest (registration is the operator's, once).
    let sim_n = RpcSim::start(&devnet.rpc_url()).await;
    let node = DevNode::serve_via(
        &devnet,
        &sim_n.url(),
        rpc(),
        memsync_e2e::tee::dev_attester(),
        Arc::new(BuiltinExtractor::default()),
        ([127, 0, 0, 1], 0).into(),
    )
    .await
    .expect("the node starts");
    node.register(&devnet, memsync_e2e::tee::dev_verifier()).await.expect("registered");
    // Connect while the endpoints are honest (the vault's code and the node's registration
    // must be below a lagging tip).
    tokio::time::sleep(Duration::from_secs(3)).await;
    sim_a.set(flaky(1).reorg_every(20, (1, 3), !REORG_DROPS_TXS));
    sim_b.set(flaky(2));
    sim_n.set(flaky(3));
    let a =
        open(&devnet, &sim_a.url(), CacheLocation::File(dir.path().join("a.sqlite")), "a").await;
    let b =
        open(&devnet, &sim_b.url(), CacheLocation::File(dir.path().join("b.sqlite")), "b").await;
    let importer = open(&devnet, &sim_b.url(), CacheLocation::Memory, "importer").await;
    let registry = TeeRegistry::builder(sim_a.url())
        .rpc(rpc())
        .connect(devnet.tee_registry_address())
        .await
        .expect("registry");
    let tee = TeeClient::new(registry, memsync_e2e::tee::dev_verifier());
    let t = open_with(&devnet, &sim_a.url(), CacheLocation::Memory, "ai-tool", Some(tee)).await;

    let (mut ta, mut tb, mut ti, mut tt) = tokio::join!(
        device_run(&a, "A"),
        device_run(&b, "B"),
        importer_run(&importer),
        tee_run(&t)
    );
    let soak_time = started.elapsed();

    // The end: honest endpoints, and syncs until every write an operation reported done is on
    // the chain, or `FINAL_ROUNDS` rounds: what the last reorgs dropped is settled by the next
    // syncs (a resend that lands at the one after, a nonce gap filled after 4 s) and by the
    // node's settler (every `SETTLE_EVERY`), not at once.
    sim_a.set(Faults::honest());
    sim_b.set(Faults::honest());
    sim_n.set(Faults::honest());
    let control = open(&devnet, &devnet.rpc_url(), CacheLocation::Memory, "control").await;
    let mut rounds = 0;
    loop {
        rounds += 1;
        ta.record(a.sync().await.expect("final sync A"));
        tb.record(b.sync().await.expect("final sync B"));
        ti.record(importer.sync().await.expect("final sync importer"));
        tt.record(t.sync().await.expect("final sync of the TEE node's client"));
        control.sync().await.expect("the control's sync");
        let on_chain: BTreeMap<MemoryId, String> =
            memories(&control).await.into_iter().map(|m| (m.id, m.text)).collect();
        let settled = [&ta, &tb, &ti, &tt]
            .iter()
            .flat_map(|t| &t.written)
            .all(|(id, text)| on_chain.get(id) == Some(text));
        if (settled && rounds >= 2) || rounds == FINAL_ROUNDS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    let chain = memories(&control).await;
    for (name, client) in [("A", &a), ("B", &b), ("importer", &importer), ("TEE", &t)] {
        client.sync().await.expect("sync before comparing");
        assert_eq!(memories(client).await, chain, "{name} equals the chain, field for field");
    }

    // Nothing lost: every write an operation reported is on chain with its last text, or its
    // loss was reported.
    let reported_lost: usize =
        [&ta, &tb, &ti, &tt].iter().flat_map(|t| &t.reports).map(|r| r.lost_writes.len()).sum();
    let by_id: BTreeMap<MemoryId, &Memory> = chain.iter().map(|m| (m.id, m)).collect();
    let mut lost = Vec::new();
    for tally in [&ta, &tb, &ti, &tt] {
        for (id, text) in &tally.written {
            if by_id.get(id).is_none_or(|m| &m.text != text) {
                lost.push(format!("{text} ({id})"));
            }
        }
    }

    // No duplicates, and the log verifies.
    let honest = Vault::builder(devnet.rpc_url())
        .connect(devnet.vault_address())
        .await
        .expect("honest vault");
    let log = honest.fetch_log(devnet.signer(0).address()).await.expect("the log verifies");
    let mut counts: BTreeMap<(B256, u64), usize> = BTreeMap::new();
    for entry in log.entries() {
        if let (Some(id), Some(version)) = (entry.op.id(), entry.op.version()) {
            *counts.entry((id, version)).or_default() += 1;
        }
    }
    let duplicated = counts.values().filter(|n| **n > 1).count();

    // The figures.
    let ops = ta.ops + tb.ops + ti.ops + tt.ops;
    let (stats_a, stats_b, stats_n) = (sim_a.stats(), sim_b.stats(), sim_n.stats());
    let mut faults: BTreeMap<FaultKind, u64> = stats_a.faults.clone();
    for (kind, n) in stats_b.faults.iter().chain(&stats_n.faults) {
        *faults.entry(*kind).or_default() += n;
    }
    let reports = || [&ta, &tb, &ti, &tt].into_iter().flat_map(|t| &t.reports);
    let rollbacks = reports().filter(|r| r.rolled_back.is_some()).count();
    let resent: usize = reports().map(|r| r.resent.len()).sum();
    let clients = [&a, &b, &importer, &t];
    let node_rpc = node.node().rpc_stats();
    let retries: u64 =
        clients.iter().map(|c| c.vault().rpc_stats().retries()).sum::<u64>() + node_rpc.retries();
    let calls: u64 =
        clients.iter().map(|c| c.vault().rpc_stats().total()).sum::<u64>() + node_rpc.total();
    println!(
        "soak: {ops} operations in {soak_time:?} ({:?} with the final checks)",
        started.elapsed()
    );
    println!("  memories on chain: {}, log entries: {}", chain.len(), log.entries().len());
    println!("  rounds of final syncs until every reported write was on chain: {rounds}");
    println!("  faults injected: {faults:?}");
    println!("  reorgs: {}", stats_a.reorgs);
    println!(
        "  recoveries: {rollbacks} rollbacks seen by syncs, {resent} resends, {retries} retries"
    );
    println!("  JSON-RPC calls: {calls} ({:.1} per operation)", calls as f64 / ops as f64);
    println!("  records lost: {} ({reported_lost} reported lost by syncs): {lost:?}", lost.len());
    println!("  records duplicated: {duplicated}");
    println!(
        "  writes refused after losing every race (imports run again): {}",
        ta.contended + tb.contended + ti.contended
    );
    println!("  TEE conversations refused (nothing written, said so): {:?}", tt.refused);
    assert!(stats_a.reorgs > 0, "the chain reorganised during the soak");
    assert!(faults.values().sum::<u64>() > 0, "faults were injected");
    assert_eq!(duplicated, 0, "no record version twice");
    assert!(
        lost.len() <= reported_lost,
        "writes lost without a report: {lost:?} ({reported_lost} reported)"
    );
    assert!(lost.is_empty(), "records lost: {lost:?}");
}
