//! Keeping up with the chain: sync and refresh, the device's own transactions (awaited, resent
//! after a reorg, settled), and opening the log's entries into the state.

use super::*;

impl MemoryClient {
    /// Catches up with the chain: entries another process stored in the cache first, then new
    /// entries from the chain, verified against the on-chain head, stored, opened and indexed.
    /// Records that could not be opened before are tried again.
    ///
    /// # Errors
    ///
    /// [`Error::Vault(crate::VaultError::RpcGaveUp)`] if the RPC kept failing (nothing is lost: the next sync continues
    /// from the last verified entry); [`Error::Vault(crate::VaultError::LogHeadMismatch)`] or [`Error::Vault(crate::VaultError::LogInconsistent)`]
    /// if the RPC served a log that does not verify.
    pub async fn sync(&self) -> Result<SyncReport> {
        let mut local = self.inner.local.lock().await;
        let mut report = self.sync_locked(&mut local).await?;
        let notices = std::mem::take(&mut local.notices);
        report.resent.extend(notices.resent);
        report.lost_writes.extend(notices.lost_writes);
        Ok(report)
    }

    /// Syncs if the owner's log on chain moved past what the client has verified (one
    /// `eth_blockNumber` and one `eth_call` when it did not), and returns what the sync did.
    /// Long-running readers (an MCP server) call it before each read, so that writes from other
    /// devices and tools show up without a full sync per request. A failure leaves the client
    /// answering from its cache, and [`freshness`](Self::freshness) says so until a sync
    /// succeeds again.
    ///
    /// # Errors
    ///
    /// As [`sync`](Self::sync).
    pub async fn refresh(&self) -> Result<Option<SyncReport>> {
        let known = self.checkpoint().await;
        let stale = self.inner.local.lock().await.freshness.is_stale();
        let chain = match self.inner.vault.log_state(self.inner.owner).await.map_err(Error::from) {
            Ok(chain) => chain,
            Err(err) => {
                let mut local = self.inner.local.lock().await;
                local.freshness = Freshness::Stale {
                    reason: err.to_string(),
                    checkpoint_seq: local.state.checkpoint.seq,
                };
                return Err(err);
            }
        };
        if !stale && chain.seq == known.seq && chain.head == known.head {
            return Ok(None);
        }
        self.sync().await.map(Some)
    }

    pub(super) async fn sync_locked(&self, local: &mut Local) -> Result<SyncReport> {
        let synced = self.sync_once(local).await;
        let synced = match synced {
            // A cache whose pages are damaged fails as it is read or written: move it aside,
            // start an empty one, and sync again from the chain.
            Err(Error::Cache(crate::cache::CacheError::Damaged { reason, .. })) => {
                let moved = local.cache.replace_damaged()?;
                local.writer = self.inner.vault.with_journal(local.cache.journal()?);
                self.reset_state(local)?;
                let note = match moved {
                    Some(path) => format!("{reason} (moved to {})", path.display()),
                    None => reason,
                };
                tracing::warn!(%note, "the local cache is damaged; rebuilding it from the chain");
                self.sync_once(local).await.map(|mut report| {
                    report.cache_rebuilt = Some(note);
                    report
                })
            }
            other => other,
        };
        local.freshness = match &synced {
            Ok(_) => Freshness::Current,
            Err(err) => Freshness::Stale {
                reason: err.to_string(),
                checkpoint_seq: local.state.checkpoint.seq,
            },
        };
        synced
    }

    pub(super) async fn sync_once(&self, local: &mut Local) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        // 1. What the cache holds beyond this process's state: another process's sync, or this
        //    process's own cache at open. A cache that does not verify is rebuilt from the chain.
        self.report(Stage::LoadingCache, 0, None);
        report.from_cache = self.apply_cached(local, &mut report).await?;

