"""Service-account mode (``TETHER_TOKEN``): the store opened with only a token's grants."""

from __future__ import annotations

from tether.client.backend import Backend
from tether.errors import TokenError

__all__ = ["open_token_backend"]


def open_token_backend(token: str) -> Backend:
    raise TokenError(
        "service-account tokens are not supported yet", hint="unset TETHER_TOKEN to act as yourself"
    )
