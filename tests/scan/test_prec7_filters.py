"""Precision fixes from a seventh held-out set (the AI-era Python and JavaScript ecosystem: LLM
SDKs and frameworks, their bundled web front-ends, OAuth and JOSE libraries): classes of false
findings, each beside a value the same rule must still report.

Every generated-looking value here is made up for the test.
"""

from __future__ import annotations

import base64
import random

import pytest

from .test_filters import kept

reported = kept  # a candidate of the rule on the line passes the filters


# ------------------------------------------------------------------ numbers in scientific notation


@pytest.mark.parametrize(
    "line",
    [
        '    "input_cost_per_token": 1.24999e-06,',
        '    "cache_read_input_token_cost": 3.2857142857142855e-08,',
        '    "output_cost_per_token": 1.874999e-05',
    ],
)
def test_number_in_scientific_notation_is_not_reported(line: str) -> None:
    assert not reported("generic-token", line, "litellm/model_prices.json")


def test_hex_token_with_an_e_is_still_reported() -> None:
    line = '    "api_token": "4e10a9c3b7d2f8e1a6c5b4d3e2f1a0b9",'
    assert reported("generic-token", line, "config.json")


# ------------------------------------------------------------------ a render or compiler pass


@pytest.mark.parametrize(
    "line",
    [
        "if(e.renderPass===`translucent`){var a=Be.disabled}",
        'for(this.renderPass="translucent",this.currentLayer=0;;)',
        "this._voxelTracingPass.enabled=Xq7vR2mK9",
        '        fields["pass_through"] = "healthy"',
        "shadowPass = 'Xq7vR2mK9'",
    ],
)
def test_render_pass_or_pass_through_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "src/render.js")


@pytest.mark.parametrize(
    "line",
    [
        "a.dbPass=`Xq7vR2mK9`;",
        "pass = 'Xq7vR2mK9'",
        "adminPass: 'Tq8vR2mXk9Lz'",
    ],
)
def test_password_under_a_pass_key_is_still_reported(line: str) -> None:
    assert reported("generic-password", line, "src/app.js")


_MINIFIED = "n.uint16[t+4]=e*4+3,n.uint16[t+5]=e*4+0;" * 40  # a bundle's long line


@pytest.mark.parametrize(
    "code",
    [
        "this.render({...t,target:n,pass:`collision`})",
        "this.render({...t,target:n,pass:`terrain-height-map`,layers:t.layers})",
        "if(a.currentPass!==`translucent`)return;",
    ],
)
def test_pass_name_in_minified_code_is_not_reported(code: str) -> None:
    assert not reported("generic-password", _MINIFIED + code + _MINIFIED, "assets/chart.js")


def test_pass_name_outside_minified_code_is_still_reported() -> None:
    assert reported("generic-password", "this.render({pass:`kollizion`})", "src/chart.js")


def test_password_under_a_pass_key_in_minified_code_is_still_reported() -> None:
    line = _MINIFIED + "this.login({user:n,pass:`Xq7vR2mK9`})" + _MINIFIED
    assert reported("generic-password", line, "assets/app.js")


# ------------------------------------------------------------------ the word for password


@pytest.mark.parametrize(
    "line",
    [
        "username:`nom d'usuari`,password:`contrasenya`,login:`Iniciar sessió`}",
        "username:`erabiltzaile izena`,password:`pasahitza`,login:`Saioa hasi`}",
        '{"username":"Käyttäjätunnus","password":"salasana"}',
    ],
)
def test_translated_label_is_not_reported(line: str) -> None:
    assert not reported("generic-password", line, "assets/ca-qwwHSABo.js")


def test_the_word_alone_on_its_line_is_still_reported() -> None:
    # outside a translation, a lower-case word that is no English one is a chosen password
    assert reported("generic-password", "'password' => 'pasahitza',", "config/database.php")


