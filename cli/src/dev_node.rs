//! An in-process TEE node for `memsync devnet` and `memsync demo`, with the INSECURE dev
//! attester from a freshly generated CA: the tee-node library's [`memsync_tee_node::dev`]
//! node, served, funded, approved and registered.

use std::time::Duration;

use alloy::primitives::{Address, B256};
use memsync::Devnet;
use memsync::extract::ExtractorConfig;
use memsync::tee::attestation::{DevAttester, Pcrs, Verifier};
use tokio::task::JoinHandle;

/// The image label the dev node's made-up PCRs come from (so its measurement is the same on
/// every devnet; its CA is not).
const DEV_IMAGE: &str = "memsync-tee-node-devnet";

/// The line every command that runs a dev node prints, so nobody mistakes it for a real enclave.
pub(crate) const INSECURE_NOTICE: &str = "INSECURE dev attester: its documents are signed by a \
     local test CA and attest to nothing; for demos and local development only";

/// A node serving on the devnet, registered in its TeeRegistry. Stops when dropped.
pub(crate) struct DevNode {
    node: memsync_tee_node::dev::DevNode,
    root: B256,
    module_id: String,
    heartbeats: Option<JoinHandle<()>>,
}

impl DevNode {
    /// Starts a node with a dev attester from a freshly generated CA seed and the built-in
    /// extractor, on `127.0.0.1:port` (0: any free port), and has it registered.
    pub(crate) async fn start(devnet: &Devnet, port: u16) -> anyhow::Result<Self> {
        let attester = DevAttester::generate(Pcrs::dev_image(DEV_IMAGE))?;
        let root = attester.root_fingerprint();
        let verifier = attester.verifier();
        let module_id = attester.module_id().to_owned();
        let node = memsync_tee_node::dev::DevNode::serve(
            devnet,
            attester,
            ExtractorConfig::default().build()?,
            ([127, 0, 0, 1], port).into(),
        )
        .await?;
        node.register(devnet, verifier).await?;
        Ok(Self { node, root, module_id, heartbeats: None })
    }

    /// Sends a heartbeat to the registry every `every`, so that a devnet left running stays
    /// usable past the registry's maximum heartbeat age.
    pub(crate) fn keep_alive(&mut self, every: Duration) {
        self.heartbeats = Some(self.node.node().spawn_heartbeats(every));
    }

    /// The node's address (its attested signing key).
    pub(crate) fn address(&self) -> Address {
        self.node.node().address()
    }

    /// Where it serves.
    pub(crate) fn endpoint(&self) -> &str {
        self.node.endpoint()
    }

    /// Its enclave measurement (made-up PCRs of the dev image).
    pub(crate) fn measurement(&self) -> B256 {
        self.node.node().measurement()
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
        if let Some(heartbeats) = &self.heartbeats {
            heartbeats.abort();
        }
    }
}
