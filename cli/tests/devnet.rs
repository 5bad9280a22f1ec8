//! `memsync devnet` starts a chain, deploys, saves the addresses, and stops cleanly on Ctrl-C.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use alloy::primitives::B256;
use memsync::{SeqCheck, Vault};

#[tokio::test]
async fn devnet_starts_deploys_saves_and_stops_on_ctrl_c() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = dir.path().join("devnet.json");
    let config = dir.path().join("config.toml");
    // Never the user's own config and data directories.
    let mut child = Command::new(env!("CARGO_BIN_EXE_memsync"))
        .arg("--config")
        .arg(&config)
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["devnet", "--out"])
        .arg(&out)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start memsync devnet");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let start = Instant::now();
    let mut printed = String::new();
    while !printed.contains("Press Ctrl-C") {
        assert!(start.elapsed() < Duration::from_secs(60), "devnet did not start: {printed}");
        let line = lines.next().expect("output").expect("line");
        printed.push_str(&line);
        printed.push('\n');
    }
    assert!(printed.contains("MemoryVault"), "{printed}");

    let info: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("saved file")).expect("json");
    let rpc = info["rpc_url"].as_str().expect("rpc_url");
    let vault_address = info["vault"].as_str().expect("vault").parse().expect("address");
    assert_eq!(info["chain_id"], 31337);
    let registered = std::fs::read_to_string(&config).expect("the config");
    assert!(registered.contains("[networks.devnet]") && registered.contains(rpc), "{registered}");

    // The saved addresses are usable: write through them as dev account 0.
    let key: alloy::signers::local::PrivateKeySigner =
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80".parse().expect("key");
    let owner = key.address();
    let vault = Vault::builder(rpc).signer(key).connect(vault_address).await.expect("connect");
    vault.write(B256::repeat_byte(1), 1, vec![1, 2, 3], SeqCheck::Any).await.expect("write");
    assert_eq!(vault.log_state(owner).await.expect("state").seq, 1);

    // Ctrl-C stops memsync and the anvil it started.
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(status.expect("kill").success());
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "{exit:?}");
    let reachable = Vault::builder(rpc).connect(vault_address).await;
    assert!(reachable.is_err(), "anvil must stop with memsync");
}

#[test]
fn devnet_without_anvil_says_what_to_do() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let output = Command::new(env!("CARGO_BIN_EXE_memsync"))
        .arg("--config")
        .arg(dir.path().join("config.toml"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["devnet", "--anvil", "/nonexistent/anvil", "--out"])
        .arg(dir.path().join("devnet.json"))
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("anvil not found") && stderr.contains("npm install"), "{stderr}");
}
