//! `memsync demo` (the README's first command) runs the main job end to end, the conversations
//! through a TEE node the demo starts in-process (INSECURE dev attester, and says so).

use std::process::Command;

#[test]
fn demo_turns_a_conversation_into_memories_observers_cannot_read_and_a_second_tool_restores() {
    let output = Command::new(env!("CARGO_BIN_EXE_memsync")).arg("demo").output().expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let (conversation, rest) =
        stdout.split_once("What anyone reading the chain sees").expect("views");
    let (observer, owner) = rest.split_once("What the owner reads").expect("both views");

    // The conversation went to an attested node, verified by the client, insecure and saying so.
    assert!(conversation.contains("INSECURE dev attester"), "{conversation}");
    assert!(conversation.contains("For demos and local development only"), "{conversation}");
    assert!(conversation.contains("verified the attestation itself"), "{conversation}");
    assert!(conversation.contains("Inside the node, the built-in extractor"), "{conversation}");
    assert!(conversation.contains("signed its answer"), "{conversation}");

    // The conversation became memories, a changed fact an update, a retraction a delete.
    assert!(conversation.contains("added     I'm allergic to penicillin."), "{conversation}");
    assert!(!conversation.contains("packing list."), "a request is not a memory: {conversation}");
    assert!(conversation.contains("updated   I moved to Lisbon"), "{conversation}");
    assert!(conversation.contains("deleted   I play the cello."), "{conversation}");

    // The observer sees ciphertext, a tombstone and a pointer, never text.
    for secret in ["penicillin", "Lisbon", "Berlin", "cello", "Rust book", "health"] {
        assert!(
            !observer.contains(secret),
            "plaintext `{secret}` in the observer's view:\n{observer}"
        );
    }
    assert!(observer.contains("key-check value for epoch 1"), "{observer}");
    // The node's writes are among them, as opaque as the owner's.
    assert!(observer.contains("TEE node  0x"), "{observer}");
    assert!(observer.contains("owner     0x"), "{observer}");
    assert!(observer.contains("entries the TEE node sent"), "{observer}");
    assert!(observer.contains("(tombstone)"), "{observer}");
    assert!(observer.contains("pointer local:"), "{observer}");

    // The second tool restored and searched.
    assert!(owner.contains("search allergies  → I'm allergic to penicillin."), "{owner}");
    assert!(owner.contains("search Lisbon     → I moved to Lisbon"), "{owner}");
    assert!(owner.contains("search cello      → (nothing: taken back)"), "{owner}");
    assert!(stdout.contains("restored 6 memories"), "{stdout}");
}
