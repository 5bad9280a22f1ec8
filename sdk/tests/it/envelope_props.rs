//! Properties of the record envelope: round trips from 0 bytes to 1 MiB, and every tampering
//! (a flipped bit, truncation, extension, a moved ciphertext, a swapped chunk, a foreign key
//! blob) fails with the one opaque error and never panics.

use alloy::primitives::{Address, B256, address};
use memsync::envelope::{
    self, CHUNK_LEN, EnvelopeError, EnvelopeInfo, MIN_PADDED_LEN, RecordContext, StorageMode,
};
use memsync::keys::{KeyEpoch, KeyScope, Keyring, RootSeed};
use proptest::prelude::*;
use proptest::test_runner::Config;

const MIB: usize = 1 << 20;

fn scope() -> KeyScope {
    KeyScope {
        chain_id: 31_337,
        vault: address!("5FbDB2315678afecb367f032d93F642f64180aa3"),
        owner: address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
    }
}

/// Keys of epochs 0, 1 and 2.
fn keyring() -> Keyring {
    let seed = RootSeed::from_seed_bytes(&[0x42; 32]).unwrap();
    Keyring::from_seed(scope(), &seed, 0..=2)
}

fn ctx(version: u64) -> RecordContext {
    RecordContext::new(&scope(), B256::repeat_byte(0x5A), version, StorageMode::Inline)
}

