"""``#define NAME "value"``: a credential in a C/C++ macro, judged like ``NAME = "value"``."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both

SECRET = "Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE5uN0oIrK"


def test_a_macro_named_after_a_credential(engines: dict[str, Engine]) -> None:
    text = f'#ifndef CONFIG_H\n#define CONFIG_H\n#define AWS_SECRET_ACCESS_KEY "{SECRET}"\n#endif\n'
    assert found_by_both(engines, text, "include/config.h") == [("generic-c-define", SECRET)]


def test_firmware_wifi_and_mqtt_passwords(engines: dict[str, Engine]) -> None:
    text = '#define WIFI_SSID "home"\n#define MQTT_PASSWORD "Vq8zL2kX9mW4nR"\n'
    assert found_by_both(engines, text, "src/secrets.h") == [("generic-c-define", "Vq8zL2kX9mW4nR")]


def test_macros_that_are_not_credentials(engines: dict[str, Engine]) -> None:
    text = (
        '#define PASSWORD_PROMPT "Enter your password: "\n'
        '#define TOKEN_TYPE "Bearer"\n'
        '#define SECRET_KEY_FILE "/etc/app/secret.key"\n'
        '#define API_KEY "YOUR_API_KEY_HERE"\n'
        '#define AUTH_TOKEN_HEADER "X-Auth-Token"\n'
        "#define API_KEY_LEN 32\n"
        '#define API_KEY_ENV "SERVICE_API_KEY"\n'
    )
    assert found_by_both(engines, text, "include/api.h") == []
