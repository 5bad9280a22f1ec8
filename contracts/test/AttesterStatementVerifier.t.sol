// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AttesterStatementVerifier} from "../src/AttesterStatementVerifier.sol";
import {IAttesterStatementVerifier} from "../src/interfaces/IAttesterStatementVerifier.sol";
import {NodeStatement, TeeRegistryFixture} from "./utils/TeeRegistryFixture.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice The statement verifier alone: checker management, and every way a statement can be
/// wrong (forged, expired, early, about another node, key or measurement, by a removed checker).
contract AttesterStatementVerifierTest is TeeRegistryFixture {
    address internal nodeAddress = makeAddr("node");

    function _verify(NodeStatement memory s, bytes memory evidence) internal view returns (bool) {
        return verifier.verifyAttestation(s.node, s.hpkePublicKey, s.measurement, evidence);
    }

    function _expectUnknownSigner(NodeStatement memory s, bytes memory evidence, address signer) internal {
        vm.expectRevert(abi.encodeWithSelector(IAttesterStatementVerifier.AttesterUnknownSigner.selector, signer));
        this.verifyExternally(s, evidence);
    }

    /// @dev An external hop so `vm.expectRevert` sees the view call revert.
    function verifyExternally(NodeStatement memory s, bytes memory evidence) external view returns (bool) {
        return _verify(s, evidence);
    }

    // ---------------------------------------------------------------- construction and checkers

    function test_Constructor_SetsOwnerDomainAndCheckers() public view {
        assertEq(verifier.owner(), admin);
        assertTrue(verifier.isChecker(checker));
        assertFalse(verifier.isChecker(stranger));
        assertEq(verifier.NODE_ATTESTATION_TYPEHASH(), NODE_ATTESTATION_TYPE);
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            verifier.eip712Domain();
        assertEq(name, "MemSync AttesterStatementVerifier");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(verifier));
        NodeStatement memory s = _statement(nodeAddress, measurement);
        assertEq(verifier.statementDigest(s.node, s.hpkePublicKey, s.measurement, s.attestedAt, s.deadline), _digest(s));
    }

    function test_Constructor_EmitsCheckerAdded() public {
        address[] memory checkers = new address[](2);
        (checkers[0], checkers[1]) = (checker, stranger);
        vm.expectEmit();
        emit IAttesterStatementVerifier.CheckerAdded(checker);
        vm.expectEmit();
        emit IAttesterStatementVerifier.CheckerAdded(stranger);
        new AttesterStatementVerifier(admin, checkers);
    }

    function test_RevertIf_ConstructorGetsADuplicateChecker() public {
        address[] memory checkers = new address[](2);
        (checkers[0], checkers[1]) = (checker, checker);
        vm.expectRevert(
            abi.encodeWithSelector(IAttesterStatementVerifier.AttesterCheckerAlreadyAdded.selector, checker)
        );
        new AttesterStatementVerifier(admin, checkers);
    }

    function test_AddChecker_EmitsAndApproves() public {
        vm.expectEmit(address(verifier));
        emit IAttesterStatementVerifier.CheckerAdded(stranger);
        vm.prank(admin);
        verifier.addChecker(stranger);
        assertTrue(verifier.isChecker(stranger));
    }

    function test_RemoveChecker_EmitsAndRemoves() public {
        vm.expectEmit(address(verifier));
        emit IAttesterStatementVerifier.CheckerRemoved(checker);
        vm.prank(admin);
        verifier.removeChecker(checker);
        assertFalse(verifier.isChecker(checker));
    }

    function test_RevertIf_AddCheckerIsInvalid() public {
        vm.startPrank(admin);
        vm.expectRevert(IAttesterStatementVerifier.AttesterZeroChecker.selector);
        verifier.addChecker(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(IAttesterStatementVerifier.AttesterCheckerAlreadyAdded.selector, checker)
        );
        verifier.addChecker(checker);
        vm.expectRevert(abi.encodeWithSelector(IAttesterStatementVerifier.AttesterCheckerNotFound.selector, stranger));
        verifier.removeChecker(stranger);
        vm.stopPrank();
    }

    function test_RevertIf_NotOwnerManagesCheckers() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        verifier.addChecker(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        verifier.removeChecker(checker);
        vm.stopPrank();
    }

    function test_Ownership_TransfersInTwoSteps() public {
        vm.prank(admin);
        verifier.transferOwnership(stranger);
        assertEq(verifier.owner(), admin);
        assertEq(verifier.pendingOwner(), stranger);
        vm.prank(stranger);
        verifier.acceptOwnership();
        assertEq(verifier.owner(), stranger);
        vm.prank(stranger);
        verifier.addChecker(admin);
        assertTrue(verifier.isChecker(admin));
    }

    // ---------------------------------------------------------------- statements

    function test_VerifyAttestation_AcceptsACheckersStatement() public view {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        assertTrue(_verify(s, _evidence(s, checkerKey)));
    }

    function test_VerifyAttestation_AcceptsFromAttestedAtToDeadlineInclusive() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.warp(s.deadline);
        assertTrue(_verify(s, evidence));
        vm.warp(s.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAttesterStatementVerifier.AttesterStatementExpired.selector, s.deadline)
        );
        this.verifyExternally(s, evidence);
    }

    function test_RevertIf_StatementIsFromTheFuture() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        s.attestedAt += 1;
        bytes memory evidence = _evidence(s, checkerKey);
        vm.expectRevert(
            abi.encodeWithSelector(IAttesterStatementVerifier.AttesterStatementFromFuture.selector, s.attestedAt)
        );
        this.verifyExternally(s, evidence);
    }

    function test_RevertIf_StatementIsForged() public {
        (address forger, uint256 forgerKey) = makeAddrAndKey("forger");
        NodeStatement memory s = _statement(nodeAddress, measurement);
        _expectUnknownSigner(s, _evidence(s, forgerKey), forger);
    }

    function test_RevertIf_StatementIsAboutOtherFields() public {
        NodeStatement memory signed = _statement(nodeAddress, measurement);
        bytes memory evidence = _evidence(signed, checkerKey);
        NodeStatement memory claimed = signed;

        claimed = _statement(stranger, measurement);
        claimed.hpkePublicKey = signed.hpkePublicKey;
        _expectUnknownSigner(claimed, evidence, _recover(claimed, evidence));

        claimed = _statement(nodeAddress, measurement);
        claimed.hpkePublicKey = keccak256("another key");
        _expectUnknownSigner(claimed, evidence, _recover(claimed, evidence));

        claimed = _statement(nodeAddress, otherMeasurement);
        _expectUnknownSigner(claimed, evidence, _recover(claimed, evidence));

        // A later deadline than the checker signed.
        claimed = _statement(nodeAddress, measurement);
        bytes memory extended = abi.encode(signed.attestedAt, signed.deadline + 1 days, _signatureOf(evidence));
        claimed.deadline = signed.deadline + 1 days;
        _expectUnknownSigner(claimed, extended, _recover(claimed, extended));
    }

    function test_RevertIf_StatementIsForAnotherVerifierOrChain() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        address[] memory checkers = new address[](1);
        checkers[0] = checker;
        AttesterStatementVerifier other = new AttesterStatementVerifier(admin, checkers);
        vm.expectRevert();
        other.verifyAttestation(s.node, s.hpkePublicKey, s.measurement, evidence);

        vm.chainId(block.chainid + 1);
        vm.expectRevert();
        this.verifyExternally(s, evidence);
    }

    function test_RevertIf_CheckerWasRemoved() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.prank(admin);
        verifier.removeChecker(checker);
        _expectUnknownSigner(s, evidence, checker);
    }

    function test_RevertIf_EvidenceIsMalformed() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        bytes memory good = _evidence(s, checkerKey);
        bytes memory signature = _signatureOf(good);
        bytes[] memory bad = new bytes[](8);
        bad[0] = "";
        bad[1] = abi.encodePacked(good, bytes32(0));
        bad[2] = abi.encode(uint256(type(uint64).max) + 1, s.deadline, signature);
        bad[3] = abi.encode(s.attestedAt, uint256(type(uint64).max) + 1, signature);
        bad[4] = abi.encode(s.attestedAt, s.deadline, abi.encodePacked(signature, bytes31(0)));
        // Right length, wrong offset of the signature.
        bad[5] = bytes.concat(good);
        bad[5][95] = 0x40;
        // Right length, a non-zero byte in the padding after the signature (first and last).
        bad[6] = bytes.concat(good);
        bad[6][193] = 0x01;
        bad[7] = bytes.concat(good);
        bad[7][223] = 0xff;
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(IAttesterStatementVerifier.AttesterMalformedEvidence.selector);
            this.verifyExternally(s, bad[i]);
        }
    }

    function test_RevertIf_SignatureIsMalleatedOrGarbage() public {
        NodeStatement memory s = _statement(nodeAddress, measurement);
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(checkerKey, _digest(s));
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        // The high-s twin of a valid signature recovers to the checker but is refused.
        bytes32 highS = bytes32(n - uint256(sig));
        bytes memory twin = abi.encode(s.attestedAt, s.deadline, abi.encodePacked(r, highS, v == 27 ? 28 : 27));
        _expectUnknownSigner(s, twin, address(0));
        bytes memory garbage = abi.encode(s.attestedAt, s.deadline, abi.encodePacked(bytes32(0), bytes32(0), uint8(27)));
        _expectUnknownSigner(s, garbage, address(0));
    }

    function testFuzz_VerifyAttestation_OnlyTheSignedStatementPasses(
        address node,
        bytes32 hpkePublicKey,
        bytes32 m,
        uint64 attestedAt,
        uint64 lifetime,
        uint64 warp
    ) public {
        attestedAt = uint64(bound(attestedAt, 1, START_TIME));
        lifetime = uint64(bound(lifetime, 0, 365 days));
        NodeStatement memory s = NodeStatement(node, hpkePublicKey, m, attestedAt, attestedAt + lifetime);
        bytes memory evidence = _evidence(s, checkerKey);
        vm.warp(bound(warp, attestedAt, uint256(attestedAt) + 2 * lifetime + 1));
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > s.deadline) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttesterStatementVerifier.AttesterStatementExpired.selector, s.deadline)
            );
            this.verifyExternally(s, evidence);
        } else {
            assertTrue(_verify(s, evidence));
            // Any other node gets nothing from it.
            s.node = address(uint160(node) ^ 1);
            _expectUnknownSigner(s, evidence, _recover(s, evidence));
        }
    }

    // ---------------------------------------------------------------- helpers

    function _signatureOf(bytes memory evidence) internal pure returns (bytes memory signature) {
        (,, signature) = abi.decode(evidence, (uint64, uint64, bytes));
    }

    function _recover(NodeStatement memory s, bytes memory evidence) internal view returns (address) {
        bytes memory signature = _signatureOf(evidence);
        bytes32 r;
        bytes32 sig;
        assembly ("memory-safe") {
            r := mload(add(signature, 32))
            sig := mload(add(signature, 64))
        }
        return ecrecover(_digest(s), uint8(signature[64]), r, sig);
    }
}
