// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Scope} from "../../src/libraries/Scope.sol";
import {EventChain} from "./EventChain.sol";
import {Operation, PackedBatch} from "./PackedBatch.sol";
import {SettableTeeRegistry} from "./SettableTeeRegistry.sol";
import {
    Authorization,
    GrantMessage,
    RevokeMessage,
    VaultDomain,
    VaultSignatures,
    WriteBatchMessage
} from "./VaultSignatures.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Drives a {MemoryVault} (with a TEE registry) for the authorisation invariants: two
/// owners, three delegates (any of which may be granted the TEE-node condition), a relayer and an
/// attacker make grants, revocations (direct and signed), owner, delegated and relayed batches,
/// replays of used signatures and forgeries, while time and blocks move and the registry turns
/// nodes on and off. The handler keeps its own model of every grant, registry flag and nonce,
/// predicts each call's exact outcome from it, makes the call with a low-level call (so that
/// expected failures do not revert the handler), and counts every disagreement.
contract AuthHandler is CommonBase, StdUtils {
    uint64 internal constant ANY_SEQ = type(uint64).max;
    uint256 internal constant MAX_BATCH = 5;
    uint8 internal constant WRITE = 1;
    uint8 internal constant DELETE = 2;
    uint8 internal constant TEE_NODE = 4;

    /// @notice A grant as the model knows it.
    struct Grant {
        uint8 scope;
        uint64 expiry;
    }

    /// @notice A signed message the vault accepted, kept to be replayed.
    struct UsedSignature {
        uint8 kind; // 0 WriteBatch, 1 GrantDelegate, 2 RevokeDelegate
        address owner;
        address delegate;
        uint8 scope;
        uint64 expiry;
        bytes ops;
        uint64 expectedSeq;
        Authorization auth;
    }

    /// @notice What the handler expects of one call.
    struct Expected {
        address sender;
        bytes callData;
        bytes revertData; // empty: success
        address owner; // the log it extends (zero: none)
        uint256 ops; // how many operations
        address writer; // the owner or the delegate writing
        uint8 required; // the scope the batch needs
        address signer; // whose nonce a signature uses (zero: none)
        bytes32 digest; // the signed digest (zero: none)
    }

    MemoryVault public immutable vault;
    SettableTeeRegistry public immutable registry;
    address public immutable relayer = address(0x5E1A7E4);

    address[] internal _owners;
    uint256[] internal _ownerKeys;
    address[] internal _delegates;
    uint256[] internal _delegateKeys;
    address public attacker;
    uint256 internal _attackerKey;

    mapping(address owner => mapping(address delegate => Grant)) internal _grants;
    mapping(address node => bool) internal _active;
    mapping(address account => uint256) public ghostNonce;
    mapping(address owner => uint64) public ghostAppliedOps;
    mapping(address owner => IMemoryVault.LogState) internal _eventState;
    mapping(bytes32 digest => bool) internal _usedDigest;
    UsedSignature[] internal _used;

    /// @notice Calls whose outcome (success, or the exact revert data) was not the predicted one.
    uint256 public ghostWrongOutcomes;
    /// @notice Logs that moved in a call that failed, or that was not the call's own owner's.
    uint256 public ghostUnauthorisedMoves;
    /// @notice Batches by a delegate whose grant, in the model, was missing, expired, without the
    /// scope, or TEE-bound to an inactive node.
    uint256 public ghostInactiveDelegateWrites;
    /// @notice Nonces that went down, or moved in a call that was not a successful signed one.
    uint256 public ghostNonceAnomalies;
    /// @notice Signed digests the vault accepted more than once.
    uint256 public ghostSignatureReuses;
    /// @notice Events that do not fold into the owner's log, or do not name the right writer.
    uint256 public ghostBrokenEvents;
    /// @notice Successful calls.
    uint256 public ghostSuccesses;

    constructor(MemoryVault vault_, SettableTeeRegistry registry_) {
        vault = vault_;
        registry = registry_;
        for (uint256 i; i < 2; ++i) {
            uint256 key = uint256(keccak256(abi.encode("auth owner", i)));
            _ownerKeys.push(key);
            _owners.push(vm.addr(key));
        }
        for (uint256 i; i < 3; ++i) {
            uint256 key = uint256(keccak256(abi.encode("auth delegate", i)));
            _delegateKeys.push(key);
            _delegates.push(vm.addr(key));
        }
        _attackerKey = uint256(keccak256("auth attacker"));
        attacker = vm.addr(_attackerKey);
    }

    // ---------------------------------------------------------------- views for the invariants

    function owners() external view returns (address[] memory) {
        return _owners;
    }

    function delegates() external view returns (address[] memory) {
        return _delegates;
    }

    /// @notice Everyone who signs or sends: owners, delegates, the attacker and the relayer.
    function accounts() public view returns (address[] memory all) {
        all = new address[](_owners.length + _delegates.length + 2);
        uint256 k;
        for (uint256 i; i < _owners.length; ++i) {
            all[k++] = _owners[i];
        }
        for (uint256 i; i < _delegates.length; ++i) {
            all[k++] = _delegates[i];
        }
        all[k++] = attacker;
        all[k] = relayer;
    }

    function modelGrant(address owner, address delegate) external view returns (Grant memory) {
        return _grants[owner][delegate];
    }

    function eventState(address owner) external view returns (IMemoryVault.LogState memory) {
        return _eventState[owner];
    }

    function usedSignatures() external view returns (uint256) {
        return _used.length;
    }

    // ---------------------------------------------------------------- owners

    function ownerBatch(uint256 ownerSeed, uint256 seed, uint256 n, bool checkSeq) external {
        address owner = _pick(_owners, ownerSeed);
        (bytes memory ops, uint256 count, uint8 required) = _randomBatch(seed, n);
        uint64 expectedSeq = checkSeq ? vault.logState(owner).seq : ANY_SEQ;
        _call(
            Expected(
                owner,
                abi.encodeCall(IMemoryVault.applyBatch, (ops, expectedSeq)),
                "",
                owner,
                count,
                owner,
                required,
                address(0),
                bytes32(0)
            )
        );
    }

    /// @notice An owner signs a batch (maybe already expired) and the relayer submits it.
    function relayOwnerBatch(uint256 ownerSeed, uint256 seed, uint256 n, bool expired) external {
        uint256 i = ownerSeed % _owners.length;
        _relayBatch(_owners[i], _owners[i], _ownerKeys[i], seed, n, expired);
    }

    function grant(uint256 ownerSeed, uint256 delegateSeed, uint256 scopeSeed, uint256 lifetime, bool bySig) external {
        uint256 i = ownerSeed % _owners.length;
        address owner = _owners[i];
        address delegate = _pick(_delegates, delegateSeed);
        // Action bits 1 to 3, with the TEE-node condition half of the time.
        // Cannot truncate: 1 to 3.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint8 scope = uint8(1 + scopeSeed % 3) | (scopeSeed % 2 == 0 ? TEE_NODE : 0);
        uint64 expiry = uint64(block.timestamp + bound(lifetime, 1, 2 days));
        if (!bySig) {
            _call(
                Expected(
                    owner,
                    abi.encodeCall(IMemoryVault.grantDelegate, (delegate, Scope.wrap(scope), expiry)),
                    "",
                    address(0),
                    0,
                    owner,
                    0,
                    address(0),
                    bytes32(0)
                )
            );
        } else {
            GrantMessage memory m = GrantMessage(owner, delegate, scope, expiry, ghostNonce[owner], block.timestamp);
            bytes32 digest = VaultSignatures.digest(_domain(), m);
            bytes memory signature = _sign(_ownerKeys[i], digest);
            bool ok = _call(
                Expected(
                    relayer,
                    abi.encodeCall(
                        IMemoryVault.grantDelegateBySig,
                        (owner, delegate, Scope.wrap(scope), expiry, m.nonce, m.deadline, signature)
                    ),
                    "",
                    address(0),
                    0,
                    owner,
                    0,
                    owner,
                    digest
                )
            );
            if (ok) {
                _used.push(
                    UsedSignature(
                        1, owner, delegate, scope, expiry, "", 0, Authorization(owner, m.nonce, m.deadline, signature)
                    )
                );
            }
        }
        _grants[owner][delegate] = Grant(scope, expiry);
    }

    function revoke(uint256 ownerSeed, uint256 delegateSeed, bool bySig) external {
        uint256 i = ownerSeed % _owners.length;
        address owner = _owners[i];
        address delegate = _pick(_delegates, delegateSeed);
        if (!bySig) {
            _call(
                // A direct revocation uses up the owner's nonce too (no signature, no digest).
                Expected(
                    owner,
                    abi.encodeCall(IMemoryVault.revokeDelegate, (delegate)),
                    "",
                    address(0),
                    0,
                    owner,
                    0,
                    owner,
                    bytes32(0)
                )
            );
        } else {
            RevokeMessage memory m = RevokeMessage(owner, delegate, ghostNonce[owner], block.timestamp + 1 hours);
            bytes32 digest = VaultSignatures.digest(_domain(), m);
            bytes memory signature = _sign(_ownerKeys[i], digest);
            bool ok = _call(
                Expected(
                    relayer,
                    abi.encodeCall(IMemoryVault.revokeDelegateBySig, (owner, delegate, m.nonce, m.deadline, signature)),
                    "",
                    address(0),
                    0,
                    owner,
                    0,
                    owner,
                    digest
                )
            );
            if (ok) {
                _used.push(
                    UsedSignature(2, owner, delegate, 0, 0, "", 0, Authorization(owner, m.nonce, m.deadline, signature))
                );
            }
        }
        delete _grants[owner][delegate];
    }

    // ---------------------------------------------------------------- delegates

    /// @notice A delegate writes for an owner, directly or through a relayed signature; the model
    /// says whether its grant lets it.
    function delegateBatch(uint256 ownerSeed, uint256 delegateSeed, uint256 seed, uint256 n, bool relayed) external {
        address owner = _pick(_owners, ownerSeed);
        uint256 d = delegateSeed % _delegates.length;
        if (relayed) {
            _relayBatch(owner, _delegates[d], _delegateKeys[d], seed, n, false);
            return;
        }
        (bytes memory ops, uint256 count, uint8 required) = _randomBatch(seed, n);
        address delegate = _delegates[d];
        _call(
            Expected(
                delegate,
                abi.encodeCall(IMemoryVault.applyBatchFor, (owner, ops, ANY_SEQ)),
                _batchError(owner, delegate, required),
                owner,
                count,
                delegate,
                required,
                address(0),
                bytes32(0)
            )
        );
    }

    function setTeeActive(uint256 delegateSeed, bool active) external {
        address node = _pick(_delegates, delegateSeed);
        registry.setActive(node, active);
        _active[node] = active;
    }

    // ---------------------------------------------------------------- the attacker

    /// @notice The attacker tries, in one of six ways, to write to or change delegations of an owner.
    function attack(uint256 ownerSeed, uint256 seed, uint256 mode) external {
        uint256 i = ownerSeed % _owners.length;
        address owner = _owners[i];
        (bytes memory ops, uint256 count, uint8 required) = _randomBatch(seed, 1 + seed % MAX_BATCH);
        mode %= 6;
        Expected memory e;
        if (mode == 0) {
            // Writes for the owner as if a delegate.
            e = Expected(
                attacker,
                abi.encodeCall(IMemoryVault.applyBatchFor, (owner, ops, ANY_SEQ)),
                abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, owner, attacker),
                owner,
                count,
                attacker,
                required,
                address(0),
                bytes32(0)
            );
        } else if (mode == 1 || mode == 2) {
            // Signs a batch with its own key, claiming the owner (1) or itself (2) signed.
            address claimed = mode == 1 ? owner : attacker;
            WriteBatchMessage memory m =
                WriteBatchMessage(owner, claimed, ops, ANY_SEQ, ghostNonce[claimed], block.timestamp + 1 hours);
            bytes32 digest = VaultSignatures.digest(_domain(), m);
            Authorization memory auth = Authorization(claimed, m.nonce, m.deadline, _sign(_attackerKey, digest));
            e = Expected(
                relayer,
                abi.encodeCall(
                    IMemoryVault.applyBatchBySig,
                    (owner, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature)
                ),
                mode == 1
                    ? abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, owner)
                    : abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, owner, attacker),
                owner,
                count,
                claimed,
                required,
                claimed,
                digest
            );
        } else if (mode == 3) {
            // Forges the owner's grant to itself.
            GrantMessage memory m = GrantMessage(
                owner, attacker, WRITE | DELETE, uint64(block.timestamp + 1 days), ghostNonce[owner], block.timestamp
            );
            bytes memory signature = _sign(_attackerKey, VaultSignatures.digest(_domain(), m));
            e = _grantCall(m, signature, abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, owner));
        } else if (mode == 4) {
            // Grants itself a delegation of its own (a valid call), then writes for the owner: its
            // own grant is not the owner's.
            vm.prank(attacker);
            vault.grantDelegate(owner, Scope.wrap(WRITE), uint64(block.timestamp + 1 days));
            e = Expected(
                attacker,
                abi.encodeCall(IMemoryVault.applyBatchFor, (owner, ops, ANY_SEQ)),
                abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, owner, attacker),
                owner,
                count,
                attacker,
                required,
                address(0),
                bytes32(0)
            );
        } else {
            // The owner's own signature, but with a nonce ahead of the owner's.
            WriteBatchMessage memory m =
                WriteBatchMessage(owner, owner, ops, ANY_SEQ, ghostNonce[owner] + 1, block.timestamp + 1 hours);
            bytes32 digest = VaultSignatures.digest(_domain(), m);
            Authorization memory auth = Authorization(owner, m.nonce, m.deadline, _sign(_ownerKeys[i], digest));
            e = Expected(
                relayer,
                abi.encodeCall(
                    IMemoryVault.applyBatchBySig,
                    (owner, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature)
                ),
                abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, owner, ghostNonce[owner]),
                owner,
                count,
                owner,
                required,
                owner,
                digest
            );
        }
        _call(e);
    }

    /// @notice Anyone replays a signature the vault already accepted.
    function replay(uint256 index) external {
        if (_used.length == 0) return;
        UsedSignature memory u = _used[index % _used.length];
        Authorization memory auth = u.auth;
        // forge-lint: disable-next-line(block-timestamp)
        bytes memory reason = auth.deadline < block.timestamp
            ? abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, auth.deadline)
            : abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, auth.signer, ghostNonce[auth.signer]);
        bytes memory callData;
        if (u.kind == 0) {
            callData = abi.encodeCall(
                IMemoryVault.applyBatchBySig,
                (u.owner, u.ops, u.expectedSeq, auth.signer, auth.nonce, auth.deadline, auth.signature)
            );
        } else if (u.kind == 1) {
            callData = abi.encodeCall(
                IMemoryVault.grantDelegateBySig,
                (u.owner, u.delegate, Scope.wrap(u.scope), u.expiry, auth.nonce, auth.deadline, auth.signature)
            );
        } else {
            callData = abi.encodeCall(
                IMemoryVault.revokeDelegateBySig, (u.owner, u.delegate, auth.nonce, auth.deadline, auth.signature)
            );
        }
        _call(Expected(relayer, callData, reason, u.owner, 0, auth.signer, 0, auth.signer, bytes32(0)));
    }

    // ---------------------------------------------------------------- time

    function warp(uint256 secondsForward) external {
        vm.warp(block.timestamp + bound(secondsForward, 1, 1 days));
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 100));
    }

    // ---------------------------------------------------------------- internals

    function _relayBatch(address owner, address signer, uint256 key, uint256 seed, uint256 n, bool expired) internal {
        Expected memory e;
        (e.sender, e.owner, e.writer, e.signer) = (relayer, owner, signer, signer);
        bytes memory ops;
        (ops, e.ops, e.required) = _randomBatch(seed, n);
        uint64 expectedSeq = seed % 2 == 0 ? ANY_SEQ : vault.logState(owner).seq;
        uint256 deadline = expired ? block.timestamp - 1 : block.timestamp + seed % 1 days;
        WriteBatchMessage memory m = WriteBatchMessage(owner, signer, ops, expectedSeq, ghostNonce[signer], deadline);
        e.digest = VaultSignatures.digest(_domain(), m);
        Authorization memory auth = Authorization(signer, m.nonce, deadline, _sign(key, e.digest));
        e.callData = abi.encodeCall(
            IMemoryVault.applyBatchBySig,
            (owner, ops, expectedSeq, auth.signer, auth.nonce, auth.deadline, auth.signature)
        );
        e.revertData = expired
            ? abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, deadline)
            : _batchError(owner, signer, e.required);
        if (_call(e)) _used.push(UsedSignature(0, owner, address(0), 0, 0, ops, expectedSeq, auth));
    }

    function _grantCall(GrantMessage memory m, bytes memory signature, bytes memory reason)
        internal
        view
        returns (Expected memory)
    {
        return Expected(
            relayer,
            abi.encodeCall(
                IMemoryVault.grantDelegateBySig,
                (m.owner, m.delegate, Scope.wrap(m.scope), m.expiry, m.nonce, m.deadline, signature)
            ),
            reason,
            address(0),
            0,
            m.owner,
            0,
            m.owner,
            bytes32(0)
        );
    }

    /// @dev What the vault must answer to a batch `writer` applies to `owner`'s log, per the model.
    function _batchError(address owner, address writer, uint8 required) internal view returns (bytes memory) {
        if (writer == owner) return "";
        Grant memory g = _grants[owner][writer];
        if (g.scope == 0) return abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, owner, writer);
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= g.expiry) {
            return abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, owner, writer, g.expiry);
        }
        if (g.scope & TEE_NODE != 0 && !_active[writer]) {
            return abi.encodeWithSelector(IMemoryVault.VaultTeeNodeInactive.selector, writer);
        }
        uint8 granted = g.scope & (WRITE | DELETE);
        if (required & ~granted != 0) {
            return abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, owner, writer, required, granted);
        }
        return "";
    }

    /// @dev Makes the call `e` describes and checks everything about it; returns whether it succeeded.
    function _call(Expected memory e) internal returns (bool success) {
        address[] memory all = accounts();
        IMemoryVault.LogState[] memory logsBefore = new IMemoryVault.LogState[](all.length);
        uint256[] memory noncesBefore = new uint256[](all.length);
        for (uint256 i; i < all.length; ++i) {
            logsBefore[i] = vault.logState(all[i]);
            noncesBefore[i] = vault.nonces(all[i]);
        }

        vm.recordLogs();
        vm.prank(e.sender);
        bytes memory returnData;
        (success, returnData) = address(vault).call(e.callData);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        if (success != (e.revertData.length == 0) || (!success && keccak256(returnData) != keccak256(e.revertData))) {
            ++ghostWrongOutcomes;
        }

        for (uint256 i; i < all.length; ++i) {
            IMemoryVault.LogState memory now_ = vault.logState(all[i]);
            bool moved = now_.head != logsBefore[i].head || now_.seq != logsBefore[i].seq;
            if (moved && (!success || all[i] != e.owner || e.ops == 0)) ++ghostUnauthorisedMoves;
            uint256 nonce = vault.nonces(all[i]);
            bool expectedNonceMove = success && all[i] == e.signer;
            if (nonce < noncesBefore[i] || (nonce != noncesBefore[i]) != expectedNonceMove) ++ghostNonceAnomalies;
        }
        if (!success) return false;

        ++ghostSuccesses;
        if (e.signer != address(0)) {
            ++ghostNonce[e.signer];
            if (e.digest != bytes32(0)) {
                if (_usedDigest[e.digest]) ++ghostSignatureReuses;
                _usedDigest[e.digest] = true;
            }
        }
        if (e.ops != 0) _foldBatch(e, logs);
    }

    function _foldBatch(Expected memory e, Vm.Log[] memory logs) internal {
        if (e.writer != e.owner && _batchError(e.owner, e.writer, e.required).length != 0) {
            ++ghostInactiveDelegateWrites;
        }
        (EventChain.Link[] memory links, bool ok) =
            EventChain.links(logs, address(vault), e.owner, uint64(block.number));
        bool linked;
        IMemoryVault.LogState memory state = _eventState[e.owner];
        (state, linked) = EventChain.fold(state, links, uint64(block.number));
        _eventState[e.owner] = state;
        // Cannot truncate: at most MAX_BATCH.
        // forge-lint: disable-next-line(unsafe-typecast)
        ghostAppliedOps[e.owner] += uint64(e.ops);
        // A delegate's batch ends with DelegatedBatchApplied naming it; an owner's has none.
        Vm.Log memory last = logs[logs.length - 1];
        bool namesWriter = last.topics[0] == EventChain.DELEGATED_BATCH_APPLIED
            && address(uint160(uint256(last.topics[2]))) == e.writer;
        bool delegated = e.writer != e.owner;
        if (!ok || !linked || links.length != e.ops || namesWriter != delegated) ++ghostBrokenEvents;
    }

    /// @dev A random valid packed batch of 1 to MAX_BATCH operations of all kinds.
    function _randomBatch(uint256 seed, uint256 n)
        internal
        pure
        returns (bytes memory packed, uint256 count, uint8 required)
    {
        count = bound(n, 1, MAX_BATCH);
        Operation[] memory ops = new Operation[](count);
        for (uint256 i; i < count; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = keccak256(abi.encode("record", r % 6)) & bytes32(type(uint256).max << 128);
            uint256 kind = (r >> 8) % 4;
            // Cannot truncate: below 2^16.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 version = uint64(1 + (r >> 16) % 65_535);
            if (kind == 0) ops[i] = Operation(PackedBatch.INLINE, id, version, bytes32(0), abi.encode(r));
            else if (kind == 1) ops[i] = Operation(PackedBatch.POINTER, id, version, bytes32(r | 1), "ipfs://x");
            else if (kind == 2) ops[i] = Operation(PackedBatch.DELETE, id, version, bytes32(0), "");
            else ops[i] = Operation(PackedBatch.CODE, id, version, bytes32(0), abi.encodePacked(r));
            required |= kind == 2 ? DELETE : WRITE;
        }
        packed = PackedBatch.encode(ops);
    }

    function _domain() internal view returns (VaultDomain memory) {
        return VaultDomain(block.chainid, address(vault));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _pick(address[] storage list, uint256 seed) internal view returns (address) {
        return list[seed % list.length];
    }
}
