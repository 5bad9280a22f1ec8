//! Confidential updates through a TEE node, end to end against anvil: a client finds the node
//! in the registry, verifies its attestation itself, seals a conversation to it, and sees the
//! node's memories on the chain; and everything an attacker or a failure can do to the
//! exchange is refused with a clear error and writes nothing.

use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256};
use alloy::signers::local::PrivateKeySigner;
use axum::Router;
use axum::routing::post as route_post;
use memsync::bindings::tee_registry::TeeRegistry::TeeRegistryErrors;
use memsync::extract::{BuiltinExtractor, Extractor, Message, OpenAiExtractor};
use memsync::memory::{AppliedAction, Filter, MemoryClient, Search, Source};
use memsync::tee::attestation::AttestationError;
use memsync::tee::checker::AttestationChecker;
use memsync::tee::client::TeeError;
use memsync::tee::protocol::{
    self, PendingResponse, RequestKeys, SealedRequest, SealedResponse, UpdateRequest,
};
use memsync::tee::registry::{RegistryError, TeeRegistry, sign_attestation_statement};
use memsync::{Devnet, Error, Scope};
use memsync_e2e::tee::{
    RunningNode, dev_verifier, keyring, owner, registry_reader, serve_node, start_node, tee_client,
};

const SEED: u8 = 0x42;

fn builtin() -> Arc<dyn Extractor> {
    Arc::new(BuiltinExtractor::default())
}

fn conversation() -> Vec<Message> {
    vec![
        Message::user("Hi! I'm Ada. I live in Lisbon and I work as a data engineer at Acme."),
        Message::assistant("Nice to meet you, Ada."),
        Message::user("I love playing the cello on weekends."),
    ]
}

fn now() -> u64 {
    jiff::Timestamp::now().as_second().max(0).cast_unsigned()
}

/// A request from `owner` (keys from seed `SEED`) to `node`, valid for a minute, signed by the
/// owner.
async fn request(
    devnet: &Devnet,
    owner: &PrivateKeySigner,
    node: Address,
    messages: Vec<Message>,
) -> UpdateRequest {
    let mut request = unsigned(devnet, owner.address(), node, messages);
    request.authorize(owner).await.expect("authorize");
    request
}

/// [`request`] before the owner's signature.
fn unsigned(
    devnet: &Devnet,
    owner: Address,
    node: Address,
    messages: Vec<Message>,
) -> UpdateRequest {
    let keyring = keyring(devnet, owner, SEED);
    let keys = RequestKeys::from_delegated(&keyring.latest().expect("epoch").to_delegated());
    let mut request_id = B256::ZERO;
    request_id.0[..8].copy_from_slice(&rand_id().to_be_bytes());
    let now = now();
    UpdateRequest {
        request_id,
        issued_at: now,
        expires_at: now + 60,
        chain_id: devnet.chain_id(),
        vault: devnet.vault_address(),
        owner,
        node,
        keys,
        messages,
        source: Some(Source::app("tee-test")),
        delegation: None,
        app_scope: None,
        min_block: 0,
        authorization: alloy::primitives::Bytes::new(),
    }
}

/// Signs `request` again as `owner` after a test changed it.
async fn resign(mut request: UpdateRequest, owner: &PrivateKeySigner) -> UpdateRequest {
    request.authorize(owner).await.expect("authorize");
    request
}

fn rand_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed) ^ (now() << 20)
}

/// Posts a sealed request; returns the status and the body.
async fn post(endpoint: &str, sealed: &SealedRequest) -> (u16, serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{endpoint}/v1/updates"))
        .json(sealed)
        .send()
        .await
        .expect("post");
    let status = response.status().as_u16();
    (status, response.json().await.expect("json body"))
}

fn seal(running: &RunningNode, request: &UpdateRequest) -> (SealedRequest, PendingResponse) {
    protocol::seal_request(&running.node().hpke_public_key(), request).expect("seal")
}

/// A funded owner (seed `SEED`) with a published key check and a delegation to `node`.
async fn delegating_owner(devnet: &Devnet, node: Address) -> (PrivateKeySigner, MemoryClient) {
    let (signer, memories) = owner(devnet, SEED).await;
    // The first write publishes the owner's key-check value, which a delegate cannot.
    memories.add(memsync::memory::NewMemory::new("I drink my coffee black.")).await.expect("add");
    memories
        .vault()
        .grant_delegate(node, Scope::READ_WRITE | Scope::TEE_NODE, now() + 3_600)
        .await
        .expect("grant");
    (signer, memories)
}

/// The owner's signed grant of write, delete and TEE-node scope to `delegate`, for an hour.
async fn signed_grant(
    memories: &MemoryClient,
    signer: &PrivateKeySigner,
    delegate: Address,
) -> memsync::SignedDelegation {
    let change = memsync::DelegationChange::Grant {
        delegate,
        scope: Scope::READ_WRITE | Scope::TEE_NODE,
        expiry: now() + 3_600,
    };
    let unsigned = memories
        .vault()
        .prepare_delegation(memories.owner(), change, now() + 600)
        .await
        .expect("prepare");
    unsigned.sign(signer).await.expect("sign")
}

async fn log_seq(memories: &MemoryClient) -> u64 {
    memories.vault().log_state(memories.owner()).await.expect("log state").seq
}

#[tokio::test]
async fn the_node_applies_the_app_scope_signed_into_the_request() {
    use memsync::memory::{AppScope, Category, NewMemory, ScopeError};

    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let (signer, memories) = owner(&devnet, SEED).await;
    let hidden = memories
        .add(NewMemory::new("I am allergic to peanuts.").categories([Category::Health]))
        .await
        .expect("a health memory");
    let tee = tee_client(&devnet).await;
    let node = tee.verify(running.node().address()).await.expect("verifies");

    // An app allowed only career and identity: the cello (interests) and the health memory's
    // retraction are outside it.
    let scope = AppScope {
        categories: Some([Category::Career, Category::Identity].into()),
        ..AppScope::default()
    };
    let messages = [
        Message::user("I work as a data engineer at Acme."),
        Message::user("I love playing the cello on weekends."),
        Message::user("I'm not allergic to peanuts anymore."),
    ];
    let update = tee
        .add_messages_scoped(
            &memories,
            &signer,
            &node,
            &messages,
            Some(Source::app("career-app")),
            Some(&scope),
        )
        .await
        .expect("through the node");
    let action =
        |needle: &str| update.applied.iter().find(|a| a.text.contains(needle)).map(|a| a.action);
    assert_eq!(action("Acme"), Some(AppliedAction::Added), "{:?}", update.applied);
    assert_eq!(action("cello"), Some(AppliedAction::OutOfScope), "{:?}", update.applied);
    assert!(
        update.applied.iter().all(|a| a.action != AppliedAction::Deleted),
        "{:?}",
        update.applied
    );
    let all = memories.list(&Filter::default(), 0, 100).await.expect("list");
    assert!(all.memories.iter().all(|m| !m.text.contains("cello")), "nothing out of scope");
    assert_eq!(memories.get(hidden.id).await.expect("untouched"), hidden);

    // A read-only app is refused before anything is sent.
    let seq = log_seq(&memories).await;
    let read_only = AppScope { read_only: true, ..AppScope::default() };
    let refused =
        tee.add_messages_scoped(&memories, &signer, &node, &messages, None, Some(&read_only)).await;
    assert!(matches!(refused, Err(Error::Scope(ScopeError::ReadOnly))), "{refused:?}");
    assert_eq!(log_seq(&memories).await, seq);
}

