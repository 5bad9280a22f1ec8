// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAttestationVerifier} from "./IAttestationVerifier.sol";

/// @title ITeeRegistry
/// @notice The registry of TEE inference nodes: which enclave images (measurements) governance
/// approved, which nodes attested to running one of them, and whether each is alive. {MemoryVault}
/// consults {isActiveNode}; clients list {activeNodes} to pick a node and seal requests to its key.
/// @dev A delegation granted with {IMemoryVault-SCOPE_TEE_NODE} is honoured only while the
/// registry answers true for the delegate, so revoking a node in the registry cuts off its writes
/// in the same block, across every owner that delegated to it.
///
/// A measurement is `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`: the AWS Nitro enclave image's PCR0 (image),
/// PCR1 (kernel and boot ramfs) and PCR2 (application), each the raw 48-byte SHA-384 value as it
/// appears in the attestation document, concatenated (144 bytes) and hashed ({measurementOf}).
///
/// Every state change emits an event, so the registry's logs are a transparency log of which code
/// was approved when, and which node keys were bound to it on which evidence.
interface ITeeRegistry {
    /// @notice Where a measurement stands. Revocation is permanent.
    enum MeasurementStatus {
        /// Never approved.
        Unknown,
        /// Nodes running it may register and act.
        Approved,
        /// No node running it is active, ever again.
        Revoked
    }

    /// @notice Where a node stands.
    enum NodeStatus {
        /// Never registered.
        None,
        /// Registered (active while its measurement is approved and its heartbeat is fresh).
        Registered,
        /// Left on its own ({deregister}); it may register again.
        Deregistered,
        /// Banned by governance ({removeNode}), from any status; the address can never register again.
        Removed
    }

    /// @notice A node as registered.
    /// @param hpkePublicKey The X25519 public key clients seal requests to (HPKE, RFC 9180).
    /// @param endpoint Where the node takes requests (a URL, at most {MAX_ENDPOINT_LENGTH} bytes).
    /// @param measurement The enclave image it attested to.
    /// @param registeredAt The timestamp of its latest registration.
    /// @param lastHeartbeat The timestamp of its latest heartbeat (a registration counts as one).
    /// @param status Its status.
    struct Node {
        bytes32 hpkePublicKey;
        string endpoint;
        bytes32 measurement;
        uint64 registeredAt;
        uint64 lastHeartbeat;
        NodeStatus status;
    }

    /// @notice Emitted when governance approves an enclave measurement.
    /// @param measurement `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`.
    event MeasurementApproved(bytes32 indexed measurement);

    /// @notice Emitted when governance revokes a measurement: every node on it stops being active.
    /// @param measurement The measurement.
    event MeasurementRevoked(bytes32 indexed measurement);

    /// @notice Emitted when a node registers or re-registers (rotating its key or endpoint).
    /// @param node The node's signing address.
    /// @param measurement The measurement it attested to.
    /// @param hpkePublicKey Its HPKE public key.
    /// @param endpoint Its endpoint.
    /// @param evidence The evidence the verifier accepted, so anyone can check it again.
    event NodeRegistered(
        address indexed node, bytes32 indexed measurement, bytes32 hpkePublicKey, string endpoint, bytes evidence
    );

    /// @notice Emitted when a node proves it is alive.
    /// @param node The node.
    /// @param timestamp The block timestamp, its new {Node-lastHeartbeat}.
    event NodeHeartbeat(address indexed node, uint64 timestamp);

    /// @notice Emitted when a node leaves on its own.
    /// @param node The node.
    event NodeDeregistered(address indexed node);

    /// @notice Emitted when governance removes a node for good.
    /// @param node The node.
    event NodeRemoved(address indexed node);

    /// @notice Emitted when the attestation verifier changes (and at construction, from zero).
    /// @param previous The previous verifier.
    /// @param current The new verifier.
    event VerifierChanged(address indexed previous, address indexed current);

    /// @notice Emitted when the maximum heartbeat age changes (and at construction, from zero).
    /// @param previous The previous maximum, in seconds.
    /// @param current The new maximum, in seconds.
    event MaxHeartbeatAgeChanged(uint64 previous, uint64 current);

