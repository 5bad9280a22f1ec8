//! The vault's error type.

use alloy::primitives::{Address, B256, TxHash};
#[cfg(feature = "client")]
use alloy::sol_types::SolInterface;
#[cfg(feature = "client")]
use memsync_bindings::memory_vault::MemoryVault::MemoryVaultErrors;

/// A `Result` whose error is the vault's [`VaultError`].
pub type Result<T, E = VaultError> = std::result::Result<T, E>;

/// Everything that can go wrong in the vault client, its log and the RPC under it.
///
/// Messages say what went wrong and what to do about it. Contract reverts are decoded into the
/// generated Solidity error types (`MemoryVaultErrors`), so a caller matches on
/// `VaultSequenceMismatch` rather than on revert bytes. The variants that carry an RPC or
/// contract error exist with the `client` feature (the default).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The RPC URL could not be parsed.
    #[error("invalid RPC URL `{url}`: {reason}; expected something like http://127.0.0.1:8545")]
    InvalidRpcUrl {
        /// The URL as given.
        url: String,
        /// Why it was refused.
        reason: String,
    },

    #[cfg(feature = "client")]
    /// The RPC endpoint could not be reached or answered with an error.
    #[error(
        "RPC request failed ({context}): {source}; check the RPC URL and that the node is running"
    )]
    Rpc {
        /// What the SDK was doing.
        context: &'static str,
        /// The transport error.
        #[source]
        source: alloy::transports::TransportError,
    },

    #[cfg(feature = "client")]
    /// The RPC kept failing through every retry.
    #[error(
        "RPC request failed {attempts} times ({context}): {source}; check the RPC URL, the node \
         and the network, then try again (nothing was lost: a sync goes on where it stopped)"
    )]
    RpcGaveUp {
        /// How many attempts were made.
        attempts: u32,
        /// What the SDK was doing.
        context: &'static str,
        /// The last transport error.
        #[source]
        source: alloy::transports::TransportError,
    },

    /// The signer cannot pay for the transaction's gas.
    #[error(
        "account {account} has too little ether to pay for the transaction's gas: send it ether on \
         this chain, or have a relayer pay (sign the batch and let it call `Vault::relay`)"
    )]
    InsufficientFunds {
        /// The account that must pay.
        account: Address,
    },

    /// There is no contract at the configured vault address.
    #[error(
        "no contract code at {address} on chain {chain_id}; check the vault address and that the \
         RPC URL points at the network it was deployed to"
    )]
    NoVaultAtAddress {
        /// The configured address.
        address: Address,
        /// The chain the RPC serves.
        chain_id: u64,
    },

    /// A transaction needs a signer, but the client was built without one.
    #[error(
        "this operation sends a transaction but the client has no signer; add one with `.signer(..)`"
    )]
    NoSigner,

    #[cfg(feature = "client")]
    /// The vault reverted with one of its custom errors.
    #[error("the vault refused the operation: {}", describe_revert(.0))]
    Revert(MemoryVaultErrors),

    /// The vault reverted with data that is none of its custom errors.
    #[error(
        "the vault call reverted with unrecognised data 0x{data}; is the address a MemoryVault?"
    )]
    UnknownRevert {
        /// The raw revert data, hex-encoded.
        data: String,
    },

    #[cfg(feature = "client")]
    /// A contract call failed for a reason other than a revert.
    #[error("contract call failed: {0}")]
    Contract(#[source] Box<alloy::contract::Error>),

    /// A transaction was mined but reverted (for example out of gas).
    #[error("transaction {tx_hash} was mined but reverted; nothing was written")]
    TransactionReverted {
        /// The transaction hash.
        tx_hash: TxHash,
    },

    /// A transaction was sent but no receipt arrived (not mined in time, or dropped).
    #[error(
        "transaction {tx_hash} was sent but not confirmed after {waited:?}; check the node, then \
         sync before retrying (it may still land, and a sync sends it again if it was dropped)"
    )]
    NotMined {
        /// The transaction hash.
        tx_hash: TxHash,
        /// How long the client waited for its receipt.
        waited: std::time::Duration,
    },

    /// A transaction was dropped (a reorg took its block, or a node's pool lost it) and its
    /// nonce went to another transaction of the same account (another process with this key):
    /// it can never land as it is.
    #[error(
        "transaction {tx_hash} was dropped from the chain and its nonce went to another \
         transaction of this account; a sync sends its write again if it is still missing"
    )]
    TransactionDisplaced {
        /// The transaction hash.
        tx_hash: TxHash,
    },

    /// The RPC has not yet reached a block this client knows exists: a load-balanced replica
    /// behind the others, or a node still syncing. Nothing is wrong with the data.
    #[error(
        "the RPC is {behind} block(s) behind the last write (it serves block {rpc_block}, the \
         write is in block {needed_block}); waited {waited:?} for it to catch up: try again, or \
         use an RPC endpoint that is in sync"
    )]
    RpcBehind {
        /// How many blocks the RPC is behind.
        behind: u64,
        /// The latest block the RPC serves.
        rpc_block: u64,
        /// The block the client needs it to serve.
        needed_block: u64,
        /// How long the client waited.
        waited: std::time::Duration,
    },

    /// An operation is malformed; it was refused before anything was sent.
    #[error("invalid operation on {subject}: {reason}")]
    InvalidOperation {
        /// What the operation touches (a record id or a key epoch).
        subject: String,
        /// What is wrong.
        reason: &'static str,
    },

    /// A batch with no operations.
    #[error("a batch needs at least one operation")]
    EmptyBatch,

    /// A batch, or a single operation, needs more gas than one transaction may use (EIP-7825).
    /// Split it ([`Vault::apply_chunked`](crate::Vault::apply_chunked) does) or, for one huge
    /// record, use pointer mode.
    #[error(
        "{operations} operation(s) need about {gas} gas, over the per-transaction cap of {cap} \
         (EIP-7825); split the batch, or store large records in pointer mode"
    )]
    BatchTooLarge {
        /// How many operations the transaction would carry.
        operations: usize,
        /// The SDK's upper estimate of the gas they need.
        gas: u64,
        /// The cap.
        cap: u64,
    },

    #[cfg(feature = "client")]
    /// A batch split over several transactions ([`Vault::apply_chunked`](crate::Vault::apply_chunked))
    /// failed part-way: the first `applied_operations` operations are on chain (in the
    /// transactions of `applied`), the rest are not.
    #[error(
        "{applied_operations} operations landed in {} transaction(s) before one failed ({source}); \
         they stay applied: sync, then resume with the remaining operations",
        .applied.len()
    )]
    BatchPartiallyApplied {
        /// The receipts of the transactions that landed.
        applied: Vec<crate::WriteReceipt>,
        /// How many of the batch's operations they carried (the batch's first ones).
        applied_operations: usize,
        /// Why the next transaction failed.
        #[source]
        source: Box<VaultError>,
    },

    /// A signature's deadline is already past; nothing was sent.
    #[error("the signature's deadline {deadline} is before the chain's time {now}; sign again")]
    SignatureExpired {
        /// The deadline (unix seconds).
        deadline: u64,
        /// The latest block's timestamp.
        now: u64,
    },

    /// Signing a message failed (the signer refused, or a hardware wallet is unavailable).
    #[error("could not sign: {0}")]
    Signing(#[source] alloy::signers::Error),

    /// A code record's contract does not hold the ciphertext the log committed to.
    #[error("the code at {pointer} does not hash to the committed {expected}: the RPC altered it")]
    CodeRecordMismatch {
        /// The contract.
        pointer: Address,
        /// The committed content hash.
        expected: B256,
    },

    /// The local signer is not the account the message must be signed by.
    #[error("the message must be signed by {expected}, but the signer is {actual}")]
    WrongSigner {
        /// Who must sign.
        expected: Address,
        /// Who the signer is.
        actual: Address,
    },

    /// A signed message is for another vault or chain than this client's.
    #[error("the signed message is for vault {vault} on chain {chain_id}, not this client's")]
    ForeignSignature {
        /// The vault it names.
        vault: Address,
        /// The chain it names.
        chain_id: u64,
    },

    /// The log served by the RPC does not hash to the head the vault holds on-chain.
    #[error(
        "the log of {owner} served by the RPC does not hash to the on-chain head (on-chain {expected}, \
         computed {computed}): the RPC hid or altered events; use another RPC endpoint"
    )]
    LogHeadMismatch {
        /// The owner whose log was read.
        owner: Address,
        /// The head held by the vault.
        expected: B256,
        /// The head computed from the events received.
        computed: B256,
    },

    /// The log served by the RPC is missing events, has them out of order, or has broken links.
    #[error(
        "the log of {owner} served by the RPC is inconsistent: {reason}; use another RPC endpoint"
    )]
    LogInconsistent {
        /// The owner whose log was read.
        owner: Address,
        /// What is inconsistent.
        reason: String,
    },

    /// A checkpoint is ahead of the log the RPC serves at a block that contains the
    /// checkpoint's own block: the RPC hides operations (or the checkpoint is another log's).
    #[error(
        "the checkpoint at seq {checkpoint_seq} is ahead of the on-chain log of {owner} (seq \
         {onchain_seq}) at a block that should hold it: the RPC hid operations, or the \
         checkpoint is another vault's, chain's or owner's; use another RPC endpoint, or sync \
         again from an empty checkpoint"
    )]
    CheckpointAhead {
        /// The owner.
        owner: Address,
        /// The checkpoint's sequence number.
        checkpoint_seq: u64,
        /// The on-chain sequence number.
        onchain_seq: u64,
    },

    /// No record with this id exists in the owner's log.
    #[error("no record {id} in the log of {owner}")]
    RecordNotFound {
        /// The owner.
        owner: Address,
        /// The record id.
        id: B256,
    },

    /// The record exists but has no such version.
    #[error("record {id} of {owner} has no version {version} (latest is {latest})")]
    VersionNotFound {
        /// The owner.
        owner: Address,
        /// The record id.
        id: B256,
        /// The version asked for.
        version: u64,
        /// The latest version in the log.
        latest: u64,
    },

    /// The record was deleted; its history is still readable.
    #[error(
        "record {id} of {owner} was deleted at version {version}; its history is still in the log"
    )]
    RecordDeleted {
        /// The owner.
        owner: Address,
        /// The record id.
        id: B256,
        /// The version of the tombstone.
        version: u64,
    },

    /// Other devices kept writing while this one retried; nothing of this write was applied.
    #[error(
        "other devices kept writing during {attempts} attempts; nothing was written, try again"
    )]
    WriteContended {
        /// How many times the write was planned and sent.
        attempts: usize,
    },

    /// The caller's local store failed: the journal of signed transactions (`TxJournal`), or
    /// the stage that receives a fetch's verified entries. Its own error says why (the SDK
    /// unwraps its own cache's errors back to `memsync::Error`).
    #[cfg(feature = "client")]
    #[error(transparent)]
    Store(Box<dyn std::error::Error + Send + Sync>),

    #[cfg(feature = "client")]
    /// Deploying the vault failed.
    #[error("could not deploy MemoryVault: {0}")]
    Deploy(#[source] Box<alloy::contract::Error>),
}

