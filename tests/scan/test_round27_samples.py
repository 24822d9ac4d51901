"""Round 27: three sets of software no earlier round had read, each case a class met there.

- Debian's mail, DNS, directory and cache servers (Exim, OpenDKIM, OpenDMARC, rspamd, SpamAssassin,
  Mailman 3, Sympa, Cyrus, Samba, SSSD, slapd, Squid, lighttpd, Varnish, Redis, etcd, ZooKeeper,
  BIND, Unbound, Knot, NSD, ISC DHCP, Kea, …): a server spec's field names, a placeholder's field
  name before the next field, rspamd's shipped public keys, an SSSD provider name, a Template
  Toolkit tag.
- Client libraries of SaaS APIs on PyPI as sdists, with their recorded test data (PRAW, PyGithub,
  python-gitlab, Jira, Atlassian, gspread, Google's API client, Tweepy, Spotipy, yfinance, Optuna,
  …): a lookup by a document's key, a URL slug that starts like a GoCardless token.
- AI coding tools and MCP servers on npm (Claude Code, Gemini CLI, Codex, opencode, Amp,
  Continue, the MCP reference servers and inspector, the AI SDK, LangChain.js): a slug under a
  name that holds "secret".

A quiet case of a value's class has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

EXIM_DOC = "usr/share/doc/exim4-base/NewStuff"
KEA_LOG = "usr/share/doc/kea-common/changelog"
FUZZY = "etc/rspamd/modules.d/fuzzy_check.conf"
RSPAMD_FUZZY_KEY = "icy63itbhhni8bq15ntp5n5symuixf73s1kpjh6skaq4e7nx5fiy"
SSSD = "usr/share/sssd/generate-config"
SYMPA = "usr/share/sympa/default/web_tt2/pref.tt2"
CONTINUE_TEST = "package/src/__tests__/index.test.ts"
GSPREAD = "gspread/client.py"
SHEET_KEY = "0BmgG6nO_6dprdS1MN3d3MkdPa142WFRrdnRRUWl1UFE"
PRAW_CASSETTE = "tests/integration/cassettes/TestCommentForest.test_replace__all.json"
REDDIT = '"url": "https://www.reddit.com/r/SquaredCircle/comments/5jnkui/'


# (text, path, rule, value) reported
REPORTED = [
    # a password in the spec's place of the field name
    (
        "      mysql_pw = slave1/db/name/Zq4vT9mKx2Rw\n",
        EXIM_DOC,
        "generic-password",
        "slave1/db/name/Zq4vT9mKx2Rw",
    ),
    ("\tsecret:Zq4vT9mKx2RwLp8sYb3N\n", KEA_LOG, "generic-secret", "Zq4vT9mKx2RwLp8sYb3N"),
    (
        f'    encryption_key = "{changed_mid(RSPAMD_FUZZY_KEY, 20)}";\n',
        FUZZY,
        "generic-key",
        changed_mid(RSPAMD_FUZZY_KEY, 20),
    ),
    ('    chpass="krb5Zq4vT9x"\n', SSSD, "generic-password", "krb5Zq4vT9x"),
    (
        '            secretLocation.blockSlug.packageSecret === "Zq4vT9mKx2RwLp8s" &&\n',
        CONTINUE_TEST,
        "generic-secret",
        "Zq4vT9mKx2RwLp8s",
    ),
    (f"        >>> gc.api_key = '{SHEET_KEY}'\n", GSPREAD, "generic-key", SHEET_KEY),
    (
        "GOCARDLESS_TOKEN=live_nxtDiscussionThreadDecember21st2016Q7zx9\n",
        ".env",
        "gocardless-access-token",
        "live_nxtDiscussionThreadDecember21st2016Q7zx9"[:45],
    ),
]

# (text, path) with no finding
QUIET = [
    ("      mysql_servers = slave1/db/name/pw:slave2/db/name/pw:master/db/name/pw\n", EXIM_DOC),
    ('\t"name:<base64-secret>:sha1-hmac"). It does not use them for\n', KEA_LOG),
    (f'    encryption_key = "{RSPAMD_FUZZY_KEY}";\n', FUZZY),
    ('    chpass="krb5"\n', SSSD),
    (
        '<label for="newpasswd2">[%|loc%]Re-enter your new password:[%END%]  </label>\n',
        SYMPA,
    ),
    (
        '            secretLocation.blockSlug.packageSlug === "claude35sonnet" &&\n',
        CONTINUE_TEST,
    ),
    (f"        >>> gc.open_by_key('{SHEET_KEY}')\n", GSPREAD),
    (f'{REDDIT}live_nxt_discussion_thread_december_21st_2016/", \n', PRAW_CASSETTE),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round27_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
