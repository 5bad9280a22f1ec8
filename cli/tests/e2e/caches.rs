//! The local cache: deleted or damaged between commands (rebuilt from the chain, nothing lost),
//! shared by two processes at once (nothing lost or duplicated), another vault's or chain's
//! (refused and left untouched), and an earlier devnet's.

use std::path::{Path, PathBuf};
use std::thread;

use crate::support::{Anvil, DEV_MNEMONIC, Devnet, deploy_vault};

/// Removes a cache file and its write-ahead files.
fn remove_cache(path: &Path) {
    std::fs::remove_file(path).expect("remove the cache");
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Files in `dir` whose names contain `part`.
fn files_named(dir: &Path, part: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("read the data directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().contains(part)))
        .collect()
}

#[test]
fn a_deleted_or_damaged_cache_is_rebuilt_from_the_chain() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    for text in ["Lives in Utrecht", "Works night shifts", "Allergic to latex", "Plays chess"] {
        home.ok(&["add", text]);
    }
    let chess = home.json(&["search", "chess"])[0]["memory"]["id"].as_str().expect("id").to_owned();
    home.ok(&["edit", &chess, "--text", "Plays chess on Sundays"]);
    let latex = home.json(&["search", "latex"])[0]["memory"]["id"].as_str().expect("id").to_owned();
    home.ok(&["forget", &latex]);
    let before = home.snapshot();
    assert_eq!(before.len(), 3);
    let cache = home.cache_file();
    let seq = home.json(&["sync"])["seq"].as_u64().expect("seq");

    // Deleted: the next command restores everything from the chain.
    remove_cache(&cache);
    let sync = home.json(&["sync"]);
    assert_eq!((sync["from_cache"].as_u64(), sync["from_chain"].as_u64()), (Some(0), Some(seq)));
    assert_eq!(sync["memories"], 3);
    assert!(cache.is_file(), "the cache was not written again");
    assert_eq!(home.snapshot(), before);
    assert_eq!(home.json(&["history", &latex]).as_array().map(Vec::len), Some(2));

    // Deleted before a write: the write lands once, after the rebuild.
    remove_cache(&cache);
    home.ok(&["add", "Collects fountain pens"]);
    let after = home.snapshot();
    assert_eq!(after.len(), 4);
    assert!(before.iter().all(|m| after.contains(m)), "{before:?} not all in {after:?}");

    // Garbage: moved aside, rebuilt, and said so.
    std::fs::write(&cache, b"not a database, just some bytes that are not SQLite at all\n")
        .expect("overwrite the cache");
    let sync = home.json(&["sync"]);
    let reason = sync["cache_rebuilt"].as_str().expect("the rebuild is reported");
    assert!(reason.contains("moved to"), "{sync}");
    assert_eq!(sync["from_chain"], seq + 1);
    assert_eq!(home.snapshot(), after);
    assert_eq!(files_named(&home.data, ".damaged-").len(), 1, "the damaged file is kept aside");
    std::fs::write(&cache, vec![0xa5; 8192]).expect("overwrite the cache");
    let text = home.run(&["sync"]);
    assert_eq!(text.code, 0, "{text}");
    assert!(text.stdout.contains("note: the local cache was damaged ("), "{text}");
    assert!(text.stdout.contains("rebuilt from the chain"), "{text}");
    assert!(text.stdout.contains("4 memories"), "{text}");
    assert_eq!(home.snapshot(), after);

    // A SQLite file cut short.
    home.ok(&["sync"]);
    let bytes = std::fs::read(&cache).expect("read the cache");
    std::fs::write(&cache, &bytes[..bytes.len().min(4096) / 2]).expect("truncate the cache");
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", cache.display()));
    }
    assert_eq!(home.snapshot(), after);
}

