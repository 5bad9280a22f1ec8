//! The vault client: connect, deploy or attach, write, and read verified logs.

use std::sync::Arc;
use std::time::Duration;

use alloy::network::EthereumWallet;
use alloy::primitives::{Address, B256, Bytes, TxHash, U256, keccak256};
use alloy::providers::{DynProvider, Provider, ProviderBuilder};
use alloy::rpc::types::TransactionReceipt;
use alloy::sol_types::SolCall;
use memsync_bindings::memory_vault::MemoryVault;

use super::auth::{
    Delegation, DelegationChange, Scope, SignedBatch, SignedDelegation, UnsignedBatch,
    UnsignedDelegation,
};
use super::chain::{self, BlockRef, Finality};
use super::events::{EventLog, LOG_EVENTS, decode_logs};
use super::fetch::{DelegatedWrite, FetchResume, LogFetch, delegated_writes, fetch_entries};
use super::gas::{TX_GAS_CAP, batch_gas_upper, plan_chunks};
use super::log::{Checkpoint, LogEntry, Record, VerifiedLog};
use super::operation::{Operation, Payload, SeqCheck, encode_batch};
use super::tx::{TxJournal, TxLane, TxReceipt, tx_receipt};
use crate::error::{Result, VaultError};
use crate::rpc::{RetryLayer, RpcConfig, RpcStats};

/// How long a final block read from the chain is reused before it is read again.
#[doc(hidden)]
pub const FINAL_BLOCK_REUSE: std::time::Duration = std::time::Duration::from_secs(12);

/// A connection to one MemoryVault: reads any owner's verified log, and writes the signer's.
///
/// ```no_run
/// # async fn run() -> memsync_vault::Result<()> {
/// use memsync_vault::{SeqCheck, Vault};
/// use alloy::signers::local::PrivateKeySigner;
///
/// let signer: PrivateKeySigner = std::env::var("KEY").unwrap().parse().unwrap();
/// let vault = Vault::builder("http://127.0.0.1:8545")
///     .signer(signer)
///     .connect("0x5FbDB2315678afecb367f032d93F642f64180aa3".parse().unwrap())
///     .await?;
/// let id = alloy::primitives::B256::repeat_byte(7);
/// vault.write(id, 1, b"ciphertext".to_vec(), SeqCheck::Any).await?;
/// let log = vault.fetch_log(vault.signer_address()?).await?;
/// assert_eq!(log.record(id)?.version, 1);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Vault {
    provider: DynProvider,
    address: Address,
    chain_id: u64,
    signer: Option<Address>,
    fetch: LogFetch,
    finality: Finality,
    /// The final block last read, and when (shared by clones).
    final_seen: Arc<std::sync::Mutex<Option<(u64, std::time::Instant)>>>,
    /// Every JSON-RPC call this client made.
    stats: RpcStats,
    /// Submits this client's transactions one at a time.
    lane: TxLane,
}

/// Builds a [`Vault`]: the endpoint (an RPC URL, or any alloy provider), an optional signer,
/// the log-fetch strategy; then [`connect`](Self::connect) to a deployed vault or
/// [`deploy`](Self::deploy) a new one.
#[must_use = "a builder does nothing until `connect` or `deploy`"]
#[derive(Debug)]
pub struct VaultBuilder {
    endpoint: Endpoint,
    wallet: Option<EthereumWallet>,
    sender: Option<Address>,
    fetch: LogFetch,
    finality: Finality,
    rpc: RpcConfig,
    tee_registry: Address,
}

/// Where a [`VaultBuilder`] sends its requests.
#[derive(Debug)]
enum Endpoint {
    /// An RPC URL, reached through the SDK's transport ([`crate::rpc`]).
    Url(String),
    /// The caller's provider, with its own transport and layers.
    Provider(DynProvider),
}

impl VaultBuilder {
    /// Signs transactions with `signer` (a local key, a keystore, a hardware wallet: anything
    /// alloy's `EthereumWallet` accepts). Its address is the owner whose log this client writes.
    pub fn signer(mut self, signer: impl Into<EthereumWallet>) -> Self {
        self.wallet = Some(signer.into());
        self
    }

    /// The account this client writes as when its provider signs transactions itself (a
    /// provider built with alloy's wallet filler, or a node that holds the account's key), for a
    /// client built with [`Vault::builder_for_provider`] and no [`signer`](Self::signer). With a
    /// `signer`, its address is the sender and this is not needed.
    pub fn sender(mut self, account: Address) -> Self {
        self.sender = Some(account);
        self
    }

    /// How owners' events are fetched (default: [`LogFetch::Links`]).
    pub fn log_fetch(mut self, fetch: LogFetch) -> Self {
        self.fetch = fetch;
        self
    }

    /// Which blocks count as final (default: the chain's `finalized` block).
    pub fn finality(mut self, finality: Finality) -> Self {
        self.finality = finality;
        self
    }

    /// The timeout and retries of every JSON-RPC request (default: [`RpcConfig::default`]).
    pub fn rpc(mut self, rpc: RpcConfig) -> Self {
        self.rpc = rpc;
        self
    }

    /// The TEE registry a vault [`deploy`](Self::deploy)ed by this builder consults for
    /// [`Scope::TEE_NODE`] delegations (default: none, and such delegations are refused).
    pub fn tee_registry(mut self, registry: Address) -> Self {
        self.tee_registry = registry;
        self
    }

    /// Connects to the vault at `address`, checking that the RPC answers and that the address
    /// holds contract code.
    pub async fn connect(self, address: Address) -> Result<Vault> {
        let vault = self.provider().await?;
        let vault = Vault { address, ..vault };
        let code = vault
            .provider
            .get_code_at(address)
            .await
            .map_err(VaultError::rpc("eth_getCode for the vault address"))?;
        if code.is_empty() {
            return Err(VaultError::NoVaultAtAddress { address, chain_id: vault.chain_id });
        }
        Ok(vault)
    }

