"""Generic-rule recall on ordinary config and code lines, and the false-positive classes each gain
must not bring back. Values are made up for these tests.

Each case runs the generic rule's own regex and ``reject_reason`` on a whole line of a file of the
given name, as a scan would (the key name, the quoting and the file type all count).
"""

from __future__ import annotations

import random
import string

import pytest

from tether.scan import heuristics
from tether.scan.filters import reject_reason
from tether.scan.heuristics import is_dictionary_word, is_glued_words
from tether.scan.rules import load_rules

RULES = {r.id: r for r in load_rules()}


def kept(rule_id: str, line: str, path: str) -> bool:
    """Whether any candidate of the rule on the line survives the filters."""
    rule = RULES[rule_id]
    pos = 0
    while (m := rule.compiled.search(line, pos)) is not None:
        if reject_reason(rule, m.group("secret"), line, path) is None:
            return True
        pos = m.start() + 1
    return False


KEPT = [
    # typed declarations: the literal after `=` is the value, not the type name
    ("generic-password", 'val password: String = "Tq8zK2mLx9"', "Db.scala"),
    ("generic-password", 'private val adminPassword: String = "v7Rk-q2Lm9x"', "Seed.kt"),
    ("generic-password", 'db_password: str = "Hz3qL9mKx2"', "settings.py"),
    ("generic-password", 'var password string = "Fz3kQ9LmX2wv"', "main.go"),
    ("generic-key", 'const apiKey: string = "Q9mZ2kL8xW3vR7tP4yBn";', "client.ts"),
    # `$$` inside a typed password is a character pair, not a compose/Make escape
    ("generic-password", "password: 'R7@$$kq2Lm'", "docker-compose.yml"),
    ("generic-password", "user.password = 'Vk$$9qzT!'", "seed.js"),
    # a test-named key holding a generated-looking literal is still a hard-coded password
    ("generic-password", 'const string testPassword = "kq7vzr2m481";', "LoginTests.cs"),
    ("generic-password", "FAKE_ADMIN_PASSWORD = 'Xq9$vL2!mK7r'", "conftest.py"),
    ("generic-token", 'const testToken = "9d4e1c7a2f8b3e6d0c5a9f2b"', "api.test.ts"),
    ("generic-secret", 'private const string TestClientSecret = "Qm7vX2kL9zR4wT8p";', "T.cs"),
    # constructors named for the credential they hold wrap the literal
    ("generic-password", 'val password = StringCredentialValue("xq-vmrtlpkez")', "Repo.kt"),
    ("generic-password", 'var pw = new PlainPassword("Lq9zX2mK7vTr");', "Repo.java"),
    # a number of six or more digits that is a whole config value is a PIN-style password
    ("generic-password", "  password: 83920417", "application.yml"),
    ("generic-password", "spring.datasource.password=5820174", "application.properties"),
    ("generic-password", "DB_PASSWORD=73019284  # local", ".env"),
    # base64 of a typed password (Kubernetes Secret data) is still one
    ("generic-password", "  password: SzlxIXZSMiNtWA==", "secret.yaml"),
    # percent-escapes decode to a chosen password
    ("generic-url-credentials", "https://svc:Xk9%40vQ2mLp@proxy.internal:3128/", "proxy.conf"),
    # a chosen password may contain the word, with capitals or symbols
    ("generic-password", 'password: "Blue7Pass!"', "compose.yml"),
    # a pronounceable string that is no word is a chosen password, weak or not
    ("generic-password", 'password: "velkorin"', "config.yml"),
    ("generic-password", "spring.datasource.password=trabonzo", "application.properties"),
    ("generic-password", 'DB_PASS = "mudrakel42"', "settings.py"),
    ("generic-password", 'conn = connect(user="app", password="zorvik")', "db.py"),
    # a key-value call stays an assignment; a whole "key", "value" pair of strings
    ("generic-password", 'conn.setProperty("password", "Rq8vLm3zKx")', "Db.java"),
    # outside a translation file a lower-case non-dictionary word under a password key is kept
    ("generic-password", "'password' => 'adgangskode',", "config/database.php"),
    # a setter's single argument; a long random value that happens to end in "/"
    ("generic-password", 'cfg.setPassword("Rq8vLm3zKx")', "Db.java"),
    ("generic-secret", "secret: Zq7vR2pL9xWk4mT8bN3cY6hJ1dF5gS0a/", "app.yml"),
    # a random generated password in base64, one block with padding
    (
        "generic-password",
        'password = "Xk9vQ2mLp7Rt4wZ8bN3cY6hJ1dF5gS0aE2uI9oK7mW4="',
        "settings.py",
    ),
    # a key-value call after another statement; a base64 key material path-like value is random
    ("generic-password", 'p.put("user", "app"); p.put("password", "R2d8KqLz9mWx");', "Db.java"),
    # "bytes" and "string" say how key material is held, not a property of it
    ("generic-key", 'byte[] keyBytes = base64Decode("Qm7vX2kL9zR4wT8pYb3NcA==");', "K.java"),
    (
        "generic-key",
        'static final String SIGNING_KEY_STRING = "Zq7vR2pL9xWk4mT8bN3cY6hJ";',
        "K.java",
    ),
    # app and session secrets are chosen like passwords: 6+ characters quoted, inside a string
    # literal or as a whole config value
    ("generic-secret", "    consumer_secret: 'vrk419'", "fixtures.yml"),
    ("generic-secret", '    "--client-secret=trabonzoq",', "args_test.go"),
    ("generic-secret", "      - GW_JWT_SECRET=velkorinaq", "docker-compose.yml"),
    # "from" qualifying another word is not a reference: the From address's password
    ("generic-password", '<add key="FromEmailPassword" value="Zq7v$R2pL9x"/>', "Web.config"),
    # provider names that start with a UI word are not UI text
    ("generic-token", 'MessageBirdToken = "Wq8zL2kX9mR4vT7pN3yB"', "notify.py"),
]

