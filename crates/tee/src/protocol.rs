//! The sealed request and the signed, sealed response between a client and a TEE node.
//!
//! A client that has verified a node's attestation (its signing address and its HPKE public key
//! are bound in the document) seals an [`UpdateRequest`] to the node with HPKE (RFC 9180, base
//! mode) in the suite DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305:
//!
//! - `info = "memsync/tee-update/v1" ‖ u64be(chain_id) ‖ node address (20 bytes)`, so a request
//!   sealed for one node or chain does not open at another, even under the same HPKE key;
//! - the request plaintext is the request's JSON; the AAD is empty.
//!
//! Only the enclave holds the HPKE private key. The response key is exported from the same HPKE
//! context (`Export("memsync/tee-update/v1 response key", 32)`), so only the client that sealed
//! the request and the enclave that opened it can read the response. The response is a
//! [`SignedUpdate`] under AES-256-GCM-SIV with that key (a zero nonce: the key is used once),
//! the request hash as AAD. The node signs, with its attested secp256k1 key,
//! `keccak256("memsync/tee-update/v1 response" ‖ request hash ‖ output hash ‖ u64be(timestamp))`
//! where the request hash is [`SealedRequest::hash`] and the output hash is the keccak of the
//! exact output JSON bytes. The client checks the signature against the node's attested
//! address before it believes anything in the output, and then checks the output against the
//! chain by syncing.
//!
//! Nothing in a sealed request or response is readable on the wire, and errors name what failed
//! without echoing content.

use aes_gcm_siv::aead::inout::InOutBuf;
use aes_gcm_siv::aead::{AeadInOut as _, KeyInit as _};
use aes_gcm_siv::{Aes256GcmSiv, Key, Nonce, Tag};
use alloy::primitives::{Address, B256, Bytes, Signature, keccak256};
use alloy::signers::Signer;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable as _, Kem as _, OpModeR, OpModeS, Serializable as _};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use memsync_crypto::keys::{DelegatedEpochKeys, KeyCheck, KeyEpoch, KeyScope};
use memsync_types::Message;
use memsync_types::{AppScope, Applied, Source};
use memsync_vault::auth::SignedDelegation;

/// The protocol version in every sealed message.
pub const PROTOCOL_VERSION: u8 = 1;

/// The HPKE suite, for humans.
pub const SUITE: &str = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305 (RFC 9180)";

/// The longest a request may stay valid (`expires_at - issued_at`), in seconds: a node keeps the
/// ids of requests it served until they expire, to refuse replays, so validity is bounded.
pub const MAX_REQUEST_LIFETIME: u64 = 600;

const INFO_LABEL: &[u8] = b"memsync/tee-update/v1";
const RESPONSE_KEY_LABEL: &[u8] = b"memsync/tee-update/v1 response key";
const RESPONSE_DOMAIN: &[u8] = b"memsync/tee-update/v1 response";
const REQUEST_DOMAIN: &[u8] = b"memsync/tee-update/v1 request";
/// The largest sealed body either side accepts (the conversation plus JSON overhead).
pub const MAX_SEALED_BYTES: usize = 1 << 20;

type Kem = X25519HkdfSha256;

/// Why a sealed message was refused. Messages name the check that failed, never content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProtocolError {
    /// The message is of a protocol version this side does not speak.
    #[error("unsupported protocol version {found} (this side speaks {PROTOCOL_VERSION})")]
    UnsupportedVersion {
        /// The version found.
        found: u8,
    },
    /// A public key or encapsulated key has the wrong length or is not a curve point.
    #[error("invalid {what}: {reason}")]
    InvalidKey {
        /// Which key.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// The request does not open: sealed to another key, node or chain, or altered.
    #[error(
        "the sealed request does not open: it was sealed to another node, key or chain, or altered"
    )]
    RequestUnreadable,
    /// The response does not open with this request's key: altered, or not the answer to it.
    #[error("the sealed response does not open: it was altered or answers another request")]
    ResponseUnreadable,
    /// A message opened but its JSON is not what the protocol says.
    #[error("the {what} is malformed: {reason}")]
    Malformed {
        /// Which message.
        what: &'static str,
        /// Where (line and column) and what kind of error; never content.
        reason: String,
    },
    /// The message is larger than [`MAX_SEALED_BYTES`].
    #[error("the {what} is {len} bytes, over the limit of {MAX_SEALED_BYTES}")]
    TooLarge {
        /// Which message.
        what: &'static str,
        /// Its length.
        len: usize,
    },
    /// The response answers another request.
    #[error("the response answers request {found}, not {expected}")]
    WrongRequest {
        /// The request sent.
        expected: B256,
        /// The request the response names.
        found: B256,
    },
    /// The response's signature is not the attested node's.
    #[error("the response is signed by {actual}, not by the attested node {expected}")]
    WrongSigner {
        /// The attested node.
        expected: Address,
        /// Who signed.
        actual: Address,
    },
    /// The response's signature does not parse or recover.
    #[error("the response's signature is invalid: {0}")]
    BadSignature(String),
    /// Signing failed (node side).
    #[error("could not sign the response: {0}")]
    Signing(String),
}

