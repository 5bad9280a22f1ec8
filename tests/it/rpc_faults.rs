//! The memory client through a misbehaving RPC (the simulator of `support/rpc_sim` in front of
//! a real anvil), one test per failure of issue #14: reorgs of the device's own writes and of
//! another device's, lagging replicas, a stale `eth_blockNumber`, transient failures, ambiguous
//! sends, hung requests, `eth_getLogs` caps, an interrupted sync, a damaged cache, two imports
//! of one file at once, and a reorg deeper than finality. Each ends with the device equal to
//! a control device that reads the honest anvil, and with a log that verifies.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use alloy::primitives::B256;
use alloy::providers::Provider as _;
use memsync::extract::Message;
use memsync::memory::{
    CacheLocation, Filter, ImportOptions, Memory, MemoryClient, MemoryId, MemoryUpdate, NewMemory,
    Progress, Source, Stage,
};
use memsync::rpc::RetryPolicy;
use memsync::sync::SyncPlan;
use memsync::{Devnet, Error, Finality, RpcConfig, Vault};
use memsync_e2e::{FaultKind, Faults, LogsErrorStyle, RpcSim, Transient};
use serde_json::Value;

// -------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------

/// Short timeouts and backoffs, so that a test of retries takes seconds.
fn fast_rpc() -> RpcConfig {
    RpcConfig::default().timeout(Duration::from_millis(800)).retry(RetryPolicy {
        attempts: 10,
        first_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(100),
    })
}

/// How one test device talks to the chain.
#[derive(Clone)]
struct Device {
    rpc: RpcConfig,
    finality: Finality,
    cache: CacheLocation,
    lag_wait: Duration,
    ranges: bool,
    progress: Option<Arc<dyn Fn(Progress) + Send + Sync>>,
    /// Conversations go through a TEE node of the devnet's registry (the owner signs them).
    via_tee: bool,
}

impl Default for Device {
    fn default() -> Self {
        Self {
            rpc: fast_rpc(),
            finality: Finality::Finalized,
            cache: CacheLocation::Memory,
            lag_wait: Duration::from_secs(20),
            ranges: false,
            progress: None,
            via_tee: false,
        }
    }
}

impl Device {
    async fn vault(&self, devnet: &Devnet, url: &str) -> Vault {
        Vault::builder(url)
            .signer(devnet.signer(0))
            .rpc(self.rpc)
            .finality(self.finality)
            .connect(devnet.vault_address())
            .await
            .expect("connect")
    }

    async fn try_open(&self, devnet: &Devnet, url: &str) -> Result<MemoryClient, Error> {
        let vault = self.vault(devnet, url).await;
        // The owner's keys (one owner, dev account 0, on every device).
        let keys = memsync_e2e::tee::keyring(devnet, devnet.signer(0).address(), 7);
        let plan = SyncPlan { lag_wait: self.lag_wait, ..SyncPlan::default() };
        let mut builder = MemoryClient::builder(vault, keys)
            .cache(self.cache.clone())
            .source(Source::app("rpc-faults"))
            .sync_plan(plan);
        if self.ranges {
            builder = builder.scan_from_block(devnet.deploy_block(), 10_000);
        }
        if let Some(progress) = self.progress.clone() {
            builder = builder.on_progress(move |p| progress(p));
        }
        if self.via_tee {
            let tee = memsync_e2e::tee::tee_client(devnet).await;
            builder = builder.via_tee(tee, Arc::new(devnet.signer(0)));
        }
        builder.open().await
    }

    async fn open(&self, devnet: &Devnet, url: &str) -> MemoryClient {
        self.try_open(devnet, url).await.expect("open")
    }
}

async fn devnet_and_sim() -> (Devnet, RpcSim) {
    let devnet = Devnet::spawn().await.expect("devnet");
    let sim = RpcSim::start(&devnet.rpc_url()).await;
    (devnet, sim)
}

/// Every live memory, in id order.
async fn memories(client: &MemoryClient) -> Vec<Memory> {
    let mut all = client.list(&Filter::default(), 0, usize::MAX).await.expect("list").memories;
    all.sort_by_key(|m| m.id);
    all
}

/// The memories a fresh device reading the honest anvil sees.
async fn control(devnet: &Devnet) -> Vec<Memory> {
    let honest = Device::default().open(devnet, &devnet.rpc_url()).await;
    memories(&honest).await
}

/// Syncs `client` and asserts that it holds exactly what a device reading the honest anvil
/// holds, field for field.
async fn assert_equals_chain(devnet: &Devnet, client: &MemoryClient) {
    client.sync().await.expect("sync before comparing");
    let chain = control(devnet).await;
    let device = memories(client).await;
    assert_eq!(device.len(), chain.len(), "as many memories as the chain");
    assert_eq!(device, chain, "the device equals the chain, field for field");
}

