"""Hard-coded fallbacks after ``||``, ``??``, ``?:`` and ``or``: the literal a program uses when the
environment lacks the variable is a credential in the source (``process.env.DB_PASSWORD || "…"``)."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PASSWORD = "Xk92mLqTz7"
TOKEN = "Zk8q2LmX9wR3vT7pYb4NcF5s"


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (f'const password = process.env.DB_PASSWORD || "{PASSWORD}";', "db.js", PASSWORD),
        (f'PASSWORD = os.environ.get("PASSWORD") or "{PASSWORD}"', "settings.py", PASSWORD),
        (f"password = ENV['DB_PASSWORD'] || '{PASSWORD}'", "database.rb", PASSWORD),
        (f'$pw = getenv("DB_PASSWORD") ?: "{PASSWORD}";', "config.php", PASSWORD),
        (f'const apiKey = process.env.API_KEY ?? "{TOKEN}";', "client.ts", TOKEN),
        (f"token = settings.get('token') or `{TOKEN}`", "client.js", TOKEN),
    ],
)
def test_fallback_literal_is_reported(
    engines: dict[str, Engine], text: str, path: str, expected: str
) -> None:
    assert [value for _, value in found(engines, text, path)] == [expected]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # a message, an empty default, a placeholder and a short word are no credentials
        ('const msg = errors.password || "Please enter a password";', "form.js"),
        ('if (user.password || "") {', "form.js"),
        ('const token = process.env.TOKEN ?? "your-token-here";', "client.ts"),
        ("key = opts.key or 'id'", "cache.py"),
        # `or` with no quoted literal after it is logic, not a fallback
        ("if password or token_provided:", "auth.py"),
        # a fallback to another variable
        ("const secret = process.env.SECRET || defaultSecret;", "app.js"),
    ],
)
def test_fallback_without_a_credential_is_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []
