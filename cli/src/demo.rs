//! `memsync demo`: the main job end to end on a throwaway local chain.

use std::sync::Arc;

use memsync::blob::FileStore;
use memsync::keys::{EpochRoot, KeyEpoch, KeyScope, Keyring};
use memsync::{Devnet, Operation, Payload, SealedVault, StoragePolicy};

use crate::DemoArgs;

const MEMORIES: [(&str, &str); 4] = [
    ("identity/name", "My name is Ada; I live in Lisbon and prefer metric units."),
    ("health/allergy", "I am allergic to penicillin."),
    ("career/project", "I am writing a Rust SDK for user-owned AI memory, due in March."),
    ("interests/music", "I play the cello in an amateur orchestra on Thursdays."),
];

/// Sealed records above this size go to the local blob store (pointer mode) in the demo.
const POINTER_ABOVE: usize = 4096;

/// A long memory: a running journal that is cheaper off-chain.
fn journal() -> String {
    (1..=60)
        .map(|day| {
            format!("Day {day}: practised cello scales, read about Rust async, walked 5 km.\n")
        })
        .collect()
}

pub(crate) async fn run(args: DemoArgs) -> anyhow::Result<()> {
    println!("MemSync demo: everything runs on this machine; no account, no API key.\n");

    let mut builder = Devnet::builder();
    if let Some(path) = args.anvil.anvil {
        builder = builder.anvil(path);
    }
    let devnet = builder.spawn().await?;
    println!("1. Started anvil (hardfork {}) at {}", memsync::HARDFORK, devnet.rpc_url());
    println!("   Deployed MemoryVault at {}\n", devnet.vault_address());

    let vault = devnet.vault(0).await?;
    let owner = vault.signer_address()?;
    let wallet = devnet.signer(0);
    let scope = KeyScope { chain_id: vault.chain_id(), vault: vault.address(), owner };
    let root = EpochRoot::from_wallet(&wallet, &scope, KeyEpoch::FIRST).await?;
    let mut keyring = Keyring::new(scope);
    keyring.insert(&root)?;
    // Blobs of pointer records go to a local folder (a throwaway one for the demo).
    let blob_dir = std::env::temp_dir().join(format!("memsync-demo-{}", std::process::id()));
    let blobs = Arc::new(FileStore::new(&blob_dir));
    let policy = StoragePolicy::pointer_above(POINTER_ABOVE);
    let store =
        SealedVault::open(vault, keyring).await?.with_blob_store(blobs.clone()).with_policy(policy);
    println!("2. Keys derived from owner {owner}'s wallet signature (EIP-712, key epoch 1);");
    println!("   its key-check value is now on chain, so a device with a wrong key stops early.\n");

    let (first_name, first_text) = MEMORIES[0];
    let first = store.put(first_name.as_bytes(), first_text.as_bytes()).await?;
    let rest: Vec<(&[u8], &[u8])> =
        MEMORIES[1..].iter().map(|(n, t)| (n.as_bytes(), t.as_bytes())).collect();
    let batch = store.put_many(&rest).await?;
    println!(
        "3. Sealed and wrote {} memories: one write ({} gas), then a batch of {} ({} gas).\n",
        MEMORIES.len(),
        first.gas_used,
        rest.len(),
        batch.gas_used
    );

    let journal = journal();
    let pointer = store.put(b"journal/2026", journal.as_bytes()).await?;
    println!(
        "   A {}-byte journal went to the local blob store (pointer mode: sealed records over {} \
         bytes): the chain holds its hash and URI ({} gas).\n",
        journal.len(),
        POINTER_ABOVE,
        pointer.gas_used
    );

    let log = store.vault().fetch_log(owner).await?;
    println!("4. What anyone reading the chain sees (events of {owner}):");
    println!(
        "   {:>3}  {:>5}  {:<18}  {:>3}  {:>5}  ciphertext",
        "seq", "block", "record id", "ver", "bytes"
    );
    for entry in log.entries() {
        match &entry.op {
            Operation::Write { id, version, payload: Payload::Inline(bytes) } => println!(
                "   {:>3}  {:>5}  {:<18}  {:>3}  {:>5}  {}…",
                entry.seq,
                entry.block,
                format!("{}…", &id.to_string()[..16]),
                version,
                bytes.len(),
                alloy::hex::encode(&bytes[..24.min(bytes.len())])
            ),
            Operation::Write { id, version, payload: Payload::Pointer { content_hash, uri } } => {
                println!(
                    "   {:>3}  {:>5}  {:<18}  {:>3}  {:>5}  pointer {}… (keccak {}…)",
                    entry.seq,
                    entry.block,
                    format!("{}…", &id.to_string()[..16]),
                    version,
                    "-",
                    &uri[..uri.len().min(22)],
                    &content_hash.to_string()[..14]
                )
            }
            Operation::PublishKeyCheck { epoch, key_check } => println!(
                "   {:>3}  {:>5}  key-check value for epoch {epoch}: {}…",
                entry.seq,
                entry.block,
                &key_check.to_string()[..18]
            ),
            other => println!("   {:>3}  {:>5}  {other:?}", entry.seq, entry.block),
        }
    }
    println!("   No names, categories or text: opaque ids, padded sizes and ciphertext.\n");

    println!(
        "5. What the owner reads (log replayed to the on-chain head {}…):",
        &log.checkpoint().head.to_string()[..18]
    );
    for record in store.records().await? {
        let text = String::from_utf8_lossy(&record.plaintext);
        match text.lines().count() {
            1 => println!("   v{}  {text}", record.version),
            n => println!(
                "   v{}  {} (+{} more lines, from the blob store, hash checked)",
                record.version,
                text.lines().next().unwrap_or_default(),
                n - 1
            ),
        }
    }

    // A second tool or device: same wallet, nothing local, everything from the chain.
    let vault = devnet.vault(0).await?;
    let root = EpochRoot::from_wallet(&wallet, &scope, KeyEpoch::FIRST).await?;
    let mut keyring = Keyring::new(scope);
    keyring.insert(&root)?;
    let device = SealedVault::open(vault, keyring).await?.with_blob_store(blobs);
    let restored = device.records().await?;
    let text = device.get(MEMORIES[1].0.as_bytes()).await?;
    anyhow::ensure!(
        restored.len() == MEMORIES.len() + 1,
        "the second device restored {}",
        restored.len()
    );
    println!(
        "\n6. A second device with the same wallet and no local state restored all {} memories;",
        restored.len()
    );
    println!("   e.g. {:?}", String::from_utf8_lossy(&text));
    drop(devnet);
    std::fs::remove_dir_all(&blob_dir).ok();
    println!("\nDone: the chain held only ciphertext; the owner's keys opened every record.");
    Ok(())
}
