//! Confidential updates through attested TEE nodes: `memsync tee nodes`, `memsync tee verify`,
//! and the node side of `memsync add --messages FILE --via-tee`.
//!
//! The client trusts its own configuration only: the attestation root it pins (`tee_root`, the
//! AWS Nitro root by default), the measurements it pins (`tee_measurements`), and the registry
//! for what else is approved. Every use of a node verifies its attestation first, here.

use alloy::primitives::{Address, B256};
use alloy::providers::Provider as _;
use anyhow::Context as _;
use jiff::Timestamp;
use memsync::extract::Message;
use memsync::memory::Source;
use memsync::tee::attestation::{AWS_NITRO_ROOT_FINGERPRINT, DEV_MODULE_ID_PREFIX, Verifier};
use memsync::tee::client::{TeeClient, TeeError, TeeUpdate, VerifiedNode};
use memsync::tee::registry::{MeasurementStatus, NodeStatus, TeeRegistry};
use serde_json::{Value, json};

use crate::GlobalArgs;
use crate::config::{Config, Network, Paths};
use crate::exit::Failure;
use crate::output::Output;
use crate::session::{APP, Session};

#[derive(Debug, clap::Subcommand)]
pub(crate) enum TeeCommand {
    /// List the active nodes of the network's TeeRegistry.
    Nodes,
    /// Verify a node's attestation now and show what it attests (exit 8 if it does not verify).
    Verify(VerifyArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct VerifyArgs {
    /// The node's address (default: the network's `tee_node`, else every active node).
    node: Option<Address>,
}

/// A network's registry and a client verifying with the network's pins.
pub(crate) struct Tee {
    pub(crate) client: TeeClient,
    network: String,
    root: B256,
    pinned: Vec<B256>,
    preferred: Option<Address>,
}

impl Tee {
    /// Connects to the TeeRegistry of network `name`.
    pub(crate) async fn connect(name: &str, network: &Network) -> anyhow::Result<Self> {
        let Some(address) = network.tee_registry else {
            return Err(Failure::Config.wrap(anyhow::anyhow!(
                "network `{name}` has no TEE registry: add `tee_registry = \"0x…\"` to \
                 [networks.{name}] in the config file (or `memsync init --add-network {name} … \
                 --tee-registry ADDRESS`); `memsync devnet` sets one up"
            )));
        };
        let registry = TeeRegistry::builder(&network.rpc_url)
            .connect(address)
            .await
            .with_context(|| format!("connecting to the TEE registry of network `{name}`"))?;
        let chain_id = registry
            .provider()
            .get_chain_id()
            .await
            .map_err(|e| Failure::Network.wrap(anyhow::anyhow!("{} (eth_chainId)", e)))?;
        if chain_id != network.chain_id {
            return Err(Failure::Config.wrap(anyhow::anyhow!(
                "{} serves chain {chain_id}, but network `{name}` is configured for chain {}",
                network.rpc_url,
                network.chain_id
            )));
        }
        let root = network.tee_root.unwrap_or(AWS_NITRO_ROOT_FINGERPRINT);
        let verifier =
            Verifier::pinned_root(root).pin_measurements(network.tee_measurements.iter().copied());
        Ok(Self {
            client: TeeClient::new(registry, verifier),
            network: name.to_owned(),
            root,
            pinned: network.tee_measurements.clone(),
            preferred: network.tee_node,
        })
    }

    /// The configured network's registry.
    async fn open(global: &GlobalArgs) -> anyhow::Result<Self> {
        let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
        let config = Config::load(&paths.config)?;
        let (name, network) = config.network(global.network.as_deref())?;
        Self::connect(&name, &network).await
    }

    fn registry(&self) -> &TeeRegistry {
        self.client.registry()
    }

    /// Warns people (after a result; an error says what went wrong instead) when the pinned
    /// root is not the AWS Nitro root.
    fn warn_about_root(&self, out: Output) {
        if self.root != AWS_NITRO_ROOT_FINGERPRINT {
            out.note(&format!(
                "warning: network `{}` trusts attestation root {} instead of the AWS Nitro root; \
                 `memsync devnet` pins its INSECURE dev CA like this: for development only, \
                 never for real memories",
                self.network, self.root
            ));
        }
    }

    /// Verifies `node` now; a refusal says why in the user's terms.
    pub(crate) async fn verify(&self, node: Address) -> anyhow::Result<VerifiedNode> {
        match self.client.verify(node).await {
            Ok(verified) => Ok(verified),
            Err(TeeError::Inactive { node }) => {
                Err(Failure::Integrity.wrap(anyhow::anyhow!(self.why_inactive(node).await)))
            }
            Err(err) => Err(anyhow::Error::new(err)
                .context(format!("TEE node {node} does not verify: nothing was sent to it"))),
        }
    }

    /// The node to use: `explicit`, else the network's preferred node, else the first active
    /// node that verifies.
    pub(crate) async fn choose(&self, explicit: Option<Address>) -> anyhow::Result<VerifiedNode> {
        if let Some(node) = explicit.or(self.preferred) {
            return self.verify(node).await;
        }
        self.client.pick().await.map_err(|err| {
            let hint = match &err {
                TeeError::NoActiveNode => format!(
                    " (registry {}; `memsync tee nodes` lists the active ones)",
                    self.registry().address()
                ),
                _ => " (`memsync tee verify` shows why)".to_owned(),
            };
            let message = format!("no TEE node verifies, so nothing was sent{hint}");
            anyhow::Error::new(err).context(message)
        })
    }

    /// Why the registry does not count `node` as active, from its record.
    async fn why_inactive(&self, node: Address) -> String {
        let head = format!("TEE node {node} is not active in the TeeRegistry");
        let Ok(Some(info)) = self.registry().node(node).await else {
            return format!("{head}; nothing was sent to it");
        };
        let reason = match info.status {
            NodeStatus::Deregistered => "it deregistered".to_owned(),
            NodeStatus::Removed => "the registry's operator removed it".to_owned(),
            _ => match self.registry().measurement_status(info.measurement).await {
                Ok(MeasurementStatus::Revoked) => format!(
                    "its enclave measurement {} was revoked: that image is no longer trusted",
                    info.measurement
                ),
                Ok(MeasurementStatus::Unknown) => {
                    format!("its enclave measurement {} is not approved", info.measurement)
                }
                _ => format!(
                    "its last heartbeat ({}) is older than the registry allows",
                    time(info.last_heartbeat)
                ),
            },
        };
        format!("{head}: {reason}; refusing to use it, nothing was sent to it")
    }
}

pub(crate) async fn run(global: &GlobalArgs, command: TeeCommand) -> anyhow::Result<()> {
    match command {
        TeeCommand::Nodes => nodes(global).await,
        TeeCommand::Verify(args) => verify(global, args).await,
    }
}

async fn nodes(global: &GlobalArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let tee = Tee::open(global).await?;
    let nodes = tee.client.nodes().await?;
    let now = Timestamp::now().as_second().max(0).cast_unsigned();
    let mut text = Vec::new();
    let mut rows = Vec::new();
    for (address, info) in &nodes {
        text.push(format!("{address}  {}", info.endpoint));
        text.push(format!(
            "  measurement {}  last heartbeat {} ({} ago)",
            info.measurement,
            time(info.last_heartbeat),
            ago(now.saturating_sub(info.last_heartbeat))
        ));
        rows.push(json!({
            "node": address,
            "endpoint": info.endpoint,
            "measurement": info.measurement,
            "hpke_public_key": info.hpke_public_key,
            "registered_at": time(info.registered_at),
            "last_heartbeat": time(info.last_heartbeat),
        }));
    }
    text.push(match nodes.len() {
        0 => format!("(no active node in TeeRegistry {})", tee.registry().address()),
        1 => format!("(1 active node in TeeRegistry {})", tee.registry().address()),
        n => format!("({n} active nodes in TeeRegistry {})", tee.registry().address()),
    });
    out.done(&rows, &text.join("\n"));
    Ok(())
}

async fn verify(global: &GlobalArgs, args: VerifyArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let tee = Tee::open(global).await?;
    if let Some(node) = args.node.or(tee.preferred) {
        let verified = tee.verify(node).await?;
        let (value, text) = tee.describe(&verified);
        // A list of the nodes verified, whether one was named or not: one shape for scripts.
        out.done(&[value], &text);
        tee.warn_about_root(out);
        return Ok(());
    }
    let nodes = tee.client.nodes().await?;
    if nodes.is_empty() {
        return Err(anyhow::Error::new(memsync::Error::Tee(TeeError::NoActiveNode))
            .context(format!("nothing to verify (registry {})", tee.registry().address())));
    }
    let mut values = Vec::new();
    let mut texts = Vec::new();
    for (node, _) in nodes {
        let verified = tee.verify(node).await?;
        let (value, text) = tee.describe(&verified);
        values.push(value);
        texts.push(text);
    }
    out.done(&values, &texts.join("\n\n"));
    tee.warn_about_root(out);
    Ok(())
}

impl Tee {
    /// What a verified node attests, as JSON and as text.
    fn describe(&self, node: &VerifiedNode) -> (Value, String) {
        let attested = &node.attestation;
        let insecure = attested.module_id.starts_with(DEV_MODULE_ID_PREFIX);
        let pinned = self.pinned.contains(&node.measurement);
        let pcrs: serde_json::Map<String, Value> = attested
            .pcrs
            .iter()
            .map(|(index, value)| (index.to_string(), Value::from(alloy::hex::encode(value))))
            .collect();
        let value = json!({
            "node": node.address,
            "endpoint": node.endpoint,
            "verified": true,
            "module_id": attested.module_id,
            "insecure_dev_attester": insecure,
            "measurement": node.measurement,
            "measurement_pinned": pinned,
            "pcrs": pcrs,
            "timestamp": attested.timestamp,
            "signing_key_address": attested.node,
            "hpke_public_key": B256::from(attested.hpke_public_key),
            "root": self.root,
            "root_is_aws_nitro": self.root == AWS_NITRO_ROOT_FINGERPRINT,
        });
        let mut text = vec![
            format!("{}  verified just now by this client", node.address),
            format!("  endpoint     {}", node.endpoint),
            format!(
                "  module id    {}{}",
                attested.module_id,
                if insecure { "  (INSECURE dev attester: attests to nothing)" } else { "" }
            ),
            format!(
                "  measurement  {}  ({})",
                node.measurement,
                if pinned {
                    "approved by the registry and pinned by you"
                } else {
                    "approved by the registry; you pin none"
                }
            ),
        ];
        text.extend(
            attested
                .pcrs
                .iter()
                .map(|(i, v)| format!("  PCR{i:<2}        {}", alloy::hex::encode(v))),
        );
        text.push(format!("  timestamp    {}", attested.timestamp));
        text.push(format!("  signing key  {} (its address, as registered)", attested.node));
        text.push(format!(
            "  HPKE key     {} (requests are sealed to it)",
            B256::from(attested.hpke_public_key)
        ));
        text.push(format!(
            "  root         {}{}",
            self.root,
            if self.root == AWS_NITRO_ROOT_FINGERPRINT {
                "  (AWS Nitro Enclaves)"
            } else {
                "  (pinned in your config: not AWS Nitro)"
            }
        ));
        (value, text.join("\n"))
    }
}

/// `memsync add --messages FILE --via-tee [NODE]`: the conversation, sealed to a node this
/// client verified, which extracts, reconciles and writes as the owner's delegate.
pub(crate) async fn add_messages(
    global: &GlobalArgs,
    session: &Session,
    node: Option<Address>,
    messages: &[Message],
) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let tee = Tee::connect(&session.network, &session.settings).await?;
    session.progress.set_message("verifying the TEE node's attestation");
    session.progress.tick();
    let verified = tee.choose(node).await?;
    session.progress.set_message("sealing the conversation to the node");
    session.progress.tick();
    let update: TeeUpdate = tee
        .client
        .add_messages(&session.client, &session.signer, &verified, messages, Some(Source::app(APP)))
        .await
        .with_context(|| {
            format!("the confidential update through TEE node {}", verified.address)
        })?;
    session.progress.finish_and_clear();

    let mut text: Vec<String> = update
        .applied
        .iter()
        .map(|applied| {
            format!("{:<9} {}", applied.action.as_str(), crate::output::safe(&applied.text))
        })
        .collect();
    if text.is_empty() {
        text.push("nothing new to remember".to_owned());
    }
    let insecure = verified.attestation.module_id.starts_with(DEV_MODULE_ID_PREFIX);
    text.push(format!(
        "through TEE node {} at {} (measurement {}; attestation verified by this client{})",
        verified.address,
        verified.endpoint,
        verified.measurement,
        if insecure { ", INSECURE dev attester" } else { "" }
    ));
    text.push(format!(
        "receipt: request {} signed by the node at {} (signature {}, checked)",
        update.request_hash,
        time(update.timestamp),
        short_hex(&update.signature)
    ));
    // The shape of every `add` (`applied::applied_json`), with the node and its receipt.
    let mut report = crate::applied::applied_json(session, &update.applied).await?;
    report["node"] = json!({
        "address": verified.address,
        "endpoint": verified.endpoint,
        "measurement": verified.measurement,
        "module_id": verified.attestation.module_id,
        "insecure_dev_attester": insecure,
    });
    report["receipt"] = json!({
        "request_hash": update.request_hash,
        "timestamp": time(update.timestamp),
        "signature": update.signature,
    });
    out.done(&report, &text.join("\n"));
    tee.warn_about_root(out);
    Ok(())
}

/// A Unix time in seconds, as RFC 3339.
fn time(seconds: u64) -> String {
    i64::try_from(seconds)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .map_or_else(|| seconds.to_string(), |t| t.to_string())
}

/// A duration in seconds, briefly.
fn ago(seconds: u64) -> String {
    match seconds {
        0..120 => format!("{seconds} s"),
        120..7200 => format!("{} min", seconds / 60),
        _ => format!("{} h", seconds / 3600),
    }
}

/// The first and last bytes of `bytes` in hex.
fn short_hex(bytes: &[u8]) -> String {
    let hex = alloy::hex::encode(bytes);
    if hex.len() <= 20 {
        format!("0x{hex}")
    } else {
        format!("0x{}…{}", &hex[..8], &hex[hex.len() - 8..])
    }
}
