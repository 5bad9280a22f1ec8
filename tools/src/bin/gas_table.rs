//! `gas-table`: measures what MemoryVault's operations cost from real transaction receipts on
//! anvil (hardfork osaka, so the EIP-7623 calldata floor and the EIP-7825 gas cap are in force),
//! next to three baselines measured in the same run, and writes the table of docs/GAS.md.
//!
//! ```text
//! scripts/gas-table            # print the table
//! scripts/gas-table --write    # replace the table in docs/GAS.md
//! scripts/gas-table --check    # fail if docs/GAS.md is not what this run measures
//! ```
//!
//! The baselines are the forge artifacts of `contracts/test/baselines/` (`forge build` first):
//! `NaiveStore` keeps each ciphertext in a `mapping(bytes32 => bytes)`, `Sstore2Store` deploys
//! it as code with SSTORE2. Every ciphertext is seeded pseudo-random bytes, the gas of a
//! transaction does not depend on block numbers or times, and every signature is deterministic
//! (RFC 6979), so two runs print the same table.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use alloy::network::TransactionBuilder as _;
use alloy::primitives::{Address, B256, Bytes};
use alloy::providers::{DynProvider, Provider as _};
use alloy::rpc::types::TransactionRequest;
use memsync::blob::RawCid;
use memsync::gas::{TX_BASE_GAS, calldata_floor};
use memsync::{Devnet, Operation, Payload, Scope, SeqCheck, Vault};

mod abi {
    #![allow(missing_docs)]

    alloy::sol! {
        /// The ABI both baselines share.
        #[sol(rpc)]
        interface IBaselineStore {
            function write(bytes32 id, bytes calldata data) external;
            function remove(bytes32 id) external;
        }
    }
}

use abi::IBaselineStore;

/// Ciphertext sizes of the table.
const SIZES: [usize; 4] = [256, 1024, 4096, 16_384];
/// Records in the batch row.
const BATCH: usize = 32;
/// Bytes per record in the batch row.
const BATCH_RECORD: usize = 256;
/// A deadline far in the future, fixed so that relayed signatures are the same in every run.
const DEADLINE: u64 = 4_000_000_000;

const BEGIN: &str = "<!-- gas-table:begin (scripts/gas-table --write) -->";
const END: &str = "<!-- gas-table:end -->";

/// The storage modes of the table's columns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Inline,
    Pointer,
    Code,
}

const MODES: [Mode; 3] = [Mode::Inline, Mode::Pointer, Mode::Code];

/// `len` seeded pseudo-random bytes: what ciphertext looks like to the EVM (a zero byte now and
/// then, which calldata prices at a quarter).
fn ciphertext(len: usize, seed: u64) -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64 ^ seed.wrapping_mul(0x1000_0000_01b3);
    (0..len)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

/// A record id in the SDK's form: 16 bytes of HMAC stand-in, then 16 zero bytes.
fn record_id(n: u64) -> B256 {
    let mut id = B256::ZERO;
    id[..16].copy_from_slice(&alloy::primitives::keccak256(n.to_be_bytes())[..16]);
    id
}

fn write_op(mode: Mode, id: B256, version: u64, ciphertext: &[u8]) -> Operation {
    match mode {
        Mode::Inline => Operation::write(id, version, ciphertext.to_vec()),
        Mode::Code => Operation::write_code(id, version, ciphertext.to_vec()),
        // The URI a record written to IPFS carries: its CIDv1.
        Mode::Pointer => Operation::Write {
            id,
            version,
            payload: Payload::pointer_to(RawCid::of(ciphertext).uri(), ciphertext),
        },
    }
}

/// Gas of new, update and delete for one size.
#[derive(Clone, Copy, Default)]
struct Triple {
    new: u64,
    update: u64,
    delete: u64,
}

struct Row {
    size: usize,
    modes: [Triple; 3],
    floor: Triple,
    naive: Triple,
    sstore2: Triple,
}

struct Batch {
    vault: u64,
    relayed: u64,
    delegated: u64,
    floor: u64,
    naive: u64,
    sstore2: u64,
}

struct Measured {
    first_write: u64,
    first_write_floor: u64,
    rows: Vec<Row>,
    batch: Batch,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_owned()
}

