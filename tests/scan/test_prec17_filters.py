"""Held-out round 17 (installed software: /usr/share, node and Python packages, this project's own
package metadata): classes of non-secrets found there, each with the real-looking value kept
beside it. All values are made up."""

from __future__ import annotations

from tether.scan.engine import Engine
from tether.scan.rules import load_rules

from .test_filters import kept

RULES = {r.id: r for r in load_rules()}


def test_a_word_opening_an_enumeration_after_a_line_break_is_prose() -> None:
    # a README sentence broken after "in one": the next line starts "pass: …"
    line = "pass: transcripts, histories and configs of Claude Code, Codex, Cursor, Copilot,"
    assert not kept("generic-password", line, "README.md")
    assert not kept("generic-password", "password: alpha, beta, gamma or delta", "notes.md")
    # a password followed by another field, or by a clause that is not an enumeration, stays
    assert kept("generic-password", "password: dragonfly, user: admin", "notes.txt")
    assert kept("generic-password", "password: Tq7#zK2mLx9W, histories and configs", "notes.txt")


def test_a_key_that_says_there_is_no_credential() -> None:
    # trufflehog3's suppression comment names rule ids
    assert not kept("generic-secret", "    # ' nosecret: pattern-id1,pattern-id2'", "pkg/init.py")
    for key in ("no_secret", "nosecret", "NON_SECRET", "without_password", "noPassword"):
        family = "password" if "assword" in key else "secret"
        line = f"{key} = 'Xk29fjQ82mZpLw7s'"
        assert not kept(f"generic-{family}", line, "settings.py"), key
    # words that only start with "no", and a negation of something else (a non-production key)
    for key in ("note_secret", "notarization_secret", "node_secret", "secret", "NON_PROD_SECRET"):
        assert kept("generic-secret", f"{key} = 'Xk29fjQ82mZpLw7s'", "settings.py"), key


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


def test_erlang_header_is_code() -> None:
    # an Erlang record's default in a .hrl header: an atom, as in the .erl beside it
    line = "  oldPasswd = asn1_NOVALUE,"
    assert not kept("generic-password", line, "ebin/ELDAPv3.hrl")
    assert not kept("generic-password", line, "src/ELDAPv3.erl")
    assert kept("generic-password", '  Passwd = "Tq7#zK2mLx9W",', "include/ldap.hrl")


def test_package_or_image_name_and_version() -> None:
    notice = (
        "  * Google Auth Library for Java - OAuth2 HTTP "
        "(com.google.auth:google-auth-library-oauth2-http:1.3.0 - https://github.com/googleapis)"
    )
    assert not kept("generic-auth", notice, "tools/java/THIRD-PARTY.txt")
    assert not kept("generic-password", "password: postgres:15.4-alpine", "compose.yml")
    # a password with a colon and digits is not a version
    assert kept("generic-password", "password: Summer:2024", "notes.txt")
    assert kept("generic-password", "password: Tq7#zK:2.4mLx9W", "notes.txt")


def test_documentation_page_named_passwords_is_not_a_password_list() -> None:
    rule = "password-list-file-entry"
    line = '        algorithm = "pbkdf2_wrapped_md5"\n'
    assert not kept(rule, line, "django/docs/topics/auth/passwords.txt")
    # the same file name on a desktop is a list
    assert kept(rule, "paypal: UFZQ936$ghrax06\n", "Desktop/passwords.txt")
    assert not kept(rule, "paypal: UFZQ936$ghrax06\n", "project/docs/passwords.txt")


def test_four_letter_metasyntactic_password() -> None:
    # Django's docs: "USER": "spam", "PASSWORD": "eggs"
    assert not kept(
        "generic-password", '            "PASSWORD": "eggs",', "docs/topics/db/multi-db.txt"
    )
    assert not kept("generic-password", 'password = "hoge"', "app/config.py")
    assert kept("generic-password", 'password = "Tq7#zK2mLx9W"', "app/config.py")


def test_mime_type_table_entry() -> None:
    line = '{"application/x-java-jnlp-file":["jnlp"],"application/x-keepass2":["kdbx"]}'
    assert not kept("generic-password", line, "mime/types/other.js")
    assert kept("generic-password", '{"keepass_password":"Tq7#zK2mLx9W"}', "config.json")


def test_npmrc_names_in_code_are_not_npmrc_entries() -> None:
    for rule, line in (
        ("npmrc-password", "      const _password = encrypt(password, scramble, serverKey);"),
        ("npmrc-password", "    _password = self.config.password"),
        ("npmrc-basic-auth", '  const _auth = Buffer.from(user + ":" + pass).toString("base64");'),
    ):
        assert RULES[rule].compiled.search(line) is None, line