impl ProtocolError {
    fn malformed(what: &'static str, err: &serde_json::Error) -> Self {
        // serde_json's messages can quote the input ("invalid type: string \"...\""); keep only
        // the category and the position.
        let kind = match err.classify() {
            serde_json::error::Category::Io => "I/O error",
            serde_json::error::Category::Syntax => "not JSON",
            serde_json::error::Category::Data => "JSON of the wrong shape",
            serde_json::error::Category::Eof => "truncated JSON",
        };
        Self::Malformed {
            what,
            reason: format!("{kind} at line {} column {}", err.line(), err.column()),
        }
    }
}

/// A node's HPKE key pair. The private key never leaves the enclave; it is zeroized on drop
/// and redacted in `Debug`.
pub struct HpkeKeyPair {
    private: <Kem as hpke::Kem>::PrivateKey,
    public: [u8; 32],
}

impl HpkeKeyPair {
    /// A fresh key pair from the operating system's random generator.
    pub fn generate() -> Self {
        let (private, public) = Kem::gen_keypair();
        Self::from_parts(private, &public)
    }

    /// The key pair RFC 9180's `DeriveKeyPair` gives for `ikm` (at least 32 random bytes).
    pub fn derive(ikm: &[u8]) -> Self {
        let (private, public) = Kem::derive_keypair(ikm);
        Self::from_parts(private, &public)
    }

    fn from_parts(
        private: <Kem as hpke::Kem>::PrivateKey,
        public: &<Kem as hpke::Kem>::PublicKey,
    ) -> Self {
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(&public.to_bytes());
        Self { private, public: bytes }
    }

    /// The public key (32 bytes, X25519), as bound in the attestation document and registered
    /// on chain.
    pub const fn public_key(&self) -> [u8; 32] {
        self.public
    }
}

impl std::fmt::Debug for HpkeKeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HpkeKeyPair")
            .field("public", &alloy::hex::encode_prefixed(self.public))
            .finish_non_exhaustive()
    }
}

/// A request sealed to a node, as it travels (JSON: `{"version":1,"enc":"0x…","ciphertext":"0x…"}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedRequest {
    /// [`PROTOCOL_VERSION`].
    pub version: u8,
    /// The HPKE encapsulated key (32 bytes).
    pub enc: Bytes,
    /// The sealed request JSON.
    pub ciphertext: Bytes,
}

impl SealedRequest {
    /// `keccak256(version ‖ enc ‖ ciphertext)`: what the response's signature names.
    pub fn hash(&self) -> B256 {
        let mut bytes = Vec::with_capacity(1 + self.enc.len() + self.ciphertext.len());
        bytes.push(self.version);
        bytes.extend_from_slice(&self.enc);
        bytes.extend_from_slice(&self.ciphertext);
        keccak256(bytes)
    }
}

/// A response sealed to the client that sent the request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedResponse {
    /// [`PROTOCOL_VERSION`].
    pub version: u8,
    /// The sealed [`SignedUpdate`] JSON.
    pub ciphertext: Bytes,
}

/// The owner's keys for one epoch inside a request (the secret parts zeroized on drop).
#[derive(Clone, Serialize, Deserialize)]
pub struct RequestKeys {
    /// The epoch.
    pub epoch: u64,
    /// The key-encryption key.
    #[serde(with = "hex_secret")]
    pub key_encryption_key: Zeroizing<[u8; 32]>,
    /// The record-id key.
    #[serde(with = "hex_secret")]
    pub record_id_key: Zeroizing<[u8; 32]>,
    /// The epoch's published key-check value.
    pub key_check: B256,
}

impl RequestKeys {
    /// The keys `delegated` holds.
    pub fn from_delegated(delegated: &DelegatedEpochKeys) -> Self {
        Self {
            epoch: delegated.epoch.get(),
            key_encryption_key: delegated.key_encryption_key.clone(),
            record_id_key: delegated.record_id_key.clone(),
            key_check: delegated.key_check.0,
        }
    }

