//! Opening the user's memory: the configured network and identity, a cache file per vault and
//! owner in the data directory, and a progress bar for long operations.

use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use memsync::blob::FileStore;
use memsync::memory::{CacheLocation, MemoryClient, Progress, Source, Stage};
use memsync::{StoragePolicy, Vault};

use crate::GlobalArgs;
use crate::config::{Config, Network, Paths};
use crate::exit::Failure;
use crate::identity::Unlocked;

/// The app name memories added from the CLI carry.
pub(crate) const APP: &str = "memsync-cli";
/// Sealed memories over this size go to the network's blob folder when it has one.
const POINTER_ABOVE: usize = 16 * 1024;

/// An open memory, and what it was opened with.
pub(crate) struct Session {
    pub(crate) client: MemoryClient,
    pub(crate) network: String,
    /// The network's configuration.
    pub(crate) settings: Network,
    /// The owner's account key (it authorizes requests to TEE nodes).
    pub(crate) signer: PrivateKeySigner,
    pub(crate) cache: PathBuf,
    pub(crate) progress: ProgressBar,
}

impl Session {
    /// Opens the memory of the configured identity on the chosen network.
    pub(crate) async fn open(global: &GlobalArgs) -> anyhow::Result<Self> {
        let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
        let config = Config::load(&paths.config)?;
        let (network_name, network) = config.network(global.network.as_deref())?;
        let identity = config.identity()?;
        let unlocked = Unlocked::unlock(identity, network.chain_id)?;
        let owner = unlocked.signer.address();

        let vault = Vault::builder(&network.rpc_url)
            .signer(unlocked.signer.clone())
            .connect(network.vault)
            .await
            .with_context(|| {
                format!("connecting to network `{network_name}` ({})", network.rpc_url)
            })?;
        if vault.chain_id() != network.chain_id {
            return Err(Failure::Config.wrap(anyhow::anyhow!(
                "{} serves chain {}, but network `{network_name}` is configured for chain {}",
                network.rpc_url,
                vault.chain_id(),
                network.chain_id
            )));
        }
        let keyring = unlocked.keyring(&vault).await?;
        let cache = paths.data.join(format!(
            "{}{}.sqlite",
            cache_prefix(network.chain_id, network.vault),
            owner.to_string().to_lowercase()
        ));

        let progress = progress_bar(global.json || global.quiet);
        let bar = progress.clone();
        let mut builder = MemoryClient::builder(vault, keyring)
            .cache(CacheLocation::File(cache.clone()))
            .source(Source::app(APP))
            .on_progress(move |p| show(&bar, &p));
        if let Some(dir) = &network.blob_dir {
            builder = builder
                .blob_store(Arc::new(FileStore::new(dir)))
                .storage_policy(StoragePolicy::pointer_above(POINTER_ABOVE));
        }
        let client = builder.open().await?;
        let signer = unlocked.signer.clone();
        Ok(Self { client, network: network_name, settings: network, signer, cache, progress })
    }
}

/// How the names of the cache files of every owner of `vault` on chain `chain_id` begin (the
/// owner's address and `.sqlite` follow).
pub(crate) fn cache_prefix(chain_id: u64, vault: Address) -> String {
    format!("cache-{chain_id}-{}-", vault.to_string().to_lowercase())
}

impl Drop for Session {
    fn drop(&mut self) {
        self.progress.finish_and_clear();
    }
}

/// A progress bar on stderr, hidden when output is for scripts (or stderr is not a terminal,
/// which indicatif detects).
pub(crate) fn progress_bar(hidden: bool) -> ProgressBar {
    if hidden {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    bar.set_style(spinner_style());
    bar
}

/// A spinner and a message, while the amount of work is unknown.
fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

/// A bar with a count, once the amount of work is known.
fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg:<28} [{bar:30}] {pos}/{len}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

/// Shows one progress report on `bar`.
pub(crate) fn show(bar: &ProgressBar, progress: &Progress) {
    let message = match progress.stage {
        Stage::LoadingCache => "reading the local cache",
        Stage::Fetching => "fetching and verifying",
        Stage::Opening => "opening memories",
        Stage::Writing => "writing to the vault",
        Stage::Importing => "importing",
        Stage::Exporting => "exporting",
        _ => "working",
    };
    bar.set_message(message);
    match progress.total {
        Some(total) if total > 0 => {
            bar.set_style(bar_style());
            bar.set_length(total);
            bar.set_position(progress.done);
        }
        _ => {
            bar.set_style(spinner_style());
            bar.tick();
        }
    }
}
