// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Scope} from "../../src/libraries/Scope.sol";
import {AuthFixture} from "../utils/AuthFixture.sol";
import {Operation, PackedBatch} from "../utils/PackedBatch.sol";
import {SettableTeeRegistry} from "../utils/SettableTeeRegistry.sol";
import {Authorization, GrantMessage, VaultSignatures} from "../utils/VaultSignatures.sol";

/// @notice Delegates: grants, replacements and revocations, their validation and expiry, the scope
/// each kind of operation needs, and the TEE-node condition checked against a registry.
contract MemoryVaultDelegationTest is AuthFixture {
    bytes32 internal constant ID_A = keccak256("record a");
    bytes32 internal constant ID_B = keccak256("record b");
    bytes32 internal constant CONTENT_HASH = keccak256("off-chain ciphertext");
    uint64 internal constant EXPIRY = START_TIME + 30 days;

    SettableTeeRegistry internal registry;
    address internal node = makeAddr("tee node");

    function setUp() public override {
        super.setUp();
        registry = new SettableTeeRegistry();
    }

    // ---------------------------------------------------------------- grant, replace, revoke

    function test_GrantDelegate_StoresAndEmits() public {
        _grant(alice, dave, WRITE, EXPIRY);
        // Per owner: Bob granted nothing.
        assertEq(vault.delegation(bob, dave).scope, 0);
        assertEq(vault.delegation(dave, alice).scope, 0);
    }

    function test_GrantDelegate_Replaces() public {
        _grant(alice, dave, WRITE, EXPIRY);
        _grant(alice, dave, DELETE, EXPIRY + 1);
        _applyFor(dave, alice, _ops(_deleteOp(ID_A, 1)), ANY_SEQ);
        _expectRejected(
            dave,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"01"))),
            abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, dave, WRITE, DELETE)
        );
        // A shorter expiry replaces a longer one too.
        _grant(alice, dave, DELETE, START_TIME + 1);
        vm.warp(START_TIME + 1);
        _expectRejected(
            dave,
            alice,
            PackedBatch.encode(_ops(_deleteOp(ID_A, 2))),
            abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, alice, dave, START_TIME + 1)
        );
    }

    function test_RevokeDelegate_DeletesAndEmits() public {
        _grant(alice, dave, WRITE | DELETE, EXPIRY);
        _grant(alice, mallory, WRITE, EXPIRY);
        _revoke(alice, dave);
        // Other delegations of the owner stay.
        assertEq(vault.delegation(alice, mallory).scope, WRITE);
    }

    /// A relayer that withholds a signed grant cannot submit it after the owner revoked the
    /// delegate directly: the revocation used up the nonce the grant names.
    function test_RevokeDelegate_VoidsAWithheldSignedGrant() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, EXPIRY);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        _revoke(alice, dave);
        assertEq(vault.nonces(alice), m.nonce + 1);
        vm.expectRevert(abi.encodeWithSignature("InvalidAccountNonce(address,uint256)", alice, m.nonce + 1));
        _submitGrant(m, signature);
        assertEq(vault.delegation(alice, dave).scope, 0, "still revoked");
    }

    function test_RevokeDelegate_OfNoneStillEmits() public {
        _revoke(alice, dave);
        _revoke(alice, address(0));
    }

    function test_Delegation_ExpiredGrantStaysStored() public {
        _grant(alice, dave, WRITE, EXPIRY);
        vm.warp(EXPIRY + 365 days);
        IMemoryVault.Delegation memory grant = vault.delegation(alice, dave);
        assertEq(grant.scope, WRITE);
        assertEq(grant.expiry, EXPIRY);
    }

    // ---------------------------------------------------------------- invalid grants

    function test_RevertIf_GrantInvalid() public {
        uint64 past = START_TIME - 1;
        _expectInvalidGrant(address(0), WRITE, EXPIRY);
        _expectInvalidGrant(alice, WRITE, EXPIRY);
        _expectInvalidGrant(dave, 0, EXPIRY);
        // The TEE-node bit alone, and with an unknown bit, grants no action.
        _expectInvalidGrant(dave, TEE_NODE, EXPIRY);
        for (uint256 bit = 3; bit < 8; ++bit) {
            // Cannot truncate: bit < 8.
            // forge-lint: disable-next-line(unsafe-typecast)
            _expectInvalidGrant(dave, WRITE | uint8(2 ** bit), EXPIRY);
        }
        _expectInvalidGrant(dave, type(uint8).max, EXPIRY);
        // The expiry must be in the future: now is too late already.
        _expectInvalidGrant(dave, WRITE, START_TIME);
        _expectInvalidGrant(dave, WRITE, past);
        _expectInvalidGrant(dave, WRITE, 0);
        // One second ahead is fine.
        _grant(alice, dave, WRITE, START_TIME + 1);
    }

    function test_RevertIf_GrantBySigInvalid() public {
        // The same checks through a signed grant, which then uses no nonce.
        GrantMessage memory m = _grantMessage(alice, alice, WRITE, EXPIRY);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidGrant.selector, alice, WRITE, EXPIRY));
        _submitGrant(m, signature);

        m = _grantMessage(alice, dave, WRITE, START_TIME);
        signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidGrant.selector, dave, WRITE, START_TIME));
        _submitGrant(m, signature);
        assertEq(vault.nonces(alice), 0);
    }

    // ---------------------------------------------------------------- scopes

    function test_ApplyBatchFor_WriteScopeCoversInlinePointerCode() public {
        _grant(alice, dave, WRITE, EXPIRY);
        Operation[] memory ops =
            _ops(_inlineOp(ID_A, 1, hex"01"), _pointerOp(ID_B, 1, CONTENT_HASH, "ipfs://b"), _codeOp(ID_A, 2, hex"02"));
        _applyFor(dave, alice, ops, 0);
        // The delegate's own log did not move.
        _assertState(dave, bytes32(0), 0, 0);
    }

    function test_ApplyBatchFor_DeleteScopeCoversDeletes() public {
        _grant(alice, dave, DELETE, EXPIRY);
        _applyFor(dave, alice, _ops(_deleteOp(ID_A, 1), _deleteOp(ID_B, 1)), ANY_SEQ);
    }

    function test_ApplyBatchFor_ScopePerKindInMixedBatches() public {
        Operation[] memory kinds = new Operation[](4);
        kinds[0] = _inlineOp(ID_A, 1, hex"01");
        kinds[1] = _pointerOp(ID_A, 1, CONTENT_HASH, "ipfs://a");
        kinds[2] = _deleteOp(ID_A, 1);
        kinds[3] = _codeOp(ID_A, 1, hex"01");
        // Each kind next to a delete, and next to a write, under each single scope.
        for (uint8 granted = WRITE; granted <= DELETE; ++granted) {
            _grant(alice, dave, granted, EXPIRY);
            for (uint256 i; i < kinds.length; ++i) {
                for (uint256 j; j < kinds.length; ++j) {
                    Operation[] memory ops = _ops(kinds[i], kinds[j]);
                    uint8 required = _scopeOf(kinds[i]) | _scopeOf(kinds[j]);
                    if (required & ~granted == 0) {
                        _applyFor(dave, alice, ops, ANY_SEQ);
                    } else {
                        _expectRejected(
                            dave,
                            alice,
                            PackedBatch.encode(ops),
                            abi.encodeWithSelector(
                                IMemoryVault.VaultScopeNotGranted.selector, alice, dave, required, granted
                            )
                        );
                    }
                }
            }
        }
        // With both bits, everything goes.
        _grant(alice, dave, WRITE | DELETE, EXPIRY);
        _applyFor(dave, alice, kinds, ANY_SEQ);
    }

    function test_ApplyBatchFor_OwnerNeedsNoDelegation() public {
        // An owner naming itself is just applyBatch: no grant, no DelegatedBatchApplied.
        Operation[] memory ops = _randomOps(3, 3);
        bytes memory packed = PackedBatch.encode(ops);
        _expectBatch(alice, ops, packed);
        vm.recordLogs();
        vm.prank(alice);
        vault.applyBatchFor(alice, packed, 0);
        assertEq(vm.getRecordedLogs().length, 1 + _codeCount(ops), "no DelegatedBatchApplied");
        _assertMatchesModel(alice);
    }

    function test_ApplyBatchFor_SeqCheckIsTheOwners() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        _grant(alice, dave, WRITE, EXPIRY);
        _expectRejected(
            dave,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"02"))),
            abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 0, 1),
            0
        );
        _applyFor(dave, alice, _ops(_inlineOp(ID_A, 2, hex"02")), 1);
    }

    function test_ApplyBatchFor_EventsNameBlocksAcrossWriters() public {
        // Owner, delegate and relayed writes interleave in one log, linked block to block.
        _grant(alice, dave, WRITE | DELETE, EXPIRY);
        _applyBatch(alice, _randomOps(1, 2), ANY_SEQ);
        vm.roll(START_BLOCK + 3);
        _applyFor(dave, alice, _randomOps(2, 3), ANY_SEQ);
        vm.roll(START_BLOCK + 8);
        Operation[] memory ops = _randomOps(3, 2);
        _relay(alice, ops, ANY_SEQ, _authorize(daveKey, alice, PackedBatch.encode(ops), ANY_SEQ));
        _applySingle(alice, _deleteOp(ID_A, 9), ANY_SEQ);
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- who may not

    function test_RevertIf_NotDelegate() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        _expectRejected(
            mallory, alice, ops, abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, mallory)
        );
        // A delegate of Bob is nobody to Alice.
        _grant(bob, dave, WRITE | DELETE, EXPIRY);
        _expectRejected(dave, alice, ops, abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, dave));
    }

    function test_RevertIf_RevokedInTheSameBlock() public {
        _grant(alice, dave, WRITE, EXPIRY);
        _applyFor(dave, alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ);
        _revoke(alice, dave);
        _expectRejected(
            dave,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"02"))),
            abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, dave)
        );
    }

    function test_ApplyBatchFor_ExpiryBoundary() public {
        _grant(alice, dave, WRITE, EXPIRY);
        vm.warp(EXPIRY - 1);
        _applyFor(dave, alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ);
        vm.warp(EXPIRY);
        _expectRejected(
            dave,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"02"))),
            abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, alice, dave, EXPIRY)
        );
    }

    function test_RevertIf_CheckOrder() public {
        // Emptiness first, then the delegation, then the sequence number, then the batch, then the scope.
        _expectRejected(mallory, alice, "", abi.encodeWithSelector(IMemoryVault.VaultEmptyBatch.selector), 9);
        _expectRejected(
            mallory, alice, hex"ff", abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, mallory), 9
        );
        _grant(alice, dave, WRITE, EXPIRY);
        _expectRejected(
            dave, alice, hex"ff", abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 9, 0), 9
        );
        _expectRejected(dave, alice, hex"ff", abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, 0));
        // A delete (needing a scope Dave lacks) before a bad header: the batch is malformed at the header.
        bytes memory valid = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        _expectRejected(
            dave,
            alice,
            bytes.concat(valid, hex"ff"),
            abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, valid.length)
        );
        _expectRejected(
            dave,
            alice,
            valid,
            abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, dave, DELETE, WRITE)
        );
    }

    // ---------------------------------------------------------------- TEE nodes

    function test_TeeNode_WritesWhileActive() public {
        vault = new MemoryVault(address(registry));
        registry.setActive(node, true);
        _grant(alice, node, WRITE | TEE_NODE, EXPIRY);
        _applyFor(node, alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ);

        // Deactivated in the same block: the next write fails at once.
        registry.setActive(node, false);
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"02")));
        _expectRejected(node, alice, ops, abi.encodeWithSelector(IMemoryVault.VaultTeeNodeInactive.selector, node));

        // Reactivated, it writes again; the grant itself was never touched.
        registry.setActive(node, true);
        _applyFor(node, alice, _ops(_inlineOp(ID_A, 2, hex"02")), ANY_SEQ);
        assertEq(vault.delegation(alice, node).scope, WRITE | TEE_NODE);
    }

    function test_TeeNode_DeactivationCutsOffRelayedBatchesToo() public {
        vault = new MemoryVault(address(registry));
        (address signingNode, uint256 nodeKey) = makeAddrAndKey("signing tee node");
        registry.setActive(signingNode, true);
        _grant(alice, signingNode, WRITE | DELETE | TEE_NODE, EXPIRY);
        Operation[] memory ops = _ops(_deleteOp(ID_A, 1));
        Authorization memory auth = _authorize(nodeKey, alice, PackedBatch.encode(ops), ANY_SEQ);
        registry.setActive(signingNode, false);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultTeeNodeInactive.selector, signingNode));
        vm.prank(relayer);
        vault.applyBatchBySig(
            alice, PackedBatch.encode(ops), ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature
        );
        registry.setActive(signingNode, true);
        _relay(alice, ops, ANY_SEQ, auth);
    }

    function test_TeeNode_ExpiryAndScopeStillApply() public {
        vault = new MemoryVault(address(registry));
        registry.setActive(node, true);
        _grant(alice, node, WRITE | TEE_NODE, EXPIRY);
        _expectRejected(
            node,
            alice,
            PackedBatch.encode(_ops(_deleteOp(ID_A, 1))),
            abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, node, DELETE, WRITE)
        );
        vm.warp(EXPIRY);
        _expectRejected(
            node,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01"))),
            abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, alice, node, EXPIRY)
        );
    }

    function test_TeeNode_OtherDelegatesIgnoreTheRegistry() public {
        vault = new MemoryVault(address(registry));
        // Dave is no TEE node, and his grant does not ask for one.
        assertFalse(registry.isActiveNode(dave));
        _grant(alice, dave, WRITE, EXPIRY);
        _applyFor(dave, alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ);
    }

    function test_TeeNode_ActiveNodeNeedsAGrant() public {
        vault = new MemoryVault(address(registry));
        registry.setActive(node, true);
        _expectRejected(
            node,
            alice,
            PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01"))),
            abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, node)
        );
    }

    function test_RevertIf_TeeGrantWithoutRegistry() public {
        assertEq(vault.teeRegistry(), address(0));
        vm.expectRevert(IMemoryVault.VaultNoTeeRegistry.selector);
        vm.prank(alice);
        vault.grantDelegate(node, Scope.wrap(WRITE | TEE_NODE), EXPIRY);
        // By signature too, and an otherwise invalid grant reports that first.
        GrantMessage memory m = _grantMessage(alice, node, DELETE | TEE_NODE, EXPIRY);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectRevert(IMemoryVault.VaultNoTeeRegistry.selector);
        _submitGrant(m, signature);
        _expectInvalidGrant(node, TEE_NODE, EXPIRY);
        assertEq(vault.delegation(alice, node).scope, 0);
    }

    // ---------------------------------------------------------------- helpers

    function _scopeOf(Operation memory op) internal pure returns (uint8) {
        return op.kind == PackedBatch.DELETE ? DELETE : WRITE;
    }

    function _codeCount(Operation[] memory ops) internal pure returns (uint256 n) {
        for (uint256 i; i < ops.length; ++i) {
            if (ops[i].kind == PackedBatch.CODE) ++n;
        }
    }

    function _expectInvalidGrant(address delegate, uint8 scope, uint64 expiry) internal {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidGrant.selector, delegate, scope, expiry));
        vm.prank(alice);
        vault.grantDelegate(delegate, Scope.wrap(scope), expiry);
    }

    function _expectRejected(address writer, address owner, bytes memory ops, bytes memory reason) internal {
        _expectRejected(writer, owner, ops, reason, ANY_SEQ);
    }

    /// @dev `writer`'s applyBatchFor(`owner`, `ops`) reverts with exactly `reason` and changes nothing.
    function _expectRejected(address writer, address owner, bytes memory ops, bytes memory reason, uint64 expectedSeq)
        internal
    {
        IMemoryVault.LogState memory before = vault.logState(owner);
        uint256 vaultNonce = vm.getNonce(address(vault));
        vm.expectRevert(reason);
        vm.prank(writer);
        vault.applyBatchFor(owner, ops, expectedSeq);
        _assertUnchanged(owner, before);
        assertEq(vm.getNonce(address(vault)), vaultNonce, "code deployed");
    }
}
