//! Routing blob URIs to the store that reads them.

use std::sync::Arc;

use super::{BlobError, BlobFuture, BlobStore};

/// A set of blob stores used as one: writes go to one chosen store, reads and deletes go to
/// the first store that handles the URI.
///
/// A log can hold records written by several devices to several stores (one keeps blobs on an
/// HTTP server, another in IPFS); a device that holds a store for each reads them all. The
/// router is itself a [`BlobStore`].
#[derive(Clone, Debug)]
pub struct BlobRouter {
    writer: Arc<dyn BlobStore>,
    stores: Vec<Arc<dyn BlobStore>>,
}

impl BlobRouter {
    /// A router that writes to `writer`, and reads from it first.
    pub fn new(writer: Arc<dyn BlobStore>) -> Self {
        Self { stores: vec![Arc::clone(&writer)], writer }
    }

    /// Adds a store to read from, tried after the writer and the stores added before it.
    #[must_use]
    pub fn with(mut self, store: Arc<dyn BlobStore>) -> Self {
        self.stores.push(store);
        self
    }

    /// The store new blobs are put into.
    pub fn writer(&self) -> &Arc<dyn BlobStore> {
        &self.writer
    }

    /// The first store that handles `uri`.
    ///
    /// # Errors
    ///
    /// [`BlobError::UnsupportedUri`] if none does.
    pub fn store_for(&self, uri: &str) -> Result<&Arc<dyn BlobStore>, BlobError> {
        self.stores
            .iter()
            .find(|store| store.handles(uri))
            .ok_or_else(|| BlobError::UnsupportedUri { uri: uri.to_owned() })
    }
}

impl BlobStore for BlobRouter {
    fn handles(&self, uri: &str) -> bool {
        self.stores.iter().any(|store| store.handles(uri))
    }

    fn put<'a>(&'a self, content: &'a [u8]) -> BlobFuture<'a, String> {
        self.writer.put(content)
    }

    fn get<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, Vec<u8>> {
        match self.store_for(uri) {
            Ok(store) => store.get(uri),
            Err(err) => Box::pin(std::future::ready(Err(err))),
        }
    }

    fn delete<'a>(&'a self, uri: &'a str) -> BlobFuture<'a, ()> {
        match self.store_for(uri) {
            Ok(store) => store.delete(uri),
            Err(err) => Box::pin(std::future::ready(Err(err))),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::blob::{FileStore, IpfsStore};

    #[tokio::test]
    async fn routes_by_uri_and_writes_to_the_writer() {
        let first = tempfile::tempdir().unwrap();
        let ipfs = Arc::new(IpfsStore::builder("http://127.0.0.1:9").build().unwrap());
        let router = BlobRouter::new(Arc::new(FileStore::new(first.path()))).with(ipfs);

        let uri = router.put(b"blob").await.unwrap();
        assert!(uri.starts_with("local:"), "{uri}");
        assert_eq!(router.get(&uri).await.unwrap(), b"blob");
        assert!(
            router.handles("ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
        );
        assert!(format!("{:?}", router.store_for("ipfs://x").unwrap()).contains("IpfsStore"));

        let err = router.get("s3://bucket/key").await.unwrap_err();
        assert!(matches!(err, BlobError::UnsupportedUri { .. }), "{err}");
        let err = router.delete("s3://bucket/key").await.unwrap_err();
        assert!(matches!(err, BlobError::UnsupportedUri { .. }), "{err}");
    }
}
