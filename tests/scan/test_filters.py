"""The false-positive filters: placeholders, references and words are rejected, real-looking values kept.

Each case is a whole line, run through the generic rule's own regex and ``reject_reason``, so the
filters are tested in the context they see in a scan (the line, the key name, the file type).
"""

from __future__ import annotations

import math
import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tether.scan.filters import reject_reason, shannon_entropy
from tether.scan.heuristics import (
    alphabet_size,
    credential_families,
    english_score,
    is_placeholder,
    key_segments,
    looks_random,
    random_entropy_floor,
    word_fraction,
)
from tether.scan.rules import Rule, load_rules

RULES = {r.id: r for r in load_rules()}


def verdicts(rule_id: str, line: str, path: str = "config.txt") -> list[str | None]:
    """The reject reason of every candidate the rule's regex finds on the line (overlaps included)."""
    rule = RULES[rule_id]
    out, pos = [], 0
    while (m := rule.compiled.search(line, pos)) is not None:
        out.append(reject_reason(rule, m.group("secret"), line, path))
        pos = m.start() + 1
    return out


def kept(rule_id: str, line: str, path: str = "config.txt") -> bool:
    return None in verdicts(rule_id, line, path)


def dropped(rule_id: str, line: str, path: str = "config.txt") -> bool:
    """The rule's regex matches the line (so a filter, not the regex, decides) and no candidate
    is kept."""
    return RULES[rule_id].compiled.search(line) is not None and not kept(rule_id, line, path)


# ----------------------------------------------------------------------------- entropy


def test_shannon_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("ab") == pytest.approx(1.0)
    assert shannon_entropy("0123456789abcdef") == pytest.approx(4.0)
    assert math.isclose(
        shannon_entropy("aab"), -(2 / 3) * math.log2(2 / 3) - (1 / 3) * math.log2(1 / 3)
    )


def test_rule_entropy_and_allowlist_apply_to_every_rule() -> None:
    rule = Rule(
        id="t-rule", description="t", provider="t", severity="low", regex=r"(?P<secret>tok_\w+)",
        keywords=("tok_",), entropy=3.0, allow=("^tok_allowed",),
    )  # fmt: skip
    assert reject_reason(rule, "tok_aaaaaaaa", "x") == "low entropy"
    assert reject_reason(rule, "tok_allowedQ8z2Lk9X", "x") == "allowlisted"
    assert reject_reason(rule, "tok_Q8z2Lk9XmW3v", "x") is None


# ----------------------------------------------------------------------------- placeholders

PLACEHOLDER_LINES = [
    'password = "changeme"',
    'password = "xxxxxxxx"',
    "password: ********",
    'password = "${DB_PASSWORD}"',
    "password=$DB_PASSWORD",
    "password=%DB_PASSWORD%",
    "password: {{db_password}}",
    'password = "#{db_password}"',
    'password = "your_password_here"',
    'password = "YourPasswordHere"',
    'password = "example-password"',
    'password = "dummy1234"',
    'password = "test1234"',
    'password = "12345678"',
    'password = "qwertyuiop"',
    'password = "__PASSWORD__"',
    'password = "@DB_PASSWORD@"',
    'password = "tether://prod/db/password"',
    'password = "[REDACTED]"',
    'password = "None"',
    'password = "null"',
    'password = "true"',
    "password: String",
    "password: string",
    'password = "password"',
    'password = "DB_PASSWORD"',
    'password = "/run/secrets/db_password"',
    'password = "./secrets/db.pass"',
    'password = "https://vault.internal/v1/secret/db"',
    'password = "1.2.3"',
    'password = "$2b$12$Q8z2Lk9XmW3vR7tP1bNcFeQ8z2Lk9XmW3vR7tP1bNcFeQ8z2Lk9Xm"',
    'password = "ENC(Q8z2Lk9XmW3vR7tP)"',
    'password = "secret"',
    'password = "admin"',
]


@pytest.mark.parametrize("line", PLACEHOLDER_LINES)
def test_placeholder_passwords_are_rejected(line: str) -> None:
    assert verdicts("generic-password", line), "the regex must match, or this tests nothing"
    assert not kept("generic-password", line)


@pytest.mark.parametrize(
    "value",
    ["${X}", "$X", "%X%", "{{ x }}", "<your-key>", "your_api_key_here", "****", "xxxx-xxxx",
     "changeme", "tether://a/b", "REPLACE_ME", "insert-key", "ABCDEF", "aaaaaaaa"],
)  # fmt: skip
def test_is_placeholder(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["Q8z2Lk9XmW3vR7tP", "hG7#kL2!pQ9z", "9d4e1c7a2f8b3e6d"])
def test_real_looking_values_are_not_placeholders(value: str) -> None:
    assert is_placeholder(value) is None


# ----------------------------------------------------------------------------- code references

CODE_LINES = [
    ("app.py", 'password = os.getenv("DB_PASSWORD")'),
    ("app.py", 'password = os.environ["DB_PASSWORD"]'),
    ("app.py", "password = getpass()"),
    ("app.py", "password = input('Password: ')"),
    ("app.py", "password = self.password"),
    ("app.py", "password=args.password"),
    ("app.py", "password = settings.DATABASE_PASSWORD"),
    ("app.py", "password = db_password"),
    ("app.py", "def connect(host: str, password: str = None):"),
    ("app.py", 'password = get_secret("db")'),
    ("app.js", "const password = process.env.DB_PASSWORD;"),
    ("App.java", 'String password = System.getenv("DB_PASSWORD");'),
    ("App.java", "this.password = password;"),
    ("main.go", "Password: cfg.Password,"),
    ("app.rb", "password: ENV.fetch('DB_PASSWORD')"),
    ("index.php", "$password = $_ENV['DB_PASSWORD'];"),
    ("App.java", 'String hash = passwordEncoder.encode("Q8z2Lk9XmW3v");'),
    ("App.java", 'boolean ok = checkPassword("Q8z2Lk9XmW3v");'),
    ("app.py", 'if password == "":'),
]


@pytest.mark.parametrize(("path", "line"), CODE_LINES)
def test_references_and_calls_in_code_are_rejected(path: str, line: str) -> None:
    assert not kept("generic-password", line, path)


# ----------------------------------------------------------------------------- key names

KEY_NAME_LINES = [
    ("generic-password", "bypass_proxy = Q8z2Lk9XmW3v"),
    ("generic-password", "compass_heading = Q8z2Lk9XmW3v"),
    ("generic-password", 'password_min_length = "Q8z2Lk9XmW3v"'),
    ("generic-password", 'password_regex = "Q8z2Lk9XmW3v"'),
    ("generic-password", 'is_password = "Q8z2Lk9XmW3v"'),
    ("generic-token", 'token_type = "Q8z2Lk9XmW3vR7tP"'),
    ("generic-token", 'token_url = "Q8z2Lk9XmW3vR7tP"'),
    ("generic-key", 'public_key = "Q8z2Lk9XmW3vR7tP1bNc"'),
    ("generic-key", 'key_id = "Q8z2Lk9XmW3vR7tP1bNc"'),
    ("generic-key", 'keyboard = "Q8z2Lk9XmW3vR7tP1bNc"'),
    ("generic-key", 'monkey = "Q8z2Lk9XmW3vR7tP1bNc"'),
    ("generic-auth", 'author = "Q8z2Lk9XmW3vR7tP1bNc"'),
    # one assignment, one generic finding: the higher-priority family reports it
    ("generic-key", 'secret_key = "Q8z2Lk9XmW3vR7tP1bNc"'),
    ("generic-token", 'password_token = "Q8z2Lk9XmW3vR7tP1bNc"'),
]


@pytest.mark.parametrize(("rule_id", "line"), KEY_NAME_LINES)
def test_key_names_that_do_not_hold_the_credential(rule_id: str, line: str) -> None:
    assert verdicts(rule_id, line)
    assert not kept(rule_id, line)


def test_key_segments_and_families() -> None:
    assert key_segments("DB_PASSWORD") == ["db", "password"]
    assert key_segments("dbPassword2") == ["db", "password"]
    assert key_segments("aws.secretAccessKey") == ["aws", "secret", "access", "key"]
    assert credential_families("db_password") == {"password"}
    assert credential_families("client_secret") == {"secret"}
    assert credential_families("apiKey") == {"key"}
    assert credential_families("bypass") == set()
    assert credential_families("keyboard") == set()
    assert credential_families("author") == set()
    assert credential_families("auth_token") == {"auth", "token"}


# ----------------------------------------------------------------------------- kept

