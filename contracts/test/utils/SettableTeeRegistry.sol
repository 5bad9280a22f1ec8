// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ITeeRegistry} from "../../src/interfaces/ITeeRegistry.sol";

/// @title SettableTeeRegistry
/// @notice A test stand-in for the TEE node registry: whoever calls {setActive} decides which
/// addresses are active nodes. It lets tests drive the vault's {IMemoryVault-SCOPE_TEE_NODE} hook
/// until the real registry exists; never deploy it.
contract SettableTeeRegistry is ITeeRegistry {
    mapping(address node => bool active) private _active;

    /// @notice Marks `node` as an active TEE node, or not.
    /// @param node The node.
    /// @param active Whether it is active.
    function setActive(address node, bool active) external {
        _active[node] = active;
    }

    /// @inheritdoc ITeeRegistry
    function isActiveNode(address node) external view returns (bool) {
        return _active[node];
    }
}
