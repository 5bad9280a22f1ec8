//! What the scenarios share: a `memsync devnet` (or a plain anvil) to run against, and homes (a
//! config file and a data directory) to run `memsync` commands in.
//!
//! Every command gets an explicit `--config` and `--data-dir`, and `HOME` and the XDG
//! directories point into the test's temporary directory, so no test can read or write the
//! user's own configuration or caches.

use std::io::{BufRead, BufReader, Lines};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256};
use alloy::signers::local::PrivateKeySigner;
use serde_json::Value;
use tempfile::TempDir;

/// The `memsync` binary under test.
pub(crate) const MEMSYNC: &str = env!("CARGO_BIN_EXE_memsync");
/// The mnemonic of anvil's public test accounts (their keys have ether on every anvil).
pub(crate) const DEV_MNEMONIC: &str = "test test test test test test test test test test test junk";
/// The private key of anvil's account 0.
pub(crate) const DEV_KEY_0: &str =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/// The environment variables the CLI reads; the tests' own environment must not leak in.
const MEMSYNC_ENV: [&str; 11] = [
    "MEMSYNC_CONFIG",
    "MEMSYNC_DATA_DIR",
    "MEMSYNC_NETWORK",
    "MEMSYNC_PASSWORD",
    "MEMSYNC_MNEMONIC",
    "MEMSYNC_PASSPHRASE",
    "MEMSYNC_ANVIL",
    "MEMSYNC_RPC_TIMEOUT_SECS",
    "MEMSYNC_RPC_RETRIES",
    "MEMSYNC_FINALITY",
    "MEMSYNC_LAG_WAIT_SECS",
];
/// How long a chain may take to start.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A running `memsync devnet`, stopped with Ctrl-C (SIGINT) when dropped, so that a failing
/// test does not leave anvil running.
pub(crate) struct Devnet {
    child: Child,
    /// Kept open: the devnet prints as it stops.
    _stdout: Lines<BufReader<ChildStdout>>,
    /// What it printed up to "Press Ctrl-C".
    pub(crate) banner: String,
    /// Its JSON-RPC endpoint.
    pub(crate) rpc_url: String,
    /// Its MemoryVault.
    pub(crate) vault: Address,
    /// The block the vault was deployed in.
    pub(crate) deploy_block: u64,
    /// Its TeeRegistry.
    pub(crate) tee_registry: Address,
    /// The TEE node it serves (INSECURE dev attester), registered in the registry.
    pub(crate) tee_node: Address,
    /// The node's enclave measurement.
    pub(crate) tee_measurement: B256,
    /// The fingerprint of the node's dev CA root, pinned as the network's `tee_root`.
    pub(crate) tee_root: B256,
    home: Home,
    /// Taken by [`stop`](Self::stop).
    root: Option<TempDir>,
}

impl Devnet {
    /// Starts a devnet that registers network `devnet` in a new home.
    pub(crate) fn start() -> Self {
        let root = tempfile::tempdir().expect("temporary directory");
        let home = Home::new(root.path(), "main");
        Self::start_in(root, home)
    }

    /// Starts a devnet registered in `home` (whose directories live in `root`).
    pub(crate) fn start_in(root: TempDir, home: Home) -> Self {
        let out = root.path().join("devnet.json");
        let mut child = home
            .command(&["devnet", "--out", out.to_str().expect("utf-8 path")])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start memsync devnet");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let start = Instant::now();
        let mut banner = String::new();
        while !banner.contains("Press Ctrl-C") {
            assert!(start.elapsed() < START_TIMEOUT, "the devnet did not start:\n{banner}");
            match stdout.next() {
                Some(Ok(line)) => {
                    banner.push_str(&line);
                    banner.push('\n');
                }
                _ => panic!("memsync devnet stopped before it was ready:\n{banner}"),
            }
        }
        let info: Value = serde_json::from_slice(&std::fs::read(&out).expect("devnet.json"))
            .expect("devnet.json is JSON");
        Self {
            child,
            _stdout: stdout,
            banner,
            rpc_url: info["rpc_url"].as_str().expect("rpc_url").to_owned(),
            vault: info["vault"].as_str().expect("vault").parse().expect("vault address"),
            deploy_block: info["deploy_block"].as_u64().expect("deploy_block"),
            tee_registry: parse(&info, "tee_registry"),
            tee_node: parse(&info, "tee_node"),
            tee_measurement: parse(&info, "tee_measurement"),
            tee_root: parse(&info, "tee_root"),
            home,
            root: Some(root),
        }
    }

