//! The vault as its owner sees it: every record sealed on write, opened and checked on read.

use alloy::primitives::{Address, B256};
use zeroize::Zeroizing;

use crate::envelope::{self, EnvelopeInfo, RecordContext, StorageMode};
use crate::error::{Error, Result};
use crate::keys::{EpochKeys, EpochRoot, KeyCheck, KeyScope, Keyring};
use crate::vault::{LogEntry, Operation, Payload, SeqCheck, Vault, VerifiedLog, WriteReceipt};

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

impl SealedVault {
    /// Opens the signer's records with `keyring`.
    ///
    /// Before anything is written the keyring's newest epoch is checked against the key-check
    /// value the owner published on chain: a wrong wallet, a mistyped mnemonic or a
    /// non-deterministic signer is refused here ([`crate::keys::KeyError::KeyCheckMismatch`])
    /// instead of writing records that the owner's other devices cannot open. If no value was
    /// published for that epoch yet (a new owner, or a rotation), it is published now.
    pub async fn open(vault: Vault, keyring: Keyring) -> Result<Self> {
        let owner = vault.signer_address()?;
        let scope = KeyScope { chain_id: vault.chain_id(), vault: vault.address(), owner };
        if *keyring.scope() != scope {
            return Err(crate::keys::KeyError::ScopeMismatch.into());
        }
        if keyring.latest().is_none() {
            return Err(Error::EmptyKeyring);
        }
        let sealed = Self { vault, keyring, owner };
        sealed.check_or_publish_keys().await?;
        Ok(sealed)
    }

    async fn check_or_publish_keys(&self) -> Result<()> {
        let onchain_epoch = self.vault.key_epoch(self.owner).await?;
        for epoch in self.keyring.epochs() {
            let Some(keys) = self.keyring.get(epoch) else { continue };
            match self.vault.key_check(self.owner, epoch.get()).await? {
                Some(published) => keys.verify_key_check(&KeyCheck(published))?,
                None if epoch.get() > onchain_epoch => {
                    self.vault
                        .publish_key_check(epoch.get(), keys.key_check().0, SeqCheck::Any)
                        .await?;
                }
                // An epoch the owner skipped: nothing was ever sealed under it on chain.
                None => {}
            }
        }
        Ok(())
    }

    /// The underlying vault client.
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// The owner whose records these are.
    pub fn owner(&self) -> Address {
        self.owner
    }

    fn latest_keys(&self) -> Result<&EpochKeys> {
        self.keyring.latest().ok_or(Error::EmptyKeyring)
    }

    fn context(&self, id: B256, version: u64) -> RecordContext {
        RecordContext::new(self.keyring.scope(), id, version, StorageMode::Inline)
    }

