//! `memsync mcp` spoken to line by line, as a strict or careless client would: the tools'
//! schemas are plain JSON Schema that draft-07 validators accept, and malformed `tools/call`
//! parameters are invalid parameters (-32602), not an unknown method.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Child, ChildStdin, ChildStdout, Stdio};

use serde_json::{Value, json};

use crate::support::Devnet;

struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Session {
    fn send(&mut self, message: &Value) {
        writeln!(self.stdin, "{message}").expect("write");
        self.stdin.flush().expect("flush");
    }

    /// The next message from the server.
    fn next(&mut self) -> Value {
        let mut line = String::new();
        assert!(self.stdout.read_line(&mut line).expect("read") > 0, "the server hung up");
        serde_json::from_str(&line).expect("one JSON message per line")
    }

    /// The answer to request `id` (notifications in between are skipped).
    fn answer(&mut self, id: u64) -> Value {
        loop {
            let message = self.next();
            if message["id"] == id {
                return message;
            }
        }
    }

    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.answer(id)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every key of a schema, at any depth, with its value.
fn walk<'a>(value: &'a Value, found: &mut Vec<(&'a str, &'a Value)>) {
    match value {
        Value::Object(object) => {
            for (key, inner) in object {
                found.push((key, inner));
                walk(inner, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| walk(i, found)),
        _ => {}
    }
}

#[test]
fn strict_clients_get_plain_schemas_and_malformed_calls_are_invalid_params() {
    let devnet = Devnet::start();
    let home = devnet.home();
    home.json(&["init", "--dev"]);
    let mut child = home
        .command(&["mcp", "--app", "strict"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("memsync mcp");
    let (stdin, stdout) = (child.stdin.take().expect("stdin"), child.stdout.take().expect("out"));
    let mut session = Session { child, stdin, stdout: BufReader::new(stdout) };
    let init = session.request(
        1,
        "initialize",
        json!({"protocolVersion": "2025-06-18", "capabilities": {},
               "clientInfo": {"name": "strict", "version": "1"}}),
    );
    assert!(init["result"]["serverInfo"]["name"] == "memsync", "{init}");
    session.send(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));

    // The schemas: no `$schema` (draft 2020-12), no numeric `format` (`uint32`); ranges stay.
    let tools = session.request(2, "tools/list", json!({}));
    let tools = tools["result"]["tools"].as_array().expect("tools").clone();
    assert_eq!(tools.len(), 7, "{tools:?}");
    for tool in &tools {
        let mut found = Vec::new();
        walk(&tool["inputSchema"], &mut found);
        for (key, value) in found {
            assert_ne!(key, "$schema", "{}: {}", tool["name"], tool["inputSchema"]);
            if key == "format" {
                let format = value.as_str().unwrap_or_default();
                assert!(
                    !format.contains("int") && format != "double",
                    "{}: {format}",
                    tool["name"]
                );
            }
        }
    }
    let search = tools.iter().find(|t| t["name"] == "search_memory").expect("search_memory");
    let limit = &search["inputSchema"]["properties"]["limit"];
    assert_eq!(
        (limit["minimum"].as_u64(), limit["maximum"].as_u64()),
        (Some(1), Some(100)),
        "{limit}"
    );

    // Malformed `tools/call` parameters: -32602, and the session goes on.
    for (id, params) in [
        (10, json!({"arguments": {}})),
        (11, json!({"name": 7, "arguments": {}})),
        (12, json!({"name": "get_profile", "arguments": 5})),
    ] {
        let answer = session.request(id, "tools/call", params.clone());
        assert_eq!(answer["error"]["code"], -32602, "{params} -> {answer}");
        assert!(
            answer["error"]["message"].as_str().unwrap_or_default().contains("tools/call"),
            "{answer}"
        );
    }
    // Parameters that are not even structured (JSON-RPC wants an object or an array): an
    // invalid request, answered without an id since none could be read past them.
    session.send(&json!({"jsonrpc": "2.0", "id": 13, "method": "tools/call", "params": "x"}));
    let invalid = session.next();
    assert_eq!(invalid["error"]["code"], -32600, "{invalid}");
    let unknown = session.request(20, "tools/frobnicate", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    let profile =
        session.request(21, "tools/call", json!({"name": "get_profile", "arguments": {}}));
    assert_eq!(profile["result"]["isError"], false, "still serving: {profile}");
}
