"""Git history scans a file's new version around what changed only; the findings must be exactly
those of scanning every version whole (then dropping what the previous version already held).

Each scenario is a file edited over several commits where a whole-blob scan and a trimmed scan
could disagree: a secret far above an edit, a change inside a private-key block, a Kubernetes
Secret whose anchor (``kind: Secret``) is far from the changed value, a deletion that joins two
lines' halves, an edit in the middle of a long line, a file that shrinks and grows.
"""

from __future__ import annotations

import base64
import random
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tether.scan.engine import Engine
from tether.scan.sources import git as git_source
from tether.scan.sources.git import GitHistorySource, changed_range

from ..sweep.fakehome import pem_key
from .conftest import KEY, git, github_token

RND = random.Random(11)


def rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(RND.choice(alphabet) for _ in range(n))


def filler(lines: int) -> str:
    return "".join(f"value_{i} = compute({i}, {i * 7})  # ordinary code\n" for i in range(lines))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def versions() -> dict[str, list[str]]:
    """Path -> its contents, commit after commit."""
    t = [github_token(300 + i) for i in range(8)]
    key1, key2 = pem_key(), pem_key()
    pw1, pw2 = rand(24), rand(24)
    top = f"TOKEN = '{t[0]}'\n" + filler(120)
    manifest = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n"
        + "".join(f"  # note {i}\n" for i in range(80))
        + "type: Opaque\ndata:\n"
        + f"  DB_PASSWORD: {b64(pw1)}\n"
    )
    pw3, pw4, pw5 = rand(20), rand(20), rand(20)
    redis = '127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "{}"\n'
    table = (
        "| Service | Username | Password |\n|---|---|---|\n"
        + f"| grafana | ops | {pw3} |\n"
        + "".join(f"| svc{i} | user{i} | (in 1Password) |\n" for i in range(60))
        + "| jenkins | ci | {} |\n"
    )
    key_bytes = [", ".join(f"0x{RND.randrange(256):02x}" for _ in range(24)) for _ in range(2)]
    byte_key = "static const unsigned char hmac_key[] = {{\n    {}\n}};\n"
    host = "api." + "x" * 150 + ".example.net"
    login = "ops-" + "y" * 150
    long_line = "config = {" + ", ".join(f"'k{i}': {i}" for i in range(400))
    return {
        # an edit far below a secret that stays: reported once, with the first commit
        "app.py": [top, top + filler(3), top + filler(3) + f"NEW = '{t[1]}'\n"],
        # a private key replaced in the middle of a large file
        "keys.txt": [
            filler(60) + key1 + filler(60),
            filler(60) + key2 + filler(60),
            filler(60) + key2 + filler(61),
        ],
        # the changed value is 80 lines below its anchor
        "deploy/secret.yaml": [manifest, manifest.replace(b64(pw1), b64(pw2))],
        # a deletion joins the halves of a token split over two lines
        "joined.py": [
            filler(50) + f"TOKEN = '{t[2][:20]}\n# cut here\n{t[2][20:]}'\n" + filler(50),
            filler(50) + f"TOKEN = '{t[2][:20]}{t[2][20:]}'\n" + filler(50),
        ],
        # an edit inside one long line that already holds a secret, then a second one on it
        "long.py": [
            long_line + f", 'token': '{t[3]}'" + "}\n",
            long_line + f", 'token': '{t[3]}', 'x': 1" + "}\n",
            long_line + f", 'token': '{t[3]}', 'x': 1, 'other': '{t[4]}'" + "}\n",
        ],
        # shrinks to nothing, then the old secret comes back: reported again
        "notes.md": [
            filler(30) + f"token {t[5]}\n",
            "empty\n",
            filler(30) + f"token {t[5]}\n" + f"and {t[6]}\n",
        ],
        # a multi-line entry whose last line changes: the match starts two (long) lines above
        "home/.netrc": [
            filler(20) + f"machine {host}\n  login {login}\n  password {pw1}\n",
            filler(20) + f"machine {host}\n  login {login}\n  password {pw2}\n",
        ],
        # a two-line match (a blob-mode rule, searched a line above the change): the password
        # changes, then an edit far below adds nothing
        "redis-session.txt": [
            filler(40) + redis.format(pw1) + filler(40),
            filler(40) + redis.format(pw2) + filler(40),
            filler(40) + redis.format(pw2) + filler(41),
        ],
        # a row 60 rows below its table's header changes: the header is the anchor
        "docs/accounts.md": [
            filler(10) + table.format(pw4),
            filler(10) + table.format(pw5),
        ],
        # a byte array whose values start on the line below its name, then other values
        "crypto.c": [
            filler(30) + byte_key.format(key_bytes[0]) + filler(30),
            filler(30) + byte_key.format(key_bytes[1]) + filler(30),
        ],
        # a secret edited in place (one character): the new value is new
        "edit.env": [
            filler(40) + f"GITHUB_TOKEN={t[7]}\n" + filler(40),
            filler(40) + f"GITHUB_TOKEN={github_token(399)}\n" + filler(40),
        ],
    }


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("trim") / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    files = versions()
    for step in range(max(len(v) for v in files.values())):
        for path, contents in files.items():
            if step < len(contents):
                target = repo / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(contents[step])
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"step {step}")
    return repo


