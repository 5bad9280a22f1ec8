//! The memory client against a real anvil: every operation, a second device restoring from the
//! chain, caches on disk that are reused, deleted, damaged, shared or from another vault.

use std::path::Path;

use memsync::keys::{KeyScope, Keyring, RootSeed};
use memsync::memory::{
    CacheLocation, Category, Filter, MemoryClient, MemoryKind, MemoryUpdate, NewMemory, Source,
};
use memsync::{Devnet, Error, Vault};

fn keyring(vault: &Vault, seed: u8) -> Keyring {
    let scope = KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address().expect("signer"),
    };
    Keyring::from_seed(scope, &RootSeed::from_seed_bytes(&[seed; 32]).expect("seed"), 1..=1)
}

async fn client(devnet: &Devnet, cache: CacheLocation) -> MemoryClient {
    let vault = devnet.vault(0).await.expect("vault");
    let keys = keyring(&vault, 7);
    MemoryClient::builder(vault, keys)
        .cache(cache)
        .source(Source::app("e2e"))
        .scan_from_block(devnet.deploy_block(), 10_000)
        .open()
        .await
        .expect("open")
}

fn file(dir: &Path, name: &str) -> CacheLocation {
    CacheLocation::File(dir.join(name))
}

#[tokio::test]
async fn every_operation_round_trips_through_the_chain() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    assert!(memories.is_empty().await);

    let allergy = memories
        .add(
            NewMemory::new("I am allergic to penicillin.")
                .categories([Category::Health])
                .tags(["medical"]),
        )
        .await
        .expect("add");
    assert_eq!((allergy.version, allergy.kind), (1, MemoryKind::Semantic));
    assert_eq!(allergy.source.app.as_deref(), Some("e2e"));
    let trip = memories
        .add(
            NewMemory::new("Flying to Lisbon on Friday.")
                .expires_at("2030-01-01T00:00:00Z".parse().expect("time"))
                .categories([Category::Travel]),
        )
        .await
        .expect("add episodic");
    assert_eq!(trip.kind, MemoryKind::Episodic);
    assert_eq!(memories.get(allergy.id).await.expect("get"), allergy);

    let health = Filter { categories: [Category::Health].into(), ..Filter::default() };
    let page = memories.list(&health, 0, 10).await.expect("list");
    assert_eq!(page.memories, vec![allergy.clone()]);
    let all = memories.list(&Filter::default(), 0, 1).await.expect("first page");
    assert_eq!((all.total, all.memories.len(), all.next), (2, 1, Some(1)));

    let updated = memories
        .update(
            allergy.id,
            MemoryUpdate::new().text("I am allergic to penicillin and amoxicillin."),
        )
        .await
        .expect("update");
    assert_eq!(updated.version, 2);
    assert_eq!(updated.created_at, allergy.created_at);
    let same = memories.update(allergy.id, MemoryUpdate::new()).await.expect("no change");
    assert_eq!(same.version, 2, "an update that changes nothing writes nothing");

    memories.delete(trip.id).await.expect("delete");
    assert!(matches!(memories.get(trip.id).await, Err(Error::MemoryNotFound { .. })));
    assert!(matches!(memories.delete(trip.id).await, Err(Error::MemoryNotFound { .. })));

    let history = memories.history(allergy.id).await.expect("history");
    let texts: Vec<_> =
        history.iter().map(|v| v.memory.as_ref().map(|m| m.text.as_str())).collect();
    assert_eq!(
        texts,
        [
            Some("I am allergic to penicillin."),
            Some("I am allergic to penicillin and amoxicillin.")
        ]
    );
    let trip_history = memories.history(trip.id).await.expect("history of a deleted memory");
    assert_eq!(trip_history.len(), 2);
    assert!(trip_history[1].memory.is_none(), "ends with the tombstone");

    // A second device: same keys, nothing local.
    let other = client(&devnet, CacheLocation::Memory).await;
    assert_eq!(other.get(allergy.id).await.expect("restored"), updated);
    assert_eq!(other.len().await, 1);

    // Bad input: nothing is written.
    let before = memories.checkpoint().await;
    for bad in [NewMemory::new("   "), NewMemory::new("x".repeat(8 * 1024 + 1))] {
        let err = memories.add(bad).await.expect_err("refused");
        assert!(matches!(err, Error::InvalidMemory(_)), "{err}");
    }
    let err = memories.add(NewMemory::new("x").confidence(2.0)).await.expect_err("refused");
    assert!(err.to_string().contains("confidence"), "{err}");
    assert_eq!(memories.checkpoint().await, before);
    let unknown = memsync::memory::MemoryId::random();
    assert!(matches!(
        memories.update(unknown, MemoryUpdate::new().text("x")).await,
        Err(Error::MemoryNotFound { .. })
    ));
    assert!(matches!(memories.history(unknown).await, Err(Error::MemoryNotFound { .. })));
}

