//! The vault round trip against a real anvil: write, read back, update, conflict, delete,
//! history, batches, pointers, incremental sync, and gas from receipts.

use alloy::primitives::{B256, keccak256};
use memsync::bindings::memory_vault::MemoryVault::MemoryVaultErrors;
use memsync::{Checkpoint, Devnet, LogFetch, Operation, Payload, SeqCheck, Vault};
use memsync_e2e::filler;

fn id(n: u8) -> B256 {
    B256::repeat_byte(n)
}

#[tokio::test]
async fn write_read_update_conflict_delete_history() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("signer");

    let first = vault.write(id(1), 1, filler(1024, 1), SeqCheck::Any).await.expect("write");
    assert_eq!(first.seq, 1);
    let log = vault.fetch_log(owner).await.expect("fetch");
    let record = log.record(id(1)).expect("record");
    assert_eq!((record.version, record.seq), (1, 1));
    assert_eq!(record.payload, Payload::inline(filler(1024, 1)));

    // An update names the sequence number it saw.
    let seen = vault.log_state(owner).await.expect("state");
    assert_eq!(seen, log.checkpoint());
    let update =
        vault.write(id(1), 2, filler(1024, 2), SeqCheck::Exactly(seen.seq)).await.expect("update");
    assert_eq!(update.seq, 2);

    // A second device that still believes the log is at `seen` gets the typed conflict, and the
    // vault is unchanged.
    let other_device = devnet.vault(0).await.expect("second client");
    let err = other_device
        .write(id(1), 2, filler(64, 3), SeqCheck::Exactly(seen.seq))
        .await
        .expect_err("stale write must fail");
    let mismatch = err.as_sequence_mismatch().expect("VaultSequenceMismatch");
    assert_eq!((mismatch.owner, mismatch.expected, mismatch.actual), (owner, 1, 2));
    assert!(matches!(
        err,
        memsync::VaultError::Revert(MemoryVaultErrors::VaultSequenceMismatch(_))
    ));
    assert!(err.to_string().contains("VaultSequenceMismatch"), "{err}");
    assert_eq!(vault.log_state(owner).await.expect("state").seq, 2);

    // Delete with a tombstone; every version stays in the history.
    vault.delete(id(1), 3, SeqCheck::Exactly(2)).await.expect("delete");
    let log = vault.fetch_log(owner).await.expect("fetch");
    let history = log.history(id(1)).expect("history");
    let versions: Vec<_> =
        history.iter().map(|e| (e.seq, e.op.version().unwrap_or_default())).collect();
    assert_eq!(versions, [(1, 1), (2, 2), (3, 3)]);
    assert!(matches!(history[2].op, Operation::Delete { .. }));
    assert!(matches!(
        log.record(id(1)),
        Err(memsync::VaultError::RecordDeleted { version: 3, .. })
    ));
    assert!(log.records().is_empty());
    let v2 = log.version(id(1), 2).expect("version 2");
    assert_eq!(v2.op, Operation::write(id(1), 2, filler(1024, 2)));

    // Ids and versions that do not exist.
    assert!(matches!(
        log.version(id(1), 9),
        Err(memsync::VaultError::VersionNotFound { latest: 3, .. })
    ));
    assert!(matches!(
        vault.record(owner, id(99)).await,
        Err(memsync::VaultError::RecordNotFound { .. })
    ));
    assert!(matches!(
        vault.history(owner, id(99)).await,
        Err(memsync::VaultError::RecordNotFound { .. })
    ));
}

#[tokio::test]
async fn batches_pointers_and_owners_verify_by_links_and_by_ranges() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let alice = devnet.vault(0).await.expect("alice");
    let bob = devnet.vault(1).await.expect("bob");
    let owner = alice.signer_address().expect("signer");

    let blob = filler(300, 9);
    let batch = [
        Operation::write(id(1), 1, filler(256, 1)),
        Operation::write(id(2), 1, filler(256, 2)),
        Operation::Write {
            id: id(3),
            version: 1,
            payload: Payload::pointer_to("file:///blobs/3", &blob),
        },
        Operation::write(id(1), 2, filler(256, 4)),
        Operation::delete(id(2), 2),
    ];
    let receipt = alice.apply_batch(&batch, SeqCheck::Exactly(0)).await.expect("batch");
    assert_eq!(receipt.seq, 5);
    // Bob writes in between: his log is his own.
    bob.write(id(1), 1, filler(32, 7), SeqCheck::Any).await.expect("bob writes");
    alice.write(id(4), 1, filler(100, 5), SeqCheck::Any).await.expect("write");
    bob.write(id(1), 2, filler(32, 8), SeqCheck::Any).await.expect("bob writes");
    alice.write(id(5), 1, filler(100, 6), SeqCheck::Any).await.expect("write");

    let by_links = alice.fetch_log(owner).await.expect("links");
    let ranges = Vault::builder(devnet.rpc_url())
        .log_fetch(LogFetch::Ranges { from_block: devnet.deploy_block(), max_blocks: 2 })
        .connect(devnet.vault_address())
        .await
        .expect("read-only client");
    let by_ranges = ranges.fetch_log(owner).await.expect("ranges");
    assert_eq!(by_links.entries(), by_ranges.entries());
    assert_eq!(by_links.checkpoint(), by_ranges.checkpoint());
    assert_eq!(by_links.entries().len(), 7);

    let records = by_links.records();
    let live: Vec<_> = records.values().map(|r| (r.id, r.version)).collect();
    assert_eq!(live, [(id(1), 2), (id(3), 1), (id(4), 1), (id(5), 1)]);
    match &records[&id(3)].payload {
        Payload::Pointer { content_hash, uri } => {
            assert_eq!((*content_hash, uri.as_str()), (keccak256(&blob), "file:///blobs/3"));
        }
        other => panic!("expected a pointer, got {other:?}"),
    }
    // Operations in one batch share a block; each links to the block of the one before.
    let e = by_links.entries();
    assert!(e[..5].iter().all(|x| x.block == e[0].block));
    assert_eq!(e[1].prev_write_block, e[0].block);
    assert_eq!(e[5].prev_write_block, e[4].block);

    let bob_log = alice.fetch_log(bob.signer_address().expect("bob")).await.expect("bob's log");
    assert_eq!(bob_log.entries().len(), 2);
    assert_eq!(bob_log.record(id(1)).expect("bob's record").version, 2);

    // Incremental sync from a checkpoint returns only what came after it, verified.
    let checkpoint = by_links.checkpoint();
    alice.write(id(6), 1, filler(50, 1), SeqCheck::Exactly(checkpoint.seq)).await.expect("write");
    for client in [&alice, &ranges] {
        let delta = client.sync(owner, checkpoint).await.expect("sync");
        assert_eq!(delta.base(), checkpoint);
        assert_eq!(delta.entries().len(), 1);
        assert_eq!(delta.entries()[0].op.id(), Some(id(6)));
        assert_eq!(delta.checkpoint().seq, 8);
        let nothing = client.sync(owner, delta.checkpoint()).await.expect("sync again");
        assert!(nothing.entries().is_empty());
    }

    // A checkpoint from another log (here: further than this owner ever got) is refused.
    let foreign = Checkpoint { seq: 100, ..Checkpoint::default() };
    assert!(matches!(
        alice.sync(owner, foreign).await,
        Err(memsync::VaultError::CheckpointAhead { .. })
    ));
}

/// Gas of inline writes as the chain charges it (EIP-7623 in force), from transaction receipts.
#[tokio::test]
async fn inline_write_gas_from_receipts_is_near_the_calldata_floor() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("signer");
    let ciphertext = filler(1024, 1);
    let floor = 21_000 + 40 * ciphertext.len() as u64;

    let first = vault.write(id(1), 1, ciphertext.clone(), SeqCheck::Any).await.expect("first");
    let new_record = vault.write(id(2), 1, ciphertext.clone(), SeqCheck::Any).await.expect("new");
    let seq = vault.log_state(owner).await.expect("state").seq;
    let update = vault.write(id(2), 2, ciphertext, SeqCheck::Exactly(seq)).await.expect("update");
    let delete = vault.delete(id(2), 3, SeqCheck::Any).await.expect("delete");
    eprintln!(
        "gas (1 KiB inline): owner's first write {}, new record {} ({:.3}x floor {floor}), \
         update {} ({:.3}x), delete {}",
        first.gas_used,
        new_record.gas_used,
        new_record.gas_used as f64 / floor as f64,
        update.gas_used,
        update.gas_used as f64 / floor as f64,
        delete.gas_used,
    );
    // Gas is deterministic: these bound regressions, they do not time anything.
    assert!(new_record.gas_used * 100 <= floor * 110, "new record {}", new_record.gas_used);
    assert!(update.gas_used * 100 <= floor * 110, "update {}", update.gas_used);
}