#[tokio::test]
async fn a_conversation_becomes_memories_through_a_verified_node() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let (signer, memories) = owner(&devnet, SEED).await;
    let tee = tee_client(&devnet).await;

    let nodes = tee.nodes().await.expect("nodes");
    assert_eq!(nodes.len(), 1);
    assert_eq!(nodes[0].0, running.node().address());
    assert_eq!(nodes[0].1.endpoint, running.endpoint());

    let node = tee.verify(running.node().address()).await.expect("the node verifies");
    assert_eq!(node.hpke_public_key, running.node().hpke_public_key());
    assert_eq!(node.measurement, running.node().measurement());
    assert!(node.attestation.module_id.contains("INSECURE"));

    // The client grants the delegation and publishes its key check itself.
    let update = tee
        .add_messages(&memories, &signer, &node, &conversation(), Some(Source::app("tee-test")))
        .await
        .expect("update through the node");
    assert_eq!(update.node, running.node().address());
    let added: Vec<_> =
        update.applied.iter().filter(|a| a.action == AppliedAction::Added).collect();
    assert!(added.len() >= 3, "{:?}", update.applied);

    // The memories are on the chain, written by the node as the owner's delegate, readable by
    // the owner, and carry the client's source.
    let hits = memories.search(&Search::new("cello")).await.expect("search");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].memory.source.app.as_deref(), Some("tee-test"));
    let listed = memories.list(&Filter::default(), 0, 100).await.expect("list");
    assert!(listed.memories.iter().any(|m| m.text.contains("Lisbon")));

    // A changed fact through the node updates the memory instead of adding a contradiction.
    let moved = tee
        .add_messages(&memories, &signer, &node, &[Message::user("I moved to Porto.")], None)
        .await
        .expect("second update");
    let updated = moved
        .applied
        .iter()
        .find(|a| a.action == AppliedAction::Updated)
        .unwrap_or_else(|| panic!("{:?}", moved.applied));
    // The report names the version written, and the client reads that version when the call
    // returns (the memory was there before, at version 1).
    let id = updated.id.expect("an updated memory");
    assert_eq!(updated.version, Some(2), "{updated:?}");
    let read = memories.get(id).await.expect("the updated memory");
    assert_eq!((read.version, read.text.contains("Porto")), (2, true), "{read:?}");
    assert!(added.iter().all(|a| a.version == Some(1)), "{added:?}");
    let hits = memories.search(&Search::new("Lisbon Porto")).await.expect("search");
    assert!(hits.iter().all(|h| !h.memory.text.contains("Lisbon")), "{hits:?}");
}

/// The checker dates its statement by the chain's clock, which the verifier judges it by: a
/// statement dated by this machine's clock is "from the future" to a chain whose latest block
/// is older (between blocks, or a chain that lags), and the node could not register.
#[tokio::test]
async fn a_node_registers_and_serves_on_a_chain_whose_clock_lags_the_machines() {
    const LAG: u64 = 3600;
    let devnet = Devnet::builder().genesis_timestamp(now() - LAG).spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let node = running.node().address();

    let info = registry_reader(&devnet).await.node(node).await.expect("read").expect("registered");
    assert!(info.last_heartbeat <= now() - LAG + 60, "registered at {}", info.last_heartbeat);
    let tee = tee_client(&devnet).await;
    let verified = tee.verify(node).await.expect("the node verifies");

    // The delegation the client grants is measured by the chain's clock too.
    let (signer, memories) = owner(&devnet, SEED).await;
    let update = tee
        .add_messages(&memories, &signer, &verified, &conversation(), None)
        .await
        .expect("update through the node");
    assert!(update.applied.iter().any(|a| a.action == AppliedAction::Added), "{update:?}");
}

