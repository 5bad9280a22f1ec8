// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IMemoryVault} from "../interfaces/IMemoryVault.sol";

/// @title PackedOps
/// @notice The packed encoding of a batch of operations, and helpers to build one on chain.
/// docs/FORMAT.md restates it; the SDK encodes it.
/// @dev A batch is operations back to back, with no count and no padding:
///
///     op      = header id version body
///     header  = 1 byte: bits 0-1 kind ({IMemoryVault.OpKind}),
///                       bit 2 short id (the id takes 16 bytes: the high half of a bytes32 whose low half is zero),
///                       bits 3-5 vlen - 1 (the version takes vlen = 1..8 bytes, big-endian),
///                       bits 6-7 reserved, zero
///     id      = 32 bytes, or 16 with the short-id bit
///     version = vlen bytes, big-endian
///     body    = Inline, Code: uint24 length, then that many ciphertext bytes
///               Pointer:      bytes32 contentHash, uint16 length, then that many URI bytes (ASCII)
///               Delete:       nothing
///
/// Under EIP-7623 a non-zero calldata byte costs 40 gas at the floor, so an ABI-encoded operation
/// (five or more 32-byte words) costs about 1,500 gas of framing; a packed one costs its header,
/// id and version (18 to 41 bytes) and a 3-byte length (a pointer: a 32-byte hash and a 2-byte one).
library PackedOps {
    /// @notice Mask of the kind in a header byte.
    uint8 internal constant KIND_MASK = 0x03;
    /// @notice Header bit: the id is 16 bytes long.
    uint8 internal constant SHORT_ID = 0x04;
    /// @notice Shift of the version length (minus one) in a header byte.
    uint8 internal constant VLEN_SHIFT = 3;
    /// @notice Header bits that must be zero.
    uint8 internal constant RESERVED = 0xc0;
    /// @notice Largest inline or code ciphertext one operation can carry (uint24 length).
    uint256 internal constant MAX_DATA_LENGTH = type(uint24).max;
    /// @notice Largest pointer URI one operation can carry (uint16 length).
    uint256 internal constant MAX_URI_LENGTH = type(uint16).max;

    /// @notice The data of an operation does not fit its length prefix.
    error PackedOpsTooLong(uint256 length);

    /// @notice Encodes an inline write.
    function encodeInline(bytes32 id, uint64 version, bytes memory ciphertext) internal pure returns (bytes memory) {
        if (ciphertext.length > MAX_DATA_LENGTH) revert PackedOpsTooLong(ciphertext.length);
        return abi.encodePacked(_head(IMemoryVault.OpKind.Inline, id, version), uint24(ciphertext.length), ciphertext);
    }

    /// @notice Encodes a code write.
    function encodeCode(bytes32 id, uint64 version, bytes memory ciphertext) internal pure returns (bytes memory) {
        if (ciphertext.length > MAX_DATA_LENGTH) revert PackedOpsTooLong(ciphertext.length);
        return abi.encodePacked(_head(IMemoryVault.OpKind.Code, id, version), uint24(ciphertext.length), ciphertext);
    }

    /// @notice Encodes a pointer write.
    function encodePointer(bytes32 id, uint64 version, bytes32 contentHash, string memory uri)
        internal
        pure
        returns (bytes memory)
    {
        if (bytes(uri).length > MAX_URI_LENGTH) revert PackedOpsTooLong(bytes(uri).length);
        return
            abi.encodePacked(
                _head(IMemoryVault.OpKind.Pointer, id, version), contentHash, uint16(bytes(uri).length), uri
            );
    }

    /// @notice Encodes a tombstone.
    function encodeDelete(bytes32 id, uint64 version) internal pure returns (bytes memory) {
        return _head(IMemoryVault.OpKind.Delete, id, version);
    }

    /// @dev The header, id and version, in their shortest forms.
    function _head(IMemoryVault.OpKind kind, bytes32 id, uint64 version) private pure returns (bytes memory) {
        uint256 vlen = 1;
        while (vlen < 8 && version >> (8 * vlen) != 0) {
            ++vlen;
        }
        bool short = uint128(uint256(id)) == 0;
        // Cannot truncate: vlen is 1..8, so (vlen - 1) << 3 is at most 56.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint8 header = uint8(kind) | (short ? SHORT_ID : 0) | uint8((vlen - 1) << VLEN_SHIFT);
        bytes memory v = new bytes(vlen);
        for (uint256 i; i < vlen; ++i) {
            // Truncation is the point: byte i of the version, big-endian.
            // forge-lint: disable-next-line(unsafe-typecast)
            v[i] = bytes1(uint8(version >> (8 * (vlen - 1 - i))));
        }
        // A short id's low half is zero (checked above), so bytes16 keeps all of it.
        // forge-lint: disable-next-line(unsafe-typecast)
        return short ? abi.encodePacked(header, bytes16(id), v) : abi.encodePacked(header, id, v);
    }
}
