// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";

/// @notice One vault call per test, for the gas snapshot. Preparation runs with gas metering paused,
/// so each row is the execution gas of the call as made from this contract (no 21,000 base cost, no
/// calldata cost). The test contract is the owner; its log already holds one record, so every write
/// except test_Gas_FirstWrite1KiBInline updates cold, non-zero slots, as an owner's writes do after the first.
/// test_Gas_PublishKeyCheck also fills the new epoch's zero slot, as every publication does.
contract MemoryVaultGasTest is VaultFixture {
    bytes32 internal constant EXISTING_ID = keccak256("existing record");
    bytes32 internal constant NEW_ID = keccak256("new record");
    string internal constant URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    function setUp() public override {
        super.setUp();
        vault.write(EXISTING_ID, 1, _pseudoRandomBytes(1024, 0), ANY_SEQ);
        vm.roll(START_BLOCK + 1);
    }

    function test_Gas_FirstWrite1KiBInline() public {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(1024, 1);
        vm.prank(alice);
        vm.resumeGasMetering();
        vault.write(NEW_ID, 1, ciphertext, ANY_SEQ);
    }

    function test_Gas_Write1KiBInline() public {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(1024, 1);
        vm.resumeGasMetering();
        vault.write(NEW_ID, 1, ciphertext, ANY_SEQ);
    }

    function test_Gas_Write256Inline() public {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(256, 1);
        vm.resumeGasMetering();
        vault.write(NEW_ID, 1, ciphertext, ANY_SEQ);
    }

    function test_Gas_Update() public {
        vm.pauseGasMetering();
        bytes memory ciphertext = _pseudoRandomBytes(1024, 2);
        vm.resumeGasMetering();
        vault.write(EXISTING_ID, 2, ciphertext, 1);
    }

    function test_Gas_Delete() public {
        vault.deleteRecord(EXISTING_ID, 2, 1);
    }

    function test_Gas_Pointer() public {
        vault.writePointer(NEW_ID, 1, keccak256("off-chain ciphertext"), URI, 1);
    }

    function test_Gas_PublishKeyCheck() public {
        vault.publishKeyCheck(1, keccak256("key check"), 1);
    }

    function test_Gas_Batch32x256() public {
        vm.pauseGasMetering();
        IMemoryVault.Operation[] memory ops = new IMemoryVault.Operation[](32);
        for (uint256 i; i < ops.length; ++i) {
            ops[i] = _inlineOp(keccak256(abi.encode("batch record", i)), 1, _pseudoRandomBytes(256, 100 + i));
        }
        vm.resumeGasMetering();
        vault.applyBatch(ops, 1);
    }
}