    /// Deploys a new MemoryVault with the signer (for devnets and tests) and connects to it.
    pub async fn deploy(self) -> Result<Vault> {
        let tee_registry = self.tee_registry;
        let vault = self.provider().await?;
        if vault.signer.is_none() {
            return Err(VaultError::NoSigner);
        }
        let deployed = MemoryVault::deploy(&vault.provider, tee_registry)
            .await
            .map_err(|e| VaultError::Deploy(Box::new(e)))?;
        Ok(Vault { address: *deployed.address(), ..vault })
    }

    /// A client for the vault at `address` on chain `chain_id`, built without a single request:
    /// for a device that answers from its local cache when the RPC cannot be reached (see
    /// `memsync::memory::MemoryClientBuilder::allow_stale`).
    /// Nothing is checked (use [`connect`](Self::connect) when the RPC is up): each call goes to
    /// the RPC when it is made, and fails then if the RPC is down or serves another chain.
    pub fn connect_lazily(self, address: Address, chain_id: u64) -> Result<Vault> {
        let connected = match &self.endpoint {
            Endpoint::Url(url) => connect_provider_lazily(url, self.wallet.clone(), &self.rpc)?,
            Endpoint::Provider(provider) => LazyProvider {
                provider: provider.clone(),
                signer: wallet_address(self.wallet.as_ref()),
                stats: RpcStats::default(),
            },
        };
        Ok(self.assemble(connected.provider, address, chain_id, connected.signer, connected.stats))
    }

    async fn provider(self) -> Result<Vault> {
        let connected = match &self.endpoint {
            Endpoint::Url(url) => connect_provider(url, self.wallet.clone(), &self.rpc).await?,
            Endpoint::Provider(provider) => Connected {
                provider: provider.clone(),
                chain_id: provider
                    .get_chain_id()
                    .await
                    .map_err(VaultError::rpc("eth_chainId through the given provider"))?,
                signer: wallet_address(self.wallet.as_ref()),
                stats: RpcStats::default(),
            },
        };
        let Connected { provider, chain_id, signer, stats } = connected;
        Ok(self.assemble(provider, Address::ZERO, chain_id, signer, stats))
    }

    /// The client over `provider`, with this builder's settings; `signer` is the wallet's
    /// address, if the provider was given one (else the [`sender`](Self::sender), if any).
    fn assemble(
        self,
        provider: DynProvider,
        address: Address,
        chain_id: u64,
        signer: Option<Address>,
        stats: RpcStats,
    ) -> Vault {
        Vault {
            provider,
            address,
            chain_id,
            signer: signer.or(self.sender),
            fetch: self.fetch,
            finality: self.finality,
            final_seen: Arc::default(),
            stats,
            lane: TxLane::new(self.wallet, chain_id),
        }
    }
}

/// A provider through the SDK's transport, before any request (its chain id unknown).
struct LazyProvider {
    provider: DynProvider,
    signer: Option<Address>,
    stats: RpcStats,
}

/// A provider connected through the SDK's transport ([`crate::rpc`]).
#[doc(hidden)]
pub struct Connected {
    #[doc(hidden)]
    pub provider: DynProvider,
    #[doc(hidden)]
    pub chain_id: u64,
    #[doc(hidden)]
    pub signer: Option<Address>,
    #[doc(hidden)]
    pub stats: RpcStats,
}

/// Connects to the RPC endpoint at `rpc_url` (http or https) through the SDK's transport
/// (timeouts, retries, call counts), signing with `wallet` if given. Shared by every contract
/// client of the SDK.
#[doc(hidden)]
pub async fn connect_provider(
    rpc_url: &str,
    wallet: Option<EthereumWallet>,
    rpc: &RpcConfig,
) -> Result<Connected> {
    let LazyProvider { provider, signer, stats } = connect_provider_lazily(rpc_url, wallet, rpc)?;
    let chain_id = provider
        .get_chain_id()
        .await
        .map_err(VaultError::rpc("eth_chainId: is the RPC URL right and the node running?"))?;
    Ok(Connected { provider, chain_id, signer, stats })
}

/// The address `wallet` signs as by default.
fn wallet_address(wallet: Option<&EthereumWallet>) -> Option<Address> {
    wallet.map(alloy::network::NetworkWallet::<alloy::network::Ethereum>::default_signer_address)
}

/// [`connect_provider`] without the request for the chain id.
fn connect_provider_lazily(
    rpc_url: &str,
    wallet: Option<EthereumWallet>,
    rpc: &RpcConfig,
) -> Result<LazyProvider> {
    let invalid = |reason: String| VaultError::InvalidRpcUrl { url: rpc_url.to_owned(), reason };
    let url = memsync_http::parse_http_url(rpc_url).map_err(|e| invalid(e.to_string()))?;
    let signer = wallet_address(wallet.as_ref());
    // Nonces come from the node for every transaction: alloy's default cached nonce manager
    // consumes a nonce even when the send then fails (for example a revert found during gas
    // estimation), and every later transaction would wait behind that gap forever.
    let builder = ProviderBuilder::new()
        .disable_recommended_fillers()
        .with_gas_estimation()
        .with_simple_nonce_management()
        .fetch_chain_id();
    // The SDK's one HTTP client setup (rustls): every real network's RPC is https.
    let http = memsync_http::ClientBuilder::new()
        .timeout(rpc.timeout)
        .connect_timeout(rpc.timeout.min(std::time::Duration::from_secs(10)))
        .build()
        .map_err(|e| invalid(e.to_string()))?;
    let transport = alloy::transports::http::Http::with_client(http, url);
    let is_local = transport.guess_local();
    let stats = RpcStats::default();
    let client = alloy::rpc::client::ClientBuilder::default()
        .layer(RetryLayer::new(rpc.retry, stats.clone()))
        .transport(transport, is_local);
    let provider = match wallet {
        Some(wallet) => builder.wallet(wallet).connect_client(client).erased(),
        None => builder.connect_client(client).erased(),
    };
    Ok(LazyProvider { provider, signer, stats })
}

