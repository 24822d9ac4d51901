"""An independent fake home for ``tether sweep``: planted secrets in every place the reference lists.

Written from ``/work/shared/reference/ai-tools.md`` (sections 1-2) the way an outside judge would,
without looking at ``fakehome.py``. :func:`build` writes the home (and one project root outside
it) and returns the :class:`Plant` list: each value, the file it sits in and where a person would
look (a line number for text/JSON/JSONL, a record hint for SQLite). Values are realistic and
deterministic; each place gets its own values so a miss names the place.
"""

from __future__ import annotations

import base64
import json
import os
import random
import sqlite3
import string
import zlib
from dataclasses import dataclass, field
from pathlib import Path

BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64URL = string.ascii_letters + string.digits + "-_"


@dataclass
class Plant:
    value: str
    path: Path
    line: int | None = None  # 1-based line of the file a person opens (None for SQLite)
    record: str | None = None  # substring expected in the record (SQLite key, JSON path, …)
    kind: str = ""


@dataclass
class Home:
    home: Path
    root: Path  # a project root outside the home
    plants: list[Plant] = field(default_factory=list)
    decoys: list[str] = field(default_factory=list)
    shared: str = ""  # the value planted in five places
    vault_value: str = ""  # the value stored in the vault by the test


class Gen:
    """Realistic fake secrets of many providers, each call a new value."""

    def __init__(self, seed: int = 6) -> None:
        self.r = random.Random(seed)

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def _crc(self, prefix: str) -> str:
        body = self.s(BASE62, 30)
        n = zlib.crc32(body.encode())
        digits = ""
        while n:
            n, rem = divmod(n, 62)
            digits = BASE62[rem] + digits
        return prefix + body + digits.rjust(6, "0")

    def github(self, prefix: str = "ghp_") -> str:
        return self._crc(prefix)

    def npm(self) -> str:
        return self._crc("npm_")

    def aws_id(self) -> str:
        return "AKIA" + self.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self) -> str:
        return self.s(string.ascii_letters + string.digits + "+/", 40)

    def openai(self) -> str:
        return "sk-proj-" + self.s(B64URL, 74) + "T3BlbkFJ" + self.s(B64URL, 74)

    def anthropic(self) -> str:
        return "sk-ant-api03-" + self.s(B64URL, 93) + "AA"

    def slack(self) -> str:
        return f"xoxb-{self.s(string.digits, 12)}-{self.s(string.digits, 13)}-{self.s(BASE62, 24)}"

    def stripe(self) -> str:
        return "sk_live_51" + self.s(BASE62, 97)

    def sendgrid(self) -> str:
        return f"SG.{self.s(B64URL, 22)}.{self.s(B64URL, 43)}"

    def hf(self) -> str:
        return "hf_" + self.s(string.ascii_letters, 34)

    def gitlab(self) -> str:
        return "glpat-" + self.s(BASE62, 20)

    def google(self) -> str:
        return "AIza" + self.s(B64URL, 35)

    def password(self) -> str:
        return self.s(string.ascii_letters, 6) + "9#" + self.s(BASE62, 10) + "!q"

    def jwt(self) -> str:
        def b(d: dict[str, object]) -> str:
            return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

        head = b({"alg": "HS256", "typ": "JWT"})
        body = b({"sub": self.s(string.digits, 10), "role": "service_role", "iat": 1716000000})
        return f"{head}.{body}.{self.s(B64URL, 43)}"

    def pem(self) -> str:
        lines = [self.s(string.ascii_letters + string.digits + "+/", 64) for _ in range(25)]
        return (
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "\n".join(["MIIEowIBAAKCAQEA" + lines[0][16:], *lines[1:]])
            + "\n-----END RSA PRIVATE KEY-----"
        )

    def google_refresh(self) -> str:
        return "1//0" + self.s(B64URL, 99)

    def google_access(self) -> str:
        return "ya29.a0" + self.s(B64URL, 150)


DECOYS = [
    "sk-...",
    "<your-key>",
    "${OPENAI_API_KEY}",
    "tether://dev/x/y",
    "[REDACTED:github-pat]",
    "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxx",
    "YOUR_API_KEY_HERE",
]


