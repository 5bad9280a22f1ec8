//! The full-text index: tantivy in memory, holding only what ranking and filtering need.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Bound;

use jiff::Timestamp;
use tantivy::collector::TopDocs;
use tantivy::columnar::BytesColumn;
use tantivy::indexer::{LogMergePolicy, MergePolicy as _, NoMergePolicy};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{
    BytesOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::store::Compressor;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, Index, IndexReader, IndexSettings, IndexWriter, Order, ReloadPolicy,
    TantivyDocument, Term,
};

use super::analyzer::{self, TOKENIZER_NAME};
use super::{Hit, SearchError};
use memsync_types::{Category, Filter, Memory, MemoryId};

/// The indexing buffer. Tantivy's minimum: the index is small and rebuilt from memories, so a
/// larger buffer would only raise the peak memory of a restore.
const WRITER_MEMORY_BYTES: usize = 15_000_000;

/// The `expires` value of a memory that never expires: after every real expiry.
const NEVER: i64 = i64::MAX;

const ID: &str = "id";
const UPDATED: &str = "updated";

/// Segments of up to this many memories are merged together as soon as there are
/// [`MERGE_MIN_SEGMENTS`] of them; larger ones wait for peers of their size (see
/// `SearchIndex::merge`).
const MERGE_MIN_LAYER_SIZE: u32 = 100;
const MERGE_MIN_SEGMENTS: usize = 8;
/// A segment with this share of deleted (replaced or removed) memories is rewritten.
const MERGE_DELETED_RATIO: f32 = 0.5;

/// The fields of the index. Nothing is stored: the client keeps the memories, and a hit needs
/// only the id, read from its fast column.
#[derive(Clone, Copy, Debug)]
struct Fields {
    id: Field,
    text: Field,
    /// Kind, categories, tags and source, as `name=value` terms in one field: every indexed
    /// field costs a term dictionary per segment, and most commits add a segment of one memory.
    filter: Field,
    created: Field,
    updated: Field,
    expires: Field,
}

/// The names of the values in the `filter` field.
const KIND: &str = "kind";
const CATEGORY: &str = "category";
const TAG: &str = "tag";
const APP: &str = "app";
const AGENT: &str = "agent";
const THREAD: &str = "thread";

/// Ranked full-text search over memories, in memory.
///
/// The index holds the terms of each memory's text and what filters need (kind, categories,
/// tags, source, times); it does not hold the text itself, so a [`Hit`] names a memory by id and
/// the caller looks it up.
///
/// Queries are plain user text, not a query language: any string is accepted, its words are
/// matched as a bag (ranked by BM25, with stemming, so `allergies` finds `allergic`), and an
/// empty query lists the filtered memories, most recently updated first.
///
/// ```
/// use jiff::Timestamp;
/// use memsync_types::{Filter, Memory, MemoryId, MemoryKind};
/// use memsync_search::SearchIndex;
///
/// let now = Timestamp::now();
/// let memory = Memory {
///     id: MemoryId::random(),
///     text: "I'm allergic to penicillin.".into(),
///     kind: MemoryKind::Semantic,
///     expires_at: None,
///     categories: Default::default(),
///     tags: Default::default(),
///     source: Default::default(),
///     created_at: now,
///     updated_at: now,
///     confidence: 1.0,
///     version: 1,
/// };
/// let mut index = SearchIndex::new()?;
/// index.upsert([&memory])?;
/// let hits = index.search("allergies?", &Filter::default(), now, 10)?;
/// assert_eq!(hits[0].id, memory.id);
/// # Ok::<(), memsync_search::SearchError>(())
/// ```
pub struct SearchIndex {
    index: Index,
    writer: IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
    query_analyzer: TextAnalyzer,
    merge_policy: LogMergePolicy,
}

