#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod blob;
pub mod cache;
mod devnet;
pub mod envelope;
mod error;
pub mod extract;
pub mod import;
pub mod keys;
pub mod memory;
mod records;
pub mod rpc;
mod sealed_vault;
pub mod search;
pub mod sync;
pub mod tee;
mod vault;

pub use devnet::{
    ANVIL_ENV, DEVNET_MAX_HEARTBEAT_AGE, Devnet, DevnetBuilder, HARDFORK, NPM_PLATFORM, find_anvil,
};
pub use error::{Error, Result};
pub use rpc::{RpcConfig, RpcStats};
pub use sealed_vault::{OpenedRecord, ROTATION_BATCH, Rotation, SealedVault, StoragePolicy};
pub use vault::{
    BlockRef, Checkpoint, DelegatedWrite, Delegation, DelegationChange, FetchResume, Finality,
    LogEntry, LogFetch, MAX_CODE_CIPHERTEXT, MAX_PACKED_DATA, MAX_URI_LEN, Operation, Payload,
    Rebroadcast, Record, Scope, SentBatch, SeqCheck, SignedBatch, SignedDelegation, SignedTx,
    TxJournal, TxReceipt, UnsignedBatch, UnsignedDelegation, Vault, VaultBuilder, VerifiedLog,
    WriteReceipt, auth, decode_batch, encode_batch, gas, next_head, next_version, takes_over,
};

/// The generated contract bindings (ABI types, errors, events, bytecode).
pub use memsync_bindings as bindings;
