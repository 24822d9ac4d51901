"""Round 25: five sets of software no earlier round had read, each case a class met there.

- Web and auth frameworks on PyPI as sdists, with their tests and docs (Django, Wagtail, Django REST
  framework, django-oauth-toolkit, fastapi-users, Authlib, google-auth, aiohttp, …): "secret" as
  slang spells it, Django REST framework's documented token.
- Fakers, mocks and configuration and secret-manager SDKs on npm (Faker, MSW, nock, dotenv,
  dotenv-vault, dotenvx, Infisical, 1Password, node-vault): a value shown cut short, dotenvx's
  README key.
- Debian's Ruby and PHP libraries for cloud and auth (fog, aws-sdk, google-api-client, OmniAuth,
  phpseclib, Symfony, Guzzle, league): the example grant token of AWS KMS's documentation.
- Debian's shells, their completions and command-line clients (zsh, bash-completion, fish, aria2,
  FileZilla, lftp, ranger, wget, git's and Mercurial's docs): the word for password after "my" in
  another language, an e-mail address on a documentation domain, a shell variable's expansion, a
  ChangeLog entry's function, a completion spec's description.
- Home automation on PyPI and npm (Home Assistant, ESPHome, Homebridge, Zigbee2MQTT, …): a wheel's
  RECORD digest, a device's documented default password, a translation key holding "label".

Each quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

DJANGO_SETTINGS = "myproject/settings.py"
DRF = "rest_framework/authentication.py"
DRF_TOKEN = "401f7ac837da42b97f613d789819ff93537bee6a"
VAULT_README = "dotenv-vault/package/README.md"
DOTENVX_README = "dotenvx/package/README.md"
DOTENVX_PARSE = "const parsed = dotenvx.parse(src, { privateKey: '"
DOTENVX_KEY = "a4547dcd9d3429615a3649bb79e87edb62ee6a74b007075e9141ae44f5fb412c"
KMS = "vendor_ruby/aws-sdk-kms/client.rb"
# the grant token of KMS's CreateGrant example, in every AWS SDK's documentation
KMS_GRANT = (
    "AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNGY3"
    "NiKIAgEBAgB4Pa6VDCWW__MSrqnre1HIN0Grt00ViSSuUjhqOC8OT3YAAADfMIHcBgkqhkiG9w0BBwaggc4wgcsC"
    "AQAwgcUGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMmqLyBTAegIn9XlK5AgEQgIGXZQjkBcl1dykDdqZBUQ6L"
    "1OfUivQy7JVYO2-ZJP7m6f1g8GzV47HX5phdtONAP7K_HQIflcgpkoCqd_fUnE114mSmiagWkbQ5sqAVV3ov-Veq"
    "grvMe5ZFEWLMSluvBAqdjHEdMIkHMlhlj4ENZbzBfo9Wxk8b8SnwP4kc4gGivedzFXo-dwN8fxjjq_ZZ9JFOj2ij"
    "Ibj5FyogDCN0drOfi8RORSEuCEmPvjFRMFAwcmwFkN2NPp89amA"
)
ARIA2 = "usr/share/man/pt/man1/aria2c.1"
FILEZILLA = "examples/fzdefaults.xml.example"
RIFLE = "usr/bin/rifle"
RIFLE_CMD = "cmd = [os.environ['TERMCMD'], '-n', "
ZFCD = "usr/share/zsh/functions/Zftp/zfcd"
CHANGELOG = "usr/share/doc/wget/changelog"
GCC_COMPLETION = "usr/share/zsh/functions/Completion/Unix/_gcc"
RECORD = "homeassistant-2024.3.3.dist-info/RECORD"
# a wheel's RECORD digest that starts like a Fireworks AI key (fw_ and 33 characters)
FIREWORKS_SHAPE = "fw_mtNQydXj8rJFyxxxQu2rPESbtYSST7jlb"
RECORD_DIGEST = f"{FIREWORKS_SHAPE}-R4emlQ"
ENIGMA2 = "homeassistant/components/enigma2/const.py"
HOMEBRIDGE = "package/public/chunk-TXPIYSRT.js"


# (text, path, rule, value) reported
REPORTED = [
    # web frameworks: leetspeak of another word; the documented token, changed mid-string
    ("        'PASSWORD': 's3kr4tZ9',\n", DJANGO_SETTINGS, "generic-password", "s3kr4tZ9"),
    (
        f"        Authorization: Token {changed_mid(DRF_TOKEN, 20)}\n",
        DRF,
        "generic-authorization-header",
        changed_mid(DRF_TOKEN, 20),
    ),
    # npm SDKs: a key shown whole; the README's key, changed mid-string
    (
        "dotenv://:key_8992bd7f1c4e@dotenv.org/vault/.env.vault?environment=production\n",
        VAULT_README,
        "generic-url-credentials",
        "key_8992bd7f1c4e",
    ),
    (
        f"{DOTENVX_PARSE}{changed_mid(DOTENVX_KEY, 30)}' }})\n",
        DOTENVX_README,
        "generic-key",
        changed_mid(DOTENVX_KEY, 30),
    ),
    # Ruby and PHP libraries: the example grant token, changed mid-string
    (
        f'    #     grant_token: "{changed_mid(KMS_GRANT, 200)}",\n',
        KMS,
        "generic-token",
        changed_mid(KMS_GRANT, 200),
    ),
    # shells and clients: a chosen password, an e-mail address on a real domain
    (
        "machine .dobrasil.org login meuid password minhaQ7senhaX\n",
        ARIA2,
        "netrc-password",
        "minhaQ7senhaX",
    ),
    (
        "      <Pass>someone@mailbox.org</Pass>\n",
        FILEZILLA,
        "filezilla-password-plain",
        "someone@mailbox.org",
    ),
    # a variable's expansion compared with a literal, and a default, are values
    ('        if [ "${password}" == "oop6iQ" ]; then\n', RIFLE, "generic-password", "oop6iQ"),
    (
        '    x="${DB_PASSWORD:-Zq4vT9mKx2Rw}"\n',
        ZFCD,
        "generic-shell-default",
        "Zq4vT9mKx2Rw",
    ),
    # no entry's parentheses: a name and its value
    ("\tdb_password: Zq4vT9mKx2Rw\n", CHANGELOG, "generic-password", "Zq4vT9mKx2Rw"),
    ("'--pass=-Zq4vT9mKx2Rw'\n", GCC_COMPLETION, "generic-password", "-Zq4vT9mKx2Rw"),
    # home automation: the same value as a key; a default that is no published one
    (f"FIREWORKS_API_KEY={FIREWORKS_SHAPE}\n", "deploy/.env", "fireworks-api-key", FIREWORKS_SHAPE),
    ('DEFAULT_PASSWORD = "dreamb0xQ7"\n', ENIGMA2, "generic-password", "dreamb0xQ7"),
    (
        '"settings.confirm_password":"Potvrzen9Q",\n',
        HOMEBRIDGE,
        "generic-password",
        "Potvrzen9Q",
    ),
]

# (text, path) with no finding
QUIET = [
    ("        'PASSWORD': 's3krit',\n", DJANGO_SETTINGS),
    (f"        Authorization: Token {DRF_TOKEN}\n", DRF),
    ("dotenv://:key_899..@dotenv.org/vault/.env.vault?environment=production\n", VAULT_README),
    (f"{DOTENVX_PARSE}{DOTENVX_KEY}' }})\n", DOTENVX_README),
    (f'    #     grant_token: "{KMS_GRANT}", # An encrypted token\n', KMS),
    ("machine .dobrasil.org login meuid password minhasenha\n", ARIA2),
    ("machine host.example.de login jan password meinpasswort1\n", ARIA2),
    ("      <Pass>someone@example.com</Pass>\n", FILEZILLA),
    (f"                        {RIFLE_CMD}'${{PWD}}', cmdflag] + cmd\n", RIFLE),
    ('  eval set -- "\\${ZFTP_PWD:s!$1!$2!}"\n', ZFCD),
    ("\t* src/main.c (promt_for_password): Avoid getpass() when fuzzing\n", CHANGELOG),
    ("#'-fdisable--pass=-[disables an optimization pass]:range1+range2: '\n", GCC_COMPLETION),
    (f"homeassistant/components/freedompro/const.py,sha256={RECORD_DIGEST},71\n", RECORD),
    ('DEFAULT_PASSWORD = "dreambox"\n', ENIGMA2),
    ('"users.label_confirm_password":"Potvrzen\\xED hesla",\n', HOMEBRIDGE),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round25_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
