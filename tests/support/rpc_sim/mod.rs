//! A JSON-RPC simulator: an HTTP proxy in front of a real anvil that misbehaves the way hosted
//! RPC providers do (lagging replicas, transient failures, ambiguous sends, `eth_getLogs`
//! caps, reorgs), switched by a test at run time through [`Faults`].
//!
//! ```no_run
//! # async fn demo(anvil_url: &str) {
//! use memsync_e2e::rpc_sim::{Faults, RpcSim};
//! let sim = RpcSim::start(anvil_url).await;
//! sim.set(Faults::default().lag(2, false));
//! // ... point the code under test at sim.url() ...
//! let report = sim.reorg(2, true).await;
//! assert_eq!(sim.stats().reorgs, 1);
//! # let _ = report;
//! # }
//! ```

mod faults;
mod logs;
mod proxy;
mod reorg;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use faults::{Faults, LogsErrorStyle, Transient};
pub use reorg::{ReorgReport, SnapshotId};

/// A JSON-RPC proxy that forwards to an upstream node and misbehaves as its [`Faults`] say.
/// Stops serving (and drops every open connection, hung ones included) when dropped.
#[derive(Debug)]
pub struct RpcSim {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    handle: tokio::runtime::Handle,
    /// The simulator's own runtime when started with [`RpcSim::start_detached`].
    runtime: Option<tokio::runtime::Runtime>,
}

/// What the simulator saw and did since it started (or since [`RpcSim::reset_stats`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SimStats {
    /// HTTP requests received.
    pub http_requests: u64,
    /// JSON-RPC calls received, by method (each call of a batch counts).
    pub requests: BTreeMap<String, u64>,
    /// Faults injected, by kind.
    pub faults: BTreeMap<FaultKind, u64>,
    /// HTTP responses written (any status; resets and hangs write none).
    pub replies: u64,
    /// Reorgs done, by a test or automatically.
    pub reorgs: u64,
}

impl SimStats {
    /// JSON-RPC calls of `method` received.
    pub fn calls(&self, method: &str) -> u64 {
        self.requests.get(method).copied().unwrap_or(0)
    }

    /// Faults of `kind` injected.
    pub fn injected(&self, kind: FaultKind) -> u64 {
        self.faults.get(&kind).copied().unwrap_or(0)
    }

    /// Faults of every kind injected.
    pub fn injected_total(&self) -> u64 {
        self.faults.values().sum()
    }
}

/// A kind of fault the simulator injected, as counted in [`SimStats::faults`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FaultKind {
    /// A transient failure of a whole HTTP request.
    Transient(Transient),
    /// `eth_blockNumber` answered by a lagging replica or with a stale number.
    StaleTip,
    /// A block, receipt, transaction or log above the replica's tip hidden (`null`, removed).
    HiddenByLag,
    /// State above the replica's tip asked for: `header not found`.
    HeaderNotFound,
    /// A send forwarded and then answered with HTTP 502.
    AmbiguousSend,
    /// `eth_getLogs` refused for its block range.
    LogsRangeLimit,
    /// `eth_getLogs` refused for its number of results.
    LogsResultLimit,
}

/// State shared by the server, the connections and the reorg task.
#[derive(Debug)]
pub(crate) struct Shared {
    upstream: String,
    client: reqwest::Client,
    faults: Mutex<Faults>,
    rng: Mutex<SplitMix64>,
    stats: Mutex<SimStats>,
    /// Block numbers by block hash (lower-case hex); a hash names one block forever.
    block_numbers: Mutex<HashMap<String, u64>>,
    /// One reorg at a time.
    reorg_lock: tokio::sync::Mutex<()>,
    history: Mutex<Vec<ReorgReport>>,
}

impl RpcSim {
    /// Starts a simulator on a free loopback port in the current tokio runtime, forwarding to
    /// `upstream`; it is honest until told otherwise.
    pub async fn start(upstream: &str) -> Self {
        let listener =
            TcpListener::bind("127.0.0.1:0").await.expect("bind the RPC simulator's port");
        Self::serve(upstream, listener, tokio::runtime::Handle::current(), None)
    }

