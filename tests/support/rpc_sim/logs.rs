//! `eth_getLogs` as a lagging replica and a capped provider answer it.

use hyper::StatusCode;
use serde_json::{Value, json};

use super::proxy::{After, Plan, View, resolve};
use super::{FaultKind, Faults, LogsErrorStyle, Shared, hex, quantity};

/// What a forwarded `eth_getLogs` answer needs.
pub(crate) struct LogsAfter {
    /// Logs above this block are removed (a lagging replica's tip).
    hide_above: Option<u64>,
    /// The first block of the query, for the retry range a refusal suggests.
    from: u64,
    max_results: Option<usize>,
    style: LogsErrorStyle,
}

/// Plans an `eth_getLogs` call: the range pinned to the replica's tip, refused if too wide.
pub(crate) async fn plan(
    shared: &Shared,
    faults: &Faults,
    view: View,
    mut call: Value,
) -> anyhow::Result<Plan> {
    let Some(filter) =
        call.get_mut("params").and_then(|p| p.get_mut(0)).and_then(Value::as_object_mut)
    else {
        return Ok(Plan::Forward { call, after: After::Nothing });
    };
    let hide_above = view.lagged.then_some(view.tip);
    let (from, to) = if let Some(hash) = filter.get("blockHash").and_then(Value::as_str) {
        match shared.block_number_of(hash).await? {
            Some(n) => (n, n),
            None => return Ok(Plan::Forward { call, after: After::Nothing }),
        }
    } else {
        let from = resolve(shared, view.tip, filter.get("fromBlock")).await?;
        let to = resolve(shared, view.tip, filter.get("toBlock")).await?;
        let (Some(from), Some(mut to)) = (from, to) else {
            return Ok(Plan::Forward { call, after: After::Nothing });
        };
        if let Some(tip) = hide_above {
            to = to.min(tip);
            filter.insert("fromBlock".into(), hex(from));
            filter.insert("toBlock".into(), hex(to));
        }
        (from, to)
    };
    if hide_above.is_some_and(|tip| from > tip) {
        shared.injected(FaultKind::HiddenByLag);
        return Ok(Plan::Local { field: "result", value: json!([]), status: None });
    }
    let style = faults.logs_error_style;
    if let Some(max) = faults.logs_max_range {
        let range = (to + 1).saturating_sub(from);
        if range > max {
            shared.injected(FaultKind::LogsRangeLimit);
            let (status, value) = range_error(style, max, range, from);
            return Ok(Plan::Local { field: "error", value, status });
        }
    }
    let after = LogsAfter { hide_above, from, max_results: faults.logs_max_results, style };
    Ok(Plan::Forward { call, after: After::Logs(after) })
}

/// Checks a forwarded answer: logs above the replica's tip removed, too many refused. Returns
/// the HTTP status the refusal needs, if any.
pub(crate) fn after(shared: &Shared, after: &LogsAfter, answer: &mut Value) -> Option<StatusCode> {
    let logs = answer.get_mut("result").and_then(Value::as_array_mut)?;
    if let Some(tip) = after.hide_above {
        let before = logs.len();
        logs.retain(|log| quantity(&log["blockNumber"]).is_none_or(|n| n <= tip));
        if logs.len() < before {
            shared.injected(FaultKind::HiddenByLag);
        }
    }
    let max = after.max_results.filter(|max| logs.len() > *max)?;
    let mut blocks: Vec<u64> = logs.iter().filter_map(|l| quantity(&l["blockNumber"])).collect();
    blocks.sort_unstable();
    // The suggested range ends before the block holding the first log over the cap.
    let over = blocks.get(max).copied().unwrap_or(after.from);
    let until = over.saturating_sub(1).max(after.from);
    shared.injected(FaultKind::LogsResultLimit);
    let (status, error) = results_error(after.style, max, after.from, until);
    if let Some(object) = answer.as_object_mut() {
        object.remove("result");
        object.insert("error".into(), error);
    }
    status
}

/// The refusal of a range of `range` blocks from `from` when at most `max` are served (see
/// [`LogsErrorStyle`] for the sources).
fn range_error(
    style: LogsErrorStyle,
    max: u64,
    range: u64,
    from: u64,
) -> (Option<StatusCode>, Value) {
    let until = from + max.saturating_sub(1);
    let (status, code, message) = match style {
        LogsErrorStyle::Alchemy => (
            None,
            -32600,
            format!(
                "You can make eth_getLogs requests with up to a {max} block range. Based on your \
                 parameters, this block range should work: [{from:#x}, {until:#x}]"
            ),
        ),
        LogsErrorStyle::Infura => (None, -32602, format!("range {range} exceeds limit of {max}")),
        LogsErrorStyle::QuickNode => (
            Some(StatusCode::PAYLOAD_TOO_LARGE),
            -32614,
            format!("eth_getLogs is limited to a {} range", thousands(max)),
        ),
        LogsErrorStyle::Ankr => (None, -32600, "block range is too wide".to_owned()),
        LogsErrorStyle::Reth => (None, -32602, format!("query exceeds max block range {max}")),
        LogsErrorStyle::PublicNode => (None, -32000, format!("exceed maximum block range: {max}")),
    };
    (status, json!({"code": code, "message": message}))
}

/// The refusal of more than `max` logs, suggesting `from..=until`.
fn results_error(
    style: LogsErrorStyle,
    max: usize,
    from: u64,
    until: u64,
) -> (Option<StatusCode>, Value) {
    let (code, message) = match style {
        LogsErrorStyle::Alchemy => (
            -32602,
            format!(
                "Log response size exceeded. You can make eth_getLogs requests with up to a 2K \
                 block range and no limit on the response size, or you can request any block \
                 range with a cap of {max} logs in the response. Based on your parameters and \
                 the response size limit, this block range should work: [{from:#x}, {until:#x}]"
            ),
        ),
        LogsErrorStyle::Infura => (
            -32005,
            format!(
                "query returned more than {max} results. Try with this block range \
                 [{from:#x}, {until:#x}]."
            ),
        ),
        LogsErrorStyle::QuickNode | LogsErrorStyle::PublicNode => {
            (-32005, format!("query returned more than {max} results"))
        }
        LogsErrorStyle::Ankr | LogsErrorStyle::Reth => (
            -32602,
            format!("query exceeds max results {max}, retry with the range {from}-{until}"),
        ),
    };
    (None, json!({"code": code, "message": message}))
}

/// `10000` as `10,000`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