/// A vault write (`applyBatch` or `applyBatchFor`) as a signed transaction carries it: for a
/// transaction that never landed, to see what it would have written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentBatch {
    /// The log's owner, for a delegate's `applyBatchFor`; `None` for the signer's own log.
    pub owner: Option<Address>,
    /// The operations (a code write comes back with a zero pointer, as from an event).
    pub ops: Vec<Operation>,
    /// The sequence check it was sent with.
    pub check: SeqCheck,
}

impl SentBatch {
    /// The batch `tx` sends, or `None` if it is not a vault write this SDK encodes.
    pub fn decode(tx: &super::SignedTx) -> Option<Self> {
        use alloy::consensus::Transaction as _;
        use alloy::eips::eip2718::Decodable2718;
        use memsync_bindings::memory_vault::MemoryVault::{applyBatchCall, applyBatchForCall};
        let envelope = alloy::consensus::TxEnvelope::decode_2718(&mut tx.raw.as_ref()).ok()?;
        let input = envelope.input();
        let (owner, packed, expected) = if let Ok(call) = applyBatchCall::abi_decode(input) {
            (None, call.ops, call.expectedSeq)
        } else if let Ok(call) = applyBatchForCall::abi_decode(input) {
            (Some(call.owner), call.ops, call.expectedSeq)
        } else {
            return None;
        };
        let check = if expected == SeqCheck::Any.to_sol() {
            SeqCheck::Any
        } else {
            SeqCheck::Exactly(expected)
        };
        let ops = super::operation::decode_batch(&packed).ok()?;
        (!ops.is_empty()).then_some(Self { owner, ops, check })
    }
}

/// What a successful write did.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteReceipt {
    /// The transaction.
    pub tx_hash: TxHash,
    /// The block it was mined in.
    pub block: u64,
    /// Gas used by the whole transaction.
    pub gas_used: u64,
    /// The sequence number of the last operation applied (the log's new length).
    pub seq: u64,
    /// The hash of the block it was mined in.
    pub block_hash: B256,
    /// The owner's operations this transaction applied, as its events say (not verified: a
    /// client checks them against the log state at `block` before relying on them).
    pub entries: Vec<LogEntry>,
}

