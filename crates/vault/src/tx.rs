//! Sending one signer's transactions and waiting for them: shared by every contract client
//! (the vault, the TEE registry).
//!
//! A send is idempotent. The lane signs each transaction itself, records the signed bytes in
//! the client's [`TxJournal`] (if any) before they leave, and from then on only ever sends those
//! same bytes: a retry (by the transport, or after an answer that never came) cannot apply
//! twice, because a chain takes one transaction per nonce and the same bytes have the same
//! hash. When a send fails ambiguously (the node may or may not have taken it), the lane asks
//! the node for the transaction by hash before doing anything else; a new transaction (a new
//! nonce) is signed only when the old one provably cannot land: its nonce went to another
//! transaction.

use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::consensus::Transaction as _;
use alloy::contract::{CallBuilder, CallDecoder};
use alloy::eips::eip2718::Encodable2718;
use alloy::network::{EthereumWallet, NetworkTransactionBuilder, TransactionBuilder};
use alloy::primitives::{Address, Bytes, TxHash};
use alloy::providers::{DynProvider, Provider};
use alloy::rpc::types::TransactionReceipt;

use crate::error::{Result, VaultError};

/// How long a transaction waits for its receipt before giving up with [`VaultError::NotMined`].
const RECEIPT_TIMEOUT: Duration = Duration::from_secs(120);

/// The first wait between receipt polls; each later one doubles, up to [`POLL_CAP`]. A local
/// chain that mines on arrival answers the first or second poll: no fixed 250-ms tick.
const POLL_FIRST: Duration = Duration::from_millis(4);
/// The longest wait between receipt polls.
const POLL_CAP: Duration = Duration::from_millis(500);

/// How often a transaction waited for is looked up (and broadcast again if the node lost it).
const RECHECK_EVERY: Duration = Duration::from_secs(2);

/// How many lookups in a row ([`RECHECK_EVERY`] apart) must find a transaction waited for
/// unknown, with its nonce refused as used, before it counts as displaced: a replica behind
/// may not show a transaction that another replica mined.
const DISPLACED_AFTER: u32 = 3;

/// How often a send whose nonce another transaction took is signed again with the next nonce.
const NONCE_RACE_RETRIES: u32 = 8;

/// A signed transaction, as it was (or is about to be) broadcast.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedTx {
    /// Its hash.
    pub hash: TxHash,
    /// The signer.
    pub from: Address,
    /// Its nonce.
    pub nonce: u64,
    /// The signed bytes (EIP-2718).
    pub raw: Bytes,
}

/// What a [`TxJournal`] failed with (its own storage's error); it reaches the caller as
/// [`VaultError::Store`].
pub type StoreError = Box<dyn std::error::Error + Send + Sync>;

/// Where a client records the transactions it signs, before they are broadcast, so that one
/// whose fate is unknown (the answer never came, the process was killed, a reorg dropped it)
/// can be looked up or broadcast again as the very same bytes later.
pub trait TxJournal: Send + Sync + std::fmt::Debug {
    /// `tx` is about to be broadcast.
    fn signed(&self, tx: &SignedTx) -> Result<(), StoreError>;
    /// `tx` was never taken by the node and never will be (its nonce went to another
    /// transaction before it was accepted); the lane signs its content again.
    fn superseded(&self, tx: &SignedTx) -> Result<(), StoreError>;
    /// `tx` was sent, but when broadcast again its nonce was found used and the node shows no
    /// receipt for it: it landed (and an RPC behind the others does not show it yet), or it was
    /// dropped and another transaction took its nonce. A sync settles which (and reports a
    /// lost write).
    fn displaced(&self, tx: &SignedTx) -> Result<(), StoreError>;
    /// `from`'s journaled transactions that were sent and are not settled yet, by nonce.
    fn unsettled(&self, from: Address) -> Result<Vec<SignedTx>, StoreError>;
}

