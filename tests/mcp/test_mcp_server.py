"""`memsync mcp` driven by the official Python MCP client (PyPI `mcp`) over stdio, against a real
local chain (`memsync devnet`: anvil, the vault, a TEE registry and a dev TEE node).

The contract: docs/MCP.md and docs/APPS.md (tools, results, errors, per-app scopes).
"""

from __future__ import annotations

import json
import re
import subprocess
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from mcp import MCPError

from conftest import CATEGORIES, KINDS, Devnet, run_cli

pytestmark = pytest.mark.anyio

# The filter both search_memory and list_memories take (the server's flattened `FilterArgs`).
FILTER = {"categories", "kinds", "tags", "source_app", "since", "until", "include_expired"}
TOOLS = {
    "add_memory": {"text", "messages", "kind", "categories", "tags", "expires_at", "thread_id"},
    "search_memory": {"query", "limit", *FILTER},
    "list_memories": {"offset", "limit", *FILTER},
    "get_memory": {"id"},
    "update_memory": {"id", "text", "kind", "categories", "tags", "expires_at", "clear_expiry"},
    "delete_memory": {"id"},
    "get_profile": set(),
}
REQUIRED = {
    "search_memory": {"query"},
    "get_memory": {"id"},
    "update_memory": {"id"},
    "delete_memory": {"id"},
}
MEMORY_KEYS = {
    "id",
    "text",
    "kind",
    "categories",
    "tags",
    "source",
    "created_at",
    "updated_at",
    "confidence",
    "version",
}
ID = re.compile(r"^[0-9a-f]{32}$")
#: How the server says a memory does not exist (or is outside the app's scope).
NOT_FOUND = re.compile(r"not found|no memory", re.I)


def word() -> str:
    """A word no other memory contains, to search for."""
    return "zq" + uuid.uuid4().hex[:10]


def check_memory(memory: dict[str, Any]) -> dict[str, Any]:
    """The SDK's Memory in its JSON form."""
    assert MEMORY_KEYS <= memory.keys(), memory
    assert set(memory) <= MEMORY_KEYS | {"expires_at"}, memory
    assert ID.match(memory["id"]), memory
    assert memory["kind"] in KINDS, memory
    assert set(memory["categories"]) <= CATEGORIES, memory
    assert isinstance(memory["tags"], list) and isinstance(memory["source"], dict), memory
    assert isinstance(memory["version"], int) and memory["version"] >= 1, memory
    assert 0.0 <= memory["confidence"] <= 1.0, memory
    created, updated = time(memory["created_at"]), time(memory["updated_at"])
    assert created <= updated, memory
    assert abs(datetime.now(timezone.utc) - created) < timedelta(hours=1), memory
    return memory


def time(text: str) -> datetime:
    # RFC 3339 as the server writes it (Z, nanoseconds), for Python 3.10's fromisoformat too.
    match = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", text)
    assert match, f"not RFC 3339: {text}"
    fraction = (match.group(2) or "0")[:6].ljust(6, "0")
    zone = "+00:00" if match.group(3) == "Z" else match.group(3)
    at = datetime.fromisoformat(f"{match.group(1)}.{fraction}{zone}")
    assert at.tzinfo is not None, text
    return at


def ids(memories: list[dict[str, Any]]) -> set[str]:
    return {m["id"] for m in memories}


async def search(mcp: Any, query: str, **filters: Any) -> list[dict[str, Any]]:
    """search_memory; the memories found, best first (scores checked)."""
    found = await mcp.call("search_memory", {"query": query, **filters})
    assert set(found) == {"results"}, found
    scores = [hit["score"] for hit in found["results"]]
    assert all(isinstance(s, (int, float)) for s in scores), found
    assert scores == sorted(scores, reverse=True), f"best match first: {scores}"
    return [check_memory(hit["memory"]) for hit in found["results"]]


async def list_all(mcp: Any, **filters: Any) -> list[dict[str, Any]]:
    page = await mcp.call("list_memories", {"limit": 200, **filters})
    assert page["next"] is None, "more than 200 memories in a test chain"
    assert page["total"] == len(page["memories"]), page
    return [check_memory(m) for m in page["memories"]]


async def add_text(mcp: Any, text: str, **fields: Any) -> dict[str, Any]:
    added = await mcp.call("add_memory", {"text": text, **fields})
    assert set(added) == {"memory"}, added
    return check_memory(added["memory"])


def not_found_text(message: str, id: str) -> str:
    return message.replace(id, "<id>")


