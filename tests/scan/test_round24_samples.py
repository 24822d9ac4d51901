"""Round 24: eight sets of software no earlier round had read, each case a class met there.

- Cloud data SDKs on PyPI (Azure, Google Cloud, Snowflake, Databricks, MLflow, W&B): a Python
  format spec after a name with "pass" in it.
- Database clients and ORMs on npm (Prisma, TypeORM, Sequelize, Mongoose, Drizzle, drivers).
- Debian's backup and sync tools (Bacula, Amanda, borg, restic, rclone, Syncthing, burp): OpenSSL's
  pass-phrase source, a test's known-answer assertion, "FooBar" as leetspeak, '' escaped in HTML.
- Security and auth tools on PyPI (impacket, aiosmb, pypykatz, dploot, scapy, passlib): a URL
  scheme named for its authentication, the LM hash's constant, Chrome's app-bound keys, an Active
  Directory attribute id, a key's GUID, a digest of "password", an f-string of fields only, the
  end of a multi-word placeholder, a base85 blob wrapped at 80 columns.
- Debian's Rust crates (rustls, ring, jsonwebtoken, sequoia, totp-rs): words spelled in bytes,
  the shell's `pwd` command.
- Mobile, desktop and auth SDKs on npm (Expo, Electron, Clerk, WorkOS, Unleash): an analytics
  write key, the example key of an SDK's error message.
- Debian's monitoring tools and mail and chat clients (collectd, Munin, Nagios plugins, mutt,
  WeeChat): Nagios macros.
- Debian's Go libraries of cloud and infrastructure services (aws-sdk-go, HashiCorp, Cloudflare,
  DigitalOcean, pgconn, docker distribution): the AWS SDK's generated examples, Wycheproof's and
  RFCs' test vectors, an error code named for the password, a name in the possessive, an htpasswd
  line.

Each quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

MLFLOW = "mlflow/assistant/skills/agent-evaluation/scripts/analyze_results.py"
AMCRYPT = "usr/sbin/amcrypt-ossl"
OPENSSL_ENC = '"${OPENSSL}" enc -d "-${CIPHER}" -nopad -salt -pass '
BORG = "borg/testsuite/key.py"
BORG_HEX = "793b0717f9d8fb01c751a487e9b827897ceea62409870600013fbc6b4d8d7ca6"
RSNAPSHOT = "examples/utils/rsnapshotdb/rsnapshotDB.conf.sample"
AIOSMB = "aiosmb/commons/connection/factory.py"
TICKETER = "impacket-0.13.1.data/scripts/ticketer.py"
TICKETER_USAGE = "#   -request -user <a valid domain user> -password "
SECRETSDUMP = "impacket/examples/secretsdump.py"
WINHASH = "pypykatz/utils/crypto/winhash.py"
BROWSER = "dploot/triage/browser.py"
CHROME_AES = "B31C6E241AC846728DA9C1FAC4936651CFFB944D143AB816276BCC6DA0284787"
DPLOOT_README = "dploot-4.1.2.dist-info/METADATA"
WINRM = "dploot/lib/network/winrm.py"
LMNT = 'password = f"{self.target.lmhash}:'
BFD = "scapy/contrib/bfd.py"
MANUF = "scapy/libs/manuf.py"
# a line of scapy's manuf.py (a zip file in base85, wrapped at 80 columns)
BASE85 = "6Tn>hNf2?z4J`K9PW>hsNwE~@~-Qm_ICOxH77++b8Z3+OHT+toFXTs&YRpZmH{Hii}WG<i6@r7+-`gY"
TOTP = "totp-rs-3.0.1/examples/secret.rs"
# "plain-string-se" in bytes, the first row of totp-rs' example secret
PLAIN_BYTES = (
    "0x70, 0x6c, 0x61, 0x69, 0x6e, 0x2d, 0x73, 0x74, 0x72, 0x69, 0x6e, 0x67, 0x2d, 0x73, 0x65"
)
RANDOM_BYTES = (
    "0x3f, 0x91, 0xc2, 0x07, 0xe8, 0x5d, 0xa4, 0x1b, 0x76, 0xf3, 0x28, 0x9e, 0x4c, 0xb0, 0x63"
)
CURL_CI = "curl-0.4.44/.github/workflows/main.yml"
EAS = "package/build/analytics/AnalyticsManager.js"
WORKOS = "package/lib/factory-HM2NchXm.mjs"
WORKOS_MESSAGE = 'message = "Missing API key. Pass it to the constructor (new WorkOS(\\"'
NAGIOS = "check_email_delivery/README.txt"
IAM_EXAMPLES = "github.com/aws/aws-sdk-go/service/iam/examples_test.go"
WYCHEPROOF = "circl/sign/ed25519/testdata/wycheproof_Ed25519.json"
# Wycheproof's first Ed25519 public key as DER (SubjectPublicKeyInfo), a made-up private key as
# PKCS#8 DER, and RFC 7748's X25519 result after one iteration
ED25519_SPKI = (
    "302a300506032b6570032100" + "7d4d0e7f6153a69b6242b522abbee685fda4420f8834b108c3bdae369ef549fa"
)
ED25519_PKCS8 = (
    "302e020100300506032b657004220420"
    + "9f3a6c1e8b2d4f7a0c5e9b1d3f6a8c2e4b7d9f1a3c5e7b9d2f4a6c8e0b3d5f7a"
)
X25519_KEY = "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079"
PGCONN = "github.com/jackc/pgconn/pgconn.go"
LIBVIRT = "go-libvirt/internal/constants/remote_protocol.gen.go"
HTPASSWD = "registry/auth/htpasswd/access_test.go"

# (text, path, rule, value) reported
REPORTED = [
    # cloud data SDKs: a value that only starts like a format spec
    ('"pass_phrase": ".1fZ}q4vT9mK2x"\n', "conf/app.json", "generic-password", ".1fZ}q4vT9mK2x"),
    # backup tools: OpenSSL's pass: source holds the pass phrase
    (
        f"{OPENSSL_ENC}pass:Hq3zK8mL2xW9 3< x\n",
        AMCRYPT,
        "generic-cli-password",
        "pass:Hq3zK8mL2xW9",
    ),
    # an assertion about a field the test set, not the result of a call
    (f"        assert key.id_key == b'{BORG_HEX}'\n", BORG, "generic-key", BORG_HEX),
    # PascalCase words that are not a placeholder
    ('password = "MangoRiver#81"\n', RSNAPSHOT, "generic-password", "MangoRiver#81"),
    # security tools: the user-info's password of a URL with an authentication scheme
    (
        "url = 'smb2+ntlm-password://NEWLAPS\\\\Administrator:Zq4vT9mKx2Rw@10.10.12.2'\n",
        AIOSMB,
        "generic-url-credentials",
        "Zq4vT9mKx2Rw",
    ),
    # <password> alone (an element, not the end of a longer placeholder) keeps its value
    (
        f"{TICKETER_USAGE}<password> Zq4vT9mKx2Rw\n",
        TICKETER,
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        "        'unicodePwd':b'ATTk5899Zq4vT9',\n",
        SECRETSDUMP,
        "generic-password",
        "ATTk5899Zq4vT9",
    ),
    # one character away from the LM constant and from Chrome's app-bound AES key
    ("\tLM_SECRET = b'KGS!@#Zq4vT9'\n", WINHASH, "generic-secret", "KGS!@#Zq4vT9"),
    (
        f'aes_key = bytes.fromhex("{CHROME_AES[:30]}A{CHROME_AES[31:]}")\n',
        BROWSER,
        "generic-key",
        f"{CHROME_AES[:30]}A{CHROME_AES[31:]}",
    ),
    (
        "MasterKey   : 13405569-1685-49C7-90E2-0E7CE55E5B8B\n",
        DPLOOT_README,
        "generic-key",
        "13405569-1685-49C7-90E2-0E7CE55E5B8B",
    ),
    (f'{LMNT}Zq4vT9mKx2Rw"\n', WINRM, "generic-password", "{self.target.lmhash}:Zq4vT9mKx2Rw"),
    # one hex digit away from md5("password")
    (
        '    auth_key = "5f4dcc3b5aa765d61d8327deb882cf98"\n',
        BFD,
        "generic-key",
        "5f4dcc3b5aa765d61d8327deb882cf98",
    ),
    # a configuration line as long as a blob line: the key starts it, the value ends it
    (
        "DB_PASSWORD=Zq4vT9mKx2RwLp8sYb3NcF5hJ1dGk7Qm0aWe6uTr2yBHq3zK8mL2xW9Vd4kQ9zLm2T\n",
        "deploy/app.env",
        "generic-password",
        "Zq4vT9mKx2RwLp8sYb3NcF5hJ1dGk7Qm0aWe6uTr2yBHq3zK8mL2xW9Vd4kQ9zLm2T",
    ),
    # an element's tags around a long random value: no blob line
    (
        "<xrayToken>\n    vs1vmb1jueio7i4tc228j6yfp309u9ocbrzjoo06ljdpgaphecmpjnv070fxfuyh\n</xrayToken>\n",
        "config/jfrog.xml",
        "generic-xml-element",
        "vs1vmb1jueio7i4tc228j6yfp309u9ocbrzjoo06ljdpgaphecmpjnv070fxfuyh",
    ),
    # Rust crates: random bytes, and a pwd that is no command
    (
        f"    let secret = [{RANDOM_BYTES},\n",
        TOTP,
        "generic-byte-array-key",
        RANDOM_BYTES,
    ),
    ("          pwd: Zq4vT9mKx2Rw\n", CURL_CI, "generic-password", "Zq4vT9mKx2Rw"),
    # npm SDKs: a write key of no analytics service; the SDK's example key, changed mid-string
    (
        "        rudderstackApiKey: '1wpX20Da4ltFGSXbPFYUL00Chb7',\n",
        EAS,
        "generic-key",
        "1wpX20Da4ltFGSXbPFYUL00Chb7",
    ),
    (
        f'{WORKOS_MESSAGE}sk_test_Sz3IQjepeSWbI4cMS4ms4sMuU\\")).";\n',
        WORKOS,
        "stripe-test-secret-key",
        "sk_test_Sz3IQjepeSWbI4cMS4ms4sMuU",
    ),
    # monitoring: a value with a macro's dollar signs and more
    (
        "check_email_delivery --username $ARG5$ --password Zq4v$ARG6$\n",
        NAGIOS,
        "generic-cli-password",
        "Zq4v$ARG6$",
    ),
    # Go libraries: the same example outside the SDK's generated examples
    (
        '\t\tNewPassword: aws.String("]35d/{pB9Fo9wJ"),\n',
        "github.com/acme/iamtool/service/rotate.go",
        "generic-password",
        "]35d/{pB9Fo9wJ",
    ),
    (
        f'        "key": "{X25519_KEY}"\n',
        "circl/dh/x25519/testdata/times_test.json",
        "generic-key",
        X25519_KEY,
    ),
    # a private key's PKCS#8 DER in hex (a version INTEGER first)
    (f'      "keyDer" : "{ED25519_PKCS8}",\n', "conf/keys.json", "generic-key", ED25519_PKCS8),
    (
        '\t\t\tDB_INVALID_PASSWORD := "Zq4vT9mKx2Rw"\n',
        PGCONN,
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        "\t// SetUserPassword is Zq4vT9mKx2Rw now\n",
        LIBVIRT,
        "generic-prose-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        "\ttestHtpasswdContent := `bilbo:Zq4vT9mKx2Rw\n",
        HTPASSWD,
        "generic-password",
        "bilbo:Zq4vT9mKx2Rw",
    ),
]

# (text, path) with no finding
QUIET = [
    ('lines.append(f"**Average Pass Rate**: {avg_pass_rate:.1f}%")\n', MLFLOW),
    ("            f\"  {scorer_name:30} {metrics['pass_rate']:5.1f}%\"\n", MLFLOW),
    (f'{OPENSSL_ENC}fd:3 3< "${{PASSPHRASE}}"\n', AMCRYPT),
    (f"        assert hexlify(key.id_key) == b'{BORG_HEX}'\n", BORG),
    ("dbpass = '#F0oB4r!'\n", RSNAPSHOT),
    ('password = "LetMeIn2024"\n', RSNAPSHOT),
    ("'smb+ntlm-password://domain\\\\user@10.10.10.2',\n", AIOSMB),
    (f"{TICKETER_USAGE}<valid domain user's password> baduser\n", TICKETER),
    ("        'unicodePwd':b'ATTk589914',\n", SECRETSDUMP),
    ("\tLM_SECRET = b'KGS!@#$%'\n", WINHASH),
    (f'aes_key = bytes.fromhex("{CHROME_AES}")\n', BROWSER),
    ("Guid MasterKey   : 13405569-1685-49C7-90E2-0E7CE55E5B8B\n", DPLOOT_README),
    ("Guid Credential  : DF9D8CD0-1501-11D1-8C7A-00C04FC297EB\n", DPLOOT_README),
    (f'{LMNT}{{self.target.nthash}}" if self.target.nthash != "" else None\n', WINRM),
    ('    XNBytesField("auth_key", 0x5F4DCC3B5AA765D61D8327DEB882CF99, 16),\n', BFD),
    ('secret_key = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"\n', BFD),
    (f"{BASE85}\n", MANUF),
    (f"    let secret = [{PLAIN_BYTES},\n", TOTP),
    ("          -v `pwd`:/src:ro \\\n", CURL_CI),
    ("        rudderstackWriteKey: '1wpX20Da4ltFGSXbPFYUL00Chb7',\n", EAS),
    (f'{WORKOS_MESSAGE}sk_test_Sz3IQjepeSWaI4cMS4ms4sMuU\\")).";\n', WORKOS),
    ("check_email_delivery --username $ARG5$ --password $ARG6$\n", NAGIOS),
    ('\t\tNewPassword: aws.String("]35d/{pB9Fo9wJ"),\n', IAM_EXAMPLES),
    (f'      "keyDer" : "{ED25519_SPKI}",\n', WYCHEPROOF),
    (f'        "key": "{X25519_KEY}"\n', "circl/dh/x25519/testdata/rfc7748_times_test.json"),
    (f'      "keyDer" : "{ED25519_SPKI}",\n', "conf/keys.json"),
    ('\t\t\tERRCODE_INVALID_PASSWORD := "28P01"  // wrong password\n', PGCONN),
    ("\t// ProcDomainSetUserPassword is libvirt's REMOTE_PROC_DOMAIN_SET_USER_PASSWORD\n", LIBVIRT),
    ("\ttestHtpasswdContent := `bilbo:{SHA}5siv5c0SHx681xU6GiSx9ZQryqs=\n", HTPASSWD),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round24_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
