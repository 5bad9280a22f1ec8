//! A TEE node on a devnet: started in-process with the dev attester, funded, its measurement
//! approved, checked by the attestation checker and registered; and owners ready to use it.

use std::sync::Arc;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use memsync::extract::Extractor;
use memsync::keys::{KeyScope, Keyring, RootSeed};
use memsync::memory::MemoryClient;
use memsync::tee::attestation::{DevAttester, Pcrs, Verifier};
use memsync::tee::client::TeeClient;
use memsync::tee::registry::TeeRegistry;
use memsync::{Devnet, Vault};
use memsync_tee_node::dev::DevNode;

/// The seed of the dev attester's test CA in tests (clients pin the root derived from it).
pub const DEV_CA_SEED: [u8; 32] = [0x5e; 32];
/// The image label the test nodes' PCRs come from.
pub const DEV_IMAGE: &str = "memsync-tee-node-test";

/// The insecure dev attester every test node uses.
pub fn dev_attester() -> DevAttester {
    DevAttester::from_seed(DEV_CA_SEED, Pcrs::dev_image(DEV_IMAGE)).expect("dev attester")
}

/// A client-side verifier pinned to the tests' dev CA.
pub fn dev_verifier() -> Verifier {
    dev_attester().verifier()
}

/// Gives `account` 1,000 ETH on the devnet.
pub async fn fund(devnet: &Devnet, account: Address) {
    memsync_tee_node::dev::fund(devnet, account, 1_000).await.expect("fund");
}

/// A node serving on a loopback port (the tee-node library's dev node).
pub type RunningNode = DevNode;

/// Starts a node with `extractor` (its own random signing and HPKE keys, as in an enclave),
/// funds it, approves its measurement (as the devnet's governance, dev account 0) and has the
/// attestation checker (dev account 0) verify and register it.
pub async fn start_node(devnet: &Devnet, extractor: Arc<dyn Extractor>) -> RunningNode {
    let running = serve_node(devnet, extractor).await;
    running.register(devnet, dev_verifier()).await.expect("the checker registers the node");
    running
}

/// Starts and funds a node, without registering it.
pub async fn serve_node(devnet: &Devnet, extractor: Arc<dyn Extractor>) -> RunningNode {
    DevNode::serve(devnet, dev_attester(), extractor, ([127, 0, 0, 1], 0).into())
        .await
        .expect("node starts")
}

/// The keys of `owner` on the devnet, derived from the seed bytes `[seed; 32]` (epoch 1).
pub fn keyring(devnet: &Devnet, owner: Address, seed: u8) -> Keyring {
    let scope = KeyScope { chain_id: devnet.chain_id(), vault: devnet.vault_address(), owner };
    let root = RootSeed::from_seed_bytes(&[seed; 32]).expect("seed");
    Keyring::from_seed(scope, &root, 1..=1)
}

/// A funded owner with a fresh key: its signer and its memory client (in-memory cache).
pub async fn owner(devnet: &Devnet, seed: u8) -> (PrivateKeySigner, MemoryClient) {
    let signer = PrivateKeySigner::random();
    fund(devnet, signer.address()).await;
    let vault = Vault::builder(devnet.rpc_url())
        .signer(signer.clone())
        .connect(devnet.vault_address())
        .await
        .expect("vault");
    let memories = MemoryClient::builder(vault, keyring(devnet, signer.address(), seed))
        .open()
        .await
        .expect("memory client");
    (signer, memories)
}

/// A TEE client reading the devnet's registry, verifying with the tests' dev CA.
pub async fn tee_client(devnet: &Devnet) -> TeeClient {
    TeeClient::new(registry_reader(devnet).await, dev_verifier())
}

/// The devnet's registry, read-only.
pub async fn registry_reader(devnet: &Devnet) -> TeeRegistry {
    TeeRegistry::builder(devnet.rpc_url())
        .connect(devnet.tee_registry_address())
        .await
        .expect("registry")
}