@pytest.fixture(scope="module")
def scopes(devnet: Devnet) -> Devnet:
    """Per-app scopes in the config, through `memsync apps set` and by editing config.toml."""
    devnet.set_app("tool-ro", "--category", "career", "--kind", "semantic", "--read-only")
    devnet.set_app("tool-career", "--category", "career")
    devnet.set_app("tool-priv", "--allow-private")
    devnet.set_app("scoped-client", "--read-only")
    # The [apps] table written by hand, with a name in another case than the server is given.
    config = Path(devnet.env["MEMSYNC_CONFIG"])
    config.write_text(config.read_text() + '\n[apps."File-App"]\nread_only = true\n')
    listed = devnet.cli("apps", "list")
    for name in ("tool-ro", "tool-career", "tool-priv", "scoped-client", "File-App"):
        assert name in str(listed), f"`memsync apps list` should show {name}: {listed}"
    return devnet


# --- the server and its tools ------------------------------------------------------------------


async def test_initialize_names_the_server_and_offers_tools(devnet: Devnet) -> None:
    async with devnet.mcp("tool-a") as mcp:
        info = mcp.init.server_info
        assert "memsync" in info.name.lower(), info
        assert info.version, info
        assert mcp.init.capabilities.tools is not None, mcp.init.capabilities
        assert mcp.init.protocol_version, mcp.init
        await mcp.session.send_ping()


async def test_lists_the_seven_documented_tools(devnet: Devnet) -> None:
    async with devnet.mcp("tool-a") as mcp:
        listed = await mcp.session.list_tools()
    tools = {tool.name: tool for tool in listed.tools}
    assert set(tools) == set(TOOLS), sorted(tools)
    for name, properties in TOOLS.items():
        tool = tools[name]
        assert tool.description and len(tool.description) > 20, f"{name}: {tool.description!r}"
        schema = tool.input_schema
        assert schema.get("type") == "object", f"{name}: {schema}"
        got = set(schema.get("properties") or {})
        assert got == properties, f"{name}: properties {sorted(got)}, documented {sorted(properties)}"
        for prop, prop_schema in (schema.get("properties") or {}).items():
            assert description(prop_schema, schema), f"{name}.{prop} has no description: {prop_schema}"
        assert set(schema.get("required") or []) == REQUIRED.get(name, set()), f"{name}: {schema}"
    # The model can know the valid categories and kinds from the schema alone.
    add = tools["add_memory"].input_schema
    for prop, names in (("categories", CATEGORIES), ("kind", KINDS)):
        prop_schema = add["properties"][prop]
        enum = enums(prop_schema, add)
        text = description(prop_schema, add)
        assert enum == names or all(n in text for n in names), (
            f"add_memory.{prop} should list {sorted(names)} (enum or description): {prop_schema}"
        )
    roles = enums(add["properties"]["messages"], add)
    assert {"user", "assistant"} <= roles or "user" in description(add["properties"]["messages"], add)


def resolve(node: Any, root: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        path = node["$ref"].removeprefix("#/").split("/")
        target: Any = root
        for part in path:
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def description(node: Any, root: dict[str, Any]) -> str:
    node = resolve(node, root)
    if not isinstance(node, dict):
        return ""
    text = node.get("description") or ""
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key, []) if not text else []:
            text = description(sub, root)
            if text:
                break
    return text


def enums(node: Any, root: dict[str, Any], depth: int = 0) -> set[str]:
    """Every string an `enum` or `const` in the schema allows (following refs, items, unions)."""
    node = resolve(node, root)
    if not isinstance(node, dict) or depth > 8:
        return set()
    found = {v for v in node.get("enum", []) if isinstance(v, str)}
    if isinstance(node.get("const"), str):
        found.add(node["const"])
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key, []):
            found |= enums(sub, root, depth + 1)
    if "items" in node:
        found |= enums(node["items"], root, depth + 1)
    for sub in (node.get("properties") or {}).values():
        found |= enums(sub, root, depth + 1)
    return found


async def test_add_text_memory_returns_the_memory(devnet: Devnet) -> None:
    w = word()
    async with devnet.mcp("tool-a") as mcp:
        memory = await add_text(
            mcp, f"I collect vintage fountain pens ({w}).", categories=["interests"], tags=["hobby", w]
        )
        assert memory["text"] == f"I collect vintage fountain pens ({w})."
        assert memory["kind"] == "semantic"
        assert memory["categories"] == ["interests"]
        assert sorted(memory["tags"]) == sorted(["hobby", w])
        assert memory["source"]["app"] == "tool-a"
        assert memory["version"] == 1
        # It is on the chain: a CLI command with its own process finds it.
    shown = devnet.cli("show", memory["id"])
    assert shown["text"] == memory["text"] and shown["source"]["app"] == "tool-a", shown


async def test_add_episodic_memory_with_expiry_and_thread(devnet: Devnet) -> None:
    expires = (datetime.now(timezone.utc) + timedelta(days=10)).replace(microsecond=0)
    async with devnet.mcp("tool-a") as mcp:
        memory = await add_text(
            mcp,
            "I am at a conference in Oslo this week.",
            kind="episodic",
            categories=["travel"],
            expires_at=expires.isoformat().replace("+00:00", "Z"),
            thread_id="thread-oslo",
        )
        assert memory["kind"] == "episodic"
        assert time(memory["expires_at"]) == expires, memory
        assert memory["source"] == {"app": "tool-a", "thread_id": "thread-oslo"}, memory
        cleared = (await mcp.call("update_memory", {"id": memory["id"], "clear_expiry": True}))["memory"]
        assert "expires_at" not in cleared or cleared["expires_at"] is None, cleared
        assert cleared["version"] == 2, cleared


