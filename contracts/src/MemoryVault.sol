// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "./interfaces/IMemoryVault.sol";
import {ITeeRegistry} from "./interfaces/ITeeRegistry.sol";
import {LogChain} from "./libraries/LogChain.sol";
import {PackedOps} from "./libraries/PackedOps.sol";
import {Scope, Scopes} from "./libraries/Scope.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {SSTORE2} from "solady/utils/SSTORE2.sol";

/// @title MemoryVault
/// @notice Append-only, authenticated logs of encrypted memory records, one per owner.
/// @dev No admin, no upgrade path, no storage per record (code writes deploy one contract each).
/// An owner's log is extended by the owner, by its delegates within their scope and expiry, or by
/// anyone carrying an EIP-712 signature of either. Every entry point resolves the owner, then goes
/// through `_begin` / `_append*` / `_commit`.
contract MemoryVault is IMemoryVault, EIP712, Nonces {
    /// @inheritdoc IMemoryVault
    uint64 public constant ANY_SEQ = type(uint64).max;
    /// @inheritdoc IMemoryVault
    Scope public constant SCOPE_WRITE = Scopes.WRITE;
    /// @inheritdoc IMemoryVault
    Scope public constant SCOPE_DELETE = Scopes.DELETE;
    /// @inheritdoc IMemoryVault
    Scope public constant SCOPE_TEE_NODE = Scopes.TEE_NODE;

    /// @inheritdoc IMemoryVault
    bytes32 public constant WRITE_BATCH_TYPEHASH = keccak256(
        "WriteBatch(address owner,address signer,bytes32 operations,uint64 expectedSeq,uint256 nonce,uint256 deadline)"
    );
    /// @inheritdoc IMemoryVault
    bytes32 public constant GRANT_DELEGATE_TYPEHASH = keccak256(
        "GrantDelegate(address owner,address delegate,uint8 scope,uint64 expiry,uint256 nonce,uint256 deadline)"
    );
    /// @inheritdoc IMemoryVault
    bytes32 public constant REVOKE_DELEGATE_TYPEHASH =
        keccak256("RevokeDelegate(address owner,address delegate,uint256 nonce,uint256 deadline)");

    /// @dev EIP-170: the most runtime code one contract may have; SSTORE2 spends one byte of it.
    uint256 private constant MAX_CODE_CIPHERTEXT = 24_576 - 1;
    // {Scope} is what the ABI, the storage and the events carry; the checks and the batch loop work
    // on its raw bits. Measured: the type's operators and helpers there were not always inlined and
    // cost about 2 gas per batch operation and 60 per grant, and the vault's bytecode is now the
    // same as with a plain `uint8`.
    uint8 private constant WRITE = Scope.unwrap(Scopes.WRITE);
    uint8 private constant DELETE = Scope.unwrap(Scopes.DELETE);
    uint8 private constant TEE_NODE = Scope.unwrap(Scopes.TEE_NODE);
    uint8 private constant ACTIONS = Scope.unwrap(Scopes.ACTIONS);
    uint8 private constant ALL = Scope.unwrap(Scopes.ALL);

    /// @inheritdoc IMemoryVault
    address public immutable teeRegistry;

    mapping(address owner => LogState) private _logs;
    mapping(address owner => mapping(uint64 epoch => bytes32 keyCheck)) private _keyChecks;
    mapping(address owner => mapping(address delegate => Delegation)) private _delegations;

    /// @param teeRegistry_ The registry that {SCOPE_TEE_NODE} grants consult, or zero for none.
    constructor(address teeRegistry_) EIP712("MemSync MemoryVault", "1") {
        teeRegistry = teeRegistry_;
    }

    // ---------------------------------------------------------------------------------------------
    // Owner writes
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IMemoryVault
    function write(bytes32 id, uint64 version, bytes calldata ciphertext, uint64 expectedSeq)
        external
        returns (uint64)
    {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendInline(state, msg.sender, id, version, ciphertext);
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string calldata uri, uint64 expectedSeq)
        external
        returns (uint64)
    {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendPointer(state, msg.sender, id, version, contentHash, bytes(uri));
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64) {
        LogState memory state = _begin(msg.sender, expectedSeq);
        _appendDelete(state, msg.sender, id, version);
        _commit(msg.sender, state);
        return state.seq;
    }

    /// @inheritdoc IMemoryVault
    function applyBatch(bytes calldata ops, uint64 expectedSeq) external returns (uint64) {
        return _applyBatch(msg.sender, msg.sender, ops, expectedSeq);
    }

    /// @inheritdoc IMemoryVault
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck_, uint64 expectedSeq) external returns (uint64) {
        if (keyCheck_ == bytes32(0)) revert VaultZeroKeyCheck();
        LogState memory state = _begin(msg.sender, expectedSeq);
        if (epoch <= state.keyEpoch) revert VaultEpochNotIncreasing(state.keyEpoch, epoch);
        state.keyEpoch = epoch;
        _keyChecks[msg.sender][epoch] = keyCheck_;
        uint64 prevWriteBlock = _advance(state, LogChain.keyCheckOpHash(epoch, keyCheck_));
        emit KeyCheckPublished(msg.sender, epoch, keyCheck_, state.seq, prevWriteBlock);
        _commit(msg.sender, state);
        return state.seq;
    }

    // ---------------------------------------------------------------------------------------------
    // Delegated and relayed writes
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IMemoryVault
    function applyBatchFor(address owner, bytes calldata ops, uint64 expectedSeq) external returns (uint64) {
        return _applyBatch(owner, msg.sender, ops, expectedSeq);
    }

    /// @inheritdoc IMemoryVault
    function applyBatchBySig(
        address owner,
        bytes calldata ops,
        uint64 expectedSeq,
        address signer,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint64) {
        bytes32 structHash = keccak256(
            abi.encode(WRITE_BATCH_TYPEHASH, owner, signer, keccak256(ops), expectedSeq, nonce, deadline)
        );
        _checkSignature(signer, structHash, nonce, deadline, signature);
        return _applyBatch(owner, signer, ops, expectedSeq);
    }

    // ---------------------------------------------------------------------------------------------
    // Delegation
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IMemoryVault
    function grantDelegate(address delegate, Scope scope, uint64 expiry) external {
        _grant(msg.sender, delegate, Scope.unwrap(scope), expiry);
    }

    /// @inheritdoc IMemoryVault
    function grantDelegateBySig(
        address owner,
        address delegate,
        Scope scope,
        uint64 expiry,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        bytes32 structHash = keccak256(
            abi.encode(GRANT_DELEGATE_TYPEHASH, owner, delegate, scope, expiry, nonce, deadline)
        );
        _checkSignature(owner, structHash, nonce, deadline, signature);
        _grant(owner, delegate, Scope.unwrap(scope), expiry);
    }

    /// @inheritdoc IMemoryVault
    function revokeDelegate(address delegate) external {
        // A signed grant withheld by a relayer would otherwise undo this revocation until its
        // deadline: every outstanding signature of the owner dies with the nonce it names.
        _useNonce(msg.sender);
        _revoke(msg.sender, delegate);
    }

    /// @inheritdoc IMemoryVault
    function revokeDelegateBySig(
        address owner,
        address delegate,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        bytes32 structHash = keccak256(abi.encode(REVOKE_DELEGATE_TYPEHASH, owner, delegate, nonce, deadline));
        _checkSignature(owner, structHash, nonce, deadline, signature);
        _revoke(owner, delegate);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IMemoryVault
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32) {
        return _keyChecks[owner][epoch];
    }

    /// @inheritdoc IMemoryVault
    function logState(address owner) external view returns (LogState memory) {
        return _logs[owner];
    }

    /// @inheritdoc IMemoryVault
    function delegation(address owner, address delegate) external view returns (Delegation memory) {
        return _delegations[owner][delegate];
    }

    /// @inheritdoc IMemoryVault
    function nonces(address account) public view override(IMemoryVault, Nonces) returns (uint256) {
        return super.nonces(account);
    }

    /// @inheritdoc IMemoryVault
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------

    /// @dev Applies a packed batch to `owner`'s log on behalf of `writer` (the owner or a delegate).
    function _applyBatch(address owner, address writer, bytes calldata ops, uint64 expectedSeq)
        private
        returns (uint64)
    {
        if (ops.length == 0) revert VaultEmptyBatch();
        uint8 granted = writer == owner ? ACTIONS : _activeScope(owner, writer);
        LogState memory state = _begin(owner, expectedSeq);
        (uint64 firstSeq, uint64 prevWriteBlock) = (state.seq + 1, state.lastWriteBlock);
        uint8 required = _applyPacked(state, owner, ops);
        if (required & ~granted != 0) {
            revert VaultScopeNotGranted(owner, writer, Scope.wrap(required), Scope.wrap(granted));
        }
        emit BatchApplied(owner, firstSeq, prevWriteBlock, ops);
        if (writer != owner) emit DelegatedBatchApplied(owner, writer, firstSeq, state.seq);
        _commit(owner, state);
        return state.seq;
    }

    /// @dev Parses and appends every operation of a packed batch; returns the scope bits it needs.
    function _applyPacked(LogState memory state, address owner, bytes calldata ops) private returns (uint8 required) {
        uint256 p;
        while (p < ops.length) {
            uint256 freeMemory = _freeMemoryPointer();
            uint8 scope;
            (p, scope) = _applyOne(state, owner, ops, p);
            required |= scope;
            // Nothing allocated for one operation outlives it: reuse the memory, so that a batch's
            // memory cost stays linear in its largest operation rather than quadratic in its size.
            _setFreeMemoryPointer(freeMemory);
        }
    }

    /// @dev Parses and appends the operation at offset `p` (without an event: the batch's
    /// {BatchApplied} carries them all); returns the offset after it and the scope bit it needs.
    function _applyOne(LogState memory state, address owner, bytes calldata ops, uint256 p)
        private
        returns (uint256 next, uint8 scope)
    {
        (uint256 kind, bytes32 id, uint64 version, uint256 q) = _parseHead(ops, p);
        _checkRecord(id, version);
        if (kind == uint256(OpKind.Delete)) {
            _advance(state, LogChain.deleteOpHash(id, version));
            return (q, DELETE);
        }
        if (kind == uint256(OpKind.Pointer)) {
            next = _pointerEnd(ops, p, q);
            bytes32 contentHash = bytes32(ops[q:q + 32]);
            if (contentHash == bytes32(0) || next == q + 34 || !_isAscii(ops[q + 34:next])) {
                revert VaultInvalidPointer(id);
            }
            _advance(state, LogChain.pointerOpHash(id, version, contentHash, ops[q + 34:next]));
        } else {
            next = _ciphertextEnd(ops, p, q);
            if (next == q + 3) revert VaultEmptyCiphertext(id);
            if (kind == uint256(OpKind.Inline)) {
                _advance(state, LogChain.inlineOpHash(id, version, ops[q + 3:next]));
            } else {
                _appendCode(state, owner, id, version, ops[q + 3:next]);
            }
        }
        scope = WRITE;
    }

    /// @dev Parses an operation's header, id and version; `q` is the offset of its body.
    function _parseHead(bytes calldata ops, uint256 p)
        private
        pure
        returns (uint256 kind, bytes32 id, uint64 version, uint256 q)
    {
        uint256 header = uint8(ops[p]);
        uint256 idEnd = p + 1 + (header & PackedOps.SHORT_ID != 0 ? 16 : 32);
        q = idEnd + ((header >> PackedOps.VLEN_SHIFT) & 7) + 1;
        if (header & PackedOps.RESERVED != 0 || q > ops.length) revert VaultMalformedBatch(p);
        id = bytes32(ops[p + 1:idEnd]);
        version = uint64(uint256(bytes32(ops[idEnd:q])) >> (256 - 8 * (q - idEnd)));
        kind = header & PackedOps.KIND_MASK;
    }

    // The two body ends are two functions, not one that branches on the kind: the caller has
    // branched already, and, measured, this saves 29 gas per inline or code operation and 39 per
    // pointer. (One function with a kind parameter also ended in a stack cleanup identical to the
    // end of {write}, which solc's block deduplicator then made {write} share, at 4 gas per write.)

    /// @dev The end of the pointer body at `q` of the operation at `p`, checked against the batch's end.
    function _pointerEnd(bytes calldata ops, uint256 p, uint256 q) private pure returns (uint256 end) {
        if (q + 34 > ops.length) revert VaultMalformedBatch(p);
        end = q + 34 + uint16(bytes2(ops[q + 32:q + 34]));
        if (end > ops.length) revert VaultMalformedBatch(p);
    }

    /// @dev The end of the inline or code body at `q` of the operation at `p`, checked against the
    /// batch's end.
    function _ciphertextEnd(bytes calldata ops, uint256 p, uint256 q) private pure returns (uint256 end) {
        if (q + 3 > ops.length) revert VaultMalformedBatch(p);
        end = q + 3 + uint24(bytes3(ops[q:q + 3]));
        if (end > ops.length) revert VaultMalformedBatch(p);
    }

    /// @dev Loads the owner's state into memory and enforces the optimistic-concurrency check.
    function _begin(address owner, uint64 expectedSeq) private view returns (LogState memory state) {
        state = _logs[owner];
        if (expectedSeq != ANY_SEQ && expectedSeq != state.seq) {
            revert VaultSequenceMismatch(owner, expectedSeq, state.seq);
        }
    }

    function _appendInline(LogState memory state, address owner, bytes32 id, uint64 version, bytes calldata ciphertext)
        private
    {
        _checkRecord(id, version);
        if (ciphertext.length == 0) revert VaultEmptyCiphertext(id);
        uint64 prevWriteBlock = _advance(state, LogChain.inlineOpHash(id, version, ciphertext));
        emit RecordWritten(owner, id, version, state.seq, prevWriteBlock, ciphertext);
    }

    function _appendPointer(
        LogState memory state,
        address owner,
        bytes32 id,
        uint64 version,
        bytes32 contentHash,
        bytes calldata uri
    ) private {
        _checkRecord(id, version);
        if (contentHash == bytes32(0) || uri.length == 0 || !_isAscii(uri)) revert VaultInvalidPointer(id);
        uint64 prevWriteBlock = _advance(state, LogChain.pointerOpHash(id, version, contentHash, uri));
        emit RecordPointerWritten(owner, id, version, state.seq, prevWriteBlock, contentHash, string(uri));
    }

    /// @dev Deploys a code record's ciphertext (SSTORE2) and chains it; {RecordCodeStored} says where.
    function _appendCode(LogState memory state, address owner, bytes32 id, uint64 version, bytes calldata ciphertext)
        private
    {
        if (ciphertext.length > MAX_CODE_CIPHERTEXT) revert VaultCodeTooLarge(id, ciphertext.length);
        bytes32 contentHash = keccak256(ciphertext);
        address pointer = SSTORE2.write(ciphertext);
        _advance(state, LogChain.codeOpHash(id, version, contentHash, pointer));
        emit RecordCodeStored(owner, state.seq, pointer);
    }

    function _appendDelete(LogState memory state, address owner, bytes32 id, uint64 version) private {
        _checkRecord(id, version);
        uint64 prevWriteBlock = _advance(state, LogChain.deleteOpHash(id, version));
        emit RecordDeleted(owner, id, version, state.seq, prevWriteBlock);
    }

    /// @dev Extends the in-memory chain by one operation and returns the block of the previous one.
    function _advance(LogState memory state, bytes32 opHash) private view returns (uint64 prevWriteBlock) {
        prevWriteBlock = state.lastWriteBlock;
        // Cannot overflow: each operation costs well over 1 gas, so 2^64 - 1 of them cannot be paid for.
        unchecked {
            state.seq += 1;
        }
        state.head = LogChain.next(state.head, state.seq, opHash);
        state.lastWriteBlock = uint64(block.number);
    }

    function _commit(address owner, LogState memory state) private {
        _logs[owner] = state;
    }

    function _checkRecord(bytes32 id, uint64 version) private pure {
        if (id == bytes32(0)) revert VaultZeroId();
        if (version == 0) revert VaultZeroVersion(id);
    }

    /// @dev The action scope bits `delegate` holds for `owner` now; reverts if it holds none.
    function _activeScope(address owner, address delegate) private view returns (uint8) {
        Delegation memory grant = _delegations[owner][delegate];
        if (grant.scope == 0) revert VaultNotDelegate(owner, delegate);
        // Expiries are hours to months away; a validator's few seconds of timestamp leeway are immaterial.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= grant.expiry) revert VaultDelegationExpired(owner, delegate, grant.expiry);
        if (grant.scope & TEE_NODE != 0 && !ITeeRegistry(teeRegistry).isActiveNode(delegate)) {
            revert VaultTeeNodeInactive(delegate);
        }
        return grant.scope & ACTIONS;
    }

    /// @dev `scope` is the raw bit set (see the scope constants above).
    function _grant(address owner, address delegate, uint8 scope, uint64 expiry) private {
        // A grant must not be born expired; a few seconds of validator leeway are immaterial.
        // forge-lint: disable-next-line(block-timestamp)
        bool expired = expiry <= block.timestamp;
        if (delegate == address(0) || delegate == owner || scope & ACTIONS == 0 || scope & ~ALL != 0 || expired) {
            revert VaultInvalidGrant(delegate, Scope.wrap(scope), expiry);
        }
        if (scope & TEE_NODE != 0 && teeRegistry == address(0)) revert VaultNoTeeRegistry();
        _delegations[owner][delegate] = Delegation(scope, expiry);
        emit DelegateGranted(owner, delegate, Scope.wrap(scope), expiry);
    }

    function _revoke(address owner, address delegate) private {
        delete _delegations[owner][delegate];
        emit DelegateRevoked(owner, delegate);
    }

    /// @dev Checks deadline, nonce and signature of an EIP-712 message and uses the nonce up.
    function _checkSignature(
        address signer,
        bytes32 structHash,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) private {
        // Deadlines bound how long a relayer may hold a signature; seconds of leeway are immaterial.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) revert VaultSignatureExpired(deadline);
        _useCheckedNonce(signer, nonce);
        if (!SignatureChecker.isValidSignatureNowCalldata(signer, _hashTypedDataV4(structHash), signature)) {
            revert VaultInvalidSignature(signer);
        }
    }

    /// @dev Whether every byte of `s` is ASCII (below 0x80). Pointer URIs must be: URIs are ASCII
    /// (RFC 3986; anything else is percent-encoded), and a log whose URIs all decode as text can
    /// never be made unreadable by one bad entry. Checks a word at a time.
    function _isAscii(bytes calldata s) private pure returns (bool ascii) {
        assembly ("memory-safe") {
            let highBits := 0x8080808080808080808080808080808080808080808080808080808080808080
            let seen := 0
            let end := add(s.offset, s.length)
            let p := s.offset
            for {} lt(add(p, 31), end) { p := add(p, 32) } { seen := or(seen, calldataload(p)) }
            // The last partial word: keep its `end - p` leading bytes, drop the calldata after them.
            let rest := sub(end, p)
            if rest { seen := or(seen, and(calldataload(p), not(sub(shl(mul(8, sub(32, rest)), 1), 1)))) }
            ascii := iszero(and(seen, highBits))
        }
    }

    function _freeMemoryPointer() private pure returns (uint256 pointer) {
        assembly ("memory-safe") {
            pointer := mload(0x40)
        }
    }

    function _setFreeMemoryPointer(uint256 pointer) private pure {
        assembly ("memory-safe") {
            mstore(0x40, pointer)
        }
    }
}