        // 2. The chain, from where the cache stops: reorgs rolled back, new entries verified
        //    and stored, then read back from the cache page by page like any other, so a long
        //    restore holds the fetched ciphertext and the opened memories one after the other.
        self.report(Stage::Fetching, 0, None);
        let progress = self.inner.progress.clone();
        let on_event = move |event: SyncEvent| {
            let Some(progress) = &progress else { return };
            match event {
                SyncEvent::Waiting { behind } => {
                    progress(Progress { stage: Stage::WaitingForRpc, done: behind, total: None })
                }
                SyncEvent::Fetched { fetched } => {
                    progress(Progress { stage: Stage::Fetching, done: fetched, total: None })
                }
            }
        };
        // 3. This device's own transactions that are not final yet. One that is sent again and
        //    lands beyond the tip is fetched by a second pass.
        for pass in 0..2 {
            let caught = catch_up(
                &self.inner.vault,
                self.inner.owner,
                &mut local.cache,
                &self.inner.plan,
                local.last_write_block,
                &on_event,
            )
            .await?;
            report.from_chain += caught.fetched;
            report.resumed += caught.resumed;
            local.tip = Some(caught.tip);
            if let Some(note) = caught.rolled_back.clone() {
                // The state was built from entries that are gone: build it again from the cache.
                self.reset_state(local)?;
                report.rolled_back = Some(note);
            }
            self.report(Stage::Fetching, report.from_chain, Some(report.from_chain));
            self.apply_cached(local, &mut report).await?;
            let reached = local.cache.checkpoint()?;
            if local.state.checkpoint.seq < reached.seq {
                return Err(crate::cache::CacheError::Failed {
                    path: local.cache.path().map(Into::into),
                    reason: "the cache did not keep the entries just verified".into(),
                }
                .into());
            }
            if !self.settle_outbox(local, &caught).await? || pass == 1 {
                break;
            }
        }

