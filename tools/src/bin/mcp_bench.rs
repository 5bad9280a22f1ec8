//! `mcp-bench`: `search_memory` through the real `memsync mcp` server, measured, not asserted.
//!
//! ```text
//! cargo run --release -p memsync-tools --bin mcp-bench
//! cargo run --release -p memsync-tools --bin mcp-bench -- --no-build   # memsync already built
//! ```
//!
//! It builds the `memsync` binary (`cargo build --release -p memsync-cli --bin memsync`, unless
//! `--no-build` or `MEMSYNC_BIN=/path/to/memsync`), starts a fresh devnet, writes 10,000
//! synthetic memories of about 300 bytes (templated sentences in nine categories, a quarter of
//! them episodic, some in two categories) for the dev identity (anvil account 0) by importing a
//! generated MemSync export, writes a `config.toml` for that devnet into a temporary folder, and
//! runs `memsync mcp --app bench` as a child process (`MEMSYNC_CONFIG`, `MEMSYNC_DATA_DIR`),
//! speaking MCP over its stdio with rmcp's client. It measures:
//!
//! - **cold start**: spawn to `initialize` answered with an empty data folder (the server opens
//!   the memory before it answers: it restores the 10,000 memories from the chain into its
//!   cache: fetch, verify, store, decrypt, index), against the SDK opening them the same way;
//! - **warm start**: the same with the cache that the first server left;
//! - **first search** after each start, and **`tools/list`** on the warm server;
//! - **search**: 1,000 `search_memory` calls one after another (varied queries; a third with a
//!   category filter, some of those with a kind filter too; limit 10), each the client's round
//!   trip, against the same 1,000 searches through the SDK directly (`MemoryClient::search` on
//!   a client opened on the same vault), for the MCP layer's overhead; and the SDK's `refresh`
//!   (the chain check the server makes before each read) on its own;
//! - **search after a write**: another device adds one memory; the next `search_memory` must
//!   find it (the server syncs first because the chain moved);
//! - **adds**: 100 `add_memory` calls (each a transaction and its receipt on anvil), against
//!   100 adds through the SDK on another device;
//! - **JSON-RPC calls per search**: a third server start behind a counting proxy, 50 searches;
//! - **peak memory** of each server process (`VmHWM` from `/proc/PID/status` before shutdown).
//!
//! Every call must be a result, not `isError`, with the `{"results": [...]}` JSON both as text
//! content and as `structuredContent`, every result inside the call's filters; a search the SDK
//! answers with hits must have hits through MCP too (the bench counts those with another set of
//! memories than the SDK's). The server's log (stderr) goes to a file, printed on failure.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::sync::PoisonError;
use std::time::{Duration, Instant};

use alloy::signers::local::PrivateKeySigner;
use anyhow::Context as _;
use jiff::{SignedDuration, Timestamp};
use memsync::import::{ExportHeader, write_export};
use memsync::keys::{EpochRoot, KeyEpoch, KeyScope, Keyring};
use memsync::memory::{
    CacheLocation, Category, Filter, ImportOptions, Memory, MemoryClient, MemoryId, MemoryKind,
    NewMemory, Search, Source,
};
use memsync::{Devnet, Vault};
use memsync_e2e::LyingRpc;
use rmcp::model::CallToolRequestParams;
use rmcp::service::RunningService;
use rmcp::transport::TokioChildProcess;
use rmcp::{RoleClient, ServiceExt as _};
use serde_json::{Value, json};

/// `add_memory` calls measured (each against an SDK add on another device).
const ADDS: usize = 100;
const MEMORIES: u64 = 10_000;
const SEARCHES: usize = 1_000;
const AFTER_WRITE: usize = 20;
/// Searches through the counting proxy.
const PROFILED: usize = 50;
const LIMIT: usize = 10;
const TARGET_P50: Duration = Duration::from_millis(20);
/// The app name the server is started with.
const APP: &str = "bench";

// ---------------------------------------------------------------------------------------------
// Synthetic memories
// ---------------------------------------------------------------------------------------------

