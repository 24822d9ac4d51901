"""tether: keep every secret on a tether.

The Python SDK (everything here is loaded lazily so ``import tether`` stays cheap)::

    from tether import secret, load_dotenv, resolve_env
    key = secret("tether://prod/stripe/api_key")

"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["SecretValue", "__version__", "load_dotenv", "resolve_env", "secret"]


def __getattr__(name: str) -> Any:
    if name in ("secret", "resolve_env", "load_dotenv", "SecretValue"):
        from tether import sdk

        return getattr(sdk, name)
    raise AttributeError(f"module 'tether' has no attribute {name!r}")
