"""Round 37: Debian's source packages of web and proxy servers, IRC and XMPP software and request
trackers (Apache httpd, nginx, HAProxy, lighttpd, Traffic Server, Tomcat 10, WeeChat, ZNC,
BitlBee, coturn, FRR, keepalived, collectd, Request Tracker, ZoneMinder, uWSGI, Neutron), identity
and SDK packages on PyPI (Synapse, Heat, social-auth, django-allauth, Authlib, hvac, MSAL,
certbot and its DNS plugins, python-gitlab, netmiko) and identity SDKs on npm (Clerk, NextAuth,
oidc-provider, Firebase Admin): markup, formats and encodings read as a value, jwt.io's sample
token, an OCSP certificate id, CakePHP's shipped salt and a token category's name.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64
import json

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases


def _b64url(claims: dict[str, object]) -> str:
    raw = json.dumps(claims, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


JWT_HEAD = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
JWT_SIG = "hhj1mbYgezxFoYwinThsZQbckYHt4jJlRoQ7W8ksrFM"
# jwt.io's debugger sample, and the same claims with another name
JWT_IO = (
    f"{JWT_HEAD}.{_b64url({'sub': '1234567890', 'name': 'John Doe', 'iat': 1516239022})}.{JWT_SIG}"
)
JWT_OTHER = (
    f"{JWT_HEAD}.{_b64url({'sub': '1234567890', 'name': 'Jane Roe', 'iat': 1516239022})}.{JWT_SIG}"
)
BEARER = '    txreq -url "/hs256" -hdr "Authorization: Bearer {}"\n'
VTC = "reg-tests/jwt/jws_verify.vtc"
# HAProxy's OCSP CertID; the counterpart's last element is no INTEGER
CERT_ID = (
    "303b300906052b0e03021a050004148a83e0060faff709ca7e9b95522a2e81635fda0a0414f652b0e435d5ea92"
    "3851508f0adbe92d85de007a0202100f"
)
NOT_CERT_ID = CERT_ID[:-8] + "04" + CERT_ID[-6:]
OCSP = '    expect ~ "Certificate ID key : {}"\n'
OCSP_VTC = "reg-tests/ssl/show_ssl_ocspresponse.vtc"
CAKE_SALT = "DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi"
CAKE_TEST = "lib/Cake/Test/Case/Utility/SecurityTest.php"
UUE = "MA.`:TZ2846D$R1`4U:#`&WLA<TC\\PW156X=B-XQA4*Y&5=KY&WV6;>.+JF@8\n"
TRIGGER = '      "s==^(/(server|connect) .*-(sasl_)?password=)({}[^ ]+)(.*)"\n'
DIGITALOCEAN = "0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff"

# (text, path, rule, value) reported
REPORTED = [
    # a random value as the encoded word's text, without the =?charset?B? wrapping
    (
        'my $str = \'key="plain"; key="Vq8zL2kX9mW4Hq3zK8mL2xW9"\';\n',
        "lib/RT/Interface/Email.pm",
        "generic-key",
        "Vq8zL2kX9mW4Hq3zK8mL2xW9",
    ),
    # characters around the conversion make it a value
    (
        '  Debug("http", "\\tPASSWORD: \\"Vq8z.*sL2\\", PASSWORD_LEN: %d,", len);\n',
        "proxy/hdrs/URL.cc",
        "generic-password",
        "Vq8z.*sL2",
    ),
    # a value before the bar, where the placeholder was
    (
        '        N_("passphrase <passphrase>Vq8z|-delete"\n',
        "src/core/wee-command.c",
        "generic-password",
        "Vq8z|-delete",
    ),
    # passwd:[…] is no AsciiDoc macro
    (
        "_passwd:[Vq8zL2kX9mW4]_.\n",
        "doc/fr/weechat_plugin_api.fr.adoc",
        "generic-password",
        "[Vq8zL2kX9mW4]_.",
    ),
    # the constant's name without the wildcard is still read (as before this round)
    (
        " * doesn't need to also pass FD_EV_SHUT_, it's implied. ERR and SHUT are\n",
        "src/fd.c",
        "generic-prose-password-bare",
        "FD_EV_SHUT_",
    ),
    # letters or digits in the piece
    (
        TRIGGER.format("Q7"),
        "src/plugins/trigger/trigger-config.c",
        "generic-query-credential",
        ")(Q7[^",
    ),
    # a line one character short of a full uuencoded line
    (
        UUE.replace("@8\n", "@\n"),
        "t/data/emails/notes-uuencoded",
        "generic-password",
        "B-XQA4*Y&5=KY&WV6",
    ),
    # a generated pass phrase before the closing parenthesis
    (
        "            qw(openssl smime -decrypt -passin pass:Hq3zK8mL2xW9),\n",
        "t/mail/smime/outgoing.t",
        "openssl-passphrase-arg",
        "Hq3zK8mL2xW9),",
    ),
    # the sample's claims with another name
    (BEARER.format(JWT_OTHER), VTC, "jwt", JWT_OTHER),
    (OCSP.format(NOT_CERT_ID), OCSP_VTC, "generic-key", NOT_CERT_ID),
    (
        f"\t\t$key = '{changed_mid(CAKE_SALT, 20)}';\n",
        CAKE_TEST,
        "generic-key",
        changed_mid(CAKE_SALT, 20),
    ),
    # a session token's name without the category
    (
        'var JWT_SESSION_TOKEN = "cl_B7d4PD111AAA";\n',
        "dist/index.js",
        "generic-token",
        "cl_B7d4PD111AAA",
    ),
    # the word with its character reference outside a translation catalogue
    (
        "    'Password' => 'Parol&#259;',\n",
        "web/includes/config.php",
        "generic-password",
        "Parol&#259;",
    ),
    # the repeated run broken once
    (
        f'token = "{DIGITALOCEAN[:-1]}e"\n',
        "src/app/__init__.py",
        "generic-token",
        DIGITALOCEAN[:-1] + "e",
    ),
]

# (text, path) with no finding
QUIET = [
    (
        'my $str = \'key="plain"; key="=?UTF-8?B?Vq8zL2kX9mW4Hq3zK8mL2xW9?="\';\n',
        "lib/RT/Interface/Email.pm",
    ),
    ('  Debug("http", "\\tPASSWORD: \\"%.*s\\", PASSWORD_LEN: %d,", len);\n', "proxy/hdrs/URL.cc"),
    ('        N_("passphrase <passphrase>|-delete"\n', "src/core/wee-command.c"),
    ("_pass:[string_dyn_*]_.\n", "doc/fr/weechat_plugin_api.fr.adoc"),
    (" * doesn't need to also pass FD_EV_SHUT_*, it's implied. ERR and SHUT are\n", "src/fd.c"),
    (TRIGGER.format(""), "src/plugins/trigger/trigger-config.c"),
    (UUE, "t/data/emails/notes-uuencoded"),
    ("            qw(openssl smime -decrypt -passin pass:123456),\n", "t/mail/smime/outgoing.t"),
    (BEARER.format(JWT_IO), VTC),
    (OCSP.format(CERT_ID), OCSP_VTC),
    (f"\t\t$key = '{CAKE_SALT}';\n", CAKE_TEST),
    ('var JWT_CATEGORY_SESSION_TOKEN = "cl_B7d4PD111AAA";\n', "dist/index.js"),
    ("    'Password' => 'Parol&#259;',\n", "web/lang/ro_ro.php"),
    (f'token = "{DIGITALOCEAN}"\n', "src/app/__init__.py"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round37_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
