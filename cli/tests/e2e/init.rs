//! `init`: every kind of identity (dev, new and existing keystores, mnemonics), networks added by
//! URL, and the configuration mistakes that exit 6 (or 7 for a node that cannot be reached).

use std::process::{Command, Stdio};

use crate::support::{
    Anvil, DEV_MNEMONIC, Devnet, Home, MEMSYNC, deploy_vault, fund, identity_of, write_file,
};

/// anvil's account 0.
const DEV_ACCOUNT_0: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

fn config_text(home: &Home) -> String {
    std::fs::read_to_string(&home.config).expect("the config file")
}

fn config(home: &Home) -> toml::Value {
    toml::from_str(&config_text(home)).expect("the config is TOML")
}

/// A URL nothing listens on.
fn dead_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn init_sets_up_every_kind_of_identity() {
    let devnet = Devnet::start();

    // --dev: anvil's public test accounts.
    let dev = devnet.home();
    assert_eq!(dev.init_identity(&["init", "--dev"]), DEV_ACCOUNT_0);
    assert_eq!(config(&dev)["identity"]["kind"].as_str(), Some("dev"));
    let json = dev.json(&["init", "--dev", "--account", "2"]);
    assert_eq!(json["identity"], serde_json::json!({"kind": "dev", "account": 2}));
    assert_eq!(json["config"].as_str(), dev.config.to_str());
    let text = dev.ok(&["init", "--dev"]);
    assert_eq!(text, format!("saved {}\n", dev.config.display()));

    // --new-keystore: a password of 8 characters or more, from MEMSYNC_PASSWORD.
    let keystore = devnet.new_home("keystore");
    let short = keystore.with_env("MEMSYNC_PASSWORD", "seven77");
    let run = short.fails(6, &["init", "--new-keystore"]);
    assert!(run.stderr.contains("8 characters or more"), "{run}");
    let no_password = keystore.fails(6, &["init", "--new-keystore"]);
    assert!(no_password.stderr.contains("MEMSYNC_PASSWORD is not set"), "{no_password}");
    let keystores = keystore.data.join("keystores");
    let files = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&keystores)
            .map(|d| d.map(|e| e.expect("entry").path()).collect())
            .unwrap_or_default()
    };
    assert!(files().is_empty(), "a refused password left a keystore");
    let keystore = keystore.with_env("MEMSYNC_PASSWORD", "correct horse battery");
    let address = keystore.init_identity(&["init", "--new-keystore"]);
    let [file] = files().try_into().expect("one keystore file");
    let file = file.to_str().expect("utf-8").to_owned();
    assert_eq!(config(&keystore)["identity"]["kind"].as_str(), Some("keystore"));
    assert_eq!(config(&keystore)["identity"]["keystore"].as_str(), Some(file.as_str()));

    // --keystore FILE: reopened with its password; a wrong one refused, the config kept.
    let before = config_text(&keystore);
    let wrong = keystore.with_env("MEMSYNC_PASSWORD", "incorrect horse");
    let run = wrong.fails(6, &["init", "--keystore", &file]);
    assert!(
        run.stderr.contains("cannot open the keystore") && run.stderr.contains("wrong password"),
        "{run}"
    );
    assert_eq!(config_text(&keystore), before);
    let reopened =
        devnet.new_home("reopened").with_env("MEMSYNC_PASSWORD", "correct horse battery");
    assert_eq!(reopened.init_identity(&["init", "--keystore", &file]), address);
    let run = reopened.fails(6, &["init", "--keystore", &file, "--root", "mnemonic"]);
    assert!(run.stderr.contains("--root mnemonic needs --mnemonic"), "{run}");
    // A new account has no ether on the devnet until it is given some.
    fund(&devnet.rpc_url, &address);
    keystore.ok(&["add", "Written with a keystore"]);
    assert_eq!(reopened.texts(&[]), ["Written with a keystore"]);
    wrong.fails(6, &["list"]);

    // --mnemonic --generate: the 24 words printed once, never stored.
    let mnemonic = devnet.new_home("mnemonic");
    let run = mnemonic.run(&["init", "--mnemonic", "--generate"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("Write it down"), "{run}");
    let phrase = run
        .stdout
        .lines()
        .find(|l| l.starts_with("  ") && l.split_whitespace().count() == 24)
        .unwrap_or_else(|| panic!("no 24-word phrase in: {run}"))
        .trim()
        .to_owned();
    assert_eq!(run.stdout.matches(&phrase).count(), 1, "{run}");
    let generated = identity_of(&run.stderr);
    let stored = config_text(&mnemonic);
    assert!(!stored.contains(&phrase), "the mnemonic was stored:\n{stored}");
    assert_eq!(config(&mnemonic)["identity"]["kind"].as_str(), Some("mnemonic"));
    let json = mnemonic.json(&["init", "--mnemonic", "--generate"]);
    let other = json["mnemonic"].as_str().expect("the mnemonic in the JSON document");
    assert_eq!(other.split_whitespace().count(), 24);
    assert_ne!(other, phrase);
    assert_eq!(
        json["identity"],
        serde_json::json!({"kind": "mnemonic", "index": 0, "root": "wallet"})
    );

    // --mnemonic with MEMSYNC_MNEMONIC: the same phrase, the same account; --root mnemonic.
    let same = mnemonic.with_env("MEMSYNC_MNEMONIC", &phrase);
    assert_eq!(same.init_identity(&["init", "--mnemonic"]), generated);
    assert_ne!(same.init_identity(&["init", "--mnemonic", "--index", "1"]), generated);
    let json = same.json(&["init", "--mnemonic", "--root", "mnemonic"]);
    assert_eq!(
        json["identity"],
        serde_json::json!({"kind": "mnemonic", "index": 0, "root": "mnemonic"})
    );
    assert!(json.get("mnemonic").is_none(), "a phrase the user typed is not printed back");
    fund(&devnet.rpc_url, &generated);
    same.ok(&["add", "Written with keys from a mnemonic"]);
    assert_eq!(same.texts(&[]), ["Written with keys from a mnemonic"]);
    let run = mnemonic
        .with_env("MEMSYNC_MNEMONIC", "not a real phrase")
        .fails(6, &["init", "--mnemonic"]);
    assert!(run.stderr.contains("not a valid BIP-39 mnemonic"), "{run}");
    let run = mnemonic.fails(6, &["list"]);
    assert!(run.stderr.contains("MEMSYNC_MNEMONIC is not set"), "{run}");
    assert_eq!(
        same.texts(&[]),
        ["Written with keys from a mnemonic"],
        "the failures changed nothing"
    );

    // --add-network: the chain id is read from the node; a node that is not there exits 7; an
    // address without a contract exits 6; the config is left as it was.
    let networks = Home::new(devnet.root(), "networks");
    let added = networks.json(&devnet.add_network_args("local", &devnet.rpc_url));
    assert_eq!(added["default_network"], "local");
    assert_eq!(added["identity"], serde_json::Value::Null);
    let local = &config(&networks)["networks"]["local"];
    assert_eq!(local["chain_id"].as_integer(), Some(31337));
    assert_eq!(local["rpc_url"].as_str(), Some(devnet.rpc_url.as_str()));
    assert_eq!(local["deploy_block"].as_integer(), Some(devnet.deploy_block as i64));
    networks.ok(&["init", "--dev"]);
    assert_eq!(networks.json(&["list"])["total"], 0);
    let before = config_text(&networks);
    let run = networks.fails(7, &devnet.add_network_args("dead", &dead_url()));
    assert!(
        run.stderr.contains("checking network `dead`")
            && run.stderr.contains("is the RPC URL right and the node running?"),
        "{run}"
    );
    let run = networks.fails(
        6,
        &[
            "init",
            "--add-network",
            "empty",
            "--rpc-url",
            &devnet.rpc_url,
            "--vault",
            "0x0000000000000000000000000000000000000001",
        ],
    );
    assert!(run.stderr.contains("no contract code at"), "{run}");
    let run = networks.fails(6, &devnet.add_network_args("two words", &devnet.rpc_url));
    assert!(run.stderr.contains("network names are letters"), "{run}");
    assert_eq!(config_text(&networks), before);
    assert_eq!(
        networks.run(&["init", "--rpc-url", &devnet.rpc_url]).code,
        2,
        "--rpc-url needs --add-network"
    );
    networks.ok(&devnet.add_network_args("second", &devnet.rpc_url));
    assert_eq!(networks.json(&["init", "--network", "local"])["default_network"], "local");
}

