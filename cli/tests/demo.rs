//! `memsync demo` (the README's first command) runs the main job end to end.

use std::process::Command;

#[test]
fn demo_shows_ciphertext_to_observers_and_plaintext_to_the_owner() {
    let output = Command::new(env!("CARGO_BIN_EXE_memsync")).arg("demo").output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let (observer, owner) = stdout.split_once("What the owner reads").expect("both views");
    assert!(!observer.contains("penicillin"), "plaintext in the observer's view:\n{observer}");
    assert!(observer.contains("key-check value for epoch 1"), "{observer}");
    assert!(owner.contains("I am allergic to penicillin."), "{owner}");
    assert!(observer.contains("pointer local:"), "{observer}");
    assert!(!observer.contains("cello scales"), "plaintext in the observer's view:\n{observer}");
    assert!(owner.contains("Day 1: practised cello scales"), "{owner}");
    assert!(stdout.contains("restored all 5 memories"), "{stdout}");
}
