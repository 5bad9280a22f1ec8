//! Catching up with the chain: bringing a device's cache of an owner's log in line with the
//! chain, whatever the chain or the RPC did since.
//!
//! [`catch_up`] does, in order:
//!
//! 1. **Pin** the tip the RPC serves (number and hash); every read of the sync is made at that
//!    block (by hash), so a write landing mid-sync cannot make an honest RPC look like a liar.
//! 2. **Wait for a lagging RPC** (bounded): if the tip is below the cache's checkpoint or the
//!    device's own last write, the RPC is behind (a load-balanced replica), and the sync says so
//!    ([`Error::Vault(crate::VaultError::RpcBehind)`]) instead of taking the checkpoint for someone else's.
//! 3. **Detect reorgs**: the block of the cache's checkpoint must still have the hash the cache
//!    recorded. If it does not, the unconfirmed tail (the entries after the last *final*
//!    checkpoint, see [`Finality`](crate::Finality)) is rolled back and fetched again; if the
//!    final checkpoint itself is gone (a reorg deeper than finality), the whole log is fetched
//!    again. Either way the result is verified against the chain as any other sync.
//! 4. **Fetch and verify** the new entries against the on-chain head at the pinned block,
//!    keeping fetched entries in the cache as they arrive (staged), so that an interrupted sync
//!    resumes where it stopped instead of starting over. Only verified entries enter the log.
//! 5. **Advance** the checkpoint, and the final checkpoint to the newest entry in a final block.
//!
//! Transport failures are retried below this, in the RPC layer ([`crate::rpc`]). An answer that
//! does not verify ([`Error::Vault(crate::VaultError::LogHeadMismatch)`], [`Error::Vault(crate::VaultError::LogInconsistent)`]) is a lying or broken
//! RPC, and asking it again would only hide that.

use std::time::{Duration, Instant};

use alloy::primitives::Address;

use crate::cache::LogCache;
use crate::error::{Error, Result};
use crate::vault::{BlockRef, Checkpoint, FetchResume, LogEntry, LogFetch, Vault, next_head};

/// Retries are the transport's ([`crate::RpcConfig`]): every call is retried there.
pub use crate::rpc::RetryPolicy;

/// What a sync needs to know about where and how to read.
#[derive(Clone, Copy, Debug)]
pub struct SyncPlan {
    /// How to find events when catching up from nothing (a long history: ranges from the
    /// vault's deployment block are fewer round trips than one per written block).
    pub initial: LogFetch,
    /// How to find events when catching up from a checkpoint (a few new blocks: links).
    pub incremental: LogFetch,
    /// How long a sync waits for an RPC that is behind the device's checkpoint or last write
    /// before it gives up with [`Error::Vault(crate::VaultError::RpcBehind)`].
    pub lag_wait: Duration,
}

impl Default for SyncPlan {
    fn default() -> Self {
        Self {
            initial: LogFetch::Links,
            incremental: LogFetch::Links,
            lag_wait: Duration::from_secs(20),
        }
    }
}

/// What [`catch_up`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatchUp {
    /// New verified entries stored.
    pub fetched: u64,
    /// Entries fetched by an earlier, interrupted sync that this one went on from.
    pub resumed: u64,
    /// A reorg was detected and the cache rolled back: what happened.
    pub rolled_back: Option<String>,
    /// The tip the sync pinned.
    pub tip: BlockRef,
    /// The newest final block at the time.
    pub final_block: u64,
}

/// Events of a sync, for progress displays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SyncEvent {
    /// The RPC is `behind` blocks behind what the device knows; waiting.
    Waiting {
        /// How many blocks.
        behind: u64,
    },
    /// `fetched` entries fetched so far.
    Fetched {
        /// How many.
        fetched: u64,
    },
}

/// How many fetched entries are kept in the cache at a time while fetching (one small
/// transaction per page, so that an interrupted sync keeps its progress).
const STAGE_PAGE: usize = 256;
/// How often staged entries are written at the latest while fetching.
const STAGE_EVERY: Duration = Duration::from_secs(2);

