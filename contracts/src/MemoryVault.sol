// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "./interfaces/IMemoryVault.sol";
import {LogChain} from "./libraries/LogChain.sol";

/// @title MemoryVault
/// @notice Append-only, authenticated logs of encrypted memory records, one per owner.
/// @dev No admin, no upgrade path, no storage per record. Only an owner extends its own log.
/// Writes go through `_begin` / `_append*` / `_commit` so that other authorised writers (relayed
/// signatures, delegates) can be added as new entry points that resolve the owner differently.
contract MemoryVault is IMemoryVault {
    /// @inheritdoc IMemoryVault
    uint64 public constant ANY_SEQ = type(uint64).max;

    mapping(address owner => LogState) private _logs;
    mapping(address owner => mapping(uint64 epoch => bytes32 keyCheck)) private _keyChecks;

    /// @inheritdoc IMemoryVault
    function write(bytes32 id, uint64 version, bytes calldata ciphertext, uint64 expectedSeq)
        external
        returns (uint64)
    {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendInline(state, msg.sender, id, version, ciphertext);
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string calldata uri, uint64 expectedSeq)
        external
        returns (uint64)
    {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendPointer(state, msg.sender, id, version, contentHash, bytes(uri));
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64) {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendDelete(state, msg.sender, id, version);
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function applyBatch(Operation[] calldata ops, uint64 expectedSeq) external returns (uint64) {
        if (ops.length == 0) revert VaultEmptyBatch();
        LogState memory state = _begin(msg.sender, expectedSeq);
        for (uint256 i; i < ops.length; ++i) {
            Operation calldata op = ops[i];
            if (op.kind == OpKind.Inline) {
                if (op.contentHash != bytes32(0)) revert VaultUnexpectedPayload(op.id);
                _appendInline(state, msg.sender, op.id, op.version, op.data);
            } else if (op.kind == OpKind.Pointer) {
                _appendPointer(state, msg.sender, op.id, op.version, op.contentHash, op.data);
            } else {
                if (op.contentHash != bytes32(0) || op.data.length != 0) revert VaultUnexpectedPayload(op.id);
                _appendDelete(state, msg.sender, op.id, op.version);
            }
        }
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck_, uint64 expectedSeq) external returns (uint64) {
        if (keyCheck_ == bytes32(0)) revert VaultZeroKeyCheck();
        LogState memory state = _begin(msg.sender, expectedSeq);
        if (epoch <= state.keyEpoch) revert VaultEpochNotIncreasing(state.keyEpoch, epoch);
        state.keyEpoch = epoch;
        _keyChecks[msg.sender][epoch] = keyCheck_;
        uint64 prevWriteBlock = _advance(state, LogChain.keyCheckOpHash(epoch, keyCheck_));
        emit KeyCheckPublished(msg.sender, epoch, keyCheck_, state.seq, prevWriteBlock);
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32) {
        return _keyChecks[owner][epoch];
    }

    /// @inheritdoc IMemoryVault
    function logState(address owner) external view returns (LogState memory) {
        return _logs[owner];
    }

    /// @dev Loads the owner's state into memory and enforces the optimistic-concurrency check.
    function _begin(address owner, uint64 expectedSeq) private view returns (LogState memory state) {
        state = _logs[owner];
        if (expectedSeq != ANY_SEQ && expectedSeq != state.seq) {
            revert VaultSequenceMismatch(owner, expectedSeq, state.seq);
        }
    }

    function _appendInline(LogState memory state, address owner, bytes32 id, uint64 version, bytes calldata ciphertext)
        private
    {
        _checkRecord(id, version);
        if (ciphertext.length == 0) revert VaultEmptyCiphertext(id);
        uint64 prevWriteBlock = _advance(state, LogChain.inlineOpHash(id, version, ciphertext));
        emit RecordWritten(owner, id, version, state.seq, prevWriteBlock, ciphertext);
    }

    function _appendPointer(
        LogState memory state,
        address owner,
        bytes32 id,
        uint64 version,
        bytes32 contentHash,
        bytes calldata uri
    ) private {
        _checkRecord(id, version);
        if (contentHash == bytes32(0) || uri.length == 0) revert VaultInvalidPointer(id);
        uint64 prevWriteBlock = _advance(state, LogChain.pointerOpHash(id, version, contentHash, uri));
        emit RecordPointerWritten(owner, id, version, state.seq, prevWriteBlock, contentHash, string(uri));
    }

    function _appendDelete(LogState memory state, address owner, bytes32 id, uint64 version) private {
        _checkRecord(id, version);
        uint64 prevWriteBlock = _advance(state, LogChain.deleteOpHash(id, version));
        emit RecordDeleted(owner, id, version, state.seq, prevWriteBlock);
    }

    /// @dev Extends the in-memory chain by one operation and returns the block of the previous one.
    function _advance(LogState memory state, bytes32 opHash) private view returns (uint64 prevWriteBlock) {
        prevWriteBlock = state.lastWriteBlock;
        // Cannot overflow: each operation costs well over 1 gas, so 2^64 - 1 of them cannot be paid for.
        unchecked {
            state.seq += 1;
        }
        state.head = LogChain.next(state.head, state.seq, opHash);
        state.lastWriteBlock = uint64(block.number);
    }

    function _commit(address owner, LogState memory state) private {
        _logs[owner] = state;
    }

    function _checkRecord(bytes32 id, uint64 version) private pure {
        if (id == bytes32(0)) revert VaultZeroId();
        if (version == 0) revert VaultZeroVersion(id);
    }
}
