// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {SSTORE2} from "solady/utils/SSTORE2.sol";

/// @title Sstore2Store
/// @notice A gas baseline for docs/GAS.md, never a product contract: it writes each ciphertext as
/// the code of a new contract with solady's SSTORE2 and keeps the pointer in a
/// `mapping(bytes32 => address)`. It has no owners, no access control, no events and no log; it
/// shows what SSTORE2 storage costs on its own, next to MemoryVault's code records.
/// @dev Its ABI is kept stable for the receipt measurements on anvil
/// (out/Sstore2Store.sol/Sstore2Store.json).
contract Sstore2Store {
    mapping(bytes32 id => address pointer) private _pointers;

    /// @notice Deploys `data` with SSTORE2 and points `id` at it (a new record or an update; an
    /// update deploys a new contract, the old one stays).
    /// @param id The record id.
    /// @param data The ciphertext (at most 24,575 bytes).
    function write(bytes32 id, bytes calldata data) external {
        _pointers[id] = SSTORE2.write(data);
    }

    /// @notice Forgets the record `id`; its code stays on chain (no self-destruct since EIP-6780).
    /// @param id The record id.
    function remove(bytes32 id) external {
        delete _pointers[id];
    }

    /// @notice The record `id` (empty if there is none).
    /// @param id The record id.
    /// @return The ciphertext.
    function read(bytes32 id) external view returns (bytes memory) {
        address pointer = _pointers[id];
        return pointer == address(0) ? bytes("") : SSTORE2.read(pointer);
    }

    /// @notice The contract holding record `id`'s ciphertext (zero if there is none).
    /// @param id The record id.
    /// @return The SSTORE2 pointer.
    function pointerOf(bytes32 id) external view returns (address) {
        return _pointers[id];
    }
}
