//! The vault's events and the view a reader needs, as plain ABI types: an owner's log decoded
//! from the events an `eth_getLogs` returned, and the `logState` call its head is read with.
//!
//! This is the part of reading a log that needs no RPC client: a browser, a wallet or a server
//! that fetched the events (and the head, with [`logStateCall`]) through its own transport
//! decodes them here and checks them with [`VerifiedLog::verify`](crate::VerifiedLog::verify),
//! as [`Vault`](crate) does. The declarations match `contracts/src/interfaces/IMemoryVault.sol`;
//! a test checks them against the generated bindings.

use alloy::primitives::{Address, B256, Bytes, LogData};
use alloy::sol;
use alloy::sol_types::SolEvent;
use serde::{Deserialize, Serialize};

use crate::error::{Result, VaultError};
use crate::log::{Checkpoint, LogEntry};
use crate::operation::{Operation, Payload, decode_batch};

sol! {
    /// An inline write.
    #[derive(Debug, PartialEq, Eq)]
    event RecordWritten(
        address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext
    );

    /// A pointer write: the ciphertext is a blob at `uri`, of hash `contentHash`.
    #[derive(Debug, PartialEq, Eq)]
    event RecordPointerWritten(
        address indexed owner,
        bytes32 indexed id,
        uint64 version,
        uint64 seq,
        uint64 prevWriteBlock,
        bytes32 contentHash,
        string uri
    );

    /// A tombstone.
    #[derive(Debug, PartialEq, Eq)]
    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);

    /// A packed batch: operations `firstSeq, firstSeq + 1, ...`, all in this block.
    #[derive(Debug, PartialEq, Eq)]
    event BatchApplied(address indexed owner, uint64 firstSeq, uint64 prevWriteBlock, bytes ops);

    /// Where the ciphertext of code operation `seq` was deployed.
    #[derive(Debug, PartialEq, Eq)]
    event RecordCodeStored(address indexed owner, uint64 seq, address pointer);

    /// A batch one of the owner's delegates applied.
    #[derive(Debug, PartialEq, Eq)]
    event DelegatedBatchApplied(address indexed owner, address indexed delegate, uint64 firstSeq, uint64 lastSeq);

    /// The key-check value of a new key epoch, an operation of the log.
    #[derive(Debug, PartialEq, Eq)]
    event KeyCheckPublished(
        address indexed owner, uint64 indexed epoch, bytes32 keyCheck, uint64 seq, uint64 prevWriteBlock
    );

    /// The on-chain state of an owner's log.
    #[derive(Debug, PartialEq, Eq)]
    struct LogState {
        bytes32 head;
        uint64 seq;
        uint64 lastWriteBlock;
        uint64 keyEpoch;
    }

    /// The head, length and last-write block of `owner`'s log (`MemoryVault.logState`).
    function logState(address owner) external view returns (LogState memory state);
}

impl From<LogState> for Checkpoint {
    fn from(state: LogState) -> Self {
        Checkpoint { seq: state.seq, head: state.head, block: state.lastWriteBlock }
    }
}

/// The events that make up an owner's log: the operations, and where code records were
/// deployed. An `eth_getLogs` for an owner's log asks for these topics, with the owner as the
/// first indexed topic.
pub const LOG_EVENTS: [B256; 6] = [
    RecordWritten::SIGNATURE_HASH,
    RecordPointerWritten::SIGNATURE_HASH,
    RecordDeleted::SIGNATURE_HASH,
    KeyCheckPublished::SIGNATURE_HASH,
    BatchApplied::SIGNATURE_HASH,
    RecordCodeStored::SIGNATURE_HASH,
];

