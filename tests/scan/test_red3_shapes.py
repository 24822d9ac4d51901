"""Shapes from the third red-team round (transcripts, mail, notes, server and config-management
files, less common languages) that tether missed or misjudged; each test fails on the tree before
its fix."""

from __future__ import annotations

from tether.scan.engine import Engine

from .conftest import found_by_both


def test_haproxy_userlist_and_stats_passwords(engines: dict[str, Engine]) -> None:
    text = (
        "userlist admins\n"
        "    user ops password $6$k3Lq9ZmX7wR3vT8p$Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE5uN0oIrK\n"
        "    user viewer insecure-password Juniper3516!\n"
        "listen stats\n"
        "    stats auth admin:Otter6797*\n"
    )
    assert found_by_both(engines, text, "etc/haproxy/haproxy.cfg") == [
        ("haproxy-insecure-password", "Juniper3516!"),
        ("haproxy-stats-auth-password", "Otter6797*"),
    ]


def test_caddy_cloudflare_dns_token(engines: dict[str, Engine]) -> None:
    text = "{\n    acme_dns cloudflare jEs7nIlK9ZHfrOTJaPaFrxLZdw011wcAZyXupf6c\n}\n"
    assert found_by_both(engines, text, "etc/caddy/Caddyfile") == [
        ("caddy-cloudflare-dns-token", "jEs7nIlK9ZHfrOTJaPaFrxLZdw011wcAZyXupf6c")
    ]
    assert found_by_both(engines, "    acme_dns cloudflare {env.CF_API_TOKEN}\n", "Caddyfile") == []


def test_nginx_secure_link_secret(engines: dict[str, Engine]) -> None:
    line = '    secure_link_md5 "$secure_link_expires$uri$remote_addr zvIbycQJDe384aso2YLFQ3N8";\n'
    assert found_by_both(engines, line, "etc/nginx/conf.d/dl.conf") == [
        ("nginx-secure-link-secret", "zvIbycQJDe384aso2YLFQ3N8")
    ]
    doc = '    secure_link_md5 "$secure_link_expires$uri$remote_addr secret";\n'
    assert found_by_both(engines, doc, "etc/nginx/conf.d/dl.conf") == []


def test_positional_passwords_perl_sbt_chpasswd(engines: dict[str, Engine]) -> None:
    perl = 'my $dbh = DBI->connect($dsn, "acme_rw", "Wq8zL2kX9mR4", { RaiseError => 1 });\n'
    assert found_by_both(engines, perl, "lib/Acme/DB.pm") == [
        ("perl-dbi-connect-password", "Wq8zL2kX9mR4")
    ]
    sbt = 'credentials += Credentials("Nexus", "nexus.acme.lan", "deployer", "Tq9zK2mLx8Wv%")\n'
    assert found_by_both(engines, sbt, "build.sbt") == [
        ("sbt-credentials-password", "Tq9zK2mLx8Wv%")
    ]
    vagrant = '    echo "deploy:FalconTundra27%" | chpasswd\n'
    assert found_by_both(engines, vagrant, "Vagrantfile") == [
        ("chpasswd-password", "FalconTundra27%")
    ]
    # a test image's user named after its password is a fixture
    test = 'RUN useradd -m salt && echo "salt:salt" | chpasswd\n'
    assert found_by_both(engines, test, "tests/monitoring/Dockerfile") == []


def test_firmware_defines_named_pass_and_key(engines: dict[str, Engine]) -> None:
    text = '#define MQTT_PASS       "WalnutMeadow17!"\n#define THINGSPEAK_KEY  "MFA11YYFVX8W2PG7"\n'
    assert found_by_both(engines, text, "include/secrets.h") == [
        ("generic-c-define", "MFA11YYFVX8W2PG7"),
        ("generic-c-define", "WalnutMeadow17!"),
    ]
    # a key the name does not end with is a key *string*, id or path (OpenSSL's published FIPS
    # module key, GConf key paths)
    fips = '#define FIPS_KEY_STRING "f4556650ac31d35461610bac4ed81b1a181b2d8a43ea2854cbae22ca74560813"\n'
    assert found_by_both(engines, fips, "include/openssl/fipskey.h") == []


