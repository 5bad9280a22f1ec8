// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../src/MemoryVault.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys a MemoryVault to a real network.
/// @dev forge script contracts/script/Deploy.s.sol --rpc-url $RPC_URL --private-key $KEY --broadcast
/// The vault has no admin and no upgrade path: whoever deploys it holds no power over it. Its one
/// constructor argument is the TEE registry that TEE-node delegations consult, read from the
/// optional environment variable TEE_REGISTRY (unset: none, and such delegations are refused).
/// Save the printed address and the deployment block for the SDK.
contract Deploy is Script {
    function run() external returns (MemoryVault vault) {
        address teeRegistry = vm.envOr("TEE_REGISTRY", address(0));
        vm.startBroadcast();
        vault = new MemoryVault(teeRegistry);
        vm.stopBroadcast();
        console.log("MemoryVault", address(vault));
        console.log("block", block.number);
    }
}