REJECTED = [
    # type annotations without a literal, and empty literals
    ("generic-password", "password: String", "User.kt"),
    ("generic-password", 'password: str = ""', "models.py"),
    ("generic-password", "    password: string;", "user.ts"),
    # compose / Make escapes and shell substitutions
    ("generic-password", "POSTGRES_PASSWORD: $$DB_PASSWORD", "docker-compose.yml"),
    ("generic-password", "PASSWORD=$$(cat /run/secrets/db)", "Makefile"),
    # test-named keys with placeholder or word values, or naming something derived
    ("generic-password", 'test_password = "secret"', "test_auth.py"),
    ("generic-password", 'mock_password = "hunter"', "test_auth.py"),
    ("generic-password", 'TEST_PASSWORD = "password123"', "test_auth.py"),
    ("generic-password", 'test_password_hash = "kq7vzr2m481"', "test_auth.py"),
    ("generic-token", 'const testToken = "test-token-1"', "api.test.ts"),
    ("generic-secret", 'FAKE_CLIENT_SECRET = "fake-client-secret-value"', "conftest.py"),
    # calls that compute from the literal
    ("generic-password", 'password = hashPassword("Zk2mQ9vLx")', "seed.py"),
    ("generic-password", 'password = getSecretValue("Zk2mQ9vLx")', "seed.py"),
    # numbers: in code, short, or part of a longer line (constant listings, API dumps)
    ("generic-password", "password = 83920417", "seed.py"),
    ("generic-password", "  password: 4821", "application.yml"),
    ("generic-password", "STATUS_WRONG_PASSWORD = 3221225578 -> Ns.Code", "api.txt"),
    ("generic-password", "ERROR_BAD_PASSWORD = 1073741837, /* bad */ x", "errors.txt"),
    # base64 of a placeholder (Kubernetes Secret data): "changeme"
    ("generic-password", "  password: Y2hhbmdlbWU=", "secret.yaml"),
    # framework validation rules under a password field
    ("generic-password", "'password' => 'required|string|min:8|confirmed',", "UserRequest.php"),
    # percent-escaped placeholders, repeated units, %%VAR%% templates
    ("generic-url-credentials", "https://svc:p%40ss@proxy.internal:3128/", "proxy.conf"),
    ("generic-url-credentials", "postgres://app:456456@db.internal/app", "settings.py"),
    ("generic-password", 'password: "123123"', "config.yml"),
    ("generic-password", "CREATE LOGIN app WITH PASSWORD = '%%APP_PWD%%'", "init.sql.tmpl"),
    # lower-case names that spell the word: stand-ins for a password
    ("generic-password", 'storage.password = "my_pass"', "backup_spec.rb"),
    ("generic-password", "MYSQL_ROOT_PASSWORD=dbpass", "README.md"),
    ("generic-password", "  password: pwd1", "config.yml"),
    # dictionary words and glued words are labels, enum values or stand-ins
    ("generic-password", 'password: "welcome"', "config.yml"),
    ("generic-password", 'smtp.password = "doesnotexist"', "test_mail.py"),
    ("generic-password", 'password: "newpass"', "config.yml"),
    ("generic-password", 'password: "hidden7"', "config.yml"),
    # capitalised words are UI labels; any pronounceable word in a translation file is one
    ("generic-password", '"password": "Kennwort",', "ui.json"),
    ("generic-password", "'password' => 'adgangskode',", "resources/lang/da/auth.php"),
    ("generic-password", '"password": "salasana",', "locales/fi.json"),
    # vendors' documented defaults and top-of-breach-list passwords are public knowledge
    ("generic-password", "  password: vagrant", "Vagrantfile.yml"),
    ("generic-password", 'MINIO_ROOT_PASSWORD: "minioadmin"', "docker-compose.yml"),
    ("generic-password", 'password: "sunshine1"', "seed.yml"),
    # misspellings of the word and the account name repeated as its password
    ("generic-password", '"Password": "passwrd",', "examples.json"),
    ("generic-password", 'DSN="host=db user=orbix password=orbix sslmode=disable"', "ci.yml"),
    ("generic-password", '{"username": "zorvik", "password": "zorvik"}', "fixture.json"),
    # tuple assignments, messages, lists and names that only contain the keyword
    ("generic-password", 'user, password = "wile", "zorvik"', "test_auth.py"),
    ("generic-password", "flash('Wrong password.', 'warning')", "views.py"),
    ("generic-password", "plugins = array('archive', 'password', 'managesieve')", "config.php"),
    ("generic-password", '    "passwd:gecos",', "builtins.py"),
    ("generic-password", 'FUNCTION_PASS("expandvp", ExpandPass, ())', "Passes.def"),
    ("generic-password", "    t.pass('saturated')", "test.js"),
    ("generic-password", "raise ValueError(\"Type must be 'bandpass', 'lowpass'\")", "filt.py"),
    ("generic-password", "ORACLE_PASSWORD=###ORACLE_PWD###", "db.rsp"),
    # translation files: any letters-only value under a password key is its translation
    ("generic-password", "'Password' => 'Zxqrtvb',", "resources/lang/xx/auth.php"),
    # the first of several arguments names a service or account
    ("generic-password", 'keyring.set_password("mytool", user, pw)', "store.py"),
    # paths, PowerShell cmdlets, the shell's working directory, error-code tables
    ("generic-password", '"Vendor\\Phpass\\": "src/"', "autoload.json"),
    ("generic-password", "$pw = ConvertTo-SecureString $plain -AsPlainText -Force", "setup.md"),
    ("generic-password", 'cmd.Env = append(env, "PWD="+dir)', "run.go"),
    ("generic-password", 'ER_PASSWORD_EXPIRED: "28000",', "codes.json"),
    ("generic-password", "PASSWORD=###generated at install###", "install.rsp"),
    # encrypted values: IV or salt and ciphertext glued in base64
    (
        "generic-password",
        'password: "Zm9vYmFyYmF6cXV4MTIzNA==QmFyQmF6UXV4Rm9vMTIzNDU2Nzg="',
        "app.yml",
    ),
    # a JSON property holding a document, not a token
    ("generic-token", 'const tokenResponseJson = "NotAJsonBody";', "TokenTests.cs"),
    # the published WebSocket handshake GUID
    ("generic-key", 'var keyGUID = []byte("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")', "conn.go"),
    # command-line options, option-name lists, paths, label names, doubled hex runs
    ("generic-password", "call_command('set_fake_passwords', '--prompt')", "test_cmd.py"),
    ("generic-password", "$p->configure('no_ignore_case', 'pass_through', 'bundling')", "Opt.pm"),
    ("generic-key", '"SandboxKey": "/var/run/docker/netns/7eabf418238f",', "inspect.json"),
    ("generic-key", "  - key: topology.example-cloud.io/zone-name", "pod.yaml"),
    ("generic-token", 'reset_token: "00112233445566778899aabbccddeeff"', "fixture.yml"),
    # base64 of a placeholder with the newline `echo … | base64` keeps
    ("generic-password", "<Password>Q2hhbmdlTWVQbGVhc2UxIQo=</Password>", "unattend.xml"),
    # Basic credentials that decode to foo:bar
    ("generic-authorization-header", "authorization: 'Basic Zm9vOmJhcg=='", "client.test.js"),
    # published protocol examples (RFC 6455 sample key, RFC 6750 sample token)
    ("generic-key", 'req.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")', "ws.go"),
    ("generic-authorization-header", "Authorization: Bearer mF_9.B5f-4.1JqM", "api.md"),
    ("generic-token", 'token_string = "Bearer"', "auth.py"),
    # a key that references a secret by name (Drone's from_secret, valueFrom-style keys)
    ("generic-secret", "      from_secret: zorvik_velkor", ".drone.yml"),
    # metasyntactic fillers and names made of words
    ("generic-secret", "secret: 'bazqux'", "spec.yml"),
    ("generic-secret", "AWS_SECRET_ACCESS_KEY=my_key \\", "README.md"),
    ("generic-secret", "secret_key_base: some-long-string", "README.md"),
    ("generic-secret", 'JWT_SECRET = "newkey"', "settings.py"),
    # short unquoted secrets still have to look generated
    ("generic-secret", "secret = abc12", "app.ini"),
    # file names as keys (checksum manifests) and UI text / message keys
    (
        "generic-key",
        '"lib/tasks/apt_key.rb": "9f2c4e6a8b1d3f5e7a9c0b2d4f6e8a1c",',
        "checksums.json",
    ),
    ("generic-token", '"ERR_REFRESH_TOKEN": "E7xQ4kT9mZ2w",', "errors.json"),
    ("generic-token", '"lbl_api_token": "2FA-Code",', "en.json"),
]