/// Deploys a baseline from its forge artifact.
async fn deploy_baseline(provider: &DynProvider, name: &str) -> anyhow::Result<Address> {
    // forge's own FOUNDRY_OUT, when set, moves its artifacts.
    let out =
        std::env::var_os("FOUNDRY_OUT").map_or_else(|| repo_root().join("out"), PathBuf::from);
    let path = out.join(format!("{name}.sol/{name}.json"));
    let json = std::fs::read_to_string(&path).map_err(|err| {
        anyhow::anyhow!("{} is missing ({err}): run `forge build` first", path.display())
    })?;
    let artifact: serde_json::Value = serde_json::from_str(&json)?;
    let code: Bytes = artifact["bytecode"]["object"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("{} has no bytecode", path.display()))?
        .parse()?;
    let tx = TransactionRequest::default().with_deploy_code(code);
    let receipt = provider.send_transaction(tx).await?.get_receipt().await?;
    anyhow::ensure!(receipt.status(), "deploying {name} reverted");
    receipt.contract_address.ok_or_else(|| anyhow::anyhow!("{name} has no address"))
}

/// Sends a baseline call and returns the gas of its receipt.
async fn baseline_gas<C: alloy::sol_types::SolCall>(
    call: alloy::contract::SolCallBuilder<&DynProvider, C>,
) -> anyhow::Result<u64> {
    let receipt = call.send().await?.get_receipt().await?;
    anyhow::ensure!(receipt.status(), "a baseline call reverted");
    Ok(receipt.gas_used)
}

async fn measure() -> anyhow::Result<Measured> {
    let devnet = Devnet::spawn().await?;
    let owner = devnet.vault(0).await?;
    let owner_address = owner.signer_address()?;
    let baselines = devnet.vault(1).await?;
    let provider = baselines.provider().clone();
    let naive =
        IBaselineStore::new(deploy_baseline(&provider, "NaiveStore").await?, provider.clone());
    let sstore2 = IBaselineStore::new(deploy_baseline(&provider, "Sstore2Store").await?, provider);

    // The owner's first write fills its two state slots; every row below comes after it.
    let first = ciphertext(1024, 0);
    let first_write = owner.write(record_id(0), 1, first.clone(), SeqCheck::Any).await?.gas_used;
    let mut seq = 1;
    let mut next_id = 1;

    let mut rows = Vec::new();
    for size in SIZES {
        let (v1, v2) = (ciphertext(size, 2 * size as u64), ciphertext(size, 2 * size as u64 + 1));
        let mut modes = [Triple::default(); 3];
        for (mode, triple) in MODES.into_iter().zip(&mut modes) {
            let id = record_id(next_id);
            next_id += 1;
            triple.new = owner.apply(&write_op(mode, id, 1, &v1), SeqCheck::Any).await?.gas_used;
            triple.update = owner
                .apply(&write_op(mode, id, 2, &v2), SeqCheck::Exactly(seq + 1))
                .await?
                .gas_used;
            triple.delete =
                owner.apply(&Operation::delete(id, 3), SeqCheck::Exactly(seq + 2)).await?.gas_used;
            seq += 3;
        }
        let mut naive_gas = Triple::default();
        let mut sstore2_gas = Triple::default();
        for (store, triple) in [(&naive, &mut naive_gas), (&sstore2, &mut sstore2_gas)] {
            let id = record_id(next_id);
            next_id += 1;
            triple.new = baseline_gas(store.write(id, v1.clone().into())).await?;
            triple.update = baseline_gas(store.write(id, v2.clone().into())).await?;
            triple.delete = baseline_gas(store.remove(id)).await?;
        }
        let floor =
            Triple { new: calldata_floor(&v1), update: calldata_floor(&v2), delete: TX_BASE_GAS };
        rows.push(Row { size, modes, floor, naive: naive_gas, sstore2: sstore2_gas });
    }

    let batch = measure_batch(&devnet, &owner, &naive, &sstore2, &mut seq, &mut next_id).await?;
    debug_assert_eq!(owner.log_state(owner_address).await?.seq, seq);
    Ok(Measured { first_write, first_write_floor: calldata_floor(&first), rows, batch })
}

