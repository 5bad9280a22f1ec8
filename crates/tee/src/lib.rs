//! Confidential updates through TEE inference nodes.
//!
//! - [`registry`]: the on-chain TeeRegistry (approved enclave measurements, registered nodes,
//!   heartbeats), read and written from Rust.
//! - [`attestation`]: attestation documents (Nitro-shaped COSE_Sign1), the client-side verifier
//!   and the attesters that produce them.
//! - [`protocol`]: the HPKE-sealed request and the signed, sealed response between a client
//!   and a node.
//! - [`client`]: the client side: find an active node, verify it, seal, submit, check.
//! - [`checker`]: the attestation checker whose signed statements register nodes.

pub mod attestation;
#[cfg(feature = "node")]
pub mod checker;
pub mod client;
mod error;
mod http;
pub mod protocol;
pub mod registry;
