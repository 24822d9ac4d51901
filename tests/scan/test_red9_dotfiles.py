"""Red-team round 9 (credential and config files of developer and cloud tools, API-client exports):
shapes the labelled set showed missed — Composer ``auth.json`` host-keyed tokens, a JSON member
named ``bearer`` (Thunder Client), Postman's API Key auth entry named ``value``, XML name/value
properties with a namespace prefix (SoapUI ``<con:name>``), an AWS key pair written ``ID:SECRET``
(s3fs), npm's base64 ``_password``, Anaconda channel tokens in ``…/t/<token>/`` URLs, ngrok
``basic_auth`` entries and session cookies saved in HTTPie session files."""

from __future__ import annotations

import base64

import pytest

from tether.scan.engine import Engine
from tether.scan.validators import base64_text

from .conftest import found_by_both as found

TOKEN = "Rk7Tz4WbNc8PaYd3FxQ9vLm2Jh6Gs1Ue"
PASSWORD = "Plover58#kdw"
AWS_ID = "AKIAW7NQ2ZK5TXRB3MHP"
AWS_SECRET = "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"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            f'{{\n    "bearer": {{\n        "packages.acme.dev": "{TOKEN}"\n    }}\n}}\n',
            "home/jdoe/.config/composer/auth.json",
            "composer-auth-host-token",
            TOKEN,
        ),
        (
            f'{{"gitlab-oauth": {{"gitlab.acme.dev": "{TOKEN}"}}}}\n',
            "auth.json",
            "composer-auth-host-token",
            TOKEN,
        ),
        (
            f'{{"auth": {{\n  "type": "bearer",\n  "bearer": "{TOKEN}"\n}}}}\n',
            "thunder-tests/collections/tc_col_api.json",
            "generic-json-bearer",
            TOKEN,
        ),
        (
            '"apikey": [\n\t{\n\t\t"key": "value",\n'
            f'\t\t"value": "{TOKEN}",\n\t\t"type": "string"\n\t}},\n'
            '\t{\n\t\t"key": "key",\n\t\t"value": "X-Api-Key",\n\t\t"type": "string"\n\t}\n]\n',
            "Acme.postman_collection.json",
            "postman-apikey-auth-value",
            TOKEN,
        ),
        (
            '"auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Api-Key", "type": "string"}, '
            f'{{"key": "value", "value": "{TOKEN}", "type": "string"}}]}}\n',
            "Acme.postman_collection.json",
            "postman-apikey-auth-value",
            TOKEN,
        ),
        (
            f"<con:property><con:name>authToken</con:name><con:value>{TOKEN}</con:value></con:property>\n",
            "Acme-soapui-project.xml",
            "generic-xml-property",
            TOKEN,
        ),
        (
            f"{AWS_ID}:{AWS_SECRET}\n",
            "home/jdoe/.passwd-s3fs",
            "aws-secret-access-key-after-id",
            AWS_SECRET,
        ),
        (
            "//npm.acme.dev/:username=ci\n"
            f"//npm.acme.dev/:_password={base64.b64encode(PASSWORD.encode()).decode()}\n",
            "home/jdoe/.npmrc",
            "npmrc-password",
            base64.b64encode(PASSWORD.encode()).decode(),
        ),
        (
            "channels:\n  - https://conda.anaconda.org/t/pk-5d2e8a41-7c3b-4f09-9e6d-1b4a7c8f2e03/acme\n",
            "home/jdoe/.condarc",
            "conda-channel-token",
            "pk-5d2e8a41-7c3b-4f09-9e6d-1b4a7c8f2e03",
        ),
        (
            f'tunnels:\n  web:\n    proto: http\n    addr: 3000\n    basic_auth:\n      - "qa:{PASSWORD}"\n',
            "home/jdoe/.config/ngrok/ngrok.yml",
            "ngrok-basic-auth-password",
            PASSWORD,
        ),
        (
            '{\n    "cookies": [\n        {\n            "domain": "api.acme.dev",\n'
            '            "expires": null,\n            "name": "JSESSIONID",\n            "path": "/",\n'
            f'            "secure": true,\n            "value": "{TOKEN}"\n        }}\n    ]\n}}\n',
            "home/jdoe/.config/httpie/sessions/api.acme.dev/default.json",
            "httpie-session-cookie",
            TOKEN,
        ),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert (rule, value) in found(engines, text, path)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # references, placeholders and schema words, not tokens
        ('{"bearer": {"$ref": "#/components/securitySchemes/bearerAuthScheme"}}\n', "openapi.json"),
        ('{"auth": {"type": "bearer", "bearer": "{{accessToken}}"}}\n', "tc_col_api.json"),
        ('{"auth": {"type": "bearer", "bearer": "Authorization"}}\n', "tc_col_api.json"),
        ('{"github-oauth": {"github.com": "${COMPOSER_GITHUB_TOKEN}"}}\n', "auth.json"),
        (
            '"apikey": [{"key": "value", "value": "{{apiKey}}", "type": "string"}, '
            '{"key": "key", "value": "x-api-key", "type": "string"}]\n',
            "Acme.postman_collection.json",
        ),
        ('"apikey": {"key": "X-API-Key", "value": "<your api key>"}\n', "collection.json"),
        # XML property whose value is a property expansion or a URL
        (
            "<con:property><con:name>apiKey</con:name><con:value>${#Project#apiKey}</con:value></con:property>\n",
            "Acme-soapui-project.xml",
        ),
        (
            "<con:property><con:name>tokenUrl</con:name><con:value>https://auth.acme.dev/oauth/token</con:value></con:property>\n",
            "Acme-soapui-project.xml",
        ),
        # AWS documentation pair, variable
        ("AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "passwd-s3fs"),
        # npm _password: a variable, the word "password", a code attribute
        ("//npm.acme.dev/:_password=${NPM_PASSWORD}\n", ".npmrc"),
        ("//npm.acme.dev/:_password=cGFzc3dvcmQ=\n", ".npmrc"),
        ("        self._password = password\n", "client.py"),
        # Anaconda docs placeholders and public channels
        (
            "conda config --add channels https://conda.anaconda.org/t/<TOKEN>/<CHANNEL>\n",
            "README.md",
        ),
        ("  - https://conda.anaconda.org/conda-forge/linux-64\n", ".condarc"),
        # hashed basic-auth users and documentation pairs
        (
            'basic_auth:\n  - "admin:$2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG"\n',
            "Caddyfile.yml",
        ),
        ('basic_auth: ["user:password"]\n', "ngrok.yml"),
        (
            "basic_auth:\n  username: admin\n  password_file: /etc/prometheus/pass\n",
            "prometheus.yml",
        ),
        # an analytics cookie in an HTTPie session; a session cookie outside an HTTPie session file
        (
            '{"cookies": [{"domain": "acme.dev", "expires": null, "name": "_ga", "path": "/", '
            '"secure": false, "value": "GA1.2.1234567890.1795000000"}]}\n',
            "home/jdoe/.config/httpie/sessions/acme.dev/default.json",
        ),
        (
            f'{{"cookies": [{{"name": "JSESSIONID", "path": "/", "value": "{TOKEN}"}}]}}\n',
            "fixtures/cookies.json",
        ),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []


def test_base64_text_validator() -> None:
    assert base64_text(base64.b64encode(PASSWORD.encode()).decode())
    assert not base64_text(base64.b64encode(b"password").decode())  # documentation word
    assert not base64_text(base64.b64encode(b"two words").decode())  # prose, not a password
    assert not base64_text(base64.b64encode(b"\x8f\x01\xfe\x90\x11").decode())  # binary
    assert not base64_text("not base64!")


def test_aws_pair_with_a_variable_reports_only_the_key_id(engines: dict[str, Engine]) -> None:
    assert found(engines, f"{AWS_ID}:${{AWS_SECRET_ACCESS_KEY}}\n", "passwd-s3fs") == [
        ("aws-access-key-id", AWS_ID)
    ]
