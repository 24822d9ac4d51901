"""``tether.scan.rewrite.redact_file``: format kept, atomic, appended lines never lost."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.sweep.fakehome import anthropic, ghp, pem_key, slack, stripe
from tether.scan import rewrite
from tether.scan.engine import Engine
from tether.scan.findings import Finding

KEY = b"k" * 32


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(key=KEY, jobs=1)


def test_jsonl_changed_string_only_and_other_lines_identical(
    tmp_path: Path, engine: Engine
) -> None:
    tok = ghp()
    lines = [
        '{"type": "summary",   "summary": "spacing kept"}',
        json.dumps(
            {"message": {"content": [{"type": "text", "text": f"token {tok} é"}]}},
            ensure_ascii=False,
        ),
        '{"n": 1}',
    ]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = rewrite.redact_file(path, engine)
    assert result.count == 1 and result.rule_ids == ["github-pat"]
    assert result.items[0].location == f"{path}:2 (message.content[0].text)"
    new = path.read_text(encoding="utf-8").splitlines()
    assert new[0] == lines[0] and new[2] == lines[2]
    assert json.loads(new[1])["message"]["content"][0]["text"] == "token [REDACTED:github-pat] é"
    assert tok not in path.read_text()


def test_escaped_values_in_json_are_found_and_replaced(tmp_path: Path, engine: Engine) -> None:
    tok, pem, key = ghp(), pem_key(), stripe()
    raw = (
        '{\n    "a": "' + tok.replace("_", "\\u005f") + '",\n'
        '    "pem": ' + json.dumps(pem) + ",\n"
        '    "url": "https:\\/\\/api.stripe.com?k=' + key + '"\n}\n'
    )
    path = tmp_path / "c.json"
    path.write_text(raw)
    result = rewrite.redact_file(path, engine)
    assert result.count == 3
    text = path.read_text()
    doc = json.loads(text)
    assert doc["a"] == "[REDACTED:github-pat]"
    assert "[REDACTED:private-key" in doc["pem"]
    assert text.startswith('{\n    "a"')  # indentation kept
    assert tok not in text and key not in text and pem.splitlines()[1] not in text


def test_notebook_stays_a_notebook(tmp_path: Path, engine: Engine) -> None:
    key = anthropic()
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "source": ["x = 1\n"],
                "metadata": {},
                "execution_count": 1,
                "outputs": [
                    {"output_type": "stream", "name": "stdout", "text": ["a\n", key + "\n"]}
                ],
            }
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(nb, indent=1))
    result = rewrite.redact_file(path, engine)
    assert result.items[0].location.endswith("(cell 0 output 0 line 2)")
    doc = json.loads(path.read_text())
    assert doc["cells"][0]["outputs"][0]["text"][1] == "[REDACTED:anthropic-api-key]\n"


def test_replacement_and_only(tmp_path: Path, engine: Engine) -> None:
    a, b = ghp(), slack()
    path = tmp_path / ".bash_history"
    path.write_text(f"export A={a}\nexport B={b}\n")

    def only(f: Finding) -> bool:
        return f.rule_id == "github-pat"

    result = rewrite.redact_file(path, engine, lambda f: "tether://dev/gh/token", only=only)
    assert result.count == 1 and result.items[0].ref == "tether://dev/gh/token"
    assert path.read_text() == f"export A=tether://dev/gh/token\nexport B={b}\n"
    assert a not in repr(result)


def test_nothing_found_writes_nothing(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "h"
    path.write_text("ls\n")
    before = os.stat(path)
    assert rewrite.redact_file(path, engine).count == 0
    assert os.stat(path).st_ino == before.st_ino


@pytest.mark.parametrize("wal", [False, True])
def test_sqlite_cells_updated_in_place_and_old_pages_cleared(
    tmp_path: Path, engine: Engine, wal: bool
) -> None:
    tok, key = ghp(), stripe()
    db = tmp_path / "state.vscdb"
    conn = sqlite3.connect(db)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO ItemTable VALUES (?, ?)", ("k1", json.dumps({"text": f"t {tok}"})))
    conn.execute("INSERT INTO ItemTable VALUES (?, ?)", ("k2", b"\x00\x01binary"))
    conn.execute("INSERT INTO notes VALUES (?)", (f"STRIPE_SECRET_KEY={key}",))
    conn.commit()
    conn.close()
    result = rewrite.redact_file(db, engine)
    assert result.count == 2
    assert any("table ItemTable key 'k1' column value text" in r.location for r in result.items)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    value = conn.execute("SELECT value FROM ItemTable WHERE key='k1'").fetchone()[0]
    assert json.loads(value) == {"text": "t [REDACTED:github-pat]"}
    assert conn.execute("SELECT body FROM notes").fetchone()[0] == (
        "STRIPE_SECRET_KEY=[REDACTED:stripe-secret-key]"
    )
    conn.close()
    for f in tmp_path.iterdir():
        data = f.read_bytes()
        assert tok.encode() not in data and key.encode() not in data, f.name


def test_lines_appended_during_the_rewrite_are_kept(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tool appends to the transcript while it is being redacted: nothing is lost."""
    path = tmp_path / "t.jsonl"
    first = ghp()
    path.write_text(json.dumps({"n": 0, "text": first}) + "\n" + '{"n": 1, "partial": "wri')
    late = [ghp(), ghp()]
    real_write = rewrite.atomic_write
    calls = []

    def racing_write(p: str, data: bytes) -> object:
        # the tool finishes its half-written line and appends another, to the file it has open,
        # after tether read the file and just before the rename
        with open(p, "a") as fh:
            fh.write('tten"}\n' if not calls else "")
            fh.write(json.dumps({"n": 2, "text": late[0]}) + "\n")
        calls.append(1)
        return real_write(p, data)

    monkeypatch.setattr(rewrite, "atomic_write", racing_write)
    result = rewrite.redact_file(path, engine)
    lines = path.read_text().splitlines()
    assert [json.loads(x)["n"] for x in lines] == [0, 1, 2]
    assert json.loads(lines[1]) == {"n": 1, "partial": "written"}
    assert first not in path.read_text() and late[0] not in path.read_text()
    assert result.count == 2