/// Brings `cache` (one owner's verified log) in line with the chain, as the [module docs](self)
/// describe. `min_block` is a block the RPC must have reached (the device's own last write:
/// read-your-writes across replicas).
///
/// # Errors
///
/// [`Error::Vault(crate::VaultError::RpcBehind)`] if the RPC stays behind past [`SyncPlan::lag_wait`];
/// [`Error::Vault(crate::VaultError::LogHeadMismatch)`] / [`Error::Vault(crate::VaultError::LogInconsistent)`] / [`Error::Vault(crate::VaultError::CheckpointAhead)`] if the
/// RPC serves a log that does not verify; RPC errors once the transport gives up (progress is
/// kept: the next sync goes on from there).
pub async fn catch_up(
    vault: &Vault,
    owner: Address,
    cache: &mut LogCache,
    plan: &SyncPlan,
    min_block: u64,
    on_event: &(dyn Fn(SyncEvent) + Send + Sync),
) -> Result<CatchUp> {
    let mut report = CatchUp::default();
    let started = Instant::now();
    let mut poll = Duration::from_millis(50);
    // At most one rollback to the final checkpoint and one full resync per call: a chain that
    // keeps reorganising is caught by the next call.
    let mut rollbacks = 0;
    let mut refetches = 0;
    let mut refetch_wait = Duration::from_millis(250);
    let mut repins = 0;
    loop {
        let pin = vault.latest_block().await?;
        let local = cache.checkpoint()?;
        let need = local.block.max(min_block);
        if pin.number < need {
            // The tip is below a block the device has seen: a replica behind the others, or a
            // reorg to a shorter chain. Look at the blocks the tail recorded that the RPC does
            // serve: a changed hash is a reorg; otherwise wait for the RPC.
            if rollbacks == 0 && tail_was_replaced(vault, cache, pin.number).await? {
                rollbacks += 1;
                report.rolled_back = Some(roll_back(vault, cache, "a reorg replaced").await?);
                continue;
            }
            if started.elapsed() < plan.lag_wait {
                on_event(SyncEvent::Waiting { behind: need - pin.number });
                tokio::time::sleep(poll).await;
                poll = (poll * 2).min(Duration::from_secs(1));
                continue;
            }
            // Below the checkpoint for longer than a replica lags, with every block it does
            // serve as recorded: name the RPC as behind. (A chain that really got shorter shows
            // itself as soon as it grows past the checkpoint's block: its hash differs then.)
            return Err(Error::Vault(crate::VaultError::RpcBehind {
                behind: need - pin.number,
                rpc_block: pin.number,
                needed_block: need,
                waited: started.elapsed(),
            }));
        }
        let onchain = match vault.log_state_in(owner, &pin).await {
            Ok(onchain) => onchain,
            // A reorg replaced the block just pinned (the node no longer has it): pin again.
            Err(err) if repins < MAX_REPINS && crate::rpc::pinned_block_gone(&err) => {
                repins += 1;
                tokio::time::sleep(poll).await;
                continue;
            }
            Err(err) => return Err(err.into()),
        };
        if onchain.seq < local.seq {
            // Fewer operations than the checkpoint at a tip at or above the checkpoint's block:
            // a reorg replaced the tail, or the RPC hides operations.
            if rollbacks < 2 && checkpoint_replaced(vault, cache, &local, &pin).await? {
                rollbacks += 1;
                report.rolled_back = Some(roll_back(vault, cache, "a reorg replaced").await?);
                continue;
            }
            // A tail that is not final yet may be gone without a trace this client can see (a
            // block replaced twice, an RPC that answered by number from another replica):
            // rolling back to the final checkpoint and fetching again is safe either way (what
            // is final stays checked).
            if rollbacks < 3 && local.block > vault.final_block(&pin).await? {
                rollbacks += 1;
                report.rolled_back = Some(roll_back(vault, cache, "a reorg replaced").await?);
                continue;
            }
            return Err(Error::Vault(crate::VaultError::CheckpointAhead {
                owner,
                checkpoint_seq: local.seq,
                onchain_seq: onchain.seq,
            }));
        }
        let final_block = vault.final_block(&pin).await?;
        report.tip = pin;
        report.final_block = final_block;
        if onchain.seq == local.seq {
            if onchain.head != local.head {
                if rollbacks < 2 && checkpoint_replaced(vault, cache, &local, &pin).await? {
                    rollbacks += 1;
                    report.rolled_back = Some(roll_back(vault, cache, "a reorg replaced").await?);
                    continue;
                }
                return Err(Error::Vault(crate::VaultError::LogHeadMismatch {
                    owner,
                    expected: onchain.head,
                    computed: local.head,
                }));
            }
            if onchain.block != local.block && rollbacks < 2 {
                // The same operations, re-mined in another block by a reorg: the next entries
                // will link to that block, so take the tail again.
                rollbacks += 1;
                report.rolled_back = Some(roll_back(vault, cache, "a reorg moved").await?);
                continue;
            }
            // The same operations as the cache: the log is the one verified.
            if local.seq > 0
                && local.block <= final_block
                && cache.final_checkpoint()?.seq < local.seq
            {
                cache.append(&[], local, Some(local))?;
            }
            return Ok(report);
        }

        // Go on with an interrupted fetch if it started from here and its pinned block is still
        // part of the chain; otherwise start over.
        let (target, pinned, resume, prior) = match cache.staged()? {
            Some(staged) if staged.base_seq == local.seq && staged.target.seq <= onchain.seq => {
                let still = match vault.block(staged.pinned_block).await? {
                    Some(block) => block.hash == staged.pinned_hash,
                    None => false,
                };
                if still {
                    report.resumed = staged.entries.len() as u64;
                    let pinned = BlockRef {
                        number: staged.pinned_block,
                        hash: staged.pinned_hash,
                        timestamp: 0,
                    };
                    (staged.target, pinned, staged.resume, staged.entries)
                } else {
                    cache.clear_staged()?;
                    (onchain, pin, FetchResume::Start, Vec::new())
                }
            }
            Some(_) => {
                cache.clear_staged()?;
                (onchain, pin, FetchResume::Start, Vec::new())
            }
            None => (onchain, pin, FetchResume::Start, Vec::new()),
        };
        let fetch = if local.seq == 0 { plan.initial } else { plan.incremental };
        let log = {
            let mut stager =
                Stager::new(cache, local.seq, target, pinned, report.resumed, on_event);
            let fetched = vault
                .fetch_verified_at(
                    owner,
                    local,
                    target,
                    fetch,
                    resume,
                    prior,
                    &mut |entries, at| {
                        stager.add(entries, at).map_err(|e| crate::VaultError::Store(Box::new(e)))
                    },
                )
                .await
                .map_err(Error::from);
            match fetched {
                Ok(log) => Ok(log),
                Err(err) if is_unverified(&err) => {
                    let _ = stager.cache.clear_staged();
                    Err(err)
                }
                Err(err) => {
                    // Keep what was fetched for the next sync.
                    let _ = stager.flush();
                    return Err(err);
                }
            }
        };
        let log = match log {
            Ok(log) => log,
            Err(err) => {
                // Entries that do not continue the checkpoint: a reorg replaced its block, or a
                // replica behind the others answered part of the fetch (load-balanced replicas
                // answer each call from another height). Look, then fetch again, pinning anew,
                // a few times within `lag_wait`; failures that persist on an intact checkpoint
                // are the RPC's.
                if rollbacks < 2 && checkpoint_replaced(vault, cache, &local, &pin).await? {
                    rollbacks += 1;
                    report.rolled_back = Some(roll_back(vault, cache, "a reorg replaced").await?);
                    continue;
                }
                if refetches < MAX_REFETCHES && started.elapsed() < plan.lag_wait {
                    refetches += 1;
                    tracing::warn!(%err, refetches, "the log did not verify; fetching it again");
                    tokio::time::sleep(refetch_wait).await;
                    refetch_wait = (refetch_wait * 2).min(Duration::from_secs(2));
                    continue;
                }
                return Err(err);
            }
        };
        let reached = log.checkpoint();
        let entries = log.into_entries();
        let fin = final_checkpoint(local, &entries, final_block);
        cache.append(&entries, reached, fin)?;
        cache.clear_staged()?;
        report.fetched += entries.len() as u64;
        on_event(SyncEvent::Fetched { fetched: report.fetched });
        if target.seq == onchain.seq {
            return Ok(report);
        }
        // A resumed fetch reached the state of its own pinned block: go on to today's.
    }
}

