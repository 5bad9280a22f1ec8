//! Reorgs (anvil's `anvil_reorg`), snapshots, and the automatic reorgs of soak tests.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::B256;
use serde_json::{Value, json};
use tokio::sync::watch;

use super::{Shared, hex, lock, quantity};

/// What a reorg did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReorgReport {
    /// Blocks replaced.
    pub depth: u64,
    /// The replaced blocks (number, hash), oldest first.
    pub old_blocks: Vec<(u64, B256)>,
    /// The blocks now at those numbers (number, hash).
    pub new_blocks: Vec<(u64, B256)>,
    /// Transactions of the replaced blocks that are no longer on the chain.
    pub dropped: Vec<B256>,
    /// Transactions of the replaced blocks that the new blocks include again.
    pub reincluded: Vec<B256>,
}

/// An `evm_snapshot` id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotId(pub String);

/// A transaction of a block about to be replaced.
struct OldTx {
    hash: B256,
    sender: String,
    nonce: u64,
    /// Its block's position among the replaced blocks.
    offset: u64,
}

pub(crate) async fn reorg(
    shared: &Shared,
    depth: u64,
    keep_txs: bool,
) -> anyhow::Result<ReorgReport> {
    let _one_at_a_time = shared.reorg_lock.lock().await;
    let tip = shared.tip().await?;
    // The genesis block stays.
    let depth = depth.min(tip);
    let first = tip + 1 - depth;
    let mut old_blocks = Vec::new();
    let mut txs = Vec::new();
    for (offset, number) in (first..=tip).enumerate() {
        let block = shared.call("eth_getBlockByNumber", json!([hex(number), true])).await?;
        old_blocks.push((number, hash(&block["hash"])?));
        for tx in block["transactions"].as_array().into_iter().flatten() {
            txs.push(OldTx {
                hash: hash(&tx["hash"])?,
                sender: tx["from"].as_str().unwrap_or_default().to_ascii_lowercase(),
                nonce: quantity(&tx["nonce"]).unwrap_or_default(),
                offset: offset as u64,
            });
        }
    }
    let mut replacements = Vec::new();
    if keep_txs && depth > 0 {
        let offsets = placement(&txs, depth);
        let mut order: Vec<usize> = (0..txs.len()).collect();
        order.sort_by_key(|&i| (offsets[i], txs[i].nonce, std::cmp::Reverse(i)));
        for i in order {
            let raw = shared.call("eth_getRawTransactionByHash", json!([txs[i].hash])).await?;
            if raw.is_string() {
                replacements.push(json!([raw, offsets[i]]));
            }
        }
    }
    if depth > 0 {
        shared.call("anvil_reorg", json!([depth, replacements])).await?;
    }
    let mut new_blocks = Vec::new();
    for number in first..=tip {
        let block = shared.call("eth_getBlockByNumber", json!([hex(number), false])).await?;
        new_blocks.push((number, hash(&block["hash"])?));
    }
    let (mut dropped, mut reincluded) = (Vec::new(), Vec::new());
    for tx in &txs {
        let receipt = shared.call("eth_getTransactionReceipt", json!([tx.hash])).await?;
        if receipt.is_null() { dropped.push(tx.hash) } else { reincluded.push(tx.hash) }
    }
    let report = ReorgReport { depth, old_blocks, new_blocks, dropped, reincluded };
    shared.stats().reorgs += 1;
    lock(&shared.history).push(report.clone());
    Ok(report)
}

/// The new block offsets of re-included transactions: the replaced blocks' order reversed,
/// each sender's transactions still in nonce order; if that moves nothing, all of them go
/// into one block, so that the new blocks differ from the old ones.
fn placement(txs: &[OldTx], depth: u64) -> Vec<u64> {
    let mut offsets: Vec<u64> = txs.iter().map(|tx| depth - 1 - tx.offset).collect();
    let mut by_sender: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, tx) in txs.iter().enumerate() {
        by_sender.entry(&tx.sender).or_default().push(i);
    }
    for mut indices in by_sender.into_values() {
        indices.sort_by_key(|&i| txs[i].nonce);
        let mut given: Vec<u64> = indices.iter().map(|&i| offsets[i]).collect();
        given.sort_unstable();
        for (i, offset) in indices.into_iter().zip(given) {
            offsets[i] = offset;
        }
    }
    let unchanged = txs.iter().zip(&offsets).all(|(tx, offset)| tx.offset == *offset);
    if unchanged && depth > 1 {
        let all_first = txs.iter().all(|tx| tx.offset == 0);
        offsets.fill(if all_first { depth - 1 } else { 0 });
    }
    offsets
}

pub(crate) async fn snapshot(shared: &Shared) -> anyhow::Result<SnapshotId> {
    let id = shared.call("evm_snapshot", json!([])).await?;
    let id = id.as_str().ok_or_else(|| anyhow::anyhow!("evm_snapshot answered {id}"))?;
    Ok(SnapshotId(id.to_owned()))
}

pub(crate) async fn revert(shared: &Shared, id: &SnapshotId) -> anyhow::Result<bool> {
    Ok(shared.call("evm_revert", json!([id.0])).await?.as_bool().unwrap_or(false))
}

/// Reorgs the chain each time it has grown by `Faults::reorg_every_blocks` blocks, while that
/// is set, until the simulator is dropped.
pub(crate) async fn automatic(shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>) {
    let mut since: Option<u64> = None;
    loop {
        tokio::select! {
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
            _ = shutdown.changed() => return,
        }
        let faults = shared.faults();
        let Some(every) = faults.reorg_every_blocks.filter(|n| *n > 0) else {
            since = None;
            continue;
        };
        let Ok(tip) = shared.tip().await else { continue };
        let start = *since.get_or_insert(tip);
        if tip >= start + every {
            let (lo, hi) = faults.reorg_depth;
            let depth = shared.between(lo.max(1), hi.max(lo.max(1)));
            // A failed reorg (the node busy or gone) is tried again at the next block.
            if reorg(&shared, depth, faults.reorg_keep_txs).await.is_ok() {
                since = Some(tip);
            }
        }
    }
}

fn hash(value: &Value) -> anyhow::Result<B256> {
    Ok(serde_json::from_value(value.clone())?)
}