#[test]
fn configuration_mistakes_exit_6_and_say_what_to_do() {
    let root = tempfile::tempdir().expect("temporary directory");
    let home = Home::new(root.path(), "home");

    let run = home.fails(6, &["list"]);
    assert!(
        run.stderr.contains("no network chosen") && run.stderr.contains("memsync init"),
        "{run}"
    );
    let run = home.fails(6, &["init"]);
    assert!(run.stderr.contains("choose an identity: --dev"), "{run}");

    let networks = "[networks.alpha]\nrpc_url = \"http://127.0.0.1:9\"\nchain_id = 31337\n\
                    vault = \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n\n\
                    [networks.beta]\nrpc_url = \"http://127.0.0.1:9\"\nchain_id = 1\n\
                    vault = \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n";
    std::fs::write(&home.config, format!("default_network = \"alpha\"\n\n{networks}"))
        .expect("write");
    let run = home.fails(6, &["list"]);
    assert!(run.stderr.contains("no identity set up: run `memsync init`"), "{run}");
    for args in [&["--network", "gamma", "list"][..], &["--network", "gamma", "init", "--dev"]] {
        let run = home.fails(6, args);
        assert!(
            run.stderr.contains("no network named `gamma` in the config (known: alpha, beta)"),
            "{run}"
        );
        assert!(
            run.stderr.contains("memsync init --add-network gamma --rpc-url URL --vault ADDRESS"),
            "{run}"
        );
    }
    let message = home.json_fails(6, &["--network", "gamma", "show", "abcd"]);
    assert!(message.contains("no network named `gamma`"), "{message}");
    let env = home.with_env("MEMSYNC_NETWORK", "gamma");
    assert!(env.fails(6, &["list"]).stderr.contains("no network named `gamma`"));

    // A typo in a key: the key is named, and init does not overwrite the file.
    let typo = format!("default_netwrok = \"alpha\"\n\n{networks}");
    std::fs::write(&home.config, &typo).expect("write");
    for args in [&["list"][..], &["init", "--dev"]] {
        let run = home.fails(6, args);
        assert!(
            run.stderr.contains("is not a valid config file")
                && run.stderr.contains("default_netwrok"),
            "{run}"
        );
    }
    assert_eq!(std::fs::read_to_string(&home.config).expect("read"), typo);
    std::fs::write(&home.config, networks.replace("rpc_url", "rpc_ulr")).expect("write");
    assert!(home.fails(6, &["list"]).stderr.contains("rpc_ulr"));
    std::fs::write(&home.config, "[identity]\nkind = \"ledger\"\n").expect("write");
    assert!(home.fails(6, &["list"]).stderr.contains("ledger"));

    // The config file named by MEMSYNC_CONFIG, with no --config.
    let bad = write_file(root.path(), "bad.toml", "netwroks = 1\n");
    let output = Command::new(MEMSYNC)
        .env("MEMSYNC_CONFIG", &bad)
        .env("MEMSYNC_DATA_DIR", &home.data)
        .env("HOME", &home.sandbox)
        .env("XDG_CONFIG_HOME", home.sandbox.join("config"))
        .env("XDG_DATA_HOME", home.sandbox.join("data"))
        .env_remove("MEMSYNC_NETWORK")
        .arg("list")
        .stdin(Stdio::null())
        .output()
        .expect("run memsync");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains(&format!("{bad} is not a valid config file")), "{stderr}");
}

