// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IMemoryVault} from "../interfaces/IMemoryVault.sol";

/// @title LogChain
/// @notice The hash chain that authenticates an owner's log. docs/FORMAT.md restates these
/// definitions byte for byte; the SDK recomputes them from events.
/// @dev Every word is ABI-encoded (32 bytes, big-endian, left-padded), so the preimages are
/// unambiguous without length prefixes:
///
///     inlineOpHash  = keccak256(abi.encode(uint8(0), id, uint64 version, keccak256(ciphertext)))
///     pointerOpHash = keccak256(abi.encode(uint8(1), id, uint64 version, contentHash, keccak256(uri)))
///     deleteOpHash  = keccak256(abi.encode(uint8(2), id, uint64 version))
///     keyCheckOpHash = keccak256(abi.encode(uint8(16), uint64 epoch, keyCheck))
///     next(head, seq, opHash) = keccak256(abi.encode(head, uint64 seq, opHash))
///
/// The first word is a domain tag: 0..2 are the record kinds of {IMemoryVault.OpKind}; 16 marks
/// a key-check publication, kept apart so that new record kinds can take the next enum values.
library LogChain {
    /// @notice The domain tag of a key-check publication in the chain.
    uint8 internal constant KEY_CHECK_TAG = 16;

    /// @notice The operation hash of an inline write.
    function inlineOpHash(bytes32 id, uint64 version, bytes calldata ciphertext) internal pure returns (bytes32) {
        return keccak256(abi.encode(uint8(IMemoryVault.OpKind.Inline), id, version, keccak256(ciphertext)));
    }

    /// @notice The operation hash of a pointer write.
    function pointerOpHash(bytes32 id, uint64 version, bytes32 contentHash, bytes calldata uri)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(uint8(IMemoryVault.OpKind.Pointer), id, version, contentHash, keccak256(uri)));
    }

    /// @notice The operation hash of a tombstone.
    function deleteOpHash(bytes32 id, uint64 version) internal pure returns (bytes32) {
        return keccak256(abi.encode(uint8(IMemoryVault.OpKind.Delete), id, version));
    }

    /// @notice The operation hash of a key-check publication.
    function keyCheckOpHash(uint64 epoch, bytes32 keyCheck) internal pure returns (bytes32) {
        return keccak256(abi.encode(KEY_CHECK_TAG, epoch, keyCheck));
    }

    /// @notice The head after appending operation number `seq` with hash `opHash`.
    function next(bytes32 head, uint64 seq, bytes32 opHash) internal pure returns (bytes32) {
        return keccak256(abi.encode(head, seq, opHash));
    }
}
