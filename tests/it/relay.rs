//! Relayed writes against a real anvil: the owner (an EOA, or a Safe 1.4.1 through ERC-1271) or
//! one of its delegates signs an EIP-712 `WriteBatch`, and a relayer submits it and pays the gas.
//! Replays, expired messages, other chains and vaults, altered fields and wrong signers are
//! refused with typed errors, and nothing on chain changes.

use alloy::primitives::{Address, B256, U256};
use alloy::providers::Provider as _;
use alloy::signers::SignerSync as _;
use memsync::VaultError;
use memsync::bindings::memory_vault::{MemoryVault, MemoryVault::MemoryVaultErrors};
use memsync::{
    Checkpoint, DelegationChange, Devnet, Operation, Scope, SeqCheck, SignedBatch, UnsignedBatch,
    Vault, encode_batch,
};
use memsync_e2e::safe::Safe;
use memsync_e2e::{advance_time, filler, vault_revert};

/// A short id (the form the SDK's record ids take): 16 bytes, then 16 zero bytes.
fn id(seed: u8, i: u8) -> B256 {
    let mut id = B256::ZERO;
    id[..16].copy_from_slice(&[seed; 16]);
    id[15] = i;
    id
}

fn writes(seed: u8, n: u8) -> Vec<Operation> {
    (0..n).map(|i| Operation::write(id(seed, i), 1, filler(256, seed.wrapping_add(i)))).collect()
}

/// The log state and the signer's nonce, which a refused message must leave as they were.
async fn snapshot(vault: &Vault, owner: Address, signer: Address) -> (Checkpoint, U256) {
    (vault.log_state(owner).await.expect("state"), vault.nonce(signer).await.expect("nonce"))
}

async fn deadline(vault: &Vault) -> u64 {
    vault.chain_time().await.expect("time") + 3600
}

#[tokio::test]
async fn an_owner_signed_batch_is_relayed_and_paid_for_by_the_relayer() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_key = devnet.signer(0);
    let owner = owner_key.address();
    let owner_vault = devnet.vault(0).await.expect("owner");
    let relayer = devnet.vault(1).await.expect("relayer");
    let relayer_address = relayer.signer_address().expect("relayer address");

    let ops = writes(1, 3);
    let deadline = deadline(&owner_vault).await;
    let unsigned = owner_vault
        .prepare_batch(owner, &ops, SeqCheck::Exactly(0), owner, deadline)
        .await
        .expect("prepare");
    assert_eq!(unsigned.nonce, U256::ZERO);
    assert_eq!(unsigned.operations, encode_batch(&ops).expect("packed"));
    let signed = unsigned.sign(&owner_key).await.expect("sign");

    // The signed message travels to the relayer as JSON.
    let json = serde_json::to_string(&signed).expect("serialize");
    let signed: SignedBatch = serde_json::from_str(&json).expect("deserialize");

    let provider = relayer.provider();
    let (owner_before, relayer_before) = (
        provider.get_balance(owner).await.expect("balance"),
        provider.get_balance(relayer_address).await.expect("balance"),
    );
    let receipt = relayer.relay(&signed).await.expect("relay");
    assert_eq!(receipt.seq, 3);
    assert_eq!(provider.get_balance(owner).await.expect("balance"), owner_before, "owner paid");
    assert!(provider.get_balance(relayer_address).await.expect("balance") < relayer_before);

    let log = relayer.fetch_log(owner).await.expect("log");
    let written: Vec<_> = log.entries().iter().map(|e| e.op.clone()).collect();
    assert_eq!(written, ops);
    assert_eq!(relayer.nonce(owner).await.expect("nonce"), U256::from(1));

    // The same signature again: the nonce is used up.
    let before = snapshot(&relayer, owner, owner).await;
    let err = relayer.relay(&signed).await.expect_err("replay");
    assert!(
        matches!(vault_revert(&err), MemoryVaultErrors::InvalidAccountNonce(e)
            if e.account == owner && e.currentNonce == U256::from(1)),
        "{err}"
    );
    assert!(err.to_string().contains("replay"), "{err}");
    assert_eq!(snapshot(&relayer, owner, owner).await, before);
}

