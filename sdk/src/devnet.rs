//! A local chain for development and tests: finds anvil, starts it with the hardfork the
//! contracts are compiled for, and deploys an AttesterStatementVerifier, a TeeRegistry using it,
//! and a MemoryVault consulting that registry.

use std::path::{Path, PathBuf};

use alloy::node_bindings::{Anvil, AnvilInstance};
use alloy::primitives::Address;
use alloy::providers::Provider as _;
use alloy::signers::local::PrivateKeySigner;

use crate::error::{Error, Result};
use crate::tee::registry::{RegistryDeployment, TeeRegistry};
use crate::vault::{Vault, connect_provider};

/// The hardfork anvil runs: the same `evm_version` as foundry.toml, so gas (EIP-7623 calldata
/// floor, EIP-7825 transaction gas cap) is what mainnet charges.
pub const HARDFORK: &str = "osaka";

/// The environment variable that names the anvil binary.
pub const ANVIL_ENV: &str = "MEMSYNC_ANVIL";

/// How old a devnet node's last heartbeat may be for it to count as active, in seconds.
pub const DEVNET_MAX_HEARTBEAT_AGE: u64 = 3600;

/// A running anvil with MemSync's contracts deployed by dev account 0: an
/// AttesterStatementVerifier (owner and only checker: dev account 0), a TeeRegistry using it
/// (default admin with both roles: dev account 0, no admin transfer delay, a maximum heartbeat
/// age of [`DEVNET_MAX_HEARTBEAT_AGE`]), and a MemoryVault consulting that registry. anvil stops
/// when this is dropped.
#[derive(Debug)]
pub struct Devnet {
    anvil: AnvilInstance,
    anvil_path: PathBuf,
    vault: Address,
    tee_registry: Address,
    attestation_verifier: Address,
    deploy_block: u64,
}

/// Configures a [`Devnet`].
#[must_use = "a builder does nothing until `spawn`"]
#[derive(Debug, Default)]
pub struct DevnetBuilder {
    anvil: Option<PathBuf>,
    port: Option<u16>,
    block_time: Option<u64>,
    genesis_timestamp: Option<u64>,
}

impl DevnetBuilder {
    /// Uses this anvil binary instead of searching for one.
    pub fn anvil(mut self, path: impl Into<PathBuf>) -> Self {
        self.anvil = Some(path.into());
        self
    }

    /// Listens on this port (default: a free port chosen by the OS).
    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    /// Mines a block every `seconds` instead of one per transaction.
    pub fn block_time(mut self, seconds: u64) -> Self {
        self.block_time = Some(seconds);
        self
    }

    /// Starts the chain's clock at `unix_seconds` (anvil's `--timestamp`): every later block keeps
    /// that offset from this machine's clock. A date in the past gives a chain whose clock lags,
    /// to check that code measures on-chain deadlines by `block.timestamp`, not by its own
    /// clock.
    pub fn genesis_timestamp(mut self, unix_seconds: u64) -> Self {
        self.genesis_timestamp = Some(unix_seconds);
        self
    }

    /// Starts anvil and deploys the verifier, the registry and the vault from dev account 0.
    pub async fn spawn(self) -> Result<Devnet> {
        let path = find_anvil(self.anvil.as_deref())?;
        let mut anvil =
            Anvil::at(&path).arg("--hardfork").arg(HARDFORK).port(self.port.unwrap_or(0));
        if let Some(seconds) = self.block_time {
            anvil = anvil.block_time(seconds);
        }
        if let Some(seconds) = self.genesis_timestamp {
            anvil = anvil.arg("--timestamp").arg(seconds.to_string());
        }
        let spawn_path = path.clone();
        let anvil = tokio::task::spawn_blocking(move || anvil.try_spawn())
            .await
            .map_err(|e| Error::AnvilStart { path: spawn_path.clone(), reason: e.to_string() })?
            .map_err(|e| Error::AnvilStart { path: spawn_path, reason: e.to_string() })?;
        let deployer = dev_signer(&anvil, 0);
        let admin = deployer.address();
        let provider = connect_provider(
            &anvil.endpoint(),
            Some(deployer.clone().into()),
            &crate::rpc::RpcConfig::default(),
        )
        .await?
        .provider;
        let deployment = RegistryDeployment {
            admin,
            admin_delay: 0,
            checkers: vec![admin],
            max_heartbeat_age: DEVNET_MAX_HEARTBEAT_AGE,
        };
        let registry = TeeRegistry::deploy_with(provider, &deployment).await?;
        let attestation_verifier = registry.verifier_address().await?;
        let vault = Vault::builder(anvil.endpoint())
            .signer(deployer)
            .tee_registry(registry.address())
            .deploy()
            .await?;
        let receipt_block = vault
            .provider()
            .get_block_number()
            .await
            .map_err(crate::VaultError::rpc("eth_blockNumber"))?;
        Ok(Devnet {
            anvil,
            anvil_path: path,
            vault: vault.address(),
            tee_registry: registry.address(),
            attestation_verifier,
            deploy_block: receipt_block,
        })
    }
}

