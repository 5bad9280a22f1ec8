//! Reading memories: one by id, a page of a filtered list, the profile, the history of one
//! memory (with who wrote each version), and ranked search.

use super::*;

impl MemoryClient {
    /// The memory `id`.
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if there is no live memory with that id.
    pub async fn get(&self, id: MemoryId) -> Result<Memory> {
        self.scoped(None).get(id).await
    }

    /// The memories matching `filter`, most recently updated first, `limit` of them from
    /// `offset` on.
    pub async fn list(&self, filter: &Filter, offset: usize, limit: usize) -> Result<ListPage> {
        let now = self.now();
        let local = self.inner.local.lock().await;
        let mut matching: Vec<&Memory> =
            local.state.memories().filter(|m| filter.matches(m, now)).collect();
        matching.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        let total = matching.len();
        let memories: Vec<Memory> =
            matching.into_iter().skip(offset).take(limit).cloned().collect();
        let end = offset.saturating_add(memories.len());
        Ok(ListPage { memories, next: (end < total).then_some(end), total })
    }

    /// The owner's profile: a short bio and per-category summaries derived from the semantic
    /// memories (private memories are summarised under their category, never in the bio).
    pub async fn profile(&self) -> Result<crate::memory::Profile> {
        self.scoped(None).profile().await
    }

    /// Every version of memory `id`, oldest first, from the verified log (the versions of a
    /// deleted memory too, ending with its tombstone).
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`] if the memory was never written.
    pub async fn history(&self, id: MemoryId) -> Result<Vec<MemoryVersion>> {
        let local = self.inner.local.lock().await;
        let (record, _) = local.state.memory_record(&id).ok_or(Error::MemoryNotFound { id })?;
        let entries = local.cache.record_entries(record)?;
        let mut versions = Vec::with_capacity(entries.len());
        for entry in entries {
            let (memory, unreadable) = match self.open_entry(&local.cache, &entry).await {
                Some(Opened::Memory(memory)) => (Some(memory), None),
                Some(Opened::Unreadable(reason)) => (None, Some(reason)),
                _ => (None, None),
            };
            let version = entry.op.version().unwrap_or_default();
            versions.push(MemoryVersion {
                version,
                seq: entry.seq,
                block: entry.block,
                memory,
                unreadable,
                writer: None,
            });
        }
        drop(local);
        self.attribute(&mut versions).await;
        Ok(versions)
    }

    /// Fills in who wrote each of `versions`, from the vault's events in their blocks; leaves
    /// them unattributed when the chain cannot be asked (the history is still the verified
    /// log's).
    async fn attribute(&self, versions: &mut [MemoryVersion]) {
        let (Some(from), Some(to)) =
            (versions.iter().map(|v| v.block).min(), versions.iter().map(|v| v.block).max())
        else {
            return;
        };
        let owner = self.inner.owner;
        match self.inner.vault.delegated_writes(owner, from..=to).await {
            Ok(batches) => {
                for version in versions {
                    let batch =
                        batches.iter().find(|b| b.block == version.block && b.covers(version.seq));
                    version.writer = Some(batch.map_or(owner, |b| b.delegate));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, "could not ask the chain who wrote each version");
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Writing
    // ---------------------------------------------------------------------------------------
    /// The memories that best match `search`, best first: full-text (BM25) ranking, fused by
    /// reciprocal rank with vector similarity when the client has an embedder.
    pub async fn search(&self, search: &Search) -> Result<Vec<SearchHit>> {
        let now = self.now();
        // Deeper lists than the limit, so that fusion can lift what one ranking alone misses.
        let depth = search.limit.saturating_mul(4).max(50);
        let query_vector = match &self.inner.embedder {
            Some(embedder) if !search.query.trim().is_empty() => {
                match embedder.embed(std::slice::from_ref(&search.query)).await {
                    Ok(mut vectors) if vectors.len() == 1 => vectors.pop(),
                    Ok(_) => None,
                    Err(err) => {
                        // The text ranking still answers; semantic search is an addition.
                        tracing::warn!(error = %err, "the embedder failed; searching text only");
                        None
                    }
                }
            }
            _ => None,
        };
        let mut local = self.inner.local.lock().await;
        Self::refresh_index(&mut local)?;
        let text_hits = local.index.search(&search.query, &search.filter, now, depth)?;
        let hits: Vec<Hit> = match query_vector {
            Some(query) if !local.vectors.is_empty() => {
                let matches = |id: MemoryId| {
                    local.state.memory(&id).is_some_and(|m| search.filter.matches(m, now))
                };
                let vector_hits = local.vectors.search(&query, depth, matches)?;
                reciprocal_rank_fusion(&[text_hits, vector_hits], DEFAULT_RRF_K, search.limit)
            }
            _ => text_hits.into_iter().take(search.limit).collect(),
        };
        Ok(hits
            .into_iter()
            .filter_map(|hit| {
                let memory = local.state.memory(&hit.id)?.clone();
                Some(SearchHit { memory, score: hit.score })
            })
            .collect())
    }

    // ---------------------------------------------------------------------------------------
    // Export and import
    // ---------------------------------------------------------------------------------------
}