    /// The delegated keys for `scope`.
    pub fn to_delegated(&self, scope: KeyScope) -> DelegatedEpochKeys {
        DelegatedEpochKeys {
            scope,
            epoch: KeyEpoch(self.epoch),
            key_encryption_key: self.key_encryption_key.clone(),
            record_id_key: self.record_id_key.clone(),
            key_check: KeyCheck(self.key_check),
        }
    }
}

impl std::fmt::Debug for RequestKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestKeys").field("epoch", &self.epoch).finish_non_exhaustive()
    }
}

/// What the client asks the node to do, inside the seal.
#[derive(Clone, Serialize, Deserialize)]
pub struct UpdateRequest {
    /// A random id: the node serves each id once.
    pub request_id: B256,
    /// When the client made it (unix seconds).
    pub issued_at: u64,
    /// After this time (unix seconds) the node refuses it; at most [`MAX_REQUEST_LIFETIME`]
    /// after `issued_at`.
    pub expires_at: u64,
    /// The chain.
    pub chain_id: u64,
    /// The vault.
    pub vault: Address,
    /// The owner whose memories are updated.
    pub owner: Address,
    /// The node the request is for (also bound in the HPKE info).
    pub node: Address,
    /// The owner's keys for the epoch the node may seal under (and read).
    pub keys: RequestKeys,
    /// The conversation.
    pub messages: Vec<Message>,
    /// The source new memories carry (the client application).
    #[serde(default)]
    pub source: Option<Source>,
    /// The scope of the app that sent the conversation: the node reconciles it only with the
    /// memories the app may see and writes nothing outside it (`None`: everything).
    #[serde(default)]
    pub app_scope: Option<AppScope>,
    /// The owner's signed grant for the node (write, delete and TEE-node scope), relayed by the
    /// node if the vault does not hold an active one yet.
    #[serde(default)]
    pub delegation: Option<SignedDelegation>,
    /// The newest block holding a write the request depends on (the owner's key-check
    /// publication, its grant to the node, its own writes): the node waits, bounded, until its
    /// RPC serves that block before it reads the owner's log and delegation, so that a replica
    /// behind the client's cannot make it refuse the request or miss memories (`0`: none).
    #[serde(default)]
    pub min_block: u64,
    /// The owner's EIP-191 signature over [`authorization_digest`](Self::authorization_digest):
    /// without it anyone who knows that an owner delegated to a node could have the node write
    /// into the owner's log. See [`authorize`](Self::authorize).
    #[serde(default)]
    pub authorization: Bytes,
}

impl UpdateRequest {
    /// The key scope the request's keys belong to.
    pub const fn scope(&self) -> KeyScope {
        KeyScope { chain_id: self.chain_id, vault: self.vault, owner: self.owner }
    }

    /// What the owner signs: `keccak256("memsync/tee-update/v1 request" ‖ request_id ‖
    /// u64be(issued_at) ‖ u64be(expires_at) ‖ u64be(chain_id) ‖ vault ‖ owner ‖ node ‖
    /// keccak256(keys: u64be(epoch) ‖ key-encryption key ‖ record-id key ‖ key check) ‖
    /// keccak256(messages JSON) ‖ keccak256(source JSON) ‖ keccak256(delegation JSON) ‖
    /// keccak256(app_scope JSON) [‖ u64be(min_block), when it is not 0])`.
    ///
    /// It is signed as an EIP-191 personal message (the 32 bytes), so any wallet can sign it.
    pub fn authorization_digest(&self) -> B256 {
        let json_hash = |value: &dyn erased::Json| keccak256(value.to_json());
        let mut keys = Zeroizing::new(Vec::with_capacity(8 + 96));
        keys.extend_from_slice(&self.keys.epoch.to_be_bytes());
        keys.extend_from_slice(self.keys.key_encryption_key.as_ref());
        keys.extend_from_slice(self.keys.record_id_key.as_ref());
        keys.extend_from_slice(self.keys.key_check.as_slice());
        let mut bytes = Vec::with_capacity(256);
        bytes.extend_from_slice(REQUEST_DOMAIN);
        bytes.extend_from_slice(self.request_id.as_slice());
        bytes.extend_from_slice(&self.issued_at.to_be_bytes());
        bytes.extend_from_slice(&self.expires_at.to_be_bytes());
        bytes.extend_from_slice(&self.chain_id.to_be_bytes());
        bytes.extend_from_slice(self.vault.as_slice());
        bytes.extend_from_slice(self.owner.as_slice());
        bytes.extend_from_slice(self.node.as_slice());
        bytes.extend_from_slice(keccak256(&*keys).as_slice());
        bytes.extend_from_slice(json_hash(&self.messages).as_slice());
        bytes.extend_from_slice(json_hash(&self.source).as_slice());
        bytes.extend_from_slice(json_hash(&self.delegation).as_slice());
        bytes.extend_from_slice(json_hash(&self.app_scope).as_slice());
        if self.min_block != 0 {
            bytes.extend_from_slice(&self.min_block.to_be_bytes());
        }
        keccak256(bytes)
    }

    /// Signs the request as its owner (sets [`authorization`](Self::authorization)).
    ///
    /// # Errors
    ///
    /// [`ProtocolError::Signing`] if `signer` fails or is not the owner.
    pub async fn authorize<S: Signer + Send + Sync + ?Sized>(
        &mut self,
        signer: &S,
    ) -> Result<(), ProtocolError> {
        if signer.address() != self.owner {
            return Err(ProtocolError::Signing(format!(
                "the request must be signed by its owner {}, not {}",
                self.owner,
                signer.address()
            )));
        }
        let signature = signer
            .sign_message(self.authorization_digest().as_slice())
            .await
            .map_err(|e| ProtocolError::Signing(e.to_string()))?;
        self.authorization = signature.as_bytes().to_vec().into();
        Ok(())
    }

    /// Who signed [`authorization`](Self::authorization) (the node requires the owner).
    ///
    /// # Errors
    ///
    /// [`ProtocolError::BadSignature`] if it is missing or does not recover.
    pub fn authorized_by(&self) -> Result<Address, ProtocolError> {
        if self.authorization.is_empty() {
            return Err(ProtocolError::BadSignature(
                "the request is not signed by its owner".into(),
            ));
        }
        let signature = Signature::from_raw(&self.authorization)
            .map_err(|e| ProtocolError::BadSignature(e.to_string()))?;
        signature
            .recover_address_from_msg(self.authorization_digest().as_slice())
            .map_err(|e| ProtocolError::BadSignature(e.to_string()))
    }
}

/// JSON encoding behind a trait object, for hashing request fields.
mod erased {
    pub(super) trait Json {
        fn to_json(&self) -> Vec<u8>;
    }

    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> Vec<u8> {
            // Serializing plain data structures to a Vec cannot fail.
            serde_json::to_vec(self).unwrap_or_default()
        }
    }
}

impl Drop for UpdateRequest {
    fn drop(&mut self) {
        for message in &mut self.messages {
            message.content.zeroize();
        }
    }
}

impl std::fmt::Debug for UpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateRequest")
            .field("request_id", &self.request_id)
            .field("chain_id", &self.chain_id)
            .field("vault", &self.vault)
            .field("node", &self.node)
            .field("messages", &self.messages.len())
            .finish_non_exhaustive()
    }
}

/// What the node did, as it reports it (inside the signed, sealed response).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateOutput {
    /// The owner.
    pub owner: Address,
    /// What each candidate memory did.
    pub applied: Vec<Applied>,
    /// The owner's log sequence number after the update.
    pub log_seq: u64,
    /// The owner's log head after the update.
    pub log_head: B256,
}

/// The node's signed answer, inside the sealed response.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SignedUpdate {
    /// [`SealedRequest::hash`] of the request answered.
    pub request_hash: B256,
    /// The [`UpdateOutput`] JSON, exactly as signed.
    pub output: String,
    /// When the node signed (unix seconds).
    pub timestamp: u64,
    /// The node's signature over [`response_digest`].
    pub signature: Bytes,
}

/// `keccak256("memsync/tee-update/v1 response" ‖ request_hash ‖ output_hash ‖ u64be(timestamp))`.
pub fn response_digest(request_hash: B256, output_hash: B256, timestamp: u64) -> B256 {
    let mut bytes = Vec::with_capacity(RESPONSE_DOMAIN.len() + 72);
    bytes.extend_from_slice(RESPONSE_DOMAIN);
    bytes.extend_from_slice(request_hash.as_slice());
    bytes.extend_from_slice(output_hash.as_slice());
    bytes.extend_from_slice(&timestamp.to_be_bytes());
    keccak256(bytes)
}

fn info(chain_id: u64, node: Address) -> Vec<u8> {
    let mut info = INFO_LABEL.to_vec();
    info.extend_from_slice(&chain_id.to_be_bytes());
    info.extend_from_slice(node.as_slice());
    info
}

/// The client's half of an exchange: what it needs to open and check the response.
pub struct PendingResponse {
    response_key: Zeroizing<[u8; 32]>,
    request_hash: B256,
    node: Address,
}

