#![allow(clippy::unwrap_used)]

use alloy::primitives::{Address, B256, Signature, U256, address};
use alloy::signers::SignerSync;
use alloy::signers::local::PrivateKeySigner;

use super::*;

const ANVIL_KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const MNEMONIC: &str =
    "legal winner thank year wave sausage worth useful legal winner thank yellow";

fn scope() -> KeyScope {
    KeyScope {
        chain_id: 31_337,
        vault: address!("5FbDB2315678afecb367f032d93F642f64180aa3"),
        owner: address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
    }
}

fn signer() -> PrivateKeySigner {
    ANVIL_KEY.parse().unwrap()
}

fn sign(signer: &PrivateKeySigner, scope: &KeyScope, epoch: KeyEpoch) -> Signature {
    let (message, domain) = key_derivation_request(scope, epoch);
    signer.sign_typed_data_sync(&message, &domain).unwrap()
}

fn key_check(root: &EpochRoot) -> KeyCheck {
    EpochKeys::derive(&scope(), root).unwrap().key_check()
}

#[test]
fn seeds_of_any_length_but_32_are_refused() {
    for len in [0, 16, 31, 33, 64] {
        let err = RootSeed::from_seed_bytes(&vec![7u8; len]).unwrap_err();
        assert!(matches!(err, KeyError::SeedLength { len: l } if l == len as u64), "{len}");
    }
    assert!(RootSeed::from_seed_bytes(&[7u8; 32]).is_ok());
}

#[test]
fn seed_files_are_read_exactly() {
    let dir = std::env::temp_dir().join(format!("memsync-keys-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.seed");
    std::fs::write(&good, [9u8; 32]).unwrap();
    let from_file = RootSeed::read_seed_file(&good).unwrap();
    let from_bytes = RootSeed::from_seed_bytes(&[9u8; 32]).unwrap();
    assert_eq!(
        key_check(&from_file.epoch_root(KeyEpoch(3))),
        key_check(&from_bytes.epoch_root(KeyEpoch(3)))
    );

    // A hex seed with a newline is the classic mistake: 65 bytes.
    let hex = dir.join("hex.seed");
    std::fs::write(&hex, format!("{}\n", "ab".repeat(32))).unwrap();
    let err = RootSeed::read_seed_file(&hex).unwrap_err();
    assert!(matches!(err, KeyError::SeedLength { len: 65 }));
    assert!(err.to_string().contains("exactly 32 raw bytes"));

    let missing = RootSeed::read_seed_file(dir.join("missing.seed")).unwrap_err();
    assert!(matches!(missing, KeyError::SeedFile { .. }));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn mnemonics_are_checked_and_passphrases_matter() {
    let bad_checksum = MNEMONIC.replace("yellow", "winner");
    assert!(matches!(
        RootSeed::from_mnemonic(&bad_checksum, "").unwrap_err(),
        KeyError::InvalidMnemonic(_)
    ));
    let err = RootSeed::from_mnemonic("legal winner notaword", "").unwrap_err();
    assert!(!err.to_string().contains("legal"), "the error must not echo the phrase: {err}");

    let plain = RootSeed::from_mnemonic(MNEMONIC, "").unwrap();
    let with_pass = RootSeed::from_mnemonic(MNEMONIC, "hunter2").unwrap();
    // Words are split on whitespace, so extra spaces do not change the keys.
    let spaced =
        RootSeed::from_mnemonic(&format!("  {}  ", MNEMONIC.replace(' ', "  ")), "").unwrap();
    let epoch = KeyEpoch::FIRST;
    assert_ne!(key_check(&plain.epoch_root(epoch)), key_check(&with_pass.epoch_root(epoch)));
    assert_eq!(key_check(&plain.epoch_root(epoch)), key_check(&spaced.epoch_root(epoch)));
}

#[test]
fn epochs_and_scopes_give_independent_keys() {
    let seed = RootSeed::from_seed_bytes(&[1u8; 32]).unwrap();
    let e0 = EpochKeys::derive(&scope(), &seed.epoch_root(KeyEpoch(0))).unwrap();
    let e1 = EpochKeys::derive(&scope(), &seed.epoch_root(KeyEpoch(1))).unwrap();
    assert_ne!(e0.key_check(), e1.key_check());
    assert_ne!(e0.record_id(b"profile"), e1.record_id(b"profile"));

    let other_owner = KeyScope { owner: Address::repeat_byte(0x11), ..scope() };
    let o0 = EpochKeys::derive(&other_owner, &seed.epoch_root(KeyEpoch(0))).unwrap();
    assert_ne!(e0.key_check(), o0.key_check());
    assert_ne!(e0.record_id(b"profile"), o0.record_id(b"profile"));
    // The opaque id is never the logical id, nor zero.
    assert_ne!(e0.record_id(b""), B256::ZERO);
}

#[test]
fn wallet_roots_are_deterministic_and_bound_to_their_request() {
    let signer = signer();
    let scope = scope();
    let epoch = KeyEpoch(0);
    let sig = sign(&signer, &scope, epoch);
    let root =
        EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &sig, &sig).unwrap();
    let async_root = tokio_block_on(EpochRoot::from_wallet(&signer, &scope, epoch)).unwrap();
    assert_eq!(key_check(&root), key_check(&async_root));
    assert_eq!(root.scope(), Some(&scope));

    // Another epoch or vault is another request and another root.
    let e1 = tokio_block_on(EpochRoot::from_wallet(&signer, &scope, KeyEpoch(1))).unwrap();
    assert_ne!(key_check(&root), key_check(&e1));
    let other_vault = KeyScope { vault: Address::repeat_byte(0x22), ..scope };
    let v = tokio_block_on(EpochRoot::from_wallet(&signer, &other_vault, epoch)).unwrap();
    assert!(matches!(EpochKeys::derive(&other_vault, &root), Err(KeyError::ScopeMismatch)));
    assert_ne!(EpochKeys::derive(&other_vault, &v).unwrap().key_check(), key_check(&root));
}

#[test]
fn a_high_s_encoding_of_the_same_signature_gives_the_same_root() {
    let signer = signer();
    let (scope, epoch) = (scope(), KeyEpoch(0));
    let low = sign(&signer, &scope, epoch);
    let n: U256 =
        "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141".parse().unwrap();
    let high = Signature::new(low.r(), n - low.s(), !low.v());
    assert_ne!(low.as_bytes(), high.as_bytes());
    let a = EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &low, &high);
    let b = EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &high, &high);
    assert_eq!(key_check(&a.unwrap()), key_check(&b.unwrap()));
}

