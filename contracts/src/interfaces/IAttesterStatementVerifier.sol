// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAttestationVerifier} from "./IAttestationVerifier.sol";

/// @title IAttesterStatementVerifier
/// @notice An {IAttestationVerifier} that accepts a node's attestation when an approved
/// attestation checker signed a statement about it: an off-chain service that verified the real
/// attestation document (certificate chain, signature, PCRs, public key) and vouches for the result.
/// @dev The statement is the EIP-712 message
///
///     NodeAttestation(address node, bytes32 hpkePublicKey, bytes32 measurement, uint64 attestedAt, uint64 deadline)
///
/// in the domain name "MemSync AttesterStatementVerifier", version "1", this chain and this
/// contract. Evidence is `abi.encode(uint64 attestedAt, uint64 deadline, bytes signature)` with a
/// 65-byte ECDSA signature (r, s, v) by a checker key. A statement is good from `attestedAt` to
/// `deadline` inclusive; it is not consumed, so it may register the same binding again until then.
interface IAttesterStatementVerifier is IAttestationVerifier {
    /// @notice Emitted when `checker`'s statements start to be accepted.
    /// @param checker The checker's signing address.
    event CheckerAdded(address indexed checker);

    /// @notice Emitted when `checker`'s statements stop being accepted (including ones signed earlier).
    /// @param checker The checker's signing address.
    event CheckerRemoved(address indexed checker);

    /// @notice The zero address cannot be a checker.
    error AttesterZeroChecker();

    /// @notice `checker` is already approved.
    /// @param checker The address.
    error AttesterCheckerAlreadyAdded(address checker);

    /// @notice `checker` is not an approved checker.
    /// @param checker The address.
    error AttesterCheckerNotFound(address checker);

    /// @notice The evidence does not decode as `(uint64 attestedAt, uint64 deadline, bytes signature)`.
    error AttesterMalformedEvidence();

    /// @notice The statement's `attestedAt` lies after the current block's timestamp.
    /// @param attestedAt The statement's time of attestation.
    error AttesterStatementFromFuture(uint64 attestedAt);

    /// @notice The statement's deadline has passed.
    /// @param deadline The statement's last valid timestamp.
    error AttesterStatementExpired(uint64 deadline);

    /// @notice The signature is malformed, or recovers to `signer`, which is not an approved checker
    /// (a forged statement, a removed checker, or a statement about other fields).
    /// @param signer The recovered address (zero if the signature did not recover).
    error AttesterUnknownSigner(address signer);

    /// @notice The EIP-712 type hash of `NodeAttestation`.
    /// @return The type hash.
    // solhint-disable-next-line func-name-mixedcase
    function NODE_ATTESTATION_TYPEHASH() external view returns (bytes32);

    /// @notice Approves `checker`'s statements. Owner only.
    /// @param checker The checker's signing address.
    function addChecker(address checker) external;

    /// @notice Stops accepting `checker`'s statements, including unexpired ones it signed. Owner only.
    /// Nodes already registered stay registered: revoke their measurement or remove them in the registry.
    /// @param checker The checker's signing address.
    function removeChecker(address checker) external;

    /// @notice Whether `account` is an approved checker.
    /// @param account The address.
    /// @return True if its statements are accepted.
    function isChecker(address account) external view returns (bool);

    /// @notice The EIP-712 digest a checker signs for a statement.
    /// @param node The node's signing address.
    /// @param hpkePublicKey The node's HPKE public key.
    /// @param measurement The enclave measurement.
    /// @param attestedAt When the checker verified the attestation document.
    /// @param deadline The last timestamp at which the statement may be used.
    /// @return The digest.
    function statementDigest(
        address node,
        bytes32 hpkePublicKey,
        bytes32 measurement,
        uint64 attestedAt,
        uint64 deadline
    ) external view returns (bytes32);

    /// @notice The EIP-712 domain separator.
    /// @return The separator.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}