/// A body of `len` bytes drawn from `seed` (xorshift), cheap even at 1 MiB.
fn body(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn seal(ring: &Keyring, epoch: u64, ctx: &RecordContext, body: &[u8]) -> Vec<u8> {
    envelope::seal(ring.get(KeyEpoch(epoch)).unwrap(), ctx, body).unwrap()
}

fn is_opaque<T>(result: Result<T, EnvelopeError>) -> bool {
    matches!(result, Err(EnvelopeError::Open))
}

/// Body lengths that matter: around the padding floor, PADMÉ steps, chunk boundaries (in the
/// padded body) and 1 MiB, plus uniform ones.
fn body_len() -> impl Strategy<Value = usize> {
    let edges: Vec<usize> = vec![
        0,
        1,
        MIN_PADDED_LEN - 2,
        MIN_PADDED_LEN - 1,
        MIN_PADDED_LEN,
        271,
        272,
        511,
        512,
        1023,
        1024,
        2047,
        CHUNK_LEN - 2,
        CHUNK_LEN - 1,
        CHUNK_LEN,
        CHUNK_LEN + 1,
        67_583,
        67_584,
        2 * CHUNK_LEN - 1,
        2 * CHUNK_LEN,
        2 * CHUNK_LEN + 1,
        MIB - 1,
        MIB,
    ];
    prop_oneof![
        3 => 0usize..=4096,
        3 => (prop::sample::select(edges), -2isize..=2)
            .prop_map(|(edge, delta)| edge.saturating_add_signed(delta).min(MIB)),
        1 => 0usize..=MIB,
    ]
}

/// Smaller bodies for the tampering properties, still across one chunk boundary.
fn tamper_len() -> impl Strategy<Value = usize> {
    prop_oneof![
        4 => 0usize..=2048,
        1 => (CHUNK_LEN - 300)..=(CHUNK_LEN + 300),
    ]
}

/// `cases` per property, unless `PROPTEST_CASES` asks for another number (for long runs).
fn config(cases: u32) -> Config {
    let default = Config::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() { default.cases } else { cases };
    Config { cases, failure_persistence: None, ..default }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn round_trips(len in body_len(), seed in any::<u64>(), epoch in 0u64..=2, mode in 0u8..=2) {
        let ring = keyring();
        let ctx = RecordContext { mode: StorageMode::from_byte(mode).unwrap(), ..ctx(3) };
        let body = body(len, seed);
        let sealed = seal(&ring, epoch, &ctx, &body);
        prop_assert_eq!(Some(sealed.len()), envelope::sealed_len(len));
        let padded_len = envelope::padded_len(len).unwrap();
        prop_assert_eq!(
            envelope::inspect(&sealed).unwrap(),
            EnvelopeInfo::Sealed {
                epoch: KeyEpoch(epoch),
                padded_len: padded_len as u32,
                chunk_count: padded_len.div_ceil(CHUNK_LEN) as u32,
            }
        );
        let opened = envelope::open(&ring, &ctx, &sealed).unwrap();
        prop_assert!(*opened == body);
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_flipped_bit_anywhere_fails(len in tamper_len(), seed in any::<u64>(), at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let ring = keyring();
        let mut sealed = seal(&ring, 1, &ctx(1), &body(len, seed));
        let at = at.index(sealed.len());
        sealed[at] ^= 1 << bit;
        prop_assert!(is_opaque(envelope::open(&ring, &ctx(1), &sealed)), "flip at byte {}", at);
    }

    #[test]
    fn truncation_fails(len in tamper_len(), seed in any::<u64>(), cut in any::<prop::sample::Index>()) {
        let ring = keyring();
        let sealed = seal(&ring, 0, &ctx(1), &body(len, seed));
        let keep = cut.index(sealed.len());
        prop_assert!(is_opaque(envelope::open(&ring, &ctx(1), &sealed[..keep])));
        prop_assert!(is_opaque(envelope::inspect(&sealed[..keep])));
    }

    #[test]
    fn extension_fails(len in tamper_len(), seed in any::<u64>(), extra in prop::collection::vec(any::<u8>(), 1..=64)) {
        let ring = keyring();
        let mut sealed = seal(&ring, 0, &ctx(1), &body(len, seed));
        sealed.extend_from_slice(&extra);
        prop_assert!(is_opaque(envelope::open(&ring, &ctx(1), &sealed)));
    }

    #[test]
    fn a_moved_ciphertext_fails(len in 0usize..=700, seed in any::<u64>(), field in 0usize..6, value in any::<u64>()) {
        let ring = keyring();
        let original = ctx(4);
        let sealed = seal(&ring, 2, &original, &body(len, seed));
        let mut moved = original;
        match field {
            0 => moved.chain_id ^= value | 1,
            1 => moved.vault = Address::repeat_byte(value as u8 | 1),
            2 => moved.owner = Address::repeat_byte(value as u8 | 1),
            3 => moved.record_id = B256::repeat_byte(value as u8 ^ 0x5A | 0x80),
            4 => moved.version ^= value | 1,
            _ => moved.mode = StorageMode::from_byte(1 + (value % 2) as u8).unwrap(),
        }
        prop_assume!(moved != original);
        // Keys of the moved-to owner, where the owner changed, so only the binding can fail.
        let mut other_ring = Keyring::from_seed(moved.scope(), &RootSeed::from_seed_bytes(&[0x42; 32]).unwrap(), 0..=2);
        prop_assert!(is_opaque(envelope::open(&ring, &moved, &sealed)));
        prop_assert!(is_opaque(envelope::open(&other_ring, &moved, &sealed)));
        other_ring = keyring();
        prop_assert!(envelope::open(&other_ring, &original, &sealed).is_ok());
    }

    #[test]
    fn arbitrary_bytes_never_panic(
        prefix in prop::sample::select(vec![vec![], b"MSEV\x01\x00".to_vec(), b"MSEV\x01\x01".to_vec()]),
        tail in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let ring = keyring();
        let bytes = [prefix, tail].concat();
        prop_assert!(is_opaque(envelope::open(&ring, &ctx(9), &bytes)));
        prop_assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(9), &bytes, &bytes)));
        let _ = envelope::inspect(&bytes);
        let rewrapped = envelope::rewrap(&ring, &ctx(8), &bytes, &ctx(9), ring.latest().unwrap());
        prop_assert!(is_opaque(rewrapped));
    }

    #[test]
    fn a_flipped_bit_in_a_rotation_fails(len in 0usize..=2048, seed in any::<u64>(), in_key_blob in any::<bool>(), at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let ring = keyring();
        let body_bytes = body(len, seed);
        let full = seal(&ring, 0, &ctx(1), &body_bytes);
        let rekeyed = envelope::rewrap(&ring, &ctx(1), &full, &ctx(2), ring.get(KeyEpoch(1)).unwrap()).unwrap();
        prop_assert!(*envelope::open_rekeyed(&ring, &ctx(2), &rekeyed, &full).unwrap() == body_bytes);
        let (mut rekeyed, mut full) = (rekeyed, full);
        let target = if in_key_blob { &mut rekeyed } else { &mut full };
        let at = at.index(target.len());
        target[at] ^= 1 << bit;
        prop_assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(2), &rekeyed, &full)));
    }
}

// ---------------------------------------------------------------------------------------------
// Targeted cases.

