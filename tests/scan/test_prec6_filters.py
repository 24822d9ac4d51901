"""Precision fixes from a sixth held-out set (documentation and prose: Debian's *-doc packages,
man pages, /usr/share/doc, READMEs of npm and PyPI packages): classes of false findings, each
beside a value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import pytest

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ a test runner's result line


@pytest.mark.parametrize(
    "line",
    [
        "PASS: ld-x86-64/pr19539a",
        "PASS: binutils-all/x86-64/shstk",
        "PASS: i386 AVX512F/VL wig insns",
        "PASS: objcopy -shared -z relro (tbss2)",
        "XPASS: ld-elf/pr22836-1b",
        "--- PASS: TestLogin2 (0.00s)",
    ],
)
def test_test_result_line_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "docs/results.txt")


@pytest.mark.parametrize("path", ["binutils/test-summary-amd64.txt", "build/gas.sum", "ld.log"])
def test_lone_test_name_in_a_test_log_is_not_reported(path: str) -> None:
    assert not reported("generic-password", "PASS: rgn-over1", path)
    assert reported("generic-password", "PASS: rgn-over1", "notes.txt")


@pytest.mark.parametrize(
    "line",
    [
        "PASS: Tq8vR2mXk9Lz",  # a note of a login: a lone value
        "PASS: Tq8vR2mXk9Lz (prod vpn)",  # a generated value, words after it
        "pass: ld-x86-64/pr19539a",  # not the status word of a test runner
        "user bob PASS: Tq8vR2mXk9Lz/x",  # not at the start of the line
    ],
)
def test_password_after_pass_is_still_reported(line: str) -> None:
    assert reported("generic-password", line, "notes.txt")


# ------------------------------------------------------------------ prose and data shapes


def test_word_closing_a_parenthesis_is_not_reported() -> None:
    line = "(try this if your terminal just sleeps instead of giving you a password: prompt):"
    assert not reported("generic-password", line, "agetty.8.txt")


def test_value_with_a_parenthesis_is_still_reported() -> None:
    assert reported("generic-password", "password: Xq7)vR2mK9", "notes.txt")
    assert reported("generic-password", "password: Xq7vR2mK9):", "notes.txt")


def test_array_of_numbers_is_not_reported() -> None:
    line = '[322, 11, 1, "", "spawn"]], "pwd": [[323, 11, 1, "", "getpwall"]]'
    assert not reported("generic-password", line, "searchindex.txt")


def test_number_then_letters_is_still_reported() -> None:
    assert reported("generic-password", "password = 8817203Tq8vR2mXk9", "notes.txt")


# ------------------------------------------------------------------ HTML-escaped placeholder


@pytest.mark.parametrize(
    "line",
    [
        "machine host login user password &lt;password&gt;</code></pre>",
        "machine host login user password &lt;your-password&gt;",
    ],
)
def test_html_escaped_placeholder_is_not_reported(line: str) -> None:
    assert not reported("netrc-password", line, "setup-git-server-over-http.html")


def test_html_escaped_value_is_still_reported() -> None:
    line = "machine host login user password Xq7&amp;vR2mK9"
    assert reported("netrc-password", line, "setup.html")


# ------------------------------------------------------------------ reserved example host in netrc


@pytest.mark.parametrize(
    "line",
    [
        "machine example.org login apt password Tq8vR2mXk9",
        r"machine example\&.org/debian login apt password Tq8vR2mXk9",
        "machine example.net:443 login apt password Tq8vR2mXk9",
        "machine mirror.example login apt password Tq8vR2mXk9",
    ],
)
def test_netrc_entry_of_an_example_host_is_not_reported(line: str) -> None:
    assert not reported("netrc-password", line, "auth.conf")


@pytest.mark.parametrize(
    "line",
    [
        "machine example.org.internal.corp login apt password Tq8vR2mXk9",
        "machine api.example-corp.com login apt password Tq8vR2mXk9",
        "machine myexample.org login apt password Tq8vR2mXk9",
    ],
)
def test_netrc_entry_of_a_real_host_is_still_reported(line: str) -> None:
    assert reported("netrc-password", line, "auth.conf")


# ------------------------------------------------------------------ "password" in another language


@pytest.mark.parametrize(
    "line",
    [
        "http://gebruiker:wachtwoord@server:poort/",
        "https://usuario:contrasena@servidor/",
        "https://Benutzer:Kennwort@server/",
        "https://usuario:senha@servidor/",
    ],
)
def test_password_word_of_another_language_is_not_reported(line: str) -> None:
    assert not reported("generic-url-credentials", line, "sources.list.5")


def test_url_password_is_still_reported() -> None:
    assert reported("generic-url-credentials", "https://usuario:Tq8vR2mXk9@servidor/", "x.md")


# ------------------------------------------------------------------ HTML character entity


def test_html_entity_in_the_value_place_is_not_reported() -> None:
    line = "server=&quot;127.0.0.1&quot; user=&quot;user1&quot; pwd=&quot;&quot;"
    assert not reported("generic-password", line, "omclickhouse.html")
    line = "Server=db;User Id=app;Password=&quot;"
    assert not reported("ado-net-connection-string-password", line, "conn.html")


def test_value_after_an_entity_is_still_reported() -> None:
    assert reported("ado-net-connection-string-password", "Server=db;Password=Tq8vR2mXk9;", "c.md")
    assert reported("generic-password", "password = &Tq8vR2mXk9", "notes.txt")


# ------------------------------------------------------------------ "Bearer" at the end of a name


def test_bearer_ending_a_name_is_not_reported() -> None:
    line = "VALUE\tGandalf-Min-Outgoing-Bearer\t3100Hz-Audio\t\t3"
    assert not reported("generic-authorization-header", line, "dictionary.gandalf")


@pytest.mark.parametrize(
    "line",
    [
        'curl -H "X-Api: Bearer k8Zq2LmX9wR3vT7pYb4NcF5s"',
        'token = "Bearer k8Zq2LmX9wR3vT7pYb4NcF5s"',
        "Authorization: Outgoing-Bearer k8Zq2LmX9wR3vT7pYb4NcF5s",
    ],
)
def test_bearer_scheme_is_still_reported(line: str) -> None:
    assert reported("generic-authorization-header", line, "notes.txt")


# ------------------------------------------------------------------ IPv6 interface token


@pytest.mark.parametrize(
    "line",
    ["Token=static:::1a:2b:3c:4d", "Token=prefixstable:2002:da8:1::", "token: fe80::1ff:fe23"],
)
def test_ipv6_interface_token_is_not_reported(line: str) -> None:
    assert not reported("generic-token", line, "systemd.network.5")


@pytest.mark.parametrize(
    "line", ["Token=static:::1a:2b:3c:4dq7Zr", "Token=k8Zq2::LmX9wR3vT7pYb4NcF5s"]
)
def test_token_with_colons_is_still_reported(line: str) -> None:
    assert reported("generic-token", line, "network.conf")


# ------------------------------------------------------------------ a version (concurrency) token


@pytest.mark.parametrize(
    "line",
    [
        '"version_token": "Tq8vR2mXk9Lz4NcF5sWb7YpQ3hJ6dG1a",',
        "versionToken: 'Tq8vR2mXk9Lz4NcF5sWb7YpQ3hJ6dG1a',",
    ],
)
def test_version_token_is_not_reported(line: str) -> None:
    assert not reported("generic-token", line, "doc/models/payment.md")


def test_access_token_is_still_reported() -> None:
    line = '"access_token": "Tq8vR2mXk9Lz4NcF5sWb7YpQ3hJ6dG1a",'
    assert reported("generic-token", line, "doc/models/payment.md")
