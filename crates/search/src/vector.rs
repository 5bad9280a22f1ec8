//! Semantic search: memories' embedding vectors in memory, ranked by cosine similarity, and the
//! layout they are stored in.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

use super::{Hit, SearchError};
use memsync_types::MemoryId;

/// The most dimensions a vector may have. Embedding models have a few hundred to a few
/// thousand; the bound keeps a malformed answer or record from allocating without limit.
pub const MAX_DIMENSIONS: usize = 16_384;

/// The first bytes of a stored vector: `MSV` and the layout version.
const MAGIC: &[u8; 3] = b"MSV";
const VERSION: u8 = 1;

/// The embedding vectors of memories, for ranking by cosine similarity.
///
/// Vectors are kept normalised to unit length, so a similarity is one dot product. All have
/// the same number of dimensions: the first vector added sets it, until the index is empty
/// again. Search is exhaustive, which for the memories of one person (thousands to a hundred
/// thousand) takes milliseconds and finds the true nearest, with no approximate structure to
/// build or keep current.
///
/// ```
/// use memsync_types::MemoryId;
/// use memsync_search::VectorIndex;
///
/// let (cat, car) = (MemoryId::derived(b"cat"), MemoryId::derived(b"car"));
/// let mut index = VectorIndex::new();
/// index.upsert(cat, &[1.0, 0.2, 0.0])?;
/// index.upsert(car, &[0.0, 0.1, 1.0])?;
/// let hits = index.search(&[0.9, 0.0, 0.1], 1, |_| true)?;
/// assert_eq!(hits[0].id, cat);
/// # Ok::<(), memsync_search::SearchError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct VectorIndex {
    dimensions: Option<usize>,
    vectors: HashMap<MemoryId, Box<[f32]>>,
}

impl VectorIndex {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// The number of dimensions of the vectors held, if any are.
    pub fn dimensions(&self) -> Option<usize> {
        self.dimensions
    }

    /// The number of vectors held.
    pub fn len(&self) -> usize {
        self.vectors.len()
    }

    /// Whether no vector is held.
    pub fn is_empty(&self) -> bool {
        self.vectors.is_empty()
    }

    /// Whether the memory `id` has a vector.
    pub fn contains(&self, id: MemoryId) -> bool {
        self.vectors.contains_key(&id)
    }

    /// Sets the vector of memory `id`, replacing any it had.
    ///
    /// # Errors
    ///
    /// [`SearchError::InvalidVector`] if the vector is empty, longer than [`MAX_DIMENSIONS`],
    /// holds a NaN or an infinity, or is all zeros; [`SearchError::Dimensions`] if it has
    /// another number of dimensions than the vectors held.
    pub fn upsert(&mut self, id: MemoryId, vector: &[f32]) -> Result<(), SearchError> {
        if let Some(expected) = self.dimensions.filter(|&d| d != vector.len()) {
            return Err(SearchError::Dimensions { expected, actual: vector.len() });
        }
        let unit = normalised(vector)?;
        self.dimensions = Some(unit.len());
        self.vectors.insert(id, unit);
        Ok(())
    }

    /// Removes the vector of memory `id`; whether it had one.
    pub fn remove(&mut self, id: MemoryId) -> bool {
        let removed = self.vectors.remove(&id).is_some();
        if self.vectors.is_empty() {
            self.dimensions = None;
        }
        removed
    }

    /// The `limit` memories whose vectors are most similar to `query` (cosine similarity, the
    /// hit's score, from -1 to 1), among those for which `matches` is true, best first; equal
    /// scores in id order.
    ///
    /// `matches` is the caller's filter, typically [`Filter::matches`] on the memory with that
    /// id; it runs once per vector held.
    ///
    /// [`Filter::matches`]: memsync_types::Filter::matches
    ///
    /// # Errors
    ///
    /// [`SearchError::Dimensions`] if the query has another number of dimensions than the
    /// vectors held; [`SearchError::InvalidVector`] if it is not a usable vector.
    pub fn search(
        &self,
        query: &[f32],
        limit: usize,
        matches: impl Fn(MemoryId) -> bool,
    ) -> Result<Vec<Hit>, SearchError> {
        let Some(expected) = self.dimensions else { return Ok(Vec::new()) };
        if query.len() != expected {
            return Err(SearchError::Dimensions { expected, actual: query.len() });
        }
        let query = normalised(query)?;
        if limit == 0 {
            return Ok(Vec::new());
        }
        // The worst of the best `limit` so far sits on top, to be replaced by anything better.
        let mut best = BinaryHeap::with_capacity(limit + 1);
        for (&id, vector) in &self.vectors {
            if !matches(id) {
                continue;
            }
            let candidate = Ranked(Hit { id, score: dot(&query, vector) });
            if best.len() < limit {
                best.push(Reverse(candidate));
            } else if best.peek().is_some_and(|Reverse(worst)| candidate > *worst) {
                best.pop();
                best.push(Reverse(candidate));
            }
        }
        // Ascending order of `Reverse` is descending order of rank.
        Ok(best.into_sorted_vec().into_iter().map(|Reverse(Ranked(hit))| hit).collect())
    }
}