    /// @notice The zero measurement is reserved.
    error TeeRegistryZeroMeasurement();

    /// @notice The measurement was approved or revoked before; approval is once, revocation forever.
    /// @param measurement The measurement.
    /// @param status Its status.
    error TeeRegistryMeasurementNotNew(bytes32 measurement, MeasurementStatus status);

    /// @notice The measurement is not approved (never approved, or revoked).
    /// @param measurement The measurement.
    /// @param status Its status.
    error TeeRegistryMeasurementNotApproved(bytes32 measurement, MeasurementStatus status);

    /// @notice A PCR value given to {measurementOf} is not 48 bytes (SHA-384).
    /// @param index Which PCR (0, 1 or 2).
    /// @param length Its length.
    error TeeRegistryInvalidPcr(uint256 index, uint256 length);

    /// @notice The zero HPKE public key is refused.
    error TeeRegistryZeroHpkeKey();

    /// @notice The endpoint is empty or longer than {MAX_ENDPOINT_LENGTH} bytes.
    /// @param length Its length in bytes.
    error TeeRegistryInvalidEndpoint(uint256 length);

    /// @notice The verifier did not accept the node's evidence.
    /// @param node The node.
    /// @param measurement The measurement it claimed.
    error TeeRegistryAttestationRejected(address node, bytes32 measurement);

    /// @notice The node is not registered (never registered, deregistered, or removed).
    /// @param node The node.
    /// @param status Its status.
    error TeeRegistryNodeNotRegistered(address node, NodeStatus status);

    /// @notice The node registered this HPKE key before and replaced it: a node can never go back
    /// to an earlier key (with a statement of it that is still within its validity window).
    /// @param node The node.
    /// @param hpkePublicKey The earlier key.
    error TeeRegistryHpkeKeyRetired(address node, bytes32 hpkePublicKey);

    /// @notice Governance removed this node; the address can never register again.
    /// @param node The node.
    error TeeRegistryNodeBanned(address node);

    /// @notice The verifier must be a contract.
    /// @param verifier The address given.
    error TeeRegistryInvalidVerifier(address verifier);

    /// @notice The maximum heartbeat age must be at least one second.
    error TeeRegistryZeroMaxHeartbeatAge();

    /// @notice A page of {activeNodes} must examine at least one node.
    error TeeRegistryZeroLimit();

    /// @notice The role that decides what counts as attested code: approves and revokes
    /// measurements, and sets the attestation verifier.
    /// @return `keccak256("MEASUREMENT_ROLE")`.
    // solhint-disable-next-line func-name-mixedcase
    function MEASUREMENT_ROLE() external view returns (bytes32);

    /// @notice The role of the registry's operator (not a node's): sets the maximum heartbeat age and
    /// bans nodes.
    /// @return `keccak256("OPERATOR_ROLE")`.
    // solhint-disable-next-line func-name-mixedcase
    function OPERATOR_ROLE() external view returns (bytes32);

    /// @notice The longest endpoint a node may register, in bytes.
    /// @return 256.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_ENDPOINT_LENGTH() external view returns (uint256);

    // ------------------------------------------------------------------ governance

    /// @notice Approves an enclave measurement. {MEASUREMENT_ROLE} only.
    /// @param measurement `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`; not zero, never approved or revoked before.
    function approveMeasurement(bytes32 measurement) external;

    /// @notice Revokes an approved measurement, permanently: from this block on, no node on it is
    /// active (and no TEE-node delegate on it may write), and none may register or heartbeat with it.
    /// {MEASUREMENT_ROLE} only.
    /// @param measurement An approved measurement.
    function revokeMeasurement(bytes32 measurement) external;

    /// @notice Replaces the attestation verifier; later registrations use it, registered nodes stay.
    /// {MEASUREMENT_ROLE} only (the verifier decides which keys count as attested).
    /// @param verifier_ The new verifier (a contract).
    function setVerifier(IAttestationVerifier verifier_) external;

