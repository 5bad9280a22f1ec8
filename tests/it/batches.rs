//! Batches against a real anvil: mixed kinds in one packed transaction, and batches too large
//! for one transaction, refused before sending or split under the EIP-7825 gas cap.

use alloy::primitives::{B256, keccak256};
use alloy::providers::Provider as _;
use memsync::gas::{TX_GAS_CAP, calldata_floor};
use memsync::{Devnet, LogFetch, Operation, Payload, SeqCheck, Vault, encode_batch};
use memsync_e2e::{Intercept, LyingRpc, filler};

fn id(n: u32) -> B256 {
    let mut id = B256::ZERO;
    id[..4].copy_from_slice(&n.to_be_bytes());
    id[4..16].copy_from_slice(&[0xa5; 12]);
    id
}

#[tokio::test]
async fn one_transaction_carries_every_kind_and_the_log_reads_it_back() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("owner");
    vault.write(id(1), 1, filler(100, 1), SeqCheck::Any).await.expect("an earlier record");

    let code = filler(2000, 3);
    let long_id = B256::repeat_byte(0x42); // a full 32-byte id takes the long form
    let ops = vec![
        Operation::write(id(2), 1, filler(256, 2)),
        Operation::write_code(id(3), 1, code.clone()),
        Operation::write_pointer(id(4), 7, keccak256(b"blob"), "ipfs://bafkreiexample"),
        Operation::delete(id(1), 2),
        Operation::write(long_id, u64::MAX - 1, filler(40, 5)),
    ];
    let receipt = vault.apply_batch(&ops, SeqCheck::Exactly(1)).await.expect("batch");
    assert_eq!(receipt.seq, 6);

    for fetch in
        [LogFetch::Links, LogFetch::Ranges { from_block: devnet.deploy_block(), max_blocks: 2 }]
    {
        let reader =
            Vault::builder(devnet.rpc_url()).log_fetch(fetch).connect(vault.address()).await;
        let log = reader.expect("reader").fetch_log(owner).await.expect("verified log");
        let batch: Vec<_> = log.entries()[1..].iter().collect();
        assert_eq!(batch.len(), ops.len());
        assert!(
            batch.iter().all(|e| e.block == receipt.block && e.tx_hash == Some(receipt.tx_hash))
        );
        for (entry, sent) in batch.iter().zip(&ops) {
            match (&entry.op, sent) {
                (
                    Operation::Write { payload: Payload::Code { content_hash, pointer }, .. },
                    Operation::Write { payload: Payload::NewCode(data), .. },
                ) => {
                    assert_eq!(*content_hash, keccak256(data));
                    let read = vault.read_code(*pointer, *content_hash).await.expect("code");
                    assert_eq!(read, *data);
                }
                (got, sent) => assert_eq!(got, sent),
            }
        }
        assert!(matches!(
            log.record(id(1)),
            Err(memsync::VaultError::RecordDeleted { version: 2, .. })
        ));
        assert_eq!(log.record(long_id).expect("long id").version, u64::MAX - 1);
    }

    // A contract address that holds other code is caught against the committed hash.
    let err = vault.read_code(vault.address(), keccak256(&code)).await.expect_err("not the record");
    assert!(matches!(err, memsync::VaultError::CodeRecordMismatch { .. }), "{err}");
}