impl std::fmt::Debug for PendingResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingResponse")
            .field("request_hash", &self.request_hash)
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

/// A response the client opened and checked.
#[derive(Clone, Debug)]
pub struct VerifiedUpdate {
    /// What the node reports it did.
    pub output: UpdateOutput,
    /// The request answered.
    pub request_hash: B256,
    /// When the node signed.
    pub timestamp: u64,
    /// The node's signature (over [`response_digest`]), a receipt the client can keep.
    pub signature: Bytes,
}

/// Seals `request` to the node whose attested HPKE key is `node_public_key` and whose attested
/// address is `request.node`. Returns the message to send and what opens the answer.
///
/// # Errors
///
/// [`ProtocolError::InvalidKey`] if the public key is not a valid X25519 key.
pub fn seal_request(
    node_public_key: &[u8; 32],
    request: &UpdateRequest,
) -> Result<(SealedRequest, PendingResponse), ProtocolError> {
    let public = <Kem as hpke::Kem>::PublicKey::from_bytes(node_public_key)
        .map_err(|e| ProtocolError::InvalidKey { what: "node HPKE key", reason: e.to_string() })?;
    let plaintext = Zeroizing::new(serde_json::to_vec(request).map_err(|e| {
        ProtocolError::Malformed { what: "request", reason: format!("could not encode: {e}") }
    })?);
    let (enc, mut context) = hpke::setup_sender::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &public,
        &info(request.chain_id, request.node),
    )
    .map_err(|e| ProtocolError::InvalidKey { what: "node HPKE key", reason: e.to_string() })?;
    let ciphertext = context
        .seal(&plaintext, b"")
        .map_err(|_| ProtocolError::TooLarge { what: "request", len: plaintext.len() })?;
    let mut response_key = Zeroizing::new([0u8; 32]);
    context
        .export(RESPONSE_KEY_LABEL, response_key.as_mut())
        .expect("32 bytes is within HKDF-SHA256's export limit");
    let sealed = SealedRequest {
        version: PROTOCOL_VERSION,
        enc: enc.to_bytes().to_vec().into(),
        ciphertext: ciphertext.into(),
    };
    let pending = PendingResponse { response_key, request_hash: sealed.hash(), node: request.node };
    Ok((sealed, pending))
}

impl PendingResponse {
    /// The hash of the request sent.
    pub const fn request_hash(&self) -> B256 {
        self.request_hash
    }

    /// Opens `response`, checks that it answers this request and is signed by the attested
    /// node, and returns the node's report.
    ///
    /// # Errors
    ///
    /// [`ProtocolError::ResponseUnreadable`], [`ProtocolError::WrongRequest`],
    /// [`ProtocolError::WrongSigner`], [`ProtocolError::BadSignature`],
    /// [`ProtocolError::Malformed`].
    pub fn open(&self, response: &SealedResponse) -> Result<VerifiedUpdate, ProtocolError> {
        if response.version != PROTOCOL_VERSION {
            return Err(ProtocolError::UnsupportedVersion { found: response.version });
        }
        let plaintext = open_response(&self.response_key, self.request_hash, &response.ciphertext)?;
        let signed: SignedUpdate = serde_json::from_slice(&plaintext)
            .map_err(|e| ProtocolError::malformed("response", &e))?;
        if signed.request_hash != self.request_hash {
            return Err(ProtocolError::WrongRequest {
                expected: self.request_hash,
                found: signed.request_hash,
            });
        }
        let digest = response_digest(
            signed.request_hash,
            keccak256(signed.output.as_bytes()),
            signed.timestamp,
        );
        let signature = Signature::from_raw(&signed.signature)
            .map_err(|e| ProtocolError::BadSignature(e.to_string()))?;
        let signer = signature
            .recover_address_from_prehash(&digest)
            .map_err(|e| ProtocolError::BadSignature(e.to_string()))?;
        if signer != self.node {
            return Err(ProtocolError::WrongSigner { expected: self.node, actual: signer });
        }
        let output: UpdateOutput = serde_json::from_str(&signed.output)
            .map_err(|e| ProtocolError::malformed("response output", &e))?;
        Ok(VerifiedUpdate {
            output,
            request_hash: signed.request_hash,
            timestamp: signed.timestamp,
            signature: signed.signature,
        })
    }
}

/// The node's half of an exchange: what seals the answer to the client that sent the request.
pub struct ResponseSealer {
    response_key: Zeroizing<[u8; 32]>,
    request_hash: B256,
}

impl std::fmt::Debug for ResponseSealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseSealer")
            .field("request_hash", &self.request_hash)
            .finish_non_exhaustive()
    }
}

