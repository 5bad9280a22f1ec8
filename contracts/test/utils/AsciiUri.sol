// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title AsciiUri
/// @notice The vault's rule for pointer URIs (docs/FORMAT.md): every byte below 0x80. Restated here
/// byte by byte, independently of the vault's word-at-a-time check, for the reference parser and
/// for tests that turn random bytes into URIs the vault must accept.
library AsciiUri {
    /// @notice Whether every byte of `uri` is ASCII (below 0x80). True for the empty string.
    function isAscii(bytes memory uri) internal pure returns (bool) {
        for (uint256 i; i < uri.length; ++i) {
            if (uint8(uri[i]) >= 0x80) return false;
        }
        return true;
    }

    /// @notice A copy of `data` with every byte's high bit cleared: ASCII, control characters and
    /// 0x7f included, so the widest set of bytes the vault accepts.
    function clearHighBits(bytes memory data) internal pure returns (bytes memory out) {
        out = new bytes(data.length);
        for (uint256 i; i < data.length; ++i) {
            out[i] = data[i] & 0x7f;
        }
    }
}
