//! The MemoryVault client: an owner's append-only, hash-chained log of encrypted records.
//!
//! Writes go through [`Vault`]: by the owner, by a delegate ([`Vault::apply_batch_for`]), or by
//! anyone relaying a signed batch ([`Vault::relay`]). Reads come back as a [`VerifiedLog`] whose
//! every entry was checked against the vault's on-chain hash-chain head.

pub mod auth;
mod chain;
mod client;
mod fetch;
pub mod gas;
mod log;
mod operation;
mod tx;

pub use auth::{
    Delegation, DelegationChange, Scope, SignedBatch, SignedDelegation, UnsignedBatch,
    UnsignedDelegation,
};
pub use chain::{BlockRef, Finality};
pub use client::{SentBatch, TxReceipt, Vault, VaultBuilder, WriteReceipt};
pub(crate) use client::{connect_provider, latest_block_time};
pub use fetch::{DelegatedWrite, FetchResume, LogFetch};
pub use log::{Checkpoint, LogEntry, Record, VerifiedLog, next_version, takes_over};
pub use operation::{
    MAX_CODE_CIPHERTEXT, MAX_PACKED_DATA, MAX_URI_LEN, Operation, Payload, SeqCheck, decode_batch,
    encode_batch, next_head,
};
pub use tx::{Rebroadcast, SignedTx, TxJournal};
pub(crate) use tx::{TxLane, tx_receipt};
