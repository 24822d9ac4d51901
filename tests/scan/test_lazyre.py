"""LazyPattern compiles on first use and answers exactly like the compiled pattern."""

from __future__ import annotations

import re

from tether.scan.lazyre import lazy


def test_compiles_on_first_use_and_behaves_like_re() -> None:
    src, text = r"(?P<k>[a-z]+)=(?P<v>\d+)", "a=1 bb=22 Ccc=333"
    p = lazy(src, re.I)
    assert p._compiled is None  # nothing compiled at definition
    ref = re.compile(src, re.I)
    assert p.search(text) is not None and p.search(text).group(0) == ref.search(text).group(0)  # type: ignore[union-attr]
    assert p._compiled is not None
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in ref.finditer(text)]
    assert p.findall(text) == ref.findall(text)
    assert p.sub("X", text) == ref.sub("X", text)
    assert p.split(text) == ref.split(text)
    assert (p.match(text, 4) or ref).span() == ref.match(text, 4).span()  # type: ignore[union-attr]
    assert p.fullmatch("zz=9") is not None and p.fullmatch("zz=9x") is None
    assert p.pattern == src


def test_filter_and_heuristic_patterns_are_lazy() -> None:
    from tether.scan import filters, heuristics
    from tether.scan.lazyre import LazyPattern

    for module in (filters, heuristics):
        lazies = [v for v in vars(module).values() if isinstance(v, LazyPattern)]
        assert len(lazies) >= 10
