"""Shapes found missing by a red-team set of realistic config and code files.

Postman environments hold ``{"key": NAME, "value": …}`` pairs; Hadoop-style XML configuration
holds ``<name>NAME</name> <value>…</value>`` properties; .NET, Java, AWS and MinIO SDKs and
Python's smtplib take a password or secret key as the second positional argument of a
credential constructor or login call. Stripe's API reference prints a shared demo test key.
"""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both

PW = "Hq3zK8mL2xW9vR7t"
SECRET_KEY = "Wq8zL2kX9mR4vT7pYb3NcF5sGh6Jd1Ae0Bf2Ug3H"


def test_postman_environment_key_value_pairs(engines: dict[str, Engine]) -> None:
    text = (
        '{\n  "name": "staging",\n  "values": [\n    {\n'
        '      "key": "baseUrl",\n      "value": "https://staging.acme.io",\n      "enabled": true\n'
        "    },\n    {\n"
        f'      "key": "clientSecret",\n      "value": "{PW}",\n      "type": "secret"\n'
        "    }\n  ]\n}\n"
    )
    assert found_by_both(engines, text, "staging.postman_environment.json") == [
        ("generic-env-name-value", PW)
    ]


def test_postman_pairs_that_are_not_secrets(engines: dict[str, Engine]) -> None:
    text = (
        '[{"key": "apiKey", "value": "{{apiKey}}", "enabled": true},\n'
        ' {"key": "tokenUrl", "value": "https://auth.acme.io/oauth/token"},\n'
        ' {"key": "password", "value": "changeme-please"},\n'
        ' {"key": "apiKeyHeader", "value": "X-Api-Key"}]\n'
    )
    assert found_by_both(engines, text, "dev.postman_environment.json") == []


def test_hadoop_property_on_two_lines(engines: dict[str, Engine]) -> None:
    text = (
        "<configuration>\n  <property>\n    <name>fs.s3a.secret.key</name>\n"
        f"    <value>{SECRET_KEY}</value>\n  </property>\n</configuration>\n"
    )
    assert found_by_both(engines, text, "etc/hadoop/core-site.xml") == [
        ("generic-xml-property", SECRET_KEY)
    ]


def test_hive_password_property_on_one_line(engines: dict[str, Engine]) -> None:
    text = f"<property><name>javax.jdo.option.ConnectionPassword</name><value>{PW}</value></property>\n"
    assert found_by_both(engines, text, "conf/hive-site.xml") == [("generic-xml-property", PW)]


def test_xml_properties_that_are_not_secrets(engines: dict[str, Engine]) -> None:
    text = (
        "<configuration>\n"
        "  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>${env.S3_SECRET}</value>\n  </property>\n"
        "  <property>\n    <name>dfs.namenode.keytab.file</name>\n"
        "    <value>/etc/security/keytabs/nn.service.keytab</value>\n  </property>\n"
        "  <property>\n    <name>hive.server2.authentication</name>\n    <value>KERBEROS</value>\n  </property>\n"
        "  <property>\n    <name>hadoop.security.key.provider.path</name>\n"
        "    <value>kms://http@kms01:9600/kms</value>\n  </property>\n"
        "  <property>\n    <name>fs.s3a.endpoint</name>\n    <value>s3.eu-west-1.amazonaws.com</value>\n  </property>\n"
        "</configuration>\n"
    )
    assert found_by_both(engines, text, "etc/hadoop/core-site.xml") == []


def test_credential_constructors_and_login_calls(engines: dict[str, Engine]) -> None:
    cases = [
        ('var c = new NetworkCredential("alerts@acme.io", "{v}");', "src/Mailer.cs"),
        ('return new PasswordAuthentication("pm@mg.acme.io", "{v}".toCharArray());', "src/M.java"),
        ('new UsernamePasswordCredentials("deployer", "{v}")', "src/Http.java"),
        ('server.login("alerts@acme.io", "{v}")', "tools/notify.py"),
        ('creds := credentials.NewStaticV4("Q7ZK2MX9LW4RT8PYB3NC", "{v}", "")', "store/s3.go"),
        ('AWSCredentials c = new BasicAWSCredentials("Q7ZK2MX9LW4RT8PYB3NC", "{v}");', "S3.java"),
    ]
    for template, path in cases:
        value = SECRET_KEY if "Static" in template or "AWS" in template else PW
        text = template.replace("{v}", value) + "\n"
        assert found_by_both(engines, text, path) == [("http-auth-tuple-password", value)], path


