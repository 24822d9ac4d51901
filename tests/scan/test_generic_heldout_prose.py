"""Redis passwords (requirepass/masterauth), argv-array passwords, and prose or format context that
says a value is not the credential: a public key or a digest named before the key, Vault accessors,
token signatures, printf-style format strings. Both engines."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PASSWORD = "tZq8#Lm2@vK9xR4w"
TOKEN = "Zk8q2LmX9wR3vT7pYb4NcF5s"
HEX64 = "9b1c4e7a20d3f85c6a9e1b47d20c3f8e5a71b9c4d6e2f08a3c5b7d9e1f2a4c6b"
AGE_RECIPIENT = "age1" + "qz8x7m2v9k4l6n3p5r0w8y2c4f6h8j0" + "l3n5q7s9u2w4y6a8c0e2g4j6l8n"


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"bind 0.0.0.0\nrequirepass {PASSWORD}\n", "config/redis.conf"),
        (f"masterauth {PASSWORD}\n", "redis/replica.conf"),
        (f'    command: ["redis-server", "--requirepass", "{PASSWORD}"]\n', "docker-compose.yml"),
        (f"    command: redis-server --requirepass {PASSWORD} --appendonly yes\n", "compose.yml"),
        (f"redis-cli CONFIG SET requirepass '{PASSWORD}'\n", "setup.sh"),
        (f'args: ["--user", "deploy", "--password", "{PASSWORD}"]\n', "job.yaml"),
    ],
)
def test_redis_and_argv_passwords_are_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert [value for _, value in found(engines, text, path)] == [PASSWORD]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("# requirepass foobared\n", "redis.conf"),
        ("requirepass ${REDIS_PASSWORD}\n", "redis.conf"),
        ("# (using the requirepass configuration directive below)\n", "redis.conf"),
        # a printf-style format string is filled in at run time
        ("cmd += ['-passwd', '/Users/%s' % self.name, self.password]\n", "user.py"),
        ('password = "Xk9%sLq2mQ" % suffix\n', "gen.py"),
        # prose before the key names the public half or a digest
        (f"# public key: {AGE_RECIPIENT}\n", "keys/age.txt"),
        (f"09:31 verified hash of the replaced token: {HEX64}\n", "ops/incident.txt"),
        (f"sha256 of api key: {HEX64}\n", "notes.txt"),
        # an age recipient is public whatever its key name
        (f"recipient_key: {AGE_RECIPIENT}\n", "sops.yaml"),
        # a Vault accessor names a token without being it; a signature is made with the key
        (f'"secret_id_accessor": "{TOKEN}",\n', "resp.json"),
        (f'"token_accessor": "{TOKEN}",\n', "resp.json"),
        (f"grant.access_token.signature = '{TOKEN}'\n", "grant.js"),
    ],
)
def test_context_that_says_not_a_credential_is_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # in code, "public" before a field is a modifier, not prose
        (f'  public apiKey = "{TOKEN}";\n', "client.ts"),
        # a hex token with no digest word before it
        (f"09:31 replaced token: {HEX64}\n", "ops/incident.txt"),
        # a % inside a password that is not followed by the format operator
        ('password = "Xk9%Lq2mQz"\n', "settings.py"),
    ],
)
def test_look_alikes_stay_findings(engines: dict[str, Engine], text: str, path: str) -> None:
    assert len(found(engines, text, path)) == 1


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # published example values: RFC 6749 / RFC 5849 OAuth examples, the TOTP docs seed,
        # FastAPI's and Flask's documented secret keys
        ('{"access_token": "2YotnFZFEjr1zCsicMWpAA", "token_type": "Bearer"}\n', "client.py"),
        ("'refresh_token': 'tGzv3JOkF0XG5Qx2TlKWIA',\n", "tokens.py"),
        ('oauth_consumer_key="dpf43f3p2l4k3l03",\n', "signing.py"),
        ("otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example\n", "mfa.py"),
        (
            'SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"\n',
            "app.py",
        ),
        ('export FLASK_SECRET_KEY="5f352379324c22463451387a0aec5d2f"\n', "deploy.sh"),
        # the NIST SP 800-38A AES example key, in every cipher library's tests
        ("key = '2b7e151628aed2a6abf7158809cf4f3c'\n", "test_CBC.py"),
        # a coverage badge's graphing token is published in READMEs by design
        (
            "[![codecov](https://codecov.io/gh/acme/app/graph/badge.svg?token=Q8zLk2mX9w)](x)\n",
            "README.md",
        ),
        (
            '<img src="https://codecov.io/gh/a/b/graph/badge.svg?flag=unit&token=Q8zLk2mX9w"/>\n',
            "index.html",
        ),
        # a sequence repeated to the length of a key
        ('client_secret="0123456789012345678901234567890123456789",\n', "tests/test_user.py"),
        # an unsigned JWT (alg none, empty signature)
        ('token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0."\n', "test_api_jwt.py"),
        ('token = "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5In0.e30."\n', "test_jwks.py"),
        # an npm alias in package.json, a size in a comment, a regex group named "password"
        ('    "auth0-legacy": "npm:auth0@3.7.1",\n', "package.json"),
        ("    // ibPassword: 2-byte offset\n", "login7-payload.js"),
        ('PATTERN = r"(?:(?P<user>[^:]+):(?P<password>[^@]+)@)?"\n', "validators.py"),
        # the arguments of a check, not a name and its value
        (">>> mysql323.verify(\"password\", '5d2e19393cc5ef67')\n", "docs/mysql323.rst.txt"),
        # .mts is code: an unquoted parameter is a variable
        ("    regenerateSigningSecret(webhookEndpointID: string): Promise<void>;\n", "x.d.mts"),
        # a yescrypt hash, GitLab's documented root password, a format template, an error code
        (
            '    password: "$y$j9T$F5Jx5fExrKuJdjfEwNh7W.$h1HHHdEGMhBgv4NdMgR5/Nz3k3cajdZ"\n',
            "u.yml",
        ),
        ("      GITLAB_ROOT_PASSWORD: 5iveL!fe\n", "docker-compose.yml"),
        ('    "2.0_password": "{url}/v2.0/tokens",\n', "test_identity.py"),
        ('msg = "ERROR: fetching token: AADSTS50076: Due to a configuration change"\n', "t.py"),
        # an AWS idempotency token
        ('    "ClientToken": "5236cffc-ee13-4a32-bb5b-388d9da09d96"\n', "mirror-session.json"),
        # a lexer directive compared with a token, a password name spelled as the value, an AWS
        # service name as a key, idempotency-style AWS tokens
        ('        elif token == "#bygroup":\n', "lexer.py"),
        ('    "KeyStorePassword": "kmsPswd",\n', "examples-1.json"),
        ('    "alias/aws/secretsmanager": "fee5173a-3972-428e-ae73-cd4c2a371222",\n', "utils.py"),
        ('    "LifecycleActionToken": "bcd2f1b8-9a78-44d3-8a7a-4dd07d7cf635",\n', "ex.json"),
        ('    "PolicyUpdateToken": "1:p+2RpKR4wPFx7mcrL1UOQQ==",\n', "get-policy.json"),
        # name/value pair whose value is a variable in code (JSX props)
        ('h("input", {\n  name: "csrfToken",\n  value: csrfToken\n})\n', "signin.js"),
    ],
)
def test_published_and_structural_look_alikes_are_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # lookups with a fallback and setters are still assignments
        ('pw = config.get("password", "Xk92mLqTz7")\n', "settings.py"),
        ('conn.put("password", "Xk92mLqTz7")\n', "db.py"),
        # a credential in an API URL's query string
        ('url = "https://api.acme.io/v1/items?access_token=Q8zLk2mX9wR3vT7pYb4N"\n', "client.py"),
        # Vault's client_token is a real token
        ('    "client_token": "hvs.Zk8q2LmX9wR3vT7pYb4NcF5s",\n', "login.json"),
        # a signed JWT stays a finding
        (
            'token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.Zk8q2LmX9wR3vT7pYb4NcF5sQw1"\n',
            "client.py",
        ),
        # a generated value that starts with # is no anchor
        ('SESSION_TOKEN = "#Xk92mLqTz7Wq4vR8"\n', "settings.py"),
        # a token that ends with a colon at the end of a config line is still a value
        ("API_TOKEN=Zk8q2LmX9wR3vT7pYb4NcF5s:\n", ".env"),
        # a Kubernetes env entry keeps its literal value
        ("- name: DB_PASSWORD\n  value: Xk92mLqTz7Wq\n", "deploy.yaml"),
    ],
)
def test_assignments_next_to_those_shapes_stay_findings(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert len(found(engines, text, path)) == 1


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"The OpenSearch master password is {PASSWORD} until we move it into Vault.\n", "n.md"),
        (f'{{"text": "password for the grafana admin is {PASSWORD}", "ts": "1712"}}\n', "c.json"),
        (f"fyi the wifi passphrase was `{PASSWORD}`\n", "notes.txt"),
    ],
)
def test_password_in_a_sentence_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert [value for _, value in found(engines, text, path)] == [PASSWORD]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("The password is required.\n", "README.md"),
        ("# password is hashed with bcrypt before it is stored\n", "models.py"),
        ("if password is not None:\n", "auth.py"),
        ("the password is ${DB_PASSWORD}\n", "notes.md"),
        ("Password is incorrect, please try again\n", "messages.txt"),
        ("assert user.password is expected_password\n", "test_auth.py"),
        ("The default password is changeme.\n", "INSTALL.txt"),
    ],
)
def test_sentence_without_a_password_is_not_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == []
