// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAttestationVerifier} from "./interfaces/IAttestationVerifier.sol";
import {IAttesterStatementVerifier} from "./interfaces/IAttesterStatementVerifier.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "solady/utils/EIP712.sol";

/// @title AttesterStatementVerifier
/// @notice Accepts a TEE node's attestation on the word of an approved attestation checker: an
/// EIP-712 `NodeAttestation` statement signed by a checker key the owner approved.
/// @dev The owner (two-step transfer, {Ownable2Step}) adds and removes checkers; nothing else.
/// Checkers sign with plain ECDSA keys (the evidence does not name the signer, it is recovered).
/// The domain comes from solady's {EIP712}: OpenZeppelin's caps the name at 31 bytes, and this
/// domain's name, "MemSync AttesterStatementVerifier", has 33.
contract AttesterStatementVerifier is IAttesterStatementVerifier, EIP712, Ownable2Step {
    /// @inheritdoc IAttesterStatementVerifier
    bytes32 public constant NODE_ATTESTATION_TYPEHASH = keccak256(
        "NodeAttestation(address node,bytes32 hpkePublicKey,bytes32 measurement,uint64 attestedAt,uint64 deadline)"
    );

    /// @dev The canonical `abi.encode(uint64, uint64, bytes)` of a 65-byte signature: three head
    /// words, the length word, and the signature padded to three words.
    uint256 private constant EVIDENCE_LENGTH = 7 * 32;
    uint256 private constant SIGNATURE_LENGTH = 65;

    mapping(address account => bool approved) private _checkers;

    /// @param owner_ The account that adds and removes checkers.
    /// @param checkers The checkers approved from the start (each emits {CheckerAdded}).
    constructor(address owner_, address[] memory checkers) Ownable(owner_) {
        for (uint256 i; i < checkers.length; ++i) {
            _addChecker(checkers[i]);
        }
    }

    /// @inheritdoc IAttesterStatementVerifier
    function addChecker(address checker) external onlyOwner {
        _addChecker(checker);
    }

    /// @inheritdoc IAttesterStatementVerifier
    function removeChecker(address checker) external onlyOwner {
        if (!_checkers[checker]) revert AttesterCheckerNotFound(checker);
        delete _checkers[checker];
        emit CheckerRemoved(checker);
    }

    /// @inheritdoc IAttestationVerifier
    /// @dev Reverts with the reason instead of returning false: {AttesterMalformedEvidence},
    /// {AttesterStatementFromFuture}, {AttesterStatementExpired}, {AttesterUnknownSigner}.
    function verifyAttestation(address node, bytes32 hpkePublicKey, bytes32 measurement, bytes calldata evidence)
        external
        view
        returns (bool)
    {
        (uint64 attestedAt, uint64 deadline, bytes calldata signature) = _decodeEvidence(evidence);
        // Statements live minutes to hours; a validator's few seconds of timestamp leeway are immaterial.
        // forge-lint: disable-next-line(block-timestamp)
        if (attestedAt > block.timestamp) revert AttesterStatementFromFuture(attestedAt);
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) revert AttesterStatementExpired(deadline);
        bytes32 digest = _statementDigest(node, hpkePublicKey, measurement, attestedAt, deadline);
        (address signer, ECDSA.RecoverError recoverError,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (recoverError != ECDSA.RecoverError.NoError || !_checkers[signer]) revert AttesterUnknownSigner(signer);
        return true;
    }

    /// @inheritdoc IAttesterStatementVerifier
    function isChecker(address account) external view returns (bool) {
        return _checkers[account];
    }

    /// @inheritdoc IAttesterStatementVerifier
    function statementDigest(
        address node,
        bytes32 hpkePublicKey,
        bytes32 measurement,
        uint64 attestedAt,
        uint64 deadline
    ) external view returns (bytes32) {
        return _statementDigest(node, hpkePublicKey, measurement, attestedAt, deadline);
    }

    /// @inheritdoc IAttesterStatementVerifier
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    /// @dev The EIP-712 domain's name and version, read by solady's {EIP712}.
    function _domainNameAndVersion() internal pure override returns (string memory name, string memory version) {
        return ("MemSync AttesterStatementVerifier", "1");
    }

    function _addChecker(address checker) private {
        if (checker == address(0)) revert AttesterZeroChecker();
        if (_checkers[checker]) revert AttesterCheckerAlreadyAdded(checker);
        _checkers[checker] = true;
        emit CheckerAdded(checker);
    }

    function _statementDigest(
        address node,
        bytes32 hpkePublicKey,
        bytes32 measurement,
        uint64 attestedAt,
        uint64 deadline
    ) private view returns (bytes32) {
        return _hashTypedData(
            keccak256(abi.encode(NODE_ATTESTATION_TYPEHASH, node, hpkePublicKey, measurement, attestedAt, deadline))
        );
    }

    /// @dev Decodes the canonical encoding only (zero padding included, so that no two byte strings
    /// carry one statement), so that malformed evidence fails with {AttesterMalformedEvidence}
    /// rather than an empty revert from `abi.decode`.
    function _decodeEvidence(bytes calldata evidence)
        private
        pure
        returns (uint64 attestedAt, uint64 deadline, bytes calldata signature)
    {
        if (evidence.length != EVIDENCE_LENGTH) revert AttesterMalformedEvidence();
        uint256 attestedWord = uint256(bytes32(evidence[0:32]));
        uint256 deadlineWord = uint256(bytes32(evidence[32:64]));
        uint256 offset = uint256(bytes32(evidence[64:96]));
        uint256 length = uint256(bytes32(evidence[96:128]));
        // The padding after the signature must be zero too: one statement, one byte string.
        bytes32 padding = bytes32(evidence[128 + SIGNATURE_LENGTH:EVIDENCE_LENGTH]);
        if (
            attestedWord > type(uint64).max || deadlineWord > type(uint64).max || offset != 96
                || length != SIGNATURE_LENGTH || padding != bytes32(0)
        ) revert AttesterMalformedEvidence();
        // Both words were checked to fit in 64 bits just above.
        // forge-lint: disable-next-line(unsafe-typecast)
        (attestedAt, deadline) = (uint64(attestedWord), uint64(deadlineWord));
        signature = evidence[128:128 + SIGNATURE_LENGTH];
    }
}
