"""``tether import``: move the secrets of an env file into the vault, leave references behind.

plan → apply → verify, in an order that loses nothing (ARCHITECTURE.md §9):

1. **plan** (:func:`plan_import`): parse the file, decide which values are secrets
   (:mod:`tether.runtime.detect`, or ``--all`` / ``--only KEY``), name a reference for each.
2. **vault commit**: every value is stored (check-and-set: an existing field must already hold the
   same value, so re-running after a crash is harmless and nothing is overwritten).
3. **atomic rewrite** of the file (:func:`tether.fileio.atomic_write`): only the value token
   of the secret lines changes, every other byte stays.
4. **read-back check**: every reference in the new file resolves to the original value and every
   other line parses to what it was; otherwise the original file is put back.
5. ``.gitignore`` gains ``.env`` / ``.env.*`` patterns that were missing (never loses a line).

A crash anywhere leaves a file that either still works as before (steps 1–2) or works through
references (after the rename in step 3). ``undo_import`` writes the values back in place of the
references. The vault side is reached through the small :class:`ImportVault` protocol so this module
does not depend on ``tether.client``. Entries never show values in ``repr`` or JSON.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tether import dotenv
from tether.errors import FileSafetyError, UsageError
from tether.fileio import atomic_write, checkpoint
from tether.refs import SCHEME, Reference, parse

__all__ = [
    "AwsPlan",
    "ComposePlan",
    "Entry",
    "ImportResult",
    "ImportVault",
    "Plan",
    "append_gitignore",
    "apply_aws_import",
    "apply_compose_import",
    "apply_import",
    "gitignore_additions",
    "plan_aws_import",
    "plan_compose_import",
    "plan_import",
    "undo_import",
]

_NAME_BAD = re.compile(r"[^A-Za-z0-9._-]+")
_VAULT_FOR_SUFFIX = {
    "": "dev",
    "local": "dev",
    "dev": "dev",
    "development": "dev",
    "test": "test",
    "testing": "test",
    "staging": "staging",
    "stage": "staging",
    "prod": "prod",
    "production": "prod",
}
GITIGNORE_PATTERNS = (".env", ".env.*", "!.env.example")


class ImportVault(Protocol):
    def store(self, ref: Reference, value: str) -> str:
        """Store ``value`` at ``ref`` if the field is new; return ``"created"`` or ``"unchanged"``.

        Raise ``ConflictError`` when the field exists with a different value."""
        ...

    def resolve(self, refs: Sequence[Reference]) -> Mapping[Reference, str]: ...


@dataclass
class Entry:
    index: int  # binding index in the document
    key: str
    line: int
    action: str  # import | keep | managed | derived | empty
    reason: str
    ref: Reference | None = None
    value: str = field(default="", repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "line": self.line,
            "action": self.action,
            "reason": self.reason,
            "ref": str(self.ref) if self.ref else None,
        }


@dataclass
class Plan:
    path: Path
    raw_text: str = field(repr=False)  # the plaintext file: never in a repr
    doc: dotenv.Document = field(repr=False)
    vault: str
    item: str
    entries: list[Entry]
    gitignore: tuple[Path, list[str]] | None = None

    @property
    def to_import(self) -> list[Entry]:
        return [e for e in self.entries if e.action == "import"]

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "vault": self.vault,
            "item": self.item,
            "entries": [e.to_json() for e in self.entries],
            "gitignore": None
            if not self.gitignore
            else {"path": str(self.gitignore[0]), "add": self.gitignore[1]},
        }


@dataclass
class ImportResult:
    path: Path
    created: list[str] = field(default_factory=list)  # references
    unchanged: list[str] = field(default_factory=list)
    gitignore_added: list[str] = field(default_factory=list)
    gitignore_path: Path | None = None


def _name(text: str, fallback: str) -> str:
    cleaned = _NAME_BAD.sub("_", text).strip("._-")
    return cleaned or fallback


def default_vault(path: Path) -> str:
    name = path.name
    suffix = name[len(".env") :].lstrip(".") if name.startswith(".env") else ""
    return _VAULT_FOR_SUFFIX.get(suffix.lower(), _name(suffix.lower(), "dev"))


def read_text(path: Path) -> str:
    """The file exactly as stored (no newline translation)."""
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path} does not exist", hint="name an existing .env file") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder", hint="name a .env file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text", hint="save it as UTF-8 first") from None


def _translated(text: str) -> dotenv.Document:
    # python-dotenv opens files in text mode: \r\n and \r inside values read as \n
    return dotenv.parse(text.replace("\r\n", "\n").replace("\r", "\n"))


def _decide(
    entry: Entry,
    *,
    derived: bool,
    wanted: set[str],
    import_all: bool,
    used: dict[str, str],
    ref_base: tuple[str, str],
    on_reference: tuple[str, str],
    derived_reason: str,
) -> None:
    """What import does with one setting (shared by ``.env`` and compose plans): set the entry's
    action and reason, and its reference when the value moves to the vault. ``used`` maps field
    names already given out to their values, so two keys never share a field by accident."""
    from tether.runtime.detect import secret_reason

    key, value = entry.key, entry.value
    if value.strip().startswith(SCHEME):
        entry.action, entry.reason = on_reference
    elif not value:
        entry.reason = "empty"
    elif wanted and key not in wanted:
        entry.reason = "not named by --only"
    elif derived:
        entry.action, entry.reason = "derived", derived_reason
    else:
        reason = (
            "named by --only" if wanted else ("--all" if import_all else secret_reason(key, value))
        )
        if reason:
            entry.action, entry.reason = "import", reason
            base = fname = _name(key.lower(), "value")
            n = 2
            while fname in used and used[fname] != value:
                fname, n = f"{base}_{n}", n + 1
            used[fname] = value
            entry.ref = Reference(*ref_base, fname)


def plan_import(
    path: str | os.PathLike[str],
    *,
    vault: str | None = None,
    item: str | None = None,
    only: Sequence[str] = (),
    import_all: bool = False,
    gitignore: bool = True,
) -> Plan:

    p = Path(path)
    raw = read_text(p)
    doc = dotenv.parse(raw)
    vdoc = _translated(raw)
    if [b.key for b in doc.bindings] != [b.key for b in vdoc.bindings]:
        raise FileSafetyError(  # cannot happen with the grammar; refuse rather than guess
            f"{p} parses differently with other line endings", hint="normalise its line endings"
        )
    vault_name = _name(vault, "dev") if vault else default_vault(p)
    item_name = _name(item, "app") if item else _name(p.resolve().parent.name.lower(), "app")
    wanted = {k for k in only}
    unknown = wanted - {b.key for b in doc.bindings if b.key}
    if unknown:
        raise UsageError(
            f"--only names keys not in {p}: {', '.join(sorted(unknown))}",
            hint="check the key names (they are case-sensitive)",
        )
    entries: list[Entry] = []
    used: dict[str, str] = {}  # field name -> value already assigned
    for i, (b, vb) in enumerate(zip(doc.bindings, vdoc.bindings, strict=True)):
        if b.key is None or b.value is None or b.error or b.value_span is None:
            continue
        entry = Entry(i, b.key, b.line, "keep", "plain setting", value=vb.value or "")
        _decide(
            entry,
            derived="${" in entry.value,
            wanted=wanted,
            import_all=import_all,
            used=used,
            ref_base=(vault_name, item_name),
            on_reference=("managed", "already a reference"),
            derived_reason="built from other variables with ${…}",
        )
        entries.append(entry)
    plan = Plan(p, raw, doc, vault_name, item_name, entries)
    if gitignore:
        plan.gitignore = gitignore_additions(p)
    return plan


def _values_by_index(doc: dotenv.Document) -> dict[int, str | None]:
    return {i: b.value for i, b in enumerate(doc.bindings) if b.key is not None}


def _check_unchanged(plan: Plan) -> None:
    """Refuse when the file changed between planning and applying (someone else edited it)."""
    checkpoint("import:planned")
    if read_text(plan.path) != plan.raw_text:
        raise FileSafetyError(
            f"{plan.path} changed while importing", hint="run tether import again"
        )


def _store_all(todo: list[Entry], vault: ImportVault, result: ImportResult) -> None:
    """The vault commit, before any file is rewritten."""
    for e in todo:
        assert e.ref is not None
        status = vault.store(e.ref, e.value)
        (result.created if status == "created" else result.unchanged).append(str(e.ref))
        checkpoint("import:stored-one")
    checkpoint("import:vault-committed")


def _add_gitignore(plan: Plan, result: ImportResult) -> None:
    if plan.gitignore and plan.gitignore[1]:
        result.gitignore_path = plan.gitignore[0]
        result.gitignore_added = append_gitignore(*plan.gitignore)


def apply_import(plan: Plan, vault: ImportVault) -> ImportResult:
    result = ImportResult(plan.path)
    _check_unchanged(plan)
    todo = plan.to_import
    new_text = _rewritten(plan.path, plan.doc, {e.index: str(e.ref) for e in todo})
    _store_all(todo, vault, result)
    if todo:
        atomic_write(plan.path, new_text.encode("utf-8"))
        checkpoint("import:file-written")
        try:
            _verify(plan, new_text, vault)
        except BaseException:
            atomic_write(plan.path, plan.raw_text.encode("utf-8"))
            raise
        checkpoint("import:verified")
    _add_gitignore(plan, result)
    return result


def _rewritten(path: Path, doc: dotenv.Document, changes: Mapping[int, str]) -> str:
    try:
        return dotenv.rewrite(doc, changes)
    except ValueError:
        bad = [b.line for b in doc.bindings if b.error]
        raise FileSafetyError(
            f"{path} cannot be rewritten safely: line {', '.join(map(str, bad))} does not parse",
            hint="fix the quoting on that line (an unterminated quote), then import again",
        ) from None


def _verify(plan: Plan, new_text: str, vault: ImportVault) -> None:
    """Every line of the new file must mean what the old one meant."""
    before = _values_by_index(_translated(plan.raw_text))
    after_doc = _translated(new_text)
    after = _values_by_index(after_doc)
    refs = {
        i: parse(v.strip())
        for i, v in after.items()
        if v is not None and v.strip().startswith(SCHEME) and before.get(i) != v
    }
    got = vault.resolve(list(dict.fromkeys(refs.values())))
    for i, ref in refs.items():
        after[i] = got.get(ref)
    if after != before:
        bad = sorted(
            str(after_doc.bindings[i].key) for i in before if before.get(i) != after.get(i)
        )
        raise FileSafetyError(
            f"read-back check failed for {', '.join(bad)}; {plan.path} was restored",
            hint="the vault kept the new items; check them with tether list",
        )


def undo_import(path: str | os.PathLike[str], vault: ImportVault) -> list[str]:
    """Put the referenced values back into the file in place of their references."""
    p = Path(path)
    raw = read_text(p)
    doc = dotenv.parse(raw)
    vdoc = _translated(raw)
    targets: dict[int, Reference] = {}
    for i, (b, vb) in enumerate(zip(doc.bindings, vdoc.bindings, strict=True)):
        if b.key is not None and vb.value and vb.value.strip().startswith(SCHEME):
            if b.value_span is not None and not b.error:
                targets[i] = parse(vb.value.strip())
    if not targets:
        return []
    from tether.runtime.resolve import resolve_refs

    got = resolve_refs([(str(doc.bindings[i].key), r) for i, r in targets.items()], vault.resolve)
    values = {i: got[r] for i, r in targets.items()}
    new_text = _rewritten(p, doc, values)
    atomic_write(p, new_text.encode("utf-8"))
    check = _values_by_index(_translated(new_text))
    if any(check.get(i) != v for i, v in values.items()):
        atomic_write(p, raw.encode("utf-8"))
        raise FileSafetyError(f"read-back check failed; {p} was restored", hint="report this bug")
    return [str(doc.bindings[i].key) for i in targets]


def _git_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / ".git").exists():
            return folder
    return None


def gitignore_additions(env_path: Path) -> tuple[Path, list[str]]:
    """The ``.gitignore`` to update and the patterns it lacks (empty when the file is ignored)."""
    folder = env_path.resolve().parent
    root = _git_root(folder) or folder
    gi = root / ".gitignore"
    try:
        existing = gi.read_bytes().decode("utf-8", "replace").splitlines()
    except FileNotFoundError:
        existing = []
    import pathspec

    spec = pathspec.PathSpec.from_lines("gitwildmatch", existing)
    rel = env_path.resolve().relative_to(root).as_posix()
    if spec.match_file(rel):
        return gi, []
    have = {line.strip() for line in existing}
    return gi, [p for p in GITIGNORE_PATTERNS if p not in have]


def append_gitignore(gi: Path, lines: list[str]) -> list[str]:
    try:
        text = gi.read_bytes().decode("utf-8")
    except FileNotFoundError:
        text = ""
    have = {line.strip() for line in text.splitlines()}
    add = [line for line in lines if line not in have]
    if not add:
        return []
    nl = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += nl
    text += nl.join(["# plaintext env files (added by tether import)", *add]) + nl
    atomic_write(gi, text.encode("utf-8"), mode=None if gi.exists() else 0o644)
    return add


# ----------------------------------------------------------------------------- docker-compose


@dataclass
class ComposePlan(Plan):
    """Import from a compose file's ``environment:`` blocks (see :mod:`tether.runtime.compose`)."""

    env_path: Path = field(default_factory=Path)
    settings: list[Any] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data["env_file"] = str(self.env_path)
        return data