#[tokio::test]
async fn a_cache_is_reused_rebuilt_when_deleted_or_damaged_and_refused_for_another_vault() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("dir");
    let first = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(first.add(NewMemory::new(format!("Fact number {i}."))).await.expect("add").id);
    }
    drop(first);

    // Reopened: everything comes from the cache, nothing new from the chain.
    let reopened = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    assert_eq!(reopened.len().await, 5);
    let report = reopened.open_report().await;
    assert_eq!(
        (report.from_cache, report.from_chain),
        (6, 0),
        "1 key check + 5 memories, replayed from the cache"
    );
    drop(reopened);

    // Deleted mid-way: rebuilt from the chain, nothing lost.
    std::fs::remove_file(dir.path().join("cache.sqlite")).expect("delete the cache");
    let rebuilt = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    assert_eq!(rebuilt.len().await, 5);
    for id in &ids {
        rebuilt.get(*id).await.expect("restored");
    }
    drop(rebuilt);

    // Overwritten with garbage: moved aside, rebuilt.
    std::fs::write(dir.path().join("cache.sqlite"), b"garbage".repeat(1000)).expect("damage");
    let _ = std::fs::remove_file(dir.path().join("cache.sqlite-wal"));
    let repaired = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    assert_eq!(repaired.len().await, 5);
    assert!(repaired.open_report().await.cache_rebuilt.is_some());
    drop(repaired);

    // The cache of another vault.
    let other_vault = Vault::builder(devnet.rpc_url())
        .signer(devnet.signer(0))
        .deploy()
        .await
        .expect("second vault");
    let keys = keyring(&other_vault, 7);
    let err = MemoryClient::builder(other_vault, keys)
        .cache(file(dir.path(), "cache.sqlite"))
        .open()
        .await
        .expect_err("another vault's cache");
    assert!(matches!(err, Error::Cache(memsync::cache::CacheError::ScopeMismatch { .. })), "{err}");
}

#[tokio::test]
async fn two_clients_share_a_cache_and_see_each_others_writes() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("dir");
    let a = client(&devnet, file(dir.path(), "shared.sqlite")).await;
    let b = client(&devnet, file(dir.path(), "shared.sqlite")).await;
    let (from_a, from_b) = tokio::join!(
        async {
            let mut ids = Vec::new();
            for i in 0..6 {
                ids.push(a.add(NewMemory::new(format!("A says {i}."))).await.expect("a").id);
            }
            ids
        },
        async {
            let mut ids = Vec::new();
            for i in 0..6 {
                ids.push(b.add(NewMemory::new(format!("B says {i}."))).await.expect("b").id);
            }
            ids
        }
    );
    a.sync().await.expect("sync a");
    b.sync().await.expect("sync b");
    for id in from_a.iter().chain(&from_b) {
        a.get(*id).await.expect("a sees it");
        b.get(*id).await.expect("b sees it");
    }
    // A third client from the shared file agrees with the chain.
    drop((a, b));
    let c = client(&devnet, file(dir.path(), "shared.sqlite")).await;
    assert_eq!(c.len().await, 12);
    assert!(c.open_report().await.cache_rebuilt.is_none());
}

#[tokio::test]
async fn a_wrong_key_is_refused_before_anything_is_written() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    memories.add(NewMemory::new("Something to protect.")).await.expect("add");
    let vault = devnet.vault(0).await.expect("vault");
    let wrong = keyring(&vault, 8);
    let err = MemoryClient::builder(vault, wrong).open().await.expect_err("wrong key");
    assert!(matches!(err, Error::Keys(_)), "{err}");
}

