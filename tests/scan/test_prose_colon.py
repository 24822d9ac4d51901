"""``generic-prose-colon-credential``: a credential named in a sentence, a few words, a colon and
the value — how chats, e-mails, stand-up notes and AI transcripts hand a key over ("use this key
until we set up SSO: …", "prod redis creds rotated, new one: …"). Found by red-team round 5 (two
sets, the same shape); every value here is made up.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both

KEY40 = "YGsVSXzRvAC4asC91hcP04uN3b3D1Emji4NHC3Io"
KEY32 = "tU3Fwq4aMldPTlG3uFGYTUHKDr9sqQyg"


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"For the API, use this key until we set up SSO: {KEY40}\n", "mail/welcome.eml"),
        (
            f"- Ben: prod redis creds rotated, new one: {KEY32} (pls update your .env)\n",
            "standup.md",
        ),
        (f'{{"role": "user", "content": "the password for grafana now: {KEY32}"}}\n', "chat.jsonl"),
        (f"// staging token for the webhook tests: `{KEY40}`\n", "src/hooks.ts"),
    ],
)
def test_credential_after_a_sentence_and_a_colon_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    values = {v for _, v in found_by_both(engines, text, path)}
    assert values & {KEY40, KEY32}


@pytest.mark.parametrize(
    "text",
    [
        "  Public key pin-sha256: SIXvRyDmBJSgatgTQRGbInBaAK+hZOQ18UmrSwnDlK8=\n",
        f"key fingerprint of the release signer: {KEY32}\n",
        f"password hash for the admin user: {KEY40}\n",
        "the key idea of this release: configurable_retry_policies_everywhere\n",
        "the token for the staging bot: ${STAGING_BOT_TOKEN}\n",
        "password for the admin account: see 1Password (vault Ops)\n",
        "key rotation schedule for prod: every_ninety_days_or_sooner\n",
    ],
)
def test_not_the_credential_or_not_generated_is_not_reported(
    engines: dict[str, Engine], text: str
) -> None:
    assert found_by_both(engines, text, "notes.md") == []
