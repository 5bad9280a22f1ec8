//! The node: its keys, its routes, and what it does with one sealed request.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use alloy::primitives::{Address, B256, Bytes};
use alloy::signers::local::PrivateKeySigner;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use memsync::cache::LogCache;
use memsync::extract::Extractor;
use memsync::keys::Keyring;
use memsync::memory::{CacheLocation, MemoryClient};
use memsync::tee::attestation::{AttestationError, Attester};
use memsync::tee::protocol::{
    self, HpkeKeyPair, MAX_REQUEST_LIFETIME, MAX_SEALED_BYTES, ProtocolError, SealedRequest,
    SealedResponse, UpdateOutput, UpdateRequest,
};
use memsync::tee::registry::TeeRegistry;
use memsync::{RpcConfig, Scope, Vault};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use crate::logs::{OwnerLog, OwnerLogs};
use crate::replay::ReplayGuard;

/// How far in the future a request's `issued_at` may be (clock skew between client and node).
const MAX_SKEW: u64 = 60;
/// The longest nonce `GET /v1/attestation` accepts, in bytes (the NSM takes up to 512).
const MAX_NONCE: usize = 64;

/// What a node is started with.
pub struct NodeConfig {
    /// The chain's JSON-RPC endpoint.
    pub rpc_url: String,
    /// The MemoryVault the node writes to.
    pub vault: Address,
    /// The TeeRegistry the node registers in and heartbeats to (none: the node serves but
    /// cannot register; vault delegations with the TEE-node scope then do not hold).
    pub registry: Option<Address>,
    /// The node's secp256k1 signing key. Inside an enclave it is generated at start
    /// ([`PrivateKeySigner::random`]) and never leaves; it needs funds for the vault writes.
    pub signer: PrivateKeySigner,
    /// The node's HPKE key pair (default: a fresh one).
    pub hpke: Option<HpkeKeyPair>,
    /// What produces attestation documents (the NSM, or the insecure dev attester).
    pub attester: Arc<dyn Attester>,
    /// What turns conversations into candidate memories.
    pub extractor: Arc<dyn Extractor>,
    /// Timeouts and retries of the node's JSON-RPC calls (default: [`RpcConfig::default`]).
    pub rpc: RpcConfig,
    /// How often the node looks at an owner's writes that are not final yet once the owner's
    /// request has returned, to send again any that a reorg dropped (`None`: only at the owner's
    /// next request). Default [`SETTLE_EVERY`].
    pub settle_every: Option<Duration>,
}

/// How long a node waits for its RPC to reach the block a request depends on.
const REACH_PATIENCE: Duration = Duration::from_secs(10);

/// How often a node looks at an idle owner's writes that are not final yet, by default (a look
/// that finds nothing to do doubles the wait, up to 32 times this; a request of the owner starts
/// it over).
pub const SETTLE_EVERY: Duration = Duration::from_secs(2);
/// How long a node keeps looking at one owner's writes that are not final yet (a reorg deeper
/// than that is settled at the owner's next request).
pub const SETTLE_FOR: Duration = Duration::from_secs(600);

impl std::fmt::Debug for NodeConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeConfig")
            .field("rpc_url", &self.rpc_url)
            .field("vault", &self.vault)
            .field("registry", &self.registry)
            .field("signer", &self.signer.address())
            .field("extractor", &self.extractor)
            .field("rpc", &self.rpc)
            .field("settle_every", &self.settle_every)
            .finish_non_exhaustive()
    }
}

/// A running node's state, shared by its routes.
#[derive(Clone)]
pub struct Node {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Node").field("address", &self.address()).finish_non_exhaustive()
    }
}

struct Inner {
    signer: PrivateKeySigner,
    hpke: HpkeKeyPair,
    attester: Arc<dyn Attester>,
    measurement: B256,
    vault: Vault,
    registry: Option<TeeRegistry>,
    extractor: Arc<dyn Extractor>,
    replay: Mutex<ReplayGuard>,
    /// Each owner's verified ciphertext and key-check values, kept between requests.
    logs: OwnerLogs,
    settle_every: Option<Duration>,
}