REAL_LINES = [
    ("generic-password", 'password = "Xk9#qLm2vR8z"', "app.py"),
    ("generic-password", "password: Xk9qLm2vR8z", "config.yml"),
    ("generic-password", "PASSWORD=Xk9qLm2vR8z", ".env"),
    ("generic-password", '"password": "hG7kL2pQ9z"', "config.json"),
    ("generic-password", "<password>Xk9qLm2vR8z</password>", "settings.xml"),
    ("generic-password", "Server=db;User Id=sa;Password=Xk9qLm2vR8z;", "app.config"),
    ("generic-password", 'db.setPassword("Xk9qLm2vR8z");', "App.java"),
    ("generic-password", "# password: Xk9qLm2vR8z", "app.py"),
    (
        "generic-query-credential",
        'url = "jdbc:mysql://db/app?user=app&password=Xk9qLm2vR8z"',
        "App.java",
    ),
    ("generic-secret", 'client_secret = "8f2KqL9zXw3mR7vT1pYb"', "app.py"),
    ("generic-token", 'AUTH_TOKEN = "9d4e1c7a2f8b3e6d0c5a9f2b7e1d4c8a"', "app.py"),
    ("generic-key", 'api_key: "Zk8q2LmX9wR3vT7pYb4NcF"', "config.yml"),
    ("generic-key", 'key = "3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c2e"', "config.json"),
    ("generic-url-credentials", "postgres://app:Xk9qLm2vR8z@db.internal:5432/app", ".env"),
    ("generic-authorization-header", "Authorization: Basic YWRtaW46WGs5cUxtMnZSOHo=", "req.http"),
    ("generic-authorization-header", "Authorization: Bearer k8Zq2LmX9wR3vT7pYb4NcF5s", "req.http"),
]


@pytest.mark.parametrize(("rule_id", "line", "path"), REAL_LINES)
def test_real_looking_credentials_are_kept(rule_id: str, line: str, path: str) -> None:
    assert kept(rule_id, line, path), verdicts(rule_id, line, path)


def test_unqualified_key_needs_a_long_random_value() -> None:
    assert not kept("generic-key", 'key = "userName"', "config.json")
    assert not kept("generic-key", 'key = "Q8z2Lk9X"', "config.json")
    assert kept("generic-key", 'api_key = "Q8z2Lk9XmW3v"', "config.json")


def test_quoted_phrase_and_i18n_values_are_rejected() -> None:
    assert not kept("generic-password", '"LABEL_PASSWORD": "Mot de passe",', "fr.json")
    assert not kept("generic-token", '"token_expired": "Session expired, sign in again"', "en.json")
    assert not kept("generic-password", '"password": "Passwort",', "de.json")


def test_url_credentials_filters() -> None:
    assert not kept("generic-url-credentials", "postgres://app:${DB_PASSWORD}@db/app")
    assert not kept("generic-url-credentials", "https://user:password@example.com/")
    assert not kept("generic-url-credentials", "amqp://guest:guest@rabbit:5672/")


def test_basic_auth_must_decode_to_user_and_password() -> None:
    assert not kept("generic-authorization-header", "Authorization: Basic bm90IGEgcGFpcg==")
    assert not kept("generic-authorization-header", "Authorization: Basic dXNlcjpwYXNzd29yZA==")


# ----------------------------------------------------------------------------- heuristics


def test_looks_random() -> None:
    assert looks_random("Q8z2Lk9XmW3vR7tP")
    assert looks_random("9d4e1c7a2f8b3e6d0c5a9f2b7e1d4c8a")
    assert looks_random("hG7#kL2!pQ9z")
    assert not looks_random("getUserName")
    assert not looks_random("my-app-token")
    assert not looks_random("X-Auth-Token")
    assert not looks_random("12345678901234")
    assert not looks_random("short1")
    assert not looks_random("aaaaaaaaaaaaaaaa")


def test_word_fraction_and_english_score() -> None:
    assert word_fraction("backgroundColor") > 0.9
    assert word_fraction("Q8z2Lk9XmW3vR7tP") < 0.2
    assert english_score("password") > 0
    assert english_score("zqxjkvbw") < -1


@given(st.text(max_size=120), st.text(max_size=40))
def test_reject_reason_never_raises_and_never_echoes_the_value(line: str, tail: str) -> None:
    secret = "Zq8CANARYv" + tail  # a value no reason text can contain by chance
    for rule in RULES.values():
        if not rule.generic:
            continue
        for text in (line + secret, secret + line, line):
            reason = reject_reason(rule, secret, text, "f.py")
            assert reason is None or "CANARY" not in reason


