// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {AsciiUri} from "./AsciiUri.sol";
import {EventChain} from "./EventChain.sol";
import {Operation, PackedBatch} from "./PackedBatch.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Drives a {MemoryVault} for invariant tests: three owners and an attacker make valid calls
/// (single operations and packed batches of all four kinds, with the right expected seq or
/// {ANY_SEQ}), some deliberately failing calls, and block rolls. Per address it keeps two
/// independent accounts of the log, one counted from the calls it made and one folded from the
/// events the vault emitted ({EventChain}: single-operation events, {IMemoryVault.BatchApplied}
/// and {IMemoryVault.RecordCodeStored}), plus counters of anything that must never happen, every
/// key-check value it saw published and every code record it saw stored.
contract VaultHandler is CommonBase, StdUtils {
    uint64 internal constant ANY_SEQ = type(uint64).max;
    uint256 internal constant MAX_BATCH = 8;
    uint256 internal constant MAX_DATA = 200;

    bytes32 internal constant KEY_CHECK_PUBLISHED = IMemoryVault.KeyCheckPublished.selector;
    bytes32 internal constant RECORD_CODE_STORED = IMemoryVault.RecordCodeStored.selector;

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

    /// @notice A code record the vault deployed, whose code must hold its ciphertext forever.
    struct StoredCode {
        address pointer;
        bytes32 codeHash;
    }

    MemoryVault public immutable vault;
    address public immutable attacker = address(0xBAD);
    address[3] internal _owners = [address(0xA11CE), address(0xB0B), address(0xCA201)];

    mapping(address account => Ghost) public ghost;
    PublishedKeyCheck[] internal _published;
    StoredCode[] internal _storedCode;

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

    /// @notice Every code record the vault deployed, with the hash of `0x00 || ciphertext`.
    function storedCode() external view returns (StoredCode[] memory) {
        return _storedCode;
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
        bytes calldata uri,
        bool checkSeq
    ) external {
        address owner = _owner(ownerSeed);
        if (contentHash == bytes32(0)) contentHash = keccak256("content");
        string memory validUri = uri.length == 0 ? "ipfs://empty" : string(AsciiUri.clearHighBits(uri));
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

    /// @notice An owner writes a pointer whose URI is ASCII but for one byte at or above 0x80.
    function writeNonAsciiPointer(uint256 ownerSeed, uint256 idSeed, bytes calldata uri, uint256 position, bytes1 high)
        external
    {
        address owner = _owner(ownerSeed);
        bytes memory bad = AsciiUri.clearHighBits(_nonEmpty(uri));
        bad[position % bad.length] = high | 0x80;
        bytes32 id = _id(idSeed);
        _expectRejection(
            owner,
            abi.encodeCall(IMemoryVault.writePointer, (id, 1, keccak256("content"), string(bad), ANY_SEQ)),
            abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id)
        );
    }

    /// @notice An owner applies a batch with one bad operation (a defect of the record or of its
    /// encoding, or a pointer URI with a byte at or above 0x80): nothing of it may be applied, no
    /// code deployed.
    function applyBadBatch(uint256 ownerSeed, uint256 seed, uint256 n, uint256 badIndex, uint8 defect) external {
        address owner = _owner(ownerSeed);
        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        badIndex = bound(badIndex, 0, ops.length - 1);
        uint256 offset = PackedBatch.offsets(ops)[badIndex];
        bytes32 id = ops[badIndex].id;
        bytes memory reason;
        defect %= 7;
        if (defect == 0) {
            ops[badIndex].id = bytes32(0);
            reason = abi.encodeWithSelector(IMemoryVault.VaultZeroId.selector);
        } else if (defect == 1) {
            ops[badIndex].version = 0;
            reason = abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, id);
        } else if (defect == 2) {
            ops[badIndex] = Operation(PackedBatch.CODE, id, 1, bytes32(0), "");
            reason = abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, id);
        } else if (defect == 3) {
            ops[badIndex] = Operation(PackedBatch.POINTER, id, 1, bytes32(0), "ipfs://x");
            reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id);
        } else if (defect == 6) {
            bytes memory uri = _uri(seed);
            // Truncation is the point: a byte from 0x80 to 0xff.
            // forge-lint: disable-next-line(unsafe-typecast)
            uri[seed % uri.length] = bytes1(uint8(0x80 | (seed >> 8)));
            ops[badIndex] = Operation(PackedBatch.POINTER, id, 1, keccak256("content"), uri);
            reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id);
        } else {
            reason = abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, offset);
        }
        bytes memory packed = PackedBatch.encode(ops);
        if (defect == 4) {
            // A reserved header bit.
            packed[offset] |= bytes1(0x80);
        } else if (defect == 5) {
            // Cut inside the bad operation (at least its header stays).
            uint256 cut = offset + 1 + seed % (PackedBatch.encodeOp(ops[badIndex]).length - 1);
            assembly ("memory-safe") {
                mstore(packed, cut)
            }
        }
        uint64 vaultNonce = vm.getNonce(address(vault));
        _expectRejection(owner, abi.encodeCall(IMemoryVault.applyBatch, (packed, ANY_SEQ)), reason);
        if (vm.getNonce(address(vault)) != vaultNonce) ++ghostWrongRejections;
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
        // Epochs in events only move forward.
        if (epoch <= ghost[owner].eventKeyEpoch) ++ghostWrongKeyCheckEvents;
        ghost[owner].eventKeyEpoch = epoch;
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
        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        IMemoryVault.LogState[] memory before = _beginCall();
        uint64 expectedSeq = _expectedSeq(owner, checkSeq);
        vm.prank(owner);
        uint64 seq = vault.applyBatch(PackedBatch.encode(ops), expectedSeq);
        Vm.Log[] memory logs = _endCall(owner, ops.length, seq, before);
        // Remember where each code write went (the fold checked the events fit the batch).
        uint256 j;
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i].kind != PackedBatch.CODE) continue;
            while (logs[j].topics[0] != RECORD_CODE_STORED) ++j;
            (, address pointer) = abi.decode(logs[j++].data, (uint64, address));
            _storedCode.push(StoredCode(pointer, keccak256(bytes.concat(hex"00", ops[i].data))));
        }
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

    /// @dev Accounts for a successful call of `ops` operations by `owner` that returned `seq`, folds
    /// its events into the owner's event chain, and returns them.
    function _endCall(address owner, uint256 ops, uint64 seq, IMemoryVault.LogState[] memory before)
        internal
        returns (Vm.Log[] memory logs)
    {
        logs = vm.getRecordedLogs();
        Ghost storage g = ghost[owner];
        (EventChain.Link[] memory links, bool ok) = EventChain.links(logs, address(vault), owner, uint64(block.number));
        if (!ok) ++ghostForeignEvents;
        if (links.length != ops) ++ghostBrokenEventLinks;
        (IMemoryVault.LogState memory folded, bool linked) = EventChain.fold(
            IMemoryVault.LogState(g.eventHead, g.eventSeq, g.lastWriteBlock, 0), links, uint64(block.number)
        );
        if (!linked) ++ghostBrokenEventLinks;
        (g.eventHead, g.eventSeq) = (folded.head, folded.seq);

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

    /// @dev `n` valid operations of all four kinds, with long and short ids from the shared pool
    /// and versions of every width.
    function _randomOps(uint256 seed, uint256 n) internal pure returns (Operation[] memory ops) {
        ops = new Operation[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = _id(r >> 8);
            if ((r >> 16) % 2 == 0) id &= bytes32(type(uint256).max << 128);
            // Cannot truncate: the top 64 bits of `r`, shifted down by 0 to 56 bits.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 version = _version(uint64(r >> 192) >> (8 * ((r >> 24) % 8)));
            uint256 kind = r % 4;
            if (kind == 0) {
                ops[i] = Operation(PackedBatch.INLINE, id, version, bytes32(0), abi.encode(r));
            } else if (kind == 1) {
                ops[i] = Operation(PackedBatch.POINTER, id, version, bytes32(r | 1), _uri(r));
            } else if (kind == 2) {
                ops[i] = Operation(PackedBatch.DELETE, id, version, bytes32(0), "");
            } else {
                ops[i] = Operation(PackedBatch.CODE, id, version, bytes32(0), abi.encodePacked(r, seed));
            }
        }
    }

    /// @dev An IPFS-like URI: "ipfs://0x" and 64 hex digits.
    function _uri(uint256 seed) internal pure returns (bytes memory) {
        return bytes(string.concat("ipfs://", vm.toString(keccak256(abi.encode(seed)))));
    }

    function _sameState(IMemoryVault.LogState memory a, IMemoryVault.LogState memory b) internal pure returns (bool) {
        return a.head == b.head && a.seq == b.seq && a.lastWriteBlock == b.lastWriteBlock && a.keyEpoch == b.keyEpoch;
    }
}