impl VaultError {
    /// The decoded `VaultSequenceMismatch(owner, expected, actual)` if this is one: someone wrote
    /// to the log since the caller last synced.
    #[cfg(feature = "client")]
    pub fn as_sequence_mismatch(
        &self,
    ) -> Option<&memsync_bindings::memory_vault::MemoryVault::VaultSequenceMismatch> {
        match self {
            Self::Revert(MemoryVaultErrors::VaultSequenceMismatch(e)) => Some(e),
            _ => None,
        }
    }

    /// Converts an error from a contract call, decoding reverts into [`MemoryVaultErrors`].
    #[cfg(feature = "client")]
    pub fn from_contract(err: alloy::contract::Error) -> Self {
        match err.as_revert_data() {
            Some(data) => match MemoryVaultErrors::abi_decode(&data) {
                Ok(decoded) => Self::Revert(decoded),
                Err(_) => Self::UnknownRevert { data: alloy::hex::encode(&data) },
            },
            None => match err {
                alloy::contract::Error::TransportError(source) => {
                    Self::from_transport("contract call", source)
                }
                other => Self::Contract(Box::new(other)),
            },
        }
    }

    #[cfg(feature = "client")]
    /// A function that turns a transport error of the call `context` into a [`VaultError`].
    pub fn rpc(context: &'static str) -> impl FnOnce(alloy::transports::TransportError) -> Self {
        move |source| Self::from_transport(context, source)
    }