#[test]
fn the_dev_identity_is_refused_on_another_chain() {
    let anvil = Anvil::start(1337);
    let (vault, block) = deploy_vault(&anvil.rpc_url);
    let root = tempfile::tempdir().expect("temporary directory");
    let home = Home::new(root.path(), "home");
    let (vault, block) = (vault.to_string(), block.to_string());
    home.ok(&[
        "init",
        "--add-network",
        "other",
        "--rpc-url",
        &anvil.rpc_url,
        "--vault",
        &vault,
        "--deploy-block",
        &block,
    ]);
    assert_eq!(config(&home)["networks"]["other"]["chain_id"].as_integer(), Some(1337));

    let run = home.fails(6, &["init", "--dev"]);
    assert!(
        run.stderr.contains("network `other` is chain 1337, not a devnet (chain 31337)")
            && run.stderr.contains("refused on chain 1337"),
        "{run}"
    );
    assert!(config(&home).get("identity").is_none(), "a refused identity was saved");

    // A real identity works there (the dev mnemonic's account 4 has ether on any anvil).
    let user = home.with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC);
    user.ok(&["init", "--mnemonic", "--index", "4"]);
    user.ok(&["add", "Written on chain 1337"]);
    assert_eq!(user.texts(&[]), ["Written on chain 1337"]);

    // A config edited by hand: the dev identity there, or the wrong chain id for the node.
    let text = config_text(&home);
    let mnemonic = "kind = \"mnemonic\"\nindex = 4\nroot = \"wallet\"";
    let dev = text.replace(mnemonic, "kind = \"dev\"\naccount = 4");
    assert_ne!(dev, text, "{text}");
    std::fs::write(&home.config, dev).expect("write");
    let run = home.fails(6, &["list"]);
    assert!(run.stderr.contains("refused on chain 1337"), "{run}");
    std::fs::write(&home.config, text.replace("chain_id = 1337", "chain_id = 5")).expect("write");
    let run = user.fails(6, &["list"]);
    assert!(
        run.stderr.contains("serves chain 1337, but network `other` is configured for chain 5"),
        "{run}"
    );

    // A config that says Base mainnet for a node that serves another chain: the dev identity
    // (set up then, or in the file) is not what is wrong, the chain is.
    let base = text.replace("chain_id = 1337", "chain_id = 8453");
    std::fs::write(&home.config, &base).expect("write");
    let mismatch =
        "serves chain 1337, but network `other` is configured for chain 8453 (Base mainnet)";
    let run = home.fails(6, &["init", "--dev"]);
    assert!(run.stderr.contains(mismatch) && !run.stderr.contains("dev"), "{run}");
    std::fs::write(&home.config, base.replace(mnemonic, "kind = \"dev\"\naccount = 4")).expect("w");
    let run = home.fails(6, &["list"]);
    assert!(run.stderr.contains(mismatch) && !run.stderr.contains("dev"), "{run}");

    // A node that does serve chain 8453: the dev identity is refused, with the chain named; an
    // account without ether is told to send some on that chain, and where.
    let mainnet = Anvil::start(8453);
    let (vault, block) = deploy_vault(&mainnet.rpc_url);
    let (vault, block) = (vault.to_string(), block.to_string());
    let base = Home::new(root.path(), "base");
    base.ok(&[
        "init",
        "--add-network",
        "base",
        "--rpc-url",
        &mainnet.rpc_url,
        "--vault",
        &vault,
        "--deploy-block",
        &block,
    ]);
    let run = base.fails(6, &["init", "--dev"]);
    assert!(
        run.stderr.contains("network `base` is chain 8453 (Base mainnet), not a devnet"),
        "{run}"
    );
    let unfunded = base.with_env("MEMSYNC_MNEMONIC", &DEV_MNEMONIC.replace("junk", "zoo"));
    let run = unfunded.fails(6, &["init", "--mnemonic"]);
    assert!(run.stderr.contains("the checksum (carried by the last word) does not match"), "{run}");
    let unfunded = base.with_env("MEMSYNC_MNEMONIC", UNFUNDED_MNEMONIC);
    let account = unfunded.init_identity(&["init", "--mnemonic"]);
    let run = unfunded.fails(6, &["add", "Needs gas"]);
    assert!(
        run.stderr.contains(&format!(
            "account {account} has too little ether to pay for the transaction's gas on network \
             `base` (chain 8453, Base mainnet): send ether to {account} on that chain"
        )),
        "{run}"
    );
    assert!(!run.stderr.contains("cast") && !run.stderr.contains("relayer"), "{run}");
}

