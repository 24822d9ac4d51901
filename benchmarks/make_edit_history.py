#!/usr/bin/env python3
"""Build a git repository whose history edits large real source files by small hunks, for the scan
throughput benchmark (``bench_scan_peers.py --modes edits``).

The peer corpus's ``gitrepo/`` (``make_corpus.py``) mostly adds files or appends to small ones. Real
project histories instead edit the same large files again and again, a few lines at a time in the
middle. This script builds such a history from real source text on this machine (the Python standard
library and C headers), deterministically for a given seed and the same files on disk:

- the first ~100 commits import ~400 files of 2-200 KB (``.py`` from the standard library, ``.h``
  from /usr/include, under ``lib/`` and ``include/``);
- then ~3,000 commits each edit 1-4 files by 1-3 hunks (replace, insert or delete 1-8 lines at a
  random position; the new lines are a run of lines of another real file of the same language), with
  occasional file adds, deletes and renames. A minority of "hot" files takes most of the edits
  (Pareto weights), as in real projects. Several authors, increasing dates; two feature branches
  that edit their own files are merged back into ``main``;
- 120 fake secrets in formats every peer detects (GitHub classic PATs with a valid CRC32, AWS key id
  + secret pairs, Slack bot tokens, Stripe live secret keys, PEM private keys serialised by
  ``cryptography`` from seeded numbers, PostgreSQL URIs with passwords) are planted as a line or two
  in the middle of existing files, or in new config files. About 40 % are removed by a later commit;
  the others stay while their file keeps being edited around them (a hunk never touches a planted
  block, so the value stays intact in every later version of the file).

Outputs (default directory ``${CORPUS_DIR:-${PEERS_DIR:-/tmp/peers}/corpus}``):

  edit_history/                 the repository, ``main`` checked out
  edit_history_truth.jsonl      one line per planted value: id, type, value, probes (substrings a
                                finding may report), file, line, commit, branch, how, removed_commit,
                                at_head, later_edits (commits that edited its file while it was there)
  edit_history_manifest.json    seed, commits, blobs, blob bytes and how many are in modified files

Every value is random and fake; nothing here is a real credential.

    python3 benchmarks/make_edit_history.py [--seed 4242] [--commits 3000] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import sysconfig
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

PEERS_DIR = Path(os.environ.get("PEERS_DIR", "/tmp/peers"))
CORPUS = Path(os.environ.get("CORPUS_DIR", PEERS_DIR / "corpus"))
PY_LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11"
SKIP_DIRS = {"__pycache__", "site-packages", "dist-packages", "test", "tests", "idle_test"}
MIN_BYTES, MAX_BYTES = 2_000, 200_000

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B32U = string.ascii_uppercase + "234567"

# planted values by type; an AWS pair is two values (key id and secret), so 120 values in all
DECK = {"github": 22, "aws_pair": 12, "slack": 18, "stripe": 18, "private_key": 16, "postgres": 22}
NAMES = {
    "github_pat_classic": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_TOKEN"],
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY"],
    "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "S3_SECRET_KEY"],
    "slack_bot_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN"],
    "stripe_secret_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
    "postgres_url": ["DATABASE_URL", "PG_DSN", "SQLALCHEMY_DATABASE_URI"],
    "private_key": ["SIGNING_KEY", "PRIVATE_KEY", "TLS_KEY"],
}
AUTHORS = [
    ("Alice Moreau", "alice@example.com"),
    ("Bogdan Ilic", "bogdan@example.com"),
    ("Chen Wei", "chen.wei@example.com"),
    ("Dana Okafor", "dana@example.com"),
    ("Emil Larsen", "emil@example.com"),
    ("Farah Haddad", "farah@example.com"),
    ("Goro Tanaka", "goro@example.com"),
    ("Hanna Berg", "hanna@example.com"),
]
MESSAGES = [
    "Fix off-by-one in parser",
    "Refactor helper",
    "Handle edge case",
    "Address review comments",
    "Cleanup",
    "Improve error message",
    "Speed up lookup",
    "Update docstring",
    "Fix typo",
    "Simplify condition",
    "Add missing check",
    "Revert accidental change",
]
HOSTS = ["db.internal", "pg-prod-01.corp.example.net", "10.20.3.14", "postgres.svc.cluster.local"]
USERS = ["app", "billing_svc", "report_ro", "admin", "etl"]
CFG_KEYS = ["LOG_LEVEL", "PORT", "WORKERS", "CACHE_TTL", "REGION", "FEATURE_FLAGS", "TIMEOUT", "TZ"]
CFG_VALUES = ["info", "debug", "8080", "4", "300", "eu-west-1", "search,billing", "30", "UTC"]


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)


def rstr(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def base62(n: int, width: int) -> str:
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


# --- fake secrets ----------------------------------------------------------------------------------


def github_pat(rng: random.Random) -> str:
    """``ghp_`` + 30 base62 + base62 CRC32 of those 30 (6 chars): GitHub's classic PAT layout."""
    body = rstr(rng, ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()), 6)


