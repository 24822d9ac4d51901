"""The local page where a human types a secret the agent asked for, so it never passes the model.

One small HTTP server per ``tether mcp`` process, on 127.0.0.1 and a random port, started on the
first ``request_secret``. Each request gets a random single-use token in the URL path
(``/r/<token>``) and expires after a few minutes. The form carries a second random token (CSRF) and
a password field; the POST stores the value through a callback and the token is spent.

Defences: the ``Host`` header must name this loopback address and port (DNS rebinding), an
``Origin`` header, when the browser sends one, must be this page's origin, and
``Sec-Fetch-Site`` must not be ``cross-site``; the CSRF token is compared in constant time; bodies
are size-limited; responses forbid caching, framing and referrers. Nothing is logged: the standard
library's request log line is switched off, and no value ever reaches a message.
"""

from __future__ import annotations

import hmac
import html
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from tether.errors import TetherError

__all__ = ["PendingRequest", "RequestPage", "StoreFn"]

# (reference text, value) -> new version number; raises TetherError on failure
StoreFn = Callable[[str, str], int]

MAX_BODY = 64 * 1024
_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}


@dataclass
class PendingRequest:
    """One outstanding request. ``done`` is set once a value is stored (or the request is cancelled)."""

    ref: str
    description: str
    token: str
    csrf: str
    expires: float
    replaces: int | None = None  # the current version the value would replace
    status: str = "pending"  # pending | stored | cancelled | expired | failed
    version: int | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def __repr__(self) -> str:
        return f"PendingRequest(ref={self.ref!r}, status={self.status!r})"

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.expires


