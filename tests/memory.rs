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
    assert!(matches!(err, Error::CacheScopeMismatch { .. }), "{err}");
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
