"""A fake home folder with realistic secrets planted in every place ``tether sweep`` knows.

``build(home)`` writes the files and returns what it planted: each value, the file (relative to the
home), and where inside it (file line, or a record fragment for databases and notebooks). Every value
is random and of the provider's real shape (checksums included), so nothing here is a real key.
Decoy files with placeholders and no secrets are written too (``DECOYS``).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import secrets
import sqlite3
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tether.scan.heuristics import is_placeholder
from tether.tokens import base62_encode

B62 = string.ascii_letters + string.digits
UP32 = string.ascii_uppercase + "234567"


def _r(alphabet: str, n: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


def _no_placeholder(gen: Callable[..., str]) -> Callable[..., str]:
    """Draw again when a random value happens to spell a placeholder word (``Demo``, ``xXx``):
    the scanner rightly ignores those, and a planted value must be a real-looking secret."""

    @functools.wraps(gen)
    def draw(*args: str) -> str:
        while True:
            value = gen(*args)
            if is_placeholder(value) is None:
                return value

    return draw


@_no_placeholder
def ghp(prefix: str = "ghp_") -> str:
    body = _r(B62, 30)
    return prefix + body + base62_encode(zlib.crc32(body.encode()), 6)


@_no_placeholder
def npm() -> str:
    return ghp("npm_")


@_no_placeholder
def aws_id() -> str:
    return "AKIA" + _r(UP32, 16)


@_no_placeholder
def aws_secret() -> str:
    return _r(B62 + "+/", 40)


@_no_placeholder
def openai() -> str:
    return "sk-proj-" + _r(B62 + "_-", 74) + "T3BlbkFJ" + _r(B62 + "_-", 74)


@_no_placeholder
def anthropic() -> str:
    return "sk-ant-api03-" + _r(B62 + "_-", 93) + "AA"


@_no_placeholder
def slack() -> str:
    return f"xoxb-{_r(string.digits, 12)}-{_r(string.digits, 13)}-{_r(B62, 24)}"


@_no_placeholder
def stripe() -> str:
    return "sk_live_51" + _r(B62, 97)


@_no_placeholder
def hf() -> str:
    return "hf_" + _r(string.ascii_letters, 34)


@_no_placeholder
def glpat() -> str:
    return "glpat-" + _r(B62, 20)


@_no_placeholder
def google_key() -> str:
    return "AIza" + _r(B62 + "_-", 35)


@_no_placeholder
def google_refresh() -> str:
    return "1//0" + _r(B62 + "_-", 99)


@_no_placeholder
def password() -> str:
    return _r(string.ascii_letters, 6) + _r(string.digits, 3) + "*" + _r(B62, 8)


@_no_placeholder
def pypi() -> str:
    ident = json.dumps({"version": 1, "id": _r(string.hexdigits.lower(), 32)}).encode()
    sig = secrets.token_bytes(32)

    def field(t: int, data: bytes) -> bytes:
        return bytes([t, len(data)]) + data

    raw = b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00\x00" + field(6, sig)
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


@_no_placeholder
def jwt() -> str:
    def seg(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    head = seg({"alg": "RS256", "kid": _r(B62, 20)})
    body = seg(
        {"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:" + _r(B62, 8)}
    )
    return f"{head}.{body}.{_r(B62 + '_-', 86)}"


def pem_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@dataclass(frozen=True)
class Planted:
    value: str
    path: str  # relative to the home
    line: int | None = None  # file line of the value (None: no lines, e.g. a database)
    record: str | None = None  # fragment of the record description (databases, notebooks)


class _Home:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.planted: list[Planted] = []

    def write(self, rel: str, text: str | bytes) -> Path:
        p = self.home / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            p.write_bytes(text)
        else:
            p.write_text(text, encoding="utf-8")
        return p

    def lines(self, rel: str, lines: list[str | tuple[str, str]]) -> None:
        """Write ``lines``; a tuple (text, value) plants ``value`` on that line."""
        out = []
        for i, item in enumerate(lines, 1):
            if isinstance(item, tuple):
                text, value = item
                self.planted.append(Planted(value, rel, i))
            else:
                text = item
            out.append(text)
        self.write(rel, "\n".join(out) + "\n")

    def jsonl(
        self, rel: str, records: list[dict[str, object] | tuple[dict[str, object], str]]
    ) -> None:
        self.lines(
            rel,
            [(json.dumps(r[0]), r[1]) if isinstance(r, tuple) else json.dumps(r) for r in records],
        )

    def json_doc(self, rel: str, doc: object, values: list[str], indent: int | None = 2) -> None:
        text = json.dumps(doc, indent=indent)
        self.write(rel, text + "\n")
        for v in values:
            enc = json.dumps(v)[1:-1]
            line = text[: text.index(enc)].count("\n") + 1
            self.planted.append(Planted(v, rel, line))

    def db(
        self, rel: str, ddl: str, rows: list[tuple[object, ...]], values: list[tuple[str, str]]
    ) -> None:
        p = self.home / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(p)
        conn.execute(ddl)
        table = ddl.split()[2]
        marks = ",".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        conn.commit()
        conn.close()
        for v, record in values:
            self.planted.append(Planted(v, rel, None, record))


def build(home: Path, project: str = "code/app") -> list[Planted]:
    """Plant secrets everywhere under ``home``; the project folder is ``home/<project>``."""
    h = _Home(home)
    uuid = "6f1c2a4e-0b7d-4c59-9a51-3e2d8f0c1b77"

    # --- Claude Code --------------------------------------------------------------------------
    t1, aid, asec, pem, t2 = ghp(), aws_id(), aws_secret(), pem_key(), anthropic()
    proj = "projects/-home-alice-code-app"
    h.jsonl(
        f".claude/{proj}/{uuid}.jsonl",
        [
            {"type": "summary", "summary": "Fix deploy"},
            (
                {
                    "type": "user",
                    "sessionId": uuid,
                    "message": {"role": "user", "content": f"use my token {t1} to push"},
                },
                t1,
            ),
            {
                "type": "assistant",
                "message": {"content": [{"type": "text", "text": "Reading .env"}]},
            },
            (
                {
                    "type": "user",
                    "message": {
                        "content": [
                            {
                                "type": "tool_result",
                                "tool_use_id": "toolu_01",
                                "content": f"AWS_ACCESS_KEY_ID={aid}\nAWS_SECRET_ACCESS_KEY={asec}\nDEBUG=1\n",
                            }
                        ]
                    },
                },
                asec,
            ),
            ({"type": "user", "toolUseResult": {"stdout": pem, "stderr": ""}}, pem),
        ],
    )
    h.planted.append(Planted(aid, f".claude/{proj}/{uuid}.jsonl", 4))
    h.jsonl(
        f".claude/{proj}/{uuid}/subagents/agent-a1b2.jsonl",
        [
            {"type": "user", "message": {"content": "look at the config"}},
            (
                {
                    "type": "assistant",
                    "message": {
                        "content": [
                            {
                                "type": "tool_use",
                                "name": "Bash",
                                "input": {"command": f"export ANTHROPIC_API_KEY={t2} && ./run"},
                            }
                        ]
                    },
                },
                t2,
            ),
        ],
    )
    s1 = slack()
    h.lines(
        f".claude/{proj}/{uuid}/tool-results/toolu_9.txt",
        ["$ env", "HOME=/home/alice", (f"SLACK_BOT_TOKEN={s1}", s1)],
    )
    o1 = openai()
    h.jsonl(
        ".claude/history.jsonl",
        [
            {
                "display": "run the tests",
                "timestamp": 1760000000000,
                "project": "/home/alice/code/app",
            },
            (
                {
                    "display": f"set OPENAI_API_KEY={o1} in the env",
                    "timestamp": 1760000001000,
                    "project": "/home/alice/code/app",
                    "sessionId": uuid,
                },
                o1,
            ),
        ],
    )
    st1 = stripe()
    h.lines(
        f".claude/file-history/{uuid}/3f2a9c@v1",
        ["# app settings", ("STRIPE_SECRET_KEY=" + st1, st1), "PORT=3000"],
    )
    hf1 = hf()
    h.lines(".claude/paste-cache/paste-1.txt", ["here is my token:", (hf1, hf1)])
    gl1 = glpat()
    h.lines(
        ".claude/shell-snapshots/snapshot-bash-1760000000.sh",
        ["# snapshot", (f"export GITLAB_TOKEN={gl1}", gl1)],
    )
    g2, s2 = ghp(), slack()
    h.json_doc(
        ".claude.json",
        {
            "numStartups": 12,
            "mcpServers": {
                "github": {
                    "command": "npx",
                    "args": ["-y", "@modelcontextprotocol/server-github"],
                    "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": g2},
                }
            },
            "projects": {
                "/home/alice/code/app": {
                    "mcpServers": {"slack": {"command": "npx", "env": {"SLACK_BOT_TOKEN": s2}}}
                }
            },
        },
        [g2, s2],
    )
    a3 = anthropic()
    h.json_doc(
        ".claude/settings.local.json",
        {
            "permissions": {
                "allow": [
                    "Bash(npm test)",
                    f'Bash(curl -H "x-api-key: {a3}" https://api.anthropic.com/v1/models)',
                ]
            }
        },
        [a3],
    )
    oat = "sk-ant-oat01-" + _r(B62 + "_-", 93) + "AA"
    h.json_doc(
        ".claude/.credentials.json",
        {"claudeAiOauth": {"accessToken": oat, "expiresAt": 1760000000000}},
        [oat],
    )
    s3 = slack()
    h.json_doc(
        ".config/Claude/claude_desktop_config.json",
        {"mcpServers": {"slack": {"command": "npx", "env": {"SLACK_BOT_TOKEN": s3}}}},
        [s3],
    )
    g3 = ghp()
    h.json_doc(
        "Library/Application Support/Claude/claude_desktop_config.json",
        {"mcpServers": {"gh": {"env": {"GITHUB_TOKEN": g3}}}},
        [g3],
    )

    # --- Codex --------------------------------------------------------------------------------
    st2, n1, o2, o3 = stripe(), npm(), openai(), openai()
    h.jsonl(
        f".codex/sessions/2026/05/01/rollout-2026-05-01T10-00-00-{uuid}.jsonl",
        [
            {
                "timestamp": "2026-05-01T10:00:00Z",
                "type": "session_meta",
                "payload": {"cwd": "/home/alice/code/app"},
            },
            (
                {
                    "timestamp": "2026-05-01T10:00:05Z",
                    "type": "response_item",
                    "payload": {"type": "function_call_output", "output": f"STRIPE_KEY={st2}\n"},
                },
                st2,
            ),
        ],
    )
    h.write(
        f".codex/sessions/2026/05/02/rollout-2026-05-02T10-00-00-{uuid}.jsonl.zst",
        b"\x28\xb5\x2f\xfd" + secrets.token_bytes(64),
    )
    h.jsonl(
        ".codex/history.jsonl",
        [
            (
                {
                    "session_id": uuid,
                    "ts": 1760000000,
                    "text": f"npm publish with //registry.npmjs.org/:_authToken={n1}",
                },
                n1,
            )
        ],
    )
    h.lines(
        ".codex/config.toml",
        [
            'model = "o4"',
            "",
            "[mcp_servers.openai]",
            'command = "npx"',
            (f'env = {{ "OPENAI_API_KEY" = "{o2}" }}', o2),
        ],
    )
    h.json_doc(".codex/auth.json", {"OPENAI_API_KEY": o3, "tokens": None}, [o3])

    # --- Cursor / VS Code family -----------------------------------------------------------------
    g4, aws2 = ghp(), aws_secret()
    bubble = {
        "text": "deploy it",
        "toolFormerData": {"name": "run_terminal_cmd", "result": f"GITHUB_TOKEN={g4}\n"},
    }
    h.db(
        ".config/Cursor/User/globalStorage/state.vscdb",
        "CREATE TABLE cursorDiskKV (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)",
        [
            ("composerData:c1", json.dumps({"name": "deploy"})),
            ("bubbleId:c1:b1", json.dumps(bubble)),
            ("bubbleId:c1:b2", json.dumps({"text": f"export AWS_SECRET_ACCESS_KEY={aws2}"})),
        ],
        [(g4, "bubbleId:c1:b1"), (aws2, "bubbleId:c1:b2")],
    )
    o4 = openai()
    h.db(
        "Library/Application Support/Cursor/User/workspaceStorage/9a8b7c/state.vscdb",
        "CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)",
        [("aiService.prompts", json.dumps([{"text": f"my key is {o4}", "commandType": 4}]))],
        [(o4, "aiService.prompts")],
    )
    a4 = anthropic()
    h.jsonl(
        ".cursor/projects/home-alice-code-app/agent-transcripts/t1/t1.jsonl",
        [
            {"role": "user", "message": {"content": [{"type": "text", "text": "hi"}]}},
            ({"role": "user", "message": {"content": [{"type": "text", "text": f"key {a4}"}]}}, a4),
        ],
    )
    g5 = ghp()
    h.json_doc(
        ".cursor/mcp.json",
        {"mcpServers": {"github": {"env": {"GITHUB_PERSONAL_ACCESS_TOKEN": g5}}}},
        [g5],
    )
    st3 = stripe()
    h.db(
        ".cursor/chats/0cc175b9c0f1b6a831c399e269772661/s1/store.db",
        "CREATE TABLE blobs (id TEXT PRIMARY KEY, data BLOB)",
        [("b1", json.dumps({"role": "tool", "content": f"STRIPE_SECRET_KEY={st3}"}).encode())],
        [(st3, "blobs")],
    )
    # Copilot chat sessions in Code, Code - Insiders and VS Code Server
    for rel in (
        ".config/Code/User/workspaceStorage/1f2e3d/chatSessions/" + uuid + ".json",
        ".config/Code - Insiders/User/workspaceStorage/4a5b6c/chatSessions/" + uuid + ".json",
        ".vscode-server/data/User/workspaceStorage/7d8e9f/chatSessions/" + uuid + ".json",
    ):
        v = ghp()
        h.json_doc(
            rel,
            {
                "version": 3,
                "requests": [{"message": {"text": f"why does {v} fail?"}, "response": []}],
            },
            [v],
        )
    g6 = google_key()
    h.json_doc(
        ".config/Code/User/mcp.json",
        {"servers": {"maps": {"env": {"GOOGLE_MAPS_API_KEY": g6}}}},
        [g6],
    )
    # Cline (Code), Roo Code (VSCodium), Kilo Code (Windsurf)
    for app, ext, name in (
        ("Code", "saoudrizwan.claude-dev", "api_conversation_history.json"),
        ("VSCodium", "rooveterinaryinc.roo-cline", "ui_messages.json"),
        ("Windsurf", "kilocode.kilo-code", "api_conversation_history.json"),
    ):
        v = anthropic()
        h.json_doc(
            f".config/{app}/User/globalStorage/{ext}/tasks/1760000000000/{name}",
            [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "text",
                            "text": f"<environment>ANTHROPIC_API_KEY={v}</environment>",
                        }
                    ],
                }
            ],
            [v],
            indent=None,
        )

    # --- Windsurf, Continue, Gemini, aider, Zed, Amazon Q, OpenCode --------------------------------
    g7 = ghp()
    h.json_doc(
        ".codeium/windsurf/mcp_config.json",
        {"mcpServers": {"github": {"env": {"GITHUB_PERSONAL_ACCESS_TOKEN": g7}}}},
        [g7],
    )
    h.write(".codeium/windsurf/cascade/0a1b.pb", secrets.token_bytes(256))
    o5, o6 = openai(), openai()
    h.json_doc(
        ".continue/sessions/" + uuid + ".json",
        {
            "sessionId": uuid,
            "history": [{"message": {"role": "user", "content": f"OPENAI_API_KEY={o5}"}}],
        },
        [o5],
    )
    h.lines(
        ".continue/config.yaml",
        ["models:", "  - name: gpt", "    provider: openai", (f"    apiKey: {o6}", o6)],
    )
    sha = hashlib.sha256(b"/home/alice/code/app").hexdigest()
    gk, gk2, gk3 = google_key(), google_key(), google_key()
    h.json_doc(
        f".gemini/tmp/{sha}/chats/session-2026-05-01T10-00-{uuid[:8]}.json",
        {
            "sessionId": uuid,
            "messages": [{"type": "user", "content": f"GEMINI_API_KEY={gk} why 403?"}],
        },
        [gk],
    )
    h.json_doc(
        ".gemini/settings.json", {"mcpServers": {"maps": {"env": {"GOOGLE_API_KEY": gk2}}}}, [gk2]
    )
    h.lines(".gemini/.env", [(f"GEMINI_API_KEY={gk3}", gk3)])
    grt = google_refresh()
    ya = "ya29.a0" + _r(B62 + "_-", 150)
    h.json_doc(".gemini/oauth_creds.json", {"access_token": ya, "refresh_token": grt}, [ya, grt])
    o7 = openai()
    h.lines(".aider.conf.yml", ["model: gpt-4o", (f"openai-api-key: {o7}", o7)])
    a5 = anthropic()
    h.json_doc(
        ".local/share/zed/conversations/fix-bug.zed.json",
        {"messages": [{"text": f"ANTHROPIC_API_KEY={a5}"}]},
        [a5],
    )
    aq = aws_secret()
    h.db(
        ".local/share/amazon-q/data.sqlite3",
        "CREATE TABLE conversations (key TEXT PRIMARY KEY, value TEXT)",
        [
            (
                "/home/alice/code/app",
                json.dumps(
                    {
                        "env_context": {
                            "env_state": {"environment_variables": {"AWS_SECRET_ACCESS_KEY": aq}}
                        }
                    }
                ),
            )
        ],
        [(aq, "/home/alice/code/app")],
    )
    s4 = slack()
    h.json_doc(
        ".aws/amazonq/mcp.json", {"mcpServers": {"slack": {"env": {"SLACK_BOT_TOKEN": s4}}}}, [s4]
    )
    g8 = ghp()
    h.db(
        ".local/share/opencode/opencode.db",
        "CREATE TABLE part (id TEXT PRIMARY KEY, message_id TEXT, data TEXT)",
        [("p1", "m1", json.dumps({"type": "tool", "state": {"output": f"token={g8}"}}))],
        [(g8, "part")],
    )

    # --- shell and REPL histories ----------------------------------------------------------------
    g9, aws3 = ghp(), aws_secret()
    h.lines(
        ".bash_history",
        [
            "ls -la",
            (f'curl -H "Authorization: token {g9}" https://api.github.com/user', g9),
            "cd code",
            (f"export AWS_SECRET_ACCESS_KEY={aws3}", aws3),
        ],
    )
    st4 = stripe()
    h.lines(
        ".zsh_history",
        [": 1760000000:0;git status", (f": 1760000010:0;export STRIPE_API_KEY={st4}", st4)],
    )
    pw1 = password()
    h.lines(
        ".local/share/fish/fish_history",
        [
            "- cmd: ls",
            "  when: 1760000000",
            (f"- cmd: mysql -h db.internal -u root -p{pw1} shop", pw1),
            "  when: 1760000020",
        ],
    )
    gl2 = glpat()
    h.lines(".zsh_sessions/4C1F.history", ["make", (f"export GITLAB_TOKEN={gl2}", gl2)])
    o8 = openai()
    h.lines(".python_history", ["import openai", (f'openai.api_key = "{o8}"', o8)])
    s5 = slack()
    h.lines(".node_repl_history", [(f"const t = '{s5}'", s5), "1+1"])
    n2 = npm()
    h.db(
        ".ipython/profile_default/history.sqlite",
        "CREATE TABLE history (session integer, line integer, source text, source_raw text, PRIMARY KEY (session, line))",
        [(1, 1, f"NPM_TOKEN = '{n2}'", f"NPM_TOKEN = '{n2}'")],
        [(n2, "history")],
    )

    # --- credential files -------------------------------------------------------------------------
    aid2, asec2 = aws_id(), aws_secret()
    h.lines(
        ".aws/credentials",
        [
            "[default]",
            (f"aws_access_key_id = {aid2}", aid2),
            (f"aws_secret_access_key = {asec2}", asec2),
        ],
    )
    asec3 = aws_secret()
    asia = "ASIA" + _r(UP32, 16)
    h.json_doc(
        ".aws/cli/cache/ab12.json",
        {"Credentials": {"AccessKeyId": asia, "SecretAccessKey": asec3}},
        [asia, asec3],
    )
    n3 = npm()
    h.lines(
        ".npmrc",
        ["registry=https://registry.npmjs.org/", (f"//registry.npmjs.org/:_authToken={n3}", n3)],
    )
    py1 = pypi()
    h.lines(".pypirc", ["[pypi]", "username = __token__", (f"password = {py1}", py1)])
    duser, dpass = "alice", password()
    dauth = base64.b64encode(f"{duser}:{dpass}".encode()).decode()
    h.json_doc(
        ".docker/config.json",
        {"auths": {"registry.example.com": {"auth": dauth}}},
        [dauth],
        indent=1,
    )
    g10 = ghp()
    h.lines(".git-credentials", [(f"https://alice:{g10}@github.com", g10)])
    pw2 = password()
    h.lines(
        ".netrc",
        ["machine api.heroku.com", "  login alice@example.com", (f"  password {pw2}", pw2)],
    )
    kt, kpw = jwt(), password()
    h.lines(
        ".kube/config",
        [
            "apiVersion: v1",
            "kind: Config",
            "users:",
            "- name: ci",
            "  user:",
            (f"    token: {kt}", kt),
            "- name: admin",
            "  user:",
            "    username: admin",
            (f"    password: {kpw}", kpw),
        ],
    )
    gho = ghp("gho_")
    h.lines(
        ".config/gh/hosts.yml", ["github.com:", (f"    oauth_token: {gho}", gho), "    user: alice"]
    )
    grt2, gsec = google_refresh(), "GOCSPX-" + _r(B62 + "_-", 28)
    h.db(
        ".config/gcloud/credentials.db",
        "CREATE TABLE credentials (account_id TEXT PRIMARY KEY, value BLOB)",
        [
            (
                "alice@example.com",
                json.dumps(
                    {
                        "client_id": "32555940559.apps.googleusercontent.com",
                        "client_secret": gsec,
                        "refresh_token": grt2,
                        "type": "authorized_user",
                    }
                ),
            )
        ],
        [(grt2, "alice@example.com"), (gsec, "alice@example.com")],
    )
    grt3 = google_refresh()
    h.json_doc(
        ".config/gcloud/application_default_credentials.json",
        {"refresh_token": grt3, "type": "authorized_user"},
        [grt3],
    )
    # Entra ID client secret: 3 characters, a digit, "Q~", 34 more (40 in all); a value off that
    # format is left to the generic rules, which can drop a random draw as a chance placeholder
    azsec = _r(B62, 3) + _r(string.digits, 1) + "Q~" + _r(B62 + "_.~-", 34)
    h.json_doc(
        ".azure/service_principal_entries.json",
        [{"client_id": "0d1e2f", "tenant": "t1", "client_secret": azsec}],
        [azsec],
    )
    pw3 = password()
    h.lines(".pgpass", [(f"db.internal:5432:billing:billing_rw:{pw3}", pw3)])
    pw4 = password()
    h.lines(".my.cnf", ["[client]", "user = root", (f"password = {pw4}", pw4)])
    hf2 = hf()
    h.lines(".cache/huggingface/token", [(hf2, hf2)])
    tfc = _r(B62, 14) + ".atlasv1." + _r(B62, 67)
    h.json_doc(
        ".terraform.d/credentials.tfrc.json",
        {"credentials": {"app.terraform.io": {"token": tfc}}},
        [tfc],
    )
    a6 = anthropic()
    h.lines(".env", [(f"ANTHROPIC_API_KEY={a6}", a6)])

    # --- a project --------------------------------------------------------------------------------
    p = project
    pw5, st5 = password(), stripe()
    h.lines(
        f"{p}/.env",
        [
            "# local settings",
            (f"DATABASE_URL=postgres://app:{pw5}@db.internal:5432/app", pw5),
            (f"STRIPE_SECRET_KEY={st5}", st5),
        ],
    )
    o9 = openai()
    h.lines(f"{p}/.env.local", [(f"OPENAI_API_KEY={o9}", o9)])
    a7 = anthropic()
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Demo\n"]},
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 1,
                "source": ["import os\n", "print(os.environ['ANTHROPIC_API_KEY'])\n"],
                "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"{a7}\n"]}],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    h.json_doc(f"{p}/notebooks/demo.ipynb", nb, [a7], indent=1)
    h.planted[-1] = Planted(a7, f"{p}/notebooks/demo.ipynb", h.planted[-1].line, "cell 1 output 0")
    g11, a8, s6, g12 = ghp(), anthropic(), slack(), ghp()
    h.json_doc(f"{p}/.mcp.json", {"mcpServers": {"github": {"env": {"GITHUB_TOKEN": g11}}}}, [g11])
    h.json_doc(
        f"{p}/.claude/settings.local.json",
        {"permissions": {"allow": [f"Bash(ANTHROPIC_API_KEY={a8} python eval.py)"]}},
        [a8],
    )
    h.json_doc(
        f"{p}/.cursor/mcp.json", {"mcpServers": {"slack": {"env": {"SLACK_BOT_TOKEN": s6}}}}, [s6]
    )
    h.json_doc(
        f"{p}/.vscode/mcp.json", {"servers": {"github": {"env": {"GITHUB_TOKEN": g12}}}}, [g12]
    )
    g13 = ghp()
    h.lines(
        f"{p}/.git/config",
        [
            "[core]",
            "\tbare = false",
            '[remote "origin"]',
            (f"\turl = https://alice:{g13}@github.com/alice/app.git", g13),
        ],
    )
    h.write(f"{p}/.git/HEAD", "ref: refs/heads/main\n")
    st6 = stripe()
    h.lines(
        f"{p}/.aider.chat.history.md",
        ["# aider chat started", "#### add billing", (f"> STRIPE_SECRET_KEY={st6}", st6)],
    )

    _more(h, p)

    # --- decoys: placeholders only -----------------------------------------------------------------
    for rel, text in DECOYS.items():
        h.write(rel if not rel.startswith("{p}") else rel.replace("{p}", p), text)
    return h.planted


def _more(h: _Home, p: str) -> None:
    """More credential-file shapes: token caches, build tools, command lines."""
    az_at, az_rt = jwt(), "1.AXoA" + _r(B62 + "_-", 300)
    h.json_doc(
        ".azure/msal_token_cache.json",
        {
            "AccessToken": {"a": {"credential_type": "AccessToken", "secret": az_at}},
            "RefreshToken": {"r": {"credential_type": "RefreshToken", "secret": az_rt}},
        },
        [az_at, az_rt],
        indent=4,
    )
    gat = "ya29.a0" + _r(B62 + "_-", 160)
    h.db(
        ".config/gcloud/access_tokens.db",
        "CREATE TABLE access_tokens (account_id TEXT PRIMARY KEY, access_token TEXT, "
        "token_expiry TIMESTAMP, rapt_token TEXT, id_token TEXT)",
        [("alice@example.com", gat, "2026-01-01 00:00:00", None, None)],
        [(gat, "key 'alice@example.com' column access_token")],
    )
    grt = google_refresh()
    h.json_doc(
        ".config/gcloud/legacy_credentials/alice@example.com/adc.json",
        {
            "client_id": "x.apps.googleusercontent.com",
            "refresh_token": grt,
            "type": "authorized_user",
        },
        [grt],
    )
    sso = "aoa" + _r(B62, 300)
    h.json_doc(
        ".aws/sso/cache/3f9c.json",
        {"startUrl": "https://x.awsapps.com/start", "accessToken": sso, "region": "us-east-1"},
        [sso],
    )
    sts = "IQoJb3JpZ2luX2VjE" + _r(B62 + "+/", 300)
    h.lines(
        ".aws/config", ["[profile dev]", "region = us-east-1", (f"aws_session_token = {sts}", sts)]
    )
    ckd = base64.b64encode(pem_key().encode()).decode()
    h.lines(
        ".kube/prod.yaml",
        ["users:", "- name: u", "  user:", (f"    client-key-data: {ckd}", ckd)],
    )
    gem = "rubygems_" + _r("0123456789abcdef", 48)
    h.lines(".gem/credentials", ["---", (f":rubygems_api_key: {gem}", gem)])
    m2 = password()
    h.lines(
        ".m2/settings.xml",
        [
            "<settings><servers><server>",
            "<id>r</id><username>bob</username>",
            (f"<password>{m2}</password>", m2),
            "</server></servers></settings>",
        ],
    )
    gr = password()
    h.lines(".gradle/gradle.properties", ["mavenUser=bob", (f"mavenPassword={gr}", gr)])
    cp, cgh = password(), ghp()
    h.json_doc(
        ".composer/auth.json",
        {
            "http-basic": {"repo.example.com": {"username": "bob", "password": cp}},
            "github-oauth": {"github.com": cgh},
        },
        [cp, cgh],
        indent=4,
    )
    pip = password()
    h.lines(
        ".config/pip/pip.conf",
        ["[global]", (f"index-url = https://bob:{pip}@pypi.example.com/simple", pip)],
    )
    cio = "cio" + _r(B62, 32)
    h.lines(".cargo/credentials.toml", ["[registry]", (f'token = "{cio}"', cio)])
    vt = "hvs." + _r(B62, 24)
    h.lines(".vault-token", [(vt, vt)])
    dbx = "dapi" + _r("0123456789abcdef", 32)
    h.lines(
        ".databrickscfg",
        ["[DEFAULT]", "host = https://x.cloud.databricks.com", (f"token = {dbx}", dbx)],
    )
    rid, rsec = aws_id(), aws_secret()
    h.lines(
        ".config/rclone/rclone.conf",
        [
            "[s3]",
            "type = s3",
            (f"access_key_id = {rid}", rid),
            (f"secret_access_key = {rsec}", rsec),
        ],
    )
    gl = glpat()
    h.lines(
        ".config/glab-cli/config.yml", ["hosts:", "    gitlab.com:", (f"        token: {gl}", gl)]
    )
    sid, ssec = aws_id(), aws_secret()
    h.lines(".s3cfg", ["[default]", (f"access_key = {sid}", sid), (f"secret_key = {ssec}", ssec)])
    cu, sp = password(), password()
    h.lines(
        ".histfile",
        [
            (f"curl -u admin:{cu} https://api.example.com", cu),
            (f"sshpass -p '{sp}' ssh root@host", sp),
        ],
    )
    dj = "".join(
        secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)") for _ in range(50)
    )
    h.lines(f"{p}/.env.production", [(f"SECRET_KEY={dj}", dj)])
    zk, fk = openai(), anthropic()
    h.lines(".zshrc", ["autoload -U compinit", (f"export OPENAI_API_KEY={zk}", zk)])
    h.lines(
        ".config/fish/fish_variables",
        [
            "# This file contains fish universal variable definitions.",
            (f"SETUVAR ANTHROPIC_API_KEY:{fk}", fk),
        ],
    )
    ghu = ghp("ghu_")
    h.json_doc(
        ".config/github-copilot/apps.json",
        {"github.com:Iv1.b507a08c87ecfe98": {"user": "alice", "oauth_token": ghu}},
        [ghu],
    )
    lk = openai()
    h.json_doc(".local/share/io.datasette.llm/keys.json", {"openai": lk}, [lk])
    tv = "tvly-dev-" + _r(B62, 32)  # the documented length: the Tavily rule, not chance, finds it
    h.json_doc(
        ".gemini/extensions/tavily/gemini-extension.json",
        {
            "mcpServers": {
                "tavily": {"command": "npx", "args": ["-y", "tavily-mcp", "--api-key", tv]}
            }
        },
        [tv],
    )
    ek = aws_secret()
    h.lines(
        ".kube/eks.yaml",
        [
            "users:",
            "- name: eks",
            "  user:",
            "    exec:",
            "      command: aws",
            "      env:",
            "      - name: AWS_SECRET_ACCESS_KEY",
            (f"        value: {ek}", ek),
        ],
    )
    thought = password()
    h.jsonl(
        ".claude/projects/-home-alice-code-api/9d2e.jsonl",
        [
            (
                {
                    "type": "assistant",
                    "message": {
                        "content": [
                            {
                                "type": "thinking",
                                "thinking": f"DATABASE_URL=postgresql://app:{thought}@db:5432/app",
                            }
                        ]
                    },
                },
                thought,
            )
        ],
    )


DECOYS: dict[str, str] = {
    "{p}/.env.example": "OPENAI_API_KEY=your-api-key-here\nDATABASE_URL=postgres://user:password@localhost/db\n",
    "{p}/notebooks/clean.ipynb": json.dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "source": ["print(1)\n"],
                    "outputs": [{"output_type": "stream", "text": ["1\n"]}],
                    "metadata": {},
                    "execution_count": 1,
                }
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    ),
    ".claude/projects/-home-alice-other/0000.jsonl": json.dumps(
        {"type": "user", "message": {"content": "explain tether://dev/stripe/api_key"}}
    )
    + "\n",
    ".config/Code/User/settings.json": '{\n  // comments are allowed here\n  "editor.fontSize": 13\n}\n',
    ".zsh_history_decoy_not_scanned": "export TOKEN=${TOKEN}\n",
}
