"""Held-out round 15 (machine-learning and data-science SDKs, notebooks and experiment configs:
Hugging Face, Comet, W&B, DVC, OpenML, ibis, JupyterLab, Panel, …): classes of non-secrets found
there, each with real-looking values kept beside it. All values are made up."""

from __future__ import annotations

import pytest

from tether.scan.rules import load_rules

from .test_filters import kept as kept_in

RULES = {r.id: r for r in load_rules()}


def kept(rule_id: str, line: str, path: str = "src/app.py") -> bool:
    return kept_in(rule_id, line, path)


def found(rule_id: str, line: str) -> bool:
    return RULES[rule_id].compiled.search(line) is not None


def dropped(rule_id: str, line: str, path: str = "src/app.py") -> bool:
    return found(rule_id, line) and not kept(rule_id, line, path)


# ------------------------------------------------------------- experiment / run ids under *Key


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        ("generic-key", "    'experimentKey': 'e3b7a91fc04d28657f1a9c3be02d4f86',"),
        ("generic-key", '    "run_key": "7c0e52af19b84d36e0a7f2c95b1d83e4",'),
        (
            "generic-key",
            "# a random suffix goes on the experiment key: e3b7a91fc04d28657f1a9c3be02d4f86-XyZ12q.zip",
        ),
        (
            "generic-query-credential",
            "  'link': 'https://ml.acme-corp.io/api/asset?experimentKey=e3b7a91fc04d28657f1a9c3be02d4f86&assetId=1',",
        ),
    ],
)
def test_experiment_and_run_ids_are_not_credentials(rule_id: str, line: str) -> None:
    assert dropped(rule_id, line)


@pytest.mark.parametrize(
    ("rule_id", "line"),
    [
        # an API key, or a random (not hex) value under the same names
        ("generic-key", "    'apiKey': 'e3b7a91fc04d28657f1a9c3be02d4f86',"),
        ("generic-key", "    'experimentKey': 'Qx7vL2mP9tR4wZ8kN3bY6cF1hJ5dS0gA',"),
        (
            "generic-query-credential",
            "  'link': 'https://ml.acme-corp.io/api/asset?api_key=e3b7a91fc04d28657f1a9c3be02d4f86&x=1',",
        ),
    ],
)
def test_api_keys_beside_experiment_ids_are_kept(rule_id: str, line: str) -> None:
    assert kept(rule_id, line)


# ------------------------------------------------------------- repository ids of models / data


@pytest.mark.parametrize(
    "line",
    [
        'url = helper._prepare_url("hf_token", "voxlab/Soprano-41M")',
        'url = helper._prepare_url("hf_token", "Zephra/Zephra2-Reranker-1.5B")',
        'token = get_token("hub_token", "orbitai/whisper-large-v3")',
    ],
)
def test_model_repository_ids_are_not_tokens(line: str) -> None:
    assert dropped("generic-token", line)


@pytest.mark.parametrize(
    "line",
    [
        'token = "k8Fj2Qz/Lm-9xWp4Rt7Vb"',
        'token = "aB3dE5fG7h/J9kL1mN3pQ5-rS7tU9"',
        'password = "Summer-Fall/Winter-2024"',
    ],
)
def test_random_values_with_a_slash_are_kept(line: str) -> None:
    rule_id = "generic-password" if line.startswith("password") else "generic-token"
    assert kept(rule_id, line)


# ------------------------------------------------------------- code read as a value


def test_left_operand_of_in_is_not_a_fallback() -> None:
    assert dropped(
        "generic-key", '    if "block1.attn_q.weight" in key or "block1.attn_K.weight" in key:'
    )


def test_fallback_default_of_a_key_is_kept() -> None:
    assert kept("generic-key", 'api_key = os.environ.get("X") or "Zq8xW2vN5mK7pL3rT9yB"')


@pytest.mark.parametrize(
    ("rule_id", "line", "path"),
    [
        (
            "generic-password",
            'if(""!==(s=t).username||""!==s.password||""!==s.port||"/"!==s.path)',
            "static/app.min.js",
        ),
        (
            "generic-password",
            '    return torch.einsum("nchw,pw->nchp", x, weights)',
            "src/model.py",
        ),
    ],
)
def test_code_in_the_values_place(rule_id: str, line: str, path: str) -> None:
    assert dropped(rule_id, line, path)


