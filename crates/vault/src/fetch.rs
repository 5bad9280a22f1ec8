//! Reading an owner's operations from vault events, by previous-write links or bounded ranges.

use alloy::primitives::TxHash;
use alloy::primitives::{Address, B256};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::{Filter, Log};
use alloy::sol_types::SolEvent;

use super::log::{Checkpoint, LogEntry};
use crate::error::{Result, VaultError};
use crate::events::{DelegatedBatchApplied, EventLog, LOG_EVENTS, decode_logs};

/// How the SDK finds an owner's events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum LogFetch {
    /// Walk the previous-write links back from the vault's last-write block, one block per
    /// `eth_getLogs`. Needs no block range at all and touches only blocks the owner wrote in: the
    /// default, and the natural way to catch up from a checkpoint.
    #[default]
    Links,
    /// Scan `[from_block, head]` in windows of at most `max_blocks` blocks, for owners who wrote in
    /// many blocks (fewer round trips) on RPCs that cap the range of a log query.
    Ranges {
        /// The first block to scan (the vault's deployment block is enough).
        from_block: u64,
        /// The largest range one `eth_getLogs` may ask for.
        max_blocks: u64,
    },
}

/// Where an interrupted fetch of an owner's log stopped, so that the next one goes on from
/// there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchResume {
    /// From the top.
    Start,
    /// Links: operations `want + 1 ..= onchain.seq` are in hand; operation `want` is in
    /// `block` (the previous-write link of operation `want + 1`).
    Links {
        /// The newest operation still missing.
        want: u64,
        /// The block it is in.
        block: u64,
    },
    /// Ranges: the blocks up to `scanned` were read.
    Ranges {
        /// The last block read.
        scanned: u64,
    },
}

/// Fetches operations `base.seq + 1 ..= onchain.seq` of `owner`'s log (or, resuming, those not
/// yet in hand), in order. `staged` hears of each block's (or window's) entries as they arrive,
/// so a caller can keep progress. The caller verifies the result (`VerifiedLog::verify`); this
/// only collects and decodes.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn fetch_entries(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    base: Checkpoint,
    onchain: Checkpoint,
    strategy: LogFetch,
    resume: FetchResume,
    staged: &mut (dyn FnMut(&[LogEntry], FetchResume) -> Result<()> + Send),
) -> Result<Vec<LogEntry>> {
    if onchain.seq <= base.seq {
        return Ok(Vec::new());
    }
    match strategy {
        LogFetch::Links => by_links(provider, vault, owner, base, onchain, resume, staged).await,
        LogFetch::Ranges { from_block, max_blocks } => {
            let from = match resume {
                FetchResume::Ranges { scanned } => scanned + 1,
                _ => from_block.max(base.block),
            };
            by_ranges(provider, vault, owner, base, onchain, from, max_blocks.max(1), staged).await
        }
    }
}

async fn by_links(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    base: Checkpoint,
    onchain: Checkpoint,
    resume: FetchResume,
    staged: &mut (dyn FnMut(&[LogEntry], FetchResume) -> Result<()> + Send),
) -> Result<Vec<LogEntry>> {
    let inconsistent = |reason: String| VaultError::LogInconsistent { owner, reason };
    let mut newest_first = Vec::with_capacity((onchain.seq - base.seq).min(1 << 16) as usize);
    let (mut want, mut block) = match resume {
        FetchResume::Links { want, block } => (want, block),
        _ => (onchain.seq, onchain.block),
    };
    while want > base.seq {
        if block == 0 || block < base.block {
            return Err(inconsistent(format!(
                "the link to operation {want} points at block {block}, before the checkpoint"
            )));
        }
        let mut entries = query_holding(provider, vault, owner, block, want).await?;
        entries.sort_by_key(|e| std::cmp::Reverse(e.seq));
        // Every event of this block must be consumed in one consecutive run from `want` down,
        // except those at or below the checkpoint: anything else is hidden, duplicated or
        // planted by the RPC.
        let mut next_block = None;
        let first_new = newest_first.len();
        for entry in entries {
            if want == base.seq && entry.seq <= base.seq {
                break;
            }
            if entry.seq != want {
                return Err(inconsistent(format!(
                    "block {block} holds operation {} where operation {want} was expected \
                     (missing, duplicated or out-of-place event)",
                    entry.seq
                )));
            }
            next_block = Some(entry.prev_write_block);
            newest_first.push(entry);
            want -= 1;
        }
        match next_block {
            Some(prev) if prev < block || (prev == block && want == base.seq) => {
                block = prev;
                staged(&newest_first[first_new..], FetchResume::Links { want, block })?;
            }
            _ => {
                return Err(inconsistent(format!(
                    "operation {want} is not among the events of block {block}, where the log \
                     links to it"
                )));
            }
        }
    }
    newest_first.reverse();
    Ok(newest_first)
}

#[allow(clippy::too_many_arguments)]
async fn by_ranges(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    base: Checkpoint,
    onchain: Checkpoint,
    from: u64,
    max_blocks: u64,
    staged: &mut (dyn FnMut(&[LogEntry], FetchResume) -> Result<()> + Send),
) -> Result<Vec<LogEntry>> {
    let mut entries = Vec::new();
    let mut start = from;
    while start <= onchain.block {
        let end = start.saturating_add(max_blocks - 1).min(onchain.block);
        let mut window: Vec<LogEntry> = query(provider, vault, owner, start, end)
            .await?
            .into_iter()
            .filter(|e| e.seq > base.seq)
            .collect();
        window.sort_by_key(|e| e.seq);
        staged(&window, FetchResume::Ranges { scanned: end })?;
        entries.extend(window);
        start = end + 1;
    }
    // The pinned state says which operation comes last and in which block; a replica behind
    // the others answers a range without its newest blocks. Ask again for what is missing at
    // the end, briefly, before the caller finds the log incomplete.
    let mut waits = [50u64, 100, 200, 400, 800, 1000, 1000].into_iter();
    while entries.iter().map(|e| e.seq).max().unwrap_or(base.seq) < onchain.seq {
        let Some(ms) = waits.next() else { break };
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
        let after = entries.iter().map(|e| e.block + 1).max().unwrap_or(from).max(from);
        let known = entries.iter().map(|e| e.seq).max().unwrap_or(base.seq);
        let more: Vec<LogEntry> = query(provider, vault, owner, after, onchain.block)
            .await?
            .into_iter()
            .filter(|e| e.seq > known)
            .collect();
        entries.extend(more);
    }
    entries.sort_by_key(|e| e.seq);
    Ok(entries)
}

/// The owner's entries in `block`, which the log says holds operation `want`. A load-balanced
/// replica that has not reached the block yet answers with nothing: the query is asked again a
/// few times, briefly, before the answer is taken (and then found inconsistent by the caller).
async fn query_holding(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    block: u64,
    want: u64,
) -> Result<Vec<LogEntry>> {
    let mut waits = [50u64, 100, 200, 400, 800, 1000, 1000].into_iter();
    loop {
        let entries = query(provider, vault, owner, block, block).await?;
        if entries.iter().any(|e| e.seq == want) {
            return Ok(entries);
        }
        match waits.next() {
            Some(ms) => tokio::time::sleep(std::time::Duration::from_millis(ms)).await,
            None => return Ok(entries),
        }
    }
}

/// The owner's entries in blocks `from..=to`. A query over the provider's limit on the range or
/// the number of results is split in halves until it fits (a single block that is still over
/// the limit is an error: no query can fetch it).
async fn query(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    from: u64,
    to: u64,
) -> Result<Vec<LogEntry>> {
    let logs = owner_logs(provider, vault, owner, &LOG_EVENTS, from, to).await?;
    let logs: Vec<EventLog> = logs.iter().map(EventLog::from).collect();
    let entries = decode_logs(&logs, vault, owner)?;
    if let Some(e) = entries.iter().find(|e| e.block < from || e.block > to) {
        return Err(VaultError::LogInconsistent {
            owner,
            reason: format!(
                "asked for blocks {from}..={to}, received an event of block {}",
                e.block
            ),
        });
    }
    Ok(entries)
}

