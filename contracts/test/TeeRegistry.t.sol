// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TeeRegistry} from "../src/TeeRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IAttesterStatementVerifier} from "../src/interfaces/IAttesterStatementVerifier.sol";
import {ITeeRegistry} from "../src/interfaces/ITeeRegistry.sol";
import {NodeStatement, TeeRegistryFixture} from "./utils/TeeRegistryFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {
    IAccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";

/// @notice A verifier that says no without a reason, to test the registry's own rejection.
contract RejectingVerifier is IAttestationVerifier {
    function verifyAttestation(address, bytes32, bytes32, bytes calldata) external pure returns (bool) {
        return false;
    }
}

/// @notice The registry: construction, governance and its roles, the measurement lifecycle, node
/// registration, heartbeats, deregistration and removal, and the views.
contract TeeRegistryTest is TeeRegistryFixture {
    address internal nodeA = makeAddr("node a");
    address internal nodeB = makeAddr("node b");

    // ---------------------------------------------------------------- construction

    function test_Constructor_SetsEverything() public view {
        assertEq(registry.defaultAdmin(), admin);
        assertEq(registry.defaultAdminDelay(), ADMIN_DELAY);
        assertTrue(registry.hasRole(registry.MEASUREMENT_ROLE(), admin));
        assertTrue(registry.hasRole(registry.OPERATOR_ROLE(), admin));
        assertEq(registry.MEASUREMENT_ROLE(), keccak256("MEASUREMENT_ROLE"));
        assertEq(registry.OPERATOR_ROLE(), keccak256("OPERATOR_ROLE"));
        assertEq(registry.MAX_ENDPOINT_LENGTH(), 256);
        assertEq(address(registry.verifier()), address(verifier));
        assertEq(registry.maxHeartbeatAge(), MAX_AGE);
        assertEq(registry.nodeCount(), 0);
    }

    function test_Constructor_EmitsTheInitialConfiguration() public {
        vm.expectEmit();
        emit ITeeRegistry.VerifierChanged(address(0), address(verifier));
        vm.expectEmit();
        emit ITeeRegistry.MaxHeartbeatAgeChanged(0, MAX_AGE);
        new TeeRegistry(admin, ADMIN_DELAY, verifier, MAX_AGE);
    }

    function test_RevertIf_ConstructorGetsABadConfiguration() public {
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidVerifier.selector, stranger));
        new TeeRegistry(admin, ADMIN_DELAY, IAttestationVerifier(stranger), MAX_AGE);
        vm.expectRevert(ITeeRegistry.TeeRegistryZeroMaxHeartbeatAge.selector);
        new TeeRegistry(admin, ADMIN_DELAY, verifier, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector, address(0)
            )
        );
        new TeeRegistry(address(0), ADMIN_DELAY, verifier, MAX_AGE);
    }

    function test_MeasurementOf_HashesTheConcatenatedPcrs() public view {
        (bytes memory pcr0, bytes memory pcr1, bytes memory pcr2) = _pcrs("image v1");
        assertEq(registry.measurementOf(pcr0, pcr1, pcr2), measurement);
        assertEq(pcr0.length + pcr1.length + pcr2.length, 144);
    }

    function test_RevertIf_PcrIsNot48Bytes() public {
        (bytes memory pcr0, bytes memory pcr1, bytes memory pcr2) = _pcrs("image v1");
        bytes memory short = new bytes(32);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidPcr.selector, 0, 32));
        registry.measurementOf(short, pcr1, pcr2);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidPcr.selector, 1, 49));
        registry.measurementOf(pcr0, abi.encodePacked(pcr1, bytes1(0)), pcr2);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidPcr.selector, 2, 0));
        registry.measurementOf(pcr0, pcr1, "");
    }

    // ---------------------------------------------------------------- roles

    function test_RevertIf_CallerLacksTheRole() public {
        bytes32 measurementRole = registry.MEASUREMENT_ROLE();
        bytes32 operatorRole = registry.OPERATOR_ROLE();
        vm.startPrank(stranger);
        _expectUnauthorized(stranger, measurementRole);
        registry.approveMeasurement(otherMeasurement);
        _expectUnauthorized(stranger, measurementRole);
        registry.revokeMeasurement(measurement);
        _expectUnauthorized(stranger, measurementRole);
        registry.setVerifier(verifier);
        _expectUnauthorized(stranger, operatorRole);
        registry.setMaxHeartbeatAge(1);
        _expectUnauthorized(stranger, operatorRole);
        registry.removeNode(nodeA);
        _expectUnauthorized(stranger, bytes32(0));
        registry.grantRole(measurementRole, stranger);
        vm.stopPrank();
    }

    function test_Roles_AreGrantedAndRevokedByTheAdmin() public {
        bytes32 measurementRole = registry.MEASUREMENT_ROLE();
        vm.prank(admin);
        registry.grantRole(measurementRole, stranger);
        vm.prank(stranger);
        registry.approveMeasurement(otherMeasurement);
        vm.prank(admin);
        registry.revokeRole(measurementRole, stranger);
        vm.prank(stranger);
        _expectUnauthorized(stranger, measurementRole);
        registry.revokeMeasurement(otherMeasurement);

        // The admin may hand off its own roles and then lacks them.
        bytes32 operatorRole = registry.OPERATOR_ROLE();
        vm.prank(admin);
        registry.renounceRole(operatorRole, admin);
        vm.prank(admin);
        _expectUnauthorized(admin, operatorRole);
        registry.setMaxHeartbeatAge(1);
    }

    function test_DefaultAdmin_TransfersInTwoStepsAfterTheDelay() public {
        vm.prank(admin);
        registry.beginDefaultAdminTransfer(stranger);
        (address pending, uint48 schedule) = registry.pendingDefaultAdmin();
        assertEq(pending, stranger);
        assertEq(schedule, START_TIME + ADMIN_DELAY);

        // Too early.
        vm.warp(START_TIME + ADMIN_DELAY);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminDelay.selector, schedule
            )
        );
        registry.acceptDefaultAdminTransfer();
        // Only the pending admin may accept.
        vm.warp(START_TIME + ADMIN_DELAY + 1);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector, nodeA)
        );
        registry.acceptDefaultAdminTransfer();

        vm.prank(stranger);
        registry.acceptDefaultAdminTransfer();
        assertEq(registry.defaultAdmin(), stranger);
        assertFalse(registry.hasRole(bytes32(0), admin));
        // The new admin grants roles; the old one cannot.
        bytes32 measurementRole = registry.MEASUREMENT_ROLE();
        vm.prank(stranger);
        registry.grantRole(measurementRole, nodeB);
        assertTrue(registry.hasRole(measurementRole, nodeB));
        vm.prank(admin);
        _expectUnauthorized(admin, bytes32(0));
        registry.grantRole(measurementRole, nodeA);
    }

    /// The governance roles move with the default admin: an admin rotated away (its key leaked,
    /// say) can no longer approve an image or install a verifier; roles granted to others stay.
    function test_DefaultAdmin_TransferMovesTheGovernanceRoles() public {
        bytes32 measurementRole = registry.MEASUREMENT_ROLE();
        bytes32 operatorRole = registry.OPERATOR_ROLE();
        vm.prank(admin);
        registry.grantRole(operatorRole, nodeB);
        vm.prank(admin);
        registry.beginDefaultAdminTransfer(stranger);
        vm.warp(START_TIME + ADMIN_DELAY + 1);
        vm.prank(stranger);
        registry.acceptDefaultAdminTransfer();

        assertFalse(registry.hasRole(measurementRole, admin));
        assertFalse(registry.hasRole(operatorRole, admin));
        assertTrue(registry.hasRole(measurementRole, stranger));
        assertTrue(registry.hasRole(operatorRole, stranger));
        assertTrue(registry.hasRole(operatorRole, nodeB), "granted to another account: stays");
        vm.prank(admin);
        _expectUnauthorized(admin, measurementRole);
        registry.approveMeasurement(otherMeasurement);
        IAttestationVerifier acceptsAnything = new RejectingVerifier();
        vm.prank(admin);
        _expectUnauthorized(admin, measurementRole);
        registry.setVerifier(acceptsAnything);
        vm.prank(stranger);
        registry.approveMeasurement(otherMeasurement);
    }

    /// The operator alone cannot install a verifier (which decides which keys count as attested,
    /// as much power as approving an image): that is the measurement governance's.
    function test_RevertIf_TheOperatorAloneSetsTheVerifier() public {
        bytes32 operatorRole = registry.OPERATOR_ROLE();
        vm.prank(admin);
        registry.grantRole(operatorRole, stranger);
        IAttestationVerifier acceptsAnything = new RejectingVerifier();
        bytes32 measurementRole = registry.MEASUREMENT_ROLE();
        vm.prank(stranger);
        _expectUnauthorized(stranger, measurementRole);
        registry.setVerifier(acceptsAnything);
        assertEq(address(registry.verifier()), address(verifier));
        // It still bans and sets the heartbeat age.
        vm.prank(stranger);
        registry.setMaxHeartbeatAge(7);
        assertEq(registry.maxHeartbeatAge(), 7);
    }

    /// An admin that renounces (in two steps, after the delay) gives up the governance roles too.
    function test_DefaultAdmin_RenouncingDropsTheGovernanceRoles() public {
        vm.prank(admin);
        registry.beginDefaultAdminTransfer(address(0));
        vm.warp(START_TIME + ADMIN_DELAY + 1);
        vm.prank(admin);
        registry.renounceRole(bytes32(0), admin);
        assertEq(registry.defaultAdmin(), address(0));
        assertFalse(registry.hasRole(registry.MEASUREMENT_ROLE(), admin));
        assertFalse(registry.hasRole(registry.OPERATOR_ROLE(), admin));
    }

    function test_RevertIf_DefaultAdminIsGrantedDirectly() public {
        vm.prank(admin);
        vm.expectRevert(IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminRules.selector);
        registry.grantRole(bytes32(0), stranger);
    }

    // ---------------------------------------------------------------- measurements

    function test_ApproveMeasurement_EmitsAndApproves() public {
        assertEq(uint8(registry.measurementStatus(otherMeasurement)), uint8(ITeeRegistry.MeasurementStatus.Unknown));
        vm.expectEmit(address(registry));
        emit ITeeRegistry.MeasurementApproved(otherMeasurement);
        _approve(otherMeasurement);
        assertEq(uint8(registry.measurementStatus(otherMeasurement)), uint8(ITeeRegistry.MeasurementStatus.Approved));
    }

    function test_RevokeMeasurement_EmitsAndIsPermanent() public {
        vm.expectEmit(address(registry));
        emit ITeeRegistry.MeasurementRevoked(measurement);
        _revoke(measurement);
        assertEq(uint8(registry.measurementStatus(measurement)), uint8(ITeeRegistry.MeasurementStatus.Revoked));
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotNew.selector, measurement, ITeeRegistry.MeasurementStatus.Revoked
            )
        );
        registry.approveMeasurement(measurement);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotApproved.selector,
                measurement,
                ITeeRegistry.MeasurementStatus.Revoked
            )
        );
        registry.revokeMeasurement(measurement);
        vm.stopPrank();
    }

    function test_RevertIf_MeasurementIsZeroApprovedTwiceOrUnknown() public {
        vm.startPrank(admin);
        vm.expectRevert(ITeeRegistry.TeeRegistryZeroMeasurement.selector);
        registry.approveMeasurement(bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotNew.selector, measurement, ITeeRegistry.MeasurementStatus.Approved
            )
        );
        registry.approveMeasurement(measurement);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotApproved.selector,
                otherMeasurement,
                ITeeRegistry.MeasurementStatus.Unknown
            )
        );
        registry.revokeMeasurement(otherMeasurement);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- configuration

    function test_SetVerifier_EmitsAndApplies() public {
        RejectingVerifier rejecting = new RejectingVerifier();
        vm.expectEmit(address(registry));
        emit ITeeRegistry.VerifierChanged(address(verifier), address(rejecting));
        vm.prank(admin);
        registry.setVerifier(rejecting);
        assertEq(address(registry.verifier()), address(rejecting));

        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(ITeeRegistry.TeeRegistryAttestationRejected.selector, nodeA, measurement)
        );
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);

        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidVerifier.selector, address(0)));
        registry.setVerifier(IAttestationVerifier(address(0)));
    }

    function test_SetMaxHeartbeatAge_EmitsAndAppliesToEveryNodeAtOnce() public {
        _register(nodeA);
        vm.warp(START_TIME + 10 minutes);
        _register(nodeB);
        vm.warp(START_TIME + 20 minutes);
        assertTrue(registry.isActiveNode(nodeA));

        vm.expectEmit(address(registry));
        emit ITeeRegistry.MaxHeartbeatAgeChanged(MAX_AGE, 15 minutes);
        vm.prank(admin);
        registry.setMaxHeartbeatAge(15 minutes);
        assertEq(registry.maxHeartbeatAge(), 15 minutes);
        assertFalse(registry.isActiveNode(nodeA));
        assertTrue(registry.isActiveNode(nodeB));

        vm.prank(admin);
        vm.expectRevert(ITeeRegistry.TeeRegistryZeroMaxHeartbeatAge.selector);
        registry.setMaxHeartbeatAge(0);
    }

    // ---------------------------------------------------------------- registration

    function test_RegisterNode_StoresEmitsAndActivates() public {
        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.expectEmit(address(registry));
        emit ITeeRegistry.NodeRegistered(nodeA, measurement, s.hpkePublicKey, ENDPOINT, evidence);
        vm.prank(nodeA);
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);

        ITeeRegistry.Node memory n = registry.node(nodeA);
        assertEq(n.hpkePublicKey, s.hpkePublicKey);
        assertEq(n.endpoint, ENDPOINT);
        assertEq(n.measurement, measurement);
        assertEq(n.registeredAt, START_TIME);
        assertEq(n.lastHeartbeat, START_TIME);
        assertEq(uint8(n.status), uint8(ITeeRegistry.NodeStatus.Registered));
        assertTrue(registry.isActiveNode(nodeA));
        assertEq(registry.nodeCount(), 1);
    }

    function test_RegisterNode_AgainRotatesKeyEndpointAndMeasurement() public {
        _register(nodeA);
        _approve(otherMeasurement);
        vm.warp(START_TIME + 1 days);
        NodeStatement memory s = _statement(nodeA, otherMeasurement);
        s.hpkePublicKey = keccak256("rotated");
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeA);
        registry.registerNode(s.hpkePublicKey, "https://new.example", otherMeasurement, evidence);

        ITeeRegistry.Node memory n = registry.node(nodeA);
        assertEq(n.hpkePublicKey, keccak256("rotated"));
        assertEq(n.endpoint, "https://new.example");
        assertEq(n.measurement, otherMeasurement);
        assertEq(n.registeredAt, START_TIME + 1 days);
        assertEq(registry.nodeCount(), 1, "listed once");
        // Revoking the old measurement no longer touches it.
        _revoke(measurement);
        assertTrue(registry.isActiveNode(nodeA));
    }

    /// Issue #15, point 9: a node cannot roll its HPKE key back with an older statement that is
    /// still valid; its current key it may register again (a new endpoint, a restart).
    function test_RevertIf_NodeGoesBackToAReplacedHpkeKey() public {
        NodeStatement memory first = _statement(nodeA, measurement);
        bytes memory firstEvidence = _evidence(first, checkerKey);
        vm.prank(nodeA);
        registry.registerNode(first.hpkePublicKey, ENDPOINT, measurement, firstEvidence);

        vm.warp(START_TIME + 1 minutes);
        NodeStatement memory second = _statement(nodeA, measurement);
        second.hpkePublicKey = keccak256("rotated");
        bytes memory secondEvidence = _evidence(second, checkerKey);
        vm.prank(nodeA);
        registry.registerNode(second.hpkePublicKey, ENDPOINT, measurement, secondEvidence);

        // The first statement is still within its window, and the verifier accepts it.
        vm.warp(START_TIME + 2 minutes);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(ITeeRegistry.TeeRegistryHpkeKeyRetired.selector, nodeA, first.hpkePublicKey)
        );
        registry.registerNode(first.hpkePublicKey, ENDPOINT, measurement, firstEvidence);
        assertEq(registry.node(nodeA).hpkePublicKey, keccak256("rotated"));

        // Nor after deregistering.
        vm.prank(nodeA);
        registry.deregister();
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(ITeeRegistry.TeeRegistryHpkeKeyRetired.selector, nodeA, first.hpkePublicKey)
        );
        registry.registerNode(first.hpkePublicKey, ENDPOINT, measurement, firstEvidence);

        // The current key, again: a new endpoint.
        vm.prank(nodeA);
        registry.registerNode(second.hpkePublicKey, "https://moved.example", measurement, secondEvidence);
        assertEq(registry.node(nodeA).endpoint, "https://moved.example");
        assertTrue(registry.isActiveNode(nodeA));

        // Another node's retired keys are not this one's.
        NodeStatement memory other = _statement(nodeB, measurement);
        other.hpkePublicKey = first.hpkePublicKey;
        bytes memory otherEvidence = _evidence(other, checkerKey);
        vm.prank(nodeB);
        registry.registerNode(other.hpkePublicKey, ENDPOINT, measurement, otherEvidence);
        assertTrue(registry.isActiveNode(nodeB));
    }

    function test_RevertIf_MeasurementIsNotApproved() public {
        NodeStatement memory s = _statement(nodeA, otherMeasurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotApproved.selector,
                otherMeasurement,
                ITeeRegistry.MeasurementStatus.Unknown
            )
        );
        registry.registerNode(s.hpkePublicKey, ENDPOINT, otherMeasurement, evidence);

        // Nor a revoked one, even with a valid statement.
        _approve(otherMeasurement);
        _revoke(otherMeasurement);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotApproved.selector,
                otherMeasurement,
                ITeeRegistry.MeasurementStatus.Revoked
            )
        );
        registry.registerNode(s.hpkePublicKey, ENDPOINT, otherMeasurement, evidence);
        assertEq(registry.nodeCount(), 0);
    }

    function test_RevertIf_RegistrationFieldsAreInvalid() public {
        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.startPrank(nodeA);
        vm.expectRevert(ITeeRegistry.TeeRegistryZeroHpkeKey.selector);
        registry.registerNode(bytes32(0), ENDPOINT, measurement, evidence);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidEndpoint.selector, 0));
        registry.registerNode(s.hpkePublicKey, "", measurement, evidence);
        string memory tooLong = string(new bytes(257));
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryInvalidEndpoint.selector, 257));
        registry.registerNode(s.hpkePublicKey, tooLong, measurement, evidence);
        // 256 bytes is fine.
        registry.registerNode(s.hpkePublicKey, string(new bytes(256)), measurement, evidence);
        vm.stopPrank();
    }

    function test_RevertIf_EvidenceIsForAnotherNodeKeyOrMeasurement() public {
        _approve(otherMeasurement);
        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        // Another sender presents node A's statement.
        vm.prank(nodeB);
        vm.expectPartialRevert(IAttesterStatementVerifier.AttesterUnknownSigner.selector);
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);
        // Node A claims another HPKE key, or another measurement.
        vm.startPrank(nodeA);
        vm.expectPartialRevert(IAttesterStatementVerifier.AttesterUnknownSigner.selector);
        registry.registerNode(keccak256("attacker key"), ENDPOINT, measurement, evidence);
        vm.expectPartialRevert(IAttesterStatementVerifier.AttesterUnknownSigner.selector);
        registry.registerNode(s.hpkePublicKey, ENDPOINT, otherMeasurement, evidence);
        vm.stopPrank();
        assertEq(registry.nodeCount(), 0);
    }

    // ---------------------------------------------------------------- heartbeats

    function test_Heartbeat_EmitsAndKeepsTheNodeActive() public {
        _register(nodeA);
        vm.warp(START_TIME + MAX_AGE);
        assertTrue(registry.isActiveNode(nodeA), "exactly max age old");
        vm.expectEmit(address(registry));
        emit ITeeRegistry.NodeHeartbeat(nodeA, START_TIME + MAX_AGE);
        vm.prank(nodeA);
        registry.heartbeat();
        assertEq(registry.node(nodeA).lastHeartbeat, START_TIME + MAX_AGE);
        assertEq(registry.node(nodeA).registeredAt, START_TIME);
        vm.warp(START_TIME + 2 * MAX_AGE);
        assertTrue(registry.isActiveNode(nodeA));
    }

    function test_Heartbeat_ExpiryDeactivatesAndALateHeartbeatRevives() public {
        _register(nodeA);
        vm.warp(START_TIME + MAX_AGE + 1);
        assertFalse(registry.isActiveNode(nodeA));
        assertEq(uint8(_status(nodeA)), uint8(ITeeRegistry.NodeStatus.Registered), "still registered");
        vm.prank(nodeA);
        registry.heartbeat();
        assertTrue(registry.isActiveNode(nodeA));
    }

    function test_RevertIf_HeartbeatFromAnUnregisteredOrRevokedNode() public {
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryNodeNotRegistered.selector, nodeA, ITeeRegistry.NodeStatus.None
            )
        );
        registry.heartbeat();

        _register(nodeA);
        _revoke(measurement);
        vm.prank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryMeasurementNotApproved.selector,
                measurement,
                ITeeRegistry.MeasurementStatus.Revoked
            )
        );
        registry.heartbeat();
    }

    // ---------------------------------------------------------------- leaving

    function test_Deregister_EmitsDeactivatesAndAllowsReturn() public {
        _register(nodeA);
        vm.expectEmit(address(registry));
        emit ITeeRegistry.NodeDeregistered(nodeA);
        vm.prank(nodeA);
        registry.deregister();
        assertFalse(registry.isActiveNode(nodeA));
        assertEq(uint8(_status(nodeA)), uint8(ITeeRegistry.NodeStatus.Deregistered));

        vm.startPrank(nodeA);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryNodeNotRegistered.selector, nodeA, ITeeRegistry.NodeStatus.Deregistered
            )
        );
        registry.deregister();
        vm.expectRevert(
            abi.encodeWithSelector(
                ITeeRegistry.TeeRegistryNodeNotRegistered.selector, nodeA, ITeeRegistry.NodeStatus.Deregistered
            )
        );
        registry.heartbeat();
        vm.stopPrank();

        _register(nodeA);
        assertTrue(registry.isActiveNode(nodeA));
        assertEq(registry.nodeCount(), 1);
    }

    function test_RemoveNode_EmitsDeactivatesAndBans() public {
        _register(nodeA);
        vm.expectEmit(address(registry));
        emit ITeeRegistry.NodeRemoved(nodeA);
        vm.prank(admin);
        registry.removeNode(nodeA);
        assertFalse(registry.isActiveNode(nodeA));
        assertEq(uint8(_status(nodeA)), uint8(ITeeRegistry.NodeStatus.Removed));

        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeA);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryNodeBanned.selector, nodeA));
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);

        // Banned once is banned.
        vm.prank(admin);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryNodeBanned.selector, nodeA));
        registry.removeNode(nodeA);
    }

    /// A node that deregisters before governance bans it stays banned: it cannot come back with its
    /// statement, which is still valid.
    function test_RemoveNode_BansANodeThatDeregisteredFirst() public {
        _register(nodeA);
        NodeStatement memory s = _statement(nodeA, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeA);
        registry.deregister();

        vm.expectEmit(address(registry));
        emit ITeeRegistry.NodeRemoved(nodeA);
        vm.prank(admin);
        registry.removeNode(nodeA);
        assertEq(uint8(_status(nodeA)), uint8(ITeeRegistry.NodeStatus.Removed));
        vm.prank(nodeA);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryNodeBanned.selector, nodeA));
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);
        assertFalse(registry.isActiveNode(nodeA));
    }

    /// Governance can ban an address before it ever registers (a leaked operator key, say).
    function test_RemoveNode_BansAnAddressThatNeverRegistered() public {
        vm.prank(admin);
        registry.removeNode(nodeB);
        assertEq(uint8(_status(nodeB)), uint8(ITeeRegistry.NodeStatus.Removed));
        assertEq(registry.nodeCount(), 0, "a ban is not a registration");
        NodeStatement memory s = _statement(nodeB, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(nodeB);
        vm.expectRevert(abi.encodeWithSelector(ITeeRegistry.TeeRegistryNodeBanned.selector, nodeB));
        registry.registerNode(s.hpkePublicKey, ENDPOINT, measurement, evidence);
    }

    // ---------------------------------------------------------------- revocation and listing

    function test_RevokeMeasurement_DeactivatesEveryNodeOnItAtOnce() public {
        _approve(otherMeasurement);
        for (uint256 i; i < 6; ++i) {
            _register(_node(i), i % 2 == 0 ? measurement : otherMeasurement);
        }
        assertEq(_walk(100).length, 6);
        _revoke(measurement);
        for (uint256 i; i < 6; ++i) {
            assertEq(registry.isActiveNode(_node(i)), i % 2 == 1);
        }
        address[] memory active = _walk(4);
        assertEq(active.length, 3);
        assertEq(active[0], _node(1));
        assertEq(active[2], _node(5));
    }

    function test_ActiveNodes_SkipsInactiveAndEndsWithZero() public {
        for (uint256 i; i < 5; ++i) {
            _register(_node(i));
        }
        vm.prank(_node(1));
        registry.deregister();
        vm.prank(admin);
        registry.removeNode(_node(3));

        (address[] memory page, uint256 next) = registry.activeNodes(0, 2);
        assertEq(page.length, 1);
        assertEq(page[0], _node(0));
        assertEq(next, 2);
        (page, next) = registry.activeNodes(next, 2);
        assertEq(page.length, 1);
        assertEq(page[0], _node(2));
        assertEq(next, 4);
        (page, next) = registry.activeNodes(next, 2);
        assertEq(page.length, 1);
        assertEq(page[0], _node(4));
        assertEq(next, 0);
        // Past the end: nothing, done.
        (page, next) = registry.activeNodes(99, 2);
        assertEq(page.length, 0);
        assertEq(next, 0);
    }

    function test_RevertIf_ActiveNodesLimitIsZero() public {
        vm.expectRevert(ITeeRegistry.TeeRegistryZeroLimit.selector);
        registry.activeNodes(0, 0);
    }

    function test_Node_IsZeroForAStranger() public view {
        ITeeRegistry.Node memory n = registry.node(stranger);
        assertEq(n.hpkePublicKey, bytes32(0));
        assertEq(bytes(n.endpoint).length, 0);
        assertEq(uint8(n.status), uint8(ITeeRegistry.NodeStatus.None));
        assertFalse(registry.isActiveNode(stranger));
    }

    // ---------------------------------------------------------------- helpers

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }
}
