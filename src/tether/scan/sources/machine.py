"""The places on a developer machine where secrets leak, and :class:`MachineSource` that walks them.

A :class:`Place` names a leak point (``Claude Code transcripts``), the tool it belongs to, its
category (``ai``, ``shell``, ``credentials``, ``projects``) and glob patterns relative to a *root*:
``~`` (the home folder) or a tool root such as ``{claude}`` that an environment variable can move
(``CLAUDE_CONFIG_DIR``, ``CODEX_HOME``, ``GEMINI_CLI_HOME``, ``CONTINUE_GLOBAL_DIR``,
``CLOUDSDK_CONFIG``, ``DOCKER_CONFIG``, ``ZDOTDIR``, ``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``), plus
single files named by ``HISTFILE``, ``KUBECONFIG``, ``AWS_SHARED_CREDENTIALS_FILE``,
``AWS_CONFIG_FILE`` and ``NPM_CONFIG_USERCONFIG``. Environment overrides apply only when sweeping
the current user's home (``use_env=True``): an administrator's environment says nothing about
another user's files. ``{appdata}`` covers the Linux (``~/.config``) and macOS
(``~/Library/Application Support``) layouts; ``{vscode}`` every VS Code user folder (Code,
Code - Insiders, VSCodium, Cursor, Windsurf, … and the remote ``~/.vscode-server`` family).

Project files (``.env*``, notebooks, project MCP and agent settings, aider histories,
``.git/config``) are looked for under the project roots and under the home folder,
skipping hidden, vendored and cache folders, at most :data:`PROJECT_DEPTH` levels deep.

Walking is bounded: symbolic links are never followed, files over the size limit are skipped with
a reason, and a walk stops after :data:`MAX_ENTRIES` directory entries. Each file is claimed by the
first place that matches it (by real path), so nothing is scanned twice.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import stat
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from tether.errors import UsageError
from tether.scan.findings import Provenance, Skipped
from tether.scan.sources import Blob
from tether.scan.sources.files import is_binary
from tether.scan.sources.structured import KIND, SQLITE_MAGIC, ZSTD_MAGIC, file_blobs

__all__ = [
    "CATEGORIES",
    "MAX_ENTRIES",
    "PLACES",
    "MachineChunk",
    "MachineSource",
    "Place",
    "place_matches",
]

DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024  # long agent sessions reach hundreds of MB
DEFAULT_MAX_DB_SIZE = 1024 * 1024 * 1024
MAX_ENTRIES = 200_000
PROJECT_DEPTH = 8
CHUNK_FILES = 16
CHUNK_BYTES = 4 * 1024 * 1024
CATEGORIES = ("ai", "shell", "credentials", "projects")

VSCODE_APPS = (
    "Code",
    "Code - Insiders",
    "VSCodium",
    "Cursor",
    "Windsurf",
    "Code - OSS",
    "Kiro",
    "Trae",
    "Void",
    "Positron",
)
VSCODE_REMOTE = (
    ".vscode-server/data/User",
    ".vscode-server-insiders/data/User",
    ".vscode-oss-server/data/User",
    ".cursor-server/data/User",
    ".windsurf-server/data/User",
)
CLINE_IDS = ("saoudrizwan.claude-dev", "rooveterinaryinc.roo-cline", "kilocode.kilo-code")


@dataclass(frozen=True)
class Place:
    id: str
    label: str
    tool: str
    category: str
    patterns: tuple[str, ...]
    fmt: str | None = None  # None: chosen per file from its name and first bytes
    skip_reason: str | None = None  # listed but not readable at rest (encrypted stores)


def _p(
    id: str,
    label: str,
    tool: str,
    category: str,
    *patterns: str,
    fmt: str | None = None,
    skip: str | None = None,
) -> Place:
    return Place(id, label, tool, category, patterns, fmt, skip)


_CLINE = tuple(
    f"{{vscode}}/globalStorage/{ext}/tasks/*/{name}"
    for ext in CLINE_IDS
    for name in ("api_conversation_history.json", "ui_messages.json", "claude_messages.json")
)
_CLINE_CFG = tuple(f"{{vscode}}/globalStorage/{ext}/settings/*.json" for ext in CLINE_IDS)

# fmt: off
PLACES: tuple[Place, ...] = (
    # -- AI coding tools ---------------------------------------------------------------------------
    _p("claude-transcripts", "Claude Code transcripts", "claude", "ai",
        "{claude}/projects/**/*.jsonl", "{claude}/transcripts/**/*.jsonl",
        "{claude}/projects/**/tool-results/*"),
    _p("claude-history", "Claude Code prompt history", "claude", "ai", "{claude}/history.jsonl"),
    _p("claude-caches", "Claude Code caches and snapshots", "claude", "ai",
        "{claude}/file-history/**/*", "{claude}/paste-cache/**/*", "{claude}/shell-snapshots/**/*",
        "{claude}/session-env/**/*", "{claude}/debug/**/*", "{claude}/plans/**/*",
        "{claude}/todos/**/*", "{claude}/backups/**/*", "~/.claude.json.backup*"),
    _p("claude-config", "Claude Code settings and MCP config", "claude", "ai", "~/.claude.json",
        "{claude}/.claude.json", "{claude}/settings.json", "{claude}/settings.local.json",
        "{claude}/.credentials.json", "{claude}/.mcp.json"),
    _p("claude-desktop", "Claude Desktop MCP config", "claude-desktop", "ai",
        "{appdata}/Claude/claude_desktop_config.json"),
    _p("codex-sessions", "Codex sessions", "codex", "ai", "{codex}/sessions/**/*.jsonl",
        "{codex}/sessions/**/*.jsonl.zst", "{codex}/archived_sessions/**/*.jsonl",
        "{codex}/archived_sessions/**/*.jsonl.zst"),
    _p("codex-history", "Codex history and caches", "codex", "ai", "{codex}/history.jsonl",
        "{codex}/session_index.jsonl", "{codex}/*.sqlite", "{codex}/log/**/*"),
    _p("codex-config", "Codex config and auth", "codex", "ai", "{codex}/config.toml",
        "{codex}/auth.json", "{codex}/hooks.json"),
    _p("editor-state", "Editor state databases (Cursor, VS Code, Windsurf)", "vscode", "ai",
        "{vscode}/globalStorage/state.vscdb", "{vscode}/globalStorage/state.vscdb.backup",
        "{vscode}/workspaceStorage/*/state.vscdb",
        "{vscode}/workspaceStorage/*/state.vscdb.backup", "{vscode}/globalStorage/*.db",
        "~/.cursor/*.db", fmt="sqlite"),
    _p("copilot-chat", "GitHub Copilot chat sessions", "copilot", "ai",
        "{vscode}/workspaceStorage/*/chatSessions/*.json",
        "{vscode}/workspaceStorage/*/chatSessions/*.jsonl",
        "{vscode}/globalStorage/emptyWindowChatSessions/*.json",
        "{vscode}/globalStorage/emptyWindowChatSessions/*.jsonl"),
    _p("copilot-cli", "GitHub Copilot CLI", "copilot", "ai", "~/.copilot/**/*.json",
        "~/.copilot/**/*.jsonl", "{config}/github-copilot/*.json"),
    _p("editor-mcp", "Editor MCP configs and settings", "vscode", "ai", "{vscode}/mcp.json",
        "{vscode}/settings.json"),
    _p("cursor-agent", "Cursor agent transcripts and CLI chats", "cursor", "ai",
        "~/.cursor/projects/**/*.jsonl", "~/.cursor/projects/**/*.txt",
        "~/.cursor/chats/**/store.db", "~/.cursor/prompt_history.json", "~/.cursor/plans/**/*.md"),
    _p("cursor-config", "Cursor MCP config and hooks", "cursor", "ai", "~/.cursor/mcp.json",
        "~/.cursor/hooks.json", "~/.cursor/cli-config.json"),
    _p("windsurf", "Windsurf MCP config and memories", "windsurf", "ai",
        "~/.codeium/windsurf/mcp_config.json", "~/.codeium/windsurf/memories/**/*",
        "~/.codeium/mcp_config.json"),
    _p("windsurf-cascade", "Windsurf Cascade conversations", "windsurf", "ai",
        "~/.codeium/windsurf/cascade/*.pb", skip="encrypted at rest (AES-GCM), not scannable"),
    _p("cline", "Cline / Roo Code / Kilo Code tasks", "cline", "ai", *_CLINE, *_CLINE_CFG),
    _p("continue", "Continue sessions and config", "continue", "ai", "{continue}/sessions/*.json",
        "{continue}/config.yaml", "{continue}/config.json", "{continue}/.env",
        "{continue}/dev_data/**/*.jsonl"),
    _p("gemini-chats", "Gemini CLI chats and logs", "gemini", "ai", "{gemini}/tmp/*/chats/*.json",
        "{gemini}/tmp/*/logs.json", "{gemini}/tmp/*/checkpoint*", "{gemini}/tmp/*/*.jsonl",
        "{gemini}/tmp/*/shell_history", "{gemini}/history/**/*", "~/.qwen/tmp/*/chats/*.json",
        "~/.qwen/tmp/*/logs.json"),
    _p("gemini-config", "Gemini CLI settings and credentials", "gemini", "ai",
        "{gemini}/settings.json", "{gemini}/.env", "{gemini}/oauth_creds.json",
        "{gemini}/extensions/*/gemini-extension.json", "{gemini}/extensions/*/.env"),
    _p("aider", "aider histories and config (home)", "aider", "ai", "~/.aider.chat.history.md",
        "~/.aider.input.history", "~/.aider.llm.history", "~/.aider.conf.yml"),
    _p("zed", "Zed agent threads and settings", "zed", "ai", "{data}/zed/threads/threads.db",
        "~/Library/Application Support/Zed/threads/threads.db", "{data}/zed/conversations/*.json",
        "~/Library/Application Support/Zed/conversations/*.json", "{data}/zed/db/*/db.sqlite",
        "~/Library/Application Support/Zed/db/*/db.sqlite", "{config}/zed/settings.json"),
    _p("amazon-q", "Amazon Q Developer CLI", "amazon-q", "ai",
        "~/Library/Application Support/amazon-q/data.sqlite3", "{data}/amazon-q/data.sqlite3",
        "~/.aws/amazonq/mcp.json", "~/.aws/amazonq/history/**/*"),
    _p("opencode", "OpenCode sessions and config", "opencode", "ai", "{data}/opencode/opencode.db",
        "{data}/opencode/storage/**/*.json", "{data}/opencode/auth.json",
        "{config}/opencode/opencode.json", "{config}/opencode/opencode.jsonc"),
    _p("ai-cli-config",
        "Other AI CLI keys and configs (llm, aichat, mods, fabric, goose, Kiro, Qwen)", "ai-cli",
        "ai", "{data}/io.datasette.llm/keys.json",
        "~/Library/Application Support/io.datasette.llm/keys.json", "{config}/aichat/config.yaml",
        "{config}/mods/mods.yml", "{config}/fabric/.env", "{config}/shell_gpt/.sgptrc",
        "{config}/goose/config.yaml", "{config}/goose/secrets.yaml", "~/.kiro/settings/mcp.json",
        "~/.qwen/settings.json", "~/.qwen/.env", "{config}/openai/*", "~/.cline/**/*.json"),
    # -- shell and REPL histories ----------------------------------------------------------------
    _p("shell-history", "Shell histories (bash, zsh, fish)", "shell", "shell", "~/.bash_history",
        "~/.zsh_history", "~/.zhistory", "~/.histfile", "~/.sh_history",
        "~/.zsh_sessions/*.history", "~/.zsh_sessions/*.historynew", "{data}/fish/fish_history",
        "~/.config/fish/fish_history", "~/.local/share/nushell/history.txt",
        "{config}/nushell/history.txt", "{histfile}", "{zdotdir}/.zsh_history",
        "~/.bash_sessions/*.history*", fmt="text"),
    _p("shell-rc", "Shell startup files (exported keys)", "shell", "shell", "~/.bashrc",
        "~/.bash_profile", "~/.bash_login", "~/.profile", "~/.zshrc", "~/.zshenv", "~/.zprofile",
        "{zdotdir}/.zshrc", "{zdotdir}/.zshenv", "{zdotdir}/.zprofile",
        "{config}/fish/config.fish", "{config}/fish/conf.d/*.fish", "{config}/fish/fish_variables",
        "~/.bash_aliases", "~/.aliases", "~/.exports", "~/.extra", "~/.secrets", fmt="text"),
    _p("repl-history", "REPL and database client histories", "shell", "shell", "~/.python_history",
        "~/.node_repl_history", "~/.psql_history", "~/.mysql_history", "~/.rediscli_history",
        "~/.sqlite_history", "~/.irb_history", "~/.pry_history", "~/.Rhistory",
        "~/.mongosh/*_history", "~/.dbshell", "~/.julia/logs/repl_history.jl",
        "~/.ipython/profile_*/history.sqlite"),
    # -- credential files ------------------------------------------------------------------------
    _p("aws", "AWS credentials and caches", "aws", "credentials", "~/.aws/credentials",
        "~/.aws/config", "~/.aws/sso/cache/*.json", "~/.aws/cli/cache/*.json", "{aws_credentials}",
        "{aws_config}"),
    _p("registries", "Package registry credentials (npm, PyPI, cargo, gem, maven, …)",
        "registries", "credentials", "~/.npmrc", "{npmrc}", "~/.yarnrc", "~/.yarnrc.yml",
        "~/.pypirc", "{config}/pip/pip.conf", "~/.pip/pip.conf", "~/.cargo/credentials.toml",
        "~/.cargo/credentials", "~/.gem/credentials", "~/.local/share/gem/credentials",
        "~/.m2/settings.xml", "~/.gradle/gradle.properties", "~/.composer/auth.json",
        "{config}/composer/auth.json", "~/.nuget/NuGet/NuGet.Config",
        "{config}/NuGet/NuGet.Config", "~/.gradle/init.gradle"),
    _p("docker", "Docker registry auth", "docker", "credentials", "{docker}/config.json",
        "~/.docker/config.json"),
    _p("git", "Git credentials", "git", "credentials", "~/.git-credentials",
        "{config}/git/credentials", "~/.gitconfig", "{config}/git/config"),
    _p("netrc", "netrc", "netrc", "credentials", "~/.netrc", "~/_netrc"),
    _p("kube", "Kubernetes config", "kubernetes", "credentials", "~/.kube/config",
        "~/.kube/*.yaml", "~/.kube/*.yml", "{kubeconfig}", fmt="text"),
    _p("gh", "GitHub / GitLab CLI tokens", "gh", "credentials", "{config}/gh/hosts.yml",
        "{config}/hub", "{config}/glab-cli/config.yml",
        "~/Library/Application Support/glab-cli/config.yml"),
    _p("gcloud", "Google Cloud SDK credentials", "gcloud", "credentials",
        "{gcloud}/credentials.db", "{gcloud}/access_tokens.db",
        "{gcloud}/application_default_credentials.json", "{gcloud}/legacy_credentials/*/*",
        "{gcloud}/configurations/*"),
    _p("azure", "Azure CLI token caches", "azure", "credentials", "~/.azure/msal_token_cache.json",
        "~/.azure/msal_token_cache.bin", "~/.azure/service_principal_entries.json",
        "~/.azure/service_principal_entries.bin", "~/.azure/accessTokens.json",
        "~/.azure/azureProfile.json"),
    _p("cloud-misc", "Other CLI credential files", "misc", "credentials", "~/.pgpass", "~/.my.cnf",
        "~/.s3cfg", "~/.boto", "~/.databrickscfg", "~/.vault-token",
        "~/.terraform.d/credentials.tfrc.json", "{config}/rclone/rclone.conf",
        "~/.cache/huggingface/token", "~/.huggingface/token", "{config}/stripe/config.toml",
        "~/.env", "~/.config/configstore/*.json", "{config}/doctl/config.yaml",
        "~/Library/Application Support/doctl/config.yaml", "~/.fly/config.yml",
        "{config}/ngrok/ngrok.yml", "~/.ngrok2/ngrok.yml", "~/.circleci/cli.yml", "~/.sentryclirc",
        "~/.wrangler/config/default.toml", "{config}/.wrangler/config/default.toml",
        "{data}/com.vercel.cli/auth.json", "{config}/netlify/config.json", "~/.heroku/credentials",
        "~/.ssh/config", "~/.config/hcloud/cli.toml", "~/.oci/config", "~/.snowsql/config",
        "~/.dbt/profiles.yml", "~/.wakatime.cfg", "~/.config/firebase/*.json",
        "~/.expo/state.json", "~/.sourcegraph/*", "~/.pulumi/credentials.json",
        "~/.doppler/.doppler.yaml"),
)

# files looked for under project roots: name patterns matched on the file name, or on
# <hidden folder>/<name> for files inside .claude, .cursor, .vscode, …
PROJECT_PLACES: tuple[Place, ...] = (
    _p("project-env", "Project .env files", "project", "projects", ".env", ".env.*", ".envrc",
        "*.env", ".flaskenv"),
    _p("project-notebooks", "Jupyter notebooks", "jupyter", "projects", "*.ipynb", fmt="notebook"),
    _p("project-ai-config", "Project AI-agent settings and MCP configs", "project", "projects",
        ".mcp.json", ".claude/settings.local.json", ".claude/settings.json", ".cursor/mcp.json",
        ".vscode/mcp.json", ".gemini/settings.json", ".gemini/.env", ".windsurf/hooks.json",
        ".cursor/hooks.json", ".continue/config.yaml", ".codex/config.toml", ".roo/mcp.json",
        "opencode.json"),
    _p("project-aider", "aider histories (projects)", "aider", "projects",
        ".aider.chat.history.md", ".aider.input.history", ".aider.llm.history", ".aider.conf.yml"),
    _p("project-credentials", "Project credential files", "project", "projects", ".npmrc",
        ".pypirc", "*.tfvars", "terraform.tfstate", "terraform.tfstate.backup", ".git/config",
        ".git-credentials", "docker-compose*.yml", "docker-compose*.yaml", "compose.yaml",
        "compose.yml"),
)
# fmt: on

_PRUNE = frozenset(
    {
        "node_modules",
        ".venv",
        "venv",
        "env",
        "site-packages",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        "bower_components",
        ".gradle",
        "target",
        "Library",
        "snap",
        ".Trash",
        "dist-packages",
    }
)
# hidden folders a project walk enters (others, like ~/.cache or ~/.npm, are caches or tool homes)
_PROJECT_HIDDEN = frozenset(
    {".claude", ".cursor", ".vscode", ".gemini", ".windsurf", ".continue", ".codex", ".roo", ".git"}
)


def place_matches(place: Place, selector: str) -> bool:
    """``--only``/``--skip`` selectors: a place id, a tool or a category (case-insensitive)."""
    s = selector.strip().lower()
    return s in (place.id, place.tool, place.category) or s == place.label.lower()


def all_places() -> tuple[Place, ...]:
    return PLACES + PROJECT_PLACES


# -- roots ----------------------------------------------------------------------------------------


def _roots(home: str, env: Mapping[str, str], use_env: bool) -> dict[str, list[str]]:
    def e(name: str) -> str | None:
        v = env.get(name) if use_env else None
        return os.path.expanduser(v) if v else None

    def both(default: str, override: str | None) -> list[str]:
        return [default] + ([override] if override else [])

    config = both(os.path.join(home, ".config"), e("XDG_CONFIG_HOME"))
    data = both(os.path.join(home, ".local", "share"), e("XDG_DATA_HOME"))
    appdata = [*config, os.path.join(home, "Library", "Application Support")]
    vscode = [os.path.join(a, app, "User") for a in appdata for app in VSCODE_APPS]
    vscode += [os.path.join(home, r) for r in VSCODE_REMOTE]
    gemini_home = e("GEMINI_CLI_HOME")
    kube = [k for k in (e("KUBECONFIG") or "").split(os.pathsep) if k]
    return {
        "~": [home],
        "claude": both(os.path.join(home, ".claude"), e("CLAUDE_CONFIG_DIR")),
        "codex": both(os.path.join(home, ".codex"), e("CODEX_HOME")),
        # GEMINI_CLI_HOME replaces the home folder (Gemini then uses $GEMINI_CLI_HOME/.gemini);
        # the folder itself is looked at too, for setups that point it at a .gemini folder
        "gemini": [os.path.join(home, ".gemini")]
        + ([os.path.join(gemini_home, ".gemini"), gemini_home] if gemini_home else []),
        "continue": both(os.path.join(home, ".continue"), e("CONTINUE_GLOBAL_DIR")),
        "config": config,
        "data": data,
        "appdata": appdata,
        "vscode": vscode,
        "gcloud": both(os.path.join(home, ".config", "gcloud"), e("CLOUDSDK_CONFIG")),
        "docker": both(os.path.join(home, ".docker"), e("DOCKER_CONFIG")),
        # single files named by the environment (no default: the ~ patterns cover those)
        "histfile": [f for f in [e("HISTFILE")] if f],
        "kubeconfig": kube,
        "aws_credentials": [f for f in [e("AWS_SHARED_CREDENTIALS_FILE")] if f],
        "aws_config": [f for f in [e("AWS_CONFIG_FILE")] if f],
        "npmrc": [f for f in [e("NPM_CONFIG_USERCONFIG")] if f],
        "zdotdir": [d for d in [e("ZDOTDIR")] if d],
    }


def _expand(pattern: str, roots: Mapping[str, list[str]]) -> list[tuple[str, list[str]]]:
    """(base folder or file, remaining glob segments) for a pattern."""
    head, _, rest = pattern.partition("/")
    if head == "~":
        bases = roots["~"]
    elif head.startswith("{") and head.endswith("}"):
        bases = roots[head[1:-1]]
    else:
        bases = [os.path.join(roots["~"][0], head)]
    segs = [s for s in rest.split("/") if s] if rest else []
    return [(b, segs) for b in bases]


def _is_glob(seg: str) -> bool:
    return any(c in seg for c in "*?[")


@dataclass
class _Budget:
    entries: int = 0
    exhausted: bool = False

    def spend(self, n: int = 1) -> bool:
        self.entries += n
        if self.entries > MAX_ENTRIES:
            self.exhausted = True
        return not self.exhausted


def _scandir(path: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(path) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return []


def _match(base: str, segs: list[str], budget: _Budget) -> Iterator[str]:
    """Regular files under ``base`` matching the glob ``segs`` (``**`` = any depth); no symlinks."""
    if not segs:
        try:
            st = os.lstat(base)
        except OSError:
            return
        if stat.S_ISREG(st.st_mode):
            yield base
        return
    seg, rest = segs[0], segs[1:]
    if seg == "**":
        yield from _match(base, rest, budget)
        for entry in _scandir(base):
            if not budget.spend():
                return
            try:
                if entry.is_dir(follow_symlinks=False):
                    yield from _match(entry.path, segs, budget)
            except OSError:
                continue
        return
    if not _is_glob(seg):
        path = os.path.join(base, seg)
        if rest:
            try:
                if not stat.S_ISDIR(os.lstat(path).st_mode):
                    return
            except OSError:
                return
        yield from _match(path, rest, budget)
        return
    for entry in _scandir(base):
        if not budget.spend():
            return
        if not fnmatch.fnmatchcase(entry.name, seg):
            continue
        try:
            if rest and entry.is_dir(follow_symlinks=False):
                yield from _match(entry.path, rest, budget)
            elif not rest and entry.is_file(follow_symlinks=False):
                yield entry.path
        except OSError:
            continue


# -- the source -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MachineChunk:
    """Files to read and scan: (path, place id, format or None)."""

    files: tuple[tuple[str, str, str | None], ...]
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    max_db_size: int = DEFAULT_MAX_DB_SIZE

    @property
    def size(self) -> int:
        return len(self.files)

    def blobs(self) -> Iterator[Blob | Skipped]:
        for path, place, fmt in self.files:
            yield from _file_items(path, place, fmt, self.max_file_size, self.max_db_size)


def _skip(path: str, place: str, reason: str) -> Skipped:
    return Skipped(Provenance(kind=KIND, path=path, extra=(("place", place),)), reason)


def _file_items(
    path: str, place: str, fmt: str | None, max_size: int, max_db: int
) -> Iterator[Blob | Skipped]:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        yield _skip(path, place, "unreadable")
        return
    try:
        size = os.fstat(fd).st_size
        head = os.pread(fd, 16, 0)
        if head.startswith(SQLITE_MAGIC) or (fmt == "sqlite" and not head):
            fmt = "sqlite"
        elif fmt == "sqlite":
            fmt = None  # a backup that is not a database after all
        if fmt == "sqlite":
            yield from file_blobs(path, place, "sqlite", None, max_db)
            return
        if size > max_size:
            yield _skip(path, place, "too large")
            return
        parts = []
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            parts.append(chunk)
            offset += len(chunk)
            if offset > max_size:
                yield _skip(path, place, "too large")
                return
        data = b"".join(parts)
    finally:
        os.close(fd)
    if not data:
        return
    if not data.startswith(ZSTD_MAGIC) and not path.endswith(".zst") and is_binary(data):
        yield _skip(path, place, "binary")
        return
    yield from file_blobs(path, place, fmt, data, max_size)


class MachineSource:
    """The known leak points of one home folder, plus project files under ``roots``.

    ``only``/``skip`` select places by id, tool or category. ``files_by_place`` counts the files
    listed per place (filled while :meth:`chunks` runs); ``skipped`` holds what was listed but not
    readable at rest.
    """

    kind = KIND

    def __init__(
        self,
        home: str | None = None,
        roots: Sequence[str] = (),
        *,
        use_env: bool | None = None,
        env: Mapping[str, str] | None = None,
        only: Sequence[str] = (),
        skip: Sequence[str] = (),
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        max_db_size: int = DEFAULT_MAX_DB_SIZE,
        projects: bool = True,
    ) -> None:
        self.home = os.path.abspath(os.path.expanduser(home or "~"))
        if not os.path.isdir(self.home):
            raise UsageError(
                f"cannot sweep {self.home}: not a folder", hint="pass an existing home folder"
            )
        self.use_env = (home is None) if use_env is None else use_env
        self.env = os.environ if env is None else env
        self.roots = [os.path.abspath(os.path.expanduser(r)) for r in roots]
        for r in self.roots:
            if not os.path.isdir(r):
                raise UsageError(
                    f"cannot sweep project root {r}: not a folder",
                    hint="pass existing project folders",
                )
        self.projects = projects
        self.only = tuple(only)
        self.skip_sel = tuple(skip)
        self.max_file_size = max_file_size
        self.max_db_size = max_db_size
        self.files_by_place: Counter[str] = Counter()
        self.skipped: list[Skipped] = []
        self.truncated = False

    def selected(self, place: Place) -> bool:
        if self.only and not any(place_matches(place, s) for s in self.only):
            return False
        return not any(place_matches(place, s) for s in self.skip_sel)

    def project_roots(self) -> list[str]:
        """The given roots, then the home folder (project files under the home are looked for
        even when roots elsewhere are given); a root inside an earlier one is walked by it."""
        out: list[str] = []
        for r in [*self.roots, self.home]:
            if not any(r == o or r.startswith(o.rstrip(os.sep) + os.sep) for o in out):
                out.append(r)
        return out

    def iter_files(self) -> Iterator[tuple[str, Place]]:
        """(path, place) of every file to scan, each real path once, in catalog order."""
        seen: set[str] = set()
        budget = _Budget()
        roots = _roots(self.home, self.env, self.use_env)

        def claim(path: str) -> bool:
            real = os.path.realpath(path)
            if real in seen:
                return False
            seen.add(real)
            return True

        for place in PLACES:
            if not self.selected(place):
                continue
            for pattern in place.patterns:
                for base, segs in _expand(pattern, roots):
                    for path in _match(base, segs, budget):
                        if claim(path):
                            yield path, place
        project_places = [p for p in PROJECT_PLACES if self.selected(p)]
        if self.projects and project_places:
            for root in self.project_roots():
                for path, place in self._walk_projects(root, project_places, budget):
                    if claim(path):
                        yield path, place
        self.truncated = budget.exhausted

    def _walk_projects(
        self, root: str, places: list[Place], budget: _Budget
    ) -> Iterator[tuple[str, Place]]:
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            folder, depth = stack.pop()
            entries = _scandir(folder)
            if not budget.spend(len(entries)):
                return
            subdirs = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file(follow_symlinks=False)
                except OSError:
                    continue
                name = entry.name
                if is_dir and name == ".git":  # only its config (remote URLs with credentials)
                    cfg = os.path.join(entry.path, "config")
                    with contextlib.suppress(OSError):
                        if stat.S_ISREG(os.lstat(cfg).st_mode):
                            for place in places:
                                if ".git/config" in place.patterns:
                                    yield cfg, place
                                    break
                    continue
                if is_dir:
                    if name in _PRUNE or depth >= PROJECT_DEPTH:
                        continue
                    if name.startswith(".") and not (name in _PROJECT_HIDDEN and depth > 0):
                        continue  # the home's own tool folders are covered by the catalog
                    subdirs.append((entry.path, depth + 1))
                elif is_file:
                    parent = os.path.basename(folder)
                    rel2 = f"{parent}/{name}" if parent.startswith(".") else name
                    for place in places:
                        if any(fnmatch.fnmatchcase(rel2, pat) for pat in place.patterns):
                            yield entry.path, place
                            break
            stack.extend(reversed(subdirs))

    def chunks(self) -> Iterator[MachineChunk]:
        batch: list[tuple[str, str, str | None]] = []
        size = 0
        for path, place in self.iter_files():
            if place.skip_reason:
                self.skipped.append(_skip(path, place.id, place.skip_reason))
                continue
            self.files_by_place[place.id] += 1
            batch.append((path, place.id, place.fmt))
            try:
                size += os.lstat(path).st_size
            except OSError:
                pass
            # a chunk is a few files or a few megabytes, so that big transcripts spread over
            # the workers
            if len(batch) >= CHUNK_FILES or size >= CHUNK_BYTES:
                yield MachineChunk(tuple(batch), self.max_file_size, self.max_db_size)
                batch, size = [], 0
        if batch:
            yield MachineChunk(tuple(batch), self.max_file_size, self.max_db_size)
        if self.truncated:
            self.skipped.append(
                _skip(self.home, "walk", f"walk stopped after {MAX_ENTRIES} directory entries")
            )


def place_by_id(place_id: str) -> Place | None:
    for p in all_places():
        if p.id == place_id:
            return p
    return None
