//! Opening the user's memory: the configured network and identity, a cache file per vault and
//! owner in the data directory, the network's RPC settings, and a spinner while it connects and
//! syncs.
//!
//! Reads do not need the chain: when it cannot be reached or does not verify, they answer from
//! the local cache and say so ([`Freshness::Stale`]). Writes and `memsync sync` fail instead.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use indicatif::{ProgressBar, ProgressStyle};
use memsync::blob::FileStore;
use memsync::memory::{CacheLocation, Freshness, MemoryClient, Progress, Source, Stage};
use memsync::rpc::RetryPolicy;
use memsync::{RpcConfig, StoragePolicy, Vault};

use crate::GlobalArgs;
use crate::config::{Config, Network, Paths};
use crate::exit;
use crate::freshness::{self, Notice};
use crate::identity::{self, Unlocked};

/// The app name memories added from the CLI carry.
pub(crate) const APP: &str = "memsync-cli";
/// Sealed memories over this size go to the network's blob folder when it has one.
const POINTER_ABOVE: usize = 16 * 1024;
/// How often the spinner turns while nothing reports progress.
const TICK: Duration = Duration::from_millis(120);
/// The longest a one-shot read waits for each request of its second try, once connecting failed.
const STALE_RETRY_TIMEOUT: Duration = Duration::from_secs(5);

/// What a command needs of the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    /// A read command: when the chain cannot be reached or does not verify, it answers from the
    /// local cache (if there is one), with a warning.
    Read,
    /// A write: the chain, or the network's error.
    Write,
    /// `memsync sync`: the chain, or the network's error; it reports what the sync did itself.
    Sync,
    /// `memsync mcp`: a server that reads and writes for as long as it runs; it starts from the
    /// local cache when the chain is down, and tells its client in each result.
    Serve,
}

impl Access {
    /// Whether answers may come from the cache alone.
    fn may_be_stale(self) -> bool {
        matches!(self, Self::Read | Self::Serve)
    }

    /// Whether the open prints what its sync did (the commands that do not report it
    /// themselves).
    fn announces(self) -> bool {
        matches!(self, Self::Read | Self::Write)
    }
}

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
    /// Whether the answers reflect the chain, as of the open.
    pub(crate) freshness: Freshness,
    /// What the sync at open did that the user should know.
    pub(crate) notices: Vec<Notice>,
}

