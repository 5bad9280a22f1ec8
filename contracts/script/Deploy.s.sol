// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AttesterStatementVerifier} from "../src/AttesterStatementVerifier.sol";
import {MemoryVault} from "../src/MemoryVault.sol";
import {TeeRegistry} from "../src/TeeRegistry.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys MemSync to a real network: an AttesterStatementVerifier, a TeeRegistry using it,
/// and a MemoryVault whose TEE-node delegations consult that registry.
/// @dev forge script contracts/script/Deploy.s.sol --rpc-url $RPC_URL --private-key $KEY --broadcast
///
/// The vault has no admin and no upgrade path: whoever deploys it holds no power over it. The
/// registry and the verifier are governed; the environment says by whom (all optional):
/// - TEE_REGISTRY: an existing registry. If set, only the vault is deployed, consulting it.
/// - TEE_ADMIN: the registry's default admin (also given MEASUREMENT_ROLE and OPERATOR_ROLE) and
///   the verifier's owner. Default: the deployer.
/// - TEE_ADMIN_DELAY: the delay of a registry admin transfer, in seconds. Default: 2 days.
/// - TEE_CHECKER: an attestation checker's signing address, approved in the verifier from the
///   start. Default: none (the owner adds checkers later).
/// - TEE_MAX_HEARTBEAT_AGE: how old a node's last heartbeat may be, in seconds. Default: 1 hour.
/// Save the printed addresses and the deployment block for the SDK.
contract Deploy is Script {
    function run() external returns (MemoryVault vault, TeeRegistry registry, AttesterStatementVerifier verifier) {
        address teeRegistry = vm.envOr("TEE_REGISTRY", address(0));
        vm.startBroadcast();
        if (teeRegistry == address(0)) {
            (, address deployer,) = vm.readCallers();
            address admin = vm.envOr("TEE_ADMIN", deployer);
            address checker = vm.envOr("TEE_CHECKER", address(0));
            address[] memory checkers = new address[](checker == address(0) ? 0 : 1);
            if (checker != address(0)) checkers[0] = checker;
            verifier = new AttesterStatementVerifier(admin, checkers);
            uint48 adminDelay = SafeCast.toUint48(vm.envOr("TEE_ADMIN_DELAY", uint256(2 days)));
            uint64 maxHeartbeatAge = SafeCast.toUint64(vm.envOr("TEE_MAX_HEARTBEAT_AGE", uint256(1 hours)));
            registry = new TeeRegistry(admin, adminDelay, verifier, maxHeartbeatAge);
            teeRegistry = address(registry);
            console.log("AttesterStatementVerifier", address(verifier));
            console.log("TeeRegistry", teeRegistry);
        }
        vault = new MemoryVault(teeRegistry);
        vm.stopBroadcast();
        console.log("MemoryVault", address(vault));
        console.log("block", block.number);
    }
}