def plan_compose_import(
    path: str | os.PathLike[str],
    *,
    vault: str | None = None,
    item: str | None = None,
    only: Sequence[str] = (),
    import_all: bool = False,
    gitignore: bool = True,
) -> ComposePlan:
    from tether.runtime.compose import parse_compose

    p = Path(path)
    raw = read_text(p)
    settings = parse_compose(raw)
    env_path = p.resolve().parent / ".env"
    existing = (
        dotenv.values(dotenv.parse(read_text(env_path)), interpolate=False)
        if env_path.exists()
        else {}
    )
    vault_name = _name(vault, "dev") if vault else "dev"
    item_name = _name(item, "app") if item else _name(p.resolve().parent.name.lower(), "app")
    wanted = set(only)
    entries: list[Entry] = []
    used: dict[str, str] = {}
    for i, s in enumerate(settings):
        entry = Entry(i, s.key, s.line, "keep", "plain setting", value=s.value)
        _decide(
            entry,
            derived=s.derived,
            wanted=wanted,
            import_all=import_all,
            used=used,
            ref_base=(vault_name, item_name),
            on_reference=("keep", "a reference (compose passes it as text)"),
            derived_reason="uses ${…} from the environment",
        )
        if entry.ref is not None and s.key in existing and existing[s.key] != str(entry.ref):
            raise UsageError(
                f"{env_path} already sets {s.key}, which {p.name} line {s.line} also sets",
                hint="remove one of them, then import again",
            )
        entries.append(entry)
    plan = ComposePlan(
        p,
        raw,
        dotenv.parse(""),
        vault_name,
        item_name,
        entries,
        env_path=env_path,
        settings=settings,
    )
    if gitignore:
        plan.gitignore = gitignore_additions(env_path)
    return plan


