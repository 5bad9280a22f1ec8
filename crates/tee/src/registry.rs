//! The on-chain TeeRegistry from Rust: approved enclave measurements, registered nodes, their
//! heartbeats, and the attestation checker statements nodes register with.
//!
//! A measurement is `keccak256(pcr0 ‖ pcr1 ‖ pcr2)` over the raw 48-byte SHA-384 PCR values
//! ([`TeeRegistry::measurement_of`]). A node registers from its own signing address with evidence
//! the registry's verifier accepts; with the `AttesterStatementVerifier`, that is an EIP-712
//! `NodeAttestation` statement signed by an approved checker ([`sign_attestation_statement`]).
//! docs/TEE.md describes the lifecycle and the roles.

use alloy::contract::SolCallBuilder;
use alloy::network::EthereumWallet;
use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::{DynProvider, Provider};
use alloy::signers::Signer;
use alloy::sol;
use alloy::sol_types::{Eip712Domain, SolCall, SolInterface, SolStruct, SolValue, eip712_domain};
use memsync_bindings::attester_statement_verifier::AttesterStatementVerifier::{
    self, AttesterStatementVerifierErrors,
};
use memsync_bindings::tee_registry::TeeRegistry::{self as TeeRegistryContract, TeeRegistryErrors};

use memsync_vault::VaultError;

/// A `Result` whose error is the registry's [`RegistryError`].
pub type Result<T, E = RegistryError> = std::result::Result<T, E>;
use memsync_vault::rpc::RpcConfig;
use memsync_vault::{TxLane, TxReceipt, connect_provider, tx_receipt};

/// The length of one PCR value (SHA-384).
pub const PCR_LENGTH: usize = 48;

/// The longest endpoint a node may register, in bytes (`TeeRegistry.MAX_ENDPOINT_LENGTH`).
pub const MAX_ENDPOINT_LENGTH: usize = 256;

/// The statement verifier's EIP-712 domain name.
pub const STATEMENT_DOMAIN_NAME: &str = "MemSync AttesterStatementVerifier";

/// The statement verifier's EIP-712 domain version.
pub const STATEMENT_DOMAIN_VERSION: &str = "1";

/// How many registered addresses one `activeNodes` call examines while walking the list.
const PAGE: u64 = 100;

sol! {
    /// The statement an attestation checker signs after verifying a node's attestation document
    /// (`AttesterStatementVerifier.NODE_ATTESTATION_TYPEHASH`).
    struct NodeAttestation {
        address node;
        bytes32 hpkePublicKey;
        bytes32 measurement;
        uint64 attestedAt;
        uint64 deadline;
    }
}

/// Where a measurement stands. Revocation is permanent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasurementStatus {
    /// Never approved.
    Unknown,
    /// Nodes running it may register and act.
    Approved,
    /// No node running it is active, ever again.
    Revoked,
}

/// Where a registered node stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeStatus {
    /// Registered: active while its measurement is approved and its heartbeat fresh.
    Registered,
    /// Left on its own; it may register again.
    Deregistered,
    /// Removed by the registry's operator; the address can never register again.
    Removed,
}

/// A node as the registry holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeInfo {
    /// The X25519 public key clients seal requests to (`.0` is the raw 32 bytes).
    pub hpke_public_key: B256,
    /// Where the node takes requests.
    pub endpoint: String,
    /// The enclave measurement it attested to.
    pub measurement: B256,
    /// The timestamp of its latest registration.
    pub registered_at: u64,
    /// The timestamp of its latest heartbeat (a registration counts as one).
    pub last_heartbeat: u64,
    /// Its status.
    pub status: NodeStatus,
}

