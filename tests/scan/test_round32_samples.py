"""Round 32: Debian's source packages, whole upstream trees with tests, CI files and dev configs
(Tomcat 10, Symfony, Laravel, phpMyAdmin, Roundcube, Rails, Devise, Redmine, Express, Passport,
Caddy, Hugo, OpenSSH, curl, libssh, Redis): autoconf's x-prefixed comparisons, a URL's rest after a
sentence about a password, a word as the password of a test's Basic header, DocSearch's key in
its own script and inline in a bundle, OpenSSH's regression-test pass phrase, q1w2e3, and a
hashed known_hosts entry whose salt holds "pwd".

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases


def _basic(pair: str) -> str:
    return base64.b64encode(pair.encode()).decode()


CONFIGURE = "openssh-9.2p1/configure"
TEST_X = 'if test "x$ac_cv_header_readpassphrase_h" = {}\n'
BUGS = "curl-7.88.1/docs/KNOWN_BUGS"
CURL_TEST = "curl-7.88.1/tests/data/test233"
DOCSEARCH_KEY = "6df94e1e5d55d258c56f60d974d10314"
DOCSEARCH_LINE = f"\tapiKey: '{DOCSEARCH_KEY}',\n"
HUGO_BUNDLE = "gohugoioTheme/static/dist/app.bundle.js"
BUNDLE_KEY = "167e7998590aebda7f9fedcf86bc4a55"
INLINE = (
    '{n(13)({apiKey:"' + BUNDLE_KEY + '",indexName:"hugodocs",inputSelector:"#search-input"})}\n'
)
YARN = '{XH={appId:"OFCNCOG2CU",apiKey:"' + BUNDLE_KEY + '",indexName:"npm-search"},fyt=1}\n'
OPENSSH_PW = "mekmitasdigoat"
KNOWN_HOSTS = "regress/unittests/hostkeys/testdata/known_hosts"
HASHED = "EqJ73W/veIL3H2x+YWHcJxI5ETA="

# (text, path, rule, value) reported
REPORTED = [
    (TEST_X.format("xZq4vT9mKx2"), CONFIGURE, "generic-password", "xZq4vT9mKx2"),
    (
        " conn->bits.user_passwd in url.c  https:Zq4vT9mKx2Rw8pLm How?\n",
        BUGS,
        "generic-prose-password",
        "Zq4vT9mKx2Rw8pLm",
    ),
    (
        f"Authorization: Basic {_basic('iam:Zq4vT9mKx2')}\n",
        CURL_TEST,
        "http-basic-auth-header",
        _basic("iam:Zq4vT9mKx2"),
    ),
    # a chosen password that is no dictionary word (myself is one, and so is quiet anywhere)
    (
        f"Authorization: Basic {_basic('iam:myzelf')}\n",
        "deploy/request.http",
        "http-basic-auth-header",
        _basic("iam:myzelf"),
    ),
    (DOCSEARCH_LINE, "gohugoioTheme/assets/js/search.js", "generic-key", DOCSEARCH_KEY),
    # an Algolia key with an index but no DocSearch input (Yarn's npm search) may be an admin key
    (YARN, "yarn/bundles/yarn.js", "generic-key", BUNDLE_KEY),
    (
        f"PW={changed_mid(OPENSSH_PW, 6)}\n",
        "regress/unittests/sshkey/mktestdata.sh",
        "generic-password",
        changed_mid(OPENSSH_PW, 6),
    ),
    (
        '    config["password"] = "q1x2e3r9"\n',
        "railties/test/commands/dbconsole_test.rb",
        "generic-password",
        "q1x2e3r9",
    ),
    (f"dbpwd={HASHED}\n", KNOWN_HOSTS, "generic-password", HASHED),
]

# (text, path) with no finding
QUIET = [
    (TEST_X.format("xyes"), CONFIGURE),
    (" conn->bits.user_passwd in url.c  https://curl.se/bug/view.cgi?id=440 How?\n", BUGS),
    (f"Authorization: Basic {_basic('iam:myself')}\n", CURL_TEST),
    (DOCSEARCH_LINE, "gohugoioTheme/assets/js/docsearch.js"),
    (INLINE, HUGO_BUNDLE),
    (f"PW={OPENSSH_PW}\n", "regress/unittests/sshkey/mktestdata.sh"),
    ('    config["password"] = "q1w2e3"\n', "railties/test/commands/dbconsole_test.rb"),
    (f"|1|5t7UDHDybVrDZVQPCpwdnr6nk4k=|{HASHED} ecdsa-sha2-nistp256 AAAAE2VjZHNh\n", KNOWN_HOSTS),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round32_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
