//! Talking to a node over HTTP, and fetching and verifying its attestation: shared by the
//! client and the attestation checker.

use std::time::Duration;

use alloy::primitives::{Address, Bytes};
use jiff::Timestamp;
use rand_core::{OsRng, TryRngCore};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::attestation::{AttestationDocument, ExpectedBinding, VerifiedAttestation, Verifier};
use super::registry::{MeasurementStatus, TeeRegistry};
use crate::error::{Result, TeeError};

/// An HTTP client for nodes' routes: errors come back as [`TeeError`]s that name the endpoint,
/// and a node's refusal with its code and message.
#[derive(Clone, Debug)]
pub(crate) struct NodeHttp {
    /// The client, or why it could not start: every call then fails with that reason.
    client: std::result::Result<reqwest::Client, String>,
}

#[derive(Debug, Deserialize)]
struct ErrorBody {
    error: String,
    message: String,
}

#[derive(Debug, Deserialize)]
struct AttestationBody {
    document: Bytes,
}

impl NodeHttp {
    /// A client whose calls time out after `timeout`. If the HTTP client cannot start, each
    /// call fails with [`TeeError::Unreachable`] saying why (rather than falling back to a
    /// client without the timeout).
    pub(crate) fn new(timeout: Duration) -> Self {
        let client = memsync_http::ClientBuilder::new()
            .timeout(timeout)
            .build()
            .map_err(|err| err.to_string());
        Self { client }
    }

    /// The client, or [`TeeError::Unreachable`] for `endpoint` if it could not start.
    fn client(&self, endpoint: &str) -> Result<&reqwest::Client> {
        self.client.as_ref().map_err(|reason| TeeError::Unreachable {
            endpoint: endpoint.to_owned(),
            reason: reason.clone(),
        })
    }

    /// `GET {endpoint}{path}`, its JSON answer.
    pub(crate) async fn get<T: DeserializeOwned>(&self, endpoint: &str, path: &str) -> Result<T> {
        let request = self.client(endpoint)?.get(url(endpoint, path));
        let bytes = self.call(endpoint, request).await?;
        parse(endpoint, &bytes)
    }

    /// `POST {endpoint}{path}` with `body` as JSON; the answer's bytes.
    pub(crate) async fn post<B: serde::Serialize + ?Sized>(
        &self,
        endpoint: &str,
        path: &str,
        body: &B,
    ) -> Result<Vec<u8>> {
        let request = self.client(endpoint)?.post(url(endpoint, path)).json(body);
        self.call(endpoint, request).await
    }

    async fn call(&self, endpoint: &str, request: reqwest::RequestBuilder) -> Result<Vec<u8>> {
        let unreachable =
            |reason: String| TeeError::Unreachable { endpoint: endpoint.to_owned(), reason };
        let response = request.send().await.map_err(|e| unreachable(e.to_string()))?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(|e| unreachable(e.to_string()))?;
        if !status.is_success() {
            let body: ErrorBody = serde_json::from_slice(&bytes).unwrap_or_else(|_| ErrorBody {
                error: "unknown".into(),
                message: format!("{} bytes of non-protocol body", bytes.len()),
            });
            return Err(TeeError::Refused {
                status: status.as_u16(),
                code: body.error,
                message: body.message,
            });
        }
        Ok(bytes.to_vec())
    }

    /// Fetches the attestation document of the node at `endpoint` with a fresh random nonce and
    /// verifies it at `at` with `verifier`: through the pinned root, fresh, with a measurement
    /// `registry` approves (and the verifier pins, if it does), binding the nonce, `node` and
    /// `hpke_public_key`.
    pub(crate) async fn verified_attestation(
        &self,
        endpoint: &str,
        expected: (Address, [u8; 32]),
        registry: &TeeRegistry,
        verifier: &Verifier,
        at: Timestamp,
    ) -> Result<VerifiedAttestation> {
        let (node, hpke_public_key) = expected;
        let mut nonce = [0u8; 32];
        OsRng.try_fill_bytes(&mut nonce).map_err(|e| TeeError::Unreachable {
            endpoint: endpoint.to_owned(),
            reason: format!("no randomness for the nonce: {e}"),
        })?;
        let path = format!("/v1/attestation?nonce={}", alloy::hex::encode(nonce));
        let body: AttestationBody = self.get(endpoint, &path).await?;
        let measurement =
            AttestationDocument::parse(&body.document).map_err(TeeError::from)?.measurement();
        let approved = match registry.measurement_status(measurement).await? {
            MeasurementStatus::Approved => vec![measurement],
            _ => Vec::new(),
        };
        let expected = ExpectedBinding { nonce: &nonce, node, hpke_public_key };
        verifier.verify(&body.document, &approved, &expected, at).map_err(TeeError::from)
    }
}

fn url(endpoint: &str, path: &str) -> String {
    format!("{}{path}", endpoint.trim_end_matches('/'))
}

/// `bytes` as the JSON the protocol says.
pub(crate) fn parse<T: DeserializeOwned>(endpoint: &str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| TeeError::Unreachable {
        endpoint: endpoint.to_owned(),
        reason: format!("an answer that is not the protocol's: {e}"),
    })
}
