//! The three storage modes end to end against a real anvil: sealed records written inline, by
//! pointer (local files, an HTTP blob server, IPFS) and as contract code, restored by a second
//! device, erased, and refused with typed errors when a blob is missing, altered or out of reach.

use std::sync::Arc;

use alloy::primitives::{B256, keccak256};
use alloy::providers::Provider as _;
use memsync::blob::{BlobError, BlobStore, FileStore, HttpStore, IpfsStore};
use memsync::envelope::StorageMode;
use memsync::keys::{KeyScope, Keyring, RootSeed};
use memsync::{Devnet, Error, Operation, Payload, SealedVault, StoragePolicy, Vault};
use memsync_e2e::blob_server::{BlobServer, raw_cid, refused_addr};

fn scope(vault: &Vault) -> KeyScope {
    KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address().expect("signer"),
    }
}

/// The owner of dev account `account`, on a device holding `stores` (the first one takes new
/// pointer records) and writing by `policy`.
async fn device(
    devnet: &Devnet,
    account: usize,
    stores: &[Arc<dyn BlobStore>],
    policy: StoragePolicy,
) -> SealedVault {
    let vault = devnet.vault(account).await.expect("vault");
    let seed = RootSeed::from_seed_bytes(&[account as u8 + 1; 32]).expect("seed");
    let keyring = Keyring::from_seed(scope(&vault), &seed, 1..=1);
    let mut sealed = SealedVault::builder(vault, keyring).policy(policy);
    for store in stores {
        sealed = sealed.blob_store(Arc::clone(store));
    }
    sealed.open().await.expect("open")
}

/// A memory of about `len` bytes of text.
fn memory(len: usize, topic: &str) -> Vec<u8> {
    let line = format!("{topic}: I keep notes on this in my journal every week. ");
    line.repeat(len / line.len() + 1).into_bytes()[..len].to_vec()
}

/// The payload of the latest version of the record named `name`, as the chain holds it.
async fn payload_of(sealed: &SealedVault, name: &[u8]) -> Payload {
    let id = sealed.keyring().latest().expect("keys").record_id(name);
    let log = sealed.vault().fetch_log(sealed.owner()).await.expect("log");
    match log.record(id).expect("record").payload {
        payload @ (Payload::Inline(_) | Payload::Pointer { .. } | Payload::Code { .. }) => payload,
        other => panic!("unexpected payload {other:?}"),
    }
}

#[tokio::test]
async fn every_mode_is_written_and_restored_by_a_second_device() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("blob directory");
    let files: Arc<dyn BlobStore> = Arc::new(FileStore::new(dir.path()));
    let laptop =
        device(&devnet, 0, &[Arc::clone(&files)], StoragePolicy::pointer_above(4096)).await;

    let short = memory(300, "units");
    let long = memory(9000, "cello practice");
    let contract_readable = memory(2000, "public profile");
    laptop.put(b"short", &short).await.expect("inline by policy");
    let pointer = laptop.put(b"long", &long).await.expect("pointer by policy");
    let code = laptop
        .put_with_mode(b"code", &contract_readable, StorageMode::Code)
        .await
        .expect("code on request");
    assert!(pointer.gas_used <= 45_000, "a pointer write costs {} gas", pointer.gas_used);
    assert!(code.gas_used > pointer.gas_used, "code pays 200 gas per byte of deposited code");

    assert!(matches!(payload_of(&laptop, b"short").await, Payload::Inline(_)));
    let Payload::Pointer { uri, content_hash } = payload_of(&laptop, b"long").await else {
        panic!("the long memory is not a pointer record");
    };
    assert!(uri.starts_with("local:") && uri.len() == 70, "{uri}");
    let blob =
        std::fs::read(FileStore::new(dir.path()).path_of(&uri).expect("path")).expect("blob");
    assert_eq!(keccak256(&blob), content_hash, "the chain commits to the stored ciphertext");
    let Payload::Code { pointer: contract, content_hash } = payload_of(&laptop, b"code").await
    else {
        panic!("the code memory is not a code record");
    };
    // Any contract can read it: it is the runtime code after SSTORE2's leading zero.
    let runtime = laptop.vault().provider().get_code_at(contract).await.expect("code");
    assert_eq!(runtime[0], 0, "SSTORE2 code starts with STOP");
    assert_eq!(keccak256(&runtime[1..]), content_hash);

    // A second device: the same keys, no local state, the same blob directory.
    let phone = device(&devnet, 0, &[files], StoragePolicy::INLINE).await;
    let mut restored: Vec<_> =
        phone.records().await.expect("restore").into_iter().map(|r| r.plaintext.to_vec()).collect();
    restored.sort();
    let mut expected = vec![short.clone(), long.clone(), contract_readable.clone()];
    expected.sort();
    assert_eq!(restored, expected);
    assert_eq!(*phone.get(b"long").await.expect("get"), long);

    // An update may change mode: the long memory shrinks and goes inline.
    phone.put(b"long", &short).await.expect("update inline");
    assert!(matches!(payload_of(&phone, b"long").await, Payload::Inline(_)));
    assert_eq!(*laptop.get(b"long").await.expect("get"), short);
}