def _w(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def _line_of(text: str, needle: str) -> int:
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def _jl(objs: list[object]) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def build(base: Path, seed: int = 6) -> Home:
    g = Gen(seed)
    home = base / "home" / "judge"
    root = base / "work"
    h = Home(home=home, root=root)
    P = h.plants

    def text(rel: str, body: str, *values: str, kind: str = "", at: Path | None = None) -> Path:
        path = _w((at or home) / rel, body)
        for v in values:
            first = v.splitlines()[0] if "\n" in v else v
            P.append(Plant(v, path, _line_of(body, first), None, kind))
        return path

    def jsonl(rel: str, objs: list[object], *values: str, kind: str = "") -> Path:
        body = _jl(objs)
        path = _w(home / rel, body)
        lines = body.splitlines()
        for v in values:
            enc = json.dumps(v, ensure_ascii=False)[1:-1]
            n = next(i for i, ln in enumerate(lines, 1) if enc in ln)
            P.append(Plant(v, path, n, None, kind))
        return path

    def jdoc(rel: str, obj: object, *values: str, kind: str = "", at: Path | None = None) -> Path:
        body = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
        path = _w((at or home) / rel, body)
        for v in values:
            enc = json.dumps(v, ensure_ascii=False)[1:-1]
            first = enc.split("\\n")[0]
            P.append(Plant(v, path, _line_of(body, first), None, kind))
        return path

    # ---------------------------------------------------------------- Claude Code
    proj = ".claude/projects/-home-judge-code-shop"
    sid = "5f1c2a9e-7d3b-4c1e-9a0f-2b6d8e4f1a37"
    k1, k2, k3, k4 = g.anthropic(), g.github(), g.aws_id(), g.stripe()
    pem1 = g.pem()
    env_file = f"STRIPE_KEY={k4}\nDEBUG=1\n"
    objs: list[object] = [
        {"type": "summary", "summary": "Fix checkout", "leafUuid": "a1"},
        {
            "type": "user",
            "sessionId": sid,
            "cwd": "/home/judge/code/shop",
            "gitBranch": "main",
            "message": {"role": "user", "content": f"use this key: {k1} — clé API ✓"},
        },
        {
            "type": "assistant",
            "message": {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "The user gave a key."},
                    {"type": "text", "text": "I'll set the token now."},
                    {
                        "type": "tool_use",
                        "id": "toolu_01",
                        "name": "Bash",
                        "input": {"command": f"gh auth login --with-token <<< {k2}"},
                    },
                ],
            },
        },
        {
            "type": "user",
            "message": {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_02",
                        "content": [{"type": "text", "text": f"aws_access_key_id = {k3}\n"}],
                    }
                ],
            },
            "toolUseResult": {"stdout": "", "stderr": "", "interrupted": False},
        },
        {
            "type": "user",
            "message": {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_03", "content": env_file}
                ],
            },
            "toolUseResult": {
                "type": "text",
                "file": {"filePath": "/home/judge/code/shop/.env", "content": env_file},
            },
        },
        {
            "type": "assistant",
            "message": {"role": "assistant", "content": [{"type": "text", "text": pem1}]},
        },
    ]
    tpath = jsonl(f"{proj}/{sid}.jsonl", objs, k1, k2, k3, pem1, kind="claude-transcript")
    # k4 appears twice (tool_result and toolUseResult) on the same line: one plant per line
    tbody = tpath.read_text()
    P.append(Plant(k4, tpath, tbody.splitlines().index(tbody.splitlines()[4]) + 1, None, "dup"))

    sa = g.openai()
    jsonl(
        f"{proj}/{sid}/subagents/agent-a3f9.jsonl",
        [
            {"type": "user", "isSidechain": True, "message": {"role": "user", "content": "go"}},
            {
                "type": "assistant",
                "isSidechain": True,
                "message": {
                    "role": "assistant",
                    "content": [{"type": "text", "text": f"export OPENAI_API_KEY={sa}"}],
                },
            },
        ],
        sa,
        kind="claude-subagent",
    )
    tr = g.sendgrid()
    text(
        f"{proj}/{sid}/tool-results/toolu_0199.txt",
        "HTTP/1.1 200 OK\n" + "x" * 80 + f"\nSENDGRID_API_KEY={tr}\n",
        tr,
        kind="claude-tool-result",
    )
    hist = g.hf()
    jsonl(
        ".claude/history.jsonl",
        [
            {"display": "hi", "timestamp": 1, "project": "/home/judge/code/shop"},
            {
                "display": f"login with HF_TOKEN={hist}",
                "pastedContents": {},
                "timestamp": 1716000000000,
                "project": "/home/judge/code/shop",
                "sessionId": sid,
            },
        ],
        hist,
        kind="claude-history",
    )
    fh = g.gitlab()
    text(
        f".claude/file-history/{sid}/3fa9c1d2e4b5a6f7@v2",
        f"# edited .env\nGITLAB_TOKEN={fh}\n",
        fh,
        kind="claude-file-history",
    )
    pc = g.google()
    text(".claude/paste-cache/7d1e.txt", f"const key = '{pc}';\n", pc, kind="paste-cache")
    cj_gh = g.github("ghp_")
    jdoc(
        ".claude.json",
        {
            "numStartups": 12,
            "mcpServers": {
                "github": {
                    "command": "npx",
                    "args": ["-y", "@modelcontextprotocol/server-github"],
                    "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": cj_gh},
                }
            },
            "projects": {"/home/judge/code/shop": {"mcpServers": {}}},
        },
        cj_gh,
        kind="claude.json",
    )
    sl_tok = g.slack()
    jdoc(
        ".claude/settings.local.json",
        {"permissions": {"allow": [f"Bash(curl -H 'Authorization: Bearer {sl_tok}' x)"]}},
        sl_tok,
        kind="settings.local",
    )
    # ---------------------------------------------------------------- Codex
    cx1, cx2 = g.openai(), g.github("ghp_")
    jsonl(
        ".codex/sessions/2026/05/14/rollout-2026-05-14T10-00-00-0196c1d2-aaaa.jsonl",
        [
            {"timestamp": "t", "type": "session_meta", "payload": {"id": "x", "cwd": "/w"}},
            {
                "timestamp": "t",
                "type": "response_item",
                "payload": {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": f"key is {cx1}"}],
                },
            },
            {
                "timestamp": "t",
                "type": "response_item",
                "payload": {
                    "type": "function_call",
                    "name": "shell",
                    "arguments": json.dumps({"command": ["bash", "-lc", f"echo {cx2} | gh auth"]}),
                },
            },
        ],
        cx1,
        kind="codex-rollout",
    )
    # cx2 is inside a JSON string inside a JSON string (arguments)
    rp = home / ".codex/sessions/2026/05/14/rollout-2026-05-14T10-00-00-0196c1d2-aaaa.jsonl"
    P.append(Plant(cx2, rp, 3, None, "codex-args"))
    cxh = g.anthropic()
    jsonl(
        ".codex/history.jsonl",
        [{"session_id": "s", "ts": 1716000000, "text": f"ANTHROPIC_API_KEY={cxh} codex"}],
        cxh,
        kind="codex-history",
    )
    cxt = g.github("ghp_")
    text(
        ".codex/config.toml",
        'model = "o3"\n\n[mcp_servers.github]\ncommand = "npx"\n'
        f'args = ["-y", "server-github"]\nenv = {{ GITHUB_TOKEN = "{cxt}" }}\n',
        cxt,
        kind="codex-config",
    )
    cxa = g.openai()
    jdoc(".codex/auth.json", {"OPENAI_API_KEY": cxa, "tokens": None}, cxa, kind="codex-auth")
    # ---------------------------------------------------------------- Cursor
    vs = home / ".config/Cursor/User/globalStorage/state.vscdb"
    vs.parent.mkdir(parents=True, exist_ok=True)
    cu1, cu2, cu3 = g.stripe(), g.aws_secret(), g.openai()
    cu2_id = g.aws_id()
    con = sqlite3.connect(vs)
    con.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    con.execute("CREATE TABLE cursorDiskKV (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    bubble = {
        "_v": 2,
        "type": 2,
        "text": "Running the command",
        "toolFormerData": {
            "name": "run_terminal_cmd",
            "params": json.dumps({"command": f"stripe login --api-key {cu1}"}),
            "result": json.dumps(
                {"output": f"AWS_ACCESS_KEY_ID={cu2_id}\nAWS_SECRET_ACCESS_KEY={cu2}\n"}
            ),
        },
    }
    con.execute(
        "INSERT INTO cursorDiskKV VALUES (?, ?)",
        ("bubbleId:c0ffee:b1", json.dumps(bubble)),
    )
    con.execute(
        "INSERT INTO ItemTable VALUES (?, ?)",
        (
            "aiService.prompts",
            json.dumps([{"text": f"here OPENAI_API_KEY={cu3} thanks", "commandType": 4}]),
        ),
    )
    con.commit()
    con.close()
    for v in (cu1, cu2, cu2_id):
        P.append(Plant(v, vs, None, "bubbleId:c0ffee:b1", "cursor-vscdb"))
    P.append(Plant(cu3, vs, None, "aiService.prompts", "cursor-itemtable"))
    cat = g.anthropic()
    jsonl(
        ".cursor/projects/home-judge-code-shop/agent-transcripts/ab12/ab12.jsonl",
        [{"role": "user", "message": {"content": [{"type": "text", "text": f"key {cat}"}]}}],
        cat,
        kind="cursor-agent",
    )
    cmcp = g.github("ghp_")
    jdoc(
        ".cursor/mcp.json",
        {"mcpServers": {"gh": {"command": "npx", "env": {"GITHUB_TOKEN": cmcp}}}},
        cmcp,
        kind="cursor-mcp",
    )
    # ---------------------------------------------------------------- Copilot (VS Code)
    cp1 = g.sendgrid()
    jdoc(
        ".config/Code/User/workspaceStorage/9a8b7c/chatSessions/1111-2222.json",
        {
            "version": 3,
            "requests": [
                {"message": {"text": f"why does SENDGRID_API_KEY={cp1} fail?"}, "response": []}
            ],
        },
        cp1,
        kind="copilot-json",
    )
    cp2 = g.slack()
    jsonl(
        ".config/Code - Insiders/User/workspaceStorage/77aa/chatSessions/3333.jsonl",
        [{"kind": 0, "v": {"requests": [{"message": {"text": f"token {cp2}"}}]}}],
        cp2,
        kind="copilot-jsonl",
    )
    # ---------------------------------------------------------------- Windsurf
    wf = g.gitlab()
    jdoc(
        ".codeium/windsurf/mcp_config.json",
        {"mcpServers": {"gitlab": {"command": "npx", "env": {"GITLAB_PERSONAL_ACCESS_TOKEN": wf}}}},
        wf,
        kind="windsurf-mcp",
    )
    # ---------------------------------------------------------------- Cline / Roo
    for variant, ext in (
        (".config/Code/User", "saoudrizwan.claude-dev"),
        (".config/VSCodium/User", "rooveterinaryinc.roo-cline"),
        (".vscode-server/data/User", "saoudrizwan.claude-dev"),
        ("Library/Application Support/Code/User", "kilocode.kilo-code"),
    ):
        v1, v2 = g.anthropic(), g.hf()
        base_t = f"{variant}/globalStorage/{ext}/tasks/1716000000000"
        jdoc(
            f"{base_t}/api_conversation_history.json",
            [
                {"role": "user", "content": [{"type": "text", "text": f"<task>use {v1}</task>"}]},
                {"role": "assistant", "content": [{"type": "text", "text": "ok"}]},
            ],
            v1,
            kind=f"cline-api {variant}",
        )
        jdoc(
            f"{base_t}/ui_messages.json",
            [{"ts": 1, "type": "say", "say": "text", "text": f"HF_TOKEN={v2}"}],
            v2,
            kind=f"cline-ui {variant}",
        )
    # ---------------------------------------------------------------- Continue
    co = g.openai()
    jdoc(
        ".continue/sessions/abc-123.json",
        {
            "sessionId": "abc-123",
            "history": [{"message": {"role": "user", "content": f"api key {co}"}}],
        },
        co,
        kind="continue",
    )
    coy = g.anthropic()
    text(
        ".continue/config.yaml",
        f"models:\n  - name: claude\n    provider: anthropic\n    apiKey: {coy}\n",
        coy,
        kind="continue-config",
    )
    # ---------------------------------------------------------------- Gemini
    ge = g.google()
    jdoc(
        ".gemini/tmp/" + "d" * 64 + "/chats/session-2026-05-14T10-00-abcd.json",
        {
            "sessionId": "abcd",
            "startTime": "t",
            "lastUpdated": "t",
            "messages": [{"type": "user", "content": f"GEMINI_API_KEY={ge}", "timestamp": "t"}],
        },
        ge,
        kind="gemini-chat",
    )
    gs = g.github("ghp_")
    jdoc(
        ".gemini/settings.json",
        {
            "mcpServers": {
                "github": {"command": "npx", "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": gs}},
                "x": {"command": "y", "env": {"OPENAI_API_KEY": "${OPENAI_API_KEY}"}},
            }
        },
        gs,
        kind="gemini-settings",
    )
    # ---------------------------------------------------------------- aider (home)
    ai1 = g.openai()
    text(
        ".aider.chat.history.md",
        f"# aider chat started at 2026-05-14\n\n#### set OPENAI_API_KEY={ai1}\n\n> ok\n",
        ai1,
        kind="aider-chat",
    )
    ai2 = g.anthropic()
    text(".aider.conf.yml", f"anthropic-api-key: {ai2}\nmodel: sonnet\n", ai2, kind="aider-conf")
    # ---------------------------------------------------------------- Zed
    zd = g.openai()
    jdoc(
        ".local/share/zed/conversations/chat - 2026.zed.json",
        {"id": "z", "messages": [{"id": 1}], "text": f"OPENAI_API_KEY={zd}"},
        zd,
        kind="zed-conv",
    )
    # ---------------------------------------------------------------- Amazon Q
    aq = home / ".local/share/amazon-q/data.sqlite3"
    aq.parent.mkdir(parents=True, exist_ok=True)
    aq_id, aq_sec = g.aws_id(), g.aws_secret()
    con = sqlite3.connect(aq)
    con.execute("CREATE TABLE conversations (key TEXT PRIMARY KEY, value TEXT)")
    con.execute(
        "INSERT INTO conversations VALUES (?, ?)",
        (
            "/home/judge/code/shop",
            json.dumps(
                {
                    "env_context": {
                        "env_state": {
                            "environment_variables": [
                                {"key": "AWS_ACCESS_KEY_ID", "value": aq_id},
                                {"key": "AWS_SECRET_ACCESS_KEY", "value": aq_sec},
                            ]
                        }
                    }
                }
            ),
        ),
    )
    con.commit()
    con.close()
    P.append(Plant(aq_id, aq, None, "/home/judge/code/shop", "amazon-q"))
    P.append(Plant(aq_sec, aq, None, "/home/judge/code/shop", "amazon-q"))
    # ---------------------------------------------------------------- OpenCode
    oc = g.anthropic()
    jdoc(
        ".local/share/opencode/storage/part/ses_01/prt_01.json",
        {"id": "prt_01", "type": "text", "text": f"ANTHROPIC_API_KEY={oc}"},
        oc,
        kind="opencode",
    )
    # ---------------------------------------------------------------- shells
    b1, b2 = g.github("ghp_"), g.stripe()
    text(
        ".bash_history",
        f"ls\r\nexport GITHUB_TOKEN={b1}\r\ncurl https://api.stripe.com -u {b2}:\r\n",
        b1,
        b2,
        kind="bash-crlf",
    )
    z1 = g.openai()
    text(
        ".zsh_history",
        f": 1716000000:0;ls\n: 1716000001:0;export OPENAI_API_KEY={z1}\n",
        z1,
        kind="zsh-extended",
    )
    zs = g.sendgrid()
    text(
        ".zsh_sessions/6A1B2C3D-0000.history",
        f"echo hi\nSENDGRID_API_KEY={zs} ./send.sh\n",
        zs,
        kind="zsh-sessions",
    )
    f1 = g.hf()
    text(
        ".local/share/fish/fish_history",
        f"- cmd: huggingface-cli login --token {f1}\n  when: 1716000000\n",
        f1,
        kind="fish",
    )
    py = g.anthropic()
    text(
        ".python_history",
        f"import anthropic\nc = anthropic.Anthropic(api_key='{py}')\n",
        py,
        kind="python-repl",
    )
    ps = g.password()
    text(
        ".psql_history",
        f"\\password\nALTER USER app WITH PASSWORD '{ps}';\n",
        ps,
        kind="psql",
    )
    ip = g.stripe()
    ipdb = home / ".ipython/profile_default/history.sqlite"
    ipdb.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(ipdb)
    con.execute(
        "CREATE TABLE history (session integer, line integer, source text, source_raw text, "
        "PRIMARY KEY (session, line))"
    )
    con.execute(
        "INSERT INTO history VALUES (1, 3, ?, ?)",
        (f"stripe.api_key = '{ip}'", f"stripe.api_key = '{ip}'"),
    )
    con.commit()
    con.close()
    P.append(Plant(ip, ipdb, None, "history", "ipython"))
    # ---------------------------------------------------------------- credential files
    a_id, a_sec = g.aws_id(), g.aws_secret()
    text(
        ".aws/credentials",
        f"[default]\naws_access_key_id = {a_id}\naws_secret_access_key = {a_sec}\n",
        a_id,
        a_sec,
        kind="aws",
    )
    np_ = g.npm()
    text(
        ".npmrc",
        f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={np_}\n",
        np_,
        kind="npmrc",
    )
    pypi = "pypi-AgEIcHlwaS5vcmc" + g.s(B64URL, 150)
    text(
        ".pypirc",
        f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {pypi}\n",
        pypi,
        kind="pypirc",
    )
    dk_pw = g.password()
    dk_auth = base64.b64encode(f"judge:{dk_pw}".encode()).decode()
    jdoc(
        ".docker/config.json",
        {"auths": {"registry.example.com": {"auth": dk_auth}}},
        dk_auth,
        kind="docker",
    )
    gc = g.github("ghp_")
    text(".git-credentials", f"https://judge:{gc}@github.com\n", gc, kind="git-credentials")
    nr = g.password()
    text(
        ".netrc",
        f"machine api.example.com\n  login judge@example.com\n  password {nr}\n",
        nr,
        kind="netrc",
    )
    kt = g.jwt()
    kp = g.password()
    text(
        ".kube/config",
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k.example.com\n"
        "  name: prod\nusers:\n- name: admin\n  user:\n"
        f"    token: {kt}\n- name: basic\n  user:\n    username: admin\n    password: {kp}\n",
        kt,
        kp,
        kind="kube",
    )
    ghh = g.github("gho_")
    text(
        ".config/gh/hosts.yml",
        f"github.com:\n    user: judge\n    oauth_token: {ghh}\n    git_protocol: https\n",
        ghh,
        kind="gh-hosts",
    )
    gcd = home / ".config/gcloud/credentials.db"
    gcd.parent.mkdir(parents=True, exist_ok=True)
    grt = g.google_refresh()
    con = sqlite3.connect(gcd)
    con.execute("CREATE TABLE credentials (account_id TEXT PRIMARY KEY, value BLOB)")
    con.execute(
        "INSERT INTO credentials VALUES (?, ?)",
        (
            "judge@example.com",
            json.dumps(
                {
                    "client_id": "32555940559.apps.googleusercontent.com",
                    "client_secret": "ZmssLNjJy2998hD4CTg2ejr2",
                    "refresh_token": grt,
                    "type": "authorized_user",
                }
            ),
        ),
    )
    con.commit()
    con.close()
    P.append(Plant(grt, gcd, None, "judge@example.com", "gcloud-credentials.db"))
    gat = g.google_access()
    gad = home / ".config/gcloud/access_tokens.db"
    con = sqlite3.connect(gad)
    con.execute(
        "CREATE TABLE access_tokens (account_id TEXT PRIMARY KEY, access_token TEXT, "
        "token_expiry TIMESTAMP, rapt_token TEXT, id_token TEXT)"
    )
    con.execute(
        "INSERT INTO access_tokens VALUES (?, ?, ?, NULL, NULL)",
        ("judge@example.com", gat, "2026-05-14 11:00:00"),
    )
    con.commit()
    con.close()
    P.append(Plant(gat, gad, None, "judge@example.com", "gcloud-access_tokens.db"))
    adc = g.google_refresh()
    jdoc(
        ".config/gcloud/application_default_credentials.json",
        {
            "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
            "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",
            "refresh_token": adc,
            "type": "authorized_user",
        },
        adc,
        kind="gcloud-adc",
    )
    az_rt = "0.A" + g.s(B64URL, 300)
    az_at = g.jwt()
    jdoc(
        ".azure/msal_token_cache.json",
        {
            "AccessToken": {
                "judge-login.microsoftonline.com-accesstoken-04b07795": {
                    "credential_type": "AccessToken",
                    "secret": az_at,
                    "home_account_id": "x",
                }
            },
            "RefreshToken": {
                "judge-login.microsoftonline.com-refreshtoken-04b07795": {
                    "credential_type": "RefreshToken",
                    "secret": az_rt,
                }
            },
        },
        az_at,
        az_rt,
        kind="azure-msal",
    )
    azsp = g.s(BASE62 + "~._-", 40)
    jdoc(
        ".azure/service_principal_entries.json",
        [
            {
                "client_id": "0f1e2d3c-aaaa-bbbb-cccc-1234567890ab",
                "tenant": "t",
                "client_secret": azsp,
            }
        ],
        azsp,
        kind="azure-sp",
    )
    pg = g.password()
    text(".pgpass", f"db.example.com:5432:app:appuser:{pg}\n", pg, kind="pgpass")
    hft = g.hf()
    text(".cache/huggingface/token", hft, hft, kind="hf-token")
    # macOS layout
    cd_tok = g.github("ghp_")
    jdoc(
        "Library/Application Support/Claude/claude_desktop_config.json",
        {"mcpServers": {"github": {"command": "npx", "env": {"GITHUB_TOKEN": cd_tok}}}},
        cd_tok,
        kind="claude-desktop-macos",
    )
    # ---------------------------------------------------------------- projects (root + home)
    for base_dir, tag in ((root / "api", "root"), (home / "code/shop", "home")):
        e1, e2, e3 = g.stripe(), g.openai(), g.sendgrid()
        env_body = (
            f"\ufeff# comment\r\nSTRIPE_SECRET_KEY={e1}\r\nDATABASE_URL=postgres://u:p@h/db\r\n"
        )
        text(".env", env_body, e1, kind=f"env {tag}", at=base_dir)
        P[-1].line = 2
        text(".env.local", f'OPENAI_API_KEY="{e2}"\n', e2, kind=f"env.local {tag}", at=base_dir)
        text(
            ".env.production",
            f"export SENDGRID_API_KEY={e3}\n",
            e3,
            kind=f"env.prod {tag}",
            at=base_dir,
        )
        e4 = g.github("ghp_")
        text(".envrc", f"export GITHUB_TOKEN={e4}\n", e4, kind=f"envrc {tag}", at=base_dir)
        # notebook: stream output, execute_result, error traceback, source
        n1, n2, n3, n4 = g.openai(), g.hf(), g.stripe(), g.anthropic()
        nb = {
            "cells": [
                {
                    "cell_type": "code",
                    "execution_count": 1,
                    "metadata": {},
                    "source": ["import os\n", f"os.environ['ANTHROPIC_API_KEY'] = '{n4}'\n"],
                    "outputs": [
                        {"name": "stdout", "output_type": "stream", "text": [f"key={n1}\n"]},
                        {
                            "output_type": "execute_result",
                            "execution_count": 1,
                            "metadata": {},
                            "data": {"text/plain": [f"'{n2}'"]},
                        },
                        {
                            "output_type": "error",
                            "ename": "AuthenticationError",
                            "evalue": "bad",
                            "traceback": [
                                "\u001b[0;31mAuthenticationError\u001b[0m",
                                f"Invalid API Key provided: {n3}",
                            ],
                        },
                    ],
                }
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
        jdoc("analysis.ipynb", nb, n1, n2, n3, n4, kind=f"notebook {tag}", at=base_dir)
        mj = g.github("ghp_")
        jdoc(
            ".mcp.json",
            {"mcpServers": {"gh": {"command": "npx", "env": {"GITHUB_TOKEN": mj}}}},
            mj,
            kind=f"mcp.json {tag}",
            at=base_dir,
        )
        sl = g.stripe()
        jdoc(
            ".claude/settings.local.json",
            {"permissions": {"allow": [f"Bash(STRIPE_API_KEY={sl} npm test)"], "deny": []}},
            sl,
            kind=f"project settings.local {tag}",
            at=base_dir,
        )
    # ---------------------------------------------------------------- decoys
    text(
        "code/shop/README.md",
        "not scanned: a readme\n",
    )
    _w(
        home / ".claude/projects/-home-judge-code-shop/decoys.jsonl",
        _jl(
            [
                {"type": "user", "message": {"role": "user", "content": f"set OPENAI_API_KEY={d}"}}
                for d in DECOYS
            ]
        ),
    )
    _w(home / "code/shop/.env.example", "".join(f"K{i}={d}\n" for i, d in enumerate(DECOYS)))
    h.decoys = DECOYS
    return h


def jsonl_lines_valid(path: Path) -> bool:
    for raw in path.read_bytes().splitlines():
        if raw.strip():
            json.loads(raw)
    return True


def all_files(home: Home) -> list[Path]:
    out = []
    for base in (home.home, home.root):
        for d, _dirs, files in os.walk(base):
            out += [Path(d) / f for f in files]
    return out


def build_messy(home: Path, seed: int = 99) -> dict[str, str]:
    """Messy realities: CRLF, BOM, a 3 MB JSONL line, a corrupt line, empty files, symlink
    loops, an unreadable file, non-ASCII text, escaped newlines, one value in five places and
    a WAL-mode database. Returns name -> planted value."""
    g = Gen(seed)
    planted: dict[str, str] = {}

    def w(rel: str, data: str) -> Path:
        return _w(home / rel, data)

    k = planted["crlf-jsonl"] = g.openai()
    w(
        ".claude/projects/-a/crlf.jsonl",
        _jl(
            [
                {"type": "user", "message": {"role": "user", "content": "hi"}},
                {"type": "user", "message": {"role": "user", "content": f"key {k}"}},
            ]
        ).replace("\n", "\r\n"),
    )
    k = planted["bom-json"] = g.anthropic()
    w(
        ".cursor/mcp.json",
        "\ufeff" + json.dumps({"mcpServers": {"a": {"env": {"ANTHROPIC_API_KEY": k}}}}, indent=2),
    )
    k = planted["long-line"] = g.github()
    content = "x" * 3_000_000 + f" token {k} " + "y" * 100
    w(".claude/projects/-a/long.jsonl", _jl([{"type": "user", "message": {"content": content}}]))
    k = planted["corrupt-jsonl"] = g.stripe()
    w(
        ".claude/projects/-a/corrupt.jsonl",
        '{"type":"user","message":{"content":"ok"}}\n{"type":"user","message":{"content":"tru\n'
        + json.dumps({"type": "user", "message": {"content": f"key {k}"}})
        + "\n",
    )
    w(".claude/projects/-a/empty.jsonl", "")
    w(".codex/history.jsonl", "")
    loop = home / ".claude/projects/loop"
    loop.mkdir(parents=True)
    os.symlink(loop, loop / "again")
    os.symlink(home / ".claude/projects", home / ".claude/projects/-a/self")
    k = planted["chmod000"] = g.sendgrid()
    os.chmod(w(".zsh_history", f": 1716000000:0;export SENDGRID_API_KEY={k}\n"), 0)
    k = planted["non-ascii"] = g.hf()
    w(".bash_history", f"echo '日本語 ключ {k} ✓'\n")
    k = planted["escaped-newlines"] = g.google()
    w(
        ".gemini/tmp/abc/chats/session-1.json",
        json.dumps({"messages": [{"type": "user", "content": f"a\nGOOGLE_API_KEY={k}\nb"}]}),
    )
    k = planted["pem-in-jsonl"] = g.pem()
    w(
        ".codex/sessions/2026/01/01/rollout-x.jsonl",
        _jl([{"type": "response_item", "payload": {"output": f"cat key.pem\n{k}\n"}}]),
    )
    k = planted["shared"] = g.github()
    w(".sh_history", f"GITHUB_TOKEN={k} make\n")
    w(".claude/history.jsonl", _jl([{"display": f"gh token {k}", "timestamp": 1}]))
    w(".config/gh/hosts.yml", f"github.com:\n    oauth_token: {k}\n")
    w("proj/.env", f"GITHUB_TOKEN={k}\n")
    w(".claude/paste-cache/a.txt", f"token: {k}\n")
    db = home / ".config/Code/User/globalStorage/state.vscdb"
    db.parent.mkdir(parents=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)")
    k = planted["wal"] = g.slack()
    con.execute("INSERT INTO ItemTable VALUES ('chat', ?)", (json.dumps({"t": f"SLACK={k}"}),))
    con.commit()
    con.close()
    return planted