class RequestPage:
    """The loopback HTTP server and its pending requests (thread-safe)."""

    def __init__(
        self,
        store: StoreFn,
        *,
        host: str = "127.0.0.1",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._host = host
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, PendingRequest] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://{self._host}:{self.port}"

    def start(self) -> None:
        if self._server is not None:
            return
        handler = type("_BoundHandler", (_Handler,), {"page": self})
        self._server = _QuietServer((self._host, 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # close() waits for one poll
            name="tether-request-page",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:
            for req in self._pending.values():
                req.status = "cancelled"
                req.done.set()
            self._pending.clear()

    def add(
        self, ref: str, description: str, ttl: float, *, replaces: int | None = None
    ) -> PendingRequest:
        self.start()
        req = PendingRequest(
            ref=ref,
            description=description,
            replaces=replaces,
            token=secrets.token_urlsafe(32),
            csrf=secrets.token_urlsafe(32),
            expires=self._clock() + ttl,
        )
        with self._lock:
            self._drop_expired()
            self._pending[req.token] = req
        return req

    def url(self, req: PendingRequest) -> str:
        return f"{self.origin}/r/{req.token}"

    def cancel(self, req: PendingRequest) -> None:
        with self._lock:
            if self._pending.pop(req.token, None) is not None and req.status == "pending":
                req.status = "cancelled"
                req.done.set()

    def _drop_expired(self) -> None:
        now = self._clock()
        for token in [t for t, r in self._pending.items() if now >= r.expires]:
            req = self._pending.pop(token)
            req.status = "expired"
            req.done.set()

    def lookup(self, token: str) -> PendingRequest | None:
        with self._lock:
            self._drop_expired()
            for known, req in self._pending.items():
                if hmac.compare_digest(known.encode(), token.encode()):
                    return req
        return None

    def take(self, req: PendingRequest) -> bool:
        """Spend a request's token (single use); False when someone else spent it first."""
        with self._lock:
            return self._pending.pop(req.token, None) is not None

    def store(self, req: PendingRequest, value: str) -> int:
        return self._store(req.ref, value)

    def host_ok(self, host: str | None) -> bool:
        return host in (f"{self._host}:{self.port}", f"localhost:{self.port}")

    def origin_ok(self, origin: str | None) -> bool:
        if origin is None:
            return True  # not a browser, or a same-origin GET; the CSRF token still applies
        return origin in (self.origin, f"http://localhost:{self.port}")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the default prints a traceback to stderr; a failed request just fails


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;"
    "color:#222}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px}"
    "input[type=password]{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}"
    "button{margin-top:1rem;padding:.5rem 1.2rem;font-size:1rem}.muted{color:#666}"
)


def _page(title: str, body: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    ).encode()


def _form(req: PendingRequest) -> bytes:
    ref = html.escape(req.ref)
    desc = html.escape(req.description) if req.description else ""
    return _page(
        "tether: enter a secret",
        f"<p>An AI agent asked you to store a secret at <code>{ref}</code>.</p>"
        + (f"<p class='muted'>The agent says: {desc}</p>" if desc else "")
        + (
            f"<p><strong>This replaces the current value (version {req.replaces}).</strong> "
            "The old version stays in the history.</p>"
            if req.replaces
            else ""
        )
        + "<p>The value goes straight into your local tether vault; the agent only ever sees the "
        "reference.</p>"
        f"<form method='post' action='/r/{html.escape(req.token)}' autocomplete='off'>"
        f"<input type='hidden' name='csrf' value='{html.escape(req.csrf)}'>"
        "<label for='value'>Value</label><br>"
        "<input type='password' id='value' name='value' autofocus required>"
        "<br><button type='submit'>Store in tether</button></form>"
        "<p class='muted'>Or, in a terminal: <code>tether set "
        f"{ref}</code></p>",
    )


class _Handler(BaseHTTPRequestHandler):
    page: RequestPage
    server_version = "tether"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request line holds the token; nothing is logged

    def _send(self, code: int, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in _HEADERS.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _fail(self, code: int, message: str) -> None:
        self._send(code, _page("tether", f"<p>{html.escape(message)}</p>"))

    def _request(self) -> PendingRequest | None:
        if not self.page.host_ok(self.headers.get("Host")):
            self._fail(421, "wrong host: open the link exactly as tether printed it")
            return None
        if self.headers.get("Sec-Fetch-Site", "same-origin") == "cross-site":
            self._fail(403, "cross-site requests are refused")
            return None
        path = self.path.split("?", 1)[0]
        if not path.startswith("/r/"):
            self._fail(404, "not found")
            return None
        req = self.page.lookup(path[3:])
        if req is None:
            self._fail(404, "this link is unknown, used or expired; ask the agent for a new one")
            return None
        return req

    def do_GET(self) -> None:
        req = self._request()
        if req is not None:
            self._send(200, _form(req))

    def do_POST(self) -> None:
        req = self._request()
        if req is None:
            return
        if not self.page.origin_ok(self.headers.get("Origin")):
            self._fail(403, "cross-origin requests are refused")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._fail(413, "request too large")
            return
        ctype = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            self._fail(415, "send the form")
            return
        form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"), keep_blank_values=True)
        csrf = (form.get("csrf") or [""])[0]
        if not hmac.compare_digest(csrf.encode(), req.csrf.encode()):
            self._fail(403, "the form token does not match; reload the page")
            return
        value = (form.get("value") or [""])[0]
        del form
        if not value:
            self._send(400, _form(req))
            return
        if not self.page.take(req):
            self._fail(404, "this link was already used")
            return
        try:
            version = self.page.store(req, value)
        except TetherError as exc:
            del value
            req.status = "failed"
            req.done.set()
            hint = f" ({exc.hint})" if exc.hint else ""
            self._fail(500, f"could not store the value: {exc.message}{hint}")
            return
        except Exception as exc:  # e.g. the server is shutting down; no text that might hold data
            del value
            req.status = "failed"
            req.done.set()
            self._fail(500, f"could not store the value ({exc.__class__.__name__}); try again")
            return
        del value
        req.status = "stored"
        req.version = version
        req.done.set()
        self._send(
            200,
            _page(
                "tether: stored",
                f"<p>Stored <code>{html.escape(req.ref)}</code> (version {version}). "
                "You can close this tab and tell the agent.</p>",
            ),
        )
