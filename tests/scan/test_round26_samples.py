"""Round 26: four sets of software no earlier round had read, each case a class met there.

- Payments and commerce SDKs on npm and PyPI (Shopify, Square, Braintree, Adyen, PayPal, Razorpay,
  Mollie, Medusa, Vendure, commercetools, Chargebee, Recurly, Paddle, Plaid, Polar, Stripe's Python
  SDK): Square's documented OAuth example, Vendure's default superadmin password.
- Messaging SDKs on PyPI (Slack, Discord, Telegram, SendGrid, Mailchimp, Vonage, Plivo, Pusher,
  Ably, Firebase Admin, OneSignal, Twilio, Mailjet, Postmark, Resend): nothing reported.
- Infrastructure clients on PyPI (kubernetes, openstacksdk, novaclient, docker, podman, kopf,
  Fabric, kr8s, hvac, pynetbox, Netmiko, NAPALM, ncclient): a Kubernetes Secret holding base64 of a
  sentence, NetBox's documented token, "secret" as slang spells it.
- Languages' manuals (GHC's, Tcl's, Rust's, Node.js's, Perl's, Go's, R's, Ruby's, Scala's, CMake's,
  Sphinx's, Django's; 1.5 GB): a type variable named pass in a Haskell signature, a Haddock
  anchor's path, a manual page reference, URL-encoded code in a playground link, a top-list
  password in leetspeak.
- A probe of pasted lines: a YAML core tag (`!!str`) before the value hid it from the keyword
  rules.

A quiet case of a value's class has a reported counterpart one step away; the manual page
reference, the Haddock anchor and the playground link are shapes of text no credential takes, and
have none.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

SECRET_YAML = "tests/resources/secret.yaml"
SECRET_HEAD = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ndata:\n  tls.key: |\n    "
# base64 of "Example data for the TLS crt field", and of made-up key bytes
SENTENCE_B64 = "RXhhbXBsZSBkYXRhIGZvciB0aGUgVExTIGNydCBmaWVsZA=="
RANDOM_B64 = "Wnc4cVRtMnZLOXhSNGJMN25QM2pIMWRGNmdTMHlDNWE="
SQUARE = "package/api/resources/oAuth/client/Client.d.ts"
SQUARE_SECRET = "sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM"
NETBOX = "pynetbox/core/api.py"
NETBOX_TOKEN = "d6f4e314a5b5fefd164995169f28ae32d987704f"
VENDURE = "package/dist/telemetry/collectors/config.collector.js"
VENDURE_CHECK = (
    "return (credentials === null || credentials === void 0 ? void 0 : credentials.password) === "
)
OPENSTACK = "openstack/tests/unit/compute/v2/test_server.py"
TCL_MAN = "usr/share/man/man3/cd.3tcl"
GHC_TXT = "ghc-doc/html/libraries/ghc-9.0.2/ghc.txt"
HADDOCK = "ghc-doc/html/libraries/ghc-9.0.2/GHC-Hs-Extension.html"
RUST_DOC = "rust-doc/html/std/collections/hash_map/enum.Entry.html"
PLAYGROUND = 'href="https://play.rust-lang.org/?code=assert_eq!(map.entry(%22poneyland%22).key()'
NODE_UTIL = "usr/share/doc/nodejs/api/util.md"


# (text, path, rule, value) reported
REPORTED = [
    (f"{SECRET_HEAD}{RANDOM_B64}\n", SECRET_YAML, "kubernetes-secret-data", RANDOM_B64),
    (
        f' *         clientSecret: "{changed_mid(SQUARE_SECRET, 25)}",\n',
        SQUARE,
        "generic-secret",
        changed_mid(SQUARE_SECRET, 25),
    ),
    (
        f"        ...     token='{changed_mid(NETBOX_TOKEN, 20)}'\n",
        NETBOX,
        "generic-token",
        changed_mid(NETBOX_TOKEN, 20),
    ),
    (f"{VENDURE_CHECK}'superadm1nQ7';\n", VENDURE, "generic-password", "superadm1nQ7"),
    ('            admin_password="s3kr4tZ9",\n', OPENSTACK, "generic-password", "s3kr4tZ9"),
    # a password in notes, written with an arrow (no type signature on the line)
    ("prod db pass -> Zq4vT9mKx2Rw\n", "notes/handover.txt", "generic-password", "Zq4vT9mKx2Rw"),
    ("new Password('r0sebudQ7z');\n", NODE_UTIL, "generic-password", "r0sebudQ7z"),
    # a YAML core tag before the value (new recall: the keyword rules read past !!str)
    ("db_pass: !!str Vq8zL2kX9mW4\n", "config/app.yml", "generic-password", "Vq8zL2kX9mW4"),
    (
        'api_token: !!str "Zq4vT9mKx2RwLp8sYb3NcF5h"\n',
        "config/app.yml",
        "generic-token",
        "Zq4vT9mKx2RwLp8sYb3NcF5h",
    ),
]

# (text, path) with no finding
QUIET = [
    (f"{SECRET_HEAD}{SENTENCE_B64}\n", SECRET_YAML),
    (f' *         clientSecret: "{SQUARE_SECRET}",\n', SQUARE),
    (f"        ...     token='{NETBOX_TOKEN}'\n", NETBOX),
    (f"{VENDURE_CHECK}'superadmin';\n", VENDURE),
    ('            admin_password="seekr3t",\n', OPENSTACK),
    ("filename(3tcl), glob(3tcl), pwd(3tcl)\n", TCL_MAN),
    ("HsOpTy :: XOpTy pass -> LHsType pass -> Located (IdP pass) -> LHsType pass\n", GHC_TXT),
    ("pprStgExpr :: OutputablePass pass => StgPprOpts -> GenStgExpr pass -> SDoc\n", GHC_TXT),
    ('<span class="details-toggle" data-details-id="i:id:GhcPass:Data:1"></span>\n', HADDOCK),
    (f'{PLAYGROUND}%2C%20%26%22poneyland%22)%3B%0A%7D&amp;edition=2021">Run</a>\n', RUST_DOC),
    ("const password = new Password('r0sebud');\n", NODE_UTIL),
    ("db_pass: !!str ${DB_PASSWORD}\n", "config/app.yml"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round26_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