#[tokio::test]
async fn expired_foreign_altered_and_misattributed_messages_are_refused() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_key = devnet.signer(0);
    let owner = owner_key.address();
    let stranger = devnet.signer(5);
    let relayer = devnet.vault(1).await.expect("relayer");
    let other_vault = Vault::builder(devnet.rpc_url())
        .signer(devnet.signer(2))
        .deploy()
        .await
        .expect("a second vault");
    let ops = writes(2, 2);
    let fresh = |check| {
        let relayer = relayer.clone();
        let ops = ops.clone();
        async move {
            let deadline = deadline(&relayer).await;
            relayer.prepare_batch(owner, &ops, check, owner, deadline).await.expect("prepare")
        }
    };
    let before = snapshot(&relayer, owner, owner).await;
    let assert_invalid = |err: VaultError| {
        assert!(
            matches!(vault_revert(&err), MemoryVaultErrors::VaultInvalidSignature(e) if e.signer == owner),
            "{err}"
        );
    };

    // Signed for another chain id: the vault's domain does not match.
    let mut unsigned: UnsignedBatch = fresh(SeqCheck::Any).await;
    unsigned.chain_id += 1;
    let mut signed = unsigned.sign(&owner_key).await.expect("sign");
    let err = relayer.relay(&signed).await.expect_err("foreign chain");
    assert!(
        matches!(err, memsync::VaultError::ForeignSignature { .. }),
        "checked before sending: {err}"
    );
    signed.batch.chain_id -= 1;
    assert_invalid(relayer.relay(&signed).await.expect_err("wrong chain id in the domain"));

    // Signed for another vault.
    let unsigned = other_vault
        .prepare_batch(owner, &ops, SeqCheck::Any, owner, deadline(&relayer).await)
        .await
        .expect("prepare");
    let mut signed = unsigned.sign(&owner_key).await.expect("sign");
    let err = relayer.relay(&signed).await.expect_err("foreign vault");
    assert!(matches!(err, memsync::VaultError::ForeignSignature { .. }), "{err}");
    signed.batch.vault = relayer.address();
    assert_invalid(relayer.relay(&signed).await.expect_err("wrong vault in the domain"));

    // Fields altered after signing: the operations, the expected sequence number, the deadline.
    let signed = fresh(SeqCheck::Any).await.sign(&owner_key).await.expect("sign");
    let mut altered = signed.clone();
    altered.batch.operations = encode_batch(&writes(3, 2)).expect("packed");
    assert_invalid(relayer.relay(&altered).await.expect_err("altered operations"));
    let mut altered = signed.clone();
    altered.batch.expected_seq = 0;
    assert_invalid(relayer.relay(&altered).await.expect_err("altered expected seq"));
    let mut altered = signed.clone();
    altered.batch.deadline += 1;
    assert_invalid(relayer.relay(&altered).await.expect_err("altered deadline"));

    // Someone else's key: refused by the SDK before signing, and by the vault if sent anyway.
    let unsigned = fresh(SeqCheck::Any).await;
    let err = unsigned.clone().sign(&stranger).await.expect_err("wrong signer");
    assert!(
        matches!(err, memsync::VaultError::WrongSigner { expected, .. } if expected == owner),
        "{err}"
    );
    let forged = stranger.sign_hash_sync(&unsigned.digest()).expect("sign").as_bytes();
    assert_invalid(
        relayer.relay(&unsigned.with_signature(forged.to_vec())).await.expect_err("forged"),
    );

    // A nonce from the future.
    let mut unsigned = fresh(SeqCheck::Any).await;
    unsigned.nonce += U256::from(1);
    let err = relayer
        .relay(&unsigned.sign(&owner_key).await.expect("sign"))
        .await
        .expect_err("future nonce");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::InvalidAccountNonce(_)), "{err}");

    // Expired: the SDK refuses before sending, and so does the vault for a relayer that sends.
    let mut unsigned = fresh(SeqCheck::Any).await;
    unsigned.deadline = relayer.chain_time().await.expect("time") + 5;
    let signed = unsigned.sign(&owner_key).await.expect("sign");
    advance_time(relayer.provider(), 60).await;
    let err = relayer.relay(&signed).await.expect_err("expired");
    assert!(matches!(err, memsync::VaultError::SignatureExpired { .. }), "{err}");
    let contract = MemoryVault::new(relayer.address(), relayer.provider());
    let call = contract.applyBatchBySig(
        owner,
        signed.batch.operations.clone(),
        signed.batch.expected_seq,
        owner,
        signed.batch.nonce,
        U256::from(signed.batch.deadline),
        signed.signature.clone(),
    );
    let err = call.send().await.expect_err("the vault refuses it too");
    assert!(
        matches!(err.as_decoded_interface_error::<MemoryVaultErrors>(),
            Some(MemoryVaultErrors::VaultSignatureExpired(e))
                if e.deadline == U256::from(signed.batch.deadline)),
        "{err}"
    );

    assert_eq!(snapshot(&relayer, owner, owner).await, before, "nothing changed on chain");
}