fn conversation(turns: &[&str]) -> Vec<memsync::extract::Message> {
    turns
        .iter()
        .enumerate()
        .map(|(i, text)| {
            if i % 2 == 0 {
                memsync::extract::Message::user(*text)
            } else {
                memsync::extract::Message::assistant(*text)
            }
        })
        .collect()
}

#[tokio::test]
async fn conversations_become_memories_and_changed_facts_update_them() {
    use memsync::memory::{AppliedAction, Search};

    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    let first = conversation(&[
        "Hi, I'm Priya. I live in Berlin and I work as a nurse.",
        "Nice to meet you, Priya!",
        "I'm allergic to peanuts. Can you suggest a snack?",
    ]);
    let applied = memories.add_messages(&first, None).await.expect("first conversation");
    let added: Vec<_> = applied
        .iter()
        .filter(|a| a.action == AppliedAction::Added)
        .map(|a| a.text.as_str())
        .collect();
    assert!(added.iter().any(|t| t.contains("Berlin")), "{applied:?}");
    assert!(added.iter().any(|t| t.contains("peanuts")), "{applied:?}");
    assert!(!added.iter().any(|t| t.contains("snack")), "a request is not a memory: {applied:?}");
    let count = memories.len().await;

    // The same conversation again adds nothing.
    let again = memories.add_messages(&first, None).await.expect("again");
    assert!(again.iter().all(|a| a.action == AppliedAction::Unchanged), "{again:?}");
    assert_eq!(memories.len().await, count);

    // A changed fact updates the old memory instead of contradicting it.
    let later = conversation(&["I moved to Lisbon last month."]);
    let applied = memories.add_messages(&later, None).await.expect("move");
    assert_eq!(applied.len(), 1);
    assert_eq!(applied[0].action, AppliedAction::Updated, "{applied:?}");
    let home = memories.get(applied[0].id.expect("id")).await.expect("updated memory");
    assert_eq!(home.version, 2);
    assert_eq!(applied[0].version, Some(2), "the version written is reported");
    assert!(again.iter().all(|a| a.version.is_none()), "nothing written, no version: {again:?}");
    assert!(home.text.contains("Lisbon"));
    assert_eq!(memories.len().await, count, "updated, not added");
    let hits = memories.search(&Search::new("where do I live")).await.expect("search");
    assert!(hits.iter().all(|h| !h.memory.text.contains("Berlin")), "{hits:?}");

    // A retraction deletes.
    let retract = conversation(&["I'm not allergic to peanuts anymore, the test was wrong."]);
    let applied = memories.add_messages(&retract, None).await.expect("retract");
    let deleted = applied.iter().find(|a| a.action == AppliedAction::Deleted);
    // The tombstone is the record's next version.
    assert_eq!(deleted.and_then(|a| a.version), Some(2), "{applied:?}");
    let hits = memories.search(&Search::new("peanut allergy")).await.expect("search");
    assert!(hits.iter().all(|h| !h.memory.text.contains("peanuts")), "{hits:?}");
}

#[tokio::test]
async fn search_ranks_filters_and_follows_every_change_on_every_device() {
    use memsync::memory::Search;

    let devnet = Devnet::spawn().await.expect("devnet");
    let laptop = client(&devnet, CacheLocation::Memory).await;
    let facts = [
        ("I'm allergic to penicillin.", Category::Health),
        ("I play the cello on Thursdays.", Category::Interests),
        ("My daughter Amelie starts school in September.", Category::Relationships),
        ("I prefer window seats on long flights.", Category::Travel),
        ("I take my coffee black.", Category::Interests),
    ];
    let mut ids = Vec::new();
    for (text, category) in facts {
        ids.push(laptop.add(NewMemory::new(text).categories([category])).await.expect("add").id);
    }
    let hits = laptop.search(&Search::new("allergies")).await.expect("search");
    assert_eq!(hits[0].memory.id, ids[0], "stemming finds 'allergic' for 'allergies'");
    let interests = Filter { categories: [Category::Interests].into(), ..Filter::default() };
    let hits = laptop.search(&Search::new("").filter(interests).limit(10)).await.expect("search");
    assert_eq!(hits.len(), 2);
    assert!(
        laptop.search(&Search::new("quantum chromodynamics")).await.expect("search").is_empty()
    );
    assert!(laptop.search(&Search::new("AND \"( OR :")).await.is_ok(), "user text, not syntax");

    // Another device changes and deletes; this one's index follows after a sync.
    let phone = client(&devnet, CacheLocation::Memory).await;
    phone
        .update(ids[1], MemoryUpdate::new().text("I play the viola on Thursdays."))
        .await
        .expect("edit");
    phone.delete(ids[4]).await.expect("delete");
    laptop.sync().await.expect("sync");
    let viola = laptop.search(&Search::new("viola")).await.expect("search");
    assert_eq!(viola.iter().map(|h| h.memory.id).collect::<Vec<_>>(), [ids[1]]);
    assert!(laptop.search(&Search::new("cello")).await.expect("search").is_empty());
    assert!(laptop.search(&Search::new("coffee")).await.expect("search").is_empty());
}

