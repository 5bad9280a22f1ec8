//! The `memsync-tee-node` command line: arguments, keys from the environment, the attester and
//! the extractor they choose, the ready line, heartbeats.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::{Node, NodeConfig};
use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use clap::{Parser, ValueEnum};
use memsync::extract::{Extractor, ExtractorConfig};
use memsync::tee::attestation::{Attester, DevAttester, Pcrs};

/// MemSync's TEE inference node.
#[derive(Debug, Parser)]
#[command(name = "memsync-tee-node", version, about)]
struct Args {
    /// The chain's JSON-RPC endpoint.
    #[arg(long, env = "MEMSYNC_RPC_URL")]
    rpc_url: String,
    /// The MemoryVault to write to.
    #[arg(long, env = "MEMSYNC_VAULT")]
    vault: Address,
    /// The TeeRegistry to register in and send heartbeats to.
    #[arg(long, env = "MEMSYNC_TEE_REGISTRY")]
    registry: Option<Address>,
    /// Where to listen (port 0: any free port; the ready line says which).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The name of an environment variable holding the signing key (hex). Without it the node
    /// generates its key at start, as an enclave does; the key then needs funds.
    #[arg(long)]
    signing_key_env: Option<String>,
    /// What produces attestation documents.
    #[arg(long, value_enum, default_value = "dev")]
    attester: AttesterKind,
    /// For the dev attester: the name of an environment variable holding the 32-byte hex seed
    /// of its test CA (clients pin the CA's root derived from it). Without it, a fresh CA.
    #[arg(long)]
    dev_ca_seed_env: Option<String>,
    /// For the dev attester: the image label its PCRs are derived from.
    #[arg(long, default_value = "memsync-tee-node-dev")]
    dev_image: String,
    /// The extractor configuration (TOML; default: the built-in offline extractor).
    #[arg(long)]
    extractor: Option<PathBuf>,
    /// Seconds between heartbeats to the registry once registered (0: none).
    #[arg(long, default_value_t = 600)]
    heartbeat_secs: u64,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum AttesterKind {
    /// INSECURE: Nitro-shaped documents from a local test CA, for devnets and tests.
    Dev,
    /// The Nitro Secure Module (inside an AWS Nitro enclave; needs the `nitro` feature).
    Nitro,
}

fn hex32(var: &str) -> anyhow::Result<zeroize::Zeroizing<[u8; 32]>> {
    let text = zeroize::Zeroizing::new(
        std::env::var(var).with_context(|| format!("environment variable {var} is not set"))?,
    );
    let mut out = zeroize::Zeroizing::new([0u8; 32]);
    alloy::hex::decode_to_slice(text.trim().trim_start_matches("0x"), out.as_mut())
        .with_context(|| format!("{var} must hold 32 bytes of hex"))?;
    Ok(out)
}

fn attester(args: &Args) -> anyhow::Result<Arc<dyn Attester>> {
    match args.attester {
        AttesterKind::Dev => {
            let pcrs = Pcrs::dev_image(&args.dev_image);
            let attester = match &args.dev_ca_seed_env {
                Some(var) => DevAttester::from_seed(*hex32(var)?, pcrs)?,
                None => DevAttester::generate(pcrs)?,
            };
            Ok(Arc::new(attester))
        }
        #[cfg(feature = "nitro")]
        AttesterKind::Nitro => Ok(Arc::new(memsync::tee::attestation::NitroAttester::open()?)),
        #[cfg(not(feature = "nitro"))]
        AttesterKind::Nitro => {
            anyhow::bail!("this build has no Nitro attester: build with `--features nitro`")
        }
    }
}

fn extractor(args: &Args) -> anyhow::Result<Arc<dyn Extractor>> {
    let Some(path) = &args.extractor else { return Ok(ExtractorConfig::default().build()?) };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the extractor configuration {}", path.display()))?;
    let config: ExtractorConfig = toml::from_str(&text)
        .with_context(|| format!("parsing the extractor configuration {}", path.display()))?;
    Ok(config.build()?)
}

/// The `memsync-tee-node` command: parses the process's arguments, installs the log subscriber
/// (stderr, `RUST_LOG`, default `memsync_tee_node=info,warn`), starts the node, prints one JSON
/// ready line on stdout (`listening`, `node`, `hpke_public_key`, `measurement`), and serves until
/// Ctrl-C. The binary's `main` is this alone, so another package can build the same binary (the
/// end-to-end tests do, to run the node as a process).
///
/// # Errors
///
/// Bad arguments or keys, a chain that does not answer, a port that cannot be bound.
pub async fn run_cli() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "memsync_tee_node=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let signer = match &args.signing_key_env {
        Some(var) => PrivateKeySigner::from_bytes(&(*hex32(var)?).into())
            .with_context(|| format!("{var} is not a valid secp256k1 key"))?,
        None => PrivateKeySigner::random(),
    };
    let node = Node::start(NodeConfig {
        rpc_url: args.rpc_url.clone(),
        vault: args.vault,
        registry: args.registry,
        signer,
        hpke: None,
        attester: attester(&args)?,
        extractor: extractor(&args)?,
        rpc: memsync::RpcConfig::default(),
        settle_every: Some(crate::SETTLE_EVERY),
    })
    .await?;
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("binding {}", args.listen))?;
    let local = listener.local_addr()?;
    // One line on stdout when ready, for supervisors and tests.
    println!(
        "{}",
        serde_json::json!({
            "listening": local.to_string(),
            "node": node.address(),
            "hpke_public_key": alloy::primitives::B256::from(node.hpke_public_key()),
            "measurement": node.measurement(),
        })
    );
    if args.registry.is_some() && args.heartbeat_secs > 0 {
        node.spawn_heartbeats(Duration::from_secs(args.heartbeat_secs));
    }
    axum::serve(listener, node.router())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