/// The nine categories an app sees by default (`private` is hidden from apps).
const CATEGORIES: [Category; 9] = [
    Category::Identity,
    Category::Career,
    Category::Interests,
    Category::Relationships,
    Category::Health,
    Category::Finance,
    Category::Learning,
    Category::Travel,
    Category::Productivity,
];

/// Sentences per category (indexed like [`CATEGORIES`]); `{slot}` is filled from [`slot`].
const SENTENCES: [&[&str]; 9] = [
    &[
        "My name is {name} and friends call me {nick}.",
        "I was born in {city} in {year} and grew up near the {place}.",
        "I live in {city} now, in a small flat close to the {place}.",
        "I speak {language} at home and some {language} at work.",
        "People describe me as {trait}, and a little {trait} when I am tired.",
    ],
    &[
        "I work as a {job} at {company}, mostly on {topic}.",
        "My manager {name} wants the {project} project shipped before the {month} deadline.",
        "I am preparing a talk on {topic} for a conference in {city}.",
        "I prefer code reviews in the morning and keep meetings after {time}.",
        "I am thinking about leaving {company} for a smaller team working on {topic}.",
    ],
    &[
        "I play the {instrument} in a community orchestra every {day}.",
        "I love {food} and try a new place for it whenever I travel.",
        "Lately I read {genre} novels, and I keep a list of the ones I liked.",
        "On weekends I go {activity} near the {place} with {name}.",
        "My favourite podcast is about {topic}; I listen to it while {activity}.",
    ],
    &[
        "My {relation} {name} lives in {city} and we call every {day}.",
        "{name} has a birthday in {month} and would like a book about {topic}.",
        "My partner {name} is allergic to {allergen}, so we avoid it at home.",
        "I promised {name} to help with moving house in {month}.",
        "My {relation} {name} just started school and loves {animal}s.",
    ],
    &[
        "I am allergic to {allergen} and always carry an antihistamine.",
        "I run {number} km three times a week, training for the {city} marathon.",
        "My doctor recommended more {exercise} for my back.",
        "I sleep best when I stop drinking coffee after {time}.",
        "I am mostly vegetarian and eat {food} at least twice a week.",
    ],
    &[
        "My monthly budget for groceries is about {number}0 euros.",
        "I am saving for a {purchase} and put {number}0 euros aside each month.",
        "Our mortgage rate is fixed until {year}, then we should refinance.",
        "I pay the {bill} bill in the first week of every month.",
        "I keep an emergency fund of {number} months of expenses in a savings account.",
    ],
    &[
        "I am learning {language} with a tutor on {day} evenings.",
        "I finished an online course on {topic} and want to take the advanced one.",
        "I practise {instrument} scales for twenty minutes every morning.",
        "I want to understand {topic} well enough to teach it to my team.",
        "My goal this {season} is to read one paper a week about {topic}.",
    ],
    &[
        "I am flying to {city} in {month} and always ask for a window seat.",
        "In {city} I stayed at a hotel near the {place} and loved the {food}.",
        "I want to visit {city} in {season} for the museums and the {food}.",
        "I take trains instead of flights for trips under {number} hours.",
        "My passport expires in {year}; renew it before the trip to {city}.",
    ],
    &[
        "I plan my week on {day} mornings and block two hours for deep work.",
        "I keep my notes in {tool} and my tasks in a paper notebook.",
        "I work best between {time} and lunch, with notifications off.",
        "I review my inbox twice a day and archive anything older than a week.",
        "I use the {technique} technique when the {project} deadline gets close.",
    ],
];