#[tokio::test]
async fn a_delegate_signs_for_the_owner_within_its_scope_until_revoked() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let owner_vault = devnet.vault(0).await.expect("owner");
    let owner = owner_vault.signer_address().expect("owner");
    let delegate_key = devnet.signer(3);
    let delegate = delegate_key.address();
    let relayer = devnet.vault(1).await.expect("relayer");
    let expiry = owner_vault.chain_time().await.expect("time") + 86_400;
    owner_vault.grant_delegate(delegate, Scope::WRITE, expiry).await.expect("grant");

    let sign = |ops: Vec<Operation>| {
        let relayer = relayer.clone();
        let key = delegate_key.clone();
        async move {
            let deadline = deadline(&relayer).await;
            let unsigned = relayer
                .prepare_batch(owner, &ops, SeqCheck::Any, delegate, deadline)
                .await
                .expect("prepare");
            unsigned.sign(&key).await.expect("sign")
        }
    };

    let ops = writes(4, 2);
    let receipt = relayer.relay(&sign(ops.clone()).await).await.expect("delegate-signed");
    assert_eq!(receipt.seq, 2);
    let log = relayer.fetch_log(owner).await.expect("log");
    assert_eq!(log.records().len(), 2);
    assert_eq!(relayer.nonce(delegate).await.expect("nonce"), U256::from(1));
    assert_eq!(relayer.nonce(owner).await.expect("nonce"), U256::ZERO, "the owner's is untouched");

    // A delete needs the delete scope.
    let before = snapshot(&relayer, owner, delegate).await;
    let err = relayer
        .relay(&sign(vec![Operation::delete(id(4, 0), 2)]).await)
        .await
        .expect_err("no delete scope");
    assert!(
        matches!(vault_revert(&err), MemoryVaultErrors::VaultScopeNotGranted(e)
            if e.delegate == delegate && e.required == Scope::DELETE.bits()
                && e.granted == Scope::WRITE.bits()),
        "{err}"
    );
    assert_eq!(snapshot(&relayer, owner, delegate).await, before);

    // Signed while the grant held, submitted after the owner revoked it.
    let pending = sign(writes(5, 1)).await;
    owner_vault.revoke_delegate(delegate).await.expect("revoke");
    let err = relayer.relay(&pending).await.expect_err("revoked");
    assert!(
        matches!(vault_revert(&err), MemoryVaultErrors::VaultNotDelegate(e)
            if e.owner == owner && e.delegate == delegate),
        "{err}"
    );
    assert_eq!(relayer.log_state(owner).await.expect("state"), before.0);
}