impl std::fmt::Debug for WriteReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriteReceipt")
            .field("tx_hash", &self.tx_hash)
            .field("block", &self.block)
            .field("gas_used", &self.gas_used)
            .field("seq", &self.seq)
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Starts building a client for the RPC endpoint at `rpc_url` (http or https), reached
    /// through the SDK's transport: a timeout on each request, bounded retries of transient
    /// failures, and call counts ([`rpc_stats`](Self::rpc_stats)).
    pub fn builder(rpc_url: impl Into<String>) -> VaultBuilder {
        Self::builder_with(Endpoint::Url(rpc_url.into()))
    }

    /// Starts building a client over `provider`: any alloy provider, with the transport and
    /// layers the caller chose (WebSocket or IPC, a fallback over several endpoints, its own
    /// retries, rate limits or tracing, a wallet filler). The SDK adds nothing under it, so
    /// [`RpcConfig`] does not apply and [`rpc_stats`](Self::rpc_stats) stays empty (add
    /// [`RetryLayer`] to the provider's client for the SDK's retries and counts).
    ///
    /// Transactions are signed by the [`signer`](VaultBuilder::signer) if one is given, else
    /// sent through the provider from the [`sender`](VaultBuilder::sender) account.
    pub fn builder_for_provider<P>(provider: P) -> VaultBuilder
    where
        P: Provider + 'static,
    {
        Self::builder_with(Endpoint::Provider(provider.erased()))
    }

    fn builder_with(endpoint: Endpoint) -> VaultBuilder {
        VaultBuilder {
            endpoint,
            wallet: None,
            sender: None,
            fetch: LogFetch::default(),
            finality: Finality::default(),
            rpc: RpcConfig::default(),
            tee_registry: Address::ZERO,
        }
    }

    /// Which blocks this client treats as final.
    pub fn finality(&self) -> Finality {
        self.finality
    }

    /// The JSON-RPC calls this client (and its clones) made, by method.
    pub fn rpc_stats(&self) -> &RpcStats {
        &self.stats
    }

    /// The same client, recording every transaction it signs in `journal` before broadcasting
    /// it (clones share one nonce lane).
    pub fn with_journal(&self, journal: Arc<dyn TxJournal>) -> Self {
        Self { lane: self.lane.with_journal(journal), ..self.clone() }
    }

    /// The tip the RPC serves (number, hash, time).
    pub async fn latest_block(&self) -> Result<BlockRef> {
        chain::latest(&self.provider).await
    }

    /// Block `number`, if the RPC serves it (`None`: a replica that has not reached it yet).
    pub async fn block(&self, number: u64) -> Result<Option<BlockRef>> {
        chain::block(&self.provider, number.into()).await
    }

    /// The newest block that counts as final by this client's [`Finality`], given the tip.
    /// A chain's final block only moves forward, so a value read less than
    /// [`FINAL_BLOCK_REUSE`] ago is reused (it is conservative: fewer entries count as final).
    pub async fn final_block(&self, latest: &BlockRef) -> Result<u64> {
        if let Finality::Confirmations(n) = self.finality {
            return Ok(latest.number.saturating_sub(n));
        }
        let known = *self.final_seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((number, at)) = known
            && at.elapsed() < FINAL_BLOCK_REUSE
        {
            return Ok(number.min(latest.number));
        }
        let number = self.finality.final_block(&self.provider, latest.number).await?;
        *self.final_seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((number, std::time::Instant::now()));
        Ok(number)
    }

    /// The owner's log state as of block `at` (read by block hash, so every replica answers
    /// for that very block or not at all).
    pub async fn log_state_in(&self, owner: Address, at: &BlockRef) -> Result<Checkpoint> {
        let state = self
            .contract()
            .logState(owner)
            .block(at.id())
            .call()
            .await
            .map_err(VaultError::from_contract)?;
        Ok(Checkpoint { seq: state.seq, head: state.head, block: state.lastWriteBlock })
    }

    /// Whether this client's pending transaction `tx` is held back behind a nonce that nothing
    /// in the node's pool fills (another process of the key, whose transaction a reorg dropped,
    /// is not there to send it again). With `fill`, the gap is filled with empty transfers to
    /// the account itself, so `tx` can land; the displaced transactions' process sends their
    /// calls again once the chain proves them missing.
    pub async fn held_back(&self, tx: &super::SignedTx, fill: bool) -> Result<bool> {
        super::tx::held_back(&self.provider, &self.lane, tx, fill).await
    }

    /// The owner's log state at the end of the block transaction `hash` was mined in (`None`
    /// if it is not mined in the chain the RPC serves): for a write whose sequence check
    /// reverted, whether another writer had moved the log on.
    pub async fn log_state_after(
        &self,
        owner: Address,
        hash: TxHash,
    ) -> Result<Option<Checkpoint>> {
        let Some(receipt) = super::tx::canonical_receipt(&self.provider, hash).await? else {
            return Ok(None);
        };
        let (Some(number), Some(block_hash)) = (receipt.block_number, receipt.block_hash) else {
            return Ok(None);
        };
        let at = BlockRef { number, hash: block_hash, timestamp: 0 };
        self.log_state_in(owner, &at).await.map(Some)
    }

    /// Broadcasts a signed transaction again, as the same bytes (one a reorg dropped, or one
    /// whose send never answered), and says what the node made of it.
    pub async fn rebroadcast(&self, tx: &super::SignedTx) -> Result<super::Rebroadcast> {
        super::tx::rebroadcast(&self.provider, tx.hash, &tx.raw).await
    }

    /// Sends the call a lost transaction made (same contract, same calldata) again, in a new
    /// transaction: for one that can provably never land (it is not mined and its nonce went
    /// to another transaction), so the new one cannot make it happen twice. The call is checked
    /// again like any: a sequence check that no longer holds is refused (`VaultSequenceMismatch`).
    pub async fn resubmit(&self, lost: &super::SignedTx) -> Result<TxReceipt> {
        use alloy::consensus::Transaction as _;
        use alloy::eips::eip2718::Decodable2718;
        let envelope =
            alloy::consensus::TxEnvelope::decode_2718(&mut lost.raw.as_ref()).map_err(|_| {
                VaultError::InvalidOperation {
                    subject: format!("transaction {}", lost.hash),
                    reason: "the journaled bytes do not decode as a transaction",
                }
            })?;
        let to = envelope.to().ok_or_else(|| VaultError::InvalidOperation {
            subject: format!("transaction {}", lost.hash),
            reason: "a contract creation cannot be sent again",
        })?;
        let input = envelope.input().clone();
        let provider = &self.provider;
        let receipt = self
            .lane
            .transact(
                provider,
                self.signer,
                || alloy::contract::RawCallBuilder::new_raw(provider, input.clone()).to(to),
                VaultError::from_contract,
            )
            .await?;
        Ok(tx_receipt(&receipt))
    }

    /// How many transactions `account` had sent as of block `at` (read by hash).
    pub async fn nonce_at(&self, account: Address, at: &BlockRef) -> Result<u64> {
        self.provider
            .get_transaction_count(account)
            .block_id(at.id())
            .await
            .map_err(VaultError::rpc("eth_getTransactionCount"))
    }

    /// Whether transaction `hash` is mined in the chain the RPC serves now, and in which block
    /// (`None`: pending, unknown, or mined in a block a reorg replaced).
    pub async fn mined_in(&self, hash: TxHash) -> Result<Option<u64>> {
        let receipt = super::tx::canonical_receipt(&self.provider, hash).await?;
        Ok(receipt.and_then(|r| r.block_number))
    }

    /// [`mined_in`](Self::mined_in), asked again (quickly at first) until the transaction is
    /// mined or `patience` has passed: for a transaction just broadcast again.
    pub async fn mined_within(&self, hash: TxHash, patience: Duration) -> Result<Option<u64>> {
        let started = std::time::Instant::now();
        let mut wait = Duration::from_millis(4);
        loop {
            if let Some(block) = self.mined_in(hash).await? {
                return Ok(Some(block));
            }
            if started.elapsed() >= patience {
                return Ok(None);
            }
            tokio::time::sleep(wait.min(patience.saturating_sub(started.elapsed()))).await;
            wait = (wait * 2).min(Duration::from_millis(500));
        }
    }

    /// The vault's address.
    pub fn address(&self) -> Address {
        self.address
    }

    /// The chain id the RPC serves.
    pub fn chain_id(&self) -> u64 {
        self.chain_id
    }

    /// The signer's address: the owner whose log this client writes.
    pub fn signer_address(&self) -> Result<Address> {
        self.signer.ok_or(VaultError::NoSigner)
    }

    /// The underlying provider, for anything the SDK does not wrap.
    pub fn provider(&self) -> &DynProvider {
        &self.provider
    }

    fn contract(&self) -> MemoryVault::MemoryVaultInstance<&DynProvider> {
        MemoryVault::new(self.address, &self.provider)
    }

    /// The owner's log state on chain now: sequence number, head, and last write block.
    pub async fn log_state(&self, owner: Address) -> Result<Checkpoint> {
        let state =
            self.contract().logState(owner).call().await.map_err(VaultError::from_contract)?;
        Ok(Checkpoint { seq: state.seq, head: state.head, block: state.lastWriteBlock })
    }

    /// The owner's latest published key epoch (0: none yet).
    pub async fn key_epoch(&self, owner: Address) -> Result<u64> {
        let state =
            self.contract().logState(owner).call().await.map_err(VaultError::from_contract)?;
        Ok(state.keyEpoch)
    }

    /// The key-check value `owner` published for `epoch`, or `None` if none was published.
    pub async fn key_check(&self, owner: Address, epoch: u64) -> Result<Option<B256>> {
        let value = self
            .contract()
            .keyCheck(owner, epoch)
            .call()
            .await
            .map_err(VaultError::from_contract)?;
        Ok((!value.is_zero()).then_some(value))
    }

    /// Publishes the key-check value of a new key epoch for the signer.
    pub async fn publish_key_check(
        &self,
        epoch: u64,
        key_check: B256,
        check: SeqCheck,
    ) -> Result<WriteReceipt> {
        self.apply(&Operation::PublishKeyCheck { epoch, key_check }, check).await
    }

    /// Writes version `version` of record `id` inline.
    pub async fn write(
        &self,
        id: B256,
        version: u64,
        ciphertext: impl Into<Bytes>,
        check: SeqCheck,
    ) -> Result<WriteReceipt> {
        self.apply(&Operation::write(id, version, ciphertext), check).await
    }

    /// Writes a tombstone for record `id` at `version`.
    pub async fn delete(&self, id: B256, version: u64, check: SeqCheck) -> Result<WriteReceipt> {
        self.apply(&Operation::delete(id, version), check).await
    }

    /// Writes version `version` of record `id` as contract code (SSTORE2), readable by other
    /// contracts. See docs/GAS.md for what it costs: about five times an inline write.
    pub async fn write_code(
        &self,
        id: B256,
        version: u64,
        ciphertext: impl Into<Bytes>,
        check: SeqCheck,
    ) -> Result<WriteReceipt> {
        self.apply(&Operation::write_code(id, version, ciphertext), check).await
    }

    /// Applies one operation, with the vault's single-operation entry points where there is one
    /// (code writes go through a batch of one).
    pub async fn apply(&self, op: &Operation, check: SeqCheck) -> Result<WriteReceipt> {
        let owner = self.signer_address()?;
        op.validate()?;
        let vault = self.contract();
        let expected = check.to_sol();
        let pending = match op {
            Operation::Write { id, version, payload: Payload::Inline(ciphertext) } => {
                self.send(|| vault.write(*id, *version, ciphertext.clone(), expected)).await
            }
            Operation::Write { id, version, payload: Payload::Pointer { content_hash, uri } } => {
                self.send(|| {
                    vault.writePointer(*id, *version, *content_hash, uri.clone(), expected)
                })
                .await
            }
            Operation::Delete { id, version } => {
                self.send(|| vault.deleteRecord(*id, *version, expected)).await
            }
            Operation::PublishKeyCheck { epoch, key_check } => {
                self.send(|| vault.publishKeyCheck(*epoch, *key_check, expected)).await
            }
            Operation::Write { .. } => {
                return self.apply_batch(std::slice::from_ref(op), check).await;
            }
        };
        self.confirm(pending?, owner).await
    }

    /// Applies `ops` to the signer's log in order in one transaction, all or none. Fails with
    /// [`VaultError::BatchTooLarge`], before sending, if they cannot fit in one transaction; use
    /// [`apply_chunked`](Self::apply_chunked) to split.
    pub async fn apply_batch(&self, ops: &[Operation], check: SeqCheck) -> Result<WriteReceipt> {
        let owner = self.signer_address()?;
        let packed = checked_batch(ops)?;
        let vault = self.contract();
        let pending = self.send(|| vault.applyBatch(packed.clone(), check.to_sol())).await?;
        self.confirm(pending, owner).await
    }

    /// Applies `ops` to the signer's log in order, in as few transactions as the per-transaction
    /// gas cap allows, and returns one receipt per transaction. Each transaction is all or none.
    /// With [`SeqCheck::Exactly`], each transaction expects the sequence number the previous one
    /// left.
    ///
    /// If a transaction after the first fails, the ones before it stay applied: the error is
    /// [`VaultError::BatchPartiallyApplied`], which holds their receipts and how many operations
    /// landed, so the caller resumes with the rest instead of writing anything twice.
    pub async fn apply_chunked(
        &self,
        ops: &[Operation],
        check: SeqCheck,
    ) -> Result<Vec<WriteReceipt>> {
        self.apply_chunked_as(None, ops, check).await
    }

    /// [`apply_chunked`](Self::apply_chunked) on `owner`'s log as the owner's delegate (the
    /// signer): each transaction is an [`apply_batch_for`](Self::apply_batch_for).
    pub async fn apply_chunked_for(
        &self,
        owner: Address,
        ops: &[Operation],
        check: SeqCheck,
    ) -> Result<Vec<WriteReceipt>> {
        self.apply_chunked_as(Some(owner), ops, check).await
    }

    async fn apply_chunked_as(
        &self,
        owner: Option<Address>,
        ops: &[Operation],
        check: SeqCheck,
    ) -> Result<Vec<WriteReceipt>> {
        self.signer_address()?;
        if ops.is_empty() {
            return Err(VaultError::EmptyBatch);
        }
        let mut receipts = Vec::new();
        let mut check = check;
        for range in plan_chunks(ops, TX_GAS_CAP)? {
            let start = range.start;
            let sent = match owner {
                Some(owner) => self.apply_batch_for(owner, &ops[range], check).await,
                None => self.apply_batch(&ops[range], check).await,
            };
            let receipt = match sent {
                Ok(receipt) => receipt,
                Err(source) if !receipts.is_empty() => {
                    return Err(VaultError::BatchPartiallyApplied {
                        applied: receipts,
                        applied_operations: start,
                        source: Box::new(source),
                    });
                }
                Err(source) => return Err(source),
            };
            if let SeqCheck::Exactly(_) = check {
                check = SeqCheck::Exactly(receipt.seq);
            }
            receipts.push(receipt);
        }
        Ok(receipts)
    }

    /// Applies `ops` to `owner`'s log as the owner's delegate (the signer), in one transaction.
    /// Writes need [`Scope::WRITE`], deletes [`Scope::DELETE`].
    pub async fn apply_batch_for(
        &self,
        owner: Address,
        ops: &[Operation],
        check: SeqCheck,
    ) -> Result<WriteReceipt> {
        self.signer_address()?;
        let packed = checked_batch(ops)?;
        let vault = self.contract();
        let pending =
            self.send(|| vault.applyBatchFor(owner, packed.clone(), check.to_sol())).await?;
        self.confirm(pending, owner).await
    }

    /// Prepares a relayed batch for `owner`'s log, to be signed by `signer` (the owner or a
    /// delegate) and submitted by anyone before `deadline` (unix seconds). Reads the signer's
    /// current nonce.
    pub async fn prepare_batch(
        &self,
        owner: Address,
        ops: &[Operation],
        check: SeqCheck,
        signer: Address,
        deadline: u64,
    ) -> Result<UnsignedBatch> {
        let operations = checked_batch(ops)?;
        Ok(UnsignedBatch {
            chain_id: self.chain_id,
            vault: self.address,
            owner,
            operations,
            expected_seq: check.to_sol(),
            signer,
            nonce: self.nonce(signer).await?,
            deadline,
        })
    }

    /// Submits a signed batch, paying its gas: the relayer's side. Checks the vault, chain and
    /// deadline first, so a stale or foreign message costs nothing.
    pub async fn relay(&self, signed: &SignedBatch) -> Result<WriteReceipt> {
        self.signer_address()?;
        let batch = &signed.batch;
        self.check_signed(batch.vault, batch.chain_id, batch.deadline).await?;
        let vault = self.contract();
        let deadline = U256::from(batch.deadline);
        let pending = self
            .send(|| {
                vault.applyBatchBySig(
                    batch.owner,
                    batch.operations.clone(),
                    batch.expected_seq,
                    batch.signer,
                    batch.nonce,
                    deadline,
                    signed.signature.clone(),
                )
            })
            .await?;
        self.confirm(pending, batch.owner).await
    }

    /// Grants (or replaces) the signer's delegation to `delegate` until `expiry` (unix seconds).
    pub async fn grant_delegate(
        &self,
        delegate: Address,
        scope: Scope,
        expiry: u64,
    ) -> Result<TxReceipt> {
        self.signer_address()?;
        let vault = self.contract();
        let receipt = self.send(|| vault.grantDelegate(delegate, scope.bits(), expiry)).await?;
        Ok(tx_receipt(&receipt))
    }

    /// Revokes the signer's delegation to `delegate`, from the block it is mined in on.
    pub async fn revoke_delegate(&self, delegate: Address) -> Result<TxReceipt> {
        self.signer_address()?;
        let vault = self.contract();
        let receipt = self.send(|| vault.revokeDelegate(delegate)).await?;
        Ok(tx_receipt(&receipt))
    }

    /// Prepares a delegation change for `owner` to sign, to be submitted by anyone before
    /// `deadline` (unix seconds). Reads the owner's current nonce.
    pub async fn prepare_delegation(
        &self,
        owner: Address,
        change: DelegationChange,
        deadline: u64,
    ) -> Result<UnsignedDelegation> {
        Ok(UnsignedDelegation {
            chain_id: self.chain_id,
            vault: self.address,
            owner,
            change,
            nonce: self.nonce(owner).await?,
            deadline,
        })
    }

    /// Submits a signed delegation change, paying its gas.
    pub async fn relay_delegation(&self, signed: &SignedDelegation) -> Result<TxReceipt> {
        self.signer_address()?;
        let d = &signed.delegation;
        self.check_signed(d.vault, d.chain_id, d.deadline).await?;
        let vault = self.contract();
        // A delegation change is the owner's alone: no signer is passed, the vault checks the
        // signature as the owner's.
        let (owner, nonce, deadline) = (d.owner, d.nonce, U256::from(d.deadline));
        let sig = &signed.signature;
        let pending = match d.change {
            DelegationChange::Grant { delegate, scope, expiry } => {
                self.send(|| {
                    let (scope, sig) = (scope.bits(), sig.clone());
                    vault.grantDelegateBySig(owner, delegate, scope, expiry, nonce, deadline, sig)
                })
                .await
            }
            DelegationChange::Revoke { delegate } => {
                self.send(|| {
                    vault.revokeDelegateBySig(owner, delegate, nonce, deadline, sig.clone())
                })
                .await
            }
        };
        Ok(tx_receipt(&pending?))
    }

    /// The delegation `owner` granted `delegate`, if any (possibly expired: see
    /// [`Delegation::is_active_at`] and [`chain_time`](Self::chain_time)).
    pub async fn delegation(
        &self,
        owner: Address,
        delegate: Address,
    ) -> Result<Option<Delegation>> {
        let d = self
            .contract()
            .delegation(owner, delegate)
            .call()
            .await
            .map_err(VaultError::from_contract)?;
        Ok((d.scope != 0)
            .then_some(Delegation { scope: Scope::from_bits(d.scope), expiry: d.expiry }))
    }

    /// The batches `owner`'s delegates wrote in `blocks`, as the vault's `DelegatedBatchApplied`
    /// events report them: who wrote which operations of the log. Operations no batch covers
    /// were written with the owner's own key (directly, or relayed with the owner's signature).
    /// The log's hash chain does not cover these events; an RPC could leave one out.
    ///
    /// # Errors
    ///
    /// RPC failures; [`VaultError::LogInconsistent`] for events that are not the vault's or not of
    /// this owner and range.
    pub async fn delegated_writes(
        &self,
        owner: Address,
        blocks: std::ops::RangeInclusive<u64>,
    ) -> Result<Vec<DelegatedWrite>> {
        delegated_writes(&self.provider, self.address, owner, *blocks.start(), *blocks.end()).await
    }

    /// The next nonce `account`'s signatures must carry.
    pub async fn nonce(&self, account: Address) -> Result<U256> {
        self.contract().nonces(account).call().await.map_err(VaultError::from_contract)
    }

    /// The latest block's timestamp: the clock deadlines and expiries are measured by.
    pub async fn chain_time(&self) -> Result<u64> {
        latest_block_time(&self.provider).await
    }

    /// The ciphertext of a code record: the code of `pointer` after SSTORE2's leading zero byte,
    /// checked against the `content_hash` the log committed to.
    pub async fn read_code(&self, pointer: Address, content_hash: B256) -> Result<Bytes> {
        let code = self
            .provider
            .get_code_at(pointer)
            .await
            .map_err(VaultError::rpc("eth_getCode for a code record"))?;
        let ciphertext = match code.split_first() {
            Some((0, rest)) => Bytes::copy_from_slice(rest),
            _ => return Err(VaultError::CodeRecordMismatch { pointer, expected: content_hash }),
        };
        if keccak256(&ciphertext) != content_hash {
            return Err(VaultError::CodeRecordMismatch { pointer, expected: content_hash });
        }
        Ok(ciphertext)
    }

    /// Sends the call `make` builds through the client's lane and waits until it is mined.
    async fn send<P: Provider, C: SolCall>(
        &self,
        make: impl Fn() -> alloy::contract::SolCallBuilder<P, C>,
    ) -> Result<TransactionReceipt> {
        self.lane.transact(&self.provider, self.signer, make, VaultError::from_contract).await
    }

    async fn check_signed(&self, vault: Address, chain_id: u64, deadline: u64) -> Result<()> {
        if vault != self.address || chain_id != self.chain_id {
            return Err(VaultError::ForeignSignature { vault, chain_id });
        }
        let now = self.chain_time().await?;
        if deadline < now {
            return Err(VaultError::SignatureExpired { deadline, now });
        }
        Ok(())
    }

    async fn confirm(&self, receipt: TransactionReceipt, owner: Address) -> Result<WriteReceipt> {
        // The owner's operations in this transaction, decoded as a log read would decode them.
        let logs: Vec<_> = receipt
            .inner
            .logs()
            .iter()
            .filter(|log| {
                log.address() == self.address
                    && log.topic0().is_some_and(|t| LOG_EVENTS.contains(t))
                    && log.topics().get(1) == Some(&owner.into_word())
            })
            .map(EventLog::from)
            .collect();
        let entries = decode_logs(&logs, self.address, owner)?;
        let seq = entries.iter().map(|entry| entry.seq).max().unwrap_or_default();
        Ok(WriteReceipt {
            tx_hash: receipt.transaction_hash,
            block: receipt.block_number.unwrap_or_default(),
            block_hash: receipt.block_hash.unwrap_or_default(),
            gas_used: receipt.gas_used,
            seq,
            entries,
        })
    }

    /// `owner`'s whole log, verified against the on-chain head.
    pub async fn fetch_log(&self, owner: Address) -> Result<VerifiedLog> {
        self.sync(owner, Checkpoint::default()).await
    }

    /// The operations of `owner`'s log after `from`, verified: they must continue `from`'s head
    /// and arrive at the on-chain head. A lying or lossy RPC yields [`VaultError::LogHeadMismatch`] or
    /// [`VaultError::LogInconsistent`], never a partial log.
    pub async fn sync(&self, owner: Address, from: Checkpoint) -> Result<VerifiedLog> {
        self.sync_using(owner, from, self.fetch).await
    }

    /// [`sync`](Self::sync) with another way of finding the events than the client's default
    /// (for example [`LogFetch::Ranges`] for a first sync of a long log written in many blocks).
    pub async fn sync_using(
        &self,
        owner: Address,
        from: Checkpoint,
        fetch: LogFetch,
    ) -> Result<VerifiedLog> {
        // Read the head and the events at one pinned block, so a write landing mid-sync cannot
        // make an honest RPC look like a liar.
        let pinned = self.latest_block().await?;
        let onchain = self.log_state_in(owner, &pinned).await?;
        if onchain.seq < from.seq && pinned.number < from.block {
            return Err(VaultError::RpcBehind {
                behind: from.block - pinned.number,
                rpc_block: pinned.number,
                needed_block: from.block,
                waited: std::time::Duration::ZERO,
            });
        }
        let mut ignore = |_: &[LogEntry], _| Ok(());
        self.fetch_verified_at(
            owner,
            from,
            onchain,
            fetch,
            FetchResume::Start,
            Vec::new(),
            &mut ignore,
        )
        .await
    }

    /// The operations of `owner`'s log after `from` up to `onchain` (the log state at a pinned
    /// block), verified. A fetch that resumes an interrupted one passes where it stopped and
    /// the entries it had (`prior`). `staged` hears of each block's (or window's) entries as
    /// they arrive, with where to resume after them, so a caller can keep progress.
    #[allow(clippy::too_many_arguments)]
    #[doc(hidden)]
    pub async fn fetch_verified_at(
        &self,
        owner: Address,
        from: Checkpoint,
        onchain: Checkpoint,
        fetch: LogFetch,
        resume: FetchResume,
        prior: Vec<LogEntry>,
        staged: &mut (dyn FnMut(&[LogEntry], FetchResume) -> Result<()> + Send),
    ) -> Result<VerifiedLog> {
        let mut entries = fetch_entries(
            &self.provider,
            self.address,
            owner,
            from,
            onchain,
            fetch,
            resume,
            staged,
        )
        .await?;
        entries.extend(prior);
        entries.sort_by_key(|e| e.seq);
        VerifiedLog::verify(owner, from, entries, onchain)
    }

    /// The latest live version of `owner`'s record `id`, from the verified log.
    pub async fn record(&self, owner: Address, id: B256) -> Result<Record> {
        self.fetch_log(owner).await?.record(id)
    }

    /// Every operation on `owner`'s record `id`, oldest first, from the verified log.
    pub async fn history(&self, owner: Address, id: B256) -> Result<Vec<LogEntry>> {
        Ok(self.fetch_log(owner).await?.history(id)?.into_iter().cloned().collect())
    }
}

