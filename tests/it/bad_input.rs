//! Bad input gets an error that says what is wrong and what to do, and changes nothing.

use alloy::primitives::{Address, B256};
use memsync::{Devnet, Error, Operation, Payload, SeqCheck, Vault};

#[tokio::test]
async fn an_unreachable_or_malformed_rpc_url_is_a_clear_error() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    let err = Vault::builder(format!("http://127.0.0.1:{port}"))
        .connect(Address::repeat_byte(1))
        .await
        .expect_err("nothing listens");
    // Refused connections are retried (a node restarting), then given up on.
    assert!(
        matches!(err, memsync::VaultError::Rpc { .. } | memsync::VaultError::RpcGaveUp { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("check the RPC URL"), "{err}");

    for url in ["not a url", "ws://127.0.0.1:8545", "127.0.0.1:8545"] {
        let err = Vault::builder(url).connect(Address::ZERO).await.expect_err(url);
        assert!(matches!(err, memsync::VaultError::InvalidRpcUrl { .. }), "{url}: {err}");
    }
}

/// Every real network's RPC is `https://`: the client must speak TLS to it. A listener that
/// records the first bytes it receives sees a TLS handshake record (0x16), and the error is a
/// failed TLS connection, not "scheme is not http" from a client built without TLS.
#[tokio::test]
async fn an_https_rpc_url_is_spoken_to_over_tls() {
    use tokio::io::AsyncReadExt as _;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let first_bytes = tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.expect("a connection");
        let mut first = [0u8; 3];
        stream.read_exact(&mut first).await.expect("the client's first bytes");
        first
    });
    let err = Vault::builder(format!("https://127.0.0.1:{port}"))
        .rpc(memsync::RpcConfig::default().retry(memsync::rpc::RetryPolicy::NONE))
        .connect(Address::repeat_byte(1))
        .await
        .expect_err("the listener answers no TLS");
    // A client without TLS refuses the URL before it connects at all.
    let first = tokio::time::timeout(std::time::Duration::from_secs(10), first_bytes)
        .await
        .unwrap_or_else(|_| panic!("the client never connected to the https endpoint: {err}"))
        .expect("listener");
    // A TLS record: content type handshake (22), protocol version 3.x.
    assert_eq!((first[0], first[1]), (0x16, 0x03), "not a TLS ClientHello: {first:?}");
    assert!(!err.to_string().contains("scheme is not http"), "{err}");
}

#[tokio::test]
async fn an_address_without_code_or_a_missing_anvil_is_a_clear_error() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let empty = Address::repeat_byte(0x42);
    let err = Vault::builder(devnet.rpc_url()).connect(empty).await.expect_err("no code");
    assert!(
        matches!(err, memsync::VaultError::NoVaultAtAddress { address, chain_id: 31337 } if address == empty)
    );
    assert!(err.to_string().contains("check the vault address"), "{err}");

    let err = Devnet::builder().anvil("/nonexistent/anvil").spawn().await.expect_err("no anvil");
    assert!(matches!(err, Error::AnvilNotFound { .. }), "{err}");
    assert!(err.to_string().contains("npm install"), "{err}");
}

#[tokio::test]
async fn malformed_operations_are_refused_before_anything_is_sent() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let vault = devnet.vault(0).await.expect("vault");
    let owner = vault.signer_address().expect("signer");
    let id = B256::repeat_byte(1);
    let bad = [
        Operation::write(B256::ZERO, 1, vec![1]),
        Operation::write(id, 0, vec![1]),
        Operation::write(id, 1, Vec::<u8>::new()),
        Operation::write_pointer(id, 1, B256::ZERO, "file:///x"),
        Operation::write_pointer(id, 1, B256::repeat_byte(2), ""),
        Operation::delete(id, 0),
    ];
    for op in &bad {
        let err = vault.apply(op, SeqCheck::Any).await.expect_err("invalid");
        assert!(matches!(err, memsync::VaultError::InvalidOperation { .. }), "{op:?}: {err}");
        let err = vault
            .apply_batch(&[Operation::write(id, 1, vec![1]), op.clone()], SeqCheck::Any)
            .await
            .expect_err("invalid in batch");
        assert!(matches!(err, memsync::VaultError::InvalidOperation { .. }), "{op:?}: {err}");
    }
    assert!(matches!(
        vault.apply_batch(&[], SeqCheck::Any).await,
        Err(memsync::VaultError::EmptyBatch)
    ));

    // A read-only client cannot write.
    let reader =
        Vault::builder(devnet.rpc_url()).connect(devnet.vault_address()).await.expect("reader");
    let op = Operation::Write { id, version: 1, payload: Payload::inline(vec![1]) };
    assert!(matches!(reader.apply(&op, SeqCheck::Any).await, Err(memsync::VaultError::NoSigner)));

    assert_eq!(vault.log_state(owner).await.expect("state").seq, 0, "nothing was written");
}