async fn measure_batch(
    devnet: &Devnet,
    owner: &Vault,
    naive: &IBaselineStore::IBaselineStoreInstance<DynProvider>,
    sstore2: &IBaselineStore::IBaselineStoreInstance<DynProvider>,
    seq: &mut u64,
    next_id: &mut u64,
) -> anyhow::Result<Batch> {
    let owner_address = owner.signer_address()?;
    let mut batch_of = |seed: u64| -> (Vec<Operation>, Vec<Vec<u8>>) {
        let data: Vec<_> =
            (0..BATCH).map(|i| ciphertext(BATCH_RECORD, seed * 1000 + i as u64)).collect();
        let ops = data
            .iter()
            .map(|d| {
                *next_id += 1;
                Operation::write(record_id(*next_id), 1, d.clone())
            })
            .collect();
        (ops, data)
    };

    let (ops, data) = batch_of(1);
    let vault = owner.apply_batch(&ops, SeqCheck::Exactly(*seq)).await?.gas_used;
    *seq += BATCH as u64;
    let floor = calldata_floor(&data.concat());

    // The same batch signed by the owner and submitted by a relayer.
    let relayer = devnet.vault(2).await?;
    let (ops, _) = batch_of(2);
    let unsigned = owner
        .prepare_batch(owner_address, &ops, SeqCheck::Exactly(*seq), owner_address, DEADLINE)
        .await?;
    let signed = unsigned.sign(&devnet.signer(0)).await?;
    let relayed = relayer.relay(&signed).await?.gas_used;
    *seq += BATCH as u64;

    // And written by a delegate.
    let delegate = devnet.vault(3).await?;
    owner.grant_delegate(delegate.signer_address()?, Scope::WRITE, DEADLINE).await?;
    let (ops, _) = batch_of(3);
    let delegated =
        delegate.apply_batch_for(owner_address, &ops, SeqCheck::Exactly(*seq)).await?.gas_used;
    *seq += BATCH as u64;

    // The baselines have no batch entry point: one transaction per record.
    let (mut naive_gas, mut sstore2_gas) = (0, 0);
    for (i, d) in data.iter().enumerate() {
        naive_gas +=
            baseline_gas(naive.write(record_id(1_000_000 + i as u64), d.clone().into())).await?;
        sstore2_gas +=
            baseline_gas(sstore2.write(record_id(2_000_000 + i as u64), d.clone().into())).await?;
    }
    Ok(Batch { vault, relayed, delegated, floor, naive: naive_gas, sstore2: sstore2_gas })
}

fn gas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ratio(a: u64, b: u64) -> String {
    format!("{:.3}×", a as f64 / b as f64)
}

fn size_label(size: usize) -> String {
    if size >= 1024 { format!("{} KiB", size / 1024) } else { format!("{size} B") }
}

/// A target of the storage issue and whether the run met it.
struct Target {
    what: &'static str,
    measured: String,
    held: bool,
}

fn targets(m: &Measured) -> Vec<Target> {
    let row = |size: usize| m.rows.iter().find(|r| r.size == size).expect("size measured");
    let (kib, big) = (row(1024), row(16_384));
    let inline = |r: &Row| r.modes[0];
    let mut out = Vec::new();
    let mut ratio_target = |what, gas: u64, floor: u64, limit: f64| {
        let r = gas as f64 / floor as f64;
        out.push(Target { what, measured: format!("{r:.3}×"), held: r <= limit });
    };
    ratio_target(
        "a new 1 KiB inline record ≤ 1.10× the floor",
        inline(kib).new,
        kib.floor.new,
        1.10,
    );
    ratio_target(
        "an updated 1 KiB inline record ≤ 1.10× the floor",
        inline(kib).update,
        kib.floor.update,
        1.10,
    );
    ratio_target(
        "a new 16 KiB inline record ≤ 1.05× the floor",
        inline(big).new,
        big.floor.new,
        1.05,
    );
    ratio_target(
        "an updated 16 KiB inline record ≤ 1.05× the floor",
        inline(big).update,
        big.floor.update,
        1.05,
    );
    let per_record = m.batch.vault / BATCH as u64;
    out.push(Target {
        what: "a batch of 32 × 256 B ≤ 12,000 gas per record",
        measured: format!("{} per record", gas(per_record)),
        held: per_record <= 12_000,
    });
    let pointer_max =
        m.rows.iter().map(|r| r.modes[1].new.max(r.modes[1].update)).max().unwrap_or(0);
    out.push(Target {
        what: "a pointer write ≤ 45,000 gas (new or update, any size)",
        measured: format!("{} at most", gas(pointer_max)),
        held: pointer_max <= 45_000,
    });
    let naive = kib.naive.new as f64 / inline(kib).new as f64;
    out.push(Target {
        what: "the naive mapping ≥ 10× inline at 1 KiB (new record)",
        measured: format!("{naive:.1}×"),
        held: naive >= 10.0,
    });
    let sstore2 = kib.sstore2.new as f64 / inline(kib).new as f64;
    out.push(Target {
        what: "SSTORE2 ≥ 4× inline at 1 KiB (new record)",
        measured: format!("{sstore2:.1}×"),
        held: sstore2 >= 4.0,
    });
    out
}

fn render(m: &Measured) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{BEGIN}");
    let _ = writeln!(
        s,
        "\nTotal transaction gas from receipts (21,000 base, calldata and execution), anvil\n\
         `--hardfork osaka`. The floor is EIP-7623's for the ciphertext bytes alone: 21,000 plus\n\
         10 gas per calldata token (4 per non-zero byte, 1 per zero byte). Every row comes after\n\
         the owner's first write; that first write (1 KiB inline) costs {} ({} the floor),\n\
         because it fills the owner's two state slots.",
        gas(m.first_write),
        ratio(m.first_write, m.first_write_floor)
    );
    for (title, pick) in [
        ("New record", (|t: &Triple| t.new) as fn(&Triple) -> u64),
        ("Update (the next version, with the sequence check)", |t: &Triple| t.update),
        ("Delete (a tombstone; the baselines clear their storage)", |t: &Triple| t.delete),
    ] {
        let _ = writeln!(s, "\n### {title}\n");
        let _ = writeln!(
            s,
            "| ciphertext | inline | inline ÷ floor | pointer | code | EIP-7623 floor | naive \
             mapping | SSTORE2 | naive ÷ inline | SSTORE2 ÷ inline |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for r in &m.rows {
            let [inline, pointer, code] = r.modes.map(|t| pick(&t));
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                size_label(r.size),
                gas(inline),
                ratio(inline, pick(&r.floor)),
                gas(pointer),
                gas(code),
                gas(pick(&r.floor)),
                gas(pick(&r.naive)),
                gas(pick(&r.sstore2)),
                ratio(pick(&r.naive), inline),
                ratio(pick(&r.sstore2), inline),
            );
        }
    }
    let b = &m.batch;
    let per = |g: u64| gas(g / BATCH as u64);
    let _ = writeln!(s, "\n### A batch of 32 inline records of 256 B\n");
    let _ = writeln!(s, "| | total | per record | ÷ floor |");
    let _ = writeln!(s, "|---|---:|---:|---:|");
    for (what, g) in [
        ("one `applyBatch` by the owner", b.vault),
        ("the same, relayed (`applyBatchBySig`, owner's EIP-712 signature)", b.relayed),
        ("the same, by a delegate (`applyBatchFor`)", b.delegated),
        ("EIP-7623 floor of the 8 KiB of ciphertext", b.floor),
        ("naive mapping, one transaction per record", b.naive),
        ("SSTORE2, one transaction per record", b.sstore2),
    ] {
        let _ = writeln!(s, "| {what} | {} | {} | {} |", gas(g), per(g), ratio(g, b.floor));
    }
    let _ = writeln!(s, "\n### Targets\n");
    let _ = writeln!(s, "| target | measured | held |");
    let _ = writeln!(s, "|---|---:|:---:|");
    for t in targets(m) {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            t.what,
            t.measured,
            if t.held { "yes" } else { "**no**" }
        );
    }
    let _ = writeln!(s, "\n{END}");
    s
}

/// `doc` with the text between the markers replaced by `table`.
fn splice(doc: &str, table: &str) -> anyhow::Result<String> {
    let start = doc.find(BEGIN).ok_or_else(|| anyhow::anyhow!("docs/GAS.md has no `{BEGIN}`"))?;
    let end = doc.find(END).ok_or_else(|| anyhow::anyhow!("docs/GAS.md has no `{END}`"))?;
    anyhow::ensure!(start < end, "the gas-table markers of docs/GAS.md are out of order");
    Ok(format!("{}{}{}", &doc[..start], table.trim_end(), &doc[end + END.len()..]))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<ExitCode> {
    let mode = std::env::args().nth(1);
    let measured = measure().await?;
    let table = render(&measured);
    let doc_path = repo_root().join("docs/GAS.md");
    match mode.as_deref() {
        None => print!("{table}"),
        Some("--write") => {
            let doc = std::fs::read_to_string(&doc_path)?;
            std::fs::write(&doc_path, splice(&doc, &table)?)?;
            println!("docs/GAS.md updated");
        }
        Some("--check") => {
            let doc = std::fs::read_to_string(&doc_path)?;
            if splice(&doc, &table)? != doc {
                eprintln!("{table}");
                eprintln!(
                    "docs/GAS.md does not hold the gas this run measured (above): run \
                     scripts/gas-table --write"
                );
                return Ok(ExitCode::FAILURE);
            }
            println!("docs/GAS.md matches the measured gas");
        }
        Some(other) => anyhow::bail!("unknown argument {other}; use --write or --check"),
    }
    Ok(ExitCode::SUCCESS)
}
