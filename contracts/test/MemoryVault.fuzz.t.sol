// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {AsciiUri} from "./utils/AsciiUri.sol";
import {Operation, PackedBatch, ParsedBatch} from "./utils/PackedBatch.sol";
import {ReferenceChain} from "./utils/ReferenceChain.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";

contract MemoryVaultFuzzTest is VaultFixture {
    uint256 internal constant MAX_BATCH = 16;

    // ---------------------------------------------------------------- single operations

    function testFuzz_Write(
        address owner,
        bytes32 id,
        uint64 version,
        bytes memory ciphertext,
        uint256 priorOps,
        uint32 blocks
    ) public {
        vm.assume(id != bytes32(0) && version != 0 && ciphertext.length != 0);
        _applyPriorOps(owner, priorOps);
        vm.roll(block.number + blocks);

        _applySingle(owner, _inlineOp(id, version, ciphertext), _model[owner].seq);
        _assertMatchesModel(owner);
    }

    function testFuzz_WritePointer(
        address owner,
        bytes32 id,
        uint64 version,
        bytes32 contentHash,
        string memory uri,
        uint256 priorOps,
        uint32 blocks
    ) public {
        vm.assume(id != bytes32(0) && version != 0 && contentHash != bytes32(0) && bytes(uri).length != 0);
        _applyPriorOps(owner, priorOps);
        vm.roll(block.number + blocks);

        // The fuzzer's strings are mostly multi-byte UTF-8; the vault takes ASCII only.
        string memory asciiUri = string(AsciiUri.clearHighBits(bytes(uri)));
        _applySingle(owner, _pointerOp(id, version, contentHash, asciiUri), ANY_SEQ);
        _assertMatchesModel(owner);
    }

    function testFuzz_DeleteRecord(address owner, bytes32 id, uint64 version, uint256 priorOps, uint32 blocks) public {
        vm.assume(id != bytes32(0) && version != 0);
        _applyPriorOps(owner, priorOps);
        vm.roll(block.number + blocks);

        _applySingle(owner, _deleteOp(id, version), _model[owner].seq);
        _assertMatchesModel(owner);
    }

    function testFuzz_PrevWriteBlock_LinksEveryOperation(uint16[8] memory gaps, uint256 seed) public {
        for (uint256 i; i < gaps.length; ++i) {
            vm.roll(block.number + (gaps[i] % 4 == 0 ? 0 : gaps[i]));
            Operation[] memory ops = _randomOps(uint256(keccak256(abi.encode(seed, i))), 1 + gaps[i] % 3);
            if (ops.length == 1 && ops[0].kind != PackedBatch.CODE) _applySingle(alice, ops[0], ANY_SEQ);
            else _applyBatch(alice, ops, _model[alice].seq);
            _assertMatchesModel(alice);
        }
    }

    // ---------------------------------------------------------------- malformed single operations

    function testFuzz_RevertIf_IdIsZero(uint64 version, bytes32 contentHash, bytes memory data, uint64 expectedSeq)
        public
    {
        vm.startPrank(alice);
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vault.write(bytes32(0), version, data, ANY_SEQ);
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vault.writePointer(bytes32(0), version, contentHash, string(data), ANY_SEQ);
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vault.deleteRecord(bytes32(0), version, 0);
        // The sequence check comes first.
        vm.assume(expectedSeq != 0 && expectedSeq != ANY_SEQ);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, expectedSeq, 0));
        vault.deleteRecord(bytes32(0), version, expectedSeq);
        vm.stopPrank();
        _assertState(alice, bytes32(0), 0, 0);
    }

    function testFuzz_RevertIf_VersionIsZero(bytes32 id, bytes32 contentHash, bytes memory data) public {
        vm.assume(id != bytes32(0));
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, id);
        vm.startPrank(alice);
        vm.expectRevert(reason);
        vault.write(id, 0, data, ANY_SEQ);
        vm.expectRevert(reason);
        vault.writePointer(id, 0, contentHash, string(data), ANY_SEQ);
        vm.expectRevert(reason);
        vault.deleteRecord(id, 0, ANY_SEQ);
        vm.stopPrank();
    }

    function testFuzz_RevertIf_PointerIsInvalid(
        bytes32 id,
        uint64 version,
        bytes32 contentHash,
        string memory uri,
        uint8 defect,
        uint256 position
    ) public {
        vm.assume(id != bytes32(0) && version != 0);
        // Invalid in one of three ways; the other fields keep their fuzzed values (possibly invalid too).
        defect %= 3;
        if (defect == 0) {
            contentHash = bytes32(0);
        } else if (defect == 1) {
            uri = "";
        } else {
            bytes memory bad = bytes.concat(bytes(uri), "x");
            bad[position % bad.length] |= 0x80;
            uri = string(bad);
        }
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id));
        vm.prank(alice);
        vault.writePointer(id, version, contentHash, uri, ANY_SEQ);
    }

    // ---------------------------------------------------------------- the sequence check

    function testFuzz_SeqCheck_AcceptsOnlyCurrentSeqOrAnySeq(
        uint256 priorOps,
        uint64 expectedSeq,
        uint8 mode,
        uint8 entryPoint,
        uint256 seed
    ) public {
        _applyPriorOps(alice, priorOps);
        uint64 current = vault.logState(alice).seq;
        // Make both accepted values frequent; otherwise keep the raw fuzzed value.
        if (mode % 3 == 0) expectedSeq = current;
        else if (mode % 3 == 1) expectedSeq = ANY_SEQ;

        Operation[] memory ops = _randomOps(seed, 1 + seed % 4, false);
        if (expectedSeq == current || expectedSeq == ANY_SEQ) {
            if (entryPoint % 2 == 0) _applySingle(alice, ops[0], expectedSeq);
            else _applyBatch(alice, ops, expectedSeq);
            _assertMatchesModel(alice);
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, expectedSeq, current)
            );
            vm.prank(alice);
            if (entryPoint % 2 == 0) vault.deleteRecord(ops[0].id, ops[0].version, expectedSeq);
            else vault.applyBatch(PackedBatch.encode(ops), expectedSeq);
            _assertMatchesModel(alice);
        }
    }

    // ---------------------------------------------------------------- batches

    function testFuzz_ApplyBatch_MixedOps(uint256 seed, uint256 n, uint256 priorOps, uint32 blocks, bool checkSeq)
        public
    {
        _applyPriorOps(alice, priorOps);
        vm.roll(block.number + blocks);
        n = bound(n, 1, MAX_BATCH);

        (uint64 seq,) = _applyBatch(alice, _randomOps(seed, n), checkSeq ? _model[alice].seq : ANY_SEQ);
        assertEq(seq, _model[alice].seq);
        _assertMatchesModel(alice);
    }

    function testFuzz_ApplyBatch_EqualsSequentialCalls(uint256 seed, uint256 n) public {
        n = bound(n, 1, MAX_BATCH);
        // Code writes exist only in batches.
        Operation[] memory ops = _randomOps(seed, n, false);

        _applyBatch(alice, ops, 0);
        for (uint256 i; i < n; ++i) {
            _applySingle(bob, ops[i], _model[bob].seq);
        }

        IMemoryVault.LogState memory batched = vault.logState(alice);
        _assertState(bob, batched.head, batched.seq, batched.lastWriteBlock);
        _assertMatchesModel(alice);
    }

    function testFuzz_RevertIf_BatchHasBadOpAtAnyPosition(
        uint256 seed,
        uint256 n,
        uint256 k,
        uint8 defect,
        uint256 priorOps
    ) public {
        _applyPriorOps(alice, priorOps);
        vm.roll(block.number + 1);
        IMemoryVault.LogState memory before = vault.logState(alice);

        n = bound(n, 1, MAX_BATCH);
        k = bound(k, 0, n - 1);
        Operation[] memory ops = _randomOps(seed, n);
        uint256 offset = PackedBatch.offsets(ops)[k];
        bytes memory reason;
        bytes memory packed;
        (ops[k], reason) = _badRecord(ops[k], defect);
        if (reason.length != 0) {
            packed = PackedBatch.encode(ops);
        } else {
            (packed, reason) = _badEncoding(ops, k, offset, defect);
        }

        vm.expectRevert(reason);
        vm.prank(alice);
        vault.applyBatch(packed, ANY_SEQ);
        _assertUnchanged(alice, before);
    }

    /// @dev A valid batch with one byte changed, bytes cut off or bytes appended: the vault does
    /// exactly what the independent parser says, applying the operations it reads or reverting
    /// with its error and changing nothing.
    function testFuzz_ApplyBatch_MutatedBatchMatchesReferenceParser(
        uint256 seed,
        uint256 n,
        uint8 mutation,
        uint256 position,
        bytes1 value,
        bytes calldata tail
    ) public {
        bytes memory packed = PackedBatch.encode(_randomOps(seed, bound(n, 1, 6)));
        position = bound(position, 0, packed.length - 1);
        mutation %= 4;
        if (mutation == 0) {
            packed[position] = value;
        } else if (mutation == 1) {
            packed[position] = packed[position] ^ (value == 0 ? bytes1(0x01) : value);
        } else if (mutation == 2) {
            assembly ("memory-safe") {
                mstore(packed, position)
            }
        } else {
            packed = bytes.concat(packed, tail);
        }
        _checkAgainstReferenceParser(packed);
    }

    /// @dev Arbitrary bytes as a batch: mostly rejected at the first header, exactly as the
    /// independent parser says.
    function testFuzz_ApplyBatch_ArbitraryBytesMatchReferenceParser(bytes calldata packed) public {
        _checkAgainstReferenceParser(packed);
    }

    /// @dev Any legal layout of an operation (short or long id, any version width that holds the
    /// version) is the same operation.
    function testFuzz_ApplyBatch_AnyLegalLayout(uint8 kind, bytes16 idHigh, bool shortId, uint64 version, uint8 vlen)
        public
    {
        vm.assume(idHigh != bytes16(0) && version != 0);
        bytes32 id = bytes32(idHigh);
        // Cannot truncate: bounded to 8.
        // forge-lint: disable-next-line(unsafe-typecast)
        vlen = uint8(bound(vlen, PackedBatch.minVlen(version), 8));
        Operation memory op = _randomOps(uint256(id), 1)[0];
        op.kind = kind % 4;
        op.id = id;
        op.version = version;
        if (op.kind == PackedBatch.POINTER && op.contentHash == bytes32(0)) op.contentHash = keccak256("content");
        // A URI must be ASCII, the ciphertext of another kind need not be.
        if (op.kind == PackedBatch.POINTER) op.data = AsciiUri.clearHighBits(op.data);
        if (op.kind != PackedBatch.DELETE && op.data.length == 0) op.data = hex"01";
        if (op.kind == PackedBatch.DELETE) op.data = "";

        bytes memory packed = PackedBatch.encodeOp(op, shortId, vlen);
        _expectBatch(alice, _ops(op), packed);
        vm.prank(alice);
        vault.applyBatch(packed, ANY_SEQ);
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- owners are isolated

    function testFuzz_OwnersAreIsolated(address writer, address other, uint256 seed, uint256 n, uint256 priorOps)
        public
    {
        vm.assume(writer != other);
        _applyPriorOps(other, priorOps);
        IMemoryVault.LogState memory otherBefore = vault.logState(other);

        vm.roll(block.number + 1);
        n = bound(n, 1, MAX_BATCH);
        _applyBatch(writer, _randomOps(seed, n), ANY_SEQ);
        _applySingle(writer, _randomOps(seed, 1, false)[0], _model[writer].seq);

        _assertUnchanged(other, otherBefore);
        _assertMatchesModel(other);
        _assertMatchesModel(writer);
    }

    // ---------------------------------------------------------------- key checks

    function testFuzz_PublishKeyCheck(
        address owner,
        uint64 epoch,
        bytes32 keyCheck,
        uint256 priorOps,
        uint32 blocks,
        bool checkSeq
    ) public {
        vm.assume(epoch != 0 && keyCheck != bytes32(0));
        _applyPriorOps(owner, priorOps);
        vm.roll(block.number + blocks);

        _publishKeyCheck(owner, epoch, keyCheck, checkSeq ? _model[owner].seq : ANY_SEQ);
        _assertMatchesModel(owner);
        assertEq(vault.logState(owner).keyEpoch, epoch);
    }

    /// @dev A run of publications, each one accepted or rejected by the rule "value non-zero, epoch
    /// above the current one": the stored values and the key epoch are exactly the accepted ones,
    /// and a rejected call changes nothing, including an earlier value for the epoch it names.
    function testFuzz_PublishKeyCheck_AcceptsOnlyIncreasingEpochs(
        uint64[12] memory epochs,
        bytes32[12] memory values,
        uint8[12] memory modes,
        uint256 seed
    ) public {
        uint64[12] memory namedEpochs;
        uint64[12] memory acceptedEpochs;
        bytes32[12] memory acceptedValues;
        uint256 accepted;

        for (uint256 i; i < epochs.length; ++i) {
            uint64 current = _model[alice].keyEpoch;
            (uint64 epoch, bytes32 value) = _keyCheckCase(current, epochs[i], values[i], modes[i]);
            namedEpochs[i] = epoch;
            if (modes[i] & 0x80 != 0) {
                vm.roll(block.number + 1 + modes[i] % 5);
                _applySingle(alice, _randomOps(uint256(keccak256(abi.encode(seed, i))), 1, false)[0], ANY_SEQ);
            }

            if (value != bytes32(0) && epoch > current) {
                _publishKeyCheck(alice, epoch, value, modes[i] & 0x40 != 0 ? ANY_SEQ : _model[alice].seq);
                acceptedEpochs[accepted] = epoch;
                acceptedValues[accepted] = value;
                ++accepted;
            } else {
                IMemoryVault.LogState memory before = vault.logState(alice);
                bytes32 storedBefore = vault.keyCheck(alice, epoch);
                if (value == bytes32(0)) {
                    vm.expectRevert(IMemoryVault.VaultZeroKeyCheck.selector);
                } else {
                    vm.expectRevert(
                        abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, current, epoch)
                    );
                }
                vm.prank(alice);
                vault.publishKeyCheck(epoch, value, ANY_SEQ);
                _assertUnchanged(alice, before);
                assertEq(vault.keyCheck(alice, epoch), storedBefore, "a rejected call changed a value");
            }
            _assertMatchesModel(alice);
        }

        assertEq(vault.logState(alice).keyEpoch, accepted == 0 ? 0 : acceptedEpochs[accepted - 1], "keyEpoch");
        for (uint256 i; i < accepted; ++i) {
            assertEq(vault.keyCheck(alice, acceptedEpochs[i]), acceptedValues[i], "accepted value");
            if (i != 0) assertGt(acceptedEpochs[i], acceptedEpochs[i - 1], "accepted epochs increase");
        }
        // Every epoch named and not accepted holds nothing.
        for (uint256 i; i < namedEpochs.length; ++i) {
            bool wasAccepted;
            for (uint256 j; j < accepted; ++j) {
                if (acceptedEpochs[j] == namedEpochs[i]) wasAccepted = true;
            }
            if (!wasAccepted) {
                assertEq(vault.keyCheck(alice, namedEpochs[i]), bytes32(0), "unaccepted epoch holds a value");
            }
        }
    }

    function testFuzz_KeyChecks_OwnersAreIsolated(
        address writer,
        address other,
        uint64 otherEpoch,
        uint64 epoch,
        bytes32 keyCheck,
        uint256 priorOps
    ) public {
        vm.assume(writer != other && otherEpoch != 0 && epoch != 0 && keyCheck != bytes32(0));
        _applyPriorOps(other, priorOps);
        _publishKeyCheck(other, otherEpoch, keccak256(abi.encode("other", keyCheck)), ANY_SEQ);
        IMemoryVault.LogState memory otherBefore = vault.logState(other);
        bytes32 otherValue = vault.keyCheck(other, otherEpoch);

        // The writer's epoch may be below, equal to or above the other owner's.
        vm.roll(block.number + 1);
        _publishKeyCheck(writer, epoch, keyCheck, 0);
        _applyBatch(writer, _randomOps(priorOps, 2), ANY_SEQ);

        _assertUnchanged(other, otherBefore);
        assertEq(vault.keyCheck(other, otherEpoch), otherValue);
        if (epoch != otherEpoch) assertEq(vault.keyCheck(other, epoch), bytes32(0));
        _assertMatchesModel(other);
        _assertMatchesModel(writer);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev Applies 0 to 3 batches of random operations for `owner`, in earlier blocks.
    function _applyPriorOps(address owner, uint256 priorOps) internal {
        uint256 batches = priorOps % 4;
        for (uint256 i; i < batches; ++i) {
            _applyBatch(
                owner, _randomOps(uint256(keccak256(abi.encode(priorOps, i))), 1 + (priorOps >> 8) % 5), ANY_SEQ
            );
            vm.roll(block.number + 1 + (priorOps >> 16) % 1000);
        }
    }

    /// @dev The epoch and value of one publication in a run, skewed so that accepted calls (a step of
    /// 1 to 3 above `current`) and both rejections (a repeated or lower epoch, a zero value) are frequent.
    /// The low three bits of `mode` pick the case; the caller uses bits 6 and 7.
    function _keyCheckCase(uint64 current, uint64 rawEpoch, bytes32 rawValue, uint8 mode)
        internal
        pure
        returns (uint64 epoch, bytes32 value)
    {
        value = rawValue;
        uint8 kind = mode % 8;
        if (kind == 0) value = bytes32(0);
        if (kind <= 1) epoch = rawEpoch;
        else if (kind == 2) epoch = current;
        else if (kind == 3) epoch = current == 0 ? 0 : current - 1 - rawEpoch % current;
        else epoch = current > type(uint64).max - 3 ? rawEpoch : current + 1 + rawEpoch % 3;
    }

    /// @dev Breaks `op` as a record in one of eight ways (defects 0 to 7) and returns the exact
    /// revert data the vault must give; for defects 8 to 10 returns `op` and no reason.
    function _badRecord(Operation memory op, uint8 defect)
        internal
        pure
        returns (Operation memory, bytes memory reason)
    {
        bytes32 id = op.id;
        defect %= 11;
        if (defect == 0) {
            op.id = bytes32(0);
            return (op, abi.encodeWithSelector(IMemoryVault.VaultZeroId.selector));
        }
        if (defect == 1) {
            op.version = 0;
            return (op, abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, id));
        }
        if (defect == 2) {
            return
                (_inlineOp(id, op.version, ""), abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, id));
        }
        if (defect == 3) {
            return (_codeOp(id, op.version, ""), abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, id));
        }
        if (defect == 4) {
            return (
                _pointerOp(id, op.version, keccak256("content"), ""),
                abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
            );
        }
        if (defect == 5) {
            return (
                _pointerOp(id, op.version, bytes32(0), "ipfs://x"),
                abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
            );
        }
        if (defect == 6) {
            uint256 length = PackedBatch.MAX_CODE_LENGTH + 1;
            return (
                _codeOp(id, op.version, new bytes(length)),
                abi.encodeWithSelector(IMemoryVault.VaultCodeTooLarge.selector, id, length)
            );
        }
        if (defect == 7) {
            // An ASCII URI but for its last byte.
            return (
                _pointerOp(id, op.version, keccak256("content"), string(bytes.concat("ipfs://bafy", hex"80"))),
                abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
            );
        }
        return (op, "");
    }

    /// @dev The batch of `ops` with operation `k` (at `offset`) broken as an encoding: a reserved
    /// header bit (defect 8), cut off inside (9), or followed by a lone header (10).
    function _badEncoding(Operation[] memory ops, uint256 k, uint256 offset, uint8 defect)
        internal
        pure
        returns (bytes memory packed, bytes memory reason)
    {
        packed = PackedBatch.encode(ops);
        uint256 opLength = PackedBatch.encodeOp(ops[k]).length;
        defect %= 11;
        if (defect == 8) {
            packed[offset] |= bytes1(uint256(keccak256(packed)) % 2 == 0 ? 0x80 : 0x40);
        } else if (defect == 9) {
            // Keep the operations before `k` and 1 to opLength - 1 bytes of it.
            uint256 cut = offset + 1 + uint256(keccak256(packed)) % (opLength - 1);
            assembly ("memory-safe") {
                mstore(packed, cut)
            }
        } else {
            offset = packed.length;
            // Cannot truncate: below 64.
            // forge-lint: disable-next-line(unsafe-typecast)
            packed = bytes.concat(packed, bytes1(uint8(uint256(keccak256(packed)) % 64)));
        }
        reason = abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, offset);
    }

    /// @dev Applies `packed` as Alice and checks the vault's answer against {PackedBatch.parse}.
    function _checkAgainstReferenceParser(bytes memory packed) internal {
        ParsedBatch memory parsed = PackedBatch.parse(packed);
        IMemoryVault.LogState memory before = vault.logState(alice);
        if (parsed.ok) {
            _expectBatch(alice, parsed.ops, packed);
            vm.prank(alice);
            vault.applyBatch(packed, ANY_SEQ);
            _assertMatchesModel(alice);
        } else {
            vm.expectRevert(parsed.revertData);
            vm.prank(alice);
            vault.applyBatch(packed, ANY_SEQ);
            _assertUnchanged(alice, before);
        }
    }
}
