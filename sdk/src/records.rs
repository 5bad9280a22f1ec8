//! Sealed records in every storage mode: sealing plaintext into the vault operation that writes
//! it, fetching a stored envelope back (from the event, a blob store or contract code, each
//! checked against the hash the log committed to), and opening it. [`SealedVault`] and the
//! memory client share these.
//!
//! [`SealedVault`]: crate::SealedVault

use std::sync::Arc;

use alloy::primitives::{Address, B256, keccak256};
use zeroize::Zeroizing;

use crate::blob::{BlobRouter, BlobStore, fetch_verified};
use crate::cache::LogCache;
use crate::envelope::{self, EnvelopeInfo, RecordContext, StorageMode};
use crate::error::{Error, Result};
use crate::keys::{KeyCheck, KeyEpoch, Keyring};
use crate::vault::{MAX_CODE_CIPHERTEXT, Operation, Payload, SeqCheck, Vault};

/// Checks every epoch of `keyring` against the key-check value `owner` published on chain, and
/// publishes the values of epochs newer than the chain's, so that a device holding the wrong key
/// stops before it writes.
pub(crate) async fn check_or_publish_keys(
    vault: &Vault,
    owner: Address,
    keyring: &Keyring,
) -> Result<()> {
    let unpublished = check_keys(vault, owner, keyring, &[]).await?;
    publish_keys(vault, owner, keyring, &unpublished).await
}

/// Checks every epoch of `keyring` that `owner` published a key-check value for against it, and
/// returns the epochs newer than the chain's, whose values are still to be published (before
/// the first write under them). Reading needs no transaction, so a new owner can read (an empty
/// memory) without funds.
///
/// `known` holds key-check values the caller read from the chain before (a published value
/// never changes): epochs found there cost no RPC call.
pub(crate) async fn check_keys(
    vault: &Vault,
    owner: Address,
    keyring: &Keyring,
    known: &[(u64, B256)],
) -> Result<Vec<KeyEpoch>> {
    let known_value =
        |epoch: KeyEpoch| known.iter().find(|(e, _)| *e == epoch.get()).map(|(_, value)| *value);
    let mut onchain_epoch = None;
    let mut unpublished = Vec::new();
    for epoch in keyring.epochs() {
        let Some(keys) = keyring.get(epoch) else { continue };
        let published = match known_value(epoch) {
            Some(value) => Some(value),
            None => vault.key_check(owner, epoch.get()).await?,
        };
        if published.is_none() && onchain_epoch.is_none() {
            onchain_epoch = Some(vault.key_epoch(owner).await?);
        }
        let onchain_epoch = onchain_epoch.unwrap_or_default();
        match published {
            Some(published) => keys.verify_key_check(&KeyCheck(published))?,
            None if epoch.get() > onchain_epoch => unpublished.push(epoch),
            // An epoch the owner skipped: nothing was ever sealed under it on chain.
            None => {}
        }
    }
    Ok(unpublished)
}

/// Publishes the key-check values of `epochs` (from [`check_keys`]).
pub(crate) async fn publish_keys(
    vault: &Vault,
    owner: Address,
    keyring: &Keyring,
    epochs: &[KeyEpoch],
) -> Result<()> {
    for epoch in epochs {
        let Some(keys) = keyring.get(*epoch) else { continue };
        let sent = vault.publish_key_check(epoch.get(), keys.key_check().0, SeqCheck::Any);
        if let Err(err) = sent.await {
            // Another process or device of the owner may have published this epoch since it was
            // read (two first commands at once), and this transaction reverted
            // (VaultEpochNotIncreasing): then check against what it published.
            match vault.key_check(owner, epoch.get()).await? {
                Some(published) => keys.verify_key_check(&KeyCheck(published))?,
                None => return Err(err.into()),
            }
        }
    }
    Ok(())
}

/// The storage mode `policy` picks for a plaintext of `len` bytes.
pub(crate) fn mode_for(policy: &StoragePolicy, id: B256, len: usize) -> Result<StorageMode> {
    let sealed_len =
        envelope::sealed_len(len).ok_or(Error::Vault(crate::VaultError::InvalidOperation {
            subject: format!("record {id}"),
            reason: "the plaintext is larger than an envelope can hold",
        }))?;
    Ok(policy.mode_for(sealed_len))
}

/// Seals `plaintext` as version `version` of record `id` under the keyring's newest epoch, puts
/// it in `blobs`' writer for pointer mode, and returns the operation that writes it.
pub(crate) async fn seal(
    keyring: &Keyring,
    id: B256,
    version: u64,
    plaintext: &[u8],
    mode: StorageMode,
    blobs: Option<&BlobRouter>,
) -> Result<Operation> {
    let keys = keyring.latest().ok_or(Error::EmptyKeyring)?;
    let context = RecordContext::new(keyring.scope(), id, version, mode);
    let sealed = envelope::seal(keys, &context, plaintext)?;
    Ok(match mode {
        StorageMode::Inline => Operation::write(id, version, sealed),
        StorageMode::Code => Operation::write_code(id, version, sealed),
        StorageMode::Pointer => {
            let store: &Arc<dyn BlobStore> = blobs.map(BlobRouter::writer).ok_or(Error::Vault(
                crate::VaultError::InvalidOperation {
                    subject: format!("record {id}"),
                    reason: "pointer mode needs a blob store (SealedVaultBuilder::blob_store)",
                },
            ))?;
            let uri = store.put(&sealed).await?;
            Operation::write_pointer(id, version, keccak256(&sealed), uri)
        }
    })
}