    /// The home the devnet registered network `devnet` in (no identity yet).
    pub(crate) fn home(&self) -> Home {
        self.home.clone()
    }

    /// A new home (its own config and data directory) with this devnet added as network
    /// `devnet` through `init --add-network`.
    pub(crate) fn new_home(&self, name: &str) -> Home {
        let home = Home::new(self.root(), name);
        home.ok(&self.add_network_args("devnet", &self.rpc_url));
        home
    }

    /// The arguments of `init --add-network NAME` for this devnet's vault behind `rpc_url`.
    pub(crate) fn add_network_args(&self, name: &str, rpc_url: &str) -> Vec<String> {
        let args = ["init", "--add-network", name, "--rpc-url", rpc_url, "--vault"];
        let mut args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        args.push(self.vault.to_string());
        args.extend(["--deploy-block".to_owned(), self.deploy_block.to_string()]);
        args
    }

    /// The temporary directory everything of this devnet lives in.
    pub(crate) fn root(&self) -> &Path {
        self.root.as_ref().expect("a running devnet").path()
    }

    /// Stops the devnet with Ctrl-C and hands back its directory, for a devnet started again in
    /// the same home.
    pub(crate) fn stop(mut self) -> (TempDir, Home) {
        assert!(interrupt(&mut self.child), "memsync devnet did not stop cleanly on Ctrl-C");
        (self.root.take().expect("a running devnet"), self.home.clone())
    }
}

/// The string field `name` of `info`, parsed.
fn parse<T: std::str::FromStr>(info: &Value, name: &str) -> T {
    let text = info[name].as_str().unwrap_or_else(|| panic!("devnet.json has no {name}"));
    text.parse().unwrap_or_else(|_| panic!("devnet.json's {name} is not valid: {text}"))
}

impl Drop for Devnet {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            interrupt(&mut self.child);
        }
    }
}

