//! The embedded blob store: one file per blob in a local directory.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use alloy::primitives::{B256, keccak256};

use super::{BlobError, BlobFuture, BlobStore, check_keccak, parse_keccak_hex};

/// The URI scheme of the file store.
const SCHEME: &str = "local:";

/// A blob store in a local directory: each blob is the file named by the hex of its
/// keccak-256 hash.
///
/// Its URIs are `local:<64 lower-case hex digits>`: they name the content, never the
/// directory, so nothing about the user's machine (such as their home directory) reaches the
/// chain, and another device reads the same URI from its own copy of the directory.
///
/// Writes are atomic (a temporary file in the same directory, flushed to disk, then renamed),
/// so a crash leaves either the whole blob or none. [`delete`](BlobStore::delete) removes the
/// file, which erases this copy (backups and file-system snapshots are out of its reach).
#[derive(Clone, Debug)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    /// A store in `dir`, created on the first [`put`](BlobStore::put) if it does not exist.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The directory the blobs are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The URI of `content` in a file store: `local:<hex of keccak256(content)>`.
    pub fn uri_of(content: &[u8]) -> String {
        uri_of_hash(keccak256(content))
    }

    /// The file that holds (or would hold) the blob at `uri`.
    ///
    /// # Errors
    ///
    /// [`BlobError::InvalidUri`] if `uri` is not `local:` followed by 64 lower-case hex
    /// digits; nothing else (no path, no `..`) is accepted.
    pub fn path_of(&self, uri: &str) -> Result<PathBuf, BlobError> {
        Ok(self.dir.join(parse(uri)?.1))
    }
}

impl BlobStore for FileStore {
    fn handles(&self, uri: &str) -> bool {
        uri.starts_with(SCHEME)
    }

    fn put<'a>(&'a self, content: &'a [u8]) -> BlobFuture<'a, String> {
        Box::pin(async move {
            let hash = keccak256(content);
            let dir = self.dir.clone();
            let path = self.dir.join(alloy::hex::encode(hash));
            let content = content.to_vec();
            blocking(dir.clone(), move || write_atomically(&dir, &path, &content)).await?;
            Ok(uri_of_hash(hash))
        })
    }

    fn get<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, Vec<u8>> {
        Box::pin(async move {
            let (hash, name) = parse(uri)?;
            let path = self.dir.join(name);
            let content = blocking(path.clone(), move || match std::fs::read(&path) {
                Ok(content) => Ok(content),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    Err(BlobError::NotFound { uri: uri_of_hash(hash) })
                }
                Err(source) => Err(BlobError::Io { path, source }),
            })
            .await?;
            check_keccak(uri, &content, hash)?;
            Ok(content)
        })
    }

    fn delete<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, ()> {
        Box::pin(async move {
            let (hash, name) = parse(uri)?;
            let dir = self.dir.clone();
            let path = self.dir.join(name);
            blocking(path.clone(), move || match std::fs::remove_file(&path) {
                Ok(()) => sync_dir(&dir),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    Err(BlobError::NotFound { uri: uri_of_hash(hash) })
                }
                Err(source) => Err(BlobError::Io { path, source }),
            })
            .await
        })
    }
}

fn uri_of_hash(hash: B256) -> String {
    format!("{SCHEME}{}", alloy::hex::encode(hash))
}

/// The hash a `local:` URI names and its file name.
fn parse(uri: &str) -> Result<(B256, &str), BlobError> {
    let name = uri.strip_prefix(SCHEME).ok_or_else(|| BlobError::InvalidUri {
        uri: uri.to_owned(),
        reason: format!("a file-store URI starts with `{SCHEME}`"),
    })?;
    Ok((parse_keccak_hex(uri, name)?, name))
}

