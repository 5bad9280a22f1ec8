// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {AuthHandler} from "../utils/AuthHandler.sol";
import {SettableTeeRegistry} from "../utils/SettableTeeRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Authorisation invariants: owners, delegates (some TEE-bound), a relayer and an attacker
/// act in any order while time passes; the handler predicts every outcome from its own model.
contract MemoryVaultAuthInvariantTest is Test {
    MemoryVault internal vault;
    SettableTeeRegistry internal registry;
    AuthHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(100);
        registry = new SettableTeeRegistry();
        vault = new MemoryVault(address(registry));
        handler = new AuthHandler(vault, registry);

        bytes4[] memory selectors = new bytes4[](11);
        selectors[0] = AuthHandler.ownerBatch.selector;
        selectors[1] = AuthHandler.relayOwnerBatch.selector;
        selectors[2] = AuthHandler.grant.selector;
        selectors[3] = AuthHandler.grant.selector;
        selectors[4] = AuthHandler.revoke.selector;
        selectors[5] = AuthHandler.delegateBatch.selector;
        selectors[6] = AuthHandler.delegateBatch.selector;
        selectors[7] = AuthHandler.setTeeActive.selector;
        selectors[8] = AuthHandler.attack.selector;
        selectors[9] = AuthHandler.replay.selector;
        selectors[10] = AuthHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice Every call did what the model said: succeeded, or failed with the exact error.
    function invariant_OutcomesMatchTheModel() public view {
        assertEq(handler.ghostWrongOutcomes(), 0, "a call's outcome was not the predicted one");
    }

    /// @notice No log moved except the owner's own, in a successful call by the owner, a delegate
    /// within its grant, or a relayer carrying either's signature.
    function invariant_NoLogMovesWithoutAnAuthorisedWriter() public view {
        assertEq(handler.ghostUnauthorisedMoves(), 0, "a log moved without an authorised writer");
        address[] memory delegates = handler.delegates();
        for (uint256 i; i < delegates.length; ++i) {
            assertEq(vault.logState(delegates[i]).seq, 0, "a delegate's own log moved");
        }
        assertEq(vault.logState(handler.attacker()).seq, 0, "the attacker's log moved");
        assertEq(vault.logState(handler.relayer()).seq, 0, "the relayer's log moved");
    }

    /// @notice A revoked, expired, out-of-scope or inactive-TEE delegate never extended a log.
    function invariant_InactiveDelegatesNeverWrite() public view {
        assertEq(handler.ghostInactiveDelegateWrites(), 0, "an inactive delegate wrote");
    }

    /// @notice Nonces only increase, by one per accepted signature of their account, and no signed
    /// digest was accepted twice.
    function invariant_NoncesCountAcceptedSignatures() public view {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) {
            assertEq(vault.nonces(accounts[i]), handler.ghostNonce(accounts[i]), "nonce");
        }
        assertEq(
            handler.ghostNonceAnomalies(), 0, "a nonce went down, or moved without a signature or a direct revocation"
        );
        assertEq(handler.ghostSignatureReuses(), 0, "a signature was accepted twice");
    }

    /// @notice Each owner's head is the chain folded from its events (BatchApplied with the
    /// RecordCodeStored of its code writes), and every delegated batch's events name the delegate.
    function invariant_HeadMatchesEventChain() public view {
        address[] memory owners = handler.owners();
        for (uint256 i; i < owners.length; ++i) {
            IMemoryVault.LogState memory folded = handler.eventState(owners[i]);
            IMemoryVault.LogState memory state = vault.logState(owners[i]);
            assertEq(state.head, folded.head, "head != chain over events");
            assertEq(state.seq, folded.seq, "seq != events");
            assertEq(state.seq, handler.ghostAppliedOps(owners[i]), "seq != applied operations");
            assertEq(state.lastWriteBlock, folded.lastWriteBlock, "lastWriteBlock");
        }
        assertEq(handler.ghostBrokenEvents(), 0, "events do not fold or do not name the writer");
    }

    /// @notice The vault's delegations are the model's.
    function invariant_DelegationsMatchTheModel() public view {
        address[] memory owners = handler.owners();
        address[] memory delegates = handler.delegates();
        for (uint256 i; i < owners.length; ++i) {
            for (uint256 j; j < delegates.length; ++j) {
                IMemoryVault.Delegation memory stored = vault.delegation(owners[i], delegates[j]);
                AuthHandler.Grant memory model = handler.modelGrant(owners[i], delegates[j]);
                assertEq(stored.scope, model.scope, "scope");
                assertEq(stored.expiry, model.expiry, "expiry");
            }
        }
    }
}
