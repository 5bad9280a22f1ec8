//! How current an answer is, and what a sync did that the user must hear about: a stale answer
//! from the local cache, a damaged cache rebuilt, a reorg rolled back, this device's
//! transactions sent again or lost. The CLI prints these on stderr; `memsync mcp` puts them in
//! its next tool result.

use memsync::memory::{Freshness, SyncReport};
use serde::Serialize;
use serde_json::Value;

/// One thing a sync did that the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Notice {
    /// Whether something is lost and must be done again (a warning), or only worth knowing.
    pub(crate) warning: bool,
    /// What happened, in one line.
    pub(crate) text: String,
}

impl Notice {
    /// The notice as a line of the CLI's standard error.
    pub(crate) fn line(&self) -> String {
        let level = if self.warning { "warning" } else { "note" };
        format!("{level}: {}", self.text)
    }
}

/// What `report` holds that the user should know, in the order it happened.
pub(crate) fn notices(report: &SyncReport) -> Vec<Notice> {
    let note = |text: String| Notice { warning: false, text };
    let mut notices = Vec::new();
    if let Some(reason) = &report.cache_rebuilt {
        notices
            .push(note(format!("the local cache was damaged ({reason}); rebuilt from the chain")));
    }
    if let Some(what) = &report.rolled_back {
        notices.push(note(format!("{what}; the log was verified against the chain again")));
    }
    for hash in &report.resent {
        notices.push(note(format!(
            "transaction {hash} of this device was missing from the chain (a reorg, or a send \
             whose answer was lost); sent it again"
        )));
    }
    notices
        .extend(report.lost_writes.iter().map(|lost| Notice { warning: true, text: lost.clone() }));
    notices
}

/// The warning a stale answer carries (none for a current one).
pub(crate) fn stale_warning(freshness: &Freshness) -> Option<String> {
    match freshness {
        Freshness::Stale { reason, checkpoint_seq } => Some(format!(
            "answering from the local cache (seq {checkpoint_seq}): {reason}; recent changes \
             from other devices may be missing"
        )),
        _ => None,
    }
}

/// `freshness` as JSON: `{"state": "current"}` or `{"state": "stale", "reason",
/// "checkpoint_seq"}`.
pub(crate) fn to_json(freshness: &Freshness) -> Value {
    serde_json::to_value(freshness).unwrap_or_else(|_| serde_json::json!({"state": "unknown"}))
}

/// `value` as JSON with a `freshness` field. Through the text, so that numbers read as the
/// SDK's serde form writes them (an `f32` confidence of 0.9 stays 0.9, not its `f64` widening).
pub(crate) fn json_with_freshness(
    value: &impl Serialize,
    freshness: &Freshness,
) -> serde_json::Result<Value> {
    let value = serde_json::from_str(&serde_json::to_string(value)?)?;
    Ok(with_freshness(value, freshness))
}

/// `value` with a `freshness` field, if it is a JSON object (arrays and other values are left
/// as they are: their shape is a promise to scripts).
pub(crate) fn with_freshness(mut value: Value, freshness: &Freshness) -> Value {
    if let Value::Object(fields) = &mut value {
        fields.insert("freshness".to_owned(), to_json(freshness));
    }
    value
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use alloy::primitives::B256;
    use serde_json::json;

    use super::*;

    #[test]
    fn stale_answers_say_why_and_how_far_the_cache_reaches() {
        let stale = Freshness::Stale { reason: "the RPC is down".into(), checkpoint_seq: 7 };
        let warning = stale_warning(&stale).unwrap();
        assert!(warning.starts_with("answering from the local cache (seq 7): the RPC is down"));
        assert_eq!(stale_warning(&Freshness::Current), None);
        assert_eq!(
            to_json(&stale),
            json!({"state": "stale", "reason": "the RPC is down", "checkpoint_seq": 7})
        );
        let page = with_freshness(json!({"total": 1}), &Freshness::Current);
        assert_eq!(page, json!({"total": 1, "freshness": {"state": "current"}}));
        assert_eq!(with_freshness(json!([1, 2]), &stale), json!([1, 2]));
        #[derive(Serialize)]
        struct Fact {
            confidence: f32,
        }
        let fact = json_with_freshness(&Fact { confidence: 0.9 }, &Freshness::Current).unwrap();
        assert_eq!(fact, json!({"confidence": 0.9, "freshness": {"state": "current"}}));
    }

    #[test]
    fn every_event_of_a_sync_is_one_line_and_lost_writes_are_warnings() {
        let report = SyncReport {
            cache_rebuilt: Some("file is not a database".into()),
            rolled_back: Some("a reorg replaced the blocks of operations 4..=5".into()),
            resent: vec![B256::repeat_byte(1)],
            lost_writes: vec!["transaction 0x02 was dropped; make the change again".into()],
            ..SyncReport::default()
        };
        let lines: Vec<String> = notices(&report).iter().map(Notice::line).collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].starts_with("note: the local cache was damaged (file is not a database)"));
        assert!(lines[1].starts_with("note: a reorg replaced the blocks of operations 4..=5"));
        assert!(lines[2].contains(&B256::repeat_byte(1).to_string()) && lines[2].contains("again"));
        assert!(lines[3].starts_with("warning: transaction 0x02 was dropped"));
        assert!(lines.iter().all(|l| !l.contains('\n')));
        assert!(notices(&SyncReport::default()).is_empty());
    }
}
