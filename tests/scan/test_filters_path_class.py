"""The engine memoises keep/drop decisions by ``filters.path_class(path)`` instead of the path, so
the filters may read a path only through the predicates that class is made of. These tests keep
that true as filters.py changes: a new direct use of ``path`` fails here until the class covers it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tether.scan import filters
from tether.scan.engine import Engine
from tether.scan.findings import Provenance

from .conftest import KEY, spy_reject_reason

SOURCE = Path(filters.__file__).read_text()
# the only functions that look at the path itself; path_class is made of what they compute
DIRECT = {"_is_code", "_extension", "_path_matches", "path_class"}
# the patterns _path_matches may be asked about, each behind a predicate in path_class
PATH_PATTERNS = {
    "_I18N_PATH_RE",
    "_FIXTURE_PATH_RE",
    "_PRODUCTION_PATH_RE",
    "_ANSIBLE_MODULE_RE",
    "_DOCSEARCH_PATH_RE",
    "_TEST_LOG_PATH_RE",
    "_DOCS_FOLDER_RE",
    "_API_EXAMPLES_PATH_RE",
    "_TEST_VECTORS_PATH_RE",
    "_PLIST_PATH_RE",
    "_JENKINSFILE_PATH_RE",
    "_CHANGELOG_PATH_RE",
    "_EXPECT_SCRIPT_PATH_RE",
    "_SPICE_PATH_RE",
    "_MAKEFILE_PATH_RE",
}


def _functions() -> list[ast.FunctionDef]:
    return [n for n in ast.walk(ast.parse(SOURCE)) if isinstance(n, ast.FunctionDef)]


def test_path_is_only_passed_along_outside_the_direct_helpers() -> None:
    offenders = []
    for fn in _functions():
        if fn.name in DIRECT:
            continue
        passed = {
            id(arg)
            for call in ast.walk(fn)
            if isinstance(call, ast.Call)
            for arg in [*call.args, *(k.value for k in call.keywords)]
        }
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Name)
                and node.id == "path"
                and isinstance(node.ctx, ast.Load)
                and id(node) not in passed
            ):
                offenders.append(f"{fn.name}:{node.lineno}")
    assert offenders == [], "read the path through a predicate in filters.path_class"


def test_extensions_compared_are_all_in_the_class() -> None:
    """``_extension(path) in NAMES`` or ``== ".x"`` outside path_class: every extension named
    there is one the class keeps, so two paths the filters tell apart by it are two classes."""
    compared: set[str] = set()
    for node in ast.walk(ast.parse(SOURCE)):
        if not (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Call)
            and isinstance(node.left.func, ast.Name)
            and node.left.func.id == "_extension"
        ):
            continue
        for right in node.comparators:
            if isinstance(right, ast.Name):
                compared |= set(getattr(filters, right.id))
            elif isinstance(right, ast.Constant):
                compared.add(right.value)
            else:
                compared |= {elt.value for elt in right.elts}  # type: ignore[attr-defined]
    assert compared
    assert compared - {".map"} <= filters._CLASS_EXTENSIONS


def test_path_patterns_are_all_in_the_class() -> None:
    asked = {
        call.args[0].id
        for call in ast.walk(ast.parse(SOURCE))
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "_path_matches"
        and isinstance(call.args[0], ast.Name)
    }
    assert asked <= PATH_PATTERNS


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("src/app/settings.py", "lib/other/module.py", True),
        ("src/app/settings.py", "tests/test_settings.py", False),  # a fixture path
        ("config/app.yaml", "config/prod.yaml", False),  # production config
        ("src/main.go", "src/main.py", False),  # Go may hold config text in raw strings
        ("locales/de.json", "data/de.json", False),  # translations
        ("website/docusaurus.config.js", "website/webpack.config.js", False),  # DocSearch key
        ("website/siteConfig.js", "website/core/Footer.js", False),  # Docusaurus 1
        ("apis/iam-2010-05-08.examples.json", "apis/iam-2010-05-08.min.json", False),  # examples
        ("chacha20/vectors_test.go", "chacha20/xor_test.go", False),  # test vectors
        ("ios/app.xcworkspace/a.xccheckout", "ios/app.xcworkspace/a.xml", False),  # property list
        ("packaging/Jenkinsfile", "packaging/build.groovy", False),  # Jenkins pipeline
        ("bfd/ChangeLog-2011", "bfd/README-2011", False),  # a change log
        ("gcc/FSFChangeLog.11", "gcc/FSFNotes.11", False),  # the FSF's older change log
        ("espresso/Makefile", "espresso/Makefile.txt", False),  # a makefile's rules
        ("web/theme.css", "web/theme.txt", False),  # a stylesheet
        ("Test/Crypto/HMACRIPEMD160Test.cs", "Test/Crypto/RIPEMD160Test.cs", False),  # MAC's test
        ("dts/qcom/qcs404.dtsi", "dts/qcom/qcs404.txt", False),  # a device tree
        ("data/proteome.fasta", "data/proteome.txt", False),  # protein sequences
        ("config/epiphany.cc", "config/epiphany.conf", False),  # C++ (a pointer's declaration)
        ("gdb.python/py-explore-cc.exp", "gdb.python/py-explore-cc.tcl", False),  # Expect
        ("examples/measure/inv.sp", "examples/measure/inv.txt", False),  # a SPICE netlist
        ("res/values-bs/strings.xml", "res/values/strings.xml", False),  # Android translation
        ("fips/cavs_samples/ikev1_psk.req", "fips/samples/ikev1_psk.req", False),  # CAVS vectors
    ],
)
def test_class_separates_what_the_filters_tell_apart(a: str, b: str, same: bool) -> None:
    assert (filters.path_class(a) == filters.path_class(b)) is same


def test_a_line_repeated_across_files_of_one_class_is_judged_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = spy_reject_reason(monkeypatch)
    engine = Engine(key=KEY, jobs=1)
    text = b'cache_key = compute_key(request, "users")\n'
    for path in ("app/a.py", "app/b.py", "lib/c.py"):
        engine.scan_blob(text, Provenance("file", path))
    calls = [path for _, path in seen]
    assert calls and len(set(calls)) == 1  # judged for the first file only
    engine.scan_blob(text, Provenance("file", "tests/test_a.py"))  # another class: judged again
    assert seen[-1][1] == "tests/test_a.py"


# every predicate that hands _path_matches hints, with its pattern
HINTED = [
    (filters._is_i18n, "_I18N_PATH_RE"),
    (filters._is_fixture_path, "_FIXTURE_PATH_RE"),
    (filters._is_test_log, "_TEST_LOG_PATH_RE"),
    (filters._is_ansible_module, "_ANSIBLE_MODULE_RE"),
    (filters._is_docs_site_config, "_DOCSEARCH_PATH_RE"),
    (filters._is_docs_folder, "_DOCS_FOLDER_RE"),
    (filters._is_api_examples, "_API_EXAMPLES_PATH_RE"),
    (filters._is_vectors_path, "_TEST_VECTORS_PATH_RE"),
    (filters._is_jenkinsfile, "_JENKINSFILE_PATH_RE"),
    (filters._is_changelog, "_CHANGELOG_PATH_RE"),
    (filters._is_expect_script, "_EXPECT_SCRIPT_PATH_RE"),
    (filters._is_makefile, "_MAKEFILE_PATH_RE"),
]
_PIECES = st.sampled_from(
    [
        "src",
        "t",
        "T",
        "tests",
        "Test",
        "testing",
        "__tests__",
        "__mocks__",
        "spec",
        "Specs",
        "fixture",
        "testdata",
        "docs",
        "doc",
        "website",
        "Documentation",
        "man",
        "Manual",
        "docs_src",
        "examples",
        "awscli",
        "testvectors",
        "gtests",
        "unittests",
        "cavs_samples",
        "acvp",
        "res",
        "values",
        "values-bs",
        "values-fy-rNL",
        "values-b+sr+Latn",
        "values-v21",
        "sample",
        "demos",
        "Tutorials",
        "playbooks",
        "molecule",
        ".github",
        "workflows",
        "locale",
        "Locales",
        "i18n",
        "L10N",
        "translations",
        "localizations",
        "lang",
        "Languages",
        "plugins",
        "modules",
        "doc_fragments",
        "prod",
        "PRODUCTION",
        "prd",
        "app",
        "lib",
        "İ",
        "ſrc",
        "K",
        "ünï",
    ]
)
_NAMES = st.sampled_from(
    [
        "a.py",
        "README.md",
        "readme",
        "PKG-INFO",
        "CONTRIBUTING.rst",
        "conftest.py",
        "test_a.py",
        "a_test.go",
        "a.spec.ts",
        "a.test.js.map",
        "de.po",
        "x.pot",
        "a.xliff",
        "b.XLF",
        "c.resx",
        "Localizable.strings",
        "en.lang",
        "Croatian.isl",
        "messages_de.properties",
        "LocalStrings_pt_BR.properties",
        "auth.php",
        "en.json",
        "run.log",
        "check.sum",
        "test-results.xml",
        "docusaurus.config.js",
        "siteConfig.js",
        "config.mts",
        "a.adoc",
        "notes.txt",
        ".env.production",
        "prod.yaml",
        "x.PY",
        "examples-1.json",
        "iam-2010-05-08.Examples.json",
        "vectors_test.go",
        "raw_argon2i_hashes.json",
        "winhttp.pp",
        "ascdef.inc",
        "Makefile",
        "GNUmakefile.am",
        "rules.mk",
        "ex11.ps",
        "test_vectors.JSON",
        "vectorstore.py",
        "cavp_3des_cmac_tests.txt",
        "SymmetricAlgorithmTest.cs",
        "chacha20_poly1305_test.go",
        "HMACRIPEMD160Tests.CS",
        "cipher.go",
        "ikev1_psk.req",
        "strings.xml",
        "Jenkinsfile",
        "Jenkinsfile.release",
        "ChangeLog",
        "ChangeLog-2011",
        "CHANGELOG.md",
        "FSFChangeLog.11",
        "py-explore.exp",
        "a.EXP",
        "inv-meas-tran.sp",
        "pll.CIR",
        "deploy.JENKINSFILE",
        "jenkinsfile-notes.md",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(_PIECES, max_size=5),
    name=_NAMES,
    sep=st.sampled_from(["/", "\\"]),
    lead=st.sampled_from(["", "/", "./"]),
)
def test_hinted_path_predicates_agree_with_their_patterns(
    parts: list[str], name: str, sep: str, lead: str
) -> None:
    """The hints only skip a search that would have found nothing."""
    path = lead + sep.join([*parts, name])
    for predicate, pattern_name in HINTED:
        pattern = getattr(filters, pattern_name)
        want = pattern.search(path.replace("\\", "/")) is not None
        assert predicate(path) == want, (pattern_name, path)
    want = filters._PRODUCTION_PATH_RE.search(path.replace("\\", "/")) is not None
    assert filters._path_matches(filters._PRODUCTION_PATH_RE, path, ("prod", "prd")) == want, path
