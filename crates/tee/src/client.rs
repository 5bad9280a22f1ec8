//! The client side of a confidential update: find an active node in the registry, verify its
//! attestation yourself, seal the conversation to it, check its signed answer, and see the new
//! memories on the chain.

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes};
use jiff::Timestamp;
use rand_core::{OsRng, TryRngCore};

use super::attestation::{VerifiedAttestation, Verifier};
use super::http::NodeHttp;
use super::protocol::{
    self, MAX_REQUEST_LIFETIME, RequestKeys, SealedRequest, SealedResponse, UpdateRequest,
};
use super::registry::{NodeInfo, RegistryError, TeeRegistry};
pub use crate::error::{Result, TeeError};
use memsync_crypto::keys::DelegatedEpochKeys;
use memsync_types::{AppScope, Applied, Memory, MemoryId, Message, ScopeError, Source};
use memsync_vault::{Checkpoint, Scope, TxReceipt, Vault, VaultError};

/// The owner's memory a confidential update is made for, as the TEE client needs it: the SDK's
/// `MemoryClient` implements it. The client grants the node its delegation through it, hands
/// the node the owner's delegated keys, and afterwards syncs it until it shows what the node
/// reported writing.
pub trait OwnerMemory: Sync {
    /// The memory client's error: every failure of the update reaches the caller as one.
    type Error: From<TeeError> + From<RegistryError> + From<VaultError> + From<ScopeError> + Send;

    /// The vault the memories are in.
    fn vault(&self) -> &Vault;

    /// The owner.
    fn owner(&self) -> Address;

    /// The keys a delegate seals and opens the owner's records with (no root secret).
    fn delegated_keys(&self) -> std::result::Result<DelegatedEpochKeys, Self::Error>;

    /// Publishes the key-check values of epochs not on chain yet (a node refuses keys that are
    /// not the owner's published ones).
    fn publish_pending_keys(
        &self,
    ) -> impl Future<Output = std::result::Result<(), Self::Error>> + Send;

    /// How far the memory has verified the owner's log.
    fn checkpoint(&self) -> impl Future<Output = Checkpoint> + Send;

    /// Grants `delegate` `scope` until `expiry` (unix seconds), as the owner.
    fn grant_delegate(
        &self,
        delegate: Address,
        scope: Scope,
        expiry: u64,
    ) -> impl Future<Output = std::result::Result<TxReceipt, Self::Error>> + Send;

    /// Syncs until the log reaches `seq` and holds each memory of `written` at its version (or
    /// moved past it), within the memory's patience; the checkpoint it reached.
    fn sync_until_holds(
        &self,
        seq: u64,
        written: &[(MemoryId, u64)],
    ) -> impl Future<Output = std::result::Result<Checkpoint, Self::Error>> + Send;

    /// The live memory `id`, if there is one.
    fn memory(&self, id: MemoryId) -> impl Future<Output = Option<Memory>> + Send;
}

/// A node whose attestation this client verified.
#[derive(Clone, Debug)]
pub struct VerifiedNode {
    /// Its address (attested signing key).
    pub address: Address,
    /// Where it serves.
    pub endpoint: String,
    /// Its attested, registered HPKE key.
    pub hpke_public_key: [u8; 32],
    /// Its enclave measurement (approved in the registry and, if the client pins, pinned).
    pub measurement: B256,
    /// What the attestation document said.
    pub attestation: VerifiedAttestation,
}

/// What a confidential update did.
#[derive(Clone, Debug)]
pub struct TeeUpdate {
    /// The node that did it.
    pub node: Address,
    /// What each candidate memory did.
    pub applied: Vec<Applied>,
    /// The request, as the node's signature names it.
    pub request_hash: B256,
    /// When the node signed.
    pub timestamp: u64,
    /// The node's signature over (request hash, output hash, timestamp).
    pub signature: Bytes,
}

/// Finds, verifies and uses TEE nodes.
#[derive(Clone, Debug)]
pub struct TeeClient {
    registry: TeeRegistry,
    verifier: Verifier,
    http: NodeHttp,
    delegation_ttl: Duration,
    request_ttl: Duration,
}

impl TeeClient {
    /// A client that finds nodes in `registry` and verifies them with `verifier` (pinned to the
    /// AWS Nitro root in production, to a devnet's test CA in development).
    pub fn new(registry: TeeRegistry, verifier: Verifier) -> Self {
        Self {
            registry,
            verifier,
            http: NodeHttp::new(Duration::from_secs(120)),
            delegation_ttl: Duration::from_secs(3600),
            request_ttl: Duration::from_secs(120),
        }
    }

    /// How long a delegation this client grants a node lasts (default one hour).
    pub fn delegation_ttl(mut self, ttl: Duration) -> Self {
        self.delegation_ttl = ttl;
        self
    }

