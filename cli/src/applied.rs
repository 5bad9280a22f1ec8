//! The JSON every form of `add` prints: what each memory the command concerned became.

use memsync::memory::{Applied, AppliedAction};
use serde_json::Value;

use crate::session::Session;

/// What every form of `add` prints with `--json`: `{"applied": [...]}`, one entry per memory the
/// command concerned (`action`, `id`, `text`, `version`), each with the `memory` as `show` prints
/// it (null after a deletion). `--via-tee` adds `node` and `receipt`.
pub(crate) async fn applied_json(session: &Session, applied: &[Applied]) -> anyhow::Result<Value> {
    let mut entries = Vec::with_capacity(applied.len());
    for entry in applied {
        // Through the text, so that numbers read as the SDK writes them (see
        // `freshness::json_with_freshness`).
        let mut value: Value = serde_json::from_str(&serde_json::to_string(entry)?)?;
        let memory = match (entry.action, entry.id) {
            (AppliedAction::Deleted, _) | (_, None) => None,
            (_, Some(id)) => session.client.get(id).await.ok(),
        };
        let Value::Object(fields) = &mut value else {
            anyhow::bail!("an applied action is not a JSON object");
        };
        // Every entry has the same keys: `version` is null when nothing was written, `memory`
        // when there is none (a deletion).
        fields.entry("version").or_insert(Value::Null);
        let memory = match memory {
            Some(memory) => serde_json::from_str(&serde_json::to_string(&memory)?)?,
            None => Value::Null,
        };
        fields.insert("memory".to_owned(), memory);
        entries.push(value);
    }
    Ok(serde_json::json!({ "applied": entries }))
}
