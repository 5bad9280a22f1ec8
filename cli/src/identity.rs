//! The account that signs transactions, and the memory keys, from the configured identity.

use std::io::IsTerminal as _;

use alloy::signers::local::coins_bip39::{English, Mnemonic, Wordlist as _};
use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner};
use anyhow::Context as _;
use memsync::Vault;
use memsync::keys::{EpochRoot, KeyCheck, KeyEpoch, KeyError, KeyScope, Keyring, RootSeed};
use unicode_normalization::UnicodeNormalization as _;
use zeroize::Zeroizing;

use crate::chains::{DEVNET_CHAIN_ID, chain_name};
use crate::config::{Identity, Network, Root};
use crate::exit::Failure;

/// The mnemonic of anvil's public test accounts.
pub(crate) const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";
/// The environment variable holding a keystore's password.
pub(crate) const PASSWORD_ENV: &str = "MEMSYNC_PASSWORD";
/// The environment variable holding a mnemonic.
pub(crate) const MNEMONIC_ENV: &str = "MEMSYNC_MNEMONIC";
/// The environment variable holding a mnemonic's BIP-39 passphrase.
pub(crate) const PASSPHRASE_ENV: &str = "MEMSYNC_PASSPHRASE";
/// The number of words a BIP-39 mnemonic may have.
const WORD_COUNTS: [usize; 5] = [12, 15, 18, 21, 24];

/// An unlocked identity: the signing account, and the seed of the memory keys when they come
/// from a mnemonic rather than a wallet signature.
pub(crate) struct Unlocked {
    pub(crate) signer: PrivateKeySigner,
    root_seed: Option<RootSeed>,
}

