//! Confidential updates through the devnet's TEE node (in `memsync devnet`'s process, INSECURE
//! dev attester): `tee nodes`, `tee verify`, `add --messages --via-tee`, and a node whose
//! measurement was revoked, which every command refuses before sending it anything.

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use memsync::tee::registry::TeeRegistry;
use serde_json::Value;

use crate::support::{DEV_KEY_0, Devnet, Home, write_file};

const CHAT: &str = r#"[
  {"role": "user", "content": "Hi! I'm Ada. I live in Berlin."},
  {"role": "assistant", "content": "Nice to meet you, Ada!"},
  {"role": "user", "content": "I'm allergic to penicillin, and I play the cello on Thursdays."}
]"#;

const LATER: &str = r#"[
  {"role": "user", "content": "Big news: I moved to Lisbon last month."},
  {"role": "user", "content": "And I don't play the cello anymore, no time."}
]"#;

/// `(action, text)` of each entry of an `add --via-tee --json` report.
fn applied(report: &Value) -> Vec<(String, String)> {
    report["applied"]
        .as_array()
        .expect("applied")
        .iter()
        .map(|a| {
            let field = |name: &str| a[name].as_str().expect("a string").to_owned();
            (field("action"), field("text"))
        })
        .collect()
}

/// Runs `future` on a runtime of its own (the tests themselves are synchronous).
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// The owner's log length and the delegation it holds for `node`, read from the chain.
fn chain_state(devnet: &Devnet, owner: Address, node: Address) -> (u64, bool) {
    block_on(async {
        let vault = memsync::Vault::builder(devnet.rpc_url.as_str())
            .connect(devnet.vault)
            .await
            .expect("vault");
        let seq = vault.log_state(owner).await.expect("log state").seq;
        let delegated = vault.delegation(owner, node).await.expect("delegation").is_some();
        (seq, delegated)
    })
}

fn dev_owner() -> Address {
    DEV_KEY_0.parse::<PrivateKeySigner>().expect("key").address()
}

#[test]
fn tee_nodes_verify_and_add_via_tee_work_against_the_devnets_node() {
    let devnet = Devnet::start();
    assert!(
        devnet.banner.contains("TEE node") && devnet.banner.contains("INSECURE"),
        "{}",
        devnet.banner
    );
    let home = devnet.home();
    home.json(&["init", "--dev"]);
    let node = devnet.tee_node.to_string();
    let lower = node.to_lowercase();

    // The devnet registered its registry, and pinned its dev CA's root.
    let config = std::fs::read_to_string(&home.config).expect("config");
    let registry = devnet.tee_registry.to_string().to_lowercase();
    assert!(config.contains(&format!("tee_registry = \"{registry}\"")), "{config}");
    assert!(config.contains(&format!("tee_root = \"{}\"", devnet.tee_root)), "{config}");

    // tee nodes: the devnet's node, active.
    let nodes = home.json(&["tee", "nodes"]);
    let nodes = nodes.as_array().expect("an array");
    assert_eq!(nodes.len(), 1, "{nodes:?}");
    assert_eq!(nodes[0]["node"].as_str().map(str::to_lowercase), Some(lower.clone()));
    assert_eq!(nodes[0]["measurement"], devnet.tee_measurement.to_string());
    assert!(nodes[0]["endpoint"].as_str().expect("endpoint").starts_with("http://127.0.0.1:"));
    assert!(nodes[0]["last_heartbeat"].as_str().is_some());
    let text = home.ok(&["tee", "nodes"]);
    assert!(text.contains(&node) && text.contains("(1 active node in TeeRegistry"), "{text}");

    // tee verify NODE: what the document attests, checked by the CLI itself; a list of the nodes
    // verified, with NODE as without.
    let verified = home.json(&["tee", "verify", &node]);
    assert_eq!(verified.as_array().map(Vec::len), Some(1), "{verified}");
    let verified = &verified[0];
    assert_eq!(verified["node"].as_str().map(str::to_lowercase), Some(lower.clone()));
    assert_eq!(verified["verified"], true);
    assert_eq!(
        verified["signing_key_address"].as_str().map(str::to_lowercase),
        Some(lower.clone())
    );
    assert_eq!(verified["measurement"], devnet.tee_measurement.to_string());
    assert_eq!(verified["insecure_dev_attester"], true);
    assert!(verified["module_id"].as_str().expect("module id").starts_with("memsync-dev-INSECURE"));
    assert_eq!(verified["root"], devnet.tee_root.to_string());
    assert_eq!(verified["root_is_aws_nitro"], false);
    for pcr in ["0", "1", "2"] {
        assert_eq!(verified["pcrs"][pcr].as_str().expect("a PCR").len(), 96, "{verified}");
    }
    // Without NODE: every active node.
    let all = home.json(&["tee", "verify"]);
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(&all[0]["node"], &verified["node"], "{all}");
    let run = home.run(&["tee", "verify", &node]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("verified just now by this client"), "{run}");
    assert!(run.stdout.contains("INSECURE dev attester"), "{run}");
    assert!(run.stderr.contains("instead of the AWS Nitro root"), "{run}");
    // A node the registry does not know.
    let unknown = Address::repeat_byte(0x42).to_string();
    let run = home.fails(6, &["tee", "verify", &unknown]);
    assert!(run.stderr.contains("is not registered in the TeeRegistry"), "{run}");

    // add --via-tee: the node extracts and writes as the owner's delegate; the CLI checks the
    // signed answer against the chain.
    let chat = write_file(devnet.root(), "chat.json", CHAT);
    let report = home.json(&["add", "--messages", &chat, "--via-tee"]);
    let actions = applied(&report);
    assert!(actions.contains(&("added".into(), "I'm allergic to penicillin.".into())), "{report}");
    assert!(actions.contains(&("added".into(), "I live in Berlin.".into())), "{report}");
    for entry in report["applied"].as_array().expect("applied") {
        assert_eq!(entry["memory"]["id"], entry["id"], "the shape of every `add`: {report}");
    }
    assert_eq!(report["node"]["address"].as_str().map(str::to_lowercase), Some(lower.clone()));
    assert_eq!(report["node"]["insecure_dev_attester"], true);
    assert_eq!(report["receipt"]["request_hash"].as_str().expect("request hash").len(), 66);
    assert!(report["receipt"]["signature"].as_str().expect("signature").len() > 2);
    let texts = home.texts(&[]);
    assert!(texts.contains(&"I'm allergic to penicillin.".to_owned()), "{texts:?}");
    let (_, delegated) = chain_state(&devnet, dev_owner(), devnet.tee_node);
    assert!(delegated, "the CLI granted the node a delegation");
    // History says the node wrote it, as its delegate.
    let added = report["applied"][0]["id"].as_str().expect("id").to_owned();
    let history = home.json(&["history", &added]);
    let writer = history[0]["writer"].as_str().map(str::to_lowercase);
    assert_eq!(writer, Some(lower.clone()), "{history}");
    let run = home.run(&["history", &added]);
    assert!(run.stdout.to_lowercase().contains(&format!("[by delegate {lower}]")), "{run}");

    // Text output, with the node named: what was applied, and the receipt.
    let later = write_file(devnet.root(), "later.json", LATER);
    let run = home.run(&["add", "--messages", &later, "--via-tee", &node]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("updated   I moved to Lisbon"), "{run}");
    assert!(run.stdout.contains("deleted   I play the cello"), "{run}");
    assert!(run.stdout.contains(&format!("through TEE node {node}")), "{run}");
    assert!(run.stdout.contains("receipt: request 0x"), "{run}");
    let texts = home.texts(&[]);
    assert!(!texts.iter().any(|t| t.contains("cello")), "{texts:?}");

    // --via-tee goes with --messages only.
    let run = home.run(&["add", "remember this", "--via-tee"]);
    assert_eq!(run.code, 2, "{run}");
}

