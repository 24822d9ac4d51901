"""``SecretValue``: a ``str`` whose ``repr`` never shows the value.

A leaf module. Library code passes values around in this type so that a stray ``repr`` in a log
line, an exception or a traceback's locals shows ``SecretValue('****')`` instead of the secret.
It is a ``str`` so SDK users can pass it anywhere a string goes (headers, connection strings).
"""

from __future__ import annotations

__all__ = ["SecretValue"]


class SecretValue(str):
    __slots__ = ()

    def __repr__(self) -> str:
        return "SecretValue('****')"

    def reveal(self) -> str:
        """The plain value, as an ordinary ``str``."""
        return str.__str__(self)
