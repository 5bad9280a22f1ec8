// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ITeeRegistry
/// @notice The part of the TEE node registry that {MemoryVault} consults: whether an address is
/// an attested inference node that has not been revoked.
/// @dev A delegation granted with {IMemoryVault-SCOPE_TEE_NODE} is honoured only while the
/// registry answers true for the delegate, so revoking a node in the registry cuts off its writes
/// in the same block, across every owner that delegated to it.
interface ITeeRegistry {
    /// @notice Whether `node` is a registered, attested, non-revoked TEE node right now.
    /// @param node The address the node signs and sends transactions with.
    /// @return True if the node may act as a TEE delegate.
    function isActiveNode(address node) external view returns (bool);
}
