//! Per-app scopes against a real anvil: what each app sees through every read (search, list,
//! get, profile), what it may write (adds, updates, deletes, conversations), and that a refusal
//! writes nothing.

use memsync::keys::{KeyScope, Keyring, RootSeed};
use memsync::memory::{
    AppScope, AppliedAction, CacheLocation, Category, Filter, Memory, MemoryClient, MemoryKind,
    MemoryUpdate, NewMemory, ScopeError, Search, Source,
};
use memsync::{Devnet, Error, Vault};

fn keyring(vault: &Vault) -> Keyring {
    let scope = KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address().expect("signer"),
    };
    Keyring::from_seed(scope, &RootSeed::from_seed_bytes(&[3; 32]).expect("seed"), 1..=1)
}

async fn owner_client(devnet: &Devnet) -> MemoryClient {
    let vault = devnet.vault(0).await.expect("vault");
    let keys = keyring(&vault);
    MemoryClient::builder(vault, keys)
        .cache(CacheLocation::Memory)
        .source(Source::app("owner"))
        .open()
        .await
        .expect("open")
}

fn career_only() -> AppScope {
    AppScope { categories: Some([Category::Career].into()), ..AppScope::default() }
}

fn texts(memories: impl IntoIterator<Item = Memory>) -> Vec<String> {
    let mut texts: Vec<String> = memories.into_iter().map(|m| m.text).collect();
    texts.sort();
    texts
}

fn is_scope(err: &Error, expected: &ScopeError) -> bool {
    matches!(err, Error::Scope(found) if found == expected)
}

