"""Precision fixes from an eighth held-out set (infrastructure as code and ops tooling: the Ansible
community package, Pulumi and its AWS / Azure / GCP providers, Molecule, Fabric, Invoke, hvac,
Netmiko, ncclient, paramiko, redis-py …): classes of false findings, each beside a value the same
rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import base64

import pytest

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ Pulumi type tokens


@pytest.mark.parametrize(
    "line",
    [
        '@pulumi.type_token("aws:ec2/vpc:Vpc")',
        '@pulumi.type_token("aws:ec2clientvpn/endpoint:Endpoint")',
        '@pulumi.type_token("gcp:tpu/v2Vm:V2Vm")',
        '@pulumi.type_token("azure:aadb2c/directory:Directory")',
    ],
)
def test_type_token_of_an_sdk_resource_is_not_reported(line: str) -> None:
    assert not reported("generic-token", line, "pulumi_aws/ec2/vpc.py")


@pytest.mark.parametrize(
    "line",
    [
        'type_token = "Xq7vR2mK9Lz4Tb8NwP3c"',
        'auth_token = "aws:Xq7vR2mK9Lz4/Tb8NwP3c:Jq2W"',  # colons and a slash, not a type token
    ],
)
def test_token_with_colons_is_still_reported(line: str) -> None:
    assert reported("generic-token", line, "app/settings.py")


# ------------------------------------------------------------------ a dict key compared with a name


@pytest.mark.parametrize(
    "line",
    [
        '        elif key == "maxInFlightRequests":',
        '        if key == "alloydbClusterId":',
        '        elif key == "skipGuestOsShutdown":',
        '        if key != "amazonS3V2Settings":',
    ],
)
def test_dict_key_compared_with_a_field_name_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "pulumi_gcp/compute/outputs.py")


@pytest.mark.parametrize(
    "line",
    [
        '        key = "skipGuestOsShutdown"',
        '        if each_key == "clean_air_si_2.4ghz" and radio["if_type"] == "2.4 GHz":',
    ],
)
def test_bare_key_holding_a_camel_or_snake_name_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "plugins/modules/accesspoint.py")


@pytest.mark.parametrize(
    "line",
    [
        '        if key == "Xk9mQ2vLp7TzW4rB8nCq":',  # compared with a generated value
        '        if api_key == "webhookResourceIdAbc":',  # a qualified key: judged as before
        '    "key": "Tq8vR2mXk9LzWc4Np7Bd",',
    ],
)
def test_generated_value_under_a_key_is_still_reported(line: str) -> None:
    assert reported("generic-key", line, "app/check.py")


# ------------------------------------------------------------------ key management, GPG key IDs


@pytest.mark.parametrize(
    "line",
    [
        '      auth_key_management: ["SUITE-B-192X"]',
        '      auth_key_management: ["802.1X-SHA1", "802.1X-SHA2", "FT+802.1x"]',
    ],
)
def test_key_management_setting_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "playbooks/wireless_design.yml")


@pytest.mark.parametrize(
    "line",
    [
        '        "GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568",',
        "ENV TINI_GPG_KEY 595E85A6B1B4779EA4DAAEC70B588DFF0527A9B7",
        "gpg_key_id: 0x4A7B9C2D1E3F5A6B",
        "_gpg_key_non_supported: RPM-GPG-KEY-ZABBIX-79EA5ED4",
    ],
)
def test_gpg_key_id_or_fingerprint_is_not_reported(line: str) -> None:
    assert not reported("generic-key", line, "roles/repo/vars/main.yml")


@pytest.mark.parametrize(
    "line",
    [
        "signing_key: E3FF2839C048B25C084DEBE9B26995E310250568",  # no GPG word: a hex key
        'gpg_private_key = "Tq8vR2mXk9LzWc4Np7BdJh3F"',  # not a key ID's shape
    ],
)
def test_hex_or_generated_key_is_still_reported(line: str) -> None:
    assert reported("generic-key", line, "deploy/config.yml")


# ------------------------------------------------------------------ Auth0, the vendor


@pytest.mark.parametrize(
    "line",
    ["    'AUTH0_CLIENT': 'Mu0V1ywgYteI6w1MbD15fKfVIUrNXGWC',", 'auth0Domain: "Qz7Xk2LmR9vT4pWn"'],
)
def test_auth0_vendor_name_is_no_auth_word(line: str) -> None:
    assert not reported("generic-auth", line, "module_utils/netapp.py")


def test_auth0_client_secret_is_still_reported() -> None:
    line = "AUTH0_CLIENT_SECRET=Qz7Xk2LmR9vT4pWnBc8JhY3dFs6GtE1a"
    assert reported("generic-secret", line, ".env")
    # "auth" without the 0 still names a credential (AUTH_CLIENT would name a client since round
    # 51, a property like AUTH0_CLIENT's identifier)
    assert reported("generic-auth", "    'AUTH': 'Mu0V1ywgYteI6w1MbD15fKfVIUrNXGWC',", "m.py")


# ------------------------------------------------------------------ Netmiko's encrypted values


@pytest.mark.parametrize(
    "line",
    [
        "  password: __encrypt__yFOcJAvns8+JhQK+5/epzw==:txdHCA3C3xriWWFPnOvPjyMVwOdBtuhWDzQv0+TovFU=",
        "  secret: __encrypt__HwvT4RviwnFuzNz+zM4Feg==:f+Yh/Z0t6qtDkW+Cn2LEhg/IBmSTkuMBwEqI931MRso=",
    ],
)
def test_netmiko_encrypted_value_is_not_reported(line: str) -> None:
    rule = "generic-secret" if "secret:" in line else "generic-password"
    assert not reported(rule, line, "inventory/netmiko.yml")


def test_password_next_to_the_envelope_shape_is_still_reported() -> None:
    assert reported("generic-password", "  password: Xk9#mQ2vLp7Tz", "inventory/netmiko.yml")
    # an envelope prefix with no base64 pieces is no ciphertext
    assert reported("generic-password", "  password: __encrypt__Xk9#mQ2vLp7", "inventory/hosts.yml")


# ------------------------------------------------------------------ "Basic" in a name


@pytest.mark.parametrize(
    "line",
    ['    display_name="Basic Folder-_40289")', '    display_name="Basic TeamFolder-_69391")'],
)
def test_basic_and_a_name_outside_a_header_is_not_reported(line: str) -> None:
    assert not reported("generic-authorization-header", line, "pulumi_gcp/dataform/folder.py")


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: Basic Zm9vOlRxOHZSMm1YazlMeld",  # base64 of foo:Tq8vR2mXk9LzW
        'curl -H "Authorization: Basic ZGVwbG95OlRxOHZSMm1YazlMelc="',  # deploy:Tq8vR2mXk9LzW
    ],
)
def test_basic_header_is_still_reported(line: str) -> None:
    assert reported("generic-authorization-header", line, "docs/api.md")


# ------------------------------------------------------------------ a resource's name argument


@pytest.mark.parametrize(
    "line",
    [
        'ghe_ac_client_id = gcp.secretmanager.Secret("ghe_ac_client_id",',
        'bbdc_priv_client_id = gcp.secretmanager.Secret("bbdc_priv_client_id",',
    ],
)
def test_resource_name_as_first_of_several_arguments_is_not_reported(line: str) -> None:
    assert not reported("generic-secret", line, "__main__.py")


def test_generated_first_argument_is_still_reported() -> None:
    line = 'client.set_secret("Tq8vR2mXk9LzWc4Np7BdJh3F",'
    assert reported("generic-secret", line, "deploy.py")
    assert reported("generic-secret", 'client.set_secret("Tq8vR2mXk9LzWc4Np7BdJh3F")', "deploy.py")


# ------------------------------------------------------------------ a length rule as the password


@pytest.mark.parametrize(
    "value",
    ["must_be_eight_characters", "mustbeeightcharaters", "Mustbe8characters", "barbut8chars"],
)
def test_length_rule_written_as_the_password_is_not_reported(value: str) -> None:
    line = f'    master_password="{value}",'
    assert not reported("generic-password", line, "pulumi_aws/rds/cluster.py")


@pytest.mark.parametrize("value", ["Xk9#mQ2vLp7", "Charac7ersQz!", "eightball-Rq7"])
def test_password_with_similar_words_is_still_reported(value: str) -> None:
    line = f'    master_password="{value}",'
    assert reported("generic-password", line, "infra/__main__.py")


# ------------------------------------------------------------------ base64 of a docs sentence


def test_base64_of_a_docs_sentence_is_not_reported() -> None:
    text = base64.b64encode(b"Hello from Google Cloud Platform").decode()
    assert not reported("generic-key", f'    "raw_key_wo": "{text}",', "pulumi_gcp/compute/disk.py")


def test_base64_key_material_is_still_reported() -> None:
    line = '    "raw_key": "Jq2WvZ8kR4mXc7LpT9bN3fHs6GdY1aEo5uKi0VtQrwM=",'
    assert reported("generic-key", line, "infra/disk.py")


# ------------------------------------------------------------------ snowflake: a type name


def test_type_annotation_naming_a_password_type_is_not_reported() -> None:
    line = (
        "    key_vault_password: pulumi.Input[Optional[Union['LinkedServiceSnowflakeKeyVault"
        "PasswordArgs', 'LinkedServiceSnowflakeKeyVaultPasswordArgsDict']]] = None,"
    )
    assert not reported("snowflake-password", line, "pulumi_azure/datafactory/snowflake.py")
    assert reported("snowflake-password", '"snowflake_password": "Vq8zL2kX9mW4!pd",', "c.json")


# ------------------------------------------------------------------ Ansible lookup terms


@pytest.mark.parametrize(
    "line",
    [
        "    var: lookup('community.general.onepassword', 'Tessier-Ashpool', section='Wintermute')",
        "  ansible_password: \"{{ lookup('community.windows.laps_password', 'sql10',",
        "    msg: '{{ lookup(\"community.general.cyberarkpassword\", cyquery) }}'",
    ],
)
def test_term_of_an_ansible_lookup_plugin_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "plugins/lookup/onepassword.py")


@pytest.mark.parametrize(
    "line",
    [
        "DB_PASSWORD = os.environ.get('db.password', 'Xk9#mQ2vLp7')",
        '  password: "Xk9#mQ2vLp7"',
    ],
)
def test_password_default_or_role_value_is_still_reported(line: str) -> None:
    path = "app/settings.py" if line.startswith("DB_") else "roles/db/defaults/main.yml"
    assert reported("generic-password", line, path)


def test_ansible_role_password_in_a_test_folder_is_still_reported() -> None:
    line = '  password: "Xk9#mQ2vLp7"'
    assert reported("generic-password", line, "tests/integration/roles/db/defaults/main.yml")
    assert reported("generic-password", "ansible_password: Xk9#mQ2vLp7", "tests/inventory.ini")
    for placeholder in ('"{{ vault_db_password }}"', "changeme", "<PASSWORD>"):
        assert not reported("generic-password", f"  password: {placeholder}", "roles/x/main.yml")


# ------------------------------------------------------------------ messages and help text


def test_word_of_a_message_with_a_field_after_is_not_reported() -> None:
    line = (
        '            f"passwordstore: subkey {self.subkey} for passname {self.passname} not found"'
    )
    assert not reported("generic-password", line, "plugins/lookup/passwordstore.py")


def test_option_help_text_is_not_reported() -> None:
    line = "  --prompt-for-sudo-password         Prompt user at start of session for the"
    assert not reported("generic-cli-password", line, "invoke/program.py")
    assert reported("generic-cli-password", "  deploy --password Hq3zK8mL2xW9 --host db", "run.sh")
