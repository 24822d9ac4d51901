"""Round 42: home-automation, telephony and camera software (Debian's sources of coturn, Janus,
Slurm, ZoneMinder and CUPS; Home Assistant, ESPHome, OctoPrint and device libraries on PyPI;
Node-RED, Homebridge, Zigbee2MQTT and zigbee-herdsman-converters on npm): a value cut short with a
marker, a substitution's back-references, a label in title case, base64 of counting digits, and
names of state keys and sensor readings under a bare key.

Round 43: commerce, CMS and sign-in packages (pretix, Indico, Wagtail, django-allauth, social-auth
and others on PyPI; React Native SDKs and Shopify's on npm): PDF's password padding bytes, a CSS
pseudo-class followed by more selector, and a namespaced name passed to a call.

Round 45: DNS, NTP and version-control servers (Debian's sources of BIND, PowerDNS, Knot, dnsmasq,
chrony, NTPsec, Fossil and Gitolite): RFC 6605's and RFC 8080's example DNSSEC keys, a printf
conversion, a DNSSEC key's tag and algorithm, a PKCS #11 token's label, a placeholder written as a
hex literal, and test files named test-*.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

API_DOCS = "docs/api.rst"
CREDENTIALS = '      "credentials": "auth=05f3a50e8f7{}063",\n'
CAMTOOL = "scripts/zmcamtool.pl.in"
SUBSTITUTION = "        {}/(&|\\?)(pwd|password)=\\w\\w*(&|\\?)/$1$2=<pwd>$3/i; # password in url\n"
UI_CHUNK = "public/chunk-TXPIYSRT.js"
LABEL = '"settings.security.auth":"{}",\n'
TURNDB = "turndb/testmongosetup.sh"
IKM_KEY = "\t\t\t\t\tikm_key: '{}',\n"
COUNTING = base64.b64encode(b"01234567890123456789012345678901\n").decode()
RANDOM_DIGITS = base64.b64encode(b"83920174659201837465920183746501").decode()
ESPHOME = "esphome/config_validation.py"
PRIVATE_NAME = '_ONLY_ON_RP2040_DEPRECATED_KEY = "_cv_only_on_rp2040_{}_warned"\n'
TUYA = "dist/devices/tuya.js"
POLL_KEY = '                key: "{}_z26_app_version_keepalive",\n'
SCHNEIDER = "dist/devices/schneider_electric.js"
STATE_KEY = 'const cctfr6400BoostEndMetaKey = "cctfr6400BoostEnd{}";\n'
ONEWIRE = "homeassistant/components/onewire/sensor.py"
SENSOR_KEY = '            key="HTM1735/{}",\n'
PDF_WORKER = "pdfjs/pdf.worker.js"
PDF_PADDING = (
    "0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, "
    "0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, "
    "0x69, 0x7a"
)
PADDING_BYTES = "  const defaultPasswordBytes = new Uint8Array([{}]);\n"
CHANGED_PADDING = PDF_PADDING.replace("0x41", "0x42")
MINIFIED_CSS = "web/static/dist/css/main.css"
SELECTOR = ".toolbar .group input[type=password]:first-child{}action-button{{border-radius:2px}}\n"
PAYPAL = "pretix/plugins/paypal2/payment.py"
TAGGED = "            {}'plugins:paypal2:pay'{}\n"
DNSSEC_FILE = "bin/tests/system/eddsa/ns2/Xexample.com.+015+03613.private"
RFC8080_KEY = "ODIyNjAzODQ2MjgwODAxMjI2NDUxOTAyMDQxNDIyNjI="
FOSSIL = "src/alerts.c"
SORTKEY = "    @ <td data-sortkey='%010ll{}(iContact)'>\\\n"
SIGNING_GUIDE = "doc/dnssec-guide/signing.rst"
SIGNING = "   Signing with key 10376/ECDSAP256SHA{}\n"
ENGINE_SETUP = "bin/tests/system/enginepkcs11/setup.sh"
ENGINE_LABEL = (
    '  $KEYFRLAB -E pkcs11 -l "token=softhsm2-enginepkcs11;{}=${{id}};pin-source=$PWD/pin" $zone\n'
)
KNOT_COOKIES = "src/knot/modules/cookies/cookies.rst"
COOKIE_SECRET = "          secret: 0x{}\n"
EDNS_COOKIE = '  secret = "blablablablablab";\n'

# (text, path, rule, value) reported
REPORTED = [
    # no cut marker: the whole value
    (CREDENTIALS.format("c2d9e1b4"), API_DOCS, "generic-auth", "05f3a50e8f7c2d9e1b4063"),
    # a match, not a substitution
    (SUBSTITUTION.format("m"), CAMTOOL, "generic-password", "$3/i"),
    # a digit in the word
    (LABEL.format("Uwierzytelnian1e"), UI_CHUNK, "generic-auth", "Uwierzytelnian1e"),
    # digits that do not count along the row
    (IKM_KEY.format(RANDOM_DIGITS), TURNDB, "generic-key", RANDOM_DIGITS),
    # a generated piece among the words
    (
        PRIVATE_NAME.format("dqxrkzwtmvd"),
        ESPHOME,
        "generic-key",
        "_cv_only_on_rp2040_dqxrkzwtmvd_warned",
    ),
    # a brand's name is ten letters at most
    (
        POLL_KEY.format("hejhomeqxzk"),
        TUYA,
        "generic-key",
        "hejhomeqxzk_z26_app_version_keepalive",
    ),
    # the last piece is no word
    (STATE_KEY.format("Tqx"), SCHNEIDER, "generic-key", "cctfr6400BoostEndTqx"),
    # what is read is one word, without digits
    (SENSOR_KEY.format("humidity2"), ONEWIRE, "generic-key", "HTM1735/humidity2"),
    # round 43: one byte changed in the middle
    (PADDING_BYTES.format(CHANGED_PADDING), PDF_WORKER, "generic-byte-array-key", CHANGED_PADDING),
    # no combinator after the pseudo-class
    (
        SELECTOR.format("!"),
        MINIFIED_CSS,
        "generic-password",
        "first-child!action-button{border-radius:2px}",
    ),
    # assigned, not passed to a call
    (TAGGED.format("tagged_secret = ", ""), PAYPAL, "generic-secret", "plugins:paypal2:pay"),
    # round 45: one character changed in the middle
    (
        f"PrivateKey: {changed_mid(RFC8080_KEY, 30)}\n",
        DNSSEC_FILE,
        "generic-key",
        changed_mid(RFC8080_KEY, 30),
    ),
    # no conversion letter
    (SORTKEY.format("q"), FOSSIL, "generic-key", "%010llq(iContact)"),
    # no algorithm of that name
    (SIGNING.format("257"), SIGNING_GUIDE, "generic-prose-token-bare", "10376/ECDSAP256SHA257"),
    # no PKCS #11 attribute after the label
    (ENGINE_LABEL.format("label"), ENGINE_SETUP, "generic-token", "softhsm2-enginepkcs11"),
    # hex digits that spell nothing
    (
        COOKIE_SECRET.format("5f3a9c27e1d84b06a7c2e93f418d6b05"),
        KNOT_COOKIES,
        "generic-secret",
        "0x5f3a9c27e1d84b06a7c2e93f418d6b05",
    ),
    # filler outside a test file
    (EDNS_COOKIE, "pdns/ednscookie_cc.cc", "generic-secret", "blablablablablab"),
]

# (text, path) with no finding
QUIET = [
    (CREDENTIALS.format("<deleted>"), API_DOCS),
    (SUBSTITUTION.format("s"), CAMTOOL),
    (LABEL.format("Uwierzytelnianie"), UI_CHUNK),
    (IKM_KEY.format(COUNTING), TURNDB),
    (PRIVATE_NAME.format("deprecated"), ESPHOME),
    (POLL_KEY.format("hejhome"), TUYA),
    (STATE_KEY.format("Time"), SCHNEIDER),
    (SENSOR_KEY.format("humidity"), ONEWIRE),
    (PADDING_BYTES.format(PDF_PADDING), PDF_WORKER),
    (SELECTOR.format("+."), MINIFIED_CSS),
    (TAGGED.format("'hash': payment.order.tagged_secret(", "),"), PAYPAL),
    (f"PrivateKey: {RFC8080_KEY}\n", DNSSEC_FILE),
    (SORTKEY.format("x"), FOSSIL),
    (SIGNING.format("256"), SIGNING_GUIDE),
    (ENGINE_LABEL.format("object"), ENGINE_SETUP),
    (COOKIE_SECRET.format("deadbeefdeadbeefdeadbeefdeadbeef"), KNOT_COOKIES),
    (EDNS_COOKIE, "pdns/test-ednscookie_cc.cc"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round42_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
