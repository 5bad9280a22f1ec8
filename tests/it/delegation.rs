//! Delegates against a real anvil: an owner grants a tool a scope and an expiry, directly or by
//! signature; the tool writes within it; expiry, revocation (in the same block) and missing
//! scopes stop it, and nothing it was refused reaches the chain. A delegate that writes garbage
//! or the highest version over a memory neither hides nor locks it.

use alloy::primitives::{B256, U256};
use alloy::providers::Provider as _;
use memsync::bindings::memory_vault::MemoryVault::{self, MemoryVaultErrors};
use memsync::memory::{CacheLocation, Memory, MemoryClient, MemoryUpdate, NewMemory, Source};
use memsync::{Delegation, DelegationChange, Devnet, Operation, Scope, SeqCheck, Vault};
use memsync_e2e::{advance_time, filler, mine, set_automine, vault_revert};

fn id(n: u8) -> B256 {
    let mut id = B256::ZERO;
    id[..16].copy_from_slice(&[n; 16]);
    id
}

async fn in_a_day(vault: &Vault) -> u64 {
    vault.chain_time().await.expect("time") + 86_400
}

#[tokio::test]
async fn a_delegate_writes_within_its_scope_until_the_grant_expires() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_vault = devnet.vault(0).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let tool = devnet.vault(1).await.expect("tool");
    let tool_address = tool.signer_address().expect("tool");

    // Nothing granted yet.
    let err = tool
        .apply_batch_for(owner, &[Operation::write(id(1), 1, filler(300, 1))], SeqCheck::Any)
        .await
        .expect_err("no grant");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultNotDelegate(_)), "{err}");
    assert_eq!(owner_vault.delegation(owner, tool_address).await.expect("read"), None);

    let expiry = in_a_day(&owner_vault).await;
    owner_vault.grant_delegate(tool_address, Scope::WRITE, expiry).await.expect("grant");
    assert_eq!(
        owner_vault.delegation(owner, tool_address).await.expect("read"),
        Some(Delegation { scope: Scope::WRITE, expiry })
    );

    let ops = [
        Operation::write(id(1), 1, filler(300, 1)),
        Operation::write_pointer(
            id(2),
            1,
            B256::repeat_byte(9),
            "local:".to_owned() + &"ab".repeat(32),
        ),
        Operation::write_code(id(3), 1, filler(500, 3)),
    ];
    let receipt = tool.apply_batch_for(owner, &ops, SeqCheck::Exactly(0)).await.expect("writes");
    assert_eq!(receipt.seq, 3);
    let log = owner_vault.fetch_log(owner).await.expect("the owner's log");
    assert_eq!(log.records().len(), 3, "the delegate's writes are in the owner's verified log");
    assert!(tool.fetch_log(tool_address).await.expect("tool log").entries().is_empty());

    // Write scope only: a tombstone, alone or inside a batch of writes, is refused whole.
    let state = owner_vault.log_state(owner).await.expect("state");
    for ops in [
        vec![Operation::delete(id(1), 2)],
        vec![Operation::write(id(4), 1, filler(64, 4)), Operation::delete(id(1), 2)],
    ] {
        let err = tool.apply_batch_for(owner, &ops, SeqCheck::Any).await.expect_err("delete");
        assert!(
            matches!(vault_revert(&err), MemoryVaultErrors::VaultScopeNotGranted(e)
                if e.required & Scope::DELETE.bits() != 0),
            "{err}"
        );
    }
    assert_eq!(owner_vault.log_state(owner).await.expect("state"), state);

    // The grant holds while block.timestamp < expiry.
    let now = owner_vault.chain_time().await.expect("time");
    advance_time(owner_vault.provider(), expiry - now).await;
    let err = tool
        .apply_batch_for(owner, &[Operation::write(id(5), 1, filler(64, 5))], SeqCheck::Any)
        .await
        .expect_err("expired");
    assert!(
        matches!(vault_revert(&err), MemoryVaultErrors::VaultDelegationExpired(e)
            if e.owner == owner && e.delegate == tool_address && e.expiry == expiry),
        "{err}"
    );
    assert_eq!(owner_vault.log_state(owner).await.expect("state"), state);
}