#[tokio::test]
async fn an_export_imports_losslessly_into_another_vault_and_twice_adds_nothing() {
    use memsync::memory::ImportOptions;

    let devnet = Devnet::spawn().await.expect("devnet");
    let source = client(&devnet, CacheLocation::Memory).await;
    source
        .add(NewMemory::new("I speak Portuguese and French.").tags(["languages"]))
        .await
        .expect("add");
    let edited = source.add(NewMemory::new("I run 5 km on Sundays.")).await.expect("add");
    source
        .update(edited.id, MemoryUpdate::new().text("I run 10 km on Sundays."))
        .await
        .expect("edit");
    source
        .add(
            NewMemory::new("Dentist appointment on 3 March.")
                .expires_at("2031-03-04T00:00:00Z".parse().expect("t")),
        )
        .await
        .expect("add");
    let (document, count) = source.export().await.expect("export");
    assert_eq!(count, 3);

    // Another owner (dev account 3) on another vault imports it.
    let vault =
        Vault::builder(devnet.rpc_url()).signer(devnet.signer(3)).deploy().await.expect("vault");
    let keys = keyring(&vault, 9);
    let target = MemoryClient::builder(vault, keys).open().await.expect("open");
    let report =
        target.import(document.as_bytes(), &ImportOptions::default()).await.expect("import");
    assert_eq!((report.added, report.updated, report.unchanged), (3, 0, 0));
    let again = target.import(document.as_bytes(), &ImportOptions::default()).await.expect("again");
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));

    // Every field, ids, times and versions included, comes back.
    let all = Filter { include_expired: true, ..Filter::default() };
    let mut theirs = source.list(&all, 0, 100).await.expect("list").memories;
    let mut ours = target.list(&all, 0, 100).await.expect("list").memories;
    theirs.sort_by_key(|m| m.id);
    ours.sort_by_key(|m| m.id);
    assert_eq!(ours, theirs);
    assert_eq!(target.get(edited.id).await.expect("edited").version, 2);
    let (reexported, _) = target.export().await.expect("export again");
    let strip = |doc: &str| {
        let mut json: serde_json::Value = serde_json::from_str(doc).expect("json");
        for key in ["exported_at", "owner", "vault"] {
            json[key] = serde_json::Value::Null;
        }
        json
    };
    assert_eq!(strip(&reexported), strip(&document), "export, import, export is the identity");
}