def test_json_document_changed_meanwhile_is_processed_again(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = ghp(), ghp()
    path = tmp_path / "chat.json"
    path.write_text(json.dumps({"messages": [a]}))
    real = rewrite._redact_bytes
    state = {"n": 0}

    def changing(ctx: object, data: bytes, fmt: str, first_line: int = 0) -> object:
        out = real(ctx, data, fmt, first_line)  # type: ignore[arg-type]
        if state["n"] == 0:
            path.write_text(json.dumps({"messages": [a, b]}))  # the app saved meanwhile
        state["n"] += 1
        return out

    monkeypatch.setattr(rewrite, "_redact_bytes", changing)
    result = rewrite.redact_file(path, engine)
    assert state["n"] == 2 and result.count == 2
    assert json.loads(path.read_text()) == {
        "messages": ["[REDACTED:github-pat]", "[REDACTED:github-pat]"]
    }


def test_compressed_transcript_is_skipped_with_a_reason(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "rollout.jsonl.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + os.urandom(32))
    result = rewrite.redact_file(path, engine)
    assert result.skipped == "zstd-compressed" and result.count == 0


def test_format_is_settled_by_content(tmp_path: Path, engine: Engine) -> None:
    """A .json file with one document per line is redacted as JSONL; an extension-less JSON file
    as JSON (escaped values found); JSON with comments as text."""
    a, b, c = ghp(), ghp(), ghp()
    lines = tmp_path / "session.json"
    lines.write_text(json.dumps({"t": a}) + "\n" + json.dumps({"t": "ok"}) + "\n")
    bare = tmp_path / "state"
    bare.write_text('{"t": "' + b.replace("_", "\\u005f") + '"}')
    jsonc = tmp_path / "settings.json"
    jsonc.write_text('{\n  // a comment\n  "token": "' + c + '"\n}\n')
    assert rewrite.redact_file(lines, engine).fmt == "jsonl"
    assert [json.loads(x) for x in lines.read_text().splitlines()] == [
        {"t": "[REDACTED:github-pat]"},
        {"t": "ok"},
    ]
    assert rewrite.redact_file(bare, engine).count == 1
    assert json.loads(bare.read_text()) == {"t": "[REDACTED:github-pat]"}
    assert rewrite.redact_file(jsonc, engine).fmt == "text"
    assert c not in jsonc.read_text() and "// a comment" in jsonc.read_text()


def test_full_text_index_is_scanned_and_rewritten_through_the_virtual_table(
    tmp_path: Path, engine: Engine
) -> None:
    tok = ghp()
    db = tmp_path / "conversation-search.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(title, body)")
    conn.execute("INSERT INTO search VALUES (?, ?)", ("deploy", f"export GITHUB_TOKEN={tok} now"))
    conn.commit()
    conn.close()
    result = rewrite.redact_file(db, engine)
    assert result.count == 1 and "table search" in result.items[0].location
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM search WHERE search MATCH 'now'").fetchone()[0] == 1
    body = conn.execute("SELECT body FROM search").fetchone()[0]
    assert body == "export GITHUB_TOKEN=[REDACTED:github-pat] now"
    conn.close()
    data = db.read_bytes()
    assert tok.encode() not in data and tok[4:].lower().encode() not in data


def test_notebook_images_are_neither_scanned_nor_rewritten(tmp_path: Path, engine: Engine) -> None:
    key = anthropic()
    png = "iVBORw0KGgo/AKIAZ7K3M2Q5R6T4W2X3/" + "A" * 40  # a chance look-alike in base64
    nb = {
        "cells": [
            {"cell_type": "code", "source": [], "metadata": {}, "execution_count": 1,
             "outputs": [
                 {"output_type": "display_data", "metadata": {},
                  "data": {"image/png": png, "text/plain": [key]}},
             ]}
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }  # fmt: skip
    path = tmp_path / "plot.ipynb"
    path.write_text(json.dumps(nb, indent=1))
    result = rewrite.redact_file(path, engine)
    assert [r.rule_id for r in result.items] == ["anthropic-api-key"]
    assert "(cell 0 output 0 text/plain line 1)" in result.items[0].location
    data = json.loads(path.read_text())["cells"][0]["outputs"][0]["data"]
    assert data["image/png"] == png


def test_side_files_go_back_to_the_database_owner_when_run_as_root(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An administrator sweeping another user's home must not leave root-owned -wal/-shm files."""
    db = tmp_path / "state.vscdb"
    keep = sqlite3.connect(db)  # the user's editor, holding the WAL open
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    keep.execute("INSERT INTO ItemTable VALUES ('k', ?)", (json.dumps({"t": ghp()}),))
    keep.commit()
    real_stat = os.stat
    chowned: list[tuple[str, int]] = []

    def owner_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        st = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if str(path) == str(db):
            fields = list(st)
            fields[4] = 4321  # st_uid: the database belongs to another user
            return os.stat_result(fields)
        return st

    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(os, "stat", owner_stat)
    monkeypatch.setattr(os, "chown", lambda p, uid, gid, **kw: chowned.append((str(p), uid)))
    assert rewrite.redact_file(str(db), engine).count == 1
    keep.close()
    assert (f"{db}-wal", 4321) in chowned and (f"{db}-shm", 4321) in chowned