/// What the registry or its verifier refused, decoded from the revert data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// The RPC, a transaction, or signing failed ([`VaultError`]: the same errors as the
    /// vault's; `memsync::Error` carries them as `Error::Vault`).
    #[error(transparent)]
    Vault(#[from] VaultError),

    /// The registry reverted with one of its custom errors (or an access-control one).
    #[error("the TEE registry refused the operation: {}", describe_registry(.0))]
    Revert(TeeRegistryErrors),

    /// The attestation verifier refused the node's evidence.
    #[error("the attestation verifier refused the evidence: {}", describe_verifier(.0))]
    Verifier(AttesterStatementVerifierErrors),

    /// A registry or verifier call reverted with data that is none of their errors.
    #[error(
        "the TEE registry call reverted with unrecognised data 0x{data}; is the address a \
         TeeRegistry (or an AttesterStatementVerifier)?"
    )]
    UnknownRevert {
        /// The raw revert data, hex-encoded.
        data: String,
    },

    /// There is no contract at the configured address.
    #[error(
        "no contract code at {address} on chain {chain_id}; check the TEE registry address and \
         the RPC URL"
    )]
    NoContract {
        /// The configured address.
        address: Address,
        /// The chain the RPC serves.
        chain_id: u64,
    },

    /// Deploying a contract failed.
    #[error("could not deploy {contract}: {source}")]
    Deploy {
        /// Which contract.
        contract: &'static str,
        /// Why (boxed: it is large, and the SDK's error stays small).
        #[source]
        source: Box<alloy::contract::Error>,
    },

    /// The registry answered with a status this SDK does not know.
    #[error("the registry answered status {value}, which this SDK does not know; update it")]
    UnknownStatus {
        /// The raw value.
        value: u8,
    },
}

impl RegistryError {
    /// The decoded registry error, if the registry itself refused.
    pub fn as_registry_revert(&self) -> Option<&TeeRegistryErrors> {
        match self {
            Self::Revert(e) => Some(e),
            _ => None,
        }
    }

    /// The decoded verifier error, if the verifier refused the evidence.
    pub fn as_verifier_revert(&self) -> Option<&AttesterStatementVerifierErrors> {
        match self {
            Self::Verifier(e) => Some(e),
            _ => None,
        }
    }
}

/// What a devnet or test deployment of a registry looks like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryDeployment {
    /// The registry's default admin, also given `MEASUREMENT_ROLE` and `OPERATOR_ROLE`, and the
    /// verifier's owner.
    pub admin: Address,
    /// The delay of a default admin transfer, in seconds.
    pub admin_delay: u64,
    /// The attestation checkers approved from the start.
    pub checkers: Vec<Address>,
    /// How old a node's last heartbeat may be for it to count as active, in seconds.
    pub max_heartbeat_age: u64,
}

/// A connection to one TeeRegistry (and, for checker management, its statement verifier).
///
/// ```no_run
/// # async fn run() -> Result<(), memsync_tee::registry::RegistryError> {
/// use memsync_tee::registry::TeeRegistry;
///
/// let registry = TeeRegistry::builder("http://127.0.0.1:8545")
///     .connect("0x5FbDB2315678afecb367f032d93F642f64180aa3".parse().unwrap())
///     .await?;
/// for (node, info) in registry.active_nodes().await? {
///     println!("{node} at {} on {}", info.endpoint, info.measurement);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct TeeRegistry {
    provider: DynProvider,
    address: Address,
    /// The signer's address, when known (for [`VaultError::InsufficientFunds`]).
    signer: Option<Address>,
    lane: TxLane,
}

/// Builds a [`TeeRegistry`]: the RPC URL and an optional signer; then
/// [`connect`](Self::connect) to a deployed registry or [`deploy`](Self::deploy) a new one.
#[must_use = "a builder does nothing until `connect` or `deploy`"]
#[derive(Debug)]
pub struct TeeRegistryBuilder {
    rpc_url: String,
    wallet: Option<EthereumWallet>,
    rpc: RpcConfig,
}

impl TeeRegistryBuilder {
    /// Signs transactions with `signer`: the node's key for registration and heartbeats, a role
    /// holder's for governance.
    pub fn signer(mut self, signer: impl Into<EthereumWallet>) -> Self {
        self.wallet = Some(signer.into());
        self
    }

    /// Sets the timeouts and retries of every JSON-RPC call (default: [`RpcConfig::default`]).
    pub fn rpc(mut self, rpc: RpcConfig) -> Self {
        self.rpc = rpc;
        self
    }