/// Submits a client's transactions one at a time, so that concurrent writes through clones of
/// one client take nonces one after the other instead of racing for the same one.
#[derive(Clone, Debug, Default)]
#[doc(hidden)]
pub struct TxLane {
    lock: Arc<tokio::sync::Mutex<()>>,
    wallet: Option<EthereumWallet>,
    chain_id: u64,
    journal: Option<Arc<dyn TxJournal>>,
    /// Whether the node answers `eth_sendRawTransactionSync` (EIP-7966): unknown, yes, no.
    sync_send: Arc<std::sync::atomic::AtomicU8>,
}

impl TxLane {
    /// A lane that signs with `wallet` (without one, the provider's own wallet signs, and sends
    /// are not journaled).
    #[doc(hidden)]
    pub fn new(wallet: Option<EthereumWallet>, chain_id: u64) -> Self {
        Self { lock: Arc::default(), wallet, chain_id, journal: None, sync_send: Arc::default() }
    }

    /// The same lane (one lock, one wallet), recording into `journal`.
    #[doc(hidden)]
    pub fn with_journal(&self, journal: Arc<dyn TxJournal>) -> Self {
        Self { journal: Some(journal), ..self.clone() }
    }

    /// Sends the call `make` builds, from `account`, and waits until it is mined. `decode` turns
    /// a failure of the call (a revert found while estimating gas) into the client's error.
    #[doc(hidden)]
    pub async fn transact<P: Provider, D: CallDecoder, E: From<VaultError>>(
        &self,
        provider: &DynProvider,
        account: Option<Address>,
        make: impl Fn() -> CallBuilder<P, D>,
        decode: fn(alloy::contract::Error) -> E,
    ) -> Result<TransactionReceipt, E> {
        let _lane = self.lock.lock().await;
        let (Some(wallet), Some(from)) = (&self.wallet, account) else {
            return self.transact_unsigned(provider, account, make, decode).await;
        };
        let mut races = 0;
        // The lowest nonce the next attempt may use: above one the node refused as too low (an
        // RPC behind the others serves an old pending nonce).
        let mut next_floor = 0;
        loop {
            // A revert shows here, decoded, before anything is signed.
            let gas =
                make().from(from).estimate_gas().await.map_err(|e| funds_or(e, from, decode))?;
            let pending = provider
                .get_transaction_count(from)
                .pending()
                .await
                .map_err(VaultError::rpc("eth_getTransactionCount"))?;
            let nonce = self.fill_gaps(provider, from, pending.max(next_floor)).await?;
            let mut request = make().from(from).into_transaction_request();
            request.set_nonce(nonce);
            request.set_gas_limit(gas);
            request.set_chain_id(self.chain_id);
            match provider.estimate_eip1559_fees().await {
                Ok(fees) => {
                    request.set_max_fee_per_gas(fees.max_fee_per_gas);
                    request.set_max_priority_fee_per_gas(fees.max_priority_fee_per_gas);
                }
                Err(_) => {
                    let price =
                        provider.get_gas_price().await.map_err(VaultError::rpc("eth_gasPrice"))?;
                    request.set_gas_price(price);
                }
            }
            let envelope = request
                .build(wallet)
                .await
                .map_err(|e| VaultError::Signing(alloy::signers::Error::other(e)))?;
            let tx = SignedTx {
                hash: *envelope.tx_hash(),
                from,
                nonce: envelope.nonce(),
                raw: envelope.encoded_2718().into(),
            };
            if let Some(journal) = &self.journal {
                journal.signed(&tx).map_err(VaultError::Store)?;
            }
            match broadcast(provider, &tx, &self.sync_send).await? {
                Broadcast::Mined(receipt) => {
                    return Ok(self.settle_revert(&tx, check_status(*receipt))?);
                }
                Broadcast::Accepted => {
                    let mined = wait_mined(provider, tx.hash, Some((&tx, self))).await;
                    if let (Err(VaultError::TransactionDisplaced { .. }), Some(journal)) =
                        (&mined, &self.journal)
                    {
                        // The journal's sync sends the call again once the chain proves it
                        // missing.
                        journal.displaced(&tx).map_err(VaultError::Store)?;
                    }
                    return Ok(self.settle_revert(&tx, mined)?);
                }
                Broadcast::NonceTaken if races < NONCE_RACE_RETRIES => {
                    if let Some(journal) = &self.journal {
                        journal.superseded(&tx).map_err(VaultError::Store)?;
                    }
                    next_floor = next_floor.max(tx.nonce + 1);
                    races += 1;
                    tokio::time::sleep(Duration::from_millis(25 * u64::from(races))).await;
                }
                Broadcast::NonceTaken => {
                    return Err(VaultError::WriteContended {
                        attempts: NONCE_RACE_RETRIES as usize,
                    }
                    .into());
                }
            }
        }
    }