def test_credential_calls_without_a_literal_secret(engines: dict[str, Engine]) -> None:
    text = (
        'new NetworkCredential("user", "password")\n'
        "smtp.login(user, password)\n"
        'server.login("me@gmail.com", "your_app_password")\n'
        'credentials.NewStaticV4(accessKey, secretKey, "")\n'
        "new PasswordAuthentication(user, pass.toCharArray())\n"
        'new NetworkCredential("user", Environment.GetEnvironmentVariable("SMTP_PASSWORD"))\n'
    )
    assert found_by_both(engines, text, "src/mail.py") == []


def test_stripe_docs_demo_test_key_is_published(engines: dict[str, Engine]) -> None:
    # the pair Stripe's API reference shows to readers who are not logged in
    text = 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n'
    assert found_by_both(engines, text, "docs/quickstart.md") == []
    other = "sk_test_" + "51Hq3zK8mL2xW9vR7tWq8zL2kX9mR4vT7pYb3Nc"
    assert [r for r, _ in found_by_both(engines, f'stripe.api_key = "{other}"\n', "app.py")]


def test_terraform_variable_default(engines: dict[str, Engine]) -> None:
    text = (
        'variable "admin_password" {\n'
        '  description = "Admin password for the database"\n'
        "  type        = string\n"
        f'  default     = "{PW}"\n'
        "}\n"
    )
    assert found_by_both(engines, text, "modules/db/variables.tf") == [
        ("generic-hcl-variable-default", PW)
    ]


def test_terraform_variables_that_are_not_secrets(engines: dict[str, Engine]) -> None:
    text = (
        'variable "admin_password" {\n  type      = string\n  sensitive = true\n}\n\n'
        f'variable "region" {{\n  default = "{PW}"\n}}\n\n'
        'variable "key_name" {\n  default = "ci-deployer-key"\n}\n\n'
        'variable "kms_key_id" {\n  default = "1234abcd-12ab-34cd-56ef-1234567890ab"\n}\n\n'
        'variable "db_password" {\n  default = "changeme"\n}\n'
    )
    assert found_by_both(engines, text, "variables.tf") == []


def test_yaml_block_scalar(engines: dict[str, Engine]) -> None:
    text = f"production:\n  adapter: postgresql\n  password: |\n    {PW}\n  host: db\n"
    assert found_by_both(engines, text, "config/database.yml") == [
        ("generic-yaml-block-scalar", PW)
    ]


def test_yaml_block_scalars_that_are_not_secrets(engines: dict[str, Engine]) -> None:
    text = (
        "tls_key: |\n  -----BEGIN CERTIFICATE-----\n  MIIBszCCAVmgAwIBAgIUQ3xhYmNk\n"
        "password: |\n  ${DB_PASSWORD}\n"
        "token_script: |\n  echo hello\n  exit 0\n"
        "password_hint: >-\n  Ask ops\n"
        "api_key: >-\n  changeme\n"
    )
    assert found_by_both(engines, text, "values.yaml") == []


def test_public_by_design_client_values(engines: dict[str, Engine]) -> None:
    text = (
        "VITE_DATADOG_CLIENT_TOKEN=pub4f8e2a1c9b3d4e7f8a6c2d1b0e9f7a3c\n"
        "PUSHER_APP_KEY=a8f2c4b1e9d7f3a6c5b2\n"
        "APPINSIGHTS_INSTRUMENTATIONKEY=3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\n"
    )
    assert found_by_both(engines, text, ".env.production") == []
    secret = (
        "PUSHER_APP_SECRET=9c1e5b7d3f2a4c6e8b0d\nDATADOG_API_KEY=4f8e2a1c9b3d4e7f8a6c2d1b0e9f7a3c\n"
    )
    assert len(found_by_both(engines, secret, ".env")) == 2


def test_sealed_secrets_ciphertext_is_encrypted(engines: dict[str, Engine]) -> None:
    import base64
    import random

    rnd = random.Random(7)
    blob = bytes([2, 0]) + bytes(rnd.randrange(256) for _ in range(560))
    value = base64.b64encode(blob).decode()
    text = f"spec:\n  encryptedData:\n    API_KEY: {value}\n"
    assert found_by_both(engines, text, "k8s/sealed.yaml") == []