impl Devnet {
    /// Configures a devnet.
    pub fn builder() -> DevnetBuilder {
        DevnetBuilder::default()
    }

    /// Starts a devnet with the defaults.
    pub async fn spawn() -> Result<Self> {
        Self::builder().spawn().await
    }

    /// The HTTP RPC URL.
    pub fn rpc_url(&self) -> String {
        self.anvil.endpoint()
    }

    /// The chain id.
    pub fn chain_id(&self) -> u64 {
        self.anvil.chain_id()
    }

    /// The deployed vault.
    pub fn vault_address(&self) -> Address {
        self.vault
    }

    /// The deployed TeeRegistry the vault consults for TEE-node delegations.
    pub fn tee_registry_address(&self) -> Address {
        self.tee_registry
    }

    /// The deployed AttesterStatementVerifier the registry checks registrations with.
    pub fn attestation_verifier_address(&self) -> Address {
        self.attestation_verifier
    }

    /// The block the vault was deployed in (a lower bound for log scans).
    pub fn deploy_block(&self) -> u64 {
        self.deploy_block
    }

    /// The anvil binary in use.
    pub fn anvil_path(&self) -> &Path {
        &self.anvil_path
    }

    /// Dev account `index` (0..10), funded by anvil. Test keys: never use them on a real network.
    pub fn signer(&self, index: usize) -> PrivateKeySigner {
        dev_signer(&self.anvil, index)
    }

    /// A vault client signing as dev account `index`.
    pub async fn vault(&self, index: usize) -> Result<Vault> {
        Ok(Vault::builder(self.rpc_url()).signer(self.signer(index)).connect(self.vault).await?)
    }

    /// A TEE registry client signing as dev account `index` (0 holds every role and is the
    /// verifier's owner and checker).
    pub async fn tee_registry(&self, index: usize) -> Result<TeeRegistry> {
        Ok(TeeRegistry::builder(self.rpc_url())
            .signer(self.signer(index))
            .connect(self.tee_registry)
            .await?)
    }
}

fn dev_signer(anvil: &AnvilInstance, index: usize) -> PrivateKeySigner {
    let keys = anvil.keys();
    PrivateKeySigner::from(keys[index % keys.len()].clone())
}

/// Finds an anvil binary: `explicit` if given, else `$MEMSYNC_ANVIL`, else `anvil` on `PATH`,
/// else the binary the npm package `@foundry-rs/anvil` installs in a `node_modules` folder of the
/// current directory, an ancestor of it, or of this program's location.
pub fn find_anvil(explicit: Option<&Path>) -> Result<PathBuf> {
    let mut searched = Vec::new();
    if let Some(path) = explicit {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(Error::AnvilNotFound { searched: vec![path.to_path_buf()] })
        };
    }
    if let Some(path) = std::env::var_os(ANVIL_ENV).map(PathBuf::from) {
        if path.is_file() {
            return Ok(path);
        }
        searched.push(path);
    }
    let exe = if cfg!(windows) { "anvil.exe" } else { "anvil" };
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join(exe);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
        searched.push(PathBuf::from("$PATH"));
    }
    let mut roots = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        roots.push(cwd);
    }
    if let Some(dir) = std::env::current_exe().ok().and_then(|p| p.parent().map(Path::to_path_buf))
    {
        roots.push(dir);
    }
    roots.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    // Prefer the platform package's real binary over `.bin/anvil` (a Node launcher): killing the
    // launcher would leave anvil running.
    let relative = [
        PathBuf::from(format!("node_modules/@foundry-rs/anvil-{NPM_PLATFORM}/bin/{exe}")),
        PathBuf::from("node_modules/.bin").join(exe),
    ];
    for root in roots {
        for dir in root.ancestors() {
            for rel in &relative {
                let candidate = dir.join(rel);
                if candidate.is_file() {
                    return Ok(candidate);
                }
            }
        }
        searched.push(root.join("node_modules (and ancestors')"));
    }
    Err(Error::AnvilNotFound { searched })
}

/// The platform suffix of Foundry's npm packages on this machine (`@foundry-rs/anvil-<suffix>`).
pub const NPM_PLATFORM: &str =
    match (std::env::consts::OS.as_bytes(), std::env::consts::ARCH.as_bytes()) {
        (b"linux", b"aarch64") => "linux-arm64",
        (b"macos", b"aarch64") => "darwin-arm64",
        (b"macos", _) => "darwin-amd64",
        (b"windows", _) => "win32-amd64",
        _ => "linux-amd64",
    };
