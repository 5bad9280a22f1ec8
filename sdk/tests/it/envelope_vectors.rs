//! The test vectors of docs/FORMAT.md (tests/vectors/envelope.json).
//!
//! Every vector is recomputed from its inputs and compared with its recorded outputs, through
//! the public API (sealing with the recorded randomness must give the recorded bytes, opening
//! must give the body) and through a direct computation from the FORMAT.md definitions with
//! the underlying primitives.
//!
//! The `memory_records` section is shaped like the memory layer's records on chain. Its bodies
//! are what the SDK's `MemoryClient` writes (checked on a devnet, so these tests start an anvil),
//! and its log, read back by a `MemoryClient` from a cache without a chain, must give the
//! vectors' memories.
//!
//! To regenerate after a deliberate format change, run with `MEMSYNC_WRITE_VECTORS` set to the
//! path of the vector file, e.g. `MEMSYNC_WRITE_VECTORS=tests/vectors/envelope.json cargo test
//! --test it envelope_vectors::vectors_match`, and review the diff.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aes_gcm_siv::aead::{AeadInOut, KeyInit};
use aes_gcm_siv::{Aes256GcmSiv, Key, Nonce};
use alloy::hex;
use alloy::primitives::{Address, B256, keccak256};
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolStruct;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use memsync::cache::LogCache;
use memsync::envelope::{self, EnvelopeInfo, RecordContext, StorageMode};
use memsync::import::{ExportHeader, write_export};
use memsync::keys::{
    EpochKeys, EpochRoot, KeyCheck, KeyEpoch, KeyScope, Keyring, RootSeed, key_derivation_request,
};
use memsync::memory::{
    Category, ImportOptions, Memory, MemoryClient, MemoryId, MemoryKind, MemoryUpdate, Search,
    Source,
};
use memsync::rpc::{RetryPolicy, RpcConfig};
use memsync::search::{EmbedFuture, Embedder, encode_vector};
use memsync::{
    Checkpoint, Devnet, LogEntry, MAX_CODE_CIPHERTEXT, Operation, Payload, StoragePolicy, Vault,
    decode_batch, encode_batch, next_head,
};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const VECTORS: &str = include_str!("../vectors/envelope.json");

