//! The CLI's configuration: named networks and the identity whose memory it opens, in a TOML file
//! in the user's config directory (`$XDG_CONFIG_HOME/memsync/config.toml` on Linux,
//! `~/Library/Application Support/memsync/config.toml` on macOS).
//!
//! ```toml
//! default_network = "devnet"
//!
//! [identity]
//! kind = "keystore"                       # "dev", "keystore" or "mnemonic"
//! keystore = "/home/ada/.config/memsync/keystore.json"
//! root = "wallet"                         # memory keys from a wallet signature, or "mnemonic"
//!
//! [networks.devnet]
//! rpc_url = "http://127.0.0.1:8545"
//! chain_id = 31337
//! vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
//! deploy_block = 1
//! tee_registry = "0x8464135c8F25Da09e49BC8782676a84730C318bC"  # confidential updates (optional)
//! tee_root = "0x641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"
//! tee_measurements = []                   # your own pins; empty: what the registry approves
//!
//! [apps."claude-ai"]                      # what an MCP client may see and write (docs/APPS.md)
//! categories = ["career", "productivity"] # absent: every category but private
//! kinds = ["semantic"]                    # absent: both
//! read_only = true
//! allow_private = false                   # `private` is hidden from every app unless allowed
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256};
use anyhow::Context as _;
use memsync::memory::AppScope;
use serde::{Deserialize, Serialize};

use crate::exit::Failure;

/// The file and folder names under the platform's config and data directories.
const APP_DIR: &str = "memsync";

/// The whole configuration file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Config {
    /// The network commands use when `--network` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default_network: Option<String>,
    /// Whose memory this is, and where its keys come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) identity: Option<Identity>,
    /// Named chains with a deployed vault.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) networks: BTreeMap<String, Network>,
    /// What each app (an MCP client, by name; `*` for every app not listed) may see and write
    /// through `memsync mcp` (docs/APPS.md). Unlisted apps, without `*`: every category but
    /// `private`, both kinds, read and write.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) apps: BTreeMap<String, AppScope>,
}

/// A chain with a deployed MemoryVault.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Network {
    /// The JSON-RPC endpoint.
    pub(crate) rpc_url: String,
    /// The chain id the endpoint must serve (checked at every connection).
    pub(crate) chain_id: u64,
    /// The MemoryVault's address.
    pub(crate) vault: Address,
    /// The block the vault was deployed in (for tools that scan block ranges; the CLI follows
    /// the previous-write links from the head, which needs no start).
    #[serde(default)]
    pub(crate) deploy_block: u64,
    /// A local folder for pointer records' blobs (memories over the pointer threshold).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) blob_dir: Option<PathBuf>,
    /// The TeeRegistry listing the attested nodes confidential updates go through (none: no
    /// `memsync tee` commands or `--via-tee` on this network).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) tee_registry: Option<Address>,
    /// SHA-256 of the attestation root certificate the client trusts (default: the AWS Nitro
    /// Enclaves root). `memsync devnet` pins its INSECURE dev CA here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) tee_root: Option<B256>,
    /// Enclave measurements the user pinned: a node must run one of them as well as one the
    /// registry approves (empty: whatever the registry approves).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) tee_measurements: Vec<B256>,
    /// The node `--via-tee` prefers (default: the first active node that verifies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) tee_node: Option<Address>,
}

/// Where the account key and the memory keys come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub(crate) enum Identity {
    /// One of anvil's public test accounts: for devnets only.
    Dev {
        /// The account index (0..10).
        #[serde(default)]
        account: u32,
    },
    /// An encrypted Ethereum keystore file (password from `MEMSYNC_PASSWORD` or a prompt).
    Keystore {
        /// The file.
        keystore: PathBuf,
        /// How the memory keys are derived.
        #[serde(default)]
        root: Root,
    },
    /// A BIP-39 mnemonic the user keeps (from `MEMSYNC_MNEMONIC` or a prompt; never stored).
    Mnemonic {
        /// The BIP-44 account index of the signing key (m/44'/60'/0'/0/index).
        #[serde(default)]
        index: u32,
        /// How the memory keys are derived.
        #[serde(default)]
        root: Root,
    },
}

/// How the memory keys are derived.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Root {
    /// From the account's EIP-712 signature of a key-derivation message (any wallet can do it).
    #[default]
    Wallet,
    /// From the BIP-39 mnemonic's seed directly (mnemonic identities only).
    Mnemonic,
}

/// Where the CLI keeps its files.
#[derive(Clone, Debug)]
pub(crate) struct Paths {
    /// The config file.
    pub(crate) config: PathBuf,
    /// Where caches and generated keystores live.
    pub(crate) data: PathBuf,
}

