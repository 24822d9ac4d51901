"""Pick the backend from the environment."""

from __future__ import annotations

import os
from typing import Literal, overload

from tether import paths
from tether.client.backend import Backend

__all__ = ["open_backend"]


@overload
def open_backend(required: Literal[True] = ...) -> Backend: ...
@overload
def open_backend(required: bool) -> Backend | None: ...


def open_backend(required: bool = True) -> Backend | None:
    """The backend for this process, or ``None`` when ``required`` is false and there is no store."""
    if not required and not paths.store_path().exists():
        return None
    if os.environ.get("TETHER_TOKEN"):
        from tether.client.token import open_token_backend

        return open_token_backend(os.environ["TETHER_TOKEN"])
    from tether.client.local import LocalBackend

    return LocalBackend.open()
