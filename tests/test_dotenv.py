"""The .env parser and rewriter: python-dotenv's semantics, byte-exact rewriting (Hypothesis)."""

from __future__ import annotations

import io
import os

import dotenv.main as pd_main
import dotenv.parser as pd_parser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tether import dotenv

# characters that exercise every branch of the grammar
ALPHABET = st.sampled_from(
    [*"abAB_1=#'\"\\ \t\n\r$:{}-xe", "export ", "\r\n", "${a}", "${b:-d}", "é", "\ufeff"]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
LINE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)

FULL = (
    "\ufeff# a commented header\r\n"
    "\n"
    "export PLAIN=value\n"
    "SPACED = spaced value   # trailing comment\n"
    "SINGLE='it\\'s \\\\ ${PLAIN}'\n"
    'DOUBLE="tab\\tnew\\nline \\"q\\" ${PLAIN}"\n'
    'MULTI="first\n'
    'second"\n'
    "MULTI_SINGLE='a\n"
    "b'\n"
    "DEFAULTED=${MISSING:-fallback}\n"
    "NOBRACE=$PLAIN\n"
    "EMPTY=\n"
    "EMPTY_COMMENT= # just a comment\n"
    "HASH=abc#def\n"
    "'QUOTED_KEY'=qk\n"
    "NOVALUE\n"
    "   indented=yes\r\n"
    "CR_ONLY=cr\r"
    "LAST=no newline"
)


def pd_bindings(text: str) -> list[tuple[str | None, str | None, str, bool]]:
    return [
        (b.key, b.value, b.original.string, b.error)
        for b in pd_parser.parse_stream(io.StringIO(text))
    ]


def our_bindings(text: str) -> list[tuple[str | None, str | None, str, bool]]:
    doc = dotenv.parse(text)
    out = [(b.key, b.value, b.original, b.error) for b in doc.bindings]
    return out


def test_full_feature_file_matches_python_dotenv() -> None:
    ours = dotenv.values(dotenv.parse(FULL), environ={})
    theirs = dict(pd_main.DotEnv(None, stream=io.StringIO(FULL), override=True).dict())
    # python-dotenv consults os.environ; our call was given an empty one, so compare keys that
    # do not depend on it
    assert ours == theirs
    assert ours["SINGLE"] == "it's \\ value"
    assert ours["DOUBLE"] == 'tab\tnew\nline "q" value'
    assert ours["MULTI"] == "first\nsecond"
    assert ours["DEFAULTED"] == "fallback"
    assert ours["NOBRACE"] == "$PLAIN"
    assert ours["EMPTY_COMMENT"] == ""
    assert ours["HASH"] == "abc#def"
    assert ours["NOVALUE"] is None
    assert ours["CR_ONLY"] == "cr"
    assert ours["LAST"] == "no newline"


def test_render_is_byte_identical_for_the_full_file() -> None:
    assert dotenv.parse(FULL).render() == FULL


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_parser_agrees_with_python_dotenv(text: str) -> None:
    assert our_bindings(text) == pd_bindings(text)


@settings(max_examples=600)
@given(TEXTS)
def test_parse_render_is_identity(text: str) -> None:
    assert dotenv.parse(text).render() == text


@settings(max_examples=1500)
@given(TEXTS, st.data())
def test_rewriter_changes_only_the_lines_it_is_asked_to(text: str, data: st.DataObject) -> None:
    doc = dotenv.parse(text)
    changeable = [i for i, b in enumerate(doc.bindings) if b.value_span is not None and not b.error]
    chosen = data.draw(
        st.lists(st.sampled_from(changeable), unique=True) if changeable else st.just([])
    )
    changes = {i: data.draw(LINE_TEXT) for i in chosen}
    try:
        new_doc = dotenv.parse(dotenv.rewrite(doc, changes))
    except ValueError:
        # only possible next to an unparsable line whose open quote would swallow the new token
        assert any(b.error for b in doc.bindings)
        return
    assert len(new_doc.bindings) == len(doc.bindings)
    for i, (old, new) in enumerate(zip(doc.bindings, new_doc.bindings, strict=True)):
        if i in changes:
            assert new.key == old.key
            assert new.value == changes[i]
        else:
            assert new.original == old.original