    /// How long a sealed request stays valid (default two minutes, at most
    /// [`MAX_REQUEST_LIFETIME`] seconds).
    pub fn request_ttl(mut self, ttl: Duration) -> Self {
        self.request_ttl = ttl.min(Duration::from_secs(MAX_REQUEST_LIFETIME));
        self
    }

    /// The HTTP timeout of calls to nodes (default two minutes; a model can be slow).
    pub fn http_timeout(mut self, timeout: Duration) -> Self {
        self.http = NodeHttp::new(timeout);
        self
    }

    /// The registry.
    pub fn registry(&self) -> &TeeRegistry {
        &self.registry
    }

    /// The active nodes the registry lists.
    ///
    /// # Errors
    ///
    /// RPC errors.
    pub async fn nodes(&self) -> Result<Vec<(Address, NodeInfo)>> {
        Ok(self.registry.active_nodes().await?)
    }

    /// Verifies `node` at time `at`: registered and active; its attestation document (fetched
    /// with a fresh random nonce) signed through the pinned root, fresh, with a measurement the
    /// registry approves and the client pins, binding the node's address, its registered HPKE
    /// key and the nonce.
    ///
    /// # Errors
    ///
    /// [`TeeError`] inside `memsync::Error::Tee` for every refusal; RPC errors.
    pub async fn verify_at(&self, node: Address, at: Timestamp) -> Result<VerifiedNode> {
        let info = self.registry.node(node).await?.ok_or(TeeError::NotRegistered { node })?;
        if !self.registry.is_active(node).await? {
            return Err(TeeError::Inactive { node });
        }
        let hpke_public_key: [u8; 32] = info.hpke_public_key.0;
        let attestation = self
            .http
            .verified_attestation(
                &info.endpoint,
                (node, hpke_public_key),
                &self.registry,
                &self.verifier,
                at,
            )
            .await?;
        if attestation.measurement != info.measurement {
            return Err(TeeError::RegistrationMismatch {
                what: "measurement",
                attested: attestation.measurement.to_string(),
                registered: info.measurement.to_string(),
            });
        }
        Ok(VerifiedNode {
            address: node,
            endpoint: info.endpoint,
            hpke_public_key,
            measurement: attestation.measurement,
            attestation,
        })
    }

    /// [`verify_at`](Self::verify_at) now.
    ///
    /// # Errors
    ///
    /// See [`verify_at`](Self::verify_at).
    pub async fn verify(&self, node: Address) -> Result<VerifiedNode> {
        self.verify_at(node, Timestamp::now()).await
    }

