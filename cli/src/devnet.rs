//! `memsync devnet`: a local chain with a vault, a TeeRegistry and a TEE node (INSECURE dev
//! attester), kept running until Ctrl-C.

use std::fs;
use std::path::Path;
use std::time::Duration;

use alloy::primitives::Address;
use anyhow::Context as _;
use memsync::Devnet;
use serde::Serialize;

use crate::config::{Config, Network, Paths};
use crate::dev_node::{DevNode, INSECURE_NOTICE};
use crate::session::cache_prefix;
use crate::{DevnetArgs, GlobalArgs};

/// The network name `memsync devnet` registers.
pub(crate) const NETWORK: &str = "devnet";

/// How often the devnet's node sends a heartbeat (the devnet registry's maximum age is an hour).
const HEARTBEAT_EVERY: Duration = Duration::from_secs(10 * 60);

/// What `memsync devnet` saves so that other commands and tools can find the chain.
#[derive(Debug, Serialize)]
struct DevnetInfo {
    rpc_url: String,
    chain_id: u64,
    vault: String,
    deploy_block: u64,
    anvil: String,
    tee_registry: String,
    attestation_verifier: String,
    tee_node: String,
    tee_endpoint: String,
    tee_measurement: String,
    /// SHA-256 of the dev node's CA root: INSECURE, pinned only for this devnet.
    tee_root: String,
}

pub(crate) async fn run(global: &GlobalArgs, args: DevnetArgs) -> anyhow::Result<()> {
    let mut builder = Devnet::builder();
    if let Some(path) = args.anvil.anvil {
        builder = builder.anvil(path);
    }
    if let Some(port) = args.port {
        builder = builder.port(port);
    }
    let devnet = builder.spawn().await?;
    let mut node = DevNode::start(&devnet, args.tee_port.unwrap_or(0)).await?;
    node.keep_alive(HEARTBEAT_EVERY);
    let info = DevnetInfo {
        rpc_url: devnet.rpc_url(),
        chain_id: devnet.chain_id(),
        vault: devnet.vault_address().to_checksum(None),
        deploy_block: devnet.deploy_block(),
        anvil: devnet.anvil_path().display().to_string(),
        tee_registry: devnet.tee_registry_address().to_checksum(None),
        attestation_verifier: devnet.attestation_verifier_address().to_checksum(None),
        tee_node: node.address().to_checksum(None),
        tee_endpoint: node.endpoint().to_owned(),
        tee_measurement: node.measurement().to_string(),
        tee_root: node.root().to_string(),
    };
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    fs::write(&args.out, serde_json::to_string_pretty(&info)? + "\n")
        .with_context(|| format!("writing {}", args.out.display()))?;

    // Other commands (in another terminal) find the chain as network `devnet`.
    let registered = if args.no_config {
        None
    } else {
        let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
        let mut config = Config::load(&paths.config)?;
        let blob_dir = paths.data.join("blobs").join(NETWORK);
        config.networks.insert(
            NETWORK.to_owned(),
            Network {
                rpc_url: info.rpc_url.clone(),
                chain_id: info.chain_id,
                vault: devnet.vault_address(),
                deploy_block: info.deploy_block,
                blob_dir: Some(blob_dir),
                tee_registry: Some(devnet.tee_registry_address()),
                // The dev node's CA: a client of this network trusts it, and nothing else does.
                tee_root: Some(node.root()),
                tee_measurements: Vec::new(),
                tee_node: None,
                // A local anvil answers in milliseconds and never lags: fail fast when it is
                // stopped (reads then answer from the cache). Its `finalized` block is 64
                // below the tip.
                rpc_timeout_secs: Some(5),
                rpc_retries: Some(4),
                finality: Some(memsync::Finality::Finalized),
                lag_wait_secs: Some(5),
            },
        );
        config.default_network.get_or_insert_with(|| NETWORK.to_owned());
        config.save(&paths.config)?;
        let stale = remove_stale_caches(&paths.data, info.chain_id, devnet.vault_address())?;
        Some((paths.config, stale))
    };

    println!("MemSync devnet running (anvil, hardfork {})", memsync::HARDFORK);
    println!("  RPC URL       {}", info.rpc_url);
    println!("  chain id      {}", info.chain_id);
    println!("  MemoryVault   {}", info.vault);
    println!("  deploy block  {}", info.deploy_block);
    println!("  TeeRegistry   {}", info.tee_registry);
    println!("  TEE node      {} at {}", info.tee_node, info.tee_endpoint);
    println!("  measurement   {} (approved; node registered by the checker)", info.tee_measurement);
    println!("  tee_root      {} <- INSECURE dev root", info.tee_root);
    println!("  WARNING       {INSECURE_NOTICE}.");
    println!(
        "  dev account 0 {} (test key, never use on a real network)",
        devnet.signer(0).address()
    );
    println!("  saved to      {}", args.out.display());
    if let Some((config, stale)) = registered {
        println!("  network       `{NETWORK}` in {}", config.display());
        if stale > 0 {
            println!("  removed       {stale} cache file(s) of an earlier devnet");
        }
        println!("Next, in another terminal: memsync init --dev, then memsync add \"...\"");
        println!("  or, through the TEE node: memsync add --messages chat.json --via-tee");
    }
    println!("Press Ctrl-C to stop.");
    tokio::signal::ctrl_c().await.context("waiting for Ctrl-C")?;
    drop(node);
    println!("stopping the TEE node and anvil");
    Ok(())
}

/// Removes the cache files an earlier devnet left in `data`. Every devnet has the same chain id
/// and vault address, so they would name this one's caches; but they hold the log of a chain
/// that is gone, which the new chain's log is shorter than, and every command would refuse it.
fn remove_stale_caches(data: &Path, chain_id: u64, vault: Address) -> anyhow::Result<usize> {
    let prefix = cache_prefix(chain_id, vault);
    let entries = match fs::read_dir(data) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(err) => return Err(err).with_context(|| format!("reading {}", data.display())),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", data.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let cache = [".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite.key-epoch"]
            .iter()
            .any(|s| name.ends_with(s));
        if name.starts_with(&prefix) && cache {
            fs::remove_file(entry.path())
                .with_context(|| format!("removing {}", entry.path().display()))?;
            removed += usize::from(name.ends_with(".sqlite"));
        }
    }
    Ok(removed)
}
