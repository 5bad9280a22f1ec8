//! `memsync demo`: the main job end to end on a throwaway local chain.
//!
//! A chat app sends a conversation, sealed, to an attested TEE node (in this process, with the
//! INSECURE dev attester) that turns it into memories in the owner's vault as the owner's
//! delegate; a later conversation changes a fact and takes one back; an observer of the chain
//! sees only ciphertext, from the owner's transactions and the node's alike; a second tool,
//! with the same wallet and nothing local, restores everything from the chain and searches.

use std::sync::Arc;

use alloy::network::TransactionResponse as _;
use alloy::primitives::Address;
use alloy::providers::Provider as _;
use memsync::blob::FileStore;
use memsync::extract::Message;
use memsync::keys::{EpochRoot, KeyEpoch, KeyScope, Keyring};
use memsync::memory::{AppliedAction, CacheLocation, MemoryClient, NewMemory, Search, Source};
use memsync::tee::client::TeeClient;
use memsync::tee::registry::TeeRegistry;
use memsync::{Devnet, Operation, Payload, StoragePolicy};

use crate::DemoArgs;
use crate::dev_node::DevNode;

/// The first conversation with the chat app: what the user said, and the app's replies.
const FIRST_CHAT: [(&str, &str); 4] = [
    ("user", "Hi! I'm Ada. I live in Berlin and I work as a data engineer at Acme."),
    ("assistant", "Nice to meet you, Ada! What can I help with?"),
    ("user", "I'm allergic to penicillin, and I play the cello in an orchestra on Thursdays."),
    ("user", "Also, I'm flying to Tokyo next week. Can you suggest a packing list?"),
];

/// A later conversation: a fact changed, one taken back.
const LATER_CHAT: [(&str, &str); 2] = [
    ("user", "Big news: I moved to Lisbon last month."),
    ("user", "And I don't play the cello anymore, no time."),
];

/// Sealed memories above this size go to the local blob store (pointer mode) in the demo.
const POINTER_ABOVE: usize = 4096;

fn messages(chat: &[(&str, &str)]) -> Vec<Message> {
    chat.iter()
        .map(
            |(role, text)| {
                if *role == "user" { Message::user(*text) } else { Message::assistant(*text) }
            },
        )
        .collect()
}

/// An address, shortened for a table.
fn short(address: Address) -> String {
    let text = address.to_string();
    format!("{}…{}", &text[..6], &text[text.len() - 4..])
}

/// A long note: a reading journal that is cheaper off-chain.
fn journal() -> String {
    (1..=110).map(|day| format!("Day {day}: read two chapters of a Rust book. ")).collect()
}

