// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title NaiveStore
/// @notice A gas baseline for docs/GAS.md, never a product contract: it keeps each ciphertext in
/// contract storage, `mapping(bytes32 => bytes)`, the way a first attempt at on-chain memory
/// would. It has no owners, no access control, no events and no log; it shows what storing the
/// bytes themselves costs next to MemoryVault, which keeps them in calldata and events.
/// @dev Its ABI is kept stable for the receipt measurements on anvil (out/NaiveStore.sol/NaiveStore.json).
contract NaiveStore {
    mapping(bytes32 id => bytes data) private _records;

    /// @notice Stores `data` under `id`, replacing what was there (a new record or an update).
    /// @param id The record id.
    /// @param data The ciphertext.
    function write(bytes32 id, bytes calldata data) external {
        _records[id] = data;
    }

    /// @notice Deletes the record `id`, clearing every slot it used.
    /// @param id The record id.
    function remove(bytes32 id) external {
        delete _records[id];
    }

    /// @notice The record `id` (empty if there is none).
    /// @param id The record id.
    /// @return The ciphertext.
    function read(bytes32 id) external view returns (bytes memory) {
        return _records[id];
    }
}
