// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../src/interfaces/IMemoryVault.sol";
import {AsciiUri} from "./utils/AsciiUri.sol";
import {Operation, PackedBatch} from "./utils/PackedBatch.sol";
import {VaultFixture} from "./utils/VaultFixture.sol";

/// @notice Pointer URIs are ASCII: the vault refuses a URI with any byte at or above 0x80, through
/// `writePointer` and in packed batches, wherever the byte is. It checks a word at a time, so the
/// lengths here put the byte in a first, a middle, a last and a partial word, and the bytes after
/// a URI (the next operation, calldata padding) have their high bits set and must not count.
contract MemoryVaultUriTest is VaultFixture {
    bytes32 internal constant ID_A = keccak256("record a");
    bytes32 internal constant ID_B = keccak256("record b");
    bytes32 internal constant CONTENT_HASH = keccak256("off-chain ciphertext");
    bytes32 internal constant ALL_ONES = bytes32(type(uint256).max);
    /// @dev A short id of 0xff bytes: its low 16 bytes are zero.
    bytes32 internal constant SHORT_ALL_ONES = bytes32(type(uint256).max << 128);

    // ---------------------------------------------------------------- a non-ASCII byte anywhere

    function test_RevertIf_WritePointerUriHasNonAsciiByteAtAnyPosition() public {
        uint256[6] memory lengths = _lengths();
        for (uint256 l; l < lengths.length; ++l) {
            bytes memory uri = _pseudoRandomAscii(lengths[l], l);
            for (uint256 i; i < uri.length; ++i) {
                _expectWritePointerRefused(ID_A, _withByte(uri, i, _highByte(i)));
            }
            // The URI itself is good.
            _applySingle(alice, _pointerOp(ID_A, 1, CONTENT_HASH, string(uri)), ANY_SEQ);
        }
        assertEq(vault.logState(alice).seq, lengths.length);
    }

    function test_RevertIf_BatchUriHasNonAsciiByteAtAnyPosition() public {
        uint256[6] memory lengths = _lengths();
        for (uint256 l; l < lengths.length; ++l) {
            bytes memory uri = _pseudoRandomAscii(lengths[l], l);
            for (uint256 i; i < uri.length; ++i) {
                _expectBatchRefused(_aroundPointer(_withByte(uri, i, _highByte(i))), ID_A);
            }
            _applyBatch(alice, _aroundPointerOps(uri), ANY_SEQ);
        }
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- what follows a URI does not count

    function test_ApplyBatch_AsciiUriFollowedByHighBytes() public {
        // After the URI: an inline write whose id, version and ciphertext are all 0xff bytes, or a
        // code write with a short id of 0xff bytes. Each partial last word of the URI reads them.
        uint256[6] memory lengths = _lengths();
        for (uint256 l; l < lengths.length; ++l) {
            bytes memory uri = _filled(lengths[l], 0x7f);
            Operation memory pointer = _pointerOp(ID_A, 1, CONTENT_HASH, string(uri));
            bytes memory ff = _filled(64, 0xff);
            _applyBatch(alice, _ops(pointer, _inlineOp(ALL_ONES, type(uint64).max, ff)), ANY_SEQ);
            _applyBatch(alice, _ops(pointer, _codeOp(SHORT_ALL_ONES, type(uint64).max, ff)), ANY_SEQ);
            // And last in the batch, followed by the calldata padding and whatever comes after it.
            _applyBatch(alice, _ops(_inlineOp(ALL_ONES, 1, ff), pointer), ANY_SEQ);
        }
        _assertMatchesModel(alice);
    }

    function test_AsciiUriFollowedByDirtyCalldata() public {
        // A URI last in its argument (writePointer's, or a batch's last operation), with the ABI
        // padding after it and 32 bytes past the end of the calldata set to 0xff: the bytes right
        // after the URI have their high bits set, which no operation's header can have.
        uint256[6] memory lengths = _lengths();
        for (uint256 l; l < lengths.length; ++l) {
            bytes memory uri = _filled(lengths[l], 0x7f);
            Operation memory pointer = _pointerOp(ID_A, 1, CONTENT_HASH, string(uri));
            bytes memory data = abi.encodeCall(IMemoryVault.writePointer, (ID_A, 1, CONTENT_HASH, string(uri), ANY_SEQ));
            // The offset of the URI's length word follows the selector, id, version and contentHash.
            _expectSingle(alice, pointer);
            _callWithDirtyTail(data, 100);

            Operation[] memory ops = _ops(_inlineOp(ALL_ONES, type(uint64).max, hex"ff"), pointer);
            bytes memory packed = PackedBatch.encode(ops);
            data = abi.encodeCall(IMemoryVault.applyBatch, (packed, ANY_SEQ));
            _expectBatch(alice, ops, packed);
            _callWithDirtyTail(data, 4);
        }
        _assertMatchesModel(alice);
    }

    // ---------------------------------------------------------------- the boundary

    function test_Uri_0x7fAcceptedAnd0x80Refused() public {
        uint256[6] memory lengths = _lengths();
        for (uint256 l; l < lengths.length; ++l) {
            bytes memory top = _filled(lengths[l], 0x7f);
            _applySingle(alice, _pointerOp(ID_A, 1, CONTENT_HASH, string(top)), ANY_SEQ);
            _applyBatch(alice, _aroundPointerOps(top), ANY_SEQ);
            bytes memory bottom = _filled(lengths[l], 0x80);
            _expectWritePointerRefused(ID_A, bottom);
            _expectBatchRefused(_aroundPointer(bottom), ID_A);
        }
        _assertMatchesModel(alice);
    }

    function test_Uri_EverySingleByteValue() public {
        for (uint256 b; b < 256; ++b) {
            // Cannot truncate: b < 256.
            // forge-lint: disable-next-line(unsafe-typecast)
            bytes memory uri = abi.encodePacked(uint8(b));
            if (b < 0x80) {
                _applySingle(alice, _pointerOp(ID_A, 1, CONTENT_HASH, string(uri)), ANY_SEQ);
                _applyBatch(alice, _aroundPointerOps(uri), ANY_SEQ);
            } else {
                _expectWritePointerRefused(ID_A, uri);
                _expectBatchRefused(_aroundPointer(uri), ID_A);
            }
        }
        _assertMatchesModel(alice);
        assertEq(vault.logState(alice).seq, 128 * 4);
    }

    // ---------------------------------------------------------------- random URIs

    /// @dev A random URI (raw, made ASCII, or made ASCII but for one byte) is accepted by
    /// `writePointer` exactly when it is not empty and every byte is below 0x80.
    function testFuzz_WritePointer_AcceptsUriIffAscii(bytes memory uri, uint8 mode, uint256 position, bytes1 high)
        public
    {
        uri = _fuzzedUri(uri, mode, position, high);
        _applySingle(alice, _inlineOp(ID_B, 1, hex"01"), ANY_SEQ);
        if (uri.length != 0 && AsciiUri.isAscii(uri)) {
            _applySingle(alice, _pointerOp(ID_A, 1, CONTENT_HASH, string(uri)), ANY_SEQ);
            _assertMatchesModel(alice);
        } else {
            _expectWritePointerRefused(ID_A, uri);
        }
    }

    /// @dev The same in a packed batch, among random operations: the batch is applied exactly when
    /// the URI is good, and otherwise refused with the reference parser's error, changing nothing.
    function testFuzz_ApplyBatch_AcceptsUriIffAscii(
        bytes memory uri,
        uint8 mode,
        uint256 position,
        bytes1 high,
        uint256 seed,
        uint8 before
    ) public {
        uri = _fuzzedUri(uri, mode, position, high);
        _applyBatch(alice, _randomOps(seed ^ 1, 2), ANY_SEQ);
        Operation[] memory ops = _randomOps(seed, 4);
        ops[before % 4] = _pointerOp(ID_A, 1, CONTENT_HASH, string(uri));
        if (uri.length != 0 && AsciiUri.isAscii(uri)) {
            _applyBatch(alice, ops, ANY_SEQ);
            _assertMatchesModel(alice);
        } else {
            _expectBatchRefused(PackedBatch.encode(ops), ID_A);
        }
    }

    // ---------------------------------------------------------------- helpers

    function _lengths() internal pure returns (uint256[6] memory) {
        return [uint256(1), 31, 32, 33, 64, 65];
    }

    /// @dev A byte from 0x80 to 0xff that varies with `i`: 0x80, 0xff, or another.
    function _highByte(uint256 i) internal pure returns (bytes1) {
        if (i % 3 == 0) return 0x80;
        if (i % 3 == 1) return 0xff;
        // Cannot truncate: 0x80 plus a value below 0x80.
        // forge-lint: disable-next-line(unsafe-typecast)
        return bytes1(uint8(0x80 + (i * 37) % 0x80));
    }

    /// @dev A copy of `data` with byte `i` set to `value`.
    function _withByte(bytes memory data, uint256 i, bytes1 value) internal pure returns (bytes memory out) {
        out = bytes.concat(data);
        out[i] = value;
    }

    function _filled(uint256 length, bytes1 value) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = value;
        }
    }

    /// @dev Calls the vault as Alice with `data`, whose last dynamic argument's offset is at
    /// `offsetAt`, after setting every byte past that argument's end to 0xff and appending 32 more;
    /// the call must succeed and return the model's seq.
    function _callWithDirtyTail(bytes memory data, uint256 offsetAt) internal {
        // Calldata offsets count from after the selector; its length word, then its bytes.
        uint256 end;
        assembly ("memory-safe") {
            let lengthAt := add(4, mload(add(add(data, 32), offsetAt)))
            end := add(add(lengthAt, 32), mload(add(add(data, 32), lengthAt)))
        }
        for (uint256 i = end; i < data.length; ++i) {
            data[i] = 0xff;
        }
        vm.prank(alice);
        (bool success, bytes memory returned) = address(vault).call(bytes.concat(data, ALL_ONES));
        assertTrue(success, "dirty calldata after an ASCII URI");
        assertEq(abi.decode(returned, (uint64)), _model[alice].seq, "returned seq");
    }

    /// @dev An inline write, a pointer to `uri` (record ID_A) and a code write.
    function _aroundPointerOps(bytes memory uri) internal pure returns (Operation[] memory) {
        return
            _ops(_inlineOp(ID_B, 1, hex"01"), _pointerOp(ID_A, 1, CONTENT_HASH, string(uri)), _codeOp(ID_B, 2, hex"02"));
    }

    function _aroundPointer(bytes memory uri) internal pure returns (bytes memory) {
        return PackedBatch.encode(_aroundPointerOps(uri));
    }

    /// @dev The fuzzed `uri` as is (mode 0), with every high bit cleared (1), or cleared but for
    /// one byte set to `high | 0x80` (2), so that both verdicts are frequent.
    function _fuzzedUri(bytes memory uri, uint8 mode, uint256 position, bytes1 high)
        internal
        pure
        returns (bytes memory)
    {
        mode %= 3;
        if (mode == 0) return uri;
        uri = AsciiUri.clearHighBits(uri);
        if (mode == 2 && uri.length != 0) uri[position % uri.length] = high | 0x80;
        return uri;
    }

    /// @dev Alice's `writePointer` of `uri` under `id` is refused with VaultInvalidPointer(id),
    /// changing nothing.
    function _expectWritePointerRefused(bytes32 id, bytes memory uri) internal {
        IMemoryVault.LogState memory before = vault.logState(alice);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id));
        vm.prank(alice);
        vault.writePointer(id, 1, CONTENT_HASH, string(uri), ANY_SEQ);
        _assertUnchanged(alice, before);
    }

    /// @dev Alice's batch `packed` is refused with VaultInvalidPointer(id), as the reference parser
    /// says, changing nothing and deploying no code.
    function _expectBatchRefused(bytes memory packed, bytes32 id) internal {
        bytes memory reason = abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, id);
        assertEq(PackedBatch.parse(packed).revertData, reason, "reference parser");
        IMemoryVault.LogState memory before = vault.logState(alice);
        uint256 vaultNonce = vm.getNonce(address(vault));
        vm.expectRevert(reason);
        vm.prank(alice);
        vault.applyBatch(packed, ANY_SEQ);
        _assertUnchanged(alice, before);
        assertEq(vm.getNonce(address(vault)), vaultNonce, "vault nonce");
    }
}
