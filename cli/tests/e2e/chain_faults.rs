//! Every command through the RPC simulator (memsync-e2e's `rpc_sim`) as hosted RPC providers
//! misbehave: down (reads answer from the local cache and say so, writes and `sync` exit 7),
//! flaky (retried, every command succeeds), lagging replicas (read-your-writes; a replica that
//! stays behind is named as such), a reorg that drops this device's own write (rolled back and
//! sent again), a cache damaged in the middle (rebuilt, and said so), and `sync --rebuild`; and
//! every memory command (add, import, list, search, show, edit, history, forget, profile,
//! export, sync) in each of the simulator's modes.
//!
//! Each test gives the simulated network short RPC settings in the config file, so that a
//! failure comes in seconds.

use std::path::Path;
use std::time::{Duration, Instant};

use memsync_e2e::rpc_sim::{Faults, LogsErrorStyle, RpcSim, Transient};
use serde_json::Value;

use crate::support::{Devnet, Home, Run, added, jsonrpc, write_file};

/// The network the simulator serves.
const SIM: &str = "sim";

/// A devnet, its home with the dev identity, and the simulator in front of its anvil,
/// registered as network `sim` with the RPC settings `settings` (`key = value` TOML lines).
fn start(settings: &[(&str, toml::Value)]) -> (Devnet, Home, RpcSim) {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.ok(&["init", "--dev"]);
    let sim = RpcSim::start_detached(&devnet.rpc_url);
    home.ok(&devnet.add_network_args(SIM, &sim.url()));
    set_network(&home, SIM, settings);
    (devnet, home, sim)
}

/// Sets fields of network `name` in `home`'s config file.
fn set_network(home: &Home, name: &str, settings: &[(&str, toml::Value)]) {
    let text = std::fs::read_to_string(&home.config).expect("read the config");
    let mut config: toml::Table = text.parse().expect("the config is TOML");
    let network = config["networks"][name].as_table_mut().expect("the network");
    for (key, value) in settings {
        network.insert((*key).to_owned(), value.clone());
    }
    std::fs::write(&home.config, toml::to_string(&config).expect("TOML")).expect("write config");
}

/// Short RPC settings: a failure comes within seconds.
fn quick() -> Vec<(&'static str, toml::Value)> {
    vec![
        ("rpc_timeout_secs", toml::Value::Integer(2)),
        ("rpc_retries", toml::Value::Integer(3)),
        ("lag_wait_secs", toml::Value::Integer(2)),
    ]
}

/// `memsync --network sim ARGS`'s arguments.
fn on_sim<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--network", SIM];
    all.extend_from_slice(args);
    all
}

/// Asserts that `run` succeeded with exactly one stale warning (the cache reaching `seq`) on
/// standard error, and returns it.
fn stale(run: &Run, seq: u64) -> String {
    assert_eq!(run.code, 0, "{run}");
    let warnings: Vec<&str> =
        run.stderr.lines().filter(|l| l.starts_with("warning: answering from")).collect();
    assert_eq!(warnings.len(), 1, "one stale warning: {run}");
    let prefix = format!("warning: answering from the local cache (seq {seq}): ");
    assert!(warnings[0].starts_with(&prefix), "{run}");
    assert!(warnings[0].contains("may be missing"), "{run}");
    warnings[0].to_owned()
}

/// Asserts that `freshness` says stale, with the cache reaching `seq`.
fn assert_stale(freshness: &Value, seq: u64) {
    assert_eq!(freshness["state"], "stale", "{freshness}");
    assert_eq!(freshness["checkpoint_seq"], seq, "{freshness}");
    assert!(!freshness["reason"].as_str().expect("a reason").is_empty(), "{freshness}");
}

/// The texts of the memories of a `list --json` page.
fn texts(page: &Value) -> Vec<String> {
    let mut texts: Vec<String> = page["memories"]
        .as_array()
        .expect("memories")
        .iter()
        .map(|m| m["text"].as_str().expect("text").to_owned())
        .collect();
    texts.sort();
    texts
}

#[test]
fn with_the_chain_down_reads_answer_from_the_cache_and_writes_exit_7() {
    let (devnet, home, sim) = start(&quick());
    let a = added(&home.json(&on_sim(&["add", "Lives in Lisbon", "--category", "identity"])));
    home.ok(&on_sim(&["add", "Plays the oboe", "--category", "interests"]));
    let id = a["id"].as_str().expect("id").to_owned();
    let seq = home.json(&on_sim(&["sync"]))["seq"].as_u64().expect("seq");
    let page = home.json(&on_sim(&["list"]));
    assert_eq!(page["freshness"], serde_json::json!({"state": "current"}), "{page}");
    assert_eq!(home.json(&on_sim(&["show", &id]))["freshness"]["state"], "current");
    let export_file = devnet.root().join("export.json");
    let export_path = export_file.to_str().expect("utf-8");

    // Every request answered 502 (a provider's outage), then the port closed (a node that is
    // gone): both times the reads answer from the cache, quickly, and say so.
    for outage in ["502", "closed"] {
        if outage == "502" {
            sim.set(Faults::default().fail(Transient::Http502, 1.0));
        } else {
            // A port nobody listens on.
            let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            let url = format!("http://{}", closed.local_addr().expect("address"));
            drop(closed);
            set_network(&home, SIM, &[("rpc_url", toml::Value::String(url))]);
        }
        let started = Instant::now();
        let run = home.run(&on_sim(&["list"]));
        let warning = stale(&run, seq);
        assert!(warning.contains("connecting to network `sim`"), "{run}");
        assert!(run.stdout.contains("Lives in Lisbon") && run.stdout.contains("(2 memories)"));
        assert!(started.elapsed() < Duration::from_secs(30), "{outage}: {:?}", started.elapsed());

        let run = home.run(&on_sim(&["--json", "list"]));
        stale(&run, seq);
        let page = run.json();
        assert_stale(&page["freshness"], seq);
        assert_eq!(texts(&page), ["Lives in Lisbon", "Plays the oboe"]);
        assert_eq!(page["total"], 2);

        let run = home.run(&on_sim(&["--json", "show", &id[..8]]));
        stale(&run, seq);
        let memory = run.json();
        assert_eq!(memory["text"], "Lives in Lisbon");
        assert_stale(&memory["freshness"], seq);

        let run = home.run(&on_sim(&["--json", "search", "oboe"]));
        stale(&run, seq);
        assert_eq!(run.json()[0]["memory"]["text"], "Plays the oboe");
        let run = home.run(&on_sim(&["search", "oboe"]));
        stale(&run, seq);
        assert!(run.stdout.contains("Plays the oboe"), "{run}");

        let run = home.run(&on_sim(&["--json", "history", &id]));
        stale(&run, seq);
        assert_eq!(run.json().as_array().map(Vec::len), Some(1), "{run}");

        let run = home.run(&on_sim(&["--json", "profile"]));
        stale(&run, seq);
        assert_stale(&run.json()["freshness"], seq);

        let run = home.run(&on_sim(&["--json", "export", "-o", export_path]));
        stale(&run, seq);
        assert_eq!(run.json()["exported"], 2);
        assert_stale(&run.json()["freshness"], seq);
        let run = home.run(&on_sim(&["export"]));
        stale(&run, seq);
        assert!(run.stdout.contains("Plays the oboe"), "{run}");

        // Writes and `sync` need the chain: exit 7, with the network's error.
        let notes = write_file(devnet.root(), "notes.txt", "Speaks Portuguese\n");
        for args in [
            vec!["add", "Must not be written"],
            vec!["edit", &id, "--text", "Lives in Porto"],
            vec!["forget", &id],
            vec!["import", &notes],
            vec!["sync"],
        ] {
            let run = home.fails(7, &on_sim(&args));
            assert!(run.stderr.contains("connecting to network `sim`"), "{run}");
            assert!(!run.stderr.contains("answering from"), "{run}");
        }
        let message = home.json_fails(7, &on_sim(&["add", "Must not be written"]));
        assert!(message.contains("RPC request failed"), "{message}");
        // Another device, without a cache, has nothing to answer from.
        let device = home.with_data(devnet.root().join(format!("device-{outage}")));
        device.fails(7, &on_sim(&["list"]));
    }

    // The chain again: current, no warning, and nothing was written while it was down.
    set_network(&home, SIM, &[("rpc_url", toml::Value::String(sim.url()))]);
    sim.set(Faults::honest());
    let run = home.run(&on_sim(&["--json", "list"]));
    assert_eq!(run.code, 0, "{run}");
    assert!(!run.stderr.contains("warning"), "{run}");
    assert_eq!(run.json()["freshness"]["state"], "current");
    assert_eq!(texts(&run.json()), ["Lives in Lisbon", "Plays the oboe"]);
    assert_eq!(home.json(&on_sim(&["sync"]))["seq"], seq);
}

