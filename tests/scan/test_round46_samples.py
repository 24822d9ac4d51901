"""Round 46: chat and federated-social software (Synapse, matrix-nio, mautrix, Mastodon.py,
opsdroid, python-telegram-bot and other bots on PyPI; matrix-js-sdk, masto, the AT Protocol and
nostr packages on npm) and Wi-Fi, network and keyring software (Debian's sources of
NetworkManager, wpa_supplicant, iwd, ConnMan, evolution-data-server and libsecret): a message
with a run-time field after two words, a label and a printf conversion, gtk-doc's mark for a
constant, GNOME's libsecret named in a build variable, matrix.org's public server key, a key typed
three times over, a token built on an example name, a Yandex-looking start of a longer base64
string, and prose and usage lines about wpa_passphrase.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

EXT_PASSWORD = "src/utils/ext_password.c"
LOG_LINE = '\t\twpa_printf(MSG_ERROR, "EXT PW: mlock failed{}",\n'
CONFIG_WRITER = "wpa_supplicant/config_file.c"
WRITE_PASSWORD = '\t\tfprintf(f, "\\tpassword=ext:{}\\n", cred->password);\n'
E_URL = "src/libedataserver/e-url.c"
GTK_DOC = " * included in the string if @show_password is set to {}.\n"
MESON = "libsecret/meson.build"
DEPENDENCIES = "  {}_dependencies += gcrypt_dep\n"
SYNAPSE_KEY_PY = "synapse/config/key.py"
MATRIX_ORG_KEY = "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"
VERIFY_KEY = '    #                     "key": "{}"\n'
OPSDROID = "opsdroid/configuration/example_configuration.yaml"
TOKEN_LINE = "#    token: {}\n"
MATRIX_README = "README.md"
ACCESS_TOKEN = 'const myAccessToken = "{}.qPEvLuYfNBjxikiCjP";\n'
EXAMPLE_USER = base64.b64encode(b"@example:localhost").decode()
REAL_USER = base64.b64encode(b"@alice:matrix.org").decode()
NM_TEST = "src/core/platform/tests/test-link.c"
WIREGUARD_B64 = "YCORDQDpb1U8vADdstBgXkg0N7QaAc5VoXJ4QFuA/UY="
B64_LINE = '         "{}",\n'
CHANGELOG = "debian/changelog"
INSTALL_NOTE = "  * Install wpa_passphrase to {}, there is no need for it in early boot.\n"
PASSPHRASE_C = "wpa_supplicant/wpa_passphrase.c"
USAGE = '\t\tprintf("usage: wpa_passphrase <ssid> [{}]\\n"\n'

# (text, path, rule, value) reported
REPORTED = [
    # no run-time field after the words
    (LOG_LINE.format(""), EXT_PASSWORD, "generic-password", "mlock"),
    # no printf conversion letter
    (WRITE_PASSWORD.format("%q"), CONFIG_WRITER, "generic-password", "ext:%q"),
    # no constant gtk-doc knows, no underscore
    (GTK_DOC.format("%TRUTH"), E_URL, "generic-prose-password", "%TRUTH."),
    # "secret" is its own word, not GNOME's library
    (DEPENDENCIES.format("secret"), MESON, "generic-secret", "gcrypt_dep"),
    # one character changed in the middle
    (
        VERIFY_KEY.format(changed_mid(MATRIX_ORG_KEY, 20)),
        SYNAPSE_KEY_PY,
        "generic-key",
        changed_mid(MATRIX_ORG_KEY, 20),
    ),
    # the last key typed once more
    (
        TOKEN_LINE.format("aaabbbcccdddeee111222333445"),
        OPSDROID,
        "generic-token",
        "aaabbbcccdddeee111222333445",
    ),
    # a real user's id
    (
        ACCESS_TOKEN.format(REAL_USER),
        MATRIX_README,
        "generic-token",
        REAL_USER + ".qPEvLuYfNBjxikiCjP",
    ),
    # the 40 characters alone
    (B64_LINE.format(WIREGUARD_B64[:40]), NM_TEST, "yandex-cloud-static-key", WIREGUARD_B64[:40]),
    # no lower-case path
    (INSTALL_NOTE.format("/Usr/bin"), CHANGELOG, "wifi-wpa-passphrase-cli", "/Usr/bin,"),
    # a digit in the bracketed word
    (USAGE.format("passphrase2"), PASSPHRASE_C, "wifi-wpa-passphrase-cli", "[passphrase2]\\n"),
]

# (text, path) with no finding
QUIET = [
    (LOG_LINE.format(": %s"), EXT_PASSWORD),
    (WRITE_PASSWORD.format("%s"), CONFIG_WRITER),
    (GTK_DOC.format("%TRUE"), E_URL),
    (DEPENDENCIES.format("libsecret"), MESON),
    (VERIFY_KEY.format(MATRIX_ORG_KEY), SYNAPSE_KEY_PY),
    (TOKEN_LINE.format("aaabbbcccdddeee111222333444"), OPSDROID),
    (ACCESS_TOKEN.format(EXAMPLE_USER), MATRIX_README),
    (B64_LINE.format(WIREGUARD_B64), NM_TEST),
    (INSTALL_NOTE.format("/usr/bin"), CHANGELOG),
    (USAGE.format("passphrase"), PASSPHRASE_C),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round46_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
