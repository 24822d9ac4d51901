"""The Python SDK: python-dotenv's load_dotenv with references, secret(), resolve_env()."""

from __future__ import annotations

import io
import os
from pathlib import Path

import dotenv.main as pd_main
import pytest

import tether
from tether.values import SecretValue


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for k in ("SDK_A", "SDK_B", "SDK_C", "SDK_D", "SDK_PLAIN"):
        monkeypatch.delenv(k, raising=False)
    return monkeypatch


def test_secret_returns_a_masked_value(vault: dict[str, str]) -> None:
    value = tether.secret("tether://dev/app/jwt_secret")
    assert isinstance(value, SecretValue)
    assert value == vault["tether://dev/app/jwt_secret"]
    assert "CANARY" not in repr(value)
    assert "CANARY" not in repr({"k": value})


def test_load_dotenv_resolves_references(
    vault: dict[str, str], project: Path, clean_env: pytest.MonkeyPatch
) -> None:
    env = project / ".env"
    env.write_text(
        "SDK_A=tether://dev/app/jwt_secret\nSDK_B=prefix-${SDK_A}\nSDK_PLAIN='x y'\nSDK_C\n"
    )
    clean_env.setenv("SDK_D", "kept")
    assert tether.load_dotenv(env) is True
    assert os.environ["SDK_A"] == vault["tether://dev/app/jwt_secret"]
    assert os.environ["SDK_B"] == "prefix-" + vault["tether://dev/app/jwt_secret"]
    assert os.environ["SDK_PLAIN"] == "x y"
    assert "SDK_C" not in os.environ


def test_load_dotenv_keeps_existing_variables_unless_override(
    initialized: Path, project: Path, clean_env: pytest.MonkeyPatch
) -> None:
    env = project / ".env"
    env.write_text("SDK_A=from-file\n")
    clean_env.setenv("SDK_A", "from-env")
    tether.load_dotenv(env)
    assert os.environ["SDK_A"] == "from-env"
    tether.load_dotenv(env, override=True)
    assert os.environ["SDK_A"] == "from-file"


def test_without_references_it_matches_python_dotenv(project: Path, tether_home: Path) -> None:
    text = "A=1\nB='${A}-x'\nC=\"q\\nr\"\nexport D = d # c\nE=${MISSING:-dflt}\nF\n"
    ours = tether.sdk.dotenv_values(stream=io.StringIO(text))
    theirs = pd_main.dotenv_values(stream=io.StringIO(text))
    assert ours == dict(theirs)


def test_resolve_env_resolves_only_references(vault: dict[str, str]) -> None:
    out = tether.resolve_env({"A": "tether://dev/app/stripe_key", "B": "plain"})
    assert out["A"] == vault["tether://dev/app/stripe_key"]
    assert isinstance(out["A"], SecretValue)
    assert out["B"] == "plain"
    assert "CANARY" not in repr(out)


def test_missing_reference_names_the_variable(vault: dict[str, str]) -> None:
    from tether.errors import ResolveError

    with pytest.raises(ResolveError) as info:
        tether.resolve_env({"MY_VAR": "tether://dev/app/absent"})
    assert "MY_VAR" in str(info.value) and "tether://dev/app/absent" in str(info.value)