def aws_pair(rng: random.Random) -> tuple[str, str]:
    key_id = "AKIA" + rstr(rng, B32U, 16)
    secret = list(rstr(rng, ALNUM, 40))
    for _ in range(rng.randint(1, 3)):
        secret[rng.randrange(40)] = rng.choice("/+")
    return key_id, "".join(secret)


def slack_bot(rng: random.Random) -> str:
    a, b = rng.randrange(10**10, 10**12), rng.randrange(10**11, 10**13)
    return f"xoxb-{a}-{b}-{rstr(rng, ALNUM, 24)}"


def stripe_live(rng: random.Random) -> str:
    return "sk_live_" + (
        rstr(rng, ALNUM, 24) if rng.random() < 0.5 else "51" + rstr(rng, ALNUM, 97)
    )


def postgres_uri(rng: random.Random) -> tuple[str, str]:
    password = rstr(rng, ALNUM, rng.randint(16, 24))
    scheme = rng.choice(["postgres", "postgresql"])
    uri = f"{scheme}://{rng.choice(USERS)}:{password}@{rng.choice(HOSTS)}:5432/{rng.choice(['app', 'billing', 'events'])}"
    return uri, password


def _probable_prime(n: int, rng: random.Random) -> bool:
    for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % p == 0:
            return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(20):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(rng: random.Random, bits: int) -> int:
    while True:
        n = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(n, rng):
            return n


