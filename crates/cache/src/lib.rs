//! The local cache: the part of an owner's log this device has verified, and where it stopped.
//!
//! A [`LogCache`] is a SQLite file holding, for one owner of one vault on one chain, every log
//! entry up to a [`Checkpoint`], ciphertext included, and the ciphertext of pointer and code
//! records fetched so far. It holds **no plaintext**: a device decrypts in memory. The chain is
//! the source of truth: entries are stored only after they were verified against the on-chain
//! head, a cache whose entries do not hash to its own checkpoint is rebuilt from the chain, and
//! a file that is not a cache (or is damaged) is moved aside and replaced, so a lost or corrupt
//! cache costs a re-sync and nothing else.
//!
//! Several processes may use one cache file at once (a CLI and an MCP server): SQLite's
//! write-ahead log lets readers and one writer work concurrently, each write is one transaction,
//! entries are keyed by sequence number (a second writer of the same verified entry changes
//! nothing), and the checkpoint only moves forward.

use std::path::{Path, PathBuf};
use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use memsync_crypto::keys::KeyScope;
use memsync_vault::{Checkpoint, FetchResume, LogEntry, Operation, Payload, next_head};

mod error;

pub use error::CacheError;

/// A `Result` whose error is the cache's [`CacheError`].
pub type Result<T, E = CacheError> = std::result::Result<T, E>;

/// The cache's schema version; a file written by a newer SDK is refused, not rewritten. Version
/// 1 (before block hashes, the final checkpoint, staging and the outbox) is upgraded by
/// forgetting its entries: the chain restores them.
const SCHEMA_VERSION: i64 = 2;
/// What marks a file as a MemSync cache (SQLite's `application_id`: "MSYC").
const APPLICATION_ID: i64 = 0x4d53_5943;
/// How long a write waits for another process's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

// Operation kinds as stored (the vault's `OpKind` values and the key-check tag).
const KIND_INLINE: i64 = 0;
const KIND_POINTER: i64 = 1;
const KIND_DELETE: i64 = 2;
const KIND_CODE: i64 = 3;
const KIND_KEY_CHECK: i64 = 16;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS scope (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id INTEGER NOT NULL,
    vault BLOB NOT NULL,
    owner BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    head BLOB NOT NULL,
    block INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY,
    block INTEGER NOT NULL,
    prev_block INTEGER NOT NULL,
    tx_hash BLOB,
    kind INTEGER NOT NULL,
    record_id BLOB,
    version INTEGER NOT NULL,
    data BLOB,
    content_hash BLOB,
    location TEXT,
    block_hash BLOB
);
CREATE INDEX IF NOT EXISTS entries_by_record ON entries (record_id, seq);
CREATE TABLE IF NOT EXISTS blobs (
    content_hash BLOB PRIMARY KEY,
    data BLOB NOT NULL
);
";

/// What schema 2 adds: where entries become final, a fetch in progress, and the outbox.
/// Own transactions are looked up in the log by hash at every write and sync (the outbox): an
/// index, not a scan of every cached ciphertext.
const ENTRIES_BY_TX: &str = "CREATE INDEX IF NOT EXISTS entries_by_tx ON entries (tx_hash);";

const SCHEMA_2: &str = "
CREATE TABLE IF NOT EXISTS final_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    head BLOB NOT NULL,
    block INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS staged (
    seq INTEGER PRIMARY KEY,
    block INTEGER NOT NULL,
    prev_block INTEGER NOT NULL,
    tx_hash BLOB,
    kind INTEGER NOT NULL,
    record_id BLOB,
    version INTEGER NOT NULL,
    data BLOB,
    content_hash BLOB,
    location TEXT,
    block_hash BLOB
);
CREATE TABLE IF NOT EXISTS staging (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    base_seq INTEGER NOT NULL,
    target_seq INTEGER NOT NULL,
    target_head BLOB NOT NULL,
    target_block INTEGER NOT NULL,
    pin_block INTEGER NOT NULL,
    pin_hash BLOB NOT NULL,
    resume_kind INTEGER NOT NULL,
    resume_a INTEGER NOT NULL,
    resume_b INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    tx_hash BLOB PRIMARY KEY,
    sender BLOB NOT NULL,
    nonce INTEGER NOT NULL,
    raw BLOB NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
);
";

/// The columns of an entry row, in the order [`LogCache::entry_from_row`] reads them.
const ENTRY_COLUMNS: &str = "seq, block, prev_block, tx_hash, kind, record_id, version, data, \
                             content_hash, location, block_hash";

/// How [`LogCache::open`] found the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheOpened {
    /// There was no cache: a new, empty one was created.
    Created,
    /// An existing cache of this scope.
    Existing,
    /// The file was damaged or not a MemSync cache; it was moved to `moved_to` and an empty cache
    /// took its place (everything comes back from the chain).
    Replaced {
        /// Where the old file went.
        moved_to: PathBuf,
        /// What was wrong with it.
        reason: String,
    },
}

/// What [`LogCache::replay_page`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReplayedPage {
    /// The checkpoint the page's entries reach.
    pub reached: Checkpoint,
    /// Whether the page ends at the cache's checkpoint (and was checked against it).
    pub done: bool,
}

/// A fetch an earlier sync did not finish: entries fetched towards `target` (the log state at
/// the pinned block), kept so the next sync goes on from where it stopped. Not verified yet.
#[derive(Clone, Debug)]
pub struct Staged {
    /// The sequence number the fetch started after.
    pub base_seq: u64,
    /// The log state it fetches towards.
    pub target: Checkpoint,
    /// The block that state was read at.
    pub pinned_block: u64,
    /// That block's hash: if it is no longer part of the chain, the staged entries are dropped.
    pub pinned_hash: B256,
    /// Where to go on.
    pub resume: FetchResume,
    /// The entries in hand, in sequence order.
    pub entries: Vec<LogEntry>,
}

