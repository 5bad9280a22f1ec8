//! The vault as its owner sees it: every record sealed on write, opened and checked on read.

use std::sync::Arc;

use alloy::primitives::{Address, B256};
use zeroize::Zeroizing;

use crate::blob::{BlobRouter, BlobStore};
use crate::envelope::{self, RecordContext, StorageMode};
use crate::error::{Error, Result};
use crate::keys::{EpochKeys, EpochRoot, KeyScope, Keyring};
use crate::records::{self, StoragePolicy};
use crate::vault::{
    LogEntry, Operation, Payload, SeqCheck, Vault, VerifiedLog, WriteReceipt, next_version,
};

/// One owner's records, sealed with the owner's keys before they reach the chain.
///
/// Records are named by a logical id (any bytes); on chain they appear under an opaque id, the
/// HMAC of that name under the epoch's id key. Every read replays the owner's log against the
/// on-chain head ([`Vault::fetch_log`]) and opens each envelope with the context it was written
/// in, so a ciphertext moved to another owner, record or version does not open.
#[derive(Debug)]
pub struct SealedVault {
    vault: Vault,
    keyring: Keyring,
    owner: Address,
    policy: StoragePolicy,
    /// Where pointer records are read from (by URI) and written to (the first).
    blobs: Option<BlobRouter>,
}

/// A record opened by its owner.
#[derive(Debug)]
pub struct OpenedRecord {
    /// The opaque on-chain id.
    pub id: B256,
    /// The latest version.
    pub version: u64,
    /// The plaintext, wiped from memory when dropped.
    pub plaintext: Zeroizing<Vec<u8>>,
}

/// How many records one batch of a rotation re-keys (a key-only envelope is about 190 bytes of
/// calldata with its framing: about 38 KB a batch).
pub const ROTATION_BATCH: usize = 200;

/// What [`SealedVault::rotate`] did.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Rotation {
    /// The re-keying batches, in order (none if there was nothing to re-key).
    pub receipts: Vec<WriteReceipt>,
    /// How many records were re-keyed now.
    pub rekeyed: usize,
    /// How many records were under the new epoch already (a resumed rotation, or written since).
    pub already: usize,
    /// The records that could not be re-keyed, and why: they keep their old keys (the epochs
    /// they were written under stay needed to read them).
    pub skipped: Vec<(B256, String)>,
}

/// Builds a [`SealedVault`]: the vault client and the keyring, then optional blob stores and a
/// storage policy; [`open`](Self::open) checks the keys against the chain.
#[must_use = "a builder does nothing until `open`"]
#[derive(Debug)]
pub struct SealedVaultBuilder {
    vault: Vault,
    keyring: Keyring,
    policy: StoragePolicy,
    blobs: Option<BlobRouter>,
}

impl SealedVaultBuilder {
    /// Adds a blob store for pointer records. The first store added is the one new pointer
    /// records are written to; every store is asked, by URI, when reading.
    pub fn blob_store(mut self, store: Arc<dyn BlobStore>) -> Self {
        self.blobs = Some(match self.blobs.take() {
            None => BlobRouter::new(store),
            Some(router) => router.with(store),
        });
        self
    }

    /// Sets the storage policy (default: every record inline).
    pub fn policy(mut self, policy: StoragePolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Opens the signer's records with the keyring.
    ///
    /// Before anything is written the keyring's newest epoch is checked against the key-check
    /// value the owner published on chain: a wrong wallet, a mistyped mnemonic or a
    /// non-deterministic signer is refused here ([`crate::keys::KeyError::KeyCheckMismatch`])
    /// instead of writing records that the owner's other devices cannot open. If no value was
    /// published for that epoch yet (a new owner, or a rotation), it is published now.
    pub async fn open(self) -> Result<SealedVault> {
        let Self { vault, keyring, policy, blobs } = self;
        let owner = vault.signer_address()?;
        let scope = KeyScope { chain_id: vault.chain_id(), vault: vault.address(), owner };
        if *keyring.scope() != scope {
            return Err(crate::keys::KeyError::ScopeMismatch.into());
        }
        if keyring.latest().is_none() {
            return Err(Error::EmptyKeyring);
        }
        let sealed = SealedVault { vault, keyring, owner, policy, blobs };
        sealed.check_or_publish_keys().await?;
        Ok(sealed)
    }
}

impl SealedVault {
    /// Starts building a sealed view of the signer's records in `vault`, sealed and opened with
    /// `keyring` (whose scope must be the vault's chain, address and signer).
    pub fn builder(vault: Vault, keyring: Keyring) -> SealedVaultBuilder {
        SealedVaultBuilder { vault, keyring, policy: StoragePolicy::default(), blobs: None }
    }

