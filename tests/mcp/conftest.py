"""Fixtures for the end-to-end tests of `memsync mcp` with the official Python MCP client SDK.

Each test module gets its own local chain: `memsync devnet` (anvil, the vault, a TEE registry and
an INSECURE dev TEE node) in a temporary config, data and home directory, then `memsync init --dev`
(anvil's public test account 0). Nothing touches the user's own config or data.

The binary is $MEMSYNC_BIN (default: target/debug/memsync in the repository); anvil is found by
memsync itself (node_modules of the repository, or $MEMSYNC_ANVIL). MEMSYNC_TEST_KEEP=1 keeps the
temporary directories (config, caches, each server's stderr) for a look after a failure.

Run: cargo build -p memsync-cli && pip install -r tests/mcp/requirements.txt &&
python3 -m pytest tests/mcp
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import mcp.types as types
import pytest
from mcp import ClientSession, MCPError, StdioServerParameters, stdio_client

if sys.version_info < (3, 11):
    from exceptiongroup import BaseExceptionGroup  # anyio's dependency before 3.11

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("MEMSYNC_BIN", "target/debug/memsync"))
if not BIN.is_absolute():
    BIN = REPO / BIN

#: How long `memsync devnet` may take to start anvil, deploy and register its TEE node.
DEVNET_START_SECONDS = 120
#: How long one MCP request or CLI command may take before the test fails instead of hanging.
REQUEST_SECONDS = 90

#: The categories and kinds of the SDK (docs and the spec).
CATEGORIES = {
    "identity",
    "career",
    "interests",
    "relationships",
    "health",
    "finance",
    "learning",
    "travel",
    "productivity",
    "private",
}
KINDS = {"semantic", "episodic"}

_session_numbers = itertools.count(1)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Devnet:
    """A running `memsync devnet` and the environment that reaches it."""

    dir: Path
    env: dict[str, str]
    info: dict[str, Any]
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    @property
    def tee_node(self) -> str:
        return self.info["tee_node"]

    def device(self, name: str, *, copy_config: bool = True) -> dict[str, str]:
        """The environment of another device of the same user: a new, empty data directory and
        home, and (by default) a copy of the config file, which holds only the network and which
        identity to use (the dev identity: anvil's account 0, the only key the user needs)."""
        root = self.dir / "devices" / name
        (root / "home").mkdir(parents=True, exist_ok=False)
        env = dict(self.env)
        env.update(_dirs(root))
        if copy_config:
            config = root / "config.toml"
            shutil.copyfile(self.env["MEMSYNC_CONFIG"], config)
            env["MEMSYNC_CONFIG"] = str(config)
        return env

    def cli(self, *args: str, env: dict[str, str] | None = None, check: bool = True) -> Any:
        """Runs `memsync --json ARGS` and returns its parsed JSON (the error document if
        `check` is false and the command failed)."""
        done = run_cli(["--json", *args], env or self.env)
        if check and done.returncode != 0:
            raise AssertionError(
                f"memsync --json {' '.join(args)} exited {done.returncode}\n"
                f"stdout: {done.stdout}\nstderr: {done.stderr}"
            )
        try:
            return json.loads(done.stdout)
        except json.JSONDecodeError as err:
            raise AssertionError(
                f"memsync --json {' '.join(args)} printed no JSON ({err})\n"
                f"stdout: {done.stdout}\nstderr: {done.stderr}"
            ) from err

    async def acli(self, *args: str, env: dict[str, str] | None = None, check: bool = True) -> Any:
        """`cli` without blocking the event loop (an MCP session may be open meanwhile)."""
        return await anyio.to_thread.run_sync(lambda: self.cli(*args, env=env, check=check))

    def set_app(self, name: str, *flags: str, env: dict[str, str] | None = None) -> None:
        """`memsync apps set NAME FLAGS...` (the per-app scope in config.toml)."""
        done = run_cli(["apps", "set", name, *flags], env or self.env)
        assert done.returncode == 0, (
            f"memsync apps set {name} {' '.join(flags)} exited {done.returncode}\n"
            f"stdout: {done.stdout}\nstderr: {done.stderr}"
        )

    def mcp(
        self,
        app: str | None = None,
        *,
        env: dict[str, str] | None = None,
        client_name: str | None = None,
    ) -> AbstractAsyncContextManager[Mcp]:
        """An MCP session with `memsync mcp [--app APP]` over stdio (see `mcp_session`)."""
        return mcp_session(self, app=app, env=env, client_name=client_name)


def _dirs(root: Path) -> dict[str, str]:
    return {
        "MEMSYNC_CONFIG": str(root / "config.toml"),
        "MEMSYNC_DATA_DIR": str(root / "data"),
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "home" / ".config"),
        "XDG_DATA_HOME": str(root / "home" / ".local" / "share"),
    }