impl Unlocked {
    /// Unlocks `identity` for use on chain `chain_id` (a network's: [`check_network`] first says
    /// more when the dev identity meets a chain that is not a devnet).
    pub(crate) fn unlock(identity: &Identity, chain_id: u64) -> anyhow::Result<Self> {
        match identity {
            Identity::Dev { account } => {
                if chain_id != DEVNET_CHAIN_ID {
                    return Err(dev_refused(None, chain_id));
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
            Identity::Mnemonic { index, root, passphrase } => {
                let phrase = secret(MNEMONIC_ENV, "Mnemonic (BIP-39 words): ")?;
                let passphrase = if *passphrase {
                    secret(PASSPHRASE_ENV, "BIP-39 passphrase: ")?
                } else {
                    Zeroizing::new(String::new())
                };
                Self::from_mnemonic(&phrase, &passphrase, *index, *root)
            }
        }
    }

    /// An account whose memory keys come from its wallet signature.
    pub(crate) fn from_signer(signer: PrivateKeySigner) -> Self {
        Self { signer, root_seed: None }
    }

    /// The identity of a mnemonic and its BIP-39 passphrase (`""` for none): account `index`,
    /// memory keys by `root`. The passphrase changes the seed, so the account and the keys both.
    pub(crate) fn from_mnemonic(
        phrase: &str,
        passphrase: &str,
        index: u32,
        root: Root,
    ) -> anyhow::Result<Self> {
        let phrase = normalise_mnemonic(phrase)?;
        let passphrase: Zeroizing<String> = Zeroizing::new(passphrase.nfkd().collect());
        let signer = mnemonic_signer(&phrase, &passphrase, index)?;
        let root_seed = match root {
            Root::Wallet => None,
            Root::Mnemonic => Some(RootSeed::from_mnemonic(&phrase, &passphrase)?),
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

    /// Whether the memory keys match the key-check values the owner published on `vault`
    /// (`Ok(false)`: they do not; `Ok(true)` too when nothing is published yet).
    pub(crate) async fn keys_match(&self, vault: &Vault) -> anyhow::Result<bool> {
        let owner = self.signer.address();
        let latest = vault.key_epoch(owner).await?;
        if latest == 0 {
            return Ok(true);
        }
        let keyring = self.keyring(vault, latest).await?;
        for epoch in keyring.epochs() {
            let (Some(keys), Some(published)) =
                (keyring.get(epoch), vault.key_check(owner, epoch.get()).await?)
            else {
                continue;
            };
            match keys.verify_key_check(&KeyCheck(published)) {
                Ok(()) => {}
                Err(KeyError::KeyCheckMismatch { .. }) => return Ok(false),
                Err(err) => return Err(err.into()),
            }
        }
        Ok(true)
    }
}

/// Refuses the dev identity where it must not be used: on a network that is not a devnet. When
/// the network's RPC serves another chain than the config says, that is the mistake to report
/// (the same as every command reports it), not the dev key.
pub(crate) async fn check_network(
    identity: &Identity,
    name: &str,
    network: &Network,
) -> anyhow::Result<()> {
    if !matches!(identity, Identity::Dev { .. }) || network.chain_id == DEVNET_CHAIN_ID {
        return Ok(());
    }
    let quick = memsync::RpcConfig::default()
        .timeout(std::time::Duration::from_secs(5))
        .retry(memsync::rpc::RetryPolicy::NONE);
    if let Ok(vault) = Vault::builder(&network.rpc_url).rpc(quick).connect(network.vault).await
        && vault.chain_id() != network.chain_id
    {
        return Err(chain_mismatch(name, network, vault.chain_id()));
    }
    Err(dev_refused(Some(name), network.chain_id))
}

/// The error of an RPC that serves chain `served` for network `name`, configured for another.
pub(crate) fn chain_mismatch(name: &str, network: &Network, served: u64) -> anyhow::Error {
    Failure::Config.wrap(anyhow::anyhow!(
        "{} serves chain {}, but network `{name}` is configured for chain {}{}: check the RPC URL \
         (or give the network the chain id its node serves)",
        network.rpc_url,
        describe_chain(served),
        network.chain_id,
        chain_name(network.chain_id).map(|n| format!(" ({n})")).unwrap_or_default(),
    ))
}

/// The dev identity on chain `chain_id`, of network `name` if known.
fn dev_refused(name: Option<&str>, chain_id: u64) -> anyhow::Error {
    let network = name.map(|name| format!("network `{name}` is ")).unwrap_or_default();
    Failure::Config.wrap(anyhow::anyhow!(
        "{network}chain {}, not a devnet (chain {DEVNET_CHAIN_ID}): the dev identity uses anvil's \
         public test key, which anyone can sign with, so it is refused on chain {chain_id}; set \
         up a real identity with `memsync init --new-keystore` or `--mnemonic`",
        describe_chain(chain_id)
    ))
}

/// `chain_id`, with its name when it is a well-known chain: `8453 (Base mainnet)`.
pub(crate) fn describe_chain(chain_id: u64) -> String {
    match chain_name(chain_id) {
        Some(name) => format!("{chain_id} ({name})"),
        None => chain_id.to_string(),
    }
}

/// Dev account `index` of anvil.
pub(crate) fn dev_signer(index: u32) -> anyhow::Result<PrivateKeySigner> {
    mnemonic_signer(DEV_MNEMONIC, "", index)
}

/// The BIP-44 account `index` (m/44'/60'/0'/0/index) of `phrase` (normalised: see
/// [`normalise_mnemonic`]) with BIP-39 `passphrase` (NFKD; `""` for none).
fn mnemonic_signer(phrase: &str, passphrase: &str, index: u32) -> anyhow::Result<PrivateKeySigner> {
    let mut builder = MnemonicBuilder::<English>::default()
        .phrase(phrase)
        .index(index)
        .context("a BIP-44 account index")?;
    if !passphrase.is_empty() {
        builder = builder.password(passphrase);
    }
    // The builder's errors quote the phrase: never shown.
    builder.build().map_err(|_| {
        Failure::Config.wrap(anyhow::anyhow!("not a valid BIP-39 mnemonic: its words do not check"))
    })
}

/// A mnemonic as BIP-39 reads it: NFKD, lower case (the English list is lower-case ASCII, so
/// `Abandon` and `ABANDON` are that word), words separated by single spaces. Refuses, naming the
/// first fault and never echoing the phrase: a count of words other than 12, 15, 18, 21 or 24, a
/// word that is not in the English list (named, with its position), a checksum that does not
/// match.
pub(crate) fn normalise_mnemonic(phrase: &str) -> anyhow::Result<Zeroizing<String>> {
    let normalised: Zeroizing<String> =
        Zeroizing::new(phrase.nfkd().collect::<String>().to_lowercase());
    let words: Vec<&str> = normalised.split_whitespace().collect();
    let refuse = |message: String| Failure::Config.wrap(anyhow::anyhow!(message));
    if !WORD_COUNTS.contains(&words.len()) {
        return Err(refuse(format!(
            "not a valid BIP-39 mnemonic: it has {} word{}; a mnemonic has 12, 15, 18, 21 or 24 \
             words, separated by spaces",
            words.len(),
            if words.len() == 1 { "" } else { "s" }
        )));
    }
    if let Some((position, word)) =
        words.iter().enumerate().find(|(_, word)| English::get_index(word).is_err())
    {
        return Err(refuse(format!(
            "not a valid BIP-39 mnemonic: word {} (`{word}`) is not in the BIP-39 English word \
             list; check its spelling",
            position + 1
        )));
    }
    let phrase = Zeroizing::new(words.join(" "));
    if Mnemonic::<English>::new_from_phrase(&phrase).is_err() {
        return Err(refuse(
            "not a valid BIP-39 mnemonic: every word is in the English list, but the checksum \
             (carried by the last word) does not match: a word was mistyped as another word of the \
             list, or two words are swapped"
                .to_owned(),
        ));
    }
    Ok(phrase)
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
pub(crate) fn secret(env: &str, prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    if let Ok(value) = std::env::var(env) {
        return Ok(Zeroizing::new(value));
    }
    ask(env, prompt)
}

/// A new secret (a keystore's password, a passphrase) from the environment variable `env` as it
/// is (scripts set it once), or typed twice at a prompt: a typo in a secret nobody can recover
/// would lock the user out, so two different answers are refused.
pub(crate) fn new_secret(env: &str, prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    if let Ok(value) = std::env::var(env) {
        return Ok(Zeroizing::new(value));
    }
    let first = ask(env, prompt)?;
    let again = ask(env, "Again, to confirm: ")?;
    confirmed(first, &again)
}

/// `first`, if `again` is the same.
fn confirmed(first: Zeroizing<String>, again: &str) -> anyhow::Result<Zeroizing<String>> {
    // Both entries are the user's own, typed at once: there is nothing to learn from timing.
    if first.as_str() == again {
        Ok(first)
    } else {
        Err(Failure::Config
            .wrap(anyhow::anyhow!("the two entries differ; nothing was created: run it again")))
    }
}

/// A secret typed at a prompt without echo (`env` would have given it).
fn ask(env: &str, prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Config
            .wrap(anyhow::anyhow!("{env} is not set and there is no terminal to ask on")));
    }
    let value = rpassword::prompt_password(prompt).context("reading from the terminal")?;
    Ok(Zeroizing::new(value))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn refusal(phrase: &str) -> String {
        crate::exit::describe(&normalise_mnemonic(phrase).unwrap_err())
    }

    #[test]
    fn mnemonics_are_normalised_and_their_faults_named_without_the_phrase() {
        let upper = DEV_MNEMONIC.to_uppercase().replace(' ', "  \t ");
        assert_eq!(normalise_mnemonic(&upper).unwrap().as_str(), DEV_MNEMONIC);
        // Full-width letters are their ASCII words after NFKD.
        let wide: String = DEV_MNEMONIC
            .chars()
            .map(|c| if c == ' ' { c } else { char::from_u32(c as u32 + 0xfee0).unwrap() })
            .collect();
        assert_eq!(normalise_mnemonic(&wide).unwrap().as_str(), DEV_MNEMONIC);
        assert_eq!(
            mnemonic_signer(&normalise_mnemonic(&upper).unwrap(), "", 0).unwrap().address(),
            dev_signer(0).unwrap().address()
        );

        let three = refusal("Correct Horse Battery");
        assert!(three.contains("it has 3 words; a mnemonic has 12, 15, 18, 21 or 24"), "{three}");
        assert!(!three.contains("entropy"), "{three}");
        let typo = refusal(&DEV_MNEMONIC.replace("junk", "jumk"));
        assert!(typo.contains("word 12 (`jumk`) is not in the BIP-39 English word list"), "{typo}");
        assert!(!typo.contains("test test"), "the phrase was echoed: {typo}");
        let checksum = refusal(&DEV_MNEMONIC.replace("junk", "zoo"));
        assert!(checksum.contains("the checksum (carried by the last word) does not match"));
        assert!(!checksum.contains("test test"), "the phrase was echoed: {checksum}");
    }

    #[test]
    fn a_passphrase_changes_the_account_and_the_keys() {
        let plain = Unlocked::from_mnemonic(DEV_MNEMONIC, "", 0, Root::Mnemonic).unwrap();
        let with = Unlocked::from_mnemonic(DEV_MNEMONIC, "TREZOR", 0, Root::Mnemonic).unwrap();
        assert_eq!(plain.signer.address(), dev_signer(0).unwrap().address());
        assert_ne!(with.signer.address(), plain.signer.address());
        // NFKD: the composed and decomposed spellings of a passphrase are one passphrase.
        let composed = Unlocked::from_mnemonic(DEV_MNEMONIC, "caf\u{e9}", 0, Root::Wallet).unwrap();
        let decomposed =
            Unlocked::from_mnemonic(DEV_MNEMONIC, "cafe\u{301}", 0, Root::Wallet).unwrap();
        assert_eq!(composed.signer.address(), decomposed.signer.address());
    }

    #[test]
    fn a_new_secret_must_be_typed_the_same_twice() {
        let first = || Zeroizing::new("correct horse battery".to_owned());
        assert_eq!(
            confirmed(first(), "correct horse battery").unwrap().as_str(),
            "correct horse battery"
        );
        let err = confirmed(first(), "correct horse batery").unwrap_err();
        assert_eq!(crate::exit::Failure::of(&err), Failure::Config);
        assert!(err.to_string().contains("the two entries differ"), "{err}");
    }

    #[test]
    fn the_dev_identity_names_the_chain_it_is_refused_on() {
        let err = crate::exit::describe(&dev_refused(Some("base"), 8453));
        assert!(
            err.starts_with(
                "network `base` is chain 8453 (Base mainnet), not a devnet (chain 31337)"
            ),
            "{err}"
        );
    }
}
