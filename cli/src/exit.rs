//! Exit codes: what a script can tell from `$?` without parsing messages.
//!
//! | code | meaning |
//! |---:|---|
//! | 0 | success |
//! | 1 | any other error |
//! | 2 | the command line is wrong (unknown flag, missing argument) |
//! | 3 | no such memory |
//! | 4 | invalid input: an empty or oversize text, a file in the wrong format or half-corrupt |
//! | 5 | a conflict: another device changed the memory, or kept writing |
//! | 6 | configuration or keys: no identity or network, a wrong key, another vault's cache |
//! | 7 | the network: the RPC node, a blob store or a TEE node cannot be reached, or a transaction did not land |
//! | 8 | integrity: the RPC or a blob store served data that does not verify against the chain; a TEE node's attestation or signed answer does not verify, or the registry no longer trusts it |

use std::fmt;
use std::process::ExitCode;
use std::sync::OnceLock;

use alloy::primitives::Address;

use memsync::bindings::memory_vault::MemoryVault::MemoryVaultErrors;
use memsync::blob::BlobError;
use memsync::tee::client::TeeError;
use memsync::tee::registry::RegistryError;
use memsync::{Error, VaultError};

/// A class of failure, with its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// 1: anything else.
    Other = 1,
    /// 3: no such memory.
    NotFound = 3,
    /// 4: invalid input.
    InvalidInput = 4,
    /// 5: a conflict with another writer.
    Conflict = 5,
    /// 6: configuration or keys.
    Config = 6,
    /// 7: the network.
    Network = 7,
    /// 8: data that does not verify.
    Integrity = 8,
}

/// An error that already knows its class.
#[derive(Debug)]
struct Classified {
    failure: Failure,
    source: anyhow::Error,
}

impl fmt::Display for Classified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe(&self.source))
    }
}

impl std::error::Error for Classified {}

/// The network the command works on (its name and chain id), once it is open: for advice in
/// error messages, which the SDK's errors cannot give.
static NETWORK: OnceLock<(String, u64)> = OnceLock::new();

/// Remembers the network the command works on.
pub(crate) fn working_on(name: &str, chain_id: u64) {
    let _ = NETWORK.set((name.to_owned(), chain_id));
}