// ---------------------------------------------------------------------------------------------
// The vector file.

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Vectors {
    comment: Vec<String>,
    roots: Vec<RootVector>,
    epoch_keys: Vec<EpochKeysVector>,
    envelopes: Vec<EnvelopeVector>,
    rekeys: Vec<RekeyVector>,
    memory_records: MemoryRecords,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
struct ScopeVector {
    chain_id: u64,
    vault: Address,
    owner: Address,
}

impl From<ScopeVector> for KeyScope {
    fn from(s: ScopeVector) -> Self {
        Self { chain_id: s.chain_id, vault: s.vault, owner: s.owner }
    }
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct RootVector {
    name: String,
    /// `seed_file`, `mnemonic` or `wallet`.
    kind: String,
    epoch: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mnemonic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    passphrase: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<ScopeVector>,
    // Outputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signer: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    eip712_domain_separator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    eip712_struct_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    eip712_signing_hash: Option<String>,
    ikm: String,
    salt: String,
    info: String,
    root: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct EpochKeysVector {
    name: String,
    root: String,
    scope: ScopeVector,
    // Outputs.
    epoch: u64,
    prk: String,
    key_encryption_key: String,
    record_id_key: String,
    key_check: String,
    record_ids: Vec<RecordIdVector>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct RecordIdVector {
    logical_id: String,
    record_id: B256,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
struct ContextVector {
    chain_id: u64,
    vault: Address,
    owner: Address,
    record_id: B256,
    version: u64,
    mode: u8,
}

impl ContextVector {
    fn get(&self) -> RecordContext {
        RecordContext {
            chain_id: self.chain_id,
            vault: self.vault,
            owner: self.owner,
            record_id: self.record_id,
            version: self.version,
            mode: StorageMode::from_byte(self.mode).unwrap(),
        }
    }
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct BodyVector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hex: Option<String>,
    /// Byte `i` of the body is `(i * 31 + 7) mod 256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pattern_len: Option<usize>,
}

impl BodyVector {
    fn bytes(&self) -> Vec<u8> {
        match (&self.hex, self.pattern_len) {
            (Some(h), None) => unhex(h),
            (None, Some(len)) => (0..len).map(|i| ((i * 31 + 7) % 256) as u8).collect(),
            _ => panic!("a body is either hex or a pattern"),
        }
    }
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct EnvelopeVector {
    name: String,
    keys: String,
    context: ContextVector,
    body: BodyVector,
    data_key: String,
    wrap_nonce: String,
    // Outputs.
    body_len: usize,
    padded_len: usize,
    chunk_count: usize,
    wrap_aad: String,
    chunk_aads: Vec<String>,
    envelope: String,
    envelope_keccak256: B256,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct RekeyVector {
    name: String,
    /// The envelope or rekey vector re-keyed.
    from: String,
    from_context: ContextVector,
    to_context: ContextVector,
    keys: String,
    wrap_nonce: String,
    // Outputs.
    body_envelope: String,
    body_version: u64,
    body_mode: u8,
    body_hash: B256,
    aad: String,
    envelope: String,
}

/// Records shaped like the memory layer's on chain (docs/FORMAT.md, "Memory records"): real
/// logical ids, `memory/1` bodies as the SDK writes them, a vector record, a code record, a
/// tombstone, and the log they form.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct MemoryRecords {
    comment: Vec<String>,
    ids: Vec<LogicalIdVector>,
    records: Vec<MemoryRecordVector>,
    log: LogVector,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct LogicalIdVector {
    name: String,
    /// `memory` or `vector`: the logical id is this, `/`, then the memory id's 16 bytes.
    record_kind: String,
    memory_id: MemoryId,
    /// For an imported memory, the key its id is derived from (FORMAT.md, "Imported ids").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_key: Option<String>,
    // Outputs.
    logical_id: String,
    record_ids: Vec<KeyedRecordId>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct KeyedRecordId {
    keys: String,
    record_id: B256,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct MemoryRecordVector {
    /// The logical-id vector of the record.
    id: String,
    /// A memory record: the memory its body holds, as the SDK's reader gives it back (its
    /// `version` is the record version, which is not in the body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    memory: Option<Memory>,
    /// A vector record: the embedding it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    embedding: Option<EmbeddingVector>,
    /// A memory record's body as text (the same bytes as `sealed.body`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body_text: Option<String>,
    /// The record version sealed, as the other envelope vectors (its `context.record_id` is the
    /// HMAC id of the logical id under `keys`).
    sealed: EnvelopeVector,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct EmbeddingVector {
    model: String,
    values: Vec<f32>,
}

/// The owner's log: the key-check publication of epoch 1 (seq 1), then one packed batch.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct LogVector {
    key_check: KeyCheckOpVector,
    batch: BatchVector,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct KeyCheckOpVector {
    seq: u64,
    keys: String,
    // Outputs.
    epoch: u64,
    key_check: B256,
    op_hash: B256,
    head: B256,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct BatchVector {
    first_seq: u64,
    ops: Vec<BatchOpVector>,
    // Outputs.
    /// The `ops` bytes of `BatchApplied` (and of `applyBatch`'s calldata).
    packed: String,
    packed_len: usize,
    /// keccak256 of `packed`: the `operations` field of a signed `WriteBatch`.
    packed_keccak256: B256,
    /// The head after the batch's last operation.
    head: B256,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct BatchOpVector {
    /// `inline`, `code` or `tombstone`.
    kind: String,
    /// The logical-id vector of the record.
    id: String,
    version: u64,
    /// A write: the memory-record vector whose envelope it carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    record: Option<String>,
    /// A code write: the contract its `RecordCodeStored` names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pointer: Option<Address>,
    // Outputs.
    seq: u64,
    /// The operation kind of "Log hash chain" and "Packed batches".
    op_kind: u8,
    record_id: B256,
    header: u8,
    /// The packed operation up to its ciphertext: header, id, version and (for a write) the
    /// 3-byte length. A write's packed form is this followed by the envelope.
    framing: String,
    op_hash: B256,
    head: B256,
}

// ---------------------------------------------------------------------------------------------
// Inputs of the vectors written by `MEMSYNC_WRITE_VECTORS`.

const ANVIL_KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const MNEMONIC: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon \
                        abandon abandon about";

fn scope() -> ScopeVector {
    ScopeVector {
        chain_id: 31_337,
        vault: "0x5FbDB2315678afecb367f032d93F642f64180aa3".parse().unwrap(),
        owner: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266".parse().unwrap(),
    }
}

fn seed_file() -> String {
    hex::encode((0u8..32).collect::<Vec<_>>())
}

/// Random-looking but fixed bytes: SHA-256 of a label, truncated.
fn fixed_bytes(label: &str, len: usize) -> String {
    hex::encode(&Sha256::digest(label.as_bytes())[..len])
}

fn input_vectors() -> Vectors {
    let root = |name: &str, kind: &str, epoch: u64| RootVector {
        name: name.into(),
        kind: kind.into(),
        epoch,
        seed: None,
        mnemonic: None,
        passphrase: None,
        private_key: None,
        scope: None,
        signer: None,
        eip712_domain_separator: None,
        eip712_struct_hash: None,
        eip712_signing_hash: None,
        ikm: String::new(),
        salt: String::new(),
        info: String::new(),
        root: String::new(),
    };
    let mut roots = Vec::new();
    for epoch in 1..=3 {
        roots.push(RootVector {
            seed: Some(seed_file()),
            ..root(&format!("seed-file-epoch-{epoch}"), "seed_file", epoch)
        });
    }
    roots.push(RootVector {
        mnemonic: Some(MNEMONIC.into()),
        passphrase: Some("TREZOR".into()),
        ..root("mnemonic-epoch-1", "mnemonic", 1)
    });
    roots.push(RootVector {
        private_key: Some(ANVIL_KEY.into()),
        scope: Some(scope()),
        ..root("wallet-epoch-1", "wallet", 1)
    });

    let epoch_keys = roots
        .iter()
        .map(|r| EpochKeysVector {
            name: r.name.replace("epoch", "keys-epoch"),
            root: r.name.clone(),
            scope: scope(),
            epoch: 0,
            prk: String::new(),
            key_encryption_key: String::new(),
            record_id_key: String::new(),
            key_check: String::new(),
            record_ids: ["profile", "memory/0b5e6c1e-9d2f-4c55-a1c4-2f1e8a7d3b90"]
                .iter()
                .map(|id| RecordIdVector { logical_id: (*id).into(), record_id: B256::ZERO })
                .collect(),
        })
        .collect();

    let text = "{\"kind\":\"semantic\",\"category\":\"preferences\",\"text\":\"Prefers concise \
                answers with code examples in Rust; works on an EVM memory vault.\"}";
    let long_text = text.repeat(8);
    let bodies: [(&str, &str, BodyVector, u8); 6] = [
        ("empty", "seed-file-keys-epoch-1", hex_body(b""), 0),
        ("memory-json", "seed-file-keys-epoch-1", hex_body(text.as_bytes()), 0),
        ("floor-255", "mnemonic-keys-epoch-1", pattern_body(255), 0),
        ("above-floor-256", "mnemonic-keys-epoch-1", pattern_body(256), 1),
        ("wallet-1kib", "wallet-keys-epoch-1", hex_body(&long_text.as_bytes()[..1000]), 1),
        ("multi-chunk-70000", "seed-file-keys-epoch-1", pattern_body(70_000), 2),
    ];
    let envelopes = bodies
        .into_iter()
        .enumerate()
        .map(|(i, (name, keys, body, mode))| EnvelopeVector {
            name: name.into(),
            keys: keys.into(),
            context: ContextVector {
                chain_id: scope().chain_id,
                vault: scope().vault,
                owner: scope().owner,
                record_id: B256::from_slice(&unhex(&fixed_bytes(&format!("record {name}"), 32))),
                version: 1 + i as u64,
                mode,
            },
            body,
            data_key: fixed_bytes(&format!("data key {name}"), 32),
            wrap_nonce: fixed_bytes(&format!("wrap nonce {name}"), 12),
            body_len: 0,
            padded_len: 0,
            chunk_count: 0,
            wrap_aad: String::new(),
            chunk_aads: Vec::new(),
            envelope: String::new(),
            envelope_keccak256: B256::ZERO,
        })
        .collect::<Vec<_>>();

    let memory = &envelopes[1].context;
    let rekey =
        |name: &str, from: &str, from_version: u64, to_version: u64, keys: &str| RekeyVector {
            name: name.into(),
            from: from.into(),
            from_context: ContextVector { version: from_version, ..*memory },
            to_context: ContextVector { version: to_version, mode: 0, ..*memory },
            keys: keys.into(),
            wrap_nonce: fixed_bytes(&format!("wrap nonce {name}"), 12),
            body_envelope: String::new(),
            body_version: 0,
            body_mode: 0,
            body_hash: B256::ZERO,
            aad: String::new(),
            envelope: String::new(),
        };
    let rekeys = vec![
        rekey("rotate-to-epoch-2", "memory-json", memory.version, 7, "seed-file-keys-epoch-2"),
        rekey("rotate-to-epoch-3", "rotate-to-epoch-2", 7, 9, "seed-file-keys-epoch-3"),
    ];

    Vectors {
        comment: vec![
            "MemSync envelope format v1 test vectors; see docs/FORMAT.md.".into(),
            "Byte strings are lowercase hex without 0x; addresses and 32-byte ids are 0x-hex."
                .into(),
            "A body given as pattern_len N is the N bytes b[i] = (i * 31 + 7) mod 256.".into(),
            "Sealing draws data_key then wrap_nonce; rewrapping draws wrap_nonce.".into(),
        ],
        roots,
        epoch_keys,
        envelopes,
        rekeys,
        memory_records: memory_records_inputs(),
    }
}

/// The model and values of the embedding in the vector record (exact in binary, so their
/// decimal form is the float).
fn embedding() -> EmbeddingVector {
    EmbeddingVector {
        model: "memsync-test-embedder".into(),
        values: vec![0.5, -0.25, 0.125, 0.8125, -1.0, 0.0],
    }
}

/// Sealed records longer than this are written as code (mode 2) by the SDK run that writes the
/// bodies (`StoragePolicy::code_above`): the long memory goes to code, the others stay inline.
const CODE_ABOVE: usize = 1024;

/// A long note (one paragraph, white space already normalised as the importers leave it).
const READING_NOTE: &str = concat!(
    "Reading list for the winter, roughly in the order I mean to read them, with why each one is ",
    "on it. Gödel, Escher, Bach by Douglas Hofstadter: a friend keeps quoting the chapter on ",
    "strange loops and I want to know whether the dialogues hold up. Cien años de soledad by ",
    "Gabriel García Márquez, in Spanish this time, slowly, with the family tree on a card as a ",
    "bookmark. The Mythical Man-Month by Fred Brooks, because every planning meeting at work ",
    "ends with someone citing Brooks's law and I have never read the essay it comes from. ",
    "Thinking in Systems by Donella Meadows, recommended after the talk on feedback loops in ",
    "supply chains; the library has it, the e-book is cheaper. Der Zauberberg by Thomas Mann, ",
    "which I gave up on twice at the snow chapter; third attempt, in the German edition with the ",
    "notes at the back. Designing Data-Intensive Applications by Martin Kleppmann, chapters on ",
    "replication and consistency only, for the storage project. The Left Hand of Darkness by ",
    "Ursula K. Le Guin, for the book club in February (we meet at the café on Rua das Flores). ",
    "A Pattern Language by Christopher Alexander, to dip into rather than read through; I want ",
    "the patterns about light on two sides of every room before we plan the flat. The Dispossessed ",
    "by Le Guin as well, if the first one goes well. Structure and Interpretation of Computer ",
    "Programs, the JavaScript edition, one chapter a month with the exercises, keeping notes in ",
    "the repository called sicp-notes. Les Misérables by Victor Hugo, unabridged, as the long ",
    "book of the year; the barricade chapters in June, as last time. Seeing Like a State by ",
    "James C. Scott, because of the argument about legibility that came up in the data team. ",
    "Finally the poems of Wisława Szymborska in the translation by Clare Cavanagh and Stanisław ",
    "Barańczak, a few each evening and never more than three at a time, which is how she is best ",
    "read. Skip anything on this list that has turned into homework by March."
);

fn at(time: &str) -> jiff::Timestamp {
    time.parse().unwrap()
}

fn memory_records_inputs() -> MemoryRecords {
    // A memory added on a device (a random id; here fixed), then updated.
    let allergy = Memory {
        id: MemoryId::from_bytes(unhex(&fixed_bytes("memory id allergy", 16)).try_into().unwrap()),
        text: "I'm allergic to penicillin.".into(),
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: [Category::Health].into(),
        tags: ["allergy".to_owned(), "medical".to_owned()].into(),
        source: Source::app("memsync-cli"),
        created_at: at("2026-11-22T10:00:00Z"),
        updated_at: at("2026-11-22T10:00:00Z"),
        confidence: 0.95,
        version: 1,
    };
    let allergy_2 = Memory {
        text: "I'm allergic to penicillin and to amoxicillin.".into(),
        updated_at: at("2026-12-01T08:30:00.25Z"),
        version: 2,
        ..allergy.clone()
    };
    // An episodic memory from an AI app, with an expiry, later deleted.
    let trip = Memory {
        id: MemoryId::from_bytes(unhex(&fixed_bytes("memory id trip", 16)).try_into().unwrap()),
        text: "Flying to Lisbon on 14 May for the \"Ledger & Memory\" conference — staying in \
               Alfama."
            .into(),
        kind: MemoryKind::Episodic,
        expires_at: Some(at("2027-05-17T00:00:00Z")),
        categories: [Category::Travel, Category::Career].into(),
        tags: ["conference".to_owned(), "Lisbon".to_owned()].into(),
        source: Source {
            app: Some("claude-desktop".into()),
            agent_id: None,
            thread_id: Some("conv-5d1e".into()),
        },
        created_at: at("2026-11-28T19:45:12.5Z"),
        updated_at: at("2026-11-28T19:45:12.5Z"),
        confidence: 0.8,
        version: 1,
    };
    // A long note imported from Markdown (a derived id), large enough to be stored as code.
    let note_key = format!("text:{READING_NOTE}");
    let note = Memory {
        id: MemoryId::derived(note_key.as_bytes()),
        text: READING_NOTE.into(),
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: [Category::Learning, Category::Interests].into(),
        tags: ["reading-list".to_owned()].into(),
        source: Source::app("markdown-import"),
        created_at: at("2026-10-03T07:12:00Z"),
        updated_at: at("2026-10-03T07:12:00Z"),
        confidence: 1.0,
        version: 1,
    };

    let id =
        |name: &str, record_kind: &str, memory: &Memory, id_key: Option<&str>| LogicalIdVector {
            name: name.into(),
            record_kind: record_kind.into(),
            memory_id: memory.id,
            id_key: id_key.map(Into::into),
            logical_id: String::new(),
            record_ids: ["seed-file-keys-epoch-1", "seed-file-keys-epoch-2"]
                .iter()
                .map(|keys| KeyedRecordId { keys: (*keys).into(), record_id: B256::ZERO })
                .collect(),
        };
    let ids = vec![
        id("memory-allergy", "memory", &allergy, None),
        id("vector-allergy", "vector", &allergy, None),
        id("memory-trip", "memory", &trip, None),
        id("memory-note", "memory", &note, Some(&note_key)),
    ];

    let sealed = |name: &str, version: u64, mode: StorageMode| EnvelopeVector {
        name: name.into(),
        keys: "seed-file-keys-epoch-1".into(),
        context: ContextVector {
            chain_id: scope().chain_id,
            vault: scope().vault,
            owner: scope().owner,
            record_id: B256::ZERO,
            version,
            mode: mode.to_byte(),
        },
        // Filled in from what the SDK writes (`sdk_written`).
        body: hex_body(b""),
        data_key: fixed_bytes(&format!("data key {name}"), 32),
        wrap_nonce: fixed_bytes(&format!("wrap nonce {name}"), 12),
        body_len: 0,
        padded_len: 0,
        chunk_count: 0,
        wrap_aad: String::new(),
        chunk_aads: Vec::new(),
        envelope: String::new(),
        envelope_keccak256: B256::ZERO,
    };
    let memory = |id: &str, name: &str, memory: &Memory, mode: StorageMode| MemoryRecordVector {
        id: id.into(),
        memory: Some(memory.clone()),
        embedding: None,
        body_text: Some(String::new()),
        sealed: sealed(name, memory.version, mode),
    };
    let records = vec![
        memory("memory-allergy", "memory-allergy-v1", &allergy, StorageMode::Inline),
        MemoryRecordVector {
            id: "vector-allergy".into(),
            memory: None,
            embedding: Some(embedding()),
            body_text: None,
            sealed: sealed("vector-allergy-v1", 1, StorageMode::Inline),
        },
        memory("memory-trip", "memory-trip-v1", &trip, StorageMode::Inline),
        memory("memory-note", "memory-note-v1", &note, StorageMode::Code),
        memory("memory-allergy", "memory-allergy-v2", &allergy_2, StorageMode::Inline),
    ];

    let op = |kind: &str, id: &str, version: u64, record: Option<&str>| BatchOpVector {
        kind: kind.into(),
        id: id.into(),
        version,
        record: record.map(Into::into),
        // The vault's first code record: SSTORE2 deploys it with CREATE, from the vault's
        // nonce 1.
        pointer: (kind == "code").then(|| scope().vault.create(1)),
        seq: 0,
        op_kind: 0,
        record_id: B256::ZERO,
        header: 0,
        framing: String::new(),
        op_hash: B256::ZERO,
        head: B256::ZERO,
    };
    let ops = vec![
        op("inline", "memory-allergy", 1, Some("memory-allergy-v1")),
        op("inline", "vector-allergy", 1, Some("vector-allergy-v1")),
        op("inline", "memory-trip", 1, Some("memory-trip-v1")),
        op("code", "memory-note", 1, Some("memory-note-v1")),
        op("inline", "memory-allergy", 2, Some("memory-allergy-v2")),
        op("tombstone", "memory-trip", 2, None),
    ];

    MemoryRecords {
        comment: vec![
            "Records shaped as the memory layer writes them; see docs/FORMAT.md, \"Test vectors\"."
                .into(),
            "A logical id is record_kind, \"/\", then the memory id's 16 raw bytes (hex here; \
             not UTF-8)."
                .into(),
            "Bodies are what the SDK's MemoryClient writes for `memory` (an import of the \
             version-1 memories, then an update and a delete)."
                .into(),
            "The log is the key-check publication of epoch 1 (seq 1), then one packed batch \
             (BatchApplied's ops)."
                .into(),
        ],
        ids,
        records,
        log: LogVector {
            key_check: KeyCheckOpVector {
                seq: 1,
                keys: "seed-file-keys-epoch-1".into(),
                epoch: 0,
                key_check: B256::ZERO,
                op_hash: B256::ZERO,
                head: B256::ZERO,
            },
            batch: BatchVector {
                first_seq: 2,
                ops,
                packed: String::new(),
                packed_len: 0,
                packed_keccak256: B256::ZERO,
                head: B256::ZERO,
            },
        },
    }
}

fn hex_body(bytes: &[u8]) -> BodyVector {
    BodyVector { hex: Some(hex::encode(bytes)), pattern_len: None }
}

fn pattern_body(len: usize) -> BodyVector {
    BodyVector { hex: None, pattern_len: Some(len) }
}

// ---------------------------------------------------------------------------------------------
// Computing the outputs, from FORMAT.md and through the public API.

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

/// Plays back fixed bytes as randomness, and fails the test if more are drawn than recorded.
struct ReplayRng(VecDeque<u8>);

impl ReplayRng {
    fn new(parts: &[&str]) -> Self {
        Self(parts.iter().flat_map(|p| unhex(p)).collect())
    }
}

impl RngCore for ReplayRng {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        for byte in dst {
            *byte = self.0.pop_front().expect("the vector records no more randomness");
        }
    }
}

impl CryptoRng for ReplayRng {}

fn hkdf32(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    Hkdf::<Sha256>::new(Some(salt), ikm).expand(info, &mut out).unwrap();
    out
}

/// The record id of `logical` under a record-id key (FORMAT.md, "Record ids").
fn direct_record_id(record_id_key: &str, logical: &[u8]) -> B256 {
    let mut mac = <Hmac<Sha256>>::new_from_slice(&unhex(record_id_key)).unwrap();
    mac.update(logical);
    B256::right_padding_from(&mac.finalize().into_bytes()[..16])
}

/// `word(x)` of "Log hash chain": 32 bytes, big-endian.
fn word(x: u64) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[24..].copy_from_slice(&x.to_be_bytes());
    w
}

fn scope_bytes(s: &ScopeVector) -> Vec<u8> {
    [&s.chain_id.to_be_bytes()[..], s.vault.as_slice(), s.owner.as_slice()].concat()
}

fn context_aad(purpose: u8, c: &ContextVector, epoch: u64) -> Vec<u8> {
    [
        &b"MSEV"[..],
        &[1, purpose],
        &c.chain_id.to_be_bytes(),
        c.vault.as_slice(),
        c.owner.as_slice(),
        c.record_id.as_slice(),
        &c.version.to_be_bytes(),
        &[c.mode],
        &epoch.to_be_bytes(),
    ]
    .concat()
}

/// AES-256-GCM-SIV (RFC 8452): ciphertext ‖ tag.
fn gcm_siv(key: &[u8], nonce: &[u8], plaintext: &[u8], aad: &[u8]) -> Vec<u8> {
    let mut out = plaintext.to_vec();
    let tag = Aes256GcmSiv::new(&Key::<Aes256GcmSiv>::try_from(key).unwrap())
        .encrypt_inout_detached(&Nonce::try_from(nonce).unwrap(), aad, out.as_mut_slice().into())
        .unwrap();
    out.extend_from_slice(&tag);
    out
}

struct Computed {
    vectors: Vectors,
    /// The epoch keys of each epoch-keys vector, through the public API.
    keys: Vec<(String, EpochKeys)>,
}

impl Computed {
    fn keys(&self, name: &str) -> &EpochKeys {
        &self.keys.iter().find(|(n, _)| n == name).unwrap().1
    }

    fn keyring(&self) -> Keyring {
        let scope: KeyScope = scope().into();
        let mut ring = Keyring::new(scope);
        for v in self.vectors.roots.iter().filter(|r| r.kind == "seed_file") {
            ring.insert(
                &RootSeed::from_seed_bytes(&unhex(&seed_file()))
                    .unwrap()
                    .epoch_root(KeyEpoch(v.epoch)),
            )
            .unwrap();
        }
        ring
    }
}

async fn compute(inputs: &Vectors) -> Computed {
    let mut v = inputs.clone();

    // Roots: recomputed from FORMAT.md, then cross-checked against the public API through the
    // key-check value of the keys derived from them.
    let mut api_roots = Vec::new();
    for r in &mut v.roots {
        let info = [&b"memsync/v1/epoch-root"[..], &r.epoch.to_be_bytes()].concat();
        let epoch = KeyEpoch(r.epoch);
        let (salt, ikm, api_root) = match r.kind.as_str() {
            "seed_file" => {
                let seed = unhex(r.seed.as_ref().unwrap());
                let api = RootSeed::from_seed_bytes(&seed).unwrap().epoch_root(epoch);
                ("memsync/v1/root/seed-file", seed, api)
            }
            "mnemonic" => {
                let (phrase, pass) = (r.mnemonic.as_ref().unwrap(), r.passphrase.as_ref().unwrap());
                let seed = bip39::Mnemonic::parse(phrase.as_str()).unwrap().to_seed(pass.as_str());
                let api = RootSeed::from_mnemonic(phrase, pass).unwrap().epoch_root(epoch);
                ("memsync/v1/root/mnemonic", seed.to_vec(), api)
            }
            "wallet" => {
                let signer: PrivateKeySigner = r.private_key.as_ref().unwrap().parse().unwrap();
                let scope: KeyScope = r.scope.unwrap().into();
                let (message, domain) = key_derivation_request(&scope, epoch);
                let digest = message.eip712_signing_hash(&domain);
                let signature = signer.sign_hash_sync(&digest).unwrap().normalized_s();
                r.signer = Some(signer.address());
                r.eip712_domain_separator = Some(hex::encode(domain.separator()));
                r.eip712_struct_hash = Some(hex::encode(message.eip712_hash_struct()));
                r.eip712_signing_hash = Some(hex::encode(digest));
                let api = EpochRoot::from_wallet(&signer, &scope, epoch).await.unwrap();
                ("memsync/v1/root/wallet", signature.as_bytes().to_vec(), api)
            }
            other => panic!("unknown root kind {other}"),
        };
        r.ikm = hex::encode(&ikm);
        r.salt = salt.into();
        r.info = hex::encode(&info);
        r.root = hex::encode(hkdf32(salt.as_bytes(), &ikm, &info));
        api_roots.push((r.name.clone(), api_root));
    }

    let mut keys = Vec::new();
    for k in &mut v.epoch_keys {
        let root = v.roots.iter().find(|r| r.name == k.root).unwrap();
        k.epoch = root.epoch;
        let (prk, _) = Hkdf::<Sha256>::extract(Some(b"memsync/v1/epoch-keys"), &unhex(&root.root));
        let hk = Hkdf::<Sha256>::from_prk(&prk).unwrap();
        let subkey = |label: &str| {
            let info = [label.as_bytes(), &scope_bytes(&k.scope), &k.epoch.to_be_bytes()].concat();
            let mut out = [0u8; 32];
            hk.expand(&info, &mut out).unwrap();
            out
        };
        k.prk = hex::encode(prk);
        k.key_encryption_key = hex::encode(subkey("memsync/v1/key-encryption-key"));
        k.record_id_key = hex::encode(subkey("memsync/v1/record-id-key"));
        k.key_check = hex::encode(subkey("memsync/v1/key-check"));

        let api_root = &api_roots.iter().find(|(n, _)| *n == k.root).unwrap().1;
        let api = EpochKeys::derive(&k.scope.into(), api_root).unwrap();
        assert_eq!(api.epoch(), KeyEpoch(k.epoch));
        let expected_check = KeyCheck(B256::from_slice(&unhex(&k.key_check)));
        api.verify_key_check(&expected_check).unwrap();
        for id in &mut k.record_ids {
            id.record_id = direct_record_id(&k.record_id_key, id.logical_id.as_bytes());
            assert_eq!(api.record_id(id.logical_id.as_bytes()), id.record_id);
        }
        keys.push((k.name.clone(), api));
    }
    let mut computed = Computed { vectors: v, keys };

    // Full envelopes: sealed through the API with the recorded randomness, and built again from
    // FORMAT.md with AES-256-GCM-SIV directly.
    for i in 0..computed.vectors.envelopes.len() {
        computed.vectors.envelopes[i] = computed.seal(&computed.vectors.envelopes[i]);
    }

    // Key-only envelopes from rotations.
    let ring = computed.keyring();
    for i in 0..computed.vectors.rekeys.len() {
        let r = computed.vectors.rekeys[i].clone();
        let (from_envelope, body_envelope_name) = computed.envelope_bytes(&r.from);
        let body_vector =
            computed.vectors.envelopes.iter().find(|e| e.name == body_envelope_name).unwrap();
        let body_envelope = unhex(&body_vector.envelope);
        let to_keys = computed.keys(&r.keys);
        let (from, to) = (r.from_context.get(), r.to_context.get());
        let rekeyed = envelope::rewrap_with_rng(
            &mut ReplayRng::new(&[&r.wrap_nonce]),
            &ring,
            &from,
            &from_envelope,
            &to,
            to_keys,
        )
        .unwrap();

        let keys_vector = computed.vectors.epoch_keys.iter().find(|k| k.name == r.keys).unwrap();
        let epoch = keys_vector.epoch;
        let body_hash = keccak256(&body_envelope);
        let (body_version, body_mode) = (body_vector.context.version, body_vector.context.mode);
        let mut aad = context_aad(2, &r.to_context, epoch);
        aad.extend_from_slice(&body_version.to_be_bytes());
        aad.push(body_mode);
        aad.extend_from_slice(body_hash.as_slice());
        let mut direct = [&b"MSEV"[..], &[1, 1], &epoch.to_be_bytes()].concat();
        direct.extend_from_slice(&body_version.to_be_bytes());
        direct.push(body_mode);
        direct.extend_from_slice(body_hash.as_slice());
        direct.extend_from_slice(&unhex(&r.wrap_nonce));
        let kek = unhex(&keys_vector.key_encryption_key);
        direct.extend(gcm_siv(&kek, &unhex(&r.wrap_nonce), &unhex(&body_vector.data_key), &aad));
        assert_eq!(hex::encode(&rekeyed), hex::encode(&direct), "{}: API and FORMAT.md", r.name);

        let opened = envelope::open_rekeyed(&ring, &to, &rekeyed, &body_envelope).unwrap();
        assert_eq!(*opened, body_vector.body.bytes(), "{}: open_rekeyed", r.name);

        let out = &mut computed.vectors.rekeys[i];
        out.body_envelope = body_envelope_name;
        out.body_version = body_version;
        out.body_mode = body_mode;
        out.body_hash = body_hash;
        out.aad = hex::encode(&aad);
        out.envelope = hex::encode(&rekeyed);
    }

    computed.vectors.memory_records = computed.memory_records();
    computed
}

impl Computed {
    /// The outputs of envelope vector `e`: sealed through the API with the recorded randomness,
    /// and built again from FORMAT.md with AES-256-GCM-SIV directly.
    fn seal(&self, e: &EnvelopeVector) -> EnvelopeVector {
        let keys_vector = self.vectors.epoch_keys.iter().find(|k| k.name == e.keys).unwrap();
        let body = e.body.bytes();
        let ctx = e.context.get();
        let api_keys = self.keys(&e.keys);
        let sealed = envelope::seal_with_rng(
            &mut ReplayRng::new(&[&e.data_key, &e.wrap_nonce]),
            api_keys,
            &ctx,
            &body,
        )
        .unwrap();

        let padded_len = envelope::padded_len(body.len()).unwrap();
        let chunk_count = padded_len.div_ceil(envelope::CHUNK_LEN);
        let epoch = keys_vector.epoch;
        let mut wrap_aad = context_aad(0, &e.context, epoch);
        wrap_aad.extend_from_slice(&(padded_len as u32).to_be_bytes());
        wrap_aad.extend_from_slice(&(chunk_count as u32).to_be_bytes());
        let mut direct = [&b"MSEV"[..], &[1, 0], &epoch.to_be_bytes()].concat();
        direct.extend_from_slice(&(padded_len as u32).to_be_bytes());
        direct.extend_from_slice(&unhex(&e.wrap_nonce));
        let kek = unhex(&keys_vector.key_encryption_key);
        direct.extend(gcm_siv(&kek, &unhex(&e.wrap_nonce), &unhex(&e.data_key), &wrap_aad));
        let mut padded = body.clone();
        padded.push(0x80);
        padded.resize(padded_len, 0);
        let mut chunk_aads = Vec::new();
        for (index, chunk) in padded.chunks(envelope::CHUNK_LEN).enumerate() {
            let mut aad = context_aad(1, &e.context, epoch);
            aad.extend_from_slice(&(padded_len as u32).to_be_bytes());
            aad.extend_from_slice(&(chunk_count as u32).to_be_bytes());
            aad.extend_from_slice(&(index as u32).to_be_bytes());
            let mut nonce = [0u8; 12];
            nonce[4..].copy_from_slice(&(index as u64).to_be_bytes());
            direct.extend(gcm_siv(&unhex(&e.data_key), &nonce, chunk, &aad));
            chunk_aads.push(hex::encode(&aad));
        }
        assert_eq!(hex::encode(&sealed), hex::encode(&direct), "{}: API and FORMAT.md", e.name);
        assert_eq!(Some(sealed.len()), envelope::sealed_len(body.len()));

        let ring = self.keyring_for(&scope().into(), &e.keys);
        assert_eq!(*envelope::open(&ring, &ctx, &sealed).unwrap(), body, "{}: open", e.name);
        assert_eq!(
            envelope::inspect(&sealed).unwrap(),
            EnvelopeInfo::Sealed {
                epoch: KeyEpoch(epoch),
                padded_len: padded_len as u32,
                chunk_count: chunk_count as u32
            }
        );

        EnvelopeVector {
            body_len: body.len(),
            padded_len,
            chunk_count,
            wrap_aad: hex::encode(&wrap_aad),
            chunk_aads,
            envelope: hex::encode(&sealed),
            envelope_keccak256: keccak256(&sealed),
            ..e.clone()
        }
    }

    /// The outputs of the memory-record vectors: ids through `MemoryId::record_name` and
    /// `EpochKeys::record_id` and from FORMAT.md, envelopes as the other envelope vectors, and
    /// the log through `encode_batch`, `Operation::op_hash` and `next_head` and from FORMAT.md.
    fn memory_records(&self) -> MemoryRecords {
        let mut m = self.vectors.memory_records.clone();
        for id in &mut m.ids {
            if let Some(key) = &id.id_key {
                let digest = Sha256::new_with_prefix(b"memsync/v1/memory-id\0")
                    .chain_update(key.as_bytes())
                    .finalize();
                assert_eq!(&digest[..16], id.memory_id.as_bytes(), "{}: imported id", id.name);
                assert_eq!(MemoryId::derived(key.as_bytes()), id.memory_id);
            }
            let logical = [id.record_kind.as_bytes(), b"/", id.memory_id.as_bytes()].concat();
            match id.record_kind.as_str() {
                "memory" => assert_eq!(logical, id.memory_id.record_name()),
                "vector" => {}
                other => panic!("unknown record kind {other}"),
            }
            id.logical_id = hex::encode(&logical);
            for r in &mut id.record_ids {
                r.record_id = self.record_id(&r.keys, &logical);
            }
        }

        for r in &mut m.records {
            let id = m.ids.iter().find(|i| i.name == r.id).unwrap();
            let keyed = id.record_ids.iter().find(|k| k.keys == r.sealed.keys).unwrap();
            r.sealed.context.record_id = keyed.record_id;
            let body = r.sealed.body.bytes();
            match (&r.memory, &r.embedding) {
                (Some(memory), None) => {
                    assert_eq!(id.record_kind, "memory", "{}", r.sealed.name);
                    assert_eq!(memory.id, id.memory_id, "{}", r.sealed.name);
                    assert_eq!(memory.version, r.sealed.context.version, "{}", r.sealed.name);
                    r.body_text = Some(String::from_utf8(body).unwrap());
                }
                (None, Some(e)) => {
                    assert_eq!(id.record_kind, "vector", "{}", r.sealed.name);
                    // The memory id, then the vector layout of FORMAT.md.
                    let mut direct = id.memory_id.as_bytes().to_vec();
                    direct.extend_from_slice(b"MSV\x01");
                    direct.push(e.model.len() as u8);
                    direct.extend_from_slice(e.model.as_bytes());
                    direct.extend_from_slice(&(e.values.len() as u32).to_le_bytes());
                    for value in &e.values {
                        direct.extend_from_slice(&value.to_le_bytes());
                    }
                    let layout = encode_vector(&e.model, &e.values).unwrap();
                    assert_eq!(direct[16..], layout, "{}: API and FORMAT.md", r.sealed.name);
                    assert_eq!(body, direct, "{}: the vector record's body", r.sealed.name);
                }
                _ => panic!("{}: a memory or an embedding", r.sealed.name),
            }
            r.sealed = self.seal(&r.sealed);
        }

        // The log: the key-check publication, then the batch.
        let kc = &mut m.log.key_check;
        let keys_vector = self.vectors.epoch_keys.iter().find(|k| k.name == kc.keys).unwrap();
        kc.epoch = keys_vector.epoch;
        kc.key_check = B256::from_slice(&unhex(&keys_vector.key_check));
        kc.op_hash = keccak256([word(16), word(kc.epoch), kc.key_check.0].concat());
        let publish = Operation::PublishKeyCheck { epoch: kc.epoch, key_check: kc.key_check };
        assert_eq!(publish.op_hash(), Some(kc.op_hash));
        kc.head = keccak256([[0; 32], word(kc.seq), kc.op_hash.0].concat());
        assert_eq!(next_head(B256::ZERO, kc.seq, kc.op_hash), kc.head);
        let (log_keys, mut head) = (kc.keys.clone(), kc.head);
        let batch = &mut m.log.batch;
        assert_eq!(batch.first_seq, m.log.key_check.seq + 1);
        let (mut ops, mut packed) = (Vec::new(), Vec::new());
        for (i, o) in batch.ops.iter_mut().enumerate() {
            o.seq = batch.first_seq + i as u64;
            let id = m.ids.iter().find(|i| i.name == o.id).unwrap();
            // A record keeps the id of the epoch it was created in, here the log's only one.
            o.record_id = id.record_ids.iter().find(|k| k.keys == log_keys).unwrap().record_id;
            let record = o.record.as_ref().map(|name| {
                let r = m.records.iter().find(|r| r.sealed.name == *name).unwrap();
                assert_eq!(r.id, o.id, "{name}");
                assert_eq!(r.sealed.context.record_id, o.record_id, "{name}");
                assert_eq!(r.sealed.context.version, o.version, "{name}");
                r
            });
            let envelope = record.map(|r| unhex(&r.sealed.envelope));
            let (rid, version) = (o.record_id, o.version);
            let (op_kind, op, applied) = match (o.kind.as_str(), &envelope) {
                ("inline", Some(env)) => {
                    assert_eq!(record.unwrap().sealed.context.mode, StorageMode::Inline.to_byte());
                    o.op_hash =
                        keccak256([word(0), rid.0, word(version), keccak256(env).0].concat());
                    let op = Operation::write(rid, version, env.clone());
                    (0u8, op.clone(), op)
                }
                ("code", Some(env)) => {
                    // Mode 2 in the envelope, kind 3 in the batch and the operation hash.
                    assert_eq!(record.unwrap().sealed.context.mode, StorageMode::Code.to_byte());
                    assert!(env.len() <= MAX_CODE_CIPHERTEXT);
                    let pointer = o.pointer.unwrap();
                    o.op_hash = keccak256(
                        [word(3), rid.0, word(version), keccak256(env).0, pointer.into_word().0]
                            .concat(),
                    );
                    let applied = Operation::Write {
                        id: rid,
                        version,
                        payload: Payload::Code { content_hash: keccak256(env), pointer },
                    };
                    (3, Operation::write_code(rid, version, env.clone()), applied)
                }
                ("tombstone", None) => {
                    o.op_hash = keccak256([word(2), rid.0, word(version)].concat());
                    let op = Operation::delete(rid, version);
                    (2, op.clone(), op)
                }
                (kind, _) => panic!("op {}: {kind} with or without a record", o.seq),
            };
            assert_eq!(applied.op_hash(), Some(o.op_hash), "op {}: API and FORMAT.md", o.seq);
            let next = keccak256([head.0, word(o.seq), o.op_hash.0].concat());
            assert_eq!(next_head(head, o.seq, o.op_hash), next);
            head = next;
            o.head = head;

            // Packed: a short id (the SDK's ids have a zero low half), the shortest version.
            assert!(rid[16..].iter().all(|b| *b == 0), "op {}: not a short id", o.seq);
            let vlen = (8 - version.leading_zeros() as usize / 8).max(1);
            o.op_kind = op_kind;
            o.header = op_kind | 0x04 | ((vlen as u8 - 1) << 3);
            let mut framing = vec![o.header];
            framing.extend_from_slice(&rid[..16]);
            framing.extend_from_slice(&version.to_be_bytes()[8 - vlen..]);
            if let Some(env) = &envelope {
                framing.extend_from_slice(&(env.len() as u32).to_be_bytes()[1..]);
            }
            let whole = [framing.as_slice(), envelope.as_deref().unwrap_or_default()].concat();
            assert_eq!(*encode_batch(std::slice::from_ref(&op)).unwrap(), whole, "op {}", o.seq);
            o.framing = hex::encode(&framing);
            packed.extend_from_slice(&whole);
            ops.push((op, applied));
        }
        let api: Vec<Operation> = ops.iter().map(|(op, _)| op.clone()).collect();
        assert_eq!(*encode_batch(&api).unwrap(), packed);
        // Read back, a code write has its ciphertext's hash and no contract yet.
        let decoded = decode_batch(&packed).unwrap();
        assert_eq!(decoded.len(), ops.len());
        for (got, (_, applied)) in decoded.iter().zip(&ops) {
            let want = match applied {
                Operation::Write { id, version, payload: Payload::Code { content_hash, .. } } => {
                    Operation::Write {
                        id: *id,
                        version: *version,
                        payload: Payload::Code {
                            content_hash: *content_hash,
                            pointer: Address::ZERO,
                        },
                    }
                }
                other => other.clone(),
            };
            assert_eq!(*got, want);
        }
        batch.packed = hex::encode(&packed);
        batch.packed_len = packed.len();
        batch.packed_keccak256 = keccak256(&packed);
        batch.head = head;
        m
    }

    /// The record id of `logical` under the keys of epoch-keys vector `keys`, from FORMAT.md
    /// and through the API.
    fn record_id(&self, keys: &str, logical: &[u8]) -> B256 {
        let k = self.vectors.epoch_keys.iter().find(|k| k.name == keys).unwrap();
        let id = direct_record_id(&k.record_id_key, logical);
        assert_eq!(self.keys(keys).record_id(logical), id);
        id
    }

    /// A keyring holding just the keys of one epoch-keys vector.
    fn keyring_for(&self, scope: &KeyScope, keys_name: &str) -> Keyring {
        let k = self.vectors.epoch_keys.iter().find(|k| k.name == keys_name).unwrap();
        let r = self.vectors.roots.iter().find(|r| r.name == k.root).unwrap();
        let epoch = KeyEpoch(r.epoch);
        let mut ring = Keyring::new(*scope);
        let root = match r.kind.as_str() {
            "seed_file" => RootSeed::from_seed_bytes(&unhex(r.seed.as_ref().unwrap()))
                .unwrap()
                .epoch_root(epoch),
            "mnemonic" => RootSeed::from_mnemonic(
                r.mnemonic.as_ref().unwrap(),
                r.passphrase.as_ref().unwrap(),
            )
            .unwrap()
            .epoch_root(epoch),
            _ => {
                let signer: PrivateKeySigner = r.private_key.as_ref().unwrap().parse().unwrap();
                let (message, domain) = key_derivation_request(scope, epoch);
                let sig = signer.sign_typed_data_sync(&message, &domain).unwrap();
                EpochRoot::from_wallet_signatures(scope, epoch, signer.address(), &sig, &sig)
                    .unwrap()
            }
        };
        ring.insert(&root).unwrap();
        ring
    }

    /// The bytes of an envelope or rekey vector already computed, and the name of the envelope
    /// vector that holds its body.
    fn envelope_bytes(&self, name: &str) -> (Vec<u8>, String) {
        if let Some(e) = self.vectors.envelopes.iter().find(|e| e.name == name) {
            return (unhex(&e.envelope), e.name.clone());
        }
        let r = self.vectors.rekeys.iter().find(|r| r.name == name).unwrap();
        (unhex(&r.envelope), r.body_envelope.clone())
    }
}

// ---------------------------------------------------------------------------------------------
// The memory records through the SDK's memory layer.

/// An embedder that gives every text the vector record's embedding.
#[derive(Debug)]
struct FixedEmbedder(EmbeddingVector);

impl Embedder for FixedEmbedder {
    fn model(&self) -> &str {
        &self.0.model
    }
    fn dimensions(&self) -> Option<usize> {
        Some(self.0.values.len())
    }
    fn embed<'a>(&'a self, texts: &'a [String]) -> EmbedFuture<'a> {
        let vectors = vec![self.0.values.clone(); texts.len()];
        Box::pin(async move { Ok(vectors) })
    }
}

/// A keyring of the seed file's epoch 1 for `scope`.
fn seed_file_keyring(scope: KeyScope) -> Keyring {
    let mut ring = Keyring::new(scope);
    let seed = RootSeed::from_seed_bytes(&unhex(&seed_file())).unwrap();
    ring.insert(&seed.epoch_root(KeyEpoch(1))).unwrap();
    ring
}

/// What a record version holds in an owner's log: its plaintext and storage mode, or nothing
/// for a tombstone.
type Written = BTreeMap<(String, u64), Option<(Vec<u8>, StorageMode)>>;

/// What the SDK writes for the vectors' memories: a `MemoryClient` (with an embedder that gives
/// the vector record's embedding, and the code threshold [`CODE_ABOVE`]) on a devnet imports the
/// version-1 memories as a MemSync export, makes each later version with `update` at its time,
/// and deletes each memory the batch tombstones. Every record version of the vectors' logical
/// ids is then read from the chain's log and opened, by (logical-id vector, version).
async fn sdk_written(m: &MemoryRecords) -> Written {
    let devnet = Devnet::spawn().await.unwrap();
    let owner = devnet.signer(0).address();
    let scope = ScopeVector { chain_id: devnet.chain_id(), vault: devnet.vault_address(), owner };
    let memories: Vec<&Memory> = m.records.iter().filter_map(|r| r.memory.as_ref()).collect();
    let first: Vec<Memory> =
        memories.iter().filter(|m| m.version == 1).map(|m| (*m).clone()).collect();
    let clock = Arc::new(Mutex::new(first.iter().map(|m| m.updated_at).max().unwrap()));
    let embedding = m.records.iter().find_map(|r| r.embedding.clone()).unwrap();
    let client =
        MemoryClient::builder(devnet.vault(0).await.unwrap(), seed_file_keyring(scope.into()))
            .embedder(Arc::new(FixedEmbedder(embedding)))
            .storage_policy(StoragePolicy { pointer_above: None, code_above: Some(CODE_ABOVE) })
            .clock({
                let clock = Arc::clone(&clock);
                move || *clock.lock().unwrap()
            })
            .open()
            .await
            .unwrap();

    let export = write_export(&ExportHeader::now(), &first).unwrap();
    let report = client.import(export.as_bytes(), &ImportOptions::default()).await.unwrap();
    assert_eq!(report.added, first.len(), "{report:?}");
    let mut later: Vec<&Memory> = memories.iter().copied().filter(|m| m.version > 1).collect();
    later.sort_by_key(|m| m.updated_at);
    for memory in later {
        *clock.lock().unwrap() = memory.updated_at;
        let change = MemoryUpdate::new()
            .text(memory.text.clone())
            .kind(memory.kind)
            .expires_at(memory.expires_at)
            .categories(memory.categories.iter().copied())
            .tags(memory.tags.iter().cloned())
            .confidence(memory.confidence);
        assert_eq!(client.update(memory.id, change).await.unwrap(), *memory);
    }
    for op in m.log.batch.ops.iter().filter(|o| o.kind == "tombstone") {
        let id = m.ids.iter().find(|i| i.name == op.id).unwrap();
        client.delete(id.memory_id).await.unwrap();
    }

    // The devnet's record ids, from FORMAT.md.
    let root = hkdf32(
        b"memsync/v1/root/seed-file",
        &unhex(&seed_file()),
        &[&b"memsync/v1/epoch-root"[..], &1u64.to_be_bytes()].concat(),
    );
    let (prk, _) = Hkdf::<Sha256>::extract(Some(b"memsync/v1/epoch-keys"), &root);
    let mut record_id_key = [0u8; 32];
    let info =
        [&b"memsync/v1/record-id-key"[..], &scope_bytes(&scope), &1u64.to_be_bytes()].concat();
    Hkdf::<Sha256>::from_prk(&prk).unwrap().expand(&info, &mut record_id_key).unwrap();
    let names: BTreeMap<B256, String> = m
        .ids
        .iter()
        .map(|id| {
            let logical = [id.record_kind.as_bytes(), b"/", id.memory_id.as_bytes()].concat();
            (direct_record_id(&hex::encode(record_id_key), &logical), id.name.clone())
        })
        .collect();

    let vault = client.vault();
    let keyring = seed_file_keyring(scope.into());
    let mut written = Written::new();
    for entry in vault.fetch_log(owner).await.unwrap().entries() {
        let (id, version, payload) = match &entry.op {
            Operation::Write { id, version, payload } => (*id, *version, Some(payload)),
            Operation::Delete { id, version } => (*id, *version, None),
            Operation::PublishKeyCheck { .. } => continue,
        };
        let Some(name) = names.get(&id) else { continue };
        let opened = match payload {
            None => None,
            Some(payload) => {
                let (bytes, mode) = match payload {
                    Payload::Inline(bytes) => (bytes.to_vec(), StorageMode::Inline),
                    Payload::Code { content_hash, pointer } => (
                        vault.read_code(*pointer, *content_hash).await.unwrap().to_vec(),
                        StorageMode::Code,
                    ),
                    other => panic!("{name} v{version}: unexpected payload {other:?}"),
                };
                let context = RecordContext {
                    chain_id: scope.chain_id,
                    vault: scope.vault,
                    owner,
                    record_id: id,
                    version,
                    mode,
                };
                Some((envelope::open(&keyring, &context, &bytes).unwrap().to_vec(), mode))
            }
        };
        assert!(
            written.insert((name.clone(), version), opened).is_none(),
            "{name} v{version} twice"
        );
    }
    written
}

/// The body the SDK wrote for memory-record vector `r`, checked to be in `r`'s mode.
fn written_body(written: &Written, r: &MemoryRecordVector) -> Vec<u8> {
    let version = r.sealed.context.version;
    let Some(Some((body, mode))) = written.get(&(r.id.clone(), version)) else {
        panic!("{}: the SDK wrote no version {version} of {}", r.sealed.name, r.id)
    };
    assert_eq!(mode.to_byte(), r.sealed.context.mode, "{}: the SDK's storage mode", r.sealed.name);
    body.clone()
}

/// Reads the vectors' log back with the SDK's memory layer, offline: a `MemoryClient` over a
/// cache holding the log's entries (the packed batch decoded, the code record's ciphertext as
/// `eth_getCode` would give it) and an RPC that cannot be reached. Every memory body must read
/// as its vector's memory, the current versions and the tombstone must be as the log says, and
/// the vector record must be found as the memory's vector.
async fn read_back(m: &MemoryRecords) {
    let scope: KeyScope = scope().into();
    let (log_block, batch_block) = (10, 11);
    let kc = &m.log.key_check;
    let mut entries = vec![LogEntry {
        seq: kc.seq,
        block: log_block,
        prev_write_block: 0,
        tx_hash: None,
        block_hash: None,
        op: Operation::PublishKeyCheck { epoch: kc.epoch, key_check: kc.key_check },
    }];
    let mut cache = LogCache::in_memory(scope).unwrap();
    let batch = &m.log.batch;
    for (i, (mut op, o)) in
        decode_batch(&unhex(&batch.packed)).unwrap().into_iter().zip(&batch.ops).enumerate()
    {
        if let Operation::Write { payload: Payload::Code { pointer, content_hash }, .. } = &mut op {
            *pointer = o.pointer.unwrap();
            let r = m.records.iter().find(|r| Some(&r.sealed.name) == o.record.as_ref()).unwrap();
            cache.put_blob(*content_hash, &unhex(&r.sealed.envelope)).unwrap();
        }
        let first = i == 0;
        entries.push(LogEntry {
            seq: o.seq,
            block: batch_block,
            prev_write_block: if first { log_block } else { batch_block },
            tx_hash: None,
            block_hash: None,
            op,
        });
    }
    let reached =
        Checkpoint { seq: batch.ops.last().unwrap().seq, head: batch.head, block: batch_block };
    cache.append(&entries, reached, None).unwrap();

    // A port nothing listens on: the client answers from its cache.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let vault = Vault::builder(format!("http://127.0.0.1:{port}"))
        .signer(ANVIL_KEY.parse::<PrivateKeySigner>().unwrap())
        .rpc(RpcConfig::default().timeout(Duration::from_secs(5)).retry(RetryPolicy::NONE))
        .connect_lazily(scope.vault, scope.chain_id)
        .unwrap();
    let embedding = m.records.iter().find_map(|r| r.embedding.clone()).unwrap();
    let client = MemoryClient::builder(vault, seed_file_keyring(scope))
        .with_cache(cache)
        .allow_stale(true)
        .embedder(Arc::new(FixedEmbedder(embedding)))
        .open()
        .await
        .unwrap();
    // The client replayed the whole cached log (its hash chain checked against the head).
    assert_eq!(client.checkpoint().await, reached);
    let report = client.open_report().await;
    assert!(report.unreadable.is_empty() && report.cache_rebuilt.is_none(), "{report:?}");

    for id in m.ids.iter().filter(|id| id.record_kind == "memory") {
        let versions = client.history(id.memory_id).await.unwrap();
        let ops: Vec<&BatchOpVector> = batch.ops.iter().filter(|o| o.id == id.name).collect();
        assert_eq!(versions.len(), ops.len(), "{}: {versions:?}", id.name);
        for (version, op) in versions.iter().zip(&ops) {
            assert_eq!((version.version, version.seq), (op.version, op.seq), "{}", id.name);
            assert_eq!(version.unreadable, None, "{}", id.name);
            let want = op.record.as_ref().map(|name| {
                m.records.iter().find(|r| r.sealed.name == *name).unwrap().memory.clone().unwrap()
            });
            assert_eq!(
                version.memory, want,
                "{} v{}: the SDK's reading of the body",
                id.name, op.version
            );
        }
        let current = client.get(id.memory_id).await;
        match &versions.last().unwrap().memory {
            Some(memory) => assert_eq!(current.unwrap(), *memory, "{}", id.name),
            None => assert!(
                matches!(current, Err(memsync::Error::MemoryNotFound { .. })),
                "{}: deleted, but {current:?}",
                id.name
            ),
        }
    }

    // The vector record is the memory's vector: a query that matches no word finds that memory
    // by vector similarity alone.
    let vector = m.records.iter().find(|r| r.embedding.is_some()).unwrap();
    let owner = m.ids.iter().find(|i| i.name == vector.id).unwrap().memory_id;
    let hits = client.search(&Search::new("qqqq zzzz")).await.unwrap();
    let found: Vec<MemoryId> = hits.iter().map(|h| h.memory.id).collect();
    assert_eq!(found, [owner]);
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().build().unwrap()
}

/// A runtime with I/O and timers, for the SDK's clients.
fn io_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

#[test]
fn vectors_match_the_implementation() {
    if let Some(path) = std::env::var_os("MEMSYNC_WRITE_VECTORS") {
        let mut inputs = input_vectors();
        // The memory bodies are what the SDK writes (on a devnet).
        let written = io_runtime().block_on(sdk_written(&inputs.memory_records));
        for r in &mut inputs.memory_records.records {
            r.sealed.body = hex_body(&written_body(&written, r));
        }
        let computed = runtime().block_on(compute(&inputs));
        io_runtime().block_on(read_back(&computed.vectors.memory_records));
        let json = serde_json::to_string_pretty(&computed.vectors).unwrap() + "\n";
        std::fs::write(path, json).unwrap();
        return;
    }
    let recorded: Vectors = serde_json::from_str(VECTORS)
        .expect("tests/vectors/envelope.json is malformed; regenerate it (see the file's docs)");
    let computed = runtime().block_on(compute(&recorded));
    // Field by field, so a failure names the vector.
    for (got, want) in computed.vectors.roots.iter().zip(&recorded.roots) {
        assert_eq!(got, want, "root {}", want.name);
    }
    for (got, want) in computed.vectors.epoch_keys.iter().zip(&recorded.epoch_keys) {
        assert_eq!(got, want, "epoch keys {}", want.name);
    }
    for (got, want) in computed.vectors.envelopes.iter().zip(&recorded.envelopes) {
        assert_eq!(got, want, "envelope {}", want.name);
    }
    for (got, want) in computed.vectors.rekeys.iter().zip(&recorded.rekeys) {
        assert_eq!(got, want, "rekey {}", want.name);
    }
    let (got, want) = (&computed.vectors.memory_records, &recorded.memory_records);
    for (got, want) in got.ids.iter().zip(&want.ids) {
        assert_eq!(got, want, "memory-record id {}", want.name);
    }
    for (got, want) in got.records.iter().zip(&want.records) {
        assert_eq!(got, want, "memory record {}", want.sealed.name);
    }
    assert_eq!(got.log.key_check, want.log.key_check, "key-check operation");
    for (got, want) in got.log.batch.ops.iter().zip(&want.log.batch.ops) {
        assert_eq!(got, want, "batch operation {}", want.seq);
    }
    assert_eq!(computed.vectors, recorded);
}

/// The memory records' bodies and ids are what the SDK's memory layer writes (on a devnet).
#[test]
fn memory_record_bodies_are_what_the_sdk_writes() {
    let v: Vectors = serde_json::from_str(VECTORS).unwrap();
    let m = &v.memory_records;
    let written = io_runtime().block_on(sdk_written(m));
    for r in &m.records {
        assert_eq!(
            String::from_utf8_lossy(&written_body(&written, r)),
            String::from_utf8_lossy(&r.sealed.body.bytes()),
            "{}",
            r.sealed.name
        );
        assert_eq!(written_body(&written, r), r.sealed.body.bytes(), "{}", r.sealed.name);
    }
    for o in m.log.batch.ops.iter().filter(|o| o.kind == "tombstone") {
        assert_eq!(written.get(&(o.id.clone(), o.version)), Some(&None), "tombstone {}", o.seq);
    }
}

/// The memory records' log, read back by the SDK's memory layer, gives the vectors' memories.
#[test]
fn memory_records_read_back_as_their_memories() {
    let v: Vectors = serde_json::from_str(VECTORS).unwrap();
    io_runtime().block_on(read_back(&v.memory_records));
}

#[test]
fn the_vector_file_covers_what_format_md_promises() {
    let v: Vectors = serde_json::from_str(VECTORS).unwrap();
    let kinds: Vec<&str> = v.roots.iter().map(|r| r.kind.as_str()).collect();
    for kind in ["seed_file", "mnemonic", "wallet"] {
        assert!(kinds.contains(&kind), "no {kind} root");
    }
    assert!(v.envelopes.iter().any(|e| e.body_len == 0));
    assert!(v.envelopes.iter().any(|e| e.chunk_count > 1));
    assert!(v.rekeys.len() >= 2);

    // Memory records shaped as on chain.
    let m = &v.memory_records;
    for id in &m.ids {
        let logical = unhex(&id.logical_id);
        assert_eq!(logical.len(), 23, "{}", id.name);
        assert!(id.record_ids.len() >= 2, "{}: ids under two epochs", id.name);
        for r in &id.record_ids {
            assert!(r.record_id[16..].iter().all(|b| *b == 0), "{}: a short id", id.name);
        }
    }
    assert!(m.ids.iter().any(|id| std::str::from_utf8(&unhex(&id.logical_id)).is_err()));
    assert!(m.ids.iter().any(|id| id.id_key.is_some()), "an imported id");
    let memories: Vec<&Memory> = m.records.iter().filter_map(|r| r.memory.as_ref()).collect();
    for kind in [MemoryKind::Semantic, MemoryKind::Episodic] {
        assert!(memories.iter().any(|m| m.kind == kind), "no {kind} memory");
    }
    assert!(memories.iter().any(|m| m.version > 1), "an update");
    assert!(m.records.iter().any(|r| r.embedding.is_some()), "a vector record");
    let code = m.records.iter().find(|r| r.sealed.context.mode == StorageMode::Code.to_byte());
    let code = code.expect("a code record");
    assert!(unhex(&code.sealed.envelope).len() <= MAX_CODE_CIPHERTEXT);
    let kinds: Vec<&str> = m.log.batch.ops.iter().map(|o| o.kind.as_str()).collect();
    for kind in ["inline", "code", "tombstone"] {
        assert!(kinds.contains(&kind), "no {kind} operation in the batch");
    }
}

#[test]
fn recorded_envelopes_fail_when_moved() {
    let v: Vectors = serde_json::from_str(VECTORS).unwrap();
    let computed = runtime().block_on(compute(&v));
    let scope: KeyScope = scope().into();
    let memory_records = v.memory_records.records.iter().map(|r| &r.sealed);
    for e in v.envelopes.iter().chain(memory_records) {
        let ring = computed.keyring_for(&scope, &e.keys);
        let sealed = unhex(&e.envelope);
        let ctx = e.context.get();
        let other_mode =
            if ctx.mode == StorageMode::Code { StorageMode::Inline } else { StorageMode::Code };
        let moved = [
            RecordContext { version: ctx.version + 1, ..ctx },
            RecordContext { record_id: B256::repeat_byte(1), ..ctx },
            RecordContext { mode: other_mode, ..ctx },
            RecordContext { owner: Address::repeat_byte(2), ..ctx },
        ];
        for other in moved {
            assert!(matches!(
                envelope::open(&ring, &other, &sealed),
                Err(envelope::EnvelopeError::Open)
            ));
        }
    }
}