#[test]
fn through_a_flaky_provider_every_command_succeeds() {
    let (devnet, home, sim) = start(&[("rpc_timeout_secs", toml::Value::Integer(3))]);
    home.ok(&on_sim(&["add", "Grows tomatoes on the balcony"]));
    // 10% of the requests fail: HTTP 502, HTTP 429 with Retry-After, connection resets.
    sim.set(
        Faults::default()
            .seed(14)
            .fail(Transient::Http502, 0.04)
            .fail(Transient::Http429, 0.03)
            .fail(Transient::Reset, 0.03)
            .retry_after_secs(1),
    );
    sim.reset_stats();
    let device = home.with_data(devnet.root().join("device"));
    let mut expected = vec!["Grows tomatoes on the balcony".to_owned()];
    for i in 1..=4 {
        let text = format!("Fact {i} written through a flaky provider");
        let memory = added(&home.json(&on_sim(&["add", &text])));
        assert_eq!(memory["text"], text.as_str());
        expected.push(text);
    }
    expected.sort();
    let page = home.json(&on_sim(&["list"]));
    assert_eq!(texts(&page), expected);
    assert_eq!(page["freshness"]["state"], "current");
    let hits = home.json(&on_sim(&["search", "tomatoes"]));
    assert_eq!(hits[0]["memory"]["text"], "Grows tomatoes on the balcony");
    // Another device catches up through it from nothing.
    let sync = device.json(&on_sim(&["sync"]));
    assert_eq!(sync["memories"], 5);
    assert_eq!(sync["freshness"]["state"], "current");
    let id = page["memories"][0]["id"].as_str().expect("id").to_owned();
    let edited = device.json(&on_sim(&["edit", &id, "--text", "Edited through a flaky provider"]));
    assert_eq!(edited["version"], 2);
    assert_eq!(home.json(&on_sim(&["show", &id]))["text"], "Edited through a flaky provider");
    let stats = sim.stats();
    assert!(stats.injected_total() >= 3, "too few faults to mean anything: {stats:?}");
}

#[test]
fn behind_a_lagging_replica_a_device_reads_its_own_writes() {
    let (_devnet, home, sim) = start(&quick());
    home.ok(&on_sim(&["add", "Before the replicas lagged"]));
    // Load-balanced replicas up to two blocks behind, each request drawing its own.
    sim.set(Faults::default().seed(7).lag(2, true));
    for i in 1..=3 {
        let text = format!("Written behind lagging replica {i}");
        let memory = added(&home.json(&on_sim(&["add", &text])));
        let id = memory["id"].as_str().expect("id");
        let shown = home.json(&on_sim(&["show", id]));
        assert_eq!(shown["text"], text.as_str());
        assert_eq!(shown["freshness"]["state"], "current");
    }
    assert_eq!(home.json(&on_sim(&["list"]))["total"], 4);
}

#[test]
fn a_replica_that_stays_behind_is_named_as_such() {
    let (_devnet, home, sim) = start(&quick());
    for i in 1..=4 {
        home.ok(&on_sim(&["add", &format!("Fact {i}, before the replica fell behind")]));
    }
    // A replica that stays two blocks behind what this device wrote (directly, on network
    // `devnet`, which shares the device's cache): reads answer from the cache and name the
    // RPC as behind; `sync` exits 7 and says so, never that the cache is another vault's.
    home.ok(&["--network", "devnet", "add", "Written past the replica"]);
    sim.set(Faults::default().lag(2, false));
    let seq = home.json(&["--network", "devnet", "sync"])["seq"].as_u64().expect("seq");
    let sync = home.run(&on_sim(&["sync"]));
    let run = home.run(&on_sim(&["--json", "list"]));
    assert_eq!(sync.code, 7, "{sync}");
    assert!(sync.stderr.contains("behind"), "{sync}");
    assert!(!sync.stderr.contains("another vault"), "{sync}");
    let warning = stale(&run, seq);
    assert!(warning.contains("behind"), "{run}");
    assert!(!run.stderr.contains("another vault"), "{run}");
    assert_eq!(run.json()["total"], 5);
}

