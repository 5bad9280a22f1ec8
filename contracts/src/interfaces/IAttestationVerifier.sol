// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IAttestationVerifier
/// @notice The pluggable check that a TEE node's evidence proves what the node claims: that the
/// enclave whose code has `measurement` generated `hpkePublicKey` and controls `node`'s signing key.
/// @dev {TeeRegistry} calls it on every registration and keeps no opinion about the evidence's
/// form. Two implementations fit the same interface:
/// - {AttesterStatementVerifier}: `evidence` is an EIP-712 statement by an approved off-chain
///   attestation checker that verified the real attestation document (cheap, trusts the checkers).
/// - A full on-chain AWS Nitro verifier: `evidence` is the raw COSE_Sign1 attestation document; it
///   checks the certificate chain up to the Nitro root and the P-384 signature, reads PCR0..2 into
///   `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`, and requires the document's `public_key` to be
///   `hpkePublicKey` and its `user_data` to name `node` (expensive, trusts only AWS).
/// Swapping one for the other is one {ITeeRegistry-setVerifier} call.
interface IAttestationVerifier {
    /// @notice Whether `evidence` attests that `node` runs in an enclave with `measurement` and holds
    /// `hpkePublicKey`. Implementations may revert with a reason instead of returning false.
    /// @param node The node's secp256k1 signing address (the registering `msg.sender`).
    /// @param hpkePublicKey The node's X25519 HPKE public key.
    /// @param measurement `keccak256(pcr0 ‖ pcr1 ‖ pcr2)` of the enclave image.
    /// @param evidence The implementation-defined proof.
    /// @return True if the evidence holds.
    function verifyAttestation(address node, bytes32 hpkePublicKey, bytes32 measurement, bytes calldata evidence)
        external
        view
        returns (bool);
}
