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
//! rpc_timeout_secs = 15                   # how long one JSON-RPC request may take
//! rpc_retries = 8                         # attempts per request (transient failures retried)
//! finality = "finalized"                  # "finalized", "safe", or a number of confirmations
//! lag_wait_secs = 20                      # how long to wait for an RPC behind this device
//!
//! [apps."claude-ai"]                      # what an MCP client may see and write (docs/APPS.md)
//! categories = ["career", "productivity"] # absent: every category but private
//! kinds = ["semantic"]                    # absent: both
//! read_only = true
//! allow_private = false                   # `private` is hidden from every app unless allowed
//! ```
//!
//! The four RPC settings of a network are optional (the defaults above apply), and the
//! environment overrides them for every network: `MEMSYNC_RPC_TIMEOUT_SECS`,
//! `MEMSYNC_RPC_RETRIES`, `MEMSYNC_FINALITY`, `MEMSYNC_LAG_WAIT_SECS`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use alloy::primitives::{Address, B256};
use anyhow::Context as _;
use memsync::memory::AppScope;
use memsync::rpc::RetryPolicy;
use memsync::sync::SyncPlan;
use memsync::{Finality, RpcConfig};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
    /// Seconds one JSON-RPC request may take before it counts as failed (default 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rpc_timeout_secs: Option<u64>,
    /// Attempts per JSON-RPC request: transient failures (HTTP 429 and 5xx, resets, timeouts)
    /// are retried with backoff up to this many times in all (default 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rpc_retries: Option<u32>,
    /// Which blocks count as final: entries after them are rolled back if a reorg replaces
    /// their blocks (default `finalized`).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "finality_setting")]
    pub(crate) finality: Option<Finality>,
    /// Seconds a sync waits for an RPC that is behind what this device has seen (a lagging
    /// replica) before it gives up (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) lag_wait_secs: Option<u64>,
}

/// The RPC settings of a network, once the defaults and the environment are applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RpcSettings {
    /// How long one request may take.
    pub(crate) timeout: Duration,
    /// Attempts per request.
    pub(crate) attempts: u32,
    /// Which blocks count as final.
    pub(crate) finality: Finality,
    /// How long a sync waits for a lagging RPC.
    pub(crate) lag_wait: Duration,
}

impl Default for RpcSettings {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(15),
            attempts: RetryPolicy::default().attempts,
            finality: Finality::default(),
            lag_wait: SyncPlan::default().lag_wait,
        }
    }
}

impl RpcSettings {
    /// The timeout and retries of every request.
    pub(crate) fn rpc_config(&self) -> RpcConfig {
        RpcConfig::default()
            .timeout(self.timeout)
            .retry(RetryPolicy { attempts: self.attempts, ..RetryPolicy::default() })
    }

    /// How syncs wait for a lagging RPC.
    pub(crate) fn sync_plan(&self) -> SyncPlan {
        SyncPlan { lag_wait: self.lag_wait, ..SyncPlan::default() }
    }
}

/// The environment variables that override every network's RPC settings.
pub(crate) const RPC_TIMEOUT_ENV: &str = "MEMSYNC_RPC_TIMEOUT_SECS";
/// See [`RPC_TIMEOUT_ENV`].
pub(crate) const RPC_RETRIES_ENV: &str = "MEMSYNC_RPC_RETRIES";
/// See [`RPC_TIMEOUT_ENV`].
pub(crate) const FINALITY_ENV: &str = "MEMSYNC_FINALITY";
/// See [`RPC_TIMEOUT_ENV`].
pub(crate) const LAG_WAIT_ENV: &str = "MEMSYNC_LAG_WAIT_SECS";

impl Network {
    /// The network's RPC settings: the environment's, else the config's, else the defaults.
    pub(crate) fn rpc_settings(&self, name: &str) -> anyhow::Result<RpcSettings> {
        self.rpc_settings_with(name, |key| std::env::var(key).ok())
    }

