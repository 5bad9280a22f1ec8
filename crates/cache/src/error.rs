//! The cache's error type.

use std::path::PathBuf;

use memsync_crypto::keys::KeyScope;

/// What can go wrong with the local cache.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CacheError {
    /// The local cache could not be created, read or written.
    #[error("the local cache{} failed: {reason}", describe_path(.path))]
    Failed {
        /// The cache file (`None` for an in-memory cache).
        path: Option<PathBuf>,
        /// What failed.
        reason: String,
    },

    /// The local cache is damaged or not a MemSync cache. Opening moves such a file aside and
    /// starts a new one; a cache whose entries do not hash to its checkpoint is rebuilt from the
    /// chain.
    #[error("the local cache{} is damaged ({reason}); it is rebuilt from the chain", describe_path(.path))]
    Damaged {
        /// The cache file (`None` for an in-memory cache).
        path: Option<PathBuf>,
        /// What is wrong with it.
        reason: String,
    },

    /// The cache file belongs to another chain, vault or owner. It is left untouched.
    #[error(
        "the local cache{} belongs to chain {} vault {} owner {}, not to chain {} vault {} owner \
         {}; use the cache of this vault (or a new path)",
        describe_path(.path), .found.chain_id, .found.vault, .found.owner,
        .expected.chain_id, .expected.vault, .expected.owner
    )]
    ScopeMismatch {
        /// The cache file.
        path: Option<PathBuf>,
        /// The scope the client works in.
        expected: KeyScope,
        /// The scope the cache was made for.
        found: KeyScope,
    },
}

fn describe_path(path: &Option<PathBuf>) -> String {
    path.as_ref().map(|p| format!(" at {}", p.display())).unwrap_or_default()
}