/// One event as `eth_getLogs` returns it (the JSON-RPC shape: `address`, `topics`, `data`,
/// `blockNumber` as a hex quantity, `blockHash`, `transactionHash`; other fields are ignored),
/// without the RPC client's types: what [`decode_logs`] reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventLog {
    /// The contract that emitted it.
    pub address: Address,
    /// Its topics (the event's signature hash first).
    pub topics: Vec<B256>,
    /// Its non-indexed data.
    pub data: Bytes,
    /// The block it is in (`None` while pending).
    #[serde(default, with = "quantity")]
    pub block_number: Option<u64>,
    /// That block's hash.
    #[serde(default)]
    pub block_hash: Option<B256>,
    /// The transaction that emitted it.
    #[serde(default)]
    pub transaction_hash: Option<B256>,
}

impl EventLog {
    /// The event's topics and data.
    fn log_data(&self) -> LogData {
        LogData::new_unchecked(self.topics.clone(), self.data.clone())
    }
}

#[cfg(feature = "client")]
impl From<&alloy::rpc::types::Log> for EventLog {
    fn from(log: &alloy::rpc::types::Log) -> Self {
        EventLog {
            address: log.address(),
            topics: log.topics().to_vec(),
            data: log.data().data.clone(),
            block_number: log.block_number,
            block_hash: log.block_hash,
            transaction_hash: log.transaction_hash,
        }
    }
}

/// A JSON-RPC quantity (`"0x1a"`), or null.
mod quantity {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(n: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(n) => s.serialize_str(&format!("{n:#x}")),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
        let digits = text
            .strip_prefix("0x")
            .ok_or_else(|| serde::de::Error::custom(format!("quantity {text:?} without 0x")))?;
        u64::from_str_radix(digits, 16)
            .map(Some)
            .map_err(|e| serde::de::Error::custom(format!("quantity {text:?}: {e}")))
    }
}

/// What one vault event says about an owner's log.
enum Decoded {
    /// Operations (one, or a whole batch).
    Entries(Vec<LogEntry>),
    /// Where the ciphertext of code operation `seq` was deployed.
    CodePointer { seq: u64, block: u64, pointer: Address },
}

/// Decodes an owner's vault events (of [`LOG_EVENTS`], as `eth_getLogs` returned them) into log
/// entries, in event order, with each code operation's contract filled in from its
/// `RecordCodeStored`. Refuses logs of another contract or owner, undecodable logs, code
/// operations without their contract, and contracts for operations that are not code writes.
///
/// The entries are not verified yet: [`VerifiedLog::verify`](crate::VerifiedLog::verify) checks
/// them against the on-chain head.
///
/// # Errors
///
/// [`VaultError::LogInconsistent`], naming what is wrong.
pub fn decode_logs(logs: &[EventLog], vault: Address, owner: Address) -> Result<Vec<LogEntry>> {
    let inconsistent = |reason: String| VaultError::LogInconsistent { owner, reason };
    let mut entries = Vec::new();
    let mut pointers = std::collections::BTreeMap::new();
    for log in logs {
        match decode(log, vault, owner)? {
            Decoded::Entries(e) => entries.extend(e),
            Decoded::CodePointer { seq, block, pointer } => {
                if pointers.insert(seq, (block, pointer)).is_some() {
                    return Err(inconsistent(format!("two contracts for code operation {seq}")));
                }
            }
        }
    }
    for entry in &mut entries {
        if let Operation::Write { payload: Payload::Code { pointer, .. }, .. } = &mut entry.op {
            match pointers.remove(&entry.seq) {
                Some((block, at)) if block == entry.block => *pointer = at,
                _ => {
                    return Err(inconsistent(format!(
                        "code operation {} in block {} comes without the contract it was \
                         deployed to",
                        entry.seq, entry.block
                    )));
                }
            }
        }
    }
    if let Some(seq) = pointers.keys().next() {
        return Err(inconsistent(format!(
            "a contract for operation {seq}, which is not a code write"
        )));
    }
    Ok(entries)
}

