//! What the simulator does wrong, set by a test at any time.

use std::time::Duration;

/// How the simulator misbehaves. `Faults::default()` is an honest proxy; every field is
/// independent of the others, and the setters below build one in a line.
///
/// Random choices (which request fails, how far a replica lags, which send is ambiguous, the
/// depth of an automatic reorg) come from a generator seeded with [`Faults::seed`] whenever
/// the faults are set, so a run with the same requests sees the same faults.
#[derive(Clone, Debug, PartialEq)]
pub struct Faults {
    /// Seed of the random choices.
    pub seed: u64,
    /// Every HTTP request is answered this much later (a slow endpoint, far away or loaded).
    pub latency: Duration,
    /// Replica lag: the client sees a tip this many blocks behind the real one, and nothing
    /// above it (block tags pinned to that tip, newer blocks, receipts, transactions and logs
    /// hidden, state above it answered with geth's `header not found`).
    pub lag_blocks: u64,
    /// Load-balanced replicas: each HTTP request sees a tip drawn anew between
    /// `real_tip - lag_blocks` and `real_tip`, instead of exactly `lag_blocks` behind. The calls
    /// of one batch go to one replica and agree with each other.
    pub lag_jitter: bool,
    /// `eth_blockNumber` alone answers this many blocks below the tip (everything else current).
    pub stale_block_number: u64,
    /// Probability per HTTP request of an HTTP 502 with the body `Bad Gateway`.
    pub http_502: f64,
    /// Probability per HTTP request of an HTTP 503 with the body `Service Unavailable`.
    pub http_503: f64,
    /// Probability per HTTP request of an HTTP 429 with a `Retry-After` header.
    pub http_429: f64,
    /// Probability per HTTP request that the connection is reset without any HTTP response.
    pub reset: f64,
    /// Probability per HTTP request that no answer comes for [`Faults::hang_for`].
    pub hang: f64,
    /// Probability per HTTP request of an HTTP 200 carrying Infura's rate-limit error
    /// `{"code": -32005, "message": "project ID request rate exceeded"}` for each call.
    pub jsonrpc_error: f64,
    /// Limits the transient failures above to HTTP requests that hold one of these methods
    /// (`None`: every request).
    pub fail_methods: Option<Vec<String>>,
    /// The `Retry-After` seconds of an HTTP 429.
    pub retry_after_secs: u64,
    /// How long a hung request is held before the simulator gives up with an HTTP 504.
    pub hang_for: Duration,
    /// Probability per HTTP request holding `eth_sendRawTransaction(Sync)` that the request is
    /// forwarded (the transaction reaches the pool) and the client then gets an HTTP 502.
    pub ambiguous_sends: f64,
    /// `eth_getLogs` refuses ranges (`toBlock - fromBlock + 1`, tags resolved) wider than this.
    pub logs_max_range: Option<u64>,
    /// `eth_getLogs` refuses answers with more logs than this.
    pub logs_max_results: Option<usize>,
    /// Whose words the `eth_getLogs` refusals use.
    pub logs_error_style: LogsErrorStyle,
    /// Automatic reorgs: one each time the upstream tip has grown by this many blocks.
    pub reorg_every_blocks: Option<u64>,
    /// Depth range (inclusive) of automatic reorgs.
    pub reorg_depth: (u64, u64),
    /// Automatic reorgs re-include the transactions of the replaced blocks.
    pub reorg_keep_txs: bool,
}

impl Default for Faults {
    fn default() -> Self {
        Self {
            seed: 0,
            latency: Duration::ZERO,
            lag_blocks: 0,
            lag_jitter: false,
            stale_block_number: 0,
            http_502: 0.0,
            http_503: 0.0,
            http_429: 0.0,
            reset: 0.0,
            hang: 0.0,
            jsonrpc_error: 0.0,
            fail_methods: None,
            retry_after_secs: 1,
            hang_for: Duration::from_secs(600),
            ambiguous_sends: 0.0,
            logs_max_range: None,
            logs_max_results: None,
            logs_error_style: LogsErrorStyle::default(),
            reorg_every_blocks: None,
            reorg_depth: (1, 2),
            reorg_keep_txs: false,
        }
    }
}

impl Faults {
    /// An honest proxy (the default).
    #[must_use]
    pub fn honest() -> Self {
        Self::default()
    }

