//! The Foundry deployment script deploys a working vault to a running chain.

use std::path::Path;
use std::process::Command;

use alloy::primitives::{Address, B256};
use memsync::{Devnet, SeqCheck, Vault};

#[tokio::test]
async fn forge_script_deploys_a_working_vault() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    // The platform package's binary, not node_modules/.bin/forge: that launcher exits 0 whatever
    // forge returned.
    let forge = memsync::find_anvil(None)
        .expect("npm install installs Foundry")
        .ancestors()
        .nth(3)
        .expect("node_modules/@foundry-rs")
        .join(format!("forge-{}/bin/forge", memsync::NPM_PLATFORM));
    let key = format!("{:#x}", devnet.signer(1).to_bytes());
    let output = Command::new(&forge)
        .current_dir(root)
        .args(["script", "contracts/script/Deploy.s.sol", "--broadcast", "--rpc-url"])
        .arg(devnet.rpc_url())
        .args(["--private-key", &key])
        .output()
        .expect("run forge script (npm install installs forge)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let address: Address = stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("MemoryVault "))
        .expect("the script prints the address")
        .trim()
        .parse()
        .expect("address");
    assert_ne!(address, devnet.vault_address());

    let vault = Vault::builder(devnet.rpc_url())
        .signer(devnet.signer(2))
        .connect(address)
        .await
        .expect("the deployed address holds the vault");
    let receipt = vault.write(B256::repeat_byte(5), 1, vec![9; 64], SeqCheck::Exactly(0)).await;
    assert_eq!(receipt.expect("write").seq, 1);
}
