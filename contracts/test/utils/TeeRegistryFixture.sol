// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AttesterStatementVerifier} from "../../src/AttesterStatementVerifier.sol";
import {TeeRegistry} from "../../src/TeeRegistry.sol";
import {ITeeRegistry} from "../../src/interfaces/ITeeRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice A `NodeAttestation` statement of an attestation checker.
struct NodeStatement {
    address node;
    bytes32 hpkePublicKey;
    bytes32 measurement;
    uint64 attestedAt;
    uint64 deadline;
}

/// @notice A registry governed by `admin`, its statement verifier with one checker, an approved
/// measurement, and helpers that sign statements with digests computed independently of the
/// contracts (from the type string of docs/TEE.md).
abstract contract TeeRegistryFixture is Test {
    uint64 internal constant START_TIME = 1_700_000_000;
    uint48 internal constant ADMIN_DELAY = 2 days;
    uint64 internal constant MAX_AGE = 1 hours;
    uint64 internal constant STATEMENT_LIFETIME = 10 minutes;
    string internal constant ENDPOINT = "https://node.example:8443";

    bytes32 internal constant NODE_ATTESTATION_TYPE = keccak256(
        "NodeAttestation(address node,bytes32 hpkePublicKey,bytes32 measurement,uint64 attestedAt,uint64 deadline)"
    );
    bytes32 internal constant EIP712_DOMAIN_TYPE =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    TeeRegistry internal registry;
    AttesterStatementVerifier internal verifier;

    address internal admin = makeAddr("admin");
    address internal checker;
    uint256 internal checkerKey;
    address internal stranger = makeAddr("stranger");

    bytes32 internal measurement;
    bytes32 internal otherMeasurement;

    function setUp() public virtual {
        vm.warp(START_TIME);
        (checker, checkerKey) = makeAddrAndKey("checker");
        address[] memory checkers = new address[](1);
        checkers[0] = checker;
        verifier = new AttesterStatementVerifier(admin, checkers);
        registry = new TeeRegistry(admin, ADMIN_DELAY, verifier, MAX_AGE);
        measurement = _measurement("image v1");
        otherMeasurement = _measurement("image v2");
        vm.prank(admin);
        registry.approveMeasurement(measurement);
    }

    // ---------------------------------------------------------------- measurements

    /// @dev The measurement of three 48-byte PCRs derived from `label`, computed as docs/TEE.md says.
    function _measurement(string memory label) internal pure returns (bytes32) {
        (bytes memory pcr0, bytes memory pcr1, bytes memory pcr2) = _pcrs(label);
        return keccak256(abi.encodePacked(pcr0, pcr1, pcr2));
    }

    function _pcrs(string memory label)
        internal
        pure
        returns (bytes memory pcr0, bytes memory pcr1, bytes memory pcr2)
    {
        pcr0 = _pcr(label, 0);
        pcr1 = _pcr(label, 1);
        pcr2 = _pcr(label, 2);
    }

    function _pcr(string memory label, uint256 index) internal pure returns (bytes memory) {
        bytes32 a = keccak256(abi.encode(label, index, 0));
        bytes32 b = keccak256(abi.encode(label, index, 1));
        // Truncation is the point: 32 + 16 bytes make one 48-byte PCR.
        // forge-lint: disable-next-line(unsafe-typecast)
        return abi.encodePacked(a, bytes16(b));
    }

    function _approve(bytes32 m) internal {
        vm.prank(admin);
        registry.approveMeasurement(m);
    }

    function _revoke(bytes32 m) internal {
        vm.prank(admin);
        registry.revokeMeasurement(m);
    }

    // ---------------------------------------------------------------- statements

    function _hpkeKey(address node) internal pure returns (bytes32) {
        return keccak256(abi.encode("hpke", node));
    }

    function _statement(address node, bytes32 m) internal view returns (NodeStatement memory) {
        uint64 now_ = uint64(block.timestamp);
        return NodeStatement(node, _hpkeKey(node), m, now_, now_ + STATEMENT_LIFETIME);
    }

    function _digest(NodeStatement memory s) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPE,
                keccak256("MemSync AttesterStatementVerifier"),
                keccak256("1"),
                block.chainid,
                address(verifier)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(NODE_ATTESTATION_TYPE, s.node, s.hpkePublicKey, s.measurement, s.attestedAt, s.deadline)
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @dev The evidence for statement `s` signed with `key`.
    function _evidence(NodeStatement memory s, uint256 key) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(key, _digest(s));
        return abi.encode(s.attestedAt, s.deadline, abi.encodePacked(r, sig, v));
    }

    // ---------------------------------------------------------------- nodes

    /// @dev Registers `node` on measurement `m` with a statement by the checker.
    function _register(address node, bytes32 m) internal {
        NodeStatement memory s = _statement(node, m);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(node);
        registry.registerNode(s.hpkePublicKey, ENDPOINT, m, evidence);
    }

    function _register(address node) internal {
        _register(node, measurement);
    }

    function _node(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("tee node", i)))));
    }

    /// @dev Every active node, walking {ITeeRegistry-activeNodes} with pages of `limit`.
    function _walk(uint256 limit) internal view returns (address[] memory all) {
        all = new address[](registry.nodeCount());
        uint256 found;
        uint256 cursor;
        uint256 pages;
        do {
            (address[] memory page, uint256 next) = registry.activeNodes(cursor, limit);
            assertLe(page.length, limit, "page larger than limit");
            for (uint256 i; i < page.length; ++i) {
                all[found++] = page[i];
            }
            cursor = next;
            ++pages;
        } while (cursor != 0);
        assertEq(pages, registry.nodeCount() == 0 ? 1 : (registry.nodeCount() + limit - 1) / limit, "pages");
        assembly ("memory-safe") {
            mstore(all, found)
        }
    }

    function _status(address node) internal view returns (ITeeRegistry.NodeStatus) {
        return registry.node(node).status;
    }
}
