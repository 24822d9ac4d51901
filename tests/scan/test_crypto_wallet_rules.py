"""Crypto-wallet secrets: BIP-39 recovery phrases (word list and checksum) and Ethereum private
keys handed to a signer, Solana keypairs and BIP-32 extended private keys; the published
development phrases and keys are not reported."""

from __future__ import annotations

import hashlib

import pytest

from tether.scan.bip39 import word_index
from tether.scan.engine import Engine
from tether.scan.validators import bip32_xprv, bip39_mnemonic, ed25519_keypair

from .conftest import check_case, table_cases

# BIP-39's own test vectors (entropy 00…, 7f7f…, 8080…, ff…) and phrases generated for this test
VALID = [
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
    "pluck beach void same trip beef into warm hazard crane effort apart",
    "rose mountain flush relief estate popular clean isolate coast actual crowd vessel mother adult"
    " bottom",
    "gravity machine north sort system female filter attitude volume fold club stay feature office"
    " ecology stable narrow fog",
    "topic vault riot infant eternal stick divert spend weapon gorilla second dragon hybrid snack"
    " code vibrant sweet again sure sample trade subway saddle income",
]
INVALID = [
    # checksum: the last word of a valid phrase changed to another list word
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon",
    "pluck beach void same trip beef into warm hazard crane effort apple",
    "tattoo clarify loyal depart erosion unveil blur quit coin outside cannon thank",
    # not on the list, or a length BIP-39 has no phrase of
    "pluck beach void same trip beef into warm hazard crane effort apartment",
    "pluck beach void same trip beef into warm hazard crane effort",
    "pluck beach void same trip beef into warm hazard crane effort apart apart",
]


def test_word_list_is_bip39_english() -> None:
    words = sorted(word_index(), key=word_index().__getitem__)
    assert len(words) == 2048
    # the SHA-256 of bip-0039/english.txt as published (one word per line)
    digest = hashlib.sha256(("\n".join(words) + "\n").encode()).hexdigest()
    assert digest == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"


@pytest.mark.parametrize("phrase", VALID)
def test_valid_phrase_passes(phrase: str) -> None:
    assert bip39_mnemonic(phrase)
    assert bip39_mnemonic(phrase.upper())


@pytest.mark.parametrize("phrase", INVALID)
def test_invalid_phrase_fails(phrase: str) -> None:
    assert not bip39_mnemonic(phrase)


PLUCK = "pluck beach void same trip beef into warm hazard crane effort apart"
KEY = "5b1e9a3c7d2f4e6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a"
HARDHAT_0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

# (text, path, rule, value) reported
REPORTED = [
    (f'MNEMONIC="{PLUCK}"\n', ".env", "bip39-mnemonic", PLUCK),
    (f"wallet seed: {PLUCK}\n", "notes/crypto.md", "bip39-mnemonic", PLUCK),
    (
        f'    "content": "here is my recovery phrase {PLUCK}, keep it safe"\n',
        "chat.jsonl",
        "bip39-mnemonic",
        PLUCK,
    ),
    (f'  accounts: ["0x{KEY}"],\n', "hardhat.config.ts", "ethereum-private-key", f"0x{KEY}"),
    (f"signer = Account.from_key('{KEY}')\n", "deploy.py", "ethereum-private-key", KEY),
    (
        f'  accounts: ["0x{HARDHAT_0[:-1]}1"],\n',
        "hardhat.config.ts",
        "ethereum-private-key",
        f"0x{HARDHAT_0[:-1]}1",
    ),
]