@settings(max_examples=500)
@given(LINE_TEXT, st.sampled_from(["", "'", '"']))
def test_encode_value_round_trips(value: str, quote: str) -> None:
    token = dotenv.encode_value(value, quote)
    doc = dotenv.parse(f"K={token}\n")
    assert doc.raw_values() == [("K", value)]
    assert pd_bindings(f"K={token}\n")[0][1] == value
    # python-dotenv reads files in text mode: the token must survive newline translation too
    assert "\r" not in token
    with_text_mode = pd_main.dotenv_values(
        stream=io.StringIO(f"K={token}\n", newline=None), interpolate=False
    )
    assert with_text_mode == {"K": value}


@settings(max_examples=300)
@given(
    st.dictionaries(st.from_regex(r"[A-Z_][A-Z0-9_]{0,8}", fullmatch=True), LINE_TEXT, max_size=6)
)
def test_written_file_parses_back_to_the_same_values(mapping: dict[str, str]) -> None:
    text = "".join(f"{k}={dotenv.encode_value(v)}\n" for k, v in mapping.items())
    assert dotenv.values(dotenv.parse(text), interpolate=False) == mapping


def test_rewrite_keeps_quoting_comments_and_line_endings() -> None:
    text = "# c\r\nA='old' # keep\r\nB=\"x\"\r\n\r\nexport C = plain # note\r\nD=untouched\r\n"
    doc = dotenv.parse(text)
    out = dotenv.rewrite_keys(doc, {"A": "tether://dev/app/a", "C": "tether://dev/app/c"})
    assert out == (
        "# c\r\nA='tether://dev/app/a' # keep\r\nB=\"x\"\r\n\r\n"
        "export C = tether://dev/app/c # note\r\nD=untouched\r\n"
    )


def test_rewrite_empty_value_before_comment_keeps_the_comment() -> None:
    doc = dotenv.parse("K= # comment\n")
    out = dotenv.rewrite(doc, {0: "v"})
    assert dotenv.values(dotenv.parse(out)) == {"K": "v"}
    assert out.endswith("# comment\n")


def test_values_precedence_follows_override() -> None:
    doc = dotenv.parse("A=file\nB=${A}\n")
    assert dotenv.values(doc, environ={"A": "env"}) == {"A": "file", "B": "file"}
    assert dotenv.values(doc, environ={"A": "env"}, override=False) == {"A": "file", "B": "env"}


def test_error_lines_are_kept_verbatim() -> None:
    text = 'GOOD=1\nBAD="unterminated\nNEXT=2\n'
    doc = dotenv.parse(text)
    assert doc.render() == text
    assert pd_bindings(text) == our_bindings(text)


def test_binding_repr_hides_value() -> None:
    doc = dotenv.parse("TOKEN=canary-value-123\n")
    assert "canary" not in repr(doc.bindings[0])


def test_values_match_python_dotenv_with_real_environment(tmp_path: object) -> None:
    doc = dotenv.parse(FULL)
    ours = dotenv.values(doc, environ=dict(os.environ))
    theirs = dict(pd_main.dotenv_values(stream=io.StringIO(FULL)))
    assert ours == theirs


def test_rewrite_next_to_an_unterminated_quote_keeps_that_line() -> None:
    doc = dotenv.parse("'\nA=x\n")
    out = dotenv.rewrite(doc, {1: "tether://dev/app/a"})
    assert out == "'\nA=tether://dev/app/a\n"
    # a quote in the new value would close the open quote of line 1: refused, not written
    with pytest.raises(ValueError):
        dotenv.rewrite(doc, {1: "it's"})