/// A transaction this device signed whose entries are not known to be final yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxTx {
    /// The signed transaction.
    pub tx: memsync_vault::SignedTx,
    /// The node never took it, and its content was signed again in another transaction.
    pub superseded: bool,
    /// It was sent, and its nonce was later found used with no receipt for it: it landed
    /// (and the RPC does not show it yet) or another transaction displaced it.
    pub displaced: bool,
    /// Its entries were seen in the verified log ([`LogCache::outbox_mark_landed`]): if it is
    /// later found mined without them (dropped by a reorg, then mined again where its sequence
    /// check no longer held), what it wrote must be written again.
    pub landed: bool,
    /// When it was signed (unix seconds).
    pub created: u64,
}

/// The verified part of one owner's log, on disk (or in memory).
#[derive(Debug)]
pub struct LogCache {
    /// Behind a mutex so that a `&LogCache` can be held across an `.await` in a `Send` future
    /// (rusqlite's connection is `Send` but not `Sync`). Every method takes it briefly.
    conn: std::sync::Mutex<Connection>,
    path: Option<PathBuf>,
    /// The name of an in-memory cache's database.
    memory_uri: Option<String>,
    scope: KeyScope,
}

impl LogCache {
    /// The connection, for the length of one statement or transaction.
    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while the lock was held cannot leave SQLite half-written (its own
        // transactions roll back), so a poisoned lock is still a usable connection.
        self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens the cache at `path` for `scope`, creating it if it does not exist.
    ///
    /// # Errors
    ///
    /// [`CacheError::ScopeMismatch`] if the file is the cache of another chain, vault or owner
    /// (it is left untouched: point the client at the right file, or at a new path);
    /// [`CacheError::Failed`] if it cannot be created or read. A damaged file, or one that is not a
    /// MemSync cache, is moved aside and replaced ([`CacheOpened::Replaced`]).
    pub fn open(path: impl AsRef<Path>, scope: KeyScope) -> Result<(Self, CacheOpened)> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| cache_error(path, e))?;
        }
        let existed = path.exists();
        match Self::open_file(path, scope) {
            Ok(cache) => {
                Ok((cache, if existed { CacheOpened::Existing } else { CacheOpened::Created }))
            }
            Err(CacheError::Damaged { reason, .. }) => {
                let moved_to = move_aside(path)?;
                let cache = Self::open_file(path, scope)?;
                Ok((cache, CacheOpened::Replaced { moved_to, reason }))
            }
            Err(other) => Err(other),
        }
    }

    /// A cache that lives in memory only, for clients that keep nothing on disk.
    pub fn in_memory(scope: KeyScope) -> Result<Self> {
        // A named in-memory database, so that the outbox journal can open a second connection
        // to it; it lives as long as one connection does.
        let mut name = [0u8; 16];
        rand_core::TryRngCore::try_fill_bytes(&mut rand_core::OsRng, &mut name)
            .map_err(|e| CacheError::Failed { path: None, reason: e.to_string() })?;
        let uri = format!("file:memsync-{}?mode=memory&cache=shared", alloy::hex::encode(name));
        let conn =
            Connection::open_with_flags(&uri, memory_flags()).map_err(|e| sql_error(None, e))?;
        let cache =
            Self { conn: std::sync::Mutex::new(conn), path: None, memory_uri: Some(uri), scope };
        cache.init()?;
        Ok(cache)
    }

    /// A journal that records this device's signed transactions in the cache's outbox, on a
    /// connection of its own (it is written while a write holds the client's lock).
    pub fn journal(&self) -> Result<std::sync::Arc<dyn memsync_vault::TxJournal>> {
        let conn = match (&self.path, &self.memory_uri) {
            (Some(path), _) => {
                let conn = Connection::open(path).map_err(|e| self.sql(e))?;
                conn.busy_timeout(BUSY_TIMEOUT).map_err(|e| self.sql(e))?;
                conn
            }
            (None, Some(uri)) => {
                Connection::open_with_flags(uri, memory_flags()).map_err(|e| self.sql(e))?
            }
            (None, None) => return Err(self.damaged("an in-memory cache without a name")),
        };
        Ok(std::sync::Arc::new(OutboxJournal {
            conn: std::sync::Mutex::new(conn),
            path: self.path.clone(),
        }))
    }

    fn open_file(path: &Path, scope: KeyScope) -> Result<Self> {
        let conn = Connection::open(path).map_err(|e| sql_error(Some(path), e))?;
        let cache = Self {
            conn: std::sync::Mutex::new(conn),
            path: Some(path.to_owned()),
            memory_uri: None,
            scope,
        };
        cache.conn().busy_timeout(BUSY_TIMEOUT).map_err(|e| cache.sql(e))?;
        // WAL lets a CLI read while an MCP server writes; NORMAL is durable across process
        // crashes (a power cut may lose the last sync, which the chain restores).
        cache.use_wal()?;
        cache.conn().pragma_update(None, "synchronous", "NORMAL").map_err(|e| cache.sql(e))?;
        cache.check_integrity()?;
        cache.init()?;
        Ok(cache)
    }

    /// Creates the schema in an empty database, then checks that the database is a MemSync
    /// cache of a version this SDK reads, for this scope.
    fn init(&self) -> Result<()> {
        self.create_if_empty()?;
        let application_id: i64 = self
            .conn()
            .pragma_query_value(None, "application_id", |row| row.get(0))
            .map_err(|e| self.damaged_or(e))?;
        let user_version: i64 = self
            .conn()
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.damaged_or(e))?;
        if application_id != APPLICATION_ID {
            return Err(self.damaged("the file is a SQLite database but not a MemSync cache"));
        }
        if user_version > SCHEMA_VERSION {
            return Err(CacheError::Failed {
                path: self.path.clone(),
                reason: format!(
                    "the cache was written by a newer MemSync (schema {user_version}, this one \
                     reads {SCHEMA_VERSION}); upgrade, or use another cache path"
                ),
            });
        }
        if user_version < SCHEMA_VERSION {
            self.upgrade()?;
        }
        // A schema-2 cache from before the index gets it once (a no-op once it exists).
        self.conn().execute_batch(ENTRIES_BY_TX).map_err(|e| self.damaged_or(e))?;
        let stored = self
            .conn()
            .query_row("SELECT chain_id, vault, owner FROM scope WHERE id = 1", [], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, Vec<u8>>(2)?))
            })
            .optional()
            .map_err(|e| self.damaged_or(e))?
            .ok_or_else(|| self.damaged("the cache names no chain, vault and owner"))?;
        let found = KeyScope {
            chain_id: stored.0 as u64,
            vault: address(&stored.1).ok_or_else(|| self.damaged("a malformed vault address"))?,
            owner: address(&stored.2).ok_or_else(|| self.damaged("a malformed owner address"))?,
        };
        if found != self.scope {
            return Err(CacheError::ScopeMismatch {
                path: self.path.clone(),
                expected: self.scope,
                found,
            });
        }
        Ok(())
    }

    /// Brings a schema-1 cache to schema 2: its entries carry no block hashes, so they are
    /// forgotten (the next sync restores them from the chain) and the new tables are made.
    fn upgrade(&self) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.damaged_or(e))?;
        let version: i64 = tx
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.damaged_or(e))?;
        if version < SCHEMA_VERSION {
            tx.execute_batch(
                "ALTER TABLE entries ADD COLUMN block_hash BLOB; DELETE FROM entries; \
                 DELETE FROM checkpoint;",
            )
            .map_err(|e| self.damaged_or(e))?;
            tx.execute_batch(SCHEMA_2).map_err(|e| self.damaged_or(e))?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION).map_err(|e| self.sql(e))?;
        }
        tx.commit().map_err(|e| self.sql(e))
    }

    /// Reads every page of the file (SQLite's `quick_check`): a file with damaged pages is
    /// refused as [`CacheError::Damaged`], so it is moved aside and rebuilt instead of failing
    /// later, one command at a time.
    fn check_integrity(&self) -> Result<()> {
        let verdict: String = self
            .conn()
            .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
            .map_err(|e| self.damaged_or(e))?;
        if verdict != "ok" {
            return Err(self.damaged(&format!("SQLite's integrity check failed: {verdict}")));
        }
        Ok(())
    }

    /// Switches the file to write-ahead logging. While another process holds the file (two
    /// processes opening a new cache at the same moment) SQLite refuses the switch at once,
    /// without waiting out the busy timeout, so the switch is retried here.
    fn use_wal(&self) -> Result<()> {
        use rusqlite::ffi::ErrorCode;
        let start = std::time::Instant::now();
        loop {
            match self.conn().pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => return Ok(()),
                Err(err)
                    if matches!(
                        err.sqlite_error_code(),
                        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                    ) && start.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(err) => return Err(self.damaged_or(err)),
            }
        }
    }

    /// Creates the schema and records the scope if the database is empty. Another process may
    /// be creating the same new file at the same moment: an empty database is looked at again
    /// under the write lock, so one process creates it and the other finds it made.
    fn create_if_empty(&self) -> Result<()> {
        let tables = |conn: &Connection| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0))
                .map_err(|e| self.damaged_or(e))
        };
        let conn = self.conn();
        if tables(&conn)? > 0 {
            return Ok(());
        }
        let tx = rusqlite::Transaction::new_unchecked(&conn, TransactionBehavior::Immediate)
            .map_err(|e| self.damaged_or(e))?;
        if tables(&tx)? > 0 {
            return Ok(());
        }
        tx.execute_batch(SCHEMA).map_err(|e| self.sql(e))?;
        tx.execute_batch(SCHEMA_2).map_err(|e| self.sql(e))?;
        tx.execute_batch(ENTRIES_BY_TX).map_err(|e| self.sql(e))?;
        tx.pragma_update(None, "application_id", APPLICATION_ID).map_err(|e| self.sql(e))?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION).map_err(|e| self.sql(e))?;
        tx.execute(
            "INSERT INTO scope (id, chain_id, vault, owner) VALUES (1, ?1, ?2, ?3)",
            params![
                self.scope.chain_id as i64,
                self.scope.vault.as_slice(),
                self.scope.owner.as_slice()
            ],
        )
        .map_err(|e| self.sql(e))?;
        tx.commit().map_err(|e| self.sql(e))
    }

    /// The file, or `None` for an in-memory cache.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The chain, vault and owner this cache belongs to.
    pub fn scope(&self) -> KeyScope {
        self.scope
    }

    /// How far the cached log reaches (the default checkpoint when it is empty).
    pub fn checkpoint(&self) -> Result<Checkpoint> {
        let row = self
            .conn()
            .query_row("SELECT seq, head, block FROM checkpoint WHERE id = 1", [], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, i64>(2)?))
            })
            .optional()
            .map_err(|e| self.damaged_or(e))?;
        match row {
            None => Ok(Checkpoint::default()),
            Some((seq, head, block)) => Ok(Checkpoint {
                seq: seq as u64,
                head: b256(&head).ok_or_else(|| self.damaged("a malformed checkpoint head"))?,
                block: block as u64,
            }),
        }
    }

    /// Calls `visit` with every cached entry after `from.seq` up to the cache's checkpoint, in
    /// order, re-verifying their hash chain from `from` as it goes, and returns the checkpoint
    /// they reach. Entries are streamed, not collected, so a large log is read in constant memory.
    ///
    /// # Errors
    ///
    /// [`CacheError::Damaged`] if the entries do not continue `from` consecutively or do not hash
    /// to the cache's checkpoint (the caller rebuilds from the chain with [`reset`](Self::reset));
    /// any error `visit` returns.
    pub fn replay(
        &self,
        from: Checkpoint,
        visit: impl FnMut(LogEntry) -> Result<()>,
    ) -> Result<Checkpoint> {
        let page = self.replay_page(from, u64::MAX, visit)?;
        debug_assert!(page.done);
        Ok(page.reached)
    }

    /// [`replay`](Self::replay) of at most `max` entries: the page of the cached log after
    /// `from`, verified to continue it. The last page is also checked against the cache's
    /// checkpoint. Reading a large log page by page keeps only one page in memory.
    pub fn replay_page(
        &self,
        from: Checkpoint,
        max: u64,
        mut visit: impl FnMut(LogEntry) -> Result<()>,
    ) -> Result<ReplayedPage> {
        let target = self.checkpoint()?;
        if target.seq < from.seq {
            return Err(self.damaged("the cache's checkpoint is behind what was read from it"));
        }
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM entries WHERE seq > ?1 AND seq <= ?2 ORDER BY \
                     seq LIMIT ?3"
            ))
            .map_err(|e| self.damaged_or(e))?;
        let limit = i64::try_from(max).unwrap_or(i64::MAX);
        let mut rows = statement
            .query(params![from.seq as i64, target.seq as i64, limit])
            .map_err(|e| self.damaged_or(e))?;
        let (mut head, mut seq, mut block) = (from.head, from.seq, from.block);
        let mut read = 0u64;
        while let Some(row) = rows.next().map_err(|e| self.damaged_or(e))? {
            let entry = self.entry_from_row(row)?;
            if entry.seq != seq + 1 {
                return Err(self.damaged(&format!(
                    "entry {} follows entry {seq}: the cache misses operations",
                    entry.seq
                )));
            }
            let op_hash = entry
                .op
                .op_hash()
                .ok_or_else(|| self.damaged("a code entry without its contract address"))?;
            head = next_head(head, entry.seq, op_hash);
            (seq, block) = (entry.seq, entry.block);
            read += 1;
            visit(entry)?;
        }
        let reached = Checkpoint { seq, head, block };
        if seq < target.seq && read == max {
            return Ok(ReplayedPage { reached, done: false });
        }
        if reached != target {
            return Err(self.damaged(&format!(
                "the cached entries hash to seq {seq} head {head}, not to the cache's checkpoint \
                 (seq {}, head {})",
                target.seq, target.head
            )));
        }
        Ok(ReplayedPage { reached, done: true })
    }

    /// The cached entry `seq`, if any.
    pub fn entry(&self, seq: u64) -> Result<Option<LogEntry>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE seq = ?1"))
            .map_err(|e| self.damaged_or(e))?;
        let mut rows = statement.query(params![seq as i64]).map_err(|e| self.damaged_or(e))?;
        match rows.next().map_err(|e| self.damaged_or(e))? {
            Some(row) => self.entry_from_row(row).map(Some),
            None => Ok(None),
        }
    }

    /// Whether an entry applied by transaction `tx_hash` is cached at or below `seq`.
    pub fn has_entry_of_tx(&self, tx_hash: B256, seq: u64) -> Result<bool> {
        self.conn()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM entries WHERE tx_hash = ?1 AND seq <= ?2)",
                params![tx_hash.as_slice(), i64::try_from(seq).unwrap_or(i64::MAX)],
                |row| row.get(0),
            )
            .map_err(|e| self.damaged_or(e))
    }

    /// Every cached entry of record `id`, oldest first.
    pub fn record_entries(&self, id: B256) -> Result<Vec<LogEntry>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM entries WHERE record_id = ?1 ORDER BY seq"
            ))
            .map_err(|e| self.damaged_or(e))?;
        let mut rows = statement.query(params![id.as_slice()]).map_err(|e| self.damaged_or(e))?;
        let mut entries = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.damaged_or(e))? {
            entries.push(self.entry_from_row(row)?);
        }
        Ok(entries)
    }

    /// Stores verified `entries` (which continue the cache's checkpoint, or repeat entries it
    /// already holds) and moves the checkpoint to `reached`, in one transaction. Entries another
    /// process stored first are left as they are; the checkpoint never moves back here (only
    /// [`rollback_to_final`](Self::rollback_to_final) moves it back). `final_reached`, if given,
    /// is the newest checkpoint among them (or before them) whose block is final.
    pub fn append(
        &mut self,
        entries: &[LogEntry],
        reached: Checkpoint,
        final_reached: Option<Checkpoint>,
    ) -> Result<()> {
        let path = self.path.clone();
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sql_error(path.as_deref(), e))?;
        insert_entries(&tx, "entries", entries).map_err(|e| sql_error(path.as_deref(), e))?;
        tx.execute(
            "INSERT INTO checkpoint (id, seq, head, block) VALUES (1, ?1, ?2, ?3) \
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, head = excluded.head, \
             block = excluded.block WHERE excluded.seq > checkpoint.seq",
            params![reached.seq as i64, reached.head.as_slice(), reached.block as i64],
        )
        .map_err(|e| sql_error(path.as_deref(), e))?;
        if let Some(fin) = final_reached {
            tx.execute(
                "INSERT INTO final_checkpoint (id, seq, head, block) VALUES (1, ?1, ?2, ?3) \
                 ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, head = excluded.head, \
                 block = excluded.block WHERE excluded.seq > final_checkpoint.seq",
                params![fin.seq as i64, fin.head.as_slice(), fin.block as i64],
            )
            .map_err(|e| sql_error(path.as_deref(), e))?;
        }
        tx.commit().map_err(|e| sql_error(path.as_deref(), e))
    }

    /// The hash of the block entry `seq` was found in, as recorded (`None`: no such entry, or
    /// recorded without one).
    pub fn block_hash_of(&self, seq: u64) -> Result<Option<B256>> {
        let hash: Option<Option<Vec<u8>>> = self
            .conn()
            .query_row(
                "SELECT block_hash FROM entries WHERE seq = ?1",
                params![seq as i64],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.damaged_or(e))?;
        Ok(hash.flatten().as_deref().and_then(b256))
    }

    /// The newest checkpoint whose block was final when it was stored (the default checkpoint
    /// when none is): a reorg never reaches behind it.
    pub fn final_checkpoint(&self) -> Result<Checkpoint> {
        let row = self
            .conn()
            .query_row("SELECT seq, head, block FROM final_checkpoint WHERE id = 1", [], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, i64>(2)?))
            })
            .optional()
            .map_err(|e| self.damaged_or(e))?;
        let checkpoint = self.checkpoint()?;
        match row {
            // A final checkpoint is never ahead of the checkpoint (another process may have
            // rolled back past what this one recorded as final: a deeper reorg).
            Some((seq, head, block)) if (seq as u64) <= checkpoint.seq => Ok(Checkpoint {
                seq: seq as u64,
                head: b256(&head).ok_or_else(|| self.damaged("a malformed final checkpoint"))?,
                block: block as u64,
            }),
            _ => Ok(Checkpoint::default()),
        }
    }

    /// Forgets the entries after the final checkpoint (the unconfirmed tail, which a reorg
    /// replaced) and moves the checkpoint back to it; returns it.
    pub fn rollback_to_final(&mut self) -> Result<Checkpoint> {
        let fin = self.final_checkpoint()?;
        let path = self.path.clone();
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sql_error(path.as_deref(), e))?;
        tx.execute("DELETE FROM entries WHERE seq > ?1", params![fin.seq as i64])
            .map_err(|e| sql_error(path.as_deref(), e))?;
        tx.execute("DELETE FROM checkpoint", []).map_err(|e| sql_error(path.as_deref(), e))?;
        if fin.seq > 0 {
            tx.execute(
                "INSERT INTO checkpoint (id, seq, head, block) VALUES (1, ?1, ?2, ?3)",
                params![fin.seq as i64, fin.head.as_slice(), fin.block as i64],
            )
            .map_err(|e| sql_error(path.as_deref(), e))?;
        }
        tx.execute("DELETE FROM staged", []).map_err(|e| sql_error(path.as_deref(), e))?;
        tx.execute("DELETE FROM staging", []).map_err(|e| sql_error(path.as_deref(), e))?;
        tx.commit().map_err(|e| sql_error(path.as_deref(), e))?;
        Ok(fin)
    }

    /// The fetch in progress that an earlier sync left (entries fetched, not yet verified).
    pub fn staged(&self) -> Result<Option<Staged>> {
        let conn = self.conn();
        let row = conn
            .query_row(
                "SELECT base_seq, target_seq, target_head, target_block, pin_block, pin_hash, \
                 resume_kind, resume_a, resume_b FROM staging WHERE id = 1",
                [],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, Vec<u8>>(2)?,
                        row.get::<_, i64>(3)?,
                        row.get::<_, i64>(4)?,
                        row.get::<_, Vec<u8>>(5)?,
                        row.get::<_, i64>(6)?,
                        row.get::<_, i64>(7)?,
                        row.get::<_, i64>(8)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.damaged_or(e))?;
        let Some((base, seq, head, block, pin, pin_hash, kind, a, b)) = row else {
            return Ok(None);
        };
        let malformed = || self.damaged("a malformed staging row");
        let resume = match kind {
            0 => FetchResume::Start,
            1 => FetchResume::Links { want: a as u64, block: b as u64 },
            2 => FetchResume::Ranges { scanned: a as u64 },
            _ => return Err(malformed()),
        };
        let mut statement = conn
            .prepare_cached(&format!("SELECT {ENTRY_COLUMNS} FROM staged ORDER BY seq"))
            .map_err(|e| self.damaged_or(e))?;
        let mut rows = statement.query([]).map_err(|e| self.damaged_or(e))?;
        let mut entries = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.damaged_or(e))? {
            entries.push(self.entry_from_row(row)?);
        }
        Ok(Some(Staged {
            base_seq: base as u64,
            target: Checkpoint {
                seq: seq as u64,
                head: b256(&head).ok_or_else(malformed)?,
                block: block as u64,
            },
            pinned_block: pin as u64,
            pinned_hash: b256(&pin_hash).ok_or_else(malformed)?,
            resume,
            entries,
        }))
    }

    /// Keeps `entries` of a fetch in progress (from `base_seq` towards `target`, read at the
    /// pinned block), and where to resume after them.
    #[allow(clippy::too_many_arguments)]
    pub fn stage(
        &mut self,
        base_seq: u64,
        target: Checkpoint,
        pinned_block: u64,
        pinned_hash: B256,
        resume: FetchResume,
        entries: &[LogEntry],
    ) -> Result<()> {
        let path = self.path.clone();
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| sql_error(path.as_deref(), e))?;
        insert_entries(&tx, "staged", entries).map_err(|e| sql_error(path.as_deref(), e))?;
        let (kind, a, b) = match resume {
            FetchResume::Links { want, block } => (1, want as i64, block as i64),
            FetchResume::Ranges { scanned } => (2, scanned as i64, 0),
            FetchResume::Start => (0, 0, 0),
        };
        tx.execute(
            "INSERT INTO staging (id, base_seq, target_seq, target_head, target_block, \
             pin_block, pin_hash, resume_kind, resume_a, resume_b) \
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET \
             base_seq = excluded.base_seq, target_seq = excluded.target_seq, \
             target_head = excluded.target_head, target_block = excluded.target_block, \
             pin_block = excluded.pin_block, pin_hash = excluded.pin_hash, \
             resume_kind = excluded.resume_kind, resume_a = excluded.resume_a, \
             resume_b = excluded.resume_b",
            params![
                base_seq as i64,
                target.seq as i64,
                target.head.as_slice(),
                target.block as i64,
                pinned_block as i64,
                pinned_hash.as_slice(),
                kind,
                a,
                b
            ],
        )
        .map_err(|e| sql_error(path.as_deref(), e))?;
        tx.commit().map_err(|e| sql_error(path.as_deref(), e))
    }

    /// Forgets the fetch in progress.
    pub fn clear_staged(&mut self) -> Result<()> {
        self.conn()
            .execute_batch("BEGIN IMMEDIATE; DELETE FROM staged; DELETE FROM staging; COMMIT;")
            .map_err(|e| self.sql(e))
    }

    /// Forgets a transaction of the outbox (final, or resolved).
    pub fn outbox_remove(&self, hash: B256) -> Result<()> {
        self.conn()
            .execute("DELETE FROM outbox WHERE tx_hash = ?1", params![hash.as_slice()])
            .map(drop)
            .map_err(|e| self.sql(e))
    }

    /// Records that the entries of outbox transaction `hash` were seen in the verified log.
    pub fn outbox_mark_landed(&self, hash: B256) -> Result<()> {
        self.conn()
            .execute(
                "UPDATE outbox SET superseded = ?2 WHERE tx_hash = ?1 AND superseded <> ?3",
                params![hash.as_slice(), OUTBOX_LANDED, OUTBOX_SUPERSEDED],
            )
            .map(drop)
            .map_err(|e| self.damaged_or(e))
    }

    /// The transactions this device signed that are not known to be final, oldest nonce first.
    pub fn outbox(&self) -> Result<Vec<OutboxTx>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached(
                "SELECT tx_hash, sender, nonce, raw, superseded, created FROM outbox \
                 ORDER BY nonce, created",
            )
            .map_err(|e| self.damaged_or(e))?;
        let mut rows = statement.query([]).map_err(|e| self.damaged_or(e))?;
        let mut found = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.damaged_or(e))? {
            let get = |e: rusqlite::Error| self.damaged_or(e);
            let hash: Vec<u8> = row.get(0).map_err(get)?;
            let sender: Vec<u8> = row.get(1).map_err(get)?;
            let malformed = || self.damaged("a malformed outbox row");
            found.push(OutboxTx {
                tx: memsync_vault::SignedTx {
                    hash: b256(&hash).ok_or_else(malformed)?,
                    from: address(&sender).ok_or_else(malformed)?,
                    nonce: row.get::<_, i64>(2).map_err(get)? as u64,
                    raw: Bytes::from(row.get::<_, Vec<u8>>(3).map_err(get)?),
                },
                superseded: row.get::<_, i64>(4).map_err(get)? == OUTBOX_SUPERSEDED,
                displaced: row.get::<_, i64>(4).map_err(get)? == OUTBOX_DISPLACED,
                landed: row.get::<_, i64>(4).map_err(get)? == OUTBOX_LANDED,
                created: row.get::<_, i64>(5).map_err(get)? as u64,
            });
        }
        Ok(found)
    }

    /// Closes the file, moves it aside (kept for inspection) and starts an empty cache in its
    /// place: for a file found damaged while in use. Returns where the old file went (`None`
    /// for an in-memory cache, which is just emptied).
    pub fn replace_damaged(&mut self) -> Result<Option<PathBuf>> {
        let Some(path) = self.path.clone() else {
            let fresh = Self::in_memory(self.scope)?;
            *self = fresh;
            return Ok(None);
        };
        // Swap in a throwaway connection so the damaged file is closed before it is moved.
        let placeholder = Connection::open_in_memory().map_err(|e| sql_error(None, e))?;
        drop(std::mem::replace(&mut *self.conn(), placeholder));
        let moved_to = move_aside(&path)?;
        let fresh = Self::open_file(&path, self.scope)?;
        *self = fresh;
        Ok(Some(moved_to))
    }

    /// Forgets every entry, the checkpoints and any fetch in progress (the cached blobs stay:
    /// they are checked against their hashes whenever read; so does the outbox, whose
    /// transactions are looked up on chain). The next sync rebuilds from the chain.
    pub fn reset(&mut self) -> Result<()> {
        self.conn()
            .execute_batch(
                "BEGIN IMMEDIATE; DELETE FROM entries; DELETE FROM checkpoint; \
                 DELETE FROM final_checkpoint; DELETE FROM staged; DELETE FROM staging; COMMIT;",
            )
            .map_err(|e| self.sql(e))
    }

    /// The cached ciphertext whose keccak256 is `content_hash`, if any. The caller checks the
    /// hash again: the cache is not trusted more than the network.
    pub fn blob(&self, content_hash: B256) -> Result<Option<Vec<u8>>> {
        self.conn()
            .query_row(
                "SELECT data FROM blobs WHERE content_hash = ?1",
                params![content_hash.as_slice()],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.damaged_or(e))
    }

    /// Keeps the ciphertext whose keccak256 is `content_hash`.
    pub fn put_blob(&self, content_hash: B256, data: &[u8]) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO blobs (content_hash, data) VALUES (?1, ?2) \
                 ON CONFLICT (content_hash) DO NOTHING",
                params![content_hash.as_slice(), data],
            )
            .map(drop)
            .map_err(|e| self.sql(e))
    }

    fn entry_from_row(&self, row: &rusqlite::Row<'_>) -> Result<LogEntry> {
        let get = |e: rusqlite::Error| self.damaged_or(e);
        let seq: i64 = row.get(0).map_err(get)?;
        let block: i64 = row.get(1).map_err(get)?;
        let prev_block: i64 = row.get(2).map_err(get)?;
        let tx_hash: Option<Vec<u8>> = row.get(3).map_err(get)?;
        let kind: i64 = row.get(4).map_err(get)?;
        let record_id: Option<Vec<u8>> = row.get(5).map_err(get)?;
        let version = row.get::<_, i64>(6).map_err(get)? as u64;
        let data: Option<Vec<u8>> = row.get(7).map_err(get)?;
        let content_hash: Option<Vec<u8>> = row.get(8).map_err(get)?;
        let location: Option<String> = row.get(9).map_err(get)?;
        let block_hash: Option<Vec<u8>> = row.get(10).map_err(get)?;

        let malformed = |what: &str| self.damaged(&format!("entry {seq}: {what}"));
        let id = || record_id.as_deref().and_then(b256).ok_or_else(|| malformed("no record id"));
        let hash = || content_hash.as_deref().and_then(b256).ok_or_else(|| malformed("no hash"));
        let op = match kind {
            KIND_INLINE => Operation::Write {
                id: id()?,
                version,
                payload: Payload::Inline(Bytes::from(data.ok_or_else(|| malformed("no data"))?)),
            },
            KIND_POINTER => Operation::Write {
                id: id()?,
                version,
                payload: Payload::Pointer {
                    content_hash: hash()?,
                    uri: location.ok_or_else(|| malformed("no URI"))?,
                },
            },
            KIND_CODE => Operation::Write {
                id: id()?,
                version,
                payload: Payload::Code {
                    content_hash: hash()?,
                    pointer: location
                        .as_deref()
                        .and_then(|a| a.parse().ok())
                        .ok_or_else(|| malformed("no contract address"))?,
                },
            },
            KIND_DELETE => Operation::Delete { id: id()?, version },
            KIND_KEY_CHECK => Operation::PublishKeyCheck {
                epoch: version,
                key_check: data.as_deref().and_then(b256).ok_or_else(|| malformed("no value"))?,
            },
            other => return Err(malformed(&format!("unknown kind {other}"))),
        };
        Ok(LogEntry {
            seq: seq as u64,
            block: block as u64,
            prev_write_block: prev_block as u64,
            tx_hash: tx_hash.as_deref().and_then(b256),
            block_hash: block_hash.as_deref().and_then(b256),
            op,
        })
    }

    fn sql(&self, err: rusqlite::Error) -> CacheError {
        sql_error(self.path.as_deref(), err)
    }

    /// Sorts a SQLite error: a damaged file or one that is not a database is
    /// [`CacheError::Damaged`] (the cache is replaced), anything else [`CacheError::Failed`].
    fn damaged_or(&self, err: rusqlite::Error) -> CacheError {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                self.damaged(&err.to_string())
            }
            _ => self.sql(err),
        }
    }

    fn damaged(&self, reason: &str) -> CacheError {
        CacheError::Damaged { path: self.path.clone(), reason: reason.to_owned() }
    }
}

