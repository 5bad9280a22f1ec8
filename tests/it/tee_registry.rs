//! The TeeRegistry against a real anvil, through the SDK: the devnet deploys it with a statement
//! verifier; governance approves a measurement; a node registers with a checker's signed
//! statement and shows up in the active list; forged statements and unapproved measurements are
//! refused with decoded errors; revocation and heartbeat expiry deactivate nodes, and with them a
//! TEE-node delegate's writes.

use alloy::primitives::{Address, B256, Bytes};
use alloy::signers::local::PrivateKeySigner;
use memsync::bindings::attester_statement_verifier::AttesterStatementVerifier::AttesterStatementVerifierErrors;
use memsync::bindings::memory_vault::MemoryVault::MemoryVaultErrors;
use memsync::bindings::tee_registry::TeeRegistry::TeeRegistryErrors;
use memsync::tee::registry::{
    MeasurementStatus, NodeStatus, RegistryError, TeeRegistry, sign_attestation_statement,
};
use memsync::{DEVNET_MAX_HEARTBEAT_AGE, Devnet, Operation, Scope, SeqCheck};
use memsync_e2e::{advance_time, mine, vault_revert};

const ENDPOINT: &str = "https://node.example:8443";

fn image(label: u8) -> B256 {
    TeeRegistry::measurement_of(&[label; 48], &[label ^ 1; 48], &[label ^ 2; 48])
}

fn registry_revert(err: &RegistryError) -> &TeeRegistryErrors {
    match err {
        RegistryError::Revert(e) => e,
        other => panic!("expected a registry revert, got {other}"),
    }
}

/// Evidence for `node`'s key `hpke` on `measurement`, signed by `checker`, valid ten minutes.
async fn evidence(
    devnet: &Devnet,
    checker: &PrivateKeySigner,
    node: Address,
    hpke: [u8; 32],
    measurement: B256,
) -> Bytes {
    let now = devnet.vault(0).await.expect("vault").chain_time().await.expect("time");
    sign_attestation_statement(
        checker,
        devnet.attestation_verifier_address(),
        devnet.chain_id(),
        node,
        hpke,
        measurement,
        now,
        now + 600,
    )
    .await
    .expect("sign")
}

#[tokio::test]
async fn a_node_registers_with_a_signed_statement_and_is_listed_until_revoked() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let governance = devnet.tee_registry(0).await.expect("registry");
    let checker = devnet.signer(0);
    assert_eq!(
        governance.verifier_address().await.expect("verifier"),
        devnet.attestation_verifier_address()
    );
    assert_eq!(governance.max_heartbeat_age().await.expect("age"), DEVNET_MAX_HEARTBEAT_AGE);
    assert!(governance.is_checker(checker.address()).await.expect("checker"));

    let (v1, v2) = (image(1), image(7));
    assert_eq!(
        governance.measurement_status(v1).await.expect("status"),
        MeasurementStatus::Unknown
    );
    governance.approve_measurement(v1).await.expect("approve v1");
    governance.approve_measurement(v2).await.expect("approve v2");
    assert_eq!(
        governance.measurement_status(v1).await.expect("status"),
        MeasurementStatus::Approved
    );

    let mut nodes = Vec::new();
    for (index, measurement) in [(1, v1), (2, v2), (3, v1)] {
        let node = devnet.tee_registry(index).await.expect("node client");
        let address = devnet.signer(index).address();
        let hpke = [index as u8; 32];
        let evidence = evidence(&devnet, &checker, address, hpke, measurement).await;
        node.register_node(hpke, ENDPOINT, measurement, evidence).await.expect("register");
        nodes.push(address);
    }
    let info = governance.node(nodes[0]).await.expect("read").expect("registered");
    assert_eq!(info.hpke_public_key, B256::repeat_byte(1));
    assert_eq!(info.endpoint, ENDPOINT);
    assert_eq!(info.measurement, v1);
    assert_eq!(info.status, NodeStatus::Registered);
    assert_eq!(info.registered_at, info.last_heartbeat);
    assert_eq!(governance.node(Address::repeat_byte(9)).await.expect("read"), None);
    assert_eq!(governance.node_count().await.expect("count"), 3);

    let active = governance.active_nodes().await.expect("list");
    assert_eq!(active.iter().map(|(a, _)| *a).collect::<Vec<_>>(), nodes);
    assert_eq!(active[1].1.measurement, v2);

    // Revoking v1 deactivates both of its nodes at once, for good.
    governance.revoke_measurement(v1).await.expect("revoke");
    assert_eq!(
        governance.measurement_status(v1).await.expect("status"),
        MeasurementStatus::Revoked
    );
    assert!(!governance.is_active(nodes[0]).await.expect("read"));
    assert!(!governance.is_active(nodes[2]).await.expect("read"));
    let active = governance.active_nodes().await.expect("list");
    assert_eq!(active.iter().map(|(a, _)| *a).collect::<Vec<_>>(), vec![nodes[1]]);
    let err = governance.approve_measurement(v1).await.expect_err("revoked for good");
    assert!(
        matches!(registry_revert(&err), TeeRegistryErrors::TeeRegistryMeasurementNotNew(_)),
        "{err}"
    );

    // The remaining node leaves on its own.
    devnet.tee_registry(2).await.expect("node").deregister().await.expect("deregister");
    assert!(governance.active_nodes().await.expect("list").is_empty());
    assert_eq!(
        governance.node(nodes[1]).await.expect("read").expect("known").status,
        NodeStatus::Deregistered
    );
}

