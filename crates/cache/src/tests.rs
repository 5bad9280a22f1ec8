#![allow(clippy::unwrap_used)]

use alloy::primitives::{Address, B256, Bytes};

use super::*;
use memsync_vault::VerifiedLog;

fn scope() -> KeyScope {
    KeyScope {
        chain_id: 31337,
        vault: Address::repeat_byte(0xaa),
        owner: Address::repeat_byte(0xbb),
    }
}

/// A verified-looking log of every operation kind: entries 1..=n and the checkpoint they reach.
fn log(n: u64) -> (Vec<LogEntry>, Checkpoint) {
    let mut head = B256::ZERO;
    let mut entries = Vec::new();
    for seq in 1..=n {
        let id = B256::repeat_byte(seq as u8);
        let op = match seq % 5 {
            0 => Operation::write(id, u64::MAX - seq, Bytes::from(vec![seq as u8; 300])),
            1 => Operation::write_pointer(id, 2, B256::repeat_byte(7), format!("local:{seq:064x}")),
            2 => Operation::delete(id, 3),
            3 => Operation::Write {
                id,
                version: 1,
                payload: Payload::Code {
                    content_hash: B256::repeat_byte(9),
                    pointer: Address::repeat_byte(seq as u8),
                },
            },
            _ => Operation::PublishKeyCheck { epoch: seq, key_check: B256::repeat_byte(3) },
        };
        head = next_head(head, seq, op.op_hash().unwrap());
        entries.push(LogEntry {
            seq,
            block: 100 + seq / 2,
            prev_write_block: if seq == 1 { 0 } else { 100 + (seq - 1) / 2 },
            tx_hash: Some(B256::repeat_byte(seq as u8 ^ 0x55)),
            block_hash: Some(B256::with_last_byte((100 + seq / 2) as u8)),
            op,
        });
    }
    let block = entries.last().map_or(0, |e| e.block);
    (entries, Checkpoint { seq: n, head, block })
}

fn replay_all(cache: &LogCache) -> Result<(Vec<LogEntry>, Checkpoint)> {
    let mut seen = Vec::new();
    let reached = cache.replay(Checkpoint::default(), |e| {
        seen.push(e);
        Ok(())
    })?;
    Ok((seen, reached))
}

#[test]
fn entries_round_trip_and_replay_to_the_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    let (entries, reached) = log(23);
    // The fixture is a log the SDK itself accepts.
    VerifiedLog::verify(scope().owner, Checkpoint::default(), entries.clone(), reached).unwrap();

    let (mut cache, opened) = LogCache::open(&path, scope()).unwrap();
    assert_eq!(opened, CacheOpened::Created);
    assert_eq!(cache.checkpoint().unwrap(), Checkpoint::default());
    cache.append(&entries[..10], Checkpoint { ..log(10).1 }, None).unwrap();
    cache.append(&entries[8..], reached, None).unwrap(); // overlapping entries are harmless
    drop(cache);

    let (cache, opened) = LogCache::open(&path, scope()).unwrap();
    assert_eq!(opened, CacheOpened::Existing);
    assert_eq!(cache.checkpoint().unwrap(), reached);
    let (seen, got) = replay_all(&cache).unwrap();
    assert_eq!(got, reached);
    assert_eq!(seen, entries);
    assert_eq!(cache.record_entries(B256::repeat_byte(5)).unwrap(), vec![entries[4].clone()]);

    // Replaying from a later checkpoint streams only what follows it.
    let mut after = Vec::new();
    cache
        .replay(log(20).1, |e| {
            after.push(e.seq);
            Ok(())
        })
        .unwrap();
    assert_eq!(after, [21, 22, 23]);
}

#[test]
fn the_checkpoint_never_moves_back() {
    let mut cache = LogCache::in_memory(scope()).unwrap();
    let (entries, reached) = log(6);
    cache.append(&entries, reached, None).unwrap();
    // A slower process that verified only up to 4 stores what it has.
    cache.append(&entries[..4], log(4).1, None).unwrap();
    assert_eq!(cache.checkpoint().unwrap(), reached);
}

#[test]
fn altered_or_missing_entries_are_damage() {
    let (entries, reached) = log(9);
    let mut cache = LogCache::in_memory(scope()).unwrap();
    cache.append(&entries, reached, None).unwrap();
    cache.conn().execute("UPDATE entries SET data = x'00' WHERE seq = 5", []).unwrap();
    assert!(matches!(replay_all(&cache), Err(CacheError::Damaged { .. })));

    let mut cache = LogCache::in_memory(scope()).unwrap();
    cache.append(&entries, reached, None).unwrap();
    cache.conn().execute("DELETE FROM entries WHERE seq = 3", []).unwrap();
    let err = replay_all(&cache).unwrap_err();
    assert!(err.to_string().contains("misses operations"), "{err}");

    cache.reset().unwrap();
    assert_eq!(cache.checkpoint().unwrap(), Checkpoint::default());
    assert!(replay_all(&cache).unwrap().0.is_empty());
}

#[test]
fn another_scope_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    let (entries, reached) = log(3);
    LogCache::open(&path, scope()).unwrap().0.append(&entries, reached, None).unwrap();
    let before = std::fs::read(&path).unwrap();

    for other in [
        KeyScope { chain_id: 1, ..scope() },
        KeyScope { vault: Address::repeat_byte(1), ..scope() },
        KeyScope { owner: Address::repeat_byte(2), ..scope() },
    ] {
        let err = LogCache::open(&path, other).unwrap_err();
        assert!(
            matches!(&err, CacheError::ScopeMismatch { found, expected, .. }
                if *found == scope() && *expected == other),
            "{err}"
        );
        assert!(err.to_string().contains("belongs to chain 31337"), "{err}");
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(LogCache::open(&path, scope()).unwrap().0.checkpoint().unwrap(), reached);
}