    /// The nonce to sign with, given the node's pending nonce: this lane's own journaled
    /// transactions at or above it are broadcast again first, as the same bytes (a reorg
    /// dropped them, or the RPC is behind), so that a new transaction never takes the nonce of
    /// one that was sent and may still land. Costs nothing when there are none (the usual
    /// case: sent transactions are below the pending nonce).
    async fn fill_gaps(&self, provider: &DynProvider, from: Address, pending: u64) -> Result<u64> {
        let Some(journal) = &self.journal else { return Ok(pending) };
        let mut nonce = pending;
        for tx in journal.unsettled(from).map_err(VaultError::Store)? {
            if tx.nonce < nonce {
                continue;
            }
            if tx.nonce > nonce {
                // A gap below it that no journaled transaction fills: sign into the gap.
                break;
            }
            match provider.send_raw_transaction(&tx.raw).await {
                Ok(_) => {}
                Err(err) => {
                    let held = holds_these_bytes(&err.to_string().to_ascii_lowercase());
                    if !held && tx_status(provider, tx.hash).await? != TxStatus::Mined {
                        journal.displaced(&tx).map_err(VaultError::Store)?;
                    }
                }
            }
            nonce = tx.nonce + 1;
        }
        Ok(nonce)
    }

    /// Fills `nonces` with empty transfers to `from` itself, so that a transaction of this lane
    /// held back behind them can land. The transactions that had these nonces (another process
    /// of the key's, dropped by a reorg) then find them taken: their process sends their calls
    /// again, once the chain proves them missing. Best effort: a nonce that something else
    /// fills first is fine.
    async fn fill_nonces(
        &self,
        provider: &DynProvider,
        from: Address,
        nonces: std::ops::Range<u64>,
    ) {
        let Some(wallet) = &self.wallet else { return };
        let Ok(fees) = provider.estimate_eip1559_fees().await else { return };
        for nonce in nonces {
            let mut request = alloy::rpc::types::TransactionRequest::default()
                .from(from)
                .to(from)
                .value(alloy::primitives::U256::ZERO)
                .nonce(nonce)
                .gas_limit(21_000)
                .max_fee_per_gas(fees.max_fee_per_gas)
                .max_priority_fee_per_gas(fees.max_priority_fee_per_gas);
            request.set_chain_id(self.chain_id);
            let Ok(envelope) = request.build(wallet).await else { return };
            let sent = provider.send_raw_transaction(&envelope.encoded_2718()).await;
            tracing::warn!(
                nonce,
                ok = sent.is_ok(),
                "filled a nonce gap that held a transaction of this account back"
            );
        }
    }

    /// A transaction that was mined and reverted wrote nothing and never will: the journal
    /// stops watching it (its caller reports the revert).
    fn settle_revert(
        &self,
        tx: &SignedTx,
        mined: Result<TransactionReceipt>,
    ) -> Result<TransactionReceipt> {
        if let (Err(VaultError::TransactionReverted { .. }), Some(journal)) =
            (&mined, &self.journal)
        {
            journal.superseded(tx).map_err(VaultError::Store)?;
        }
        mined
    }

    /// The provider signs (a client built over a provider with its own wallet).
    async fn transact_unsigned<P: Provider, D: CallDecoder, E: From<VaultError>>(
        &self,
        provider: &DynProvider,
        account: Option<Address>,
        make: impl Fn() -> CallBuilder<P, D>,
        decode: fn(alloy::contract::Error) -> E,
    ) -> Result<TransactionReceipt, E> {
        let call = match account {
            Some(account) => make().from(account),
            None => make(),
        };
        let pending = call.send().await.map_err(|e| match account {
            Some(account) => funds_or(e, account, decode),
            None => decode(e),
        })?;
        Ok(wait_mined(provider, *pending.tx_hash(), None).await?)
    }
}

