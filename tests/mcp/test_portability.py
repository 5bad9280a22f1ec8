"""Memory that moves with the user: what one AI tool learns over MCP, another tool, the CLI and
a second device (an empty data directory, only the user's key) find, all against one real local
chain; and the CLI and an MCP server working on one cache at the same time.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import anyio
import pytest

from conftest import Devnet, stop_devnet

pytestmark = pytest.mark.anyio

CONVERSATION = [
    {
        "role": "user",
        "content": "I'm a marine biologist in Lisbon. I'm allergic to peanuts. "
        "I prefer answers in metric units.",
    },
    {"role": "assistant", "content": "Thanks, I'll remember that."},
]
FACTS = {
    "I'm a marine biologist in Lisbon.": "marine biologist",
    "I'm allergic to peanuts.": "peanuts allergy",
    "I prefer answers in metric units.": "metric units",
}


async def search(mcp: Any, query: str, **filters: Any) -> list[dict[str, Any]]:
    found = await mcp.call("search_memory", {"query": query, **filters})
    return [hit["memory"] for hit in found["results"]]


def cli_search(devnet: Devnet, query: str, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    return [hit["memory"] for hit in devnet.cli("search", query, env=env)]


@pytest.fixture(scope="module")
def learned(devnet: Devnet) -> dict[str, str]:
    """Tool A (an MCP client running `memsync mcp --app tool-a`) learns from a conversation;
    returns {fact text: memory id}."""

    async def learn() -> dict[str, str]:
        async with devnet.mcp("tool-a") as mcp:
            result = await mcp.call("add_memory", {"messages": CONVERSATION, "thread_id": "chat-1"})
        assert result["via_tee"] and result["via_tee"].lower() == devnet.tee_node.lower(), result
        assert {a["text"]: a["action"] for a in result["applied"]} == dict.fromkeys(FACTS, "added"), result
        return {a["text"]: a["id"] for a in result["applied"]}

    return anyio.run(learn)


async def test_tool_b_finds_what_tool_a_learned(devnet: Devnet, learned: dict[str, str]) -> None:
    async with devnet.mcp("tool-b") as mcp:
        for text, query in FACTS.items():
            found = await search(mcp, query)
            assert found and found[0]["id"] == learned[text], (query, found)
            assert found[0]["text"] == text
            assert found[0]["source"] == {"app": "tool-a", "thread_id": "chat-1"}, found[0]
        listed = await mcp.call("list_memories", {"source_app": "tool-a"})
        assert {m["id"] for m in listed["memories"]} == set(learned.values()), listed
        profile = await mcp.call("get_profile")
        assert "marine biologist" in profile["bio"], profile
        assert "peanuts" in json.dumps(profile["categories"].get("health", {})), profile


async def test_the_cli_finds_what_tool_a_learned(devnet: Devnet, learned: dict[str, str]) -> None:
    for text, query in FACTS.items():
        found = cli_search(devnet, query)
        assert found and found[0]["id"] == learned[text], (query, found)
        assert found[0]["source"]["app"] == "tool-a", found[0]
    shown = devnet.cli("show", learned["I'm allergic to peanuts."])
    assert shown["text"] == "I'm allergic to peanuts." and "health" in shown["categories"], shown


async def test_a_second_device_restores_everything_from_the_chain(
    devnet: Devnet, learned: dict[str, str]
) -> None:
    everything = {m["id"]: m for m in devnet.cli("list", "--limit", "200")["memories"]}
    assert set(learned.values()) <= set(everything)

    # Only the config (network, and which key: the dev account) moves; the data directory is new.
    laptop = devnet.device("laptop")
    synced = devnet.cli("sync", env=laptop)
    assert synced["network"] == "devnet", synced
    assert synced["from_cache"] == 0, f"a new device has no cache: {synced}"
    assert synced["from_chain"] >= len(learned), synced
    assert synced["memories"] == len(everything), synced
    assert synced["unreadable"] == 0, synced
    for text, query in FACTS.items():
        found = cli_search(devnet, query, env=laptop)
        assert found and found[0]["id"] == learned[text] and found[0]["text"] == text, (query, found)
    restored = {m["id"]: m for m in devnet.cli("list", "--limit", "200", env=laptop)["memories"]}
    assert restored == everything, "the second device restores every memory, field for field"
    # A second sync has nothing new from the chain.
    again = devnet.cli("sync", env=laptop)
    assert again["from_chain"] == 0 and again["from_cache"] == synced["from_chain"], again

    # An MCP server on yet another new device restores from the chain by itself when it starts.
    phone = devnet.device("phone")
    async with devnet.mcp("tool-c", env=phone) as mcp:
        for text, query in FACTS.items():
            found = await search(mcp, query)
            assert found and found[0]["id"] == learned[text], (query, found)
            assert found[0]["source"]["app"] == "tool-a", found[0]
        listed = await mcp.call("list_memories", {"limit": 200})
        assert {m["id"]: m for m in listed["memories"]} == everything


async def test_cli_and_mcp_server_share_one_cache_at_the_same_time(devnet: Devnet) -> None:
    word = "kayak" + uuid.uuid4().hex[:8]
    async with devnet.mcp("tool-b") as mcp:
        assert await search(mcp, word) == []
        # While the session is open, the CLI writes through the same data directory and cache.
        added = await devnet.acli("add", f"I own a red kayak named {word}.", "--category", "interests")
        added = added["applied"][0]["memory"]
        found = await search(mcp, word)
        assert [m["id"] for m in found] == [added["id"]], found
        assert found[0]["source"]["app"] == "memsync-cli", found[0]
        # And the other way: the server writes, the CLI (a new process on the same cache) reads.
        from_mcp = (
            await mcp.call(
                "add_memory", {"text": f"My kayak {word} is 4.2 m long.", "categories": ["interests"]}
            )
        )["memory"]
        cli_found = await devnet.acli("search", word)
        assert {hit["memory"]["id"] for hit in cli_found} == {added["id"], from_mcp["id"]}, cli_found
        # The CLI changes and deletes; the open server sees both at its next reads.
        await devnet.acli("edit", added["id"], "--text", f"I own a yellow kayak named {word}.")
        got = (await mcp.call("get_memory", {"id": added["id"]}))["memory"]
        assert got["text"] == f"I own a yellow kayak named {word}." and got["version"] == 2, got
        await devnet.acli("forget", from_mcp["id"])
        assert [m["id"] for m in await search(mcp, word)] == [added["id"]]
        message = await mcp.tool_error("get_memory", {"id": from_mcp["id"]})
        assert re.search(r"not found|no memory", message, re.I), message
    # The cache is consistent afterwards: a sync finds nothing it lacks and reads every record.
    synced = devnet.cli("sync")
    assert synced["unreadable"] == 0 and synced["cache_rebuilt"] is None, synced


async def test_the_server_sees_writes_from_another_device(devnet: Devnet) -> None:
    """Another device (its own cache) writes to the chain; a server that is already running syncs
    before its next read because the chain moved."""
    word = "telescope" + uuid.uuid4().hex[:8]
    other = devnet.device("desktop")
    async with devnet.mcp("tool-b") as mcp:
        assert await search(mcp, word) == []
        added = await devnet.acli(
            "add", f"I built a telescope called {word}.", "--category", "interests", env=other
        )
        added = added["applied"][0]["memory"]
        found = await search(mcp, word)
        assert [m["id"] for m in found] == [added["id"]], found
        listed = await mcp.call("list_memories", {"limit": 1})
        assert listed["memories"][0]["id"] == added["id"], listed


async def test_reads_answer_from_the_verified_cache_when_the_chain_is_gone(
    devnet: Devnet, learned: dict[str, str]
) -> None:
    """Last in this module: it stops the chain. docs/MCP.md: reads do not fail when the chain
    cannot be reached (the server answers from what it verified); writes do, as a tool error."""
    async with devnet.mcp("tool-b") as mcp:
        before = await search(mcp, "peanuts")
        assert before[0]["id"] == learned["I'm allergic to peanuts."], before
        await anyio.to_thread.run_sync(stop_devnet, devnet)
        with anyio.fail_after(60):
            after = await search(mcp, "peanuts")
            assert after == before
            got = await mcp.call("get_memory", {"id": learned["I'm a marine biologist in Lisbon."]})
            assert got["memory"]["text"] == "I'm a marine biologist in Lisbon."
            message = await mcp.tool_error(
                "add_memory", {"text": "I own a canoe.", "categories": ["interests"]}
            )
            assert message, message
            message = await mcp.tool_error("add_memory", {"messages": CONVERSATION})
            assert message, message
            assert (await search(mcp, "metric units"))[0]["id"] == learned[
                "I prefer answers in metric units."
            ]
