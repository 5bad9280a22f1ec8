// Support for the end-to-end tests of `memsync mcp` with the official TypeScript MCP SDK
// (@modelcontextprotocol/sdk, the client library most desktop AI tools are built on).
//
// Each test file starts its own `memsync devnet` (anvil, the vault, a TEE registry and an
// INSECURE dev TEE node) in a temporary config, data and home directory, then runs
// `memsync init --dev` (anvil's public test account 0). Nothing touches the user's own config or
// data. The binaries are $MEMSYNC_BIN and $MEMSYNC_RPC_SIM_BIN (default: target/debug/…).
//
// Run: cargo build -p memsync-cli -p memsync-e2e --bin memsync --bin rpc-sim &&
//      node --test tests/mcp-ts/

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function binary(variable, fallback) {
  const path = process.env[variable] ?? fallback;
  return isAbsolute(path) ? path : join(REPO, path);
}

export const BIN = binary("MEMSYNC_BIN", "target/debug/memsync");
export const SIM_BIN = binary("MEMSYNC_RPC_SIM_BIN", "target/debug/rpc-sim");

/** How long `memsync devnet` may take to start anvil, deploy and register its TEE node. */
const DEVNET_START_MS = 120_000;
/** How long one CLI command may take. */
const COMMAND_MS = 90_000;

function dirs(root) {
  return {
    MEMSYNC_CONFIG: join(root, "config.toml"),
    MEMSYNC_DATA_DIR: join(root, "data"),
    HOME: join(root, "home"),
    XDG_CONFIG_HOME: join(root, "home", ".config"),
    XDG_DATA_HOME: join(root, "home", ".local", "share"),
  };
}

/** A clean environment: PATH and directories under `root` only. */
function baseEnv(root) {
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", RUST_BACKTRACE: "1" };
  for (const key of ["MEMSYNC_ANVIL", "LANG", "TMPDIR"]) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return { ...env, ...dirs(root) };
}

/** Runs `memsync --json ARGS`; returns the parsed JSON, or throws with its output. */
export function cli(env, ...args) {
  const done = spawnSync(BIN, ["--json", ...args], {
    env,
    cwd: REPO,
    encoding: "utf8",
    timeout: COMMAND_MS,
  });
  if (done.status !== 0) {
    throw new Error(
      `memsync --json ${args.join(" ")} exited ${done.status}\n` +
        `stdout: ${done.stdout}\nstderr: ${done.stderr}`,
    );
  }
  return JSON.parse(done.stdout);
}

/** A running `memsync devnet` with `init --dev` done. Stop it with `stop()`. */
export async function startDevnet() {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} not found: build it (cargo build -p memsync-cli) or set MEMSYNC_BIN`);
  }
  const root = mkdtempSync(join(tmpdir(), "memsync-mcp-ts-"));
  mkdirSync(join(root, "home"));
  const env = baseEnv(root);
  const out = join(root, "devnet.json");
  // Its own process group, so that a hung devnet can be killed with its anvil and node.
  const child = spawn(BIN, ["devnet", "--out", out], {
    env,
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines = [];
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  await new Promise((resolveStart, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`memsync devnet did not start:\n${lines.join("\n")}\n${stderr}`)),
      DEVNET_START_MS,
    );
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      if (line.includes("Press Ctrl-C")) {
        clearTimeout(timer);
        resolveStart();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`memsync devnet exited ${code}:\n${lines.join("\n")}\n${stderr}`));
    });
  });
  const info = JSON.parse(readFileSync(out, "utf8"));
  const identity = cli(env, "init", "--dev").identity;
  if (identity?.kind !== "dev") throw new Error(`init --dev: ${JSON.stringify(identity)}`);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT"); // memsync stops its TEE node and anvil
      const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    if (process.env.MEMSYNC_TEST_KEEP === undefined) {
      rmSync(root, { recursive: true, force: true });
    } else {
      console.log(`kept ${root}`);
    }
  };
  return { root, env, info, stop };
}

/**
 * `rpc-sim` in front of the devnet's anvil, registered as network `name` of the devnet's
 * config; `mode(name)` switches its behaviour (see tests/bin/rpc_sim.rs).
 */
export async function startSim(devnet, name) {
  if (!existsSync(SIM_BIN)) {
    throw new Error(`${SIM_BIN} not found: build it (cargo build -p memsync-e2e --bin rpc-sim)`);
  }
  const child = spawn(SIM_BIN, [devnet.info.rpc_url, "honest"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = (await answers.next()).value ?? "";
  if (!first.startsWith("listening ")) throw new Error(`rpc-sim did not start: ${first}`);
  const url = first.split(" ")[1];
  cli(
    devnet.env,
    "init",
    "--add-network",
    name,
    "--rpc-url",
    url,
    "--vault",
    devnet.info.vault,
    "--deploy-block",
    String(devnet.info.deploy_block),
  );
  const command = async (line) => {
    child.stdin.write(`${line}\n`);
    const answer = ((await answers.next()).value ?? "").trim();
    if (!answer || answer.startsWith("error")) throw new Error(`rpc-sim ${line}: ${answer}`);
    return answer;
  };
  return {
    url,
    mode: (mode) => command(`mode ${mode}`),
    latency: (ms) => command(`latency ${ms}`),
    close: () =>
      new Promise((r) => {
        child.once("exit", r);
        child.stdin.end();
      }),
  };
}

/**
 * An MCP client session with `memsync mcp --app APP` over stdio, through the official SDK.
 * `network` picks another network of the config than its default.
 */
export async function connect(devnet, { app = "ts-client", network } = {}) {
  const env = { ...devnet.env, MEMSYNC_LOG: "info" };
  if (network !== undefined) env.MEMSYNC_NETWORK = network;
  const transport = new StdioClientTransport({
    command: BIN,
    args: ["mcp", "--app", app],
    env,
    cwd: REPO,
    stderr: "pipe",
  });
  let log = "";
  transport.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const client = new Client({ name: "memsync-ts-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, log: () => log, close: () => client.close() };
}

/** A tools/call that must succeed: its structured content. */
export async function call(client, name, args = {}, options = {}) {
  const result = await client.callTool({ name, arguments: args }, undefined, options);
  if (result.isError) {
    throw new Error(`${name}: ${result.content.map((c) => c.text).join(" ")}`);
  }
  return result.structuredContent;
}