    fn rpc_settings_with(
        &self,
        name: &str,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<RpcSettings> {
        let defaults = RpcSettings::default();
        let number = |key: &str, configured: Option<u64>| -> anyhow::Result<Option<u64>> {
            match env(key) {
                Some(text) => text.trim().parse().map(Some).map_err(|_| {
                    Failure::Config.wrap(anyhow::anyhow!(
                        "{key} is `{text}`: give a whole number, or unset it"
                    ))
                }),
                None => Ok(configured),
            }
        };
        let timeout = number(RPC_TIMEOUT_ENV, self.rpc_timeout_secs)?;
        let attempts = number(RPC_RETRIES_ENV, self.rpc_retries.map(u64::from))?;
        let lag_wait = number(LAG_WAIT_ENV, self.lag_wait_secs)?;
        let finality =
            match env(FINALITY_ENV) {
                Some(text) => Some(text.parse::<Finality>().map_err(|err| {
                    Failure::Config.wrap(anyhow::anyhow!("{FINALITY_ENV}: {err}"))
                })?),
                None => self.finality,
            };
        if timeout == Some(0) {
            return Err(Failure::Config
                .wrap(anyhow::anyhow!("network `{name}`: rpc_timeout_secs must be at least 1")));
        }
        let attempts = match attempts {
            None => defaults.attempts,
            Some(n @ 1..=100) => n as u32,
            Some(n) => {
                return Err(Failure::Config.wrap(anyhow::anyhow!(
                    "network `{name}`: rpc_retries is {n}; give 1 (no retries) to 100"
                )));
            }
        };
        Ok(RpcSettings {
            timeout: timeout.map_or(defaults.timeout, Duration::from_secs),
            attempts,
            finality: finality.unwrap_or(defaults.finality),
            lag_wait: lag_wait.map_or(defaults.lag_wait, Duration::from_secs),
        })
    }
}

/// `finality` in the config file: `"finalized"`, `"safe"`, or a number of confirmations (a
/// number, or a string of digits).
mod finality_setting {
    use super::*;

    pub(super) fn serialize<S: Serializer>(
        value: &Option<Finality>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(Finality::Confirmations(n)) => serializer.serialize_u64(*n),
            Some(Finality::Safe) => serializer.serialize_str("safe"),
            Some(_) => serializer.serialize_str("finalized"),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Finality>, D::Error> {
        deserializer.deserialize_any(Setting).map(Some)
    }

    struct Setting;

    impl serde::de::Visitor<'_> for Setting {
        type Value = Finality;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("\"finalized\", \"safe\" or a number of confirmations")
        }

        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Finality, E> {
            Ok(Finality::Confirmations(n))
        }

        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Finality, E> {
            u64::try_from(n)
                .map(Finality::Confirmations)
                .map_err(|_| E::custom(format!("finality: {n} confirmations cannot be negative")))
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Finality, E> {
            text.parse().map_err(|err| E::custom(format!("finality {err}")))
        }
    }
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
        /// Whether the mnemonic has a BIP-39 passphrase (from `MEMSYNC_PASSPHRASE` or a prompt;
        /// never stored): it changes the seed, so the account and the memory keys.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        passphrase: bool,
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
    fn rpc_settings_come_from_the_environment_the_config_or_the_defaults() {
        let text = r#"
[networks.a]
rpc_url = "http://127.0.0.1:8545"
chain_id = 1
vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3"

[networks.b]
rpc_url = "http://127.0.0.1:8545"
chain_id = 1
vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
rpc_timeout_secs = 3
rpc_retries = 2
finality = 12
lag_wait_secs = 1

[networks.c]
rpc_url = "http://127.0.0.1:8545"
chain_id = 1
vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
finality = "safe"
"#;
        let config: Config = toml::from_str(text).unwrap();
        let no_env = |_: &str| None;
        let settings = |name: &str, env: &dyn Fn(&str) -> Option<String>| {
            config.networks[name].rpc_settings_with(name, env)
        };
        assert_eq!(settings("a", &no_env).unwrap(), RpcSettings::default());
        assert_eq!(
            settings("b", &no_env).unwrap(),
            RpcSettings {
                timeout: Duration::from_secs(3),
                attempts: 2,
                finality: Finality::Confirmations(12),
                lag_wait: Duration::from_secs(1),
            }
        );
        assert_eq!(settings("c", &no_env).unwrap().finality, Finality::Safe);
        let env = |key: &str| match key {
            RPC_RETRIES_ENV => Some("1".to_owned()),
            FINALITY_ENV => Some("finalized".to_owned()),
            _ => None,
        };
        let b = settings("b", &env).unwrap();
        assert_eq!(
            (b.attempts, b.finality, b.timeout),
            (1, Finality::Finalized, Duration::from_secs(3))
        );
        assert_eq!(b.rpc_config().retry.attempts, 1);
        assert_eq!(b.sync_plan().lag_wait, Duration::from_secs(1));
        let again: Config = toml::from_str(&toml::to_string_pretty(&config).unwrap()).unwrap();
        assert_eq!(again, config);

        let bad = |key: &'static str, value: &'static str| {
            let env = move |k: &str| (k == key).then(|| value.to_owned());
            settings("a", &env).unwrap_err().to_string()
        };
        assert!(bad(RPC_TIMEOUT_ENV, "soon").contains("whole number"));
        assert!(bad(RPC_TIMEOUT_ENV, "0").contains("at least 1"));
        assert!(bad(RPC_RETRIES_ENV, "0").contains("give 1"));
        assert!(bad(FINALITY_ENV, "final").contains("confirmations"));
        let err = toml::from_str::<Config>(&text.replace("\"safe\"", "\"soon\"")).unwrap_err();
        assert!(err.to_string().contains("confirmations"), "{err}");
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
