//! An RPC that lies about logs is caught: altered, hidden, reordered or foreign events never
//! yield a verified log.

use std::sync::Arc;

use alloy::primitives::{Address, B256};
use memsync::{Devnet, Error, LogFetch, Operation, SeqCheck, Vault};
use memsync_e2e::{LogTamper, LyingRpc, filler};
use serde_json::Value;

fn id(n: u8) -> B256 {
    B256::repeat_byte(n)
}

/// A devnet whose owner (dev account 0) wrote five operations over three blocks.
async fn devnet_with_history() -> Devnet {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    vault.write(id(1), 1, filler(200, 1), SeqCheck::Any).await.expect("write");
    let batch =
        [Operation::write(id(2), 1, filler(200, 2)), Operation::write(id(1), 2, filler(200, 3))];
    vault.apply_batch(&batch, SeqCheck::Exactly(1)).await.expect("batch");
    vault.write(id(3), 1, filler(200, 4), SeqCheck::Any).await.expect("write");
    vault.delete(id(2), 2, SeqCheck::Any).await.expect("delete");
    devnet
}

async fn fetch_through(
    devnet: &Devnet,
    tamper: LogTamper,
    fetch: LogFetch,
) -> Result<usize, Error> {
    let proxy = LyingRpc::start(devnet.rpc_url(), tamper).await;
    let vault =
        Vault::builder(proxy.url()).log_fetch(fetch).connect(devnet.vault_address()).await?;
    let owner = devnet.signer(0).address();
    Ok(vault.fetch_log(owner).await.map(|log| log.entries().len())?)
}

fn strategies(devnet: &Devnet) -> [LogFetch; 2] {
    [LogFetch::Links, LogFetch::Ranges { from_block: devnet.deploy_block(), max_blocks: 1_000 }]
}

/// Where the ciphertext starts in the hex `data` of a `RecordWritten` event (after "0x" and five
/// words).
const CIPHERTEXT_AT: usize = 2 + 5 * 64;

fn is_inline_write(log: &Value) -> bool {
    use alloy::sol_types::SolEvent;
    let sig = format!(
        "{:#x}",
        memsync::bindings::memory_vault::MemoryVault::RecordWritten::SIGNATURE_HASH
    );
    log["topics"][0].as_str() == Some(sig.as_str())
}

fn is_batch(log: &Value) -> bool {
    use alloy::sol_types::SolEvent;
    let sig = format!(
        "{:#x}",
        memsync::bindings::memory_vault::MemoryVault::BatchApplied::SIGNATURE_HASH
    );
    log["topics"][0].as_str() == Some(sig.as_str())
}

/// Where the packed operations start in the hex `data` of a `BatchApplied` event (after "0x"
/// and four words: firstSeq, prevWriteBlock, offset, length).
const OPS_AT: usize = 2 + 4 * 64;
/// One packed inline operation of the history's batch: header, 32-byte id, 1-byte version,
/// 3-byte length, then 200 bytes of ciphertext.
const OP_HEAD: usize = 1 + 32 + 1 + 3;
const OP_LEN: usize = OP_HEAD + 200;

fn hex_data(log: &mut Value) -> &mut Value {
    log.get_mut("data").expect("log data")
}

#[tokio::test]
async fn an_honest_proxy_passes() {
    let devnet = devnet_with_history().await;
    for fetch in strategies(&devnet) {
        let n = fetch_through(&devnet, Arc::new(|_: &mut Vec<Value>| {}), fetch).await;
        assert_eq!(n.expect("honest proxy"), 5, "{fetch:?}");
    }
}

#[tokio::test]
async fn an_altered_ciphertext_byte_is_refused() {
    let devnet = devnet_with_history().await;
    let tamper: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        for log in logs.iter_mut().filter(|log| is_inline_write(log)) {
            let data = hex_data(log);
            let mut s = data.as_str().expect("hex").to_owned();
            // version | seq | prevWriteBlock | offset | length | ciphertext: flip a nibble of
            // the ciphertext.
            let at = CIPHERTEXT_AT + 10;
            let flipped = if &s[at..=at] == "0" { "1" } else { "0" };
            s.replace_range(at..=at, flipped);
            *data = Value::String(s);
        }
    });
    for fetch in strategies(&devnet) {
        let err = fetch_through(&devnet, tamper.clone(), fetch).await.expect_err("altered");
        assert!(
            matches!(err, Error::Vault(memsync::VaultError::LogHeadMismatch { .. })),
            "{fetch:?}: {err}"
        );
        assert!(err.to_string().contains("use another RPC endpoint"), "{err}");
    }
}

#[tokio::test]
async fn a_hidden_event_is_refused() {
    let devnet = devnet_with_history().await;
    // Hide the batch (operations 2 and 3) wherever it appears.
    let hide_batch: LogTamper = Arc::new(|logs: &mut Vec<Value>| logs.retain(|log| !is_batch(log)));
    // Hide the single write of operation 4: its data is version | seq | prevWriteBlock | ...
    let hide_single: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        logs.retain(|log| {
            let data = log["data"].as_str().unwrap_or_default();
            is_batch(log) || u64::from_str_radix(&data[2 + 64 + 48..2 + 128], 16).unwrap_or(0) != 4
        });
    });
    // Cut the batch's second operation out of its packed bytes (and fix the ABI length).
    let cut_op: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        for log in logs.iter_mut().filter(|log| is_batch(log)) {
            let data = hex_data(log);
            let s = data.as_str().expect("hex").to_owned();
            let ops = &s[OPS_AT..OPS_AT + 2 * OP_LEN];
            let len = format!("{OP_LEN:064x}");
            *data = Value::String(format!("{}{len}{ops}", &s[..OPS_AT - 64]));
        }
    });
    for (name, tamper) in [("batch", hide_batch), ("single", hide_single), ("cut", cut_op)] {
        for fetch in strategies(&devnet) {
            let err = fetch_through(&devnet, tamper.clone(), fetch).await.expect_err(name);
            assert!(
                matches!(
                    err,
                    Error::Vault(memsync::VaultError::LogInconsistent { .. })
                        | Error::Vault(memsync::VaultError::LogHeadMismatch { .. })
                ),
                "{name} {fetch:?}: {err}"
            );
        }
    }
}

#[tokio::test]
async fn reordered_or_replayed_events_are_refused() {
    let devnet = devnet_with_history().await;
    let swap: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        // Swap the ciphertexts of the two writes of the batch, keeping their ids, versions and
        // seqs: swapped records.
        for log in logs.iter_mut().filter(|log| is_batch(log)) {
            let data = hex_data(log);
            let mut s = data.as_str().expect("hex").to_owned();
            let a = OPS_AT + 2 * OP_HEAD..OPS_AT + 2 * OP_LEN;
            let b = a.start + 2 * OP_LEN..a.end + 2 * OP_LEN;
            let (ct_a, ct_b) = (s[a.clone()].to_owned(), s[b.clone()].to_owned());
            s.replace_range(a, &ct_b);
            s.replace_range(b, &ct_a);
            *data = Value::String(s);
        }
    });
    let replay: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        if let Some(first) = logs.first().cloned() {
            logs.push(first);
        }
    });
    // The oldest event of an answer planted again into its newest block.
    let planted: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        if let (Some(first), Some(last)) = (logs.first(), logs.last())
            && first["blockNumber"] != last["blockNumber"]
        {
            let mut plant = first.clone();
            plant["blockNumber"] = last["blockNumber"].clone();
            logs.push(plant);
        }
    });
    // The same, for the one-block answers of link walking: an event of another block.
    let foreign_block: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        if let Some(mut plant) = logs.first().cloned() {
            plant["blockNumber"] = Value::String("0x1".into());
            logs.push(plant);
        }
    });
    let ranges = strategies(&devnet)[1];
    let cases = [
        ("swap", swap, strategies(&devnet).to_vec()),
        ("replay", replay, strategies(&devnet).to_vec()),
        ("foreign block", foreign_block, strategies(&devnet).to_vec()),
        // Link walking asks for one block at a time, so there is no newest block to plant into.
        ("plant", planted, vec![ranges]),
    ];
    for (name, tamper, fetches) in cases {
        for fetch in fetches {
            let err = fetch_through(&devnet, tamper.clone(), fetch).await.expect_err(name);
            assert!(
                matches!(
                    err,
                    Error::Vault(memsync::VaultError::LogInconsistent { .. })
                        | Error::Vault(memsync::VaultError::LogHeadMismatch { .. })
                ),
                "{name} {fetch:?}: {err}"
            );
        }
    }
}

#[tokio::test]
async fn events_of_another_contract_or_owner_are_refused() {
    let devnet = devnet_with_history().await;
    let other_contract: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        if let Some(log) = logs.first_mut() {
            log["address"] = Value::String(format!("{:#x}", Address::repeat_byte(0xee)));
        }
    });
    let other_owner: LogTamper = Arc::new(|logs: &mut Vec<Value>| {
        if let Some(log) = logs.first_mut() {
            log["topics"][1] =
                Value::String(format!("{:#x}", Address::repeat_byte(0xbb).into_word()));
        }
    });
    for fetch in strategies(&devnet) {
        for tamper in [other_contract.clone(), other_owner.clone()] {
            let err = fetch_through(&devnet, tamper, fetch).await.expect_err("foreign event");
            assert!(
                matches!(err, Error::Vault(memsync::VaultError::LogInconsistent { .. })),
                "{fetch:?}: {err}"
            );
        }
    }
}