/// The columns of one entry.
struct EntryRow {
    kind: i64,
    record_id: Option<Vec<u8>>,
    version: i64,
    data: Option<Vec<u8>>,
    content_hash: Option<Vec<u8>>,
    location: Option<String>,
}

impl From<&LogEntry> for EntryRow {
    fn from(entry: &LogEntry) -> Self {
        // u64 versions and epochs are stored bit for bit in SQLite's i64.
        let row = |kind, id: &B256, version: u64| EntryRow {
            kind,
            record_id: Some(id.to_vec()),
            version: version as i64,
            data: None,
            content_hash: None,
            location: None,
        };
        match &entry.op {
            Operation::Write { id, version, payload } => match payload {
                Payload::Inline(data) => {
                    EntryRow { data: Some(data.to_vec()), ..row(KIND_INLINE, id, *version) }
                }
                Payload::Pointer { content_hash, uri } => EntryRow {
                    content_hash: Some(content_hash.to_vec()),
                    location: Some(uri.clone()),
                    ..row(KIND_POINTER, id, *version)
                },
                Payload::Code { content_hash, pointer } => EntryRow {
                    content_hash: Some(content_hash.to_vec()),
                    location: Some(pointer.to_string()),
                    ..row(KIND_CODE, id, *version)
                },
                // A verified log never holds code that was not deployed yet.
                Payload::NewCode(data) => {
                    EntryRow { data: Some(data.to_vec()), ..row(KIND_CODE, id, *version) }
                }
            },
            Operation::Delete { id, version } => row(KIND_DELETE, id, *version),
            Operation::PublishKeyCheck { epoch, key_check } => EntryRow {
                kind: KIND_KEY_CHECK,
                record_id: None,
                version: *epoch as i64,
                data: Some(key_check.to_vec()),
                content_hash: None,
                location: None,
            },
        }
    }
}

