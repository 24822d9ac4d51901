"""``VaultService``: vaults, items, fields and versions over a store, with envelope encryption.

Every write is check-and-set on the field's version (``UPDATE … WHERE current_version = ?`` plus a
primary key on (field, version)), so two writers never silently lose an update. Every read and
write, and every failure, is an audit event. Values enter and leave only as ``SecretValue``.
"""

from __future__ import annotations

import getpass
import json
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from tether.crypto.blobs import KEY_SIZE, open_value, seal_value
from tether.crypto.kdf import fingerprint
from tether.errors import (
    AccessDeniedError,
    AlreadyExistsError,
    ConflictError,
    DecryptionError,
    NotFoundError,
    TetherError,
    UsageError,
)
from tether.refs import Reference, validate_name
from tether.store.base import Row, Store, Tx
from tether.values import SecretValue
from tether.vault import audit
from tether.vault.expiry import check_not_expired
from tether.vault.keys import KeyAccess
from tether.vault.lookup import find_field, find_item, find_vault
from tether.vault.records import FingerprintMatch, ItemInfo, ItemMeta, VaultInfo, VersionInfo

__all__ = ["DEFAULT_FIELD", "VaultService", "current_user", "utcnow"]

DEFAULT_FIELD = "value"


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_user() -> str:
    """The person acting: ``TETHER_USER`` if set, else the login name."""
    env = os.environ.get("TETHER_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers)
        return "unknown"


def _new_id() -> str:
    return secrets.token_hex(8)


class VaultService:
    """The vault over one store, acting as ``actor`` with the keys ``keys`` can unwrap."""

    def __init__(
        self,
        store: Store,
        keys: KeyAccess,
        *,
        actor: str,
        now: Callable[[], str] = utcnow,
        can_write: Callable[[Tx, Row], bool] | None = None,
    ) -> None:
        self.store = store
        self.keys = keys
        self.actor = actor
        self.now = now
        self._can_write = can_write

    # -- audit -------------------------------------------------------------------------------

    def audit(self, action: str, ref: str | None, result: str, detail: str | None = None) -> None:
        """Record an event in its own transaction (used for failures after a rollback).

        If even that fails (an unreadable store), the caller's original error matters more.
        """
        try:
            with self.store.write() as tx:
                audit.record(
                    tx,
                    ts=self.now(),
                    actor=self.actor,
                    action=action,
                    ref=ref,
                    result=result,
                    detail=detail,
                )
        except TetherError:
            pass

    def _audited(self, action: str, ref: str | None, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except TetherError as exc:
            self.audit(action, ref, audit.result_of(exc), type(exc).__name__)
            raise

    # -- vaults ------------------------------------------------------------------------------

    def create_vault(self, name: str) -> VaultInfo:
        validate_name(name, "vault")
        if not self.keys.can_create_vaults():
            raise AccessDeniedError(f"{self.actor} may not create vaults")

        def run() -> VaultInfo:
            with self.store.write() as tx:
                if tx.one("SELECT id FROM vaults WHERE name_key = ?", (name.casefold(),)):
                    raise AlreadyExistsError(f"vault {name!r} already exists")
                vid, now = _new_id(), self.now()
                tx.execute(
                    "INSERT INTO vaults (id, name, name_key, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                    (vid, name, name.casefold(), now, self.actor),
                )
                self.keys.store_new_vault_key(tx, vid, secrets.token_bytes(KEY_SIZE), now)
                audit.record(
                    tx,
                    ts=now,
                    actor=self.actor,
                    action="vault.create",
                    ref=f"tether://{name}",
                    result="ok",
                )
                return VaultInfo(name=name, id=vid, created_at=now, items=0)

        result: VaultInfo = self._audited("vault.create", f"tether://{name}", run)
        return result

    def list_vaults(self) -> list[VaultInfo]:
        with self.store.read() as tx:
            rows = tx.all(
                "SELECT v.id, v.name, v.created_at, "
                "(SELECT count(*) FROM items i WHERE i.vault_id = v.id) AS n "
                "FROM vaults v ORDER BY v.name_key"
            )
        return [
            VaultInfo(name=r["name"], id=r["id"], created_at=r["created_at"], items=r["n"])
            for r in rows
        ]

    def remove_vault(self, name: str, *, force: bool = False) -> None:
        def run() -> None:
            with self.store.write() as tx:
                vault = find_vault(tx, name)
                self._check_write(tx, vault)
                n = tx.one("SELECT count(*) AS n FROM items WHERE vault_id = ?", (vault["id"],))
                if n and n["n"] and not force:
                    raise UsageError(
                        f"vault {vault['name']!r} holds {n['n']} item(s)",
                        hint="remove the items first, or pass --force to delete the vault and its items",
                    )
                tx.execute("DELETE FROM vaults WHERE id = ?", (vault["id"],))
                audit.record(
                    tx,
                    ts=self.now(),
                    actor=self.actor,
                    action="vault.remove",
                    ref=f"tether://{vault['name']}",
                    result="ok",
                )

        self._audited("vault.remove", f"tether://{name}", run)

    # -- writes ------------------------------------------------------------------------------

    def _check_write(self, tx: Tx, vault: Row) -> None:
        if self._can_write is not None and not self._can_write(tx, vault):
            raise AccessDeniedError(
                f"{self.actor} may not write to vault {vault['name']!r}",
                hint="ask the vault's owner for a write grant",
            )

    def set_value(
        self,
        ref: Reference,
        value: str,
        *,
        expected_version: int | None = None,
        meta: ItemMeta | None = None,
        create_vault: bool = False,
        state_of_previous: str = "superseded",
        action: str = "write",
    ) -> VersionInfo:
        """Write a new version of ``ref``'s field. ``expected_version`` enables check-and-set
        (0 means "the field must not exist yet")."""
        field_name = ref.field
        label = str(ref.without_version())
        if ref.version is not None:
            raise UsageError(
                "cannot write to a specific version", hint="drop ?version=N from the reference"
            )
        if create_vault:
            with self.store.read() as tx:
                exists = tx.one("SELECT id FROM vaults WHERE name_key = ?", (ref.vault.casefold(),))
            if exists is None:
                try:
                    self.create_vault(ref.vault)
                except AlreadyExistsError:
                    pass  # created concurrently: fine

        def run() -> VersionInfo:
            with self.store.write() as tx:
                vault = find_vault(tx, ref.vault)
                self._check_write(tx, vault)
                now = self.now()
                item = tx.one(
                    "SELECT * FROM items WHERE vault_id = ? AND name_key = ?",
                    (vault["id"], ref.item.casefold()),
                )
                if item is None:
                    item = self._insert_item(tx, vault, ref.item, meta or ItemMeta(), now)
                elif meta is not None:
                    self._apply_meta(tx, item["id"], meta, now)
                fields = tx.all("SELECT * FROM fields WHERE item_id = ?", (item["id"],))
                fname = field_name
                if fname is None:
                    fname = fields[0]["name"] if len(fields) == 1 else DEFAULT_FIELD
                    if len(fields) > 1:
                        find_field(tx, vault, item, None)  # raises: name a field
                field = next((f for f in fields if f["name_key"] == fname.casefold()), None)
                current = field["current_version"] if field else 0
                if expected_version is not None and expected_version != current:
                    raise ConflictError(
                        f"{label} is at version {current}, not {expected_version}",
                        hint="someone else wrote first; read the new value and try again",
                    )
                version = current + 1
                data_key = self.keys.data_key(tx, vault["id"], vault["name"])
                if field is None:
                    validate_name(fname, "field")
                    field_id = _new_id()
                    tx.execute(
                        "INSERT INTO fields (id, item_id, name, name_key, current_version) VALUES (?, ?, ?, ?, ?)",
                        (field_id, item["id"], fname, fname.casefold(), version),
                    )
                else:
                    field_id = field["id"]
                    changed = tx.execute(
                        "UPDATE fields SET current_version = ? WHERE id = ? AND current_version = ?",
                        (version, field_id, current),
                    )
                    if changed != 1:
                        raise ConflictError(f"{label} changed while writing", hint="try again")
                    tx.execute(
                        "UPDATE versions SET state = ? WHERE field_id = ? AND version = ?",
                        (state_of_previous, field_id, current),
                    )
                blob = seal_value(
                    data_key,
                    value.encode(),
                    vault_id=vault["id"],
                    item_id=item["id"],
                    field=fname,
                    version=version,
                )
                tx.execute(
                    "INSERT INTO versions (field_id, version, ciphertext, fingerprint, state, created_at, created_by) "
                    "VALUES (?, ?, ?, ?, 'current', ?, ?)",
                    (
                        field_id,
                        version,
                        blob,
                        fingerprint(self.keys.fingerprint_key(tx), value),
                        now,
                        self.actor,
                    ),
                )
                tx.execute("UPDATE items SET updated_at = ? WHERE id = ?", (now, item["id"]))
                if action == "rotate":
                    tx.execute(
                        "UPDATE items SET rotated_at = ?, needs_rotation = 0 WHERE id = ?",
                        (now, item["id"]),
                    )
                out_ref = f"tether://{vault['name']}/{item['name']}/{fname}"
                audit.record(
                    tx,
                    ts=now,
                    actor=self.actor,
                    action=action,
                    ref=out_ref,
                    result="ok",
                    detail=f"version {version}",
                )
                return VersionInfo(
                    vault["name"], item["name"], fname, version, "current", now, self.actor
                )

        try:
            result: VersionInfo = self._audited(action, label, run)
        except Exception as exc:
            # a concurrent writer inserted the same (field, version) first
            if type(exc).__name__ == "IntegrityError":
                self.audit(action, label, "conflict")
                raise ConflictError(
                    f"{label} was written by someone else at the same time",
                    hint="read the new value and try again",
                ) from None
            raise
        return result

    def _insert_item(self, tx: Tx, vault: Row, name: str, meta: ItemMeta, now: str) -> Row:
        validate_name(name, "item")
        iid = _new_id()
        tx.execute(
            "INSERT INTO items (id, vault_id, name, name_key, owner, environment, tags, temporary, expires_at, "
            "rotation_days, review_days, rotator, rotator_config, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                iid,
                vault["id"],
                name,
                name.casefold(),
                meta.owner or self.actor,
                meta.environment,
                json.dumps(sorted(set(meta.tags or []))),
                int(bool(meta.temporary)),
                meta.expires_at,
                meta.rotation_days,
                meta.review_days,
                meta.rotator,
                json.dumps(meta.rotator_config) if meta.rotator_config is not None else None,
                now,
                now,
            ),
        )
        row = tx.one("SELECT * FROM items WHERE id = ?", (iid,))
        assert row is not None
        return row

    def _apply_meta(self, tx: Tx, item_id: str, meta: ItemMeta, now: str) -> None:
        updates: dict[str, Any] = {}
        if meta.owner is not None:
            updates["owner"] = meta.owner
        if meta.tags is not None:
            updates["tags"] = json.dumps(sorted(set(meta.tags)))
        if meta.environment is not None:
            updates["environment"] = meta.environment
        if meta.temporary is not None:
            updates["temporary"] = int(meta.temporary)
        if meta.expires_at is not None:
            updates["expires_at"] = meta.expires_at
        if meta.rotation_days is not None:
            updates["rotation_days"] = meta.rotation_days
        if meta.review_days is not None:
            updates["review_days"] = meta.review_days
        if meta.rotator is not None:
            updates["rotator"] = meta.rotator
        if meta.rotator_config is not None:
            updates["rotator_config"] = json.dumps(meta.rotator_config)
        if not updates:
            return
        updates["updated_at"] = now
        cols = ", ".join(f"{k} = ?" for k in updates)
        tx.execute(f"UPDATE items SET {cols} WHERE id = ?", (*updates.values(), item_id))  # noqa: S608

    def update_meta(self, ref: Reference, meta: ItemMeta) -> ItemInfo:
        def run() -> ItemInfo:
            with self.store.write() as tx:
                vault = find_vault(tx, ref.vault)
                self._check_write(tx, vault)
                item = find_item(tx, vault, ref.item)
                now = self.now()
                self._apply_meta(tx, item["id"], meta, now)
                audit.record(
                    tx,
                    ts=now,
                    actor=self.actor,
                    action="item.update",
                    ref=f"tether://{vault['name']}/{item['name']}",
                    result="ok",
                )
                return self._item_info(tx, vault, item["id"])

        result: ItemInfo = self._audited("item.update", str(ref), run)
        return result

    def remove(self, ref: Reference) -> None:
        def run() -> None:
            with self.store.write() as tx:
                vault = find_vault(tx, ref.vault)
                self._check_write(tx, vault)
                item = find_item(tx, vault, ref.item)
                if ref.field is None:
                    tx.execute("DELETE FROM items WHERE id = ?", (item["id"],))
                else:
                    field = find_field(tx, vault, item, ref.field)
                    tx.execute("DELETE FROM fields WHERE id = ?", (field["id"],))
                    left = tx.one(
                        "SELECT count(*) AS n FROM fields WHERE item_id = ?", (item["id"],)
                    )
                    if left and left["n"] == 0:
                        tx.execute("DELETE FROM items WHERE id = ?", (item["id"],))
                audit.record(
                    tx, ts=self.now(), actor=self.actor, action="remove", ref=str(ref), result="ok"
                )

        self._audited("remove", str(ref), run)

    def restore(self, ref: Reference, version: int) -> VersionInfo:
        """Make ``version`` current again by writing its value as a new version (history is kept)."""
        old = self.read(Reference(ref.vault, ref.item, ref.field, version))
        with self.store.read() as tx:
            vault = find_vault(tx, ref.vault)
            item = find_item(tx, vault, ref.item)
            field = find_field(tx, vault, item, ref.field)
        target = Reference(vault["name"], item["name"], field["name"])
        return self.set_value(target, old, action="restore")

    # -- reads -------------------------------------------------------------------------------

    def _decrypt(
        self, tx: Tx, vault: Row, item: Row, field: Row, version: int | None
    ) -> tuple[SecretValue, int]:
        check_not_expired(vault, item, self.now())  # --temporary items expire unless promoted
        wanted = version if version is not None else field["current_version"]
        row = tx.one(
            "SELECT ciphertext FROM versions WHERE field_id = ? AND version = ?",
            (field["id"], wanted),
        )
        label = f"tether://{vault['name']}/{item['name']}/{field['name']}"
        if row is None:
            raise NotFoundError(
                f"{label} has no version {wanted}",
                hint=f"versions run from 1 to {field['current_version']}; see `tether history {label}`",
            )
        data_key = self.keys.data_key(tx, vault["id"], vault["name"])
        try:
            plain = open_value(
                data_key,
                bytes(row["ciphertext"]),
                vault_id=vault["id"],
                item_id=item["id"],
                field=field["name"],
                version=wanted,
            )
            return SecretValue(plain.decode()), wanted
        except (DecryptionError, UnicodeDecodeError):
            raise DecryptionError(
                f"{label} (version {wanted}) failed its integrity check",
                hint="the store was modified outside tether; other items are unaffected; restore from a backup",
            ) from None

    def _resolve(self, tx: Tx, ref: Reference) -> tuple[Row, Row, Row]:
        vault = find_vault(tx, ref.vault)
        item = find_item(tx, vault, ref.item)
        field = find_field(tx, vault, item, ref.field)
        return vault, item, field

    def read(self, ref: Reference) -> SecretValue:
        return self.resolve_many([ref])[ref]

    def resolve_many(self, refs: Iterable[Reference]) -> dict[Reference, SecretValue]:
        """Decrypt several references in one snapshot; one audit event each."""
        wanted = list(dict.fromkeys(refs))
        out: dict[Reference, SecretValue] = {}
        touched: list[tuple[str, str, int]] = []
        current = None
        try:
            with self.store.read() as tx:
                for ref in wanted:
                    current = ref
                    vault, item, field = self._resolve(tx, ref)
                    value, version = self._decrypt(tx, vault, item, field, ref.version)
                    out[ref] = value
                    touched.append(
                        (
                            item["id"],
                            f"tether://{vault['name']}/{item['name']}/{field['name']}",
                            version,
                        )
                    )
        except TetherError as exc:
            self.audit(
                "read", str(current) if current else None, audit.result_of(exc), type(exc).__name__
            )
            raise
        now = self.now()
        with self.store.write() as tx:
            for item_id, label, version in touched:
                tx.execute("UPDATE items SET accessed_at = ? WHERE id = ?", (now, item_id))
                audit.record(
                    tx,
                    ts=now,
                    actor=self.actor,
                    action="read",
                    ref=label,
                    result="ok",
                    detail=f"version {version}",
                )
        return out

    def get_item(self, ref: Reference) -> ItemInfo:
        with self.store.read() as tx:
            vault = find_vault(tx, ref.vault)
            item = find_item(tx, vault, ref.item)
            return self._item_info(tx, vault, item["id"])

    def list_items(self, vault: str | None = None) -> list[ItemInfo]:
        with self.store.read() as tx:
            if vault is not None:
                vaults = [find_vault(tx, vault)]
            else:
                vaults = tx.all("SELECT * FROM vaults ORDER BY name_key")
            out: list[ItemInfo] = []
            for v in vaults:
                for row in tx.all(
                    "SELECT id FROM items WHERE vault_id = ? ORDER BY name_key", (v["id"],)
                ):
                    out.append(self._item_info(tx, v, row["id"]))
            return out

    def _item_info(self, tx: Tx, vault: Row, item_id: str) -> ItemInfo:
        item = tx.one("SELECT * FROM items WHERE id = ?", (item_id,))
        assert item is not None
        fields = tx.all(
            "SELECT name, current_version FROM fields WHERE item_id = ? ORDER BY name_key",
            (item_id,),
        )
        return ItemInfo(
            vault=vault["name"],
            name=item["name"],
            id=item["id"],
            fields={f["name"]: f["current_version"] for f in fields},
            owner=item["owner"],
            tags=json.loads(item["tags"] or "[]"),
            environment=item["environment"],
            temporary=bool(item["temporary"]),
            expires_at=item["expires_at"],
            rotation_days=item["rotation_days"],
            review_days=item["review_days"],
            rotator=item["rotator"],
            created_at=item["created_at"],
            updated_at=item["updated_at"],
            rotated_at=item["rotated_at"],
            reviewed_at=item["reviewed_at"],
            accessed_at=item["accessed_at"],
        )

    def history(self, ref: Reference) -> list[VersionInfo]:
        with self.store.read() as tx:
            vault, item, field = self._resolve(tx, ref)
            rows = tx.all(
                "SELECT version, state, created_at, created_by FROM versions WHERE field_id = ? ORDER BY version",
                (field["id"],),
            )
        return [
            VersionInfo(
                vault["name"],
                item["name"],
                field["name"],
                r["version"],
                r["state"],
                r["created_at"],
                r["created_by"],
            )
            for r in rows
        ]

    # -- fingerprints ------------------------------------------------------------------------

    def fingerprint(self, value: str) -> str:
        with self.store.read() as tx:
            return fingerprint(self.keys.fingerprint_key(tx), value)

    def match_fingerprint(self, fp: str) -> list[FingerprintMatch]:
        with self.store.read() as tx:
            rows = tx.all(
                "SELECT v.name AS vault, i.name AS item, f.name AS field, ver.version, ver.state "
                "FROM versions ver JOIN fields f ON f.id = ver.field_id JOIN items i ON i.id = f.item_id "
                "JOIN vaults v ON v.id = i.vault_id WHERE ver.fingerprint = ? "
                "ORDER BY (ver.state = 'current') DESC, ver.version DESC",
                (fp,),
            )
        return [
            FingerprintMatch(
                f"tether://{r['vault']}/{r['item']}/{r['field']}", r["version"], r["state"]
            )
            for r in rows
        ]

    def match_value(self, value: str) -> list[FingerprintMatch]:
        return self.match_fingerprint(self.fingerprint(value))
