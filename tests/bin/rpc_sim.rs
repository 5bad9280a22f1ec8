//! `rpc-sim`: the RPC simulator of the end-to-end tests (`support/rpc_sim`) as a process, for
//! test suites in other languages (the MCP tests drive `memsync mcp` through it with the
//! official Python client).
//!
//! `rpc-sim UPSTREAM_URL [MODE] [SEED]` serves on a free loopback port and prints one line,
//! `listening http://127.0.0.1:PORT`. It then reads commands, one per line, on standard input:
//!
//! - `mode NAME [SEED]`: misbehave as the named mode ([`Faults::named`]: `honest`,
//!   `transient`, `lag`, `stale`, `capped`, `ambiguous`, `hang`, `reorg`) from the next
//!   request on; answers `ok` or `error: …`;
//! - `latency MS`: answer honestly, each HTTP request `MS` milliseconds late; answers `ok`;
//! - `reorg DEPTH`: reorganise the newest `DEPTH` blocks now, dropping their transactions;
//!   answers the report as JSON;
//! - `stats`: answers the counts so far as JSON (requests by method, faults by kind, reorgs).
//!
//! It stops when standard input closes.

use std::io::{BufRead as _, Write as _};

use memsync_e2e::{Faults, RpcSim};
use serde_json::json;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(upstream) = args.next() else {
        anyhow::bail!("usage: rpc-sim UPSTREAM_URL [MODE] [SEED]");
    };
    let mode = args.next().unwrap_or_else(|| "honest".to_owned());
    let seed = args.next().map(|s| s.parse()).transpose()?.unwrap_or(1);
    let faults =
        Faults::named(&mode, seed).ok_or_else(|| anyhow::anyhow!("no simulator mode {mode:?}"))?;
    let sim = RpcSim::start_detached(&upstream);
    sim.set(faults);
    let mut out = std::io::stdout().lock();
    writeln!(out, "listening {}", sim.url())?;
    out.flush()?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let answer = match words.as_slice() {
            ["mode", name, rest @ ..] => {
                let seed = rest.first().and_then(|s| s.parse().ok()).unwrap_or(seed);
                match Faults::named(name, seed) {
                    Some(faults) => {
                        sim.set(faults);
                        "ok".to_owned()
                    }
                    None => format!("error: no simulator mode {name:?}"),
                }
            }
            ["latency", ms] => match ms.parse() {
                Ok(ms) => {
                    sim.set(Faults::honest().latency(std::time::Duration::from_millis(ms)));
                    "ok".to_owned()
                }
                Err(_) => format!("error: {ms:?} is not a number of milliseconds"),
            },
            ["reorg", depth] => match depth.parse() {
                Ok(depth) => {
                    let report = sim.reorg_blocking(depth, false);
                    json!({
                        "depth": report.depth,
                        "dropped": report.dropped,
                        "reincluded": report.reincluded,
                    })
                    .to_string()
                }
                Err(_) => format!("error: {depth:?} is not a depth"),
            },
            ["stats"] => {
                let stats = sim.stats();
                let faults: serde_json::Map<String, serde_json::Value> =
                    stats.faults.iter().map(|(kind, n)| (format!("{kind:?}"), json!(n))).collect();
                json!({
                    "http_requests": stats.http_requests,
                    "requests": stats.requests,
                    "faults": faults,
                    "reorgs": stats.reorgs,
                })
                .to_string()
            }
            [] => continue,
            _ => format!("error: unknown command {line:?}"),
        };
        writeln!(out, "{answer}")?;
        out.flush()?;
    }
    Ok(())
}
