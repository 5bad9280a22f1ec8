//! The SDK's error type.

use alloy::primitives::{Address, B256};
use memsync_vault::VaultError;

/// A `Result` whose error is the SDK's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the SDK.
///
/// Each layer's failures arrive by one path: the vault's, its log's and the RPC's as
/// [`Error::Vault`], the envelope's as [`Error::Envelope`], the keys' as [`Error::Keys`], and so
/// on. Messages say what went wrong and what to do about it. Contract reverts are decoded into
/// the generated Solidity error types, so a caller matches on `VaultSequenceMismatch` rather
/// than on revert bytes ([`Error::as_sequence_mismatch`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The vault, its log or the RPC under it failed: a revert, a transaction that did not
    /// land, a log the RPC altered, a lagging or failing endpoint ([`VaultError`]).
    #[error(transparent)]
    Vault(VaultError),

    /// No anvil binary was found for a devnet.
    #[cfg(feature = "devnet")]
    #[error(
        "anvil not found (looked in: {}); run `npm install` in the MemSync checkout, or pass --anvil \
         <path> / set MEMSYNC_ANVIL",
        .searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    AnvilNotFound {
        /// Where the SDK looked.
        searched: Vec<std::path::PathBuf>,
    },

    /// anvil was found but could not be started.
    #[cfg(feature = "devnet")]
    #[error("could not start anvil at {path}: {reason}")]
    AnvilStart {
        /// The binary.
        path: std::path::PathBuf,
        /// What failed.
        reason: String,
    },

    /// Sealing or opening a record failed. Opening failures are deliberately opaque.
    #[error(transparent)]
    Envelope(#[from] crate::envelope::EnvelopeError),

    /// A keyring with no key epoch was given where records are sealed or opened.
    #[error("the keyring holds no key epoch; insert the root of at least one epoch first")]
    EmptyKeyring,

    /// Deriving or checking keys failed.
    #[error(transparent)]
    Keys(#[from] crate::keys::KeyError),

    /// A blob store failed, or a fetched blob did not match the hash the log committed to.
    #[error(transparent)]
    Blob(#[from] crate::blob::BlobError),

    /// The local cache could not be created, read or written, is damaged, or is another
    /// vault's ([`CacheError`](crate::cache::CacheError)).
    #[error(transparent)]
    Cache(#[from] crate::cache::CacheError),

    /// No live memory has this id.
    #[error("no memory {id}: it does not exist or was deleted (see its history)")]
    MemoryNotFound {
        /// The id asked for.
        id: crate::memory::MemoryId,
    },

    /// A memory's fields are out of bounds; nothing was written.
    #[error("invalid memory: {0}")]
    InvalidMemory(#[from] crate::memory::InvalidMemory),

    /// An app asked for, or would write, something outside its scope; nothing was written.
    #[error("{0}")]
    Scope(#[from] crate::memory::ScopeError),

    /// Another device changed a memory since this client last read it; the change was not
    /// written. Look at the new version, then update again.
    #[error(
        "memory {id} changed elsewhere (version {actual}, this change was made to version \
         {expected}); nothing was written: look at the new version and update again"
    )]
    MemoryConflict {
        /// The memory.
        id: crate::memory::MemoryId,
        /// The version the change was made to.
        expected: u64,
        /// The version on chain.
        actual: u64,
    },

    /// A record of the log could not be opened (its blob is out of reach, or its key epoch is
    /// not in the keyring).
    #[error("record {id} could not be opened: {reason}")]
    RecordUnreadable {
        /// The record.
        id: B256,
        /// Why.
        reason: String,
    },

    /// The keyring is for another chain, vault or owner than the vault client's signer.
    #[error(
        "the keys are for chain {} vault {} owner {}, but the client signs as {owner} for vault \
         {vault} on chain {chain_id}",
        .keys.chain_id, .keys.vault, .keys.owner
    )]
    KeyScopeMismatch {
        /// The keyring's scope.
        keys: crate::keys::KeyScope,
        /// The vault client's vault.
        vault: Address,
        /// The vault client's chain.
        chain_id: u64,
        /// The vault client's signer.
        owner: Address,
    },

    /// A delegate's client needs the owner's key-check value of the epoch it seals under to be
    /// on-chain already: only the owner publishes it.
    #[error(
        "{owner} has not published the key-check value of key epoch {epoch}; the owner must write once (or publish it) before a delegate can"
    )]
    KeyCheckNotPublished {
        /// The owner.
        owner: Address,
        /// The epoch.
        epoch: u64,
    },

    /// A confidential update through a TEE node failed (the node did not verify, refused, or
    /// reported something the chain does not show).
    #[error(transparent)]
    Tee(crate::tee::client::TeeError),

    /// The extractor failed (a model back-end out of reach, or an unusable answer).
    #[error(transparent)]
    Extract(#[from] crate::extract::ExtractError),

    /// Searching or embedding failed.
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),

    /// An import file is not in the format, or holds invalid items.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),

    /// An export could not be written.
    #[error(transparent)]
    Export(#[from] crate::import::ExportError),

    /// The TEE registry or its attestation verifier refused a call (decoded), or is not there.
    /// (Its RPC failures are [`Error::Vault`], as the vault's are.)
    #[error(transparent)]
    TeeRegistry(crate::tee::registry::RegistryError),
}

impl From<VaultError> for Error {
    /// A vault error, except that a failure of the SDK's own store (the cache, as the vault's
    /// transaction journal or a fetch's stage) arrives as the cache's own error.
    fn from(err: VaultError) -> Self {
        match err {
            VaultError::Store(inner) => match inner.downcast::<crate::cache::CacheError>() {
                Ok(cache) => Self::Cache(*cache),
                Err(other) => match other.downcast::<Error>() {
                    Ok(own) => *own,
                    Err(other) => Self::Vault(VaultError::Store(other)),
                },
            },
            other => Self::Vault(other),
        }
    }
}

impl From<crate::tee::registry::RegistryError> for Error {
    /// A registry error, except that the RPC's and transactions' failures under it arrive as the
    /// vault's do ([`Error::Vault`]).
    fn from(err: crate::tee::registry::RegistryError) -> Self {
        match err {
            crate::tee::registry::RegistryError::Vault(vault) => vault.into(),
            other => Self::TeeRegistry(other),
        }
    }
}

impl From<crate::tee::client::TeeError> for Error {
    /// A TEE client error, except that the registry's and the RPC's failures under it arrive by
    /// their own paths ([`Error::TeeRegistry`], [`Error::Vault`]).
    fn from(err: crate::tee::client::TeeError) -> Self {
        match err {
            crate::tee::client::TeeError::Registry(registry) => registry.into(),
            crate::tee::client::TeeError::Vault(vault) => vault.into(),
            other => Self::Tee(other),
        }
    }
}

impl Error {
    /// The decoded `VaultSequenceMismatch(owner, expected, actual)` if this is one: someone wrote
    /// to the log since the caller last synced.
    pub fn as_sequence_mismatch(
        &self,
    ) -> Option<&memsync_bindings::memory_vault::MemoryVault::VaultSequenceMismatch> {
        match self {
            Self::Vault(err) => err.as_sequence_mismatch(),
            _ => None,
        }
    }
}
