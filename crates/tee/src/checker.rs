//! The attestation checker: the off-chain service whose signed statement the registry's
//! `AttesterStatementVerifier` accepts as a node's registration evidence.
//!
//! It does what the on-chain verifier cannot afford to: fetches the node's attestation document
//! with a fresh nonce, verifies it through the pinned root (the same [`Verifier`] clients use),
//! requires a measurement the registry approves, and only then signs the EIP-712 statement that
//! binds the node's address, its HPKE key and the measurement. The node submits the statement
//! itself (`POST /v1/registration`), since registration must come from the node's own address.

use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes};
use alloy::providers::Provider as _;
use alloy::signers::Signer;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::attestation::{VerifiedAttestation, Verifier};
use super::http::NodeHttp;
use super::registry::{TeeRegistry, sign_attestation_statement};
use crate::client::Result;
use memsync_vault::latest_block_time;

/// How long a checker's statement stays valid by default.
pub const STATEMENT_VALIDITY: Duration = Duration::from_secs(600);

#[derive(Debug, Deserialize)]
struct Health {
    node: Address,
    hpke_public_key: B256,
}

#[derive(Debug, Serialize)]
struct Registration<'a> {
    endpoint: &'a str,
    evidence: Bytes,
}

/// Verifies nodes' attestations and signs their registration statements.
#[derive(Debug)]
pub struct AttestationChecker<S> {
    verifier: Verifier,
    signer: S,
    registry: TeeRegistry,
    http: NodeHttp,
    validity: Duration,
}

impl<S: Signer + Send + Sync> AttestationChecker<S> {
    /// A checker that verifies with `verifier`, signs with `signer` (a key the registry's
    /// verifier lists as a checker) and reads approved measurements from `registry`.
    pub fn new(verifier: Verifier, signer: S, registry: TeeRegistry) -> Self {
        Self {
            verifier,
            signer,
            registry,
            http: NodeHttp::new(Duration::from_secs(30)),
            validity: STATEMENT_VALIDITY,
        }
    }

    /// Checks the node serving at `endpoint` and, if it verifies, has it register there with
    /// the signed statement. Returns what its document attested.
    ///
    /// # Errors
    ///
    /// [`TeeError`](super::client::TeeError) inside `memsync::Error::Tee` when the node is unreachable or its
    /// attestation does not verify (nothing is signed then); the registry's refusal.
    pub async fn check_and_register(&self, endpoint: &str) -> Result<VerifiedAttestation> {
        let health: Health = self.http.get(endpoint, "/health").await?;
        let attested = self
            .http
            .verified_attestation(
                endpoint,
                (health.node, health.hpke_public_key.0),
                &self.registry,
                &self.verifier,
                Timestamp::now(),
            )
            .await?;

        let provider = self.registry.provider();
        let chain_id =
            provider.get_chain_id().await.map_err(memsync_vault::VaultError::rpc("eth_chainId"))?;
        // The verifier judges the statement by the chain's clock (`attestedAt <= block.timestamp
        // <= deadline`), so it is dated by that clock too: the latest block's time. A date
        // from this machine's clock is "in the future" to a chain whose latest block is older
        // than a second (any chain between blocks, or one whose clock lags), and the node's
        // registration would revert with `AttesterStatementFromFuture`.
        let attested_at = latest_block_time(provider).await?;
        let evidence = sign_attestation_statement(
            &self.signer,
            self.registry.verifier_address().await?,
            chain_id,
            attested.node,
            attested.hpke_public_key,
            attested.measurement,
            attested_at,
            attested_at + self.validity.as_secs(),
        )
        .await?;
        self.http.post(endpoint, "/v1/registration", &Registration { endpoint, evidence }).await?;
        Ok(attested)
    }
}
