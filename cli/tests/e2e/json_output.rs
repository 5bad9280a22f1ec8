//! `--json` for scripts: every error is one `{"error", "code"}` document, the command line's own
//! (an unknown flag, a missing argument) too, with exit 2; each command has one shape whatever
//! its options (`add`, `add --messages`); `sync` counts what `list` shows.

use serde_json::Value;

use crate::support::{Devnet, Home, write_file};

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

#[test]
fn command_line_errors_are_json_with_json_and_help_is_not() {
    let root = tempfile::tempdir().expect("temporary directory");
    let home = Home::new(root.path(), "home");
    let cases: [(&[&str], &str); 5] = [
        (&["--json", "list", "--bogus"], "unexpected argument '--bogus' found"),
        (&["list", "--limit", "many", "--json"], "invalid value 'many' for '--limit <LIMIT>'"),
        (&["--json", "add"], "the following required arguments were not provided"),
        (&["--json"], "'memsync' requires a subcommand but one was not provided"),
        (&["--json", "tee"], "this command needs a subcommand: add `--help` to list them"),
    ];
    for (args, expected) in cases {
        let run = home.run(args);
        assert_eq!(run.code, 2, "{run}");
        let error = run.json();
        assert_eq!(keys(&error), ["code", "error"], "{run}");
        assert_eq!(error["code"], 2, "{run}");
        let message = error["error"].as_str().expect("a message");
        assert!(message.contains(expected) && !message.starts_with("error"), "{run}");
        assert!(!message.contains('\n') && !message.contains('\u{1b}'), "{run}");
        assert!(run.stderr.is_empty(), "{run}");
    }
    // Without --json, clap's own text on stderr; --help and --version print as usual.
    let run = home.run(&["list", "--bogus"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("unexpected argument '--bogus'") && run.stdout.is_empty());
    let run = home.run(&["--json", "--help"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("Usage: memsync"), "{run}");
    let run = home.run(&["list", "--help", "--json"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("--include-expired"), "{run}");
    let run = home.run(&["--version", "--json"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.starts_with("memsync "), "{run}");
}

#[test]
fn each_command_has_one_shape_and_sync_counts_what_list_shows() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);

    // add: {"applied": [...]}, each entry with the memory as `show` prints it.
    let plain = home.json(&["add", "Prefers green tea"]);
    let chat = write_file(
        devnet.root(),
        "chat.json",
        r#"[{"role": "user", "content": "I live in Berlin. My cat is called Miso."}]"#,
    );
    let messages = home.json(&["add", "--messages", &chat]);
    let again = home.json(&["add", "--messages", &chat]);
    for report in [&plain, &messages, &again] {
        assert_eq!(keys(report), ["applied"], "{report}");
        for entry in report["applied"].as_array().expect("applied") {
            assert_eq!(keys(entry), ["action", "id", "memory", "text", "version"], "{report}");
            let id = entry["id"].as_str().expect("id");
            assert_eq!(entry["memory"], home.memory(&["show", id]), "{report}");
        }
    }
    assert_eq!(plain["applied"][0]["action"], "added");
    assert_eq!(messages["applied"].as_array().map(Vec::len), Some(2), "{messages}");
    assert!(
        again["applied"].as_array().expect("applied").iter().all(|a| a["action"] == "unchanged")
    );

    // An episodic memory that expired: hidden by `list`, and counted apart by `sync`.
    home.ok(&["add", "Parking ticket on level 3", "--expires", "2s"]);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let listed = home.json(&["list"])["total"].as_u64().expect("total");
    assert_eq!(listed, 3);
    let synced = home.json(&["sync"]);
    assert_eq!((synced["memories"].as_u64(), synced["expired"].as_u64()), (Some(listed), Some(1)));
    let text = home.ok(&["sync"]);
    assert!(
        text.contains("; 3 memories, and 1 expired (`list --include-expired` shows them)"),
        "{text}"
    );
    assert_eq!(home.total(), 4, "--include-expired lists it");
}
