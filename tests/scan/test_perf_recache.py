"""recache: patterns built from the cached code behave exactly like ``re.compile``'s."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tether.scan import lazyre, recache
from tether.scan.rules import load_rules


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "_TABLE", {})
    monkeypatch.setattr(recache, "_USED", {})
    monkeypatch.setattr(recache, "_STATE", {"path": None, "pid": None, "dirty": False})


def _same(a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )


def test_every_rule_compiles_like_re_and_finds_the_same_matches(fresh: None) -> None:
    for rule in load_rules():
        ours, theirs = recache.compile(rule.regex), re.compile(rule.regex)
        _same(ours, theirs)
        raw = rule.regex.encode()
        ours_b, theirs_b = recache.compile(raw, re.ASCII), re.compile(raw, re.ASCII)
        _same(ours_b, theirs_b)
        for text in (*rule.examples, *rule.counter_examples):
            assert [m.span("secret") for m in ours.finditer(text)] == [
                m.span("secret") for m in theirs.finditer(text)
            ]
            data = text.encode()
            assert [m.span() for m in ours_b.finditer(data)] == [
                m.span() for m in theirs_b.finditer(data)
            ]


def test_saved_patterns_come_back_from_the_file(fresh: None, tmp_path: Path) -> None:
    recache.load(str(tmp_path))
    pat = recache.compile(r"(?i)tok(?P<secret>[a-f0-9]{8})\b")
    recache.save([(r"x(?P<n>\d+)", 0)])
    files = list(tmp_path.glob("re-*.bin"))
    assert len(files) == 1 and (files[0].stat().st_mode & 0o777) == 0o600
    recache._TABLE.clear()
    recache._USED.clear()
    recache._STATE.update(path=None, pid=None, dirty=False)
    recache.load(str(tmp_path))
    assert len(recache._TABLE) == 2
    again = recache.compile(r"(?i)tok(?P<secret>[a-f0-9]{8})\b")
    assert not recache._STATE["dirty"]  # built from the file, not compiled
    _same(again, pat)
    assert again.search("a TOKdeadbeef z").group("secret") == "deadbeef"  # type: ignore[union-attr]
    assert recache.compile(r"x(?P<n>\d+)").match("x42").group("n") == "42"  # type: ignore[union-attr]


def test_damaged_cache_falls_back_to_compiling(fresh: None, tmp_path: Path) -> None:
    recache.load(str(tmp_path))
    recache.compile(r"ab+c")
    recache.save()
    (path,) = tmp_path.glob("re-*.bin")
    path.write_bytes(b"\x00garbage")
    recache._TABLE.clear()
    recache._USED.clear()
    recache._STATE.update(path=None, pid=None, dirty=False)
    recache.load(str(tmp_path))
    assert recache._TABLE == {}
    assert recache.compile(r"ab+c").fullmatch("abbbc")


def test_an_entry_for_another_pattern_is_not_used(fresh: None) -> None:
    recache._TABLE[(str, "b", 0)] = recache._build("a", 0)
    assert recache.compile("b").fullmatch("b") and not recache.compile("b").fullmatch("a")


def test_invalid_patterns_raise_like_re(fresh: None) -> None:
    with pytest.raises(re.error):
        recache.compile(r"(unclosed")


def test_workers_do_not_write(fresh: None, tmp_path: Path) -> None:
    recache.load(str(tmp_path))
    recache._STATE["pid"] = os.getpid() + 1  # as in a forked child
    recache.compile(r"q+")
    recache.save()
    assert not list(tmp_path.glob("re-*.bin"))


def test_lazy_patterns_compile_through_the_cache(fresh: None) -> None:
    p = lazyre.lazy(r"(?P<w>[A-Z]{3})\d")
    assert p.search("xxABC1").group("w") == "ABC"  # type: ignore[union-attr]
    assert (str, r"(?P<w>[A-Z]{3})\d", 0) in recache._USED
    assert (r"(?P<w>[A-Z]{3})\d", 0) in lazyre.sources()