/// Why the node refused or failed a request. The message names the check, never content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NodeError {
    /// The sealed request does not open or is malformed.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    /// The request is for another node, chain or vault.
    #[error("the request is for {what} {found}, but this node serves {expected}")]
    WrongRecipient {
        /// What differs.
        what: &'static str,
        /// The request's value.
        found: String,
        /// The node's.
        expected: String,
    },
    /// The request's validity window is over, not yet open, or too long.
    #[error("the request is not valid now: {0}")]
    NotValidNow(String),
    /// The request was served before.
    #[error("the request was already served; requests are single-use")]
    Replayed,
    /// The request is not signed by the owner it names.
    #[error("the request is not signed by the owner it names")]
    NotAuthorized,
    /// The vault holds no active delegation from the owner to this node.
    #[error(
        "the owner has no active delegation to this node with write, delete and TEE-node scope"
    )]
    NotDelegated,
    /// The owner's keys do not match the owner's published key-check value.
    #[error("the keys in the request do not match the owner's published key-check value")]
    WrongKeys,
    /// The owner has not published the key-check value of the epoch in the request (the owner
    /// publishes it with its first write; a delegate cannot).
    #[error("the owner has not published the key-check value of this key epoch yet")]
    KeysNotPublished,
    /// The extractor's model back-end failed.
    #[error("the model back-end failed: {0}")]
    Model(String),
    /// The chain refused or failed a read or a write.
    #[error("the chain: {0}")]
    Chain(String),
    /// The attester failed.
    #[error("attestation failed: {0}")]
    Attestation(#[from] AttestationError),
    /// A bad query parameter.
    #[error("bad request: {0}")]
    BadRequest(String),
}

impl NodeError {
    fn status(&self) -> StatusCode {
        match self {
            Self::Protocol(ProtocolError::TooLarge { .. }) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Protocol(_) | Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::WrongRecipient { .. } => StatusCode::MISDIRECTED_REQUEST,
            Self::NotValidNow(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Replayed => StatusCode::CONFLICT,
            Self::NotAuthorized | Self::NotDelegated | Self::WrongKeys | Self::KeysNotPublished => {
                StatusCode::FORBIDDEN
            }
            Self::Model(_) | Self::Chain(_) => StatusCode::BAD_GATEWAY,
            Self::Attestation(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Self::Protocol(_) => "bad_seal",
            Self::WrongRecipient { .. } => "wrong_recipient",
            Self::NotValidNow(_) => "not_valid_now",
            Self::Replayed => "replayed",
            Self::NotAuthorized => "not_authorized",
            Self::NotDelegated => "not_delegated",
            Self::WrongKeys => "wrong_keys",
            Self::KeysNotPublished => "keys_not_published",
            Self::Model(_) => "model_failed",
            Self::Chain(_) => "chain_failed",
            Self::Attestation(_) => "attestation_failed",
            Self::BadRequest(_) => "bad_request",
        }
    }

    /// The error from a memory-layer failure, sorted into what the client can act on.
    fn from_memory(err: memsync::Error) -> Self {
        match err {
            memsync::Error::Keys(_) => Self::WrongKeys,
            memsync::Error::KeyCheckNotPublished { .. } => Self::KeysNotPublished,
            memsync::Error::Extract(e) => Self::Model(e.to_string()),
            memsync::Error::Scope(e) => Self::BadRequest(format!("the app scope: {e}")),
            memsync::Error::Vault(memsync::VaultError::Revert(_))
            | memsync::Error::Vault(memsync::VaultError::TransactionReverted { .. }) => {
                // A revert here is the vault refusing the delegate (revoked, expired, or the
                // node no longer active in the registry).
                Self::Chain(format!("the vault refused the write ({err})"))
            }
            other => Self::Chain(other.to_string()),
        }
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable code (`replayed`, `not_delegated`, …).
    pub error: String,
    /// What failed, for humans. Never content.
    pub message: String,
}

impl IntoResponse for NodeError {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: self.code().into(), message: self.to_string() };
        (self.status(), Json(body)).into_response()
    }
}

/// `GET /v1/attestation`'s answer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AttestationResponse {
    /// The COSE_Sign1 attestation document.
    pub document: Bytes,
    /// The node's address (its `public_key` in the document).
    pub node: Address,
    /// The node's HPKE key (the document's `user_data`).
    pub hpke_public_key: B256,
}

/// `GET /health`'s answer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HealthResponse {
    /// Always `"ok"` when the node answers.
    pub status: String,
    /// The node's address.
    pub node: Address,
    /// The node's HPKE key.
    pub hpke_public_key: B256,
    /// The enclave measurement its documents carry.
    pub measurement: B256,
    /// The vault it writes to.
    pub vault: Address,
    /// The chain.
    pub chain_id: u64,
}

