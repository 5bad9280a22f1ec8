//! MemSync's cryptography: the [`keys`] hierarchy and the record [`envelope`].
//!
//! The keys derive from one root secret per key epoch (a wallet's EIP-712 signature, a BIP-39
//! mnemonic or a 32-byte seed); the envelope seals each record version with AES-256-GCM-SIV,
//! bound to its chain, vault, owner, record id, version, storage mode and epoch. docs/FORMAT.md
//! gives every byte. No I/O beyond an optional seed file (feature `fs`), no async runtime:
//! the crate compiles for `wasm32-unknown-unknown`, where randomness comes from the Web Crypto
//! API (or from the caller, through the `*_with_rng` functions).
//!
//! Most users reach these modules through `memsync::keys` and `memsync::envelope`.

pub mod envelope;
pub mod keys;
