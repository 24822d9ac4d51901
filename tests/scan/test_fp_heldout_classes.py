"""False-positive classes seen on real packages (PyPI sdists, npm packages, Ansible collections):
fixture words in test and documentation files, prose after a credential word, test-named keys that
are not assigned, ORM lookups, truncated values, published values, property keys and placeholder
Basic credentials; plus the shapes that must stay findings (a word and a year in a config file,
random values in test files, 32+ hex digits with a run of four).

Every case is a whole line run through the rule's own regex and ``reject_reason`` (all values here
are made up for these tests).
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.filters import reject_reason
from tether.scan.heuristics import is_comment_line, is_placeholder
from tether.scan.rules import load_rules
from tether.scan.validators import basic_auth_header

RULES = {r.id: r for r in load_rules()}


def kept(rule_id: str, line: str, path: str = "config.txt") -> bool:
    """Whether any candidate of the rule on the line survives the filters."""
    rule = RULES[rule_id]
    pos, verdicts = 0, []
    while (m := rule.compiled.search(line, pos)) is not None:
        verdicts.append(reject_reason(rule, m.group("secret"), line, path))
        pos = m.start() + 1
    assert verdicts, "the rule's regex must match the line"
    return None in verdicts


# ----------------------------------------------------------------------------- 1. fixture words


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ('    password="quendolyn",', "pkg/tests/test_client.py"),
        ('newpassword = "lampshade"', "pkg/tests/test_keys.py"),
        ('    "password": "brindle42",', "app/spec/fixtures/users.json"),
        ("  mysql_password: zorvanta", "roles/db/molecule/default/converge.yml"),
        ("ontap_password: tamborel123", "collection/roles/cluster/README.md"),
        ("    proxy_password: muffle", "project/doc/ref/configuration/minion.rst"),
        ('    "PASSWORD": "tortellini",', "proj/docs/topics/db/settings.txt"),
        ("  password: plinko_7", "ansible/playbooks/create_user.yml"),
        ("      MYSQL_ROOT_PASSWORD: dabsandbox", "repo/.github/workflows/ci.yml"),
        ('connect(password="Quibble1!")', "lib/tests/conftest.py"),
    ],
)
def test_word_passwords_in_test_and_doc_files_are_fixtures(line: str, path: str) -> None:
    assert not kept("generic-password", line, path)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ('    password="quendolyn",', "pkg/client/settings.py"),  # not a test path
        ('    password="Qv7#mL2xZr",', "pkg/tests/test_client.py"),  # random-looking in a test
        ('    "password": "x9Kd!4mQ",', "app/spec/fixtures/users.json"),
        ("  db_password: kq8Zm2Lw", "roles/db/molecule/default/converge.yml"),
    ],
)
def test_fixture_rule_keeps_other_paths_and_random_values(line: str, path: str) -> None:
    assert kept("generic-password", line, path)


def test_fixture_rule_applies_to_url_credentials_in_tests() -> None:
    line = "url = 'redis://user:velkorin@cache.internal:6379/0'"
    assert not kept("generic-url-credentials", line, "svc/tests/test_cache.py")
    assert kept("generic-url-credentials", line, "svc/cache/settings.py")


# ----------------------------------------------------------------------------- 2. prose


@pytest.mark.parametrize(
    ("rule_id", "line", "path"),
    [
        ("generic-password", "input[type=password]:focus{border:0}", "static/site.css"),
        ("generic-password", "    # Second pass: tidy spacing in the copy", "lib/render.py"),
        ("generic-cli-password", "# old ps shows --password values to every user", "db/client.py"),
        (
            "generic-sql-password",
            '"doc": "The user tier is identified by reading the attached policy."',
            "data/service-2.json",
        ),
        (
            "generic-secret",
            'cmd = new Command("hosting:secrets:grantaccess <names>")',
            "lib/commands/grant.js",
        ),
    ],
)
def test_prose_css_and_command_names_are_not_assignments(
    rule_id: str, line: str, path: str
) -> None:
    assert not kept(rule_id, line, path)


def test_real_cli_and_sql_passwords_stay() -> None:
    assert kept("generic-cli-password", "dbtool --password Kq8zLm2Xw7 --host db", "run.sh")
    assert kept("generic-sql-password", "CREATE USER app IDENTIFIED BY 'Rz7qK2mXw9';", "init.sql")
    assert kept("generic-password", "  password: Xq7Lm2Kz9w", "config.yml")


def test_quoted_key_lines_are_not_vb_comments() -> None:
    assert not is_comment_line("        'krbminpwdlife': minlife,")
    assert not is_comment_line("    'apple', 'pear',")
    assert is_comment_line("' a Visual Basic comment")
    assert not kept("generic-password", "        'krbpwdmaxlife': maxlife,", "modules/pol.py")


# ----------------------------------------------------------------------------- 3. test-named keys


def test_test_named_key_counts_only_as_an_assignment_target() -> None:
    digest = "5d1c0a7e9b3f42a68c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f"
    doc = f" * - sign('', 'test_secret') => '{digest}'"
    assert not kept("generic-secret", doc, "lib/crypto.js")
    assert not kept("generic-secret", f"if (test_secret == '{digest}')", "lib/crypto.js")
    # an assignment to a test-named key with a generated value is still a hard-coded secret
    assert kept("generic-secret", 'TEST_SECRET = "Hq7zK2mLx9Wv3RtP8bNc"', "lib/crypto.py")


# ----------------------------------------------------------------------------- 4, 7. property keys


@pytest.mark.parametrize(
    "line",
    [
        'User.objects.filter(password__startswith="sha1$")',
        'qs.exclude(password__contains="bcrypt$")',
        "password_last_set_int: 132905374210000000",
        "pwd_changed_ts: 1700000000",
    ],
)
def test_lookups_and_property_keys_are_not_passwords(line: str) -> None:
    assert not kept("generic-password", line, "docs/notes.txt")


# ----------------------------------------------------------------------------- 5. truncated


def test_short_values_cut_at_an_inner_quote_or_concatenated_are_rejected() -> None:
    assert not kept("generic-secret", "app.secret_key = b'Kq~7m\"xL9\\n\\xfe'", "app.py")
    assert not kept("generic-secret", 'signing_secret = "shh_" + raw', "app.py")
    # eight or more characters before the inner quote are still reported
    assert kept("generic-password", 'db_password: "Nq{w4mqa\'2si(zY8"', "config.yml")


# ----------------------------------------------------------------------------- 6. published values


def test_published_values() -> None:
    flask = "app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'"
    assert not kept("generic-secret", flask, "app.py")
    meraki = "6bec40cf957de430a6f1f2baa056b99a4fac9ea0"
    rule = next(
        r for r in RULES.values() if r.compiled.search(f"MERAKI_DASHBOARD_API_KEY={meraki}")
    )
    assert reject_reason(rule, meraki, f"MERAKI_DASHBOARD_API_KEY={meraki}", "x.env")


def test_minio_playground_keys_are_published() -> None:
    from tether.scan.engine import Engine
    from tether.scan.findings import Provenance

    text = (
        'client = Minio("play.min.io", access_key="Q3AM3UQ867SPQQA43P2F",\n'
        '               secret_key="zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG")\n'
    )
    engine = Engine(key=b"k" * 32, jobs=1)
    assert engine.scan_blob(text.encode(), Provenance("file", "examples/put_object.py"))[0] == []
    # the same shapes with other values are still findings
    other = text.replace("Q3AM3UQ867SPQQA43P2F", "AKIAZ5T7Q2WXRM4LPB6N").replace(
        "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG", "Hq2m9T41xN8sLvaBzK3pQw7Rk0Lr5dE8vYc1sJ2u"
    )
    found = engine.scan_blob(other.encode(), Provenance("file", "examples/put_object.py"))[0]
    assert len(found) == 2


# ----------------------------------------------------------------------------- 8. Basic header


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "creds", ["user:pass", "username:password", "foo:bar", "fake_user:fake_pw_9", "moi:motdepassé"]
)
def test_basic_header_placeholders_fail_the_validator(creds: str) -> None:
    assert not basic_auth_header(_b64(creds))


@pytest.mark.parametrize("creds", ["svc-build:Tq8zK2mLx9", "deploy:h7R!kq2Lm9Zx"])
def test_basic_header_real_credentials_pass(creds: str) -> None:
    assert basic_auth_header(_b64(creds))


# ----------------------------------------------------------------------------- 9, 10. recall


@pytest.mark.parametrize("value", ["Winter2025!", "Harbor2024", "Kestrel1999#"])
def test_word_and_year_in_a_config_file_is_kept(value: str) -> None:
    assert kept("generic-password", f"  password: {value}", "deploy/prod/app.yml")
    assert kept("generic-password", f"DB_PASSWORD={value}", ".env.production")


def test_word_and_year_in_a_test_file_is_a_fixture() -> None:
    assert not kept("generic-password", "  password: Winter2025!", "tests/fixtures/app.yml")


def test_long_hex_with_a_run_of_four_is_not_a_mask() -> None:
    value = "3f9a0000c41be27d95a8f61c03b7e4d2"
    assert is_placeholder(value) is None
    assert is_placeholder("3f9a00000000c41be27d95a8f61c03b7") is not None  # a run of eight
    assert is_placeholder("4f0000a1") is not None  # short values keep the run-of-four rule


@pytest.mark.parametrize("value", ["321cba", "cba987", "xyz789abc", "98765432-dcba"])
def test_runs_of_sequences_are_filler(value: str) -> None:
    assert is_placeholder(value) == "keyboard or alphabet sequence"


def test_mixed_runs_that_are_no_sequence_are_kept() -> None:
    assert is_placeholder("q7k2m9zx") is None
    assert is_placeholder("wolf739pine") is None


# ----------------------------------------------------------------------------- production configs


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("DB_PASSWORD=window42", "svc/.env.production"),
        ("  password: Lisbon77", "svc/config/prod.yaml"),
        ("  password: Ranger!2025", "deploy/production/app.yml"),
        ("spring.datasource.password=Hyacinth", "src/main/resources/application-prd.properties"),
    ],
)
def test_weak_word_passwords_in_production_configs_are_kept(line: str, path: str) -> None:
    assert kept("generic-password", line, path)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("DB_PASSWORD=window42", "svc/.env.example"),  # not a production file
        ("  password: Lisbon77", "svc/config/dev.yaml"),
        ("  password: changeme", "svc/config/prod.yaml"),  # placeholders stay placeholders
        ("  password: ${DB_PASSWORD}", "svc/.env.production"),
        ("  password: Lisbon77", "docs/config/prod.yaml"),  # documentation
        ('PASSWORD = "window42"', "svc/prod/settings.py"),  # source code, not a config file
    ],
)
def test_production_rule_needs_a_production_config_file(line: str, path: str) -> None:
    assert not kept("generic-password", line, path)


def test_word_symbol_number_in_a_playbook_is_a_fixture() -> None:
    assert not kept("generic-password", "  password: Harbin#123", "coll/playbooks/site.yml")
    assert kept("generic-password", "  password: Harbin#123", "deploy/site.yml")


def test_openssl_salted_ciphertext_is_not_a_plaintext_secret() -> None:
    blob = base64.b64encode(b"Salted__" + bytes(range(7, 31))).decode()
    assert blob.startswith("U2FsdGVkX1")
    assert not kept("generic-password", f"  password: '{blob}'", "vars/main.yml")
    assert not kept("generic-key", f"  md5_key: {blob}", "vars/main.yml")


@pytest.mark.parametrize(
    "line",
    [
        '"password": "md5$pepper$0f1e2d3c4b5a69788796a5b4c3d2e1f0",',
        "my_pass: 'md50f1e2d3c4b5a69788796a5b4c3d2e1f0'",
        "password: '*0F1E2D3C4B5A69788796A5B4C3D2E1F00A1B2C3D'",
        'password = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"',
    ],
)
def test_database_password_hashes_are_not_plaintext(line: str) -> None:
    assert not kept("generic-password", line, "vars/main.yml")


@pytest.mark.parametrize(
    "line",
    [
        "# DB_URI = 'postgresql://scott:tiger@localhost:5432/shop'",
        'uri = f"mongodb://{quote(user)}:{quote(pwd)}@localhost/db"',
        '"uri": "mongodb://probe:SENTINELpassword99@localhost:27017/x"',
    ],
)
def test_connection_uris_with_placeholder_passwords_are_dropped(line: str) -> None:
    rule = next(
        r for r in RULES.values() if r.id.endswith("connection-uri") and r.compiled.search(line)
    )
    m = rule.compiled.search(line)
    assert m is not None
    assert reject_reason(rule, m.group("secret"), line, "app/db.py") is not None


def test_connection_uri_with_a_real_looking_password_stays() -> None:
    line = "DATABASE_URL=postgres://app:Vq8zL2mK9x@db.internal:5432/app"
    rule = RULES["postgres-connection-uri"]
    m = rule.compiled.search(line)
    assert m is not None
    assert reject_reason(rule, m.group("secret"), line, ".env") is None


def test_yaml_examples_inside_ansible_modules_are_documentation() -> None:
    module = "ansible_collections/acme/array/plugins/modules/array_user.py"
    assert not kept("generic-token", "    api_token: 5b0c3e1a-8d4f-4a2b-9c6e-7f1d2e3a4b5c", module)
    assert not kept("generic-password", '    password: "Rv8qLz2Kx7"', module)
    # Python in the same module, and the same YAML elsewhere, are still read
    assert kept("generic-password", '    password = "Rv8qLz2Kx7"', module)
    assert kept("generic-password", '    password: "Rv8qLz2Kx7"', "deploy/group_vars/all.yml")


def test_arns_are_resource_names() -> None:
    line = '"key": "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"'
    assert not kept("generic-key", line, "test/spec/kms.json")


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        (
            "generic-key",
            'key: "AAAAC3NzaC1lZDI1NTE5AAAAIHq8zL2mK9xWv3RtP8bNcQ7dF4gJ1sY6uE0oA5iB2cD"',
        ),
        ("generic-key", '"key": "$9$Hq8zL2mKx9Wv3RtP8bNc"'),
        ("generic-password", "  password: '$8$Rz7qK2mXw9$Lq9zX2mK7vTrHk3vQz9Lmw2T'"),
    ],
)
def test_public_keys_and_device_encodings_are_not_plaintext(rule_id: str, line: str) -> None:
    assert not kept(rule_id, line, "host_vars/router.yml")
