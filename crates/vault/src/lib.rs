//! The MemoryVault client: an owner's append-only, hash-chained log of encrypted records.
//!
//! Writes go through [`Vault`]: by the owner, by a delegate ([`Vault::apply_batch_for`]), or by
//! anyone relaying a signed batch ([`Vault::relay`]). Reads come back as a [`VerifiedLog`] whose
//! every entry was checked against the vault's on-chain hash-chain head.
//!
//! Without the `client` feature (on by default) the crate is the portable core, for a browser,
//! a wallet or a server that reaches the chain through its own transport: [`events`] decodes the
//! events an `eth_getLogs` returned ([`EventLog`], its JSON) and names the `logState` call that reads the head,
//! [`VerifiedLog::verify`] checks them against it, [`encode_batch`] packs writes and [`auth`]
//! builds the EIP-712 authorisations. It compiles for `wasm32-unknown-unknown`.

pub mod auth;
#[cfg(feature = "client")]
mod chain;
#[cfg(feature = "client")]
mod client;
mod error;
pub mod events;
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
pub use events::{EventLog, LOG_EVENTS, decode_logs};
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