#[test]
fn a_node_whose_measurement_was_revoked_is_refused_and_nothing_is_written() {
    let devnet = Devnet::start();
    let home: Home = devnet.home();
    home.json(&["init", "--dev"]);
    home.json(&["add", "Prefers green tea"]);
    let node = devnet.tee_node.to_string();
    let chat = write_file(devnet.root(), "chat.json", CHAT);

    // Governance (dev account 0 on the devnet) revokes the node's image.
    block_on(async {
        let key: PrivateKeySigner = DEV_KEY_0.parse().expect("key");
        let registry = TeeRegistry::builder(devnet.rpc_url.as_str())
            .signer(key)
            .connect(devnet.tee_registry)
            .await
            .expect("registry");
        registry.revoke_measurement(devnet.tee_measurement).await.expect("revoke");
    });
    let before = chain_state(&devnet, dev_owner(), devnet.tee_node);

    // tee verify: exit 8, saying why.
    let run = home.fails(8, &["tee", "verify", &node]);
    assert!(run.stderr.contains(&format!("TEE node {node} is not active")), "{run}");
    assert!(
        run.stderr.contains(&format!("measurement {} was revoked", devnet.tee_measurement)),
        "{run}"
    );
    let message = home.json_fails(8, &["tee", "verify", &node]);
    assert!(message.contains("was revoked"), "{message}");
    assert_eq!(home.json(&["tee", "nodes"]), serde_json::json!([]));

    // add --via-tee refuses, with the node named or not, and writes nothing.
    let run = home.fails(8, &["add", "--messages", &chat, "--via-tee", &node]);
    assert!(run.stderr.contains("nothing was sent"), "{run}");
    let run = home.fails(7, &["add", "--messages", &chat, "--via-tee"]);
    assert!(run.stderr.contains("no TEE node verifies, so nothing was sent"), "{run}");
    assert_eq!(home.texts(&[]), vec!["Prefers green tea".to_owned()]);
    assert_eq!(chain_state(&devnet, dev_owner(), devnet.tee_node), before);
    assert!(!before.1, "no delegation was ever granted to the revoked node");
}