/// What became of a broadcast.
enum Broadcast {
    /// The node mined it and answered with the receipt (`eth_sendRawTransactionSync`).
    Mined(Box<TransactionReceipt>),
    /// The node has the transaction (now, or from an earlier attempt).
    Accepted,
    /// Another transaction took the nonce; this one can never land.
    NonceTaken,
}

/// Sends `tx`'s bytes. A failure whose outcome is unknown is settled by asking the node for the
/// transaction by hash.
async fn broadcast(
    provider: &DynProvider,
    tx: &SignedTx,
    sync_send: &std::sync::atomic::AtomicU8,
) -> Result<Broadcast> {
    use std::sync::atomic::Ordering;
    // EIP-7966: the node answers with the receipt once the transaction is mined, one round trip
    // instead of a send and receipt polls. A node without it says so once.
    if sync_send.load(Ordering::Relaxed) != SYNC_SEND_NO {
        match provider.send_raw_transaction_sync(&tx.raw).await {
            Ok(receipt) => {
                sync_send.store(SYNC_SEND_YES, Ordering::Relaxed);
                return Ok(Broadcast::Mined(Box::new(receipt)));
            }
            Err(err) if is_unsupported(&err) => sync_send.store(SYNC_SEND_NO, Ordering::Relaxed),
            Err(err) => return settle(provider, tx, err).await,
        }
    }
    match provider.send_raw_transaction(&tx.raw).await {
        Ok(_) => Ok(Broadcast::Accepted),
        Err(err) => settle(provider, tx, err).await,
    }
}

const SYNC_SEND_YES: u8 = 1;
const SYNC_SEND_NO: u8 = 2;

/// Whether the node does not know the method (JSON-RPC -32601, or a provider's wording).
fn is_unsupported(err: &alloy::transports::TransportError) -> bool {
    match err {
        alloy::transports::RpcError::ErrorResp(payload) => {
            let message = payload.message.to_ascii_lowercase();
            payload.code == -32601
                || message.contains("method not found")
                || message.contains("does not exist")
                || message.contains("not supported")
                || message.contains("unsupported method")
        }
        _ => false,
    }
}

/// Settles a failed send whose outcome may be unknown.
async fn settle(
    provider: &DynProvider,
    tx: &SignedTx,
    err: alloy::transports::TransportError,
) -> Result<Broadcast> {
    let text = err.to_string().to_ascii_lowercase();
    if text.contains("insufficient funds") {
        return Err(VaultError::InsufficientFunds { account: tx.from });
    }
    // The node holds these very bytes already: an earlier attempt reached it (the transport
    // retried a send whose answer was lost).
    if holds_these_bytes(&text) {
        return Ok(Broadcast::Accepted);
    }
    let race = is_nonce_taken(&text) || text.contains("replacement transaction underpriced");
    if !race {
        // The outcome is unknown (the transport gave up): the journal keeps the bytes, and the
        // next sync looks them up by hash before anything is sent again.
        if is_known(provider, tx.hash).await? {
            return Ok(Broadcast::Accepted);
        }
        return Err(VaultError::from_transport("eth_sendRawTransaction", err));
    }
    // The nonce is used: by these bytes (mined already, from a lost earlier attempt) or by
    // another transaction of this signer. A replica that lags may not show ours yet, so look a
    // few times before concluding that it can never land.
    for wait in [0, 100, 250] {
        tokio::time::sleep(Duration::from_millis(wait)).await;
        if is_known(provider, tx.hash).await? {
            return Ok(Broadcast::Accepted);
        }
    }
    Ok(Broadcast::NonceTaken)
}

/// What the node knows of a transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TxStatus {
    /// It has a receipt.
    Mined,
    /// It waits in the node's pool.
    Pending,
    /// Neither (a node can still answer `eth_getTransactionByHash` for a transaction whose
    /// block a reorg replaced: without a receipt that counts as unknown).
    Unknown,
}

