// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Operation, PackedBatch, ParsedBatch} from "./PackedBatch.sol";
import {ReferenceChain} from "./ReferenceChain.sol";
import {Vm} from "forge-std/Vm.sol";

/// @title EventChain
/// @notice Rebuilds an owner's log from the vault's events, as a client reading the chain does
/// (docs/FORMAT.md, "Reading a log"): single-operation events, and {IMemoryVault.BatchApplied}
/// batches unpacked with the independent {PackedBatch} parser, their code operations bound to the
/// pointers of the {IMemoryVault.RecordCodeStored} events before them. Event signatures are hashed
/// from their text here, so a renamed or retyped event is caught too.
library EventChain {
    /// @notice One operation of a log, as its events tell it.
    /// @param seq The operation's sequence number.
    /// @param prevWriteBlock The block the events name for operation `seq - 1`.
    /// @param opHash The operation hash, from {ReferenceChain}.
    struct Link {
        uint64 seq;
        uint64 prevWriteBlock;
        bytes32 opHash;
    }

    /// @dev Where {links} is in its second pass.
    struct Cursor {
        Link[] out;
        uint256 k;
        uint64[] pendingSeqs;
        address[] pendingPointers;
        uint256 pending;
        uint64 batchFirst;
        uint64 batchLast;
    }

    bytes32 internal constant RECORD_WRITTEN = keccak256("RecordWritten(address,bytes32,uint64,uint64,uint64,bytes)");
    bytes32 internal constant RECORD_POINTER_WRITTEN =
        keccak256("RecordPointerWritten(address,bytes32,uint64,uint64,uint64,bytes32,string)");
    bytes32 internal constant RECORD_DELETED = keccak256("RecordDeleted(address,bytes32,uint64,uint64,uint64)");
    bytes32 internal constant KEY_CHECK_PUBLISHED =
        keccak256("KeyCheckPublished(address,uint64,bytes32,uint64,uint64)");
    bytes32 internal constant BATCH_APPLIED = keccak256("BatchApplied(address,uint64,uint64,bytes)");
    bytes32 internal constant RECORD_CODE_STORED = keccak256("RecordCodeStored(address,uint64,address)");
    bytes32 internal constant DELEGATED_BATCH_APPLIED =
        keccak256("DelegatedBatchApplied(address,address,uint64,uint64)");
    bytes32 internal constant DELEGATE_GRANTED = keccak256("DelegateGranted(address,address,uint8,uint64)");
    bytes32 internal constant DELEGATE_REVOKED = keccak256("DelegateRevoked(address,address)");

    /// @notice The operations of `owner`'s log that `logs` (the events of calls made in block
    /// `blockNumber`) carry, in order. `ok` is false if any log is not the vault's, names another
    /// owner, is not a vault event, or does not fit the others: a {IMemoryVault.RecordCodeStored}
    /// that is not for a code operation of the batch right after it (in order, one per code
    /// operation), a batch that does not parse, or a {IMemoryVault.DelegatedBatchApplied} that does
    /// not follow its batch or names another range.
    function links(Vm.Log[] memory logs, address vault, address owner, uint64 blockNumber)
        internal
        pure
        returns (Link[] memory out, bool ok)
    {
        ParsedBatch[] memory batches = new ParsedBatch[](logs.length);
        uint256 count;
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory log = logs[i];
            if (log.emitter != vault || log.topics.length < 2 || address(uint160(uint256(log.topics[1]))) != owner) {
                return (out, false);
            }
            bytes32 topic = log.topics[0];
            if (topic == BATCH_APPLIED) {
                (,, bytes memory ops) = abi.decode(log.data, (uint64, uint64, bytes));
                batches[i] = PackedBatch.parse(ops);
                if (!batches[i].ok) return (out, false);
                count += batches[i].ops.length;
            } else if (
                topic == RECORD_WRITTEN || topic == RECORD_POINTER_WRITTEN || topic == RECORD_DELETED
                    || topic == KEY_CHECK_PUBLISHED
            ) {
                ++count;
            } else if (
                topic != RECORD_CODE_STORED && topic != DELEGATED_BATCH_APPLIED && topic != DELEGATE_GRANTED
                    && topic != DELEGATE_REVOKED
            ) {
                return (out, false);
            }
        }

        Cursor memory c;
        c.out = new Link[](count);
        c.pendingSeqs = new uint64[](logs.length);
        c.pendingPointers = new address[](logs.length);
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory log = logs[i];
            bytes32 topic = log.topics[0];
            if (c.pending != 0 && topic != RECORD_CODE_STORED && topic != BATCH_APPLIED) return (c.out, false);
            if (topic == RECORD_CODE_STORED) {
                if (log.topics.length != 2) return (c.out, false);
                (c.pendingSeqs[c.pending], c.pendingPointers[c.pending]) = abi.decode(log.data, (uint64, address));
                ++c.pending;
            } else if (topic == BATCH_APPLIED) {
                if (log.topics.length != 2 || !_onBatch(c, log, batches[i].ops, blockNumber)) return (c.out, false);
            } else if (topic == DELEGATED_BATCH_APPLIED) {
                (uint64 firstSeq, uint64 lastSeq) = abi.decode(log.data, (uint64, uint64));
                if (
                    log.topics.length != 3 || i == 0 || logs[i - 1].topics[0] != BATCH_APPLIED
                        || firstSeq != c.batchFirst || lastSeq != c.batchLast
                ) return (c.out, false);
            } else if (topic == DELEGATE_GRANTED || topic == DELEGATE_REVOKED) {
                if (log.topics.length != 3) return (c.out, false);
            } else {
                if (log.topics.length != 3) return (c.out, false);
                c.out[c.k++] = _singleLink(log);
            }
        }
        return (c.out, c.pending == 0);
    }

    /// @notice Folds `links` onto `state`, as the operations of block `blockNumber`. `linked` is
    /// false if a sequence number does not follow the one before or a previous-block reference is
    /// not the block of the previous operation.
    function fold(IMemoryVault.LogState memory state, Link[] memory links_, uint64 blockNumber)
        internal
        pure
        returns (IMemoryVault.LogState memory, bool linked)
    {
        linked = true;
        for (uint256 i; i < links_.length; ++i) {
            Link memory link = links_[i];
            if (link.seq != state.seq + 1 || link.prevWriteBlock != state.lastWriteBlock) linked = false;
            state.seq = link.seq;
            state.head = ReferenceChain.next(state.head, link.seq, link.opHash);
            state.lastWriteBlock = blockNumber;
        }
        return (state, linked);
    }

    /// @dev Appends a batch's operations, binding its code writes to the pending pointers.
    function _onBatch(Cursor memory c, Vm.Log memory log, Operation[] memory ops, uint64 blockNumber)
        private
        pure
        returns (bool)
    {
        (uint64 firstSeq, uint64 prevWriteBlock,) = abi.decode(log.data, (uint64, uint64, bytes));
        uint256 used;
        for (uint256 j; j < ops.length; ++j) {
            // Cannot truncate: a batch holds far fewer than 2^64 operations.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 seq = firstSeq + uint64(j);
            address pointer;
            if (ops[j].kind == PackedBatch.CODE) {
                if (used == c.pending || c.pendingSeqs[used] != seq) return false;
                pointer = c.pendingPointers[used++];
            }
            c.out[c.k++] = Link(seq, j == 0 ? prevWriteBlock : blockNumber, ReferenceChain.opHash(ops[j], pointer));
        }
        if (used != c.pending) return false;
        c.pending = 0;
        // Cannot truncate: as above.
        // forge-lint: disable-next-line(unsafe-typecast)
        (c.batchFirst, c.batchLast) = (firstSeq, firstSeq + uint64(ops.length) - 1);
        return true;
    }

    function _singleLink(Vm.Log memory log) private pure returns (Link memory link) {
        bytes32 topic = log.topics[0];
        bytes32 id = log.topics[2];
        uint64 version;
        if (topic == KEY_CHECK_PUBLISHED) {
            // Cannot truncate: the topic is an indexed uint64, ABI-encoded by the vault.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 epoch = uint64(uint256(log.topics[2]));
            bytes32 keyCheck;
            (keyCheck, link.seq, link.prevWriteBlock) = abi.decode(log.data, (bytes32, uint64, uint64));
            link.opHash = ReferenceChain.keyCheckOpHash(epoch, keyCheck);
        } else if (topic == RECORD_WRITTEN) {
            bytes memory ciphertext;
            (version, link.seq, link.prevWriteBlock, ciphertext) = abi.decode(log.data, (uint64, uint64, uint64, bytes));
            link.opHash = ReferenceChain.inlineOpHash(id, version, ciphertext);
        } else if (topic == RECORD_POINTER_WRITTEN) {
            bytes32 contentHash;
            string memory uri;
            (version, link.seq, link.prevWriteBlock, contentHash, uri) =
                abi.decode(log.data, (uint64, uint64, uint64, bytes32, string));
            link.opHash = ReferenceChain.pointerOpHash(id, version, contentHash, bytes(uri));
        } else {
            (version, link.seq, link.prevWriteBlock) = abi.decode(log.data, (uint64, uint64, uint64));
            link.opHash = ReferenceChain.deleteOpHash(id, version);
        }
    }
}