/// The vault's `events` of `owner` (their first indexed argument) in blocks `from..=to`, in block
/// order; a query over the provider's limits is split in halves until it fits.
async fn owner_logs(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    events: &[B256],
    from: u64,
    to: u64,
) -> Result<Vec<Log>> {
    let mut pending = vec![(from, to)];
    let mut logs = Vec::new();
    while let Some((lo, hi)) = pending.pop() {
        let filter = Filter::new()
            .address(vault)
            .event_signature(events.to_vec())
            .topic1(owner.into_word())
            .from_block(lo)
            .to_block(hi);
        match provider.get_logs(&filter).await {
            Ok(found) => logs.extend(found),
            Err(err) if lo < hi && over_limit(&err) => {
                let mid = lo + (hi - lo) / 2;
                // Lower half last, so it is taken first: logs stay in block order.
                pending.push((mid + 1, hi));
                pending.push((lo, mid));
            }
            Err(err) => return Err(VaultError::from_transport("eth_getLogs", err)),
        }
    }
    Ok(logs)
}

/// A batch one of the owner's delegates wrote (`DelegatedBatchApplied`): operations
/// `first_seq..=last_seq` of the owner's log.
///
/// The event is the vault's, but the log's hash chain does not cover it: it is what the RPC
/// reports, and an RPC that leaves it out makes a delegate's batch look like the owner's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DelegatedWrite {
    /// The delegate that wrote (a TEE node, an app's key, another account of the owner).
    pub delegate: Address,
    /// The batch's first operation.
    pub first_seq: u64,
    /// The batch's last operation.
    pub last_seq: u64,
    /// The block it was applied in.
    pub block: u64,
    /// The transaction that applied it.
    pub tx_hash: Option<TxHash>,
}

impl DelegatedWrite {
    /// Whether operation `seq` is one of this batch's.
    pub fn covers(&self, seq: u64) -> bool {
        (self.first_seq..=self.last_seq).contains(&seq)
    }
}

/// The batches `owner`'s delegates wrote in blocks `from..=to`.
pub(super) async fn delegated_writes(
    provider: &DynProvider,
    vault: Address,
    owner: Address,
    from: u64,
    to: u64,
) -> Result<Vec<DelegatedWrite>> {
    let inconsistent = |reason: String| VaultError::LogInconsistent { owner, reason };
    let logs =
        owner_logs(provider, vault, owner, &[DelegatedBatchApplied::SIGNATURE_HASH], from, to)
            .await?;
    logs.iter()
        .map(|log| {
            if log.address() != vault {
                return Err(inconsistent(format!(
                    "an event from {} instead of the vault",
                    log.address()
                )));
            }
            let e = DelegatedBatchApplied::decode_log_data(log.data()).map_err(|e| {
                inconsistent(format!("an undecodable DelegatedBatchApplied event: {e}"))
            })?;
            let block = log
                .block_number
                .ok_or_else(|| inconsistent("an event without a block number (pending?)".into()))?;
            if e.owner != owner || e.firstSeq > e.lastSeq || !(from..=to).contains(&block) {
                return Err(inconsistent(format!(
                    "a DelegatedBatchApplied event that is not of this query (owner {}, \
                     operations {}..={}, block {block})",
                    e.owner, e.firstSeq, e.lastSeq
                )));
            }
            Ok(DelegatedWrite {
                delegate: e.delegate,
                first_seq: e.firstSeq,
                last_seq: e.lastSeq,
                block,
                tx_hash: log.transaction_hash,
            })
        })
        .collect()
}

/// Whether a failed log query exceeded the provider's range or result limit.
fn over_limit(err: &alloy::transports::TransportError) -> bool {
    match err {
        alloy::transports::RpcError::ErrorResp(payload) => {
            crate::rpc::is_log_limit(payload.code, &payload.message)
        }
        // Some providers refuse an oversize answer at the HTTP level (413, or a body naming the
        // limit).
        alloy::transports::RpcError::Transport(kind) => kind
            .as_http_error()
            .is_some_and(|http| http.status == 413 || crate::rpc::is_log_limit(0, &http.body)),
        _ => false,
    }
}
