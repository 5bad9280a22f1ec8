#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod blob;
#[cfg(feature = "devnet")]
mod devnet;
mod error;
pub mod memory;
mod records;
mod sealed_vault;
pub mod sync;

#[cfg(feature = "devnet")]
pub use devnet::{
    ANVIL_ENV, DEVNET_MAX_HEARTBEAT_AGE, Devnet, DevnetBuilder, HARDFORK, NPM_PLATFORM, find_anvil,
};
pub use error::{Error, Result};
pub use memsync_cache as cache;
pub use memsync_extract as extract;
pub use memsync_import as import;
pub use memsync_search as search;
pub use memsync_tee as tee;
// The one HTTP client setup, under its old path inside the SDK.
pub use memsync_crypto::{envelope, keys};
use memsync_http as http;
pub use memsync_vault::rpc;
// The vault crate under its old path inside the SDK.
use memsync_vault as vault;
pub use memsync_vault::{
    BlockRef, Checkpoint, DelegatedWrite, Delegation, DelegationChange, FetchResume, Finality,
    LogEntry, LogFetch, MAX_CODE_CIPHERTEXT, MAX_PACKED_DATA, MAX_URI_LEN, Operation, Payload,
    Rebroadcast, Record, RpcConfig, RpcStats, Scope, SentBatch, SeqCheck, SignedBatch,
    SignedDelegation, SignedTx, TxJournal, TxReceipt, UnsignedBatch, UnsignedDelegation, Vault,
    VaultBuilder, VaultError, VerifiedLog, WriteReceipt, auth, decode_batch, encode_batch, gas,
    next_head, next_version, takes_over,
};
pub use records::StoragePolicy;
pub use sealed_vault::{OpenedRecord, ROTATION_BATCH, Rotation, SealedVault, SealedVaultBuilder};

/// The generated contract bindings (ABI types, errors, events, bytecode).
pub use memsync_bindings as bindings;
