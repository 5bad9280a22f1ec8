// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What a delegate may do for an owner, and under which condition: a bit set of
/// {Scopes.WRITE}, {Scopes.DELETE} and {Scopes.TEE_NODE}. Its ABI type is `uint8`, so the vault's
/// selectors, events, errors and EIP-712 types (`GrantDelegate(... uint8 scope ...)`) name `uint8`,
/// and a grant's value is the same number as before the type existed.
type Scope is uint8;

using {_or as |, _and as &} for Scope global;

/// @dev The union of two scopes: `Scopes.WRITE | Scopes.DELETE`.
function _or(Scope a, Scope b) pure returns (Scope) {
    return Scope.wrap(Scope.unwrap(a) | Scope.unwrap(b));
}

/// @dev The intersection of two scopes.
function _and(Scope a, Scope b) pure returns (Scope) {
    return Scope.wrap(Scope.unwrap(a) & Scope.unwrap(b));
}

/// @title Scopes
/// @notice The delegation scope bits. A grant holds at least one action bit ({WRITE}, {DELETE})
/// and no bit outside {ALL}.
library Scopes {
    /// @notice No bit: the scope of a delegation that was never granted or was revoked.
    Scope internal constant NONE = Scope.wrap(0);
    /// @notice Action bit: may write records (inline, pointer, code).
    Scope internal constant WRITE = Scope.wrap(1);
    /// @notice Action bit: may delete records.
    Scope internal constant DELETE = Scope.wrap(2);
    /// @notice Condition bit: the grant holds only while the vault's TEE registry says the
    /// delegate is an active TEE node.
    Scope internal constant TEE_NODE = Scope.wrap(4);
    /// @notice Every action bit: what an owner may do in its own log.
    Scope internal constant ACTIONS = Scope.wrap(1 | 2);
    /// @notice Every bit a grant may hold.
    Scope internal constant ALL = Scope.wrap(1 | 2 | 4);
}
