"""`memsync mcp` through an RPC endpoint that misbehaves as hosted providers do: the RPC
simulator of the end-to-end tests (tests/support/rpc_sim), run as a process (`rpc-sim`) in
front of the devnet's anvil, in each of its modes: transient failures (502, 429 with
Retry-After, resets, JSON-RPC rate limits), lagging replicas, a stale `eth_blockNumber`, capped
`eth_getLogs`, ambiguous sends, hanging requests, and reorgs that drop transactions.

In every mode each of the seven tools answers, says its answer is current, and the server's
memories end equal to those of a device that reads the honest anvil: nothing lost, nothing
written twice. (The chain going away entirely is test_offline.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from conftest import REPO, Devnet, run_cli

pytestmark = pytest.mark.anyio

SIM_BIN = Path(os.environ.get("MEMSYNC_RPC_SIM_BIN", "target/debug/rpc-sim"))
if not SIM_BIN.is_absolute():
    SIM_BIN = REPO / SIM_BIN

#: The simulator's modes (`Faults::named`).
MODES = ["transient", "lag", "stale", "capped", "ambiguous", "hang", "reorg"]

#: Short RPC settings: a hung request is retried after 2 s; a replica behind is waited for.
SETTINGS = {"MEMSYNC_RPC_TIMEOUT_SECS": "2", "MEMSYNC_LAG_WAIT_SECS": "15"}


class Sim:
    """A running `rpc-sim` and its command line on standard input."""

    def __init__(self, upstream: str) -> None:
        assert SIM_BIN.is_file(), f"{SIM_BIN} not found: build it (cargo build -p memsync-e2e)"
        self.process = subprocess.Popen(
            [str(SIM_BIN), upstream, "honest"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        first = self.process.stdout.readline()  # type: ignore[union-attr]
        assert first.startswith("listening "), f"rpc-sim did not start: {first!r}"
        self.url = first.split()[1]

    def command(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer and not answer.startswith("error"), f"rpc-sim {line!r}: {answer!r}"
        return answer

    def mode(self, name: str, seed: int = 1) -> None:
        assert self.command(f"mode {name} {seed}") == "ok"

    def stats(self) -> dict[str, Any]:
        return json.loads(self.command("stats"))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def sim(devnet: Devnet) -> Iterator[Sim]:
    """The simulator in front of the devnet's anvil, as network `sim` of the devnet's config."""
    sim = Sim(devnet.info["rpc_url"])
    args = ["init", "--add-network", "sim", "--rpc-url", sim.url, "--vault", devnet.info["vault"]]
    args += ["--deploy-block", str(devnet.info["deploy_block"])]
    done = run_cli(args, devnet.env)
    assert done.returncode == 0, f"memsync {' '.join(args)}: {done.stdout}\n{done.stderr}"
    try:
        yield sim
    finally:
        sim.close()


def by_id(memories: list[dict[str, Any]]) -> dict[str, tuple[str, int]]:
    return {m["id"]: (m["text"], m["version"]) for m in memories}


async def current(mcp: Any, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    answer = await mcp.answer(name, arguments)
    assert answer.freshness == {"state": "current"}, f"{name}: {answer}"
    return answer.value


@pytest.mark.parametrize("mode", MODES)
async def test_every_tool_through_a_misbehaving_rpc(devnet: Devnet, sim: Sim, mode: str) -> None:
    env = {**devnet.device(f"mcp-{mode}"), **SETTINGS, "MEMSYNC_NETWORK": "sim"}
    before = sim.stats()
    sim.mode(mode, seed=len(mode))
    async with devnet.mcp(f"tool-{mode}", env=env) as mcp:
        with anyio.fail_after(240):
            cello = (await current(mcp, "add_memory", {"text": f"I play the cello ({mode})."}))[
                "memory"
            ]
            if mode == "reorg":
                # Besides the simulator's own reorgs (every 3 blocks): this write's block now.
                dropped = json.loads(sim.command("reorg 1"))["dropped"]
                assert len(dropped) == 1, dropped
            tea = (await current(mcp, "add_memory", {"text": f"I drink green tea ({mode})."}))["memory"]
            found = await current(mcp, "search_memory", {"query": f"cello {mode}"})
            assert found["results"][0]["memory"]["id"] == cello["id"], found
            listed = await current(mcp, "list_memories", {"limit": 200})
            assert {cello["id"], tea["id"]} <= set(by_id(listed["memories"])), listed
            got = await current(mcp, "get_memory", {"id": cello["id"]})
            assert got["memory"]["text"] == cello["text"], got
            viola = f"I play the viola ({mode})."
            updated = await current(mcp, "update_memory", {"id": cello["id"], "text": viola})
            assert updated["memory"]["version"] == cello["version"] + 1, updated
            if mode == "reorg":
                # The newest block: the update's, unless the simulator's own reorg re-mined it
                # and left an empty block on top.
                dropped = json.loads(sim.command("reorg 1"))["dropped"]
                assert len(dropped) <= 1, dropped
            deleted = await current(mcp, "delete_memory", {"id": tea["id"]})
            assert deleted == {"deleted": tea["id"]}, deleted
            await current(mcp, "get_profile", {})
            during = sim.stats()

            # The endpoint recovers; the server's next answer equals the chain.
            sim.mode("honest")
            listed = await current(mcp, "list_memories", {"limit": 200})
            served = by_id(listed["memories"])
            assert served.get(cello["id"]) == (viola, cello["version"] + 1), served
            assert tea["id"] not in served, served

    honest = await devnet.acli("list", "--limit", "200", env=devnet.device(f"honest-{mode}"))
    assert by_id(honest["memories"]) == served, f"{mode}: the server equals the honest chain"

    injected = sum(during["faults"].values()) - sum(before["faults"].values())
    reorgs = during["reorgs"] - before["reorgs"]
    requests = during["http_requests"] - before["http_requests"]
    print(f"{mode}: {injected} faults injected, {reorgs} reorgs, {requests} requests")
    if mode == "reorg":
        assert reorgs >= 2, during
    elif mode in ("transient", "lag", "ambiguous", "hang"):
        assert injected > 0, during