/// A BIP-39 phrase (the test vectors' `legal winner ...`) whose accounts have no ether anywhere.
const UNFUNDED_MNEMONIC: &str =
    "legal winner thank year wave sausage worth useful legal winner thank yellow";

#[test]
fn init_refuses_what_every_later_command_would_fail_on() {
    let devnet = Devnet::start();

    // A TeeRegistry given as the vault, and the vault given as the registry.
    let home = Home::new(devnet.root(), "mistakes");
    let registry = devnet.tee_registry.to_string();
    let mut args = devnet.add_network_args("wrong", &devnet.rpc_url);
    let at = args.iter().position(|a| a == "--vault").expect("--vault") + 1;
    args[at] = registry.clone();
    let run = home.fails(6, &args);
    assert!(
        run.stderr
            .contains(&format!("the contract at {registry} on chain 31337 is not a MemoryVault"))
            && run.stderr.contains("it is a TeeRegistry: give it as `--tee-registry`"),
        "{run}"
    );
    let mut args = devnet.add_network_args("wrong", &devnet.rpc_url);
    args.extend(["--tee-registry".to_owned(), devnet.vault.to_string()]);
    let run = home.fails(6, &args);
    assert!(run.stderr.contains("is not a TeeRegistry"), "{run}");
    assert!(!home.config.exists(), "a refused network was saved");

    // Mnemonics as people type them: upper case and extra spaces are the same phrase; a wrong
    // count of words or a word not in the list is named, the phrase never echoed.
    let mnemonic = devnet.new_home("mnemonic");
    let shouted = DEV_MNEMONIC.to_uppercase().replace(' ', "   ");
    let upper = mnemonic.with_env("MEMSYNC_MNEMONIC", &shouted);
    assert_eq!(upper.init_identity(&["init", "--mnemonic"]), DEV_ACCOUNT_0);
    let run = mnemonic
        .with_env("MEMSYNC_MNEMONIC", "Correct Horse Battery")
        .fails(6, &["init", "--mnemonic"]);
    assert!(
        run.stderr.contains("it has 3 words; a mnemonic has 12, 15, 18, 21 or 24 words")
            && !run.stderr.contains("entropy"),
        "{run}"
    );
    let typo = DEV_MNEMONIC.replace("junk", "jumk");
    let run = mnemonic.with_env("MEMSYNC_MNEMONIC", &typo).fails(6, &["init", "--mnemonic"]);
    assert!(
        run.stderr.contains("word 12 (`jumk`) is not in the BIP-39 English word list")
            && !run.stderr.contains("test test"),
        "{run}"
    );

    // A BIP-39 passphrase: another account and other keys, asked for at every command.
    let with = mnemonic.with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC);
    let run =
        with.with_env("MEMSYNC_PASSPHRASE", "").fails(6, &["init", "--mnemonic", "--passphrase"]);
    assert!(run.stderr.contains("the passphrase is empty"), "{run}");
    let with = with.with_env("MEMSYNC_PASSPHRASE", "TREZOR");
    let account = with.init_identity(&["init", "--mnemonic", "--passphrase", "--root", "mnemonic"]);
    assert_ne!(account, DEV_ACCOUNT_0);
    assert_eq!(config(&mnemonic)["identity"]["passphrase"].as_bool(), Some(true));
    assert!(!config_text(&mnemonic).contains("TREZOR"), "the passphrase was stored");
    fund(&devnet.rpc_url, &account);
    with.ok(&["add", "Written under a passphrase"]);
    assert_eq!(with.texts(&[]), ["Written under a passphrase"]);
    let run = mnemonic.with_env("MEMSYNC_MNEMONIC", DEV_MNEMONIC).fails(6, &["list"]);
    assert!(run.stderr.contains("MEMSYNC_PASSPHRASE is not set"), "{run}");
    // A wrong passphrase is another account: it has no memories, and `init` cannot tell.
    let other = with.with_env("MEMSYNC_PASSPHRASE", "TREZ0R");
    assert_eq!(other.texts(&[]), Vec::<String>::new());

    // An account without ether on a devnet is pointed at the devnet's funded accounts.
    let poor = devnet.new_home("poor").with_env("MEMSYNC_MNEMONIC", UNFUNDED_MNEMONIC);
    let account = poor.init_identity(&["init", "--mnemonic"]);
    let run = poor.fails(6, &["add", "Needs gas"]);
    assert!(
        run.stderr.contains(&format!(
            "account {account} has too little ether to pay for the transaction's gas on network \
             `devnet` (chain 31337, a local devnet)"
        )) && run.stderr.contains("use one with `memsync init --dev`"),
        "{run}"
    );
    assert!(!run.stderr.contains("cast") && !run.stderr.contains("relayer"), "{run}");

    // A new keystore's password is typed twice; two different ones create nothing.
    let keystore = devnet.new_home("typed");
    let keystores = keystore.data.join("keystores");
    let Some((code, screen)) =
        keystore.type_in_terminal(&["init", "--new-keystore"], "correct horse\ncorrect hose\n")
    else {
        return; // no `script` here
    };
    assert_eq!(code, 6, "{screen}");
    assert!(screen.contains("Again, to confirm:") && screen.contains("the two entries differ"));
    assert!(!keystores.exists() || std::fs::read_dir(&keystores).expect("dir").next().is_none());
    let (code, screen) = keystore
        .type_in_terminal(&["init", "--new-keystore"], "correct horse\ncorrect horse\n")
        .expect("script");
    assert_eq!(code, 0, "{screen}");
    assert_eq!(screen.matches("Password for").count(), 1, "asked once more to unlock: {screen}");
    assert_eq!(config(&keystore)["identity"]["kind"].as_str(), Some("keystore"));
}