fn b256(bytes: &[u8]) -> Option<B256> {
    (bytes.len() == 32).then(|| B256::from_slice(bytes))
}

fn address(bytes: &[u8]) -> Option<Address> {
    (bytes.len() == 20).then(|| Address::from_slice(bytes))
}

fn memory_flags() -> rusqlite::OpenFlags {
    use rusqlite::OpenFlags;
    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_URI
}

/// An outbox transaction that the node never took; the lane signed its content again.
const OUTBOX_SUPERSEDED: i64 = 1;
/// An outbox transaction that was sent, and whose nonce was later found used without a receipt
/// for it: landed (behind a lagging RPC), or dropped and displaced.
const OUTBOX_DISPLACED: i64 = 2;
/// An outbox transaction whose entries were seen in the verified log.
const OUTBOX_LANDED: i64 = 3;

/// Records signed transactions in a cache's outbox ([`LogCache::journal`]).
#[derive(Debug)]
struct OutboxJournal {
    conn: std::sync::Mutex<Connection>,
    path: Option<PathBuf>,
}

impl memsync_vault::TxJournal for OutboxJournal {
    fn signed(&self, tx: &memsync_vault::SignedTx) -> Result<(), memsync_vault::StoreError> {
        Ok(self.record_signed(tx)?)
    }