/// Rolls `cache` back to its final checkpoint (or, if that one is gone too, to nothing) and
/// says what happened.
async fn roll_back(vault: &Vault, cache: &mut LogCache, why: &str) -> Result<String> {
    let before = cache.checkpoint()?;
    let fin = cache.rollback_to_final()?;
    let intact = match (fin.seq, cache.block_hash_of(fin.seq)?) {
        (0, _) => true,
        (_, Some(recorded)) => vault.block(fin.block).await?.is_some_and(|b| b.hash == recorded),
        (_, None) => true,
    };
    let note = if intact {
        format!(
            "{why} the blocks of operations {}..={}: rolled back to the final checkpoint (seq \
             {}) and fetched again",
            fin.seq + 1,
            before.seq,
            fin.seq
        )
    } else {
        cache.reset()?;
        format!(
            "{why} blocks down to the final checkpoint (seq {}): a reorg deeper than finality; \
             the whole log was fetched again",
            fin.seq
        )
    };
    tracing::warn!("{note}");
    Ok(note)
}

/// Whether the block of the checkpoint `local` (at or below the pinned tip) now has another
/// hash than the one recorded: a reorg replaced it.
async fn checkpoint_replaced(
    vault: &Vault,
    cache: &LogCache,
    local: &Checkpoint,
    pin: &BlockRef,
) -> Result<bool> {
    if local.seq == 0 {
        return Ok(false);
    }
    let Some(recorded) = cache.block_hash_of(local.seq)? else { return Ok(false) };
    let canonical =
        if local.block == pin.number { Some(*pin) } else { vault.block(local.block).await? };
    Ok(canonical.is_some_and(|block| block.hash != recorded))
}

