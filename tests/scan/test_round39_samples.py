"""Round 39: backup, monitoring and security tools (Debian's source packages of Net-SNMP, Nmap,
hashcat, John the Ripper, PgBouncer, pgpool-II, Mosquitto, rclone, restic, Burp, BackupPC and
InfluxDB) and payment and crypto-currency SDKs on PyPI and npm (Stripe, Braintree, Adyen, PayPal,
Square, ccxt, web3, ethers, bitcoinlib, bip-utils and others): a call with a blank before its
arguments, Lua's concatenation, a regular expression's end, MIB and iSCSI names, SASL and GOST
names, anonymous FTP's password, an /etc/rpc line, a password chosen to fail, blockchain addresses
and 256-bit integers, a PayPal order id, and the published default keys of ethers.js, web3.js,
Hardhat and Ganache.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

# a kernel's template, not code by its name: since round 141 an OpenCL kernel (.cl) is read as
# code, where these lines are expressions anyway; the check below is for C outside source files
KERNEL = "OpenCL/m10700-pure.cl.in"
BRUTE = "scripts/cassandra-brute.nse"
CONCAT = '      stdnse.debug3("Account VALID, but wrong password: "..{})\n'
PATCH = "debian/patches/34-fix-for-samba-on-deb10"
SAMBA = "+ \tnext if {}Server not using user level security and no password {}./;\n"
FTP_H = "nmap_ftp.h"
ISCSI = "scripts/iscsi-info.nse"
TLS = "nselib/tls.lua"
PROBES = "nmap-service-probes"
IMAP = "match imap m|^\\* OK \\[CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH={}| p/Dovecot imapd/\n"
USAGE = "scripts/smb-enum-services.nse"
ARGS = "-- nmap --script-args smbusername=<username>,smbpass=<password>{}-p445 <host>\n"
POOL_H = "src/include/auth/pool_passwd.h"
POOL = "#define MAX_POOL_PASSWD_LEN 132 /* plain text password({}*/\n"
# PgBouncer's test/test.sh; outside a test file since round 54, where a leetspeak word given to a
# command in a test is a fixture like a keyword rule's value there
PG_TEST = "scripts/auth-check.sh"
PG_WRONG = '\tPGPASSWORD={} psql -X -U scramuser2 -c "select 2" p1 && return 1\n'
APEX = "python/ccxt/apex.py"
ADDRESS = "0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9"
LIMITLESS = "js/src/prediction/limitless.js"
UINT256 = "46235703925185836960484608024734446969378108670784413458211837874003718039438"
PAYPAL = '"href": "https://www.sandbox.{}/checkoutnow?token=4VW45368HJ294683Y",\n'
ALCHEMY = "src.ts/providers/provider-alchemy.ts"
ETHERS_KEY = "_gg7wSSi0KMBsdKnGVfHDueq6xMB9EkC"
HARDHAT = "hardhat.config.js"
# Hardhat's and Anvil's account 0
HARDHAT_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

# (text, path, rule, value) reported
REPORTED = [
    # a value after the call
    ("  aes_key[0] = hc_swap32_S (w0[0]) + Qx9;\n", KERNEL, "generic-key", "hc_swap32_S"),
    # no underscore: not a C function's name
    ("  aes_key[0] = hcSwap32S (w0[0]);\n", KERNEL, "generic-key", "hcSwap32S"),
    (CONCAT.format("c0mb0!Q"), BRUTE, "generic-password", "..c0mb0!Q)"),
    (
        "\tsed_rep_client '/^encryption_password = x*/d'\n",
        "test/test_main",
        "generic-password",
        "x*/d",
    ),
    # no pattern opened before the value
    (SAMBA.format("", "sUpp1ied"), PATCH, "generic-prose-password-bare", "sUpp1ied./;"),
    ("5601\tPW-STD-MIB:IANA-PWE3-MIBS\n", "mibs/rfclist", "generic-password", "IANA-PWE3-MIBS"),
    ('#define FTPPASS "-wwwus3r@"\n', FTP_H, "generic-c-define", "-wwwus3r@"),
    (
        '-- <table key="iqm.2006-01.com.openfiler:tsn.c8c08cad469d">\n',
        ISCSI,
        "generic-key",
        "iqm.2006-01.com.openfiler:tsn.c8c08cad469d",
    ),
    ('    server_auth = "GOSTR341094x",\n', TLS, "generic-auth", "GOSTR341094x"),
    (IMAP.format("CRAM-MD6"), PROBES, "generic-auth", "CRAM-MD6|"),
    # not an RPC program number (they are 100000-399999)
    ("lprpasswd\t900729\n", "nmap-rpc", "generic-config-directive", "900729"),
    # no blank after the placeholder
    (ARGS.format(""), USAGE, "generic-password", "-p445"),
    # a value, not a note (128byte alone before the comment's close is a size since round 222)
    (POOL.format("Zq9Kw2vT"), POOL_H, "generic-password", "Zq9Kw2vT*/"),
    ("If the password is st0len, however,\n", "notes.txt", "generic-prose-password", "st0len"),
    (PG_WRONG.format("wr0ng"), PG_TEST, "psql-inline-password", "wr0ng"),
    ("mysql -u root -pwr0ng shop\n", "deploy/reset.sh", "mysql-cli-password", "wr0ng"),
    # 21 bytes, not an address
    (
        f'//             "token":"{ADDRESS}c1",\n',
        "js/src/bitbns.js",
        "generic-token",
        f"{ADDRESS}c1",
    ),
    (
        "      'credentials': '0x00f338cfdb0c22bb85beed9042bd19fff58ad6421c8a833f8bc902b7cca06f5f',\n",
        "docs/web3.beacon.rst",
        "generic-credential",
        "0x00f338cfdb0c22bb85beed9042bd19fff58ad6421c8a833f8bc902b7cca06f5f",
    ),
    # 60 digits, beyond a 256-bit integer's 78
    (
        f'//             "token": "{UINT256}1234567890",\n',
        LIMITLESS,
        "generic-token",
        f"{UINT256}1234567890",
    ),
    (
        f'const defaultApiKey = "{changed_mid(ETHERS_KEY, 15)}"\n',
        ALCHEMY,
        "generic-key",
        changed_mid(ETHERS_KEY, 15),
    ),
    (
        f'const PRIVATE_KEY = "0x{HARDHAT_KEY[:-2]}e0";\n',
        HARDHAT,
        "generic-key",
        f"0x{HARDHAT_KEY[:-2]}e0",
    ),
    # another host's link
    (PAYPAL.format("paypol.com"), "README.md", "generic-query-credential", "4VW45368HJ294683Y"),
]

# (text, path) with no finding
QUIET = [
    ("  aes_key[0] = hc_swap32_S (w0[0]);\n", KERNEL),
    ("  const u32x pw_lenx = make_u32x (arr[il_pos + 0].pw_len);\n", "OpenCL/inc_simd.cl"),
    (CONCAT.format("combo"), BRUTE),
    ("\tsed_rep_client '/^encryption_password = .*/d'\n", "test/test_main"),
    (SAMBA.format("/", "sUpp1ied"), PATCH),
    ("5601\tPW-STD-MIB:IANA-PWE3-MIB\n", "mibs/rfclist"),
    ('#define FTPPASS "-wwwuser@"\n', FTP_H),
    ('  local pass = stdnse.get_script_args(SCRIPT_NAME .. ".password") or "IEUser@"\n', BRUTE),
    ('-- <table key="iqn.2006-01.com.openfiler:tsn.c8c08cad469d">\n', ISCSI),
    ('    server_auth = "GOSTR341094",\n', TLS),
    (IMAP.format("CRAM-MD5"), PROBES),
    ("lprpasswd\t300729\n", "nmap-rpc"),
    (ARGS.format(" "), USAGE),
    (POOL.format("128byte)"), POOL_H),
    ("If the password is stolen, however,\n", "notes.txt"),
    (PG_WRONG.format("wrong"), PG_TEST),
    ("mysql -u root -pwrong shop\n", "deploy/reset.sh"),
    (f'#                  "tokenAddress": "{ADDRESS}",\n', APEX),
    (f'//             "token":"{ADDRESS}",\n', "js/src/bitbns.js"),
    (
        "      'withdrawal_credentials': "
        "'0x00f338cfdb0c22bb85beed9042bd19fff58ad6421c8a833f8bc902b7cca06f5f',\n",
        "docs/web3.beacon.rst",
    ),
    (f'//             "token": "{UINT256}",\n', LIMITLESS),
    (PAYPAL.format("paypal.com"), "README.md"),
    (f'const defaultApiKey = "{ETHERS_KEY}"\n', ALCHEMY),
    (f'const PRIVATE_KEY = "0x{HARDHAT_KEY}";\n', HARDHAT),
    (f'const PRIVATE_KEY = "{HARDHAT_KEY}";\n', HARDHAT),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round39_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