#[test]
fn a_damaged_file_or_a_foreign_database_is_moved_aside_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, b"this is not a database at all, just some text\n".repeat(200))
        .unwrap();
    let (cache, opened) = LogCache::open(&garbage, scope()).unwrap();
    let CacheOpened::Replaced { moved_to, .. } = opened else { panic!("{opened:?}") };
    assert!(moved_to.exists(), "the old file is kept aside");
    assert_eq!(cache.checkpoint().unwrap(), Checkpoint::default());

    let foreign = dir.path().join("foreign.sqlite");
    Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (text TEXT);").unwrap();
    let (_, opened) = LogCache::open(&foreign, scope()).unwrap();
    assert!(
        matches!(opened, CacheOpened::Replaced { ref reason, .. } if reason.contains("not a MemSync cache"))
    );

    // A valid cache whose pages were overwritten in the middle.
    let torn = dir.path().join("torn.sqlite");
    let (entries, reached) = log(200);
    let (mut cache, _) = LogCache::open(&torn, scope()).unwrap();
    cache.append(&entries, reached, None).unwrap();
    cache.conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    drop(cache);
    let mut bytes = std::fs::read(&torn).unwrap();
    let len = bytes.len();
    bytes[len / 3..len / 3 + 4096].fill(0xa5);
    std::fs::write(&torn, &bytes).unwrap();
    let outcome = LogCache::open(&torn, scope())
        .and_then(|(cache, opened)| replay_all(&cache).map(|(seen, _)| (opened, seen.len())));
    match outcome {
        // Caught when opening (the file was moved aside) or when replaying (the entries do
        // not hash to the checkpoint); never served as if intact.
        Ok((CacheOpened::Replaced { .. }, 0)) | Err(CacheError::Damaged { .. }) => {}
        other => panic!("a torn cache was served: {other:?}"),
    }
}

#[test]
fn two_connections_append_concurrently_without_losing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.sqlite");
    let (entries, _) = log(120);
    LogCache::open(&path, scope()).unwrap();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            let entries = entries.clone();
            std::thread::spawn(move || {
                let (mut cache, _) = LogCache::open(&path, scope()).unwrap();
                // Both processes verified the same chain; they store it in different steps.
                let step = if w == 0 { 7 } else { 13 };
                let mut end = 0;
                while end < entries.len() {
                    end = (end + step).min(entries.len());
                    let reached = log(end as u64).1;
                    cache.append(&entries[..end], reached, None).unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let (cache, _) = LogCache::open(&path, scope()).unwrap();
    let (seen, reached) = replay_all(&cache).unwrap();
    assert_eq!(seen, entries);
    assert_eq!(reached, log(120).1);
}

#[test]
fn connections_that_create_the_same_new_file_at_once_all_open_it() {
    for _ in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.sqlite");
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
        let openers: Vec<_> = (0..4)
            .map(|_| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    LogCache::open(&path, scope()).map(|(_, opened)| opened)
                })
            })
            .collect();
        let opened: Vec<CacheOpened> =
            openers.into_iter().map(|o| o.join().unwrap().unwrap()).collect();
        assert!(opened.iter().all(|o| matches!(o, CacheOpened::Created | CacheOpened::Existing)));
        let (cache, _) = LogCache::open(&path, scope()).unwrap();
        assert_eq!(cache.checkpoint().unwrap(), Checkpoint::default());
    }
}

#[test]
fn blobs_are_kept_by_hash() {
    let cache = LogCache::in_memory(scope()).unwrap();
    let hash = B256::repeat_byte(4);
    assert_eq!(cache.blob(hash).unwrap(), None);
    cache.put_blob(hash, b"ciphertext").unwrap();
    cache.put_blob(hash, b"ciphertext").unwrap();
    assert_eq!(cache.blob(hash).unwrap().as_deref(), Some(&b"ciphertext"[..]));
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite");
    LogCache::open(&path, scope()).unwrap();
    Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = LogCache::open(&path, scope()).unwrap_err();
    assert!(matches!(err, CacheError::Failed { .. }) && err.to_string().contains("newer"), "{err}");
}

#[test]
fn pages_stream_the_log_and_the_last_one_is_checked() {
    let (entries, reached) = log(23);
    let mut cache = LogCache::in_memory(scope()).unwrap();
    cache.append(&entries, reached, None).unwrap();
    let mut at = Checkpoint::default();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let page = cache.replay_page(at, 5, |e| {
            seen.push(e);
            Ok(())
        });
        let page = page.unwrap();
        pages += 1;
        at = page.reached;
        if page.done {
            break;
        }
    }
    assert_eq!((pages, at), (5, reached));
    assert_eq!(seen, entries);

    // A damaged entry in a later page is caught by the time the last page is read.
    cache.conn().execute("UPDATE entries SET data = x'00' WHERE seq = 20", []).unwrap();
    let mut at = Checkpoint::default();
    let outcome = loop {
        match cache.replay_page(at, 5, |_| Ok(())) {
            Ok(page) if page.done => break Ok(()),
            Ok(page) => at = page.reached,
            Err(err) => break Err(err),
        }
    };
    assert!(matches!(outcome, Err(CacheError::Damaged { .. })), "{outcome:?}");
}
