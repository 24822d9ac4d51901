"""`tether scan --record` feeds `tether report`: a plaintext copy of a vault secret is NHI2 until a
later full scan no longer finds it, and then counts as remediated."""

from __future__ import annotations

import json
from pathlib import Path

from ..conftest import CANARY, run_tether


def test_scan_record_links_and_remediates(tether_home: Path, tmp_path: Path) -> None:
    assert run_tether("init").returncode == 0
    value = "Zq8" + CANARY + "x9T"
    assert run_tether("set", "dev/billing/api_token", input=value).returncode == 0
    project = tmp_path / "project"
    project.mkdir()
    (project / "settings.env").write_text(f"API_TOKEN={value}\n")

    r = run_tether("scan", "--record", str(project))
    assert r.returncode == 1, r.stderr
    assert "recorded 1 finding(s): 1 new, 1 linked" in r.stderr
    report = json.loads(run_tether("report", "--json").stdout)
    leaks = [f for f in report["findings"] if f["check"] == "LEAK-PLAINTEXT"]
    assert [(f["subject"], f["nhi"]) for f in leaks] == [("tether://dev/billing", "NHI2")]
    assert report["sprawl"]["open_copies"] == 1

    # scanning again from another folder finds the same copy, not a new one
    r = run_tether("scan", "--record", ".", cwd=project)
    assert "0 new" in r.stderr

    (project / "settings.env").unlink()
    r = run_tether("scan", "--record", str(project))
    assert r.returncode == 0 and "1 no longer found" in r.stderr
    report = json.loads(run_tether("report", "--json").stdout)
    assert not [f for f in report["findings"] if f["check"] == "LEAK-PLAINTEXT"]
    assert report["sprawl"]["open_copies"] == 0
    assert report["sprawl"]["time_to_remediate_days"]["count"] == 1
    for out in (r.stdout, r.stderr, json.dumps(report)):
        assert CANARY not in out
    for f in tether_home.rglob("*"):
        if f.is_file():
            assert CANARY.encode() not in f.read_bytes()
