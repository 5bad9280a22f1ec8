#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod devnet;
mod error;
mod vault;

pub use devnet::{ANVIL_ENV, Devnet, DevnetBuilder, HARDFORK, NPM_PLATFORM, find_anvil};
pub use error::{Error, Result};
pub use vault::{
    Checkpoint, LogEntry, LogFetch, Operation, Payload, Record, SeqCheck, Vault, VaultBuilder,
    VerifiedLog, WriteReceipt, next_head,
};

/// The generated contract bindings (ABI types, errors, events, bytecode).
pub use memsync_bindings as bindings;
