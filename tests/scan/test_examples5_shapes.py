"""Shapes from other scanners' rule examples that tether missed although real code writes them
(branch examples5); each test fails on the tree before its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both

# 64 random bytes in base64, as Azure issues storage account keys
KEY_A = "WpsbIehHyB2UOi/3AyPUT8D+JdkWfI/G9jPOt9KXZrxHzHee3OoDJAykqiBUh6RuPLvWMJybiM+8hILTd1WMBQ=="
KEY_B = "cQXYoqPz7TXsqijd/En09rBfj2TRlhUSxf+z7Iq6LIp3cENlcTePhbQdNgkrl6GK3x7sAnEr7HTw53bTKdY5IA=="
COSMOS_EMULATOR_KEY = (
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
)


def test_azure_account_key_in_a_csharp_dictionary_initialiser(engines: dict[str, Engine]) -> None:
    text = (
        "var settings = new Dictionary<string, string>\n"
        "{\n"
        '    { "AccountName", "billingprod" },\n'
        f'    {{ "AccountKey", "{KEY_A}" }},\n'
        f'    {{ "SecondaryAccountKey", "{KEY_B}" }},\n'
        "};\n"
    )
    assert found_by_both(engines, text, "src/Billing/StorageTests.cs") == [
        ("azure-account-key-in-code", KEY_A),
        ("azure-account-key-in-code", KEY_B),
    ]


def test_azure_account_key_in_cpp_brace_init_and_js_fallback(engines: dict[str, Engine]) -> None:
    cpp = f'static const std::string BackupAccountKey{{\n    "{KEY_A}"}};\n'
    assert found_by_both(engines, cpp, "test/blob_test.cpp") == [
        ("azure-account-key-in-code", KEY_A)
    ]
    js = f'export const key =\n  process.env.ACCOUNT_KEY ||\n  "{KEY_B}";\n'
    assert found_by_both(engines, js, "src/config.ts") == [("azure-account-key-in-code", KEY_B)]
    java = f'public static final String DEFAULT_ACCOUNT_KEY\n        = "{KEY_A}";\n'
    assert found_by_both(engines, java, "src/test/java/AzuriteContainer.java") == [
        ("azure-account-key-in-code", KEY_A)
    ]


def test_azure_account_key_in_an_assertion(engines: dict[str, Engine]) -> None:
    text = f"assert.equal(parsed['AccountKey'], '{KEY_B}');\n"
    assert found_by_both(engines, text, "test/connstring.test.js") == [
        ("azure-account-key-in-code", KEY_B)
    ]


def test_connection_string_stays_with_the_connection_string_rule(
    engines: dict[str, Engine],
) -> None:
    text = f"DefaultEndpointsProtocol=https;AccountName=billingprod;AccountKey={KEY_A};\n"
    assert found_by_both(engines, text, "appsettings.json") == [
        ("azure-storage-account-key", KEY_A)
    ]


def test_short_or_unpadded_values_are_not_account_keys(engines: dict[str, Engine]) -> None:
    text = f'    {{ "AccountKey", "{KEY_A[:80]}" }},\n'
    assert found_by_both(engines, text, "src/Tests.cs") == []


def test_cosmos_db_emulator_key_is_published(engines: dict[str, Engine]) -> None:
    conn = f"AccountEndpoint=https://localhost:8081/;AccountKey={COSMOS_EMULATOR_KEY};\n"
    assert found_by_both(engines, conn, "appsettings.Development.json") == []
    js = f'const key =\n  process.env.ACCOUNT_KEY ||\n  "{COSMOS_EMULATOR_KEY}";\n'
    assert found_by_both(engines, js, "src/config.js") == []
    assert found_by_both(engines, f'cosmos_key = "{COSMOS_EMULATOR_KEY}"\n', "settings.py") == []


def test_tines_webhook_url_with_its_secret(engines: dict[str, Engine]) -> None:
    url = "https://wild-forest-1234.tines.com/webhook/wa8yoq4cweepn29vqo6zymhv12akg4j6/q7Rm2Xk9Lp4Tz8Wc3Vb6Nd1Hf5Gj0Ks"
    text = f"tines_webhook = '{url}'\n"
    assert found_by_both(engines, text, "config/alerting.py") == [("tines-webhook-url", url)]
    path_only = "https://wild-forest-1234.tines.com/webhook/wa8yoq4cweepn29vqo6zymhv12akg4j6\n"
    assert found_by_both(engines, f"TINES_URL={path_only}", ".env") == []


DD_KEY = "4a78e19964e99a8a5d49773d6e65f5bf"


def test_keyword_anchored_key_on_the_line_after_its_assignment(
    engines: dict[str, Engine],
) -> None:
    # Prettier moves a long string to the next line; Black-style parentheses do the same
    prettier = f'export const datadogApiKey =\n  "{DD_KEY}";\n'
    assert found_by_both(engines, prettier, "src/monitoring.ts") == [("datadog-api-key", DD_KEY)]
    python = f"DATADOG_API_KEY = (\n    '{DD_KEY}'\n)\n"
    assert found_by_both(engines, python, "settings.py") == [("datadog-api-key", DD_KEY)]


def test_a_value_two_lines_down_or_a_comparison_is_no_assignment(
    engines: dict[str, Engine],
) -> None:
    assert found_by_both(engines, f'DATADOG_API_KEY=\n\n"{DD_KEY}"\n', "notes.txt") == []
    assert found_by_both(engines, f'if (datadogApiKey ==\n  "{DD_KEY}") {{\n', "src/a.js") == []


def test_tines_documentation_urls_are_not_findings(engines: dict[str, Engine]) -> None:
    doc = (
        "https://example.tines.com/webhook/"
        "1234567890abcdef1234567890abcdef/abcdef1234567890abcdef1234567890\n"
    )
    assert found_by_both(engines, doc, "README.md") == []
