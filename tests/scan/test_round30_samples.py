"""Round 30: CI, release and registry tooling on npm (Renovate, semantic-release and its GitHub, npm
and GitLab plugins, release-it, Verdaccio, the GitHub Actions toolkit, Octokit's auth and webhooks
packages, Danger, Lerna, Changesets, Snyk, the Heroku and Sentry CLIs, GitBeaker, the Azure DevOps
client, Nx, …) and Debian's Prometheus family (Prometheus, Alertmanager, 37 exporters and their Go
libraries, Telegraf, InfluxDB, Zabbix's agent, the Go SQL and MongoDB drivers): a conditional's two
quoted results, a template literal's expression where a provider rule's value goes, and a URL after
a sentence about a password.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

NX = "nx/dist/src/utils/min-release-age/behavior/yarn.js"
RENOVATE = "renovate/dist/modules/manager/nuget/config-formatter.js"
README = "semantic-release-gitlab/README.md"
PROXY = "If your proxy server requires authentication embed the username and password in the URL: "

# (text, path, rule, value) reported
REPORTED = [
    ("    const opts = { 'pass' : 'Zq4vT9mKx2Rw' };\n", NX, "generic-password", "Zq4vT9mKx2Rw"),
    (
        '    cred += `<add key="ClearTextPassword" value="Zq4vT9mKx2Rw" />\\n`;\n',
        RENOVATE,
        "nuget-config-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        PROXY + "`HTTPS_PROXY=http://deploy:Zq4vT9mKx2Rw@proxyurl.com:8080`\n",
        README,
        "url-basic-auth",
        "Zq4vT9mKx2Rw",
    ),
]

# (text, path) with no finding
QUIET = [
    (
        "    const t = (0, semver_1.lt)(pmVersion, '4.10.2') ? 'pass' : 'quarantine';\n",
        NX,
    ),
    (
        '    cred += `<add key="ClearTextPassword" value="${credential.password}" />\\n`;\n',
        RENOVATE,
    ),
    (PROXY + "`HTTPS_PROXY=http://user:pwd@proxyurl.com:8080`\n", README),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round30_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