#[tokio::test]
async fn a_revocation_takes_effect_in_the_block_it_lands_in() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_vault = devnet.vault(0).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let tool = devnet.vault(1).await.expect("tool");
    let tool_address = tool.signer_address().expect("tool");
    let expiry = in_a_day(&owner_vault).await;
    owner_vault.grant_delegate(tool_address, Scope::READ_WRITE, expiry).await.expect("grant");
    let base_fee = owner_vault.provider().get_gas_price().await.expect("gas price");
    let tool_contract = MemoryVault::new(tool.address(), tool.provider());
    let tool_write = |n: u8| {
        let packed =
            memsync::encode_batch(&[Operation::write(id(n), 1, filler(300, n))]).expect("op");
        tool_contract
            .applyBatchFor(owner, packed, u64::MAX)
            .gas(200_000)
            .max_fee_per_gas(base_fee * 4)
            .max_priority_fee_per_gas(1)
    };
    // The control: the same write, with the same gas, lands while the grant holds.
    let landed = tool_write(1).send().await.expect("send").get_receipt().await.expect("receipt");
    assert!(landed.status(), "a write while granted");
    let state = owner_vault.log_state(owner).await.expect("state");

    // The owner revokes and the tool writes in the same block; the revocation pays the higher
    // tip, so anvil orders it first. Gas limits are set so that neither send is estimated
    // against the state before the other.
    set_automine(owner_vault.provider(), false).await;
    let owner_contract = MemoryVault::new(owner_vault.address(), owner_vault.provider());
    let revoke = owner_contract
        .revokeDelegate(tool_address)
        .gas(100_000)
        .max_fee_per_gas(base_fee * 4)
        .max_priority_fee_per_gas(base_fee * 2)
        .send()
        .await
        .expect("send the revocation");
    let write = tool_write(2).send().await.expect("send the write");
    mine(owner_vault.provider()).await;
    set_automine(owner_vault.provider(), true).await;

    let revoked = revoke.get_receipt().await.expect("revocation receipt");
    let refused = write.get_receipt().await.expect("write receipt");
    assert_eq!(revoked.block_number, refused.block_number, "one block");
    assert!(revoked.status(), "the revocation landed");
    assert!(revoked.transaction_index < refused.transaction_index, "revocation first");
    assert!(!refused.status(), "the write in the same block was refused");
    assert_eq!(owner_vault.log_state(owner).await.expect("state"), state);
    assert_eq!(owner_vault.delegation(owner, tool_address).await.expect("read"), None);
}

#[tokio::test]
async fn signed_grants_and_revocations_are_relayed_once() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_key = devnet.signer(0);
    let owner = owner_key.address();
    let relayer = devnet.vault(2).await.expect("relayer");
    let tool = devnet.vault(1).await.expect("tool");
    let tool_address = tool.signer_address().expect("tool");
    let expiry = in_a_day(&relayer).await;
    let deadline = relayer.chain_time().await.expect("time") + 600;

    let grant = relayer
        .prepare_delegation(
            owner,
            DelegationChange::Grant { delegate: tool_address, scope: Scope::READ_WRITE, expiry },
            deadline,
        )
        .await
        .expect("prepare")
        .sign(&owner_key)
        .await
        .expect("sign");
    relayer.relay_delegation(&grant).await.expect("relayed grant");
    assert_eq!(relayer.nonce(owner).await.expect("nonce"), U256::from(1));
    tool.apply_batch_for(owner, &[Operation::write(id(1), 1, filler(300, 1))], SeqCheck::Any)
        .await
        .expect("the tool writes");

    let revoke = relayer
        .prepare_delegation(owner, DelegationChange::Revoke { delegate: tool_address }, deadline)
        .await
        .expect("prepare")
        .sign(&owner_key)
        .await
        .expect("sign");
    relayer.relay_delegation(&revoke).await.expect("relayed revocation");

    // Replaying the grant would re-enable the tool: its nonce is used up.
    let err = relayer.relay_delegation(&grant).await.expect_err("replayed grant");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::InvalidAccountNonce(_)), "{err}");
    assert_eq!(relayer.delegation(owner, tool_address).await.expect("read"), None);
    let err = tool
        .apply_batch_for(owner, &[Operation::write(id(2), 1, filler(300, 2))], SeqCheck::Any)
        .await
        .expect_err("revoked");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultNotDelegate(_)), "{err}");

    // A grant signed by someone other than the owner.
    let forged = relayer
        .prepare_delegation(
            owner,
            DelegationChange::Grant { delegate: tool_address, scope: Scope::WRITE, expiry },
            deadline,
        )
        .await
        .expect("prepare");
    let digest = forged.digest();
    let by_tool = alloy::signers::SignerSync::sign_hash_sync(&devnet.signer(1), &digest)
        .expect("sign")
        .as_bytes();
    let err = relayer
        .relay_delegation(&forged.with_signature(by_tool.to_vec()))
        .await
        .expect_err("forged grant");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultInvalidSignature(_)), "{err}");
    assert_eq!(relayer.delegation(owner, tool_address).await.expect("read"), None);
}