#[tokio::test]
async fn a_safe_signs_through_erc1271_and_delegates_by_signature() {
    let devnet = Devnet::spawn().await.expect("devnet");
    let deployer = devnet.vault(9).await.expect("deployer");
    let safe = Safe::deploy(
        deployer.provider(),
        vec![devnet.signer(4), devnet.signer(5), devnet.signer(6)],
        2,
    )
    .await;
    let stranger = devnet.signer(8);
    let relayer = devnet.vault(7).await.expect("relayer");
    let (o0, o1, o2) = (&safe.owners[0], &safe.owners[1], &safe.owners[2]);

    let ops = writes(6, 3);
    let unsigned = relayer
        .prepare_batch(
            safe.address,
            &ops,
            SeqCheck::Exactly(0),
            safe.address,
            deadline(&relayer).await,
        )
        .await
        .expect("prepare");
    let digest = unsigned.digest();
    let before = snapshot(&relayer, safe.address, safe.address).await;
    let assert_invalid = |err: VaultError| {
        assert!(
            matches!(vault_revert(&err), MemoryVaultErrors::VaultInvalidSignature(e)
                if e.signer == safe.address),
            "{err}"
        );
    };

    // Below the threshold, a non-owner among the signers, or the owners signing the vault's
    // digest directly instead of the Safe's message: the Safe says no.
    let one = unsigned.clone().with_signature(safe.sign(digest, &[o0]));
    assert_invalid(relayer.relay(&one).await.expect_err("one of two"));
    let with_stranger = unsigned.clone().with_signature(safe.sign(digest, &[o0, &stranger]));
    assert_invalid(relayer.relay(&with_stranger).await.expect_err("a stranger"));
    let mut raw = o0.sign_hash_sync(&digest).expect("sign").as_bytes().to_vec();
    raw.extend_from_slice(&o1.sign_hash_sync(&digest).expect("sign").as_bytes());
    assert_invalid(relayer.relay(&unsigned.clone().with_signature(raw)).await.expect_err("raw"));
    // Two owners, but over the message of another chain.
    let mut elsewhere = unsigned.clone();
    elsewhere.chain_id += 1;
    let foreign = unsigned.clone().with_signature(safe.sign(elsewhere.digest(), &[o0, o1]));
    assert_invalid(relayer.relay(&foreign).await.expect_err("another chain"));
    assert_eq!(snapshot(&relayer, safe.address, safe.address).await, before);

    // Two of three owners: the Safe's log grows, and the relayer paid.
    let signed = unsigned.clone().with_signature(safe.sign(digest, &[o0, o2]));
    let receipt = relayer.relay(&signed).await.expect("relay for the Safe");
    assert_eq!(receipt.seq, 3);
    let log = relayer.fetch_log(safe.address).await.expect("the Safe's log");
    assert_eq!(log.entries().iter().map(|e| e.op.clone()).collect::<Vec<_>>(), ops);
    let err = relayer.relay(&signed).await.expect_err("replay");
    assert!(matches!(vault_revert(&err), MemoryVaultErrors::InvalidAccountNonce(_)), "{err}");

    // The Safe grants a tool the right to write and delete, by its owners' signatures.
    let tool = devnet.vault(3).await.expect("tool");
    let tool_address = tool.signer_address().expect("tool address");
    let expiry = relayer.chain_time().await.expect("time") + 86_400;
    let grant = relayer
        .prepare_delegation(
            safe.address,
            DelegationChange::Grant { delegate: tool_address, scope: Scope::READ_WRITE, expiry },
            deadline(&relayer).await,
        )
        .await
        .expect("prepare grant");
    let below = grant.clone().with_signature(safe.sign(grant.digest(), &[o1]));
    let err = relayer.relay_delegation(&below).await.expect_err("one of two");
    assert_invalid(err);
    let signed_grant = grant.clone().with_signature(safe.sign(grant.digest(), &[o1, o2]));
    relayer.relay_delegation(&signed_grant).await.expect("grant by the Safe");
    let held = relayer.delegation(safe.address, tool_address).await.expect("read").expect("held");
    assert_eq!((held.scope, held.expiry), (Scope::READ_WRITE, expiry));
    let receipt = tool
        .apply_batch_for(safe.address, &[Operation::delete(id(6, 0), 2)], SeqCheck::Exactly(3))
        .await
        .expect("the tool deletes for the Safe");
    assert_eq!(receipt.seq, 4);
}
