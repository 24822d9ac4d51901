"""Round 23: seven sets of software no earlier round had read, each case a class met there.

- Debian's web applications and servers (803 MB): fail2ban's regular expressions, Dovecot's log of
  a password's SHA-1 prefix, Jetty's OBF: keystore defaults, certbot's ACME token, DAViCal's
  .pgpass line ("secret" in leet) and its SQL SET password filled in from a shell or batch variable.
- C and R libraries and their manuals (403 MB): a GnuTLS TPM key URL, a header's HTML listing read
  as a NAME  VALUE table, R's help index (askpass names the program that asks for a password).
- Infrastructure-as-code packages (502 MB): the Terraform AWS provider's documentation examples that
  Pulumi copies, the CDK README's SecretValue.unsafePlainText example, a factory named "from…",
  Pulumi's list of secret outputs.
- Manuals and handbooks (355 MB): Docker's swarm tokens and Content Trust key ids, Python's keyed
  BLAKE2 example, a completion list of option names, a VMS node's access string.
- AI agent frameworks and SDKs (583 MB): a Mixpanel project token, LiteLLM's documented key, a
  provider prefix on typed filler in a test, "https://user:password@host" translated, a minified
  call's argument, a label, a CodeMirror grammar's tokenizer table.
- Erlang, XMPP, SIP and TURN servers (339 MB): an Erlang bit-syntax segment, a record, io:format
  directives, a grammar's terminal names, a placeholder's closing bracket read as an XML tag.
- Project starters and deploy CLIs on npm (92 MB): netlify-cli's locally emulated tokens, a
  minified ternary, firebase-tools' installed-app GitHub client and GA4 secrets.

Each quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

FILTER = "etc/fail2ban/filter.d/dovecot.conf"
DAVICAL = "usr/share/davical/dba/create-database.sh"
KMS = "package/kms/externalKey.js"
RDS = "package/aws-rds/README.md"
FIREHOSE = "package/kinesis/firehoseDeliveryStream.d.ts"
DATASYNC = "package/datasync/locationAzureBlob.d.ts"
SAS = "sp=r&st=2023-12-20T14:54:52Z&se=2023-12-20T22:54:52Z&spr=https&sv=2021-06-08&sr=c&sig="
CDK_CREDS = "rds.Credentials.fromUsername('adminuser', { password: "
COMPLETION = "bash/examples/complete/bash_completion"
TRUST = "docker-doc/reference/commandline/trust_revoke.md"
TRUST_ID = "3cb2228f6561e58f46dbc4cda4fcaff9d5ef22e865a94636f82450d1d2234949"
ANALYTICS = "aider/analytics.py"
LITELLM = "litellm/proxy/management_endpoints/key_management_endpoints.py"
REDACTION_TEST = "mistralai/extra/tests/test_redaction_policies.py"
PROMPT = "agents/sandbox/memory/prompts/memory_read_prompt.md"
# 120 characters of a minified bundle (open-webui's lodash isEmpty)
MINIFIED = (
    "h;var e=Wm(t);if(e==aB||e==iB)return!t.size;if(ww(t))return!Pw(t).length;"
    "for(var r in t)if(oB.call(t,r))return!1;return!\n"
)
LEZER = "!2q~R!ZOX$tX^%l^p$tpq%lqr)Ors-xst/ltu6Zuv$tvw8^wx:Uxy"
TURN = "etc/turnserver.conf"
PSQL_USERDB = "host=<host> dbname=<database-name> user=<database-user> "
SSH_AUTH = "lib/ssh-4.15.2/src/ssh_auth.erl"
RELTOOL = "lib/reltool-0.9/src/reltool_server.erl"
RECORD = "count = Count2, pid = Pid, ref = Ref},"
AMQP = "tsung-1.7.0/src/ts_amqp.erl"
DEBUGF = '?DebugF("start with: user=~p, password='
DEBUGF_ARGS = '", [UserName, Password]),\n'
GRAMMAR = "megaco-4.4.2/src/text/megaco_text_parser_v1.yrl"
NETLIFY = "netlify-cli/dist/lib/functions/server.js"
# HS256 tokens of {"source":"netlify dev","testData":"NETLIFY_DEV_LOCALLY_EMULATED_IDENTITY"}, and
# of the same with "sub" for "testData"
NETLIFY_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb3VyY2UiOiJuZXRsaWZ5IGRldiIsInRlc3REYXR"
    "hIjoiTkVUTElGWV9ERVZfTE9DQUxMWV9FTVVMQVRFRF9JREVOVElUWSJ9.Zq4vT9mKx2RwLp8sYb3NcF5hJ1dGk7Qm0aWe6uTr2yB"
)
NETLIFY_SUB_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb3VyY2UiOiJuZXRsaWZ5IGRldiIsInN1YiI6Ik5"
    "FVExJRllfREVWX0xPQ0FMTFlfRU1VTEFURURfSURFTlRJVFkifQ.Zq4vT9mKx2RwLp8sYb3NcF5hJ1dGk7Qm0aWe6uTr2yB"
)
BULK = "vercel/dist/commands-bulk.js"
VERCEL = "function validateProtectionPassword(value){let password=value.trim();return password==="
TRACK = "firebase-tools/lib/track.js"
GA4 = "        apiSecret: process.env.FIREBASE_CLI_GA4_API_SECRET || "
FIREBASE_GITHUB = 'const githubClientSecret = () => utils.envOverride("GITHUB_CLIENT_SECRET", '

# (text, path, rule, value) reported
REPORTED = [
    # a value after a colon, not a regular expression group after a word
    (
        "_auth_worker = (?:dovecot: )?auth:?:-worker)?\n",
        FILTER,
        "generic-auth",
        "?:-worker)?",
    ),
    (
        "failregex = ^ from <HOST>: Unknown user or password Zq4v9mKx2R.\n",
        "etc/fail2ban/filter.d/squirrelmail.conf",
        "generic-prose-password-bare",
        "Zq4v9mKx2R.",
    ),
    (
        "Jun 11 13:57:17 main dovecot: auth: unknown user (given password: Zq4vT9mKx2Rw)\n",
        "tests/files/logs/dovecot",
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    # one digit away from Jetty's obfuscated "storepwd"
    (
        "# jetty.sslContext.keyStorePassword=OBF:1vny1zlo1x9e1vnw1vn61x8g1zlu1vn4\n",
        "modules/ssl.mod",
        "generic-password",
        "OBF:1vny1zlo1x9e1vnw1vn61x8g1zlu1vn4",
    ),
    (
        '    token=b"evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ+PCt82wr+oA")\n',
        "certbot/tests/acme_util.py",
        "generic-token",
        "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ+PCt82wr+oA",
    ),
    ("*:*:davical:davical_dba:Vd4kQ9zLm2T\n", "dba/update", "pgpass-password", "Vd4kQ9zLm2T"),
    (
        "psql -c \"UPDATE usr SET password = '**Hq3zK8mL2xW9' WHERE user_no = 1;\"\n",
        DAVICAL,
        "sql-set-password",
        "**Hq3zK8mL2xW9",
    ),
    # percent signs in a password, not a variable in capitals
    (
        "psql -c \"UPDATE usr SET password = 'Hq3z%k8mL%2xW9' WHERE user_no = 1;\"\n",
        DAVICAL,
        "sql-set-password",
        "Hq3z%k8mL%2xW9",
    ),
    ("tpm_key: Zq4vT9mKx2RwLp8s\n", "conf/app.yml", "generic-key", "Zq4vT9mKx2RwLp8s"),
    (
        "SSH_AUTH_METHOD_PASSWORD    Zq4vT9mKx2RwLp8s\n",
        "env.txt",
        "generic-env-table-row",
        "Zq4vT9mKx2RwLp8s",
    ),
    (
        "auth_pass  Zq4vT9mKx2Rw\n",
        "conf/keepalived.conf",
        "generic-config-directive",
        "Zq4vT9mKx2Rw",
    ),
    # infrastructure-as-code packages
    (
        'const secretOpts = { additionalSecret: "Zq4vT9mKx2RwLp8s" };\n',
        KMS,
        "generic-secret",
        "Zq4vT9mKx2RwLp8s",
    ),
    (
        "  credentials: rds.Credentials.withSecret('Zq4vT9mKx2Rw'),\n",
        RDS,
        "generic-secret",
        "Zq4vT9mKx2Rw",
    ),
    (
        ' *         hecToken: "51D4DA16-C61B-4F5F-8EC8-ED4301342A4A",\n',
        FIREHOSE,
        "splunk-hec-token",
        "51D4DA16-C61B-4F5F-8EC8-ED4301342A4A",
    ),
    (
        f' *         token: "{SAS}aBBKDWQvyuVcTPH9EBp%2FXTJ9E%2F%2Fmq171%2BZU178wcwqU%3D",\n',
        DATASYNC,
        "azure-sas-token",
        "aBBKDWQvyuVcTPH9EBp%2FXTJ9E%2F%2Fmq171%2BZU178wcwqU%3D",
    ),
    (
        ' *     masterPassword: "satsuk1mae",\n',
        "rds/globalCluster.d.ts",
        "generic-password",
        "satsuk1mae",
    ),
    (
        ' *     password: "#S1nc3rely",\n',
        "workspaces/directory.d.ts",
        "generic-password",
        "#S1nc3rely",
    ),
    (
        f"  credentials: {CDK_CREDS}SecretValue.unsafePlainText('7959866cacc02c2d253ecfe177464fe6') }}),\n",
        RDS,
        "cdk-secret-value-plaintext",
        "7959866cacc02c2d253ecfe177464fe6",
    ),
    # manuals and handbooks
    (
        "\t\t\tCOMPREPLY=( $( compgen -W 'pass=Zq4vT9mK bitrate= \\\n",
        COMPLETION,
        "generic-password",
        "Zq4vT9mK",
    ),
    (f"Signing Key:    {TRUST_ID}\n", TRUST, "generic-key", TRUST_ID),
    (
        "SWMKEY-1-fySn8TY4w5lKcWcJPIpKufejh9hxx5KYwx7XZigx3Q4\n",
        "docs/swarm_unlock-key.md",
        "docker-swarm-unlock-key",
        "SWMKEY-1-fySn8TY4w5lKcWcJPIpKufejh9hxx5KYwx7XZigx3Q4",
    ),
    (
        ">>> orig_key = b64decode(b'Rm5EPJai72qcK3RGBpW3vPNfZy5OZothY+kHY6h22KM=')\n",
        "library/hashlib.rst.txt",
        "generic-key",
        "Rm5EPJai72qcK3RGBpW3vPNfZy5OZothY+kHY6h22KM=",
    ),
    (
        '\t$ define VIM "PLUTO""ZAY mypass""=:RF10:[UTIL.VIM]" ! if passwd required\n',
        "doc/os_vms.txt",
        "generic-password",
        ":RF10:[UTIL.VIM]",
    ),
    # AI agent frameworks and SDKs
    (
        'mixpanel_api_secret = "6da9a43058a5d1b9f3353153921fb04d"\n',
        ANALYTICS,
        "mixpanel-api-secret",
        "6da9a43058a5d1b9f3353153921fb04d",
    ),
    (
        '    "key": "sk-Fn8Ej39NxjAXrvpUGKgGhw"\n',
        LITELLM,
        "generic-key",
        "sk-Fn8Ej39NxjAXrvpUGKgGhw",
    ),
    (
        '"shpat_0123456789abcdef0123456789abcdef",\n',
        "mistralai/extra/redaction_policies.py",
        "shopify-access-token",
        "shpat_0123456789abcdef0123456789abcdef",
    ),
    (
        '"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",\n',
        REDACTION_TEST,
        "shopify-access-token",
        "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",
    ),
    (
        '"Enter proxy URL":"(məs. https://istifadəçi:şifrəZ9x@host:port)",\n',
        "chunks/DWdi5a-A.js",
        "generic-url-credentials",
        "şifrəZ9x",
    ),
    (MINIFIED.replace("Pw(t)", "Pw(Zq4vT9mK)"), "a.txt", "generic-password", "Zq4vT9mK).length"),
    ("Quick-pass Zq4vT9mK2x\n", PROMPT, "generic-config-directive", "Zq4vT9mK2x"),
    (
        f'skippedNodes:[0,3,4],repeatNodeCount:10,authToken:"{LEZER}",\n',
        "chunks/kdjv2o70.js",
        "generic-token",
        LEZER,
    ),
    # Erlang, XMPP, SIP and TURN servers
    (
        f'#psql-userdb="{PSQL_USERDB}password=Zq4vT9mKx2Rw connect_timeout=30"\n',
        TURN,
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        "<db-password>Zq4vT9mKx2Rw</db-password>\n",
        "conf/app.xml",
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        "%% ?UINT32(Sz1), OldBinPwd:Zq4vT9mKx2/bin,\n",
        SSH_AUTH,
        "generic-password",
        "Zq4vT9mKx2/bin",
    ),
    (f"%%     PW = #Zq4vT9mKx2{{{RECORD}\n", RELTOOL, "generic-password", "#Zq4vT9mKx2{count"),
    (f"{DEBUGF}Zq4vT9mK~n{DEBUGF_ARGS}", AMQP, "generic-password", "Zq4vT9mK~n"),
    (
        "safeToken2           -> 'h221Token'             : '$1' .\n",
        GRAMMAR,
        "generic-token",
        "h221Token",
    ),
    # project starters and deploy CLIs
    (f"    token: '{NETLIFY_SUB_JWT}',\n", NETLIFY, "jwt", NETLIFY_SUB_JWT),
    (f'{VERCEL}"Zq4vT9mK"?{{ok:!1,message:"Invalid"}}\n', BULK, "generic-password", "Zq4vT9mK"),
    (f'{GA4}"LSw5lNxhSFSWeC6aIzJS2w",\n', TRACK, "generic-secret", "LSw5lNxhSFSWeC6aIzJS2w"),
    (
        f'{FIREBASE_GITHUB}"3330d14abc895d9a74d6f17cd7a00711fa2c5bf0");\n',
        "lib/api.js",
        "github-oauth-client-secret",
        "3330d14abc895d9a74d6f17cd7a00711fa2c5bf0",
    ),
]

# (text, path) with no finding
QUIET = [
    ("_auth_worker = (?:dovecot: )?auth(?:-worker)?\n", FILTER),
    (
        "failregex = ^ \\[LOGIN_ERROR\\].*from <HOST>: Unknown user or password incorrect\\.$\n",
        "etc/fail2ban/filter.d/squirrelmail.conf",
    ),
    (
        "failregex = ^ - (no such user - loginname=(?P=USER)|auth_unix.pl, ret -4, "
        "Password incorrect)$\n",
        "etc/fail2ban/filter.d/openwebmail.conf",
    ),
    (
        "Jun 11 13:57:17 main dovecot: auth: unknown user (SHA1 of given password: f638ff)\n",
        "tests/files/logs/dovecot",
    ),
    (
        "# jetty.sslContext.keyStorePassword=OBF:1vny1zlo1x8e1vnw1vn61x8g1zlu1vn4\n",
        "modules/ssl.mod",
    ),
    ("# jetty.sslContext.keyManagerPassword=OBF:1u2u1wml1z7s1z7a1wnl1u2g\n", "modules/ssl.mod"),
    (
        '    token=b"evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ+PCt92wr+oA")\n',
        "certbot/tests/acme_util.py",
    ),
    ("*:*:davical:davical_dba:53cr3t\n", "dba/update"),
    ("psql -c \"UPDATE usr SET password = '**${ADMINPW}' WHERE user_no = 1;\"\n", DAVICAL),
    (
        "psql -c \"UPDATE usr SET password = '**%ADMINPW%' WHERE user_no = 1;\" %DBNAME%\n",
        "usr/share/davical/dba/windows/create-database.bat",
    ),
    (
        '</p><pre class="verbatim">tpmkey:uuid=42309df8-d101-11e1-a89a-97bb33c23ad1;storage=user\n',
        "doc/gnutls.html",
    ),
    (
        '<span class="preprocessor">#define SSH_AUTH_METHOD_PASSWORD    0x0002u</span></div>\n',
        "html/libssh_8h_source.html",
    ),
    ("askpass\treexports\n", "openssl/help/AnIndex"),
    ("export SSH_ASKPASS=Zq4vT9mKx2Rw\n", "bin/run.sh"),
    ('const secretOpts = { additionalSecretOutputs: ["keyMaterialBase64"] };\n', KMS),
    ("  credentials: rds.Credentials.fromGeneratedSecret('syscdk'),\n", RDS),
    (' *         hecToken: "51D4DA16-C61B-4F5F-8EC7-ED4301342A4A",\n', FIREHOSE),
    (
        f' *         token: "{SAS}aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",\n',
        DATASYNC,
    ),
    (' *     masterPassword: "satsukimae",\n', "rds/globalCluster.d.ts"),
    (' *     password: "#S1ncerely",\n', "workspaces/directory.d.ts"),
    (
        f"  credentials: {CDK_CREDS}SecretValue.unsafePlainText('7959866cacc02c2d243ecfe177464fe6') }}),\n",
        RDS,
    ),
    ("\t\t\tCOMPREPLY=( $( compgen -W 'pass= bitrate= \\\n", COMPLETION),
    (f"Root Key:       {TRUST_ID}\n", TRUST),
    ("SWMKEY-1-fySn8TY4w5lKcWcJPIpKufejh9hxx5KYwx6XZigx3Q4\n", "docs/swarm_unlock-key.md"),
    (
        ">>> orig_key = b64decode(b'Rm5EPJai72qcK3RGBpW3vPNfZy5OZothY+kHY6h21KM=')\n",
        "library/hashlib.rst.txt",
    ),
    (
        '\t$ define VIM "PLUTO""ZAY mypass""::RF10:[UTIL.VIM]" ! if passwd required\n',
        "doc/os_vms.txt",
    ),
    ('mixpanel_project_token = "6da9a43058a5d1b9f3353153921fb04d"\n', ANALYTICS),
    ('    "key": "sk-Fn8Ej39NxjAXrvpUGKghGw"\n', LITELLM),
    ('"shpat_0123456789abcdef0123456789abcdef",\n', REDACTION_TEST),
    (
        '"Enter proxy URL":"(piem., https://lietotājs:parole@host:ports)",\n',
        "chunks/Bqjs6uXz.js",
    ),
    ('"Enter proxy URL":"(məs. https://istifadəçi:şifrə@host:port)",\n', "chunks/DWdi5a-A.js"),
    (MINIFIED, "a.txt"),
    ("Quick-pass budget:\n", PROMPT),
    (f'skippedNodes:[0,3,4],repeatNodeCount:10,tokenData:"{LEZER}",\n', "chunks/kdjv2o70.js"),
    (f'#psql-userdb="{PSQL_USERDB}password=<database-user-password> connect_timeout=30"\n', TURN),
    ("%% ?UINT32(Sz1), OldBinPwd:Sz1/binary,\n", SSH_AUTH),
    (f"%%     PW = #pmap_wait{{{RECORD}\n", RELTOOL),
    (f"{DEBUGF}~p~n{DEBUGF_ARGS}", AMQP),
    ("safeToken2           -> 'H221Token'             : '$1' .\n", GRAMMAR),
    (f"    token: '{NETLIFY_JWT}',\n", NETLIFY),
    (f'{VERCEL}""?{{ok:!1,message:"Invalid"}}\n', BULK),
    (f'{GA4}"LSw5lNxhSFSWeB6aIzJS2w",\n', TRACK),
    (f'{FIREBASE_GITHUB}"3330d14abc895d9a74d5f17cd7a00711fa2c5bf0");\n', "lib/api.js"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round23_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