/// How often a sync pins the tip again because the pinned block disappeared under it.
const MAX_REPINS: u32 = 3;

/// How many times a fetch that does not verify is made again (pinning anew, with growing
/// waits: about 8 s in all, within `lag_wait`) before the RPC is named as hiding or altering
/// events.
const MAX_REFETCHES: u32 = 5;

/// Whether a fetch failed because what the RPC served does not verify.
fn is_unverified(err: &Error) -> bool {
    matches!(
        err,
        Error::Vault(crate::VaultError::LogHeadMismatch { .. })
            | Error::Vault(crate::VaultError::LogInconsistent { .. })
    )
}

/// Whether the RPC serves, below `tip`, a block of the cache's unconfirmed tail with another
/// hash than the one recorded.
async fn tail_was_replaced(vault: &Vault, cache: &LogCache, tip: u64) -> Result<bool> {
    let fin = cache.final_checkpoint()?;
    let local = cache.checkpoint()?;
    // The newest tail entry at or below the tip.
    let mut seq = local.seq;
    while seq > fin.seq {
        let Some(entry) = cache.entry(seq)? else { return Ok(false) };
        if entry.block <= tip {
            let Some(recorded) = entry.block_hash else { return Ok(false) };
            return Ok(vault.block(entry.block).await?.is_some_and(|b| b.hash != recorded));
        }
        seq -= 1;
    }
    Ok(false)
}

/// The newest checkpoint among `entries` (which continue `base`) whose block is at or below
/// `final_block`, or `base` itself if it is final and none of them is.
fn final_checkpoint(
    base: Checkpoint,
    entries: &[LogEntry],
    final_block: u64,
) -> Option<Checkpoint> {
    let mut head = base.head;
    let mut fin = (base.seq > 0 && base.block <= final_block).then_some(base);
    for (i, entry) in entries.iter().enumerate() {
        head = next_head(head, entry.seq, entry.op.op_hash()?);
        // Every entry of a block must be in: the next entry in the same block is not final yet
        // as a checkpoint boundary unless it is the block's last.
        let last_of_block = entries.get(i + 1).is_none_or(|next| next.block != entry.block);
        if entry.block <= final_block && last_of_block {
            fin = Some(Checkpoint { seq: entry.seq, head, block: entry.block });
        }
    }
    fin
}