#[tokio::test]
async fn imports_of_every_format_are_idempotent_and_half_corrupt_files_are_refused_unless_asked() {
    use memsync::import::ImportFormat;
    use memsync::memory::ImportOptions;

    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    let fixture = |name: &str| {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/import/src/testdata").join(name),
        )
        .expect("fixture")
    };
    for (name, format) in [
        ("mem0-export.json", ImportFormat::Mem0),
        ("mem0-results.json", ImportFormat::Mem0),
        ("notes.txt", ImportFormat::Text),
        ("notes.md", ImportFormat::Markdown),
        ("chatgpt-conversations.json", ImportFormat::ChatGpt),
    ] {
        // notes.txt holds one line over the 8 KiB limit on purpose: it is reported, the rest
        // imported, only when asked.
        let skip_invalid = name == "notes.txt";
        if skip_invalid {
            let strict = ImportOptions { file_name: Some(name.into()), ..ImportOptions::default() };
            let err = memories.import(&fixture(name), &strict).await.expect_err("oversize line");
            assert!(err.to_string().contains("line 12"), "{err}");
        }
        let options = ImportOptions {
            file_name: Some(name.into()),
            skip_invalid,
            ..ImportOptions::default()
        };
        let first = memories.import(&fixture(name), &options).await.expect(name);
        assert_eq!(first.format, format, "{name}");
        assert!(first.added + first.updated > 0 || first.unchanged > 0, "{name}: {first:?}");
        let before = memories.len().await;
        let second = memories.import(&fixture(name), &options).await.expect(name);
        assert_eq!((second.added, second.updated, second.deleted), (0, 0, 0), "{name}: {second:?}");
        assert_eq!(memories.len().await, before, "{name}: a second import adds nothing");
    }

    let before = (memories.len().await, memories.checkpoint().await);
    let err = memories
        .import(&fixture("mem0-corrupt.json"), &ImportOptions::default())
        .await
        .expect_err("corrupt");
    assert!(matches!(err, Error::Import(_)), "{err}");
    assert!(err.to_string().contains("line 19") && err.to_string().contains("line 45"), "{err}");
    let err = memories
        .import(&fixture("mem0-truncated.json"), &ImportOptions::default())
        .await
        .expect_err("truncated");
    assert!(err.to_string().contains("line"), "{err}");
    let err = memories
        .import(b"\x00\x01 not any format", &ImportOptions::default())
        .await
        .expect_err("garbage");
    assert!(matches!(err, Error::Import(_)), "{err}");
    assert_eq!((memories.len().await, memories.checkpoint().await), before, "nothing was written");

    let skipping = ImportOptions { skip_invalid: true, ..ImportOptions::default() };
    let report = memories.import(&fixture("mem0-corrupt.json"), &skipping).await.expect("skip");
    assert_eq!(report.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [19, 45]);
}

