// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {EventChain} from "./EventChain.sol";
import {Operation, PackedBatch} from "./PackedBatch.sol";
import {ReferenceChain} from "./ReferenceChain.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";

/// @notice A fresh vault (without a TEE registry), two owners, and a model of each owner's log
/// built from the specification ({ReferenceChain}, {PackedBatch}), against which tests compare the
/// vault's events and state.
abstract contract VaultFixture is Test {
    uint64 internal constant ANY_SEQ = type(uint64).max;
    uint64 internal constant START_BLOCK = 100;

    MemoryVault internal vault;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    /// @dev What each owner's log must look like, derived from the operations the test applied.
    mapping(address owner => IMemoryVault.LogState) internal _model;

    function setUp() public virtual {
        vault = new MemoryVault(address(0));
        vm.roll(START_BLOCK);
    }

    // ---------------------------------------------------------------- operations

    function _inlineOp(bytes32 id, uint64 version, bytes memory ciphertext) internal pure returns (Operation memory) {
        return Operation(PackedBatch.INLINE, id, version, bytes32(0), ciphertext);
    }

    function _pointerOp(bytes32 id, uint64 version, bytes32 contentHash, string memory uri)
        internal
        pure
        returns (Operation memory)
    {
        return Operation(PackedBatch.POINTER, id, version, contentHash, bytes(uri));
    }

    function _deleteOp(bytes32 id, uint64 version) internal pure returns (Operation memory) {
        return Operation(PackedBatch.DELETE, id, version, bytes32(0), "");
    }

    function _codeOp(bytes32 id, uint64 version, bytes memory ciphertext) internal pure returns (Operation memory) {
        return Operation(PackedBatch.CODE, id, version, bytes32(0), ciphertext);
    }

    function _ops(Operation memory a) internal pure returns (Operation[] memory ops) {
        ops = new Operation[](1);
        ops[0] = a;
    }

    function _ops(Operation memory a, Operation memory b) internal pure returns (Operation[] memory ops) {
        ops = new Operation[](2);
        (ops[0], ops[1]) = (a, b);
    }

    function _ops(Operation memory a, Operation memory b, Operation memory c)
        internal
        pure
        returns (Operation[] memory ops)
    {
        ops = new Operation[](3);
        (ops[0], ops[1], ops[2]) = (a, b, c);
    }

    /// @dev `n` valid operations of all four kinds (code ones only if `withCode`), derived from
    /// `seed`. Ids come from a small pool of long and short ids so that records are written,
    /// overwritten and deleted within one batch; versions take 1 to 8 bytes.
    function _randomOps(uint256 seed, uint256 n, bool withCode) internal pure returns (Operation[] memory ops) {
        ops = new Operation[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = keccak256(abi.encode("record", r % 5));
            // Every other id is a short one: its low 16 bytes are zero.
            if ((r >> 8) % 2 == 0) id &= bytes32(type(uint256).max << 128);
            // Truncation is the point: the top 8 * (1..8) bits of 64, zero (invalid) mapped to 1.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 version = uint64(r >> 64) >> (8 * ((r >> 16) % 8));
            if (version == 0) version = 1;
            uint256 kind = (r >> 24) % (withCode ? 4 : 3);
            if (kind == 0) {
                ops[i] = _inlineOp(id, version, _pseudoRandomBytes(1 + (r >> 128) % 300, r));
            } else if (kind == 1) {
                bytes32 contentHash = keccak256(abi.encode("content", r));
                ops[i] = _pointerOp(id, version, contentHash, string(_pseudoRandomAscii(1 + (r >> 128) % 80, r)));
            } else if (kind == 2) {
                ops[i] = _deleteOp(id, version);
            } else {
                ops[i] = _codeOp(id, version, _pseudoRandomBytes(1 + (r >> 128) % 300, r));
            }
        }
    }

    function _randomOps(uint256 seed, uint256 n) internal pure returns (Operation[] memory) {
        return _randomOps(seed, n, true);
    }

    /// @dev `length` bytes of keccak output: non-zero, incompressible ciphertext stand-in.
    function _pseudoRandomBytes(uint256 length, uint256 seed) internal pure returns (bytes memory) {
        return _pseudoRandom(length, seed, bytes32(type(uint256).max));
    }

    /// @dev `length` bytes of keccak output with every high bit cleared: a pointer URI the vault
    /// must accept, from the whole ASCII range (control characters and 0x7f included).
    function _pseudoRandomAscii(uint256 length, uint256 seed) internal pure returns (bytes memory) {
        return _pseudoRandom(length, seed, bytes32(0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f));
    }

    function _pseudoRandom(uint256 length, uint256 seed, bytes32 mask) private pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; i += 32) {
            bytes32 word = keccak256(abi.encode(seed, i)) & mask;
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

    /// @dev The addresses the vault's next code writes deploy to (CREATE from the vault's nonce),
    /// zero for the operations that are not code writes.
    function _nextPointers(Operation[] memory ops) internal view returns (address[] memory pointers) {
        pointers = new address[](ops.length);
        uint256 nonce = vm.getNonce(address(vault));
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i].kind == PackedBatch.CODE) pointers[i] = vm.computeCreateAddress(address(vault), nonce++);
        }
    }

    /// @dev Expects the events of single operation `op` next, and appends it to the model.
    function _expectSingle(address owner, Operation memory op) internal {
        (uint64 seq, uint64 prevWriteBlock) = _modelAppend(owner, ReferenceChain.opHash(op, address(0)));
        vm.expectEmit(address(vault));
        if (op.kind == PackedBatch.INLINE) {
            emit IMemoryVault.RecordWritten(owner, op.id, op.version, seq, prevWriteBlock, op.data);
        } else if (op.kind == PackedBatch.POINTER) {
            emit IMemoryVault.RecordPointerWritten(
                owner, op.id, op.version, seq, prevWriteBlock, op.contentHash, string(op.data)
            );
        } else {
            emit IMemoryVault.RecordDeleted(owner, op.id, op.version, seq, prevWriteBlock);
        }
    }

    /// @dev Expects the events of batch `packed` (the encoding of `ops`) next: a RecordCodeStored
    /// per code write, then one BatchApplied; appends the operations to the model and returns where
    /// the code writes will be deployed.
    function _expectBatch(address owner, Operation[] memory ops, bytes memory packed)
        internal
        returns (address[] memory pointers)
    {
        pointers = _nextPointers(ops);
        uint64 firstSeq = _model[owner].seq + 1;
        uint64 prevWriteBlock = _model[owner].lastWriteBlock;
        for (uint256 i; i < ops.length; ++i) {
            (uint64 seq,) = _modelAppend(owner, ReferenceChain.opHash(ops[i], pointers[i]));
            if (ops[i].kind == PackedBatch.CODE) {
                vm.expectEmit(address(vault));
                emit IMemoryVault.RecordCodeStored(owner, seq, pointers[i]);
            }
        }
        vm.expectEmit(address(vault));
        emit IMemoryVault.BatchApplied(owner, firstSeq, prevWriteBlock, packed);
    }

    /// @dev Applies `op` through its single-operation entry point as `owner`, expecting its event.
    function _applySingle(address owner, Operation memory op, uint64 expectedSeq) internal returns (uint64 seq) {
        assertNotEq(op.kind, PackedBatch.CODE, "code writes exist only in batches");
        _expectSingle(owner, op);
        vm.prank(owner);
        if (op.kind == PackedBatch.INLINE) {
            seq = vault.write(op.id, op.version, op.data, expectedSeq);
        } else if (op.kind == PackedBatch.POINTER) {
            seq = vault.writePointer(op.id, op.version, op.contentHash, string(op.data), expectedSeq);
        } else {
            seq = vault.deleteRecord(op.id, op.version, expectedSeq);
        }
        assertEq(seq, _model[owner].seq, "returned seq");
    }

    /// @dev Applies `ops` as one packed batch as `owner`, expecting its events, then checks that
    /// every code write's contract holds its ciphertext.
    function _applyBatch(address owner, Operation[] memory ops, uint64 expectedSeq)
        internal
        returns (uint64 seq, address[] memory pointers)
    {
        bytes memory packed = PackedBatch.encode(ops);
        pointers = _expectBatch(owner, ops, packed);
        vm.prank(owner);
        seq = vault.applyBatch(packed, expectedSeq);
        assertEq(seq, _model[owner].seq, "returned seq");
        _assertCodeStored(ops, pointers);
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

    // ---------------------------------------------------------------- event chain

    /// @dev Folds the logs recorded since `vm.recordLogs()` (all from calls in this block) onto
    /// `state`, failing the test if they are not a well-linked run of `owner`'s log.
    function _foldRecordedLogs(address owner, IMemoryVault.LogState memory state)
        internal
        returns (IMemoryVault.LogState memory)
    {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (EventChain.Link[] memory links, bool ok) = EventChain.links(logs, address(vault), owner, uint64(block.number));
        assertTrue(ok, "events do not parse as the owner's log");
        bool linked;
        (state, linked) = EventChain.fold(state, links, uint64(block.number));
        assertTrue(linked, "events are not linked");
        return state;
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

    /// @dev Every code write of `ops` is readable at its pointer: SSTORE2's zero byte, then the
    /// ciphertext, read back both through SSTORE2 and as raw code.
    function _assertCodeStored(Operation[] memory ops, address[] memory pointers) internal view {
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i].kind != PackedBatch.CODE) continue;
            assertEq(SSTORE2.read(pointers[i]), ops[i].data, "SSTORE2.read != ciphertext");
            assertEq(pointers[i].code, bytes.concat(hex"00", ops[i].data), "code != 0x00 || ciphertext");
        }
    }
}
