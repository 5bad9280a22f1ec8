//! The off-chain blob stores of pointer mode against real servers: an HTTP blob server and a
//! minimal IPFS node (trustless gateway and Kubo RPC), both in-process on loopback ports.

use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::primitives::{B256, keccak256};
use memsync::blob::{
    BlobError, BlobFuture, BlobRouter, BlobStore, FileStore, HttpStore, IPFS_MAX_BLOB_LEN,
    IpfsStore, RawCid, fetch_verified,
};
use memsync_e2e::blob_server::{BlobServer, SilentServer, raw_cid, refused_addr};
use memsync_e2e::filler;

#[tokio::test]
async fn http_store_roundtrip_delete_and_not_found() {
    let server = BlobServer::start().await;
    let store = HttpStore::builder(server.blobs_url()).build().expect("store");
    let content = filler(5000, 1);
    let hash = keccak256(&content);

    let uri = store.put(&content).await.expect("put");
    assert_eq!(uri, format!("{}/{}", server.blobs_url(), hex::encode(hash)));
    assert!(server.blob_path(&hex::encode(hash)).is_file());
    assert_eq!(store.put(&content).await.expect("put again"), uri, "put is idempotent");
    assert_eq!(store.get(&uri).await.expect("get"), content);
    assert_eq!(fetch_verified(&store, &uri, hash).await.expect("verified"), content);

    let never = store.uri_of(b"never stored");
    let err = store.get(&never).await.expect_err("missing");
    assert!(matches!(&err, BlobError::NotFound { uri } if *uri == never), "{err}");

    store.delete(&uri).await.expect("delete");
    assert!(!server.blob_path(&hex::encode(hash)).exists(), "the server's copy is erased");
    assert!(matches!(store.get(&uri).await, Err(BlobError::NotFound { .. })));
    assert!(matches!(store.delete(&uri).await, Err(BlobError::NotFound { .. })));
}

#[tokio::test]
async fn http_store_sends_the_bearer_token_in_a_header_only() {
    let server = BlobServer::start_with_bearer_token("right-token").await;
    let content = b"ciphertext".to_vec();

    for store in [
        HttpStore::builder(server.blobs_url()).build().expect("store"),
        HttpStore::builder(server.blobs_url()).bearer_token("wrong-token").build().expect("store"),
    ] {
        let err = store.put(&content).await.expect_err("refused");
        assert!(matches!(err, BlobError::Http { status: 401, .. }), "{err}");
        assert!(err.to_string().contains("bearer token"), "{err}");
    }

    let store =
        HttpStore::builder(server.blobs_url()).bearer_token("right-token").build().expect("store");
    let uri = store.put(&content).await.expect("put with the token");
    assert!(!uri.contains("right-token"), "{uri}");
    assert_eq!(store.get(&uri).await.expect("get"), content);

    let anonymous = HttpStore::builder(server.blobs_url()).build().expect("store");
    let err = anonymous.get(&uri).await.expect_err("refused");
    assert!(matches!(err, BlobError::Http { status: 401, .. }), "{err}");
    let err = anonymous.delete(&uri).await.expect_err("refused");
    assert!(matches!(err, BlobError::Http { status: 401, .. }), "{err}");
    store.delete(&uri).await.expect("delete with the token");
}

#[tokio::test]
async fn altered_bytes_are_a_hash_mismatch() {
    let server = BlobServer::start().await;
    let store = HttpStore::builder(server.blobs_url()).build().expect("store");
    let content = filler(300, 2);
    let hash = keccak256(&content);
    let uri = store.put(&content).await.expect("put");

    let mut altered = content.clone();
    altered[150] ^= 1;
    std::fs::write(server.blob_path(&hex::encode(hash)), &altered).expect("tamper");
    for err in [
        store.get(&uri).await.expect_err("altered"),
        fetch_verified(&store, &uri, hash).await.expect_err("altered"),
    ] {
        assert!(
            matches!(&err, BlobError::HashMismatch { expected, actual, .. }
                if *expected == hash && *actual == keccak256(&altered)),
            "{err}"
        );
    }

    // A pointer whose on-chain hash is not the hash of the blob its URI names.
    std::fs::write(server.blob_path(&hex::encode(hash)), &content).expect("restore");
    let other = B256::repeat_byte(7);
    let err = fetch_verified(&store, &uri, other).await.expect_err("other hash");
    assert!(matches!(err, BlobError::HashMismatch { expected, .. } if expected == other), "{err}");
}

/// A store of the user's own that serves whatever it was told to, checking nothing.
#[derive(Debug)]
struct CarelessStore(Vec<u8>);

impl BlobStore for CarelessStore {
    fn handles(&self, uri: &str) -> bool {
        uri.starts_with("careless:")
    }

    fn put<'a>(&'a self, _content: &'a [u8]) -> BlobFuture<'a, String> {
        Box::pin(async { Ok("careless:1".to_owned()) })
    }