    /// Connects to the registry at `address`, checking that it holds contract code.
    pub async fn connect(self, address: Address) -> Result<TeeRegistry> {
        let connected = connect_provider(&self.rpc_url, self.wallet.clone(), &self.rpc).await?;
        let (provider, chain_id, signer) =
            (connected.provider, connected.chain_id, connected.signer);
        let code = provider
            .get_code_at(address)
            .await
            .map_err(memsync_vault::VaultError::rpc("eth_getCode for the TEE registry address"))?;
        if code.is_empty() {
            return Err(RegistryError::NoContract { address, chain_id });
        }
        Ok(TeeRegistry { provider, address, signer, lane: TxLane::new(self.wallet, chain_id) })
    }

    /// Deploys an `AttesterStatementVerifier` and a TeeRegistry using it (for devnets and tests)
    /// with the signer, and connects to the registry.
    pub async fn deploy(self, deployment: &RegistryDeployment) -> Result<TeeRegistry> {
        let connected = connect_provider(&self.rpc_url, self.wallet.clone(), &self.rpc).await?;
        let (provider, chain_id, signer) =
            (connected.provider, connected.chain_id, connected.signer);
        if signer.is_none() {
            return Err(VaultError::NoSigner.into());
        }
        let registry = TeeRegistry::deploy_with(provider, deployment).await?;
        Ok(TeeRegistry { signer, lane: TxLane::new(self.wallet, chain_id), ..registry })
    }
}

impl TeeRegistry {
    /// Starts building a client for the RPC endpoint at `rpc_url`.
    pub fn builder(rpc_url: impl Into<String>) -> TeeRegistryBuilder {
        TeeRegistryBuilder { rpc_url: rpc_url.into(), wallet: None, rpc: RpcConfig::default() }
    }

    /// A client over an existing provider (for example [`Vault::provider`](crate::Vault::provider)),
    /// which signs if the provider has a wallet.
    pub fn new(provider: DynProvider, address: Address) -> Self {
        Self { provider, address, signer: None, lane: TxLane::default() }
    }

    /// Deploys an `AttesterStatementVerifier` and a TeeRegistry using it through `provider`.
    pub async fn deploy_with(
        provider: DynProvider,
        deployment: &RegistryDeployment,
    ) -> Result<Self> {
        let verifier = AttesterStatementVerifier::deploy(
            &provider,
            deployment.admin,
            deployment.checkers.clone(),
        )
        .await
        .map_err(|source| RegistryError::Deploy {
            contract: "AttesterStatementVerifier",
            source: Box::new(source),
        })?;
        let registry = TeeRegistryContract::deploy(
            &provider,
            deployment.admin,
            alloy::primitives::aliases::U48::saturating_from(deployment.admin_delay),
            *verifier.address(),
            deployment.max_heartbeat_age,
        )
        .await
        .map_err(|source| RegistryError::Deploy {
            contract: "TeeRegistry",
            source: Box::new(source),
        })?;
        let address = *registry.address();
        Ok(Self::new(provider, address))
    }

    /// `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`: the measurement of an enclave image from its raw
    /// 48-byte PCR0, PCR1 and PCR2.
    pub fn measurement_of(
        pcr0: &[u8; PCR_LENGTH],
        pcr1: &[u8; PCR_LENGTH],
        pcr2: &[u8; PCR_LENGTH],
    ) -> B256 {
        let mut concatenated = [0u8; 3 * PCR_LENGTH];
        concatenated[..PCR_LENGTH].copy_from_slice(pcr0);
        concatenated[PCR_LENGTH..2 * PCR_LENGTH].copy_from_slice(pcr1);
        concatenated[2 * PCR_LENGTH..].copy_from_slice(pcr2);
        keccak256(concatenated)
    }

    /// The registry's address.
    pub fn address(&self) -> Address {
        self.address
    }

    /// The underlying provider.
    pub fn provider(&self) -> &DynProvider {
        &self.provider
    }

    fn contract(&self) -> TeeRegistryContract::TeeRegistryInstance<&DynProvider> {
        TeeRegistryContract::new(self.address, &self.provider)
    }

    /// The registry's attestation verifier.
    pub async fn verifier_address(&self) -> Result<Address> {
        self.contract().verifier().call().await.map_err(from_contract)
    }

    // ------------------------------------------------------------------ governance