/// Validates and packs a batch that must fit in one transaction.
fn checked_batch(ops: &[Operation]) -> Result<Bytes> {
    let packed = encode_batch(ops)?;
    let gas = batch_gas_upper(ops, &packed);
    if gas > TX_GAS_CAP {
        return Err(VaultError::BatchTooLarge { operations: ops.len(), gas, cap: TX_GAS_CAP });
    }
    Ok(packed)
}

/// The timestamp of the latest block `provider` serves: the clock the contracts judge deadlines,
/// expiries and statements by (`block.timestamp`), which may lag this machine's.
#[doc(hidden)]
pub async fn latest_block_time(provider: &DynProvider) -> Result<u64> {
    let block = provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(VaultError::rpc("eth_getBlockByNumber"))?
        .ok_or(VaultError::LogInconsistent {
            owner: Address::ZERO,
            reason: "the RPC has no latest block".into(),
        })?;
    Ok(block.header.timestamp)
}

#[cfg(test)]
mod tests {
    use alloy::consensus::{SignableTransaction, TxEip1559};
    use alloy::eips::eip2718::Encodable2718;
    use alloy::network::TxSignerSync;
    use alloy::primitives::{Address, B256, Bytes, TxKind, U256};
    use alloy::signers::local::PrivateKeySigner;
    use alloy::sol_types::SolCall;
    use memsync_bindings::memory_vault::MemoryVault::{applyBatchCall, applyBatchForCall};

