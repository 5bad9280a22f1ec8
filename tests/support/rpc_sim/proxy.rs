//! The HTTP side: accepting connections, transient failures, forwarding to the node, and the
//! per-call rewriting of a lagging replica.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};

use super::logs;
use super::{FaultKind, Faults, Shared, Transient, hex, quantity};

type Reply = Response<Full<Bytes>>;

/// Accepts connections until the simulator is dropped.
pub(crate) async fn accept(
    shared: Arc<Shared>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
            _ = shutdown.changed() => return,
        };
        tokio::spawn(connection(shared.clone(), stream, shutdown.clone()));
    }
}

/// Serves one connection with hyper, so that a request can end it without any HTTP response.
async fn connection(shared: Arc<Shared>, stream: TcpStream, mut shutdown: watch::Receiver<bool>) {
    // A second handle on the socket: after the connection is dropped, closing this one with
    // SO_LINGER 0 sends a TCP RST, what a client sees when a load balancer kills a connection.
    let Ok(stream) = stream.into_std() else { return };
    let Ok(second) = stream.try_clone() else { return };
    let Ok(stream) = TcpStream::from_std(stream) else { return };
    let reset = Arc::new(Notify::new());
    let service = {
        let reset = reset.clone();
        service_fn(move |request| {
            let shared = shared.clone();
            let reset = reset.clone();
            async move { Ok::<_, Infallible>(handle(&shared, request, &reset).await) }
        })
    };
    let served = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = served => {}
        () = reset.notified() => {
            let _ = socket2::SockRef::from(&second).set_linger(Some(Duration::ZERO));
        }
        _ = shutdown.changed() => {}
    }
}

/// Answers one HTTP request.
async fn handle(shared: &Shared, request: Request<Incoming>, reset: &Notify) -> Reply {
    let body = match request.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => return text(shared, StatusCode::BAD_REQUEST, "unreadable body"),
    };
    shared.stats().http_requests += 1;
    let faults = shared.faults();
    let Ok(parsed) = serde_json::from_slice::<Value>(&body) else {
        return forward_raw(shared, body).await;
    };
    let batch = parsed.is_array();
    let calls = match parsed {
        Value::Array(calls) => calls,
        call => vec![call],
    };
    let methods: Vec<String> =
        calls.iter().map(|c| c["method"].as_str().unwrap_or_default().to_owned()).collect();
    {
        let mut stats = shared.stats();
        for method in &methods {
            *stats.requests.entry(method.clone()).or_default() += 1;
        }
    }
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    // One draw per HTTP request, so that the sequence of faults depends only on the seed.
    let draw = shared.uniform();
    if let Some(kind) = faults.transient_for(draw).filter(|_| faults.may_fail(&methods)) {
        shared.injected(FaultKind::Transient(kind));
        return transient(shared, &faults, kind, &calls, batch, reset).await;
    }
    let (status, answers) = match answer(shared, &faults, calls, &methods, batch).await {
        Ok(answer) => answer,
        Err(reply) => return reply,
    };
    let sends =
        methods.iter().any(|m| m == "eth_sendRawTransaction" || m == "eth_sendRawTransactionSync");
    if sends && faults.ambiguous_sends > 0.0 && shared.uniform() < faults.ambiguous_sends {
        shared.injected(FaultKind::AmbiguousSend);
        return text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway");
    }
    let body =
        if batch { Value::Array(answers) } else { answers.into_iter().next().unwrap_or_default() };
    json_reply(shared, status, &body)
}