    /// Approves an enclave measurement (the signer needs `MEASUREMENT_ROLE`).
    pub async fn approve_measurement(&self, measurement: B256) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.approveMeasurement(measurement)).await
    }

    /// Revokes a measurement for good: every node on it stops being active in the block this is
    /// mined in (the signer needs `MEASUREMENT_ROLE`).
    pub async fn revoke_measurement(&self, measurement: B256) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.revokeMeasurement(measurement)).await
    }

    /// Sets how old a node's last heartbeat may be, in seconds (the signer needs `OPERATOR_ROLE`).
    pub async fn set_max_heartbeat_age(&self, seconds: u64) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.setMaxHeartbeatAge(seconds)).await
    }

    /// Bans `node` for good, whatever its status: registered, deregistered or never registered
    /// (the signer needs `OPERATOR_ROLE`).
    pub async fn remove_node(&self, node: Address) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.removeNode(node)).await
    }

    /// Approves an attestation checker in the registry's `AttesterStatementVerifier` (the signer
    /// must own the verifier).
    pub async fn add_checker(&self, checker: Address) -> Result<TxReceipt> {
        let verifier =
            AttesterStatementVerifier::new(self.verifier_address().await?, &self.provider);
        self.transact(|| verifier.addChecker(checker)).await
    }

    /// Stops accepting a checker's statements (the signer must own the verifier).
    pub async fn remove_checker(&self, checker: Address) -> Result<TxReceipt> {
        let verifier =
            AttesterStatementVerifier::new(self.verifier_address().await?, &self.provider);
        self.transact(|| verifier.removeChecker(checker)).await
    }

    /// Whether `account` is an approved checker of the registry's verifier.
    pub async fn is_checker(&self, account: Address) -> Result<bool> {
        let verifier =
            AttesterStatementVerifier::new(self.verifier_address().await?, &self.provider);
        verifier.isChecker(account).call().await.map_err(from_contract)
    }

    // ------------------------------------------------------------------ nodes

    /// Registers the signer as a node (or re-registers it, rotating its key, endpoint or
    /// measurement), with `evidence` for the registry's verifier (for the statement verifier:
    /// [`sign_attestation_statement`]).
    pub async fn register_node(
        &self,
        hpke_public_key: [u8; 32],
        endpoint: &str,
        measurement: B256,
        evidence: Bytes,
    ) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| {
            contract.registerNode(
                hpke_public_key.into(),
                endpoint.to_owned(),
                measurement,
                evidence.clone(),
            )
        })
        .await
    }

    /// Proves the signer's node is alive.
    pub async fn heartbeat(&self) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.heartbeat()).await
    }

    /// Takes the signer's node out of the registry.
    pub async fn deregister(&self) -> Result<TxReceipt> {
        let contract = self.contract();
        self.transact(|| contract.deregister()).await
    }

    // ------------------------------------------------------------------ views

    /// A measurement's status.
    pub async fn measurement_status(&self, measurement: B256) -> Result<MeasurementStatus> {
        let raw =
            self.contract().measurementStatus(measurement).call().await.map_err(from_contract)?;
        match raw {
            0 => Ok(MeasurementStatus::Unknown),
            1 => Ok(MeasurementStatus::Approved),
            2 => Ok(MeasurementStatus::Revoked),
            value => Err(RegistryError::UnknownStatus { value }),
        }
    }

    /// Whether `node` is active now: registered, its measurement approved, its heartbeat fresh.
    pub async fn is_active(&self, node: Address) -> Result<bool> {
        self.contract().isActiveNode(node).call().await.map_err(from_contract)
    }

    /// `node`'s record, or `None` if it never registered.
    pub async fn node(&self, node: Address) -> Result<Option<NodeInfo>> {
        let raw = self.contract().node(node).call().await.map_err(from_contract)?;
        let status = match raw.status {
            0 => return Ok(None),
            1 => NodeStatus::Registered,
            2 => NodeStatus::Deregistered,
            3 => NodeStatus::Removed,
            value => return Err(RegistryError::UnknownStatus { value }),
        };
        Ok(Some(NodeInfo {
            hpke_public_key: raw.hpkePublicKey,
            endpoint: raw.endpoint,
            measurement: raw.measurement,
            registered_at: raw.registeredAt,
            last_heartbeat: raw.lastHeartbeat,
            status,
        }))
    }

    /// How many addresses ever registered.
    pub async fn node_count(&self) -> Result<u64> {
        let count = self.contract().nodeCount().call().await.map_err(from_contract)?;
        Ok(count.saturating_to())
    }

    /// How old a node's last heartbeat may be for it to count as active, in seconds.
    pub async fn max_heartbeat_age(&self) -> Result<u64> {
        self.contract().maxHeartbeatAge().call().await.map_err(from_contract)
    }

    /// Every active node with its record, in order of first registration. Walks the registry's
    /// pages at one pinned block, so the list is one consistent snapshot. A pinned block that
    /// the replica answering a read does not have (one behind the replica that gave the pin, or
    /// a reorg since) is pinned anew, for up to [`REPIN_PATIENCE`].
    pub async fn active_nodes(&self) -> Result<Vec<(Address, NodeInfo)>> {
        let started = std::time::Instant::now();
        let mut wait = std::time::Duration::from_millis(100);
        loop {
            match self.active_nodes_once().await {
                Err(err)
                    if matches!(&err, RegistryError::Vault(err) if memsync_vault::rpc::pinned_block_gone(err))
                        && started.elapsed() < REPIN_PATIENCE =>
                {
                    tracing::debug!(error = %err, "the pinned block is not served; pinning anew");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(std::time::Duration::from_secs(1));
                }
                other => return other,
            }
        }
    }

    async fn active_nodes_once(&self) -> Result<Vec<(Address, NodeInfo)>> {
        let block = self
            .provider
            .get_block_number()
            .await
            .map_err(memsync_vault::VaultError::rpc("eth_blockNumber"))?;
        let contract = self.contract();
        let mut cursor = U256::ZERO;
        let mut addresses = Vec::new();
        loop {
            let page = contract
                .activeNodes(cursor, U256::from(PAGE))
                .block(block.into())
                .call()
                .await
                .map_err(from_contract)?;
            addresses.extend(page.nodes);
            if page.nextCursor.is_zero() {
                break;
            }
            cursor = page.nextCursor;
        }
        let mut nodes = Vec::with_capacity(addresses.len());
        for address in addresses {
            let raw = contract.node(address).block(block.into()).call().await;
            let raw = raw.map_err(from_contract)?;
            nodes.push((
                address,
                NodeInfo {
                    hpke_public_key: raw.hpkePublicKey,
                    endpoint: raw.endpoint,
                    measurement: raw.measurement,
                    registered_at: raw.registeredAt,
                    last_heartbeat: raw.lastHeartbeat,
                    status: NodeStatus::Registered,
                },
            ));
        }
        Ok(nodes)
    }

    /// Sends the call `make` builds through the client's lane and waits for it.
    async fn transact<P: Provider, C: SolCall>(
        &self,
        make: impl Fn() -> SolCallBuilder<P, C>,
    ) -> Result<TxReceipt> {
        let receipt = self.lane.transact(&self.provider, self.signer, make, from_contract).await?;
        Ok(tx_receipt(&receipt))
    }
}