    fn get<'a>(&'a self, _uri: &'a str) -> BlobFuture<'a, Vec<u8>> {
        Box::pin(async { Ok(self.0.clone()) })
    }

    fn delete<'a>(&'a self, _uri: &'a str) -> BlobFuture<'a, ()> {
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn fetch_verified_catches_a_store_that_checks_nothing() {
    let store = CarelessStore(b"substituted".to_vec());
    let hash = keccak256(b"original");
    let err = fetch_verified(&store, "careless:1", hash).await.expect_err("substituted");
    assert!(
        matches!(err, BlobError::HashMismatch { actual, .. }
            if actual == keccak256(b"substituted")),
        "{err}"
    );
    let honest = CarelessStore(b"original".to_vec());
    assert_eq!(fetch_verified(&honest, "careless:1", hash).await.expect("match"), b"original");
}

#[tokio::test]
async fn a_closed_port_or_a_silent_server_is_unreachable() {
    let closed = format!("http://{}", refused_addr());
    let http = HttpStore::builder(&closed).build().expect("store");
    let err = http.get(&http.uri_of(b"x")).await.expect_err("refused");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");
    let err = http.put(b"x").await.expect_err("refused");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");
    assert!(err.to_string().contains("server is running"), "{err}");

    let ipfs = IpfsStore::builder(&closed).api(&closed).build().expect("store");
    let err = ipfs.get(&RawCid::of(b"x").uri()).await.expect_err("refused");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");
    let err = ipfs.put(b"x").await.expect_err("refused");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");

    let silent = SilentServer::start().await;
    let timeout = Duration::from_millis(300);
    let started = Instant::now();
    let http = HttpStore::builder(silent.url()).timeout(timeout).build().expect("store");
    let err = http.get(&http.uri_of(b"x")).await.expect_err("timed out");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");
    let ipfs = IpfsStore::builder(silent.url()).timeout(timeout).build().expect("store");
    let err = ipfs.get(&RawCid::of(b"x").uri()).await.expect_err("timed out");
    assert!(matches!(err, BlobError::Unreachable { .. }), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}

#[tokio::test]
async fn oversized_blobs_are_refused_both_ways() {
    let server = BlobServer::start().await;
    let limited = HttpStore::builder(server.blobs_url()).max_blob_len(1024).build().expect("store");
    let big = filler(2048, 3);

    let err = limited.put(&big).await.expect_err("too large to send");
    assert!(matches!(err, BlobError::TooLarge { limit: 1024, .. }), "{err}");
    assert!(!server.blob_path(&hex::encode(keccak256(&big))).exists(), "nothing was sent");

    // Stored by a device with a higher limit, refused on the announced length.
    let uri = HttpStore::builder(server.blobs_url())
        .build()
        .expect("store")
        .put(&big)
        .await
        .expect("put");
    let err = limited.get(&uri).await.expect_err("too large to receive");
    assert!(matches!(err, BlobError::TooLarge { limit: 1024, .. }), "{err}");
    let exact = filler(1024, 4);
    let uri = limited.put(&exact).await.expect("at the limit");
    assert_eq!(limited.get(&uri).await.expect("at the limit"), exact);

    // An endless body without a length: the reader stops at the limit instead of buffering.
    let endless =
        HttpStore::builder(server.endless_url()).max_blob_len(1 << 20).build().expect("store");
    let err = endless.get(&endless.uri_of(b"x")).await.expect_err("endless");
    assert!(matches!(err, BlobError::TooLarge { limit: 1_048_576, .. }), "{err}");
    // What the server produced: the 1 MiB read, plus what socket buffers took in meanwhile.
    let sent = server.endless_bytes_sent();
    assert!(sent < 32 << 20, "the reader took {sent} bytes of an endless body");

    let ipfs = IpfsStore::builder(server.url()).api(server.url()).build().expect("store");
    let err = ipfs.put(&filler(IPFS_MAX_BLOB_LEN + 1, 5)).await.expect_err("over one block");
    assert!(matches!(err, BlobError::TooLarge { limit: IPFS_MAX_BLOB_LEN, .. }), "{err}");
}

#[tokio::test]
async fn ipfs_store_roundtrip_pin_and_unpin() {
    let server = BlobServer::start().await;
    let store = IpfsStore::builder(server.url()).api(server.url()).build().expect("store");

    for (seed, len) in [(6, 0), (7, 1), (8, 70_000), (9, IPFS_MAX_BLOB_LEN)] {
        let content = filler(len, seed);
        let cid = raw_cid(&content);
        let uri = store.put(&content).await.expect("put");
        assert_eq!(uri, format!("ipfs://{cid}"), "the node and the SDK agree on the CID");
        assert!(server.is_pinned(&cid));
        assert_eq!(store.get(&uri).await.expect("get"), content);
        let hash = keccak256(&content);
        assert_eq!(fetch_verified(&store, &uri, hash).await.expect("verified"), content);

        store.delete(&uri).await.expect("unpin");
        assert!(!server.is_pinned(&cid));
        let err = store.get(&uri).await.expect_err("collected");
        assert!(matches!(&err, BlobError::NotFound { uri: u } if *u == uri), "{err}");
        let err = store.delete(&uri).await.expect_err("not pinned");
        assert!(matches!(err, BlobError::NotFound { .. }), "{err}");
    }
}

#[tokio::test]
async fn ipfs_store_checks_the_block_against_its_cid() {
    let server = BlobServer::start().await;
    let store = IpfsStore::builder(server.url()).api(server.url()).build().expect("store");
    let content = filler(4000, 10);
    let uri = store.put(&content).await.expect("put");
    let cid = raw_cid(&content);

    let mut altered = content.clone();
    altered[0] ^= 0x80;
    std::fs::write(server.block_path(&cid), &altered).expect("tamper");
    let err = store.get(&uri).await.expect_err("altered block");
    let digest = RawCid::of(&content).digest();
    assert!(
        matches!(&err, BlobError::CidDigestMismatch { expected, actual, .. }
            if *expected == digest && *actual == RawCid::of(&altered).digest()),
        "{err}"
    );
    assert!(err.to_string().contains("use another gateway"), "{err}");
}

#[tokio::test]
async fn ipfs_store_reads_without_an_api_and_refuses_to_write() {
    let server = BlobServer::start().await;
    let writer = IpfsStore::builder(server.url()).api(server.url()).build().expect("store");
    let uri = writer.put(b"shared record").await.expect("put");

    let reader = IpfsStore::builder(server.url()).build().expect("gateway only");
    assert_eq!(reader.get(&uri).await.expect("read"), b"shared record");
    assert!(matches!(reader.put(b"x").await, Err(BlobError::ReadOnly { operation: "put" })));
    assert!(matches!(reader.delete(&uri).await, Err(BlobError::ReadOnly { operation: "delete" })));
    assert!(server.is_pinned(&raw_cid(b"shared record")), "nothing was unpinned");
}

#[tokio::test]
async fn ipfs_store_refuses_a_node_that_answers_another_cid() {
    let server = BlobServer::start().await;
    // A CIDv1 dag-pb, what a node chunking into a file tree would answer.
    let other = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    server.answer_add_with(other);
    let store = IpfsStore::builder(server.url()).api(server.url()).build().expect("store");
    let err = store.put(b"record").await.expect_err("another CID");
    assert!(
        matches!(&err, BlobError::UnexpectedCid { expected, returned }
            if *expected == raw_cid(b"record") && returned == other),
        "{err}"
    );
}

#[tokio::test]
async fn the_router_reads_each_uri_from_its_store() {
    let server = BlobServer::start().await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let file: Arc<dyn BlobStore> = Arc::new(FileStore::new(dir.path()));
    let http: Arc<dyn BlobStore> =
        Arc::new(HttpStore::builder(server.blobs_url()).build().expect("store"));
    let endless: Arc<dyn BlobStore> =
        Arc::new(HttpStore::builder(server.endless_url()).max_blob_len(16).build().expect("store"));
    let ipfs: Arc<dyn BlobStore> =
        Arc::new(IpfsStore::builder(server.url()).api(server.url()).build().expect("store"));

    // Three devices wrote one record each, to three stores.
    let records = [
        (file.put(b"from the laptop").await.expect("file"), &b"from the laptop"[..]),
        (http.put(b"from the phone").await.expect("http"), &b"from the phone"[..]),
        (ipfs.put(b"from the agent").await.expect("ipfs"), &b"from the agent"[..]),
    ];
    let router = BlobRouter::new(Arc::clone(&file))
        .with(Arc::clone(&endless))
        .with(Arc::clone(&http))
        .with(Arc::clone(&ipfs));

    for (uri, content) in &records {
        assert!(router.handles(uri), "{uri}");
        let hash = keccak256(content);
        assert_eq!(fetch_verified(&router, uri, hash).await.expect("routed"), *content, "{uri}");
    }
    // `/endless` is not a prefix match for `/blobs`, and the other way round.
    let endless_uri = format!("{}/{}", server.endless_url(), hex::encode(B256::ZERO));
    let err = router.get(&endless_uri).await.expect_err("endless");
    assert!(matches!(err, BlobError::TooLarge { limit: 16, .. }), "{err}");

    let written = router.put(b"new record").await.expect("router put");
    assert!(written.starts_with("local:"), "the writer takes new blobs: {written}");
    assert_eq!(file.get(&written).await.expect("in the file store"), b"new record");

    let err = router.get("s3://bucket/blob").await.expect_err("no store");
    assert!(matches!(err, BlobError::UnsupportedUri { .. }), "{err}");

    router.delete(&records[1].0).await.expect("delete through the router");
    assert!(matches!(http.get(&records[1].0).await, Err(BlobError::NotFound { .. })));
}
