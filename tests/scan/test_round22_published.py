"""Round 22: values published on purpose, met in Go, Rust, Ruby and PHP libraries.

Debian's Go, Rust, Ruby and PHP source packages for databases, OAuth, JWT, LDAP, S3 and the Docker
Engine (38 packages, 614 MB) held these: the AES test key of FIPS-197 and SP 800-38A written in
capitals, RFC 7628's OAUTHBEARER token, RFC 7914's scrypt and PBKDF2 inputs, and the Docker Engine
API's documented examples (its swagger.yaml, which Docker's SDKs copy). The manuals that ship with
the servers (PostgreSQL, FreeRADIUS, strongSwan, Apache, MariaDB, HAProxy, fetchmail; 32 packages,
408 MB) held their own examples, a MySQL account's password hash after IDENTIFIED BY PASSWORD, a
type-tagged statistic after the French password word (MDP:str:0d), a .netrc entry for a
subdomain of example.org and RFC 7519's example claims in a JSON Web Token. Client libraries on PyPI
(botocore, salt, passlib, ansible-core, kombu; 543 MB) held AWS's documented example key pair under
other names, base64 of a sentence with an apostrophe (a bearer token that reads "you're not
supposed to decode this!"), a SigV4 credential scope after X-Amz-Credential, and three
published defaults (Firebird's masterkey, Infoblox's infoblox, RFC 5802's pencil); the AWS SDKs'
API examples (examples-1.json, *.examples.json beside each API model) and the AWS CLI's command
reference examples (awscli/examples/) are documentation. Debian's Go packages for NATS, JOSE,
x/crypto, Google Cloud and SQL drivers (585 MB) held a test-vector file's keys (vectors_test.go), an
SSH algorithm name, a sentence in hex standing in for a key, RFC 8555's ACME token and the seed of
nats-io/jwt's .creds example. Ansible's collections held vendors' defaults in leet spelling
(C1sco123, we1come!), dbdeployer's msandbox and base64 of portal labels about the password; web and
OpenStack servers base64 of a PEM public key, Cacti's and phpMyAdmin's documented values, URLs
whose password repeats their user (sogo:sogo), a PGP key id in a changelog and a template
parameter's name as a password (MasterUserPassword); IaC scanners and AWS mocks (checkov, cfn-lint,
prowler, moto, localstack) a colour under pass_color, a participle after "the password of a user
is", a leet account word and base64 of a PascalCase name; Perl modules a method of the password
object ($password->rfc2307) and "secret" in leet (s3cret). A value one character away from a published one is still reported.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, found_by_both, table_cases

RS = "src/symm.rs"

# (text, path, rule, value) reported
REPORTED = [
    # one hex digit away from the FIPS-197 key (a published value's last character changed is a
    # test's second value, see authfixtures.published_variant)
    (
        'let key = "2B7E151628AED2A6ABF7158809DF4F3C";\n',
        RS,
        "generic-key",
        "2B7E151628AED2A6ABF7158809DF4F3C",
    ),
    (
        'auth := "n,a=user@example.com,\\x01auth=Bearer vF9dfT4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="\n',
        "internal/mail/sasl.go",
        "generic-authorization-header",
        "vF9dfT4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
    ),
    (
        '    "password": "conta1n4rize14"\n',
        "deploy/registry.json",
        "generic-password",
        "conta1n4rize14",
    ),
    (
        "docker swarm join --token "
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx8k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx\n",
        "ops/join.sh",
        "docker-swarm-join-token",
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx8k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx",
    ),
    (
        "CREATE USER davide WITH PASSWORD 'jw9s0F4';\n",
        "db/roles.sql",
        "generic-password",
        "jw9s0F4",
    ),
    # the plaintext follows IDENTIFIED BY alone
    (
        "CREATE USER 'app'@'%' IDENTIFIED BY 'Tq8vWm3zLp9x';\n",
        "db/users.sql",
        "generic-sql-password",
        "Tq8vWm3zLp9x",
    ),
    ("$mdp = 'Hq7vR2kLm9xW';\n", "config/db.php", "generic-password", "Hq7vR2kLm9xW"),
    # base64 of text a credential file holds is still judged as a secret
    (
        "DB_CONFIG_SECRET=REJfUEFTU1dPUkQ9SHE3dlIya0xtOXhXIGFuZCBtb3Jl\n",
        ".env",
        "generic-secret",
        "REJfUEFTU1dPUkQ9SHE3dlIya0xtOXhXIGFuZCBtb3Jl",
    ),
    (
        "TLS_PRIVATE_KEY=LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBMWI5Ym00cnZEdHBZc3FndENDNTI=\n",
        ".env",
        "generic-key",
        "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBMWI5Ym00cnZEdHBZc3FndENDNTI=",
    ),
    # a scope that starts with a real access key id is reported: the key id is what leaked
    (
        "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=AKIAZ7QK3M2VLPX9WT4R%2F20240101%2Fus-east-1%2Fs3%2Faws4_request\n",
        "notes/share.md",
        "generic-query-credential",
        "AKIAZ7QK3M2VLPX9WT4R%2F20240101%2Fus-east-1%2Fs3%2Faws4_request",
    ),
    # an examples folder's JSON is judged as any other file: people paste real keys in examples
    (
        '  "apiKey": "Hq7vR2kLm9xWp4ZtBc8Yd3Jf"\n',
        "examples/config.json",
        "generic-key",
        "Hq7vR2kLm9xWp4ZtBc8Yd3Jf",
    ),
    # the same command in a runbook
    (
        "    aws apigateway get-api-key --api-key 8bklk8bl1k3sB38D9B3l0enyWT8c09B30lkd0\n",
        "docs/runbooks/apigateway.rst",
        "generic-cli-token-option",
        "8bklk8bl1k3sB38D9B3l0enyWT8c09B30lkd0",
    ),
    # a provider's format is reported in an API examples file too
    (
        '  "key": "sk_live_51Hq2mZKd8xLp3Qv7sWt9Yb2nF4cJ6gR0aEuXoP1iM5kQ8zT3"\n',
        "apis/payments-2024-01-01.examples.json",
        "stripe-secret-key",
        "sk_live_51Hq2mZKd8xLp3Qv7sWt9Yb2nF4cJ6gR0aEuXoP1iM5kQ8zT3",
    ),
    # a cipher's key in a test that is no test-vector file, and an API key in a vector store's
    # tests, are judged as any test's values
    (
        '\tkey := "9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232"\n',
        "internal/crypt/crypt_test.go",
        "generic-key",
        "9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232",
    ),
    (
        'client = Pinecone(api_key="Hq7vR2kLm9xWp4ZtBc8Yd3Jf6Gh1Sa0U")\n',
        "tests/test_vectorstore.py",
        "generic-key",
        "Hq7vR2kLm9xWp4ZtBc8Yd3Jf6Gh1Sa0U",
    ),
    # a passphrase in base64 with no word about passwords is kept
    (
        "    mac_secret_base64='cHVycGxlIG1vbmtleSBkaXNod2FzaGVyIGxhbXA=',\n",
        "app/webhook.py",
        "generic-secret",
        "cHVycGxlIG1vbmtleSBkaXNod2FzaGVyIGxhbXA=",
    ),
    # a leet spelling of a word that is no default is a chosen password
    ("ise_password: Tr0mb0ne77\n", "group_vars/ise.yml", "generic-password", "Tr0mb0ne77"),
    # base64 of a private key is reported
    (
        "  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktjd2dnU2pBZ0VBQW9JQkFR\n",
        "k8s/secret.yaml",
        "private-key-base64",
        "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktjd2dnU2pBZ0VBQW9JQkFR",
    ),
    # a URL whose password differs from its user, and a key id outside a PGP context
    (
        '"postgresql://sogo:Hq7vR2kLm9xW@db:5432/sogo/sogo_user_profile";\n',
        "doc/install.adoc",
        "postgres-connection-uri",
        "Hq7vR2kLm9xW",
    ),
    (
        "the api key is 3AA5C34371567BD2\n",
        "notes/keys.md",
        "generic-prose-token",
        "3AA5C34371567BD2",
    ),
    # a chosen password that ends in -ed, and a colour-like value under a password name with
    # more than a colour's digits, are judged as values
    (
        "the password of the vpn is Hk7vgnvtzqed\n",
        "notes/vpn.md",
        "generic-prose-password",
        "Hk7vgnvtzqed",
    ),
    ('pass_color = "#54d283Zq9"\n', "dashboard/config.py", "generic-password", "#54d283Zq9"),
    # an arrow with blanks in a note is still read as the value's arrow
    ("root pw on the pi -> Gn5tRb8wQz\n", "notes/pi.md", "generic-prose-password", "Gn5tRb8wQz"),
    # a URI claim at a domain of its own
    (
        'const token = "'
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZ"
        "S5pby8iLCJzdWIiOiJzdmMtYmlsbGluZyIsImV4cCI6MTg5MzQ1NjAwMCwiaHR0cHM6Ly9"
        "hY21lLmlvL3JvbGVzIjpbImFkbWluIl19.Xq8zKm3wLp7Xv2TnRc9Yd4Jf6Gh1Sa0Ue5TiWq8zKm3"
        '";\n',
        "src/client.ts",
        "jwt",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS5pby8iLCJzdWIiOiJzdmMtYmlsbGluZyIsImV4cCI6MTg5MzQ1NjAwMCwiaHR0cHM6Ly9hY21lLmlvL3JvbGVzIjpbImFkbWluIl19.Xq8zKm3wLp7Xv2TnRc9Yd4Jf6Gh1Sa0Ue5TiWq8zKm3",
    ),
    (
        "machine api.acme.io\nlogin deploy\npassword Zq4vT9mKx2Rw\n",
        "home/.netrc",
        "netrc-password",
        "Zq4vT9mKx2Rw",
    ),
]

# (text, path): no finding
QUIET = [
    ('let key = "2B7E151628AED2A6ABF7158809CF4F3C";\n', RS),
    (
        'let key = "603DEB1015CA71BE2B73AEF0857D77811F352C073B6108D72D9810A30914DFF4";\n',
        RS,
    ),
    (
        'auth := "n,a=user@example.com,\\x01auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="\n',
        "internal/mail/sasl.go",
    ),
    (
        'super::pbkdf2_hmac(b"password", b"NaCL", 1, MessageDigest::sha512(), &mut buf).unwrap();\n',
        "src/pkcs5.rs",
    ),
    ('scrypt(password: "pleaseletmein", salt: "SodiumChloride", n: 16384)\n', "lib/kdf.rb"),
    ('    "password": "conta1n3rize14"\n', "api/swagger.yaml"),
    (
        '        example: "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-'
        '7p73s1dx5in4tatdymyhg9hu2"\n',
        "api/swagger.yaml",
    ),
    (
        '      UnlockKey: "SWMKEY-1-7c37Cc8654o6p38HnroywCi19pllOnGtbdZEgtKxZu8"\n',
        "api/swagger.yaml",
    ),
    ("CREATE USER davide WITH PASSWORD 'jw8s0F4';\n", "db/roles.sql"),
    ("ALTER ROLE davide WITH PASSWORD 'hu8jmn3';\n", "db/roles.sql"),
    ('bob\tCleartext-Password := "ge55ged"\n', "raddb/mods-config/files/authorize"),
    ('carol : XAUTH "4iChxLT3"\n', "etc/ipsec.secrets"),
    ("htpasswd -db /usr/web/.htpasswd-all jones Pwd4Steve\n", "ops/users.sh"),
    ("myName:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/\n", "conf/.htpasswd"),
    (
        "CREATE USER username@hostname IDENTIFIED BY PASSWORD "
        "'*54958E764CE10E50764C2EECBB71D01F08549980';\n",
        "db/users.sql",
    ),
    (
        "CREATE USER 'u'@'%' IDENTIFIED WITH mysql_native_password AS "
        "'*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';\n",
        "db/users.sql",
    ),
    ("6.Uptime.1:MDP:str:0d 0h00m08s\n7.Uptime_sec.1:MDP:u32:8\n", "doc/management.txt"),
    ('SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"\n', "tests/unit/auth/test_sigv4.py"),
    (
        '    "Authorization": "Bearer eW91J3JlIG5vdCBzdXBwb3NlZCB0byBkZWNvZGUgdGhpcyE=",\n'
        '    "token": "eW91J3JlIG5vdCBzdXBwb3NlZCB0byBkZWNvZGUgdGhpcyE=",\n',
        "tests/unit/test_auth_bearer.py",
    ),
    (
        "'X-Amz-Credential=access_key%2F20170322%2Fus-west-2%2Fsts%2F'\n"
        "'&X-Amz-Expires=900&X-Amz-Credential=akid%2F20161107%2F'\n",
        "tests/unit/test_signers.py",
    ),
    ("conn = fdb.connect(dsn='db.fdb', user='sysdba', password='masterkey')\n", "app/db.py"),
    ("        password='infoblox',\n", "ansible_test/cloud/nios.py"),
    ('##        password=u("pencil"),\n', "passlib/handlers/scram.py"),
    # the AWS SDKs' API examples, beside each API model
    (
        '            "NewPassword": "]35d/{pB9Fo9wJ",\n',
        "botocore/data/iam/2010-05-08/examples-1.json",
    ),
    (
        '      "RawSecretAccessKey": "DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo="\n',
        "node_modules/aws-sdk/apis/kms-2014-11-01.examples.json",
    ),
    (
        "    aws apigateway get-api-key --api-key 8bklk8bl1k3sB38D9B3l0enyWT8c09B30lkd0\n",
        "site-packages/awscli/examples/apigateway/get-api-key.rst",
    ),
    (
        '\t\tkey:    "9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232",\n',
        "golang.org/x/crypto/chacha20/vectors_test.go",
    ),
    ('\tKeyAlgoSKED25519 = "sk-ssh-ed25519@openssh.com"\n', "golang.org/x/crypto/ssh/keys.go"),
    (
        '\tsecretKeyBytes, err := hex.DecodeString("6368616e676520746869732070617373776f726420'
        '746f206120736563726574")\n',
        "nacl/secretbox/example_test.go",
    ),
    ('\ttoken = "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA"\n', "acme/acme_test.go"),
    (
        "//  SUAIO3FHUX5PNV2LQIIP7TZ3N4L7TX3W53MQGEIVYFIGA635OZCKEYHFLM\n",
        "nats-io/jwt/creds_utils.go",
    ),
    # Cisco ISE's portal texts, base64 in its API
    (
        "          - key: ui_error_title\n            value: SW52YWxpZCBQYXNzd29yZCBQb2xpY3ku\n",
        "playbooks/sponsor_portal.yml",
    ),
    # vendors' documented defaults in leet spelling, and dbdeployer's MySQL sandbox default
    ("ise_password: C1sco123\n", "group_vars/ise_servers.yml"),
    (
        "  - A default installation ships with admin password 'we1come!' which\n",
        "plugins/modules/mso_user.py",
    ),
    ("\t--env MYSQL_ROOT_PASSWORD=msandbox \\\n", "Makefile"),
    # base64 of a PEM public key (Cacti's device templates)
    (
        "\t<publickey>LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQklqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FROEFNSUlCQ2dLQ0FRRUF3WVNpUGVKTFNp</publickey>\n",
        "install/templates/Cisco_Router.xml",
    ),
    ("$database_password = 'cactiuser';\n", "include/config.php"),
    ("$cfg['blowfish_secret'] = 'JOFw435365IScA&Q!cDugr!lSfuAz*OW';\n", "config.inc.php"),
    ('"postgresql://sogo:sogo@127.0.0.1:5432/sogo/sogo_user_profile";\n', "doc/install.adoc"),
    ('url = "https://deploy_bot:deploy_bot@ci.acme.io/x"\n', "app/settings.py"),
    ("  * d/u/signing-key.asc: Add Alec's key BEE674A019359DC1.\n", "debian/changelog"),
    (
        "mysql -u root --password='MasterUserPassword' < /tmp/db_setup.sql\n",
        "templates/AWS_RDS_DBInstance.yaml",
    ),
    # prowler, moto and cfn-lint
    ('pass_color = "#54d283"\n', "dashboard/config.py"),
    (
        '"RationaleStatement": "By default every user authenticates by password only. If the '
        'password of a user is compromised."\n',
        "compliance/github/cis_1.0_github.json",
    ),
    ('        Password="adm1n",\n', "tests/test_mq/test_mq_users.py"),
    (
        '"BinaryEquals": { "key" : "QmluYXJ5VmFsdWVJbkJhc2U2NA=="},\n',
        "test/unit/test_identity_policy.py",
    ),
    # Perl modules: a method of the password object, "secret" in leet in a URL
    ("    save_user_in_db( $username, $password->rfc2307 );\n", "lib/Dancer2/Cookbook.pod"),
    ("  Mojo::URL->new('http://isabel:s3cret@mojolicious.org')->password;\n", "lib/Mojo/URL.pm"),
    # RFC 7515 A.1: RFC 7519's example claims ("http://example.com/is_root"), signed
    (
        '\ttokenString := "'
        "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiO"
        "jEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjf"
        "tJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        '"\n',
        "hmac_test.go",
    ),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round22_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)


def test_a_netrc_entry_for_a_subdomain_of_a_reserved_example_host_is_not_the_netrc_rules(
    engines: dict[str, Engine],
) -> None:
    text = "machine hermes.example.org\nlogin joe\npassword Zq4vT9mKx2Rw\n"
    assert all(rule != "netrc-password" for rule, _ in found_by_both(engines, text, "home/.netrc"))
    other = text.replace("hermes.example.org", "hermes.acme.io")
    assert ("netrc-password", "Zq4vT9mKx2Rw") in found_by_both(engines, other, "home/.netrc")
