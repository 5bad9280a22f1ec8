//! `memsync init`: set up the identity and, optionally, a network.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use memsync::Vault;
use memsync::bindings::memory_vault::MemoryVault;
use memsync::bindings::tee_registry::TeeRegistry as TeeRegistryContract;
use memsync::tee::registry::TeeRegistry;
use zeroize::Zeroizing;

use crate::GlobalArgs;
use crate::config::{Config, Identity, Network, Paths, Root, check_network_name};
use crate::exit::Failure;
use crate::identity::{self, MNEMONIC_ENV, PASSPHRASE_ENV, PASSWORD_ENV, Unlocked};
use crate::output::Output;

/// `MemoryVault.WRITE_BATCH_TYPEHASH`'s type: a constant only a MemoryVault has.
const WRITE_BATCH_TYPE: &str = "WriteBatch(address owner,address signer,bytes32 operations,\
                                uint64 expectedSeq,uint256 nonce,uint256 deadline)";

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("key").args(["dev", "new_keystore", "keystore", "mnemonic"])))]
pub(crate) struct InitArgs {
    /// Use anvil's public test account (devnets only).
    #[arg(long)]
    dev: bool,
    /// With --dev: which test account (0..10).
    #[arg(long, default_value_t = 0, requires = "dev")]
    account: u32,
    /// Create a new random account in an encrypted keystore file in the data directory
    /// (password from $MEMSYNC_PASSWORD, or typed twice at a prompt).
    #[arg(long)]
    new_keystore: bool,
    /// Use an existing encrypted keystore file (password from $MEMSYNC_PASSWORD or a prompt).
    #[arg(long, value_name = "FILE")]
    keystore: Option<PathBuf>,
    /// Use a BIP-39 mnemonic you keep (from $MEMSYNC_MNEMONIC or a prompt; never stored).
    #[arg(long)]
    mnemonic: bool,
    /// With --mnemonic: generate a new one and print it once.
    #[arg(long, requires = "mnemonic")]
    generate: bool,
    /// With --mnemonic: the BIP-44 account index of the signing key.
    #[arg(long, default_value_t = 0, requires = "mnemonic")]
    index: u32,
    /// With --mnemonic: the mnemonic has a BIP-39 passphrase (from $MEMSYNC_PASSPHRASE, or typed
    /// twice at a prompt; never stored, asked for again like the mnemonic). It changes the
    /// account and the memory keys.
    #[arg(long, requires = "mnemonic")]
    passphrase: bool,
    /// How the memory keys are derived: from a wallet signature (default), or, with
    /// --mnemonic, from the mnemonic's seed.
    #[arg(long, value_enum, default_value_t = Root::Wallet)]
    root: Root,
    /// Add (or replace) a network under this name and make it the default.
    #[arg(long = "add-network", value_name = "NAME", requires_all = ["rpc_url", "vault"])]
    add_network: Option<String>,
    /// With --add-network: the JSON-RPC URL.
    #[arg(long, requires = "add_network")]
    rpc_url: Option<String>,
    /// With --add-network: the MemoryVault's address (checked to be one).
    #[arg(long, requires = "add_network")]
    vault: Option<Address>,
    /// With --add-network: the vault's deployment block.
    #[arg(long, default_value_t = 0, requires = "add_network")]
    deploy_block: u64,
    /// With --add-network: a folder for blobs of large memories (pointer records).
    #[arg(long, requires = "add_network")]
    blob_dir: Option<PathBuf>,
    /// With --add-network: the TeeRegistry of attested nodes (for `--via-tee`).
    #[arg(long, requires = "add_network", value_name = "ADDRESS")]
    tee_registry: Option<Address>,
    /// With --add-network: SHA-256 of the attestation root to trust (default: AWS Nitro).
    #[arg(long, requires = "tee_registry", value_name = "FINGERPRINT")]
    tee_root: Option<B256>,
    /// With --add-network: an enclave measurement you pin (repeatable; default: whatever the
    /// registry approves).
    #[arg(long = "tee-measurement", requires = "tee_registry", value_name = "MEASUREMENT")]
    tee_measurements: Vec<B256>,
    /// With --add-network: the TEE node `--via-tee` prefers.
    #[arg(long, requires = "tee_registry", value_name = "ADDRESS")]
    tee_node: Option<Address>,
}