#[tokio::test]
async fn a_batch_over_the_gas_cap_is_refused_before_sending_or_split() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("owner");

    // 1,800 records of 256 bytes: about 500 KB of calldata, some 20 million gas at the floor.
    let ops: Vec<_> =
        (0..1800).map(|i| Operation::write(id(i), 1, filler(256, (i % 251) as u8))).collect();
    let packed = encode_batch(&ops).expect("packed");
    assert!(calldata_floor(&packed) > TX_GAS_CAP, "the batch must not fit one transaction");

    let err = vault.apply_batch(&ops, SeqCheck::Any).await.expect_err("too large");
    assert!(
        matches!(err, memsync::VaultError::BatchTooLarge { operations: 1800, gas, cap: TX_GAS_CAP } if gas > TX_GAS_CAP),
        "{err}"
    );
    assert!(err.to_string().contains("EIP-7825"), "{err}");
    assert_eq!(vault.log_state(owner).await.expect("state").seq, 0, "nothing was sent");

    let receipts = vault.apply_chunked(&ops, SeqCheck::Exactly(0)).await.expect("chunked");
    assert!(receipts.len() >= 2, "split into {} transactions", receipts.len());
    let mut last = 0;
    for receipt in &receipts {
        assert!(receipt.gas_used <= TX_GAS_CAP, "{} gas in one transaction", receipt.gas_used);
        assert!(receipt.seq > last);
        last = receipt.seq;
        let tx = vault.provider().get_transaction_by_hash(receipt.tx_hash).await.expect("tx");
        assert!(tx.is_some());
    }
    assert_eq!(last, 1800);
    let log = vault.fetch_log(owner).await.expect("log");
    assert_eq!(log.records().len(), 1800);

    // One record larger than a whole transaction can carry cannot be split.
    let huge = [Operation::write(id(9999), 1, filler(500_000, 1))];
    let err = vault.apply_chunked(&huge, SeqCheck::Any).await.expect_err("one huge record");
    assert!(matches!(err, memsync::VaultError::BatchTooLarge { operations: 1, .. }), "{err}");
    assert!(err.to_string().contains("pointer mode"), "{err}");
    assert_eq!(vault.log_state(owner).await.expect("state").seq, 1800);
}

#[tokio::test]
async fn a_split_batch_that_fails_part_way_says_what_landed_and_resumes_without_duplicates() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner = devnet.signer(0).address();
    let ops: Vec<_> =
        (0..1800).map(|i| Operation::write(id(i), 1, filler(256, (i % 251) as u8))).collect();

    // An RPC that drops the second transaction it is asked to send.
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&sent);
    let intercept: Intercept = std::sync::Arc::new(move |request| {
        let method = request["method"].as_str().unwrap_or_default();
        if !method.starts_with("eth_sendRawTransaction") {
            return None;
        }
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        (n == 1).then(|| {
            serde_json::json!({"jsonrpc": "2.0", "id": request["id"],
                "error": {"code": -32000, "message": "connection reset by the test"}})
        })
    });
    let proxy = LyingRpc::intercepting(devnet.rpc_url(), intercept).await;
    let flaky = Vault::builder(proxy.url())
        .signer(devnet.signer(0))
        .connect(devnet.vault_address())
        .await
        .expect("client through the flaky RPC");

    let err = flaky.apply_chunked(&ops, SeqCheck::Exactly(0)).await.expect_err("dropped");
    let memsync::VaultError::BatchPartiallyApplied { applied, applied_operations, source } = &err
    else {
        panic!("expected a partial batch, got {err}");
    };
    assert_eq!(applied.len(), 1, "{err}");
    assert!(*applied_operations > 0 && *applied_operations < ops.len());
    assert_eq!(applied[0].seq, *applied_operations as u64);
    assert!(
        matches!(**source, memsync::VaultError::Contract(_) | memsync::VaultError::Rpc { .. }),
        "{source}"
    );
    assert!(err.to_string().contains("resume"), "{err}");

    // The chain holds exactly the first part; resuming from it writes the rest once.
    let vault = devnet.vault(0).await.expect("vault");
    assert_eq!(vault.log_state(owner).await.expect("state").seq, *applied_operations as u64);
    vault
        .apply_chunked(&ops[*applied_operations..], SeqCheck::Exactly(applied[0].seq))
        .await
        .expect("resume");
    let log = vault.fetch_log(owner).await.expect("log");
    assert_eq!(log.entries().len(), 1800);
    assert_eq!(log.records().len(), 1800);
}