/// `err` and its causes in one line, each cause once: many errors (the SDK's among them) say
/// their source in their own message as well as return it as their `source()`, which anyhow's
/// `{:#}` would print twice. An SDK error whose advice is about the SDK (funding an account) is
/// said in the command line's terms.
pub(crate) fn describe(err: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in err.chain() {
        let text = match vault_error(cause) {
            Some(VaultError::InsufficientFunds { account }) => unfunded(*account),
            _ => cause.to_string(),
        };
        if message.contains(&text) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    message
}

/// The vault error `cause` is or carries, by whichever layer it came (the SDK, the vault, the
/// TEE registry or client).
fn vault_error<'a>(cause: &'a (dyn std::error::Error + 'static)) -> Option<&'a VaultError> {
    let registry = |err: &'a RegistryError| match err {
        RegistryError::Vault(vault) => Some(vault),
        _ => None,
    };
    if let Some(err) = cause.downcast_ref::<Error>() {
        return match err {
            Error::Vault(vault) => Some(vault),
            Error::TeeRegistry(err) => registry(err),
            _ => None,
        };
    }
    if let Some(err) = cause.downcast_ref::<TeeError>() {
        return match err {
            TeeError::Vault(vault) => Some(vault),
            TeeError::Registry(err) => registry(err),
            _ => None,
        };
    }
    if let Some(err) = cause.downcast_ref::<RegistryError>() {
        return registry(err);
    }
    cause.downcast_ref::<VaultError>()
}

/// What to do about an account without the ether its transaction needs: where to send ether,
/// with the tools a user has (a wallet or an exchange), or, on a devnet, a funded test account.
fn unfunded(account: Address) -> String {
    let head = format!("account {account} has too little ether to pay for the transaction's gas");
    match NETWORK.get() {
        Some((name, chain_id)) if *chain_id == crate::chains::DEVNET_CHAIN_ID => format!(
            "{head} on network `{name}` (chain {chain_id}, a local devnet): a devnet's ether is \
             in its test accounts; use one with `memsync init --dev` (`--dev --account N` for \
             another)"
        ),
        Some((name, chain_id)) => format!(
            "{head} on network `{name}` (chain {chain_id}{}): send ether to {account} on that \
             chain (from a wallet, or an exchange that withdraws to it), then run the command again",
            crate::chains::chain_name(*chain_id).map(|n| format!(", {n}")).unwrap_or_default()
        ),
        None => format!("{head}: send ether to {account} on the network's chain"),
    }
}

impl Failure {
    /// `err`, marked as this class.
    pub(crate) fn wrap(self, err: anyhow::Error) -> anyhow::Error {
        anyhow::Error::new(Classified { failure: self, source: err })
    }

    /// The class of `err`: the mark it carries, else the class of the first SDK or vault error
    /// in its chain.
    pub(crate) fn of(err: &anyhow::Error) -> Self {
        if let Some(classified) = err.downcast_ref::<Classified>() {
            return classified.failure;
        }
        err.chain()
            .find_map(|cause| {
                cause
                    .downcast_ref::<Error>()
                    .map(Self::of_sdk)
                    .or_else(|| cause.downcast_ref::<VaultError>().map(Self::of_vault))
                    .or_else(|| cause.downcast_ref::<TeeError>().map(Self::of_tee))
                    .or_else(|| cause.downcast_ref::<RegistryError>().map(Self::of_registry))
            })
            .unwrap_or(Self::Other)
    }

    fn of_vault(err: &VaultError) -> Self {
        match err {
            VaultError::RecordNotFound { .. } | VaultError::VersionNotFound { .. } => {
                Self::NotFound
            }
            VaultError::InvalidOperation { .. } => Self::InvalidInput,
            VaultError::WriteContended { .. }
            | VaultError::Revert(MemoryVaultErrors::VaultSequenceMismatch(_)) => Self::Conflict,
            VaultError::NoSigner
            | VaultError::InsufficientFunds { .. }
            | VaultError::NoVaultAtAddress { .. } => Self::Config,
            VaultError::Rpc { .. }
            | VaultError::RpcGaveUp { .. }
            | VaultError::NotMined { .. }
            | VaultError::TransactionDisplaced { .. }
            | VaultError::RpcBehind { .. }
            | VaultError::InvalidRpcUrl { .. } => Self::Network,
            VaultError::LogHeadMismatch { .. }
            | VaultError::LogInconsistent { .. }
            | VaultError::CheckpointAhead { .. }
            | VaultError::CodeRecordMismatch { .. } => Self::Integrity,
            _ => Self::Other,
        }
    }

    fn of_sdk(err: &Error) -> Self {
        match err {
            Error::Vault(err) => Self::of_vault(err),
            Error::MemoryNotFound { .. } => Self::NotFound,
            Error::InvalidMemory(_) | Error::Import(_) | Error::Scope(_) => Self::InvalidInput,
            Error::MemoryConflict { .. } => Self::Conflict,
            Error::Keys(_)
            | Error::KeyScopeMismatch { .. }
            | Error::Cache(memsync::cache::CacheError::ScopeMismatch { .. })
            | Error::EmptyKeyring => Self::Config,
            Error::Blob(BlobError::Unreachable { .. } | BlobError::NotFound { .. }) => {
                Self::Network
            }
            Error::Blob(BlobError::HashMismatch { .. } | BlobError::CidDigestMismatch { .. }) => {
                Self::Integrity
            }
            Error::Tee(err) => Self::of_tee(err),
            Error::TeeRegistry(err) => Self::of_registry(err),
            _ => Self::Other,
        }
    }

    fn of_registry(err: &RegistryError) -> Self {
        match err {
            RegistryError::Vault(err) => Self::of_vault(err),
            RegistryError::NoContract { .. } => Self::Config,
            _ => Self::Other,
        }
    }

    fn of_tee(err: &TeeError) -> Self {
        match err {
            TeeError::Registry(err) => Self::of_registry(err),
            TeeError::Vault(err) => Self::of_vault(err),
            // What the client checked and refused: the attestation (root, signature, age,
            // measurement, bindings), the registry's record, the signed answer, the report.
            TeeError::Attestation(_)
            | TeeError::Inactive { .. }
            | TeeError::RegistrationMismatch { .. }
            | TeeError::Protocol(_)
            | TeeError::ReportMismatch(_) => Self::Integrity,
            TeeError::NotRegistered { .. } => Self::Config,
            TeeError::NoActiveNode | TeeError::Unreachable { .. } => Self::Network,
            TeeError::Refused { code, .. } => match code.as_str() {
                "wrong_keys" | "keys_not_published" | "not_delegated" => Self::Config,
                "model_failed" | "chain_failed" => Self::Network,
                _ => Self::Other,
            },
            _ => Self::Other,
        }
    }

    /// The process exit code.
    pub(crate) fn code(self) -> ExitCode {
        ExitCode::from(self as u8)
    }
}
