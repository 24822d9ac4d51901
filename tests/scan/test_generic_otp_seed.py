"""``generic-otp-seed``: base32 TOTP/HOTP seeds handed to an OTP library, through both engines;
published samples and base32 of text are not generated seeds."""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

# a made-up seed: base32 of 20 bytes that are not text (test_seed_is_random_bytes)
SEED = "WQ5BPYGKH6MGJ7C3TSX4N2ROUZQIVMAE"


def test_seed_is_random_bytes() -> None:
    raw = base64.b32decode(SEED)
    assert sum(32 <= b < 127 for b in raw) < 0.8 * len(raw)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (f"totp = pyotp.TOTP('{SEED}')", "mfa.py"),
        (f'hotp = pyotp.HOTP("{SEED}")', "mfa.py"),
        (f"otp = ROTP::TOTP.new('{SEED}', issuer: 'Acme')", "spec/otp_spec.rb"),
        (f"let(:totp) {{ ROTP::TOTP.new '{SEED}' }}", "spec/otp_spec.rb"),
        (f"const code = otplib.authenticator.generate('{SEED}');", "login.test.ts"),
        (f"if (totp.check(token, '{SEED}')) {{", "mfa.js"),
        (f"totp = TOTP.from_b32encode('{SEED}=')", "mfa.py"),
    ],
)
def test_seed_passed_to_an_otp_library_is_reported(
    engines: dict[str, Engine], text: str, path: str
) -> None:
    assert found(engines, text, path) == [("generic-otp-seed", SEED)]


@pytest.mark.parametrize(
    "text",
    [
        # Google Authenticator's / otplib's documented sample seed
        "totp = pyotp.TOTP('JBSWY3DPEHPK3PXP')",
        # base32 of text: RFC 4226's test secret, a readable phrase
        "hotp = HOTP('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')",
        "totp = TOTP.from_b32encode('" + base64.b32encode(b"my-plain-secret-1").decode() + "')",
        # filler, a seed from the environment, lower-case (not base32) and too short
        "totp = pyotp.TOTP('AAAAAAAAAAAAAAAAAAAA')",
        "totp = pyotp.TOTP(os.environ['OTP_SEED'])",
        "totp = pyotp.TOTP('base32secret3232')",
        "totp = pyotp.TOTP('ABCDEFGH')",
        # a documentation example line
        f"totp = pyotp.TOTP('{SEED}')  # example",
    ],
)
def test_sample_or_text_seed_is_not_reported(engines: dict[str, Engine], text: str) -> None:
    assert found(engines, text, "mfa.py") == []
