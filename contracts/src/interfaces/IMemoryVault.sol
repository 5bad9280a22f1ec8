// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Scope} from "../libraries/Scope.sol";

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
    /// @notice What an operation does to a record. The value is the low two bits of an operation's
    /// header in a packed batch and the domain tag of its operation hash in {LogChain}.
    enum OpKind {
        /// The ciphertext travels in calldata and in the {RecordWritten} event.
        Inline,
        /// The ciphertext lives off-chain at `uri`; the log commits to its hash.
        Pointer,
        /// A tombstone: the record is deleted as of this version. Earlier versions stay in the log.
        Delete,
        /// The ciphertext is stored as the runtime code of a new contract (SSTORE2), so other
        /// contracts can read it; the log commits to its hash and address.
        Code
    }

    /// @notice What a delegate may do for an owner, and under which condition.
    /// @param scope A bit set of {SCOPE_WRITE}, {SCOPE_DELETE} and {SCOPE_TEE_NODE}: a {Scope}'s
    /// bits (`Scope.wrap(d.scope)`). The field stays `uint8`: alloy's generated Rust struct loses its
    /// `Debug`, `PartialEq`, `Default` and `Hash` with a user-defined type in it.
    /// @param expiry The first timestamp at which the grant no longer holds.
    struct Delegation {
        uint8 scope;
        uint64 expiry;
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

    /// @notice Emitted once per packed batch, for all its operations: they are operations
    /// `firstSeq, firstSeq + 1, ...` of the owner's log, in the order of `ops`, all applied in this
    /// block. One event per batch instead of one per record halves the log cost of small records,
    /// which keeps batches at the calldata floor (docs/GAS.md).
    /// @param owner The owner whose log was extended.
    /// @param firstSeq The sequence number of the batch's first operation.
    /// @param prevWriteBlock The block of the owner's operation `firstSeq - 1` (zero when `firstSeq == 1`).
    /// @param ops The packed operations, exactly as applied ({PackedOps}, docs/FORMAT.md).
    event BatchApplied(address indexed owner, uint64 firstSeq, uint64 prevWriteBlock, bytes ops);

    /// @notice Emitted for each code operation of a batch, before its {BatchApplied}: where the
    /// ciphertext was deployed. It is the runtime code of `pointer` after SSTORE2's leading zero
    /// byte, and the operation hash binds `pointer`.
    /// @param owner The owner whose log was extended.
    /// @param seq The sequence number of the code operation.
    /// @param pointer The contract whose code holds the ciphertext.
    event RecordCodeStored(address indexed owner, uint64 seq, address pointer);

    /// @notice Emitted when a batch was applied to `owner`'s log by one of its delegates (directly
    /// or through a relayed signature), so the owner can audit what each delegate wrote.
    /// @param owner The owner whose log was extended.
    /// @param delegate The delegate that wrote.
    /// @param firstSeq The sequence number of the batch's first operation.
    /// @param lastSeq The sequence number of the batch's last operation.
    event DelegatedBatchApplied(address indexed owner, address indexed delegate, uint64 firstSeq, uint64 lastSeq);

    /// @notice Emitted when an owner grants (or replaces) a delegation.
    /// @param owner The owner.
    /// @param delegate The delegate.
    /// @param scope The granted scope bits.
    /// @param expiry The first timestamp at which the grant no longer holds.
    event DelegateGranted(address indexed owner, address indexed delegate, Scope scope, uint64 expiry);

    /// @notice Emitted when an owner revokes a delegation. It takes effect for every later
    /// transaction, in the same block included.
    /// @param owner The owner.
    /// @param delegate The former delegate.
    event DelegateRevoked(address indexed owner, address indexed delegate);

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

    /// @notice A pointer write with a zero content hash, or a URI that is empty or not ASCII (URIs are
    /// ASCII, RFC 3986; percent-encode anything else).
    /// @param id The record id.
    error VaultInvalidPointer(bytes32 id);

    /// @notice A key epoch that is not after the owner's current one: epochs only move forward, so
    /// a published key-check value can never be replaced.
    /// @param current The owner's current key epoch.
    /// @param proposed The epoch the caller tried to publish.
    error VaultEpochNotIncreasing(uint64 current, uint64 proposed);

    /// @notice A key-check value of zero, which the vault reserves for "not published".
    error VaultZeroKeyCheck();

    /// @notice A packed batch that does not parse: a reserved header bit is set, or an operation
    /// runs past the end of the batch.
    /// @param offset The byte offset of the operation that does not parse.
    error VaultMalformedBatch(uint256 offset);

    /// @notice A code write whose ciphertext does not fit in one contract (EIP-170: 24,576 bytes of
    /// code, one of which is SSTORE2's leading zero).
    /// @param id The record id.
    /// @param length The ciphertext length.
    error VaultCodeTooLarge(bytes32 id, uint256 length);

    /// @notice A relayed signature used after its deadline.
    /// @param deadline The signature's deadline.
    error VaultSignatureExpired(uint256 deadline);

    /// @notice A signature that is not `signer`'s over this vault's EIP-712 digest: a wrong key, a
    /// wrong chain id or vault in the domain, altered fields, or an ERC-1271 wallet that said no.
    /// @param signer The account the signature claims to be from.
    error VaultInvalidSignature(address signer);

    /// @notice `delegate` holds no delegation from `owner` (never granted, or revoked).
    /// @param owner The owner.
    /// @param delegate The would-be delegate.
    error VaultNotDelegate(address owner, address delegate);

    /// @notice `delegate`'s grant from `owner` has expired.
    /// @param owner The owner.
    /// @param delegate The delegate.
    /// @param expiry When the grant stopped holding.
    error VaultDelegationExpired(address owner, address delegate, uint64 expiry);

    /// @notice The batch needs scope bits that `delegate`'s grant does not have.
    /// @param owner The owner.
    /// @param delegate The delegate.
    /// @param required The scope bits the batch needs.
    /// @param granted The scope bits the delegate holds.
    error VaultScopeNotGranted(address owner, address delegate, Scope required, Scope granted);

    /// @notice A delegation requires an active TEE node and the registry says `delegate` is not one.
    /// @param delegate The delegate.
    error VaultTeeNodeInactive(address delegate);

    /// @notice A grant that could never be used: a zero or self delegate, no action bit or an
    /// unknown bit in the scope, or an expiry that is not in the future.
    /// @param delegate The delegate.
    /// @param scope The scope bits.
    /// @param expiry The expiry.
    error VaultInvalidGrant(address delegate, Scope scope, uint64 expiry);

    /// @notice A grant requires a TEE node but this vault was deployed without a TEE registry.
    error VaultNoTeeRegistry();

    /// @notice The value of `expectedSeq` that skips the sequence check (for adds of new records).
    /// @return The sentinel, `type(uint64).max`.
    function ANY_SEQ() external view returns (uint64);

    // ---------------------------------------------------------------------------------------------
    // EIP-712 messages
    //
    // {applyBatchBySig}, {grantDelegateBySig} and {revokeDelegateBySig} take EIP-712 signatures of
    // the three types below, in the domain {DOMAIN_SEPARATOR} describes, all in one flat shape:
    // `owner` first, the call's own fields, then who signed, the nonce, the deadline and the signature:
    // `(..., address signer, uint256 nonce, uint256 deadline, bytes signature)` for a batch, which the
    // owner or a delegate may sign, and `(..., uint256 nonce, uint256 deadline, bytes signature)` for
    // a grant or revocation, which only the owner signs (`owner` is the signer; the messages, too,
    // name a signer only in `WriteBatch`). The type strings are exact: a type hash is `keccak256` of
    // its string, byte for byte (no spaces after commas). Every type ends with `nonce` and
    // `deadline`: `nonce` is the signer's next nonce ({nonces}; one sequence per account, shared by
    // the three types, so each signature is good for one use and signatures are used in order),
    // `deadline` the last timestamp (unix seconds, inclusive) at which the signature may be used.
    // Accounts without code sign with ECDSA (65 bytes `r ‖ s ‖ v`, low `s`); contracts answer
    // ERC-1271's `isValidSignature` for the digest. docs/FORMAT.md ("Signed messages") restates it.
    // ---------------------------------------------------------------------------------------------

    /// @notice The EIP-712 type hash of a relayed batch ({applyBatchBySig}), `keccak256` of
    /// `WriteBatch(address owner,address signer,bytes32 operations,uint64 expectedSeq,uint256 nonce,uint256 deadline)`.
    /// `owner`: the owner whose log the batch extends. `signer`: the account that signs, the owner or
    /// a delegate whose grant covers every operation of the batch; it is in the message so that two
    /// contract wallets that both accept one key's ECDSA signatures cannot each claim the same
    /// signature. `operations`: `keccak256` of the packed batch, the `ops` bytes exactly as passed.
    /// `expectedSeq`: the owner's sequence number before the batch, or {ANY_SEQ} to skip the check.
    /// `nonce`: the signer's next nonce. `deadline`: the last timestamp the signature may be used.
    /// @return The type hash.
    // solhint-disable-next-line func-name-mixedcase
    function WRITE_BATCH_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 type hash of a signed grant ({grantDelegateBySig}), `keccak256` of
    /// `GrantDelegate(address owner,address delegate,uint8 scope,uint64 expiry,uint256 nonce,uint256 deadline)`.
    /// `owner`: the owner granting, and the signer. `delegate`: the account that may write for the
    /// owner. `scope`: the granted bits, a {Scope} (`uint8` in the type: {SCOPE_WRITE},
    /// {SCOPE_DELETE}, optionally {SCOPE_TEE_NODE}). `expiry`: the first timestamp at which the grant
    /// no longer holds. `nonce`: the owner's next nonce. `deadline`: the last timestamp the signature
    /// may be used (the grant itself lasts until `expiry`).
    /// @return The type hash.
    // solhint-disable-next-line func-name-mixedcase
    function GRANT_DELEGATE_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 type hash of a signed revocation ({revokeDelegateBySig}), `keccak256` of
    /// `RevokeDelegate(address owner,address delegate,uint256 nonce,uint256 deadline)`.
    /// `owner`: the owner revoking, and the signer. `delegate`: the delegate whose grant ends.
    /// `nonce`: the owner's next nonce. `deadline`: the last timestamp the signature may be used.
    /// @return The type hash.
    // solhint-disable-next-line func-name-mixedcase
    function REVOKE_DELEGATE_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 domain separator of this vault: the domain
    /// `EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)` with
    /// name "MemSync MemoryVault", version "1", this chain's id and this vault's address (also
    /// readable field by field from ERC-5267's `eip712Domain()`). A message's digest is
    /// `keccak256("\x19\x01" ‖ DOMAIN_SEPARATOR ‖ keccak256(abi.encode(TYPEHASH, fields...)))`.
    /// @return The separator.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice Delegation scope bit: may write records (inline, pointer, code).
    /// @return The bit, `1`.
    function SCOPE_WRITE() external view returns (Scope);

    /// @notice Delegation scope bit: may delete records.
    /// @return The bit, `2`.
    function SCOPE_DELETE() external view returns (Scope);

    /// @notice Delegation condition bit: honoured only while {teeRegistry} says the delegate is an
    /// active TEE node.
    /// @return The bit, `4`.
    function SCOPE_TEE_NODE() external view returns (Scope);

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

    /// @notice Applies a packed batch of operations to the caller's log in order, all or none.
    /// @dev The packed encoding ({PackedOps}, docs/FORMAT.md) costs a few bytes of calldata per
    /// operation instead of the ABI's five words, which is what keeps batches near the calldata floor.
    /// @param ops The packed operations (at least one).
    /// @param expectedSeq The caller's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the last operation.
    function applyBatch(bytes calldata ops, uint64 expectedSeq) external returns (uint64 seq);

    /// @notice Applies a packed batch to `owner`'s log as one of its delegates. Writes (inline,
    /// pointer, code) need {SCOPE_WRITE}, deletes {SCOPE_DELETE}.
    /// @param owner The owner whose log to extend.
    /// @param ops The packed operations (at least one).
    /// @param expectedSeq The owner's sequence number before this call, or {ANY_SEQ} to skip the check.
    /// @return seq The sequence number of the last operation.
    function applyBatchFor(address owner, bytes calldata ops, uint64 expectedSeq) external returns (uint64 seq);

    /// @notice Applies a packed batch that the owner, or a delegate of the owner, signed as an EIP-712
    /// `WriteBatch(owner, signer, operations, expectedSeq, nonce, deadline)` ({WRITE_BATCH_TYPEHASH});
    /// anyone may submit it and pay the gas. The signer's nonce is used up.
    /// @param owner The owner whose log to extend.
    /// @param ops The packed operations (at least one); the signature covers their `keccak256`.
    /// @param expectedSeq As signed: the owner's sequence number before this call, or {ANY_SEQ}.
    /// @param signer The account that signed: the owner, or a delegate of the owner whose grant covers
    /// the batch.
    /// @param nonce The signer's next nonce ({nonces}); each signature is good for one use.
    /// @param deadline The last timestamp at which the signature may be used.
    /// @param signature The signer's signature over the `WriteBatch` digest (ECDSA, 65 bytes, for an
    /// account without code; ERC-1271 otherwise).
    /// @return seq The sequence number of the last operation.
    function applyBatchBySig(
        address owner,
        bytes calldata ops,
        uint64 expectedSeq,
        address signer,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint64 seq);

    /// @notice Grants (or replaces) the caller's delegation to `delegate`.
    /// @param delegate The delegate (not zero, not the caller).
    /// @param scope {SCOPE_WRITE} and/or {SCOPE_DELETE}, optionally with {SCOPE_TEE_NODE}.
    /// @param expiry The first timestamp at which the grant no longer holds (in the future).
    function grantDelegate(address delegate, Scope scope, uint64 expiry) external;

    /// @notice Grants a delegation that `owner` signed as an EIP-712
    /// `GrantDelegate(owner, delegate, scope, expiry, nonce, deadline)` ({GRANT_DELEGATE_TYPEHASH});
    /// anyone may submit it and pay the gas. The owner's nonce is used up. Delegation changes are the
    /// owner's alone: there is no `signer` argument, the signature is checked as `owner`'s, so a
    /// delegate's or anyone else's signature is refused ({VaultInvalidSignature}).
    /// @param owner The owner granting, and the signer.
    /// @param delegate The delegate.
    /// @param scope The scope bits.
    /// @param expiry The first timestamp at which the grant no longer holds.
    /// @param nonce The owner's next nonce.
    /// @param deadline The last timestamp at which the signature may be used.
    /// @param signature The owner's signature (ECDSA or ERC-1271).
    function grantDelegateBySig(
        address owner,
        address delegate,
        Scope scope,
        uint64 expiry,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Revokes the caller's delegation to `delegate`. Idempotent: with no delegation it changes
    /// nothing, and still emits {DelegateRevoked}. It also uses up the caller's current nonce, so a
    /// signed message of the caller that a relayer still holds (a `GrantDelegate` withheld to be
    /// submitted after this revocation, say) can no longer be used: sign again what should stand.
    /// @param delegate The delegate.
    function revokeDelegate(address delegate) external;

    /// @notice Revokes a delegation that `owner` signed as an EIP-712
    /// `RevokeDelegate(owner, delegate, nonce, deadline)` ({REVOKE_DELEGATE_TYPEHASH}); anyone may
    /// submit it and pay the gas. The owner's nonce is used up. As for {grantDelegateBySig}, the
    /// signature is checked as `owner`'s alone.
    /// @param owner The owner revoking, and the signer.
    /// @param delegate The delegate.
    /// @param nonce The owner's next nonce.
    /// @param deadline The last timestamp at which the signature may be used.
    /// @param signature The owner's signature (ECDSA or ERC-1271).
    function revokeDelegateBySig(
        address owner,
        address delegate,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice The delegation `owner` granted `delegate`, as stored (expired grants included).
    /// @param owner The owner.
    /// @param delegate The delegate.
    /// @return The scope and expiry, or zeros if there is none.
    function delegation(address owner, address delegate) external view returns (Delegation memory);

    /// @notice The next nonce of `account` for signatures (`WriteBatch`, `GrantDelegate`, `RevokeDelegate`).
    /// @param account The signer.
    /// @return The nonce its next signature must carry.
    function nonces(address account) external view returns (uint256);

    /// @notice The TEE registry consulted for {SCOPE_TEE_NODE} grants (zero: none, such grants are refused).
    /// @return The registry.
    function teeRegistry() external view returns (address);

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
