"""Red-team round 8: credentials passed to library calls rather than assigned to a name — a JWT
library's HMAC key, libcurl options, basic-auth pairs (Go SetBasicAuth, reqwest basic_auth,
.NET AuthenticationHeaderValue, LWP credentials, Net::FTP login), the MySQL C API, Swift
set(…, forKey:), Elixir put_env, sqlcmd -P, and Spring Security's ``{noop}`` plain-text prefix."""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import found_by_both as found

PW = "Velvet43!&bxl"
TOKEN = "xQ9vLm2Rk7Tz4WbNc8PaYd3F"


@pytest.mark.parametrize(
    ("text", "path", "rule", "value"),
    [
        (
            f"const token = jwt.sign({{ id: user.id, role: 'admin' }}, '{TOKEN}', {{ expiresIn: '1h' }});",
            "src/auth.js",
            "jwt-hmac-secret-literal",
            TOKEN,
        ),
        (
            f'    return jwt.encode(payload, "{TOKEN}", algorithm="HS256")',
            "app/auth.py",
            "jwt-hmac-secret-literal",
            TOKEN,
        ),
        (
            f'String jwt = Jwts.builder().setSubject(u).signWith(SignatureAlgorithm.HS256, "{TOKEN}").compact();',
            "TokenService.java",
            "jwt-hmac-secret-literal",
            TOKEN,
        ),
        (
            f'Algorithm algorithm = Algorithm.HMAC256("{TOKEN}");',
            "Jwt.java",
            "jwt-hmac-secret-literal",
            TOKEN,
        ),
        (
            f'\ts, err := token.SignedString([]byte("{TOKEN}"))',
            "auth.go",
            "jwt-hmac-secret-literal",
            TOKEN,
        ),
        (
            f'curl_setopt($ch, CURLOPT_USERPWD, "apiuser:{PW}");',
            "lib/api.php",
            "curl-option-password",
            PW,
        ),
        (
            f'    curl_easy_setopt(curl, CURLOPT_PASSWORD, "{PW}");',
            "src/fetch.c",
            "curl-option-password",
            PW,
        ),
        (f'\treq.SetBasicAuth("svc", "{PW}")', "client.go", "http-auth-tuple-password", PW),
        (f'    .basic_auth("admin", Some("{PW}"))', "src/http.rs", "http-auth-tuple-password", PW),
        (
            f'_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{TOKEN}");',
            "Api.cs",
            "http-auth-tuple-password",
            TOKEN,
        ),
        (
            f'$ua->credentials("intranet.acme.local:443", "Restricted", "fetcher", "{PW}");',
            "fetch.pl",
            "http-auth-tuple-password",
            PW,
        ),
        (f'$ftp->login("upload", "{PW}");', "fetch.pl", "http-auth-tuple-password", PW),
        (
            f'    mysql_real_connect(conn, "localhost", "app", "{PW}", "appdb", 0, NULL, 0);',
            "src/db.c",
            "positional-connect-password",
            PW,
        ),
        (
            f'UserDefaults.standard.set("{TOKEN}", forKey: "apiToken")',
            "Store.swift",
            "swift-set-for-key",
            TOKEN,
        ),
        (
            f'[defaults setObject:@"{TOKEN}" forKey:@"authToken"];',
            "Store.m",
            "swift-set-for-key",
            TOKEN,
        ),
        (
            f'Application.put_env(:app, :api_token, "{TOKEN}")',
            "lib/app/application.ex",
            "elixir-put-env-credential",
            TOKEN,
        ),
        (f'sqlcmd -S db01 -U sa -P {PW} -Q "SELECT 1"', "run.sh", "sqlserver-cli-password", PW),
        (
            f'    .password("{{noop}}{PW}")',
            "SecurityConfig.java",
            "generic-password",
            "{noop}" + PW,
        ),
    ],
)
def test_reported(engines: dict[str, Engine], text: str, path: str, rule: str, value: str) -> None:
    assert found(engines, text, path) == [(rule, value)]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("const token = jwt.sign(payload, 'secret');", "auth.js"),
        ("jwt.sign({ foo: 'bar' }, 'shhhhh');", "auth.js"),
        ('jwt.encode({"some": "payload"}, "secret", algorithm="HS256")', "auth.py"),
        ("jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' })", "auth.js"),
        ('jwt.encode(payload, key, "HS256")', "auth.py"),
        ("jwt.verify(token, 'your-256-bit-secret')", "auth.js"),
        ('token.SignedString([]byte(os.Getenv("JWT_SECRET")))', "auth.go"),
        ('curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");', "api.php"),
        ('curl_easy_setopt(curl, CURLOPT_USERPWD, "user:password");', "fetch.c"),
        ("req.SetBasicAuth(user, pass)", "client.go"),
        ('.basic_auth("user", Some("password"))', "http.rs"),
        ('new AuthenticationHeaderValue("Bearer", token)', "Api.cs"),
        ("mysql_real_connect(conn, host, user, password, db, 0, NULL, 0);", "db.c"),
        ('UserDefaults.standard.set("dark", forKey: "theme")', "Store.swift"),
        ('UserDefaults.standard.set(token, forKey: "apiToken")', "Store.swift"),
        ('Application.put_env(:app, :api_token, System.get_env("API_TOKEN"))', "application.ex"),
        ('Application.put_env(:app, :key_path, "/etc/app/key.pem")', "application.ex"),
        ('sqlcmd -S SQL01 -U %DB_USER% -P %DB_PASSWORD% -Q "SELECT 1"', "backup.bat"),
        ('sqlcmd -S localhost -U sa -P "$SA_PASSWORD" -i init.sql', "init.sh"),
        ('    .password("{noop}password")', "SecurityConfig.java"),
        (
            '    .password("{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG")',
            "SecurityConfig.java",
        ),
    ],
)
def test_not_reported(engines: dict[str, Engine], text: str, path: str) -> None:
    assert found(engines, text, path) == []