def test_windows_unattend_and_net_use(engines: dict[str, Engine]) -> None:
    unattend = (
        "<UserAccounts>\n  <AdministratorPassword>\n"
        f"    <Value>{PW}</Value>\n    <PlainText>true</PlainText>\n"
        "  </AdministratorPassword>\n</UserAccounts>\n"
    )
    assert found_by_both(engines, unattend, "autounattend.xml") == [
        ("windows-unattend-password", PW)
    ]
    script = f"net use Z: \\\\fs01\\finance {PW} /user:CORP\\svc_backup /persistent:no\n"
    assert found_by_both(engines, script, "map.bat") == [("net-use-password", PW)]


def test_windows_answer_files_and_shares_without_a_password(engines: dict[str, Engine]) -> None:
    text = (
        "<AdministratorPassword>\n  <Value></Value>\n</AdministratorPassword>\n"
        "<Password>\n  <Value>%ADMIN_PASSWORD%</Value>\n</Password>\n"
        "net use Z: \\\\fs01\\finance /persistent:yes\n"
        "net use \\\\fs01\\share * /user:ACME\\backup\n"
        "net use Z: \\\\fs01\\finance %SHARE_PASSWORD% /user:CORP\\svc_backup\n"
    )
    assert found_by_both(engines, text, "setup.cmd") == []


def test_android_build_config_field(engines: dict[str, Engine]) -> None:
    value = "k2Lq9ZmX7wR3vT8pYb4NcF5sGh6Jd1Ae"
    groovy = f'        buildConfigField "String", "WEATHER_API_KEY", "\\"{value}\\""\n'
    kotlin = f'        buildConfigField("String", "PARTNER_SECRET", "\\"{value}\\"")\n'
    for text in (groovy, kotlin):
        assert [v for _, v in found_by_both(engines, text, "app/build.gradle")] == [value]


def test_android_build_config_fields_that_are_not_secrets(engines: dict[str, Engine]) -> None:
    text = (
        'buildConfigField "String", "API_KEY", "\\"${apiKey}\\""\n'
        'buildConfigField "String", "API_KEY", localProperties.getProperty("apiKey")\n'
        'buildConfigField "boolean", "USE_KEYSTORE", "true"\n'
        'buildConfigField "String", "API_KEY", "\\"YOUR_API_KEY\\""\n'
        'buildConfigField "String", "BASE_URL", "\\"https://api.acme.io\\""\n'
        'resValue "string", "app_name", "Acme"\n'
    )
    assert found_by_both(engines, text, "app/build.gradle") == []


def test_known_answer_test_vectors_in_test_data(engines: dict[str, Engine]) -> None:
    key = "9a97f65b9b4c721b960a672145fca8d4e32e67f9111ea979ce9c4826806aeee6"
    text = f"KEY: {key}\nNONCE: 000000000000000000000000\nIN: 00\n"
    assert found_by_both(engines, text, "tests/data/chacha20-poly1305.txt") == []
    rsp = f"COUNT = 0\nKEY = {key}\nPLAINTEXT = 00\n"
    assert found_by_both(engines, rsp, "testdata/ECBVarKey256.rsp") == []
    # the same line outside test data, or with more on it, is judged as an assignment
    assert found_by_both(engines, f"KEY: {key}\n", "deploy/secrets.txt") != []
    assert found_by_both(engines, f'API_KEY = "{key}"\n', "tests/settings.py") != []


def test_mongodb_spec_local_kms_test_key_is_published(engines: dict[str, Engine]) -> None:
    published = (
        "Mng0NCt4ZHVUYUJCa1kxNkVyNUR1QURhZ2h2UzR2d2RrZzh0cFBwM3R6NmdWMDFBMUN3YkQ5aXRRMkhGRGdQV09w"
        "OGVNYUMxT2k3NjZKelhaQmRCZGJkTXVyZG9uSjFk"
    )
    text = f'{{"kmsProviders": {{"local": {{"key": "{published}"}}}}}}\n'
    assert found_by_both(engines, text, "spec/unified/fle2v2-Delete.json") == []


def test_docsearch_key_in_a_docs_site_config_is_public(engines: dict[str, Engine]) -> None:
    key = "25626fae796133dc1e734c6bcaaeac3c"
    text = (
        f'  themeConfig: {{\n    algolia: {{\n      appId: "BH4D9OD16A",\n      apiKey: "{key}",\n'
    )
    assert found_by_both(engines, text, "website/docusaurus.config.js") == []
    assert found_by_both(engines, text, "docs/.vitepress/config.mts") == []
    # an admin key, or the same line in application code, stays a finding
    admin = text.replace("apiKey", "adminApiKey")
    assert found_by_both(engines, admin, "website/docusaurus.config.js") != []
    assert found_by_both(engines, text, "src/search/client.js") != []