impl Session {
    /// Opens the memory of the configured identity on the chosen network, for `access`.
    pub(crate) async fn open(global: &GlobalArgs, access: Access) -> anyhow::Result<Self> {
        let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
        let config = Config::load(&paths.config)?;
        let (network_name, network) = config.network(global.network.as_deref())?;
        let rpc = network.rpc_settings(&network_name)?;
        let identity = config.identity()?;
        identity::check_network(identity, &network_name, &network).await?;
        let unlocked = Unlocked::unlock(identity, network.chain_id)?;
        exit::working_on(&network_name, network.chain_id);
        let owner = unlocked.signer.address();
        let cache = paths.data.join(format!(
            "{}{}.sqlite",
            cache_prefix(network.chain_id, network.vault),
            owner.to_string().to_lowercase()
        ));
        // Without a cache there is nothing to answer from.
        let stale_ok = access.may_be_stale() && cache.is_file();

        let progress = progress_bar(global.json || global.quiet);
        progress.set_message(format!("connecting to {network_name} ({})", network.rpc_url));
        progress.enable_steady_tick(TICK);
        let builder = || {
            Vault::builder(&network.rpc_url).signer(unlocked.signer.clone()).finality(rpc.finality)
        };
        let connecting = || format!("connecting to network `{network_name}` ({})", network.rpc_url);
        let (vault, unreachable) =
            match builder().rpc(rpc.rpc_config()).connect(network.vault).await {
                Ok(vault) => (vault, None),
                Err(err) if stale_ok && is_unreachable(&err) => {
                    // A one-shot read tries once more, quickly, as it opens; a server keeps the whole
                    // retry budget for when the chain is back.
                    let retry = match access {
                        Access::Serve => rpc.rpc_config(),
                        _ => RpcConfig::default()
                            .timeout(rpc.timeout.min(STALE_RETRY_TIMEOUT))
                            .retry(RetryPolicy::NONE),
                    };
                    let vault =
                        builder().rpc(retry).connect_lazily(network.vault, network.chain_id)?;
                    (vault, Some(format!("{}: {err}", connecting())))
                }
                Err(err) => return Err(anyhow::Error::new(err).context(connecting())),
            };
        if unreachable.is_none() && vault.chain_id() != network.chain_id {
            return Err(identity::chain_mismatch(&network_name, &network, vault.chain_id()));
        }
        let latest_epoch = match unreachable {
            Some(_) => KeyEpochNote::read(&cache),
            None => match vault.key_epoch(owner).await {
                Ok(epoch) => {
                    KeyEpochNote::write(&cache, epoch);
                    epoch
                }
                Err(err) if stale_ok && is_unreachable(&err) => KeyEpochNote::read(&cache),
                Err(err) => return Err(err.into()),
            },
        };
        let keyring = unlocked.keyring(&vault, latest_epoch).await?;

        let bar = progress.clone();
        let mut builder = MemoryClient::builder(vault, keyring)
            .cache(CacheLocation::File(cache.clone()))
            .source(Source::app(APP))
            .sync_plan(rpc.sync_plan())
            .allow_stale(stale_ok)
            .on_progress(move |p| show(&bar, &p));
        if let Some(dir) = &network.blob_dir {
            builder = builder
                .blob_store(Arc::new(FileStore::new(dir)))
                .storage_policy(StoragePolicy::pointer_above(POINTER_ABOVE));
        }
        let client = builder.open().await?;
        // When connecting failed, that is the reason to give: the open's quick second try says
        // the same in fewer words.
        let freshness = match (client.freshness().await, unreachable) {
            (Freshness::Stale { checkpoint_seq, .. }, Some(reason)) => {
                Freshness::Stale { reason, checkpoint_seq }
            }
            (freshness, _) => freshness,
        };
        let notices = freshness::notices(&client.open_report().await);
        let signer = unlocked.signer.clone();
        let session = Self {
            client,
            network: network_name,
            settings: network,
            signer,
            cache,
            progress,
            freshness,
            notices,
        };
        if access.announces() {
            for notice in &session.notices {
                session.warn(&notice.line());
            }
            if let Some(warning) = freshness::stale_warning(&session.freshness) {
                session.warn(&format!("warning: {warning}"));
            }
        }
        Ok(session)
    }

    /// Prints `line` on stderr, above the spinner.
    pub(crate) fn warn(&self, line: &str) {
        self.progress.suspend(|| eprintln!("{line}"));
    }
}

/// Whether `err` says the RPC could not be reached (as opposed to a wrong configuration).
fn is_unreachable(err: &memsync::VaultError) -> bool {
    matches!(err, memsync::VaultError::Rpc { .. } | memsync::VaultError::RpcGaveUp { .. })
}

/// The newest key epoch the owner had published when the chain was last reached, kept next to
/// the cache: without the chain, it says which epochs' keys the cached records need.
struct KeyEpochNote;

impl KeyEpochNote {
    fn path(cache: &Path) -> PathBuf {
        let mut name = cache.as_os_str().to_owned();
        name.push(".key-epoch");
        PathBuf::from(name)
    }

    /// The remembered epoch (the first if none is).
    fn read(cache: &Path) -> u64 {
        std::fs::read_to_string(Self::path(cache))
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(1)
    }

    /// Remembers `epoch` (best effort: without it, an offline read opens the first epoch only).
    fn write(cache: &Path, epoch: u64) {
        if Self::read(cache) != epoch || !Self::path(cache).is_file() {
            if let Some(dir) = cache.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = std::fs::write(Self::path(cache), format!("{epoch}\n"));
        }
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
        Stage::Connecting => "connecting",
        Stage::WaitingForRpc => {
            let blocks = if progress.done == 1 { "block" } else { "blocks" };
            bar.set_style(spinner_style());
            bar.set_message(format!("the RPC is {} {blocks} behind; waiting", progress.done));
            return;
        }
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