/// A local server speaking the OpenAI embeddings wire format, with deterministic vectors: each
/// word hashed into one of 32 dimensions. It counts the texts it embedded.
async fn embedding_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::routing::post;
    let embedded = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&embedded);
    let app = axum::Router::new().route(
        "/v1/embeddings",
        post(move |axum::Json(request): axum::Json<serde_json::Value>| {
            let counter = Arc::clone(&counter);
            async move {
                let inputs: Vec<String> =
                    serde_json::from_value(request["input"].clone()).expect("input");
                counter.fetch_add(inputs.len(), Ordering::SeqCst);
                let data: Vec<_> = inputs
                    .iter()
                    .enumerate()
                    .map(|(index, text)| {
                        let mut vector = vec![0.01f32; 32];
                        for word in text.to_lowercase().split(|c: char| !c.is_alphanumeric()) {
                            if word.len() > 2 {
                                let h = word.bytes().fold(7u32, |h, b| h.wrapping_mul(31) ^ u32::from(b));
                                vector[(h % 32) as usize] += 1.0;
                            }
                        }
                        serde_json::json!({"object": "embedding", "index": index, "embedding": vector})
                    })
                    .collect();
                axum::Json(serde_json::json!({"object": "list", "data": data, "model": request["model"]}))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/v1", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    (url, embedded)
}

#[tokio::test]
async fn with_an_embedder_vectors_are_sealed_restored_without_re_embedding_and_fused() {
    use std::sync::Arc;
    use std::sync::atomic::Ordering;

    use memsync::memory::Search;
    use memsync::search::OpenAiEmbedder;

    let devnet = Devnet::spawn().await.expect("devnet");
    let (url, embedded) = embedding_server().await;
    let open = |url: String| {
        let devnet = &devnet;
        async move {
            let vault = devnet.vault(0).await.expect("vault");
            let keys = keyring(&vault, 7);
            let embedder = OpenAiEmbedder::builder(&url, "hash-32").build().expect("embedder");
            MemoryClient::builder(vault, keys).embedder(Arc::new(embedder)).open().await
        }
    };
    let laptop = open(url.clone()).await.expect("open");
    let texts = [
        "I'm allergic to penicillin.",
        "I play the cello in an orchestra.",
        "My favourite food is ramen.",
    ];
    let mut ids = Vec::new();
    for text in texts {
        ids.push(laptop.add(NewMemory::new(text)).await.expect("add").id);
    }
    assert_eq!(embedded.load(Ordering::SeqCst), 3, "each memory embedded once when written");
    // One memory record and one vector record per memory, after the key check.
    let owner = laptop.owner();
    assert_eq!(laptop.vault().log_state(owner).await.expect("state").seq, 1 + 2 * 3);

    let hits = laptop.search(&Search::new("cello orchestra")).await.expect("hybrid search");
    assert_eq!(hits[0].memory.id, ids[1]);
    assert_eq!(embedded.load(Ordering::SeqCst), 4, "the query is embedded");

    // A second device restores the vectors from their sealed records: nothing is re-embedded.
    let phone = open(url.clone()).await.expect("open");
    assert_eq!(embedded.load(Ordering::SeqCst), 4);
    let hits = phone.search(&Search::new("ramen food")).await.expect("search");
    assert_eq!(hits[0].memory.id, ids[2]);

    // Deleting a memory tombstones its vector too.
    phone.delete(ids[0]).await.expect("delete");
    assert_eq!(phone.vault().log_state(owner).await.expect("state").seq, 1 + 2 * 3 + 2);

    // With the embedder out of reach, search still answers by text.
    let offline = open(format!("http://{}", memsync_e2e::blob_server::refused_addr()))
        .await
        .expect("open without the embedder");
    let hits = offline.search(&Search::new("cello")).await.expect("text search");
    assert_eq!(hits[0].memory.id, ids[1]);
    let err = offline.add(NewMemory::new("I like tea.")).await.expect_err("cannot embed");
    assert!(matches!(err, Error::Search(_)), "{err}");
    assert_eq!(offline.len().await, 2, "nothing was written without its vector");
}

#[tokio::test]
async fn an_rpc_that_drops_mid_sync_is_retried_and_loses_or_duplicates_nothing() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use memsync::sync::RetryPolicy;
    use memsync_e2e::{Intercept, LyingRpc};

    let devnet = Devnet::spawn().await.expect("devnet");
    let writer = client(&devnet, CacheLocation::Memory).await;
    for i in 0..12 {
        writer.add(NewMemory::new(format!("Fact {i} about me."))).await.expect("add");
    }
    let dir = tempfile::tempdir().expect("dir");
    let quick = memsync::RpcConfig::default().retry(RetryPolicy {
        attempts: 4,
        first_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(100),
    });

    // An RPC that fails `failures` of the log queries it is asked, then answers.
    let flaky = |failures: usize| {
        let seen = Arc::new(AtomicUsize::new(0));
        let intercept: Intercept = Arc::new(move |request| {
            if request["method"] != "eth_getLogs" || seen.fetch_add(1, Ordering::SeqCst) >= failures
            {
                return None;
            }
            Some(serde_json::json!({"jsonrpc": "2.0", "id": request["id"],
                "error": {"code": -32603, "message": "upstream connect error (test)"}}))
        });
        LyingRpc::intercepting(devnet.rpc_url(), intercept)
    };
    let open_through = |url: String| {
        let devnet = &devnet;
        let path = dir.path().join("cache.sqlite");
        async move {
            let vault = Vault::builder(url)
                .signer(devnet.signer(0))
                .rpc(quick)
                .connect(devnet.vault_address())
                .await
                .expect("vault");
            let keys = keyring(&vault, 7);
            MemoryClient::builder(vault, keys).cache(CacheLocation::File(path)).open().await
        }
    };

    // Dropping every query: the sync gives up with a clear error and nothing is lost.
    let dead = flaky(usize::MAX).await;
    let err = open_through(dead.url()).await.expect_err("gives up");
    assert!(
        matches!(err, Error::Vault(memsync::VaultError::RpcGaveUp { attempts: 4, .. })),
        "{err}"
    );
    assert!(err.to_string().contains("nothing was lost"), "{err}");

    // Dropping two queries: retried, and the memories arrive once each.
    let wobbly = flaky(2).await;
    let restored = open_through(wobbly.url()).await.expect("retried");
    assert_eq!(restored.len().await, 12);
    let texts: std::collections::BTreeSet<_> = restored
        .list(&Filter::default(), 0, 100)
        .await
        .expect("list")
        .memories
        .into_iter()
        .map(|m| m.text)
        .collect();
    assert_eq!(texts.len(), 12, "no duplicates");
}

#[tokio::test]
async fn a_new_owner_reads_without_funds_and_is_told_to_fund_before_writing() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let stranger = alloy::signers::local::PrivateKeySigner::random();
    let vault = Vault::builder(devnet.rpc_url())
        .signer(stranger.clone())
        .connect(devnet.vault_address())
        .await
        .expect("connect");
    let keys = keyring(&vault, 11);
    let memories = MemoryClient::builder(vault, keys).open().await.expect("reading needs no ether");
    assert!(memories.is_empty().await);
    let err = memories.add(NewMemory::new("My first memory.")).await.expect_err("no ether");
    assert!(
        matches!(err, Error::Vault(memsync::VaultError::InsufficientFunds { account }) if account == stranger.address()),
        "{err}"
    );
    assert!(err.to_string().contains("send it ether"), "{err}");
    assert!(memories.is_empty().await);
}

#[tokio::test]
async fn plaintext_never_touches_the_disk() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("dir");
    let canary = "canary-7f3a9e: my safe word is periwinkle";
    let memories = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    let memory = memories.add(NewMemory::new(canary).tags(["canary-tag-x1"])).await.expect("add");
    memories
        .update(memory.id, MemoryUpdate::new().text(format!("{canary}, updated")))
        .await
        .expect("edit");
    memories.sync().await.expect("sync");
    assert_eq!(memories.len().await, 1);
    // Everything the client left in its folder (the database, its write-ahead log and index).
    for entry in std::fs::read_dir(dir.path()).expect("dir") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        for needle in ["canary-7f3a9e", "periwinkle", "canary-tag-x1"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "`{needle}` found in {}",
                path.display()
            );
        }
    }
}

