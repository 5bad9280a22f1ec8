// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The EIP-712 domain of a vault: name "MemSync MemoryVault", version "1".
struct VaultDomain {
    uint256 chainId;
    address vault;
}

/// @notice A `WriteBatch` message; `ops` is the packed batch, signed as its keccak256. `signer` is
/// the account whose signature it is (the owner or a delegate), so that one signature names one signer.
struct WriteBatchMessage {
    address owner;
    address signer;
    bytes ops;
    uint64 expectedSeq;
    uint256 nonce;
    uint256 deadline;
}

/// @notice What a relayer passes after a `WriteBatch` message's own fields: the signer, its nonce,
/// the deadline and the signature (the last four arguments of `applyBatchBySig`), kept together.
struct Authorization {
    address signer;
    uint256 nonce;
    uint256 deadline;
    bytes signature;
}

/// @notice A `GrantDelegate` message.
struct GrantMessage {
    address owner;
    address delegate;
    uint8 scope;
    uint64 expiry;
    uint256 nonce;
    uint256 deadline;
}

/// @notice A `RevokeDelegate` message.
struct RevokeMessage {
    address owner;
    address delegate;
    uint256 nonce;
    uint256 deadline;
}

/// @title VaultSignatures
/// @notice An independent restatement of the vault's EIP-712 messages (docs/FORMAT.md, "Signed
/// messages"): the type strings are written out and hashed here, never read from the contract, so
/// a digest signed in a test checks the contract's typehashes, domain and struct encoding.
library VaultSignatures {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant WRITE_BATCH_TYPEHASH = keccak256(
        "WriteBatch(address owner,address signer,bytes32 operations,uint64 expectedSeq,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant GRANT_DELEGATE_TYPEHASH = keccak256(
        "GrantDelegate(address owner,address delegate,uint8 scope,uint64 expiry,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant REVOKE_DELEGATE_TYPEHASH =
        keccak256("RevokeDelegate(address owner,address delegate,uint256 nonce,uint256 deadline)");

    function domainSeparator(VaultDomain memory domain) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("MemSync MemoryVault"), keccak256("1"), domain.chainId, domain.vault)
        );
    }

    function digest(VaultDomain memory domain, WriteBatchMessage memory m) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(WRITE_BATCH_TYPEHASH, m.owner, m.signer, keccak256(m.ops), m.expectedSeq, m.nonce, m.deadline)
        );
        return _typedDataHash(domain, structHash);
    }

    function digest(VaultDomain memory domain, GrantMessage memory m) internal pure returns (bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(GRANT_DELEGATE_TYPEHASH, m.owner, m.delegate, m.scope, m.expiry, m.nonce, m.deadline));
        return _typedDataHash(domain, structHash);
    }

    function digest(VaultDomain memory domain, RevokeMessage memory m) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(REVOKE_DELEGATE_TYPEHASH, m.owner, m.delegate, m.nonce, m.deadline));
        return _typedDataHash(domain, structHash);
    }

    function _typedDataHash(VaultDomain memory domain, bytes32 structHash) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(domain), structHash));
    }
}
