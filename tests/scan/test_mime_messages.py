"""E-mail messages: quoted-printable bodies are decoded before scanning, so a secret split by a
soft line break (a trailing "=") or written with "=3D" escapes is found whole, and base64 bodies and
attachments that decode to text are scanned as that text."""

from __future__ import annotations

import base64
from pathlib import Path

from tether.scan.engine import Engine
from tether.scan.mime import message_view
from tether.scan.redact import redact
from tether.scan.sources.files import FileSource

KEY = "sk_live_51NvXq2LmT8rW4pZk9YbH3cF6dJ1aE0gU5xR7sV2nQ8mLp4ZtW9kYb3HcF6dJ1aE0gU5xR7sV2nQ8mLp4Zt00aBcDeF"
HEAD = (
    "Return-Path: <ana@acme.io>\n"
    "From: Ana <ana@acme.io>\n"
    "To: ops@acme.io\n"
    "Subject: keys\n"
    "MIME-Version: 1.0\n"
)


def _wrapped(text: str, width: int = 75) -> str:
    """``text`` as a mail client writes it quoted-printable: "=" escaped, lines broken at
    ``width`` characters with a soft line break."""
    text = text.replace("=", "=3D")
    pieces = [text[i : i + width] for i in range(0, len(text), width)]
    return "=\n".join(pieces)


def _single(body: str) -> bytes:
    return (
        HEAD
        + 'Content-Type: text/plain; charset="utf-8"\n'
        + "Content-Transfer-Encoding: quoted-printable\n\n"
        + body
    ).encode()


def test_a_key_split_by_a_soft_line_break_is_found_whole(engines: dict[str, Engine]) -> None:
    body = _wrapped(f"Hi team, for the migration use the live key {KEY} until Friday.") + "\nAna\n"
    data = _single(body)
    assert KEY not in data.decode()  # the key is split in the file itself
    for engine in engines.values():
        found = engine.scan_bytes(message_view(data) or data, path="keys.eml")
        assert [(f.rule_id, f.secret.reveal(), f.line) for f in found] == [
            ("stripe-secret-key", KEY, 9)
        ]


def test_escaped_equals_sign_reads_as_an_assignment(engines: dict[str, Engine]) -> None:
    data = _single("db settings:\nDB_PASSWORD=3DWq7vN2kLp9Zr\nthanks\n")
    for engine in engines.values():
        found = engine.scan_bytes(message_view(data) or data, path="keys.eml")
        assert [f.secret.reveal() for f in found] == ["Wq7vN2kLp9Zr"]


def test_line_numbers_after_a_wrapped_paragraph_are_kept() -> None:
    body = _wrapped("x" * 200) + "\nsecond\nthird\n"
    data = _single(body)
    view = message_view(data)
    assert view is not None
    lines, original = view.split(b"\n"), data.split(b"\n")
    assert len(lines) == len(original)
    assert lines.index(b"third") == original.index(b"third")
    assert lines[8] == b"x" * 200


def test_base64_parts_and_other_text_are_left_alone() -> None:
    b64 = "U29tZSBiYXNlNjQgdGV4dCB0aGF0IGVuZHMgd2l0aCBwYWRkaW5nLg=\nQUJD\n"
    data = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="b1"\n\n'
        + "--b1\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
        + "a=3Db\n"
        + "--b1\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
        + b64
        + "--b1--\n"
    ).encode()
    view = message_view(data)
    assert view is not None
    assert b"a=b\n" in view  # the quoted-printable part is decoded
    assert b64.encode() in view  # the base64 part keeps its lines (a trailing "=" is padding)
    # not a message, or a message without a quoted-printable part: nothing to decode
    assert message_view(b"password = 'a=\nb'\n") is None
    assert message_view((HEAD + "Content-Transfer-Encoding: 7bit\n\nhi=\nthere\n").encode()) is None


def test_mbox_messages_are_decoded_each() -> None:
    one = "From ana@acme.io Mon Jan  6 10:00:00 2025\n" + _single("a=3D1\n").decode()
    two = "From bo@acme.io Mon Jan  6 11:00:00 2025\n" + HEAD + "\nb=3D2\n"
    view = message_view((one + two).encode())
    assert view is not None
    assert b"\na=1\n" in view and b"\nb=3D2\n" in view  # the second message is not quoted-printable


def test_redact_writes_the_message_decoded_with_the_value_replaced(
    engines: dict[str, Engine],
) -> None:
    data = _single(_wrapped(f"the live key is {KEY} ok") + "\n")
    for engine in engines.values():
        out, count = redact(data, engine, path="keys.eml")
        assert count == 1
        assert b"[REDACTED:stripe-secret-key]" in out
        # no piece of the key is left, on either side of where the soft line break was
        unwrapped = out.decode().replace("=\n", "")
        assert "sk_live_" not in unwrapped and KEY[-16:] not in unwrapped


def test_a_mail_file_on_disk_is_scanned_decoded(tmp_path: Path, hs_cache: Path) -> None:
    (tmp_path / "keys.eml").write_bytes(
        _single(_wrapped(f"Hi team, for the migration use the live key {KEY} until Friday."))
    )
    (tmp_path / "notes.txt").write_text("a=\nb\n")  # not a message: scanned as it is
    found = Engine(key=b"k" * 32, jobs=1).scan([FileSource([str(tmp_path)])]).findings
    assert [(Path(f.path).name, f.secret.reveal(), f.line) for f in found] == [("keys.eml", KEY, 9)]


def _b64_lines(text: str) -> str:
    raw = base64.b64encode(text.encode()).decode()
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76)) + "\n"


def test_base64_text_bodies_and_text_attachments_are_decoded(engines: dict[str, Engine]) -> None:
    note = "Hi Bo,\nthe staging db: postgres://app:Vq8rLm2xTzK4@db.acme.io:5432/app\nAna\n"
    env = "APP_ENV=prod\nSTRIPE_SECRET_KEY=" + KEY + "\n"
    data = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="b2"\n\n'
        + "--b2\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + _b64_lines(note)
        + '--b2\nContent-Type: application/octet-stream; name=".env"\n'
        + "Content-Transfer-Encoding: base64\n\n"
        + _b64_lines(env)
        + "--b2\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
        + _b64_lines("not decoded: an image part")
        + "--b2--\n"
    ).encode()
    view = message_view(data)
    assert view is not None and b"not decoded" not in view
    for engine in engines.values():
        found = engine.scan_bytes(view, path="mail.eml")
        assert sorted(f.secret.reveal() for f in found) == sorted(["Vq8rLm2xTzK4", KEY])


def test_base64_that_is_binary_stays_encoded() -> None:
    blob = base64.b64encode(bytes(range(256))).decode()
    data = (HEAD + "Content-Transfer-Encoding: base64\n\n" + blob + "\n").encode()
    view = message_view(data)
    assert view is not None and blob.encode() in view


def test_escaped_line_breaks_and_nul_do_not_add_lines() -> None:
    data = _single("one=0D=0Atwo=00three\nfour\n")
    view = message_view(data)
    assert view is not None
    assert view.count(b"\n") == data.count(b"\n") and b"\0" not in view
    assert b"one  two three\nfour\n" in view


def test_a_message_on_standard_input_is_decoded_too(hs_cache: Path) -> None:
    import io

    from tether.scan.sources.stdin import StdinSource

    data = _single(_wrapped(f"Hi team, for the migration use the live key {KEY} until Friday."))
    source = StdinSource(io.BytesIO(data))
    found = Engine(key=b"k" * 32, jobs=1).scan([source]).findings
    assert [f.secret.reveal() for f in found] == [KEY]