/// The words a `{slot}` is filled with.
fn slot(name: &str) -> &'static [&'static str] {
    match name {
        "name" => &[
            "Ana", "Ben", "Chloe", "Diego", "Elif", "Farah", "Goran", "Hana", "Ivan", "Jonas",
            "Keiko", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomas",
            "Uma", "Vera", "Wei", "Yusuf",
        ],
        "nick" => &["Ace", "Bee", "Coco", "Dee", "Jojo", "Kiki", "Max", "Nini", "Pip", "Sunny"],
        "city" => &[
            "Lisbon", "Berlin", "Tokyo", "Kyoto", "Madrid", "Oslo", "Prague", "Vienna", "Seoul",
            "Boston", "Lima", "Nairobi", "Porto", "Milan", "Dublin", "Hanoi",
        ],
        "place" => &[
            "river",
            "old harbour",
            "central park",
            "train station",
            "university",
            "market",
            "cathedral",
            "beach",
        ],
        "year" => &["1979", "1984", "1988", "1991", "1995", "2002", "2027", "2029", "2031"],
        "language" => &[
            "Portuguese",
            "German",
            "Japanese",
            "Spanish",
            "Korean",
            "French",
            "Italian",
            "Swahili",
        ],
        "trait" => &["curious", "patient", "stubborn", "organised", "chatty", "quiet", "impatient"],
        "job" => &[
            "backend engineer",
            "product designer",
            "data scientist",
            "nurse",
            "teacher",
            "accountant",
            "architect",
        ],
        "company" => &["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Labs"],
        "topic" => &[
            "databases",
            "Rust",
            "Python",
            "machine learning",
            "cryptography",
            "climate",
            "astronomy",
            "history",
            "economics",
            "typography",
        ],
        "project" => &["billing", "search", "onboarding", "migration", "mobile app", "dashboard"],
        "month" => {
            &["January", "March", "April", "June", "July", "September", "October", "December"]
        }
        "time" => &["8 am", "9 am", "10 am", "noon", "2 pm", "4 pm"],
        "instrument" => &["cello", "guitar", "piano", "violin", "drums", "flute"],
        "food" => &[
            "ramen",
            "sushi",
            "tacos",
            "paella",
            "falafel",
            "risotto",
            "kimchi",
            "dumplings",
            "pho",
            "curry",
            "lasagne",
            "pancakes",
        ],
        "genre" => &["mystery", "science fiction", "historical", "fantasy", "crime", "romance"],
        "activity" => &["hiking", "cycling", "swimming", "climbing", "running", "sailing"],
        "day" => &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "relation" => &["sister", "brother", "daughter", "son", "mother", "father", "cousin"],
        "allergen" => &["penicillin", "peanuts", "shellfish", "pollen", "cats", "gluten"],
        "animal" => &["dinosaur", "cat", "dog", "horse", "penguin", "rabbit"],
        "number" => &["3", "4", "5", "6", "8", "12"],
        "exercise" => &["yoga", "swimming", "stretching", "pilates", "walking"],
        "purchase" => &["car", "house", "sabbatical", "new laptop", "wedding", "bicycle"],
        "bill" => &["electricity", "internet", "phone", "water", "insurance"],
        "season" => &["spring", "summer", "autumn", "winter"],
        "tool" => &["Obsidian", "Notion", "plain text files", "Logseq", "a wiki"],
        "technique" => &["pomodoro", "time blocking", "eat the frog", "two-minute rule"],
        _ => &["something"],
    }
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// `template` with every `{slot}` filled.
fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        out.push_str(rng.pick(slot(&rest[open + 1..close])));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Memory `n`: sentences of its category until about 300 bytes.
fn memory(n: u64, now: Timestamp) -> Memory {
    let mut rng = Rng::new(n + 1);
    let category = rng.below(CATEGORIES.len());
    let mut categories = BTreeSet::from([CATEGORIES[category]]);
    if rng.below(7) == 0 {
        categories.insert(rng.pick(&CATEGORIES));
    }
    let mut text = String::new();
    while text.len() < 260 {
        let sentence = fill(rng.pick(SENTENCES[category]), &mut rng);
        if text.len() + sentence.len() > 330 && !text.is_empty() {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&sentence);
    }
    let (kind, expires_at) = match rng.below(8) {
        0 => (MemoryKind::Episodic, None),
        1 => (MemoryKind::Episodic, now.checked_add(SignedDuration::from_hours(24 * 400)).ok()),
        _ => (MemoryKind::Semantic, None),
    };
    let app = rng.pick(&["claude-ai", "cursor-vscode", "memsync-cli", "bench"]);
    Memory {
        id: MemoryId::derived(&n.to_be_bytes()),
        text,
        kind,
        expires_at,
        categories,
        tags: [format!("t{}", rng.below(20))].into(),
        source: Source::app(app),
        created_at: now,
        updated_at: now,
        confidence: 1.0,
        version: 1,
    }
}

/// Search `i`: a query and, for a third of them, a category filter (half of those a kind too).
fn query(i: usize) -> (String, Option<Category>, Option<MemoryKind>) {
    const SHAPES: [&str; 12] = [
        "{food}",
        "allergic to {allergen}",
        "my {relation} {name}",
        "flight to {city}",
        "{topic} course",
        "saving for a {purchase}",
        "{instrument} practice",
        "{activity} weekend",
        "{company} {project} deadline",
        "where does {name} live",
        "{language} tutor",
        "{city} hotel {food}",
    ];
    let mut rng = Rng::new(1_000_003 + i as u64);
    if i.is_multiple_of(3) {
        let category = (i / 3) % CATEGORIES.len();
        let text = fill(rng.pick(SENTENCES[category]), &mut rng);
        // Two or three content words of one of the category's own sentences.
        let words: Vec<&str> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 4).collect();
        let start = rng.below(words.len().max(1));
        let picked: Vec<&str> = words.iter().cycle().skip(start).take(2 + i % 2).copied().collect();
        let kind = match i % 6 {
            0 => Some(MemoryKind::Semantic),
            _ if i % 9 == 3 => Some(MemoryKind::Episodic),
            _ => None,
        };
        (picked.join(" "), Some(CATEGORIES[category]), kind)
    } else {
        (fill(SHAPES[i % SHAPES.len()], &mut rng), None, None)
    }
}