/// A hit ordered by rank: higher score first, then lower id.
struct Ranked(Hit);

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.score.total_cmp(&other.0.score).then_with(|| other.0.id.cmp(&self.0.id))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

/// `vector` scaled to unit length.
fn normalised(vector: &[f32]) -> Result<Box<[f32]>, SearchError> {
    check_values(vector)?;
    let norm = vector.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>().sqrt();
    if norm == 0.0 {
        return Err(SearchError::InvalidVector("it is all zeros, so it has no direction"));
    }
    // Narrowing back to f32 is the point: the vector is stored as f32.
    Ok(vector.iter().map(|&x| (f64::from(x) / norm) as f32).collect())
}

fn check_values(vector: &[f32]) -> Result<(), SearchError> {
    if vector.is_empty() {
        return Err(SearchError::InvalidVector("it has no dimensions"));
    }
    if vector.len() > MAX_DIMENSIONS {
        return Err(SearchError::InvalidVector("it has more than 16384 dimensions"));
    }
    if !vector.iter().all(|x| x.is_finite()) {
        return Err(SearchError::InvalidVector("it holds a NaN or an infinity"));
    }
    Ok(())
}

/// The dot product, over eight lanes so that the compiler can use SIMD (floating-point sums
/// are not reordered on their own).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (a_chunks, b_chunks) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = a_chunks.remainder().iter().zip(b_chunks.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in a_chunks.zip(b_chunks) {
        for i in 0..8 {
            lanes[i] += x[i] * y[i];
        }
    }
    lanes.iter().sum::<f32>() + tail
}

/// A vector as stored in a memory's vector record, with the model that made it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredVector {
    /// The embedding model's name: a vector from another model than the one in use is stale.
    pub model: String,
    /// The vector, as the model gave it.
    pub vector: Vec<f32>,
}