impl Paths {
    /// The paths given, or the platform's defaults.
    pub(crate) fn resolve(config: Option<PathBuf>, data: Option<PathBuf>) -> anyhow::Result<Self> {
        let config = match config {
            Some(path) => path,
            None => dirs::config_dir()
                .context("no config directory on this platform: pass --config")?
                .join(APP_DIR)
                .join("config.toml"),
        };
        let data = match data {
            Some(path) => path,
            None => dirs::data_dir()
                .context("no data directory on this platform: pass --data-dir")?
                .join(APP_DIR),
        };
        Ok(Self { config, data })
    }
}

impl Config {
    /// Reads the config file; an absent file is an empty configuration.
    pub(crate) fn load(path: &Path) -> anyhow::Result<Self> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(err) => return Err(err).with_context(|| format!("reading {}", path.display())),
        };
        toml::from_str(&text).map_err(|err| {
            Failure::Config
                .wrap(anyhow::anyhow!("{} is not a valid config file: {err}", path.display()))
        })
    }

    /// Writes the config file (atomically: a temporary file renamed over it).
    pub(crate) fn save(&self, path: &Path) -> anyhow::Result<()> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let text = toml::to_string_pretty(self).context("serializing the config")?;
        let mut file = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("writing into {}", dir.display()))?;
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        file.persist(path).with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }

    /// The network named `name`, or the default one.
    pub(crate) fn network(&self, name: Option<&str>) -> anyhow::Result<(String, Network)> {
        let Some(name) = name.or(self.default_network.as_deref()) else {
            return Err(Failure::Config.wrap(anyhow::anyhow!(
                "no network chosen: pass --network NAME, or run `memsync init` (with `memsync \
                 devnet` running for a local chain)"
            )));
        };
        match self.networks.get(name) {
            Some(network) => Ok((name.to_owned(), network.clone())),
            None => {
                let known: Vec<&str> = self.networks.keys().map(String::as_str).collect();
                Err(Failure::Config.wrap(anyhow::anyhow!(
                    "no network named `{name}` in the config (known: {}); add it with `memsync \
                     init --add-network {name} --rpc-url URL --vault ADDRESS`",
                    if known.is_empty() { "none".to_owned() } else { known.join(", ") }
                )))
            }
        }
    }

    /// The identity, or an error that says how to set one up.
    pub(crate) fn identity(&self) -> anyhow::Result<&Identity> {
        self.identity.as_ref().ok_or_else(|| {
            Failure::Config.wrap(anyhow::anyhow!(
                "no identity set up: run `memsync init` (`--dev` on a devnet, `--new-keystore`, \
                 `--keystore FILE` or `--mnemonic`)"
            ))
        })
    }
}

/// Checks a network name: letters, digits, `-` and `_`.
pub(crate) fn check_network_name(name: &str) -> anyhow::Result<()> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(Failure::Config.wrap(anyhow::anyhow!(
            "network names are letters, digits, `-` and `_`: `{name}` is not one"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_documented_example_parses_and_round_trips() {
        let text = r#"
default_network = "devnet"

[identity]
kind = "keystore"
keystore = "/home/ada/.config/memsync/keystore.json"
root = "wallet"

[networks.devnet]
rpc_url = "http://127.0.0.1:8545"
chain_id = 31337
vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
deploy_block = 1
tee_registry = "0x8464135c8F25Da09e49BC8782676a84730C318bC"
tee_root = "0x641a0321a3e244efe456463195d606317ed7cdcc3c1756e09893f3c68f79bb5b"
tee_measurements = []
"#;
        let config: Config = toml::from_str(text).unwrap();
        assert!(matches!(config.identity, Some(Identity::Keystore { root: Root::Wallet, .. })));
        let network = config.network(None).unwrap().1;
        assert_eq!(network.chain_id, 31337);
        assert_eq!(network.tee_root, Some(memsync::tee::attestation::AWS_NITRO_ROOT_FINGERPRINT));
        assert!(network.tee_registry.is_some() && network.tee_node.is_none());
        let again: Config = toml::from_str(&toml::to_string_pretty(&config).unwrap()).unwrap();
        assert_eq!(again, config);
    }

    #[test]
    fn mistakes_are_named() {
        let err = toml::from_str::<Config>("default_netwrok = \"x\"").unwrap_err();
        assert!(err.to_string().contains("default_netwrok"), "{err}");
        let config = Config::default();
        assert!(config.network(Some("main")).unwrap_err().to_string().contains("no network named"));
        assert!(config.identity().unwrap_err().to_string().contains("memsync init"));
        assert!(check_network_name("base sepolia").is_err());
        assert!(check_network_name("base-sepolia").is_ok());
    }
}
