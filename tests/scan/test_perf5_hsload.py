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
    assert (loaded.modes, loaded.widths, loaded.bounded) == (
        built.modes,
        built.widths,
        built.bounded,
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
