"""Precision fixes from real source trees (PyPI sdists, npm packages, site-packages): classes of false
findings that real code holds in numbers, each with the values it must still report.

Every value here is made up for the test (generated-looking fakes); none is a real credential.
"""

from __future__ import annotations

import base64
import random
import string

import pytest

from tether.scan.heuristics import is_placeholder

from .test_filters import RULES, kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ counting byte sequences


def _counter(start: int, step: int, n: int) -> str:
    return bytes((start + i * step) % 256 for i in range(n)).hex()


@pytest.mark.parametrize(
    ("start", "step", "n"), [(0, 1, 64), (0, 1, 16), (0x1F, -1, 32), (0x40, 1, 32), (0, 2, 24)]
)
def test_counting_byte_sequence_is_a_test_pattern(start: int, step: int, n: int) -> None:
    value = _counter(start, step, n)
    assert is_placeholder(value)
    assert not reported("generic-key", f'"key": "{value}",', "tests/data/kat.json")


def test_random_hex_key_is_not_a_counter() -> None:
    rng = random.Random(7)
    for _ in range(200):
        value = "".join(rng.choice("0123456789abcdef") for _ in range(64))
        assert is_placeholder(value) is None or "counting" not in (is_placeholder(value) or "")
    value = "9c4e17b2d85a3f60e1b7a94c2d5f8036b1e9a7c4f2d06b83e5a1c7f94d2b6e03"
    assert reported("generic-key", f'AES_KEY = "{value}"', "app/crypto.py")


# ------------------------------------------------------------------ keyboard mash


@pytest.mark.parametrize(
    "value",
    [
        "sdf0o9823sjdfsdf",
        "asdfoiw37850234lkjsdfsdf",
        "qwe089234lkjsdf",
        "2kjshdfp92i34asdasd",
        # a few capitals among the mashed letters (salt's boto tests)
        "askdjghsdfjkghWupUjasdflkdfklgjsdfjajkghs",
    ],
)
def test_keyboard_mash_is_a_made_up_token(value: str) -> None:
    assert is_placeholder(value)
    assert not reported("generic-token", f"'oauth_token': '{value}',", "lib/oauth1_session.py")


@pytest.mark.parametrize(
    "value",
    ["q8ntr3vz7kmw2xcp", "Xk7sdfPq2LmW9zRt", "m3kj8vnz7w2qdb5x", "tz7vk2nq9wmr4xcs", "fcvcxh42"],
)
def test_generated_lower_case_token_is_not_a_mash(value: str) -> None:
    assert is_placeholder(value) is None
    assert reported("generic-token", f"'oauth_token': '{value}',", "lib/oauth1_session.py")


def test_keyboard_mash_rarely_hits_a_random_token() -> None:
    rng = random.Random(11)
    alphabet = string.ascii_lowercase + string.digits
    hits = sum(
        bool(is_placeholder("".join(rng.choice(alphabet) for _ in range(16)))) for _ in range(3000)
    )
    assert hits <= 30  # under 1 %; hex and mixed-case tokens never hit (no row run, capitals)


def test_a_one_case_random_key_is_rarely_a_placeholder() -> None:
    """Base32 keys of 40+ characters (NATS NKey seeds, TOTP seeds): a short word of letters (XXX,
    ABCD, NULL) or four equal characters is chance there; it made one key in 175 a placeholder."""
    rng = random.Random(21)
    alphabet = string.ascii_uppercase + "234567"
    values = ["".join(rng.choice(alphabet) for _ in range(56)) for _ in range(3000)]
    assert sum(bool(is_placeholder(v)) for v in values) <= 3
    assert is_placeholder("ACGT5XXX3HOURKEQZWY2RTVFFTWZRCEZ2KR3KYRCR3LGOC4PEFAV464R") is None
    # typed capitals are words, and a counting run of digits is typed
    assert is_placeholder("YOURAPIKEYGOESHERE1234567890ABCDEFGHIJKL")
    assert is_placeholder("mykeyid123456789ooowalcowlskgjnsfnjnjogfwegnwfnwogjnewgneengo")