/// Writes `content` to `path` so that a crash leaves either the old state or the whole file.
fn write_atomically(dir: &Path, path: &Path, content: &[u8]) -> Result<(), BlobError> {
    let io_err = |path: &Path| {
        let path = path.to_owned();
        move |source| BlobError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    // The temporary file is removed if anything below fails.
    let mut file = tempfile::Builder::new()
        .prefix(".blob-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io_err(dir))?;
    file.write_all(content).map_err(io_err(file.path()))?;
    file.as_file().sync_all().map_err(io_err(file.path()))?;
    // Renaming over an existing blob replaces it with the same bytes, so `put` is idempotent
    // and also repairs a damaged copy.
    file.persist(path).map_err(|err| BlobError::Io { path: path.to_owned(), source: err.error })?;
    sync_dir(dir)
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), BlobError> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|dir| dir.sync_all())
        .map_err(|source| BlobError::Io { path: dir.to_owned(), source })?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Runs blocking file I/O off the async executor.
async fn blocking<T: Send + 'static>(
    path: PathBuf,
    io: impl FnOnce() -> Result<T, BlobError> + Send + 'static,
) -> Result<T, BlobError> {
    tokio::task::spawn_blocking(io)
        .await
        .map_err(|err| BlobError::Io { path, source: io::Error::other(err) })?
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn store() -> (tempfile::TempDir, FileStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path().join("blobs"));
        (dir, store)
    }

    #[tokio::test]
    async fn roundtrip_is_content_addressed_and_idempotent() {
        let (_dir, store) = store();
        let uri = store.put(b"ciphertext").await.unwrap();
        assert_eq!(uri, format!("local:{}", alloy::hex::encode(keccak256(b"ciphertext"))));
        assert_eq!(uri, FileStore::uri_of(b"ciphertext"));
        assert!(store.handles(&uri));
        assert!(!store.handles("ipfs://bafkrei"));
        assert_eq!(store.get(&uri).await.unwrap(), b"ciphertext");

        assert_eq!(store.put(b"ciphertext").await.unwrap(), uri);
        let empty = store.put(b"").await.unwrap();
        assert_eq!(store.get(&empty).await.unwrap(), b"");

        // Only the two blobs are left, no temporary files.
        let mut names: Vec<_> = std::fs::read_dir(store.dir())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        let mut expected = vec![uri[6..].to_owned(), empty[6..].to_owned()];
        expected.sort();
        assert_eq!(names, expected);
    }

    #[tokio::test]
    async fn the_uri_never_names_the_directory() {
        let (dir, store) = store();
        let uri = store.put(b"x").await.unwrap();
        assert!(!uri.contains(&*dir.path().to_string_lossy()), "{uri}");
        assert_eq!(uri.len(), "local:".len() + 64);
    }

    #[tokio::test]
    async fn missing_and_deleted_blobs_are_not_found() {
        let (_dir, store) = store();
        let missing = FileStore::uri_of(b"never stored");
        assert!(matches!(store.get(&missing).await, Err(BlobError::NotFound { .. })));

        let uri = store.put(b"to erase").await.unwrap();
        let path = store.path_of(&uri).unwrap();
        assert!(path.exists());
        store.delete(&uri).await.unwrap();
        assert!(!path.exists());
        let err = store.get(&uri).await.unwrap_err();
        assert!(matches!(&err, BlobError::NotFound { uri: u } if *u == uri), "{err}");
        assert!(matches!(store.delete(&uri).await, Err(BlobError::NotFound { .. })));
    }

    #[tokio::test]
    async fn a_damaged_file_is_a_hash_mismatch_and_put_repairs_it() {
        let (_dir, store) = store();
        let uri = store.put(b"original").await.unwrap();
        std::fs::write(store.path_of(&uri).unwrap(), b"damaged").unwrap();
        let err = store.get(&uri).await.unwrap_err();
        assert!(
            matches!(err, BlobError::HashMismatch { expected, actual, .. }
                if expected == keccak256(b"original") && actual == keccak256(b"damaged")),
            "{err}"
        );
        store.put(b"original").await.unwrap();
        assert_eq!(store.get(&uri).await.unwrap(), b"original");
    }

    #[tokio::test]
    async fn malformed_uris_are_refused() {
        let (_dir, store) = store();
        let hex = alloy::hex::encode(keccak256(b"x"));
        let malformed = [
            "local:".to_owned(),
            "local:abc".to_owned(),
            format!("local:{}", &hex[..63]),
            format!("local:{hex}0"),
            format!("local:{}", hex.to_uppercase()),
            format!("local:0x{}", &hex[..62]),
            format!("local:{}g", &hex[..63]),
            "local:../../../../etc/passwd".to_owned(),
            format!("local:../{}", &hex[..61]),
            format!("local:/tmp/{}", &hex[..59]),
            format!("local:{}/..", &hex[..61]),
            format!("file:{hex}"),
            format!("/home/user/{hex}"),
        ];
        for uri in malformed {
            let err = store.get(&uri).await.unwrap_err();
            assert!(matches!(err, BlobError::InvalidUri { .. }), "{uri}: {err}");
            let err = store.delete(&uri).await.unwrap_err();
            assert!(matches!(err, BlobError::InvalidUri { .. }), "{uri}: {err}");
            assert!(store.path_of(&uri).is_err(), "{uri}");
        }
    }

    #[tokio::test]
    async fn an_unwritable_directory_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-directory");
        std::fs::write(&file, b"").unwrap();
        let err = FileStore::new(&file).put(b"x").await.unwrap_err();
        assert!(matches!(err, BlobError::Io { .. }), "{err}");
        assert!(err.to_string().contains("writable"), "{err}");
    }
}