#[test]
fn chunks_cannot_be_swapped_dropped_or_duplicated() {
    let ring = keyring();
    let body = body(3 * CHUNK_LEN - 1000, 7);
    let sealed = seal(&ring, 0, &ctx(1), &body);
    let header = envelope::SEALED_HEADER_LEN;
    let full = CHUNK_LEN + 16;
    let chunk = |i: usize| &sealed[header + i * full..(header + (i + 1) * full).min(sealed.len())];
    assert_eq!(chunk(2).len(), sealed.len() - header - 2 * full);

    let swapped = [&sealed[..header], chunk(1), chunk(0), chunk(2)].concat();
    let duplicated = [&sealed[..header], chunk(0), chunk(0), chunk(2)].concat();
    assert_eq!(swapped.len(), sealed.len());
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &swapped)));
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &duplicated)));

    // Dropping the last chunk and rewriting the header's size to match: the count is bound.
    let mut truncated = [&sealed[..header], chunk(0), chunk(1)].concat();
    let fake_padded = (2 * CHUNK_LEN) as u32;
    truncated[14..18].copy_from_slice(&fake_padded.to_be_bytes());
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &truncated)));
    assert!(envelope::open(&ring, &ctx(1), &sealed).is_ok());
}

#[test]
fn chunks_of_another_record_with_the_same_shape_fail() {
    let ring = keyring();
    let a = seal(&ring, 0, &ctx(1), &body(CHUNK_LEN + 10, 1));
    let b = seal(&ring, 0, &ctx(1), &body(CHUNK_LEN + 10, 2));
    let header = envelope::SEALED_HEADER_LEN;
    let spliced = [&a[..header + CHUNK_LEN + 16], &b[header + CHUNK_LEN + 16..]].concat();
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &spliced)));
}

#[test]
fn absurd_or_unknown_headers_are_refused_without_allocating() {
    let ring = keyring();
    let sealed = seal(&ring, 0, &ctx(1), b"hello");
    for padded in [u32::MAX, 1 << 28, (1 << 28) + 4096, 0, 1, 255, 257] {
        let mut forged = sealed.clone();
        forged[14..18].copy_from_slice(&padded.to_be_bytes());
        assert!(is_opaque(envelope::open(&ring, &ctx(1), &forged)), "{padded}");
        assert!(is_opaque(envelope::inspect(&forged)), "{padded}");
    }
    let mut version = sealed.clone();
    version[4] = 2;
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &version)));
    let mut kind = sealed.clone();
    kind[5] = 7;
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &kind)));
    let mut magic = sealed.clone();
    magic[0] = b'X';
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &magic)));
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &[])));
}

#[test]
fn the_wrong_epoch_or_missing_keys_fail() {
    let ring = keyring();
    let sealed = seal(&ring, 1, &ctx(1), b"rotated");
    let mut relabelled = sealed.clone();
    relabelled[6..14].copy_from_slice(&0u64.to_be_bytes());
    assert!(is_opaque(envelope::open(&ring, &ctx(1), &relabelled)));

    let seed = RootSeed::from_seed_bytes(&[0x42; 32]).unwrap();
    let only_epoch_0 = Keyring::from_seed(scope(), &seed, 0..=0);
    assert!(is_opaque(envelope::open(&only_epoch_0, &ctx(1), &sealed)));

    let other_seed = RootSeed::from_seed_bytes(&[0x43; 32]).unwrap();
    let wrong_keys = Keyring::from_seed(scope(), &other_seed, 0..=2);
    assert!(is_opaque(envelope::open(&wrong_keys, &ctx(1), &sealed)));
}

