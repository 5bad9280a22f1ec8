//! The account that signs transactions, and the memory keys, from the configured identity.

use std::io::IsTerminal as _;

use alloy::signers::local::coins_bip39::English;
use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner};
use anyhow::Context as _;
use memsync::Vault;
use memsync::keys::{EpochRoot, KeyEpoch, KeyScope, Keyring, RootSeed};

use crate::config::{Identity, Root};
use crate::exit::Failure;

/// The mnemonic of anvil's public test accounts.
pub(crate) const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";
/// anvil's chain id: the only chain the dev key is used on.
pub(crate) const DEVNET_CHAIN_ID: u64 = 31337;
/// The environment variable holding a keystore's password.
pub(crate) const PASSWORD_ENV: &str = "MEMSYNC_PASSWORD";
/// The environment variable holding a mnemonic.
pub(crate) const MNEMONIC_ENV: &str = "MEMSYNC_MNEMONIC";

/// An unlocked identity: the signing account, and the seed of the memory keys when they come
/// from a mnemonic rather than a wallet signature.
pub(crate) struct Unlocked {
    pub(crate) signer: PrivateKeySigner,
    root_seed: Option<RootSeed>,
}

impl Unlocked {
    /// Unlocks `identity` for use on chain `chain_id`.
    pub(crate) fn unlock(identity: &Identity, chain_id: u64) -> anyhow::Result<Self> {
        match identity {
            Identity::Dev { account } => {
                if chain_id != DEVNET_CHAIN_ID {
                    return Err(Failure::Config.wrap(anyhow::anyhow!(
                        "the dev identity uses anvil's public test key: it is refused on chain \
                         {chain_id} (only {DEVNET_CHAIN_ID}); set up a real identity with \
                         `memsync init --new-keystore` or `--mnemonic`"
                    )));
                }
                Ok(Self { signer: dev_signer(*account)?, root_seed: None })
            }
            Identity::Keystore { keystore, root } => {
                if *root == Root::Mnemonic {
                    return Err(Failure::Config.wrap(anyhow::anyhow!(
                        "a keystore identity derives its memory keys from the wallet (root = \"wallet\")"
                    )));
                }
                let password =
                    secret(PASSWORD_ENV, &format!("Password for {}: ", keystore.display()))?;
                let signer = PrivateKeySigner::decrypt_keystore(keystore, password.as_str())
                    .map_err(|err| {
                        Failure::Config.wrap(anyhow::anyhow!(
                            "cannot open the keystore {}: {err} (a wrong password?)",
                            keystore.display()
                        ))
                    })?;
                Ok(Self { signer, root_seed: None })
            }
            Identity::Mnemonic { index, root } => {
                let phrase = secret(MNEMONIC_ENV, "Mnemonic (BIP-39 words): ")?;
                Self::from_mnemonic(&phrase, *index, *root)
            }
        }
    }

    /// The identity of a mnemonic: account `index`, memory keys by `root`.
    pub(crate) fn from_mnemonic(phrase: &str, index: u32, root: Root) -> anyhow::Result<Self> {
        let signer = mnemonic_signer(phrase, index)?;
        let root_seed = match root {
            Root::Wallet => None,
            Root::Mnemonic => Some(RootSeed::from_mnemonic(phrase.trim(), "")?),
        };
        Ok(Self { signer, root_seed })
    }

    /// The keyring of every key epoch of the owner on `vault` up to `latest` (at least the
    /// first): the epoch the vault reports (`Vault::key_epoch`), or the last one seen when the
    /// chain cannot be reached.
    pub(crate) async fn keyring(&self, vault: &Vault, latest: u64) -> anyhow::Result<Keyring> {
        let scope = KeyScope {
            chain_id: vault.chain_id(),
            vault: vault.address(),
            owner: self.signer.address(),
        };
        let latest = latest.max(KeyEpoch::FIRST.get());
        let mut keyring = Keyring::new(scope);
        for epoch in (KeyEpoch::FIRST.get()..=latest).map(KeyEpoch) {
            let root = match &self.root_seed {
                Some(seed) => seed.epoch_root(epoch),
                None => EpochRoot::from_wallet(&self.signer, &scope, epoch).await?,
            };
            keyring.insert(&root)?;
        }
        Ok(keyring)
    }
}

/// Dev account `index` of anvil.
pub(crate) fn dev_signer(index: u32) -> anyhow::Result<PrivateKeySigner> {
    mnemonic_signer(DEV_MNEMONIC, index)
}

/// The BIP-44 account `index` (m/44'/60'/0'/0/index) of `phrase`.
pub(crate) fn mnemonic_signer(phrase: &str, index: u32) -> anyhow::Result<PrivateKeySigner> {
    MnemonicBuilder::<English>::default()
        .phrase(phrase.trim())
        .index(index)
        .context("a BIP-44 account index")?
        .build()
        .map_err(|err| Failure::Config.wrap(anyhow::anyhow!("not a valid BIP-39 mnemonic: {err}")))
}

/// A new random 24-word BIP-39 mnemonic.
pub(crate) fn generate_mnemonic() -> anyhow::Result<zeroize::Zeroizing<String>> {
    let mnemonic = alloy::signers::local::coins_bip39::Mnemonic::<English>::new_with_count(
        &mut rand::thread_rng(),
        24,
    )
    .context("generating a mnemonic")?;
    Ok(zeroize::Zeroizing::new(mnemonic.to_phrase()))
}

/// A secret from the environment variable `env`, or typed at a prompt without echo.
pub(crate) fn secret(env: &str, prompt: &str) -> anyhow::Result<zeroize::Zeroizing<String>> {
    if let Ok(value) = std::env::var(env) {
        return Ok(zeroize::Zeroizing::new(value));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Config
            .wrap(anyhow::anyhow!("{env} is not set and there is no terminal to ask on")));
    }
    let value = rpassword::prompt_password(prompt).context("reading from the terminal")?;
    Ok(zeroize::Zeroizing::new(value))
}