def test_badge_image_token_in_a_readme() -> None:
    line = (
        '<img src="https://badges.openbase.com/js/rating/js-sdsl.svg?token='
        'fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0=" alt="Rate this package"/>'
    )
    assert not kept("generic-query-credential", line, "README.md")
    api = "curl https://api.openbase.com/v1/packages?token=fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0="
    assert kept("generic-query-credential", api, "notes.txt")


def test_gpg_fingerprint_named_in_prose() -> None:
    line = "  - Release GPG key: 3ABC01543F22DD2239285CDD818674489FBC127E"
    assert not kept("generic-key", line, "README.md")
    assert kept("generic-key", "  - Release key: 9f3Kq2LmX8vR4tW7yB1nC6pZ0sD5gH", "README.md")


def test_destructuring_in_a_window_of_a_minified_line_is_code() -> None:
    # the engine hands a long line over as a window, which may start inside a string: the quote
    # before the statement is the end of a string the window cut in two
    statement = "for(const{preset:e,pass:t}of r){if(!e)return!0;t.push(...e.plugins)}"
    window = "b" * 1100 + '",n=1;' + statement + "c" * 100
    assert not kept("generic-password", window, "jiti/dist/babel.cjs")
    # a short line is read whole: the same text inside a string stays a string's text
    assert kept("generic-password", 'msg = "the admin pass: Tq7#zK2mLx9W";', "app/notes.js")


def test_device_or_component_name_under_a_bare_key() -> None:
    for line in (
        '                "Key": "DCIM:INSTALLED#0x15__PSU.Slot.1",',
        '    "key-vim.host.ScsiLun-0005000000766d686261313a303a30": "mpx.vmhba1:C0:T0:L0"',
    ):
        assert not kept("generic-key", line, "plugins/modules/info.py"), line
    # a product key's equal groups, base64url's - and _ (no colon) and a random key stay
    for value in ("29AV1-3OFV9-VVIUB-NKT0I-LRO6V", "NRII-d-2Vf-L1w-8B9Y_--6x8-_QjA"):
        assert kept("generic-key", f'"key": "{value}",', "config.json"), value


def test_client_secret_that_repeats_the_client_id() -> None:
    line = (
        "  $ {command} my-looker-instance --region=us-central1 "
        "--oauth-client-id='looker' --oauth-client-secret='looker' --async"
    )
    assert not kept("generic-secret", line, "surface/looker/instances/create.yaml")
    line = "--oauth-client-id='looker' --oauth-client-secret='Xk29fjQ82mZpLw7s'"
    assert kept("generic-secret", line, "deploy.sh")


def test_passwd_entry_and_libtrust_key_id() -> None:
    # Go sources from Debian's golang-*-dev packages
    assert not kept(
        "generic-password",
        '\t\t"passwd": `root:x:0:0::/bin:/bin/false',
        "dockerfile/internals_test.go",
    )
    line = '\texpected := "AWX2:I27X:WQFX:IOMK:CNAK:O7PW:VYNB:ZLKC:CVAE:YJP2:SI4A:XXAY"'
    assert not kept("generic-password", line, "daemon/trustkey_test.go")
    assert kept("generic-password", 'passwd: "root:Tq7#zK2mLx9W"', "deploy.yml")


def test_perl_sources_and_puppet_providers() -> None:
    # Net::LDAP's my %ptype = qw( … krb41password   krbv41 … )
    assert not kept("generic-config-directive", "  krb41password   krbv41", "perl5/Net/LDAP.pm")
    assert kept("generic-config-directive", "    auth_pass Kq8mL2x9", "keepalived.conf")
    # a Perl hash element interpolated in a string, cut at its quote
    line = "$mesg = $Global{ldap}->bind( password => \"$Global{'bindpw'}\","
    assert not kept("generic-password", line, "examples/tklkup")
    # Puppet: the command that sets a password; a file bucket's checksum of /etc/passwd
    line = '  commands :add => "useradd", :password => "chage", :chpasswd  => "chpasswd"'
    assert not kept("generic-password", line, "puppet/provider/user/useradd.rb")
    line = "    /etc/passwd: 429b225650b912a2ee067b0a4cf1e949"
    assert not kept("generic-password", line, "puppet/application/filebucket.rb")
    assert kept("generic-password", "    passwd: 429b225650b912a2ee067b0a4cf1e949", "app.yml")


def test_sphinx_role_as_the_value() -> None:
    line = "- password: :py:class:`keystoneauth1.identity.generic.Password`"
    assert not kept("generic-password", line, "doc/source/authentication-plugins.rst")
    assert kept("generic-password", "- password: :Tq7#zK2mLx9W:", "notes.txt")