/// When a statement was made decides, not when it reached the memory: conversations from 2024
/// imported after newer facts neither bring an old home back nor take back a newer allergy.
#[tokio::test]
async fn old_conversations_imported_late_never_override_newer_facts() {
    use memsync::extract::Message;
    use memsync::memory::{AppliedAction, ImportOptions};

    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    let said = |text: &str, at: &str| Message {
        at: Some(at.parse().expect("time")),
        ..Message::user(text)
    };
    let home = memories
        .add_messages(&[said("I live in Berlin.", "2026-01-10T09:00:00Z")], None)
        .await
        .expect("said in January");
    let home = home[0].id.expect("added");
    let moved = memories
        .add_messages(&[said("I moved to Lisbon.", "2026-06-01T09:00:00Z")], None)
        .await
        .expect("said in June");
    assert_eq!(moved[0].action, AppliedAction::Updated, "{moved:?}");
    let allergy = memories
        .add_messages(&[said("I'm allergic to penicillin.", "2026-02-01T09:00:00Z")], None)
        .await
        .expect("said in February");
    let allergy = allergy[0].id.expect("added");
    let before = memories.list(&Filter::default(), 0, 100).await.expect("list").memories;

    // A ChatGPT export of March 2024 (1709251200 is 2024-03-01T00:00:00Z).
    let export = memsync_e2e::chatgpt_export(
        1_709_251_200,
        &[
            (1_709_251_200, "I live in Berlin."),
            (1_709_251_260, "I'm not allergic to penicillin anymore."),
        ],
    );
    let options =
        ImportOptions { file_name: Some("conversations.json".into()), ..ImportOptions::default() };
    let report = memories.import(export.as_bytes(), &options).await.expect("import");
    assert_eq!((report.added, report.updated, report.deleted), (0, 0, 0), "{report:?}");
    assert_eq!(report.superseded, 2, "{report:?}");
    assert!(memories.get(home).await.expect("home").text.contains("Lisbon"));
    assert!(memories.get(allergy).await.expect("allergy").text.contains("penicillin"));
    let after = memories.list(&Filter::default(), 0, 100).await.expect("list").memories;
    assert_eq!(after, before, "nothing written");

    // Said later, the same retraction takes the allergy back.
    let now = memories
        .add_messages(&[Message::user("I'm not allergic to penicillin anymore.")], None)
        .await
        .expect("said now");
    assert_eq!(now[0].action, AppliedAction::Deleted, "{now:?}");

    // Retracted in 2026, the allergy does not come back with a conversation of 2024 that
    // states it, nor does a memory the owner forgot.
    let cello = memories
        .add_messages(&[said("I play the cello.", "2026-03-01T09:00:00Z")], None)
        .await
        .expect("said in March");
    let cello = cello[0].id.expect("added");
    memories.delete(cello).await.expect("forget");
    let before = memories.list(&Filter::default(), 0, 100).await.expect("list").memories;
    let export = memsync_e2e::chatgpt_export(
        1_709_251_200,
        &[(1_709_251_200, "I'm allergic to penicillin."), (1_709_251_260, "I play the cello.")],
    );
    let report = memories.import(export.as_bytes(), &options).await.expect("import");
    assert_eq!((report.added, report.updated, report.deleted), (0, 0, 0), "{report:?}");
    assert_eq!(report.superseded, 2, "{report:?}");
    assert!(memories.get(allergy).await.is_err(), "the retracted allergy is back");
    assert!(memories.get(cello).await.is_err(), "the forgotten cello is back");
    let after = memories.list(&Filter::default(), 0, 100).await.expect("list").memories;
    assert_eq!(after, before, "nothing written");

    // Said after the retraction, it is a memory again.
    let again = memories
        .add_messages(&[Message::user("I'm allergic to penicillin.")], None)
        .await
        .expect("said now");
    assert_eq!(again[0].action, AppliedAction::Added, "{again:?}");
}