    /// Transient failures with a total probability `rate` per request, split evenly over HTTP
    /// 502, HTTP 429, connection resets and hangs.
    #[must_use]
    pub fn transient(rate: f64) -> Self {
        let each = rate / 4.0;
        Self { http_502: each, http_429: each, reset: each, hang: each, ..Self::default() }
    }

    /// The simulator's named modes, as the `rpc-sim` binary and the MCP tests switch them:
    /// `honest`; `transient` (about 10% of requests: 502, 429 with `Retry-After`, resets and
    /// JSON-RPC rate limits); `lag` (replicas 0..=2 blocks behind, drawn per request); `stale`
    /// (`eth_blockNumber` two blocks behind); `capped` (`eth_getLogs` capped at 3 blocks and 4
    /// results, Alchemy's errors); `ambiguous` (40% of sends reach the node but answer 502);
    /// `hang` (4% of requests hang for 5 s); `reorg` (a reorg of depth 1 that drops its
    /// transactions every 3 blocks). `None` for another name.
    #[must_use]
    pub fn named(mode: &str, seed: u64) -> Option<Self> {
        let faults = Self::default().seed(seed);
        Some(match mode {
            "honest" => Self::honest(),
            "transient" => faults
                .fail(Transient::Http502, 0.03)
                .fail(Transient::Http429, 0.03)
                .fail(Transient::Reset, 0.02)
                .fail(Transient::JsonRpcError, 0.02)
                .retry_after_secs(1),
            "lag" => faults.lag(2, true),
            "stale" => faults.stale_block_number(2),
            "capped" => faults.logs_limits(Some(3), Some(4), LogsErrorStyle::Alchemy),
            "ambiguous" => faults.ambiguous_sends(0.4),
            "hang" => faults.fail(Transient::Hang, 0.04).hang_for(Duration::from_secs(5)),
            "reorg" => faults.reorg_every(3, (1, 1), false),
            _ => return None,
        })
    }

    /// Seeds the random choices.
    #[must_use]
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Answers every HTTP request `latency` later.
    #[must_use]
    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Replicas `blocks` behind the tip, each request drawing its own lag when `jitter`.
    #[must_use]
    pub fn lag(mut self, blocks: u64, jitter: bool) -> Self {
        self.lag_blocks = blocks;
        self.lag_jitter = jitter;
        self
    }

    /// `eth_blockNumber` alone answers `blocks` below the tip.
    #[must_use]
    pub fn stale_block_number(mut self, blocks: u64) -> Self {
        self.stale_block_number = blocks;
        self
    }

    /// Sets the probability of one kind of transient failure.
    #[must_use]
    pub fn fail(mut self, kind: Transient, probability: f64) -> Self {
        *match kind {
            Transient::Http502 => &mut self.http_502,
            Transient::Http503 => &mut self.http_503,
            Transient::Http429 => &mut self.http_429,
            Transient::Reset => &mut self.reset,
            Transient::Hang => &mut self.hang,
            Transient::JsonRpcError => &mut self.jsonrpc_error,
        } = probability;
        self
    }

    /// Limits transient failures to HTTP requests holding one of `methods`.
    #[must_use]
    pub fn only_methods(mut self, methods: &[&str]) -> Self {
        self.fail_methods = Some(methods.iter().map(|m| (*m).to_owned()).collect());
        self
    }

    /// How long a hung request is held.
    #[must_use]
    pub fn hang_for(mut self, duration: Duration) -> Self {
        self.hang_for = duration;
        self
    }

    /// The `Retry-After` of HTTP 429 answers.
    #[must_use]
    pub fn retry_after_secs(mut self, seconds: u64) -> Self {
        self.retry_after_secs = seconds;
        self
    }

    /// Forwards sends and then answers HTTP 502, with this probability.
    #[must_use]
    pub fn ambiguous_sends(mut self, probability: f64) -> Self {
        self.ambiguous_sends = probability;
        self
    }

    /// Caps `eth_getLogs` like a hosted provider, answering in `style`'s words.
    #[must_use]
    pub fn logs_limits(
        mut self,
        max_range: Option<u64>,
        max_results: Option<usize>,
        style: LogsErrorStyle,
    ) -> Self {
        self.logs_max_range = max_range;
        self.logs_max_results = max_results;
        self.logs_error_style = style;
        self
    }