# ----------------------------------------------------------------------------- classes seen in real code

REAL_CODE_NOISE = [
    ("generic-key", '    "AWS::IAM::AccessKey": "62d91b17309e76c8",', "types.py"),
    ("generic-key", '"S3Key": "my-app/22a0-stage-150819_185942.war"', "api.json"),
    (
        "generic-key",
        '"PrivateKeyCiphertextBlob": "AQIDAHi6LtupRpdKl2aJTzkK6FbhOtQkMlQJJH3P",',
        "doc.rst",
    ),
    (
        "generic-password",
        '__match_args__ = ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_dir")',
        "pwd.pyi",
    ),
    ("generic-password", '* "git pull --rebase" learned to pass "-v/-q" options', "RelNotes.txt"),
    ("generic-password", 'proxy_url="socks5h://<username>:<password>@proxy-host"', "client.py"),
    ("generic-password", '#define SN_id_it_revPassphrase "id-it-revPassphrase"', "obj_mac.h"),
    ("generic-password", "#password_encryption = scram-sha-256", "postgresql.conf.sample"),
    ("generic-password", 'credentials = {"username": "admin", "password": "P@55w0rd!"}', "conf.py"),
    ("generic-token", "'access_token': 'sdlfkj452',", "example.py"),
    ("generic-token", '"token": "a1b2c3d4567890ab",', "doc.rst"),
    ("generic-token", '"NextToken": "eyJOZXh0VG9rZW4iOiBudWxsfQ==",', "doc.rst"),
    ("generic-secret", 'secret_pattern = "[a-zA-Z0-9/+]{40}"', "rules.py"),
    (
        "generic-secret",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "README.md",
    ),
    ("generic-sql-password", " * @DEL_KEY: delete a key identified by %ATTR_KEY_IDX", "nl80211.h"),
]


@pytest.mark.parametrize(("rule_id", "line", "path"), REAL_CODE_NOISE)
def test_noise_from_real_source_trees_is_rejected(rule_id: str, line: str, path: str) -> None:
    assert not kept(rule_id, line, path), verdicts(rule_id, line, path)


RANDOM_WITH_SYMBOLS = [
    ("generic-password", "password = 'k7_QW.41!-ZPD%tN8F*h*'", "settings_local.py"),
    ("generic-password", "  db_password: Hq2m9T41-8N+s*vLaB.+", "docker-compose.override.yml"),
    (
        "generic-secret",
        '  "s3_secret_key": "/pq7kLMNW3Dt2RsmiUh9g7nb+FKsTERtFx6+M3p",',
        "appsettings.json",
    ),
    ("generic-password", "/* debug creds: DB_PASSWORD=*E6hdIBwdZCokb */", "process.h"),
]


@pytest.mark.parametrize(("rule_id", "line", "path"), RANDOM_WITH_SYMBOLS)
def test_random_values_with_symbols_are_kept(rule_id: str, line: str, path: str) -> None:
    assert kept(rule_id, line, path), verdicts(rule_id, line, path)


# ----------------------------------------------------------------------------- recall classes (issue 4)


def test_entropy_floor_follows_length_and_alphabet() -> None:
    # short random strings repeat symbols by chance: the floor is below log2(alphabet) and rises
    # with length; a smaller alphabet has a lower floor
    assert random_entropy_floor(12, 16) < random_entropy_floor(32, 16) < 4.0
    assert random_entropy_floor(16, 10) < random_entropy_floor(16, 62)
    assert random_entropy_floor(16, 16) == random_entropy_floor(16, 16)  # deterministic
    assert alphabet_size("8273645190") == 10
    assert alphabet_size("9d4e1c7a2f8b") == 16
    assert alphabet_size("qzmxkvbrtplw") == 26
    assert alphabet_size("Q8z2Lk9XmW3v") == 62
    assert alphabet_size("Q8z2+k9X/W3v=") == 64


