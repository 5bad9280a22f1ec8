//! The TEE client's error.

use alloy::primitives::Address;
use memsync_vault::VaultError;

use crate::attestation::AttestationError;
use crate::protocol::ProtocolError;
use crate::registry::RegistryError;

/// A `Result` whose error is [`TeeError`].
pub type Result<T, E = TeeError> = std::result::Result<T, E>;

/// Why a confidential update through a node failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TeeError {
    /// The registry has no such node.
    #[error("{node} is not registered in the TeeRegistry")]
    NotRegistered {
        /// The node.
        node: Address,
    },
    /// The node is registered but not active (measurement revoked, deregistered, removed, or
    /// its heartbeat too old).
    #[error(
        "{node} is not an active TEE node (its measurement was revoked, it left, or its heartbeat is too old)"
    )]
    Inactive {
        /// The node.
        node: Address,
    },
    /// The registry knows no active node.
    #[error("the TeeRegistry lists no active node")]
    NoActiveNode,
    /// The node's endpoint could not be reached or answered something that is not the protocol.
    #[error("the node at {endpoint} could not be reached: {reason}")]
    Unreachable {
        /// The endpoint.
        endpoint: String,
        /// Why.
        reason: String,
    },
    /// The node refused the request.
    #[error("the node refused the request ({status} {code}): {message}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The node's error code (`replayed`, `not_delegated`, …).
        code: String,
        /// The node's message.
        message: String,
    },
    /// The node's attestation did not verify.
    #[error("the node's attestation does not verify: {0}")]
    Attestation(#[from] AttestationError),
    /// The node's attested keys or measurement differ from what it registered.
    #[error("the node's attestation binds {what} {attested}, but it registered {registered}")]
    RegistrationMismatch {
        /// Which binding.
        what: &'static str,
        /// What the document says.
        attested: String,
        /// What the registry says.
        registered: String,
    },
    /// The sealed exchange failed.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    /// The node's report does not match the chain.
    #[error("the node's report does not match the chain: {0}")]
    ReportMismatch(String),

    /// The registry could not be read (`memsync::Error` carries it as `Error::TeeRegistry`).
    #[error(transparent)]
    Registry(#[from] RegistryError),

    /// The RPC failed (`memsync::Error` carries it as `Error::Vault`).
    #[error(transparent)]
    Vault(#[from] VaultError),
}
