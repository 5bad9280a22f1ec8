// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PackedOps} from "../../src/libraries/PackedOps.sol";
import {AsciiUri} from "../utils/AsciiUri.sol";
import {Operation, PackedBatch, ParsedBatch} from "../utils/PackedBatch.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Exposes the internal PackedOps encoders, so that their reverts can be expected.
contract PackedOpsHarness {
    function encode(Operation memory op) external pure returns (bytes memory) {
        if (op.kind == PackedBatch.INLINE) return PackedOps.encodeInline(op.id, op.version, op.data);
        if (op.kind == PackedBatch.POINTER) {
            return PackedOps.encodePointer(op.id, op.version, op.contentHash, string(op.data));
        }
        if (op.kind == PackedBatch.DELETE) return PackedOps.encodeDelete(op.id, op.version);
        return PackedOps.encodeCode(op.id, op.version, op.data);
    }
}

/// @notice The on-chain encoder (PackedOps) against the tests' independent one (PackedBatch): the
/// same bytes for every operation, the shortest form of each. (PackedOpsTooLong for a ciphertext
/// above 2^24 - 1 bytes is not tested: building 16 MiB in memory costs over 500M gas.)
contract PackedOpsTest is Test {
    PackedOpsHarness internal harness = new PackedOpsHarness();

    function test_Constants_MatchTheFormat() public pure {
        assertEq(PackedOps.KIND_MASK, 0x03);
        assertEq(PackedOps.SHORT_ID, 0x04);
        assertEq(PackedOps.VLEN_SHIFT, 3);
        assertEq(PackedOps.RESERVED, 0xc0);
        assertEq(PackedOps.MAX_DATA_LENGTH, 16_777_215);
        assertEq(PackedOps.MAX_URI_LENGTH, 65_535);
    }

    function test_Encode_HandWrittenExamples() public view {
        bytes32 shortId = bytes32(bytes16(0x0102030405060708090a0b0c0d0e0f10));
        assertEq(
            harness.encode(Operation(PackedBatch.DELETE, shortId, 1, bytes32(0), "")),
            hex"060102030405060708090a0b0c0d0e0f1001"
        );
        assertEq(
            harness.encode(Operation(PackedBatch.INLINE, shortId, 0x0102, bytes32(0), hex"aabbcc")),
            hex"0c0102030405060708090a0b0c0d0e0f100102000003aabbcc"
        );
        bytes32 longId = bytes32(uint256(1));
        assertEq(
            harness.encode(Operation(PackedBatch.CODE, longId, type(uint64).max, bytes32(0), hex"ee")),
            bytes.concat(hex"3b", longId, hex"ffffffffffffffff", hex"000001ee")
        );
        assertEq(
            harness.encode(Operation(PackedBatch.POINTER, longId, 256, bytes32(uint256(2)), "ab")),
            bytes.concat(hex"09", longId, hex"0100", bytes32(uint256(2)), hex"0002", "ab")
        );
    }

    function testFuzz_Encode_MatchesIndependentEncoder(
        uint8 kind,
        bytes32 id,
        bool shortId,
        uint64 version,
        bytes32 contentHash,
        bytes memory data,
        bool asciiUri
    ) public view {
        kind %= 4;
        if (shortId) id &= bytes32(type(uint256).max << 128);
        if (kind == PackedBatch.DELETE) data = "";
        // Random bytes are rarely all ASCII: make half the URIs so, for the read-back below.
        if (kind == PackedBatch.POINTER && asciiUri) data = AsciiUri.clearHighBits(data);
        Operation memory op = Operation(kind, id, version, contentHash, data);
        bytes memory expected = PackedBatch.encodeOp(op);
        assertEq(harness.encode(op), expected);
        // And the independent parser reads back what was encoded, unless the vault would refuse
        // the record (a zero id or version, an empty body, a zero content hash or a non-ASCII URI).
        ParsedBatch memory batch = PackedBatch.parse(expected);
        bool refused = id == bytes32(0) || version == 0 || (kind != PackedBatch.DELETE && data.length == 0)
            || (kind == PackedBatch.POINTER && (contentHash == bytes32(0) || !AsciiUri.isAscii(data)))
            || (kind == PackedBatch.CODE && data.length > PackedBatch.MAX_CODE_LENGTH);
        assertEq(batch.ok, !refused);
        if (batch.ok) {
            Operation memory parsed = batch.ops[0];
            assertEq(parsed.kind, op.kind);
            assertEq(parsed.id, op.id);
            assertEq(parsed.version, op.version);
            assertEq(parsed.data, op.data);
            if (kind == PackedBatch.POINTER) assertEq(parsed.contentHash, op.contentHash);
        }
    }

    function test_RevertIf_UriTooLong() public {
        bytes memory uri = new bytes(PackedOps.MAX_URI_LENGTH + 1);
        vm.expectRevert(abi.encodeWithSelector(PackedOps.PackedOpsTooLong.selector, uri.length));
        harness.encode(Operation(PackedBatch.POINTER, bytes32(uint256(1)), 1, bytes32(uint256(1)), uri));
    }
}