# (text, path) with no finding
QUIET = [
    # BIP-39's vectors for entropy 7f7f… and 8080… (a repeated byte), a random-entropy vector
    (
        'MNEMONIC="legal winner thank year wave sausage worth useful legal winner thank yellow"\n',
        ".env",
    ),
    (
        "  mnemonic: letter advice cage absurd amount doctor acoustic avoid letter advice cage"
        " absurd amount doctor acoustic avoid letter always\n",
        "config.yaml",
    ),
    (
        'SEED_PHRASE="ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic"\n',
        ".env",
    ),
    # Hardhat's and Anvil's published phrase and account 0
    ('MNEMONIC="test test test test test test test test test test test junk"\n', ".env"),
    (f'  accounts: ["0x{HARDHAT_0}"],\n', "hardhat.config.ts"),
    # a failing checksum
    (f'MNEMONIC="{PLUCK[:-5]}apple"\n', ".env"),
    # no name for the phrase
    (f'WORDS="{PLUCK}"\n', ".env"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_crypto_wallet_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)


# Solana: a keypair is an Ed25519 seed and its public key, 64 bytes
def _keypair(label: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = hashlib.sha256(label).digest()
    return seed + Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


def _base58(raw: bytes) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


SOL = _keypair(b"tether solana test")
# the seed of one keypair with the public key of another
SOL_MIXED = SOL[:32] + _keypair(b"another")[32:]
SOL_ARRAY = ",".join(map(str, SOL))
# the Solana Cookbook's "restore a keypair" examples
COOKBOOK_B58 = (
    "4Z7cXSyeFR8wNGMVXUE1TwtKn5D5Vu7FzEv69dokLv7KrQk7h6pu4LF8ZRR9yQBhc7uSM6RTTZtU1fmaxiNrxXrs"
)
COOKBOOK_BYTES = (
    "174, 47, 154, 16, 202, 193, 206, 113, 199, 190, 53, 133, 169, 175, 31, 56, 222, 53, 138, 189, "
    "224, 216, 117, 173, 10, 149, 53, 45, 73, 251, 237, 246, 15, 185, 186, 82, 177, 240, 148, 69, "
    "241, 227, 167, 80, 141, 89, 240, 121, 121, 35, 172, 247, 68, 251, 226, 218, 48, 63, 176, 109, "
    "168, 89, 238, 135"
)
FROM_BYTES = "const payer = Keypair.fromSecretKey(Uint8Array.from([{}]));\n"
FROM_B58 = 'const payer = Keypair.fromSecretKey(bs58.decode("{}"));\n'


def test_ed25519_keypair_validator() -> None:
    assert ed25519_keypair(SOL_ARRAY)
    assert ed25519_keypair(", ".join(map(str, SOL)))
    assert ed25519_keypair(_base58(SOL))
    assert not ed25519_keypair(",".join(map(str, SOL_MIXED)))
    assert not ed25519_keypair(_base58(SOL_MIXED))
    assert not ed25519_keypair(",".join(map(str, SOL[:63])))
    assert not ed25519_keypair("256" + SOL_ARRAY[SOL_ARRAY.index(",") :])  # not a byte


SOLANA_REPORTED = [
    (f"[{SOL_ARRAY}]", ".config/solana/id.json", "solana-keypair-file", SOL_ARRAY),
    (FROM_BYTES.format(SOL_ARRAY), "scripts/deploy.ts", "solana-secret-key-bytes", SOL_ARRAY),
    (FROM_B58.format(_base58(SOL)), "scripts/deploy.ts", "solana-secret-key-base58", _base58(SOL)),
]
SOLANA_QUIET = [
    (f"[{','.join(map(str, SOL_MIXED))}]", ".config/solana/id.json"),
    # the keypair file's shape at a path no keypair file has
    (f"[{SOL_ARRAY}]", "data/weights.json"),
    (FROM_BYTES.format(COOKBOOK_BYTES), "scripts/deploy.ts"),
    (FROM_B58.format(COOKBOOK_B58), "scripts/deploy.ts"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(SOLANA_REPORTED, SOLANA_QUIET))
def test_solana_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)


def _extended_key(version: str, key_data: bytes) -> str:
    """A BIP-32 extended key: version, depth 0, parent fingerprint and child number zero, a chain
    code, 33 bytes of key data, then base58check's double-SHA-256 checksum."""
    payload = bytes.fromhex(version) + bytes(9) + hashlib.sha256(b"chain").digest() + key_data
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _base58(payload + check)


PRIVATE_KEY_DATA = b"\0" + hashlib.sha256(b"wallet").digest()


@pytest.mark.parametrize(
    ("version", "prefix"),
    [("0488ade4", "xprv"), ("04358394", "tprv"), ("049d7878", "yprv"), ("04b2430c", "zprv")],
)
def test_bip32_xprv_validator_takes_private_versions(version: str, prefix: str) -> None:
    key = _extended_key(version, PRIVATE_KEY_DATA)
    assert key.startswith(prefix)
    assert bip32_xprv(key)


def test_bip32_xprv_validator_rejects_public_and_broken_keys() -> None:
    # xpub's version with private key data, and an xprv whose key data is a public point
    assert not bip32_xprv(_extended_key("0488b21e", PRIVATE_KEY_DATA))
    assert not bip32_xprv(_extended_key("0488ade4", b"\x02" + PRIVATE_KEY_DATA[1:]))
    good = _extended_key("0488ade4", PRIVATE_KEY_DATA)
    assert not bip32_xprv(good[:-1] + ("2" if good[-1] != "2" else "3"))  # checksum
    assert not bip32_xprv(good[:-2])  # too short
    assert not bip32_xprv(good[:20] + "0" + good[21:])  # no base58 digit
