//! Signed messages to the vault: relayed batches (EIP-712 `WriteBatch`) and delegation changes
//! (`GrantDelegate`, `RevokeDelegate`), and the delegation scopes.
//!
//! A message is prepared by a [`Vault`](crate::Vault) (which reads the signer's nonce), signed
//! by a local key with [`sign`](UnsignedBatch::sign) or by any wallet over
//! [`digest`](UnsignedBatch::digest) (a Safe, another ERC-1271 contract wallet, a hardware
//! wallet), and submitted by anyone with [`Vault::relay`](crate::Vault::relay). Signed messages
//! serialize to JSON so they can travel to a relayer.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::signers::Signer;
use alloy::sol;
use alloy::sol_types::{Eip712Domain, SolStruct, eip712_domain};
use serde::{Deserialize, Serialize};

use crate::error::{Result, VaultError};

/// The vault's EIP-712 domain name.
pub const DOMAIN_NAME: &str = "MemSync MemoryVault";
/// The vault's EIP-712 domain version.
pub const DOMAIN_VERSION: &str = "1";

sol! {
    /// The EIP-712 message of a relayed batch (`MemoryVault.WRITE_BATCH_TYPEHASH`).
    struct WriteBatch {
        address owner;
        address signer;
        bytes32 operations;
        uint64 expectedSeq;
        uint256 nonce;
        uint256 deadline;
    }

    /// The EIP-712 message of a signed grant (`MemoryVault.GRANT_DELEGATE_TYPEHASH`).
    struct GrantDelegate {
        address owner;
        address delegate;
        uint8 scope;
        uint64 expiry;
        uint256 nonce;
        uint256 deadline;
    }

    /// The EIP-712 message of a signed revocation (`MemoryVault.REVOKE_DELEGATE_TYPEHASH`).
    struct RevokeDelegate {
        address owner;
        address delegate;
        uint256 nonce;
        uint256 deadline;
    }
}

/// The EIP-712 domain of the vault at `vault` on chain `chain_id`.
pub fn domain(chain_id: u64, vault: Address) -> Eip712Domain {
    eip712_domain! {
        name: DOMAIN_NAME,
        version: DOMAIN_VERSION,
        chain_id: chain_id,
        verifying_contract: vault,
    }
}

/// What a delegate may do for an owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scope(u8);

impl Scope {
    /// May write records (inline, pointer, code).
    pub const WRITE: Self = Self(1);
    /// May delete records.
    pub const DELETE: Self = Self(2);
    /// May write and delete.
    pub const READ_WRITE: Self = Self(1 | 2);
    /// Honoured only while the vault's TEE registry says the delegate is an active TEE node.
    pub const TEE_NODE: Self = Self(4);

    /// The scope from its on-chain bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The on-chain bits.
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// Whether every bit of `other` is in `self`.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Scope {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

/// A delegation as the vault stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    /// The granted scope.
    pub scope: Scope,
    /// The first timestamp (unix seconds) at which the grant no longer holds.
    pub expiry: u64,
}

impl Delegation {
    /// Whether the grant holds at chain time `now` (the TEE condition aside).
    pub fn is_active_at(&self, now: u64) -> bool {
        now < self.expiry
    }
}

/// A relayed batch before its signature: what the signer is asked to sign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnsignedBatch {
    /// The chain the vault is on.
    pub chain_id: u64,
    /// The vault.
    pub vault: Address,
    /// The owner whose log the batch extends.
    pub owner: Address,
    /// The packed operations (docs/FORMAT.md "Packed batches").
    pub operations: Bytes,
    /// The owner's sequence number the batch expects, or `u64::MAX` for any.
    pub expected_seq: u64,
    /// Who signs: the owner, or a delegate of the owner.
    pub signer: Address,
    /// The signer's nonce this signature uses.
    pub nonce: U256,
    /// The last timestamp (unix seconds) at which it may be submitted.
    pub deadline: u64,
}

impl UnsignedBatch {
    /// The EIP-712 message.
    pub fn message(&self) -> WriteBatch {
        WriteBatch {
            owner: self.owner,
            signer: self.signer,
            operations: keccak256(&self.operations),
            expectedSeq: self.expected_seq,
            nonce: self.nonce,
            deadline: U256::from(self.deadline),
        }
    }