def base_env(root: Path) -> dict[str, str]:
    """A clean environment: PATH, where anvil is if the caller said so, and directories under
    `root` only (never the user's own config, data or network)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "RUST_BACKTRACE": "1"}
    for key in ("MEMSYNC_ANVIL", "LANG", "TMPDIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(_dirs(root))
    return env


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN), *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=REQUEST_SECONDS,
        check=False,
    )


def _start_devnet(root: Path) -> Devnet:
    assert BIN.is_file(), f"{BIN} not found: build it (cargo build -p memsync-cli) or set MEMSYNC_BIN"
    (root / "home").mkdir(parents=True)
    env = base_env(root)
    out = root / "devnet.json"
    stderr = open(root / "devnet.stderr", "w")  # noqa: SIM115 (closed at teardown)
    # cwd: the repository, so memsync finds anvil in its node_modules.
    process = subprocess.Popen(
        [str(BIN), "devnet", "--out", str(out)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:  # drained until memsync exits
            lines.append(line)
            if "Press Ctrl-C" in line:
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    devnet = Devnet(dir=root, env=env, info={}, process=process, output=lines)
    devnet._stderr = stderr  # type: ignore[attr-defined]
    if not ready.wait(DEVNET_START_SECONDS) or process.poll() is not None:
        stop_devnet(devnet)
        raise AssertionError(
            f"memsync devnet did not start:\n{''.join(lines)}\n{(root / 'devnet.stderr').read_text()}"
        )
    devnet.info = json.loads(out.read_text())
    config = Path(env["MEMSYNC_CONFIG"]).read_text()
    assert "[networks.devnet]" in config, config

    done = run_cli(["--json", "init", "--dev"], env)
    assert done.returncode == 0, f"memsync init --dev: {done.stdout}\n{done.stderr}"
    assert json.loads(done.stdout)["identity"] == {"kind": "dev", "account": 0}, done.stdout
    return devnet


def stop_devnet(devnet: Devnet) -> None:
    process = devnet.process
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # memsync stops its TEE node and anvil
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # its own process group (start_new_session)
            process.wait(timeout=10)
    devnet._stderr.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def devnet() -> Iterator[Devnet]:
    """One chain per test module; stopped (SIGINT) at the module's end."""
    root = Path(tempfile.mkdtemp(prefix="memsync-mcp-test-"))
    devnet = _start_devnet(root)
    try:
        yield devnet
    finally:
        stop_devnet(devnet)
        if os.environ.get("MEMSYNC_TEST_KEEP") is None:
            shutil.rmtree(root, ignore_errors=True)
        else:
            print(f"kept {root}")


# --- MCP sessions ------------------------------------------------------------------------------


class ToolError(Exception):
    """A tool result with isError: true."""

    def __init__(self, name: str, text: str, result: types.CallToolResult):
        super().__init__(f"{name}: {text}")
        self.text = text
        self.result = result