    /// The opaque id and latest entry of the record named `name`, if it was ever written.
    fn find<'a>(&self, log: &'a VerifiedLog, name: &[u8]) -> Option<(B256, &'a LogEntry)> {
        self.keyring.record_ids(name).find_map(|(_, id)| {
            log.entries().iter().rev().find(|e| e.op.id() == Some(id)).map(|e| (id, e))
        })
    }

    /// The opaque id and the version the next write of `name` creates: the next version of an
    /// existing record, or version 1 under the newest epoch's id key.
    fn next_version(&self, log: &VerifiedLog, name: &[u8]) -> Result<(B256, u64, bool)> {
        Ok(match self.find(log, name) {
            Some((id, entry)) => (id, entry.op.version().unwrap_or_default() + 1, true),
            None => (self.latest_keys()?.record_id(name), 1, false),
        })
    }

    fn not_found(&self, name: &[u8]) -> Error {
        let id = self.keyring.latest().map(|k| k.record_id(name)).unwrap_or_default();
        Error::RecordNotFound { owner: self.owner, id }
    }

    /// Seals `plaintext` and writes it as the record named `name`: a new record, or the next
    /// version of an existing one (checked against concurrent writers with the log's sequence
    /// number).
    pub async fn put(&self, name: &[u8], plaintext: &[u8]) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, version, exists) = self.next_version(&log, name)?;
        // Adds cannot conflict; an update must not overtake a concurrent writer.
        let check = if exists { SeqCheck::Exactly(log.checkpoint().seq) } else { SeqCheck::Any };
        let sealed = envelope::seal(self.latest_keys()?, &self.context(id, version), plaintext)?;
        self.vault.write(id, version, sealed, check).await
    }

    /// Writes several new records (or new versions) in one transaction.
    pub async fn put_many(&self, records: &[(&[u8], &[u8])]) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let keys = self.latest_keys()?;
        let mut ops = Vec::with_capacity(records.len());
        for (name, plaintext) in records {
            let (id, version, _) = self.next_version(&log, name)?;
            ops.push(Operation::write(
                id,
                version,
                envelope::seal(keys, &self.context(id, version), plaintext)?,
            ));
        }
        self.vault.apply_batch(&ops, SeqCheck::Exactly(log.checkpoint().seq)).await
    }

    /// Reads and opens the latest version of the record named `name`.
    pub async fn get(&self, name: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, _) = self.find(&log, name).ok_or_else(|| self.not_found(name))?;
        let record = log.record(id)?;
        self.open_version(&log, id, record.version)
    }

    /// Opens every live record of the owner.
    pub async fn records(&self) -> Result<Vec<OpenedRecord>> {
        let log = self.vault.fetch_log(self.owner).await?;
        log.records()
            .into_values()
            .map(|r| {
                let plaintext = self.open_version(&log, r.id, r.version)?;
                Ok(OpenedRecord { id: r.id, version: r.version, plaintext })
            })
            .collect()
    }

    /// Writes a tombstone for the record named `name`.
    pub async fn delete(&self, name: &[u8]) -> Result<WriteReceipt> {
        let log = self.vault.fetch_log(self.owner).await?;
        let (id, entry) = self.find(&log, name).ok_or_else(|| self.not_found(name))?;
        log.record(id)?;
        let version = entry.op.version().unwrap_or_default() + 1;
        self.vault.delete(id, version, SeqCheck::Exactly(log.checkpoint().seq)).await
    }

    /// Rotates to the key epoch of `root` (newer than any held): publishes its key-check value,
    /// then re-keys every live record with a small key-only envelope (no body is re-encrypted).
    /// Records of every epoch stay readable with the keyring. Returns the receipt of the
    /// re-keying batch, or `None` if there was nothing to re-key.
    pub async fn rotate(&mut self, root: &EpochRoot) -> Result<Option<WriteReceipt>> {
        let epoch = root.epoch();
        if self.keyring.latest().is_some_and(|k| k.epoch() >= epoch) {
            return Err(Error::InvalidOperation {
                subject: format!("key epoch {}", epoch.get()),
                reason: "a rotation needs an epoch newer than every epoch held",
            });
        }
        self.keyring.insert(root)?;
        self.check_or_publish_keys().await?;
        let log = self.vault.fetch_log(self.owner).await?;
        let new_keys = self.latest_keys()?;
        let mut ops = Vec::new();
        for record in log.records().into_values() {
            let Payload::Inline(current) = &record.payload else { continue };
            let to = self.context(record.id, record.version + 1);
            let rekeyed = envelope::rewrap(
                &self.keyring,
                &self.context(record.id, record.version),
                current,
                &to,
                new_keys,
            )?;
            ops.push(Operation::write(record.id, to.version, rekeyed));
        }
        if ops.is_empty() {
            return Ok(None);
        }
        let receipt = self.vault.apply_batch(&ops, SeqCheck::Exactly(log.checkpoint().seq)).await?;
        Ok(Some(receipt))
    }

    /// Opens version `version` of record `id`, following a key-only envelope to the body it
    /// re-keys.
    fn open_version(
        &self,
        log: &VerifiedLog,
        id: B256,
        version: u64,
    ) -> Result<Zeroizing<Vec<u8>>> {
        let envelope_at = |version: u64| -> Result<&[u8]> {
            match &log.version(id, version)?.op {
                Operation::Write { payload: Payload::Inline(bytes), .. } => Ok(bytes),
                Operation::Write { payload: Payload::Pointer { .. }, .. } => {
                    Err(Error::InvalidOperation {
                        subject: format!("record {id}"),
                        reason: "pointer records are read through a blob store, not yet supported here",
                    })
                }
                _ => Err(Error::RecordDeleted { owner: self.owner, id, version }),
            }
        };
        let ctx = self.context(id, version);
        let bytes = envelope_at(version)?;
        match envelope::inspect(bytes)? {
            EnvelopeInfo::Sealed { .. } => Ok(envelope::open(&self.keyring, &ctx, bytes)?),
            EnvelopeInfo::Rekey { body, .. } => {
                let body_bytes = envelope_at(body.version)?;
                Ok(envelope::open_rekeyed(&self.keyring, &ctx, bytes, body_bytes)?)
            }
        }
    }
}