def apply_compose_import(plan: ComposePlan, vault: ImportVault) -> ImportResult:
    from tether.runtime.compose import parse_compose, rewrite_compose

    result = ImportResult(plan.path)
    _check_unchanged(plan)
    todo = plan.to_import
    _store_all(todo, vault, result)
    if todo:
        env_before = read_text(plan.env_path) if plan.env_path.exists() else None
        text = env_before or ""
        nl = "\r\n" if "\r\n" in text else "\n"
        if text and not text.endswith(("\n", "\r")):
            text += nl
        present = dotenv.parse(text).keys()
        added = {e.key: str(e.ref) for e in todo if e.key not in present}
        text += "".join(f"{k}={v}{nl}" for k, v in added.items())
        atomic_write(plan.env_path, text.encode("utf-8"))
        checkpoint("import:env-written")
        new_compose = rewrite_compose(
            plan.raw_text, {e.index: "${" + e.key + "}" for e in todo}, plan.settings
        )
        atomic_write(plan.path, new_compose.encode("utf-8"))
        checkpoint("import:file-written")
        try:
            after = {s.key: s for s in parse_compose(new_compose)}
            refs = dotenv.values(dotenv.parse(read_text(plan.env_path)), interpolate=False)
            got = vault.resolve([parse(str(refs[e.key])) for e in todo])
            for e in todo:
                ok = (
                    after[e.key].value == "${" + e.key + "}"
                    and got.get(parse(str(refs[e.key]))) == e.value
                )
                if not ok:
                    raise FileSafetyError(
                        f"read-back check failed for {e.key}; {plan.path} was restored",
                        hint="the vault kept the new items; check them with tether list",
                    )
        except BaseException:
            atomic_write(plan.path, plan.raw_text.encode("utf-8"))
            if env_before is None:
                plan.env_path.unlink(missing_ok=True)
            else:
                atomic_write(plan.env_path, env_before.encode("utf-8"))
            raise
        checkpoint("import:verified")
    _add_gitignore(plan, result)
    return result