/// Sends SIGINT to `child` and waits for it; kills it if it does not stop. Whether it exited
/// with success.
fn interrupt(child: &mut Child) -> bool {
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if let Ok(Some(status)) = child.try_wait() {
            return status.success();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    false
}

/// A plain anvil (no vault deployed), killed when dropped.
pub(crate) struct Anvil {
    child: Child,
    /// Its JSON-RPC endpoint.
    pub(crate) rpc_url: String,
}

impl Anvil {
    /// Starts anvil with chain id `chain_id` on a free port.
    pub(crate) fn start(chain_id: u64) -> Self {
        let path = memsync::find_anvil(None).expect("anvil (run npm install)");
        let mut child = Command::new(path)
            .args(["--port", "0", "--hardfork", memsync::HARDFORK, "--chain-id"])
            .arg(chain_id.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start anvil");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let start = Instant::now();
        let rpc_url = loop {
            assert!(start.elapsed() < START_TIMEOUT, "anvil did not start");
            let line = lines.next().expect("anvil output").expect("a line");
            if let Some(address) = line.strip_prefix("Listening on ") {
                break format!("http://{}", address.trim());
            }
        };
        // anvil keeps printing (one line per request); nobody reads it after this.
        std::thread::spawn(move || lines.for_each(drop));
        Self { child, rpc_url }
    }
}

impl Drop for Anvil {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Deploys a new MemoryVault to the chain at `rpc_url` from anvil's account 0; its address and
/// deployment block.
pub(crate) fn deploy_vault(rpc_url: &str) -> (Address, u64) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    runtime.block_on(async {
        let key: PrivateKeySigner = DEV_KEY_0.parse().expect("key");
        let vault = memsync::Vault::builder(rpc_url).signer(key).deploy().await.expect("deploy");
        let block = jsonrpc(rpc_url, "eth_blockNumber", serde_json::json!([])).await;
        let block = u64::from_str_radix(block.as_str().expect("hex").trim_start_matches("0x"), 16);
        (vault.address(), block.expect("block number"))
    })
}

/// Gives `address` 100 ether on an anvil (a new keystore or mnemonic account has none).
pub(crate) fn fund(rpc_url: &str, address: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let params = serde_json::json!([address, "0x56bc75e2d63100000"]);
    runtime.block_on(jsonrpc(rpc_url, "anvil_setBalance", params));
}

/// One JSON-RPC call's result.
pub(crate) async fn jsonrpc(rpc_url: &str, method: &str, params: Value) -> Value {
    let request =
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
    let response: Value = reqwest::Client::new()
        .post(rpc_url)
        .json(&request)
        .send()
        .await
        .expect("JSON-RPC request")
        .json()
        .await
        .expect("JSON-RPC response");
    assert!(response.get("error").is_none(), "{method}: {response}");
    response["result"].clone()
}

/// Where `memsync` commands keep their config and data: one user's (or device's) setup.
#[derive(Clone, Debug)]
pub(crate) struct Home {
    /// The config file.
    pub(crate) config: PathBuf,
    /// The data directory (caches, keystores, blobs).
    pub(crate) data: PathBuf,
    /// What `HOME` and the XDG directories point at: the platform defaults land here, never in
    /// the user's real directories.
    pub(crate) sandbox: PathBuf,
    env: Vec<(String, String)>,
}

impl Home {
    /// A home in `root/name`.
    pub(crate) fn new(root: &Path, name: &str) -> Self {
        let dir = root.join(name);
        let sandbox = dir.join("sandbox");
        std::fs::create_dir_all(&sandbox).expect("create the sandbox");
        Self { config: dir.join("config.toml"), data: dir.join("data"), sandbox, env: Vec::new() }
    }

    /// This home with `key=value` in the commands' environment.
    pub(crate) fn with_env(&self, key: &str, value: &str) -> Self {
        let mut home = self.clone();
        home.env.retain(|(k, _)| k != key);
        home.env.push((key.to_owned(), value.to_owned()));
        home
    }

    /// This home's config with another data directory.
    pub(crate) fn with_data(&self, data: PathBuf) -> Self {
        Self { data, ..self.clone() }
    }

    /// A `memsync` command in this home, with no standard input (so that nothing prompts).
    pub(crate) fn command<S: AsRef<str>>(&self, args: &[S]) -> Command {
        let mut command = Command::new(MEMSYNC);
        for key in MEMSYNC_ENV {
            command.env_remove(key);
        }
        command
            .env("HOME", &self.sandbox)
            .env("XDG_CONFIG_HOME", self.sandbox.join("config"))
            .env("XDG_DATA_HOME", self.sandbox.join("data"))
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .arg("--config")
            .arg(&self.config)
            .arg("--data-dir")
            .arg(&self.data)
            .args(args.iter().map(AsRef::as_ref))
            .stdin(Stdio::null());
        command
    }

    /// Runs `memsync ARGS` to the end.
    pub(crate) fn run<S: AsRef<str>>(&self, args: &[S]) -> Run {
        let output = self.command(args).output().expect("run memsync");
        Run::from_output(args, &output)
    }

    /// Runs `memsync ARGS` with `input` on its standard input.
    pub(crate) fn run_with_input<S: AsRef<str>>(&self, args: &[S], input: &[u8]) -> Run {
        use std::io::Write as _;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run memsync");
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
        let output = child.wait_with_output().expect("wait for memsync");
        Run::from_output(args, &output)
    }

    /// Runs `memsync ARGS` with its standard error on a terminal (a pseudo-terminal made by
    /// util-linux's `script`) and its standard output into the file `stdout`; what the terminal
    /// showed, or `None` where there is no `script`.
    pub(crate) fn run_in_terminal(&self, args: &[&str], stdout: &Path) -> Option<String> {
        let command = self.command(args);
        let quote =
            |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', r"'\''"));
        let mut line: Vec<String> = vec![quote(command.get_program())];
        line.extend(command.get_args().map(quote));
        line.push(format!("> {}", quote(stdout.as_os_str())));
        let mut script = Command::new("script");
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => script.env(key, value),
                None => script.env_remove(key),
            };
        }
        let output = script
            .args(["-qec", &line.join(" "), "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .ok()?;
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
        Some(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Runs `memsync ARGS` on a terminal (a pseudo-terminal made by util-linux's `script`) on
    /// which `typed` is typed: its exit code and what the terminal showed, or `None` where there
    /// is no `script`.
    pub(crate) fn type_in_terminal(&self, args: &[&str], typed: &str) -> Option<(i32, String)> {
        use std::io::Write as _;
        let command = self.command(args);
        let quote =
            |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', r"'\''"));
        let mut line: Vec<String> = vec![quote(command.get_program())];
        line.extend(command.get_args().map(quote));
        let mut script = Command::new("script");
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => script.env(key, value),
                None => script.env_remove(key),
            };
        }
        let mut child = script
            .args(["-qec", &line.join(" "), "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        child.stdin.take().expect("stdin").write_all(typed.as_bytes()).expect("type");
        let output = child.wait_with_output().expect("wait for script");
        Some((output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into()))
    }

    /// Runs `memsync ARGS`, which must succeed; its standard output.
    pub(crate) fn ok<S: AsRef<str>>(&self, args: &[S]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "{run}");
        run.stdout
    }

    /// Runs `memsync --json ARGS`, which must succeed and print exactly one JSON document.
    pub(crate) fn json<S: AsRef<str>>(&self, args: &[S]) -> Value {
        let run = self.run(&json_args(args));
        assert_eq!(run.code, 0, "{run}");
        run.json()
    }

    /// Runs `memsync --json ARGS` for one memory (`show ID`), which must succeed and answer
    /// current; the memory, without its `freshness`.
    pub(crate) fn memory<S: AsRef<str>>(&self, args: &[S]) -> Value {
        let mut memory = self.json(args);
        let freshness = memory.as_object_mut().and_then(|m| m.remove("freshness"));
        assert_eq!(freshness, Some(serde_json::json!({"state": "current"})), "{memory}");
        memory
    }

    /// Runs `memsync ARGS`, which must fail with exit code `code`.
    pub(crate) fn fails<S: AsRef<str>>(&self, code: i32, args: &[S]) -> Run {
        let run = self.run(args);
        assert_eq!(run.code, code, "expected exit {code}: {run}");
        assert!(run.stderr.starts_with("error: "), "no error message: {run}");
        assert!(!run.stdout.contains("error"), "the error went to stdout: {run}");
        run
    }

    /// Runs `memsync --json ARGS`, which must fail with exit code `code` and print the error as
    /// one JSON document `{"error", "code"}`; the message.
    pub(crate) fn json_fails<S: AsRef<str>>(&self, code: i32, args: &[S]) -> String {
        let run = self.run(&json_args(args));
        assert_eq!(run.code, code, "expected exit {code}: {run}");
        let error = run.json();
        assert_eq!(error["code"], code, "{run}");
        error["error"].as_str().expect("an error message").to_owned()
    }

    /// The texts of every live memory (expired ones included), sorted, from `list`.
    pub(crate) fn texts(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["list", "--limit", "100000", "--include-expired"];
        args.extend_from_slice(extra);
        let page = self.json(&args);
        let memories = page["memories"].as_array().expect("memories");
        assert_eq!(page["total"].as_u64(), Some(memories.len() as u64), "{page}");
        let mut texts: Vec<String> =
            memories.iter().map(|m| m["text"].as_str().expect("text").to_owned()).collect();
        texts.sort();
        texts
    }

    /// How many memories there are (expired ones included), from `list`.
    pub(crate) fn total(&self) -> u64 {
        let page = self.json(&["list", "--include-expired", "--limit", "0"]);
        page["total"].as_u64().expect("a total")
    }

    /// (id, text, version) of every memory (expired ones included), sorted, from `list`.
    pub(crate) fn snapshot(&self) -> Vec<(String, String, u64)> {
        let page = self.json(&["list", "--limit", "100000", "--include-expired"]);
        let mut rows: Vec<(String, String, u64)> = page["memories"]
            .as_array()
            .expect("memories")
            .iter()
            .map(|m| {
                let field = |name: &str| m[name].as_str().expect("a string").to_owned();
                (field("id"), field("text"), m["version"].as_u64().expect("a version"))
            })
            .collect();
        rows.sort();
        rows
    }

    /// The cache files (`cache-*.sqlite`) in the data directory.
    pub(crate) fn cache_files(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.data) else { return Vec::new() };
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.expect("directory entry").path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                name.starts_with("cache-") && name.ends_with(".sqlite")
            })
            .collect();
        files.sort();
        files
    }

    /// The one cache file of the data directory.
    pub(crate) fn cache_file(&self) -> PathBuf {
        let files = self.cache_files();
        assert_eq!(files.len(), 1, "expected one cache file: {files:?}");
        files.into_iter().next().expect("one file")
    }

    /// The address `init` reports for the identity it set up (from its text output).
    pub(crate) fn init_identity<S: AsRef<str>>(&self, args: &[S]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "{run}");
        identity_of(&run.stderr)
    }
}

