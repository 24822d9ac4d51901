"""The Hyperscan database cache is read part by part (no copies of the whole file): a good file
loads and matches as the freshly built database does; a truncated one is rebuilt and rewritten."""

from __future__ import annotations

from pathlib import Path

from tether.scan import hs
from tether.scan.rules import load_rules


def _ends(built: hs.HsDatabase, data: bytes) -> set[tuple[int, int]]:
    got: set[tuple[int, int]] = set()

    def on_match(rid: int, start: int, end: int, flags: int, ctx: object) -> None:
        got.add((rid, end))

    built.db.scan(data, match_event_handler=on_match)
    return got


def test_cached_database_matches_like_the_built_one_and_truncation_rebuilds(
    tmp_path: Path,
) -> None:
    rules = load_rules()[:40]
    sample = "\n".join(x for r in rules for x in r.examples).encode()
    built = hs.load_database(rules, str(tmp_path))
    [cached] = list(tmp_path.glob("hs-*.db"))
    loaded = hs.load_database(rules, str(tmp_path))
    assert loaded.db is not built.db
    assert (loaded.modes, loaded.widths, loaded.bounded, loaded.reach) == (
        built.modes,
        built.widths,
        built.bounded,
        built.reach,
    )
    assert (loaded.wide_ids, loaded.margin, loaded.wide_margin) == (
        built.wide_ids,
        built.margin,
        built.wide_margin,
    )
    assert _ends(loaded, sample) == _ends(built, sample) != set()
    whole = cached.read_bytes()
    cached.write_bytes(whole[:-100])  # the last database cut short
    rebuilt = hs.load_database(rules, str(tmp_path))
    assert rebuilt.modes == built.modes and _ends(rebuilt, sample) == _ends(built, sample)
    assert cached.read_bytes() == whole or len(cached.read_bytes()) == len(whole)


def test_blob_mode_reach_counts_the_newlines_a_match_can_hold() -> None:
    """``max_newlines`` bounds the lines a match spans (the engine searches a changed blob that many
    lines around the change); an open-ended newline, or a lookahead, leaves it unbounded."""
    assert hs.max_newlines(r"requirepass[ \t]+\S+") == 0
    assert hs.max_newlines(r"(?:^|\n)key[ \t]*=\r?\n[ \t]*(?P<secret>\w+)") == 2
    assert hs.max_newlines(r"(?:a|\n\n)|[\s\S]{0,5}") == 5
    assert hs.max_newlines(r"(?<=\n)x[^\n]+") == 0  # a lookbehind reads before the match
    assert hs.max_newlines(r"key\s+(?P<secret>\w+)") is None
    assert hs.max_newlines(r"key(?=\n\n)") is None
    rules = {r.id: r for r in load_rules()}
    built = hs.load_database(list(rules.values()))
    reach = dict(zip(rules, built.reach or (), strict=True))
    assert reach["generic-redis-password"] == 1  # CONFIG GET's two-line answer
    assert reach["markdown-password-column"] == -1  # lists rows below its anchor (expand)
    assert built.reach is not None
    assert all(k == -1 for k, mode in zip(built.reach, built.modes, strict=True) if mode != "blob")
