"""The Cloudflare Tunnel token validator: base64 of cloudflared's ``TunnelToken`` JSON
(``{"a": account tag, "s": base64 tunnel secret, "t": tunnel UUID}``, optional ``"e"``)."""

from __future__ import annotations

import base64
import json
import uuid

from hypothesis import given
from hypothesis import strategies as st

from tether.scan.validators import cloudflare_tunnel_token, validate


def token(payload: dict[str, str]) -> str:
    return base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


@given(
    account=st.binary(min_size=16, max_size=16),
    secret=st.binary(min_size=32, max_size=64),
    tunnel=st.uuids(),
    endpoint=st.sampled_from([None, "us", "fed"]),
)
def test_every_well_formed_token_is_accepted(
    account: bytes, secret: bytes, tunnel: uuid.UUID, endpoint: str | None
) -> None:
    payload = {"a": account.hex(), "s": base64.b64encode(secret).decode(), "t": str(tunnel)}
    if endpoint:
        payload["e"] = endpoint
    assert validate("cloudflare_tunnel_token", token(payload))


def test_members_must_have_the_documented_shapes() -> None:
    good = {
        "a": "0" * 31 + "1",
        "s": base64.b64encode(bytes(range(32))).decode(),
        "t": str(uuid.uuid4()),
    }
    assert cloudflare_tunnel_token(token(good))
    for member, value in [
        ("a", "my-account"),  # the account tag is 32 hex digits
        ("s", base64.b64encode(b"short").decode()),  # the secret is at least 32 bytes
        ("s", "not base64!"),
        ("t", "tunnel-name"),  # the tunnel id is a UUID
    ]:
        assert not cloudflare_tunnel_token(token({**good, member: value})), member
    for missing in "ast":
        assert not cloudflare_tunnel_token(token({k: v for k, v in good.items() if k != missing}))
    assert not cloudflare_tunnel_token(token(good)[:-8] + "AAAAAAAA")
    assert not cloudflare_tunnel_token(base64.b64encode(b'["a", "s", "t"]').decode())


@given(st.text())
def test_never_raises(text: str) -> None:
    assert cloudflare_tunnel_token(text) in (True, False)
