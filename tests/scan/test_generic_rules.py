"""Generic (keyword = value) rules: dialect, examples, and the assignment styles of common languages.

The per-rule examples run through both engines in test_engine_examples.py; here they also run
through the rule regex + ``reject_reason`` directly (so a failure names the filter that fired), and a
table of lines in many languages and formats runs through the real engine.
"""

from __future__ import annotations

import re

import pytest

from tether.scan.engine import Engine
from tether.scan.filters import reject_reason
from tether.scan.findings import Provenance
from tether.scan.rules import Rule, load_rules

GENERIC = [r for r in load_rules() if r.family == "generic"]


def candidates(rule: Rule, line: str) -> list[str]:
    """Every secret the rule's regex captures on ``line``, overlapping matches included."""
    out, pos = [], 0
    while pos <= len(line):
        m = rule.compiled.search(line, pos)
        if not m:
            break
        out.append(m.group("secret"))
        pos = m.start() + 1
    return out


def accepted(rule: Rule, line: str, path: str = "settings.txt") -> list[str]:
    return [s for s in candidates(rule, line) if reject_reason(rule, s, line, path) is None]


def test_generic_rules_are_marked_and_present() -> None:
    ids = {r.id for r in GENERIC}
    assert {"generic-password", "generic-secret", "generic-token", "generic-key"} <= ids
    assert {"generic-url-credentials", "generic-authorization-header"} <= ids
    assert all(r.generic for r in GENERIC)


@pytest.mark.parametrize("rule", GENERIC, ids=lambda r: r.id)
def test_dialect(rule: Rule) -> None:
    rx = rule.regex
    assert not re.search(r"\(\?<?[=!]", rx), "look-around is not in the Hyperscan dialect"
    assert not re.search(r"\\[1-9]|\(\?P=", rx), "back-references are not in the dialect"
    assert rx.count("(?P<") == 1 and "(?P<secret>" in rx
    assert "(?i)" not in rx[4:], "inline flags only at the very start"
    assert rule.keywords and all(k == k.lower() for k in rule.keywords)
    assert rule.examples and rule.counter_examples


@pytest.mark.parametrize("rule", GENERIC, ids=lambda r: r.id)
def test_every_match_holds_a_keyword(rule: Rule) -> None:
    for line in (*rule.examples, *rule.counter_examples):
        pos = 0
        while (m := rule.compiled.search(line, pos)) is not None:
            assert any(k in m.group(0).lower() for k in rule.keywords), line
            pos = m.start() + 1


@pytest.mark.parametrize(
    ("rule", "line"),
    [(r, x) for r in GENERIC for x in r.examples],
    ids=lambda v: v.id if isinstance(v, Rule) else "",
)
def test_example_is_reported(rule: Rule, line: str) -> None:
    found = candidates(rule, line)
    assert found, "the regex does not match"
    reasons = [reject_reason(rule, s, line, "settings.txt") for s in found]
    assert None in reasons, f"every candidate rejected: {reasons}"


@pytest.mark.parametrize(
    ("rule", "line"),
    [(r, x) for r in GENERIC for x in r.counter_examples],
    ids=lambda v: v.id if isinstance(v, Rule) else "",
)
def test_counter_example_is_not_reported(rule: Rule, line: str) -> None:
    for path in ("settings.txt", "app.py", None):
        assert accepted(rule, line, path or "") == [], path


