//! `memsync init`: set up the identity and, optionally, a network.

use std::path::PathBuf;

use alloy::primitives::{Address, B256};
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use memsync::Vault;
use memsync::tee::registry::TeeRegistry;

use crate::GlobalArgs;
use crate::config::{Config, Identity, Network, Paths, Root, check_network_name};
use crate::exit::Failure;
use crate::identity::{self, MNEMONIC_ENV, PASSWORD_ENV, Unlocked};
use crate::output::Output;

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
    /// (password from $MEMSYNC_PASSWORD or a prompt).
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
    /// With --add-network: the MemoryVault's address.
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
        // The chain id is read from the node, and the vault checked to be a contract.
        let vault = Vault::builder(&rpc_url)
            .connect(vault_address)
            .await
            .with_context(|| format!("checking network `{name}`"))?;
        if let Some(registry) = args.tee_registry {
            TeeRegistry::builder(&rpc_url)
                .connect(registry)
                .await
                .with_context(|| format!("checking the TEE registry of network `{name}`"))?;
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
    let identity = if args.dev {
        Some(Identity::Dev { account: args.account })
    } else if args.new_keystore {
        check_root(args.root)?;
        let dir = paths.data.join("keystores");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let password = identity::secret(PASSWORD_ENV, "Password for the new keystore: ")?;
        if password.len() < 8 {
            return Err(
                Failure::Config.wrap(anyhow::anyhow!("use a password of 8 characters or more"))
            );
        }
        let (_, file) =
            PrivateKeySigner::new_keystore(&dir, &mut rand::thread_rng(), password.as_str(), None)
                .context("creating the keystore")?;
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
        unlocked = Some(Unlocked::from_mnemonic(&phrase, args.index, args.root)?);
        Some(Identity::Mnemonic { index: args.index, root: args.root })
    } else {
        None
    };

    if let Some(identity) = identity {
        // Unlock once now, so a wrong password or phrase shows here and not later.
        let chain_id =
            config.network(None).map(|(_, n)| n.chain_id).unwrap_or(identity::DEVNET_CHAIN_ID);
        let unlocked = match unlocked {
            Some(unlocked) => unlocked,
            None => Unlocked::unlock(&identity, chain_id)?,
        };
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

fn check_root(root: Root) -> anyhow::Result<()> {
    if root == Root::Mnemonic {
        return Err(Failure::Config.wrap(anyhow::anyhow!(
            "--root mnemonic needs --mnemonic: a keystore's memory keys come from its signature"
        )));
    }
    Ok(())
}