/// The receipt of transaction `hash` if it is mined in a block of the chain the node serves now
/// (a node may still answer with the receipt of a block a reorg replaced: that one is `None`).
pub(crate) async fn canonical_receipt(
    provider: &DynProvider,
    hash: TxHash,
) -> Result<Option<TransactionReceipt>> {
    let Some(receipt) = provider
        .get_transaction_receipt(hash)
        .await
        .map_err(VaultError::rpc("eth_getTransactionReceipt"))?
    else {
        return Ok(None);
    };
    let (Some(number), Some(block_hash)) = (receipt.block_number, receipt.block_hash) else {
        return Ok(None);
    };
    let block = super::chain::block(provider, number.into()).await?;
    Ok(block.filter(|b| b.hash == block_hash).map(|_| receipt))
}

/// What the node knows of transaction `hash`.
pub(crate) async fn tx_status(provider: &DynProvider, hash: TxHash) -> Result<TxStatus> {
    if canonical_receipt(provider, hash).await?.is_some() {
        return Ok(TxStatus::Mined);
    }
    let found = provider
        .get_transaction_by_hash(hash)
        .await
        .map_err(VaultError::rpc("eth_getTransactionByHash"))?;
    Ok(match found {
        Some(tx) if tx.block_number.is_none() => TxStatus::Pending,
        _ => TxStatus::Unknown,
    })
}

/// Whether the node has transaction `hash`, pending or mined.
async fn is_known(provider: &DynProvider, hash: TxHash) -> Result<bool> {
    Ok(tx_status(provider, hash).await? != TxStatus::Unknown)
}

/// What broadcasting a transaction again found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rebroadcast {
    /// The node took the bytes: it had lost the transaction (a reorg dropped it).
    Sent,
    /// The node has it already, pending or mined.
    AlreadyThere,
    /// Its nonce went to another transaction: it can never land.
    Lost,
}

/// Broadcasts `raw` again (a transaction a reorg dropped, or one whose send never answered).
pub(crate) async fn rebroadcast(
    provider: &DynProvider,
    hash: TxHash,
    raw: &Bytes,
) -> Result<Rebroadcast> {
    match provider.send_raw_transaction(raw).await {
        Ok(_) => Ok(Rebroadcast::Sent),
        Err(err) => {
            let text = err.to_string().to_ascii_lowercase();
            if holds_these_bytes(&text) {
                return Ok(Rebroadcast::AlreadyThere);
            }
            Ok(match tx_status(provider, hash).await? {
                TxStatus::Unknown => Rebroadcast::Lost,
                _ => Rebroadcast::AlreadyThere,
            })
        }
    }
}

