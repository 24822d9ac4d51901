"""Dotfile classes red-team set 9's check set showed: curl config files, Subversion's cached
passwords, and Windows DPAPI blobs (ciphertext) where a password setting holds one."""

from __future__ import annotations

import base64
import uuid

import pytest

from tether.scan.engine import Engine

DPAPI_HEADER = b"\x01\x00\x00\x00" + uuid.UUID("df9d8cd0-1501-11d1-8c7a-00c04fc297eb").bytes_le


def _dpapi_blob(seed: int) -> bytes:
    body = bytes((seed * 37 + i * 101) % 256 for i in range(120))
    return DPAPI_HEADER + b"\x01\x00\x00\x00" + body


def _found(engine: Engine, text: str, path: str) -> list[str]:
    return [f.secret.reveal() for f in engine.scan_bytes(text.encode(), path=path)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('silent\nshow-error\nuser = "deploy:Zq7v2LmT9x@3_k"\n', "Zq7v2LmT9x@3_k"),
        ("--user ci:Hq8vZ2rTk9Lm\n", "Hq8vZ2rTk9Lm"),
        ("-u build:W3tRk9pXz7\n", "W3tRk9pXz7"),
    ],
)
def test_curlrc_user_password_is_found(engines: dict[str, Engine], text: str, value: str) -> None:
    for engine in engines.values():
        assert value in _found(engine, text, "/home/ana/.curlrc")


def test_curlrc_shape_elsewhere_or_without_password_is_not(engines: dict[str, Engine]) -> None:
    for engine in engines.values():
        # the same line in another file is a user:group or a login name, not curl's config
        assert _found(engine, 'user = "www-data:Zq7v2LmT9x"\n', "etc/app.conf") == []
        assert _found(engine, 'user = "deploy"\n', "/home/ana/.curlrc") == []
        assert _found(engine, 'user = "deploy:${CURL_PASSWORD}"\n', "/home/ana/.curlrc") == []


SVN_SIMPLE = (
    "K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 12\nWq7vN2kLp9Zr\nK 15\nsvn:realmstring\n"
    "V 30\n<https://svn.acme.io:443> Acme\nK 8\nusername\nV 3\nana\nEND\n"
)
SVN_PATH = "/home/ana/.subversion/auth/svn.simple/4b8f0c2d9e1a7f3b5c6d8e9f0a1b2c3d"


def test_svn_simple_cached_password_is_found(engines: dict[str, Engine]) -> None:
    for engine in engines.values():
        assert _found(engine, SVN_SIMPLE, SVN_PATH) == ["Wq7vN2kLp9Zr"]


def test_svn_keyring_entry_and_other_paths_are_not(engines: dict[str, Engine]) -> None:
    keyring = SVN_SIMPLE.replace(
        "V 6\nsimple\nK 8\npassword\nV 12\nWq7vN2kLp9Zr\n", "V 13\ngnome-keyring\n"
    )
    for engine in engines.values():
        assert _found(engine, keyring, SVN_PATH) == []
        assert _found(engine, SVN_SIMPLE, "notes/svn-dump.txt") == []


def test_dpapi_blob_in_a_password_setting_is_ciphertext(engines: dict[str, Engine]) -> None:
    blob = _dpapi_blob(3)
    b64 = base64.b64encode(blob).decode()
    hexed = blob.hex()
    nuget = f'<add key="Password" value="{b64}" />\n'
    rdp = f"password 51:b:{hexed}\n"
    ps = f'$password = "{hexed}"\n'
    for engine in engines.values():
        assert _found(engine, nuget, "NuGet.Config") == []
        assert _found(engine, rdp, "host.rdp") == []
        assert _found(engine, ps, "deploy.ps1") == []


def test_a_random_password_in_the_same_setting_is_still_found(engines: dict[str, Engine]) -> None:
    other = "Kq8zL2kX9mR4vT7pYb3N"
    text = f'<add key="Password" value="{other}" />\n'
    for engine in engines.values():
        assert other in _found(engine, text, "NuGet.Config")