@pytest.mark.parametrize(
    "line",
    [
        'if (password !== "Hq7#vR2$mZ9w") { deny(); }',
        'db_password = "4kQ]9vX#m2Lp"',
    ],
)
def test_passwords_near_those_shapes_are_kept(line: str) -> None:
    assert kept("generic-password", line)


# ------------------------------------------------------------- stand-ins and names


@pytest.mark.parametrize(
    "line",
    [
        'result = run(runner, "-s", "MY_SECRET=psswrd")',
        'env = {"API_SECRET": "scrt"}',
    ],
)
def test_vowel_less_credential_words_are_stand_ins(line: str) -> None:
    assert dropped("generic-secret", line)


def test_a_random_consonant_secret_is_kept() -> None:
    assert kept("generic-secret", 'api_secret = "xkcdqrtvbnmwpz"')


@pytest.mark.parametrize(
    "line",
    [
        '>>> password = os.environ.get("PROJ_TEST_MYSQL_PASSWORD", "proj")',
        '>>> password = os.getenv("ACME_TEST_EXADB_PASSWORD", "exadb")',
    ],
)
def test_test_variable_fallback_that_repeats_its_name(line: str) -> None:
    assert dropped("generic-password", line)


@pytest.mark.parametrize(
    "line",
    [
        # not a test variable, or a value that is not a piece of the name
        'password = os.environ.get("PROJ_MYSQL_PASSWORD", "proj")',
        'password = os.environ.get("PROJ_TEST_MYSQL_PASSWORD", "Tq8vW3xZ9m")',
    ],
)
def test_other_getenv_fallbacks_are_kept(line: str) -> None:
    assert kept("generic-password", line)


def test_a_sentinel_that_spells_its_name_in_leetspeak() -> None:
    assert dropped("generic-token", '_FIRST_READ_TOKEN = b"F!rstR3@dT0k3n"')


def test_a_leet_password_that_is_not_its_name_is_kept() -> None:
    assert kept("generic-token", '_FIRST_READ_TOKEN = b"Tr0ub4dor&3xyz"')


def test_buildkit_secret_mount_id() -> None:
    assert dropped("generic-secret", 'equivalent=("opt", "secret=id=npmrc,src=$HOME/.npmrc"),')


def test_a_secret_that_starts_with_id_is_kept() -> None:
    assert kept("generic-secret", 'client_secret = "id=Qz8vX2wN7mK4pL9r"')


def test_prerelease_version_under_a_package_name() -> None:
    assert dropped("generic-password", "registry-htpasswd: 14.0.0-next-9.12", "staging/yarn.lock")


def test_a_password_with_dots_and_dashes_is_kept() -> None:
    assert kept("generic-password", "htpasswd: 14.0.0-Xq9#vT", "deploy/values.yml")


def test_enum_number_closing_an_index() -> None:
    # in a minified bundle's 100 kB line the other code checks miss it; the helper is asked alone
    from tether.scan.filters import _prec15_ml_reason

    line = 'r[r.STENCIL_FRONT_PASS_DEPTH_FAIL=36021]="STENCIL_FRONT_PASS_DEPTH_FAIL",r[r.X=1]="X"'
    assert _prec15_ml_reason(RULES["generic-password"], "36021]=", line, "dist/gl.min.js")
    assert (
        _prec15_ml_reason(RULES["generic-password"], "4kQ]9vX#m2Lp", 'pw = "4kQ]9vX#m2Lp"', "a.py")
        is None
    )


@pytest.mark.parametrize(
    "line",
    [
        '_arg_key_sentinel = "tool_arg_key_c7e1a9f3"',
        '_KEY_SENTINEL = "key_marker_5d2b8e"',
    ],
)
def test_sentinel_values_are_markers(line: str) -> None:
    assert dropped("generic-key", line)


def test_redis_sentinel_credentials_are_kept() -> None:
    assert kept("generic-password", 'sentinel_password = "Vq7#xT2mZ9wLp4"')
    assert kept("generic-key", 'sentinel_api_key = "Vq7xT2mZ9wLp4Rk8Nb3c"')
