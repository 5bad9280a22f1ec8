// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAttestationVerifier} from "./interfaces/IAttestationVerifier.sol";
import {ITeeRegistry} from "./interfaces/ITeeRegistry.sol";
import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/// @title TeeRegistry
/// @notice Approved enclave measurements, the TEE nodes attested to run them, and their heartbeats.
/// @dev Governance is OpenZeppelin's {AccessControlDefaultAdminRules}: one default admin, handed
/// over in two steps with a delay, grants {MEASUREMENT_ROLE} and {OPERATOR_ROLE}. Nodes register
/// themselves with evidence the pluggable {IAttestationVerifier} accepts.
///
/// The two governance roles follow the default admin: an admin transfer moves them from the old
/// admin to the new one, and an admin that renounces loses them (an admin rotated because its key
/// leaked keeps no power). Roles granted to other accounts stay until the admin revokes them.
///
/// {isActiveNode} is O(1) and runs on every TEE-node write of the vault: a node is active when its
/// own record is (registered, fresh heartbeat) and its measurement's one status word is Approved,
/// so revoking a measurement deactivates all its nodes at once without visiting them.
contract TeeRegistry is ITeeRegistry, AccessControlDefaultAdminRules {
    /// @inheritdoc ITeeRegistry
    bytes32 public constant MEASUREMENT_ROLE = keccak256("MEASUREMENT_ROLE");
    /// @inheritdoc ITeeRegistry
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @inheritdoc ITeeRegistry
    uint256 public constant MAX_ENDPOINT_LENGTH = 256;

    uint256 private constant PCR_LENGTH = 48;

    /// @dev The verifier and the heartbeat age share one slot: {isActiveNode} reads it once.
    IAttestationVerifier private _verifier;
    uint64 private _maxHeartbeatAge;

    mapping(bytes32 measurement => MeasurementStatus) private _measurements;
    mapping(address account => Node) private _nodes;
    /// @dev Every address that ever registered, in order of first registration (never shrinks).
    address[] private _nodeList;
    /// @dev The HPKE keys each node registered and then replaced.
    mapping(address account => mapping(bytes32 hpkePublicKey => bool)) private _retiredHpkeKeys;

    /// @param admin The default admin; it also receives {MEASUREMENT_ROLE} and {OPERATOR_ROLE},
    /// which it may grant to others and renounce.
    /// @param adminDelay The delay of a default admin transfer, in seconds.
    /// @param verifier_ The attestation verifier.
    /// @param maxHeartbeatAge_ How old a node's last heartbeat may be, in seconds.
    constructor(address admin, uint48 adminDelay, IAttestationVerifier verifier_, uint64 maxHeartbeatAge_)
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        // The admin received both roles with the default admin role ({_grantRole}).
        _setVerifier(verifier_);
        _setMaxHeartbeatAge(maxHeartbeatAge_);
    }

    // ---------------------------------------------------------------------------------------------
    // Governance
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ITeeRegistry
    function approveMeasurement(bytes32 measurement) external onlyRole(MEASUREMENT_ROLE) {
        if (measurement == bytes32(0)) revert TeeRegistryZeroMeasurement();
        MeasurementStatus status = _measurements[measurement];
        if (status != MeasurementStatus.Unknown) revert TeeRegistryMeasurementNotNew(measurement, status);
        _measurements[measurement] = MeasurementStatus.Approved;
        emit MeasurementApproved(measurement);
    }

    /// @inheritdoc ITeeRegistry
    function revokeMeasurement(bytes32 measurement) external onlyRole(MEASUREMENT_ROLE) {
        _requireApproved(measurement);
        _measurements[measurement] = MeasurementStatus.Revoked;
        emit MeasurementRevoked(measurement);
    }

    /// @inheritdoc ITeeRegistry
    /// @dev {MEASUREMENT_ROLE}, not {OPERATOR_ROLE}: the verifier decides which keys count as
    /// attested, as much power as approving an image, so the operator alone cannot make any key an
    /// active node.
    function setVerifier(IAttestationVerifier verifier_) external onlyRole(MEASUREMENT_ROLE) {
        _setVerifier(verifier_);
    }

    /// @inheritdoc ITeeRegistry
    function setMaxHeartbeatAge(uint64 maxHeartbeatAge_) external onlyRole(OPERATOR_ROLE) {
        _setMaxHeartbeatAge(maxHeartbeatAge_);
    }

    /// @inheritdoc ITeeRegistry
    /// @dev Any status: a node that deregistered first (or never registered) must not keep the
    /// right to register again with a statement that is still valid.
    function removeNode(address account) external onlyRole(OPERATOR_ROLE) {
        Node storage record = _nodes[account];
        if (record.status == NodeStatus.Removed) revert TeeRegistryNodeBanned(account);
        record.status = NodeStatus.Removed;
        emit NodeRemoved(account);
    }

    // ---------------------------------------------------------------------------------------------
    // Nodes
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ITeeRegistry
    function registerNode(bytes32 hpkePublicKey, string calldata endpoint, bytes32 measurement, bytes calldata evidence)
        external
    {
        Node storage record = _nodes[msg.sender];
        NodeStatus status = record.status;
        if (status == NodeStatus.Removed) revert TeeRegistryNodeBanned(msg.sender);
        if (hpkePublicKey == bytes32(0)) revert TeeRegistryZeroHpkeKey();
        uint256 endpointLength = bytes(endpoint).length;
        if (endpointLength == 0 || endpointLength > MAX_ENDPOINT_LENGTH) {
            revert TeeRegistryInvalidEndpoint(endpointLength);
        }
        _requireApproved(measurement);
        if (!_verifier.verifyAttestation(msg.sender, hpkePublicKey, measurement, evidence)) {
            revert TeeRegistryAttestationRejected(msg.sender, measurement);
        }
        bytes32 current = record.hpkePublicKey;
        if (hpkePublicKey != current) {
            if (_retiredHpkeKeys[msg.sender][hpkePublicKey]) {
                revert TeeRegistryHpkeKeyRetired(msg.sender, hpkePublicKey);
            }
            if (current != bytes32(0)) _retiredHpkeKeys[msg.sender][current] = true;
        }
        if (status == NodeStatus.None) _nodeList.push(msg.sender);
        uint64 now_ = uint64(block.timestamp);
        record.hpkePublicKey = hpkePublicKey;
        record.endpoint = endpoint;
        record.measurement = measurement;
        record.registeredAt = now_;
        record.lastHeartbeat = now_;
        record.status = NodeStatus.Registered;
        emit NodeRegistered(msg.sender, measurement, hpkePublicKey, endpoint, evidence);
    }

    /// @inheritdoc ITeeRegistry
    function heartbeat() external {
        _requireRegistered(msg.sender);
        Node storage record = _nodes[msg.sender];
        _requireApproved(record.measurement);
        uint64 now_ = uint64(block.timestamp);
        record.lastHeartbeat = now_;
        emit NodeHeartbeat(msg.sender, now_);
    }

    /// @inheritdoc ITeeRegistry
    function deregister() external {
        _requireRegistered(msg.sender);
        _nodes[msg.sender].status = NodeStatus.Deregistered;
        emit NodeDeregistered(msg.sender);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ITeeRegistry
    function isActiveNode(address account) external view returns (bool) {
        return _isActive(_nodes[account]);
    }

    /// @inheritdoc ITeeRegistry
    function node(address account) external view returns (Node memory) {
        return _nodes[account];
    }

    /// @inheritdoc ITeeRegistry
    function measurementStatus(bytes32 measurement) external view returns (MeasurementStatus) {
        return _measurements[measurement];
    }

    /// @inheritdoc ITeeRegistry
    function nodeCount() external view returns (uint256) {
        return _nodeList.length;
    }

    /// @inheritdoc ITeeRegistry
    function activeNodes(uint256 cursor, uint256 limit)
        external
        view
        returns (address[] memory nodes, uint256 nextCursor)
    {
        if (limit == 0) revert TeeRegistryZeroLimit();
        uint256 total = _nodeList.length;
        if (cursor >= total) return (new address[](0), 0);
        uint256 end = total - cursor > limit ? cursor + limit : total;
        nodes = new address[](end - cursor);
        uint256 found;
        for (uint256 i = cursor; i < end; ++i) {
            address account = _nodeList[i];
            if (_isActive(_nodes[account])) nodes[found++] = account;
        }
        // Shrink the array to the nodes found; `found` is at most its allocated length.
        assembly ("memory-safe") {
            mstore(nodes, found)
        }
        nextCursor = end == total ? 0 : end;
    }

    /// @inheritdoc ITeeRegistry
    function maxHeartbeatAge() external view returns (uint64) {
        return _maxHeartbeatAge;
    }

    /// @inheritdoc ITeeRegistry
    function verifier() external view returns (IAttestationVerifier) {
        return _verifier;
    }

    /// @inheritdoc ITeeRegistry
    function measurementOf(bytes calldata pcr0, bytes calldata pcr1, bytes calldata pcr2)
        external
        pure
        returns (bytes32)
    {
        if (pcr0.length != PCR_LENGTH) revert TeeRegistryInvalidPcr(0, pcr0.length);
        if (pcr1.length != PCR_LENGTH) revert TeeRegistryInvalidPcr(1, pcr1.length);
        if (pcr2.length != PCR_LENGTH) revert TeeRegistryInvalidPcr(2, pcr2.length);
        return keccak256(bytes.concat(pcr0, pcr1, pcr2));
    }

    // ---------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------

    /// @dev The default admin holds the governance roles: granted with it (at construction and when
    /// a transfer is accepted).
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        granted = super._grantRole(role, account);
        if (role == DEFAULT_ADMIN_ROLE && granted) {
            super._grantRole(MEASUREMENT_ROLE, account);
            super._grantRole(OPERATOR_ROLE, account);
        }
    }

    /// @dev ... and revoked with it (when a transfer is accepted or the admin renounces).
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (role == DEFAULT_ADMIN_ROLE && revoked) {
            super._revokeRole(MEASUREMENT_ROLE, account);
            super._revokeRole(OPERATOR_ROLE, account);
        }
    }

    function _isActive(Node storage record) private view returns (bool) {
        if (record.status != NodeStatus.Registered) return false;
        if (_measurements[record.measurement] != MeasurementStatus.Approved) return false;
        // Heartbeat ages are minutes to hours; a validator's seconds of timestamp leeway are immaterial.
        // Cannot underflow: a heartbeat is never later than the current block.
        // forge-lint: disable-next-line(block-timestamp)
        return block.timestamp - record.lastHeartbeat <= _maxHeartbeatAge;
    }

    function _requireApproved(bytes32 measurement) private view {
        MeasurementStatus status = _measurements[measurement];
        if (status != MeasurementStatus.Approved) revert TeeRegistryMeasurementNotApproved(measurement, status);
    }

    function _requireRegistered(address account) private view {
        NodeStatus status = _nodes[account].status;
        if (status != NodeStatus.Registered) revert TeeRegistryNodeNotRegistered(account, status);
    }

    function _setVerifier(IAttestationVerifier verifier_) private {
        if (address(verifier_).code.length == 0) revert TeeRegistryInvalidVerifier(address(verifier_));
        emit VerifierChanged(address(_verifier), address(verifier_));
        _verifier = verifier_;
    }

    function _setMaxHeartbeatAge(uint64 maxHeartbeatAge_) private {
        if (maxHeartbeatAge_ == 0) revert TeeRegistryZeroMaxHeartbeatAge();
        emit MaxHeartbeatAgeChanged(_maxHeartbeatAge, maxHeartbeatAge_);
        _maxHeartbeatAge = maxHeartbeatAge_;
    }
}
