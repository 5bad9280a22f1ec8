//! An in-process TEE node for `memsync devnet` and `memsync demo`, with the INSECURE dev
//! attester: served on a loopback port, funded, its measurement approved and registered through
//! the attestation checker by dev account 0 (the devnet's governance and only checker), as the
//! integration tests' `tests/support/tee.rs` does.

use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider as _;
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use memsync::Devnet;
use memsync::extract::ExtractorConfig;
use memsync::tee::attestation::{DevAttester, Pcrs, Verifier};
use memsync::tee::checker::AttestationChecker;
use memsync::tee::registry::MeasurementStatus;
use memsync_tee_node::{Node, NodeConfig};
use tokio::task::JoinHandle;

/// The image label the dev node's made-up PCRs come from (so its measurement is the same on
/// every devnet; its CA is not).
const DEV_IMAGE: &str = "memsync-tee-node-devnet";
/// What the node starts with for its vault transactions.
const NODE_FUNDS_ETH: u64 = 100;

/// The line every command that runs a dev node prints, so nobody mistakes it for a real enclave.
pub(crate) const INSECURE_NOTICE: &str = "INSECURE dev attester: its documents are signed by a \
     local test CA and attest to nothing; for demos and local development only";

/// A node serving on the devnet, registered in its TeeRegistry. Stops when dropped.
pub(crate) struct DevNode {
    node: Node,
    endpoint: String,
    root: B256,
    module_id: String,
    tasks: Vec<JoinHandle<()>>,
}

impl DevNode {
    /// Starts a node with a dev attester from a freshly generated CA seed and the built-in
    /// extractor, on `127.0.0.1:port` (0: any free port), and has it registered.
    pub(crate) async fn start(devnet: &Devnet, port: u16) -> anyhow::Result<Self> {
        let attester = DevAttester::generate(Pcrs::dev_image(DEV_IMAGE))?;
        let root = attester.root_fingerprint();
        let verifier = attester.verifier();
        let module_id = attester.module_id().to_owned();

        // As in an enclave: a key generated at start that never leaves the process.
        let signer = PrivateKeySigner::random();
        fund(devnet, signer.address()).await?;
        let node = Node::start(NodeConfig {
            rpc_url: devnet.rpc_url(),
            vault: devnet.vault_address(),
            registry: Some(devnet.tee_registry_address()),
            signer,
            hpke: None,
            attester: Arc::new(attester),
            extractor: ExtractorConfig::default().build()?,
        })
        .await
        .context("starting the dev TEE node")?;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .with_context(|| format!("binding the dev TEE node to 127.0.0.1:{port}"))?;
        let endpoint = format!("http://{}", listener.local_addr()?);
        let router = node.router();
        let server = tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, router).await {
                eprintln!("the dev TEE node stopped serving: {err}");
            }
        });
        let running = Self { node, endpoint, root, module_id, tasks: vec![server] };

        let governance = devnet.tee_registry(0).await?;
        let measurement = running.node.measurement();
        if governance.measurement_status(measurement).await? != MeasurementStatus::Approved {
            governance.approve_measurement(measurement).await?;
        }
        AttestationChecker::new(verifier, devnet.signer(0), governance)
            .check_and_register(&running.endpoint)
            .await
            .context("registering the dev TEE node through the attestation checker")?;
        Ok(running)
    }

    /// Sends a heartbeat to the registry every `every`, so that a devnet left running stays
    /// usable past the registry's maximum heartbeat age.
    pub(crate) fn keep_alive(&mut self, every: Duration) {
        let node = self.node.clone();
        self.tasks.push(tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            ticks.tick().await;
            loop {
                ticks.tick().await;
                if let Err(err) = node.heartbeat().await {
                    eprintln!("the dev TEE node's heartbeat failed: {err}");
                }
            }
        }));
    }

    /// The node's address (its attested signing key).
    pub(crate) fn address(&self) -> Address {
        self.node.address()
    }

    /// Where it serves.
    pub(crate) fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Its enclave measurement (made-up PCRs of the dev image).
    pub(crate) fn measurement(&self) -> B256 {
        self.node.measurement()
    }

    /// SHA-256 of its dev CA's root certificate: the root a client must pin to accept it.
    pub(crate) fn root(&self) -> B256 {
        self.root
    }

    /// A verifier pinned to the dev CA's root (registry-approved measurements).
    pub(crate) fn verifier(&self) -> Verifier {
        Verifier::pinned_root(self.root)
    }

    /// The module id its documents carry (starts with `memsync-dev-INSECURE`).
    pub(crate) fn module_id(&self) -> &str {
        &self.module_id
    }
}

impl Drop for DevNode {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Gives `account` some ether on the devnet (anvil's `anvil_setBalance`).
async fn fund(devnet: &Devnet, account: Address) -> anyhow::Result<()> {
    let vault = devnet.vault(0).await?;
    let amount = U256::from(NODE_FUNDS_ETH) * U256::from(10u64).pow(U256::from(18u64));
    let _: serde_json::Value = vault
        .provider()
        .raw_request("anvil_setBalance".into(), (account, amount))
        .await
        .context("funding the dev TEE node (anvil_setBalance)")?;
    Ok(())
}