    use super::*;
    use crate::SignedTx;

    fn signed(input: Vec<u8>) -> SignedTx {
        let signer = PrivateKeySigner::random();
        let mut tx = TxEip1559 {
            chain_id: 31337,
            nonce: 7,
            gas_limit: 100_000,
            max_fee_per_gas: 2,
            max_priority_fee_per_gas: 1,
            to: TxKind::Call(Address::repeat_byte(0x11)),
            value: U256::ZERO,
            input: input.into(),
            ..TxEip1559::default()
        };
        let signature = signer.sign_transaction_sync(&mut tx).expect("sign");
        let envelope = alloy::consensus::TxEnvelope::from(tx.into_signed(signature));
        SignedTx {
            hash: *envelope.tx_hash(),
            from: signer.address(),
            nonce: 7,
            raw: envelope.encoded_2718().into(),
        }
    }

    fn ops() -> Vec<Operation> {
        vec![
            Operation::Write {
                id: B256::repeat_byte(1),
                version: 3,
                payload: Payload::Inline(Bytes::from(vec![0xab; 40])),
            },
            Operation::Delete { id: B256::repeat_byte(2), version: 2 },
        ]
    }

    #[test]
    fn a_sent_batch_decodes_from_its_signed_transaction() {
        let packed = encode_batch(&ops()).expect("encode");
        let own = signed(applyBatchCall { ops: packed.clone(), expectedSeq: 41 }.abi_encode());
        assert_eq!(
            SentBatch::decode(&own),
            Some(SentBatch { owner: None, ops: ops(), check: SeqCheck::Exactly(41) })
        );
        let owner = Address::repeat_byte(0x22);
        let delegated = signed(
            applyBatchForCall { owner, ops: packed, expectedSeq: SeqCheck::Any.to_sol() }
                .abi_encode(),
        );
        assert_eq!(
            SentBatch::decode(&delegated),
            Some(SentBatch { owner: Some(owner), ops: ops(), check: SeqCheck::Any })
        );
    }

    #[test]
    fn other_transactions_are_not_sent_batches() {
        assert_eq!(SentBatch::decode(&signed(vec![1, 2, 3, 4, 5])), None);
        let mut tx = signed(Vec::new());
        tx.raw = Bytes::from_static(b"not a transaction");
        assert_eq!(SentBatch::decode(&tx), None);
    }
}