/// Signs like a wallet that draws its ECDSA nonce at random (hedged with `seed`) instead of by
/// RFC 6979: a valid signature by the same key that differs at every call.
fn sign_with_random_nonce(signer: &PrivateKeySigner, digest: &B256, seed: u8) -> Signature {
    use alloy::signers::k256::ecdsa::signature::hazmat::RandomizedPrehashSigner;
    use alloy::signers::k256::elliptic_curve::rand_core::{CryptoRng, Error, RngCore};

    struct Counter(u8);
    impl RngCore for Counter {
        fn next_u32(&mut self) -> u32 {
            u32::from(self.0)
        }
        fn next_u64(&mut self) -> u64 {
            u64::from(self.0)
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            dest.fill(self.0);
        }
        fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
            dest.fill(self.0);
            Ok(())
        }
    }
    impl CryptoRng for Counter {}

    let sig: alloy::signers::k256::ecdsa::Signature =
        signer.credential().sign_prehash_with_rng(&mut Counter(seed), digest.as_slice()).unwrap();
    [false, true]
        .into_iter()
        .map(|parity| Signature::from_signature_and_parity(sig, parity))
        .find(|s| s.recover_address_from_prehash(digest).ok() == Some(signer.address()))
        .unwrap()
}

#[test]
fn a_signer_that_is_not_deterministic_is_refused() {
    let signer = signer();
    let (scope, epoch) = (scope(), KeyEpoch(0));
    let (message, domain) = key_derivation_request(&scope, epoch);
    let digest = alloy::sol_types::SolStruct::eip712_signing_hash(&message, &domain);
    let first = sign_with_random_nonce(&signer, &digest, 1);
    let second = sign_with_random_nonce(&signer, &digest, 2);
    assert_ne!(first.as_bytes(), second.as_bytes());
    // Each alone is a valid signature by the signer ...
    EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &first, &first).unwrap();
    // ... but two that differ reveal the signer is not deterministic.
    let err = EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &first, &second)
        .unwrap_err();
    assert!(matches!(err, KeyError::NonDeterministicSigner));
    assert!(err.to_string().contains("deterministic"));
}