def test_prose_password_is_still(engines: dict[str, Engine]) -> None:
    text = "- Ben: prod DB password is still `Juniper.violet46`, will rotate after the freeze\n"
    assert found_by_both(engines, text, "notes/standup.md") == [
        ("generic-prose-password", "Juniper.violet46")
    ]


def test_hiera_qualified_key(engines: dict[str, Engine]) -> None:
    text = "---\nprofile::postgres::password: 'Vq8#zL2kX9mW'\n"
    assert found_by_both(engines, text, "puppet/data/common.yaml") == [
        ("generic-password", "Vq8#zL2kX9mW")
    ]
    code = 'if Acme::Config::password == "Vq8#zL2kX9mW"\n'
    assert found_by_both(engines, code, "lib/acme.rb") == []


def test_ciphertext_public_keys_and_sdk_keys_are_not_findings(engines: dict[str, Engine]) -> None:
    sops = (
        "database:\n"
        "    password: ENC[AES256_GCM,data:yTUfAm8BPkPFnvXGSyuZ0Env,iv:r0OjRE8dxpXcQ2Lh3x+Qd1kL9w2mZ"
        "8yTq4Rv7pLs0aE=,tag:Zq8vTnR2kLw9XcB4mYp7Hg==,type:str]\n"
    )
    assert found_by_both(engines, sops, "secrets/prod.enc.yaml") == []
    spki = (
        '  "key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAH1lxasOJeMpeIgEG/Sx/O4D7RSE1zPYYZk58'
        'Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE5uN0oIrKwIDAQAB",\n'
    )
    assert found_by_both(engines, spki, "extension/manifest.json") == []
    sdk = (
        'const POSTHOG_KEY = "phc_MknDqZW9bq7S7IOXahw0oSVcXdihDr0onApkS61mvpy";\n'
        "static const String revenueCatKey = 'appl_nRUpJ7XHWpy6vlyPIwgJrzwAJsr';\n"
    )
    assert found_by_both(engines, sdk, "lib/env.dart") == []
    assert found_by_both(engines, "secret_key = SW2YcwTIb9zpOOhoPsMm\n", "grafana.ini") == []


def test_server_header_and_env_directives(engines: dict[str, Engine]) -> None:
    nginx = (
        "location /geo/ {\n"
        "    proxy_set_header X-Api-Key lnIlPM9GnxZpXnv2RXKW7MpK5ppRh3Rb;\n"
        "    proxy_set_header X-Real-Token $http_x_token;\n"
        "}\n"
    )
    assert found_by_both(engines, nginx, "etc/nginx/sites-available/api.conf") == [
        ("generic-server-header-directive", "lnIlPM9GnxZpXnv2RXKW7MpK5ppRh3Rb")
    ]
    apache = "    SetEnv APP_SECRET 6eeb13f7ce4bcd99727a6dd0e7b87637323c55e1902bfbe3\n"
    assert found_by_both(engines, apache, "etc/apache2/sites-enabled/000-default.conf") == [
        ("generic-server-header-directive", "6eeb13f7ce4bcd99727a6dd0e7b87637323c55e1902bfbe3")
    ]
    assert found_by_both(engines, "    SetEnv API_KEY_PATH /etc/acme/api.key\n", "a.conf") == []


def test_line_channel_access_token_under_the_japanese_label(engines: dict[str, Engine]) -> None:
    token = "9PuIobijwE7Dju2bEq+5b4iajZZjrFaPsMNQ6oRd+TEKitMNLqCAj/HMsQ0NKGemblbI/b" * 2
    token = token[:140] + "Zq8vTnR2kLw9XcB4mYp7HsJ3dF6gQ1aE5uN="
    text = f"- LINE チャネルアクセストークン: {token}\n"
    assert found_by_both(engines, text, "notes/議事録.md") == [
        ("line-long-lived-channel-access-token", token)
    ]


def test_newrelic_hex_license_key_in_a_chef_data_bag(engines: dict[str, Engine]) -> None:
    text = (
        '{\n  "id": "prod",\n  "newrelic_license": "8ca03040a7ce5b146e887bc66b8696b1e7df9377",\n}\n'
    )
    assert found_by_both(engines, text, "chef/data_bags/credentials/prod.json") == [
        ("newrelic-license-key-hex", "8ca03040a7ce5b146e887bc66b8696b1e7df9377")
    ]