/// The envelope a write stored and the mode it was stored in: the event's bytes, a blob (from
/// `cache` if it holds it, else from `blobs`) or contract code (likewise from `cache`, else
/// `eth_getCode`), checked against the committed hash. Fetched ciphertext is kept in `cache`.
pub(crate) async fn stored_envelope(
    payload: &Payload,
    vault: &Vault,
    blobs: Option<&BlobRouter>,
    cache: Option<&LogCache>,
) -> Result<(Zeroizing<Vec<u8>>, StorageMode)> {
    let cached = |hash: B256| -> Result<Option<Vec<u8>>> {
        let Some(cache) = cache else { return Ok(None) };
        Ok(cache.blob(hash)?.filter(|bytes| keccak256(bytes) == hash))
    };
    let keep = |hash: B256, bytes: &[u8]| cache.map_or(Ok(()), |c| c.put_blob(hash, bytes));
    match payload {
        Payload::Inline(bytes) => Ok((Zeroizing::new(bytes.to_vec()), StorageMode::Inline)),
        Payload::Pointer { content_hash, uri } => {
            if let Some(bytes) = cached(*content_hash)? {
                return Ok((Zeroizing::new(bytes), StorageMode::Pointer));
            }
            let unsupported = || crate::blob::BlobError::UnsupportedUri { uri: uri.clone() };
            let store = blobs.ok_or_else(unsupported)?;
            let blob = fetch_verified(store, uri, *content_hash).await?;
            keep(*content_hash, &blob)?;
            Ok((Zeroizing::new(blob), StorageMode::Pointer))
        }
        Payload::Code { content_hash, pointer } => {
            if let Some(bytes) = cached(*content_hash)? {
                return Ok((Zeroizing::new(bytes), StorageMode::Code));
            }
            let code = vault.read_code(*pointer, *content_hash).await?;
            keep(*content_hash, &code)?;
            Ok((Zeroizing::new(code.to_vec()), StorageMode::Code))
        }
        Payload::NewCode(_) => Err(Error::Vault(crate::VaultError::InvalidOperation {
            subject: "a log entry".into(),
            reason: "a code write that was never applied has no stored envelope",
        })),
    }
}

/// The plaintext of version `version` of record `id`, stored as `bytes` in `mode`. A key-only
/// envelope (from a rotation) names the version holding its body; `body` fetches that version's
/// envelope.
pub(crate) async fn open<F, Fut>(
    keyring: &Keyring,
    id: B256,
    version: u64,
    mode: StorageMode,
    bytes: &[u8],
    body: F,
) -> Result<Zeroizing<Vec<u8>>>
where
    F: FnOnce(u64) -> Fut,
    Fut: std::future::Future<Output = Result<Zeroizing<Vec<u8>>>>,
{
    let context = RecordContext::new(keyring.scope(), id, version, mode);
    match envelope::inspect(bytes)? {
        EnvelopeInfo::Sealed { .. } => Ok(envelope::open(keyring, &context, bytes)?),
        EnvelopeInfo::Rekey { body: body_ref, .. } => {
            let body_bytes = body(body_ref.version).await?;
            Ok(envelope::open_rekeyed(keyring, &context, bytes, &body_bytes)?)
        }
        // A later envelope format than this SDK reads opens as nothing it knows.
        _ => Err(envelope::EnvelopeError::Open.into()),
    }
}

/// [`open`] of a full envelope, which needs nothing but the keys (no earlier version, no
/// waiting): `None` for a key-only envelope, which [`open`] follows to its body.
pub(crate) fn open_sealed(
    keyring: &Keyring,
    id: B256,
    version: u64,
    mode: StorageMode,
    bytes: &[u8],
) -> Option<Result<Zeroizing<Vec<u8>>>> {
    match envelope::inspect(bytes) {
        Ok(EnvelopeInfo::Sealed { .. }) => {
            let context = RecordContext::new(keyring.scope(), id, version, mode);
            Some(envelope::open(keyring, &context, bytes).map_err(Into::into))
        }
        Ok(EnvelopeInfo::Rekey { .. }) => None,
        // A later envelope format than this SDK reads opens as nothing it knows.
        Ok(_) => Some(Err(envelope::EnvelopeError::Open.into())),
        Err(err) => Some(Err(err.into())),
    }
}

/// Which storage mode a sealed record is written in, by its sealed size.
///
/// The default writes every record inline: the chain alone holds it, forever. A pointer
/// threshold sends large records to the blob store (about 40,000 gas whatever the size, but the
/// record is only as durable as the store); a code threshold stores them as contract code, which
/// other contracts can read but costs about five times inline (docs/GAS.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StoragePolicy {
    /// Sealed records longer than this many bytes go to the blob store (needs one).
    pub pointer_above: Option<usize>,
    /// Sealed records longer than this many bytes (and at most 24,575) are stored as code.
    /// The pointer threshold wins where both apply.
    pub code_above: Option<usize>,
}

impl StoragePolicy {
    /// Every record inline (the default).
    pub const INLINE: Self = Self { pointer_above: None, code_above: None };

    /// Records whose sealed envelope is longer than `bytes` go to the blob store.
    pub const fn pointer_above(bytes: usize) -> Self {
        Self { pointer_above: Some(bytes), code_above: None }
    }

    /// The mode for a sealed envelope of `sealed_len` bytes.
    pub fn mode_for(&self, sealed_len: usize) -> StorageMode {
        if self.pointer_above.is_some_and(|t| sealed_len > t) {
            StorageMode::Pointer
        } else if self.code_above.is_some_and(|t| sealed_len > t)
            && sealed_len <= MAX_CODE_CIPHERTEXT
        {
            StorageMode::Code
        } else {
            StorageMode::Inline
        }
    }
}