/// Decodes one vault event, refusing logs that do not belong to this vault and owner (an RPC
/// must not be able to slip in another contract's or owner's events).
fn decode(log: &EventLog, vault: Address, owner: Address) -> Result<Decoded> {
    let inconsistent = |reason: String| VaultError::LogInconsistent { owner, reason };
    if log.address != vault {
        return Err(inconsistent(format!("an event from {} instead of the vault", log.address)));
    }
    let block = log
        .block_number
        .ok_or_else(|| inconsistent("an event without a block number (pending?)".into()))?;
    let bad = |e: alloy::sol_types::Error| {
        inconsistent(format!("undecodable event in block {block}: {e}"))
    };
    let (tx_hash, block_hash) = (log.transaction_hash, log.block_hash);
    let entry = |seq, prev_write_block, op| LogEntry {
        seq,
        block,
        prev_write_block,
        tx_hash,
        block_hash,
        op,
    };
    let data = log.log_data();
    let topic0 = log.topics.first().copied().unwrap_or(B256::ZERO);
    let (event_owner, decoded) = match topic0 {
        RecordWritten::SIGNATURE_HASH => {
            let e = RecordWritten::decode_log_data(&data).map_err(bad)?;
            let op = Operation::write(e.id, e.version, e.ciphertext);
            (e.owner, Decoded::Entries(vec![entry(e.seq, e.prevWriteBlock, op)]))
        }
        RecordPointerWritten::SIGNATURE_HASH => {
            let e = RecordPointerWritten::decode_log_data(&data).map_err(bad)?;
            let payload = Payload::Pointer { content_hash: e.contentHash, uri: e.uri };
            let op = Operation::Write { id: e.id, version: e.version, payload };
            (e.owner, Decoded::Entries(vec![entry(e.seq, e.prevWriteBlock, op)]))
        }
        RecordDeleted::SIGNATURE_HASH => {
            let e = RecordDeleted::decode_log_data(&data).map_err(bad)?;
            let op = Operation::delete(e.id, e.version);
            (e.owner, Decoded::Entries(vec![entry(e.seq, e.prevWriteBlock, op)]))
        }
        KeyCheckPublished::SIGNATURE_HASH => {
            let e = KeyCheckPublished::decode_log_data(&data).map_err(bad)?;
            let op = Operation::PublishKeyCheck { epoch: e.epoch, key_check: e.keyCheck };
            (e.owner, Decoded::Entries(vec![entry(e.seq, e.prevWriteBlock, op)]))
        }
        BatchApplied::SIGNATURE_HASH => {
            let e = BatchApplied::decode_log_data(&data).map_err(bad)?;
            let ops = decode_batch(&e.ops).map_err(|reason| {
                inconsistent(format!("a batch in block {block} that does not parse: {reason}"))
            })?;
            let entries = ops
                .into_iter()
                .enumerate()
                .map(|(i, op)| {
                    // Operations after the first link to the batch's own block.
                    let prev = if i == 0 { e.prevWriteBlock } else { block };
                    entry(e.firstSeq.saturating_add(i as u64), prev, op)
                })
                .collect();
            (e.owner, Decoded::Entries(entries))
        }
        RecordCodeStored::SIGNATURE_HASH => {
            let e = RecordCodeStored::decode_log_data(&data).map_err(bad)?;
            (e.owner, Decoded::CodePointer { seq: e.seq, block, pointer: e.pointer })
        }
        other => return Err(inconsistent(format!("an unknown event {other} in block {block}"))),
    };
    if event_owner != owner {
        return Err(inconsistent(format!("an event of {event_owner} in block {block}")));
    }
    Ok(decoded)
}

#[cfg(all(test, feature = "client"))]
mod tests {
    use alloy::primitives::{Address, B256, Bytes};
    use alloy::sol_types::{SolCall, SolEvent};
    use memsync_bindings::memory_vault::MemoryVault as Bindings;

    /// `event` encodes to the log the generated bindings' event of the same name reads back and
    /// encodes again unchanged: the same signature, the same indexed arguments, the same data.
    fn same_as_bindings<Ours: SolEvent, Theirs: SolEvent>(event: &Ours) {
        assert_eq!(Ours::SIGNATURE, Theirs::SIGNATURE);
        let log = event.encode_log_data();
        let theirs = Theirs::decode_log_data(&log).expect("the bindings read our event");
        assert_eq!(theirs.encode_log_data(), log, "{}", Ours::SIGNATURE);
    }