def test_keyboard_mash_does_not_hit_a_mixed_case_token() -> None:
    """A few capitals are read as their letters; a generated mixed-case token has about half."""
    rng = random.Random(12)
    alphabet = string.ascii_letters + string.digits
    values = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 48))) for _ in range(3000)
    ]
    assert [
        v for v in values if is_placeholder(v) == "keyboard mash (typed along the key rows)"
    ] == []


# ------------------------------------------------------------------ example hosts


@pytest.mark.parametrize(
    "line",
    [
        '"https://username%40gmail.com:Zq4%20mVt8r@example.com",',
        '("http://user-name:Qv7~kTz2@example.com/", ("user-name", "Qv7~kTz2")),',
        '"http://user:Wm3?xKq8@Example.com:8080/",',
        'assert url == "https://jo%40mail.org:Tz8%20Lq2w@www.example.org"',
    ],
)
def test_credentials_of_an_example_host_are_documentation(line: str) -> None:
    assert not reported("url-basic-auth", line, "tests/test_url.py")


def test_credentials_of_a_real_host_stay() -> None:
    line = "PIP_INDEX_URL=https://ci-reader:wWYzGvcxio!lV93m@pypi.example-corp.net/simple"
    assert reported("url-basic-auth", line, ".env")
    line = "url = 'https://deploy:uaCHYt0j7f~NokaL@example.company.io/api'"
    assert reported("url-basic-auth", line, "deploy.py")
    # a named server under the example domain stands in for a real one copied into docs
    line = "dsn = 'https://bob_app:uZitLg7UvDLsPqx5nhe@pg-prod-01.corp.example.net/orders'"
    assert reported("url-basic-auth", line, "settings.py")


# ------------------------------------------------------------------ Basic headers


def _basic(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "creds", ["hello:world", "Aladdin:open sesame", "netrc_user:netrc_pass", "bob:bob"]
)
def test_basic_header_with_a_word_password_is_a_test_header(creds: str) -> None:
    line = f'headers = {{"Authorization": "Basic {_basic(creds)}"}}'
    assert not reported("http-basic-auth-header", line, "tests/test_http.py")
    line = f'assert h["Authorization"] == "Basic {_basic(creds)}"'
    assert not reported("generic-authorization-header", line, "tests/test_http.py")


@pytest.mark.parametrize("creds", ["svc-sync:Tq7mW2zR9vXc", "ops:QWHTXZ", "yw:etuemoX"])
def test_basic_header_with_a_chosen_password_stays(creds: str) -> None:
    line = f'headers = {{"Authorization": "Basic {_basic(creds)}"}}'
    assert reported("http-basic-auth-header", line, "client.py")


# ------------------------------------------------------------------ credential file rules


@pytest.mark.parametrize(
    "line",
    [
        'f.write("machine example.net login user password pass\\n")',
        '("machine example.net login username password bbbb\\n",),',
        "return f'machine {host} login {self.username} password {self.password}'",
        'machine HOSTNAME login USERID password "PASSWORD"',
    ],
)
def test_netrc_line_in_code_stops_at_the_string_end(line: str) -> None:
    assert not reported("netrc-password", line, "tests/test_netrc.py")


def test_netrc_password_stays() -> None:
    assert reported(
        "netrc-password", "machine git.corp.net login ci password Vq8zN4pLk2Wt", ".netrc"
    )
    line = 'machine git.corp.net login ci password "Vq8zN4pLk2Wt"'
    assert reported("netrc-password", line, ".netrc")


@pytest.mark.parametrize(
    "line",
    [
        "root:*:0:0:root:/root:/bin/bash",
        "daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
        "list:*:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin",
    ],
)
def test_passwd_line_is_not_pgpass(line: str) -> None:
    assert not RULES["pgpass-password"].compiled.search(line)


def test_pgpass_line_stays() -> None:
    assert reported("pgpass-password", "db.internal:5432:billing:billing_rw:6XXBfQZFB1*pq2dp")
    assert reported("pgpass-password", "*:5432:*:replicator:Ts8\\:vQ2mXr7Lp", ".pgpass")