#[tokio::test]
async fn tampered_replayed_expired_and_misdirected_requests_are_refused_and_write_nothing() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let node = running.node().address();
    let (signer, memories) = delegating_owner(&devnet, node).await;
    let before = log_seq(&memories).await;

    let expect = |status: u16, body: &serde_json::Value, code_wanted: u16, error: &str| {
        assert_eq!(status, code_wanted, "{body}");
        assert_eq!(body["error"], error, "{body}");
        assert!(!body["message"].as_str().unwrap_or("").contains("Lisbon"), "{body}");
    };

    // Tampered: every part of the seal is authenticated.
    let (mut sealed, _) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
    let mut ciphertext = sealed.ciphertext.to_vec();
    ciphertext[10] ^= 1;
    sealed.ciphertext = ciphertext.into();
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 400, "bad_seal");

    // Sealed to another key (a node impersonated by its registered address only).
    let other = memsync::tee::protocol::HpkeKeyPair::generate();
    let (sealed, _) = protocol::seal_request(
        &other.public_key(),
        &request(&devnet, &signer, node, conversation()).await,
    )
    .expect("seal");
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 400, "bad_seal");

    // Sealed to this node's key but for another node's address: the HPKE info differs.
    let (sealed, _) =
        seal(&running, &request(&devnet, &signer, Address::repeat_byte(9), conversation()).await);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 400, "bad_seal");

    // For another vault.
    let mut wrong_vault = request(&devnet, &signer, node, conversation()).await;
    wrong_vault.vault = Address::repeat_byte(7);
    let wrong_vault = resign(wrong_vault, &signer).await;
    let (sealed, _) = seal(&running, &wrong_vault);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 421, "wrong_recipient");

    // Expired, issued in the future, or valid for too long.
    let mut expired = request(&devnet, &signer, node, conversation()).await;
    expired.issued_at -= 120;
    expired.expires_at = expired.issued_at + 60;
    let expired = resign(expired, &signer).await;
    let (sealed, _) = seal(&running, &expired);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 422, "not_valid_now");
    let mut future = request(&devnet, &signer, node, conversation()).await;
    future.issued_at += 3_600;
    future.expires_at = future.issued_at + 60;
    let future = resign(future, &signer).await;
    let (sealed, _) = seal(&running, &future);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 422, "not_valid_now");
    let mut long = request(&devnet, &signer, node, conversation()).await;
    long.expires_at = long.issued_at + protocol::MAX_REQUEST_LIFETIME + 1;
    let long = resign(long, &signer).await;
    let (sealed, _) = seal(&running, &long);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 422, "not_valid_now");

    // Keys that are not the owner's.
    let mut wrong_keys = request(&devnet, &signer, node, conversation()).await;
    wrong_keys.keys.key_encryption_key = zeroize::Zeroizing::new([1u8; 32]);
    wrong_keys.keys.record_id_key = zeroize::Zeroizing::new([2u8; 32]);
    let wrong_keys = resign(wrong_keys, &signer).await;
    let (sealed, _) = seal(&running, &wrong_keys);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 403, "wrong_keys");

    // Not signed by the owner, or signed by someone else: a delegation lets the node act for
    // the owner, not anyone make it write into the owner's log.
    let unsigned_request = unsigned(&devnet, signer.address(), node, conversation());
    let (sealed, _) = seal(&running, &unsigned_request);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 403, "not_authorized");
    let mut by_stranger = unsigned(&devnet, signer.address(), node, conversation());
    let stranger = PrivateKeySigner::random();
    by_stranger.owner = stranger.address();
    by_stranger.authorize(&stranger).await.expect("sign");
    by_stranger.owner = signer.address();
    let (sealed, _) = seal(&running, &by_stranger);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 403, "not_authorized");

    // Garbage that is not a sealed request at all.
    let response = reqwest::Client::new()
        .post(format!("{}/v1/updates", running.endpoint()))
        .header("content-type", "application/json")
        .body("{\"version\": 1, \"enc\": 5}")
        .send()
        .await
        .expect("post");
    assert!(response.status().is_client_error());

    assert_eq!(log_seq(&memories).await, before, "a refused request wrote something");

    // A good request is served once; its replay is refused and writes nothing more.
    let (sealed, pending) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!(status, 200, "{body}");
    let response: SealedResponse = serde_json::from_value(body).expect("sealed response");
    let verified = pending.open(&response).expect("the response verifies");
    let after = log_seq(&memories).await;
    assert_eq!(verified.output.log_seq, after);
    assert!(after > before);
    let (status, body) = post(running.endpoint(), &sealed).await;
    expect(status, &body, 409, "replayed");
    assert_eq!(log_seq(&memories).await, after);
}

#[tokio::test]
async fn an_owner_without_a_delegation_is_refused_unless_the_request_carries_a_signed_grant() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let node = running.node().address();
    let (signer, memories) = owner(&devnet, SEED).await;
    memories.add(memsync::memory::NewMemory::new("I drink my coffee black.")).await.expect("add");
    let before = log_seq(&memories).await;

    let (sealed, _) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!((status, body["error"].as_str()), (403, Some("not_delegated")), "{body}");
    assert_eq!(log_seq(&memories).await, before);

    // A grant for another delegate does not do.
    let vault = memories.vault();
    let for_other = signed_grant(&memories, &signer, Address::repeat_byte(3)).await;
    let mut with_other = request(&devnet, &signer, node, conversation()).await;
    with_other.delegation = Some(for_other);
    let with_other = resign(with_other, &signer).await;
    let (sealed, _) = seal(&running, &with_other);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!((status, body["error"].as_str()), (403, Some("not_delegated")), "{body}");

    // The owner's signed grant for this node, relayed by the node: the owner pays no gas.
    let grant = signed_grant(&memories, &signer, node).await;
    let mut granted = request(&devnet, &signer, node, conversation()).await;
    granted.delegation = Some(grant);
    let granted = resign(granted, &signer).await;
    let (sealed, pending) = seal(&running, &granted);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!(status, 200, "{body}");
    pending.open(&serde_json::from_value(body).expect("response")).expect("verifies");
    assert!(vault.delegation(memories.owner(), node).await.expect("read").is_some());
    memories.sync().await.expect("sync");
    assert!(!memories.search(&Search::new("cello")).await.expect("search").is_empty());
}

