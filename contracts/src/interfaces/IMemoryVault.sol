// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IMemoryVault
/// @notice An append-only, authenticated log of encrypted memory records per owner.
/// @dev Record contents live in events and calldata, never in storage. Per owner the vault keeps
/// O(1) state: the sequence number of the last operation, the hash-chain head over every operation
/// ever applied, and the block of the last write. Each operation extends the chain:
///
///     head_n = keccak256(abi.encode(head_{n-1}, uint64 n, opHash_n)),  head_0 = bytes32(0)
///
/// where `opHash` is defined per kind in {LogChain}. A client that replays an owner's events and
/// arrives at `logState(owner).head` knows the RPC hid or altered nothing. Every event names the
/// block of the owner's previous operation, so history is a linked list a client walks back from
/// `logState(owner).lastWriteBlock` without scanning block ranges.
///
/// Record ids are opaque to the vault (the SDK uses an HMAC of the logical id) and record versions
/// are chosen by the client; the vault does not keep per-record state. Concurrency is optimistic
/// over the owner's whole log: a call may name the sequence number it expects, and fails with
/// {VaultSequenceMismatch} if anyone wrote since.
interface IMemoryVault {
    /// @notice What an operation does to a record.
    enum OpKind {
        /// The ciphertext travels in calldata and in the {RecordWritten} event.
        Inline,
        /// The ciphertext lives off-chain at `uri`; the log commits to its hash.
        Pointer,
        /// A tombstone: the record is deleted as of this version. Earlier versions stay in the log.
        Delete
    }

    /// @notice One operation of a batch.
    /// @param kind What the operation does.
    /// @param id The opaque record id (non-zero).
    /// @param version The record version this operation creates (non-zero, chosen by the client).
    /// @param contentHash `Pointer`: the hash of the off-chain ciphertext (non-zero). Otherwise zero.
    /// @param data `Inline`: the ciphertext (non-empty). `Pointer`: the URI in UTF-8 (non-empty).
    /// `Delete`: empty.
    struct Operation {
        OpKind kind;
        bytes32 id;
        uint64 version;
        bytes32 contentHash;
        bytes data;
    }

    /// @notice The O(1) per-owner state of the log.
    /// @param head The hash-chain head over every operation ever applied (zero before the first).
    /// @param seq The sequence number of the last operation (zero before the first; the first is 1).
    /// @param lastWriteBlock The block of the last operation (zero before the first).
    /// @param keyEpoch The latest key epoch whose key-check value the owner published (zero: none).
    struct LogState {
        bytes32 head;
        uint64 seq;
        uint64 lastWriteBlock;
        uint64 keyEpoch;
    }

    /// @notice Emitted for an inline write.
    /// @param owner The owner whose log was extended.
    /// @param id The opaque record id.
    /// @param version The record version written.
    /// @param seq The sequence number of this operation in the owner's log.
    /// @param prevWriteBlock The block of the owner's operation `seq - 1` (zero when `seq == 1`).
    /// @param ciphertext The sealed record.
    event RecordWritten(
        address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock, bytes ciphertext
    );

    /// @notice Emitted for a pointer write.
    /// @param owner The owner whose log was extended.
    /// @param id The opaque record id.
    /// @param version The record version written.
    /// @param seq The sequence number of this operation in the owner's log.
    /// @param prevWriteBlock The block of the owner's operation `seq - 1` (zero when `seq == 1`).
    /// @param contentHash The hash of the off-chain ciphertext.
    /// @param uri Where the ciphertext is stored (`file://`, `https://`, `ipfs://`, ...).
    event RecordPointerWritten(
        address indexed owner,
        bytes32 indexed id,
        uint64 version,
        uint64 seq,
        uint64 prevWriteBlock,
        bytes32 contentHash,
        string uri
    );

    /// @notice Emitted for a tombstone.
    /// @param owner The owner whose log was extended.
    /// @param id The opaque record id.
    /// @param version The record version the tombstone creates.
    /// @param seq The sequence number of this operation in the owner's log.
    /// @param prevWriteBlock The block of the owner's operation `seq - 1` (zero when `seq == 1`).
    event RecordDeleted(address indexed owner, bytes32 indexed id, uint64 version, uint64 seq, uint64 prevWriteBlock);

