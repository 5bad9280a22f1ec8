// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {NaiveStore} from "./NaiveStore.sol";
import {Sstore2Store} from "./Sstore2Store.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Gas rows of the two baselines of docs/GAS.md, measured like MemoryVault.gas.t.sol: the
/// execution gas of one call from this contract, preparation unmetered. "New" writes a new id,
/// "Update" replaces an existing record of the same size with other bytes, "Remove" deletes an
/// existing record of that size (NaiveStore clears every slot; Sstore2Store one slot, whatever
/// the size, so it has one row). The existing records are written in `setUp`, an earlier
/// transaction, so updates and removals pay for cold, non-zero slots as they would on chain.
contract BaselinesGasTest is Test {
    bytes32 internal constant NEW_ID = keccak256("new record");

    NaiveStore internal naive;
    Sstore2Store internal sstore2;

    function setUp() public {
        naive = new NaiveStore();
        sstore2 = new Sstore2Store();
        uint256[4] memory sizes = [uint256(256), 1024, 4096, 16_384];
        for (uint256 i; i < sizes.length; ++i) {
            naive.write(_existingId(sizes[i]), _pseudoRandomBytes(sizes[i], 0));
            sstore2.write(_existingId(sizes[i]), _pseudoRandomBytes(sizes[i], 0));
        }
    }

    function test_Gas_NaiveStoreNew256B() public {
        _naiveWrite(256, false);
    }

    function test_Gas_NaiveStoreNew1KiB() public {
        _naiveWrite(1024, false);
    }

    function test_Gas_NaiveStoreNew4KiB() public {
        _naiveWrite(4096, false);
    }

    function test_Gas_NaiveStoreNew16KiB() public {
        _naiveWrite(16_384, false);
    }

    function test_Gas_NaiveStoreUpdate256B() public {
        _naiveWrite(256, true);
    }

    function test_Gas_NaiveStoreUpdate1KiB() public {
        _naiveWrite(1024, true);
    }

    function test_Gas_NaiveStoreUpdate4KiB() public {
        _naiveWrite(4096, true);
    }

    function test_Gas_NaiveStoreUpdate16KiB() public {
        _naiveWrite(16_384, true);
    }

    function test_Gas_NaiveStoreRemove256B() public {
        _naiveRemove(256);
    }

    function test_Gas_NaiveStoreRemove1KiB() public {
        _naiveRemove(1024);
    }

    function test_Gas_NaiveStoreRemove4KiB() public {
        _naiveRemove(4096);
    }

    function test_Gas_NaiveStoreRemove16KiB() public {
        _naiveRemove(16_384);
    }

    function test_Gas_Sstore2StoreNew256B() public {
        _sstore2Write(256, false);
    }

    function test_Gas_Sstore2StoreNew1KiB() public {
        _sstore2Write(1024, false);
    }

    function test_Gas_Sstore2StoreNew4KiB() public {
        _sstore2Write(4096, false);
    }

    function test_Gas_Sstore2StoreNew16KiB() public {
        _sstore2Write(16_384, false);
    }

    function test_Gas_Sstore2StoreUpdate256B() public {
        _sstore2Write(256, true);
    }

    function test_Gas_Sstore2StoreUpdate1KiB() public {
        _sstore2Write(1024, true);
    }

    function test_Gas_Sstore2StoreUpdate4KiB() public {
        _sstore2Write(4096, true);
    }

    function test_Gas_Sstore2StoreUpdate16KiB() public {
        _sstore2Write(16_384, true);
    }

    function test_Gas_Sstore2StoreRemove() public {
        sstore2.remove(_existingId(1024));
    }

    // ---------------------------------------------------------------- the baselines work

    function test_NaiveStore_WriteReadUpdateRemove() public {
        bytes memory data = _pseudoRandomBytes(1000, 1);
        naive.write(NEW_ID, data);
        assertEq(naive.read(NEW_ID), data);
        naive.write(NEW_ID, hex"01");
        assertEq(naive.read(NEW_ID), hex"01");
        naive.remove(NEW_ID);
        assertEq(naive.read(NEW_ID).length, 0);
    }

    function test_Sstore2Store_WriteReadUpdateRemove() public {
        bytes memory data = _pseudoRandomBytes(1000, 1);
        sstore2.write(NEW_ID, data);
        address first = sstore2.pointerOf(NEW_ID);
        assertEq(sstore2.read(NEW_ID), data);
        sstore2.write(NEW_ID, hex"01");
        assertEq(sstore2.read(NEW_ID), hex"01");
        assertNotEq(sstore2.pointerOf(NEW_ID), first);
        sstore2.remove(NEW_ID);
        assertEq(sstore2.read(NEW_ID).length, 0);
        assertEq(sstore2.pointerOf(NEW_ID), address(0));
        // The old code stays.
        assertEq(first.code, bytes.concat(hex"00", data));
    }

    // ---------------------------------------------------------------- helpers

    function _naiveWrite(uint256 size, bool update) internal {
        vm.pauseGasMetering();
        bytes32 id = update ? _existingId(size) : NEW_ID;
        bytes memory data = _pseudoRandomBytes(size, 1);
        vm.resumeGasMetering();
        naive.write(id, data);
    }

    function _naiveRemove(uint256 size) internal {
        naive.remove(_existingId(size));
    }

    function _sstore2Write(uint256 size, bool update) internal {
        vm.pauseGasMetering();
        bytes32 id = update ? _existingId(size) : NEW_ID;
        bytes memory data = _pseudoRandomBytes(size, 1);
        vm.resumeGasMetering();
        sstore2.write(id, data);
    }

    /// @dev The id of the record of `size` bytes that `setUp` wrote.
    function _existingId(uint256 size) internal pure returns (bytes32) {
        return keccak256(abi.encode("existing record", size));
    }

    /// @dev `length` bytes of keccak output: non-zero, incompressible ciphertext stand-in.
    function _pseudoRandomBytes(uint256 length, uint256 seed) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; i += 32) {
            bytes32 word = keccak256(abi.encode(seed, i));
            // The allocation is rounded up to whole words, so the last store stays inside it.
            assembly ("memory-safe") {
                mstore(add(add(out, 32), i), word)
            }
        }
    }
}
