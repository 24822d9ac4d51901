"""Secrets that a file's structure marks: Kubernetes Secret manifests (``kind: Secret``, ``data:``)."""

from __future__ import annotations

import base64
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tether.scan.engine import Engine
from tether.scan.expanders import kubernetes_secret_data, kubernetes_secret_json
from tether.scan.findings import Provenance

from .conftest import KEY

RND = random.Random(7)


def b64(raw: bytes | str) -> str:
    return base64.b64encode(raw.encode() if isinstance(raw, str) else raw).decode()


def rand(n: int) -> str:
    return "".join(RND.choice(string.ascii_letters + string.digits) for _ in range(n))


PASSWORD, API_KEY, TOKEN = rand(22), rand(40), rand(64)


@pytest.fixture(scope="module", params=["hyperscan", "re"])
def engine(request: pytest.FixtureRequest) -> Engine:
    return Engine(key=KEY, engine=request.param, jobs=1)


def found(engine: Engine, text: str, path: str = "deploy/secret.yaml") -> list[tuple[int, str]]:
    got, _ = engine.scan_blob(text.encode(), Provenance("file", path))
    return sorted((f.line, f.secret.reveal()) for f in got if f.rule_id == "kubernetes-secret-data")


def test_every_secret_value_of_a_manifest(engine: Engine) -> None:
    text = (
        "apiVersion: v1\n"
        "kind: Secret\n"
        "metadata:\n"
        "  name: app\n"
        "  namespace: prod\n"
        "type: Opaque\n"
        "data:\n"
        f"  username: {b64('svc-billing')}\n"  # a user name is not secret
        f"  DB_PASSWORD: {b64(PASSWORD)}\n"
        "  # rotated 2024-05\n"
        f'  stripe-api-key: "{b64(API_KEY)}"\n'
        f"  db-host: {b64('postgres.prod.svc.cluster.local')}\n"
        f"  port: {b64('5432')}\n"
    )
    assert found(engine, text) == [(9, b64(PASSWORD)), (11, b64(API_KEY))]


def test_service_account_token_secret_keeps_the_token_only(engine: Engine) -> None:
    cert = b"-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkq\n-----END CERTIFICATE-----\n"
    text = (
        "apiVersion: v1\n"
        "data:\n"
        f"  ca.crt: {b64(cert)}\n"
        f"  namespace: {b64('kube-system')}\n"
        f"  token: {b64(TOKEN)}\n"
        "kind: Secret\n"  # kubectl sorts keys: data comes before kind
        "metadata:\n"
        "  name: deployer-token\n"
        "type: kubernetes.io/service-account-token\n"
    )
    assert found(engine, text) == [(5, b64(TOKEN))]


def test_only_the_secret_document_of_a_stream(engine: Engine) -> None:
    text = (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n"
        f"data:\n  api-key: {b64(API_KEY)}\n"
        "---\n"
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: {b64(PASSWORD)}\n"
        "--- # the next one\n"
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n"
        f"    token: {b64(TOKEN)}\n"
    )
    assert found(engine, text) == [(13, b64(PASSWORD))]


def test_block_scalars_crlf_and_quotes(engine: Engine) -> None:
    auth = b64("ci:" + PASSWORD)
    dockercfg = '{"auths":{"registry.acme.io":{"auth":"' + auth + '"}}}'
    text = (
        "kind: Secret\r\n"
        "type: kubernetes.io/dockerconfigjson\r\n"
        "data:\r\n"
        "  .dockerconfigjson: |-\r\n"
        f"    {b64(dockercfg)}\r\n"
        f"  'tls.key': '{b64(TOKEN)}'\r\n"
    )
    assert found(engine, text) == [(5, b64(dockercfg)), (6, b64(TOKEN))]


@pytest.mark.parametrize(
    "data",
    [
        f"  password: {b64('changeme')}\n",  # a placeholder
        f"  password: {b64('password')}\n",  # a word
        f"  password: {b64('mypass')}\n",  # words glued together
        "  password: {{ .Values.db.password | b64enc }}\n",  # a Helm template
        "  password: ${DB_PASSWORD_B64}\n",
        "  password: not-base64!\n",
        f"  password: {b64('abc')}\n",  # too short to be a credential
        f"  url: {b64('https://api.acme.io/v1')}\n",  # a URL without credentials
    ],
)
def test_values_that_are_not_secrets(engine: Engine, data: str) -> None:
    assert found(engine, f"apiVersion: v1\nkind: Secret\ndata:\n{data}") == []


