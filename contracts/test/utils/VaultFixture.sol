// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {ReferenceChain} from "./ReferenceChain.sol";
import {Test} from "forge-std/Test.sol";

/// @notice A fresh vault, two owners, and a model of each owner's log built from the specification
/// ({ReferenceChain}), against which tests compare the vault's events and state.
abstract contract VaultFixture is Test {
    uint64 internal constant ANY_SEQ = type(uint64).max;
    uint64 internal constant START_BLOCK = 100;

    MemoryVault internal vault;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    /// @dev What each owner's log must look like, derived from the operations the test applied.
    mapping(address owner => IMemoryVault.LogState) internal _model;

    function setUp() public virtual {
        vault = new MemoryVault();
        vm.roll(START_BLOCK);
    }

    // ---------------------------------------------------------------- operations

    function _inlineOp(bytes32 id, uint64 version, bytes memory ciphertext)
        internal
        pure
        returns (IMemoryVault.Operation memory)
    {
        return IMemoryVault.Operation(IMemoryVault.OpKind.Inline, id, version, bytes32(0), ciphertext);
    }

    function _pointerOp(bytes32 id, uint64 version, bytes32 contentHash, string memory uri)
        internal
        pure
        returns (IMemoryVault.Operation memory)
    {
        return IMemoryVault.Operation(IMemoryVault.OpKind.Pointer, id, version, contentHash, bytes(uri));
    }

    function _deleteOp(bytes32 id, uint64 version) internal pure returns (IMemoryVault.Operation memory) {
        return IMemoryVault.Operation(IMemoryVault.OpKind.Delete, id, version, bytes32(0), "");
    }

    /// @dev `n` valid operations of mixed kinds, derived from `seed`. Ids come from a small pool so
    /// that records are written, overwritten and deleted within one batch.
    function _randomOps(uint256 seed, uint256 n) internal pure returns (IMemoryVault.Operation[] memory ops) {
        ops = new IMemoryVault.Operation[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = keccak256(abi.encode("record", r % 5));
            // Truncation is the point: any 64 bits of `r`, with zero (an invalid version) mapped to 1.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 version = uint64(r >> 64) == 0 ? 1 : uint64(r >> 64);
            uint256 kind = r % 3;
            if (kind == 0) {
                ops[i] = _inlineOp(id, version, _pseudoRandomBytes(1 + (r >> 128) % 300, r));
            } else if (kind == 1) {
                bytes32 contentHash = keccak256(abi.encode("content", r));
                ops[i] = _pointerOp(id, version, contentHash, string(_pseudoRandomBytes(1 + (r >> 128) % 80, r)));
            } else {
                ops[i] = _deleteOp(id, version);
            }
        }
    }

    /// @dev `length` bytes of keccak output: non-zero, incompressible ciphertext stand-in.
    function _pseudoRandomBytes(uint256 length, uint256 seed) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; i += 32) {
            bytes32 word = keccak256(abi.encode(seed, i));
            // The allocation is rounded up to whole words, so the last store stays inside it.
            assembly ("memory-safe") {
                mstore(add(add(out, 32), i), word)
            }
        }
    }

    // ---------------------------------------------------------------- model

    /// @dev Appends one operation to the model and returns the seq and prevWriteBlock its event must carry.
    function _modelAppend(address owner, bytes32 opHash) internal returns (uint64 seq, uint64 prevWriteBlock) {
        IMemoryVault.LogState storage state = _model[owner];
        prevWriteBlock = state.lastWriteBlock;
        seq = ++state.seq;
        state.head = ReferenceChain.next(state.head, seq, opHash);
        state.lastWriteBlock = uint64(block.number);
    }

    /// @dev Expects the event of `op` from the vault next, and appends `op` to the model.
    function _expectOp(address owner, IMemoryVault.Operation memory op) internal {
        (uint64 seq, uint64 prevWriteBlock) = _modelAppend(owner, ReferenceChain.opHash(op));
        vm.expectEmit(address(vault));
        if (op.kind == IMemoryVault.OpKind.Inline) {
            emit IMemoryVault.RecordWritten(owner, op.id, op.version, seq, prevWriteBlock, op.data);
        } else if (op.kind == IMemoryVault.OpKind.Pointer) {
            emit IMemoryVault.RecordPointerWritten(
                owner, op.id, op.version, seq, prevWriteBlock, op.contentHash, string(op.data)
            );
        } else {
            emit IMemoryVault.RecordDeleted(owner, op.id, op.version, seq, prevWriteBlock);
        }
    }

    /// @dev Applies `op` through its single-operation entry point as `owner`, expecting its event.
    function _applySingle(address owner, IMemoryVault.Operation memory op, uint64 expectedSeq)
        internal
        returns (uint64 seq)
    {
        _expectOp(owner, op);
        vm.prank(owner);
        if (op.kind == IMemoryVault.OpKind.Inline) {
            seq = vault.write(op.id, op.version, op.data, expectedSeq);
        } else if (op.kind == IMemoryVault.OpKind.Pointer) {
            seq = vault.writePointer(op.id, op.version, op.contentHash, string(op.data), expectedSeq);
        } else {
            seq = vault.deleteRecord(op.id, op.version, expectedSeq);
        }
        assertEq(seq, _model[owner].seq, "returned seq");
    }

    /// @dev Applies `ops` as one batch as `owner`, expecting every event in order.
    function _applyBatch(address owner, IMemoryVault.Operation[] memory ops, uint64 expectedSeq)
        internal
        returns (uint64 seq)
    {
        for (uint256 i; i < ops.length; ++i) {
            _expectOp(owner, ops[i]);
        }
        vm.prank(owner);
        seq = vault.applyBatch(ops, expectedSeq);
        assertEq(seq, _model[owner].seq, "returned seq");
    }

    /// @dev Publishes `keyCheck` for `epoch` as `owner`, expecting its event, and appends it to the model.
    function _publishKeyCheck(address owner, uint64 epoch, bytes32 keyCheck, uint64 expectedSeq)
        internal
        returns (uint64 seq)
    {
        (uint64 modelSeq, uint64 prevWriteBlock) = _modelAppend(owner, ReferenceChain.keyCheckOpHash(epoch, keyCheck));
        _model[owner].keyEpoch = epoch;
        vm.expectEmit(address(vault));
        emit IMemoryVault.KeyCheckPublished(owner, epoch, keyCheck, modelSeq, prevWriteBlock);
        vm.prank(owner);
        seq = vault.publishKeyCheck(epoch, keyCheck, expectedSeq);
        assertEq(seq, modelSeq, "returned seq");
        assertEq(vault.keyCheck(owner, epoch), keyCheck, "stored key check");
    }

    // ---------------------------------------------------------------- assertions

    function _assertState(address owner, bytes32 head, uint64 seq, uint64 lastWriteBlock) internal view {
        IMemoryVault.LogState memory state = vault.logState(owner);
        assertEq(state.head, head, "head");
        assertEq(state.seq, seq, "seq");
        assertEq(state.lastWriteBlock, lastWriteBlock, "lastWriteBlock");
    }

    function _assertMatchesModel(address owner) internal view {
        IMemoryVault.LogState memory expected = _model[owner];
        _assertState(owner, expected.head, expected.seq, expected.lastWriteBlock);
        assertEq(vault.logState(owner).keyEpoch, expected.keyEpoch, "keyEpoch");
    }

    function _assertUnchanged(address owner, IMemoryVault.LogState memory before) internal view {
        _assertState(owner, before.head, before.seq, before.lastWriteBlock);
        assertEq(vault.logState(owner).keyEpoch, before.keyEpoch, "keyEpoch");
    }
}