impl SearchIndex {
    /// An empty index.
    ///
    /// # Errors
    ///
    /// [`SearchError::Index`] if the index's threads cannot start.
    pub fn new() -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        let settings = IndexSettings {
            // Documents store nothing, so there is nothing to compress.
            docstore_compression: Compressor::None,
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema)
            .settings(settings)
            .create_in_ram()
            .map_err(SearchError::index)?;
        index.tokenizers().register(TOKENIZER_NAME, analyzer::index_analyzer());
        let options = tantivy::indexer::IndexWriterOptions::builder()
            .num_worker_threads(1)
            .num_merge_threads(1)
            .memory_budget_per_thread(WRITER_MEMORY_BYTES)
            .build();
        let writer = index.writer_with_options(options).map_err(SearchError::index)?;
        // Merges run inside `upsert` and `remove` (see `merge`), not in the background.
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let mut merge_policy = LogMergePolicy::default();
        merge_policy.set_min_layer_size(MERGE_MIN_LAYER_SIZE);
        merge_policy.set_min_num_segments(MERGE_MIN_SEGMENTS);
        merge_policy.set_del_docs_ratio_before_merge(MERGE_DELETED_RATIO);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(SearchError::index)?;
        Ok(Self {
            index,
            writer,
            reader,
            fields,
            query_analyzer: analyzer::query_analyzer(),
            merge_policy,
        })
    }

    /// Adds memories, replacing any indexed memory with the same id, and makes them searchable.
    ///
    /// One call is one commit, however many memories it carries, and a commit costs several
    /// milliseconds: index a batch (a restore, a sync) in one call.
    ///
    /// # Errors
    ///
    /// [`SearchError::Index`] if the index fails (a bug, or the process is out of memory).
    pub fn upsert<M: Borrow<Memory>>(
        &mut self,
        memories: impl IntoIterator<Item = M>,
    ) -> Result<(), SearchError> {
        self.apply(memories, std::iter::empty::<MemoryId>())
    }

    /// Removes memories by id (ids not in the index are ignored).
    ///
    /// # Errors
    ///
    /// [`SearchError::Index`] if the index fails (a bug, or the process is out of memory).
    pub fn remove<I: Borrow<MemoryId>>(
        &mut self,
        ids: impl IntoIterator<Item = I>,
    ) -> Result<(), SearchError> {
        self.apply(std::iter::empty::<Memory>(), ids)
    }

    /// Removes the memories `removed` and adds or replaces `upserted`, in one commit: what a
    /// sync that brought both changes and deletions calls. Removals apply first, so a memory
    /// in both lists ends up indexed; within `upserted`, the last version of a memory wins.
    ///
    /// # Errors
    ///
    /// [`SearchError::Index`] if the index fails (a bug, or the process is out of memory).
    pub fn apply<M: Borrow<Memory>, I: Borrow<MemoryId>>(
        &mut self,
        upserted: impl IntoIterator<Item = M>,
        removed: impl IntoIterator<Item = I>,
    ) -> Result<(), SearchError> {
        // The last version of each memory.
        let mut batch: Vec<M> = upserted.into_iter().collect();
        let mut seen = HashSet::with_capacity(batch.len());
        batch.reverse();
        batch.retain(|memory| seen.insert(memory.borrow().id));
        batch.reverse();
        // The delete comes first, so it applies to the older versions and not to these.
        let ids = removed.into_iter().map(|id| *id.borrow());
        let deleted = self.delete_indexed(ids.chain(seen))?;
        if batch.is_empty() && !deleted {
            return Ok(());
        }
        for memory in &batch {
            if let Err(err) = self.writer.add_document(self.document(memory.borrow())) {
                return Err(self.abandon(err));
            }
        }
        self.commit()
    }

    /// The memories that match `query` and pass `filter` at `now`, best first, at most `limit`.
    ///
    /// A non-empty query ranks by BM25 relevance (the hit's score) and returns only memories
    /// that share a term with it; an empty query (or one of only punctuation) returns the
    /// filtered memories, most recently updated first, with a score of 0. Equal scores come in
    /// id order (which of several memories tied at the limit are returned is not specified).
    /// Filters apply inside the index, so the hits are the best `limit` of the matching
    /// memories.
    ///
    /// Times outside the years 1678 to 2261 are compared as if at the nearer of those ends.
    ///
    /// # Errors
    ///
    /// [`SearchError::Index`] if the index fails.
    pub fn search(
        &self,
        query: &str,
        filter: &Filter,
        now: Timestamp,
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let filters = Self::combine(self.filter_clauses(filter, now));
        let terms = self.query_terms(query);
        let found: Vec<(f32, DocAddress)> = if terms.is_empty() {
            let query: Box<dyn Query> = filters.unwrap_or_else(|| Box::new(AllQuery));
            let collector =
                TopDocs::with_limit(limit).order_by_fast_field::<i64>(UPDATED, Order::Desc);
            let found = searcher.search(&query, &collector).map_err(SearchError::index)?;
            found.into_iter().map(|(_, address)| (0.0, address)).collect()
        } else {
            let mut terms: Vec<Box<dyn Query>> = terms
                .iter()
                .map(|term| {
                    let term = Term::from_field_text(self.fields.text, term);
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)) as Box<dyn Query>
                })
                .collect();
            let text: Box<dyn Query> = match terms.len() {
                1 => terms.remove(0),
                _ => Box::new(BooleanQuery::union(terms)),
            };
            let query: Box<dyn Query> = match filters {
                None => text,
                Some(filters) => {
                    // The filters select; only the text scores.
                    let filters = ConstScoreQuery::new(filters, 0.0);
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, text),
                        (Occur::Must, Box::new(filters)),
                    ]))
                }
            };
            let collector = TopDocs::with_limit(limit).order_by_score();
            searcher.search(&query, &collector).map_err(SearchError::index)?
        };

        let mut columns: Vec<Option<BytesColumn>> = vec![None; searcher.segment_readers().len()];
        let mut bytes = Vec::with_capacity(16);
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let column = match &mut columns[address.segment_ord as usize] {
                Some(column) => column,
                slot => {
                    let reader = searcher.segment_reader(address.segment_ord);
                    let column = reader.fast_fields().bytes(ID).map_err(SearchError::index)?;
                    slot.insert(column.ok_or_else(|| corrupt("the id column is missing"))?)
                }
            };
            let ord = column
                .term_ords(address.doc_id)
                .next()
                .ok_or_else(|| corrupt("a memory has no id"))?;
            bytes.clear();
            column
                .ord_to_bytes(ord, &mut bytes)
                .map_err(|err| SearchError::Index { source: Box::new(err) })?;
            hits.push(Hit { id: id_from_bytes(&bytes)?, score });
        }
        if !terms.is_empty() {
            // Equal scores (the same words in texts of the same length) come in the index's
            // order, which depends on how memories were added and merged; id order is stable.
            hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
        }
        Ok(hits)
    }

    /// The number of memories indexed.
    pub fn len(&self) -> usize {
        usize::try_from(self.reader.searcher().num_docs()).unwrap_or(usize::MAX)
    }

    /// Whether no memory is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn id_term(&self, id: MemoryId) -> Term {
        Term::from_field_bytes(self.fields.id, id.as_bytes())
    }

    fn document(&self, memory: &Memory) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::new();
        doc.add_bytes(f.id, memory.id.as_bytes());
        doc.add_text(f.text, &memory.text);
        doc.add_text(f.filter, filter_value(KIND, memory.kind.as_str()));
        for category in &memory.categories {
            doc.add_text(f.filter, filter_value(CATEGORY, category.as_str()));
        }
        for tag in &memory.tags {
            doc.add_text(f.filter, filter_value(TAG, tag));
        }
        let source = &memory.source;
        for (name, value) in
            [(APP, &source.app), (AGENT, &source.agent_id), (THREAD, &source.thread_id)]
        {
            if let Some(value) = value {
                doc.add_text(f.filter, filter_value(name, value));
            }
        }
        doc.add_i64(f.created, nanos(memory.created_at));
        doc.add_i64(f.updated, nanos(memory.updated_at));
        doc.add_i64(f.expires, memory.expires_at.map_or(NEVER, nanos));
        doc
    }

    fn query_terms(&self, query: &str) -> Vec<String> {
        // The analyzer needs `&mut`; a clone is a few boxed filters, cheap next to a search.
        let mut pipeline = self.query_analyzer.clone();
        let terms = analyzer::terms(&mut pipeline, query);
        if terms.is_empty() {
            // Only stop words ("who am I"): search for them rather than for nothing.
            return analyzer::terms(&mut analyzer::index_analyzer(), query);
        }
        terms
    }

    /// One query that selects what every clause does (`None`: no clauses, everything).
    fn combine(clauses: Vec<(Occur, Box<dyn Query>)>) -> Option<Box<dyn Query>> {
        if clauses.is_empty() {
            return None;
        }
        let mut clauses = clauses;
        // Exclusions alone select nothing in tantivy: they exclude from everything.
        if clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }

    /// The clauses that select what `filter` matches (and its app scope sees).
    fn filter_clauses(&self, filter: &Filter, now: Timestamp) -> Vec<(Occur, Box<dyn Query>)> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term = |name, value: &str| Term::from_field_text(f.filter, &filter_value(name, value));
        // Any of several values: a term set. All of several (tags): one clause each.
        let mut any_of = |terms: Vec<Term>| {
            if !terms.is_empty() {
                clauses.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
            }
        };
        any_of(filter.kinds.iter().map(|k| term(KIND, k.as_str())).collect());
        any_of(filter.categories.iter().map(|c| term(CATEGORY, c.as_str())).collect());
        if let Some(scope) = &filter.scope {
            // Its kinds; a category among its allowed ones (when it lists them: uncategorized
            // memories are hidden), and none among the hidden ones.
            if let Some(kinds) = &scope.kinds {
                any_of(kinds.iter().map(|k| term(KIND, k.as_str())).collect());
            }
            if scope.hides_uncategorized() {
                let allowed = Category::ALL.into_iter().filter(|c| scope.allows_category(*c));
                let allowed: Vec<Term> = allowed.map(|c| term(CATEGORY, c.as_str())).collect();
                if allowed.is_empty() {
                    // Nothing is visible: an impossible term.
                    any_of(vec![term(CATEGORY, "")]);
                } else {
                    any_of(allowed);
                }
            }
        }
        for tag in &filter.tags {
            any_of(vec![term(TAG, tag)]);
        }
        for (name, value) in
            [(APP, &filter.app), (AGENT, &filter.agent_id), (THREAD, &filter.thread_id)]
        {
            if let Some(value) = value {
                any_of(vec![term(name, value)]);
            }
        }
        if let Some(scope) = &filter.scope {
            let hidden: Vec<Term> =
                scope.hidden_categories().iter().map(|c| term(CATEGORY, c.as_str())).collect();
            if !hidden.is_empty() {
                clauses.push((Occur::MustNot, Box::new(TermSetQuery::new(hidden))));
            }
        }
        let bound = |field, at: Option<Timestamp>, make: fn(Term) -> Bound<Term>| {
            at.map_or(Bound::Unbounded, |at| make(Term::from_field_i64(field, nanos(at))))
        };
        if filter.created_after.is_some() || filter.created_before.is_some() {
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(f.created, filter.created_after, Bound::Included),
                    bound(f.created, filter.created_before, Bound::Excluded),
                )),
            ));
        }
        if filter.updated_after.is_some() {
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(f.updated, filter.updated_after, Bound::Included),
                    Bound::Unbounded,
                )),
            ));
        }
        if !filter.include_expired {
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(f.expires, Some(now), Bound::Excluded),
                    Bound::Unbounded,
                )),
            ));
        }
        clauses
    }

    /// Drops the operations queued since the last commit, so that a failed call leaves the
    /// index as it was.
    fn abandon(&mut self, err: tantivy::TantivyError) -> SearchError {
        // If the rollback fails too, the writer is unusable and the first error says why.
        let _ = self.writer.rollback();
        SearchError::index(err)
    }

    /// Queues the deletion of those of `ids` that are indexed, in one operation; whether there
    /// were any.
    ///
    /// Tantivy keeps each queued delete as a query with its scoring tables (about 1 KiB) until
    /// the commit, and tests it against every segment: deleting the ids of a 10,000-memory
    /// restore one by one would cost 10 MB for nothing.
    fn delete_indexed(&mut self, ids: impl Iterator<Item = MemoryId>) -> Result<bool, SearchError> {
        let searcher = self.reader.searcher();
        let mut indexed = Vec::new();
        for id in ids {
            let term = self.id_term(id);
            // Counts deleted copies too; deleting again is harmless.
            if searcher.doc_freq(&term).map_err(SearchError::index)? > 0 {
                indexed.push(term);
            }
        }
        if indexed.is_empty() {
            return Ok(false);
        }
        if let Err(err) = self.writer.delete_query(Box::new(TermSetQuery::new(indexed))) {
            return Err(self.abandon(err));
        }
        Ok(true)
    }

    fn commit(&mut self) -> Result<(), SearchError> {
        if let Err(err) = self.writer.commit() {
            return Err(self.abandon(err));
        }
        // The changes are committed: a failed merge leaves the index correct, with more segments
        // than it needs, and is tried again after the next commit.
        if let Err(err) = self.merge() {
            tracing::warn!(error = %err, "search index: merging segments failed");
        }
        self.reader.reload().map_err(SearchError::index)
    }

    /// Merges segments as tantivy's log merge policy suggests, in this thread.
    ///
    /// Each commit adds a segment, so segments are merged to keep searches fast: small ones
    /// together as soon as there are a few, larger ones only with peers of their size, so that
    /// a big segment (a restore) is rarely rewritten. Tantivy would merge in the background,
    /// but a background merge's cleanup holds a lock that the next reader reload then waits
    /// 100 ms for; merging here keeps every call's latency bounded by its own work.
    fn merge(&mut self) -> Result<(), SearchError> {
        let segments = self.index.searchable_segment_metas().map_err(SearchError::index)?;
        for candidate in self.merge_policy.compute_merge_candidates(&segments) {
            self.writer.merge(&candidate.0).wait().map_err(SearchError::index)?;
        }
        Ok(())
    }
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex").field("len", &self.len()).finish_non_exhaustive()
    }
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    // Exact values for filters: one term per value, no positions, no lengths.
    let exact = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    );
    // Terms with their frequencies and the field lengths for BM25; no positions, since queries
    // are bags of words.
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(true),
    );
    let time = NumericOptions::default().set_fast();
    let fields = Fields {
        id: builder.add_bytes_field(ID, BytesOptions::default().set_indexed().set_fast()),
        text: builder.add_text_field("text", text),
        filter: builder.add_text_field("filter", exact),
        created: builder.add_i64_field("created", time.clone()),
        updated: builder.add_i64_field(UPDATED, time.clone()),
        expires: builder.add_i64_field("expires", time),
    };
    (builder.build(), fields)
}