/// `POST /v1/registration`: evidence from an attestation checker, which the node submits to
/// the registry itself (registration must come from the node's own address).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RegistrationRequest {
    /// The endpoint clients reach the node at, as registered.
    pub endpoint: String,
    /// The registry verifier's evidence (for the statement verifier: the checker's signed
    /// statement).
    pub evidence: Bytes,
}

#[derive(Debug, Deserialize)]
struct NonceQuery {
    nonce: String,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Node {
    /// Connects to the chain and prepares the node's keys.
    ///
    /// # Errors
    ///
    /// RPC errors, a vault that is not there, an attester that fails.
    pub async fn start(config: NodeConfig) -> anyhow::Result<Self> {
        let vault = Vault::builder(config.rpc_url.clone())
            .signer(config.signer.clone())
            .rpc(config.rpc)
            .connect(config.vault)
            .await?;
        let registry = match config.registry {
            Some(address) => Some(
                TeeRegistry::builder(config.rpc_url.clone())
                    .signer(config.signer.clone())
                    .rpc(config.rpc)
                    .connect(address)
                    .await?,
            ),
            None => None,
        };
        let measurement = config.attester.pcrs()?.measurement();
        let hpke = config.hpke.unwrap_or_else(HpkeKeyPair::generate);
        Ok(Self {
            inner: Arc::new(Inner {
                signer: config.signer,
                hpke,
                attester: config.attester,
                measurement,
                vault,
                registry,
                extractor: config.extractor,
                replay: Mutex::new(ReplayGuard::default()),
                logs: OwnerLogs::default(),
                settle_every: config.settle_every,
            }),
        })
    }

    /// The node's address (its signing key).
    pub fn address(&self) -> Address {
        self.inner.signer.address()
    }

    /// The node's JSON-RPC calls to the chain so far (for its vault reads and writes), and the
    /// retries among them.
    pub fn rpc_stats(&self) -> &memsync::rpc::RpcStats {
        self.inner.vault.rpc_stats()
    }

    /// The node's HPKE public key.
    pub fn hpke_public_key(&self) -> [u8; 32] {
        self.inner.hpke.public_key()
    }

    /// The enclave measurement (`keccak256(pcr0 ‖ pcr1 ‖ pcr2)`) of its documents.
    pub fn measurement(&self) -> B256 {
        self.inner.measurement
    }

    /// The node's routes: `GET /v1/attestation`, `POST /v1/updates`, `POST /v1/registration`,
    /// `GET /health`.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/v1/attestation", get(attestation_route))
            .route("/v1/updates", post(update_route))
            .route("/v1/registration", post(registration_route))
            .route("/health", get(health_route))
            // Hex doubles the sealed bytes; JSON adds a little.
            .layer(DefaultBodyLimit::max(2 * MAX_SEALED_BYTES + 4096))
            .with_state(self.clone())
    }

    /// An attestation document binding the node's keys and `nonce`.
    ///
    /// # Errors
    ///
    /// [`NodeError::BadRequest`] for an empty or oversize nonce; the attester's errors.
    pub fn attestation(&self, nonce: &[u8]) -> Result<AttestationResponse, NodeError> {
        if nonce.is_empty() || nonce.len() > MAX_NONCE {
            return Err(NodeError::BadRequest(format!(
                "the nonce must be 1 to {MAX_NONCE} bytes, not {}",
                nonce.len()
            )));
        }
        let public_key = self.inner.signer.credential().verifying_key().to_encoded_point(false);
        let document = self.inner.attester.attest(
            Some(nonce),
            public_key.as_bytes(),
            &self.hpke_public_key(),
        )?;
        Ok(AttestationResponse {
            document: document.into(),
            node: self.address(),
            hpke_public_key: B256::from(self.hpke_public_key()),
        })
    }

    /// Registers the node in the registry with `evidence`, at `endpoint`.
    ///
    /// # Errors
    ///
    /// No registry configured; the registry's refusal.
    pub async fn register(&self, endpoint: &str, evidence: Bytes) -> Result<(), NodeError> {
        let registry = self.registry()?;
        registry
            .register_node(self.hpke_public_key(), endpoint, self.measurement(), evidence)
            .await
            .map_err(|e| NodeError::Chain(e.to_string()))?;
        Ok(())
    }

