#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod devnet;
pub mod envelope;
mod error;
pub mod keys;
mod sealed_vault;
mod vault;

pub use devnet::{ANVIL_ENV, Devnet, DevnetBuilder, HARDFORK, NPM_PLATFORM, find_anvil};
pub use error::{Error, Result};
pub use sealed_vault::{OpenedRecord, SealedVault};
pub use vault::{
    Checkpoint, LogEntry, LogFetch, Operation, Payload, Record, SeqCheck, Vault, VaultBuilder,
    VerifiedLog, WriteReceipt, next_head,
};

/// The generated contract bindings (ABI types, errors, events, bytecode).
pub use memsync_bindings as bindings;