    async fn check_or_publish_keys(&self) -> Result<()> {
        records::check_or_publish_keys(&self.vault, self.owner, &self.keyring).await
    }

    /// The storage policy.
    pub fn policy(&self) -> StoragePolicy {
        self.policy
    }

    /// The underlying vault client.
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// The owner whose records these are.
    pub fn owner(&self) -> Address {
        self.owner
    }

    /// The keys this vault seals and opens with (one per epoch held).
    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    fn latest_keys(&self) -> Result<&EpochKeys> {
        self.keyring.latest().ok_or(Error::EmptyKeyring)
    }

    fn context(&self, id: B256, version: u64, mode: StorageMode) -> RecordContext {
        RecordContext::new(self.keyring.scope(), id, version, mode)
    }

    fn blob_store_for(&self, uri: &str) -> Result<&dyn BlobStore> {
        let unsupported = || crate::blob::BlobError::UnsupportedUri { uri: uri.to_owned() };
        Ok(self.blobs.as_ref().ok_or_else(unsupported)?.store_for(uri)?.as_ref())
    }

    /// Seals `plaintext` as version `version` of record `id` in `mode` (or the policy's), puts
    /// it in the blob store for pointer mode, and returns the operation that writes it.
    async fn seal_op(
        &self,
        id: B256,
        version: u64,
        plaintext: &[u8],
        mode: Option<StorageMode>,
    ) -> Result<Operation> {
        let mode = match mode {
            Some(mode) => mode,
            None => records::mode_for(&self.policy, id, plaintext.len())?,
        };
        records::seal(&self.keyring, id, version, plaintext, mode, self.blobs.as_ref()).await
    }

    /// The opaque id and current entry of the record named `name` (the highest version, see
    /// [`takes_over`](crate::vault::takes_over)), if it was ever written.
    fn find<'a>(&self, log: &'a VerifiedLog, name: &[u8]) -> Option<(B256, &'a LogEntry)> {
        self.keyring.record_ids(name).find_map(|(_, id)| log.current(id).map(|e| (id, e)))
    }

    /// The opaque id and the version the next write of `name` creates: the next version of an
    /// existing record, or version 1 under the newest epoch's id key.
    fn next_version(&self, log: &VerifiedLog, name: &[u8]) -> Result<(B256, u64, bool)> {
        Ok(match self.find(log, name) {
            Some((id, entry)) => (id, next_version(entry.op.version().unwrap_or_default()), true),
            None => (self.latest_keys()?.record_id(name), 1, false),
        })
    }

    fn not_found(&self, name: &[u8]) -> Error {
        let id = self.keyring.latest().map(|k| k.record_id(name)).unwrap_or_default();
        Error::Vault(crate::VaultError::RecordNotFound { owner: self.owner, id })
    }

    /// Seals `plaintext` and writes it as the record named `name`, in the policy's storage mode:
    /// a new record, or the next version of an existing one (checked against concurrent writers
    /// with the log's sequence number).
    pub async fn put(&self, name: &[u8], plaintext: &[u8]) -> Result<WriteReceipt> {
        self.put_in(name, plaintext, None).await
    }