@pytest.mark.parametrize(("rule_id", "line", "path"), KEPT)
def test_real_credentials_in_common_shapes_are_kept(rule_id: str, line: str, path: str) -> None:
    assert kept(rule_id, line, path)


@pytest.mark.parametrize(("rule_id", "line", "path"), REJECTED)
def test_false_positive_classes_stay_rejected(rule_id: str, line: str, path: str) -> None:
    assert not kept(rule_id, line, path)


def test_dictionary_knows_words_and_not_pronounceable_strings() -> None:
    # programming vocabulary from the standard library, and common English from SCOWL
    for word in ("hidden", "required", "world", "welcome", "plain", "Weak", "suggest", "cheap"):
        assert is_dictionary_word(word), word
    for made_up in ("velkorin", "trabonzo", "zorvik", "mudrakel", "x9y", "héllo"):
        assert not is_dictionary_word(made_up), made_up
    rng = random.Random(7)
    strings = ["".join(rng.choice(string.ascii_lowercase) for _ in range(8)) for _ in range(3000)]
    # a Bloom filter built for 1 % false positives
    assert sum(map(is_dictionary_word, strings)) / len(strings) < 0.03


def test_word_filter_blob_is_whole() -> None:
    bits = heuristics._word_filter()
    assert len(bits) * 8 == heuristics._WORD_FILTER_BITS
    # about half the bits of a Bloom filter at its design load are set
    ones = sum(bin(b).count("1") for b in bits)
    assert 0.4 < ones / heuristics._WORD_FILTER_BITS < 0.6


def test_glued_words() -> None:
    assert is_glued_words("doesnotexist")
    assert is_glued_words("newpass")
    assert is_glued_words("mydatabase")
    assert not is_glued_words("velkorin")
    assert not is_glued_words("hidden")  # one word is not glued