/// The bytes of a vector record (version 1):
///
/// | bytes | content |
/// | --- | --- |
/// | 3 | `MSV` |
/// | 1 | layout version, `1` |
/// | 1 | length of the model name in bytes, 1 to 255 |
/// | that many | the model name, UTF-8 |
/// | 4 | dimensions `d`, little-endian, 1 to [`MAX_DIMENSIONS`] |
/// | 4 × `d` | the values, IEEE 754 single precision, little-endian |
///
/// # Errors
///
/// [`SearchError::InvalidVector`] if the model name is empty or longer than 255 bytes, or the
/// vector is empty, longer than [`MAX_DIMENSIONS`] or holds a NaN or an infinity.
pub fn encode_vector(model: &str, vector: &[f32]) -> Result<Vec<u8>, SearchError> {
    let model_len = u8::try_from(model.len())
        .ok()
        .filter(|&len| len > 0)
        .ok_or(SearchError::InvalidVector("the model name must be 1 to 255 bytes long"))?;
    check_values(vector)?;
    let dimensions = u32::try_from(vector.len()).expect("at most MAX_DIMENSIONS");
    let mut bytes = Vec::with_capacity(MAGIC.len() + 6 + model.len() + 4 * vector.len());
    bytes.extend_from_slice(MAGIC);
    bytes.push(VERSION);
    bytes.push(model_len);
    bytes.extend_from_slice(model.as_bytes());
    bytes.extend_from_slice(&dimensions.to_le_bytes());
    for value in vector {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    Ok(bytes)
}

/// Reads the bytes of a vector record (the layout of [`encode_vector`]).
///
/// # Errors
///
/// [`SearchError::MalformedVector`] if the bytes are not a whole vector record of a known
/// version, with a model name, 1 to [`MAX_DIMENSIONS`] dimensions and only finite values.
pub fn decode_vector(bytes: &[u8]) -> Result<StoredVector, SearchError> {
    let malformed = |what: &str| SearchError::MalformedVector(what.to_owned());
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| malformed("it does not start with the vector record's magic bytes"))?;
    let (&version, rest) = rest.split_first().ok_or_else(|| malformed("it has no version"))?;
    if version != VERSION {
        return Err(SearchError::MalformedVector(format!(
            "layout version {version} is unknown (this SDK reads version {VERSION}); update the SDK"
        )));
    }
    let (&model_len, rest) =
        rest.split_first().ok_or_else(|| malformed("it ends before the model name"))?;
    if model_len == 0 {
        return Err(malformed("the model name is empty"));
    }
    let (model, rest) = rest
        .split_at_checked(usize::from(model_len))
        .ok_or_else(|| malformed("it ends inside the model name"))?;
    let model = std::str::from_utf8(model).map_err(|_| malformed("the model name is not UTF-8"))?;
    let (dimensions, values) =
        rest.split_first_chunk::<4>().ok_or_else(|| malformed("it ends before the dimensions"))?;
    let dimensions = usize::try_from(u32::from_le_bytes(*dimensions)).unwrap_or(usize::MAX);
    if dimensions == 0 || dimensions > MAX_DIMENSIONS {
        return Err(SearchError::MalformedVector(format!(
            "it claims {dimensions} dimensions; expected 1 to {MAX_DIMENSIONS}"
        )));
    }
    if values.len() != 4 * dimensions {
        return Err(SearchError::MalformedVector(format!(
            "it holds {} bytes of values; {dimensions} dimensions take {}",
            values.len(),
            4 * dimensions
        )));
    }
    let vector: Vec<f32> = values
        .chunks_exact(4)
        .map(|chunk| f32::from_le_bytes(chunk.try_into().expect("chunks of 4 bytes")))
        .collect();
    if !vector.iter().all(|x| x.is_finite()) {
        return Err(malformed("it holds a NaN or an infinity"));
    }
    Ok(StoredVector { model: model.to_owned(), vector })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn id(n: u32) -> MemoryId {
        MemoryId::derived(&n.to_le_bytes())
    }

    #[test]
    fn nearest_vectors_come_first_and_scores_are_cosines() {
        let mut index = VectorIndex::new();
        index.upsert(id(1), &[1.0, 0.0, 0.0]).unwrap();
        index.upsert(id(2), &[10.0, 10.0, 0.0]).unwrap(); // length does not matter
        index.upsert(id(3), &[0.0, 0.0, -3.0]).unwrap();
        index.upsert(id(4), &[-1.0, 0.0, 0.0]).unwrap();
        let hits = index.search(&[2.0, 0.0, 0.0], 10, |_| true).unwrap();
        let ids: Vec<_> = hits.iter().map(|h| h.id).collect();
        assert_eq!(ids, [id(1), id(2), id(3), id(4)]);
        let expected = [1.0, std::f32::consts::FRAC_1_SQRT_2, 0.0, -1.0];
        for (hit, expected) in hits.iter().zip(expected) {
            assert!((hit.score - expected).abs() < 1e-6, "{hit:?} vs {expected}");
        }
        assert_eq!(index.search(&[1.0, 0.0, 0.0], 2, |_| true).unwrap().len(), 2);
        assert!(index.search(&[1.0, 0.0, 0.0], 0, |_| true).unwrap().is_empty());
    }

    #[test]
    fn the_filter_applies_before_the_limit() {
        let mut index = VectorIndex::new();
        for n in 0..100 {
            index.upsert(id(n), &[1.0, n as f32 / 100.0]).unwrap();
        }
        // The best matches (small n) are filtered out; the limit still fills with the rest.
        let hits = index.search(&[1.0, 0.0], 5, |m| (50..100).any(|n| id(n) == m)).unwrap();
        let expected: Vec<_> = (50..55).map(id).collect();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), expected);
        assert!(index.search(&[1.0, 0.0], 5, |_| false).unwrap().is_empty());
    }

    #[test]
    fn equal_scores_are_ordered_by_id() {
        let mut index = VectorIndex::new();
        for n in 0..20 {
            index.upsert(id(n), &[1.0, 1.0]).unwrap();
        }
        let hits = index.search(&[1.0, 1.0], 5, |_| true).unwrap();
        let mut all: Vec<_> = (0..20).map(id).collect();
        all.sort();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), all[..5]);
    }

    #[test]
    fn upserts_replace_removes_forget_and_dimensions_must_agree() {
        let mut index = VectorIndex::new();
        assert!(index.search(&[1.0], 3, |_| true).unwrap().is_empty());
        index.upsert(id(1), &[0.0, 1.0, 0.0]).unwrap();
        assert_eq!(index.dimensions(), Some(3));
        index.upsert(id(2), &[1.0, 0.0, 0.0]).unwrap();
        let err = index.upsert(id(3), &[1.0, 0.0]).unwrap_err();
        assert!(matches!(err, SearchError::Dimensions { expected: 3, actual: 2 }), "{err}");
        let err = index.upsert(id(1), &[1.0, 0.0]).unwrap_err();
        assert!(matches!(err, SearchError::Dimensions { .. }), "{err}");
        let err = index.search(&[1.0], 1, |_| true).unwrap_err();
        assert!(matches!(err, SearchError::Dimensions { expected: 3, actual: 1 }), "{err}");
        assert_eq!(index.search(&[0.0, 1.0, 0.0], 1, |_| true).unwrap()[0].id, id(1));
        index.upsert(id(1), &[1.0, 0.0, 0.1]).unwrap();
        assert_eq!(index.search(&[0.0, 1.0, 0.0], 1, |_| true).unwrap()[0].id, id(2));
        assert_eq!(index.len(), 2);
        assert!(index.remove(id(1)));
        assert!(!index.remove(id(1)));
        assert!(!index.contains(id(1)));
        assert!(index.remove(id(2)));
        assert!(index.is_empty());
        assert_eq!(index.dimensions(), None);
        index.upsert(id(1), &[1.0]).unwrap();
    }

    #[test]
    fn unusable_vectors_are_refused() {
        let mut index = VectorIndex::new();
        for bad in [vec![], vec![0.0, 0.0], vec![f32::NAN, 1.0], vec![f32::INFINITY, 1.0]] {
            let err = index.upsert(id(1), &bad).unwrap_err();
            assert!(matches!(err, SearchError::InvalidVector(_)), "{err}");
        }
        let err = index.upsert(id(1), &vec![1.0; MAX_DIMENSIONS + 1]).unwrap_err();
        assert!(err.to_string().contains(&MAX_DIMENSIONS.to_string()), "{err}");
        assert!(index.is_empty());
        index.upsert(id(1), &[1.0, 0.0]).unwrap();
        assert!(index.search(&[0.0, 0.0], 1, |_| true).is_err());
        assert!(index.search(&[f32::NAN, 0.0], 1, |_| true).is_err());
    }

    #[test]
    fn dot_products_use_every_value() {
        for len in [1, 7, 8, 9, 17, 1536] {
            let a: Vec<f32> = (0..len).map(|i| i as f32).collect();
            let b = vec![1.0; len];
            assert_eq!(dot(&a, &b), (len * (len - 1) / 2) as f32, "{len}");
        }
    }

    #[test]
    fn stored_vectors_roundtrip() {
        let vector = vec![0.25, -1.5, 3.0e-5, 1.0e30];
        let bytes = encode_vector("text-embedding-3-small", &vector).unwrap();
        assert_eq!(&bytes[..5], b"MSV\x01\x16");
        assert_eq!(bytes.len(), 5 + 22 + 4 + 16);
        let decoded = decode_vector(&bytes).unwrap();
        assert_eq!(decoded, StoredVector { model: "text-embedding-3-small".into(), vector });
        let one = encode_vector(&"m".repeat(255), &[1.0]).unwrap();
        assert_eq!(decode_vector(&one).unwrap().model.len(), 255);
    }

    #[test]
    fn encoding_refuses_what_cannot_be_stored() {
        assert!(encode_vector("", &[1.0]).is_err());
        assert!(encode_vector(&"m".repeat(256), &[1.0]).is_err());
        assert!(encode_vector("m", &[]).is_err());
        assert!(encode_vector("m", &[f32::NAN]).is_err());
        assert!(encode_vector("m", &vec![0.0; MAX_DIMENSIONS + 1]).is_err());
    }

    #[test]
    fn every_malformed_record_is_refused() {
        let good = encode_vector("model", &[1.0, 2.0]).unwrap();
        let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
        // Every strict prefix is truncated somewhere.
        for len in 0..good.len() {
            cases.push(("truncated", good[..len].to_vec()));
        }
        let with = |at: usize, bytes: &[u8]| {
            let mut v = good.clone();
            v[at..at + bytes.len()].copy_from_slice(bytes);
            v
        };
        cases.push(("magic", with(0, b"XSV")));
        cases.push(("version 0", with(3, &[0])));
        cases.push(("version 2", with(3, &[2])));
        cases.push((
            "empty model",
            [b"MSV\x01\x00".as_slice(), &1u32.to_le_bytes(), &[0; 4]].concat(),
        ));
        cases.push(("model not utf-8", with(5, &[0xff])));
        cases.push(("zero dimensions", with(10, &0u32.to_le_bytes())));
        cases.push(("too many dimensions", with(10, &u32::MAX.to_le_bytes())));
        cases.push(("more dimensions than values", with(10, &3u32.to_le_bytes())));
        cases.push(("fewer dimensions than values", with(10, &1u32.to_le_bytes())));
        cases.push(("trailing bytes", [good.as_slice(), &[0]].concat()));
        cases.push(("nan", with(14, &f32::NAN.to_le_bytes())));
        cases.push(("infinity", with(18, &f32::NEG_INFINITY.to_le_bytes())));
        for (what, bytes) in cases {
            let err = decode_vector(&bytes).unwrap_err();
            assert!(matches!(err, SearchError::MalformedVector(_)), "{what}: {err}");
        }
        assert!(decode_vector(&good).is_ok());
    }
}