    /// The first active node that verifies.
    ///
    /// # Errors
    ///
    /// [`TeeError::NoActiveNode`] if the registry lists none; the last node's refusal if none
    /// verifies.
    pub async fn pick(&self) -> Result<VerifiedNode> {
        let mut last = None;
        for (node, _) in self.nodes().await? {
            match self.verify(node).await {
                Ok(verified) => return Ok(verified),
                Err(e) => {
                    tracing::warn!(%node, error = %e, "TEE node does not verify; trying the next");
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(|| TeeError::NoActiveNode))
    }

    /// Turns `messages` into memories through `node`, signing the request as the owner with
    /// `owner_signer` (the key of `memories`' owner): grants it a delegation (write, delete,
    /// TEE-node; for [`delegation_ttl`](Self::delegation_ttl)) if it holds none, seals the
    /// conversation and the owner's current epoch keys to it, checks its signed answer, then
    /// syncs `memories` and checks the node's report against the chain.
    ///
    /// # Errors
    ///
    /// [`TeeError`] inside `memsync::Error::Tee`; the memory client's errors.
    pub async fn add_messages<M, S>(
        &self,
        memories: &M,
        owner_signer: &S,
        node: &VerifiedNode,
        messages: &[Message],
        source: Option<Source>,
    ) -> Result<TeeUpdate, M::Error>
    where
        M: OwnerMemory,
        S: alloy::signers::Signer + Send + Sync + ?Sized,
    {
        self.add_messages_scoped(memories, owner_signer, node, messages, source, None).await
    }

    /// [`add_messages`](Self::add_messages) for an app with `scope`: the scope travels in the
    /// signed request, and the node reconciles the conversation only with the memories the app
    /// may see and writes nothing outside it (such facts come back as
    /// [`AppliedAction::OutOfScope`](memsync_types::AppliedAction::OutOfScope)).
    #[allow(clippy::too_many_arguments)]
    pub async fn add_messages_scoped<M, S>(
        &self,
        memories: &M,
        owner_signer: &S,
        node: &VerifiedNode,
        messages: &[Message],
        source: Option<Source>,
        scope: Option<&AppScope>,
    ) -> Result<TeeUpdate, M::Error>
    where
        M: OwnerMemory,
        S: alloy::signers::Signer + Send + Sync + ?Sized,
    {
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        let vault = memories.vault();
        let owner = memories.owner();
        memories.publish_pending_keys().await?;
        let needed = Scope::READ_WRITE | Scope::TEE_NODE;
        let chain_now = vault.chain_time().await?;
        let held = vault.delegation(owner, node.address).await?;
        // The node reads through its own RPC, which may be behind this client's: it waits for
        // the block of the newest write the request needs (keys, grant, the log as synced).
        let mut min_block = memories.checkpoint().await.block;
        if !held.is_some_and(|d| {
            d.scope.contains(needed) && d.is_active_at(chain_now + self.request_ttl.as_secs())
        }) {
            let granted = memories
                .grant_delegate(node.address, needed, chain_now + self.delegation_ttl.as_secs())
                .await?;
            min_block = min_block.max(granted.block);
        }

        let mut request_id = B256::ZERO;
        OsRng.try_fill_bytes(request_id.as_mut_slice()).map_err(|e| TeeError::Unreachable {
            endpoint: node.endpoint.clone(),
            reason: format!("no randomness for the request id: {e}"),
        })?;
        let now = Timestamp::now().as_second().max(0).cast_unsigned();
        let mut request = UpdateRequest {
            request_id,
            issued_at: now,
            expires_at: now + self.request_ttl.as_secs(),
            chain_id: vault.chain_id(),
            vault: vault.address(),
            owner,
            node: node.address,
            keys: RequestKeys::from_delegated(&memories.delegated_keys()?),
            messages: messages.to_vec(),
            source,
            delegation: None,
            app_scope: scope.cloned(),
            min_block,
            authorization: Bytes::new(),
        };
        request.authorize(owner_signer).await.map_err(TeeError::from)?;
        let (sealed, pending) =
            protocol::seal_request(&node.hpke_public_key, &request).map_err(TeeError::from)?;
        drop(request);
        let response = self.post_update(&node.endpoint, &sealed).await?;
        let verified = pending.open(&response).map_err(TeeError::from)?;
        let output = verified.output;
        if output.owner != owner {
            return Err(TeeError::ReportMismatch(format!(
                "it names owner {}, not {owner}",
                output.owner
            ))
            .into());
        }
        // The node's writes may not be on this client's RPC yet (a replica behind the node's),
        // or a reorg may have dropped them and the node sends them again: wait (bounded) until
        // the log reaches what the node reported and holds each memory it added or changed at
        // the version it wrote (an updated memory is there before, at its earlier version). A
        // memory the same conversation deleted again is not waited for.
        let mut last: Vec<(MemoryId, &Applied)> = Vec::new();
        for applied in &output.applied {
            let Some(id) = applied.id else { continue };
            last.retain(|(seen, _)| *seen != id);
            last.push((id, applied));
        }
        let written: Vec<(MemoryId, u64)> = last
            .into_iter()
            .filter(|(_, a)| {
                matches!(
                    a.action,
                    memsync_types::AppliedAction::Added | memsync_types::AppliedAction::Updated
                )
            })
            // A node that does not report versions: the memory's presence.
            .map(|(id, a)| (id, a.version.unwrap_or(0)))
            .collect();
        let checkpoint = memories.sync_until_holds(output.log_seq, &written).await?;
        let mut missing = None;
        for &(id, version) in &written {
            if memories.memory(id).await.is_none_or(|m| m.version < version) {
                missing = Some(id);
                break;
            }
        }
        // What it wrote is there: the node did what it says (a reorg may have moved its writes
        // to other positions of the log). Otherwise the log must have moved past its report
        // (another writer may have deleted a memory since).
        if missing.is_some()
            && (checkpoint.seq < output.log_seq
                || (checkpoint.seq == output.log_seq && checkpoint.head != output.log_head))
        {
            return Err(TeeError::ReportMismatch(format!(
                "it reports the log at seq {} head {}, the chain has seq {} head {}",
                output.log_seq, output.log_head, checkpoint.seq, checkpoint.head
            ))
            .into());
        }
        if let Some(id) = missing
            && checkpoint.seq == output.log_seq
        {
            return Err(TeeError::ReportMismatch(format!(
                "memory {id} is not in the log at the version it reports"
            ))
            .into());
        }
        Ok(TeeUpdate {
            node: node.address,
            applied: output.applied,
            request_hash: verified.request_hash,
            timestamp: verified.timestamp,
            signature: verified.signature,
        })
    }

    async fn post_update(&self, endpoint: &str, sealed: &SealedRequest) -> Result<SealedResponse> {
        let bytes = self.http.post(endpoint, "/v1/updates", sealed).await?;
        super::http::parse(endpoint, &bytes)
    }
}
