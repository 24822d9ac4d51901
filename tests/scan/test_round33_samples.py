"""Round 33: more of Debian's source packages (Django, etcd, Composer, docker-compose, the MongoDB
Node.js driver): a Markdown link reference definition whose label holds "key", and a field's
name as the password of a test's connection string.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

ETCDCTL = "etcd-3.4.23/etcdctl/README.md"
MONGO_TEST = "node-mongodb-native-3.6.4/test/functional/operation_example.test.js"
MONGO_URI = "            'mongodb://user:{}@localhost:27017/integration_tests'\n"

# (text, path, rule, value) reported
REPORTED = [
    ("[key]: Zq4vT9mKx2Rw8pLmQ7\n", ETCDCTL, "generic-key", "Zq4vT9mKx2Rw8pLmQ7"),
    (MONGO_URI.format("Zq4vT9mKx2"), MONGO_TEST, "mongodb-connection-uri", "Zq4vT9mKx2"),
    # outside a test the same URI is still a finding
    (MONGO_URI.format("name"), "app/db.js", "mongodb-connection-uri", "name"),
]

# (text, path) with no finding
QUIET = [
    ("[v2key]: ../store/node_extern.go#L28-L37\n", ETCDCTL),
    (MONGO_URI.format("name"), MONGO_TEST),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round33_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
