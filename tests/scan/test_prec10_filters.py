"""Precision fixes from a tenth held-out set (Ruby, PHP and Java web libraries and apps from
Debian: Rails, Devise, Rack, Faraday, fog, Symfony, Laravel, Guzzle, phpMyAdmin, MediaWiki,
Roundcube, Redmine, Horde, Tomcat, commons-codec, JSch and commons-httpclient javadoc): classes
of false findings, each beside a value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import pytest

from tether.scan import filters

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters

_RANDOM = "Xk9#qLm7vT2w"
_RANDOM32 = "Qm7vR2kX9Lz4Tb8NwP3cJd6YhF1sGa5E"


# ------------------------------------------------------------------ translation catalogues


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        ("generic-password", '    "yourpassword": "Ipsut-wawa:",', "languages/i18n/chn.json"),
        ("generic-password", '    "botpasswords": "Bot-paaswurden",', "languages/i18n/frr.json"),
        ("generic-password", '    "resetpass-submit": "Oo\'ulawaa",', "languages/i18n/guc.json"),
        ("generic-auth", '    "oathauth-ui-manage": "Upravljaj",', "OATHAuth/i18n/hr.json"),
        ("generic-token", '    "prefs-watchlist-token": "Volglijsttoken:",', "i18n/nl.json"),
        (
            "generic-password",
            "$labels['password'] = 'Pasahitza';",
            "program/localization/eu_ES/labels.inc",
        ),
        (
            "generic-password",
            "dataSourceRealm.getPassword.exception=Ausnahme beim Holen des Passwortes",
            "org/apache/catalina/realm/LocalStrings_de.properties",
        ),
        ("generic-password", "login.password=Kennwort", "app/Messages_pt_BR.properties"),
    ],
)
def test_translation_text_is_not_reported(rule: str, line: str, path: str) -> None:
    assert not reported(rule, line, path)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        # a generated value in a translation file is still a leak
        ("generic-password", f'    "yourpassword": "{_RANDOM}",', "languages/i18n/chn.json"),
        ("generic-token", f'    "api-token": "{_RANDOM32}",', "locales/en.json"),
        # a config file named like a bundle but without a language code is no translation
        ("generic-password", "db.password=Pasahitza", "config/app_db.properties"),
        ("generic-password", "db.password=Pasahitza", "config/application.properties"),
    ],
)
def test_values_outside_translation_text_are_reported(rule: str, line: str, path: str) -> None:
    assert reported(rule, line, path)


# ------------------------------------------------------------------ code and markup shapes


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        # javadoc links to a method with array parameters
        (
            "generic-password",
            '<a href="#setPassphrase(byte%5B%5D)">setPassphrase</a></span>&#8203;(byte[]&nbsp;p)',
            "api/com/jcraft/jsch/Identity.html",
        ),
        ("generic-password", '<a href="#setPassword(char[])">setPassword</a>', "api/Session.html"),
        # a pseudo-class in a stylesheet
        (
            "generic-password",
            "#li_select_server.list-group-item:hover,#li_change_password.list-group-item:hover{x:1}",
            "themes/metro/css/theme.css",
        ),
        ("generic-password", ".reset_password:focus { outline: none }", "app/styles/login.scss"),
        # PHP complex interpolation
        (
            "generic-password",
            '$row->user_password = ":B:{$row->user_id}:{$row->user_password}";',
            "includes/auth/Local.php",
        ),
        # an installer's placeholder
        ("generic-password", "password: _DBC_DBPASS_", "templates/database-mysql.yml.template"),
        # ISO 3166 code PW (Palau) in a country table
        ("generic-password", "    'PW' => 'Palawu',", "Resources/data/regions/bm.php"),
        ("generic-password", '  "PW": "Palau",', "data/countries.json"),
        # a PHP namespace written escaped, the key a route path
        (
            "generic-password",
            "'/user-password' => 'PhpMyAdmin\\\\Controllers\\\\UserPasswordController',",
            "libraries/cache/routes.cache.php",
        ),
        ("generic-password", "  '/reset-password' => 'Auth/ResetController',", "config/routes.php"),
        # a scope-qualified name
        ("generic-auth", "# Omniauth::Azure::Activedirectory::V2", "README.md"),
        # an action on the credential
        ("generic-password", "        $this->unsetPassphrase('personal');", "lib/Crypt/Pgp.php"),
        ("generic-token", "    revokeToken('Kx9qLm7vT2wPz4Rb8N')", "lib/client.js"),
        # PHP concatenation with a spaced dot
        (
            "generic-password",
            "$wgPasswordSender = 'apache@' . $wgServerName;",
            "includes/Setup.php",
        ),
        # a password-hashing scheme as the value
        (
            "generic-password",
            "        'PasswordDefault' => 'pbkdf2',",
            "includes/config-schema.php",
        ),
        ("generic-password", "password_hasher: argon2id", "config/security.yaml"),
    ],
)
def test_code_and_markup_shapes_are_not_reported(rule: str, line: str, path: str) -> None:
    assert not reported(rule, line, path)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        ("generic-password", f'  ds.setPassword("{_RANDOM}");', "docs/api/Example.html"),
        ("generic-password", f"password: {_RANDOM}", "config/app.yml"),
        ("generic-password", f'$password = "{_RANDOM}";', "includes/Local.php"),
        ("generic-password", f"    'PW' => '{_RANDOM}',", "config/app.php"),
        ("generic-password", f"    'password' => '{_RANDOM}',", "config/database.php"),
        ("generic-password", f'  "/login": {{"password": "{_RANDOM}"}},', "config/routes.json"),
        ("generic-auth", f'    "auth": "{_RANDOM32}",', "config/app.json"),
        ("generic-password", f"        $this->setPassphrase('{_RANDOM}');", "lib/Crypt/Pgp.php"),
        ("generic-password", f"$password = '{_RANDOM}' . \"\\n\";", "includes/Setup.php"),
        ("generic-password", f"        'Password' => '{_RANDOM}',", "includes/config.php"),
    ],
)
def test_values_beside_those_shapes_are_reported(rule: str, line: str, path: str) -> None:
    assert reported(rule, line, path)


# ------------------------------------------------------------------ key names


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        # Rails' CSRF token
        (
            "generic-token",
            '    #   form_tag("/form", authenticity_token: "cf50faa3fe97702ca1ae")',
            "lib/action_view/helpers/form_tag_helper.rb",
        ),
        # a release manager's PGP fingerprint in a Maven POM
        (
            "generic-key",
            "<commons.releaseManagerKey>BC87A3FD0A54480F0BADBEBD21939FF0CA2A6567</commons.releaseManagerKey>",
            "commons-codec/pom.xml",
        ),
        # a Google Sheets spreadsheet's id
        (
            "generic-key",
            "#  $ ./samples sheets get --spreadsheet_key='1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms'",
            "samples/cli/lib/samples/sheets.rb",
        ),
        # a dict key compared with a snake_case name holding a version number
        (
            "generic-key",
            "} elseif ($key === 'is_html5_parser_enabled' || $key === 'enable_html5_parser') {",
            "src/Options.php",
        ),
        # a private name with a digit
        (
            "generic-key",
            "public function __construct(string $storageKey = '_sf2_meta', int $threshold = 0)",
            "Session/Storage/MetadataBag.php",
        ),
    ],
)
def test_handle_and_name_keys_are_not_reported(rule: str, line: str, path: str) -> None:
    assert not reported(rule, line, path)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        ("generic-token", '    access_token: "cf50faa3fe97702ca1aecf50faa3fe97"', "lib/client.rb"),
        (
            "generic-key",
            "<api.key>BC87A3FD0A54480F0BADBEBD21939FF0CA2A6567</api.key>",
            "deploy/pom.xml",
        ),
        (
            "generic-key",
            "sheets_api_key='AIzb1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74O'",
            "samples/cli/lib/samples/sheets.rb",
        ),
        ("generic-key", f"if ($key === '{_RANDOM32}') {{", "src/Options.php"),
        (
            "generic-key",
            f"public function __construct(string $storageKey = '{_RANDOM32}')",
            "Session/Storage/Bag.php",
        ),
    ],
)
def test_credential_keys_beside_them_are_reported(rule: str, line: str, path: str) -> None:
    assert reported(rule, line, path)


# ------------------------------------------------------------------ values made up by hand


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        (
            "generic-token",
            '"Set-Cookie" => "vcloud-token=ecb37bfc-56f0-421d-97e5-bf2gdf789457; path=/",',
            "fog/compute/terremark/mock.rb",
        ),
        (
            "generic-password",
            "    protected const PASSWORD = 'pa$s';",
            "Mailer/Test/FactoryTestCase.php",
        ),
        (
            "generic-url-credentials",
            "'proxy' => 'http://foo:b%3Dar@localhost:8057',",
            "Test/ClientTestCase.php",
        ),
    ],
)
def test_hand_made_values_are_not_reported(rule: str, line: str, path: str) -> None:
    assert not reported(rule, line, path)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        (
            "generic-token",
            '"Set-Cookie" => "session-token=Qm7vR2kX-9Lz4-Tb8N-wP3c-Jd6YhF1sGa5E; path=/",',
            "lib/client.rb",
        ),
        (
            "generic-token",
            '"Set-Cookie" => "session-token=q7vr2kxm-9lz4-tb8n-wp3c-jd6yhf1sga5e; path=/",',
            "lib/client.rb",
        ),
        ("generic-password", "    protected const PASSWORD = 'Pa$s7Kq!x';", "lib/Transport.php"),
        (
            "generic-url-credentials",
            "'proxy' => 'http://app:Xk9%3DqLm7@db.internal:5432',",
            "config/app.php",
        ),
    ],
)
def test_values_beside_hand_made_ones_are_reported(rule: str, line: str, path: str) -> None:
    assert reported(rule, line, path)


# ------------------------------------------------------------------ sentences and commands


def test_participle_after_password_is_in_a_sentence() -> None:
    rule = "generic-prose-password"
    path = "Badge/PasswordUpgradeBadge.php"
    assert not reported(
        rule,
        "throw new LogicException('The password is erased as another listener used it.');",
        path,
    )
    assert not reported(
        rule, '_("Your password has been succesfully changed. Log in again.")', path
    )
    assert reported(
        rule, "The OpenSearch master password is Vq8#zL2kX9mW until we move it.", "notes.txt"
    )
    assert reported(rule, "the wifi password is velkorin", "notes.txt")


def test_command_substitution_and_concatenation_are_not_passwords() -> None:
    assert not reported(
        "mysql-cli-password",
        "mysql -u wikiadmin -p`wikiadmin_pass` -h $1 && \\",
        "maintenance/make-blobs",
    )
    assert reported("mysql-cli-password", "mysql -u root -pAhykaraCXq*Uigi0 shop", "deploy.sh")
    assert not reported(
        "sql-set-password",
        "$local_query = 'SET password = ' . ($password == ''",
        "classes/UserPassword.php",
    )
    assert reported("sql-set-password", "SET PASSWORD FOR 'app'@'%' = 'Vq8zL2kX9mW4';", "setup.sql")


# ------------------------------------------------------------------ second batch (apps: WordPress,
# Zabbix, Cacti, Postfix Admin, Roundcube plugins, phpLDAPadmin, Horde)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        # a monitoring item's key: dotted lower-case names
        ("generic-key", "          key: zyxel.4728f.cpuusage", "templates/net/zyxel/template.yaml"),
        ("generic-key", "          key: consul.gc_pause.p50", "templates/app/consul/template.yaml"),
        # a .lang translation file
        ("generic-password", "$PALANG['password'] = 'Pasahitza';", "languages/eu.lang"),
        (
            "generic-auth",
            "$PALANG['pFetchmail_src_auth'] = 'Uwierzytelnianie';",
            "languages/pl.lang",
        ),
        # a signed score
        ("generic-password", "\tRCVD_IN_DNSWL_LOW=-1, SPF_PASS=-0.001]", "tests/facebook.txt"),
        # the name of the password written short
        ("generic-password", 'my $passwd="dbpw";', "examples/mailbox_remover.pl"),
        # a regular expression literal, an alternation group
        (
            "generic-password",
            "$config['password_httpapi_expect'] = '/^ok$/i';",
            "plugins/password/config.inc.php",
        ),
        (
            "generic-password",
            'set oldpassword_string "((O|o)ld|login|current) (P|p)assword.*"',
            "plugins/password/helpers/passwd-expect",
        ),
        # the backend that checks or stores it
        (
            "generic-password",
            " * $config['password_driver'] = 'mailcow';",
            "plugins/password/drivers/mailcow.php",
        ),
        (
            "generic-password",
            "$config['password_strength_driver'] = 'pwned';",
            "plugins/password/config.inc.php",
        ),
        # anonymous FTP's conventional password
        (
            "generic-password",
            '\t\t$this->_password="anon@ftp.com";',
            "wp-admin/includes/class-ftp.php",
        ),
        # a printf positional placeholder
        ("generic-password", "Password: %3$s", "wp-admin/includes/upgrade.php"),
        # a child combinator in a stylesheet
        (
            "generic-password",
            "}.wp-cancel-pw>.dashicons,.wp-hide-pw>.dashicons{top:3px}",
            "wp-admin/css/forms.min.css",
        ),
    ],
)
def test_app_shapes_are_not_reported(rule: str, line: str, path: str) -> None:
    assert not reported(rule, line, path)


@pytest.mark.parametrize(
    ("rule", "line", "path"),
    [
        ("generic-key", f"          key: {_RANDOM32}", "templates/app/template.yaml"),
        ("generic-key", "  api_key: a9x.k2m.q7z", "config/app.yaml"),
        ("generic-password", f"$PALANG['password'] = '{_RANDOM}';", "languages/eu.lang"),
        ("generic-password", "SPF_PASS=-Xk9#qLm7", "config/app.env"),
        ("generic-password", 'my $passwd="Rk4vTq8ZmW2p";', "bin/mailbox_remover.pl"),
        (
            "generic-password",
            f"$config['password'] = '/{_RANDOM}';",
            "plugins/password/config.inc.php",
        ),
        (
            "generic-password",
            f"$config['password_backend_secret'] = '{_RANDOM}';",
            "config/config.inc.php",
        ),
        ("generic-password", '$this->_password="r.k9vTq8Zm@corp-mail.net";', "lib/ftp.php"),
        ("generic-password", f"Password: {_RANDOM}", "notes/accounts.txt"),
        ("generic-password", f"}}.login>.pw{{}} password: {_RANDOM}", "notes/accounts.txt"),
    ],
)
def test_values_beside_app_shapes_are_reported(rule: str, line: str, path: str) -> None:
    assert reported(rule, line, path)


def test_basic_adjective_in_prose_is_not_an_authorization_header() -> None:
    rule = "generic-authorization-header"
    line = "description: 'Runs basic healthchecks in the current node. Checks that the app runs.'"
    assert not reported(rule, line, "templates/app/rabbitmq/template.yaml")
    assert reported(rule, "Authorization: Basic YWRtaW46UXY3I21MMnhacg==", "notes/curl.txt")


def test_participle_ending_a_comment_about_the_password() -> None:
    assert not reported(
        "generic-prose-password", "            // -> password is compromised", "drivers/pwned.php"
    )
    assert reported("generic-prose-password", "// the password is Vq8#zL2kX9mW", "notes.txt")


def test_django_key_built_from_a_shell_variable_is_not_reported() -> None:
    rule = "django-secret-key"
    line = '    SECRET_KEY="$SECRET_KEY${MATRIX:$(($RANDOM%${#MATRIX})):1}"'
    assert not reported(rule, line, "examples/setup-mysql")
    assert reported(rule, 'SECRET_KEY = "k#9v2wq8zr$l3m7x1p4t6y0b5n8c2d4f6g8h0j2k4"', "settings.py")


def test_code_inside_ruby_interpolation_is_not_a_value() -> None:
    path = "lib/active_ldap/adapter/base.rb"
    assert not reported(
        "generic-password", 'a1 = "#{bind_dn}:#{realm}:#{password(cred, options)}"', path
    )
    assert reported("generic-password", f'a1 = "#{{bind_dn}}:secret"; password = "{_RANDOM}"', path)


def test_escaped_php_namespace_is_a_class_name_but_an_escaped_quote_is_not() -> None:
    # the namespace check reads the backslash right after the value: a PHP namespace continues
    # with a capitalised name; a JSON-escaped quote or newline does not
    namespaced = "$handler = 'PhpMyAdmin\\\\Controllers\\\\UserPasswordController';"
    assert filters._NAMESPACE_AFTER_RE.match(namespaced[namespaced.index("\\") :])
    assert not filters._NAMESPACE_AFTER_RE.match('\\";')
    assert not filters._NAMESPACE_AFTER_RE.match("\\n")
