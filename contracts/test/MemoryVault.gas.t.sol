// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {Scope, Scopes} from "../src/libraries/Scope.sol";
import {Operation, PackedBatch} from "./utils/PackedBatch.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";
import {
    Authorization,
    GrantMessage,
    RevokeMessage,
    VaultDomain,
    VaultSignatures,
    WriteBatchMessage
} from "./utils/VaultSignatures.sol";

/// @notice One vault call per test, for the gas snapshot. Preparation runs with gas metering paused,
/// so each row is the execution gas of the call as made from this contract (no 21,000 base cost, no
/// calldata cost). The test contract is the owner; its log already holds one record, so every write
/// except test_Gas_FirstWrite1KiBInline updates cold, non-zero slots, as an owner's writes do after
/// the first. "New" rows write a new record id at version 1; "Update" rows write the existing
/// record's next version with the sequence check. Rows named `Batch` go through `applyBatch` with a
/// one-operation packed batch (the SDK's path); code records exist only in batches. A pointer
/// record's gas does not depend on the size of its off-chain blob, nor a tombstone's on the record's.
/// The relayed and signed rows sign as an owner that has already used its first nonces, as after its
/// first relayed batch; test_Gas_PublishKeyCheck also fills the new epoch's zero slot, as every publication does.
contract MemoryVaultGasTest is VaultFixture {
    bytes32 internal constant EXISTING_ID = keccak256("existing record");
    bytes32 internal constant NEW_ID = keccak256("new record");
    bytes32 internal constant CONTENT_HASH = keccak256("off-chain ciphertext");
    string internal constant URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    uint256 internal signerKey;
    address internal signer;
    address internal delegate = makeAddr("delegate");

    function setUp() public override {
        super.setUp();
        vault.write(EXISTING_ID, 1, _pseudoRandomBytes(1024, 0), ANY_SEQ);
        // A delegate of this contract, and an owner whose batches a relayer submits.
        vault.grantDelegate(delegate, Scopes.ACTIONS, uint64(block.timestamp + 365 days));
        (signer, signerKey) = makeAddrAndKey("signer");
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(EXISTING_ID, 1, hex"01")));
        Authorization memory first = _authorization(ops, ANY_SEQ, 0);
        vault.applyBatchBySig(signer, ops, ANY_SEQ, first.signer, first.nonce, first.deadline, first.signature);
        // The signing owner's own delegate, for the signed revocation row (nonce 1).
        GrantMessage memory grant = GrantMessage(
            signer, makeAddr("signer's delegate"), 1, uint64(block.timestamp + 365 days), 1, block.timestamp
        );
        vault.grantDelegateBySig(
            grant.owner,
            grant.delegate,
            Scope.wrap(grant.scope),
            grant.expiry,
            grant.nonce,
            grant.deadline,
            _sign(VaultSignatures.digest(_domain(), grant))
        );
        vm.roll(START_BLOCK + 1);
    }

    // ---------------------------------------------------------------- single-operation entry points

    function test_Gas_FirstWrite1KiBInline() public {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(1024, 1);
        vm.prank(alice);
        vm.resumeGasMetering();
        vault.write(NEW_ID, 1, ciphertext, ANY_SEQ);
    }

    function test_Gas_InlineNew256B() public {
        _writeInline(256, false);
    }

    function test_Gas_InlineNew1KiB() public {
        _writeInline(1024, false);
    }

    function test_Gas_InlineNew4KiB() public {
        _writeInline(4096, false);
    }

    function test_Gas_InlineNew16KiB() public {
        _writeInline(16_384, false);
    }

    function test_Gas_InlineUpdate256B() public {
        _writeInline(256, true);
    }

    function test_Gas_InlineUpdate1KiB() public {
        _writeInline(1024, true);
    }

    function test_Gas_InlineUpdate4KiB() public {
        _writeInline(4096, true);
    }

    function test_Gas_InlineUpdate16KiB() public {
        _writeInline(16_384, true);
    }

    function test_Gas_PointerNew() public {
        vault.writePointer(NEW_ID, 1, CONTENT_HASH, URI, ANY_SEQ);
    }

    function test_Gas_PointerUpdate() public {
        vault.writePointer(EXISTING_ID, 2, CONTENT_HASH, URI, 1);
    }

    function test_Gas_Delete() public {
        vault.deleteRecord(EXISTING_ID, 2, 1);
    }

    function test_Gas_PublishKeyCheck() public {
        vault.publishKeyCheck(1, keccak256("key check"), 1);
    }

    // ---------------------------------------------------------------- packed batches of one operation

    function test_Gas_BatchInlineNew256B() public {
        _batch(PackedBatch.INLINE, 256, false);
    }

    function test_Gas_BatchInlineNew1KiB() public {
        _batch(PackedBatch.INLINE, 1024, false);
    }

    function test_Gas_BatchInlineNew4KiB() public {
        _batch(PackedBatch.INLINE, 4096, false);
    }

    function test_Gas_BatchInlineNew16KiB() public {
        _batch(PackedBatch.INLINE, 16_384, false);
    }

    function test_Gas_BatchInlineUpdate256B() public {
        _batch(PackedBatch.INLINE, 256, true);
    }

    function test_Gas_BatchInlineUpdate1KiB() public {
        _batch(PackedBatch.INLINE, 1024, true);
    }

    function test_Gas_BatchInlineUpdate4KiB() public {
        _batch(PackedBatch.INLINE, 4096, true);
    }

    function test_Gas_BatchInlineUpdate16KiB() public {
        _batch(PackedBatch.INLINE, 16_384, true);
    }

    function test_Gas_BatchPointerNew() public {
        _batch(PackedBatch.POINTER, 0, false);
    }

    function test_Gas_BatchPointerUpdate() public {
        _batch(PackedBatch.POINTER, 0, true);
    }

    function test_Gas_BatchDelete() public {
        _batch(PackedBatch.DELETE, 0, true);
    }

    function test_Gas_CodeNew256B() public {
        _batch(PackedBatch.CODE, 256, false);
    }

    function test_Gas_CodeNew1KiB() public {
        _batch(PackedBatch.CODE, 1024, false);
    }

    function test_Gas_CodeNew4KiB() public {
        _batch(PackedBatch.CODE, 4096, false);
    }

    function test_Gas_CodeNew16KiB() public {
        _batch(PackedBatch.CODE, 16_384, false);
    }

    function test_Gas_CodeUpdate256B() public {
        _batch(PackedBatch.CODE, 256, true);
    }

    function test_Gas_CodeUpdate1KiB() public {
        _batch(PackedBatch.CODE, 1024, true);
    }

    function test_Gas_CodeUpdate4KiB() public {
        _batch(PackedBatch.CODE, 4096, true);
    }

    function test_Gas_CodeUpdate16KiB() public {
        _batch(PackedBatch.CODE, 16_384, true);
    }

    // ---------------------------------------------------------------- larger batches

    function test_Gas_Batch32x256() public {
        vm.pauseGasMetering();
        bytes memory ops = _batch32x256(PackedBatch.INLINE);
        vm.resumeGasMetering();
        vault.applyBatch(ops, 1);
    }

    function test_Gas_Batch32x256Code() public {
        vm.pauseGasMetering();
        bytes memory ops = _batch32x256(PackedBatch.CODE);
        vm.resumeGasMetering();
        vault.applyBatch(ops, 1);
    }

    // ---------------------------------------------------------------- relayed and delegated

    function test_Gas_RelayedBatch256B() public {
        vm.pauseGasMetering();
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(NEW_ID, 1, _pseudoRandomBytes(256, 1))));
        Authorization memory auth = _authorization(ops, 1, 2);
        vm.resumeGasMetering();
        vault.applyBatchBySig(signer, ops, 1, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    function test_Gas_RelayedBatch32x256() public {
        vm.pauseGasMetering();
        bytes memory ops = _batch32x256(PackedBatch.INLINE);
        Authorization memory auth = _authorization(ops, 1, 2);
        vm.resumeGasMetering();
        vault.applyBatchBySig(signer, ops, 1, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    function test_Gas_DelegatedBatch256B() public {
        vm.pauseGasMetering();
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(NEW_ID, 1, _pseudoRandomBytes(256, 1))));
        vm.prank(delegate);
        vm.resumeGasMetering();
        vault.applyBatchFor(address(this), ops, 1);
    }

    function test_Gas_DelegatedBatch32x256() public {
        vm.pauseGasMetering();
        bytes memory ops = _batch32x256(PackedBatch.INLINE);
        vm.prank(delegate);
        vm.resumeGasMetering();
        vault.applyBatchFor(address(this), ops, 1);
    }

    function test_Gas_GrantDelegate() public {
        vault.grantDelegate(makeAddr("new delegate"), Scopes.WRITE, uint64(block.timestamp + 30 days));
    }

    function test_Gas_ReplaceDelegate() public {
        vault.grantDelegate(delegate, Scopes.WRITE, uint64(block.timestamp + 30 days));
    }

    function test_Gas_RevokeDelegate() public {
        vault.revokeDelegate(delegate);
    }

    function test_Gas_GrantDelegateBySig() public {
        vm.pauseGasMetering();
        GrantMessage memory m = GrantMessage(signer, delegate, 1, uint64(block.timestamp + 30 days), 2, block.timestamp);
        bytes memory signature = _sign(VaultSignatures.digest(_domain(), m));
        vm.resumeGasMetering();
        vault.grantDelegateBySig(m.owner, m.delegate, Scope.wrap(m.scope), m.expiry, m.nonce, m.deadline, signature);
    }

    function test_Gas_RevokeDelegateBySig() public {
        vm.pauseGasMetering();
        // This contract cannot sign: the signing owner revokes the delegate it granted in setUp.
        RevokeMessage memory m = RevokeMessage(signer, makeAddr("signer's delegate"), 2, block.timestamp);
        bytes memory signature = _sign(VaultSignatures.digest(_domain(), m));
        vm.resumeGasMetering();
        vault.revokeDelegateBySig(m.owner, m.delegate, m.nonce, m.deadline, signature);
    }

    // ---------------------------------------------------------------- helpers

    function _writeInline(uint256 size, bool update) internal {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(size, update ? 2 : 1);
        (bytes32 id, uint64 version, uint64 expectedSeq) = update ? (EXISTING_ID, 2, 1) : (NEW_ID, 1, ANY_SEQ);
        vm.resumeGasMetering();
        vault.write(id, version, ciphertext, expectedSeq);
    }

    /// @dev A one-operation batch of `kind` with `size` bytes of ciphertext (inline, code), built unmetered.
    function _batch(uint8 kind, uint256 size, bool update) internal {
        vm.pauseGasMetering();
        (bytes32 id, uint64 version, uint64 expectedSeq) = update ? (EXISTING_ID, 2, 1) : (NEW_ID, 1, ANY_SEQ);
        bytes memory data = kind == PackedBatch.POINTER ? bytes(URI) : _pseudoRandomBytes(size, update ? 2 : 1);
        if (kind == PackedBatch.DELETE) data = "";
        bytes memory ops = PackedBatch.encode(_ops(Operation(kind, id, version, CONTENT_HASH, data)));
        vm.resumeGasMetering();
        vault.applyBatch(ops, expectedSeq);
    }

    /// @dev 32 new records of 256 bytes under short ids, as the SDK writes them.
    function _batch32x256(uint8 kind) internal pure returns (bytes memory) {
        Operation[] memory ops = new Operation[](32);
        for (uint256 i; i < ops.length; ++i) {
            bytes32 id = keccak256(abi.encode("batch record", i)) & bytes32(type(uint256).max << 128);
            ops[i] = Operation(kind, id, 1, bytes32(0), _pseudoRandomBytes(256, 100 + i));
        }
        return PackedBatch.encode(ops);
    }

    function _domain() internal view returns (VaultDomain memory) {
        return VaultDomain(block.chainid, address(vault));
    }

    function _sign(bytes32 digest) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev `signer`'s authorization of `ops` with `nonce` (passed in, not read from the vault, so
    /// that a row does not find the nonce slot already warm).
    function _authorization(bytes memory ops, uint64 expectedSeq, uint256 nonce)
        internal
        view
        returns (Authorization memory auth)
    {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = VaultSignatures.digest(
            VaultDomain(block.chainid, address(vault)),
            WriteBatchMessage(signer, signer, ops, expectedSeq, nonce, deadline)
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, digest);
        auth = Authorization(signer, nonce, deadline, abi.encodePacked(r, s, v));
    }
}
