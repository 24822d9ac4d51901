"""Red-team round 8, fourth probe: a literal key handed to an HMAC or cipher primitive (webhook
signature checks, token signing, CWE-321) and a keystore password written as a char array."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

KEY = "dJC2bDRicmnBaj1FQ2KWjRKXmelU8vMx"
PW = "Velvet43!&bxl"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            f"const sig = crypto.createHmac('sha256', '{KEY}').update(raw).digest('hex');",
            "webhook.js",
            "crypto-key-literal",
            KEY,
        ),
        (
            f"const c = crypto.createCipheriv('aes-256-cbc', '{KEY}', iv);",
            "enc.js",
            "crypto-key-literal",
            KEY,
        ),
        (
            f'sig = hmac.new(b"{KEY}", body, hashlib.sha256).hexdigest()',
            "verify.py",
            "crypto-key-literal",
            KEY,
        ),
        (
            'f = Fernet(b"nehVhKRpW+G2+OTLj87V0YT95547MuT1ZEPanOT6BUA=")',
            "util.py",
            "crypto-key-literal",
            "nehVhKRpW+G2+OTLj87V0YT95547MuT1ZEPanOT6BUA=",
        ),
        (f'mac := hmac.New(sha256.New, []byte("{KEY}"))', "sign.go", "crypto-key-literal", KEY),
        (
            f"d = OpenSSL::HMAC.hexdigest('SHA256', '{KEY}', request.raw_post)",
            "verify.rb",
            "crypto-key-literal",
            KEY,
        ),
        (
            f"$sig = hash_hmac('sha256', $payload, '{KEY}');",
            "verify.php",
            "crypto-key-literal",
            KEY,
        ),
        (
            f"$enc = openssl_encrypt($data, 'aes-256-cbc', '{KEY}', 0, $iv);",
            "enc.php",
            "crypto-key-literal",
            KEY,
        ),
        (
            f'SecretKeySpec k = new SecretKeySpec("{KEY}".getBytes(StandardCharsets.UTF_8), "HmacSHA256");',
            "Signer.java",
            "crypto-key-literal",
            KEY,
        ),
        (
            f'using var h = new HMACSHA256(Encoding.UTF8.GetBytes("{KEY}"));',
            "Hmac.cs",
            "crypto-key-literal",
            KEY,
        ),
        (
            f'ks.load(new FileInputStream("client.p12"), "{PW}".toCharArray());',
            "Tls.java",
            "java-keystore-password-literal",
            PW,
        ),
        (f'kmf.init(ks, "{PW}".toCharArray());', "Tls.java", "java-keystore-password-literal", PW),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert found(engines, text, path) == [(rule, value)]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("crypto.createHmac('sha256', secret).update(raw).digest('hex')", "webhook.js"),
        ("crypto.createHmac('sha256', 'secret')", "webhook.js"),
        ("crypto.createHmac('sha256', 'your-webhook-secret')", "webhook.js"),
        ("hmac.new(key, msg, hashlib.sha256)", "verify.py"),
        ('hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256)', "test_hmac.py"),
        ('Fernet(os.environ["FERNET_KEY"])', "util.py"),
        ("hash_hmac('sha256', $data, $secret)", "verify.php"),
        ('new SecretKeySpec(keyBytes, "AES")', "Crypto.java"),
        ("ks.load(in, password.toCharArray());", "Tls.java"),
        ('ks.load(in, "changeit".toCharArray());', "Tls.java"),
        ('ks.load(null, "password".toCharArray());', "Tls.java"),
        ("crypto.createCipheriv('aes-256-cbc', '12345678901234567890123456789012', iv)", "enc.js"),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []
