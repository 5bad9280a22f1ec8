// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title EcdsaWallet
/// @notice A test fixture: the simplest ERC-1271 wallet, which accepts a plain ECDSA signature of its
/// key over the hash it is asked about, and does not bind its own address into what it checks. It
/// stands for the smart accounts that forward validation to one EOA key: deploy two with the same
/// key and each accepts every signature the other does. Never deploy it outside tests.
contract EcdsaWallet is IERC1271 {
    /// @notice The address of the key whose signatures the wallet accepts.
    address public immutable key;

    /// @param key_ The address of the key whose signatures the wallet accepts.
    constructor(address key_) {
        key = key_;
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address recovered, ECDSA.RecoverError recoverError,) = ECDSA.tryRecoverCalldata(hash, signature);
        bool valid = recoverError == ECDSA.RecoverError.NoError && recovered == key;
        return valid ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}
