"""A shape from a scan of the project's own virtual environment (site-packages: 4,162 text files,
3 findings): an open-ended version range (typeshed's ``VERSIONS`` file: ``pwd: 3.0-``, the module
``pwd`` exists from Python 3.0 on), beside values the same rule must still report.
"""

from __future__ import annotations

import pytest

from .test_filters import kept


@pytest.mark.parametrize("line", ["pwd: 3.0-", "pw: 10.0.1-", "passwd: 3.0-3.11"])
def test_open_version_range_is_not_reported(line: str) -> None:
    assert not kept("generic-password", line, "stdlib/VERSIONS")


@pytest.mark.parametrize("line", ["pwd: 3.0-x9Q#7", "pw: Tq3.0-8vR2"])
def test_password_with_a_version_inside_is_still_reported(line: str) -> None:
    assert kept("generic-password", line, "notes.txt")
