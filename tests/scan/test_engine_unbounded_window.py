"""A rule with an end anchor is confirmed by ``re`` within its window, not to the end of the blob:
a Hyperscan hit that ``re`` does not confirm used to cost a scan of the rest of the blob."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tether.scan.engine import Engine

from .conftest import KEY


class Recording:
    """A compiled pattern that records the end position of every search."""

    def __init__(self, pattern: re.Pattern[bytes]) -> None:
        self.pattern = pattern
        self.stops: list[int] = []

    def search(self, data: bytes, pos: int = 0, endpos: int | None = None) -> Any:
        stop = len(data) if endpos is None else endpos
        self.stops.append(stop)
        return self.pattern.search(data, pos, stop)

    def finditer(self, data: bytes, *args: int) -> Any:
        return self.pattern.finditer(data, *args)


def test_end_anchored_rule_is_confirmed_within_its_window(hs_cache: Path) -> None:
    engine = Engine(key=KEY, engine="hyperscan", jobs=1)
    engine.prepare()
    assert engine._hsdb is not None
    windowed = [
        cr
        for cr in engine._compiled
        if not cr.bounded and engine._hsdb.modes[cr.index] == "window" and not cr.paths
    ]
    cr = next(c for c in windowed if c.rule.id == "aws-secret-access-key")
    recording = Recording(cr.pattern)
    cr._pattern = recording  # type: ignore[assignment]
    value = "wJalrXUtnFEMIK7MDENGbPxRfiCYzK4Qd9Lm2Vt8"
    head = f"aws_secret_access_key = {value}\n".encode()
    data = head + b"# filler line of a large file\n" * 40_000
    found = engine.scan_bytes(data, path="settings.cfg")
    assert value in [f.secret.reveal() for f in found]
    assert recording.stops, "the rule was confirmed by re"
    width = engine._hsdb.widths[cr.index]
    assert max(recording.stops) <= len(head) + width + 2 < len(data)
