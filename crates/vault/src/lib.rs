//! The MemoryVault client: an owner's append-only, hash-chained log of encrypted records.
//!
//! Writes go through [`Vault`]: by the owner, by a delegate ([`Vault::apply_batch_for`]), or by
//! anyone relaying a signed batch ([`Vault::relay`]). Reads come back as a [`VerifiedLog`] whose
//! every entry was checked against the vault's on-chain hash-chain head.

pub mod auth;
#[cfg(feature = "client")]
mod chain;
#[cfg(feature = "client")]
mod client;
mod error;
#[cfg(feature = "client")]
mod fetch;
pub mod gas;
mod log;
mod operation;
#[cfg(feature = "client")]
pub mod rpc;
#[cfg(feature = "client")]
mod tx;

pub use auth::{
    Delegation, DelegationChange, Scope, SignedBatch, SignedDelegation, UnsignedBatch,
    UnsignedDelegation,
};
#[cfg(feature = "client")]
pub use chain::{BlockRef, Finality};
#[cfg(feature = "client")]
pub use client::{
    Connected, FINAL_BLOCK_REUSE, SentBatch, Vault, VaultBuilder, WriteReceipt, connect_provider,
    latest_block_time,
};
pub use error::{Result, VaultError};
#[cfg(feature = "client")]
pub use fetch::{DelegatedWrite, FetchResume, LogFetch};
pub use log::{Checkpoint, LogEntry, Record, VerifiedLog, next_version, takes_over};
pub use operation::{
    MAX_CODE_CIPHERTEXT, MAX_PACKED_DATA, MAX_URI_LEN, Operation, Payload, SeqCheck, decode_batch,
    encode_batch, next_head,
};
#[cfg(feature = "client")]
pub use rpc::{RpcConfig, RpcStats};
#[cfg(feature = "client")]
pub use tx::{Rebroadcast, SignedTx, StoreError, TxJournal, TxLane, TxReceipt, tx_receipt};