pub(crate) async fn run(global: &GlobalArgs, args: InitArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
    let mut config = Config::load(&paths.config)?;

    if let Some(name) = &args.add_network {
        check_network_name(name)?;
        let rpc_url = args.rpc_url.clone().unwrap_or_default();
        let vault_address = args.vault.unwrap_or_default();
        // The chain id is read from the node, and the vault checked to be a MemoryVault.
        let vault = Vault::builder(&rpc_url)
            .connect(vault_address)
            .await
            .with_context(|| format!("checking network `{name}`"))?;
        check_is_vault(&vault).await?;
        if let Some(registry) = args.tee_registry {
            let registry = TeeRegistry::builder(&rpc_url)
                .connect(registry)
                .await
                .with_context(|| format!("checking the TEE registry of network `{name}`"))?;
            check_is_registry(&registry).await?;
        }
        // Adding a network again keeps the RPC settings the user gave it.
        let previous = config.networks.get(name);
        let (rpc_timeout_secs, rpc_retries, finality, lag_wait_secs) = (
            previous.and_then(|n| n.rpc_timeout_secs),
            previous.and_then(|n| n.rpc_retries),
            previous.and_then(|n| n.finality),
            previous.and_then(|n| n.lag_wait_secs),
        );
        config.networks.insert(
            name.clone(),
            Network {
                rpc_url,
                chain_id: vault.chain_id(),
                vault: vault_address,
                deploy_block: args.deploy_block,
                blob_dir: args.blob_dir.clone(),
                tee_registry: args.tee_registry,
                tee_root: args.tee_root,
                tee_measurements: args.tee_measurements.clone(),
                tee_node: args.tee_node,
                rpc_timeout_secs,
                rpc_retries,
                finality,
                lag_wait_secs,
            },
        );
        config.default_network = Some(name.clone());
    } else if let Some(name) = &global.network {
        config.network(Some(name))?;
        config.default_network = Some(name.clone());
    }

    let mut generated = None;
    let mut unlocked = None;
    // The mnemonic and passphrase typed, for trying the other root when the keys do not match.
    let mut mnemonic: Option<(Zeroizing<String>, Zeroizing<String>)> = None;
    let identity = if args.dev {
        Some(Identity::Dev { account: args.account })
    } else if args.new_keystore {
        check_root(args.root)?;
        let password = identity::new_secret(PASSWORD_ENV, "Password for the new keystore: ")?;
        if password.chars().count() < 8 {
            return Err(
                Failure::Config.wrap(anyhow::anyhow!("use a password of 8 characters or more"))
            );
        }
        let dir = paths.data.join("keystores");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let (signer, file) =
            PrivateKeySigner::new_keystore(&dir, &mut rand::thread_rng(), password.as_str(), None)
                .context("creating the keystore")?;
        // Unlocked already: its password is not asked for a third time.
        unlocked = Some(Unlocked::from_signer(signer));
        let keystore = dir.join(file);
        // Encrypted, but still nobody else's business: readable by the user only.
        #[cfg(unix)]
        std::fs::set_permissions(&keystore, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .with_context(|| format!("restricting {}", keystore.display()))?;
        Some(Identity::Keystore { keystore, root: Root::Wallet })
    } else if let Some(keystore) = &args.keystore {
        check_root(args.root)?;
        Some(Identity::Keystore { keystore: std::path::absolute(keystore)?, root: Root::Wallet })
    } else if args.mnemonic {
        let phrase = if args.generate {
            let phrase = identity::generate_mnemonic()?;
            generated = Some(phrase.clone());
            phrase
        } else {
            identity::secret(MNEMONIC_ENV, "Mnemonic (BIP-39 words): ")?
        };
        // Checked before a passphrase is asked for.
        let phrase = identity::normalise_mnemonic(&phrase)?;
        let passphrase = if args.passphrase {
            let passphrase = identity::new_secret(PASSPHRASE_ENV, "BIP-39 passphrase: ")?;
            if passphrase.is_empty() {
                return Err(Failure::Config.wrap(anyhow::anyhow!(
                    "the passphrase is empty: leave out --passphrase for a mnemonic without one"
                )));
            }
            passphrase
        } else {
            Zeroizing::new(String::new())
        };
        unlocked = Some(Unlocked::from_mnemonic(&phrase, &passphrase, args.index, args.root)?);
        mnemonic = Some((phrase, passphrase));
        Some(Identity::Mnemonic { index: args.index, root: args.root, passphrase: args.passphrase })
    } else {
        None
    };

    if let Some(identity) = identity {
        let network = config.network(None).ok();
        if let Some((name, network)) = &network {
            identity::check_network(&identity, name, network).await?;
        }
        // Unlock once now, so a wrong password or phrase shows here and not later.
        let chain_id = network.as_ref().map_or(crate::chains::DEVNET_CHAIN_ID, |(_, n)| n.chain_id);
        let unlocked = match unlocked {
            Some(unlocked) => unlocked,
            None => Unlocked::unlock(&identity, chain_id)?,
        };
        // And check the keys against what the account published, so that keys that open none of
        // its memories are refused here, with what to do, rather than by every later command.
        if let Some((name, network)) = &network {
            check_keys(&identity, &unlocked, mnemonic.as_ref(), name, network, out).await?;
        }
        out.note(&format!("identity: {}", unlocked.signer.address()));
        config.identity = Some(identity);
    } else if config.identity.is_none() && args.add_network.is_none() {
        return Err(Failure::Config.wrap(anyhow::anyhow!(
            "choose an identity: --dev (devnets), --new-keystore, --keystore FILE or --mnemonic"
        )));
    }
    config.save(&paths.config)?;
    let mut report = serde_json::json!({
        "config": paths.config,
        "default_network": config.default_network,
        "identity": config.identity,
    });
    if let Some(phrase) = generated {
        // In JSON mode the phrase is a field of the one document a script parses.
        out.secret_notice(&phrase);
        report["mnemonic"] = serde_json::Value::String(phrase.to_string());
    }
    out.done(&report, &format!("saved {}", paths.config.display()));
    Ok(())
}

/// Refuses an address whose contract is not a MemoryVault (a TeeRegistry given as the vault, a
/// token): it must answer `WRITE_BATCH_TYPEHASH` with the vault's constant.
async fn check_is_vault(vault: &Vault) -> anyhow::Result<()> {
    let contract = MemoryVault::new(vault.address(), vault.provider());
    if contract.WRITE_BATCH_TYPEHASH().call().await.ok() == Some(keccak256(WRITE_BATCH_TYPE)) {
        return Ok(());
    }
    let registry = TeeRegistryContract::new(vault.address(), vault.provider());
    let what = if registry.MEASUREMENT_ROLE().call().await.is_ok() {
        "it is a TeeRegistry: give it as `--tee-registry`, and the MemoryVault's address as \
         `--vault`"
    } else {
        "check the address (`memsync devnet` and the deployment print the vault's)"
    };
    Err(Failure::Config.wrap(anyhow::anyhow!(
        "the contract at {} on chain {} is not a MemoryVault: {what}",
        vault.address(),
        vault.chain_id()
    )))
}

/// Refuses a `--tee-registry` whose contract is not a TeeRegistry (the vault given twice).
async fn check_is_registry(registry: &TeeRegistry) -> anyhow::Result<()> {
    let contract = TeeRegistryContract::new(registry.address(), registry.provider());
    if contract.MEASUREMENT_ROLE().call().await.is_ok() {
        return Ok(());
    }
    Err(Failure::Config.wrap(anyhow::anyhow!(
        "the contract at {} is not a TeeRegistry: check the `--tee-registry` address",
        registry.address()
    )))
}

/// Refuses keys that do not match the key-check values the account published on `network`,
/// saying which `--root` would match. A network that cannot be reached is only a warning: the
/// first command checks the keys again.
async fn check_keys(
    identity: &Identity,
    unlocked: &Unlocked,
    mnemonic: Option<&(Zeroizing<String>, Zeroizing<String>)>,
    name: &str,
    network: &Network,
    out: Output,
) -> anyhow::Result<()> {
    let rpc = network.rpc_settings(name)?;
    let vault =
        match Vault::builder(&network.rpc_url).rpc(rpc.rpc_config()).connect(network.vault).await {
            Ok(vault) => vault,
            Err(
                err @ (memsync::VaultError::Rpc { .. } | memsync::VaultError::RpcGaveUp { .. }),
            ) => {
                out.note(&format!(
                    "warning: the keys were not checked against network `{name}`, which cannot be \
                 reached ({err}); the first command will check them"
                ));
                return Ok(());
            }
            Err(err) => {
                return Err(anyhow::Error::new(err).context(format!("checking network `{name}`")));
            }
        };
    if vault.chain_id() != network.chain_id {
        return Err(identity::chain_mismatch(name, network, vault.chain_id()));
    }
    if unlocked.keys_match(&vault).await? {
        return Ok(());
    }
    let account = unlocked.signer.address();
    let head = format!(
        "the memory keys do not match the key-check value account {account} published on network \
         `{name}`: they would open none of its memories, so nothing was saved"
    );
    let advice = match identity {
        Identity::Mnemonic { index, root, passphrase } => {
            let other = match root {
                Root::Wallet => Root::Mnemonic,
                Root::Mnemonic => Root::Wallet,
            };
            let (phrase, secret) = mnemonic.context("the mnemonic typed")?;
            let other_matches =
                Unlocked::from_mnemonic(phrase, secret, *index, other)?.keys_match(&vault).await?;
            let command = format!(
                "memsync init --mnemonic{}{} --root {}",
                if *index == 0 { String::new() } else { format!(" --index {index}") },
                if *passphrase { " --passphrase" } else { "" },
                root_name(other)
            );
            if other_matches {
                format!(
                    "this account's memories were sealed with keys from `--root {}`, not `--root \
                     {}`: run `{command}`",
                    root_name(other),
                    root_name(*root)
                )
            } else {
                format!(
                    "neither `--root {}` nor `--root {}` matches: this account's memories were \
                     sealed with keys from another source (a seed file, or another app)",
                    root_name(*root),
                    root_name(other)
                )
            }
        }
        _ => "this identity's keys come from its wallet signature (`--root wallet`); if the \
              account was set up from its mnemonic with `--root mnemonic`, run `memsync init \
              --mnemonic --root mnemonic` with that mnemonic"
            .to_owned(),
    };
    Err(Failure::Config.wrap(anyhow::anyhow!("{head}; {advice}")))
}

/// A root as `--root` names it.
fn root_name(root: Root) -> &'static str {
    match root {
        Root::Wallet => "wallet",
        Root::Mnemonic => "mnemonic",
    }
}

fn check_root(root: Root) -> anyhow::Result<()> {
    if root == Root::Mnemonic {
        return Err(Failure::Config.wrap(anyhow::anyhow!(
            "--root mnemonic needs --mnemonic: a keystore's memory keys come from its signature"
        )));
    }
    Ok(())
}
