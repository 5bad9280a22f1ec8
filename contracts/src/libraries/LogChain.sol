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
///     codeOpHash    = keccak256(abi.encode(uint8(3), id, uint64 version, keccak256(ciphertext), address pointer))
///     keyCheckOpHash = keccak256(abi.encode(uint8(16), uint64 epoch, keyCheck))
///     next(head, seq, opHash) = keccak256(abi.encode(head, uint64 seq, opHash))
///
/// The first word is a domain tag: 0..3 are the record kinds of {IMemoryVault.OpKind}; 16 marks
/// a key-check publication, kept apart so that new record kinds can take the next enum values.
library LogChain {
    /// @notice The domain tag of a key-check publication in the chain.
    uint8 internal constant KEY_CHECK_TAG = 16;

    // The hashes below are computed in the scratch memory past the free memory pointer, without
    // allocating: they run once or twice per record, and `abi.encode` allocations would cost a
    // few hundred gas each at the calldata floor's margin. `LogChain.t.sol`-style checks against
    // the `abi.encode` definitions above live in the test suites.
    // Solady's `EfficientHashLib` in their place was measured (issue #16) and costs more, in
    // execution gas (forge snapshot): 183 per inline operation, 192 per pointer, 148 per delete,
    // 5,856 for a batch of 32 × 256 B. The assembly stays.

    /// @notice The operation hash of an inline write.
    function inlineOpHash(bytes32 id, uint64 version, bytes calldata ciphertext) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, ciphertext.offset, ciphertext.length)
            let contentHash := keccak256(m, ciphertext.length)
            mstore(m, 0) // uint8(OpKind.Inline)
            mstore(add(m, 0x20), id)
            mstore(add(m, 0x40), version)
            mstore(add(m, 0x60), contentHash)
            h := keccak256(m, 0x80)
        }
    }

    /// @notice The operation hash of a pointer write.
    function pointerOpHash(bytes32 id, uint64 version, bytes32 contentHash, bytes calldata uri)
        internal
        pure
        returns (bytes32 h)
    {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, uri.offset, uri.length)
            let uriHash := keccak256(m, uri.length)
            mstore(m, 1) // uint8(OpKind.Pointer)
            mstore(add(m, 0x20), id)
            mstore(add(m, 0x40), version)
            mstore(add(m, 0x60), contentHash)
            mstore(add(m, 0x80), uriHash)
            h := keccak256(m, 0xa0)
        }
    }

    /// @notice The operation hash of a tombstone.
    function deleteOpHash(bytes32 id, uint64 version) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 2) // uint8(OpKind.Delete)
            mstore(add(m, 0x20), id)
            mstore(add(m, 0x40), version)
            h := keccak256(m, 0x60)
        }
    }

    /// @notice The operation hash of a code write: `contentHash` is `keccak256(ciphertext)`.
    function codeOpHash(bytes32 id, uint64 version, bytes32 contentHash, address pointer)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(uint8(IMemoryVault.OpKind.Code), id, version, contentHash, pointer));
    }

    /// @notice The operation hash of a key-check publication.
    function keyCheckOpHash(uint64 epoch, bytes32 keyCheck) internal pure returns (bytes32) {
        return keccak256(abi.encode(KEY_CHECK_TAG, epoch, keyCheck));
    }

    /// @notice The head after appending operation number `seq` with hash `opHash`.
    function next(bytes32 head, uint64 seq, bytes32 opHash) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, head)
            mstore(add(m, 0x20), seq)
            mstore(add(m, 0x40), opHash)
            h := keccak256(m, 0x60)
        }
    }
}
