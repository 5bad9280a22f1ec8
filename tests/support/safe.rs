//! A real Safe 1.4.1 smart account on a devnet, deployed from the bytecode that the npm package
//! `@safe-global/safe-contracts` publishes (the audited release build, not a recompilation),
//! for the ERC-1271 tests.
//!
//! The vault checks a contract wallet's signature with `isValidSignature(bytes32, bytes)`. A Safe
//! answers it through its `CompatibilityFallbackHandler`, which accepts the owners' signatures
//! over the Safe's own EIP-712 message hash of the digest (see [`Safe::message_hash`]).

use std::path::{Path, PathBuf};

use alloy::network::TransactionBuilder as _;
use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::{DynProvider, Provider as _};
use alloy::rpc::types::TransactionRequest;
use alloy::signers::SignerSync as _;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolValue as _;

/// The parts of Safe's ABI the tests call.
mod abi {
    // The generated call builder mirrors Safe's `setup`, which takes eight arguments.
    #![allow(clippy::too_many_arguments, missing_docs)]

    alloy::sol! {
        #[sol(rpc)]
        interface ISafe {
            function setup(
                address[] calldata owners,
                uint256 threshold,
                address to,
                bytes calldata data,
                address fallbackHandler,
                address paymentToken,
                uint256 payment,
                address paymentReceiver
            ) external;
            function domainSeparator() external view returns (bytes32);
            function getOwners() external view returns (address[] memory);
            function getThreshold() external view returns (uint256);
        }

        #[sol(rpc)]
        interface ISafeProxyFactory {
            function createProxyWithNonce(address singleton, bytes memory initializer, uint256 saltNonce)
                external
                returns (address proxy);
        }
    }
}

use abi::{ISafe, ISafeProxyFactory};

/// `keccak256("SafeMessage(bytes message)")`, the type of the messages a Safe signs.
pub const SAFE_MSG_TYPEHASH: &str = "SafeMessage(bytes message)";

/// A deployed Safe proxy and the keys of its owners.
#[derive(Debug)]
pub struct Safe {
    /// The Safe's address: the account that owns a log or signs for one.
    pub address: Address,
    /// The owners' keys, sorted by address (the order a Safe wants their signatures in).
    pub owners: Vec<PrivateKeySigner>,
    domain_separator: B256,
}

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .join("node_modules/@safe-global/safe-contracts/build/artifacts/contracts")
}

/// The creation bytecode of a published Safe artifact, such as `Safe.sol/Safe.json`.
fn creation_code(artifact: &str) -> Bytes {
    let path = artifacts().join(artifact);
    let json = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "{} is missing ({err}): run `npm install` at the repository root to install \
             @safe-global/safe-contracts",
            path.display()
        )
    });
    let artifact: serde_json::Value = serde_json::from_str(&json).expect("artifact JSON");
    artifact["bytecode"].as_str().expect("bytecode").parse().expect("bytecode hex")
}

async fn deploy(provider: &DynProvider, artifact: &str) -> Address {
    let tx = TransactionRequest::default().with_deploy_code(creation_code(artifact));
    let receipt =
        provider.send_transaction(tx).await.expect("deploy").get_receipt().await.expect("receipt");
    assert!(receipt.status(), "deploying {artifact} reverted");
    receipt.contract_address.expect("contract address")
}

impl Safe {
    /// Deploys the Safe singleton, proxy factory and compatibility fallback handler with
    /// `provider` (which must have a funded signer), then a Safe proxy owned by `owners` with
    /// `threshold`.
    pub async fn deploy(
        provider: &DynProvider,
        mut owners: Vec<PrivateKeySigner>,
        threshold: u64,
    ) -> Self {
        let singleton = deploy(provider, "Safe.sol/Safe.json").await;
        let factory = deploy(provider, "proxies/SafeProxyFactory.sol/SafeProxyFactory.json").await;
        let handler = deploy(
            provider,
            "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json",
        )
        .await;

        owners.sort_by_key(PrivateKeySigner::address);
        let setup = ISafe::setupCall {
            owners: owners.iter().map(PrivateKeySigner::address).collect(),
            threshold: U256::from(threshold),
            to: Address::ZERO,
            data: Bytes::new(),
            fallbackHandler: handler,
            paymentToken: Address::ZERO,
            payment: U256::ZERO,
            paymentReceiver: Address::ZERO,
        };
        let initializer: Bytes = alloy::sol_types::SolCall::abi_encode(&setup).into();
        let factory = ISafeProxyFactory::new(factory, provider);
        let create = factory.createProxyWithNonce(singleton, initializer, U256::ZERO);
        let address = create.call().await.expect("proxy address");
        let receipt =
            create.send().await.expect("create proxy").get_receipt().await.expect("receipt");
        assert!(receipt.status(), "creating the Safe proxy reverted");

        let safe = ISafe::new(address, provider);
        assert_eq!(safe.getThreshold().call().await.expect("threshold"), U256::from(threshold));
        let domain_separator = safe.domainSeparator().call().await.expect("domain separator");
        Self { address, owners, domain_separator }
    }

    /// The hash the owners sign so that the Safe accepts `digest` through ERC-1271: the Safe's
    /// EIP-712 `SafeMessage(bytes message)` with `message = abi.encode(digest)`
    /// (`CompatibilityFallbackHandler.getMessageHashForSafe`).
    pub fn message_hash(&self, digest: B256) -> B256 {
        let message = digest.abi_encode();
        let struct_hash =
            keccak256((keccak256(SAFE_MSG_TYPEHASH), keccak256(&message)).abi_encode());
        let mut preimage = vec![0x19, 0x01];
        preimage.extend_from_slice(self.domain_separator.as_slice());
        preimage.extend_from_slice(struct_hash.as_slice());
        keccak256(preimage)
    }

    /// The Safe's signature of `digest` by `signers` (each 65 bytes `r ‖ s ‖ v`, `v` 27 or 28,
    /// in ascending order of signer address, as the Safe requires).
    pub fn sign(&self, digest: B256, signers: &[&PrivateKeySigner]) -> Bytes {
        let hash = self.message_hash(digest);
        let mut signers = signers.to_vec();
        signers.sort_by_key(|s| s.address());
        let mut out = Vec::with_capacity(65 * signers.len());
        for signer in signers {
            out.extend_from_slice(&signer.sign_hash_sync(&hash).expect("sign").as_bytes());
        }
        out.into()
    }
}