    /// @notice Sets how old a node's last heartbeat may be for it to count as active; applies to
    /// every node at once. {OPERATOR_ROLE} only.
    /// @param maxHeartbeatAge_ The maximum age in seconds (at least 1).
    function setMaxHeartbeatAge(uint64 maxHeartbeatAge_) external;

    /// @notice Bans an address for good, whatever its status: a registered node stops being active
    /// at once, and neither it nor an address that deregistered or never registered can ever
    /// register again. {OPERATOR_ROLE} only.
    /// @param account Any address not banned already.
    function removeNode(address account) external;

    // ------------------------------------------------------------------ nodes

    /// @notice Registers the caller as a node, or re-registers it (rotating its HPKE key, endpoint
    /// or measurement). The caller is the node's secp256k1 signing address, the key it writes with.
    /// Counts as a heartbeat. An HPKE key the node replaced is retired for good: registering it
    /// again reverts {TeeRegistryHpkeKeyRetired}, so an older statement that is still valid cannot
    /// roll the node back to it (its current key may be registered again).
    /// @param hpkePublicKey Its X25519 HPKE public key (not zero).
    /// @param endpoint Where it takes requests (1 to {MAX_ENDPOINT_LENGTH} bytes).
    /// @param measurement An approved measurement.
    /// @param evidence What the verifier needs to accept that the enclave with `measurement` holds
    /// `hpkePublicKey` and the caller's signing key.
    function registerNode(bytes32 hpkePublicKey, string calldata endpoint, bytes32 measurement, bytes calldata evidence)
        external;

    /// @notice Proves the calling node is alive: sets its last heartbeat to now. Its measurement
    /// must still be approved.
    function heartbeat() external;

    /// @notice Takes the calling node out of the registry; it may register again later.
    function deregister() external;

    // ------------------------------------------------------------------ views

    /// @notice Whether `account` is active right now: registered (not deregistered or removed), its
    /// measurement approved (not revoked), and its last heartbeat at most {maxHeartbeatAge} seconds old.
    /// @param account The address the node signs and sends transactions with.
    /// @return True if the node may act as a TEE delegate.
    function isActiveNode(address account) external view returns (bool);

    /// @notice A node's record (all zero if it never registered).
    /// @param account The node.
    /// @return The record.
    function node(address account) external view returns (Node memory);

    /// @notice A measurement's status.
    /// @param measurement The measurement.
    /// @return Its status.
    function measurementStatus(bytes32 measurement) external view returns (MeasurementStatus);

    /// @notice How many addresses ever registered (active or not); {activeNodes} walks them.
    /// @return The count.
    function nodeCount() external view returns (uint256);

    /// @notice One page of active nodes, in order of first registration. The page examines at most
    /// `limit` registered addresses from `cursor` on, so its gas is bounded, and returns the active
    /// ones among them: a page may hold fewer than `limit` nodes, or none, before the end.
    /// @param cursor Where to start: 0 for the first page, then the previous page's `nextCursor`.
    /// @param limit How many addresses to examine (at least 1).
    /// @return nodes The active nodes found.
    /// @return nextCursor Where the next page starts, or 0 when there is none.
    function activeNodes(uint256 cursor, uint256 limit)
        external
        view
        returns (address[] memory nodes, uint256 nextCursor);

    /// @notice How old a node's last heartbeat may be for it to count as active.
    /// @return Seconds.
    function maxHeartbeatAge() external view returns (uint64);

    /// @notice The attestation verifier registrations are checked with.
    /// @return The verifier.
    function verifier() external view returns (IAttestationVerifier);

    /// @notice The measurement of three PCR values: `keccak256(pcr0 ‖ pcr1 ‖ pcr2)`.
    /// @param pcr0 PCR0, 48 bytes.
    /// @param pcr1 PCR1, 48 bytes.
    /// @param pcr2 PCR2, 48 bytes.
    /// @return The measurement.
    function measurementOf(bytes calldata pcr0, bytes calldata pcr1, bytes calldata pcr2)
        external
        pure
        returns (bytes32);
}
