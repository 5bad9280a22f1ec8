// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MemoryVault} from "../../src/MemoryVault.sol";
import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {Scope} from "../../src/libraries/Scope.sol";
import {AuthFixture} from "../utils/AuthFixture.sol";
import {Operation, PackedBatch} from "../utils/PackedBatch.sol";
import {
    Authorization,
    GrantMessage,
    RevokeMessage,
    VaultDomain,
    VaultSignatures,
    WriteBatchMessage
} from "../utils/VaultSignatures.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @notice The parts of Safe 1.4.1 these tests call.
interface ISafe {
    function setup(
        address[] calldata owners,
        uint256 threshold,
        address to,
        bytes calldata data,
        address fallbackHandler,
        address paymentToken,
        uint256 payment,
        address payable paymentReceiver
    ) external;
    function domainSeparator() external view returns (bytes32);
    function approveHash(bytes32 hashToApprove) external;
    function getOwners() external view returns (address[] memory);
    function getThreshold() external view returns (uint256);
}

interface ISafeProxyFactory {
    function createProxyWithNonce(address singleton, bytes memory initializer, uint256 saltNonce)
        external
        returns (address proxy);
}

interface ICompatibilityFallbackHandler {
    function getMessageHashForSafe(address safe, bytes memory message) external view returns (bytes32);
}

