// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {VaultHandler} from "../utils/VaultHandler.sol";
import {Test} from "forge-std/Test.sol";

contract MemoryVaultInvariantTest is Test {
    MemoryVault internal vault;
    VaultHandler internal handler;

    function setUp() public {
        vault = new MemoryVault(address(0));
        handler = new VaultHandler(vault);

        bytes4[] memory selectors = new bytes4[](13);
        selectors[0] = VaultHandler.write.selector;
        selectors[1] = VaultHandler.writePointer.selector;
        selectors[2] = VaultHandler.deleteRecord.selector;
        selectors[3] = VaultHandler.applyBatch.selector;
        selectors[4] = VaultHandler.rollBlocks.selector;
        selectors[5] = VaultHandler.attackerWrite.selector;
        selectors[6] = VaultHandler.attackerBatch.selector;
        selectors[7] = VaultHandler.writeWithStaleSeq.selector;
        selectors[8] = VaultHandler.applyBadBatch.selector;
        selectors[9] = VaultHandler.publishKeyCheck.selector;
        selectors[10] = VaultHandler.attackerPublishKeyCheck.selector;
        selectors[11] = VaultHandler.publishBadKeyCheck.selector;
        selectors[12] = VaultHandler.writeNonAsciiPointer.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Each log's seq is the number of operations its owner's successful calls carried, and
    /// each call returned the seq it reached.
    function invariant_SeqEqualsAppliedOps() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            (uint64 appliedOps,, uint64 eventSeq,,,) = handler.ghost(accounts[i]);
            assertEq(vault.logState(accounts[i]).seq, appliedOps, "seq != applied operations");
            assertEq(eventSeq, appliedOps, "last event seq != applied operations");
        }
        assertEq(handler.ghostWrongReturnedSeq(), 0, "a call returned the wrong seq");
    }

    /// @notice The head on chain is the chain folded from the owner's events, each linked to the one before.
    function invariant_HeadMatchesEventChain() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            (,,, bytes32 eventHead,,) = handler.ghost(accounts[i]);
            assertEq(vault.logState(accounts[i]).head, eventHead, "head != chain over events");
        }
        assertEq(handler.ghostBrokenEventLinks(), 0, "an event's seq or prevWriteBlock is wrong");
    }

    function invariant_LastWriteBlockMatches() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            (, uint64 lastWriteBlock,,,,) = handler.ghost(accounts[i]);
            assertEq(vault.logState(accounts[i]).lastWriteBlock, lastWriteBlock, "lastWriteBlock");
        }
    }

    /// @notice Each log's key epoch is the epoch of its owner's last accepted publication, as counted
    /// from the calls and as read from the events, which carried exactly the published values.
    function invariant_KeyEpochMatches() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            (,,,, uint64 keyEpoch, uint64 eventKeyEpoch) = handler.ghost(accounts[i]);
            assertEq(vault.logState(accounts[i]).keyEpoch, keyEpoch, "keyEpoch != last published epoch");
            assertEq(eventKeyEpoch, keyEpoch, "last event epoch != last published epoch");
        }
        assertEq(handler.ghostWrongKeyCheckEvents(), 0, "a KeyCheckPublished event is wrong");
    }

    /// @notice Every key-check value the vault accepted still reads back the same: no later call by
    /// the owner, another owner or the attacker replaced it.
    function invariant_KeyChecksAreWriteOnce() public view {
        VaultHandler.PublishedKeyCheck[] memory published = handler.published();
        for (uint256 i; i < published.length; ++i) {
            assertEq(vault.keyCheck(published[i].owner, published[i].epoch), published[i].value, "key check changed");
        }
        // Nothing was published for epoch zero, nor for the bystander.
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(vault.keyCheck(accounts[i], 0), bytes32(0), "key check at epoch zero");
        }
        assertEq(vault.logState(address(this)).keyEpoch, 0);
    }

    /// @notice No call, valid or rejected, by an owner or the attacker, moved another address's log
    /// or emitted an event in another owner's name.
    function invariant_OnlyOwnerExtendsOwnLog() public view {
        assertEq(handler.ghostCrossOwnerWrites(), 0, "a call changed another owner's log");
        assertEq(handler.ghostForeignEvents(), 0, "an event named another owner");
        // Addresses the handler never calls from have untouched logs.
        IMemoryVault.LogState memory bystander = vault.logState(address(this));
        assertEq(bystander.seq, 0);
        assertEq(bystander.head, bytes32(0));
    }

    /// @notice Every code record the vault deployed still holds SSTORE2's zero byte and its ciphertext.
    function invariant_CodeRecordsHoldCiphertext() public view {
        VaultHandler.StoredCode[] memory stored = handler.storedCode();
        for (uint256 i; i < stored.length; ++i) {
            assertEq(stored[i].pointer.codehash, stored[i].codeHash, "code record changed");
        }
    }

    /// @notice Mismatched seqs, malformed batches and non-ASCII URIs fail with the exact error and
    /// change nothing.
    function invariant_RejectedCallsChangeNothing() public view {
        assertEq(handler.ghostWrongRejections(), 0, "a call that must fail succeeded or changed state");
    }
}
