// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Scope} from "../../src/libraries/Scope.sol";
import {AuthFixture} from "../utils/AuthFixture.sol";
import {Operation, PackedBatch} from "../utils/PackedBatch.sol";
import {
    Authorization,
    GrantMessage,
    VaultDomain,
    VaultSignatures,
    WriteBatchMessage
} from "../utils/VaultSignatures.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @notice Fuzzed authorisation: relayed batches from any key, every single tampered field refused
/// with its exact error, delegation scopes, expiries and grant validation.
contract MemoryVaultAuthFuzzTest is AuthFixture {
    uint256 internal constant MAX_BATCH = 6;

    // ---------------------------------------------------------------- relayed batches

    function testFuzz_ApplyBatchBySig_AnyKeyAnyBatch(
        uint256 keySeed,
        uint256 seed,
        uint256 n,
        uint256 priorRelays,
        bool anySeq,
        uint32 lifetime
    ) public {
        uint256 key = _key(keySeed);
        address owner = vm.addr(key);
        priorRelays = bound(priorRelays, 0, 2);
        for (uint256 i; i < priorRelays; ++i) {
            _relayOwn(key, _randomOps(uint256(keccak256(abi.encode(seed, i))), 1));
        }
        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        uint64 expectedSeq = anySeq ? ANY_SEQ : _model[owner].seq;
        WriteBatchMessage memory m = _writeBatch(owner, owner, PackedBatch.encode(ops), expectedSeq);
        m.deadline = block.timestamp + lifetime;
        Authorization memory auth = _authorization(key, m, _domain());
        vm.warp(m.deadline);
        _relay(owner, ops, expectedSeq, auth);
        assertEq(vault.nonces(owner), priorRelays + 1);
    }

    /// @dev One field of a valid relayed batch changed: the vault refuses it with the error that
    /// field's check gives, changes no log and uses no nonce.
    function testFuzz_RevertIf_AnyFieldTampered(
        uint256 keySeed,
        uint256 seed,
        uint256 n,
        bool priorRelay,
        uint8 field,
        uint256 noise
    ) public {
        uint256 key = _key(keySeed);
        address owner = vm.addr(key);
        if (priorRelay) _relayOwn(key, _randomOps(seed ^ 1, 1));
        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        WriteBatchMessage memory m = _writeBatch(owner, owner, PackedBatch.encode(ops), _model[owner].seq);
        Authorization memory auth = _authorization(key, m, _domain());
        uint256 nonce = m.nonce;
        MemoryVault target = vault;
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, owner);

        field %= 9;
        if (field == 0) {
            m.owner = _otherAddress(owner, noise);
        } else if (field == 1) {
            uint256 i = noise % m.ops.length;
            m.ops[i] ^= bytes1(uint8(1 + (noise >> 8) % 255));
        } else if (field == 2) {
            m.expectedSeq = _otherUint64(m.expectedSeq, noise);
        } else if (field == 3) {
            auth.nonce = _otherThan(nonce, noise);
            reason = abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, owner, nonce);
        } else if (field == 4) {
            auth.deadline = _otherThan(auth.deadline, noise);
            // forge-lint: disable-next-line(block-timestamp)
            if (auth.deadline < block.timestamp) {
                reason = abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, auth.deadline);
            }
        } else if (field == 5) {
            auth.signer = _otherAddress(owner, noise);
            reason = nonce == 0
                ? abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, auth.signer)
                : abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, auth.signer, 0);
        } else if (field == 6) {
            uint256 i = noise % 65;
            auth.signature[i] ^= bytes1(uint8(1 + (noise >> 8) % 255));
        } else if (field == 7) {
            vm.chainId(_otherThan(block.chainid, noise) % type(uint64).max);
            vm.assume(block.chainid != 31_337);
        } else {
            target = new MemoryVault(address(0));
            if (nonce != 0) reason = abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, owner, 0);
        }

        IMemoryVault.LogState memory before = target.logState(m.owner);
        IMemoryVault.LogState memory ownerBefore = target.logState(owner);
        uint256 signerNonce = target.nonces(auth.signer);
        vm.expectRevert(reason);
        vm.prank(relayer);
        target.applyBatchBySig(m.owner, m.ops, m.expectedSeq, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(target.logState(m.owner).head, before.head, "log moved");
        assertEq(target.logState(owner).head, ownerBefore.head, "owner's log moved");
        assertEq(target.nonces(auth.signer), signerNonce, "nonce used");
    }

    function testFuzz_RevertIf_HighS(uint256 keySeed, bytes32 digestSeed) public {
        uint256 key = _key(keySeed);
        address owner = vm.addr(key);
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(digestSeed | bytes32(uint256(1)), 1)));
        Authorization memory auth = _authorize(key, owner, ops, ANY_SEQ);
        auth.signature = _highS(auth.signature);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, owner));
        vm.prank(relayer);
        vault.applyBatchBySig(owner, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    // ---------------------------------------------------------------- signed grants

    function testFuzz_RevertIf_GrantFieldTampered(uint8 scopeSeed, uint32 lifetime, uint8 field, uint256 noise) public {
        uint8 scope = uint8(bound(scopeSeed, 1, 3));
        GrantMessage memory m = _grantMessage(alice, dave, scope, START_TIME + 1 + uint64(lifetime));
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice);
        field %= 6;
        if (field == 0) {
            m.owner = _otherAddress(alice, noise);
            reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, m.owner);
        } else if (field == 1) {
            m.delegate = _otherAddress(dave, noise);
        } else if (field == 2) {
            // Another valid scope, so only the signature can catch it.
            m.scope = uint8(1 + (scope + noise % 2) % 3);
        } else if (field == 3) {
            // Cannot truncate: at most START_TIME + 2^33.
            // forge-lint: disable-next-line(unsafe-typecast)
            m.expiry = uint64(_otherThan(m.expiry, noise) % (uint256(START_TIME) << 1) + START_TIME + 1);
            vm.assume(m.expiry != START_TIME + 1 + uint64(lifetime));
        } else if (field == 4) {
            m.nonce = _otherThan(m.nonce, noise);
            reason = abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0);
        } else {
            signature[noise % 65] ^= bytes1(uint8(1 + (noise >> 8) % 255));
        }
        vm.expectRevert(reason);
        _submitGrant(m, signature);
        assertEq(vault.delegation(alice, m.delegate).scope, 0);
        assertEq(vault.nonces(alice), 0);
    }

    // ---------------------------------------------------------------- delegation

    function testFuzz_ApplyBatchFor_ScopeDecides(uint8 scopeSeed, uint256 seed, uint256 n) public {
        uint8 granted = uint8(bound(scopeSeed, 1, 3));
        _grant(alice, dave, granted, START_TIME + 1 days);
        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        uint8 required;
        for (uint256 i; i < ops.length; ++i) {
            required |= ops[i].kind == PackedBatch.DELETE ? DELETE : WRITE;
        }
        assertEq(PackedBatch.parse(PackedBatch.encode(ops)).required, required);
        if (required & ~granted == 0) {
            _applyFor(dave, alice, ops, ANY_SEQ);
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, dave, required, granted)
            );
            vm.prank(dave);
            vault.applyBatchFor(alice, PackedBatch.encode(ops), ANY_SEQ);
            assertEq(vault.logState(alice).seq, 0);
        }
    }

    function testFuzz_ApplyBatchFor_ExpiryDecides(uint32 lifetime, uint32 elapsed, bool relayed) public {
        lifetime = uint32(bound(lifetime, 1, type(uint32).max));
        uint64 expiry = START_TIME + lifetime;
        _grant(alice, dave, WRITE, expiry);
        Operation[] memory ops = _ops(_inlineOp(keccak256("record"), 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        WriteBatchMessage memory m = _writeBatch(dave, alice, packed, ANY_SEQ);
        m.deadline = type(uint256).max;
        Authorization memory auth = _authorization(daveKey, m, _domain());
        vm.warp(START_TIME + uint256(elapsed));
        if (elapsed < lifetime) {
            if (relayed) _relay(alice, ops, ANY_SEQ, auth);
            else _applyFor(dave, alice, ops, ANY_SEQ);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, alice, dave, expiry));
            vm.prank(relayed ? relayer : dave);
            if (relayed) {
                vault.applyBatchBySig(alice, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
            } else {
                vault.applyBatchFor(alice, packed, ANY_SEQ);
            }
        }
    }

    function testFuzz_GrantDelegate_Validation(address delegate, uint8 scope, uint64 expiry) public {
        // forge-lint: disable-next-line(block-timestamp)
        bool expired = expiry <= block.timestamp;
        bool invalid =
            delegate == address(0) || delegate == alice || scope & 3 == 0 || scope & ~uint8(7) != 0 || expired;
        if (invalid) {
            vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidGrant.selector, delegate, scope, expiry));
        } else if (scope & TEE_NODE != 0) {
            // This vault has no TEE registry.
            vm.expectRevert(IMemoryVault.VaultNoTeeRegistry.selector);
        } else {
            vm.expectEmit(address(vault));
            emit IMemoryVault.DelegateGranted(alice, delegate, Scope.wrap(scope), expiry);
        }
        vm.prank(alice);
        vault.grantDelegate(delegate, Scope.wrap(scope), expiry);
        IMemoryVault.Delegation memory stored = vault.delegation(alice, delegate);
        bool granted = !invalid && scope & TEE_NODE == 0;
        assertEq(stored.scope, granted ? scope : 0);
        assertEq(stored.expiry, granted ? expiry : 0);
    }

    // ---------------------------------------------------------------- helpers

    function _key(uint256 seed) internal pure returns (uint256) {
        return bound(seed, 1, SECP256K1_N - 1);
    }

    /// @dev The owner of `key` relays `ops` for itself at its next nonce.
    function _relayOwn(uint256 key, Operation[] memory ops) internal {
        address owner = vm.addr(key);
        _relay(owner, ops, ANY_SEQ, _authorize(key, owner, PackedBatch.encode(ops), ANY_SEQ));
    }

    function _otherAddress(address a, uint256 noise) internal pure returns (address b) {
        b = address(uint160(uint256(keccak256(abi.encode(noise)))));
        if (b == a) b = address(uint160(a) ^ 1);
    }

    function _otherThan(uint256 a, uint256 noise) internal pure returns (uint256) {
        return noise == a ? a ^ 1 : noise;
    }

    function _otherUint64(uint64 a, uint256 noise) internal pure returns (uint64 b) {
        // Truncation is the point: any 64 bits other than `a`.
        // forge-lint: disable-next-line(unsafe-typecast)
        b = uint64(noise);
        if (b == a) b = a ^ 1;
    }
}