/// @notice ERC-1271 signers: real Safe 1.4.1 wallets, deployed from the bytecode of the published
/// npm artifacts (not recompiled), with the CompatibilityFallbackHandler that answers
/// `isValidSignature(bytes32, bytes)` by checking owner signatures over the Safe's EIP-712
/// `SafeMessage(bytes message)` hash of `abi.encode(digest)`.
contract MemoryVaultSafeTest is AuthFixture {
    string internal constant ARTIFACTS = "node_modules/@safe-global/safe-contracts/build/artifacts/contracts/";
    bytes32 internal constant ID_A = keccak256("record a");
    /// @dev keccak256("SafeMessage(bytes message)"), written out here, not taken from the handler.
    bytes32 internal constant SAFE_MSG_TYPEHASH = keccak256("SafeMessage(bytes message)");
    bytes32 internal constant SAFE_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(uint256 chainId,address verifyingContract)");

    address internal singleton;
    ISafeProxyFactory internal factory;
    ICompatibilityFallbackHandler internal handler;

    address[3] internal owners;
    uint256[3] internal ownerKeys;
    address internal safe1;
    address internal safe2of3;

    function setUp() public override {
        super.setUp();
        singleton = deployCode(string.concat(ARTIFACTS, "Safe.sol/Safe.json"));
        factory = ISafeProxyFactory(
            deployCode(string.concat(ARTIFACTS, "proxies/SafeProxyFactory.sol/SafeProxyFactory.json"))
        );
        handler = ICompatibilityFallbackHandler(
            deployCode(
                string.concat(ARTIFACTS, "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json")
            )
        );
        // Three owners, sorted by address as Safe signatures must be.
        for (uint256 i; i < 3; ++i) {
            (owners[i], ownerKeys[i]) = makeAddrAndKey(string.concat("safe owner ", vm.toString(i)));
        }
        for (uint256 i; i < 3; ++i) {
            for (uint256 j = i + 1; j < 3; ++j) {
                if (owners[j] < owners[i]) {
                    (owners[i], owners[j]) = (owners[j], owners[i]);
                    (ownerKeys[i], ownerKeys[j]) = (ownerKeys[j], ownerKeys[i]);
                }
            }
        }
        address[] memory one = new address[](1);
        one[0] = owners[0];
        safe1 = _createSafe(one, 1, 1);
        address[] memory three = new address[](3);
        (three[0], three[1], three[2]) = (owners[0], owners[1], owners[2]);
        safe2of3 = _createSafe(three, 2, 2);
    }

    function test_Safe_IsTheRealThing() public view {
        assertGt(safe2of3.code.length, 0);
        assertEq(ISafe(safe2of3).getThreshold(), 2);
        assertEq(ISafe(safe2of3).getOwners().length, 3);
        assertEq(ISafe(safe1).getThreshold(), 1);
    }

    function test_Safe_MessageHashMatchesIndependentComputation() public view {
        bytes32 digest = keccak256("some vault digest");
        bytes32 safeDomain = keccak256(abi.encode(SAFE_DOMAIN_TYPEHASH, block.chainid, safe2of3));
        assertEq(ISafe(safe2of3).domainSeparator(), safeDomain);
        bytes32 expected = keccak256(
            abi.encodePacked(
                hex"1901", safeDomain, keccak256(abi.encode(SAFE_MSG_TYPEHASH, keccak256(abi.encode(digest))))
            )
        );
        assertEq(handler.getMessageHashForSafe(safe2of3, abi.encode(digest)), expected);
        assertEq(_safeMessageHash(safe2of3, digest), expected);
    }

    // ---------------------------------------------------------------- relayed batches for the Safe's own log

    function test_Safe1of1_RelaysBatch() public {
        Operation[] memory ops = _randomOps(1, 3);
        _relay(safe1, ops, 0, _safeAuthorization(safe1, safe1, PackedBatch.encode(ops), 0, _keys(0, 0)));
        assertEq(vault.nonces(safe1), 1);
        // A second one at the next nonce.
        ops = _randomOps(2, 2);
        _relay(safe1, ops, 3, _safeAuthorization(safe1, safe1, PackedBatch.encode(ops), 3, _keys(0, 0)));
    }

    function test_Safe2of3_RelaysBatch() public {
        Operation[] memory ops = _randomOps(3, 4);
        bytes memory packed = PackedBatch.encode(ops);
        // Any two owners, and all three.
        _relay(safe2of3, ops, ANY_SEQ, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, _keys(0, 2)));
        _relay(safe2of3, ops, ANY_SEQ, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, _keys(1, 2)));
        uint256[] memory all = new uint256[](3);
        (all[0], all[1], all[2]) = (ownerKeys[0], ownerKeys[1], ownerKeys[2]);
        _relay(safe2of3, ops, ANY_SEQ, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, all));
        assertEq(vault.nonces(safe2of3), 3);
    }

    function test_Safe_ApprovedHash() public {
        // An owner approves the Safe message hash on chain instead of signing it.
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        WriteBatchMessage memory m = _writeBatch(safe1, safe1, packed, ANY_SEQ);
        bytes32 safeHash = _safeMessageHash(safe1, VaultSignatures.digest(_domain(), m));
        vm.prank(owners[0]);
        ISafe(safe1).approveHash(safeHash);
        bytes memory approval = abi.encodePacked(uint256(uint160(owners[0])), bytes32(0), uint8(1));
        _relay(safe1, ops, ANY_SEQ, Authorization(safe1, m.nonce, m.deadline, approval));
    }

    function test_RevertIf_SafeHasTooFewSignatures() public {
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        uint256[] memory one = new uint256[](1);
        one[0] = ownerKeys[1];
        _expectSafeRefusal(safe2of3, packed, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, one));
        // An empty signature asks the handler for a signMessage approval, which there is none of.
        Authorization memory auth = _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, one);
        auth.signature = "";
        _expectSafeRefusal(safe2of3, packed, auth);
    }

    function test_RevertIf_SafeSignedByNonOwner() public {
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        uint256[] memory keys = new uint256[](1);
        keys[0] = malloryKey;
        _expectSafeRefusal(safe1, packed, _safeAuthorization(safe1, safe1, packed, ANY_SEQ, keys));
        // One owner and a stranger do not make two owners.
        keys = new uint256[](2);
        (keys[0], keys[1]) = (ownerKeys[0], malloryKey);
        _expectSafeRefusal(safe2of3, packed, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, keys));
        // Nor does one owner signing twice.
        (keys[0], keys[1]) = (ownerKeys[0], ownerKeys[0]);
        _expectSafeRefusal(safe2of3, packed, _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, keys));
    }

    function test_RevertIf_SafeOwnerSignedTheVaultDigestDirectly() public {
        // The Safe checks its own wrapping (SafeMessage over the digest), not the raw digest.
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory m = _writeBatch(safe1, safe1, packed, ANY_SEQ);
        bytes memory raw = _sign(ownerKeys[0], VaultSignatures.digest(_domain(), m));
        _expectSafeRefusal(safe1, packed, Authorization(safe1, m.nonce, m.deadline, raw));
    }

    function test_RevertIf_SafeSignedForAnotherVault() public {
        MemoryVault other = new MemoryVault(address(0));
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory m = _writeBatch(safe2of3, safe2of3, packed, ANY_SEQ);
        bytes32 otherDigest = VaultSignatures.digest(VaultDomain(block.chainid, address(other)), m);
        Authorization memory auth =
            Authorization(safe2of3, m.nonce, m.deadline, _safeSignatures(safe2of3, otherDigest, _keys(0, 1)));
        _expectSafeRefusal(safe2of3, packed, auth);
        // It is good on the vault it names.
        vm.prank(relayer);
        other.applyBatchBySig(safe2of3, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(other.logState(safe2of3).seq, 1);
    }

    function test_RevertIf_SafeSignedForAnotherChain() public {
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, _keys(0, 1));
        vm.chainId(block.chainid + 1);
        _expectSafeRefusal(safe2of3, packed, auth);
    }

    function test_RevertIf_SafeSignatureReplayed() public {
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        Authorization memory auth = _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, _keys(0, 1));
        _relay(safe2of3, ops, ANY_SEQ, auth);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, safe2of3, 1));
        vm.prank(relayer);
        vault.applyBatchBySig(safe2of3, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    function test_RevertIf_SafeSignatureForAlteredBatch() public {
        bytes memory packed = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _safeAuthorization(safe2of3, safe2of3, packed, ANY_SEQ, _keys(0, 1));
        _expectSafeRefusal(safe2of3, PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"02"))), auth);
    }

    // ---------------------------------------------------------------- delegation with Safes

    function test_Safe_GrantsDelegateBySig() public {
        GrantMessage memory m = _grantMessage(safe2of3, dave, WRITE | DELETE, START_TIME + 1 days);
        bytes memory signature = _safeSignatures(safe2of3, VaultSignatures.digest(_domain(), m), _keys(1, 2));
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateGranted(safe2of3, dave, Scope.wrap(WRITE | DELETE), START_TIME + 1 days);
        _submitGrant(m, signature);
        assertEq(vault.nonces(safe2of3), 1);
        // Dave writes into the Safe's log, directly and relayed.
        _applyFor(dave, safe2of3, _ops(_inlineOp(ID_A, 1, hex"01")), 0);
        Operation[] memory ops = _ops(_deleteOp(ID_A, 2));
        _relay(safe2of3, ops, 1, _authorize(daveKey, safe2of3, PackedBatch.encode(ops), 1));
        // Replayed, the grant fails on the Safe's nonce.
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, safe2of3, 1));
        _submitGrant(m, signature);
    }

    function test_RevertIf_SafeGrantWithTooFewSignatures() public {
        GrantMessage memory m = _grantMessage(safe2of3, dave, WRITE, START_TIME + 1 days);
        uint256[] memory one = new uint256[](1);
        one[0] = ownerKeys[2];
        bytes memory signature = _safeSignatures(safe2of3, VaultSignatures.digest(_domain(), m), one);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, safe2of3));
        _submitGrant(m, signature);
    }

    function test_Safe_RevokesDelegateBySig() public {
        _grant(safe2of3, dave, WRITE, START_TIME + 1 days);
        RevokeMessage memory m = _revokeMessage(safe2of3, dave);
        bytes memory signature = _safeSignatures(safe2of3, VaultSignatures.digest(_domain(), m), _keys(0, 2));
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateRevoked(safe2of3, dave);
        _submitRevoke(m, signature);
        assertEq(vault.delegation(safe2of3, dave).scope, 0);
        assertEq(vault.nonces(safe2of3), 1);
        // Replayed, it fails on the Safe's nonce.
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, safe2of3, 1));
        _submitRevoke(m, signature);
    }

    function test_RevertIf_SafeGrantSignedInAnOwnersName() public {
        // One owner of the Safe signs the Safe's grant with its own key: the grant is the Safe's to
        // sign (ERC-1271, its threshold), and the signature is checked as the Safe's, not the owner's.
        GrantMessage memory m = _grantMessage(safe2of3, dave, WRITE, START_TIME + 1 days);
        bytes32 digest = VaultSignatures.digest(_domain(), m);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, safe2of3));
        _submitGrant(m, _sign(ownerKeys[0], digest));
        // Signed in the owner's own name, the same grant is the owner's own delegation, not the Safe's.
        GrantMessage memory own = _grantMessage(owners[0], dave, WRITE, START_TIME + 1 days);
        _submitGrant(own, _sign(ownerKeys[0], VaultSignatures.digest(_domain(), own)));
        assertEq(vault.delegation(owners[0], dave).scope, WRITE);
        assertEq(vault.delegation(safe2of3, dave).scope, 0);
        assertEq(vault.nonces(safe2of3), 0);
        // The Safe's own signatures stand.
        _submitGrant(m, _safeSignatures(safe2of3, digest, _keys(0, 1)));
        assertEq(vault.delegation(safe2of3, dave).scope, WRITE);
        assertEq(vault.nonces(safe2of3), 1);
    }

    function test_Safe_AsDelegateOfAnEoa() public {
        // Alice delegates to a Safe; the Safe's owners sign batches for Alice's log.
        _grant(alice, safe2of3, WRITE, START_TIME + 1 days);
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        _relay(alice, ops, ANY_SEQ, _safeAuthorization(safe2of3, alice, PackedBatch.encode(ops), ANY_SEQ, _keys(0, 2)));
        assertEq(vault.nonces(safe2of3), 1);
        assertEq(vault.nonces(alice), 0);
    }

    function test_RevertIf_SafeSignatureClaimedByAnotherSafeOfTheSameOwner() public {
        // Two 1-of-1 Safes of the same owner, both delegates of Alice, at the same nonce: one's
        // signature is not the other's, twice over. The WriteBatch message names its signer, and
        // the Safe message hash binds the Safe's address. (For wallets that do not bind their own
        // address, see MemoryVaultSignerTest.)
        address[] memory one = new address[](1);
        one[0] = owners[0];
        address twin = _createSafe(one, 1, 3);
        _grant(alice, safe1, WRITE, START_TIME + 1 days);
        _grant(alice, twin, WRITE, START_TIME + 1 days);
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        Authorization memory auth = _safeAuthorization(safe1, alice, packed, ANY_SEQ, _keys(0, 0));
        _relay(alice, ops, ANY_SEQ, auth);
        auth.signer = twin;
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, twin));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    // ---------------------------------------------------------------- helpers

    function _createSafe(address[] memory safeOwners, uint256 threshold, uint256 salt) internal returns (address) {
        bytes memory setup = abi.encodeCall(
            ISafe.setup, (safeOwners, threshold, address(0), "", address(handler), address(0), 0, payable(address(0)))
        );
        return factory.createProxyWithNonce(singleton, setup, salt);
    }

    /// @dev The hash a Safe's owners sign for vault digest `digest`: EIP-712 in the Safe's domain,
    /// `SafeMessage(bytes message)` with `message = abi.encode(digest)`.
    function _safeMessageHash(address safe, bytes32 digest) internal view returns (bytes32) {
        bytes32 safeDomain = keccak256(abi.encode(SAFE_DOMAIN_TYPEHASH, block.chainid, safe));
        bytes32 structHash = keccak256(abi.encode(SAFE_MSG_TYPEHASH, keccak256(abi.encode(digest))));
        return keccak256(abi.encodePacked(hex"1901", safeDomain, structHash));
    }

    /// @dev Safe owner signatures over `digest`'s Safe message hash, concatenated in the order of `keys`.
    function _safeSignatures(address safe, bytes32 digest, uint256[] memory keys)
        internal
        view
        returns (bytes memory out)
    {
        bytes32 safeHash = _safeMessageHash(safe, digest);
        for (uint256 i; i < keys.length; ++i) {
            out = bytes.concat(out, _sign(keys[i], safeHash));
        }
    }

    /// @dev `safe`'s authorization (at its next nonce) of `owner`'s batch, signed by the owners `keys`.
    function _safeAuthorization(
        address safe,
        address owner,
        bytes memory packed,
        uint64 expectedSeq,
        uint256[] memory keys
    ) internal view returns (Authorization memory) {
        WriteBatchMessage memory m = _writeBatch(safe, owner, packed, expectedSeq);
        return
            Authorization(safe, m.nonce, m.deadline, _safeSignatures(safe, VaultSignatures.digest(_domain(), m), keys));
    }

    /// @dev Owner keys `i` and `j` (sorted by address since i <= j).
    function _keys(uint256 i, uint256 j) internal view returns (uint256[] memory keys) {
        if (i == j) {
            keys = new uint256[](1);
            keys[0] = ownerKeys[i];
            return keys;
        }
        keys = new uint256[](2);
        (keys[0], keys[1]) = (ownerKeys[i], ownerKeys[j]);
    }

    /// @dev The relayer submits the Safe-signed `packed` for the Safe's log; the vault refuses it
    /// with VaultInvalidSignature(safe), changing nothing.
    function _expectSafeRefusal(address safe, bytes memory packed, Authorization memory auth) internal {
        IMemoryVault.LogState memory before = vault.logState(safe);
        uint256 nonce = vault.nonces(safe);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, safe));
        vm.prank(relayer);
        vault.applyBatchBySig(safe, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        _assertUnchanged(safe, before);
        assertEq(vault.nonces(safe), nonce);
    }
}
