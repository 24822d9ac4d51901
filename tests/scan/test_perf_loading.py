"""The start-up and git-history fast paths give the same rules and findings as the slow ones.

Covers the parsed-rules cache (keyed on the rule files' contents), the streaming ``git log`` parser,
the long-lived ``git cat-file`` reader per process and its clean-up.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tether.scan import hs
from tether.scan import rules as rules_mod
from tether.scan.engine import Engine
from tether.scan.sources import git as gitsrc
from tether.scan.sources.git import GitChunk, GitHistorySource

from .conftest import KEY, git, github_token

RULE = """
[[rule]]
id = "demo-token"
description = "demo"
severity = "high"
regex = '''(?P<secret>demo_[a-z]{8})'''
keywords = ["demo_"]
examples = ["demo_abcdefgh"]
"""


@pytest.fixture
def rule_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    monkeypatch.setenv("TETHER_CACHE_DIR", str(tmp_path / "cache"))
    (folder / "demo.toml").write_text(RULE)
    return folder


def test_rules_cache_gives_the_parsed_rules(rule_dir: Path, tmp_path: Path) -> None:
    parsed = rules_mod._load(str(rule_dir))
    cached_files = list((tmp_path / "cache").glob("rules-*.json"))
    assert len(cached_files) == 1
    again = rules_mod._load(str(rule_dir))  # from the cache
    assert again == parsed
    assert [r.__dict__ for r in again] == [r.__dict__ for r in parsed]
    assert isinstance(again[0].keywords, tuple) and again[0].family == "demo"
    assert again[0].compiled.search("x demo_abcdefgh") is not None


def test_rules_cache_notices_an_edit_that_keeps_size_and_mtime(rule_dir: Path) -> None:
    path = rule_dir / "demo.toml"
    first = rules_mod._load(str(rule_dir))
    st = path.stat()
    edited = RULE.replace("[a-z]{8}", "[a-z]{7}")
    edited = edited.replace('"demo"\n', '"demx"\n')  # same length as before
    assert len(edited) == len(RULE)
    path.write_text(edited)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = rules_mod._load(str(rule_dir))
    assert first[0].regex.endswith("{8})") and second[0].regex.endswith("{7})")
    assert second[0].description == "demx"


def test_rules_cache_survives_a_corrupt_file_and_rejects_bad_rules(
    rule_dir: Path, tmp_path: Path
) -> None:
    rules_mod._load(str(rule_dir))
    (cached,) = (tmp_path / "cache").glob("rules-*.json")
    cached.write_text("[[1, 2]")
    assert rules_mod._load(str(rule_dir))[0].id == "demo-token"
    (rule_dir / "bad.toml").write_text(RULE)  # the same id twice
    with pytest.raises(ValueError, match="duplicate rule id"):
        rules_mod._load(str(rule_dir))


def test_built_in_rules_load_the_same_from_the_cache() -> None:
    rules_mod.load_rules.cache_clear()
    try:
        first = rules_mod.load_rules()
        rules_mod.load_rules.cache_clear()
        assert rules_mod.load_rules() == first
    finally:
        rules_mod.load_rules.cache_clear()


# ------------------------------------------------------------------------------------- git


def _history(repo: Path, n: int) -> list[str]:
    tokens = [github_token(900 + i) for i in range(n)]
    for i, tok in enumerate(tokens):
        (repo / f"f{i % 3}.py").write_text(f"# version {i}\nTOKEN = '{tok}'\n" + "x = 1\n" * i)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"c{i}")
    return tokens


def test_built_in_rules_compile_into_one_hyperscan_database() -> None:
    """Every built-in rule compiles in the first, combined Hyperscan compile. A rule Hyperscan
    rejects (a lookaround: "Zero-width assertions are not supported") sends the build down the
    rule-by-rule path, which takes many times longer on every cold start."""
    built = rules_mod.load_rules()
    ids = [i for i, r in enumerate(built) if not r.paths]
    modes = [hs._base_mode(built[i])[0] for i in ids]
    hs._compile(
        [hs._expression(built[i], m) for i, m in zip(ids, modes, strict=True)],
        ids,
        [hs._flags(built[i], m, False) for i, m in zip(ids, modes, strict=True)],
    )


def test_streamed_log_parse_equals_whole_parse(repo: Path) -> None:
    _history(repo, 6)
    out = gitsrc._git(str(repo), *gitsrc._log_args(["--all"], None))
    whole = gitsrc._parse_log(out)
    parser = gitsrc._LogParser()
    pieces: list[tuple[str, object, str]] = []
    for i in range(0, len(out), 7):  # records and fields split at every possible place
        pieces.extend(parser.feed(out[i : i + 7]))
    pieces.extend(parser.close())
    assert {sha: prov for sha, prov, _ in pieces} == whole
    assert len(pieces) == len(whole) == 6  # each blob once
    # f0..f2 are new files in the first three commits, modified in the next three: each
    # modification names the blob it replaced (the same file's previous version)
    parents = [parent for _, _, parent in pieces]
    assert parents[:3] == ["", "", ""]
    assert parents[3:] == [pieces[0][0], pieces[1][0], pieces[2][0]]


@pytest.mark.parametrize("blobs_per_chunk", [1, 2, 1000])
def test_small_chunks_find_the_same(
    repo: Path, monkeypatch: pytest.MonkeyPatch, blobs_per_chunk: int
) -> None:
    tokens = _history(repo, 7)
    monkeypatch.setattr(gitsrc, "CHUNK_BLOBS", blobs_per_chunk)
    src = GitHistorySource(str(repo))
    result = Engine(key=KEY, jobs=1).scan([src])
    assert sorted(f.secret.reveal() for f in result.findings) == sorted(tokens)
    assert result.stats.blobs == 7
    assert gitsrc._CAT_FILES == {}  # the scan closed its reader


def test_reader_is_reused_and_recovers_from_an_abandoned_chunk(repo: Path) -> None:
    _history(repo, 4)
    wanted = list(gitsrc.first_introductions(str(repo), ["--all"]).items())
    chunk = GitChunk(str(repo), tuple(wanted))
    try:
        full = [b.data for b in chunk.blobs()]  # type: ignore[union-attr]
        reader = gitsrc._CAT_FILES[str(repo)]
        assert [b.data for b in chunk.blobs()] == full  # type: ignore[union-attr]
        assert gitsrc._CAT_FILES[str(repo)] is reader  # one git process for both chunks
        it = chunk.blobs()
        next(it)
        it.close()  # stopped after one blob: git's remaining answers must not leak into the next
        assert str(repo) not in gitsrc._CAT_FILES
        assert reader.proc.poll() is not None
        assert [b.data for b in chunk.blobs()] == full  # type: ignore[union-attr]
        # two chunks read at once (interleaved) each get their own answers
        a, b = chunk.blobs(), chunk.blobs()
        pairs = list(zip(a, b, strict=True))
        assert [x.data for x, _ in pairs] == full  # type: ignore[union-attr]
        assert [y.data for _, y in pairs] == full  # type: ignore[union-attr]
    finally:
        gitsrc.close_readers()
    assert gitsrc._CAT_FILES == {}


def test_missing_blob_is_skipped_and_the_rest_still_read(repo: Path) -> None:
    _history(repo, 2)
    wanted = list(gitsrc.first_introductions(str(repo), ["--all"]).items())
    prov = wanted[0][1]
    items = (wanted[0], ("0" * 39 + "1", prov), wanted[1])
    try:
        got = list(GitChunk(str(repo), items).blobs())
    finally:
        gitsrc.close_readers()
    assert [type(x).__name__ for x in got] == ["Blob", "Skipped", "Blob"]
    assert got[1].reason == "unreadable"  # type: ignore[union-attr]


def test_bad_revision_is_a_scan_error(repo: Path) -> None:
    from tether.errors import ScanError

    _history(repo, 1)
    with pytest.raises(ScanError, match="git log failed"):
        Engine(key=KEY, jobs=1).scan([GitHistorySource(str(repo), branch="no-such-branch")])
    assert gitsrc._CAT_FILES == {}


def test_requests_larger_than_the_pipe_are_written_by_a_thread(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = _history(repo, 5)
    monkeypatch.setattr(gitsrc, "_pipe_size", lambda fd, want: 0)  # no room known: use a thread
    result = Engine(key=KEY, jobs=1).scan([GitHistorySource(str(repo))])
    assert sorted(f.secret.reveal() for f in result.findings) == sorted(tokens)
    assert gitsrc._CAT_FILES == {}
