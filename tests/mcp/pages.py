"""A tiny browser stand-in for the local secret-entry page (http.client, exact headers)."""

from __future__ import annotations

import http.client
import re
from urllib.parse import urlencode, urlsplit


def get(url: str, *, host: str | None = None) -> tuple[int, str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        headers = {"Host": host or parts.netloc}
        conn.request("GET", parts.path, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read().decode()
    finally:
        conn.close()


def csrf_of(page: str) -> str:
    m = re.search(r"name='csrf' value='([^']+)'", page)
    assert m, "the form has no CSRF token"
    return m.group(1)


def post(
    url: str,
    fields: dict[str, str],
    *,
    host: str | None = None,
    origin: str | None = "same",
    extra: dict[str, str] | None = None,
) -> tuple[int, str]:
    """POST the form the way a browser does (Origin = the page's own origin unless told)."""
    parts = urlsplit(url)
    body = urlencode(fields).encode()
    headers = {
        "Host": host or parts.netloc,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": str(len(body)),
    }
    if origin == "same":
        headers["Origin"] = f"{parts.scheme}://{parts.netloc}"
    elif origin is not None:
        headers["Origin"] = origin
    headers.update(extra or {})
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("POST", parts.path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read().decode()
    finally:
        conn.close()


def submit(url: str, value: str) -> tuple[int, str]:
    """Open the page, then submit the value with the page's CSRF token."""
    status, page = get(url)
    assert status == 200, page
    return post(url, {"csrf": csrf_of(page), "value": value})