/// A chat started in 2024 and resumed in late 2026 is dated by each sitting: what was said in
/// 2024 does not undo newer facts, what was said in the resumed sitting does update them.
#[tokio::test]
async fn a_chat_resumed_years_later_is_dated_by_each_sitting() {
    use memsync::extract::Message;
    use memsync::memory::ImportOptions;

    let devnet = Devnet::spawn().await.expect("devnet");
    let memories = client(&devnet, CacheLocation::Memory).await;
    let said = |text: &str, at: &str| Message {
        at: Some(at.parse().expect("time")),
        ..Message::user(text)
    };
    memories
        .add_messages(&[said("I live in Berlin.", "2026-01-10T09:00:00Z")], None)
        .await
        .expect("said in January");
    let moved = memories
        .add_messages(&[said("I moved to Lisbon.", "2026-06-01T09:00:00Z")], None)
        .await
        .expect("said in June");
    let home = moved[0].id.expect("the home memory");

    // Started 2024-03-01 (1709251200), resumed 2026-11-02 (1793577600).
    let export = memsync_e2e::chatgpt_export(
        1_709_251_200,
        &[(1_709_251_200, "I live in Berlin."), (1_793_577_600, "I moved to Porto.")],
    );
    let options =
        ImportOptions { file_name: Some("conversations.json".into()), ..ImportOptions::default() };
    let report = memories.import(export.as_bytes(), &options).await.expect("import");
    assert_eq!((report.updated, report.superseded), (1, 1), "{report:?}");
    let now = memories.get(home).await.expect("home");
    assert_eq!(now.text, "I moved to Porto.");
    assert_eq!(now.updated_at, "2026-11-02T00:00:00Z".parse().expect("time"));
}

/// A log long enough that its inline writes are opened on several threads: a second device
/// restoring it from the chain and a third reopening a cache file see exactly what the writer
/// sees, in the same order of versions.
#[tokio::test]
async fn a_long_log_opens_the_same_on_every_device() {
    use memsync::memory::ImportOptions;

    let devnet = Devnet::spawn().await.expect("devnet");
    let dir = tempfile::tempdir().expect("dir");
    let writer = client(&devnet, CacheLocation::Memory).await;
    let lines: String =
        (0..600).map(|i| format!("Fact number {i} about the long log.\n")).collect();
    let report = writer.import(lines.as_bytes(), &ImportOptions::default()).await.expect("import");
    assert_eq!(report.added, 600);
    // Some of them changed, so that later versions follow earlier ones in the same pages.
    for memory in writer.list(&Filter::default(), 0, 40).await.expect("list").memories {
        writer
            .update(memory.id, MemoryUpdate::new().text(format!("{} Changed.", memory.text)))
            .await
            .expect("update");
    }
    let all = |client: &MemoryClient| {
        let client = client.clone();
        async move { client.list(&Filter::default(), 0, usize::MAX).await.expect("list").memories }
    };
    let expected = all(&writer).await;
    assert_eq!(expected.len(), 600);
    let restored = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    assert_eq!(all(&restored).await, expected, "restored from the chain");
    drop(restored);
    let reopened = client(&devnet, file(dir.path(), "cache.sqlite")).await;
    assert_eq!(all(&reopened).await, expected, "reopened from its cache");
}