/// The EIP-712 domain of the `AttesterStatementVerifier` at `verifier` on chain `chain_id`.
pub fn statement_domain(chain_id: u64, verifier: Address) -> Eip712Domain {
    eip712_domain! {
        name: STATEMENT_DOMAIN_NAME,
        version: STATEMENT_DOMAIN_VERSION,
        chain_id: chain_id,
        verifying_contract: verifier,
    }
}

/// Signs, as an attestation checker, the statement that `node` runs in an enclave with
/// `measurement` and holds `hpke_public_key`, valid from `attested_at` to `deadline` (unix
/// seconds), and returns it as registration evidence for the `AttesterStatementVerifier` at
/// `verifier_address`: `abi.encode(uint64 attestedAt, uint64 deadline, bytes signature)`.
///
/// Only sign after verifying the node's attestation document: the statement is all the
/// registry will check.
#[allow(clippy::too_many_arguments)]
pub async fn sign_attestation_statement<S: Signer + Send + Sync + ?Sized>(
    signer: &S,
    verifier_address: Address,
    chain_id: u64,
    node: Address,
    hpke_public_key: [u8; 32],
    measurement: B256,
    attested_at: u64,
    deadline: u64,
) -> Result<Bytes> {
    let statement = NodeAttestation {
        node,
        hpkePublicKey: hpke_public_key.into(),
        measurement,
        attestedAt: attested_at,
        deadline,
    };
    let digest = statement.eip712_signing_hash(&statement_domain(chain_id, verifier_address));
    let signature = signer.sign_hash(&digest).await.map_err(VaultError::Signing)?;
    let signature = Bytes::from(signature.as_bytes().to_vec());
    Ok((attested_at, deadline, signature).abi_encode_params().into())
}