def test_short_hex_and_single_class_values_look_random() -> None:
    assert looks_random("3fa9e07c6b21d8a4")  # 16 hex digits, entropy below the old 3.0 bar
    assert looks_random("qzmxkvbrtplwhd")  # 14 random lower-case letters (66 bits)
    assert looks_random("7302948571620394")  # 16 random digits (53 bits)
    assert not looks_random("qzmxkvbrtp")  # 10 one-case letters: too few to tell from a word
    assert not looks_random("keyboardcatfood")  # glued words stay pronounceable
    assert not looks_random("1700000000000")  # 13 digits: a timestamp, not a key


LIST_VALUES = [
    ("generic-token", '"tokens": ["8f3a9c2e7b1d4f60", "c1d9e8f7a6b5c4d3"],', "fleet.json"),
    ("generic-token", "API_TOKENS = ['Zk8q2LmX9wR3vT7pYb4NcF']", "settings.py"),
    ("generic-password", 'passwords: ["Hq2m9T41-8N+s*vLaB"]', "users.yml"),
]


@pytest.mark.parametrize(("rule_id", "line", "path"), LIST_VALUES)
def test_credentials_in_a_list_literal_are_kept(rule_id: str, line: str, path: str) -> None:
    assert kept(rule_id, line, path), verdicts(rule_id, line, path)


def test_word_lists_under_a_credential_key_are_still_rejected() -> None:
    assert not kept("generic-token", 'tokens = ["hello", "world", "tokenizer"]', "nlp.py")
    assert not kept("generic-password", 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.X"]')


def test_long_quoted_digit_keys_are_kept_short_or_unquoted_numbers_are_not() -> None:
    assert kept(
        "generic-key", 'private static final String AES_KEY = "7302948571620394";', "A.java"
    )
    # a config line's whole value is a literal too; in code an unquoted run of digits is a number
    assert kept("generic-key", "api_key: 7302948571620394", "deploy.yml")
    assert not kept("generic-key", "api_key = 7302948571620394", "deploy.py")
    assert not kept("generic-key", "api_key: 7302948571620394 # account", "deploy.py")
    assert not kept("generic-token", 'token = "123456789"', "t.py")


def test_generated_unquoted_values_in_code_are_kept_identifiers_are_not() -> None:
    # config text embedded in code (raw strings, fixtures) holds unquoted generated values
    assert kept("generic-password", "    pass: hQ3vX9kLm2Rt7WzP4nB8", "server_test.go")
    assert not kept("generic-password", "password = self.password", "app.py")
    assert not kept("generic-key", "int gnutls_x509_crt_t_key = gnutls_x509_crt_t;", "x509.h")
    assert not kept("generic-key", "key = hmacKeyFromBytes2048", "crypto.go")


def test_new_old_and_confirm_passwords_hold_passwords() -> None:
    assert kept("generic-password", "newPassword: 'Tq8#zK2m!Lx9'", "api.spec.js")
    assert kept("generic-password", 'old_password = "Hq2m9T41-8N"', "change.py")
    assert not kept("generic-password", 'verifyPassword("Tq8#zK2m!Lx9")', "auth.js")
    assert not kept("generic-password", 'is_password = "Tq8#zK2m!Lx9"', "auth.py")


def test_chosen_app_secrets_are_judged_like_passwords() -> None:
    # cookie, session and JWT secrets are often chosen by people: not a word, not generated
    assert kept("generic-secret", "cookieSecret: 'vq7-tornado-Kx'", "server.js")
    assert kept("generic-secret", 'config.JWT.Secret = "mlqr2zvbhe"', "main.go")
    assert not kept("generic-secret", "secret: 'development'", "server.js")
    assert not kept("generic-secret", "secret = 'bazbat'", "app.py")  # short: must look generated
    assert not kept("generic-secret", 'u"secret": u"vbnm",', "test_api.py")


def test_string_concatenation_after_a_closing_quote_is_not_a_value() -> None:
    line = "'JWT_SECRET='.$this->laravel['config']['jwt.secret'],"
    assert not kept("generic-secret", line, "Command.php")
    assert not kept("generic-password", "$dsn = 'PASSWORD='.$password;", "db.php")


def test_literals_decoded_by_a_codec_are_key_material() -> None:
    line = 'manager.setCipherKey(Base64.decode("kPH7bIxk5D2deZiIxcaaZA=="));'
    assert kept("generic-key", line, "ShiroConfig.java")
    assert not kept("generic-key", 'cipherKey = json.decode("kPH7bIxk5D2deZiIxcaaZA==")', "a.js")


def test_keyboard_symbols_are_password_characters_letters_of_other_scripts_are_words() -> None:
    assert kept("generic-password", "password: 'Kx9§vq2£Lm7!'", "users.yml")
    assert not kept("generic-password", 'password: "contraseña"', "es.yml")
    assert not kept("generic-password", 'password: "Mot de passe"', "fr.json")


def test_long_base64_key_material_under_a_key_name_is_kept() -> None:
    rng = random.Random(4)
    blob = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(1400))
    assert kept("generic-key", f"  tls.key: {blob}", "secret.yaml")
    assert not kept("generic-key", "  tls.key: " + "ab" * 700, "secret.yaml")


