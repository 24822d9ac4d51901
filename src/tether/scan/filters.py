"""Pure predicates that drop candidate secrets which are not real credentials.

The engine calls :func:`reject_reason` for every regex candidate; ``None`` means keep.

Every rule gets its own minimum entropy and allowlist. Generic rules (``generic = true``: a
credential-like name followed by a value) also go through the checks below, cheapest first; each
check names a class of false positive, and its reason string says which one fired (never the value):

1. **context** — the value's place in the line: is it quoted, inside a string literal, in a comment,
   followed by ``(`` (a call), in a source-code file (by extension)?
2. **key name and statement** — the name the value is assigned to must name a credential of this
   rule's family (``bypass``/``keyboard``/``author`` do not), must not name a property of one
   (``password_length``, ``token_type``, ``key_id``), something derived from it or public
   (``password_hash``, ``public_key``), a test value (``mock_token``), a lookup or handle
   (``cache_key``, ``NextToken``) or a qualified type (``AWS::IAM::AccessKey``); a name with a
   higher-priority family word is left to that family's rule (one finding per assignment). Tuple
   elements, prose (``pass "-v"``) and getter arguments (``os.getenv("…")``) are not assignments;
   setters, literal wrappers and codecs (``setPassword("…")``, ``Some("…")``, ``unhexlify("…")``,
   ``Base64.decode("…")``) are, and so is the fallback of a lookup (``getenv("NAME", "…")``).
   URL query parameters (``?access_token=…&``) are left to ``generic-query-credential``.
3. **value shape** — empty/boolean/null/type names, template and environment references
   (``${VAR}``, ``$VAR``, ``%VAR%``, ``{{ var }}``, ``<your-key>``), masks (``****``, ``xxxx``),
   placeholder and test words, function calls, variable references and expressions in code,
   paths, URLs without credentials, versions, hashes of known non-secret kinds, ``tether://``
   references, a value that repeats its key name, and natural words.
4. **randomness** — tokens, keys and secrets must look generated (entropy, mixed character classes,
   few pronounceable pieces, an entropy bar set by the value's length and alphabet:
   :func:`tether.scan.heuristics.looks_random`); passwords — and quoted app secrets of 8+
   characters — only need to not be a word or an identifier, because people choose them.
"""

from __future__ import annotations

import base64
import binascii
import html
import ipaddress
import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import unquote

from tether.scan.authfixtures import auth_fixture_reason
from tether.scan.heuristics import (
    CODE_EXTENSIONS,
    DELEET,
    FAMILY_ORDER,
    char_classes,
    english_score,
    is_byte_counter,
    is_comment_line,
    is_counting_filler,
    is_counting_hex,
    is_dictionary_word,
    is_glued_words,
    is_placeholder,
    key_families,
    key_words,
    looks_random,
    masks_password_word,
    shannon_entropy,
    split_words,
    word_fraction,
)
from tether.scan.lazyre import LazyPattern, lazy
from tether.scan.rules import Rule
from tether.scan.validators import (
    b64_json_object,
    b64_text,
    b64decode_any,
    nats_public_nkey,
    placeholder_basic_credentials,
)

__all__ = ["reject_reason", "shannon_entropy"]

# the variable name of a `NAME   VALUE` environment-listing row (PowerShell Get-ChildItem Env:)
_ENV_TABLE_NAME_RE = lazy(r"^[ \t]*([A-Z][A-Z0-9_]*)[ \t]{2,}")
# the name a pasted command prints: `terraform output [-raw] NAME`, `heroku config:get NAME`
_COMMAND_OUTPUT_NAME_RE = lazy(r"(?:\boutput(?:[ \t]+-[^\s]+)?|config:get)[ \t]+([\w-]+)")
# the macro name of "#define NAME …"
_DEFINE_NAME_RE = lazy(r"#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)")
# the property name of an XML <name>…</name> element (Hadoop-style configuration)
_XML_PROPERTY_NAME_RE = lazy(
    r"<(?:[\w-]{1,20}:)?name>[ \t]*([\w.:-]+)[ \t]*</(?:[\w-]{1,20}:)?name>", re.I
)
# the label of a Terraform `variable "NAME" {` block, the key of a YAML `NAME: |` block scalar
_HCL_VARIABLE_NAME_RE = lazy(r'\bvariable[ \t]+"([\w-]+)"')
_YAML_BLOCK_KEY_RE = lazy(r"""([\w.-]+)["']?[ \t]*:[ \t]*[|>]""")
# Datadog client token (pub + 32 hex); Sealed Secrets ciphertext (0x02 0x0X length prefix: AgA-AgD)
_DATADOG_CLIENT_TOKEN_RE = lazy(r"^pub[0-9a-f]{32}$")
_SEALED_SECRET_RE = lazy(r"^Ag[A-D][A-Za-z0-9+/]{700,}={0,2}$")
# keys their providers issue for web pages and apps: Stripe's (and Clerk's, Paystack's)
# publishable pk_live_/pk_test_ keys and Mapbox's public pk. tokens; the secret sk_ keys are not
_PUBLISHABLE_KEY_RE = lazy(r"^(?:pk_(?:live|test)_[0-9A-Za-z]{16,}|pk\.eyJ[\w-]{10,}\.[\w-]{10,})$")
# the header or variable name of an nginx / Apache / HAProxy directive (proxy_set_header NAME …)
_SERVER_DIRECTIVE_NAME_RE = lazy(
    r"(?i)(?:proxy_set_header|RequestHeader[ \t]+(?:set|append|add)|SetEnv|set-header)[ \t]+"
    r"[\"']?([\w-]+)"
)
# the directive of a space-separated config line (auth_pass …, remote_password …)
_CONFIG_DIRECTIVE_NAME_RE = lazy(r"^[ \t]*([A-Za-z][\w.-]*)[ \t]+[\"']?[^\s\"']+[\"']?[ \t]*\r?$")
# the name of a command-line flag declared with a default: Go flag.String("NAME", …),
# flag.StringVar(&p, "NAME", …), Python add_argument("-n", "--NAME", …), click.option("--NAME", …)
_FLAG_NAME_RE = lazy(
    r"""(?:\.String(?:Var)?P?\([ \t]*(?:&[\w.\[\]]+[ \t]*,[ \t]*)?|(?:add_argument|option)\([ \t]*"""
    r"""(?:["']-[A-Za-z]["'][ \t]*,[ \t]*)?)["']-{0,2}([\w.-]+)["']"""
)
# the key a Swift / Objective-C value is stored under: set("…", forKey: "NAME"), forKey:@"NAME"
_FOR_KEY_NAME_RE = lazy(r'forKey:[ \t]*@?"([\w.-]+)"')
# the name of an Elixir Application.put_env(:app, :NAME, "…") / System.put_env("NAME", "…")
_PUT_ENV_NAME_RE = lazy(r"""put_env\([ \t]*(?::\w+[ \t]*,[ \t]*:|")(\w+)""")
# the field name (second argument) of an Android Gradle buildConfigField / resValue
_GRADLE_FIELD_NAME_RE = lazy(
    r"""(?:buildConfigField|resValue)[ \t]*\(?[ \t]*["'][\w.]+["'][ \t]*,[ \t]*["']([\w.-]+)["']"""
)
# a known-answer test vector's key line: KEY: <hex> or Key = <hex>, nothing else on the line
# (NIST's .rsp files keep their CRLF line ends)
# (3DES's Key1 to Key3 too), or the same in a C-family comment of a test (// Key = …, copied from
# the vectors)
_KAT_LINE_RE = lazy(
    r"^[ \t]*(?P<comment>(?://|\*)[ \t]*)?(?:KEY|Key|key)[1-3]?[ \t]*[:=][ \t]*[0-9A-Fa-f]{16,}"
    r"[ \t\r]*$"
)
# apiKey: "…" in a Docusaurus / VitePress site config (the DocSearch block), a 32-hex value;
# Docusaurus 1 kept it in website/siteConfig.js (Redux's docs)
_DOCSEARCH_LINE_RE = lazy(r"""^[ \t]*["']?apiKey["']?[ \t]*:""")
_DOCSEARCH_PATH_RE = lazy(
    r"(?:^|/)(?:docusaurus\.config\.[cm]?[jt]s|\.vitepress/config(?:\.[\w]+)*\.[cm]?[jt]s"
    r"|docsearch[\w.-]*\.[cm]?[jt]s|website/siteConfig\.js)$"
)
# an inline DocSearch config: the search-only key, then the index it searches (the caller also
# asks for DocSearch's inputSelector: an Algolia admin key goes with an indexName too)
_DOCSEARCH_AFTER_RE = lazy(
    r"""apiKey["']?[ \t]*:[ \t]*["'][0-9a-f]{32}["'][ \t]*,[ \t]*["']?indexName["']?[ \t]*:"""
)
_HEX32_RE = lazy(r"^[0-9a-f]{32}$")
_DEFINE_LINE_RE = lazy(r'^[ \t]*#[ \t]*define[ \t]+\w+[ \t]+(?:L|u8|u|U)?"')

# rule id -> family of the keyword rules that share the key = value shape
_RULE_FAMILY = {
    "generic-password": "password",
    "generic-secret": "secret",
    "generic-token": "token",
    "generic-key": "key",
    "generic-auth": "auth",
    "generic-credential": "credential",
}

# what holds credentials: the words after "PASSWORD_STORE_" describe the store
_CREDENTIAL_CONTAINERS = frozenset({"store", "storage", "manager", "keychain", "wallet", "keyring"})
# a key whose last word is one of these names a property of the credential, not its value
_PROPERTY_WORDS = frozenset(
    {"field", "fields", "label", "placeholder", "hint", "prompt", "policy", "policies", "regex",
     "regexp", "pattern", "length", "len", "min", "max", "size", "count", "input", "id", "ids",
     # DEV_KEY_IDENTIFIER = "4398792-" (SuperTokens): the key's id, as *_id is
     "identifier", "identifiers",
     # tokenid="ooxml:CT_ColorScheme_dk1" (LibreOffice's OOXML model), SecretId (Tencent Cloud's
     # key id, beside its SecretKey): an id joined to the word it names
     "tokenid", "secretid",
     # overrideAuthClient ?? "HFtA…" (Convex's CLI, an OAuth client's id), secretProvisioning:
     # "integrator" (Trigger.dev): the client it names, the way it is provisioned
     "client", "provisioning",
     "name", "names", "type", "types", "file", "files", "filename", "path", "dir", "directory",
     "env", "var", "vars", "variable", "variables", "url", "uri", "endpoint", "link", "reset",
     "expiry", "expires",
     # set_pkcs12_cred_SOURCES = set_pkcs12_cred.c, am__sendkey_module_SOURCES_DIST = …
     # (Automake: the program's source files, those its tarball ships)
     "sources", "dist",
     # Auth.Host-MAC-Address=6817294b0636 (ClearPass's CEF events): a host's hardware address;
     # an address says where, not what proves it
     "address", "addresses", "addr",
     "expired", "expiration", "exp", "age", "ttl", "lifetime", "changed", "updated", "date",
     "time", "timeout", "at", "hash", "hashed", "digest", "checksum", "enabled", "enable",
     "disabled", "required", "visible", "visibility", "mode", "format",
     # passFormats: ['bgra8unorm', 'rg8unorm'] (the WebGPU test suite: a render pass's formats)
     "formats",
     "strength", "error",
     "errors", "message", "msg", "text", "title", "description", "desc", "column", "col", "param",
     # GeneralSecretsFailure: 'SNYK-CLI-0023' (Snyk's error catalog): the code of a failure
     "failure", "failures",
     # 'passwordProperty' => 'pwhash' (Symfony's login links): the name of the property that
     # holds it, as passwordField and passwordColumn are
     "property",
     "parameter", "header", "prefix", "prefixes", "suffix", "suffixes", "method",
     "methods", "validator", "validation",
     "rules", "rule", "template", "class", "style", "icon", "button", "btn", "selector", "xpath",
     "box", "form", "widget", "view", "dialog", "modal", "page", "screen", "route", "handler",
     "callback", "event", "action", "store", "storage", "manager", "service", "provider",
     "helper", "util", "utils", "complexity", "history", "attempts", "retries", "flag", "option",
     "options", "location", "source", "ref", "reference", "arn", "version",
     # 'ukey2_revision': '0275885d…' (Chromium's DEPS: a dependency's commit), NVIDIA_GPGKEY_SUM
     # (a Dockerfile: the checksum of the signing key's file)
     "revision", "sum",
     "algorithm", "alg",
     "algo", "cipher", "primitive", "bits", "usage", "index", "idx", "position", "pos", "offset",
     "schema", "kind", "status", "state", "query", "keys", "list",
     # additionalSecretOutputs: ["keyMaterialBase64"] (Pulumi): which outputs are secret
     "outputs",
     # secretLocation.blockSlug.packageSlug (Continue's config): a slug names a thing
     "slug", "slugs",
     # secretNamespace: "kube-system" (Kubernetes' volume plugins): where the secret is kept
     "namespace", "namespaces", "ns",
     # 'QPasswordDigestor': 'PyQt6.QtNetwork' (calibre's map of Qt's classes): the class that
     # digests or checks the credential, not the credential
     "digestor", "authenticator", "authenticators",
     # 'keyHandle' => 'CTUayZo8hCBe…' (phpMyAdmin's U2F tests): the id a security key gives
     # for a credential it holds, as an accessor names a token
     "handle", "handles",
     "generator", "factory", "spec", "config", "settings", "props", "properties", "context",
     # the attributes of the credential, or an LDAP / RADIUS attribute that holds it (pass_attrs =
     # proxy=y, password_attribute = userPassword): a setting, not the value
     "attr", "attrs", "attribute", "attributes",
     # secrets_tag="dagster": the tag that selects which stored secrets to load, a label
     "tag", "tags",
     "ctx", "req", "request", "response", "res", "resp", "result", "cb", "fn",
     "func", "function", "command", "cmd", "script", "char", "chars", "mask", "masked", "line",
     "lines", "fingerprint", "fp", "fpr", "thumbprint", "serial", "issuer", "subject", "audience", "scope",
     "scopes", "permissions", "role", "roles", "user", "username", "login", "email", "account",
     "owner", "host", "hostname", "server", "port", "domain", "region", "tenant", "db",
     "database", "table", "cache", "buffer", "stream", "reader", "writer", "encoder", "decoder",
     "parser", "num", "number", "sent", "received", "valid",
     "invalid", "match", "matches", "mismatch", "confirm", "sha", "sha1", "sha256", "sha512",
     "md5", "crc", "crc32", "ciphertext", "encrypted", "blob", "wrapped", "encryption",
     "encoding", "verifier", "mechanism", "scheme", "protocol", "json", "xml", "html",
     # DEFAULT_CHECKPASS_MECH "auxprop" (Cyrus SASL): the mechanism that checks it;
     # sambaPwdCanChange: 1159699688 (Samba's LDAP schema): when the password may change
     "mech", "mechs", "change",
     # a handle that names a token without being it (Vault accessors), a signature made with it
     "accessor", "signature",
     # "webAuthnPolicyPasswordlessSignatureAlgorithms": ["ES256"] (a Keycloak realm export)
     "algorithms",
     # when it was set or how old it is: password_last_set_int, pwd_changed_ts
     "int", "set", "last", "timestamp", "ts", "days", "seconds", "duration", "interval",
     # an ORM lookup on the field (Django password__startswith="md5$"): a partial match, not a value
     "startswith", "istartswith", "endswith", "iendswith", "contains", "icontains", "iregex",
     # the file name of the credential (key_fname)
     "fname",
     # how keys or passwords are managed (auth_key_management: ["SUITE-B-192X"], a Wi-Fi AKM
     # suite; password_mgmt: vault): a setting, not the credential
     "management", "mgmt",
     # which backend checks or stores it (roundcube's password_driver: 'ldap', a strength
     # plugin): a setting naming a component, not the credential
     "driver", "backend", "plugin", "strategy",
     # why a credential was refused or flagged: WeakPasswordReasons = ['length', 'pwned'],
     # token_revocation_reason: a list of causes, not the credential
     "reason", "reasons",
     # how a password field is drawn: PasswordField.background=45494A (IntelliJ's Darcula look
     # and feel, Swing's UIManager keys), passwordFont (pass_color is left to its value: round 22
     # keeps "#54d283Zq9", no colour, reported)
     "background", "foreground", "font", "border"}
)  # fmt: skip
# FILE_KEY, spreadsheet_key: the id of a document (Figma's file key in every file URL, a Google
# Sheets spreadsheet's key in its URL, an S3 object's key)
# (and an entity: "formEntityKey": "EiVleHBs…", a stored entity's key in YouTube Music's responses)
_DOCUMENT_WORDS = frozenset(
    {"file", "spreadsheet", "sheet", "document", "doc", "workbook", "entity"}
)
# a last word that says how a property is written: localKeyIdHex, key_id_b64 (the key's id)
_ENCODING_WORDS = frozenset({"hex", "b64", "base64", "str", "string", "bytes", "raw"})
# AWS API members that carry an idempotency token (the request's ClientToken), written exactly so:
# Vault's snake_case client_token is a real token
_IDEMPOTENCY_KEYS = frozenset({"ClientToken", "clientToken"})
# a key whose first word is one of these is a predicate, getter or action, not a stored value
_VERB_WORDS = frozenset(
    {"is", "has", "should", "can", "use", "uses", "enable", "disable", "show", "hide", "toggle",
     "forgot", "forget", "reset", "validate", "verify", "check", "get", "fetch", "load", "read",
     "require", "requires", "min", "max", "num", "no", "on", "handle", "update", "change", "new",
     "generate", "create", "make", "build", "parse", "encode", "decode", "hash", "encrypt",
     "decrypt", "test", "mock", "fake", "dummy", "example", "sample", "invalid",
     "wrong", "bad", "empty", "old", "public", "pub", "publishable",
     # removing it: unsetPassphrase('personal'), delete_token(name), revokeSecret(id)
     "unset", "remove", "delete", "revoke", "invalidate", "erase"}
)  # fmt: skip
# provider names whose first word is one of the verb words above: NEW_RELIC_API_KEY, newRelicToken,
# maxMindLicenseKey, readMeApiKey name the provider's credential, not a new, maximum or read value
_PROVIDER_LEADS = frozenset({("new", "relic"), ("new", "york"), ("max", "mind"), ("read", "me")})
# called, a name with one of these words takes the credential's format or name, not its value:
# key.exportKey('pkcs8-public-der'), deleteSecret("db-admin"), logToken(…)
# Credentials.fromGeneratedSecret('admin'), Secret.fromSecretNameV2(this, id, name): a factory
# from a name or an existing resource
_CALL_VERBS = frozenset(
    {"export", "delete", "remove", "del", "print", "log", "describe", "list", "from"}
)
# a key whose first word is one of these names UI text or a message about the credential
_UI_TEXT_WORDS = frozenset(
    {"label", "lbl", "msg", "title", "btn", "button", "placeholder",
     "hint", "tooltip", "caption", "heading", "prompt", "error", "err", "warning", "warn",
     "notice", "alert", "toast", "i18n", "l10n", "translation", "er"}
)  # fmt: skip
# file names used as keys: a checksum manifest or lock file, not a credential assignment
_SOURCE_FILE_KEY_RE = lazy(
    r"\.(?:rb|py|pp|js|ts|go|java|php|c|h|cc|cpp|cs|rs|sh|md|txt|html?|css|json|ya?ml|xml|erb|"
    r"rst|lock|gemspec|gradle)$",
    re.I,
)
# first words that say which password a form or API call carries (new_password, oldPassword,
# verifyPassword): assigned a literal, they hold a password; called (verifyPassword("…")) they do not
_WHICH_PASSWORD = frozenset({"new", "old", "verify", "confirm", "current", "repeat"})
_TEST_WORDS = frozenset(
    {"test", "tests", "mock", "mocked", "fake", "dummy", "stub", "example", "sample"}
)
# a key with one of these words holds something derived from the secret, or its public half
_DERIVED_WORDS = frozenset(
    {"md5", "sha", "sha1", "sha256", "sha512", "hash", "hashed", "digest", "bcrypt", "encrypted",
     "crypted", "ciphertext", "public", "pub",
     # MD5 as key_words splits it (IMAGE_MD5_KEY -> image, md, key)
     "md",
     # Authentication-Info: rspauth="6629fae4…" (HTTP Digest, RFC 2617 3.2.3): the server's
     # response digest, made from the password for one request, not the password
     "rspauth"}
)  # fmt: skip
# tokens that are handles, not credentials (AWS NextToken/ClientToken, lock and page tokens, CSRF)
_NON_SECRET_TOKENS = frozenset(
    {"next", "page", "continuation", "cursor", "marker", "pagination", "lock", "request",
     "idempotency", "idempotence", "sync", "change", "csrf", "xsrf", "cancel", "cancellation",
     # Rails' CSRF token (authenticity_token: in every form the app renders)
     "authenticity",
     "resume", "position", "sequence", "stop", "end", "start", "update", "lifecycle",
     # OData / Azure REST paging: $skipToken=… continues a listing
     "skip",
     # a kind of token, not one (Clerk's JWT_CATEGORY_SESSION_TOKEN = "cl_B7d4PD111AAA")
     "category",
     # an optimistic-concurrency handle: Square's version_token of a payment, sent back unchanged
     "version",
     # a request's tracing id ("trace-token" in ScienceDirect's pages) and Drupal's and
     # Backdrop's theme_token (the ajaxPageState every page carries; a design system's theme
     # tokens are colours)
     "trace", "theme",
     # LINE's webhook replyToken: one use, to answer the event with the channel's access token
     "reply"}
)  # fmt: skip
# the words a setter or constructor ends with: setPassword("…"), Secret("…"), withApiKey("…")
_BARE_WORDS = {
    "password": frozenset({"password", "passwd", "pwd", "pass", "passphrase", "pw", "passcode"}),
    "secret": frozenset({"secret"}),
    "token": frozenset({"token"}),
    "key": frozenset({"key", "apikey"}),
    "auth": frozenset({"auth"}),
    "credential": frozenset({"credential", "credentials", "creds", "cred"}),
}
# keys that index or name things, or are public by design
_NON_SECRET_KEYS = frozenset(
    {"s", "object", "blob", "cache", "primary", "foreign", "sort", "partition", "hash", "range",
     "row", "lookup", "map", "dict", "index", "unique", "composite", "idempotency", "dedup",
     # YooKassa's Idempotence-Key (idempotenceKey in its SDKs' READMEs)
     "idempotence",
     # X-Line-Retry-Key: a request's idempotency key, sent again with its retries
     "retry",
     # X-MSExch-Correlation-Key: nT6KShjpDUOEtYnQrSJFFA== (Exchange's header in a saved report
     # message, commons-email's tests): the id that ties a message's log entries together
     "correlation",
     "translation", "i18n", "locale", "message", "registry", "route", "public", "pub", "pubkey",
     # publickey= in a widget's URL (Privoxy's default.action), leftrsasigkey= (Libreswan's
     # ipsec.conf: the peer's RSA public key, 0sAQ…)
     "publickey", "rsasigkey", "leftrsasigkey", "rightrsasigkey",
     # Key-Grip: 68A6… (GnuPG's certificate requests): a hash of the public key
     "grip", "keygrip",
     "publishable", "site", "recaptcha", "sitekey", "group", "column", "field", "attribute",
     "websocket",
     # Sec-WebSocket-Key (key_words splits it: sec, web, socket, key): the handshake's nonce
     "socket",
     # COUNTER_KEY, _LOCK_KEY, REPORTS_KEY, STATE_KEY (the web-platform tests' server stash): the
     # name a value is kept under (not "storage": Azure's storage account key is a credential)
     "counter", "lock", "state", "report", "reports",
     # &cifs_slock_key[1], "sk_lock-AF_INET6-CIFS" (Linux's lockdep class of a socket's spinlock)
     "slock",
     "property", "record", "item", "entry", "element", "node", "option", "label", "menu", "nav",
     "bucket", "folder", "prefix", "suffix", "order",
     # operation_key="dummy1_start_0" (Pacemaker's CIB: a resource, an action and its interval)
     "operation",
     # public by design: Pusher's app key (given to every client), Application Insights'
     # instrumentation key (an identifier; Microsoft: not a security token)
     "pusher", "instrumentation", "instrumentationkey",
     # the key of anonymous (browser) clients: Supabase's anon key, Mendable's anon_key in
     # Ragas' documentation widget (round 85)
     "anon",
     "shortcut", "hotkey", "accelerator", "keyboard",
     # a BibTeX entry's citation key (citationKey: 'jackson418nguyen', bibtex-parse-js)
     "citation", "cite", "citekey",
     # CACHEKEY: "bionic_coq-v8.16-V2022-05-20-c34331afa5" (Coq's GitLab CI): the key a CI cache
     # is saved under, as cache_key already is
     "cachekey",
     "key"} - {"key"}
)  # fmt: skip
# key-family names need a qualifier to count as a credential; otherwise the value must be long
_KEY_QUALIFIERS = frozenset(
    {"api", "apikey", "access", "accesskey", "secret", "secretkey", "private", "privatekey",
     "auth", "authkey", "signing", "sign", "signature", "encryption", "encrypt", "crypt", "master",
     "masterkey", "license", "licence", "app", "application", "client", "consumer", "service",
     "account", "storage", "subscription", "session", "hmac", "aes", "jwt", "webhook", "ssh",
     "server", "shared", "admin", "root", "primary", "secondary", "dev", "prod", "live",
     "partner", "merchant", "integration", "write", "read", "deploy", "cipher", "sas", "rest",
     "push", "sdk", "mapbox", "google", "aws", "azure", "stripe"}
)  # fmt: skip

_NON_SECRET_WORDS = frozenset(
    {"true", "false", "yes", "no", "on", "off", "none", "null", "nil", "undefined", "empty",
     # "at the Password: prompt" (sudo's NEWS): the thing that asks, not the answer
     "prompt", "prompts",
     # fatal("l2vpn_pw_new: calloc") (FRR): the allocation call an error message says failed
     "calloc", "realloc", "reallocarray", "strdup", "strndup", "xmalloc", "xcalloc", "xstrdup",
     "required", "optional", "string", "str", "int", "integer", "number", "bool", "boolean",
     "object", "any", "unknown", "bytes", "byte", "char", "text", "secretstr", "securestring",
     "hidden", "masked", "redacted", "value", "values", "secret", "secrets", "token", "tokens",
     "password", "passwords", "passwd", "key", "keys", "auth", "credential", "credentials",
     "default", "public", "private", "static", "final", "const", "readonly", "void", "self",
     "this", "super", "return", "await", "async", "function", "lambda", "new", "type",
     "interface", "enum", "struct", "class", "module", "import", "export", "require", "include",
     "bearer", "basic", "digest", "oauth", "oauth2", "jwt", "plain", "plaintext", "md5", "sha1",
     "sha256", "sha512", "bcrypt", "scrypt", "argon2", "hmac",
     # password-hashing schemes named as a setting's value ('PasswordDefault' => 'pbkdf2')
     "pbkdf2", "argon2i", "argon2d", "argon2id", "sha384", "sha224", "ssha", "blowfish",
     "rsa", "ecdsa", "ed25519",
     # the commands that set a password, named as what a tool runs (Puppet's useradd provider:
     # :password => "chage")
     "chage", "lchage", "chpasswd", "lpasswd", "usermod", "lusermod", "pwconv",
     "aes", "des", "base64", "hex", "utf8", "utf-8", "ascii", "json", "xml", "yaml", "http",
     "https", "localhost", "admin", "administrator", "root", "user", "username", "guest",
     "login", "logout", "submit", "cancel", "ok", "enabled", "disabled", "enable", "disable",
     "auto", "manual", "always", "never", "inherit", "unset", "notset", "n/a", "na", "tbd",
     "todo", "sensitive", "confidential", "env", "environment", "config", "settings", "option",
     "options", "params", "args", "kwargs", "props", "data", "info", "item", "items", "list",
     "dict", "map", "array", "vector", "callback", "handler", "service", "session", "cookie",
     "header", "headers", "body", "query", "form", "field", "input", "output", "result",
     "response", "request", "name", "id", "uuid", "guid", "email", "mail", "phone", "url",
     "uri", "path", "file", "dir", "host", "port", "server", "client", "local", "remote",
     "master", "main", "prod", "production", "dev", "development", "staging", "stage", "qa",
     "debug", "release", "latest", "stable", "current", "previous", "next", "first", "last",
     "mysql", "postgres", "postgresql", "redis", "mongo", "mongodb", "sqlite", "oracle",
     "docker", "kubernetes", "github", "gitlab", "azure", "aws", "gcp", "google", "amazon",
     "ldap", "kerberos", "ntlm", "saml", "openid", "sso", "mfa", "otp", "totp", "pin", "code",
     # SSSD's and PAM's provider names (chpass_provider = krb5, auth="ipa")
     "krb5", "ipa",
     # Debian's architectures (xauth:amd64 in botch's reports: a package and its architecture)
     "amd64", "arm64", "armhf", "armel", "i386", "x86_64", "aarch64", "ppc64el", "s390x",
     "mips64el", "riscv64",
     "missing", "invalid", "incorrect", "wrong", "expired", "revoked", "unauthorized",
     "forbidden", "denied", "error", "failed", "failure", "success", "pending", "active",
     # a test's expected result (spec/glsl-es-1.00/linker/glsl-fcoord-invariant-pass: skip, in
     # Mesa's CI expectations)
     "skip", "skipped", "fail", "xfail",
     "inactive", "other", "custom", "generic", "internal", "external", "app",
     "application", "api", "apikey", "token_here", "secret_here"}
)  # fmt: skip
_TYPE_NAMES = frozenset(
    {"str", "string", "int", "integer", "bool", "boolean", "number", "any", "object", "bytes",
     "char", "text", "secretstr", "securestring", "optional", "option", "list", "dict", "none",
     "void", "float", "double", "long", "short", "uint", "uint8", "int32", "int64", "varchar",
     "nvarchar", "char[]", "byte[]", "[]byte", "string?", "str?", "secretbytes", "password",
     "secret", "token", "credential", "credentials", "unknown", "undefined", "nil", "null",
     # JavaScript / TypeScript binary types: readonly value?: Uint8Array; (an interface member)
     "uint8array", "int8array", "uint8clampedarray", "uint16array", "int16array", "uint32array",
     "int32array", "float32array", "float64array", "bigint64array", "biguint64array",
     "arraybuffer", "sharedarraybuffer", "arraybufferlike", "arraybufferview", "dataview",
     "buffer", "buffersource", "blob", "cryptokey", "cryptokeypair", "keyobject",
     # C's fixed-width and size types: type child_port_token_t = uint64_t; (a MIG .defs file)
     "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t", "int32_t", "int64_t",
     "uintptr_t", "intptr_t", "size_t", "ssize_t", "uint16", "uint32", "uint64", "int16"}
)  # fmt: skip

_FILE_EXT_RE = lazy(
    r"\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|asc|gpg|txt|json|ya?ml|toml|ini|cfg|conf|"
    r"env|properties|xml|sh|py|js|ts|rb|php|java|go|html?|md|csv|log|lock|db|sqlite|zip|gz|tar|"
    r"png|jpe?g|gif|svg|ico|pdf|exe|dll|so|dylib|bin|dat|tmp|bak|secret|token|pass(?:word)?|war|jar|"
    r"ova|ovf|vmdk|iso|img|whl|egg|apk|deb|rpm|msi|dmg|pkg|bz2|xz|7z|rar|parquet|css|scss|map|woff2?|"
    r"ttf|mp[34]|wav|webp|bmp|tiff?|bat|cmd|ps1|psm1|vbs|bash|zsh|sql|mjs|cjs|jsx|tsx|vue|cpp|rs|"
    r"kt|swift|lua|wasm|appx|appxbundle|msix|msixbundle|nupkg|vsix|cab)$",
    re.I,
)
# a path under one of the system's top folders (Filesystem Hierarchy Standard), in lower case
_SYSTEM_PATH_RE = lazy(
    r"/(?:usr|lib|lib32|lib64|libexec|bin|sbin|etc|var|opt|dev|tmp|proc|sys|run|srv|mnt|boot)"
    r"(?:/[a-z0-9._+-]{1,40})+/?\Z"
)
# a parameter's name between pipes, as Chromium's comments write it: |account_id|.
_PIPE_PARAM_RE = lazy(r"^\|[A-Za-z_][\w.]*\|[.,;:)]?$")
# printf conversions no percent-escape spells: %d, %s, %lu, %08x (a zero flag and a width)
_C_CONVERSION_RE = lazy(r"%(?:0\d{1,2}|l{0,2}|z)[diuxXs]")
# the one-letter codes of the twenty amino acids (a protein's or a peptide's sequence)
_PEPTIDE_RE = lazy(r"^[ACDEFGHIKLMNPQRSTVWY]{16,}$")
# the files that hold such sequences: FASTA, alignments, OpenMS's and HUPO's identification XML
_SEQUENCE_EXTENSIONS = frozenset(
    {".fasta", ".fa", ".faa", ".fas", ".pep", ".aln", ".sto", ".idxml", ".mzid", ".pepxml"}
)
# a Windows PUBLICKEYBLOB in hex (type 06, version 02, an RSA algorithm, magic "RSA1"), maybe
# after a .NET strong name's 12-byte header
_RSA1_PUBLICKEYBLOB_RE = lazy(r"^(?:[0-9A-Fa-f]{24})?0602000000[24]40000525341310[0-9A-Fa-f]{40,}$")
# a field's length or size option and its number: max_length=128, minlen=8, size=64
_FIELD_OPTION_RE = lazy(r"^(?:max|min)?_?(?:length|len|size|chars)=\d{1,6}$", re.I)
# hex bytes written with colons between them (df:0f:bd:7d:09, a MAC address)
_COLON_HEX_RE = lazy(r"^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})+$")
# a C parameter list's start after a return type: (void), (const char *, …), (struct ctx *, …)
# (a qualifier or a pointer's star: "(temporary)", "(prod vpn)" are notes after a value)
_C_PARAMS_AFTER_RE = lazy(
    r" \((?:void\)|(?:const |struct |enum |unsigned |signed )+[A-Za-z_]\w*|[A-Za-z_]\w* ?\*)"
)
# a name for a credential's hash or digest in camelCase (lmPwdHash, userPasswordDigest)
_CRED_HASH_NAME_RE = lazy(
    r"^(?:[a-z]{1,15}(?:[A-Z][a-z0-9]+){0,3}?(?:Pwd|Password|Passwd|Pass|Secret|Token|Key)"
    r"|pwd|password|passwd|pass|secret|token|key)"
    r"(?:Hash|Hashed|Digest|Md5|Sha1|Sha256|Sha512|Crypt|Crypted|Encrypted)$"
)
# a C typedef's name: words in snake case and _t (gnutls_x509_crq_t, pthread_mutex_t)
_C_TYPEDEF_RE = lazy(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+_t$")
# a TLS priority string or cipher list: upper-case names added (+), removed (-, !) or named
# (%) between colons
_PRIORITY_STRING_RE = lazy(r"^[-+!%]?[A-Z][A-Z0-9_.-]*(?::[-+!%]?[A-Z][A-Z0-9_.-]*)+$")
# a port and its protocols, as /etc/services writes them
_SERVICE_PORT_RE = lazy(r"^\d{1,5}/(?:tcp|udp|sctp|ddp)(?:/(?:tcp|udp|sctp))?$")
# a C variable's address as an argument, at the end of a sentence or clause: &yylloc.,
# &ctx->buf, an element's (&StringTokLocs[0]) (Perl's "&continue" alone is a sub's name and
# &disabled; an entity, judged as they are)
_C_ADDRESS_OF_RE = lazy(r"^&[A-Za-z_]\w*(?:(?:->|\.)[A-Za-z_]\w*)*(?:[.,)]|\[\w{1,12}\][.,)]?)$")
# a plist's or XML dict's key element around a UUID: <key>23516BE4-29BE-…</key> (a dSYM's UUID
# names the entry of a dsymForUUID answer)
_UUID_RE = lazy(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")
# a compiler pass's key in LLVM: #define PASS_KEY "x86-lvi-load"
_PASS_KEY_DEFINE_RE = lazy(r"^[ \t]*#[ \t]*define[ \t]+\w*PASS_KEY[ \t]+\"")
_PASS_SLUG_RE = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
# where a value is cut by what follows it: a comment's close at its end (lmPwdHash*/), a
# bracketed field's close and the next's start (NcFTP@][bytes), an HTML entity at its end cut at
# the semicolon (amd64&nbsp)
_VALUE_END_MARK_RE = lazy(r"\*/$|\]\[|&(?:nbsp|quot|lt|gt|#\d{2,4})$")
# a DWARF constant's name: DW_AT_comp_dir, DW_TAG_subprogram, DW_FORM_string
_DWARF_NAME_RE = lazy(r"^DW_(?:AT|TAG|FORM|OP|LANG|ATE|CFA|LNE|LNS|MACRO|UT|IDX)_\w+$")
# metavariables of a usage text joined as alternatives: PEMFILE|PKCS11-URL
_METAVAR_ALTERNATIVES_RE = lazy(r"^[A-Z][A-Z0-9_-]{2,}(?:\|[A-Z][A-Z0-9_-]{2,})+$")
# a JNI method descriptor: its parameters' types in parentheses, then the return type ((Z)V,
# ([B)V, (Ljava/lang/String;I)Ljava/lang/String;)
_JNI_DESCRIPTOR_RE = lazy(
    r"^\((?:\[*(?:[ZBCSIJFD]|L[\w/$]+;))*\)(?:V|\[*(?:[ZBCSIJFD]|L[\w/$]+;))$"
)
# an X logical font description's 14 fields (-b&h-lucidabright-medium-r-normal--*-%d-*-*-p-*-
# iso8859-1, Java's font.properties): foundry, family, weight, … charset registry and encoding
_XLFD_RE = lazy(r"^-[^-\s]*-[^-\s]+(?:-[^-\s]*){10}-[A-Za-z0-9.]+-[A-Za-z0-9*]+$")
# a Visual Studio setup project's (.vdproj) typed value: the type's number, a colon, and an
# underscore before a GUID's 32 hex digits ("MsmKey" = "8:_09250952BF7CDB5CAADD71B62AF74DB4")
_VDPROJ_TYPED_GUID_RE = lazy(r"^\d{1,2}:_[0-9A-F]{32}$")
# Texinfo's markup of a name in a GNU manual or a doc string written in it: @var{arg}, @code{…}
_TEXINFO_MARKUP_RE = lazy(r"^@(?:var|code|samp|env|option|file|command|kbd|dfn|emph)\{[\w.-]*\}")
# a modifier key and a plus sign in a keyboard shortcut: Ctrl+Shift+F11, &#x2318;+Shift+F12
_KEY_CHORD_RE = lazy(r"(?:^|\+)(?:shift|ctrl|control|alt|cmd|command|meta|option|super)\+", re.I)
# a variable, then a path under it: $deqp_path/android/cts/main, ${root}/lib, $PWD/pdt_topdir),
# the variable in braces, in capitals or in snake case ($uper/Secret1 reads as a password in leet)
_VARIABLE_PATH_RE = lazy(
    r"^\$(?:\{[A-Za-z_]\w*\}|[A-Z][A-Z0-9_]+|[a-z][a-z0-9]*_\w+)/[\w./+-]*\)?$"
)
# a Maildir message's unique name: Unix time, a delivery id with digits, the host's name
_MAILDIR_NAME_RE = lazy(
    r"^1\d{9}\.[A-Za-z0-9_#]*\d[A-Za-z0-9_#]*\.[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*$"
)
# a key named by its algorithm and a number or word: Ed25519-2, ECDH-P256-Private
_KEY_NAME_BY_ALGORITHM_RE = lazy(
    r"^(?:Ed25519|Ed448|X25519|X448|ECDH|ECDSA|RSA|DSA|DH|EC|P-?(?:224|256|384|521))"
    r"(?:-[A-Za-z0-9]+)+$"
)
# an operating system and a processor joined: windows_x86_64, linux-aarch64, macosx_arm64
_PLATFORM_NAME_RE = lazy(
    r"^(?:windows|win32|win64|linux|macosx?|darwin|freebsd|netbsd|openbsd|android|ios|solaris"
    r"|aix)[_-](?:x86(?:_64)?|x64|amd64|i[3-6]86|aarch64|arm64|armv?\d*[a-z]*|ppc64(?:le)?"
    r"|s390x|riscv64|mips64(?:el)?|sparc(?:v9)?|universal2?)$",
    re.I,
)
# Unicode's categories of symbols, format and private-use characters and combining marks
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Co", "Cs", "Mn"})
# a Go sumdb note verifier key: a server's name, 8 hex of its key hash, then A (Ed25519) and the
# base64 of the 32-byte public key
_GO_SUMDB_VERIFIER_KEY_RE = lazy(r"^[\w.\-/]+\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$")
# a SPIR-V instruction: Op and capitalised words (OpTypeStruct, OpVariable)
_SPIRV_OPCODE_RE = lazy(r"^Op(?:[A-Z][a-z0-9]*){1,5}$")
_PATH_RE = lazy(r"^(?:~|\.{1,2})?[/\\][\w.@+-]+(?:[/\\][\w.@+-]*)*$|^[A-Za-z]:[/\\]")
_PREC84_WORD_IN_B64_RE = lazy(r"(?i)key|pass|secret|token|test|example|demo|sample|admin|user")
# the extensions of image files (an image's path as a value, an image URL before its query)
_IMAGE_EXTENSIONS = r"(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)"
_IMAGE_FILE_RE = lazy(r"[\w./-]*/[\w.-]+\." + _IMAGE_EXTENSIONS + r"(?:\?[\w=&.-]*)?$", re.I)
_URL_RE = lazy(r"^(?:[a-z][a-z0-9+.-]*://|www\.|mailto:|file:)", re.I)
_HASH_RE = lazy(
    r"^(?:sha(?:1|224|256|384|512)|md5)[-:]|^\$(?:2[abxy]?|[1356]|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*)\$"
    r"|^\{(?:S?SHA|SSHA256|SSHA512|MD5|SMD5|CRYPT|PBKDF2[\w-]*)\}|^pbkdf2_|^bcrypt\$|^sha1\$"
    # Django's legacy md5$salt$hex, PostgreSQL's md5<32 hex> and SCRAM-SHA-256$, MySQL's *<40 hex>
    r"|^md5\$[^$]*\$[0-9a-f]{32}$|^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$|^\*[0-9A-F]{40}$"
    # Jupyter's passwd(): an algorithm's name before a PHC hash (argon2:$argon2id$v=19$…)
    r"|^(?:argon2|bcrypt|scrypt|pbkdf2[\w-]*):\$"
    # Junos $9$ obfuscated and Cisco $8$/$9$ hashed secrets (device configuration encodings)
    r"|^\$[89]\$[\w./]{8,}"
    # crypt(3) yescrypt ($y$, $gy$), scrypt ($7$), sha256/sha512-crypt with rounds, sunmd5
    r"|^\$(?:y|gy|7|md5)\$[\w./$=,-]{8,}",
    re.I,
)
# a dotted lower-case name of three or more parts, each a word, a word with a short number (a
# model: ies500x) or a number with a unit (zyxel.aam1212.contact, consul.gc_pause.p50,
# etcd.http.requests.4xx.rate): a monitoring item key, metric or property name; a generated value
# has no such word pieces
_DOTTED_ITEM_NAME_RE = lazy(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}$")
_ITEM_NAME_PIECE_RE = lazy(r"^(?:[a-z]{1,16}\d{0,4}[a-z]{0,3}|\d{1,4}[a-z]{0,16})$")
# what an auth setting selects: mechanism, method and algorithm names and key sizes
# (phase2="auth=MSCHAPV2", ntlm auth = mschapv2-and-ntlmv2-only, rightauth=rsa-2048-sha256)
_AUTH_MECHANISM_RE = lazy(
    r"^(?:(?:pap|chap|ms-?chap(?:v2)?|eap|md5|gtc|otp|tls|ttls|peap|leap|fast|sim|aka|ntlm(?:v2)?"
    r"|plain|login|cram|digest|scram|sha\d*|gssapi|kerberos|krb5|xoauth2?|oauthbearer|external"
    r"|anonymous|psk|pubkey|rsa|ecdsa|ed25519|ed448|dsa|xauth|ikev?[12]?|basic|bearer|negotiate"
    r"|spnego|any|none|and|or|only|\d{1,4}"
    # Wi-Fi's (link_auth: wpa2-psk in macOS's airport -I, as jc's parser and its fixtures show it)
    r"|wpa[23]?|wep|sae|owe)(?:[-+:,/]|$))+$",
    re.I,
)
# the fields after a passwd-style line's password: uid:gid:gecos:home (user:{plain}pass:1000:1000::
# /home/user; a full name with a space ends the value: 1002:1002:Jane): the numbers, the name and
# the home directory, not the password
_PASSWD_TAIL_RE = lazy(
    r"^\d{1,10}:\d{1,10}:(?:[^:\s]*:[/~]|[A-Za-z][A-Za-z.,-]*$)"
    # or a group line's: its password mark, gid and members (_odchpass:*:209:_teamsserver)
    r"|^[*x!]:\d{1,10}:[\w.-]*(?:,[\w.-]+)*$"
)
# choices of an option written with bars: short lower-case words or names, two bars or more
_CHOICES_RE = lazy(r"^[A-Za-z0-9-]{1,12}(?:\|[A-Za-z0-9-]{1,12}){2,}$")
_VERSION_RE = lazy(
    r"^[\^~>=<]*v?\d+(?:[._-]\d+){1,3}(?:[-+.]?[a-z0-9]+)?-?$"
    # an IPv4 address, or a network in CIDR notation ("PW": "202.124.224.0/20", yt-dlp's
    # country code to address block table: Palau's)
    r"|^\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?$|^\d+(?:\.\d+){3,}$",
    re.I,
)
# Google's image-serving options after an image's id: =w226-h226-l90-rj, =s88-c-k-c0x00ffffff-no-rj
# (a size, then short flags and a colour)
_IMAGE_SIZE_OPTIONS_RE = lazy(r"^[swh]\d{1,5}(?:-(?:[a-z]{1,3}\d{0,5}|c0x[0-9a-f]{6,8}))*$")
# a reStructuredText link reference after the verb pass: a lower-case name (letters, then maybe
# digits) and "_", then maybe a sentence's punctuation ("and pass flake8_.")
_RST_REFERENCE_RE = lazy(r"^[a-z][a-z-]*[0-9]*_[.,;:!?)]?$")
# (a conjunction before it: "tests and pass"; "Gmail pass …" is a note's, and "must pass …" is
# the verb whatever follows, _PREC60_PASS_VERB_BEFORE_RE)
_PASS_VERB_BEFORE_RE = lazy(r"(?i)\b(?:and|or|also|not)[ \t]+pass[ \t]+$")
# a field's annotation written as a string: "    Password: '" before, "' = None" after, and a type's
# name (dotted, its last part capitalised, maybe with [arguments]) between
_ANNOTATION_BEFORE_RE = lazy(r"""^[ \t]*[A-Za-z_]\w*[ \t]*:[ \t]*["']$""")
_DEFAULT_AFTER_QUOTE_RE = lazy(r"""^["'][ \t]*=[^=]""")
_QUOTED_TYPE_NAME_RE = lazy(r"^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:\[[\w., \[\]]*\])?$")
# words after a value inside a string: " returns FAIL" (two or more, letters only)
_MESSAGE_WORDS_AFTER_RE = lazy(r"[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)+")
# the next argument of a call, a name, after a first one: ", botpassword)"
_NAME_ARGUMENT_AFTER_RE = lazy(r"[ \t]*,[ \t]*[A-Za-z_]\w*[ \t]*[,)]")
# the next of a minifier's declarations after a quoted value: ",xv=" (one to three characters)
_MINIFIED_DECLARATION_AFTER_RE = lazy(r"""["'`],[A-Za-z_$][\w$]{0,2}=[^=]""")
# render passes of a graphics pipeline: a name glued to "pass", or the word before "pass"
_RENDER_PASS_NAMES = frozenset(
    {"shaderpass", "renderpass", "prepass", "depthpass", "shadowpass", "blurpass", "bloompass"}
)
_RENDER_PASS_WORDS = frozenset(
    {"shader", "render", "compose", "composite", "blur", "bloom", "depth", "shadow", "ssao",
     "taa", "dof", "tonemap", "tonemapping", "outline", "forward", "deferred", "lighting",
     "geometry", "picker", "pick", "post", "prepass", "gbuffer"}
)  # fmt: skip
# a compiler's optimization passes (LLVM's lit tests): the word before "pass" (-run-pass=, a
# MODULE-PASS check prefix, TIME-PER-PASS) or after it (-pass-remarks=, -pass-pipeline=); and
# an ordinal before it, one of an algorithm's passes (firstPassFragment; "last" is left out:
# lastPass names a password manager)
_PASS_STAGE_BEFORE = frozenset(
    {"run", "module", "function", "loop", "cgscc", "per", "first", "second", "third", "fourth"}
    | {"final"}
)
_COMPILER_PASS_AFTER = frozenset({"remarks", "pipeline"})
# the rest of a quoted list of numbers after its first: ",37769" and the closing quote
_NUMBER_LIST_TAIL_RE = lazy(r"(?:,[ \t]?\d{1,20}){1,16}[\"']")
# a FITS header card's keyword: upper case, digits, "_" and "-", padded with blanks to 8 columns
_FITS_KEYWORD_RE = lazy(r"[A-Z][A-Z0-9_-]{0,7} *= ")
# a Microsoft correlation vector: 22 base64 characters (16 bytes) and one or more .N extensions
_CORRELATION_VECTOR_RE = lazy(r"^[A-Za-z0-9+/]{22}(?:\.\d{1,5}){1,6}$")
# the brackets that close calls, then the next method of the chain: ))?.split( (a value read
# after a string argument that ends in a name and "=")
_CALL_CHAIN_TAIL_RE = lazy(r"^[)\]]+\??\.[A-Za-z_$][\w$]*\(?$")
_IDENT_EXPR_RE = lazy(
    r"^[A-Za-z_$@][\w$]*(?:(?:\.|::|->|\?\.|!\.)[A-Za-z_$][\w$]*|\[[^\]]*\]?|\(.*)*[;,)\]}]*$"
)
# (and a group closed before a negated class, ")[^": r"([?&](?:auth|user|password)=)[^&\s]+" cut
# at its space)
_REGEX_CLASS_RE = lazy(
    r"\[[^\]]*[a-zA-Z0-9]-[a-zA-Z0-9][^\]]*\]|\{\d+,\d*\}|\\[dswbDSW]|\(\?[:=!P]|\)\[\^"
    # a class of the usual ranges left open where the value was cut at an escape:
    # "sq0atp-[0-9A-Za-z\\-_]{22}" (apkleaks' patterns) read up to its backslash
    r"|\[\^?[\w.+/=-]{0,12}?(?:0-9|a-z|A-Z|a-f|A-F)[\w.+/=-]*$"
)
_REGEX_LIKE_RE = lazy(r"\.\*|\.\+|\{\d+\}")
# a lower-case dotted name whose last part is a shell, Perl or PHP variable
_NAME_WITH_VARIABLE_RE = lazy(r"^[a-z][\w-]*(?:\.[\w-]+)*\.\$\{?[a-z_][a-z0-9_]*\}?$")
# what follows the @ of a handle or reference (@brand, @env:DB_PASS, @{var}, @Microsoft.KeyVault(…))
_REFERENCE_TAIL_RE = lazy(r"[\w.:/@{}()\[\]$=,+-]*$")
# a relative path of two or more names: execroot/my_wksp, runfiles/my_wksp
_REL_PATH_RE = lazy(r"^[\w.-]+(?:/[\w.-]+)+/?$")
# a value that is a directory: /home/me, ~/src, ./build, $HOME/x, C:\\Users, %CD%
_PATH_VALUE_RE = lazy(r"[/~.$%]|[A-Za-z]:\\|[^/\\]*[/\\]")
# module.attribute, obj.method: a dotted name in code
_DOTTED_NAME_RE = lazy(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$")
# notes shapes without an operator: a value of letters alone is read as a word (filters below)
_NOTE_PASSWORD_RULES = frozenset({"generic-prose-password-bare"})
# notes shapes without an assignment or a verb: in source code only inside a comment
_NOTE_SHAPE_RULES = frozenset({"generic-prose-password-bare", "generic-prose-token-bare"})
# a call chain inside a value: 2).attr(, x);\n};\n\nfunction (code around a division)
_CALL_CHAIN_VALUE_RE = lazy(r"\)\.[A-Za-z_$][\w$]*\(|\);(?:\\n|$)")
# a login and its password written as a pair in notes ("admin / …", "the creds are admin:…")
_USER_PAIR_RULES = frozenset(
    {"generic-prose-user-slash-password", "generic-prose-user-colon-password"}
)
# a lowerCamelCase name that starts with the credential word: pwdAdminDN, passwordMinLength
_CRED_WORD_NAME_RE = lazy(
    r"^(?:pwd|passwd|password|pass|pw)(?:[A-Z][a-z]+|[A-Z]{2,}\d*|\d+[a-z]{2,})+$"
)
# a PascalCase or camelCase name that ends with the credential's kind: MasterUserPassword (a
# template's parameter), refreshToken and VerySecret (the Azure CLI's messages and help)
_CRED_WORD_TAIL_RE = lazy(
    # (also after a vendor's acronym: AWSSecretAccessKey, the name AWS gives the value)
    r"^(?:[a-z]{2,15}|[A-Z][a-z]{1,15}|[A-Z]{2,5}(?=[A-Z][a-z]))(?:[A-Z][a-z]{1,15}){0,3}"
    r"(?:Password|Passwd|Pwd|Pass|Token|Secret|Key)$"
)
# a lower-case attribute name with the credential word glued on: nsds5replicacredentials,
# nsslapd-rootpw (a name in words, "s3-credentials" under s3Secret, is judged on)
_CRED_WORD_GLUED_RE = lazy(r"^[a-z0-9]+credentials$|^[a-z0-9_.-]+-rootpw$")
# a message id: three or more word pieces joined by "-" or "." (resetpass-submit-cancel)
_MESSAGE_KEY_RE = lazy(r"^[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+){2,}$")
# an extension header's name: X- and two or more pieces joined by "-", each lower-case or made of
# capitalised words and short capital or digit runs (X-Api-Key, X-B3-ParentSpanId, x-amz-date)
_HEADER_NAME_RE = lazy(r"^[Xx](?:-(?:(?:[A-Z][a-z]+|[A-Z0-9]{1,4})+|[a-z0-9]+)){2,}$")
# an identifier of three or more pieces joined by underscores: SSL_OP_NO_TLSv1, max_retry_count
# (a chosen password has one underscore more often than two: Copper_1996x stays one)
_BACKTICK_NAME_RE = lazy(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}$")
# a member of an object written in backticks: `options.nunjucks`, `req.session.cookie` (letters
# only: a dotted password such as `Tq8.zK2` has digits)
_BACKTICK_MEMBER_RE = lazy(r"^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)+$")
# a snake_case name in code: lower-case pieces (digits allowed) joined by underscores
_SNAKE_CODE_NAME_RE = lazy(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
# a camelCase name: a lower-case word, then capitalised words (digits allowed inside)
_CAMEL_CODE_NAME_RE = lazy(r"^[a-z]{2,}(?:[A-Z][a-z0-9]*){1,6}[A-Z0-9]*$")
# a shader language's lower-case type name: texture_2d, vec4, mat3x3, array
_WGSL_TYPE_RE = lazy(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
# a generic type's arguments right after its name: <token>, <String, int>, <string, 'password'>
# (TypeScript's string literal types; not a closing tag)
_TYPE_ARGUMENTS_RE = lazy(r"^<[A-Za-z_](?:[\w, .|]|'\w+'|\"\w+\")*>")
# a line that ends like a call statement: a comment that holds commented-out code
# (//cred.setPassword(credString);), where an unquoted name is a variable as in the code (a
# config string in a comment, "…,password=ysglham,db=0;", does not end so)
_STATEMENT_END_RE = lazy(r"\)\s*;\s*(?:\*/)?\s*$")
# a C statement that assigns through a pointer (*pw = wTmp;, *p.pw = …;: SANE's plustek
# backend), which a comment's "*" would otherwise take it for
_DEREF_ASSIGNMENT_RE = lazy(r"^[ \t]*\*+[A-Za-z_][\w.>\[\]-]*[ \t]*[-+*/|&]?=[^=][^;]*;[ \t]*$")
# a Flickr photo's secret (ten hex digits), then its server and farm numbers: secret="26bc2f69f5"
# server="3140" farm="4", "secret":"26bc2f69f5","server":"3140","farm":4
_FLICKR_SECRET_RE = lazy(r"[0-9a-f]{10}\Z")
_FLICKR_AFTER_RE = lazy(
    r"""["']?[ \t]*,?[ \t]*["']?server["']?[ \t]*[=:][ \t]*["']?\d+["']?[ \t]*,?[ \t]*["']?farm\b"""
)
# a name, a dash and a commit's short hash (seven hex digits, a digit among them): ResFinder-d48a0fe
_NAMED_SHORT_HASH_RE = lazy(r"[A-Za-z]{4,}-(?=[a-f]*\d)[0-9a-f]{7}\Z")
# a UUID that says it is one: UUID:C1ACF26D-9672-4404-9D70-39B756E62AB4, urn:uuid:…
_UUID_URN_RE = lazy(r"(?i)(?:urn:)?uuid:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\Z")
# an else-if branch up to the compared name: elif token, } else if (token, else if token
_ELSE_IF_BEFORE_RE = lazy(r"[ \t]*(?:\}[ \t]*)?(?:elif|elsif|else[ \t]+if)[ \t]*\(?[ \t]*$")
# a name, then a fraction as Math.random() prints it: change1_0.6995461115147918
_NAMED_RANDOM_FLOAT_RE = lazy(r"[A-Za-z][A-Za-z0-9]*[_-]0\.\d{8,17}\Z")
# a line that opens with a block comment closed on it, then code: /*@i@*/ while ((pwd_ptr =
# getpwent ()) != NULL) (chemtool's gtkfilesel.c, a splint annotation)
_CLOSED_COMMENT_CODE_RE = lazy(r"^[ \t]*/\*(?:[^*\n]|\*(?!/))*\*/[ \t]*[A-Za-z_(]")
# a file path's folders right before a name: /etc/, ~/.config/app/, ./secrets/
_PATH_BEFORE_RE = lazy(r"(?:^|[\s\"'`(=,\[])(?:~|\.{1,2})?/(?:[\w.-]+/)+$")
# a MIME type's top-level type, right before the subtype
_MIME_TYPE_BEFORE_RE = lazy(
    r"\b(?:application|text|image|audio|video|font|model|multipart|message|chemical)/$", re.I
)
# a project's documentation tree
_DOCS_FOLDER_RE = lazy(r"(?:^|/)(?:docs?|documentation|man|manual)/", re.I)
# the label just before the last value of a password-list line when that value is not the password
_LIST_LABEL_RE = lazy(
    r"\b(?:user(?:[ _-]?name)?|login|e-?mail|name|url|link|host(?:name)?|server|site|website|port"
    r"|account(?:[ \t]*(?:no|number|#))?|id|notes?|phone|hint|owner|ssid|security question)"
    r"[ \t]*(?:[:=]|[ \t]-)?[ \t]*$",
    re.I,
)
# the rest of a Recoil / Jotai state declaration after its key: ', default: …' or ', get: …'
_STATE_DEFAULT_AFTER_RE = lazy(r"^[\"'`][ \t]*,[ \t]*(?:default|get)[ \t]*:")
_EXAMPLE_LINE_RE = lazy(r"EXAMPLE|example\.(?:com|org|net)|\bexample\b", re.I)
# a SigV4 credential scope, as far as the match reads it: <key id>/<yyyymmdd>/… (or %2F-escaped);
# the key id may be a test's two letters (JD Cloud's Credential=ak/20190917/cn-north-1/…)
_SIGV4_SCOPE_RE = lazy(r"^[\w-]{2,128}(?:/|%2F)(?:19|20)\d{6}(?:/|%2F|%$|$)")
# a CSS colour in hex: #rgb, #rgba, #rrggbb, #rrggbbaa
_CSS_COLOR_RE = lazy(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
# a type tag and a short value: str:0d, u32:8, s64:-1, bool:true
_TYPED_SAMPLE_RE = lazy(
    r"^(?:str|string|int|uint|bool|float|double|[us](?:8|16|32|64)|u?int(?:8|16|32|64)):"
    r"[\w.+-]{1,10}$"
)
_WORD_NUMBER_RE = lazy(r"^([A-Za-z]{3,10})(?:\d{1,2}[_.-])?[_.-]?\d{1,4}[!.]?$")
_HEX_LITERAL_RE = lazy(r"^0x[0-9a-fA-F]{1,16}[uUlL]*$")
# a decimal number in scientific notation: 1.24999e-06, 3E+10
_E_NOTATION_RE = lazy(r"^[+-]?\d{1,3}(?:\.\d+)?[eE][+-]?\d{1,3}$")
# a dotted token type with substitutions: string.$S2.delim, keyword.$1, tag.$S3
_TOKEN_TYPE_NAME_RE = lazy(r"^[a-z]+(?:\.(?:[a-z]+|\$[A-Z]?\d{1,2}|\$#))+$")
_CONSTANT_RE = lazy(r"^[A-Z][A-Z0-9]*(?:[_.][A-Z0-9]+)+$|^[A-Z]+(?:-[A-Z]+)+$")
_ORDINAL_CONSTANT_RE = lazy(r"^\d{1,3}(?:ST|ND|RD|TH)(?:_[A-Z][A-Z0-9]*)+$")
_ACCESSOR_RE = lazy(
    r"^(?:self|this|cls|args|opts|options|params|props|config|conf|settings|env|environ|os|"
    r"process|system|request|req|ctx|context|secrets|vars|input|data|values|credentials|creds|"
    r"\$?[a-z_]+)(?:\.|->|::|\[)",
    re.I,
)
# characters no accessor chain (a.b, a->b, A::b, a[0], a['k']) contains
_NOT_ACCESSOR_CHAR_RE = lazy(r"[^\w.$>:\[\]'\"-]")
_QUOTES = "\"'`"
_CALLEE_RE = lazy(r"""([\w.:]+)[({]\s*[a-zA-Z@$]{0,2}\\?["'`]?$""")
# calls that wrap a literal without computing anything: Some("…"), SecretStr("…"), new String("…")
_WRAPPERS = frozenset(
    {"some", "secret", "secretstr", "secretstring", "sensitive", "string", "str", "password",
     "passwordcredential", "credential", "credentials", "securestring", "protected", "literal",
     "text", "bytes", "ok", "just", "optional", "of", "box", "arc", "rc", "from", "to_string",
     "tostring", "into", "basicauth", "plaintext", "value", "lit", "u", "b", "byte", "rune",
     # decoders of a literal: the literal is the key material
     "unhexlify", "a2b_hex", "a2b_base64", "fromhex", "decodehex", "decodestring", "b64decode",
     "b64encode", "urlsafe_b64decode", "standard_b64decode", "frombase64string", "decodebase64",
     "hexdecode", "hex2bin", "base64_decode", "base64decode", "atob", "btoa", "bytearray",
     "decode_hex", "hex_decode", "parsehex", "hextobytes"}
)  # fmt: skip
# an unquoted value in code that no identifier looks like: 20+ base64/hex characters mixing letters
# and digits (no `_`: snake_case is an identifier), random by looks_random (config text embedded in code, e.g. raw-string fixtures)
_GENERATED_BARE_RE = lazy(r"^(?=[A-Za-z0-9+/=-]{20,}$)(?=.*[0-9])(?=.*[A-Za-z])")
# non-ASCII symbols on common keyboards: part of typed passwords, unlike letters of other scripts
_KEYBOARD_SYMBOLS = frozenset("§°£€¥¤µ²³´¨½¬¦")
# one base64 run (a DER or base64-encoded PEM key under a key name, as in Kubernetes secrets)
# a user-name field with the given value: user=x, "username": "x", User Id=x, --user x
_USER_FIELD_RE = lazy(
    r"\b(?:user(?:[ _-]?name|[ _-]?id)?|name|login|uid|account|(?:client|app)[ _-]?id"
    # a Kerberos principal: realm.addprinc('alice', password('alice')) (MIT krb5's tests)
    r"|(?:add)?princ(?:ipal)?|kinit)[\"'`]?"
    r"\s*(?:[=:]|=>|\s|\((?=\s*[uUbBrRfF]{0,2}[\"'`]))\s*(?:[uUbBrRfF]{1,2}(?=[\"'`]))?[\"'`]?"
    r"([^\s\"'`,;&)}]+)",
    re.I,
)
# a MySQL account, 'name'@'host' (GRANT … TO 'squid'@'localhost' IDENTIFIED BY 'squid')
_SQL_ACCOUNT_RE = lazy(r"""[`'"]([\w.$-]{1,64})[`'"]@[`'"]""")
# a closing quote, then another string: 'pass_through', 'no_auto_abbrev', 'x'
_MORE_STRINGS_RE = lazy(r"""["'`]\s*,\s*["'`]""")
# a closing quote, then more arguments: "…", user, pw)
_MORE_ARGS_RE = lazy(r"""["'`]\s*,\s*[\w"'`$(\[{]""")
# the closing quote of a first argument, a comma and the end of the line (more arguments below)
_ARG_COMMA_EOL_RE = lazy(r"""["'`][ \t]*,[ \t]*\r?$""")
# the names before a tuple assignment's last target: "user, password = …"
_TUPLE_TARGETS_RE = lazy(r"^\s*(?:[\w.$]+\s*,\s*)+$")
# C's and C++'s source and header files
_C_FAMILY_EXTENSIONS = frozenset({".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx"})
# include files of any language (Pascal's, PHP's, assembly's, a makefile's): code where a line
# ends a statement with ";" (lpszPassword:LPCWSTR; in Free Pascal's wininet.inc), settings where
# it does not (DB_PASSWORD = … in a makefile's include)
_INCLUDE_EXTENSIONS = frozenset({".inc"})
# PostScript and EPS: images in them are ASCII85 or hex data, line after line
_POSTSCRIPT_EXTENSIONS = frozenset({".ps", ".eps", ".epsi"})
# a statement's ";" at the end of a line, before a Pascal or C comment: = $80A4; { … }
_STATEMENT_LINE_END_RE = lazy(r";[ \t]*(?:\{[^}]*\}|\(\*.*?\*\)|//.*|/\*.*?\*/)?[ \t]*\r?$")
# languages with no unquoted "key: value" line: each keyed element ends with a comma or sits in a
# typed literal on the same line (Go T{K: v}); a statement ends with ";" (Java, C, PHP)
_NO_BARE_PAIR_EXTS = frozenset(
    {".go", ".java", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".php"}
)
_BARE_PAIR_LINE_RE = lazy(
    r"""^[ \t]*(?:"""
    # key: value alone on its line (YAML, NATS, HCL-like config)
    r"""(?:-[ \t]+)?[A-Za-z_][\w.-]*[ \t]*:[ \t]*[^\s"'`,;:={}()\[\]][^\s,;{}()\[\]]*"""
    # an untyped flow map, alone or under a key or in a list: {user: a, password: b},
    # users: [{…}], authorization: { … }
    r"""|(?:[A-Za-z_][\w.-]*(?:[ \t]*:[ \t]*|[ \t]+))?(?:\[[ \t]*)?\{[ \t]*[A-Za-z_][\w.-]*[ \t]*:[^{}=]*\}[ \t]*\]?"""
    r""")[ \t]*$"""
)
# Go's two-result assignment: key, _ := f("…"), secret, err := base64.StdEncoding.DecodeString("…")
_GO_MULTI_ASSIGN_RE = lazy(r"^,[ \t]*(?:_|err)[ \t]*:?=")
# Capybara's fill_in "Password", with: "…": the field and the value typed into it
_WITH_ARG_RE = lazy(r"^,[ \t]*with:")
_BARE_KEY_COMMA_RE = lazy(r"[\])}]*[ \t]*,")
# f("password"), "…": the quoted name closes a call or a group before the comma
_CLOSED_KEY_COMMA_RE = lazy(r"[\"'`][\])}]+[ \t]*,")
_SET_SYMBOL_RE = lazy(r"(?:^|[\s.])set[ \t]*\(?[ \t]*:$")
_BARE_EQUALS_LINE_RE = lazy(r"^[ \t]*[A-Za-z_][\w.-]*=[^\s=\"'`][^\s]*[ \t]*$")
# setx NAME VALUE: the variable's name
_SETX_NAME_RE = lazy(r"(?i)\bsetx(?:\.exe)?[ \t]+(?:/m[ \t]+)?[\"']?([A-Za-z_][\w.-]*)")
# the variable an Emacs Lisp form sets: (setq gptel-api-key "…"), (customize-set-variable 'name "…")
_LISP_SETQ_NAME_RE = lazy(
    r"\((?:setq(?:-default|-local)?|setopt|defvar|defcustom|defconst|customize-set-variable)"
    r"[ \t]+'?([A-Za-z][\w/:*+!<>=?.-]*)"
)
# an entry of the pass password store: a folder of letters, then one or more names
_PASS_STORE_ENTRY_RE = lazy(r"^[A-Za-z][a-z]{2,30}(?:/[\w.@+-]{1,64}){1,4}$")
# the pass command right before it (a shell prompt, the start of a line or of a command)
_PASS_COMMAND_BEFORE_RE = lazy(r"(?:^|[\s;&|$>])pass[ \t]+$")
# troff escapes in a man page's text: \& (zero width), \fB/\fR/\fI (fonts), \m[blue] (colours)
_ROFF_ESCAPE_RE = lazy(r"\\(?:&|f[BIRP]|m\[[a-z]*\])")
# a call that sets an environment variable, NAME then value, then where to keep it:
# [Environment]::SetEnvironmentVariable("API_KEY", "…", "User") (PowerShell, .NET)
_ENV_SETTER_RE = lazy(r"(?i)\bSetEnvironmentVariable\s*\(\s*[\"']$")
# the call around a "key", "value" pair builds a list, not a mapping
_LIST_CALL_RE = lazy(
    r"(?:\barray|\blist|\btuple|\bset|frozenset|asList|List\.of|Set\.of|listOf|setOf|arrayOf|"
    r"mutableListOf|vec!|\bqw)\s*\([^()]*$"
)
# short pieces of names: my_key, new_pass, api_secret, db-pwd
_NAME_PIECES = frozenset(
    {"my", "new", "old", "the", "db", "app", "api", "web", "dev", "key", "pass", "pwd", "pw",
     "secret", "token", "auth", "user", "test", "prod", "sys", "top", "our", "for", "and", "not",
     # protocols that name an authentication method: \CURLOPT_USERPWD => 'auth_ntlm' (Symfony's
     # HTTP client: the option's name in a map of curl options)
     "ntlm", "ldap", "smtp", "imap", "http", "https", "ssh", "ssl", "tls", "sasl", "oauth", "saml"}
)  # fmt: skip
# foo, bar, baz and their kin glued together: foobaz, bazbat, spam_eggs (and Swedish hackers'
# gazonk: the password "gazonk" in LysKOM's test suite)
_METASYNTACTIC_RE = lazy(
    r"^(?:foo|bar|baz|qux|quux|bat|spam|eggs|ham|hoge|fuga|piyo|xyzzy|plugh|corge|grault|garply"
    r"|waldo|fred|thud|wibble|wobble|wubble|flob|gazonk)+$"
)
# two-letter words that join identifiers: no_log, is_set, to_do
_SHORT_WORDS = frozenset(
    {"no", "is", "to", "on", "of", "in", "at", "by", "up", "as", "if", "or",
     # a sentence's pronoun and verb: "I_know_what_I_am_doing" (OpenOCD's confirmation
     # phrase for an LPC2900's security bits), yes_i_am_sure
     "i", "am", "be", "do", "it", "me", "we"}
)  # fmt: skip
_LOWER_IDENT_RE = lazy(r"^[a-z0-9_.:@/-]+$")
_I18N_PATH_RE = lazy(
    r"(?:^|/)(?:locales?|i18n|l10n|translations?|locali[sz]ations?)/"
    r"|(?:^|/)(?:lang|langs|language|languages)/(?:[^/]+/)*[^/]+"
    # (.multids: TiddlyWiki's translation files, languages/fr-FR/ControlPanel.multids)
    r"\.(?:php|json|ya?ml|properties|ini|xml|js|ts|multids)$"
    # (.isl: Inno Setup's messages in one language, Croatian.isl: WizardPassword=Lozinka)
    r"|\.(?:po|pot|xliff|xlf|resx|strings|lang|isl)$|(?:^|/)messages_[\w-]+\.properties$"
    # a bundle of translations named for them: survey-creator-core.i18n.js (SurveyJS), l10n.min.js
    r"|(?:^|[/.])(?:i18n|l10n)(?:\.min)?\.(?:js|mjs|cjs|ts|json)$"
    # a Java resource bundle's locale variant: LocalStrings_de.properties, Messages_pt_BR.properties
    r"|(?:^|/)\w+_(?:ar|bg|ca|cs|da|de|el|es|et|eu|fa|fi|fr|ga|gl|he|hr|hu|hy|id|is|it|ja|ko|lt|"
    r"lv|mk|ms|nb|nl|nn|no|pl|pt|ro|ru|sk|sl|sq|sr|sv|th|tr|uk|vi|zh)(?:_[A-Z]{2})?\.properties$"
    # an Android app's strings in one language (res/values-bs/strings.xml, values-fy-rNL/,
    # values-b+sr+Latn/); the default values/strings.xml, where API keys are kept, is not one
    r"|(?:^|/)values-(?:[a-z]{2,3}(?:-r[A-Z]{2})?|b\+[A-Za-z]{2,3}(?:\+\w+)*)/strings\.xml$",
    re.I,
)
# a piece of every _I18N_PATH_RE match, lower-cased
_I18N_HINTS = (
    "local", "i18n", "l10n", "translation", "lang", ".po", ".xl", ".resx", ".strings",
    ".properties", "values-", ".isl",
)  # fmt: skip
# a PowerShell cmdlet (Verb-Noun) in the value position: ConvertTo-SecureString, Get-Credential
_CMDLET_RE = lazy(
    r"^(?:Get|Set|New|ConvertTo|ConvertFrom|Read|Import|Export|Invoke|Add|Remove|Out|Select|"
    r"Write|Test|Start|Stop)-[A-Z][A-Za-z]+$"
)
# two padded base64 blocks glued together (salt or IV + ciphertext): an encrypted value
_ENCRYPTED_B64_RE = lazy(r"^[A-Za-z0-9+/]{16,}={1,2}[A-Za-z0-9+/]{16,}={0,2}$")
# characters of base64 that paths rarely hold
_B64_ONLY_CHARS = frozenset("+=")
# Kubernetes-style label and annotation names: app.kubernetes.io/name, example.com/e2e-zone
_LABEL_NAME_RE = lazy(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[A-Za-z0-9._-]+$")
# an age recipient (age-encryption.org/v1): "age1" and 58 Bech32 characters; its secret half is
# AGE-SECRET-KEY-1…, which a provider rule reports
_AGE_RECIPIENT_RE = lazy(r"^age1[02-9ac-hj-np-z]{58}$")
# short base64 that may encode a typed value (up to 90 characters: 66 bytes of text; mod_md's
# test store holds "YWJjZGVm…" for a key, the alphabet twice over, 48 bytes)
_B64_TEXT_RE = lazy(r"^[A-Za-z0-9+/]{6,88}={0,2}$")
_TYPED_TEXT_RE = lazy(r"^[A-Za-z0-9_.@!#$%*+-]{4,}$")
# framework validation rules under a password field: required|min:8|confirmed (Laravel, Joi-like)
_RULE_STRING_RE = lazy(r"^[a-z_]+(?::[\w,.]+)?(?:\|[a-z_]+(?::[\w,.]+)?)+$")
_B64_BLOB_RE = lazy(r"^[A-Za-z0-9+/_-]{1025,8192}={0,2}$")
# getenv("NAME", "…"), env('APP_KEY', '…'), config.get("password", "…"): a hard-coded fallback
_DEFAULT_ARG_RE = lazy(r"""([\w.:]+)[({]\s*["'][\w.-]*["']\s*,\s*[a-zA-Z@$]{0,2}\\?["'`]?$""")
# an Ansible lookup / query of a collection's plugin, up to its first term
_ANSIBLE_LOOKUP_RE = lazy(
    r"""\b(?:lookup|query|q)\([ \t]*["'][a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+["'][ \t]*,[ \t]*["']?$"""
)
_LOOKUPS = frozenset(
    {"get", "getenv", "env", "getproperty", "getvalue", "getstring", "getparameter", "getsetting",
     "getordefault", "getor", "fetch", "config", "setting", "settings", "option", "lookup",
     "environ", "getvar", "envor", "getsecret", "setdefault"}
)  # fmt: skip
# the key name ends a URL path or another query parameter: ?access_token=, &api_key=
_QUERY_KEY_RE = lazy(r"[^\s&][?&]$")
# the next parameter of a form-encoded body: &grant_type=
_FORM_TAIL_RE = lazy(r"&[A-Za-z_][\w.-]*=")
_UNQUOTED_PHRASE_RE = lazy(r"[ \t]+[A-Za-z\u00c0-\uffff][\w\u00c0-\uffff]*(?:[ \t.,]|$)")
# the opening tag that ends the line before a generic-xml-element value: <apiToken>, <ns:apiKey>
_XML_OPEN_RE = lazy(r"<([\w.-]+(?::[\w.-]+)?)>[ \t]*\r?$")
_XML_PAIR_RE = lazy(r"""\s*=\s*["']([\w.-]*)["']\s+value\s*=\s*["']?""", re.I)
# the key name's characters (``[\w.-]``: ``\w`` is exactly ``str.isalnum()`` plus ``_``)
_RIGHT_KEY_RE = lazy(r"[\w.-]*")
_KEY_PUNCT = frozenset("_.-")
# Paths of tests, fixtures, documentation and examples: a word (or a pronounceable made-up word)
# with a small number there is a fixture's or a tutorial's password, not a leaked one
_FIXTURE_PATH_RE = lazy(
    r"(?:^|/)(?:_?tests?|testing|testsuites?|t|spec|specs|__tests__|__mocks__|fixtures?|testdata|"
    # Google Test's and Chromium's / LLVM's folders of unit tests (NSS's gtests/, unittests/)
    r"gtests?|unittests?|"
    # MySQL's and MariaDB's test suite (mysql-test/main/*.test and the .result files it checks)
    r"test_data|mysql-test|"
    r"docs?|documentation|docs_src|examples?|samples?|demos?|tutorials?|playbooks?|molecule|"
    r"\.github/workflows)/"
    # test_x.py, x_test.go, test-x.cc (PowerDNS, systemd, GLib), x-test.js, x.spec.ts
    r"|(?:^|/)(?:test[_-][^/]*|tests?\.\w+|[^/]*[_-]tests?\.\w+|[^/]*\.(?:spec|test)\.\w+(?:\.map)?|conftest\.py|README[^/]*|PKG-INFO"
    r"|CONTRIBUTING[^/]*)$|\.(?:md|rst|adoc)$"
    # manual pages: man/man8/x.8, /usr/share/man/man1/pass.1, a source tree's man/foo.1
    r"|(?:^|/)man[1-9][a-z]{0,6}/[^/]+$|(?:^|/)man/[^/]+\.[1-9][a-z]{0,6}$",
    re.I,
)
# an API's documented request and response examples, as the AWS SDKs ship them beside each API
# model (botocore's data/iam/2010-05-08/examples-1.json, aws-sdk's apis/iam-2010-05-08.examples.json)
# and as the AWS CLI ships the examples of its command reference (awscli/examples/iam/*.rst);
# aws-sdk-go generates the same examples as Go example functions (service/iam/examples_test.go)
_API_EXAMPLES_PATH_RE = lazy(
    r"(?:^|/)(?:examples-\d+|[\w.-]+\.examples)\.json$|(?:^|/)awscli/examples/"
    # an API version's folder of examples (the Tencent Cloud CLI's services/kms/v20190118/
    # examples.json: each call's documented request and response)
    r"|(?:^|/)v?\d{4}-?\d{2}-?\d{2}/examples\.json$"
    # OpenStack's API reference samples (keystone/api-ref/source/v3/samples/admin/*.json)
    r"|(?:^|/)api-ref/source/(?:[\w.-]+/)*samples/"
    r"|(?:^|/)service/[\w-]+/examples_test\.go$",
    re.I,
)
# a file or folder of test vectors, the word "vectors" whole (vectors_test.go, test_vectors.json,
# testvectors/; not a vector store's tests, test_vectorstore.py), Google's Wycheproof suite
# (wycheproof_Ed25519.json) or an RFC's examples (rfc7748_times_test.json, rfc8032_test.go), or
# NIST's validation programs' files (CAVS/CAVP samples and .rsp files, ACVP's JSON vectors: NSS's
# tests/fips/cavs_samples/, BoringSSL's cavp_3des_cmac_tests.txt)
_TEST_VECTORS_PATH_RE = lazy(
    r"(?:^|[/_.-]|test)vectors(?:[/_.-]|$)|wycheproof|(?:^|/)rfc\d{3,5}[_.-][^/]*$"
    r"|(?:^|[/_.-])(?:cavs|cavp|acvp)(?:[/_.-]|$)"
    # the tests of a symmetric cipher, a MAC or a key derivation, named for it: their keys are
    # known answers (SymmetricAlgorithmTest.cs, HMACRIPEMD160Test.cs, chacha20_poly1305_test.go,
    # TripleDESCipherTests.cs in Mono and .NET); not RSA or EC, whose test keys stay reported
    r"|(?:^|/)[^/]*(?:cipher|symmetricalgorithm|derivebytes|rfc2898|pbkdf2?|hkdf|hmac|chacha"
    r"|poly1305|salsa20|blowfish|twofish|camellia|rijndael|tripledes|arc4|cryptostream)"
    r"[^/]*tests?[^/]*$"
    # a password hash's known answers, named for them (PyNaCl's tests/data/
    # modular_crypt_argon2i_hashes.json: each entry's passwd, salt and the hash they give)
    r"|(?:^|/)[^/]*(?:argon2|scrypt|bcrypt|pwhash)[^/]*hashes[^/]*$",
    re.I,
)
# a lower-case option name and its "=", as a completion list or a usage line names them, or a
# word and its colon, a label
_OPTION_NAME_RE = lazy(r"^[a-z][a-z_-]{1,30}[=:]$|^[A-Z][A-Z_]{1,30}=$")
# the member a serialized Lezer parser keeps its tokenizer table in (also escaped, in a source map)
_LEZER_TOKEN_DATA_BEFORE_RE = lazy(r'tokenData:[ \t]{0,3}\\?"$')
# a key line of docker trust inspect --pretty: a key's id, 64 hex digits
_DOCKER_TRUST_KEY_RE = lazy(r"^[ \t]*(?:Repository|Root) Key:[ \t]+[0-9a-f]{64}[ \t]*$")
# an Azure SAS query string: its service version, then its signature (azure-sas-token's shape),
# also with each & escaped as JSON's \u0026 (or that escape's backslash lost: u0026)
_SAS_QUERY_RE = lazy(
    r"(?:^|[?&;]|\\?u0026)sv=\d{4}-\d{2}-\d{2}(?:&|\\?u0026)[^\s\"'<>]{0,400}?(?:[&;]|\\?u0026)sig=",
    re.I,
)
# an SSH algorithm or extension name at its owner's domain (RFC 4251 6)
_SSH_ALGORITHM_RE = lazy(r"^[a-z][a-z0-9.-]{2,60}@(?:openssh\.com|libssh\.org|ssh\.com)$")
_HEX_TEXT_RE = lazy(r"^(?:[0-9a-fA-F]{2}){12,256}$")
# a piece of every _FIXTURE_PATH_RE match, lower-cased ("/t/": Perl's test folder)
_FIXTURE_HINTS = (
    "test", "/t/", "spec", "mock", "fixture", "doc", "example", "sample", "demo", "tutorial",
    "playbook", "molecule", ".github/workflows", "readme", "pkg-info", "contributing", ".md",
    ".rst", ".adoc", "/man",
)  # fmt: skip
# the base64 blob of an OpenSSH public key: a length, then ssh-rsa / ssh-ed25519 / ecdsa-… / sk-…
_SSH_PUBLIC_KEY_RE = lazy(r"^AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh|GnNrLXNzaC1|InNrLWVjZHNh)")
# an Ansible module or doc fragment: its DOCUMENTATION and EXAMPLES are YAML inside the module
_ANSIBLE_MODULE_RE = lazy(r"(?:^|/)plugins/(?:modules|doc_fragments)/[^/]+\.py$")
# letters (all lower-case or Capitalised) and at most a short number and one closing symbol
_FIXTURE_VALUE_RE = lazy(
    r"^((?:[a-z]{2,12}[_-]){0,3}[a-z]{3,20}|[A-Z][a-z]{2,19})[_.#@!$-]?\d{0,4}[!.#@?*]?$"
)
# the body line of a block doc comment in code (JSDoc, Javadoc, Doxygen): its example code is
# documentation. A "//" or "#" comment may be a note that holds a real value; these are not
_DOC_COMMENT_LINE_RE = lazy(r"^[ \t]*\*(?:[ \t]|$)")
# a capitalised word and a year (Winter2024!, Acme2025): the commonest shape of a corporate password
_POLICY_PASSWORD_RE = lazy(r"^[A-Z][a-z]{2,15}[!@#$%^&*._-]?\d{4}[!@#$%^&*?]$")
_WORD_YEAR_RE = lazy(r"^[A-Z][a-z]{2,15}[!@#$%^&*._-]?(?:19|20)\d\d[!@#$%^&*.?]?$")
# a config file for production (.env.production, config/prod.yaml, application-prd.properties)
_PRODUCTION_PATH_RE = lazy(r"(?:^|[/._-])(?:prod|production|prd)(?:[/._-]|$)", re.I)
# the literal closes and is concatenated with more: "whsec_" + base64…
# (PHP joins with a spaced dot: 'apache@' . $wgServerName; SQL with ||: '__var_fix_' || id)
# an expression added after a string's closing quote: +e.hex, +mData-> (cut at its >)
_ADDED_EXPRESSION_RE = lazy(r"\+[ \t]*[A-Za-z_$][\w$.]*-?$")
_CONCAT_AFTER_RE = lazy(r"""["'`](?:\s*\+(?!=)|\s*\|\||[ \t]+\.[ \t]+[$\w(])""")
# more words after an unquoted value: "--password suffers from the same", "by analyzing the …"
_PROSE_AFTER_RE = lazy(r"[ \t]+[a-z]+[,;]?[ \t]+[a-z]+(?:[ \t.,;:]|$)")
# a word (an exception's name may be capitalised) and a lower-case word after a value in a string
_PREC67_MESSAGE_AFTER_RE = lazy(r"[ \t]+[A-Za-z]+[,;]?[ \t]+[a-z]+(?:[ \t.,;:]|$)")
# a function word right after an unquoted value in text: "identified by analyzing the …"
_FUNCTION_WORD_AFTER_RE = lazy(
    r"[ \t]+(?:the|a|an|of|to|and|or|in|on|for|with|from|is|are|that|this|which|when)[ \t]"
)
_LOWER_WORD_RE = lazy(r"^[a-z]+$")
_CAPITAL_WORD_RE = lazy(r"^[A-Z][a-z]{2,}$")
# a run-time field right after a word of a message: " {self.name}", " %s", " ${name}", or after
# one more word and its colon ("EXT PW: mlock failed: %s", wpa_supplicant's log lines)
_FIELD_AFTER_RE = lazy(r"[ \t]+(?:[a-z]{2,}:?[ \t]+)?(?:\{[A-Za-z_]|%[sdr(]|\$\{)")
_CSS_WORD_RE = lazy(r"^[a-z][a-z-]*$")
# a CSS pseudo-class alone or followed by a combinator, a class, a list or the rule's block
_CSS_PSEUDO_CLASS_RE = lazy(r"^[a-z][a-z-]*(?:$|[+~>,{.:\[ \t(])")


# a PKCS #11 URI's label attribute right before the value: pkcs11:…;token=
# (pkcs11:token=… first too: NSS's certutil manual)
_PKCS11_ATTRIBUTE_BEFORE_RE = lazy(r"pkcs11:(?:[^\s\"']*?;)?(?:token|object|id|slot-description)=$")
# a key locator, not key material: RFC 7512 PKCS #11 URIs and the KMS URIs of step-ca / cosign
# without "//" (pkcs11:id=7371;object=rsa-key, awskms:key-id=…, yubikey:slot-id=9c)
_KEY_LOCATOR_RE = lazy(r"^(?:pkcs11|[a-z]{0,8}kms|yubikey|capi|tpm):[a-z][\w-]*=")
# words of a value that names the format of what should stand there (Base64EncodedString)
_FORMAT_NAME_WORDS = frozenset(
    {"base64", "base32", "b64", "hex", "encoded", "encrypted", "string", "str", "bytes", "byte",
     "binary", "blob", "data", "value", "text", "raw", "utf8", "ascii", "key", "secret", "token",
     "signature", "url", "safe", "your", "my", "some"}
)  # fmt: skip
_FORMAT_WORD_ONLY = frozenset({"base64", "base32", "b64", "hex", "encoded", "utf8", "ascii"})
_PASCAL_WORD_RE = lazy(r"[A-Z][a-z]+\d*|[A-Z]+\d*(?![a-z])|[a-z]+\d*|\d+")
# ListKeyGroups2020_05_31: an API operation's name with its dated API version (AWS CloudFront)
_DATED_OPERATION_RE = lazy(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+\d{4}_\d{2}_\d{2}$")
# code where a value should stand: a Rust reference type (password: &str, &mut self) or a Go
# composite literal of a package's type (asn1.ObjectIdentifier{1, 2, …})
_CODE_TYPE_VALUE_RE = lazy(
    r"^&(?:'[a-z_]+[ \t]*)?(?:mut|str|dyn|impl|self|String|Option|Vec|\[u8\])(?![\w])"
    r"|^[a-z_]\w*\.[A-Z]\w*\{"
)
# a device tree's source and its includes
_DEVICE_TREE_EXTENSIONS = frozenset({".dts", ".dtsi"})
# a device tree node's name and unit address (mdp@1a01000), and the brace that opens its body
_DT_NODE_NAME_RE = lazy(r"^[a-z][a-z0-9,._+-]{0,40}(?:@[0-9a-f]{1,16}(?:,[0-9a-f]{1,16})*)?$")
_DT_NODE_AFTER_RE = lazy(
    r"^(?:,[a-z][a-z0-9._+-]{0,40}(?:@[0-9a-f]{1,16}(?:,[0-9a-f]{1,16})*)?)?"
    r"[ \t]+\{[ \t]*(?:/[/*].*)?\r?\n?$"
)
# a shell script printing a result line: echo "PASS: …", echo -e ${GREEN}"PASS: …"
_ECHO_STATUS_BEFORE_RE = lazy(r"\becho\b[^\n\"']{0,24}[\"']\Z")
# what follows the name after "PASS: ": a lower-case word (PASS: Throughput is …)
# (or an acronym then a word, "PASS: LLVM TLI matched …", or a printf placeholder in brackets,
# "PASS: LLDB (%s) :: %s": lit's and LLDB's result lines)
_STATUS_AFTER_RE = lazy(r"^[ \t]+(?:[a-z]+\b|[A-Z]{2,}[ \t]+[a-z]+\b|\(%[sd]\))")
# "… in the following format: <example>": prose shows the shape of a value
_FORMAT_COLON_RE = lazy(r"\bformat[ \t]*:[ \t]*$", re.I)
_MARKER = lazy(r"\[REDACTED:[a-z0-9-]*\]|\[REDACTED\]|<concealed by tether>")


def _in_marker(secret: str, line: str) -> bool:
    """Whether ``secret`` starts inside tether's own redaction or masking marker on ``line``
    (text tether already cleaned must not be reported again, e.g. ``-u [REDACTED:x]:``)."""
    at = line.find(secret)
    return at >= 0 and any(m.start() <= at < m.end() for m in _MARKER.finditer(line))


# Values that look like secrets but are published on purpose: the OAuth client secrets of installed
# applications, which ship in their public source and sit in every user's config (Google's docs:
# "the client secret is obviously not treated as a secret" for installed apps).
PUBLIC_VALUES = frozenset(
    {
        "d-FL95Q19q7MQmFpd7hHD0Ty",  # Google Cloud SDK (gcloud) installed-app client
        "ZmssLNjJy2998hD4CTg2ejr2",  # gcloud application-default-credentials client
        # GitHub CLI's and GDAL's OAuth client secrets for installed applications, in their
        # open source, as gcloud's above (a native app cannot keep a client secret)
        "34ddeff2b558a23d38fba8a6de74f086ede1cc0b",
        "0IbTUDOYzaL6vnIdWTuQnvLz",
        "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",  # WebSocket handshake GUID (RFC 6455)
        # Rcpp's generator token, the same in every package's RcppExports.R and .cpp ("//
        # Generator token: 10BE3573-…"): it marks the files compileAttributes() writes
        "10BE3573-1514-4C36-9D1C-5A225CD40393",
        "dGhlIHNhbXBsZSBub25jZQ==",  # RFC 6455 sample Sec-WebSocket-Key ("the sample nonce")
        "mF_9.B5f-4.1JqM",  # RFC 6750 example bearer token
        "VOkJxbRl1RmTxUk/WvJxBt",  # RFC 5769's STUN test vectors' password
        # the access token of Google's XOAUTH2 SASL mechanism page (developers.google.com/gmail/
        # imap/xoauth2-protocol), copied into SMTP and IMAP libraries' tests, and its first ten
        # characters (oauthlib's tests)
        "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg",
        "vF9dft4qmT",
        # the pass phrase of OpenSSH's regression tests' keys (regress/unittests/sshkey)
        "mekmitasdigoat",
        # the QStash local development server's fixed credentials (`npx @upstash/qstash-cli dev`,
        # DEV_CREDENTIALS in @upstash/qstash): its token (base64 of defaultUser/defaultPassword)
        # and its two signing keys
        "eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0=",
        "sig_7kYjw48mhY7kAjqNGcy6cr29RJ6r",
        "sig_5ZB6DVzB1wjE8S6rZ7eenA8Pdnhs",
        # kubeadm's API documentation's example bootstrap tokens (InitConfiguration's
        # bootstrapTokens, in every kubeadm config's docs and test data) and its flag help's
        "9a08jv.c0izixklcxtmnze7",
        "783bde.3f89s0fje9f38fhf",
        "abcdef.1234567890abcdef",
        # Docker's documented swarm join tokens: the Engine API reference's worker and manager
        # tokens, the docs' `docker swarm join --token` example and SwarmKit's README
        "SWMTKN-1-1h8aps2yszaiqmz2l3oc5392pgk8e49qhx2aj3nyv0ui0hez2a-6qmn92w6bu3jdvnglku58u11a",
        "SWMTKN-1-1h8aps2yszaiqmz2l3oc5392pgk8e49qhx2aj3nyv0ui0hez2a-8llk83c4wm9lwioey2s316r9l",
        "SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2e7c",
        "SWMTKN-1-3vi7ajem0jed8guusgvyl98nfg18ibg4pclify6wzac6ucrhg3-0117z3s2ytr6egmmnlr6gd37n",
        "SWMTKN-1-3vi7ajem0jed8guusgvyl98nfg18ibg4pclify6wzac6ucrhg3-d1ohk84br3ph0njyexw0wdagx",
        # the example values of GitHub's REST API description (its OpenAPI document, vendored by
        # Octokit, validators and API tools): an OAuth token, GitHub App installation and user
        # tokens, a token's last eight characters, a repository's temporary clone token, and an
        # App's client and webhook secrets
        "e72e16c7e42f292c6912e7710c838347ae178b4a",
        "ghs_16C7e42F292c6912E7710c838347Ae178B4a",
        "ghu_16C7e42F292c6912E7710c838347Ae178B4a",
        "Ae178B4a",
        "ABTLWHOULUVAXGTRYU7OC2876QJ2O",
        "1726be1638095a19edd134c77bde3aa2ece1e5d8",
        "e340154128314309424b7c8e90325147d99fdafa",
        # .NET strong-name public key tokens (hashes of public keys, in every app.config,
        # web.config, project file and machine.config): ECMA, Microsoft, Microsoft's shared and
        # ASP.NET Core keys, .NET Core's open key, Silverlight's, Mono's and Json.NET's
        "b77a5c561934e089",
        "b03f5f7f11d50a3a",
        "31bf3856ad364e35",
        "adb9793829ddae60",
        "cc7b13ffcd2ddd51",
        "7cec85d7bea7798e",
        "0738eb9f132ed756",
        "30ad4fe6b2a6aeed",
        # PayPal's REST SDK sample app credentials (its README and every tutorial copied from
        # it) and the example OAuth access token of Mollie's Node.js client's README
        "EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5BdHEESmha49TM",
        "EO422dn3gQLgDbuwqTjzrFgFtaRLRR5BdHEESmha49TM",
        "access_Wwvu7egPcJLLJ9Kb7J632x8wJ2zMeJ",
        # the AES-GCM test key of McGrew and Viega's GCM specification (test cases 3-6),
        # in every crypto library's tests
        "feffe9928665731c6d6a8f9467308308",
        # OpenSSL 3's default FIPS module integrity key (FIPSKEY in every configdata.pm, as
        # Configure sets it) and the HMAC key of its dgst's FIPS fingerprint (ETAOIN SHRDLU)
        "f4556650ac31d35461610bac4ed81b1a181b2d8a43ea2854cbae22ca74560813",
        "etaonrishdlcupfm",
        # Meshtastic's default channel key (the PSK every device shares on the public default
        # channel, in its firmware, apps and docs)
        "1PG7OiApB1nwvP+rz05pAQ==",
        # the example ObjectId of MongoDB's documentation (ObjectId("507f1f77bcf86cd799439011"))
        "507f1f77bcf86cd799439011",
        # Pulumi's RPC sentinels (specialSigKey, specialSecretSig, … in every Pulumi SDK): the
        # fixed markers of a serialized secret or asset, not a secret
        "4dabf18193072939515e22adb298388d",
        "1b47061264138c4ac30d75fd1eb44270",
        # matrix.org's server signing key, the public ed25519 key every Synapse config trusts by
        # default (trusted_key_servers: verify_keys: "ed25519:auto": {"key": …})
        "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw",
        # the example DNSSEC private keys of RFC 6605 (6.1 P-256, 6.2 P-384) and RFC 8080 (6.1
        # Ed25519, 6.2 Ed448, two each), in BIND-format key files and the tests of every DNS
        # implementation (BIND, Knot, PowerDNS, miekg/dns, dnspython)
        "GU6SnQ/Ou+xC5RumuIUIuJZteXT2z0O/ok1s38Et6mQ=",
        "WURgWHCcYIYUPWgeLmiPY2DJJk02vgrmTfitxgqcL4vwW7BOrbawVmVe0d9V94SR",
        "ODIyNjAzODQ2MjgwODAxMjI2NDUxOTAyMDQxNDIyNjI=",
        "DSSF3o0s0f+ElWzj9E/Osxw8hLpk55chkmx0LYN5WiY=",
        "xZ+5Cgm463xugtkY5B0Jx6erFTXp13rYegst0qRtNsOYnaVpMx0Z/c5EiA9x8wWbDDct/U3FhYWA",
        "WEykD3ht3MHkU8iH4uVOLz8JLwtRBSqiBoM6fF72+Mrp/u5gjxuB1DV6NnPO2BlZdz4hdSTkOdOA",
        # the 32-byte password padding string of PDF's standard security handler (ISO 32000-1,
        # 7.6.3.3, Algorithm 2), in every PDF library that opens encrypted files (pdf.js's
        # defaultPasswordBytes, PDFBox, iText, pypdf)
        "28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a",
        # CakePHP 2's shipped Security.salt (app/Config/core.php, which tells the developer to
        # change it; its debug page warns while it is left), in every copy of the framework and
        # its tests
        "DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi",
        # the runner registration and removal tokens of GitHub's REST reference examples
        # (POST …/actions/runners/registration-token), copied into API clients' tests
        "LLBF3JGZDX3P5PMEXLND6TS6FCWO6",
        "AABF3JGZDX3P5PMEXLND6TS6FCWO6",
        # the secret of jose's documented JWT encryption and decryption examples
        # (jose.base64url.decode('zH4N…'), in its README and API docs)
        "zH4NRP1HMALxxCFnRZABFA7GOJtzU_gIj02alfL1lvI",
        # the authorization code of OpenID Connect Core 1.0's examples (3.1.2.5, 3.3.2.11)
        "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk",
        # the "e.g." Azure account key, SAS signature and client secret of Oracle Cloud's
        # GoldenGate API reference (its SDKs' docstrings and the OCI CLI's help)
        "pa3WbhVATzj56xD4DH1VjOUhApRGEGHvOo58eQJVWIzX+j8j4CUVFcTjpIqDSRaSa1Wo2LbWY5at+AStEgLOIQ==",
        "C1IgHsiLBmTSStYkXXGLTP8it0xBrArcgCqOsZbXwIQ%3D",
        "dO29Q~F5-VwnA.lZdd11xFF_t5NAXCaGwDl9NbT1",
        # the shared secret of the Insta Demo CA in the CMP example section of the openssl.cnf
        # that OpenSSL 3 installs as /etc/ssl/openssl.cnf (secret = pass:insta)
        "insta",
        # RFC 6749 4.3.2's resource-owner password (johndoe's), its client secret in the request
        # body (2.3.1) and RFC 7636's example PKCE code verifier, copied into OAuth libraries
        "A3ddj3w",
        "7Fjfp0ZBr1KtDRbnfVdmIw",
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
        # the storage account key of Microsoft's Azure Storage emulator and Azurite
        # (devstoreaccount1), printed in their docs and in every Azure SDK's tests
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        # the fixed account key of the Azure Cosmos DB emulator (learn.microsoft.com, "emulator")
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
        "notasecret",  # the fixed password of every Google Cloud service-account .p12 file
        # Grafana's shipped default [security] secret_key (conf/defaults.ini, its docs)
        "SW2YcwTIb9zpOOhoPsMm",
        "radsec",  # the shared secret RadSec (RADIUS over TLS) fixes by standard (RFC 6614 2.3)
        # the DES-crypt of "password" that Apache's mod_ssl docs and default-ssl.conf give for
        # FakeBasicAuth
        "xxj31ZMTZzkVA",
        # the test-mode key pair Stripe's docs printed before sk_test_4eC39… (2014-2019 API
        # reference and tutorials)
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
        "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
        # JSON Web Key test vectors printed in the JOSE RFCs and copied into every JOSE library's
        # tests (the private "d" of RSA/EC/OKP keys, the "k" of symmetric keys)
        # RFC 7515 A.1 / RFC 7517 A.3 HMAC key
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
        # RFC 7515 A.2 RSA key
        "Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_G"
        "Q5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKV"
        "RUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9J"
        "YanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoF"
        "aFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjn"
        "czT0QU91p1DhOVRuOopznQ",
        "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI",  # RFC 7515 A.3 P-256 key
        # RFC 7515 A.4 P-521 key
        "AY5pb7A0UFiB3RELSD64fTLOSV_jazdF7fLYyuTw8lOfRhWg6Y6rUrPAxerEzgdRhajnu0ferB0d53vM9mE15j2C",
        "870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE",  # RFC 7517 A.2 P-256 key
        # RFC 7517 A.2 RSA key
        "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURk"
        "nchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_YSfqijwp3RTzlBaCxW"
        "p4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_cPVY3i07a3t"
        "8MN6TNwm0dSawm9v47UiCl3Sk5ZiG7xojPLu4sbg1U2jx4IBTNBznbJSzFHK66jT"
        "8bgkuqsk0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0"
        "Y6mqnOYtqc0X4jfcKoAC8Q",
        "GawgguFyGrWKav7AX4VKUg",  # RFC 7517 A.3 AES key-wrap key
        # RFC 7516 A.1 (RSAES-OAEP) and A.2 (RSAES-PKCS1-v1_5) RSA keys
        "kLdtIj6GbDks_ApCSTYQtelcNttlKiOyPzMrXHeI-yk1F7-kpDxY4-WY5NWV5Knt"
        "aEeXS1j82E375xxhWMHXyvjYecPT9fpwR_M9gV8n9Hrh2anTpTD93Dt62ypW3yDs"
        "JzBnTnrYu1iwWRgBKrEYY46qAZIrA2xAwnm2X7uGR1hghkqDp0Vqj3kbSCz1XyfC"
        "s6_LehBwtxHIyh8Ripy40p24moOAbgxVw3rxT_vlt3UVe4WO3JkJOzlpUf-KTVI2"
        "Ptgm-dARxTEtE-id-4OJr0h-K-VFs3VSndVTIznSxfyrj8ILL6MG_Uv8YAu7VILS"
        "B3lOW085-4qE3DzgrTjgyQ",
        "VFCWOqXr8nvZNyaaJLXdnNPXZKRaWCjkU5Q2egQQpTBMwhprMzWzpR8Sxq1OPThh"
        "_J6MUD8Z35wky9b8eEO0pwNS8xlh1lOFRRBoNqDIKVOku0aZb-rynq8cxjDTLZQ6"
        "Fz7jSjR1Klop-YKaUHc9GsEofQqYruPhzSA-QgajZGPbE_0ZaVDJHfyd7UUBUKun"
        "FMScbflYAAOYJqVIVwaYR5zWEEceUjNnTNo_CVSj-VvXLO5VZfCUAVLgW4dpf1Sr"
        "tZjSt34YLsRarSb127reG_DUwg9Ch-KyvjT1SkHgUWRVGcyly7uvVGRSDwsXypdr"
        "NinPA4jlhoNdizK2zF2CWQ",
        # RFC 7517 C.1 RSA key (juliet@capulet.lit, the example of an encrypted private key)
        "GRtbIQmhOZtyszfgKdg4u_N-R_mZGU_9k7JQ_jn1DnfTuMdSNprTeaSTyWfSNkua"
        "AwnOEbIQVy1IQbWVV25NY3ybc_IhUJtfri7bAXYEReWaCl3hdlPKXy9UvqPYGR0k"
        "IXTQRqns-dVJ7jahlI7LyckrpTmrM8dWBo4_PMaenNnPiQgO0xnuToxutRZJfJvG"
        "4Ox4ka3GORQd9CsCZ2vsUDmsXOfUENOyMqADC6p1M3h33tsurY15k9qMSpG9OX_I"
        "JAXmxzAh_tWiZOwk2K4yxH9tS3Lq1yX8C1EWmeRDkK2ahecG85-oLKQt5VEpWHKm"
        "jOi_gJSdSgqcN96X52esAQ",
        "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",  # RFC 8037 A.1 Ed25519 key
        # Flask's documented secret_key example (quickstart, "How to generate good secret keys"),
        # as it is written in source: b'_5#y2L"F4Q8z\n\xec]/'
        '_5#y2L"F4Q8z\\n\\xec]/',
        # the bearer token of Twitter's (X's) web client, in its public JavaScript bundle and in
        # every scraper that calls the guest API with it (yt-dlp, gallery-dl, snscrape, nitter)
        "AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D1Zv7ttfk8LF81IUq16cHjhLTvJu4"
        "FA33AGWWjCpTnA",
        # GIPHY's public beta API key, printed in its API docs and README for anyone to use
        "dc6zaTOxFJmzC",
        # Cisco Meraki's read-only demo API key, printed on developer.cisco.com/meraki and in
        # the Meraki SDKs' and Ansible collection's READMEs
        "6bec40cf957de430a6f1f2baa056b99a4fac9ea0",
        # the SECRET_KEY printed in Flask's configuration and deployment docs
        "192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf",
        # Firebase CLI (firebase-tools) installed-app OAuth client secret, in its public source
        "j9iVZfS8kkCEFUPaAeJV0sAi",
        # FastAPI's OAuth2/JWT tutorial SECRET_KEY and the FLASK_SECRET_KEY of Flask's config docs
        "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7",
        "5f352379324c22463451387a0aec5d2f",
        # OAuth 2.0 (RFC 6749) examples: authorization code, access and refresh tokens, the client
        # secret of client s6BhdRkqt3 and its Basic header, the MAC token id of section 7.1
        "SplxlOBeZQQYbYS6WxSbIA",
        "2YotnFZFEjr1zCsicMWpAA",
        "tGzv3JOkF0XG5Qx2TlKWIA",
        "gX1fBat3bV",
        "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
        "h480djs93hd8",
        # OAuth 1.0 (RFC 5849) examples: client, temporary and token credentials, the verifier
        "dpf43f3p2l4k3l03",
        "kd94hf93k423kf44",
        "hh5s93j4hdidpola",
        "hdhd0244k9j7ao03",
        "hfdp7dh39dks9884",
        "nnch734d00sl2jdk",
        "pfkkdhi9sl3r4s00",
        "9djdj82h48djs9d2",
        "kkk9d7dh3k39sjv7",
        "j49sk3j29djd",
        "dh893hdasih9",
        # the AES-128/192/256 example keys of NIST SP 800-38A (F.1-F.5) and FIPS-197 (A.1), in
        # every cipher library's test vectors
        "2b7e151628aed2a6abf7158809cf4f3c",
        "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        # GitLab's long-documented initial root password (GITLAB_ROOT_PASSWORD in its examples)
        "5iveL!fe",
        # the TOTP seed of Google Authenticator's key-URI docs, pyotp's, ROTP's and otplib's
        # READMEs ("Hello!" + 0xdeadbeef in base32)
        "JBSWY3DPEHPK3PXP",
        # RFC 7520 3.5: the symmetric (HMAC) JWK of "Examples of Protecting Content Using JOSE"
        "hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg",
        # MinIO's public playground (play.min.io) access and secret key, printed in the MinIO
        # docs and in every MinIO SDK's examples
        "Q3AM3UQ867SPQQA43P2F",
        "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG",
        # the "local" KMS master key of MongoDB's client-side-encryption specification tests (and
        # its named-KMS variant), copied into every MongoDB driver's test suite
        "Mng0NCt4ZHVUYUJCa1kxNkVyNUR1QURhZ2h2UzR2d2RrZzh0cFBwM3R6NmdWMDFBMUN3YkQ5aXRRMkhGRGdQV09wOGVNYUMxT2k3NjZKelhaQmRCZGJkTXVyZG9uSjFk",
        "local+name2+YUJCa1kxNkVyNUR1QURhZ2h2UzR2d2RrZzh0cFBwM3R6NmdWMDFBMUN3YkQ5aXRRMkhGRGdQV09wOGVNYUMxT2k3NjZKelhaQmRCZGJkTXVyZG9uSjFk",
        # the test-mode key pair printed in Stripe's API reference and quickstarts for readers
        # who are not logged in (a shared demo account's test keys)
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "pk_test_TYooMQauvdEDq54NiTphI7jx",
        # the example secret keys in wp_salt()'s doc comment (wp-includes/pluggable.php, in
        # every WordPress install: "Do not paste this example directly into wp-config.php")
        " Xakm<o xQy rw4EMsLKM-?!T+,PFF})H4lzcW57AF0U@N@< >M%G4Yt>f`z]MON",
        "LzJ}op]mr|6+![P}Ak:uNdJCJZd>(Hx.-Mh#Tz)pCIU#uGEnfFz|f ;;eU%/U^O~",
        "|i|Ux`9<p-h$aFf(qnT:sDO:D1P^wZ$$/Ra@miTJi9G;ddp_<q}6H1)o|a +&JCM",
        "%:R{[P|,s.KuMltH5}cI;/k<Gx~j!f0I)m_sIyu+&NJZ)-iO>z7X>QYR0Z_XnZ@|",
        "eZyT)-Naw]F8CwA*VaW#q*|.)g@o}||wf~@C-YSt}(dh_r6EbI#A,y|nU2{B#JBW",
        "!=oLUTXh,QW=H `}`L|9/^4-3 STz},T(w}W<I`.JjPi)<Bmf1v,HpGe}T1:Xt7n",
        "+XSqHc;@Q*K_b|Z?NC[3H!!EONbh.n<+=uKR:>*c(u`g~EJBf#8u#R{mUEZrozmm",
        "h`GXHhD>SLWVfg1(1(N{;.V!MoE(SfbA_ksP@&`+AycHcAV$+?@3q+rxV{%^VyKT",
        # the repository public key in the Ruby example of GitHub's REST docs on encrypting an
        # Actions secret, which @octokit/openapi-types (in every Octokit install) copies
        "+ZYvJDZMHUfBkJdyq5Zm9SKqeuBQ4sj+6sfjlH4CgG0=",
        # the example PSK of wpa_supplicant's annotated wpa_supplicant.conf (and the 32 hex
        # digits of it that the file's EAP-PSK example uses as its password)
        "06b4be19da289f475aa46a33cb793029d4ab3db7a23ee92382eb0106c72ac7bb",
        "06b4be19da289f475aa46a33cb793029",
        # RFC 7628 3.2.1's OAUTHBEARER example token, in SASL libraries' tests
        "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
        # the test vectors of RFC 7914 (scrypt, 12: "pleaseletmein" salted with "SodiumChloride",
        # "password" with "NaCl"; "NaCL" as some PBKDF2 tests spell it), in every KDF's tests
        "pleaseletmein",
        "SodiumChloride",
        "NaCl",
        "NaCL",
        # the Docker Engine API's documented examples (api/swagger.yaml, which Docker's SDKs and
        # the docs site copy): the AuthConfig password, the swarm's join tokens and unlock key
        "conta1n3rize14",
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx",
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2",
        "SWMKEY-1-7c37Cc8654o6p38HnroywCi19pllOnGtbdZEgtKxZu8",
        # the blowfish_secret of phpMyAdmin's configuration docs (config.rst, shipped with it)
        "JOFw435365IScA&Q!cDugr!lSfuAz*OW",
        # RFC 8555 (ACME) 8.3's example challenge token, in ACME clients' tests
        "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA",
        "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ+PCt92wr+oA",  # certbot's tests: in standard base64
        # Jetty's documented keystore defaults, obfuscated (OBF: is reversible): "storepwd" and
        # "keypwd", in its ssl module and every tutorial that copies it
        "OBF:1vny1zlo1x8e1vnw1vn61x8g1zlu1vn4",
        "OBF:1u2u1wml1z7s1z7a1wnl1u2g",
        # the Terraform AWS provider's documentation examples, which Pulumi and CDKTF copy into
        # their generated packages' doc comments: a Splunk HEC token (aws_kinesis_firehose), an
        # Azure SAS signature (aws_datasync_location_azure_blob), passwords of
        # aws_rds_global_cluster and aws_directory_service_directory
        "51D4DA16-C61B-4F5F-8EC7-ED4301342A4A",
        "aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",
        "satsukimae",
        "#S1ncerely",
        # the aws-rds README's SecretValue.unsafePlainText example (aws-cdk-lib)
        "7959866cacc02c2d243ecfe177464fe6",
        # the LiteLLM proxy's API reference (its endpoints' docstrings): a virtual key and the
        # hash its key/info and spend/logs examples look it up by
        "sk-Fn8Ej39NxjAXrvpUGKghGw",
        "d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa",
        # firebase-tools' installed-app OAuth client for GitHub and its GA4 Measurement Protocol
        # secrets (lib/api.js, lib/track.js), which the CLI ships to every user
        "3330d14abc895d9a74d5f17cd7a00711fa2c5bf0",
        "LSw5lNxhSFSWeB6aIzJS2w",
        "2V_zBYc4TdeoppzDaIu0zw",
        "XAEWKHe7RM-ygCK44N52Ww",
        # docker swarm join-token and unlock-key's reference pages (docker-doc)
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-b30ljddcqhef9b9v4rs7mel7t",
        "SWMKEY-1-fySn8TY4w5lKcWcJPIpKufejh9hxx5KYwx6XZigx3Q4",
        # the keyed BLAKE2 example of Python's hashlib documentation
        "Rm5EPJai72qcK3RGBpW3vPNfZy5OZothY+kHY6h21KM=",
        # the user seed of the .creds file example in nats-io/jwt's creds_utils.go doc comment
        # (vendored with the NATS client into Go programs)
        "SUAIO3FHUX5PNV2LQIIP7TZ3N4L7TX3W53MQGEIVYFIGA635OZCKEYHFLM",
        # the example key pairs of AWS's documentation (IAM user guide, SigV4 test suite), which
        # AWS SDKs' tests assign under any name (SECRET_KEY = "wJalr…EXAMPLEKEY")
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "AKIAI44QH8DHBEXAMPLE",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        # examples of the manuals that ship with the servers (and that tutorials copy):
        # PostgreSQL's CREATE ROLE and ALTER ROLE pages, FreeRADIUS's example user in mods-config
        # files/authorize, strongSwan's ipsec.secrets(5),
        # Apache's htpasswd page and its password-encryption page (the hashes of its examples)
        "jw8s0F4",
        "hu8jmn3",
        "ge55ged",
        "v+NkxY9LLZvwj4qCC2o/gGrWDF2d21jL",
        "x3.dEhgN",
        "4iChxLT3",
        "ryftzG4A",
        "Pwd4Steve",
        "$apr1$qHDFfhPC$nITSVHgYbDAK1Y0acGRnY0",
        "$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/",
        "$2y$05$c4WoMPo3SXsafkva.HHa6uXQZWr7oboPiC2bT/r7q1BB8I2s0BRqC",
        # the LAN Manager hash's constant: LM DES-encrypts "KGS!@#$%" with the password (MS-NLMP
        # 3.3.1), written as LM_SECRET in every NTLM library (impacket, aiosmb, pypykatz)
        "KGS!@#$%",
        # the example key in @workos-inc/node's "Missing API key" message, in every install
        "sk_test_Sz3IQjepeSWaI4cMS4ms4sMuU",
        # Django REST framework's TokenAuthentication docstring and docs (Authorization: Token …)
        "401f7ac837da42b97f613d789819ff93537bee6a",
        # the private key of @dotenvx/dotenvx's README example (with the ciphertext it opens)
        "a4547dcd9d3429615a3649bb79e87edb62ee6a74b007075e9141ae44f5fb412c",
        # the client secret of Square's ObtainToken example (its API reference and SDKs' docs)
        "sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM",
        # NetBox's documented API token (its REST API docs, pynetbox's README and docstrings)
        "d6f4e314a5b5fefd164995169f28ae32d987704f",
        # the delivery and preview tokens of Contentful's documented demo space (its SDK's README)
        "0b7f6x59a0",
        "preview_0b7f6x59a0",
        # the public keys rspamd ships for its fuzzy storage and its rule updates (every install's
        # /etc/rspamd/modules.d/fuzzy_check.conf and rspamd_update.conf)
        "icy63itbhhni8bq15ntp5n5symuixf73s1kpjh6skaq4e7nx5fiy",
        "qxuogdh5eghytji1utkkte1dn3n81c3y5twe61uzoddzwqzuxxyb",
        # the grant token of AWS KMS's CreateGrant example, in every AWS SDK's documentation
        (
            "AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNGY3"
            "NiKIAgEBAgB4Pa6VDCWW__MSrqnre1HIN0Grt00ViSSuUjhqOC8OT3YAAADfMIHcBgkqhkiG9w0BBwaggc4wgcsC"
            "AQAwgcUGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMmqLyBTAegIn9XlK5AgEQgIGXZQjkBcl1dykDdqZBUQ6L"
            "1OfUivQy7JVYO2-ZJP7m6f1g8GzV47HX5phdtONAP7K_HQIflcgpkoCqd_fUnE114mSmiagWkbQ5sqAVV3ov-Veq"
            "grvMe5ZFEWLMSluvBAqdjHEdMIkHMlhlj4ENZbzBfo9Wxk8b8SnwP4kc4gGivedzFXo-dwN8fxjjq_ZZ9JFOj2ij"
            "Ibj5FyogDCN0drOfi8RORSEuCEmPvjFRMFAwcmwFkN2NPp89amA"
        ),
        # the AES, ChaCha20 and XOR keys with which every Chrome install's elevation service
        # wraps its app-bound (v20) cookie key, published with the decryption tools (dploot)
        "B31C6E241AC846728DA9C1FAC4936651CFFB944D143AB816276BCC6DA0284787",
        "E98F37D7F4E1FA433D19304DC2258042090E2D1D7EEA7670D41F738D08729660",
        "CCF8A1CEC56605B8517552BA1A2D061C03A29E90274FB2FCF59BA4B75C392390",
        # the shared default API keys that ethers.js (v5 and v6) ships for its Alchemy, Ankr,
        # Blockscout, QuickNode and Infura providers, in every bundle that includes ethers
        "_gg7wSSi0KMBsdKnGVfHDueq6xMB9EkC",
        "9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972",
        "proapi_gwcAAagyQKJ4r2KrAATyyCshiyUEpWfr2x7aKDOWFc56ZY8mBFcT9KZuP5Ce2jIfr_kHzUm",
        "919b412a057b5e9c9b6dce193c5a60242d6efadb",
        "84842078b09946638c03157f83405213",
        # the tokens of web3.js's shared public QuickNode endpoints (web3-rpc-providers), in
        # every web3.js bundle and its source maps
        "3240624a343867035925ff7561eb60dfdba2a668",
        "382a3b5a4b938f2d6e8686c19af4b22921fde2cd",
        "3be985450970628c860b959c65cd2642dcafe53c",
        "481ebe70638c4dcf176af617a16d02ab866b9af9",
        "5b297e5acff5f81f4c37ebf6f235f7299b6f9d28",
        "79a9476eea661d4f82de614db1d8a895b14b881c",
        "847569f8a017e84d985e10d0f44365d965a951f1",
        "a5d7bfbf60b5ae9ce3628e53d69ef50d529e9a8c",
        "ebf6c532961e21f092ff2facce1ec4c89c540158",
        # the private keys of the development accounts Hardhat and Anvil (mnemonic "test test …
        # junk") and Ganache (--deterministic, "myth like bonus …") create, accounts 0-9, printed
        # at every start and copied into dApps' configs and tests (also written with 0x)
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
        "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
        "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
        "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
        "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
        "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d",
        "6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1",
        "6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c",
        "646f1ce2fdad0e6deeeb5c7e8e5543bdde65e86029e2fd9fc169899c440a7913",
        "add53f9a7e588d003326d1cbf9e4a43c061aadd9bc938c843a79e7b4fd2ad743",
        "395df67f0c2d2d9fe1ad08d1bc8b6627011959b79c53d7dd6a3536a33ab8a4fd",
        "e485d098507f54e7733a205420dfddbe58db035fa577fc294ebd14db90767a52",
        "a453611d9419d0e56f499079478fd72c37b251a94bfde4d19872c44cf65386e3",
        "829e924fdf021ba3dbbc4225edfece9aca04b929d6e75613329ca6f1d31c0bb4",
        "b0057716d5917badaf911b193b12b910811c1497b5bada8d7711f758981c3773",
        # the account key of web3.py's and eth-account's signing examples
        "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
        # BIP-32 test vector 1's master private key, in hex and as an extended key
        "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35",
        "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
        # the rest of BIP-32's test vectors 1-3 (published in the BIP, in every HD wallet
        # library's tests): vector 1's chain m/0H … m/0H/1/2H/2/1000000000, vector 2's master and
        # chain, vector 3's master and m/0H
        "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7",
        "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs",
        "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM",
        "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334",
        "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76",
        "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U",
        "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt",
        "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9",
        "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef",
        "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc",
        "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j",
        "xprv9s21ZrQH143K25QhxbucbDDuQ4naNntJRi4KUfWT7xo4EKsHt2QJDu7KXp1A3u7Bi1j8ph3EGsZ9Xvz9dGuVrtHHs7pXeTzjuxBrCmmhgC6",
        "xprv9uPDJpEQgRQfDcW7BkF7eTya6RPxXeJCqCJGHuCJ4GiRVLzkTXBAJMu2qaMWPrS7AANYqdq6vcBcBUdJCVVFceUvJFjaPdGZ2y9WACViL4L",
        # the master keys (mainnet xprv, testnet tprv) of filler seeds, as wallet libraries' tests
        # derive them: 16 zero bytes, and the filler phrases "abandon … about", "zoo … wrong" and
        # "legal winner … yellow" with no passphrase (tests/scan/test_round46_samples.py derives
        # each again)
        "xprv9s21ZrQH143K2JbpEjGU94NcdKSASB7LuXvJCTsxuENcGN1nVG7QjMnBZ6zZNcJaiJogsRaLaYFFjs48qt4Fg7y1GnmrchQt1zFNu6QVnta",
        "tprv8ZgxMBicQKsPd7qLuJ7yJhzbwSrNfh9MF5qR4tJRPCs63xksUdTAF79dUHADNygu5kLTsXC6jtq4Cibsy6QCVBEboRzAH48vw5zoLkJTuso",
        "xprv9s21ZrQH143K3GJpoapnV8SFfukcVBSfeCficPSGfubmSFDxo1kuHnLisriDvSnRRuL2Qrg5ggqHKNVpxR86QEC8w35uxmGoggxtQTPvfUu",
        "tprv8ZgxMBicQKsPe5YMU9gHen4Ez3ApihUfykaqUorj9t6FDqy3nP6eoXiAo2ssvpAjoLroQxHqr3R5nE3a5dU3DHTjTgJDd7zrbniJr6nrCzd",
        "xprv9s21ZrQH143K2PfMvkNViFc1fgumGqBew45JD8SxA59Jc5M66n3diqb92JjvaR61zT9P89Grys12kdtV4EFVo6tMwER7U2hcUmZ9VfMYPLC",
        "tprv8ZgxMBicQKsPdCttbKDzsuDzypKyWMDfGbzR5YsQe3dnPg6B69PPEaxawUuaanULMtgA8Etd9DaqDVSEBSbScA9xTsdR8PRfPsJZwKS3dJQ",
        "xprv9s21ZrQH143K2x4gnzRB1eZDq92Uuvy9CXbvgQGdvykXZ9mkkot6LBjzDpgaAfvzkuxJe9JKJXQ38VoPutxvACA5MsyoBs5UyQ4HZKGshGs",
        "tprv8ZgxMBicQKsPdmJDTZGgBJBD9GSh9T19Y5X3Yph6QxF1LkWqkBDqqw7S8zrEB3KK8MV5eEv5TsyqbMM937JryFRftXC6rDoXtVohzzQovoo",
        # RFC 2202's and RFC 4231's HMAC test case 2: the key "Jefe", in hex
        "4a656665",
        # axios's README (in nearly every node_modules): the proxy's example password
        "rapunz3l",
        # @tauri-apps/api's documentation of invoke() (in every Tauri app's node_modules) and
        # node-forge's README: example passwords
        "poiwe3h4r5ip3yrhtew9ty",
        "Mai9ohgh6ahxee0jutheew0pungoozil",
        # Exim's specification (spec.txt, installed with its docs): the example SpamAssassin
        # scanning secret
        "cohgheeLei2thahw",
        # collectd's documented example passwords (collectd.conf(5), and the commented
        # examples of the collectd.conf every package installs in /etc)
        "thaiNg0I",
        "AeXohy0O",
        "aef4Aebe",
        "dozaiTh4",
        "weCh3ik0",
        "aZo6daiw",
        "ohl0eQue",
        "queeZie1",
        # Google's gmail-oauth2-tools oauth2.py (2012, copied into many mail tools): the
        # usage text's example client secret and refresh token
        "VWFn8LIKAMC-MsjBMhJeOplZ",
        "1/Yzm6MRy4q1xi7Dx2DuWXNgT6s37OrP_DW_IoyTum4YA",
        # Twitter's documentation of OAuth 1.0a signing ("Creating a signature"), which every
        # OAuth 1.0a library's README and tests repeat: the consumer key and secret, the access
        # token and its secret
        "xvz1evFS4wEEPTGEFPHBog",
        "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
        "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
        # … and of the three-legged flow ("Obtaining access tokens", repeated by requests-oauthlib's
        # docs): the request token and its secret, the access token and its secret
        "Z6eEdO8MOmk394WozF5oKyuAv855l4Mlqo7hhlSLik",
        "Kd75W4OQfb2oJTV0vzGzeXftVAwgMnEK9MumzYcM",
        "6253282-eWudHldSbIaelX7swmsiHImEL4KinwaGloHANdrY",
        "2EEfA6BG3ly3sR3RjE0IBSnlQu4ZrUzPiYKmrkVU",
        # BIP-39 recovery phrases published as development defaults (Ganache's --deterministic,
        # Truffle's develop network) and BIP-39's random-entropy test vectors (trezor/python-
        # mnemonic's vectors.json, in every BIP-39 implementation's tests); the filler-entropy
        # vectors (abandon … about, legal winner …) are dropped by their shape
        "myth like bonus scare over problem client lizard pioneer submit female collect",
        "candy maple cake sugar pudding cream honey rich smooth crumble sweet treat",
        "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
        "gravity machine north sort system female filter attitude volume fold club stay feature"
        " office ecology stable narrow fog",
        "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy"
        " gospel tennis maple dilemma loan word shrug inflict delay length",
        "scheme spot photo card baby mountain device kick cradle pact join borrow",
        "horn tenant knee talent sponsor spell gate clip pulse soap slush warm silver nephew swap"
        " uncle crack brave",
        "panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed"
        " nation flash devote level hobby quick inner drive ghost inside",
        "cat swing flag economy stadium alone churn speed unique patch report train",
        "light rule cinnamon wrap drastic word pride squirrel upgrade then income fatal apart sustain"
        " crack supply proud access",
        "all hour make first leader extend hole alien behind guard gospel lava path output census"
        " museum junior mass reopen famous sing advance salt reform",
        "vessel ladder alter error federal sibling chat ability sun glass valve picture",
        "scissors invite lock maple supreme raw rapid void congress muscle digital elegant little"
        " brisk hair mango congress clump",
        "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing"
        " screen patrol group space point ten exist slush involve unfold",
        # the Solana Cookbook's "restore a keypair" examples (base58 and bytes, the bytes without
        # blanks: the solana rules compare them so)
        "4Z7cXSyeFR8wNGMVXUE1TwtKn5D5Vu7FzEv69dokLv7KrQk7h6pu4LF8ZRR9yQBhc7uSM6RTTZtU1fmaxiNrxXrs",
        "174,47,154,16,202,193,206,113,199,190,53,133,169,175,31,56,222,53,138,189,224,216,117,173,10,"
        "149,53,45,73,251,237,246,15,185,186,82,177,240,148,69,241,227,167,80,141,89,240,121,121,35,"
        "172,247,68,251,226,218,48,63,176,109,168,89,238,135",
        # the example API key of Firebase's FirebaseOptions docs ("e.g. …", copied into React
        # Native Firebase's type declarations)
        "AIzaSyDdVgKwhZl0sTTTLZ7iTmt1r3N2cJLnaDk",
        # WordPress 6.8's HMAC key for pre-hashing passwords (hash_hmac('sha384', $password,
        # 'wp-sha384') in wp_hash_password, a constant every install uses; sqlmap's cracker)
        "wp-sha384",
        # gcsfs's OAuth client for installed applications (gcsfs/credentials.py, a dict it
        # names not_secret), published as gcloud's above
        "xto0LIFYX35mmHF9T1R2QBqT",
        # SpeechRecognition's default key for Google's speech API (recognize_google with no
        # key), shipped in every install since 2014
        "AIzaSyBOti4mM-6x9WDnZIjIeyEU21OpBXqWBgw",
        # the W3C WebDriver spec's web element, shadow root, frame and window identifiers (the
        # key of a reference in the protocol's JSON, in every WebDriver client: Selenium's
        # SHADOW_ROOT_ID_KEY = 'shadow-6066-…')
        "element-6066-11e4-a52e-4f735466cecf",
        "shadow-6066-11e4-a52e-4f735466cecf",
        "frame-075b-4da1-b6ba-e579c2d3230a",
        "window-fcc6-11e5-b4f8-330a88ab9d7f",
        # the search-only Algolia key of the npm-search index (app OFCNCOG2CU), in every Yarn
        # 2+ release (.yarn/releases/yarn-*.cjs, committed to each project that pins Yarn)
        "6fe4476ee5a1832882e326b506d14126",
        # Handsontable's built-in trial license key, in every build of the library
        "hftrial-0168e-1f2b7-47158-70b05-0842f",
        # the Earth Engine API's OAuth client for installed applications (ee/oauth.py), published
        # as gcloud's above
        "RUP0RZ6e0pPhDzsqIJ7KlNd1",
        # the Gemini CLI's OAuth client for installed applications (its bundles' OAUTH_CLIENT_SECRET,
        # in every install), published as gcloud's above
        "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",
        # the Hawk authentication scheme's example key (id dh37fgj492je, in hawk's README, examples
        # and tests, and copied into its ports' tests in Java, Rust, Haskell, Scala and Go)
        "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",
        # the key of Cisco's type 7 password obfuscation (a fixed, public XOR table: every type 7
        # decoder holds it, passlib's cisco handler among them)
        "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87",
        # Microsoft's KMS client setup keys (Generic Volume License Keys): published so that
        # volume-licensed Windows and Office find and activate against an organisation's own KMS
        # host ("KMS client activation and product keys", learn.microsoft.com; "GVLKs for KMS and
        # Active Directory-based activation of Office"); activation scripts, unattend answer files
        # and provisioning templates (Cobbler's) carry them. They activate nothing on their own.
        # Windows Server 2008-2025, Windows Vista-11, LTSC/LTSB and IoT editions:
        *"""
        TVRH6-WHNXV-R9WG3-9XRFY-MY832 D764K-2NDRG-47T6Q-P8T8W-YP6DF XGN3F-F394H-FD2MY-PP6FD-8MCRC
        VDYBN-27WPP-V4HQT-9VMD4-VMK7H WX4NM-KYWYW-QJJR4-XV3QB-6VM33 NTBV8-9K7Q8-V27C6-M2BTV-KHMXV
        N69G4-B89J2-4G8F4-WWYCC-J464C WMDGN-G9PQG-XVVXX-R3X43-63DFG WVDHN-86M7X-466P6-VHXV7-YY726
        WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY CB7KF-BWN84-R7R2Y-793K2-8XDDG JCKRF-N37P4-C2D82-9YXRT-4M63B
        N2KJX-J94YW-TQVFB-DG9YT-724CC 6NMRW-2C8FM-D24W7-TQWMY-CWH2D W269N-WFGWX-YVC9B-4J6C9-T83GX
        MH37W-N47XK-V7XM9-C7227-GCQG9 NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J 9FNHH-K3HBT-3W4TD-6383H-6XYWF
        6TP4R-GNPTD-KYYHQ-7B7DP-J447Y YVWGF-BXNMC-HTQYQ-CPQ99-66QFC NW6C2-QMPVW-D7KKK-3GKT6-VCFB2
        2WH4N-8QGBV-H22JP-CT43Q-MDWWJ NPPR9-FWDCX-D2C8J-H872K-2YT43 DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4
        YYVX9-NTFWV-6MDM3-9PT4T-4M68B 44RPN-FTY23-9VTTB-MP9BX-T84FV M7XTQ-FN8P6-TTKYV-9D4CC-J462D
        92NFX-8DJQP-P6BBQ-THF9C-7CG2H KBN8V-HFGQ4-MGXVD-347P6-PDQGT DCPHK-NFMTC-H88MJ-PFHPY-QJ4BJ
        QFFDN-GRT3P-VKWWX-X7T3R-8B639 WNMTR-4C88C-JK8YV-HQ7T2-76DF9 2F77B-TNFGY-69QQF-B8YKP-D69TJ
        PTXN8-JFHJM-4WC78-MPCBR-9W4KR 2HXDN-KRXHB-GPYC7-YCKFJ-7FVDG DPCNP-XQFKJ-BJF7R-FRC8D-GF6G4
        6Y6KB-N82V8-D8CQV-23MJW-BWTG6 D2N9P-3P6X9-2R39C-7RTCD-MDVJX W3GGN-FT8W3-Y4M27-J84CP-Q3VJ9
        KNC87-3J2TX-XB4WP-VCPJV-M4FWM XC9B7-NBPP2-83J2H-RHMBY-92BT4 HM7DN-YVMH3-46JC3-XYTG7-CYQJJ
        XNH6W-2V9GX-RGJ4K-Y8X6F-QGJ2G 48HP8-DN98B-MYWDG-T2DCC-8W83P HTDQM-NBMMG-KGYDT-2DTKT-J2MPV
        6TPJF-RBVHG-WBW2R-86QPH-6RTM4 TT8MH-CG224-D3D7Q-498W2-9QCTX YC6KT-GKW9T-YTKYR-T4X34-R7VHC
        489J6-VHDMP-X63PK-3K798-CPX3Y 74YFP-3QFB3-KQT8W-PMXWJ-7M648 GT63C-RJFQ3-4GMB6-BRFB9-CB83V
        WYR28-R7TFJ-3X2YQ-YCY4H-M249D TM24T-X9RMF-VWXK6-X8JC9-BFGM2 W7VD6-7JFBR-RX26B-YKQ3Y-6FFFJ
        YQGMW-MPWTJ-34KDK-48M3W-X4Q6V 39BXF-X8Q23-P2WWT-38T2F-G3FPG RCTX3-KWVHP-BR6TB-RB6DM-6X7HP
        7M67G-PC374-GR742-YH8V4-TCBY3 22XQ2-VRXRG-P8D42-K34TD-G3QQC 4DWFP-JF3DJ-B7DTH-78FJB-PDRHK
        GCRJD-8NW9H-F2CDX-CCM8D-9D6T9 HMCNV-VVBFX-7HMBH-CTY9B-B4FXY MHF9N-XY6XB-WVXMC-BTDCT-MKKG7
        TT4HM-HN7YT-62K67-RGRQJ-JFFXW NG4HW-VH26C-733KW-K6F98-J8CK4 XCVCF-2NXM9-723PB-MHCB7-2RYQQ
        32JNW-9KQ84-P47T8-D8GGY-CWCK7 JMNMF-RHW7P-DMY6X-RF3DR-X2BQT FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4
        MRPKT-YTG23-K7D7T-X2JMM-QY7MG W82YF-2Q76Y-63HXB-FGJG9-GF7QX 33PXH-7Y6KF-2VJC9-XBBR8-HVTHH
        YDRBP-3D83W-TY26F-D46B2-XCKRJ C29WB-22CC8-VJ326-GHFJW-H9DH4 YFKBB-PQJJV-G996G-VWGXY-2V3X8
        HMBQG-8H2RH-C77VX-27R82-VMQBT VKK3X-68KWM-X2YGT-QR4M6-4BWMV VTC42-BM838-43QHV-84HX6-XJXKV
        """.split(),
        # Office LTSC 2021, Office 2019 and Office 2016 with Project and Visio:
        *"""
        FXYTK-NJJ8C-GB6DW-3DYQT-6F7TH KDX7X-BNVR8-TXXGX-4Q7Y8-78VT3 FTNWT-C6WBT-8HMGF-K9PRX-QV9H8
        J2JDC-NJCYY-9RGQ4-YXWMH-T3D4T KNH8D-FGHT4-T8RK3-CTDYJ-K2HT4 MJVNY-BYWPY-CWV6J-2RKRT-4M8QG
        WM8YG-YNGDD-4JHDC-PG3F4-FC4T4 NWG3X-87C9K-TC7YY-BC2G7-G6RVC C9FM6-3N72F-HFJXB-TM3V9-T86R9
        TY7XF-NFRBR-KJ44C-G83KF-GX27K 2MW9D-N4BXM-9VBPG-Q7W6M-KFBGQ HWCXN-K3WBT-WJBKY-R8BD9-XK29P
        TN8H9-M34D3-Y64V9-TR72V-X79KV NMMKJ-6RK4F-KMJVX-8D9MJ-6MWKP 6NWWJ-YQWMR-QKGCB-6TMB3-9D9HK
        B4NPR-3FKK7-T2MBV-FRQ4W-PKD2B C4F7P-NCP8C-6CQPT-MQHV9-JXD2M 9BGNQ-K37YR-RQHF2-38RQ3-7VCBB
        7TQNQ-K3YQQ-3PFH7-CCPPM-X4VQ2 9N9PT-27V4Y-VJ2PD-YXFMF-YTFQT TMJWT-YYNMB-3BKTF-644FC-RVXBD
        7HD7K-N4PVK-BHBCQ-YWQRW-XW4VK RRNCX-C64HY-W2MM7-MCH9G-TJHMQ G2KWX-3NW6P-PY93R-JXK2T-C9Y9V
        NCJ33-JHBBY-HTK98-MYCV8-HMKHJ PBX3G-NWMT6-Q7XBW-PYJGG-WXD33 XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99
        JNRGM-WHDWX-FJJG3-K47QV-DRTFM YG9NW-3K39V-2T3HJ-93F3Q-G83KT GNFHQ-F6YQM-KQDGJ-327XX-KQBVC
        PD3PC-RHNGV-FXJ29-8JK7D-RJRJK 7WHWN-4T7MP-G96JF-G33KR-W8GF4 GNH9Y-D2J4T-FJHGG-QRVH7-QPFDW
        9C2PK-NWTVB-JMPW8-BFT28-7FTBF DR92N-9HTF2-97XKM-XW2WJ-XW3J6 R69KK-NTPKF-7M3Q4-QYBHW-6MT9B
        J7MQP-HNJ4Y-WJ7YM-PFYGF-BY6C6 F47MM-N3XJP-TQXJ9-BP99D-8K837 869NQ-FJ69K-466HW-QYCP2-DDBV6
        WXY84-JN2Q9-RBCCQ-3Q3J3-3PFJ6
        """.split(),
        # RFC 7748's Diffie-Hellman examples (6.1 X25519, 6.2 X448): Alice's and Bob's private and
        # public keys and their shared secret, in every X25519/X448 library's tests (bctoolbox's
        # ECDHpattern_X25519_sharedSecret[] = {0x4a, 0x5d, …})
        "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
        "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
        "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742",
        "9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf5"
        "74a9419744897391006382a6f127ab1d9ac2d8c0a598726b",
        "9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bb"
        "c836647241d953d40c5b12da88120d53177f80e532c41fa0",
        "1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120"
        "bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d",
        "3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972"
        "fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609",
        "07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56"
        "fd2464c335543936521c24403085d59a449a5037514a879d",
    }
)


# the start of a Windows DPAPI blob (version 1 and the DPAPI provider GUID df9d8cd0-1501-11d1-8c7a-
# 00c04fc297eb), in base64 and in hex as ConvertFrom-SecureString and .rdp files write it
_DPAPI_PREFIXES = ("AQAAANCMnd8BFdERjHoAwE/Cl+", "01000000d08c9ddf0115d1118c7a00c04fc297eb",
                   "01000000D08C9DDF0115D1118C7A00C04FC297EB")  # fmt: skip


# a published value's first this many characters name it: a candidate that is a head of one this
# long or longer is that value cut where its literal goes on, on the next line (a generated
# value that is not a copy differs from it within a few characters)
_PUBLIC_HEAD = 24


@lru_cache(maxsize=1)
def _public_heads() -> dict[str, tuple[str, ...]]:
    heads: dict[str, list[str]] = {}
    for v in PUBLIC_VALUES:
        if len(v) > _PUBLIC_HEAD:
            heads.setdefault(v[:_PUBLIC_HEAD], []).append(v)
    return {h: tuple(vs) for h, vs in heads.items()}


def _is_public_value(rule: Rule, secret: str) -> bool:
    """Whether ``secret`` is in ``PUBLIC_VALUES`` as written, as its first 24 characters or more
    (a literal split over lines), as hex after ``0x`` (in any case), or, for a Solana keypair's
    bytes, without the blanks between the numbers."""
    if secret in PUBLIC_VALUES:
        return True
    if (
        len(secret) >= _PUBLIC_HEAD
        and (heads := _public_heads().get(secret[:_PUBLIC_HEAD]))
        and any(v.startswith(secret) for v in heads)
    ):
        # "\"d\":\"X4cTteJY_gn4…HLLKD9"⏎ "M7dx5oo7…" (libwebsockets' JOSE tests, a C literal
        # split over lines): an RFC's example key, cut where the line ends
        return True
    if secret[:2] in ("0x", "0X") and secret[2:].lower() in PUBLIC_VALUES:
        return True
    if secret[:1] == "=" and secret.lstrip("=") in PUBLIC_VALUES:
        # "#{key}==258EAFA5-E914-…" (Ruby's debug gem: the client's key and RFC 6455's GUID
        # joined), the match running on from the "=" before it
        return True
    if rule.id == "generic-byte-array-key" and len(secret) <= 512:
        # {0xd4, 0xf1, 0xbb, …} (Meshtastic's protobuf docs): a published key written as its
        # bytes, whose base64 is in the table
        try:
            raw = bytes(int(p, 0) for p in secret.replace(" ", "").split(",") if p)
        except ValueError:
            return False
        return base64.b64encode(raw).decode() in PUBLIC_VALUES
    return rule.id.startswith("solana-") and "".join(secret.split()) in PUBLIC_VALUES


def _value_at(secret: str, line: str, span: tuple[int, int, int] | None) -> int:
    """Where the candidate's value starts on ``line``: its span when the engine gave one, else
    the first place the value occurs (-1 if none)."""
    return line.find(secret) if span is None else span[1]


def reject_reason(
    rule: Rule,
    secret: str,
    line: str,
    path: str | None = None,
    span: tuple[int, int, int] | None = None,
) -> str | None:
    """Why ``secret`` (matched by ``rule`` on ``line`` of ``path``) is not a finding, or ``None``.

    ``span``: (match start, secret start, secret end) on ``line``, when the caller knows the match
    (the engine); without it the filters search the line for the match again. It changes no
    verdict, only the work: a keyword rule's candidate under a key name that is not
    credential-like (``keyboard =``, ``KEYWORDS:``, ``authority_key_id(``, a third of a source
    tree's candidates) or names no credential value (``token_type``, ``next_page_token``) is
    rejected before the other checks, which would all end in a rejection."""
    if span is not None and line[span[1] : span[2]] != secret:
        span = None
    if span is not None and rule.generic:
        family = _RULE_FAMILY.get(rule.id)
        if family is not None and _rejected_key(family, secret, line, span):
            return "key name is not credential-like or names no credential value"
    if (
        secret[:2] in ("fB", "fI", "fR", "fP")
        and rule.generic
        and (at := _value_at(secret, line, span)) > 0
        and line[at - 1] == "\\"
        and (len(secret) < 8 or secret[2:].isalpha())
    ):
        # "Enter password for new role: \fBxyzzy\fR" (a man page's troff): a word set in bold,
        # the value read from the font escape's letters on
        return "a word after a man page's font escape (\\fB…), not a value"
    if _is_public_value(rule, secret):
        return "published client value"
    if len(secret) >= 32 and _HEX_TEXT_RE.match(secret):
        low = secret.lower()
        if low not in _PUBLIC_HEX_SET and any(known.startswith(low) for known in _PUBLIC_HEX):
            # QByteArray::fromHex("603deb1015ca71be2b73aef0857d7781" "1f352c07…") (KeePassXC's
            # self-test): a published test vector's key written over two literals
            return "start of a published test vector (the literal goes on after it)"
    if (
        rule.id.startswith("generic-prose")
        and _GPG_ID_RE.match(secret.rstrip("."))
        and any(w in line.lower() for w in _PGP_LINE_WORDS)
    ):
        # "* d/u/signing-key.asc: Add Alec's key BEE674A019359DC1." (a Debian changelog): in a
        # line about PGP, the long id or fingerprint of a key, which names its public half (the
        # keyword rules read the key's name instead, _PGP_WORDS)
        return "GPG key ID or fingerprint (names a public key)"
    if (
        secret.startswith("LS0tLS1CRUdJTi") and _b64_public_pem(secret)
    ) or _b64_text_with_public_block(secret):
        # <publickey>LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0K…</publickey> (Cacti's templates), a
        # Kubernetes ca.crt: base64 of a PEM public key or certificate (a private key is kept);
        # "keyData": "VGhlIGZvbGxvd2luZyBwdWJsaWMga2V5…" (podman's policy.json: "The following
        # public key can be used to verify RPM packages…" and then the armored key)
        return "base64 of a PEM public key or certificate, not a secret"
    if (
        ("sha" in line or "md5" in line)
        and (at := _value_at(secret, line, span)) > 4
        and _DIGEST_PARAM_BEFORE_RE.search(line, max(0, at - 8), at)
    ):
        # homeassistant/…/const.py,sha256=fw_mtNQydXj8rJ…,71 (a wheel's RECORD file): a file's
        # digest after its algorithm's name, which a provider's prefix (fw_) starts by chance
        return "a file's digest (sha256=…), not a credential"
    if "GVsbG8" in secret[:16] and _is_hello_world_b64(secret):
        # "key1":"base64:aGVsbG8sIHdvcmxk" (a README's sample data): base64 of "hello, world",
        # the stock sample text, under any rule
        return "base64 of hello world (sample data), not key material"
    if len(secret) >= 20 and _B64_PROSE_RE.match(secret) and _encodes_sentence(secret):
        # Bearer eW91J3JlIG5vdCBzdXBwb3NlZCB0byBkZWNvZGUgdGhpcyE= (botocore's tests: "you're
        # not supposed to decode this!"), a Kubernetes Secret's tls.key: RXhhbXBsZSBkYXRh…
        # (kr8s' tests: "Example data for the TLS crt field"): under any rule, a sentence in
        # base64 stands in for the credential
        return "base64 of an English sentence (this is not a real value), not key material"
    if rule.generic and line[:1] in " \t[" and (m := _MD_LINK_DEF_RE.match(line)) is not None:
        if (
            line.find(secret) == m.start(1)
            and len(secret) == m.end(1) - m.start(1)
            and secret.startswith(("http://", "https://", "./", "../", "/", "#", "mailto:"))
        ):
            # [v2key]: ../store/node_extern.go#L28-L37 (etcdctl's README): a Markdown link
            # reference definition; its label may hold "key", its whole target is a link (a
            # token in the link's query is judged by the query rule)
            return "a Markdown link reference definition's target ([label]: link), not a value"
    if ("://" in secret or secret[:2] == "//") and rule.id.startswith("generic-prose"):
        # "embed the username and password in the URL: `HTTPS_PROXY=http://user:pwd@…`"
        # (semantic-release's README): the sentence's value is a URL, whose credentials the URL
        # rules judge
        return "a URL after a sentence about a password (the URL rules judge its credentials)"
    if (
        not rule.generic
        and secret[:2] in ("${", "{{", "#{", "%(")
        and is_placeholder(secret) == "template or variable reference"
    ):
        # <add key="ClearTextPassword" value="${credential.password}" /> in a JavaScript template
        # literal (Renovate's NuGet config writer): an expression filled in when the file is made
        return "template or variable reference"
    if secret.endswith("-23984754863-2348975623103") and secret[:3] == "xox" and len(secret) == 30:
        # xoxp-23984754863-2348975623103 (Slack's oauth.access reference) and the same ids under
        # another prefix (requests-oauthlib's tests: xoxt-…); other tokens built on those ids
        # (xoxb-23984754863-2348975623000-AAAAA…, a longer form) are still judged
        return "Slack's documentation example token (its example team and user ids)"
    if secret.startswith("cnNwYXV0aD") and (b64_text(secret) or "").startswith("rspauth="):
        # cnNwYXV0aD1lYTQw… (Twisted's SASL tests: "rspauth=ea40f603…", RFC 2831's example): a
        # DIGEST-MD5 server's response, a digest that proves it knows the password
        return "a SASL DIGEST-MD5 server response (rspauth=<digest>), not a credential"
    if secret[:2] == "30" and rule.generic and _is_ocsp_certid_der(secret):
        # "Certificate ID key : 303b300906052b0e03021a0500…" (HAProxy's show ssl ocsp-response):
        # an OCSP CertID in hex, the hashes of a certificate's issuer and its serial number
        return "DER of an OCSP certificate ID (issuer hashes and serial) in hex, not a key"
    if secret[:2] == "30" and _is_spki_der(secret):
        # "keyDer" : "302a300506032b6570032100…" (Wycheproof's vectors, a test's fixture): the
        # DER of a public key (SubjectPublicKeyInfo: an algorithm and a bit string) in hex
        return "DER of a public key (SubjectPublicKeyInfo) in hex, not a secret"
    if rule.generic and _is_vectors_path(path) and _is_fixture_path(path):
        # key: "9d23bd41…" in golang.org/x/crypto's chacha20/vectors_test.go, a KAT file: the
        # known-answer tests of a cipher, published inputs by design
        return "a cryptographic test-vector file (vectors_test.go, test_vectors.json)"
    if (
        rule.id.startswith(("private-key-", "jwk-"))
        and _is_vectors_path(path)
        and _is_fixture_path(path)
    ):
        # x25519_pem_test.json, ecdh_webcrypto_test.json (Project Wycheproof's vectors, vendored
        # by BoringSSL and most crypto libraries): each test's private key, published inputs
        return "a cryptographic test-vector file (vectors_test.go, test_vectors.json)"
    if rule.id == "bip32-extended-private-key" and _is_vectors_path(path):
        # python-mnemonic's vectors.json (Trezor's BIP-39 vectors, copied into every wallet
        # library): each entry's phrase, seed and the xprv derived from it, known answers
        return "a cryptographic test-vector file (vectors_test.go, test_vectors.json)"
    if (
        rule.id.startswith("circleci-")
        and (at := _value_at(secret, line, span)) > 0
        and _CIRCLECI_BADGE_BEFORE_RE.search(line, max(0, at - 200), at)
    ):
        # [![Build Status CircleCI](https://circleci.com/gh/birgitta410/gocd-api.png?circle-
        # token=0c563e32…)] (gocd-api's README): a status badge's token, which CircleCI has made
        # with the read-only Status scope for embedding the badge in a README
        return "a CircleCI status badge's token (Status scope, made for READMEs), not a credential"
    if (
        not rule.generic
        and secret.isupper()
        and _PEPTIDE_RE.match(secret)
        and (
            _extension(path) in _SEQUENCE_EXTENSIONS
            or ((at := _value_at(secret, line, span)) > 0 and "sequence" in line[:at].lower())
        )
    ):
        # LTAIIGAPWFVWLLVRMR (a FASTA proteome in OpenMS's examples), sequence="VHFC(…)ASIALAG…"
        # (an idXML peptide hit): amino acids in one-letter code, which spell LTAI or ASIA by
        # chance; a key id made of those 20 letters alone, no digit, is rare (AWS's: ~1 in 2,000)
        return "a protein or peptide sequence (amino-acid letters), not a key id"
    if (
        not rule.generic
        and (at := _value_at(secret, line, span)) >= 8
        and line[at - 8 : at] == "<binary>"
    ):
        # <binary>AAAAAAAAAAAAAAAAAAAAAMsv3UNm…</binary> (mzML mass spectra in OpenMS's tests):
        # base64 of a numeric array, whose zero bytes spell a bearer token's run of A's
        return "base64 data in a <binary> element (an encoded array), not a token"
    if rule.id == "twitter-bearer-token" and _b64_text_body(secret):
        # AAAAAAAAAAAAAAAAAAAAAEtleTogKHByaXZhdGUta2V5IChlbGcgKHAgIzAwQ0NE (a line of GnuPG's
        # armored test archive): after the run of A's, base64 of text ("Key: (private-key (elg
        # …"); a bearer token's body is URL-escaped base64 of random bytes
        return "base64 of text after a run of A's (a line of an armored file), not a bearer token"
    if (
        rule.id == "oracle-connect-string-password"
        and (at := _value_at(secret, line, span)) > 0
        and _ORACLE_TOOL_AS_EXTENSION_RE.search(line, max(0, at - 60), at)
    ):
        # File /oname=libgpg-error.imp lib/libgpg-error.dll.a (GnuPG's NSIS installer): a file
        # name's .imp extension, then a path, not Oracle's imp tool and a user/password
        return "a file name's extension (.imp, .exp), not an Oracle tool's login"
    if (
        rule.id == "crypto-key-literal"
        and (at := _value_at(secret, line, span)) > 0
        and _KEY_JOINED_AFTER_RE.match(line, at + len(secret) + 1)
        and _KEY_LABEL_RE.match(secret)
    ):
        # crypto.createHmac('sha256', "aliyun_v4".concat(accessKeySecret)) (ali-oss' V4
        # signing, as AWS's "AWS4" + secret): a fixed prefix of a key the code builds at run time
        # (a generated literal, Kq8vLm2Zt9wQx7 + salt, is a pepper: still reported)
        return 'a fixed prefix joined to a key at run time ("aliyun_v4".concat(secret)), not a key'
    if rule.generic and line[:1] in "!$" and _is_nmea_sentence(line):
        # !AIVDM,1,1,,B,E>jHCUc9PTW:@3WcPW000000000OlTI8>gU4P10888W>R0,4*71 (gpsd's AIS test
        # logs): an NMEA 0183 sentence whose checksum holds, a receiver's 6-bit armored
        # payload, not a name and a value
        return "an NMEA 0183 sentence (a GPS or AIS receiver's data), not a credential"
    if rule.generic and _is_spice_netlist(path) and _SPICE_STATEMENT_RE.match(line):
        # .subckt inv in out pw='wpmin' …, let pw2 = per2/2 (ngspice's examples): a netlist's
        # parameter (pw, a pulse or a transistor's width) and its expression
        return "a SPICE netlist's parameter (pw: a pulse's or a transistor's width), not a password"
    if rule.generic and "sig=" in secret and _SAS_QUERY_RE.search(secret):
        # token: "sp=r&st=…&sv=2021-06-08&sr=c&sig=…" (a DataSync location's docs): an Azure
        # shared access signature's query string, whose signature azure-sas-token judges (a
        # published one is dropped there, not reported here as a generic token)
        return "Azure SAS query string (its signature is judged by azure-sas-token)"
    if "@" in secret and _SSH_ALGORITHM_RE.match(secret):
        # KeyAlgoSKED25519 = "sk-ssh-ed25519@openssh.com": the name of an SSH algorithm
        return "SSH algorithm name (…@openssh.com), not a value"
    if rule.generic and len(secret) >= 24 and _HEX_TEXT_RE.match(secret) and _hex_sentence(secret):
        # hex.DecodeString("6368616e676520746869732070617373776f7264…") ("change this password
        # to a secret", the NaCl examples): a sentence in hex stands in for a key
        return "hex of English text (change this password…), not key material"
    if (
        len(secret) in _DIGEST_LENGTHS or len(secret) - 2 in _DIGEST_LENGTHS
    ) and secret.lower().removeprefix("0x") in _known_digests():
        # auth_key = 0x5F4DCC3B5AA765D61D8327DEB882CF99 (scapy's BFD example), "e3b0c442…" in a
        # test: the MD5, SHA-1 or SHA-256 of an empty string or of "password", which anyone
        # computes, not key material
        return 'digest of an empty string or a well-known word (md5("password")), not a secret'
    if rule.id in _URL_USERINFO_RULES and "\\" in secret and _REGEX_CLASS_RE.search(secret):
        # %r!http://127.0.0.1:(\d+)!.match(…) (Puma's tests): a regular expression of a URL
        # whose port is a group, read as a user and a password; a URL holds no raw backslash
        return "a regular expression of a URL, not its credentials"
    if secret[:1] == "?" and rule.generic and (at := _value_at(secret, line, span)) > 0:
        if line[at - 1] == "(" and secret[1:2] in (":", "=", "!", "<", "P"):
            # _auth_worker = (?:dovecot: )?auth(?:-worker)? (fail2ban's filters): a regular
            # expression's group after a word, not a call's argument
            return "a regular expression group ((?:…), (?P<…>)), not a value"
        if line[max(0, at - 2) : at] in ('""', "''"):
            # return password===""?{ok:!1,…} (a minified check): the ternary after a
            # comparison with the empty string, not a value
            return "code (a ternary after a comparison with an empty string), not a value"
    if (
        secret[:1] == ":"
        and rule.generic
        and (at := _value_at(secret, line, span)) > 0
        and line[at - 1] == ":"
    ):
        # "PLUTO""ZAY mypass""::RF10:[UTIL.VIM]" (a VMS node's access string, Vim's manual),
        # Password::Hash: what follows "::" is a path or a scope, not an assigned value
        return "a path or scope after '::', not a value"
    if rule.generic and secret[-1:] in "=:" and _OPTION_NAME_RE.match(secret):
        # compgen -W 'pass= bitrate= …' (bash completion): the next option's name in a list;
        # "Quick-pass budget:" (a prompt's heading): a label
        return "an option's name or a label (name=, word:), not a value"
    if (
        secret[:1] == "!"
        and rule.generic
        and (at := _value_at(secret, line, span)) >= 11
        and _LEZER_TOKEN_DATA_BEFORE_RE.search(line, max(0, at - 20), at)
        and ("nodeNames:" in line or "skippedNodes:" in line or "repeatNodeCount:" in line)
    ):
        # LRParser.deserialize({…, tokenData:"!2q~R!ZOX$tX^%l…"}): a Lezer grammar's tokenizer
        # table in a bundle that ships a CodeMirror language (and in its source map's copy)
        return "a serialized Lezer parser table (CodeMirror's grammars), not a token"
    if rule.id == "generic-key" and line[:1] in "R \t" and _DOCKER_TRUST_KEY_RE.match(line):
        # "Root Key:       3cb2228f…" (docker trust inspect --pretty): the id of a signing key,
        # the SHA-256 of its public half
        return "Docker Content Trust key ID (docker trust inspect), not key material"
    if (
        rule.generic
        and (at := _value_at(secret, line, span)) >= 3
        and line[at - 2 : at] == "->"
        and (line[at - 3].isalnum() or line[at - 3] in "_\\")
    ):
        # $password->rfc2307 (Perl's Authen::Passphrase; a man page writes \->), $this->password
        # ->hash: a method or member of the object, not a value after an arrow ("pw -> Gn5t…" in
        # a note has blanks)
        return "a method or member access (->), not an assignment"
    if (rule.generic or rule.id == "jwt") and _is_api_examples(path):
        # "NewPassword": "]35d/{pB9Fo9wJ", "RawSecretAccessKey": "DXjS…" in the AWS SDKs' API
        # examples: illustrative requests and responses of the API's reference documentation
        return "an API's documented examples (examples-1.json, *.examples.json, awscli/examples)"
    if len(secret) >= 32 and secret.lower() in _PUBLIC_HEX_SET:
        # the NIST and FIPS test vectors as cipher tests write them, in capitals
        # (let key = "2B7E151628AED2A6ABF7158809CF4F3C")
        return "published test vector"
    if 56 <= len(secret) <= 58 and nats_public_nkey(secret.rstrip("}]),;")):
        # nsc's "generated and stored account key "ADXD…"", a config's user list ({nkey: UCNG…},
        # the brace read into an unquoted value): a public key (its type prefix and CRC-16 check
        # out); the seed ("SU…", "SA…") is the secret
        return "NATS public NKey (type prefix and checksum verified), not its seed"
    if secret.startswith("eyJ") and _is_supabase_anon_key(secret):
        return "Supabase anon key (public by design: row-level security guards the data)"
    if secret.startswith("eyJ") and _is_demo_jwt(secret):
        return "JSON Web Token of a library's example (a demo payload or a sentence), no claims"
    if secret.startswith("eyJ") and "." not in secret and _is_jwt_io_sample(b64decode_any(secret)):
        # web_hook_config_auth_api_key_value = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g…'
        # (Ory's generated client tests): the claims of jwt.io's sample token alone, unsigned
        return "the payload of jwt.io's sample token (John Doe), no signature"
    if ("[REDACTED" in line or "<concealed by tether>" in line) and _in_marker(secret, line):
        return "redaction marker"
    if secret.startswith(_DPAPI_PREFIXES) and len(secret) >= 64:
        # NuGet.Config <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+s…"/>, PowerShell
        # ConvertFrom-SecureString output, RDP files' "password 51:b:01000000d08c9ddf…": a
        # Windows DPAPI blob, ciphertext under the user's or machine's key (NuGet's
        # ClearTextPassword, next to it, is the plaintext one)
        return "Windows DPAPI-encrypted blob (ciphertext, not the password)"
    if rule.entropy and shannon_entropy(secret) < rule.entropy:
        return "low entropy"
    for pattern in rule.allow_compiled:
        if pattern.search(secret):
            return "allowlisted"
    if rule.id == "openssl-passphrase-arg" and secret[-1:] in "),;" and "(" not in secret:
        # qw(openssl smime -decrypt -passin pass:123456), (RT's tests): the list or call that
        # holds the command closes after the pass phrase; the pass phrase is judged without it
        trimmed = secret.rstrip("),;")
        if len(trimmed) >= 4:
            return reject_reason(rule, trimmed, line, path)
    if (reason := _marker_or_stub_reason(rule, secret)) is not None:
        return reason
    if (reason := auth_fixture_reason(rule, secret, line, path)) is not None:
        # auth libraries, HTTP mocks and recorded traffic (precision round 14): authfixtures.py
        return reason
    if secret[:6] == "crwdns" and _CROWDIN_MARKER_RE.match(secret):
        # "AUTHORIZATION_TAB": "crwdns1340:0crwdne1340:0" (Altair's Acholi catalogue, the
        # pseudo-language Crowdin's in-context localization fills with string ids), also with
        # the string's placeholders kept between (crwdns426853:0{labels}crwdne426853:0, Kolibri)
        return "Crowdin's in-context localization marker (a string's id), not a value"
    if (rule.validator == "basic_auth_b64" or rule.id == "generic-auth") and (
        reason := _config_login_reason(secret, path)
    ):
        return reason
    if secret.lower() in ("x-oauth-basic", "x-oauth-token") and rule.id.endswith(
        ("url-basic-auth", "url-credentials")
    ):
        # https://<token>:x-oauth-basic@github.com: GitHub's fixed word in the password's place;
        # the token is the user name (a ghp_… one is reported by its own rule)
        return "GitHub's fixed x-oauth-basic password (the token is the user name)"
    if (
        ("IDENTIFIED" in line or "identified" in line)
        and (at := _value_at(secret, line, span)) > 0
        and _MYSQL_HASH_CLAUSE_RE.search(line, 0, at)
    ):
        # CREATE USER … IDENTIFIED BY PASSWORD '*54958E76…' / IDENTIFIED WITH
        # mysql_native_password AS '…': MySQL and MariaDB take the account's password hash there
        # (the plaintext follows IDENTIFIED BY alone)
        return "MySQL password hash (IDENTIFIED BY PASSWORD / WITH plugin AS takes the hash)"
    if rule.generic and "hash" in line and _HASH_ATTRIBUTE_RE.search(line):
        # <oper … hash="hmac-sha256" password="lkS1Nbtp$CyLd/…"> (InspIRCd's opers.conf): the
        # attribute beside it says the password is stored as that algorithm's hash
        return 'password stored as a hash (the line names its algorithm: hash="sha256")'
    if "@" in line and _before_example_host(secret, line):
        return "credentials of a reserved example host (example.com, RFC 2606)"
    if "@" in secret and _EXAMPLE_EMAIL_RE.match(secret):
        # <Pass>someone@example.com</Pass> (FileZilla's example defaults): an e-mail address on
        # a reserved documentation domain where the password goes, a placeholder
        return "an e-mail address at a reserved example domain (RFC 2606), a placeholder"
    if rule.id == "netrc-password" and _NETRC_EXAMPLE_HOST_RE.search(line):
        return "credentials of a reserved example host (example.com, RFC 2606)"
    if rule.id == "http-basic-auth-header":
        return _basic_reason(secret, path)
    if rule.id == "pgpass-password" and secret in line and not _is_pgpass_entry(secret, line):
        return "not a whole .pgpass line (host:port:database:user:password)"
    if rule.id == "windows-unattend-password":
        return _unattend_reason(secret)
    if (
        rule.id in _USER_THEN_PASSWORD_RULES
        or rule.id.endswith("-connection-uri")
        or rule.id in _URL_USERINFO_RULES
    ) and _repeats_user(secret, line):
        # gorm:gorm@tcp(…), postgresql://sogo:sogo@127.0.0.1/… (SOGo's installation guide)
        return "password repeats the user name (a default or test account)"
    if (
        rule.id in _URL_USERINFO_RULES
        and ("]" in secret or "[" in secret)
        and _is_fixture_path(path)
    ):
        # "http://&a:foo(b]c@d:2/" (the URL Standard's tests, in every browser's copy of the
        # web-platform tests): a bracket is no character of a URL's user-info; a URL parser's test
        # of what it rejects or escapes
        return "a bracket in a URL's user-info (a URL parser's test), not a password"
    if (
        (rule.id.endswith("-connection-uri") or rule.id in _URL_USERINFO_RULES)
        and "[" in line
        and (at := _value_at(secret, line, span)) > 0
        and _BRACKETED_USERINFO_BEFORE_RE.search(line, max(0, at - 80), at)
    ):
        # open [[ftp://][användare:lösen@]ftp-plats[:port]] (gFTP's usage, translated): a usage
        # synopsis's optional parts in brackets; a URL's user-info holds no bracket
        return "a usage synopsis's optional user-info ([user:password@]), not a URL"
    if len(secret) <= 16 and secret[:5].lower() == "tiger" and _SCOTT_RE.search(line):
        # mssql+pyodbc://scott:tiger^5HHH@… (SQLAlchemy's test URLs): Oracle's scott/tiger demo
        # account, with a suffix for SQL Server's password rules
        return "the scott/tiger demo account"
    if rule.id == "bip39-mnemonic" and _is_filler_mnemonic(secret):
        # MNEMONIC="test test test test test test test test test test test junk" (Hardhat's),
        # abandon … about and legal winner thank year … (BIP-39's vectors for entropy 00…, 7f7f…)
        return "recovery phrase of filler entropy (one repeated word or byte), a published one"
    if not rule.generic and (is_counting_hex(secret) or _is_counting_b64(secret)):
        # psk=000102030405…1e1f (wpa_supplicant's example), a key of 00 01 02 …: the known-answer
        # test pattern, as is_placeholder rejects it for the generic rules
        return "counting byte sequence (a test pattern such as 000102…, not a key)"
    if not rule.generic and _inside_base64_run(secret, line, span):
        # …AAAC+EAAABTSgAAAADFAgAABAAUHAAAB…+/QgAA… in a bundle's embedded source map or WASM:
        # a token prefix met by chance in base64 text (a token written there would be encoded)
        return "inside a run of base64 text (encoded data), not a token"
    if secret.isalpha() and secret.islower() and _is_mapping_key(secret, line):
        # {"name": "SNOWFLAKE_PASSWORD", "description": "…"}: the rule's "name", "value" form
        # ran on into the next member; its key is no value
        return "key of the next member of a mapping, not a value"
    if (
        rule.id.endswith(("-connection-uri", "-cli-password", "-inline-password"))
        or rule.id in _PLAIN_PASSWORD_RULES
    ) and (
        _password_reason(unquote(secret), True) == "placeholder or test value"
        or _WRONG_PASSWORD_RE.match(secret)
        or is_placeholder(secret) == "template or variable reference"
        or ("%" in secret and _WINDOWS_VAR_RE.search(secret) is not None)
        or _CRED_WORD_TAIL_RE.match(secret)
        or _glued_credential_name(secret)
        or (secret.isalpha() and secret.isupper() and is_placeholder(secret) is not None)
        or ("%" in secret and _escaped_placeholder_reason(secret) is not None)
        or _is_password_word(unquote(secret).lower())
    ):
        # Server=…;Password=foobar in a help text's example, postgres://u:mypassword@…,
        # mysql -uzabbix -pSECRETPASSWORD: a metasyntactic word, the word "password" itself or a
        # name for it in capitals; SET password = '**${ADMINPW}' (DAViCal's setup scripts, and
        # '**%ADMINPW%' in their batch files): a variable filled in by the shell;
        # PGPASSWORD=wrong psql … && return 1 (PgBouncer's tests): a password that says it fails
        return "placeholder password in a connection string or command line"
    if (
        rule.id == "generic-cli-password"
        and (at := line.find(secret)) > 0
        and _CLI_SWITCH_BEFORE_RE.search(line, 0, at)
    ):
        # adduser … --disabled-password  pseudo (gpg-remailer's setup notes): a switch that
        # takes no value, so the word after it is the command's next argument (the user)
        return "the argument after a switch that takes no value (--disabled-password)"
    if rule.id == "generic-cli-password" and _OPENSSL_PASS_SOURCE_RE.match(secret):
        # openssl enc -pass fd:3 3< "$PASSPHRASE" (Amanda's amcrypt-ossl): where OpenSSL reads
        # the pass phrase from (a descriptor, stdin); pass:… holds one and is still reported
        return "OpenSSL pass-phrase source (fd:N, stdin), not the pass phrase"
    if (
        rule.id == "generic-config-directive"
        and secret[:1] == "*"
        and _C_POINTER_DECL_RE.match(secret)
        and _extension(path) in _C_FAMILY_EXTENSIONS
    ):
        # opt_pass *mode_sw2 (GCC's epiphany.cc, its initialiser on the next line): in C or
        # C++, a type named for a pass and a pointer variable's declaration
        return "a C declaration of a pointer variable (opt_pass *name), not a directive"
    if (
        rule.id == "generic-cli-password"
        and secret[-1:] == "]"
        and "[" not in secret
        and (at := _value_at(secret, line, span)) > 0
        and line.count("[", 0, at) > line.count("]", 0, at)
    ):
        # AutoSearch … [--userid bbunny --password c4rr0t5] [--ignore_channels …] (WWW::Search's
        # usage): an example inside the optional group of a usage synopsis
        return "an example in a usage synopsis's optional group ([--password x]), not a value"
    if (
        rule.id == "generic-cli-password"
        and (at := _value_at(secret, line, span)) > 0
        and not _DERIVED_WORDS.isdisjoint(
            key_words(line[:at].rstrip(" \t\"',=").rpartition(" ")[2])
        )
    ):
        # "--HashedControlPassword", "16:5417AE…" (bine's tests start Tor with it): the option
        # names a hash of the password, as the same key in a torrc does
        return "key names a hash, ciphertext or public part, not the secret"
    if (
        rule.id == "generic-cli-password"
        and "pass " in line
        and (at := _value_at(secret, line, span)) > 0
        and _names_a_pass(key_words(line[:at].rstrip(" \t\"',").rpartition(" ")[2]))
    ):
        # llc -run-pass si-fix-sgpr-copies (LLVM's lit tests): the pass a compiler runs
        return "a compiler pass (-run-pass NAME), not a password"
    if (
        (rule.id.endswith("-connection-uri") or rule.id in _URL_USERINFO_RULES)
        and len(secret) >= 6
        and secret.isalpha()
        and secret.islower()
        and (is_dictionary_word(secret) or is_glued_words(secret) or english_score(secret) >= 1.0)
        and _is_fixture_path(path)
    ):
        # redis://alice:foobared@host in a README, postgres://app:sunshine@db in a test: an
        # English word of six letters or more as a database URI's password in documentation or
        # tests is an example (short, made-up or generated-looking passwords there are still
        # reported: a test's connection string often holds the real one of a CI database)
        return "word or made-up word in a test, fixture or documentation file"
    if (
        (
            rule.id.endswith("-connection-uri")
            or rule.id in _URL_USERINFO_RULES
            or rule.id in _PLAIN_PASSWORD_RULES
        )
        and _is_fixture_path(path)
        and (
            any(is_placeholder(v) == "placeholder or test value" for v in (secret, unquote(secret)))
            or secret.lower() in _NON_SECRET_WORDS
            or _password_reason(unquote(secret), True) == "identifier or phrase"
        )
    ):
        # mysql://user:foo%bar@127.0.0.1/mydb (tortoise-orm's tests of quoting), …:qwerty123@… in
        # a test, mongodb://user:name@localhost (the MongoDB driver's examples): a placeholder or
        # a field's name as the password of a test's or a doc's connection string; also the URL
        # and plain password rules' (https://user:s3cr3t_pw@mcp.example.test, the OpenAI Agents
        # SDK's tests) and a phrase naming the value (redis://user:credential-value@cache,
        # LiteLLM's) (in a production config a weak password is still a finding)
        return "placeholder password in a test's or documentation's connection string"
    if (
        rule.id.endswith("-connection-uri")
        and len(secret) >= 6
        and secret.isalnum()
        and any(secret.lower() in seq for seq in _ROW_SEQUENCES)
        and _is_fixture_path(path)
    ):
        # snowflake://testuser1:0123456@abc123/… in a README: the digit row typed as a password
        return "digit-row or alphabet sequence as a password in a test or documentation file"
    if (
        rule.id.endswith("-connection-uri")
        and len(secret) <= 24
        and _is_fixture_path(path)
        and _spells_pass(secret)
    ):
        # snowflake://admin:pa%3Fss@…, postgresql://user:p%40ss@…, …:pas$word@… in a test of URL
        # quoting: "pass" or "my pass" with a symbol put in, not a chosen password
        return "'pass' spelled with symbols or escapes in a test or documentation file"
    if rule.id in ("jwt", "jwe") and _names_example_domain(secret):
        # RFC 7520's JWE examples ("kid": "frodo.baggins@hobbiton.example"): a token made for
        # documentation
        return "token of a documentation example (an RFC 2606 example domain in its header)"
    if not rule.generic and (reason := _prec16_provider_reason(rule, secret, path)) is not None:
        return reason
    if not rule.generic and rule.id.endswith("-password") and _CLI_OPTION_VALUE_RE.match(secret):
        # --password=<SNOWFLAKE_PASSWORD> then, on the next line, --private_key_path=<…> (Apache
        # Beam's Snowflake test's docstring): the placeholder is no element, and what the match
        # took for its content is the command line's next option
        return "a command-line option (the next argument), not a password"
    if rule.id in _CLI_PASSWORD_RULES and (reason := _cli_password_reason(secret, path, line)):
        return reason
    if (
        len(secret) == 36
        and "<key>" in line
        and _UUID_RE.match(secret)
        and (at := _value_at(secret, line, span)) >= 5
        and line[at - 5 : at] == "<key>"
        and line[at + 36 : at + 42] == "</key>"
    ):
        # <key>23516BE4-29BE-350C-91C9-F36E7999F0F1</key> (LLDB's docs: a dsymForUUID plist):
        # a property list's dictionary key, the name of the entry that follows
        return "a property list's key (<key>UUID</key>), the name of an entry"
    if (
        rule.id == "generic-c-define"
        and _PASS_KEY_DEFINE_RE.match(line)
        and _PASS_SLUG_RE.match(secret)
    ):
        # #define PASS_KEY "x86-lvi-load" (LLVM's X86 passes): the pass's command-line name
        return 'a compiler pass\'s name (#define PASS_KEY "x86-slh"), not a key'
    if (
        rule.id == "generic-sql-password"
        and secret[-1:] == "."
        and secret[:-1].isalpha()
        and secret[:-1].islower()
        and "IDENTIFIED" not in line
        and is_comment_line(line)
    ):
        # "// return the name of the user that owns the process identified by vmid." (OpenJDK's
        # perfMemory): a comment's sentence ends on a lower-case name; a statement ends on ";"
        return "a sentence ending on a name (identified by vmid.), not an SQL statement"
    if rule.id == "generic-sql-password" and secret[-1:] == "}" and "{" in line:
        # {RestrictionUserType-addGrpC IDENTIFIED BY addGrpC} (an ASN.1 module's information
        # object set, in Wireshark's ITS dissector): ASN.1's IDENTIFIED BY names an object
        return "ASN.1's IDENTIFIED BY in an object set ({… IDENTIFIED BY name}), not SQL"
    if rule.id == "netrc-password" and secret in _PREC88_TYPE_NAMES:
        # type netrcLine struct { machine string; login string; password string } (Go's
        # cmd/go, round 88): the netrc words as a struct's fields, and their type
        return "a type name (a struct's field), not a password"
    if rule.id.endswith("-password") and _is_i18n(path) and secret.strip("/*_").isalpha():
        # "components.composiosnowflakeapicomponent.inputs.password.display_name…": "Contraseña"
        # (Langflow's Spanish catalogue): a form label's translation under a key that names the
        # provider's password, as a keyword rule's letters-only value there already is; also
        # after wiki or Markdown emphasis (TiddlyWiki's French "Password: //Jeton d'accès//…")
        return "a translated label in a translation file, not a password"
    if not rule.generic:
        return None
    return _generic_reason(rule, secret, line, path, span)


# .NET's AuthenticationHeaderValue(scheme, parameter): the first argument names the scheme
_PREC67_SCHEME_PAIR_RE = lazy(
    r"\bAuthenticationHeaderValue\([ \t]*[\"'](Basic|Bearer|Digest|Negotiate|NTLM)[\"'][ \t]*,[ \t]*[\"']$",
    re.I,
)


# a URL's scheme, then an optional user-info in brackets as a usage synopsis writes it:
# ftp://][user:
_BRACKETED_USERINFO_BEFORE_RE = lazy(r"://\]?\[[^\s\[\]:@/]{0,64}:\Z")
# the user of Oracle's scott/tiger demo account, before its password in a URL or a call
_SCOTT_RE = lazy(r"(?<![\w.-])scott(?![\w.-])", re.I)


# the rules that read a password from a URL's user-info (user:password@host) besides the URI ones
_URL_USERINFO_RULES = frozenset(
    {"url-basic-auth", "ftp-url-credentials", "generic-url-credentials"}
)


def _is_counting_b64(secret: str) -> bool:
    """``BAUGBwgJCgsMDQ4PEBESEw`` (bytes 04 05 … 13), ``MTIzNDU2Nzg5Ojs8PT4_QA`` (``123456789:;<=>?@``):
    base64 of eight or more bytes that count up or down by one step, a test's key."""
    if len(secret) < 11 or not secret.isascii():
        return False
    raw = b64decode_any(secret)
    return raw is not None and len(raw) >= 8 and is_counting_hex(raw.hex())


def _is_filler_mnemonic(phrase: str) -> bool:
    """Whether a BIP-39 phrase repeats one word before its checksum word, or encodes entropy of one
    repeated byte (the phrase then repeats a run of words: legal winner thank year … ×n)."""
    words = phrase.lower().split()
    if len(set(words[:-1])) == 1:
        return True
    # 8 words carry 11 bytes: a repeated byte repeats the same 8-word run
    return len(words) >= 12 and words[:3] == words[8:11]


# a password chosen to fail (a test that login is refused): wrong, invalid, badpassword
# a parameter whose value starts a path: jwt_key=/var/spool/slurm/statesave/jwt_hs256.key
_PARAM_PATH_RE = lazy(r"^[a-z][a-z0-9_]{1,30}=(/.+)$")
# a command-line option where a provider rule's value would be: --private_key_path=…, --verbose
_CLI_OPTION_VALUE_RE = lazy(r"^--[A-Za-z][\w-]*(?:=|$)")
_WRONG_PASSWORD_RE = lazy(
    r"^(?:wrong|invalid|incorrect|bogus|bad)[_-]?(?:pass(?:word|wd)?|pwd?)?\d{0,3}$", re.I
)


# provider rules for a password in a connection string, a URL, a .pgpass line or an SQL
# statement, judged like the URI rules' ones (http://operator:hunter2@proxy.corp:3128 and
# *:*:davical:davical_dba:53cr3t are placeholder passwords)
def _glued_credential_name(secret: str) -> bool:
    """``personalaccesstoken`` (Bibledit's settings page: https://username:personalaccesstoken@
    github.com/…): words glued in lower case that end in the kind of credential, a name for what
    goes there, as ``refreshToken`` in camelCase is."""
    return (
        len(secret) >= 9
        and secret.isalpha()
        and secret.islower()
        and secret.endswith(("token", "password", "passwd", "secret", "key"))
        and is_glued_words(secret)
    )


_PLAIN_PASSWORD_RULES = frozenset(
    {"ado-net-connection-string-password", "url-basic-auth", "ftp-url-credentials",
     "pgpass-password", "sql-set-password", "netrc-password", "ssh-keygen-passphrase",
     "ssh-keygen-new-passphrase", "wifi-wpa-passphrase-cli"}
)  # fmt: skip


# a Windows environment variable inside a value (%ADMINPW%), in capitals as scripts write them;
# three characters or more, so that percent-encoded UTF-8 (%C3%A9) is not one
_WINDOWS_VAR_RE = lazy(r"%[A-Z_][A-Z0-9_]{2,60}%")


# a reserved example domain (RFC 2606) in a token's decoded header
_EXAMPLE_DOMAIN_RE = lazy(r"(?<![\w-])example\.(?:com|org|net)\b|[\w-]\.example\b(?![\w-])", re.I)


def _names_example_domain(token: str) -> bool:
    """Whether a JWS's or JWE's header names an RFC 2606 example domain (its ``kid``, ``jku``,
    ``x5u``). The claims are left alone: a development server's real token may carry an example
    user's e-mail address."""
    raw = b64decode_any(token.split(".", 1)[0])
    return raw is not None and _EXAMPLE_DOMAIN_RE.search(raw.decode("latin-1")) is not None


def _config_login_reason(secret: str, path: str | None) -> str | None:
    """Docker ``auth``, npm ``_auth``: base64 of ``user:password``; a placeholder or well-known
    password is a test or documentation config (``joe:hello``, ``user:password``). Words, and a
    password that repeats the user name, are kept: a config file holds a person's login; in a
    test or fixture file a word or a host's piece is a made-up one."""
    text = b64_text(secret, "utf-8")
    if text is None:
        return None
    _, sep, password = text.partition(":")
    if not sep:
        return None
    if _password_reason(password, quoted=True) in ("placeholder or test value", _KNOWN_REASON):
        return "placeholder or well-known password (a test or documentation config)"
    if _is_fixture_path(path) and (
        _is_fixture_word(password, path)
        or (_HOST_PIECE_RE.match(password) and not looks_random(password))
    ):
        # {"auths": {"example.org": {"auth": "ZXhhbXBsZTpvcmc="}}} (containers/image's
        # testdata: "example:org", "local:host-5001", "index:docker.io")
        return "base64 user:password whose password is a word, in a test or fixture file"
    return None


# a shell or make variable that starts a value: $NAME or ${NAME} then a non-name character
_LEADING_VAR_RE = lazy(r"^\$(?:\{[A-Za-z_]\w{0,40}\}|[A-Za-z_]\w{0,40})[^\w]")
# the link stages libtool's ltmain.sh loops over in $pass
_LIBTOOL_PASSES = frozenset({"conv", "link", "dlopen", "dlpreopen", "scan"})
# an ordinal before "pass": the first pass, a second pass; or what a pass manager logs of it
# (LLVM's "Running pass: SROA", "Skipping pass: …")
_ORDINAL_BEFORE_RE = lazy(
    r"\b(?:first|second|third|fourth|final|last|next|each|single|one|two|1st|2nd|3rd|running"
    r"|skipping)[ \t]+$",
    re.I,
)
# a Markdown link reference definition: [label]: target
_MD_LINK_DEF_RE = lazy(r"^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]{1,8}(\S{1,2000})")
# hash="hmac-sha256", hash='bcrypt': an attribute naming how the password beside it is hashed
_HASH_ATTRIBUTE_RE = lazy(
    r"\bhash[ \t]{0,3}=[ \t]{0,3}[\"'](?:hmac-)?(?:sha-?(?:1|224|256|384|512)|md5|bcrypt|argon2(?:id|i|d)?"
    r"|scrypt|pbkdf2[\w-]{0,20}|ripemd-?160|whirlpool)[\"']",
    re.I,
)
# a host name's or address's piece: lower-case letters, digits, dots and dashes
_HOST_PIECE_RE = lazy(r"^[a-z0-9][a-z0-9.-]{0,15}$")


def _is_mapping_key(secret: str, line: str) -> bool:
    """Whether ``secret`` stands on ``line`` only as a quoted key: "secret": or 'secret':."""
    at = line.find(secret)
    found = False
    while at >= 0:
        quote = line[at - 1 : at]
        end = at + len(secret)
        if not quote or quote not in "\"'" or line[end : end + 1] != quote:
            return False
        if line[end + 1 :].lstrip(" \t")[:1] != ":":
            return False
        found = True
        at = line.find(secret, end)
    return found


# user:password@ the documentation host itself (RFC 2606: example.com, www.example.org); a
# named host under it (pg-prod-01.corp.example.net) stands in for a real server in docs and
# fixtures that copy a real configuration, so its credentials are still reported
# A host under the reserved TLDs .invalid and .example (RFC 2606: never resolvable; openai's
# fixtures write https://user:synthetic-url@fixture.invalid/) is no server at all.
_EXAMPLE_HOST_RE = lazy(
    r"@(?:(?:www\.)?example\.(?:com|org|net)(?![\w.-]*[\w-])"
    r"|(?:[\w-]+\.)+(?:invalid|example)(?![\w.-]*[\w-]))",
    re.I,
)


# a whole value that is an e-mail address on a reserved documentation domain
_EXAMPLE_EMAIL_RE = lazy(r"^[\w.+-]{1,64}@(?:[\w-]+\.)*example\.(?:com|org|net)$", re.I)


# machine example.org login … password …: the netrc entry of a documentation host (a manual page
# writes the dot as \\&. and may add a port or path: example.org:443, example.org/debian)
_NETRC_EXAMPLE_HOST_RE = lazy(
    r"\bmachine[ \t]+(?:[\w-]+\.)*example(?:\\&)?\.(?:com|org|net)(?:[:/][^\s]*)?(?:[ \t]|$)"
    r"|\bmachine[ \t]+(?:[\w-]+\.)+(?:invalid|example|test)(?:[:/][^\s]*)?(?:[ \t]|$)",
    re.I,
)


# the clause before a MySQL account's password hash, up to the value's opening quote
_MYSQL_HASH_CLAUSE_RE = lazy(
    r"""\bidentified\s{1,5}(?:by\s{1,5}password|(?:with|via)\s{1,5}[\w'"`]{1,64}\s{1,5}(?:as|using))"""
    r"""\s{0,5}['"]{1,2}$""",
    re.I,
)


def _before_example_host(secret: str, line: str) -> bool:
    """``https://user:s3cret@example.com/``: the credentials of a URL on a reserved documentation
    domain, which no one can log in to."""
    at = line.find(secret)
    while at >= 0:
        if _EXAMPLE_HOST_RE.match(line, at + len(secret)):
            return True
        at = line.find(secret, at + 1)
    return False


def _is_supabase_anon_key(secret: str) -> bool:
    """Supabase's ``anon`` key: a JWT issued by ``supabase`` for role ``anon``, which Supabase
    tells apps to ship in the browser (row-level security decides what it may read); the
    ``service_role`` key of the same project bypasses that security and stays a finding."""
    parts = secret.split(".")
    if len(parts) != 3:
        return False
    try:
        raw = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        payload = json.loads(raw)
    except (ValueError, binascii.Error):
        return False
    return (
        isinstance(payload, dict)
        and payload.get("iss") == "supabase"
        and payload.get("role") == "anon"
    )


# the words of the payloads that JOSE libraries' READMEs, docstrings and tests sign to show the
# API: {"some": "payload"} (PyJWT), {"key": "value"} (python-jose), {"a": "b"}, {"hello": "world"}
_DEMO_PAYLOAD_WORDS = frozenset(
    {"some", "payload", "key", "value", "a", "b", "foo", "bar", "baz", "hello", "world", "test",
     "data", "example"}
)  # fmt: skip
# a constant in capitals that names a stand-in (NETLIFY_DEV_LOCALLY_EMULATED_JWT, FAKE_TOKEN);
# the words also as bytes, to look for them in a payload before parsing it
_DEMO_CONSTANT_WORDS = ("TEST", "FAKE", "DUMMY", "MOCK", "EMULATED", "EXAMPLE", "PLACEHOLDER")
_DEMO_CONSTANT_RE = lazy(r"^[A-Z0-9_]*(?:" + "|".join(_DEMO_CONSTANT_WORDS) + r")[A-Z0-9_]*$")
_DEMO_CONSTANT_BYTES = tuple(w.encode() for w in _DEMO_CONSTANT_WORDS)
# the claims a service reads from a token it accepts
_SERVICE_CLAIMS = frozenset(
    {"sub", "iss", "aud", "exp", "iat", "nbf", "jti", "role", "roles", "scope", "scopes", "email",
     "user", "user_id", "uid", "username", "tenant", "org", "app_metadata", "user_metadata"}
)  # fmt: skip


# a claim named by a URI at a reserved example domain (RFC 7519 3.1's "http://example.com/is_root")
_EXAMPLE_CLAIM_RE = lazy(r'"https?://(?:[\w-]+\.)*example\.(?:com|org|net)/[^"]{0,200}"\s{0,5}:')


def _is_jwt_io_sample(raw: bytes | None) -> bool:
    """Whether decoded ``raw`` is the claims of jwt.io's debugger sample,
    {"sub":"1234567890","name":"John Doe","iat":1516239022}."""
    return raw is not None and raw[:1] == b"{" and b"John Doe" in raw and b'"1234567890"' in raw


def _is_demo_jwt(secret: str) -> bool:
    """Whether ``secret`` is a signed JWT whose payload is empty (``e30``, ``{}``) or one or two
    members made of demo words (or a demo word and a counting number: ``{"test": 1234}``) only
    (no subject, issuer, expiry or role: nothing a service would
    accept it for), or a JWS whose payload is a sentence of prose rather than claims (RFC 7520's
    examples sign "It's a dangerous business, Frodo, going out your door. …", copied into JOSE
    libraries' tests)."""
    parts = secret.split(".")
    if len(parts) != 3:
        return False
    raw = b64decode_any(parts[1])
    if raw is None:
        return False
    try:
        if raw[:1] != b"{":
            return _is_prose(raw.decode("utf-8"))
        if _is_jwt_io_sample(raw):
            # (with "admin":true in some copies, signed with any algorithm), copied into
            # tutorials and proxies' tests (HAProxy's reg-tests send it as a Bearer header)
            return True
        if b"example." in raw and _EXAMPLE_CLAIM_RE.search(raw.decode("utf-8", "replace")):
            # {"iss":"joe", "exp":1300819380, "http://example.com/is_root":true}: RFC 7519's
            # example claims (and RFC 7515's signed token of them), in every JWT library's tests
            return True
        if len(parts[1]) <= 200 and any(w in raw for w in _DEMO_CONSTANT_BYTES):
            # {"source":"netlify dev","testData":"NETLIFY_DEV_LOCALLY_EMULATED_IDENTITY"}
            # (netlify-cli's local emulation): a constant that says the token is a stand-in,
            # and none of the claims a service checks
            claims = json.loads(raw)
            if (
                isinstance(claims, dict)
                and len(claims) <= 3
                and _SERVICE_CLAIMS.isdisjoint(claims)
                and any(isinstance(v, str) and _DEMO_CONSTANT_RE.match(v) for v in claims.values())
            ):
                return True
        if len(parts[1]) > 64:
            return False
        payload = json.loads(raw)
    except ValueError:
        return False
    return (
        isinstance(payload, dict)
        and len(payload) <= 2
        and all(
            k in _DEMO_PAYLOAD_WORDS
            and (v in _DEMO_PAYLOAD_WORDS if isinstance(v, str) else _counting_number(v))
            for k, v in payload.items()
        )
    )


def _counting_number(v: object) -> bool:
    """1234, 12345, 123456789: an int whose digits count up from 1 (a typed demo number, as in
    PyJWT's ``{"test": 1234}``)."""
    if not isinstance(v, int) or isinstance(v, bool) or v < 123:
        return False
    digits = str(v)
    return digits == "123456789"[: len(digits)]


def _is_prose(text: str) -> bool:
    """Eight or more words of letters, separated by spaces, with at most sentence punctuation."""
    words = text.split()
    if len(words) < 8:
        return False
    letters = sum(1 for w in words if w.strip(".,;:!?'\"\u2019").isalpha())
    return letters >= 0.9 * len(words)


# the four fields before the password of a .pgpass entry, from the start of the line
# libpq lets an entry escape ":" and "\" in its fields with a backslash (db\:primary:5432:…)
_PGPASS_HEAD_RE = lazy(
    r"(?P<host>(?:[0-9A-Za-z._*-]|\\[:\\]){1,255}):(?:[0-9]{1,5}|\*):(?:[^:\s\\]|\\[:\\]){1,64}:"
    r"(?:[^:\s/\\]|\\[:\\]){1,64}:"
)


def _is_pgpass_entry(secret: str, line: str) -> bool:
    """Whether ``secret`` is the password of an entry that fills ``line`` from its start. The
    rule's regex cannot anchor every line of a file (the newline that ends one entry starts the
    next, and its dialect has no multi-line ``^``), so a match that starts inside a line
    (``arn:aws:rds:*:*:db:name`` in a policy) is dropped here; so is a row of numbers whose first
    field is no host (``1:1:6:*:water``, a data example in numdiff's manual)."""
    for text in line.splitlines():
        m = _PGPASS_HEAD_RE.match(text)
        if m is not None and not m["host"].isdigit() and text.startswith(secret, m.end()):
            return True
    return False


def _basic_reason(secret: str, path: str | None = None) -> str | None:
    """An ``Authorization: Basic`` value: base64 of ``user:password``; a password that is a word,
    a phrase or a placeholder (``hello:world``, ``Aladdin:open sesame``, ``netrc_user:netrc_pass``)
    is a test or documentation header."""
    try:
        raw = base64.b64decode(secret + "=" * (-len(secret) % 4), validate=True)
    except (binascii.Error, ValueError):
        # b'Basic dXNlcm5hbWU6dmVyeWxvbmdwYXNzd29yZHRoYXRleHRlbmRzY' b'mV5b25k…' (treq's tests: a
        # header wrapped over two literals): the whole groups of four read alone
        body = secret.rstrip("=")
        try:
            raw = base64.b64decode(body[: len(body) - len(body) % 4], validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if b":" not in raw or not (raw.isascii() and raw.decode("ascii").isprintable()):
            raw = b""  # not the start of a login pair in text: nothing to read
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # "user:passé" in Latin-1 (urllib3's tests of basic_auth_encoding): RFC 7617 leaves the
        # charset to the two sides, and Latin-1 was the default; other bytes are no text
        text = raw.decode("latin-1")
        if ":" not in text or not text.isprintable():
            text = ""
    if ":" not in text:
        # an opaque value in the Basic scheme (an API key sent as is, or pasted cut or changed):
        # still a credential when it looks generated; "Basic realm", "Basic auth" are not
        # (text without a colon, "Basic dXNlcm5hbWU=", is an encoded word unless it looks generated)
        core = text if text.isprintable() and text else secret.rstrip("=")
        if len(core) >= 8 and looks_random(core, 8) and not is_placeholder(core):
            return None
        return "not base64 user:password"
    if placeholder_basic_credentials(text):  # user:password, foo:bar, admin:admin
        return "placeholder credentials"
    user, _, password = text.partition(":")
    if password.lower() == user.lower():
        return "password repeats the user name (a default or test account)"
    if _password_reason(password, quoted=True) in ("placeholder or test value", _KNOWN_REASON):
        return "placeholder or well-known password (a test or documentation header)"
    words = split_words(password)
    if (" " in password and _password_reason(password, quoted=True) == "identifier or phrase") or (
        words and all(w.isalpha() and is_dictionary_word(w.lower()) for w in words)
    ):
        return "words or a phrase as the password (a test or documentation header)"
    if (
        _is_fixture_path(path)
        and not password.isupper()
        and _password_reason(password, quoted=True) == "a word, not a chosen password"
    ):
        # Authorization: Basic aWFtOm15c2VsZg== ("iam:myself", in hundreds of curl's test
        # cases): a word as the password of a test's header (capitals may be an acronym or a
        # generated code, and stay)
        return "a word as the password of a test's or documentation's Basic header"
    return None


# ----------------------------------------------------------------------------- generic rules


def _rejected_key(family: str, secret: str, line: str, span: tuple[int, int, int]) -> bool:
    """Whether :func:`_assignment_reason` is certain to reject this keyword rule's candidate for
    its key name: :func:`_key_reason` rejects the name :func:`_key_span` reads (or an XML pair's
    key attribute), which is neither ``PWD`` (let through for ODBC) nor a test name whose quoted
    value is let through when it looks generated. Every check before that one only rejects
    (tests/scan/test_filters_key_gate.py)."""
    if secret.startswith("{noop}"):
        return False
    mstart, start, _end = span
    ks, ke = _key_span(line, mstart)
    key = line[ks:ke]
    pair = _XML_PAIR_RE.match(line, ke, start)
    if pair:
        key = pair.group(1)
    return (
        _key_reason(family, key) is not None
        and key not in ("PWD", "OLDPWD")
        and not _names_test_value(key, family)
    )


def _locate(rule: Rule, secret: str, line: str) -> tuple[int, int, int]:
    """(match start, secret start, secret end) of ``secret`` on ``line``."""
    pos = 0
    while pos <= len(line):  # overlapping matches, as Hyperscan reports them
        m = rule.compiled.search(line, pos)
        if not m:
            break
        if m.group("secret") == secret:
            return m.start(), m.start("secret"), m.end("secret")
        pos = m.start() + 1
    at = line.rfind(secret)
    if at < 0:
        return 0, 0, len(secret)
    return at, at, at + len(secret)


def _string_before(line: str, at: int) -> bool:
    """Whether another string argument ends right before ``at`` (``'x', 'pass_through'``)."""
    head = line[:at].rstrip()
    return head.endswith(",") and head[:-1].rstrip()[-1:] in _QUOTES


def _is_user_name(value: str, line: str) -> bool:
    """``user=gorm password=gorm``, ``"username": "demo", "password": "demo"``: the password repeats
    the account name (a default or test account such as guest/guest), or a client secret repeats
    the client's id (``--oauth-client-id='looker' --oauth-client-secret='looker'``)."""
    if len(value) > 32 or value.lower() not in line.lower().replace(value.lower(), "", 1):
        return _is_leet_user_name(value, line)
    low = value.lower()
    return any(m.group(1).lower() == low for m in _USER_FIELD_RE.finditer(line)) or (
        "@" in line and any(m.group(1).lower() == low for m in _SQL_ACCOUNT_RE.finditer(line))
    )


def _is_leet_user_name(value: str, line: str) -> bool:
    """``Username="admin", Password="adm1n"``: the account name in leetspeak is still the account
    name (moto's broker tests). Short lines only: the line is translated once."""
    low = value.lower()
    plain = low.translate(DELEET)
    if plain == low or len(line) > 1024:
        return False
    return any(m.group(1).lower().translate(DELEET) == plain for m in _USER_FIELD_RE.finditer(line))


def _is_i18n(path: str | None) -> bool:
    """A translation or message catalogue (``locales/de.json``, ``lang/nl/auth.php``, ``*.po``)."""
    return _path_matches(_I18N_PATH_RE, path, _I18N_HINTS)


@lru_cache(maxsize=4096)
def _path_matches(pattern: LazyPattern, path: str | None, hints: tuple[str, ...] = ()) -> bool:
    """Whether ``pattern`` occurs in ``path`` (``\\`` read as ``/``). Memoised: a file's
    candidates ask the same questions of its path (the i18n pattern alone cost ~5 % of a scan).

    ``hints``: lower-case pieces one of which every match holds (with a ``/`` put before the
    path); an ASCII path with none of them is ruled out without the search, which costs 4-9 us
    a path for the wide patterns (tests/scan/test_filters_path_class.py checks each list)."""
    if path is None:
        return False
    path = path.replace("\\", "/")
    if hints and path.isascii():
        low = "/" + path.lower()
        if not any(h in low for h in hints):
            return False
    return pattern.search(path) is not None


# character classes the filters strip or split on (compiled once, not looked up in re's cache)
_NOT_LOWER_ALNUM_RE = lazy(r"[^a-z0-9]")
_NOT_LOWER_RE = lazy(r"[^a-z]")
_UNDERSCORE_DASH_RE = lazy(r"[_-]")
_DOTS_UNDERSCORES_RE = lazy(r"[._]+")


@lru_cache(maxsize=4096)
def _is_code(path: str | None) -> bool:
    if not path:
        return False
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if name.endswith(".map"):
        # a source map (app.js.map, index.d.ts.map): its sourcesContent is the code of the file
        # it maps, as JSON strings; a quoted literal there keeps its (escaped) quotes
        name = name[:-4]
    dot = name.rfind(".")
    return dot > 0 and name[dot:] in CODE_EXTENSIONS


def _is_source_map(path: str | None) -> bool:
    return _extension(path) == ".map"


def _code_line_before(before: str, path: str | None) -> str:
    """The text before a value on its line of code. In a source map the code stands in a JSON
    string, its lines joined by ``\\n`` escapes and its quotes escaped: the value's own line is
    the text after the last ``\\n``, with ``\\"`` read as ``"``."""
    if not _is_source_map(path):
        return before
    start = before.rfind("\\n") + 2 if "\\n" in before else 0
    # or the JSON string's opening quote (an unescaped one), on the first line of a source
    for m in _UNESCAPED_QUOTE_RE.finditer(before, start):
        start = m.end()
    return before[start:].replace('\\"', '"')


# a double quote that no backslash escapes: where a JSON string starts or ends
_UNESCAPED_QUOTE_RE = lazy(r'(?:^|[^\\])"')


@lru_cache(maxsize=4096)
def _extension(path: str | None) -> str:
    name = (path or "").replace("\\", "/").rsplit("/", 1)[-1].lower()
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def _is_embedded_config(line: str, path: str | None) -> bool:
    """A line of a Go, Java, C/C++ or PHP file that the language cannot parse: config text held in
    a multi-line string (Go raw strings, Java text blocks, heredocs), such as ``password: X``
    alone on its line, a flow map ``users: [{user: a, password: b}]`` or, in Go (gofmt puts
    spaces around ``=``), ``password=X``. There an unquoted value is a literal, not a variable."""
    ext = _extension(path)
    if ext not in _NO_BARE_PAIR_EXTS:
        return False
    return bool(
        _BARE_PAIR_LINE_RE.match(line) or (ext == ".go" and _BARE_EQUALS_LINE_RE.match(line))
    )


def _key_span(line: str, match_start: int) -> tuple[int, int]:
    """Start and end of the key name around the keyword the match starts on."""
    ks = match_start
    while ks > 0 and (line[ks - 1].isalnum() or line[ks - 1] in _KEY_PUNCT):
        ks -= 1
    right = _RIGHT_KEY_RE.match(line, match_start)
    return ks, right.end() if right else match_start


def _named_value_reason(name: str, secret: str, path: str | None) -> str | None:
    """Judge ``secret`` as ``NAME = "…"`` by the highest-priority credential family of ``name``."""
    families = key_families(name)
    family = next((f for f in FAMILY_ORDER if f in families), None)
    if family is None:
        return "key name is not credential-like"
    one_line = f'{name} = "{secret}"'
    start = len(name) + 4
    return _assignment_reason(family, True, secret, one_line, path, (0, start, start + len(secret)))


# "${NAME:" right before a value that starts with the "-" or "=" of a default
_SHELL_DEFAULT_BEFORE_RE = lazy(r"\$\{[A-Za-z0-9_]{1,120}:$")
# the first credential-named variable of ${NAME:-default}, ${NAME-default}, ${NAME:=default} on a
# line (postgres://${DB_USER:-app}:${DB_PASSWORD:-…}@db: DB_PASSWORD, the one the default is for)
_SHELL_DEFAULT_NAME_RE = lazy(
    r"\$\{([A-Za-z0-9_]*(?i:pass|pwd|secret|token|key|auth|credential)[A-Za-z0-9_]*):?[-=]"
)
# the last name of the first credential-named template value (.Values.auth.password, $es.password,
# a Jinja variable at the start of an expression: {{ vault_db_password | default('…') }})
_TEMPLATE_VALUE_NAME_RE = lazy(
    r"(?:(?:\.Values|\$\w*)(?:\.[\w-]+)*\.|\{\{-?[ \t]*(?:\w+\.)*)"
    r"([\w-]*(?i:pass|pwd|secret|token|key|auth|credential)[\w-]*)"
)
# rules whose value is named elsewhere on the line -> the pattern whose group 1 is that name
_NAMED_VALUE_RULES = {
    "generic-c-define": _DEFINE_NAME_RE,  # #define NAME "…"
    "generic-gradle-build-config-field": _GRADLE_FIELD_NAME_RE,  # buildConfigField "String", "NAME", "\"…\""
    "generic-hcl-variable-default": _HCL_VARIABLE_NAME_RE,  # variable "NAME" { … default = "…" }
    "generic-yaml-block-scalar": _YAML_BLOCK_KEY_RE,  # NAME: |⏎  …
    "generic-xml-property": _XML_PROPERTY_NAME_RE,  # <name>NAME</name> <value>…</value>
    "generic-server-header-directive": _SERVER_DIRECTIVE_NAME_RE,  # proxy_set_header NAME …
    "generic-config-directive": _CONFIG_DIRECTIVE_NAME_RE,  # auth_pass …
    "generic-env-table-row": _ENV_TABLE_NAME_RE,  # NAME   VALUE (Get-ChildItem Env:)
    "generic-windows-setx": _SETX_NAME_RE,  # setx NAME VALUE (cmd, PowerShell)
    "generic-lisp-setq": _LISP_SETQ_NAME_RE,  # (setq NAME "…") (Emacs init files)
    "generic-command-output-named": _COMMAND_OUTPUT_NAME_RE,  # terraform output NAME⏎…
    "generic-cli-flag-default": _FLAG_NAME_RE,  # flag.String("NAME", "…", usage)
    "generic-argparse-default": _FLAG_NAME_RE,  # add_argument("--NAME", default="…")
    "swift-set-for-key": _FOR_KEY_NAME_RE,  # set("…", forKey: "NAME")
    "elixir-put-env-credential": _PUT_ENV_NAME_RE,  # Application.put_env(:app, :NAME, "…")
    "generic-shell-default": _SHELL_DEFAULT_NAME_RE,  # ${NAME:-…} (compose files, scripts)
    "generic-template-default": _TEMPLATE_VALUE_NAME_RE,  # .Values.NAME | default "…" (Helm)
}
# named-value rules whose match does not itself hold a credential's name ({{ default "…"
# .Values.oracle_sid }}): without one the value is no finding, not a password
_NAME_REQUIRED_RULES = frozenset({"generic-template-default"})
# rules whose value has no name on the line: judged as the name the call implies
_IMPLIED_NAMES = {
    # a JWT library's HMAC key argument: jwt.sign(payload, "…"), Algorithm.HMAC256("…")
    "jwt-hmac-secret-literal": "jwt_secret",
    # ClientSecretCredential(tenant, client, "…")
    "azure-client-secret-credential-positional": "client_secret",
    # createHmac(alg, "…"), hmac.new(b"…"), SecretKeySpec("…".getBytes(), alg)
    "crypto-key-literal": "hmac_key",
    # SecretValue.unsafePlainText("…") (the AWS CDK)
    "cdk-secret-value-plaintext": "secret_value",
    # gh secret set NAME --body "…": a GitHub Actions secret, whatever its name
    "generic-gh-secret-set": "secret",
    # "use … as the API key": a value named after it in a sentence
    "generic-prose-value-as-credential": "api_key",
    # Composer auth.json: {"bearer": {"repo.acme.io": "…"}}, {"github-oauth": {"github.com": "…"}}
    "composer-auth-host-token": "access_token",
    # API-client exports: "auth": {"type": "bearer", "bearer": "…"}
    "generic-json-bearer": "bearer_token",
    # Postman API Key auth: "apikey": [{"key": "value", "value": "…"}, …]
    "postman-apikey-auth-value": "api_key",
    # RABBITMQ_ERLANG_COOKIE=…, RELEASE_COOKIE=…, -setcookie …
    "erlang-cookie": "cookie_secret",
}


# a password switch that takes no value, and the blank after it: --disabled-password, --no-password,
# --ask-password, --prompt-for-password, --random-passwords
_CLI_SWITCH_BEFORE_RE = lazy(
    r"(?<![\w-])--(?:disabled?|no|ask|prompt(?:-for)?|random|generate|empty|show|hide|forget)"
    r"-pass(?:word|wd|phrase)s?[ \t]+$"
)


def _cli_password_reason(secret: str, path: str | None, line: str) -> str | None:
    """Why a password given to a command on its line (``_CLI_PASSWORD_RULES``) is not one, or
    None: the judgements a keyword rule's password gets, where they apply to a command's."""
    if secret[:2] == "//":
        # curl … -u http://130.89.148.77 (Debian Edu's wpad-extract): the option's argument is
        # a URL, read as a user "http" and a password; what follows the colon is its rest
        return "a URL after its scheme (-u http://…), not a user:password pair"
    if "</" in secret and len(secret.partition("</")[0]) < 4:
        # setup-x86_64 -q -P autoconf … -P unzip -P zip</code></pre> (OpenJDK's building.html:
        # Cygwin's package list after unzip): the markup closes after a word too short to judge
        return "a short word and an HTML closing tag (zip</code>), not a password"
    if _is_fixture_word(secret, path, line):
        # curl -u root:icinga 'https://localhost:5665/v1' (Icinga's API docs, 60 times), mysql
        # -picinga in its upgrade guide: a word or made-up word as a command's password in a
        # test or documentation file, as a keyword rule's value there already was
        return "word or made-up word in a test, fixture or documentation file"
    reason = _password_reason(secret, quoted=True)
    if reason == "placeholder or test value" or (
        _is_fixture_path(path)
        and (reason == _KNOWN_REASON or is_placeholder(secret) == "placeholder or test value")
    ):
        # openssl pkcs12 … -passin pass:passw0rd (Salt's tests), printf '%s' s3cret | docker
        # login --password-stdin (pyinfra's): the placeholders a keyword rule's password already
        # drops, given to a command; ConvertTo-SecureString -String "vagrant" (pypsrp's README)
        # and pass:asdf (Go's x509 tests): a published default or the wider placeholder words,
        # in a test or documentation file only (in a script that installs a service, mysql
        # -uzabbix -pzabbix sets a real, weak password, and pass:pgpoolsecret is a chosen one)
        return "placeholder or well-known password given to a command"
    if _CRED_WORD_TAIL_RE.match(secret):
        # 'docker login loginServer -u %s -p refreshToken' (Azure CLI's ACR message), az login
        # --password VerySecret (its help): words in camelCase or PascalCase that end in the
        # kind of credential, a name for what goes there
        return "words naming the credential (refreshToken, VerySecret), not its value"
    return None


# a password given to a command on its line (curl -u user:pass, mysql -ppass, sshpass -p pass)
_CLI_PASSWORD_RULES = frozenset(
    {"curl-basic-auth", "httpie-basic-auth", "mysql-cli-password", "psql-inline-password",
     "sqlserver-cli-password", "mongo-cli-password", "redis-cli-password", "sshpass-password",
     "docker-login-password", "ldap-cli-password", "smbclient-user-password",
     "lftp-user-password", "openssl-passphrase-arg", "azure-cli-login-password",
     "docker-login-password-stdin", "powershell-securestring-plaintext", "htpasswd-cli-password",
     "psexec-password", "net-use-password", "archive-cli-password", "keytool-store-password",
     "macos-security-cli-password", "sudo-stdin-password"}
)  # fmt: skip
# rules whose password stands alone -> the one-line assignment it is judged as: a positional
# argument in code is a quoted literal; a credential sheet's cell or a config directive's argument
# is a whole value, like a config file's (policy-shaped passwords are kept there)
_LONE_PASSWORD_RULES = {
    "generic-prose-user-slash-password": 'password = "{}"',
    "generic-prose-user-colon-password": 'password = "{}"',
    "http-auth-tuple-password": 'password = "{}"',
    "php-db-connect-password": 'password = "{}"',
    "perl-dbi-connect-password": 'password = "{}"',
    "positional-connect-password": 'password = "{}"',
    "sbt-credentials-password": 'password = "{}"',
    "chpasswd-password": 'password = "{}"',
    "basic-auth-encoded-pair": 'password = "{}"',
    "generic-secret-command-output": 'password = "{}"',
    "csv-password-column": "password={}",
    "markdown-password-column": "password={}",
    "password-list-file-entry": "password={}",
    "haproxy-insecure-password": "password={}",
    "haproxy-stats-auth-password": "password={}",
    "go-mysql-dsn-password": 'password = "{}"',
    "sql-credential-columns": 'password = "{}"',
    "oracle-connect-string-password": 'password = "{}"',
    "redis-acl-user-password": 'password = "{}"',
    "rabbitmqctl-password": 'password = "{}"',
    "ipsec-secrets-psk": 'password = "{}"',
    "cisco-type0-password": 'password = "{}"',
    "cisco-snmp-community": 'password = "{}"',
    "generic-ldap-bindpw": "password={}",
    "curl-option-password": 'password = "{}"',
    "sqlserver-cli-password": "password={}",
    "windows-net-user-password": "password={}",
    "ldap-bind-password": 'password = "{}"',
    "ruby-net-smtp-password": 'password = "{}"',
    "java-keystore-password-literal": 'password = "{}"',
    "bundler-source-credentials": "password={}",
    "ngrok-basic-auth-password": "password={}",
}


def _generic_reason(
    rule: Rule,
    secret: str,
    line: str,
    path: str | None,
    span: tuple[int, int, int] | None = None,
) -> str | None:
    """``span``: the match's place on ``line`` when the engine gave it (see reject_reason)."""
    if "-" in secret and _OBJECT_NAME_RE.match(secret) and (at := line.find(secret)) > 0:
        if _PASSWORD_SECRET_KEY_BEFORE_RE.search(line, max(0, at - 80), at):
            # postgres_password_secret: "pg-creds", adminPasswordSecret: redis-auth (Helm values,
            # operators): the name of the stored secret that holds the password. Graylog's
            # password_secret is a generated pepper, no such name: it is judged as usual
            return "key references a secret by name"
    if secret[:1] in "-=" and rule.id != "generic-shell-default":
        at = _value_at(secret, line, span)
        if _SHELL_DEFAULT_BEFORE_RE.search(line, max(0, at - 130), at):
            # postgres://${DB_USER:-app}:${DB_PASSWORD:-…}@db: the ":" of ":-" read as the
            # assignment; the default is generic-shell-default's to judge
            return "default of a variable reference (judged by generic-shell-default)"
    if secret.startswith(("uuid=", "file=")) and "tpmkey:" in line.lower():
        # tpmkey:uuid=42309df8-…;storage=user (GnuTLS's TPM key URLs): where the TPM keeps the
        # key, as a PKCS #11 URI names one on a token
        return "key locator URI (PKCS #11 or KMS key id), not key material"
    if "pkcs11:" in line and (at := _value_at(secret, line, span)) > 0:
        if _PKCS11_ATTRIBUTE_BEFORE_RE.search(line, max(0, at - 400), at):
            # pkcs11:manufacturer=piv_II;token=PIV_II%20…;object=… (RFC 7512): the label of a
            # smart card or HSM token and of an object on it; its pin-value is the secret
            return "label in a PKCS #11 URI (token=, object=), not a credential"
    if secret.startswith("{noop}") and len(secret) > 6:
        # Spring Security's DelegatingPasswordEncoder id for a password stored in plain text:
        # .password("{noop}…") holds the password itself after the prefix ({bcrypt}… is a hash)
        return _generic_reason(rule, secret[6:], line.replace(secret, secret[6:], 1), path)
    if rule.id in _NOTE_SHAPE_RULES and _is_code(path) and not is_comment_line(line):
        # a notes shape without an assignment ("pw …", "password …"): in source code outside a
        # comment it is code, not a note
        return "notes shape in source code (not a comment)"
    if (reason := _misread_reason(rule, secret, line, span)) is not None:
        return reason
    if (reason := _code_shape_reason(rule, secret, line)) is not None:
        return reason
    if (reason := _docs_shape_reason(secret, line, path)) is not None:
        return reason
    if (reason := _web_shape_reason(rule, secret, line, path, span)) is not None:
        return reason
    if (reason := _prec15_ml_reason(rule, secret, line, path)) is not None:
        return reason
    if (reason := _prec16_generic_reason(rule, secret, line, path)) is not None:
        return reason
    if (reason := _prec37_shape_reason(rule, secret, line, span)) is not None:
        return reason
    if (reason := _prec39_shape_reason(rule, secret, line, span, path)) is not None:
        return reason
    if (reason := _prec42_shape_reason(rule, secret, line, span)) is not None:
        return reason
    if line[:1] not in " \t" and _is_makefile(path) and _MAKE_RULE_LINE_RE.match(line):
        # pw : pwlibs, memory_pw4gww.x: memory_pw4gww.f90 (Quantum ESPRESSO's makefiles, whose
        # program is pw.x): a make rule, its targets and their prerequisites
        return "a make rule (target: prerequisites), not a value"
    if (
        _extension(path) in _POSTSCRIPT_EXTENSIONS
        and len(line) >= 60
        and _ASCII85_LINE_RE.match(line)
    ):
        # @ZSH6M1$$6,n<HcPW0q.=Q5.T*tj&q*0iK1EEqLV… (GMT's example figures): a line of an
        # image's ASCII85 data, where "PW" and "=" fall by chance
        return "a line of ASCII85 image data in PostScript, not a value"
    if (reason := _prec46_shape_reason(secret, line, span)) is not None:
        return reason
    if (reason := _prec60_shape_reason(secret, line, span)) is not None:
        return reason
    if (reason := _prec62_shape_reason(secret, line, span)) is not None:
        return reason
    if (reason := _prec67_shape_reason(secret, line, span)) is not None:
        return reason
    if (reason := _prec77_shape_reason(rule, secret, line, path, span)) is not None:
        return reason
    if (reason := _prec100_shape_reason(rule, secret, line, span)) is not None:
        return reason
    if _PREC75_BLKID_TAG_RE.match(secret):
        # salt '*' disk.blkid token='UUID=6a38ee5-7235-…' (Salt's disk module): a file system's
        # tag as blkid and fstab name it (UUID=, PARTUUID=, LABEL=), not a credential
        return "a file system's tag (UUID=…, LABEL=…), not a credential"
    if rule.id == "generic-url-credentials":
        reason = _url_reason(secret, line)
        if reason is None and _is_fixture_word(secret, path, line):
            return "word or made-up word in a test, fixture or documentation file"
        if reason is None and _is_fixture_path(path) and len(secret) <= 24:
            if _spells_pass(secret):
                # snowflake://admin:mypass%5D@…: "pass" with a symbol, a test of URL quoting
                return "'pass' spelled with symbols or escapes in a test or documentation file"
            if _names_itself(secret):
                return "value names itself (my key, new token, short pw) in a test or documentation file"
        return reason
    if rule.id == "generic-authorization-header":
        return _header_reason(secret, line, path)
    if rule.id == "generic-query-credential":
        return _query_reason(secret, line)
    if rule.id == "generic-xml-element":
        return _xml_element_reason(secret, line, path)
    if rule.id == "generic-json-string":
        return _json_string_reason(secret, line)
    if rule.id == "generic-otp-seed":
        return _otp_seed_reason(secret, line)
    if rule.id == "generic-byte-array-key":
        return _byte_array_reason(secret, line, path)
    if rule.id == "generic-env-name-value" and not _VALUE_KEY_RE.search(line):
        # name: DB_PASSWORD⏎value: …: the engine hands over the name's line; the value, on the next
        # line, is judged as the one-line "value: …" (unquoted: in code, a variable)
        one_line = f"value: {secret}"
        return _assignment_reason("password", False, secret, one_line, path, (0, 7, len(one_line)))
    if rule.id == "generic-config-directive" and not _CONFIG_DIRECTIVE_NAME_RE.match(line):
        # "… the bypass password here": the directive and its one argument must be the whole line
        return "not a directive alone on its line (prose or a comment)"
    if rule.id == "generic-config-directive" and _is_code(path) and not looks_random(secret):
        # my %ptype = qw(⏎  krb41password   krbv41 …) in Net::LDAP: two words on a line of source
        # code are a word list or a table; a config embedded in code keeps a generated value
        return "a name and a word in source code (a word list or table), not a config directive"
    implied = _IMPLIED_NAMES.get(rule.id)
    if implied is not None:
        return _named_value_reason(implied, secret, path)
    if rule.id == "generic-env-table-row" and not _ENV_TABLE_NAME_RE.match(line):
        # <span class="preprocessor">#define SSH_AUTH_METHOD_PASSWORD    0x0002u</span> (a
        # header's HTML listing): a table row's name starts its line
        return "not a row of a NAME  VALUE table (the name does not start the line)"
    if rule.id == "generic-env-table-row" and secret[:1] == ":":
        # STR_COMPANY_VIEW_PASSWORD   :{BLACK}Wagwoord (OpenTTD's language files): a string
        # table's NAME :text, whose colon ends the name; the text is judged without it
        secret = secret[1:]
    name_re = _NAMED_VALUE_RULES.get(rule.id)
    if name_re is not None:
        # the value's name stands elsewhere on the line: judged as NAME = "…" by the keyword rule
        # of the name's family
        m = name_re.search(line)
        if m is None and rule.id in _NAME_REQUIRED_RULES:
            return "the value's name is not credential-like"
        return _named_value_reason(m.group(1) if m else "password", secret, path)
    if rule.id == "generic-prose-password" and secret[:1] == "|" and secret[1:].isalpha():
        # "^(Enter Passphrase for keystore: |Enter key password for .+: )$" (Ant's jar signer
        # task): the bar between a regular expression's alternatives, then the next one's word
        return "a regular expression's next alternative (|Enter), not a password"
    if (
        rule.id == "generic-prose-password"
        and secret.rstrip(".,;:!?)]}").isalpha()
        and secret.rstrip(".,;:!?)").islower()
        and _is_code(path)
        and _DOC_COMMENT_LINE_RE.match(line)
    ):
        # " * @returns Whether the password has been compromised.": API documentation in a doc
        # comment says what a password is or becomes; a lower-case word there is English
        return "a word in a doc comment describing the password, not a password"
    if (
        rule.id == "generic-prose-password"
        and secret.isalpha()
        and secret.istitle()
        and (at := line.find(secret)) > 0
        and _TITLE_PROSE_PASSWORD_RE.search(line, max(0, at - 40), at)
    ):
        # d: 'Check Password Is Strong' (a tool's operation name): a title in Title Case, each
        # word capitalised, not a sentence giving a password
        return "a word of a title in Title Case (Password Is Strong), not a password"
    if rule.id == "generic-prose-token-bare" and not any(c.isdigit() for c in secret):
        # private_key "hopenobodyfindsthisone": with no colon, verb or quotes to say a value
        # follows, letters alone are a word or a phrase; a generated key of 16+ characters
        # holds a digit (a random base-62 one lacks digits about once in 16)
        return "letters alone after the name, no colon or verb (a word or phrase)"
    if rule.id == "generic-prose-token-bare" and _SQL_INDEX_KEY_RE.match(line):
        # KEY `FK6sy157pseoxx4fmcqr1vnvvhy` (`app_id`) USING BTREE: an index's generated name in
        # SQL DDL, not a key
        return "name of an SQL index (KEY name (column)), not a key"
    if rule.id == "generic-prose-token-bare" and word_fraction(secret) >= 0.5:
        # "the thumbnail key NSThumbnail1024x1024SizeKey" (an API constant): half or more of the
        # value is pronounceable words, an identifier, not a generated value
        return "an identifier of words after the name, not a generated value"
    if rule.id in _NOTE_PASSWORD_RULES and "\\u" in secret:
        # "Xbox Game Pass el\u0151fizet\u00e9s" (a translation file's JSON): judged as the letters
        # the escapes stand for
        secret = _json_unescape(secret)
    if (
        rule.id == "generic-prose-password-bare"
        and _PASS_STORE_ENTRY_RE.match(secret)
        and (at := line.find(secret)) > 0
        and _PASS_COMMAND_BEFORE_RE.search(line, 0, at)
    ):
        # "$ pass Email/zx2c4.com" (the pass password store shows an entry): the entry's name, a
        # folder and a site, not a password
        return "an entry of the pass password store (pass Email/…), not a password"
    if rule.id in _NOTE_PASSWORD_RULES and "\\" in secret:
        # "password quality\&." (a man page's troff): judged without the escapes (\&, \fR, \m[])
        secret = _ROFF_ESCAPE_RE.sub("", secret)
    if rule.id in _NOTE_PASSWORD_RULES and secret.endswith(("\\.$", ")$")):
        # failregex = … Unknown user or password incorrect\.$ (fail2ban): a pattern's end of
        # line after the sentence's last word
        secret = secret[: -3 if secret.endswith("\\.$") else -2]
    if rule.id in _NOTE_PASSWORD_RULES and secret.endswith(("*/", "$$;")) and len(secret) > 3:
        # /* password length*/ (Wireshark's SMB dissector): the comment closes after the word;
        # "… after the password change.$$;" (LedgerSMB's admin.sql): a PostgreSQL dollar-quoted
        # string ends after the sentence
        secret = secret[: -2 if secret[-1] == "/" else -3]
    if rule.id in _NOTE_PASSWORD_RULES and secret[:1] == "$" and secret[-1:] == ";":
        # pass $results; (Test::More in CSS::Minifier::XS's author tests): a Perl variable and
        # the statement's end, judged without the semicolon
        secret = secret[:-1]
    if rule.id in _NOTE_PASSWORD_RULES and secret[:1] == "&" and _C_ADDRESS_OF_RE.match(secret):
        # "If locations not in use, don't pass &yylloc." (bison's ChangeLog): the verb pass and
        # a C argument, the address of a variable
        return "the verb pass and a C variable's address (&yylloc), not a password"
    if (
        rule.id == "generic-prose-password-bare"
        and secret[-1] in "_.,;:!?)"
        and _RST_REFERENCE_RE.match(secret)
        and _PASS_VERB_BEFORE_RE.search(line, 0, max(line.find(secret), 0))
    ):
        # "All changes should include tests and pass flake8_." (pyflakes's README, in every
        # PKG-INFO): the verb and a reStructuredText link to a tool (name_), not a password
        return "the verb pass and a reStructuredText link (name_), not a password"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and secret.count(";") >= 2
        and _is_semicolon_word_list(secret)
    ):
        # ;completion;pass completion;#;maneuver;manoeuvre;play; (Calligra's thesaurus, one
        # entry's synonyms and a # before the broader terms): words between semicolons, a list
        return "words between semicolons (a word list), not a chosen password"
    if rule.id in _NOTE_PASSWORD_RULES and secret.rstrip(".,;:!?)]}*").isalpha():
        # "change your password regularly": letters alone after the word are English; the
        # shape reports only values with a digit or symbol (also before the * that closes an
        # emphasis: "ignore the extra pass functionality.)*", OBS's docs)
        return "a word in a sentence, not a chosen password"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and _is_code(path)
        and _CAMEL_CODE_NAME_RE.match(secret)
        and f"`{secret}`" in line
    ):
        # "// Only offered by nodes that pass `includeOAuth2Flow`": a code name in backticks
        return "a name in code (in backticks in a comment), not a password"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and (_BACKTICK_NAME_RE.match(secret) or _BACKTICK_MEMBER_RE.match(secret))
        and f"`{secret}`" in line
    ):
        # "it's not sufficient to pass `SSL_OP_NO_TLSv1`" (OpenSSL's changelog), "pass
        # `options.nunjucks`" (consolidate's README): a name with underscores or an object's
        # member in backticks is code quoted in prose, in any file
        return "a name in code (in backticks), not a password"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and (_is_code(path) or _is_changelog(path))
        # (a sentence's full stop after the name: "// TODO: Pass metav1.GetOptions.")
        and (
            _DOTTED_NAME_RE.match(secret.rstrip(".,;:"))
            or _SNAKE_CODE_NAME_RE.match(secret.strip("`").rstrip(".,;:"))
        )
    ):
        # (a ChangeLog says what changed in the code: "(_bfd_elf_close_and_cleanup): Pass
        # dwarf2_find_line_info", "Don't pass target1_type." in Binutils' ChangeLogs)
        # "# Tolerances adjusted to pass np.float32", "/// callers pass `azure_403_fastfail_policy`,"
        # "// Pass new_gen1 (not observed1)": a comment says what code passes on
        return "a name in code (what a comment says is passed), not a password"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and _is_changelog(path)
        and (at := _value_at(secret, line, span)) > 0
        and _CHANGELOG_ENTRY_PASS_BEFORE_RE.search(line, max(0, at - 16), at)
    ):
        # "(BASE_FLAGS_TO_PASS): Pass STAGEid_CFLAGS, …", "<case PROCESSOR_K8>: Pass nano-3000"
        # (GCC's ChangeLogs): a GNU ChangeLog entry names what changed, then says what it does
        return "a ChangeLog entry's verb after the changed names ((func): Pass …), not a password"
    if rule.id in _USER_PAIR_RULES and "\\u" in secret:
        # "Nombre de usuario / direcci\u00f3n de correo" (a translation file's JSON): the digits
        # are those of the escapes; the value is judged as the letters they stand for
        secret = _json_unescape(secret)
        if any(ord(c) > 127 for c in secret) and not any(c.isdigit() for c in secret):
            return "a word of a translated sentence (JSON-escaped letters), not a password"
    if rule.id in _USER_PAIR_RULES and (
        char_classes(secret) < 3 or not any(c.isdigit() for c in secret)
    ):
        # "user / group", "src / lib2to3", "verbatim / LaTeX-like": a pair of names, not a login
        # and its password (digits, and three of upper case, lower case, digits and symbols)
        return "not a mix of digits and two more kinds of characters (a pair of names)"
    if rule.id in _USER_PAIR_RULES and _CALL_CHAIN_VALUE_RE.search(secret):
        # .attr("x", w3 / 2).attr("y", …) (mermaid's bundle, after "diagObj.db"): a division in
        # code and the call chain after it, not a login and its password
        return "a division and a call chain in code (w3 / 2).attr(…), not a login pair"
    if rule.id == "password-list-file-entry" and _LIST_LABEL_RE.search(line, 0, line.find(secret)):
        return "user name, address or note of a password list entry, not its password"
    if rule.id == "password-list-file-entry" and _is_docs_folder(path):
        # django/docs/topics/auth/passwords.txt: a project's documentation page about passwords
        # (reStructuredText), not someone's list of them
        return "a documentation page named after passwords, not a password list"
    if rule.id == "http-auth-tuple-password" and (
        scheme := _PREC67_SCHEME_PAIR_RE.search(line, 0, _value_at(secret, line, span))
    ):
        # new AuthenticationHeaderValue("Basic", "QWxhZGRpbjpvcGVuIHNlc2FtZQ==") (.NET's tests):
        # a scheme and its parameter, not a user and a password; "realm=\"contoso.com\"" is a
        # challenge's parameter, and Basic's value is judged as an Authorization header's
        if "=" in secret.rstrip("="):
            return "parameters of an authentication scheme (realm=…), not a credential"
        if scheme.group(1).lower() == "basic":
            return _basic_reason(secret, path)
    template = _LONE_PASSWORD_RULES.get(rule.id)
    if template is not None:
        # a password that stands alone: judged as the one-line assignment in the same file
        one_line = template.format(secret)
        start = template.index("{}")
        span = (0, start, start + len(secret))
        return _assignment_reason("password", False, secret, one_line, path, span)
    if _HEX32_RE.match(secret) and (
        (_DOCSEARCH_LINE_RE.match(line) and _is_docs_site_config(path))
        or ("inputSelector" in line and _DOCSEARCH_AFTER_RE.search(line))
    ):
        # the Algolia DocSearch key in a Docusaurus / VitePress site config, or in a site's
        # bundle ({apiKey:"6df9…",indexName:"hugodocs",…}, Hugo's docs theme): a search-only key,
        # public by design (it ships in every page of the site)
        return "Algolia DocSearch search-only key (public by design)"
    if (
        (kat := _KAT_LINE_RE.match(line))
        and _is_fixture_path(path)
        and (kat.group("comment") or not _is_code(path))
    ):
        # "KEY: 9a97…" / "Key = 9a97…" alone on a line of a test-data file: a known-answer test
        # vector (NIST CAVP .rsp files, libsodium / Wycheproof-style .txt vectors); Key1 = …
        # (BoringSSL's cavp_3des_cmac_tests.txt), // Key = cf06… (QUICHE's AES-GCM tests: the
        # vector the test's arrays hold, in a comment)
        return "test vector (a KEY line of a test-data file)"
    if rule.id in _PROSE_TOKEN_RULES:  # "the token is …": a value that must look generated
        span = span or _locate(rule, secret, line)
        if rule.id in _NAMED_BEFORE_RULES and _NOT_THE_CREDENTIAL_RE.search(
            line, max(0, span[0] - 8), span[1]
        ):
            return "names a public key, a hash or an id of the credential, not the credential"
        if _FORMAT_COLON_RE.search(line[: span[1]]):
            # "assigned the same token in the following format: Console-CreateStack-7f59…":
            # documentation shows the shape of a value
            return "example of a documented format, not a credential"
        return _assignment_reason("token", False, secret, line, path, span)
    if rule.id in _RULE_FAMILY and _DEFINE_LINE_RE.search(line):
        return "reported by generic-c-define"  # the macro's name is its key, judged there
    family = _RULE_FAMILY.get(rule.id, "password")
    mstart, start, end = span or _locate(rule, secret, line)
    return _assignment_reason(
        family, rule.id in _RULE_FAMILY, secret, line, path, (mstart, start, end)
    )


# "… Password Is ", "… PW Was ": the key and its verb capitalised like the words of a title
_TITLE_PROSE_PASSWORD_RE = lazy(r"\b(?:Pass(?:word|wd|phrase)|PW|Pw)[ \t]+(?:Is|Was)[ \t]+$")
_JSON_U_ESCAPE_RE = lazy(r"\\u([0-9A-Fa-f]{4})")


def _json_unescape(text: str) -> str:
    """``text`` with its JSON ``\\uXXXX`` escapes replaced by the characters they stand for."""
    return _JSON_U_ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


# a key that ends in "<password> secret" right before the value, and a Kubernetes-style object
# name (lower-case pieces joined by "-" or "."): the secret object that holds a password
_PASSWORD_SECRET_KEY_BEFORE_RE = lazy(
    r"(?i)pass(?:word|wd|phrase)?[_.-]?secret[\"']?\]?[ \t]{0,3}[:=][ \t]{0,3}[\"']?$"
)
_OBJECT_NAME_RE = lazy(r"^[a-z0-9]{1,40}(?:[-.][a-z0-9]{1,40}){1,6}$")
# an index in SQL DDL: [UNIQUE|PRIMARY|FOREIGN|FULLTEXT|SPATIAL] KEY `name` (`column`, …)
_SQL_INDEX_KEY_RE = lazy(
    r"(?i)^[ \t]*(?:(?:unique|primary|foreign|fulltext|spatial)[ \t]+)?key[ \t]+[`\"]?[\w$]+[`\"]?[ \t]*\("
)


# credentials named in a sentence ("the token is …", "use this key until …: …"): judged as a token
_PROSE_TOKEN_RULES = frozenset(
    {"generic-prose-token", "generic-prose-colon-credential", "generic-prose-token-bare"}
)
# shapes whose words before the value may say what it is (not "the token is …")
_NAMED_BEFORE_RULES = frozenset({"generic-prose-colon-credential", "generic-prose-token-bare"})
# the words before the colon say the value is not the credential itself: "Public key pin-sha256:
# …" (a pinned key's hash), "key fingerprint:", "token id:", "password hash:", "Guid Credential :"
_NOT_THE_CREDENTIAL_RE = lazy(
    r"\b(?:public|pub)[ \t]+(?:key|token)\b|\b(?:sha-?\d*|hash(?:ed)?|digests?|fingerprints?"
    r"|checksums?|pins?|ids?|guids?|uuids?|identifiers?|names?|salts?|nonces?)\b",
    re.I,
)


def _xml_element_reason(secret: str, line: str, path: str | None) -> str | None:
    """``<apiToken>⏎    value⏎</apiToken>``: ``line`` is the opening tag's line (the value sits on
    the next one). The element is judged as its one-line form ``<apiToken>value</apiToken>``, by
    the keyword rule of the highest family its (local) name holds. Given more text than the tag's
    line (the whole element), the line before the value is read."""
    at = line.find(secret)
    if at >= 0:
        line = line[:at].rstrip()
        line = line[line.rfind("\n") + 1 :]
    m = _XML_OPEN_RE.search(line)
    if not m:
        return "not an element holding the value"
    name = m.group(1)
    local_at = m.start(1) + name.rfind(":") + 1  # <ns:apiToken>: the local name
    fams = key_families(line[local_at : m.end(1)])
    family = next((f for f in FAMILY_ORDER if f in fams), None)
    if family is None:
        return "key name is not credential-like"
    head = line[: m.end()].rstrip(" \t\r")
    one_line = f"{head}{secret}</{name}>"
    return _assignment_reason(
        family, True, secret, one_line, path, (local_at, len(head), len(head) + len(secret))
    )


def _assignment_reason(
    family: str,
    keyword_rule: bool,
    secret: str,
    line: str,
    path: str | None,
    span: tuple[int, int, int],
) -> str | None:
    """The checks of a ``name <operator> value`` candidate; ``span`` is (match start, secret
    start, secret end) on ``line``, ``keyword_rule`` whether the match starts on the key name."""
    mstart, start, end = span
    key = ""
    test_key_reason: str | None = None
    before, after = line[:start], line[end:]
    quoted = bool(before) and before[-1] in _QUOTES
    value = secret.rstrip(".:)]},")
    if not quoted and before[-2:] == "\\(" and after[:2] == "\\)":
        # ^samba3.rpc.samr.passwords.lockout.*\(nt4_dc\)$ (Samba's selftest/knownfail, a list
        # of regular expressions): an escaped parenthesis around a test environment's name
        return "a regular expression's escaped group (\\(nt4_dc\\)), not a value"
    if not quoted and after[:2] == " (" and _C_PARAMS_AFTER_RE.match(after):
        # wbcChangeUserPassword: wbcErr (const char *, const char *, …) (Samba's ABI .sigs
        # files): a function's name, its return type and its parameters' types
        return "a C function's return type before its parameters (name: type (params))"
    if quoted and after[:1].isspace() and before[-1] in after:
        return "phrase (the quoted text goes on after a space)"
    if quoted and after[:1] == " " and after.rstrip("\r")[-1:] == "\\" and before[-1] not in after:
        # messages:{pass:"ARIA attributes are u\⏎sed correctly…" (Lighthouse's bundle): a
        # string that goes on after a space and, past a backslash, on the next line
        return "phrase (the quoted text goes on after a space, onto the next line)"
    if quoted and len(value) < 12:
        if (
            len(value) < 8
            and after[:1] in _QUOTES
            and after[:1] != before[-1]
            and before[-1] in after[1:]
        ):
            # b'_5#y2L"F4…': the match stops at a quote of the other kind inside the literal;
            # what is left is too short to judge (8+ characters are still reported)
            return "value cut at an inner quote (the literal goes on)"
    if (
        quoted
        and (len(value) < 12 or secret[-1:] in ("_", "-", ":", "/", "."))
        and after[:1] == before[-1]
        and _CONCAT_AFTER_RE.match(after)
    ):
        # "whsec_" + base64…: a prefix, the secret is computed; a longer literal is a prefix
        # when it ends in a separator (UPDATE variable SET key = '__airflow_var_fix_888b59e02a5b_'
        # || id, an Airflow migration)
        return "only the first piece of a concatenated string"
    if (
        not quoted
        and _DT_NODE_AFTER_RE.match(after)
        and _DT_NODE_NAME_RE.match(value)
        and ("@" in value or "@" in after or _extension(path) in _DEVICE_TREE_EXTENSIONS)
    ):
        # mdp: mdp@1a01000 {, lpass: audio-controller@7708000 { (Linux's device trees and their
        # bindings' examples): a node's label, its name and unit address, then its body
        return "a device tree node (label: name@address {), not a value"
    if quoted and "%" in value and _FORMAT_OP_AFTER_RE.match(after):
        # '/Users/%s' % name, "pass=%s" % pw: a format string, filled in at run time
        return "format string (the value is filled in at run time)"
    if not quoted and after[:2] in ("'s", "\u2019s") and after[2:3] in (" ", ""):
        # "ProcDomainSetUserPassword is libvirt's REMOTE_PROC_…" (a generated Go comment): a
        # name in the possessive, then the sentence goes on
        return "a name in the possessive (libvirt's), not a value"
    if not quoted and secret.endswith(":") and after[:1] == " ":
        # "ERROR: fetching token: AADSTS50076: Due to …": a code or label that starts a message
        return "label followed by a message, not a value"
    code = (
        _is_code(path)
        or (
            _extension(path) in _INCLUDE_EXTENSIONS
            and _STATEMENT_LINE_END_RE.search(line) is not None
        )
    ) and not _is_embedded_config(line, path)
    prose_line = not code or is_comment_line(line)
    if (reason := _prec80_code_reason(value, quoted, before, after, code, line)) is not None:
        return reason
    if (
        not quoted
        and before.rstrip().endswith(":")
        and _UNQUOTED_PHRASE_RE.match(after)
        and prose_line
        # "here's my db password: DNxril3RavGD5Mfv can you fix it?": a generated value, then
        # the sentence goes on (notes, chat transcripts)
        and not looks_random(value, 12)
    ):
        return "phrase (the unquoted text goes on with more words)"
    if not quoted and _LOWER_WORD_RE.match(value):
        # a comment or a documentation string: "--password suffers from the same",
        # "identified by analyzing the <code>…"
        in_text = prose_line or before.count('"') % 2 == 1 or before.count("'") % 2 == 1
        if (is_comment_line(line) and _PROSE_AFTER_RE.match(after)) or (
            in_text
            and (
                _FUNCTION_WORD_AFTER_RE.match(after)
                or _FIELD_AFTER_RE.match(after)
                # "SetupPasswordModification: caught TargetInvocationException with message "
                # (a .NET log call): a word, then more words of the message
                or (not prose_line and _PREC67_MESSAGE_AFTER_RE.match(after))
            )
        ):
            # also a message whose next piece is a field filled in at run time:
            # f"passwordstore: subkey {self.subkey} for passname {name} not found"
            return "phrase (the unquoted text goes on with more words)"
    if (
        not quoted
        and before.endswith("  ")
        and _CAPITAL_WORD_RE.match(value)
        and _PROSE_AFTER_RE.match(after)
    ):
        # "--prompt-for-sudo-password         Prompt user at start of session": an option's help
        # text, aligned in a column after the option
        return "help text of a command-line option (a sentence in the description column)"

    if keyword_rule:
        ks, ke = _key_span(line, mstart)
        key = line[ks:ke]
        if not quoted and (
            (len(line) > _BLOB_LINE and _in_encoded_blob(line, ks))
            or _in_wrapped_blob(line, ks, end)
            or _in_random_token(line, ks, ke)
        ):
            # a bundle's embedded WebAssembly or font as base85/base64 text: "Pw=", "okPw(" are
            # letters of the blob, not a key name; also a blob wrapped at 80 columns (scapy's
            # manuf.py holds a zip file as base85 lines: "…`K9PW>hsNwE~@~-Qm_…")
            return "inside an encoded blob (random text around the key name)"
        if (
            line[ks - 1 : ks] == "="
            and line[ke:start] == " ="
            and (ks == 1 or line[ks - 2].isspace())
        ):
            # =PQ0MM =PW0P =PW0W|Brazil (the CTY country files' callsign lists, in CQRLOG):
            # items each marked by a leading "=", one of them holding the letters PW
            return "an item of a list of =ITEM entries (a callsign list), not an assignment"
        if line[ks - 2 : ks] == "\\ " and not quoted and _PREC67_MESSAGE_AFTER_RE.match(after):
            # The\ new\ Password=Nouveau mot de passe (JXplorer's language file, in Java's
            # properties form): a key of words with their spaces escaped, and the text that
            # translates it
            return "a translation's text under a phrase key (The\\ new\\ Password=…)"
        if key[-1:] == "." and line[ke : ke + 1] in (" ", "\t") and "." in key[:-1]:
            # "# p.pass. = participio passato" (the Italian dictionary's affix file): an
            # abbreviation with its points, then what it stands for
            return "an abbreviation (p.pass. = participio passato), not a key"
        if (
            line[ke : ke + 1] == ")"
            and "==" in line[ke:start]
            and _DIGEST_CALL_BEFORE_RE.search(line, max(0, ks - 40), ks)
        ):
            # assert(hex(data.hmac!MD5 (key)) == "80070713…") (D's std.digest.hmac tests),
            # sha256(key) == "…": the value is what hashing or signing with the key gives
            return "the digest of the key compared (hmac(key) == …), not the key"
        if line[ks - 1 : ks] == "<" and line[ke : ke + 2] == ">=":
            # -fdisable-[tree|rtl|ipa]-<pass>=range1+range2 (GCC's option help): a placeholder
            # in angle brackets, then what the option takes; an element, <pass>x</pass>, has no "="
            return "a placeholder's name in a usage synopsis (<pass>=…), not a key"
        if (
            line[ks - 1 : ks] == "/"
            and line[ks - 2 : ks] != "//"
            and _PREC74_FILE_NAME_RE.match(key)
        ):
            # "file_watcher:/a/b/cert.pem:/a/b/key.pem:/a/b/ca.pem:3m20s" (gRPC's tests): a file
            # name in a path, then the next path
            return "a file name in a path (…/key.pem:…), not a key name"
        if (
            not quoted
            and after[:1] == ";"
            and line[ks - 1 : ks] in (".", ">")
            and value.count("_") >= 2
            and _PREC100_SNAKE_DIGITS_RE.match(value)
        ):
            # dev->init_data.get_key = em28xx_get_key_em_haup; (a kernel patch in a mail of
            # notmuch's test corpus): a struct member set to a function's name, C code quoted in
            # a file that is no source file
            return "a struct member set to a function's name (dev->get_key = em28xx_…;), code"
        if (
            not quoted
            and _in_url_path(line, ks)
            and (not looks_random(value, 12) or _IMAGE_SIZE_OPTIONS_RE.match(value))
        ):
            # a generated value stays: http://localhost:8888/token=a37414d1… (a notebook
            # server's token, typed in the path); Google's image-serving options are not one
            # (yt3.googleusercontent.com/F7eR…_nPWb=w226-h226-l90-rj, YouTube Music's
            # thumbnails: width, height, and flags)
            return "inside a URL's path (…/…-zPwOds…=w300), not an assignment"
        if (
            code
            and family == "password"
            and key_words(key)[-1:] == ("pass",)
            and (
                len(line) > _BLOB_LINE
                or _PREC80_COMPARED_RE.search(before)
                or key_words(key)[-2:-1] in _PREC80_STAGE_QUALIFIERS
            )
            and _is_stage_name(value)
        ):
            # minified bundle: pass:`collision`, currentPass===`opaque` (a WebGL renderer's
            # passes); "pass" alone is as often a stage of work as a password. Compared with a
            # word, or named for its place in the order, in any code:
            # renderOptions.currentPass === `opaque`, n2.currentPass = `opaque` (plotly.js,
            # round 80)
            return "name of a rendering or processing pass in minified code, not a password"
        if key_words(key)[-1:] == ("pass",) and (
            value in _LIBTOOL_PASSES or _ORDINAL_BEFORE_RE.search(line, max(0, ks - 12), ks)
        ):
            # fi # $pass = dlpreopen (libtool's ltmain.sh, in every autotools tree), "First pass:
            # tally, in j, …" (git's imap-send.c), "; CHECK: Running pass: SROA" (LLVM's pass
            # manager, in its tests): a stage of an algorithm, not a password
            return (
                "a stage of a build or an algorithm (libtool's $pass, a first pass), not a password"
            )
        if key in ("PASS", "XPASS") and (
            (value.isalpha() and _STATUS_AFTER_RE.match(after))
            or _ECHO_STATUS_BEFORE_RE.search(line, max(0, ks - 40), ks)
        ):
            # "PASS: Throughput is %d writes/s", "PASS: Stddev is %fs": a check's result naming
            # what passed; echo "PASS: vxlan" (the kernel's selftests): a test script's result
            return "test or check result (PASS: name …), not a password"
        if (
            code
            and line[ks - 1 : ks] in ("'", '"')
            and line[max(0, ks - 4) : ks - 1].rstrip().endswith("?")
        ):
            # lt(v, '4.10.2') ? 'pass' : 'quarantine' (nx's bundled code): a conditional's two
            # quoted results, not a name and its value
            return "the two results of a conditional expression (a ? 'x' : 'y'), not a key"
        # the pattern spans the two characters before the key (three before a final newline)
        if line[ke : ke + 1] == "=" and (
            _QUERY_KEY_RE.search(line, max(0, ks - 3), ks)
            or (line[ks - 1 : ks] in _QUOTES and _FORM_TAIL_RE.search(secret))
        ):
            # also a form body's first parameter: "client_secret=…&grant_type=…", whose value
            # runs to the "&"
            return "URL query parameter (reported by generic-query-credential)"
        if line[max(0, ks - 4) : ks] == "(?P<" or line[max(0, ks - 3) : ks] == "(?<":
            return "regular expression group name"
        if line[ks - 1 : ks] == "/" and _MIME_TYPE_BEFORE_RE.search(line, max(0, ks - 13), ks):
            # "application/x-keepass2":["kdbx"] (a MIME type table): the subtype names a file
            # format, and its value is file extensions
            return "MIME type (application/x-keepass2), not a credential name"
        if line[ks - 1 : ks] == "/" and _PATH_BEFORE_RE.search(line, max(0, ks - 120), ks):
            # "/etc/passwd: 429b2256…" (a file bucket's listing of checksums): the name is the
            # last part of a file path
            return "file path (/etc/passwd), not a credential name"
        if line[ke : ke + 3] == "://":
            # 'smb2+ntlm-password://NEWLAPS\\Administrator:…@10.10.12.2' (aiosmb, pypykatz): the
            # key names the URL's scheme, which says how to authenticate; the password, if any,
            # is the user-info's (generic-url-credentials)
            return "URL scheme (smb+ntlm-password://), not an assignment"
        if line[max(0, ks - 3) : ks] == "://" and line[ke : ke + 1] == ":":
            if "@" in line[start : end + 1]:
                # http://api_key:<value>@host: the user-info's password, which the URL rule
                # reports (ending at the @); read from the name, the value would run on into
                # the host and path
                return "password of a URL's user-info (reported by generic-url-credentials)"
            # twist://password:login/#channel, voipms://password:email/…: a URL template whose
            # user-info names its parts; what follows the name is the template's host and path
            return "part name in a URL template's user-info (scheme://password:login), not a value"
        if line[max(0, ks - 2) : ks] == "::" and not _HIERA_KEY_RE.match(line):
            return "qualified type or constant name (Namespace::Name), not a variable"
        pair = _XML_PAIR_RE.match(line, ke, start)
        if pair:  # <add key="ApiKey" value="…"/>: the name is the key attribute's value
            key = pair.group(1)
        if (
            line[ks - 1 : ks] == ":"
            and line[ks - 2 : ks - 1].isalnum()
            and line[ke:start] == ":"
            and (_CSS_WORD_RE.match(value) or _COLON_PATH_RE.match(secret))
        ):
            # apphosting:secrets:revokeaccess, vault:secret:read: a command or permission name;
            # data-details-id="i:id:GhcPass:Data:1" (Haddock's pages): an anchor's path
            return "colon-separated command or permission name"
        if (
            line[ks - 1 : ks] not in _QUOTES
            and line[ke:start].lstrip()[:1] == ":"
            and "=" not in line[ke:start]
            and _is_ansible_module(path)
        ):
            # a bare "key: value" is no Python: it is the module's YAML documentation or examples
            return "example in an Ansible module's documentation (YAML inside the module)"
        if line[ke:start].startswith("]:") and _CSS_PSEUDO_CLASS_RE.match(value):
            # input[type=password]:first-child+.action-button{…} (Indico's minified CSS): a
            # pseudo-class, then a combinator or the rule's block
            return "CSS selector (input[type=password]:hover), not an assignment"
        if line[ks - 1 : ks] == "<" and line[ke : ke + 2] == ">:":
            # "name:<base64-secret>:sha1-hmac" (Kea's changelog): the name of a placeholder's
            # field, then the next field of the template
            return "a placeholder's name (<base64-secret>), not a key"
        if line[ks - 2 : ks] == "${" and (
            _EXPANSION_THEN_ITEM_RE.match(line, ke) or _ZSH_MODIFIER_RE.match(line, ke)
        ):
            # cmd = [os.environ['TERMCMD'], '-n', '${PWD}', cmdflag] (ranger), "${ZFTP_PWD:s!$1!$2!}"
            # (zsh): a shell variable's expansion, then the next item of a list or a modifier
            # (a default, ${DB_PASSWORD:-…}, and a comparison, "${password}" == "…", are values)
            return "a shell variable's expansion (${PWD}), not an assignment"
        if line[ke : ke + 1] == ">" and "<" in line[:ks] and _CHANGELOG_HEADER_RE.match(line):
            # "2001-11-24  <sharkey>\t9a9445b0…" (gutenprint's ChangeLog): a GNU ChangeLog
            # header's author in angle brackets, then the commit's id
            return "author of a ChangeLog header (<login>), not an element"
        if (
            line[ks - 1 : ks] == "("
            and line[ke : ke + 2] == "):"
            and _CHANGELOG_ENTRY_RE.match(line)
        ):
            # "* src/main.c (promt_for_password): Avoid getpass() when fuzzing" (a GNU ChangeLog):
            # the function an entry is about, then its description
            return "function named by a ChangeLog entry ((name): …), not an assignment"
        if (
            key == "pwd"
            and line[ke : ke + 1] == "="
            and not looks_random(value)
            and _REL_PATH_RE.match(value)
        ):
            # "Bazel starts actions with pwd=execroot/my_wksp" (a comment in Bazel's runfiles
            # library): the working directory, a path, as PWD=/srv/app is
            return "working directory (pwd=execroot/my_wksp), a path"
        if key.lower() == "pwd" and "cwd" in value.lower() and len(value) <= 24:
            # my $pwd=getcwd; (memcached's Perl tests), pwd = os.getcwd(): the working directory
            return "working directory (pwd=getcwd), not a password"
        if key == "pwd" and line[ks - 1 : ks] in ("`", "(") and line[ke : ke + 1] in ("`", ")"):
            # docker run -v `pwd`:/src:ro, -v $(pwd):/app: the shell's working directory
            return "the shell's pwd command (`pwd`, $(pwd)), not a password"
        reason = _key_reason(family, key)
        if key in ("PWD", "OLDPWD") and value[:1].isalnum() and not _PATH_VALUE_RE.match(value):
            reason = None  # ODBC PWD=…: a password, not the shell's working directory
        if reason is None and prose_line and line[ks - 1 : ks] in (" ", "\t"):
            # in a comment or a text file (in code, "public token = …" is a field modifier)
            reason = _prose_key_reason(line[:ks], value, family)
        if reason and quoted and _names_test_value(key, family) and _assigns(line, ke, start):
            # a quoted literal under testPassword / FAKE_API_TOKEN is still a hard-coded
            # credential; it is let through only if it looks generated (checked at the end)
            test_key_reason = reason
        elif reason:
            return reason
        glue = line[ke:start].lstrip("\\\"'`] \t")
        if _GO_MULTI_ASSIGN_RE.match(glue):
            glue = glue[glue.index("=") :]  # key, _ := hex.DecodeString("…"): the first result
        elif glue[:1] == "," and (
            (line[ks - 1 : ks] == ":" and _SET_SYMBOL_RE.search(line, 0, ks))
            or _WITH_ARG_RE.match(glue)
        ):
            # Ruby: set :session_secret, "…" (Sinatra, Capistrano: the symbol names the setting),
            # Capybara fill_in "Password", with: "…": a name and its value
            glue = "=" + glue[1:]
        elif (
            line[ks - 1 : ks] not in _QUOTES and _BARE_KEY_COMMA_RE.match(line, ke, start)
        ) or _CLOSED_KEY_COMMA_RE.match(line, ke, start):
            # is($cred->{password}, "…"), f(:provider, :secret, "…"): an unquoted name, then
            # another argument
            return "list of names, not an assignment"
        operator = glue[:1]
        if (
            operator == ">"
            and (
                (
                    line[ks - 1 : ks] == "<"
                    and ("-" in key or "_" in key or line[ks - 2 : ks - 1] in ("=", ":"))
                )
                or _PLACEHOLDER_PHRASE_BEFORE_RE.search(line, max(0, ks - 60), ks) is not None
            )
            and not line[ke + 1 : start].strip(" \t\"'`")
            and line[ke + 1 : start][:1] in (" ", "\t")
            and f"</{key}>" not in line
        ):
            # psql-userdb="… user=<database-user> password=<database-user-password>
            # connect_timeout=30" (coturn's config), -password <valid domain user's password>
            # baduser (impacket's ticketer usage), -Djavax.net.ssl.trustStorePassword=<passwd>
            # sslclient (JGroups' Proxy.java: the placeholder is the option's value): a
            # placeholder's closing bracket, then the next parameter; an XML element's value
            # follows its tag without a blank, and <password> alone keeps the value after it
            return "the end of a placeholder (<database-user-password>), not an element"
        if (
            glue[:2] in ("==", "!=")
            and family == "key"
            and _KEY_QUALIFIERS.isdisjoint(key_words(key))
            and (_CAMEL_NAME_RE.match(value) or _is_word_slug(value))
        ):
            # elif key == "maxInFlightRequests": (generated SDK code walking a dict) a bare key
            # compared with a camelCase or snake_case name: the name of a field, not a key
            return "a dict key compared with a field name, not a credential"
        if (
            glue[:2] in ("==", "!=")
            and family == "token"
            and code
            and key_words(key) == ("token",)
            and _KEYWORD_NAME_RE.match(value)
            and _ELSE_IF_BEFORE_RE.match(line, 0, ks)
        ):
            # elif token == "preflx2a": (psautohint's font parser) one branch of a chain that
            # dispatches on the word a parser read, not a token's value (a lone "if token ==
            # …" may check a hard-coded token and is still judged)
            return "a parsed word compared with a keyword in an else-if chain, not a token"
        if "==" in line[ke:start] and _ASSERT_CALL_RE.match(line, 0, ks) and _is_fixture_path(path):
            # assert hexlify(key.id_key) == b'793b07…' (borg's testsuite): the expected output
            # of a computation in a known-answer test, not a credential someone chose (assert
            # cfg['password'] == 'phdown' checks a value the test set: still judged)
            return "expected value of a test's assertion (a known-answer test)"
        if (glue[:2] in (".=", "+=") or (key.endswith(".") and operator == "=")) and (
            not quoted and code
        ):
            # $token .= $part, password += chars[i]: an append in code builds the value piecewise
            # from expressions; only a quoted literal appended is a hard-coded piece
            return "append to a variable in code (the value is built piecewise)"
        if operator == "(" and _MAN_SECTION_RE.match(line, ke):
            # "SEE ALSO filename(3tcl), glob(3tcl), pwd(3tcl)": a manual page's name and section
            return "a manual page reference (pwd(3tcl)), not a call's argument"
        if (
            not quoted
            and ("->" in line[ke:start] or "=>" in line[ke:start])
            and ("::" in line or "=>" in line)
            and _TYPE_NAME_RE.match(value)
        ):
            # HsForAllTy :: XForAllTy pass -> HsForAllTelescope pass -> LHsType pass, Located (IdP
            # pass) -> …, OutputablePass pass => StgPprOpts (GHC's API docs): a type variable
            # named pass in a type signature, then the next type
            return "a type signature (pass -> LHsType), not a value"
        if operator == "(" and (
            not _is_setter(key, family)
            or not _VERB_WORDS.isdisjoint(key_words(key)[:-1])
            or not _CALL_VERBS.isdisjoint(key_words(key)[:-1])
        ):
            return "argument of a call that is not a setter"
        if (
            operator == "("
            and quoted
            and _ARG_COMMA_EOL_RE.match(line, end)
            and not looks_random(value)
        ):
            # gcp.secretmanager.Secret("ghe_client_id",⏎ secret_id=…): a constructor's first
            # argument, the others on the lines below, is the resource's name (a generated-
            # looking value there is still judged)
            return "first of several arguments (a resource or account name)"
        if operator == "(" and quoted and _MORE_ARGS_RE.match(line, end):
            # keyring.set_password("service", user, pw): the first of several arguments names
            # a service or an account; a setter's value is its only (or last) argument
            return "first of several arguments (a service or account name)"
        if operator == "=" and _TUPLE_TARGETS_RE.match(line, 0, ks):
            return "tuple assignment (the value is not the first element)"
        if (
            operator == ":"
            and not quoted
            and value.isalpha()
            and value.islower()
            and _PROSE_LIST_AFTER_RE.match(after)
        ):
            # "… in one⏎pass: transcripts, histories and configs of …": a sentence broken after
            # the word, then an enumeration of words (an unquoted value runs to the end of its
            # line: this one is prose)
            return "a word of an enumeration in a sentence, not a value"
        if (
            operator == ":"
            and line[ks - 1 : ks] in _QUOTES
            and line[ke:start] == ":"
            and line[end : end + 1] == line[ks - 1]
        ):
            return 'one string naming something ("passwd:gecos"), not an assignment'
        if (
            operator == ","
            and not _is_sql_name_value_row(line, ks, ke, end)
            and (
                not _in_call(line[:ks])
                or line[ks - 1 : ks] not in _QUOTES
                or _LIST_CALL_RE.search(line, 0, ks)
                or (_MORE_STRINGS_RE.match(line, end) and not _ENV_SETTER_RE.search(line, 0, ks))
                or _string_before(line, ks - 1)
            )
            and not (line[ks - 1 : ks] in _QUOTES and _SECTION_SET_RE.search(line, 0, ks))
        ):
            # put("password", "…") is an assignment; "Incorrect password.", "danger" and
            # array('password', 'mail') are a message and a list; config.set('db', 'password',
            # '…') (ConfigParser: a section, an option and its value) is an assignment
            return "list of names, not an assignment"
        if operator == "," and _is_check_call(line[: ks - 1]):
            # mysql323.verify("password", "<hash>"), check_password("secret", stored): the
            # arguments of a check or a computation, not a name and its value
            return "arguments of a check or computation, not an assignment"
        if line[ke : ke + 1] == "(" and _is_check_call(line[: ke + 1]):
            # assert _looks_like_secret("xK9#mP2$") is False (PostHog's tests of its secret
            # detector), is_valid_token("…"): the input of a check named for the credential
            return "input of a check named for the credential (is_secret(…)), not an assignment"
        if operator in _QUOTES and not any(w in key.lower() for w in ("passw", "pwd")):
            return "prose: a word followed by a quoted string is not an assignment"
        call = _CALLEE_RE.search(line, ke, start)
        if call and not _is_wrapper(call.group(1)):
            return "argument of a call (getter, lookup or computation)"
        if _ANSIBLE_LOOKUP_RE.search(line, 0, start):
            # lookup('community.general.onepassword', 'Tessier-Ashpool'): the plugin's name
            # (its last word "onepassword"), then the item the plugin fetches, by name or variable
            return "term of an Ansible lookup plugin (names the item to fetch)"
        default = _DEFAULT_ARG_RE.search(line, ke, start)
        if default and not _is_lookup(default.group(1)):
            return "second argument of a call that is not a lookup"
    # in a config file (YAML, .env, .properties) a value that ends its line is a whole value
    config_value = not code and after.strip()[:1] in ("", "#", "\\")
    production = config_value and _is_production_config(path)
    # a whole config value is as literal as a quoted one (KEY=4820571938462017 in a .env file)
    reason = is_placeholder(secret) or _value_reason(value, family, quoted or config_value)
    if reason and not (production and family == "password" and _WORD_YEAR_RE.match(value)):
        # in a production config file Qwerty!2024 and Password2025 are weak real passwords
        return reason
    if _is_fixture_path(path) and is_counting_filler(value):
        # secret: "fedcba0987654321", '0123456789012345…' in a test or a README: a dummy typed
        # by counting, not a generated key
        return "counting or repeating filler in a test, fixture or documentation file"
    if _is_fixture_path(path) and _names_itself(value):
        # apikey = "mykey123", token = "newT0k3n", "ringc://…:shortpw@…" in a test: a word that
        # says what the value is (my / new / short … key, token, pw), typed where any value will do
        return "value names itself (my key, new token, short pw) in a test or documentation file"
    if "&" in value and (tail := _QUERY_TAIL_RE.search(value)) is not None:
        # ?+X-Token=abc&-p1=v: the value ran on into the next query parameter; the parameter's
        # own value is the part before "&", judged alone
        head = value[: tail.start()]
        if len(head) < 4 or is_placeholder(head) or _value_reason(head, family):
            return "query parameter value ends at '&' (what is left is no credential)"
    if key and _repeats_key(value, key):
        return "value repeats the key name"
    if key == "Master-Key" and len(value) == 96 and _HEX_DIGEST_RE.match(value):
        # "    Master-Key: F8EE2812…6F28B21" (openssl s_client's SSL-Session block in ProFTPD's TLS
        # howto): one TLS session's master secret, derived per connection and gone with it; it
        # logs into nothing
        return "a TLS session's master secret in openssl s_client output, not a credential"
    if key.lower() == "secret" and _FLICKR_SECRET_RE.match(value) and _FLICKR_AFTER_RE.match(after):
        # <photoset id="72157605472829391" primary="2548671231" secret="26bc2f69f5" server="3140"
        # farm="4"> (a Flickr API response in OMake's docs): the secret of a photo's URL
        # (farm4.staticflickr.com/3140/2548671231_26bc2f69f5.jpg), public with the photo
        return "a Flickr photo's URL secret (beside its server and farm), public with the photo"
    if key and _GPG_ID_RE.match(value) and "fingerprint" in key_words(key):
        # TestKeyFingerprintWithPassphrase = "E3EB7611…7346" (containers/image's tests): the name
        # says the value is a key's fingerprint, which names a public key, whatever word ends it
        return "GPG key ID or fingerprint (names a public key)"
    if key and _MESSAGE_KEY_RE.match(key) and _is_i18n(path):
        # "resetpass-submit-cancel": "M515x538S15a0…" (MediaWiki's SignWriting catalogue),
        # "auth.password.reset": a translation's message id of three or more pieces holds a UI
        # text, whatever its letters
        return "message of a translation catalogue (its key is a message id), not a credential"
    if (
        family == "key"
        and value[:1].isupper()
        and key_words(key)[-1:] == ("key",)
        and _KEY_QUALIFIERS.isdisjoint(key_words(key))
        and _is_pascal_identifier(value)
    ):
        # key="SecondaryIpv6Dns", cmd_key="GetBuzzerAlarmV20" (Home Assistant entity
        # descriptions, API field maps): a bare key naming a field or command in PascalCase
        return "PascalCase field or command name under a bare key, not a credential"
    if (
        family == "token"
        and key_words(key) == ("token",)
        and _PREC80_CAMEL_RE.match(value)
        and all(is_dictionary_word(w.lower()) for w in _PREC80_CAMEL_WORD_RE.findall(value))
    ):
        # {"source":"Badge","token":"indicatorHeightSM",…} (Ant Design's token-meta.json): a
        # design token's name, words in camelCase, not an access token
        return "a design token's name (words in camelCase), not an access token"
    if _EXAMPLE_LINE_RE.search(line):
        return "documentation example line"
    if quoted and (
        value.startswith((".$", "+$"))
        or (value[:1] == "+" and after[:1] != before[-1] and _ADDED_EXPRESSION_RE.match(value))
    ):
        # 'pass' . $x (PHP); throw`Mac: wrong hex password: `+e.hex (jsrsasign in Zuul's bundle),
        # url += "password="+mData->getPassword() (Linphone's example plugin): the quote before
        # the value closes a string and an expression is added to it (passwords="+Qm7vT2xK9pL4",
        # a Redis ACL rule, is quoted on both sides)
        return "string concatenation (the quote closes a string)"
    if key == "Key" and ("Bucket=" in line or "Bucket:" in line or '"Bucket"' in line):
        # s3.head_object(Bucket="landsat-pds", Key="L8/139/…_B1.TIF") (rasterio's tests), the
        # JavaScript SDK's {Bucket: …, Key: …}: an S3 object's key, its path in the bucket
        return "an S3 object's key (Bucket=…, Key=…), a path"
    if (
        family == "key"
        and quoted
        and key.rsplit(".", 1)[-1] == "key"
        and _STATE_DEFAULT_AFTER_RE.match(after)
    ):
        # atom({key: 'fo3d-isStatusBarOn', default: false}) (Recoil, FiftyOne's app bundle): the
        # name a piece of state is stored under, then its default value
        return "a state atom's name (key: …, default: …), not a credential"
    if (
        not quoted
        and after[:1] == "<"
        and (
            (value.isalnum() and value[:1].isupper())
            or (_WGSL_TYPE_RE.match(value) and not looks_random(value))
        )
        and _TYPE_ARGUMENTS_RE.match(after)
    ):
        # def llvm_token_ty : LLVMType<token>; (LLVM's TableGen), token: Option<String>: a
        # generic type's name, not a value; also a shader's lower-case type (var passSampler:
        # texture_2d<f32>, Babylon.js' WGSL shaders)
        return "a generic type's name (Type<…>), not a value"
    if (
        not quoted
        and before[-1:] == "("
        and value.isidentifier()
        and _NAME_ARGUMENT_AFTER_RE.match(after)
        and not looks_random(value)
    ):
        # # (username, BotPassword(botname, botpassword)) (pywikibot's config, a comment): a call
        # whose arguments are names, code quoted in a comment, not a password
        return "arguments of a call that are names (Password(botname, botpassword)), code"
    if (
        code
        and quoted
        and _QUOTED_TYPE_NAME_RE.match(value)
        and not looks_random(value.rsplit(".", 1)[-1])
        and _ANNOTATION_BEFORE_RE.match(before)
        and _DEFAULT_AFTER_QUOTE_RE.match(after)
    ):
        # Password: 'ua.ByteString' = None (asyncua's generated classes): a field's type
        # annotation written as a string (a forward reference), then its default
        return "a quoted type annotation (Name: 'Type' = default), not a value"
    if (
        code
        and quoted
        and len(key) == 2
        and line[ks - 1 : ks] == ","
        and _MINIFIED_DECLARATION_AFTER_RE.match(after)
    ):
        # …,bd="webgpu",Pw="webgpu:bare",xv="null",… (PlayCanvas's minified bundle): a two-letter
        # name a minifier gave a constant, between others like it, not the abbreviation pw
        return "a minifier's two-letter name among others (Pw=…,xv=…), not a password"
    if after[:1] == "(" or (
        "(" in value
        and (
            not (quoted or (config_value and looks_random(value, 20))) or _CALL_TEXT_RE.match(value)
        )
    ):
        # a parenthesis inside a quoted literal is a character (Django keys have them), and so
        # is one inside a config file's generated-looking whole value (DJANGO_SECRET_KEY=
        # k#9v…w(4r)b… in a .env), unless the value reads as a call: "ENC(…)", "getToken()"
        return "function call"
    if code and not quoted and _PREC76_NAME_CLOSES_RE.match(value):
        # ({isFocused:e,password:t})=>`…` (Langflow's bundled front end): a minified name of a
        # letter or two, read on through the brackets that close its destructuring pattern
        return "variable reference or expression in code"
    code_before = _code_line_before(before, path)
    if code and len(line) > _BLOB_LINE:
        # a minified bundle's line reaches the filters as a window cut out of it, which may
        # start inside a string: count the quotes of the statement the value stands in
        code_before = code_before[code_before.rfind(";") + 1 :]
    in_string = not quoted and any(code_before.count(q) % 2 == 1 for q in _QUOTES)
    if not quoted:
        if (
            code
            and not in_string
            and (
                not is_comment_line(line)
                or _STATEMENT_END_RE.search(line)
                or _DEREF_ASSIGNMENT_RE.match(line)
                or _CLOSED_COMMENT_CODE_RE.match(line)
            )
            and not (
                _GENERATED_BARE_RE.match(value)
                and looks_random(value, 20)
                and word_fraction(value) < 0.25
            )
        ):
            return "variable reference or expression in code"
        if (
            _ACCESSOR_RE.match(value)
            and not looks_random(value)
            and not (config_value and _NOT_ACCESSOR_CHAR_RE.search(value))
        ):
            # settings.db.password, $env->secret: a reference; a config file's whole value with a
            # character no accessor has (spring.rabbitmq.password=KOVlx.e*LSLF…) is a password
            return "variable reference"
    if (
        code
        and in_string
        and value.isalpha()
        and value.islower()
        and _MESSAGE_WORDS_AFTER_RE.match(after)
    ):
        # debug_printf_indent("Empty password: ldapauth returns FAIL\n") (Exim's LDAP lookup):
        # a name inside a message that goes on in words, not a value
        return "a name in a message's text (more words follow in the string), not a value"
    if (
        family == "password"
        and value.isalpha()
        and _is_password_word(value.lower())
        and _UI_TEXT_RE.search(line)
    ):
        # username:`nom d'usuari`,password:`contrasenya`,login:`Iniciar sessió`: a login form's
        # labels in a translation bundled into code, not a password (alone on its line, the
        # word is judged as any other)
        return "the word for password in another language, among UI texts"
    if family == "password" or (
        family == "secret" and len(value) >= 6 and (quoted or in_string or config_value)
    ):
        # secrets of apps and sessions (cookie, JWT, client secrets) are often chosen by people,
        # like passwords; short or unquoted ones must still look generated
        if _is_user_name(value, line):
            return (
                "same as the user name or client id on the line (a default, test or demo account)"
            )
        reason = _password_reason(value, quoted, config_value, _is_i18n(path))
        if production and reason in _WEAK_WORD_REASONS:
            # sunshine1, Trondheim88 as a production config's whole value: a weak real password
            reason = None
        if reason is None and test_key_reason and not looks_random(value):
            return test_key_reason
        if reason is None and _is_fixture_word(value, path, line):
            return "word or made-up word in a test, fixture or documentation file"
        return reason
    if (
        keyword_rule
        and family == "key"
        and _GPG_ID_RE.match(value)
        and (
            _PGP_WORD_BEFORE_RE.search(line, max(0, ks - 12), ks)
            or (key.lower() == "key" and any(w in line.lower() for w in _PGP_LINE_WORDS))
        )
    ):
        # "Release GPG key: 3ABC0154…127E" (a README's signing key): the word before the key
        # name says it is a PGP key's fingerprint, which names a public key; so does a line
        # about PGP around a bare `key` (hplip's def __init__(self, pgp_site = 'pgp.mit.edu',
        # key = 0x4ABA2F66…47B9): the key server, then the key to fetch from it)
        return "GPG key ID or fingerprint (names a public key)"
    reason = _random_reason(value, family, key)
    if reason is None and test_key_reason and not looks_random(value, 16):
        return test_key_reason
    return reason


# a line this long may hold an encoded blob (a bundle's inlined WebAssembly, fonts, images); the
# engine hands over up to 1 KiB either side of a match, so a longer line reads as about 2 KiB
_BLOB_LINE = 1024


def _is_stage_name(value: str) -> bool:
    """``opaque``, ``terrain-height-map``: lower-case dictionary words joined by hyphens."""
    parts = value.split("-")
    return all(
        p.isalpha() and p.islower() and (is_dictionary_word(p) or english_score(p) >= 1.0)
        for p in parts
    )


def _in_encoded_blob(line: str, key_start: int) -> bool:
    """Whether the key name at ``key_start`` sits in random text: the 48 characters before it
    hold no space and look generated (a real key name follows a separator, a word or code)."""
    window = line[max(0, key_start - 48) : key_start]
    return (
        len(window) >= 32
        and not any(c.isspace() for c in window)
        and looks_random(window)
        and word_fraction(window) < 0.25
    )


def _in_random_token(line: str, key_start: int, key_end: int) -> bool:
    """Whether the key name at ``key_start`` is, or ends, a run of base64 letters that looks
    generated: ``|1|5t7UDHDybVrDZVQPCpwdnr6nk4k=|EqJ7…`` (a hashed known_hosts entry, whose salt
    holds "pwd"). A name has a separator or words (``DB_PWD``, ``awsSecretKey``)."""
    start = key_start
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "+/"):
        start -= 1
    token = line[start:key_end]
    return (
        len(token) >= 16
        and all(c.isalnum() or c in "+/" for c in token)
        and char_classes(token) >= 3
        and looks_random(token)
        and word_fraction(token) < 0.25
    )


def _in_url_path(line: str, key_start: int) -> bool:
    """Whether the key name at ``key_start`` sits in the path of a URL, before any query:
    ``https://lh4.ggpht.com/aaKY88…-zPwOdsDd…=w300`` (an image URL in a calibre recipe, whose
    random path holds "Pw" and a size after "=")."""
    scheme = line.rfind("://", 0, key_start)
    if scheme < 0:
        return False
    between = line[scheme + 3 : key_start]
    return "/" in between and not any(c in between for c in " \t\"'`?&#;,<>()[]{}@")


def _in_wrapped_blob(line: str, key_start: int, value_end: int) -> bool:
    """Whether ``line`` is one line of a wrapped base64 or base85 blob (60 to 200 characters of
    those alphabets, no blank, random) with the key name and its value inside it: 8 or more
    characters before the key or after the value (a ``DB_PASSWORD=…`` line has neither), and no
    element's tags around them (``<xrayToken>vs1vmb1…</xrayToken>``)."""
    text = line.strip()
    return (
        60 <= len(text) <= 200
        and (
            key_start - (len(line) - len(line.lstrip())) >= 8 or len(line.rstrip()) - value_end >= 8
        )
        and line[key_start - 1 : key_start] != "<"
        and line[value_end : value_end + 2] != "</"
        and (_BLOB_TEXT_RE.match(text) is not None or _is_ascii85_line(text))
        and looks_random(text)
        and word_fraction(text) < 0.25
    )


def _is_ascii85_line(text: str) -> bool:
    """Whether ``text`` is a line of ASCII85 data: its alphabet only, with ten kinds or more of
    the punctuation that alphabet mixes in (a URL or a path has a few kinds) and lower-case
    letters (a uuencoded line, which has none, is judged by its own check)."""
    if _ASCII85_TEXT_RE.match(text) is None:
        return False
    punctuation = {c for c in text if not c.isalnum()}
    return len(punctuation) >= 10 and sum(c.islower() for c in text) >= 4


def _prose_key_reason(head: str, value: str, family: str = "") -> str | None:
    """The words before a key written in prose: ``# public key: age1…``, ``hash of the token:
    <hex>`` say the value is the public half or a digest, not the credential; ``# cache key:
    …`` names a lookup key."""
    if family == "key" and _LOOKUP_BEFORE_RE.search(head):
        return "lookup, storage or public key name (not a credential)"
    if _PUBLIC_BEFORE_RE.search(head):
        return "key names a hash, ciphertext or public part, not the secret"
    if _GUID_BEFORE_RE.search(head):
        # "Guid MasterKey   : 13405569-1685-…" (a DPAPI blob as dploot prints it): the GUID
        # that names the key, not the key
        return "identifier of the key (GUID MasterKey: …), not the key"
    if _HEX_DIGEST_RE.match(value) and _DIGEST_BEFORE_RE.search(head):
        return "digest of the credential (named in the text before the key)"
    return None


def _is_check_call(head: str) -> bool:
    """Whether ``head`` ends with the opening of a call named for a check or computation
    (``verify(``, ``hasher.check_password(``, ``encrypt(``), not a setter such as ``put(``."""
    m = _CALL_OPEN_RE.search(head)
    if not m:
        return False
    words = key_words(m.group(1).rsplit(".", 1)[-1])
    return bool(words) and words[0] in _CHECK_VERBS


def _assigns(line: str, key_end: int, start: int) -> bool:
    """Whether the key before ``key_end`` is an assignment target (``test_secret = "…"``,
    ``"test_secret": "…"``), not a quoted argument (``sign('', 'test_secret') => '…'``) or a
    comparison (``==``) or arrow."""
    glue = line[key_end:start].lstrip("\"'`] \t")
    return glue[:1] in ("=", ":") and glue[:2] not in ("=>", "==", "::")


def _names_itself(value: str) -> bool:
    """``mykey123``, ``mywebhookkey``, ``newT0k3n``, ``shortpw``: a word or two and the kind of
    credential (key, token, secret, pass, pw), then at most a short number."""
    # 1StrongPwd@@ (sqlmesh's test databases): digits and symbols at either end are not words
    low = _PREC60_ENDS_RE.sub("", value.lower())
    low = low.translate(DELEET).replace("_", "").replace("-", "")
    m = _SELF_NAMED_RE.match(low)
    if m is None:
        return False
    rest = m.group(2)
    return not rest or is_dictionary_word(rest) or is_glued_words(rest)


# digits and symbols that open or close a value
_PREC60_ENDS_RE = lazy(r"^[^a-z]+|[^a-z]+$")
# a file's name and extension as a key name (key.pem in /a/b/key.pem:…)
_PREC74_FILE_NAME_RE = lazy(r"^[\w-]+\.[A-Za-z][A-Za-z0-9]{0,4}$")
# a self-describing prefix (after an intensifier: ReallyStrongPwd), an optional word, and the
# credential's kind at the end
_SELF_NAMED_RE = lazy(
    r"^(?:really|very|super)?"
    r"(my|new|old|short|long|some|other|another|wrong|bad|good|valid|weak|strong|simple|sample"
    r"|secure|complex"
    # IAmAToken, ThisIsMySecret (containers/image's tests): a sentence that says what it is
    r"|iama|iam|thisis|thisismy)"
    r"([a-z]{0,12}?)(?:api)?(?:key|token|secret|pass|pw|pwd|passwd|passphrase)$"
)
# "&name=" inside a value: the next query parameter (&-p1=v, &recipients=jdoe, &:key=val)
_QUERY_TAIL_RE = lazy(r"&[-+:]?[A-Za-z_][\w-]{0,30}=")


def _is_pascal_identifier(value: str) -> bool:
    """``SecondaryIPv6Dns``, ``GetBuzzerAlarmV20``: capitalised pieces, two or more of them words
    of three letters or more, at most a short acronym or version besides."""
    if not _PASCAL_RE.match(value):
        return False
    pieces = _PASCAL_PIECE_RE.findall(value)
    words = [p for p in pieces if p[:1].isupper() and p[1:].islower() and len(p) >= 3]
    return (
        len(pieces) >= 3
        and len(words) >= 2
        and len(words) >= len(pieces) - 2
        and sum(_is_name_piece_word(w.lower()) for w in words) >= 2
    )


def _is_name_piece_word(piece: str) -> bool:
    """A lower-case piece of a hand-made name that is a word: in the dictionary, reading as
    English (``alarm``, ``illuminance``) or dictionary words glued (``offgrid``)."""
    return is_dictionary_word(piece) or english_score(piece) >= 1.0 or is_glued_words(piece)


_PASCAL_RE = lazy(
    r"^(?:[A-Z][a-z]{2,}|[A-Z]{1,4}[a-z]?\d{0,3})(?:[A-Z][a-z]{1,}|[A-Z]{1,4}[a-z]?\d{0,3}){2,6}$"
)
_PASCAL_PIECE_RE = lazy(r"[A-Z][a-z]+|[A-Z]+[a-z]?\d*(?![a-z])|\d+")


def _is_fixture_path(path: str | None) -> bool:
    return _path_matches(_FIXTURE_PATH_RE, path, _FIXTURE_HINTS)


def _is_test_log(path: str | None) -> bool:
    return _path_matches(_TEST_LOG_PATH_RE, path, _TEST_LOG_HINTS)


def _is_api_examples(path: str | None) -> bool:
    return _path_matches(_API_EXAMPLES_PATH_RE, path, ("examples", "api-ref"))


_VECTORS_HINTS = (
    "vectors", "wycheproof", "rfc", "cavs", "cavp", "acvp", "cipher", "symmetricalgorithm",
    "derivebytes", "pbkdf", "hkdf", "hmac", "chacha", "poly1305", "salsa20", "blowfish",
    "twofish", "camellia", "rijndael", "tripledes", "arc4", "cryptostream", "argon2", "scrypt",
    "bcrypt", "pwhash",
)  # fmt: skip


def _is_vectors_path(path: str | None) -> bool:
    return _path_matches(_TEST_VECTORS_PATH_RE, path, _VECTORS_HINTS)


def _is_plist_file(path: str | None) -> bool:
    return _path_matches(_PLIST_PATH_RE, path)


def _is_spice_netlist(path: str | None) -> bool:
    return _path_matches(_SPICE_PATH_RE, path)


def _is_changelog(path: str | None) -> bool:
    return _path_matches(_CHANGELOG_PATH_RE, path, ("changelog",))


def _is_expect_script(path: str | None) -> bool:
    return _path_matches(_EXPECT_SCRIPT_PATH_RE, path, (".exp",))


def _is_makefile(path: str | None) -> bool:
    return _path_matches(_MAKEFILE_PATH_RE, path, ("makefile", ".mk"))


def _is_jenkinsfile(path: str | None) -> bool:
    return _path_matches(_JENKINSFILE_PATH_RE, path, ("jenkinsfile",))


def _is_docs_folder(path: str | None) -> bool:
    return _path_matches(_DOCS_FOLDER_RE, path, ("/doc", "/man"))


def _is_ansible_module(path: str | None) -> bool:
    return _path_matches(_ANSIBLE_MODULE_RE, path, ("plugins/",))


def _is_docs_site_config(path: str | None) -> bool:
    return _path_matches(
        _DOCSEARCH_PATH_RE,
        path,
        ("docusaurus.config", ".vitepress/config", "docsearch", "website/siteconfig"),
    )


def _is_production_config(path: str | None) -> bool:
    """A configuration file (not source code) named or placed for production, outside tests and
    docs: ``.env.production``, ``config/prod.yaml``, ``deploy/production/app.ini``."""
    if _is_code(path) or _is_fixture_path(path):
        return False
    return _path_matches(_PRODUCTION_PATH_RE, path, ("prod", "prd"))


def _is_fixture_word(value: str, path: str | None, line: str = "") -> bool:
    """In a test, fixture or documentation file, or in the example code of a doc comment of a
    source file (`` *   password: 'ahotproject',`` in JSDoc): a word or a pronounceable made-up
    word, with at most a short number and a symbol (``pygmalion``, ``sikrit``, ``netapp123``,
    ``Acme1!``), or a dictionary word in leetspeak (``s1mpl3``). Values that look generated (mixed
    case inside, digits between letters that spell no word) stay findings there."""
    if not (_is_fixture_path(path) or (_is_code(path) and _DOC_COMMENT_LINE_RE.match(line))):
        return False
    plain = value.lower().translate(DELEET)
    if plain != value.lower() and plain.isalpha() and len(plain) >= 5:
        # DB_PASS=s1mpl3 (dotenv's README): a dictionary word spelled with digits or symbols for
        # its letters, which English reads once they are put back (the dictionary's 1 % false hits
        # are asked for a clear English score: M@$$h0dn!! -> masshodnll is in it by chance);
        # PROXY_SECRET = 'Pr0xyP4ss' (Glances' tests): words glued together, so spelled
        # (the glued pieces must read as English too: the dictionary's false hits glue
        # "ifdmkhl" together)
        if (is_dictionary_word(plain) and english_score(plain) >= 1.0) or (
            is_glued_words(plain) and word_fraction(plain) >= 0.99
        ):
            return True
    if value.isalpha() and len(value) >= 6 and value.lower() != value:
        # uNeXpEcTeD, PaSsWoRd (pydantic-settings' tests): a dictionary word in mixed case; the
        # case changes inside a word are the test's point, not a generated value's
        low = value.lower()
        if is_dictionary_word(low) and english_score(low) >= 1.0:
            return True
    m = _FIXTURE_VALUE_RE.match(value)
    if not m:
        return False
    pieces = _UNDERSCORE_DASH_RE.split(m.group(1))
    return all(
        word_fraction(p) >= 0.99
        or is_glued_words(p.lower())
        or (len(p) <= 3 and any(c in "aeiouy" for c in p))
        # a word of five letters or more that the letter rules do not read as pronounceable
        # (``switch``); the dictionary's 1 % false hits are asked to read as English too (an
        # obfuscated ``bjtqys`` is in it by chance), and shorter hits may be abbreviations
        or (len(p) >= 5 and is_dictionary_word(p) and english_score(p) >= 0)
        for p in pieces
    )


def _is_lookup(callee: str) -> bool:
    """``os.getenv``, ``env``, ``config.get``: the literal after the name is a default value."""
    last = callee.lower().rsplit(".", 1)[-1].rsplit(":", 1)[-1].replace("_", "")
    return last in _LOOKUPS


def _is_wrapper(callee: str) -> bool:
    """``Some``, ``SecretStr``, ``unhexlify``, ``Base64.decode``: calls that wrap a literal."""
    low = callee.lower()
    last = low.rsplit(".", 1)[-1].rsplit(":", 1)[-1]
    if last in _WRAPPERS:
        return True
    if _is_credential_holder(callee.rsplit(".", 1)[-1].rsplit(":", 1)[-1]):
        return True
    # a codec's decode of a literal (Base64.decode("…"), Hex.decodeHex("…")): key material
    qualifier = low[: len(low) - len(last)]
    return last.startswith("decode") and any(c in qualifier for c in ("base64", "b64", "hex"))


# last words of a type that only holds a credential: StringCredentialValue("…"), SecretValue("…")
_HOLDER_ENDS = frozenset({"value", "credential", "credentials", "password", "passphrase", "secret"})


@lru_cache(maxsize=1024)
def _is_credential_holder(name: str) -> bool:
    """A constructor named for the credential it holds (``StringCredentialValue``,
    ``PlainPassword``), not one that computes from its argument (``hashPassword``, ``getSecret``)."""
    words = key_words(name)
    return (
        len(words) >= 2
        and words[-1] in _HOLDER_ENDS
        and bool(key_families(name))
        and words[0] not in _VERB_WORDS
        and _DERIVED_WORDS.isdisjoint(words)
    )


def _repeats_key(value: str, key: str) -> bool:
    """``SN_revPassphrase = "id-it-revPassphrase"``, ``passphrase = b"Passphrase"``."""
    v = _NOT_LOWER_ALNUM_RE.sub("", value.lower())
    k = _NOT_LOWER_ALNUM_RE.sub("", key.lower())
    if len(v) >= 4 and len(k) >= 4 and (v in k or k in v):
        return True
    # the key's word in leetspeak: ApiKeySelectionExpression="s3l3ction"
    plain = v.translate(DELEET)
    return plain != v and len(plain) >= 6 and plain in k


def _in_call(text: str) -> bool:
    """Whether ``text`` ends inside the argument list of a call (``put("k", ``), not a tuple/list."""
    stack: list[int] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for i, c in enumerate(text):
        if c in "([{":
            stack.append(i)
        elif c in pairs and stack and text[stack[-1]] == pairs[c]:
            stack.pop()
    if not stack or text[stack[-1]] != "(":
        return False
    at = stack[-1]
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_$>")


def _is_setter(key: str, family: str) -> bool:
    segs = key_words(key)
    if not segs:
        return False
    if segs[0] in {"set", "with", "put"}:
        return True
    # a bare "pass" names a compiler pass or a passing test (FUNCTION_PASS("…"), t.pass("…"))
    return segs[-1] in _BARE_WORDS[family] and segs[-1] != "pass"


def _names_a_pass(segs: tuple[str, ...]) -> bool:
    """``run_pass``, ``pass_remarks``, ``module_pass``, ``first_pass``: a key's words name a
    compiler's optimization pass or one of an algorithm's passes."""
    return any(
        seg == "pass"
        and (
            (i > 0 and segs[i - 1] in _PASS_STAGE_BEFORE)
            or (i + 1 < len(segs) and segs[i + 1] in _COMPILER_PASS_AFTER)
        )
        for i, seg in enumerate(segs)
    )


@lru_cache(maxsize=1024)
def _names_test_value(key: str, family: str) -> bool:
    """``testPassword``, ``mock_user.password``, ``FAKE_PASSWD``: the key says it holds a test value,
    and without its test words it names a password (not ``test_password_hash``, ``mock_reset``)."""
    words = key_words(key)
    if _TEST_WORDS.isdisjoint(words):
        return False
    rest = "_".join(w for w in words if w not in _TEST_WORDS)
    return bool(rest) and _key_reason(family, rest) is None


# a key name's first word that negates the credential word after it (no_password, not nonprod_key),
# or its prefix (nosecret)
_NEGATIONS = ("no", "non", "not", "without")
_NEGATABLE = frozenset(
    {"secret", "secrets", "password", "passwd", "pass", "pwd", "pw", "auth", "token", "key"}
    | {"credential", "credentials", "apikey"}
    # nottokens: ["message-id:14159", …] (Thunderbird's spam filter tests: what must not be
    # tokens)
    | {"tokens", "passwords", "keys"}
)


# a key name's first word that makes it the name of an error code (err, error: _UI_TEXT_WORDS)
_ERROR_CODE_WORDS = frozenset({"errcode", "errno", "errnum", "sqlstate"})


# the keys every tracked page and app sends events with, by the product's name and the key
# name's last words: MIXPANEL_TOKEN, mixpanel_project_token (Mixpanel's API secret and service
# accounts are its secrets); rudderstackWriteKey, SEGMENT_WRITE_KEY (the source key their docs
# put in the browser snippet); var AMPLITUDE_API_KEY = "c361ed56…" (FastMCP's docs analytics;
# Amplitude's secret key is the secret)
_PUBLIC_ANALYTICS_KEYS = (
    (frozenset({"mixpanel"}), ("token",)),
    (frozenset({"rudderstack", "segment", "analytics"}), ("write", "key")),
    (frozenset({"amplitude"}), ("api", "key")),
)


# what follows "help" at the start of a help topic's constant (WINHELP_CTX_…, HELP_TOPIC_…)
_HELP_TOPIC_WORDS = frozenset({"ctx", "context", "topic", "id", "page", "anchor"})


@lru_cache(maxsize=4096)
def _key_reason(family: str, key: str) -> str | None:
    segs = key_words(key)
    fams = key_families(key)
    if family not in fams:
        return "key name is not credential-like"
    if key in ("PWD", "OLDPWD"):
        # the shell's working directory; the same name with a non-path value is the ODBC
        # password keyword (R dbConnect(odbc(), PWD = "…"), Tableau's connect-string extras),
        # let through by _assignment_reason
        return "shell working-directory variable"
    if (
        len(segs) >= 2
        and segs[-1] == "key"
        and segs[-2] in _DOCUMENT_WORDS
        and (_KEY_QUALIFIERS.isdisjoint(segs))
    ):
        # FILE_KEY / fileKey: the id of a document (Figma's file key in every file URL, an S3
        # object's key), not a credential
        return "lookup, storage or public key name (not a credential)"
    if len(segs) == 2 and segs[0] in ("from", "ref"):
        # Drone's from_secret: NAME, secretRef-style keys: the value names a stored secret
        return "key references a secret by name"
    if len(segs) >= 2 and segs[0] == "existing":
        # existingSecret: "s3-credentials", existingSecretPasswordKey: password (Helm charts'
        # values): the name of a Kubernetes Secret made beforehand, or of a key in it
        return "key references a secret by name"
    if segs and (
        (len(segs) > 1 and segs[0] in _NEGATIONS and segs[1] in _NEGATABLE)
        or any(segs[0][len(n) :] in _NEGATABLE for n in _NEGATIONS if segs[0].startswith(n))
    ):
        # "# nosecret: rule-id" (trufflehog3's suppression comment), no_password: true: a name
        # that says there is no credential
        return "key says there is no credential (nosecret, no_password)"
    if any(
        segs[-len(tail) :] == tail and not names.isdisjoint(segs)
        for names, tail in _PUBLIC_ANALYTICS_KEYS
    ):
        return "analytics project key (public by design: sent by every tracked client)"
    if len(segs) >= 2 and segs[-1] == "key" and segs[-2] in ("context", "attribute", "cache"):
        # CLIENT_CONTEXT_KEY = "http2.client" (Jetty), a cache or attribute key: the name a value
        # is stored under in a map, whatever the value is for
        return "lookup, storage or public key name (not a credential)"
    if segs[-2:] == ("by", "key"):
        # gc.open_by_key('0BmgG6nO_…') (gspread): a lookup by a document's key, its id
        return "lookup, storage or public key name (not a credential)"
    if segs and (segs[0] in ("guid", "uuid") or "iid" in segs or "clsid" in segs):
        # <?define GuidKpasswd=20A984EC-5BCB-…?> (Heimdal's WiX installer): the GUID of the
        # component that installs kpasswd, an identifier; #define ITOKEN_IID_STR "20479eaf-…"
        # (VirtualBox's C API in libvirt): a COM interface's id; gaia_credential_provider_clsid
        # = "0b5bfdf0-…" (Chromium's credential provider): a COM class's id
        return "key names an identifier (GuidKpasswd, ITOKEN_IID), not a credential"
    if segs == ("master", "key", "ed") and key.lower().endswith("ed25519"):
        # master_key_ed25519=YaqV4vbv… (Tor's descriptors and control port, in its tests): a
        # relay's ed25519 identity key, published in every descriptor, the public half
        return "Tor relay's master-key-ed25519 (a published identity key), public"
    if any(segs[i] == "dir" and segs[i + 1] == "auth" for i in range(len(segs) - 1)):
        # #define VALID_DIR_AUTH "DirAuthority dizum orport=443 …" (Tor's tests): a directory
        # authority, the relays that sign the consensus, not authentication
        return "key names a Tor directory authority (DIR_AUTH), not authentication"
    if segs == ("tls", "creds"):
        # "tls-creds": "objlibvirt_migrate_tls0" (QEMU's options, in libvirt's tests): the id
        # of a tls-creds object that holds the certificates, a name
        return "key references a secret by name"
    if len(segs) >= 3 and segs[0] in ("winhelp", "help") and segs[1] in _HELP_TOPIC_WORDS:
        # #define WINHELP_CTX_logging_ssh_omit_password "config-logssh" (PuTTY's help.h): the
        # help topic about the credential's setting, not the credential
        return "a help topic's id named for a credential (WINHELP_CTX_…_password), not one"
    if segs and segs[0] in _ERROR_CODE_WORDS:
        # ERRCODE_INVALID_PASSWORD := "28P01" (pgconn: PostgreSQL's SQLSTATE), ERR_BAD_TOKEN =
        # "E4012": the code of the error about the credential, not the credential
        return "error code named for a credential (ERRCODE_INVALID_PASSWORD), not a credential"
    if segs == ("crash", "reporter", "key"):
        # "crashReporterKey" : "DCEF35CB-68D5-…" (every macOS and iOS crash report, .ips): the
        # device's anonymous id that groups its reports, not a credential
        return "Apple crash report's crashReporterKey (an anonymous device id), not a credential"
    if segs in (("phase", "auth"), ("phase", "autheap")):
        # phase2_auth = "plain_mschapv2" (GNOME's Wi-Fi settings), NetworkManager's
        # phase2-autheap=mschapv2: the inner method of an 802.1X EAP tunnel, a method's name
        return "802.1X EAP inner method (phase2_auth = mschapv2), not a credential"
    if segs[-3:] == ("initial", "cluster", "token"):
        # etcd's --initial-cluster-token: a name that keeps two clusters' bootstrap apart, which
        # etcd's docs say is no security measure
        return "etcd initial cluster token (a bootstrap name, not a credential)"
    if family == "password" and any(
        seg in _RENDER_PASS_NAMES or (seg == "pass" and i > 0 and segs[i - 1] in _RENDER_PASS_WORDS)
        for i, seg in enumerate(segs)
    ):
        # SHADERPASS_UV0 = "debug_uv0", composePass.debug === "ssao" (PlayCanvas's engine): a
        # render pass of a graphics pipeline, named for what it draws, not a password
        return "a render pass (shader, compose, bloom pass), not a password"
    if family == "password" and _names_a_pass(segs):
        # llc -run-pass=aarch64-prelegalizer-combiner, opt -pass-remarks=hotcoldsplit, "; MODULE-
        # PASS: CheckModuleDebugify" (LLVM's lit tests): a compiler's optimization pass, named;
        # firstPassFragment = "hpl1_Fallback01_Bump_Light" (ScummVM's HPL1 engine): the first of
        # a renderer's passes
        return "a compiler's or an algorithm's pass (-run-pass=, first pass), not a password"
    if segs in (("subpass",), ("subpasses",)) or "subpass" in segs[:-1]:
        # subpass === 'emissive' (Mapbox GL's renderer), [GLSL_SAMPLER_DIM_SUBPASS_MS] =
        # "Subpass-MSAA" (Mesa's NIR printer): a render pass's subpass (Vulkan, Metal, WebGPU),
        # named alone or as a kind (SUBPASS_MS); SDF_SUBPASS, a define's name, is judged as before
        return "a render pass's subpass, not a password"
    if segs[:1] == ("x",) and segs[-2:] == ("sender", "auth"):
        # X-Google-Sender-Auth: ZkDaYkXZ… (a mail Gmail sent): Gmail's stamp of the sending
        # account in every message's header, not a credential
        return "mail header stamping the sender (X-Google-Sender-Auth), not a credential"
    if segs[-2:] == ("feedback", "token") and (
        len(segs) == 2 or segs[0] in ("add", "remove", "undo")
    ):
        # "feedbackEndpoint": {"feedbackToken": "AB9zfpIC…"}, "addToLibraryFeedbackToken"
        # (YouTube's responses, recorded in YouTube Music clients' tests): the handle of an
        # action offered on an item (add to library, remove from history), sent back when the
        # user picks it (GITHUB_FEEDBACK_TOKEN, a bot's GitHub token, is still judged)
        return "feedback token (the handle of an action on an item), not a credential"
    if segs and segs[-1] == "nonce":
        # OAuthNonce, auth_nonce: a once-only number sent in the clear with the request
        return "nonce (sent in the clear, not a credential)"
    if _SOURCE_FILE_KEY_RE.search(key):
        # "lib/apt_key.rb": "e638…" (checksum manifests, lock files): the key is a file name
        return "key is a source or document file name"
    for higher in FAMILY_ORDER[: FAMILY_ORDER.index(family)]:
        if higher in fams:
            return f"reported by generic-{higher}"
    if segs and (
        segs[-1] in _PROPERTY_WORDS
        or (len(segs) > 2 and segs[-1] in _ENCODING_WORDS and segs[-2] in _PROPERTY_WORDS)
    ):
        return "key names a property of the credential"
    for i in range(1, len(segs) - 1):
        if segs[i] in _CREDENTIAL_CONTAINERS and family in key_families(segs[i - 1]):
            if not key_families("_".join(segs[i + 1 :])):
                # PASSWORD_STORE_X_SELECTION=clipboard (pass, the password store): a setting of
                # a store or manager of credentials; PASSWORD_MANAGER_API_KEY names a key again
                return "key names a setting of a credential store or manager"
            break
    if (
        segs
        and segs[0] in _VERB_WORDS
        and len(segs) > 1
        and not (family == "password" and segs[0] in _WHICH_PASSWORD)
        and segs[:2] not in _PROVIDER_LEADS
    ):
        return "key names a check, action or test value"
    if not _TEST_WORDS.isdisjoint(segs):
        return "key names a test value"
    if len(segs) > 1 and not _UI_TEXT_WORDS.isdisjoint(segs[:-1]):
        # also inside a translation key: "users.label_confirm_password" (homebridge's UI)
        return "key names a UI text or message (LABEL_AUTH_TOKEN, msg_wrong_password)"
    if not _DERIVED_WORDS.isdisjoint(segs):
        return "key names a hash, ciphertext or public part, not the secret"
    if family == "token" and (
        not _NON_SECRET_TOKENS.isdisjoint(segs) or key.rsplit(".", 1)[-1] in _IDEMPOTENCY_KEYS
    ):
        return "pagination, idempotency or lock token (not a credential)"
    if family == "key" and not _NON_SECRET_KEYS.isdisjoint(segs):
        return "lookup, storage or public key name (not a credential)"
    return None


def _names_format(value: str) -> bool:
    """``Base64EncodedString``, ``HexEncodedKey``: PascalCase words that only say what kind of
    value belongs there, one of them an encoding."""
    if not value[:1].isupper() or not value.isalnum():
        return False
    words = [w.lower() for w in _PASCAL_WORD_RE.findall(value)]
    return (
        len(words) >= 2
        and "".join(words) == value.lower()
        and _FORMAT_NAME_WORDS.issuperset(words)
        and not _FORMAT_WORD_ONLY.isdisjoint(words)
    )


# a reStructuredText / Sphinx role: :ref:, :py:class:, :meth:
_RST_ROLE_RE = lazy(r"^:(?:[a-z]+:){1,2}[a-z]*`?$")
# an /etc/passwd line: name, x (or * or !), uid, gid, …
_PASSWD_ENTRY_RE = lazy(r"^[a-z_][\w.-]{0,31}:[x*!]:\d+:\d+:")
# a libtrust key ID (Docker's daemon and trust keys): base32 in groups of four joined by colons
_LIBTRUST_KEY_ID_RE = lazy(r"^(?:[A-Z2-7]{4}:){3,}[A-Z2-7]{4}$")
# a lower-case package or image name, a colon and a dotted version (1.3.0, 15.4-alpine, 2.1.RELEASE)
_NAME_VERSION_RE = lazy(r"^[a-z][a-z0-9._-]{2,}:v?\d+(?:\.\d+)+(?:[.-][A-Za-z0-9]+)*$")


_URL_ESCAPE_RE = lazy(r"%[0-9A-Fa-f]{2}")
# an ABNF repetition (RFC 5234) of a rule named in capitals: 1*SAFE, *DIGIT, 1*64HEXDIG; or,
# with its count written, of a rule in lower case (password = 0*ldif-char: ldapvi's manual,
# RFC 2849's grammar of LDIF)
_ABNF_REPEAT_RE = lazy(r"^\d*\*\d*[A-Z][A-Z0-9-]*$|^\d+\*\d*[a-z][a-z0-9]*-[a-z0-9-]+$")


def _escaped_placeholder_reason(value: str) -> str | None:
    """A placeholder written with URL escapes: ``pass%2Bword`` (pass+word), ``foo%2Fbar``; the
    escapes are how a value is put into a URL or a connection string, not random characters."""
    if _URL_ESCAPE_RE.search(value) is None:
        return None
    decoded = unquote(value)
    if is_placeholder(decoded) == "placeholder or test value":
        return "placeholder or test value (URL-escaped)"
    escapes = len(_URL_ESCAPE_RE.findall(value))
    if escapes >= 2 and 6 * escapes >= len(value) and sum(_is_ascii_alnum(c) for c in decoded) <= 3:
        # "%3A%40c", "%F0%9F%92%A9", "%20!%22$%&'()*+,-." (the URL standard's test data, vendored
        # by URL parsers in every language): escaped punctuation, control characters or a
        # character outside ASCII, what a URL-encoding test puts in the password field
        return "URL-escaped punctuation or non-ASCII characters (a URL-encoding test)"
    return None


def _is_semicolon_word_list(value: str) -> bool:
    """``completion;#;maneuver;manoeuvre;play;``: three or more words of letters between
    semicolons, with nothing else but a ``#`` as a piece of its own."""
    words = [w for w in value.split(";") if w and w != "#"]
    return len(words) >= 3 and all(w.isalpha() for w in words)


def _is_ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


# an outcome's code, a slash and the next outcome's NAME=code: 0/FAIL=!0 (after PASS=)
_OUTCOME_CODES_RE = lazy(r"^[^\s=/]{1,8}/[A-Z][A-Z_]{1,20}=[^\s=/]{1,8}\)?$")
# an x86 or AArch64 register as AT&T assembly and GCC's asm templates write it (%rax, %%xmm0)
_ASM_REGISTER_RE = lazy(
    r"%%?(?:[xyz]?mm[0-9]{1,2}|[re]?[abcd]x|[re]?[sd]i|[re]?[sb]p|r(?:[89]|1[0-5])[dwb]?|[abcd][lh]"
    r"|st(?:\([0-7]\))?|k[0-7]|[xwvqdsbh][0-9]{1,2})\Z"
)


@lru_cache(maxsize=2048)
def _value_reason(value: str, family: str, quoted: bool = True) -> str | None:
    low = value.lower()
    if len(value) < 4:
        return "too short"
    if (len(value) > 1024 and (family == "password" or not _B64_BLOB_RE.match(value))) or (
        len(value) > 256 and not looks_random(value[:256])
    ):
        return "too long for a generic credential"
    if low in _NON_SECRET_WORDS or low.strip("_-.") in _NON_SECRET_WORDS:
        return "common non-secret word"
    if low in _TYPE_NAMES or low.rstrip("?[]!") in _TYPE_NAMES:
        return "type name"
    if value[:2] == "*/":
        # /*password_field_exists=*/true, /*haslock=*/PR_FALSE (Chromium): an argument's name in a
        # comment before it; what the comment ends on is code
        return "an argument comment (/*name=*/value), code, not a value"
    if value[:1] == "|" and _PIPE_PARAM_RE.match(value):
        # "the account identified by |account_id|." (Chromium's comments name a parameter between
        # pipes)
        return "a parameter's name between pipes (|account_id|), not a value"
    if value[:5].lower() in ("uuid:", "urn:u") and _UUID_URN_RE.match(value):
        # tModelKey('UUID:C1ACF26D-9672-4404-9D70-39B756E62AB4') (SOAP::Lite's UDDI examples),
        # urn:uuid:…: a value that says it is a UUID, an identifier
        return "a UUID written as one (uuid:…), an identifier, not a credential"
    if family != "password" and _NAMED_SHORT_HASH_RE.match(value):
        # "key": "ResFinder-d48a0fe" (python-cgelib's result templates): a tool's name and the
        # short hash of its commit, a version; seven hex digits (28 bits) are no generated key
        return "a name and a commit's short hash (ResFinder-d48a0fe), a version, not a credential"
    if family != "password" and "0." in value and _NAMED_RANDOM_FLOAT_RE.match(value):
        # "key":"change1_0.6995461115147918" (JSONStream's CouchDB fixtures): a name and what
        # Math.random() returned, a document's id made unique, not a credential
        return "a name and a random fraction (change1_0.69954…), an id, not a credential"
    if value[:1] == "0" and len(value) >= 64 and _RSA1_PUBLICKEYBLOB_RE.match(value):
        # Key="00240000048000009400000006020000002400005253413100040000…" (Mono's StrongName
        # tests): a .NET strong name's public key, a Windows PUBLICKEYBLOB whose magic is RSA1
        # (a private key's blob says RSA2)
        return "a Windows PUBLICKEYBLOB (RSA1: a strong name's public key), not a secret"
    if "=" in value and _FIELD_OPTION_RE.match(value):
        # Q_CLASSINFO("password", "max_length=128") (QDjango's models): an option of the field
        # named for the credential, its maximum length
        return "a field's option (max_length=128), not a value"
    if ("*/" in value or "][" in value or "&" in value) and (
        m := _VALUE_END_MARK_RE.search(value)
    ) is not None:
        # /* sambaLMPassword -> lmPwdHash*/ (Samba's samba3sam.c: the comment closes right after
        # the value), [Pwd: NcFTP@][bytes …] (nDPI's expected output: a bracketed field closes
        # and the next opens), xauth:amd64&nbsp;(=&nbsp;1:1.0.9-1) (botch's HTML reports: text
        # cut at an entity's semicolon): what is before the mark is judged; if it passes, the
        # whole value is judged as before, so the mark only ever removes a finding
        if m.start() < 4:
            return "too short"
        if (reason := _value_reason(value[: m.start()], family, quoted)) is not None:
            return reason
    if value[-1:] in "hdt5612" and _CRED_HASH_NAME_RE.match(value):
        # sambaLMPassword -> lmPwdHash (Samba's LDAP attribute map): a name for a credential's
        # hash, an attribute or a field
        return "a name for a credential's hash (lmPwdHash), not a value"
    if "|" in value and _METAVAR_ALTERNATIVES_RE.match(value):
        # --key=PEMFILE|PKCS11-URL (RAUC's reference): what may stand there, in a usage's
        # metavariables
        return "metavariables joined as alternatives (PEMFILE|PKCS11-URL), a placeholder"
    if value[:3] == "DW_" and _DWARF_NAME_RE.match(value):
        # // PWD: DW_AT_comp_dir [DW_FORM_string] (an LLVM test's FileCheck prefix PWD): a DWARF
        # attribute's name in llvm-dwarfdump's output
        return "a DWARF constant's name (DW_AT_comp_dir), not a value"
    if value[:3] == "#!/":
        # pw: #!/bin/sh (info2man's README lists each script with its first line): a script's
        # interpreter line
        return "a script's interpreter line (#!/bin/sh), not a value"
    if value[-2:] == "_t" and _C_TYPEDEF_RE.match(value):
        # .BI "int gnutls_x509_crq_set_challenge_password(gnutls_x509_crq_t " crq ", …" (GnuTLS's
        # man pages): a C typedef's name, a parameter's type
        return "a C type's name (gnutls_x509_crq_t), not a value"
    if ":" in value and value[:1] in "+-!%" and _PRIORITY_STRING_RE.match(value):
        # "NORMAL:…:-VERS-ALL:+VERS-TLS1.2" (GnuTLS's priority strings, OpenSSL's cipher lists):
        # items added and removed by name, a configuration of algorithms
        return "a TLS priority or cipher string (-VERS-ALL:+VERS-TLS1.2), not a value"
    if "/" in value and value[:1].isdigit() and _SERVICE_PORT_RE.match(value):
        # llm-pass\t2813/tcp/udp (Wireshark's copy of /etc/services): a service's port and
        # protocol
        return "a port and protocol (2813/tcp, /etc/services), not a value"
    if value[:1] == "(" and _JNI_DESCRIPTOR_RE.match(value):
        # const char *passSig = "(Z)V" (OpenJDK's JNI stress tests): the type descriptor of the
        # Java method the name is for, looked up with GetMethodID
        return "a JNI method descriptor ((Z)V), not a value"
    if value[:1] == "-" and value.count("-") == 14 and _XLFD_RE.match(value):
        # key2=-b&h-LucidaBrightLat4-normal-i-normal-Italic-*-%d-*-*-p-*-iso8859-4 (OpenJDK's
        # Properties tests, from font.properties): an X logical font description, a font's name
        return "an X logical font description (-b&h-lucidabright-…-iso8859-1), a font's name"
    if value[2:3] == ":" and value.count(":") < 7 and _COLON_HEX_RE.match(value):
        # prf-secret: df:0f:bd:7d:09 (OpenJDK's TLS PRF test data: a 40-bit export secret), a
        # MAC address: fewer than eight bytes is too little key material for a credential
        return "fewer than eight hex bytes (df:0f:bd:7d:09), too little for a key"
    if ":_" in value[:4] and _VDPROJ_TYPED_GUID_RE.match(value):
        # "MsmKey" = "8:_09250952BF7CDB5CAADD71B62AF74DB4", "OwnerKey" = "8:_F6B9…" (a Visual
        # Studio setup project: a merge module's and its owner's GUID, typed 8, a string):
        # identifiers of the installer's components
        return "a setup project's typed GUID (8:_0925…, .vdproj), an identifier"
    if value[:3] == "[[:":
        # "pass=[[:digit:]]+ image=[[:xdigit:]]+" (the kernel's bpf_jit_disasm.c, a regcomp
        # pattern): a POSIX bracket expression with a character class, a pattern's piece
        return "a POSIX character class ([[:digit:]]), a pattern, not a value"
    if value.count("%") >= 2 and len(_C_CONVERSION_RE.findall(value)) >= 2:
        # pr_debug("RIO_PW: SP%d_ERR_STS_CSR=0x%08x\n", …) (the kernel's RapidIO core): a
        # format with two printf conversions, filled in when it is printed
        return "a printf format with its conversions (%d, %08x), not a value"
    if value[:1] == "@" and _TEXINFO_MARKUP_RE.match(value):
        # "if we should not pass @var{arg}\n\" (GCC's target.def, its hooks' Texinfo docs): a
        # metavariable or a code name in Texinfo's markup
        return "Texinfo markup (@var{arg}, @code{name}), not a value"
    if "+" in value and _KEY_CHORD_RE.search(value):
        # this.key1 = '&#x2318;+Shift+F11' (Chromium's high-contrast extension): a shortcut
        return "a keyboard shortcut (Ctrl+Shift+F11), not a key"
    if value[:1] == "$" and _VARIABLE_PATH_RE.match(value):
        # _android_mustpass = "$deqp_path/android/cts/main" (ANGLE's BUILD.gn: dEQP's list of
        # tests that must pass), path=($PWD $PWD/pdt_topdir) (zsh's tests): a folder under a
        # variable
        return "a path under a variable ($dir/…), not a value"
    if value[:1] == "1" and "." in value and _MAILDIR_NAME_RE.match(value):
        # <key>1154111803.H358449P19268.mbox1.freenet.de,S=22050,L=363</key> (a mail client's
        # plist of downloaded messages): Maildir's unique name, delivery time, id and host
        return "a Maildir message's unique name (time.delivery.host), not a key"
    if ("_" in value or "-" in value) and _PLATFORM_NAME_RE.match(value):
        # else if (token == u"windows_x86_64") (LibreOffice's extension manager): an operating
        # system and a processor, a platform's name
        return "a platform's name (windows_x86_64, linux_aarch64), not a value"
    if "+" in value and _GO_SUMDB_VERIFIER_KEY_RE.match(value):
        # GOSUMDB=sum.golang.org+033de0ae+Ac4zctda…, vkey := "PeterNeumann+c74f20a3+ARpc2Q…"
        # (golang.org/x/mod/sumdb/note): a checksum database's verifier key, its public key (the
        # signer's key starts PRIVATE+KEY+)
        return "a Go checksum database's verifier key (name+hash+public key), public"
    if value[:2] == "Op" and _SPIRV_OPCODE_RE.match(value):
        # %FBasePassVSToDS = OpTypeStruct %… (SPIRV-Cross's shader tests, in SPIR-V assembly): the
        # instruction that defines the id
        return "a SPIR-V instruction's name (OpTypeStruct), not a value"
    if value[:5] == "VUID-":
        # "VUID-VkSubpassDescription2-sType-unique" (the Vulkan validation layers): the id of a
        # rule of the Vulkan specification's valid usage
        return "a Vulkan valid-usage id (VUID-…), not a value"
    if "-" in value and _KEY_NAME_BY_ALGORITHM_RE.match(value):
        # PrivateKey = Ed25519-2 (BoringSSL's evp_tests.txt): the name of a key given earlier in
        # the file, by its algorithm
        return "a test key's name (Ed25519-2, X25519-Private), not key material"
    if (
        ("%2F" in value or "/" in value)
        and _SIGV4_SCOPE_RE.match(value)
        and not value.startswith(("AKIA", "ASIA"))
    ):
        # X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fiam%2Faws4_request: a SigV4
        # credential scope, a test's key id and the date, region and service it signs for (a
        # scope that starts with a real access key id, AKIA…, is still reported: that key id is
        # what leaked)
        return "AWS SigV4 credential scope (key id/date/region/service), not a secret"
    if value[:1] == "#" and _CSS_COLOR_RE.match(value):
        # pass_color = "#54d283" (prowler's dashboard: the colour of a passed check)
        return "a colour (#rrggbb), not a credential"
    if ":" in value and _TYPED_SAMPLE_RE.match(value):
        # "6.Uptime.1:MDP:str:0d 0h00m08s" (HAProxy's typed stats, after the French password
        # word mdp): a type tag and a short value, a field of a record, not a password
        return "type-tagged field value (str:0d, u32:8), not a credential"
    if "/" in value and _FIELD_TEMPLATE_RE.match(value):
        # mysql_servers = slave1/db/name/pw:master/db/name/pw (Exim's docs): the fields of a
        # server spec named, the password's field among them
        return "a template naming its fields (db/name/pw), not a value"
    if "." in value[-8:] and _FILE_NAME_VALUE_RE.match(value):
        # {key: "2e0fdb64-9957-…_image.jpg", url: "https://uploadthing.com/f/…"} (UploadThing's
        # docs), "product_key": "Z14Z0104T_z14z0104t_shf.fits" (astroquery's MAST tests): a
        # stored file's key, its name with an image's, a document's or a data file's extension
        return "a file name (…_image.jpg, …_shf.fits), not a credential"
    if value[:2] == "-[" and value[2:].isalpha():
        # '-fdisable--pass=-[disables an optimization pass]' (zsh's completion of gcc): an
        # option's description in a completion spec
        return "a completion spec's description (=-[disables …]), not a value"
    if "/" in value and _OUTCOME_CODES_RE.match(value):
        # * \param status    Test status (PASS=0/FAIL=!0) (Mbed TLS's test framework): the codes
        # of a test's outcomes, the next one's name after the slash
        return "a list of outcomes and their codes (PASS=0/FAIL=!0), not a value"
    if value[:1] == "%" and _ASM_REGISTER_RE.match(value):
        # "movq "MANGLE(ff_pw_5)", %%mm6\n\t" (FFmpeg's inline assembly, ff_pw_5 a table of packed
        # words): a register operand, %% the escaped % of an asm template
        return "an assembly register operand (%%mm6, %rax), not a value"
    if value[:1] == "{" and _FIELDS_ONLY_RE.match(value):
        # password = f"{self.target.lmhash}:{self.target.nthash}" (dploot): an f-string or
        # template of run-time fields and their separators, no literal character of a value
        return "template of run-time fields only ({lmhash}:{nthash}), filled in at run time"
    if value.count("-") == 6 and _LVM_UUID_RE.match(value):
        # <key>r4xkCv-MQhr-WKIT-R66x-Epn2-e8hG-1Z5gY0</key> (a libvirt storage volume, as LVM's
        # metadata and backups hold it): an LVM physical or logical volume's UUID
        return "an LVM volume's UUID (6-4-4-4-4-4-6), an identifier"
    if value.count(":") == 3 and _TRANSITION_KEY_RE.match(value):
        # transition-key="11:7:0:173a0661-…" (Pacemaker's CIB, in every cluster node's cib.xml
        # and its test data): an action's number, the transition's, the expected return code
        # and the cluster's UUID, an identifier
        return "a Pacemaker transition key (action:transition:rc:uuid), an identifier"
    if "-v" in value[:8] and _OPAQUE_KEY_RE.match(value):
        # course_key = 'course-v1:edX+FUN101x+3T2017', usage_key='block-v1:edx+DemoX+…+type@video+
        # block@…' (Open edX's tests): an opaque key, the id of a course or of a block in one
        return "an Open edX opaque key (course-v1:org+course+run), an identifier"
    if "{" in value and (m := _PREFIX_FIELD_RE.match(value)) and not looks_random(m[1], 6):
        # key=f"auth0|{USER_CC_ID}" (Permit's tests): a short literal (an identity provider's
        # prefix) and one run-time field, filled in at run time
        return "template of a short prefix and a run-time field (auth0|{USER_ID})"
    if ":" in value and _HTPASSWD_ENTRY_RE.match(value):
        # testHtpasswdContent := `bilbo:{SHA}5siv5c0S…=` (a registry's tests): a user and a
        # password hash, as htpasswd writes them (a hash rule judges crypt hashes)
        return "htpasswd entry (a user and a password hash), not a password"
    if value[:3] == "ATT" and _AD_ATTRIBUTE_ID_RE.match(value):
        # 'unicodePwd': b'ATTk589914' (impacket's secretsdump): the DRSUAPI name of an Active
        # Directory attribute (its syntax letter and attribute id), not the attribute's value
        return "Active Directory attribute id (ATTk589914), not a value"
    if _ABNF_REPEAT_RE.match(value):
        # passwd = 1*SAFE (RFC 4616's grammar in a SASL library's comment): an ABNF repetition
        # of a rule, the grammar of the field, not a value
        return "ABNF grammar (a repetition of a rule such as 1*SAFE)"
    if "." in value and _CORRELATION_VECTOR_RE.match(value):
        # "oAuthEventcV": "xsOSpAHSHVm3Tp4SNH5oIA.1.1" (Apprise's Office 365 plugin, quoting a
        # Graph response), MS-CV headers: a Microsoft correlation vector, base64 of 16 random
        # bytes and the call's place in the trace, which traces a request, not a credential
        return "a correlation vector (MS-CV: base64 and .1.1), not a credential"
    if value[:1] in ")]" and _CALL_CHAIN_TAIL_RE.match(value):
        # item.startsWith("auth-token="))?.split("=")[1] (streamlink's docs: reading a cookie
        # in the browser's console): the brackets that close the calls around a string which
        # ends in the name and its "=", then the next method, code rather than a value
        return 'the rest of a call chain after a string ("))?.split("), not a value'
    if value.startswith("eyJ") and len(value) < 24 and ("." not in value or ".." in value):
        # const token = "eyJhsw5c" (jwt-decode's README): a JSON Web Token cut short where the
        # docs show the shape; base64 of a JSON object this short holds no claim worth a secret.
        # "eyJhbGciOi..M3ZA" (cloud-init's IBM Cloud tests): its start and end around two dots
        return "a JSON Web Token cut short (an example), not a token"
    if value[:2] in ("X-", "x-") and _HEADER_NAME_RE.match(value):
        # CanonicalMIMEHeaderKey("X-B3-ParentSpanId"), api_key_header = "X-Api-Key": the name of
        # an HTTP header, not its value
        return "HTTP header name, not a value"
    if (
        value.endswith("=")
        and 8 <= len(value) <= 24
        and (text := b64_text(value)) is not None
        and text.isalnum()
        and _PREC84_WORD_IN_B64_RE.search(text)
    ):
        # repo2-azure-key=YXpLZXk= (pgBackRest's user guide and tests, round 84): base64 of a
        # name ("azKey"), a placeholder in encoded form; random bytes decode to letters and
        # digits alone about once in five thousand 6-byte values, and to such a word far rarer
        return "base64 of a placeholder word, not a generated key"
    if "." in value and _IMAGE_FILE_RE.match(value):
        # secret: "unicode/3299.png?v8" (docsify's map of GitHub's emoji, round 81): an image
        # file's path, here under an emoji's name
        return "an image file's path, not a credential"
    reason = is_placeholder(value)
    if reason:
        return reason
    if "%" in value and (reason := _escaped_placeholder_reason(value)) is not None:
        return reason
    if (
        family != "password"
        and "%20" in value
        and " " in (text := unquote(value).strip())
        and _has_two_words(text)
    ):
        # token=OpenPGP%20card%20%28User%20PIN%20%28sig%29%29 (a PKCS #11 URI in U-Boot's
        # docs): a token's label, words with spaces; a generated token has no space, and
        # random letters around one (oauth_consumer_key="Rdimkh%20Sixlcj") stay
        return "URL-escaped words with spaces (a label), not a token"
    if (value.endswith("/") and not looks_random(value)) or _CMDLET_RE.match(value):
        return "file path or command"
    if value[:1] == "$" and value.count("$") >= 2 and _LEADING_VAR_RE.match(value):
        # HTTPD_URL_USER_PASS=$HTTPD_PROTO://user%40host:pass%40host@$HTTPD_DEST (git's test
        # library): a value put together from shell or make variables, filled in when it runs
        return "a value built from shell variables ($PROTO://…@$HOST)"
    if value in ("xyes", "xno", "xtrue", "xfalse"):
        # if test "x$ac_cv_header_readpassphrase_h" = xyes (a configure script): autoconf's
        # x-prefixed comparison with a yes/no result
        return 'autoconf\'s x-prefixed comparison (test "x$var" = xyes)'
    if value[:1] == "%" and value[1:2] in ("s", "d", "r") and not value[2:3].isalnum():
        # "certKey=%s:sslmethod=TLSv1_2_METHOD:…" (Twisted's endpoint strings): a format field
        # where the value goes, and the next option after it
        return "format field (%s) where the value goes"
    if value.startswith("U2FsdGVkX1"):
        # base64 of "Salted__": the output of openssl enc / CryptoJS AES, a ciphertext
        return "encrypted value (OpenSSL salted ciphertext)"
    if family == "password" and _ENCRYPTED_B64_RE.match(value):
        return "encrypted value (IV or salt and ciphertext in base64)"
    if value[:7] == "base64:" and _B64_TEXT_RE.match(value[7:]) and _encodes_placeholder(value[7:]):
        # BINDPW base64:dGVzdA== (sudoers.ldap(5): "test"): an encoded placeholder after the
        # prefix that says how it is encoded
        return "base64 of a placeholder or word"
    if _B64_TEXT_RE.match(value) and _encodes_placeholder(value):
        # Kubernetes Secret data and Basic-style config hold base64: cGFzc3dvcmQ= is "password"
        return "base64 of a placeholder or word"
    if _B64_ANY_RE.match(value) and _encodes_byte_counter(value):
        # SharedSecret: "AAECAwQFBgcI…Hh8=" (bytes 00 01 02 … 1f): a docs or test pattern
        return "base64 of a counting byte sequence (00 01 02 …), not key material"
    if _B32_TEXT_RE.match(value) and _encodes_placeholder_b32(value):
        # "GEZDGNBVGY3TQOJQ…" is base32 of "1234567890…" (RFC 4226's test secret and its cuts)
        return "base32 of a placeholder or counting digits, not a generated seed"
    if _CIPHER_NAME_RE.match(value):
        # Encryption("secret-password", "aes-256-cbc", iv): the cipher's name, not a password
        return "cipher name (aes-256-cbc), not a value"
    if value[:1] == "%" and _PERCENT_ONLY_RE.match(value) and not unquote(unquote(value)).strip():
        # passwd = "%20%2520": spaces written as URL escapes (a test of quoting), no characters
        return "URL-escaped whitespace only, not a value"
    if "-" in value and _KDF_NAME_RE.match(value):
        # KEY_AGREEMENT = "curve25519-hkdf-sha256" (Matrix E2EE), "x25519-hkdf-sha256": the
        # names of the key-agreement, KDF and hash algorithms a protocol uses, not key material
        return "key-agreement, KDF or hash algorithm names (curve25519-hkdf-sha256), not a value"
    if "." in value and _TYPED_DIGEST_RE.match(value) and not _CREDENTIAL_WORD_RE.search(value):
        # "type_key": "Shape.0c1e…", "key": "ScalarUnion.String-Selector.be5d…" (Dagster's config
        # type keys): a type's name and the hash of its definition, a content-addressed identifier
        return "type name with the hash of its definition (Shape.<sha1>), an identifier"
    if family != "password" and ":" in value and _TIMESTAMPED_NAME_RE.match(value):
        # 'dagster/run_key': 'nightly_sync:1645197413.2837281': a name and the Unix time it was
        # made (a run, cache or dedup key), not a generated secret
        return "name with a Unix timestamp (a run or cache key), not a secret"
    if value[:1] == ":" and _RST_ROLE_RE.match(value):
        # "- password: :py:class:`keystoneauth1.identity.generic.Password`": a Sphinx role
        return "reStructuredText role (:py:class:), documentation markup"
    if ":" in value and (_PASSWD_ENTRY_RE.match(value) or _LIBTRUST_KEY_ID_RE.match(value)):
        # "passwd": `root:x:0:0::/bin:/bin/false` (an /etc/passwd line: the password is in
        # /etc/shadow), "AWX2:I27X:…:XXAY" (a Docker/libtrust key ID, from a public key)
        return "an /etc/passwd entry or a key ID in groups of four, not a secret"
    if ":" in value and _NAME_VERSION_RE.match(value):
        # (com.google.auth:google-auth-library-oauth2-http:1.3.0 - …) in a third-party notice,
        # image: postgres:15.4-alpine: a package or image name and its version
        return "a package or image name and its version (artifact:1.3.0), not a secret"
    if _RULE_STRING_RE.match(value):
        return "validation rule string (required|min:8)"
    if any(ord(c) > 127 and c not in _KEYBOARD_SYMBOLS for c in value):
        return "natural-language text"
    if "&#" in value and any(
        ord(c) > 127 and unicodedata.category(c) in _SYMBOL_CATEGORIES for c in html.unescape(value)
    ):
        # <input type="password" value="a&#x1f914;b"> (Firefox's reftests of how a password
        # field masks emoji, &#x202e; bidi controls): symbols and format characters written as
        # character references (a letter so written, 'Parol&#259;', is judged as a word)
        return "symbol or format characters (written as HTML character references)"
    if _URL_RE.match(value):
        return "URL without credentials"
    if _FILE_EXT_RE.search(value) and not looks_random(value.rsplit(".", 1)[0][-12:]):
        return "file path"
    if _PATH_RE.match(value) and (
        not looks_random(value)
        or (
            value.count("/") >= 3
            and not _B64_ONLY_CHARS.intersection(value)
            # a folder's name in lower case (/var/lib/docker/overlay2/3f9c…); a base64 key that
            # starts with "/" and holds two more (an AWS secret access key, once in ~1,300) has
            # none: three letters or more, letters only (a random piece such as "4m" or "mr",
            # two characters between slashes, is no folder's name)
            and any(
                (len(p) >= 3 and p.isalpha() and p.islower()) or p.isdigit()
                for p in value.split("/")
                if p
            )
        )
        # #define NOFLPASS2 "/lib/fc1" (pcc's f77config.h: a compiler pass's program): under a
        # system folder, in lower case; a base64 key has upper-case letters too
        or _SYSTEM_PATH_RE.match(value)
    ):
        return "file path"
    if (
        "=/" in value
        and (m := _PARAM_PATH_RE.match(value))
        and _PATH_RE.match(m.group(1))
        and not looks_random(m.group(1))
    ):
        # AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key (Slurm's JWT
        # docs): a parameter list's entry whose value is a file's path
        return "file path"
    if value[:2] in ("./", "~/") or value[:3] == "../":
        # host_key: ./ssh_host_ed25519_key (nebula's example config): a path relative to the
        # working or home folder, whose last part is words (digits do not make it generated)
        last = value.rstrip("/").rsplit("/", 1)[-1]
        if _PATH_RE.match(value) and any(
            len(w) >= 3 and is_dictionary_word(w.lower()) for w in split_words(last)
        ):
            return "file path"
    if _SSH_PUBLIC_KEY_RE.match(value):
        return "SSH public key (public by design)"
    if _UNSIGNED_JWT_RE.match(value):
        return "unsigned JSON Web Token (alg none): anyone can forge one, not a credential"
    if _ANCHOR_RE.match(value):
        return "anchor, tag or directive name (#name)"
    if value.startswith("npm:"):
        return "package alias (npm:name@version)"
    if _SIZE_RE.match(value):
        return "size or length, not a value"
    if _AGE_RECIPIENT_RE.match(value):
        return "age public key (a recipient, public by design)"
    if _PUBLISHABLE_KEY_RE.match(value):
        return "publishable key (public by design: Stripe, Clerk and Paystack pk_, Mapbox pk.)"
    if _DATADOG_CLIENT_TOKEN_RE.match(value):
        # Datadog browser RUM / logs client tokens: shipped in web pages, scoped to intake only
        return "Datadog client token (public by design)"
    if (reason := _public_or_encrypted_reason(value)) is not None:
        return reason
    if _SEALED_SECRET_RE.match(value):
        # Bitnami Sealed Secrets encryptedData: a 2-byte length, a 4096-bit RSA-wrapped session
        # key and AES-GCM ciphertext; only the controller in the cluster can decrypt it
        return "encrypted value (Sealed Secrets ciphertext)"
    if value.startswith("arn:"):
        return "resource name (ARN), not a secret"
    if "--" in value and _ANNEX_KEY_RE.match(value):
        # key1 = 'MD5E-s5--db87ebcba59a8c9f34b68e713c08a718.dat' (DataLad's tests): a git-annex
        # key, the backend, the size and the content's hash: the address of a file's content
        return "a git-annex key (backend-size--hash), a content address, not a secret"
    if value[:4].lower() == "urn:" and _URN_VALUE_RE.match(value):
        # #define LASSO_SAML_AUTHENTICATION_METHOD_SECURE_REMOTE_PASSWORD "urn:ietf:rfc:2945"
        # (Lasso), xmlSecHrefGostR3410_2012_256KeyValue[] = "urn:ietf:params:xml:ns:…" (xmlsec):
        # a registered name (RFC 8141) for a method or algorithm
        return "a URN (urn:ietf:rfc:2945), a name, not a secret"
    if _KEY_LOCATOR_RE.match(value):
        return "key locator URI (PKCS #11 or KMS key id), not key material"
    if _CODE_TYPE_VALUE_RE.match(value):
        return "code (a reference type or a composite literal), not a value"
    if _DATED_OPERATION_RE.match(value):
        return "API operation name with its dated version"
    if _names_format(value):
        return "names the format of the value (Base64EncodedString), a placeholder"
    if value.startswith("RPM-GPG-KEY"):
        return "file name of a package-signing public key (RPM-GPG-KEY-…)"
    if ":" in value and _is_type_token(value):
        return "type token of an infrastructure SDK (aws:ec2/vpc:Vpc), not a secret"
    if _LABEL_NAME_RE.match(value):
        return "label or resource name (domain/name)"
    if value.startswith("--"):
        return "command-line option"
    if _HASH_RE.match(value):
        return "hash of a known non-secret kind"
    if _VERSION_RE.match(value):
        return "version or address"
    if "|" in value and all(
        _VERSION_RE.match(piece) for piece in _PREC46_ALTERNATIVES_RE.split(value.strip())
    ):
        # "symfony/password-hasher": "^5.3|^6.0" (composer.json), "^1.2 || ^2.0" (package.json):
        # a dependency's version constraint, one version or another
        return "version constraint (^5.3|^6.0), not a credential"
    if _CHOICES_RE.match(value) and any(
        piece in _NON_SECRET_WORDS for piece in value.lower().split("|")
    ):
        # auth_verbose_passwords=no|plain|sha1, ssl = yes|no|required: an option's documented
        # choices, not one value
        return "list of an option's choices (a|b|c)"
    if _PASSWD_TAIL_RE.match(value):
        return "the fields after a passwd or group line's password (uid, gid, home; gid, members)"
    if family == "auth" and _AUTH_MECHANISM_RE.match(value):
        return "authentication mechanism or algorithm names (what the setting selects)"
    if family != "password" and _is_dotted_item_name(value):
        return "dotted item, metric or property name (words and short numbers)"
    if family != "password" and value.isdigit() and not (quoted and len(value) >= 16):
        # a quoted run of 16+ digits (53+ bits), or one that is a config line's whole value, can
        # be a generated key; looks_random decides
        return "number"
    if _HEX_LITERAL_RE.match(value):
        return "number"
    if _E_NOTATION_RE.match(value):
        # "input_cost_per_token": 1.24999e-06 (a price table): a number, not a generated value
        return "number (scientific notation)"
    if not quoted and _ARITHMETIC_RE.match(value):
        # kdf.execute('Password', 256/32, 128/32): a size written as a product or quotient (a
        # quoted "256/32" could be a chosen password and is judged as one)
        return "arithmetic on numbers (256/32), not a value"
    if "$" in value and _TOKEN_TYPE_NAME_RE.match(value):
        # {token: "string.$S2.delim"}: a Monaco / Monarch tokenizer's token type, whose $S2 / $1
        # parts the tokenizer fills in with the matched state or group
        return "token type name of a syntax highlighter (string.$S2.delim), not a value"
    if value.startswith("*."):
        return "glob pattern"
    if ".$" in value and _NAME_WITH_VARIABLE_RE.match(value):
        # key="trusted.gfid2path.$xxh64sum" (GlusterFS's shell tests): an attribute's dotted
        # name ending in a variable the shell fills in
        return "a dotted name ending in a variable (name.$var), filled in at run time"
    if value.startswith("@") and _REFERENCE_TAIL_RE.match(value, 1):
        # @handle, @env:NAME, @/path, @{var}: a reference; a random tail with other symbols
        # (@#Xr93s*P) is a generated password that happens to start with @
        return "host, handle or reference"
    if _REGEX_CLASS_RE.search(value) or (family != "password" and _REGEX_LIKE_RE.search(value)):
        return "regular expression or code"
    if family != "password" and any(c in value for c in "[]{}") and not _lone_bracket(value):
        return "brackets: code or a template, not a generated value"
    if value.startswith("*") and value.endswith("*"):
        return "masked or emphasised text"
    return None


# a Pulumi / Terraform-bridge type token: package:module/member:Type, where Type is the member's
# name capitalised (aws:ec2/vpc:Vpc, gcp:tpu/v2Vm:V2Vm, azure:aadb2c/directory:Directory)
_TYPE_TOKEN_RE = lazy(r"^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+/([A-Za-z0-9_]+):([A-Z][A-Za-z0-9_]*)$")


def _lone_bracket(value: str) -> bool:
    """One bracket inside a long generated value (``jrjh502810hrgty?eil~5d;[=Q:mme``, a secret
    drawn from all printable characters): no pair, so no index, template or code block, and no
    call or member access (``self.region)}/v1/x509``, the end of an f-string's expression)."""
    return (
        len(value) >= 16
        and sum(value.count(c) for c in "[]{}()") == 1
        and value[0] not in "[]{}()"
        and value[-1] not in "[]{}()"
        and _MEMBER_ACCESS_RE.search(value) is None
        and looks_random(value, 16)
    )


# obj.member: a name, a dot and a name of three letters or more
_MEMBER_ACCESS_RE = lazy(r"[A-Za-z_]\w*\.[A-Za-z_]{3,}")


def _is_dotted_item_name(value: str) -> bool:
    if not _DOTTED_ITEM_NAME_RE.match(value):
        return False
    pieces = _DOTS_UNDERSCORES_RE.split(value)
    return all(_ITEM_NAME_PIECE_RE.match(p) for p in pieces if p) and (
        sum(p.isalpha() and len(p) >= 3 for p in pieces) >= 2
    )


def _is_type_token(value: str) -> bool:
    m = _TYPE_TOKEN_RE.match(value)
    return m is not None and m.group(1).lower() == m.group(2).lower()


# a Puppet Hiera data key at the start of a YAML line (profile::postgres::password: '…'): the
# class parameter the value binds, not a qualified type or constant in code
_HIERA_KEY_RE = lazy(r"""^[ \t]*["']?[a-z][a-z0-9_]*(?:::[a-z0-9_]+)+["']?:[ \t]""")
# SOPS (ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]) and hiera-eyaml (ENC[PKCS7,…], ENC[GPG,…])
# ciphertext envelopes: the value is encrypted to a KMS/age/PGP key, not the secret itself
_ENC_ENVELOPE_RE = lazy(
    r"^ENC\[(?:AES256_GCM|PKCS7|GPG)(?:,|$)"
    # Netmiko's encrypted inventory value: __encrypt__<base64 salt>:<base64 Fernet/AES ciphertext>
    r"|^__encrypt__[A-Za-z0-9+/]{16,}={0,2}:[A-Za-z0-9+/_-]{16,}={0,2}$"
)
# project keys documented as public: PostHog project API keys (phc_, sent from every page; the
# secret personal keys are phx_) and RevenueCat's app-specific SDK keys (appl_, goog_, amzn_;
# the secret keys are sk_)
_PUBLIC_SDK_KEY_RE = lazy(r"^(?:phc_[0-9A-Za-z]{30,60}|(?:appl|goog|amzn)_[0-9A-Za-z]{20,40})$")
# the DER start of a SubjectPublicKeyInfo (SEQUENCE, SEQUENCE, OID rsaEncryption / id-ecPublicKey /
# Ed25519 / X25519) as base64 writes it: a public key (a Chrome extension manifest's "key", a JWT
# verification key in a config); PKCS#8 private keys start with an INTEGER version instead
_SPKI_B64_RE = lazy(
    r"^(?:MII[BCE][A-Za-z0-9+/]jANBgkqhkiG9w0BAQEFAAOC|MIGfMA0GCSqGSIb3DQEBAQUAA4GN"
    r"|MFkwEwYHKoZIzj0CAQYI|MHYwEAYHKoZIzj0CAQYFK4EEACI|MIGbMBAGByqGSM49AgEGBSuBBAAj"
    r"|MCowBQYDK2V[wu]AyEA)"
)

# a git-annex key: a backend (MD5E, SHA256E, …), the size (-s5), more fields, then -- and the
# content's hash with the file's extension for the E backends
_ANNEX_KEY_RE = lazy(
    r"^(?:MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3_(?:224|256|384|512)|SKEIN(?:256|512)"
    r"|BLAKE2[BS]P?(?:160|224|256|384|512)?)E?-s\d+(?:-[mSC]\d+)*--[0-9a-f]{32,128}(?:\.[\w.]{1,16})?$"
)
# a whole value that is a URN (RFC 8141): urn, a namespace id, then its namespace-specific string
_URN_VALUE_RE = lazy(r"^urn:[a-z0-9][a-z0-9-]{1,31}:[\w.:/#()+,;=@!$'*%-]+$", re.I)
# the DER start of a CMS (PKCS #7) SignedData or EnvelopedData (SEQUENCE of two- or indefinite
# length, OID 1.2.840.113549.1.7.2 or .3) as base64 writes it: signatures, timestamp tokens and
# S/MIME bodies (public), or content encrypted to a recipient's key
_CMS_B64_RE = lazy(r"^(?:MII[A-Za-z0-9+/]{2}[AQgw]YJKoZIhvcNAQc[CD]|MIAGCSqGSIb3DQEHA[q6]CA)")


# OpenPGP's public-key algorithm ids (RFC 4880, RFC 9580): RSA, Elgamal, DSA, ECDH, ECDSA, EdDSA,
# X25519, X448, Ed25519, Ed448
_OPENPGP_KEY_ALGORITHMS = frozenset({1, 2, 3, 16, 17, 18, 19, 22, 25, 26, 27, 28})


def _is_openpgp_public_b64(value: str) -> bool:
    """Whether base64 ``value`` starts with an OpenPGP public-key or public-subkey packet (tag 6
    or 14, old or new header format) of version 4 or 5 with a known algorithm, and holds the whole
    packet its header announces (no hit in 2,000,000 random base64 tokens of 80 characters)."""
    raw = b64decode_any(value[:16])
    if raw is None or len(raw) < 12 or not raw[0] & 0x80:
        return False
    if raw[0] & 0x40:
        tag, first = raw[0] & 0x3F, raw[1]
        if first < 192:
            at, length = 2, first
        elif first < 224:
            at, length = 3, ((first - 192) << 8) + raw[2] + 192
        else:
            return False
    else:
        tag, kind = (raw[0] >> 2) & 0x0F, raw[0] & 3
        if kind == 0:
            at, length = 2, raw[1]
        elif kind == 1:
            at, length = 3, (raw[1] << 8) | raw[2]
        else:
            return False
    if tag not in (6, 14) or raw[at] not in (4, 5):
        return False
    # version, four bytes of creation time, then the algorithm (v5 puts a length after it)
    return raw[at + 5] in _OPENPGP_KEY_ALGORITHMS and len(value) * 3 // 4 >= at + length


def _is_nmea_sentence(line: str) -> bool:
    """Whether ``line`` is an NMEA 0183 sentence whose checksum (the XOR of the characters
    between the ! or $ and the *) holds."""
    m = _NMEA_SENTENCE_RE.match(line)
    if m is None:
        return False
    check = 0
    for c in m.group(1).encode():
        check ^= c
    return check == int(m.group(2), 16)


def _public_or_encrypted_reason(value: str) -> str | None:
    """A value that is a ciphertext envelope, a public key or a public SDK key: not a credential
    however generated it looks (SOPS/eyaml files, extension manifests, mobile app configs)."""
    if _ENC_ENVELOPE_RE.match(value):
        return "encrypted value (SOPS, hiera-eyaml or Netmiko ciphertext)"
    if _SPKI_B64_RE.match(value):
        return "public key (base64 SubjectPublicKeyInfo)"
    if len(value) >= 64 and _is_openpgp_public_b64(value):
        # "gossip_key": "mDMEYBITIhYJKwYBBAHaRw8BAQdA…" (KMail's Autocrypt tests): an OpenPGP
        # public key, as Autocrypt headers and keyring exports carry it
        return "public key (base64 OpenPGP public-key packet)"
    if value[:2] == "MI" and _CMS_B64_RE.match(value):
        # <xades:EncapsulatedTimeStamp Id="SignatureTimeStamp-1-Token">MIIOZwYJKoZIhvcNAQcC…
        # (signxml's XAdES tests): a timestamp authority's signed token
        return "signed or enveloped data (base64 CMS/PKCS #7: a signature, timestamp or ciphertext)"
    if _PUBLIC_SDK_KEY_RE.match(value):
        return "public SDK key (PostHog phc_, RevenueCat appl_/goog_/amzn_: public by design)"
    if value[:1] == "B" and _EC_POINT_B64_RE.match(value) and _is_p256_point(value):
        return "public key (an uncompressed P-256 point: a Web Push p256dh or VAPID public key)"
    return None


# 65 bytes in base64 or base64url (87 characters, or 88 with padding): 0x04 then x and y of a
# P-256 point, how Web Push writes a subscription's p256dh key and a VAPID public key
_EC_POINT_B64_RE = lazy(r"^B[A-P][A-Za-z0-9_+/-]{85}=?$")
_P256_P = 2**256 - 2**224 + 2**192 + 2**96 - 1
_P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B


def _is_p256_point(value: str) -> bool:
    """Whether ``value`` decodes to an uncompressed point on the P-256 curve (y² = x³ - 3x + b):
    a public key by construction. For a random x only two y of 2²⁵⁶ fit, so a generated token
    of this length and prefix is never taken for one."""
    raw = b64decode_any(value)
    if raw is None or len(raw) != 65 or raw[0] != 4:
        return False
    x, y = int.from_bytes(raw[1:33], "big"), int.from_bytes(raw[33:], "big")
    p = _P256_P
    return x < p and y < p and (y * y - (x * x * x - 3 * x + _P256_B)) % p == 0


def _is_name_word(word: str) -> bool:
    """A piece of an identifier or phrase: a dictionary word, a short common word or a name
    for a credential (``my``, ``key``, ``string``)."""
    return (
        word in _NAME_PIECES
        or word in _SHORT_WORDS
        or (len(word) >= 3 and is_dictionary_word(word))
    )


def _one_edit_apart(a: str, b: str) -> bool:
    """``pasword``, ``passwrd``, ``passowrd``-like typos: one insertion, deletion or substitution
    (or ``a == b``) turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


# Passwords that are public knowledge: vendors' documented defaults (vagrant, tiger, calvin,
# minioadmin, changeit …) and the words at the top of every published breach list (dragon,
# sunshine …). In a file they are a tutorial's or a demo's value, and the first guess of any
# attacker, not a secret this scanner can protect.
_KNOWN_PASSWORDS = frozenset(
    {"vagrant", "tiger", "scott", "calvin", "raspberry", "raspberrypi", "ubuntu", "alpine",
     "debian", "centos", "fedora", "kali", "toor", "ubnt", "jenkins", "sonar", "sonarqube",
     "nexus", "keycloak", "grafana", "elastic", "kibana", "minio", "minioadmin", "rabbitmq",
     # Jenny's number (the song's 867-5309), a common numeric password and a test's stand-in
     "8675309",
     "tomcat", "sysadmin", "cisco", "openstack", "nagios", "zabbix", "mariadb", "couchbase",
     "cassandra", "wordpress", "drupal", "joomla", "odoo", "nextcloud", "gitea",
     "harbor", "portainer", "openvpn", "pfsense", "opnsense", "anonymous", "manager", "welcome",
     # anonymous CVS's conventional password (cvs -d :pserver:anoncvs@… login, Ant's cvspass tests)
     "anoncvs",
     "dragon", "monkey", "sunshine", "princess", "football", "baseball", "soccer", "hockey",
     "superman", "batman", "iloveyou", "freedom", "whatever", "trustno", "shadow", "master",
     "michael", "jennifer", "jordan", "hunter", "ranger", "buster", "killer", "george",
     "charlie", "andrew", "michelle", "jessica", "pepper", "daniel", "access", "joshua",
     "maggie", "starwars", "silver", "william", "dallas", "yankees", "hello", "amanda",
     "orange", "ashley", "nicole", "thomas", "matrix", "computer", "summer", "winter",
     "spring", "autumn", "flower", "cookie", "chocolate", "pokemon", "naruto", "ninja",
     "mustang", "harley", "corvette", "ferrari", "cheese", "banana", "purple", "zxcvbn",
     "qazwsx", "secret", "login", "lovely", "angel", "baby", "love", "money", "hannah",
     # xkcd 936's example passphrase, the web's best-known one
     "correcthorsebatterystaple",
     # TDengine's documented root password (taos://root:taosdata@…)
     "taosdata",
     # StorageOS' documented API password (Kubernetes' storageos volume plugin's default)
     "storageos",
     # Strapi's project templates' database password (env('DATABASE_PASSWORD', 'strapi'))
     "strapi",
     # the magic words, a documentation example (Net::LDAP's :password => "opensesame")
     "opensesame",
     # dbdeployer's MySQL sandbox default (msandbox), in MySQL tools' CI and docs; Cacti's
     # documented database password (cactiuser, its config.php and installer)
     "msandbox", "cactiuser",
     # Firebird's and InterBase's SYSDBA default, Infoblox NIOS's admin default, and the
     # password of RFC 5802's SCRAM example (user "user"), in SASL libraries' docs and tests
     "masterkey", "infoblox", "pencil",
     # the Dreambox receivers' documented root password (Enigma2's default, Home Assistant's)
     "dreambox",
     # Vendure's documented superadmin default (superadmin / superadmin)
     "superadmin",
     # a top-list password and the classic example of one (Node.js's util docs: r0sebud)
     "rosebud",
     # the conventional password of malware-sample archives (TheHive's and Cortex's default,
     # MalwareBazaar's and VirusTotal's "infected")
     "malware", "infected"}
)  # fmt: skip


_KNOWN_REASON = "published default or well-known password (a demo value, not a secret)"
_WORD_NUMBER_REASON = "word plus a small number: an example or test password"
_WORD_REASON = "a word, not a chosen password"
# past participles the dictionary lacks (it holds base forms; regular -ed forms are judged by
# their stem): "If the password is stolen, however," (Net-SNMP's snmpd.conf manual)
_IRREGULAR_PARTICIPLES = frozenset(
    {"stolen", "spoken", "sworn", "torn", "worn", "grown", "blown", "flown", "shaken", "beaten",
     "bitten", "eaten", "fallen", "ridden", "risen", "proven", "mistaken", "overridden",
     "rewritten", "overwritten", "withdrawn", "undone", "unknown"}
)  # fmt: skip
# the judgements a production config file overrides: there a weak word password is a real one
_WEAK_WORD_REASONS = frozenset({_KNOWN_REASON, _WORD_NUMBER_REASON, _WORD_REASON})


# English consonant clusters the pronounceability model scores as noise: leng-th, mon-ths,
# dep-ths, rhy-thm, nym-ph, war-mth, stre-tch, scri-pts
_WORD_CLUSTER_RE = lazy(r"(?:ng|[dflnprx])ths?$|thms?$|mphs?$|rmths?$|tch|pts$")


def _is_word(core: str, i18n: bool = False) -> bool:
    """A letters-only value that is a word rather than a chosen password: a dictionary word or
    words glued together (``hidden``, ``newpass``), a common non-secret word, a capitalised
    pronounceable one (a UI label or enum member: ``Senha``), a published default or top-list
    password (``vagrant``, ``dragon``) or, in a translation file, any letters-only one
    (``wachtwoord``). A pronounceable string that is no word (``velkor``) is a
    chosen password."""
    low = core.lower()
    if i18n or low in _KNOWN_PASSWORDS or low in _NON_SECRET_WORDS or low in _IRREGULAR_PARTICIPLES:
        return True
    if word_fraction(core) < 0.99:
        # not pronounceable: a word only if it is words glued together (newkey, dbpass) or a
        # dictionary word with a consonant cluster the pronounceability model does not know
        # (length, strength, months, rhythm: trytond's config.getint('password', 'length')); the
        # dictionary alone is not asked, it holds abbreviations (css, cdf) and its Bloom filter
        # takes one random string in a hundred
        return (len(low) >= 6 and is_glued_words(low)) or (
            _WORD_CLUSTER_RE.search(low) is not None and is_dictionary_word(low)
        )
    return (
        core[:1].isupper()
        or is_dictionary_word(low)
        or is_glued_words(low)
        # a plural the dictionary holds only in the singular (spans, metrics: a minified
        # bundle's `var pw=["spans",…]`)
        or (len(low) >= 5 and low.endswith("s") and is_dictionary_word(low[:-1]))
        # a word with a prefix the dictionary lacks it with: "pass1: deactivating shader"
        # (KiCad's OpenGL code), reactivating, unencrypted
        or (len(low) >= 8 and low[:2] in ("de", "re", "un") and is_dictionary_word(low[2:]))
    )


def _is_digit_run(value: str) -> bool:
    """Whether the digits of ``value`` count up or down or repeat one digit (1234, 4321, 7777)."""
    digits = "".join(c for c in value if c.isdigit())
    return digits in "0123456789" or digits in "9876543210" or len(set(digits)) == 1


# base64 or base64url of 8 bytes or more
_B64_ANY_RE = lazy(r"^[A-Za-z0-9+/_-]{11,}={0,2}$")
# base32 (RFC 4648) of text: upper-case letters and 2-7, padded to 8 with =
_B32_TEXT_RE = lazy(r"^[A-Z2-7]{16,64}={0,6}$")
# the algorithm names of a key agreement or KDF: curve25519-hkdf-sha256, x25519-hkdf-sha256,
# ecdh-p256-hkdf-sha384 (at least two names joined by "-", one of them a curve, an agreement or a KDF)
_KDF_NAME_RE = lazy(
    r"^(?=.*(?:curve|x25519|x448|ed25519|ed448|ecdh|hkdf|pbkdf2|scrypt|argon2))"
    r"(?:curve25519|curve448|x25519|x448|ed25519|ed448|ecdhe?|dh|hkdf|pbkdf2|hmac|scrypt"
    r"|argon2(?:id|i|d)?|sha(?:1|2|3|224|256|384|512)?|blake2[bs]?|blake3|aes|gcm|cbc|ctr|siv"
    r"|p256|p384|p521|secp256[kr]1)(?:-(?:curve25519|curve448|x25519|x448|ed25519|ed448|ecdhe?"
    r"|dh|hkdf|pbkdf2|hmac|scrypt|argon2(?:id|i|d)?|sha(?:1|2|3|224|256|384|512)?|blake2[bs]?"
    r"|blake3|aes|gcm|cbc|ctr|siv|p256|p384|p521|secp256[kr]1|128|192|256|384|512)){1,5}$",
    re.I,
)
# a CamelCase type name (dotted or dashed parts) and the hex digest of its definition:
# Shape.0c1e…, Array.Shape.…, ScalarUnion.String-Selector.… (32 to 64 lower-case hex digits)
_TYPED_DIGEST_RE = lazy(r"^(?:[A-Z][a-z]+){1,4}(?:[.-](?:[A-Z][a-z]+){1,4}){0,4}\.[0-9a-f]{32,64}$")
_PERCENT_ONLY_RE = lazy(r"^(?:%[0-9A-Fa-f]{2}|[0-9]){2,24}$")
_CREDENTIAL_WORD_RE = lazy(r"key|token|secret|pass|auth|bearer|cred", re.I)
# a name and a Unix time of this century (2001-2033), optionally with its fraction of a second
_TIMESTAMPED_NAME_RE = lazy(r"^[A-Za-z][\w.-]{2,63}:1[0-9]{9}(?:\.[0-9]{1,9})?$")
# a symmetric cipher's OpenSSL / Node name: aes-256-cbc, aes-128-gcm, chacha20-poly1305, des-ede3-cbc
# (also as SSH names them, the size glued on: aes256-cbc, 3des-cbc, aes128-gcm@openssh.com, in
# JSch's "privatekey: aes256-cbc is not available")
_CIPHER_NAME_RE = lazy(
    r"^(?:aes|AES|des|DES|des-ede3?|3des|bf|blowfish|cast128|arcfour|camellia|aria|sm4|chacha20"
    r"|ChaCha20|rc4|RC4)"
    r"(?:-?(?:128|192|256))?(?:-(?:cbc|gcm|ctr|ecb|cfb|cfb8|ofb|ccm|ocb|xts|wrap|CBC|GCM|CTR|ECB))?"
    r"(?:-(?:poly1305|Poly1305|hmac-sha1|hmac-sha256))?(?:@openssh\.com)?$"
)


def _encodes_byte_counter(value: str) -> bool:
    """Whether ``value`` is base64 (or base64url) of 8+ bytes counting by a fixed step."""
    raw = b64decode_any(value)
    return raw is not None and is_byte_counter(raw)


def _encodes_placeholder_b32(value: str) -> bool:
    """Whether ``value`` is base32 of printable text that is a placeholder or a sequence
    (``GEZDGNBVGY3TQOJQ`` is ``1234567890``); a random seed decodes to binary, not text."""
    raw = value.rstrip("=")
    if len(raw) % 8 not in (0, 2, 4, 5, 7):
        return False
    try:
        text = base64.b32decode(raw + "=" * (-len(raw) % 8)).decode("ascii")
    except (binascii.Error, ValueError):
        return False
    return text.isprintable() and is_placeholder(text) is not None


def _encodes_placeholder(value: str) -> bool:
    """Whether ``value`` is base64 of short printable text that is a placeholder, a word or an
    identifier (``bXlwYXNz``, ``cGFzc3dvcmQ=``); random key material does not decode to text."""
    text = b64_text(value)
    if text is None:
        return False
    text = text.rstrip("\r\n")  # echo "…" | base64 keeps the newline
    if text[:1] == "{":
        # {"session_id": "default"} (Bokeh's DEFAULT_TOKEN): short JSON whose values are all
        # placeholders or non-secret words
        try:
            obj = json.loads(text)
        except ValueError:
            return False
        return (
            isinstance(obj, dict)
            and bool(obj)
            and all(
                isinstance(v, str) and (bool(is_placeholder(v)) or v.lower() in _NON_SECRET_WORDS)
                for v in obj.values()
            )
        )
    scheme, space, credential = text.partition(" ")
    if space and scheme.lower() in ("bearer", "basic", "token") and credential.isprintable():
        # b'QmVhcmVyIGYwMA==' is "Bearer f00" (Ironic's tests of an image request's
        # authorization): a whole Authorization value encoded, a placeholder after its scheme
        return bool(is_placeholder(credential))
    if ":" in text:
        # a user:password pair (Basic, ECR's AWS:…): a placeholder in the password's place
        # (base64 of "AWS:123456789012-auth-token"); a word there stays (a weak real password)
        user, tail = text.split(":", 1)
        if _METASYNTACTIC_RE.match(user.lower()) and tail.isalpha() and len(tail) <= 12:
            # 'YmFyYmF6OmJhcmJheQ==' is barbaz:barbay (registry-auth-token's tests): a
            # metasyntactic user and a word, a test's stand-in login
            return True
        return _TYPED_TEXT_RE.match(tail) is not None and bool(is_placeholder(tail))
    if not _TYPED_TEXT_RE.match(text):
        return False
    core = text.rstrip("0123456789")
    if core != text and sum(c.isupper() for c in core) >= 3 and core.isalpha():
        # "QmluYXJ5VmFsdWVJbkJhc2U2NA==" is BinaryValueInBase64 (cfn-lint's tests): three or
        # more words glued in PascalCase and a number, a name (Sunshine2024 is left alone)
        return word_fraction(core) >= 0.85
    if text.isdigit() and is_counting_filler(text):
        # ikm_key: 'MDEyMzQ1Njc4OTAx…' (coturn's test database) is "0123456789012…": digits typed
        # counting along the row; key material decodes to bytes, not to typed digits
        return True
    return bool(is_placeholder(text)) or (text.isalpha() and word_fraction(text) >= 0.99)


# the word "password" in other languages, written in ASCII letters (accents dropped: compare
# ``_fold_letters(word)``): what a translated login form labels its field with, and what
# documentation in those languages writes in a URL's user-info (gebruiker:wachtwoord@server)
_PASSWORD_IN_LANGUAGES = frozenset(
    {"senha", "contrasena", "contrasenya", "kennwort", "passwort", "wachtwoord", "losenord",
     "passord", "adgangskode", "salasana", "haslo", "heslo", "jelszo", "sifre", "parola",
     "pasahitza", "lozinka", "geslo", "parool", "wagwoord", "lykilord", "katalaluan",
     "motdepasse", "pasvorto", "cyfrinair", "parole", "matkhau", "katasandi", "nenosiri",
     # scripts without Latin letters, kept as they are by _fold_letters
     "пароль", "парола", "лозинка", "κωδικός", "密码", "密碼", "パスワード", "비밀번호", "סיסמה",
     "पासवर्ड", "รหัสผ่าน"}
)  # fmt: skip
# UI text on the line: a quoted phrase (two words) or a non-ASCII letter
_UI_TEXT_RE = lazy(r"""[`"'][^`"'\n]*?\w[ ]\w[^`"'\n]*[`"']|[^\x00-\x7f]""")
# letters NFKD does not split into a base letter and an accent
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ð": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "ə": "e"}
)


def _fold_letters(low: str) -> str:
    """``low`` in ASCII letters: accents dropped (contraseña -> contrasena, hasło -> haslo); a
    word of a script without Latin letters (пароль) as it is."""
    if low.isascii():
        return low
    text = unicodedata.normalize("NFKD", low.translate(_FOLD_EXTRA))
    return "".join(c for c in text if c.isascii()) or low


# "my" glued before the word for password, in the languages of _PASSWORD_IN_LANGUAGES
_MY_WORDS = ("my", "minha", "meu", "mi", "mon", "ma", "mein", "meine", "mijn", "mio", "mia",
             "min", "mitt", "moj", "moja", "benim")  # fmt: skip


def _is_password_word(low: str, bare: bool = True) -> bool:
    """Whether lower-case ``low`` is the word for password in another language, also after "my"
    in that language and before a short number (``wachtwoord``, ``minhasenha``, ``senha123``);
    with ``bare=False`` only the word after "my" (outside a translation, ``pasahitza`` alone may
    be a chosen password)."""
    # (the words of a two-word term joined as a placeholder joins them: mật_khẩu, mot-de-passe)
    word = _fold_letters(low).rstrip("0123456789").replace("_", "").replace("-", "")
    return (bare and word in _PASSWORD_IN_LANGUAGES) or any(
        word.startswith(my) and word[len(my) :] in _PASSWORD_IN_LANGUAGES for my in _MY_WORDS
    )


# a closing run of digits and symbols (C1sco123!, we1come!)
_TRAILING_RUN_RE = lazy(r"[\d!@#$%^&*._-]+$")


# account words a test spells in leet as its password (moto's Password="adm1n")
_LEET_STAND_INS = frozenset({"admin", "root", "user", "guest", "test", "demo"})


def _leet_known(value: str) -> bool:
    """Whether ``value`` is a published default or top-list password with digits or symbols put
    for letters (``C1sco123``, ``we1come!``: Cisco's and ACI's documented defaults)."""
    stem = _TRAILING_RUN_RE.sub("", value)
    if len(stem) < 4 or stem.isalpha():
        return False
    # a 1 stands for an i (C1sco, adm1n) or an l (we1come)
    readings = (stem.translate(DELEET).lower(), stem.replace("1", "l").translate(DELEET).lower())
    return any(r in _KNOWN_PASSWORDS or r in _LEET_STAND_INS for r in readings)


@lru_cache(maxsize=4096)
def _password_reason(
    value: str, quoted: bool, config_value: bool = False, i18n: bool = False
) -> str | None:
    low = value.lower()
    if 6 <= len(low) <= 10 and any(_one_edit_apart(low, w) for w in ("password", "passwd")):
        return "placeholder or test value"
    if len(low) <= 10 and (
        _NOT_LOWER_RE.sub("", low) in ("pass", "passwd", "password", "pwd")
        or _NOT_LOWER_RE.sub("", low.translate(DELEET)) in ("pass", "passwd", "password", "secret")
        or _TRAILING_RUN_RE.sub("", low).translate(DELEET) in ("pass", "passwd", "password")
    ):
        # pa;ss, p-a-s-s, pass!: the word with a symbol in it, a parser test's value; pa$s,
        # p4ss: the word with a digit or symbol standing for a letter, also before a closing
        # run of digits and symbols (P4ss123!, FreeRDP's NTLM test, as Pass123! is)
        return "placeholder or test value"
    if masks_password_word(value):
        # p#ssword! (dj-database-url's README, in a URI and in its tests)
        return "placeholder or test value"
    if (
        len(low) <= 20
        and low.isalnum()
        and not low.isalpha()
        and _is_password_word(low.translate(DELEET))
    ):
        # --password c0ntras3nya (TiddlyWiki's Catalan help): the word for password in another
        # language, in leet as p4ssw0rd is in English
        return "placeholder or test value"
    if len(low) <= 20 and low.isalnum() and _is_password_word(low, bare=False):
        # password minhasenha (aria2's Portuguese manual), meinpasswort1: "my password" in another
        # language where the value goes, as English docs write mypassword
        return "placeholder or test value"
    # Redis ACL rules write a password after ">" (or "+" in tests): >mypass
    ident = value.lstrip(">+")
    if ("p@ss" in low or "pa$$" in low) or (
        ("pass" in ident or "pwd" in ident or (ident.endswith("pw") and ident[:-2] in _NAME_PIECES))
        and _LOWER_IDENT_RE.match(ident)
    ):
        # a lower-case name that spells the word (my_pass, dbpass, pwd1) or p@ss stands in for a
        # password; a chosen one mixes in capitals or symbols (keep RedisPass1!)
        return "placeholder or test value"
    if (
        _CRED_WORD_NAME_RE.match(value)
        or _CRED_WORD_TAIL_RE.match(value)
        or _CRED_WORD_GLUED_RE.match(ident)
    ):
        # 'passwordAdminDN' 'pwdAdminDN' (an LDAP schema's attribute names): a camelCase name
        # that starts with the word, not a password; 'nsds5replicacredentials', 'nsslapd-rootpw'
        # (lib389's maps of its options to 389 Directory Server's attributes): one in lower case
        # with the word glued on
        return "a name built on the credential word (pwdAdminDN), not a password"
    if value.isdigit() and not quoted and not (config_value and len(value) >= 6):
        # in code an unquoted number is an int constant; in a config file (YAML, .properties, .env)
        # a value that ends its line is text, and six or more digits there are a PIN-style password
        return "number (a constant or code, not a quoted password)"
    if config_value and _WORD_YEAR_RE.match(value):
        # Winter2024!, Acme2025 as a config file's whole value: the commonest corporate password
        # shape (a test or documentation file drops it later as a fixture)
        return None
    m = _WORD_NUMBER_RE.match(value)
    core = value.strip("=_-.:;,!?*#")
    if (
        (m and m.group(1).lower() in _KNOWN_PASSWORDS)
        or core.lower() in _KNOWN_PASSWORDS
        # -anonymous@ (Net::FTP): the anonymous-FTP convention, an address-like word
        or core.strip("@").lower() in _KNOWN_PASSWORDS
        or _leet_known(value)
    ):
        return _KNOWN_REASON
    if config_value and _POLICY_PASSWORD_RE.match(value) and not _is_digit_run(value):
        # Granite6077!, Nimbus8740! as a config file's whole value: a word, four digits that
        # are no run and a closing symbol, the shape password policies make people choose;
        # an example's number is a run (Welcome123!, Summer1234!)
        return None
    if m and _is_word(m.group(1), i18n):
        return _WORD_NUMBER_REASON
    if _CONSTANT_RE.match(value):
        return "constant, variable or environment variable name"
    if core.isalpha() and _is_word(core, i18n):
        return _WORD_REASON
    words = split_words(value)
    if len(words) >= 2 and all(w.isalpha() for w in words):
        if word_fraction(value) >= 0.6 or all(_is_name_word(w) for w in words):
            # new_user_name, some-long-string, my_key: names and phrases made of words
            return "identifier or phrase"
    if len(low) >= 4 and _METASYNTACTIC_RE.match(_NOT_LOWER_RE.sub("", low)):
        return "placeholder or test value"
    return None


# what separates the parts of a structured name
_NAME_SEPARATORS_RE = lazy(r"[:#._/|-]+")


def _random_reason(value: str, family: str, key: str) -> str | None:
    if _CONSTANT_RE.match(value) or (value[:1].isdigit() and _ORDINAL_CONSTANT_RE.match(value)):
        # (an ordinal before the words: expected_token="1ST_TOKEN", syslog-ng's completer tests)
        return "constant or environment variable name"
    if family == "key" and _GPG_ID_RE.match(value) and not _PGP_WORDS.isdisjoint(key_words(key)):
        # GPG_KEY=E3FF2839…0568 (a Dockerfile's ENV, apt-key adv --recv-keys): the key's ID or
        # fingerprint, which names a public key; the secret key is an armored block
        return "GPG key ID or fingerprint (names a public key)"
    if family == "key" and _KEY_QUALIFIERS.isdisjoint(key_words(key)):
        # a bare "key" names anything (cache keys, dict keys, i18n keys): demand a long random value
        if not looks_random(value, 16) or shannon_entropy(value) < 3.5 or _is_word_name(value):
            return "unqualified key name and value not clearly generated"
        if (
            "." in value
            and _DOTTED_SETTING_RE.match(value)
            and not any(looks_random(p, 12) and not _has_two_words(p) for p in value.split("."))
        ):
            # <key>pciBridge0.present</key>, <key>cpuid.avx512vbmi</key> (vSphere's extraConfig in
            # pyvmomi's test fixtures): a setting's dotted name; base64 and hex keys hold no dot,
            # and a dotted key (VF.DM.628d5d92….dmC8KKO1…, a JSON Web Token) has a generated part
            return "dotted setting or object name under a bare key, not a key"
        if ":" in value and _is_namespaced_name(value):
            return "namespaced name (square:<uuid>, <app-id>:backupemail): a lookup key, not a key"
        if "/" in value and _is_reading_path(value):
            return "a device's or sensor's path (HTM1735/humidity) under a bare key, not a key"
        parts = _NAME_SEPARATORS_RE.split(value)
        if (
            len(parts) >= 4
            and max(map(len, parts)) <= 10
            and len(set(map(len, parts))) > 1
            and value.count(":") + value.count("#") >= 2
        ):
            # "Key": "DCIM:INSTALLED#0x15__PSU.Slot.1", "mpx.vmhba1:C0:T0:L0": a device's or
            # component's name of short parts of several lengths, two or more of them after a
            # colon or a hash (a product key's groups are all one length, 29AV1-3OFV9-…; base64url
            # has - and _ but no colon)
            return "name of short separated parts (a device or component key), not a key"
    if not looks_random(value, 8) or (family == "token" and _is_prefix_stub(value)):
        return "does not look generated (words, identifier or low entropy)"
    if family == "key" and len(value) <= 24 and _is_word_name(value):
        # pushKey("oiMinArea") (qpdf's generated JSON handlers: a name pushed on the stack of
        # keys, under "push key" a qualified name): a short camelCase or snake_case name of
        # words, which a generated key is not
        return "does not look generated (a name of words, oiMinArea)"
    return None


def _is_word_name(value: str) -> bool:
    """A name made of words, which a generated key is not: a slug or camelCase name
    (:func:`_is_word_slug`), or camelCase words around acronyms in letters only
    (``renderCMIToJSONString``, a method's name under Babel's ``key:`` in scorm-again's
    bundles)."""
    return _is_word_slug(value) or (value.isalpha() and _is_camel_name(value))


def _has_two_words(piece: str) -> bool:
    """Two or more dictionary words of three letters or more among ``piece``'s camelCase or
    snake_case words (``Vmxnet3MaxRxBurstQueueLength``); a generated piece has none or one. A
    numeronym counts as a word (Odoo's l10n_es_aeat_certificate module: l10n and certificate)."""
    words = sum(len(w) >= 3 and is_dictionary_word(w.lower()) for w in split_words(piece))
    return words + len(_NUMERONYM_RE.findall(piece)) >= 2


# numeronyms, the word's first and last letter around the count of the letters between
# (internationalization, localization, accessibility, Kubernetes, globalization, observability)
_NUMERONYM_RE = lazy(r"(?i)(?<![a-z0-9])(?:i18n|l10n|a11y|k8s|g11n|m17n|o11y|p13n)(?![a-z0-9])")


_SLUG_SPLIT_RE = lazy(r"[-_.]")
# a dotted name: pieces of letters, digits, "_" and "-", the first one starting with a letter
_DOTTED_SETTING_RE = lazy(r"^[A-Za-z][\w-]{0,63}(?:\.[A-Za-z0-9][\w-]{0,63}){1,8}$")
# a PGP key ID (8 or 16 hex digits) or a v4 fingerprint (40), maybe 0x-prefixed, one case
_GPG_ID_RE = lazy(r"^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40}|[0-9a-f]{16}|[0-9a-f]{40})$")
# (a release manager's or release signing key: Maven's commons.releaseManagerKey, a fingerprint)
# (also glued to "key": pgpkey=266FF04C… in SWI-Prolog's make-ppa script)
# (and an armored key file's name: 'dsapubkey.asc': '2B5BBB14…', PGPy's tests' fingerprints)
# (and APT's: $apt_percona_repo_key = '4D1BB29D…' in a Puppet module, the repository's signing
# key that APT checks the packages with, always an OpenPGP key)
_PGP_WORDS = frozenset({"gpg", "pgp", "gnupg", "release", "gpgkey", "pgpkey", "asc", "apt"})
# the word before a bare "key" in prose: "GPG key: …", "PGP signing key …"
_PGP_WORD_BEFORE_RE = lazy(r"\b(?:gpg|pgp|gnupg|openpgp)(?:[ \t]+signing)?[ \t]+$", re.I)
# lowerCamelCase: a lower-case word, then Capitalised words (a version or digit piece between)
_CAMEL_NAME_RE = lazy(r"^[a-z]{2,}(?:[A-Z][a-z]+|[A-Z]?\d+)+(?:[A-Z]{2,4})?$")
_NUMBER_UNIT_RE = lazy(r"^\d+(?:[a-z]{1,3})?$")
# a device model's code at the start of a camelCase name (cctfr6400 in cctfr6400BoostEndTime)
_MODEL_PREFIX_RE = lazy(r"^[a-z]{2,6}\d{2,6}(?=[A-Z][a-z])")
# a short name with a version number: html5, utf8, sha256, oauth2 (is_html5_parser_enabled)
_VERSIONED_NAME_RE = lazy(r"^[a-z]{2,5}\d{1,3}$")


def _is_reading_path(value: str) -> bool:
    """``HTM1735/humidity``, ``S3-R1-A/illuminance`` (Home Assistant's 1-Wire sensor keys): short
    parts of letters, digits and dashes joined by slashes, the last a lower-case word of six
    letters or more (what is read there). A base64 key ends in such a word about never."""
    parts = value.split("/")
    last = parts[-1]
    return (
        2 <= len(parts) <= 4
        and all(0 < len(p) <= 10 and p.replace("-", "").isalnum() for p in parts[:-1])
        and len(last) >= 6
        and last.isalpha()
        and last.islower()
        and _reads_as_word(last)
    )


def _is_namespaced_name(value: str) -> bool:
    """``square:a0f1505a-…``, ``sq0ids-0evKI…:backupemail``, ``user:1234:profile``: two to four
    pieces joined by colons, one of them a lower-case word (a namespace or a field name) and none
    empty: the name of an entry (a custom attribute, a cache or Redis key), not key material."""
    pieces = value.split(":")
    return (
        2 <= len(pieces) <= 4
        and all(pieces)
        and any(
            len(p) >= 3
            and p.isalpha()
            and p.islower()
            and (is_dictionary_word(p) or is_glued_words(p))
            for p in pieces
        )
    )


def _is_word_slug(value: str) -> bool:
    """``issue-54941-ping``, ``users-2024-cache``: lower-case dictionary words and numbers joined
    by separators, two words or more (of the dictionary or reading as English), at most one
    short piece besides: a name made by hand (a cache or entity key), not generated. A regular
    camelCase name (``onDemandThroughput``, ``amazonS3V2Settings``) is cut at its case changes
    first; a number with a unit (``clean_air_si_2.4ghz``) counts as a number. Leading and
    trailing underscores (a private name, ``_cv_only_on_rp2040_deprecated_warned``) are not
    pieces."""
    value = value.strip("_")
    if _CAMEL_NAME_RE.match(value):
        return _is_camel_name(value)
    pieces = [
        p
        for p in _SLUG_SPLIT_RE.split(value)
        if not _NUMBER_UNIT_RE.match(p) and not _VERSIONED_NAME_RE.match(p)
    ]
    words = [p for p in pieces if len(p) >= 3 and p.isalpha() and p.islower()]
    # one short piece besides (a unit or a model: air_quality_pm2_5)
    short = [p for p in pieces if p not in words and len(p) <= 3 and p.isalnum() and p.islower()]
    if (
        len(words) >= 2
        and len(words) + len(short) == len(pieces)
        and len(short) <= 1
        and all(is_dictionary_word(w) or english_score(w) >= 1.0 for w in words)
    ):
        return True
    # a measurement's, a field's or a feature flag's key (Home Assistant's "offgrid_voltage_l1",
    # "active_power_pcc_l1n"; Label Studio's "ff_back_DEV_3374_review_query_160922_short"):
    # snake_case of pieces of one case each, two or more of them words of four letters or more
    # (English-looking or glued words) that make up half the letters or more, the rest
    # abbreviations, ticket numbers, dates and phase or unit tags of up to six characters
    if "_" not in value or len(pieces) > 14:
        return False
    if not all(p.islower() or p.isupper() for p in pieces if not p.isdigit()):
        return False
    low_pieces = [p.lower() for p in pieces]
    long_words = [
        w
        for w in low_pieces
        if len(w) >= 4
        and w.isalpha()
        and (is_dictionary_word(w) or is_glued_words(w) or english_score(w) >= 0)
    ]
    rest = [p for p in low_pieces if p not in long_words]
    covered = sum(map(len, long_words))
    long_rest = [p for p in rest if len(p) > 6]
    if (
        len(long_rest) == 1
        and long_rest[0].isalpha()
        and len(long_rest[0]) <= 10
        and len(long_words) + sum(len(p) >= 3 and is_dictionary_word(p) for p in rest) >= 3
    ):
        # "hejhome_z26_app_version_keepalive" (zigbee-herdsman-converters' poll keys): a
        # brand's or a product's name among three words or more
        rest.remove(long_rest[0])
    return (
        len(long_words) >= 2
        and 2 * covered >= sum(map(len, low_pieces)) - sum(map(len, long_rest))
        and all(len(p) <= 6 and p.isalnum() for p in rest)
    )


def _is_camel_name(value: str) -> bool:
    """``onDemandThroughput``, ``krb5ConfigGcsUri``: a regular lowerCamelCase name whose pieces of
    three letters or more read as words (two at least), with no more short pieces (``Id``,
    ``Gcs``, ``S3``) than words. Random text rarely keeps camelCase this regular."""
    if (model := _MODEL_PREFIX_RE.match(value)) is not None:
        # cctfr6400BoostEndTime (zigbee-herdsman-converters' state keys): a device model's code,
        # then three words or more in camelCase, all of them words
        tail = [p for p in split_words(value[model.end() :]) if not p.isdigit()]
        if len(tail) >= 3 and all(len(p) >= 3 and _reads_as_word(p) for p in tail):
            return True
    pieces = [p for p in split_words(value) if not p.isdigit()]
    words = [p for p in pieces if len(p) >= 3 and p.isalpha() and _reads_as_word(p)]
    short = [p for p in pieces if p not in words]
    return (
        len(words) >= 2
        and len(short) <= len(words)
        and sum(map(len, words)) >= 0.6 * len(value)
        and all(len(p) <= 3 or _NUMBER_UNIT_RE.match(p) for p in short)
    )


def _reads_as_word(piece: str) -> bool:
    vowels = sum(1 for c in piece if c in "aeiouy")
    return is_dictionary_word(piece) or (
        0.2 <= vowels / len(piece) <= 0.7 and english_score(piece) >= -1.0
    )


# a string literal followed by Python's % operator: a printf-style format string
_FORMAT_OP_AFTER_RE = lazy(r"""["'][ \t]*%[ \t]*[\w(]""")
# text that reads as a call: ENC(…), getenv(…), os.environ.get(…), .join( after ""
_CALL_TEXT_RE = lazy(r"^\W{0,2}[A-Za-z_$][\w.$]*\(")
# first words of a call that checks or computes from its arguments (not a getter or setter)
_CHECK_VERBS = frozenset(
    {"verify", "check", "validate", "compare", "match", "matches", "hash", "encrypt", "decrypt",
     "encode", "decode", "sign", "digest", "derive", "authenticate", "login", "assert", "expect",
     # _looks_like_secret("507f1f77…") (PostHog's tests of its secret detector), is_secret(…),
     # redact_token(…): a detector's or a masker's input, a test of what it decides
     "looks", "is", "detect", "detects", "redact", "mask", "scrub"}
)  # fmt: skip
# the opening of a call right before a quoted argument: verify(", hasher.check_password('
_CALL_OPEN_RE = lazy(r"""([\w.]+)\([ \t]*[a-zA-Z]{0,2}$""")
# header.payload. with no signature: a JWT of "alg": "none"
_UNSIGNED_JWT_RE = lazy(r"^eyJ[\w-]+\.[\w-]*\.?$")
# "#bygroup", "#main": an anchor, a tag or a lexer directive, not a credential
_ANCHOR_RE = lazy(r"^#[a-z][a-z_-]*$")
# a status badge or coverage graph URL right before its query string
_FIREBASE_DOWNLOAD_RE = lazy(
    r"//firebasestorage\.(?:googleapis\.com|app)/v0/b/[^\s?]+\?(?:[^\s?]*&)?alt=media&(?:[^\s?]*&)?$"
)
_GOOGLE_DOC_LINK_RE = lazy(
    r"//(?:docs|spreadsheets)\.google\.com/(?:spreadsheets?|document|presentation)/[\w/.-]*"
    r"\?(?:[^\s?]*&)?$"
)
# drive.google.com/file/d/<id>/view?usp=sharing&resourcekey=0-… (SpeechRecognition's PocketSphinx
# language packs): a shared file's link, whose resource key is part of the link
_DRIVE_LINK_RE = lazy(r"//drive\.google\.com/(?:file|drive/folders)/[\w/.-]*\?(?:[^\s?]*&)?$")
# codecov's /graph/badge.svg, badges.openbase.com/js/rating/<pkg>.svg: a badge image's URL
_BADGE_URL_RE = lazy(
    r"(?:/badge\.svg|/graph/[\w/.-]*\.svg|/badge|\bbadges?\.[\w.-]+/[\w/.-]*\.svg"
    # shields.io's proxy of the same badge: img.shields.io/codecov/c/github/o/r.svg?token=…
    # (with or without .svg: img.shields.io/codecov/c/github/bokeh/bokeh?…&token=…)
    r"|\bshields\.io/[\w/.-]*"
    # a star-history.com chart embedded in a README (api.star-history.com/chart?repos=…&
    # sealed_token=…): the service seals the token for that public image
    r"|\bstar-history\.com/[\w/.-]*)\?(?:[^\s?]*&)?$"
)
# a size written as a value: "ibPassword: 2-byte" in a comment describing a record layout
_SIZE_RE = lazy(r"^\d+-?(?:byte|bytes|bit|bits|char|chars|characters|digit|digits)$", re.I)
# the value member of a name/value pair (Kubernetes env, ECS environment)
_VALUE_KEY_RE = lazy(r"""\bvalue["']?[ \t]*:""", re.I)
# prose before a key: "# public key: …", "hash of the replaced token: <hex>"
_PUBLIC_BEFORE_RE = lazy(r"\b(?:public|pub)[ \t]+$", re.I)
# base64's and base85's (RFC 1924, Python's b85encode) characters
_BLOB_TEXT_RE = lazy(r"^[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~/]+$")
# Adobe's ASCII85 ("!" to "u", and "z" for four zero bytes): a PostScript or PDF image's data
# (CUPS's example documents: "…]GpOq1:qY>PW5W>G45GSkkJH>%T9hdbJ.cdT'")
_ASCII85_TEXT_RE = lazy(r"^[!-uz]+$")
# the word for an identifier before a key's name in prose: "Guid MasterKey : …", "UUID secret: …"
_GUID_BEFORE_RE = lazy(r"\b(?:guid|uuid)[ \t]+$", re.I)
# the words of a placeholder up to its last one: "<valid domain user's " before "password>"
_PLACEHOLDER_PHRASE_BEFORE_RE = lazy(r"<[A-Za-z][\w']*(?:[ \t][\w']+){0,6}[ \t]$")
# prose naming a key that indexes or stores things: "cache key: extract:d4860f8f", "sort key: …"
_LOOKUP_BEFORE_RE = lazy(
    r"\b(?:cache|lookup|sort|partition|primary|foreign|idempotency|dedup|dedupe|routing|row|"
    r"object|bucket|map|dict|index|composite)[ \t]+$",
    re.I,
)
_DIGEST_BEFORE_RE = lazy(
    r"\b(?:hash|hashed|digest|checksum|sha-?(?:1|256|512)|md5|fingerprint)"
    r"(?:[ \t]+[\w-]+){0,3}[ \t]+$",
    re.I,
)
# a hex digest, whole or its first digits (Dovecot logs "SHA1 of given password: f638ff")
_HEX_DIGEST_RE = lazy(r"^[0-9a-f]{6,128}$", re.I)
# the key name before a quoted value: "ApiToken":", 'auth' => '
_JSON_KEY_BEFORE_RE = lazy(r"([\w.-]*)\\?[\"']?[ \t]*(?::|=>?)[ \t]*[\"']$")
# a member of a JSON object serialised into a string: \"name\": \"value\" or "name": "value"
_JSON_MEMBER_RE = lazy(r'\\?"([\w.-]{1,64})\\?"[ \t]*:[ \t]*\\?"([^"\\]{1,512})\\?"')


def _json_string_reason(secret: str, line: str) -> str | None:
    """``"ApiToken": "{\\"uid\\": \\"…\\"}"``: a credential object serialised as a JSON string
    under a credential-like name. Kept when the outer name passes the key checks and a member whose
    own name is not credential-like (a credential-named member is its keyword rule's finding)
    holds a generated value."""
    at = line.find(secret)
    if at <= 0:
        return "not a JSON string value"
    if secret[1:].lstrip(" \t").startswith('"') and line[at - 1] != "'":
        return "not a JSON string value"  # {"… inside "…": the string ended at the brace
    m = _JSON_KEY_BEFORE_RE.search(line, 0, at)
    key = m.group(1) if m else ""
    fams = key_families(key)
    family = next((f for f in FAMILY_ORDER if f in fams), None)
    if family is None:
        return "key name is not credential-like"
    reason = _key_reason(family, key)
    if reason:
        return reason
    if _EXAMPLE_LINE_RE.search(line):
        return "documentation example line"
    members = _JSON_MEMBER_RE.findall(secret)
    if any(name.lower() == "salt" for name, _ in members):
        # "secretData": "{\"value\":\"PXx46hQE…==\",\"salt\":\"kiFQwyPm…==\"}" (a Keycloak
        # realm export's password credential, its algorithm in the next member): a salted hash
        return "salted password hash (a value and its salt), not a credential"
    for name, value in members:
        if key_families(name) or is_placeholder(value) or _value_reason(value, "token"):
            continue
        if looks_random(value, 16):
            return None
    return "no member of the object looks generated"


_PUBLIC_HEX = tuple(
    v for v in PUBLIC_VALUES if len(v) >= 32 and all(c in "0123456789abcdef" for c in v)
)
_PUBLIC_HEX_SET = frozenset(_PUBLIC_HEX)
_BYTE_TYPE_RE = lazy(
    r"\[\d*\]\s*u?byte|\bu?byte\s*\[|\b(?:u?int8_t|u8|u?char|BYTE|bytes|bytearray)\b"
    r"|unsigned\s+char|Uint8Array|Buffer\.from|u?byteArrayOf|(?:key|secret|token)\s*[{(]",
    re.I,
)
_BYTE_ARRAY_NAME_RE = lazy(
    r"([A-Za-z0-9_]{0,40}(?:passw(?:or)?d|pwd|secret|token|key|auth|credential)[A-Za-z0-9_]{0,40})"
    r"(?:[ \t]*\[[^\]]{0,20}\])*[ \t]*(?::[ \t]*&?\[u8;[^\]]*\][ \t]*)?(?::=|=|:)",
    re.I,
)


def _byte_array_reason(secret: str, line: str, path: str | None) -> str | None:
    """``byte[] KEY = {0x3f, 0x91, …}``: the bytes must be a key's (typed as bytes or written in
    hex, few repeats, not a counting run), and the name is judged as the keyword rules judge
    ``NAME = "<the bytes in hex>"``; bytes that are all printable are judged as the text they
    spell (``{112, 97, 115, 115, …}`` is ``"pass…"``)."""
    tokens = [t.strip() for t in secret.split(",")]
    try:
        values = [int(t, 16) if t[:2] in ("0x", "0X") else int(t) for t in tokens]
    except ValueError:
        return "not a list of byte values"
    if any(v > 255 for v in values):
        return "numbers, not bytes"
    at = line.find(secret)
    prefix = line[: at if at >= 0 else len(line)]
    if not any(t[:2] in ("0x", "0X") for t in tokens) and not _BYTE_TYPE_RE.search(prefix):
        return "a list of numbers, not bytes"
    if len(set(values)) < 0.7 * len(values):
        return "repeated bytes (a pattern, not a key)"
    named = _BYTE_ARRAY_NAME_RE.search(prefix)
    name = named.group(1) if named else ""
    if all(32 <= v < 127 for v in values):
        text = bytes(values).decode("ascii")
        pieces = split_words(text)
        if len(pieces) >= 3 and all(is_dictionary_word(p) for p in pieces[:-1]):
            # let secret = [0x70, 0x6c, 0x61, 0x69, 0x6e, 0x2d, …] (totp-rs' example): words
            # spelled in bytes ("plain-string-se…", the line ends where the array goes on)
            return "words spelled in bytes (plain-string-…), not key material"
        return _named_value_reason(name, text, path)
    hexed = bytes(values).hex()
    if any(known.startswith(hexed) for known in _PUBLIC_HEX):  # the line may hold its start only
        return "published test vector"
    return _named_value_reason(name, hexed, path)


def _otp_seed_reason(secret: str, line: str) -> str | None:
    """A base32 TOTP/HOTP seed: kept unless it is base32 of text (RFC 4226's
    ``12345678901234567890``, ``plain-string-secret``) or a filler; published samples
    (``JBSWY3DPEHPK3PXP``) are in ``PUBLIC_VALUES``."""
    try:
        raw = base64.b32decode(secret + "=" * (-len(secret) % 8))
    except (binascii.Error, ValueError):
        return "not base32"
    if sum(32 <= b < 127 for b in raw) >= 0.8 * len(raw):
        return "base32 of text (a sample seed, not a generated one)"
    if _EXAMPLE_LINE_RE.search(line):
        return "documentation example line"
    if not looks_random(secret, 16):
        return "does not look generated"
    return None


# an image file's name ends the path before the query: ….jpg?key=…, …%20Screenshot.png?alt=…
_PREC71_IMAGE_PATH_END_RE = lazy(r"\." + _IMAGE_EXTENSIONS + "$", re.I)
# markup that shows an image: reStructuredText's image directive, HTML's img (or its src on a line
# of its own), Markdown's ![…](…)
_PREC71_IMAGE_EMBED_RE = lazy(
    r"\.\.[ \t]+(?:image|figure)::|<img\b|\bsrc=[\"']|!\[[^\]]*\]\(", re.I
)


def _query_reason(secret: str, line: str) -> str | None:
    """``?access_token=…&…``: the parameter name decides the family, the value is judged as one."""
    at = line.find(secret)
    eq = line.rfind("=", 0, at) if at > 0 else -1
    name_start = max(line.rfind(c, 0, eq) for c in "?&\"'`") + 1
    key = line[name_start:eq] if eq > 0 else ""
    if line[name_start - 1 : name_start] in ("?", "&") and line[
        max(0, name_start - 2) : name_start - 1
    ] in ("", " ", "\t", "&"):
        # make && token=…, a line that starts "?token=…": a shell's operator or a fragment, not
        # a URL's query (its separator follows the URL's path or the previous value)
        return "no query string before the parameter (a shell operator or a fragment)"
    if (
        name_start > 0
        and line[name_start - 1] in _QUOTES
        and not _FORM_TAIL_RE.match(line, at + len(secret))
    ):
        # "api_key=…" alone in a string: a name and its value, judged by the keyword rules; a
        # form body's first parameter ("client_secret=…&grant_type=…") is this rule's, whose
        # value stops at the "&"
        return "a quoted name=value that starts no form body (the keyword rules judge it)"
    fams = key_families(key)
    family = next((f for f in FAMILY_ORDER if f in fams), None)
    if family is None:
        return "key name is not credential-like"
    if key.lower() == "sentry_key":
        # …/api/3/store/?sentry_version=7&sentry_key=b64162b4… (LogRocket's bundle): the public
        # key of a Sentry DSN, which every browser client sends; it only submits events
        return "public key of a Sentry DSN (sent by every client)"
    query = line.rfind("?", 0, eq)
    if (
        query > 0
        and _PREC71_IMAGE_PATH_END_RE.search(line, max(0, query - 12), query)
        and _PREC71_IMAGE_EMBED_RE.search(line, 0, query)
    ):
        # .. image:: https://m.charlesleifer.com/…/p1473037658.76.jpg?key=mD9_qMaK… (huey's
        # README), …Screenshot….png?alt=media&token=29feb550-… (BullMQ's): an image's access key,
        # which every reader of the page loads with the image (a URL in a config file may be a
        # private file's link, and stays reported)
        return "access key of an image shown in a page (public where the image is shown)"
    reason = _key_reason(family, key)
    if reason:
        return reason
    if "firebasestorage." in line and _FIREBASE_DOWNLOAD_RE.search(line, 0, max(name_start, 0)):
        # the token of a Firebase Storage download URL (getDownloadURL): a link made to be shared
        # publicly, that reads one file; its owner revokes it in the console
        return "Firebase Storage download URL token (a public link by design)"
    if "google.com/" in line and _GOOGLE_DOC_LINK_RE.search(line, 0, max(name_start, 0)):
        # docs.google.com/spreadsheet/ccc?key=0AhGnAx…&usp=sharing (scikit-learn's testimonials
        # README): a shared document's id in its link, as a Firebase download link's token
        return "a shared Google document's id (its link), not a credential"
    if key.lower() == "resourcekey" and _DRIVE_LINK_RE.search(line, 0, max(name_start, 0)):
        return "a shared Google Drive file's resource key (its link), not a credential"
    if _BADGE_URL_RE.search(line, 0, max(name_start, 0)):
        # codecov.io/gh/o/r/graph/badge.svg?token=…: a read-only graphing token that the service
        # hands out to be embedded in READMEs
        return "status badge token (published in READMEs by design)"
    if "%" in secret and (reason := _escaped_placeholder_reason(secret)) is not None:
        # redis://host?password=a%26b%3Dc (fastmcp's tests of its URL redaction): escaped
        # separators between single letters, as the keyword rules judge an escaped value
        return reason
    value = unquote(secret)
    reason = is_placeholder(value) or _value_reason(value, family)
    if reason:
        return reason
    if _EXAMPLE_LINE_RE.search(line):
        return "documentation example line"
    if family == "password":
        return _password_reason(value, quoted=True)
    return _random_reason(value, family, key)


def _url_reason(secret: str, line: str) -> str | None:
    low = secret.lower()
    if len(secret) < 3:
        return "too short"
    if "%" in secret:
        secret = unquote(secret)
        low = secret.lower()
    reason = is_placeholder(secret)
    if reason:
        return reason
    if low in _NON_SECRET_WORDS or low in {"pass", "pwd", "passwd", "secret", "pw"}:
        return "common non-secret word"
    if _is_password_word(low):
        # documentation in other languages writes it in a URL's user-info, as English docs
        # write user:password@host
        return "the word for password in another language (gebruiker:wachtwoord@server)"
    if secret.startswith("$") or secret.startswith("%"):
        return "template or variable reference"
    if "example." in line.lower():
        return "example host"
    if len(low) <= 8 and _METASYNTACTIC_RE.match(_NOT_LOWER_RE.sub("", low)):
        # http://foo:b%3Dar@localhost: a URL parser's test (foo, bar with an escaped symbol)
        return "placeholder or test value"
    if len(secret) < 4:
        return "too short"
    return _password_reason(secret, quoted=True)


_B64_STD_RE = lazy(r"^[A-Za-z0-9+/]+={0,2}$")


def _header_reason(secret: str, line: str, path: str | None = None) -> str | None:
    reason = is_placeholder(secret)
    if reason:
        return reason
    low_line = line.lower()
    at = low_line.find(secret.lower())
    scheme = low_line[:at].rstrip()[-6:] if at > 0 else ""
    if scheme.endswith("basic"):
        if "authoriz" not in low_line and not _B64_STD_RE.match(secret):
            # display_name="Basic Folder-_40289", "Basic tier-2_plan": a Basic credential is
            # base64 (no "-" or "_"); outside an Authorization header this is a word and a name
            return "not an Authorization header (Basic and a name that is not base64)"
        if (
            "authoriz" not in low_line
            and "/" in secret
            and len(first := secret.split("/", 1)[0]) >= 4
            and first.isalpha()
            and first.islower()
            and is_dictionary_word(first)
        ):
            # "*** Testing get_html_translation_table() : basic functionality/HTML5/SJIS ***"
            # (PHP's tests, round 88), "supports basic byte/16bit/32bit/addr/string/name" (a
            # docstring, round 95): "basic" and a word, then more of a path, a title or a list
            return "not an Authorization header (basic and a word)"
        if "authoriz" not in low_line and secret.isalnum() and len(secret) % 4 == 1:
            # "basic wxHtmlListBox is working with dummied text." (KiCad's changelog): no
            # base64 text is one character past a multiple of four; outside an Authorization
            # header this is "basic" and a name
            return "not an Authorization header (basic and a name no base64 has the length of)"
        if "authoriz" not in low_line and char_classes(secret) < 2:
            # "Runs basic healthchecks", "auth_param basic credentialsttl 2 hours": base64 of a
            # user:password mixes cases or digits; one kind of character after "basic" in a
            # sentence or a config option is a word
            return "not an Authorization header (basic and a word)"
        return _basic_reason(secret, path)
    if scheme.endswith("bearer") and "authoriz" not in low_line:
        glued = low_line[:at].rstrip()[-7:-6]
        if glued.isalnum() or glued in ("-", "_", "/"):
            # Gandalf-Min-Outgoing-Bearer 3100Hz-Audio: the word ends a name (a RADIUS
            # dictionary attribute, OutgoingBearer), it is no scheme of a header; cp -r
            # $PLUGINS/bearer ./usr/lib/qt5/plugins/ (KDevelop's AppImage recipe: Qt's bearer
            # plugins): the last folder of a path
            return "Bearer ends a name or path (Outgoing-Bearer, …/bearer), not a header's scheme"
    if not scheme.endswith("bearer") and "authoriz" not in low_line:
        # token/ApiKey/SSWS schemes read like prose outside an Authorization header
        return "not an Authorization header"
    if _B64_STD_RE.match(secret) and _encodes_placeholder(secret):
        # "Authorization": "Bearer c2xrZmpoYWRsZmFramhk…" (rclone's Jottacloud backend: base64
        # of "slkfjhadlfakjhdslfkjah…", the home row typed at random): an encoded placeholder
        return "base64 of a placeholder or word"
    if not looks_random(secret, 12) or _is_prefix_stub(secret):
        return "does not look generated (words, identifier or low entropy)"
    return None


# a value cut into short pieces only: sk-ant-oat01-file, k8s-aws-v1.token-1
_PIECE_SPLIT_RE = lazy(r"[-._]+")


def _is_prefix_stub(value: str) -> bool:
    """A token's prefix with a stub for its body (``sk-ant-oat01-x``, ``sk-ant-oat01-file``,
    ``k8s-aws-v1.token-1``): three or more pieces, none of six characters or more. A generated
    token body is one long random run; a test writes the vendor's prefix and a word or digit.
    Only values of 24 characters or fewer whose last piece is a lower-case word or a number of
    one or two digits: a recovery code (``A1B2-C3D4-E5F6``) ends in a mixed piece and stays."""
    if len(value) > 24:
        return False
    pieces = _PIECE_SPLIT_RE.split(value)
    if len(pieces) < 3 or any(len(p) >= 6 for p in pieces):
        return False
    last = pieces[-1]
    return (last.isalpha() and last.islower()) or (last.isdigit() and len(last) <= 2)


# ------------------------------------------------- other tools' markers, truncated or misread values

# a redaction marker that another tool wrote in place of the value: [Filtered] (Sentry),
# [MASKED], [hidden], also percent-encoded in a URL (%5BFiltered%5D), then maybe more query; a
# usage line's marker too, maybe before its string's escapes ("db password [optional]\n\n")
_BRACKET_MARKER_RE = lazy(
    r"^(?:\[|%5[Bb])[A-Za-z][A-Za-z _-]{2,23}(?:\]|%5[Dd])(?:&|(?:\\[nrt])*$)"
)
# fewer base64 characters than this (96 bytes) hold no RSA private key: even a 128-bit toy key's
# nine PKCS#1 integers take about 100 bytes. (Longer short bodies stay: CredData labels a
# 188-character body, a public key in private armour, a credential.)
_RSA_MIN_BODY = 128
# a line of a key block that is only dots or an ellipsis: the example leaves lines out
_ELIDED_LINE_RE = lazy(r"\n[ \t#*/]*(?:\.{1,3}|…)[ \t]*(?=\r?\n)")
_BASE64_CHARS_RE = lazy(r"[A-Za-z0-9+/=]")


# PEM blocks whose body is one DER structure (PKCS#1, SEC 1, DSA, PKCS#8)
_DER_KEY_RULES = frozenset(
    {
        "private-key-rsa",
        "private-key-ec",
        "private-key-dsa",
        "private-key-pkcs8",
        "private-key-pkcs8-encrypted",
    }
)
# what a body holds besides base64: line breaks, also escaped (a JSON string's "\\n")
_PEM_BODY_NOISE_RE = lazy(r"\\[nr]|\s")
_B64_BODY_RE = lazy(r"^[A-Za-z0-9+/]{8,}$")


def _der_truncated(secret: str) -> bool:
    """The body decodes to well under the length its DER header (``30 82 hi lo``) declares. A
    real key is whole; a benchmark's or a scrubber's copy may differ by a byte or two, so only a
    body shorter than 60 % of the declared length counts. Anything but clean base64 (headers
    such as ``Proc-Type:``, elisions) is left to the other checks."""
    body = _PEM_BODY_NOISE_RE.sub("", secret).rstrip("=")
    if not _B64_BODY_RE.match(body):
        return False
    head = base64.b64decode(body[:8])  # 6 bytes; clean base64 by the match above
    if head[0] != 0x30 or head[1] != 0x82:
        return False
    declared = 4 + int.from_bytes(head[2:4], "big")
    return len(body) * 3 // 4 < declared * 0.6


def _marker_or_stub_reason(rule: Rule, secret: str) -> str | None:
    """Values of any rule that hold no credential by their shape alone: another tool's
    redaction marker (``https://[Filtered]:[Filtered]@host``, ``access_token=%5BFiltered%5D``),
    an RSA key block whose body is too short to be an RSA key (documentation's
    ``-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/... -----END …``), a value of one to
    three characters spelled as escape sequences, or a Basic value that is not base64."""
    if secret[:1] in "[%" and _BRACKET_MARKER_RE.match(secret):
        return "a marker in brackets ([Filtered], [MASKED], [optional]), not a value"
    if secret[:1] == "*" and _STAR_MARKER_RE.match(secret):
        # mysql -p*MASKED*, PGPASSWORD=********: a tool's log or a deploy tool's dry run shows
        # where the password went, not the password (provider and shell rules skip the generic
        # rules' placeholder checks, so the marker is known here)
        return "masked value (asterisks, or a word in capitals between asterisks)"
    if rule.id == "private-key-rsa" and len(_BASE64_CHARS_RE.findall(secret)) < _RSA_MIN_BODY:
        return "key body too short for an RSA private key (an elided example)"
    if rule.id in _DER_KEY_RULES and _der_truncated(secret):
        # "# Create some fake keys for regex check": two lines of a key under its armour, far
        # shorter than the length its own DER header gives
        return "key body far shorter than its DER header says (a truncated or made-up example)"
    if rule.id in _DER_KEY_RULES and "A" * 40 in _PEM_BODY_NOISE_RE.sub("", secret):
        # MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDAAAAAAAAAA… (mitmproxy's eMudhra chain:
        # a P-384 key whose private scalar is zeros): 30 zero bytes in a row are no key's
        # material, random bytes hold none; a stand-in that fills a PEM file's key slot
        return "key body with 30 or more zero bytes in a row (a stand-in, not key material)"
    if "private-key" in rule.id and "EXAMPLE" in secret:
        # -----BEGIN RSA PRIVATE KEY-----\nEXAMPLEBAAKCAQEA+AD3… (the AWS CLI's Lightsail and IoT
        # examples): a documented key with EXAMPLE written into its base64, as AWS marks its
        # example credentials (AKIAIOSFODNN7EXAMPLE); random base64 holds it about once in 10^9
        return "key body marked EXAMPLE (a documentation example, as AWS marks its credentials)"
    if "private-key" in rule.id and "\n" in secret and _ELIDED_LINE_RE.search(secret):
        # lQO+BFci…⏎  .⏎  .⏎  Ebe+8J…: a documentation example that leaves lines out
        return "key body with lines left out (dots in their place: an elided example)"
    if "\\" in secret and len(_ESCAPE_RE.sub("_", secret)) < 4:
        # mongodb://IX:I\u00adX@…, "\u2163": one to three characters written as escapes, the
        # value of a SASLprep or Unicode test (a password that short is not worth a finding)
        return "one to three characters written as escape sequences"
    if secret[:1] == "&" and _HTML_ENTITY_RE.match(secret):
        # password=&quot;…&quot;: the quote of an HTML page's code sample, written as an entity
        return "HTML character entity (&quot;, &amp;), not a value"
    if secret[:1] == "&" and _DTD_ENTITY_REF_RE.match(secret):
        # accesskey="&tagCmd0.key;" (Thunderbird's XUL): a DTD entity the localization fills in,
        # named for the label and the access key it holds
        return "an XML entity reference (&name.key;), filled in from a DTD, not a value"
    if secret[:4] == "&lt;" and _HTML_ANGLE_PLACEHOLDER_RE.match(secret):
        # password &lt;password&gt;</code>: <password> in an HTML page, its brackets escaped
        return "placeholder in angle brackets (HTML-escaped &lt;name&gt;)"
    if secret.endswith("===") and rule.id == "generic-authorization-header":
        return "not base64 (three padding characters): a placeholder such as Base64String==="
    return None


# ********, *MASKED*, **REDACTED**, *** HIDDEN ***
_STAR_MARKER_RE = lazy(r"^\*+(?:[ ]?[A-Z][A-Z_]{2,}[ ]?\*+)?$")
# a character entity alone, its semicolon cut off by the rule's value class or kept
# a DTD entity named with a dot, as XUL's localizations name them: &tagCmd0.key;, &newCmd.label;
_DTD_ENTITY_REF_RE = lazy(r"^&[A-Za-z_][\w-]*(?:\.[\w-]+)+;?$")
_HTML_ENTITY_RE = lazy(r"^&(?:quot|amp|apos|lt|gt|nbsp|#[0-9]{1,5}|#x[0-9A-Fa-f]{1,4});?$")
# <name> written in HTML: &lt;password&gt;, &lt;your-api-key&gt; (and what follows it on the line)
_HTML_ANGLE_PLACEHOLDER_RE = lazy(r"^&lt;[A-Za-z][\w .:-]{0,63}&gt;")
# a character written as an escape sequence: \u00ad, \U0001F600, \x41, \101
_ESCAPE_RE = lazy(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{3})")


# an ISO 8601 date and time: PasswordLastUsed, TokenExpiry, …
_ISO_TIME_RE = lazy(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
# a value that runs past the @ of a URL's user-info into its host: the keyword stood inside
# the user-info (mongodb://u:SENTINELpassword1234:x@localhost:27017/admin)
_HOST_TAIL_RE = lazy(
    r"@(?:localhost|\[[0-9A-Fa-f:.]+\]|[\w-]+(?:\.[\w-]+)+)(?::\d{1,5})?(?:[/?#]\S*)?$"
)
# two names offered as alternatives: "IPASS" or "ntdomain", ``htpasswd`` or ``htdigest``
_ALTERNATIVES_RE = lazy(r"""[`'"]{1,2}[ \t]+(?:or|and|nor|vs\.?|and/or)[ \t]+[`'"]{1,2}$""")
# the key sits inside the string of a prose member: "description": "… in the password: pw-x"
_PROSE_MEMBER_RE = lazy(
    r"[\"'](?:description|summary|title|comment|message|msg|help|doc|note|reason|label)s?"
    r"[\"']?[ \t]*[:=][ \t]*[\"'][^\"']*$",
    re.I,
)
# a comparison right before an unquoted name: unvault(data1_password) == data1_plaintext
_COMPARISON_BEFORE_RE = lazy(r"[!=]==?[ \t]*$")
_NAME_RE = lazy(r"^[A-Za-z_][\w.]*$")
# the handshake headers of WebSocket: a nonce and its hash, public by design (RFC 6455)
# the header, or a setter named after it: headers.setSecWebSocketKey("…") (Spring's tests)
_WEBSOCKET_HEADER_RE = lazy(
    r"(?:\b|(?<=set))Sec-?WebSocket-?(?:Key|Accept)(?:[\"']?[ \t]*[:=]|\([ \t]*[\"'])", re.I
)
_HEAD_WINDOW = 512
# %{name} interpolation: FreeRADIUS unlang, Apache and HAProxy log formats, Ruby format strings
_PERCENT_BRACE_RE = lazy(r"^%\{[^{}]+\}$")


def _misread_reason(
    rule: Rule, secret: str, line: str, span: tuple[int, int, int] | None = None
) -> str | None:
    """Structures a keyword rule misreads as ``name = value``: a timestamp under a field named
    for a password (``"PasswordLastUsed": "2016-09-08T21:47:36Z"``), a keyword inside a URL's
    user-info whose "value" runs into the host, names listed as alternatives in prose, a key
    inside a description string, a comparison with a variable, WebSocket's handshake nonce, an
    AWS Signature V4 credential scope (an access key id and a date, no secret) and %{…}
    interpolation. Each is a shape of the line, not of a word list."""
    if (secret[:1].isdigit() and _ISO_TIME_RE.match(secret)) or (
        secret.startswith("%{") and _PERCENT_BRACE_RE.match(secret)
    ):
        return "timestamp or %{…} interpolation, not a credential"
    if secret.endswith("/aws4_request"):
        return "AWS Signature V4 credential scope (access key id, date, region: no secret)"
    # cheap substring tests first (this runs for every candidate), on the text just before the
    # value (its first occurrence, without the engine's place): a minified line of megabytes is not
    # read once per candidate
    at = _value_at(secret, line, span)
    near = line[max(0, at - _HEAD_WINDOW) : at] if at >= 0 else line[-_HEAD_WINDOW:]
    if (reason := _prec4_shape_reason(secret, line, near if at > 0 else "")) is not None:
        return reason
    url_tail = "@" in secret and "://" in near and _HOST_TAIL_RE.search(secret) is not None
    comparison = ("==" in near or "!=" in near) and _NAME_RE.match(secret) is not None
    websocket = "ebSocket" in near or "ebsocket" in near or "EBSOCKET" in near
    alternatives = " or " in near or " and" in near or " nor " in near or " vs" in near
    prose = ('"' in near or "'" in near) and (
        "escription" in near
        or "ummary" in near
        or "omment" in near
        or "essage" in near
        or "msg" in near
        or "eason" in near
        or "abel" in near
        or "itle" in near
        or "elp" in near
        or "doc" in near
        or "note" in near
    )
    if url_tail or alternatives or prose or comparison or websocket:
        # only then find the value on the line (a search of the rule's pattern); the text before
        # it is read through a window, so that a minified line of megabytes is not searched
        # once per candidate
        mstart, start, _end = span or _locate(rule, secret, line)
        head = line[max(0, start - _HEAD_WINDOW) : start]
        if url_tail and "://" in head:
            url_start = head.rfind("://")
            if not any(c.isspace() for c in head[url_start:]):
                return "keyword inside a URL's user-info (the URL rules judge the URL)"
        if alternatives and _ALTERNATIVES_RE.search(head):
            return "names listed as alternatives in prose"
        if prose and _PROSE_MEMBER_RE.search(line[max(0, mstart - _HEAD_WINDOW) : mstart]):
            return "inside a description or message string (prose)"
        if comparison and _COMPARISON_BEFORE_RE.search(head):
            return "comparison with a variable"
        if websocket and _WEBSOCKET_HEADER_RE.search(head):
            return "WebSocket handshake nonce (public by design, RFC 6455)"
    if rule.id == "generic-key" and _is_pascal_name(secret):
        return "a name in PascalCase words (a field or result key), not a key"
    return None


# one line of a BPE vocabulary (tiktoken's cl100k_base / o200k_base files): a base64 token and
# its rank. The keyword rules read "pw" inside the token (IOC0pw== 1234) as name = number.
_BPE_RANK_LINE_RE = lazy(r"[A-Za-z0-9+/]+={0,2} \d{1,7}")
# the right operand of JavaScript's strict equality ("password"===e.type) or a function body
# (function pw(e){var …): code that the name = value reading took for a value
_CODE_VALUE_RE = lazy(r"^==|===|\)\{(?:var|let|const|return|if|for|this)\b")


# the token of an ACME challenge and its key authorization: the CA fetches both over plain HTTP
# or DNS (RFC 8555 section 8), so they are public by design: HTTP01(token=b"…"),
# key_authorization='token.thumbprint'
_ACME_PUBLIC_RE = lazy(
    r"\b(?:HTTP|DNS|TLSALPN)01(?:Response)?\([ \t]*token[ \t]*=[ \t]*b?[\"']$"
    r"|\bkey_authorization[\"']?[ \t]*[=:][ \t]*b?[\"']$"
)


def _prec4_shape_reason(secret: str, line: str, before: str) -> str | None:
    """Line shapes a keyword rule misreads as a credential: a line of a BPE vocabulary file (a
    token in base64 and its rank, a bare number), code in the value's place (the operand of
    ``===``, ``){var``) and ACME's challenge token, public by design. Read from the value, a
    short line, or ``before``: the text before the value's first occurrence (a bounded window,
    of which the last 64 characters are searched)."""
    if secret.isdigit() and len(line) <= 64 and _BPE_RANK_LINE_RE.fullmatch(line.strip()):
        return "a line of a BPE vocabulary (base64 token and rank), not name = value"
    if ("=" in secret or "){" in secret) and _CODE_VALUE_RE.search(secret):
        return "code in the value's place (a === comparison, a function body)"
    if ("01(" in before or "key_auth" in before) and _ACME_PUBLIC_RE.search(before[-64:]):
        return "ACME challenge token or key authorization (public by design, RFC 8555)"
    return None


# ------------------------------------------------------------- code and text read as a value

# a reference type or path in a signature: fn new(secret: &hkdf::Prk) (Rust), const T& (C++)
_REF_PATH_RE = lazy(r"^&(?:'[a-z]+[ \t]+)?(?:mut[ \t]+)?[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+[)>,;]*$")
# two or more interpolated variables and nothing typed between them but separators:
# "$value[0]:$value[1]" (PHP), "$user:$pass" (shell), "${a}-${b}"
_VARIABLES_ONLY_RE = lazy(r"^(?:\$\{?[A-Za-z_]\w*(?:\[[^\]\s]{0,24}\]|->\w+)*\}?[:@/._-]?){2,}$")
# a YAML tag where the value would stand: password: !encrypted/pkcs1-oaep (Zuul), token: !vault
_YAML_TAG_RE = lazy(r"^!{1,2}[a-z][a-z0-9_-]*(?:/[a-z0-9_.-]+)*$")
_YAML_TAG_BEFORE_RE = lazy(r"""[\w"'-][ \t]*:[ \t]+$""")
# a signing algorithm's name ends in its hash: AWS4-HMAC-SHA256, AWS4-ECDSA-P256-SHA256, RSA-SHA1
# (and AWS3-HTTPS, the scheme of SES's version 3 signatures: X-Amzn-Authorization: AWS3-HTTPS
# AWSAccessKeyId=…, Symfony's mailer tests)
_ALGORITHM_NAME_RE = lazy(
    r"^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?:SHA(?:1|224|256|384|512)|MD5)|AWS3-HTTPS)$"
)
# a URL's port and path: the keyword stood in the host name (http://auth.host:5000/v2.0/tokens)
_PORT_PATH_RE = lazy(r"^\d{1,5}/")
# short words that make text a sentence; a diceware passphrase (EFF lists) has none of them
_SENTENCE_WORDS = frozenset(
    {"a", "an", "the", "is", "are", "was", "not", "this", "that", "of", "to", "for", "it", "be",
     # prepositions and greetings of docs' sample text ("Hello from Google Cloud Platform")
     "from", "with", "in", "on", "and", "hello",
     # pronouns (a verse or a line of dialogue: "Take my love, take my land")
     "i", "me", "my", "you", "your", "we"}
)  # fmt: skip
# three names or more joined by :: (Rust, C++, Home Assistant translation keys), or two when the
# second is an enum's constant in capitals (SetToken(CBORTokenTag::INT32, …), Node's inspector)
_QUALIFIED_PATH_RE = lazy(r"^[A-Za-z_]\w*(?:::[A-Za-z_]\w*){2,}|^[A-Za-z_]\w*::[A-Z][A-Z0-9_]+$")
# a JavaScript/TypeScript member chain with ?. (message.i18n?.key), written in code only
# (camelCase names of two characters or more: a password such as Qek4k.NN?.yO is no chain)
_OPTIONAL_CHAIN_RE = lazy(
    r"^[a-z_$][a-z0-9_$]+(?:[A-Z][a-z0-9]+)*(?:\??\.[a-z_$][a-z0-9_$]+(?:[A-Z][a-z0-9]+)*)+$"
)
# the close of a call and more code: ftp.pwd()}/{video} in an f-string, pwd()).strip(), what
# follows an empty literal: token.value : '')).join('') (a ternary's else branch), and the
# block a condition opens in minified code: indexOf("pass")){e.mustPass=true}
_CLOSING_CODE_RE = lazy(r"^\)+[{}\].;,]")
# numbers multiplied or divided: 256/32, 1024*8, 60*60*24
_ARITHMETIC_RE = lazy(r"^\d{1,6}(?:[ \t]*[*/][ \t]*\d{1,6})+$")
# an Erlang bit-syntax segment's size and type (Sz1/binary, Len/integer-unit:8)
_ERLANG_BIT_SEGMENT_RE = lazy(
    r"^[A-Za-z_]\w{0,30}/(?:binary|bits|bitstring|bytes|integer|float|utf8|utf16|utf32)"
    r"(?:-[\w:-]+)?[,>)]*$"
)
# capitalised pieces and digits ending in Token or Key: a symbol's name (H221Token, MgcIdToken)
# (a one-letter word may come last: ?token=IAmAToken, the Planet SDK's tests)
_SYMBOL_NAME_TAIL_RE = lazy(r"^[A-Z][A-Za-z0-9]{0,40}(?:[a-z0-9]|[a-z][A-Z])(?:Token|Key)$")
# an Erlang record expression's start: #name{
_ERLANG_RECORD_RE = lazy(r"^#[a-z]\w{0,60}\{")
# a name, then the call closes and a block, a statement or a member follows: e)}var, t);return,
# n)], t).length
_NAME_CLOSING_CODE_RE = lazy(r"^[A-Za-z_$][\w$]{0,2}\)+[}\];.\[]")
# a JSON \uXXXX escape of a non-ASCII character
_JSON_ESCAPE_RE = lazy(r"\\u([0-9A-Fa-f]{4})")
# a private or internal name, not a generated value: _csrftoken, __session_key, and a private
# method's camelCase name (_getScratchCanvas: {key:"_getScratchCanvas",value:function…} is how
# Babel writes a class's methods)
# (a piece may end in a digit: _sf2_meta, a session bag's storage key)
_UNDERSCORE_NAME_RE = lazy(r"^_{1,2}[a-z]+\d?(?:(?:_[a-z]+\d?)+|(?:[A-Z][a-z]+)+)?$")


def _code_shape_reason(rule: Rule, secret: str, line: str) -> str | None:
    """Shapes of code and text read as a credential (found on held-out set 5: SDKs, Salt,
    Django, rustls): a reference type in a signature, interpolated variables only, a YAML tag
    in the value's place, a signing algorithm's name, a URL's port and path after a keyword in
    the host name, a private name (``_csrftoken``)."""
    first = secret[:1]
    if first == "&" and "::" in secret and _REF_PATH_RE.match(secret):
        return "reference type or path in code (&module::Type), not a value"
    if first == "$" and secret.count("$") >= 2 and _VARIABLES_ONLY_RE.match(secret):
        return "interpolated variables only ($user:$pass), not a literal"
    if first == "!" and _YAML_TAG_RE.match(secret):
        at = line.find(secret)
        after = line[at + len(secret) :].strip() if at >= 0 else "?"
        # a tag with a path (!encrypted/pkcs1-oaep) or one that opens a block (!vault |): a
        # lone !word could be a password written unquoted
        block = after in ("|", ">", "|-", ">-")
        if (block or (after == "" and "/" in secret)) and _YAML_TAG_BEFORE_RE.search(line, 0, at):
            return "YAML tag in the value's place (the value follows it), not a value"
    if first.isupper() and "-" in secret and _ALGORITHM_NAME_RE.match(secret):
        return "signing algorithm name (AWS4-HMAC-SHA256), not a value"
    if first.isdigit() and _PORT_PATH_RE.match(secret):
        at = line.find(secret)
        head = line[:at].rsplit(None, 1)[-1] if at > 0 and line[:at].strip() else ""
        if "://" in head and head.endswith(":"):
            return "port and path of a URL (the keyword was in the host name)"
    if "::" in secret and _QUALIFIED_PATH_RE.match(secret):
        return "qualified name (component::entity::state), not a generated value"
    if "/" in secret and _ERLANG_BIT_SEGMENT_RE.match(secret):
        # %% ?UINT32(Sz1), OldBinPwd:Sz1/binary (Erlang's ssh_auth): a binary pattern's
        # size and type, not a value
        return "Erlang bit-syntax segment (Size/binary), not a value"
    if secret[-1:] in "ny" and _SYMBOL_NAME_TAIL_RE.match(secret):
        # safeToken2 -> 'H221Token' : '$1' . (an Erlang yecc grammar): a terminal symbol's
        # name, capitalised words and digits ending in the credential word
        return "a name ending in Token or Key (a grammar symbol or a type), not a value"
    if first == "#" and _ERLANG_RECORD_RE.match(secret):
        # PW = #pmap_wait{count = …}: an Erlang record built or matched
        return "Erlang record (#name{…}), not a value"
    if "?." in secret and _OPTIONAL_CHAIN_RE.match(secret):
        return "member access with optional chaining (message.i18n?.key): code, not a value"
    if ")" in secret and _NAME_CLOSING_CODE_RE.match(secret):
        # es("password",e)}var r} in a minified bundle, return!Pw(t).length: a variable passed
        # as the argument, then the call closes and a block, a statement or a member follows
        # (read from a window of a long line, where the quotes before the value cannot be
        # counted)
        return "code (a name, then the call closes: e)}var)"
    if first == ")" and (_CLOSING_CODE_RE.match(secret) or secret[1:2] == "%"):
        # also URL-encoded, in a playground link: key()%2C%20%26%22poneyland%22)%3B (the Rust
        # standard library's docs)
        return "code (the value starts by closing a call: pwd()}/{video})"
    if "\\u" in line and secret[-1:].isalpha():
        at = line.find(secret)
        escape = _JSON_ESCAPE_RE.match(line, at + len(secret)) if at >= 0 else None
        if escape and chr(int(escape.group(1), 16)).isalpha():
            # "app_key": "Anwendungsschl\u00fcssel": the value goes on with an escaped letter
            return "natural-language text (a JSON-escaped non-ASCII letter follows)"
    if first == "_" and rule.id != "generic-password" and _UNDERSCORE_NAME_RE.match(secret):
        return "private or internal name (_csrftoken), not a generated value"
    return None


_B64_PROSE_RE = lazy(r"^[A-Za-z0-9+/]{20,400}={0,2}$")
_NOT_LETTER_OR_SPACE_RE = lazy(r"[^a-z ]")

# ------------------------------------------------ web frameworks (held-out set 10: Ruby, PHP, Java)

# a translation's text: letters, maybe joined by - ' ’ or spaces, maybe closed by a colon or a
# full stop ("Ipsut-wawa:", "Oo'ulawaa", "Bot-paaswurden"): no digit, no other symbol
# (an elided word ends in its apostrophe: "dell'" before "utente")
_TRANSLATION_TEXT_RE = lazy(r"^[^\W\d_]+(?:[-'’ ][^\W\d_]+)*['’]?[:.]?$")
# an array parameter type in a javadoc link (#setPassword(byte%5B%5D), #setKey(char[]))
_JAVADOC_ARG_RE = lazy(r"^(?:[A-Za-z_][\w$]*\.)*[A-Za-z_][\w$]*(?:%5B%5D|\[\])+(?:,[^)]*)?\)?$")
# a CSS pseudo-class after a selector (#li_change_password.list-group-item:hover)
_CSS_PSEUDO = frozenset(
    {"hover", "focus", "active", "visited", "link", "checked", "disabled", "enabled", "before",
     "after", "first-child", "last-child", "focus-within", "focus-visible", "placeholder",
     "invalid", "valid", "required", "not", "empty", "target", "root", "selection"}
)  # fmt: skip
_STYLESHEETS = frozenset({".css", ".scss", ".less", ".sass"})
# what may follow a pseudo-class in a selector list: another selector, a block, a pseudo-element
_CSS_AFTER = frozenset(",{:.[)> ")
# escaped newlines and tabs closing a string's text ("…(no password prompt)\n")
_ESCAPES_AT_END_RE = lazy(r"(?:\\[nrt])+$")
# where OpenSSL's -pass/-passin/-passout reads the pass phrase from, naming no value itself
_OPENSSL_PASS_SOURCE_RE = lazy(r"^(?:fd:\d{1,4}|stdin)$")
# a digest's algorithm named right before the value: sha256=…, md5=… (RECORD files, SRI, URLs)
_DIGEST_PARAM_BEFORE_RE = lazy(r"\b(?:sha(?:1|224|256|384|512)|md5)[=:-]$", re.I)
# after a variable's name in ${NAME}: its closing brace and the next item of a list, or a zsh
# modifier (:s!…!…!, :h, :t)
_EXPANSION_THEN_ITEM_RE = lazy(r"""\}["'`]?[ \t]*,""")
_ZSH_MODIFIER_RE = lazy(r":[aAcehlpPqQrstuU&]")
# a manual page's section after its name: (1), (3tcl), (8ssl)
_MAN_SECTION_RE = lazy(r"\(\d[a-z]{0,6}\)")
# a type's or constructor's name: a capital, then letters and digits (LHsType, Maybe, XConDeclH98)
_TYPE_NAME_RE = lazy(r"^[A-Z][A-Za-z0-9]{2,40}$")
# a colon-separated path of names: Data:1, i:id:Foo
_COLON_PATH_RE = lazy(r"^[A-Za-z][\w-]{0,30}(?::[\w-]{1,30}){1,4}$")
# ConfigParser's set(section, option, value) up to the option's opening quote
_SECTION_SET_RE = lazy(r"""\.set\([ \t]*(["'])[\w. -]{1,60}\1[ \t]*,[ \t]*["']$""")
# a GNU ChangeLog entry's line: indented, then an asterisk (a file's entry) or an opening
# parenthesis (more functions of the same entry)
_CHANGELOG_ENTRY_RE = lazy(r"^[ \t]+(?:\*[ \t]|\()")
# Crowdin's in-context localization placeholder for a string: crwdns<id>:<n>crwdne<id>:<n>, with
# the string's own placeholders between (crwdns426853:0{labels}crwdne426853:0)
_CROWDIN_MARKER_RE = lazy(r"^crwdns(\d+):\d+.*crwdne\1:\d+$", re.S)
# a GNU ChangeLog entry's header: the date first (2001-11-24  Name  <login@host>)
_CHANGELOG_HEADER_RE = lazy(r"^\d{4}-\d{2}-\d{2}[ \t]")
# a Python assert statement that compares the result of a call: assert hexlify(key.id_key)
_ASSERT_CALL_RE = lazy(r"^[ \t]*assert[ \t]+[\w.]+\(")
# a printf conversion with a position, flags, a width or a precision: %3$s, %.*s, %-10s, %08lx,
# %8.5g; after 0x, and after a field's name and = (hSession=0x%08lX, NSS's FIPS audit messages)
_PRINTF_CONVERSION_RE = lazy(
    r"^(?:[A-Za-z_]\w{0,30}=)?(?:0x)?%(?:\d{1,2}\$)?[-+ 0#]*(?:\d{1,3}|\*)?(?:\.(?:\d{1,3}|\*))?(?:ll|l|hh|h|z)?[sdifFeEgGxXuc](?:%%)?$"
)
# the marks a debug line puts around a printed value: |%s|, [%s], <%s>, '%s'
_PRINTF_FRAME = "|[]<>(){}'\"`"
# a Python format spec closing its replacement field: {rate:.1f}%, {metrics['pass_rate']:5.1f}
_FORMAT_SPEC_FIELD_RE = lazy(
    r"^[<>^=]?[-+ ]?#?0?(?:\d{1,3}[,_]?(?:\.\d{1,2})?|[,_]?\.\d{1,2})?[bcdeEfFgGnosxX%]?(?<=[\w%])\}"
)
# a signed decimal (a score or an offset), maybe closing a bracket: -0.001], -12.5
_SIGNED_NUMBER_RE = lazy(r"^-\d+(?:\.\d+)?[\])},;]*$")
# a regular expression literal with an anchor or a class: /^ok$/i, /^\d+$/
_REGEX_LITERAL_RE = lazy(r"^/(?=[^/]*[\^$\\\[])[^/]+/[gimsuxy]{0,5}$")
# a regular expression's alternation group: (O|o), (a|b|c)
_REGEX_ALTERNATION_RE = lazy(r"\([^()|\s]{1,20}(?:\|[^()|\s]{1,20})+\)")
# an anonymous FTP login's conventional password: an e-mail address of anon, guest, ftp, …
_ANON_EMAIL_RE = lazy(r"^(?:anon|anonymous|guest|ftp|nobody|user)@[\w-]+(?:\.[\w-]+)+$", re.I)
# a user's name set on the line: userid: "deploy", user=, "login" =>
_LOGIN_KEY_RE = lazy(r"""(?i)\b(?:user(?:_?name|_?id)?|login)["']?[ \t]*(?:[:=]|=>)""")
# an e-mail address whose local part is words: me@, a@, john.doe@
_WORD_LOCAL_PART_RE = lazy(r"[A-Za-z]+(?:[._-][A-Za-z]+)*@")
# any e-mail address, the password of a line that logs in as "anonymous"
_EMAIL_RE = lazy(r"^[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+$")
# a placeholder that an installer substitutes: _DBC_DBPASS_ (dbconfig-common), _PASSWORD_
_UNDERSCORE_CONSTANT_RE = lazy(r"^_[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_$")
# an ISO 3166 table's row for Palau ('PW' => 'Palawu', "PW": "Palau"): a country's name; and
# CLDR's element for it in every locale's LDML file (<territory type="PW">Palawu</territory>)
_COUNTRY_PW_RE = lazy(
    r"""(?:["']PW["'][ \t]*(?:=>|:)[ \t]*["']|<territory[ \t]+type=["']PW["'](?:[ \t]+alt=["']\w+["'])?>)$"""
)
# a route table's key: '/user-password' => Controller::class (a URL path, not a variable):
# the quoted key starts with a slash, then its closing quote and the arrow or colon
_ROUTE_KEY_RE = lazy(r"""(?:^|[\s(\[{,])(["'])/[\w/{}.-]*\1[ \t]*(?:=>|:)[ \t]*["']$""")
# the rest of a PHP namespaced name after its first piece: \\Controllers, \Http (not \" or \n)
_NAMESPACE_AFTER_RE = lazy(r"\\{1,2}[A-Z][A-Za-z]")
# the same anywhere on a line: whether a route key may stand before the value
_ROUTE_KEY_GATE_RE = lazy(r"""(["'])/[\w/{}.-]*\1[ \t]*(?:=>|:)""")
# a word, then more of the sentence ("The password is erased as another …")
_SENTENCE_GOES_ON_RE = lazy(r"^[ \t]+[a-z]{2,}\b")
# after an unquoted word: the rest of an enumeration ("…, histories and configs", "…, b, c or d")
_PROSE_LIST_AFTER_RE = lazy(r"^(?:,[ \t]+[a-z]{2,})+,?[ \t]+(?:and|or)[ \t]+[a-z]{2,}")
# a comma or semicolon and another word: the sentence goes on in a new clause
_CLAUSE_GOES_ON_RE = lazy(r"^[,;][ \t]+[A-Za-z]")
# English participles, adverbs and adjectives ("erased", "securely", "memorable", "useless"): what
# a sentence says a password is like, not a password
_PROSE_WORD_ENDINGS = ("ed", "ly", "able", "ible", "ous", "ful", "ive", "less")
# what a strength meter or a form says a password is: "Entered password is strong."
_PASSWORD_QUALITY_WORDS = frozenset(
    {"weak", "strong", "average", "fair", "good", "great", "excellent", "poor", "medium",
     "short", "long", "wrong", "invalid", "valid", "correct", "incorrect", "empty", "blank",
     "missing", "required", "secure", "insecure", "mandatory", "optional"}
)  # fmt: skip
# a UUID's layout, letters and digits in each group (a real UUID is hex: a g-z letter is typed)
_UUID_LAYOUT_RE = lazy(r"^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$", re.I)
_NOT_HEX_RE = lazy(r"[g-z]", re.I)


def _web_shape_reason(
    rule: Rule,
    secret: str,
    line: str,
    path: str | None,
    span: tuple[int, int, int] | None = None,
) -> str | None:
    """Shapes of web framework code, templates and their data read as a credential (found on
    held-out set 10: Rails, Devise, Rack, Symfony, Laravel, Guzzle, phpMyAdmin, MediaWiki,
    Roundcube, Redmine, Tomcat, Spring, JSch, commons-httpclient)."""
    if (
        _TRANSLATION_TEXT_RE.match(secret)
        or ("&#" in secret and _TRANSLATION_TEXT_RE.match(html.unescape(secret)))
    ) and _is_i18n(path):
        # ('Password' => 'Parol&#259;', ZoneMinder's ro_ro.php: a word whose accented letter is
        # a character reference)
        # "botpasswords": "Bot-paaswurden", "oathauth-ui-manage": "Upravljaj": the text of a
        # translation catalogue; a token or a generated password there has digits or symbols
        return "text of a translation catalogue (words), not a credential"
    if (
        len(secret) == 36
        and _UUID_LAYOUT_RE.match(secret)
        and (secret.islower() or secret.isupper())
        and 1 <= len(_NOT_HEX_RE.findall(secret)) <= 3
    ):
        # vcloud-token=ecb37bfc-…-bf2gdf789457: a UUID's layout with one to three letters no
        # UUID has (g-z), typed by hand for a mock or an example (random base-36 in that layout
        # has about 18 of them; mixed case is no UUID either)
        return "UUID-shaped value with non-hex letters (made up by hand)"
    if secret[:1] == ":" and secret[1:2].isalpha() and "::" in secret:
        # Omniauth::Azure::Activedirectory::V2: the keyword ends a scope-qualified name
        at = line.find(secret)
        if at > 0 and line[at - 1] == ":":
            return "scope-qualified name (Name::Other), not an assignment"
    if (
        rule.id in _NOTE_PASSWORD_RULES
        and _ESCAPES_AT_END_RE.sub("", secret).rstrip(".,;:!?)]}").isalpha()
    ):
        # "(no password prompt)\n" in a string: a word, a parenthesis and an escaped newline
        return "a word in a sentence, not a chosen password"
    if "%" in secret and _PRINTF_CONVERSION_RE.match(secret.strip(_PRINTF_FRAME)):
        # %3$s; "\tPASSWORD: \"%.*s\"" (Traffic Server's debug lines): where the value is printed;
        # " password=|%s|" (netCDF's URI dump): between the marks that show where it ends
        return "printf conversion (%3$s, %.*s), filled in at run time"
    if "}" in secret[:9] and _FORMAT_SPEC_FIELD_RE.match(secret):
        # f"{metrics['pass_rate']:.1f}% pass rate": the name and a format spec in an f-string
        return "format spec of a replacement field ({name:.1f}), filled in at run time"
    if secret[:1] == "-" and _SIGNED_NUMBER_RE.match(secret):
        # SPF_PASS=-0.001] (a SpamAssassin score), offset: -12.5
        return "signed number, not a password"
    if secret[:1] == "/" and _REGEX_LITERAL_RE.match(secret):
        # $config['password_httpapi_expect'] = '/^ok$/i': a regular expression literal
        return "regular expression literal (/…/flags)"
    if "|" in secret and (
        _REGEX_ALTERNATION_RE.search(secret)
        or ((at := _value_at(secret, line, span)) > 0 and _REGEX_ALTERNATION_RE.match(line, at - 1))
    ):
        # "((O|o)ld|login|…) (P|p)assword.*": an expect or grep pattern; cracklib_dict\\.(hwm|
        # pw(d|i))$ (AIDE's rules): the group opens just before the value, after "pw"
        return "regular expression (an alternation group)"
    if "@" in secret and (
        _ANON_EMAIL_RE.match(secret)
        or (
            _EMAIL_RE.match(secret)
            and (
                "anonymous" in line.lower()
                or (
                    rule.generic
                    and _WORD_LOCAL_PART_RE.match(secret)
                    and not _LOGIN_KEY_RE.search(line)
                )
            )
        )
    ):
        # $this->_password = "anon@ftp.com", ftp(userid: "anonymous", password: "me@myorg.com")
        # (Gradle's user guide): anonymous FTP sends an e-mail address as password; so does
        # <ftp userid="anonymous"⏎ password="me@myorg.com"> (Ant's manual, the user on the line
        # before), and aaa.register(u'foo', u'pwd', u'a@a.a') (Cork's tests) is the e-mail
        # argument after a password: an address of words with no user named beside it is no
        # chosen password (userid: "deploy", password: "me@myorg.com" and a random local part,
        # "r.k9vTq8Zm@corp-mail.net", are still judged)
        return "anonymous FTP password (an e-mail address by convention)"
    if "{$" in secret:
        # ":B:{$row->user_id}:{$row->user_password}": PHP complex interpolation
        return "PHP string interpolation ({$var}), not a literal"
    if _UNDERSCORE_CONSTANT_RE.match(secret):
        return "installer placeholder (_NAME_, substituted when the file is generated)"
    if secret not in line or not (
        "%5B" in secret
        or "[]" in secret
        or secret in _CSS_PSEUDO
        or _extension(path) in _STYLESHEETS
        or "'PW'" in line
        or '"PW"' in line
        or (secret[:1].isupper() and secret + "\\" in line)
        or (("'/" in line or '"/' in line) and _ROUTE_KEY_GATE_RE.search(line) is not None)
        or rule.id == "generic-prose-password"
        or "#{" in line
    ):
        return None  # (the checks below need the value's place: only when one may apply)
    _, at, end = span or _locate(rule, secret, line)
    before, after = line[:at], line[end:]
    if before.rfind("#{") > before.rfind("}"):
        # "#{bind_dn}:#{password(cred, options)}": Ruby code inside a string's interpolation
        return "code inside a string interpolation (#{…}), not a literal"
    if before.endswith("(") and _JAVADOC_ARG_RE.match(secret):
        # <a href="#setPassphrase(byte%5B%5D)">: a method's parameter types in an API doc link
        return "parameter types of a method in an API documentation link"
    if (
        before.endswith(":")
        and (
            (secret in _CSS_PSEUDO and (after[:1] in _CSS_AFTER or not after))
            or ("{" in secret and secret.split("{", 1)[0] in _CSS_PSEUDO)
        )
        and (before[-2:-1].isalnum() or before[-2:-1] in "-_")
        and (_extension(path) in _STYLESHEETS or "{" in line)
    ):
        # .list-group-item:hover in a stylesheet or a <style> block: a selector's pseudo-class;
        # in a minified stylesheet the value runs on into the rule (.pw-strength-dot:first-child
        # {margin-top:0}, Ghost's admin CSS)
        return "CSS selector with a pseudo-class, not an assignment"
    if (before.endswith(">") or secret[:1] in ".#[") and _extension(path) in _STYLESHEETS:
        # .wp-cancel-pw>.dashicons in a stylesheet: a child combinator and the next selector
        return "CSS selector (a combinator and a class), not an assignment"
    if (
        (secret[:1].isupper() or before[-1:] == ">")
        and _TRANSLATION_TEXT_RE.match(secret)
        and _COUNTRY_PW_RE.search(before)
    ):
        return "country name under the ISO 3166 code PW (Palau), not a password"
    if _NAMESPACE_AFTER_RE.match(after) and secret[:1].isupper() and secret.isalnum():
        # 'PhpMyAdmin\\Controllers\\UserPasswordController': a PHP namespace, written escaped
        return "PHP namespaced class name, not a value"
    if rule.id != "generic-url-credentials" and _ROUTE_KEY_RE.search(before):
        return "route path as the key (a URL path names a page, not a variable)"
    word = secret.rstrip(".!") if rule.id == "generic-prose-password" else ""
    if (
        word.isalpha()
        and word.islower()
        and (word.endswith(_PROSE_WORD_ENDINGS) or word in _PASSWORD_QUALITY_WORDS)
        and (
            word != secret
            or _SENTENCE_GOES_ON_RE.match(after)
            or _CLAUSE_GOES_ON_RE.match(after)
            or not after.strip(" \t.,;:!?)\"'")
        )
    ):
        # "The password is erased as another listener …", "has been succesfully changed",
        # "// -> password is compromised", "if password is memorable, I guess?": a participle,
        # an adverb or an adjective saying what happened to the password or what it is like (the
        # sentence goes on or ends there); "Entered password is strong." (Misago's strength
        # meter): a word for its strength, ending the sentence
        return "a word in a sentence about the password, not the password"
    return None


# ------------------------------------------------------------- documentation and test logs

# a test runner's result line: "PASS: ld-elf/pr19617b" (DejaGnu, automake's test harness),
# "--- PASS: TestLogin (0.00s)" (go test), "XPASS: …": the status word is written in capitals at
# the start of the line, and what follows is the name of a test
_TEST_RESULT_RE = lazy(r"^[ \t]*(?:---[ \t]+)?X?PASS:[ \t]+")
# a test's name: a path (ld-x86-64/pr19539a) or words and numbers joined by - _ . /
_TEST_NAME_RE = lazy(r"^[\w.+-]+(?:/[\w.+-]+)*$")
# a word of two letters or more after the test's name: "(map check)", "AVX512F/VL wig insns"
_WORDS_RE = lazy(r"[A-Za-z]{2,}")
# a test run's log or summary: DejaGnu's gas.sum / ld.log, binutils' test-summary, test-suite.log
_TEST_LOG_PATH_RE = lazy(
    r"(?:^|/)(?:[\w.-]+\.(?:sum|log)|[\w.-]*test[-_]?(?:summary|suite|results?)[\w.-]*)$", re.I
)
_TEST_LOG_HINTS = (".sum", ".log", "test")  # a piece of every _TEST_LOG_PATH_RE match
# a word that closes a parenthesis in prose: "(try this if … gives you a password: prompt):"
_PROSE_CLOSE_RE = lazy(r"^([A-Za-z]{3,})\)+[:.,;]?$")
# an array of numbers in the value's place: "[[323, 1]]" in a JSON search index or data file
_NUMBER_ARRAY_RE = lazy(r"^\[+[0-9]+(?:[ \t]*,[ \t]*\[*[0-9]+\]*)*\]*$")


def _docs_shape_reason(secret: str, line: str, path: str | None) -> str | None:
    """Shapes of documentation and logs read as a credential (found on held-out set 6: Debian's
    documentation, man pages, test summaries): a test runner's result line (``PASS: name``), a
    word that closes a parenthesis in a sentence, an array of numbers."""
    if "PASS:" in line and _TEST_NAME_RE.match(secret):
        m = _TEST_RESULT_RE.match(line)
        if m is not None and line.startswith(secret, m.end()):
            rest = line[m.end() + len(secret) :]
            # the name of a test: a path, words after it ("PASS: objcopy (simple copy)") or a
            # line of a test log (DejaGnu's .sum and .log, a test summary); a lone value
            # elsewhere ("PASS: Tq8vR2mX", a note of a login) is left to the other filters, and
            # so is a generated value with words after it ("PASS: Tq8vR2mXk9Lz (prod vpn)")
            if (
                "/" in secret
                or _is_test_log(path)
                or (_WORDS_RE.search(rest) and not looks_random(secret))
            ):
                return "test runner's result line (PASS: test name), not a password"
    if secret[-1:] in "):.,;" and ")" in secret and "(" not in secret:
        m = _PROSE_CLOSE_RE.match(secret)
        if m is not None and is_dictionary_word(m.group(1).lower()):
            return "a word that closes a parenthesis in prose, not a value"
    if secret[:1] == "[" and _NUMBER_ARRAY_RE.match(secret):
        return "array of numbers (a data structure), not a value"
    if "::" in secret and _is_ipv6_token(secret):
        return "IPv6 address or interface identifier (Token=static:::1a:2b), not a secret"
    return None


# an IPv6 address, alone or after a mode word: systemd.network's Token=static:::1a:2b:3c:4d,
# Token=prefixstable:2002:da8:1:: (an interface identifier, written in every network config)
_IPV6_TOKEN_RE = lazy(r"^(?:[a-z]+:)?([0-9A-Fa-f:]{2,39})$")


def _is_ipv6_token(value: str) -> bool:
    m = _IPV6_TOKEN_RE.match(value)
    if m is None:
        return False
    try:
        ipaddress.IPv6Address(m.group(1))
    except ValueError:
        return False
    return True


# words of a line about PGP keys
_PGP_LINE_WORDS = ("gpg", "pgp", "signing", "fingerprint", ".asc", "keyserver", "keyring")


def _b64_public_pem(value: str) -> bool:
    """Whether base64 ``value`` starts with a PEM header of public material."""
    head = b64decode_any(value[:48]) or b""
    return head.startswith(b"-----BEGIN ") and any(
        w in head[11:] for w in (b"PUBLIC KEY", b"CERTIFICATE")
    )


# base64 of "-----BEGIN" at each of the three byte offsets text before it can leave it at
_B64_BEGIN_PIECES = ("LS0tLS1CRUdJTi", "LS0tQkVHSU4", "LS0tLUJFR0lO")


def _b64_text_with_public_block(value: str) -> bool:
    """Whether ``value`` is base64 of text (a few lines of prose first) that holds a PEM or PGP
    block of public material (``-----BEGIN PGP PUBLIC KEY BLOCK-----``) and no private key. The
    marker's base64 is looked for first, so only such values are decoded."""
    if len(value) < 200 or not any(p in value for p in _B64_BEGIN_PIECES):
        return False
    text = b64_text(value)
    if text is None or "-----BEGIN " not in text or "PRIVATE" in text:
        return False
    return any(w in text for w in ("PUBLIC KEY", "CERTIFICATE-----"))


# a file's name with a media or document extension (no key ends in one)
# (scientific data files are named after an observation or an accession, generated-looking ids:
# FITS, HDF5, NetCDF, NumPy, pickle, FASTA/FASTQ, BAM, VCF, GFF, Hi-C, PDB)
_FILE_NAME_VALUE_RE = lazy(
    r"^[\w.-]{1,200}\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|heic|pdf|docx?|xlsx?|pptx?|txt|csv"
    r"|mp[34]|mov|webm|wav|fits|fz|nc|h5|hdf5?|npy|npz|pkl|pickle|feather|avro|fasta|fastq|bam"
    r"|cram|vcf|bcf|gff3?|gtf|hic|mcool|pdb"
    # a device tree (hi6220-hikey.dtb, U-Boot's arch/arm/dts/Makefile) and firmware images
    r"|dtbo?|dtsi?|img|iso|elf"
    # an object file or a kernel module a makefile builds (obj-y += mtk-mdp.o, Linux's Kbuild)
    r"|o|ko)$",
    re.I,
)
# lower-case field names joined by "/" and ":", the credential's own among them
_FIELD_TEMPLATE_RE = lazy(
    r"^(?:[a-z0-9]{1,12}[/:]){1,12}(?:pw|pwd|pass|password)(?:[/:][a-z0-9]{1,12}){0,12}$|"
    r"^(?:[a-z0-9]{1,12}[/:]){0,12}(?:pw|pwd|pass|password)(?:[/:][a-z0-9]{1,12}){1,12}$"
)
# run-time fields only, with at most two separator characters after each: {a.b}:{c}, {user}/{pw}
# (the last field's brace may be cut off with the value's closing punctuation)
# LVM's UUIDs: 32 characters of [0-9A-Za-z] in groups of 6, 4, 4, 4, 4, 4 and 6
_LVM_UUID_RE = lazy(r"^[0-9A-Za-z]{6}(?:-[0-9A-Za-z]{4}){5}-[0-9A-Za-z]{6}$")
# Pacemaker's transition keys: action:transition:target-rc:UUID (the action may be -1)
_TRANSITION_KEY_RE = lazy(
    r"^-?\d{1,6}:-?\d{1,6}:\d{1,3}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
# Open edX's opaque keys: course-v1:ORG+COURSE+RUN, block-v1:ORG+COURSE+RUN+type@T+block@ID
_OPAQUE_KEY_RE = lazy(r"^(?:course|block|library|lib|lb|lct|ccx|asset)-v\d{1,2}:[\w.-]+\+[\w.-]+")
# a short literal, then one run-time field that ends the value: auth0|{USER_CC_ID} (its closing
# brace may have been read as the end of a bracket around the value)
_PREFIX_FIELD_RE = lazy(r"^([\w.:|@/-]{1,16})\{[A-Za-z_][\w.]{0,60}\}?$")
_FIELDS_ONLY_RE = lazy(
    r"^(?:\{[A-Za-z_][\w.]{0,60}(?:\[[\w'\"]{1,30}\])?\}[^\w\s{}]{0,2}){1,7}"
    r"\{[A-Za-z_][\w.]{0,60}(?:\[[\w'\"]{1,30}\])?\}?[^\w\s{}]{0,2}$"
)
# an htpasswd line: a user, then the {SHA} digest or a crypt hash ($apr1$, $2y$, $5$, $6$, $1$)
_HTPASSWD_ENTRY_RE = lazy(
    r"^[\w.@-]{1,64}:(?:\{SHA\}[A-Za-z0-9+/]{27}=|\$(?:apr1|2[aby]|[156])\$[./0-9A-Za-z$]{8,})"
)
# an Active Directory attribute as DRSUAPI names it: ATT, the syntax letter, the attribute id
_AD_ATTRIBUTE_ID_RE = lazy(r"^ATT[a-z]\d{5,7}$")
# the hex lengths of MD5, SHA-1, SHA-256 and SHA-512 digests
_DIGEST_LENGTHS = frozenset({32, 40, 64, 128})
# what examples and tests hash: nothing, the test vectors' inputs, the word "password" and its kin
_DIGESTED_WORDS = (
    "", "abc", "password", "Password", "PASSWORD", "password1", "Password1", "password123",
    "P@ssw0rd", "admin", "admin123", "root", "test", "test123", "secret", "123456", "12345678",
    "123456789", "changeme", "guest", "user", "qwerty", "letmein", "foo", "bar", "foobar",
    "hello", "Hello", "hello world", "Hello World", "Hello, World!", "hello world\n",
    "The quick brown fox jumps over the lazy dog",
)  # fmt: skip


@lru_cache(maxsize=1)
def _known_digests() -> frozenset[str]:
    """The hex MD5, SHA-1, SHA-256 and SHA-512 digests of ``_DIGESTED_WORDS`` and of the
    well-known passwords (computed once, on the first hex value of a digest's length), and the
    NT and LM hashes people copy."""
    import hashlib

    computed = {
        hashlib.new(algo, word.encode(), usedforsecurity=False).hexdigest()
        for word in (*_DIGESTED_WORDS, *_KNOWN_PASSWORDS)
        for algo in ("md5", "sha1", "sha256", "sha512")
    }
    # Windows' NT hash (MD4, which hashlib may lack) of "" and of "password", and the LM hash of
    # "": the placeholders of every pass-the-hash tool's docs (-hashes aad3b435…:31d6cfe0…)
    nt = {"31d6cfe0d16ae931b73c59d7e0c089c0", "8846f7eaee8fb117ad06bdd830b7586c"}
    return frozenset(computed | nt | {"aad3b435b51404eeaad3b435b51404ee"})


def _der_length(data: bytes, at: int) -> tuple[int, int]:
    """The length of the DER element whose length octets start at ``at``, and where its content
    starts; (-1, 0) when they are not a definite length of at most three octets."""
    if at >= len(data):
        return -1, 0
    first = data[at]
    if first < 0x80:
        return first, at + 1
    count = first & 0x7F
    if not 1 <= count <= 3 or at + 1 + count > len(data):
        return -1, 0
    return int.from_bytes(data[at + 1 : at + 1 + count], "big"), at + 1 + count


def _is_spki_der(value: str) -> bool:
    """Whether hex ``value`` is exactly a DER SubjectPublicKeyInfo: a SEQUENCE of an
    AlgorithmIdentifier (a SEQUENCE that starts with an OID) and a BIT STRING. A private key's
    PKCS#8 or PKCS#1 DER starts its SEQUENCE with a version INTEGER instead."""
    if len(value) < 64 or len(value) % 2 or not _HEX_TEXT_RE.match(value[:512]):
        return False
    try:
        data = bytes.fromhex(value)
    except ValueError:
        return False
    size, at = _der_length(data, 1)
    if data[0] != 0x30 or at + size != len(data) or data[at : at + 1] != b"\x30":
        return False
    size, inner = _der_length(data, at + 1)
    end = inner + size
    if size < 0 or data[inner : inner + 1] != b"\x06" or data[end : end + 1] != b"\x03":
        return False
    size, bits = _der_length(data, end + 1)
    return size >= 0 and bits + size == len(data)


def _is_ocsp_certid_der(value: str) -> bool:
    """Whether hex ``value`` is exactly a DER OCSP CertID (RFC 6960): a SEQUENCE of an
    AlgorithmIdentifier, two OCTET STRINGs (the issuer's name and key hashes) and an INTEGER
    (the serial number). An encrypted private key has one OCTET STRING after its algorithm, a
    private key a version INTEGER first."""
    if len(value) < 64 or len(value) % 2 or not _HEX_TEXT_RE.match(value[:512]):
        return False
    try:
        data = bytes.fromhex(value)
    except ValueError:
        return False
    size, at = _der_length(data, 1)
    if data[0] != 0x30 or at + size != len(data):
        return False
    for tag in (0x30, 0x04, 0x04, 0x02):
        if data[at : at + 1] != bytes((tag,)):
            return False
        size, inner = _der_length(data, at + 1)
        if size < 0:
            return False
        at = inner + size
    return at == len(data)


def _hex_sentence(value: str) -> bool:
    """Whether hex ``value`` spells an English sentence, as base64 does for ``_encodes_sentence``
    (the value may be cut where the line or the match ends), or text of three words or more,
    mostly letters and spaces (random bytes are printable ASCII with odds of 95/256 per byte)."""
    try:
        text = bytes.fromhex(value).decode("ascii")
    except ValueError:
        return False
    words = _text_words(text)
    if words and not words[-1].isalpha():
        words.pop()  # a word cut short at the end
    if _is_sentence(words):
        return True
    # LEGACY_LOCAL_BACKEND_INSTANCE_SECRET = "4361726e69746173…" (Convex's CLI): "Carnitas,
    # literally meaning…", text written where a generated secret would go
    return (
        text.isprintable()
        and sum(w.isalpha() for w in words) >= 3
        and sum(c.isalpha() or c == " " for c in text) >= 0.8 * len(text)
    )


def _text_words(text: str) -> list[str]:
    """The space-separated words of decoded text; a word may end a clause (this!, value.) or
    hold an apostrophe (you're, don't) or stand in brackets (isaac sloan (elorest), a name and a
    handle in hex, Rails' tests); lines break between words as spaces do (a verse: "Take my
    love, take my land\nTake me where I", oauthenticator's Globus tests)."""
    return [w.strip("()[]").rstrip(".,!?:").replace("'", "") for w in text.split()]


def _is_sentence(words: list[str]) -> bool:
    """Four or more words of letters, one of them a short function word."""
    return (
        len(words) >= 4
        and all(w.isalpha() for w in words)
        and any(w.lower() in _SENTENCE_WORDS for w in words)
    )


def _is_hello_world_b64(value: str) -> bool:
    """Whether ``value`` (after a ``base64:`` tag) is base64 of ``hello world`` in any case and
    punctuation (``Hello, World!``, a trailing newline)."""
    text = b64_text(value.removeprefix("base64:"))
    return text is not None and _NOT_LETTER_OR_SPACE_RE.sub("", text.lower()).split() == [
        "hello",
        "world",
    ]


def _encodes_sentence(value: str) -> bool:
    """Whether ``value`` is base64 of a sentence of four or more words, at least one of them a
    short function word (``this is not a real value``): text written to stand in for a token; or
    of two or more words about the password (``Reset Password``), a label.
    Generated key material does not decode to words and spaces. Basic auth's ``user:`` before
    the sentence is left out (``isaacs:not my real password``, npm's documentation)."""
    text = b64_text(value)
    if text is None:
        return False
    user, colon, rest = text.partition(":")
    if colon and user and " " not in user and rest[:1] != " ":
        text = rest
    words = _text_words(text)
    if (
        len(words) >= 2
        and all(w.isalpha() for w in words)
        and any(w.lower() in ("password", "passwords", "username") for w in words)
    ):
        # "Reset Password", "Invalid Password Policy." (Cisco ISE's portal texts, base64 in its
        # API): a label about the password, not one
        return True
    return _is_sentence(words)


_LETTERS_RE = lazy(r"^[A-Z][A-Za-z]{7,63}$")


def _is_pascal_name(value: str) -> bool:
    """``DBProxyEndpoints``, ``ReservedDBInstances``: the value of ``"result_key"`` in an API's
    paginator, words glued in PascalCase with at most one short acronym. A generated key of
    letters alone does not split into two or more dictionary words with nothing left over."""
    if not _LETTERS_RE.match(value):
        return False
    words = split_words(value)
    long_words = [w for w in words if len(w) >= 3]
    odd = [w for w in words if not (len(w) >= 3 and is_dictionary_word(w))]
    return len(long_words) >= 2 and len(odd) <= 1 and all(len(w) <= 3 for w in odd)


# every extension a filter tests a path for (_extension(path) in …) is kept in the class (.map
# too, through _is_source_map)
_CLASS_EXTENSIONS = (
    _NO_BARE_PAIR_EXTS
    | _STYLESHEETS
    | _C_FAMILY_EXTENSIONS
    | _DEVICE_TREE_EXTENSIONS
    | _SEQUENCE_EXTENSIONS
    | _INCLUDE_EXTENSIONS
    | _POSTSCRIPT_EXTENSIONS
)


@lru_cache(maxsize=4096)
def path_class(path: str | None) -> tuple[object, ...]:
    """Everything the filters read from a path: two paths of one class get the same decision for
    the same line, so the engine keys its memo by class, not path (a line repeated across files,
    such as a licence header or a common declaration, is judged once). Only the helpers listed in
    tests/scan/test_filters_path_class.py read ``path``; a new one must be added here."""
    ext = _extension(path)
    return (
        _is_code(path),
        ext if ext in _CLASS_EXTENSIONS else "",
        _is_ansible_module(path),
        _is_production_config(path),
        _is_i18n(path),
        _is_fixture_path(path),
        _is_docs_site_config(path),
        _is_test_log(path),
        _is_source_map(path),
        _is_docs_folder(path),
        _is_api_examples(path),
        _is_vectors_path(path),
        _is_plist_file(path),
        _is_jenkinsfile(path),
        _is_changelog(path),
        _is_expect_script(path),
        _is_spice_netlist(path),
        _is_makefile(path),
    )


# --- SQL rows and Windows answer files -----------------------------------------------------------

# INSERT INTO settings (name, value) VALUES ('smtp_password', '…'): a key/value table's row (a
# settings or options table in an SQL dump, WordPress wp_options) names the value in its first column
_SQL_INSERT_VALUES_RE = lazy(r"(?i)\binsert[ \t]+(?:ignore[ \t]+)?into\b[^\n]{0,300}?\bvalues\b")


def _is_sql_name_value_row(line: str, ks: int, ke: int, end: int) -> bool:
    """The key and the value are the two quoted cells of one row of an ``INSERT … VALUES`` list,
    ``('smtp_password', '…')``: a name and its value, not a list of names."""
    quote = line[ks - 1 : ks]
    if quote not in ("'", '"') or line[ke : ke + 1] != quote or line[end : end + 1] != quote:
        return False
    if not line[: ks - 1].rstrip(" \t").endswith("(") or line[end + 1 :].lstrip(" \t")[:1] != ")":
        return False
    return _SQL_INSERT_VALUES_RE.search(line, 0, ks) is not None


# unattend.xml with <PlainText>false</PlainText>: the <Value> is base64(UTF-16LE(password + the
# element's name)), as Windows System Image Manager writes it
_UNATTEND_SUFFIXES = ("Password", "AdministratorPassword")


def _unattend_reason(secret: str) -> str | None:
    """A hidden unattend.xml value that decodes to the element name alone stores an empty
    password (``UABhAHMAcwB3AG8AcgBkAA==`` is ``Password``)."""
    try:
        raw = base64.b64decode(secret, validate=True)
        text = raw.decode("utf-16-le") if len(raw) % 2 == 0 else ""
    except (binascii.Error, ValueError):
        return None
    if text in _UNATTEND_SUFFIXES:
        return "empty password (an unattend.xml value holding only the element name)"
    return None


def _spells_pass(secret: str) -> bool:
    """The letters of the (percent-decoded, de-leeted) value spell a stand-in: pass, mypass,
    password, pw, abc."""
    low = unquote(secret).lower()
    return (
        _NOT_LOWER_RE.sub("", low) in _STAND_IN_LETTERS
        or _NOT_LOWER_RE.sub("", low.translate(DELEET)) in _STAND_IN_LETTERS
    )


_STAND_IN_LETTERS = frozenset(
    {"pass", "mypass", "password", "passwd", "mypassword", "pwd", "pw", "abc", "secret"}
)
_ROW_SEQUENCES = ("0123456789", "1234567890", "9876543210", "abcdefghijklmnopqrstuvwxyz",
                  "qwertyuiop")  # fmt: skip
# rules whose password follows its user name (user:pw@tcp(…), user/pw@db, add_user user pw,
# curl -u user:pw)
_USER_THEN_PASSWORD_RULES = frozenset(
    (
        "go-mysql-dsn-password",
        "oracle-connect-string-password",
        "rabbitmqctl-password",
        "curl-basic-auth",
        "httpie-basic-auth",
    )
)
_USER_BEFORE_RE = lazy(r"([\w.$#@-]{1,64})[\"']?(?:[:/]|[ \t]{1,5}[\"']?)$")


def _inside_base64_run(secret: str, line: str, span: tuple[int, int, int] | None) -> bool:
    """Whether ``secret`` is a piece of a longer run of base64 text: 48 base64 characters before
    it and 16 after, with no separator, and a ``+`` or ``/`` right at each end (where the rule's
    word boundary let it start and stop). A host name's dot, a quote, a space or ``=`` breaks
    the run, so a token in a quoted string, an assignment or a URL with its host is not one."""
    start = _value_at(secret, line, span)
    if start < 0:
        return False
    end = start + len(secret)
    text = line.strip()
    if (
        # (one line of base64 wrapped at MIME's width; a PEM or OpenPGP armor's 64-column
        # lines are judged by what they decode to)
        len(text) == 76
        and _B64_BODY_RE.match(text)
        and looks_random(text)
        and word_fraction(text) < 0.25
    ):
        # AAAAAAAAAAAAAAAAAAAAAHy7a2Rl… on a line of an SVG's embedded PNG (nixnote2's icon,
        # base64 wrapped at 76 columns: a run of zero bytes reads as a Twitter bearer token's
        # start): a piece of one line of a wrapped blob, cut by the line's ends or by the
        # + and / where the rule's word boundary let it start and stop
        indent = len(line) - len(line.lstrip())
        if (start == indent or line[start - 1] in "+/") and (
            end == indent + 76 or line[end : end + 1] in "+/"
        ):
            return True
    if start < 8:
        return False
    if line[start - 1] in "+/" and _in_wrapped_blob(line, start, end):
        # …lVE+YC1X79aUr8AVQRvykfSdiHyg5BhDXbdUIPbZNSH5 (an SVG's embedded PNG, base64 wrapped at
        # 76 columns, in Openclipart): the run goes on past the line's end
        return True
    if start < 48:
        return False
    before, after = line[start - 48 : start], line[end : end + 16]
    if "&#x" in before or "&#x" in after:
        # an XMP packet's thumbnail (xmpGImg:image in a PDF, an SVG or an Illustrator file):
        # base64 whose line breaks are written as the character reference &#xA;
        before = line[max(0, start - 96) : start].replace("&#xA;", "")[-48:]
        after = line[end : end + 48].replace("&#xA;", "")[:16]
        if len(before) < 48 or line[end : end + 1] == "&":
            return False
    return (
        len(after) == 16
        and before[-1] in "+/"
        and after[0] in "+/"
        and _B64_BODY_RE.match(before) is not None
        and _B64_BODY_RE.match(after) is not None
    )


def _repeats_user(secret: str, line: str) -> bool:
    """``gorm:gorm@tcp(…)``, ``rabbitmqctl add_user guest guest``: the password is the user name."""
    at = line.find(secret, 1)
    while at > 0:
        m = _USER_BEFORE_RE.search(line, max(0, at - 72), at)
        if m is not None and m.group(1).lower() == secret.lower():
            return True
        at = line.find(secret, at + 1)
    return False


# ------------------------------------------------ round 15: ML and data-science SDKs and notebooks

# Comet's experimentKey, an MLflow-style run key, an Optuna study key: the 32-hex (or UUID) id of
# an experiment, run, trial or stored asset, printed in every URL and log line, not a credential
_ML_ENTITY_KEY_BEFORE_RE = lazy(
    r"(?:experiment|run|trial|study|asset|artifact|dataset|job)[ _-]?key[\"']?[ \t]*[:=][ \t]*[\"']?$",
    re.I,
)
_ML_ENTITY_ID_RE = lazy(
    r"^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    r"(?:-[A-Za-z0-9]{1,12})?(?:\.[a-z0-9]{2,4})?$"
)
# a Hugging Face-style repository id: owner/name, each piece a word, an acronym or a number with
# a unit (hexgrad/Kokoro-82M, Qwen/Qwen3-Embedding-0.6B, openai/whisper-large-v3)
_REPO_ID_RE = lazy(r"^[A-Za-z0-9][\w.-]{0,63}/[A-Za-z0-9][\w.-]{0,95}$")
_REPO_ID_PIECE_RE = lazy(
    r"^(?:[A-Z]?[a-z]{1,16}|[A-Z]{1,6}s?)\d{0,4}[A-Za-z]?$|^\d{1,5}[A-Za-z]{0,2}$"
)
# the vowel-less spelling of a credential word as its value (MY_SECRET=psswrd)
_DISEMVOWELLED = frozenset({"psswrd", "pswrd", "psswd", "pswd", "scrt", "tkn", "pssphrs"})
# 1.2.3-next-8.29, 4.0.0-rc.1: a semantic version with a pre-release tag (a lock file's
# verdaccio-htpasswd: 13.0.0-next-8.29 names a package and its version)
_PRERELEASE_VERSION_RE = lazy(r"^v?\d{1,4}\.\d{1,4}\.\d{1,4}-[a-z]{2,12}(?:[.-]\d{1,8}){0,4}$")
# Docker BuildKit: --secret id=aws,src=$HOME/.aws/credentials, --mount=type=secret,id=npm
_BUILDKIT_SECRET_ID_RE = lazy(r"^id=[\w.-]{1,64}$")
_BUILDKIT_SECRET_LINE_RE = lazy(r"\bsrc=|\benv=|type=secret|--secret\b")
# the name of a getenv fallback: os.environ.get("IBIS_TEST_MYSQL_PASSWORD", "ibis")
_ENV_DEFAULT_NAME_RE = lazy(r"[\"']([A-Z][A-Z0-9_]{2,80})[\"'][ \t]*,[ \t]*[\"']$")
# an identifier, then = or :, then the value's opening quote (b"…" too)
_ASSIGNED_NAME_RE = lazy(r"(?<!\w)([A-Za-z_]\w{2,80})[\"']?[ \t]*[:=][ \t]*b?[\"']$")
_MEMBERSHIP_AFTER_RE = lazy(r"[\"'][ \t]+(?:not[ \t]+)?in[ \t]")
# a name that ends in sentinel: _arg_key_sentinel = "…", END_SENTINEL: "…"
_SENTINEL_NAME_RE = lazy(
    r"[Ss]entinel[\"']?[ \t]*[:=][ \t]*b?[\"']$|SENTINEL[\"']?[ \t]*[:=][ \t]*b?[\"']$"
)
_EINSUM_BEFORE_RE = lazy(r"[a-z,]{1,16}->$")


def _prec15_ml_reason(rule: Rule, secret: str, line: str, path: str | None) -> str | None:
    """Classes of machine-learning and data-science code (SDKs, notebooks, experiment configs):
    experiment and run ids under a ``*Key`` name, repository ids of models and data sets, the
    left operand of ``in``, a vowel-less ``psswrd``, pre-release versions, BuildKit secret ids,
    a getenv fallback that repeats its test variable's name, a sentinel whose value spells its
    name in leetspeak, and code read as a value (``!==``, ``e[e.X=1]=``, einsum ``pw->ncop``)."""
    if secret.startswith("!="):
        # ""!==s.password||""!==s.port (minified JavaScript): the next comparison, not a value
        return "code in the value's place (a !== comparison)"
    if secret[:1].isdigit() and "]" in secret and secret.rstrip("=").endswith("]"):
        # e[e.STENCIL_BACK_PASS_DEPTH_FAIL=34818]="…" (a compiled TypeScript enum): a number
        # closing an index, not a value
        return "code in the value's place (an enum member's number closing an index)"
    at = line.find(secret)
    if at < 0:
        return None
    before = line[max(0, at - 96) : at]
    if (
        len(secret) >= 32
        and _ML_ENTITY_ID_RE.match(secret)
        and _ML_ENTITY_KEY_BEFORE_RE.search(before)
    ):
        return "id of an experiment, run or asset under a *Key name (not a credential)"
    if _MEMBERSHIP_AFTER_RE.match(line, at + len(secret)):
        # "linear1.lora_B.weight" in key: the left operand of a membership test, not a fallback
        return "left operand of an 'in' test, not a value given to the name"
    if "entinel" in before and (m := _SENTINEL_NAME_RE.search(before)) is not None:
        # _arg_key_sentinel = "tool_arg_key_b9d4f5c2", END_SENTINEL = "…": a marker put in a text
        # to be found again, not a secret (Redis Sentinel's sentinel_password ends in password)
        return "value of a sentinel (a marker to find in a text), not a credential"
    if secret.isalpha() and secret.islower():
        if secret in _DISEMVOWELLED:
            return "a credential word spelled without vowels (psswrd), a stand-in"
        if before.endswith("->") and _EINSUM_BEFORE_RE.search(before):
            # torch.einsum("ncow,pw->ncop", …): an einsum spec, the letters of the output axes
            return "einsum subscripts or an arrow (pw->ncop), not an assignment"
        if (m := _ENV_DEFAULT_NAME_RE.search(before)) is not None:
            pieces = m.group(1).lower().split("_")
            if "test" in pieces and secret in pieces:
                # os.environ.get("IBIS_TEST_MYSQL_PASSWORD", "ibis"): the fallback repeats a
                # piece of a test variable's name (the suite's own database account)
                return "fallback of a test variable that repeats the variable's name"
    if "/" in secret and "password" not in rule.id and _REPO_ID_RE.match(secret):
        owner, name = secret.split("/")
        pieces = _PIECE_SPLIT_RE.split(owner) + _PIECE_SPLIT_RE.split(name)
        if ("-" in name or "." in name) and all(
            p == "" or _REPO_ID_PIECE_RE.match(p) for p in pieces
        ):
            return "repository id of a model or data set (owner/name), not a token"
    if (
        secret.startswith("id=")
        and _BUILDKIT_SECRET_ID_RE.match(secret)
        and _BUILDKIT_SECRET_LINE_RE.search(line)
    ):
        return "BuildKit secret mount (id= names the secret, src= or env= holds it)"
    if "." in secret and "-" in secret and _PRERELEASE_VERSION_RE.match(secret):
        return "version number with a pre-release tag"
    if not secret.isalnum() and (m := _ASSIGNED_NAME_RE.search(before)) is not None:
        # DELEET reads "!" as l and "1" as i: both sides compare with l and i made one letter
        plain = _NOT_LOWER_RE.sub("", secret.lower().translate(DELEET)).replace("l", "i")
        if len(plain) >= 8 and plain == _NOT_LOWER_RE.sub("", m.group(1).lower()).replace("l", "i"):
            # _LAST_WRITE_TOKEN = b"L@stWr!t3T0k3n": a sentinel whose value spells its own name
            return "value spells its own name in leetspeak (a sentinel), not a secret"
    return None


# ---------------------------------------------------------------- held-out round 16 (SaaS SDKs)
# Client SDKs of SaaS providers (Twilio, Stripe, Slack, GitHub, GitLab, Google APIs, Okta, Square,
# LaunchDarkly, Sentry, Airtable …): classes of non-secrets in their tests, recorded responses and
# generated docs. Kept apart from the other rounds' checks: one call site each.

# a 32-byte key in base64 (43 characters and one '=')
_PREC16_B64_32_RE = lazy(r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")
# GitHub's secrets-encryption public key: {"key_id": "568250…", "key": "…"} or PublicKey(key_id=…)
_PREC16_SEALED_BOX_LINE_RE = lazy(r"""key_id\W{1,4}\d{6,}|PublicKey\(|public[_-]?key""", re.I)
# the text ends in an HTML character reference whose ';' the rule cut off: token:hotp&#x60
_PREC16_ENTITY_TAIL_RE = lazy(r"^[A-Za-z0-9_:.-]{1,40}&#(?:x[0-9A-Fa-f]{2,4}|[0-9]{2,4})$")
_PREC16_ENTITY_LINE_RE = lazy(r"&#(?:x[0-9A-Fa-f]{2,4}|[0-9]{2,4});")
# a label or resource name: four or more lower-case pieces joined by hyphens (goog-k8s-cluster-name)
_PREC16_KEBAB_NAME_RE = lazy(r"^[a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11}){3,7}$")
# hyphenated English in a sentence: "… if a protected password is re-used."
_PREC16_HYPHEN_WORDS_RE = lazy(r"^[a-z]{2,}(?:-[a-z]{2,}){1,3}[.,;:!?)]*$")
# the host of a URL whose password was empty or elided: rediss://user:password=@host:6380/0
_PREC16_URL_HOST_RE = lazy(r"^@[A-Za-z0-9][A-Za-z0-9.-]{0,62}(?::\d{1,5})?(?:[/?#]|$)")
# a UUID made of counting digits: 12345678-1234-1234-1234-123456789012
_PREC16_COUNTING_UUID_RE = lazy(
    r"12345678-1234-(?:1234|5678|4567)-(?:1234|5678|9012|abcd)-(?:123456789012|1234567890ab)", re.I
)


def _prec16_generic_reason(rule: Rule, secret: str, line: str, path: str | None) -> str | None:
    """Non-secrets of SaaS client SDKs' tests and docs, judged for the generic rules."""
    if _PREC16_B64_32_RE.match(secret) and _PREC16_SEALED_BOX_LINE_RE.search(line):
        # {"key_id":"568250167242549743","key":"u5e1…="}: the public key GitHub hands out for
        # encrypting Actions and Dependabot secrets (a sealed box's recipient key), beside its
        # numeric id; the secret is what gets encrypted to it, not the key
        return "public key of a sealed box beside its key id (secrets-encryption key)"
    if (
        "&#" in secret
        and _PREC16_ENTITY_TAIL_RE.match(secret)
        and len(_PREC16_ENTITY_LINE_RE.findall(line)) >= 2
    ):
        # * supported by &#x60;sms&#x60; and &#x60;token:hotp&#x60; (generated OpenAPI JSDoc):
        # HTML-escaped prose whose backticks are character references
        return "text of HTML-escaped prose (a character reference), not a value"
    if (
        secret[:1] == "@"
        and _PREC16_URL_HOST_RE.match(secret)
        and (at := line.find(secret)) > 0
        and line[at - 1] in "=:"
    ):
        return "host of a URL after an empty or elided password, not a value"
    if (
        rule.id == "generic-prose-password"
        and (word := secret.rstrip(".,;:!?")).endswith("ed")
        and word.isalpha()
        and word.islower()
        and english_score(word) >= 1.0
    ):
        # "If the password of a user is compromised." (CIS benchmarks in prowler): what
        # happened to the password, a participle, not the password
        return "a state of the password (is compromised), not a value"
    if (
        rule.id in _NOTE_PASSWORD_RULES or rule.id == "generic-prose-password"
    ) and _PREC16_HYPHEN_WORDS_RE.match(secret):
        # "Password protection warning is shown if a protected password is re-used."
        return "a hyphenated word in a sentence, not a chosen password"
    if (
        _PREC16_KEBAB_NAME_RE.match(secret)
        and sum(len(p) >= 4 and _prec16_word(p) for p in secret.split("-")) >= 2
    ):
        # "key": "goog-k8s-cluster-name": a label or resource name of hyphen-joined pieces, two
        # or more of them dictionary words (generated tokens are not cut into words)
        return "label or resource name of hyphen-joined words, not a value"
    if rule.id == "generic-authorization-header" and _prec16_placeholder_pair(secret):
        # 'Authorization': 'token ZmFrZV9…' (a recorded request of a test): base64 of
        # fake_login:fake_password under a token scheme, the test's stand-in login
        return "base64 of a placeholder user:password (a test's stand-in login)"
    if len(secret) >= 16 and _prec16_encodes_words(secret):
        # mac_secret_base64='…' that decodes to "super duper secret": words standing in for a key
        return "base64 of English words (a stand-in for a key)"
    return None


def _prec16_encodes_words(value: str) -> bool:
    """Whether ``value`` is base64 of three or more lower-case words separated by spaces, most
    of them dictionary words and one naming the credential or calling it fake (``super duper
    secret``); key material does not decode to words."""
    raw = value.rstrip("=")
    if not raw or not raw.replace("+", "").replace("/", "").isalnum():
        return False
    text = b64_text(raw)
    if text is None:
        return False
    words = text.strip().split(" ")
    if len(words) < 3 or not all(w.isalpha() and w.islower() for w in words):
        return False
    # the words name the credential or call it fake (a passphrase such as "correct horse battery
    # staple" is a credential and stays reported)
    return (
        not _PREC16_STAND_IN_WORDS.isdisjoint(words)
        and sum(_prec16_word(w) for w in words) * 3 >= len(words) * 2
    )


def _prec16_placeholder_pair(value: str) -> bool:
    """Whether ``value`` is base64 of ``user:password`` that docs and tests use as a stand-in."""
    if len(value) < 8 or len(value) % 4 or not _B64_STD_RE.match(value):
        return False
    text = b64_text(value)
    return (
        text is not None
        and ":" in text
        and text.isprintable()
        and placeholder_basic_credentials(text)
    )


_PREC16_STAND_IN_WORDS = frozenset(
    "secret key token password passwd pass test fake dummy example sample demo placeholder".split()
)


def _prec16_word(piece: str) -> bool:
    """A dictionary word, or letters that read as English (``cluster``, ``duper``)."""
    return piece.isalpha() and (is_dictionary_word(piece) or english_score(piece) >= 1.0)


def _prec16_provider_reason(rule: Rule, secret: str, path: str | None) -> str | None:
    """Stand-ins in the body of a provider-format token (LaunchDarkly ``sdk-<uuid>``, GitLab
    ``glpat-…``) in SDK tests: a counting UUID, or a body of words that names the token."""
    if "-1234-" in secret and _PREC16_COUNTING_UUID_RE.search(secret) and _is_fixture_path(path):
        # sdk-12345678-1234-1234-1234-123456789012: the counting UUID of a test or docs value
        # (elsewhere left to the rule, like other counting filler: other scanners' rule examples
        # use such values as stand-ins for the format)
        return "counting-digit UUID (12345678-1234-…) in the token's body: a placeholder"
    at = secret.find("-")
    body = secret[at + 1 :] if 0 < at <= 8 else ""
    pieces = [p for p in _UNDERSCORE_DASH_RE.split(body) if p]
    if (
        len(pieces) >= 3
        and all(p.isalpha() and p.islower() for p in pieces)
        and all(_prec16_word(p) or len(p) <= 6 for p in pieces)
        and sum(_prec16_word(p) for p in pieces) >= 2
    ):
        # glpat-python-gitlab-token_: the token's body spells words (what it is for), not a
        # generated value
        return "token body made of words (names the token), a placeholder"
    return None


# Rounds 37 and 38 (web and proxy servers' sources, identity and SDK packages, secret stores): what
# a value's shape or its line says it is, judged for the generic rules.
# an RFC 2047 encoded word: =?UTF-8?B?0LzQvtC5…?= (a MIME header's non-ASCII text)
_PREC37_MIME_WORD_RE = lazy(r"^=\?[\w.-]{1,40}\?[BbQq]\?[^?\s]*\?=")
# a C identifier, and what follows a parameter's type: its name (maybe a pointer's) and , or )
# a parameter's type (a C++ one may end in a reference or pointer mark: QString&), then its name
# (after a pointer mark, with a SIP annotation: ( QString &password /In,Out/, …)
# a program's name (twadmin, git-annex, pg_ctl) and what follows it in a usage synopsis: an
# option in brackets ( [-m C|…], [--force])
_PREC37_COMMAND_NAME_RE = lazy(r"^[a-z][a-z0-9_.-]{1,40}$")
_PREC37_SYNOPSIS_AFTER_RE = lazy(r" \[--?[A-Za-z]")
_PREC37_IDENTIFIER_RE = lazy(r"^[A-Za-z_][\w:]{1,63}[&*]{0,2}$")
_PREC37_PARAMETER_AFTER_RE = lazy(
    r"[ \t]*[&*]{0,2}[ \t]*[A-Za-z_]\w{0,63}[ \t]*(?:/[\w,]+/[ \t]*)?(?:[,)]|$)"
    # or a pointer mark that ends the line, the name on the next (FilePasswd(PK11SlotInfo *)
    r"|[ \t]*[&*]{1,2}[ \t]*\r?\n?$"
)
# elliptic curves and key-exchange groups by name: edwards25519, x448, P-256, secp384r1, ffdhe2048
_PREC37_CURVE_RE = lazy(
    r"^(?:(?:edwards|curve|x|ed)(?:25519|448)|(?:nist)?p-?(?:192|224|256|384|521)"
    r"|sec[pt]\d{3}[rk]1|prime(?:192|256)v1|brainpoolp\d{3}[rt]1|ffdhe\d{4})$",
    re.I,
)
# a uuencoded line of 45 bytes: M and 60 characters from space to backquote
_PREC37_UUENCODED_LINE_RE = lazy(r"^M[\x20-\x60]{60}\r?$")


# Round 39 (backup, monitoring and security tools' sources; payment and crypto-currency SDKs): what
# a value's shape or its line says it is, judged for the generic rules.
# an identifier with an underscore called with a blank before its arguments (GNU style)
_PREC39_CALLEE_RE = lazy(r"^[A-Za-z_]\w{0,63}_\w{1,63}$")
_PREC39_SPACED_CALL_AFTER_RE = lazy(r"[ \t]+\(.*\)[ \t]*[;,)]?[ \t]*$")
# Lua's concatenation operator and a variable: "wrong password: "..combo)
_PREC39_LUA_CONCAT_RE = lazy(r"^\.\.[A-Za-z_][\w.:]{0,63}\)*$")
# the end of a regular expression literal (supplied./;) and what opens one before it
_PREC39_REGEX_END_RE = lazy(r"^[^/\s]{1,63}/[a-z]{0,4}[;),]{0,3}$")
_PREC39_REGEX_OPEN_RE = lazy(r"(?:[=!]~|[(,;]|\b(?:if|unless|m|qr|split))[ \t]*/[^/]*$")
# an SNMP MIB module's name: IANA-PWE3-MIB, SNMPv2-MIB
_PREC39_MIB_RE = lazy(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-MIB$")
# anonymous FTP's conventional passwords: a browser's or a tool's name and "@" (IEUser@)
_PREC39_ANON_FTP_RE = lazy(
    r"^-?(?:ieuser|wwwuser|mozilla|chrome|anonymous|anon|guest|nobody|user|ftp|wget|lftp)@$", re.I
)
# an iSCSI name: iqn.2006-01.com.openfiler:tsn.c8c0…, eui.02004567A425678D, naa.52004567BA64678D
_PREC39_ISCSI_NAME_RE = lazy(
    r"^(?:iqn\.\d{4}-\d{2}\.[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\S+)?|eui\.[0-9A-Fa-f]{16}"
    r"|naa\.[0-9A-Fa-f]{16}(?:[0-9A-Fa-f]{16})?)$"
)
# GOST R 34.10's signature algorithms by name (TLS cipher suites' authentication)
_PREC39_GOST_RE = lazy(r"^GOST_?R?_?34\.?10(?:[-_.]?(?:94|2001|2012|01))(?:[-_]?(?:256|512))?$")
# SASL mechanisms (AUTH=CRAM-MD5 in a capability list), with a pattern's | or ) after them
_PREC39_SASL_RE = lazy(
    r"^(?:CRAM-MD5|DIGEST-MD5|SCRAM-SHA-(?:1|256|512)(?:-PLUS)?|GSSAPI|GS2-KRB5|XOAUTH2?"
    r"|OAUTHBEARER|NTLM|EXTERNAL|ANONYMOUS|PLAIN|LOGIN)[|)]{0,2}$"
)
# an /etc/rpc line: a daemon's name, its RPC program number, its aliases
_PREC39_RPC_LINE_RE = lazy(r"^[a-z][\w-]{0,30}passwdd?[ \t]+[1-3]\d{5}(?:[ \t]+[\w \t-]*)?$")
# a placeholder for the password before the value (smbpass=<password> -p445 <host>)
_PREC39_PLACEHOLDER_BEFORE_RE = lazy(r"<[\w-]{0,20}(?:pass|pw)[\w-]{0,20}>[ \t]+$", re.I)
# an Ethereum (or other EVM chain's) address, 20 bytes; longer after a key naming an address
# (StarkNet's)
_PREC39_ADDRESS_HEX_RE = lazy(r"^0x[0-9a-fA-F]{40,64}$")
_PREC39_ADDRESS_KEY_RE = lazy(r"(?:address|addr|withdrawal_credentials)\W{0,4}$", re.I)
# a version specifier after a package's name (pyproject extras: "azure-identity>=1.4.0")
_PREC39_VERSION_AFTER_RE = lazy(r"(?:[<>]=?|[=!~]=)[ \t]{0,2}[0-9]")
# a PayPal order's id in its checkout link (…/checkoutnow?token=5O190127TN364715T)
_PREC39_PAYPAL_ORDER_RE = lazy(r"^(?:EC-)?[0-9A-Z]{17}$")


# the JWS and JWE algorithms registered with IANA (RFC 7518, RFC 8037, RFC 8812)
_JOSE_ALGS = frozenset(
    {"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "ES256K",
     "PS256", "PS384", "PS512", "EdDSA", "none", "RSA1_5", "RSA-OAEP", "RSA-OAEP-256", "A128KW",
     "A192KW", "A256KW", "dir", "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A256KW", "A256GCMKW",
     "PBES2-HS256+A128KW"}
)  # fmt: skip


def _is_jwt_header(value: str) -> bool:
    """Whether ``value`` is base64url of a JSON object naming a registered JWS or JWE ``alg`` (a
    token's header; a value that only looks like one names no such algorithm)."""
    header = b64_json_object(value)
    return header is not None and header.get("alg") in _JOSE_ALGS


# a pointer variable's declaration after its type: *C_user; (struct passwd *pw;)
_C_POINTER_DECL_RE = lazy(r"^\*{1,2}[A-Za-z_]\w{0,40}[;,)]?$")
_PASSWD_STRUCT_BEFORE_RE = lazy(r"\bstruct[ \t]+(?:passwd|spwd)[ \t]*$")
# an Info manual's cross-reference up to its node's name: *note pwd: (makeinfo's XREF nodes)
_INFO_XREF_BEFORE_RE = lazy(r"\*[Nn]ote[ \t\n]+[^:*]{1,60}:[ \t]*$")
# a reStructuredText role up to its content's backquote, at a word's start: :mdp:`, :py:class:`
_RST_ROLE_BEFORE_RE = lazy(r"(?:^|[\s(\[])(?::[A-Za-z][\w.+-]*){1,2}:`$")
# a field's name and a comparison operator, the operand left to the quote after it: GT!= (not
# ==, which ends base64's padding)
_COMPARISON_EXPR_RE = lazy(r"^[A-Za-z_][\w.]{0,15}(?:!=|<=|>=)$")
# the quoted operand after the operator ("alt", also escaped: \"alt\"), which a password ending in
# != before its closing quote ("Admin!=") does not have
_COMPARISON_OPERAND_AFTER_RE = lazy(r"""\\?(["'])[^"'\s\\]{1,40}\\?\1""")
# a VCF record's FILTER column that passed, then its first INFO field's name: <TAB>PASS<TAB>STR=
_VCF_FILTER_BEFORE_RE = lazy(r"\tPASS\t[A-Za-z_][\w.]{0,30}=$")
# a JVM type descriptor of a class (its ";" after it): Ljava/lang/String, [Landroid/os/Bundle
_JVM_DESCRIPTOR_RE = lazy(r"^L[a-z][\w$]*(?:/[\w$]+)+$")
# the name of an Apple Security framework constant before its value: kSecClassGenericPassword =
_KSEC_CONSTANT_BEFORE_RE = lazy(r"""\bkSec[A-Z]\w*["'\]]*[ \t]*[:=][ \t]*["']$""")
# "%(" and a variable's name, cut where a tuple goes on (, server)) or a call closes: the start of
# Python's % operator's operands, not a %(name)s placeholder
_PERCENT_TUPLE_RE = lazy(r"^%\([A-Za-z_][\w.]*$")
_PERCENT_TUPLE_AFTER_RE = lazy(r"[ \t]*(?:,|\)(?![a-zA-Z]))")
# Digest authentication's server response before its value: rspauth="…" (also JSON-escaped)
_RSPAUTH_BEFORE_RE = lazy(r"\brspauth=\\?\"?$", re.I)

# a property list's own file: Apple's .plist and the formats written as one (Xcode's source
# control checkouts and settings, entitlements, configuration profiles)
_PLIST_PATH_RE = lazy(r"\.(?:plist|xccheckout|xcsettings|entitlements|mobileconfig)$", re.I)
# a label of letters, maybe with a version and pieces after _ or - (aliyun_v4, AWS4, TC3-HMAC)
_KEY_LABEL_RE = lazy(r"^[A-Za-z]{2,}[0-9]?(?:[_-][A-Za-z0-9]{1,12}){0,3}$")
# after a literal's closing quote: a variable joined to it (.concat(secret), + secret)
_KEY_JOINED_AFTER_RE = lazy(r"[ \t]*(?:\.concat\([ \t]*|\+[ \t]*)[A-Za-z_$]")
# a SPICE netlist (ngspice's, LTspice's and Xyce's circuits)
_SPICE_PATH_RE = lazy(r"\.(?:sp|cir|spice|ckt|spi)$", re.I)
# a netlist's statement: a dot command (.subckt, .param), a control block's let, a continuation
_SPICE_STATEMENT_RE = lazy(r"^[ \t]*(?:\.[a-z]+\b|let\b|\+)", re.I)
# an NMEA 0183 sentence: ! or $, a talker and a type, comma-separated fields, *, the checksum
_NMEA_SENTENCE_RE = lazy(r"^[!$]([A-Z]{5},[^*\r\n]*)\*([0-9A-F]{2})[ \t\r]*$")
# a change log: ChangeLog, ChangeLog-2011, ChangeLog.2001, CHANGELOG.md
# (GCC keeps the FSF's older entries in FSFChangeLog, FSFChangeLog.10, …)
_CHANGELOG_PATH_RE = lazy(r"(?:^|/)(?:fsf)?changelog(?:[.-][\w.-]*)?$", re.I)
# an Expect script (DejaGnu's tests: GDB's, Binutils', GCC's testsuites)
_EXPECT_SCRIPT_PATH_RE = lazy(r"\.exp$", re.I)
# a makefile: Makefile, GNUmakefile, Makefile.in, Makefile.am, Makefile.unix, rules.mk (not
# Makefile.py or Makefile.txt)
_MAKEFILE_PATH_RE = lazy(
    r"(?:^|/)(?:GNU)?makefile(?:\.(?:in|am|inc|include|common|defs?|rules|local|config|unix"
    r"|linux|bsd|gnu|msc|vc|mingw|win|win32|w32|std|sub|top)(?:\.in)?)?$|\.mk$",
    re.I,
)
# a make rule's first line: targets at the line's start, one or two colons (not := or ::=), then
# prerequisites with no "=" (a target's own variable, deploy: PASSWORD = …, is an assignment)
_MAKE_RULE_LINE_RE = lazy(r"^[\w.%/$(){}@+-]+(?:[ \t]+[\w.%/$(){}@+-]+)*[ \t]*::?(?![=:])[^=#]*$")
# a line of ASCII85 data (characters ! to u, and z for four zero bytes), no blanks
_ASCII85_LINE_RE = lazy(r"[!-uz]{60,}\r?$")
# a Jenkins pipeline's file: Jenkinsfile, Jenkinsfile.release, deploy.jenkinsfile
_JENKINSFILE_PATH_RE = lazy(r"(?:^|/)(?:Jenkinsfile(?:\.[\w.-]+)?|[\w.-]+\.jenkinsfile)$", re.I)
# an element of a keyed archive (Interface Builder's .xib and .storyboard, NSKeyedArchiver's XML)
# whose key attribute names the property its content sets: <bool key="IBUIOpaque">YES</bool>
_ARCHIVE_KEY_BEFORE_RE = lazy(
    r"<(?:bool|boolean|string|int|integer|real|double|float|object|array|dictionary|reference"
    r"|nil|bytes|characters|point|rect|size)[ \t][^<>]*\bkey=\"$"
)

# a CircleCI status badge's image up to its token: circleci.com/gh/o/r.png?circle-token= (.svg)
_CIRCLECI_BADGE_BEFORE_RE = lazy(
    r"circleci\.com/(?:gh|bb|gh/[\w.-]+/[\w.-]+/tree)/[^\s?\"'()]*\.(?:png|svg)\?(?:[^\s\"'()]*&)?"
    r"circle-token=$",
    re.I,
)
# Oracle's imp/exp/rman read as a file name's extension before a path: .imp lib/
_ORACLE_TOOL_AS_EXTENSION_RE = lazy(
    r"\.(?:imp|exp|rman)[ \t]{1,5}[\"']?[A-Za-z][\w$#]{0,29}/$", re.I
)


def _b64_text_body(value: str) -> bool:
    """Whether ``value`` (no % escapes) is base64 of zero bytes, then printable ASCII text of a
    few words."""
    if "%" in value:
        return False
    raw = b64decode_any(value[: len(value) - len(value) % 4])
    text = raw.lstrip(b"\0") if raw is not None else b""
    return len(text) >= 16 and text.isascii() and text.decode().isprintable() and b" " in text


# the URI scheme of a WebDAV lock token (RFC 4918, appendix C)
_LOCK_TOKEN_SCHEME_BEFORE_RE = lazy(r"\bopaquelocktoken:\Z", re.I)
# a string comparison of a parsed word (an element of a tokens array) with a literal
_TOKEN_COMPARE_BEFORE_RE = lazy(
    r"\b(?:g_)?str(?:n|case|ncase)?cmp0?[ \t]*\([ \t]*[\w.>-]*tokens?\[[^\]\n]{1,12}\][ \t]*,[ \t]*\"\Z"
)
# an option's or a keyword's name: lower-case letters, digits, - and _
_KEYWORD_NAME_RE = lazy(r"^[a-z][a-z0-9_-]{0,31}$")
# a program of the passwd family (kpasswd, smbpasswd, chpasswd) and an arrow: a rename or a
# mapping as ChangeLogs write them
_PASSWD_PROGRAM_ARROW_BEFORE_RE = lazy(r"(?<![\w-])[a-z]+passwd[ \t]*->[ \t]*\Z")
# cmd.exe's substring of a variable, %NAME:~start,length%: the name's opening % and its colon
_BATCH_SUBSTRING_BEFORE_RE = lazy(r"%[A-Za-z_][\w#$@.-]*:\Z")
_BATCH_SUBSTRING_VALUE_RE = lazy(r"~-?\d{1,4}(?:,-?\d{1,4})?%")
# a Unity project's PlayStation package passcodes (ProjectSettings.asset), and what Unity fills
# them with: 32 letters and digits
_UNITY_PASSCODE_BEFORE_RE = lazy(
    r"(?<![\w-])(?:ps4|ps5|psp2)[A-Za-z]{0,12}Pass(?:code|word):[ \t]*\Z"
)
_UNITY_PASSCODE_RE = lazy(r"^[A-Za-z0-9]{32}$")
# an old Google Sheets link's document key: docs.google.com/spreadsheet/ccc?key=0AsDW-…, and
# the older host's spreadsheets.google.com/pub?key=pSGbbh… (a 2007 blog post in Horde's fixtures)
_SHEETS_KEY_BEFORE_RE = lazy(
    r"(?:docs\.google\.com\\?/spreadsheets?|spreadsheets\d?\.google\.com)"
    r"\\?/(?:ccc|pub|lv|viewform|embed)\?(?:[^\s\"'&]*&)*key=\Z"
)
# a Redash query's embed link (…/embed/query/98004/visualization/241985?api_key=…)
_REDASH_EMBED_BEFORE_RE = lazy(r"/embed/query/\d+/visualization/\d+\?(?:[^\s\"'&]*&)*api_key=\Z")
# ColdFusion's session id and token in a copied link (…ft_gateway.cfm?id=…&CFID=32233078&CFTOKEN=)
_CFTOKEN_BEFORE_RE = lazy(r"\bCFID=\d+(?:&amp;|&)CFTOKEN=\Z", re.I)
# a BSD-style checksum line up to its digest: MD5 (passwd.out) = , SHA256 (x.tar.gz) =
_BSD_CHECKSUM_BEFORE_RE = lazy(
    r"\b(?:MD5|SHA(?:1|224|256|384|512(?:/256)?)?|RMD160|BLAKE2[bs]?)[ \t]?\([^()\n]{1,200}\)"
    r"[ \t]*=[ \t]*\Z"
)
# grep and the word it looks for: "# grep PASS hpuxout32" (a test script: the file it reads)
_GREP_WORD_BEFORE_RE = lazy(r"\bgrep[ \t]+(?:-[A-Za-z]+[ \t]+)*[\"']?\w+[\"']?[ \t]+\Z", re.I)
# GnuPG's description of a key before its id: "4096 bit RSA key C94035C21B4F2AEB, created: …"
_PGP_KEY_ALGO_BEFORE_RE = lazy(
    r"\b(?:RSA|DSA|ECC|ECDSA|EdDSA|ElGamal|ELG|ed25519|cv25519|rsa\d{4})[ \t]+key[ \t]+\Z"
)
_PGP_KEY_ID_RE = lazy(r"^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$")


# generic values that what stands just before them on the line names: (a test of the value, a
# pattern that ends where the value starts, how far back it may start, the reason)
_CONTEXT_BEFORE_CHECKS: tuple[tuple[Callable[[str], object], LazyPattern, int, str], ...] = (
    # If: (<opaquelocktoken:f81de2ad-7f3d-a1b2-4f3c-00a0c91a9d76A>) (KIO's WebDAV notes, after
    # RFC 4918's examples): a lock's id in the URI scheme WebDAV made for it, not a credential
    (
        bool,
        _LOCK_TOKEN_SCHEME_BEFORE_RE,
        20,
        "a WebDAV lock token (opaquelocktoken:), a lock's id, not a credential",
    ),
    # } else if (g_strcmp0(tokens[0], "l2blksize") == 0) { (QEMU's cache plugin): a parsed
    # word compared with an option's name, not a token's value
    (
        _KEYWORD_NAME_RE.match,
        _TOKEN_COMPARE_BEFORE_RE,
        80,
        "a parsed word compared with a keyword (strcmp(tokens[0], …)), not a token",
    ),
    # back from kpasswd -> kadmin, and krb524 -> kdc (Heimdal's ChangeLog): a program's name, then
    # the one it became or was merged into, not a password
    (
        lambda v: v.isalpha() and v.islower(),
        _PASSWD_PROGRAM_ARROW_BEFORE_RE,
        40,
        "a program of the passwd family renamed (kpasswd -> kadmin), not a password",
    ),
    # if "%ORIGINAL_PWD:~-1%x" == "\x" (Leiningen's lein.bat): cmd.exe's substring of a variable
    # (its last character), an expression, not a password
    (
        _BATCH_SUBSTRING_VALUE_RE.match,
        _BATCH_SUBSTRING_BEFORE_RE,
        40,
        "a cmd.exe substring of a variable (%NAME:~-1%), not a password",
    ),
    # [pdf](https://dl.acm.org/ft_gateway.cfm?id=2488200&…&CFID=32233078&CFTOKEN=d60fe57a…)
    # (TensorFlow's FTRL docstring): the session a ColdFusion site gave whoever copied the link,
    # long over
    (
        bool,
        _CFTOKEN_BEFORE_RE,
        40,
        "a ColdFusion session token (CFID/CFTOKEN) in a copied link, a session long over",
    ),
    # docs.google.com/spreadsheet/ccc?key=0AsDW-iLj4J3… (a saved session in Firefox's Talos tests):
    # the id of the spreadsheet the link opens
    (
        bool,
        _SHEETS_KEY_BEFORE_RE,
        120,
        "a Google Sheets document's key in its link (the document's id), not a credential",
    ),
    # <iframe src="https://sql.telemetry.mozilla.org/embed/query/98004/visualization/241985?
    # api_key=…"> (Firefox's performance docs): a Redash query's key, made to embed its chart
    (
        bool,
        _REDASH_EMBED_BEFORE_RE,
        120,
        "a Redash query's embed key (shared to embed one chart), not an account's key",
    ),
    # ps4Passcode: d3hjjul8UhK6ZnQCEBYYQPozR9sQV066 (a Unity project's ProjectSettings.asset):
    # the PlayStation package passcode Unity generates for every new project
    (
        _UNITY_PASSCODE_RE.match,
        _UNITY_PASSCODE_BEFORE_RE,
        40,
        "the PlayStation package passcode Unity fills in for every project (ps4Passcode)",
    ),
    # by :mdp:`mts-level2-forces` every :mdp:`mts-level2-factor` (GROMACS' manual): a
    # reStructuredText role's content, whose name (mdp, French for password) is markup
    (
        bool,
        _RST_ROLE_BEFORE_RE,
        40,
        "a reStructuredText role's content (:mdp:`nstlist`), documentation markup",
    ),
    # static C_TLS struct passwd *C_user; (CHICKEN's POSIX unit): a C declaration of a pointer to
    # the passwd entry getpwnam returns, its variable's name, not a value
    (
        lambda v: v[:1] == "*" and _C_POINTER_DECL_RE.match(v),
        _PASSWD_STRUCT_BEFORE_RE,
        40,
        "a C declaration of a pointer to a passwd entry (struct passwd *pw;), not a value",
    ),
    # "4096 bit RSA key C94035C21B4F2AEB, created: 2017-03-14" (GnuPG's prompt, quoted in the
    # kernel's PGP guide): the id of an OpenPGP key, public by design
    (
        _PGP_KEY_ID_RE.match,
        _PGP_KEY_ALGO_BEFORE_RE,
        40,
        "an OpenPGP key's id after its algorithm (RSA key C940…), public by design",
    ),
    # MD5 (passwd.out) = 2c0199adf1b3e018c1945860f8372619 (md5's and shasum --tag's output, in
    # jc's fixtures): a file's digest, the file named in brackets
    (
        _HEX_DIGEST_RE.match,
        _BSD_CHECKSUM_BEFORE_RE,
        220,
        "a checksum line (MD5 (file) = digest), not a credential",
    ),
    # "# grep PASS hpuxout32" (Intel's decimal math library's test scripts): the word grep looks
    # for, then the file it reads
    (
        bool,
        _GREP_WORD_BEFORE_RE,
        60,
        "grep's pattern and the file it reads (grep PASS out.log), not a value",
    ),
    # See also: *note rmdir: XREFrmdir, *note pwd: XREFpwd (Octave's Info manual): a
    # cross-reference to the node of pwd, the command, not a password
    (
        lambda v: v.startswith("XREF"),
        _INFO_XREF_BEFORE_RE,
        80,
        "an Info manual's cross-reference (*note pwd: XREFpwd), not a value",
    ),
    # kSec2["kSecClassGenericPassword"] = "genp" (objection's agent): Apple's Security
    # framework's constants are four-letter codes (genp, inet, akpu), not values
    (
        lambda v: len(v) <= 4 and v.isalpha() and v.islower(),
        _KSEC_CONSTANT_BEFORE_RE,
        120,
        "an Apple Security framework constant's code (kSecClassGenericPassword = genp)",
    ),
    # Authentication-Info:nextnonce="…", qop=auth, rspauth="5e8518291c13…" (belle-sip's tests):
    # HTTP and SIP Digest's proof that the server knows the password, an MD5 (or SHA-256, RFC
    # 7616) of it with this request's nonces (RFC 2617, 3.2.3), as SASL DIGEST-MD5's rspauth
    (
        lambda v: len(v) in (32, 64) and _HEX_DIGEST_RE.match(v),
        _RSPAUTH_BEFORE_RE,
        12,
        "a Digest authentication's response digest (rspauth=…), not a credential",
    ),
)


def _prec39_shape_reason(
    rule: Rule,
    secret: str,
    line: str,
    span: tuple[int, int, int] | None,
    path: str | None = None,
) -> str | None:
    """Code, patterns, protocol names and public blockchain values read as a generic rule's value
    (found on round 39's backup, monitoring and security tools and payment and crypto SDKs)."""
    first = secret[:1]
    if first == "." and _PREC39_LUA_CONCAT_RE.match(secret):
        # stdnse.debug3("Account VALID, but wrong password: "..combo) (Nmap's scripts): a message
        # joined to a variable
        return "concatenation with a variable (Lua's ..), not a value"
    if secret.startswith((".*", ".+")):
        # sed '/^encryption_password = .*/d' (Burp's tests): a pattern's wildcard
        return "regular-expression wildcard, not a value"
    if "/" in secret and _PREC39_REGEX_END_RE.match(secret):
        at = _value_at(secret, line, span)
        if at > 0 and _PREC39_REGEX_OPEN_RE.search(line, 0, at):
            # next if /… no password supplied./; (a Perl script's patterns): the value runs to
            # the literal's closing slash
            return "end of a regular-expression literal, not a value"
    if first == "-":
        at = _value_at(secret, line, span)
        if at > 0 and _PREC39_PLACEHOLDER_BEFORE_RE.search(line, 0, at):
            # --script-args smbpass=<password> -p445 <host> (Nmap's usage lines): the next
            # option after a placeholder
            return "command-line option after a placeholder, not a value"
    if secret.endswith("@") and _PREC39_ANON_FTP_RE.match(secret):
        # #define FTPPASS "-wwwuser@", … or "IEUser@" (Nmap): the e-mail-like password that
        # anonymous FTP asks for by convention
        return "anonymous FTP's conventional password, not a secret"
    if "(" not in secret and (secret.endswith(("*/", ")")) or ")" in line):
        at = _value_at(secret, line, span)
        end = at + len(secret)
        closes = secret.rstrip("*/").endswith(")") or line[end : end + 1] == ")"
        if at > 0 and line[at - 1] == "(" and closes:
            # plain text password(128byte)*/ (pgpool-II's headers): a note in parentheses
            return "note in parentheses after the word, not a value"
    if (
        (first.isalpha() or first == "_")
        and "_" in secret
        and _PREC39_CALLEE_RE.match(secret)
        and (at := _value_at(secret, line, span)) >= 0
        and _PREC39_SPACED_CALL_AFTER_RE.match(line, at + len(secret))
    ):
        # pw_lenx = make_u32x (arr[il_pos].pw_len); key[0] = hc_swap32_S (w0[0]); (hashcat's
        # OpenCL kernels): a call written with a blank before its arguments
        return "function call (a blank before its arguments), not a value"
    if secret.endswith("-MIB") and _PREC39_MIB_RE.match(secret):
        # 5601	PW-STD-MIB:IANA-PWE3-MIB (Net-SNMP's rfclist): an SNMP MIB module's name
        return "SNMP MIB module name, not a value"
    if secret[:4] in ("iqn.", "eui.", "naa.") and _PREC39_ISCSI_NAME_RE.match(secret):
        # <table key="iqn.2006-01.com.openfiler:tsn.c8c08cad469d"> (Nmap's iscsi-info output):
        # an iSCSI target's name
        return "iSCSI name (iqn., eui., naa.), not a credential"
    if first == "G" and _PREC39_GOST_RE.match(secret.upper()):
        # server_auth = "GOSTR341094" (Nmap's TLS cipher-suite table): a signature algorithm
        return "name of a GOST signature algorithm, not a value"
    if first in "CDSGXONEAPL" and _PREC39_SASL_RE.match(secret):
        # AUTH=CRAM-MD5| (Nmap's service probes): a SASL mechanism's name
        return "SASL mechanism name, not a value"
    if secret.isdigit():
        if 60 <= len(secret) <= 78:
            # "token": "46235703925185836960484608024734446969378108670784413458211837874003718039438"
            # (ccxt's prediction-market responses): a 256-bit integer (78 digits at most), an
            # ERC-1155 token's id
            return "256-bit integer (a token id or an amount), not a credential"
        if "passwd" in line and _PREC39_RPC_LINE_RE.match(line.strip()):
            # lprpasswd	300729 (Nmap's nmap-rpc, /etc/rpc): an RPC program's number
            return "RPC program number (an /etc/rpc line), not a password"
        at = _value_at(secret, line, span)
        if at > 0 and line[at - 1] in "\"'" and _NUMBER_LIST_TAIL_RE.match(line, at + len(secret)):
            # "…%2F4DNFI9IIO5PW.hic": "1077740364,37769" (igv.js's index of 4DN's Hi-C files: a
            # file's offset and length, under a name whose accession ends in PW): a quoted list
            # of numbers, which the value's comma cuts, not a password
            return "the first of a quoted list of numbers (1077740364,37769), not a password"
        if at == 30 - len(secret) and line[8:10] == "= " and _FITS_KEYWORD_RE.match(line):
            # MDP_CLK =           2342415558 (a FITS header in sunpy's test data: SOHO/MDI's
            # clock): a FITS card, an 8-column keyword, "= " and a number that ends in column 30
            return "a FITS header card's number (KEYWORD = … in column 30), not a password"
    if first == "0" and secret[1:2] in ("x", "X"):
        at = _value_at(secret, line, span)
        key_names_address = at > 0 and _PREC39_ADDRESS_KEY_RE.search(line, max(0, at - 40), at)
        if _PREC39_ADDRESS_HEX_RE.match(secret) and (
            key_names_address or (rule.id == "generic-token" and len(secret) == 42)
        ):
            # "tokenAddress": "0xFd08…", "token": "0x680d…" (an ERC-20 token's contract in
            # ccxt's responses), "l2_token_address": "0x6f37…" (StarkNet): public addresses
            return "blockchain address (public), not a credential"
    if (
        rule.id == "generic-query-credential"
        and "zoom.us/" in line
        and (at := _value_at(secret, line, span)) >= 4
        and line[at - 4 : at] == "pwd="
    ):
        # [Jovyan Zoom](https://zoom.us/j/95228013874?pwd=Ep7HIk8t9JP6VToxt1Wj4P7K5PshC0.1)
        # (Jupyter's READMEs): a meeting invitation's passcode, sent to every invitee
        return "Zoom meeting link's passcode (an invitation), not a credential"
    if rule.generic:
        for accepts, before, reach, reason in _CONTEXT_BEFORE_CHECKS:
            if (
                accepts(secret)
                and (at := _value_at(secret, line, span)) > 0
                and before.search(line, max(0, at - reach), at)
            ):
                return reason
    if (
        first == "0"
        and rule.generic
        and len(secret) == 7
        and secret.isdigit()
        and (at := _value_at(secret, line, span)) >= 3
        and line[at - 3 : at] == "PW:"
        and not line[at - 4 : at - 3].isalnum()
    ):
        # id: PW:0001002 (the Pathway Ontology in EMBOSS's OBO files): an ontology term's
        # compact id, its prefix and seven zero-padded digits, as GO:0008150 is
        return "an ontology term's id (PW:0001002, the Pathway Ontology), not a password"
    if (
        rule.generic
        and _COMPARISON_EXPR_RE.match(secret)
        and (at := _value_at(secret, line, span)) >= 0
        and _COMPARISON_OPERAND_AFTER_RE.match(line, at + len(secret))
    ):
        # bcftools +gvcfz -g'PASS:GT!="alt"' (bcftools' plugin help): a filter expression, a
        # field's name and the comparison that the quoted operand completes
        return 'a filter expression\'s comparison (GT!="alt"), not a value'
    if (
        rule.generic
        and (at := _value_at(secret, line, span)) >= 6
        and _VCF_FILTER_BEFORE_RE.search(line, max(0, at - 40), at)
    ):
        # 1<TAB>3184885<TAB>id10<TAB>…<TAB>PASS<TAB>STR=id10;AN=4 (bcftools' test VCFs): a
        # variant's FILTER column (it passed) and its first INFO field, not a password
        return "a VCF record's FILTER (PASS) and INFO field, not a password"
    if (
        first == "L"
        and rule.generic
        and (
            (secret[-1] == ";" and _JVM_DESCRIPTOR_RE.match(secret[:-1]))
            or (
                _JVM_DESCRIPTOR_RE.match(secret)
                and (at := _value_at(secret, line, span)) >= 0
                and line[at + len(secret) : at + len(secret) + 1] == ";"
            )
        )
    ):
        # "Lcom/android/server/LockSettingsService;-setLockPassword-(Ljava/lang/String; I)V"
        # (androguard's permission maps): a method's signature, its parameter's JVM type;
        # GetFieldID(…, "secret_key", "Ljava/lang/String;") (HDF5's JNI): a field's type
        return "a JVM type descriptor (Ljava/lang/String;), not a value"
    if (
        first == "%"
        and rule.generic
        and _PERCENT_TUPLE_RE.match(secret)
        and (at := _value_at(secret, line, span)) > 0
        and line[at - 1] in "\"' "
        and _PERCENT_TUPLE_AFTER_RE.match(line, at + len(secret))
    ):
        # getpass("%s@%s's password: "%(username, server)) (pyzmq's SSH tunnel): the prompt's
        # string ends and Python's % operator fills it from a tuple of variables
        return 'Python\'s % operator applied to variables ("…" % (user, host)), not a value'
    if (
        first == "z"
        and rule.generic
        and (at := _value_at(secret, line, span)) >= 8
        and line[at - 8 : at] == "did:key:"
    ):
        # expectValid('did:key:zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4ZYjeXqwSKEn6N') (the AT
        # Protocol's tests): a did:key identifier, a public key in multibase (z: base58btc)
        return "a did:key identifier (a public key in multibase), public"
    if first == "e" and secret.startswith("eyJ") and "." not in secret and _is_jwt_header(secret):
        # access_token="eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9" (Pinecone's docstrings): only a
        # JWT's header, {"alg": "RS256", "typ": "JWT"}, without claims or a signature
        return "a JWT's header alone (no claims, no signature), not a token"
    if (
        rule.id == "generic-authorization-header"
        and secret[:1].isupper()
        and secret.isalpha()
        and _is_camel_name(secret)
    ):
        # """Test basic PromptsAsTools functionality.""" (FastMCP's tests): "basic" the adjective
        # and a class's name
        return "a CamelCase name after the word, not a token"
    if (
        rule.generic
        and f"<key>{secret}</key>" in line
        and (
            _is_camel_name(secret)
            or (
                "." in secret
                and _PREC141_MEMBER_NAME_RE.match(secret)
                and _prec141_member_reads(secret.rsplit(".", 1)[1])
            )
            or _is_plist_file(path)
        )
    ):
        # <key>openTypeOS2WeightClass</key> (a UFO font's fontinfo.plist, in fontTools's tests):
        # a property list's key, the name of the value in the element after it, whatever it
        # reads as in a property list's own file (<key>74dad513-…++2595</key>, an Xcode
        # .xccheckout's working copy); <key>DJTechCDJ101.jogtouch</key> (Mixxx's controller
        # mappings): the script function a control calls, an object's member
        return "a <key> element's name (a property list's key, a script's member), not a value"
    if (
        rule.generic
        and len(secret) == 36
        and _UUID_LAYOUT_RE.match(secret)
        and _is_jenkinsfile(path)
    ):
        # def JENKINS_SSH_KEY = '35cefd32-dd99-41b0-8312-0b386df306ff' (Jami's Jenkinsfile, for
        # sshagent(credentials: [JENKINS_SSH_KEY])): the id Jenkins gave a stored credential
        # (a random UUID unless named); the pipeline passes ids, Jenkins keeps the secrets
        return "a Jenkins credentials id (a UUID in a Jenkinsfile), the secret stays in Jenkins"
    if (
        rule.generic
        and (at := _value_at(secret, line, span)) >= 5
        and line[at - 5 : at] == 'key="'
        and _ARCHIVE_KEY_BEFORE_RE.search(line, max(0, at - 200), at)
    ):
        # <bool key="IBUIClipsSubviews">YES</bool> (an Interface Builder .xib, pjproject's iOS
        # apps): a keyed archive's element names the property its content sets
        return 'a keyed archive\'s property name (<bool key="…">), not a value'
    if "-" in secret or secret.isalpha():
        at = _value_at(secret, line, span)
        if at >= 0 and _PREC39_VERSION_AFTER_RE.match(line, at + len(secret)):
            # secrets-azure = ["azure-identity>=1.4.0", …] (ZenML's pyproject.toml extras): a
            # package's name and its version specifier
            return "package requirement (a name and a version), not a value"
    if (
        rule.id == "generic-query-credential"
        and "paypal.com/" in line
        and _PREC39_PAYPAL_ORDER_RE.match(secret)
    ):
        # https://www.sandbox.paypal.com/checkoutnow?token=3MY95906MP2707106 (PayPal's SDKs'
        # READMEs): the checkout link's token is the order's id, shown to the buyer
        return "PayPal order id in a checkout link, not a credential"
    return None


# what an editor writes where they cut a value out: auth=05f3a50e8f7<deleted>063
_PREC42_CUT_MARK_AFTER_RE = lazy(
    r"[<\[(](?:deleted|redacted|removed|snip|snipped|truncated|hidden|masked|elided|omitted)"
    r"[>\])]",
    re.I,
)
# a substitution's replacement starting with a back-reference: s/(pwd|password)=\w+/$1$2=<pwd>/i
_PREC42_BACKREF_RE = lazy(r"^(?:\$|\\)[0-9{][^\s]{0,60}$")
_PREC42_SUBSTITUTION_RE = lazy(r"(?:^|[\s;({=~])s[/|#,!][^\s]")
# a printf conversion with a width or a length modifier at the start: %010llx, %08x, %lu
_PREC42_PRINTF_RE = lazy(
    r"^%[-+ #0]*(?:\d+(?:ll|l|h|hh|z|j|t)?|(?:ll|l|h|hh|z|j|t))[diouxX](?![A-Za-z0-9])"
)
# a DNSSEC key's tag and algorithm, as BIND's logs and documentation write it: 10376/ECDSAP256SHA256
_PREC42_DNSSEC_KEY_RE = lazy(
    r"^\d{1,5}/(?:RSAMD5|DSA|RSASHA1|NSEC3RSASHA1|RSASHA256|RSASHA512|ECDSAP256SHA256|"
    r"ECDSAP384SHA384|ED25519|ED448)$"
)
# a PKCS #11 token label without the pkcs11: scheme, and the attributes after it (BIND's engine
# labels: token=softhsm2-enginepkcs11;object=…)
_PREC42_TOKEN_LABEL_BEFORE_RE = lazy(r"\btoken=$", re.I)
_PREC42_PKCS11_AFTER_RE = lazy(r"[\"']?;(?:object|id|slot-id|pin-source|pin-value)=")
# one word in title case (a capital, then small letters): a translated label, Uwierzytelnianie
_PREC42_TITLE_WORD_RE = lazy(r"^[A-Z][a-z]{9,}$")


def _prec42_shape_reason(
    rule: Rule, secret: str, line: str, span: tuple[int, int, int] | None
) -> str | None:
    """Cut-down values, substitutions, format conversions, labels and names read as a generic
    rule's value (found on rounds 42, 43 and 45: home-automation, telephony and camera software;
    commerce and CMS packages; DNS, NTP and version-control servers)."""
    at = _value_at(secret, line, span)
    if (at >= 0 and _PREC42_CUT_MARK_AFTER_RE.match(line, at + len(secret))) or (
        ("<" in secret or "[" in secret or "(" in secret)
        and _PREC42_CUT_MARK_AFTER_RE.search(secret)
    ):
        # "credentials": "auth=05f3a50e8f7<deleted>063" (ZoneMinder's API docs): the writer cut
        # the value and marked the cut (after the value, or inside a quoted value read up to its
        # closing quote); what is left is not the credential
        return "value with a part cut out (<deleted>, [redacted]), not the credential"
    if (
        secret[:1] in "$\\"
        and _PREC42_BACKREF_RE.match(secret)
        and at > 0
        and _PREC42_SUBSTITUTION_RE.search(line, 0, at)
    ):
        # s/(&|\?)(pwd|password)=\w\w*(&|\?)/$1$2=<pwd>$3/i (ZoneMinder's zmcamtool): the
        # replacement of a sed or Perl substitution, its back-references
        return "back-reference in a substitution's replacement ($1, \\1), not a value"
    if (
        secret.count(":") >= 2
        and at >= 2
        and line[at - 1] in "'\""
        and line[at - 2] == "("
        and _is_namespaced_name(secret)
    ):
        # payment.order.tagged_secret('plugins:paypal2:pay') (pretix): a derived value's
        # namespaced purpose, passed to the call that computes it
        return "namespaced name passed to a call (plugins:paypal2:pay), not a value"
    if secret[:1] == "%" and _PREC42_PRINTF_RE.match(secret):
        # <td data-sortkey='%010llx(iContact)'> (Fossil's web pages, a C format string): where a
        # number goes
        return "printf conversion (%010llx) where a value goes, not a value"
    if secret[:1].isdigit() and "/" in secret and _PREC42_DNSSEC_KEY_RE.match(secret):
        # "Signing with key 10376/ECDSAP256SHA256" (BIND's logs and DNSSEC guide): a key's tag
        # and algorithm, which name a public DNSKEY
        return "DNSSEC key tag and algorithm (names a public key), not a secret"
    if (
        at >= 6
        and _PREC42_PKCS11_AFTER_RE.match(line, at + len(secret))
        and _PREC42_TOKEN_LABEL_BEFORE_RE.search(line, at - 6, at)
    ):
        # -l "token=softhsm2-enginepkcs11;object=…;pin-source=…" (BIND's tests): a PKCS #11
        # token's label; the PIN is the secret
        return "label of a PKCS #11 token (token=…;object=…), not a credential"
    if rule.id == "generic-cli-token-option" and "softhsm2-util" in line[:at]:
        # softhsm2-util --delete-token --token "softhsm2-enginepkcs11" (BIND's tests): SoftHSM's
        # --token takes the token's label; its --pin and --so-pin are the secrets
        return "label of a SoftHSM token (softhsm2-util --token LABEL), not a credential"
    family = _RULE_FAMILY.get(rule.id)
    if family in ("auth", "token", "key") and _PREC42_TITLE_WORD_RE.match(secret):
        vowels = sum(c in "aeiouy" for c in secret.lower())
        if 0.25 <= vowels / len(secret) <= 0.65:
            # "settings.security.auth":"Uwierzytelnianie" (homebridge-config-ui-x's Polish
            # strings): a label is one word written so; a generated key or token does not keep
            # its capitals to the first letter
            return "a word in title case (a label, maybe in another language), not a credential"
    return None


# a label and a printf conversion after it: ext:%s (wpa_supplicant writes password=ext:<name>)
_PREC46_LABEL_PRINTF_RE = lazy(
    r"^[a-z][a-z0-9_-]{1,15}:%[sdu]$"
    # or a field's name, = and its conversion: stack_size=0x%lx (gprofng's debug output)
    r"|^[a-z][a-z0-9_]{1,30}=(?:0x)?%[-+ #0]*\d{0,3}(?:\.\d{1,3})?(?:ll|l|hh|h|z|j|t)?[diouxXsp]$"
)
# a gtk-doc reference to a constant (%TRUE, %NM_UTILS_NSEC_PER_SEC/1000), maybe ending a sentence
_PREC46_GTKDOC_CONSTANT_RE = lazy(r"^%([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?:/\d{1,6})?[.,;:)]?$")
# the "|" or "||" between a version constraint's alternatives, with or without spaces
_PREC46_ALTERNATIVES_RE = lazy(r"[ \t]*\|\|?[ \t]*")
# a locale whose region is Palau (en_PW, pt-PW), quoted as a key: the parent-locale tables
_PREC46_PALAU_LOCALE_KEY_RE = lazy(
    r"""["'][a-z]{2,3}(?:[_-][A-Z][a-z]{3})?[_-]PW["'][ \t]*(?:=>|:)[ \t]*["']$"""
)
_PREC46_LOCALE_RE = lazy(r"^[a-z]{2,3}(?:[_-](?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3}))*$")
# a URN up to the key's colon: urn:oasis:names:tc:SAML:2.0:ac:classes:InternetProtocolPassword:
_PREC46_URN_BEFORE_RE = lazy(r"\burn:[\w.-]+(?::[\w.-]+)*:$", re.I)
# a JSON key that is a file's path ("src/token.rs":) right before the value; a bare name with a
# dot may be a host ("github.com": "<40 hex>" in Composer's auth.json is a token)
_PREC46_FILE_KEY_BEFORE_RE = lazy(r'"(?:[\w.+-]+/)+[\w.+-]+"[ \t]*:[ \t]*"$')
_PREC46_HEX_DIGEST_RE = lazy(r"^(?:[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$")
# a reserved C identifier: two underscores, then snake_case (__builtin_ia32_loadiwkey)
_PREC46_RESERVED_IDENT_RE = lazy(r"^__[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
# a constant's name that ends in a GUID (_SA_{262E99C9-…}, MICROSOFT_PCP_KSP_RSA_SEAL_KEY_3BD1…)
_PREC46_GUID_NAME_RE = lazy(
    r"^_?[A-Z][A-Z0-9_]*_\{?[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}?$"
)
# a make rule for an object file (fzsftp-ssh2userauth.o: ssh2userauth.c): its prerequisites follow
_PREC46_OBJECT_RULE_RE = lazy(r"^[\w./$(){}@+-]+\.(?:o|obj|lo|la|a|so)[ \t]*:(?![=:])")
# "pwd" as the last piece of a path or a namespaced function's name, right before the value:
# (autoload 'eshell/pwd "em-dirs") (Emacs), /bin/pwd
_PREC46_SLASH_PWD_BEFORE_RE = lazy(r"[\w-]/pwd[\"']?[ \t]+[\"']$")
# a Google Analytics property id: Universal Analytics' UA-<account>-<property>, GA4's G-<id>
_PREC46_GA_ID_RE = lazy(r"^(?:UA-\d{4,10}-\d{1,4}|G-[A-Z0-9]{8,12})$")
# a BIP-32 extended public key (xpub, tpub; SLIP-132's ypub, zpub, …): base58check, 111 characters
_PREC46_XPUB_RE = lazy(r"^[xtyzuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{106,108}$")


def _prec46_shape_reason(secret: str, line: str, span: tuple[int, int, int] | None) -> str | None:
    """Format strings, documentation markup, names and example tokens read as a generic rule's
    value (found on rounds 46 to 53: chat and federated-social servers, SDKs and bots; Wi-Fi,
    network and keyring software; identity providers and their SDKs; wallet libraries; Rust's
    vendored crates; CRM and business-app SDKs; model-provider SDKs; editors; Java servers)."""
    first = secret[:1]
    if secret[1:4] == "pub" and _PREC46_XPUB_RE.match(secret):
        # key_str = "xpub6ASuArnXKPbf…" (bip_utils' and hdwallet's docs): an extended public key,
        # which derives addresses and no private key; its xprv is the secret
        # (bip32-extended-private-key)
        return "BIP-32 extended public key (xpub…), public by design"
    if "\x1b" in secret:
        # passwordreset: \x1b[33;3;2m[test/…]\x1b[0m (a test run's log): a terminal's colour
        # escape; no credential holds the ESC control character
        return "terminal escape sequence (ESC[…m), not a value"
    if not secret.isprintable() and _CONTROL_CHAR_RE.search(secret):
        # (identified by _\bf_\br_\bo_\bm) (FoxEye's nroff output: underlining by backspace
        # overstrike), "Node: pwd invocation\x7f486174" (an Info file's tag table): no credential
        # holds a control character either
        return "control characters (overstrike, a tag table's DEL), not a value"
    if (first == "_" and _PREC46_RESERVED_IDENT_RE.match(secret)) or (
        "-" in secret and _PREC46_GUID_NAME_RE.match(secret)
    ):
        # "llvm.aarch64.sve.sm4ekey" => "__builtin_sve_svsm4ekey_u32" (rustc's GCC backend): a
        # compiler builtin's name; SERVICE_ACCOUNT_PASSWORD = "_SA_{262E99C9-…}" (winapi): the
        # name Windows stores a service account's password under; TPM_RSA_SRK_SEAL_KEY =
        # "MICROSOFT_PCP_KSP_RSA_SEAL_KEY_3BD1C4BF-…" (windows-sys): a key container's name
        return "reserved identifier or a name built on a GUID, not a value"
    if (
        first in "UG"
        and "-" in secret[1:3]
        and _PREC46_GA_ID_RE.match(secret)
        and (first == "U" or any(w in line.lower() for w in ("analytics", "gtag", "measurement")))
    ):
        # "googleAnalyticsDevPortalKey":"UA-3776042-31" (a recorded Xero page), GA4's
        # GA_MEASUREMENT_KEY = "G-…": the property id every tracked page sends, public by design
        return "Google Analytics property id (UA-…, G-…), public in every tracked page"
    if "." in secret and line[:1] not in " \t" and _PREC46_OBJECT_RULE_RE.match(line):
        # fzsftp-ssh2userauth.o: ssh2userauth.c (FileZilla's automake Makefile.in): an object
        # file's rule, named after a source file, and the source it is built from
        return "prerequisite of a make rule (x.o: x.c), not a value"
    at = _value_at(secret, line, span)
    if at > 5 and _PREC46_SLASH_PWD_BEFORE_RE.search(line, max(0, at - 60), at):
        # (autoload 'eshell/pwd "em-dirs") (Emacs): the pwd command as Eshell's function, and
        # the library that defines it
        return "the pwd command or a function named after it (eshell/pwd), not a password"
    if (
        at > 4
        and len(secret) in (40, 64, 128)
        and _PREC46_HEX_DIGEST_RE.match(secret)
        and _PREC46_FILE_KEY_BEFORE_RE.search(line, max(0, at - 300), at)
    ):
        # {"files":{"src/token.rs":"43e56a70…", …}} (Cargo's vendored .cargo-checksum.json):
        # the SHA-256 of the file its key names
        return "a file's digest under the file's path, not a credential"
    if first == "}" and at > 0 and line.rfind("{", 0, at) > line.rfind("}", 0, at):
        # c_children["{urn:…:InternetProtocolPassword" "}Extension"] (pysaml2's generated
        # classes): the end of an XML name in Clark notation, {namespace}LocalName
        return "XML name in Clark notation ({namespace}Name), not a value"
    if at > 4 and line[at - 1] == ":" and _PREC46_URN_BEFORE_RE.search(line, max(0, at - 200), at):
        # "The urn:oasis:names:tc:SAML:2.0:ac:classes:InternetProtocolPassword:Length
        # element" (pysaml2): the key is a piece of a URN and the value the next piece
        return "a piece of a URN (urn:…:Password:Length), not a value"
    if (
        first.islower()
        and at > 6
        and _PREC46_LOCALE_RE.match(secret)
        and _PREC46_PALAU_LOCALE_KEY_RE.search(line, max(0, at - 20), at)
    ):
        # "en_PW": "en_001" (Symfony's parents.json, CLDR): the parent of the English
        # locale of Palau, whose ISO code PW reads as a password's abbreviation
        return "parent locale of a Palau locale (en_PW), not a password"
    if first == "%":
        m = _PREC46_GTKDOC_CONSTANT_RE.match(secret)
        if m and ("_" in m.group(1) or m.group(1) in ("TRUE", "FALSE", "NULL")):
            # "set to %TRUE." (evolution-data-server), "pass %NM_UTILS_NSEC_PER_SEC/1000."
            # (NetworkManager): gtk-doc's mark for a constant's name in a doc comment
            return "gtk-doc reference to a constant (%TRUE, %NAME_OF_CONSTANT), not a value"
    elif "%" in secret and _PREC46_LABEL_PRINTF_RE.match(secret):
        # fprintf(f, "\tpassword=ext:%s\n", …) (wpa_supplicant's config writer): a fixed label,
        # then the name filled in at run time; "…unwind_key_init: stack_size=0x%lx eos=%p"
        # (Binutils' gprofng): a field's name and the conversion that prints its number
        return "a label and a printf conversion (ext:%s, size=0x%lx), filled in at run time"
    if "." in secret and len(secret) >= 20:
        head = secret.split(".", 1)[0]
        text = b64_text(head) if len(head) >= 12 else None
        if text is not None and text.isprintable() and "example" in text.lower():
            # const myAccessToken = "QGV4YW1wbGU6bG9jYWxob3N0.qPEvLuYfNBjxikiCjP" (matrix-js-sdk's
            # README): the token's first piece is base64 of "@example:localhost", its user
            return "token built on an example name (its first piece encodes example…)"
    return None


# a call that hashes or signs its argument, open before a key name: hmac!MD5 (, sha256(
_DIGEST_CALL_BEFORE_RE = lazy(
    r"(?:hmac|hash|digest|sha\d*|md5|sign|encrypt)\w*(?:![A-Za-z0-9_]+)?[ \t]*\([ \t]*$", re.I
)
# the end of a GNU ChangeLog entry's list of changed names, then "Pass": "(libgcc.mk): Pass "
_CHANGELOG_ENTRY_PASS_BEFORE_RE = lazy(r"[)>]:[ \t]+pass[ \t]+$", re.I)
# the C0 control characters but the blanks (tab, newline, vertical tab, form feed, return), and DEL
_CONTROL_CHAR_RE = lazy(r"[\x00-\x08\x0e-\x1f\x7f]")
# "pass" the verb, after its subject, a modal or "to": "so we pass QMatrix4x4", "need to pass:"
_PREC60_PASS_VERB_BEFORE_RE = lazy(
    r"\b(?:we|you|i|they|to|will|can|must|should|shall|may|cannot|could|would|then)"
    r"[ \t]+pass[ \t]*:?[ \t]*$",
    re.I,
)
# CMake's foreach(<loop variable> <items>): FOREACH (PW _iqt;Qwt)
_PREC60_FOREACH_BEFORE_RE = lazy(r"\bforeach[ \t]*\([ \t]*\w+[ \t]+$", re.I)


# two or more runs of separators, as a label key spells them (a fuzzer's "1d3-7-fP81.-.9Vdx.TB_M")
_PREC62_SEPARATOR_RUN_RE = lazy(r"[-_.]{2,}")
# the first piece of a PHP class's namespace path (?Symfony\Component\…): an optional mark, then
# a capitalised name, then backslashes before the next capitalised name
_PREC64_CLASS_PIECE_RE = lazy(r"^\??[A-Z][A-Za-z0-9]{1,40}$")
_PREC64_NAMESPACE_AFTER_RE = lazy(r"(?:\\{1,2}[A-Z][A-Za-z0-9]*){2,}")
# a Bazel label up to the target's name: "//pkg/volume/secret:all-srcs"
_PREC62_BAZEL_LABEL_BEFORE_RE = lazy(r"""["'](?:@[\w.-]*)?//[\w./+-]*:$""")
# a pointer to a built-in or qualified type: password *uint16 (Go's //sys directives)
_PREC62_POINTER_TYPE_RE = lazy(
    r"^\*{1,2}(?:u?int(?:8|16|32|64)?|byte|rune|string|bool|float(?:32|64)|uintptr|char|void"
    r"|[a-z]\w*\.[A-Z]\w*)[),]?$"
)
# a comment after the value that calls it fake: Password: "squash", // Fake value for testing.
# a comment after a value that is only a noun phrase ending in id: "// your customer id",
# "# the tenant's ID"
_ID_COMMENT_AFTER_RE = lazy(
    r"""["'`]?[ \t]*[,;)]*[ \t]*(?://|#)[ \t]*(?:(?:your|the|a|an|our|my)[ \t]+)?"""
    r"""(?:[A-Za-z]+(?:'s)?[ \t]+){0,2}(?:id|uuid|identifier)[ \t]*\.?[ \t]*$""",
    re.I,
)
_PREC62_FAKE_COMMENT_AFTER_RE = lazy(
    r"""["'`]?[ \t]*[,;)]*[ \t]*(?://|#|/\*|--)[^\n]{0,40}?"""
    r"""\b(?:fake|dummy|bogus|not[ \t]+(?:a[ \t]+)?real)\b""",
    re.I,
)


# "Public Key Token: 30b3f489250b41bd", <map Token="…" PublicKey="…">: a .NET strong name's token,
# the hash of a public key, before the value or as a sibling attribute after it
_PREC67_PUBLIC_KEY_TOKEN_BEFORE_RE = lazy(
    r"public[ \t_-]?key[ \t_-]?token[\"']?[ \t]*[:=]?[ \t]*[\"']?$", re.I
)
_PREC67_PUBLIC_KEY_AFTER_RE = lazy(r"""["'][ \t]+PublicKey[ \t]*=[ \t]*["'][0-9a-fA-F]{32}""")


# a constructor of Telegram's TL schema: name#crc32 field:Type … = Result;
_PREC70_TL_CONSTRUCTOR_RE = lazy(r"^[a-z][\w.]*#[0-9a-f]{1,8}[ \t]")


# Buildbot's Interpolate: %(secret:db_pwd)s names a stored secret (also prop:, kw:, src:, worker:)
_PREC77_INTERPOLATE_BEFORE_RE = lazy(r"%\((?:secret|prop|kw|src|worker):$")
_PREC77_NAME_CLOSES_RE = lazy(r"[\w./|-]+\)s")
_PREC77_KWARG_RE = lazy(r"[A-Za-z_]\w*=\w+\)")
# a string literal type in a union: pass: 'opaque' | 'translucent' | 'shadow' (TypeScript)
_PREC80_UNION_AFTER_RE = lazy(r"""["'`][ \t]*\|[ \t]*["'`]""")
# a string compared, not assigned: "emissive"===u
_PREC80_COMPARE_AFTER_RE = lazy(r"""["'`][ \t]*[!=]==?(?!=)""")
_PREC80_STAGE_QUALIFIERS = frozenset(
    (w,) for w in ("current", "render", "next", "prev", "previous", "first", "second", "last",
                   "final", "main", "sub", "shadow", "depth", "opaque", "transparent")
)  # fmt: skip
_PREC80_COMPARED_RE = lazy(r"""[!=]==?[ \t]*["'`]?$""")
# a member of a TypeScript type with a quoted name: ['u_ao_pass']: Uniform1f;
_PREC80_BRACKET_MEMBER_RE = lazy(r"""\[["'][\w.-]+["']\]\??:[ \t]*$""")
_PREC80_CAMEL_RE = lazy(r"[a-z]{3,}(?:[A-Z][a-z]{2,}){1,4}[A-Z]{0,3}$")
_PREC80_CAMEL_WORD_RE = lazy(r"[A-Z]?[a-z]{3,}")


def _prec80_code_reason(
    value: str, quoted: bool, before: str, after: str, code: bool, line: str
) -> str | None:
    """A TypeScript union of string literals, a string compared in minified code and a type
    member's type read as a keyword rule's value (found on round 80: mapbox-gl, plotly.js)."""
    if not code:
        return None
    if quoted and _PREC80_UNION_AFTER_RE.match(after):
        # pass: 'opaque' | 'translucent' | 'shadow'; (mapbox-gl's type declarations): the
        # names a field may take, as a type
        return "a union of string literal types (TypeScript), not a value"
    if quoted and len(line) > _BLOB_LINE and _PREC80_COMPARE_AFTER_RE.match(after):
        # A.push("SDF_SUBPASS"):"emissive"===u&&(…) (mapbox-gl's bundle): a string compared with
        # another expression in minified code, not the key's value
        return "a string compared in minified code, not a value"
    if not quoted and after[:1] == ">" and value.endswith("-") and value[:-1].isidentifier():
        # *psecretlen = pecdhctx->kdf_outlen; (OpenSSL's ECDH, round 89): a pointer's member,
        # the value cut at the > of ->
        return "a pointer's member (p->field), code"
    if (
        not quoted
        and after[:1] == ";"
        and value[:1].isupper()
        and value.isalnum()
        and _PREC80_BRACKET_MEMBER_RE.search(before)
    ):
        # ['u_ao_pass']: Uniform1f; (mapbox-gl's uniform types, in its source maps): a type
        # member with a quoted name, and its type
        return "a type member's type (TypeScript), not a value"
    return None


_PREC79_TASK_KEY_RE = lazy(r"(?:[A-Za-z_]\w*-)?[0-9a-f]{32}$")
_PREC79_REPR_BEFORE_RE = lazy(r"<[A-Z]\w*[:,]?[ \t][^<>]*$")
_PREC84_CRYPT_SALT_BEFORE_RE = lazy(r"""\bcrypt\([ \t]*(['"])[^'"]*\1[ \t]*,[ \t]*['"]$""")
_PREC90_CLAUSE_AFTER_RE = lazy(r",[ \t]+[a-z]+[ \t]+[a-z]+\b")
# DejaGnu's pass (and xpass, kpass) with a test's name, a line of its own in an Expect script
_DEJAGNU_PASS_RE = lazy(r"""[ \t]*[xk]?pass[ \t]+"[^"\n]*"[ \t]*\r?$""")
# a shell variable ($pwd, ${pass}) and blanks right before the value
_SHELL_VAR_BEFORE_RE = lazy(r"\$\{?[A-Za-z_]\w*\}?[ \t]+\Z")
_PREC90_TEST_PASS_RE = lazy(r"""[ \t]*pass[ \t(]+["'][^"']*["'][ \t)]*;""")
_PREC82_SNAKE_RE = lazy(r"[a-z]+(?:_[a-z]+)+$")
_PREC82_WORDS_AFTER_RE = lazy(r"[ \t]+[a-z]+[ \t]+[a-z]+\b")
_PREC89_QUALIFIED_CALL_RE = lazy(r"(?:[A-Za-z_]\w*::)+[A-Za-z_]\w*\($")
_PREC88_TYPE_NAMES = frozenset(
    {"string", "String", "str", "[]byte", "bytes", "text", "int", "bool"}
)
_PREC88_RETURN_TYPE_BEFORE_RE = lazy(r"\)[ \t]*->[ \t]*$")
_PREC88_TEST_RESULT_BEFORE_RE = lazy(r"---[ \t]+(?:PASS|FAIL|SKIP):[ \t]*$")
_PREC88_NAME_NUMBER_RE = lazy(r"[a-z]+=\d+,?$")
_PREC88_RUBY_PWD_RE = lazy(r"\b(?:Dir|FileUtils)\.pwd\b")
_PREC77_PGP_ID_RE = lazy(r"0x(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$")
_PREC93_USERKEY_BEFORE_RE = lazy(r"\bri:userkey=[\"']$")
# an /etc/passwd line after its user: x, uid, gid, comment, home directory
_PREC95_PASSWD_FIELDS_RE = lazy(r"^x:\d+:\d+:[^:]*:/")
# a message id: a product's letters, a number and a severity letter (TSS7145E, ACF01004I)
_PREC95_MESSAGE_ID_RE = lazy(r"^[A-Z]{3,5}\d{3,5}[IWEASD]$")
# the name before it is a product's, "Secret" its last word: TopSecret, Top Secret
_PREC95_MESSAGE_WORD_BEFORE_RE = lazy(r"\btop[ _-]?secret[ \t]*[:=][ \t]*$", re.I)


def _prec77_shape_reason(
    rule: Rule, secret: str, line: str, path: str | None, span: tuple[int, int, int] | None
) -> str | None:
    """Shapes of code, records and prose read as a generic rule's value: a Buildbot secret
    reference, a call's keyword argument, code after a conditional's ? and an OpenPGP key's id
    (found on round 77: Buildbot, Zuul), a table's colon-separated row (round 78: Kamailio), a
    task key in an object's repr and code after an empty string (round 79: Dask, Bokeh), a
    field's name in a sentence (round 82), a placeholder before an escaped newline and crypt()'s
    salt argument (round 84: PostgreSQL), a signature's return type, go test's result line, a
    setting and its number and Ruby's Dir.pwd (round 88: language runtimes), the Unicode
    replacement character and a C++ call (round 89: Node.js), a name before a clause and
    Test::More's pass() (round 90: Perl), a Confluence user's key (round 93: MCP servers), and
    DejaGnu's pass and a shell variable before a note's value (round 179: toolchains)."""
    at = _value_at(secret, line, span)
    if at <= 0:
        return None
    if _PREC77_NAME_CLOSES_RE.match(secret) and _PREC77_INTERPOLATE_BEFORE_RE.search(
        line, max(0, at - 12), at
    ):
        # Interpolate('sqlite:///path-to-%(secret:db_pwd)s-db-file') (Buildbot's tests): the
        # name of a secret the master fetches from its secrets provider, not its value
        return "a reference to a stored secret (Buildbot's %(secret:name)s), not a value"
    kwarg = _PREC77_KWARG_RE.match(line, at)
    if kwarg and kwarg.end() >= at + len(secret):
        # buildslave.BuildSlave(i, i + "pw", max_builds=1) (Buildbot's example config): the
        # string "pw" read as a key, and the call's next keyword argument as its value (the ")"
        # that closes the call is read after the value: the engine leaves it out)
        return "a call's keyword argument (name=value), not a value"
    if (
        "<" in line
        and _PREC79_TASK_KEY_RE.match(secret)
        and _PREC79_REPR_BEFORE_RE.search(line, 0, at)
        and ">" in line[at + len(secret) :]
    ):
        # <Future: status: finished, type: int, key: inc-b8aaf26b99466a7a1980efa1ade6701d>
        # (Dask's documentation, round 79): a task's key, a name and the digest of its inputs, in
        # an object's printed form
        return "a task's key (name-digest) in an object's repr, an identifier"
    if line[at - 2 : at] in ('""', "''", "``") and secret[:1] in ")]},;":
        # d.isLeaf()?new PW(""):new q4 (TypeScript's compiler bundled by Bokeh, round 79): a
        # minified class named PW called with an empty string, and the code after it
        return "code after an empty string, not a value"
    if rule.id == "generic-query-credential" and secret.endswith("("):
        # r.header?i.headers.authorization=r.header:(r.base64=Lot( (Swagger's client in Zuul's
        # bundle): a conditional's ? read as a query string's, and code up to a call
        return "code (a conditional and a call), not a query string"
    if (
        secret.count(":") >= 4
        and not any(c in secret for c in "=&/")
        and sum(f.isdigit() for f in secret.split(":")) >= 2
    ):
        # sw_credential_default_flags:int:0::@ff_credential_def_f:32:4096:… (Kamailio's dbtext
        # tables, round 78): a colon-separated row of a table, its fields numbers and names (a
        # query string's times, se=2025-04-04T15:24:52Z&…, are not fields)
        return "a colon-separated record (a table's row), not a credential"
    if secret.endswith("\\n") and is_placeholder(secret[:-2]):
        # "  \\password [USUARIO]\\n" (psql's help in its Spanish catalogue, round 84): a
        # placeholder, then the string's escaped newline
        return "placeholder (before an escaped newline)"
    if "crypt(" in line and _PREC84_CRYPT_SALT_BEFORE_RE.search(line, 0, at):
        # SELECT crypt('longlongpassword', '_J9..j2zz') (PostgreSQL's pgcrypto tests): the
        # second argument of crypt() is the salt (its first, the password, is judged apart)
        return "the salt argument of crypt(), not a password"
    if (
        _PREC82_SNAKE_RE.match(secret) and _PREC82_WORDS_AFTER_RE.match(line, at + len(secret))
    ) or (
        "_" in secret
        and secret.isidentifier()
        and not looks_random(secret)
        and _PREC90_CLAUSE_AFTER_RE.match(line, at + len(secret))
    ):
        # "auto-creates the reacting user identified by user_id when they don't already exist"
        # (getstream's models, round 82), "* pass PL_bufptr, get a reasonable beginning of
        # line" (Perl's toke.c, round 90): a name in a sentence that goes on (a generated value
        # before a comma stays: "the password is Hq3zK8mL2x, can you check the server?")
        return "a field's name in a sentence (more words follow), not a value"
    if (
        rule.id == "generic-prose-password-bare"
        and line[at - 1] == '"'
        and _DEJAGNU_PASS_RE.match(line)
        and _is_expect_script(path)
    ):
        # pass "return_to_b_from_A" (GDB's DejaGnu tests, *.exp): DejaGnu's pass, the name of a
        # test that passed
        return 'DejaGnu\'s pass "name", a test that passed, not a password'
    if rule.id in _NOTE_SHAPE_RULES and _SHELL_VAR_BEFORE_RE.search(line, max(0, at - 40), at):
        # #sim: --sysroot=$pwd $pwd/lib/ld.so.1 (GDB's simulator tests): the word is a shell
        # variable's name ($pwd), then the command's next argument, not a password after a word
        return "a shell variable ($pwd) and the next argument, not a password after the word"
    if (
        rule.id == "generic-prose-password-bare"
        and line[at - 1] in "\"'"
        and _PREC90_TEST_PASS_RE.match(line)
    ):
        # pass "&continue"; (Perl's t/op/coreamp.t): Test::More's pass() and the test's name
        return "Test::More's pass(name), a test that passes, not a password"
    if "%EF%BF%BD" in secret.upper() or "\ufffd" in secret:
        # 'password': '%EF%BF%BDnode' (Node.js's URL setter tests, round 89): the Unicode
        # replacement character, which a test of encoding puts in; no chosen password holds it
        return "holds the Unicode replacement character (a test of encoding)"
    if secret.endswith("(") and _PREC89_QUALIFIED_CALL_RE.match(secret):
        # key = StringUtil::fromUTF16( (Node.js's inspector protocol templates): a C++ call
        return "a C++ call (Type::member(…), code"
    if _PREC88_RETURN_TYPE_BEFORE_RE.search(line, 0, at):
        # *    dsa.to_pem([cipher, password]) -> aString (Ruby's OpenSSL docs), Proxy: (…,
        # ?String? p_pass) -> untyped (an RBS signature): a signature's return type
        return "a signature's return type (…) -> Type), not a value"
    if _PREC88_TEST_RESULT_BEFORE_RE.search(line, 0, at):
        # //	<many spaces> --- PASS: very/nested/s/u/b/t/e/s/t (Go's test2json): go test's
        # result line, the test's name after PASS:
        return "a test's result line (--- PASS: name), not a password"
    if _PREC88_NAME_NUMBER_RE.match(secret):
        # // Pass: dynamic=0, static=1, 2. (Go's test/index.go): a setting and its number
        return "a setting and its number (name=0), not a value"
    if "pwd" in line and any(
        not any(c.isalnum() for c in line[m.end() : at])
        for m in _PREC88_RUBY_PWD_RE.finditer(line, 0, at)
    ):
        # Bug::File::Fs.fsname(Dir.pwd) == "apfs" (Ruby's tests): Ruby's working directory,
        # the value right after it
        return "Ruby's Dir.pwd (the working directory), not a password"
    if rule.id == "generic-prose-token-bare" and _PREC77_PGP_ID_RE.match(secret):
        # `key 0x97ae496fc02dec9fc353b2e748f9961143495829 <…>` (Zuul's security contacts): an
        # OpenPGP key's fingerprint or long id, which names a public key
        return "an OpenPGP key's fingerprint or id (0x…), public"
    if (
        rule.id == "generic-password"
        and secret.isdigit()
        and 4 <= len(secret) <= 10
        and secret[0] != "0"
        and (n := int(secret)) & (n - 1) == 0
    ):
        # temporaryAccessPassMultiUse = "1024" (office365's authentication method modes, a bit
        # flag each): a power of two is a flag or a size, not a PIN (0016, with its leading
        # zero, is a PIN's shape and stays)
        return "a power of two (a bit flag or a size), not a password"
    if secret[:2] == "x:" and _PREC95_PASSWD_FIELDS_RE.match(secret):
        # base64.b64encode(b"root:x:0:0:root:/root:/bin/sh") (sqlmap's XXE tests): a line of
        # /etc/passwd read as user:password; its "x" says the password is in /etc/shadow
        return "an /etc/passwd entry (x: the password is elsewhere), not a password"
    if (
        rule.id in ("generic-secret", "generic-key", "generic-token")
        and len(secret) <= 10
        and _PREC95_MESSAGE_ID_RE.match(secret)
        and _PREC95_MESSAGE_WORD_BEFORE_RE.search(line, max(0, at - 40), at)
    ):
        # -- TopSecret: TSS7145E (nmap's cics-user-enum: the message a mainframe's security
        # product, CA Top Secret, answers an unknown user with): a product's message id, as
        # IBM's DFHCE3530 and ACF2's ACF01004 beside it
        return "a mainframe message id (TSS7145E), not a secret"
    if "ri:userkey" in line and _PREC93_USERKEY_BEFORE_RE.search(line, max(0, at - 14), at):
        # <ri:user ri:userkey="8a286d85984c4df30198bc47dba33367"/> (Confluence's storage format,
        # in mcp-atlassian's tests): the key that identifies a user on Confluence Server, an id
        return "a Confluence user's key (ri:userkey, an identifier), not a credential"
    return None


_PREC76_NAME_CLOSES_RE = lazy(r"[A-Za-z_$][\w$]?[)\]}]")
_PREC75_BLKID_TAG_RE = lazy(r"(?:PART)?(?:UUID|LABEL)=")


def _prec67_shape_reason(secret: str, line: str, span: tuple[int, int, int] | None) -> str | None:
    """A .NET strong name's public key token (found on round 67: Mono) and a field of Telegram's
    TL schema (round 70: Pyrogram's and Telethon's copies) read as a generic rule's value."""
    if secret[:1].isupper() and _PREC70_TL_CONSTRUCTOR_RE.match(line):
        # inputPaymentCredentialsGooglePay#8ac32801 payment_token:DataJSON = … (Pyrogram's
        # main_api.tl): a constructor's field and its type
        return "a field of Telegram's TL schema (name:Type), not a value"
    if len(secret) != 16:
        return None
    at = _value_at(secret, line, span)
    if at <= 0:
        return None
    if _PREC67_PUBLIC_KEY_TOKEN_BEFORE_RE.search(line, max(0, at - 40), at) or (
        _PREC67_PUBLIC_KEY_AFTER_RE.match(line, at + len(secret))
    ):
        # // Public Key Token: 30b3f489250b41bd (Mono's ilasm tests), <map Token="7c307b91…"
        # PublicKey="0024…"> (machine.config): the hash of a public key, which names an assembly
        return "a .NET public key token (the hash of a public key), not a secret"
    return None


def _prec62_shape_reason(secret: str, line: str, span: tuple[int, int, int] | None) -> str | None:
    """Label keys, build labels, types, class names and values a comment calls fake, read as a
    generic rule's value (found on rounds 62 and 64: Kubernetes, Docker, containerd, Prometheus,
    Caddy, NATS; Symfony and other PHP packages)."""
    if (
        len(secret) >= 12
        and ("-" in secret or "_" in secret)
        and sum(secret.count(c) for c in "-_.") * 5 >= len(secret)
    ):
        runs = _PREC62_SEPARATOR_RUN_RE.findall(secret)
        if len(runs) >= 3 or ("." in secret and (len(runs) >= 2 or any(len(r) >= 3 for r in runs))):
            # - key: 2.-__E_Sv__26KX_R_.-.Nth._--S_4DA_-5_-4lQ42M--n1-5 (Kubernetes' API
            # round-trip test data, 530 values): a fuzzed label key, a fifth or more of it
            # separators, in runs; in a generated token (base64url, with dots: Front's,
            # Facebook's) about one character in twenty is one, and runs come by chance
            return "label key with runs of separators (a fuzzer's value), not a generated secret"
    at = _value_at(secret, line, span)
    if at <= 0:
        return None
    end = at + len(secret)
    if (
        line[end : end + 1] == "\\"
        and _PREC64_CLASS_PIECE_RE.match(secret)
        and _PREC64_NAMESPACE_AFTER_RE.match(line, end)
    ):
        # 'security.authorization_checker' => '?Symfony\\Component\\Security\\…' (Symfony's
        # tests): a service's class, a PHP namespace path, cut at its first backslash
        return "a PHP class in a namespace (Vendor\\Component\\…), not a value"
    if secret[:1] == "*" and _PREC62_POINTER_TYPE_RE.match(secret):
        # //sys CreateService(…, password *uint16, …) (golang.org/x/sys): a parameter's type
        return "a pointer type (a parameter's declaration), not a value"
    if line[at - 1] == ":" and _PREC62_BAZEL_LABEL_BEFORE_RE.search(line, max(0, at - 200), at):
        # "//pkg/volume/secret:all-srcs" (Kubernetes' BUILD files): a Bazel target in a package
        # named secret
        return "a Bazel label's target (//pkg/secret:all-srcs), not a value"
    if _PREC62_FAKE_COMMENT_AFTER_RE.match(line, at + len(secret)):
        # Password: "squash", // Fake value for testing. (Kubernetes' credential provider
        # tests): a comment on the line says the value is fake
        return "a comment on the line calls the value fake"
    if _ID_COMMENT_AFTER_RE.match(line, at + len(secret)):
        # key: '4a2c4490-ced1-11e5-9b97-d8a25e8b1578'     // your customer id (Split's changelog):
        # the comment after the value, all of it, names the value an identifier
        return "a comment on the line calls the value an id (// your customer id)"
    return None


def _prec60_shape_reason(secret: str, line: str, span: tuple[int, int, int] | None) -> str | None:
    """Published passphrases, integer limits, "pass" the verb and CMake loop variables read as a
    generic rule's value (found on rounds 60 and 61: data and machine-learning platforms, dbt,
    Snowflake's connector; GIS software and PostgreSQL tools)."""
    if "correcthorsebatterystaple" in _NOT_LOWER_RE.sub("", secret.lower()):
        # SECRET_PASSWORD = "correct-horse-battery-staple-9F3A" (a Rust test fixture): xkcd 936's
        # example passphrase, with separators and a suffix
        return _KNOWN_REASON
    if len(secret) >= 10 and secret.isdigit():
        number = int(secret)
        if number & (number - 1) == 0 or number & (number + 1) == 0:
            # if (osToken == "9223372036854775808") (GDAL's SQL parser): 2**63, an integer
            # type's limit; a random number is a power of two (or one less) by rare chance
            return "a power of two or one less (an integer type's limit), not a value"
    at = _value_at(secret, line, span)
    if at > 5:
        before = line[max(0, at - 60) : at]
        if _PREC60_PASS_VERB_BEFORE_RE.search(before):
            # "// … so we pass QMatrix4x4" (QGIS), "//need to pass: symbol, polygon, path": "pass"
            # the verb, after its subject, a modal or "to"
            return "'pass' the verb (we pass, to pass), not a password"
        if _PREC60_FOREACH_BEFORE_RE.search(before):
            # FOREACH (PW _iqt;Qwt) (QGIS's CMake): a loop variable named PW and its items
            return "CMake foreach's loop variable and items, not a value"
    return None


def _prec37_shape_reason(
    rule: Rule, secret: str, line: str, span: tuple[int, int, int] | None
) -> str | None:
    """Markup, formats, encodings and declarations read as a generic rule's value (found on round
    37's web and proxy servers, IRC clients and request trackers and round 38's Kerberos)."""
    first = secret[:1]
    if first == "=" and _PREC37_MIME_WORD_RE.match(secret):
        # key="=?UTF-8?B?0LzQvtC5X9GE0LDQudC7LmJpbg==?=" (RT's MIME tests): a header's text in
        # base64 or quoted-printable, a file name or a subject
        return "RFC 2047 encoded word (a MIME header's text), not a credential"
    if first in "|[" or secret.endswith("*") or len(secret) <= 8:
        at = _value_at(secret, line, span)
        if first == "|" and at > 0 and line[at - 1] in ">]":
            # N_("passphrase <passphrase>|-delete") (WeeChat's /secure help): a command's usage,
            # the placeholder and the option that may stand for it
            return "usage syntax (an alternative after a placeholder), not a value"
        if first == "[" and at >= 5 and line[at - 5 : at].lower() == "pass:" and "]" in secret:
            # _pass:[string_dyn_*]_ (AsciiDoc's passthrough macro, in WeeChat's manuals)
            return "AsciiDoc pass:[…] passthrough macro, not a value"
        if (
            rule.id.startswith("generic-prose")
            and secret.endswith("*")
            and _CONSTANT_RE.match(secret[:-1].rstrip("_"))
        ):
            # "doesn't need to also pass FD_EV_SHUT_*" (HAProxy's comments): "pass" the verb
            # and constants' names
            return "constant names with a wildcard (FD_EV_SHUT_*), not a value"
        if len(secret) <= 8 and not any(c.isalnum() for c in secret):
            # "s==^(/(server|connect) .*-(sasl_)?password=)([^ ]+)(.*)" (a WeeChat trigger's
            # regular expression): punctuation only, a pattern's piece
            return "punctuation only (a pattern's or markup's piece), not a value"
    if (
        first.islower()
        and _PREC37_COMMAND_NAME_RE.match(secret)
        and (at := _value_at(secret, line, span)) >= 0
        and _PREC37_SYNOPSIS_AFTER_RE.match(line, at + len(secret))
    ):
        # _T("Change Passphrases: twadmin [-m C|--change-passphrases] [options]\n") (Tripwire's
        # help): a command's name, then its options in brackets, a usage synopsis
        return "a command in a usage synopsis (cmd [-m …]), not a value"
    if (
        (first.isalpha() or first == "_")
        and _PREC37_IDENTIFIER_RE.match(secret)
        and (at := _value_at(secret, line, span)) > 0
        and line[:at].rstrip(" \t").endswith("(")
        and (
            _PREC37_PARAMETER_AFTER_RE.match(line, at + len(secret))
            # a type alone is told from an argument by its reference or pointer mark
            or (secret[-1] in "&*" and line[at + len(secret) : at + len(secret) + 1] in ",)")
        )
    ):
        # krb5_cc_store_cred(krb5_context context, krb5_ccache cache, …) (MIT Kerberos' headers
        # and API manual): a function's declaration, its first parameter's type and name;
        # requestMasterPassword( QString &password /In,Out/, bool stored = false ) (QGIS's SIP
        # files), requestMasterPassword(QString&, bool)@Base (a Debian symbols file)
        return "parameter declaration (a type and a name), not a value"
    if secret[-1:].isdigit() and _PREC37_CURVE_RE.match(secret):
        # spake_preauth_groups = edwards25519 (Kerberos' SPAKE pre-authentication): the name of
        # an elliptic curve or key-exchange group
        return "name of an elliptic curve or key-exchange group, not a value"
    if line[:1] == "M" and _PREC37_UUENCODED_LINE_RE.match(line):
        # MA.`:TZ2846D$R1`4U:#`&WLA<TC\PW156X=B-XQA4*Y&5=… (a uuencoded attachment in RT's
        # test mails): a full line of uuencoded data, where "PW156X=" is chance
        return "uuencoded data line, not a value"
    return None


# an RFC's number (rfc2759, RFC 2307): the standard a comment cites after "NT-Password:"
_PREC100_RFC_RE = lazy(r"^(?i:rfc)[ -]?\d{3,5}$")
# an RPM spec file's macro directive: %{!?_with_rlm_eap_pwd: %global _without_rlm_eap_pwd …}
_PREC100_RPM_MACRO_RE = lazy(
    r"^%(?:global|define|undefine|setup|build|install|files|prep|check|description|package"
    r"|changelog|if|ifarch|ifnarch|else|endif|patch\d*|attr|config|doc|dir|license)$"
)
# an autoconf substitution for a directory: DB:@srcdir@/an2ln-db.txt (a .conf.in template)
_PREC100_AUTOCONF_DIR_RE = lazy(r"@(?:abs_)?(?:top_)?[a-z_]*dir@|@(?:exec_)?prefix@")
# options separated by "|": pubkey|psk|eap-md5|eap-aka (a man page's list of the choices), also
# joined by "+": host|tpm2|host+tpm2|auto (systemd-creds' --with-key=)
_PREC100_ALTERNATIVES_RE = lazy(
    r"^[a-z]{3}[a-z0-9]{0,9}(?:[-+][a-z0-9]{1,11})?"
    r"(?:\|[a-z]{3}[a-z0-9]{0,9}(?:[-+][a-z0-9]{1,11})?){2,}$"
)
# a field's name before its value in a format string: authzID=\"%s\" (slapd's debug message)
# an object's member named in code's dotted form (DJTechCDJ101.jogtouch, Pioneer.vinylButton)
_PREC141_MEMBER_NAME_RE = lazy(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$")


def _prec141_member_reads(member: str) -> bool:
    """An object member's name that reads as one (``jogtouch``, ``fx3_enable_d1``,
    ``assert13LEDs``): not random, or short with a dictionary word of four letters or more. A
    JSON Web Token's signature, the last dotted piece of one, is 43 characters or more."""
    return not looks_random(member, 12) or (
        len(member) <= 24
        and any(len(w) >= 4 and is_dictionary_word(w) for w in split_words(member))
    )


# a machine tag's namespace and predicate (misp-galaxy:threat-actor=, admiralty-scale:source=)
_PREC136_MACHINE_TAG_RE = lazy(r"^[a-z][a-z0-9-]*:[a-z][a-z0-9_-]*=$")
_PREC100_FIELD_NAME_RE = lazy(r"^[A-Za-z_][A-Za-z0-9_]{2,40}=$")
_PREC100_FORMAT_AFTER_RE = lazy(r"""\\?["']?(?:%[-0-9.]*[sdiuxzl]|\$\{|\{)""")
# snake_case with a digit in a piece: base64_response, gss_krb5_extract_authz_data_from_sec_context
_PREC100_SNAKE_DIGITS_RE = lazy(r"^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)+$")
# a number inside a name's word (base64_, krb5_), not a count at its end (yes_this_is_user2)
_PREC100_INNER_DIGIT_RE = lazy(r"\d[a-z_]")
_PREC100_LETTER_RUN_RE = lazy(r"[a-z]+")
# a name and a number: OpenLDAPattributeType:4 (an OID's arc in OpenLDAP's list of OIDs)
_PREC100_NAME_NUMBER_RE = lazy(r"^[A-Za-z]{6,40}:\d{1,3}$")
# an LDAP distinguished name: cn=manager, o=university of michigan, c=us
_PREC100_DN_RE = lazy(r"^(?i:cn|uid|ou|dc|o)=[^,=]+(?:,[ \t]*(?i:cn|uid|ou|dc|o|c|l|st)=[^,=]+)+$")
# quoted-printable text: =5BDKIM=20error=5D is "[DKIM error]"
_PREC100_QP_RE = lazy(r"^(?:[!-<>-~]|=[0-9A-F]{2})+$")
_PREC100_QP_ESCAPE_RE = lazy(r"=([0-9A-F]{2})")


def _prec100_shape_reason(
    rule: Rule, secret: str, line: str, span: tuple[int, int, int] | None
) -> str | None:
    """Shapes found on round 100 (directory, RADIUS, Kerberos and VPN servers): an RFC's number,
    an RPM macro, an autoconf directory substitution, a list of alternatives, a field's name in a
    format string, snake_case names with digits, an OID list's name and number, and
    quoted-printable text."""
    first = secret[:1]
    if first in "Rr" and _PREC100_RFC_RE.match(secret):
        # * b) NT-Password: rfc2759 (prep=MS). (FreeRADIUS' EAP-pwd module): the RFC that
        # defines the hash, cited in a comment
        return "an RFC's number (rfc2759), not a value"
    if first == "%" and _PREC100_RPM_MACRO_RE.match(secret):
        # %{!?_with_rlm_eap_pwd: %global _without_rlm_eap_pwd --without-rlm_eap_pwd}
        # (FreeRADIUS' RPM spec): a conditional macro's body, not a value
        return "an RPM spec macro (%global, %define), not a value"
    if "@" in secret and _PREC100_AUTOCONF_DIR_RE.search(secret):
        # auth_to_local = DB:@srcdir@/an2ln-db.txt DEFAULT (Heimdal's krb5.conf.in): configure
        # puts a directory in place of @srcdir@; the value names a file
        return "a path with an autoconf substitution (@srcdir@/…), not a value"
    if "|" in secret and _PREC100_ALTERNATIVES_RE.match(secret):
        # initiator_auth = pubkey|psk|eap-md5|eap-aka (strongSwan's strongswan.conf(5)),
        # --with-key=host|tpm2|host+tpm2|tpm2-absent (systemd-creds): the choices a setting takes
        return "a list of alternatives (a|b|c), not a value"
    if secret[-1:] == "=" and ":" in secret and _PREC136_MACHINE_TAG_RE.match(secret):
        at = _value_at(secret, line, span)
        if (
            at > 1
            and line.startswith('\\"', at + len(secret))
            and line[at - 1] == '"'
            and line[at - 2] != "\\"
        ):
            # "KeyPass":["misp-galaxy:malpedia=\"KeyPass\""] (misp-modules' tag synonyms): a
            # machine tag's namespace and predicate, its value in escaped quotes after them
            return 'a machine tag\'s name (namespace:predicate="value"), not a value'
    if secret[-1:] == "=" and _PREC100_FIELD_NAME_RE.match(secret):
        at = _value_at(secret, line, span)
        if at >= 0 and _PREC100_FORMAT_AFTER_RE.match(line, at + len(secret)):
            # Debug( …, "%s: ldap_back_proxy_authz_bind: authzID=\"%s\" (authzid)\n", …)
            # (slapd): a field's name in a log message's format; its value is filled in
            return "a field's name in a format string (name=%s), not a value"
    if (
        "_" in secret
        and _PREC100_INNER_DIGIT_RE.search(secret)
        and _PREC100_SNAKE_DIGITS_RE.match(secret)
        and (fraction := word_fraction(secret)) >= 0.5
        and (fraction >= 0.6 or secret.count("_") >= 4)
        and all(
            len(run) <= 6 or is_dictionary_word(run) or is_glued_words(run)
            for run in _PREC100_LETTER_RUN_RE.findall(secret)
        )
    ):
        # in the form SCRV1:base64_pass:base64_response (OpenVPN's auth-pam plugin), * cred.3:
        # gss_krb5_extract_authz_data_from_sec_context (Heimdal's ChangeLog): a name in
        # snake_case whose pieces are words, one with a number in it (a phrase with a number at
        # its end, yes_this_is_really_user2, is judged as a password)
        return "identifier in snake_case (base64_response), not a value"
    if ":" in secret and _PREC100_NAME_NUMBER_RE.match(secret) and _has_two_words(secret[:-2]):
        # authPassword\t\t\tOpenLDAPattributeType:4 (OpenLDAP's list of its OIDs): an arc's
        # name and number
        return "a name and its number (OpenLDAPattributeType:4), not a value"
    if secret.endswith(".*") and "/" in secret:
        # expr "X`/bin/pwd || pwd`" : "X/afs/.*" (Heimdal's tests): a pattern matched against
        # the working directory, which pwd prints
        return "a pattern (…/.*), not a value"
    if "=" in secret and "," in secret and _PREC100_DN_RE.match(secret):
        # ldap_bind( ld, "cn=manager, o=university of michigan, c=us", "secret", …) (OpenLDAP's
        # doc comment): the entry that binds, its password comes next
        return "an LDAP distinguished name (cn=…, o=…), not a password"
    if "=" in secret and _PREC100_QP_RE.match(secret):
        escapes = _PREC100_QP_ESCAPE_RE.findall(secret)
        if len(escapes) >= 2:
            text = _PREC100_QP_ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), secret)
            if " " in text.strip() and text.isascii() and text.isprintable():
                # #define SMTPTOKENENC "=5BDKIM=20error=5D" (OpenDKIM's tests): "[DKIM error]"
                # in quoted-printable, text
                return "quoted-printable text (=5BDKIM=20error=5D), not a value"
    return None