/// Opens a request sealed to this node (`keypair`, `node` on `chain_id`). The request's own
/// freshness, replay and scope checks are the caller's (the node service).
///
/// # Errors
///
/// [`ProtocolError::UnsupportedVersion`], [`ProtocolError::TooLarge`],
/// [`ProtocolError::RequestUnreadable`] (wrong key, node or chain, or altered),
/// [`ProtocolError::Malformed`].
pub fn open_request(
    keypair: &HpkeKeyPair,
    chain_id: u64,
    node: Address,
    sealed: &SealedRequest,
) -> Result<(UpdateRequest, ResponseSealer), ProtocolError> {
    if sealed.version != PROTOCOL_VERSION {
        return Err(ProtocolError::UnsupportedVersion { found: sealed.version });
    }
    if sealed.ciphertext.len() > MAX_SEALED_BYTES {
        return Err(ProtocolError::TooLarge { what: "request", len: sealed.ciphertext.len() });
    }
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&sealed.enc)
        .map_err(|_| ProtocolError::RequestUnreadable)?;
    let mut context = hpke::setup_receiver::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        &keypair.private,
        &enc,
        &info(chain_id, node),
    )
    .map_err(|_| ProtocolError::RequestUnreadable)?;
    let plaintext = Zeroizing::new(
        context.open(&sealed.ciphertext, b"").map_err(|_| ProtocolError::RequestUnreadable)?,
    );
    let request: UpdateRequest =
        serde_json::from_slice(&plaintext).map_err(|e| ProtocolError::malformed("request", &e))?;
    let mut response_key = Zeroizing::new([0u8; 32]);
    context
        .export(RESPONSE_KEY_LABEL, response_key.as_mut())
        .expect("32 bytes is within HKDF-SHA256's export limit");
    Ok((request, ResponseSealer { response_key, request_hash: sealed.hash() }))
}

impl ResponseSealer {
    /// The hash of the request being answered.
    pub const fn request_hash(&self) -> B256 {
        self.request_hash
    }

    /// Signs `output` with the node's key at `timestamp` and seals it to the client.
    ///
    /// # Errors
    ///
    /// [`ProtocolError::Signing`] if the signer fails.
    pub async fn seal<S: Signer + Send + Sync + ?Sized>(
        self,
        signer: &S,
        output: &UpdateOutput,
        timestamp: u64,
    ) -> Result<SealedResponse, ProtocolError> {
        let output = serde_json::to_string(output).map_err(|e| ProtocolError::Malformed {
            what: "response output",
            reason: format!("could not encode: {e}"),
        })?;
        let digest = response_digest(self.request_hash, keccak256(output.as_bytes()), timestamp);
        let signature =
            signer.sign_hash(&digest).await.map_err(|e| ProtocolError::Signing(e.to_string()))?;
        let signed = SignedUpdate {
            request_hash: self.request_hash,
            output,
            timestamp,
            signature: signature.as_bytes().to_vec().into(),
        };
        let plaintext = Zeroizing::new(serde_json::to_vec(&signed).map_err(|e| {
            ProtocolError::Malformed { what: "response", reason: format!("could not encode: {e}") }
        })?);
        let cipher = Aes256GcmSiv::new(&Key::<Aes256GcmSiv>::from(*self.response_key));
        let mut ciphertext = plaintext.to_vec();
        let tag = cipher
            .encrypt_inout_detached(
                &Nonce::default(),
                self.request_hash.as_slice(),
                InOutBuf::from(ciphertext.as_mut_slice()),
            )
            .map_err(|_| ProtocolError::TooLarge { what: "response", len: plaintext.len() })?;
        ciphertext.extend_from_slice(&tag);
        Ok(SealedResponse { version: PROTOCOL_VERSION, ciphertext: ciphertext.into() })
    }
}