/// The owner's whole log from the honest anvil (verified against the on-chain head), as
/// counts of (record id, version): every count must be 1.
async fn log_counts(devnet: &Devnet) -> BTreeMap<(B256, u64), usize> {
    let vault = Vault::builder(devnet.rpc_url())
        .connect(devnet.vault_address())
        .await
        .expect("honest vault");
    let log = vault.fetch_log(devnet.signer(0).address()).await.expect("the log verifies");
    let mut counts = BTreeMap::new();
    for entry in log.entries() {
        if let (Some(id), Some(version)) = (entry.op.id(), entry.op.version()) {
            *counts.entry((id, version)).or_default() += 1;
        }
    }
    counts
}

/// Asserts that no record version is in the log twice, and returns how many entries it has.
async fn assert_no_duplicates(devnet: &Devnet) -> usize {
    let counts = log_counts(devnet).await;
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "record versions written twice: {twice:?}");
    counts.len()
}

/// Mines a block on the honest anvil.
async fn mine(devnet: &Devnet) {
    let vault = Vault::builder(devnet.rpc_url())
        .connect(devnet.vault_address())
        .await
        .expect("honest vault");
    let _: Value = vault.provider().raw_request("evm_mine".into(), ()).await.expect("evm_mine");
}

/// Mines a block on the honest anvil every `every` until dropped: a live chain (with automine
/// still on, transactions land at once).
struct Miner(tokio::task::JoinHandle<()>);

impl Miner {
    async fn start(devnet: &Devnet, every: Duration) -> Self {
        let vault = Vault::builder(devnet.rpc_url())
            .connect(devnet.vault_address())
            .await
            .expect("honest vault");
        Self(tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let _ = vault.provider().raw_request::<_, Value>("evm_mine".into(), ()).await;
            }
        }))
    }
}

