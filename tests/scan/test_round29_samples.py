"""Round 29: Debian's container, cluster and file-transfer servers (Tomcat's examples and docs,
Podman, Buildah, Skopeo, containerd, Docker and its Go sources, Ceph, Mosquitto, ZooKeeper,
pgpool-II, PgBouncer, ProFTPD, vsftpd, Pure-FTPd, WireGuard, keepalived, Varnish, Squid, Nebula,
ocserv, tinc): base64 of prose that holds a public key block, a path relative to the working
folder, a test's registry logins whose passwords are words, a fingerprint under a name that ends
in "passphrase", a TLS session's master secret in openssl s_client's output, and test values that
say what they are (IAmAToken, WithPassphrase123, fizzbuzz). Then protocol and database libraries on
PyPI as sdists with their tests (Twisted, urllib3, redis-py, peewee, Tortoise ORM, Pyramid, pexpect,
Selenium, Locust, asyncssh, aiosmtplib, IMAPClient, ldap3, PySNMP, pywinrm, smbprotocol, …): the
access token of Google's XOAUTH2 documentation, a placeholder as a passphrase on ssh-keygen's
command line or as a test's connection-string password, the alphabet typed around the digit row,
a format field where an endpoint string's value goes, a SASL DIGEST-MD5 server response, a
Basic header's login in Latin-1 or wrapped over two literals, published OAuth, OpenID Connect and
Slack examples, and vSphere's dotted setting names under a bare key.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


PUBLIC_BLOCK = (
    "The following public key can be used to verify RPM packages built and\n"
    "signed by Red Hat, Inc.\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
    "mQINBErgSTsBEACh2A4b0O9t+vzC9VrVtL1AKvUWi9OPCjkvR7Xd8DtJxeeMZ5eF\n"
    "-----END PGP PUBLIC KEY BLOCK-----\n"
)
PRIVATE_BLOCK = PUBLIC_BLOCK.replace("PUBLIC KEY", "PRIVATE KEY")
POLICY = "usr/share/doc/podman/examples/policy.json"
NEBULA = "usr/share/doc/nebula/examples/config.yml"
REGISTRY_TESTDATA = "containers/image/pkg/docker/config/testdata/full.json"
CLIENT_TEST = "containers/image/docker/docker_client_test.go"
HELPER = "containers/image/pkg/docker/config/testdata/docker-credential-helper-registry"
FIXTURES = "containers/image/signature/fixtures_info_test.go"
FINGERPRINT = "E3EB7611D815211F141946B5B0CDE60B42557346"
PROFTPD = "usr/share/doc/proftpd-doc/howto/TLS.html"
MASTER = "F8EE2812270E8FCD87D1B26F20546EF9BABAE40F36BC6F8DF45B0E2F089571E731EAFAEA5E61BCA7D9D204BE06F28B21"


XOAUTH2 = "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"
RSPAUTH = _b64("rspauth=ea40f60335c427b5527b84dbabcdfffd")


def _latin1_basic(pair: str) -> str:
    return base64.b64encode(pair.encode("latin-1")).decode()


OIDC_CODE = "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk"
VSPHERE = "pyvmomi/tests/fixtures/test_json_vm_explode_default.yaml"


def _extra_config(name: str) -> str:
    return f"        TRUE</value></extraConfig><extraConfig><key>{name}</key><value\n"


LATIN1_RANDOM = _latin1_basic("user:Zq4vT9m\u00e9")
LATIN1_PLACEHOLDER = _latin1_basic("user:pass\u00e9")


def _auths(pair: str) -> str:
    return f'    "example.org": {{ "auth": "{_b64(pair)}" }},\n'


# (text, path, rule, value) reported
REPORTED = [
    (
        f'        "keyData": "{_b64(PRIVATE_BLOCK)}"\n',
        POLICY,
        "generic-key",
        _b64(PRIVATE_BLOCK),
    ),
    ("  host_key: ./Xk29vLq8Rw7pZm4T\n", NEBULA, "generic-key", "./Xk29vLq8Rw7pZm4T"),
    (
        _auths("local:Zq4vT9mKx2"),
        REGISTRY_TESTDATA,
        "docker-config-auth",
        _b64("local:Zq4vT9mKx2"),
    ),
    # the same login outside a test is a finding
    (
        _auths("local:host"),
        "home/ci/.docker/config.json",
        "docker-config-auth",
        _b64("local:host"),
    ),
    (
        '\ttokenBlob := []byte(`{"access_token":"IAmZq4vT9mKx2Rw","expires_in":100}`)\n',
        CLIENT_TEST,
        "generic-token",
        "IAmZq4vT9mKx2Rw",
    ),
    (
        '("registry-b.com") echo "{\\"Username\\":\\"<token>\\",\\"Secret\\":\\"fizzQuzz7Lm\\"}" ;;\n',
        "scripts/registry-login.sh",
        "generic-secret",
        "fizzQuzz7Lm",
    ),
    (f'\tTestKeyWithPassphrase = "{FINGERPRINT}"\n', FIXTURES, "generic-password", FINGERPRINT),
    (
        '\tSigningPassphrase = "WithPassfrase123"\n',
        "deploy/signing.go",
        "generic-password",
        "WithPassfrase123",
    ),
    (f"      Master-Key: {MASTER[:64]}\n", PROFTPD, "generic-key", MASTER[:64]),
    (
        f'    token = "{changed_mid(XOAUTH2, 30)}"\n',
        "tests/test_auth_utils.py",
        "google-oauth-access-token",
        changed_mid(XOAUTH2, 30),
    ),
    (
        "    run(f'ssh-keygen -p -a 1 -N Zq4vT9mKx2Rw -Z {cipher} -o -f new')\n",
        "tests/test_public_key.py",
        "ssh-keygen-passphrase",
        "Zq4vT9mKx2Rw",
    ),
    (
        '    db_url = "mysql://user:fo7%bXr@127.0.0.1:3306/mydb"\n',
        "tests/test_db_url.py",
        "mysql-connection-uri",
        "fo7%bXr",
    ),
    # outside a test a placeholder-like password is still a finding
    (
        '    db_url = "mysql://user:foo%bar@127.0.0.1:3306/mydb"\n',
        "app/settings.py",
        "mysql-connection-uri",
        "foo%bar",
    ),
    (
        "    new_password = 'Gh567890ijzl'\n",
        "test/testMicrosoftAD.py",
        "generic-password",
        "Gh567890ijzl",
    ),
    (
        '    "certKey=Zq4vT9mKx2:sslmethod=TLSv1_2_METHOD"\n',
        "tests/test_endpoints.py",
        "generic-key",
        "Zq4vT9mKx2:sslmethod=TLSv1_2_METHOD",
    ),
    (
        # (the key is "auth": under "rspauth" the name alone says digest, round 230)
        f'    challenge = b"auth={_b64("rsp_auth=ea40f60335c427b5527b84dbabcdfffd")}"\n',
        "tests/test_sasl.py",
        "generic-auth",
        _b64("rsp_auth=ea40f60335c427b5527b84dbabcdfffd"),
    ),
    (
        f'    {{"authorization": "Basic {LATIN1_RANDOM}"}}\n',
        "tests/test_util.py",
        "generic-authorization-header",
        LATIN1_RANDOM,
    ),
    ("    token = 'vF9dfQ4qmT'\n", "tests/test_tokens.py", "generic-token", "vF9dfQ4qmT"),
    (
        f'    self.token["access_token"] = "{changed_mid(OIDC_CODE, 20)}"\n',
        "tests/openid/test_base.py",
        "generic-token",
        changed_mid(OIDC_CODE, 20),
    ),
    (
        '    json={"access_token": "xoxt-23984754863-7348975623103", "scope": "read"},\n',
        "tests/test_compliance_fixes.py",
        "generic-token",
        "xoxt-23984754863-7348975623103",
    ),
    (
        "    b'Basic ZGVwbG95OlhrMjl2THE4Unc3cFptNFRxV1pROXZMbTN4VDhr'\n",
        "tests/test_auth.py",
        "generic-authorization-header",
        "ZGVwbG95OlhrMjl2THE4Unc3cFptNFRxV1pROXZMbTN4VDhr",
    ),
    (
        _extra_config("VF.DM.628d5d92faf688001bda7907.dmC8KKO1oX8JO5ai"),
        VSPHERE,
        "generic-key",
        "VF.DM.628d5d92faf688001bda7907.dmC8KKO1oX8JO5ai",
    ),
]

# (text, path) with no finding
QUIET = [
    (f'        "keyData": "{_b64(PUBLIC_BLOCK)}"\n', POLICY),
    ("  #host_key: ./ssh_host_ed25519_key\n", NEBULA),
    (_auths("example:org"), REGISTRY_TESTDATA),
    (_auths("local:host"), REGISTRY_TESTDATA),
    (_auths("local:host-5001"), REGISTRY_TESTDATA),
    (_auths("index:docker.io"), REGISTRY_TESTDATA),
    ('\ttokenBlob := []byte(`{"access_token":"IAmAToken","expires_in":100}`)\n', CLIENT_TEST),
    (
        '("registry-b.com") echo "{\\"Username\\":\\"<token>\\",\\"Secret\\":\\"fizzbuzz\\"}" ;;\n',
        HELPER,
    ),
    (f'\tTestKeyFingerprintWithPassphrase = "{FINGERPRINT}"\n', FIXTURES),
    ('\tSigningPassphrase = "WithPassphrase123"\n', "deploy/signing.go"),
    (f"      Master-Key: {MASTER}\n", PROFTPD),
    (f'    token = "{XOAUTH2}"\n', "tests/test_auth_utils.py"),
    (
        "    run(f'ssh-keygen -p -a 1 -N passphrase -Z {cipher} -o -f new')\n",
        "tests/test_public_key.py",
    ),
    ('    db_url = "mysql://user:foo%bar@127.0.0.1:3306/mydb"\n', "tests/test_db_url.py"),
    ("    new_password = 'Gh567890ijkl'\n", "test/testMicrosoftAD.py"),
    ('    "certKey=%s:sslmethod=TLSv1_2_METHOD"\n', "tests/test_endpoints.py"),
    (f'    challenge = b"auth={RSPAUTH}"\n', "tests/test_sasl.py"),
    (
        f'    {{"authorization": "Basic {LATIN1_PLACEHOLDER}"}}\n',
        "tests/test_util.py",
    ),
    ("    token = 'vF9dft4qmT'\n", "tests/test_tokens.py"),
    (f'    self.token["access_token"] = "{OIDC_CODE}"\n', "tests/openid/test_base.py"),
    (
        '    json={"access_token": "xoxt-23984754863-2348975623103", "scope": "read"},\n',
        "tests/test_compliance_fixes.py",
    ),
    ("    b'Basic dXNlcm5hbWU6dmVyeWxvbmdwYXNzd29yZHRoYXRleHRlbmRzY'\n", "tests/test_auth.py"),
    (_extra_config("pciBridge0.present"), VSPHERE),
    (_extra_config("Net.Vmxnet3MaxRxBurstQueueLength"), VSPHERE),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round29_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
