//! The epoch root from a wallet: an EIP-712 signature over a fixed request, through HKDF.
//!
//! ECDSA with RFC 6979 nonces is deterministic, so the same wallet signing the same request gives
//! the same signature, and so the same root, on every device. A wallet that draws random nonces
//! would give a new root every time; it is detected by signing twice and refused.

use alloy::primitives::{Address, B256, Signature};
use alloy::signers::Signer;
use alloy::sol;
use alloy::sol_types::{Eip712Domain, SolStruct, eip712_domain};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::labels::SALT_ROOT_WALLET;
use super::{EpochRoot, KeyEpoch, KeyError, KeyScope};

/// The EIP-712 domain `name` of the key-derivation request.
const DOMAIN_NAME: &str = "MemSync";
/// The EIP-712 domain `version`: the MemSync format version.
const DOMAIN_VERSION: &str = "1";

/// The text every key-derivation request carries, so that a wallet shows the user what the
/// signature is for.
pub const KEY_DERIVATION_NOTICE: &str = "This signature unlocks your MemSync memories. Sign it only \
in an app you trust with them. It sends no transaction and costs nothing.";

sol! {
    /// The EIP-712 message a wallet signs to derive the MemSync root of one key epoch.
    ///
    /// It is signed under the domain `{ name: "MemSync", version: "1", chainId, verifyingContract:
    /// vault }`, so the signature names the application, the format version, the chain, the
    /// vault, the owner and the epoch.
    #[derive(Debug, PartialEq, Eq)]
    struct MemSyncKeyDerivation {
        /// Always [`KEY_DERIVATION_NOTICE`].
        string notice;
        /// The owner whose log the keys open.
        address owner;
        /// The key epoch.
        uint64 keyEpoch;
    }
}

/// The typed message and domain a wallet signs to derive the root of `epoch` for `scope`.
///
/// Use it to show the request or to sign it outside the SDK; then pass the signatures to
/// [`EpochRoot::from_wallet_signatures`].
pub fn key_derivation_request(
    scope: &KeyScope,
    epoch: KeyEpoch,
) -> (MemSyncKeyDerivation, Eip712Domain) {
    let message = MemSyncKeyDerivation {
        notice: KEY_DERIVATION_NOTICE.to_owned(),
        owner: scope.owner,
        keyEpoch: epoch.get(),
    };
    let domain = eip712_domain! {
        name: DOMAIN_NAME,
        version: DOMAIN_VERSION,
        chain_id: scope.chain_id,
        verifying_contract: scope.vault,
    };
    (message, domain)
}

impl EpochRoot {
    /// Derives the root of `epoch` from a wallet: asks `signer` to sign the key-derivation
    /// request twice, refuses a signer whose two signatures differ, checks that the signature
    /// recovers to the signer, and runs HKDF over it.
    ///
    /// The signer is normally the owner's own account. The root is bound to `scope`.
    pub async fn from_wallet<S>(
        signer: &S,
        scope: &KeyScope,
        epoch: KeyEpoch,
    ) -> Result<Self, KeyError>
    where
        S: Signer + Send + Sync,
    {
        let (message, domain) = key_derivation_request(scope, epoch);
        let first = signer.sign_typed_data(&message, &domain).await.map_err(KeyError::Signer)?;
        let second = signer.sign_typed_data(&message, &domain).await.map_err(KeyError::Signer)?;
        Self::from_wallet_signatures(scope, epoch, signer.address(), &first, &second)
    }

    /// Derives the root of `epoch` from two signatures of [`key_derivation_request`] that
    /// `signer` produced separately (for a wallet the SDK does not drive itself).
    ///
    /// Fails with [`KeyError::NonDeterministicSigner`] if the two differ (after both are brought
    /// to low-`s` form) and with [`KeyError::SignatureMismatch`] if they do not recover to
    /// `signer`.
    pub fn from_wallet_signatures(
        scope: &KeyScope,
        epoch: KeyEpoch,
        signer: Address,
        first: &Signature,
        second: &Signature,
    ) -> Result<Self, KeyError> {
        let first = Zeroizing::new(canonical_signature_bytes(first));
        let second = Zeroizing::new(canonical_signature_bytes(second));
        if !bool::from(first.ct_eq(&second[..])) {
            return Err(KeyError::NonDeterministicSigner);
        }

        let (message, domain) = key_derivation_request(scope, epoch);
        let digest: B256 = message.eip712_signing_hash(&domain);
        let recovered = Signature::from_raw_array(&first)
            .ok()
            .and_then(|sig| sig.recover_address_from_prehash(&digest).ok());
        if recovered != Some(signer) {
            return Err(KeyError::SignatureMismatch { expected: signer, recovered });
        }

        Ok(Self::derive(SALT_ROOT_WALLET, first.as_slice(), epoch, Some(*scope)))
    }
}

/// `r ‖ s ‖ v` with `s` in the lower half of the curve order and `v ∈ {27, 28}`: wallets that
/// return the same signature in another of its encodings give the same root.
fn canonical_signature_bytes(signature: &Signature) -> [u8; 65] {
    signature.normalized_s().as_bytes()
}
