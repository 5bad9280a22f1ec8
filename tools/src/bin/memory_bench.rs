//! `memory-bench`: the memory layer's performance against anvil, measured, not asserted.
//!
//! ```text
//! cargo run --release -p memsync-tools --bin memory-bench            # 10,000 and 100,000 memories
//! cargo run --release -p memsync-tools --bin memory-bench -- --small # 10,000 only
//! ```
//!
//! It writes synthetic memories of about 300 bytes to a fresh devnet (by importing a generated
//! MemSync export), then measures, each on a device that has seen nothing before:
//!
//! - **restore**: open a client with an empty cache file: fetch every entry from the chain,
//!   verify it against the on-chain head, store it in the cache, decrypt and index it;
//! - **search**: 1,000 queries over the restored memories, with and without filters;
//! - **incremental sync**: another device adds one memory; the time for this one to see it;
//! - **peak memory**: the peak resident set (VmHWM) of a fresh process that opens 100,000
//!   memories, from the chain into an empty cache, and from a full cache.
//!
//! Peak memory is measured in child processes (this binary run with `open-child`), so one
//! measurement does not inherit another's heap.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use alloy::primitives::Address;
use jiff::Timestamp;
use memsync::import::{ExportHeader, write_export};
use memsync::keys::{KeyScope, Keyring, RootSeed};
use memsync::memory::{
    CacheLocation, Category, Filter, ImportOptions, Memory, MemoryClient, MemoryId, MemoryKind,
    NewMemory, Search, Source,
};
use memsync::{Devnet, Vault};

const SEED: [u8; 32] = [42; 32];
const WORDS: [&str; 48] = [
    "coffee",
    "cello",
    "orchestra",
    "penicillin",
    "allergic",
    "lisbon",
    "berlin",
    "daughter",
    "school",
    "marathon",
    "running",
    "ramen",
    "sushi",
    "vegetarian",
    "python",
    "rust",
    "database",
    "project",
    "deadline",
    "manager",
    "conference",
    "flight",
    "window",
    "hotel",
    "budget",
    "savings",
    "mortgage",
    "japanese",
    "course",
    "guitar",
    "hiking",
    "mountains",
    "garden",
    "tomatoes",
    "cat",
    "dog",
    "sister",
    "brother",
    "birthday",
    "meeting",
    "morning",
    "evening",
    "podcast",
    "novel",
    "museum",
    "painting",
    "yoga",
    "swimming",
];

/// A deterministic memory of about 300 bytes.
fn memory(n: u64, now: Timestamp) -> Memory {
    let mut state = n.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut text = format!("Memory {n}: ");
    while text.len() < 290 {
        text.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
        text.push(' ');
    }
    text.push('.');
    let category = Category::ALL[(next() % 9) as usize];
    Memory {
        id: MemoryId::derived(&n.to_be_bytes()),
        text,
        kind: MemoryKind::Semantic,
        expires_at: None,
        categories: [category].into(),
        tags: [format!("t{}", next() % 20)].into(),
        source: Source::app("bench"),
        created_at: now,
        updated_at: now,
        confidence: 1.0,
        version: 1,
    }
}

fn keyring(vault: &Vault) -> Keyring {
    let scope = KeyScope {
        chain_id: vault.chain_id(),
        vault: vault.address(),
        owner: vault.signer_address().unwrap_or(Address::ZERO),
    };
    Keyring::from_seed(
        scope,
        &RootSeed::from_seed_bytes(&SEED).unwrap_or_else(|e| panic!("{e}")),
        1..=1,
    )
}

async fn client(
    rpc: &str,
    signer: alloy::signers::local::PrivateKeySigner,
    vault: Address,
    cache: CacheLocation,
) -> anyhow::Result<MemoryClient> {
    let vault = Vault::builder(rpc).signer(signer).connect(vault).await?;
    let keys = keyring(&vault);
    // The default plan: walk the previous-write links back from the head, one block's events
    // per request, so no single answer holds more than one block of the owner's log.
    Ok(MemoryClient::builder(vault, keys).cache(cache).open().await?)
}

