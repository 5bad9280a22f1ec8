// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {LogChain} from "../../src/libraries/LogChain.sol";
import {ReferenceChain} from "../utils/ReferenceChain.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Exposes the LogChain functions; its calldata arguments are what the vault passes them.
contract LogChainHarness {
    function inlineOpHash(bytes32 id, uint64 version, bytes calldata ciphertext) external pure returns (bytes32) {
        return LogChain.inlineOpHash(id, version, ciphertext);
    }

    function pointerOpHash(bytes32 id, uint64 version, bytes32 contentHash, bytes calldata uri)
        external
        pure
        returns (bytes32)
    {
        return LogChain.pointerOpHash(id, version, contentHash, uri);
    }

    function deleteOpHash(bytes32 id, uint64 version) external pure returns (bytes32) {
        return LogChain.deleteOpHash(id, version);
    }

    function codeOpHash(bytes32 id, uint64 version, bytes32 contentHash, address pointer)
        external
        pure
        returns (bytes32)
    {
        return LogChain.codeOpHash(id, version, contentHash, pointer);
    }

    function keyCheckOpHash(uint64 epoch, bytes32 keyCheck) external pure returns (bytes32) {
        return LogChain.keyCheckOpHash(epoch, keyCheck);
    }

    function next(bytes32 head, uint64 seq, bytes32 opHash) external pure returns (bytes32) {
        return LogChain.next(head, seq, opHash);
    }
}

/// @notice LogChain's assembly against the `abi.encode` definitions restated in ReferenceChain.
contract LogChainTest is Test {
    LogChainHarness internal harness = new LogChainHarness();

    function test_KeyCheckTag_Is16() public pure {
        assertEq(LogChain.KEY_CHECK_TAG, 16);
    }

    function testFuzz_InlineOpHash(bytes32 id, uint64 version, bytes calldata ciphertext) public view {
        assertEq(harness.inlineOpHash(id, version, ciphertext), ReferenceChain.inlineOpHash(id, version, ciphertext));
    }

    function testFuzz_PointerOpHash(bytes32 id, uint64 version, bytes32 contentHash, bytes calldata uri) public view {
        assertEq(
            harness.pointerOpHash(id, version, contentHash, uri),
            ReferenceChain.pointerOpHash(id, version, contentHash, uri)
        );
    }

    function testFuzz_DeleteOpHash(bytes32 id, uint64 version) public view {
        assertEq(harness.deleteOpHash(id, version), ReferenceChain.deleteOpHash(id, version));
    }

    function testFuzz_CodeOpHash(bytes32 id, uint64 version, bytes calldata ciphertext, address pointer) public view {
        assertEq(
            harness.codeOpHash(id, version, keccak256(ciphertext), pointer),
            ReferenceChain.codeOpHash(id, version, ciphertext, pointer)
        );
    }

    function testFuzz_KeyCheckOpHash(uint64 epoch, bytes32 keyCheck) public view {
        assertEq(harness.keyCheckOpHash(epoch, keyCheck), ReferenceChain.keyCheckOpHash(epoch, keyCheck));
    }

    function testFuzz_Next(bytes32 head, uint64 seq, bytes32 opHash) public view {
        assertEq(harness.next(head, seq, opHash), ReferenceChain.next(head, seq, opHash));
    }

    function test_EmptyCiphertextAndUri() public view {
        assertEq(harness.inlineOpHash(bytes32(0), 0, ""), ReferenceChain.inlineOpHash(bytes32(0), 0, ""));
        assertEq(
            harness.pointerOpHash(bytes32(0), 0, bytes32(0), ""),
            ReferenceChain.pointerOpHash(bytes32(0), 0, bytes32(0), "")
        );
    }
}
