//! The memory commands on one devnet: add (and its limits), add --messages, search, list, show,
//! edit, forget, history, profile, export, import into a second identity, and sync.

use std::os::unix::fs::PermissionsExt as _;

use jiff::Timestamp;
use serde_json::Value;

use crate::support::{Devnet, Run, added, fixture, write_file};

/// The memory's id, as a string.
fn id(memory: &Value) -> String {
    memory["id"].as_str().expect("an id").to_owned()
}

/// Text output for people: no progress bar or terminal control codes on either stream (the
/// bars go to stderr, and indicatif draws nothing when stderr is not a terminal).
fn assert_clean(run: &Run) {
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        assert!(
            !text.contains('\r') && !text.contains('\u{1b}'),
            "control codes on {stream}: {run}"
        );
    }
}

#[test]
fn every_memory_command_works_end_to_end() {
    let devnet = Devnet::start();
    let home = devnet.home();
    let init = home.json(&["init", "--dev"]);
    assert_eq!(init["identity"], serde_json::json!({"kind": "dev", "account": 0}));
    assert_eq!(init["default_network"], "devnet");

    // add: plain text, and with a category, tags, a kind and an expiry.
    let tea =
        added(&home.json(&["add", "Prefers green tea over coffee", "--category", "interests"]));
    assert_eq!(tea["text"], "Prefers green tea over coffee");
    assert_eq!(tea["version"], 1);
    assert_eq!(tea["kind"], "semantic");
    assert_eq!(tea["categories"], serde_json::json!(["interests"]));
    assert_eq!(tea["source"]["app"], "memsync-cli");
    assert_eq!(id(&tea).len(), 32);
    let allergy = added(&home.json(&[
        "add",
        "I am allergic to penicillin",
        "--category",
        "health",
        "--tag",
        "medical",
        "--tag",
        "urgent",
    ]));
    assert_eq!(allergy["tags"], serde_json::json!(["medical", "urgent"]));
    let dentist = added(&home.json(&["add", "Dentist appointment on Friday", "--expires", "2w"]));
    assert_eq!(dentist["kind"], "episodic", "an expiry makes a memory episodic");
    let created: Timestamp =
        dentist["created_at"].as_str().expect("created_at").parse().expect("t");
    let expires: Timestamp =
        dentist["expires_at"].as_str().expect("expires_at").parse().expect("t");
    let days = (expires.as_second() - created.as_second()) as f64 / 86_400.0;
    assert!((13.9..14.1).contains(&days), "expires {days} days after it was added");
    let standup = added(&home.json(&["add", "Daily standup at 9:30", "--kind", "episodic"]));
    assert_eq!(standup["kind"], "episodic");
    let text = home.run(&["add", "Plays the cello in an amateur orchestra"]);
    assert_eq!(text.code, 0, "{text}");
    assert!(text.stdout.starts_with("added ") && text.stdout.contains(" v1 "), "{text}");
    assert!(text.stdout.contains("Plays the cello in an amateur orchestra"), "{text}");
    assert_clean(&text);
    let largest = "l".repeat(8192);
    assert_eq!(added(&home.json(&["add", &largest]))["text"].as_str().map(str::len), Some(8192));
    let count = home.total();
    assert_eq!(count, 6);

    // Bad input: a clear message, exit 4, and nothing written.
    let empty = home.fails(4, &["add", ""]);
    assert!(empty.stderr.contains("empty"), "{empty}");
    home.fails(4, &["add", "   "]);
    let oversize = home.fails(4, &["add", &"x".repeat(8193)]);
    assert!(oversize.stderr.contains("8193 bytes; the limit is 8192 bytes"), "{oversize}");
    assert_eq!(
        oversize.stderr.matches("8192").count(),
        1,
        "the message repeats itself: {oversize}"
    );
    let message = home.json_fails(4, &["add", &"y".repeat(8193)]);
    assert!(message.contains("the limit is 8192 bytes"), "{message}");
    assert_eq!(home.run(&["add"]).code, 2, "no text is a command-line error");
    assert_eq!(home.run(&["add", "x", "--kind", "bogus"]).code, 2);
    assert_eq!(home.total(), count, "a refused memory was written");

    // add --messages: a conversation, again (nothing new), then a changed fact.
    let dir = devnet.root();
    let first = write_file(
        dir,
        "first.json",
        r#"[{"role": "user", "content": "I live in Berlin. My cat is called Miso."},
            {"role": "assistant", "content": "Noted! Berlin and Miso."}]"#,
    );
    let report = home.json(&["add", "--messages", &first]);
    let applied = &report["applied"];
    let actions: Vec<(&str, &str)> = applied
        .as_array()
        .expect("a report per memory")
        .iter()
        .map(|a| (a["action"].as_str().expect("action"), a["text"].as_str().expect("text")))
        .collect();
    assert_eq!(actions, [("added", "I live in Berlin."), ("added", "My cat is called Miso.")]);
    let berlin = applied[0]["id"].as_str().expect("id").to_owned();
    // The same shape as a plain `add`: each entry carries the memory as `show` prints it.
    assert_eq!(applied[0]["memory"], home.memory(&["show", &berlin]), "{report}");
    let again = home.run(&["add", "--messages", &first]);
    assert_eq!(again.code, 0, "{again}");
    assert!(again.stdout.lines().all(|l| l.starts_with("unchanged ")), "{again}");
    assert_eq!(again.stdout.lines().count(), 2, "{again}");
    let moved = write_file(
        dir,
        "moved.json",
        r#"[{"role": "user", "content": "I moved to Lisbon last month."}]"#,
    );
    let moved = home.ok(&["add", "--messages", &moved]);
    assert!(moved.starts_with("updated ") && moved.contains("Lisbon"), "{moved}");
    let shown = home.json(&["show", &berlin]);
    assert_eq!(shown["text"], "I moved to Lisbon last month.");
    assert_eq!(shown["version"], 2);
    let conversation = r#"[{"role": "user", "content": "I moved to Lisbon last month."}]"#;
    let stdin = home.run_with_input(&["--json", "add", "--messages", "-"], conversation.as_bytes());
    assert_eq!(stdin.json()["applied"][0]["action"], "unchanged", "{stdin}");
    let bad = write_file(dir, "bad.json", r#"{"role": "user", "content": "not a list"}"#);
    let refused = home.fails(4, &["add", "--messages", &bad]);
    assert!(refused.stderr.contains("is not a JSON array"), "{refused}");
    let count = home.total();
    assert_eq!(count, 8);

    // search: ranked, filtered, with scores.
    let hits = home.json(&["search", "penicillin allergy"]);
    let hits = hits.as_array().expect("hits");
    assert_eq!(hits[0]["memory"]["id"], allergy["id"], "{hits:?}");
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().expect("score")).collect();
    assert!(scores[0] > 0.0 && scores.windows(2).all(|w| w[0] >= w[1]), "not ranked: {scores:?}");
    let filtered = home.json(&["search", "appointment standup", "--kind", "episodic"]);
    let kinds: Vec<&Value> =
        filtered.as_array().expect("hits").iter().map(|h| &h["memory"]["kind"]).collect();
    assert_eq!(kinds.len(), 2, "{filtered}");
    assert!(kinds.iter().all(|k| *k == "episodic"), "{filtered}");
    assert_eq!(home.json(&["search", "tea", "--category", "health"]), serde_json::json!([]));
    assert_eq!(
        home.json(&["search", "allergic", "--tag", "medical", "--limit", "1"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let text = home.ok(&["search", "tea"]);
    assert!(text.contains(&id(&tea)[..12]) && text.contains("Prefers green tea"), "{text}");
    assert_eq!(home.ok(&["search", "tea", "--category", "health"]).trim(), "no memories match");

    // list: filters, paging, the total.
    let everything = home.json(&["list"]);
    assert_eq!(everything["total"], count);
    assert_eq!(everything["next"], Value::Null);
    let health = home.json(&["list", "--category", "health"]);
    assert_eq!(health["total"], 1);
    assert_eq!(health["memories"][0]["id"], allergy["id"]);
    assert_eq!(home.json(&["list", "--tag", "medical", "--tag", "urgent"])["total"], 1);
    assert_eq!(home.json(&["list", "--tag", "medical", "--tag", "missing"])["total"], 0);
    assert_eq!(home.json(&["list", "--kind", "episodic"])["total"], 2);
    assert_eq!(home.json(&["list", "--app", "memsync-cli"])["total"], count);
    assert_eq!(home.json(&["list", "--since", "1d"])["total"], count);
    assert_eq!(home.json(&["list", "--until", "1d"])["total"], 0);
    let mut paged = Vec::new();
    let mut offset = Some(0);
    while let Some(at) = offset {
        let page = home.json(&["list", "--offset", &at.to_string(), "--limit", "3"]);
        assert_eq!(page["total"], count);
        paged.extend(page["memories"].as_array().expect("memories").iter().map(id));
        offset = page["next"].as_u64();
    }
    let all: Vec<String> =
        everything["memories"].as_array().expect("memories").iter().map(id).collect();
    assert_eq!(paged, all, "pages must add up to the whole list, in order, once each");
    let page = home.ok(&["list", "--limit", "3"]);
    assert_eq!(page.lines().count(), 4, "{page}");
    assert!(page.ends_with(&format!("(3 of {count}; --offset 3 for more)\n")), "{page}");

    // show: a full id, a unique prefix; an unknown id exits 3, a malformed one 4.
    let full = home.memory(&["show", &id(&allergy)]);
    assert_eq!(full, allergy);
    assert_eq!(home.memory(&["show", &id(&allergy)[..8]]), allergy);
    let shown = home.ok(&["show", &id(&allergy)[..8].to_uppercase()]);
    assert!(shown.starts_with(&format!("{}  v1  semantic\n", id(&allergy))), "{shown}");
    assert!(
        shown.contains("categories: health") && shown.contains("tags: medical, urgent"),
        "{shown}"
    );
    let unknown = home.fails(3, &["show", "00000000000000000000000000000000"]);
    assert!(unknown.stderr.contains("no memory 00000000000000000000000000000000"), "{unknown}");
    let prefix = (0..=u32::MAX)
        .map(|n| format!("{n:08x}"))
        .find(|p| !all.iter().any(|id| id.starts_with(p)))
        .expect("a free prefix");
    home.fails(3, &["show", &prefix]);
    let malformed = home.fails(4, &["show", "not-an-id"]);
    assert!(malformed.stderr.contains("is not a memory id"), "{malformed}");
    home.fails(4, &["show", "abc"]);
    assert!(home.json_fails(4, &["show", "zzzz"]).contains("`zzzz` is not a memory id"));

    // edit: a new version; the old one stays in the history.
    let edited = home.json(&[
        "edit",
        &id(&allergy)[..8],
        "--text",
        "I am allergic to penicillin and amoxicillin",
        "--tag",
        "medical",
    ]);
    assert_eq!(edited["version"], 2);
    assert_eq!(edited["id"], allergy["id"]);
    assert_eq!(edited["tags"], serde_json::json!(["medical"]));
    assert_eq!(edited["created_at"], allergy["created_at"]);
    let history = home.json(&["history", &id(&allergy)]);
    let versions: Vec<(u64, &str)> = history
        .as_array()
        .expect("versions")
        .iter()
        .map(|v| (v["version"].as_u64().expect("v"), v["memory"]["text"].as_str().expect("text")))
        .collect();
    assert_eq!(
        versions,
        [(1, "I am allergic to penicillin"), (2, "I am allergic to penicillin and amoxicillin")]
    );
    let unchanged = home.json(&["edit", &id(&allergy), "--tag", "medical"]);
    assert_eq!(unchanged["version"], 2, "an edit that changes nothing writes nothing");
    home.fails(3, &["edit", "00000000000000000000000000000000", "--text", "x"]);
    home.fails(4, &["edit", &id(&allergy), "--text", ""]);

    // forget: gone from show and list, still in the history, ending with the deletion.
    let forgotten = home.json(&["forget", &id(&dentist)[..10]]);
    assert_eq!(forgotten, serde_json::json!({"deleted": dentist["id"]}));
    home.fails(3, &["show", &id(&dentist)]);
    home.fails(3, &["forget", &id(&dentist)]);
    assert_eq!(home.total(), count - 1);
    let history = home.json(&["history", &id(&dentist)]);
    let history = history.as_array().expect("versions");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["memory"]["text"], "Dentist appointment on Friday");
    assert_eq!((history[1]["version"].as_u64(), &history[1]["memory"]), (Some(2), &Value::Null));
    assert!(history[0]["seq"].as_u64() < history[1]["seq"].as_u64());
    let text = home.ok(&["history", &id(&dentist)]);
    assert!(
        text.lines().next().is_some_and(|l| l.starts_with("v1") && l.contains("Dentist")),
        "{text}"
    );
    assert!(text.trim_end().ends_with("(deleted)"), "{text}");
    home.fails(3, &["history", "00000000000000000000000000000000"]);
    let count = count - 1;

    // profile: text and JSON.
    let profile = home.json(&["profile"]);
    assert_eq!(profile["categories"]["health"]["count"], 1, "{profile}");
    assert!(profile["memories"].as_u64().is_some_and(|n| n > 0), "{profile}");
    let text = home.ok(&["profile"]);
    assert!(text.contains("health (1)") && text.contains("amoxicillin"), "{text}");

    // export: a private file in the documented format, or standard output.
    let file = devnet.root().join("export.json");
    let file = file.to_str().expect("utf-8 path");
    let exported = home.json(&["export", "-o", file]);
    assert_eq!(
        exported,
        serde_json::json!({"exported": count, "file": file, "freshness": {"state": "current"}})
    );
    let mode = std::fs::metadata(file).expect("export file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "an export is plaintext: readable by the user only");
    let document: Value =
        serde_json::from_slice(&std::fs::read(file).expect("read")).expect("JSON");
    assert_eq!(document["format"], "memsync.memories");
    assert_eq!(document["chain_id"], 31337);
    assert_eq!(document["memories"].as_array().map(Vec::len), Some(count as usize));
    let stdout: Value =
        serde_json::from_str(&home.ok(&["export"])).expect("export on stdout is JSON");
    assert_eq!(stdout["memories"], document["memories"]);
    let text = home.run(&["export", "-o", file]);
    assert!(text.stdout.starts_with(&format!("exported {count} memories to {file}")), "{text}");
    assert_clean(&text);

    // import into a second identity: the same memories, ids, texts and versions; twice adds
    // nothing.
    let second = devnet.new_home("second");
    let init = second.json(&["init", "--dev", "--account", "1"]);
    assert_eq!(init["identity"]["account"], 1);
    let report = second.json(&["import", file]);
    assert_eq!(report["format"], "memsync");
    assert_eq!((report["added"].as_u64(), report["unchanged"].as_u64()), (Some(count), Some(0)));
    assert_eq!(report["problems"], serde_json::json!([]));
    assert_eq!(second.snapshot(), home.snapshot());
    let again = second.json(&["import", file]);
    assert_eq!((again["added"].as_u64(), again["unchanged"].as_u64()), (Some(0), Some(count)));
    assert_eq!(second.total(), count);
    let text = second.run(&["import", file]);
    assert!(
        text.stdout.contains(&format!("0 added, 0 updated, 0 deleted, {count} already known")),
        "{text}"
    );
    assert_clean(&text);
    assert_eq!(home.total(), count, "the first identity is not touched");

    // sync: where the verified log stops, and what came from where.
    let sync = home.json(&["sync"]);
    assert_eq!(sync["network"], "devnet");
    assert_eq!(sync["memories"], count);
    assert_eq!(sync["unreadable"], 0);
    assert_eq!(sync["cache_rebuilt"], Value::Null);
    assert_eq!(sync["from_chain"], 0, "the cache was up to date");
    assert!(sync["from_cache"].as_u64() == sync["seq"].as_u64() && sync["seq"].as_u64() > Some(0));
    assert!(sync["block"].as_u64() > Some(devnet.deploy_block), "{sync}");
    assert_eq!(sync["head"].as_str().map(str::len), Some(66), "{sync}");
    let text = home.run(&["sync"]);
    assert!(text.stdout.starts_with("network `devnet`: verified to operation"), "{text}");
    assert!(text.stdout.contains("cache: ") && text.stdout.contains(".sqlite"), "{text}");
    assert_clean(&text);
    let quiet = home.run(&["--quiet", "sync"]);
    assert_eq!(quiet.stderr, "", "{quiet}");

    // On a terminal, the progress bars show on standard error, never on standard output.
    let out = devnet.root().join("stdout");
    if let Some(terminal) = home.run_in_terminal(&["import", &fixture("notes.md")], &out) {
        assert!(terminal.contains("importing") && terminal.contains("\u{1b}[2K"), "{terminal:?}");
        let stdout = std::fs::read_to_string(&out).expect("stdout");
        assert!(stdout.starts_with("imported ") && !stdout.contains('\u{1b}'), "{stdout:?}");
        let terminal = home.run_in_terminal(&["--json", "sync"], &out).expect("a terminal");
        assert!(!terminal.contains("fetching"), "a progress bar in JSON mode: {terminal:?}");
        let sync: Value =
            serde_json::from_slice(&std::fs::read(&out).expect("stdout")).expect("JSON");
        assert_eq!(sync["network"], "devnet");
    } else {
        eprintln!("no `script` (util-linux) here: progress bars on a terminal not checked");
    }

    // Nothing was read from or written to the platform's default directories.
    for home in [&home, &second] {
        let entries = std::fs::read_dir(&home.sandbox).expect("sandbox").count();
        assert_eq!(entries, 0, "a command used the default config or data directory");
    }
}

/// What an app or an import wrote cannot drive the terminal or break a listing; a reader that
/// stops early (`memsync list | head -1`) ends the command quietly; a plaintext export replaces
/// an existing file with one only the user can read.
#[test]
fn hostile_text_pipes_that_close_and_exports_over_existing_files() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.json(&["init", "--dev"]);
    let hostile = "\u{1b}[2J\u{1b}]0;owned\u{7}First line\r\nSecond line \u{202e}txt.exe";
    let memory = added(&home.json(&["add", hostile]));
    assert_eq!(memory["text"], hostile, "kept as written (JSON carries it as it is)");
    let id = id(&memory);
    for args in [
        vec!["list"],
        vec!["show", id.as_str()],
        vec!["history", id.as_str()],
        vec!["search", "line"],
    ] {
        let run = home.run(&args);
        assert_eq!(run.code, 0, "{run}");
        assert_clean(&run);
        assert!(!run.stdout.contains('\u{202e}') && !run.stdout.contains('\u{7}'), "{run}");
        assert!(
            run.stdout.contains(r"\u{1b}[2J") && run.stdout.contains(r"\r\nSecond line"),
            "{run}"
        );
    }
    let list = home.run(&["list"]);
    assert_eq!(
        list.stdout.lines().filter(|l| l.contains("First line")).count(),
        1,
        "one memory, one line: {list}"
    );

    // A reader that went away before the output: exit 0, no panic.
    let mut child = home
        .command(&["list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    // An export over a file that was readable by others leaves a file readable by the user only.
    let file = devnet.root().join("over.json");
    std::fs::write(&file, "old").expect("old file");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("0644");
    let file = file.to_str().expect("path");
    home.json(&["export", "-o", file]);
    let mode = std::fs::metadata(file).expect("export file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "plaintext: the user's only, whatever was there");
    let exported = std::fs::read_to_string(file).expect("read");
    assert!(exported.contains("Second line"), "the export replaced the file");
}
