//! MemSync in one page: start a local chain, derive keys from a wallet, write encrypted
//! memories, and read them back verified against the chain.
//!
//! Run it with `cargo run -p memsync-examples --example quickstart` after `npm install`
//! (which installs anvil). On a real network, replace the devnet with
//! `Vault::builder(rpc_url).signer(wallet).connect(vault_address)`.

use memsync::keys::{EpochRoot, KeyEpoch, KeyScope, Keyring};
use memsync::{Devnet, SealedVault};

#[tokio::main]
async fn main() -> memsync::Result<()> {
    // A local anvil with a fresh MemoryVault; dev account 0 plays the user's wallet.
    let devnet = Devnet::spawn().await?;
    let wallet = devnet.signer(0);
    let vault = devnet.vault(0).await?;

    // The root secret comes from the wallet: it signs an EIP-712 message naming this chain,
    // vault, owner and key epoch. Nothing secret is stored anywhere.
    let scope = KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address()?,
    };
    let mut keyring = Keyring::new(scope);
    keyring.insert(&EpochRoot::from_wallet(&wallet, &scope, KeyEpoch::FIRST).await?)?;

    // Opening checks (or, the first time, publishes) the key-check value on chain.
    let memories = SealedVault::builder(vault, keyring).open().await?;
    memories.put(b"preferences/units", b"I prefer metric units.").await?;
    memories.put(b"preferences/units", b"I prefer metric units, except for coffee.").await?;

    let latest = memories.get(b"preferences/units").await?;
    println!("{}", String::from_utf8_lossy(&latest));
    for record in memories.records().await? {
        println!("record {} is at version {}", record.id, record.version);
    }
    Ok(())
}