/// A chat-completions server that answers garbage, or never answers.
async fn model_server(hang: bool) -> String {
    let app = Router::new().route(
        "/v1/chat/completions",
        route_post(move || async move {
            if hang {
                tokio::time::sleep(Duration::from_secs(3_600)).await;
            }
            axum::Json(serde_json::json!({
                "id": "x", "object": "chat.completion", "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "I'm sorry, I can't help with that <<<>>>"}}]
            }))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    url
}

#[tokio::test]
async fn a_model_that_returns_garbage_or_hangs_is_a_clear_error_and_writes_nothing() {
    let devnet = Devnet::spawn().await.expect("devnet");
    for hang in [false, true] {
        let url = model_server(hang).await;
        let extractor = OpenAiExtractor::builder(url, "test-model")
            .timeout(Duration::from_millis(500))
            .build()
            .expect("extractor");
        let running = start_node(&devnet, Arc::new(extractor)).await;
        let node = running.node().address();
        let (signer, memories) = delegating_owner(&devnet, node).await;
        let before = log_seq(&memories).await;
        let (sealed, _) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
        let (status, body) = post(running.endpoint(), &sealed).await;
        assert_eq!((status, body["error"].as_str()), (502, Some("model_failed")), "{body}");
        let message = body["message"].as_str().unwrap_or("");
        assert!(!message.contains("cello") && !message.contains("Lisbon"), "{message}");
        if hang {
            assert!(message.contains("time"), "{message}");
        }
        assert_eq!(log_seq(&memories).await, before);
    }
}

#[tokio::test]
async fn measurement_revocation_pins_and_unapproved_images() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let node = running.node().address();
    let (signer, memories) = delegating_owner(&devnet, node).await;
    let tee = tee_client(&devnet).await;
    tee.verify(node).await.expect("verifies while approved");

    // A client whose own pins do not include the approved measurement refuses the node.
    let pinned_elsewhere = memsync::tee::client::TeeClient::new(
        registry_reader(&devnet).await,
        dev_verifier().pin_measurement(B256::repeat_byte(0xee)),
    );
    match pinned_elsewhere.verify(node).await {
        Err(TeeError::Attestation(AttestationError::MeasurementNotPinned { .. })) => {}
        other => panic!("expected MeasurementNotPinned, got {other:?}"),
    }
    let pinned_here = memsync::tee::client::TeeClient::new(
        registry_reader(&devnet).await,
        dev_verifier().pin_measurement(running.node().measurement()),
    );
    pinned_here.verify(node).await.expect("verifies with the right pin");

    // The registry revokes the measurement: clients refuse the node, the vault its writes.
    let before = log_seq(&memories).await;
    let governance = devnet.tee_registry(0).await.expect("registry");
    governance.revoke_measurement(running.node().measurement()).await.expect("revoke");
    match tee.verify(node).await {
        Err(TeeError::Inactive { node: n }) => assert_eq!(n, node),
        other => panic!("expected Inactive, got {other:?}"),
    }
    assert!(tee.nodes().await.expect("nodes").is_empty());
    let (sealed, _) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!(status, 502, "{body}");
    assert_eq!(body["error"], "chain_failed", "{body}");
    assert_eq!(log_seq(&memories).await, before, "a revoked node wrote");

    // A node on a measurement never approved cannot register: the checker will not sign for
    // it, and a statement for it does not get it in either.
    let unapproved = serve_node(&devnet, builtin()).await;
    // (The same image as the revoked one: revocation is permanent.)
    let checker = AttestationChecker::new(
        dev_verifier(),
        devnet.signer(0),
        devnet.tee_registry(0).await.expect("r"),
    );
    match checker.check_and_register(unapproved.endpoint()).await {
        Err(TeeError::Attestation(AttestationError::MeasurementNotApproved { .. })) => {}
        other => panic!("expected MeasurementNotApproved, got {other:?}"),
    }
    let node_registry = TeeRegistry::builder(devnet.rpc_url())
        .signer(devnet.signer(5))
        .connect(devnet.tee_registry_address())
        .await
        .expect("registry");
    let now = devnet.vault(0).await.expect("vault").chain_time().await.expect("chain time");
    let evidence = sign_attestation_statement(
        &devnet.signer(0),
        devnet.attestation_verifier_address(),
        devnet.chain_id(),
        devnet.signer(5).address(),
        [7u8; 32],
        B256::repeat_byte(0x77),
        now,
        now + 600,
    )
    .await
    .expect("sign");
    let refused = node_registry
        .register_node([7u8; 32], "http://127.0.0.1:1", B256::repeat_byte(0x77), evidence)
        .await;
    assert!(
        matches!(
            &refused,
            Err(RegistryError::Revert(
                TeeRegistryErrors::TeeRegistryMeasurementNotApproved(e)
            )) if e.measurement == B256::repeat_byte(0x77)
        ),
        "registered on an unapproved measurement, or refused for another reason: {refused:?}"
    );
    assert!(
        registry_reader(&devnet)
            .await
            .node(devnet.signer(5).address())
            .await
            .expect("read")
            .is_none()
    );
}

#[tokio::test]
async fn a_memory_client_configured_with_a_tee_adds_conversations_through_a_node() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let signer = PrivateKeySigner::random();
    memsync_e2e::tee::fund(&devnet, signer.address()).await;
    let vault = memsync::Vault::builder(devnet.rpc_url())
        .signer(signer.clone())
        .connect(devnet.vault_address())
        .await
        .expect("vault");
    let memories = MemoryClient::builder(vault, keyring(&devnet, signer.address(), SEED))
        .source(Source::app("configured-app"))
        .via_tee(tee_client(&devnet).await, Arc::new(signer.clone()))
        .open()
        .await
        .expect("memory client");

    let applied = memories.add_messages(&conversation(), None).await.expect("through the node");
    assert!(applied.iter().filter(|a| a.action == AppliedAction::Added).count() >= 3);
    // The node wrote them (it holds the delegation the client granted it), with the client's
    // source, and the owner reads them.
    let node = running.node().address();
    assert!(memories.vault().delegation(signer.address(), node).await.expect("read").is_some());
    let hits = memories.search(&Search::new("cello")).await.expect("search");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].memory.source.app.as_deref(), Some("configured-app"));

    // With the node's measurement revoked there is no node to use, and nothing is written.
    let before = log_seq(&memories).await;
    devnet
        .tee_registry(0)
        .await
        .expect("registry")
        .revoke_measurement(running.node().measurement())
        .await
        .expect("revoke");
    let refused = memories.add_messages(&[Message::user("I moved to Porto.")], None).await;
    assert!(matches!(refused, Err(Error::Tee(TeeError::NoActiveNode))), "{refused:?}");
    assert_eq!(log_seq(&memories).await, before);
}

