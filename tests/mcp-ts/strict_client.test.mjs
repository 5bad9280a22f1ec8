// `memsync mcp` driven by the official TypeScript MCP SDK: strict schema validation, malformed
// tools/call parameters, and cancelled writes (docs/MCP.md).

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";

import { CallToolResultSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import Ajv from "ajv";

import { call, cli, connect, startDevnet, startSim } from "./support.mjs";

/** The versions of a memory, oldest first, as `memsync history` gives them. */
function history(devnet, id, env = devnet.env) {
  const answer = cli(env, "history", id);
  return Array.isArray(answer) ? answer : answer.versions;
}

function texts(versions) {
  return versions.map((v) => v.memory?.text ?? null);
}

describe("memsync mcp with the official TypeScript SDK", () => {
  let devnet;
  let session;

  before(async () => {
    devnet = await startDevnet();
    session = await connect(devnet);
  });

  after(async () => {
    await session?.close();
    await devnet?.stop();
  });

  test("every tool's schemas compile in a strict draft-07 validator (Ajv)", async () => {
    const { tools } = await session.client.listTools();
    assert.equal(tools.length, 7);
    // Ajv's default is draft-07; strict mode refuses unknown keywords and formats.
    const ajv = new Ajv({ strict: true, allErrors: true });
    for (const tool of tools) {
      const text = JSON.stringify(tool.inputSchema);
      assert.ok(!text.includes("$schema"), `${tool.name} declares a $schema: ${text}`);
      assert.ok(!text.includes('"format"'), `${tool.name} uses a format: ${text}`);
      assert.doesNotThrow(() => ajv.compile(tool.inputSchema), `${tool.name}: ${text}`);
      if (tool.outputSchema) {
        assert.doesNotThrow(() => ajv.compile(tool.outputSchema), `${tool.name} output`);
      }
    }
    const search = tools.find((t) => t.name === "search_memory");
    const validate = ajv.compile(search.inputSchema);
    assert.ok(validate({ query: "rust", limit: 5 }), JSON.stringify(validate.errors));
    assert.ok(!validate({ query: "rust", limit: 0 }), "limit 0 must be refused by the schema");
    assert.ok(!validate({ query: "rust", limit: 101 }), "limit 101 must be refused");
    assert.ok(!validate({ query: "rust", colour: "red" }), "unknown fields are refused");
  });

  test("malformed tools/call parameters are invalid params (-32602), not unknown methods", async () => {
    const malformed = [
      {},
      { name: 7 },
      { name: null },
      { name: "get_profile", arguments: [] },
      { name: "get_profile", arguments: "x" },
      { arguments: {} },
    ];
    for (const params of malformed) {
      await assert.rejects(
        session.client.request({ method: "tools/call", params }, CallToolResultSchema),
        (err) => {
          assert.ok(err instanceof McpError, `${JSON.stringify(params)}: ${err}`);
          assert.equal(err.code, -32602, `${JSON.stringify(params)}: ${err.message}`);
          return true;
        },
      );
    }
    await assert.rejects(
      session.client.request({ method: "memsync/nothing", params: {} }, CallToolResultSchema),
      (err) => err instanceof McpError && err.code === -32601,
    );
    // The server still serves.
    const profile = await call(session.client, "get_profile");
    assert.equal(profile.freshness.state, "current");
  });

  test("a cancelled update never lands after the update sent after it", async () => {
    const { memory } = await call(session.client, "add_memory", {
      text: "My favourite editor is Helix.",
      categories: ["productivity"],
    });
    const rounds = 40;
    let cancelledWrites = 0;
    for (let round = 0; round < rounds; round++) {
      const abort = new AbortController();
      const cancelled = session.client
        .callTool(
          { name: "update_memory", arguments: { id: memory.id, text: `Cancelled edit ${round}.` } },
          undefined,
          { signal: abort.signal },
        )
        .then(
          () => "answered",
          () => "aborted",
        );
      // Before the request leaves, as it arrives, or as its write begins.
      if (round % 3 > 0) await sleep(round % 3 === 1 ? 0 : 1);
      abort.abort("the user changed their mind");
      const latest = await call(session.client, "update_memory", {
        id: memory.id,
        text: `Final edit ${round}.`,
      });
      assert.equal(latest.memory.text, `Final edit ${round}.`);
      await cancelled;
      // Whatever became of the cancelled call, it happened before the later one.
      const current = await call(session.client, "get_memory", { id: memory.id });
      assert.equal(current.memory.text, `Final edit ${round}.`, `round ${round}`);
      assert.equal(current.memory.version, latest.memory.version, `round ${round}`);
    }
    const versions = history(devnet, memory.id);
    const all = texts(versions);
    assert.equal(all.at(-1), `Final edit ${rounds - 1}.`);
    for (let round = 0; round < rounds; round++) {
      const cancelledAt = all.indexOf(`Cancelled edit ${round}.`);
      const finalAt = all.indexOf(`Final edit ${round}.`);
      assert.ok(finalAt >= 0, `round ${round}: the final edit is in the history`);
      if (cancelledAt >= 0) {
        cancelledWrites++;
        assert.ok(cancelledAt < finalAt, `round ${round}: the cancelled edit came after: ${all}`);
      }
    }
    // Versions only grow: no write repeated or undercut another.
    const numbers = versions.map((v) => v.version);
    assert.deepEqual([...numbers].sort((a, b) => a - b), numbers);
    assert.equal(new Set(numbers).size, numbers.length);
    console.log(`cancelled updates that had begun writing: ${cancelledWrites} of ${rounds}`);
  });
});

describe("cancellation while a call waits its turn (a slow RPC)", () => {
  let devnet;
  let sim;
  let session;

  before(async () => {
    devnet = await startDevnet();
    sim = await startSim(devnet, "slow");
    session = await connect(devnet, { network: "slow" });
  });

  after(async () => {
    await session?.close();
    await sim?.close();
    await devnet?.stop();
  });

  test("an update cancelled behind a slow write writes nothing; later calls see the slow one", async () => {
    const { memory } = await call(session.client, "add_memory", {
      text: "I take the train to work.",
      categories: ["productivity"],
    });
    // Every RPC answer 150 ms late: a write takes many of them.
    await sim.latency(150);
    for (let round = 0; round < 3; round++) {
      const slow = call(session.client, "update_memory", {
        id: memory.id,
        text: `Slow edit ${round}.`,
      });
      const abort = new AbortController();
      const cancelled = session.client
        .callTool(
          { name: "update_memory", arguments: { id: memory.id, text: `Queued edit ${round}.` } },
          undefined,
          { signal: abort.signal },
        )
        .catch(() => "aborted");
      await sleep(30);
      abort.abort("changed my mind");
      assert.equal(await cancelled, "aborted");
      // Sent after the cancellation: served after the slow write, and before anything later.
      const read = await call(session.client, "get_memory", { id: memory.id });
      assert.equal(read.memory.text, `Slow edit ${round}.`);
      assert.equal((await slow).memory.version, read.memory.version);
    }
    await sim.mode("honest");
    const all = texts(history(devnet, memory.id));
    for (let round = 0; round < 3; round++) {
      assert.ok(all.includes(`Slow edit ${round}.`), `${all}`);
      assert.ok(!all.includes(`Queued edit ${round}.`), `a cancelled, queued edit was written: ${all}`);
    }
    assert.match(session.log(), /cancelled before it began: nothing was done/);
  });
});
