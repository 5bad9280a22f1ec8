//! Records sealed on write and opened on read, against a real anvil: the owner reads plaintext,
//! the chain holds none of it, and wrong keys, moved ciphertexts and rotations behave.

use alloy::primitives::B256;
use memsync::envelope::{self, REKEY_ENVELOPE_LEN};
use memsync::keys::{KeyEpoch, KeyError, KeyScope, Keyring, RootSeed};
use memsync::{Devnet, Error, Operation, Payload, SealedVault, SeqCheck, Vault};
use memsync_e2e::chain_bytes;

fn scope(vault: &Vault) -> KeyScope {
    KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address().expect("signer"),
    }
}

fn seed(byte: u8) -> RootSeed {
    RootSeed::from_seed_bytes(&[byte; 32]).expect("seed")
}

async fn sealed(devnet: &Devnet, account: usize, seed_byte: u8) -> Result<SealedVault, Error> {
    let vault = devnet.vault(account).await.expect("vault");
    let keyring = Keyring::from_seed(scope(&vault), &seed(seed_byte), 1..=1);
    SealedVault::builder(vault, keyring).open().await
}

const SECRETS: [&str; 3] = [
    "I am allergic to penicillin and my blood type is O-negative",
    "My daughter's name is Amelie and she starts school in Lyon in September",
    "Working on a grant proposal about coral reef restoration, due March 3rd",
];

#[tokio::test]
async fn the_owner_reads_plaintext_and_the_chain_holds_none_of_it() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let store = sealed(&devnet, 0, 7).await.expect("open");
    let owner = store.owner();
    // Opening published the epoch's key-check value.
    assert!(store.vault().key_check(owner, 1).await.expect("key check").is_some());

    store.put(b"health", SECRETS[0].as_bytes()).await.expect("put");
    store
        .put_many(&[(b"family", SECRETS[1].as_bytes()), (b"work", SECRETS[2].as_bytes())])
        .await
        .expect("put many");
    store.put(b"work", b"Grant proposal submitted").await.expect("update");
    assert_eq!(&store.get(b"health").await.expect("get")[..], SECRETS[0].as_bytes());
    assert_eq!(&store.get(b"work").await.expect("get")[..], b"Grant proposal submitted");
    assert_eq!(store.records().await.expect("records").len(), 3);
    store.delete(b"family").await.expect("delete");
    assert!(matches!(
        store.get(b"family").await,
        Err(Error::Vault(memsync::VaultError::RecordDeleted { .. }))
    ));
    assert!(matches!(
        store.get(b"nothing").await,
        Err(Error::Vault(memsync::VaultError::RecordNotFound { .. }))
    ));

    // A second device with the same seed and an empty state reads the same.
    let other_device = sealed(&devnet, 0, 7).await.expect("same key");
    assert_eq!(&other_device.get(b"health").await.expect("get")[..], SECRETS[0].as_bytes());

    // Positive control: an unsealed write by another account must be found by the scan.
    let canary = b"CANARY-written-without-the-envelope";
    let raw = devnet.vault(2).await.expect("raw");
    raw.write(B256::repeat_byte(1), 1, canary.to_vec(), SeqCheck::Any).await.expect("raw write");

    let everything = chain_bytes(&devnet.rpc_url()).await;
    let found = |needle: &[u8]| {
        everything.iter().filter(|hay| hay.windows(needle.len()).any(|w| w == needle)).count()
    };
    assert!(found(canary) >= 2, "the scan sees calldata and events");
    let needles: Vec<&[u8]> = SECRETS
        .iter()
        .flat_map(|s| s.split(' ').filter(|w| w.len() >= 5).map(str::as_bytes))
        .chain([b"health".as_slice(), b"family", b"Grant proposal"])
        .collect();
    for needle in needles {
        let hits =
            everything.iter().filter(|hay| hay.windows(needle.len()).any(|w| w == needle)).count();
        assert_eq!(hits, 0, "{:?} appears on chain", String::from_utf8_lossy(needle));
    }
}

#[tokio::test]
async fn a_wrong_key_is_refused_before_it_writes() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let store = sealed(&devnet, 0, 7).await.expect("open");
    store.put(b"a", b"first").await.expect("put");
    let seq = store.vault().log_state(store.owner()).await.expect("state").seq;

    let err = sealed(&devnet, 0, 8).await.expect_err("another seed");
    assert!(matches!(err, Error::Keys(KeyError::KeyCheckMismatch { .. })), "{err}");
    assert_eq!(store.vault().log_state(store.owner()).await.expect("state").seq, seq);

    // A keyring for another owner's scope is refused outright.
    let vault = devnet.vault(1).await.expect("vault");
    let wrong_scope =
        Keyring::from_seed(scope(&devnet.vault(0).await.expect("v")), &seed(7), 1..=1);
    let err = SealedVault::builder(vault, wrong_scope).open().await.expect_err("scope");
    assert!(matches!(err, Error::Keys(KeyError::ScopeMismatch)), "{err}");

    let vault = devnet.vault(1).await.expect("vault");
    let empty = Keyring::new(scope(&vault));
    let err = SealedVault::builder(vault, empty).open().await.expect_err("empty keyring");
    assert!(matches!(err, Error::EmptyKeyring), "{err}");
}

