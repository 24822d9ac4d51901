"""Round 41: AI agent, notebook and vector-database packages (JupyterHub, Jupyter Server, Voilà,
ZenML, LiteLLM, CrewAI, FastMCP, the OpenAI Agents SDK, Pinecone and others on PyPI; LangChain.js,
the Vercel AI SDK, the MCP SDK, LlamaIndex.TS and others on npm): a CamelCase name after "basic",
Jupyter's prefixed password hash, a Zoom invitation's passcode, a package requirement, a JWT's
header alone, and placeholder passwords in the URLs of tests.

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import check_case, table_cases

JUPYTER_DOCS = "docs/source/operators/public-server.rst"
SERVER_PASSWORD = "    c.ServerApp.password = u'{}'\n"
ZOOM = "- Where: [Jovyan call](https://{}/j/95228013874?pwd=Ep7HIk8t9JP6VToxt1Wj4P7K5PshC0.1)\n"
EXTRAS = 'secrets-azure = ["azure-identitx{}", "azure-keyvault-secrets"]\n'
DOCSTRING_TOKEN = '    ...     access_token="{}", token_type="Bearer"\n'
MCP_URL = '        "streamable_http: https://user:s3cr3t_pw@mcp.example.test:8443/mcp"\n'
REDIS_URL = '    SecretValue::new("redis://user:credential-value@cache:6379/0")\n'

# (text, path, rule, value) reported
REPORTED = [
    (
        '    """Test basic Xk9Lm2Qz7Wp4 functionality."""\n',
        "tests/server/test_prompts_as_tools.py",
        "generic-authorization-header",
        "Xk9Lm2Qz7Wp4",
    ),
    # no hash after the algorithm's name
    (
        SERVER_PASSWORD.format("argon2:Xk9$Lm2Qz7Wp4"),
        JUPYTER_DOCS,
        "generic-password",
        "argon2:Xk9$Lm2Qz7Wp4",
    ),
    (
        ZOOM.format("meet.acme.io"),
        "README.md",
        "generic-query-credential",
        "Ep7HIk8t9JP6VToxt1Wj4P7K5PshC0.1",
    ),
    (EXTRAS.format(""), "pyproject.toml", "generic-secret", "azure-identitx"),
    # a JSON object without "alg" is no JWT header
    (
        DOCSTRING_TOKEN.format("eyJ0eXAiOiJKV1QiLCJraWQiOiJhYmMifQ"),
        "pinecone/models/admin/token.py",
        "generic-token",
        "eyJ0eXAiOiJKV1QiLCJraWQiOiJhYmMifQ",
    ),
    # outside a test, a placeholder password in a URL is still reported
    (MCP_URL, "agents/mcp/util.py", "url-basic-auth", "s3cr3t_pw"),
    (REDIS_URL, "crates/redis-client/src/config.rs", "redis-connection-uri", "credential-value"),
]

# (text, path) with no finding
QUIET = [
    (
        '    """Test basic PromptsAsTools functionality."""\n',
        "tests/server/test_prompts_as_tools.py",
    ),
    (SERVER_PASSWORD.format("argon2:$argon2id$v=19$m=10240,t=10,p=8$..."), JUPYTER_DOCS),
    (ZOOM.format("zoom.us"), "README.md"),
    (EXTRAS.format(">=1.4.0"), "pyproject.toml"),
    (
        DOCSTRING_TOKEN.format("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"),
        "pinecone/models/admin/token.py",
    ),
    (MCP_URL, "tests/mcp/test_mcp_util.py"),
    (REDIS_URL, "crates/redis-client/tests/config.rs"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round41_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
