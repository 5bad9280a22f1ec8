//! Root secrets: the per-epoch root from a mnemonic, a seed file or a wallet signature.

use core::fmt;
#[cfg(feature = "fs")]
use std::io::Read;
#[cfg(feature = "fs")]
use std::path::Path;

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::labels::{INFO_EPOCH_ROOT, SALT_ROOT_MNEMONIC, SALT_ROOT_SEED_FILE};
use super::secret::Secret32;
use super::{KeyEpoch, KeyError, KeyScope};

/// The length of a raw seed file.
pub const SEED_FILE_LEN: usize = 32;

/// A seed that derives the root of every key epoch without a wallet: a BIP-39 mnemonic or a raw
/// 32-byte seed file.
///
/// The seed never leaves the device; losing it loses every memory sealed under its epochs.
pub struct RootSeed {
    material: SeedMaterial,
}

#[derive(Zeroize, ZeroizeOnDrop)]
enum SeedMaterial {
    /// The 64-byte BIP-39 seed (PBKDF2-HMAC-SHA512 of the phrase and passphrase).
    Mnemonic([u8; 64]),
    /// The 32 bytes of a seed file.
    SeedFile([u8; SEED_FILE_LEN]),
}

impl RootSeed {
    /// A seed from an English BIP-39 mnemonic (12 to 24 words) and an optional passphrase (`""`
    /// for none).
    ///
    /// The phrase and passphrase are NFKD-normalised and stretched to the standard 64-byte
    /// BIP-39 seed, so a phrase written down for any BIP-39 tool gives the same keys.
    pub fn from_mnemonic(phrase: &str, passphrase: &str) -> Result<Self, KeyError> {
        let mnemonic = bip39::Mnemonic::parse(phrase).map_err(KeyError::InvalidMnemonic)?;
        let seed = Zeroizing::new(mnemonic.to_seed(passphrase));
        Ok(Self { material: SeedMaterial::Mnemonic(*seed) })
    }

    /// A seed from exactly 32 raw bytes; any other length is refused.
    pub fn from_seed_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        let seed: [u8; SEED_FILE_LEN] =
            bytes.try_into().map_err(|_| KeyError::SeedLength { len: bytes.len() as u64 })?;
        Ok(Self { material: SeedMaterial::SeedFile(seed) })
    }

    /// A seed from a file that holds exactly 32 raw bytes; a file of any other length is
    /// refused before it is read. (Not in a browser build: it reads the file system.)
    #[cfg(feature = "fs")]
    pub fn read_seed_file(path: impl AsRef<Path>) -> Result<Self, KeyError> {
        let path = path.as_ref();
        let io_error = |source| KeyError::SeedFile { path: path.to_path_buf(), source };
        let mut file = std::fs::File::open(path).map_err(io_error)?;
        let len = file.metadata().map_err(io_error)?.len();
        if len != SEED_FILE_LEN as u64 {
            return Err(KeyError::SeedLength { len });
        }
        let mut seed = Zeroizing::new([0u8; SEED_FILE_LEN]);
        file.read_exact(seed.as_mut()).map_err(io_error)?;
        // The file may have grown since its length was read: it must end here.
        let mut extra = [0u8; 1];
        if file.read(&mut extra).map_err(io_error)? != 0 {
            return Err(KeyError::SeedLength { len: SEED_FILE_LEN as u64 + 1 });
        }
        Ok(Self { material: SeedMaterial::SeedFile(*seed) })
    }

    /// The root of `epoch`:
    /// `HKDF-SHA256(salt, ikm = seed, info = "memsync/v1/epoch-root" ‖ u64be(epoch))`, where the
    /// salt names the kind of seed.
    pub fn epoch_root(&self, epoch: KeyEpoch) -> EpochRoot {
        let (salt, ikm): (&[u8], &[u8]) = match &self.material {
            SeedMaterial::Mnemonic(seed) => (SALT_ROOT_MNEMONIC, seed),
            SeedMaterial::SeedFile(seed) => (SALT_ROOT_SEED_FILE, seed),
        };
        EpochRoot::derive(salt, ikm, epoch, None)
    }
}

impl fmt::Debug for RootSeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.material {
            SeedMaterial::Mnemonic(_) => "mnemonic",
            SeedMaterial::SeedFile(_) => "seed file",
        };
        f.debug_struct("RootSeed").field("kind", &kind).finish_non_exhaustive()
    }
}

/// The root secret of one key epoch, from which [`EpochKeys`](super::EpochKeys) are derived.
pub struct EpochRoot {
    epoch: KeyEpoch,
    secret: Secret32,
    /// The scope a wallet signature named; seed roots serve any scope.
    scope: Option<KeyScope>,
}

impl EpochRoot {
    pub(crate) fn derive(
        salt: &[u8],
        ikm: &[u8],
        epoch: KeyEpoch,
        scope: Option<KeyScope>,
    ) -> Self {
        let secret = Secret32::hkdf(salt, ikm, &[INFO_EPOCH_ROOT, &epoch.to_be_bytes()]);
        Self { epoch, secret, scope }
    }

    /// The epoch this root belongs to.
    pub const fn epoch(&self) -> KeyEpoch {
        self.epoch
    }

    /// The chain, vault and owner a wallet-derived root was signed for; `None` for seed roots,
    /// which serve any scope.
    pub const fn scope(&self) -> Option<&KeyScope> {
        self.scope.as_ref()
    }

    pub(crate) const fn secret(&self) -> &Secret32 {
        &self.secret
    }
}

impl fmt::Debug for EpochRoot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EpochRoot")
            .field("epoch", &self.epoch)
            .field("scope", &self.scope)
            .field("secret", &"<redacted>")
            .finish()
    }
}
