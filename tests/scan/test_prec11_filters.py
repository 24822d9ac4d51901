"""Precision fixes from an eleventh held-out set (the Node web and back-end stack from npm:
express, fastify, NestJS, Prisma, TypeORM, Mongoose, Redis clients, Stripe, Twilio, Slack, the
AWS, Azure and Google SDKs, Auth0, Okta, next-auth, better-auth, hono, Pusher, Square …): classes of
false findings, each beside a value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import random
import string

import pytest

from tether.scan.heuristics import is_counting_filler, is_placeholder

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters

_RANDOM32 = "Qm7vR2kX9Lz4Tb8NwP3cJd6YhF1sGa5E"


# ------------------------------------------------------------------ a list of reasons


@pytest.mark.parametrize(
    "line",
    [
        "const WeakPasswordReasons = ['length', 'characters', 'pwned'] as const",
        'token_revocation_reason = "expired"',
        "    passwordRejectReason: 'breached',",
    ],
)
def test_reasons_of_a_credential_are_not_reported(line: str) -> None:
    rule = "generic-token" if "token" in line else "generic-password"
    assert not reported(rule, line, "src/lib/types.ts")


def test_credential_named_near_reason_word_is_still_reported() -> None:
    assert reported("generic-password", f"const dbPassword = '{_RANDOM32}'", "src/db.ts")
    assert reported("generic-token", f"reason_token = '{_RANDOM32}'", "src/db.ts")


# ------------------------------------------------------------------ code after an empty literal


def test_code_after_an_empty_string_in_a_ternary_is_not_reported() -> None:
    line = (
        "const joinText = (tokens) => tokens.map(token => "
        "(token.type === 'text' ? token.value : '')).join('');"
    )
    assert not reported("generic-token", line, "router/route-conflict-detector.js")


def test_value_starting_with_a_closing_parenthesis_and_more_is_still_reported() -> None:
    # a password may start with ")" when what follows is not code punctuation
    assert reported("generic-password", "password = ')Kq8#vLm2Zt9w'", "app/settings.py")


# ------------------------------------------------------------------ keyboard digit row


@pytest.mark.parametrize("value", ["fedcba0987654321", "0987654321fedcba", "1234567890abcdef"])
def test_keyboard_digit_row_ending_in_zero_is_counting_filler(value: str) -> None:
    assert is_counting_filler(value)


def test_secret_of_a_reversed_keyboard_row_in_a_test_is_not_reported() -> None:
    line = '  secret: "fedcba0987654321",'
    assert not reported("generic-secret", line, "tests/integration/pusher/constructor.js")


def test_counting_filler_outside_tests_is_left_to_the_general_rules() -> None:
    # other scanners' rule examples use such values as stand-ins for real keys
    assert reported("generic-secret", '  secret: "fedcba0987654321",', "src/pusher.js")


@pytest.mark.parametrize("value", ["k8Hs9087Qz61", "7f3a9c0e5b2d8146"])
def test_values_with_a_short_digit_run_are_not_sequences(value: str) -> None:
    assert is_placeholder(value) is None
    assert not is_counting_filler(value)


@pytest.mark.parametrize("value", ["asdfqwer", "zxcvasdf", "poiulkjh", "123!@#asdASD"])
def test_runs_along_letter_rows_or_typed_again_are_sequences(value: str) -> None:
    assert is_placeholder(value) == "keyboard or alphabet sequence"


def test_the_digit_row_typed_on_is_left_to_the_counting_filler_callers() -> None:
    # kingfisher's RESTPACK_SECRET=1234567890…: a rule example's stand-in, reported outside tests
    value = "1234567890" * 4 + "12345678"
    assert is_placeholder(value) is None
    assert is_counting_filler(value)


def test_random_letters_are_not_row_runs() -> None:
    rng = random.Random(7)
    values = ["".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(3000)]
    assert not [v for v in values if is_placeholder(v) == "keyboard or alphabet sequence"]


# ------------------------------------------------------------------ words in docs and doc comments


@pytest.mark.parametrize(
    "line",
    [
        " *     password: 'ahotproject',",
        "   *   password: 'sunshine',",
    ],
)
def test_word_password_in_a_jsdoc_example_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "dist/middleware/basic-auth/index.js")


def test_generated_password_in_a_jsdoc_example_is_still_reported() -> None:
    line = " *     password: 'Hq7vR2kLm9xT4z',"
    assert reported("generic-password", line, "dist/middleware/basic-auth/index.js")


def test_word_password_in_a_line_comment_of_code_is_not_treated_as_docs() -> None:
    # "// password: …" and "#" comments may be notes with a real value; only the body of a block
    # doc comment counts as documentation
    assert reported("generic-password", "// password: 'Granite.6187x4X'", "src/server.js")
    assert not reported("generic-password", " * password: 'granite'", "src/server.js")


def test_star_bullet_in_markdown_is_not_a_doc_comment() -> None:
    # in Markdown "* " starts a list item: no code, so the doc-comment reading does not apply
    # (a word in a README is still an example through the documentation path)
    assert reported("generic-password", "* password: 'Hq7vR2kLm9xT4z'", "notes/passwords.txt")


@pytest.mark.parametrize("value", ["xk7m3q0w9z", "mai9ohgh6ahxee0jutheew0pungoozil"])
def test_generated_lowercase_password_in_docs_is_still_reported(value: str) -> None:
    assert reported("generic-password", f"var password = '{value}';", "README.md")


# ------------------------------------------------------------------ connection URIs in docs


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("redis-connection-uri", '  url: "redis://alice:foobared@awesome.redis.server:6380",'),
        ("postgres-connection-uri", "DATABASE_URL=postgres://app:sunshine@db.internal:5432/app"),
    ],
)
def test_word_password_of_a_connection_uri_in_docs_is_not_reported(rule: str, line: str) -> None:
    assert not reported(rule, line, "README.md")
    assert not reported(rule, line, "test/integration/client.test.js")


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("redis-connection-uri", '  url: "redis://alice:foobared@awesome.redis.server:6380",'),
        ("redis-connection-uri", '  url: "redis://alice:Pe21YVGOQUyrbbq@cache.prod.local:6380",'),
        ("postgres-connection-uri", "DATABASE_URL=postgres://app:V9rTQvRdGG_rkhqt@db:5432/app"),
    ],
)
def test_connection_uri_outside_docs_is_still_reported(rule: str, line: str) -> None:
    assert reported(rule, line, "deploy/app.env")


@pytest.mark.parametrize(
    "line",
    [
        "REDIS_URL=redis://default:TLZFg4pjZ2q6qwzE@cache.internal:6379/0",
        # short or made-up: a test database's real password as often as an example
        "REDIS_URL=redis://default:weci@localhost:6379/0",
        "REDIS_URL=redis://default:qzvtkx@localhost:6379/0",
        # not a lower-case word (one that repeats the user name is a demo account: round 17)
        "REDIS_URL=redis://app_user:app_user_9@localhost:6379/0",
    ],
)
def test_other_connection_uri_passwords_in_docs_are_still_reported(line: str) -> None:
    assert reported("redis-connection-uri", line, "README.md")


# ------------------------------------------------------------------ prose in API doc comments


@pytest.mark.parametrize(
    "line",
    [
        " * @returns Whether the password has been compromised.",
        "   * Throws when the password is incorrect.",
    ],
)
def test_word_after_password_is_in_a_doc_comment_is_not_reported(line: str) -> None:
    assert not reported("generic-prose-password", line, "dist/plugins/haveibeenpwned/index.mjs")


def test_prose_password_in_notes_and_generated_in_doc_comment_are_still_reported() -> None:
    assert reported("generic-prose-password", "The wifi password is drabonfli.", "notes.txt")
    line = " * the staging password is Tq7#zK2mLx9W until the freeze"
    assert reported("generic-prose-password", line, "src/admin.js")


# ------------------------------------------------------------------ namespaced names under "key"


@pytest.mark.parametrize(
    "value",
    [
        "square:a0f1505a-2aa1-490d-91a8-8d31ff181808",
        "sq0ids-0evKIskIGaY45fCyNL66aw:backupemail",
        "session:Xq8vR2kLm9Tz4Wb7:profile",
    ],
)
def test_namespaced_name_under_a_bare_key_is_not_reported(value: str) -> None:
    assert not reported("generic-key", f'    key: "{value}",', "api/client/Client.js")


@pytest.mark.parametrize(
    "line",
    [
        f'    key: "{_RANDOM32}",',
        '    key: "Xq8vR2kLm9Tz4Wb7:Hq7vR2kLm9xT4zPw3c",',
        '    api_key: "square:a0f1505a-2aa1-490d-91a8-8d31ff181808",',
    ],
)
def test_generated_or_qualified_key_is_still_reported(line: str) -> None:
    assert reported("generic-key", line, "api/client/Client.js")


# ------------------------------------------------------------------ public EC points (Web Push)

# a P-256 public key (the generator point's multiple for a made-up scalar), as Web Push writes it
_P256_PUBLIC = (
    "BL7ELU24fJTAlH5Kyl8N6BDCac8u8li_U5PIwG963MOvdYs9s7LSzj8x_7v7RFdLZ9Eap50PiiyF5K0TDAis7t0"
)


def _flip_last_char(value: str) -> str:
    return value[:-1] + ("A" if value[-1] != "A" else "B")


@pytest.mark.parametrize(
    "line",
    [
        f"  --key={_P256_PUBLIC} \\",
        f'    applicationServerKey: "{_P256_PUBLIC}",',
        f'  "key": "{_P256_PUBLIC.replace("_", "/").replace("-", "+")}=",',
    ],
)
def test_uncompressed_p256_point_is_a_public_key(line: str) -> None:
    assert not reported("generic-key", line, "README.md")
    assert not reported("generic-key", line, "src/push.js")


def test_value_of_the_same_shape_off_the_curve_is_still_reported() -> None:
    # one character changed: 65 bytes with the 0x04 prefix, but no longer a point of the curve
    line = f"  api_key: {_flip_last_char(_P256_PUBLIC)}"
    assert reported("generic-key", line, "deploy/push.yaml")
    assert not reported("generic-key", f"  api_key: {_P256_PUBLIC}", "deploy/push.yaml")


# ------------------------------------------------------------------ arithmetic and minified code


def test_arithmetic_argument_after_a_password_name_is_not_reported() -> None:
    line = " *     var derivedParams = CryptoJS.kdf.OpenSSL.execute('Password', 256/32, 128/32);"
    assert not reported("generic-password", line, "cipher-core.js")
    assert not reported("generic-password", "checkPassword(password, 60*60*24);", "src/a.js")


def test_quoted_digits_and_slash_password_is_still_judged() -> None:
    assert reported("generic-password", 'password: "9183/4472/0561"', "deploy/app.yaml")


def test_variable_then_closing_code_in_a_minified_bundle_is_not_reported() -> None:
    # a long minified line: an apostrophe inside a string before the value makes the quotes
    # there odd, so they cannot tell whether the value stands inside a literal
    pad = 'm="it\'s",' + 'a="x",' * 300
    line = pad + 'q=function(e){return"string"==typeof e&&es("password",e)}var r}function J(e){}'
    assert not reported("generic-password", line, "lib/browser/driver.min.js")


def test_password_with_a_parenthesis_is_still_reported() -> None:
    assert reported("generic-password", "password = 'Xk9)q#Lm2vT8'", "app/settings.py")


# ------------------------------------------------------------------ encoded test patterns


@pytest.mark.parametrize(
    "line",
    [
        '  SharedSecret: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",',  # 00 01 … 1f
        "  shared_secret = '__79_Pv6-fj39vX08_Lx8O_u7ezr6uno5-bl5OPi4eA'",  # ff fe … e0 (url)
    ],
)
def test_base64_of_a_counting_byte_sequence_is_not_reported(line: str) -> None:
    assert not reported("generic-secret", line, "dist-types/commands/EncapsulateCommand.d.ts")


def test_base64_of_random_bytes_starting_with_zero_is_still_reported() -> None:
    line = '  SharedSecret: "AAEp9Lw2Zq7mK3vR8xT1cN5bH0yF6gJ4dS2aP9eU7iQ=",'
    assert reported("generic-secret", line, "src/kms.ts")


@pytest.mark.parametrize(
    "value",
    [
        "GEZDGNBVGY3TQOJQGEZDGNBVGY",  # base32 of 1234567890123456
        "KRSXG5CQMFZXG53POJSA",  # base32 of a test-password placeholder
    ],
)
def test_base32_of_a_placeholder_is_not_reported(value: str) -> None:
    assert not reported("generic-secret", f'const secret = "{value}";', "src/otp.js")


def test_base32_random_seed_is_still_reported() -> None:
    assert reported("generic-secret", 'const secret = "K7QZ4MVBX2PLT6RW";', "src/otp.js")


# ------------------------------------------------------------------ names in the value's place


@pytest.mark.parametrize("value", ["aes-256-cbc", "aes-128-gcm", "chacha20-poly1305"])
def test_cipher_name_is_not_reported(value: str) -> None:
    line = f'  Encryption("secret-password", "{value}", initVector)'
    assert not reported("generic-password", line, "index.d.ts")
    assert not reported("generic-secret", f'cipher_secret: "{value}"', "config/app.yaml")


def test_password_that_starts_like_a_cipher_name_is_still_reported() -> None:
    assert reported("generic-password", 'password: "aes-256-Kq8vLm2Zt9"', "config/app.yaml")


@pytest.mark.parametrize("type_name", ["Uint8Array", "ArrayBuffer", "CryptoKey", "KeyObject"])
def test_typescript_binary_type_in_the_value_place_is_not_reported(type_name: str) -> None:
    # TypeScript source inside a source map's JSON string, newlines escaped
    line = (
        '"sourcesContent": ["export interface SecretRestoreParameters {\\n  /** The backup blob'
        f' of a secret. */\\n  secretBundleBackup: {type_name};\\n}}\\n"]'
    )
    assert not reported("generic-secret", line, "dist/models/models.js.map")
    assert not reported("generic-key", f"  readonly privateKey: {type_name};", "src/keys.ts")


# ------------------------------------------------------------------ batch 5: JWTs, calls, bundles


def _jwt(payload: str) -> str:
    import base64
    import json

    def b64(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    header = b64({"alg": "HS256", "typ": "JWT"})
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{header}.{body}.ha5mKb-6aDOVHh5lRaUBNdDmMAYLOl1no3LQkV2mAMQ"


def test_jwt_with_an_empty_payload_is_not_reported() -> None:
    line = f"      authorization: 'Bearer {_jwt('{}')}'"
    assert not reported("generic-authorization-header", line, "test/jwt.test.js")
    assert not reported("jwt", line, "test/jwt.test.js")


def test_jwt_with_claims_is_still_reported() -> None:
    claims = '{"sub": "u-8812", "role": "admin"}'
    line = "      authorization: 'Bearer " + _jwt(claims) + "'"
    assert reported("jwt", line, "test/jwt.test.js")


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        ("generic-key", "const publicDer = key.exportKey('pkcs8-public-der');"),
        ("generic-secret", 'await client.deleteSecret("db-admin-Xk9q2");'),
    ],
)
def test_argument_of_an_export_or_delete_call_is_not_reported(rule: str, line: str) -> None:
    assert not reported(rule, line, "README.md")
    assert not reported(rule, line, "src/keys.js")


def test_argument_of_a_setter_is_still_reported() -> None:
    assert reported("generic-key", f'client.setApiKey("{_RANDOM32}");', "src/keys.js")


def test_block_opened_after_a_closing_parenthesis_in_minified_code_is_not_reported() -> None:
    # e.password==="" then ){…}: the empty literal is the value, the rule reads on into code
    line = (
        'e.password=e.password.trim();if(e.password===""){e.mustPass=true}'
        "if(e.cipher&&c.indexOf(e.cipher)!==-1){r.push(x)}"
    )
    assert not reported("generic-password", line, "dist/index.js")


# ------------------------------------------------------------------ batch 6: periodic values, maps


@pytest.mark.parametrize("value", ["01234567890123456789012345678901", "abc1abc1abc1ab"])
def test_a_unit_repeated_and_cut_is_counting_filler(value: str) -> None:
    assert is_counting_filler(value)
    assert not reported("generic-secret", f"const secret = '{value}';", "dist/auth/jwt.spec.js")
    assert not reported("generic-secret", f"secret: '{value}'", "docs/auth.md")


@pytest.mark.parametrize("value", ["K7QZ4MVBX2PLT6RW", "Qm7vR2kX9Lz4Tb8NwP3cJd6YhF1sGa5E"])
def test_generated_values_are_not_periodic(value: str) -> None:
    assert not is_counting_filler(value)
    assert reported("generic-secret", f"const secret = '{value}';", "dist/auth/jwt.spec.js")


def test_unquoted_name_in_a_source_map_is_code() -> None:
    line = (
        '{"version":3,"sourcesContent":["const itString = await storage.getItem(keys.idToken);'
        '\\n            const idToken = itString ? decodeJWT(itString) : undefined;\\n"]}'
    )
    assert not reported("generic-token", line, "dist/esm/tokenProvider/TokenStore.mjs.map")


def test_quoted_secret_in_a_source_map_is_still_reported() -> None:
    line = '{"version":3,"sourcesContent":["const apiToken = \\"' + _RANDOM32 + '\\";\\n"]}'
    assert reported("generic-token", line, "dist/client.js.map")


def test_unquoted_name_on_the_first_line_of_a_source_map_is_code() -> None:
    line = '{"version":3,"sources":["a.ts"],"sourcesContent":["const tok = itString;"]}'
    line = line.replace("tok", "idToken")
    assert not reported("generic-token", line, "dist/a.js.map")


def test_source_map_of_a_spec_file_is_a_test_file() -> None:
    line = '{"version":3,"sourcesContent":["const secret = \'01234567890123456789012345678901\'"]}'
    assert not reported("generic-secret", line, "dist/auth/jwt.spec.js.map")
    assert reported("generic-secret", line, "dist/auth/jwt.js.map")
