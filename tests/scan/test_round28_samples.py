"""Round 28: headless CMS, search and media SDKs on npm (Ghost, Keystone, Sanity, Contentful,
Builder.io, Prismic, Storyblok, DatoCMS, Hygraph, Algolia, Meilisearch, Typesense, Elastic
Enterprise Search, Mux, Cloudinary, UploadThing, Vercel Blob, Amplify): a stored file's key that is
its name, a minified stylesheet's pseudo-class, a value that says it is insecure, Contentful's
documented demo tokens; and ConfigParser's set(section, option, value), which the list-of-names
check hid.

A quiet case of a value's class has a reported counterpart one step away; the stylesheet's selector
is a shape no credential takes, and has none.
"""

from __future__ import annotations

import pytest

from tether.scan.engine import Engine

from .conftest import changed_mid, check_case, table_cases

UPLOADTHING = "package/server/index.d.ts"
FILE_KEY = "2e0fdb64-9957-4262-8e45-f372ba903ac8"
GHOST_CSS = "core/built/admin/assets/ghost-e474a058646b6df157de25ea1cd978d5.css"
GHOST_CONFIG = "core/shared/config/env/config.development.json"
CONTENTFUL = "package/README.md"
DEMO_TOKEN = "0b7f6x59a0"

# (text, path, rule, value) reported
REPORTED = [
    (
        f'\t* {{key: "{FILE_KEY}_Zq4vT9mKx2Rw"}}\n',
        UPLOADTHING,
        "generic-key",
        f"{FILE_KEY}_Zq4vT9mKx2Rw",
    ),
    ('                "pass": "secureZq7Lm9"\n', GHOST_CONFIG, "generic-password", "secureZq7Lm9"),
    # new recall: ConfigParser's set(section, option, value) was read as a list of names
    (
        "config.set('database', 'password', 'Zq4vT9mKx2Rw')\n",
        "deploy/setup.py",
        "generic-password",
        "Zq4vT9mKx2Rw",
    ),
    (
        f"  accessToken: 'preview_{changed_mid(DEMO_TOKEN, 4)}Zq7',\n",
        CONTENTFUL,
        "generic-token",
        f"preview_{changed_mid(DEMO_TOKEN, 4)}Zq7",
    ),
]

# (text, path) with no finding
QUIET = [
    (f'\t* {{key: "{FILE_KEY}_image.jpg", url: "https://uploadthing.com/f/x"}}\n', UPLOADTHING),
    (".gh-flow-content .pw-strength-dot:first-child{margin-top:0}.gh-flow-content\n", GHOST_CSS),
    ('                "pass": "unsecure"\n', GHOST_CONFIG),
    (f"  accessToken: '{DEMO_TOKEN}',\n", CONTENTFUL),
    (f"  accessToken: 'preview_{DEMO_TOKEN}',\n", CONTENTFUL),
    # a list of names stays one
    ("fields = array('password', 'mail', 'Zq4vT9mKx2Rw')\n", "lib/forms.php"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round28_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)
