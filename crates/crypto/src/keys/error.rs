//! Errors of the key hierarchy.

use std::path::PathBuf;

use alloy::primitives::Address;

use super::KeyEpoch;

/// What can go wrong while deriving or holding keys.
///
/// No message carries secret material: mnemonic errors name a word position, never a word.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// A seed is not exactly 32 bytes.
    #[error(
        "the seed holds {len} bytes; a MemSync seed is exactly 32 raw bytes (not hex, no trailing \
         newline)"
    )]
    SeedLength {
        /// The length found.
        len: u64,
    },

    /// The seed file could not be read.
    #[error("could not read the seed file {}: {source}", path.display())]
    SeedFile {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },

    /// The mnemonic is not a valid English BIP-39 phrase.
    #[error(
        "the mnemonic is not a valid English BIP-39 phrase ({0}); check the words and their order"
    )]
    InvalidMnemonic(#[source] bip39::Error),

    /// The wallet refused or failed to sign the key-derivation request.
    #[error("the wallet could not sign the MemSync key-derivation request: {0}")]
    Signer(#[source] alloy::signers::Error),

    /// The wallet signed the same request twice with different results.
    #[error(
        "the wallet returned two different signatures for the same MemSync key-derivation \
         request: it does not sign deterministically (RFC 6979), so its signatures cannot serve \
         as a key; use a wallet that signs deterministically, a mnemonic or a seed file"
    )]
    NonDeterministicSigner,

    /// The signature does not recover to the signer that produced it.
    #[error(
        "the key-derivation signature recovers to {recovered:?}, not to the signer {expected}; \
         the wallet signed something else or with another account"
    )]
    SignatureMismatch {
        /// The address of the signer that was asked.
        expected: Address,
        /// The address the signature recovers to, if any.
        recovered: Option<Address>,
    },

    /// A root derived for one chain, vault or owner was given keys of another.
    #[error(
        "this epoch root was derived for another chain, vault or owner than the keyring's; derive \
         it again for this vault"
    )]
    ScopeMismatch,

    /// A keyring already holds different keys for this epoch.
    #[error(
        "the keyring already holds different keys for epoch {epoch}; the new root comes from \
         another wallet, mnemonic or seed"
    )]
    ConflictingEpochRoot {
        /// The epoch.
        epoch: KeyEpoch,
    },

    /// The keys do not match the key-check value published for their epoch.
    #[error(
        "the keys for epoch {epoch} do not match the key-check value published for this vault and \
         owner: wrong wallet account, mnemonic, passphrase or seed; do not write with these keys"
    )]
    KeyCheckMismatch {
        /// The epoch.
        epoch: KeyEpoch,
    },
}
