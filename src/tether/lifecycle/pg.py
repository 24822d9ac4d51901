"""PostgreSQL role passwords: rotation and dynamic (leased) login roles.

Everything here talks to a real server over an *admin* connection (a DSN that may itself come from
the vault). Identifiers are composed with :mod:`psycopg.sql`; passwords never travel as plaintext:
they are turned into a SCRAM-SHA-256 verifier on the client (libpq's ``PQencryptPasswordConn``, as
``psql``'s ``\\password`` does), so the statement the server sees, and may log, holds only the
verifier. Nothing here logs, prints or puts a value in argv.

- :func:`set_role_password`  ``ALTER ROLE … PASSWORD …``
- :func:`create_login_role`  ``CREATE ROLE … LOGIN PASSWORD … VALID UNTIL …`` + template grants
- :func:`drop_login_role`    end a lease: terminate sessions, ``REASSIGN OWNED``/``DROP OWNED``,
                             ``DROP ROLE``
- :func:`connection_url`     a full ``postgresql://role:password@host:port/db`` URL for a lease

This module imports no other part of tether except errors and values.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from tether.errors import ProviderError, UsageError
from tether.values import SecretValue

__all__ = [
    "LoginRole",
    "connection_url",
    "create_login_role",
    "drop_login_role",
    "generate_password",
    "role_exists",
    "set_role_password",
]

_ALNUM = string.ascii_letters + string.digits
_ROLE_CHARS = frozenset(string.ascii_lowercase + string.digits + "_")
CONNECT_TIMEOUT = 10


@dataclass(frozen=True)
class LoginRole:
    """A dynamic role just created. ``password`` is masked in ``repr``."""

    role: str
    password: SecretValue
    valid_until: datetime
    url: SecretValue


def generate_password(length: int = 32) -> SecretValue:
    """A random alphanumeric password (no quoting troubles in URLs or shells)."""
    return SecretValue("".join(secrets.choice(_ALNUM) for _ in range(length)))


def _describe(dsn: str) -> str:
    """``user@host:port/db`` of a DSN, for messages (never the password)."""
    try:
        d = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "the admin connection"
    user, host = d.get("user", "?"), d.get("host", "localhost")
    return f"{user}@{host}:{d.get('port', 5432)}/{d.get('dbname', '')}"


def _fail(action: str, dsn: str, exc: psycopg.Error) -> ProviderError:
    # diag.message_primary is the server's message without the statement text
    detail = getattr(getattr(exc, "diag", None), "message_primary", None) or type(exc).__name__
    if isinstance(exc, psycopg.OperationalError) and not getattr(exc, "diag", None):
        detail = type(exc).__name__
    return ProviderError(
        f"postgresql: {action} failed on {_describe(dsn)}: {detail}",
        hint="check the admin connection (dsn) and that its role may manage roles (CREATEROLE)",
    )


def _connect(dsn: str) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(dsn, connect_timeout=CONNECT_TIMEOUT, autocommit=False)
    except psycopg.ProgrammingError:
        # a DSN that does not parse: libpq quotes the offending fragment, which may be part of
        # the password, so say nothing about it
        raise ProviderError(
            "postgresql: the admin connection string does not parse",
            hint="check the stored dsn: key=value pairs or a postgresql:// URL",
        ) from None
    except psycopg.Error as exc:
        # connection errors carry libpq's text (host, user, reason), not the password; keep the
        # last line and still redact the password in case a server echoes it
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        reason = reason.replace(dsn, "<dsn>")
        raise ProviderError(
            f"postgresql: cannot connect to {_describe(dsn)}: {_redact(reason, dsn)}",
            hint="check the admin dsn (host, port, user, password) and that the server is running",
        ) from None


def _redact(text: str, dsn: str) -> str:
    try:
        pw = conninfo_to_dict(dsn).get("password")
    except psycopg.ProgrammingError:
        pw = None
    if pw:
        text = text.replace(str(pw), "****")
    return text


def _verifier(conn: psycopg.Connection[Any], role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier for ``password`` (computed by libpq, client side)."""
    raw = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return raw.decode("ascii")


def check_role_name(role: str) -> str:
    if not role or len(role) > 63:
        raise UsageError(
            f"invalid postgresql role name ({len(role)} characters)",
            hint="role names are 1-63 characters",
        )
    return role


def role_exists(dsn: str, role: str) -> bool:
    with _connect(dsn) as conn:
        try:
            row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        except psycopg.Error as exc:
            raise _fail("looking up a role", dsn, exc) from None
    return row is not None