    fn superseded(&self, tx: &memsync_vault::SignedTx) -> Result<(), memsync_vault::StoreError> {
        Ok(self.mark(tx, OUTBOX_SUPERSEDED)?)
    }

    fn displaced(&self, tx: &memsync_vault::SignedTx) -> Result<(), memsync_vault::StoreError> {
        Ok(self.mark(tx, OUTBOX_DISPLACED)?)
    }

    fn unsettled(
        &self,
        from: Address,
    ) -> Result<Vec<memsync_vault::SignedTx>, memsync_vault::StoreError> {
        Ok(self.list_unsettled(from)?)
    }
}

impl OutboxJournal {
    fn record_signed(&self, tx: &memsync_vault::SignedTx) -> Result<()> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .execute(
                "INSERT INTO outbox (tx_hash, sender, nonce, raw, superseded, created) \
                 VALUES (?1, ?2, ?3, ?4, 0, ?5) ON CONFLICT (tx_hash) DO NOTHING",
                params![
                    tx.hash.as_slice(),
                    tx.from.as_slice(),
                    tx.nonce as i64,
                    tx.raw.as_ref(),
                    now as i64
                ],
            )
            .map(drop)
            .map_err(|e| sql_error(self.path.as_deref(), e))
    }

    fn list_unsettled(&self, from: Address) -> Result<Vec<memsync_vault::SignedTx>> {
        let conn = self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let sql = |e| sql_error(self.path.as_deref(), e);
        let mut statement = conn
            .prepare_cached(
                "SELECT tx_hash, nonce, raw FROM outbox WHERE sender = ?1 \
                 AND superseded IN (0, 3) ORDER BY nonce, created",
            )
            .map_err(sql)?;
        let mut rows = statement.query(params![from.as_slice()]).map_err(sql)?;
        let mut found = Vec::new();
        while let Some(row) = rows.next().map_err(sql)? {
            let hash: Vec<u8> = row.get(0).map_err(sql)?;
            let Some(hash) = b256(&hash) else { continue };
            found.push(memsync_vault::SignedTx {
                hash,
                from,
                nonce: row.get::<_, i64>(1).map_err(sql)? as u64,
                raw: Bytes::from(row.get::<_, Vec<u8>>(2).map_err(sql)?),
            });
        }
        Ok(found)
    }
}