    /// @notice Emitted when an owner publishes the key-check value of a new key epoch. It is an
    /// operation of the log like any write, so it extends the hash chain.
    /// @param owner The owner whose log was extended.
    /// @param epoch The new key epoch.
    /// @param keyCheck The public key-check value derived from that epoch's keys (docs/FORMAT.md).
    /// @param seq The sequence number of this operation in the owner's log.
    /// @param prevWriteBlock The block of the owner's operation `seq - 1` (zero when `seq == 1`).
    event KeyCheckPublished(
        address indexed owner, uint64 indexed epoch, bytes32 keyCheck, uint64 seq, uint64 prevWriteBlock
    );

    /// @notice The caller expected the log at `expected` but it is at `actual`: someone wrote since the
    /// caller last synced. Re-sync, then retry or surface the conflict.
    /// @param owner The owner whose log was addressed.
    /// @param expected The sequence number the caller named.
    /// @param actual The owner's current sequence number.
    error VaultSequenceMismatch(address owner, uint64 expected, uint64 actual);

    /// @notice A batch with no operations.
    error VaultEmptyBatch();

    /// @notice A record id of zero, which the vault reserves.
    error VaultZeroId();

    /// @notice A record version of zero; versions start at 1.
    /// @param id The record id.
    error VaultZeroVersion(bytes32 id);

    /// @notice An inline write with an empty ciphertext.
    /// @param id The record id.
    error VaultEmptyCiphertext(bytes32 id);

    /// @notice A pointer write with an empty URI or a zero content hash.
    /// @param id The record id.
    error VaultInvalidPointer(bytes32 id);

    /// @notice A delete that carries a payload or a content hash, or an inline write that carries a
    /// content hash: the operation is malformed and would be ambiguous in the log.
    /// @param id The record id.
    error VaultUnexpectedPayload(bytes32 id);

    /// @notice A key epoch that is not after the owner's current one: epochs only move forward, so
    /// a published key-check value can never be replaced.
    /// @param current The owner's current key epoch.
    /// @param proposed The epoch the caller tried to publish.
    error VaultEpochNotIncreasing(uint64 current, uint64 proposed);

    /// @notice A key-check value of zero, which the vault reserves for "not published".
    error VaultZeroKeyCheck();

    /// @notice The value of `expectedSeq` that skips the sequence check (for adds of new records).
    /// @return The sentinel, `type(uint64).max`.
    function ANY_SEQ() external view returns (uint64);

    /// @notice Appends an inline record version to the caller's log.
    /// @param id The opaque record id (non-zero).
    /// @param version The record version (non-zero).
    /// @param ciphertext The sealed record (non-empty).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the operation.
    function write(bytes32 id, uint64 version, bytes calldata ciphertext, uint64 expectedSeq)
        external
        returns (uint64 seq);

    /// @notice Appends a pointer record version to the caller's log.
    /// @param id The opaque record id (non-zero).
    /// @param version The record version (non-zero).
    /// @param contentHash The hash of the off-chain ciphertext (non-zero).
    /// @param uri Where the ciphertext is stored (non-empty).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the operation.
    function writePointer(bytes32 id, uint64 version, bytes32 contentHash, string calldata uri, uint64 expectedSeq)
        external
        returns (uint64 seq);

    /// @notice Appends a tombstone for a record to the caller's log.
    /// @param id The opaque record id (non-zero).
    /// @param version The version the tombstone creates (non-zero).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the operation.
    function deleteRecord(bytes32 id, uint64 version, uint64 expectedSeq) external returns (uint64 seq);

    /// @notice Applies operations to the caller's log in order, all or none.
    /// @param ops The operations (at least one).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the last operation.
    function applyBatch(Operation[] calldata ops, uint64 expectedSeq) external returns (uint64 seq);

    /// @notice Publishes the key-check value of a new key epoch for the caller, so that a device
    /// holding the wrong key (another wallet, a mistyped mnemonic, a non-deterministic signer)
    /// learns it before it writes.
    /// @param epoch The new epoch, greater than the caller's current one.
    /// @param keyCheck The epoch's key-check value (non-zero).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the operation.
    function publishKeyCheck(uint64 epoch, bytes32 keyCheck, uint64 expectedSeq) external returns (uint64 seq);

    /// @notice The key-check value an owner published for an epoch.
    /// @param owner The owner.
    /// @param epoch The key epoch.
    /// @return The key-check value, or zero if none was published for that epoch.
    function keyCheck(address owner, uint64 epoch) external view returns (bytes32);

    /// @notice The O(1) state of an owner's log.
    /// @param owner The owner.
    /// @return state The head, sequence number and last write block.
    function logState(address owner) external view returns (LogState memory state);
}