async def test_add_conversation_goes_through_the_devnet_tee_node(devnet: Devnet) -> None:
    messages = [
        {"role": "user", "content": "I'm a glassblower in Murano. I play the cello on weekends."},
        {"role": "assistant", "content": "Lovely! I'll keep that in mind."},
    ]
    async with devnet.mcp("tool-a") as mcp:
        result = await mcp.call("add_memory", {"messages": messages, "thread_id": "thread-murano"})
        assert set(result) == {"applied", "via_tee"}, result
        assert isinstance(result["via_tee"], str), f"the devnet has a TEE registry: {result}"
        assert result["via_tee"].lower() == devnet.tee_node.lower(), (result, devnet.info)
        applied = {a["text"]: a for a in result["applied"]}
        assert set(applied) == {"I'm a glassblower in Murano.", "I play the cello on weekends."}, result
        for entry in applied.values():
            assert entry["action"] == "added", result
            assert ID.match(entry["id"]), result
            memory = check_memory((await mcp.call("get_memory", {"id": entry["id"]}))["memory"])
            assert memory["text"] == entry["text"]
            assert memory["source"] == {"app": "tool-a", "thread_id": "thread-murano"}, memory
        found = await search(mcp, "cello")
        assert found and found[0]["text"] == "I play the cello on weekends.", found

        # The same conversation again changes nothing.
        again = await mcp.call("add_memory", {"messages": messages})
        assert {a["action"] for a in again["applied"]} == {"unchanged"}, again
        assert {a["id"] for a in again["applied"]} == {a["id"] for a in applied.values()}, again


async def test_search_list_get_update_delete(devnet: Devnet) -> None:
    w = word()
    async with devnet.mcp("tool-a") as mcp:
        memory = await add_text(mcp, f"My bicycle is a green Brompton called {w}.", categories=["interests"])
        other = await add_text(
            mcp, f"I keep bees on my balcony ({w}).", categories=["interests"], tags=["bees"]
        )
        before = await list_all(mcp)

        found = await search(mcp, f"Brompton {w}")
        assert found[0]["id"] == memory["id"], found
        assert ids(await search(mcp, w, limit=1)) <= {memory["id"], other["id"]}
        assert len(await search(mcp, w, limit=1)) == 1
        assert ids(await search(mcp, w, tags=["bees"])) == {other["id"]}
        assert ids(await search(mcp, w, source_app="tool-a")) == {memory["id"], other["id"]}
        assert await search(mcp, w, source_app="somebody-else") == []
        assert await search(mcp, w, categories=["career"]) == []
        assert ids(await search(mcp, w, kinds=["semantic"], categories=["interests"])) == {
            memory["id"],
            other["id"],
        }
        since = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
        assert await search(mcp, w, since=since) == []
        assert ids(await search(mcp, w, until=since)) == {memory["id"], other["id"]}

        # Pages: most recently updated first, `next` to continue.
        assert {memory["id"], other["id"]} <= ids(before)
        first = await mcp.call("list_memories", {"limit": 1})
        assert len(first["memories"]) == 1 and first["total"] == len(before), first
        assert first["next"] == 1, first
        assert first["memories"][0]["id"] == other["id"], "the last added comes first"
        second = await mcp.call("list_memories", {"offset": 1, "limit": 1})
        assert second["memories"][0]["id"] == memory["id"], second
        interests = await list_all(mcp, categories=["interests"], tags=["bees"])
        assert ids(interests) == {other["id"]}

        got = (await mcp.call("get_memory", {"id": memory["id"]}))["memory"]
        assert got == memory, (got, memory)

        new_text = f"My bicycle is a red Brompton called {w}."
        updated = (await mcp.call("update_memory", {"id": memory["id"], "text": new_text, "tags": ["bike"]}))[
            "memory"
        ]
        check_memory(updated)
        assert updated["id"] == memory["id"]
        assert updated["text"] == new_text and updated["tags"] == ["bike"], updated
        assert updated["version"] == memory["version"] + 1, updated
        assert updated["created_at"] == memory["created_at"], updated
        assert time(updated["updated_at"]) >= time(memory["updated_at"]), updated
        assert (await mcp.call("get_memory", {"id": memory["id"]}))["memory"] == updated
        assert (await search(mcp, f"red Brompton {w}"))[0]["text"] == new_text

        deleted = await mcp.call("delete_memory", {"id": memory["id"]})
        assert deleted == {"deleted": memory["id"]}, deleted
        message = await mcp.tool_error("get_memory", {"id": memory["id"]})
        assert NOT_FOUND.search(message), message
        assert memory["id"] not in ids(await search(mcp, w))
        assert memory["id"] not in ids(await list_all(mcp))
        assert NOT_FOUND.search(await mcp.tool_error("delete_memory", {"id": memory["id"]}))
        assert NOT_FOUND.search(await mcp.tool_error("update_memory", {"id": memory["id"], "text": "x"}))

    # The CLI agrees: the update and the delete are on chain.
    history = devnet.cli("history", memory["id"])
    assert [v["version"] for v in history] == [1, 2, 3], history


