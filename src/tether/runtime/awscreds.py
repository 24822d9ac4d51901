"""``~/.aws/credentials``-style INI files: move access keys into the vault, keep the file working.

The AWS CLI and SDKs read this file themselves, so a ``tether://`` reference in it would not work.
What does work is AWS's own ``credential_process`` setting: for every profile that holds keys, the
key lines are replaced, at the same place, by one line::

    [default]
    credential_process = tether aws-credentials tether://dev/aws-default

and ``tether aws-credentials`` prints the JSON the SDKs expect (``Version``, ``AccessKeyId``,
``SecretAccessKey``, ``SessionToken``). Every other line (other profiles, comments, ``region``,
blank lines, line endings) stays byte for byte. A line-based reader: no configparser, which would
rewrite the whole file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "FIELDS",
    "AwsSetting",
    "credential_json",
    "is_aws_credentials",
    "parse_ini",
    "rewrite_ini",
]

FIELDS = ("aws_access_key_id", "aws_secret_access_key", "aws_session_token")
_SECTION = re.compile(r"^[ \t]*\[(?P<name>[^\]]+)\][ \t]*(?:[#;].*)?$")
_KEYVAL = re.compile(r"^[ \t]*(?P<key>[A-Za-z0-9_.-]+)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*$")


@dataclass(frozen=True)
class AwsSetting:
    section: str
    key: str  # lower case
    value: str
    line: int  # 1-based
    start: int  # offset of the whole line in the text
    end: int  # offset after its line break

    def __repr__(self) -> str:
        return f"AwsSetting(section={self.section!r}, key={self.key!r}, line={self.line})"


def parse_ini(text: str) -> list[AwsSetting]:
    """The key/value lines of every section (comments and blank lines skipped)."""
    found: list[AwsSetting] = []
    section = ""
    pos = 0
    for n, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        m = _SECTION.match(body)
        if m:
            section = m.group("name").strip()
        elif body.strip() and body.lstrip()[0] not in "#;":
            kv = _KEYVAL.match(body)
            if kv:
                found.append(
                    AwsSetting(
                        section, kv.group("key").lower(), kv.group("value"), n, pos, pos + len(line)
                    )
                )
        pos += len(line)
    return found


def is_aws_credentials(text: str) -> bool:
    return any(s.key == "aws_secret_access_key" for s in parse_ini(text))


def rewrite_ini(text: str, replace: Mapping[str, str], settings: list[AwsSetting]) -> str:
    """Drop the key lines of each section in ``replace`` and put ``replace[section]`` (a line
    without its break) where the first of them was."""
    drop = [s for s in settings if s.section in replace and s.key in FIELDS]
    first: dict[str, AwsSetting] = {}
    for s in drop:
        first.setdefault(s.section, s)
    out: list[str] = []
    pos = 0
    for s in sorted(drop, key=lambda x: x.start):
        out.append(text[pos : s.start])
        if first[s.section] is s:
            line = text[s.start : s.end]
            nl = line[len(line.rstrip("\r\n")) :] or "\n"
            out.append(replace[s.section] + nl)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def credential_json(values: Mapping[str, str]) -> str:
    """What ``credential_process`` must print (AWS SDK format, version 1)."""
    data = {
        "Version": 1,
        "AccessKeyId": values["aws_access_key_id"],
        "SecretAccessKey": values["aws_secret_access_key"],
    }
    if values.get("aws_session_token"):
        data["SessionToken"] = values["aws_session_token"]
    return json.dumps(data)