        // 4. Records that could not be opened before.
        let retry: Vec<LogEntry> =
            local.state.unreadable().map(|(entry, _)| entry.clone()).collect();
        let mut changes = Vec::new();
        for entry in retry {
            let opened = self.open_entry(&local.cache, &entry).await;
            changes.extend(local.state.apply(&entry, opened));
        }
        self.follow(local, changes, &mut report)?;
        report.unreadable = local
            .state
            .unreadable()
            .map(|(entry, why)| (entry.op.id().unwrap_or_default(), why.to_owned()))
            .collect();
        Ok(report)
    }

    /// A transaction of this device that a reorg dropped and whose nonce another transaction
    /// took (another process with the same key): it can never land, so its call is sent again
    /// in a new transaction through the journaling writer (it lands, or is refused as a
    /// conflict, which is reported as a lost write).
    ///
    /// Only when the chain proves it: the account's nonce at the pinned block (read by hash) is
    /// past the transaction's, and the transaction's entries are not in the log verified up to
    /// that block. A receipt that an RPC behind the others does not show proves nothing, and a
    /// transaction that landed must never be sent twice.
    pub(super) async fn resubmit_lost(
        &self,
        local: &mut Local,
        tx: &crate::vault::SignedTx,
        caught: &crate::sync::CatchUp,
    ) -> Result<()> {
        if self.inner.vault.nonce_at(tx.from, &caught.tip).await? <= tx.nonce {
            // Its nonce is still free at the verified tip: it may yet land; look again later.
            return Ok(());
        }
        let resend = Self::still_applies(&local.state, tx);
        // Sent again as it was, it is sent at most once (its check decides). Re-planned from the
        // verified state, it stays in the outbox until sent: sending it twice is harmless, as
        // the second plan leaves out the versions the first wrote.
        if resend.is_none() {
            local.cache.outbox_remove(tx.hash)?;
        }
        let replanned = resend.as_ref().map(|r| r.check);
        let sent = match resend {
            // Every record it writes holds a later version already: nothing is missing.
            Some(resend) if resend.ops.is_empty() => {
                tracing::info!(lost = %tx.hash, "a dropped write was overtaken by later versions; nothing to send again");
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, true);
                return Ok(());
            }
            Some(Resend { owner, ops, check }) => {
                // A replica behind the tip this sync verified may check the sequence against
                // fewer entries: wait for it (bounded), as a write does.
                let started = std::time::Instant::now();
                let mut wait = std::time::Duration::from_millis(50);
                let sent = loop {
                    let sent = match owner {
                        Some(owner) => local.writer.apply_batch_for(owner, &ops, check).await,
                        None => local.writer.apply_batch(&ops, check).await,
                    }
                    .map_err(Error::from);
                    match sent {
                        Err(err)
                            if is_behind_conflict(&err)
                                && started.elapsed() < self.inner.plan.lag_wait =>
                        {
                            tokio::time::sleep(wait).await;
                            wait = (wait * 2).min(std::time::Duration::from_secs(1));
                        }
                        other => break other,
                    }
                };
                sent.map(|r| crate::vault::TxReceipt {
                    tx_hash: r.tx_hash,
                    block: r.block,
                    gas_used: r.gas_used,
                })
            }
            None => local.writer.resubmit(tx).await.map_err(Error::from),
        };
        match sent {
            // Another writer appended since this sync verified the log (none of the records it
            // writes has moved): the next sync plans it again against the log as it is then.
            Err(err)
                if replanned.is_some()
                    && ((is_sequence_conflict(&err) && !is_behind_conflict(&err))
                        || (is_revert(&err) && self.resend_again(local, tx.hash))) =>
            {
                tracing::info!(%err, lost = %tx.hash, "a dropped write is sent again at the next sync");
            }
            Ok(receipt) => {
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, true);
                tracing::warn!(lost = %tx.hash, new = %receipt.tx_hash, "a write that a reorg dropped was sent again in a new transaction");
                local.notices.resent.push(receipt.tx_hash);
                local.last_write_block = local.last_write_block.max(receipt.block);
            }
            Err(err) => {
                local.cache.outbox_remove(tx.hash)?;
                local.resubmitted.insert(tx.hash, false);
                tracing::warn!(%err, lost = %tx.hash, "a write that a reorg dropped could not be sent again");
                local.notices.lost_writes.push(format!("{} ({err})", lost_write(tx)));
            }
        }
        Ok(())
    }

    /// Whether a re-planned resend of `lost` that reverted when mined (its sequence check met
    /// a log that another writer had moved on, most likely) is tried again at the next sync:
    /// up to [`RESEND_REVERTS`] times.
    pub(super) fn resend_again(&self, local: &mut Local, lost: B256) -> bool {
        let reverts = local.resend_reverts.entry(lost).or_default();
        *reverts += 1;
        *reverts <= RESEND_REVERTS
    }

    /// What to send again for a lost vault write, given the verified `state`: its operations
    /// except those whose record already holds their version or a later one (this device wrote
    /// again since, or another writer did: sending an older version would overtake it), under
    /// the check it was sent with, or, for a sequence check the log has moved past, one against
    /// the log as it is (none of the records it writes has moved). `None` when it cannot be
    /// re-encoded (not a vault write, or code records): it is sent again as it was, and a check
    /// that no longer holds is refused and reported lost.
    pub(super) fn still_applies(state: &State, tx: &crate::vault::SignedTx) -> Option<Resend> {
        let batch = crate::vault::SentBatch::decode(tx)?;
        if batch.ops.iter().any(Operation::is_code) {
            return None;
        }
        let ops: Vec<Operation> = batch
            .ops
            .into_iter()
            .filter(|op| match (op.id(), op.version()) {
                (Some(id), Some(version)) => {
                    state.record_version(&id).is_none_or(|have| have < version)
                }
                _ => true,
            })
            .collect();
        let check = match batch.check {
            SeqCheck::Any => SeqCheck::Any,
            SeqCheck::Exactly(_) => SeqCheck::Exactly(state.checkpoint.seq),
        };
        Some(Resend { owner: batch.owner, ops, check })
    }

    /// Syncs until the state holds at least `seq` operations, or `lag_wait` has passed (a
    /// replica behind may serve fewer at first): after another writer moved the log on.
    pub(super) async fn sync_until(&self, local: &mut Local, seq: u64) -> Result<()> {
        self.sync_until_holding(local, seq, &[]).await
    }

    /// [`sync_until`](Self::sync_until), also until each memory of `versions` is there at
    /// that version or a later one.
    pub(super) async fn sync_until_holding(
        &self,
        local: &mut Local,
        seq: u64,
        versions: &[(MemoryId, u64)],
    ) -> Result<()> {
        let started = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(50);
        loop {
            self.sync_locked(local).await?;
            let holds = local.state.checkpoint.seq >= seq
                && versions.iter().all(|(id, version)| {
                    local.state.memory(id).is_some_and(|m| m.version >= *version)
                });
            if holds || started.elapsed() >= self.inner.plan.lag_wait {
                return Ok(());
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(1));
        }
    }

    /// Grants `delegate` `scope` until `expiry` as the owner, through this client's journal: a
    /// grant that a reorg drops is sent again by the next sync, like any write of this client
    /// (a TEE node it just granted would otherwise find its grant gone).
    pub(crate) async fn grant_delegate(
        &self,
        delegate: Address,
        scope: crate::vault::Scope,
        expiry: u64,
    ) -> Result<crate::vault::TxReceipt> {
        let local = self.inner.local.lock().await;
        Ok(local.writer.grant_delegate(delegate, scope, expiry).await?)
    }

    /// Syncs until the verified log holds at least `seq` operations and each memory of
    /// `versions` is there at that version or a later one, or `lag_wait` has passed, and
    /// returns the checkpoint reached: for writes another signer reported (a TEE node), which
    /// this client's RPC may not show yet (a replica behind), or which a reorg dropped and
    /// their writer sends again.
    pub(crate) async fn sync_until_holds(
        &self,
        seq: u64,
        versions: &[(MemoryId, u64)],
    ) -> Result<crate::vault::Checkpoint> {
        let mut local = self.inner.local.lock().await;
        self.sync_until_holding(&mut local, seq, versions).await?;
        Ok(local.state.checkpoint)
    }

    /// Waits (bounded) until this client's own transactions are in the verified log: a reorg
    /// may drop one right after its receipt, and the sync sends it again.
    pub(super) async fn await_own(&self, local: &mut Local, hashes: &[B256]) -> Result<()> {
        let started = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(100);
        loop {
            let mut missing = None;
            for &hash in hashes {
                if local.cache.has_entry_of_tx(hash, u64::MAX)? {
                    continue;
                }
                // A reorg dropped it and its nonce went elsewhere: the sync sent its operations
                // again in another transaction (or found them overtaken, or could not).
                match local.resubmitted.get(&hash) {
                    Some(true) => continue,
                    Some(false) => {
                        local.resubmitted.remove(&hash);
                        return Err(Error::Vault(crate::VaultError::TransactionDisplaced {
                            tx_hash: hash,
                        }));
                    }
                    None => {}
                }
                missing = Some(hash);
                break;
            }
            let Some(tx_hash) = missing else {
                for hash in hashes {
                    local.resubmitted.remove(hash);
                }
                return Ok(());
            };
            if started.elapsed() >= self.inner.plan.lag_wait {
                return Err(Error::Vault(crate::VaultError::NotMined {
                    tx_hash,
                    waited: started.elapsed(),
                }));
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(1));
            self.sync_locked(local).await?;
        }
    }

    /// Takes this client's own writes into the cache and the state straight from their
    /// receipts, when they continue the cache's checkpoint (no other writer came between):
    /// their events are verified against the log state at the last receipt's block (one
    /// `eth_call`) instead of a full sync. Returns `false` when a sync is needed instead.
    pub(super) async fn absorb_writes(
        &self,
        local: &mut Local,
        receipts: &[crate::vault::WriteReceipt],
    ) -> Result<bool> {
        let (Some(last), base) = (receipts.last(), local.cache.checkpoint()?) else {
            return Ok(false);
        };
        let entries: Vec<LogEntry> = receipts.iter().flat_map(|r| r.entries.clone()).collect();
        if base != local.state.checkpoint
            || entries.first().is_none_or(|e| e.seq != base.seq + 1)
            || last.block_hash.is_zero()
        {
            return Ok(false);
        }
        let at = crate::vault::BlockRef { number: last.block, hash: last.block_hash, timestamp: 0 };
        let onchain = match self.inner.vault.log_state_in(self.inner.owner, &at).await {
            Ok(onchain) => onchain,
            // A replica that has not seen the block yet: the sync waits for it.
            Err(_) => return Ok(false),
        };
        let Ok(log) = crate::vault::VerifiedLog::verify(self.inner.owner, base, entries, onchain)
        else {
            return Ok(false);
        };
        let reached = log.checkpoint();
        local.cache.append(log.entries(), reached, None)?;
        let mut report = SyncReport::default();
        self.apply_cached(local, &mut report).await?;
        local.freshness = Freshness::Current;
        Ok(local.state.checkpoint == reached)
    }

    /// Looks at this device's signed transactions that are not final yet: those whose entries
    /// are final are forgotten; one that is missing from the chain (a reorg dropped it, or its
    /// send never answered) is broadcast again as the same bytes, and reported lost if its
    /// nonce went to another transaction.
    ///
    /// Returns whether something it sent landed beyond the tip `caught` reached: the caller
    /// catches up once more, so the sync that re-sent a write also shows it.
    pub(super) async fn settle_outbox(
        &self,
        local: &mut Local,
        caught: &crate::sync::CatchUp,
    ) -> Result<bool> {
        let pending = local.cache.outbox()?;
        if pending.is_empty() {
            return Ok(false);
        }
        let before = local.last_write_block;
        let final_seq = local.cache.final_checkpoint()?.seq;
        for row in pending {
            let hash = row.tx.hash;
            tracing::debug!(
                %hash,
                nonce = row.tx.nonce,
                displaced = row.displaced,
                superseded = row.superseded,
                landed = row.landed,
                "a pending transaction of this client"
            );
            if local.cache.has_entry_of_tx(hash, final_seq)? {
                local.cache.outbox_remove(hash)?;
                continue;
            }
            if local.cache.has_entry_of_tx(hash, u64::MAX)? {
                if !row.landed {
                    local.cache.outbox_mark_landed(hash)?;
                }
                continue;
            }
            match self.inner.vault.mined_in(hash).await? {
                // It landed, a reorg dropped it, and it was mined again (sent again by this
                // client, or by a node's pool) where its sequence check no longer held: it
                // reverted, and what it wrote is planned again from the verified log.
                Some(block) if block <= caught.tip.number && row.landed => {
                    tracing::warn!(%hash, "a write that a reorg dropped was mined again and reverted; planning it again");
                    self.resubmit_lost(local, &row.tx, caught).await?;
                }
                // Mined without entries in this log (a delegation change, or a write that
                // reverted): done once final.
                Some(block) if block <= caught.final_block => local.cache.outbox_remove(hash)?,
                Some(block) if block <= caught.tip.number => {}
                // Mined in a block the pinned tip does not reach yet: the next sync sees it.
                Some(block) => local.last_write_block = local.last_write_block.max(block),
                // Never taken by the node; its content went out in another transaction.
                None if row.superseded => local.cache.outbox_remove(hash)?,
                None if row.displaced => self.resubmit_lost(local, &row.tx, caught).await?,
                None => match self.inner.vault.rebroadcast(&row.tx).await? {
                    crate::vault::Rebroadcast::Sent => {
                        tracing::warn!(%hash, "a transaction of this device was missing from the chain; sent it again");
                        local.notices.resent.push(hash);
                        // Like any write, wait (bounded) until it is mined: a chain that mines
                        // every few seconds shows it to the next sync instead.
                        let patience = self.inner.plan.lag_wait.min(RESEND_PATIENCE);
                        if let Some(block) = self.inner.vault.mined_within(hash, patience).await? {
                            local.last_write_block = local.last_write_block.max(block);
                        }
                    }
                    crate::vault::Rebroadcast::Lost => {
                        self.resubmit_lost(local, &row.tx, caught).await?;
                    }
                    // Pending: behind a nonce gap for longer than a send takes to spread, it is
                    // unblocked.
                    _ => {
                        let seen = *local.held.entry(hash).or_insert_with(std::time::Instant::now);
                        let fill = seen.elapsed() >= HELD_BACK_PATIENCE;
                        if !self.inner.vault.held_back(&row.tx, fill).await? || fill {
                            local.held.remove(&hash);
                        }
                    }
                },
            }
        }
        Ok(local.last_write_block > before.max(caught.tip.number))
    }

    /// Opens and applies, page by page, what the cache holds beyond the state's checkpoint, and
    /// returns how many entries that was. A cache that does not verify is reset (the state and
    /// indexes with it) so that the chain rebuilds it.
    pub(super) async fn apply_cached(
        &self,
        local: &mut Local,
        report: &mut SyncReport,
    ) -> Result<u64> {
        let mut applied = 0;
        loop {
            let mut page = Vec::new();
            let replayed = local.cache.replay_page(local.state.checkpoint, CACHE_PAGE, |entry| {
                page.push(entry);
                Ok(())
            });
            match replayed {
                Ok(replayed) => {
                    applied += page.len() as u64;
                    self.apply_entries(local, page, report).await?;
                    if replayed.done {
                        return Ok(applied);
                    }
                }
                Err(crate::cache::CacheError::Damaged { reason, .. })
                    if local.cache.reset().is_ok() =>
                {
                    tracing::warn!(%reason, "the local cache does not verify; rebuilding it from the chain");
                    self.reset_state(local)?;
                    *report = SyncReport { cache_rebuilt: Some(reason), ..SyncReport::default() };
                    return Ok(0);
                }
                Err(other) => return Err(other.into()),
            }
        }
    }

    /// Opens and applies `entries` (which continue the state's checkpoint), in order, and
    /// brings the search indexes in line once at the end.
    pub(super) async fn apply_entries(
        &self,
        local: &mut Local,
        entries: Vec<LogEntry>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let total = entries.len() as u64;
        let mut changes = Vec::new();
        // Inline writes are opened first, in parallel when there are many; the rest in order.
        let mut pre_opened = self.open_inline_all(&entries).into_iter();
        // Each entry (its ciphertext) is dropped once applied, so memory stays near one copy.
        for (done, entry) in entries.into_iter().enumerate() {
            let opened = match pre_opened.next().flatten() {
                Some(opened) => Some(opened),
                None => self.open_entry(&local.cache, &entry).await,
            };
            changes.extend(local.state.apply(&entry, opened));
            if done % 512 == 0 {
                self.report(Stage::Opening, done as u64, Some(total));
            }
        }
        self.report(Stage::Opening, total, Some(total));
        self.follow(local, changes, report)
    }

    /// Updates the indexes for `changes` (in one commit of the text index) and counts them.
    pub(super) fn follow(
        &self,
        local: &mut Local,
        changes: Vec<Change>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let mut upserted = BTreeSet::new();
        let mut removed = BTreeSet::new();
        for change in changes {
            match change {
                Change::Upserted(id) => {
                    report.memories_changed += 1;
                    removed.remove(&id);
                    upserted.insert(id);
                }
                Change::Removed(id) => {
                    report.memories_removed += 1;
                    upserted.remove(&id);
                    removed.insert(id);
                }
                // An empty vector is one of another model: tracked, not searched.
                Change::VectorUpserted(id, vector) if !vector.is_empty() => {
                    if let Err(err) = local.vectors.upsert(id, &vector) {
                        tracing::warn!(%id, %err, "a stored vector does not fit the index");
                    }
                }
                Change::VectorUpserted(id, _) | Change::VectorRemoved(id) => {
                    local.vectors.remove(id);
                }
            }
        }
        // The text index follows at the next search (in one commit): a client that only writes
        // (a TEE node, an import, `add`) never pays for indexing the whole log.
        local.unindexed.extend(upserted);
        local.unindexed.extend(removed);
        Ok(())
    }

    /// Brings the text index in line with the state for the memories changed since.
    pub(super) fn refresh_index(local: &mut Local) -> Result<()> {
        if local.unindexed.is_empty() {
            return Ok(());
        }
        let changed = std::mem::take(&mut local.unindexed);
        let (live, gone): (Vec<MemoryId>, Vec<MemoryId>) =
            changed.into_iter().partition(|id| local.state.memory(id).is_some());
        local.index.apply(live.iter().filter_map(|id| local.state.memory(id)), gone.iter())?;
        Ok(())
    }

    /// What the write of `entry` holds (`None` for a tombstone or a key-check publication).
    pub(super) async fn open_entry(&self, cache: &LogCache, entry: &LogEntry) -> Option<Opened> {
        let Operation::Write { id, version, payload } = &entry.op else { return None };
        let inner = &self.inner;
        let stored =
            records::stored_envelope(payload, &inner.vault, inner.blobs.as_ref(), Some(cache))
                .await;
        let (bytes, mode) = match stored {
            Ok(stored) => stored,
            Err(err) => return Some(Opened::Unreadable(err.to_string())),
        };
        let body_of = |body: u64| async move {
            let entries = cache.record_entries(*id)?;
            let payload = entries
                .iter()
                .find_map(|e| match &e.op {
                    Operation::Write { version, payload, .. } if *version == body => Some(payload),
                    _ => None,
                })
                .ok_or(Error::Vault(crate::VaultError::VersionNotFound {
                    owner: inner.owner,
                    id: *id,
                    version: body,
                    latest: *version,
                }))?;
            let stored =
                records::stored_envelope(payload, &inner.vault, inner.blobs.as_ref(), Some(cache));
            Ok(stored.await?.0)
        };
        let plaintext =
            match records::open(&inner.keyring, *id, *version, mode, &bytes, body_of).await {
                Ok(plaintext) => plaintext,
                Err(err) => return Some(Opened::Unreadable(err.to_string())),
            };
        Some(self.interpret(*id, *version, &plaintext))
    }

    /// What `entry` holds, when it is an inline write in a full envelope: everything it needs is
    /// in the entry and the keys (no cache, no blob store, no earlier version), so it can be
    /// opened on any thread. `None` for any other entry (opened by [`open_entry`]).
    ///
    /// [`open_entry`]: Self::open_entry
    pub(super) fn open_inline(&self, entry: &LogEntry) -> Option<Opened> {
        let Operation::Write { id, version, payload: crate::vault::Payload::Inline(bytes) } =
            &entry.op
        else {
            return None;
        };
        let opened = records::open_sealed(
            &self.inner.keyring,
            *id,
            *version,
            crate::envelope::StorageMode::Inline,
            bytes,
        )?;
        Some(match opened {
            Ok(plaintext) => self.interpret(*id, *version, &plaintext),
            Err(err) => Opened::Unreadable(err.to_string()),
        })
    }

    /// Opens the inline writes among `entries` (see [`open_inline`](Self::open_inline)) on the
    /// machine's cores when there are many (a long log restored, or a TEE node opening an
    /// owner's kept ciphertext at each request); the others are `None`, to open in order.
    pub(super) fn open_inline_all(&self, entries: &[LogEntry]) -> Vec<Option<Opened>> {
        use rayon::prelude::*;
        if entries.len() < PARALLEL_OPEN {
            return entries.iter().map(|entry| self.open_inline(entry)).collect();
        }
        entries.par_iter().with_min_len(64).map(|entry| self.open_inline(entry)).collect()
    }

    /// What a record version's `plaintext` holds: a memory (which must be in its own record), a
    /// memory's vector, or another app's record.
    pub(super) fn interpret(&self, id: B256, version: u64, plaintext: &[u8]) -> Opened {
        let inner = &self.inner;
        let id = &id;
        match body::decode(plaintext, version) {
            Ok(memory) => {
                // The body names its memory; the record must be that memory's record.
                let name = memory.id.record_name();
                if inner.keyring.record_ids(&name).any(|(_, record)| record == *id) {
                    Opened::Memory(memory)
                } else {
                    Opened::Unreadable(format!(
                        "record {id} holds memory {}, which belongs in another record",
                        memory.id
                    ))
                }
            }
            Err(body::BodyError::NotAMemory) => self.open_vector(*id, plaintext),
            Err(err) => Opened::Unreadable(err.to_string()),
        }
    }

    /// What a record that is not a memory holds: a memory's vector (its id, then the vector
    /// layout), or another app's record.
    pub(super) fn open_vector(&self, record: B256, plaintext: &[u8]) -> Opened {
        let Some((id, layout)) = plaintext.split_first_chunk::<16>() else { return Opened::Other };
        let Ok(stored) = decode_vector(layout) else { return Opened::Other };
        let id = MemoryId::from_bytes(*id);
        if !self.inner.keyring.record_ids(&vector_record_name(&id)).any(|(_, r)| r == record) {
            return Opened::Unreadable(format!(
                "record {record} holds the vector of memory {id}, which belongs in another record"
            ));
        }
        let current = self.inner.embedder.as_ref().is_some_and(|e| e.model() == stored.model);
        Opened::Vector(id, if current { stored.vector } else { Vec::new() })
    }
}

/// How many entries to open before the work is shared among threads.
pub(super) const PARALLEL_OPEN: usize = 256;
