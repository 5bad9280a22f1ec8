// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title SettableTeeRegistry
/// @notice A test stand-in for the TEE node registry: whoever calls {setActive} decides which
/// addresses are active nodes. It lets tests drive the vault's {IMemoryVault-SCOPE_TEE_NODE} hook
/// without attestations or heartbeats; never deploy it. It has only the one function of
/// {ITeeRegistry} the vault calls.
contract SettableTeeRegistry {
    mapping(address node => bool active) private _active;

    /// @notice Marks `node` as an active TEE node, or not.
    /// @param node The node.
    /// @param active Whether it is active.
    function setActive(address node, bool active) external {
        _active[node] = active;
    }

    /// @notice Whether `node` is active, as last set.
    /// @param node The node.
    /// @return Its setting.
    function isActiveNode(address node) external view returns (bool) {
        return _active[node];
    }
}