# (path, line, whether a generic finding is expected). Values are made up and random-looking.
STYLES = [
    # Python
    ("app.py", 'DB_PASSWORD = "Xk9#qLm2vR8z"', True),
    ("app.py", "db_password = 'Xk9#qLm2vR8z'", True),
    ("app.py", 'connect(host="db", password="Xk9#qLm2vR8z")', True),
    ("app.py", 'password = os.environ.get("DB_PASSWORD")', False),
    ("app.py", "password = getpass.getpass()", False),
    ("app.py", "password = input('Password: ')", False),
    ("app.py", "password=args.password", False),
    ("app.py", "self.password = password", False),
    ("app.py", "def login(user: str, password: str) -> None:", False),
    ("app.py", "password: Optional[str] = None", False),
    ("app.py", 'if not password: raise ValueError("password required")', False),
    # JavaScript / TypeScript
    ("app.js", 'const apiKey = "k8Zq2LmX9wR3vT7pYb4NcF5s";', True),
    ("app.ts", "const token: string = process.env.API_TOKEN;", False),
    ("app.js", "const password = req.body.password;", False),
    ("app.js", "headers: { Authorization: `Bearer ${token}` }", False),
    # Java / C# / Go / PHP / Ruby
    ("App.java", 'private static final String SECRET_KEY = "c9Xq2LmZ7wK4vR8tP1bN";', True),
    ("App.java", 'ds.setPassword("Xk9#qLm2vR8z");', True),
    ("App.java", 'String password = config.getProperty("db.password");', False),
    ("App.cs", 'var conn = "Server=db;User Id=sa;Password=Xk9#qLm2vR8z;";', True),
    ("main.go", 'token := "x7Kq2Lm9ZvR3wT8pYb4N"', True),
    ("main.go", 'password := os.Getenv("PASSWORD")', False),
    ("index.php", "$db_pass = 'Xk9#qLm2vR8z';", True),
    ("index.php", "$password = $_POST['password'];", False),
    ("app.rb", "config.secret_key_base = 'c9Xq2LmZ7wK4vR8tP1bNc9Xq2LmZ7wK4'", True),
    ("app.rb", "password: ENV['DB_PASSWORD'],", False),
    # config formats
    ("config.yml", "  password: Xk9qLm2vR8z", True),
    ("config.yml", "  password: ${DB_PASSWORD}", False),
    ("config.yml", "  password: {{ vault_db_password }}", False),
    ("config.yml", "  password_file: /run/secrets/db_password", False),
    ("config.json", '{"client_secret": "Gq8zL2kX9mW4vT7rP3yB"}', True),
    ("config.json", '{"password": "<your password>"}', False),
    ("config.json", '{"token": null}', False),
    ("app.ini", "password = Xk9qLm2vR8z", True),
    ("app.ini", "password = changeme", False),
    ("app.properties", "spring.datasource.password=Xk9qLm2vR8z", True),
    ("app.properties", "spring.datasource.password=${DB_PASSWORD}", False),
    (".env", "STRIPE_WEBHOOK_SECRET=Wq8zL2kX9mW4vT7rP3yBq", True),
    (".env", "API_KEY=", False),
    (".env", "API_KEY=your_api_key_here", False),
    ("web.config", '<add key="ApiKey" value="k2Lq9ZmX7wR3vT8pYb4N" />', True),
    ("pom.xml", "<password>Xk9qLm2vR8z</password>", True),
    ("pom.xml", "<password>${env.MAVEN_PASSWORD}</password>", False),
    ("run.bat", "set PASSWORD=%DB_PASSWORD%", False),
    ("deploy.sh", 'export PGPASSWORD="Xk9qLm2vR8z"', True),
    ("deploy.sh", 'export PGPASSWORD="$DB_PASSWORD"', False),
    # URLs, headers, command lines, SQL
    ("docker-compose.yml", "DATABASE_URL: postgres://app:Xk9qLm2vR8z@db:5432/app", True),
    ("docker-compose.yml", "DATABASE_URL: postgres://app@db:5432/app", False),
    ("README.md", "curl -H 'Authorization: Bearer k8Zq2LmX9wR3vT7pYb4NcF5s' https://api", True),
    ("README.md", "psql-admin --password Xk9qLm2vR8z", True),
    ("schema.sql", "CREATE USER app IDENTIFIED BY 'Xk9qLm2vR8z';", True),
    # not credentials at all
    ("app.py", "BYPASS_CACHE = True", False),
    ("app.js", 'const keyboardLayout = "qwertz";', False),
    ("app.py", 'TOKEN_TYPE = "Bearer"', False),
    ("app.py", 'password_min_length = "12"', False),
    ("app.py", 'secret_ref = "tether://prod/db/password"', False),
    ("package.json", '"minipass": "^3.1.6",', False),
    ("i18n.json", '"LABEL_PASSWORD": "Mot de passe",', False),
    ("app.py", 'integrity_key = "sha512-Zq8L2kXm9wR3vT7pYb4NGq8zL2kX9mW4vT7rP3yB=="', False),
    ("views.py", 'cache_key = "user-profile-page"', False),
]


@pytest.mark.parametrize(("path", "line", "expected"), STYLES)
def test_assignment_styles(
    engines: dict[str, Engine], path: str, line: str, expected: bool
) -> None:
    findings, _ = engines["re"].scan_blob((line + "\n").encode(), Provenance("file", path))
    assert bool(findings) is expected, [f.rule_id for f in findings]