    /// The declarations here are the contract's, as the generated bindings have them.
    #[test]
    fn the_events_and_the_view_match_the_contracts_bindings() {
        let (owner, id, word) =
            (Address::repeat_byte(1), B256::repeat_byte(2), B256::repeat_byte(3));
        let bytes = Bytes::from_static(b"ciphertext");
        same_as_bindings::<_, Bindings::RecordWritten>(&super::RecordWritten {
            owner,
            id,
            version: 2,
            seq: 3,
            prevWriteBlock: 4,
            ciphertext: bytes.clone(),
        });
        same_as_bindings::<_, Bindings::RecordPointerWritten>(&super::RecordPointerWritten {
            owner,
            id,
            version: 2,
            seq: 3,
            prevWriteBlock: 4,
            contentHash: word,
            uri: "ipfs://x".into(),
        });
        same_as_bindings::<_, Bindings::RecordDeleted>(&super::RecordDeleted {
            owner,
            id,
            version: 2,
            seq: 3,
            prevWriteBlock: 4,
        });
        same_as_bindings::<_, Bindings::BatchApplied>(&super::BatchApplied {
            owner,
            firstSeq: 3,
            prevWriteBlock: 4,
            ops: bytes,
        });
        same_as_bindings::<_, Bindings::RecordCodeStored>(&super::RecordCodeStored {
            owner,
            seq: 3,
            pointer: Address::repeat_byte(5),
        });
        same_as_bindings::<_, Bindings::DelegatedBatchApplied>(&super::DelegatedBatchApplied {
            owner,
            delegate: Address::repeat_byte(5),
            firstSeq: 3,
            lastSeq: 4,
        });
        same_as_bindings::<_, Bindings::KeyCheckPublished>(&super::KeyCheckPublished {
            owner,
            epoch: 1,
            keyCheck: word,
            seq: 3,
            prevWriteBlock: 4,
        });
        assert_eq!(super::logStateCall::SIGNATURE, Bindings::logStateCall::SIGNATURE);
        assert_eq!(super::logStateCall::SELECTOR, Bindings::logStateCall::SELECTOR);
    }
}

/// The read path without an RPC client: events as `eth_getLogs` returns them (JSON), decoded
/// and verified against the head.
#[cfg(test)]
mod read_path {
    use alloy::primitives::{Address, B256, Bytes, LogData};
    use alloy::sol_types::SolEvent;

    use super::{BatchApplied, EventLog, RecordWritten, decode_logs};
    use crate::{Checkpoint, Operation, VaultError, VerifiedLog, encode_batch, next_head};

    const VAULT: Address = Address::repeat_byte(0xaa);
    const OWNER: Address = Address::repeat_byte(0x0b);

    /// `data` as an RPC returns it: a log of `VAULT` in `block`, in the JSON of `eth_getLogs`
    /// (with the fields a reader ignores), parsed.
    fn rpc_log(data: LogData, block: u64) -> EventLog {
        let json = serde_json::json!({
            "address": VAULT,
            "topics": data.topics(),
            "data": data.data,
            "blockNumber": format!("{block:#x}"),
            "blockHash": B256::with_last_byte(block as u8),
            "blockTimestamp": "0x6750a2c0",
            "transactionHash": B256::repeat_byte(7),
            "transactionIndex": "0x0",
            "logIndex": "0x1",
            "removed": false,
        });
        let log: EventLog = serde_json::from_value(json).expect("parse");
        assert_eq!(log.block_number, Some(block));
        assert_eq!(serde_json::to_value(&log).expect("json")["blockNumber"], format!("{block:#x}"));
        log
    }

