"""``generic-prose-user-slash-password``: a login and its password written ``user / password``
after an account word, as hand-over notes, chats and e-mails write them ("staging admin: admin /
…", "the shared Grafana account is grafana-viewer / …"). Two misses of red-team round 5; the
password must mix digits with two more kinds of characters, so pairs of names ("user / group",
"verbatim / LaTeX-like" in a comment) are no finding. Values here are made up.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- staging admin: admin / OcgN_Ee8-OaM7*Rt\n", "OcgN_Ee8-OaM7*Rt"),
        ("The shared Grafana account is grafana-viewer / Summer*8411!jy.\n", "Summer*8411!jy"),
        ("router login root / Tq8vR2mXk9Lz (change it!)\n", "Tq8vR2mXk9Lz"),
        ('{"content": "creds for the VPN: j.doe@corp.test / Hx7#pQ2mLk9z"}\n', "Hx7#pQ2mLk9z"),
    ],
)
def test_login_slash_password_is_reported(
    engines: dict[str, Engine], text: str, value: str
) -> None:
    found = found_by_both(engines, text, "notes/handover.md")
    assert ("generic-prose-user-slash-password", value) in found or value in {v for _, v in found}


@pytest.mark.parametrize(
    "text",
    [
        "user guide: docs / reference-manual\n",
        "account settings: profile / notifications\n",
        "see the user docs in src / lib2to3x\n",
        "# To account for verbatim / LaTeX-like / and R-like areas\n",
        "login: bob / ${BOB_PASSWORD}\n",
        "the user root / password changeme\n",
        "admin: admin / <from the vault>\n",
    ],
)
def test_pairs_of_names_and_placeholders_are_not_reported(
    engines: dict[str, Engine], text: str
) -> None:
    assert found_by_both(engines, text, "notes/handover.md") == []