DEFAULTS = [
    ("generic-secret", 'cookie_secret = os.getenv("COOKIE_SECRET", "Hq2m9T41xN8sLvaBzK3pQw7R")'),
    ("generic-key", "    'key' => env('APP_KEY', 'Hq2m9T41xN8sLvaBzK3pQw7R'),"),
    ("generic-password", 'password = config.get("db.password", "Tq8#zK2m!Lx9")'),
]


@pytest.mark.parametrize(("rule_id", "line"), DEFAULTS)
def test_hard_coded_fallbacks_of_lookups_are_kept(rule_id: str, line: str) -> None:
    assert kept(rule_id, line, "settings.py"), verdicts(rule_id, line, "settings.py")


def test_second_arguments_of_other_calls_and_placeholder_defaults_are_not() -> None:
    assert not kept("generic-key", 'signing_key = hmac.new("name", "Hq2m9T41xN8sLvaBzK3pQw7R")')
    assert not kept("generic-password", 'password = os.environ.get("DB_PASSWORD", "postgres")')
    assert not kept("generic-password", 'password = os.getenv("DB_PASSWORD", "")')


def test_dash_grouped_keys_are_not_constant_names() -> None:
    # upper-case UUIDs and licence keys are grouped by dashes; constant names join words by _ or .
    line = '"access_token": "7C3E9A41-2B8D-4F6A-9E1C-5D7B3A9F2C84",'
    assert kept("generic-token", line, "session.json")
    assert kept("generic-key", 'cipher->SetKey("QX7R-M2KD-9VBT-HW4P-8831");', "crypt.cpp")
    assert not kept("generic-token", 'token = "ACCESS_TOKEN_V2"', "a.cfg")
    assert not kept("generic-token", 'token_header = "X-AUTH-TOKEN"', "a.cfg")


def test_query_string_credentials_end_at_the_next_parameter() -> None:
    rule = RULES["generic-query-credential"]
    line = "https://api.internal.net/v2/items?access_token=Zk8q2LmX9wR3vT7pYb4N&page=2"
    m = rule.compiled.search(line)
    assert m and m.group("secret") == "Zk8q2LmX9wR3vT7pYb4N"
    assert kept("generic-query-credential", line)
    # the keyword rule leaves query parameters to the query rule: one finding per parameter
    assert not kept("generic-token", line)
    assert kept("generic-query-credential", "otpauth://totp/A:b?secret=NV4RZQ7KMW2PXJ6TLC5H&d=6")


def test_query_parameters_that_are_not_credentials_are_rejected() -> None:
    assert not kept("generic-query-credential", "/search?keyword=Zk8q2LmX9wR3vT7pYb4N&x=1")
    assert not kept("generic-query-credential", "/list?next_token=Zk8q2LmX9wR3vT7pYb4N")
    assert not kept("generic-query-credential", "/cb?access_token=%7BTOKEN%7D&state=1")
    assert not kept("generic-query-credential", "/login?user=bob&password=hunter2")
    # a shell `&&` or a spaced `&` is not a query string
    assert not kept("generic-query-credential", "make && token=Zk8q2LmX9wR3vT7pYb4N")


def test_token_apikey_and_ssws_schemes_count_only_in_an_authorization_header() -> None:
    rule = "generic-authorization-header"
    assert kept(rule, "authorization: 'ApiKey VnVoQ2dYSUJsN1pMT0k6dWk0Zmt6UV9S'", "client.js")
    assert kept(rule, 'headers["Authorization"] = "SSWS 00Qk8zL2kX9mW4vT7rP3yB"', "okta.py")
    assert not kept(rule, "the token Zk8q2LmX9wR3vT7pYb4N was revoked", "CHANGES.md")
    assert not kept(rule, "Authorization: token getAccessTokenFromEnv", "README.md")
