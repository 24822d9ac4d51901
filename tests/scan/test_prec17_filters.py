"""Held-out round 17 (installed software: Boost's file lists, npm and PyPI packages with their tests
and docs, Ansible collections, the Google Cloud SDK, Debian's Go, Perl, Ruby and PHP sources, this
project's own package metadata): classes of non-secrets found there, each with the real-looking
value kept beside it. All values are made up."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine
from tether.scan.rules import load_rules

from .test_filters import dropped, kept

RULES = {r.id: r for r in load_rules()}

SECRET = "Xk29fjQ82mZpLw7s"
PASSWORD = "Tq7#zK2mLx9W"
SCRAMBLE = "90, 105, 74, 126, 30, 48, 37, 56, 3, 23, 115, 127, 69, 22, 41, 84, 32, 123, 43, 118"

# (rule, line, path) that must not be reported
DROPPED = [
    # a README sentence broken after "in one": the next line starts "pass: …" and enumerates
    (
        "generic-password",
        "pass: transcripts, histories and configs of Claude Code, Codex, Cursor, Copilot,",
        "README.md",
    ),
    ("generic-password", "password: alpha, beta, gamma or delta", "notes.md"),
    # an adjective about the password in a sentence
    (
        "generic-prose-password",
        "      // protects against shoulder-hacks if password is memorable, I guess?",
        "lib/index.js",
    ),
    ("generic-prose-password", "the password is useless; rotate it", "notes.txt"),
    # a key that says there is none: trufflehog3's suppression comment names rule ids
    ("generic-secret", "    # ' nosecret: pattern-id1,pattern-id2'", "pkg/init.py"),
    ("generic-secret", f"no_secret = '{SECRET}'", "settings.py"),
    ("generic-secret", f"nosecret = '{SECRET}'", "settings.py"),
    ("generic-secret", f"NON_SECRET = '{SECRET}'", "settings.py"),
    ("generic-password", f"without_password = '{SECRET}'", "settings.py"),
    ("generic-password", f"noPassword = '{SECRET}'", "settings.py"),
    # an Erlang record's default in a .hrl header: an atom, as in the .erl beside it
    ("generic-password", "  oldPasswd = asn1_NOVALUE,", "ebin/ELDAPv3.hrl"),
    ("generic-password", "  oldPasswd = asn1_NOVALUE,", "src/ELDAPv3.erl"),
    # a package or image name and its version
    (
        "generic-auth",
        "  * Google Auth Library for Java - OAuth2 HTTP "
        "(com.google.auth:google-auth-library-oauth2-http:1.3.0 - https://github.com/googleapis)",
        "tools/java/THIRD-PARTY.txt",
    ),
    ("generic-password", "password: postgres:15.4-alpine", "compose.yml"),
    # Django's documentation: a page named passwords.txt, "USER": "spam", "PASSWORD": "eggs"
    (
        "password-list-file-entry",
        '        algorithm = "pbkdf2_wrapped_md5"\n',
        "django/docs/topics/auth/passwords.txt",
    ),
    ("password-list-file-entry", "paypal: UFZQ936$ghrax06\n", "project/docs/passwords.txt"),
    ("generic-password", '            "PASSWORD": "eggs",', "docs/topics/db/multi-db.txt"),
    ("generic-password", 'password = "hoge"', "app/config.py"),
    # a MIME type table (mime/types/other.js)
    (
        "generic-password",
        '{"application/x-java-jnlp-file":["jnlp"],"application/x-keepass2":["kdbx"]}',
        "mime/types/other.js",
    ),
    # a badge image's token in a README, a GPG fingerprint named in prose
    (
        "generic-query-credential",
        '<img src="https://badges.openbase.com/js/rating/js-sdsl.svg?token='
        'fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0=" alt="Rate this package"/>',
        "README.md",
    ),
    ("generic-key", "  - Release GPG key: 3ABC01543F22DD2239285CDD818674489FBC127E", "README.md"),
    # a device's or component's name under a bare key (Ansible modules' RETURN docs)
    ("generic-key", '                "Key": "DCIM:INSTALLED#0x15__PSU.Slot.1",', "modules/info.py"),
    (
        "generic-key",
        '    "key-vim.host.ScsiLun-0005000000766d686261313a303a30": "mpx.vmhba1:C0:T0:L0"',
        "modules/info.py",
    ),
    # a client secret that repeats the client id (gcloud's help text)
    (
        "generic-secret",
        "  $ {command} my-looker-instance --region=us-central1 "
        "--oauth-client-id='looker' --oauth-client-secret='looker' --async",
        "surface/looker/instances/create.yaml",
    ),
    # Go sources: an /etc/passwd line in a test, a Docker/libtrust key ID
    (
        "generic-password",
        '\t\t"passwd": `root:x:0:0::/bin:/bin/false',
        "dockerfile/internals_test.go",
    ),
    (
        "generic-password",
        '\texpected := "AWX2:I27X:WQFX:IOMK:CNAK:O7PW:VYNB:ZLKC:CVAE:YJP2:SI4A:XXAY"',
        "daemon/trustkey_test.go",
    ),
    # Perl and Ruby: Net::LDAP's qw() table, a hash element interpolated in a string and cut at
    # its quote, Puppet's command that sets a password and a file bucket's checksum of /etc/passwd
    ("generic-config-directive", "  krb41password   krbv41", "perl5/Net/LDAP.pm"),
    (
        "generic-password",
        "$mesg = $Global{ldap}->bind( password => \"$Global{'bindpw'}\",",
        "examples/tklkup",
    ),
    (
        "generic-password",
        '  commands :add => "useradd", :password => "chage", :chpasswd  => "chpasswd"',
        "puppet/provider/user/useradd.rb",
    ),
    (
        "generic-password",
        "    /etc/passwd: 429b225650b912a2ee067b0a4cf1e949",
        "puppet/application/filebucket.rb",
    ),
    # a Sphinx role as the value
    (
        "generic-password",
        "- password: :py:class:`keystoneauth1.identity.generic.Password`",
        "doc/source/authentication-plugins.rst",
    ),
]

# CredData's false positives: a URI whose password repeats the user, xkcd's passphrase, etcd's
# bootstrap name
DROPPED += [
    (
        "postgres-connection-uri",
        "SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://flask_admin_geo:flask_admin_geo@localhost/flask_admin_geo'",
        "example/conf/config.py",
    ),
    ("redis-connection-uri", "REDIS_URL=redis://app_user:app_user@localhost:6379/0", "README.md"),
    ("generic-password", "GOCOMMERCE_SMTP_PASS=correcthorsebatterystaple", "README.md"),
    ("generic-token", "ETCD_INITIAL_CLUSTER_TOKEN=k8s_etcd", "templates/etcd.conf.j2"),
    (
        "ado-net-connection-string-password",
        "->addOption('connection', null, InputOption::VALUE_REQUIRED, 'Connection to use. Example: "
        "\\'Server=127.0.0.1;dbname=test;user=root;password=foobar\\' where …')",
        "src/Command/Base.php",
    ),
    ("postgres-connection-uri", 'connect("postgres://bar%5E:%5Dfoo@baz.com/testdb")', "src/db.py"),
    ("mssql-connection-uri", "mssql://sa:P%40ssw0rd%21@db:1433/app", "deploy/app.env"),
    # wp_salt()'s doc comment in every WordPress install: published example keys
    (
        "wordpress-auth-salt",
        "\t *     define('AUTH_KEY',         ' Xakm<o xQy rw4EMsLKM-?!T+,PFF})H4lzcW57AF0U@N@< "
        ">M%G4Yt>f`z]MON');",
        "wordpress/wp-includes/pluggable.php",
    ),
    # a command line's placeholder password (Debian's README for zabbix, freeradius's schema)
    ("mysql-cli-password", "   | mysql -uzabbix -pSECRETPASSWORD zabbix", "README.Debian"),
    ("mysql-cli-password", "#   mysql -uroot -prootpass radius < schema.sql  #", "sql/schema.sql"),
    # LLVM's TableGen: a generic type's name; Net::FTP's anonymous-login convention
    (
        "generic-token",
        "def llvm_token_ty      : LLVMType<token>;                         // token",
        "llvm/IR/Intrinsics.td",
    ),
    ("generic-password", "      $pass = '-anonymous@'", "perl5/Net/FTP.pm"),
    # commented-out code: the argument is a variable, as in the code
    ("generic-password", "    //cred.setPassword(credString);", "src/Auth.java"),
    # GitHub's fixed word where a URL's password stands (the token is the user name)
    ("url-basic-auth", "echo http://abcdef1234567890234578:x-oauth-basic@github.com/", "t/u.php"),
]

# the real-looking values beside them, which stay reported
KEPT = [
    ("generic-password", "password: drabonfli, user: admin", "notes.txt"),
    ("generic-password", f"password: {PASSWORD}, histories and configs", "notes.txt"),
    ("generic-prose-password", "The wifi password is drabonfli.", "notes.txt"),
    ("generic-prose-password", f"the vpn password is {PASSWORD}, I guess", "notes.txt"),
    # words that only start with "no", and a negation of something else (a non-production key)
    ("generic-secret", f"note_secret = '{SECRET}'", "settings.py"),
    ("generic-secret", f"notarization_secret = '{SECRET}'", "settings.py"),
    ("generic-secret", f"node_secret = '{SECRET}'", "settings.py"),
    ("generic-secret", f"NON_PROD_SECRET = '{SECRET}'", "settings.py"),
    ("generic-password", f'  Passwd = "{PASSWORD}",', "include/ldap.hrl"),
    # a password with a colon and digits is not a version
    ("generic-password", "password: Summer:2024", "notes.txt"),
    ("generic-password", "password: Tq7#zK:2.4mLx9W", "notes.txt"),
    # the same file name on a desktop is a list
    ("password-list-file-entry", "paypal: UFZQ936$ghrax06\n", "Desktop/passwords.txt"),
    ("generic-password", f'password = "{PASSWORD}"', "app/config.py"),
    ("generic-password", f'{{"keepass_password":"{PASSWORD}"}}', "config.json"),
    (
        "generic-query-credential",
        "curl https://api.openbase.com/v1/packages?token=fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0=",
        "notes.txt",
    ),
    ("generic-key", "  - Release key: 9f3Kq2LmX8vR4tW7yB1nC6pZ0sD5gH", "README.md"),
    # a product key's equal groups, base64url's - and _ (no colon)
    ("generic-key", '"key": "29AV1-3OFV9-VVIUB-NKT0I-LRO6V",', "config.json"),
    ("generic-key", '"key": "NRII-d-2Vf-L1w-8B9Y_--6x8-_QjA",', "config.json"),
    ("generic-secret", f"--oauth-client-id='looker' --oauth-client-secret='{SECRET}'", "deploy.sh"),
    ("generic-password", f'passwd: "root:{PASSWORD}"', "deploy.yml"),
    ("generic-config-directive", "    auth_pass Kq8mL2x9", "keepalived.conf"),
    ("generic-password", "    passwd: 429b225650b912a2ee067b0a4cf1e949", "app.yml"),
    ("generic-password", "- password: :Tq7#zK2mLx9W:", "notes.txt"),
    ("generic-byte-array-key", f"\tauthKey := []byte{{{SCRAMBLE}}}", "mysql/auth.go"),
    # a short line is read whole: text inside a string stays a string's text
    ("generic-password", f'msg = "the admin pass: {PASSWORD}";', "app/notes.js"),
]


KEPT += [
    ("postgres-connection-uri", f"postgresql://flask_admin:{PASSWORD}@db/flask_admin", "config.py"),
    ("generic-token", "K3S_CLUSTER_TOKEN=Kq8mL2x9Zw4vTnR7", "install.sh"),
    (
        "ado-net-connection-string-password",
        "Server=db;Database=app;Password=Kq8mL2x9Zw;",
        "app.config",
    ),
    ("mssql-connection-uri", "mssql://sa:Kq8mL2x9Zw4v@db:1433/app", "deploy/app.env"),
    ("mysql-cli-password", "mysql -uzabbix -pKq8mL2x9Zw4v zabbix", "deploy.sh"),
    # a value before a closing tag is no generic type's name
    ("generic-password", "<password>Xk9qLm2vR8z</password>", "settings.xml"),
    (
        "wordpress-auth-salt",
        "define('AUTH_KEY', 'q8#Zk2Lm9Xw4Vt7Rb3Nc6Yp1Sd5Fg0Hj2Kl8Mn4Bq7$Wz3Xc9Vb1Nm5Lk2Jh6Gf0Ds8');",
        "wp-config.php",
    ),
    # a config string in a comment, and prose, stay literal
    (
        "generic-password",
        "// configs: network=tcp,addr=:6379,password=ysglham,db=0,prefix=session;",
        "session/redis.go",
    ),
    ("generic-password", f"    // password = {PASSWORD} (temporary)", "src/Auth.java"),
]


@pytest.mark.parametrize(("rule", "line", "path"), DROPPED)
def test_dropped(rule: str, line: str, path: str) -> None:
    assert dropped(rule, line, path)


@pytest.mark.parametrize(("rule", "line", "path"), KEPT)
def test_kept(rule: str, line: str, path: str) -> None:
    assert kept(rule, line, path)


def test_destructuring_in_a_window_of_a_minified_line_is_code() -> None:
    # the engine hands a long line over as a window, which may start inside a string: the quote
    # before the statement is the end of a string the window cut in two
    statement = "for(const{preset:e,pass:t}of r){if(!e)return!0;t.push(...e.plugins)}"
    window = "b" * 1100 + '",n=1;' + statement + "c" * 100
    assert not kept("generic-password", window, "jiti/dist/babel.cjs")


def test_npmrc_names_in_code_are_not_npmrc_entries() -> None:
    for rule, line in (
        ("npmrc-password", "      const _password = encrypt(password, scramble, serverKey);"),
        ("npmrc-password", "    _password = self.config.password"),
        ("npmrc-basic-auth", '  const _auth = Buffer.from(user + ":" + pass).toString("base64");'),
    ):
        assert RULES[rule].compiled.search(line) is None, line


def test_portainer_token_is_the_base64_of_32_bytes(engines: dict[str, Engine]) -> None:
    rule = RULES["portainer-access-token"]
    # Boost's file lists: ptr_container paths matched the old 40-50 character class
    listing = " libs/ptr_container/include/boost/ptr_container/detail/move.hpp"
    assert rule.compiled.search(listing) is None
    token = "ptr_7mJ6+ZVrDu/2WiFjHSCr+5zqwapeFZSiNLopdrOZIus="
    m = rule.compiled.search(f"PORTAINER_API_KEY={token}")
    assert m is not None and m.group("secret") == token
    # both engines: the path is not reported, the token is
    text = f"Files:\n{listing}\n token: {token}\n".encode()
    for engine in engines.values():
        found = engine.scan_bytes(text, "debian/copyright", "file")
        assert [(f.rule_id, f.line) for f in found] == [("portainer-access-token", 3)]


def test_key_block_far_shorter_than_its_der_header_is_a_made_up_example() -> None:
    # google-auth's tests: "Create some fake keys for regex check"
    fake = (
        "MIIBCgKCAQEA4ej0p7bQ7L/r4rVGUz9RN4VQWoej1Bg1mYWIDYslvKrk1gpj7wZg\n"
        "        /fy3ZpsL7WqgsZS7Q+0VRK8gKfqkxg5OYQIDAQAB\n"
    )
    for kind, rule in (("", "private-key-pkcs8"), ("EC ", "private-key-ec")):
        block = f"-----BEGIN {kind}PRIVATE KEY-----\n        {fake}        -----END {kind}PRIVATE KEY-----"
        assert RULES[rule].compiled.search(block) is not None
        assert not kept(rule, block, "tests/transport/test_mtls_helper.py")


def test_whole_key_block_and_near_whole_copies_are_kept() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    assert pem.splitlines()[1].startswith("MIIE")  # 30 82: the length check applies
    assert kept("private-key-pkcs8", pem, "deploy/server.key")
    # a few bytes short (a scrubbed or retyped copy) still counts
    lines = pem.splitlines()
    lines[-2] = lines[-2][:-8]
    assert kept("private-key-pkcs8", "\n".join(lines), "deploy/server.key")
    # a service account file: the block in one JSON string, its newlines escaped
    escaped = pem.replace("\n", "\\n")
    line = f'  "private_key": "{escaped}",'
    assert kept("private-key-pkcs8", line, "keys/service_account.json")
    # cut to its first two lines: far shorter than its header says
    stub = "\n".join([*lines[:3], lines[-1]])
    assert not kept("private-key-pkcs8", stub, "deploy/server.key")


def test_jwe_of_a_documentation_example() -> None:
    import base64
    import json
    import secrets

    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def jwe(header: dict[str, str]) -> str:
        parts = [b64(json.dumps(header).encode())]
        parts += [b64(secrets.token_bytes(n)) for n in (256, 16, 64, 16)]
        return ".".join(parts)

    rfc7520 = {"alg": "RSA1_5", "kid": "frodo.baggins@hobbiton.example", "enc": "A128CBC-HS256"}
    assert not kept("jwe", f"const token = '{jwe(rfc7520)}'", "test/jwe.mjs")
    real = {"alg": "RSA-OAEP-256", "kid": "k-2024-07", "enc": "A256GCM"}
    assert kept("jwe", f"const token = '{jwe(real)}'", "test/jwe.mjs")