#[test]
fn two_processes_share_one_cache() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    assert!(home.cache_files().is_empty(), "both processes start with no cache file");

    let writers: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|name| {
            let home = home.clone();
            thread::spawn(move || {
                (1..=5)
                    .map(|i| home.run(&["add", &format!("Memory {i} from process {name}")]))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    // A reader at the same time.
    let reader = {
        let home = home.clone();
        thread::spawn(move || (0..5).map(|_| home.run(&["list"])).collect::<Vec<_>>())
    };
    for run in writers.into_iter().flat_map(|w| w.join().expect("writer")) {
        assert_eq!(run.code, 0, "{run}");
    }
    for run in reader.join().expect("reader") {
        assert_eq!(run.code, 0, "{run}");
    }

    let mut expected: Vec<String> = ["A", "B"]
        .iter()
        .flat_map(|name| (1..=5).map(move |i| format!("Memory {i} from process {name}")))
        .collect();
    expected.sort();
    assert_eq!(home.texts(&[]), expected, "every memory once");
    assert_eq!(home.cache_files().len(), 1);
    let sync = home.json(&["sync"]);
    assert_eq!(sync["memories"], 10);
    // A fresh cache from the chain agrees with the shared one.
    let elsewhere = home.with_data(devnet.root().join("elsewhere"));
    assert_eq!(elsewhere.texts(&[]), expected);
    assert_eq!(elsewhere.json(&["sync"])["head"], sync["head"]);
}

#[test]
fn a_cache_of_another_vault_or_chain_is_refused_and_left_untouched() {
    let devnet = Devnet::start();
    let (second_vault, second_block) = deploy_vault(&devnet.rpc_url);
    let anvil = Anvil::start(1337);
    let (other_vault, other_block) = deploy_vault(&anvil.rpc_url);

    // The dev mnemonic's account 4 (with ether on both chains) and three networks.
    let home = devnet.home().with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC);
    home.ok(&["init", "--mnemonic", "--index", "4"]);
    for (name, rpc, vault, block) in [
        ("second", &devnet.rpc_url, second_vault, second_block),
        ("other", &anvil.rpc_url, other_vault, other_block),
    ] {
        let (vault, block) = (vault.to_string(), block.to_string());
        home.ok(&[
            "init",
            "--add-network",
            name,
            "--rpc-url",
            rpc,
            "--vault",
            &vault,
            "--deploy-block",
            &block,
        ]);
    }
    home.ok(&["--network", "devnet", "add", "Kept in the devnet's first vault"]);
    let cache = home.cache_file();
    let name = cache.file_name().expect("name").to_string_lossy().into_owned();
    let first = format!("-{}-", devnet.vault.to_string().to_lowercase());
    assert!(name.starts_with(&format!("cache-31337{first}")), "{name}");

    // The first vault's cache under the names the second vault's and the other chain's caches
    // have: refused, with what it belongs to, and not changed.
    for (network, chain, vault) in [("second", 31337, second_vault), ("other", 1337, other_vault)] {
        let foreign = home.data.join(
            name.replace("cache-31337-", &format!("cache-{chain}-"))
                .replace(&first, &format!("-{}-", vault.to_string().to_lowercase())),
        );
        std::fs::copy(&cache, &foreign).expect("copy the cache");
        let bytes = std::fs::read(&foreign).expect("read");
        let run = home.fails(6, &["--network", network, "list"]);
        let belongs = format!("belongs to chain 31337 vault {}", devnet.vault);
        assert!(run.stderr.contains(&belongs), "{run}");
        assert!(run.stderr.contains(&format!("not to chain {chain} vault {vault}")), "{run}");
        let message = home.json_fails(6, &["--network", network, "add", "Must not be written"]);
        assert!(message.contains(&belongs), "{message}");
        assert_eq!(std::fs::read(&foreign).expect("read"), bytes, "the foreign cache was changed");
        assert!(files_named(&home.data, ".damaged-").is_empty(), "the foreign cache was moved");

        // Without it, the network has its own (empty) memory, and the first vault's is intact.
        remove_cache(&foreign);
        assert_eq!(home.texts(&["--network", network]), Vec::<String>::new());
    }
    home.ok(&["--network", "other", "add", "Kept on chain 1337"]);
    assert_eq!(home.texts(&["--network", "other"]), ["Kept on chain 1337"]);
    assert_eq!(home.texts(&["--network", "devnet"]), ["Kept in the devnet's first vault"]);
    assert_eq!(home.cache_files().len(), 3);
}

#[test]
fn a_restarted_devnet_starts_with_fresh_caches() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    home.ok(&["add", "Written on the first devnet"]);
    assert_eq!(home.cache_files().len(), 1);
    let (root, home) = devnet.stop();

    // Every devnet has the same chain id and vault address, so the old cache has the new
    // chain's name, but a log the new chain does not have.
    let devnet = Devnet::start_in(root, home.clone());
    assert!(devnet.banner.contains("removed       1 cache file(s) of an earlier devnet"));
    assert_eq!(home.texts(&[]), Vec::<String>::new());
    home.ok(&["add", "Written on the second devnet"]);
    assert_eq!(home.texts(&[]), ["Written on the second devnet"]);
}
