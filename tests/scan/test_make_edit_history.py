"""The edit-history benchmark's fake secrets: deterministic, well-formed, and found by tether as planted."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from tether.scan.engine import Engine
from tether.scan.validators import github

from .conftest import KEY

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "make_edit_history.py"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_edit_history", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_github_tokens_carry_a_valid_checksum(gen: ModuleType) -> None:
    rng = random.Random(1)
    assert all(github(gen.github_pat(rng)) for _ in range(200))


def test_private_keys_are_deterministic_and_load(gen: ModuleType) -> None:
    for style in range(4):  # RSA PKCS#1, RSA PKCS#8, EC SEC1, EC PKCS#8
        pem = gen.private_key_pem(random.Random(style), style)
        load_pem_private_key(pem.encode(), password=None)
        if style >= 2:  # the RSA ones take ~1 s each; they draw from the same seeded generator
            assert pem == gen.private_key_pem(random.Random(style), style)


@pytest.mark.parametrize("lang", ["py", "h", "env", "yaml", "sh", "pem"])
def test_planted_blocks_are_found(gen: ModuleType, lang: str, hs_cache: Path) -> None:
    history = gen.History.__new__(gen.History)  # only _assign is used: no repository
    history.rng = random.Random(lang)
    rng = random.Random(7)
    kinds = ["private_key"] if lang == "pem" else list(gen.DECK)
    if lang in ("h", "env", "sh"):
        kinds.remove("private_key")
    for n, kind in enumerate(kinds):
        secrets = gen.make_secrets(rng, kind, n)
        block = [x for s in secrets for x in history._assign(lang, b"    ", s)]
        data = b"import os\n\n" + b"".join(block) + b"x = 1\n"
        found = [f.secret.reveal() for f in Engine(key=KEY, jobs=1).scan_bytes(data, f"a.{lang}")]
        for s in secrets:
            assert any(p in v or v in p for p in s.probes for v in found), (lang, s.type)
