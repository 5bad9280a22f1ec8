// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
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

        _applySingle(owner, _pointerOp(id, version, contentHash, uri), ANY_SEQ);
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
            IMemoryVault.Operation[] memory ops = _randomOps(uint256(keccak256(abi.encode(seed, i))), 1 + gaps[i] % 3);
            if (ops.length == 1) _applySingle(alice, ops[0], ANY_SEQ);
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
        bool zeroHash
    ) public {
        vm.assume(id != bytes32(0) && version != 0);
        // Invalid in one of the two ways; the other field keeps its fuzzed value (possibly invalid too).
        if (zeroHash) contentHash = bytes32(0);
        else uri = "";
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

        IMemoryVault.Operation[] memory ops = _randomOps(seed, 1 + seed % 4);
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
            else vault.applyBatch(ops, expectedSeq);
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

        uint64 seq = _applyBatch(alice, _randomOps(seed, n), checkSeq ? _model[alice].seq : ANY_SEQ);
        assertEq(seq, _model[alice].seq);
        _assertMatchesModel(alice);
    }

    function testFuzz_ApplyBatch_EqualsSequentialCalls(uint256 seed, uint256 n) public {
        n = bound(n, 1, MAX_BATCH);
        IMemoryVault.Operation[] memory ops = _randomOps(seed, n);

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
        IMemoryVault.Operation[] memory ops = _randomOps(seed, n);
        bytes memory reason;
        (ops[k], reason) = _malformed(ops[k], defect);

        // (No check on events: vm.recordLogs also captures logs of calls that later revert.)
        vm.prank(alice);
        (bool success, bytes memory returnData) =
            address(vault).call(abi.encodeCall(IMemoryVault.applyBatch, (ops, ANY_SEQ)));

        assertFalse(success, "batch with a bad operation succeeded");
        assertEq(returnData, reason, "revert reason");
        _assertUnchanged(alice, before);
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
        IMemoryVault.Operation[] memory ops = _randomOps(seed, n);
        _applyBatch(writer, ops, ANY_SEQ);
        _applySingle(writer, ops[0], _model[writer].seq);

        _assertUnchanged(other, otherBefore);
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

    /// @dev Breaks `op` in one of eight ways and returns the exact revert data the vault must give.
    function _malformed(IMemoryVault.Operation memory op, uint8 defect)
        internal
        pure
        returns (IMemoryVault.Operation memory, bytes memory reason)
    {
        bytes32 id = op.id;
        defect %= 8;
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
            return (
                _pointerOp(id, op.version, keccak256("content"), ""),
                abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
            );
        }
        if (defect == 4) {
            return (
                _pointerOp(id, op.version, bytes32(0), "ipfs://x"),
                abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
            );
        }
        IMemoryVault.Operation memory bad;
        if (defect == 5) {
            bad = _inlineOp(id, op.version, hex"01");
            bad.contentHash = keccak256("content");
        } else {
            bad = _deleteOp(id, op.version);
            if (defect == 6) bad.data = hex"01";
            else bad.contentHash = keccak256("content");
        }
        return (bad, abi.encodeWithSelector(IMemoryVault.VaultUnexpectedPayload.selector, id));
    }
}