    /// The EIP-712 digest the signer signs (for contract wallets and external signers).
    pub fn digest(&self) -> B256 {
        self.message().eip712_signing_hash(&domain(self.chain_id, self.vault))
    }

    /// Attaches a signature made elsewhere over [`digest`](Self::digest) (for example a Safe's
    /// owners' signatures, which the vault checks through ERC-1271).
    pub fn with_signature(self, signature: impl Into<Bytes>) -> SignedBatch {
        SignedBatch { batch: self, signature: signature.into() }
    }

    /// Signs with a local signer, which must be [`signer`](Self::signer).
    pub async fn sign<S: Signer + Send + Sync + ?Sized>(self, signer: &S) -> Result<SignedBatch> {
        let signature = sign_digest(signer, self.signer, self.digest()).await?;
        Ok(self.with_signature(signature))
    }
}

/// A relayed batch with its signature, ready for [`Vault::relay`](crate::Vault::relay).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedBatch {
    /// The signed fields.
    #[serde(flatten)]
    pub batch: UnsignedBatch,
    /// The signature: 65 bytes for an EOA, anything its ERC-1271 wallet accepts otherwise.
    pub signature: Bytes,
}

/// A change to a delegation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DelegationChange {
    /// Grant (or replace) a delegation.
    Grant {
        /// The delegate.
        delegate: Address,
        /// What it may do.
        scope: Scope,
        /// The first timestamp at which it no longer holds.
        expiry: u64,
    },
    /// Revoke a delegation.
    Revoke {
        /// The delegate.
        delegate: Address,
    },
}

impl DelegationChange {
    /// The delegate it concerns.
    pub fn delegate(&self) -> Address {
        match self {
            Self::Grant { delegate, .. } | Self::Revoke { delegate } => *delegate,
        }
    }
}

/// A delegation change before the owner's signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnsignedDelegation {
    /// The chain the vault is on.
    pub chain_id: u64,
    /// The vault.
    pub vault: Address,
    /// The owner, who signs.
    pub owner: Address,
    /// The change.
    pub change: DelegationChange,
    /// The owner's nonce this signature uses.
    pub nonce: U256,
    /// The last timestamp (unix seconds) at which it may be submitted.
    pub deadline: u64,
}

impl UnsignedDelegation {
    /// The EIP-712 digest the owner signs.
    pub fn digest(&self) -> B256 {
        let domain = domain(self.chain_id, self.vault);
        let deadline = U256::from(self.deadline);
        match self.change {
            DelegationChange::Grant { delegate, scope, expiry } => GrantDelegate {
                owner: self.owner,
                delegate,
                scope: scope.bits(),
                expiry,
                nonce: self.nonce,
                deadline,
            }
            .eip712_signing_hash(&domain),
            DelegationChange::Revoke { delegate } => {
                RevokeDelegate { owner: self.owner, delegate, nonce: self.nonce, deadline }
                    .eip712_signing_hash(&domain)
            }
        }
    }

    /// Attaches a signature made elsewhere over [`digest`](Self::digest).
    pub fn with_signature(self, signature: impl Into<Bytes>) -> SignedDelegation {
        SignedDelegation { delegation: self, signature: signature.into() }
    }

    /// Signs with a local signer, which must be the owner.
    pub async fn sign<S: Signer + Send + Sync + ?Sized>(
        self,
        signer: &S,
    ) -> Result<SignedDelegation> {
        let signature = sign_digest(signer, self.owner, self.digest()).await?;
        Ok(self.with_signature(signature))
    }
}

/// A delegation change with the owner's signature, ready for
/// [`Vault::relay_delegation`](crate::Vault::relay_delegation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedDelegation {
    /// The signed fields.
    #[serde(flatten)]
    pub delegation: UnsignedDelegation,
    /// The owner's signature.
    pub signature: Bytes,
}

async fn sign_digest<S: Signer + Send + Sync + ?Sized>(
    signer: &S,
    expected: Address,
    digest: B256,
) -> Result<Bytes> {
    if signer.address() != expected {
        return Err(VaultError::WrongSigner { expected, actual: signer.address() });
    }
    let signature = signer.sign_hash(&digest).await.map_err(VaultError::Signing)?;
    Ok(signature.as_bytes().to_vec().into())
}