#[test]
fn a_reorg_that_drops_this_devices_write_is_rolled_back_and_the_write_sent_again() {
    let (_devnet, home, sim) = start(&quick());
    home.ok(&on_sim(&["add", "Written before the reorg"]));
    home.ok(&on_sim(&["add", "Dropped by the reorg"]));
    let report = sim.reorg_blocking(1, false);
    assert_eq!(report.dropped.len(), 1, "{report:?}");

    let run = home.run(&on_sim(&["list"]));
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stderr.contains("note: a reorg replaced"), "{run}");
    // Nothing else took the nonce: the same signed bytes land again.
    assert!(run.stderr.contains("of this device was missing from the chain"), "{run}");
    assert!(run.stderr.contains("sent it again") && !run.stderr.contains("warning:"), "{run}");
    assert_eq!(run.stderr.lines().filter(|l| l.starts_with("note: a reorg")).count(), 1, "{run}");
    let page = home.json(&on_sim(&["list"]));
    assert_eq!(texts(&page), ["Dropped by the reorg", "Written before the reorg"]);
    // Once is enough: the next commands have nothing to say.
    let run = home.run(&on_sim(&["list"]));
    assert!(!run.stderr.contains("note:") && !run.stderr.contains("warning:"), "{run}");
}

/// Flips (XOR 0xff) the bytes of `path`'s page that holds `needle`, from 256 bytes before it to
/// its end (the page header stays); the page's number.
fn flip_around(path: &Path, needle: &[u8]) -> usize {
    const PAGE: usize = 4096;
    let mut bytes = std::fs::read(path).expect("read the cache");
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("{} does not hold {needle:02x?}", path.display()));
    let page_start = at / PAGE * PAGE;
    let from = at.saturating_sub(256).max(page_start + 16);
    for byte in &mut bytes[from..at + needle.len()] {
        *byte ^= 0xff;
    }
    std::fs::write(path, bytes).expect("write the cache");
    at / PAGE + 1
}

/// The hash of block `number` of the chain at `rpc_url`.
fn block_hash(rpc_url: &str, number: u64) -> Vec<u8> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let params = serde_json::json!([format!("{number:#x}"), false]);
    let block = runtime.block_on(jsonrpc(rpc_url, "eth_getBlockByNumber", params));
    let hash = block["hash"].as_str().expect("a block hash");
    hex::decode(hash.trim_start_matches("0x")).expect("hex")
}

#[test]
fn a_cache_damaged_in_the_middle_is_rebuilt_and_said_so() {
    let (devnet, home, _sim) = start(&quick());
    let mut ids = Vec::new();
    for i in 1..=12 {
        let text =
            format!("Memory {i}: {}", "a fairly long sentence to fill the pages. ".repeat(8));
        ids.push(
            added(&home.json(&on_sim(&["add", &text])))["id"].as_str().expect("id").to_owned(),
        );
    }
    let before = home.snapshot();
    let cache = home.cache_file();
    let size = std::fs::metadata(&cache).expect("the cache").len();
    assert!(size >= 8 * 4096, "a cache of a few pages: {size} bytes");
    assert!(!Path::new(&format!("{}-wal", cache.display())).exists(), "a checkpointed cache");
    // The entry of the sixth memory: its row (the block hash it records, and the bytes before
    // it) in a page of entries, in the middle of the file.
    let block = home.json(&on_sim(&["history", &ids[5]]))[0]["block"].as_u64().expect("block");
    let page = flip_around(&cache, &block_hash(&devnet.rpc_url, block));
    assert!(page > 2, "page {page}: not the header or the schema");

    let run = home.run(&on_sim(&["list"]));
    assert_eq!(run.code, 0, "{run}");
    let lines: Vec<&str> =
        run.stderr.lines().filter(|l| l.contains("the local cache was damaged")).collect();
    assert_eq!(lines.len(), 1, "{run}");
    assert!(
        lines[0].starts_with("note: ") && lines[0].ends_with("rebuilt from the chain"),
        "{run}"
    );
    assert!(run.stdout.contains("(12 memories)"), "{run}");
    assert_eq!(home.snapshot(), before);
    // Said once: the rebuilt cache is sound.
    let run = home.run(&on_sim(&["list"]));
    assert!(!run.stderr.contains("damaged"), "{run}");
}

