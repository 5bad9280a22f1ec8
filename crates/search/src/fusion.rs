//! Merging rankings: reciprocal rank fusion.

use std::collections::{HashMap, HashSet};

use super::Hit;
use memsync_types::MemoryId;

/// The usual constant of reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): it damps
/// the weight of the first ranks so that one list's top hit does not decide alone.
pub const DEFAULT_RRF_K: f32 = 60.0;

/// Merges ranked lists into one by reciprocal rank fusion: a memory scores the sum over the
/// lists that hold it of `1 / (k + rank)`, with ranks counted from 1, and the best `limit` are
/// returned, best first.
///
/// Only ranks count, so lists whose scores are on different scales (BM25, cosine) merge
/// fairly. A memory listed twice in one list counts at its first rank. Equal scores are ordered
/// by id, so the result does not depend on the order of the lists.
///
/// ```
/// use memsync_types::MemoryId;
/// use memsync_search::{DEFAULT_RRF_K, Hit, reciprocal_rank_fusion};
///
/// let (a, b) = (MemoryId::derived(b"a"), MemoryId::derived(b"b"));
/// let text = vec![Hit { id: a, score: 7.5 }, Hit { id: b, score: 2.0 }];
/// let vector = vec![Hit { id: b, score: 0.9 }];
/// let fused = reciprocal_rank_fusion(&[text, vector], DEFAULT_RRF_K, 10);
/// assert_eq!(fused[0].id, b); // 1/62 + 1/61 beats 1/61
/// ```
pub fn reciprocal_rank_fusion(lists: &[Vec<Hit>], k: f32, limit: usize) -> Vec<Hit> {
    let mut scores: HashMap<MemoryId, f32> = HashMap::new();
    let mut seen = HashSet::new();
    for list in lists {
        seen.clear();
        let mut rank = 0.0f32;
        for hit in list {
            rank += 1.0;
            if seen.insert(hit.id) {
                *scores.entry(hit.id).or_default() += 1.0 / (k + rank);
            }
        }
    }
    let mut fused: Vec<Hit> = scores.into_iter().map(|(id, score)| Hit { id, score }).collect();
    fused.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    fused.truncate(limit);
    fused
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn id(n: u8) -> MemoryId {
        MemoryId::derived(&[n])
    }

    fn list(ids: &[u8]) -> Vec<Hit> {
        ids.iter().map(|&n| Hit { id: id(n), score: 100.0 - f32::from(n) }).collect()
    }

    fn approx(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-7
    }

    #[test]
    fn scores_are_sums_of_reciprocal_ranks() {
        // List 1: 1, 2, 3. List 2: 3, 1, 4.
        let fused = reciprocal_rank_fusion(&[list(&[1, 2, 3]), list(&[3, 1, 4])], 60.0, 10);
        let score = |n| fused.iter().find(|h| h.id == id(n)).unwrap().score;
        assert!(approx(score(1), 1.0 / 61.0 + 1.0 / 62.0));
        assert!(approx(score(3), 1.0 / 63.0 + 1.0 / 61.0));
        assert!(approx(score(2), 1.0 / 62.0));
        assert!(approx(score(4), 1.0 / 63.0));
        // 1/61 + 1/62 = 0.032522 > 1/61 + 1/63 = 0.032266 > 1/62 > 1/63.
        let order: Vec<_> = fused.iter().map(|h| h.id).collect();
        assert_eq!(order, [id(1), id(3), id(2), id(4)]);
    }

    #[test]
    fn k_changes_the_weight_of_the_top_ranks() {
        // With k = 0, a single first place (1/1) beats second and third places (1/2 + 1/3).
        let lists = [list(&[1, 2]), list(&[3, 2])];
        let fused = reciprocal_rank_fusion(&lists, 0.0, 10);
        assert!(approx(fused[0].score, 1.0));
        assert!(approx(fused.iter().find(|h| h.id == id(2)).unwrap().score, 1.0));
        // With k = 60, being in both lists wins: 2/62 > 1/61.
        let fused = reciprocal_rank_fusion(&lists, DEFAULT_RRF_K, 10);
        assert_eq!(fused[0].id, id(2));
    }

    #[test]
    fn ties_are_ordered_by_id_and_list_order_does_not_matter() {
        let (a, b) = (list(&[1, 2]), list(&[2, 1]));
        let one = reciprocal_rank_fusion(&[a.clone(), b.clone()], 60.0, 10);
        let two = reciprocal_rank_fusion(&[b, a], 60.0, 10);
        assert_eq!(one, two);
        assert_eq!(one[0].score, one[1].score);
        assert!(one[0].id < one[1].id);
    }

    #[test]
    fn duplicates_limits_and_empty_lists() {
        let with_duplicate = vec![list(&[1, 1, 2])];
        let fused = reciprocal_rank_fusion(&with_duplicate, 60.0, 10);
        assert_eq!(fused.len(), 2);
        assert!(approx(fused[0].score, 1.0 / 61.0));
        assert!(approx(fused[1].score, 1.0 / 63.0), "2 keeps its own rank");
        assert_eq!(reciprocal_rank_fusion(&[list(&[1, 2, 3])], 60.0, 2).len(), 2);
        assert!(reciprocal_rank_fusion(&[list(&[1])], 60.0, 0).is_empty());
        assert!(reciprocal_rank_fusion(&[], 60.0, 10).is_empty());
        assert!(reciprocal_rank_fusion(&[vec![], vec![]], 60.0, 10).is_empty());
    }
}