#[test]
fn a_signature_from_another_account_or_request_is_refused() {
    let signer = signer();
    let (scope, epoch) = (scope(), KeyEpoch(0));
    let stranger = PrivateKeySigner::random();
    let sig = sign(&stranger, &scope, epoch);
    let err =
        EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &sig, &sig).unwrap_err();
    assert!(matches!(
        err,
        KeyError::SignatureMismatch { expected, recovered: Some(r) }
            if expected == signer.address() && r == stranger.address()
    ));
    // A signature of epoch 1 offered as epoch 0.
    let sig1 = sign(&signer, &scope, KeyEpoch(1));
    assert!(matches!(
        EpochRoot::from_wallet_signatures(&scope, epoch, signer.address(), &sig1, &sig1),
        Err(KeyError::SignatureMismatch { .. })
    ));
}

#[test]
fn keyrings_refuse_conflicting_roots_and_foreign_wallet_roots() {
    let scope = scope();
    let seed = RootSeed::from_seed_bytes(&[5u8; 32]).unwrap();
    let mut ring = Keyring::from_seed(scope, &seed, 0..=2);
    assert_eq!(ring.epochs().collect::<Vec<_>>(), [KeyEpoch(0), KeyEpoch(1), KeyEpoch(2)]);
    assert_eq!(ring.latest().unwrap().epoch(), KeyEpoch(2));
    // Same root again: fine.
    ring.insert(&seed.epoch_root(KeyEpoch(1))).unwrap();
    let other = RootSeed::from_seed_bytes(&[6u8; 32]).unwrap();
    assert!(matches!(
        ring.insert(&other.epoch_root(KeyEpoch(1))),
        Err(KeyError::ConflictingEpochRoot { epoch: KeyEpoch(1) })
    ));

    let signer = signer();
    let elsewhere = KeyScope { chain_id: 1, ..scope };
    let sig = sign(&signer, &elsewhere, KeyEpoch(3));
    let root =
        EpochRoot::from_wallet_signatures(&elsewhere, KeyEpoch(3), signer.address(), &sig, &sig)
            .unwrap();
    assert!(matches!(ring.insert(&root), Err(KeyError::ScopeMismatch)));

    let ids: Vec<_> = ring.record_ids(b"profile").map(|(epoch, _)| epoch).collect();
    assert_eq!(ids, [KeyEpoch(2), KeyEpoch(1), KeyEpoch(0)]);
}

#[test]
fn key_checks_detect_wrong_keys() {
    let scope = scope();
    let right = RootSeed::from_mnemonic(MNEMONIC, "").unwrap();
    let wrong = RootSeed::from_mnemonic(MNEMONIC, "typo").unwrap();
    let published = key_check(&right.epoch_root(KeyEpoch(0)));
    let keys = EpochKeys::derive(&scope, &right.epoch_root(KeyEpoch(0))).unwrap();
    keys.verify_key_check(&published).unwrap();
    let wrong_keys = EpochKeys::derive(&scope, &wrong.epoch_root(KeyEpoch(0))).unwrap();
    assert!(matches!(
        wrong_keys.verify_key_check(&published),
        Err(KeyError::KeyCheckMismatch { epoch: KeyEpoch(0) })
    ));
}

#[test]
fn debug_output_carries_no_secret() {
    let seed = RootSeed::from_seed_bytes(&[0xAB; 32]).unwrap();
    let root = seed.epoch_root(KeyEpoch(0));
    let keys = EpochKeys::derive(&scope(), &root).unwrap();
    let ring = Keyring::from_seed(scope(), &seed, 0..=0);
    for text in [
        format!("{seed:?}"),
        format!("{root:?}"),
        format!("{keys:?}"),
        format!("{ring:?}"),
        format!("{:?}", secret::Secret32::hkdf(b"s", &[0xAB; 32], &[b"i"])),
    ] {
        assert!(!text.to_lowercase().contains("abab"), "{text}");
        assert!(!text.contains("171, 171"), "{text}");
    }
    assert!(format!("{root:?}").contains("redacted"));
}

fn tokio_block_on<F: core::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(future)
}