/// AES-256-GCM-SIV open of `ciphertext ‖ tag` under the once-used response key.
fn open_response(
    key: &[u8; 32],
    request_hash: B256,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, ProtocolError> {
    let Some(split) = sealed.len().checked_sub(16) else {
        return Err(ProtocolError::ResponseUnreadable);
    };
    let cipher = Aes256GcmSiv::new(&Key::<Aes256GcmSiv>::from(*key));
    let mut plaintext = Zeroizing::new(sealed[..split].to_vec());
    let tag = Tag::try_from(&sealed[split..]).map_err(|_| ProtocolError::ResponseUnreadable)?;
    cipher
        .decrypt_inout_detached(
            &Nonce::default(),
            request_hash.as_slice(),
            InOutBuf::from(plaintext.as_mut_slice()),
            &tag,
        )
        .map_err(|_| ProtocolError::ResponseUnreadable)?;
    Ok(plaintext)
}

mod hex_secret {
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    pub(super) fn serialize<S: Serializer>(
        value: &Zeroizing<[u8; 32]>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let text = Zeroizing::new(alloy::hex::encode_prefixed(value.as_ref()));
        serializer.serialize_str(&text)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Zeroizing<[u8; 32]>, D::Error> {
        let text = Zeroizing::new(String::deserialize(deserializer)?);
        let mut out = Zeroizing::new([0u8; 32]);
        alloy::hex::decode_to_slice(text.trim_start_matches("0x"), out.as_mut())
            .map_err(|_| serde::de::Error::custom("expected 32 bytes of hex"))?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use alloy::signers::local::PrivateKeySigner;

    use super::*;
    use memsync_crypto::keys::{Keyring, RootSeed};

    fn request(node: Address) -> UpdateRequest {
        let scope = KeyScope {
            chain_id: 31337,
            vault: Address::repeat_byte(7),
            owner: Address::repeat_byte(9),
        };
        let seed = RootSeed::from_seed_bytes(&[5u8; 32]).unwrap_or_else(|e| panic!("{e}"));
        let keyring = Keyring::from_seed(scope, &seed, 1..=1);
        let keys = keyring.latest().map(|k| RequestKeys::from_delegated(&k.to_delegated()));
        UpdateRequest {
            request_id: B256::repeat_byte(1),
            issued_at: 1_000,
            expires_at: 1_060,
            chain_id: scope.chain_id,
            vault: scope.vault,
            owner: scope.owner,
            node,
            keys: keys.unwrap_or_else(|| panic!("a key")),
            messages: vec![Message::user("I live in Lisbon. canary-1234")],
            source: Some(Source::app("test")),
            delegation: None,
            app_scope: None,
            min_block: 0,
            authorization: Bytes::new(),
        }
    }

    #[tokio::test]
    async fn the_owner_authorizes_the_request_and_any_change_breaks_it() {
        let owner = PrivateKeySigner::random();
        let mut request = request(Address::repeat_byte(0xaa));
        assert!(request.authorized_by().is_err(), "unsigned");
        request.owner = owner.address();
        assert!(request.authorize(&PrivateKeySigner::random()).await.is_err(), "not the owner");
        request.authorize(&owner).await.unwrap();
        assert_eq!(request.authorized_by().unwrap(), owner.address());
        let mut changed = request.clone();
        changed.messages[0].content.push('!');
        assert_ne!(changed.authorized_by().unwrap(), owner.address());
        let mut changed = request.clone();
        changed.keys.record_id_key = Zeroizing::new([0u8; 32]);
        assert_ne!(changed.authorized_by().unwrap(), owner.address());
        let mut changed = request.clone();
        changed.node = Address::repeat_byte(0xbb);
        assert_ne!(changed.authorized_by().unwrap(), owner.address());
        // The app's scope is signed too: a relay cannot widen (or drop) it.
        let mut scoped = request.clone();
        scoped.app_scope = Some(memsync_types::AppScope {
            categories: Some([memsync_types::Category::Career].into()),
            ..memsync_types::AppScope::default()
        });
        scoped.authorize(&owner).await.unwrap();
        assert_eq!(scoped.authorized_by().unwrap(), owner.address());
        let mut widened = scoped.clone();
        widened.app_scope = Some(memsync_types::AppScope::full());
        assert_ne!(widened.authorized_by().unwrap(), owner.address());
        let mut dropped = scoped;
        dropped.app_scope = None;
        assert_ne!(dropped.authorized_by().unwrap(), owner.address());
    }

    fn output() -> UpdateOutput {
        UpdateOutput {
            owner: Address::repeat_byte(9),
            applied: Vec::new(),
            log_seq: 4,
            log_head: B256::repeat_byte(4),
        }
    }

    #[tokio::test]
    async fn a_request_round_trips_and_the_response_is_checked() {
        let node_key = PrivateKeySigner::random();
        let node = node_key.address();
        let hpke = HpkeKeyPair::generate();
        let (sealed, pending) = seal_request(&hpke.public_key(), &request(node)).unwrap();
        // Nothing of the plaintext is on the wire.
        let wire = serde_json::to_string(&sealed).unwrap();
        assert!(!wire.contains("canary") && !wire.contains("Lisbon"));

        let (opened, sealer) = open_request(&hpke, 31337, node, &sealed).unwrap();
        assert_eq!(opened.messages, request(node).messages);
        assert_eq!(*opened.keys.key_encryption_key, *request(node).keys.key_encryption_key);
        let response = sealer.seal(&node_key, &output(), 1_001).await.unwrap();
        let verified = pending.open(&response).unwrap();
        assert_eq!(verified.output, output());
        assert_eq!(verified.timestamp, 1_001);
    }

    #[test]
    fn a_request_opens_only_at_its_node_key_and_chain() {
        let node = Address::repeat_byte(0xaa);
        let hpke = HpkeKeyPair::generate();
        let (sealed, _) = seal_request(&hpke.public_key(), &request(node)).unwrap();
        let other_key = HpkeKeyPair::generate();
        for (key, chain, at) in [
            (&other_key, 31337, node),
            (&hpke, 1, node),
            (&hpke, 31337, Address::repeat_byte(0xbb)),
        ] {
            assert!(matches!(
                open_request(key, chain, at, &sealed),
                Err(ProtocolError::RequestUnreadable)
            ));
        }
        // Every single flipped byte of the ciphertext or the encapsulated key is refused.
        for i in 0..sealed.ciphertext.len() + sealed.enc.len() {
            let mut tampered = sealed.clone();
            if i < tampered.enc.len() {
                let mut enc = tampered.enc.to_vec();
                enc[i] ^= 1;
                tampered.enc = enc.into();
            } else {
                let mut ct = tampered.ciphertext.to_vec();
                ct[i - sealed.enc.len()] ^= 0x80;
                tampered.ciphertext = ct.into();
            }
            assert!(open_request(&hpke, 31337, node, &tampered).is_err(), "byte {i}");
        }
        let mut wrong_version = sealed;
        wrong_version.version = 2;
        assert!(matches!(
            open_request(&hpke, 31337, node, &wrong_version),
            Err(ProtocolError::UnsupportedVersion { found: 2 })
        ));
    }

    #[tokio::test]
    async fn a_forged_swapped_or_altered_response_is_refused() {
        let node_key = PrivateKeySigner::random();
        let node = node_key.address();
        let hpke = HpkeKeyPair::generate();
        let (sealed, pending) = seal_request(&hpke.public_key(), &request(node)).unwrap();
        let (_, sealer) = open_request(&hpke, 31337, node, &sealed).unwrap();

        // Signed by another key (a node that is not the attested one).
        let impostor = PrivateKeySigner::random();
        let (_, sealer2) = open_request(&hpke, 31337, node, &sealed).unwrap();
        let forged = sealer2.seal(&impostor, &output(), 5).await.unwrap();
        assert!(matches!(pending.open(&forged), Err(ProtocolError::WrongSigner { .. })));

        // The answer to another request does not open with this request's key.
        let (sealed_b, _) = seal_request(&hpke.public_key(), &request(node)).unwrap();
        let (_, sealer_b) = open_request(&hpke, 31337, node, &sealed_b).unwrap();
        let other = sealer_b.seal(&node_key, &output(), 5).await.unwrap();
        assert!(matches!(pending.open(&other), Err(ProtocolError::ResponseUnreadable)));

        // Any flipped byte of the genuine response is refused.
        let genuine = sealer.seal(&node_key, &output(), 5).await.unwrap();
        assert!(pending.open(&genuine).is_ok());
        for i in 0..genuine.ciphertext.len() {
            let mut ct = genuine.ciphertext.to_vec();
            ct[i] ^= 1;
            let tampered = SealedResponse { version: 1, ciphertext: ct.into() };
            assert!(matches!(pending.open(&tampered), Err(ProtocolError::ResponseUnreadable)));
        }
    }

    #[test]
    fn malformed_json_errors_do_not_echo_content() {
        let err = serde_json::from_str::<UpdateRequest>(r#"{"request_id": "secret-canary-text"}"#)
            .unwrap_err();
        let message = ProtocolError::malformed("request", &err).to_string();
        assert!(!message.contains("canary"), "{message}");
        assert!(message.contains("line 1"), "{message}");
    }

    #[test]
    fn derived_hpke_keys_are_reproducible_and_debug_is_redacted() {
        let a = HpkeKeyPair::derive(&[9u8; 32]);
        let b = HpkeKeyPair::derive(&[9u8; 32]);
        assert_eq!(a.public_key(), b.public_key());
        assert_ne!(a.public_key(), HpkeKeyPair::derive(&[8u8; 32]).public_key());
        let keys = request(Address::ZERO).keys.clone();
        assert!(!format!("{keys:?}").contains(&alloy::hex::encode(*keys.key_encryption_key)));
    }
}
