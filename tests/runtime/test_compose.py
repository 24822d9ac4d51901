"""docker-compose `environment:` blocks: parsing, and import into the vault + .env references."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import run_tether
from tether.runtime.compose import is_compose_file, parse_compose

COMPOSE = """\
services:
  web:
    image: nginx
    environment:
      - STRIPE_SECRET_KEY=sk_live_CANARY4eC39HqLyjWDarjtT1zdp7dc   # live key
      - "DEBUG=true"
      - PORT=8080
    ports: ["8080:80"]
  db:
    image: postgres
    environment:
      POSTGRES_PASSWORD: "CANARY-pg-pw"
      POSTGRES_USER: app
      ESCAPED: pa$$word
      FROM_ENV: ${HOME}
volumes: {}
"""


def test_parse_compose_finds_both_forms() -> None:
    settings = {s.key: s for s in parse_compose(COMPOSE)}
    assert set(settings) == {
        "STRIPE_SECRET_KEY",
        "DEBUG",
        "PORT",
        "POSTGRES_PASSWORD",
        "POSTGRES_USER",
        "ESCAPED",
        "FROM_ENV",
    }
    assert settings["STRIPE_SECRET_KEY"].value == "sk_live_CANARY4eC39HqLyjWDarjtT1zdp7dc"
    assert settings["DEBUG"].value == "true"
    assert settings["POSTGRES_PASSWORD"].value == "CANARY-pg-pw"
    assert settings["ESCAPED"].value == "pa$word"
    assert settings["FROM_ENV"].derived
    assert "CANARY" not in repr(settings["POSTGRES_PASSWORD"])


def test_compose_file_names() -> None:
    assert is_compose_file("docker-compose.yml")
    assert is_compose_file("compose.yaml")
    assert is_compose_file("docker-compose.prod.yml")
    assert not is_compose_file(".env")


def test_import_compose_moves_values_to_env_references(initialized: Path, project: Path) -> None:
    compose = project / "docker-compose.yml"
    compose.write_text(COMPOSE)
    res = run_tether("import", "docker-compose.yml", cwd=project)
    assert res.returncode == 0, res.stderr
    text = compose.read_text()
    assert "CANARY" not in text
    old_lines, new_lines = COMPOSE.splitlines(), text.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert changed == [4, 11]
    assert new_lines[4] == "      - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}   # live key"
    assert new_lines[11] == '      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD}"'
    env_text = (project / ".env").read_text()
    assert "STRIPE_SECRET_KEY=tether://dev/proj/stripe_secret_key" in env_text
    code = "import os, json; print(json.dumps([os.environ['STRIPE_SECRET_KEY'], os.environ['POSTGRES_PASSWORD']]))"
    res = run_tether("run", "--no-masking", "--", sys.executable, "-c", code, cwd=project)
    assert json.loads(res.stdout) == ["sk_live_CANARY4eC39HqLyjWDarjtT1zdp7dc", "CANARY-pg-pw"]
    # importing again is harmless
    compose.write_text(COMPOSE)
    res = run_tether("import", "docker-compose.yml", cwd=project)
    assert res.returncode == 0, res.stderr
    assert (project / ".env").read_text() == env_text
