"""The local secret-entry page in-process: tokens, expiry, host/origin checks, no logging."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mcp import pages
from tether.errors import AccessDeniedError
from tether.mcp.request import RequestPage

VALUE = "page-value-Kd8sQ2mZ"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def stored() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def page(stored: list[tuple[str, str]], clock: Clock) -> Iterator[RequestPage]:
    def store(ref: str, value: str) -> int:
        if "readonly" in ref:
            raise AccessDeniedError("sa:ci may not write to vault readonly", hint="grant write")
        stored.append((ref, value))
        return len(stored)

    p = RequestPage(store, clock=clock)
    yield p
    p.close()


def test_form_then_post_stores_once(page: RequestPage, stored: list[tuple[str, str]]) -> None:
    req = page.add("tether://dev/a/key", "the <b>API</b> key", ttl=60)
    url = page.url(req)
    status, html = pages.get(url)
    assert status == 200
    assert "type='password'" in html and "&lt;b&gt;API&lt;/b&gt;" in html  # escaped
    status, body = pages.post(url, {"csrf": pages.csrf_of(html), "value": VALUE})
    assert status == 200 and VALUE not in body
    assert stored == [("tether://dev/a/key", VALUE)]
    assert req.done.is_set() and req.status == "stored" and req.version == 1
    assert pages.get(url)[0] == 404  # spent
    assert pages.post(url, {"csrf": req.csrf, "value": "again"})[0] == 404
    assert stored == [("tether://dev/a/key", VALUE)]


def test_expired_link_is_refused(page: RequestPage, clock: Clock) -> None:
    req = page.add("tether://dev/a/key", "", ttl=60)
    url = page.url(req)
    clock.now += 61
    assert pages.get(url)[0] == 404
    assert pages.post(url, {"csrf": req.csrf, "value": VALUE})[0] == 404
    assert req.status == "expired" and req.done.is_set()


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"host": "attacker.example"}, 421),  # DNS rebinding: a foreign name for 127.0.0.1
        ({"origin": "http://attacker.example"}, 403),
        ({"origin": "null"}, 403),
        ({"extra": {"Sec-Fetch-Site": "cross-site"}}, 403),
        ({"extra": {"Content-Type": "text/plain"}}, 415),
    ],
)
def test_cross_site_posts_are_refused(
    page: RequestPage, stored: list[tuple[str, str]], kwargs: dict[str, object], code: int
) -> None:
    req = page.add("tether://dev/a/key", "", ttl=60)
    url = page.url(req)
    status, _ = pages.post(url, {"csrf": req.csrf, "value": VALUE}, **kwargs)  # type: ignore[arg-type]
    assert status == code
    assert stored == [] and req.status == "pending"
    # the link still works for the real user afterwards
    assert pages.submit(url, VALUE)[0] == 200


def test_wrong_csrf_empty_value_and_oversized_body(
    page: RequestPage, stored: list[tuple[str, str]]
) -> None:
    req = page.add("tether://dev/a/key", "", ttl=60)
    url = page.url(req)
    assert pages.post(url, {"csrf": "guess", "value": VALUE})[0] == 403
    assert pages.post(url, {"csrf": req.csrf, "value": ""})[0] == 400
    big = pages.post(url, {"csrf": req.csrf, "value": "x" * 70_000})
    assert big[0] == 413
    assert stored == [] and req.status == "pending"


def test_localhost_name_is_accepted(page: RequestPage, stored: list[tuple[str, str]]) -> None:
    req = page.add("tether://dev/a/key", "", ttl=60)
    url = page.url(req)
    status, html = pages.get(url, host=f"localhost:{page.port}")
    assert status == 200
    status, _ = pages.post(
        url,
        {"csrf": pages.csrf_of(html), "value": VALUE},
        host=f"localhost:{page.port}",
        origin=f"http://localhost:{page.port}",
    )
    assert status == 200 and stored


def test_store_failure_is_shown_without_the_value(
    page: RequestPage, stored: list[tuple[str, str]]
) -> None:
    req = page.add("tether://readonly/a/key", "", ttl=60)
    status, body = pages.submit(page.url(req), VALUE)
    assert status == 500 and "may not write" in body and "grant write" in body
    assert VALUE not in body and req.status == "failed"


def test_cancel_and_nothing_logged(page: RequestPage, capfd: pytest.CaptureFixture[str]) -> None:
    req = page.add("tether://dev/a/key", "", ttl=60)
    url = page.url(req)
    pages.submit(url, VALUE)
    other = page.add("tether://dev/b/key", "", ttl=60)
    page.cancel(other)
    assert other.status == "cancelled" and other.done.is_set()
    assert pages.get(page.url(other))[0] == 404
    out, err = capfd.readouterr()
    assert req.token not in out + err and VALUE not in out + err
    assert out + err == ""


def test_page_warns_when_the_value_replaces_an_existing_version(page: RequestPage) -> None:
    fresh = page.add("tether://dev/a/key", "", ttl=60)
    existing = page.add("tether://dev/b/key", "", ttl=60, replaces=3)
    assert "replaces" not in pages.get(page.url(fresh))[1]
    assert "replaces the current value (version 3)" in pages.get(page.url(existing))[1]
