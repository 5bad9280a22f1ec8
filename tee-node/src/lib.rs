//! MemSync's TEE inference node.
//!
//! The node runs inside an attested enclave. It holds two keys that never leave it: a
//! secp256k1 signing key (its on-chain address: it signs responses and sends the vault
//! transactions it writes as the owner's delegate) and an X25519 HPKE key (clients seal their
//! requests to it). Both are bound in the attestation document it serves, and registered in the
//! TeeRegistry with the enclave's measurement.
//!
//! For each sealed update request (`POST /v1/updates`) it:
//!
//! 1. opens the request (HPKE, [`memsync::tee::protocol`]): refused if sealed to another node,
//!    key or chain, altered, expired, or already served (single use);
//! 2. checks the owner's keys against the owner's published key-check value and that the vault
//!    holds an active delegation from the owner to this node (relaying the owner's signed grant
//!    if the request carries one);
//! 3. reads and decrypts the owner's memories from the chain (in memory only). Between requests
//!    the node keeps each owner's verified ciphertext and published key-check values (public
//!    data: what any observer of the chain reads), so a request fetches only what is new; the
//!    keys and every plaintext end with the request;
//! 4. extracts candidate memories from the conversation with its extractor, reconciles them
//!    with the existing ones, seals the results under the owner's key and writes them to the
//!    vault as the owner's delegate;
//! 5. returns a response sealed to the client and signed over (request hash, output hash,
//!    timestamp).
//!
//! A write of the node that is not final when the answer goes out is watched in the background
//! (every [`SETTLE_EVERY`] while the owner is idle, for up to [`SETTLE_FOR`]): if a reorg drops
//! it, the node sends it again from the kept ciphertext, without the keys.
//!
//! Content never reaches logs, disk or error messages: logs carry timings and counts, errors
//! name the check that failed, request plaintext and keys are zeroized when dropped.
//!
//! `GET /v1/attestation?nonce=<hex>` serves a fresh attestation document binding the signing
//! key (`public_key`), the HPKE key (`user_data`) and the client's nonce. `GET /health` reports
//! the node's address, keys and measurement.

mod cli;
pub mod dev;
mod logs;
mod replay;
mod service;

pub use cli::run_cli;
pub use service::{
    AttestationResponse, ErrorBody, HealthResponse, Node, NodeConfig, NodeError,
    RegistrationRequest, SETTLE_EVERY, SETTLE_FOR,
};