/// Keeps fetched entries in the cache page by page while a fetch runs.
struct Stager<'a> {
    cache: &'a mut LogCache,
    base_seq: u64,
    target: Checkpoint,
    pinned: BlockRef,
    buffer: Vec<LogEntry>,
    resume: FetchResume,
    last_flush: Instant,
    fetched: u64,
    on_event: &'a (dyn Fn(SyncEvent) + Send + Sync),
}

impl<'a> Stager<'a> {
    fn new(
        cache: &'a mut LogCache,
        base_seq: u64,
        target: Checkpoint,
        pinned: BlockRef,
        already: u64,
        on_event: &'a (dyn Fn(SyncEvent) + Send + Sync),
    ) -> Self {
        Self {
            cache,
            base_seq,
            target,
            pinned,
            buffer: Vec::new(),
            resume: FetchResume::Start,
            last_flush: Instant::now(),
            fetched: already,
            on_event,
        }
    }

    fn add(&mut self, entries: &[LogEntry], resume: FetchResume) -> Result<()> {
        self.buffer.extend_from_slice(entries);
        self.resume = resume;
        self.fetched += entries.len() as u64;
        (self.on_event)(SyncEvent::Fetched { fetched: self.fetched });
        if self.buffer.len() >= STAGE_PAGE || self.last_flush.elapsed() >= STAGE_EVERY {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.resume == FetchResume::Start {
            return Ok(());
        }
        self.cache.stage(
            self.base_seq,
            self.target,
            self.pinned.number,
            self.pinned.hash,
            self.resume,
            &self.buffer,
        )?;
        self.buffer.clear();
        self.last_flush = Instant::now();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::B256;

    use super::*;
    use crate::vault::Operation;

    fn entries(blocks: &[u64]) -> Vec<LogEntry> {
        blocks
            .iter()
            .enumerate()
            .map(|(i, &block)| LogEntry {
                seq: i as u64 + 1,
                block,
                prev_write_block: if i == 0 { 0 } else { blocks[i - 1] },
                tx_hash: None,
                block_hash: None,
                op: Operation::write(B256::repeat_byte(i as u8 + 1), 1, vec![1]),
            })
            .collect()
    }

    #[test]
    fn the_final_checkpoint_ends_at_the_last_entry_of_a_final_block() {
        let log = entries(&[10, 11, 11, 12, 15]);
        let base = Checkpoint::default();
        assert_eq!(final_checkpoint(base, &log, 9), None);
        assert_eq!(final_checkpoint(base, &log, 10).map(|c| c.seq), Some(1));
        // Both entries of block 11, never half of it.
        assert_eq!(final_checkpoint(base, &log, 11).map(|c| c.seq), Some(3));
        assert_eq!(final_checkpoint(base, &log, 14).map(|c| c.seq), Some(4));
        let all = final_checkpoint(base, &log, 100).expect("final");
        assert_eq!((all.seq, all.block), (5, 15));
        // The head is the chain's head after that entry.
        let mut head = B256::ZERO;
        for e in &log {
            head = next_head(head, e.seq, e.op.op_hash().expect("hash"));
        }
        assert_eq!(all.head, head);
    }

    #[test]
    fn a_final_base_stays_final_when_no_new_entry_is() {
        let base = Checkpoint { seq: 4, head: B256::repeat_byte(1), block: 8 };
        let log: Vec<LogEntry> = entries(&[1, 2, 3, 8, 20, 21]).into_iter().skip(4).collect();
        assert_eq!(final_checkpoint(base, &log, 10), Some(base));
        assert_eq!(final_checkpoint(base, &log, 7), None);
    }
}