#[tokio::test]
async fn forged_statements_unapproved_images_and_missing_roles_are_refused() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let governance = devnet.tee_registry(0).await.expect("registry");
    let measurement = image(1);
    governance.approve_measurement(measurement).await.expect("approve");
    let node = devnet.tee_registry(1).await.expect("node");
    let address = devnet.signer(1).address();

    // Signed by a key that is not a checker.
    let forger = PrivateKeySigner::random();
    let forged = evidence(&devnet, &forger, address, [1; 32], measurement).await;
    let err = node.register_node([1; 32], ENDPOINT, measurement, forged).await.expect_err("forged");
    assert!(
        matches!(&err, RegistryError::Verifier(AttesterStatementVerifierErrors::AttesterUnknownSigner(e)) if e.signer == forger.address()),
        "{err}"
    );
    assert!(err.to_string().contains("AttesterUnknownSigner"), "{err}");

    // A genuine statement for another key.
    let genuine = evidence(&devnet, &devnet.signer(0), address, [1; 32], measurement).await;
    let err = node
        .register_node([2; 32], ENDPOINT, measurement, genuine.clone())
        .await
        .expect_err("other key");
    assert!(matches!(&err, RegistryError::Verifier(_)), "{err}");

    // An image governance never approved.
    let unapproved = image(5);
    let statement = evidence(&devnet, &devnet.signer(0), address, [1; 32], unapproved).await;
    let err =
        node.register_node([1; 32], ENDPOINT, unapproved, statement).await.expect_err("unapproved");
    assert!(
        matches!(registry_revert(&err), TeeRegistryErrors::TeeRegistryMeasurementNotApproved(e) if e.measurement == unapproved),
        "{err}"
    );

    // Only MEASUREMENT_ROLE approves.
    let err = node.approve_measurement(unapproved).await.expect_err("no role");
    assert!(
        matches!(registry_revert(&err), TeeRegistryErrors::AccessControlUnauthorizedAccount(_)),
        "{err}"
    );
    assert_eq!(governance.node_count().await.expect("count"), 0);

    // A removed checker's statements stop working.
    node.register_node([1; 32], ENDPOINT, measurement, genuine).await.expect("genuine works");
    governance.remove_checker(devnet.signer(0).address()).await.expect("remove checker");
    let later = evidence(&devnet, &devnet.signer(0), address, [3; 32], measurement).await;
    let err = node.register_node([3; 32], ENDPOINT, measurement, later).await.expect_err("removed");
    assert!(matches!(&err, RegistryError::Verifier(_)), "{err}");
    governance.add_checker(devnet.signer(0).address()).await.expect("add back");
}

#[tokio::test]
async fn a_tee_node_writes_for_an_owner_until_its_heartbeat_lapses_or_its_image_is_revoked() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let governance = devnet.tee_registry(0).await.expect("registry");
    let measurement = image(1);
    governance.approve_measurement(measurement).await.expect("approve");
    let node_address = devnet.signer(1).address();
    let node = devnet.tee_registry(1).await.expect("node");
    let statement = evidence(&devnet, &devnet.signer(0), node_address, [1; 32], measurement).await;
    node.register_node([1; 32], ENDPOINT, measurement, statement).await.expect("register");

    let owner_vault = devnet.vault(2).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let expiry = owner_vault.chain_time().await.expect("time") + 30 * 86_400;
    owner_vault
        .grant_delegate(node_address, Scope::WRITE | Scope::TEE_NODE, expiry)
        .await
        .expect("grant");
    let node_vault = devnet.vault(1).await.expect("node vault");
    let write = |version: u64| Operation::write(B256::repeat_byte(0x42), version, vec![7; 64]);
    node_vault.apply_batch_for(owner, &[write(1)], SeqCheck::Any).await.expect("node writes");

    // The heartbeat lapses: writes stop until the node proves it is alive again.
    advance_time(owner_vault.provider(), DEVNET_MAX_HEARTBEAT_AGE + 1).await;
    mine(owner_vault.provider()).await;
    assert!(!governance.is_active(node_address).await.expect("read"));
    let err =
        node_vault.apply_batch_for(owner, &[write(2)], SeqCheck::Any).await.expect_err("stale");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultTeeNodeInactive(_)), "{err}");
    node.heartbeat().await.expect("heartbeat");
    let info = governance.node(node_address).await.expect("read").expect("known");
    assert!(info.last_heartbeat > info.registered_at);
    node_vault.apply_batch_for(owner, &[write(2)], SeqCheck::Any).await.expect("alive again");

    // Revocation cuts it off at once.
    governance.revoke_measurement(measurement).await.expect("revoke");
    let err =
        node_vault.apply_batch_for(owner, &[write(3)], SeqCheck::Any).await.expect_err("revoked");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultTeeNodeInactive(_)), "{err}");
    let err = node.heartbeat().await.expect_err("no heartbeat on a revoked image");
    assert!(
        matches!(registry_revert(&err), TeeRegistryErrors::TeeRegistryMeasurementNotApproved(_)),
        "{err}"
    );
    assert_eq!(owner_vault.log_state(owner).await.expect("state").seq, 2);
}