#[tokio::test]
async fn grants_that_could_never_be_used_are_refused() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_vault = devnet.vault(0).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let tool = devnet.signer(1).address();
    let now = owner_vault.chain_time().await.expect("time");

    for (delegate, scope, expiry) in [
        (alloy::primitives::Address::ZERO, Scope::WRITE, now + 60),
        (owner, Scope::WRITE, now + 60),
        (tool, Scope::from_bits(0), now + 60),
        (tool, Scope::TEE_NODE, now + 60),
        (tool, Scope::from_bits(8) | Scope::WRITE, now + 60),
        (tool, Scope::WRITE, now),
    ] {
        let err = owner_vault.grant_delegate(delegate, scope, expiry).await.expect_err("invalid");
        assert!(
            matches!(vault_revert(&err), MemoryVaultErrors::VaultInvalidGrant(e)
                if e.delegate == delegate && e.scope == scope.bits() && e.expiry == expiry),
            "{err}"
        );
    }

    // A vault deployed without a TEE registry refuses TEE-node grants: they could never be
    // honoured. (The devnet's vault has one.)
    let bare =
        Vault::builder(devnet.rpc_url()).signer(devnet.signer(0)).deploy().await.expect("deploy");
    let err = bare
        .grant_delegate(tool, Scope::WRITE | Scope::TEE_NODE, now + 60)
        .await
        .expect_err("no registry");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::VaultNoTeeRegistry(_)), "{err}");
    assert_eq!(bare.delegation(owner, tool).await.expect("read"), None);
}

#[tokio::test]
async fn a_delegate_cannot_make_the_owners_log_undecodable() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_vault = devnet.vault(0).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let tool = devnet.vault(1).await.expect("tool");
    let expiry = in_a_day(&owner_vault).await;
    owner_vault
        .grant_delegate(tool.signer_address().expect("tool"), Scope::WRITE, expiry)
        .await
        .expect("grant");
    owner_vault.write(id(1), 1, filler(300, 1), SeqCheck::Any).await.expect("a record");

    // The SDK refuses a URI that is not ASCII before sending ...
    let op = Operation::write_pointer(id(2), 1, B256::repeat_byte(7), "https://example.org/ü");
    let err = tool.apply_batch_for(owner, &[op], SeqCheck::Any).await.expect_err("refused");
    assert!(matches!(err, memsync::VaultError::InvalidOperation { .. }), "{err}");

    // ... and the vault refuses one sent anyway: a batch whose URI holds a byte 0xff, which
    // would not decode as text.
    let ascii = "https://example.org/".to_owned() + &"a".repeat(40);
    let mut packed = memsync::encode_batch(&[
        Operation::write_pointer(id(2), 1, B256::repeat_byte(7), ascii.clone()),
        Operation::write(id(3), 1, vec![0xff; 64]),
    ])
    .expect("packed")
    .to_vec();
    let at = packed.windows(ascii.len()).position(|w| w == ascii.as_bytes()).expect("uri");
    packed[at + ascii.len() - 1] = 0xff;
    let contract = MemoryVault::new(tool.address(), tool.provider());
    let err = contract
        .applyBatchFor(owner, packed.into(), u64::MAX)
        .send()
        .await
        .expect_err("refused by the vault");
    assert!(
        matches!(err.as_decoded_interface_error::<MemoryVaultErrors>(),
            Some(MemoryVaultErrors::VaultInvalidPointer(e)) if e.id == id(2)),
        "{err}"
    );

    // The same batch with the ASCII URI lands, followed by 0xff bytes, and the log decodes.
    let packed = memsync::encode_batch(&[
        Operation::write_pointer(id(2), 1, B256::repeat_byte(7), ascii),
        Operation::write(id(3), 1, vec![0xff; 64]),
    ])
    .expect("packed");
    contract
        .applyBatchFor(owner, packed, u64::MAX)
        .send()
        .await
        .expect("send")
        .get_receipt()
        .await
        .expect("mined");
    let log = owner_vault.fetch_log(owner).await.expect("the log still verifies");
    assert_eq!(log.records().len(), 3);
}