    /// Reorgs of a depth in `depth` (inclusive) every `every_blocks` upstream blocks.
    #[must_use]
    pub fn reorg_every(mut self, every_blocks: u64, depth: (u64, u64), keep_txs: bool) -> Self {
        self.reorg_every_blocks = Some(every_blocks);
        self.reorg_depth = depth;
        self.reorg_keep_txs = keep_txs;
        self
    }

    /// The transient failure drawn with the uniform number `u` in [0, 1), if any.
    pub(crate) fn transient_for(&self, u: f64) -> Option<Transient> {
        let mut edge = 0.0;
        for (kind, p) in [
            (Transient::Http502, self.http_502),
            (Transient::Http503, self.http_503),
            (Transient::Http429, self.http_429),
            (Transient::Reset, self.reset),
            (Transient::Hang, self.hang),
            (Transient::JsonRpcError, self.jsonrpc_error),
        ] {
            edge += p.max(0.0);
            if u < edge {
                return Some(kind);
            }
        }
        None
    }

    /// Whether transient failures may hit an HTTP request holding `methods`.
    pub(crate) fn may_fail(&self, methods: &[String]) -> bool {
        match &self.fail_methods {
            None => true,
            Some(list) => methods.iter().any(|m| list.contains(m)),
        }
    }
}

/// A kind of transient failure of a whole HTTP request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Transient {
    /// HTTP 502, body `Bad Gateway`.
    Http502,
    /// HTTP 503, body `Service Unavailable`.
    Http503,
    /// HTTP 429 with `Retry-After`, body a JSON-RPC error with code 429.
    Http429,
    /// The TCP connection is reset after the request was read, without any HTTP response.
    Reset,
    /// No answer until [`Faults::hang_for`] has passed (then HTTP 504).
    Hang,
    /// HTTP 200 with Infura's rate-limit error (-32005) for each call.
    JsonRpcError,
}

/// Whose words an `eth_getLogs` refusal uses. Checked against reports of the real answers
/// (GitHub issues and client code that parses them, found with the project's search tool):
///
/// | style        | range too wide                                            | too many logs |
/// |--------------|-----------------------------------------------------------|---------------|
/// | `Alchemy`    | -32600 `You can make eth_getLogs requests with up to a N block range. Based on your parameters, this block range should work: [0x…, 0x…]` (BobTheBuidler/dank_mids#772) | -32602 `Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters and the response size limit, this block range should work: [0x…, 0x…]` (bancorprotocol/webapp#523 and client tests quoting the full text) |
/// | `Infura`     | -32602 `range R exceeds limit of N` (INFURA/infura#237)    | -32005 `query returned more than N results. Try with this block range [0x…, 0x…].` (status-im/nimbus-eth2#1823; the suffix from ponder's `getLogsRetryHelper`) |
/// | `QuickNode`  | HTTP 413 with -32614 `eth_getLogs is limited to a 10,000 range` (OffchainLabs/arbitrum-sdk#609, eternalsafe/wallet#57) | not documented by QuickNode: geth's -32005 `query returned more than N results` |
/// | `Ankr`       | -32600 `block range is too wide` (ponder's `getLogsRetryHelper` matches this code and text) | -32602 `query exceeds max results N, retry with the range F-T` (ponder: "llamarpc, ankr") |
/// | `Reth`       | -32602 `query exceeds max block range N` (reth's `EthFilterError`) | -32602 `query exceeds max results N, retry with the range F-T` (reth's `EthFilterError`, paradigmxyz/reth#23810) |
/// | `PublicNode` | -32000 `exceed maximum block range: N` (BSC and publicnode, AlphaWallet/alpha-wallet-android#2736) | -32005 `query returned more than N results` |
///
/// Alchemy's result cap suggestion and reth's retry range end just before the block holding
/// the first log over the cap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LogsErrorStyle {
    /// Alchemy.
    #[default]
    Alchemy,
    /// Infura.
    Infura,
    /// QuickNode (the range refusal comes with HTTP 413).
    QuickNode,
    /// Ankr.
    Ankr,
    /// reth (and the "llamarpc" family built on it).
    Reth,
    /// BSC's geth fork and publicnode.
    PublicNode,
}
