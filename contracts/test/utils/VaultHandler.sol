// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {ReferenceChain} from "./ReferenceChain.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Drives a {MemoryVault} for invariant tests: three owners and an attacker make valid calls
/// (with the right expected seq or {ANY_SEQ}), some deliberately failing calls, and block rolls.
/// Per address it keeps two independent accounts of the log, one counted from the calls it made and
/// one folded from the events the vault emitted, plus counters of anything that must never happen,
/// and every key-check value it saw published.
contract VaultHandler is CommonBase, StdUtils {
    uint64 internal constant ANY_SEQ = type(uint64).max;
    uint256 internal constant MAX_BATCH = 8;
    uint256 internal constant MAX_DATA = 200;

    bytes32 internal constant RECORD_WRITTEN = IMemoryVault.RecordWritten.selector;
    bytes32 internal constant RECORD_POINTER_WRITTEN = IMemoryVault.RecordPointerWritten.selector;
    bytes32 internal constant RECORD_DELETED = IMemoryVault.RecordDeleted.selector;
    bytes32 internal constant KEY_CHECK_PUBLISHED = IMemoryVault.KeyCheckPublished.selector;

    /// @notice What the handler knows about one address's log.
    /// @param appliedOps Operations of calls that succeeded, counted from the calls' inputs.
    /// @param lastWriteBlock The block of the last call that succeeded.
    /// @param eventSeq The seq of the last event seen for the address.
    /// @param eventHead The chain head folded from the events seen for the address.
    /// @param keyEpoch The epoch of the last key-check publication that succeeded, from the call's input.
    /// @param eventKeyEpoch The epoch of the last {IMemoryVault.KeyCheckPublished} event seen for the address.
    struct Ghost {
        uint64 appliedOps;
        uint64 lastWriteBlock;
        uint64 eventSeq;
        bytes32 eventHead;
        uint64 keyEpoch;
        uint64 eventKeyEpoch;
    }

    /// @notice A key-check value the vault accepted, which must read back the same forever.
    struct PublishedKeyCheck {
        address owner;
        uint64 epoch;
        bytes32 value;
    }

    MemoryVault public immutable vault;
    address public immutable attacker = address(0xBAD);
    address[3] internal _owners = [address(0xA11CE), address(0xB0B), address(0xCA201)];

    mapping(address account => Ghost) public ghost;
    PublishedKeyCheck[] internal _published;

    /// @notice Calls that changed the state of an address other than the caller.
    uint256 public ghostCrossOwnerWrites;
    /// @notice Events naming an owner other than the caller, or emitted by another contract.
    uint256 public ghostForeignEvents;
    /// @notice Events whose seq does not follow the previous one or whose prevWriteBlock is wrong.
    uint256 public ghostBrokenEventLinks;
    /// @notice Successful calls whose return value is not the owner's new seq.
    uint256 public ghostWrongReturnedSeq;
    /// @notice Calls expected to fail that succeeded, failed with other data, or changed state.
    uint256 public ghostWrongRejections;
    /// @notice {IMemoryVault.KeyCheckPublished} events whose epoch or value is not the one published.
    uint256 public ghostWrongKeyCheckEvents;

    constructor(MemoryVault vault_) {
        vault = vault_;
    }

    /// @notice Every address whose log the handler writes: the owners, then the attacker.
    function accounts() public view returns (address[] memory all) {
        all = new address[](_owners.length + 1);
        for (uint256 i; i < _owners.length; ++i) {
            all[i] = _owners[i];
        }
        all[_owners.length] = attacker;
    }

    /// @notice Every key-check value the vault accepted, in order.
    function published() external view returns (PublishedKeyCheck[] memory) {
        return _published;
    }

    // ---------------------------------------------------------------- valid calls by owners

    function write(uint256 ownerSeed, uint256 idSeed, uint64 version, bytes calldata ciphertext, bool checkSeq)
        external
    {
        address owner = _owner(ownerSeed);
        _write(owner, _id(idSeed), _version(version), _nonEmpty(ciphertext), checkSeq);
    }

    function writePointer(
        uint256 ownerSeed,
        uint256 idSeed,
        uint64 version,
        bytes32 contentHash,
        string calldata uri,
        bool checkSeq
    ) external {
        address owner = _owner(ownerSeed);
        if (contentHash == bytes32(0)) contentHash = keccak256("content");
        string memory validUri = bytes(uri).length == 0 ? "ipfs://empty" : uri;
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.writePointer(_id(idSeed), _version(version), contentHash, validUri, expectedSeq);
        _endCall(owner, 1, seq, before);
    }

    function deleteRecord(uint256 ownerSeed, uint256 idSeed, uint64 version, bool checkSeq) external {
        address owner = _owner(ownerSeed);
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.deleteRecord(_id(idSeed), _version(version), expectedSeq);
        _endCall(owner, 1, seq, before);
    }

    function applyBatch(uint256 ownerSeed, uint256 seed, uint256 n, bool checkSeq) external {
        _applyBatch(_owner(ownerSeed), seed, n, checkSeq);
    }

    /// @notice An owner publishes the key check of an epoch 1 to 3 above its current one.
    function publishKeyCheck(uint256 ownerSeed, uint256 epochStep, bytes32 value, bool checkSeq) external {
        address owner = _owner(ownerSeed);
        _publishKeyCheck(owner, ghost[owner].keyEpoch + uint64(bound(epochStep, 1, 3)), _nonZero(value), checkSeq);
    }

    function rollBlocks(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 1000));
    }

    // ---------------------------------------------------------------- the attacker

    /// @notice The attacker writes, maybe naming a victim's seq; only the attacker's own log may move.
    function attackerWrite(uint256 victimSeed, uint256 idSeed, bytes calldata ciphertext, bool useVictimSeq) external {
        address victim = _owner(victimSeed);
        bytes32 id = _id(idSeed);
        bytes memory data = _nonEmpty(ciphertext);
        uint64 victimSeq = vault.logState(victim).seq;
        uint64 ownSeq = vault.logState(attacker).seq;
        if (!useVictimSeq || victimSeq == ownSeq) {
            _write(attacker, id, 1, data, true);
            return;
        }
        // Naming the victim's seq does not address the victim's log: it is a mismatch on the attacker's.
        _expectRejection(
            attacker,
            abi.encodeCall(IMemoryVault.write, (id, 1, data, victimSeq)),
            abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, attacker, victimSeq, ownSeq)
        );
    }

    /// @notice The attacker applies a batch reusing a victim's record ids.
    function attackerBatch(uint256 seed, uint256 n, bool checkSeq) external {
        _applyBatch(attacker, seed, n, checkSeq);
    }

    /// @notice The attacker publishes for itself, at or next to a victim's epoch, maybe the victim's value:
    /// only the attacker's own epoch and values may move. An epoch not above its own is rejected.
    function attackerPublishKeyCheck(uint256 victimSeed, uint256 epochStep, bytes32 value, bool copyVictim) external {
        address victim = _owner(victimSeed);
        uint64 victimEpoch = vault.logState(victim).keyEpoch;
        uint64 epoch = victimEpoch + uint64(bound(epochStep, 0, 2));
        if (copyVictim && victimEpoch != 0) value = vault.keyCheck(victim, victimEpoch);
        value = _nonZero(value);
        uint64 ownEpoch = vault.logState(attacker).keyEpoch;
        if (epoch > ownEpoch) {
            _publishKeyCheck(attacker, epoch, value, true);
            return;
        }
        _expectRejection(
            attacker,
            abi.encodeCall(IMemoryVault.publishKeyCheck, (epoch, value, ANY_SEQ)),
            abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, ownEpoch, epoch)
        );
    }

    // ---------------------------------------------------------------- calls that must fail

    /// @notice An owner writes with an expected seq that is not its current one.
    function writeWithStaleSeq(uint256 ownerSeed, uint256 idSeed, uint64 wrongSeq) external {
        address owner = _owner(ownerSeed);
        uint64 current = vault.logState(owner).seq;
        if (wrongSeq == current || wrongSeq == ANY_SEQ) wrongSeq = current + 1;
        bytes32 id = _id(idSeed);
        _expectRejection(
            owner,
            abi.encodeCall(IMemoryVault.deleteRecord, (id, 1, wrongSeq)),
            abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, owner, wrongSeq, current)
        );
    }

    /// @notice An owner applies a batch with one malformed operation: nothing of it may be applied.
    function applyBadBatch(uint256 ownerSeed, uint256 seed, uint256 n, uint256 badIndex) external {
        address owner = _owner(ownerSeed);
        IMemoryVault.Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        badIndex = bound(badIndex, 0, ops.length - 1);
        bytes32 id = ops[badIndex].id;
        ops[badIndex] = IMemoryVault.Operation(IMemoryVault.OpKind.Delete, id, 1, keccak256("content"), "");
        _expectRejection(
            owner,
            abi.encodeCall(IMemoryVault.applyBatch, (ops, ANY_SEQ)),
            abi.encodeWithSelector(IMemoryVault.VaultUnexpectedPayload.selector, id)
        );
    }

    /// @notice An owner publishes a key check with exactly one defect: an epoch not above its current
    /// one, a zero value, or a wrong expected seq.
    function publishBadKeyCheck(uint256 ownerSeed, uint64 epochSeed, bytes32 value, uint64 wrongSeq, uint8 defect)
        external
    {
        address owner = _owner(ownerSeed);
        IMemoryVault.LogState memory state = vault.logState(owner);
        uint64 epoch = state.keyEpoch + 1;
        value = _nonZero(value);
        uint64 expectedSeq = state.seq;
        bytes memory reason;
        defect %= 3;
        if (defect == 0) {
            // At or below the current epoch (zero when none was published yet).
            epoch = uint64(bound(epochSeed, 0, state.keyEpoch));
            reason = abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, state.keyEpoch, epoch);
        } else if (defect == 1) {
            value = bytes32(0);
            reason = abi.encodeWithSelector(IMemoryVault.VaultZeroKeyCheck.selector);
        } else {
            expectedSeq = wrongSeq == state.seq || wrongSeq == ANY_SEQ ? state.seq + 1 : wrongSeq;
            reason = abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, owner, expectedSeq, state.seq);
        }
        _expectRejection(owner, abi.encodeCall(IMemoryVault.publishKeyCheck, (epoch, value, expectedSeq)), reason);
    }

    // ---------------------------------------------------------------- internals

    function _publishKeyCheck(address owner, uint64 epoch, bytes32 value, bool checkSeq) internal {
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.publishKeyCheck(epoch, value, expectedSeq);
        Vm.Log[] memory logs = _endCall(owner, 1, seq, before);
        // `_endCall` folded the event into the chain; it must also carry exactly what was published.
        if (
            logs.length != 1 || logs[0].topics[0] != KEY_CHECK_PUBLISHED || logs[0].topics[2] != bytes32(uint256(epoch))
                || abi.decode(logs[0].data, (bytes32)) != value
        ) ++ghostWrongKeyCheckEvents;
        ghost[owner].keyEpoch = epoch;
        _published.push(PublishedKeyCheck(owner, epoch, value));
    }

    function _write(address owner, bytes32 id, uint64 version, bytes memory ciphertext, bool checkSeq) internal {
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.write(id, version, ciphertext, expectedSeq);
        _endCall(owner, 1, seq, before);
    }

    function _applyBatch(address owner, uint256 seed, uint256 n, bool checkSeq) internal {
        IMemoryVault.Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.applyBatch(ops, expectedSeq);
        _endCall(owner, ops.length, seq, before);
    }

    /// @dev Makes a call as `owner` that must fail with exactly `reason` and change nothing.
    function _expectRejection(address owner, bytes memory callData, bytes memory reason) internal {
        IMemoryVault.LogState[] memory before = _beginCall();
        vm.prank(owner);
        (bool success, bytes memory returnData) = address(vault).call(callData);
        // vm.recordLogs also captures the logs of calls that revert: drop them.
        vm.getRecordedLogs();
        if (success || keccak256(returnData) != keccak256(reason)) ++ghostWrongRejections;
        address[] memory all = accounts();
        for (uint256 i; i < all.length; ++i) {
            if (!_sameState(vault.logState(all[i]), before[i])) ++ghostWrongRejections;
        }
    }

    /// @dev Snapshots every account's state and starts recording events.
    function _beginCall() internal returns (IMemoryVault.LogState[] memory before) {
        address[] memory all = accounts();
        before = new IMemoryVault.LogState[](all.length);
        for (uint256 i; i < all.length; ++i) {
            before[i] = vault.logState(all[i]);
        }
        vm.recordLogs();
    }

    /// @dev Accounts for a successful call of `ops` operations by `owner` that returned `seq`, and
    /// returns the call's events.
    function _endCall(address owner, uint256 ops, uint64 seq, IMemoryVault.LogState[] memory before)
        internal
        returns (Vm.Log[] memory logs)
    {
        logs = vm.getRecordedLogs();
        Ghost storage g = ghost[owner];
        uint64 prevWriteBlock = g.lastWriteBlock;
        for (uint256 i; i < logs.length; ++i) {
            _foldEvent(owner, logs[i], prevWriteBlock);
            prevWriteBlock = uint64(block.number);
        }
        if (logs.length != ops) ++ghostBrokenEventLinks;

        // Cannot truncate: `ops` is at most MAX_BATCH.
        // forge-lint: disable-next-line(unsafe-typecast)
        g.appliedOps += uint64(ops);
        g.lastWriteBlock = uint64(block.number);
        if (seq != g.appliedOps) ++ghostWrongReturnedSeq;

        address[] memory all = accounts();
        for (uint256 i; i < all.length; ++i) {
            if (all[i] != owner && !_sameState(vault.logState(all[i]), before[i])) ++ghostCrossOwnerWrites;
        }
    }

    /// @dev Extends `owner`'s event chain by one vault event, checking it links to the previous one.
    function _foldEvent(address owner, Vm.Log memory log, uint64 expectedPrevWriteBlock) internal {
        if (
            log.emitter != address(vault) || log.topics.length != 3 || address(uint160(uint256(log.topics[1]))) != owner
        ) {
            ++ghostForeignEvents;
            return;
        }
        bytes32 id = log.topics[2];
        uint64 version;
        uint64 seq;
        uint64 prevWriteBlock;
        bytes32 opHash;
        Ghost storage g = ghost[owner];
        if (log.topics[0] == KEY_CHECK_PUBLISHED) {
            // Cannot truncate: the topic is an indexed uint64, ABI-encoded by the vault.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 epoch = uint64(uint256(log.topics[2]));
            bytes32 keyCheck;
            (keyCheck, seq, prevWriteBlock) = abi.decode(log.data, (bytes32, uint64, uint64));
            opHash = ReferenceChain.keyCheckOpHash(epoch, keyCheck);
            // Epochs in events only move forward, and a published value is never zero.
            if (epoch <= g.eventKeyEpoch || keyCheck == bytes32(0)) ++ghostWrongKeyCheckEvents;
            g.eventKeyEpoch = epoch;
        } else if (log.topics[0] == RECORD_WRITTEN) {
            bytes memory ciphertext;
            (version, seq, prevWriteBlock, ciphertext) = abi.decode(log.data, (uint64, uint64, uint64, bytes));
            opHash = ReferenceChain.inlineOpHash(id, version, ciphertext);
        } else if (log.topics[0] == RECORD_POINTER_WRITTEN) {
            bytes32 contentHash;
            string memory uri;
            (version, seq, prevWriteBlock, contentHash, uri) =
                abi.decode(log.data, (uint64, uint64, uint64, bytes32, string));
            opHash = ReferenceChain.pointerOpHash(id, version, contentHash, bytes(uri));
        } else if (log.topics[0] == RECORD_DELETED) {
            (version, seq, prevWriteBlock) = abi.decode(log.data, (uint64, uint64, uint64));
            opHash = ReferenceChain.deleteOpHash(id, version);
        } else {
            ++ghostForeignEvents;
            return;
        }
        if (seq != g.eventSeq + 1 || prevWriteBlock != expectedPrevWriteBlock) ++ghostBrokenEventLinks;
        g.eventSeq = seq;
        g.eventHead = ReferenceChain.next(g.eventHead, seq, opHash);
    }

    function _expectedSeq(address owner, bool checkSeq) internal view returns (uint64) {
        return checkSeq ? vault.logState(owner).seq : ANY_SEQ;
    }

    function _owner(uint256 seed) internal view returns (address) {
        return _owners[seed % _owners.length];
    }

    /// @dev A non-zero id from a small pool, so that owners and the attacker share record ids.
    function _id(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("record", seed % 8));
    }

    function _nonZero(bytes32 value) internal pure returns (bytes32) {
        return value == bytes32(0) ? keccak256("key check") : value;
    }

    function _version(uint64 version) internal pure returns (uint64) {
        return version == 0 ? 1 : version;
    }

    function _nonEmpty(bytes calldata data) internal pure returns (bytes memory) {
        if (data.length == 0) return hex"00";
        return data.length > MAX_DATA ? data[:MAX_DATA] : data;
    }

    function _randomOps(uint256 seed, uint256 n) internal pure returns (IMemoryVault.Operation[] memory ops) {
        ops = new IMemoryVault.Operation[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = _id(r >> 8);
            // Cannot truncate: the top 64 bits of `r`.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 version = _version(uint64(r >> 192));
            uint256 kind = r % 3;
            if (kind == 0) {
                ops[i] = IMemoryVault.Operation(IMemoryVault.OpKind.Inline, id, version, bytes32(0), abi.encode(r));
            } else if (kind == 1) {
                bytes memory uri = abi.encodePacked("ipfs://", keccak256(abi.encode(r)));
                ops[i] = IMemoryVault.Operation(IMemoryVault.OpKind.Pointer, id, version, bytes32(r), uri);
            } else {
                ops[i] = IMemoryVault.Operation(IMemoryVault.OpKind.Delete, id, version, bytes32(0), "");
            }
        }
    }

    function _sameState(IMemoryVault.LogState memory a, IMemoryVault.LogState memory b) internal pure returns (bool) {
        return a.head == b.head && a.seq == b.seq && a.lastWriteBlock == b.lastWriteBlock && a.keyEpoch == b.keyEpoch;
    }
}