#[tokio::test]
async fn an_owner_who_never_published_a_key_check_is_told_so_and_nothing_is_written() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let node = running.node().address();
    let (signer, memories) = owner(&devnet, SEED).await;
    memories
        .vault()
        .grant_delegate(node, Scope::READ_WRITE | Scope::TEE_NODE, now() + 3_600)
        .await
        .expect("grant");
    let before = log_seq(&memories).await;
    let (sealed, _) = seal(&running, &request(&devnet, &signer, node, conversation()).await);
    let (status, body) = post(running.endpoint(), &sealed).await;
    assert_eq!((status, body["error"].as_str()), (403, Some("keys_not_published")), "{body}");
    assert_eq!(log_seq(&memories).await, before);
}

/// Three writers on one owner and an import of old conversations after newer facts: the owner's
/// device, a TEE node, a delegate that may write but not read (it writes garbage over one memory
/// and the highest version over another), and a 2024 export imported last. The owner sees the
/// newest readable fact of every memory: nothing hidden, nothing older brought back, and the
/// owner still writes over the hostile versions.
#[tokio::test]
async fn three_writers_and_a_late_import_leave_the_newest_readable_facts() {
    use memsync::memory::{ImportOptions, MemoryUpdate};
    use memsync::{Operation, SeqCheck};

    let devnet = Devnet::spawn().await.expect("devnet");
    let running = start_node(&devnet, builtin()).await;
    let (signer, memories) = owner(&devnet, SEED).await;
    let said =
        |text: &str, at: &str| Message { at: Some(at.parse().expect("t")), ..Message::user(text) };
    // The owner's device: a move in 2026.
    memories
        .add_messages(&[said("I live in Berlin.", "2026-01-10T09:00:00Z")], None)
        .await
        .expect("add");
    let moved = memories
        .add_messages(&[said("I moved to Lisbon.", "2026-06-01T09:00:00Z")], None)
        .await
        .expect("move");
    let home = moved[0].id.expect("the home memory");
    // The TEE node: a job, said now.
    let tee = tee_client(&devnet).await;
    let node = tee.verify(running.node().address()).await.expect("verifies");
    let job = tee
        .add_messages(
            &memories,
            &signer,
            &node,
            &[Message::user("I work as a data engineer at Acme.")],
            None,
        )
        .await
        .expect("through the node");
    let work = job.applied.iter().find_map(|a| a.id).expect("the work memory");
    let before = memories.list(&Filter::default(), 0, 100).await.expect("list").memories;

    // The delegate reads record ids off the chain and writes what it cannot read.
    let log = memories.vault().fetch_log(signer.address()).await.expect("log");
    let mut records: Vec<_> = log.records().into_values().collect();
    records.sort_by_key(|r| r.seq);
    let (home_record, work_record) = (records[0].id, records[1].id);
    let hostile = devnet.vault(1).await.expect("a funded account");
    let expiry = memories.vault().chain_time().await.expect("time") + 86_400;
    memories
        .vault()
        .grant_delegate(hostile.signer_address().expect("hostile"), Scope::WRITE, expiry)
        .await
        .expect("grant");
    let garbage = [
        Operation::write(home_record, 3, memsync_e2e::filler(200, 1)),
        Operation::write(work_record, u64::MAX, memsync_e2e::filler(200, 2)),
    ];
    hostile.apply_batch_for(signer.address(), &garbage, SeqCheck::Any).await.expect("written");

    // A ChatGPT export of March 2024 imported last: an old home and an old job.
    let export = memsync_e2e::chatgpt_export(
        1_709_251_200,
        &[
            (1_709_251_200, "I live in Berlin."),
            (1_709_251_260, "I work as a barista at Starbucks."),
        ],
    );
    let options =
        ImportOptions { file_name: Some("conversations.json".into()), ..ImportOptions::default() };
    let report = memories.import(export.as_bytes(), &options).await.expect("import");
    assert_eq!((report.added, report.updated, report.superseded), (0, 0, 2), "{report:?}");

    // Nothing hidden, nothing older brought back; a fresh device sees the same.
    let fresh = keyring(&devnet, signer.address(), SEED);
    let fresh = MemoryClient::builder(
        memsync::Vault::builder(devnet.rpc_url())
            .signer(signer.clone())
            .connect(devnet.vault_address())
            .await
            .expect("vault"),
        fresh,
    )
    .open()
    .await
    .expect("a fresh device");
    for client in [&memories, &fresh] {
        let now = client.list(&Filter::default(), 0, 100).await.expect("list").memories;
        assert_eq!(now, before, "the newest readable facts, as before the hostile writes");
    }
    // The owner writes on over both hostile versions.
    let home_now = memories
        .update(home, MemoryUpdate::new().text("I live in Porto."))
        .await
        .expect("over the garbage");
    let work_now = memories
        .update(work, MemoryUpdate::new().text("I work as a data scientist at Acme."))
        .await
        .expect("over u64::MAX");
    assert_eq!((home_now.version, work_now.version), (4, u64::MAX));
    fresh.sync().await.expect("sync");
    assert_eq!(fresh.get(home).await.expect("home").text, "I live in Porto.");
    assert_eq!(fresh.get(work).await.expect("work").text, "I work as a data scientist at Acme.");
}
