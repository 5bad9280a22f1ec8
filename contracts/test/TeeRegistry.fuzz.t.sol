// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ITeeRegistry} from "../src/interfaces/ITeeRegistry.sol";
import {TeeRegistryFixture} from "./utils/TeeRegistryFixture.sol";

/// @notice Fuzzed registry properties: pagination returns every active node exactly once in order
/// for any count, limit and pattern of inactive nodes; activity follows the heartbeat age exactly;
/// endpoints of every allowed length register.
contract TeeRegistryFuzzTest is TeeRegistryFixture {
    function testFuzz_ActiveNodes_WalksEveryActiveNodeOnceInOrder(uint8 count, uint8 limit, uint256 pattern) public {
        count = uint8(bound(count, 0, 40));
        limit = uint8(bound(limit, 1, 50));
        _approve(otherMeasurement);
        for (uint256 i; i < count; ++i) {
            _register(_node(i), (pattern >> (2 * i)) & 3 == 3 ? otherMeasurement : measurement);
        }
        _revoke(otherMeasurement);
        // Some leave, some are removed, some go stale.
        for (uint256 i; i < count; ++i) {
            uint256 fate = (pattern >> (2 * i + 100)) & 3;
            if (fate == 1) {
                vm.prank(_node(i));
                registry.deregister();
            } else if (fate == 2 && _status(_node(i)) == ITeeRegistry.NodeStatus.Registered) {
                vm.prank(admin);
                registry.removeNode(_node(i));
            }
        }
        address[] memory expected = new address[](count);
        uint256 n;
        for (uint256 i; i < count; ++i) {
            if (registry.isActiveNode(_node(i))) expected[n++] = _node(i);
        }
        address[] memory walked = _walk(limit);
        assertEq(walked.length, n);
        for (uint256 i; i < n; ++i) {
            assertEq(walked[i], expected[i]);
        }
    }

    function testFuzz_IsActiveNode_FollowsTheHeartbeatAge(uint64 maxAge, uint64 elapsed) public {
        maxAge = uint64(bound(maxAge, 1, 365 days));
        elapsed = uint64(bound(elapsed, 0, 2 * uint256(maxAge)));
        vm.prank(admin);
        registry.setMaxHeartbeatAge(maxAge);
        address nodeAddress = _node(0);
        _register(nodeAddress);
        vm.warp(START_TIME + elapsed);
        assertEq(registry.isActiveNode(nodeAddress), elapsed <= maxAge);
        if (elapsed > maxAge) {
            vm.prank(nodeAddress);
            registry.heartbeat();
            assertTrue(registry.isActiveNode(nodeAddress));
        }
    }

    function testFuzz_RegisterNode_AcceptsEndpointsUpToTheBound(uint16 length) public {
        length = uint16(bound(length, 0, 400));
        address nodeAddress = _node(length);
        bytes32 key = _hpkeKey(nodeAddress);
        bytes memory evidence = _evidence(_statement(nodeAddress, measurement), checkerKey);
        string memory endpoint = string(new bytes(length));
        if (length == 0 || length > 256) {
            vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidEndpoint.selector, length));
        }
        vm.prank(nodeAddress);
        registry.registerNode(key, endpoint, measurement, evidence);
        assertEq(registry.isActiveNode(nodeAddress), length != 0 && length <= 256);
    }

    function testFuzz_RegisterNode_OnlyTheStatementsOwnBindingRegisters(
        address sender,
        bytes32 hpkePublicKey,
        bool otherMeasure
    ) public {
        vm.assume(sender != address(0) && hpkePublicKey != bytes32(0));
        address nodeAddress = _node(0);
        bytes memory evidence = _evidence(_statement(nodeAddress, measurement), checkerKey);
        _approve(otherMeasurement);
        bytes32 m = otherMeasure ? otherMeasurement : measurement;
        bool honest = sender == nodeAddress && hpkePublicKey == _hpkeKey(nodeAddress) && m == measurement;
        if (!honest) vm.expectRevert();
        vm.prank(sender);
        registry.registerNode(hpkePublicKey, ENDPOINT, m, evidence);
        assertEq(registry.isActiveNode(sender), honest);
    }
}
