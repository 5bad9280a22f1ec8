// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Operation} from "./PackedBatch.sol";

/// @title ReferenceChain
/// @notice An independent restatement of the log's hash chain for tests. It spells out the keccak
/// preimages documented in LogChain.sol and docs/FORMAT.md and never calls the LogChain library, so
/// a test comparing the vault's head with this one checks the contract against the specification.
/// The kind tags are literals on purpose: they pin the wire values, not the enum's declaration order.
library ReferenceChain {
    uint8 internal constant KIND_INLINE = 0;
    uint8 internal constant KIND_POINTER = 1;
    uint8 internal constant KIND_DELETE = 2;
    uint8 internal constant KIND_CODE = 3;
    uint8 internal constant TAG_KEY_CHECK = 16;

    function inlineOpHash(bytes32 id, uint64 version, bytes memory ciphertext) internal pure returns (bytes32) {
        return keccak256(abi.encode(KIND_INLINE, id, version, keccak256(ciphertext)));
    }

    function pointerOpHash(bytes32 id, uint64 version, bytes32 contentHash, bytes memory uri)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(KIND_POINTER, id, version, contentHash, keccak256(uri)));
    }

    function deleteOpHash(bytes32 id, uint64 version) internal pure returns (bytes32) {
        return keccak256(abi.encode(KIND_DELETE, id, version));
    }

    /// @notice A code write commits to the ciphertext's hash and to the contract that holds it.
    function codeOpHash(bytes32 id, uint64 version, bytes memory ciphertext, address pointer)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(KIND_CODE, id, version, keccak256(ciphertext), pointer));
    }

    function keyCheckOpHash(uint64 epoch, bytes32 keyCheck) internal pure returns (bytes32) {
        return keccak256(abi.encode(TAG_KEY_CHECK, epoch, keyCheck));
    }

    /// @notice The operation hash of `op`; `pointer` is where a code write's ciphertext was deployed
    /// (ignored for the other kinds).
    function opHash(Operation memory op, address pointer) internal pure returns (bytes32) {
        if (op.kind == KIND_INLINE) return inlineOpHash(op.id, op.version, op.data);
        if (op.kind == KIND_POINTER) return pointerOpHash(op.id, op.version, op.contentHash, op.data);
        if (op.kind == KIND_DELETE) return deleteOpHash(op.id, op.version);
        return codeOpHash(op.id, op.version, op.data, pointer);
    }

    function next(bytes32 head, uint64 seq, bytes32 opHash_) internal pure returns (bytes32) {
        return keccak256(abi.encode(head, seq, opHash_));
    }
}