    /// Sends a heartbeat to the registry.
    ///
    /// # Errors
    ///
    /// No registry configured; the registry's refusal.
    pub async fn heartbeat(&self) -> Result<(), NodeError> {
        self.registry()?.heartbeat().await.map_err(|e| NodeError::Chain(e.to_string()))?;
        Ok(())
    }

    /// Sends a heartbeat every `every` in the background (the first after one period), logging
    /// failures; abort the handle to stop.
    pub fn spawn_heartbeats(&self, every: std::time::Duration) -> tokio::task::JoinHandle<()> {
        let node = self.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            ticks.tick().await;
            loop {
                ticks.tick().await;
                if let Err(e) = node.heartbeat().await {
                    tracing::warn!(error = %e, "heartbeat failed");
                }
            }
        })
    }

    fn registry(&self) -> Result<&TeeRegistry, NodeError> {
        self.inner
            .registry
            .as_ref()
            .ok_or_else(|| NodeError::Chain("the node was started without a registry".into()))
    }

    /// Serves one sealed update request: see the [crate docs](crate).
    ///
    /// # Errors
    ///
    /// Every refusal as a [`NodeError`]; nothing is written when the request is refused before
    /// the write.
    pub async fn update(&self, sealed: &SealedRequest) -> Result<SealedResponse, NodeError> {
        let inner = &self.inner;
        let (chain_id, node) = (inner.vault.chain_id(), self.address());
        let (request, sealer) = protocol::open_request(&inner.hpke, chain_id, node, sealed)?;
        self.check(&request)?;
        let now = now();
        // Single use: the request id and the sealed message's hash, until the request expires.
        let first = inner.replay.lock().await.first_use(
            &[request.request_id, sealer.request_hash()],
            request.expires_at,
            now,
        );
        if !first {
            return Err(NodeError::Replayed);
        }
        let output = self.apply(&request).await?;
        drop(request);
        Ok(sealer.seal(&inner.signer, &output, crate::service::now()).await?)
    }

    /// The request is for this node, chain and vault, and valid now.
    fn check(&self, request: &UpdateRequest) -> Result<(), NodeError> {
        let inner = &self.inner;
        let wrong = |what, found: String, expected: String| {
            Err(NodeError::WrongRecipient { what, found, expected })
        };
        if request.node != self.address() {
            return wrong("node", request.node.to_string(), self.address().to_string());
        }
        if request.chain_id != inner.vault.chain_id() {
            return wrong(
                "chain",
                request.chain_id.to_string(),
                inner.vault.chain_id().to_string(),
            );
        }
        if request.vault != inner.vault.address() {
            return wrong("vault", request.vault.to_string(), inner.vault.address().to_string());
        }
        // Only the owner may have the node write into the owner's log: a delegation says the
        // node may act for the owner, not that anyone may make it.
        if request.authorized_by().ok() != Some(request.owner) {
            return Err(NodeError::NotAuthorized);
        }
        let now = now();
        if request.expires_at <= now {
            return Err(NodeError::NotValidNow(format!(
                "it expired at {}, it is now {now}",
                request.expires_at
            )));
        }
        if request.issued_at > now + MAX_SKEW {
            return Err(NodeError::NotValidNow(format!(
                "it was issued at {}, in the future (now {now})",
                request.issued_at
            )));
        }
        if request.expires_at.saturating_sub(request.issued_at) > MAX_REQUEST_LIFETIME {
            return Err(NodeError::NotValidNow(format!(
                "it is valid for {} s, over the limit of {MAX_REQUEST_LIFETIME} s",
                request.expires_at.saturating_sub(request.issued_at)
            )));
        }
        Ok(())
    }

    /// Keys, read, delegation, extract, reconcile, write. The owner's verified ciphertext is
    /// kept from one request to the next ([`OwnerLogs`]), so only what is new is fetched.
    async fn apply(&self, request: &UpdateRequest) -> Result<UpdateOutput, NodeError> {
        let inner = &self.inner;
        if let Some(app) = &request.app_scope {
            app.validate().map_err(|e| NodeError::BadRequest(format!("the app scope: {e}")))?;
        }
        let scope = request.scope();
        let keyring = Keyring::from_delegated(scope, &[request.keys.to_delegated(scope)])
            .map_err(|_| NodeError::WrongKeys)?;
        let key_checks: Vec<(u64, B256)> = keyring
            .epochs()
            .filter_map(|epoch| keyring.get(epoch).map(|keys| (epoch.get(), keys.key_check().0)))
            .collect();
        let slot = inner.logs.slot(request.owner);
        let mut kept = slot.lock().await;
        // An owner's requests in a row: the tip the last one pinned is usually past the block
        // this one depends on, and nothing needs to be asked.
        if kept.tip.is_none_or(|tip| tip < request.min_block) {
            self.reach(request.min_block).await?;
        }
        let mut builder = MemoryClient::builder(inner.vault.clone(), keyring)
            .delegate_of(request.owner)
            .extractor(inner.extractor.clone())
            .known_key_checks(kept.key_checks.clone());
        builder = match kept.cache.take() {
            Some(cache) => builder.with_cache(cache),
            None => builder.cache(CacheLocation::Memory),
        };
        let client = builder.open().await.map_err(NodeError::from_memory)?;
        // The keys match the published key-check values (open checked them): keep those.
        kept.key_checks = key_checks;
        let output = self.update_with(&client, request).await;
        kept.tip = client.last_tip().await.map(|tip| tip.number);
        // Only public ciphertext is kept; the client (keys, plaintext) ends here.
        kept.cache = client.into_cache();
        kept.last_request = Some(Instant::now());
        // Writes that are not final yet are watched after the answer has gone: one that a reorg
        // drops is sent again without waiting for the owner's next request.
        if let Some(every) = inner.settle_every
            && !kept.settling
            && kept.cache.as_ref().is_some_and(|cache| cache.outbox().is_ok_and(|o| !o.is_empty()))
        {
            kept.settling = true;
            self.spawn_settler(request.owner, slot.clone(), every);
        }
        output
    }

    /// Watches `owner`'s pending writes in the background, every `every` while the owner makes
    /// no request (a request settles them too), until they are final or [`SETTLE_FOR`] has
    /// passed. Only the owner's public ciphertext is used: the node keeps no keys.
    fn spawn_settler(&self, owner: Address, slot: Arc<Mutex<OwnerLog>>, every: Duration) {
        let vault = self.inner.vault.clone();
        tokio::spawn(async move {
            let started = Instant::now();
            // Each look that finds nothing to do doubles the wait (up to 32 periods): a write
            // that is in the log stays watched, at less cost, until final.
            let mut wait = every;
            let mut seen_request = None;
            loop {
                tokio::time::sleep(wait).await;
                let mut kept = slot.lock().await;
                // A request since the last look wrote anew (and settled what was pending): its
                // writes are watched closely again, since a reorg drops a write in its first
                // blocks.
                if kept.last_request.is_some_and(|at| at.elapsed() < every) {
                    wait = every;
                    continue;
                }
                if kept.last_request != seen_request {
                    seen_request = kept.last_request;
                    wait = every;
                }
                let pending = match kept.cache.as_ref().map(LogCache::outbox) {
                    Some(Ok(outbox)) => outbox.len(),
                    Some(Err(err)) => {
                        tracing::warn!(error = %err, "could not read the pending writes");
                        0
                    }
                    None => 0,
                };
                if pending == 0 || started.elapsed() >= SETTLE_FOR {
                    if pending > 0 {
                        tracing::info!(pending, "stopped watching writes that are not final yet");
                    }
                    kept.settling = false;
                    return;
                }
                let Some(cache) = kept.cache.take() else { continue };
                let (cache, settled) =
                    MemoryClient::settle_pending(vault.clone(), owner, cache).await;
                kept.cache = cache;
                // Counts only: no owner, no content.
                match settled {
                    Ok(report) if !report.resent.is_empty() || !report.lost_writes.is_empty() => {
                        wait = every;
                        tracing::warn!(
                            resent = report.resent.len(),
                            lost = report.lost_writes.len(),
                            rolled_back = report.rolled_back.is_some(),
                            "settled writes that a reorg dropped"
                        );
                    }
                    Ok(report) if report.rolled_back.is_some() => wait = every,
                    Ok(_) => wait = (wait * 2).min(every * 32),
                    Err(err) => {
                        wait = every;
                        tracing::warn!(error = %err, "settling pending writes failed");
                    }
                }
            }
        });
    }

    /// Waits (bounded by [`REACH_PATIENCE`]) until the node's RPC serves block `min_block`:
    /// the client's writes that the request depends on (its grant, its key-check value) may be
    /// on a replica ahead of the node's. Past the bound the request goes on, and a grant or key
    /// the node cannot see yet is refused as such.
    async fn reach(&self, min_block: u64) -> Result<(), NodeError> {
        if min_block == 0 {
            return Ok(());
        }
        let vault = &self.inner.vault;
        let started = Instant::now();
        let mut wait = Duration::from_millis(25);
        loop {
            let tip = vault.latest_block().await.map_err(|e| NodeError::Chain(e.to_string()))?;
            if tip.number >= min_block || started.elapsed() >= REACH_PATIENCE {
                return Ok(());
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_millis(500));
        }
    }

    /// Delegation, then extract, reconcile and write through `client`.
    async fn update_with(
        &self,
        client: &MemoryClient,
        request: &UpdateRequest,
    ) -> Result<UpdateOutput, NodeError> {
        let inner = &self.inner;
        let needed = Scope::READ_WRITE | Scope::TEE_NODE;
        let node = self.address();
        let chain_now = match client.last_tip().await {
            Some(tip) => tip.timestamp,
            None => inner.vault.chain_time().await.map_err(|e| NodeError::Chain(e.to_string()))?,
        };
        // A grant the client made just before (`min_block`) may not be on the replica that
        // answers this read yet: asked again, bounded, before the request is refused.
        let started = Instant::now();
        let active = loop {
            let held = inner
                .vault
                .delegation(request.owner, node)
                .await
                .map_err(|e| NodeError::Chain(e.to_string()))?;
            let active =
                held.is_some_and(|d| d.scope.contains(needed) && d.is_active_at(chain_now));
            if active || request.min_block == 0 || started.elapsed() >= REACH_PATIENCE {
                break active;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        if !active {
            let Some(signed) = &request.delegation else { return Err(NodeError::NotDelegated) };
            let grants_this_node = matches!(
                signed.delegation.change,
                memsync::DelegationChange::Grant { delegate, scope, .. }
                    if delegate == node && scope.contains(needed)
            );
            if signed.delegation.owner != request.owner || !grants_this_node {
                return Err(NodeError::NotDelegated);
            }
            inner
                .vault
                .relay_delegation(signed)
                .await
                .map_err(|e| NodeError::Chain(format!("relaying the owner's grant: {e}")))?;
        }
        // Keys that open none of the owner's records are not the owner's (the key-check value
        // in the request is the published one and proves nothing by itself).
        let opened = client.open_report().await;
        if client.is_empty().await && !opened.unreadable.is_empty() {
            return Err(NodeError::WrongKeys);
        }
        let applied = client
            .scoped(request.app_scope.as_ref())
            .add_messages(&request.messages, request.source.clone())
            .await
            .map_err(NodeError::from_memory)?;
        let checkpoint = client.checkpoint().await;
        Ok(UpdateOutput {
            owner: request.owner,
            applied,
            log_seq: checkpoint.seq,
            log_head: checkpoint.head,
        })
    }
}

async fn attestation_route(
    State(node): State<Node>,
    Query(query): Query<NonceQuery>,
) -> Result<Json<AttestationResponse>, NodeError> {
    let nonce = alloy::hex::decode(query.nonce.trim_start_matches("0x"))
        .map_err(|_| NodeError::BadRequest("the nonce must be hex".into()))?;
    Ok(Json(node.attestation(&nonce)?))
}

async fn update_route(
    State(node): State<Node>,
    Json(sealed): Json<SealedRequest>,
) -> Result<Json<SealedResponse>, NodeError> {
    let started = Instant::now();
    let result = node.update(&sealed).await;
    // Timings and outcomes only: no owner, no request id, no content.
    match &result {
        Ok(_) => tracing::info!(ms = started.elapsed().as_millis() as u64, "update served"),
        Err(e) => tracing::info!(
            ms = started.elapsed().as_millis() as u64,
            error = e.code(),
            "update refused"
        ),
    }
    Ok(Json(result?))
}

async fn registration_route(
    State(node): State<Node>,
    Json(registration): Json<RegistrationRequest>,
) -> Result<StatusCode, NodeError> {
    node.register(&registration.endpoint, registration.evidence).await?;
    tracing::info!("registered in the TeeRegistry");
    Ok(StatusCode::NO_CONTENT)
}

async fn health_route(State(node): State<Node>) -> Json<HealthResponse> {
    Json(HealthResponse {
        status: "ok".into(),
        node: node.address(),
        hpke_public_key: B256::from(node.hpke_public_key()),
        measurement: node.measurement(),
        vault: node.inner.vault.address(),
        chain_id: node.inner.vault.chain_id(),
    })
}
