// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {AsciiUri} from "./AsciiUri.sol";

/// @notice One operation of a packed batch, as tests build and read them.
/// @param kind 0 inline, 1 pointer, 2 tombstone, 3 code (the wire values of docs/FORMAT.md).
/// @param id The record id.
/// @param version The record version.
/// @param contentHash The off-chain ciphertext's hash (pointer only).
/// @param data The ciphertext (inline, code) or the URI (pointer); empty for a tombstone.
struct Operation {
    uint8 kind;
    bytes32 id;
    uint64 version;
    bytes32 contentHash;
    bytes data;
}

/// @notice What the vault must do with a packed batch: apply `ops`, or revert with `revertData`.
/// @param ok Whether the batch is valid.
/// @param revertData The exact revert data when it is not.
/// @param ops The operations, in order (those before the first defect when it is not valid).
/// @param offsets The byte offset of each operation's header.
/// @param required The delegation scope bits the batch needs (1 write, 2 delete).
struct ParsedBatch {
    bool ok;
    bytes revertData;
    Operation[] ops;
    uint256[] offsets;
    uint8 required;
}

/// @title PackedBatch
/// @notice An independent restatement of the packed batch encoding of docs/FORMAT.md ("Packed
/// batches") for tests: an encoder that writes every byte by hand, with any legal id and version
/// width, and a parser that says exactly how the vault must answer a batch. It never calls the
/// PackedOps library, so comparing the vault (or PackedOps) with it checks them against the spec.
library PackedBatch {
    uint8 internal constant INLINE = 0;
    uint8 internal constant POINTER = 1;
    uint8 internal constant DELETE = 2;
    uint8 internal constant CODE = 3;

    uint8 internal constant SCOPE_WRITE = 1;
    uint8 internal constant SCOPE_DELETE = 2;

    /// @notice The largest code ciphertext: EIP-170's 24,576 bytes minus SSTORE2's leading zero.
    uint256 internal constant MAX_CODE_LENGTH = 24_575;
    /// @notice The fewest bytes an operation can take: header, short id, one version byte.
    uint256 internal constant MIN_OP_LENGTH = 18;

    /// @notice An operation the encoder cannot write in the layout asked for (a test bug).
    error PackedBatchUnencodable(bytes32 id, uint64 version, bool shortId, uint256 vlen);

    // ---------------------------------------------------------------- encoding

    /// @notice The batch of `ops`, each in its shortest form.
    function encode(Operation[] memory ops) internal pure returns (bytes memory out) {
        for (uint256 i; i < ops.length; ++i) {
            out = bytes.concat(out, encodeOp(ops[i]));
        }
    }

    /// @notice `op` in its shortest form: a short id whenever the id's low half is zero, the
    /// fewest version bytes that hold the version.
    function encodeOp(Operation memory op) internal pure returns (bytes memory) {
        return encodeOp(op, isShortId(op.id), minVlen(op.version));
    }

    /// @notice `op` with the id in 16 (`shortId`) or 32 bytes and the version in `vlen` bytes.
    function encodeOp(Operation memory op, bool shortId, uint256 vlen) internal pure returns (bytes memory out) {
        uint256 maxData = op.kind == POINTER ? type(uint16).max : type(uint24).max;
        if (
            (shortId && !isShortId(op.id)) || vlen == 0 || vlen > 8 || vlen < minVlen(op.version) || op.kind > CODE
                || op.data.length > maxData
        ) {
            revert PackedBatchUnencodable(op.id, op.version, shortId, vlen);
        }
        uint256 idLength = shortId ? 16 : 32;
        uint256 bodyLength = bodyLengthOf(op);
        out = new bytes(1 + idLength + vlen + bodyLength);
        // header: kind in bits 0-1, short id in bit 2, vlen - 1 in bits 3-5.
        out[0] = bytes1(uint8(op.kind) + (shortId ? 4 : 0) + uint8((vlen - 1) * 8));
        uint256 p = 1;
        for (uint256 i; i < idLength; ++i) {
            out[p++] = op.id[i];
        }
        for (uint256 i; i < vlen; ++i) {
            out[p++] = bytes1(uint8(op.version >> (8 * (vlen - 1 - i))));
        }
        if (op.kind == DELETE) return out;
        if (op.kind == POINTER) {
            for (uint256 i; i < 32; ++i) {
                out[p++] = op.contentHash[i];
            }
            p = _writeBigEndian(out, p, op.data.length, 2);
        } else {
            p = _writeBigEndian(out, p, op.data.length, 3);
        }
        for (uint256 i; i < op.data.length; ++i) {
            out[p++] = op.data[i];
        }
    }

    /// @notice The byte offset of each operation's header in `encode(ops)`.
    function offsets(Operation[] memory ops) internal pure returns (uint256[] memory out) {
        out = new uint256[](ops.length);
        uint256 p;
        for (uint256 i; i < ops.length; ++i) {
            out[i] = p;
            p += encodeOp(ops[i]).length;
        }
    }

    /// @notice The number of bytes a body of `op` takes after the header, id and version.
    function bodyLengthOf(Operation memory op) internal pure returns (uint256) {
        if (op.kind == DELETE) return 0;
        if (op.kind == POINTER) return 32 + 2 + op.data.length;
        return 3 + op.data.length;
    }

    /// @notice The fewest bytes (1 to 8) that hold `version` big-endian.
    function minVlen(uint64 version) internal pure returns (uint256 vlen) {
        vlen = 1;
        while (vlen < 8 && uint256(version) >= 2 ** (8 * vlen)) {
            ++vlen;
        }
    }

    /// @notice Whether `id` fits a short id: its low 16 bytes are zero.
    function isShortId(bytes32 id) internal pure returns (bool) {
        for (uint256 i = 16; i < 32; ++i) {
            if (id[i] != 0) return false;
        }
        return true;
    }

    function _writeBigEndian(bytes memory out, uint256 p, uint256 value, uint256 width) private pure returns (uint256) {
        for (uint256 i; i < width; ++i) {
            // Truncation is the point: one byte of `value`.
            // forge-lint: disable-next-line(unsafe-typecast)
            out[p++] = bytes1(uint8(value >> (8 * (width - 1 - i))));
        }
        return p;
    }

    // ---------------------------------------------------------------- parsing

    /// @notice Reads `batch` as the vault must: operation by operation, stopping at the first that
    /// is wrong, with the error the vault gives for it. Per operation, in the vault's order: a
    /// reserved header bit or a header, id or version past the end (VaultMalformedBatch at the
    /// header's offset); a zero id; a zero version; for bodies, a length field or body past the end
    /// (VaultMalformedBatch); a pointer's zero hash, or its URI empty or not ASCII ({AsciiUri}); an
    /// empty ciphertext; a code ciphertext above {MAX_CODE_LENGTH}. An empty batch is VaultEmptyBatch.
    function parse(bytes memory batch) internal pure returns (ParsedBatch memory parsed) {
        if (batch.length == 0) {
            parsed.revertData = abi.encodeWithSelector(IMemoryVault.VaultEmptyBatch.selector);
            return parsed;
        }
        // At most one operation per MIN_OP_LENGTH bytes, plus one for a short trailing fragment.
        Operation[] memory ops = new Operation[](batch.length / MIN_OP_LENGTH + 1);
        uint256[] memory starts = new uint256[](ops.length);
        uint256 n;
        uint256 p;
        parsed.ok = true;
        while (p < batch.length) {
            bytes memory error_;
            (ops[n], p, error_) = _parseOne(batch, p);
            starts[n] = p;
            if (error_.length != 0) {
                parsed.ok = false;
                parsed.revertData = error_;
                break;
            }
            parsed.required |= ops[n].kind == DELETE ? SCOPE_DELETE : SCOPE_WRITE;
            ++n;
        }
        parsed.ops = new Operation[](n);
        parsed.offsets = new uint256[](n);
        uint256 start;
        for (uint256 i; i < n; ++i) {
            parsed.ops[i] = ops[i];
            parsed.offsets[i] = start;
            start = starts[i];
        }
    }

    /// @dev Parses the operation at `p`; returns it, the offset after it and, if it is wrong, the
    /// vault's revert data.
    function _parseOne(bytes memory batch, uint256 p)
        private
        pure
        returns (Operation memory op, uint256 next, bytes memory error_)
    {
        bytes memory malformed = abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, p);
        uint8 header = uint8(batch[p]);
        op.kind = header % 4;
        uint256 idLength = (header / 4) % 2 == 1 ? 16 : 32;
        uint256 vlen = (header / 8) % 8 + 1;
        if (header >= 64 || p + 1 + idLength + vlen > batch.length) return (op, p, malformed);
        uint256 q = p + 1;
        for (uint256 i; i < idLength; ++i) {
            op.id |= bytes32(batch[q++]) >> (8 * i);
        }
        for (uint256 i; i < vlen; ++i) {
            op.version = op.version * 256 + uint8(batch[q++]);
        }
        if (op.id == bytes32(0)) return (op, p, abi.encodeWithSelector(IMemoryVault.VaultZeroId.selector));
        if (op.version == 0) return (op, p, abi.encodeWithSelector(IMemoryVault.VaultZeroVersion.selector, op.id));
        if (op.kind == DELETE) return (op, q, "");

        uint256 length;
        if (op.kind == POINTER) {
            if (q + 34 > batch.length) return (op, p, malformed);
            for (uint256 i; i < 32; ++i) {
                op.contentHash |= bytes32(batch[q++]) >> (8 * i);
            }
            length = uint256(uint8(batch[q])) * 256 + uint8(batch[q + 1]);
            q += 2;
        } else {
            if (q + 3 > batch.length) return (op, p, malformed);
            length = (uint256(uint8(batch[q])) * 256 + uint8(batch[q + 1])) * 256 + uint8(batch[q + 2]);
            q += 3;
        }
        if (q + length > batch.length) return (op, p, malformed);
        op.data = new bytes(length);
        for (uint256 i; i < length; ++i) {
            op.data[i] = batch[q + i];
        }
        next = q + length;

        if (op.kind == POINTER) {
            if (op.contentHash == bytes32(0) || length == 0 || !AsciiUri.isAscii(op.data)) {
                error_ = abi.encodeWithSelector(IMemoryVault.VaultInvalidPointer.selector, op.id);
            }
        } else if (length == 0) {
            error_ = abi.encodeWithSelector(IMemoryVault.VaultEmptyCiphertext.selector, op.id);
        } else if (op.kind == CODE && length > MAX_CODE_LENGTH) {
            error_ = abi.encodeWithSelector(IMemoryVault.VaultCodeTooLarge.selector, op.id, length);
        }
        if (error_.length != 0) next = p;
    }
}