/// Which version of a memory is current, whoever wrote it (docs/FORMAT.md, "Which version is
/// current"): the highest version, of equal ones the later entry. The vault checks no versions,
/// so a delegate that may write but cannot read can write garbage over a memory or give it the
/// version `u64::MAX`: neither hides the memory nor locks it.
async fn memory_device(devnet: &Devnet) -> MemoryClient {
    let vault = devnet.vault(0).await.expect("vault");
    let keys = memsync_e2e::tee::keyring(devnet, vault.signer_address().expect("owner"), 7);
    MemoryClient::builder(vault, keys)
        .cache(CacheLocation::Memory)
        .source(Source::app("e2e"))
        .scan_from_block(devnet.deploy_block(), 10_000)
        .open()
        .await
        .expect("open")
}

#[tokio::test]
async fn a_write_only_delegate_can_neither_hide_nor_lock_a_memory() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner = memory_device(&devnet).await;
    let home = owner.add(NewMemory::new("I live in Lisbon.")).await.expect("add");
    let pet = owner.add(NewMemory::new("I have a cat named Miso.")).await.expect("add");

    // The delegate reads the record ids off the chain (they are public) and may write, not read.
    let owner_vault = devnet.vault(0).await.expect("owner vault");
    let owner_address = owner_vault.signer_address().expect("owner");
    let log = owner_vault.fetch_log(owner_address).await.expect("log");
    let mut records: Vec<_> = log.records().into_values().collect();
    records.sort_by_key(|r| r.seq);
    let (home_record, pet_record) = (records[0].id, records[1].id);
    let hostile = devnet.vault(1).await.expect("delegate");
    let expiry = owner_vault.chain_time().await.expect("time") + 86_400;
    let delegate = hostile.signer_address().expect("delegate");
    owner_vault.grant_delegate(delegate, Scope::WRITE, expiry).await.expect("grant");
    let garbage = [
        Operation::write(home_record, 2, filler(160, 1)),
        Operation::write(pet_record, u64::MAX, filler(160, 2)),
    ];
    hostile.apply_batch_for(owner_address, &garbage, SeqCheck::Any).await.expect("written");

    // Both memories stay in view, on this device and on a new one; history flags the versions
    // that do not open.
    owner.sync().await.expect("sync");
    let fresh = memory_device(&devnet).await;
    for client in [&owner, &fresh] {
        let shown: Vec<Memory> = vec![
            client.get(home.id).await.expect("home stays"),
            client.get(pet.id).await.expect("pet stays"),
        ];
        assert_eq!(shown, [home.clone(), pet.clone()], "nothing hidden");
        let history = client.history(pet.id).await.expect("history");
        let last = history.last().expect("versions");
        assert_eq!((last.version, last.memory.is_none()), (u64::MAX, true), "{history:?}");
        assert!(last.unreadable.is_some(), "flagged: {history:?}");
        // With who wrote each version: the owner, then the delegate's garbage.
        let writers: Vec<_> = history.iter().map(|v| v.writer).collect();
        assert_eq!(writers, [Some(owner_address), Some(delegate)], "{history:?}");
    }

    // The owner writes on: each write takes over from the garbage (at `u64::MAX`, as the later
    // entry of an equal version).
    let moved = owner
        .update(home.id, MemoryUpdate::new().text("I live in Porto."))
        .await
        .expect("update over garbage");
    assert_eq!(moved.version, 3);
    let cats = owner
        .update(pet.id, MemoryUpdate::new().text("I have two cats, Miso and Tofu."))
        .await
        .expect("update over u64::MAX");
    assert_eq!(cats.version, u64::MAX);
    fresh.sync().await.expect("sync");
    for client in [&owner, &fresh] {
        assert_eq!(client.get(home.id).await.expect("home").text, "I live in Porto.");
        assert_eq!(client.get(pet.id).await.expect("pet").text, "I have two cats, Miso and Tofu.");
        let history = client.history(pet.id).await.expect("history");
        let versions: Vec<(u64, bool)> =
            history.iter().map(|v| (v.version, v.unreadable.is_some())).collect();
        assert_eq!(versions, [(1, false), (u64::MAX, true), (u64::MAX, false)]);
        let writers: Vec<_> = history.iter().filter_map(|v| v.writer).collect();
        assert_eq!(writers, [owner_address, delegate, owner_address]);
    }
    // What a reader of the raw log finds current is the same.
    let log = owner_vault.fetch_log(owner_address).await.expect("log");
    let current = log.current(pet_record).expect("current");
    assert_eq!(current.op.version(), Some(u64::MAX));
    assert_eq!(current.seq, log.checkpoint().seq, "the owner's later entry");
}
