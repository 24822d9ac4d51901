"""JSON Web Keys written as YAML block mappings (Helm values, OIDC provider and gateway configs,
``yaml.dump`` output): the private ``d`` of RSA/EC/OKP keys and the ``k`` of ``oct`` keys are
reported in the written and the sorted member order, through both engines; public JWKS and a ``d``
that belongs to a neighbouring list item are not."""

from __future__ import annotations

import base64
import os

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PRIVATE = {"d", "p", "q", "dp", "dq", "qi"}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _uint(n: int, size: int | None = None) -> str:
    return _b64url(n.to_bytes(size or (n.bit_length() + 7) // 8, "big"))


def block(jwk: dict[str, str], indent: int, item: bool = False, sort: bool = False) -> str:
    """``jwk`` as a YAML block mapping (as PyYAML writes it: plain scalars, optional sorting)."""
    lines = []
    for i, key in enumerate(sorted(jwk) if sort else jwk):
        lead = " " * (indent - 2) + "- " if item and i == 0 else " " * indent
        lines.append(f"{lead}{key}: {jwk[key]}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def keys() -> list[dict[str, str]]:
    r = rsa.generate_private_key(65537, 4096).private_numbers()
    e = ec.generate_private_key(ec.SECP384R1()).private_numbers()
    o = ed25519.Ed25519PrivateKey.generate()
    return [
        {
            "kty": "RSA",
            "kid": "signing-2025",
            "use": "sig",
            "alg": "RS256",
            "n": _uint(r.public_numbers.n),
            "e": _uint(r.public_numbers.e),
            "d": _uint(r.d),
            "p": _uint(r.p),
            "q": _uint(r.q),
            "dp": _uint(r.dmp1),
            "dq": _uint(r.dmq1),
            "qi": _uint(r.iqmp),
        },
        {
            "kty": "EC",
            "crv": "P-384",
            "x": _uint(e.public_numbers.x, 48),
            "y": _uint(e.public_numbers.y, 48),
            "d": _uint(e.private_value, 48),
        },
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "x": _b64url(o.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
            "d": _b64url(o.private_bytes_raw()),
        },
    ]


@pytest.mark.parametrize("sort", [False, True], ids=["written-order", "sorted"])
@pytest.mark.parametrize("indent", [2, 6], ids=["pyyaml-list", "nested-list"])
def test_private_jwks_in_yaml_report_each_d(
    engines: dict[str, Engine], keys: list[dict[str, str]], sort: bool, indent: int
) -> None:
    """A JWKS list: a public key, then three private keys back to back (PyYAML writes the list
    items at the parent's indentation, ``keys:`` then ``- kty: RSA``)."""
    public = {k: v for k, v in keys[1].items() if k not in PRIVATE}
    head = "keys:\n" if indent == 2 else "oidc:\n  jwks:\n    keys:\n"
    text = head + "".join(block(jwk, indent, item=True, sort=sort) for jwk in [public, *keys])
    got = found(engines, text, "charts/auth/values.yaml")
    assert sorted(v for _, v in got) == sorted(jwk["d"] for jwk in keys), got
    assert all(rule.startswith("jwk-private-key-yaml") for rule, _ in got)


def test_single_jwk_mapping_and_quoted_d(
    engines: dict[str, Engine], keys: list[dict[str, str]]
) -> None:
    ec_key = dict(keys[1], d=f"'{keys[1]['d']}'")
    text = "signingKey:\n" + block(ec_key, 2)
    assert [v for _, v in found(engines, text, "config.yml")] == [keys[1]["d"]]


@pytest.mark.parametrize("sort", [False, True], ids=["written-order", "sorted"])
def test_symmetric_jwk_in_yaml_reports_k(engines: dict[str, Engine], sort: bool) -> None:
    k = _b64url(os.urandom(32))
    text = "keys:\n" + block({"kty": "oct", "kid": "hook", "alg": "HS256", "k": k}, 2, True, sort)
    assert found(engines, text, "hmac.yaml") == [
        ("jwk-symmetric-key-yaml-k-first" if sort else "jwk-symmetric-key-yaml", k)
    ]


def test_public_jwks_and_neighbouring_members_are_not_reported(
    engines: dict[str, Engine], keys: list[dict[str, str]]
) -> None:
    public = [{k: v for k, v in jwk.items() if k not in PRIVATE} for jwk in keys]
    stray = _b64url(os.urandom(32))
    text = (
        "keys:\n"
        + "".join(block(jwk, 2, item=True) for jwk in public)
        # a "d" in the list item before a public key belongs to that item, not to the key
        + f"  - d: {stray}\n"
        + block(public[1], 2, item=True)
        # the RFC 7517 example key is a published value
        + "  - kty: EC\n    crv: P-256\n    x: MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4\n"
        + "    y: 4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM\n"
        + "    d: 870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE\n"
    )
    assert found(engines, text, "jwks.yaml") == []