#[test]
fn sync_rebuild_fetches_everything_again_and_needs_the_chain() {
    let (_devnet, home, sim) = start(&quick());
    for text in ["Runs marathons", "Keeps bees", "Reads Borges"] {
        home.ok(&on_sim(&["add", text]));
    }
    let before = home.snapshot();
    let seq = home.json(&on_sim(&["sync"]))["seq"].as_u64().expect("seq");

    let rebuilt = home.json(&on_sim(&["sync", "--rebuild"]));
    assert_eq!(rebuilt["rebuilt"], true, "{rebuilt}");
    assert_eq!(
        (rebuilt["from_cache"].as_u64(), rebuilt["from_chain"].as_u64()),
        (Some(0), Some(seq))
    );
    assert_eq!((rebuilt["seq"].as_u64(), rebuilt["memories"].as_u64()), (Some(seq), Some(3)));
    assert_eq!(rebuilt["cache_rebuilt"], Value::Null, "nothing was damaged: {rebuilt}");
    assert_eq!(home.snapshot(), before);
    let text = home.ok(&on_sim(&["sync", "--rebuild"]));
    assert!(
        text.contains(&format!("rebuilt the local cache from the chain: {seq} entries")),
        "{text}"
    );
    assert!(text.contains("3 memories"), "{text}");
    let sync = home.json(&on_sim(&["sync"]));
    assert_eq!((sync["from_cache"].as_u64(), sync["from_chain"].as_u64()), (Some(seq), Some(0)));
    assert_eq!(sync["rebuilt"], false);

    // Without the chain nothing is forgotten: exit 7, and reads still answer from the cache.
    sim.set(Faults::default().fail(Transient::Reset, 1.0));
    let run = home.fails(7, &on_sim(&["sync", "--rebuild"]));
    assert!(run.stderr.contains("connecting to network `sim`"), "{run}");
    let run = home.run(&on_sim(&["--json", "list"]));
    stale(&run, seq);
    assert_eq!(run.json()["total"], 3);
}

#[test]
fn on_a_terminal_a_spinner_shows_the_network_while_connecting() {
    let (devnet, home, sim) = start(&quick());
    home.ok(&on_sim(&["add", "Seen on a terminal"]));
    // Slow answers, so that the spinner turns while connecting.
    sim.set(Faults::default().fail(Transient::Http429, 0.5).retry_after_secs(1));
    let out = devnet.root().join("stdout");
    let Some(terminal) = home.run_in_terminal(&on_sim(&["list"]), &out) else {
        eprintln!("no `script` (util-linux) here: the spinner on a terminal not checked");
        return;
    };
    assert!(terminal.contains(&format!("connecting to sim ({})", sim.url())), "{terminal:?}");
    let stdout = std::fs::read_to_string(&out).expect("stdout");
    assert!(stdout.contains("Seen on a terminal") && !stdout.contains('\u{1b}'), "{stdout:?}");
    let terminal = home.run_in_terminal(&on_sim(&["--json", "list"]), &out).expect("a terminal");
    assert!(!terminal.contains("connecting"), "a spinner in JSON mode: {terminal:?}");
}

