//! Keys that do not match the key-check value the owner published: `init` refuses them and says
//! which `--root` would match; a config edited by hand to them makes every memory command refuse
//! with exit 6 before it reads or writes anything.

use crate::support::{DEV_MNEMONIC, Devnet, added, fixture, write_file};

#[test]
fn keys_that_fail_the_key_check_are_refused_and_write_nothing() {
    let devnet = Devnet::start();
    // The dev mnemonic's account 3 has ether; its memory keys come from the phrase's seed.
    let home = devnet.home().with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC);
    let account = home.init_identity(&["init", "--mnemonic", "--index", "3", "--root", "mnemonic"]);
    let memory = added(&home.json(&["add", "Written with keys from the seed"]));
    let id = memory["id"].as_str().expect("id").to_owned();
    let seq = home.json(&["sync"])["seq"].clone();

    // The same phrase and signing account, but memory keys from a wallet signature: the keys
    // that open nothing of what was written. `init` refuses them, names the root that matches,
    // and saves nothing.
    let config = std::fs::read_to_string(&home.config).expect("the config");
    let run = home.fails(6, &["init", "--mnemonic", "--index", "3", "--root", "wallet"]);
    assert!(
        run.stderr.contains(&format!(
            "the memory keys do not match the key-check value account {account} published on \
             network `devnet`"
        )) && run.stderr.contains(
            "sealed with keys from `--root mnemonic`, not `--root wallet`: run `memsync init \
             --mnemonic --index 3 --root mnemonic`"
        ),
        "{run}"
    );
    assert_eq!(std::fs::read_to_string(&home.config).expect("the config"), config);
    let message = home.json_fails(6, &["init", "--mnemonic", "--index", "3", "--root", "wallet"]);
    assert!(message.contains("`--root mnemonic`"), "{message}");

    // The config edited by hand to the other root: every command refuses.
    let wallet = config.replace("root = \"mnemonic\"", "root = \"wallet\"");
    assert_ne!(wallet, config, "{config}");
    std::fs::write(&home.config, &wallet).expect("write the config");
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
    std::fs::write(&home.config, &config).expect("write the config");
    assert_eq!(home.texts(&[]), ["Written with keys from the seed"]);
    assert_eq!(home.memory(&["show", &id]), memory);
    assert_eq!(home.json(&["sync"])["seq"], seq, "a refused command wrote to the log");
}