# ----------------------------------------------------------------------------- ~/.aws/credentials


@dataclass
class AwsPlan(Plan):
    """Import from an AWS credentials INI file (see :mod:`tether.runtime.awscreds`)."""

    settings: list[Any] = field(default_factory=list, repr=False)
    replace: dict[str, str] = field(default_factory=dict)  # section -> credential_process line


def plan_aws_import(
    path: str | os.PathLike[str],
    *,
    vault: str | None = None,
    item: str | None = None,
    tether_cmd: str = "tether",
    gitignore: bool = False,
    **_: Any,
) -> AwsPlan:
    from tether.runtime.awscreds import FIELDS, parse_ini

    p = Path(path)
    raw = read_text(p)
    settings = parse_ini(raw)
    vault_name = _name(vault, "dev") if vault else "dev"
    with_keys = {s.section for s in settings if s.key == "aws_secret_access_key"}
    entries: list[Entry] = []
    replace: dict[str, str] = {}
    for i, s in enumerate(settings):
        entry = Entry(i, f"[{s.section}] {s.key}", s.line, "keep", "not a key", value=s.value)
        if s.section in with_keys and s.key in FIELDS and s.value:
            item_name = _name(item or f"aws-{s.section.removeprefix('profile ')}", "aws")
            entry.action, entry.reason = "import", "AWS key"
            entry.ref = Reference(vault_name, item_name, s.key)
            replace[s.section] = (
                f"credential_process = {tether_cmd} aws-credentials "
                f"{Reference(vault_name, item_name)}"
            )
        entries.append(entry)
    if item and len(replace) > 1:
        raise UsageError(
            "--item names one item but the file has several profiles", hint="drop --item"
        )
    return AwsPlan(
        p,
        raw,
        dotenv.parse(""),
        vault_name,
        item or "aws-<profile>",
        entries,
        None,
        settings,
        replace,
    )