/// How long [`TeeRegistry::active_nodes`] pins anew a block that the replica answering does not
/// serve (load-balanced replicas a few blocks apart, or a reorg).
pub const REPIN_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// Converts an error from a registry or verifier call, decoding reverts of either contract.
fn from_contract(err: alloy::contract::Error) -> RegistryError {
    match err.as_revert_data() {
        Some(data) => {
            if let Ok(decoded) = TeeRegistryErrors::abi_decode(&data) {
                RegistryError::Revert(decoded)
            } else if let Ok(decoded) = AttesterStatementVerifierErrors::abi_decode(&data) {
                RegistryError::Verifier(decoded)
            } else {
                RegistryError::UnknownRevert { data: alloy::hex::encode(&data) }
            }
        }
        None => match err {
            alloy::contract::Error::TransportError(source) => {
                memsync_vault::VaultError::from_transport("TEE registry call", source).into()
            }
            other => VaultError::Contract(Box::new(other)).into(),
        },
    }
}

fn describe_registry(err: &TeeRegistryErrors) -> String {
    use TeeRegistryErrors as E;
    match err {
        E::TeeRegistryMeasurementNotApproved(e) => format!(
            "TeeRegistryMeasurementNotApproved(measurement {}, status {}): the measurement was \
             never approved or was revoked",
            e.measurement, e.status
        ),
        E::TeeRegistryMeasurementNotNew(e) => format!(
            "TeeRegistryMeasurementNotNew(measurement {}, status {}): a measurement is approved \
             once, and a revoked one never again",
            e.measurement, e.status
        ),
        E::TeeRegistryZeroMeasurement(_) => {
            "TeeRegistryZeroMeasurement: measurement 0 is reserved".into()
        }
        E::TeeRegistryZeroHpkeKey(_) => {
            "TeeRegistryZeroHpkeKey: the HPKE public key is zero".into()
        }
        E::TeeRegistryInvalidEndpoint(e) => format!(
            "TeeRegistryInvalidEndpoint(length {}): an endpoint is 1 to {MAX_ENDPOINT_LENGTH} bytes",
            e.length
        ),
        E::TeeRegistryAttestationRejected(e) => format!(
            "TeeRegistryAttestationRejected(node {}, measurement {}): the verifier did not accept \
             the evidence",
            e.node, e.measurement
        ),
        E::TeeRegistryNodeNotRegistered(e) => format!(
            "TeeRegistryNodeNotRegistered(node {}, status {}): the node is not registered \
             (never, deregistered, or removed)",
            e.node, e.status
        ),
        E::TeeRegistryNodeBanned(e) => format!(
            "TeeRegistryNodeBanned(node {}): the operator removed this node; it can never \
             register again, use a new node key",
            e.node
        ),
        E::TeeRegistryHpkeKeyRetired(e) => format!(
            "TeeRegistryHpkeKeyRetired(node {}, key {}): the node replaced this HPKE key before \
             and can never go back to it; register with a new key",
            e.node, e.hpkePublicKey
        ),
        E::TeeRegistryInvalidVerifier(e) => {
            format!("TeeRegistryInvalidVerifier({}): the verifier must be a contract", e.verifier)
        }
        E::TeeRegistryZeroMaxHeartbeatAge(_) => {
            "TeeRegistryZeroMaxHeartbeatAge: the maximum heartbeat age is at least 1 second".into()
        }
        E::AccessControlUnauthorizedAccount(e) => format!(
            "AccessControlUnauthorizedAccount(account {}, role {}): the signer lacks the role \
             (MEASUREMENT_ROLE approves and revokes measurements and sets the verifier, \
             OPERATOR_ROLE sets the heartbeat age and bans nodes)",
            e.account, e.neededRole
        ),
        other => format!("{other:?}"),
    }
}