    /// [`put`](Self::put) in a chosen storage mode, whatever the policy says.
    pub async fn put_with_mode(
        &self,
        name: &[u8],
        plaintext: &[u8],
        mode: StorageMode,
    ) -> Result<WriteReceipt> {
        self.put_in(name, plaintext, Some(mode)).await
    }

    async fn put_in(
        &self,
        name: &[u8],
        plaintext: &[u8],
        mode: Option<StorageMode>,
    ) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, version, exists) = self.next_version(&log, name)?;
        // Adds cannot conflict; an update must not overtake a concurrent writer.
        let check = if exists { SeqCheck::Exactly(log.checkpoint().seq) } else { SeqCheck::Any };
        let op = self.seal_op(id, version, plaintext, mode).await?;
        Ok(self.vault.apply(&op, check).await?)
    }

    /// Writes several new records (or new versions), each in the policy's storage mode, in one
    /// transaction: all or none. Fails with [`Error::Vault(crate::VaultError::BatchTooLarge)`] before sending if they do
    /// not fit in one transaction.
    pub async fn put_many(&self, records: &[(&[u8], &[u8])]) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let mut ops = Vec::with_capacity(records.len());
        for (name, plaintext) in records {
            let (id, version, _) = self.next_version(&log, name)?;
            ops.push(self.seal_op(id, version, plaintext, None).await?);
        }
        Ok(self.vault.apply_batch(&ops, SeqCheck::Exactly(log.checkpoint().seq)).await?)
    }

    /// Reads and opens the latest version of the record named `name`.
    pub async fn get(&self, name: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, _) = self.find(&log, name).ok_or_else(|| self.not_found(name))?;
        let record = log.record(id)?;
        self.open_version(&log, id, record.version).await
    }

    /// Opens every live record of the owner.
    pub async fn records(&self) -> Result<Vec<OpenedRecord>> {
        let log = self.vault.fetch_log(self.owner).await?;
        let mut opened = Vec::new();
        for r in log.records().into_values() {
            let plaintext = self.open_version(&log, r.id, r.version).await?;
            opened.push(OpenedRecord { id: r.id, version: r.version, plaintext });
        }
        Ok(opened)
    }

    /// Writes a tombstone for the record named `name`. Its earlier versions stay in the log (and,
    /// for inline and code records, on chain forever); see [`erase`](Self::erase) for pointer
    /// records.
    pub async fn delete(&self, name: &[u8]) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, entry) = self.find(&log, name).ok_or_else(|| self.not_found(name))?;
        log.record(id)?;
        let version = next_version(entry.op.version().unwrap_or_default());
        Ok(self.vault.delete(id, version, SeqCheck::Exactly(log.checkpoint().seq)).await?)
    }

    /// Deletes the record named `name` and then erases the off-chain blob of every version of it
    /// that was written in pointer mode: real erasure of those copies (a file removed, an HTTP
    /// `DELETE`, an IPFS unpin, which cannot recall copies other IPFS nodes made). Inline and
    /// code versions cannot be erased from the chain; they stay sealed under the owner's keys.
    /// Returns the tombstone's receipt and the URIs erased.
    pub async fn erase(&self, name: &[u8]) -> Result<(WriteReceipt, Vec<String>)> {
        let receipt = self.delete(name).await?;
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, _) = self.find(&log, name).ok_or_else(|| self.not_found(name))?;
        let mut erased = Vec::new();
        for entry in log.history(id)? {
            if let Operation::Write { payload: Payload::Pointer { uri, .. }, .. } = &entry.op {
                if erased.contains(uri) {
                    continue;
                }
                match self.blob_store_for(uri)?.delete(uri).await {
                    Ok(()) | Err(crate::blob::BlobError::NotFound { .. }) => {
                        erased.push(uri.clone())
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Ok((receipt, erased))
    }

    /// Rotates to the key epoch of `root`: publishes its key-check value, then re-keys every
    /// live record that is not under that epoch yet with a small key-only envelope (no body is
    /// re-encrypted), in batches of at most [`ROTATION_BATCH`] records. Records of every epoch
    /// stay readable with the keyring.
    ///
    /// A rotation finishes whatever it meets: a record that cannot be re-keyed (it does not
    /// open, its blob is out of reach) is skipped and reported, and keeps its old keys. It can be
    /// resumed: rotating again to the same epoch (with the same root) re-keys what is left,
    /// skipping records already under it.
    ///
    /// # Errors
    ///
    /// [`Error::Vault(crate::VaultError::InvalidOperation)`] for an epoch older than one held; a conflicting root for a
    /// held epoch; write errors (the batches written before stay: rotate again to finish).
    pub async fn rotate(&mut self, root: &EpochRoot) -> Result<Rotation> {
        let epoch = root.epoch();
        if self.keyring.latest().is_some_and(|k| k.epoch() > epoch) {
            return Err(Error::Vault(crate::VaultError::InvalidOperation {
                subject: format!("key epoch {}", epoch.get()),
                reason: "a rotation needs an epoch no older than every epoch held",
            }));
        }
        self.keyring.insert(root)?;
        self.check_or_publish_keys().await?;
        let log = self.vault.fetch_log(self.owner).await?;
        let new_keys = self.latest_keys()?;
        let mut rotation = Rotation::default();
        let mut ops = Vec::new();
        for record in log.records().into_values() {
            let rekeyed = async {
                let (current, mode) = self.envelope_at(&log, record.id, record.version).await?;
                let held = match envelope::inspect(&current)? {
                    envelope::EnvelopeInfo::Sealed { epoch, .. }
                    | envelope::EnvelopeInfo::Rekey { epoch, .. } => epoch,
                    _ => return Err(envelope::EnvelopeError::Open.into()),
                };
                if held >= epoch {
                    return Ok(None);
                }
                // The key-only envelope is small: always inline.
                let to = self.context(record.id, next_version(record.version), StorageMode::Inline);
                let rekeyed = envelope::rewrap(
                    &self.keyring,
                    &self.context(record.id, record.version, mode),
                    &current,
                    &to,
                    new_keys,
                )?;
                Ok::<_, Error>(Some(Operation::write(record.id, to.version, rekeyed)))
            };
            match rekeyed.await {
                Ok(Some(op)) => ops.push(op),
                Ok(None) => rotation.already += 1,
                Err(err) => rotation.skipped.push((record.id, err.to_string())),
            }
        }
        let mut seq = log.checkpoint().seq;
        for batch in ops.chunks(ROTATION_BATCH) {
            let receipt = self.vault.apply_batch(batch, SeqCheck::Exactly(seq)).await?;
            seq = receipt.seq;
            rotation.rekeyed += batch.len();
            rotation.receipts.push(receipt);
        }
        Ok(rotation)
    }

    /// The stored envelope of version `version` of record `id` and the mode it was written in,
    /// checked against the hash the log committed to.
    async fn envelope_at(
        &self,
        log: &VerifiedLog,
        id: B256,
        version: u64,
    ) -> Result<(Zeroizing<Vec<u8>>, StorageMode)> {
        match &log.version(id, version)?.op {
            Operation::Write { payload, .. } => {
                records::stored_envelope(payload, &self.vault, self.blobs.as_ref(), None).await
            }
            _ => Err(Error::Vault(crate::VaultError::RecordDeleted {
                owner: self.owner,
                id,
                version,
            })),
        }
    }

    /// Opens version `version` of record `id`, following a key-only envelope to the body it
    /// re-keys.
    async fn open_version(
        &self,
        log: &VerifiedLog,
        id: B256,
        version: u64,
    ) -> Result<Zeroizing<Vec<u8>>> {
        let (bytes, mode) = self.envelope_at(log, id, version).await?;
        records::open(&self.keyring, id, version, mode, &bytes, |body| async move {
            Ok(self.envelope_at(log, id, body).await?.0)
        })
        .await
    }
}