def test_password_beside_a_translated_label_is_still_reported() -> None:
    line = "username:`nom d'usuari`,password:`Tq8vR2mXk9`,login:`Iniciar`}"
    assert reported("generic-password", line, "assets/app.js")


# ------------------------------------------------------------------ names in code


def test_private_method_name_is_not_reported() -> None:
    line = "{key:`_getScratchCanvas`,value:function(){if(!this.scratch){var e=this.r}}}"
    assert not reported("generic-key", line, "assets/cytoscape.esm.js")
    line = "{key:`_viewStateToMapboxProps`,value:function(e){return e}}"
    assert not reported("generic-key", line, "assets/deck.js")


def test_generated_key_with_an_underscore_is_still_reported() -> None:
    assert reported("generic-key", 'api_key = "_q8ZvR2mXk9LzTq8vR2mX"', "settings.py")


def test_syntax_highlighter_token_type_is_not_reported() -> None:
    line = """[/'/,{token:"string.$S2.delim",next:"@pop"}]],dstring:[[/[^\\\\`"#]+/,"s"]]"""
    assert not reported("generic-token", line, "static/js/6291.chunk.js")


def test_generated_token_in_a_tokenizer_shape_is_still_reported() -> None:
    assert reported("generic-token", '{token:"Zq8vR2mXk9LzTq8vR2mXk9Lz"}', "src/client.js")


# ------------------------------------------------------------------ a key inside an encoded blob

_B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"


def _blob(seed: int, n: int = 1500) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_B85) for _ in range(n))


@pytest.mark.parametrize(
    "inner",
    [
        "okPw(QWe5NsM+mt#pH7a93drT:MMujrB9^Jhdw9JX@",
        "Pw=|wLO$",
        "6PwW>oK4d",
        "PW:x&Fr",
    ],
)
def test_key_letters_inside_an_encoded_blob_are_not_reported(inner: str) -> None:
    line = 'const wasm="' + _blob(1) + inner + "," + _blob(2) + '";'
    assert not reported("generic-password", line, "static/js/GraphVizChart.js")


def test_quoted_password_after_a_base64_value_is_still_reported() -> None:
    # one-line JSON: a certificate's base64, then the password of its key
    b64 = "".join(random.Random(3).choice(_B85[:62]) for _ in range(1500))
    line = '{"cert":"' + b64 + '","password":"Tq8vR2mXk9Lz"}'
    assert reported("generic-password", line, "deploy/secret.json")


def test_unquoted_password_after_a_space_on_a_long_line_is_still_reported() -> None:
    b64 = "".join(random.Random(4).choice(_B85[:62]) for _ in range(1500))
    line = "cert=" + b64 + " password=Tq8vR2mXk9Lz"
    assert reported("generic-password", line, "deploy/app.conf")


# ------------------------------------------------------------------ documentation


def test_cache_key_in_prose_is_not_reported() -> None:
    line = "# UserV1 cache key: extract:d4860f8f:9d4cb5ab"
    assert not reported("generic-key", line, "docs/blog/posts/caching.md")


def test_api_key_in_prose_is_still_reported() -> None:
    line = "# the prod api key: Zq8vR2mXk9LzTq8vR2mXk9Lz"
    assert reported("generic-key", line, "docs/notes.md")


def test_rfc_6749_example_password_is_not_reported() -> None:
    line = "    grant_type=password&username=johndoe&password=A3ddj3w"
    assert not reported("generic-query-credential", line, "oauth2/grants/password.py")


def test_other_password_in_the_same_request_is_still_reported() -> None:
    line = "    grant_type=password&username=johndoe&password=Tq8vR2mXk9"
    assert reported("generic-query-credential", line, "oauth2/grants/password.py")


# ------------------------------------------------------------------ a JOSE library's demo token

_HS256 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
_SIG = "Qx7Lm2Vp9Rk4Tz8Wn3Bc6Hd1Fg5Js0Ya2Ue7Io4Kw9M"


