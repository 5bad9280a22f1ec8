//! Envelope throughput: seal and open at typical record sizes, and the full cost of one small
//! record (data key generation, key wrap, padding, seal, unwrap, open).
//!
//! Run with `cargo bench --bench envelope`. Targets: 64 KiB at ≥ 1.2 GB/s on one core; a
//! 256-byte seal + open in ≤ 3 µs.

#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use alloy::primitives::{B256, address};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use memsync::envelope::{self, RecordContext, StorageMode};
use memsync::keys::{KeyScope, Keyring, RootSeed};

const SIZES: [usize; 4] = [256, 4 * 1024, 64 * 1024, 1024 * 1024];

fn fixture() -> (Keyring, RecordContext) {
    let scope = KeyScope {
        chain_id: 31_337,
        vault: address!("5FbDB2315678afecb367f032d93F642f64180aa3"),
        owner: address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
    };
    let seed = RootSeed::from_seed_bytes(&[7u8; 32]).unwrap();
    let ring = Keyring::from_seed(scope, &seed, 0..=0);
    let ctx = RecordContext::new(&scope, B256::repeat_byte(1), 1, StorageMode::Inline);
    (ring, ctx)
}

fn seal(c: &mut Criterion) {
    let (ring, ctx) = fixture();
    let keys = ring.latest().unwrap();
    let mut group = c.benchmark_group("seal");
    for size in SIZES {
        let body = vec![0xA5u8; size];
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &body, |b, body| {
            b.iter(|| envelope::seal(keys, &ctx, black_box(body)).unwrap());
        });
    }
    group.finish();
}

fn open(c: &mut Criterion) {
    let (ring, ctx) = fixture();
    let keys = ring.latest().unwrap();
    let mut group = c.benchmark_group("open");
    for size in SIZES {
        let sealed = envelope::seal(keys, &ctx, &vec![0xA5u8; size]).unwrap();
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &sealed, |b, sealed| {
            b.iter(|| envelope::open(&ring, &ctx, black_box(sealed)).unwrap());
        });
    }
    group.finish();
}

fn small_record_round_trip(c: &mut Criterion) {
    let (ring, ctx) = fixture();
    let keys = ring.latest().unwrap();
    let body = vec![0x5Au8; 256];
    c.bench_function("seal+open 256 B (data key, wrap, seal, unwrap, open)", |b| {
        b.iter(|| {
            let sealed = envelope::seal(keys, &ctx, black_box(&body)).unwrap();
            envelope::open(&ring, &ctx, black_box(&sealed)).unwrap()
        });
    });
}

/// Fixed "randomness", so that the cost of the OS RNG's system call can be told apart. Never a
/// real RNG: it only serves this measurement.
struct FixedBytes;

impl rand_core::RngCore for FixedBytes {
    fn next_u32(&mut self) -> u32 {
        0x5A5A_5A5A
    }
    fn next_u64(&mut self) -> u64 {
        0x5A5A_5A5A_5A5A_5A5A
    }
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        dst.fill(0x5A);
    }
}

impl rand_core::CryptoRng for FixedBytes {}

fn small_record_round_trip_without_os_rng(c: &mut Criterion) {
    let (ring, ctx) = fixture();
    let keys = ring.latest().unwrap();
    let body = vec![0x5Au8; 256];
    c.bench_function("seal+open 256 B, randomness not drawn from the OS", |b| {
        b.iter(|| {
            let sealed =
                envelope::seal_with_rng(&mut FixedBytes, keys, &ctx, black_box(&body)).unwrap();
            envelope::open(&ring, &ctx, black_box(&sealed)).unwrap()
        });
    });
}

criterion_group!(
    benches,
    seal,
    open,
    small_record_round_trip,
    small_record_round_trip_without_os_rng
);
criterion_main!(benches);
