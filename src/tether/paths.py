"""Where tether keeps its files. A leaf module; read at call time, never at import time.

- ``TETHER_HOME`` set: the store and key file live in that folder.
- otherwise: the store in ``$XDG_DATA_HOME/tether`` (``~/.local/share/tether``; on macOS
  ``~/Library/Application Support/tether``) and the key file in ``$XDG_CONFIG_HOME/tether``.
- caches (compiled rules, the Hyperscan database, the scanner's per-user fingerprint key) in
  ``TETHER_CACHE_DIR``, else ``$XDG_CACHE_HOME/tether`` (``~/.cache/tether``): they hold no secret
  and are shared by every store of the user.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["cache_dir", "config_dir", "data_dir", "key_path", "store_path"]


def _home_override() -> Path | None:
    home = os.environ.get("TETHER_HOME")
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    override = _home_override()
    if override:
        return override
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "tether"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tether"


def config_dir() -> Path:
    override = _home_override()
    if override:
        return override
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "tether"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "tether"


def cache_dir() -> Path:
    explicit = os.environ.get("TETHER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tether"


def store_path() -> Path:
    return data_dir() / "tether.db"


def key_path() -> Path:
    return config_dir() / "root.key"
