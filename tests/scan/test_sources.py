"""The source extension point (entry-point group ``tether.scan_sources``) and in-memory blobs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tether.scan.engine import Engine
from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob, BlobChunk, Chunk, Source, available_sources

from .conftest import KEY, github_token


class NotesSource:
    """What a later source (AI-tool transcripts, shell history) looks like: blobs with provenance."""

    kind = "notes"

    def __init__(self, notes: dict[str, str]) -> None:
        self.notes = notes

    def chunks(self) -> list[BlobChunk]:
        items: list[Blob | Skipped] = [
            Blob(text.encode(), Provenance(kind=self.kind, path=name, extra=(("session", "s1"),)))
            for name, text in self.notes.items()
        ]
        items.append(Skipped(Provenance(kind=self.kind, path="attachment.png"), "binary"))
        return [BlobChunk(tuple(items))]


def test_builtin_sources_are_registered() -> None:
    found = available_sources()
    assert {"files", "git", "staged", "stdin"} <= set(found)


def test_a_custom_source_is_scanned_like_any_other(hs_cache: Path) -> None:
    token = github_token(600)
    source = NotesSource({"chat/1.jsonl": f'{{"text": "my token is {token}"}}\n', "chat/2": "hi"})
    assert isinstance(source, Source)
    assert all(isinstance(c, Chunk) for c in source.chunks())
    result = Engine(key=KEY, jobs=2).scan([source])
    [f] = result.findings
    assert (f.provenance.kind, f.provenance.path, f.rule_id) == (
        "notes",
        "chat/1.jsonl",
        "github-pat",
    )
    assert dict(f.provenance.extra) == {"session": "s1"}
    assert dict(result.stats.skipped) == {"binary": 1}


def test_entry_point_sources_are_discovered(tmp_path: Path) -> None:
    pkg = tmp_path / "tether_notes_plugin.py"
    pkg.write_text("class Notes:\n    kind = 'notes'\n    def chunks(self):\n        return []\n")
    dist = tmp_path / "tether_notes_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tether-notes-plugin\nVersion: 1.0\n"
    )
    (dist / "entry_points.txt").write_text(
        "[tether.scan_sources]\nnotes = tether_notes_plugin:Notes\n"
    )
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from tether.scan.sources import available_sources
        print(available_sources()["notes"].__name__)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Notes"


def test_progress_bar_renders_without_a_terminal(capsys: object) -> None:
    from tether.cli.scan_cmds import _progress

    with _progress(True) as update:
        assert update is not None
        update(1, 2)
        update(2, 2)
    with _progress(False) as none:
        assert none is None
