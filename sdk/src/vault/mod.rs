//! The MemoryVault client: an owner's append-only, hash-chained log of encrypted records.
//!
//! Writes go through [`Vault`]; reads come back as a [`VerifiedLog`] whose every entry was checked
//! against the vault's on-chain hash-chain head.

mod client;
mod fetch;
mod log;
mod operation;

pub use client::{Vault, VaultBuilder, WriteReceipt};
pub use fetch::LogFetch;
pub use log::{Checkpoint, LogEntry, Record, VerifiedLog};
pub use operation::{Operation, Payload, SeqCheck, next_head};