/// A term of the `filter` field. The name comes first and is one of a fixed set without `=`, so
/// `tag=a=b` cannot be mistaken for another name's value.
fn filter_value(name: &str, value: &str) -> String {
    format!("{name}={value}")
}

/// A time as nanoseconds since 1970, clamped to what an `i64` holds (the years 1678 to 2261),
/// and below [`NEVER`].
fn nanos(at: Timestamp) -> i64 {
    let nanos = at.as_nanosecond().clamp(i128::from(i64::MIN), i128::from(NEVER - 1));
    i64::try_from(nanos).expect("clamped to the range of i64")
}

/// The id whose bytes these are.
fn id_from_bytes(bytes: &[u8]) -> Result<MemoryId, SearchError> {
    if bytes.len() != 16 {
        return Err(corrupt("a memory id is not 16 bytes"));
    }
    // `MemoryId` has no constructor from bytes; its hex form is its public round trip.
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(hex.parse().expect("32 lower-case hex digits are a memory id"))
}

fn corrupt(what: &str) -> SearchError {
    SearchError::Index { source: what.into() }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::{BTreeSet, HashMap};

    use jiff::{SignedDuration, ToSpan as _};
    use serde::Deserialize;

    use super::*;
    use memsync_types::{AppScope, Category, MemoryKind, Source};

    const FIXTURE: &str = include_str!("testdata/memories.jsonl");

    /// One line of the fixture.
    #[derive(Deserialize)]
    struct Line {
        key: String,
        text: String,
        #[serde(default = "semantic")]
        kind: MemoryKind,
        #[serde(default)]
        categories: BTreeSet<Category>,
        #[serde(default)]
        tags: BTreeSet<String>,
        app: Option<String>,
        agent: Option<String>,
        thread: Option<String>,
        /// Days before `now` it was created (and updated).
        days: i64,
        /// Days after `now` it expires (negative: it has expired).
        expires_in_days: Option<i64>,
    }

    fn semantic() -> MemoryKind {
        MemoryKind::Semantic
    }

    fn now() -> Timestamp {
        "2026-11-22T12:00:00Z".parse().unwrap()
    }

    fn id(key: &str) -> MemoryId {
        MemoryId::derived(key.as_bytes())
    }

    fn memory(key: &str, text: &str) -> Memory {
        Memory {
            id: id(key),
            text: text.into(),
            kind: MemoryKind::Semantic,
            expires_at: None,
            categories: BTreeSet::new(),
            tags: BTreeSet::new(),
            source: Source::default(),
            created_at: now(),
            updated_at: now(),
            confidence: 1.0,
            version: 1,
        }
    }

    /// The fixture's memories, by key.
    fn fixture() -> Vec<(String, Memory)> {
        FIXTURE
            .lines()
            .map(|line| {
                let line: Line = serde_json::from_str(line).unwrap();
                let created_at = now() - (line.days * 24).hours();
                let mut m = memory(&line.key, &line.text);
                m.kind = line.kind;
                m.expires_at = line.expires_in_days.map(|d| now() + (d * 24).hours());
                m.categories = line.categories;
                m.tags = line.tags;
                m.source = Source { app: line.app, agent_id: line.agent, thread_id: line.thread };
                m.created_at = created_at;
                m.updated_at = created_at;
                assert_eq!(m.validate(), Ok(()), "{}", line.key);
                (line.key, m)
            })
            .collect()
    }

    struct Fixture {
        index: SearchIndex,
        memories: Vec<(String, Memory)>,
        keys: HashMap<MemoryId, String>,
    }

    impl Fixture {
        fn new() -> Self {
            let memories = fixture();
            let mut index = SearchIndex::new().unwrap();
            index.upsert(memories.iter().map(|(_, m)| m)).unwrap();
            let keys = memories.iter().map(|(k, m)| (m.id, k.clone())).collect();
            Self { index, memories, keys }
        }

        fn search(&self, query: &str, filter: &Filter, limit: usize) -> Vec<&str> {
            let hits = self.index.search(query, filter, now(), limit).unwrap();
            hits.iter().map(|h| self.keys[&h.id].as_str()).collect()
        }

        fn find(&self, query: &str) -> Vec<&str> {
            self.search(query, &Filter::default(), 10)
        }

        fn memory(&self, key: &str) -> &Memory {
            &self.memories.iter().find(|(k, _)| k == key).unwrap().1
        }
    }

    #[test]
    fn questions_find_what_they_are_about() {
        let f = Fixture::new();
        let top2 = |query| {
            let found = f.find(query);
            assert!(found.len() >= 2, "{query}: {found:?}");
            found[..2].iter().copied().collect::<BTreeSet<_>>()
        };
        let allergies = BTreeSet::from(["penicillin", "peanuts"]);
        assert_eq!(top2("allergies"), allergies);
        assert_eq!(top2("What am I allergic to?"), allergies);
        assert_eq!(top2("any ALLERGY"), allergies);
        assert_eq!(f.find("PENICILLIN!!!")[0], "penicillin");
        assert_eq!(f.find("my cats")[0], "cat");
        assert_eq!(f.find("running")[0], "running");
        assert_eq!(f.find("run")[0], "running");
        assert_eq!(f.find("vet appointment")[0], "vet");
        assert_eq!(f.find("who is my manager?")[0], "manager");
        // "Lives in Lyon" is one of three memories that say "live" once.
        assert!(f.find("Where do I live")[..3].contains(&"lives"));
        assert_eq!(f.find("japanese")[0], "japanese");
        assert_eq!(top2("flights"), BTreeSet::from(["tokyo", "window"]));
        assert!(f.find("xylophone quantum").is_empty());
    }

    #[test]
    fn punctuation_and_accent_variants_match() {
        let f = Fixture::new();
        for query in ["email", "e-mail", "E-Mail", "emails"] {
            assert_eq!(f.find(query).first(), Some(&"email"), "{query}");
        }
        for query in ["USA", "U.S.A.", "usa?"] {
            assert_eq!(f.find(query).first(), Some(&"usa"), "{query}");
        }
        for query in ["cafe", "café", "CAFÉ"] {
            assert_eq!(f.find(query).first(), Some(&"cafe"), "{query}");
        }
        assert_eq!(f.find("Pomodoro-technique")[0], "pomodoro");
        assert_eq!(f.find("they/them")[0], "pronouns");
    }

    #[test]
    fn any_text_is_a_query() {
        let f = Fixture::new();
        let long = "coffee ".repeat(2000);
        for query in [
            "\"unterminated",
            "title:penicillin",
            "allergic:penicillin",
            "(a OR b) AND NOT c",
            "AND",
            "OR NOT",
            "*",
            "+-&&||!(){}[]^\"~*?:\\/",
            "penicillin^10",
            "🙂🙃",
            "\0",
            "北京",
            long.as_str(),
        ] {
            let result = f.index.search(query, &Filter::default(), now(), 5);
            assert!(result.is_ok(), "{query:?}: {result:?}");
        }
        assert_eq!(f.find("title:penicillin")[0], "penicillin");
        assert_eq!(f.find("\"penicillin")[0], "penicillin");
        assert_eq!(f.find("penicillin^10")[0], "penicillin");
        // The two memories about coffee; the shorter one ranks first (BM25).
        assert_eq!(f.find(&long)[..2], ["lactose", "coffee"]);
    }

    #[test]
    fn an_empty_query_lists_the_most_recently_updated_first() {
        let f = Fixture::new();
        let mut expected: Vec<_> = f
            .memories
            .iter()
            .filter(|(_, m)| Filter::default().matches(m, now()))
            .map(|(k, m)| (m.updated_at, k.as_str()))
            .collect();
        expected.sort_by(|a, b| b.cmp(a));
        let expected: Vec<_> = expected.into_iter().map(|(_, k)| k).collect();
        assert_eq!(f.search("", &Filter::default(), 100), expected);
        // Nothing to search for is an empty query too.
        assert_eq!(f.search("  ?! ", &Filter::default(), 100), expected);
        assert_eq!(f.search("", &Filter::default(), 5), expected[..5]);
        let hits = f.index.search("", &Filter::default(), now(), 3).unwrap();
        assert!(hits.iter().all(|h| h.score == 0.0));
    }

    #[test]
    fn limits_cap_the_hits() {
        let f = Fixture::new();
        assert!(f.search("food", &Filter::default(), 0).is_empty());
        assert!(f.search("", &Filter::default(), 0).is_empty());
        let all = f.index.search("the", &Filter::default(), now(), 1000).unwrap();
        assert!(all.len() > 3);
        let ranked = |a: &Hit, b: &Hit| a.score > b.score || (a.score == b.score && a.id < b.id);
        assert!(all.windows(2).all(|w| ranked(&w[0], &w[1])), "{all:?}");
        // The best three, though which of several tied at the limit is not specified.
        let top = f.index.search("the", &Filter::default(), now(), 3).unwrap();
        let scores = |hits: &[Hit]| hits.iter().map(|h| h.score).collect::<Vec<_>>();
        assert_eq!(scores(&top), scores(&all[..3]));
        assert!(top.windows(2).all(|w| ranked(&w[0], &w[1])), "{top:?}");
    }

    /// Every filter selects exactly what `Filter::matches` selects, with and without a query.
    #[test]
    fn filters_select_what_filter_matches_selects() {
        let f = Fixture::new();
        let days_ago = |d: i64| Some(now() - (d * 24).hours());
        let filters = [
            Filter::default(),
            Filter { include_expired: true, ..Filter::default() },
            Filter { kinds: [MemoryKind::Episodic].into(), ..Filter::default() },
            Filter {
                kinds: [MemoryKind::Episodic].into(),
                include_expired: true,
                ..Filter::default()
            },
            Filter { kinds: [MemoryKind::Semantic].into(), ..Filter::default() },
            Filter {
                kinds: [MemoryKind::Semantic, MemoryKind::Episodic].into(),
                ..Filter::default()
            },
            Filter { categories: [Category::Health].into(), ..Filter::default() },
            Filter {
                categories: [Category::Travel, Category::Finance].into(),
                ..Filter::default()
            },
            Filter { categories: [Category::Private].into(), ..Filter::default() },
            Filter { tags: ["food".into()].into(), ..Filter::default() },
            Filter { tags: ["food".into(), "medical".into()].into(), ..Filter::default() },
            Filter { tags: ["Food".into()].into(), ..Filter::default() },
            Filter { tags: ["nothing".into()].into(), ..Filter::default() },
            Filter { app: Some("mobile".into()), ..Filter::default() },
            Filter { app: Some("Mobile".into()), ..Filter::default() },
            Filter { app: Some(String::new()), ..Filter::default() },
            Filter { agent_id: Some("career-coach".into()), ..Filter::default() },
            Filter { thread_id: Some("t-travel".into()), ..Filter::default() },
            Filter { created_after: days_ago(100), ..Filter::default() },
            Filter { created_before: days_ago(100), ..Filter::default() },
            Filter {
                created_after: days_ago(300),
                created_before: days_ago(200),
                ..Filter::default()
            },
            Filter {
                created_after: days_ago(10),
                created_before: days_ago(20),
                ..Filter::default()
            },
            Filter { updated_after: days_ago(30), ..Filter::default() },
            Filter {
                kinds: [MemoryKind::Episodic].into(),
                categories: [Category::Career].into(),
                tags: ["work".into()].into(),
                app: Some("chat".into()),
                agent_id: Some("career-coach".into()),
                thread_id: Some("t-review".into()),
                created_after: days_ago(25),
                created_before: Some(now()),
                updated_after: days_ago(25),
                include_expired: false,
                scope: None,
            },
            // App scopes: the default hides private; a list hides every other category and
            // uncategorized memories; kinds.
            Filter { scope: Some(AppScope::default()), ..Filter::default() },
            Filter {
                scope: Some(AppScope {
                    categories: Some([Category::Career, Category::Health].into()),
                    ..AppScope::default()
                }),
                ..Filter::default()
            },
            Filter {
                scope: Some(AppScope {
                    categories: Some([Category::Career].into()),
                    kinds: Some([MemoryKind::Episodic].into()),
                    allow_private: true,
                    ..AppScope::default()
                }),
                include_expired: true,
                ..Filter::default()
            },
            Filter {
                scope: Some(AppScope { categories: Some(BTreeSet::new()), ..AppScope::default() }),
                ..Filter::default()
            },
        ];
        for (i, filter) in filters.iter().enumerate() {
            let expected: BTreeSet<_> = f
                .memories
                .iter()
                .filter(|(_, m)| filter.matches(m, now()))
                .map(|(k, _)| k.as_str())
                .collect();
            let listed: BTreeSet<_> = f.search("", filter, 1000).into_iter().collect();
            assert_eq!(listed, expected, "filter {i}: {filter:?}");
            // With a query, the hits are the filtered memories that share a term with it.
            for query in ["food", "work appointment", "the"] {
                let all: BTreeSet<_> = f
                    .search(query, &Filter { include_expired: true, ..Filter::default() }, 1000)
                    .into_iter()
                    .collect();
                let found: BTreeSet<_> = f.search(query, filter, 1000).into_iter().collect();
                let wanted: BTreeSet<_> = all.intersection(&expected).copied().collect();
                assert_eq!(found, wanted, "filter {i}, query {query:?}");
            }
        }
    }

    #[test]
    fn expired_memories_are_left_out_unless_asked_for() {
        let f = Fixture::new();
        assert_eq!(f.find("vet"), ["vet"]);
        let with_expired = Filter { include_expired: true, ..Filter::default() };
        let found: BTreeSet<_> = f.search("vet", &with_expired, 10).into_iter().collect();
        assert_eq!(found, BTreeSet::from(["vet", "old-vet"]));
        assert!(f.find("Lisbon").is_empty());
        assert_eq!(f.search("Lisbon", &with_expired, 10), ["lisbon"]);

        // An expiry at `now` has passed; one a nanosecond later has not.
        let mut index = SearchIndex::new().unwrap();
        let mut at_now = memory("at-now", "boarding pass");
        at_now.kind = MemoryKind::Episodic;
        at_now.expires_at = Some(now());
        let mut later = memory("later", "boarding pass");
        later.kind = MemoryKind::Episodic;
        later.expires_at = Some(now() + SignedDuration::from_nanos(1));
        index.upsert([&at_now, &later]).unwrap();
        let hits = index.search("boarding", &Filter::default(), now(), 10).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [later.id]);
        assert!(!Filter::default().matches(&at_now, now()));
    }

    #[test]
    fn filters_apply_before_the_limit() {
        let mut index = SearchIndex::new().unwrap();
        let mut memories: Vec<_> = (0..30)
            .map(|i| {
                let mut m = memory(&format!("strong-{i}"), "coffee coffee coffee");
                m.source = Source::app("a");
                m
            })
            .collect();
        let mut weak = memory("weak", "I like coffee and many other things in my long life");
        weak.source = Source::app("b");
        memories.push(weak.clone());
        index.upsert(&memories).unwrap();
        let filter = Filter { app: Some("b".into()), ..Filter::default() };
        let hits = index.search("coffee", &filter, now(), 1).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [weak.id]);
        let hits = index.search("coffee", &Filter::default(), now(), 30).unwrap();
        assert!(!hits.iter().any(|h| h.id == weak.id), "the weak match ranks last");
    }

    #[test]
    fn upserts_replace_and_removes_remove() {
        let mut f = Fixture::new();
        assert_eq!(f.index.len(), f.memories.len());
        let mut changed = f.memory("penicillin").clone();
        changed.text = "I'm allergic to amoxicillin.".into();
        f.index.upsert([&changed]).unwrap();
        assert_eq!(f.index.len(), f.memories.len());
        assert!(f.find("penicillin").is_empty());
        assert_eq!(f.find("amoxicillin"), ["penicillin"]);

        // Within one batch, the last version wins.
        let mut first = memory("twice", "first version about kayaks");
        let mut second = first.clone();
        second.text = "second version about canoes".into();
        f.index.upsert([&first, &second]).unwrap();
        f.keys.insert(first.id, "twice".into());
        assert_eq!(f.index.len(), f.memories.len() + 1);
        assert!(f.find("kayaks").is_empty());
        assert_eq!(f.find("canoe"), ["twice"]);
        first.text = "third version about rafts".into();
        f.index.upsert(vec![first]).unwrap();
        assert_eq!(f.find("rafts"), ["twice"]);
        assert!(f.find("canoes").is_empty());

        f.index.remove([id("penicillin"), id("twice")]).unwrap();
        assert_eq!(f.index.len(), f.memories.len() - 1);
        assert!(f.find("amoxicillin").is_empty());
        assert_eq!(f.find("allergic"), ["peanuts"]);
        f.index.remove([&id("not-there")]).unwrap();
        f.index.remove(Vec::<MemoryId>::new()).unwrap();
        f.index.upsert(Vec::<Memory>::new()).unwrap();
        assert_eq!(f.index.len(), f.memories.len() - 1);
        f.index.upsert([f.memory("penicillin").clone()]).unwrap();
        assert_eq!(f.find("penicillin"), ["penicillin"]);
    }

    #[test]
    fn changes_and_removals_apply_in_one_call() {
        let mut f = Fixture::new();
        let mut changed = f.memory("coffee").clone();
        changed.text = "Drinks green tea now, no more espresso.".into();
        let both = f.memory("sushi").clone();
        let mut new = memory("new", "Adopted a dog named Pixel.");
        new.source = Source::app("chat");
        f.keys.insert(new.id, "new".into());
        f.index.apply([&changed, &both, &new], [id("penicillin"), id("sushi")]).unwrap();
        assert_eq!(f.index.len(), f.memories.len());
        assert_eq!(f.find("espresso"), ["coffee"]);
        assert_eq!(f.find("dog"), ["new"]);
        assert!(f.find("amoxicillin penicillin").is_empty());
        assert_eq!(f.find("sushi"), ["sushi"], "removals apply first");
        f.index.apply([&new], Vec::<MemoryId>::new()).unwrap();
        f.index.apply(Vec::<Memory>::new(), [id("new")]).unwrap();
        assert!(f.find("dog").is_empty());
    }

    #[test]
    fn many_small_commits_stay_correct() {
        let mut index = SearchIndex::new().unwrap();
        let mut ids = Vec::new();
        for i in 0..120 {
            let mut m = memory(&format!("m{i}"), &format!("note number {i} about topic{}", i % 7));
            m.updated_at = now() + i.seconds();
            index.upsert([&m]).unwrap();
            ids.push(m.id);
            if i % 3 == 0 {
                index.remove([m.id]).unwrap();
            }
        }
        assert_eq!(index.len(), 80);
        let hits = index.search("topic3", &Filter::default(), now(), 100).unwrap();
        let expected: BTreeSet<_> =
            (0..120).filter(|i| i % 7 == 3 && i % 3 != 0).map(|i| ids[i]).collect();
        assert_eq!(hits.iter().map(|h| h.id).collect::<BTreeSet<_>>(), expected);
        let recent = index.search("", &Filter::default(), now(), 2).unwrap();
        assert_eq!(recent.iter().map(|h| h.id).collect::<Vec<_>>(), [ids[119], ids[118]]);
    }

    #[test]
    fn ids_roundtrip() {
        let mut index = SearchIndex::new().unwrap();
        let memories: Vec<_> = (0..50)
            .map(|i| {
                let mut m = memory("x", "same words everywhere");
                m.id = MemoryId::random();
                m.updated_at = now() + i.seconds();
                m
            })
            .collect();
        index.upsert(&memories).unwrap();
        let hits = index.search("", &Filter::default(), now(), 100).unwrap();
        let expected: Vec<_> = memories.iter().rev().map(|m| m.id).collect();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), expected);
        let hits = index.search("words", &Filter::default(), now(), 100).unwrap();
        assert_eq!(
            hits.iter().map(|h| h.id).collect::<BTreeSet<_>>(),
            expected.into_iter().collect::<BTreeSet<_>>()
        );
    }

    #[test]
    fn far_times_are_clamped_not_refused() {
        assert_eq!(nanos(Timestamp::MAX), NEVER - 1);
        assert_eq!(nanos(Timestamp::MIN), i64::MIN);
        assert_eq!(nanos(Timestamp::UNIX_EPOCH), 0);
        let mut index = SearchIndex::new().unwrap();
        let mut old = memory("old", "an old note");
        old.created_at = "1200-01-01T00:00:00Z".parse().unwrap();
        let mut far = memory("far", "a far note");
        far.kind = MemoryKind::Episodic;
        far.expires_at = Some("9000-01-01T00:00:00Z".parse().unwrap());
        index.upsert([&old, &far]).unwrap();
        let filter = Filter { created_before: Some(now()), ..Filter::default() };
        let hits = index.search("note", &filter, now(), 10).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [old.id]);
        assert_eq!(index.search("far", &Filter::default(), now(), 10).unwrap().len(), 1);
    }

    #[test]
    fn the_index_can_be_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<SearchIndex>();
        let f = Fixture::new();
        assert!(format!("{:?}", f.index).contains("len: 52"));
    }
}