/// The memory a plain `add --json` added: its report is `{"applied": [one entry]}`, the entry
/// `added` and carrying the memory as `show` prints it.
pub(crate) fn added(report: &Value) -> Value {
    let applied = report["applied"].as_array().unwrap_or_else(|| panic!("no applied: {report}"));
    assert_eq!(applied.len(), 1, "{report}");
    let entry = &applied[0];
    assert_eq!(entry["action"], "added", "{report}");
    let memory = entry["memory"].clone();
    assert_eq!(entry["id"], memory["id"], "{report}");
    assert_eq!(entry["text"], memory["text"], "{report}");
    assert_eq!(entry["version"], memory["version"], "{report}");
    memory
}

/// The address in `init`'s "identity: 0x…" note.
pub(crate) fn identity_of(stderr: &str) -> String {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("identity: "))
        .unwrap_or_else(|| panic!("no identity note in: {stderr}"))
        .trim()
        .to_owned()
}

fn json_args<S: AsRef<str>>(args: &[S]) -> Vec<String> {
    std::iter::once("--json".to_owned()).chain(args.iter().map(|a| a.as_ref().to_owned())).collect()
}

/// The outcome of one command.
#[derive(Debug)]
pub(crate) struct Run {
    /// The command line, for messages.
    pub(crate) args: String,
    /// The exit code.
    pub(crate) code: i32,
    /// Standard output.
    pub(crate) stdout: String,
    /// Standard error.
    pub(crate) stderr: String,
}

impl Run {
    fn from_output<S: AsRef<str>>(args: &[S], output: &Output) -> Self {
        let args: Vec<&str> = args.iter().map(AsRef::as_ref).collect();
        Self {
            args: args.join(" "),
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8"),
        }
    }

    /// Standard output as one JSON document (nothing before or after it: no progress bar, no
    /// note, no second document).
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}): {self}"))
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`memsync {}` exited {}\n--- stdout\n{}--- stderr\n{}",
            self.args, self.code, self.stdout, self.stderr
        )
    }
}

/// Writes `text` to `dir/name` and returns the path as a string.
pub(crate) fn write_file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write a test file");
    path.to_str().expect("utf-8 path").to_owned()
}

/// A fixture of the SDK's importers.
pub(crate) fn fixture(name: &str) -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/import/src/testdata").join(name);
    assert!(path.is_file(), "missing fixture {}", path.display());
    path.to_str().expect("utf-8 path").to_owned()
}