def apply_aws_import(plan: AwsPlan, vault: ImportVault) -> ImportResult:
    from tether.runtime.awscreds import FIELDS, parse_ini, rewrite_ini

    result = ImportResult(plan.path)
    _check_unchanged(plan)
    todo = plan.to_import
    if not todo:
        return result
    new_text = rewrite_ini(plan.raw_text, plan.replace, plan.settings)
    _store_all(todo, vault, result)
    atomic_write(plan.path, new_text.encode("utf-8"))
    checkpoint("import:file-written")
    try:
        after = parse_ini(new_text)
        kept_before = [
            (s.section, s.key, s.value)
            for s in plan.settings
            if not (s.section in plan.replace and s.key in FIELDS)
        ]
        kept_after = [(s.section, s.key, s.value) for s in after if s.key != "credential_process"]
        procs = {s.section: s.value for s in after if s.key == "credential_process"}
        got = vault.resolve([e.ref for e in todo if e.ref is not None])
        ok = kept_before == kept_after and all(
            procs.get(sec) == line.split("=", 1)[1].strip() for sec, line in plan.replace.items()
        )
        ok = ok and all(e.ref is not None and got.get(e.ref) == e.value for e in todo)
        if not ok:
            raise FileSafetyError(
                f"read-back check failed; {plan.path} was restored",
                hint="the vault kept the new items; check them with tether list",
            )
    except BaseException:
        atomic_write(plan.path, plan.raw_text.encode("utf-8"))
        raise
    checkpoint("import:verified")
    return result