/// Runs every memory command through the simulator in `faults`' mode, as one device, then
/// catches a second device up through it, and checks the result against the honest anvil:
/// each command succeeds, says its answer is current, and nothing is lost or written twice.
fn every_command_through(mode: &str, faults: Faults) -> memsync_e2e::SimStats {
    let (devnet, home, sim) = start(&[
        ("rpc_timeout_secs", toml::Value::Integer(2)),
        ("lag_wait_secs", toml::Value::Integer(10)),
    ]);
    home.ok(&on_sim(&["add", "Written before the faults"]));
    sim.set(faults);
    sim.reset_stats();
    let notes = write_file(
        devnet.root(),
        &format!("{mode}-notes.txt"),
        "Keeps bees in the garden\nSpeaks Portuguese at home\nRuns on Sundays\n",
    );

    let first = added(&home.json(&on_sim(&["add", "Plays the cello in an orchestra"])));
    let cello = first["id"].as_str().expect("id").to_owned();
    let second = added(&home.json(&on_sim(&["add", "Drinks green tea in the morning"])));
    let tea = second["id"].as_str().expect("id").to_owned();
    let imported = home.json(&on_sim(&["import", &notes]));
    assert_eq!(imported["added"], 3, "{mode}: {imported}");
    let page = home.json(&on_sim(&["list"]));
    assert_eq!(page["total"], 6, "{mode}: {page}");
    assert_eq!(page["freshness"]["state"], "current", "{mode}");
    let hits = home.json(&on_sim(&["search", "cello"]));
    assert_eq!(hits[0]["memory"]["id"], cello.as_str(), "{mode}: {hits}");
    assert_eq!(home.json(&on_sim(&["show", &cello]))["text"], "Plays the cello in an orchestra");
    let edited = home.json(&on_sim(&["edit", &cello, "--text", "Plays the viola in an orchestra"]));
    assert_eq!(edited["version"], 2, "{mode}: {edited}");
    let history = home.run(&on_sim(&["--json", "history", &cello]));
    assert_eq!(history.code, 0, "{mode}: {history}");
    assert!(history.stdout.contains("Plays the cello") && history.stdout.contains("viola"));
    home.ok(&on_sim(&["forget", &tea]));
    home.ok(&on_sim(&["profile"]));
    let exported = devnet.root().join(format!("{mode}-export.json"));
    home.ok(&on_sim(&["export", "-o", exported.to_str().expect("path")]));
    let export = std::fs::read_to_string(&exported).expect("the export");
    assert!(export.contains("Plays the viola") && !export.contains("green tea"), "{mode}");

    // Another device catches up from nothing through the same endpoint.
    let device = home.with_data(devnet.root().join(format!("{mode}-device")));
    let sync = device.json(&on_sim(&["sync"]));
    assert_eq!(sync["memories"], 5, "{mode}: {sync}");
    let mut expected = texts(&home.json(&on_sim(&["list"])));
    assert_eq!(texts(&device.json(&on_sim(&["list"]))), expected, "{mode}");

    // The honest chain holds the same, each record once.
    sim.set(Faults::honest());
    let honest = home.with_data(devnet.root().join(format!("{mode}-honest")));
    expected.sort();
    assert_eq!(texts(&honest.json(&["list"])), expected, "{mode}: the chain itself");
    let stats = sim.stats();
    println!("{mode}: {stats:?}");
    stats
}

#[test]
fn every_command_through_transient_failures() {
    let faults = Faults::default()
        .seed(21)
        .fail(Transient::Http502, 0.03)
        .fail(Transient::Http429, 0.03)
        .fail(Transient::Reset, 0.02)
        .fail(Transient::JsonRpcError, 0.02)
        .retry_after_secs(1);
    let stats = every_command_through("transient", faults);
    assert!(stats.injected_total() >= 3, "{stats:?}");
}

#[test]
fn every_command_through_lagging_replicas() {
    let stats = every_command_through("lag", Faults::default().seed(22).lag(2, true));
    assert!(stats.injected_total() > 0, "{stats:?}");
}

/// The CLI pins the tip with `eth_getBlockByNumber("latest")`, never `eth_blockNumber`: a stale
/// number cannot mislead it (the SDK's own test covers a client that asks for it).
#[test]
fn every_command_through_a_stale_block_number() {
    every_command_through("stale", Faults::default().seed(23).stale_block_number(2));
}

/// A log is fetched block by block, following each batch's link to the block before it, so the
/// CLI's queries stay under a provider's range and result caps (split queries over ranges are
/// the SDK tests' `tests/rpc_sim.rs`); with the caps on, nothing changes.
#[test]
fn every_command_through_capped_get_logs() {
    let faults = Faults::default().seed(24).logs_limits(Some(3), Some(4), LogsErrorStyle::Alchemy);
    every_command_through("capped", faults);
}

#[test]
fn every_command_through_ambiguous_sends() {
    let stats = every_command_through("ambiguous", Faults::default().seed(25).ambiguous_sends(0.4));
    assert!(stats.injected_total() > 0, "{stats:?}");
}

#[test]
fn every_command_through_hanging_requests() {
    let faults =
        Faults::default().seed(26).fail(Transient::Hang, 0.04).hang_for(Duration::from_secs(5));
    let stats = every_command_through("hang", faults);
    assert!(stats.injected_total() > 0, "{stats:?}");
}