async def test_get_profile_summarizes_visible_lasting_memories(devnet: Devnet) -> None:
    w = word()
    async with devnet.mcp("tool-a") as mcp:
        memory = await add_text(mcp, f"I am learning to sail a dinghy ({w}).", categories=["learning"])
        profile = await mcp.call("get_profile")
        assert {"bio", "categories", "memories", "updated_at"} <= profile.keys(), profile
        assert isinstance(profile["bio"], str) and profile["bio"], profile
        assert set(profile["categories"]) <= CATEGORIES - {"private"}, profile
        learning = profile["categories"]["learning"]
        assert learning["count"] >= 1, profile
        highlights = {h["id"]: h["text"] for h in learning["highlights"]}
        assert highlights.get(memory["id"]) == memory["text"], profile
        visible = [m for m in await list_all(mcp) if m["kind"] == "semantic"]
        assert profile["memories"] == len(visible), (profile["memories"], len(visible))
        counted = sum(1 for m in visible if "learning" in m["categories"])
        assert learning["count"] == counted, (learning, counted)


async def test_memories_carry_the_app_name(devnet: Devnet) -> None:
    w = word()
    async with devnet.mcp("tool-a") as mcp:
        a = await add_text(mcp, f"Tool A wrote this ({w}).", categories=["productivity"])
    assert a["source"] == {"app": "tool-a"}, a
    # Without --app, the app is the client's name from `initialize`: the Python SDK's is `mcp`.
    async with devnet.mcp() as mcp:
        b = await add_text(mcp, f"The default client wrote this ({w}).", categories=["productivity"])
    assert b["source"] == {"app": "mcp"}, b
    async with devnet.mcp(client_name="Visual Studio Code") as mcp:
        c = await add_text(mcp, f"VS Code wrote this ({w}).", categories=["productivity"])
        assert ids(await search(mcp, w, source_app="tool-a")) == {a["id"]}
    assert c["source"] == {"app": "Visual Studio Code"}, c
    # Another tool and the CLI see the source as written.
    async with devnet.mcp("tool-b") as mcp:
        found = {m["id"]: m["source"].get("app") for m in await search(mcp, w)}
    assert found == {a["id"]: "tool-a", b["id"]: "mcp", c["id"]: "Visual Studio Code"}, found
    cli = {hit["memory"]["id"]: hit["memory"]["source"]["app"] for hit in devnet.cli("search", w)}
    assert cli == found, cli


# --- per-app scopes ----------------------------------------------------------------------------


