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
use alloy::signers::Signer;
use jiff::Timestamp;
use rand_core::{OsRng, TryRngCore};
use serde::{Deserialize, Serialize};

use super::attestation::{AttestationDocument, ExpectedBinding, VerifiedAttestation, Verifier};
use super::client::TeeError;
use super::registry::{MeasurementStatus, TeeRegistry, sign_attestation_statement};
use crate::error::Result;

/// How long a checker's statement stays valid by default.
pub const STATEMENT_VALIDITY: Duration = Duration::from_secs(600);

#[derive(Debug, Deserialize)]
struct Health {
    node: Address,
    hpke_public_key: B256,
}

#[derive(Debug, Deserialize)]
struct AttestationBody {
    document: Bytes,
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
    http: reqwest::Client,
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
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap_or_else(|_| reqwest::Client::new()),
            validity: STATEMENT_VALIDITY,
        }
    }

    /// Checks the node serving at `endpoint` and, if it verifies, has it register there with
    /// the signed statement. Returns what its document attested.
    ///
    /// # Errors
    ///
    /// [`TeeError`] inside [`crate::Error::Tee`] when the node is unreachable or its
    /// attestation does not verify (nothing is signed then); the registry's refusal.
    pub async fn check_and_register(&self, endpoint: &str) -> Result<VerifiedAttestation> {
        let base = endpoint.trim_end_matches('/');
        let unreachable =
            |reason: String| TeeError::Unreachable { endpoint: endpoint.to_owned(), reason };
        let get = |url: String| async move {
            let response = self.http.get(url).send().await;
            response
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| unreachable(e.to_string()))
        };
        let health: Health = get(format!("{base}/health"))
            .await?
            .json()
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        let mut nonce = [0u8; 32];
        OsRng.try_fill_bytes(&mut nonce).map_err(|e| unreachable(e.to_string()))?;
        let body: AttestationBody =
            get(format!("{base}/v1/attestation?nonce={}", alloy::hex::encode(nonce)))
                .await?
                .json()
                .await
                .map_err(|e| unreachable(e.to_string()))?;
        let measurement =
            AttestationDocument::parse(&body.document).map_err(TeeError::from)?.measurement();
        let approved = match self.registry.measurement_status(measurement).await? {
            MeasurementStatus::Approved => vec![measurement],
            _ => Vec::new(),
        };
        let expected = ExpectedBinding {
            nonce: &nonce,
            node: health.node,
            hpke_public_key: health.hpke_public_key.0,
        };
        let attested = self
            .verifier
            .verify(&body.document, &approved, &expected, Timestamp::now())
            .map_err(TeeError::from)?;

        let provider = self.registry.provider();
        let chain_id = alloy::providers::Provider::get_chain_id(provider)
            .await
            .map_err(crate::Error::rpc("eth_chainId"))?;
        let now = Timestamp::now().as_second().max(0).cast_unsigned();
        let evidence = sign_attestation_statement(
            &self.signer,
            self.registry.verifier_address().await?,
            chain_id,
            attested.node,
            attested.hpke_public_key,
            attested.measurement,
            now,
            now + self.validity.as_secs(),
        )
        .await?;
        let response = self
            .http
            .post(format!("{base}/v1/registration"))
            .json(&Registration { endpoint, evidence })
            .send()
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        if !response.status().is_success() {
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            let body: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            return Err(TeeError::Refused {
                status,
                code: body["error"].as_str().unwrap_or("unknown").to_owned(),
                message: body["message"].as_str().unwrap_or("").to_owned(),
            }
            .into());
        }
        Ok(attested)
    }
}