#[tokio::test]
async fn each_app_sees_and_writes_only_its_scope_and_refusals_write_nothing() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner = owner_client(&devnet).await;
    let add = |text: &str, categories: &[Category]| {
        let new = NewMemory::new(text).categories(categories.iter().copied());
        let owner = owner.clone();
        async move { owner.add(new).await.expect("owner adds") }
    };
    let job = add("I work as a nurse at the Charité.", &[Category::Career]).await;
    let allergy = add("I am allergic to peanuts.", &[Category::Health]).await;
    let therapy = add("I see a therapist on Tuesdays.", &[Category::Private]).await;
    let burnout =
        add("I had a burnout at my last job.", &[Category::Career, Category::Health]).await;
    let private_work =
        add("I am planning to quit my job.", &[Category::Career, Category::Private]).await;
    let trip = owner
        .add(
            NewMemory::new("Flying to Porto on Friday for work.")
                .kind(MemoryKind::Episodic)
                .categories([Category::Career, Category::Travel])
                .expires_at("2030-01-01T00:00:00Z".parse().expect("time")),
        )
        .await
        .expect("trip");

    // The default app: everything but what is private (even partly).
    let default = owner.app(Source::app("default-app"), AppScope::default()).expect("scope");
    let page = default.list(&Filter::default(), 0, 50).await.expect("list");
    assert_eq!(
        texts(page.memories),
        texts([job.clone(), allergy.clone(), burnout.clone(), trip.clone()])
    );
    assert_eq!(page.total, 4);
    for hidden in [&therapy, &private_work] {
        assert!(matches!(default.get(hidden.id).await, Err(Error::MemoryNotFound { .. })));
    }
    let hits = default.search(&Search::new("therapist job quit nurse")).await.expect("search");
    assert!(hits.iter().all(|h| !h.memory.categories.contains(&Category::Private)), "{hits:?}");
    assert!(hits.iter().any(|h| h.memory.id == job.id), "{hits:?}");
    let asks_private = Filter { categories: [Category::Private].into(), ..Filter::default() };
    let refused = default.search(&Search::new("therapist").filter(asks_private.clone())).await;
    assert!(is_scope(
        &refused.expect_err("hidden category"),
        &ScopeError::HiddenCategory(Category::Private)
    ));
    assert!(default.list(&asks_private, 0, 10).await.is_err());
    let profile = default.profile().await.expect("profile");
    assert!(!profile.categories.contains_key(&Category::Private), "{profile:?}");
    assert!(!profile.bio.contains("therapist") && !profile.bio.contains("quit"), "{profile:?}");

    // An app allowed only career: memories wholly in career, nothing partly elsewhere.
    let career = owner.app(Source::app("career-coach"), career_only()).expect("scope");
    let page = career.list(&Filter::default(), 0, 50).await.expect("list");
    assert_eq!(texts(page.memories), texts([job.clone()]));
    assert!(career.search(&Search::new("peanuts allergic")).await.expect("search").is_empty());
    assert!(matches!(career.get(burnout.id).await, Err(Error::MemoryNotFound { .. })));
    let profile = career.profile().await.expect("profile");
    assert_eq!(profile.categories.keys().copied().collect::<Vec<_>>(), [Category::Career]);

    // What it may not write is refused, and nothing is written.
    let seq = owner.checkpoint().await.seq;
    let refused = career
        .add(NewMemory::new("I have asthma.").categories([Category::Health]))
        .await
        .expect_err("health");
    assert!(is_scope(&refused, &ScopeError::HiddenCategory(Category::Health)), "{refused}");
    let refused = career.add(NewMemory::new("I am allergic to cats.")).await;
    assert!(
        matches!(refused, Err(Error::Scope(ScopeError::HiddenCategory(Category::Health)))),
        "classified as health: {refused:?}"
    );
    let refused = career
        .update(job.id, MemoryUpdate::new().categories([Category::Career, Category::Private]))
        .await;
    assert!(matches!(refused, Err(Error::Scope(ScopeError::HiddenCategory(Category::Private)))));
    assert!(matches!(
        career.update(allergy.id, MemoryUpdate::new().text("I am allergic to nuts.")).await,
        Err(Error::MemoryNotFound { .. })
    ));
    assert!(matches!(career.delete(allergy.id).await, Err(Error::MemoryNotFound { .. })));
    owner.sync().await.expect("sync");
    assert_eq!(owner.checkpoint().await.seq, seq, "refusals wrote nothing");

    // What it may write is written, with the app as its source.
    let promoted = career
        .update(job.id, MemoryUpdate::new().text("I work as a head nurse at the Charité."))
        .await
        .expect("update in scope");
    assert_eq!(promoted.version, 2);
    let added = career
        .add(NewMemory::new("I lead a team of twelve nurses.").categories([Category::Career]))
        .await
        .expect("add in scope");
    assert_eq!(added.source.app.as_deref(), Some("career-coach"));

    // A conversation: facts outside the scope are reported and not written; hidden memories
    // are neither matched nor retracted.
    let messages = [
        memsync::extract::Message::user("I'm allergic to cats."),
        memsync::extract::Message::user("I'm not allergic to peanuts anymore."),
        memsync::extract::Message::user("I work as a midwife now."),
    ];
    let applied =
        career.add_messages(&messages, Some("thread-7".into())).await.expect("conversation");
    assert!(
        applied.iter().any(|a| a.action == AppliedAction::OutOfScope && a.text.contains("cats")),
        "{applied:?}"
    );
    assert!(applied.iter().all(|a| a.action != AppliedAction::Deleted), "{applied:?}");
    owner.sync().await.expect("sync");
    assert_eq!(owner.get(allergy.id).await.expect("still there"), allergy, "hidden, untouched");
    let all = owner.list(&Filter::default(), 0, 100).await.expect("list");
    assert!(all.memories.iter().all(|m| !m.text.contains("cats")), "nothing out of scope");
    let midwife = all.memories.iter().find(|m| m.text.contains("midwife")).expect("in scope");
    assert!(career.scope().can_see(midwife));
    assert_eq!((midwife.id, midwife.version), (job.id, 3), "the visible job memory, updated");

    // A read-only app reads and cannot write anything.
    let reader = owner
        .app(Source::app("reader"), AppScope { read_only: true, ..AppScope::default() })
        .expect("scope");
    assert!(reader.get(job.id).await.is_ok());
    let seq = owner.checkpoint().await.seq;
    let read_only = |r: Result<(), Error>| matches!(r, Err(Error::Scope(ScopeError::ReadOnly)));
    assert!(read_only(reader.add(NewMemory::new("I like jazz.")).await.map(drop)));
    assert!(read_only(reader.update(job.id, MemoryUpdate::new().text("x")).await.map(drop)));
    assert!(read_only(reader.delete(job.id).await));
    assert!(read_only(reader.add_messages(&messages, None).await.map(drop)));
    owner.sync().await.expect("sync");
    assert_eq!(owner.checkpoint().await.seq, seq, "a read-only app wrote nothing");

    // Private only when allowed; a scope cannot list it as a category.
    let trusted = owner
        .app(Source::app("therapist-app"), AppScope { allow_private: true, ..AppScope::default() })
        .expect("scope");
    assert_eq!(trusted.get(therapy.id).await.expect("allowed"), therapy);
    let listed = AppScope { categories: Some([Category::Private].into()), ..AppScope::default() };
    assert!(matches!(owner.app(Source::app("x"), listed), Err(ScopeError::PrivateListed)));

    // Kinds.
    let lasting = owner
        .app(
            Source::app("lasting-only"),
            AppScope { kinds: Some([MemoryKind::Semantic].into()), ..AppScope::default() },
        )
        .expect("scope");
    assert!(matches!(lasting.get(trip.id).await, Err(Error::MemoryNotFound { .. })));
    assert!(lasting.search(&Search::new("Porto")).await.expect("search").is_empty());
}
