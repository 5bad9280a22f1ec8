// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../src/MemoryVault.sol";
import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {Scope} from "../src/libraries/Scope.sol";
import {Operation, PackedBatch} from "./utils/PackedBatch.sol";
import {TeeRegistryFixture} from "./utils/TeeRegistryFixture.sol";

/// @notice The registry with the real vault: an owner delegates to a registered node with
/// SCOPE_TEE_NODE and the node writes; revoking its measurement (in the same block), letting its
/// heartbeat expire, or removing it stops its next write, without the owner touching the grant.
contract TeeRegistryVaultTest is TeeRegistryFixture {
    uint8 internal constant WRITE = 1;
    uint8 internal constant TEE_NODE = 4;
    uint64 internal constant ANY_SEQ = type(uint64).max;

    MemoryVault internal vault;
    address internal owner = makeAddr("owner");
    address internal teeNode = makeAddr("tee node");
    uint64 internal version;

    function setUp() public override {
        super.setUp();
        vault = new MemoryVault(address(registry));
        _register(teeNode);
        vm.prank(owner);
        vault.grantDelegate(teeNode, Scope.wrap(WRITE | TEE_NODE), START_TIME + 30 days);
    }

    function _batch() internal returns (bytes memory) {
        Operation[] memory ops = new Operation[](1);
        ops[0] = Operation(PackedBatch.INLINE, keccak256("record"), ++version, bytes32(0), hex"c1fe");
        return PackedBatch.encode(ops);
    }

    function _nodeWrites() internal {
        vm.prank(teeNode);
        vault.applyBatchFor(owner, _batch(), ANY_SEQ);
    }

    function _expectNodeWriteRefused() internal {
        bytes memory batch = _batch();
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultTeeNodeInactive.selector, teeNode));
        vm.prank(teeNode);
        vault.applyBatchFor(owner, batch, ANY_SEQ);
    }

    function test_RegisteredNode_WritesForTheOwner() public {
        _nodeWrites();
        _nodeWrites();
        assertEq(vault.logState(owner).seq, 2);
    }

    function test_RevokeMeasurement_StopsTheNodesNextWriteInTheSameBlock() public {
        uint256 blockNumber = block.number;
        _nodeWrites();
        _revoke(measurement);
        _expectNodeWriteRefused();
        assertEq(block.number, blockNumber, "one block");
        assertEq(vault.logState(owner).seq, 1);
        // The grant itself is untouched; the registry alone decides.
        assertEq(vault.delegation(owner, teeNode).scope, WRITE | TEE_NODE);
    }

    function test_HeartbeatExpiry_StopsWritesUntilTheNextHeartbeat() public {
        vm.warp(START_TIME + MAX_AGE);
        _nodeWrites();
        vm.warp(START_TIME + MAX_AGE + 1);
        _expectNodeWriteRefused();
        vm.prank(teeNode);
        registry.heartbeat();
        _nodeWrites();
        assertEq(vault.logState(owner).seq, 2);
    }

    function test_DeregisterAndRemoval_StopWrites() public {
        vm.prank(teeNode);
        registry.deregister();
        _expectNodeWriteRefused();
        _register(teeNode);
        _nodeWrites();
        vm.prank(admin);
        registry.removeNode(teeNode);
        _expectNodeWriteRefused();
    }

    function test_TeeNodeWrite_Gas() public {
        _nodeWrites();
        vm.prank(teeNode);
        bytes memory batch = _batch();
        uint256 gasBefore = gasleft();
        vault.applyBatchFor(owner, batch, ANY_SEQ);
        // The registry check is a few storage reads on top of a delegated write.
        assertLt(gasBefore - gasleft(), 60_000);
    }
}