def private_key_pem(rng: random.Random, style: int) -> str:
    """A PEM private key serialised by ``cryptography`` from numbers drawn from ``rng`` (its own key
    generation reads the OS's randomness, which would make the corpus differ from run to run).
    ``style`` cycles RSA PKCS#1, RSA PKCS#8, EC SEC1, EC PKCS#8."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if style % 4 < 2:
        e = 65537
        while True:
            p, q = _prime(rng, 1024), _prime(rng, 1024)
            phi = (p - 1) * (q - 1)
            if p != q and phi % e:
                break
        d = pow(e, -1, phi)
        numbers = rsa.RSAPrivateNumbers(
            p,
            q,
            d,
            rsa.rsa_crt_dmp1(d, p),
            rsa.rsa_crt_dmq1(d, q),
            rsa.rsa_crt_iqmp(p, q),
            rsa.RSAPublicNumbers(e, p * q),
        )
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = numbers.private_key()
    else:
        curve = ec.SECP256R1()
        key = ec.derive_private_key(rng.randrange(1, 2**255), curve)
    fmt = (
        serialization.PrivateFormat.TraditionalOpenSSL
        if style % 2 == 0
        else serialization.PrivateFormat.PKCS8
    )
    pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
    return pem.decode().strip()


@dataclass
class Secret:
    type: str
    value: str
    probes: list[str]


def make_secrets(rng: random.Random, kind: str, n_keys: int) -> list[Secret]:
    """One deck entry: one value, or two for an AWS pair (key id first)."""
    if kind == "github":
        v = github_pat(rng)
        return [Secret("github_pat_classic", v, [v])]
    if kind == "aws_pair":
        key_id, secret = aws_pair(rng)
        return [
            Secret("aws_access_key_id", key_id, [key_id]),
            Secret("aws_secret_access_key", secret, [secret]),
        ]
    if kind == "slack":
        v = slack_bot(rng)
        return [Secret("slack_bot_token", v, [v])]
    if kind == "stripe":
        v = stripe_live(rng)
        return [Secret("stripe_secret_key", v, [v])]
    if kind == "postgres":
        uri, password = postgres_uri(rng)
        return [Secret("postgres_url", uri, [uri, password])]
    pem = private_key_pem(rng, n_keys)
    return [Secret("private_key", pem, [pem.split("\n")[1][:48]])]


# --- repository state ------------------------------------------------------------------------------


@dataclass
class Plant:
    """Lines planted together (one deck entry) and where they live now."""

    block: list[bytes]
    anchor: int  # index in block of a line that occurs nowhere else (holds a random value)
    ids: list[str]
    path: str
    ref: str


@dataclass
class Branch:
    ref: str
    files: dict[str, list[bytes]]
    mark: int = 0
    plants: dict[str, list[Plant]] = field(default_factory=dict)
    owned: set[str] = field(default_factory=set)
    commits: int = 0
    target: int = 0


def block_range(lines: list[bytes], plant: Plant) -> tuple[int, int]:
    start = lines.index(plant.block[plant.anchor]) - plant.anchor
    return start, start + len(plant.block)


class Source:
    """Real text files: the initial import, later additions and donors of new lines."""

    def __init__(self, rng: random.Random) -> None:
        py_lib = PY_LIB if os.path.isdir(PY_LIB) else sysconfig.get_paths()["stdlib"]
        self.cands = {"py": self._gather(py_lib, ".py"), "h": self._gather("/usr/include", ".h")}
        for lang in self.cands:
            rng.shuffle(self.cands[lang])
        self.rng = rng
        self._donors: dict[str, list[list[bytes]]] = {"py": [], "h": []}

    @staticmethod
    def _gather(root: str, ext: str) -> list[tuple[str, str]]:
        out = []
        for dp, dns, fns in os.walk(root):
            dns[:] = sorted(d for d in dns if d not in SKIP_DIRS)
            for f in sorted(fns):
                p = os.path.join(dp, f)
                if f.endswith(ext) and not os.path.islink(p):
                    if MIN_BYTES <= os.path.getsize(p) <= MAX_BYTES:
                        out.append((os.path.relpath(p, root), p))
        return out

    def take(self, lang: str) -> tuple[str, list[bytes]] | None:
        """The next unused real file of ``lang`` (relative path, lines with their ends)."""
        while self.cands[lang]:
            rel, path = self.cands[lang].pop()
            data = Path(path).read_bytes()
            if b"\0" in data:
                continue
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            lines = data.splitlines(keepends=True)
            if not lines[-1].endswith(b"\n"):
                lines[-1] += b"\n"
            return rel, lines
        return None

    def prepare_donors(self, n: int) -> None:
        for lang in self._donors:
            while len(self._donors[lang]) < n:
                got = self.take(lang)
                if got is None:
                    break
                self._donors[lang].append(got[1])

    def lines(self, lang: str, k: int) -> list[bytes]:
        """``k`` consecutive lines of a random donor file (config files get generated settings)."""
        rng = self.rng
        if lang not in self._donors:
            return [f"{rng.choice(CFG_KEYS)}={rng.choice(CFG_VALUES)}\n".encode() for _ in range(k)]
        donor = rng.choice(self._donors[lang])
        at = rng.randrange(max(1, len(donor) - k))
        return list(donor[at : at + k])


class FastImport:
    def __init__(self, repo: Path) -> None:
        self.marks_file = repo / ".git" / "edit-history-marks"
        self.proc = subprocess.Popen(
            ["git", "-C", str(repo), "fast-import", "--quiet", f"--export-marks={self.marks_file}"],
            stdin=subprocess.PIPE,
        )
        assert self.proc.stdin is not None
        self.out = self.proc.stdin
        self.mark = 0

    def commit(
        self,
        ref: str,
        author: tuple[str, str],
        ts: int,
        message: str,
        parents: list[int],
        changes: dict[str, bytes | None],
    ) -> int:
        self.mark += 1
        w = self.out.write
        name, email = author
        msg = message.encode()
        w(f"commit {ref}\nmark :{self.mark}\n".encode())
        w(f"author {name} <{email}> {ts} +0000\ncommitter {name} <{email}> {ts} +0000\n".encode())
        w(f"data {len(msg)}\n".encode() + msg + b"\n")
        if parents:
            w(f"from :{parents[0]}\n".encode())
        for p in parents[1:]:
            w(f"merge :{p}\n".encode())
        for path in sorted(changes, key=lambda p: changes[p] is not None):  # deletions first
            data = changes[path]
            if data is None:
                w(f"D {path}\n".encode())
            else:
                w(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")
        w(b"\n")
        return self.mark

    def close(self) -> dict[int, str]:
        self.out.close()
        if self.proc.wait() != 0:
            raise SystemExit("git fast-import failed")
        marks = {}
        for line in self.marks_file.read_text().splitlines():
            mark, sha = line.split()
            marks[int(mark[1:])] = sha
        self.marks_file.unlink()
        return marks


class History:
    """Generates the commits; each commit is written to ``git fast-import`` as it is made."""

    def __init__(self, repo: Path, seed: int, n_commits: int, n_files: int) -> None:
        self.rng = random.Random(f"{seed}:edits")
        self.secret_rng = random.Random(f"{seed}:secrets")
        self.src = Source(random.Random(f"{seed}:source"))
        self.n_commits, self.n_files = n_commits, n_files
        self.git = FastImport(repo)
        self.main = Branch("refs/heads/main", {})
        self.branches: list[Branch] = []
        self.lang: dict[str, str] = {}
        self.weight: dict[str, float] = {}
        self.used: set[str] = set()
        self.truth: list[dict[str, object]] = []
        self.plants: list[Plant] = []
        self.removals: list[tuple[int, Plant]] = []
        self.ts = 1_704_067_200  # 2024-01-01
        self.hunk_bytes = 0
        self.n_keys = 0
        self.step = 0

    # --- helpers ---------------------------------------------------------------------------------

    def _path(self, base: str) -> str:
        path, n = base, 0
        while path in self.used:
            n += 1
            stem, dot, ext = base.rpartition(".")
            path = f"{stem}_{n}.{ext}" if dot else f"{base}_{n}"
        self.used.add(path)
        return path

    def _add_file(self, br: Branch, lang: str, changes: dict[str, bytes | None]) -> str | None:
        got = self.src.take(lang)
        if got is None:
            return None
        rel, lines = got
        path = self._path(("lib/" if lang == "py" else "include/") + rel)
        br.files[path] = lines
        self.lang[path] = lang
        self.weight[path] = self.rng.paretovariate(1.1)
        changes[path] = b"".join(lines)
        return path

    def _editable(self, br: Branch) -> list[str]:
        locked = set().union(*(b.owned for b in self.branches)) if br is self.main else set()
        return [p for p in br.files if p not in locked and self.weight.get(p, 0) > 0]

    def _pick(self, br: Branch, k: int) -> list[str]:
        paths = self._editable(br)
        if not paths:
            return []
        weights = [self.weight[p] for p in paths]
        picked: list[str] = []
        for _ in range(4 * k):
            p = self.rng.choices(paths, weights)[0]
            if p not in picked:
                picked.append(p)
            if len(picked) == k:
                break
        return picked

    def _hunk(self, br: Branch, path: str) -> None:
        """Replace, insert or delete 1-8 lines at a random position away from planted blocks."""
        rng, lines = self.rng, br.files[path]
        op = rng.choices(("replace", "insert", "delete"), (5, 3, 2))[0]
        k = rng.choices(range(1, 9), (30, 20, 14, 10, 8, 7, 6, 5))[0]
        if op == "delete" and len(lines) < 40:
            op = "insert"
        blocks = [block_range(lines, pl) for pl in br.plants.get(path, [])]
        for _ in range(10):
            at = rng.randrange(len(lines) + 1 if op == "insert" else max(1, len(lines) - k))
            hi = at if op == "insert" else at + k
            if all(hi < s - 1 or at > e for s, e in blocks):
                break
        else:
            return
        new = [] if op == "delete" else self.src.lines(self.lang[path], rng.randint(1, 8))
        lines[at:hi] = new
        self.hunk_bytes += sum(map(len, new))

    def _edit(self, br: Branch, path: str, changes: dict[str, bytes | None]) -> None:
        for _ in range(self.rng.choices((1, 2, 3), (60, 30, 10))[0]):
            self._hunk(br, path)
        changes[path] = b"".join(br.files[path])
        for pl in br.plants.get(path, []):
            for sid in pl.ids:
                self.truth[int(sid.rsplit("-", 1)[1]) - 1]["later_edits"] += 1  # type: ignore[operator]

    def _rename(self, br: Branch, changes: dict[str, bytes | None]) -> None:
        paths = [p for p in self._editable(br) if self.lang[p] in ("py", "h")]
        if not paths:
            return
        old = self.rng.choice(sorted(paths))
        folder, _, name = old.rpartition("/")
        if self.rng.random() < 0.5:
            new = self._path(f"{folder}/legacy/{name}")
        else:
            stem, _, ext = name.rpartition(".")
            new = self._path(f"{folder}/{stem}_{self.rng.choice(['impl', 'compat', 'v2'])}.{ext}")
        br.files[new] = br.files.pop(old)
        self.lang[new], self.weight[new] = self.lang[old], self.weight[old]
        if old in br.plants:
            br.plants[new] = br.plants.pop(old)
            for pl in br.plants[new]:
                pl.path = new
        changes[old] = None
        if self.rng.random() < 0.5:
            self._edit(br, new, changes)
        changes[new] = b"".join(br.files[new])

    def _delete(self, br: Branch, changes: dict[str, bytes | None]) -> None:
        paths = sorted(p for p in self._editable(br) if p not in br.plants)
        if len(paths) > 50:
            path = self.rng.choice(paths)
            del br.files[path]
            changes[path] = None

    # --- secrets ---------------------------------------------------------------------------------

    def _record(
        self, br: Branch, path: str, secrets: list[Secret], lines: list[int], how: str
    ) -> list[str]:
        ids = []
        for s, line in zip(secrets, lines, strict=True):
            sid = f"edit-{len(self.truth) + 1:04d}"
            ids.append(sid)
            self.truth.append(
                {
                    "id": sid,
                    "type": s.type,
                    "value": s.value,
                    "probes": s.probes,
                    "file": path,
                    "line": line,
                    "branch": br.ref.removeprefix("refs/heads/"),
                    "how": how,
                    "later_edits": 0,
                    "_mark": None,
                    "_removed": None,
                }
            )
        return ids

    def _assign(self, lang: str, indent: bytes, s: Secret) -> list[bytes]:
        name = self.rng.choice(NAMES[s.type])
        if s.type == "private_key":
            if lang == "py":
                head, *rest = s.value.split("\n")
                return (
                    [indent + f'{name} = """{head}\n'.encode()]
                    + [f"{x}\n".encode() for x in rest[:-1]]
                    + [f'{rest[-1]}"""\n'.encode()]
                )
            if lang == "yaml":
                return [f"{name.lower()}: |\n".encode()] + [
                    f"  {x}\n".encode() for x in s.value.split("\n")
                ]
            return [f"{x}\n".encode() for x in s.value.split("\n")]  # a .pem file
        if lang == "py":
            line = f'{name} = "{s.value}"'
        elif lang == "h":
            line = f'#define {name} "{s.value}"'
        elif lang == "yaml":
            line = f'{name.lower()}: "{s.value}"'
        elif lang == "sh":
            line = f'export {name}="{s.value}"'
        else:
            line = f"{name}={s.value}"
        return [indent + line.encode() + b"\n"]

    def _plant(self, br: Branch, kind: str, changes: dict[str, bytes | None]) -> str:
        rng = self.rng
        secrets = make_secrets(self.secret_rng, kind, self.n_keys)
        self.n_keys += kind == "private_key"
        candidates = [
            p
            for p in self._editable(br)
            if self.lang[p] in (("py",) if kind == "private_key" else ("py", "h"))
        ]
        if br is not self.main:
            candidates = [p for p in candidates if p in br.owned]
        if candidates and rng.random() < 0.6:
            # a line or two in the middle of an existing (likely hot) source file
            path = rng.choices(candidates, [self.weight[p] for p in candidates])[0]
            lines = br.files[path]
            blocks = [block_range(lines, pl) for pl in br.plants.get(path, [])]
            for _ in range(20):
                at = rng.randrange(len(lines) // 5, max(len(lines) // 5 + 1, 4 * len(lines) // 5))
                if all(at < s - 1 or at > e + 1 for s, e in blocks):
                    break
            else:
                at = len(lines)  # never inside another planted block
            ref_line = lines[at] if at < len(lines) else b""
            indent = ref_line[: len(ref_line) - len(ref_line.lstrip(b" \t"))].rstrip(b"\r\n")
            block = [x for s in secrets for x in self._assign(self.lang[path], indent, s)]
            lines[at:at] = block
            how, msg = "existing_file", rng.choice(["Quick fix for auth", "Temporary debug token"])
        else:
            # a new config file holding the value(s) among generated settings
            styles = ["pem", "yaml"] if kind == "private_key" else ["env", "yaml", "sh"]
            style = rng.choice(styles)
            folder = rng.choice(["config", "deploy", "ops"])
            name = {
                "env": ".env",
                "yaml": "values.yaml",
                "sh": "deploy.sh",
                "pem": "deploy_key.pem",
            }
            path = self._path(f"{folder}/{name[style]}")
            filler = [
                f"{rng.choice(CFG_KEYS)}={rng.choice(CFG_VALUES)}\n".encode()
                for _ in range(rng.randint(3, 12))
            ]
            at = rng.randrange(len(filler) + 1) if style != "pem" else 0
            block = [x for s in secrets for x in self._assign(style, b"", s)]
            lines = [] if style == "pem" else filler
            lines[at:at] = block
            br.files[path] = lines
            self.lang[path] = style
            self.weight[path] = 0.0 if style == "pem" else 0.3 * rng.paretovariate(1.1)
            how, msg = (
                "new_file",
                rng.choice(["Add deploy config", "Configure service credentials"]),
            )
        where = [
            next(i for i, x in enumerate(block) if s.probes[-1].encode() in x) for s in secrets
        ]
        ids = self._record(br, path, secrets, [at + 1 + i for i in where], how)
        anchor = where[0]
        plant = Plant(block, anchor, ids, path, br.ref)
        br.plants.setdefault(path, []).append(plant)
        self.plants.append(plant)
        if rng.random() < 0.4:
            self.removals.append((self.step + rng.randint(5, 400), plant))
        changes[path] = b"".join(br.files[path])
        return msg

    def _remove_due(self, changes: dict[str, bytes | None]) -> bool:
        due = [x for x in self.removals if x[0] <= self.step and x[1].ref == self.main.ref]
        if not due:
            return False
        self.removals = [x for x in self.removals if x not in due]
        for _, pl in due:
            lines = self.main.files[pl.path]
            if (
                self.lang[pl.path] in ("env", "yaml", "sh", "pem")
                and len(self.main.plants[pl.path]) == 1
                and self.rng.random() < 0.5
            ):
                del self.main.files[pl.path]
                changes[pl.path] = None
            else:
                s, e = block_range(lines, pl)
                del lines[s:e]
                changes[pl.path] = b"".join(lines)
            self.main.plants[pl.path].remove(pl)
            if not self.main.plants[pl.path]:
                del self.main.plants[pl.path]
            for sid in pl.ids:
                self.truth[int(sid.rsplit("-", 1)[1]) - 1]["_removed"] = True
            pl.ref = "removed"
        return True

    # --- commits ---------------------------------------------------------------------------------

    def _commit(
        self, br: Branch, message: str, changes: dict[str, bytes | None], merge: int = 0
    ) -> int:
        self.ts += self.rng.randint(600, 4 * 3600)
        author = (
            AUTHORS[self.rng.randrange(len(AUTHORS))]
            if br is self.main
            else AUTHORS[br.commits % 2]
        )
        parents = [br.mark] if br.mark else []
        if merge:
            parents.append(merge)
        br.mark = self.git.commit(br.ref, author, self.ts, message, parents, changes)
        br.commits += 1
        for t in self.truth:
            if t["_mark"] is None:
                t["_mark"] = br.mark
            if t["_removed"] is True:
                t["_removed"] = br.mark
        return br.mark

    def _fork(self, name: str, commits: int) -> None:
        owned = [p for p in self._pick(self.main, 10) if p not in self.main.plants]
        br = Branch(f"refs/heads/{name}", {p: list(self.main.files[p]) for p in owned})
        br.mark, br.owned, br.target = self.main.mark, set(owned), commits
        self.branches.append(br)

    def _merge(self, br: Branch) -> None:
        self.branches.remove(br)
        changes: dict[str, bytes | None] = {p: b"".join(x) for p, x in br.files.items()}
        self.main.files.update(br.files)
        for path, plants in br.plants.items():
            self.main.plants.setdefault(path, []).extend(plants)
            for pl in plants:
                pl.ref = self.main.ref
        name = br.ref.removeprefix("refs/heads/")
        self._commit(self.main, f"Merge branch '{name}'", changes, merge=br.mark)

    def run(self) -> None:
        rng = self.rng
        self.src.prepare_donors(150)
        n_import = 100
        per = -(-self.n_files // n_import)
        self.step = 0
        for i in range(n_import):
            changes: dict[str, bytes | None] = {}
            for _ in range(per):
                self._add_file(self.main, "py" if rng.random() < 0.6 else "h", changes)
            self._commit(self.main, "Initial import" if i == 0 else "Import more modules", changes)
        deck = [k for k, n in DECK.items() for _ in range(n)]
        rng.shuffle(deck)
        plant_steps = dict(
            zip(sorted(rng.sample(range(20, self.n_commits - 20), len(deck))), deck, strict=True)
        )
        forks = {
            self.n_commits * 3 // 10: ("feature/async-io", 60),
            self.n_commits * 2 // 3: ("feature/headers", 40),
        }
        for step in range(self.n_commits):
            self.step = step
            if step in forks:
                self._fork(*forks[step])
            br = self.branches[0] if self.branches and rng.random() < 0.3 else self.main
            changes = {}
            r = rng.random()
            if br is not self.main:
                for path in self._pick(br, rng.choices((1, 2), (70, 30))[0]):
                    self._edit(br, path, changes)
                msg = rng.choice(MESSAGES)
            elif r < 0.02:
                self._add_file(br, "py" if rng.random() < 0.6 else "h", changes)
                msg = "Add module"
            elif r < 0.03:
                self._delete(br, changes)
                msg = "Remove dead code"
            elif r < 0.04:
                self._rename(br, changes)
                msg = "Move module"
            else:
                for path in self._pick(br, rng.choices((1, 2, 3, 4), (50, 25, 15, 10))[0]):
                    self._edit(br, path, changes)
                msg = rng.choice(MESSAGES)
            if step in plant_steps:
                msg = self._plant(br, plant_steps[step], changes)
            if br is self.main and self._remove_due(changes):
                msg += " (remove leaked credential)"
            if changes:
                self._commit(br, msg, changes)
            if br is not self.main and br.commits >= br.target:
                self._merge(br)
        for br in list(self.branches):
            self._merge(br)

    def finish(self, truth_path: Path) -> None:
        marks = self.git.close()
        head = set(self.main.files)
        live = {sid for pl in self.plants if pl.ref == self.main.ref for sid in pl.ids}
        with truth_path.open("w") as fh:
            for t in self.truth:
                t["commit"] = marks[t.pop("_mark")]  # type: ignore[index]
                removed = t.pop("_removed")
                t["removed_commit"] = marks[removed] if isinstance(removed, int) else None  # type: ignore[index]
                t["at_head"] = t["id"] in live and any(
                    pl.path in head for pl in self.plants if t["id"] in pl.ids
                )
                fh.write(json.dumps(t) + "\n")


def blob_stats(repo: Path) -> dict[str, object]:
    """Commits, blobs and their bytes, and the bytes of blobs that first appear as a modification of
    an existing path (not an added or renamed file), in the order ``tether scan --git`` meets them."""

    def git(*args: str, stdin: bytes | None = None) -> bytes:
        return subprocess.run(
            ["git", "-C", str(repo), *args], input=stdin, capture_output=True, check=True
        ).stdout

    objects = git("rev-list", "--objects", "--all")
    sizes = {}
    for line in git(
        "cat-file", "--batch-check=%(objecttype) %(objectname) %(objectsize) %(rest)", stdin=objects
    ).split(b"\n"):
        parts = line.split()
        if len(parts) >= 3 and parts[0] == b"blob":
            sizes[parts[1].decode()] = int(parts[2])
    log_out = git(
        "log",
        "--all",
        "--topo-order",
        "--reverse",
        "--raw",
        "--no-renames",
        "--no-abbrev",
        "--diff-merges=first-parent",
        "--format=",
    )
    status: dict[str, str] = {}
    for line in log_out.decode().splitlines():
        if line.startswith(":"):
            meta = line.split("\t", 1)[0].split()
            sha, kind = meta[3], meta[4]
            if kind != "D":
                status.setdefault(sha, kind)
    total = sum(sizes.values())
    modified = sum(sizes[s] for s, k in status.items() if k == "M" and s in sizes)
    return {
        "commits": int(git("rev-list", "--count", "--all")),
        "blobs": len(sizes),
        "blob_bytes": total,
        "modified_blobs": sum(1 for k in status.values() if k == "M"),
        "modified_blob_bytes": modified,
        "modified_fraction": round(modified / total, 3) if total else 0.0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--commits", type=int, default=3000, help="commits after the initial import")
    ap.add_argument("--files", type=int, default=400, help="files of the initial import")
    ap.add_argument(
        "--out", type=Path, default=CORPUS, help="directory for the repository and truth"
    )
    args = ap.parse_args()
    t0 = time.time()
    repo = args.out / "edit_history"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    history = History(repo, args.seed, args.commits, args.files)
    history.run()
    history.finish(args.out / "edit_history_truth.jsonl")
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "-f", "main"], check=True)
    stats = blob_stats(repo)
    stats.update(
        seed=args.seed,
        secrets=len(history.truth),
        secrets_at_head=sum(1 for t in history.truth if t["at_head"]),
        hunk_bytes=history.hunk_bytes,
        files_at_head=len(history.main.files),
    )
    (args.out / "edit_history_manifest.json").write_text(json.dumps(stats, indent=1) + "\n")
    log(
        f"[edits] {stats['commits']} commits, {stats['blobs']} blobs, {stats['blob_bytes'] / 1e6:.1f} MB "
        f"({stats['modified_fraction']:.0%} in modified files; hunks added {history.hunk_bytes / 1e6:.2f} MB), "
        f"{stats['secrets']} secrets ({stats['secrets_at_head']} at HEAD) -> {repo} in {time.time() - t0:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
