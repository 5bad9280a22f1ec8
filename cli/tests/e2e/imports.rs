//! `import` of other tools' files (the SDK's fixtures), and of files in the wrong format or
//! damaged: each refused with exit 4 and the line at fault, nothing imported by halves unless
//! `--skip-invalid` asks for it.

use serde_json::Value;

use crate::support::{Devnet, fixture, write_file};

fn count(report: &Value, field: &str) -> u64 {
    report[field].as_u64().unwrap_or_else(|| panic!("no {field} in {report}"))
}

/// The line of each item an import report lists as skipped.
fn problem_lines(report: &Value) -> Vec<u64> {
    let problems =
        report["problems"].as_array().unwrap_or_else(|| panic!("no problems in {report}"));
    problems.iter().map(|p| p["line"].as_u64().expect("line")).collect()
}

#[test]
fn imports_of_other_formats_and_of_damaged_files() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);

    // A mem0 export, then the same file again: nothing new.
    let mem0 = home.json(&["import", &fixture("mem0-export.json")]);
    assert_eq!(mem0["format"], "mem0");
    let added = count(&mem0, "added");
    assert!(added > 0, "{mem0}");
    assert_eq!(mem0["problems"], serde_json::json!([]));
    assert_eq!(home.total(), added);
    let again = home.json(&["import", &fixture("mem0-export.json")]);
    assert_eq!((count(&again, "added"), count(&again, "unchanged")), (0, added));
    assert_eq!(home.total(), added);

    // Markdown notes.
    let before = home.total();
    let markdown = home.json(&["import", &fixture("notes.md")]);
    assert_eq!(markdown["format"], "markdown");
    assert!(count(&markdown, "added") > 0, "{markdown}");
    assert!(home.texts(&[]).iter().any(|t| t.contains("lactose intolerant")));
    assert_eq!(home.total(), before + count(&markdown, "added"));

    // ChatGPT's conversations.json: each conversation through the extractor.
    let before = home.total();
    let chatgpt = home.json(&["import", &fixture("chatgpt-conversations.json")]);
    assert_eq!(chatgpt["format"], "chatgpt");
    let from_chatgpt = count(&chatgpt, "added");
    assert!(from_chatgpt > 0, "{chatgpt}");
    assert_eq!(home.total(), before + from_chatgpt);
    let listed = home.json(&["list", "--app", "chatgpt-import", "--include-expired"]);
    assert_eq!(listed["total"], from_chatgpt);
    let again = home.json(&["import", &fixture("chatgpt-conversations.json")]);
    assert_eq!(count(&again, "added"), 0, "{again}");

    // Text on standard input, its format detected.
    let piped =
        home.run_with_input(&["--json", "import", "-"], b"Likes hiking\nSpeaks Portuguese\n");
    assert_eq!(piped.code, 0, "{piped}");
    let piped = piped.json();
    assert_eq!((piped["format"].as_str(), count(&piped, "added")), (Some("text"), 2));

    // Files that are not what they claim, or not an import at all: exit 4, nothing written.
    let before = home.total();
    let dir = devnet.root();
    let unknown = write_file(dir, "unknown.json", r#"{"foo": 1}"#);
    let run = home.fails(4, &["import", &unknown]);
    assert!(run.stderr.contains("cannot tell what format"), "{run}");
    assert!(run.stderr.contains("--format NAME"), "{run}");
    let binary = dir.join("photo.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let run = home.fails(4, &["import", binary.to_str().expect("utf-8")]);
    assert!(run.stderr.contains("not UTF-8") || run.stderr.contains("binary data"), "{run}");
    let run = home.fails(4, &["import", "--format", "mem0", &fixture("notes.md")]);
    assert!(run.stderr.contains("not valid JSON"), "{run}");
    let missing = dir.join("missing.json");
    let run = home.fails(4, &["import", missing.to_str().expect("utf-8")]);
    assert!(run.stderr.contains("cannot read"), "{run}");
    assert_eq!(home.run(&["import", "--format", "csv", &unknown]).code, 2);
    let truncated = home.fails(4, &["import", &fixture("mem0-truncated.json")]);
    assert!(truncated.stderr.contains("cut short"), "{truncated}");
    assert_eq!(home.total(), before);

    // A half-corrupt file, for an identity that has none of its memories: refused whole with
    // the lines at fault; imported but for them with --skip-invalid.
    let fresh = devnet.new_home("fresh");
    fresh.ok(&["init", "--dev", "--account", "1"]);
    let corrupt = fixture("mem0-corrupt.json");
    let run = fresh.fails(4, &["import", &corrupt]);
    assert!(run.stderr.contains("2 item(s) in the file cannot be imported"), "{run}");
    assert!(run.stderr.contains("import the rest and skip these (with `--skip-invalid`)"), "{run}");
    assert!(run.stderr.contains("line 19: ") && run.stderr.contains("line 45: "), "{run}");
    let message = fresh.json_fails(4, &["import", &corrupt]);
    assert!(message.contains("line 19") && message.contains("line 45"), "{message}");
    assert_eq!(fresh.total(), 0, "nothing is imported by halves unasked");
    let skipped = fresh.json(&["import", "--skip-invalid", &corrupt]);
    assert_eq!(count(&skipped, "added"), 3, "{skipped}");
    let lines = problem_lines(&skipped);
    assert_eq!(lines, [19, 45]);
    assert_eq!(fresh.total(), 3);
    let text = fresh.run(&["import", "--skip-invalid", &corrupt]);
    assert_eq!(text.code, 0, "{text}");
    assert!(text.stdout.contains("0 added, 0 updated, 0 deleted, 3 already known"), "{text}");
    assert!(
        text.stdout.contains("\nskipped line 19: ") && text.stdout.contains("\nskipped line 45: ")
    );
    assert_eq!(fresh.total(), 3, "a second import duplicates nothing");
}

/// Writes a zip archive at `path` holding `files` (name, content), deflated.
fn zip(path: &std::path::Path, files: &[(&str, &[u8])]) {
    use std::io::Write as _;
    let mut archive = zip::ZipWriter::new(std::fs::File::create(path).expect("create the zip"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in files {
        archive.start_file(*name, options).expect("a zip entry");
        archive.write_all(content).expect("write the entry");
    }
    archive.finish().expect("finish the zip");
}

#[test]
fn chat_exports_as_downloaded_and_text_with_lines_that_are_not_utf8() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    let dir = devnet.root();

    // ChatGPT's export as mailed: a zip with conversations.json among other files.
    let chatgpt = std::fs::read(fixture("chatgpt-conversations.json")).expect("fixture");
    let archive = dir.join("chatgpt-export.zip");
    zip(
        &archive,
        &[("chat.html", b"<html></html>"), ("conversations.json", &chatgpt), ("user.json", b"{}")],
    );
    let report = home.json(&["import", archive.to_str().expect("utf-8")]);
    assert_eq!(report["format"], "chatgpt", "{report}");
    let from_zip = count(&report, "added");
    assert!(from_zip > 0, "{report}");
    let again = home.json(&["import", &fixture("chatgpt-conversations.json")]);
    assert_eq!(count(&again, "added"), 0, "the zip held the same conversations: {again}");

    // Claude's export: detected by its shape, from the file, the zip, or the unzipped folder.
    let claude = std::fs::read(fixture("claude-conversations.json")).expect("fixture");
    let before = home.total();
    let report = home.json(&["import", &fixture("claude-conversations.json")]);
    assert_eq!(report["format"], "claude", "{report}");
    let from_claude = count(&report, "added");
    assert!(from_claude > 0, "{report}");
    assert_eq!(home.total(), before + from_claude);
    let listed = home.json(&["list", "--app", "claude-import", "--include-expired"]);
    assert_eq!(listed["total"], from_claude, "{listed}");
    let texts = home.texts(&[]);
    assert!(texts.iter().any(|t| t.contains("Lisbon")), "{texts:?}");
    let folder = dir.join("claude-export");
    std::fs::create_dir(&folder).expect("create the folder");
    std::fs::write(folder.join("conversations.json"), &claude).expect("write");
    std::fs::write(folder.join("users.json"), b"[]").expect("write");
    let report = home.json(&["import", folder.to_str().expect("utf-8")]);
    assert_eq!((report["format"].as_str(), count(&report, "added")), (Some("claude"), 0));
    let archive = dir.join("claude-export.zip");
    zip(&archive, &[("data-2026/conversations.json", &claude), ("data-2026/users.json", b"[]")]);
    let report = home.json(&["import", archive.to_str().expect("utf-8")]);
    assert_eq!((report["format"].as_str(), count(&report, "added")), (Some("claude"), 0));

    // An archive or a folder without conversations: said so, exit 4.
    let other = dir.join("photos.zip");
    zip(&other, &[("photo.txt", b"not a photo")]);
    let run = home.fails(4, &["import", other.to_str().expect("utf-8")]);
    assert!(run.stderr.contains("it holds no conversations.json"), "{run}");
    let empty = dir.join("empty-folder");
    std::fs::create_dir(&empty).expect("create the folder");
    let run = home.fails(4, &["import", empty.to_str().expect("utf-8")]);
    assert!(run.stderr.contains("has no conversations.json"), "{run}");

    // Notes with two lines that are not UTF-8 (Latin-1): refused with their lines, imported but
    // for them with --skip-invalid.
    let fresh = devnet.new_home("latin1");
    fresh.ok(&["init", "--dev", "--account", "1"]);
    let notes = dir.join("notes.txt");
    std::fs::write(
        &notes,
        b"Likes hiking\nCaf\xe9 every morning\nSpeaks Portuguese\nNa\xefve art\n",
    )
    .expect("write");
    let notes = notes.to_str().expect("utf-8");
    let run = fresh.fails(4, &["import", notes]);
    assert!(
        run.stderr.contains(
            "2 item(s) in the file cannot be imported: line 2: the line is not \
                             UTF-8 text (invalid byte at column 4)"
        ) && run.stderr.contains("line 4: ")
            && run.stderr.contains("(with `--skip-invalid`)"),
        "{run}"
    );
    assert_eq!(fresh.total(), 0);
    let skipped = fresh.json(&["import", "--skip-invalid", notes]);
    assert_eq!(count(&skipped, "added"), 2, "{skipped}");
    let lines = problem_lines(&skipped);
    assert_eq!(lines, [2, 4]);
    assert_eq!(fresh.texts(&[]), ["Likes hiking", "Speaks Portuguese"]);
    let text = fresh.ok(&["import", "--skip-invalid", notes]);
    assert!(
        text.contains("\nskipped 2 item(s) that cannot be imported:\nskipped line 2: "),
        "{text}"
    );
}