/// Writes memories `range` through one import (batched into as few transactions as fit).
async fn write(writer: &MemoryClient, range: std::ops::Range<u64>) -> anyhow::Result<Duration> {
    let now = Timestamp::now();
    let count = range.end - range.start;
    let memories: Vec<Memory> = range.map(|n| memory(n, now)).collect();
    let document = write_export(&ExportHeader::now(), &memories)?;
    let started = Instant::now();
    let report = writer.import(document.as_bytes(), &ImportOptions::default()).await?;
    anyhow::ensure!(report.added as u64 == count, "imported {report:?}");
    Ok(started.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The peak resident set of this process so far, in MiB.
fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// `memory-bench open-child RPC VAULT CACHE`: opens the memories, prints the
/// count, the time and the peak RSS.
async fn open_child(args: &[String]) -> anyhow::Result<()> {
    let [rpc, vault, cache] = args else {
        anyhow::bail!("usage: memory-bench open-child RPC VAULT CACHE");
    };
    // anvil's dev account 1, the owner the bench writes as.
    let key: alloy::signers::local::PrivateKeySigner =
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d".parse()?;
    let started = Instant::now();
    let memories =
        client(rpc, key, vault.parse()?, CacheLocation::File(PathBuf::from(cache))).await?;
    let elapsed = started.elapsed();
    println!("{} {} {:.1}", memories.len().await, elapsed.as_millis(), peak_rss_mib());
    Ok(())
}

/// Runs `open-child` in a fresh process and returns (memories, seconds, peak MiB).
fn measure_open(rpc: &str, vault: Address, cache: &Path) -> anyhow::Result<(u64, f64, f64)> {
    let output = std::process::Command::new(std::env::current_exe()?)
        .args(["open-child", rpc, &vault.to_string()])
        .arg(cache)
        .output()?;
    anyhow::ensure!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout)?;
    let fields: Vec<&str> = text.split_whitespace().collect();
    anyhow::ensure!(fields.len() == 3, "unexpected output {text}");
    Ok((fields[0].parse()?, fields[1].parse::<f64>()? / 1000.0, fields[2].parse()?))
}

async fn bench(large: bool) -> anyhow::Result<()> {
    let devnet = Devnet::spawn().await?;
    let rpc = devnet.rpc_url();
    // The owner is dev account 1 (account 0 deployed the vault).
    let owner_key = devnet.signer(1);
    let writer =
        client(&rpc, owner_key.clone(), devnet.vault_address(), CacheLocation::Memory).await?;
    let dir = tempfile::tempdir()?;
    println!("memory-bench: anvil {rpc}, owner {}", owner_key.address());

    // --- 10,000 memories ------------------------------------------------------------------
    let wrote = write(&writer, 0..10_000).await?;
    println!("wrote 10,000 memories in {:.1} s (setup, not measured)", wrote.as_secs_f64());

    let started = Instant::now();
    let fresh = client(
        &rpc,
        owner_key.clone(),
        devnet.vault_address(),
        CacheLocation::File(dir.path().join("restore.sqlite")),
    )
    .await?;
    let restore = started.elapsed();
    anyhow::ensure!(fresh.len().await == 10_000, "restored {}", fresh.len().await);
    let rate = 10_000.0 / restore.as_secs_f64();

    let started = Instant::now();
    let from_cache = client(
        &rpc,
        owner_key.clone(),
        devnet.vault_address(),
        CacheLocation::File(dir.path().join("restore.sqlite")),
    )
    .await?;
    let reopen = started.elapsed();
    drop(from_cache);

    let mut times = Vec::new();
    for i in 0..1_000usize {
        let query = format!("{} {}", WORDS[i % WORDS.len()], WORDS[(i * 7 + 3) % WORDS.len()]);
        let mut search = Search::new(query).limit(10);
        if i % 3 == 0 {
            search = search
                .filter(Filter { categories: [Category::ALL[i % 9]].into(), ..Filter::default() });
        }
        let started = Instant::now();
        let hits = fresh.search(&search).await?;
        times.push(started.elapsed());
        anyhow::ensure!(!hits.is_empty() || i % 3 == 0, "no hits for query {i}");
    }
    times.sort();
    let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));

    let mut syncs = Vec::new();
    for i in 0..30 {
        writer.add(NewMemory::new(format!("A new memory number {i} about coffee."))).await?;
        let started = Instant::now();
        let report = fresh.sync().await?;
        syncs.push(started.elapsed());
        anyhow::ensure!(report.memories_changed == 1, "{report:?}");
    }
    syncs.sort();
    let (sync_p50, sync_max) = (percentile(&syncs, 0.5), *syncs.last().unwrap_or(&Duration::ZERO));

    println!();
    println!("| measure (10,000 memories of ~300 B) | result | target | held |");
    println!("|---|---:|---:|:---:|");
    println!(
        "| restore on a fresh device (fetch, verify, store, decrypt, index) | {rate:.0} memories/s ({:.2} s) | ≥ 2,000/s | {} |",
        restore.as_secs_f64(),
        yes(rate >= 2_000.0)
    );
    println!(
        "| reopen from the local cache (re-verify, decrypt, index) | {:.2} s | | |",
        reopen.as_secs_f64()
    );
    println!(
        "| search p50 (1,000 queries, a third filtered) | {} | ≤ 2 ms | {} |",
        ms(p50),
        yes(p50 <= Duration::from_millis(2))
    );
    println!("| search p99 | {} | ≤ 10 ms | {} |", ms(p99), yes(p99 <= Duration::from_millis(10)));
    println!(
        "| incremental sync of one new memory, p50 (30 runs) | {} | ≤ 50 ms | {} |",
        ms(sync_p50),
        yes(sync_p50 <= Duration::from_millis(50))
    );
    println!("| incremental sync, slowest of 30 | {} | | |", ms(sync_max));

    if large {
        // --- 100,000 memories: peak memory of a process that opens them ---------------------
        let wrote = write(&writer, 10_000..100_000).await?;
        println!("(wrote 90,000 more memories in {:.1} s)", wrote.as_secs_f64());
        let total = writer.len().await;
        let cache = dir.path().join("large.sqlite");
        let (count, seconds, from_chain) = measure_open(&rpc, devnet.vault_address(), &cache)?;
        anyhow::ensure!(count as usize == total, "opened {count} of {total}");
        let (_, reopen_seconds, from_disk) = measure_open(&rpc, devnet.vault_address(), &cache)?;
        println!(
            "| peak memory opening {total} memories from the chain (fresh cache) | {from_chain:.0} MiB ({seconds:.1} s) | ≤ 300 MB | {} |",
            yes(from_chain * 1.048_576 <= 300.0)
        );
        println!(
            "| peak memory opening them from the local cache | {from_disk:.0} MiB ({reopen_seconds:.1} s) | ≤ 300 MB | {} |",
            yes(from_disk * 1.048_576 <= 300.0)
        );
    }
    Ok(())
}

fn yes(held: bool) -> &'static str {
    if held { "yes" } else { "**no**" }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("open-child") => open_child(&args[1..]).await,
        Some("--small") => bench(false).await,
        None => bench(true).await,
        Some(other) => Err(anyhow::anyhow!("unknown argument {other}; use --small")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("memory-bench: {err:#}");
            ExitCode::FAILURE
        }
    }
}
