// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Scope} from "../../src/libraries/Scope.sol";
import {Operation, PackedBatch} from "./PackedBatch.sol";
import {VaultFixture} from "./VaultFixture.sol";
import {
    Authorization,
    GrantMessage,
    RevokeMessage,
    VaultDomain,
    VaultSignatures,
    WriteBatchMessage
} from "./VaultSignatures.sol";

/// @notice {VaultFixture} with keys: owners and delegates that sign, a relayer that submits, a
/// stranger that signs what it should not, and helpers that sign the vault's EIP-712 messages with
/// digests computed independently ({VaultSignatures}).
abstract contract AuthFixture is VaultFixture {
    uint64 internal constant START_TIME = 1_700_000_000;
    uint8 internal constant WRITE = 1;
    uint8 internal constant DELETE = 2;
    uint8 internal constant TEE_NODE = 4;

    /// @dev The secp256k1 group order: a valid key is in [1, N - 1], a low-s signature has s <= N / 2.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal aliceKey;
    uint256 internal bobKey;
    address internal dave;
    uint256 internal daveKey;
    address internal mallory;
    uint256 internal malloryKey;
    address internal relayer = makeAddr("relayer");

    function setUp() public virtual override {
        super.setUp();
        vm.warp(START_TIME);
        // The same addresses as the fixture's alice and bob, with their keys.
        (, aliceKey) = makeAddrAndKey("alice");
        (, bobKey) = makeAddrAndKey("bob");
        (dave, daveKey) = makeAddrAndKey("dave");
        (mallory, malloryKey) = makeAddrAndKey("mallory");
    }

    // ---------------------------------------------------------------- signing

    function _domain() internal view returns (VaultDomain memory) {
        return VaultDomain(block.chainid, address(vault));
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev `signer`'s `WriteBatch` message for `owner`'s batch `ops`, at `signer`'s next nonce, valid
    /// for an hour.
    function _writeBatch(address signer, address owner, bytes memory ops, uint64 expectedSeq)
        internal
        view
        returns (WriteBatchMessage memory)
    {
        return WriteBatchMessage(owner, signer, ops, expectedSeq, vault.nonces(signer), block.timestamp + 1 hours);
    }

    /// @dev The authorization of message `m` signed with `key` in `domain`, naming the signer the
    /// message names (`key` need not be its key: tests that forge signatures pass another).
    function _authorization(uint256 key, WriteBatchMessage memory m, VaultDomain memory domain)
        internal
        pure
        returns (Authorization memory)
    {
        return Authorization(m.signer, m.nonce, m.deadline, _sign(key, VaultSignatures.digest(domain, m)));
    }

    /// @dev `vm.addr(key)`'s authorization of `owner`'s batch `ops` in this vault, at its next nonce.
    function _authorize(uint256 key, address owner, bytes memory ops, uint64 expectedSeq)
        internal
        view
        returns (Authorization memory)
    {
        return _authorization(key, _writeBatch(vm.addr(key), owner, ops, expectedSeq), _domain());
    }

    function _grantMessage(address owner, address delegate, uint8 scope, uint64 expiry)
        internal
        view
        returns (GrantMessage memory)
    {
        return GrantMessage(owner, delegate, scope, expiry, vault.nonces(owner), block.timestamp + 1 hours);
    }

    function _revokeMessage(address owner, address delegate) internal view returns (RevokeMessage memory) {
        return RevokeMessage(owner, delegate, vault.nonces(owner), block.timestamp + 1 hours);
    }

    /// @dev The relayer submits grant `m` with `signature`, checked as the owner's.
    function _submitGrant(GrantMessage memory m, bytes memory signature) internal {
        vm.prank(relayer);
        vault.grantDelegateBySig(m.owner, m.delegate, Scope.wrap(m.scope), m.expiry, m.nonce, m.deadline, signature);
    }

    /// @dev The relayer submits revocation `m` with `signature`, checked as the owner's.
    function _submitRevoke(RevokeMessage memory m, bytes memory signature) internal {
        vm.prank(relayer);
        vault.revokeDelegateBySig(m.owner, m.delegate, m.nonce, m.deadline, signature);
    }

    // ---------------------------------------------------------------- calls with expected events

    /// @dev `owner` grants `delegate` directly, expecting the event.
    function _grant(address owner, address delegate, uint8 scope, uint64 expiry) internal {
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateGranted(owner, delegate, Scope.wrap(scope), expiry);
        vm.prank(owner);
        vault.grantDelegate(delegate, Scope.wrap(scope), expiry);
        IMemoryVault.Delegation memory stored = vault.delegation(owner, delegate);
        assertEq(stored.scope, scope, "stored scope");
        assertEq(stored.expiry, expiry, "stored expiry");
    }

    /// @dev `owner` revokes `delegate` directly, expecting the event.
    function _revoke(address owner, address delegate) internal {
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateRevoked(owner, delegate);
        vm.prank(owner);
        vault.revokeDelegate(delegate);
        IMemoryVault.Delegation memory stored = vault.delegation(owner, delegate);
        assertEq(stored.scope, 0, "stored scope");
        assertEq(stored.expiry, 0, "stored expiry");
    }

    /// @dev The relayer submits `owner`'s batch `ops` under `auth`, expecting the batch's events
    /// (and {IMemoryVault.DelegatedBatchApplied} if a delegate signed) and the signer's nonce used up.
    function _relay(address owner, Operation[] memory ops, uint64 expectedSeq, Authorization memory auth)
        internal
        returns (uint64 seq)
    {
        bytes memory packed = PackedBatch.encode(ops);
        uint256 nonce = vault.nonces(auth.signer);
        uint64 firstSeq = _model[owner].seq + 1;
        address[] memory pointers = _expectBatch(owner, ops, packed);
        if (auth.signer != owner) {
            vm.expectEmit(address(vault));
            emit IMemoryVault.DelegatedBatchApplied(owner, auth.signer, firstSeq, _model[owner].seq);
        }
        vm.prank(relayer);
        seq = vault.applyBatchBySig(owner, packed, expectedSeq, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(seq, _model[owner].seq, "returned seq");
        assertEq(vault.nonces(auth.signer), nonce + 1, "nonce used up");
        _assertCodeStored(ops, pointers);
        _assertMatchesModel(owner);
    }

    /// @dev `delegate` applies `ops` to `owner`'s log, expecting the batch's events and
    /// {IMemoryVault.DelegatedBatchApplied}.
    function _applyFor(address delegate, address owner, Operation[] memory ops, uint64 expectedSeq)
        internal
        returns (uint64 seq)
    {
        bytes memory packed = PackedBatch.encode(ops);
        uint64 firstSeq = _model[owner].seq + 1;
        address[] memory pointers = _expectBatch(owner, ops, packed);
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegatedBatchApplied(owner, delegate, firstSeq, _model[owner].seq);
        vm.prank(delegate);
        seq = vault.applyBatchFor(owner, packed, expectedSeq);
        assertEq(seq, _model[owner].seq, "returned seq");
        _assertCodeStored(ops, pointers);
        _assertMatchesModel(owner);
    }

    /// @dev Flips a signature into its malleable twin: s -> N - s, v -> the other parity. It
    /// recovers the same address with ECRECOVER, and the vault must refuse it.
    function _highS(bytes memory signature) internal pure returns (bytes memory) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        return abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }
}
