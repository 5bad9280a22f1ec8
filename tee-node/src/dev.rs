//! A node on a local devnet, for development, demos and tests: served on a loopback port with
//! the INSECURE dev attester, funded, its measurement approved and registered through the
//! attestation checker by dev account 0 (the devnet's governance and only checker).

use std::net::SocketAddr;
use std::sync::Arc;

use alloy::primitives::{Address, U256};
use alloy::providers::Provider as _;
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use memsync::extract::Extractor;
use memsync::tee::attestation::{DevAttester, Verifier};
use memsync::tee::checker::AttestationChecker;
use memsync::tee::registry::MeasurementStatus;
use memsync::{Devnet, RpcConfig};
use tokio::task::JoinHandle;

use crate::{Node, NodeConfig};

/// What a dev node starts with for its vault transactions, in ether.
const NODE_FUNDS_ETH: u64 = 100;

/// A node serving on a devnet. It stops serving when dropped.
#[derive(Debug)]
pub struct DevNode {
    node: Node,
    endpoint: String,
    server: JoinHandle<()>,
}

impl DevNode {
    /// Starts a node with `attester` and `extractor` and a signing key generated at start (as in
    /// an enclave), funds it, and serves it on `listen` (port 0: any free port). It is not
    /// registered yet: see [`register`](Self::register).
    ///
    /// # Errors
    ///
    /// RPC errors, a port that cannot be bound.
    pub async fn serve(
        devnet: &Devnet,
        attester: DevAttester,
        extractor: Arc<dyn Extractor>,
        listen: SocketAddr,
    ) -> anyhow::Result<Self> {
        Self::serve_via(
            devnet,
            &devnet.rpc_url(),
            RpcConfig::default(),
            attester,
            extractor,
            listen,
        )
        .await
    }

    /// [`serve`](Self::serve), with the node reaching the chain through `rpc_url` (a proxy in
    /// front of the devnet's anvil: tests put an unreliable RPC between the node and the chain)
    /// with `rpc`'s timeouts and retries.
    ///
    /// # Errors
    ///
    /// RPC errors, a port that cannot be bound.
    pub async fn serve_via(
        devnet: &Devnet,
        rpc_url: &str,
        rpc: RpcConfig,
        attester: DevAttester,
        extractor: Arc<dyn Extractor>,
        listen: SocketAddr,
    ) -> anyhow::Result<Self> {
        let signer = PrivateKeySigner::random();
        fund(devnet, signer.address(), NODE_FUNDS_ETH).await?;
        let node = Node::start(NodeConfig {
            rpc_url: rpc_url.to_owned(),
            vault: devnet.vault_address(),
            registry: Some(devnet.tee_registry_address()),
            signer,
            hpke: None,
            attester: Arc::new(attester),
            extractor,
            rpc,
            settle_every: Some(crate::SETTLE_EVERY),
        })
        .await
        .context("starting the dev TEE node")?;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("binding the dev TEE node to {listen}"))?;
        let endpoint = format!("http://{}", listener.local_addr()?);
        let router = node.router();
        let server = tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, router).await {
                tracing::warn!(error = %err, "the dev TEE node stopped serving");
            }
        });
        Ok(Self { node, endpoint, server })
    }

    /// Approves the node's measurement (if it is not yet) as the devnet's governance, and has
    /// the attestation checker verify the node with `verifier` and register it.
    ///
    /// # Errors
    ///
    /// A revoked measurement, an attestation that does not verify, the registry's refusal.
    pub async fn register(&self, devnet: &Devnet, verifier: Verifier) -> anyhow::Result<()> {
        let governance = devnet.tee_registry(0).await?;
        let measurement = self.node.measurement();
        if governance.measurement_status(measurement).await? == MeasurementStatus::Unknown {
            governance.approve_measurement(measurement).await?;
        }
        AttestationChecker::new(verifier, devnet.signer(0), governance)
            .check_and_register(&self.endpoint)
            .await
            .context("registering the dev TEE node through the attestation checker")?;
        Ok(())
    }

    /// The node.
    pub fn node(&self) -> &Node {
        &self.node
    }

    /// Where it serves (`http://127.0.0.1:port`).
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }
}

impl Drop for DevNode {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Gives `account` `ether` on the devnet (anvil's `anvil_setBalance`).
///
/// # Errors
///
/// RPC errors.
pub async fn fund(devnet: &Devnet, account: Address, ether: u64) -> anyhow::Result<()> {
    let vault = devnet.vault(0).await?;
    let amount = U256::from(ether) * U256::from(10u64).pow(U256::from(18u64));
    let _: serde_json::Value = vault
        .provider()
        .raw_request("anvil_setBalance".into(), (account, amount))
        .await
        .context("funding an account on the devnet (anvil_setBalance)")?;
    Ok(())
}