def test_a_url_with_a_password_is_a_secret_whatever_its_key(engine: Engine) -> None:
    url = f"postgres://app:{PASSWORD}@db.acme.io:5432/app"
    assert found(engine, f"kind: Secret\ndata:\n  host: {b64(url)}\n") == [(3, b64(url))]


def test_data_not_at_the_top_level_is_not_the_secrets_data(engine: Engine) -> None:
    text = (
        "kind: Secret\n"
        "metadata:\n"
        "  annotations:\n"
        f"    data: {b64(API_KEY)}\n"
        "spec:\n"
        "  data:\n"
        f"    token: {b64(TOKEN)}\n"
        "stringData:\n"
        f"  other: {b64(PASSWORD)}\n"
    )
    assert found(engine, text) == []


def test_other_kinds_and_look_alikes_are_not_anchors(engine: Engine) -> None:
    for kind in ("ConfigMap", "SecretProviderClass", "ExternalSecret", "SealedSecret", "secrets"):
        assert found(engine, f"kind: {kind}\ndata:\n  token: {b64(TOKEN)}\n") == []
    assert found(engine, f"  kind: Secret\ndata:\n  token: {b64(TOKEN)}\n") == []  # nested


def test_expander_returns_offsets_of_the_value_and_its_line() -> None:
    text = f"kind: Secret\ndata:\n  token: {b64(TOKEN)}\n".encode()
    [(s, e, a, b)] = kubernetes_secret_data(text, text.index(b"Secret"))
    assert text[s:e] == b64(TOKEN).encode()
    assert text[a:b] == f"  token: {b64(TOKEN)}".encode()


def found_json(engine: Engine, text: str) -> list[tuple[int, str]]:
    got, _ = engine.scan_blob(text.encode(), Provenance("file", "secrets.json"))
    return sorted(
        (f.line, f.secret.reveal()) for f in got if f.rule_id == "kubernetes-secret-data-json"
    )


def test_kubectl_json_list_reports_each_secret_object_once(engine: Engine) -> None:
    import json

    items = [
        {"apiVersion": "v1", "kind": "Secret", "data": {"DB_PASSWORD": b64(PASSWORD)}},
        {"apiVersion": "v1", "kind": "ConfigMap", "data": {"api-key": b64(API_KEY)}},
        {
            "apiVersion": "v1",
            "data": {"token": b64(TOKEN), "namespace": b64("kube-system")},
            "kind": "Secret",
            "metadata": {"name": 'x {y} "z"', "ownerReferences": [{"kind": "Secret"}]},
        },
    ]
    text = json.dumps({"apiVersion": "v1", "kind": "List", "items": items}, indent=2)
    lines = text.split("\n")
    line_of = {
        v: i + 1 for i, line in enumerate(lines) for v in (b64(PASSWORD), b64(TOKEN)) if v in line
    }
    assert found_json(engine, text) == sorted(
        [(line_of[b64(PASSWORD)], b64(PASSWORD)), (line_of[b64(TOKEN)], b64(TOKEN))]
    )


def test_broken_or_partial_json_gives_nothing_and_no_error(engine: Engine) -> None:
    head = '{"kind": "Secret", "data": {"password": "' + b64(PASSWORD) + '"'
    assert found_json(engine, head) == []  # truncated: not an object
    assert found_json(engine, 'x = "kind": "Secret"') == []  # no enclosing object


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "kind: Secret",
                '"kind": "Secret"',
                "data:",
                "---",
                "  token: " + b64(TOKEN),
                '  "password": "' + b64(PASSWORD) + '"',
                "    nested: |",
                "  key: |-",
                "{",
                "}",
                '"data": {',
                '\t\\"',
                "",
            ]
        )
        | st.text(max_size=20),
        max_size=25,
    )
)
def test_expanders_never_raise_and_return_spans_inside_the_blob(parts: list[str]) -> None:
    data = "\n".join(parts).encode("utf-8", "surrogatepass")
    for anchor, expand in (
        (b"Secret", kubernetes_secret_data),
        (b"Secret", kubernetes_secret_json),
    ):
        at = data.find(anchor)
        if at < 0:
            continue
        for s, e, a, b in expand(data, at):
            assert 0 <= a <= s < e <= b <= len(data)
            assert b"\n" not in data[a:s]  # the value starts on the line reported for it
