//! The SDK's CIDs against the reference JavaScript implementation (`multiformats` from npm).
//!
//! `support/cid_multiformats.mjs` computes, with `multiformats/cid`, `multiformats/hashes/sha2`
//! and the raw codec, the CIDv1 of inputs from empty to 1 MiB, and parses the SDK's CIDs back.
//! The test needs `node` on the PATH and `npm install` run at the repository root; it fails
//! (it does not skip) without them.

use std::path::{Path, PathBuf};
use std::process::Command;

use memsync::blob::{IPFS_MAX_BLOB_LEN, RawCid};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

/// Runs the reference script and returns its output lines.
fn reference(args: &[String]) -> Vec<String> {
    let root = repo_root();
    let package = root.join("node_modules/multiformats/package.json");
    assert!(
        package.is_file(),
        "{} is missing: run `npm install` at the repository root ({}) to install multiformats",
        package.display(),
        root.display()
    );
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/cid_multiformats.mjs");
    let output = Command::new("node").arg(&script).args(args).current_dir(&root).output();
    let output = output.unwrap_or_else(|err| {
        panic!("could not run `node` ({err}): install Node.js (18 or later) and put it on the PATH")
    });
    assert!(
        output.status.success(),
        "{} failed ({}):\n{}",
        script.display(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect()
}

/// `len` pseudo-random bytes (xorshift64*, fixed seed per length).
fn bytes(len: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64 ^ len as u64;
    (0..len)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

fn inputs() -> Vec<Vec<u8>> {
    let mut inputs = vec![Vec::new(), b"hello world".to_vec(), vec![0; 1], vec![0xff; 4096]];
    // Around the sha2-256 block and padding boundaries, then up to one whole raw block.
    let sizes = [1, 31, 32, 33, 55, 56, 63, 64, 65, 1000, 65_536, 262_145, 999_999];
    inputs.extend(sizes.iter().map(|&len| bytes(len)));
    inputs.extend([bytes(IPFS_MAX_BLOB_LEN - 1), bytes(IPFS_MAX_BLOB_LEN)]);
    inputs
}

#[test]
fn our_cids_equal_the_reference_implementation() {
    let inputs = inputs();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = inputs
        .iter()
        .enumerate()
        .map(|(i, content)| {
            let path = dir.path().join(format!("input-{i}.bin"));
            std::fs::write(&path, content).unwrap();
            path.to_str().unwrap().to_owned()
        })
        .collect();

    let mut args = vec!["cid".to_owned()];
    args.extend(files);
    let theirs = reference(&args);
    assert_eq!(theirs.len(), inputs.len(), "one CID per input: {theirs:?}");

    for (content, their_cid) in inputs.iter().zip(&theirs) {
        let ours = RawCid::of(content);
        assert_eq!(&ours.to_string(), their_cid, "CID of {} bytes", content.len());
        assert_eq!(their_cid.parse::<RawCid>().unwrap(), ours, "{their_cid} parses back");
    }
}

#[test]
fn the_reference_implementation_reads_our_cids_as_raw_sha256() {
    let cids: Vec<RawCid> = inputs().iter().map(|content| RawCid::of(content)).collect();
    let mut args = vec!["parse".to_owned()];
    args.extend(cids.iter().map(RawCid::to_string));
    let parsed = reference(&args);
    assert_eq!(parsed.len(), cids.len(), "one line per CID: {parsed:?}");

    for (cid, line) in cids.iter().zip(&parsed) {
        // Version 1, codec raw (0x55 = 85), multihash sha2-256 (0x12 = 18), then the digest.
        let expected = format!("1 85 18 {}", alloy::hex::encode(cid.digest()));
        assert_eq!(line, &expected, "{cid}");
    }
}