// ---------------------------------------------------------------------------------------------
// The owner, the devnet and the config
// ---------------------------------------------------------------------------------------------

/// The dev identity's key ring on `vault`: epoch 1 from the wallet signature, as the CLI does.
async fn keyring(vault: &Vault, signer: &PrivateKeySigner) -> anyhow::Result<Keyring> {
    let scope =
        KeyScope { chain_id: vault.chain_id(), vault: vault.address(), owner: signer.address() };
    let mut keyring = Keyring::new(scope);
    keyring.insert(&EpochRoot::from_wallet(signer, &scope, KeyEpoch::FIRST).await?)?;
    Ok(keyring)
}

async fn sdk_client(
    devnet: &Devnet,
    signer: &PrivateKeySigner,
    cache: CacheLocation,
) -> anyhow::Result<MemoryClient> {
    let vault = Vault::builder(devnet.rpc_url())
        .signer(signer.clone())
        .connect(devnet.vault_address())
        .await?;
    let keys = keyring(&vault, signer).await?;
    Ok(MemoryClient::builder(vault, keys).cache(cache).open().await?)
}

/// Writes `NAME.toml`, a config for `devnet` through `rpc_url` with the dev identity
/// (account 0), into `dir`.
fn write_config(dir: &Path, name: &str, devnet: &Devnet, rpc_url: &str) -> anyhow::Result<PathBuf> {
    let path = dir.join(format!("{name}.toml"));
    let text = format!(
        "default_network = \"bench\"\n\n[identity]\nkind = \"dev\"\naccount = 0\n\n\
         [networks.bench]\nrpc_url = \"{}\"\nchain_id = {}\nvault = \"{}\"\ndeploy_block = {}\n",
        rpc_url,
        devnet.chain_id(),
        devnet.vault_address(),
        devnet.deploy_block(),
    );
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// The `memsync` binary: `$MEMSYNC_BIN`, or `target/release/memsync` as it is (`--no-build`), or
/// built now with cargo (the path cargo reports).
fn memsync_binary(build: bool) -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os("MEMSYNC_BIN") {
        return Ok(PathBuf::from(path));
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .context("the tests crate sits in the workspace")?;
    if !build {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map_or_else(|| workspace.join("target"), PathBuf::from);
        return Ok(target.join("release").join("memsync"));
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    println!("building memsync (cargo build --release -p memsync-cli --bin memsync) ...");
    let output = std::process::Command::new(cargo)
        .args(["build", "--release", "-p", "memsync-cli", "--bin", "memsync"])
        .arg("--message-format=json-render-diagnostics")
        .current_dir(workspace)
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo")?;
    anyhow::ensure!(output.status.success(), "building memsync failed");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "memsync")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .context("cargo reported no memsync executable")
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/// A running `memsync mcp` and the client connected to it.
struct Server {
    client: RunningService<RoleClient, ()>,
    pid: u32,
    log: PathBuf,
}

/// How long a start took: spawn to `initialize` answered, then the first search on its own.
struct Start {
    initialize: Duration,
    first_search: Duration,
}

impl Server {
    /// Spawns the server and waits for `initialize`, then for one search.
    async fn start(
        bin: &Path,
        config: &Path,
        data: &Path,
        log: PathBuf,
    ) -> anyhow::Result<(Self, Start)> {
        let mut command = tokio::process::Command::new(bin);
        command
            .args(["mcp", "--app", APP])
            .env("MEMSYNC_CONFIG", config)
            .env("MEMSYNC_DATA_DIR", data)
            .env_remove("MEMSYNC_NETWORK");
        let stderr = std::fs::File::create(&log)?;
        let started = Instant::now();
        let (transport, _) = TokioChildProcess::builder(command).stderr(stderr).spawn()?;
        let pid = transport.id().context("the server has no pid")?;
        let client = match ().serve(transport).await {
            Ok(client) => client,
            Err(err) => anyhow::bail!("initialize failed: {err}\n{}", tail(&log)),
        };
        let initialize = started.elapsed();
        let server = Self { client, pid, log };
        let started = Instant::now();
        let results = server.search(&json!({"query": "coffee", "limit": LIMIT})).await?;
        let first_search = started.elapsed();
        anyhow::ensure!(!results.is_empty(), "the first search found nothing");
        Ok((server, Start { initialize, first_search }))
    }

    /// Calls `name` with `arguments`; the result's JSON object, checked: not `isError`, the
    /// text content and `structuredContent` the same object.
    async fn call(&self, name: &'static str, arguments: &Value) -> anyhow::Result<Value> {
        let arguments = arguments.as_object().cloned().context("arguments are an object")?;
        let result = self
            .client
            .call_tool(CallToolRequestParams::new(name).with_arguments(arguments.clone()))
            .await
            .with_context(|| format!("{name} {arguments:?}: {}", tail(&self.log)))?;
        let text: String =
            result.content.iter().filter_map(|c| c.as_text().map(|t| t.text.as_str())).collect();
        anyhow::ensure!(result.is_error != Some(true), "{name} {arguments:?} failed: {text}");
        let from_text: Value = serde_json::from_str(&text)
            .with_context(|| format!("{name}: the text content is not JSON: {text:.200}"))?;
        let structured = result.structured_content.context("no structuredContent")?;
        anyhow::ensure!(structured == from_text, "{name}: structuredContent differs from the text");
        Ok(structured)
    }

    /// `search_memory`: the ids of the results, best first, each checked against the
    /// arguments' `categories` and `kinds` filters.
    async fn search(&self, arguments: &Value) -> anyhow::Result<Vec<String>> {
        let answer = self.call("search_memory", arguments).await?;
        let results = answer["results"].as_array().context("no results array")?;
        let wanted = |field: &str| arguments.get(field).and_then(Value::as_array);
        results
            .iter()
            .map(|r| {
                let memory = &r["memory"];
                anyhow::ensure!(r["score"].is_number(), "a result without a score: {r}");
                if let Some(categories) = wanted("categories") {
                    let has = memory["categories"].as_array().context("no categories")?;
                    anyhow::ensure!(
                        categories.iter().any(|c| has.contains(c)),
                        "{memory} is outside the filter {arguments}"
                    );
                }
                if let Some(kinds) = wanted("kinds") {
                    anyhow::ensure!(
                        kinds.contains(&memory["kind"]),
                        "{memory} is outside the filter {arguments}"
                    );
                }
                memory["id"].as_str().map(str::to_owned).context("a result without an id")
            })
            .collect()
    }

    /// The server's peak resident set so far, in MiB.
    fn peak_rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid));
        status
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    }

    /// Closes the connection (the server exits when its stdin closes) and waits for the process
    /// to be gone.
    async fn stop(self) -> anyhow::Result<()> {
        let pid = self.pid;
        self.client.cancel().await?;
        for _ in 0..100 {
            if !Path::new(&format!("/proc/{pid}")).exists() {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        anyhow::bail!("server {pid} still running 5 s after its stdin closed")
    }
}

/// The last lines of a log file.
fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let last = lines[lines.len().saturating_sub(20)..].join("\n");
    format!("server log {}:\n{last}", path.display())
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

struct Stats {
    p50: Duration,
    p90: Duration,
    p99: Duration,
    max: Duration,
}

impl Stats {
    fn of(mut times: Vec<Duration>) -> Self {
        times.sort();
        let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
        Self { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1.0) }
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn yes(held: bool) -> &'static str {
    if held { "yes" } else { "**no**" }
}

/// Search `i` as `search_memory` arguments and as an SDK search.
fn searches(i: usize) -> (Value, Search) {
    let (text, category, kind) = query(i);
    let mut arguments = json!({"query": text, "limit": LIMIT});
    let mut filter = Filter::default();
    if let Some(category) = category {
        arguments["categories"] = json!([category.as_str()]);
        filter.categories.insert(category);
    }
    if let Some(kind) = kind {
        arguments["kinds"] = json!([kind.as_str()]);
        filter.kinds.insert(kind);
    }
    (arguments, Search::new(text).limit(LIMIT).filter(filter))
}

async fn bench(build: bool) -> anyhow::Result<()> {
    let bin = memsync_binary(build)?;
    anyhow::ensure!(bin.is_file(), "no memsync binary at {} (build it first)", bin.display());

    let devnet = Devnet::spawn().await?;
    let owner = devnet.signer(0);
    let dir = tempfile::tempdir()?;
    println!("mcp-bench: anvil {}, owner {} (dev account 0)", devnet.rpc_url(), owner.address());
    println!("server: {}", bin.display());

    // --- 10,000 memories, written by the SDK (setup) ----------------------------------------
    let started = Instant::now();
    let writer = sdk_client(&devnet, &owner, CacheLocation::Memory).await?;
    let now = Timestamp::now();
    let memories: Vec<Memory> = (0..MEMORIES).map(|n| memory(n, now)).collect();
    let average = memories.iter().map(|m| m.text.len()).sum::<usize>() / memories.len();
    let document = write_export(&ExportHeader::now(), &memories)?;
    let report = writer.import(document.as_bytes(), &ImportOptions::default()).await?;
    anyhow::ensure!(report.added as u64 == MEMORIES, "imported {report:?}");
    println!(
        "wrote {MEMORIES} memories (texts of {average} B on average) in {} (setup)",
        secs(started.elapsed())
    );
    println!("e.g. {:?}", memories[0].text);
    drop(memories);

    // The SDK's own client on the same vault, opened from the chain like the server's first
    // start: the baseline for the searches.
    let started = Instant::now();
    let sdk =
        sdk_client(&devnet, &owner, CacheLocation::File(dir.path().join("sdk.sqlite"))).await?;
    let sdk_open = started.elapsed();
    anyhow::ensure!(sdk.len().await as u64 == MEMORIES, "the SDK restored {}", sdk.len().await);

    let config = write_config(dir.path(), "config", &devnet, &devnet.rpc_url())?;
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data)?;

    // --- cold start: the server restores everything from the chain ---------------------------
    let (server, cold) = Server::start(&bin, &config, &data, dir.path().join("cold.log")).await?;
    let listed = server.call("list_memories", &json!({"limit": 1})).await?;
    anyhow::ensure!(
        listed["total"] == json!(MEMORIES),
        "the server lists {} memories, not {MEMORIES}",
        listed["total"]
    );
    let cold_rss = server.peak_rss_mib();
    server.stop().await?;

    // --- warm start: from the cache the first server left --------------------------------------
    let (server, warm) = Server::start(&bin, &config, &data, dir.path().join("warm.log")).await?;
    let started = Instant::now();
    let tools = server.client.list_all_tools().await?;
    let list_tools = started.elapsed();
    let names: BTreeSet<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
    anyhow::ensure!(names.contains("search_memory"), "tools/list: {names:?}");

    // --- 1,000 searches, through MCP and through the SDK ---------------------------------------
    let (mut mcp_times, mut sdk_times, mut refresh_times) = (Vec::new(), Vec::new(), Vec::new());
    let (mut hits, mut empty, mut filtered, mut different) = (0usize, 0usize, 0usize, 0usize);
    for i in 0..SEARCHES {
        let (arguments, search) = searches(i);
        filtered += usize::from(arguments.get("categories").is_some());

        // What the server does before each read: catch up if the chain moved (it has not).
        let started = Instant::now();
        anyhow::ensure!(sdk.refresh().await?.is_none(), "the chain moved");
        refresh_times.push(started.elapsed());

        let started = Instant::now();
        let expected = sdk.search(&search).await?;
        sdk_times.push(started.elapsed());

        let started = Instant::now();
        let found = server.search(&arguments).await?;
        mcp_times.push(started.elapsed());

        anyhow::ensure!(
            found.is_empty() == expected.is_empty(),
            "search {i} {arguments}: {} results through MCP, {} through the SDK",
            found.len(),
            expected.len()
        );
        let expected: BTreeSet<String> = expected.iter().map(|h| h.memory.id.to_string()).collect();
        different += usize::from(found.iter().cloned().collect::<BTreeSet<_>>() != expected);
        hits += found.len();
        empty += usize::from(found.is_empty());
    }
    anyhow::ensure!(empty < SEARCHES / 20, "{empty} of {SEARCHES} searches found nothing");

    // --- another device writes; the next search must see it -----------------------------------
    let mut after_write = Vec::new();
    for i in 0..AFTER_WRITE {
        let marker = format!("zephyrmarker{i}");
        let text =
            format!("A note from another device: {marker} is the wifi password at the cabin.");
        writer.add(NewMemory::new(text)).await?;
        let started = Instant::now();
        let found = server.search(&json!({"query": marker, "limit": LIMIT})).await?;
        after_write.push(started.elapsed());
        anyhow::ensure!(found.len() == 1, "search for {marker} after its write found {found:?}");
    }
    // --- adds through the server: each is a transaction on anvil and a wait for its receipt ----
    let mut adds = Vec::with_capacity(ADDS);
    let mut sdk_adds = Vec::with_capacity(ADDS);
    for i in 0..ADDS {
        let started = Instant::now();
        server
            .call(
                "add_memory",
                &json!({"text": format!("I water the cabin's plants on day {i} of the month.")}),
            )
            .await?;
        adds.push(started.elapsed());
        let started = Instant::now();
        writer.add(NewMemory::new(format!("I check the cabin's mail on day {i}."))).await?;
        sdk_adds.push(started.elapsed());
    }
    let slow_adds = adds.iter().filter(|d| **d >= Duration::from_millis(200)).count();
    let warm_rss = server.peak_rss_mib();
    server.stop().await?;

    // --- what a search asks of the chain: a server behind a counting proxy ---------------------
    let (proxy, calls) = LyingRpc::counting(devnet.rpc_url()).await;
    let counted = write_config(dir.path(), "counted", &devnet, &proxy.url())?;
    let (server, _) = Server::start(&bin, &counted, &data, dir.path().join("counted.log")).await?;
    calls.lock().unwrap_or_else(PoisonError::into_inner).clear();
    for i in 0..PROFILED {
        server.search(&searches(i).0).await?;
    }
    let per_search: Vec<String> = calls
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .map(|(method, n)| format!("{method} {:.2}", *n as f64 / PROFILED as f64))
        .collect();
    server.stop().await?;
    drop(proxy);

    // --- the table -----------------------------------------------------------------------------
    let mcp = Stats::of(mcp_times);
    let direct = Stats::of(sdk_times);
    let refresh = Stats::of(refresh_times);
    let synced = Stats::of(after_write);
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-9);
    println!();
    println!(
        "{SEARCHES} searches ({filtered} filtered), limit {LIMIT}: {hits} results, {empty} empty, \
         {different} with another set of memories than the SDK's"
    );
    println!(
        "JSON-RPC calls per search_memory (chain unchanged, {PROFILED} searches): {}",
        if per_search.is_empty() { "none".to_owned() } else { per_search.join(", ") }
    );
    println!();
    println!(
        "| measure ({MEMORIES} memories of ~300 B) | MCP (`memsync mcp`) | SDK direct | MCP / SDK | target | held |"
    );
    println!("|---|---:|---:|---:|---:|:---:|");
    println!(
        "| cold start: spawn to `initialize` answered (empty cache: restore from the chain) | {} | {} (open) | {:.2} | | |",
        secs(cold.initialize),
        secs(sdk_open),
        ratio(cold.initialize, sdk_open)
    );
    println!(
        "| warm start: spawn to `initialize` answered (from the local cache) | {} | | | | |",
        secs(warm.initialize)
    );
    println!(
        "| first `search_memory` after start, cold / warm | {} / {} | | | | |",
        ms(cold.first_search),
        ms(warm.first_search)
    );
    println!("| `tools/list` ({} tools) | {} | | | | |", tools.len(), ms(list_tools));
    println!(
        "| **search p50** ({SEARCHES} queries, {filtered} filtered, limit {LIMIT}) | **{}** | {} | {:.1} | ≤ 20 ms | {} |",
        ms(mcp.p50),
        ms(direct.p50),
        ratio(mcp.p50, direct.p50),
        yes(mcp.p50 <= TARGET_P50)
    );
    for (name, a, b) in
        [("p90", mcp.p90, direct.p90), ("p99", mcp.p99, direct.p99), ("max", mcp.max, direct.max)]
    {
        println!("| search {name} | {} | {} | {:.1} | | |", ms(a), ms(b), ratio(a, b));
    }
    println!(
        "| the chain check before each read (SDK `refresh`, chain unchanged), p50 / p99 | | {} / {} | | | |",
        ms(refresh.p50),
        ms(refresh.p99)
    );
    println!(
        "| search right after another device's write, p50 / max ({AFTER_WRITE} runs) | {} / {} | | | | |",
        ms(synced.p50),
        ms(synced.max)
    );
    let (added, sdk_added) = (Stats::of(adds), Stats::of(sdk_adds));
    println!(
        "| **`add_memory` p50** ({ADDS} adds on anvil, each a transaction and its receipt) | **{}** | {} | {:.1} | ≤ 30 ms | {} |",
        ms(added.p50),
        ms(sdk_added.p50),
        ratio(added.p50, sdk_added.p50),
        yes(added.p50 <= Duration::from_millis(30))
    );
    println!(
        "| `add_memory` p99 / max; adds of 200 ms or more | {} / {}; {slow_adds} of {ADDS} | {} / {} | | none | {} |",
        ms(added.p99),
        ms(added.max),
        ms(sdk_added.p99),
        ms(sdk_added.max),
        yes(slow_adds == 0)
    );
    println!("| server peak RSS, cold start | {cold_rss:.0} MiB | | | | |");
    println!(
        "| server peak RSS, warm start + {} searches | {warm_rss:.0} MiB | | | | |",
        SEARCHES + AFTER_WRITE
    );
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => bench(true).await,
        ["--no-build"] => bench(false).await,
        other => Err(anyhow::anyhow!("unknown arguments {other:?}; use --no-build")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("mcp-bench: {err:#}");
            ExitCode::FAILURE
        }
    }
}