pub(crate) async fn run(args: DemoArgs) -> anyhow::Result<()> {
    println!("MemSync demo: everything runs on this machine; no account, no API key.\n");

    let mut builder = Devnet::builder();
    if let Some(path) = args.anvil.anvil {
        builder = builder.anvil(path);
    }
    let devnet = builder.spawn().await?;
    println!("1. Started anvil (hardfork {}) at {}", memsync::HARDFORK, devnet.rpc_url());
    println!("   Deployed MemoryVault at {}", devnet.vault_address());
    println!("   and the TeeRegistry of attested nodes at {}\n", devnet.tee_registry_address());

    // The owner's memory keys come from a signature of their wallet: any device (or tool) with
    // the wallet derives the same keys, and nothing else can.
    let wallet = devnet.signer(0);
    let keys = |vault: &memsync::Vault| {
        let scope = KeyScope {
            chain_id: vault.chain_id(),
            vault: vault.address(),
            owner: wallet.address(),
        };
        let wallet = wallet.clone();
        async move {
            let mut keyring = Keyring::new(scope);
            keyring.insert(&EpochRoot::from_wallet(&wallet, &scope, KeyEpoch::FIRST).await?)?;
            anyhow::Ok(keyring)
        }
    };
    let blob_dir = tempfile::tempdir()?;
    let blobs = Arc::new(FileStore::new(blob_dir.path()));

    let vault = devnet.vault(0).await?;
    let owner = vault.signer_address()?;
    let keyring = keys(&vault).await?;
    let chat_app = MemoryClient::builder(vault, keyring)
        .source(Source::app("chat-app"))
        .blob_store(blobs.clone())
        .storage_policy(StoragePolicy::pointer_above(POINTER_ABOVE))
        .open()
        .await?;
    println!("2. The chat app derived the memory keys of owner {owner}");
    println!("   from a wallet signature (EIP-712, key epoch 1) and published their key-check");
    println!("   value on chain, so a device with a wrong key stops before it writes.\n");

    // A TEE node in this process. A real one runs in an AWS Nitro enclave and its documents
    // chain to AWS's root; this one signs its own with a test CA, which only this demo trusts.
    let node = DevNode::start(&devnet, 0).await?;
    println!("3. Started a TEE node in this process at {}", node.endpoint());
    println!("   (address {}, its key generated inside it).", node.address());
    println!("   WARNING: it uses the INSECURE dev attester: its documents are signed by a local");
    println!("   test CA and attest to nothing. For demos and local development only.");
    println!(
        "   Governance approved its enclave measurement {}…; the attestation checker",
        &node.measurement().to_string()[..18]
    );
    println!("   verified its document and signed the statement the node registered with.");
    let registry =
        TeeRegistry::builder(devnet.rpc_url()).connect(devnet.tee_registry_address()).await?;
    let tee = TeeClient::new(registry, node.verifier());
    let verified = tee.verify(node.address()).await?;
    println!("   The chat app verified the attestation itself, trusting only its own pins:");
    println!(
        "     root {}… (the dev CA, pinned for this demo; AWS Nitro's in production)",
        &node.root().to_string()[..18]
    );
    println!("     module {}, PCR0..2 → measurement approved in the registry", node.module_id());
    println!(
        "     fresh nonce, signing key = node {}, HPKE key = the registered one\n",
        short(verified.address)
    );

    println!("4. A conversation with the chat app:");
    for (role, text) in FIRST_CHAT {
        println!("   {role:>9}: {text}");
    }
    println!("   The chat app granted the node a one-hour delegation (write, delete, TEE node),");
    println!("   sealed the conversation and its epoch key to the node's HPKE key, and sent it.");
    let first = tee
        .add_messages(
            &chat_app,
            &wallet,
            &verified,
            &messages(&FIRST_CHAT),
            Some(Source::app("chat-app")),
        )
        .await?;
    println!("   Inside the node, the built-in extractor (offline, no model) remembered:");
    for a in &first.applied {
        let memory = match a.id {
            Some(id) => chat_app.get(id).await.ok(),
            None => None,
        };
        let categories = memory
            .map(|m| {
                let mut labels: Vec<String> =
                    m.categories.iter().map(ToString::to_string).collect();
                labels.insert(0, m.kind.to_string());
                labels.join(", ")
            })
            .unwrap_or_default();
        println!("     {:<9} {}  [{categories}]", a.action.as_str(), a.text);
    }
    println!(
        "   The node wrote them as the owner's delegate and signed its answer (request {}…);",
        &first.request_hash.to_string()[..18]
    );
    println!("   the chat app checked the signature against the attested key, synced, found them.");
    println!("\n   Later:");
    for (role, text) in LATER_CHAT {
        println!("   {role:>9}: {text}");
    }
    let later = tee
        .add_messages(
            &chat_app,
            &wallet,
            &verified,
            &messages(&LATER_CHAT),
            Some(Source::app("chat-app")),
        )
        .await?;
    for a in later.applied {
        let note = match a.action {
            AppliedAction::Updated => "(the old fact is replaced, not contradicted)",
            AppliedAction::Deleted => "(taken back)",
            _ => "",
        };
        println!("     {:<9} {} {note}", a.action.as_str(), a.text);
    }
    let note = chat_app.add(NewMemory::new(journal()).tags(["journal"])).await?;
    println!(
        "\n   A {}-byte reading journal, added by the chat app itself, went to the local blob \
         store (pointer mode: sealed memories over {POINTER_ABOVE} bytes); the chain holds its \
         hash and URI.\n",
        note.text.len()
    );

    let log = chat_app.vault().fetch_log(owner).await?;
    println!("5. What anyone reading the chain sees (events of {owner}):");
    println!(
        "   {:>3}  {:>5}  {:<8}  {:<18}  {:>3}  {:>5}  ciphertext",
        "seq", "block", "sent by", "record id", "ver", "bytes"
    );
    let provider = chat_app.vault().provider();
    let mut from_node = 0;
    for entry in log.entries() {
        let sender = match entry.tx_hash {
            Some(hash) => provider.get_transaction_by_hash(hash).await?.map(|tx| tx.from()),
            None => None,
        };
        let sent_by = match sender {
            Some(from) if from == node.address() => {
                from_node += 1;
                "TEE node"
            }
            Some(from) if from == owner => "owner",
            _ => "?",
        };
        let id = |id: &alloy::primitives::B256| format!("{}…", &id.to_string()[..16]);
        let row = |rid: &alloy::primitives::B256, version: u64, bytes: &str| {
            format!(
                "   {:>3}  {:>5}  {:<8}  {:<18}  {:>3}  {:>5}",
                entry.seq,
                entry.block,
                sent_by,
                id(rid),
                version,
                bytes
            )
        };
        match &entry.op {
            Operation::Write { id: rid, version, payload: Payload::Inline(bytes) } => println!(
                "{}  {}…",
                row(rid, *version, &bytes.len().to_string()),
                alloy::hex::encode(&bytes[..24.min(bytes.len())])
            ),
            Operation::Write {
                id: rid,
                version,
                payload: Payload::Pointer { content_hash, uri },
            } => println!(
                "{}  pointer {}… (keccak {}…)",
                row(rid, *version, "-"),
                &uri[..uri.len().min(22)],
                &content_hash.to_string()[..14]
            ),
            Operation::Delete { id: rid, version } => {
                println!("{}  (tombstone)", row(rid, *version, "-"));
            }
            Operation::PublishKeyCheck { epoch, key_check } => println!(
                "   {:>3}  {:>5}  {:<8}  key-check value for epoch {epoch}: {}…",
                entry.seq,
                entry.block,
                sent_by,
                &key_check.to_string()[..18]
            ),
            other => println!("   {:>3}  {:>5}  {other:?}", entry.seq, entry.block),
        }
    }
    println!("   No text, names, categories or kinds: opaque ids, padded sizes and ciphertext.");
    println!(
        "   The {from_node} entries the TEE node sent ({}) are as opaque as the owner's: it",
        short(node.address())
    );
    println!("   sealed them under the owner's key inside the enclave.\n");

    // A second tool: the same wallet, a fresh (empty) cache, everything from the chain.
    let vault = devnet.vault(0).await?;
    let keyring = keys(&vault).await?;
    let cache = tempfile::tempdir()?;
    let assistant = MemoryClient::builder(vault, keyring)
        .source(Source::app("coding-assistant"))
        .cache(CacheLocation::File(cache.path().join("cache.sqlite")))
        .blob_store(blobs)
        .open()
        .await?;
    let restored = assistant.open_report().await;
    println!("6. What the owner reads in a second tool (same wallet, empty cache):");
    println!(
        "   restored {} memories from {} log entries, verified against the on-chain head {}…",
        assistant.len().await,
        restored.from_chain,
        &assistant.checkpoint().await.head.to_string()[..18]
    );
    anyhow::ensure!(assistant.len().await == chat_app.len().await, "the second tool restored less");
    for query in ["allergies", "Lisbon", "Tokyo", "cello"] {
        let hits = assistant.search(&Search::new(query).limit(1)).await?;
        let best =
            hits.first().map_or("(nothing: taken back)".to_owned(), |h| h.memory.text.clone());
        println!("   search {query:<10} → {best}");
    }
    let profile = assistant.profile().await?;
    println!("   profile: {}", profile.bio);
    drop(node);
    drop(devnet);
    println!(
        "\nDone: the conversation reached only an attested node; the chain held only ciphertext; \
         the owner's keys opened every memory."
    );
    Ok(())
}