async def test_read_only_app_cannot_write(scopes: Devnet) -> None:
    w = word()
    async with scopes.mcp("tool-a") as mcp:
        career = await add_text(mcp, f"I am a structural engineer ({w}).", categories=["career"])
    async with scopes.mcp("tool-ro") as mcp:
        message = await mcp.tool_error(
            "add_memory", {"text": f"Not allowed ({w}).", "categories": ["career"]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), message
        message = await mcp.tool_error(
            "add_memory", {"messages": [{"role": "user", "content": "I work as a baker in Lyon."}]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), message
        message = await mcp.tool_error("update_memory", {"id": career["id"], "text": "changed"})
        assert re.search(r"read[- ]only|only read", message, re.I), message
        message = await mcp.tool_error("delete_memory", {"id": career["id"]})
        assert re.search(r"read[- ]only|only read", message, re.I), message
        # It still reads what its scope shows (career, semantic), and only that.
        assert (await mcp.call("get_memory", {"id": career["id"]}))["memory"]["text"] == career["text"]
        seen = await list_all(mcp)
        assert career["id"] in ids(seen)
        assert all(m["categories"] == ["career"] and m["kind"] == "semantic" for m in seen), seen
        profile = await mcp.call("get_profile")
        assert set(profile["categories"]) <= {"career"}, profile
    # Nothing was written: the memory is unchanged, and the only memory with the word is it.
    shown = scopes.cli("show", career["id"])
    assert shown["version"] == 1 and shown["text"] == career["text"], shown
    assert [hit["memory"]["id"] for hit in scopes.cli("search", w)] == [career["id"]]


async def test_filters_for_hidden_categories_or_kinds_are_errors(scopes: Devnet) -> None:
    async with scopes.mcp("tool-b") as mcp:  # not configured: everything but private
        message = await mcp.tool_error("search_memory", {"query": "diary", "categories": ["private"]})
        assert "private" in message, message
        message = await mcp.tool_error("list_memories", {"categories": ["private"]})
        assert "private" in message, message
        assert isinstance(await search(mcp, "diary", categories=["health"]), list)
    async with scopes.mcp("tool-ro") as mcp:  # career, semantic
        message = await mcp.tool_error("search_memory", {"query": "trip", "categories": ["travel"]})
        assert "travel" in message, message
        message = await mcp.tool_error("list_memories", {"kinds": ["episodic"]})
        assert "episodic" in message, message
        message = await mcp.tool_error("search_memory", {"query": "x", "categories": ["career", "health"]})
        assert "health" in message, message
        assert isinstance(await search(mcp, "engineer", categories=["career"], kinds=["semantic"]), list)


async def test_a_memory_is_visible_only_if_every_category_is_allowed(scopes: Devnet) -> None:
    w = word()
    async with scopes.mcp("tool-a") as mcp:
        both = await add_text(
            mcp, f"My back pain limits my desk work ({w}).", categories=["career", "health"]
        )
        career = await add_text(mcp, f"I lead a team of five ({w}).", categories=["career"])
        episodic = await add_text(
            mcp, f"I have a job interview on Friday ({w}).", kind="episodic", categories=["career"]
        )
        uncategorized = await add_text(mcp, f"Plain note {w}.", categories=[])
        assert uncategorized["categories"] == [], uncategorized
    async with scopes.mcp("tool-ro") as mcp:
        missing = "0" * 31 + "1"
        missing_message = await mcp.tool_error("get_memory", {"id": missing})
        assert NOT_FOUND.search(missing_message), missing_message
        assert ids(await search(mcp, w)) == {career["id"]}
        assert career["id"] in ids(await list_all(mcp))
        assert not ids(await list_all(mcp)) & {both["id"], episodic["id"], uncategorized["id"]}
        for hidden in (both, episodic, uncategorized):
            message = await mcp.tool_error("get_memory", {"id": hidden["id"]})
            # Exactly as a memory that does not exist.
            assert not_found_text(message, hidden["id"]) == not_found_text(missing_message, missing), (
                message,
                missing_message,
            )
        profile = await mcp.call("get_profile")
        texts = [h["text"] for c in profile["categories"].values() for h in c["highlights"]]
        assert both["text"] not in texts and both["text"] not in profile["bio"], profile


async def test_private_memories_are_hidden_unless_allowed(scopes: Devnet) -> None:
    w = word()
    async with scopes.mcp("tool-priv") as mcp:
        secret = await add_text(
            mcp, f"My diary is hidden behind the blue vase ({w}).", categories=["private"]
        )
        assert secret["categories"] == ["private"] and secret["source"]["app"] == "tool-priv"
        # The allowed app itself sees it (the control for the checks below).
        assert ids(await search(mcp, w)) == {secret["id"]}
        assert ids(await search(mcp, w, categories=["private"])) == {secret["id"]}
        assert (await mcp.call("get_memory", {"id": secret["id"]}))["memory"]["text"] == secret["text"]
    async with scopes.mcp("tool-b") as mcp:
        assert await search(mcp, w) == []
        assert secret["id"] not in ids(await search(mcp, "diary hidden behind the blue vase"))
        assert secret["id"] not in ids(await list_all(mcp))
        message = await mcp.tool_error("get_memory", {"id": secret["id"]})
        assert NOT_FOUND.search(message), message
        assert "private" in await mcp.tool_error("search_memory", {"query": w, "categories": ["private"]})
        assert NOT_FOUND.search(await mcp.tool_error("delete_memory", {"id": secret["id"]}))
        # What the person tells the app is kept even when private: the app deposits it, and
        # cannot read it back, find it or change it (docs/APPS.md).
        deposit = await add_text(mcp, f"Another secret ({w}).", categories=["private"])
        assert deposit["categories"] == ["private"], deposit
        assert deposit["id"] not in ids(await search(mcp, "another secret"))
        assert NOT_FOUND.search(await mcp.tool_error("get_memory", {"id": deposit["id"]}))
        message = await mcp.tool_error("update_memory", {"id": deposit["id"], "text": "Changed."})
        assert NOT_FOUND.search(message), message
        profile = await mcp.call("get_profile")
        assert "private" not in profile["categories"] and "blue vase" not in profile["bio"], profile
    # Still there, unchanged; the deposit is the person's, filed under the app that wrote it.
    assert scopes.cli("show", secret["id"])["version"] == 1
    deposited = scopes.cli("show", deposit["id"])
    assert deposited["text"] == f"Another secret ({w})." and deposited["source"]["app"] == "tool-b"


async def test_writes_outside_the_scope_are_refused(scopes: Devnet) -> None:
    w = word()
    async with scopes.mcp("tool-career") as mcp:
        inside = await add_text(mcp, f"I mentor junior developers ({w}).", categories=["career"])
        assert inside["categories"] == ["career"] and inside["source"]["app"] == "tool-career"
        message = await mcp.tool_error(
            "add_memory", {"text": f"I have asthma ({w}).", "categories": ["health"]}
        )
        assert "health" in message, message
        message = await mcp.tool_error(
            "add_memory", {"text": f"Mixed ({w}).", "categories": ["career", "finance"]}
        )
        assert "finance" in message, message
        message = await mcp.tool_error("update_memory", {"id": inside["id"], "categories": ["health"]})
        assert "health" in message, message
        assert (await mcp.call("get_memory", {"id": inside["id"]}))["memory"]["version"] == 1
        assert ids(await search(mcp, w)) == {inside["id"]}


async def test_conversation_facts_outside_the_scope_are_not_written(scopes: Devnet) -> None:
    messages = [{"role": "user", "content": "I work as a nurse in Porto. I'm allergic to shellfish."}]
    async with scopes.mcp("tool-career") as mcp:
        result = await mcp.call("add_memory", {"messages": messages})
        assert result["via_tee"] and result["via_tee"].lower() == scopes.tee_node.lower(), result
        actions = {a["text"]: a for a in result["applied"]}
        assert set(actions) == {"I work as a nurse in Porto.", "I'm allergic to shellfish."}, result
        nurse, allergy = actions["I work as a nurse in Porto."], actions["I'm allergic to shellfish."]
        assert nurse["action"] in ("added", "updated"), result
        assert allergy["action"] == "out_of_scope" and not allergy.get("id"), result
        memory = (await mcp.call("get_memory", {"id": nurse["id"]}))["memory"]
        assert memory["text"] == nurse["text"] and memory["categories"] == ["career"], memory
        if nurse["action"] == "added":  # an updated memory keeps the app that added it
            assert memory["source"]["app"] == "tool-career", memory
    # Nothing about shellfish reached the chain.
    assert not [h for h in scopes.cli("search", "shellfish") if "shellfish" in h["memory"]["text"]]


async def test_app_names_match_the_config_case_insensitively(scopes: Devnet) -> None:
    # config.toml has [apps."File-App"] read_only = true, written by hand.
    async with scopes.mcp("file-app") as mcp:
        message = await mcp.tool_error(
            "add_memory", {"text": "Should not be written.", "categories": ["career"]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), message
    async with scopes.mcp("TOOL-RO") as mcp:
        message = await mcp.tool_error("list_memories", {"categories": ["travel"]})
        assert "travel" in message, message


async def test_the_app_is_the_client_name_without_app_flag(scopes: Devnet) -> None:
    # `apps set scoped-client --read-only`; the client calls itself "Scoped-Client".
    async with scopes.mcp(client_name="Scoped-Client") as mcp:
        message = await mcp.tool_error(
            "add_memory", {"text": "Should not be written.", "categories": ["career"]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), message
    # --app wins over the client's name.
    async with scopes.mcp("tool-a", client_name="Scoped-Client") as mcp:
        memory = await add_text(mcp, f"Written as tool-a ({word()}).", categories=["career"])
        assert memory["source"]["app"] == "tool-a", memory


# --- bad input ---------------------------------------------------------------------------------


async def test_bad_input_is_an_error_and_the_server_keeps_serving(devnet: Devnet) -> None:
    w = word()
    async with devnet.mcp("tool-a") as mcp:
        control = await add_text(mcp, f"I drink my coffee black ({w}).", categories=["interests"])

        async def still_serving() -> None:
            assert ids(await search(mcp, w)) == {control["id"]}

        bad: list[tuple[str, Any]] = [
            ("no_such_tool", {}),
            ("search_memory", {"query": w, "limit": "ten"}),
            ("search_memory", {"limit": 3}),  # no query
            ("search_memory", {"query": 42}),
            ("search_memory", {"query": w, "limit": 0}),
            ("search_memory", {"query": w, "limit": 101}),
            ("search_memory", {"query": w, "categories": ["not-a-category"]}),
            ("search_memory", {"query": w, "kinds": ["forever"]}),
            ("search_memory", {"query": w, "since": "last tuesday"}),
            ("list_memories", {"limit": 201}),
            ("list_memories", {"offset": -1}),
            ("get_memory", {"id": 5}),
            ("get_memory", {}),
            ("get_memory", {"id": "not-an-id"}),
            ("update_memory", {"id": control["id"], "kind": "sometimes"}),
            ("update_memory", {"id": control["id"], "expires_at": "tomorrow-ish"}),
            ("delete_memory", {"id": ["a", "b"]}),
            ("add_memory", {}),  # neither text nor messages
            ("add_memory", {"text": "Both.", "messages": [{"role": "user", "content": "I like tea."}]}),
            ("add_memory", {"messages": [{"role": "robot", "content": "I like tea."}]}),
            ("add_memory", {"messages": "I like tea."}),
            ("add_memory", {"text": "Bad category.", "categories": ["gossip"]}),
        ]
        for name, arguments in bad:
            message = await mcp.fails(name, arguments)
            assert message, (name, arguments)
            await still_serving()

        # What the memory refuses is a tool error with a readable line.
        message = await mcp.tool_error("add_memory", {"text": "x" * 9000, "categories": ["interests"]})
        assert re.search(r"8 ?KiB|8192|too (long|large|big)|bytes", message, re.I), message
        await still_serving()
        missing = uuid.uuid4().hex
        message = await mcp.tool_error("get_memory", {"id": missing})
        assert NOT_FOUND.search(message), message
        message = await mcp.tool_error("search_memory", {"query": w, "categories": ["private"]})
        assert "private" in message, message
        await still_serving()
        # None of the bad calls wrote anything.
        assert (await mcp.call("get_memory", {"id": control["id"]}))["memory"] == control
        texts = [m["text"] for m in await list_all(mcp)]
        assert not [
            t for t in texts if t in ("Both.", "Bad category.", "I like tea.") or t.startswith("xxx")
        ], texts


async def test_an_unknown_tool_is_a_json_rpc_error(devnet: Devnet) -> None:
    async with devnet.mcp("tool-a") as mcp:
        with pytest.raises(MCPError) as caught:
            await mcp.session.call_tool("no_such_tool", {})
        assert caught.value.code in (-32602, -32601), caught.value.error
        assert "not found" in caught.value.message, caught.value.error
        assert isinstance(await mcp.call("get_profile"), dict)


async def test_arguments_that_do_not_match_the_schema_are_tool_errors(devnet: Devnet) -> None:
    """As the MCP specification asks of input validation errors (and rmcp does): a tool result
    with isError that names the problem, so the model can correct the call; the session goes on."""
    async with devnet.mcp("tool-a") as mcp:
        for name, arguments, needle in [
            ("search_memory", {"query": "x", "limit": "ten"}, "expected u32"),
            ("search_memory", {}, "missing field `query`"),
            ("get_memory", {"id": 5}, "expected a string"),
        ]:
            message = await mcp.tool_error(name, arguments)
            assert "failed to deserialize parameters" in message, (name, message)
            assert needle in message, (name, message)
        assert isinstance(await mcp.call("get_profile"), dict)


async def test_memory_json_is_the_sdks_serde_form(devnet: Devnet) -> None:
    """The same memory, as the server's text content and as `memsync --json show`."""
    messages = [{"role": "user", "content": "I'm a potter in Kyoto."}]
    async with devnet.mcp("tool-a") as mcp:
        applied = (await mcp.call("add_memory", {"messages": messages}))["applied"]
        id = applied[0]["id"]
        result = await mcp.raw("get_memory", {"id": id})
    text = json.loads(result.content[0].text)["memory"]
    assert text["confidence"] != 1.0, "a conversation's fact has a confidence below 1"
    shown = devnet.cli("show", id)
    assert shown.pop("freshness") == {"state": "current"}, shown
    assert text == shown, (text, shown)


async def test_a_delete_by_another_tool_is_seen_at_the_next_call(devnet: Devnet) -> None:
    """A memory another tool deleted meanwhile is refused (not found, or a conflict with the
    other writer) by this one, and gone from its next read."""
    w = word()
    async with devnet.mcp("tool-a") as a, devnet.mcp("tool-b") as b:
        memory = await add_text(a, f"I grow tomatoes ({w}).", categories=["interests"])
        assert (await b.call("get_memory", {"id": memory["id"]}))["memory"]["text"] == memory["text"]
        assert (await a.call("delete_memory", {"id": memory["id"]})) == {"deleted": memory["id"]}
        await b.tool_error("update_memory", {"id": memory["id"], "text": "I grow peppers."})
        assert NOT_FOUND.search(await b.tool_error("get_memory", {"id": memory["id"]}))
        assert await search(b, w) == []
    assert [v.get("memory") for v in devnet.cli("history", memory["id"])][-1] is None


# --- the [apps] table: the default entry, app entries, changes while a server runs ---------------


async def test_the_default_entry_and_changes_apply_to_a_running_server(devnet: Devnet) -> None:
    # A config of its own (a copy; the other tests keep theirs): `*` read-only, one writer.
    env = devnet.device("policy")
    devnet.set_app("*", "--read-only", env=env)
    devnet.set_app("writer", "--category", "interests", env=env)
    w = word()
    async with devnet.mcp("unlisted-app", env=env) as mcp:
        message = await mcp.tool_error(
            "add_memory", {"text": f"Unlisted ({w}).", "categories": ["interests"]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), message
        assert isinstance(await search(mcp, w), list)
    async with devnet.mcp("writer", env=env) as mcp:
        # Its own entry is complete: `*` being read-only does not make it read-only.
        first = await add_text(mcp, f"I collect sea glass ({w}).", categories=["interests"])
        assert first["source"]["app"] == "writer"
        # Changed while the server runs: the next call follows the config.
        devnet.set_app("writer", "--category", "interests", "--read-only", env=env)
        message = await mcp.tool_error("add_memory", {"text": f"Refused ({w}).", "categories": ["interests"]})
        assert re.search(r"read[- ]only|only read", message, re.I), message
        done = run(env, "apps", "remove", "writer")
        assert done.returncode == 0, done.stderr
        message = await mcp.tool_error(
            "add_memory", {"text": f"Still refused ({w}).", "categories": ["interests"]}
        )
        assert re.search(r"read[- ]only|only read", message, re.I), 'back to [apps."*"]: ' + message
        done = run(env, "apps", "remove", "*")
        assert done.returncode == 0, done.stderr
        second = await add_text(mcp, f"I collect old maps ({w}).", categories=["travel"])
        assert second["categories"] == ["travel"], "the built-in default: every category but private"
        assert ids(await search(mcp, w)) == {first["id"], second["id"]}


async def test_memsync_app_names_the_app_and_app_wins(devnet: Devnet) -> None:
    env = {**devnet.env, "MEMSYNC_APP": "env-app"}
    w = word()
    async with devnet.mcp(env=env, client_name="client-name") as mcp:
        memory = await add_text(mcp, f"Named by the environment ({w}).", categories=["productivity"])
    assert memory["source"]["app"] == "env-app", memory
    async with devnet.mcp("flag-app", env=env) as mcp:
        memory = await add_text(mcp, f"Named by the flag ({w}).", categories=["productivity"])
    assert memory["source"]["app"] == "flag-app", memory


async def test_an_entry_listing_private_refuses_every_call(devnet: Devnet) -> None:
    env = devnet.device("broken")
    config = Path(env["MEMSYNC_CONFIG"])
    config.write_text(config.read_text() + '\n[apps."broken"]\ncategories = ["private"]\n')
    async with devnet.mcp("broken", env=env) as mcp:
        message = await mcp.tool_error("search_memory", {"query": "anything"})
        assert "private" in message, message
        message = await mcp.tool_error("add_memory", {"text": "Nope.", "categories": ["career"]})
        assert "private" in message, message
        assert "private" in await mcp.tool_error("get_profile")
        # Fixed while it runs: the next call is answered.
        config.write_text(config.read_text().replace('categories = ["private"]', 'categories = ["career"]'))
        assert isinstance(await search(mcp, "anything"), list)


async def test_a_text_without_categories_is_checked_as_the_extractor_reads_it(scopes: Devnet) -> None:
    async with scopes.mcp("tool-career") as mcp:
        message = await mcp.tool_error("add_memory", {"text": "I am allergic to penicillin."})
        assert "health" in message, message
        assert "memsync apps set tool-career" in message, "the refusal says how to allow it: " + message
        memory = await add_text(mcp, f"I work as a data engineer at a shipyard ({word()}).")
        assert memory["categories"] == ["career"], memory


async def test_without_a_tee_registry_conversations_are_extracted_on_the_device(devnet: Devnet) -> None:
    env = devnet.device("no-tee")
    config = Path(env["MEMSYNC_CONFIG"])
    lines = config.read_text().splitlines()
    kept = [line for line in lines if not line.startswith(("tee_registry", "tee_root"))]
    config.write_text("\n".join(kept) + "\n")
    messages = [{"role": "user", "content": "I'm learning to play the bagpipes."}]
    async with devnet.mcp("tool-a", env=env) as mcp:
        result = await mcp.call("add_memory", {"messages": messages, "thread_id": "local"})
        assert result["via_tee"] is None, result
        [applied] = result["applied"]
        assert applied["action"] == "added" and applied["text"] == "I'm learning to play the bagpipes.", (
            result
        )
        memory = (await mcp.call("get_memory", {"id": applied["id"]}))["memory"]
        assert memory["source"] == {"app": "tool-a", "thread_id": "local"}, memory
    # Written to the chain all the same: the first device finds it.
    assert devnet.cli("show", applied["id"])["text"] == applied["text"]


async def test_conversation_limits(devnet: Devnet) -> None:
    async with devnet.mcp("tool-a") as mcp:
        many = [{"role": "user", "content": "Hello."}] * 201
        message = await mcp.tool_error("add_memory", {"messages": many})
        assert "200" in message, message
        long = [{"role": "user", "content": "I like " + "very " * 7000 + "long walks."}]
        message = await mcp.tool_error("add_memory", {"messages": long})
        assert re.search(r"bytes|limit", message), message
        assert isinstance(await mcp.call("get_profile"), dict)


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(list(args), env)