impl OutboxJournal {
    fn mark(&self, tx: &memsync_vault::SignedTx, state: i64) -> Result<()> {
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .execute(
                "UPDATE outbox SET superseded = ?2 WHERE tx_hash = ?1",
                params![tx.hash.as_slice(), state],
            )
            .map(drop)
            .map_err(|e| sql_error(self.path.as_deref(), e))
    }
}

/// Moves a damaged cache file aside (kept for inspection) with its write-ahead files; returns
/// where it went.
fn move_aside(path: &Path) -> Result<PathBuf> {
    let moved_to = aside_path(path);
    std::fs::rename(path, &moved_to).map_err(|e| cache_error(path, e))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        // The write-ahead files belong to the damaged database; a missing one is fine.
        let _ = std::fs::remove_file(side);
    }
    Ok(moved_to)
}

/// Inserts `entries` into `table` (`entries` or `staged`), leaving rows already there as they
/// are.
fn insert_entries(
    tx: &rusqlite::Transaction<'_>,
    table: &str,
    entries: &[LogEntry],
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO {table} ({ENTRY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, \
         ?11) ON CONFLICT (seq) DO NOTHING"
    ))?;
    for entry in entries {
        let row = EntryRow::from(entry);
        insert.execute(params![
            entry.seq as i64,
            entry.block as i64,
            entry.prev_write_block as i64,
            entry.tx_hash.map(|h| h.to_vec()),
            row.kind,
            row.record_id,
            row.version,
            row.data,
            row.content_hash,
            row.location,
            entry.block_hash.map(|h| h.to_vec()),
        ])?;
    }
    Ok(())
}

fn aside_path(path: &Path) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    PathBuf::from(format!("{}.damaged-{stamp}", path.display()))
}

fn sql_error(path: Option<&Path>, err: rusqlite::Error) -> CacheError {
    CacheError::Failed { path: path.map(Path::to_owned), reason: err.to_string() }
}

fn cache_error(path: &Path, err: std::io::Error) -> CacheError {
    CacheError::Failed { path: Some(path.to_owned()), reason: err.to_string() }
}

#[cfg(test)]
mod tests;
