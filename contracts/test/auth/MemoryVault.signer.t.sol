// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMemoryVault} from "../../src/interfaces/IMemoryVault.sol";
import {AuthFixture} from "../utils/AuthFixture.sol";
import {EcdsaWallet} from "../utils/EcdsaWallet.sol";
import {Operation, PackedBatch} from "../utils/PackedBatch.sol";
import {Authorization, VaultSignatures, WriteBatchMessage} from "../utils/VaultSignatures.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @notice The `WriteBatch` message names its signer, so a signature is good for that one account.
/// Without it, one key behind two ERC-1271 wallets that accept its plain ECDSA signatures (both
/// delegates of the same owner, at the same nonce) could have one signature applied twice, once
/// per wallet ({EcdsaWallet} stands for such wallets).
contract MemoryVaultSignerTest is AuthFixture {
    uint256 internal constant MAX_BATCH = 6;
    bytes32 internal constant ID_A = keccak256("record a");

    function test_EcdsaWallet_RelaysBatches() public {
        // The fixture works as an ERC-1271 signer: for its own log, and as a delegate.
        (address key, uint256 keyPrivate) = makeAddrAndKey("wallet key");
        address wallet = address(new EcdsaWallet(key));
        Operation[] memory ops = _randomOps(1, 3);
        _relay(
            wallet,
            ops,
            0,
            _authorization(keyPrivate, _writeBatch(wallet, wallet, PackedBatch.encode(ops), 0), _domain())
        );
        _grant(alice, wallet, WRITE | DELETE, START_TIME + 1 days);
        ops = _randomOps(2, 3);
        _relay(
            alice,
            ops,
            ANY_SEQ,
            _authorization(keyPrivate, _writeBatch(wallet, alice, PackedBatch.encode(ops), ANY_SEQ), _domain())
        );
        assertEq(vault.nonces(wallet), 2);
        assertEq(vault.nonces(key), 0);
    }

    function test_RevertIf_SignatureClaimedByTwinWallet() public {
        (address key, uint256 keyPrivate) = makeAddrAndKey("wallet key");
        address walletA = address(new EcdsaWallet(key));
        address walletB = address(new EcdsaWallet(key));
        _grant(alice, walletA, WRITE, START_TIME + 1 days);
        _grant(alice, walletB, WRITE, START_TIME + 1 days);
        assertEq(vault.nonces(walletA), 0);
        assertEq(vault.nonces(walletB), 0);

        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        WriteBatchMessage memory m = _writeBatch(walletA, alice, packed, ANY_SEQ);
        Authorization memory asA = _authorization(keyPrivate, m, _domain());
        // Both wallets accept the signature for A's digest: only the message can tell them apart.
        bytes32 digest = VaultSignatures.digest(_domain(), m);
        assertEq(EcdsaWallet(walletA).isValidSignature(digest, asA.signature), IERC1271.isValidSignature.selector);
        assertEq(EcdsaWallet(walletB).isValidSignature(digest, asA.signature), IERC1271.isValidSignature.selector);
        Authorization memory asB = Authorization(walletB, m.nonce, m.deadline, asA.signature);

        // Claimed by B, before and after A used it: refused, and nothing moves.
        _expectClaimRefused(alice, packed, asB, walletA);
        _relay(alice, ops, ANY_SEQ, asA);
        _expectClaimRefused(alice, packed, asB, walletA);
        // A cannot use it twice either.
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, walletA, 1));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, packed, ANY_SEQ, asA.signer, asA.nonce, asA.deadline, asA.signature);
        assertEq(vault.logState(alice).seq, 1);

        // B writes with a signature of its own.
        _relay(alice, ops, ANY_SEQ, _authorization(keyPrivate, _writeBatch(walletB, alice, packed, ANY_SEQ), _domain()));
        assertEq(vault.nonces(walletA), 1);
        assertEq(vault.nonces(walletB), 1);
    }

    /// @dev A valid relayed batch signed for one of a key's three signers (the key's own address and
    /// two wallets of it, all delegates of Alice at nonce 0), claimed by another of them or by an
    /// unrelated address at nonce 0: refused as that signer's invalid signature, changing nothing;
    /// the unchanged authorization then goes through.
    function testFuzz_RevertIf_OnlySignerChanged(
        uint256 keySeed,
        uint256 seed,
        uint256 n,
        uint8 signedIndex,
        uint8 claimedIndex,
        address stranger
    ) public {
        uint256 keyPrivate = bound(keySeed, 1, SECP256K1_N - 1);
        address[4] memory signers;
        signers[0] = vm.addr(keyPrivate);
        signers[1] = address(new EcdsaWallet(signers[0]));
        signers[2] = address(new EcdsaWallet(signers[0]));
        signers[3] = stranger;
        vm.assume(signers[0] != alice && stranger != signers[0]);
        assumeUnusedAddress(stranger);
        for (uint256 i; i < 3; ++i) {
            _grant(alice, signers[i], WRITE | DELETE, START_TIME + 1 days);
        }
        address signed = signers[signedIndex % 3];
        address claimed = signers[(signedIndex % 3 + 1 + claimedIndex % 3) % 4];
        assertNotEq(signed, claimed);

        Operation[] memory ops = _randomOps(seed, bound(n, 1, MAX_BATCH));
        bytes memory packed = PackedBatch.encode(ops);
        Authorization memory auth = _authorization(keyPrivate, _writeBatch(signed, alice, packed, ANY_SEQ), _domain());
        Authorization memory tampered = Authorization(claimed, auth.nonce, auth.deadline, auth.signature);
        _expectClaimRefused(alice, packed, tampered, signed);
        _relay(alice, ops, ANY_SEQ, auth);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev The relayer submits `owner`'s batch under `auth`, whose signature was made for `signed`
    /// and not for `auth.signer`: the vault refuses it with VaultInvalidSignature(auth.signer),
    /// changing no log and no nonce.
    function _expectClaimRefused(address owner, bytes memory packed, Authorization memory auth, address signed)
        internal
    {
        IMemoryVault.LogState memory before = vault.logState(owner);
        uint256 claimedNonce = vault.nonces(auth.signer);
        uint256 signedNonce = vault.nonces(signed);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, auth.signer));
        vm.prank(relayer);
        vault.applyBatchBySig(owner, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        _assertUnchanged(owner, before);
        _assertMatchesModel(owner);
        assertEq(vault.nonces(auth.signer), claimedNonce, "claimed signer's nonce");
        assertEq(vault.nonces(signed), signedNonce, "actual signer's nonce");
    }
}