#[tokio::test]
async fn pointer_records_in_http_and_ipfs_stores_are_read_by_a_device_holding_both() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let server = BlobServer::start().await;
    let http: Arc<dyn BlobStore> =
        Arc::new(HttpStore::builder(server.blobs_url()).build().expect("http"));
    let ipfs: Arc<dyn BlobStore> =
        Arc::new(IpfsStore::builder(server.url()).api(server.url()).build().expect("ipfs"));
    let everything = StoragePolicy::pointer_above(0);

    let desktop = device(&devnet, 0, &[Arc::clone(&http)], everything).await;
    let agent = device(&devnet, 0, &[Arc::clone(&ipfs)], everything).await;
    desktop.put(b"from the desktop", &memory(700, "desktop")).await.expect("http pointer");
    agent.put(b"from the agent", &memory(500, "agent")).await.expect("ipfs pointer");

    let Payload::Pointer { uri, .. } = payload_of(&agent, b"from the agent").await else {
        panic!("not a pointer");
    };
    let cid = uri.strip_prefix("ipfs://").expect("an ipfs URI");
    assert!(server.is_pinned(cid), "the block is pinned on the node");
    let Payload::Pointer { uri, .. } = payload_of(&desktop, b"from the desktop").await else {
        panic!("not a pointer");
    };
    assert!(uri.starts_with(&server.blobs_url()), "{uri}");

    // A reader with a gateway only (no RPC API) and the HTTP store reads both.
    let gateway: Arc<dyn BlobStore> =
        Arc::new(IpfsStore::builder(server.url()).build().expect("gateway"));
    let reader = device(&devnet, 0, &[http, gateway], StoragePolicy::INLINE).await;
    assert_eq!(reader.records().await.expect("records").len(), 2);
    assert_eq!(*reader.get(b"from the agent").await.expect("ipfs read"), memory(500, "agent"));

    // The node holds the sealed envelope under the CID its own code computes for it.
    let block = std::fs::read(server.block_path(cid)).expect("block");
    assert_eq!(raw_cid(&block), cid);

    // Erasing the IPFS record unpins its block.
    let (_, erased) = agent.erase(b"from the agent").await.expect("erase");
    assert_eq!(erased, [format!("ipfs://{cid}")]);
    assert!(!server.is_pinned(cid));
}