fn describe_verifier(err: &AttesterStatementVerifierErrors) -> String {
    use AttesterStatementVerifierErrors as E;
    match err {
        E::AttesterUnknownSigner(e) => format!(
            "AttesterUnknownSigner({}): the statement is not signed by an approved checker over \
             these exact fields (node, HPKE key, measurement, times), this chain and this verifier",
            e.signer
        ),
        E::AttesterStatementExpired(e) => format!(
            "AttesterStatementExpired(deadline {}): get a fresh statement from the checker",
            e.deadline
        ),
        E::AttesterStatementFromFuture(e) => format!(
            "AttesterStatementFromFuture(attestedAt {}): the statement is dated after the current \
             block",
            e.attestedAt
        ),
        E::AttesterMalformedEvidence(_) => "AttesterMalformedEvidence: the evidence is not \
                                            abi.encode(uint64, uint64, bytes signature) with a \
                                            65-byte signature"
            .into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::local::PrivateKeySigner;
    use alloy::sol_types::SolType;

    use super::*;

    #[test]
    fn measurement_is_keccak_of_the_144_concatenated_bytes() {
        let (pcr0, pcr1, pcr2) = ([1u8; 48], [2u8; 48], [3u8; 48]);
        let mut all = Vec::new();
        all.extend_from_slice(&pcr0);
        all.extend_from_slice(&pcr1);
        all.extend_from_slice(&pcr2);
        assert_eq!(all.len(), 144);
        assert_eq!(TeeRegistry::measurement_of(&pcr0, &pcr1, &pcr2), keccak256(&all));
        // Order matters.
        assert_ne!(
            TeeRegistry::measurement_of(&pcr1, &pcr0, &pcr2),
            TeeRegistry::measurement_of(&pcr0, &pcr1, &pcr2)
        );
    }

    #[test]
    fn the_statement_type_matches_the_contract() {
        assert_eq!(
            NodeAttestation::eip712_root_type(),
            "NodeAttestation(address node,bytes32 hpkePublicKey,bytes32 measurement,uint64 \
             attestedAt,uint64 deadline)"
        );
        let statement = NodeAttestation {
            node: Address::ZERO,
            hpkePublicKey: B256::ZERO,
            measurement: B256::ZERO,
            attestedAt: 0,
            deadline: 0,
        };
        assert_eq!(
            statement.eip712_type_hash(),
            keccak256(
                "NodeAttestation(address node,bytes32 hpkePublicKey,bytes32 measurement,uint64 \
                 attestedAt,uint64 deadline)"
            )
        );
    }

    #[tokio::test]
    async fn evidence_decodes_to_the_times_and_a_signature_of_the_checker() {
        let checker = PrivateKeySigner::random();
        let verifier = Address::repeat_byte(0x11);
        let node = Address::repeat_byte(0x22);
        let measurement = B256::repeat_byte(0x33);
        let evidence = sign_attestation_statement(
            &checker,
            verifier,
            31_337,
            node,
            [0x44; 32],
            measurement,
            100,
            200,
        )
        .await
        .expect("sign");
        assert_eq!(evidence.len(), 7 * 32, "the canonical encoding the contract requires");
        type Evidence = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bytes,
        );
        let (attested_at, deadline, signature) =
            <Evidence as SolType>::abi_decode_params(&evidence).expect("decode");
        assert_eq!((attested_at, deadline), (100, 200));
        let signature = alloy::signers::Signature::try_from(signature.as_ref()).expect("65 bytes");
        let statement = NodeAttestation {
            node,
            hpkePublicKey: B256::repeat_byte(0x44),
            measurement,
            attestedAt: 100,
            deadline: 200,
        };
        let digest = statement.eip712_signing_hash(&statement_domain(31_337, verifier));
        assert_eq!(
            signature.recover_address_from_prehash(&digest).expect("recover"),
            checker.address()
        );
        // Another chain gives another digest.
        let other = statement.eip712_signing_hash(&statement_domain(1, verifier));
        assert_ne!(signature.recover_address_from_prehash(&other).ok(), Some(checker.address()));
    }
}