    /// A write in block 10, then a batch of two in block 12: decoded, linked and verified.
    fn log_of_three() -> (Vec<EventLog>, Vec<Operation>) {
        let ops = vec![
            Operation::write(B256::repeat_byte(1), 1, b"one".to_vec()),
            Operation::write(B256::repeat_byte(2), 1, b"two".to_vec()),
            Operation::delete(B256::repeat_byte(1), 2),
        ];
        let Operation::Write { id, version, .. } = &ops[0] else { unreachable!() };
        let first = RecordWritten {
            owner: OWNER,
            id: *id,
            version: *version,
            seq: 1,
            prevWriteBlock: 0,
            ciphertext: Bytes::from_static(b"one"),
        };
        let batch = BatchApplied {
            owner: OWNER,
            firstSeq: 2,
            prevWriteBlock: 10,
            ops: encode_batch(&ops[1..]).expect("batch"),
        };
        (vec![rpc_log(first.encode_log_data(), 10), rpc_log(batch.encode_log_data(), 12)], ops)
    }

    fn head_of(ops: &[Operation]) -> Checkpoint {
        let head = ops.iter().enumerate().fold(B256::ZERO, |head, (i, op)| {
            next_head(head, i as u64 + 1, op.op_hash().expect("hash"))
        });
        Checkpoint { seq: ops.len() as u64, head, block: 12 }
    }

    #[test]
    fn events_from_json_decode_and_verify_against_the_head() {
        let (logs, ops) = log_of_three();
        let entries = decode_logs(&logs, VAULT, OWNER).expect("decode");
        let seqs: Vec<_> = entries.iter().map(|e| (e.seq, e.block, e.prev_write_block)).collect();
        assert_eq!(seqs, [(1, 10, 0), (2, 12, 10), (3, 12, 12)]);
        let log = VerifiedLog::verify(OWNER, Checkpoint::default(), entries, head_of(&ops))
            .expect("verifies");
        assert_eq!(log.record(B256::repeat_byte(2)).expect("live").version, 1);
    }

    /// The head as a browser reads it: `eth_call` of `logState(owner)`, its answer decoded.
    #[test]
    fn the_log_state_answer_decodes_to_the_checkpoint() {
        use alloy::sol_types::{SolCall, SolValue};
        let (_, ops) = log_of_three();
        let head = head_of(&ops);
        let calldata = super::logStateCall { owner: OWNER }.abi_encode();
        assert_eq!(calldata[..4], super::logStateCall::SELECTOR);
        let state = super::LogState { head: head.head, seq: 3, lastWriteBlock: 12, keyEpoch: 1 };
        let answer = state.abi_encode();
        let decoded = super::logStateCall::abi_decode_returns(&answer).expect("decode");
        assert_eq!(Checkpoint::from(decoded), head);
    }

    #[test]
    fn a_hidden_or_altered_event_does_not_verify() {
        let (mut logs, ops) = log_of_three();
        logs.truncate(1);
        let entries = decode_logs(&logs, VAULT, OWNER).expect("decode");
        let err = VerifiedLog::verify(OWNER, Checkpoint::default(), entries, head_of(&ops))
            .expect_err("a batch hidden");
        assert!(matches!(err, VaultError::LogInconsistent { .. }), "{err}");

        let (logs, mut ops) = log_of_three();
        ops[2] = Operation::delete(B256::repeat_byte(2), 2);
        let entries = decode_logs(&logs, VAULT, OWNER).expect("decode");
        let err = VerifiedLog::verify(OWNER, Checkpoint::default(), entries, head_of(&ops))
            .expect_err("an operation altered");
        assert!(matches!(err, VaultError::LogHeadMismatch { .. }), "{err}");
    }

    #[test]
    fn events_of_another_vault_or_owner_are_refused() {
        let (mut logs, _) = log_of_three();
        logs[0].address = Address::repeat_byte(0xcc);
        let err = decode_logs(&logs, VAULT, OWNER).expect_err("another contract");
        assert!(err.to_string().contains("instead of the vault"), "{err}");
        let (logs, _) = log_of_three();
        let err = decode_logs(&logs, VAULT, Address::repeat_byte(0x0c)).expect_err("another owner");
        assert!(err.to_string().contains("an event of"), "{err}");
    }
}
