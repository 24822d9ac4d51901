"""A parenthesis inside a quoted literal is a character, not a function call."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.findings import Provenance

from .conftest import KEY

DJANGO_KEY = "k3!r9^v(2x)m_q8z%w7@t4p#n6(b1j0y^c5-f$h8l)d2s+e9u"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(key=KEY, jobs=1)


def secrets(engine: Engine, line: str, path: str) -> list[str]:
    found, _ = engine.scan_blob(line.encode(), Provenance("file", path))
    return [f.secret.reveal() for f in found]


@pytest.mark.parametrize(
    ("line", "path"),
    [
        (f'django_secret_key: "{DJANGO_KEY}"', "deploy/group_vars/all.yml"),
        (f"SECRET_KEY = '{DJANGO_KEY}'", "myapp/local_settings.py"),
        (f'"jwtSecret": "{DJANGO_KEY}",', "config/default.json"),
    ],
)
def test_quoted_secret_with_parentheses_is_reported(engine: Engine, line: str, path: str) -> None:
    assert DJANGO_KEY in secrets(engine, line, path)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ('password: "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"', "src/main/resources/application.yml"),
        ('api_secret = "getSecret(ctx)"', "app/config.py"),
        ("secret_key = os.environ.get('SECRET_KEY')", "app/settings.py"),
        ("token = fetch_token(session)", "app/client.py"),
        ('PASSWORD_SAFE = "".join(', "httpx/_urlparse.py"),
    ],
)
def test_calls_and_ciphertexts_are_not(engine: Engine, line: str, path: str) -> None:
    assert secrets(engine, line, path) == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("here's my db password: DNxril3RavGD5Mfv can you fix the connection?", "DNxril3RavGD5Mfv"),
        ("- password for admin: ysNa9ZwsjEJri9", "ysNa9ZwsjEJri9"),
    ],
)
def test_a_generated_value_in_a_sentence_is_reported(engine: Engine, line: str, value: str) -> None:
    assert value in secrets(engine, line, "notes/onboarding.md")


@pytest.mark.parametrize(
    "line",
    [
        "password: Please enter the password you chose when you signed up",
        "token: expires after one hour, refresh it before that",
    ],
)
def test_words_after_a_label_stay_prose(engine: Engine, line: str) -> None:
    assert secrets(engine, line, "docs/faq.md") == []


@pytest.mark.parametrize(
    ("line", "path", "reported"),
    [
        ('r = requests.get(url, auth=("deploy", "Vq8zL2kX9mW4"))', "app/client.py", True),
        ('client.get("/me", auth=("stanleyjobson", "swordfish"))', "tests/test_security.py", False),
        ('auth = HTTPDigestAuth("user", "wrongpass")', "tests/test_requests.py", False),
        ('$db = mysqli_connect("db", "shop", "Vq8zL2kX9mW4", "shop");', "inc/db.php", True),
    ],
)
def test_positional_passwords_are_judged_like_assigned_ones(
    engine: Engine, line: str, path: str, reported: bool
) -> None:
    found = secrets(engine, line, path)
    if reported:
        assert "Vq8zL2kX9mW4" in found
    else:
        assert found == []