impl Drop for Miner {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Transient failures at `rate`, split evenly over HTTP 502, HTTP 429 (Retry-After 1 s, capped
/// by the client's backoff), connection resets and Infura's JSON-RPC rate-limit error.
fn mixed(rate: f64, seed: u64) -> Faults {
    let each = rate / 4.0;
    Faults::default()
        .seed(seed)
        .fail(Transient::Http502, each)
        .fail(Transient::Http429, each)
        .fail(Transient::Reset, each)
        .fail(Transient::JsonRpcError, each)
}

/// Whether memory `id` is back, or its loss was reported.
fn came_back_or_reported(
    present: &[Memory],
    memory: &Memory,
    lost: &[String],
    what: &str,
) -> &'static str {
    if present.iter().any(|m| m.id == memory.id && m.text == memory.text) {
        "back"
    } else {
        assert!(!lost.is_empty(), "{what}: memory {} lost silently", memory.text);
        "reported lost"
    }
}

// -------------------------------------------------------------------------------------------
// Reorgs
// -------------------------------------------------------------------------------------------

/// A reorg of depth 1..=3 drops (or moves) the block of the device's own write: the next sync
/// rolls back, re-sends the write from the outbox (or reports it lost), and the device ends
/// equal to the chain; a second device on the honest anvil sees the same memories.
#[tokio::test]
async fn a_reorg_of_an_own_write_is_rolled_back_and_the_write_comes_back() {
    let (devnet, sim) = devnet_and_sim().await;
    let device = Device::default().open(&devnet, &sim.url()).await;
    device.add(NewMemory::new("Settled before any reorg.")).await.expect("first add");
    for depth in 1..=3 {
        for keep_txs in [false, true] {
            let what = format!("depth {depth}, keep_txs {keep_txs}");
            let memory =
                device.add(NewMemory::new(format!("Written at {what}."))).await.expect("add");
            for _ in 1..depth {
                mine(&devnet).await;
            }
            let reorg = sim.reorg(depth, keep_txs).await;
            assert_eq!(reorg.depth, depth);
            let first = device.sync().await.unwrap_or_else(|e| panic!("{what}: sync: {e}"));
            if keep_txs {
                // The same operations again, maybe in the very block numbers they were in: the
                // log is the one the device holds, and a rollback is optional.
                assert!(first.lost_writes.is_empty(), "{what}: {first:?}");
                println!("{what}: rolled back: {:?}", first.rolled_back);
            } else {
                assert!(first.rolled_back.is_some(), "{what}: rolled back: {first:?}");
                assert!(
                    !first.resent.is_empty() || !first.lost_writes.is_empty(),
                    "{what}: the dropped write is re-sent or reported: {first:?}"
                );
            }
            let second = device.sync().await.unwrap_or_else(|e| panic!("{what}: resync: {e}"));
            let mut lost = first.lost_writes.clone();
            lost.extend(second.lost_writes);
            let now = memories(&device).await;
            println!("{what}: {first:?}");
            let outcome = came_back_or_reported(&now, &memory, &lost, &what);
            println!("{what}: {outcome}; resent {:?}", first.resent);
            assert_eq!(outcome, "back", "{what}: the nonce was free, the write must come back");
            assert_equals_chain(&devnet, &device).await;
        }
    }
    assert_no_duplicates(&devnet).await;
}

/// `evm_snapshot` / `evm_revert` takes the device's write off a chain that then goes on with
/// other blocks: the write is re-sent, or, when the device writes again first (its nonce goes
/// to the new write), reported lost; never lost silently.
#[tokio::test]
async fn a_reverted_write_is_resent_or_reported() {
    let (devnet, sim) = devnet_and_sim().await;
    let device = Device::default().open(&devnet, &sim.url()).await;
    device.add(NewMemory::new("Before the snapshot.")).await.expect("add");

    // The chain goes on after the revert (as a live chain does): the write is re-sent.
    let snapshot = sim.snapshot().await;
    let dropped = device.add(NewMemory::new("Reverted, then re-sent.")).await.expect("add");
    assert!(sim.revert(&snapshot).await, "reverted");
    mine(&devnet).await;
    let report = device.sync().await.expect("sync after a revert");
    assert!(report.rolled_back.is_some(), "{report:?}");
    assert_eq!(report.resent.len(), 1, "{report:?}");
    device.sync().await.expect("sync after the resend");
    assert!(memories(&device).await.iter().any(|m| m.id == dropped.id), "the write came back");
    assert_equals_chain(&devnet, &device).await;

    // The device writes again before any sync: the new write takes the nonce of the reverted
    // one, which is then reported lost (or re-sent if the SDK keeps nonces apart).
    let snapshot = sim.snapshot().await;
    let reverted = device.add(NewMemory::new("Reverted, then overtaken.")).await.expect("add");
    assert!(sim.revert(&snapshot).await, "reverted");
    let next = device.add(NewMemory::new("Written after the revert.")).await.expect("add after");
    let report = device.sync().await.expect("sync");
    let again = device.sync().await.expect("sync again");
    let mut lost = report.lost_writes.clone();
    lost.extend(again.lost_writes.clone());
    let now = memories(&device).await;
    assert!(now.iter().any(|m| m.id == next.id), "the later write is there");
    let outcome = came_back_or_reported(&now, &reverted, &lost, "overtaken");
    println!("overtaken write: {outcome}; {report:?} {again:?}");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// Another device's write is reorged away and that device writes different memories instead:
/// this device rolls back what it had seen and ends equal to the chain.
#[tokio::test]
async fn another_devices_reorged_write_is_replaced() {
    let (devnet, sim) = devnet_and_sim().await;
    let device = Device::default().open(&devnet, &sim.url()).await;
    let other = Device::default().open(&devnet, &devnet.rpc_url()).await;
    other.add(NewMemory::new("Seen, then reorged away.")).await.expect("other add");
    device.sync().await.expect("sync");
    assert_eq!(device.len().await, 1);
    let reorg = sim.reorg(1, false).await;
    assert_eq!(reorg.dropped.len(), 1, "{reorg:?}");
    // The other device writes something else; it may re-send its dropped write first.
    other.add(NewMemory::new("Written instead.")).await.expect("other add after the reorg");
    other.add(NewMemory::new("And this.")).await.expect("other add after the reorg");
    let report = device.sync().await.expect("sync after the reorg");
    assert!(report.rolled_back.is_some(), "{report:?}");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// An edit (a write whose sequence check expects the log as it was) that a reorg drops, while
/// another device writes: sent again as the same bytes it is mined and reverts (the log moved
/// on), and the device plans it again from the verified log instead of forgetting it.
#[tokio::test]
async fn an_edit_dropped_by_a_reorg_and_reverted_when_sent_again_is_planned_again() {
    let (devnet, sim) = devnet_and_sim().await;
    let device = Device::default().open(&devnet, &sim.url()).await;
    // The other writer is a delegate (its own key): the edit's nonce stays free, so the edit is
    // broadcast again as it was, not displaced.
    let delegate = devnet.signer(1);
    let far = device.vault().chain_time().await.expect("time") + 86_400;
    device
        .vault()
        .grant_delegate(delegate.address(), memsync::Scope::READ_WRITE, far)
        .await
        .expect("grant");
    // The owner's first write publishes the keys' check value, which a delegate needs.
    let memory = device.add(NewMemory::new("Lives in Berlin.")).await.expect("add");
    let other = MemoryClient::builder(
        Vault::builder(devnet.rpc_url())
            .signer(delegate)
            .connect(devnet.vault_address())
            .await
            .expect("the delegate's vault"),
        memsync_e2e::tee::keyring(&devnet, devnet.signer(0).address(), 7),
    )
    .delegate_of(devnet.signer(0).address())
    .open()
    .await
    .expect("the delegate's client");
    let edited =
        device.update(memory.id, MemoryUpdate::new().text("Lives in Lisbon.")).await.expect("edit");
    assert_eq!(edited.version, 2);
    let reorg = sim.reorg(1, false).await;
    assert_eq!(reorg.dropped.len(), 1, "the edit's transaction is dropped: {reorg:?}");
    // Another device writes: the edit's check (the log as it was) no longer holds.
    other.add(NewMemory::new("Another device's note.")).await.expect("other add");
    let mut resent = Vec::new();
    let mut lost = Vec::new();
    for _ in 0..3 {
        let report = device.sync().await.expect("sync");
        resent.extend(report.resent);
        lost.extend(report.lost_writes);
        if device.get(memory.id).await.is_ok_and(|m| m.text == "Lives in Lisbon.") {
            break;
        }
    }
    assert!(lost.is_empty(), "{lost:?}");
    let now = device.get(memory.id).await.expect("the memory");
    assert_eq!(now.text, "Lives in Lisbon.", "the edit came back (resent: {resent:?})");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// A TEE node reaching the chain through `sim`, registered, and the owner's device (honest RPC)
/// that sends it conversations.
async fn node_and_owner(
    devnet: &Devnet,
    sim: &RpcSim,
) -> (memsync_tee_node::dev::DevNode, MemoryClient) {
    let running = memsync_tee_node::dev::DevNode::serve_via(
        devnet,
        &sim.url(),
        fast_rpc(),
        memsync_e2e::tee::dev_attester(),
        Arc::new(memsync::extract::BuiltinExtractor::new()),
        ([127, 0, 0, 1], 0).into(),
    )
    .await
    .expect("node");
    running.register(devnet, memsync_e2e::tee::dev_verifier()).await.expect("register");
    let device =
        Device { via_tee: true, ..Device::default() }.open(devnet, &devnet.rpc_url()).await;
    (running, device)
}

/// Syncs `device` every half second, without another request to the node, until memory `id`
/// holds `text`: how long that took, or `None` after 30 s.
async fn back_within(device: &MemoryClient, id: MemoryId, text: &str) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        device.sync().await.expect("sync");
        if device.get(id).await.is_ok_and(|m| m.text == text) {
            return Some(started.elapsed());
        }
    }
    None
}

/// A TEE node's write that a reorg drops after the node has answered: the node notices by
/// itself (it watches its writes until they are final, from the owner's ciphertext it keeps,
/// without the keys) and sends it again; the owner reads it back without another request.
#[tokio::test]
async fn a_tee_nodes_write_dropped_by_a_reorg_is_sent_again_by_the_node() {
    let (devnet, sim) = devnet_and_sim().await;
    let (_node, device) = node_and_owner(&devnet, &sim).await;
    let said = [Message::user("I play the cello in a quartet.")];
    let applied = device.add_messages(&said, None).await.expect("through the node");
    let id = applied.iter().find_map(|a| a.id).expect("a memory added");
    let written = device.get(id).await.expect("the node's write").text;
    let node_tx = {
        let client = devnet.vault(0).await.expect("vault");
        let block = client.latest_block().await.expect("tip");
        let txs = client
            .provider()
            .get_block_by_number(block.number.into())
            .await
            .expect("block")
            .expect("the tip")
            .transactions
            .hashes()
            .collect::<Vec<_>>();
        assert_eq!(txs.len(), 1, "the node's write is alone in the newest block");
        txs[0]
    };

    let reorg = sim.reorg(1, false).await;
    assert_eq!(reorg.dropped, vec![node_tx], "the reorg dropped the node's write");
    // No request: the node sends it again within a few of its settle periods.
    let after = back_within(&device, id, &written).await;
    let after = after.expect("the node sent its dropped write again");
    println!("the node's write came back after {after:?}");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// A TEE node's update (its sequence check expects the log as it was) that a reorg drops
/// while the owner writes: the node sends it again as it was, it is mined and reverts, and the
/// node (which keeps no keys, only whether its write had landed) plans it again.
#[tokio::test]
async fn a_tee_nodes_update_dropped_by_a_reorg_and_reverted_when_sent_again_is_planned_again() {
    let (devnet, sim) = devnet_and_sim().await;
    let (_node, device) = node_and_owner(&devnet, &sim).await;
    device.add_messages(&[Message::user("I live in Lisbon.")], None).await.expect("first");
    let moved =
        device.add_messages(&[Message::user("I moved to Porto.")], None).await.expect("update");
    let updated = moved.iter().find(|a| a.action == memsync::memory::AppliedAction::Updated);
    let id = updated.and_then(|a| a.id).expect("the node updated the memory");
    let text = device.get(id).await.expect("the update").text;

    let reorg = sim.reorg(1, false).await;
    assert_eq!(reorg.dropped.len(), 1, "the node's update is dropped: {reorg:?}");
    // The owner writes meanwhile (its own key): the update's check no longer holds.
    device.add(NewMemory::new("Plays the cello.")).await.expect("owner's add");
    let after = back_within(&device, id, &text).await;
    assert!(after.is_some(), "the node planned its update again");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// A reorg deeper than finality (`Confirmations(1)`, depth 3): the final checkpoint is gone,
/// the device fetches the whole log again and ends equal to the chain.
#[tokio::test]
async fn a_reorg_deeper_than_finality_refetches_everything() {
    let (devnet, sim) = devnet_and_sim().await;
    let finality = Finality::Confirmations(1);
    let device = Device { finality, ..Device::default() }.open(&devnet, &sim.url()).await;
    let other = Device { finality, ..Device::default() }.open(&devnet, &devnet.rpc_url()).await;
    for i in 0..3 {
        other.add(NewMemory::new(format!("Another device's note {i}."))).await.expect("add");
    }
    let own = device.add(NewMemory::new("This device's note.")).await.expect("add");
    device.sync().await.expect("sync");
    assert_eq!(device.len().await, 4);
    let reorg = sim.reorg(3, true).await;
    assert_eq!(reorg.depth, 3);
    let report = device.sync().await.expect("sync after a deep reorg");
    let note = report.rolled_back.clone().expect("rolled back");
    println!("{note}");
    assert!(note.contains("deeper than finality"), "{note}");
    assert!(memories(&device).await.iter().any(|m| m.id == own.id));
    assert_equals_chain(&devnet, &device).await;

    // The same with the transactions dropped: the final entries of this device's writes are
    // forgotten by its outbox, so what a deep reorg drops must at least not break the device.
    let own = device.add(NewMemory::new("A second note of this device.")).await.expect("add");
    other.add(NewMemory::new("Another device's last note.")).await.expect("add");
    mine(&devnet).await;
    let reorg = sim.reorg(3, false).await;
    println!("dropped {:?}", reorg.dropped);
    let report = device.sync().await.expect("sync after a deep reorg that drops");
    assert!(report.rolled_back.is_some(), "{report:?}");
    let again = device.sync().await.expect("sync again");
    let mut lost = report.lost_writes.clone();
    lost.extend(again.lost_writes.clone());
    let now = memories(&device).await;
    let outcome = came_back_or_reported(&now, &own, &lost, "deep reorg, dropped");
    println!("deep reorg, own write dropped: {outcome}; {report:?}");
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

// -------------------------------------------------------------------------------------------
// Lagging replicas
// -------------------------------------------------------------------------------------------

/// Load-balanced replicas 0..=2 blocks behind (a block every 100 ms): what a device writes, it
/// reads back at once (add then get), and `update` returns the new version.
#[tokio::test]
async fn reads_after_writes_see_the_write_through_lagging_replicas() {
    let (devnet, sim) = devnet_and_sim().await;
    let _miner = Miner::start(&devnet, Duration::from_millis(100)).await;
    // The vault was deployed more than the lag ago (connecting checks its code at the tip).
    for _ in 0..3 {
        mine(&devnet).await;
    }
    sim.set(Faults::default().lag(2, true).seed(14));
    let device = Device::default().open(&devnet, &sim.url()).await;
    let started = Instant::now();
    for i in 0..5 {
        let added = device.add(NewMemory::new(format!("Lagging note {i}."))).await.expect("add");
        assert_eq!(device.get(added.id).await.expect("get after add"), added);
        let text = format!("Lagging note {i}, edited.");
        let edited = device.update(added.id, MemoryUpdate::new().text(&text)).await.expect("edit");
        assert_eq!((edited.version, edited.text.as_str()), (2, text.as_str()));
        assert_eq!(device.get(added.id).await.expect("get after edit"), edited);
    }
    println!("10 writes through lagging replicas in {:?}", started.elapsed());
    let stats = sim.stats();
    println!("{:?}", stats.faults);
    assert!(stats.injected_total() > 0, "the replicas lagged");
    assert_equals_chain(&devnet, &device).await;
}

/// A replica that stays behind the device's last write: the sync says the RPC is behind
/// (`Error::Vault(memsync::VaultError::RpcBehind)`, "behind"), never that the checkpoint is foreign or the RPC lies.
#[tokio::test]
async fn a_replica_that_stays_behind_is_named_behind() {
    let (devnet, sim) = devnet_and_sim().await;
    let lag_wait = Duration::from_millis(600);
    let writer = Device { lag_wait, ..Device::default() }.open(&devnet, &sim.url()).await;
    for i in 0..3 {
        writer.add(NewMemory::new(format!("Note {i}."))).await.expect("add");
    }
    let reader = Device { lag_wait, ..Device::default() }.open(&devnet, &sim.url()).await;
    sim.set(Faults::default().lag(2, false));
    let started = Instant::now();
    let err = writer.sync().await.expect_err("the RPC is behind the last write");
    println!("writer: {err} after {:?}", started.elapsed());
    assert!(matches!(err, Error::Vault(memsync::VaultError::RpcBehind { .. })), "{err:?}");
    assert!(err.to_string().contains("behind"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    // A device that only read: the replica is behind its checkpoint. After `lag_wait` the SDK
    // takes a tip that stays below the checkpoint for a shorter fork and rolls back to the final
    // checkpoint (saying so), rather than stay stuck on a devnet that stopped mining: the
    // device then shows the replica's older log until the replica catches up. Never a foreign
    // checkpoint nor a lying RPC.
    match reader.sync().await {
        Err(err) => {
            assert!(matches!(err, Error::Vault(memsync::VaultError::RpcBehind { .. })), "{err:?}");
            assert!(err.to_string().contains("behind"), "{err}");
        }
        Ok(report) => {
            println!("reader: {report:?}");
            assert!(report.rolled_back.is_some(), "{report:?}");
        }
    }
    sim.set(Faults::honest());
    writer.sync().await.expect("caught up once the replica is");
    reader.sync().await.expect("caught up once the replica is");
    assert_equals_chain(&devnet, &writer).await;
    assert_equals_chain(&devnet, &reader).await;
}

/// `eth_blockNumber` alone two blocks behind changes nothing.
#[tokio::test]
async fn a_stale_block_number_changes_nothing() {
    let (devnet, sim) = devnet_and_sim().await;
    sim.set(Faults::default().stale_block_number(2));
    let device = Device { lag_wait: Duration::from_millis(500), ..Device::default() }
        .open(&devnet, &sim.url())
        .await;
    let other = Device::default().open(&devnet, &devnet.rpc_url()).await;
    for i in 0..3 {
        let added = device.add(NewMemory::new(format!("Note {i}."))).await.expect("add");
        assert_eq!(device.get(added.id).await.expect("get"), added);
        other.add(NewMemory::new(format!("Other note {i}."))).await.expect("other add");
        let report = device.sync().await.expect("sync");
        assert!(report.rolled_back.is_none(), "{report:?}");
    }
    assert_equals_chain(&devnet, &device).await;
}

// -------------------------------------------------------------------------------------------
// Transient failures, ambiguous sends, hangs
// -------------------------------------------------------------------------------------------

/// 5, 10 and 20% of requests fail (502, 429 with Retry-After, resets, JSON-RPC rate limits):
/// 10 syncs and 10 adds succeed at every rate, and the retries are counted.
#[tokio::test]
async fn transient_failures_are_retried_at_5_10_and_20_percent() {
    let (devnet, sim) = devnet_and_sim().await;
    for (i, rate) in [0.05, 0.10, 0.20].into_iter().enumerate() {
        let started = Instant::now();
        sim.set(mixed(rate, 100 + i as u64));
        sim.reset_stats();
        let device = Device::default().open(&devnet, &sim.url()).await;
        for n in 0..10 {
            device.sync().await.unwrap_or_else(|e| panic!("{rate}: sync {n}: {e}"));
            device
                .add(NewMemory::new(format!("At {rate}: note {n}.")))
                .await
                .unwrap_or_else(|e| panic!("{rate}: add {n}: {e}"));
        }
        let stats = device.vault().rpc_stats().clone();
        let faults = sim.stats().injected_total();
        println!(
            "{:>3.0}%: {} faults injected, {} retries, {} requests, {:?}",
            rate * 100.0,
            faults,
            stats.retries(),
            stats.total(),
            started.elapsed()
        );
        assert!(faults > 0, "faults were injected");
        assert!(stats.retries() > 0, "retries were counted");
        assert_eq!(stats.gave_up_count(), 0);
    }
    sim.set(Faults::honest());
    let device = Device::default().open(&devnet, &sim.url()).await;
    assert_eq!(device.len().await, 30);
    assert_equals_chain(&devnet, &device).await;
    assert_no_duplicates(&devnet).await;
}

/// Sends that reach the node but answer 502 (every one, then 30%): each add succeeds, and the
/// log holds each memory exactly once.
#[tokio::test]
async fn ambiguous_sends_write_each_memory_once() {
    let (devnet, sim) = devnet_and_sim().await;
    let device = Device::default().open(&devnet, &sim.url()).await;
    let mut added = Vec::new();
    sim.set(Faults::default().ambiguous_sends(1.0).seed(5));
    for i in 0..3 {
        added.push(device.add(NewMemory::new(format!("Ambiguous {i}."))).await.expect("add"));
    }
    sim.set(Faults::default().ambiguous_sends(0.3).seed(6));
    for i in 3..10 {
        added.push(device.add(NewMemory::new(format!("Ambiguous {i}."))).await.expect("add"));
    }
    let injected = sim.stats().injected(FaultKind::AmbiguousSend);
    println!("{injected} ambiguous sends");
    assert!(injected >= 3);
    let entries = assert_no_duplicates(&devnet).await;
    // Ten memories and the key-check publication.
    assert_eq!(entries, 10, "each memory once");
    assert_eq!(memories(&device).await.len(), 10);
    assert_equals_chain(&devnet, &device).await;
}

/// Requests that hang past a 500-ms timeout: operations succeed through retries within a
/// bounded time, and an RPC that hangs on everything fails with a clear error, soon.
#[tokio::test]
async fn hung_requests_time_out_and_are_retried() {
    let (devnet, sim) = devnet_and_sim().await;
    let rpc = RpcConfig::default().timeout(Duration::from_millis(500)).retry(RetryPolicy {
        attempts: 8,
        first_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(50),
    });
    let device = Device { rpc, ..Device::default() }.open(&devnet, &sim.url()).await;
    sim.set(
        Faults::default().fail(Transient::Hang, 0.15).hang_for(Duration::from_secs(60)).seed(3),
    );
    let started = Instant::now();
    for i in 0..5 {
        tokio::time::timeout(Duration::from_secs(30), async {
            device.add(NewMemory::new(format!("Through hangs {i}."))).await.expect("add");
            device.sync().await.expect("sync");
        })
        .await
        .expect("no hang forever");
    }
    let hangs = sim.stats().injected(FaultKind::Transient(Transient::Hang));
    println!("5 adds and syncs past {hangs} hangs in {:?}", started.elapsed());
    assert!(hangs > 0);

    sim.set(Faults::default().fail(Transient::Hang, 1.0).hang_for(Duration::from_secs(60)));
    let started = Instant::now();
    let err = tokio::time::timeout(Duration::from_secs(30), device.sync())
        .await
        .expect("a bounded failure")
        .expect_err("everything hangs");
    println!("all hung: {err} after {:?}", started.elapsed());
    assert!(matches!(err, Error::Vault(memsync::VaultError::RpcGaveUp { .. })), "{err:?}");
    sim.set(Faults::honest());
    assert_equals_chain(&devnet, &device).await;
}

// -------------------------------------------------------------------------------------------
// Provider limits
// -------------------------------------------------------------------------------------------

/// `eth_getLogs` capped by range and by results, in each provider's words: a sync by ranges
/// and one by links both succeed and equal the honest one.
#[tokio::test]
async fn get_logs_caps_of_each_provider_are_split() {
    let (devnet, sim) = devnet_and_sim().await;
    let writer = Device::default().open(&devnet, &devnet.rpc_url()).await;
    for i in 0..12 {
        writer.add(NewMemory::new(format!("Capped note {i}."))).await.expect("add");
    }
    writer
        .import(
            (0..10).map(|i| format!("Imported in one block {i}\n")).collect::<String>().as_bytes(),
            &ImportOptions { file_name: Some("notes.txt".into()), ..ImportOptions::default() },
        )
        .await
        .expect("import");
    let chain = control(&devnet).await;
    for style in [
        LogsErrorStyle::Alchemy,
        LogsErrorStyle::Infura,
        LogsErrorStyle::QuickNode,
        LogsErrorStyle::Ankr,
        LogsErrorStyle::Reth,
        LogsErrorStyle::PublicNode,
    ] {
        sim.set(Faults::default().logs_limits(Some(3), Some(2), style));
        sim.reset_stats();
        for ranges in [true, false] {
            let device = Device { ranges, ..Device::default() }
                .try_open(&devnet, &sim.url())
                .await
                .unwrap_or_else(|e| panic!("{style:?}, ranges {ranges}: {e}"));
            assert_eq!(memories(&device).await, chain, "{style:?}, ranges {ranges}");
        }
        let stats = sim.stats();
        let refused =
            stats.injected(FaultKind::LogsRangeLimit) + stats.injected(FaultKind::LogsResultLimit);
        println!("{style:?}: {refused} refusals, {} eth_getLogs", stats.calls("eth_getLogs"));
        assert!(refused > 0, "{style:?}: the caps were hit");
    }
}

// -------------------------------------------------------------------------------------------
// Durable progress and the cache
// -------------------------------------------------------------------------------------------

/// A long sync over a slow endpoint, cancelled half-way, keeps its verified progress in the
/// cache; the next one resumes from there and ends equal.
#[tokio::test]
async fn an_interrupted_sync_resumes() {
    let (devnet, sim) = devnet_and_sim().await;
    let writer = Device::default().open(&devnet, &devnet.rpc_url()).await;
    for chunk in 0..16 {
        let file: String = (0..20).map(|i| format!("Bulk note {chunk}-{i}\n")).collect();
        let options =
            ImportOptions { file_name: Some(format!("{chunk}.txt")), ..ImportOptions::default() };
        writer.import(file.as_bytes(), &options).await.expect("import");
    }
    assert_eq!(writer.len().await, 320);

    let dir = tempfile::tempdir().expect("dir");
    let cache = CacheLocation::File(dir.path().join("cache.sqlite"));
    sim.set(Faults::default().latency(Duration::from_millis(150)));
    let fetched = Arc::new(AtomicU64::new(0));
    let seen = fetched.clone();
    let progress: Arc<dyn Fn(Progress) + Send + Sync> = Arc::new(move |p: Progress| {
        if p.stage == Stage::Fetching {
            seen.fetch_max(p.done, Ordering::Relaxed);
        }
    });
    let slow = Device { cache: cache.clone(), progress: Some(progress), ..Device::default() };
    let started = Instant::now();
    let url = sim.url();
    let open = slow.try_open(&devnet, &url);
    let watch = async {
        while fetched.load(Ordering::Relaxed) < 280 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::select! {
        opened = open => panic!("the sync finished before it was interrupted: {:?}", opened.map(|_| ())),
        () = watch => {}
    }
    println!(
        "interrupted at {} entries after {:?}",
        fetched.load(Ordering::Relaxed),
        started.elapsed()
    );
    sim.set(Faults::honest());
    let device = Device { cache, ..Device::default() }.open(&devnet, &sim.url()).await;
    let report = device.open_report().await;
    println!("{report:?}");
    assert!(report.resumed > 0, "the next sync went on from the staged entries: {report:?}");
    assert_equals_chain(&devnet, &device).await;
}

/// Bytes flipped in the middle of the SQLite file between two opens: the cache is moved aside
/// (kept as `.damaged-*`), rebuilt from the chain, and everything is restored.
#[tokio::test]
async fn a_damaged_cache_is_moved_aside_and_rebuilt() {
    let (devnet, sim) = devnet_and_sim().await;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("cache.sqlite");
    let device = Device { cache: CacheLocation::File(path.clone()), ..Device::default() };
    let client = device.open(&devnet, &sim.url()).await;
    let long = "A long memory that fills pages of the cache file. ".repeat(20);
    for i in 0..20 {
        client.add(NewMemory::new(format!("{i}: {long}"))).await.expect("add");
    }
    let before = memories(&client).await;
    drop(client);
    damage(&path);
    let client = device.open(&devnet, &sim.url()).await;
    let report = client.open_report().await;
    println!("{report:?}");
    assert!(report.cache_rebuilt.is_some(), "{report:?}");
    assert_eq!(memories(&client).await, before, "everything restored");
    let moved: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".damaged-"))
        .collect();
    assert!(!moved.is_empty(), "the damaged file is kept");
    assert_equals_chain(&devnet, &client).await;
}

/// Flips the first 64 bytes of every page of the middle third of the file (page headers, cell
/// pointers and cells: what a failing disk or a copy gone wrong does).
fn damage(path: &Path) {
    const PAGE: usize = 4096;
    let mut bytes = std::fs::read(path).expect("read the cache");
    let pages = bytes.len() / PAGE;
    assert!(pages > 16, "a cache of some pages: {} bytes", bytes.len());
    for page in pages / 3..2 * pages / 3 {
        for b in &mut bytes[page * PAGE..page * PAGE + 64] {
            *b ^= 0x5a;
        }
    }
    std::fs::write(path, bytes).expect("write the damaged cache");
}

// -------------------------------------------------------------------------------------------
// Imports
// -------------------------------------------------------------------------------------------

/// Two devices of one owner import the same file at the same time: every record is written
/// once, and the two reports add up to the file.
#[tokio::test]
async fn two_imports_of_one_file_at_once_write_each_record_once() {
    let (devnet, sim) = devnet_and_sim().await;
    let first = Device::default().open(&devnet, &sim.url()).await;
    let second = Device::default().open(&devnet, &sim.url()).await;
    let file: String = (0..40).map(|i| format!("Imported twice {i}\n")).collect();
    let options = ImportOptions { file_name: Some("notes.txt".into()), ..ImportOptions::default() };
    let (a, b) = tokio::join!(
        first.import(file.as_bytes(), &options),
        second.import(file.as_bytes(), &options)
    );
    let (a, b) = (a.expect("first import"), b.expect("second import"));
    println!("first: {} added, {} unchanged", a.added, a.unchanged);
    println!("second: {} added, {} unchanged", b.added, b.unchanged);
    assert_eq!(a.added + b.added, 40, "each record added by one of them");
    assert_eq!(a.added + a.unchanged, 40);
    assert_eq!(b.added + b.unchanged, 40);
    let entries = assert_no_duplicates(&devnet).await;
    assert_eq!(entries, 40);
    assert_equals_chain(&devnet, &first).await;
    assert_equals_chain(&devnet, &second).await;
}

/// The registry's listing pins the block one replica names and reads at it, where another
/// replica behind may answer "header not found": the listing pins anew (the soak once failed a
/// TEE conversation here, the retries of one read spent within a tight retry policy).
#[tokio::test]
async fn listing_the_tee_nodes_through_replicas_of_different_heights_pins_anew() {
    let (devnet, sim) = devnet_and_sim().await;
    let (running, device) = node_and_owner(&devnet, &sim).await;
    // Blocks above the registration, so that every replica has the node.
    for i in 0..3 {
        device.add(NewMemory::new(format!("Filler {i}."))).await.expect("add");
    }
    sim.set(Faults::default().seed(11).lag(2, true));
    let registry = memsync::tee::registry::TeeRegistry::builder(sim.url())
        .rpc(RpcConfig::default().timeout(Duration::from_millis(800)).retry(RetryPolicy {
            attempts: 2,
            first_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(10),
        }))
        .connect(devnet.tee_registry_address())
        .await
        .expect("registry");
    for i in 0..10 {
        let nodes = registry.active_nodes().await.unwrap_or_else(|e| panic!("listing {i}: {e}"));
        assert_eq!(nodes.iter().map(|(a, _)| *a).collect::<Vec<_>>(), [running.node().address()]);
    }
    assert!(
        sim.stats().faults.get(&FaultKind::HeaderNotFound).is_some_and(|n| *n > 0),
        "a replica behind answered: {:?}",
        sim.stats().faults
    );
}