def set_role_password(
    dsn: str, role: str, password: str, *, valid_until: datetime | None = None
) -> None:
    """``ALTER ROLE role PASSWORD '<scram verifier>'`` over the admin connection ``dsn``."""
    check_role_name(role)
    with _connect(dsn) as conn:
        try:
            verifier = _verifier(conn, role, password)
            stmt = sql.SQL("ALTER ROLE {} WITH PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(verifier)
            )
            if valid_until is not None:
                stmt = stmt + sql.SQL(" VALID UNTIL {}").format(
                    sql.Literal(valid_until.isoformat())
                )
            conn.execute(stmt)
        except psycopg.Error as exc:
            raise _fail(f"changing the password of role {role!r}", dsn, exc) from None


def dynamic_role_name(prefix: str, now: datetime) -> str:
    """``tether_<prefix>_<yyyymmddhhmm>_<random>``: lower case, <= 63 chars, recognisable."""
    clean = "".join(c if c in _ROLE_CHARS else "_" for c in prefix.lower())[:24].strip("_")
    suffix = "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    return f"tether_{clean or 'dyn'}_{now.strftime('%Y%m%d%H%M')}_{suffix}"


def render_grants(template: str, role: str) -> list[sql.Composed]:
    """Statements from a grant template; ``{role}`` becomes the quoted role identifier.

    The template is written by whoever defines the dynamic credential (an administrator), so it
    is trusted SQL; only the role name is substituted, and always as a quoted identifier.
    """
    out: list[sql.Composed] = []
    for part in template.split(";"):
        text = part.strip()
        if not text:
            continue
        if "{role}" not in text:
            raise UsageError(
                "each statement of a grant template must mention {role}",
                hint='e.g. "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"',
            )
        pieces = text.split("{role}")
        seq: list[sql.Composable] = [sql.SQL(pieces[0])]
        for piece in pieces[1:]:
            seq += [sql.Identifier(role), sql.SQL(piece)]
        out.append(sql.Composed(seq))
    return out


def connection_url(dsn: str, role: str, password: str) -> SecretValue:
    """``postgresql://role:password@host:port/db`` on the same server and database as ``dsn``."""
    d = conninfo_to_dict(dsn)
    host = str(d.get("host") or d.get("hostaddr") or "localhost")
    port = str(d.get("port") or "5432")
    db = str(d.get("dbname") or role)
    hostpart = f"[{host}]" if ":" in host and not host.startswith("/") else host
    if host.startswith("/"):  # unix socket directory: libpq takes it as a query parameter
        return SecretValue(
            f"postgresql://{quote(role, safe='')}:{quote(password, safe='')}@/{quote(db)}"
            f"?host={quote(host, safe='')}&port={port}"
        )
    userinfo = f"{quote(role, safe='')}:{quote(password, safe='')}"
    return SecretValue(f"postgresql://{userinfo}@{hostpart}:{port}/{quote(db)}")


def create_login_role(
    dsn: str,
    *,
    prefix: str,
    ttl: timedelta,
    grant_template: str,
    now: datetime,
    role: str | None = None,
) -> LoginRole:
    """Create a login role valid until ``now + ttl`` with the template's grants, atomically."""
    if ttl.total_seconds() <= 0:
        raise UsageError("a dynamic credential's ttl must be positive", hint="e.g. --ttl 1h")
    name = check_role_name(role or dynamic_role_name(prefix, now))
    grants = render_grants(grant_template, name)
    password = generate_password()
    valid_until = now + ttl
    with _connect(dsn) as conn:
        try:
            verifier = _verifier(conn, name, password)
            conn.execute(
                sql.SQL("CREATE ROLE {} WITH LOGIN PASSWORD {} VALID UNTIL {}").format(
                    sql.Identifier(name),
                    sql.Literal(verifier),
                    sql.Literal(valid_until.isoformat()),
                )
            )
            for stmt in grants:
                conn.execute(stmt)
        except psycopg.Error as exc:
            conn.rollback()
            raise _fail(f"creating dynamic role {name!r}", dsn, exc) from None
    return LoginRole(
        role=name,
        password=password,
        valid_until=valid_until,
        url=connection_url(dsn, name, password),
    )


def drop_login_role(dsn: str, role: str) -> bool:
    """End a lease: terminate the role's sessions, hand what it owns to the admin, drop it.

    Returns ``False`` when the role did not exist (already dropped). ``REASSIGN OWNED`` and
    ``DROP OWNED`` act on the admin connection's database (and shared objects); objects the role
    created in other databases must be cleaned there (dynamic roles normally create none).
    """
    check_role_name(role)
    with _connect(dsn) as conn:
        try:
            row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if row is None:
                return False
            # refuse new logins first, then end the sessions that are open
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
            conn.commit()
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = %s AND pid <> pg_backend_pid()",
                (role,),
            )
            conn.execute(
                sql.SQL("REASSIGN OWNED BY {} TO CURRENT_USER").format(sql.Identifier(role))
            )
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        except psycopg.Error as exc:
            conn.rollback()
            raise _fail(f"dropping dynamic role {role!r}", dsn, exc) from None
    return True