#[tokio::test]
async fn swapped_or_moved_ciphertexts_do_not_open() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let alice = sealed(&devnet, 0, 7).await.expect("alice");
    let bob = sealed(&devnet, 1, 9).await.expect("bob");
    alice.put(b"a", b"alice's secret").await.expect("put");
    alice.put(b"b", b"another").await.expect("put");
    let log = alice.vault().fetch_log(alice.owner()).await.expect("log");
    let records = log.records();
    let (id_a, id_b) = {
        let mut ids = records.keys().copied();
        (ids.next().expect("a"), ids.next().expect("b"))
    };
    let Payload::Inline(ct_a) = records[&id_a].payload.clone() else { panic!("inline") };

    // The owner's own log: A's ciphertext written as the next version of B, and replayed as a
    // later version of A itself.
    let seq = log.checkpoint().seq;
    alice
        .vault()
        .apply_batch(
            &[Operation::write(id_b, 2, ct_a.clone()), Operation::write(id_a, 2, ct_a.clone())],
            SeqCheck::Exactly(seq),
        )
        .await
        .expect("write");
    for err in
        [alice.get(b"b").await.expect_err("swapped"), alice.get(b"a").await.expect_err("replayed")]
    {
        assert!(matches!(err, Error::Envelope(envelope::EnvelopeError::Open)), "{err}");
    }

    // Moved to another owner under the same id.
    bob.vault().write(id_a, 1, ct_a, SeqCheck::Any).await.expect("bob writes");
    let stolen = bob.records().await.expect_err("not bob's");
    assert!(matches!(stolen, Error::Envelope(envelope::EnvelopeError::Open)), "{stolen}");
}

#[tokio::test]
async fn rotation_rekeys_with_small_writes_and_everything_stays_readable() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let mut store = sealed(&devnet, 0, 7).await.expect("open");
    let body = vec![b'x'; 3000];
    store.put(b"big", &body).await.expect("put");
    store.put(b"small", b"tiny").await.expect("put");
    // A record that does not open (garbage a delegate wrote, say): the rotation skips it,
    // says so, and re-keys the rest instead of stopping after the key check is published.
    let garbage = B256::repeat_byte(0x5a);
    store.vault().write(garbage, 1, memsync_e2e::filler(200, 3), SeqCheck::Any).await.expect("w");

    let root2 = seed(7).epoch_root(KeyEpoch(2));
    let rotation = store.rotate(&root2).await.expect("rotate");
    assert_eq!((rotation.rekeyed, rotation.already, rotation.receipts.len()), (2, 0, 1));
    assert_eq!(rotation.skipped.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [garbage]);
    let receipt = &rotation.receipts[0];
    assert_eq!(store.vault().key_epoch(store.owner()).await.expect("epoch"), 2);
    let log = store.vault().fetch_log(store.owner()).await.expect("log");
    let rekeys: Vec<_> = log.entries().iter().filter(|e| e.block == receipt.block).collect();
    assert_eq!(rekeys.len(), 2);
    for e in rekeys {
        let Operation::Write { payload: Payload::Inline(bytes), .. } = &e.op else {
            panic!("write")
        };
        assert_eq!(bytes.len(), REKEY_ENVELOPE_LEN, "a rotation is a small write");
    }
    assert_eq!(&store.get(b"big").await.expect("big")[..], &body[..]);
    store.put(b"new", b"after rotation").await.expect("put under epoch 2");

    // Resumable: rotating to the same epoch again re-keys only what is left (here nothing).
    let again = store.rotate(&root2).await.expect("resume");
    assert_eq!((again.rekeyed, again.already, again.receipts.len()), (0, 3, 0));
    assert_eq!(again.skipped.len(), 1);
    // From another process that holds only epoch 1, the same root resumes too.
    let mut other = sealed(&devnet, 0, 7).await.expect("open");
    let resumed = other.rotate(&root2).await.expect("resume elsewhere");
    assert_eq!((resumed.rekeyed, resumed.already), (0, 3));

    // A device holding only epoch 1 keys cannot read what was written under epoch 2.
    let vault = devnet.vault(0).await.expect("vault");
    let old = Keyring::from_seed(scope(&vault), &seed(7), 1..=1);
    let old_device = SealedVault::builder(vault, old).open().await.expect("epoch 1 still checks");
    assert!(matches!(
        old_device.get(b"new").await,
        Err(Error::Vault(memsync::VaultError::RecordNotFound { .. })) | Err(Error::Envelope(_))
    ));

    // Past `ROTATION_BATCH` records a rotation writes several batches.
    let names: Vec<Vec<u8>> =
        (0..memsync::ROTATION_BATCH + 5).map(|i| format!("many-{i}").into_bytes()).collect();
    let many: Vec<(&[u8], &[u8])> =
        names.iter().map(|n| (n.as_slice(), &b"one of many"[..])).collect();
    store.put_many(&many).await.expect("many records");
    let rotation = store.rotate(&seed(7).epoch_root(KeyEpoch(3))).await.expect("rotate to 3");
    assert_eq!(rotation.receipts.len(), 2);
    assert_eq!(rotation.rekeyed, memsync::ROTATION_BATCH + 5 + 3);
    assert_eq!(&store.get(b"many-204").await.expect("readable")[..], b"one of many");

    // A rotation never goes back, nor to another root for a held epoch.
    let err = store.rotate(&seed(7).epoch_root(KeyEpoch(1))).await.expect_err("older epoch");
    assert!(matches!(err, Error::Vault(memsync::VaultError::InvalidOperation { .. })), "{err}");
    let err = store.rotate(&seed(8).epoch_root(KeyEpoch(3))).await.expect_err("another root");
    assert!(matches!(err, Error::Keys(KeyError::ConflictingEpochRoot { .. })), "{err}");
}