@pytest.mark.parametrize(
    "payload",
    [
        "eyJzb21lIjoicGF5bG9hZCJ9",  # {"some":"payload"}
        "eyJrZXkiOiJ2YWx1ZSJ9",  # {"key":"value"}
        "eyJhIjoiYiJ9",  # {"a":"b"}
        "eyJoZWxsbyI6IndvcmxkIn0",  # {"hello":"world"}
    ],
)
def test_jwt_of_a_demo_payload_is_not_reported(payload: str) -> None:
    token = f"{_HS256}.{payload}.{_SIG}"
    assert not reported("jwt", f">>> jwt.decode('{token}', 'secret')", "README.rst")
    assert not reported("generic-token", f'    token = "{token}"', "tests/test_jws.py")


@pytest.mark.parametrize(
    "payload",
    [
        "eyJzdWIiOiJhIn0",  # {"sub":"a"}: a subject
        "eyJzb21lIjoicGF5bG9hZCIsInJvbGUiOiJhZG1pbiJ9",  # {"some":"payload","role":"admin"}
        "eyJhIjoiYiIsImMiOiJkIn0",  # {"a":"b","c":"d"}: not the demo words
    ],
)
def test_jwt_with_claims_is_still_reported(payload: str) -> None:
    token = f"{_HS256}.{payload}.{_SIG}"
    assert reported("jwt", f"Authorization: Bearer {token}", "notes.txt")


def test_jws_of_a_sentence_is_not_reported() -> None:
    # RFC 7520's examples sign a sentence of prose; JOSE libraries copy them into their tests
    sentence = "It is a long way to go, and the road goes ever on and on from here."
    payload = base64.urlsafe_b64encode(sentence.encode()).rstrip(b"=").decode()
    token = f"eyJhbGciOiJSUzI1NiIsImtpZCI6ImJpbGJvIn0.{payload}.{_SIG}"
    assert not reported("generic-token", f'    token = "{token}"', "tests/rfc/test_rfc7520.py")


def test_jws_of_a_word_is_still_reported() -> None:
    token = f"{_HS256}.dGVzdA.{_SIG}"  # payload "test": one word, no sentence
    assert reported("generic-token", f'    token = "{token}"', "tests/test_jws.py")


# ------------------------------------------------------------------ the next key of a mapping


def test_next_key_of_a_mapping_is_not_reported() -> None:
    line = '{"name": "SNOWFLAKE_PASSWORD", "description": "Snowflake password", "secret": true}'
    assert not reported("snowflake-password", line, "proxy/mcp_registry.json")


@pytest.mark.parametrize(
    "line",
    [
        'put("SNOWFLAKE_PASSWORD", "zqxvbnmkpltr")',  # a lower-case value, then no colon
        '["SNOWFLAKE_PASSWORD", "zqxvbnmkpltr", "snowflake_user"]',
    ],
)
def test_lower_case_password_of_the_pair_is_still_reported(line: str) -> None:
    assert reported("snowflake-password", line, "env.json")


# ------------------------------------------------------------------ base64 of a JSON stand-in


def test_base64_of_json_with_a_default_value_is_not_reported() -> None:
    # Bokeh's DEFAULT_TOKEN: base64 of {"session_id": "default"}
    line = 'n.DEFAULT_TOKEN="eyJzZXNzaW9uX2lkIjogImRlZmF1bHQifQ";let d=0;'
    assert not reported("generic-token", line, "static/bokeh/bokeh.min.js")


@pytest.mark.parametrize(
    "value",
    [
        "eyJzZXNzaW9uX2lkIjogIlhxN3ZSMm1LOSJ9",  # {"session_id": "Xq7vR2mK9"}
        "eyJwdyI6ICJUcTh2UjJtWGs5In0=",  # {"pw": "Tq8vR2mXk9"}
    ],
)
def test_base64_of_json_with_a_generated_value_is_still_reported(value: str) -> None:
    assert reported("generic-token", f'n.DEFAULT_TOKEN="{value}";let d=0;', "static/app.js")
