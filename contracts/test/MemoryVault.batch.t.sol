// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {EventChain} from "./utils/EventChain.sol";
import {Operation, PackedBatch} from "./utils/PackedBatch.sol";
import {ReferenceChain} from "./utils/ReferenceChain.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";
import {Vm} from "forge-std/Vm.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";

/// @notice Packed batches: the wire format, every kind including code writes, and every way a
/// batch can be malformed.
contract MemoryVaultBatchTest is VaultFixture {
    bytes32 internal constant ID_A = keccak256("record a");
    bytes32 internal constant ID_B = keccak256("record b");
    /// @dev A short id: the low 16 bytes are zero, so a batch carries it in 16 bytes.
    bytes16 internal constant SHORT_ID_BYTES = 0x51507e1d0000000000000000000000aa;
    bytes32 internal constant SHORT_ID = bytes32(SHORT_ID_BYTES);
    bytes32 internal constant CONTENT_HASH = keccak256("off-chain ciphertext");
    string internal constant URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    // ---------------------------------------------------------------- the wire format

    function test_ApplyBatch_HandEncodedBytes() public {
        // A tombstone with a short id and a one-byte version, then an inline write with a long id
        // and a two-byte version, written out byte by byte from docs/FORMAT.md.
        bytes memory packed = bytes.concat(
            hex"06", // kind 2, short id, vlen 1
            SHORT_ID_BYTES,
            hex"07", // version 7
            hex"08", // kind 0, long id, vlen 2
            ID_A,
            hex"0102", // version 258
            hex"000003", // ciphertext length 3
            hex"c0ffee"
        );
        vm.expectEmit(address(vault));
        emit IMemoryVault.BatchApplied(alice, 1, 0, packed);
        vm.prank(alice);
        assertEq(vault.applyBatch(packed, 0), 2);

        bytes32 head =
            keccak256(abi.encode(bytes32(0), uint64(1), keccak256(abi.encode(uint8(2), SHORT_ID, uint64(7)))));
        head = keccak256(
            abi.encode(head, uint64(2), keccak256(abi.encode(uint8(0), ID_A, uint64(258), keccak256(hex"c0ffee"))))
        );
        _assertState(alice, head, 2, START_BLOCK);
    }

    function test_ApplyBatch_HandEncodedPointerAndCode() public {
        address pointer = vm.computeCreateAddress(address(vault), vm.getNonce(address(vault)));
        bytes memory packed = bytes.concat(
            hex"3d", // kind 1, short id, vlen 8
            SHORT_ID_BYTES,
            hex"0000000000000009", // version 9 in eight bytes
            CONTENT_HASH,
            hex"0003", // URI length 3
            "a:b",
            hex"13", // kind 3, long id, vlen 3
            ID_B,
            hex"010000", // version 65,536
            hex"000002",
            hex"beef"
        );
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordCodeStored(alice, 2, pointer);
        vm.expectEmit(address(vault));
        emit IMemoryVault.BatchApplied(alice, 1, 0, packed);
        vm.prank(alice);
        vault.applyBatch(packed, ANY_SEQ);

        bytes32 head = keccak256(
            abi.encode(
                bytes32(0),
                uint64(1),
                keccak256(abi.encode(uint8(1), SHORT_ID, uint64(9), CONTENT_HASH, keccak256("a:b")))
            )
        );
        head = keccak256(
            abi.encode(
                head, uint64(2), keccak256(abi.encode(uint8(3), ID_B, uint64(65_536), keccak256(hex"beef"), pointer))
            )
        );
        _assertState(alice, head, 2, START_BLOCK);
        assertEq(pointer.code, hex"00beef");
    }

    function test_ApplyBatch_MixedKinds() public {
        vm.prank(alice);
        vault.write(ID_A, 1, hex"01", ANY_SEQ);
        _modelAppend(alice, ReferenceChain.inlineOpHash(ID_A, 1, hex"01"));
        vm.roll(START_BLOCK + 10);

        Operation[] memory ops = new Operation[](5);
        ops[0] = _inlineOp(SHORT_ID, 1, hex"0b0b");
        ops[1] = _pointerOp(ID_A, 2, CONTENT_HASH, URI);
        ops[2] = _codeOp(ID_B, 1, _pseudoRandomBytes(700, 1));
        ops[3] = _deleteOp(SHORT_ID, 2);
        ops[4] = _codeOp(SHORT_ID, 3, hex"5a");

        // The batch names the block of the previous call; its code writes come first, in order.
        (uint64 seq, address[] memory pointers) = _applyBatch(alice, ops, 1);
        assertEq(seq, 6);
        assertNotEq(pointers[2], pointers[4]);
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).lastWriteBlock, START_BLOCK + 10);
    }

    function test_ApplyBatch_AsFirstOperations() public {
        (uint64 seq,) = _applyBatch(alice, _ops(_deleteOp(ID_A, 1), _inlineOp(ID_A, 2, hex"02")), 0);
        assertEq(seq, 2);
        _assertMatchesModel(alice);
    }

    function test_ApplyBatch_WithAnySeqAndCurrentSeq() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), ANY_SEQ);
        vm.roll(START_BLOCK + 1);
        _applyBatch(alice, _randomOps(1, 4), ANY_SEQ);
        _applyBatch(alice, _randomOps(2, 3), 5);
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).seq, 8);
    }

    function test_ApplyBatch_SingleOperationMatchesSingleCall() public {
        Operation[] memory ops = new Operation[](3);
        ops[0] = _inlineOp(ID_A, 3, hex"aabb");
        ops[1] = _pointerOp(ID_A, 4, CONTENT_HASH, URI);
        ops[2] = _deleteOp(ID_A, 5);
        for (uint256 i; i < ops.length; ++i) {
            _applyBatch(alice, _ops(ops[i]), ANY_SEQ);
            _applySingle(bob, ops[i], ANY_SEQ);
            assertEq(vault.logState(alice).head, vault.logState(bob).head);
        }
    }

    function test_ApplyBatch_SameCiphertextInlineAndCodeDiffer() public {
        bytes memory ciphertext = hex"c0ffee";
        _applyBatch(alice, _ops(_inlineOp(ID_A, 1, ciphertext)), 0);
        _applyBatch(bob, _ops(_codeOp(ID_A, 1, ciphertext)), 0);
        assertNotEq(vault.logState(alice).head, vault.logState(bob).head);
    }

    // ---------------------------------------------------------------- ids and versions

    function test_ApplyBatch_ShortAndLongIdEncodingsAreTheSameOperation() public {
        Operation memory op = _inlineOp(SHORT_ID, 1, hex"01");
        bytes memory short = PackedBatch.encodeOp(op, true, 1);
        bytes memory long = PackedBatch.encodeOp(op, false, 1);
        assertEq(short.length + 16, long.length);

        _expectBatch(alice, _ops(op), short);
        vm.prank(alice);
        vault.applyBatch(short, 0);
        _expectBatch(bob, _ops(op), long);
        vm.prank(bob);
        vault.applyBatch(long, 0);
        assertEq(vault.logState(alice).head, vault.logState(bob).head);
        _assertMatchesModel(alice);
        _assertMatchesModel(bob);
    }

    function test_ApplyBatch_ShortIdIsTheHighHalf() public {
        // The short form of an id whose low half is not zero would be another id: a 16-byte id is
        // always read as the high half of a zero-padded word.
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes memory packed = bytes.concat(hex"06", bytes16(ID_A), hex"01");
        vm.prank(alice);
        vault.applyBatch(packed, 0);
        // forge-lint: disable-next-line(unsafe-typecast)
        bytes32 truncated = bytes32(bytes16(ID_A));
        bytes32 head = keccak256(abi.encode(bytes32(0), uint64(1), ReferenceChain.deleteOpHash(truncated, 1)));
        _assertState(alice, head, 1, START_BLOCK);
    }

    function test_ApplyBatch_VersionsOfEveryWidth() public {
        for (uint256 vlen = 1; vlen <= 8; ++vlen) {
            // The smallest and the largest version that need exactly `vlen` bytes.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 smallest = vlen == 1 ? 1 : uint64(2 ** (8 * (vlen - 1)));
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 largest = uint64(2 ** (8 * vlen) - 1);
            assertEq(PackedBatch.minVlen(smallest), vlen);
            assertEq(PackedBatch.minVlen(largest), vlen);

            Operation[] memory ops = new Operation[](4);
            ops[0] = _inlineOp(ID_A, smallest, hex"01");
            ops[1] = _codeOp(SHORT_ID, largest, hex"02");
            ops[2] = _pointerOp(ID_B, largest, CONTENT_HASH, URI);
            ops[3] = _deleteOp(SHORT_ID, smallest);
            _applyBatch(alice, ops, ANY_SEQ);
        }
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).seq, 32);
    }

    function test_ApplyBatch_VersionInAnyWiderWidth() public {
        // Encoders use the shortest width, but any width that holds the version is the same operation.
        for (uint256 vlen = 1; vlen <= 8; ++vlen) {
            Operation memory op = _deleteOp(ID_A, 200);
            bytes memory packed = PackedBatch.encodeOp(op, false, vlen);
            _expectBatch(alice, _ops(op), packed);
            vm.prank(alice);
            vault.applyBatch(packed, ANY_SEQ);
        }
        _assertMatchesModel(alice);
    }

    function test_ApplyBatch_MaxVersionAndMaxId() public {
        bytes32 maxId = bytes32(type(uint256).max);
        _applyBatch(alice, _ops(_inlineOp(maxId, type(uint64).max, hex"01"), _deleteOp(maxId, type(uint64).max)), 0);
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- bodies

    function test_ApplyBatch_LargeInlineAndLongUri() public {
        Operation[] memory ops = new Operation[](2);
        ops[0] = _inlineOp(ID_A, 1, _pseudoRandomBytes(70_000, 1));
        ops[1] = _pointerOp(ID_B, 1, CONTENT_HASH, string(_pseudoRandomAscii(type(uint16).max, 2)));
        _applyBatch(alice, ops, 0);
        _assertMatchesModel(alice);
    }

    function test_ApplyBatch_ManySmallOperations() public {
        // 200 operations: the vault frees each operation's memory, so this stays cheap.
        Operation[] memory ops = new Operation[](200);
        for (uint256 i; i < ops.length; ++i) {
            ops[i] = _inlineOp(bytes32(uint256(i + 1) << 128), 1, abi.encodePacked(i));
        }
        bytes memory packed = PackedBatch.encode(ops);
        _expectBatch(alice, ops, packed);
        vm.prank(alice);
        uint256 gasBefore = gasleft();
        vault.applyBatch(packed, 0);
        assertLt(gasBefore - gasleft(), 2_000_000, "200 tiny operations");
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- code writes

    function test_ApplyBatch_CodeWriteIsReadableAsCode() public {
        bytes memory ciphertext = _pseudoRandomBytes(1000, 7);
        (, address[] memory pointers) = _applyBatch(alice, _ops(_codeOp(ID_A, 1, ciphertext)), 0);
        address pointer = pointers[0];

        assertEq(pointer.code.length, ciphertext.length + 1);
        assertEq(SSTORE2.read(pointer), ciphertext);
        // Read the raw code with EXTCODECOPY too: a zero byte, then the ciphertext.
        bytes memory raw = new bytes(ciphertext.length + 1);
        assembly ("memory-safe") {
            extcodecopy(pointer, add(raw, 0x20), 0, mload(raw))
        }
        assertEq(uint8(raw[0]), 0);
        assertEq(keccak256(raw), keccak256(bytes.concat(hex"00", ciphertext)));
        // The code starts with STOP, so calling it does nothing.
        (bool success, bytes memory returned) = pointer.call(hex"c0ffee");
        assertTrue(success);
        assertEq(returned.length, 0);
    }

    function test_ApplyBatch_CodeWriteAtMaxLength() public {
        bytes memory ciphertext = _pseudoRandomBytes(PackedBatch.MAX_CODE_LENGTH, 8);
        (, address[] memory pointers) = _applyBatch(alice, _ops(_codeOp(ID_A, 1, ciphertext)), 0);
        assertEq(pointers[0].code.length, 24_576);
        _assertMatchesModel(alice);
    }

    function test_ApplyBatch_SameCiphertextTwiceDeploysTwice() public {
        bytes memory ciphertext = hex"0102030405";
        (, address[] memory pointers) =
            _applyBatch(alice, _ops(_codeOp(ID_A, 1, ciphertext), _codeOp(ID_A, 1, ciphertext)), 0);
        assertNotEq(pointers[0], pointers[1]);
        // The head commits to where the code is: both operations hash differently.
        assertNotEq(
            ReferenceChain.codeOpHash(ID_A, 1, ciphertext, pointers[0]),
            ReferenceChain.codeOpHash(ID_A, 1, ciphertext, pointers[1])
        );
        _assertMatchesModel(alice);
    }

    function test_ApplyBatch_CodeOpHashBindsPointer() public {
        bytes memory ciphertext = hex"0102";
        (, address[] memory pointers) = _applyBatch(alice, _ops(_codeOp(ID_A, 1, ciphertext)), 0);
        bytes32 withPointer = keccak256(
            abi.encode(
                bytes32(0),
                uint64(1),
                keccak256(abi.encode(uint8(3), ID_A, uint64(1), keccak256(ciphertext), pointers[0]))
            )
        );
        _assertState(alice, withPointer, 1, START_BLOCK);
    }

    // ---------------------------------------------------------------- the event chain

    function test_EventChain_ReproducesHead() public {
        IMemoryVault.LogState memory folded;
        for (uint64 round; round < 6; ++round) {
            vm.roll(START_BLOCK + round * 3);
            vm.recordLogs();
            vm.startPrank(alice);
            vault.write(ID_A, round + 1, _pseudoRandomBytes(40, round), ANY_SEQ);
            vault.applyBatch(PackedBatch.encode(_randomOps(round, 1 + round)), ANY_SEQ);
            if (round % 2 == 0) vault.writePointer(ID_B, round + 1, CONTENT_HASH, URI, ANY_SEQ);
            if (round % 3 == 0) vault.publishKeyCheck(round + 1, keccak256(abi.encode(round)), ANY_SEQ);
            vault.applyBatch(PackedBatch.encode(_ops(_codeOp(SHORT_ID, 9, hex"ee"), _deleteOp(ID_A, 2))), ANY_SEQ);
            vault.deleteRecord(ID_B, round + 2, ANY_SEQ);
            vm.stopPrank();
            folded = _foldRecordedLogs(alice, folded);
            IMemoryVault.LogState memory state = vault.logState(alice);
            assertEq(folded.head, state.head, "folded head");
            assertEq(folded.seq, state.seq, "folded seq");
            assertEq(folded.lastWriteBlock, state.lastWriteBlock, "folded last write block");
        }
    }

    function test_EventChain_DetectsAMissingCodePointer() public {
        // The fold needs each code write's RecordCodeStored: without it the batch does not parse as the log.
        vm.recordLogs();
        vm.prank(alice);
        vault.applyBatch(PackedBatch.encode(_ops(_codeOp(ID_A, 1, hex"01"))), 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 2);
        Vm.Log[] memory batchOnly = new Vm.Log[](1);
        batchOnly[0] = logs[1];
        (, bool ok) = EventChain.links(batchOnly, address(vault), alice, uint64(block.number));
        assertFalse(ok);
        (, ok) = EventChain.links(logs, address(vault), alice, uint64(block.number));
        assertTrue(ok);
    }

    // ---------------------------------------------------------------- malformed batches

    function test_RevertIf_BatchIsEmpty() public {
        _expectBatchRevert("", abi.encodeWithSelector(IMemoryVault.VaultEmptyBatch.selector));
    }

    function test_RevertIf_BatchIsEmptyWithWrongSeq() public {
        // Emptiness is checked before the sequence number.
        vm.expectRevert(IMemoryVault.VaultEmptyBatch.selector);
        vm.prank(alice);
        vault.applyBatch("", 9);
    }

    function test_RevertIf_ApplyBatchSeqMismatch() public {
        _applyBatch(alice, _randomOps(5, 2), 0);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 1, 2));
        vm.prank(alice);
        vault.applyBatch(PackedBatch.encode(_randomOps(6, 2)), 1);
        _assertMatchesModel(alice);
    }

    function test_RevertIf_ReservedHeaderBitIsSet() public {
        Operation[] memory ops = _threeOps();
        uint256[] memory offsets = PackedBatch.offsets(ops);
        for (uint256 k; k < ops.length; ++k) {
            for (uint256 bit = 6; bit < 8; ++bit) {
                bytes memory packed = PackedBatch.encode(ops);
                // Cannot truncate: bit < 8.
                // forge-lint: disable-next-line(unsafe-typecast)
                packed[offsets[k]] = bytes1(uint8(packed[offsets[k]]) | uint8(2 ** bit));
                _expectBatchRevert(packed, _malformed(offsets[k]));
            }
        }
    }

    function test_RevertIf_TruncatedAnywhereInAnOperation() public {
        // Cutting the batch inside any operation (its header, id, version, length, hash or body)
        // makes it malformed at that operation's header; cutting between operations does not.
        Operation[] memory ops = _threeOps();
        bytes memory packed = PackedBatch.encode(ops);
        uint256[] memory offsets = PackedBatch.offsets(ops);
        uint256 k;
        for (uint256 cut = 1; cut < packed.length; ++cut) {
            while (k + 1 < offsets.length && cut > offsets[k + 1]) ++k;
            if (k + 1 < offsets.length && cut == offsets[k + 1]) continue;
            _expectBatchRevert(_slice(packed, 0, cut), _malformed(offsets[k]));
        }
    }

    function test_RevertIf_HeaderAloneAtTheEnd() public {
        bytes memory valid = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        for (uint8 header; header < 64; ++header) {
            // Any kind and width, with nothing after the header.
            _expectBatchRevert(bytes.concat(valid, bytes1(header)), _malformed(valid.length));
        }
    }

    function test_RevertIf_ShortIdTruncated() public {
        bytes memory packed = bytes.concat(hex"06", _slice(bytes.concat(SHORT_ID_BYTES), 0, 15));
        _expectBatchRevert(packed, _malformed(0));
        // Complete with the id, the version byte is missing.
        _expectBatchRevert(bytes.concat(hex"06", SHORT_ID_BYTES), _malformed(0));
        _expectBatchRevert(bytes.concat(hex"06", SHORT_ID_BYTES, hex"01"), "");
    }

    function test_RevertIf_VersionTruncated() public {
        // vlen 8 with 7 version bytes.
        _expectBatchRevert(bytes.concat(hex"3a", ID_A, hex"00000000000001"), _malformed(0));
    }

    function test_RevertIf_LengthFieldTruncated() public {
        bytes memory inlineHead = bytes.concat(hex"00", ID_A, hex"01");
        _expectBatchRevert(inlineHead, _malformed(0));
        _expectBatchRevert(bytes.concat(inlineHead, hex"00"), _malformed(0));
        _expectBatchRevert(bytes.concat(inlineHead, hex"0000"), _malformed(0));
        bytes memory codeHead = bytes.concat(hex"03", ID_A, hex"01");
        _expectBatchRevert(bytes.concat(codeHead, hex"0000"), _malformed(0));
        bytes memory pointerHead = bytes.concat(hex"01", ID_A, hex"01");
        _expectBatchRevert(bytes.concat(pointerHead, _slice(bytes.concat(CONTENT_HASH), 0, 31)), _malformed(0));
        _expectBatchRevert(bytes.concat(pointerHead, CONTENT_HASH), _malformed(0));
        _expectBatchRevert(bytes.concat(pointerHead, CONTENT_HASH, hex"00"), _malformed(0));
    }

    function test_RevertIf_LengthRunsPastTheEnd() public {
        bytes memory valid = PackedBatch.encode(_ops(_inlineOp(ID_B, 1, hex"01")));
        uint256 p = valid.length;
        // Inline and code: one byte short, and the largest length with a few bytes.
        _expectBatchRevert(bytes.concat(valid, hex"00", ID_A, hex"01", hex"000005", hex"01020304"), _malformed(p));
        _expectBatchRevert(bytes.concat(valid, hex"03", ID_A, hex"01", hex"ffffff", hex"01020304"), _malformed(p));
        // Pointer: the URI length says two bytes, one follows.
        _expectBatchRevert(bytes.concat(valid, hex"01", ID_A, hex"01", CONTENT_HASH, hex"0002", "x"), _malformed(p));
        _expectBatchRevert(bytes.concat(valid, hex"01", ID_A, hex"01", CONTENT_HASH, hex"ffff", "x"), _malformed(p));
    }

    function test_RevertIf_TrailingZeroByte() public {
        // A zero byte is the header of an inline write with a long id: it needs 34 bytes more.
        bytes memory valid = PackedBatch.encode(_threeOps());
        _expectBatchRevert(bytes.concat(valid, hex"00"), _malformed(valid.length));
    }

    function test_RevertIf_EmptyInlineOrCodeBody() public {
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, ID_A);
        _expectBatchRevertAround(_inlineOp(ID_A, 1, ""), reason);
        _expectBatchRevertAround(_codeOp(ID_A, 1, ""), reason);
    }

    function test_RevertIf_PointerContentHashIsZeroOrUriEmpty() public {
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, ID_A);
        _expectBatchRevertAround(_pointerOp(ID_A, 1, bytes32(0), URI), reason);
        _expectBatchRevertAround(_pointerOp(ID_A, 1, CONTENT_HASH, ""), reason);
        _expectBatchRevertAround(_pointerOp(ID_A, 1, bytes32(0), ""), reason);
    }

    function test_RevertIf_IdIsZero() public {
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultZeroId.selector);
        Operation[] memory ops = _everyKind(bytes32(0), 1);
        for (uint256 i; i < ops.length; ++i) {
            _expectBatchRevertAround(ops[i], reason);
            // The zero id in its long form too.
            _expectBatchRevert(PackedBatch.encodeOp(ops[i], false, 1), reason);
        }
    }

    function test_RevertIf_VersionIsZero() public {
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, ID_A);
        Operation[] memory ops = _everyKind(ID_A, 0);
        for (uint256 i; i < ops.length; ++i) {
            _expectBatchRevertAround(ops[i], reason);
            // Zero in every width.
            for (uint256 vlen = 2; vlen <= 8; ++vlen) {
                _expectBatchRevert(PackedBatch.encodeOp(ops[i], false, vlen), reason);
            }
        }
    }

    function test_RevertIf_CodeTooLarge() public {
        uint256 length = PackedBatch.MAX_CODE_LENGTH + 1;
        _expectBatchRevertAround(
            _codeOp(ID_A, 1, _pseudoRandomBytes(length, 1)),
            abi.encodeWithSelector(IMemoryVault.VaultCodeTooLarge.selector, ID_A, length)
        );
        // Inline writes have no such limit.
        _applyBatch(alice, _ops(_inlineOp(ID_A, 1, _pseudoRandomBytes(length, 1))), 0);
    }

    function test_RevertIf_BadOperationAtPositionK_NothingApplied() public {
        _applyBatch(alice, _randomOps(11, 2), 0);
        IMemoryVault.LogState memory before = vault.logState(alice);

        for (uint256 k; k < 5; ++k) {
            // Code writes before the bad operation are not deployed either.
            Operation[] memory ops = new Operation[](5);
            for (uint64 i; i < ops.length; ++i) {
                ops[i] = _codeOp(ID_A, i + 1, abi.encodePacked(i));
            }
            ops[k] = _inlineOp(ID_B, 1, "");
            address[] memory pointers = _nextPointers(ops);
            vm.roll(START_BLOCK + 1 + k);
            vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, ID_B));
            vm.prank(alice);
            vault.applyBatch(PackedBatch.encode(ops), ANY_SEQ);
            _assertUnchanged(alice, before);
            for (uint256 i; i < k; ++i) {
                assertEq(pointers[i].code.length, 0, "code of a reverted batch");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /// @dev Three valid operations of different kinds and widths.
    function _threeOps() internal pure returns (Operation[] memory) {
        return _ops(
            _pointerOp(SHORT_ID, 70_000, CONTENT_HASH, URI),
            _codeOp(ID_A, 1, hex"0102030405"),
            _inlineOp(ID_B, type(uint64).max, hex"c0ffee")
        );
    }

    function _everyKind(bytes32 id, uint64 version) internal pure returns (Operation[] memory ops) {
        ops = new Operation[](4);
        ops[0] = _inlineOp(id, version, hex"01");
        ops[1] = _pointerOp(id, version, CONTENT_HASH, URI);
        ops[2] = _deleteOp(id, version);
        ops[3] = _codeOp(id, version, hex"01");
    }

    function _malformed(uint256 offset) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, offset);
    }

    /// @dev A batch of two valid operations around `bad` (each encoded at its shortest) reverts
    /// with `reason`.
    function _expectBatchRevertAround(Operation memory bad, bytes memory reason) internal {
        bytes memory packed = bytes.concat(
            PackedBatch.encodeOp(_inlineOp(ID_B, 1, hex"01")),
            PackedBatch.encodeOp(bad),
            PackedBatch.encodeOp(_codeOp(ID_B, 2, hex"02"))
        );
        _expectBatchRevert(packed, reason);
    }

    /// @dev Alice's batch `packed` reverts with exactly `reason` and leaves her log and the vault's
    /// nonce as they were (or, if `reason` is empty, succeeds and is undone).
    function _expectBatchRevert(bytes memory packed, bytes memory reason) internal {
        IMemoryVault.LogState memory before = vault.logState(alice);
        uint256 vaultNonce = vm.getNonce(address(vault));
        // The independent parser agrees on the verdict.
        assertEq(PackedBatch.parse(packed).revertData, reason, "reference parser");
        if (reason.length == 0) {
            uint256 snapshot = vm.snapshotState();
            vm.prank(alice);
            vault.applyBatch(packed, ANY_SEQ);
            vm.revertToState(snapshot);
            return;
        }
        vm.expectRevert(reason);
        vm.prank(alice);
        vault.applyBatch(packed, ANY_SEQ);
        _assertUnchanged(alice, before);
        assertEq(vm.getNonce(address(vault)), vaultNonce, "vault nonce");
    }

    function _slice(bytes memory data, uint256 start, uint256 end) internal pure returns (bytes memory out) {
        out = new bytes(end - start);
        for (uint256 i; i < out.length; ++i) {
            out[i] = data[start + i];
        }
    }
}