@dataclass
class Mcp:
    """An initialized MCP client session with `memsync mcp`."""

    session: ClientSession
    init: types.InitializeResult
    stream_errors: list[Exception]
    log: Path

    async def raw(self, name: str, arguments: dict[str, Any] | None = None) -> types.CallToolResult:
        """tools/call; the result as the SDK parsed it."""
        return await self.session.call_tool(name, arguments)

    async def call(self, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
        """tools/call that must succeed. Checks the contract of every result (JSON text content
        and structuredContent holding the same object, with its freshness, after a note when
        there is one) and returns that object without `freshness` and `notices`. A tool error
        raises ToolError."""
        return (await self.answer(name, arguments)).value

    async def answer(self, name: str, arguments: dict[str, Any] | None = None) -> Answer:
        """`call`, with the freshness and the note the result carried."""
        result = await self.raw(name, arguments)
        if result.is_error:
            raise ToolError(name, error_text(result), result)
        return result_answer(name, result)

    async def fails(self, name: str, arguments: Any = None) -> str:
        """tools/call that must fail, as a JSON-RPC error or as a tool error (isError); returns
        the message, which must be readable."""
        try:
            result = await self.session.call_tool(name, arguments)
        except MCPError as err:
            message = err.message
        else:
            assert result.is_error, f"{name}({arguments!r}) should fail, got {result}"
            message = error_text(result)
        assert message.strip(), f"{name}({arguments!r}) failed without a message"
        return message

    async def tool_error(self, name: str, arguments: dict[str, Any] | None = None) -> str:
        """tools/call that must end in a tool result with isError: true (not a JSON-RPC error)
        and one readable line of text; returns that line."""
        try:
            result = await self.session.call_tool(name, arguments)
        except MCPError as err:
            raise AssertionError(
                f"{name}({arguments!r}): expected a tool result with isError, got JSON-RPC "
                f"error {err.code}: {err.message}"
            ) from err
        assert result.is_error, f"{name}({arguments!r}) should be refused, got {result}"
        return error_text(result)


def error_text(result: types.CallToolResult) -> str:
    texts = [c.text for c in result.content if isinstance(c, types.TextContent)]
    assert texts, f"a tool error without text: {result}"
    text = "\n".join(texts).strip()
    assert text, f"a tool error with empty text: {result}"
    assert "\n" not in text, f"a tool error should be one readable line: {text!r}"
    assert len(text) < 1000, f"a tool error should be one readable line: {text!r}"
    return text


@dataclass
class Answer:
    """A successful tool result: the object, how current it is, and the note before it."""

    value: dict[str, Any]
    freshness: dict[str, Any]
    notices: list[str]
    note: str | None


def result_answer(name: str, result: types.CallToolResult) -> Answer:
    """Checks a successful result: the JSON text (after a note, when there is something to say)
    and structuredContent hold the same object, whose `freshness` is current or stale, a stale
    one (or one with `notices`) being announced by the note; the model reads text only."""
    texts = [c for c in result.content if isinstance(c, types.TextContent)]
    assert len(texts) in (1, 2), f"{name}: expected a note and one JSON text, got {result.content}"
    note = texts[0].text if len(texts) == 2 else None
    parsed = json.loads(texts[-1].text)
    structured = result.structured_content
    assert isinstance(structured, dict), f"{name}: structuredContent should be an object: {result}"
    assert parsed == structured, f"{name}: text and structuredContent differ:\n{parsed}\n{structured}"
    value = dict(structured)
    freshness = value.pop("freshness", None)
    notices = value.pop("notices", [])
    assert isinstance(freshness, dict) and freshness.get("state") in ("current", "stale"), (
        f"{name}: every result says how current it is: {structured}"
    )
    stale = freshness["state"] == "stale"
    if stale:
        assert isinstance(freshness.get("reason"), str) and freshness["reason"], freshness
        assert isinstance(freshness.get("checkpoint_seq"), int), freshness
    if stale or notices:
        assert note is not None, f"{name}: a stale result or notices without a note: {result}"
        assert all(line.startswith(("Note: ", "Warning: ")) for line in note.splitlines()), note
        assert note.startswith("Note: answering from the local cache") == stale, note
    else:
        assert note is None, f"{name}: a note with nothing to say: {note}"
    return Answer(value, freshness, notices, note)


@asynccontextmanager
async def mcp_session(
    devnet: Devnet,
    *,
    app: str | None = None,
    env: dict[str, str] | None = None,
    client_name: str | None = None,
) -> AsyncIterator[Mcp]:
    """Starts `memsync mcp [--app APP]` over stdio with the official client, initializes, and
    yields the session. The server's stderr goes to a log file whose tail is attached to any
    failure; the session must see no unparseable line on stdout (logs belong on stderr)."""
    number = next(_session_numbers)
    log = devnet.dir / f"mcp-{number}-{app or client_name or 'default'}.stderr"
    args = ["mcp"] + (["--app", app] if app is not None else [])
    params = StdioServerParameters(command=str(BIN), args=args, env=env or devnet.env, cwd=str(REPO))
    stream_errors: list[Exception] = []

    async def on_message(message: Any) -> None:
        if isinstance(message, Exception):
            stream_errors.append(message)

    client_info = types.Implementation(name=client_name, version="0.0.1") if client_name else None
    try:
        with open(log, "w") as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(
                    read,
                    write,
                    read_timeout_seconds=REQUEST_SECONDS,
                    message_handler=on_message,
                    client_info=client_info,
                ) as session:
                    with anyio.fail_after(REQUEST_SECONDS):
                        init = await session.initialize()
                    yield Mcp(session, init, stream_errors, log)
        assert not stream_errors, f"the server wrote lines that are not JSON-RPC: {stream_errors}"
    except BaseException as caught:
        # The task groups of the client wrap what the test raised: unwrap a lone failure.
        err = caught
        while isinstance(err, BaseExceptionGroup) and len(err.exceptions) == 1:
            err = err.exceptions[0]
        if not isinstance(err, (Exception, pytest.fail.Exception)):
            raise  # a cancellation, an interrupt: as it came
        tail = log.read_text()[-4000:] if log.exists() else ""
        note = f"--- memsync {' '.join(args)} stderr ({log}) ---\n{tail}"
        if hasattr(err, "add_note"):
            err.add_note(note)
        else:
            print(note, file=sys.stderr)
        if err is caught:
            raise
        raise err from None
