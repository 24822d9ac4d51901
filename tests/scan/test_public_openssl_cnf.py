"""OpenSSL 3's default openssl.cnf (installed as /etc/ssl/openssl.cnf) carries the published
shared secret of the Insta Demo CA in its CMP example section: no finding on a default system."""

from __future__ import annotations

from tether.scan.engine import Engine

CMP_SECTION = (
    "[insta] # CMP using PBM towards the Insta CA test server\n"
    "ref = 3078 # user identification\n"
    "secret = pass:insta # can be used for both client and server side\n"
    "[pbm] # Password-based protection for Insta CA\n"
    "secret = $insta::secret # pass:insta\n"
)


def test_default_openssl_cnf_has_no_finding(engines: dict[str, Engine]) -> None:
    for engine in engines.values():
        assert engine.scan_bytes(CMP_SECTION.encode(), path="/etc/ssl/openssl.cnf") == []


def test_another_secret_in_the_same_place_is_found(engines: dict[str, Engine]) -> None:
    text = CMP_SECTION.replace("pass:insta #", "pass:Wq7vTz2Lm9 #", 1)
    for engine in engines.values():
        found = engine.scan_bytes(text.encode(), path="/etc/ssl/openssl.cnf")
        assert any(f.secret.reveal().endswith("Wq7vTz2Lm9") for f in found)
