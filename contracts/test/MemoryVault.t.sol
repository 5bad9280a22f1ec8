// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../src/MemoryVault.sol";
import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {Scope} from "../src/libraries/Scope.sol";
import {PackedBatch} from "./utils/PackedBatch.sol";
import {ReferenceChain} from "./utils/ReferenceChain.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";

contract MemoryVaultTest is VaultFixture {
    bytes32 internal constant ID_A = keccak256("record a");
    bytes32 internal constant ID_B = keccak256("record b");
    bytes32 internal constant CONTENT_HASH = keccak256("off-chain ciphertext");
    string internal constant URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    bytes32 internal constant KEY_CHECK_1 = keccak256("key check, epoch 1");
    bytes32 internal constant KEY_CHECK_2 = keccak256("key check, epoch 2");

    // ---------------------------------------------------------------- views

    function test_AnySeq_IsMaxUint64() public view {
        assertEq(vault.ANY_SEQ(), type(uint64).max);
    }

    function test_LogState_IsZeroBeforeFirstOperation() public view {
        _assertState(alice, bytes32(0), 0, 0);
    }

    function test_Scopes_AreTheDocumentedBits() public view {
        assertEq(Scope.unwrap(vault.SCOPE_WRITE()), 1);
        assertEq(Scope.unwrap(vault.SCOPE_DELETE()), 2);
        assertEq(Scope.unwrap(vault.SCOPE_TEE_NODE()), 4);
    }

    function test_TeeRegistry_IsTheConstructorArgument() public {
        assertEq(vault.teeRegistry(), address(0));
        address registry = makeAddr("registry");
        assertEq(new MemoryVault(registry).teeRegistry(), registry);
    }

    function test_Delegation_AndNonces_AreZeroInitially() public view {
        IMemoryVault.Delegation memory grant = vault.delegation(alice, bob);
        assertEq(grant.scope, 0);
        assertEq(grant.expiry, 0);
        assertEq(vault.nonces(alice), 0);
    }

    // ---------------------------------------------------------------- write

    function test_Write_FirstOperation() public {
        bytes memory ciphertext = hex"c0ffee";

        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordWritten(alice, ID_A, 1, 1, 0, ciphertext);
        vm.prank(alice);
        uint64 seq = vault.write(ID_A, 1, ciphertext, 0);

        assertEq(seq, 1);
        bytes32 opHash = keccak256(abi.encode(uint8(0), ID_A, uint64(1), keccak256(ciphertext)));
        bytes32 head = keccak256(abi.encode(bytes32(0), uint64(1), opHash));
        _assertState(alice, head, 1, START_BLOCK);
    }

    function test_Write_WithAnySeq() public {
        vm.startPrank(alice);
        vault.write(ID_A, 1, hex"01", ANY_SEQ);
        vault.write(ID_A, 2, hex"02", ANY_SEQ);
        uint64 seq = vault.write(ID_B, 1, hex"03", ANY_SEQ);
        vm.stopPrank();
        assertEq(seq, 3);
        assertEq(vault.logState(alice).seq, 3);
    }

    function test_Write_WithCurrentSeq() public {
        vm.startPrank(alice);
        assertEq(vault.write(ID_A, 1, hex"01", 0), 1);
        assertEq(vault.write(ID_A, 2, hex"02", 1), 2);
        assertEq(vault.write(ID_A, 3, hex"03", 2), 3);
        vm.stopPrank();
    }

    function test_Write_EventNamesBlockOfPreviousOperation() public {
        vm.startPrank(alice);
        vault.write(ID_A, 1, hex"01", ANY_SEQ);

        vm.roll(START_BLOCK + 5);
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordWritten(alice, ID_A, 2, 2, START_BLOCK, hex"02");
        vault.write(ID_A, 2, hex"02", ANY_SEQ);

        // Same block: the previous operation's block is the current one.
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordWritten(alice, ID_B, 1, 3, START_BLOCK + 5, hex"03");
        vault.write(ID_B, 1, hex"03", ANY_SEQ);

        vm.roll(START_BLOCK + 7);
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordWritten(alice, ID_B, 2, 4, START_BLOCK + 5, hex"04");
        vault.write(ID_B, 2, hex"04", ANY_SEQ);
        vm.stopPrank();

        assertEq(vault.logState(alice).lastWriteBlock, START_BLOCK + 7);
    }

    function test_Write_SameVersionTwiceExtendsLogTwice() public {
        // The vault keeps no per-record state: a repeated (id, version) is a new log entry.
        _applySingle(alice, _inlineOp(ID_A, 1, hex"aa"), ANY_SEQ);
        bytes32 headAfterFirst = vault.logState(alice).head;
        _applySingle(alice, _inlineOp(ID_A, 1, hex"aa"), ANY_SEQ);
        _assertMatchesModel(alice);
        assertNotEq(vault.logState(alice).head, headAfterFirst);
    }

    function test_Write_HeadCommitsToCiphertext() public {
        vm.prank(alice);
        vault.write(ID_A, 1, hex"aa", ANY_SEQ);
        vm.prank(bob);
        vault.write(ID_A, 1, hex"ab", ANY_SEQ);
        assertNotEq(vault.logState(alice).head, vault.logState(bob).head);
    }

    // ---------------------------------------------------------------- writePointer

    function test_WritePointer_FirstOperation() public {
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordPointerWritten(alice, ID_A, 7, 1, 0, CONTENT_HASH, URI);
        vm.prank(alice);
        uint64 seq = vault.writePointer(ID_A, 7, CONTENT_HASH, URI, 0);

        assertEq(seq, 1);
        bytes32 opHash = keccak256(abi.encode(uint8(1), ID_A, uint64(7), CONTENT_HASH, keccak256(bytes(URI))));
        bytes32 head = keccak256(abi.encode(bytes32(0), uint64(1), opHash));
        _assertState(alice, head, 1, START_BLOCK);
    }

    function test_WritePointer_AfterInlineWrite() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), ANY_SEQ);
        vm.roll(START_BLOCK + 1);

        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordPointerWritten(alice, ID_A, 2, 2, START_BLOCK, CONTENT_HASH, URI);
        vm.prank(alice);
        assertEq(vault.writePointer(ID_A, 2, CONTENT_HASH, URI, 1), 2);

        _modelAppend(alice, ReferenceChain.pointerOpHash(ID_A, 2, CONTENT_HASH, bytes(URI)));
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- deleteRecord

    function test_DeleteRecord_AppendsTombstone() public {
        bytes memory ciphertext = hex"01";
        vm.startPrank(alice);
        vault.write(ID_A, 1, ciphertext, 0);
        vm.roll(START_BLOCK + 3);

        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordDeleted(alice, ID_A, 2, 2, START_BLOCK);
        assertEq(vault.deleteRecord(ID_A, 2, 1), 2);
        vm.stopPrank();

        bytes32 head1 = keccak256(
            abi.encode(bytes32(0), uint64(1), keccak256(abi.encode(uint8(0), ID_A, uint64(1), keccak256(ciphertext))))
        );
        bytes32 head2 = keccak256(abi.encode(head1, uint64(2), keccak256(abi.encode(uint8(2), ID_A, uint64(2)))));
        _assertState(alice, head2, 2, START_BLOCK + 3);
    }

    function test_DeleteRecord_OfRecordNeverWritten() public {
        // Record ids are opaque and unknown to the vault; a tombstone needs no prior write.
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordDeleted(alice, ID_B, 1, 1, 0);
        vm.prank(alice);
        assertEq(vault.deleteRecord(ID_B, 1, ANY_SEQ), 1);
    }

    // ---------------------------------------------------------------- publishKeyCheck

    function test_PublishKeyCheck_FirstOperation() public {
        vm.expectEmit(address(vault));
        emit IMemoryVault.KeyCheckPublished(alice, 1, KEY_CHECK_1, 1, 0);
        vm.prank(alice);
        uint64 seq = vault.publishKeyCheck(1, KEY_CHECK_1, 0);

        assertEq(seq, 1);
        assertEq(vault.keyCheck(alice, 1), KEY_CHECK_1);
        assertEq(vault.logState(alice).keyEpoch, 1);
        bytes32 opHash = keccak256(abi.encode(uint8(16), uint64(1), KEY_CHECK_1));
        bytes32 head = keccak256(abi.encode(bytes32(0), uint64(1), opHash));
        _assertState(alice, head, 1, START_BLOCK);
    }

    function test_PublishKeyCheck_ChainContinuesAcrossKinds() public {
        bytes memory ciphertext = hex"01";
        vm.startPrank(alice);
        vault.write(ID_A, 1, ciphertext, 0);

        // The publication names the block of the write before it.
        vm.roll(START_BLOCK + 4);
        vm.expectEmit(address(vault));
        emit IMemoryVault.KeyCheckPublished(alice, 1, KEY_CHECK_1, 2, START_BLOCK);
        assertEq(vault.publishKeyCheck(1, KEY_CHECK_1, 1), 2);

        // And the next write names the block of the publication.
        vm.roll(START_BLOCK + 9);
        vm.expectEmit(address(vault));
        emit IMemoryVault.RecordDeleted(alice, ID_A, 2, 3, START_BLOCK + 4);
        assertEq(vault.deleteRecord(ID_A, 2, 2), 3);
        vm.stopPrank();

        bytes32 head = keccak256(
            abi.encode(bytes32(0), uint64(1), keccak256(abi.encode(uint8(0), ID_A, uint64(1), keccak256(ciphertext))))
        );
        head = keccak256(abi.encode(head, uint64(2), keccak256(abi.encode(uint8(16), uint64(1), KEY_CHECK_1))));
        head = keccak256(abi.encode(head, uint64(3), keccak256(abi.encode(uint8(2), ID_A, uint64(2)))));
        _assertState(alice, head, 3, START_BLOCK + 9);
        // Record writes keep the key epoch.
        assertEq(vault.logState(alice).keyEpoch, 1);
    }

    function test_PublishKeyCheck_InterleavedWithBatchesMatchesModel() public {
        _applyBatch(alice, _randomOps(21, 3), 0);
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 3);
        _assertMatchesModel(alice);

        // Same block: the publication names the current block; so does the batch after it.
        _applyBatch(alice, _randomOps(22, 2), ANY_SEQ);
        _publishKeyCheck(alice, 2, KEY_CHECK_2, ANY_SEQ);
        _assertMatchesModel(alice);

        vm.roll(START_BLOCK + 3);
        _applySingle(alice, _pointerOp(ID_B, 1, CONTENT_HASH, URI), 7);
        _applyBatch(alice, _randomOps(23, 4), 8);
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).seq, 12);
        assertEq(vault.logState(alice).keyEpoch, 2);
        assertEq(vault.keyCheck(alice, 1), KEY_CHECK_1);
        assertEq(vault.keyCheck(alice, 2), KEY_CHECK_2);
    }

    function test_PublishKeyCheck_EpochsMaySkip() public {
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 0);
        vm.roll(START_BLOCK + 1);
        _publishKeyCheck(alice, 5, KEY_CHECK_2, 1);
        _assertMatchesModel(alice);

        assertEq(vault.logState(alice).keyEpoch, 5);
        assertEq(vault.keyCheck(alice, 1), KEY_CHECK_1);
        assertEq(vault.keyCheck(alice, 5), KEY_CHECK_2);
        for (uint64 epoch = 2; epoch < 5; ++epoch) {
            assertEq(vault.keyCheck(alice, epoch), bytes32(0));
        }
    }

    function test_PublishKeyCheck_SameValueForNewEpoch() public {
        // The vault does not interpret values: re-publishing one under a new epoch is a new operation.
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 0);
        bytes32 headAfterFirst = vault.logState(alice).head;
        _publishKeyCheck(alice, 2, KEY_CHECK_1, 1);
        _assertMatchesModel(alice);
        assertNotEq(vault.logState(alice).head, headAfterFirst);
        assertEq(vault.keyCheck(alice, 2), KEY_CHECK_1);
    }

    function test_PublishKeyCheck_HeadCommitsToEpochAndValue() public {
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 0);
        _publishKeyCheck(bob, 2, KEY_CHECK_1, 0);
        assertNotEq(vault.logState(alice).head, vault.logState(bob).head);

        address carol = makeAddr("carol");
        _publishKeyCheck(carol, 1, KEY_CHECK_2, 0);
        assertNotEq(vault.logState(alice).head, vault.logState(carol).head);
    }

    function test_PublishKeyCheck_WithCurrentSeqOrAnySeq() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        assertEq(_publishKeyCheck(alice, 1, KEY_CHECK_1, 1), 2);
        assertEq(_publishKeyCheck(alice, 2, KEY_CHECK_2, ANY_SEQ), 3);
        _assertMatchesModel(alice);
    }

    function test_PublishKeyCheck_MaxEpoch() public {
        uint64 maxEpoch = type(uint64).max;
        _publishKeyCheck(alice, maxEpoch, KEY_CHECK_1, 0);
        _assertMatchesModel(alice);

        // Nothing comes after it: the owner can never publish again.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, maxEpoch, maxEpoch));
        vm.prank(alice);
        vault.publishKeyCheck(maxEpoch, KEY_CHECK_2, ANY_SEQ);
        assertEq(vault.keyCheck(alice, maxEpoch), KEY_CHECK_1);
    }

    function test_KeyCheck_IsZeroForUnpublishedEpoch() public {
        assertEq(vault.keyCheck(alice, 0), bytes32(0));
        assertEq(vault.keyCheck(alice, 1), bytes32(0));
        assertEq(vault.logState(alice).keyEpoch, 0);

        _publishKeyCheck(alice, 2, KEY_CHECK_2, 0);
        assertEq(vault.keyCheck(alice, 0), bytes32(0));
        assertEq(vault.keyCheck(alice, 1), bytes32(0));
        assertEq(vault.keyCheck(alice, 3), bytes32(0));
        assertEq(vault.keyCheck(alice, type(uint64).max), bytes32(0));
        assertEq(vault.keyCheck(bob, 2), bytes32(0));
    }

    function test_KeyChecks_LeaveOtherOwnersUnchanged() public {
        _applySingle(bob, _inlineOp(ID_A, 1, hex"b0b0"), 0);
        _publishKeyCheck(bob, 3, KEY_CHECK_2, 1);
        IMemoryVault.LogState memory bobBefore = vault.logState(bob);

        // Epochs are per owner: Alice starts from 1 although Bob is at 3, and may reach and pass 3.
        vm.roll(START_BLOCK + 1);
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 0);
        _publishKeyCheck(alice, 3, KEY_CHECK_1, 1);
        _publishKeyCheck(alice, 4, KEY_CHECK_1, 2);

        _assertUnchanged(bob, bobBefore);
        assertEq(vault.keyCheck(bob, 3), KEY_CHECK_2);
        assertEq(vault.keyCheck(bob, 1), bytes32(0));
        assertEq(vault.keyCheck(bob, 4), bytes32(0));
        assertEq(vault.keyCheck(alice, 3), KEY_CHECK_1);
        _assertMatchesModel(alice);
        _assertMatchesModel(bob);
    }

    function test_RevertIf_EpochNotIncreasing() public {
        _publishKeyCheck(alice, 5, KEY_CHECK_1, 0);
        IMemoryVault.LogState memory before = vault.logState(alice);
        vm.roll(START_BLOCK + 1);

        // The same epoch again, even with a new value.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, 5, 5));
        vm.prank(alice);
        vault.publishKeyCheck(5, KEY_CHECK_2, 1);

        // A lower epoch, published or not.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, 5, 4));
        vm.prank(alice);
        vault.publishKeyCheck(4, KEY_CHECK_2, ANY_SEQ);

        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, 5, 0));
        vm.prank(alice);
        vault.publishKeyCheck(0, KEY_CHECK_2, ANY_SEQ);

        _assertUnchanged(alice, before);
        assertEq(vault.keyCheck(alice, 5), KEY_CHECK_1);
        assertEq(vault.keyCheck(alice, 4), bytes32(0));
        assertEq(vault.keyCheck(alice, 0), bytes32(0));
    }

    function test_RevertIf_EpochIsZero() public {
        // Zero is "no epoch yet", so it is never after the current one.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEpochNotIncreasing.selector, 0, 0));
        vm.prank(alice);
        vault.publishKeyCheck(0, KEY_CHECK_1, 0);
        _assertState(alice, bytes32(0), 0, 0);
        assertEq(vault.logState(alice).keyEpoch, 0);
        assertEq(vault.keyCheck(alice, 0), bytes32(0));
    }

    function test_RevertIf_ZeroKeyCheck() public {
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 0);
        IMemoryVault.LogState memory before = vault.logState(alice);

        vm.expectRevert(IMemoryVault.VaultZeroKeyCheck.selector);
        vm.prank(alice);
        vault.publishKeyCheck(2, bytes32(0), 1);

        // The value is checked before the sequence number and the epoch.
        vm.expectRevert(IMemoryVault.VaultZeroKeyCheck.selector);
        vm.prank(alice);
        vault.publishKeyCheck(1, bytes32(0), 7);

        _assertUnchanged(alice, before);
        assertEq(vault.keyCheck(alice, 2), bytes32(0));
    }

    function test_RevertIf_PublishKeyCheckSeqMismatch() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        _publishKeyCheck(alice, 1, KEY_CHECK_1, 1);
        IMemoryVault.LogState memory before = vault.logState(alice);

        // Stale.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 1, 2));
        vm.prank(alice);
        vault.publishKeyCheck(2, KEY_CHECK_2, 1);

        // Ahead.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 3, 2));
        vm.prank(alice);
        vault.publishKeyCheck(2, KEY_CHECK_2, 3);

        // The sequence number is checked before the epoch.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 0, 2));
        vm.prank(alice);
        vault.publishKeyCheck(1, KEY_CHECK_2, 0);

        _assertUnchanged(alice, before);
        assertEq(vault.keyCheck(alice, 2), bytes32(0));
    }

    // ---------------------------------------------------------------- the chain

    function test_Head_MatchesIndependentChainAcrossBlocksAndKinds() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        _assertMatchesModel(alice);
        vm.roll(START_BLOCK + 2);
        _applySingle(alice, _pointerOp(ID_B, 1, CONTENT_HASH, URI), 1);
        _assertMatchesModel(alice);
        _applyBatch(alice, _randomOps(42, 6), 2);
        _assertMatchesModel(alice);
        vm.roll(START_BLOCK + 9);
        _applySingle(alice, _deleteOp(ID_A, 2), ANY_SEQ);
        _assertMatchesModel(alice);
        _applyBatch(alice, _randomOps(43, 3), 9);
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).seq, 12);
    }

    // ---------------------------------------------------------------- owners are isolated

    function test_Writes_LeaveOtherOwnersUnchanged() public {
        _applySingle(bob, _inlineOp(ID_A, 1, hex"b0b0"), 0);
        IMemoryVault.LogState memory bobBefore = vault.logState(bob);

        vm.roll(START_BLOCK + 1);
        _applySingle(alice, _inlineOp(ID_A, 1, hex"a1"), 0);
        _applySingle(alice, _pointerOp(ID_A, 2, CONTENT_HASH, URI), 1);
        _applySingle(alice, _deleteOp(ID_A, 3), 2);
        _applyBatch(alice, _randomOps(7, 5), 3);

        _assertUnchanged(bob, bobBefore);
        _assertMatchesModel(alice);
        _assertMatchesModel(bob);
    }

    function test_Seq_IsPerOwner() public {
        _applyBatch(alice, _randomOps(3, 3), 0);
        // Bob's log is still at 0, whatever Alice did.
        _applySingle(bob, _inlineOp(ID_A, 1, hex"01"), 0);
        _assertMatchesModel(bob);

        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, bob, 3, 1));
        vm.prank(bob);
        vault.write(ID_A, 2, hex"02", 3);
    }

    // ---------------------------------------------------------------- sequence check

    function test_RevertIf_WriteSeqIsStale() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        _applySingle(alice, _inlineOp(ID_A, 2, hex"02"), 1);

        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 1, 2));
        vm.prank(alice);
        vault.write(ID_A, 3, hex"03", 1);
        _assertMatchesModel(alice);
    }

    function test_RevertIf_WriteSeqIsAhead() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 5, 0));
        vm.prank(alice);
        vault.write(ID_A, 1, hex"01", 5);
    }

    function test_RevertIf_WriteSeqIsAnySeqMinusOne() public {
        uint64 almostAny = type(uint64).max - 1;
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, almostAny, 0));
        vm.prank(alice);
        vault.write(ID_A, 1, hex"01", almostAny);
    }

    function test_RevertIf_WritePointerSeqMismatch() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 0, 1));
        vm.prank(alice);
        vault.writePointer(ID_A, 2, CONTENT_HASH, URI, 0);
        _assertMatchesModel(alice);
    }

    function test_RevertIf_DeleteRecordSeqMismatch() public {
        _applySingle(alice, _inlineOp(ID_A, 1, hex"01"), 0);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 2, 1));
        vm.prank(alice);
        vault.deleteRecord(ID_A, 2, 2);
        _assertMatchesModel(alice);
    }

    function test_RevertIf_ApplyBatchSeqMismatch() public {
        _applyBatch(alice, _randomOps(5, 2), 0);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 1, 2));
        vm.prank(alice);
        vault.applyBatch(PackedBatch.encode(_randomOps(6, 2)), 1);
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- malformed single operations

    function test_RevertIf_WriteIdIsZero() public {
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vm.prank(alice);
        vault.write(bytes32(0), 1, hex"01", ANY_SEQ);
    }

    function test_RevertIf_WriteVersionIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, ID_A));
        vm.prank(alice);
        vault.write(ID_A, 0, hex"01", ANY_SEQ);
    }

    function test_RevertIf_WriteCiphertextIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, ID_A));
        vm.prank(alice);
        vault.write(ID_A, 1, "", ANY_SEQ);
    }

    function test_RevertIf_WritePointerIdIsZero() public {
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vm.prank(alice);
        vault.writePointer(bytes32(0), 1, CONTENT_HASH, URI, ANY_SEQ);
    }

    function test_RevertIf_WritePointerVersionIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, ID_A));
        vm.prank(alice);
        vault.writePointer(ID_A, 0, CONTENT_HASH, URI, ANY_SEQ);
    }

    function test_RevertIf_WritePointerUriIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, ID_A));
        vm.prank(alice);
        vault.writePointer(ID_A, 1, CONTENT_HASH, "", ANY_SEQ);
    }

    function test_RevertIf_WritePointerContentHashIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, ID_A));
        vm.prank(alice);
        vault.writePointer(ID_A, 1, bytes32(0), URI, ANY_SEQ);
    }

    function test_RevertIf_DeleteRecordIdIsZero() public {
        vm.expectRevert(IMemoryVault.VaultZeroId.selector);
        vm.prank(alice);
        vault.deleteRecord(bytes32(0), 1, ANY_SEQ);
    }

    function test_RevertIf_DeleteRecordVersionIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, ID_A));
        vm.prank(alice);
        vault.deleteRecord(ID_A, 0, ANY_SEQ);
    }
}
