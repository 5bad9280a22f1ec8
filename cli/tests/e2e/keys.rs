//! Keys that do not match the key-check value the owner published: every memory command refuses
//! with exit 6 before it reads or writes anything.

use crate::support::{DEV_MNEMONIC, Devnet, fixture, write_file};

#[test]
fn keys_that_fail_the_key_check_are_refused_and_write_nothing() {
    let devnet = Devnet::start();
    // The dev mnemonic's account 3 has ether; its memory keys come from the phrase's seed.
    let home = devnet.home().with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC);
    home.ok(&["init", "--mnemonic", "--index", "3", "--root", "mnemonic"]);
    let memory = home.json(&["add", "Written with keys from the seed"]);
    let id = memory["id"].as_str().expect("id").to_owned();
    let seq = home.json(&["sync"])["seq"].clone();

    // The same phrase and signing account, but memory keys from a wallet signature: the keys
    // that open nothing of what was written.
    let identity = |root: &str| {
        let run = home.run(&["init", "--mnemonic", "--index", "3", "--root", root]);
        assert_eq!(run.code, 0, "{run}");
        run.stderr
    };
    assert_eq!(identity("wallet"), identity("mnemonic"), "the same signing account");
    identity("wallet");
    let conversation = r#"[{"role": "user", "content": "I live in Oslo."}]"#;
    let conversation = write_file(devnet.root(), "conversation.json", conversation);
    let export = devnet.root().join("export.json");
    let export = export.to_str().expect("utf-8");
    let commands: [&[&str]; 12] = [
        &["add", "Must not be written"],
        &["search", "seed"],
        &["list"],
        &["show", &id],
        &["edit", &id, "--text", "Must not be written"],
        &["forget", &id],
        &["history", &id],
        &["profile"],
        &["export", "-o", export],
        &["import", &fixture("notes.txt")],
        &["sync"],
        &["add", "--messages", &conversation],
    ];
    for args in commands {
        let run = home.fails(6, args);
        assert!(
            run.stderr.contains("do not match the key-check value published for this vault"),
            "{run}"
        );
        assert!(run.stdout.is_empty(), "{run}");
    }
    assert!(!std::path::Path::new(export).exists(), "an export was written with the wrong keys");
    let message = home.json_fails(6, &["list"]);
    assert!(message.contains("wrong wallet account, mnemonic, passphrase or seed"), "{message}");

    // Back to the right keys: everything as it was, and nothing was written in between.
    identity("mnemonic");
    assert_eq!(home.texts(&[]), ["Written with keys from the seed"]);
    assert_eq!(home.memory(&["show", &id]), memory);
    assert_eq!(home.json(&["sync"])["seq"], seq, "a refused command wrote to the log");
}
