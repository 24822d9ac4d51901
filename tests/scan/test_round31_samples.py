"""Round 31: Debian's small daemons and clients whose configs hold passwords (ppp, wvdial, ddclient,
Icecast, Mumble, MPD, NUT, apcupsd, rsync, SmokePing, ZNC, irssi, WeeChat, BitlBee, InspIRCd,
ngIRCd, Transmission, Deluge, Motion, autofs, lighttpd, CUPS, OfflineIMAP, isync, msmtp,
OpenSMTPD, getmail, DavMail, pgBackRest, Barman, Redis, Kea, BIND, Libreswan, xl2tpd, hostapd,
wpa_supplicant, stunnel, tinyproxy, Privoxy, Dante, ocserv, …) and cloud SDKs and CLIs on PyPI
(Oracle Cloud's SDK and CLI, Linode, Scaleway, IBM Cloud, Tencent Cloud's SDK and CLI, Alibaba
Cloud, Huawei Cloud, Volcengine, Baidu, Qiniu, UpYun, Aliyun OSS, Tencent COS, JD Cloud, UCloud):
the digit row as a password, words ending in the credential's kind, a public key's query
parameter and Libreswan's RSA public keys, a password beside the name of its hash, a curl login
cut by HTML markup, a signature's credential scope, an API version's examples.json, and Oracle
Cloud's documented Azure examples.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

INSPIRCD = "etc/inspircd/inspircd.conf"
OPERS = "usr/share/doc/inspircd/examples/modules.conf.example"
HASHED = "lkS1Nbtp$CyLd/WPQXizsbxFUTqFRoMvaC+zhOULEeZaQkUJj+Gg"
DDCLIENT = "usr/bin/ddclient"
PRIVOXY = "etc/privoxy/default.action"
PLISTA = "# Blocked URL = http://farm.plista.com/widgetdata.php?clientrev=12&domainid=4211&"
LIBRESWAN = "usr/share/doc/libreswan/examples/linux-linux.conf"
RSA_PUB = (
    "0sAQPWTXt8DDlEhTZJ91ngNMxTSyuos6JZxXQmtRcwUl6ppUCcuuWvjXrF/qiz6eiL1LMlpGJyG1oVhtFhTaFJl7ZkF"
)
KEA = "usr/share/doc/kea/html/arm/agent.html"
CURL = '<span class="c1">#   curl syntax for basic authentication is -u user:{}</span>\n'
SIGNER = "jdcloud_sdk/core/signer_test.py"
SCOPE = "cn-north-1/apigatewaytestproductline/jdcloud3_request"
TCCLI = "tccli/services/weilingwith/v20230427/{}.json"
EXAMPLE_TOKEN = "RQ7wnN7IMDutqe0JJ6t4MTqbBAePbryn"
OCI = "oci/golden_gate/models/create_azure_data_lake_storage_connection_details.py"
OCI_SECRET = "dO29Q~F5-VwnA.lZdd11xFF_t5NAXCaGwDl9NbT1"

# (text, path, rule, value) reported
REPORTED = [
    ('<power diepass="3456" restartpass="Zq4v7890">\n', INSPIRCD, "generic-password", "Zq4v7890"),
    (
        "  password=nfsn-Zq4vT9mKx2Rw,                              \\\n",
        DDCLIENT,
        "generic-password",
        "nfsn-Zq4vT9mKx2Rw",
    ),
    (
        PLISTA + "privatekey=fdc5a7f9d15be004aa03fc4d&cb=PLISTA5\n",
        PRIVOXY,
        "generic-query-credential",
        "fdc5a7f9d15be004aa03fc4d",
    ),
    (f"\tleftkey={RSA_PUB}\n", LIBRESWAN, "generic-key", RSA_PUB),
    (f'#    hash="plaintext" password="{HASHED}"\n', OPERS, "generic-password", HASHED),
    (CURL.format("Zq4vT9mKx2Rw"), KEA, "curl-basic-auth", "Zq4vT9mKx2Rw"),
    (
        f"  s = 'JDCLOUD3-HMAC-SHA256 Credential=Zq4vT9mKx2Rw8pLm/{SCOPE}, SignedHeaders=host'\n",
        SIGNER,
        "generic-credential",
        f"Zq4vT9mKx2Rw8pLm/{SCOPE}",
    ),
    (
        '    secret_key = "env-Zq4vT9mKx2"\n',
        "tccli/plugins/cos/tests/test_utils.py",
        "generic-secret",
        "env-Zq4vT9mKx2",
    ),
    (
        f'        "Token": "{EXAMPLE_TOKEN}",\n',
        TCCLI.format("responses"),
        "generic-token",
        EXAMPLE_TOKEN,
    ),
    (
        f"        e.g.: {changed_mid(OCI_SECRET, 12)}\n",
        OCI,
        "azure-entra-client-secret",
        changed_mid(OCI_SECRET, 12),
    ),
]

# (text, path) with no finding
QUIET = [
    ('<power diepass="3456" restartpass="7890">\n', INSPIRCD),
    ("  password=my-nfsn-api-key,                              \\\n", DDCLIENT),
    ("  password=pdd-token           ## PDD token for authentication\n", DDCLIENT),
    (PLISTA + "publickey=fdc5a7f9d15be004aa03fc4d&cb=PLISTA5\n", PRIVOXY),
    (f"\tleftrsasigkey={RSA_PUB}\n", LIBRESWAN),
    (f'#    hash="hmac-sha256" password="{HASHED}"\n', OPERS),
    (CURL.format("password"), KEA),
    (
        f"  s = 'JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/{SCOPE}, SignedHeaders=host'\n",
        SIGNER,
    ),
    ('    secret_key = "env-sk"\n', "tccli/plugins/cos/tests/test_utils.py"),
    (f'        "Token": "{EXAMPLE_TOKEN}",\n', TCCLI.format("examples")),
    (f"        e.g.: {OCI_SECRET}\n", OCI),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round31_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
