"""`tether import ~/.aws/credentials`: keys to the vault, credential_process in their place."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

from tests.conftest import run_tether
from tether.runtime.awscreds import is_aws_credentials, parse_ini

CREDS = (
    "# my creds\r\n"
    "[default]\r\n"
    "aws_access_key_id = AKIA2E0A8F3B244C9986\r\n"
    "aws_secret_access_key = CANARYtnFEMIK7MDENGbPxRfiCYzQ8wLp3s9Xyz\r\n"
    "region = us-east-1\r\n"
    "\r\n"
    "[profile ci]\r\n"
    "aws_access_key_id=AKIAZZZZ8F3B244C9999\r\n"
    "aws_secret_access_key=CANARYEFGHijklMNOPqrstUVWXyz0123456789ABCD\r\n"
    "aws_session_token=CANARYZXIvYXdzEPT\r\n"
    "[other]\r\n"
    "output = json\r\n"
)


def test_parse_ini() -> None:
    settings = parse_ini(CREDS)
    assert [(s.section, s.key) for s in settings][:3] == [
        ("default", "aws_access_key_id"),
        ("default", "aws_secret_access_key"),
        ("default", "region"),
    ]
    assert is_aws_credentials(CREDS)
    assert not is_aws_credentials("[x]\na = b\n")
    assert "CANARY" not in repr(settings[1])


def test_import_replaces_keys_with_credential_process(initialized: Path, tmp_path: Path) -> None:
    folder = tmp_path / ".aws"
    folder.mkdir()
    creds = folder / "credentials"
    creds.write_bytes(CREDS.encode())
    creds.chmod(0o600)
    res = run_tether("import", str(creds))
    assert res.returncode == 0, res.stderr
    text = creds.read_bytes().decode()
    assert "CANARY" not in text
    lines = text.split("\r\n")
    assert lines[0] == "# my creds" and lines[1] == "[default]"
    assert lines[2].startswith("credential_process = ")
    assert lines[2].endswith("aws-credentials tether://dev/aws-default")
    assert lines[3:7] == ["region = us-east-1", "", "[profile ci]", lines[6]]
    assert lines[6].endswith("aws-credentials tether://dev/aws-ci")
    assert lines[7:] == ["[other]", "output = json", ""]
    assert creds.stat().st_mode & 0o777 == 0o600

    # the process AWS would run prints the original keys
    command = lines[6].split("=", 1)[1].strip()
    out = subprocess.run(shlex.split(command), capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == {
        "Version": 1,
        "AccessKeyId": "AKIAZZZZ8F3B244C9999",
        "SecretAccessKey": "CANARYEFGHijklMNOPqrstUVWXyz0123456789ABCD",
        "SessionToken": "CANARYZXIvYXdzEPT",
    }