/// The failure of a whole HTTP request.
async fn transient(
    shared: &Shared,
    faults: &Faults,
    kind: Transient,
    calls: &[Value],
    batch: bool,
    reset: &Notify,
) -> Reply {
    let errors = |error: Value| {
        let answers: Vec<Value> = calls
            .iter()
            .map(|c| json!({"jsonrpc": "2.0", "id": c["id"], "error": error}))
            .collect();
        if batch { Value::Array(answers) } else { answers.into_iter().next().unwrap_or_default() }
    };
    match kind {
        Transient::Http502 => text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"),
        Transient::Http503 => text(shared, StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable"),
        Transient::Http429 => {
            let body = errors(json!({"code": 429, "message": "Too Many Requests"}));
            let mut reply = json_reply(shared, StatusCode::TOO_MANY_REQUESTS, &body);
            reply.headers_mut().insert(RETRY_AFTER, HeaderValue::from(faults.retry_after_secs));
            reply
        }
        Transient::JsonRpcError => {
            let body =
                errors(json!({"code": -32005, "message": "project ID request rate exceeded"}));
            json_reply(shared, StatusCode::OK, &body)
        }
        Transient::Reset => {
            reset.notify_one();
            std::future::pending().await
        }
        Transient::Hang => {
            tokio::time::sleep(faults.hang_for).await;
            text(shared, StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout")
        }
    }
}

/// The tip one HTTP request sees.
#[derive(Clone, Copy, Debug)]
pub(crate) struct View {
    /// The node's tip.
    pub(crate) real_tip: u64,
    /// The tip of the replica that serves this request.
    pub(crate) tip: u64,
    /// Whether that replica lags (tags are pinned and newer things hidden).
    pub(crate) lagged: bool,
}

/// How one call is answered.
pub(crate) enum Plan {
    /// Here, with `field` (`result` or `error`) set to `value`; `status` overrides the HTTP
    /// status of the whole reply.
    Local { field: &'static str, value: Value, status: Option<StatusCode> },
    /// By the node, then checked.
    Forward { call: Value, after: After },
}

/// What a forwarded call's answer needs.
pub(crate) enum After {
    /// Nothing.
    Nothing,
    /// `null` if the block number in the result's `field` is above `tip`.
    HideAbove { field: &'static str, tip: u64 },
    /// The replica's and the provider's view of `eth_getLogs`.
    Logs(logs::LogsAfter),
}

impl Plan {
    fn forward(call: Value) -> Self {
        Self::Forward { call, after: After::Nothing }
    }

    fn result(value: Value) -> Self {
        Self::Local { field: "result", value, status: None }
    }
}

/// Answers every call of an HTTP request: the HTTP status and one answer per call, or the
/// whole reply if the node could not be asked.
async fn answer(
    shared: &Shared,
    faults: &Faults,
    calls: Vec<Value>,
    methods: &[String],
    batch: bool,
) -> Result<(StatusCode, Vec<Value>), Reply> {
    let logs_capped = (faults.logs_max_range.is_some() || faults.logs_max_results.is_some())
        && methods.iter().any(|m| m == "eth_getLogs");
    let view = if faults.lag_blocks > 0 || faults.stale_block_number > 0 || logs_capped {
        let real_tip =
            shared.tip().await.map_err(|_| text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"))?;
        let lag = if faults.lag_jitter {
            shared.between(0, faults.lag_blocks)
        } else {
            faults.lag_blocks
        };
        Some(View { real_tip, tip: real_tip.saturating_sub(lag), lagged: faults.lag_blocks > 0 })
    } else {
        None
    };
    let ids: Vec<Value> = calls.iter().map(|c| c["id"].clone()).collect();
    let mut plans = Vec::with_capacity(calls.len());
    for call in calls {
        let planned = plan(shared, faults, view.as_ref(), call).await;
        plans.push(planned.map_err(|_| text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"))?);
    }
    let forwarded: Vec<(usize, &Value)> = plans
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p {
            Plan::Forward { call, .. } => Some((i, call)),
            Plan::Local { .. } => None,
        })
        .collect();
    let mut upstream =
        if forwarded.is_empty() { Vec::new() } else { forward(shared, &forwarded, batch).await? };
    let mut status = StatusCode::OK;
    let mut answers = Vec::with_capacity(plans.len());
    for (i, (plan, id)) in plans.into_iter().zip(ids).enumerate() {
        let mut answer = match plan {
            Plan::Local { field, value, status: local } => {
                status = local.unwrap_or(status);
                let mut answer = json!({"jsonrpc": "2.0", "id": id});
                answer[field] = value;
                answer
            }
            Plan::Forward { after, .. } => {
                let slot =
                    upstream.iter_mut().find(|(index, _)| *index == i).map(|(_, a)| a.take());
                let mut answer = slot.unwrap_or_else(|| {
                    json!({"jsonrpc": "2.0", "error": {"code": -32603, "message": "no answer from the node"}})
                });
                answer["id"] = id;
                match after {
                    After::Nothing => {}
                    After::HideAbove { field, tip } => {
                        if quantity(&answer["result"][field]).is_some_and(|n| n > tip) {
                            shared.injected(FaultKind::HiddenByLag);
                            answer["result"] = Value::Null;
                        }
                    }
                    After::Logs(after) => {
                        if let Some(local) = logs::after(shared, &after, &mut answer) {
                            status = local;
                        }
                    }
                }
                answer
            }
        };
        if let Some(object) = answer.as_object_mut() {
            object.entry("jsonrpc").or_insert_with(|| json!("2.0"));
        }
        answers.push(answer);
    }
    Ok((status, answers))
}

/// Sends the forwarded calls to the node (ids replaced by their positions) and returns the
/// answers by position.
async fn forward(
    shared: &Shared,
    calls: &[(usize, &Value)],
    batch: bool,
) -> Result<Vec<(usize, Value)>, Reply> {
    let requests: Vec<Value> = calls
        .iter()
        .map(|(i, call)| {
            let mut call = (*call).clone();
            call["id"] = json!(i);
            call
        })
        .collect();
    let body = if batch {
        Value::Array(requests)
    } else {
        requests.into_iter().next().unwrap_or_default()
    };
    let sent = shared.client.post(&shared.upstream).json(&body).send().await;
    let Ok(response) = sent else {
        return Err(text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"));
    };
    let status = response.status();
    let Ok(bytes) = response.bytes().await else {
        return Err(text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"));
    };
    let parsed = serde_json::from_slice::<Value>(&bytes);
    let answers = match parsed {
        Ok(Value::Array(answers)) if status.is_success() => answers,
        Ok(answer @ Value::Object(_)) if status.is_success() && !batch => vec![answer],
        _ => {
            let status = StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            return Err(raw(shared, status, bytes));
        }
    };
    let single = calls.first().map(|(i, _)| *i).unwrap_or_default();
    Ok(answers
        .into_iter()
        .map(|answer| {
            let index = answer["id"].as_u64().map_or(single, |i| i as usize);
            (index, answer)
        })
        .collect())
}

/// Forwards a body that is not JSON as it is.
async fn forward_raw(shared: &Shared, body: Bytes) -> Reply {
    let sent = shared
        .client
        .post(&shared.upstream)
        .header(CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await;
    match sent {
        Ok(response) => {
            let status =
                StatusCode::from_u16(response.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            match response.bytes().await {
                Ok(bytes) => raw(shared, status, bytes),
                Err(_) => text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"),
            }
        }
        Err(_) => text(shared, StatusCode::BAD_GATEWAY, "Bad Gateway"),
    }
}

/// How one call is answered, seen from the replica that serves the request.
async fn plan(
    shared: &Shared,
    faults: &Faults,
    view: Option<&View>,
    mut call: Value,
) -> anyhow::Result<Plan> {
    let Some(view) = view.copied() else { return Ok(Plan::forward(call)) };
    let method = call["method"].as_str().unwrap_or_default().to_owned();
    if method == "eth_getLogs" {
        return logs::plan(shared, faults, view, call).await;
    }
    if method == "eth_blockNumber" {
        let shown = view.tip.saturating_sub(faults.stale_block_number);
        if shown < view.real_tip {
            shared.injected(FaultKind::StaleTip);
        }
        return Ok(Plan::result(hex(shown)));
    }
    if !view.lagged {
        return Ok(Plan::forward(call));
    }
    let (index, absent_is_latest) = match method.as_str() {
        "eth_getBlockByNumber" => (0, false),
        "eth_call"
        | "eth_estimateGas"
        | "eth_getBalance"
        | "eth_getCode"
        | "eth_getTransactionCount" => (1, true),
        "eth_getStorageAt" => (2, true),
        "eth_getTransactionReceipt" | "eth_getTransactionByHash" => {
            let after = After::HideAbove { field: "blockNumber", tip: view.tip };
            return Ok(Plan::Forward { call, after });
        }
        "eth_getBlockByHash" => {
            return Ok(Plan::Forward {
                call,
                after: After::HideAbove { field: "number", tip: view.tip },
            });
        }
        _ => return Ok(Plan::forward(call)),
    };
    let Some(params) = call.get_mut("params").and_then(Value::as_array_mut) else {
        return Ok(Plan::forward(call));
    };
    let param = params.get(index).filter(|p| !p.is_null());
    if param.is_none() && !absent_is_latest {
        return Ok(Plan::forward(call));
    }
    let by_hash = param.is_some_and(|p| p.get("blockHash").is_some());
    let Some(number) = resolve(shared, view.tip, param).await? else {
        return Ok(Plan::forward(call));
    };
    if number > view.tip {
        if method == "eth_getBlockByNumber" {
            shared.injected(FaultKind::HiddenByLag);
            return Ok(Plan::result(Value::Null));
        }
        shared.injected(FaultKind::HeaderNotFound);
        let error = json!({"code": -32000, "message": "header not found"});
        return Ok(Plan::Local { field: "error", value: error, status: None });
    }
    if !by_hash {
        while params.len() <= index {
            params.push(Value::Null);
        }
        params[index] = hex(number);
    }
    Ok(Plan::forward(call))
}

/// A block parameter (absent, a tag, a number, `{"blockNumber"}` or `{"blockHash"}`) as a
/// number, seen by a replica whose tip is `tip`; `None` if it names nothing the node knows.
pub(crate) async fn resolve(
    shared: &Shared,
    tip: u64,
    param: Option<&Value>,
) -> anyhow::Result<Option<u64>> {
    let Some(param) = param.filter(|p| !p.is_null()) else { return Ok(Some(tip)) };
    if let Some(object) = param.as_object() {
        return resolve_object(shared, object).await;
    }
    Ok(match param.as_str() {
        Some("latest" | "pending") => Some(tip),
        Some(tag @ ("safe" | "finalized")) => Some(shared.tag_number(tag).await?.min(tip)),
        Some("earliest") => Some(0),
        _ => quantity(param),
    })
}

async fn resolve_object(
    shared: &Shared,
    object: &Map<String, Value>,
) -> anyhow::Result<Option<u64>> {
    if let Some(number) = object.get("blockNumber") {
        return Ok(quantity(number));
    }
    match object.get("blockHash").and_then(Value::as_str) {
        Some(hash) => shared.block_number_of(hash).await,
        None => Ok(None),
    }
}

/// A plain-text reply.
pub(crate) fn text(shared: &Shared, status: StatusCode, body: &'static str) -> Reply {
    let mut reply = raw(shared, status, Bytes::from_static(body.as_bytes()));
    reply.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    reply
}

/// A JSON reply.
fn json_reply(shared: &Shared, status: StatusCode, body: &Value) -> Reply {
    let mut reply = raw(shared, status, Bytes::from(body.to_string()));
    reply.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    reply
}

fn raw(shared: &Shared, status: StatusCode, body: Bytes) -> Reply {
    shared.stats().replies += 1;
    let mut reply = Response::new(Full::new(body));
    *reply.status_mut() = status;
    reply
}