#[tokio::test]
async fn erase_tombstones_the_record_and_deletes_every_pointer_blob() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("blob directory");
    let store = FileStore::new(dir.path());
    let sealed =
        device(&devnet, 0, &[Arc::new(store.clone())], StoragePolicy::pointer_above(0)).await;

    sealed.put(b"diary", &memory(1000, "first draft")).await.expect("v1");
    sealed.put(b"diary", &memory(1200, "second draft")).await.expect("v2");
    let id = sealed.keyring().latest().expect("keys").record_id(b"diary");
    let log = sealed.vault().fetch_log(sealed.owner()).await.expect("log");
    let uris: Vec<String> = log
        .history(id)
        .expect("history")
        .iter()
        .filter_map(|e| match &e.op {
            Operation::Write { payload: Payload::Pointer { uri, .. }, .. } => Some(uri.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(uris.len(), 2);
    for uri in &uris {
        assert!(store.path_of(uri).expect("path").is_file());
    }

    let (receipt, erased) = sealed.erase(b"diary").await.expect("erase");
    assert_eq!(receipt.seq, log.checkpoint().seq + 1, "one tombstone");
    assert_eq!(erased, uris);
    for uri in &uris {
        assert!(!store.path_of(uri).expect("path").exists(), "{uri} is erased");
    }
    assert!(matches!(
        sealed.get(b"diary").await,
        Err(Error::Vault(memsync::VaultError::RecordDeleted { .. }))
    ));
    assert!(sealed.records().await.expect("records").is_empty());
}

#[tokio::test]
async fn a_missing_altered_or_unreachable_blob_is_a_typed_error() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let server = BlobServer::start().await;
    let http: Arc<dyn BlobStore> =
        Arc::new(HttpStore::builder(server.blobs_url()).build().expect("http"));
    let sealed = device(&devnet, 0, &[Arc::clone(&http)], StoragePolicy::pointer_above(0)).await;
    let text = memory(800, "blood type");
    sealed.put(b"health", &text).await.expect("put");
    let Payload::Pointer { content_hash, .. } = payload_of(&sealed, b"health").await else {
        panic!("not a pointer");
    };
    let file = server.blob_path(&alloy::hex::encode(content_hash));

    // Altered on the server: caught by the hash before the envelope is opened.
    let original = std::fs::read(&file).expect("blob");
    let mut altered = original.clone();
    altered[original.len() / 2] ^= 1;
    std::fs::write(&file, &altered).expect("tamper");
    let err = sealed.get(b"health").await.expect_err("altered");
    assert!(matches!(err, Error::Blob(BlobError::HashMismatch { .. })), "{err}");

    // Another valid ciphertext swapped in (same size, re-sealed elsewhere): still the hash.
    std::fs::write(&file, vec![0x55; original.len()]).expect("swap");
    let err = sealed.get(b"health").await.expect_err("swapped");
    assert!(matches!(err, Error::Blob(BlobError::HashMismatch { .. })), "{err}");

    // Gone from the server.
    std::fs::remove_file(&file).expect("remove");
    let err = sealed.get(b"health").await.expect_err("missing");
    assert!(matches!(err, Error::Blob(BlobError::NotFound { .. })), "{err}");

    // A device with no store for the URI's scheme.
    let bare = device(&devnet, 0, &[], StoragePolicy::INLINE).await;
    let err = bare.get(b"health").await.expect_err("no store");
    assert!(matches!(err, Error::Blob(BlobError::UnsupportedUri { .. })), "{err}");

    // The server is gone altogether.
    std::fs::write(&file, &original).expect("restore");
    assert_eq!(*sealed.get(b"health").await.expect("restored"), text);
    drop(server);
    let err = sealed.get(b"health").await.expect_err("unreachable");
    assert!(matches!(err, Error::Blob(BlobError::Unreachable { .. })), "{err}");
}

#[tokio::test]
async fn a_write_whose_blob_or_code_cannot_be_stored_changes_nothing_on_chain() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let down: Arc<dyn BlobStore> =
        Arc::new(HttpStore::builder(format!("http://{}", refused_addr())).build().expect("http"));
    let sealed = device(&devnet, 0, &[down], StoragePolicy::pointer_above(1024)).await;
    sealed.put(b"small", &memory(200, "inline")).await.expect("inline still works");
    let owner = sealed.owner();
    let before = sealed.vault().log_state(owner).await.expect("state");

    let err = sealed.put(b"large", &memory(5000, "pointer")).await.expect_err("store down");
    assert!(matches!(err, Error::Blob(BlobError::Unreachable { .. })), "{err}");

    // A code record cannot exceed one contract (EIP-170); refused before anything is sent.
    let err = sealed
        .put_with_mode(b"huge", &memory(30_000, "code"), StorageMode::Code)
        .await
        .expect_err("too large for code");
    assert!(matches!(err, Error::Vault(memsync::VaultError::InvalidOperation { .. })), "{err}");
    assert!(err.to_string().contains("24,575"), "{err}");

    // Pointer mode without any blob store.
    let no_store = device(&devnet, 0, &[], StoragePolicy::pointer_above(0)).await;
    let err = no_store.put(b"orphan", b"text").await.expect_err("no store");
    assert!(err.to_string().contains("blob store"), "{err}");

    assert_eq!(sealed.vault().log_state(owner).await.expect("state"), before);
    assert!(matches!(
        sealed.get(b"large").await,
        Err(Error::Vault(memsync::VaultError::RecordNotFound { .. }))
    ));
    let id = sealed.keyring().latest().expect("keys").record_id(b"large");
    assert_ne!(id, B256::ZERO);
}
