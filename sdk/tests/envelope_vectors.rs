//! The test vectors of docs/FORMAT.md (tests/vectors/envelope.json).
//!
//! Every vector is recomputed from its inputs and compared with its recorded outputs, through
//! the public API (sealing with the recorded randomness must give the recorded bytes, opening
//! must give the body) and through a direct computation from the FORMAT.md definitions with
//! the underlying primitives.
//!
//! To regenerate after a deliberate format change, run with `MEMSYNC_WRITE_VECTORS` set to the
//! path of the vector file, e.g. `MEMSYNC_WRITE_VECTORS=tests/vectors/envelope.json cargo test
//! --test envelope_vectors`, and review the diff.

#![allow(clippy::unwrap_used, missing_docs)]

use std::collections::VecDeque;

use aes_gcm_siv::aead::{AeadInOut, KeyInit};
use aes_gcm_siv::{Aes256GcmSiv, Key, Nonce};
use alloy::hex;
use alloy::primitives::{Address, B256, keccak256};
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolStruct;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use memsync::envelope::{self, EnvelopeInfo, RecordContext, StorageMode};
use memsync::keys::{
    EpochKeys, EpochRoot, KeyCheck, KeyEpoch, KeyScope, Keyring, RootSeed, key_derivation_request,
};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const VECTORS: &str = include_str!("vectors/envelope.json");

// ---------------------------------------------------------------------------------------------
// The vector file.

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Vectors {
    comment: Vec<String>,
    roots: Vec<RootVector>,
    epoch_keys: Vec<EpochKeysVector>,
    envelopes: Vec<EnvelopeVector>,
    rekeys: Vec<RekeyVector>,
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
            let mut mac = <Hmac<Sha256>>::new_from_slice(&unhex(&k.record_id_key)).unwrap();
            mac.update(id.logical_id.as_bytes());
            id.record_id = B256::right_padding_from(&mac.finalize().into_bytes()[..16]);
            assert_eq!(api.record_id(id.logical_id.as_bytes()), id.record_id);
        }
        keys.push((k.name.clone(), api));
    }
    let mut computed = Computed { vectors: v, keys };

    // Full envelopes: sealed through the API with the recorded randomness, and built again from
    // FORMAT.md with AES-256-GCM-SIV directly.
    let keyring_scope: KeyScope = scope().into();
    for i in 0..computed.vectors.envelopes.len() {
        let e = computed.vectors.envelopes[i].clone();
        let keys_vector = computed.vectors.epoch_keys.iter().find(|k| k.name == e.keys).unwrap();
        let body = e.body.bytes();
        let ctx = e.context.get();
        let api_keys = computed.keys(&e.keys);
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

        let ring = computed.keyring_for(&keyring_scope, &e.keys);
        assert_eq!(*envelope::open(&ring, &ctx, &sealed).unwrap(), body, "{}: open", e.name);
        assert_eq!(
            envelope::inspect(&sealed).unwrap(),
            EnvelopeInfo::Sealed {
                epoch: KeyEpoch(epoch),
                padded_len: padded_len as u32,
                chunk_count: chunk_count as u32
            }
        );

        let out = &mut computed.vectors.envelopes[i];
        out.body_len = body.len();
        out.padded_len = padded_len;
        out.chunk_count = chunk_count;
        out.wrap_aad = hex::encode(&wrap_aad);
        out.chunk_aads = chunk_aads;
        out.envelope = hex::encode(&sealed);
        out.envelope_keccak256 = keccak256(&sealed);
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
    computed
}

impl Computed {
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

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().build().unwrap()
}

#[test]
fn vectors_match_the_implementation() {
    if let Some(path) = std::env::var_os("MEMSYNC_WRITE_VECTORS") {
        let computed = runtime().block_on(compute(&input_vectors()));
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
    assert_eq!(computed.vectors, recorded);
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
}

#[test]
fn recorded_envelopes_fail_when_moved() {
    let v: Vectors = serde_json::from_str(VECTORS).unwrap();
    let computed = runtime().block_on(compute(&v));
    let scope: KeyScope = scope().into();
    for e in &v.envelopes {
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