def findings(repo: Path, engine: str, jobs: int) -> list[tuple[object, ...]]:
    result = Engine(key=KEY, engine=engine, jobs=jobs).scan([GitHistorySource(str(repo))])
    return sorted(
        (f.rule_id, f.secret.reveal(), f.provenance.path, f.provenance.commit, f.line, f.column)
        for f in result.findings
    )


@pytest.fixture(scope="module")
def whole(history: Path) -> list[tuple[object, ...]]:
    """Every version scanned whole: no blob is held, so none is trimmed."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(git_source, "HELD_BYTES", 0)
        return findings(history, "hyperscan", 1)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_trimmed_history_scan_equals_the_whole_scan(
    history: Path, whole: list[tuple[object, ...]], engine: str, jobs: int
) -> None:
    assert findings(history, engine, jobs) == whole


def test_the_scenarios_report_what_they_should(whole: list[tuple[object, ...]]) -> None:
    by_path: dict[object, int] = {}
    for f in whole:
        by_path[f[2]] = by_path.get(f[2], 0) + 1
    assert by_path["app.py"] == 2  # the first token once, the new one
    assert by_path["keys.txt"] == 2  # both keys
    assert by_path["deploy/secret.yaml"] == 2  # both passwords
    assert ("github-pat", "joined.py") in {(f[0], f[2]) for f in whole}  # the joined token
    assert by_path["long.py"] == 2
    assert by_path["notes.md"] == 3  # the token twice (removed, added back), then the new one
    assert by_path["edit.env"] == 2
    assert by_path["home/.netrc"] == 2
    assert by_path["redis-session.txt"] == 2
    assert by_path["docs/accounts.md"] == 3  # two rows, then the changed one
    assert by_path["crypto.c"] == 2


def test_trimming_happens(history: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine is handed the changed range of new versions (else the test above proves nothing)."""
    seen: list[tuple[int, int] | None] = []
    real = Engine.scan_blob

    def spy(self: Engine, data: bytes, provenance: object, **kw: object) -> object:
        seen.append(kw.get("changed"))  # type: ignore[arg-type]
        return real(self, data, provenance, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Engine, "scan_blob", spy)
    findings(history, "hyperscan", 1)
    trimmed = [c for c in seen if c is not None]
    assert len(trimmed) >= 8  # every new version of a file (11 in all) whose old one was held


@settings(max_examples=400)
@given(st.binary(max_size=300), st.data())
def test_changed_range_leaves_out_only_common_bytes(old: bytes, data: st.DataObject) -> None:
    new = bytearray(old)
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(new)))
        cut = data.draw(st.integers(0, 20))
        new[at : at + cut] = data.draw(st.binary(max_size=20))
    grain = data.draw(st.sampled_from([1, 8, 64]))
    a, b = changed_range(bytes(new), old, grain)
    assert 0 <= a <= b <= len(new)
    assert old.startswith(new[:a]) and old.endswith(new[b:])
    assert a + (len(new) - b) <= len(old)  # prefix and suffix do not overlap in the old version