#[test]
fn sealing_refuses_foreign_keys_and_oversized_bodies() {
    let foreign =
        KeyScope { owner: address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"), ..scope() };
    let foreign_ring =
        Keyring::from_seed(foreign, &RootSeed::from_seed_bytes(&[0x42; 32]).unwrap(), 0..=0);
    assert!(matches!(
        envelope::seal(foreign_ring.latest().unwrap(), &ctx(1), b"x"),
        Err(EnvelopeError::ScopeMismatch)
    ));
    assert_eq!(envelope::padded_len(envelope::MAX_BODY_LEN + 1), None);
    assert_eq!(envelope::sealed_len(usize::MAX), None);
}

#[test]
fn two_seals_of_one_body_differ() {
    let ring = keyring();
    let a = seal(&ring, 0, &ctx(1), b"same");
    let b = seal(&ring, 0, &ctx(1), b"same");
    assert_ne!(a, b, "a fresh data key and nonce per seal");
}

#[test]
fn rotations_rekey_without_reencrypting_and_bind_everything() {
    let ring = keyring();
    let body_bytes = body(CHUNK_LEN + 500, 3);
    let full = seal(&ring, 0, &ctx(1), &body_bytes);
    let e1 = ring.get(KeyEpoch(1)).unwrap();
    let e2 = ring.get(KeyEpoch(2)).unwrap();

    let r2 = envelope::rewrap(&ring, &ctx(1), &full, &ctx(2), e1).unwrap();
    assert_eq!(r2.len(), envelope::REKEY_ENVELOPE_LEN);
    let EnvelopeInfo::Rekey { epoch, body: body_ref } = envelope::inspect(&r2).unwrap() else {
        panic!("a key-only envelope")
    };
    assert_eq!(epoch, KeyEpoch(1));
    assert_eq!((body_ref.version, body_ref.mode), (1, StorageMode::Inline));
    assert_eq!(body_ref.hash, alloy::primitives::keccak256(&full));
    assert_eq!(*envelope::open_rekeyed(&ring, &ctx(2), &r2, &full).unwrap(), body_bytes);

    // A second rotation re-keys the key-only envelope; the body reference is carried over.
    let r3 = envelope::rewrap(&ring, &ctx(2), &r2, &ctx(3), e2).unwrap();
    let EnvelopeInfo::Rekey { body: carried, .. } = envelope::inspect(&r3).unwrap() else {
        panic!("a key-only envelope")
    };
    assert_eq!(carried, body_ref);
    assert_eq!(*envelope::open_rekeyed(&ring, &ctx(3), &r3, &full).unwrap(), body_bytes);

    // A reader that has dropped epoch 0 still reads the record through the rotation.
    let seed = RootSeed::from_seed_bytes(&[0x42; 32]).unwrap();
    let newest_only = Keyring::from_seed(scope(), &seed, 2..=2);
    assert!(is_opaque(envelope::open(&newest_only, &ctx(1), &full)));
    assert_eq!(*envelope::open_rekeyed(&newest_only, &ctx(3), &r3, &full).unwrap(), body_bytes);

    // The key blob opens nothing else: another body, another version, another record.
    let other_body = seal(&ring, 0, &ctx(1), &body_bytes);
    assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(2), &r2, &other_body)));
    assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(5), &r2, &full)));
    let other_record = RecordContext { record_id: B256::repeat_byte(1), ..ctx(2) };
    assert!(is_opaque(envelope::open_rekeyed(&ring, &other_record, &r2, &full)));
    let other_mode = RecordContext { mode: StorageMode::Pointer, ..ctx(2) };
    assert!(is_opaque(envelope::open_rekeyed(&ring, &other_mode, &r2, &full)));
    // Each envelope kind opens only through its own function.
    assert!(is_opaque(envelope::open(&ring, &ctx(2), &r2)));
    assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(2), &full, &full)));

    // A body of another record, re-keyed by a forged reference: the hash matches, the body's
    // own binding does not.
    let foreign_ctx = RecordContext { record_id: B256::repeat_byte(7), ..ctx(1) };
    let foreign_full = seal(&ring, 0, &foreign_ctx, &body_bytes);
    let foreign_rekey = envelope::rewrap(
        &ring,
        &foreign_ctx,
        &foreign_full,
        &RecordContext { version: 2, ..foreign_ctx },
        e1,
    )
    .unwrap();
    assert!(is_opaque(envelope::open_rekeyed(&ring, &ctx(2), &foreign_rekey, &foreign_full)));
}

#[test]
fn rotations_refuse_misuse() {
    let ring = keyring();
    let full = seal(&ring, 0, &ctx(3), b"x");
    let e1 = ring.get(KeyEpoch(1)).unwrap();
    let other_record = RecordContext { record_id: B256::repeat_byte(1), ..ctx(4) };
    assert!(matches!(
        envelope::rewrap(&ring, &ctx(3), &full, &other_record, e1),
        Err(EnvelopeError::InvalidRewrap { .. })
    ));
    for to in [2, 3] {
        assert!(matches!(
            envelope::rewrap(&ring, &ctx(3), &full, &ctx(to), e1),
            Err(EnvelopeError::InvalidRewrap { .. })
        ));
    }
    // Re-keying from the wrong version context fails to unwrap: opaque.
    assert!(is_opaque(envelope::rewrap(&ring, &ctx(2), &full, &ctx(4), e1)));
}

#[test]
fn the_opaque_error_says_nothing_about_which_check_failed() {
    let text = EnvelopeError::Open.to_string();
    assert!(!text.contains("tag") && !text.contains("padding") && !text.contains("length"));
}