    /// A transport error: [`VaultError::RpcGaveUp`] when the transport retried it to the end of its
    /// budget, [`VaultError::Rpc`] otherwise.
    #[cfg(feature = "client")]
    pub fn from_transport(
        context: &'static str,
        source: alloy::transports::TransportError,
    ) -> Self {
        match crate::rpc::GaveUp::of(&source).map(|g| g.attempts) {
            Some(attempts) => Self::RpcGaveUp { attempts, context, source },
            None => Self::Rpc { context, source },
        }
    }
}

#[cfg(feature = "client")]
fn describe_revert(err: &MemoryVaultErrors) -> String {
    match err {
        MemoryVaultErrors::VaultSequenceMismatch(e) => format!(
            "VaultSequenceMismatch(owner {}, expected seq {}, actual seq {}): someone wrote since your \
             last sync; sync and retry, or resolve the conflict",
            e.owner, e.expected, e.actual
        ),
        MemoryVaultErrors::VaultEmptyBatch(_) => {
            "VaultEmptyBatch: the batch has no operations".into()
        }
        MemoryVaultErrors::VaultZeroId(_) => "VaultZeroId: record id 0 is reserved".into(),
        MemoryVaultErrors::VaultZeroVersion(e) => {
            format!("VaultZeroVersion(id {}): record versions start at 1", e.id)
        }
        MemoryVaultErrors::VaultEmptyCiphertext(e) => {
            format!("VaultEmptyCiphertext(id {}): an inline record needs a ciphertext", e.id)
        }
        MemoryVaultErrors::VaultInvalidPointer(e) => format!(
            "VaultInvalidPointer(id {}): a pointer record needs a URI and a non-zero content hash",
            e.id
        ),
        MemoryVaultErrors::VaultEpochNotIncreasing(e) => format!(
            "VaultEpochNotIncreasing(current {}, proposed {}): key epochs only move forward",
            e.current, e.proposed
        ),
        MemoryVaultErrors::VaultZeroKeyCheck(_) => {
            "VaultZeroKeyCheck: a key-check value of 0 is reserved".into()
        }
        MemoryVaultErrors::VaultMalformedBatch(e) => format!(
            "VaultMalformedBatch(offset {}): the packed batch does not parse at that byte",
            e.offset
        ),
        MemoryVaultErrors::VaultCodeTooLarge(e) => format!(
            "VaultCodeTooLarge(id {}, length {}): a code record holds at most 24,575 bytes; use \
             pointer mode",
            e.id, e.length
        ),
        MemoryVaultErrors::VaultSignatureExpired(e) => format!(
            "VaultSignatureExpired(deadline {}): the signature's deadline has passed; sign again",
            e.deadline
        ),
        MemoryVaultErrors::VaultInvalidSignature(e) => format!(
            "VaultInvalidSignature(signer {}): the signature is not the signer's over this vault's \
             EIP-712 message (wrong key, chain id, vault, or altered fields)",
            e.signer
        ),
        MemoryVaultErrors::VaultNotDelegate(e) => format!(
            "VaultNotDelegate(owner {}, delegate {}): no delegation (never granted, or revoked)",
            e.owner, e.delegate
        ),
        MemoryVaultErrors::VaultDelegationExpired(e) => format!(
            "VaultDelegationExpired(owner {}, delegate {}, expiry {}): the grant has expired; \
             the owner must grant it again",
            e.owner, e.delegate, e.expiry
        ),
        MemoryVaultErrors::VaultScopeNotGranted(e) => format!(
            "VaultScopeNotGranted(owner {}, delegate {}, required {:#04b}, granted {:#04b}): the \
             batch needs a scope the delegate does not hold",
            e.owner, e.delegate, e.required, e.granted
        ),
        MemoryVaultErrors::VaultTeeNodeInactive(e) => format!(
            "VaultTeeNodeInactive(delegate {}): the grant requires an active TEE node and the \
             registry says this one is not",
            e.delegate
        ),
        MemoryVaultErrors::VaultInvalidGrant(e) => format!(
            "VaultInvalidGrant(delegate {}, scope {:#04b}, expiry {}): a grant needs a delegate \
             other than the owner, a write and/or delete scope, and a future expiry",
            e.delegate, e.scope, e.expiry
        ),
        MemoryVaultErrors::VaultNoTeeRegistry(_) => {
            "VaultNoTeeRegistry: this vault was deployed without a TEE registry, so TEE-node \
             grants are impossible"
                .into()
        }
        MemoryVaultErrors::InvalidAccountNonce(e) => format!(
            "InvalidAccountNonce(account {}, current nonce {}): the signature was already used \
             (a replay) or is not the signer's next one; sign again with the current nonce",
            e.account, e.currentNonce
        ),
        other => format!("{other:?}"),
    }
}
