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

/// @notice Relayed batches and signed delegation changes with EOA (ECDSA) signatures: the EIP-712
/// domain and digests, nonces and replay, deadlines, and every field a signature binds.
contract MemoryVaultSigTest is AuthFixture {
    bytes32 internal constant ID_A = keccak256("record a");
    bytes32 internal constant ID_B = keccak256("record b");

    // ---------------------------------------------------------------- the EIP-712 domain and types

    function test_Typehashes_MatchTheTypeStrings() public view {
        assertEq(vault.WRITE_BATCH_TYPEHASH(), VaultSignatures.WRITE_BATCH_TYPEHASH);
        assertEq(vault.GRANT_DELEGATE_TYPEHASH(), VaultSignatures.GRANT_DELEGATE_TYPEHASH);
        assertEq(vault.REVOKE_DELEGATE_TYPEHASH(), VaultSignatures.REVOKE_DELEGATE_TYPEHASH);
    }

    function test_DomainSeparator_MatchesIndependentComputation() public view {
        assertEq(vault.DOMAIN_SEPARATOR(), VaultSignatures.domainSeparator(_domain()));
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = vault.eip712Domain();
        assertEq(fields, hex"0f", "name, version, chainId, verifyingContract");
        assertEq(name, "MemSync MemoryVault");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(vault));
        assertEq(salt, bytes32(0));
        assertEq(extensions.length, 0);
    }

    function test_DomainSeparator_FollowsTheChainId() public {
        vm.chainId(999);
        assertEq(vault.DOMAIN_SEPARATOR(), VaultSignatures.domainSeparator(VaultDomain(999, address(vault))));
    }

    function test_Digests_MatchForgeEip712Hashing() public view {
        // Foundry's own EIP-712 implementation, from the JSON typed data a wallet would show.
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"c0ffee")));
        WriteBatchMessage memory m = WriteBatchMessage(alice, dave, ops, ANY_SEQ, 7, START_TIME + 60);
        string memory json = string.concat(
            '{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},',
            '{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],',
            '"WriteBatch":[{"name":"owner","type":"address"},{"name":"signer","type":"address"},',
            '{"name":"operations","type":"bytes32"},{"name":"expectedSeq","type":"uint64"},',
            '{"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]},',
            '"primaryType":"WriteBatch","domain":{"name":"MemSync MemoryVault","version":"1","chainId":',
            vm.toString(block.chainid),
            ',"verifyingContract":"',
            vm.toString(address(vault)),
            '"},"message":{"owner":"',
            vm.toString(alice),
            '","signer":"',
            vm.toString(dave),
            '","operations":"',
            vm.toString(keccak256(ops)),
            '","expectedSeq":"18446744073709551615","nonce":7,"deadline":',
            vm.toString(m.deadline),
            "}}"
        );
        assertEq(vm.eip712HashTypedData(json), VaultSignatures.digest(_domain(), m));

        GrantMessage memory g = GrantMessage(alice, dave, 3, START_TIME + 1 days, 8, START_TIME + 60);
        assertEq(
            vm.eip712HashStruct(
                "GrantDelegate(address owner,address delegate,uint8 scope,uint64 expiry,uint256 nonce,uint256 deadline)",
                abi.encode(g.owner, g.delegate, g.scope, g.expiry, g.nonce, g.deadline)
            ),
            keccak256(
                abi.encode(
                    VaultSignatures.GRANT_DELEGATE_TYPEHASH, g.owner, g.delegate, g.scope, g.expiry, g.nonce, g.deadline
                )
            )
        );
        assertEq(
            vm.eip712HashType("RevokeDelegate(address owner,address delegate,uint256 nonce,uint256 deadline)"),
            VaultSignatures.REVOKE_DELEGATE_TYPEHASH
        );
    }

    // ---------------------------------------------------------------- relayed batches

    function test_ApplyBatchBySig_SignedByOwner() public {
        Operation[] memory ops = _randomOps(1, 4);
        Authorization memory auth = _authorize(aliceKey, alice, PackedBatch.encode(ops), 0);
        assertEq(_relay(alice, ops, 0, auth), 4);
        // The relayer paid and wrote nothing of its own.
        _assertState(relayer, bytes32(0), 0, 0);
        assertEq(vault.nonces(relayer), 0);
    }

    function test_ApplyBatchBySig_SignedByDelegate() public {
        _grant(alice, dave, WRITE | DELETE, START_TIME + 1 days);
        Operation[] memory ops = _randomOps(2, 3);
        _relay(alice, ops, ANY_SEQ, _authorize(daveKey, alice, PackedBatch.encode(ops), ANY_SEQ));
        // The delegate's nonce was used, not the owner's; the delegate's own log did not move.
        assertEq(vault.nonces(alice), 0);
        assertEq(vault.nonces(dave), 1);
        _assertState(dave, bytes32(0), 0, 0);
    }

    function test_ApplyBatchBySig_AnyoneMaySubmit() public {
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        // Mallory submits Alice's signed batch: it is Alice's batch, in Alice's log.
        vm.prank(mallory);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.logState(alice).seq, 1);
        _assertState(mallory, bytes32(0), 0, 0);
        // The owner itself may submit too.
        ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 2)));
        auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        vm.prank(alice);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.logState(alice).seq, 2);
    }

    function test_ApplyBatchBySig_NoncesCountUp() public {
        for (uint64 i; i < 4; ++i) {
            Operation[] memory ops = _ops(_inlineOp(ID_A, i + 1, hex"01"));
            _relay(alice, ops, i, _authorize(aliceKey, alice, PackedBatch.encode(ops), i));
            assertEq(vault.nonces(alice), i + 1);
        }
    }

    function test_RevertIf_SignatureReplayed() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        IMemoryVault.LogState memory before = vault.logState(alice);

        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 1));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        // Later blocks change nothing.
        vm.roll(block.number + 1);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 1));
        vm.prank(mallory);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        _assertUnchanged(alice, before);
        assertEq(vault.nonces(alice), 1);
    }

    function test_RevertIf_NonceOutOfOrder() public {
        bytes memory first = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        bytes memory second = PackedBatch.encode(_ops(_inlineOp(ID_A, 2, hex"02")));
        WriteBatchMessage memory m0 = _writeBatch(alice, alice, first, ANY_SEQ);
        WriteBatchMessage memory m1 = _writeBatch(alice, alice, second, ANY_SEQ);
        m1.nonce = 1;
        Authorization memory auth0 = _authorization(aliceKey, m0, _domain());
        Authorization memory auth1 = _authorization(aliceKey, m1, _domain());

        // The second signature cannot go first...
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, second, ANY_SEQ, auth1.signer, auth1.nonce, auth1.deadline, auth1.signature);
        assertEq(vault.nonces(alice), 0);

        // ...but goes through once the first did.
        _relay(alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ, auth0);
        _relay(alice, _ops(_inlineOp(ID_A, 2, hex"02")), ANY_SEQ, auth1);
        assertEq(vault.nonces(alice), 2);
    }

    function test_RevertIf_NonceFromTheFuture() public {
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        WriteBatchMessage memory m = _writeBatch(alice, alice, ops, ANY_SEQ);
        m.nonce = type(uint256).max;
        Authorization memory auth = _authorization(aliceKey, m, _domain());
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    function test_ApplyBatchBySig_DeadlineIsInclusive() public {
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        WriteBatchMessage memory m = _writeBatch(alice, alice, PackedBatch.encode(ops), ANY_SEQ);
        m.deadline = START_TIME + 100;
        Authorization memory auth = _authorization(aliceKey, m, _domain());
        vm.warp(START_TIME + 100);
        _relay(alice, ops, ANY_SEQ, auth);
    }

    function test_RevertIf_SignatureExpired() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory m = _writeBatch(alice, alice, ops, ANY_SEQ);
        m.deadline = START_TIME + 100;
        Authorization memory auth = _authorization(aliceKey, m, _domain());
        vm.warp(START_TIME + 101);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, START_TIME + 100));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);

        // A deadline in the past when signed is expired from the start.
        m.deadline = START_TIME - 1;
        auth = _authorization(aliceKey, m, _domain());
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, START_TIME - 1));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(alice), 0);
    }

    function test_RevertIf_ChainIdChangedAfterSigning() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        // A fork: the same vault at the same address on another chain id.
        vm.chainId(block.chainid + 1);
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_SignedForAnotherChainId() public {
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        WriteBatchMessage memory m = _writeBatch(alice, alice, packed, ANY_SEQ);
        Authorization memory auth = _authorization(aliceKey, m, VaultDomain(block.chainid + 1, address(vault)));
        _expectInvalidSignature(alice, packed, ANY_SEQ, auth, alice);
        // On that chain it is good.
        vm.chainId(block.chainid + 1);
        _relay(alice, ops, ANY_SEQ, auth);
    }

    function test_RevertIf_SignedForAnotherVault() public {
        MemoryVault other = new MemoryVault(address(0));
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        // Same message, same nonce (both vaults are at 0), another verifying contract.
        assertEq(other.nonces(alice), 0);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        vm.prank(relayer);
        other.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(other.logState(alice).seq, 0);
        // The vault it was signed for takes it.
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.logState(alice).seq, 1);
    }

    function test_RevertIf_OpsAltered() public {
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"c0ffee"), _deleteOp(ID_B, 1));
        bytes memory packed = PackedBatch.encode(ops);
        Authorization memory auth = _authorize(aliceKey, alice, packed, ANY_SEQ);
        // Any byte flipped.
        for (uint256 i; i < packed.length; i += 7) {
            bytes memory altered = bytes.concat(packed);
            altered[i] ^= 0x01;
            _expectInvalidSignature(alice, altered, ANY_SEQ, auth, alice);
        }
        // An operation dropped or added.
        _expectInvalidSignature(alice, PackedBatch.encode(_ops(ops[0])), ANY_SEQ, auth, alice);
        _expectInvalidSignature(alice, bytes.concat(packed, PackedBatch.encodeOp(ops[1])), ANY_SEQ, auth, alice);
    }

    function test_RevertIf_ExpectedSeqAltered() public {
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        Authorization memory auth = _authorize(aliceKey, alice, ops, 0);
        // ANY_SEQ would skip the check the owner asked for.
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        _expectInvalidSignature(alice, ops, 1, auth, alice);
    }

    function test_RevertIf_OwnerAltered() public {
        // Dave is a delegate of both Alice and Bob; his batch for Alice cannot go to Bob's log.
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        _grant(bob, dave, WRITE, START_TIME + 1 days);
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(daveKey, alice, ops, ANY_SEQ);
        _expectInvalidSignature(bob, ops, ANY_SEQ, auth, dave);
        // An owner's own signature does not move another log either.
        auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        _expectInvalidSignature(bob, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_DeadlineAltered() public {
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        auth.deadline += 1;
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        auth.deadline -= 2;
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_NonceAltered() public {
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        auth.nonce = 1;
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
    }

    function test_RevertIf_SignerFieldAltered() public {
        _grant(alice, dave, WRITE | DELETE, START_TIME + 1 days);
        bytes memory ops = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        // Alice's signature, claimed to be Dave's (both at nonce 0), and the other way round.
        Authorization memory auth = _authorize(aliceKey, alice, ops, ANY_SEQ);
        auth.signer = dave;
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, dave);
        auth = _authorize(daveKey, alice, ops, ANY_SEQ);
        auth.signer = alice;
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_SignedByStranger() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        // Mallory signs and claims Alice signed.
        WriteBatchMessage memory m = _writeBatch(alice, alice, ops, ANY_SEQ);
        _expectInvalidSignature(alice, ops, ANY_SEQ, _authorization(malloryKey, m, _domain()), alice);
        // Mallory signs as herself: a valid signature, of someone who is not a delegate.
        Authorization memory own = _authorize(malloryKey, alice, ops, ANY_SEQ);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, mallory));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, own.signer, own.nonce, own.deadline, own.signature);
        assertEq(vault.nonces(mallory), 0);
    }

    function test_RevertIf_HighS() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory m = _writeBatch(alice, alice, ops, ANY_SEQ);
        Authorization memory auth = _authorization(aliceKey, m, _domain());
        bytes memory twin = _highS(auth.signature);
        // The twin is a valid ECRECOVER signature of Alice...
        bytes32 digest = VaultSignatures.digest(_domain(), m);
        (bytes32 r, bytes32 s) = abi.decode(twin, (bytes32, bytes32));
        assertEq(ecrecover(digest, uint8(twin[64]), r, s), alice);
        assertGt(uint256(s), SECP256K1_N / 2);
        // ...that the vault refuses, so a signature has one form only.
        auth.signature = twin;
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_SignatureMalformed() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory m = _writeBatch(alice, alice, ops, ANY_SEQ);
        bytes32 digest = VaultSignatures.digest(_domain(), m);
        Authorization memory auth = _authorization(aliceKey, m, _domain());
        bytes memory good = auth.signature;

        // EIP-2098 compact (64 bytes), one byte too many, none.
        (bytes32 r, bytes32 vs) = vm.signCompact(aliceKey, digest);
        auth.signature = abi.encodePacked(r, vs);
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        auth.signature = bytes.concat(good, hex"00");
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        auth.signature = "";
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        // v as 0/1 instead of 27/28.
        auth.signature = bytes.concat(good);
        auth.signature[64] = bytes1(uint8(good[64]) - 27);
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
        // r or s zeroed.
        auth.signature = abi.encodePacked(bytes32(0), bytes32(0), uint8(good[64]));
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    function test_RevertIf_SignerIsZeroAddress() public {
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        // An unrecoverable signature must not pass as "signed by address zero".
        Authorization memory auth =
            Authorization(address(0), 0, block.timestamp, abi.encodePacked(bytes32(0), bytes32(0), uint8(27)));
        _expectInvalidSignature(address(0), ops, ANY_SEQ, auth, address(0));
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, address(0));
    }

    function test_RevertIf_RelayedBatchFailsItKeepsTheNonce() public {
        // A relayed batch that reverts (here: a stale seq, a malformed batch) uses no nonce, so
        // the owner can sign again with the same one.
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(aliceKey, alice, ops, 5);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSequenceMismatch.selector, alice, 5, 0));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, 5, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(alice), 0);

        bytes memory malformed = hex"c0";
        auth = _authorize(aliceKey, alice, malformed, ANY_SEQ);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultMalformedBatch.selector, 0));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, malformed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(alice), 0);

        auth = _authorize(aliceKey, alice, "", ANY_SEQ);
        vm.expectRevert(IMemoryVault.VaultEmptyBatch.selector);
        vm.prank(relayer);
        vault.applyBatchBySig(alice, "", ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(alice), 0);
    }

    // ---------------------------------------------------------------- relayed batches by delegates

    function test_RevertIf_DelegateExpired() public {
        uint64 expiry = START_TIME + 1 days;
        _grant(alice, dave, WRITE, expiry);
        Operation[] memory ops = _ops(_inlineOp(ID_A, 1, hex"01"));
        bytes memory packed = PackedBatch.encode(ops);
        WriteBatchMessage memory m = _writeBatch(dave, alice, packed, ANY_SEQ);
        m.deadline = expiry + 1 days;
        Authorization memory auth = _authorization(daveKey, m, _domain());

        // The signature outlives the grant: at the expiry the grant no longer holds.
        vm.warp(expiry);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultDelegationExpired.selector, alice, dave, expiry));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, packed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        // One second earlier it did.
        vm.warp(expiry - 1);
        _relay(alice, ops, ANY_SEQ, auth);
    }

    function test_RevertIf_DelegateRevokedInTheSameBlock() public {
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        Authorization memory auth = _authorize(daveKey, alice, ops, ANY_SEQ);
        // No vm.roll, no vm.warp: the revocation holds from the next transaction of the same block.
        _revoke(alice, dave);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultNotDelegate.selector, alice, dave));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(dave), 0);
        // A new grant brings the same signature back.
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        _relay(alice, _ops(_inlineOp(ID_A, 1, hex"01")), ANY_SEQ, auth);
    }

    function test_RevertIf_DelegateLacksScope() public {
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory deletes = PackedBatch.encode(_ops(_deleteOp(ID_A, 1)));
        Authorization memory auth = _authorize(daveKey, alice, deletes, ANY_SEQ);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, dave, DELETE, WRITE));
        vm.prank(relayer);
        vault.applyBatchBySig(alice, deletes, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);

        _grant(alice, dave, DELETE, START_TIME + 1 days);
        bytes memory mixed = PackedBatch.encode(_ops(_deleteOp(ID_A, 1), _codeOp(ID_B, 1, hex"01")));
        auth = _authorize(daveKey, alice, mixed, ANY_SEQ);
        vm.expectRevert(
            abi.encodeWithSelector(IMemoryVault.VaultScopeNotGranted.selector, alice, dave, WRITE | DELETE, DELETE)
        );
        vm.prank(relayer);
        vault.applyBatchBySig(alice, mixed, ANY_SEQ, auth.signer, auth.nonce, auth.deadline, auth.signature);
        assertEq(vault.nonces(dave), 0);
        assertEq(vault.logState(alice).seq, 0);
    }

    // ---------------------------------------------------------------- signed grants and revocations

    function test_GrantDelegateBySig() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateGranted(alice, dave, Scope.wrap(WRITE), START_TIME + 1 days);
        _submitGrant(m, signature);
        IMemoryVault.Delegation memory grant = vault.delegation(alice, dave);
        assertEq(grant.scope, WRITE);
        assertEq(grant.expiry, START_TIME + 1 days);
        assertEq(vault.nonces(alice), 1);
        assertEq(vault.nonces(relayer), 0);
        // Dave can now write for Alice.
        _applyFor(dave, alice, _ops(_inlineOp(ID_A, 1, hex"01")), 0);
    }

    function test_RevertIf_GrantBySigReplayed() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        _submitGrant(m, signature);
        // Alice revokes; replaying her old grant must not bring Dave back.
        _revoke(alice, dave);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 2));
        _submitGrant(m, signature);
        assertEq(vault.delegation(alice, dave).scope, 0);
    }

    function test_RevertIf_GrantBySigFieldAltered() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        GrantMessage memory altered = m;
        for (uint256 field; field < 5; ++field) {
            altered = GrantMessage(m.owner, m.delegate, m.scope, m.expiry, m.nonce, m.deadline);
            if (field == 0) altered.owner = bob;
            else if (field == 1) altered.delegate = mallory;
            else if (field == 2) altered.scope = WRITE | DELETE;
            else if (field == 3) altered.expiry += 1;
            else altered.deadline += 1;
            address claimed = altered.owner;
            vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, claimed));
            _submitGrant(altered, signature);
        }
        // Signed by someone else than the owner, the delegate included.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(m, _sign(daveKey, VaultSignatures.digest(_domain(), m)));
        assertEq(vault.nonces(alice), 0);
        assertEq(vault.delegation(alice, mallory).scope, 0);
    }

    function test_RevertIf_GrantBySigExpired() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.warp(m.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, m.deadline));
        _submitGrant(m, signature);
    }

    function test_RevertIf_GrantBySigOtherChainOrVault() public {
        GrantMessage memory m = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        bytes memory otherChain = _sign(aliceKey, VaultSignatures.digest(VaultDomain(1, address(vault)), m));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(m, otherChain);
        bytes memory otherVault = _sign(aliceKey, VaultSignatures.digest(VaultDomain(block.chainid, bob), m));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(m, otherVault);
    }

    function test_RevertIf_GrantBySigSignerNotOwner() public {
        // Dave, Alice's delegate, may sign batches for her log but not her delegation changes: a
        // grant names no signer, its signature is checked as the owner's, and his valid signature of
        // her grant is refused, as a stranger's is.
        _grant(alice, dave, WRITE | DELETE, START_TIME + 1 days);
        GrantMessage memory m = _grantMessage(alice, mallory, WRITE, START_TIME + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(m, _sign(daveKey, VaultSignatures.digest(_domain(), m)));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(m, _sign(malloryKey, VaultSignatures.digest(_domain(), m)));
        assertEq(vault.delegation(alice, mallory).scope, 0);
        assertEq(vault.nonces(alice), 0);
        assertEq(vault.nonces(dave), 0);
        assertEq(vault.nonces(mallory), 0);
        // Signed in his own name, the grant is one of Dave's own delegations, never Alice's.
        GrantMessage memory own = _grantMessage(dave, mallory, WRITE, START_TIME + 1 days);
        _submitGrant(own, _sign(daveKey, VaultSignatures.digest(_domain(), own)));
        assertEq(vault.delegation(dave, mallory).scope, WRITE);
        assertEq(vault.delegation(alice, mallory).scope, 0);
        assertEq(vault.nonces(alice), 0);
        // Alice's signature of her grant stands.
        _submitGrant(m, _sign(aliceKey, VaultSignatures.digest(_domain(), m)));
        assertEq(vault.delegation(alice, mallory).scope, WRITE);
        assertEq(vault.nonces(alice), 1);
    }

    function test_RevokeDelegateBySig() public {
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        RevokeMessage memory m = _revokeMessage(alice, dave);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectEmit(address(vault));
        emit IMemoryVault.DelegateRevoked(alice, dave);
        _submitRevoke(m, signature);
        assertEq(vault.delegation(alice, dave).scope, 0);
        assertEq(vault.nonces(alice), 1);

        // Replayed after a new grant, it does not revoke again.
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 1));
        _submitRevoke(m, signature);
        assertEq(vault.delegation(alice, dave).scope, WRITE);
    }

    function test_RevertIf_RevokeBySigNotFromOwner() public {
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        RevokeMessage memory m = _revokeMessage(alice, dave);
        // Neither the delegate nor a stranger can revoke in the owner's name.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(m, _sign(daveKey, VaultSignatures.digest(_domain(), m)));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(m, _sign(malloryKey, VaultSignatures.digest(_domain(), m)));
        // Altered delegate, altered deadline.
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), m));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(RevokeMessage(alice, mallory, m.nonce, m.deadline), signature);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(RevokeMessage(alice, dave, m.nonce, m.deadline + 1), signature);
        vm.warp(m.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultSignatureExpired.selector, m.deadline));
        _submitRevoke(m, signature);
        assertEq(vault.delegation(alice, dave).scope, WRITE);
    }

    function test_RevertIf_RevokeBySigSignerNotOwner() public {
        _grant(alice, dave, WRITE, START_TIME + 1 days);
        RevokeMessage memory m = _revokeMessage(alice, dave);
        // Neither the delegate nor a stranger may revoke with their own valid signatures of the
        // message: a revocation names no signer, its signature is checked as the owner's.
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(m, _sign(daveKey, VaultSignatures.digest(_domain(), m)));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(m, _sign(malloryKey, VaultSignatures.digest(_domain(), m)));
        assertEq(vault.delegation(alice, dave).scope, WRITE);
        assertEq(vault.nonces(alice), 0);
        assertEq(vault.nonces(dave), 0);
        assertEq(vault.nonces(mallory), 0);
    }

    // ---------------------------------------------------------------- one nonce sequence for all three types

    function test_Nonces_AreSharedAcrossMessageTypes() public {
        // Alice signs three messages at nonces 0, 1 and 2, of the three types.
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory w = _writeBatch(alice, alice, ops, ANY_SEQ);
        GrantMessage memory g = _grantMessage(alice, dave, WRITE, START_TIME + 1 days);
        g.nonce = 1;
        RevokeMessage memory r = _revokeMessage(alice, dave);
        r.nonce = 2;
        bytes memory gSig = _sign(aliceKey, VaultSignatures.digest(_domain(), g));
        bytes memory rSig = _sign(aliceKey, VaultSignatures.digest(_domain(), r));

        // Out of order, each fails on the shared nonce.
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0));
        _submitGrant(g, gSig);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 0));
        _submitRevoke(r, rSig);

        Authorization memory wAuth = _authorization(aliceKey, w, _domain());
        vm.prank(relayer);
        vault.applyBatchBySig(alice, ops, ANY_SEQ, wAuth.signer, wAuth.nonce, wAuth.deadline, wAuth.signature);
        _submitGrant(g, gSig);
        _submitRevoke(r, rSig);
        assertEq(vault.nonces(alice), 3);

        // A grant signed at nonce 0 (taken by the batch) is dead.
        GrantMessage memory stale = GrantMessage(alice, mallory, WRITE, START_TIME + 1 days, 0, w.deadline);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 3));
        _submitGrant(stale, _sign(aliceKey, VaultSignatures.digest(_domain(), stale)));
    }

    function test_RevertIf_SignatureUsedAsAnotherType() public {
        // Same nonce and deadline; the typehash keeps a WriteBatch signature from passing as a
        // grant or revocation.
        bytes memory ops = PackedBatch.encode(_ops(_inlineOp(ID_A, 1, hex"01")));
        WriteBatchMessage memory w = _writeBatch(alice, alice, ops, ANY_SEQ);
        bytes memory signature = _sign(aliceKey, VaultSignatures.digest(_domain(), w));
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitGrant(GrantMessage(alice, dave, WRITE, START_TIME + 1 days, w.nonce, w.deadline), signature);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, alice));
        _submitRevoke(RevokeMessage(alice, dave, w.nonce, w.deadline), signature);

        RevokeMessage memory r = _revokeMessage(alice, dave);
        bytes memory revokeSig = _sign(aliceKey, VaultSignatures.digest(_domain(), r));
        Authorization memory auth = Authorization(alice, r.nonce, r.deadline, revokeSig);
        _expectInvalidSignature(alice, ops, ANY_SEQ, auth, alice);
    }

    // ---------------------------------------------------------------- helpers

    /// @dev The relayer submits, and the vault refuses with VaultInvalidSignature(`claimed`),
    /// changing nothing and using no nonce.
    function _expectInvalidSignature(
        address owner,
        bytes memory ops,
        uint64 expectedSeq,
        Authorization memory auth,
        address claimed
    ) internal {
        IMemoryVault.LogState memory before = vault.logState(owner);
        uint256 nonce = vault.nonces(auth.signer);
        vm.expectRevert(abi.encodeWithSelector(IMemoryVault.VaultInvalidSignature.selector, claimed));
        vm.prank(relayer);
        vault.applyBatchBySig(owner, ops, expectedSeq, auth.signer, auth.nonce, auth.deadline, auth.signature);
        _assertUnchanged(owner, before);
        assertEq(vault.nonces(auth.signer), nonce, "nonce");
    }
}