/// Polls for `hash`'s receipt, quickly at first; a transaction that reverted is an error. With
/// its signed bytes, a transaction the node no longer knows while it waits (a reorg dropped it
/// from a block, or the pool lost it) is broadcast again, as the same bytes.
pub(crate) async fn wait_mined(
    provider: &DynProvider,
    hash: TxHash,
    signed: Option<(&SignedTx, &TxLane)>,
) -> Result<TransactionReceipt> {
    let started = Instant::now();
    let mut wait = POLL_FIRST;
    let mut checked = Instant::now();
    let (mut displaced, mut gapped) = (0, 0);
    loop {
        if let Some((tx, lane)) = signed
            && checked.elapsed() >= RECHECK_EVERY
        {
            checked = Instant::now();
            let (taken, gap) = match tx_status(provider, hash).await? {
                TxStatus::Mined => (false, None),
                TxStatus::Pending => {
                    let next = mined_nonce(provider, tx.from).await?;
                    // A node may keep a transaction in its pool whose nonce a mined one has
                    // used; or hold it back behind a nonce gap.
                    (next > tx.nonce, nonce_gap(provider, tx, next).await?)
                }
                TxStatus::Unknown => match provider.send_raw_transaction(&tx.raw).await {
                    Err(err) => (is_nonce_taken(&err.to_string().to_ascii_lowercase()), None),
                    Ok(_) => (false, None),
                },
            };
            displaced = if taken { displaced + 1 } else { 0 };
            if displaced >= DISPLACED_AFTER {
                return Err(VaultError::TransactionDisplaced { tx_hash: hash });
            }
            gapped = if gap.is_some() { gapped + 1 } else { 0 };
            if let Some(from_nonce) = gap
                && gapped >= DISPLACED_AFTER
            {
                gapped = 0;
                lane.fill_nonces(provider, tx.from, from_nonce..tx.nonce).await;
            }
        }
        let receipt = provider
            .get_transaction_receipt(hash)
            .await
            .map_err(VaultError::rpc("eth_getTransactionReceipt"))?;
        if let Some(receipt) = receipt {
            return check_status(receipt);
        }
        if started.elapsed() >= RECEIPT_TIMEOUT {
            return Err(VaultError::NotMined { tx_hash: hash, waited: started.elapsed() });
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(POLL_CAP);
    }
}

/// The first nonce of a gap below pending transaction `tx` that nothing in the node's pool
/// fills (another process of this key whose transaction a reorg dropped, and that is not there
/// to send it again), given the account's next mined nonce `next`.
async fn nonce_gap(provider: &DynProvider, tx: &SignedTx, next: u64) -> Result<Option<u64>> {
    if next >= tx.nonce {
        return Ok(None);
    }
    let pending = provider
        .get_transaction_count(tx.from)
        .pending()
        .await
        .map_err(VaultError::rpc("eth_getTransactionCount"))?;
    Ok((pending <= next).then_some(next))
}

/// Whether pending transaction `tx` is held back behind a nonce gap; with `fill`, the gap is
/// filled (see [`TxLane::fill_nonces`]).
pub(crate) async fn held_back(
    provider: &DynProvider,
    lane: &TxLane,
    tx: &SignedTx,
    fill: bool,
) -> Result<bool> {
    if tx_status(provider, tx.hash).await? != TxStatus::Pending {
        return Ok(false);
    }
    let next = mined_nonce(provider, tx.from).await?;
    let Some(from_nonce) = nonce_gap(provider, tx, next).await? else { return Ok(false) };
    if fill {
        let _lane = lane.lock.lock().await;
        lane.fill_nonces(provider, tx.from, from_nonce..tx.nonce).await;
    }
    Ok(true)
}

/// The next nonce of `account` as of the latest block the node has.
async fn mined_nonce(provider: &DynProvider, account: Address) -> Result<u64> {
    provider
        .get_transaction_count(account)
        .latest()
        .await
        .map_err(VaultError::rpc("eth_getTransactionCount"))
}

/// Whether a refused send (its message, lower case) says its nonce is used already.
fn is_nonce_taken(text: &str) -> bool {
    text.contains("nonce too low") || text.contains("nonce has already been used")
}

/// Whether a refused send (its message, lower case) says the node holds these very bytes.
fn holds_these_bytes(text: &str) -> bool {
    text.contains("already known") || text.contains("already imported")
}

/// A mined transaction that reverted is an error.
fn check_status(receipt: TransactionReceipt) -> Result<TransactionReceipt> {
    if !receipt.status() {
        return Err(VaultError::TransactionReverted { tx_hash: receipt.transaction_hash });
    }
    Ok(receipt)
}

fn funds_or<E: From<VaultError>>(
    err: alloy::contract::Error,
    account: Address,
    decode: fn(alloy::contract::Error) -> E,
) -> E {
    if err.to_string().to_ascii_lowercase().contains("insufficient funds") {
        VaultError::InsufficientFunds { account }.into()
    } else {
        decode(err)
    }
}

/// What a mined transaction cost.
#[doc(hidden)]
pub fn tx_receipt(receipt: &TransactionReceipt) -> TxReceipt {
    TxReceipt {
        tx_hash: receipt.transaction_hash,
        block: receipt.block_number.unwrap_or_default(),
        gas_used: receipt.gas_used,
    }
}

/// What a successful transaction that is not a log write did (a delegation change).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxReceipt {
    /// The transaction.
    pub tx_hash: TxHash,
    /// The block it was mined in.
    pub block: u64,
    /// Gas used by the whole transaction.
    pub gas_used: u64,
}