    /// Starts a simulator on its own multi-thread runtime, for tests that run blocking code
    /// (such as `memsync` child processes) while it serves.
    pub fn start_detached(upstream: &str) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("rpc-sim")
            .enable_all()
            .build()
            .expect("build the RPC simulator's runtime");
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("bind the RPC simulator's port");
        let handle = runtime.handle().clone();
        Self::serve(upstream, listener, handle, Some(runtime))
    }

    fn serve(
        upstream: &str,
        listener: TcpListener,
        handle: tokio::runtime::Handle,
        runtime: Option<tokio::runtime::Runtime>,
    ) -> Self {
        let addr = listener.local_addr().expect("the RPC simulator's address");
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .expect("build the RPC simulator's upstream client");
        let shared = Arc::new(Shared {
            upstream: upstream.to_owned(),
            client,
            faults: Mutex::new(Faults::default()),
            rng: Mutex::new(SplitMix64(0)),
            stats: Mutex::new(SimStats::default()),
            block_numbers: Mutex::new(HashMap::new()),
            reorg_lock: tokio::sync::Mutex::new(()),
            history: Mutex::new(Vec::new()),
        });
        let (shutdown, _) = watch::channel(false);
        handle.spawn(proxy::accept(shared.clone(), listener, shutdown.subscribe()));
        handle.spawn(reorg::automatic(shared.clone(), shutdown.subscribe()));
        Self { addr, shared, shutdown, handle, runtime }
    }

    /// The simulator's RPC URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Misbehaves as `faults` say from the next request on, with the random choices seeded
    /// anew from `faults.seed`.
    pub fn set(&self, faults: Faults) {
        *lock(&self.shared.rng) = SplitMix64(faults.seed);
        *lock(&self.shared.faults) = faults;
    }

    /// The faults in force.
    pub fn faults(&self) -> Faults {
        self.shared.faults()
    }

    /// What the simulator saw and did.
    pub fn stats(&self) -> SimStats {
        lock(&self.shared.stats).clone()
    }

    /// Starts counting from zero.
    pub fn reset_stats(&self) {
        *lock(&self.shared.stats) = SimStats::default();
    }

    /// Every reorg done so far, oldest first.
    pub fn reorg_history(&self) -> Vec<ReorgReport> {
        lock(&self.shared.history).clone()
    }

    /// Replaces the last `depth` blocks (anvil's `anvil_reorg`) with as many new ones. With
    /// `keep_txs` their transactions are re-included in the new blocks at other positions
    /// (same sender order); without it they are gone. Panics if the node refuses.
    pub async fn reorg(&self, depth: u64, keep_txs: bool) -> ReorgReport {
        reorg::reorg(&self.shared, depth, keep_txs).await.expect("reorg the upstream chain")
    }

    /// [`RpcSim::reorg`] for blocking code; only for a simulator from
    /// [`RpcSim::start_detached`], and never from inside a runtime.
    pub fn reorg_blocking(&self, depth: u64, keep_txs: bool) -> ReorgReport {
        self.handle.block_on(self.reorg(depth, keep_txs))
    }

    /// Snapshots the upstream chain (`evm_snapshot`).
    pub async fn snapshot(&self) -> SnapshotId {
        reorg::snapshot(&self.shared).await.expect("evm_snapshot")
    }

    /// Goes back to a snapshot (`evm_revert`), shortening the chain; whether the node knew it.
    pub async fn revert(&self, id: &SnapshotId) -> bool {
        reorg::revert(&self.shared, id).await.expect("evm_revert")
    }
}

impl Drop for RpcSim {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl Shared {
    fn faults(&self) -> Faults {
        lock(&self.faults).clone()
    }

    /// A uniform number in [0, 1).
    fn uniform(&self) -> f64 {
        lock(&self.rng).uniform()
    }

    /// A uniform number in `lo..=hi`.
    fn between(&self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + lock(&self.rng).next() % (hi - lo + 1)
    }

    fn stats(&self) -> MutexGuard<'_, SimStats> {
        lock(&self.stats)
    }

    fn injected(&self, kind: FaultKind) {
        *self.stats().faults.entry(kind).or_default() += 1;
    }

    /// One JSON-RPC call to the upstream node: its result, or its error as an `Err`.
    async fn call(&self, method: &str, params: Value) -> anyhow::Result<Value> {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
        let mut answer: Value =
            self.client.post(&self.upstream).json(&body).send().await?.json().await?;
        if let Some(error) = answer.get("error") {
            anyhow::bail!("{method} failed upstream: {error}");
        }
        Ok(answer["result"].take())
    }

    /// The upstream tip.
    async fn tip(&self) -> anyhow::Result<u64> {
        let tip = self.call("eth_blockNumber", json!([])).await?;
        quantity(&tip).ok_or_else(|| anyhow::anyhow!("eth_blockNumber answered {tip}"))
    }

    /// The number of the block `tag` (`safe`, `finalized`) names upstream.
    async fn tag_number(&self, tag: &str) -> anyhow::Result<u64> {
        let block = self.call("eth_getBlockByNumber", json!([tag, false])).await?;
        quantity(&block["number"]).ok_or_else(|| anyhow::anyhow!("no {tag} block upstream"))
    }

    /// The number of the block with this hash (`None`: unknown upstream).
    async fn block_number_of(&self, hash: &str) -> anyhow::Result<Option<u64>> {
        let key = hash.to_ascii_lowercase();
        if let Some(n) = lock(&self.block_numbers).get(&key) {
            return Ok(Some(*n));
        }
        let block = self.call("eth_getBlockByHash", json!([hash, false])).await?;
        let number = quantity(&block["number"]);
        if let Some(n) = number {
            lock(&self.block_numbers).insert(key, n);
        }
        Ok(number)
    }
}

/// Locks a mutex, going on after a panic elsewhere (the data stays usable for a test).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A JSON-RPC quantity (`"0x1a"`) as a number.
fn quantity(value: &Value) -> Option<u64> {
    u64::from_str_radix(value.as_str()?.strip_prefix("0x")?, 16).ok()
}

/// A number as a JSON-RPC quantity.
fn hex(n: u64) -> Value {
    Value::String(format!("{n:#x}"))
}

/// splitmix64: a tiny, seedable generator, good enough to pick faults reproducibly.
#[derive(Debug)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}