#[tokio::test]
async fn key_checks_are_published_once_per_epoch_and_chained_with_records() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("signer");
    assert_eq!(vault.key_epoch(owner).await.expect("epoch"), 0);
    assert_eq!(vault.key_check(owner, 1).await.expect("unpublished"), None);

    let check1 = B256::repeat_byte(0xc1);
    vault.publish_key_check(1, check1, SeqCheck::Exactly(0)).await.expect("publish");
    vault.write(id(1), 1, filler(64, 1), SeqCheck::Any).await.expect("write");
    assert_eq!(vault.key_check(owner, 1).await.expect("published"), Some(check1));

    // Epochs only move forward: a published value can never be replaced.
    for epoch in [0, 1] {
        let err = vault
            .publish_key_check(epoch, B256::repeat_byte(0xee), SeqCheck::Any)
            .await
            .expect_err("not increasing");
        assert!(
            matches!(err, memsync::VaultError::Revert(MemoryVaultErrors::VaultEpochNotIncreasing(ref e)) if e.current == 1 && e.proposed == epoch),
            "{err}"
        );
    }
    let zero = vault.publish_key_check(2, B256::ZERO, SeqCheck::Any).await.expect_err("zero");
    assert!(matches!(zero, memsync::VaultError::InvalidOperation { .. }), "{zero}");
    let batched = vault
        .apply_batch(&[Operation::PublishKeyCheck { epoch: 2, key_check: check1 }], SeqCheck::Any)
        .await
        .expect_err("not batchable");
    assert!(matches!(batched, memsync::VaultError::InvalidOperation { .. }), "{batched}");

    vault.publish_key_check(3, B256::repeat_byte(0xc3), SeqCheck::Any).await.expect("skip to 3");
    assert_eq!(vault.key_epoch(owner).await.expect("epoch"), 3);
    assert_eq!(vault.key_check(owner, 1).await.expect("kept"), Some(check1));

    // Key-check publications are operations of the log: the verified chain covers them.
    let log = vault.fetch_log(owner).await.expect("fetch");
    let kinds: Vec<_> = log.entries().iter().map(|e| e.op.id().is_some()).collect();
    assert_eq!(kinds, [false, true, false]);
    assert_eq!(log.records().len(), 1);
}

/// A vault client over the caller's own alloy provider: its transport and layers (here the
/// SDK's retry layer, added by the caller, whose counts the test reads), signing either by the
/// SDK (`signer`) or by the provider's own wallet (`sender`). Writes land and reads verify.
#[tokio::test]
async fn a_vault_over_any_alloy_provider_writes_and_verifies() {
    use alloy::providers::{Provider as _, ProviderBuilder};
    use memsync::rpc::{RetryLayer, RetryPolicy, RpcStats};

    let devnet = Devnet::spawn().await.expect("devnet");
    let url: alloy::transports::http::reqwest::Url = devnet.rpc_url().parse().expect("url");

    // The caller's provider and layer; the SDK signs with the key it is given.
    let counted = RpcStats::default();
    let client = alloy::rpc::client::ClientBuilder::default()
        .layer(RetryLayer::new(RetryPolicy::default(), counted.clone()))
        .http(url.clone());
    let provider = ProviderBuilder::new().connect_client(client);
    let owner = devnet.signer(0);
    let vault = Vault::builder_for_provider(provider)
        .signer(owner.clone())
        .connect(devnet.vault_address())
        .await
        .expect("connect over the caller's provider");
    assert_eq!(vault.signer_address().expect("signer"), owner.address());
    vault.write(id(1), 1, filler(300, 1), SeqCheck::Any).await.expect("write");
    let log = vault.fetch_log(owner.address()).await.expect("verified fetch");
    assert_eq!(log.record(id(1)).expect("record").payload, Payload::inline(filler(300, 1)));
    assert!(counted.total() >= 4, "the caller's layer saw the calls: {:?}", counted.calls());
    assert_eq!(vault.rpc_stats().total(), 0, "the SDK adds no transport of its own");

    // A provider that signs by itself (alloy's wallet filler): the client names the sender.
    let other = devnet.signer(1);
    let signing = ProviderBuilder::new().wallet(other.clone()).connect_http(url);
    let chain_id = signing.get_chain_id().await.expect("chain id");
    let vault = Vault::builder_for_provider(signing)
        .sender(other.address())
        .connect(devnet.vault_address())
        .await
        .expect("connect");
    assert_eq!(vault.chain_id(), chain_id);
    vault.write(id(2), 1, filler(200, 2), SeqCheck::Any).await.expect("write via the provider");
    let log = vault.fetch_log(other.address()).await.expect("verified fetch");
    assert_eq!(log.record(id(2)).expect("record").version, 1);

    // Without a signer or a sender there is no one to write as.
    let reader = Vault::builder_for_provider(
        ProviderBuilder::new().connect_http(devnet.rpc_url().parse().expect("url")),
    )
    .connect(devnet.vault_address())
    .await
    .expect("connect");
    let err = reader.write(id(3), 1, filler(10, 3), SeqCheck::Any).await.expect_err("no signer");
    assert!(matches!(err, memsync::VaultError::NoSigner), "{err}");
}
