"""The ``tether mcp`` server: the tools of :mod:`tether.mcp.tools` over the official MCP SDK (stdio).

Only ``tether mcp`` imports this module (it imports the SDK at module level). Every tool is async so
that it runs on the event loop's thread, the one thread that uses the backend (SQLite connections
belong to the thread that opened them); a command runs in a worker thread while the loop waits.

Every call is one audit event ``mcp.<tool>`` by ``agent:<client name> via <user>``: the client name
comes from the MCP ``initialize`` request's ``clientInfo``. Details carry names, counts, argv[0] and
references, never a value (argv may hold secrets: only argv[0] is recorded). A
:class:`~tether.errors.TetherError` becomes a tool error with its message and hint; any other
exception becomes a tool error that names only its class (no traceback, no text that might hold a
value).
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
import anyio.from_thread
import anyio.lowlevel
import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import ValidationError

from tether.client import Backend, open_backend
from tether.errors import AccessDeniedError, FileSafetyError, TetherError
from tether.mcp.request import PendingRequest, RequestPage
from tether.mcp.tools import AgentTools, Options

__all__ = ["INSTRUCTIONS", "build_server", "serve"]

T = TypeVar("T")

INSTRUCTIONS = """\
tether keeps secrets in an encrypted local vault and hands out tether:// references instead of values.
These tools never return a secret value. To use secrets, pass references:
- list_vaults / list_secrets: find references (tether://VAULT/ITEM/FIELD) and their metadata.
- run_with_secrets: run a command with env vars set from references; output comes back masked.
- check_reference: does a reference resolve (exists, decrypts, not expired)?
- scan_text / scan_file: find plaintext secrets; never paste secrets into files, use references.
- request_secret: when a secret is missing, ask the human to enter it on a local page (never ask the
  user to paste a secret into the chat).
"""

_CLIENT_NAME = re.compile(r"[^A-Za-z0-9._ @+-]")


def _client_label(ctx: Context[Any, Any]) -> str:
    params = ctx.session.client_params
    name = params.client_info.name if params is not None and params.client_info else ""
    name = _CLIENT_NAME.sub("", name or "")[:64].strip()
    return name or "unknown"


def _result_of(exc: BaseException) -> str:
    return "denied" if isinstance(exc, AccessDeniedError | FileSafetyError) else "error"


def _tool_error(exc: TetherError) -> ToolError:
    text = exc.message + (f"\nhint: {exc.hint}" if exc.hint else "")
    return ToolError(text)


class _Session:
    """Per-process state: the backend (opened on first use), the tools, the request page."""

    def __init__(self, options: Options, opener: Callable[[], Backend] = open_backend) -> None:
        self.options = options
        self._opener = opener
        self._tools: AgentTools | None = None
        self._page: RequestPage | None = None
        self._token: anyio.lowlevel.EventLoopToken | None = None
        self.agent = "unknown"

    def tools(self, ctx: Context[Any, Any]) -> AgentTools:
        if self._tools is None:
            backend = self._opener()
            self.agent = f"agent:{_client_label(ctx)}"
            backend.act_as(f"{self.agent} via {backend.actor}")
            self._tools = AgentTools(backend, self.options)
            self._token = anyio.lowlevel.current_token()
        return self._tools

    def page(self) -> RequestPage:
        if self._page is None:
            self._page = RequestPage(self._store_from_page)
        return self._page

    def _store_from_page(self, ref: str, value: str) -> int:
        """Called on the page's thread: hop to the loop thread, where the backend lives."""
        assert self._tools is not None and self._token is not None
        tools = self._tools
        agent = self.agent

        def store() -> int:
            return tools.store_value(tools.check_writable_ref(ref), value, agent)

        return anyio.from_thread.run_sync(store, token=self._token)

    def close(self) -> None:
        from tether.mcp.runner import kill_running

        kill_running()
        if self._page is not None:
            self._page.close()
        if self._tools is not None:
            self._tools.backend.close()
            self._tools = None


async def _audited(
    session: _Session,
    ctx: Context[Any, Any],
    name: str,
    ref: str | None,
    call: Callable[[AgentTools], Awaitable[tuple[T, str, str | None]]],
    *,
    detail: str | None = None,
) -> T:
    """Run one tool call and record it: ``call`` returns (result, audit result, audit detail)."""
    action = f"mcp.{name}"
    try:
        tools = session.tools(ctx)
    except TetherError as exc:
        raise _tool_error(exc) from None
    try:
        value, result, got_detail = await call(tools)
    except TetherError as exc:
        note = f"{exc.__class__.__name__}" + (f"; {detail}" if detail else "")
        _record(tools, action, ref, _result_of(exc), note)
        raise _tool_error(exc) from None
    except Exception as exc:  # never a traceback, never an exception text that could hold a value
        note = f"{exc.__class__.__name__}" + (f"; {detail}" if detail else "")
        _record(tools, action, ref, "error", note)
        raise ToolError(
            f"internal error ({exc.__class__.__name__}); the call was recorded in the audit log"
        ) from None
    _record(tools, action, ref, result, got_detail)
    return value


def _record(
    tools: AgentTools, action: str, ref: str | None, result: str, detail: str | None
) -> None:
    """Append the audit event; a call that cannot be audited fails (and returns nothing)."""
    try:
        tools.backend.record_event(action, ref, result, detail)
    except TetherError as exc:
        raise ToolError(f"could not write the audit event: {exc.message}") from None


class _Server(MCPServer[Any]):
    """The SDK's server, with the calls it rejects before a tool runs (an unknown tool, arguments
    that fail the schema) audited too, and answered with field names only (pydantic's message
    would echo the rejected input)."""

    def __init__(self, session: _Session, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._tether = session

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                fields = sorted({".".join(str(p) for p in e["loc"]) for e in cause.errors()})
                reason = f"invalid arguments: {', '.join(fields)[:300]}"
                text = f"{reason}\nhint: see the tool's input schema"
            elif cause is None and str(exc).startswith("Unknown tool"):
                reason = "unknown tool"
                text = f"unknown tool {name[:100]}\nhint: call one of the listed tools"
            else:
                raise  # raised by a tool: audited there
            if context is not None:
                try:
                    tools = self._tether.tools(context)
                except TetherError:
                    raise ToolError(text) from None
                label = re.sub(r"[^A-Za-z0-9_.-]", "", name)[:64] or "unknown"
                _record(tools, f"mcp.{label}", None, "error", reason)
            raise ToolError(text) from None


def build_server(options: Options, opener: Callable[[], Backend] = open_backend) -> MCPServer[Any]:
    """The MCP server with tether's tools (``opener`` opens the backend on the first call)."""
    session = _Session(options, opener)

    @asynccontextmanager
    async def lifespan(_: MCPServer[Any]) -> AsyncIterator[None]:
        try:
            yield None
        finally:
            session.close()

    server: MCPServer[Any] = _Server(
        session,
        name="tether",
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        log_level="WARNING",
    )
    read_only = ToolAnnotations(read_only_hint=True, open_world_hint=False)

    @server.tool(annotations=read_only)
    async def list_vaults(ctx: Context[Any, Any]) -> dict[str, Any]:
        """List the vaults this agent may see, with their item counts (never values)."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            out = t.list_vaults()
            return out, "ok", f"vaults={len(out['vaults'])}"

        return await _audited(session, ctx, "list_vaults", None, call)

    @server.tool(annotations=read_only)
    async def list_secrets(ctx: Context[Any, Any], vault: str | None = None) -> dict[str, Any]:
        """List secret references (tether://VAULT/ITEM/FIELD) with metadata: owner, environment,
        tags, temporary, age, rotation, expiry, current version, provider. Never values."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            out = t.list_secrets(vault)
            return out, "ok", f"vault={vault or '*'} items={out['count']}"

        return await _audited(session, ctx, "list_secrets", None, call)

    @server.tool(annotations=read_only)
    async def check_reference(ctx: Context[Any, Any], ref: str) -> dict[str, Any]:
        """Check whether a tether:// reference parses and resolves (exists, decrypts, not expired).
        Returns yes/no, the reason when not, and the item's metadata; never the value."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            out, result = t.check_reference(ref)
            return out, result, out.get("reason")

        audit_ref = ref if ref.strip().startswith("tether://") and len(ref) < 512 else None
        return await _audited(session, ctx, "check_reference", audit_ref, call)

    @server.tool(annotations=ToolAnnotations(destructive_hint=True, open_world_hint=True))
    async def run_with_secrets(
        ctx: Context[Any, Any],
        command: list[str],
        env: dict[str, str] | None = None,
        env_file: str | None = None,
        cwd: str | None = None,
        timeout_seconds: int = 60,
    ) -> dict[str, Any]:
        """Run a command (an argv list, no shell unless you pass ["sh", "-c", "..."]) with
        environment variables set from tether:// references, e.g. env={"STRIPE_KEY":
        "tether://dev/stripe/api_key"}, and/or an env file whose values are references. Returns the
        exit code and stdout/stderr with every secret value masked (and any other secret the
        scanner finds redacted). Output is size-limited; the process group is killed on timeout."""
        from tether.mcp.runner import run_captured

        argv0 = command[0] if command else ""
        names = ",".join(sorted(env or {}))
        detail = f"argv0={argv0[:200]} env={names}" + (" env_file=yes" if env_file else "")

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            prepared = t.prepare_run(command, env or {}, env_file, cwd, timeout_seconds)
            try:
                captured = await anyio.to_thread.run_sync(
                    lambda: run_captured(
                        prepared.argv,
                        prepared.env,
                        prepared.secrets,
                        cwd=prepared.cwd,
                        timeout=prepared.timeout,
                        keep=t.options.max_output + t.options.lookahead,
                    )
                )
            finally:
                t.end_leases(prepared.leases)
            out = t.finish_run(prepared, captured)
            refs = " ".join(f"{k}={v}" for k, v in sorted(prepared.variables.items()))
            status = "timeout" if captured.timed_out else f"exit={captured.exit_code}"
            return out, "ok", f"argv0={argv0[:200]} {status} refs=[{refs}]"

        return await _audited(session, ctx, "run_with_secrets", None, call, detail=detail)

    @server.tool(annotations=read_only)
    async def scan_text(ctx: Context[Any, Any], text: str) -> dict[str, Any]:
        """Scan a text for plaintext secrets. Findings give rule, severity, line, column, a short
        keyed fingerprint and the tether:// reference when the value is already in the vault."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            out = t.scan_text(text)
            rules = ",".join(sorted({f["rule_id"] for f in out["findings"]}))
            return out, "ok", f"findings={out['count']} rules={rules}"

        return await _audited(session, ctx, "scan_text", None, call)

    @server.tool(annotations=read_only)
    async def scan_file(ctx: Context[Any, Any], path: str) -> dict[str, Any]:
        """Scan one file for plaintext secrets (same findings as scan_text; never values)."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            name, found = await anyio.to_thread.run_sync(lambda: t.scan_file_pure(path))
            findings = t.describe_findings(found)
            out = {"path": name, "findings": findings, "count": len(findings)}
            rules = ",".join(sorted({f["rule_id"] for f in findings}))
            return out, "ok", f"path={path[:300]} findings={len(findings)} rules={rules}"

        return await _audited(session, ctx, "scan_file", None, call, detail=f"path={path[:300]}")

    @server.tool(annotations=ToolAnnotations(destructive_hint=False, open_world_hint=False))
    async def request_secret(
        ctx: Context[Any, Any], ref: str, description: str = "", wait_seconds: int = 120
    ) -> dict[str, Any]:
        """Ask the human to store a secret at a tether:// reference WITHOUT the value passing
        through you: the human types it on a local page (or runs `tether set REF`). Never ask the
        user to paste a secret into the chat. Returns the reference and a status; when the status is
        "pending", poll check_reference until it resolves."""

        async def call(t: AgentTools) -> tuple[dict[str, Any], str, str | None]:
            out = await _request(session, t, ctx, ref, description, wait_seconds)
            return out, "ok", f"status={out['status']}"

        audit_ref = ref if ref.strip().startswith("tether://") and len(ref) < 512 else None
        return await _audited(session, ctx, "request_secret", audit_ref, call)

    # a tool the user turned off is not offered at all (the tools check again anyway)
    if not options.allow_run:
        server.remove_tool("run_with_secrets")
    if not options.allow_request:
        server.remove_tool("request_secret")
    return server


def _elicits_urls(ctx: Context[Any, Any]) -> bool:
    caps = ctx.client_capabilities
    return caps is not None and caps.elicitation is not None and caps.elicitation.url is not None


async def _wait(req: PendingRequest, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not req.done.is_set() and time.monotonic() < deadline:
        await anyio.sleep(0.1)


async def _request(
    session: _Session,
    tools: AgentTools,
    ctx: Context[Any, Any],
    ref_text: str,
    description: str,
    wait_seconds: int,
) -> dict[str, Any]:
    if not tools.options.allow_request:
        raise AccessDeniedError(
            "requesting secrets is turned off for this agent",
            hint="the MCP server was started with --no-request; ask the user to run `tether set`",
        )
    ref = tools.check_writable_ref(ref_text)
    page = session.page()
    ttl = tools.options.request_ttl
    req = page.add(str(ref), description[:500], ttl, replaces=tools.current_version(ref))
    url = page.url(req)
    manual = (
        f"Ask the user to open {url} in a browser on this machine (valid {ttl // 60} minutes, "
        f"single use) and enter the value there, or to run `tether set {ref}` in a terminal. "
        "Do not ask for the value in the chat. Then call check_reference to see when it resolves."
    )
    if not _elicits_urls(ctx):
        return {"ref": str(ref), "status": "pending", "url": url, "instructions": manual}
    elicitation_id = secrets.token_urlsafe(16)
    answer = await ctx.elicit_url(
        f"tether: enter the value for {ref} on this local page. It goes straight into your "
        "vault; the agent never sees it.",
        url,
        elicitation_id,
    )
    if answer.action != "accept":
        page.cancel(req)
        return {"ref": str(ref), "status": "declined"}
    await _wait(req, max(0, min(wait_seconds, ttl)))
    if req.status == "stored":
        await ctx.session.send_elicit_complete(elicitation_id)
        return {"ref": str(ref), "status": "stored", "version": req.version}
    if req.status == "pending":
        return {"ref": str(ref), "status": "pending", "url": url, "instructions": manual}
    return {"ref": str(ref), "status": req.status}


def serve(options: Options) -> None:
    """Run the server on stdio until the client closes the connection."""
    build_server(options).run()
