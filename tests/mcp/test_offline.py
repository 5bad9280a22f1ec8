"""A chain that goes away: `memsync mcp` keeps answering reads from the memories it verified,
and says so in every result (a first text note the model reads, and `freshness` in
structuredContent); writes are tool errors; a server started while the chain is down serves
from the local cache. docs/MCP.md, "When the chain cannot be reached".
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from conftest import Devnet, stop_devnet

pytestmark = pytest.mark.anyio

#: Short RPC settings: with the chain gone, each call fails over within seconds.
QUICK = {"MEMSYNC_RPC_TIMEOUT_SECS": "2", "MEMSYNC_RPC_RETRIES": "2"}


def check_stale(answer: Any, seq: int) -> None:
    assert answer.freshness["state"] == "stale", answer
    assert answer.freshness["checkpoint_seq"] == seq, answer
    assert answer.note.startswith("Note: answering from the local cache"), answer.note
    assert "Recent changes from other devices may be missing." in answer.note, answer.note


async def test_reads_answer_from_the_cache_and_say_so_when_the_chain_is_gone(devnet: Devnet) -> None:
    env = {**devnet.env, **QUICK}
    oboe = devnet.cli("add", "I play the oboe in a wind quintet.", "--category", "interests")
    oboe = oboe["applied"][0]["memory"]
    devnet.cli("add", "I live in Ghent.", "--category", "identity")
    seq = devnet.cli("sync")["seq"]

    async with devnet.mcp("tool-a", env=env) as mcp:
        current = await mcp.answer("list_memories", {})
        assert current.freshness == {"state": "current"}, current
        assert current.note is None and current.value["total"] == 2, current

        await anyio.to_thread.run_sync(stop_devnet, devnet)
        with anyio.fail_after(60):
            found = await mcp.answer("search_memory", {"query": "oboe"})
            check_stale(found, seq)
            assert found.value["results"][0]["memory"]["id"] == oboe["id"], found
            listed = await mcp.answer("list_memories", {})
            check_stale(listed, seq)
            assert listed.value["total"] == 2, listed
            got = await mcp.answer("get_memory", {"id": oboe["id"]})
            check_stale(got, seq)
            profile = await mcp.answer("get_profile", {})
            check_stale(profile, seq)
            # The raw result: not an error, the note first, then the data.
            raw = await mcp.raw("list_memories", {})
            assert raw.is_error is False, raw
            assert raw.content[0].text.startswith("Note: answering from the local cache"), raw
            assert raw.structured_content["freshness"]["state"] == "stale", raw
            # Writes need the chain.
            message = await mcp.tool_error("add_memory", {"text": "I own a canoe."})
            assert "RPC" in message, message

    # Started while the chain is down: the server opens the verified cache and says so.
    async with devnet.mcp("tool-b", env=env) as mcp:
        with anyio.fail_after(60):
            listed = await mcp.answer("list_memories", {})
            check_stale(listed, seq)
            assert {m["text"] for m in listed.value["memories"]} == {
                "I play the oboe in a wind quintet.",
                "I live in Ghent.",
            }, listed
            assert "RPC request failed" in listed.freshness["reason"], listed
