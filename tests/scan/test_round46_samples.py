"""Round 46: chat and federated-social software (Synapse, matrix-nio, mautrix, Mastodon.py,
opsdroid, python-telegram-bot and other bots on PyPI; matrix-js-sdk, masto, the AT Protocol and
nostr packages on npm) and Wi-Fi, network and keyring software (Debian's sources of
NetworkManager, wpa_supplicant, iwd, ConnMan, evolution-data-server and libsecret): a message
with a run-time field after two words, a label and a printf conversion, gtk-doc's mark for a
constant, GNOME's libsecret named in a build variable, matrix.org's public server key, a key typed
three times over, a token built on an example name, a Yandex-looking start of a longer base64
string, and prose and usage lines about wpa_passphrase.

Round 47: identity providers and their SDKs (Authlib, python-keycloak, SuperTokens, Ory, Descope,
Logto, pysaml2, oauthlib, pyoidc, social-auth and others on PyPI; Kinde, Descope, SuperTokens,
Keycloak, Lucia, oidc-provider, openid-client, jose, Auth.js and others on npm; Symfony and
sabre/dav from Debian): a version constraint with alternatives, the parent of a Palau locale, a
piece of a URN, an XML name in Clark notation, a key's identifier and a terminal's colour escape.

Round 48: wallet, exchange and app-packaging libraries (bip_utils, hdwallet, bitcoinlib, ccxt,
python-binance, web3 and others on PyPI; ethers, viem, thirdweb, hardhat, Expo's and Electron's
build tools and others on npm): a BIP-32 extended public key, and a BIP-32 extended private key
(the new `bip32-extended-private-key` rule) in a test-vector file.

Round 49: Rust (Debian's sources of rustc and cargo, with their vendored crates) and Meson: a
file's digest under its path (Cargo's .cargo-checksum.json), a compiler builtin's name, constants
named with a GUID, and a Codecov badge's token behind shields.io.

Round 50: CRM and business-app SDKs (HubSpot, Salesforce, Mailchimp, Zendesk, Intercom, Brevo,
Pipedrive, Zoho, QuickBooks, Xero, BigCommerce, WooCommerce, Stripe, Plaid, DocuSign, Airtable,
Notion and others on PyPI and npm) and desktop mail, file-transfer and finance software (Debian's
sources of FileZilla, qBittorrent, GnuCash, isync and aerc): a Google Analytics property id and
an object file's make rule.

Round 51: model-provider SDKs (OpenAI, Anthropic, Google GenAI, Mistral, Cohere, Groq, Together,
Fireworks, Cerebras, Voyage, Replicate, Modal, RunPod, LiteLLM, Instructor, DSPy) on PyPI and
serverless-platform and CI packages (Convex, Inngest, Trigger.dev, Upstash, Neon, PlanetScale,
libSQL, Supabase, Vercel's and Netlify's storage clients, SST, Amplify, Railway, Turborepo,
Lerna, Changesets, Danger, Husky and GitHub's Actions toolkit) on npm: hex of English text, a
Helm chart's existing Secret's name, keys ending in client or provisioning, and the QStash local
development server's fixed credentials.

Round 52: shells, editors and version control as dotfiles use them (Debian's sources of Emacs,
Neovim, zsh, tmux, Mercurial, GNU Stow and bash-completion): Eshell's pwd function, a path under
$PWD, and the recall gap it showed: credentials set in Emacs Lisp (`generic-lisp-setq`).

Round 53: Java-platform builds and servers (Debian's sources of Jetty 9, Spring 4, HttpComponents
Client 5, Jakarta Mail, Maven, Gradle, Kotlin, Scala and Groovy): a context map's key, an
anonymous FTP login's e-mail password, and a WebSocket handshake nonce set by a setter.

Round 54: monitoring and groupware servers (Debian's sources of Icinga 2, SOGo, Horde IMP,
Tiny Tiny RSS, uWSGI and Supervisor): a word or made-up word as a command's password (curl -u,
mysql -p, …) in a documentation or test file, as a keyword rule's value there already was.

Round 55: scraping and browser-automation packages (Scrapy, Crawl4AI, browser-use, Apify,
mechanize, pyppeteer, SeleniumBase, Firecrawl, Zyte on PyPI; Puppeteer, Playwright, Cypress,
Crawlee, Stagehand, WebdriverIO, Nightwatch, TestCafe on npm): a star-history.com chart's sealed
token in a README.

Round 56: Go libraries and backup tools (Debian's sources of golang.org/x/oauth2, golang-jwt,
go-github, go-oidc, lib/pq, minio-go, viper, gorilla/sessions, docker-credential-helpers, rclone
and restic): a Bearer token that is base64 of a placeholder (the home row typed at random).

Round 59: Django applications (Saleor, Postorius, HyperKitty, django CMS, Weblate, Misago,
Baserow, Nautobot, django-oscar): a password strength meter's word ending its sentence.

Round 60: data and machine-learning platforms (Airflow with its providers, Dagster, Prefect,
dbt, Meltano, Feast, Metaflow, MLflow, Superset, Great Expectations, SQLMesh, Snowflake's and
Databricks' connectors and others on PyPI): xkcd's passphrase with separators, a
strong-password name between digits and symbols, a prefix joined to more in SQL, and a variable
after a quoted name (`snowflake-password`'s own test).

Round 61: GIS software and PostgreSQL tools (Debian's sources of GDAL, PostGIS, MapServer, QGIS,
osm2pgsql, pgpool-II, PgBouncer and unixODBC): an integer type's limit compared with a token,
"pass" the verb after its subject, CMake's foreach loop variable, C++ parameter types in SIP
files and a Debian symbols file, and a made-up word as OpenSSL's passphrase in a test.

Round 62: containers and cloud-native servers (Debian's sources of Kubernetes, Docker's engine,
CLI and SwarmKit, containerd, Prometheus, Caddy and the NATS server): fuzzed label keys in
Kubernetes' API test data, Bazel labels, a pointer type in a //sys directive, a value a comment
calls fake, a secret's namespace, StorageOS' default password, a dotted name at a sentence's
end, and the join and bootstrap tokens of Docker's and kubeadm's documentation.

Round 63: cloud SDKs and CLIs (Azure's Python SDKs and CLI, Google's auth and storage clients,
boto3, the AWS SAM CLI and Chalice on PyPI; Azure's, Google's, Firebase's and AWS's clients on
npm): words naming the credential as a command's password.

Round 64: PHP applications and libraries (Debian's sources of phpMyAdmin, Laravel, Twig,
Monolog, Carbon, Symfony's mailer, Dompdf, TCPDF and Zabbix): "secret" with symbols for some of
its letters, a security key's handle, and a PHP class in its namespace.

Round 65: API description, HTTP recording and mocking tools (schemathesis, openapi-core,
Connexion, vcrpy, Betamax, responses, respx, the OpenAPI validators on PyPI; Postman's collection
SDK, Newman, Prism, MSW, json-server, Swagger UI and Redocly on npm): the example values of
GitHub's REST API description, and letters and digits counting in turn.

Round 66: infrastructure-as-code tools (troposphere, Sceptre, cfn-lint, checkov, LocalStack,
ansible-lint, Molecule, testinfra on PyPI; the Serverless Framework, CDKTF, Pulumi and the AWS
CDK on npm): Pulumi's RPC sentinels and a list of prefixes.

Round 67: Mono (Debian's source, with its vendored corefx, Cecil, the linker and BoringSSL): .NET
public key tokens (published, after "Public Key Token:" and beside a PublicKey attribute), an
authentication scheme and its parameter, a word that starts a message in a string, and
`pagerduty-api-key` on a C# generic type whose name starts with Pdb (the rule's own test).

Round 68: calibre, Syncthing and Hugo (Debian's sources): a key name inside a URL's path (an
image URL's random path holding "Pw"), and a class that digests or checks the credential.

Round 69: project starters on npm (create-t3-app, create-next-app, sv, Remix, Vite, Nuxt, Astro,
Expo, Redwood, Hono, React Router, Payload, Medusa, Strapi, Better-T-Stack, Turborepo, Convex and
Supabase's CLI): Strapi's template database password.

Round 70: bot and messaging SDKs (Slack's Bolt and SDK, discord.py, the Bot Framework, Twilio,
Vonage, Plivo, Pusher, FCM, APNs, OneSignal, Telethon and Pyrogram on PyPI; discord.js, Bolt,
botbuilder, Twilio, Pusher, Vonage, Telegraf, grammY and WhatsApp clients on npm): a field of
Telegram's TL schema.

Round 71: job queues and message brokers (Celery, Kombu, RQ, Dramatiq, arq, Huey, Pika,
aio-pika, the Kafka, NATS, MQTT and Redis clients and Faust on PyPI; BullMQ, amqplib, KafkaJS,
MQTT.js, ioredis, Bee-Queue, Agenda, Temporal and NATS on npm; Debian's sources of Elixir and
RabbitMQ): an image URL's access key.

Round 72: health and payment SDKs (FHIR, HL7 and DICOM clients; Alpaca, IB, yfinance, Coinbase,
PayPal, Braintree, Adyen, Square, Mollie, GoCardless and Razorpay on PyPI and npm): PayPal's
sample app secret and Mollie's README token, published values.

Round 73: observability and product-analytics SDKs (Sentry, Datadog, New Relic, Honeycomb,
Logtail, Rollbar, Bugsnag, Airbrake, Raygun, Honeybadger, PostHog, Mixpanel, Segment and
Amplitude on PyPI and npm; LogRocket's bundle): a Sentry DSN's public key in a store URL, the
input of a check named for the credential, and MongoDB's documented example ObjectId.

Round 74: GitHub's CLI and Git LFS (Debian's sources, with gh's vendored Go modules): the OAuth
client secrets of installed applications (gh's, GDAL's) as published values, and a file name in a
path.

Round 75: configuration management, remote execution and network automation (Salt, pyinfra,
Fabric, Invoke, Mitogen, ansible-runner, Nornir, Scrapli, proxmoxer, pywinrm, pypsrp,
smbprotocol, Impacket, ldap3 and pyVmomi on PyPI): placeholders given to a command (passw0rd,
s3cret) and a published default given to one in a README, FreeBSD's pw command and a
shadow-utils verb in an argument list, and a file system's blkid tag.

Round 76: low-code and AI-app platforms (Langflow, Chainlit and Label Studio on PyPI; Flowise's
components, NocoDB, Budibase's server, Botpress, n8n's core, Typebot, Windmill's client and
Activepieces' framework on npm): a minified name read through the brackets that close its
destructuring pattern, and a form label's translation under a key naming Snowflake's password.

Round 77: CI, build and task-pipeline tools (Buildbot, Zuul, Luigi, Kedro, Mage, Taskcluster,
Glances and Graphite on PyPI; Artillery on npm): Buildbot's documented sendchange password and
its Interpolate references to stored secrets, a call's keyword argument after a quoted "pw", a
Keycloak realm's algorithms for passwordless sign-in, an expression added to a closed string and
code after a conditional's ? in Zuul's bundle, OpenPGP fingerprints in a list of security
contacts, a leetspeak phrase in a test and a token masked at its end.

Round 78: telephony and graphics (Debian's sources of Kamailio, Linphone, GIMP, Inkscape and
Godot): an HTML-escaped placeholder, a colon-separated table row, a command's option with a
variable, a printf field after a message's colon, an expression added to a closed string, and a
Perl string interpolating a dereference.

Round 79: scientific Python (NumPy, SciPy, pandas, scikit-learn, Matplotlib, SymPy, Astropy,
NetworkX, Bokeh, Plotly, Dask, NLTK, statsmodels and xarray): Codecov's badge through shields.io
without .svg, a minified class called with an empty string, task keys in Dask's printed futures,
and a shared Google document's id in its link.

Round 80: front-end libraries on npm (Monaco, pdf.js, TinyMCE, CKEditor, ECharts, three.js,
Leaflet, Chart.js, Ant Design, MUI, Ace, highlight.js, Prism, Quill, Lodash, Moment, mapbox-gl
and plotly.js): a union of string literal types, a string compared in minified code, a type
member's type inside a string, render passes compared with or named for their place, and a
design token's name.

Round 81: documentation-site generators (Docusaurus, VitePress, Gatsby, Eleventy, Hexo, Nextra,
VuePress, DocSearch, Algolia's client and docsify on npm; MkDocs, Material for MkDocs, Sphinx,
the PyData theme and Furo on PyPI): an image file's path under an emoji's name.

Round 82: real-time and video SDKs (LiveKit, Agora, Mux, Ably, Socket.IO, Liveblocks, PartyKit,
Daily, Stream and 100ms on npm; LiveKit, Ably, Stream, Mux and Agora on PyPI): a video key frame
named in camelCase, and a field's name in a sentence after "identified by".

Round 83: IoT and device-control libraries (PlatformIO, OctoPrint, Meshtastic, paho-mqtt, bleak,
pymodbus, python-miio, pyatv, HAP-python, aiohomekit, UniFi, Tuya and Ezviz clients on PyPI;
homebridge-config-ui-x and matter.js on npm): Meshtastic's default channel key, published, in
base64 and written as its bytes.

Round 84: database servers and their tools (Debian's sources of PostgreSQL 15, Redis 7,
pgBackRest, repmgr and InfluxDB; Patroni, Barman, pgcli, mycli and litecli on PyPI): base64 of a
placeholder name, the salt argument of crypt(), and a placeholder before an escaped newline.

Round 85: LLM evaluation and observability tools (promptfoo, Langfuse and Portkey on npm;
Langfuse, Arize Phoenix, LangSmith, Portkey, DeepEval, Ragas, TruLens, NeMo Guardrails and
Guardrails on PyPI): a key derivation's salt, and an anonymous client's key.

Round 88: language runtimes (Debian's sources of CPython 3.11, Go 1.19, Ruby 3.1 and PHP 8.2):
a signature's return type, go test's result line, a setting and its number, Ruby's Dir.pwd, the
netrc words as a Go struct's fields, a placeholder given to openssl, "basic" and a word before a
slash, the AES-GCM specification's test key, and a word as a URL's password in a test.

Round 89: Node.js (Debian's source, with its bundled OpenSSL 3): OpenSSL's default FIPS module key
and its dgst's fingerprint key as published values, a pointer's member in C, the Unicode
replacement character in a test's password, and a C++ call.

Round 90: Perl, R, Tcl and Lua (Debian's sources): a name before a clause in a comment, and
Test::More's pass() with a test's name.

Round 92: ERP and business applications (Tryton on PyPI and Debian; Odoo Community Association
add-ons, OdooRPC, erppeek and frappe-bench on PyPI): a config lookup's option named by a word the
pronounceability model misses (length), an Odoo localisation module's setting name, and a
Keycloak realm export's salted password hash; and a quoted password with ">" or ";" in it is
reported whole, up to its closing quote.

Round 93: agent frameworks and MCP servers (CrewAI, AutoGen, LangGraph, LlamaIndex, Haystack,
Semantic Kernel, smolagents, PydanticAI, Agno, mem0, Composio, E2B, the MCP SDK, FastMCP and MCP
servers on PyPI; the reference MCP servers, Mastra, LangGraph.js, the AI SDK, OpenAI's Agents SDK
and vendors' MCP servers on npm): Amplitude's public API key, escaped separators between single
letters in a query string, and a Confluence user's key.

Round 94: mobile SDKs (React Native's Firebase, Google Sign-In, Stripe, RevenueCat, OneSignal,
Facebook, Sentry, Branch, App Center, CodePush, Keychain, MMKV, Okta, Amplify, Clerk and
Intercom packages and expo-notifications on npm; Briefcase, Toga, Buildozer and
python-for-android on PyPI) and ZoneMinder (Debian's source, with CakePHP): Firebase's documented
example API key.

Round 95: security tools (nmap and John the Ripper from Debian; sqlmap, pwntools, wfuzz,
theHarvester, Certipy, BloodHound.py, lsassy, dploot, pypykatz, ROPgadget, Scapy, mitmproxy and
paramiko-expect on PyPI): wfuzz's payload markers, "basic" and a list of words, an /etc/passwd
line encoded for a Basic header, a mainframe security product's message id, WordPress's
password-hashing HMAC key, and a stand-in private key whose scalar is zeros.

Round 97: Node.js database drivers, ORMs, mailers and auth middleware (Sequelize, TypeORM, Knex,
mysql2, pg, Mongoose, MongoDB, Prisma, Drizzle, MikroORM, Objection, Nodemailer, Passport and
its strategies, express-session, connect-redis, jsonwebtoken, bcrypt, Tedious, node-oracledb,
mssql, the Cassandra, Neo4j, Couchbase and Elasticsearch clients on npm): "too" and a word.

Round 98: storage, backup and file-transfer clients (s3cmd, BorgBackup, b2sdk, s3fs, gcsfs,
adlfs, smart_open, fsspec, Paramiko, pysftp, the Dropbox, Box, MinIO, OCI, Azure Blob and Google
Cloud Storage SDKs, webdav4, webdavclient3, PyDrive2, Office365-REST-Python-Client and MSAL on
PyPI): borg's key mode (repo and key), gcsfs's installed-app OAuth client secret, a power of two
as an authentication method's flag, and a member access before one bracket.

Round 99: conversational and speech software (Rasa, the Rasa SDK, Errbot, Pipecat, Vocode,
ChatterBot and the Deepgram, ElevenLabs, AssemblyAI, SpeechRecognition, pyttsx3, gTTS and Wit
clients on PyPI): a shared Google Drive file's resource key in its link, and SpeechRecognition's
default Google speech API key, published.

Round 100: directory, RADIUS, Kerberos and VPN servers (Debian's sources of OpenLDAP, FreeRADIUS,
MIT Kerberos, Heimdal, Cyrus SASL, strongSwan, OpenVPN, OpenConnect, BIND 9, Unbound, Squid,
HAProxy, keepalived and OpenDKIM): an RFC's number, an RPM macro, an autoconf directory
substitution, a list of alternatives, a field's name in a format string, a snake_case name with a
number, an OID's name and number, quoted-printable text, a pattern, an LDAP DN where C's
ldap_bind takes the entry (and the password after it is now the value), a C call read as an
ipsec.secrets line, a libtool rule, a GUID named for a component, password-policy attributes, a
SASL mechanism, a Kerberos principal's name as its test password, and a sentence's word before
closing brackets.

Round 101: web frameworks and auth libraries on npm (Sails, Egg, LoopBack, Feathers, Total.js,
Moleculer, AdonisJS, hapi, Fastify, Restify, Koa, Grant, simple-oauth2, express-openid-connect,
Passport, NextAuth, NestJS and Parse Server with their dependencies): a TypeScript type whose
arguments are a string literal type (``Opaque<string, 'password'>``), and base64 of a sentence
after Basic auth's user (``isaacs:not my real password``, npm's documentation).

Round 102: mail, calendar and media software (exchangelib, caldav, vdirsyncer, khal, Radicale,
Mailman, dkimpy, getmail6 and 38 more mail and calendar packages; yt-dlp, youtube-dl, gallery-dl,
streamlink, ytmusicapi, spotDL, beets and 16 more media tools on PyPI): Gmail's sender stamp in
a mail header, Google's image-serving options after an image's id in a URL (the id spells ``pw``
by chance), an address block in CIDR notation under a country code (``"PW"``, Palau), urllib's
``add_password(realm, (), …)``, YouTube's feedback tokens (``addToLibraryFeedbackToken``), an
entity's key, and the rest of a call chain after a string that ends in ``auth-token=``.

Round 103: test, QA and mobile tooling (Jest, Cypress, Storybook, Chromatic, Percy, Lighthouse,
Selenium, React Native, Expo, EAS, Cordova, Ionic, Capacitor, App Center, Sentry's CLI, Hubot and
Botkit on npm; Locust, Robot Framework, Appium, behave, Tavern, Schemathesis, VCR.py, Faker, Kivy,
Briefcase, Flet and more on PyPI): a working directory as ``pwd=`` a relative path, a quoted
message that goes on after a space past a backslash at the line's end, the code of a failure
(``GeneralSecretsFailure``), and the W3C WebDriver spec's shadow root identifier.

Round 104: Rails, Devise, Puma, Laravel and Symfony; routing, DNS, logging and storage daemons
(FRR, BIRD, Knot, PowerDNS Recursor, dnsdist, lighttpd, memcached, rsyslog, syslog-ng, GlusterFS
and Ganeti; Debian's sources): the allocation call an error message names (``calloc``), a dotted
name ending in a shell variable, the working directory as ``$pwd=getcwd``, a regular expression
of a URL whose port is a group, hex of a name and a handle in brackets, an authentication method
named by its protocol (``auth_ntlm``), SES's ``AWS3-HTTPS`` scheme, the name of the property that
holds a password, and an ordinal before a constant's words (``1ST_TOKEN``).

Round 105: map, 3D, chart and commercial UI component libraries on npm (CesiumJS, MapLibre,
Mapbox GL, ArcGIS, deck.gl, Leaflet, OpenLayers, three.js, Phaser, Babylon.js, PixiJS, A-Frame,
Highcharts, amCharts, AG Grid, Handsontable, TinyMCE, CKEditor, Froala, FullCalendar,
DevExtreme): a shader's lower-case type before its arguments (``texture_2d<f32>``), a form
body's first parameter (its value, reported by ``generic-query-credential``, stops at the
``&``: ``"client_secret=…&grant_type=…"``; two credential parameters in a row are both
reported), a render pass's ``subpass``, Handsontable's built-in trial key and the npm-search
index's Algolia search key in every Yarn release (published), and base64 of ``hello, world``.

Round 106: computer-vision and labelling SDKs on PyPI (Roboflow, Ultralytics, supervision,
FiftyOne, Labelbox, CVAT, Encord, Kili, Clarifai, fastai, nbdev, Voilà and more) and React state,
form and UI libraries on npm (react-admin, Refine, Recoil, Jotai, Zustand, Redux Toolkit, React
Hook Form, Formik, MUI, Chakra UI, Mantine, TanStack Query, SWR): a Recoil atom's key before its
default value.

Round 107: geospatial Python (the Earth Engine API, geemap, leafmap, Sentinel Hub, Planet,
pystac-client, OSMnx, rasterio, GeoPandas, folium, pydeck, eodag and more on PyPI): the Earth
Engine API's installed-app OAuth client secret (published), a phrase in CamelCase that ends in the
credential's word (``IAmAToken``), and an S3 object's key beside its bucket.

Round 108: notification and messaging SDKs on PyPI (Apprise, ntfy, Gotify, Pushover, Pushbullet,
notifiers, Opsgenie, PagerDuty, Firebase Admin, OneSignal, pywebpush, Expo's push SDK, Twilio,
Vonage, Plivo, MessageBird, ClickSend, Africa's Talking): a Microsoft correlation vector.

Round 109: linters and code-security tools (bandit, pylint, pyflakes, semgrep, safety, pip-audit,
detect-secrets, sqlfluff, checkov, ansible-lint, codespell, black on PyPI; ESLint with its
security, secrets, React and TypeScript plugins, Prettier, Stylelint, secretlint, Biome,
Spectral, cspell on npm; lintian and cppcheck from Debian's sources): the verb pass and a
reStructuredText link to a tool (``and pass flake8_.``), and a Windows batch file's name in a
list of a command line's tokens.

Round 110: bioinformatics and observational-science software (Biopython, pysam, scanpy, biotite,
scikit-bio, snakemake, BioBlend, Synapse's and Benchling's clients, gget, nglview; astroquery,
sunpy, earthaccess, harmony-py, Copernicus's and EUMETSAT's clients, pydap, siphon; ASE, the
Materials Project's client; igv.js and Mol* on npm): the first of a quoted list of numbers, a
FITS header card's number, and a data product's file name (``….fits``).

Round 111: office documents, PDF and fonts (openpyxl, python-docx, ReportLab, fontTools, pypdf,
pdfminer.six, XlsxWriter, python-pptx, pikepdf, PyMuPDF, WeasyPrint on PyPI; ExcelJS, PDFKit,
docx, jsPDF, pdf-lib, PDF.js, SheetJS, pdfmake, docxtemplater on npm; qpdf, Poppler and MuPDF
from Debian's sources): a property list's ``<key>`` (a camelCase name), a SWIG interface file's
call (code), and a short camelCase name of words under a qualified key (``pushKey("…")``).

Round 112: feature-flag and authorization SDKs (Flagsmith, GrowthBook, Unleash, Statsig,
Optimizely, LaunchDarkly, Split, OpenFeature, Casbin, Permit, Cerbos, OpenFGA, SpiceDB's client on
PyPI and npm, CASL, accesscontrol, PostHog's Node SDK and their dependencies): BIP-32's published
test vectors and the master keys of filler seeds (derived again by
``test_filler_seed_masters_are_public``), RFC 2202's HMAC key ``Jefe`` in hex, axios's README
proxy password, a value a comment calls an id (``// your customer id``), and a short prefix with
one run-time field (``f"auth0|{USER_CC_ID}"``).

Round 113: game development (pygame, arcade, pyglet, Ursina, pymunk, pypresence on PyPI; Phaser,
PixiJS, Colyseus, Kaboom, Excalibur, Matter.js, Howler, PlayCanvas, steamworks.js on npm; OpenTTD
from Debian's sources): a render pass named like a password (``SHADERPASS_UV0``,
``composePass.debug``), a minifier's two-letter name ``Pw`` among others, a string table's
``NAME :{COLOUR}text`` row, and a Windows app package's path (``….appxbundle``).

Round 114: personal-finance, accounting and trading libraries (Beancount, Fava, ofxtools, piecash,
Nordigen, Monzo, QuickBooks, Xero, NetSuite, yfinance, Alpaca, ib_insync, python-binance on
PyPI; Actual's API, Plaid, node-quickbooks, xero-node, Alpaca, binance-api-node, dinero.js on
npm): Twitter's documented OAuth 1.0a example credentials, which oauth-1.0a's README and tests
repeat.

Round 115: desktop-app, packaging and browser-extension frameworks (pywebview, Textual,
PyInstaller, Nuitka, cx_Freeze, py2app, Eel, NiceGUI, Reflex on PyPI; Tauri, electron-builder,
Neutralino, web-ext, Plasmo on npm): the example passwords of @tauri-apps/api's invoke()
documentation and node-forge's README, and an object's member in backticks after the verb pass
(``options.nunjucks``).

Round 116: e-learning software (the Canvas API client, XBlock, Open edX's opaque keys, events,
enterprise app and utilities, LTI libraries, nbgrader, otter-grader on PyPI; ltijs, ims-lti,
h5p-standalone, scorm-again, JupyterLab on npm): a word with an HTML entity for its apostrophe in
a translation (``dell&#39;utente``), an Open edX opaque key (``course-v1:…``), a method's
camelCase name around acronyms in Babel's classes (``renderCMIToJSONString``), and the example
client secret and refresh token of Google's gmail-oauth2-tools ``oauth2.py``.

Round 117: social, travel, translation and reference-data API clients (the AT Protocol's SDK,
Instaloader, facebook-sdk, PyOWM, DeepL, googletrans, NewsAPI, Yelp, Amadeus, Wikipedia-API,
mwclient, Pywikibot, Tweepy, pytumblr on PyPI; @atproto/api, twitter-api-v2, deepl-node,
snoowrap, masto, instagram-private-api, Google Maps services, mapbox on npm): a call whose
arguments are names in a comment (``BotPassword(botname, botpassword)``), and a did:key
identifier (a public key in multibase).

Round 118: cluster and server-management software (Pacemaker, Corosync and crmsh from Debian's
sources; proxmoxer, the oVirt SDK, libvirt-python, pyghmi, python-ipmi, redfish and sushy on
PyPI): a Pacemaker transition key (``11:7:0:<uuid>``, 18,204 findings in Pacemaker's test CIBs)
and an operation key (``operation_key="dummy1_start_0"``).

Round 119: libvirt from Debian's sources: an LVM volume's UUID under a storage volume's
``<key>``, a COM interface's id (``ITOKEN_IID_STR``), and QEMU's ``tls-creds`` naming a
credentials object by its id.

Round 120: monitoring agents (collectd's upstream tree; pysnmp, easysnmp, the NUT clients,
icinga2api, the Zabbix clients and prometheus-client on PyPI): collectd's documented example
passwords, which the collectd.conf every package installs holds in its commented examples.

Round 121: Tor from Debian's sources (with GraphQL servers and clients, Azure's and Google
Cloud's storage and secret SDKs on npm and Mojolicious, libwww-perl and Net::Amazon::S3, which
gave no false positive): a relay's ``master_key_ed25519`` (published), a directory authority
(``VALID_DIR_AUTH``), and a fingerprint under ``…_TOKENS_FP``.

Round 122: Exim and Sendmail from Debian's sources: a name inside a C message that goes on in
words (``"Empty password: ldapauth returns FAIL\\n"``), and the example SpamAssassin secret of
Exim's specification.

Round 123: industrial, vehicle and robotics protocol libraries (asyncua, opcua, pymavlink,
DroneKit, python-can, cantools, roslibpy, pyads, python-snap7, BAC0, xknx on PyPI; node-opcua's
client, modbus-serial, mavlink-mappings, roslib on npm): a field's type annotation written as a
string (``Password: 'ua.ByteString' = None``).

Round 124: AI coding tools on npm (Claude Code, the Gemini CLI, Codex, Qwen Code, GitHub
Copilot's CLI, with the Gemini CLI's 16 MB bundles scanned): the Gemini CLI's OAuth client secret
for installed applications (published, as gcloud's).

Round 125: OS installers and provisioning (cloud-init, debian-installer, FAI, Calamares and
debootstrap from Debian's sources; pykickstart, Cobbler, diskimage-builder, KIWI, archinstall,
Ironic, its Python agent, virt-firmware and tftpy on PyPI): Microsoft's published KMS client keys
(GVLKs) in Cobbler's answer file, an object path with capitalised pieces under a bare ``key``,
``tkey_foo``, a token shown as its start and end around two dots, "Bearer f00" in base64, and a
GUID under ``AuthVars``. A value's boundary moved too: the ``)`` that closes a bracket opened
before the key on its line ends the sentence, not the value (``(password: airoot)``), and a value
that ends in two dots is no longer read as cut short unless it has a token's prefix.

Round 126: wikis, forums and collaborative editors (DokuWiki from Debian's sources; MoinMoin,
django-wiki, Misago, django-machina and FlaskBB on PyPI; TiddlyWiki, Etherpad and NodeBB on
npm): Hawk's example key and Cisco's type 7 key (published), translations under ``language/``
and in TiddlyWiki's ``.multids`` files (one after wiki emphasis, ``//Jeton d'accès//``), the
Catalan word for password in leet, a CouchDB view row's key that repeats its id, base64 of
``barbaz:barbay``, and Joe Bloggs's surname as his password. A value's boundary moved too: an
HTML-escaped quote (``&quot;``) that closes the value is not part of it.

Round 127: printing and scanning (CUPS, cups-filters, Gutenprint, HPLIP, SANE's backends and
foo2zjs from Debian's sources; pycups, python-escpos, brother_ql and pyipp on PyPI; ipp and
thermal-printer clients on npm): a GNU ChangeLog header's author in angle brackets
(``<sharkey>``), a line of ASCII85 image data in a PostScript document, a closing curly quote's
entity (``&rdquo;``), a PGP key's fingerprint under a bare ``key`` beside a key server, C
assignments through a pointer (``*pw = wTmp;``, which the comment check took for a comment),
and Jenny's number as a fuzzer's job password. Raw Netpbm images are binary without a NUL byte.

Round 128: query engines and graph and document database clients (ZooKeeper from Debian's
sources; trino, presto-python-client, PyHive, pydruid, pinotdb, pyiceberg, Apache Beam, impyla,
hdfs, redshift-connector, python-arango, rethinkdb and gremlinpython on PyPI; their npm
clients): a command-line option that a provider rule's newline branch took for the value after
a placeholder (``--password=<SNOWFLAKE_PASSWORD>`` then ``--private_key_path=…``).

Round 129: streaming and media servers (Icecast, ices, MPD and MRTG from Debian's sources;
Mopidy and its Jellyfin and Spotify extensions, plexapi, python-mpd2, the Jellyfin client,
pylast, beets, tidalapi and spotipy on PyPI): an item's kind in words and its UUID under
Jellyfin's capitalised ``Key``; a bare ``Key`` is now read as ``key`` is (an S3 listing's object
path under it).

Round 130: HPC schedulers and workflow managers (Slurm from Debian's sources; EasyBuild,
pyslurm, dask-jobqueue, Parsl and FireWorks on PyPI): a parameter whose value is a file's path
(``AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key``).

Round 133: directory-server and identity-management libraries (FreeIPA's ipalib and ipaclient,
lib389 and python-freeipa on PyPI): 389 Directory Server's attribute names ending in the
credential word, in lower case (``nsds5replicacredentials``, ``nsslapd-rootpw``), as values of a
map from command-line options to attributes.

Round 134: git-based CMSs (Decap CMS and TinaCMS with their dependencies on npm): Crowdin's
in-context localization markers (``crwdns1340:0crwdne1340:0``), and a division in a bundle's code
read as a login and its password after ``diagObj.db`` (``w3 / 2).attr(…``).

Round 136: intrusion detection, file integrity and threat intelligence (ModSecurity, its Core
Rule Set, AIDE, Tripwire, chkrootkit and rkhunter from Debian's sources; PyMISP, misp-modules,
pySigma, TheHive's and Cortex's clients, ElastAlert 2, OpenCTI's client, suricata-update and
ZAT on PyPI): a regular expression's group opened right after ``pw`` (``pw(d|i))$``), a
command's name before its options in a usage line, a MISP machine tag's name before its
escaped value (``misp-galaxy:malpedia=\"…\"``), and ``malware`` as the password of a sample
archive.

Round 137: self-hosted cloud and calendar clients (nc_py_api, pyocclient, webdav4, wsgidav,
Radicale, caldav, vdirsyncer, khal and pyicloud on PyPI; the WebDAV, Nextcloud and Immich
clients on npm): an iCloud record zone's name under ``shared_key`` (``shared:SharedSync-<UUID>``),
SOGo's users table's ``c_password`` column (a hash), and ``curl -u`` with the user name as the
password.

Round 139: mail user agents (Alpine, Mutt, notmuch, aerc and Sylpheed from Debian's sources): a
struct member set to a function's name in a kernel patch quoted in a test mail.

Round 140: CAD and EDA (KiCad and FreeCAD from Debian's sources): "basic" before a name no
base64 text has the length of, and a verb with a prefix the dictionary lacks (``deactivating``)
after a render pass's ``pass1:``.

Round 141: audio, video and photo production (Audacity, Mixxx, LMMS, OBS Studio and darktable
from Debian's sources): Mixxx's controller scripts' member names in ``<key>`` elements, a
filter's pass band in a constant's name (``kFidSpecLowPassBessel4``), OpenCL kernels read as
code, and a word closed by an emphasis's ``*``. XPM images are binary.

Round 143: research and reference-management clients (pyzotero, bibtexparser, citeproc-py,
habanero, arxiv, scholarly, semanticscholar, pybliometrics, pyalex, metapub, crossrefapi, orcid,
pypandoc, panflute, pybtex, zotero-cli and papis on PyPI; citation-js, citeproc and
bibtex-parse-js on npm): the key of a key/value pair (``String(key="…", value=…)``), a
ScienceDirect page's ``trace-token``, Backdrop's ``theme_token`` and a BibTeX citation key
(``citationKey: 'jackson418nguyen'``).

Round 144: amateur radio (direwolf, aprx, Fldigi, WSJT-X, JS8Call, CQRLOG and LinPac from Debian's
sources; aprslib, pyhamtools, qrzlib, CHIRP, adif-io and pyQRZ on PyPI): the callsign lists of a
country file, each callsign marked by a leading ``=`` (``=PQ0MM =PW0P =PW0W|Brazil``).

Round 146: firmware and boards (U-Boot, OpenOCD, avrdude, dfu-util and Arduino's AVR core from
Debian's sources; PlatformIO, esptool, mpremote, ampy, rshell, Blinka, pyOCD, circup and west on
PyPI): a confirmation phrase with one-letter words (``"I_know_what_I_am_doing"``), a device
tree's file name (``hi6220-hikey.dtb``) and a PKCS #11 token's label, URL-escaped text with
spaces (``token=OpenPGP%20card%20…``).

Round 147: remote-desktop and terminal software (PuTTY, FreeRDP, TigerVNC, mosh, tmate and kitty
from Debian's sources; asyncssh, pywinrm, pypsrp, vncdotool, sshtunnel, parallel-ssh and Fabric
on PyPI): a Windows help topic's id named for a setting (``WINHELP_CTX_…_password``) and a cipher's
SSH name after ``privatekey:`` (``aes256-cbc``).

Round 148: web analytics and survey tools (SurveyJS, Matomo and Snowplow trackers, Countly,
formio, umami, Plausible and swetrix from npm; citric, limepy, matomo-api, piwikapi and
snowplow-tracker on PyPI; AWStats' Debian packaging): a translation bundle named for its
translations (``survey-creator-core.i18n.js``), where ``password: "lozinka"`` is a label.

Round 149: SAML and XML security (Lasso, mod_auth_mellon, xmlsec1, OpenSAML, Shibboleth SP and
XMLTooling from Debian's sources; signxml, python3-saml, xmlsec, pysaml2 and djangosaml2 on PyPI;
passport-saml, saml2-js, xml-crypto and oidc-provider from npm): a URN as a value
(``"urn:ietf:rfc:2945"``) and a base64 CMS SignedData (a XAdES timestamp token, ``MII…YJKoZIhvcNAQcC``).

Round 151: identity brokers and git forges (Ory, Zitadel, authentik, kanidm, Logto, Casbin and
Gitea clients; Rocket.Chat's and Jitsi's SDKs): the claims of jwt.io's sample token alone, unsigned.

Round 153: VoIP and DNS (BIND 9, belle-sip, bctoolbox, oRTP, sofia-sip, Linphone and Jami with its
bundled pjproject from Debian's sources): RFC 7748's X25519 and X448 examples, SoftHSM's
``--token`` label, Digest's ``rspauth``, a keyed archive's ``<bool key="…">`` (Interface Builder),
a ``<key>`` in a property list's own file and a Jenkins credentials id in a Jenkinsfile.

Round 154: e-learning (Kolibri, nbgrader, XBlock, canvasapi, PyLTI1p3, moodlepy; ltijs, ims-lti,
scorm-again, h5p-standalone): Crowdin's in-context markers around a string's placeholders.

Round 155: research data repositories (DataLad, pyDataverse, osfclient, bioblend, planemo, nf-core,
ckanapi, Invenio): a git-annex key (``MD5E-s5--<md5>.dat``).

Round 156: migrations and message brokers (alembic, yoyo, kafka-python, aiokafka, confluent-kafka,
faust, dramatiq, pyzmq, sqlfluff; node-pg-migrate, umzug, kafkajs, zeromq; ZeroMQ's sources):
Python's ``%`` operator after a prompt's string (``"… password: "%(username, server)``).

Round 159: mobile app tooling (androguard, objection, apkleaks, frida-tools, buildozer,
python-for-android, kivy-ios and briefcase on PyPI; appcenter-cli, eas-cli, detox, cordova-lib and
the React Native, Capacitor and Expo CLIs from npm): a JVM type descriptor in a method's signature
(``Ljava/lang/String;``), an Apple Security constant's four-letter code (``kSecClassGenericPassword
= "genp"``) and a regular expression's character class cut at an escape (``sq0atp-[0-9A-Za-z\\-_]``).

Round 160: GIS (MapServer, Mapnik, osm2pgsql, PostGIS and tilemaker from Debian's sources; OWSLib,
geoserver-rest, pygeoapi, MapProxy, terracotta, GeoAlchemy2, sentinelhub, planet and pystac-client
on PyPI; OpenLayers, MapLibre, ArcGIS and Esri Leaflet from npm): an Azure SAS query string whose
``&`` are JSON's ``\\u0026`` (with the backslash lost in planet's docs: ``u0026``).

Round 162: bioinformatics (EMBOSS, BLAST+, samtools, bcftools, htslib and Biostrings from Debian's
sources; LabKey, OMERO, pyBIS, PyCap, benchling-sdk, dxpy, synapseclient and FireCloud on PyPI):
an ontology term's id (``PW:0001002``), a filter expression's comparison (``GT!="alt"``), a VCF
record's ``PASS`` and INFO field, and a protein's letters where a NATS seed's checksum fails.

Round 164: scientific computing (GROMACS, LAMMPS, Octave, Maxima, R, gnuplot, gmsh and Open
Babel from Debian's sources): a reStructuredText role's content (``:mdp:`nstlist```, the role's
name French for password) and an Info manual's cross-reference (``*note pwd: XREFpwd``).

Round 165: scientific data formats (HDF5, netCDF, NCO, OpenFOAM and VTK from Debian's sources): a
printf conversion between the marks of a debug line (``password=|%s|``) and a JNI field's type
with its semicolon (``"Ljava/lang/String;"``).

Round 168: language runtimes (CHICKEN, gawk, mawk, gforth, OCaml, SWI-Prolog, Tcl and Tk from
Debian's sources): a C declaration of a pointer to a passwd entry (``struct passwd *C_user;``)
and a PGP fingerprint under a name with "pgp" glued to "key" (``pgpkey=266FF04C…``).

Round 171: keyrings and OpenPGP (GnuPG, GPGME, libgcrypt and keyutils from Debian's sources;
keyring, SecretStorage, pykeepass, python-gnupg and PGPy on PyPI; keytar, OpenPGP.js and kbpgp
from npm): a fingerprint under GnuPG's ``fpr`` or an armored file's name (``'dsapubkey.asc'``),
base64 of text after a run of A's (an armored archive's line, not a bearer token) and an NSIS
``.imp`` file name before a path (not Oracle's ``imp user/password``).

Round 172: CI/CD clients (python-jenkins, jenkinsapi, Buildkite's, TeamCity's, Azure DevOps' and
CircleCI's clients on PyPI and npm): a CircleCI status badge's token in a README's badge image.

Round 173: multimedia (FFmpeg, GStreamer's good and bad plugins, mpv, Audacity, OBS Studio and
PulseAudio from Debian's sources): a register operand in GCC's inline assembly (``%%mm6`` after
``ff_pw_5``, a table of packed words).

Round 174: e-commerce (Medusa, Vendure, Shopify's, commercetools', BigCommerce's, Spree's and
Saleor's SDKs from npm; django-oscar, ShopifyAPI, Shuup and Paddle's SDK from PyPI): a password
typed along the keyboard and typed again with shift (``123!@#asdASD``).

Round 175: office suites (Gnumeric, GOffice, AbiWord, Calligra, Poppler and qpdf from Debian's
sources): a password of runs along two letter rows (``asdfqwer``) and a thesaurus entry's words
between semicolons after the word pass.

Round 178: authentication daemons (Heimdal, Dropbear with its libtomcrypt, Cyrus SASL from
Debian's sources): upper-case hex digits after ``EAA`` in an ECC test vector (no Facebook token)
and a program of the passwd family renamed in a ChangeLog (``kpasswd -> kadmin``).

Round 179: toolchains (Binutils, GDB, Valgrind and strace from Debian's sources): a code name
after "Pass" in a ChangeLog, DejaGnu's ``pass "name"`` in an Expect script, a shell variable
(``$pwd``) before the next argument, and a field's name with its printf conversion
(``stack_size=0x%lx``).

Round 180: virtualization (QEMU with its firmware trees, Xen and DOSBox from Debian's sources): a
GUID-named macro (``#define SEV_SECRET_GUID "…"``), a test's outcome codes (``PASS=0/FAIL=!0``)
and a parsed word compared with an option's name (``g_strcmp0(tokens[0], "l2blksize")``).

Round 181: desktop applications (KIO, Konsole, Okular, KMail and Akonadi from KDE; Thunar and
Xfce's panel, session and settings from Debian's sources): the Vietnamese word for password in
a translated URL (``người_dùng:mật_khẩu@``), a WebDAV lock token (``opaquelocktoken:…``) and an
OpenPGP public key in base64 (an Autocrypt ``gossip_key``; the same bytes under a secret-key
packet's tag stay reported).

Round 184: electronics design and GPS (Yosys, Verilator, ngspice and gpsd from Debian's
sources): an NMEA 0183 sentence whose checksum holds (an AIS receiver's armored payload) and a
SPICE netlist's ``pw`` parameter (a pulse's or a transistor's width).

Round 187: Chinese platforms' SDKs (WeChat, Alipay, DingTalk, Lark, Baidu, Aliyun OSS, Tencent COS
and Qiniu, from PyPI and npm): a label joined to a key at run time before an HMAC
(``"aliyun_v4".concat(accessKeySecret)``).

Round 188: Japanese and Korean platforms' SDKs (LINE's bot SDK and LIFF, PAY.JP, kintone,
Rakuten, Iamport, Toss Payments and Kakao, from PyPI and npm): a LINE webhook event's
``replyToken`` and a request's retry key (``X-Line-Retry-Key``, an idempotency key).

Round 189: Russian platforms' SDKs (VK, YooKassa, YooMoney, Tinkoff, CloudPayments, amoCRM,
Bitrix24 and Yandex Music, from PyPI and npm): YooKassa's idempotence key (``idempotenceKey``).

Round 192: remote desktops (FreeRDP and TigerVNC from Debian's sources): "pass" in leet before a
closing run of digits and symbols (``P4ss123!``, as ``Pass123!`` already was).

Round 193: data apps and BI tools (BinderHub, Voilà, Shiny, JupyterHub's authenticators and
spawners, Looker's, Redash's and Metabase's SDKs, Observable Framework): base64 of a verse over two
lines (``Take my love, take my land⏎Take me where I``) as a sentence.

Round 195: the benchmark tree's natural findings (not the planted ones): a private key with
EXAMPLE written into its base64, as the AWS CLI's examples mark it (a test below makes the key).

Round 197: printing and wikis (CUPS, cups-filters, Gutenprint, HPLIP, foomatic, DokuWiki): no
change.

Round 198: Clojure and OCaml tools (Leiningen, Compojure, dune, opam, Coq, Why3, Frama-C): a CI
cache's key in capitals (``CACHEKEY:``) as ``cache_key`` already was, and cmd.exe's substring of a
variable (``%ORIGINAL_PWD:~-1%``).

Round 199: sixty source packages drawn at random from Debian's archive: a compiler pass's program
under a system folder (``"/lib/fc1"``) and a usage synopsis's optional user-info in brackets
(``[[ftp://][user:pass@]host]``).

Round 200: eighty more packages drawn at random (seed 200), Qt WebEngine's copy of Chromium among
them: an argument's name in a comment before it (``/*password=*/true``), a parameter between
pipes (``|account_id|``), a keyboard shortcut, a path under a variable (``$deqp_path/…``), a
Maildir message's name, a test key named by its algorithm (``Ed25519-2``), SPIR-V instructions,
Vulkan valid-usage ids, a revision's and a checksum's key names, a COM class id, C's integer types,
3DES's ``Key1`` and a vector's key in a test's comment, base64 of counting bytes, private keys in
Wycheproof's vectors, Unity's PlayStation passcodes, ColdFusion's session token in a copied link,
RFC 5769's STUN password and numbered placeholder logins in Basic headers (``foo2:bar2``).

Round 201: five large sources (Firefox ESR, LibreOffice, OpenJDK 17, WebKitGTK, PHP 8.2): Google
Test's ``gtests/`` and ``unittests/`` as test folders, NIST's CAVS/CAVP/ACVP sample files as test
vectors, an Android app's translated strings (``res/values-bs/strings.xml``), ``tokenid`` and
``secretid`` as ids, platform names (``windows_x86_64``), brackets in a URL's user-info in a test,
a PKCS#11 URI's token label, an old Google Sheets link's document key and a Redash embed key.

Round 202: a second reading of round 201's findings: a printf conversion after ``0x`` and a
field's name (``hSession=0x%08lX``), text written as HTML character references (an emoji in a
password field's test), and the names a value is kept under (``COUNTER_KEY``, ``_LOCK_KEY``,
``Sec-WebSocket-Key``, the handshake's nonce).

Round 203: Go 1.19, Node.js 18, Ruby 3.1 and rustc 1.63: an enum's constant qualified by its
scope (``CBORTokenTag::INT32``), a Go checksum database's verifier key (public) and RFC 6455's
GUID after the ``=`` of a concatenation.

Round 205: Thunderbird's own sources (comm/): a DTD entity named with a dot (``&tagCmd0.key;``)
and a key name that negates a plural (``nottokens``).

Round 206: LLVM 15 and GCC 12: a compiler's optimization passes (``-run-pass=``,
``-pass-remarks=``, ``Running pass:``, a ``MODULE-PASS`` check prefix), a placeholder in a
usage synopsis (``<pass>=range``), a GNU ChangeLog entry's verb (``(func): Pass X``, and
GCC's ``FSFChangeLog``), Texinfo's ``@var{arg}``, Apple crash reports' ``crashReporterKey``, an
HMAC's digest compared (``hmac!MD5(key) == "…"``), a C pointer declaration (``opt_pass *name``)
and lit's result lines (``PASS: LLVM TLI matched``, ``XPASS: LLDB (%s)``).

Round 207: Linux 6.1, Mesa and Blender: device tree nodes (``mdp: mdp@1a01000 {``), a test
script's ``echo "PASS: vxlan"``, a POSIX class (``[[:digit:]]``), a format with two printf
conversions, GnuPG's ``RSA key C940…`` (a key's id), lockdep's ``slock`` keys, a subpass's kind
(``SUBPASS_MS``), Kbuild's object files, a test's expected ``skip`` and base64 broken by XMP's
``&#xA;``.

Round 208: eighty packages at random: how a password field is drawn
(``PasswordField.background=45494A``).

Round 209: systemd, U-Boot, KiCad, Boost, GNOME Shell and Mono: a symmetric cipher's, MAC's or
KDF's test file named for it (``SymmetricAlgorithmTest.cs``) as a test-vector file, a Windows
PUBLICKEYBLOB (``…52534131…``, RSA1), a printf conversion before ``%%``, a usage's choices
(``host|tpm2|auto``) and PagerDuty's rule on a PascalCase name.

Round 210: eighty packages at random, GIMP, Inkscape and KIO: a provider token inside a line of
base64 wrapped at 76 columns (an SVG's embedded PNG), and a secret that starts with "/" whose
pieces are random (``/C7va…/mr`` is no path; a three-letter lower-case piece still makes one).

Round 212: 120 packages at random: protein and peptide sequences (``LTAIIGAPWFVWLLVRMR`` in a
FASTA file, ``sequence="…ASIALAGGG…"``), base64 arrays in mzML's ``<binary>``, an example in a
usage synopsis's optional group (``[--password c4rr0t5]``), ``[optional]`` before a string's
escapes and a pointer mark that ends a declaration's line.

Round 213: 120 more packages at random: a .pgpass-shaped row of numbers whose first field is no
host (``1:1:6:*:water``), judged on its own line now that the engine hands the filters the line
a ``(?:^|\\n)``-anchored match is about.

Round 214: 150 packages at random: printf's floating-point conversions (``PW=%8.5g``).

Round 215: 200 packages at random: control characters in a value (nroff's backspace overstrike,
an Info file's DEL-separated tag table) and the file grep reads after its pattern.

Round 216: 200 more packages at random: Wi-Fi authentication suites (``wpa2-psk``), an
/etc/group line's tail, a BSD-style checksum line (``MD5 (file) = digest``) and a key naming the
first of an algorithm's passes (``firstPassFragment``).

Round 217: 200 more packages at random: the Swedish metasyntactic word ``gazonk`` and a field's
length option (``max_length=128``).

Round 218: 400 packages at random (two draws): a pass/fail verdict (``*passFail = DmtxFail``),
Rcpp's generator token, a Visual Studio setup project's typed GUIDs (``"MsmKey" = "8:_0925…"``),
a host's MAC address under an ``Auth.`` key in a CEF event.

Round 219: 250 packages at random: Cirrus CI's encrypted variables (``ENCRYPTED[a289…]``), Tor's
``--HashedControlPassword`` on a command line, ``AWSSecretAccessKey`` as a URL's password.

Round 220: 750 packages (a draw of Go, Node, Python, Ruby, PHP and Rust libraries, two random
draws): Docusaurus 1's ``website/siteConfig.js`` (the DocSearch key), the older host of Google
Sheets' links, APT's repository key fingerprints, a placeholder as an option's value
(``trustStorePassword=<passwd> sslclient``), an abbreviation (``p.pass. = participio passato``),
a DTD's parameter entity (``%disabled;``).

Round 221: 250 packages at random: German's ``Kompass`` (no password's ``pass``), an 802.1X EAP
tunnel's inner method (``phase2_auth = "plain_mschapv2"``), Qt's ``bearer`` plugins folder in a
path, a pointer's member in a yacc grammar's C action (``.y`` files are code).

Round 222: Samba, OpenJDK 17, Node.js, PHP 8.2, Ruby 3.1, Go 1.19, Apache, phpMyAdmin, Cargo:
CLDR's ``<territory type="PW">`` (Palau), a 40-bit TLS PRF test secret in colon hex, a package
list's ``-P zip</code>``, a comment's sentence ending ``identified by vmid.``, a JNI method
descriptor, an X logical font description, base64 of the alphabet, a name for a credential's
hash (``lmPwdHash``) before a comment's close, a regular expression's escaped group, a C
function's return type in an ABI signature file, a printf field in brackets (``[0x%08X]``).

Round 223: PostgreSQL 15, Wireshark, GnuTLS, Docker, ClamAV: a C typedef's name in a man page's
prototype, Automake's ``_SOURCES``, a GnuTLS priority string, an ``/etc/services`` port, ASN.1's
``IDENTIFIED BY`` inside an object set, a comment closing right after a word.

Round 224: 250 packages at random: a C variable's address after the verb (``don't pass
&yylloc.``), fixed-form Fortran as code, metavariables joined as alternatives
(``PEMFILE|PKCS11-URL``), a PostgreSQL dollar-quoted string ending after a sentence.

Round 225: 250 packages at random: a script's interpreter line (``pw: #!/bin/sh``), a URL as
``-u``'s argument, a translation under a Java properties key with escaped spaces, one whole line
of a base64 blob wrapped at 76 columns (a Twitter bearer token's run of ``A``).

Round 226: 250 packages at random: a package's architecture before an HTML entity
(``xauth:amd64&nbsp;``), Cython files as code, an array element's address after the verb, a
property list's ``<key>`` around a UUID, LLVM's ``#define PASS_KEY "x86-slh"``, a DWARF constant's
name, a FileCheck prefix ending in ``BYPASS``, a Perl variable before its statement's end.

Round 227: 250 packages at random: a credential's name in lower case glued words as a URL's
password (``username:personalaccesstoken@``), an empty bracketed field in nDPI's expected output
(``[Pwd: ][Auth Failed]``).

Round 228: 200 packages at random: Fortran include files (``.fh``) as code, GNU Radio's
``audio_pass`` (a low-pass cutoff), Automake's ``_SOURCES_DIST``.

Round 229: 500 packages at random: JOSE RFC example keys cut where a C literal's line ends and
three more of them (RFC 7516 A.1, A.2, RFC 7517 C.1), the bearer token of Twitter's web client,
a Flickr photo's URL secret, a tool's name with a commit's short hash, code after a closed
block comment.

Round 230: 500 packages at random: an Exchange correlation key, a name with a random fraction,
an e-mail address as the password, anonymous CVS's ``anoncvs``, a regular expression's next
alternative, Inno Setup's ``.isl`` messages, HTTP Digest's ``rspauth``, ``UUID:``-prefixed
UUIDs, Twitter's three-legged OAuth examples (also split over lines: a published value's
24-character head), an else-if chain on a parsed token.

Round 231: 500 packages at random: Free Pascal's units (``.pp``) as code and its include files'
statements (``.inc`` lines ending in ``;``), PyNaCl's Argon2 known-answer files, an ABNF
repetition of a lower-case rule, GIPHY's public beta key.

Round 232: 500 packages at random: make rules in makefiles, ASCII85 image data in PostScript,
the argument after a password switch that takes no value (``--disabled-password``).

Every quiet case has a reported counterpart one step away.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tether.scan.engine import Engine
from tether.scan.filters import PUBLIC_VALUES, _is_openpgp_public_b64

from .conftest import changed_mid, check_case, found_by_both, table_cases

EXT_PASSWORD = "src/utils/ext_password.c"
LOG_LINE = '\t\twpa_printf(MSG_ERROR, "EXT PW: mlock failed{}",\n'
CONFIG_WRITER = "wpa_supplicant/config_file.c"
WRITE_PASSWORD = '\t\tfprintf(f, "\\tpassword=ext:{}\\n", cred->password);\n'
E_URL = "src/libedataserver/e-url.c"
GTK_DOC = " * included in the string if @show_password is set to {}.\n"
MESON = "libsecret/meson.build"
DEPENDENCIES = "  {}_dependencies += gcrypt_dep\n"
SYNAPSE_KEY_PY = "synapse/config/key.py"
MATRIX_ORG_KEY = "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"
VERIFY_KEY = '    #                     "key": "{}"\n'
OPSDROID = "opsdroid/configuration/example_configuration.yaml"
TOKEN_LINE = "#    token: {}\n"
MATRIX_README = "README.md"
ACCESS_TOKEN = 'const myAccessToken = "{}.qPEvLuYfNBjxikiCjP";\n'
EXAMPLE_USER = base64.b64encode(b"@example:localhost").decode()
REAL_USER = base64.b64encode(b"@alice:matrix.org").decode()
NM_TEST = "src/core/platform/tests/test-link.c"
WIREGUARD_B64 = "YCORDQDpb1U8vADdstBgXkg0N7QaAc5VoXJ4QFuA/UY="
B64_LINE = '         "{}",\n'
CHANGELOG = "debian/changelog"
INSTALL_NOTE = "  * Install wpa_passphrase to {}, there is no need for it in early boot.\n"
PASSPHRASE_C = "wpa_supplicant/wpa_passphrase.c"
USAGE = '\t\tprintf("usage: wpa_passphrase <ssid> [{}]\\n"\n'
COMPOSER = "src/Symfony/Component/Security/Core/composer.json"
REQUIRE = '        "symfony/password-hasher": "^5.3|{}6.0",\n'
PARENTS = "src/Symfony/Component/Translation/Resources/data/parents.json"
PARENT_LOCALE = '    "en_PW": "{}",\n'
AUTHN_CONTEXT = "src/saml2/authn_context/ippword.py"
URN_DOC = (
    '    """The {}:oasis:names:tc:SAML:2.0:ac:classes:InternetProtocolPassword:{} element"""\n'
)
CLARK = (
    '    c_children["{}urn:oasis:names:tc:SAML:2.0:ac:classes:InternetProtocolPassword" '
    '"}}Extension"] = (\n'
)
PROVIDER_UTILS = "supertokens_python/recipe/thirdparty/providers/utils.py"
DEV_KEY = 'DEV_KEY_{} = "4398792-"\n'
TEST_LOG = "tests.log"
BIP32_DOC = "readme/bip32.md"
XPUB = (
    "6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7"
    "xmALppuCkwQ"
)
KEY_STR = '    key_str = "{}"\n'
# the first English entry's xprv in Trezor's BIP-39 vectors (python-mnemonic's vectors.json)
VECTOR_XPRV = (
    "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMwvKD"
    "wqdKiGJS9XFKzUsAF"
)
VECTOR_LINE = f'        "{VECTOR_XPRV}"\n'
CARGO_CHECKSUM = "vendor/syn/.cargo-checksum.json"
FILE_DIGEST = "43e56a701817e3c3bfd0cae54a457dd7a38ccb3ca19da41e2b995fdf20e6ed18"
CHECKSUMS = '{{"files":{{"build.rs":"b815649fd2929d3debd93a58f5da2fb8eba506047a6a5ba538347305828a87b0","{}":"{}"}}}}\n'
ARCHS = "src/intrinsic/archs.rs"
BUILTIN = '    "llvm.aarch64.sve.sm4ekey" => "{}builtin_sve_svsm4ekey_u32",\n'
LMACCESS = "src/um/lmaccess.rs"
SA_NAME = 'pub const SERVICE_ACCOUNT_PASSWORD: &\'static str = "_SA_{{262E99C9-6160-4871-ACEC-4E61736B6F2{}}}";\n'
CODECOV_README = "vendor/jsonpath_lib/README.md"
SHIELDS = "![Codecov](https://img.shields.io/codecov/c/github/freestrings/jsonpath{}?token=92c41b4e7cf04a9cbebc08f68c5da615)\n"
XERO_CASSETTE = "tests/cassettes/test_vcr.yaml"
GA_KEY = '      "googleAnalyticsDevPortalKey":"UA-3776042-31{}",\n'
# (a rule quoted outside a makefile: in a makefile every rule is quiet, round 232)
PUTTY_RULE_NOTES = "src/putty/doc/building.txt"
OBJECT_RULE = "fzsftp-ssh2userauth{}: ssh2userauth.c\n"
CONVEX_SECRETS = "cli/lib/localDeployment/secrets.js"
CARNITAS = "4361726e697461732c206c69746572616c6c79206d65616e696e6720226c6974"
HEX_SECRET = 'export const LEGACY_LOCAL_BACKEND_INSTANCE_SECRET = "{}";\n'
TRIGGER_K8S = "docs/self-hosting/kubernetes.mdx"
HELM_SECRET = '    {}: "s3-credentials"\n'
CONVEX_LOGIN = "src/cli/lib/login.ts"
CLIENT_ID = '  const clientId = overrideAuth{} ?? "HFtA247jp9iNs08NTLIB7JsNPMmRIyfi";\n'
TRIGGER_WEBHOOKS = "dist/esm/v3/webhooks.js"
PROVISIONING = '            secret{}: "integrator",\n'
QSTASH = "index.js"
QSTASH_KEY = "sig_7kYjw48mhY7kAjqNGcy6cr29RJ6r"
SIGNING_KEY = '  currentSigningKey: "{}",\n'
EM_PROMPT = "lisp/eshell/em-prompt.el"
AUTOLOAD = '(autoload \'eshell{}pwd "em-dirs")\n'
ZSH_TEST = "Test/E01options.ztst"
# (zsh's line is path=($PWD $PWD/pdt_topdir); the first $ is left out so that round 179's check
# of a shell variable before the value does not stand in for this one)
PWD_PATH = "  path=(PWD ${}/pdt_topdir)\n"
INIT_EL = ".emacs.d/init.el"
SETQ = '(setq org-gcal-client-{} "Gq7xNv2KpL9mZr4TwY8s")\n'
JETTY_FACTORY = "http2/client/HTTP2ClientConnectionFactory.java"
CONTEXT_KEY = '    public static final String CLIENT_{}_KEY = "http2.client";\n'
GRADLE_GUIDE = "userguide/organizeBuildLogic/build.gradle"
ANON_FTP = '            ftp(server: "ftp.apache.org", userid: "{}", password: "me@myorg.com") {{\n'
HANDSHAKE_TESTS = "server/DefaultHandshakeHandlerTests.java"
WS_SETTER = '\t\theaders.setSecWebSocket{}("82/ZS2YHjEnUN97HLL8tbw==");\n'
ICINGA_API_DOC = "doc/12-icinga2-api.md"
CURL_API = "curl -k -s -S -i -u root:{} 'https://localhost:5665/v1'\n"
STAR_HISTORY = (
    '   <source srcset="https://api.{}.com/chart?repos=unclecode/crawl4ai&type=date'
    '&sealed_token=KuajrA7ScH8VT4KagC7nm1xbazTVaNs6rdok4At2dV6tDl91YR" />\n'
)
STAR_TOKEN = "KuajrA7ScH8VT4KagC7nm1xbazTVaNs6rdok4At2dV6tDl91YR"
JOTTACLOUD = "backend/jottacloud/jottacloud.go"
BEARER_HEADER = '\t\tExtraHeaders: map[string]string{{"Authorization": "Bearer {}"}},\n'
MASHED = base64.b64encode(b"slkfjhadlfakjhdslfkjahsdlfkjhasldfkjhasdlkfjhlkj").decode()
TYPED_TOKEN = base64.b64encode(b"Zk4mQ7pLx2wRt9Vb3Nc8Hd1Jf6Gs0TyUk4mQ7pLx2wRt9Vb3Nc8").decode()
MISAGO_JS = "misago/static/misago/js/misago.js"
STRENGTH = 'pgettext("password strength indicator","Entered password is {}."),x\n'
COLOURED = "  passwordreset: {}[33;3;2m[test/emailpassword/passwordreset.test.js]\x1b[0m\n"
XP_FIXTURES = "sf_core/tests/xp_backend/fixtures.rs"
XKCD_PASSWORD = 'pub const SECRET_PASSWORD: &str = "correct-horse-battery-{}-9F3A";\n'
SQLMESH_CONFIG = "tests/core/engine_adapter/integration/config.yaml"
STRONG_PWD = "    password: 1{}Pwd@@\n"
AIRFLOW_MIGRATION = "migrations/versions/0108_3_2_0_fix_migration_file_ORM_inconsistencies.py"
SWQ = "ogr/swq.cpp"
TOKEN_LIMIT = '    if (osToken == "{}")\n'
POINT3D = "src/3d/symbols/qgspoint3dsymbol_p.cpp"
PASS_VERB = "  // QMatrix3x3 is not supported for passing to shaders, so {} pass QMatrix4x4\n"
QT_CMAKE = "mac/cmake/1qt.cmake.in"
LOOP_PW = "{} (PW _iqt;Qwt)\n"
CREDENTIALS_SIP = "python/core/auto_generated/qgscredentials.sip.in"
MASTER_PASSWORD = (
    "    virtual bool requestMasterPassword( {} &password /In,Out/, bool stored = false ) = 0;\n"
)
QGIS_SYMBOLS = "debian/libqgis-core3.22.16.symbols"
THUNK = (
    ' (c++)"non-virtual thunk to QgsCredentialsConsole::requestMasterPassword({}, bool)@Base" 2\n'
)
PGPOOL_CERT = "src/test/regression/tests/029.cert_passphrase/cert.sh"
GENRSA = "openssl genrsa -aes256 -out server.key -passout pass:pgpoolsecret 2048\n"
K8S_TESTDATA = "staging/src/k8s.io/api/testdata/HEAD/apps.v1.DaemonSet.yaml"
LABEL_KEY = "        - key: {}\n"
FUZZED_KEY = "2.-__E_Sv__26KX_R_.-.Nth._--S_4DA_-5_-4lQ42M--n1-5"
VOLUME_BUILD = "pkg/volume/BUILD"
BAZEL_LABEL = '        "//pkg/volume/secret{}all-srcs",\n'
X_SYS = "vendor/golang.org/x/sys/windows/service.go"
SYS_DIRECTIVE = (
    "//sys\tCreateService(mgr Handle, serviceName *uint16, password *{}) (handle Handle, err "
    "error) [failretval==0] = advapi32.CreateServiceW\n"
)
KEYRING_TEST = "pkg/credentialprovider/keyring_test.go"
FAKE_COMMENT = '\t\tPassword: "squash", // {}alue for testing.\n'
VSPHERE_TEST = "legacy-cloud-providers/vsphere/credentialmanager_test.go"
SECRET_NAMESPACE = '\tsecret{} = "kube-system"\n'
STORAGEOS = "pkg/volume/storageos/storageos.go"
STORAGEOS_DEFAULT = '\tdefaultAPIPassword  = "{}"\n'
REST_GO = "apiserver/pkg/registry/rest/rest.go"
TODO_PASS = "\t// TODO: Pass metav1.{}\n"
ENGINE_API = "docs/api/v1.25.yaml"
SWARM_WORKER = '        Worker: "{}"\n'
SWARM_TOKEN = next(v for v in PUBLIC_VALUES if v.startswith("SWMTKN-1-1h8aps") and v.endswith("1a"))
KUBEADM_DOC = "cmd/kubeadm/app/apis/kubeadm/v1beta2/doc.go"
BOOTSTRAP_TOKEN = '// \t- token: "{}"\n'
KUBEADM_TOKEN = next(v for v in PUBLIC_VALUES if v.startswith("9a08jv."))
ACR_CUSTOM = "azure/cli/command_modules/acr/custom.py"
ACR_LOGIN = "        \"for example: 'docker login loginServer -u %s -p {}'\", EMPTY_GUID)\n"
AZ_PROFILE_HELP = "azure/cli/command_modules/profile/_help.py"
AZ_LOGIN = "        text: az login --username johndoe@contoso.com --password {}\n"
FORM_LOGIN_TEST = "Security/Http/Tests/Authenticator/FormLoginAuthenticatorTest.php"
MASKED_SECRET = (
    "        $this->userProvider = new InMemoryUserProvider(['test' => ['password' => '{}']]);\n"
)
TWO_FACTOR_TEST = "test/classes/TwoFactorTest.php"
KEY_HANDLE = "            'key{}' => 'CTUayZo8hCBeC-sGQJChC0wW-bBg99bmOlGCgw8XGq4'\n"
CONTROLLER_TEST = "FrameworkBundle/Tests/Controller/AbstractControllerTest.php"
SERVICE_CLASS = "            'security.authorization_checker' => '?Symfony\\{}\\Security\\Core',\n"
GRAPHQL_POOL = "test/python/_constants/fixtures/graphql_string_pool.py"
POOL_TOKEN = 'TOKEN = "{}"\n'
GITHUB_SPEC = "tests/bench/specs/github.yaml"
CLONE_TOKEN = "                  temp_clone_token: {}\n"
GITHUB_CLONE_TOKEN = next(v for v in PUBLIC_VALUES if v.startswith("ABTLWHOU"))
PULUMI_RPC = "node_modules/@pulumi/pulumi/runtime/rpc.js"
SIG_KEY = 'exports.specialSigKey = "{}";\n'
PULUMI_SIG_KEY = next(v for v in PUBLIC_VALUES if v.startswith("4dabf181"))
CHECKOV_PARSER = "checkov/policies_3d/checks_parser.py"
CHECK_PREFIXES = "SECRETS_CHECK{} = ['BC_GIT_']\n"
SN_KEY_IL = "mcs/ilasm/tests/test-sn-key.il"
KEY_TOKEN_COMMENT = "// {}Token: 30b3f489250b41bd\n"
MACHINE_CONFIG = "data/net_4_5/machine.config"
MAP_TOKEN = '        <map Token="{}" {}="0024000004800000940000000602000000240000525341310004"/>\n'
ECMA_TOKEN = next(v for v in PUBLIC_VALUES if v.startswith("b77a5c56"))
HANDLER_TEST = "tests/FunctionalTests/HttpClientHandlerTest.cs"
HEADER_VALUE = '            request.Headers.Authorization = new {}("Basic", "{}");\n'
ALADDIN = base64.b64encode(b"Aladdin:open sesame").decode()
SVC_PAIR = base64.b64encode(b"svc-deploy:Zq8vLw2NkP4x").decode()
REALM = 'realm=\\"contoso.com\\"'
ADAM_STORE = "AD/ADAMStoreCtx.cs"
DEBUG_MESSAGE = (
    '        GlobalDebug.WriteLineIf(GlobalDebug.Error, "ADAMStoreCtx", '
    '"SetupPasswordModification: caught TargetInvocationException{}" + e.Message);\n'
)
METRO_RECIPE = "recipes/metro_uk.recipe"
COVER_URL = "    cover_url = '{}lh4.ggpht.com{}aaKY88SbQyB-vK-pgjo22-QVi6dUnOt7aVsRueTU8Fg-zPwOdsDdOVElGM8O0BBDSIsuB9rciyc=w300'\n"
QT_NAME_MAP = "src/qt/core_name_map.py"
QT_CLASS = "    'QPassword{}': 'PyQt6.QtNetwork',\n"
STRAPI_DATABASE = "templates/vanilla/config/database.ts"
STRAPI_DEFAULT = "      password: env('DATABASE_PASSWORD', '{}'),\n"
MAIN_API_TL = "compiler/api/source/main_api.tl"
TL_LINE = "inputPaymentCredentialsGooglePay{} payment_token:DataJSON = InputPaymentCredentials;\n"
HUEY_README = "README.rst"
IMAGE_URL = ".. image:: https://m.charlesleifer.com/t/800x-/blog/photos/p1473037658.76.{}?key=mD9_qMaKBAuGPi95KzXYqg\n"
PAYPAL_README = "README.md"
PAYPAL_SECRET_EXPORT = "export PAYPAL_CLIENT_SECRET={}\n"
PAYPAL_SAMPLE_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("EO422dn3"))
LOGROCKET_BUNDLE = "dist/build.umd.js"
STORE_URL = (
    "    const url = 'https://e.logrocket.com/api/3/store/?sentry_version=7&sentry_client=http%2F3.8.0"
    "&{}=b64162b4187a4c5caae8a68a7e291793';\n"
)
POSTHOG_TEST = "posthog/test/test_code_variables.py"
DETECTOR_INPUT = '        assert _{}_secret("xK9#mP2$") is False\n'
SECRET_LINE = '        secret = "{}"\n'
MONGO_OBJECT_ID = next(v for v in PUBLIC_VALUES if v.startswith("507f1f77"))
PEMFILE_TEST = "pemfile/builder_test.go"
WATCHER_OUTPUT = '\t\t\twantOutput: "file_watcher:/a/b/cert.pem:/a/b/{}:/a/b/ca.pem:3m20s",\n'
GH_AUTHFLOW = "internal/authflow/flow.go"
OAUTH_CLIENT_SECRET = '\toauthClientSecret = "{}"\n'
PB_CHANGES = "buildbot/changes/pb.py"
PASSWD_DEFAULT = '    passwd: str = "{}",\n'
SENDCHANGE = "buildbot/clients/sendchange.py"
AUTH_TUPLE = "    def __init__(self, master, auth=('change', '{}'), encoding='utf8'):\n"
BUILDBOT_TEST = "buildbot/test/unit/test_master.py"
INTERPOLATE = (
    "    master_cfg.db.db_url = Interpolate('sqlite:///path-to-{}(secret:db_pwd)s-db-file')\n"
)
GERRIT_CFG = "docs/examples/repo_gerrit.cfg"
BUILD_SLAVE = "c['slaves'] = [buildslave.BuildSlave(i, i + \"pw\", {}) for i in slaves]\n"
REALM_EXPORT = "doc/source/examples/keycloak/keycloak/zuul-demo-data.json"
WEBAUTHN = '  "webAuthnPolicy{}" : [ "ES256" ],\n'
ZUUL_BUNDLE = "zuul/web/static/assets/index-Tpas1i_p.js"
HEX_MESSAGE = "if(e.hex.length%2!=0)throw`Mac: wrong hex password: {};t=e.hex}}\n"
BASIC_BRANCH = (
    "else s===`basic`?r.header?i.headers.authorization=r.header:(r.base64=Lot{}`${{r.username}}`)\n"
)
ZUUL_CONTACTS = "doc/source/vulnerabilities.rst"
PGP_KEY = "  `key {}97ae496fc02dec9fc353b2e748f9961143495829\n"
GLANCES_TEST = "tests/test_ports_no_credential_leak.py"
PROXY_SECRET = "PROXY_SECRET = 'Pr0xyP4ss'\n"
PAGURE = "zuul/driver/pagure/pagureconnection.py"
PAGURE_TOKEN = "# api_token=QX29SXAW96C2CTLUNA5JKEEU65INGWTO2B5NHBDBRMF67S7PYZWCS0L1AKH{}\n"
SER_HOWTO = "doc/tutorials/serhowto/ser-howto.xml"
SERCTL_USAGE = "  passwd {}username&gt; &lt;passwd&gt; ......... change user's password (*)\n"
DBTEXT_TYPES = "misc/scripts/dbtext/ser_db/attr_types"
ATTR_ROW = "sw_credential_default_flags:int:0::@ff_credential_def_f:{}\n"
KAMAILIO_MYSQL = "misc/scripts/mysql/sip-router_mysql.sh"
OPTION_PW = 'PW="-p{}"\n'
MQTT_DISPATCH = "src/modules/mqtt/mqtt_dispatch.c"
RESULT_CODE = '\tLM_DBG("unable to set password: code=[%{}]\\n", res);\n'
LINPHONE_PLUGIN = "plugins/example/src/NetworkAPI.cpp"
URL_PASSWORD = '  url += "password={}+mData->getPassword();\n'
GIMP_PDB = "pdb/lib.pl"
ARG_PASS = '\t$argpass .= "GIMP_PDB_{}arg->{{name}}, ";\n'
CODECOV_SHIELD = (
    '<img src="https://img.{}/codecov/c/github/bokeh/bokeh?logo=codecov&style=for-the-badge'
    '&token=bhEzGkDUaw"\n'
)
TS_COMPILER = "src/bokeh/server/static/js/compiler.js"
EMPTY_STRING_CALL = (
    'function m(d){{return d.isLeaf()?new PW("{}):new q4}}switch(o){{case 0:break}}\n'
)
DASK_FUTURES = "docs/source/futures.rst"
FUTURE_REPR = "    {}Future: status: pending, key: inc-b8aaf26b99466a7a1980efa1ade6701d>\n"
TESTIMONIALS = "doc/testimonials/README.txt"
SHEET_LINK = (
    "https://{}.google.com/spreadsheet/ccc?key=0AhGnAxuBDhjmdDYwNzlZVE5SMkFsMjNBbGlaWkpNZ1E"
    "&usp=sharing\n"
)
MAPBOX_TYPES = "dist/mapbox-gl.d.ts"
PASS_UNION = "    pass: 'opaque'{};\n"
MAPBOX_BUNDLE = "dist/mapbox-gl.js"
# more than _BLOB_LINE characters of minified code on the line
MINIFIED_PAD = "".join(f"function f{i}(a,b){{return a+b*{i}}}" for i in range(40))
SUBPASS_BRANCH = 'if(x){{"sdf"===u?A.push("SDF_SUBPASS"):"emissive"{}u&&(A.push("USE_MRT1"))}}'


def minified(code: str) -> str:
    """``code`` inside a line of minified code longer than the filters' _BLOB_LINE."""
    return MINIFIED_PAD + code + MINIFIED_PAD + "\n"


GEN_TYPES = "tools/gen_types.py"
EMBEDDED_TYPE = "SRC = \"type T = {{ ['u_ao_pass']: Uniform1f{} }}\"\n"
PLOTLY = "dist/plotly.js"
PASS_LOOP = "        for (n2.{}Pass = `opaque`, n2.currentLayer = 0; ;) {{}}\n"
PASS_TEST = "        if (pass {} 'opaque') {{}}\n"
ANTD_TOKENS = "es/version/token-meta.json"
DESIGN_TOKEN = (
    '{{"global":[{{"source":"Badge","token":"indicatorHeight{}","type":"string | number"}}]}}\n'
)
EMOJI_DATA = "src/core/render/emoji-data.js"
EMOJI_IMAGE = '  "secret": "unicode/3299.{}?v8",\n'
SIF_PAYLOAD = "src/e2ee/worker/sifPayload.ts"
KEY_FRAME = "  VP8Key{}8x8: 'ef0161653d8b2b23aad46624b420af1d03ce48950e9fc85718028f91b50f9219',\n"
STREAM_MODELS = "getstream/models/__init__.py"
IDENTIFIED_BY = "    # If true, auto-creates the reacting user identified by user_id{}\n"
MESHTASTIC_UTIL = "meshtastic/util.py"
MESHTASTIC_KEY = "1PG7OiApB1nwvP+rz05pAQ=="
DEFAULT_PSK = 'DEFAULT_KEY = base64.b64decode("{}".encode("utf-8"))\n'
CHANNEL_STUB = "meshtastic/protobuf/channel_pb2.pyi"
PSK_BYTES = (
    '    `1` = The special "default" channel key: {{0xd4, 0xf1, 0xbb, 0x3a, 0x20, 0x29, 0x07,'
    " 0x59, 0xf0, 0xbc, 0xff, 0xab, 0xcf, 0x4e, 0x69, 0x0{}}}\n"
)
BACKREST_CACHE = "doc/resource/exe.cache"
AZURE_KEY_OPTION = '            "repo2-azure-key={}",\n'
XDES_TEST = "contrib/pgcrypto/sql/crypt-xdes.sql"
CRYPT_CALL = "SELECT crypt('longlongpassword'{}'_J9..j2zz');\n"
PSQL_ES = "src/bin/psql/po/es.po"
PSQL_HELP = '"  \\\\password {}\\n"\n'
PHOENIX_ENCRYPTION = "src/phoenix/server/encryption.py"
KDF_SALT = (
    '_ENCRYPTION_KEY{}_SALT = b"phoenix-database-encryption-a5d354120d50240ac80b74f56d09b363"\n'
)
MENDABLE_BUBBLE = "docs/_static/js/mendable_chat_bubble.js"
WIDGET_KEY = '      {}_key: "f4cb5493-f914-43a5-8edc-f41463ea5bed",\n'
OSSL_DSA = "ext/openssl/ossl_pkey_dsa.c"
DSA_SIGNATURE = " *    dsa.to_pem([cipher, password]) {} aString\n"
TEST2JSON = "src/cmd/internal/test2json/test2json.go"
GO_TEST_LINE = "//\t<many spaces> {}PASS: very/nested/s/u/b/t/e/s/t\n"
GO_INDEX_TEST = "test/index.go"
PASS_SETTING = "// Pass: dynamic={}0, static=1, 2.\n"
RUBY_DIR_TEST = "test/ruby/test_dir_m17n.rb"
FS_NAME = '    if Bug::File::Fs.fsname({}.pwd) == "apfs"\n'
GO_NETRC = "src/cmd/go/internal/auth/netrc.go"
NETRC_STRUCT = "type netrcLine struct {{\n\tmachine  string\n\tlogin    string\n\tpassword {}\n}}\n"
PEM_DECRYPT_TEST = "src/crypto/x509/pem_decrypt_test.go"
GENRSA_COMMENT = "// openssl genrsa -aes128 -passout pass:{} -out server.orig.key 128\n"
SJIS_TEST = "ext/standard/tests/strings/get_html_translation_table_basic9.phpt"
BASIC_TITLE = (
    'echo "*** Testing get_html_translation_table() : basic functionality{}/HTML5/SJIS ***\\n";\n'
)
# (round 209 made cipher_tests.inc a test-vector file: its GCM key is now judged in a test named
# for the mode, where only the published-value check keeps it quiet)
CIPHER_TESTS = "ext/openssl/tests/openssl_encrypt_gcm.phpt"
GCM_KEY = "feffe9928665731c6d6a8f9467308308"
CIPHER_KEY = "        'key' => '{}',\n"
URL_PARSE = "    'http://secret:hideout@www.php.net/index.php?test=1',\n"
OPENSSL_CONFIGDATA = "deps/openssl/config/archs/linux-x86_64/asm/configdata.pm"
FIPS_KEY = "f4556650ac31d35461610bac4ed81b1a181b2d8a43ea2854cbae22ca74560813"
FIPSKEY_LINE = '    "FIPSKEY" => "{}",\n'
OPENSSL_DGST = "apps/dgst.c"
DGST_HMAC_KEY = "etaonrishdlcupfm"
HMAC_KEY_LINE = '        hmac_key = "{}";\n'
ECDH_EXCH = "providers/implementations/exchange/ecdh_exch.c"
SECRET_LEN = "    *psecretlen = pecdhctx->kdf_outlen;\n"
URL_SETTER_TESTS = "test/fixtures/url-setter-tests-additional.js"
REPLACEMENT_PASSWORD = "    'password': '%EF%BF%B{}node'\n"
VALUES_TEMPLATE = "tools/inspector_protocol/lib/Values_cpp.template"
UTF16_CALL = "      key = StringUtil::fromUTF16{}\n"
PERL_TOKE = "toke.c"
PASS_COMMENT = "\t * pass PL_bufptr, {}\n"
PERL_CORE_TEST = "t/op/coreamp.t"
TEST_PASS = '    pass "&continue"{}\n'
TRYTON_USER = "trytond/res/user.py"
LENGTH_OPTION = "        length = config.getint('password', '{}', default=0)\n"
AEAT_PARAMS = "odoo/addons/l10n_es_aeat/data/ir_config_parameter.xml"
AEAT_PARAM = '        <field name="key">{}_es_aeat_certificate.publicCrt</field>\n'
REALM_EXPORT_TEST = "odoo/addons/auth_oidc/tests/keycloak/keycloak-config.json"
SECRET_DATA = (
    '          "secretData": "{{\\"value\\":\\"PXx46hQETQuXQRUl9FvzEJdZtoL57qsad1dFQyOLzj/pNE'
    'mwldN54oxQh5p+QB0rNNJPI9ZiaAfZS90ZzJa6pQ==\\",\\"{}\\":\\"kiFQwyPm53MgwAByqTw5qQ==\\"}}",\n'
)
SAML_TEST = "odoo/addons/auth_saml/tests/test_pysaml.py"
SERVER_CONF = "conf/server.conf"
FIREBASE_TYPES = "lib/types/app.ts"
FIREBASE_EXAMPLE_KEY = next(v for v in PUBLIC_VALUES if v.startswith("AIzaSyDdVg"))
API_KEY_DOC = '     * "{}", used to identify your app to Google servers.\n'
POCKETSPHINX_DOC = "reference/pocketsphinx.rst"
DRIVE_LINK = (
    "* `International French <https://drive.google.com/file/d/0Bw_EqP-hnaFNN2FlQ21RdnVZSVE/view"
    "?usp=sharing&{}=0-CEkuW10BcLuDdDnKDbzO4w>`__\n"
)
SR_GOOGLE = "speech_recognition/recognizers/google.py"
SR_DEFAULT_KEY = next(v for v in PUBLIC_VALUES if v.startswith("AIzaSyBOti4"))
SR_KEY_LINE = '        key = "{}"\n'
BORG_ARCHIVER = "src/borg/archiver.py"
MIGRATE_DOC = '        """Migrate passphrase -> {}"""\n'
GCSFS_CREDENTIALS = "gcsfs/credentials.py"
GCSFS_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("xto0LIFY"))
NOT_SECRET = '    "client_secret": "{}",\n'
AUTH_MODES = "office365/directory/authentication/methods/modes.py"
MODE_FLAG = '    temporaryAccessPassMultiUse = "{}"\n'
APP_CONF = "conf/app.conf"
REGION_KEY = '  signing_key = "Xq82mLz0{}region}}9Tv/v1/x509"\n'
MSSQL_README = "package/README.md"
QUERY_RESULT = '[[{{"username":"patriksimek","password":"{}"}}]]\n'
WFUZZ_DOC = "docs/index.rst"
WFUZZ_LINE = (
    "            wfuzz -c -z file,users.txt -z file,pass.txt --sc 200"
    " http://www.site.com/log.asp?user=FUZZ&pass={}\n"
)
PACKER_DOC = "discovery/DNS/Lib.py"
PACKER_LINE = '    " packer base class. supports basic {}/16bit/32bit/addr/string/name "\n'
XXE_TEST = "tests/test_xxe.py"
PASSWD_PAIR = '        secret = getText(base64.b64encode(b"root:{}:0:0:root:/root:/bin/sh"))\n'
CICS_SCRIPT = "scripts/cics-user-enum.nse"
MESSAGE_ID = "       -- {}: TSS7145E\n"
SQLMAP_HASH = "lib/utils/hash.py"
WP_PREHASH = (
    '    prehashed = getText(base64.b64encode(hmac.new(b"{}", getBytes(password.strip()),'
    " sha384).digest()))\n"
)
MITM_CERTS = "mitmproxy/certs.py"
ZERO_KEY = (
    'PEM = b"""\n-----BEGIN PRIVATE KEY-----\n'
    "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDA{}\n{}ShZANiAAQTglHNUqyS\n"
    "mMHIqtl3Mh3rl+cJvQtMoKylXcitUdz8nRWJoVl+OlEg4e/WMcY+GDXKyuKYaaYu\n"
    "FjHoooGBq1ZhbcRdkYq8CfOrDmPPeSqk3O1zh743u6VpVJ8cArJw7Wc=\n"
    '-----END PRIVATE KEY-----\n"""\n'
)
ZERO_BODY = ("A" * 17, "A" * 44)
FILLED_BODY = ("q7Zk2LmX9vT4wR8pN", "Hq3zK8mL2xW9Tq8vR2mXk9Lz4Vb7Nc1Df5Gh0Js3Kp6Q")
FASTMCP_ANALYTICS = "docs/fastmcp-analytics.js"
AMPLITUDE_KEY = '  var {}_API_KEY = "c361ed56e7bdc1a48a38773c40120b39";\n'
FASTMCP_TASKS_TEST = "tests/cli/test_tasks.py"
ESCAPED_QUERY = '            ("redis://host?password={}%26b%3Dc", "redis://host?password=***"),\n'
CONFLUENCE_TEST = "tests/unit/preprocessing/test_content_processing.py"
USER_KEY = '    <ri:user ri:{}="8a286d85984c4df30198bc47dba33367"/>\n'
TOKEN_KEY = '  token.secret.key = "Xq82mLz0?eil~5d;{}=Q:mmeT"\n'
ADMIN_PASSWORD = '        self.env.ref("base.user_admin").password = "{}"\n'
LANGFLOW_BUNDLE = "langflow/frontend/assets/index-CpAth-6K.js"
# an apostrophe in an earlier template literal leaves an odd count of quotes before the value
DESTRUCTURED = (
    'const h=`don\'t save`,MNe={{base:({{isFocused:e,password:{}}})=>`w-full ${{e?"":"pr-3"}}`}};\n'
)
SNOWFLAKE_LABEL = (
    '  "components.composiosnowflakeapicomponent.inputs.password.display_name.e7cf3ef4": "{}",\n'
)
MAC_KEYCHAIN_TEST = "tests/pytests/unit/modules/test_mac_keychain.py"
PKCS12_PASSIN = '        "openssl pkcs12 -in /path/to/cert.p12 -passin pass:{} -info "\n'
DOCKER_LOGIN_TEST = "tests/operations/docker.login/login_to_docker_hub.json"
STDIN_LOGIN = '        "raw": "printf \'%s\' {} | docker login --username ci --password-stdin",\n'
SECURE_STRING = '$sec_pass = ConvertTo-SecureString -String "{}" -AsPlainText -Force\n'
PYINFRA_SERVER = "src/pyinfra/operations/server.py"
PW_COMMAND = '        yield StringCommand("pw", "{}", *args)\n'
SALT_DISK = "salt/modules/disk.py"
BLKID_TOKEN = "        salt '*' disk.blkid token='{}6a38ee5-7235-44e7-8b22-816a403bad5d'\n"
GH_CLIENT_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("34ddeff2"))
SQL_PREFIX = (
    "    op.execute(\"UPDATE variable SET key = '__airflow_var_fix_888b59e02a5b_'{} id\")\n"
)

# round 100: directory, RADIUS, Kerberos and VPN servers
EAP_PWD_C = "src/modules/rlm_eap/types/rlm_eap_pwd/rlm_eap_pwd.c"
NT_PASSWORD_RFC = "  * b) NT-Password: {} (prep=MS).\n"
RADIUS_SPEC = "redhat/freeradius.spec"
SPEC_MACRO = "%{{!?_with_rlm_eap_pwd: {} _without_rlm_eap_pwd --without-rlm_eap_pwd}}\n"
AUTHZ_CONF = "tests/kdc/krb5-authz.conf.in"
AUTH_TO_LOCAL = "\tauth_to_local = DB:{}/an2ln-db.txt DEFAULT\n"
SWAN_CONF_MAN = "conf/strongswan.conf.5.tail.in"
INITIATOR_AUTH = "initiator_auth = pubkey|psk|eap-md5|{}\n"
SLAPD_LDAP_BIND = "servers/slapd/back-ldap/bind.c"
AUTHZ_DEBUG = (
    '\tDebug( LDAP_DEBUG_TRACE, "%s: ldap_back_proxy_authz_bind: authzID=\\"{}\\" (authzid)\\n",\n'
)
AUTH_PAM_C = "src/plugins/auth-pam/auth-pam.c"
SCRV1_FORM = "\t * Split and decode up->password in the form SCRV1:base64_pass:{}\n"
LDAP_OIDS = "doc/devel/OIDs"
OID_ROW = "authPassword\t\t\t\t\t{}:4\n"
DKIM_TESTDATA = "libopendkim/tests/t-testdata.h"
SMTP_TOKEN_ENC = '#define\tSMTPTOKENENC\t"=5BDKIM={}error=5D"\n'
IPROP_CHECK = "tests/kdc/check-iprop.in"
AFS_EXPR = 'expr "X`/bin/pwd || pwd`" : "X/afs/{}" > /dev/null 2>/dev/null && exit 77\n'
LIBLDAP_BIND = "libraries/libldap/bind.c"
C_LDAP_BIND = ' *\tldap_bind( ld, "cn=manager, o=university of michigan, c=us", "{}",\n'
DN_ONLY_BIND = ' *\tldap_bind( ld, "cn=Manager{}dc=acme,dc=com",\n'
OPENCONNECT_NTLM = "ntlm.c"
NTLM_HEADER = '\tbuf_append{}buf, "%sAuthorization: NTLM ", proxy ? "Proxy-" : "");\n'
# (outside a makefile, as PUTTY_RULE_NOTES)
PASSWD_MODULES_NOTES = "contrib/slapd-modules/passwd/BUILD.txt"
LIBTOOL_RULE = "pw-apr1.{}:\tapr1.lo\n"
WIX_COMMAND = "packages/windows/installer/heimdal-command.wxs"
WIX_GUID = "<?define {}Kpasswd=20A984EC-5BCB-4B93-A3A9-7AACBDC625E9 ?>\n"
SAMBA_LDIF = "tests/ldap/init.ldif"
PWD_CAN_CHANGE = "sambaPwd{}: 1159699688\n"
SASL_SERVER_C = "lib/server.c"
CHECKPASS_DEFINE = '#define DEFAULT_CHECKPASS_{} "auxprop"\n'
CCCOL_TEST = "src/lib/krb5/ccache/t_cccol.py"
ADDPRINC = "    realm.{}('alice', password('alice'))\n"
SASL_CONFIGURE = "configure.ac"
AC_VERIFIER = "AC_DEFINE(HAVE_ALWAYSTRUE, [], [Enable 'alwaystrue' password verifier{}])\n"

# round 101: web frameworks and auth libraries on npm (Sails, Egg, LoopBack, Feathers, Total.js,
# Moleculer, AdonisJS, hapi, Fastify, Restify, Koa, Grant, simple-oauth2, express-openid-connect,
# Passport, NextAuth, NestJS, Parse Server)
POPPINSS_TYPES_README = "README.md"
OPAQUE_TYPE = "type Password = Opaque{}\n"
ARBORIST_README = "README.md"
NPM_AUTH = "  auth: '{}',\n"
NOT_MY_REAL_PASSWORD = base64.b64encode(b"isaacs:not my real password").decode()
STAPLE_PASSWORD = base64.b64encode(b"isaacs:correct horse battery staple").decode()

# round 102: mail, calendar and media software on PyPI
DKIM_MESSAGE = "dkim/tests/data/test2.message"
GOOGLE_MAIL_HEADER = "X-Google-{}-Auth: ZkDaYkXZHozJZyNGgvWFlv78IRY\n"
YTM_ARTIST = "tests/data/expected_output/2026_05_get_artist1.json"
YT3_IMAGE = (
    '            "url": "https://yt3.googleusercontent.com/F7eRDcPMgzVmM_jLibVLMsoRYUjAtIzBHKGm5T'
    'kRhPRFVbFTBsfxC5urPwNdwmSrSHz-Rk0zzJs_nPWb={}226-h226-l90-rj",\n'
)
YTDLP_UTILS = "yt_dlp/utils/_utils.py"
COUNTRY_BLOCK = '    "PW": "202.124.224.0/{}",\n'
MUSICBRAINZ_PY = "musicbrainzngs/musicbrainz.py"
ADD_PASSWORD = '        authHandler.add_password("musicbrainz.org"{}, user, password)\n'
YTM_ALBUM = "tests/data/2024_03_get_album.json"
FEEDBACK_ENDPOINT = (
    '{{"feedbackEndpoint": {{"{}": "AB9zfpICwf_SdZ7Ok5745_3UeMd5c2PlaZgBdYdxqA2e"}}}}\n'
)
YTM_CHARTS = "tests/data/2026_07_get_charts_us_albums_no_genres.json"
FORM_ENTITY_KEY = (
    '"form{}Key": "EiVleHBsb3JlX2NoYXJ0c19jb3VudHJ5X21lbnVfMzE2NzY2NTY3IJABKAE%3D"}}\n'
)
TWITCH_DOC = "docs/cli/plugins/twitch.rst"
COOKIE_CHAIN = (
    '    document.cookie.split("; ").find(item=>item.startsWith("auth-token="{}("=")[1]\n'
)

# round 103: test, QA and mobile tooling on npm and PyPI
BAZEL_RUNFILES = "runfiles.js"
BAZEL_PWD = "        // Bazel starts actions with pwd=execroot{}my_wksp\n"
LIGHTHOUSE_BUNDLE = "third_party/lighthouse/lighthouse-dt-bundle.js"
WRAPPED_MESSAGE = 'messages:{{pass:"ARIA attributes are u{}\n'
SNYK_CATALOG = "src/catalogs/error-codes.js"
SNYK_CODE = "  GeneralSecrets{}: 'SNYK-CLI-0023',\n"
SELENIUM_WEBDRIVER = "lib/webdriver.js"
SHADOW_ROOT = "const SHADOW_ROOT_ID_KEY = '{}-6066-11e4-a52e-4f735466cecf'\n"

# round 104: Rails, Puma, Laravel, Symfony; routing, DNS, logging and storage daemons (Debian)
FRR_L2VPN = "ldpd/l2vpn.c"
ALLOC_FAILED = '\t\tfatal("l2vpn_pw_new: {}");\n'
GFID2PATH_TEST = "tests/gfid2path/gfid2path_fuse.t"
XATTR_NAME = 'key="trusted.gfid2path.{}xxh64sum"\n'
MEMCACHED_SASL_TEST = "t/binary-sasl.t"
PERL_PWD = "my $pwd={};\n"
PUMA_BINDER_TEST = "test/test_binder.rb"
URL_REGEX = "    m = %r!http://127.0.0.1:({}+)!.match(@events.stdout.string)\n"
RAILS_CONFIGURATION_TEST = "railties/test/application/configuration_test.rb"
HEX_PASSWORD = '        password: "{}"\n'
SYMFONY_CURL_CLIENT = "src/Symfony/Component/HttpClient/CurlHttpClient.php"
CURL_OPTION = "            \\CURLOPT_USERPWD => 'auth_{}',\n"
SES_TRANSPORT_TEST = "Tests/Transport/SesApiTransportTest.php"
SES_AUTH_HEADER = (
    "        $this->assertStringContainsStringIgnoringCase('X-Amzn-Authorization: {} "
    "AWSAccessKeyId=ACCESS_KEY,Algorithm=HmacSHA256', $x);\n"
)
LOGIN_LINK_TEST = "src/Symfony/Component/Security/Http/Tests/LoginLink/LoginLinkHandlerTest.php"
PROPERTY_NAMES = (
    "            ['emailProperty' => 'ryan@symfonycasts.com', 'password{}' => 'pwhash'],\n"
)
COMPLETER_TEST = "modules/python/pylib/syslogng/debuggercli/tests/test_langcompleter.py"
EXPECTED_TOKEN = '        self._completer = self._construct_completer(expected_token="{}_TOKEN")\n'

# round 105: map, 3D, chart and UI component libraries on npm
BABYLON_SHADER = "ShadersWGSL/displayPass.fragment.js"
WGSL_VAR = "const shader = `var passSampler: {}<f32>;`;\n"
CESIUM_QUERY = "Source/Core/queryToObject.js"
QUERY_TO_OBJECT = "      * const obj = Cesium.queryToObject('key1={}&key2=a%2Fb');\n"
FORM_VALUE = "Zx8mJBiGmiiyyfWnho3zKyjCg2"
TOKEN_CLIENT = "src/oauth/client.py"
FORM_BODY = 'body = "client_secret={}"\n'
OAUTH_RESPONSE = 'body = "oauth_token={}&oauth_token_secret=lghm7395e8t6yv01"\n'
MAPBOX_MAP = "dist/esm/hd_standard.shared.js.map"
SUBPASS_CHECK = "    }} else if ({} === 'emissive') {{\n"
HANDSONTABLE_DIST = "dist/handsontable.full.js"
LICENSE_CHECK = (
    "    if (licenseKey === 'gpl-v3' || licenseKey === 'internal-use-in-handsontable' || "
    "licenseKey === '{}') {{\n"
)
HANDSONTABLE_TRIAL = next(v for v in PUBLIC_VALUES if v.startswith("hftrial-"))
YARN_RELEASE = ".yarn/releases/yarn-4.16.0.cjs"
NPM_SEARCH = 'var U9={{appId:"OFCNCOG2CU",apiKey:"{}",indexName:"npm-search"}};\n'
NPM_SEARCH_KEY = next(v for v in PUBLIC_VALUES if v.startswith("6fe4476e"))
SPEC_README = "README.md"
REFERENCE_JSON = 'ReferenceStore.fromJSON(`{{"key0":"data","key1":"base64:{}"}}`);\n'
HELLO_WORLD = base64.b64encode(b"hello, world").decode()

# round 106: computer-vision SDKs on PyPI, React state and UI libraries on npm
FIFTYONE_BUNDLE = "fiftyone/server/static/assets/src-VGDUGXSe.js"
RECOIL_ATOM = "const No=j({{key:`fo3d-isStatusBarOn`,{}:!1,effects:[]}});\n"

# round 107: geospatial Python on PyPI
EE_OAUTH = "ee/oauth.py"
EE_CLIENT_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("RUP0RZ6e"))
CLIENT_SECRET_LINE = "CLIENT_SECRET = '{}'\n"
PLANET_DATA_TEST = "tests/integration/test_data_api.py"
DOWNLOAD_URL = "    dl_url = f'{{TEST_URL}}/1?token={}'\n"
RASTERIO_ENV_TEST = "tests/test_env.py"
S3_OBJECT = (
    '    s3.head_object({}="landsat-pds", '
    'Key="L8/139/045/LC81390452014295LGN00/LC81390452014295LGN00_B1.TIF")\n'
)

# round 108: notification and messaging SDKs on PyPI
OFFICE365_PLUGIN = "apprise/plugins/office365.py"
CORRELATION_VECTOR = '    #       "oAuthEventcV": "xsOSpAHSHVm3Tp4SNH5oIA{}1.1",\n'

# round 109: linters and code-security tools on PyPI and npm
PYFLAKES_README = "pyflakes-4.1.0/PKG-INFO"
PASS_FLAKE8 = "All changes should include tests{} pass flake8_.\n"
AUTORUN_TEST = "tests/tool/interceptors/test_autorun_manager.py"
COMMAND_TOKENS = '        tokens = ["{}", " & ", "script2.bat", "  script3.bat  "]\n'

# round 110: bioinformatics and observational-science software
IGV_BUNDLE = "igv/dist/igv.esm.js"
HIC_INDEX = (
    '    "4dn-open-data-public.s3.amazonaws.com%2Ffourfront-webprod%2Fwfoutput%2F'
    '8eda16f3-af5e-4f1f-b46d-c74df44b76aa%2F4DNFI9IIO5PW.hic": "{}",\n'
)
SOT_HEADER = "sunpy/data/test/HinodeSOT.header"
FITS_CARD = "MDP_CLK ={}2342415558\n"
MAST_PRODUCTS = "astroquery/mast/tests/data/mission_products.json"
PRODUCT_KEY = '            "product_key": "Z14Z0104T_z14z0104t_shf.{}",\n'

# round 111: office documents, PDF and fonts
# a UFO font's info as an XML file that is no property list (in a .plist, fontinfo.plist, any
# <key> is a name since round 153)
UFO_FONTINFO_XML = "Tests/cu2qu/data/RobotoSubset-Bold.ufo/fontinfo.xml"
PLIST_KEY = "\t<key>{}</key>\n"
NEEDS_PASSWORD = "            return JM_BOOL(fz_needs_password(gctx, (fz_document *) $self));\n"
QPDF_JSON_INIT = "libqpdf/qpdf/auto_job_json_init.hh"
PUSH_KEY = 'pushKey("{}");\n'

# round 112: feature-flag and authorization SDKs
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XPRV_VERSION, TPRV_VERSION = bytes.fromhex("0488ade4"), bytes.fromhex("04358394")


def bip32_master(seed: bytes, version: bytes = XPRV_VERSION) -> str:
    """BIP-32's master extended private key of ``seed`` (depth 0, no parent, index 0)."""
    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    raw = version + bytes(9) + digest[32:] + b"\0" + digest[:32]
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return out


def bip39_seed(phrase: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", phrase.encode(), b"mnemonic", 2048)


HD_KEY_SPEC = "build/main/lib/key/hd-key.spec.js"
XPRV_CONST = "const xprv = '{}';\n"
ZERO_SEED_XPRV = bip32_master(bytes(16))
# a seed no test publishes: its master key is a wallet's key
OTHER_SEED_XPRV = bip32_master(hashlib.sha256(b"tether round 112").digest()[:16])
HMAC_SPEC = "build/main/lib/crypto/hmac.spec.js"
HMAC_SECRET = "    secret: '{}',\n"
AXIOS_README = "node_modules/axios/README.md"
PROXY_PASSWORD = "      password: '{}'\n"
SPLIT_CHANGES = "node_modules/@splitsoftware/splitio/CHANGES.txt"
CUSTOMER_KEY = "    key: '4a2c4490-ced1-11e5-9b97-d8a25e8b1578'     // your customer {}\n"
REBAC_TEST = "tests/test_rebac_e2e.py"
AUTH0_USER_KEY = '    key=f"{}|{{USER_CC_ID}}",\n'

# round 113: game development
PLAYCANVAS_CONSTANTS = "build/playcanvas/src/scene/constants.js"
SHADER_PASS = 'const {}_UV0 = "debug_uv0";\n'
PLAYCANVAS_MIN = "build/playcanvas.min.mjs"
MINIFIED_CONSTANTS = 'bd="webgpu",Pw="webgpu:bare"{}xv="null",Sr=1\n'
OPENTTD_LANG = "src/lang/afrikaans.txt"
STRING_TABLE_ROW = "STR_COMPANY_VIEW_PASSWORD                                       :{}\n"
OPENTTD_STORE_WORKFLOW = ".github/workflows/release-windows-store.yml"
SIGNTOOL = '        SignTool sign /fd sha256 /a /f cert.pfx /p password "output\\OpenTTD.{}"\n'

# round 114: personal-finance, accounting and trading libraries
OAUTH1_README = "node_modules/oauth-1.0a/README.md"
OAUTH1_SECRET_LINE = "        secret: '{}',\n"
TWITTER_DOCS_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("kAcSOqF2"))

# round 115: desktop-app, packaging and browser-extension frameworks
TAURI_CORE = "node_modules/@tauri-apps/api/core.js"
TAURI_INVOKE = " * await invoke('login', {{ user: 'tauri', password: '{}' }});\n"
TAURI_PASSWORD = next(v for v in PUBLIC_VALUES if v.startswith("poiwe3h4"))
FORGE_README = "node_modules/node-forge/README.md"
FORGE_PASSWORD_LINE = "var password = '{}';\n"
FORGE_PASSWORD = next(v for v in PUBLIC_VALUES if v.startswith("Mai9ohgh"))
CONSOLIDATE_README = "node_modules/@plasmohq/consolidate/Readme.md"
PASS_MEMBER = "or if you have another use case, pass `{}` (see the code for more insight).\n"

# round 116: e-learning software
ENTERPRISE_PO = "enterprise/locale/it_IT/LC_MESSAGES/django.po"
ITALIAN_PASSWORD = '"La password {}utente API crittografata utilizzata per ottenere nuovi "\n'
SCORM_BUNDLE = "node_modules/scorm-again/dist/scorm12.js"
BABEL_METHOD_KEY = '     */ key: "{}",\n'
OPAQUE_KEYS_TEST = "src/opaque_keys/edx/django/tests/test_models.py"
COURSE_KEY = "        course_key.__str__.return_value = '{}:edX+FUN101x+3T2017'\n"
GMAIL_OAUTH2 = "otter/plugins/builtin/gmail_notifications/bin/gmail_oauth2.py"
GMAIL_CLIENT_SECRET_ARG = "        --client_secret={} \\\n"
GMAIL_CLIENT_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("VWFn8LIK"))

# round 117: social, travel, translation and reference-data API clients
PYWIKIBOT_CONFIG = "pywikibot/config.py"
BOT_PASSWORD_COMMENT = "# (username, BotPassword(botname, {}))\n"
ATPROTO_DID_TEST = "node_modules/@atproto/syntax/tests/did.test.ts"
DID_KEY = "    expectValid('{}:key:zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4ZYjeXqwSKEn6N')\n"

# round 118: cluster and server-management software
CRM_MON_XML = "cts/cli/crm_mon-T180.xml"
LRM_RSC_OP = (
    '            <lrm_rsc_op id="dummy1_last_0" operation="start" '
    'transition-key="{}:7:0:173a0661-aaa2-4c3d-a9a3-2e9342720d2d"/>\n'
)
SCHEDULER_EXP = "cts/scheduler/exp/utilization-order4.exp"
PSEUDO_EVENT = '    <pseudo_event id="12" {}="load_stopped_deglxen001"/>\n'

# round 119: libvirt
STORAGE_VOL_XML = "tests/storagevolxml2xmlin/vol-logical.xml"
VOLUME_KEY = "<key>r4xkCv-MQhr-WKIT-R66x-Epn2-e8hG{}1Z5gY0</key>\n"
VBOX_CAPI = "src/vbox/vbox_CAPI_v6_1.h"
VBOX_DEFINE = '#   define {} "20479eaf-d8ed-44cf-85ac-c83a26c95a4d"\n'
NBD_TLS_JSON = "tests/qemublocktestdata/xml2json/network-nbd-tls.json"
TLS_CREDS = '  "{}": "node-a-s-tls0",\n'

# round 120: monitoring agents
COLLECTD_CONF = "src/collectd.conf.in"
COLLECTD_PASSWORD = '#    Password "{}"\n'
COLLECTD_EXAMPLE = next(v for v in PUBLIC_VALUES if v.startswith("thaiNg0"))

# round 121: Tor
TOR_TEST_DIR = "src/test/test_dir.c"
TOR_DESCRIPTOR_KEY = '    "{}=YaqV4vbvPYKucElk297eVdNArDz9HtIwUoIeo0+cVIpQ "\n'
TOR_TEST_OPTIONS = "src/test/test_options.c"
TOR_DIR_AUTH = '#define {} "DirAuthority dizum orport=443 v3ident=E8A9C45"\n'
TOR_EXTRAINFO = "src/test/example_extrainfo.inc"
TOR_FINGERPRINT = (
    'ATTR_UNUSED static const char {}[] = "50AF9F6CE4107055260137181DEA24095D292F81";\n'
)

# round 122: Exim and Sendmail
EXIM_LDAP = "src/lookups/ldap.c"
EXIM_DEBUG = '    DEBUG(D_lookup) debug_printf_indent("Empty password: ldapauth{}\\n");\n'
EXIM_SPEC = "doc/spec.txt"
SPAMSCAN_LINE = "    SPAMSCAN_SECRET={}\n"
SPAMSCAN_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("cohghee"))

# round 123: industrial, vehicle and robotics protocol libraries
ASYNCUA_AUTO = "asyncua/ua/uaprotocol_auto.py"
ANNOTATED_FIELD = "    Password: 'ua.ByteString'{}\n"

# round 124: AI coding tools on npm
GEMINI_CLI_CHUNK = "node_modules/@google/gemini-cli/bundle/chunk-5FZXKDXH.js"
OAUTH_SECRET_VAR = 'var OAUTH_CLIENT_SECRET = "{}";\n'
GEMINI_CLIENT_SECRET = next(v for v in PUBLIC_VALUES if v.startswith("GOCSPX-4uHg"))

# round 125: OS installers and provisioning
COBBLER_ANSWERFILE = "templates/windows/answerfile.template"
PRODUCT_KEY_ELEMENT = "                    <Key>{}</Key>\n"
WIN10_PRO_GVLK = next(v for v in PUBLIC_VALUES if v.startswith("W269N"))
DS_IDENTIFY = "tools/ds-identify"
DS_LOCAL_KEY = '    local key="{}"\n'
CLOUD_INIT_REPORTING = "doc/examples/cloud-config-reporting.txt"
REPORTING_TOKEN_SECRET = '          token_secret: "{}"\n'
IBMCLOUD_TEST = "tests/unittests/sources/test_ibmcloud.py"
CONFIGURATION_TOKEN = '        "configuration_token": "{}",\n'
IRONIC_STANDBY_TEST = "ironic_python_agent/tests/unit/extensions/test_standby.py"
IMAGE_AUTHORIZATION = "        image_info['image_request_authorization'] = b'{}'\n"
EFI_GUIDS = "virt/firmware/efi/guids.py"
EFI_GUID_CONST = '{}                     = "aaf32c78-947b-439a-a180-2e144ec37792"\n'
ARCHINSTALL_MINIMAL = "archinstall/scripts/minimal.py"

# round 126: wikis, forums and collaborative editors
HAWK_TEST = "test/index.js"
HAWK_CREDENTIALS_KEY = "                key: '{}',\n"
HAWK_EXAMPLE_KEY = next(v for v in PUBLIC_VALUES if v.startswith("werxhqb98"))
PASSLIB_CISCO = "MoinMoin/support/passlib/handlers/cisco.py"
CISCO_KEY_CONST = '    _key = u("{}")\n'
CISCO_TYPE7_KEY = next(v for v in PUBLIC_VALUES if v.startswith("dsfd;kfoA"))
NODEBB_REGISTER = "public/{}/register.json"
REGISTER_PASSWORD = '    "password": "Ijambobanga",\n'
TIDDLYWIKI_MISC = "{}/sl-SI/Misc.multids"
ENCRYPTION_PASSWORD = "Encryption/Password: geslo\n"
TIDDLYWIKI_CONTROL_PANEL = "{}/fr-FR/ControlPanel.multids"
GITEA_PASSWORD_HELP = "Saving/GitService/Gitea/Password: //Jeton d'accès// pour cette API\n"
TIDDLYWIKI_LOAD_HELP = "languages/ca-ES/Help/load.tid"
LOAD_WITH_PASSWORD = "tiddlywiki ./ElMeuWiki --password {} --load la_meva_wiki.html\n"
COUCH_ALL_DOCS = "test/fixtures/all_npm.json"
COUCH_VIEW_ROW = (
    '{{"id":"webhookit-xml2js","key":"{}","value":{{"rev":"3-ec959e474ecb3a163f"}}}},\n'
)
# the row with its document instead of a value (since round 143 a key beside a "value" is a name)
COUCH_DOC_ROW = '{{"id":"webhookit-xml2js","key":"{}","doc":{{"rev":"3-ec959e474ecb3a163f"}}}},\n'
REGISTRY_AUTH_TEST = "test/auth-token.test.js"
REGISTRY_TOKEN = "              token: '{}',\n"
TIDDLYWIKI_HTTPS = "editions/tw5.com/tiddlers/webserver/Using HTTPS.tid"
LISTEN_LOGIN = "tiddlywiki mywikifolder --listen username=joe password={} tls-key=key.pem\n"
TIDDLYWIKI_IIS = "editions/tw5.com/tiddlers/saving/Installing TiddlyWiki on IIS.tid"
IIS_ARGUMENTS = (
    '** `arguments="tiddlywiki.js ./wiki-server --listen username=joe &quot;password={}&quot;">`\n'
)

# round 127: printing and scanning
GUTENPRINT_CHANGELOG = "ChangeLog"
CHANGELOG_HEADER = "{}<sharkey>\t9a9445b01854010c332f94b4c1b95607f0c8e37d\n"
CUPS_EXAMPLE_PS = "examples/document-a4.ps"
ASCII85_LINE = "q;:Lf^ud0Qs-mk:->PW_he91>)p8Q`QY=kpC/qN:;+sZ.Yjc4edX1p'^Ibd4V$]Qg\n"
NOTEBOOK_README = "README.md"
NOTEBOOK_URL = "http://localhost:8888/token=a37414d16296f630baef73c61db1ea7df1178168629f8191\n"
WEAVE_DOC = "doc/developer/weave.xml"
QUOTED_PASS = "            &ldquo;pass {}&rdquo;: we print extra passes to fill in\n"
HPLIP_VALIDATION = "base/validation.py"
PGP_SITE_KEY = "    def __init__(self, {}, key = 0x4ABA2F66DBD5A95894910E0673D770CDA59047B9):\n"
PLUSTEK_DAC = "backend/plustek-pp_dac.c"
DEREF_PW = "\t\t\t\t*pw   = {};\n"
PLUSTEK_TPA = "backend/plustek-pp_tpa.c"
DEREF_GAIN = "\t\t*p.pw = *p.pw * wNewRedGain / wOldRedGain;\n"
CUPS_FUZZIPP = "cups/fuzzipp.c"
JOB_PASSWORD = '    ippAddOctetString(request, IPP_TAG_OPERATION, "job-password", "{}", 7);\n'

# round 128: query engines and graph and document database clients
BEAM_SNOWFLAKE_IT = "apache_beam/io/external/xlang_snowflakeio_it_test.py"
PIPELINE_OPTIONS = "  --password=<SNOWFLAKE_PASSWORD>\n  {}private_key_path=<PATH_TO_PRIVATE_KEY>\n"

# round 129: streaming and media servers
JELLYFIN_ALBUMS = "tests/data/get_albums0.json"
JELLYFIN_ITEM_KEY = '    "Key": "{}-8e40a68c-58e8-3c92-a763-645fda2ce8a7",\n'
S3_LISTING = "tests/fixtures/s3_list.json"
S3_OBJECT_KEY = '        "{}": "reports/2024/q1-summary.csv",\n'

# round 130: HPC schedulers and workflow managers
SLURM_JWT_DOC = "doc/html/jwt.shtml"
AUTH_ALT_PARAMETERS = "AuthAltParameters=jwt_key={}\n"

# round 133: directory-server and identity-management libraries
LIB389_REPLICATION = "lib389/cli_conf/replication.py"
BIND_PASSWD_ATTR = "            'bind_passwd': '{}',\n"

# round 134: git-based CMSs (Decap CMS, TinaCMS)
ALTAIR_ACHOLI = "build/dist/assets/i18n/ach-UG.json"
AUTHORIZATION_TAB = '  "AUTHORIZATION_TAB": "crwdns1340:0{}1340:0",\n'
MERMAID_BUNDLE = "dist/mermaid.js"
MERMAID_TITLE = '    svg2.append("text").text(diagObj.db.getDiagramTitle()).attr("x", w3 / {}\n'

# round 136: intrusion detection, file integrity and threat intelligence
AIDE_CRACKLIB = "debian/aide.conf.d/31_aide_cracklib-runtime"
CRACKLIB_RULE = "/var/cache/cracklib/cracklib_dict\\.(hwm|pw{}d|i))$ f VarFile\n"
TWADMIN_STRINGS = "src/twadmin/twadminstrings.cpp"
CHANGE_PASSPHRASES = '    _T("Change Passphrases: twadmin{}\\n")\n'
MISP_SYNONYMS = "misp_modules/lib/synonymsToTagNames.json"
MISP_TAG = '{{"KeyPass":["{}:malpedia=\\"KeyPass\\""]}}\n'
THEHIVE_OBSERVABLE = "thehive4py/endpoints/observable.py"
ZIP_PASSWORD = "                password. Default password is '{}'\n"

# round 137: self-hosted cloud and calendar clients
PYICLOUD_PHOTOS = "tests/services/test_photos.py"
SHARED_ZONE_KEY = '    shared_key = "{}SharedSync-6E1C0494-1BF4-4928-BD07-3FD81633193E"\n'
SOGO_INIT = "tests/docker-test-servers/sogo/init-sogo.sql"
SOGO_USERS = (
    "INSERT INTO sogo_users (c_uid, c_name, {}, c_cn, mail)\n"
    "VALUES ('testuser', 'testuser', '179ad45c6ce2cb97cf1029e212046e81', 'Test User', "
    "'testuser@example.com');\n"
)
OX_START = "tests/docker-test-servers/ox/start.sh"
OX_CURL = 'curl -sf -u oxadmin:{} "http://localhost:8810/caldav/"\n'

# round 139: mail user agents
LKML_MESSAGE = "test/corpora/lkml/cur/1382298793.002289:2,"
GET_KEY_MEMBER = " \t\tdev->init_data.get_key = em28xx_get_key_em_haup{}\n"

# round 140: CAD and EDA
KICAD_CHANGELOG = "Documentation/changelogs/CHANGELOG-2007.txt"
BASIC_LISTBOX = (
    "       * started work on dialog_drc, not checked in. basic {} is working with dummied text.\n"
)
KICAD_ANTIALIASING = "common/gal/opengl/antialiasing.cpp"
PASS_ERROR = '    checkGlError( "pass1: {} shader", __FILE__, __LINE__ );\n'

# round 141: audio, video and photo production
MIXXX_CDJ = "res/controllers/DJ-Tech CDJ-101.midi.xml"
MIDI_KEY = "                    <key>DJTechCDJ101.{}</key>\n"
MIXXX_BESSEL = "src/engine/filters/enginefilterbessel4.cpp"
FILTER_SPEC = '    constexpr char kFidSpec{}Bessel4[] = "LpBe4";\n'
DARKTABLE_KERNEL = "data/kernels/demosaic_rcd.{}"
RGB_PW = "  const float rgb1pw1 = rgb1[idx + w];\n"
OBS_GRAPHICS = "docs/sphinx/graphics.rst"
EXTRA_PASS = "best to just ignore the extra pass {}.)*\n"

# round 143: research and reference-management clients
BIBTEX_WRITER_TEST = "tests/test_writer.py"
STRING_BLOCK = (
    '    library = Library(blocks=[String(key="averyverylongstringkey", {}=\'"v"\'), '
    "_dummy_entry()])\n"
)
SCIENCEDIRECT_PAGE = "tests/downloaders/resources/ScienceDirect_S0009261497040141.html"
PAGE_TOKEN = (
    '{{"pageRange":"124-134","{}-token":"AAAAQEEoblAHQ3OXmF6eZZ_oOpgYlX9isg0Iw8fy2vs2qAL6SEsNbaw'
    'TMd84vd7rjWp_-quGANVuz6gZ7O3s0Ii5wL4ahD7L3VdVq9AIT4o1vpEYTZA11g"}}\n'
)
USENIX_PAGE = "tests/downloaders/resources/USENIX_bulekov.html"
AJAX_PAGE_STATE = (
    '{{"ajaxPageState":{{"theme":"neat_conference","{}_token":'
    '"-m1TFcf0dZ2GNgi2_3xHuLxhzI3RUJB7b5bxoLX6KAg"}}}}\n'
)
BIBTEX_PARSE_OUT = "node_modules/bibtex-parse-js/out.txt"
CITATION_KEY = "  {{ {}Key: 'jackson418nguyen',\n"

# round 144: amateur radio
CTY_TABLE = "ctyfiles/CallResolution.tbl"
CALLSIGNS = "=PQ0MM {}PW0P =PW0W|Brazil, Sta Catarina|SA|2|27.5919S|48.5326W|13|11||R|=56\n"

# round 146: firmware and boards
LPC2900_FLASH = "src/flash/nor/lpc2900.c"
ISS_PASSWORD = '#define ISS_PASSWORD "I_know_what_I_am_{}"\n'
UBOOT_DTS_MAKEFILE = "arch/arm/dts/Makefile"
HIKEY_DTB = "dtb-$(CONFIG_TARGET_HIKEY) += hi6220-hikey.{}\n"
FIT_SIGNATURE_DOC = "doc/uImage.FIT/signature.txt"
PKCS11_TOKEN = (
    '"model=PKCS%2315%20emulated;manufacturer=ZeitControl;serial=000xxxxxxxxx;'
    'token=OpenPGP{0}card{0}%28User{0}PIN{0}%28sig%29%29" \\\n'
)

# round 147: remote-desktop and terminal software
PUTTY_HELP = "windows/help.h"
HELP_CONTEXT = '#define {}logging_ssh_omit_password "config-logssh"\n'
JSCH_KEY_PAIR = "java/com/jcraft/jsch/KeyPair.java"
CIPHER_UNAVAILABLE = (
    '                throw new JSchException("privatekey: aes256-{} is not available "+prvkey);\n'
)

# round 148: web analytics and survey tools
SURVEY_BUNDLE = "package/survey-creator-core.{}.js"
TRANSLATED_PASSWORD = '      password: "lozinka",\n'

# round 149: SAML and XML security
LASSO_STRINGS = "lasso/xml/strings.h"
SRP_METHOD = (
    '#define LASSO_SAML_AUTHENTICATION_METHOD_SECURE_REMOTE_PASSWORD\t "{}:ietf:rfc:2945"\n'
)
XADES_SIGNATURE = "test/xades/Signature-X-CZ_SEF-4.xml"
TIMESTAMP_TOKEN = (
    '<xades:EncapsulatedTimeStamp Encoding="http://uri.etsi.org/01903/v1.2.2#DER" '
    'Id="SignatureTimeStamp-1-Token">MIIOZwYJKoZIhvcNAQc{}oIIOWDCCDlQCAQMxDzANBglghkgBZQMEAgEFADCCAUIG'
    "</xades:EncapsulatedTimeStamp>\n"
)

# round 151: identity brokers and git forges
ORY_PROJECT_TEST = "test/test_normalized_project.py"
WEBHOOK_API_KEY = "            web_hook_config_auth_api_key_value = '{}',\n"
JWT_IO_CLAIMS = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"

# round 153: VoIP and DNS
BCTOOLBOX_CRYPTO = "tester/crypto.cc"
X25519_SHARED = "\tuint8_t ECDHpattern_X25519_sharedSecret[] = {{{}}};\n"
RFC7748_SHARED = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e1617{}"
BIND_PKCS11_SETUP = "bin/tests/system/enginepkcs11/setup.sh"
SOFTHSM_DELETE = '{}-util --delete-token --token "softhsm2-enginepkcs11" >/dev/null 2>&1 || true\n'
BELLE_SIP_HEADERS = "tester/belle_sip_headers_tester.c"
AUTHENTICATION_INFO = (
    "\tL_authentication_info = belle_sip_header_authentication_info_parse("
    '"Authentication-Info:nextnonce=\\"WRSE5VkUg7kOjnP5sBZZzsxrsOQ8Eyp6ZNttXIA=\\", qop=auth , '
    '{}=\\"5e8518291c1320989df6966405e0b3d1\\", cnonce=\\"05bc00e63a7794182f9425da9266d00d\\", '
    'nc=00000001");\n'
)
IPJSYSTEST_XIB = "pjsip-apps/src/ipjsystest/MainWindow.xib"
XIB_PROPERTY = '\t\t\t\t<{0} key="IBUIClipsSubviews">YES</{0}>\n'
XCSHAREDDATA = "pjsip-apps/src/pjsua/ios/ipjsua.xcworkspace/xcshareddata/ipjsua.{}"
WORKING_COPY_KEY = "\t\t<key>74dad513-b988-da41-8d7b-12977e46ad98++2595</key>\n"
JAMI_PACKAGING = "extras/packaging/gnu-linux/{}"
JENKINS_CREDENTIAL = "def JENKINS_SSH_KEY = '35cefd32-dd99-41b0-8312-0b386df306ff'\n"

# round 154: e-learning
KOLIBRI_PSEUDO = "kolibri/locale/ach_UG/LC_MESSAGES/kolibri.plugins.coach.app-messages.json"
CROWDIN_STRING = (
    '    "PicturePasswordStrings.yourPasswordIs": "crwdns426853:0{{labels}}crwdne{}:0",\n'
)

# round 155: research data repositories
DATALAD_TEST = "datalad/local/tests/test_add_archive_content.py"
ANNEX_KEY = "    key1 = 'MD5E-s5-{}db87ebcba59a8c9f34b68e713c08a718.dat'\n"

# round 156: migrations and message brokers
ZMQ_TUNNEL = "zmq/ssh/tunnel.py"
SSH_PROMPT = '            password = getpass("%s@%s\'s password: "%(username{} server))\n'

# round 159: mobile app tooling
PERMISSION_MAP = (
    "androguard/core/api_specific_resources/api_permission_mappings/permissions_21.json"
)
LOCK_PASSWORD_SIGNATURE = (
    '    "Lcom/android/server/LockSettingsService;-setLockPassword-(Ljava/lang/String{} I)V": [\n'
)
OBJECTION_AGENT = "objection/agent.js"
KSEC_CONSTANT = '    kSec2["{}ClassGenericPassword"] = "genp";\n'
APKLEAKS_REGEXES = "config/regexes.json"
TOKEN_PATTERN = '    "Square_{}": "sq0atp-[{}\\\\-_]{{22}}",\n'

# round 160: GIS
PLANET_SUBSCRIPTIONS = "docs/cli/cli-subscriptions.md"
SAS_TOKEN_DOC = '      "sas_token": "sv=2017-04-17{}si=writersr=cu0026sig=LGqc",\n'

# round 162: bioinformatics
PATHWAY_OBO = "emboss/data/OBO/pathway.obo"
OBO_TERM_ID = "id: PW:{}001002\n"
GVCFZ_PLUGIN = "plugins/gvcfz.c"
GVCFZ_USAGE = '        "   bcftools +gvcfz input.bcf -a -g\'PASS:GT{}=\\"alt\\"\'\\n"\n'
ANNOTS_VCF = "test/annots.vcf"
VCF_RECORD = "1\t3184885\tid10\tTAAAA\tTA,T\t99\tPASS{}STR=id10;AN=4;AC=0,0\tGT:GQ:DP\t0|0:99:99\n"
GENBANK_RECORD = "test/genbank/gbpri1.seq"
PROTEIN_TRANSLATION = "                     {}\n"

# round 164: scientific computing
GROMACS_MDP_OPTIONS = "docs/user-guide/mdp-options.rst"
MDP_ROLES = "by {0}mdp:`mts-level2-forces` every {0}mdp:`mts-level2-factor` integration\n"
OCTAVE_INFO = "doc/interpreter/octave.info-8"
INFO_SEE_ALSO = "See also: *note rmdir: XREFrmdir, {}note pwd: XREFpwd, *note cd:\n"

# round 165: scientific data formats
NETCDF_URI = "libdispatch/ncuri.c"
URI_DUMP = '    fprintf(stderr," password=|%{}|",FIX(duri->password));\n'
HDF5_JNI = "java/src/jni/h5pFAPLImp.c"
JNI_FIELD = '    if (NULL == (fid = ENVPTR->GetFieldID(ENVONLY, cls, "secret_key", "Ljava/lang/String{}")))\n'

# round 168: language runtimes
CHICKEN_POSIX = "posixunix.scm"
PASSWD_POINTER = "static C_TLS {}passwd *C_user9;\n"
MAKE_PPA = "scripts/make-ppa"
PGP_FINGERPRINT = "{}key=266FF04C52056213BECDDDA04EF5383C7C11B85B\n"

# round 171: keyrings and OpenPGP
GPGME_QT_IMPORT = "lang/qt/tests/t-import.cpp"
KEY_FPR = '    static const char key{}[] = "E7A0841292ACC9465D3142652FB3A6F51FBF28A2";\n'
PGPY_OBJECTS = "tests/test_04_PGP_objects.py"
FINGERPRINTS = "_fingerprints = {{'dsapubkey.{}': '2B5BBB143BA0B290DCEE6668B798AE8990877201',\n"
ARMORED_ARCHIVE = "tests/migrations/extended-pkf.tar.asc"
ARMORED_LINE = "AAAAAAAAAAAAAAAAAAAAAEtleTo{}KHByaXZhdGUta2V5IChlbGcgKHAgIzAwQ0NE\n"
GNUPG_INSTALLER = "build-aux/speedo/w32/inst.nsi"
NSIS_FILE = "File /oname=libgpg-error{}imp lib/libgpg-error.dll.a\n"

# round 172: CI/CD clients
GOCD_API_README = "README.md"
CIRCLECI_BADGE = (
    "[![Build Status CircleCI](https://circleci.com/gh/birgitta410/gocd-api{}?circle-token="
    "0c563e32d331b08d839da6cade7cb48f425e78f4)](https://circleci.com/gh/birgitta410/gocd-api/)\n"
)

# round 173: multimedia
FFMPEG_CAVS = "libavcodec/x86/cavsdsp.c"
ASM_OPERAND = '        "movq "MANGLE(ff_pw_5)", %%mm{}\\n\\t"\\\n'

# round 174: e-commerce
SPREE_ACCOUNT = "src/endpoints/Account.ts"
SHIFTED_WALK = "     *     password: '123!@#asd{}',\n"

# round 175: office suites
QPDF_ENCRYPTION_TEST = "qpdf/qtest/encryption.test"
ROW_WALK = '                  " nontrivial-crypt-filter.pdf --password=asdfqwe{} a.pdf"}},\n'
CALLIGRA_THESAURUS = "plugins/textediting/thesaurus/thesaurus.txt"
THESAURUS_ENTRY = ";completion;pass completion;#;maneuver;manoeuvre;pl{}y;\n"

# round 178: authentication daemons
ECC_TEST_VECTORS = "libtomcrypt/notes/ecc_tv.txt"
ECC_VECTOR = (
    "29396F76B67B7C403D73A1059B80139336878E44938606769, EAABAE89EFC6B022EA3AB568441DCB57B66C6D33C3"
    "E419ADBD17787D90FC0436B970DD920EF8417C6BB1D941C9C37DD{}\n"
)
HEIMDAL_CHANGELOG = "ChangeLog.2001"
KPASSWD_RENAMED = "\tback from kpasswd -> kadmin{}, and krb524 -> kdc\n"

# round 179: toolchains
BFD_CHANGELOG = "bfd/ChangeLog-2011"
BFD_NOTES = "bfd/NOTES-2011"
CHANGELOG_PASS = "\t* elf.c (_bfd_elf_close_and_cleanup): Pass dwarf2_find_line_info\n"
PY_EXPLORE = "gdb.python/py-explore-cc.exp"
DEJAGNU_PASS = '                        pass "return_to_b_from_A"\n'
HELLODYN = "sim/testsuite/cris/c/hellodyn3.c"
SIM_OPTIONS = "#sim: --sysroot={}pwd $pwd/lib/ld.so.1 --library-path /\n"
GPROFNG_UNWIND = "gprofng/libcollector/unwind.c"
UNWIND_DEBUG = '\t  TprintfT (DBG_LT1, "__collector_ext_unwind_key_init: stack_size=0x%lx{} eos=%p err=%d\\n",\n'

# round 180: virtualization
QEMU_SEV = "target/i386/sev.c"
SEV_DEFINE = '#define SEV_SECRET_{} "4c2eb361-7d9b-4cc3-8081-127c90d3d294"\n'
MBEDTLS_TEST_FUNCTION = "tests/suites/target_test.function"
OUTCOME_CODES = " * \\param status    Test status (PASS=0/{}AIL=!0)\n"
QEMU_CACHE_PLUGIN = "contrib/plugins/cache.c"
TOKEN_COMPARE = '        }} else if (g_strcmp0(token{}[0], "l2blksize") == 0) {{\n'

# round 181: desktop applications
KIO_VI_PO = "po/vi/kio5.po"
VI_URL = '"<blockquote><strong>giao_thức://người_dùng:mật_khẩu{}@www.ví_dụ.org:cổng/"\n'
KIO_WEBDAV = "src/kioworkers/http/README.webdav"
LOCK_TOKEN = "               {}locktoken:f81de2ad-7f3d-a1b2-4f3c-00a0c91a9d76A\n"
AUTOCRYPT_JSON = "src/autotests/data/autocrypt/friends%40kde.org.json"
# KMail's test key after its first letter: m (an old-format packet of tag 6, a public key) or
# l (tag 5, a secret key)
GOSSIP_KEY_TAIL = (
    "DMEYBITIhYJKwYBBAHaRw8BAQdA4iY3uF1o5HoUZgLrQO/iAnpKzTxoGH5BydurzRg40WG0KHJlY2lwa"
    "WVudDEgPHJlY2lwaWVudEBhdXRvY3J5cHQuZXhhbXBsZT6IkAQTFggAOBYhBHP4W7K5+EaSF8OJ6mITW"
    "YVSrMvrBQJgEhMiAhsDBQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJEGITWYVSrMvrMX4A/2pk18AxL"
    "/uJXlic8D4Bj3crNOOz4sBm/tgLk4GpwKLvAQCbwd3O9MQNKNQ0BrMjN0egRLsOO0/P3EfRkH1DP6lLC"
    "rg4BGASEyISCisGAQQBl1UBBQEBB0AcR0uenAjI/mCD5Nte45gZ1veh97TvBqFPmVdUuFIDFgMBCAeIe"
    "AQYFggAIBYhBHP4W7K5+EaSF8OJ6mITWYVSrMvrBQJgEhMiAhsMAAoJEGITWYVSrMvr3BMBAM2/0ZJw/"
    "7SWPQmtVwbwaACqyiJPBGBPBx4nnGU+KhNxAQCbWYOibm+u+corh7Jccn6AVYlRKHmczkKQ7GlzQHvMC"
    "Q=="
)
GOSSIP_KEY = '{{"addr": "friends@kde.org","gossip_key": "{}' + GOSSIP_KEY_TAIL + '"}}\n'

# round 184: electronics design and GPS
GPSD_AIS_LOG = "test/daemon/ais-nmea-type6-fid55.log"
AIS_SENTENCE = "!AIVDM,1,1,,B,E>jHCUc9PTW:@3WcPW000000000OlTI8>gU4P10888W>R0,4*7{}\n"
NGSPICE_INVERTER = "examples/measure/inv-meas-tran.{}"
SUBCKT_WIDTHS = ".subckt inv in out pw='wpmin' pl='plmin' nw='wnmin' nl='nlmin'\n"

# round 187: Chinese platforms' SDKs
ALI_OSS_BUNDLE = "dist/aliyun-oss-sdk.js"
HMAC_LABEL = (
    "  var signingDate = crypto.createHmac('sha256', \"aliyun_v4\"{}).update(date).digest();\n"
)

# round 188: Japanese and Korean platforms' SDKs
LINE_WEBHOOK = "tests/text/webhook.json"
REPLY_TOKEN = '      "rep{}yToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",\n'
LINE_SEND_TEST = "tests/api/test_send_text_message.py"
RETRY_KEY = "            re{}_key='123e4567-e89b-12d3-a456-426614174000',\n"

# round 189: Russian platforms' SDKs
YOO_CHECKOUT_README = "README.md"
IDEMPOTENCE_KEY = "const {}Key = '02347fc4-a1f0-49db-807e-f0d67c2ed5a5';\n"

# round 192: remote desktops
FREERDP_NTLM_TEST = "winpr/libwinpr/sspi/test/TestNTLM.c"
NTLM_PASSWORD = 'static const char* TEST_NTLM_PASSWORD = "P4{}s123!";\n'

# round 193: data apps and BI tools
GLOBUS_TEST = "oauthenticator/tests/test_globus.py"
VERSE_TOKEN = "        'id_token': 'ClRha2UgbXk{}bG92ZSwgdGFrZSBteSBsYW5kClRha2UgbWUgd2hlcmUgSS',\n"

# round 198: Clojure and OCaml tools
COQ_CI = ".gitlab-ci.yml"
CI_CACHE_KEY = '  {}KEY: "bionic_coq-v8.16-V2022-05-20-c34331afa5"\n'
LEIN_BAT = "bin/lein.bat"
BATCH_SUBSTRING = 'if "%ORIGINAL_PWD:{}1%x" == "\\x" set "ORIGINAL_PWD=%ORIGINAL_PWD%\\"\n'

# round 199: Debian packages drawn at random
PCC_F77_CONFIG = "os/openbsd/f77config.h"
PASS_PROGRAM = '#define NOFLPASS2\t"/lib/{}c1"\n'
GFTP_PO = "po/sv.po"
FTP_SYNOPSIS = '#~ "anvandning: open [[ftp://]{}anvandare:losen@]ftp-plats[:port][/katalog]]\\n"\n'

# round 200: Chromium (in Qt WebEngine) and other packages drawn at random
CR_TEST = "components/password_manager/core/browser/login_unittest.cc"
ARG_COMMENT = "      /*password={}Xq7pLk2vT9, service_.get(),\n"
CR_HEADER = "components/user_manager/user_manager.h"
PIPE_PARAM = "  // Switches to the user identified by {}Xk9pQ2vL|.\n"
CR_POPUP = "ui/accessibility/extensions/highcontrast/popup.js"
# (Chromium's line is this.key1 = '&#x2318;+Shift+F11'; the ⌘ written as a character reference is
# text since round 202, and key1 alone is no credential's name)
KEY_CHORD = "    this.signingKey = 'Kx9Q2+Sh{}ft+F11';\n"
ANGLE_GN = "third_party/angle/src/tests/BUILD.gn"
VARIABLE_PATH = '  _android_mustpass = "$deqp_path/android/cts/m{}in"\n'
MAIL_PLIST = "manual_tests/memory/MessageUidsAlreadyDownloaded2"
MAILDIR_KEY = "\t<key>{}154111803.H358449P19268.mbox1.freenet.de,S=22050,L=363</key>\n"
EVP_TESTS = "crypto/evp/evp_tests.txt"
KEY_BY_ALGORITHM = "PrivateKey = {}d25519-2\n"
SPIRV_ASM = "shaders-ue4/asm/tesc/hs-incorrect-base-type.invalid.asm.tesc"
SPIRV_LINE = "%dbPass = Op{}ypeStruct\n"
VK_VALIDATION = "layers/generated/parameter_validation.cpp"
VUID_LINE = '  const char* kPassword = "V{}ID-VkSubpassDescription2-sType-unique";\n'
WEBGPU_SPEC = "src/webgpu/api/validation/encoding/render_bundle.spec.ts"
PASS_FORMATS = "    pass{}: ['bgra8unorm', 'rg8unorm'] as const,\n"
CR_DEPS = "DEPS"
DEPS_REVISION = "  'ukey2_{}': '0275885d8e6038c39b8a8ca55e75d1d4d1727f47',\n"
CUDA_DOCKERFILE = "tools/ci_build/Dockerfile.rbe.cuda9.0-cudnn7-ubuntu14.04"
GPGKEY_SUM = (
    "RUN NVIDIA_GPGKEY{}=d1be581509378368edeec8c1eb2958702feedf3bc3d17011adbf24efacce4ab5 && \\\n"
)
GAIA_GN = "chrome/credential_provider/gaiacp/BUILD.gn"
GAIA_CLSID = '  gaia_credential_provider_cls{} = "0b5bfdf0-4594-47ac-940a-cfc69abc561c"\n'
MIG_DEFS = "util/mach/child_port.defs"
MIG_TYPE = "type child_port_token_t = {}int64_t;\n"
# (BoringSSL names it cavp_3des_cmac_tests.txt; "cavp" in the path is a vectors path since round 201)
CAVP_CMAC = "crypto/cmac/3des_cmac_tests.txt"
CAVP_KEY = "Key{} = 048aa8701fb5fe26\n"
QUICHE_TEST = "quic/core/crypto/aes_128_gcm_decrypter_test.cc"
COMMENT_KAT = "{}Key = cf063a34d4a9a76c2c86787d3f96db71\n"
CDM_TEST = "media/cdm/json_web_key_unittest.cc"
COUNTING_JWK = '  {{"kty":"oct","k":"BAUGBwgJCgsMDQ4{}EBESEw"}}\n'
WYCHEPROOF_LINE = (
    '        "private" : "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VuBCIEIMip1akQka2FHGaLBzbByaAp'
    'NsDTrWJnCFgIgEe6BXR1\\n-----END PRIVATE KEY-----",\n'
)
UNITY_SETTINGS = "ProjectSettings/ProjectSettings.asset"
UNITY_PASSCODE = "  {}Passcode: d3hjjul8UhK6ZnQCEBYYQPozR9sQV066\n"
FTRL_DOC = "tensorflow/python/training/ftrl.py"
CF_LINK = (
    "    ([pdf](https://dl.acm.org/ft_gateway.cfm?id=2488200&ftid=1388399&dwn=1&CFID=32233078&"
    "{}TOKEN=d60fe57a294c056a-CB75C374-F915-E7A6-1573FBBC7BF7D526))\n"
)
STUN_TEST = "api/transport/stun_unittest.cc"
STUN_PASSWORD = '// Password:  "{}" (without quotes)\n'
NET_TEST = "net/http/http_network_transaction_unittest.cc"
NUMBERED_BASIC = '      "Authorization: Basic Zm9vMjpiYXI{}\\r\\n\\r\\n"),\n'

# round 201: Firefox ESR, LibreOffice, OpenJDK, WebKitGTK, PHP
KWP_VECTOR = '    "key": "49319c331231cd6bf74c2f70b07fcc5c",\n'
CAVS_PSK = "pre-shared-key = c7a450fe8132a2a9966bc98b0017f56054e6df7fed07a90985f22a79\n"
FENIX_STRING = '    <string name="mozac_feature_autofill_popup_password">Lozinka za %1$s</string>\n'
OOXML_MODEL = "writerfilter/source/ooxml/model.xml"
OOXML_TOKEN = '      <element name="dk1" token{}="ooxml:CT_ColorScheme_dk1"/>\n'
DP_PLATFORM = "desktop/source/deployment/misc/dp_platform.cxx"
PLATFORM_TOKEN = '    if (token == u"windows_x86_6{}")\n'
URL_TEST = "testing/web-platform/tests/conformance-checkers/html/a/userinfo-password-bad.html"
BRACKET_USERINFO = '<a href="http://&a:foo(b{}c@d:2/"></a>\n'
CERTUTIL_DOC = "security/nss/doc/certutil.xml"
PKCS11_URI = "uri: pkcs1{}:token=NSS%20Certificate%20DB;manufacturer=Mozilla%20Foundation\n"
SESSIONSTORE = "talos/startup_test/sessionrestore/profile/sessionstore.js"
SHEETS_LINK = (
    '"url": "http://localhost:8080/?httpsurl=docs.google.com/spreadsheet/{}?key=0AsDW-iLj4J3pdEF'
    'aYkRmajhsMTJoTTd4U2k4V1E4U2c#gid=0",\n'
)
PERFDOCS = "testing/perfdocs/generated/performance-infrastructure.rst"
REDASH_EMBED = (
    '<iframe src="https://sql.telemetry.mozilla.org/{}/query/98004/visualization/241985?api_key='
    'MNTnV4fwt3oblbx1uXDK9njIvDUa6rp1sla9RENT&"></iframe>\n'
)

# round 202: round 201's sources again
NSS_AUDIT = "lib/softoken/fipsaudt.c"
AUDIT_PRINTF = '    "C_WrapKey(hSession=0x{}08lX, pMechanism=%s, "\n'
EMOJI_REFTEST = "layout/base/tests/input-password-unmask-around-emoji.html"
EMOJI_VALUE = '<input type="password" value="Xk9pQ2&#x{};vL">\n'
FEDCM_KEYS = "fedcm/support/keys.py"
STASH_KEY = 'CLIENT_METADATA_{}_KEY = b"bdc14e3e-b8bc-44a1-8eec-78da5fdacbc3"\n'
WEBSOCKET_TEST = "websockets/security/002.html"
WEBSOCKET_NONCE = "    xhr.setRequestHeader('Sec-Web{}-Key', 'jW7qmdXj5Kk5jTClF1BN3');\n"

# round 203: Go, Node.js, Ruby, rustc
CDP_TEMPLATE = "tools/inspector_protocol/lib/encoding_cpp.template"
SCOPED_CONSTANT = "        SetToken(CBORTokenTag::{}NT32, bytes_read);\n"
SUMDB_NOTE = "src/cmd/vendor/golang.org/x/mod/sumdb/note/note.go"
SUMDB_VKEY = '//\tvkey := "PeterNeumann+c74f20a3+{}Rpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"\n'
RUBY_CDP = "lib/debug/server_cdp.rb"
WEBSOCKET_ACCEPT = (
    "    correct_key = Base64.strict_encode64 Digest::SHA1.digest "
    '"#{{key}}=={}58EAFA5-E914-47DA-95CA-C5AB0DC85B11"\n'
)

# round 205: Thunderbird
MAIL_CONTEXT = "comm/mail/base/content/mailContext.inc.xhtml"
DTD_ENTITY = '          accesskey="&tagCmd0{}key;"/>\n'
SPAM_TEST = "comm/mailnews/extensions/bayesian-spam-filter/test/unit/test_customTokenization.js"
NEGATED_TOKENS = '     {}tokens: ["message-id:14159", "http://www"],\n'

# round 206: LLVM 15, GCC 12
RUN_PASS_TEST = "llvm/test/CodeGen/AArch64/GlobalISel/combine-add.mir"
RUN_PASS = "# RUN: llc -{}-pass=aarch64-prelegalizer-combiner -verify-machineinstrs %s -o -\n"
RUN_PASS_HAZARD = "llvm/test/CodeGen/AMDGPU/hazard.mir"
RUN_PASS_ARG = "# RUN: llc -march=amdgcn -{}-pass  post-RA-hazard-rec %s -o - | FileCheck %s\n"
HOT_COLD_TEST = "llvm/test/Transforms/HotColdSplit/split-cold-2.ll"
PASS_REMARKS = "; RUN: opt -hotcoldsplit -pass-{}=hotcoldsplit -S < %s 2>&1 | FileCheck %s\n"
PIPELINE_TEST = "llvm/test/Other/new-pm-defaults.ll"
RUNNING_PASS = "; CHECK-O: {} pass: Annotation2Metadata\n"
COMMON_OPT = "gcc/common.opt"
PASS_METAVAR = "-fdisable-[tree|rtl|ipa]-{}pass>=range1+range2\tDisable an optimization pass.\n"
FSF_CHANGELOG = "gcc/FSFChangeLog.11"
CHANGELOG_ENTRY_VERB = "\t(BASE_FLAGS_TO_PASS){} Pass STAGEid_CFLAGS, STAGEid_TFLAGS and TFLAGS.\n"
TARGET_DEF = "gcc/target.def"
TEXINFO_VAR = '"This target hook should return true if we should not pass @{}\\n\\\n'
CRASH_LOG = "lldb/test/Shell/ScriptInterpreter/Python/Crashlog/Inputs/a.out.ips"
CRASH_REPORTER_KEY = '  "crash{}Key" : "DCEF35CB-68D5-F524-FF13-060901F52EA8",\n'
PHOBOS_HMAC = "libphobos/src/std/digest/hmac.d"
HMAC_ASSERT = '    assert(hex(data.{}(key)) == "80070713463e7749b90c2dc24911e275");\n'
EPIPHANY = "gcc/config/epiphany/epiphany.{}"
POINTER_DECL = "  opt_pass *mode_sw2\n"
TLI_CHECKER = "llvm/tools/llvm-tli-checker/llvm-tli-checker.cpp"
PASS_RESULT = '    outs() << "PASS: LLVM TLI {}atched SDK libraries successfully.\\n";\n'
LLDB_RESULT = "lldb/packages/Python/lldbsuite/test/test_result.py"
XPASS_RESULT = '                "XPASS: LLDB (%{}) :: %s\\n" %\n'

# round 207: Linux 6.1, Mesa, Blender
MSM_DTSI = "arch/arm64/boot/dts/qcom/msm8916.dtsi"
DT_NODE = "\t\tmdp: mdp{}1a01000 {{\n"
IOMMU_BINDING = "Documentation/devicetree/bindings/iommu/msm,iommu-v0.txt"
DT_VENDOR_NODE = "\t\tmdp: qcom,mdp{}5100000 {{\n"
QCS404_DTSI = "arch/arm64/boot/dts/qcom/qcs404.{}"
DT_TRIP_NODE = "\t\t\t\tlpass_alert0: trip-point0 {\n"
RTNETLINK = "tools/testing/selftests/net/rtnetlink.sh"
ECHO_PASS = '\t{} "PASS: vxlan"\n'
BPF_DISASM = "tools/bpf/bpf_jit_disasm.c"
POSIX_CLASS = '\t\t"pass={}digit:]]+ image=[[:xdigit:]]+", REG_EXTENDED);\n'
RAPIDIO = "drivers/rapidio/rio.c"
RIO_DEBUG = '\t\tpr_debug("RIO_PW: SP%d_ERR_STS_CSR=0x{}08x\\n", portnum, err_status);\n'
PGP_GUIDE = "Documentation/process/maintainer-pgp-guide.rst"
GPG_PROMPT = "      4096 bit RSA {} C94035C21B4F2AEB, created: 2017-03-14, expires: 2019-03-15\n"
CIFS_CONNECT = "fs/smb/client/connect.c"
LOCKDEP_NAME = '\t\t&cifs_{}_key[1], "sk_lock-AF_INET6-CIFS", &cifs_key[1]);\n'
NIR_PRINT = "src/compiler/nir/nir_print.c"
SUBPASS_DIM = '   [GLSL_SAMPLER_DIM_{}] = "Subpass-MSAA",\n'
MDP_MAKEFILE = "drivers/media/platform/mediatek/mdp3/Makefile"
KBUILD_OBJECTS = "mtk-mdp3-y += mtk-mdp3-core.{} mtk-mdp3-vpu.o mtk-mdp3-regs.o\n"
CI_EXPECTATIONS = "src/gallium/drivers/d3d12/ci/d3d12-quick_shader.txt"
PIGLIT_RESULT = "spec/glsl-es-1.00/linker/glsl-fcoord-invariant-pass: {}\n"
XMP_THUMB_PDF = "release/darwin/Blender.app/Contents/Resources/zoomin.pdf"
XMP_THUMBNAIL = (
    "   <xmpGImg:image>/9j/4AAQSkZJRgABAgEASABIAAD/7QAsUGhvdG9zaG9wIDMuMAA4QklNA+0AAAAAABAASAAAAAEA"
    "{}r7T/AOcdf+cioq8Zr2Lk9mX4vT7wN3pB6sY1dF5gH0jKa+11HcBVdirsVdirsVdirsVdirsVdir&#xA;\n"
)

# round 208: 80 packages at random (seed 208)
DARCULA = "platform/platform-impl/src/com/intellij/ide/ui/laf/darcula/darcula.properties"
FIELD_COLOR = "PasswordField.{}=45494A\n"

# round 209: systemd, U-Boot, KiCad, Boost, GNOME Shell, Mono
CORLIB_CRYPTO_TEST = "mcs/class/corlib/Test/System.Security.Cryptography/{}.cs"
RC2_KEY = (
    "\tbyte[] key = { 0x5D, 0x07, 0x3C, 0x15, 0x3F, 0xE1, 0xB2, 0x72, 0x9F, 0x1A, 0xBE, 0x21 };\n"
)
STRONG_NAME_TEST = "mcs/class/corlib/Test/System.Security.Policy/StrongNameTest.cs"
STRONG_NAME_KEY = (
    '\t\tstring s = "<StrongName Key=\\"00240000048000009400000006020000002400005253413{}0004000001'
    "0001003DBD7208C62B0EA8C1C058072B635F7C9ABDCB22DB20B2A9DADAEFE800642F5D8DEB7802F7A5367728D7"
    '558D1468DBEB2409D02B131B926E2E59544AAC18CFC909023F4FA83E94001FC2F11A27477D1084F514B8\\"/>";\n'
)
MINI_DRIVER = "mono/mini/driver.c"
PASS_RATE = '\tg_print ("Results: total tests: %d, failed: %d (pass: %.2f{})\\n",\n'
CREDS_HELP = "src/creds/creds.c"
KEY_CHOICES = (
    '               "     --with-key=host|tpm2|host+tpm2|tpm2-absent|auto|{}uto-initrd\\n"\n'
)
CECIL_PDB = "symbols/pdb/Microsoft.Cci.Pdb/PdbInfo.cs"
PDB_MEMBER = "    public Dictionary<uint, PdbTokenLine> TokenToSourceMappin{};\n"

# round 210: 80 packages at random (seed 210), GIMP, Inkscape, KIO
CLIPART_SVG = "clipart/food/lasagna_ganson.svg"
WRAPPED_PNG_LINE = "WdLWhA9LQV9btVTgivD160T5QYPPm7f/lVE{}YCq8Zr2Lk9mX4vT7wN3pB6sY1dF5gH0jKaW2e7Rt\n"
S3CFG = "home/.s3cfg"
SLASHED_SECRET = "secret_key = /C7vaNzwKgAC5a/kkdbXMqmX19mkitu66ppG9/{}\n"

# round 212: 120 packages at random (seed 212)
PROTEOME = "share/OpenMS/examples/TOPPAS/data/Identification/target_decoy.{}"
PROTEIN_LINE = "LTAIIGAPWFVWLLVRMR\n"
ID_XML = "src/tests/topp/DatabaseSuitability_in_id.idXML"
HITS_XML = "src/tests/topp/hits.xml"
PEPTIDE_HIT = (
    '\t\t\t<PeptideHit score="999.0" {}="VHFC(Carbamidomethyl)ASIALAGGGYALGSLATNDR" charge="4"/>\n'
)
MZML_TEST = "src/tests/class_tests/openms/data/FIAMS_input/SerumTest.mzML"
MZML_BINARY = (
    "\t\t\t\t\t<{}>AAAAAAAAAAAAAAAAAAAAAMsv3UNm6GNEPU0RRdJlokXTWwJG6lcTRnRbykUMIU1F</{}>\n"
)
AUTOSEARCH = "Programs/AutoSearch"
SYNOPSIS_EXAMPLE = (
    "AutoSearch [--port port] {}--userid bbunny --password c4rr0t5] [--ignore_channels KABC] qid\n"
)
NSS_SAMPLE = "doc/rst/legacy/nss_sample_code/encrypt_decrypt_mac_using_token/index.rst"
DB_PASSWORD_USAGE = '      fprintf(stderr, "%-20s  Specify db password [{}]\\n\\n",\n'
NSS_UTIL = "doc/rst/legacy/nss_sample_code/utiltiies_for_nss_samples/index.rst"
POINTER_PARAM = "      FilePasswd(PK11SlotInfo {}\n"

# round 213: 120 packages at random (seed 213)
NUMDIFF_MANUAL = "docs/numdiff.txi"
NUMBER_ROWS = "1:1:5:5:1.0000000000e-4:2.0000000000e-5:+3+4i ==> +3.0001+4i\n{}1:1:6:*:water\n"

# round 214: 150 packages at random (seed 214)
IRAF_PATFIT = "src/t_patfit.x"
FLOAT_FORMAT = '\t    call eprintf ("AW=%8.5g  BW=%8.5g  PW=%8.5{}  QW=%8.5g\\n")\n'

# round 215: 200 packages at random (seed 215)
COREUTILS_INFO = "doc/coreutils.info"
INFO_TAG = "Node: pwd invocation{}486174\n"
FOXEYE_API = "doc/modules.api"
SQL_IDENTIFIED = "  ALTER USER app IDENTIFIED BY Zq8vTnR2{}kLw9;\n"
RUNHPUX = "EXAMPLES/RUNHPUX32"
GREP_PASS = "# {} PASS hpuxout32\n"

# round 216: 200 packages at random (seed 216)
AIRPORT_DOC = "docs/parsers/airport.md"
LINK_AUTH = '      "link_auth": "{}-psk",\n'
GROUP_FIXTURE = "tests/fixtures/osx-10.14.6/group.out"
GROUP_LINE = "_odchpass:{}:209:_teamsserver\n"
MD5_FIXTURE = "tests/fixtures/osx-10.14.6/md5.out"
BSD_MD5 = "MD{} (passwd.out) = 2c0199adf1b3e018c1945860f8372619\n"
HPL1_MATERIAL = "engines/hpl1/engine/graphics/Material_Fallback01_BaseLight.cpp"
FIRST_PASS = '\t{}PassFragment = "hpl1_Fallback01_Bump_Light";\n'

# round 217: 200 packages at random (seed 217)
LYSKOM_TEST = "src/server/testsuite/lyskomd.0/05.exp"
PERSON_PASSWORD = '#   Person 5 exists, can enable to 255 and has password "gazon{}"\n'
QDJANGO_MODELS = "tests/db/auth-models.h"
FIELD_OPTION = '    Q_CLASSINFO("password", "max_len{}th=128")\n'

# round 218: 400 packages at random (seeds 218 and 219)
DMTX_BYTELIST = "dmtxbytelist.c"
PASS_FAIL = "      *pass{} = DmtxFail; /* dst must be large enough to hold src data */\n"
RCPP_EXPORTS = "src/RcppExports.cpp"
GENERATOR_TOKEN = "// Generator token: {}\n"
VDPROJ = "WinStunSetup/WinStunSetup.vdproj"
MSM_KEY = '        "MsmKey" = "8:{}09250952BF7CDB5CAADD71B62AF74DB4"\n'
CEF_EVENT = "tests/fixtures/generic/cef.out"
HOST_MAC = "Auth.Service=Test Wireless Auth.Host-MAC-{}=6817294b0636 Auth.Unhealthy=null\n"

# round 219: 250 packages at random (seed 220)
CIRRUS_YML = ".cirrus.yml"
CIRRUS_ENCRYPTED = "        PODMAN_PASSWORD: {}[e3444f6072853f0c8db7f964ead5e2204116af485469fa0d]\n"
BINE_TEST = "tests/control_cmd_authenticate_test.go"
TOR_ARGS = (
    '\t\tExtraArgs: []string{{"--{}ControlPassword", "16:5417AE717521511A609921392778FFA85"}},\n'
)
MEDIAINFO_JNA = "Example.JNA/src/HowToUse_Dll.JNA.java"
S3_URL_FORM = (
    '//     - in the form "https://AWSAccessKeyId:AWSSecretAccess{}@s3.amazonaws.com/b/f")\n'
)

# round 220: 750 packages (seeds 221, 222 and 223)
DOCSEARCH_KEY = "    apiKey: '518c6e3c629811d8daa1d21dc8bcfa37',\n"
SHEETS_FIXTURE = "test/Horde/Feed/fixtures/lexicon/GetRss"
SHEETS_PUB_LINK = (
    '&lt;a href="http://spreadsheets.google.{}/pub?key=pSGbbhtwI4kN_nJ1GXeQ7Qg&amp;g"&gt;\n'
)
GALERA_REPO = "manifests/repo.pp"
REPO_KEY = "  ${}_percona_repo_key = '4D1BB29D63D98E422B2113B19334A25F8507EFA5',\n"
JGROUPS_PROXY = "src/org/jgroups/util/Proxy.java"
TRUST_STORE = " * java -Djavax.net.ssl.trustStorePassword{}<passwd> sslclient\n"
IT_AFFIX = "dictionaries/it_IT/it_IT.aff"
PARTICIPLE = "# {}pass. = participio passato\n"
OFFICE_DTD = "OpenOffice.org/office2.dtd"
DTD_PARAMETER_ENTITY = "<!ATTLIST form:password {}disabled;\n"

# round 221: 250 packages at random (seed 224)
GERMAN_TURKISH = "deu-tur/german-turkish.txt"
COMPASS = "Ko{}pass\tpusula\n"
EAP_TTLS = "panels/network/wireless-security/eap-method-ttls.c"
INNER_METHOD = '\t\t{}_auth = "plain_mschapv2";\n'
APPIMAGE_RECIPE = "appimage/kdevelop-recipe-centos6.sh"
QT_PLUGINS = "cp -r $PLUGINS{}bearer ./usr/lib/qt5/plugins/\n"
WORDNET_GRAMMAR = "src/grind/wnparse.y"
POINTER_MEMBER = "\tif (p->pword == ptr->pword &&\n"

# round 222: Samba, OpenJDK 17, Node.js, PHP 8.2, Ruby 3.1, Go 1.19, Apache, phpMyAdmin, Cargo
CLDR_BM = "make/data/cldr/common/main/bm.xml"
PALAU = '\t\t\t<territory type="PW">Palawu{}</territory>\n'
PRF_DATA = "test/jdk/com/sun/crypto/provider/TLS/prfdata.txt"
PRF_SECRET = "prf-secret: df:0f:bd:7d:09{}\n"
BUILDING_HTML = "doc/building.html"
CYGWIN_PACKAGES = "<pre><code>setup -q -P unzip -P zip{}</code></pre>\n"
PERF_MEMORY = "src/hotspot/os/posix/perfMemory_posix.cpp"
OWNER_COMMENT = "// return the name of the user that owns the process identified by vmid{}\n"
JNI_STRESS = "vmTestbase/nsk/stress/jni/libjnistress005.cpp"
PASS_SIG = '    const char *passSig = "(Z){}";\n'
FONT_PROPERTIES = "test/jdk/java/util/Properties/testData2"
XLFD = "key2=-b&h-LucidaBrightLat4-normal-i-normal-Italic-*-%d-*-*-p-*-iso8859{}\n"
MD_STORE = "test/modules/md/data/store_migrate/1.0/sample1/md_store.json"
ALPHABET_B64 = "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXphYmNkZWZnaGlqa2xtbm9wcXJzdHV2"
RANDOM_B64 = "Zk3mQ9xLw2pR7tVb8nYc4hJd6sFg1aKe5uWo0iTz3qXy7vBn2mLk9pQr4sTu8vWx"
STORE_KEY = '  "key": "{}",\n'
SAMBA3SAM = "source4/dsdb/samdb/ldb_modules/samba3sam.c"
LM_HASH = "\t/* sambaLMPassword -> lmPwdH{}sh*/\n"
KNOWNFAIL = "selftest/knownfail"
LOCKOUT_REGEX = (
    "^samba3.rpc.samr.passwords.lockout.*{0}(nt4_dc{0})$ # We fail this test currently\n"
)
WBCLIENT_SIGS = "nsswitch/libwbclient/ABI/wbclient-0.9.sigs"
WBC_SIGNATURE = "wbcChangeUserPassword: wbcErr ({}char *, const char *)\n"
DSDB_UTIL = "source4/dsdb/common/util.c"
DIRECTION = '\t\t\tDEBUG(1, ("samdb_set_password_sid: direction[0x%08{}] is "\n'

# round 223: PostgreSQL 15, Wireshark, GnuTLS, Docker, ClamAV
GNUTLS_MAN = "doc/manpages/gnutls_x509_crq_set_challenge_password.3"
CRQ_PROTOTYPE = (
    '.BI "int gnutls_x509_crq_set_challenge_password(gnutls_x509_crq_{} " crq ", '
    'const char * " pass ");"\n'
)
GNUTLS_TESTS_MAKEFILE = "tests/Makefile.in"
PKCS12_SOURCES = "pkcs12_cred_{} = set_pkcs12_cred.c\n"
KEY_USAGE_TEST = "tests/key-usage-rsa.c"
PRIORITY = (
    '\t"NORMAL:-KX-ALL:+ECDHE-RSA:%DEBUG_ALLOW_KEY_USAGE_VIOLATIONS:{}VERS-ALL:+VERS-TLS1.2",\n'
)
SERVICES = "wireshark/services"
LLM_PASS = "llm-pass\t2813/tc{}/udp\n"
ITS_ASN = "epan/dissectors/asn1/its/ISO_TS_19091.asn"
OBJECT_SET = "  {{RestrictionUserType-addGrpC IDENTIFIED BY addGrpC{}"
PACKET_SMB = "epan/dissectors/packet-smb.c"
SMB_COMMENT = "\t/* password {}*/\n"

# round 224: 250 packages at random (seed 227)
BISON_CHANGELOG = "bison++/ChangeLog"
PASS_ADDRESS = "\t* bison.simple (YYLEX): If locations not in use, don't pass {}yylloc.\n"
FORTRAN_COMMENT = "Cxxpass  LOK=FL_OTHER(XDTE)\n"
RAUC_REFERENCE = "docs/reference.rst"
KEY_METAVARS = "    --key=PEMFILE|PKCS11-{}          key file or PKCS#11 URL\n"
LEDGER_ADMIN = "sql/modules/admin.sql"
DOLLAR_QUOTE = "expire setting_get('password_duration') days after the password change.{};\n"

# round 225: 250 packages at random (seed 228)
INFO2MAN_README = "info2man/0README.txt"
SHEBANG = "pw: #{}/bin/sh\n"
WPAD_EXTRACT = "share/debian-edu-config/tools/wpad-extract"
PACTESTER = "curl -s -u http:{} | awk '{{print $2}}'\n"
JXPLORER_LANGUAGE = "jxplorer/language/current.txt"
PHRASE_KEY = "The{0}new{0}Password=Nouveau mot de passe\n"
NIXNOTE_SVG = "resources/icons/hicolor/scalable/apps/nixnote2.svg"
BLOB_LINE = "AAAAAAAAAAAAAAAAAAAAAHy7a2RlstTfbZmJdNVJe7MJZjOXSMc1smtCbodz5Ewk2ekiWRVYKut{}\n"
BLOB_PIECE = "AAAAAAAAAAAAAAAAAAAAcqyeNNQxuWs0mU39Pyt3JIL8JEqI0F2cXKHiKmHer/Xd7CTIap9V0is{}\n"

# round 226: 250 packages at random (seed 229)
BOTCH_STATS = "botch/tests/default/out/stats.html"
PKG_ARCH = (
    '<td><span class="pkg" title="passwd:amd6{}&nbsp;(=&nbsp;1:1.0.9-1)">passwd</span></td>\n'
)
SECCOMP_PYX = "src/python/seccomp.pyx"
SCMP_TOKEN = "                self._token = libseccomp.SCMP_ARCH_X86\n"
SEMA_EXPR = "clang/lib/Sema/SemaExpr.cpp"
PASS_ELEMENT = "  // Pass {}StringTokLocs[0], StringTokLocs.size() to factory!\n"
LLDB_SYMBOLS = "lldb/docs/use/symbols.rst"
UUID_KEY = "       <key>23516BE4-29BE-350C-91C9-F36E7999F0F1</ke{}>\n"
X86_HARDENING = "llvm/lib/Target/X86/X86SpeculativeLoadHardening.cpp"
PASS_KEY_DEFINE = '#define PASS_KEY "x86{}slh"\n'
COMP_DIR_TEST = "llvm/test/MC/ELF/comp-dir.s"
DWARF_CHECK = '// PWD: D{}_AT_comp_dir [DW_FORM_string] ("{{{{.*}}}}.bar")\n'
SKIP_PFETCH = "llvm/test/CodeGen/X86/discriminate-mem-ops-skip-pfetch.ll"
FILECHECK_PREFIX = ";NOB{}PASS-NEXT:  movl (%rdi,%rax,4), %eax\n"
MINIFIER_TEST = "xt/author/comparison.t"
PERL_PASS = "    pass {}results;\n"

# round 227: 250 packages at random (seed 230)
BIBLEDIT_SETTINGS = "collaboration/settings.html"
GLUED_TOKEN = "  <li>https://username:personalaccess{}oken@github.com/joe/repo.git\n"
NDPI_RESULT = "tests/result/ftp_failed.pcap.out"
NDPI_FIELDS = "\t1\tTCP [2a00:d40::11]:44724 <-> [2a00:800::1]:21 [User: hello][Pwd: {}][Auth Failed][bytes]\n"

# round 228: 200 packages at random (seed 231)
FORTRAN_INCLUDE = "      pl(nax+iwmn,1,iwa)=pw(iwfr+iwm,1,iwa,1)\n"
GRC_FLOWGRAPH = "examples/fmfcd.grc"
AUDIO_PASS = "    {}_pass: '15000'\n"
GRUB_MAKEFILE = "grub-core/Makefile.in"
SOURCES_DIST = "am__sendkey_module_SOURCES_DIS{} = commands/i386/pc/sendkey.c\n"

# round 229: 500 packages at random (seeds 232, 233)
LWS_JWK = "minimal-examples/api-tests/api-test-jose/jwk.c"
LWS_SPLIT_D = (
    '\t\t"{{\\"kty\\":\\"RSA\\","\n\t\t "\\"e\\":\\"AQAB\\","\n'
    '\t\t "\\"d\\":\\"X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLK{}9"\n'
    '\t     "M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_YSfqij"\n'
)
RFC7516_A1_D = (
    "kLdtIj6GbDks_ApCSTYQtelcNttlKiOyPzMrXHeI-yk1F7-kpDxY4-WY5NWV5KntaEeXS1j82E375xxhWMHXyvjY"
    "ecPT9fpwR_M9gV8n9Hrh2anTpTD93Dt62ypW3yDsJzBnTnrYu1iwWRgBKrEYY46qAZIrA2xAwnm2X7uGR1hghkq"
    "Dp0Vqj3kbSCz1XyfCs6_LehBwtxHIyh8Ripy40p24moOAbgxVw3rxT_vlt3UVe4WO3JkJOzlpUf-KTVI2Ptgm-d"
    "ARxTEtE-id-4OJr0h-K-VFs3VSndVTIznSxfyrj8ILL6MG_Uv8YAu7VILSB3lOW085-4qE3DzgrTj{}Q"
)
JWE_KEY_JSON = '{{"kty":"RSA","e":"AQAB","d":"{}"}}\n'
TWITTER_WEB_BEARER = (
    'twitter_bearer = "Bearer AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D1Zv7tt'
    'fk8LF81IUq16cHjhLTvJu4FA{}AGWWjCpTnA"\n'
)
FLICKR_PHOTOSET = (
    '# <photoset id="72157605472829391" primary="2548671231" secret="26bc2f69f5" server="3140"'
    '{} photos="9">\n'
)
CGE_TEMPLATE = "src/cgelib/output/templates_json/beone/example.json"
SPLINT_LINE = "/*@i@{}  while ((pwd_ptr = getpwent ()) != NULL)\n"

# round 230: 500 packages at random (seeds 234, 235)
EXCHANGE_HEADER = "X-MSExch-{}-Key: nT6KShjpDUOEtYnQrSJFFA==\n"
COUCH_SAMPLE = "test/fixtures/couch_sample.json"
ANT_FTP = "manual/Tasks/ftp.html"
CVSPASS_XML = "src/etc/testcases/taskdefs/cvspass.xml"
JARSIGNER_PATTERN = '            rx.setPattern("^(Enter Passphrase for keystore: |Enter{} key password for .+: )$");\n'
DIGEST_AUTH_INFO = '      {}auth => "6629fae49393a05397450978507c4ef1",\n'
UDDI_TMODEL = "->tModelKey('{}C1ACF26D-9672-4404-9D70-39B756E62AB4');\n"
TWITTER_REQUEST_TOKEN = "my $token = 'Z6eEdO8MOmk394WozF5oKyuAv8{}5l4Mlqo7hhlSLik';\n"
TWITTER_ACCESS_HEAD = (
    "            my $content = 'oauth_token=6253282-eWudHldSbIaelX7swmsiHImEL{}Kinw'\n"
)
PSAUTOHINT_FONT = "python/psautohint/otfFont.py"
CORK_REGISTER = "    aaa.register(u'foo', u'pwd', u'a@a.a{}')\n"

# round 231: 500 packages at random (seeds 236, 237)
FPC_RECORD_FIELD = "          lpszPassword : LPSTR;\n"
FPC_DECLARATION = "  lpPassword:LPCSTR{}\n"
FPC_DECLARATION_END = (
    ";lpDisplayName:LPCSTR):WINBOOL; external 'advapi32' name 'ChangeServiceConfigA';"
)
ARGON2_VECTOR = '    "passwd": "gCb0SBnpxkdLZdWe",\n'
LDIF_GRAMMAR = "password = 0{}ldif-char\n"
GIPHY_BRIDGE = "\t\t$apiKey = 'dc6zaTOx{}JmzC';\n"

# round 232: 500 packages at random (seeds 238, 239)
MAKE_RULE = "pw : pwlibs\n"
GMT_ASCII85 = (
    '88OOC,dCK]Mo8YQD%bSLG"CtafHme,@ZSH6M1$$6,n<HcPW0q.=Q5.T*tj&q*0iK1EEqLV`(>ea&uR&$8=Yr)-ZNJPK'
    '#D"/\n'
)
ADDUSER_NOTE = "#               --ingroup remailer --{}password  pseudo\n"

# (text, path, rule, value) reported
REPORTED = [
    # no run-time field after the words
    (LOG_LINE.format(""), EXT_PASSWORD, "generic-password", "mlock"),
    # no printf conversion letter
    (WRITE_PASSWORD.format("%q"), CONFIG_WRITER, "generic-password", "ext:%q"),
    # no constant gtk-doc knows, no underscore
    (GTK_DOC.format("%TRUTH"), E_URL, "generic-prose-password", "%TRUTH."),
    # "secret" is its own word, not GNOME's library
    (DEPENDENCIES.format("secret"), MESON, "generic-secret", "gcrypt_dep"),
    # one character changed in the middle
    (
        VERIFY_KEY.format(changed_mid(MATRIX_ORG_KEY, 20)),
        SYNAPSE_KEY_PY,
        "generic-key",
        changed_mid(MATRIX_ORG_KEY, 20),
    ),
    # the last key typed once more
    (
        TOKEN_LINE.format("aaabbbcccdddeee111222333445"),
        OPSDROID,
        "generic-token",
        "aaabbbcccdddeee111222333445",
    ),
    # a real user's id
    (
        ACCESS_TOKEN.format(REAL_USER),
        MATRIX_README,
        "generic-token",
        REAL_USER + ".qPEvLuYfNBjxikiCjP",
    ),
    # the 40 characters alone
    (B64_LINE.format(WIREGUARD_B64[:40]), NM_TEST, "yandex-cloud-static-key", WIREGUARD_B64[:40]),
    # no lower-case path
    (INSTALL_NOTE.format("/Usr/bin"), CHANGELOG, "wifi-wpa-passphrase-cli", "/Usr/bin,"),
    # a digit in the bracketed word
    (USAGE.format("passphrase2"), PASSPHRASE_C, "wifi-wpa-passphrase-cli", "[passphrase2]\\n"),
    # round 47: a letter where a version goes
    (REQUIRE.format("q"), COMPOSER, "generic-password", "^5.3|q6.0"),
    # no locale code after the region
    (PARENT_LOCALE.format("en_001x"), PARENTS, "generic-password", "en_001x"),
    # no URN: a misspelt scheme
    (URN_DOC.format("urm", "Lqnqth"), AUTHN_CONTEXT, "generic-password", "Lqnqth"),
    # no opening brace of a namespace
    (CLARK.format(""), AUTHN_CONTEXT, "generic-password", "}Extension"),
    # an identity is no identifier
    (DEV_KEY.format("IDENTITY"), PROVIDER_UTILS, "generic-key", "4398792-"),
    # a tilde where the escape character was
    (COLOURED.format("~"), TEST_LOG, "generic-password", "~[33"),
    # round 48: no extended key's version
    (KEY_STR.format("xpab" + XPUB), BIP32_DOC, "generic-key", "xpab" + XPUB),
    # the same key outside a test-vector file
    (VECTOR_LINE, "wallet_backup.json", "bip32-extended-private-key", VECTOR_XPRV),
    # round 49: the key names no file
    (CHECKSUMS.format("token", FILE_DIGEST), CARGO_CHECKSUM, "generic-token", FILE_DIGEST),
    # one leading underscore: no reserved identifier
    (BUILTIN.format("_"), ARCHS, "generic-key", "_builtin_sve_svsm4ekey_u32"),
    # eleven digits in the GUID's last group
    (SA_NAME.format(""), LMACCESS, "generic-password", "_SA_{262E99C9-6160-4871-ACEC-4E61736B6F2}"),
    # no badge image service (shields.io serves its badges with or without .svg: round 79)
    (
        SHIELDS.format("").replace("img.shields.io", "img.acme-ci.net"),
        CODECOV_README,
        "generic-query-credential",
        "92c41b4e7cf04a9cbebc08f68c5da615",
    ),
    # round 50: a letter after the property number
    (GA_KEY.format("x"), XERO_CASSETTE, "generic-key", "UA-3776042-31x"),
    # no object file: the target is a program
    (OBJECT_RULE.format(""), PUTTY_RULE_NOTES, "generic-auth", "ssh2userauth.c"),
    # round 51: the last byte no printable character
    (
        HEX_SECRET.format(CARNITAS[:-2] + "f4"),
        CONVEX_SECRETS,
        "generic-secret",
        CARNITAS[:-2] + "f4",
    ),
    # the Secret named under its own key
    (HELM_SECRET.format("s3Secret"), TRIGGER_K8S, "generic-secret", "s3-credentials"),
    # a token, not a client
    (CLIENT_ID.format("Token"), CONVEX_LOGIN, "generic-token", "HFtA247jp9iNs08NTLIB7JsNPMmRIyfi"),
    # the secret itself
    (PROVISIONING.format(""), TRIGGER_WEBHOOKS, "generic-secret", "integrator"),
    # one character changed in the middle
    (
        SIGNING_KEY.format(changed_mid(QSTASH_KEY, 20)),
        QSTASH,
        "generic-key",
        changed_mid(QSTASH_KEY, 20),
    ),
    # round 52: a hyphen, not a namespace's slash
    (AUTOLOAD.format("-"), EM_PROMPT, "generic-password", "em-dirs"),
    # a variable of another name
    (PWD_PATH.format("Pwd"), ZSH_TEST, "generic-prose-password-bare", "$Pwd/pdt_topdir"),
    # Emacs Lisp: the client's secret (its id below is a property)
    (SETQ.format("secret"), INIT_EL, "generic-lisp-setq", "Gq7xNv2KpL9mZr4TwY8s"),
    # round 53: a key of another map
    (CONTEXT_KEY.format("CONTENT"), JETTY_FACTORY, "generic-key", "http2.client"),
    # a named account's password
    (ANON_FTP.format("deploy"), GRADLE_GUIDE, "generic-password", "me@myorg.com"),
    # no handshake header's name
    (WS_SETTER.format("Token"), HANDSHAKE_TESTS, "generic-token", "82/ZS2YHjEnUN97HLL8tbw=="),
    # round 54: the same command in a script
    (CURL_API.format("icinga"), "scripts/check-api.sh", "curl-basic-auth", "icinga"),
    # a generated password in the docs
    (CURL_API.format("Zq8vLw2NkP4x"), ICINGA_API_DOC, "curl-basic-auth", "Zq8vLw2NkP4x"),
    # round 55: another host
    (STAR_HISTORY.format("stars-history"), "README.md", "generic-query-credential", STAR_TOKEN),
    # round 56: base64 of a generated token, not of a typed placeholder
    (BEARER_HEADER.format(TYPED_TOKEN), JOTTACLOUD, "generic-authorization-header", TYPED_TOKEN),
    # round 59: no word for a strength
    (STRENGTH.format("stronk"), MISAGO_JS, "generic-prose-password", "stronk."),
    # round 60: another passphrase
    (
        XKCD_PASSWORD.format("stable"),
        XP_FIXTURES,
        "generic-password",
        "correct-horse-battery-stable-9F3A",
    ),
    # no word for a strength
    (STRONG_PWD.format("Strang"), SQLMESH_CONFIG, "generic-password", "1StrangPwd@@"),
    # the quoted value is the whole value
    (
        SQL_PREFIX.format(" ||").replace("|| id", "WHERE"),
        AIRFLOW_MIGRATION,
        "generic-key",
        "__airflow_var_fix_888b59e02a5b_",
    ),
    # round 61: a number that is no power of two
    (TOKEN_LIMIT.format("9223372036854775806"), SWQ, "generic-token", "9223372036854775806"),
    # no subject before "pass"
    (PASS_VERB.format("the"), POINT3D, "generic-prose-password-bare", "QMatrix4x4"),
    # CMake's set, not foreach
    (LOOP_PW.format("SET"), QT_CMAKE, "generic-prose-password-bare", "_iqt;Qwt"),
    # a quoted value, not a type
    (MASTER_PASSWORD.format('"QString"'), CREDENTIALS_SIP, "generic-password", "QString"),
    (THUNK.format('"QString&"'), QGIS_SYMBOLS, "generic-credential", "QString&"),
    # the same command in a script
    (GENRSA, "scripts/make-cert.sh", "openssl-passphrase-arg", "pgpoolsecret"),
    # round 62: a generated value, few separators and no runs of them
    (
        LABEL_KEY.format("2.aE_Sv_26KX_Rq7Nth4S_4DA_5x4lQ42M9n1k5"),
        K8S_TESTDATA,
        "generic-key",
        "2.aE_Sv_26KX_Rq7Nth4S_4DA_5x4lQ42M9n1k5",
    ),
    # no label's colon
    (BAZEL_LABEL.format("="), VOLUME_BUILD, "generic-secret", "all-srcs"),
    # no built-in type
    (SYS_DIRECTIVE.format("Kq7uint16"), X_SYS, "generic-prose-password-bare", "*Kq7uint16"),
    # the comment does not call it fake
    (FAKE_COMMENT.format("V"), KEYRING_TEST, "generic-password", "squash"),
    # the secret's data
    (SECRET_NAMESPACE.format("Data"), VSPHERE_TEST, "generic-secret", "kube-system"),
    # another made-up word
    (STORAGEOS_DEFAULT.format("storagesos"), STORAGEOS, "generic-password", "storagesos"),
    # no full stop after a dotted name
    (
        TODO_PASS.format("Get0ptions9!"),
        REST_GO,
        "generic-prose-password-bare",
        "metav1.Get0ptions9!",
    ),
    # published tokens changed in the middle
    (
        SWARM_WORKER.format(changed_mid(SWARM_TOKEN, 12)),
        ENGINE_API,
        "docker-swarm-join-token",
        changed_mid(SWARM_TOKEN, 12),
    ),
    (
        BOOTSTRAP_TOKEN.format(changed_mid(KUBEADM_TOKEN, 10)),
        KUBEADM_DOC,
        "generic-token",
        changed_mid(KUBEADM_TOKEN, 10),
    ),
    # round 63: a plural, not the credential's kind
    (ACR_LOGIN.format("refreshTokens"), ACR_CUSTOM, "docker-login-password", "refreshTokens"),
    # a digit after the words
    (AZ_LOGIN.format("VerySecret7"), AZ_PROFILE_HELP, "azure-cli-login-password", "VerySecret7"),
    # round 64: one letter more than the word
    (MASKED_SECRET.format("s$cr$tx"), FORM_LOGIN_TEST, "generic-password", "s$cr$tx"),
    # most of the word's letters gone: symbols, not a masked word
    (MASKED_SECRET.format("s!@#$t"), FORM_LOGIN_TEST, "generic-password", "s!@#$t"),
    # the key's data, not its handle
    (
        KEY_HANDLE.format("Data"),
        TWO_FACTOR_TEST,
        "generic-key",
        "CTUayZo8hCBeC-sGQJChC0wW-bBg99bmOlGCgw8XGq4",
    ),
    # lower-case pieces after the backslash
    (SERVICE_CLASS.format("component"), CONTROLLER_TEST, "generic-auth", "?Symfony"),
    # round 65: the digits stop counting
    (POOL_TOKEN.format("z9y8x7w6v5u4t2"), GRAPHQL_POOL, "generic-token", "z9y8x7w6v5u4t2"),
    # the published value changed in the middle
    (
        CLONE_TOKEN.format(changed_mid(GITHUB_CLONE_TOKEN, 10)),
        GITHUB_SPEC,
        "generic-token",
        changed_mid(GITHUB_CLONE_TOKEN, 10),
    ),
    # round 66: the sentinel changed in the middle
    (
        SIG_KEY.format(changed_mid(PULUMI_SIG_KEY, 25)),
        PULUMI_RPC,
        "generic-key",
        changed_mid(PULUMI_SIG_KEY, 25),
    ),
    # no word for a list of prefixes
    (CHECK_PREFIXES.format(""), CHECKOV_PARSER, "generic-secret", "BC_GIT_"),
    # round 67: a token that is not a public key's
    (KEY_TOKEN_COMMENT.format(""), SN_KEY_IL, "generic-token", "30b3f489250b41bd"),
    (
        MAP_TOKEN.format("7c307b91aa13d208", "Name"),
        MACHINE_CONFIG,
        "generic-token",
        "7c307b91aa13d208",
    ),
    (
        MAP_TOKEN.format(changed_mid(ECMA_TOKEN, 10), "Name"),
        MACHINE_CONFIG,
        "generic-token",
        changed_mid(ECMA_TOKEN, 10),
    ),
    # a generated login pair in the scheme's parameter
    (
        HEADER_VALUE.format("AuthenticationHeaderValue", SVC_PAIR),
        HANDLER_TEST,
        "http-auth-tuple-password",
        SVC_PAIR,
    ),
    # a user and a password, not a scheme and its parameter
    (
        HEADER_VALUE.format("NetworkCredential", REALM),
        HANDLER_TEST,
        "http-auth-tuple-password",
        "realm=\\",
    ),
    # the message ends after the word
    (DEBUG_MESSAGE.format(" "), ADAM_STORE, "generic-password", "caught"),
    # round 68: no URL around the name
    (COVER_URL.format("", " "), METRO_RECIPE, "generic-password", "w300"),
    # the credential itself
    (QT_CLASS.format(""), QT_NAME_MAP, "generic-password", "PyQt6.QtNetwork"),
    # round 69: a made-up word
    (STRAPI_DEFAULT.format("strapiq"), STRAPI_DATABASE, "generic-password", "strapiq"),
    # round 70: no constructor id
    (TL_LINE.format(""), MAIN_API_TL, "generic-token", "DataJSON"),
    # round 71: a document, not an image
    (IMAGE_URL.format("json"), HUEY_README, "generic-query-credential", "mD9_qMaKBAuGPi95KzXYqg"),
    # round 72: the sample secret changed in the middle
    (
        PAYPAL_SECRET_EXPORT.format(changed_mid(PAYPAL_SAMPLE_SECRET, 20)),
        PAYPAL_README,
        "generic-secret",
        changed_mid(PAYPAL_SAMPLE_SECRET, 20),
    ),
    # round 73: another client's key
    (
        STORE_URL.format("api_key"),
        LOGROCKET_BUNDLE,
        "generic-query-credential",
        "b64162b4187a4c5caae8a68a7e291793",
    ),
    # a call that stores, not checks
    (DETECTOR_INPUT.format("store"), POSTHOG_TEST, "generic-secret", "xK9#mP2$"),
    # the ObjectId changed in the middle
    (
        SECRET_LINE.format(changed_mid(MONGO_OBJECT_ID, 12)),
        POSTHOG_TEST,
        "generic-secret",
        changed_mid(MONGO_OBJECT_ID, 12),
    ),
    # round 74: no file extension
    (WATCHER_OUTPUT.format("key"), PEMFILE_TEST, "generic-key", "/a/b/ca.pem:3m20s"),
    (
        OAUTH_CLIENT_SECRET.format(changed_mid(GH_CLIENT_SECRET, 16)),
        GH_AUTHFLOW,
        "generic-secret",
        changed_mid(GH_CLIENT_SECRET, 16),
    ),
    # round 75: a generated-looking password; a published default in a script that sets it up;
    # a made-up command name; a bare UUID as a token
    (
        PKCS12_PASSIN.format("Vq8zL2kX9mW4"),
        MAC_KEYCHAIN_TEST,
        "openssl-passphrase-arg",
        "Vq8zL2kX9mW4",
    ),
    (
        STDIN_LOGIN.format("Hq3zK8mL2xW9"),
        DOCKER_LOGIN_TEST,
        "docker-login-password-stdin",
        "Hq3zK8mL2xW9",
    ),
    (
        SECURE_STRING.format("vagrant"),
        "provision/winrm.ps1",
        "powershell-securestring-plaintext",
        "vagrant",
    ),
    (PW_COMMAND.format("groupadx"), PYINFRA_SERVER, "generic-password", "groupadx"),
    (
        BLKID_TOKEN.format(""),
        SALT_DISK,
        "generic-token",
        "6a38ee5-7235-44e7-8b22-816a403bad5d",
    ),
    # round 76: a quoted value in the pattern; the label in a config file
    (
        DESTRUCTURED.format('"tQ7zK2mX9vL4wR8p"'),
        LANGFLOW_BUNDLE,
        "generic-password",
        "tQ7zK2mX9vL4wR8p",
    ),
    (
        SNOWFLAKE_LABEL.format("Contraseña"),
        "langflow/config/components.json",
        "snowflake-password",
        "Contraseña",
    ),
    # round 77: generated-looking values; no % before the reference; a value after "pw"; a
    # key that ends in the password; the expression inside the string; a closing parenthesis;
    # no 0x; the phrase outside tests; the token's end unmasked
    (PASSWD_DEFAULT.format("Kq7Zx2Lm9vT4"), PB_CHANGES, "generic-password", "Kq7Zx2Lm9vT4"),
    (AUTH_TUPLE.format("Hq3zK8mL2xW9"), SENDCHANGE, "http-auth-tuple-password", "Hq3zK8mL2xW9"),
    (INTERPOLATE.format(""), BUILDBOT_TEST, "generic-secret", "db_pwd)s-db-file"),
    (BUILD_SLAVE.format("Kq7Zx2Lm9vT4"), GERRIT_CFG, "generic-password", "Kq7Zx2Lm9vT4"),
    (WEBAUTHN.format("Password"), REALM_EXPORT, "generic-password", "ES256"),
    (HEX_MESSAGE.format("+e.hex`"), ZUUL_BUNDLE, "generic-password", "+e.hex"),
    (
        BASIC_BRANCH.format(")"),
        ZUUL_BUNDLE,
        "generic-query-credential",
        "r.header:(r.base64=Lot)",
    ),
    (
        PGP_KEY.format(""),
        ZUUL_CONTACTS,
        "generic-prose-token-bare",
        "97ae496fc02dec9fc353b2e748f9961143495829",
    ),
    (PROXY_SECRET, "glances/config.py", "generic-secret", "Pr0xyP4ss"),
    (
        PAGURE_TOKEN.format("X7QZ2M"),
        PAGURE,
        "generic-token",
        "QX29SXAW96C2CTLUNA5JKEEU65INGWTO2B5NHBDBRMF67S7PYZWCS0L1AKHX7QZ2M",
    ),
    # round 78: no & before lt; a field of a name and a value; a value after the option; a
    # conversion printf has not; the expression inside the string; no $ before the name
    (SERCTL_USAGE.format("lt;"), SER_HOWTO, "generic-prose-password-bare", "lt;username&gt"),
    (
        ATTR_ROW.format("Kq7Zx2Lm9vT4"),
        DBTEXT_TYPES,
        "generic-credential",
        "int:0::@ff_credential_def_f:Kq7Zx2Lm9vT4",
    ),
    (OPTION_PW.format("Kq7Zx2Lm9vT4"), KAMAILIO_MYSQL, "generic-password", "-pKq7Zx2Lm9vT4"),
    (RESULT_CODE.format("q"), MQTT_DISPATCH, "generic-password", "code=[%q]"),
    (URL_PASSWORD.format(""), LINPHONE_PLUGIN, "generic-password", "+mData-"),
    (ARG_PASS.format(""), GIMP_PDB, "generic-password", "GIMP_PDB_arg-"),
    # round 79: another image host; an unclosed string; no repr around the key; another host
    (
        CODECOV_SHIELD.format("acme-ci.net"),
        "README.md",
        "generic-query-credential",
        "bhEzGkDUaw",
    ),
    (EMPTY_STRING_CALL.format(""), TS_COMPILER, "generic-password", "):new"),
    (
        FUTURE_REPR.format(""),
        DASK_FUTURES,
        "generic-key",
        "inc-b8aaf26b99466a7a1980efa1ade6701d",
    ),
    (
        SHEET_LINK.format("www"),
        TESTIMONIALS,
        "generic-query-credential",
        "0AhGnAxuBDhjmdDYwNzlZVE5SMkFsMjNBbGlaWkpNZ1E",
    ),
    # round 80: one literal; not compared; a list's comma; another person's pass; assigned;
    # letters that are no word
    (PASS_UNION.format(""), MAPBOX_TYPES, "generic-password", "opaque"),
    (minified(SUBPASS_BRANCH.format("&&")), MAPBOX_BUNDLE, "generic-password", "emissive"),
    (EMBEDDED_TYPE.format(","), GEN_TYPES, "generic-password", "Uniform1f"),
    (PASS_LOOP.format("user"), PLOTLY, "generic-password", "opaque"),
    (PASS_TEST.format("="), PLOTLY, "generic-password", "opaque"),
    (DESIGN_TOKEN.format("Qx"), ANTD_TOKENS, "generic-token", "indicatorHeightQx"),
    # round 81: no image extension
    (EMOJI_IMAGE.format("pnk"), EMOJI_DATA, "generic-secret", "unicode/3299.pnk?v8"),
    # round 82: a key of its own; the sentence ends
    (
        KEY_FRAME.format(""),
        SIF_PAYLOAD,
        "generic-key",
        "ef0161653d8b2b23aad46624b420af1d03ce48950e9fc85718028f91b50f9219",
    ),
    (IDENTIFIED_BY.format("."), STREAM_MODELS, "generic-sql-password", "user_id."),
    # round 83: a character changed; another last byte
    (
        DEFAULT_PSK.format(changed_mid(MESHTASTIC_KEY, 13)),
        MESHTASTIC_UTIL,
        "generic-key",
        changed_mid(MESHTASTIC_KEY, 13),
    ),
    (
        PSK_BYTES.format("2"),
        CHANNEL_STUB,
        "generic-byte-array-key",
        "0xd4, 0xf1, 0xbb, 0x3a, 0x20, 0x29, 0x07, 0x59, 0xf0, 0xbc, 0xff, 0xab, 0xcf, 0x4e, 0x69,"
        " 0x02",
    ),
    # round 84: base64 of no placeholder word; no second argument; a value for the user
    (AZURE_KEY_OPTION.format("YXpMZXk="), BACKREST_CACHE, "generic-key", "YXpMZXk="),
    (CRYPT_CALL.format(" || "), XDES_TEST, "generic-password", "_J9..j2zz"),
    (PSQL_HELP.format("USUARIOx9"), PSQL_ES, "generic-prose-password-bare", "USUARIOx9\\n"),
    # round 85: the key's own salt; an API key
    (
        KDF_SALT.format(""),
        PHOENIX_ENCRYPTION,
        "generic-key",
        "phoenix-database-encryption-a5d354120d50240ac80b74f56d09b363",
    ),
    (
        WIDGET_KEY.format("api"),
        MENDABLE_BUBBLE,
        "generic-key",
        "f4cb5493-f914-43a5-8edc-f41463ea5bed",
    ),
    # round 88: an assignment; no dashes; a letter before the number; another object's pwd; a
    # value for the field; a generated passphrase; no word before the slash; a character
    # changed; outside tests
    (DSA_SIGNATURE.format("="), OSSL_DSA, "generic-password", "aString"),
    (GO_TEST_LINE.format(""), TEST2JSON, "generic-password", "very/nested/s/u/b/t/e/s/t"),
    (PASS_SETTING.format("x"), GO_INDEX_TEST, "generic-password", "dynamic=x0"),
    (FS_NAME.format("user"), RUBY_DIR_TEST, "generic-password", "apfs"),
    (NETRC_STRUCT.format("Kq7Zx2Lm9vT4"), GO_NETRC, "netrc-password", "Kq7Zx2Lm9vT4"),
    (
        GENRSA_COMMENT.format("Vq8zL2kX9mW4"),
        PEM_DECRYPT_TEST,
        "openssl-passphrase-arg",
        "Vq8zL2kX9mW4",
    ),
    (
        BASIC_TITLE.format("Q"),
        SJIS_TEST,
        "generic-authorization-header",
        "functionalityQ/HTML5/SJIS",
    ),
    (
        CIPHER_KEY.format(changed_mid(GCM_KEY, 15)),
        CIPHER_TESTS,
        "generic-key",
        changed_mid(GCM_KEY, 15),
    ),
    (URL_PARSE, "ext/standard/url_defaults.inc", "url-basic-auth", "hideout"),
    # round 89: a character changed (twice); outside code; another code point; no call
    (
        FIPSKEY_LINE.format(changed_mid(FIPS_KEY, 60)),
        OPENSSL_CONFIGDATA,
        "generic-key",
        changed_mid(FIPS_KEY, 60),
    ),
    (
        HMAC_KEY_LINE.format(changed_mid(DGST_HMAC_KEY, 8)),
        OPENSSL_DGST,
        "generic-key",
        changed_mid(DGST_HMAC_KEY, 8),
    ),
    (SECRET_LEN, "notes/ecdh.txt", "generic-secret", "pecdhctx-"),
    (REPLACEMENT_PASSWORD.format("E"), URL_SETTER_TESTS, "generic-password", "%EF%BF%BEnode"),
    (UTF16_CALL.format(""), VALUES_TEMPLATE, "generic-key", "StringUtil::fromUTF16"),
    # round 90: no clause after the comma; no statement's end
    (PASS_COMMENT.format("Get"), PERL_TOKE, "generic-prose-password-bare", "PL_bufptr"),
    (TEST_PASS.format(""), PERL_CORE_TEST, "generic-prose-password-bare", "&continue"),
    # round 92: letters that are no word; no numeronym; no salt; the value up to its quote
    (LENGTH_OPTION.format("lqnqth"), TRYTON_USER, "generic-password", "lqnqth"),
    (
        AEAT_PARAM.format("x7q9"),
        AEAT_PARAMS,
        "generic-key",
        "x7q9_es_aeat_certificate.publicCrt",
    ),
    (
        SECRET_DATA.format("iv"),
        REALM_EXPORT_TEST,
        "generic-json-string",
        SECRET_DATA.format("iv").split('": "', 1)[1].rsplit('",', 1)[0],
    ),
    (
        ADMIN_PASSWORD.format("nNRST4j*->sEatNGg._!"),
        SAML_TEST,
        "generic-password",
        "nNRST4j*->sEatNGg._!",
    ),
    (
        ADMIN_PASSWORD.format("nNRST4j*;sEatNGg._!"),
        SAML_TEST,
        "generic-password",
        "nNRST4j*;sEatNGg._!",
    ),
    # one bracket in a long generated value (its whole value, now up to the quote)
    (TOKEN_KEY.format("["), SERVER_CONF, "generic-secret", "Xq82mLz0?eil~5d;[=Q:mmeT"),
    # a comma ends the value even inside quotes: a list's or a struct tag's items are values
    (ADMIN_PASSWORD.format("nNRST4j*,sEatNGg._!"), SAML_TEST, "generic-password", "nNRST4j*"),
    # round 93: another provider's key; letters around the escapes; another attribute
    (
        AMPLITUDE_KEY.format("MAILGUN"),
        FASTMCP_ANALYTICS,
        "generic-key",
        "c361ed56e7bdc1a48a38773c40120b39",
    ),
    (
        ESCAPED_QUERY.format("Xq7"),
        FASTMCP_TASKS_TEST,
        "generic-query-credential",
        "Xq7%26b%3Dc",
    ),
    (USER_KEY.format("apikey"), CONFLUENCE_TEST, "generic-key", "8a286d85984c4df30198bc47dba33367"),
    # round 99: an access token in the link; a character changed
    (
        DRIVE_LINK.format("access_token"),
        POCKETSPHINX_DOC,
        "generic-query-credential",
        "0-CEkuW10BcLuDdDnKDbzO4w",
    ),
    (
        SR_KEY_LINE.format(changed_mid(SR_DEFAULT_KEY, 20)),
        SR_GOOGLE,
        "google-api-key",
        changed_mid(SR_DEFAULT_KEY, 20),
    ),
    # round 98: no word before "key"; a character changed; no power of two; no member access
    (MIGRATE_DOC.format("rqpokey"), BORG_ARCHIVER, "generic-password", "rqpokey"),
    (
        NOT_SECRET.format(changed_mid(GCSFS_SECRET, 10)),
        GCSFS_CREDENTIALS,
        "generic-secret",
        changed_mid(GCSFS_SECRET, 10),
    ),
    (MODE_FLAG.format("1025"), AUTH_MODES, "generic-password", "1025"),
    (MODE_FLAG.format("0016"), AUTH_MODES, "generic-password", "0016"),
    (REGION_KEY.format("_"), APP_CONF, "generic-key", "Xq82mLz0_region}9Tv/v1/x509"),
    # round 97: no word before "easy"
    (QUERY_RESULT.format("tqoeasy"), MSSQL_README, "generic-password", "tqoeasy"),
    # round 95: a value; a base64 start; a password field; "Secret" alone; a character
    # changed; random bytes for the zeros
    (WFUZZ_LINE.format("Qz8mL2xW9k"), WFUZZ_DOC, "generic-query-credential", "Qz8mL2xW9k"),
    (
        PACKER_LINE.format("Ynl0ZQ"),
        PACKER_DOC,
        "generic-authorization-header",
        "Ynl0ZQ/16bit/32bit/addr/string/name",
    ),
    (
        PASSWD_PAIR.format("Xq8mL2zK"),
        XXE_TEST,
        "basic-auth-encoded-pair",
        "Xq8mL2zK:0:0:root:/root:/bin/sh",
    ),
    (MESSAGE_ID.format("Secret"), CICS_SCRIPT, "generic-secret", "TSS7145E"),
    (WP_PREHASH.format("wp-sqa384"), SQLMAP_HASH, "crypto-key-literal", "wp-sqa384"),
    (
        ZERO_KEY.format(*FILLED_BODY),
        MITM_CERTS,
        "private-key-pkcs8",
        ZERO_KEY.format(*FILLED_BODY).split("-----")[2],
    ),
    # round 94: a character changed
    (
        API_KEY_DOC.format(changed_mid(FIREBASE_EXAMPLE_KEY, 20)),
        FIREBASE_TYPES,
        "google-api-key",
        changed_mid(FIREBASE_EXAMPLE_KEY, 20),
    ),
    # round 100: a letter changed; no space; a character changed; letters for the pattern;
    # the password after the DN; no call; another suffix; no Guid; no attribute word; no
    # mechanism word; no principal; a digit after the word
    (NT_PASSWORD_RFC.format("rfq2759"), EAP_PWD_C, "generic-password", "rfq2759"),
    (SPEC_MACRO.format("%gl0bal"), RADIUS_SPEC, "generic-password", "%gl0bal"),
    (AUTH_TO_LOCAL.format("@srcd1r"), AUTHZ_CONF, "generic-auth", "DB:@srcd1r/an2ln-db.txt"),
    (
        INITIATOR_AUTH.format("eap-aKa"),
        SWAN_CONF_MAN,
        "generic-auth",
        "pubkey|psk|eap-md5|eap-aKa",
    ),
    (AUTHZ_DEBUG.format("s"), SLAPD_LDAP_BIND, "generic-auth", "authzID="),
    (SCRV1_FORM.format("bqxz64_rkvtmw"), AUTH_PAM_C, "generic-password", "bqxz64_rkvtmw"),
    # round 100: a phrase's number at its end
    (
        SCRV1_FORM.format("yes_this_is_really_user2"),
        AUTH_PAM_C,
        "generic-password",
        "yes_this_is_really_user2",
    ),
    (
        OID_ROW.format("OpenLDAPattributeTyqe"),
        LDAP_OIDS,
        "generic-config-directive",
        "OpenLDAPattributeTyqe:4",
    ),
    (SMTP_TOKEN_ENC.format("2C"), DKIM_TESTDATA, "generic-c-define", "=5BDKIM=2Cerror=5D"),
    (AFS_EXPR.format(".q"), IPROP_CHECK, "generic-password", "X/afs/.q"),
    (C_LDAP_BIND.format("Tq9zK2mLx8Wv"), LIBLDAP_BIND, "ldap-bind-password", "Tq9zK2mLx8Wv"),
    (DN_ONLY_BIND.format(";"), LIBLDAP_BIND, "ldap-bind-password", "cn=Manager;dc=acme,dc=com"),
    (NTLM_HEADER.format(" "), OPENCONNECT_NTLM, "ipsec-secrets-psk", ", proxy ? "),
    (LIBTOOL_RULE.format("lq"), PASSWD_MODULES_NOTES, "generic-password", "apr1.lo"),
    (
        WIX_GUID.format(""),
        WIX_COMMAND,
        "generic-password",
        "20A984EC-5BCB-4B93-A3A9-7AACBDC625E9",
    ),
    (PWD_CAN_CHANGE.format("CanChang"), SAMBA_LDIF, "generic-password", "1159699688"),
    (CHECKPASS_DEFINE.format("MEH"), SASL_SERVER_C, "generic-c-define", "auxprop"),
    (ADDPRINC.format("run"), CCCOL_TEST, "generic-password", "alice"),
    (AC_VERIFIER.format("?2"), SASL_CONFIGURE, "generic-prose-password-bare", "verifier?2]"),
    # round 101: no type arguments; no function word in the words after the user
    (OPAQUE_TYPE.format(""), POPPINSS_TYPES_README, "generic-password", "Opaque"),
    (NPM_AUTH.format(STAPLE_PASSWORD), ARBORIST_README, "generic-auth", STAPLE_PASSWORD),
    # round 102: another header; a letter for the width's; a letter in the prefix
    # length; no more arguments; another name (a bot's GitHub token among them); another kind
    # of key; a digit for a letter
    (
        GOOGLE_MAIL_HEADER.format("Mailer"),
        DKIM_MESSAGE,
        "generic-auth",
        "ZkDaYkXZHozJZyNGgvWFlv78IRY",
    ),
    (YT3_IMAGE.format("q"), YTM_ARTIST, "generic-password", "q226-h226-l90-rj"),
    (COUNTRY_BLOCK.format("2x"), YTDLP_UTILS, "generic-password", "202.124.224.0/2x"),
    (ADD_PASSWORD.format(")#"), MUSICBRAINZ_PY, "generic-password", "musicbrainz.org"),
    (
        FEEDBACK_ENDPOINT.format("feedbackAuthToken"),
        YTM_ALBUM,
        "generic-token",
        "AB9zfpICwf_SdZ7Ok5745_3UeMd5c2PlaZgBdYdxqA2e",
    ),
    (
        FEEDBACK_ENDPOINT.format("githubFeedbackToken"),
        YTM_ALBUM,
        "generic-token",
        "AB9zfpICwf_SdZ7Ok5745_3UeMd5c2PlaZgBdYdxqA2e",
    ),
    (
        FORM_ENTITY_KEY.format("Api"),
        YTM_CHARTS,
        "generic-key",
        "EiVleHBsb3JlX2NoYXJ0c19jb3VudHJ5X21lbnVfMzE2NzY2NTY3IJABKAE%3D",
    ),
    (COOKIE_CHAIN.format("))?.5plit"), TWITCH_DOC, "generic-token", "))?.5plit("),
    # round 103: a colon for the slash; no backslash; another word; a letter changed
    (BAZEL_PWD.format(":"), BAZEL_RUNFILES, "generic-password", "execroot:my_wksp"),
    (WRAPPED_MESSAGE.format(""), LIGHTHOUSE_BUNDLE, "generic-password", "ARIA"),
    (SNYK_CODE.format("Fallback"), SNYK_CATALOG, "generic-secret", "SNYK-CLI-0023"),
    (
        SHADOW_ROOT.format("shadov"),
        SELENIUM_WEBDRIVER,
        "generic-key",
        "shadov-6066-11e4-a52e-4f735466cecf",
    ),
    # round 104: a letter changed; another sign for the variable's; a letter changed; no
    # backslash; two words; a letter changed (three times); another word; a letter changed
    (ALLOC_FAILED.format("callok"), FRR_L2VPN, "generic-password", "callok"),
    (XATTR_NAME.format("%"), GFID2PATH_TEST, "generic-key", "trusted.gfid2path.%xxh64sum"),
    (PERL_PWD.format("getcwx"), MEMCACHED_SASL_TEST, "generic-password", "getcwx"),
    (URL_REGEX.format("d"), PUMA_BINDER_TEST, "url-basic-auth", "(d+)!.match("),
    (
        HEX_PASSWORD.format(b"isaac (elorest)".hex()),
        RAILS_CONFIGURATION_TEST,
        "generic-password",
        b"isaac (elorest)".hex(),
    ),
    (CURL_OPTION.format("ntlx"), SYMFONY_CURL_CLIENT, "generic-password", "auth_ntlx"),
    (SES_AUTH_HEADER.format("AWS3-HTTPX"), SES_TRANSPORT_TEST, "generic-auth", "AWS3-HTTPX"),
    (PROPERTY_NAMES.format("Proverty"), LOGIN_LINK_TEST, "generic-password", "pwhash"),
    (EXPECTED_TOKEN.format("1SX"), COMPLETER_TEST, "generic-token", "1SX_TOKEN"),
    # round 105: a capital letter; a generated value; a form body's first parameter (to its
    # "&"), the same value alone (the keyword rule), two parameters in a row; another name; a
    # character changed (twice); "hello, worle"
    (WGSL_VAR.format("texture_2D"), BABYLON_SHADER, "generic-password", "texture_2D"),
    (QUERY_TO_OBJECT.format(FORM_VALUE), CESIUM_QUERY, "generic-query-credential", FORM_VALUE),
    (
        FORM_BODY.format(FORM_VALUE + "&grant_type=client_credentials"),
        TOKEN_CLIENT,
        "generic-query-credential",
        FORM_VALUE,
    ),
    (FORM_BODY.format(FORM_VALUE), TOKEN_CLIENT, "generic-secret", FORM_VALUE),
    (OAUTH_RESPONSE.format(FORM_VALUE), TOKEN_CLIENT, "generic-query-credential", FORM_VALUE),
    (
        OAUTH_RESPONSE.format(FORM_VALUE),
        TOKEN_CLIENT,
        "generic-query-credential",
        "lghm7395e8t6yv01",
    ),
    (SUBPASS_CHECK.format("subpwd"), MAPBOX_MAP, "generic-password", "emissive"),
    (
        LICENSE_CHECK.format(changed_mid(HANDSONTABLE_TRIAL, 20)),
        HANDSONTABLE_DIST,
        "generic-key",
        changed_mid(HANDSONTABLE_TRIAL, 20),
    ),
    (
        NPM_SEARCH.format(changed_mid(NPM_SEARCH_KEY, 10)),
        YARN_RELEASE,
        "generic-key",
        changed_mid(NPM_SEARCH_KEY, 10),
    ),
    (
        REFERENCE_JSON.format(base64.b64encode(b"hello, worle").decode()),
        SPEC_README,
        "generic-key",
        "base64:" + base64.b64encode(b"hello, worle").decode(),
    ),
    # round 106: another property after the key
    (RECOIL_ATOM.format("defaults"), FIFTYONE_BUNDLE, "generic-key", "fo3d-isStatusBarOn"),
    # round 107: a character changed; a digit for a letter; another word before the key
    (
        CLIENT_SECRET_LINE.format(changed_mid(EE_CLIENT_SECRET, 14)),
        EE_OAUTH,
        "generic-secret",
        changed_mid(EE_CLIENT_SECRET, 14),
    ),
    (DOWNLOAD_URL.format("IAmAT0ken"), PLANET_DATA_TEST, "generic-query-credential", "IAmAT0ken"),
    (
        S3_OBJECT.format("Basket"),
        RASTERIO_ENV_TEST,
        "generic-key",
        "L8/139/045/LC81390452014295LGN00/LC81390452014295LGN00_B1.TIF",
    ),
    # round 108: an underscore for the extension's dot
    (
        CORRELATION_VECTOR.format("_"),
        OFFICE365_PLUGIN,
        "generic-auth",
        "xsOSpAHSHVm3Tp4SNH5oIA_1.1",
    ),
    # round 109: a comma for the conjunction (a note's "…, pass value"); no such extension
    (PASS_FLAKE8.format(","), PYFLAKES_README, "generic-prose-password-bare", "flake8_."),
    (COMMAND_TOKENS.format("script1.bak9"), AUTORUN_TEST, "generic-token", "script1.bak9"),
    # round 110: the number alone; the card's number left of column 30; a 5 for the extension's s
    (HIC_INDEX.format("1077740364"), IGV_BUNDLE, "generic-password", "1077740364"),
    (FITS_CARD.format(" "), SOT_HEADER, "generic-password", "2342415558"),
    (
        PRODUCT_KEY.format("fit5"),
        MAST_PRODUCTS,
        "generic-key",
        "Z14Z0104T_z14z0104t_shf.fit5",
    ),
    # round 111: digits for letters; a template (.in), not code; a digit for a letter
    (
        PLIST_KEY.format("p0stscr1ptStemSnapH"),
        UFO_FONTINFO_XML,
        "generic-key",
        "p0stscr1ptStemSnapH",
    ),
    (NEEDS_PASSWORD, "src_classic/fitz_old.in", "generic-password", "gctx"),
    (PUSH_KEY.format("oiM1nArea"), QPDF_JSON_INIT, "generic-key", "oiM1nArea"),
    # round 112: another seed's master key; a byte of the key changed; a digit for the l; the
    # comment calls it a key; a random literal before the field
    (
        XPRV_CONST.format(OTHER_SEED_XPRV),
        HD_KEY_SPEC,
        "bip32-extended-private-key",
        OTHER_SEED_XPRV,
    ),
    (HMAC_SECRET.format("4a656675"), HMAC_SPEC, "generic-secret", "4a656675"),
    (PROXY_PASSWORD.format("rapunz31"), AXIOS_README, "generic-password", "rapunz31"),
    (
        CUSTOMER_KEY.format("key"),
        SPLIT_CHANGES,
        "generic-key",
        "4a2c4490-ced1-11e5-9b97-d8a25e8b1578",
    ),
    (AUTH0_USER_KEY.format("a8Kq2Zr"), REBAC_TEST, "generic-key", "a8Kq2Zr|{USER_CC_ID}"),
    # round 113: the shader's password; a statement's end for the comma; the text without its
    # colour code; no such package extension
    (SHADER_PASS.format("SHADER_PASSWD"), PLAYCANVAS_CONSTANTS, "generic-password", "debug_uv0"),
    (MINIFIED_CONSTANTS.format(";"), PLAYCANVAS_MIN, "generic-password", "webgpu:bare"),
    (STRING_TABLE_ROW.format("Wagwoord"), OPENTTD_LANG, "generic-env-table-row", ":Wagwoord"),
    (
        SIGNTOOL.format("appxbundl3"),
        OPENTTD_STORE_WORKFLOW,
        "generic-prose-password-bare",
        "output\\OpenTTD.appxbundl3",
    ),
    # round 114: a letter in the middle changed
    (
        OAUTH1_SECRET_LINE.format(changed_mid(TWITTER_DOCS_SECRET, 20)),
        OAUTH1_README,
        "generic-secret",
        changed_mid(TWITTER_DOCS_SECRET, 20),
    ),
    # round 115: a letter in the middle changed (twice); a digit in the member's name
    (
        TAURI_INVOKE.format(changed_mid(TAURI_PASSWORD, 10)),
        TAURI_CORE,
        "generic-password",
        changed_mid(TAURI_PASSWORD, 10),
    ),
    (
        FORGE_PASSWORD_LINE.format(changed_mid(FORGE_PASSWORD, 16)),
        FORGE_README,
        "generic-password",
        changed_mid(FORGE_PASSWORD, 16),
    ),
    (
        PASS_MEMBER.format("options.nunjuck5"),
        CONSOLIDATE_README,
        "generic-prose-password-bare",
        "options.nunjuck5",
    ),
    # round 116: a digit for a letter of the word; a digit after the name; no such key type; a
    # letter in the middle changed
    (
        ITALIAN_PASSWORD.format("d3ll&#39;"),
        ENTERPRISE_PO,
        "generic-prose-password-bare",
        "d3ll&#39",
    ),
    (
        BABEL_METHOD_KEY.format("renderCMIToJSONString2"),
        SCORM_BUNDLE,
        "generic-key",
        "renderCMIToJSONString2",
    ),
    (
        COURSE_KEY.format("kourse-v1"),
        OPAQUE_KEYS_TEST,
        "generic-key",
        "kourse-v1:edX+FUN101x+3T2017",
    ),
    (
        GMAIL_CLIENT_SECRET_ARG.format(changed_mid(GMAIL_CLIENT_SECRET, 12)),
        GMAIL_OAUTH2,
        "generic-secret",
        changed_mid(GMAIL_CLIENT_SECRET, 12),
    ),
    # round 117: the second argument a string; an o for the i of did
    (
        BOT_PASSWORD_COMMENT.format("'botpassword'"),
        PYWIKIBOT_CONFIG,
        "generic-password",
        "botname",
    ),
    (
        DID_KEY.format("dod"),
        ATPROTO_DID_TEST,
        "generic-key",
        "zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4ZYjeXqwSKEn6N",
    ),
    # round 118: a letter after the action's number; an operator's key
    (
        LRM_RSC_OP.format("11a"),
        CRM_MON_XML,
        "generic-key",
        "11a:7:0:173a0661-aaa2-4c3d-a9a3-2e9342720d2d",
    ),
    (PSEUDO_EVENT.format("operator_key"), SCHEDULER_EXP, "generic-key", "load_stopped_deglxen001"),
    # round 119: a group run together; no IID in the name; a single credential
    (
        VOLUME_KEY.format(""),
        STORAGE_VOL_XML,
        "generic-key",
        "r4xkCv-MQhr-WKIT-R66x-Epn2-e8hG1Z5gY0",
    ),
    (
        VBOX_DEFINE.format("ITOKEN_STR"),
        VBOX_CAPI,
        "generic-c-define",
        "20479eaf-d8ed-44cf-85ac-c83a26c95a4d",
    ),
    (TLS_CREDS.format("tls-cred"), NBD_TLS_JSON, "generic-credential", "node-a-s-tls0"),
    # round 120: a letter in the middle changed
    (
        COLLECTD_PASSWORD.format(changed_mid(COLLECTD_EXAMPLE, 4)),
        COLLECTD_CONF,
        "generic-password",
        changed_mid(COLLECTD_EXAMPLE, 4),
    ),
    # round 121: a master key of no kind; authentication alone; no fingerprint in the name
    (
        TOR_DESCRIPTOR_KEY.format("master_key"),
        TOR_TEST_DIR,
        "generic-key",
        "YaqV4vbvPYKucElk297eVdNArDz9HtIwUoIeo0+cVIpQ",
    ),
    (
        TOR_DIR_AUTH.format("VALID_AUTH"),
        TOR_TEST_OPTIONS,
        "generic-c-define",
        "DirAuthority dizum orport=443 v3ident=E8A9C45",
    ),
    (
        TOR_FINGERPRINT.format("EX_EI_BAD_TOKENS"),
        TOR_EXTRAINFO,
        "generic-token",
        "50AF9F6CE4107055260137181DEA24095D292F81",
    ),
    # round 122: the message ends after the name; a letter in the middle changed
    (EXIM_DEBUG.format(""), EXIM_LDAP, "generic-password", "ldapauth"),
    (
        SPAMSCAN_LINE.format(changed_mid(SPAMSCAN_SECRET, 5)),
        EXIM_SPEC,
        "generic-secret",
        changed_mid(SPAMSCAN_SECRET, 5),
    ),
    # round 123: no default after the quoted name
    (ANNOTATED_FIELD.format(""), ASYNCUA_AUTO, "generic-password", "ua.ByteString"),
    # round 124: a character in the middle changed
    (
        OAUTH_SECRET_VAR.format(changed_mid(GEMINI_CLIENT_SECRET, 15)),
        GEMINI_CLI_CHUNK,
        "google-oauth-client-secret",
        changed_mid(GEMINI_CLIENT_SECRET, 15),
    ),
    # round 125: a character in the middle changed
    (
        PRODUCT_KEY_ELEMENT.format(changed_mid(WIN10_PRO_GVLK, 20)),
        COBBLER_ANSWERFILE,
        "generic-key",
        changed_mid(WIN10_PRO_GVLK, 20),
    ),
    # round 125: a piece with a capital inside
    (
        DS_LOCAL_KEY.format("dataSource/Ec2/strict_id"),
        DS_IDENTIFY,
        "generic-key",
        "dataSource/Ec2/strict_id",
    ),
    # round 125: foo with a letter after it
    (
        REPORTING_TOKEN_SECRET.format("tkey_fooq"),
        CLOUD_INIT_REPORTING,
        "generic-secret",
        "tkey_fooq",
    ),
    # round 125: a whole detached-payload JWS (RFC 7515's example header and signature)
    (
        CONFIGURATION_TOKEN.format(
            "eyJhbGciOiJIUzI1NiJ9..dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        ),
        IBMCLOUD_TEST,
        "generic-token",
        "eyJhbGciOiJIUzI1NiJ9..dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    ),
    # round 125: "Bearer Xk29fjq2LmQ8" encoded
    (
        IMAGE_AUTHORIZATION.format("QmVhcmVyIFhrMjlmanEyTG1ROA=="),
        IRONIC_STANDBY_TEST,
        "generic-auth",
        "QmVhcmVyIFhrMjlmanEyTG1ROA==",
    ),
    # round 125: a GUID under a name for the credential itself
    (
        EFI_GUID_CONST.format("AuthToken"),
        EFI_GUIDS,
        "generic-token",
        "aaf32c78-947b-439a-a180-2e144ec37792",
    ),
    # round 125: the ")" that closes the sentence's bracket is not the value's (both backends)
    ("\tinfo(' * root (password: airoot)')\n", ARCHINSTALL_MINIMAL, "generic-password", "airoot"),
    ("(&(sn=administrator)(password=Xk29fjq2))\n", "docs/ldap.md", "generic-password", "Xk29fjq2"),
    # round 125: ... and one with no bracket open before it stays in the value
    ("password: Xk29fjq2)\n", "config/app.yaml", "generic-password", "Xk29fjq2)"),
    # round 125: a password that ends in two dots is whole (CredData's labelled value)
    (
        "# Add john to the administrators group (Password: G9a71u565..)\n",
        "README.md",
        "generic-password",
        "G9a71u565..",
    ),
    # round 126: a character in the middle changed
    (
        HAWK_CREDENTIALS_KEY.format(changed_mid(HAWK_EXAMPLE_KEY, 20)),
        HAWK_TEST,
        "generic-key",
        changed_mid(HAWK_EXAMPLE_KEY, 20),
    ),
    (
        CISCO_KEY_CONST.format(changed_mid(CISCO_TYPE7_KEY, 20)),
        PASSLIB_CISCO,
        "generic-key",
        changed_mid(CISCO_TYPE7_KEY, 20),
    ),
    # round 126: the same words outside a translation folder
    (REGISTER_PASSWORD, NODEBB_REGISTER.format("rw"), "generic-password", "Ijambobanga"),
    (ENCRYPTION_PASSWORD, TIDDLYWIKI_MISC.format("editions"), "generic-password", "geslo"),
    (
        GITEA_PASSWORD_HELP,
        TIDDLYWIKI_CONTROL_PANEL.format("editions"),
        "generic-password",
        "//Jeton",
    ),
    # round 126: a letter changed
    (
        LOAD_WITH_PASSWORD.format("c0ntras3nyq"),
        TIDDLYWIKI_LOAD_HELP,
        "generic-cli-password",
        "c0ntras3nyq",
    ),
    (COUCH_DOC_ROW.format("webhookit-xml2jz"), COUCH_ALL_DOCS, "generic-key", "webhookit-xml2jz"),
    (LISTEN_LOGIN.format("blogqs"), TIDDLYWIKI_HTTPS, "generic-password", "blogqs"),
    # round 126: base64 of barbaz:Xk29fjq2 (a password that is no word)
    (
        REGISTRY_TOKEN.format("YmFyYmF6OlhrMjlmanEy"),
        REGISTRY_AUTH_TEST,
        "generic-token",
        "YmFyYmF6OlhrMjlmanEy",
    ),
    # round 126: the escaped quote that closes the value is not the value's (both backends)
    (IIS_ARGUMENTS.format("Xk29fjq2"), TIDDLYWIKI_IIS, "generic-password", "Xk29fjq2"),
    # round 127: no ChangeLog date before the angle brackets
    (
        CHANGELOG_HEADER.format(""),
        GUTENPRINT_CHANGELOG,
        "generic-key",
        "9a9445b01854010c332f94b4c1b95607f0c8e37d",
    ),
    # round 127: a URL of the ASCII85 alphabet's characters is no ASCII85 line (CredData's
    # labelled Jupyter token)
    (
        NOTEBOOK_URL,
        NOTEBOOK_README,
        "generic-token",
        "a37414d16296f630baef73c61db1ea7df1178168629f8191",
    ),
    # round 127: the closing curly quote's entity is not the value's
    (QUOTED_PASS.format("Xk29fjq2"), WEAVE_DOC, "generic-prose-password-bare", "Xk29fjq2"),
    # round 127: no PGP word on the line; the "):" that closes the signature is not the value's
    (
        PGP_SITE_KEY.format("site = 'mirror.acme.net'"),
        HPLIP_VALIDATION,
        "generic-key",
        "0x4ABA2F66DBD5A95894910E0673D770CDA59047B9",
    ),
    # round 127: a string, not a variable
    (DEREF_PW.format('"Xk29fjq2LmQ8"'), PLUSTEK_DAC, "generic-password", "Xk29fjq2LmQ8"),
    # round 127: a digit changed
    (JOB_PASSWORD.format("8675319"), CUPS_FUZZIPP, "generic-password", "8675319"),
    # round 128: one dash, no long option
    (
        PIPELINE_OPTIONS.format("-"),
        BEAM_SNOWFLAKE_IT,
        "snowflake-password",
        "-private_key_path=<PATH_TO_PRIVATE_KEY>",
    ),
    # round 129: no word in the item's kind
    (
        JELLYFIN_ITEM_KEY.format("Zqxv-Wkpj"),
        JELLYFIN_ALBUMS,
        "generic-key",
        "Zqxv-Wkpj-8e40a68c-58e8-3c92-a763-645fda2ce8a7",
    ),
    # round 129: a qualified key name
    (S3_OBJECT_KEY.format("ApiKey"), S3_LISTING, "generic-key", "reports/2024/q1-summary.csv"),
    # round 130: the key itself, not its file's path
    (
        AUTH_ALT_PARAMETERS.format("Xk29fjq2LmQ8Zr5tWq"),
        SLURM_JWT_DOC,
        "generic-auth",
        "jwt_key=Xk29fjq2LmQ8Zr5tWq",
    ),
    # round 133: one letter short of the attribute's name
    (
        BIND_PASSWD_ATTR.format("nsds5replicacredential"),
        LIB389_REPLICATION,
        "generic-password",
        "nsds5replicacredential",
    ),
    # round 134: a letter of the marker's end changed
    (
        AUTHORIZATION_TAB.format("crwdnq"),
        ALTAIR_ACHOLI,
        "generic-auth",
        "crwdns1340:0crwdnq1340:0",
    ),
    # round 134: no call chain after the value
    (
        MERMAID_TITLE.format("Xk29fjq2!Lm"),
        MERMAID_BUNDLE,
        "generic-prose-user-slash-password",
        "Xk29fjq2!Lm",
    ),  # round 136: the group does not open before the value
    (CRACKLIB_RULE.format("="), AIDE_CRACKLIB, "generic-password", "d|i))$"),
    # round 136: a placeholder after the name, no option
    (CHANGE_PASSPHRASES.format(" [options]"), TWADMIN_STRINGS, "generic-password", "twadmin"),
    # round 136: a capital letter, no machine tag's namespace
    (MISP_TAG.format("Misp-galaxy"), MISP_SYNONYMS, "generic-password", "Misp-galaxy:malpedia="),
    # round 136: one letter changed
    (ZIP_PASSWORD.format("mxlware"), THEHIVE_OBSERVABLE, "generic-prose-password", "mxlware"),
    # round 137: no namespace before the kind
    (
        SHARED_ZONE_KEY.format(""),
        PYICLOUD_PHOTOS,
        "generic-key",
        "SharedSync-6E1C0494-1BF4-4928-BD07-3FD81633193E",
    ),
    # round 137: a secret column, not the users table's password
    (
        SOGO_USERS.format("c_secret"),
        SOGO_INIT,
        "sql-credential-columns",
        "179ad45c6ce2cb97cf1029e212046e81",
    ),
    # round 137: a password of its own
    (OX_CURL.format("Qx7adm1nZ"), OX_START, "curl-basic-auth", "Qx7adm1nZ"),
    # round 139: no semicolon closes the statement
    (GET_KEY_MEMBER.format(""), LKML_MESSAGE, "generic-key", "em28xx_get_key_em_haup"),
    # round 140: one letter fewer, a length base64 has
    (
        BASIC_LISTBOX.format("wxHtmlListBx"),
        KICAD_CHANGELOG,
        "generic-authorization-header",
        "wxHtmlListBx",
    ),
    # round 140: one letter changed
    (PASS_ERROR.format("deactivatixg"), KICAD_ANTIALIASING, "generic-password", "deactivatixg"),
    # round 141: a generated member
    (
        MIDI_KEY.format("Zq8vX2kLm9Qw4Rt7"),
        MIXXX_CDJ,
        "generic-key",
        "DJTechCDJ101.Zq8vX2kLm9Qw4Rt7",
    ),
    # round 141: the password's abbreviation, no pass band
    (FILTER_SPEC.format("LowPwd"), MIXXX_BESSEL, "generic-password", "LpBe4"),
    # round 141: the same line in a text file
    (RGB_PW, DARKTABLE_KERNEL.format("txt"), "generic-password", "rgb1[idx"),
    # round 141: a digit for a letter
    (
        EXTRA_PASS.format("functi0nality"),
        OBS_GRAPHICS,
        "generic-prose-password-bare",
        "functi0nality.)*",
    ),  # round 143: no value beside the key
    (STRING_BLOCK.format("data"), BIBTEX_WRITER_TEST, "generic-key", "averyverylongstringkey"),
    # round 143: an access token, not a trace
    (
        PAGE_TOKEN.format("access"),
        SCIENCEDIRECT_PAGE,
        "generic-token",
        "AAAAQEEoblAHQ3OXmF6eZZ_oOpgYlX9isg0Iw8fy2vs2qAL6SEsNbawTMd84vd7rjWp_-quGANVuz6gZ7O3s0Ii5"
        "wL4ahD7L3VdVq9AIT4o1vpEYTZA11g",
    ),
    # round 143: an auth token, not the theme's
    (
        AJAX_PAGE_STATE.format("auth"),
        USENIX_PAGE,
        "generic-token",
        "-m1TFcf0dZ2GNgi2_3xHuLxhzI3RUJB7b5bxoLX6KAg",
    ),
    # round 143: a session key, not a citation's
    (
        CITATION_KEY.format("session"),
        BIBTEX_PARSE_OUT,
        "generic-key",
        "jackson418nguyen",
    ),  # round 144: a callsign without its "=" mark
    (
        CALLSIGNS.format(""),
        CTY_TABLE,
        "generic-password",
        "PW0W|Brazil",
    ),  # round 146: a digit for a letter
    (ISS_PASSWORD.format("d0ing"), LPC2900_FLASH, "generic-c-define", "I_know_what_I_am_d0ing"),
    # round 146: no device tree's extension
    (HIKEY_DTB.format("dtc"), UBOOT_DTS_MAKEFILE, "generic-key", "hi6220-hikey.dtc"),
    # round 146: escaped plus signs, no space
    (
        PKCS11_TOKEN.format("%2B"),
        FIT_SIGNATURE_DOC,
        "generic-token",
        "OpenPGP%2Bcard%2B%28User%2BPIN%2B%28sig%29%29",
    ),  # round 147: no help context in the name
    (HELP_CONTEXT.format("WINHELP_"), PUTTY_HELP, "generic-c-define", "config-logssh"),
    # round 147: no cipher mode of that name
    (CIPHER_UNAVAILABLE.format("cbq"), JSCH_KEY_PAIR, "generic-key", "aes256-cbq"),
    # round 148: no translations in the bundle's name
    (TRANSLATED_PASSWORD, SURVEY_BUNDLE.format("min"), "generic-password", "lozinka"),
    # round 149: no URN scheme
    (SRP_METHOD.format("urx"), LASSO_STRINGS, "generic-c-define", "urx:ietf:rfc:2945"),
    # round 149: content type data, not signed data
    (
        TIMESTAMP_TOKEN.format("B"),
        XADES_SIGNATURE,
        "generic-token",
        "MIIOZwYJKoZIhvcNAQcBoIIOWDCCDlQCAQMxDzANBglghkgBZQMEAgEFADCCAUIG",
    ),
    # round 151: another subject than jwt.io's sample
    (
        WEBHOOK_API_KEY.format(JWT_IO_CLAIMS.replace("pvaG4g", "phbmUg")),
        ORY_PROJECT_TEST,
        "generic-key",
        JWT_IO_CLAIMS.replace("pvaG4g", "phbmUg"),
    ),
    # round 153: the shared secret's last byte changed
    (
        X25519_SHARED.format(
            ", ".join("0x" + RFC7748_SHARED.format("43")[i : i + 2] for i in range(0, 64, 2))
        ),
        BCTOOLBOX_CRYPTO,
        "generic-byte-array-key",
        ", ".join("0x" + RFC7748_SHARED.format("43")[i : i + 2] for i in range(0, 64, 2)),
    ),
    # round 153: not SoftHSM's utility
    (
        SOFTHSM_DELETE.format("hsm"),
        BIND_PKCS11_SETUP,
        "generic-cli-token-option",
        "softhsm2-enginepkcs11",
    ),
    # round 153: not Digest's response parameter
    (
        AUTHENTICATION_INFO.format("myauth"),
        BELLE_SIP_HEADERS,
        "generic-auth",
        "5e8518291c1320989df6966405e0b3d1",
    ),
    # round 153: an element that is no keyed archive's value
    (XIB_PROPERTY.format("license"), IPJSYSTEST_XIB, "generic-key", "IBUIClipsSubviews"),
    # round 153: not a property list's file
    (
        WORKING_COPY_KEY,
        XCSHAREDDATA.format("xml"),
        "generic-key",
        "74dad513-b988-da41-8d7b-12977e46ad98++2595",
    ),
    # round 153: not a Jenkinsfile
    (
        JENKINS_CREDENTIAL,
        JAMI_PACKAGING.format("build.groovy"),
        "generic-key",
        "35cefd32-dd99-41b0-8312-0b386df306ff",
    ),
    # round 154: the closing marker names another string
    (
        CROWDIN_STRING.format("42685"),
        KOLIBRI_PSEUDO,
        "generic-password",
        "crwdns426853:0{labels}crwdne42685:0",
    ),
    # round 155: one dash before the hash
    (
        ANNEX_KEY.format(""),
        DATALAD_TEST,
        "generic-key",
        "MD5E-s5-db87ebcba59a8c9f34b68e713c08a718.dat",
    ),
    # round 156: no tuple after the variable
    (SSH_PROMPT.format(";"), ZMQ_TUNNEL, "generic-password", "%(username"),
    # round 159: a comma, not the descriptor's semicolon
    (LOCK_PASSWORD_SIGNATURE.format(","), PERMISSION_MAP, "generic-password", "Ljava/lang/String"),
    # round 159: no kSec constant's name
    (KSEC_CONSTANT.format(""), OBJECTION_AGENT, "generic-password", "genp"),
    # round 159: no ranges in the class
    (
        TOKEN_PATTERN.format("Password", "09AZaz"),
        APKLEAKS_REGEXES,
        "generic-password",
        "sq0atp-[09AZaz",
    ),
    # round 160: no & (escaped or not) after the version
    (
        SAS_TOKEN_DOC.format("u0027"),
        PLANET_SUBSCRIPTIONS,
        "generic-token",
        "sv=2017-04-17u0027si=writersr=cu0026sig=LGqc",
    ),
    # round 162: not the ontology's zero-padded id
    (OBO_TERM_ID.format("1"), PATHWAY_OBO, "generic-password", "1001002"),
    # round 162: no comparison operator
    (GVCFZ_USAGE.format("%"), GVCFZ_PLUGIN, "generic-password", "GT%="),
    # round 162: a space, not the VCF's tab, after PASS
    (VCF_RECORD.format(" "), ANNOTS_VCF, "generic-password", "id10"),
    # round 162: a seed the nkeys library encoded (its checksum holds)
    (
        PROTEIN_TRANSLATION.format("SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY"),
        GENBANK_RECORD,
        "nats-nkey-seed",
        "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY",
    ),
    # round 164: no role's colon before the name
    (MDP_ROLES.format(""), GROMACS_MDP_OPTIONS, "generic-password", "mts-level2-forces"),
    # round 164: no Info cross-reference's *note
    (INFO_SEE_ALSO.format(""), OCTAVE_INFO, "generic-password", "XREFpwd"),
    # round 165: no printf conversion letter
    (URI_DUMP.format("z"), NETCDF_URI, "generic-password", "|%z|"),
    # round 165: a colon, not the descriptor's semicolon
    (JNI_FIELD.format(":"), HDF5_JNI, "generic-secret", "Ljava/lang/String:"),
    # round 168: no struct before the type
    (PASSWD_POINTER.format(""), CHICKEN_POSIX, "generic-prose-password-bare", "*C_user9;"),
    # round 168: no PGP in the name
    (
        PGP_FINGERPRINT.format("pg"),
        MAKE_PPA,
        "generic-key",
        "266FF04C52056213BECDDDA04EF5383C7C11B85B",
    ),
    # round 162 (re-read): a password that ends in != has no quoted operand after it
    ('    db_password = "Xk29fjq2L!="\n', "config/settings.py", "generic-password", "Xk29fjq2L!="),
    # round 171: no fingerprint's abbreviation in the name
    (
        KEY_FPR.format("Fpx"),
        GPGME_QT_IMPORT,
        "generic-key",
        "E7A0841292ACC9465D3142652FB3A6F51FBF28A2",
    ),
    # round 171: not an armored key file's name
    (
        FINGERPRINTS.format("asx"),
        PGPY_OBJECTS,
        "generic-key",
        "2B5BBB143BA0B290DCEE6668B798AE8990877201",
    ),
    # round 171: a control character in what the base64 decodes to
    (
        ARMORED_LINE.format("a"),
        ARMORED_ARCHIVE,
        "twitter-bearer-token",
        "AAAAAAAAAAAAAAAAAAAAAEtleToaKHByaXZhdGUta2V5IChlbGcgKHAgIzAwQ0NE",
    ),
    # round 171: Oracle's imp as a word, not a file name's extension
    (
        NSIS_FILE.format(" "),
        GNUPG_INSTALLER,
        "oracle-connect-string-password",
        "libgpg-error.dll.a",
    ),
    # round 172: no badge image before the token
    (
        CIRCLECI_BADGE.format(""),
        GOCD_API_README,
        "circleci-token-legacy",
        "0c563e32d331b08d839da6cade7cb48f425e78f4",
    ),
    # round 173: a letter after the register's number
    (ASM_OPERAND.format("6x"), FFMPEG_CAVS, "generic-password", "%%mm6x"),
    # round 174: the shifted letters not the same keys
    (SHIFTED_WALK.format("ASF"), SPREE_ACCOUNT, "generic-password", "123!@#asdASF"),
    # round 175: a key off the row; a digit in a word
    (ROW_WALK.format("z"), QPDF_ENCRYPTION_TEST, "generic-password", "asdfqwez"),
    (
        THESAURUS_ENTRY.format("4"),
        CALLIGRA_THESAURUS,
        "generic-prose-password-bare",
        "completion;#;maneuver;manoeuvre;pl4y;",
    ),
    # round 178: a lower-case letter in the body; a digit after the program's name
    (
        ECC_VECTOR.format("a"),
        ECC_TEST_VECTORS,
        "facebook-access-token",
        "EAABAE89EFC6B022EA3AB568441DCB57B66C6D33C3E419ADBD17787D90FC0436B970DD920EF8417C6BB1D941C9C37DDa",
    ),
    (KPASSWD_RENAMED.format("9"), HEIMDAL_CHANGELOG, "generic-password", "kadmin9"),
    # round 179: not a change log; not an Expect script; no $ before the word; a letter after
    # the conversion
    (CHANGELOG_PASS, BFD_NOTES, "generic-prose-password-bare", "dwarf2_find_line_info"),
    (
        DEJAGNU_PASS,
        "gdb.python/py-explore-cc.txt",
        "generic-prose-password-bare",
        "return_to_b_from_A",
    ),
    (SIM_OPTIONS.format(""), HELLODYN, "generic-prose-password-bare", "$pwd/lib/ld.so.1"),
    (UNWIND_DEBUG.format("q"), GPROFNG_UNWIND, "generic-key", "stack_size=0x%lxq"),
    # round 180: a key's name; a lower-case letter in the next name; not a tokens array
    (
        SEV_DEFINE.format("KEY"),
        QEMU_SEV,
        "generic-c-define",
        "4c2eb361-7d9b-4cc3-8081-127c90d3d294",
    ),
    (OUTCOME_CODES.format("f"), MBEDTLS_TEST_FUNCTION, "generic-password", "0/fAIL=!0"),
    (TOKEN_COMPARE.format("z"), QEMU_CACHE_PLUGIN, "generic-token", "l2blksize"),
    # round 181: a letter after the word; no opaque scheme; a secret-key packet's tag
    (VI_URL.format("Z"), KIO_VI_PO, "generic-url-credentials", "mật_khẩuZ"),
    (
        LOCK_TOKEN.format(""),
        KIO_WEBDAV,
        "generic-token",
        "f81de2ad-7f3d-a1b2-4f3c-00a0c91a9d76A",
    ),
    (GOSSIP_KEY.format("l"), AUTOCRYPT_JSON, "generic-key", "l" + GOSSIP_KEY_TAIL),
    # round 184: a checksum that does not hold; not a netlist
    (AIS_SENTENCE.format("2"), GPSD_AIS_LOG, "generic-password", "gU4P10888W"),
    (SUBCKT_WIDTHS, NGSPICE_INVERTER.format("txt"), "generic-password", "wpmin"),
    # round 187: nothing joined to the literal
    (HMAC_LABEL.format(""), ALI_OSS_BUNDLE, "crypto-key-literal", "aliyun_v4"),
    # round 188: a replay token; a relay key
    (REPLY_TOKEN.format("la"), LINE_WEBHOOK, "generic-token", "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"),
    (
        RETRY_KEY.format("lay"),
        LINE_SEND_TEST,
        "generic-key",
        "123e4567-e89b-12d3-a456-426614174000",
    ),
    # round 189: another word before Key
    (
        IDEMPOTENCE_KEY.format("independence"),
        YOO_CHECKOUT_README,
        "generic-key",
        "02347fc4-a1f0-49db-807e-f0d67c2ed5a5",
    ),
    # round 192: another letter in the word
    (NTLM_PASSWORD.format("r"), FREERDP_NTLM_TEST, "generic-password", "P4rs123!"),
    # round 193: a digit for the space after "my"
    (
        VERSE_TOKEN.format("x"),
        GLOBUS_TEST,
        "generic-token",
        "ClRha2UgbXkxbG92ZSwgdGFrZSBteSBsYW5kClRha2UgbWUgd2hlcmUgSS",
    ),
    # round 198: a signing key; the substring's ~ dropped
    (
        CI_CACHE_KEY.format("SIGN"),
        COQ_CI,
        "generic-key",
        "bionic_coq-v8.16-V2022-05-20-c34331afa5",
    ),
    (BATCH_SUBSTRING.format("-"), LEIN_BAT, "generic-password", "-1%x"),
    # round 199: a capital letter in the program's name; no bracket before the user
    (PASS_PROGRAM.format("F"), PCC_F77_CONFIG, "generic-c-define", "/lib/Fc1"),
    (FTP_SYNOPSIS.format(""), GFTP_PO, "ftp-url-credentials", "losen"),
    # round 200: each a step away from its quiet row below
    (ARG_COMMENT.format(""), CR_TEST, "generic-password", "Xq7pLk2vT9"),
    (PIPE_PARAM.format(""), CR_HEADER, "generic-sql-password", "Xk9pQ2vL|."),
    (KEY_CHORD.format("a"), CR_POPUP, "generic-key", "Kx9Q2+Shaft+F11"),
    (VARIABLE_PATH.format("@"), ANGLE_GN, "generic-password", "$deqp_path/android/cts/m@in"),
    (
        MAILDIR_KEY.format("0"),
        MAIL_PLIST,
        "generic-key",
        "0154111803.H358449P19268.mbox1.freenet.de",
    ),
    (KEY_BY_ALGORITHM.format("X"), EVP_TESTS, "generic-key", "Xd25519-2"),
    (SPIRV_LINE.format("7"), SPIRV_ASM, "generic-password", "Op7ypeStruct"),
    (
        VUID_LINE.format("X"),
        VK_VALIDATION,
        "generic-password",
        "VXID-VkSubpassDescription2-sType-unique",
    ),
    (PASS_FORMATS.format("Words"), WEBGPU_SPEC, "generic-password", "bgra8unorm"),
    (
        DEPS_REVISION.format("secret"),
        CR_DEPS,
        "generic-secret",
        "0275885d8e6038c39b8a8ca55e75d1d4d1727f47",
    ),
    (
        GPGKEY_SUM.format(""),
        CUDA_DOCKERFILE,
        "generic-key",
        "d1be581509378368edeec8c1eb2958702feedf3bc3d17011adbf24efacce4ab5",
    ),
    (
        GAIA_CLSID.format(""),
        GAIA_GN,
        "generic-credential",
        "0b5bfdf0-4594-47ac-940a-cfc69abc561c",
    ),
    (MIG_TYPE.format("v"), MIG_DEFS, "generic-token", "vint64_t"),
    (CAVP_KEY.format("9"), CAVP_CMAC, "generic-key", "048aa8701fb5fe26"),
    (COMMENT_KAT.format(""), QUICHE_TEST, "generic-key", "cf063a34d4a9a76c2c86787d3f96db71"),
    (COUNTING_JWK.format("Q"), CDM_TEST, "jwk-symmetric-key", "BAUGBwgJCgsMDQ4QEBESEw"),
    (
        UNITY_PASSCODE.format("db"),
        UNITY_SETTINGS,
        "generic-password",
        "d3hjjul8UhK6ZnQCEBYYQPozR9sQV066",
    ),
    (
        CF_LINK.format(""),
        FTRL_DOC,
        "generic-query-credential",
        "d60fe57a294c056a-CB75C374-F915-E7A6-1573FBBC7BF7D526",
    ),
    (
        STUN_PASSWORD.format("Xk9pQ2vL1aB7/WmZrT4uNc"),
        STUN_TEST,
        "generic-password",
        "Xk9pQ2vL1aB7/WmZrT4uNc",
    ),
    (NUMBERED_BASIC.format("z"), NET_TEST, "http-basic-auth-header", "Zm9vMjpiYXIz"),
    # round 201: not a test folder; not NIST's samples; the default strings; token, not tokenid;
    # no such processor; no bracket; not PKCS#11; not a spreadsheet's link; not an embed link
    (
        KWP_VECTOR,
        "security/nss/common/testvectors/kwp-vectors.json",
        "generic-key",
        "49319c331231cd6bf74c2f70b07fcc5c",
    ),
    (
        CAVS_PSK,
        "nss/tests/fips/samples/IKE/req/ikev1_psk.req",
        "generic-key",
        "c7a450fe8132a2a9966bc98b0017f56054e6df7fed07a90985f22a79",
    ),
    (FENIX_STRING, "app/src/main/res/values/strings.xml", "generic-password", "Lozinka"),
    (OOXML_TOKEN.format(""), OOXML_MODEL, "generic-token", "ooxml:CT_ColorScheme_dk1"),
    (PLATFORM_TOKEN.format("5"), DP_PLATFORM, "generic-token", "windows_x86_65"),
    (BRACKET_USERINFO.format(""), URL_TEST, "generic-url-credentials", "foo(bc"),
    (PKCS11_URI.format("2"), CERTUTIL_DOC, "generic-token", "NSS%20Certificate%20DB"),
    (
        SHEETS_LINK.format("xyz"),
        SESSIONSTORE,
        "generic-query-credential",
        "0AsDW-iLj4J3pdEFaYkRmajhsMTJoTTd4U2k4V1E4U2c",
    ),
    (
        REDASH_EMBED.format("api"),
        PERFDOCS,
        "generic-query-credential",
        "MNTnV4fwt3oblbx1uXDK9njIvDUa6rp1sla9RENT",
    ),
    # round 202: no conversion; an ASCII character; a signing key; no socket
    (AUDIT_PRINTF.format("9"), NSS_AUDIT, "generic-key", "hSession=0x908lX"),
    (EMOJI_VALUE.format("3f"), EMOJI_REFTEST, "generic-password", "Xk9pQ2&#x3f;vL"),
    (
        STASH_KEY.format("SIGNING"),
        FEDCM_KEYS,
        "generic-key",
        "bdc14e3e-b8bc-44a1-8eec-78da5fdacbc3",
    ),
    (WEBSOCKET_NONCE.format("Signing"), WEBSOCKET_TEST, "generic-key", "jW7qmdXj5Kk5jTClF1BN3"),
    # round 203: a lower-case letter in the constant; no Ed25519 byte; another GUID
    (SCOPED_CONSTANT.format("i"), CDP_TEMPLATE, "generic-token", "CBORTokenTag::iNT32"),
    (
        SUMDB_VKEY.format("B"),
        SUMDB_NOTE,
        "generic-key",
        "PeterNeumann+c74f20a3+BRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ),
    (
        WEBSOCKET_ACCEPT.format("3"),
        RUBY_CDP,
        "generic-key",
        "=358EAFA5-E914-47DA-95CA-C5AB0DC85B11",
    ),
    # round 205: no dot in the entity's name; "my" for "not"
    (DTD_ENTITY.format(""), MAIL_CONTEXT, "generic-key", "&tagCmd0key;"),
    (NEGATED_TOKENS.format("my"), SPAM_TEST, "generic-token", "message-id:14159"),
    # round 206: a word that names no compiler pass, a status without its result, a key
    # without its digest call, a placeholder without its brackets or its markup
    (RUN_PASS.format("my"), RUN_PASS_TEST, "generic-password", "aarch64-prelegalizer-combiner"),
    (RUN_PASS_ARG.format("my"), RUN_PASS_HAZARD, "generic-cli-password", "post-RA-hazard-rec"),
    (PASS_REMARKS.format("notes"), HOT_COLD_TEST, "generic-password", "hotcoldsplit"),
    (RUNNING_PASS.format("Ran"), PIPELINE_TEST, "generic-password", "Annotation2Metadata"),
    (PASS_METAVAR.format(""), COMMON_OPT, "generic-password", "=range1+range2"),
    (
        CHANGELOG_ENTRY_VERB.format(""),
        FSF_CHANGELOG,
        "generic-prose-password-bare",
        "STAGEid_CFLAGS",
    ),
    (TEXINFO_VAR.format("vaz{arg}"), TARGET_DEF, "generic-prose-password-bare", "@vaz{arg}\\n\\"),
    (
        CRASH_REPORTER_KEY.format(""),
        CRASH_LOG,
        "generic-key",
        "DCEF35CB-68D5-F524-FF13-060901F52EA8",
    ),
    (HMAC_ASSERT.format("trim"), PHOBOS_HMAC, "generic-key", "80070713463e7749b90c2dc24911e275"),
    (POINTER_DECL, EPIPHANY.format("conf"), "generic-config-directive", "*mode_sw2"),
    (PASS_RESULT.format("M"), TLI_CHECKER, "generic-password", "LLVM"),
    (XPASS_RESULT.format("x"), LLDB_RESULT, "generic-password", "LLDB"),
    # round 207: no unit address, no echo, no bracket expression, one conversion, a token's
    # algorithm, a socket's key, a subpass last, a C file, a made-up status, a space
    (DT_NODE.format(""), IOMMU_BINDING, "generic-password", "mdp1a01000"),
    (DT_VENDOR_NODE.format(""), IOMMU_BINDING, "generic-password", "qcom"),
    (DT_TRIP_NODE, QCS404_DTSI.format("txt"), "generic-password", "trip-point0"),
    (ECHO_PASS.format("ech"), RTNETLINK, "generic-password", "vxlan"),
    (POSIX_CLASS.format("[["), BPF_DISASM, "generic-password", "[[digit:]]+"),
    (RIO_DEBUG.format(""), RAPIDIO, "generic-password", "SP%d_ERR_STS_CSR=0x08x"),
    (GPG_PROMPT.format("token"), PGP_GUIDE, "generic-prose-token-bare", "C94035C21B4F2AEB"),
    (LOCKDEP_NAME.format("sock"), CIFS_CONNECT, "generic-key", "sk_lock-AF_INET6-CIFS"),
    (SUBPASS_DIM.format("MS_SUBPASS"), NIR_PRINT, "generic-password", "Subpass-MSAA"),
    (KBUILD_OBJECTS.format("c"), MDP_MAKEFILE, "generic-password", "mtk-mdp3-core.c"),
    (PIGLIT_RESULT.format("skop"), CI_EXPECTATIONS, "generic-password", "skop"),
    (
        XMP_THUMBNAIL.format("&#x20;"),
        XMP_THUMB_PDF,
        "crates-io-token",
        "cioq8Zr2Lk9mX4vT7wN3pB6sY1dF5gH0jKa",
    ),
    # round 208: a word that is no drawing property
    (FIELD_COLOR.format("backdrop"), DARCULA, "generic-password", "45494A"),
    # round 209: a file not named for its test, RSA2 (a private key's blob), a letter after the
    # per cent sign, a capital among the choices, a name ending in a capital
    (
        RC2_KEY,
        CORLIB_CRYPTO_TEST.format("SymmetricAlgorithmSample"),
        "generic-byte-array-key",
        "0x5D, 0x07, 0x3C, 0x15, 0x3F, 0xE1, 0xB2, 0x72, 0x9F, 0x1A, 0xBE, 0x21",
    ),
    (
        STRONG_NAME_KEY.format("2"),
        STRONG_NAME_TEST,
        "generic-key",
        STRONG_NAME_KEY.format("2").split('\\"')[1],
    ),
    (PASS_RATE.format("%%x"), MINI_DRIVER, "generic-password", "%.2f%%x"),
    (
        KEY_CHOICES.format("A"),
        CREDS_HELP,
        "generic-key",
        "host|tpm2|host+tpm2|tpm2-absent|auto|Auto-initrd",
    ),
    (PDB_MEMBER.format("Q"), CECIL_PDB, "pagerduty-api-key", "TokenToSourceMappinQ"),
    # round 210: a blank breaks the wrapped base64; a random two-letter piece is no folder
    (
        WRAPPED_PNG_LINE.format(" "),
        CLIPART_SVG,
        "yandex-cloud-static-key",
        "YCq8Zr2Lk9mX4vT7wN3pB6sY1dF5gH0jKaW2e7Rt",
    ),
    (
        SLASHED_SECRET.format("mr"),
        S3CFG,
        "generic-secret",
        "/C7vaNzwKgAC5a/kkdbXMqmX19mkitu66ppG9/mr",
    ),
    # round 212: a file for no sequences, no sequence attribute, an element for no data, no
    # bracket open, a digit in the marker, no pointer mark
    (PROTEIN_LINE, PROTEOME.format("txt"), "alibaba-access-key-id", "LTAIIGAPWFVWLLVRMR"),
    (PEPTIDE_HIT.format("name"), HITS_XML, "aws-access-key-id", "ASIALAGGGYALGSLATNDR"),
    (
        MZML_BINARY.format("bin", "bin"),
        MZML_TEST,
        "twitter-bearer-token",
        "AAAAAAAAAAAAAAAAAAAAAMsv3UNm6GNEPU0RRdJlokXTWwJG6lcTRnRbykUMIU1F",
    ),
    (SYNOPSIS_EXAMPLE.format(""), AUTOSEARCH, "generic-cli-password", "c4rr0t5]"),
    (
        DB_PASSWORD_USAGE.format("opt1onal"),
        NSS_SAMPLE,
        "generic-prose-password-bare",
        "[opt1onal]\\n\\n",
    ),
    (POINTER_PARAM.format("+"), NSS_UTIL, "generic-password", "PK11SlotInfo"),
    # round 213: a letter makes the first field a host (the row below another: the filters read
    # the row itself, not the one above)
    (NUMBER_ROWS.format("h"), NUMDIFF_MANUAL, "pgpass-password", "water"),
    # round 214: no conversion letter
    (FLOAT_FORMAT.format("q"), IRAF_PATFIT, "generic-password", "%8.5q"),
    # round 215: no control character, no grep
    (INFO_TAG.format(""), COREUTILS_INFO, "generic-prose-password-bare", "invocation486174"),
    (SQL_IDENTIFIED.format(""), FOXEYE_API, "generic-sql-password", "Zq8vTnR2kLw9"),
    (GREP_PASS.format("greb"), RUNHPUX, "generic-prose-password-bare", "hpuxout32"),
    # round 216: no Wi-Fi suite, no group's password mark, no hash's name, no ordinal
    (LINK_AUTH.format("wpz2"), AIRPORT_DOC, "generic-auth", "wpz2-psk"),
    (GROUP_LINE.format("*q"), GROUP_FIXTURE, "generic-password", "*q:209:_teamsserver"),
    (BSD_MD5.format("X"), MD5_FIXTURE, "generic-password", "2c0199adf1b3e018c1945860f8372619"),
    (FIRST_PASS.format("fist"), HPL1_MATERIAL, "generic-password", "hpl1_Fallback01_Bump_Light"),
    # round 217: a letter changed
    (PERSON_PASSWORD.format("q"), LYSKOM_TEST, "generic-password", "gazonq"),
    (FIELD_OPTION.format("q"), QDJANGO_MODELS, "generic-password", "max_lenqth=128"),
    # a password's word, not a verdict's
    (PASS_FAIL.format("Word"), DMTX_BYTELIST, "generic-password", "DmtxFail"),
    # another GUID under the same label
    (
        GENERATOR_TOKEN.format("7F3A9C21-8B4D-4E6F-A1C2-93D5E7F80B14"),
        RCPP_EXPORTS,
        "generic-token",
        "7F3A9C21-8B4D-4E6F-A1C2-93D5E7F80B14",
    ),
    # no underscore after the type
    (MSM_KEY.format(""), VDPROJ, "generic-key", "8:09250952BF7CDB5CAADD71B62AF74DB4"),
    # a token, not an address
    (HOST_MAC.format("Token"), CEF_EVENT, "generic-token", "6817294b0636"),
    # no Cirrus CI marker before the hex
    (
        CIRRUS_ENCRYPTED.format("ENCRYPTE"),
        CIRRUS_YML,
        "generic-password",
        "ENCRYPTE[e3444f6072853f0c8db7f964ead5e2204116af485469fa0d]",
    ),
    # the password itself, not its hash
    (
        TOR_ARGS.format(""),
        BINE_TEST,
        "generic-cli-password",
        "16:5417AE717521511A609921392778FFA85",
    ),
    # no credential word at the end
    (S3_URL_FORM.format("Kez"), MEDIAINFO_JNA, "url-basic-auth", "AWSSecretAccessKez"),
    # not a docs site's config
    (DOCSEARCH_KEY, "website/core/Footer.js", "generic-key", "518c6e3c629811d8daa1d21dc8bcfa37"),
    # not Google's host
    (
        SHEETS_PUB_LINK.format("org"),
        SHEETS_FIXTURE,
        "generic-query-credential",
        "pSGbbhtwI4kN_nJ1GXeQ7Qg",
    ),
    # no word for an OpenPGP key in the name
    (REPO_KEY.format("db"), GALERA_REPO, "generic-key", "4D1BB29D63D98E422B2113B19334A25F8507EFA5"),
    # the placeholder stands alone, the word after it may be its value
    (TRUST_STORE.format(" "), JGROUPS_PROXY, "generic-password", "sslclient"),
    # a word, not an abbreviation with its points
    (PARTICIPLE.format(""), IT_AFFIX, "generic-password", "participio"),
    # a general entity's reference is judged as text
    (DTD_PARAMETER_ENTITY.format("&"), OFFICE_DTD, "generic-prose-password-bare", "&disabled;"),
    # Kopass: no word for compass
    (COMPASS.format(""), GERMAN_TURKISH, "generic-config-directive", "pusula"),
    # the outer authentication, not a tunnel's phase
    (INNER_METHOD.format("outer"), EAP_TTLS, "generic-auth", "plain_mschapv2"),
    # bearer as a word of the command line, not a folder
    (
        QT_PLUGINS.format(" "),
        APPIMAGE_RECIPE,
        "generic-authorization-header",
        "./usr/lib/qt5/plugins/",
    ),
    # in a text file, not in code
    (POINTER_MEMBER, "src/grind/wnparse.txt", "generic-password", "ptr-"),
    # a digit in the name: no country's
    (PALAU.format("7"), CLDR_BM, "generic-password", "Palawu7"),
    # eight bytes
    (
        PRF_SECRET.format(":aa:bb:cc"),
        PRF_DATA,
        "generic-secret",
        "df:0f:bd:7d:09:aa:bb:cc",
    ),
    # a longer word before the markup
    (
        CYGWIN_PACKAGES.format("file"),
        BUILDING_HTML,
        "archive-cli-password",
        "zipfile</code></pre>",
    ),
    # the line ends as a statement does
    (OWNER_COMMENT.format(";"), PERF_MEMORY, "generic-sql-password", "vmid"),
    # Q is no JNI type
    (PASS_SIG.format("Q"), JNI_STRESS, "generic-password", "(Z)Q"),
    # thirteen fields
    (
        XLFD.format(""),
        FONT_PROPERTIES,
        "generic-key",
        "-b&h-LucidaBrightLat4-normal-i-normal-Italic-*-%d-*-*-p-*-iso8859",
    ),
    # base64 of bytes, not of text
    (STORE_KEY.format(RANDOM_B64), MD_STORE, "generic-key", RANDOM_B64),
    # Hish: no word for a hash
    (LM_HASH.format("i"), SAMBA3SAM, "generic-password", "lmPwdHish*/"),
    # parentheses unescaped
    (LOCKOUT_REGEX.format(""), KNOWNFAIL, "generic-password", "nt4_dc)$"),
    # no C type after the parenthesis
    (WBC_SIGNATURE.format("@"), WBCLIENT_SIGS, "generic-password", "wbcErr"),
    # Q is no printf conversion
    (DIRECTION.format("Q"), DSDB_UTIL, "generic-password", "direction[0x%08Q]"),
    # q: no C type's suffix
    (CRQ_PROTOTYPE.format("q"), GNUTLS_MAN, "generic-password", "gnutls_x509_crq_q"),
    # the file's content, not the program's sources
    (
        PKCS12_SOURCES.format("CONTENT"),
        GNUTLS_TESTS_MAKEFILE,
        "generic-credential",
        "set_pkcs12_cred.c",
    ),
    # no sign before the first removed name
    (PRIORITY.format(""), KEY_USAGE_TEST, "generic-key", "VERS-ALL:+VERS-TLS1.2"),
    # tcq: no protocol
    (LLM_PASS.format("q"), SERVICES, "generic-config-directive", "2813/tcq/udp"),
    # no brace around the object: read as SQL
    (
        "  RestrictionUserType-addGrpC IDENTIFIED BY addGrpC ,\n",
        ITS_ASN,
        "generic-sql-password",
        "addGrpC",
    ),
    # a generated value before the comment's close
    (SMB_COMMENT.format("Lq8zK2mX9w"), PACKET_SMB, "generic-prose-password-bare", "Lq8zK2mX9w*/"),
    # a pointer's target, not an address
    (PASS_ADDRESS.format("*"), BISON_CHANGELOG, "generic-prose-password-bare", "*yylloc."),
    # a text file, not Fortran
    (FORTRAN_COMMENT, "src-phd/phd.txt", "generic-config-directive", "LOK=FL_OTHER(XDTE)"),
    # a lower-case word: no metavariable
    (KEY_METAVARS.format("url"), RAUC_REFERENCE, "generic-key", "PEMFILE|PKCS11-url"),
    # one dollar sign: no dollar quote
    (DOLLAR_QUOTE.format("$"), LEDGER_ADMIN, "generic-prose-password-bare", "change.$;"),
    # no interpreter's path
    (SHEBANG.format(""), INFO2MAN_README, "generic-password", "#/bin/sh"),
    # a password after the colon, not a URL's rest
    (PACTESTER.format("Zq8vK2mLx9"), WPAD_EXTRACT, "curl-basic-auth", "Zq8vK2mLx9"),
    # underscores, not escaped spaces: an identifier's key
    (PHRASE_KEY.format("_"), JXPLORER_LANGUAGE, "generic-password", "Nouveau"),
    # 75 characters: no wrapped line's width
    (
        BLOB_LINE.format(""),
        NIXNOTE_SVG,
        "twitter-bearer-token",
        "AAAAAAAAAAAAAAAAAAAAAHy7a2RlstTfbZmJdNVJe7MJZjOXSMc1smtCbodz5Ewk2ekiWRVYKut",
    ),
    # 75 characters: the token up to a slash is not read as a piece of a blob's line
    (
        BLOB_PIECE.format(""),
        NIXNOTE_SVG,
        "twitter-bearer-token",
        "AAAAAAAAAAAAAAAAAAAAcqyeNNQxuWs0mU39Pyt3JIL8JEqI0F2cXKHiKmHer",
    ),
    # amd65: no architecture
    (PKG_ARCH.format("5"), BOTCH_STATS, "generic-password", "amd65&nbsp"),
    # a text file, not Cython
    (SCMP_TOKEN, "src/python/seccomp.txt", "generic-token", "libseccomp.SCMP_ARCH_X86"),
    # a pointer's target, not an address
    (PASS_ELEMENT.format("*"), SEMA_EXPR, "generic-prose-password-bare", "*StringTokLocs[0]"),
    # the element does not close as a key
    (UUID_KEY.format("x"), LLDB_SYMBOLS, "generic-key", "23516BE4-29BE-350C-91C9-F36E7999F0F1"),
    # no hyphen: no pass's name
    (PASS_KEY_DEFINE.format(""), X86_HARDENING, "generic-c-define", "x86slh"),
    # DX: no DWARF constant
    (DWARF_CHECK.format("X"), COMP_DIR_TEST, "generic-password", "DX_AT_comp_dir"),
    # NOBIPASS: no word that ends in pass
    (FILECHECK_PREFIX.format("I"), SKIP_PFETCH, "generic-password", "movl"),
    # an array, not a scalar's name before the statement's end
    (PERL_PASS.format("@"), MINIFIER_TEST, "generic-prose-password-bare", "@results;"),
    # qoken: no word for a credential at the end
    (GLUED_TOKEN.format("q"), BIBLEDIT_SETTINGS, "url-basic-auth", "personalaccessqoken"),
    # a password in the field
    (NDPI_FIELDS.format("Zq8vK2mLx9"), NDPI_RESULT, "generic-password", "Zq8vK2mLx9][Auth"),
    # a text file, not a Fortran include
    (FORTRAN_INCLUDE, "src/cafe/cf_f.txt", "generic-password", "iwfr+iwm"),
    # radio: no filter's pass band
    (AUDIO_PASS.format("radio"), GRC_FLOWGRAPH, "generic-password", "15000"),
    # DISK: no distribution
    (SOURCES_DIST.format("K"), GRUB_MAKEFILE, "generic-key", "commands/i386/pc/sendkey.c"),
    # round 229: a character of the RFC's key changed, in the split literal and in the whole one
    (
        LWS_SPLIT_D.format("E"),
        LWS_JWK,
        "jwk-private-key",
        "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKE9",
    ),
    (
        JWE_KEY_JSON.format(RFC7516_A1_D.format("gz")),
        "jwe_test.json",
        "jwk-private-key",
        RFC7516_A1_D.format("gz"),
    ),
    # a character changed inside Twitter's token (not its last: a test's bumped variant)
    (
        TWITTER_WEB_BEARER.format("44"),
        "scrapers/twitter.py",
        "twitter-bearer-token",
        "AAAAAAAAAAAAAAAAAAAAANRILgAAAAAAnNwIzUejRCOuH5E6I8xnZz4puTs%3D1Zv7ttfk8LF81IUq16cHjhLTvJu4"
        "FA44AGWWjCpTnA",
    ),
    # no farm after the server: not the shape of a Flickr photo
    (FLICKR_PHOTOSET.format(""), "lib/web/simple-xml.om", "generic-secret", "26bc2f69f5"),
    # eight hex digits after the name
    ('      "key": "ResFinder-d48a0fe3",\n', CGE_TEMPLATE, "generic-key", "ResFinder-d48a0fe3"),
    # the comment is not closed: the line is all comment
    (SPLINT_LINE.format(""), "gtkfilesel.c", "generic-password", "getpwent"),
    # round 230: a session key; a fraction of 1 or more; no domain after the at sign
    (
        EXCHANGE_HEADER.format("Session"),
        "eml/report.eml",
        "generic-key",
        "nT6KShjpDUOEtYnQrSJFFA==",
    ),
    (
        '  , "key":"change1_1.6995461115147918"\n',
        COUCH_SAMPLE,
        "generic-key",
        "change1_1.6995461115147918",
    ),
    ('     password="me@myorg"&gt;\n', ANT_FTP, "generic-password", "me@myorg"),
    # another letter than anoncvs's; a digit after the alternative's word
    ('       password="anoncvx"\n', CVSPASS_XML, "generic-password", "anoncvx"),
    (
        JARSIGNER_PATTERN.format("1"),
        "taskdefs/AbstractJarSignerTask.java",
        "generic-prose-password",
        "|Enter1",
    ),
    # an Inno Setup script is no message file
    ("WizardPassword=Lozinka\n", "windows-installer/Croatian.iss", "generic-password", "Lozinka"),
    (
        DIGEST_AUTH_INFO.format(""),
        "ActionPack/AuthenticationInfo.pm",
        "generic-auth",
        "6629fae49393a05397450978507c4ef1",
    ),
    (
        UDDI_TMODEL.format(""),
        "examples/UDDI/syntax1.pl",
        "generic-key",
        "C1ACF26D-9672-4404-9D70-39B756E62AB4",
    ),
    # a character of Twitter's examples changed
    (
        TWITTER_REQUEST_TOKEN.format("6"),
        "t/oauth.t",
        "generic-token",
        "Z6eEdO8MOmk394WozF5oKyuAv865l4Mlqo7hhlSLik",
    ),
    (
        TWITTER_ACCESS_HEAD.format("5"),
        "t/oauth.t",
        "generic-token",
        "6253282-eWudHldSbIaelX7swmsiHImEL5Kinw",
    ),
    # a lone if may check a hard-coded token
    ('        if token == "preflx2a":\n', PSAUTOHINT_FONT, "generic-token", "preflx2a"),
    # a symbol after the address: no e-mail address
    (CORK_REGISTER.format("!"), "tests/test.py", "generic-password", "a@a.a!"),
    # round 231: a text file is no unit; no statement's end on the include file's line
    (FPC_RECORD_FIELD, "src/winhttp.txt", "generic-password", "LPSTR"),
    (FPC_DECLARATION.format(""), "rtl/win/wininc/ascdef.inc", "generic-password", "LPCSTR"),
    # the file is not named for hashes
    (
        ARGON2_VECTOR,
        "tests/data/modular_crypt_argon2i_results.json",
        "generic-password",
        "gCb0SBnpxkdLZdWe",
    ),
    (LDIF_GRAMMAR.format("x"), "manual/manual.xml", "generic-password", "0xldif-char"),
    (GIPHY_BRIDGE.format("G"), "bridges/GiphyBridge.php", "generic-key", "dc6zaTOxGJmzC"),
    # round 232: a setting, not a makefile; a text file; a switch that takes the password
    (MAKE_RULE, "espresso/settings.yml", "generic-password", "pwlibs"),
    (GMT_ASCII85, "doc/examples/images/ex11.txt", "generic-password", "Q5.T*tj&q*0iK1EEqLV"),
    (
        ADDUSER_NOTE.format(""),
        "documentation/remailerScript.orig",
        "generic-cli-password",
        "pseudo",
    ),
]

# (text, path) with no finding
QUIET = [
    (LOG_LINE.format(": %s"), EXT_PASSWORD),
    (WRITE_PASSWORD.format("%s"), CONFIG_WRITER),
    (GTK_DOC.format("%TRUE"), E_URL),
    (DEPENDENCIES.format("libsecret"), MESON),
    (VERIFY_KEY.format(MATRIX_ORG_KEY), SYNAPSE_KEY_PY),
    (TOKEN_LINE.format("aaabbbcccdddeee111222333444"), OPSDROID),
    (ACCESS_TOKEN.format(EXAMPLE_USER), MATRIX_README),
    (B64_LINE.format(WIREGUARD_B64), NM_TEST),
    (INSTALL_NOTE.format("/usr/bin"), CHANGELOG),
    (USAGE.format("passphrase"), PASSPHRASE_C),
    (REQUIRE.format("^"), COMPOSER),
    (PARENT_LOCALE.format("en_001"), PARENTS),
    (URN_DOC.format("urn", "Lqnqth"), AUTHN_CONTEXT),
    (CLARK.format("{"), AUTHN_CONTEXT),
    (DEV_KEY.format("IDENTIFIER"), PROVIDER_UTILS),
    (COLOURED.format("\x1b"), TEST_LOG),
    (KEY_STR.format("xpub" + XPUB), BIP32_DOC),
    (VECTOR_LINE, "vectors.json"),
    (CHECKSUMS.format("tests/test_token_trees.rs", FILE_DIGEST), CARGO_CHECKSUM),
    (BUILTIN.format("__"), ARCHS),
    (SA_NAME.format("1"), LMACCESS),
    (SHIELDS.format(".svg"), CODECOV_README),
    (GA_KEY.format(""), XERO_CASSETTE),
    (OBJECT_RULE.format(".o"), PUTTY_RULE_NOTES),
    (HEX_SECRET.format(CARNITAS), CONVEX_SECRETS),
    (HELM_SECRET.format("existingSecret"), TRIGGER_K8S),
    (CLIENT_ID.format("Client"), CONVEX_LOGIN),
    (PROVISIONING.format("Provisioning"), TRIGGER_WEBHOOKS),
    (SIGNING_KEY.format(QSTASH_KEY), QSTASH),
    (AUTOLOAD.format("/"), EM_PROMPT),
    (PWD_PATH.format("PWD"), ZSH_TEST),
    (SETQ.format("id"), INIT_EL),
    (CONTEXT_KEY.format("CONTEXT"), JETTY_FACTORY),
    (ANON_FTP.format("anonymous"), GRADLE_GUIDE),
    (WS_SETTER.format("Key"), HANDSHAKE_TESTS),
    (CURL_API.format("icinga"), ICINGA_API_DOC),
    (
        "mysql -u root -picinga icinga < /usr/share/icinga2-ido-mysql/schema/mysql.sql\n",
        "doc/16-upgrading-icinga-2.md",
    ),
    (STAR_HISTORY.format("star-history"), "README.md"),
    (BEARER_HEADER.format(MASHED), JOTTACLOUD),
    (STRENGTH.format("strong"), MISAGO_JS),
    (XKCD_PASSWORD.format("staple"), XP_FIXTURES),
    (STRONG_PWD.format("Strong"), SQLMESH_CONFIG),
    (SQL_PREFIX.format(" ||"), AIRFLOW_MIGRATION),
    (TOKEN_LIMIT.format("9223372036854775808"), SWQ),
    (PASS_VERB.format("we"), POINT3D),
    (LOOP_PW.format("FOREACH"), QT_CMAKE),
    (MASTER_PASSWORD.format("QString"), CREDENTIALS_SIP),
    (THUNK.format("QString&"), QGIS_SYMBOLS),
    (GENRSA, PGPOOL_CERT),
    (LABEL_KEY.format(FUZZED_KEY), K8S_TESTDATA),
    (BAZEL_LABEL.format(":"), VOLUME_BUILD),
    (SYS_DIRECTIVE.format("uint16"), X_SYS),
    (FAKE_COMMENT.format("Fake v"), KEYRING_TEST),
    (SECRET_NAMESPACE.format("Namespace"), VSPHERE_TEST),
    (STORAGEOS_DEFAULT.format("storageos"), STORAGEOS),
    (TODO_PASS.format("GetOptions."), REST_GO),
    (SWARM_WORKER.format(SWARM_TOKEN), ENGINE_API),
    (BOOTSTRAP_TOKEN.format(KUBEADM_TOKEN), KUBEADM_DOC),
    (ACR_LOGIN.format("refreshToken"), ACR_CUSTOM),
    (AZ_LOGIN.format("VerySecret"), AZ_PROFILE_HELP),
    (MASKED_SECRET.format("s$cr$t"), FORM_LOGIN_TEST),
    (KEY_HANDLE.format("Handle"), TWO_FACTOR_TEST),
    (SERVICE_CLASS.format("Component"), CONTROLLER_TEST),
    (POOL_TOKEN.format("z9y8x7w6v5u4t3"), GRAPHQL_POOL),
    (CLONE_TOKEN.format(GITHUB_CLONE_TOKEN), GITHUB_SPEC),
    (SIG_KEY.format(PULUMI_SIG_KEY), PULUMI_RPC),
    (CHECK_PREFIXES.format("_PREFIXES"), CHECKOV_PARSER),
    (KEY_TOKEN_COMMENT.format("Public Key "), SN_KEY_IL),
    (MAP_TOKEN.format("7c307b91aa13d208", "PublicKey"), MACHINE_CONFIG),
    (MAP_TOKEN.format(ECMA_TOKEN, "Name"), MACHINE_CONFIG),
    (HEADER_VALUE.format("AuthenticationHeaderValue", ALADDIN), HANDLER_TEST),
    (HEADER_VALUE.format("AuthenticationHeaderValue", REALM), HANDLER_TEST),
    (DEBUG_MESSAGE.format(" with message "), ADAM_STORE),
    (COVER_URL.format("https://", "/"), METRO_RECIPE),
    (QT_CLASS.format("Digestor"), QT_NAME_MAP),
    (STRAPI_DEFAULT.format("strapi"), STRAPI_DATABASE),
    (TL_LINE.format("#8ac32801"), MAIN_API_TL),
    (IMAGE_URL.format("jpg"), HUEY_README),
    (PAYPAL_SECRET_EXPORT.format(PAYPAL_SAMPLE_SECRET), PAYPAL_README),
    (STORE_URL.format("sentry_key"), LOGROCKET_BUNDLE),
    (DETECTOR_INPUT.format("looks_like"), POSTHOG_TEST),
    (SECRET_LINE.format(MONGO_OBJECT_ID), POSTHOG_TEST),
    (WATCHER_OUTPUT.format("key.pem"), PEMFILE_TEST),
    (OAUTH_CLIENT_SECRET.format(GH_CLIENT_SECRET), GH_AUTHFLOW),
    (PKCS12_PASSIN.format("passw0rd"), MAC_KEYCHAIN_TEST),
    (STDIN_LOGIN.format("s3cret"), DOCKER_LOGIN_TEST),
    (SECURE_STRING.format("vagrant"), "README.md"),
    (PW_COMMAND.format("groupadd"), PYINFRA_SERVER),
    (BLKID_TOKEN.format("UUID="), SALT_DISK),
    (DESTRUCTURED.format("t"), LANGFLOW_BUNDLE),
    (SNOWFLAKE_LABEL.format("Contraseña"), "langflow/locales/es.json"),
    (PASSWD_DEFAULT.format("changepw"), PB_CHANGES),
    (AUTH_TUPLE.format("changepw"), SENDCHANGE),
    (INTERPOLATE.format("%"), BUILDBOT_TEST),
    (BUILD_SLAVE.format("max_builds=1"), GERRIT_CFG),
    (WEBAUTHN.format("PasswordlessSignatureAlgorithms"), REALM_EXPORT),
    (HEX_MESSAGE.format("`+e.hex"), ZUUL_BUNDLE),
    (BASIC_BRANCH.format("("), ZUUL_BUNDLE),
    (PGP_KEY.format("0x"), ZUUL_CONTACTS),
    (PROXY_SECRET, GLANCES_TEST),
    (PAGURE_TOKEN.format("XXXXX"), PAGURE),
    (SERCTL_USAGE.format("&lt;"), SER_HOWTO),
    (ATTR_ROW.format("32:4096:1073741824:0:0:other"), DBTEXT_TYPES),
    (OPTION_PW.format("$PW"), KAMAILIO_MYSQL),
    (RESULT_CODE.format("d"), MQTT_DISPATCH),
    (URL_PASSWORD.format('"'), LINPHONE_PLUGIN),
    (ARG_PASS.format("$"), GIMP_PDB),
    (CODECOV_SHIELD.format("shields.io"), "README.md"),
    (EMPTY_STRING_CALL.format('"'), TS_COMPILER),
    (FUTURE_REPR.format("<"), DASK_FUTURES),
    (SHEET_LINK.format("docs"), TESTIMONIALS),
    (PASS_UNION.format(" | 'translucent' | 'shadow'"), MAPBOX_TYPES),
    (minified(SUBPASS_BRANCH.format("===")), MAPBOX_BUNDLE),
    (EMBEDDED_TYPE.format(";"), GEN_TYPES),
    (PASS_LOOP.format("current"), PLOTLY),
    (PASS_TEST.format("==="), PLOTLY),
    (DESIGN_TOKEN.format("SM"), ANTD_TOKENS),
    (EMOJI_IMAGE.format("png"), EMOJI_DATA),
    (KEY_FRAME.format("Frame"), SIF_PAYLOAD),
    (DEFAULT_PSK.format(MESHTASTIC_KEY), MESHTASTIC_UTIL),
    (PSK_BYTES.format("1"), CHANNEL_STUB),
    (AZURE_KEY_OPTION.format("YXpLZXk="), BACKREST_CACHE),
    (CRYPT_CALL.format(", "), XDES_TEST),
    (PSQL_HELP.format("[USUARIO]"), PSQL_ES),
    (KDF_SALT.format("_DERIVATION"), PHOENIX_ENCRYPTION),
    (WIDGET_KEY.format("anon"), MENDABLE_BUBBLE),
    (DSA_SIGNATURE.format("->"), OSSL_DSA),
    (GO_TEST_LINE.format("--- "), TEST2JSON),
    (PASS_SETTING.format(""), GO_INDEX_TEST),
    (FS_NAME.format("Dir"), RUBY_DIR_TEST),
    (NETRC_STRUCT.format("string"), GO_NETRC),
    (GENRSA_COMMENT.format("asdf"), PEM_DECRYPT_TEST),
    (BASIC_TITLE.format(""), SJIS_TEST),
    (CIPHER_KEY.format(GCM_KEY), CIPHER_TESTS),
    (URL_PARSE, "ext/standard/tests/url/urls.inc"),
    (FIPSKEY_LINE.format(FIPS_KEY), OPENSSL_CONFIGDATA),
    (HMAC_KEY_LINE.format(DGST_HMAC_KEY), OPENSSL_DGST),
    (SECRET_LEN, ECDH_EXCH),
    (REPLACEMENT_PASSWORD.format("D"), URL_SETTER_TESTS),
    (UTF16_CALL.format("("), VALUES_TEMPLATE),
    (PASS_COMMENT.format("get a reasonable beginning of line"), PERL_TOKE),
    (TEST_PASS.format(";"), PERL_CORE_TEST),
    (IDENTIFIED_BY.format(" when they don't already exist."), STREAM_MODELS),
    (LENGTH_OPTION.format("length"), TRYTON_USER),
    (AEAT_PARAM.format("l10n"), AEAT_PARAMS),
    (SECRET_DATA.format("salt"), REALM_EXPORT_TEST),
    (TOKEN_KEY.format("[]"), SERVER_CONF),
    (AMPLITUDE_KEY.format("AMPLITUDE"), FASTMCP_ANALYTICS),
    (ESCAPED_QUERY.format("a"), FASTMCP_TASKS_TEST),
    (USER_KEY.format("userkey"), CONFLUENCE_TEST),
    (API_KEY_DOC.format(FIREBASE_EXAMPLE_KEY), FIREBASE_TYPES),
    (WFUZZ_LINE.format("FUZ2Z"), WFUZZ_DOC),
    (QUERY_RESULT.format("tooeasy"), MSSQL_README),
    (MIGRATE_DOC.format("repokey"), BORG_ARCHIVER),
    (DRIVE_LINK.format("resourcekey"), POCKETSPHINX_DOC),
    (SR_KEY_LINE.format(SR_DEFAULT_KEY), SR_GOOGLE),
    (NOT_SECRET.format(GCSFS_SECRET), GCSFS_CREDENTIALS),
    (MODE_FLAG.format("1024"), AUTH_MODES),
    (REGION_KEY.format("."), APP_CONF),
    (PACKER_LINE.format("byte"), PACKER_DOC),
    (PASSWD_PAIR.format("x"), XXE_TEST),
    (MESSAGE_ID.format("TopSecret"), CICS_SCRIPT),
    (WP_PREHASH.format("wp-sha384"), SQLMAP_HASH),
    (ZERO_KEY.format(*ZERO_BODY), MITM_CERTS),
    (NT_PASSWORD_RFC.format("rfc2759"), EAP_PWD_C),
    (SPEC_MACRO.format("%global"), RADIUS_SPEC),
    (AUTH_TO_LOCAL.format("@srcdir@"), AUTHZ_CONF),
    (INITIATOR_AUTH.format("eap-aka"), SWAN_CONF_MAN),
    (AUTHZ_DEBUG.format("%s"), SLAPD_LDAP_BIND),
    (SCRV1_FORM.format("base64_response"), AUTH_PAM_C),
    (OID_ROW.format("OpenLDAPattributeType"), LDAP_OIDS),
    (SMTP_TOKEN_ENC.format("20"), DKIM_TESTDATA),
    (AFS_EXPR.format(".*"), IPROP_CHECK),
    (C_LDAP_BIND.format("secret"), LIBLDAP_BIND),
    (DN_ONLY_BIND.format(","), LIBLDAP_BIND),
    (NTLM_HEADER.format("("), OPENCONNECT_NTLM),
    (LIBTOOL_RULE.format("la"), PASSWD_MODULES_NOTES),
    (WIX_GUID.format("Guid"), WIX_COMMAND),
    (PWD_CAN_CHANGE.format("CanChange"), SAMBA_LDIF),
    (CHECKPASS_DEFINE.format("MECH"), SASL_SERVER_C),
    (ADDPRINC.format("addprinc"), CCCOL_TEST),
    (AC_VERIFIER.format("?"), SASL_CONFIGURE),
    (OPAQUE_TYPE.format("<string, 'password'>"), POPPINSS_TYPES_README),
    (NPM_AUTH.format(NOT_MY_REAL_PASSWORD), ARBORIST_README),
    (GOOGLE_MAIL_HEADER.format("Sender"), DKIM_MESSAGE),
    (YT3_IMAGE.format("w"), YTM_ARTIST),
    (COUNTRY_BLOCK.format("20"), YTDLP_UTILS),
    (ADD_PASSWORD.format(", ()"), MUSICBRAINZ_PY),
    (FEEDBACK_ENDPOINT.format("feedbackToken"), YTM_ALBUM),
    (FEEDBACK_ENDPOINT.format("addToLibraryFeedbackToken"), YTM_ALBUM),
    (FORM_ENTITY_KEY.format("Entity"), YTM_CHARTS),
    (COOKIE_CHAIN.format("))?.split"), TWITCH_DOC),
    (BAZEL_PWD.format("/"), BAZEL_RUNFILES),
    (WRAPPED_MESSAGE.format("\\"), LIGHTHOUSE_BUNDLE),
    (SNYK_CODE.format("Failure"), SNYK_CATALOG),
    (SHADOW_ROOT.format("shadow"), SELENIUM_WEBDRIVER),
    (ALLOC_FAILED.format("calloc"), FRR_L2VPN),
    (XATTR_NAME.format("$"), GFID2PATH_TEST),
    (PERL_PWD.format("getcwd"), MEMCACHED_SASL_TEST),
    (URL_REGEX.format("\\d"), PUMA_BINDER_TEST),
    (HEX_PASSWORD.format(b"isaac sloan (elorest)".hex()), RAILS_CONFIGURATION_TEST),
    (CURL_OPTION.format("ntlm"), SYMFONY_CURL_CLIENT),
    (SES_AUTH_HEADER.format("AWS3-HTTPS"), SES_TRANSPORT_TEST),
    (PROPERTY_NAMES.format("Property"), LOGIN_LINK_TEST),
    (EXPECTED_TOKEN.format("1ST"), COMPLETER_TEST),
    (WGSL_VAR.format("texture_2d"), BABYLON_SHADER),
    (QUERY_TO_OBJECT.format("some%20value"), CESIUM_QUERY),
    (SUBPASS_CHECK.format("subpass"), MAPBOX_MAP),
    (LICENSE_CHECK.format(HANDSONTABLE_TRIAL), HANDSONTABLE_DIST),
    (NPM_SEARCH.format(NPM_SEARCH_KEY), YARN_RELEASE),
    (REFERENCE_JSON.format(HELLO_WORLD), SPEC_README),
    (RECOIL_ATOM.format("default"), FIFTYONE_BUNDLE),
    (CLIENT_SECRET_LINE.format(EE_CLIENT_SECRET), EE_OAUTH),
    (DOWNLOAD_URL.format("IAmAToken"), PLANET_DATA_TEST),
    (S3_OBJECT.format("Bucket"), RASTERIO_ENV_TEST),
    (CORRELATION_VECTOR.format("."), OFFICE365_PLUGIN),
    (PASS_FLAKE8.format(" and"), PYFLAKES_README),
    (COMMAND_TOKENS.format("script1.bat"), AUTORUN_TEST),
    (HIC_INDEX.format("1077740364,37769"), IGV_BUNDLE),
    (FITS_CARD.format(" " * 11), SOT_HEADER),
    (PRODUCT_KEY.format("fits"), MAST_PRODUCTS),
    (PLIST_KEY.format("postscriptStemSnapH"), UFO_FONTINFO_XML),
    (NEEDS_PASSWORD, "src_classic/fitz_old.i"),
    (PUSH_KEY.format("oiMinArea"), QPDF_JSON_INIT),
    (XPRV_CONST.format(ZERO_SEED_XPRV), HD_KEY_SPEC),
    (HMAC_SECRET.format("4a656665"), HMAC_SPEC),
    (PROXY_PASSWORD.format("rapunz3l"), AXIOS_README),
    (CUSTOMER_KEY.format("id"), SPLIT_CHANGES),
    (AUTH0_USER_KEY.format("auth0"), REBAC_TEST),
    (SHADER_PASS.format("SHADERPASS"), PLAYCANVAS_CONSTANTS),
    (MINIFIED_CONSTANTS.format(","), PLAYCANVAS_MIN),
    (STRING_TABLE_ROW.format("{BLACK}Wagwoord"), OPENTTD_LANG),
    (SIGNTOOL.format("appxbundle"), OPENTTD_STORE_WORKFLOW),
    (OAUTH1_SECRET_LINE.format(TWITTER_DOCS_SECRET), OAUTH1_README),
    (TAURI_INVOKE.format(TAURI_PASSWORD), TAURI_CORE),
    (FORGE_PASSWORD_LINE.format(FORGE_PASSWORD), FORGE_README),
    (PASS_MEMBER.format("options.nunjucks"), CONSOLIDATE_README),
    (ITALIAN_PASSWORD.format("dell&#39;"), ENTERPRISE_PO),
    (BABEL_METHOD_KEY.format("renderCMIToJSONString"), SCORM_BUNDLE),
    (COURSE_KEY.format("course-v1"), OPAQUE_KEYS_TEST),
    (GMAIL_CLIENT_SECRET_ARG.format(GMAIL_CLIENT_SECRET), GMAIL_OAUTH2),
    (BOT_PASSWORD_COMMENT.format("botpassword"), PYWIKIBOT_CONFIG),
    (DID_KEY.format("did"), ATPROTO_DID_TEST),
    (LRM_RSC_OP.format("11"), CRM_MON_XML),
    (PSEUDO_EVENT.format("operation_key"), SCHEDULER_EXP),
    (VOLUME_KEY.format("-"), STORAGE_VOL_XML),
    (VBOX_DEFINE.format("ITOKEN_IID_STR"), VBOX_CAPI),
    (TLS_CREDS.format("tls-creds"), NBD_TLS_JSON),
    (COLLECTD_PASSWORD.format(COLLECTD_EXAMPLE), COLLECTD_CONF),
    (TOR_DESCRIPTOR_KEY.format("master_key_ed25519"), TOR_TEST_DIR),
    (TOR_DIR_AUTH.format("VALID_DIR_AUTH"), TOR_TEST_OPTIONS),
    (TOR_FINGERPRINT.format("EX_EI_BAD_TOKENS_FP"), TOR_EXTRAINFO),
    (EXIM_DEBUG.format(" returns FAIL"), EXIM_LDAP),
    (SPAMSCAN_LINE.format(SPAMSCAN_SECRET), EXIM_SPEC),
    (ANNOTATED_FIELD.format(" = None"), ASYNCUA_AUTO),
    (OAUTH_SECRET_VAR.format(GEMINI_CLIENT_SECRET), GEMINI_CLI_CHUNK),
    (PRODUCT_KEY_ELEMENT.format(WIN10_PRO_GVLK), COBBLER_ANSWERFILE),
    (DS_LOCAL_KEY.format("datasource/Ec2/strict_id"), DS_IDENTIFY),
    (REPORTING_TOKEN_SECRET.format("tkey_foo"), CLOUD_INIT_REPORTING),
    (CONFIGURATION_TOKEN.format("eyJhbGciOi..M3ZA"), IBMCLOUD_TEST),
    (IMAGE_AUTHORIZATION.format("QmVhcmVyIGYwMA=="), IRONIC_STANDBY_TEST),
    (EFI_GUID_CONST.format("AuthVars"), EFI_GUIDS),
    (HAWK_CREDENTIALS_KEY.format(HAWK_EXAMPLE_KEY), HAWK_TEST),
    (CISCO_KEY_CONST.format(CISCO_TYPE7_KEY), PASSLIB_CISCO),
    (REGISTER_PASSWORD, NODEBB_REGISTER.format("language/rw")),
    (ENCRYPTION_PASSWORD, TIDDLYWIKI_MISC.format("languages")),
    (GITEA_PASSWORD_HELP, TIDDLYWIKI_CONTROL_PANEL.format("languages")),
    (LOAD_WITH_PASSWORD.format("c0ntras3nya"), TIDDLYWIKI_LOAD_HELP),
    (COUCH_VIEW_ROW.format("webhookit-xml2js"), COUCH_ALL_DOCS),
    (COUCH_DOC_ROW.format("webhookit-xml2js"), COUCH_ALL_DOCS),
    (REGISTRY_TOKEN.format("YmFyYmF6OmJhcmJheQ=="), REGISTRY_AUTH_TEST),
    (LISTEN_LOGIN.format("bloggs"), TIDDLYWIKI_HTTPS),
    (IIS_ARGUMENTS.format("bloggs"), TIDDLYWIKI_IIS),
    (CHANGELOG_HEADER.format("2001-11-24  "), GUTENPRINT_CHANGELOG),
    (ASCII85_LINE, CUPS_EXAMPLE_PS),
    (QUOTED_PASS.format("block"), WEAVE_DOC),
    (PGP_SITE_KEY.format("pgp_site = 'pgp.mit.edu'"), HPLIP_VALIDATION),
    (DEREF_PW.format("wTmp"), PLUSTEK_DAC),
    (DEREF_GAIN, PLUSTEK_TPA),
    (JOB_PASSWORD.format("8675309"), CUPS_FUZZIPP),
    (PIPELINE_OPTIONS.format("--"), BEAM_SNOWFLAKE_IT),
    (JELLYFIN_ITEM_KEY.format("MusicAlbum-MusicBrainzReleaseGroup"), JELLYFIN_ALBUMS),
    (S3_OBJECT_KEY.format("Key"), S3_LISTING),
    (AUTH_ALT_PARAMETERS.format("/var/spool/slurm/statesave/jwt_hs256.key"), SLURM_JWT_DOC),
    (BIND_PASSWD_ATTR.format("nsds5replicacredentials"), LIB389_REPLICATION),
    (BIND_PASSWD_ATTR.format("nsslapd-rootpw"), LIB389_REPLICATION),
    (AUTHORIZATION_TAB.format("crwdne"), ALTAIR_ACHOLI),
    (MERMAID_TITLE.format('2).attr("y", 4);'), MERMAID_BUNDLE),
    (CRACKLIB_RULE.format("("), AIDE_CRACKLIB),
    (CHANGE_PASSPHRASES.format(" [-m C|--change-passphrases] [options]"), TWADMIN_STRINGS),
    (MISP_TAG.format("misp-galaxy"), MISP_SYNONYMS),
    (ZIP_PASSWORD.format("malware"), THEHIVE_OBSERVABLE),
    (SHARED_ZONE_KEY.format("shared:"), PYICLOUD_PHOTOS),
    (SOGO_USERS.format("c_password"), SOGO_INIT),
    (OX_CURL.format("oxadmin"), OX_START),
    (GET_KEY_MEMBER.format(";"), LKML_MESSAGE),
    (BASIC_LISTBOX.format("wxHtmlListBox"), KICAD_CHANGELOG),
    (PASS_ERROR.format("deactivating"), KICAD_ANTIALIASING),
    (MIDI_KEY.format("jogtouch"), MIXXX_CDJ),
    (FILTER_SPEC.format("LowPass"), MIXXX_BESSEL),
    (RGB_PW, DARKTABLE_KERNEL.format("cl")),
    (EXTRA_PASS.format("functionality"), OBS_GRAPHICS),
    (STRING_BLOCK.format("value"), BIBTEX_WRITER_TEST),
    (PAGE_TOKEN.format("trace"), SCIENCEDIRECT_PAGE),
    (AJAX_PAGE_STATE.format("theme"), USENIX_PAGE),
    (CITATION_KEY.format("citation"), BIBTEX_PARSE_OUT),
    (CALLSIGNS.format("="), CTY_TABLE),
    (ISS_PASSWORD.format("doing"), LPC2900_FLASH),
    (HIKEY_DTB.format("dtb"), UBOOT_DTS_MAKEFILE),
    (PKCS11_TOKEN.format("%20"), FIT_SIGNATURE_DOC),
    (HELP_CONTEXT.format("WINHELP_CTX_"), PUTTY_HELP),
    (CIPHER_UNAVAILABLE.format("cbc"), JSCH_KEY_PAIR),
    (TRANSLATED_PASSWORD, SURVEY_BUNDLE.format("i18n")),
    (SRP_METHOD.format("urn"), LASSO_STRINGS),
    (TIMESTAMP_TOKEN.format("C"), XADES_SIGNATURE),
    (WEBHOOK_API_KEY.format(JWT_IO_CLAIMS), ORY_PROJECT_TEST),
    (
        X25519_SHARED.format(
            ", ".join("0x" + RFC7748_SHARED.format("42")[i : i + 2] for i in range(0, 64, 2))
        ),
        BCTOOLBOX_CRYPTO,
    ),
    (SOFTHSM_DELETE.format("softhsm2"), BIND_PKCS11_SETUP),
    (AUTHENTICATION_INFO.format("rspauth"), BELLE_SIP_HEADERS),
    (XIB_PROPERTY.format("bool"), IPJSYSTEST_XIB),
    (WORKING_COPY_KEY, XCSHAREDDATA.format("xccheckout")),
    (JENKINS_CREDENTIAL, JAMI_PACKAGING.format("Jenkinsfile")),
    (CROWDIN_STRING.format("426853"), KOLIBRI_PSEUDO),
    (ANNEX_KEY.format("-"), DATALAD_TEST),
    (SSH_PROMPT.format(","), ZMQ_TUNNEL),
    (LOCK_PASSWORD_SIGNATURE.format(";"), PERMISSION_MAP),
    (KSEC_CONSTANT.format("kSec"), OBJECTION_AGENT),
    (TOKEN_PATTERN.format("Password", "0-9A-Za-z"), APKLEAKS_REGEXES),
    (TOKEN_PATTERN.format("Access_Token", "0-9A-Za-z"), APKLEAKS_REGEXES),
    (SAS_TOKEN_DOC.format("u0026"), PLANET_SUBSCRIPTIONS),
    (OBO_TERM_ID.format("0"), PATHWAY_OBO),
    (GVCFZ_USAGE.format("!"), GVCFZ_PLUGIN),
    (VCF_RECORD.format("\t"), ANNOTS_VCF),
    (
        PROTEIN_TRANSLATION.format("SAKQDENMTRFLGKLASQEHREPKRPEIIFLPSVDFGLEISKQRLLSGNYSFIPDAMT"),
        GENBANK_RECORD,
    ),
    (MDP_ROLES.format(":"), GROMACS_MDP_OPTIONS),
    (INFO_SEE_ALSO.format("*"), OCTAVE_INFO),
    (URI_DUMP.format("s"), NETCDF_URI),
    (JNI_FIELD.format(";"), HDF5_JNI),
    (PASSWD_POINTER.format("struct "), CHICKEN_POSIX),
    (PGP_FINGERPRINT.format("pgp"), MAKE_PPA),
    (KEY_FPR.format("Fpr"), GPGME_QT_IMPORT),
    (FINGERPRINTS.format("asc"), PGPY_OBJECTS),
    (ARMORED_LINE.format("g"), ARMORED_ARCHIVE),
    (NSIS_FILE.format("."), GNUPG_INSTALLER),
    (CIRCLECI_BADGE.format(".png"), GOCD_API_README),
    (ASM_OPERAND.format("6"), FFMPEG_CAVS),
    (SHIFTED_WALK.format("ASD"), SPREE_ACCOUNT),
    (ROW_WALK.format("r"), QPDF_ENCRYPTION_TEST),
    (THESAURUS_ENTRY.format("a"), CALLIGRA_THESAURUS),
    (ECC_VECTOR.format("A"), ECC_TEST_VECTORS),
    (KPASSWD_RENAMED.format(""), HEIMDAL_CHANGELOG),
    (CHANGELOG_PASS, BFD_CHANGELOG),
    (DEJAGNU_PASS, PY_EXPLORE),
    (SIM_OPTIONS.format("$"), HELLODYN),
    (UNWIND_DEBUG.format(""), GPROFNG_UNWIND),
    (SEV_DEFINE.format("GUID"), QEMU_SEV),
    (OUTCOME_CODES.format("F"), MBEDTLS_TEST_FUNCTION),
    (TOKEN_COMPARE.format("s"), QEMU_CACHE_PLUGIN),
    (VI_URL.format(""), KIO_VI_PO),
    (LOCK_TOKEN.format("opaque"), KIO_WEBDAV),
    (GOSSIP_KEY.format("m"), AUTOCRYPT_JSON),
    (AIS_SENTENCE.format("1"), GPSD_AIS_LOG),
    (SUBCKT_WIDTHS, NGSPICE_INVERTER.format("sp")),
    (HMAC_LABEL.format(".concat(accessKeySecret)"), ALI_OSS_BUNDLE),
    (REPLY_TOKEN.format("l"), LINE_WEBHOOK),
    (RETRY_KEY.format("try"), LINE_SEND_TEST),
    (IDEMPOTENCE_KEY.format("idempotence"), YOO_CHECKOUT_README),
    (NTLM_PASSWORD.format("s"), FREERDP_NTLM_TEST),
    (VERSE_TOKEN.format("g"), GLOBUS_TEST),
    (CI_CACHE_KEY.format("CACHE"), COQ_CI),
    (BATCH_SUBSTRING.format("~-"), LEIN_BAT),
    (PASS_PROGRAM.format("f"), PCC_F77_CONFIG),
    (FTP_SYNOPSIS.format("["), GFTP_PO),
    (ARG_COMMENT.format("*/"), CR_TEST),
    (PIPE_PARAM.format("|"), CR_HEADER),
    (KEY_CHORD.format("i"), CR_POPUP),
    (VARIABLE_PATH.format("a"), ANGLE_GN),
    (MAILDIR_KEY.format("1"), MAIL_PLIST),
    (KEY_BY_ALGORITHM.format("E"), EVP_TESTS),
    (SPIRV_LINE.format("T"), SPIRV_ASM),
    (VUID_LINE.format("U"), VK_VALIDATION),
    (PASS_FORMATS.format("Formats"), WEBGPU_SPEC),
    (DEPS_REVISION.format("revision"), CR_DEPS),
    (GPGKEY_SUM.format("_SUM"), CUDA_DOCKERFILE),
    (GAIA_CLSID.format("id"), GAIA_GN),
    (MIG_TYPE.format("u"), MIG_DEFS),
    (CAVP_KEY.format("1"), CAVP_CMAC),
    (COMMENT_KAT.format("// "), QUICHE_TEST),
    (COUNTING_JWK.format("P"), CDM_TEST),
    (WYCHEPROOF_LINE, "third_party/wycheproof_testvectors/x25519_pem_test.json"),
    (UNITY_PASSCODE.format("ps4"), UNITY_SETTINGS),
    (CF_LINK.format("CF"), FTRL_DOC),
    (STUN_PASSWORD.format("VOkJxbRl1RmTxUk/WvJxBt"), STUN_TEST),
    (NUMBERED_BASIC.format("y"), NET_TEST),
    (KWP_VECTOR, "security/nss/gtests/common/testvectors/kwp-vectors.json"),
    (CAVS_PSK, "nss/tests/fips/cavs_samples/IKE/req/ikev1_psk.req"),
    (FENIX_STRING, "app/src/main/res/values-bs/strings.xml"),
    (OOXML_TOKEN.format("id"), OOXML_MODEL),
    (PLATFORM_TOKEN.format("4"), DP_PLATFORM),
    (BRACKET_USERINFO.format("]"), URL_TEST),
    (PKCS11_URI.format("1"), CERTUTIL_DOC),
    (SHEETS_LINK.format("ccc"), SESSIONSTORE),
    (REDASH_EMBED.format("embed"), PERFDOCS),
    (AUDIT_PRINTF.format("%"), NSS_AUDIT),
    (EMOJI_VALUE.format("1f914"), EMOJI_REFTEST),
    (STASH_KEY.format("COUNTER"), FEDCM_KEYS),
    (WEBSOCKET_NONCE.format("Socket"), WEBSOCKET_TEST),
    (SCOPED_CONSTANT.format("I"), CDP_TEMPLATE),
    (SUMDB_VKEY.format("A"), SUMDB_NOTE),
    (WEBSOCKET_ACCEPT.format("2"), RUBY_CDP),
    (DTD_ENTITY.format("."), MAIL_CONTEXT),
    (NEGATED_TOKENS.format("not"), SPAM_TEST),
    (RUN_PASS.format("run"), RUN_PASS_TEST),
    (RUN_PASS_ARG.format("run"), RUN_PASS_HAZARD),
    (PASS_REMARKS.format("remarks"), HOT_COLD_TEST),
    (RUNNING_PASS.format("Running"), PIPELINE_TEST),
    (PASS_METAVAR.format("<"), COMMON_OPT),
    (CHANGELOG_ENTRY_VERB.format(":"), FSF_CHANGELOG),
    (TEXINFO_VAR.format("var{arg}"), TARGET_DEF),
    (CRASH_REPORTER_KEY.format("Reporter"), CRASH_LOG),
    (HMAC_ASSERT.format("hmac!MD5   "), PHOBOS_HMAC),
    (POINTER_DECL, EPIPHANY.format("cc")),
    (PASS_RESULT.format("m"), TLI_CHECKER),
    (XPASS_RESULT.format("s"), LLDB_RESULT),
    (DT_NODE.format("@"), IOMMU_BINDING),
    (DT_VENDOR_NODE.format("@"), IOMMU_BINDING),
    (DT_TRIP_NODE, QCS404_DTSI.format("dtsi")),
    (ECHO_PASS.format("echo"), RTNETLINK),
    (POSIX_CLASS.format("[[:"), BPF_DISASM),
    (RIO_DEBUG.format("%"), RAPIDIO),
    (GPG_PROMPT.format("key"), PGP_GUIDE),
    (LOCKDEP_NAME.format("slock"), CIFS_CONNECT),
    (SUBPASS_DIM.format("SUBPASS_MS"), NIR_PRINT),
    (KBUILD_OBJECTS.format("o"), MDP_MAKEFILE),
    (PIGLIT_RESULT.format("skip"), CI_EXPECTATIONS),
    (XMP_THUMBNAIL.format("&#xA;"), XMP_THUMB_PDF),
    (FIELD_COLOR.format("background"), DARCULA),
    (FIELD_COLOR.format("selectionBackground"), DARCULA),
    (RC2_KEY, CORLIB_CRYPTO_TEST.format("SymmetricAlgorithmTest")),
    (STRONG_NAME_KEY.format("1"), STRONG_NAME_TEST),
    (PASS_RATE.format("%%"), MINI_DRIVER),
    (KEY_CHOICES.format("a"), CREDS_HELP),
    (PDB_MEMBER.format("g"), CECIL_PDB),
    (WRAPPED_PNG_LINE.format("+"), CLIPART_SVG),
    (SLASHED_SECRET.format("mrx"), S3CFG),
    (PROTEIN_LINE, PROTEOME.format("fasta")),
    (PEPTIDE_HIT.format("sequence"), HITS_XML),
    (PEPTIDE_HIT.format("name"), ID_XML),
    (MZML_BINARY.format("binary", "binary"), MZML_TEST),
    (SYNOPSIS_EXAMPLE.format("["), AUTOSEARCH),
    (DB_PASSWORD_USAGE.format("optional"), NSS_SAMPLE),
    (POINTER_PARAM.format("*"), NSS_UTIL),
    (NUMBER_ROWS.format(""), NUMDIFF_MANUAL),
    (FLOAT_FORMAT.format("g"), IRAF_PATFIT),
    (INFO_TAG.format("\x7f"), COREUTILS_INFO),
    (SQL_IDENTIFIED.format("\b"), FOXEYE_API),
    (GREP_PASS.format("grep"), RUNHPUX),
    (LINK_AUTH.format("wpa2"), AIRPORT_DOC),
    (GROUP_LINE.format("*"), GROUP_FIXTURE),
    (BSD_MD5.format("5"), MD5_FIXTURE),
    (FIRST_PASS.format("first"), HPL1_MATERIAL),
    (PERSON_PASSWORD.format("k"), LYSKOM_TEST),
    (FIELD_OPTION.format("g"), QDJANGO_MODELS),
    (PASS_FAIL.format("Fail"), DMTX_BYTELIST),
    (GENERATOR_TOKEN.format("10BE3573-1514-4C36-9D1C-5A225CD40393"), RCPP_EXPORTS),
    (MSM_KEY.format("_"), VDPROJ),
    (HOST_MAC.format("Address"), CEF_EVENT),
    (CIRRUS_ENCRYPTED.format("ENCRYPTED"), CIRRUS_YML),
    (TOR_ARGS.format("Hashed"), BINE_TEST),
    (S3_URL_FORM.format("Key"), MEDIAINFO_JNA),
    (DOCSEARCH_KEY, "website/siteConfig.js"),
    (SHEETS_PUB_LINK.format("com"), SHEETS_FIXTURE),
    (REPO_KEY.format("apt"), GALERA_REPO),
    (TRUST_STORE.format("="), JGROUPS_PROXY),
    (PARTICIPLE.format("p."), IT_AFFIX),
    (DTD_PARAMETER_ENTITY.format("%"), OFFICE_DTD),
    (COMPASS.format("m"), GERMAN_TURKISH),
    (INNER_METHOD.format("phase2"), EAP_TTLS),
    (QT_PLUGINS.format("/"), APPIMAGE_RECIPE),
    (POINTER_MEMBER, WORDNET_GRAMMAR),
    (PALAU.format(""), CLDR_BM),
    (PRF_SECRET.format(""), PRF_DATA),
    (CYGWIN_PACKAGES.format(""), BUILDING_HTML),
    (OWNER_COMMENT.format("."), PERF_MEMORY),
    (PASS_SIG.format("V"), JNI_STRESS),
    (XLFD.format("-4"), FONT_PROPERTIES),
    (STORE_KEY.format(ALPHABET_B64), MD_STORE),
    (LM_HASH.format("a"), SAMBA3SAM),
    (LOCKOUT_REGEX.format("\\"), KNOWNFAIL),
    (WBC_SIGNATURE.format("const "), WBCLIENT_SIGS),
    (DIRECTION.format("X"), DSDB_UTIL),
    (CRQ_PROTOTYPE.format("t"), GNUTLS_MAN),
    (PKCS12_SOURCES.format("SOURCES"), GNUTLS_TESTS_MAKEFILE),
    (PRIORITY.format("-"), KEY_USAGE_TEST),
    (LLM_PASS.format("p"), SERVICES),
    (OBJECT_SET.format("} ,\n"), ITS_ASN),
    (SMB_COMMENT.format("length"), PACKET_SMB),
    (PASS_ADDRESS.format("&"), BISON_CHANGELOG),
    (FORTRAN_COMMENT, "src-phd/phd.f"),
    (KEY_METAVARS.format("URL"), RAUC_REFERENCE),
    (DOLLAR_QUOTE.format("$$"), LEDGER_ADMIN),
    (SHEBANG.format("!"), INFO2MAN_README),
    (PACTESTER.format("//130.89.148.77"), WPAD_EXTRACT),
    (PHRASE_KEY.format("\\ "), JXPLORER_LANGUAGE),
    (BLOB_LINE.format("X"), NIXNOTE_SVG),
    (BLOB_PIECE.format("i"), NIXNOTE_SVG),
    (PKG_ARCH.format("4"), BOTCH_STATS),
    (SCMP_TOKEN, SECCOMP_PYX),
    (PASS_ELEMENT.format("&"), SEMA_EXPR),
    (UUID_KEY.format("y"), LLDB_SYMBOLS),
    (PASS_KEY_DEFINE.format("-"), X86_HARDENING),
    (DWARF_CHECK.format("W"), COMP_DIR_TEST),
    (FILECHECK_PREFIX.format("Y"), SKIP_PFETCH),
    (PERL_PASS.format("$"), MINIFIER_TEST),
    (GLUED_TOKEN.format("t"), BIBLEDIT_SETTINGS),
    (NDPI_FIELDS.format(""), NDPI_RESULT),
    (FORTRAN_INCLUDE, "src/cafe/cf_f.fh"),
    (AUDIO_PASS.format("audio"), GRC_FLOWGRAPH),
    (SOURCES_DIST.format("T"), GRUB_MAKEFILE),
    # round 229
    (LWS_SPLIT_D.format("D"), LWS_JWK),
    (JWE_KEY_JSON.format(RFC7516_A1_D.format("gy")), "jwe_test.json"),
    (TWITTER_WEB_BEARER.format("33"), "scrapers/twitter.py"),
    (FLICKR_PHOTOSET.format(' farm="4"'), "lib/web/simple-xml.om"),
    ('      "key": "ResFinder-d48a0fe",\n', CGE_TEMPLATE),
    (SPLINT_LINE.format("*/"), "gtkfilesel.c"),
    # round 230
    (EXCHANGE_HEADER.format("Correlation"), "eml/report.eml"),
    ('  , "key":"change1_0.6995461115147918"\n', COUCH_SAMPLE),
    ('     password="me@myorg.com"&gt;\n', ANT_FTP),
    ('       password="anoncvs"\n', CVSPASS_XML),
    (JARSIGNER_PATTERN.format(""), "taskdefs/AbstractJarSignerTask.java"),
    ("WizardPassword=Lozinka\n", "windows-installer/Croatian.isl"),
    (DIGEST_AUTH_INFO.format("rsp"), "ActionPack/AuthenticationInfo.pm"),
    (UDDI_TMODEL.format("UUID:"), "examples/UDDI/syntax1.pl"),
    (TWITTER_REQUEST_TOKEN.format("5"), "t/oauth.t"),
    (TWITTER_ACCESS_HEAD.format("4"), "t/oauth.t"),
    ('        elif token == "preflx2a":\n', PSAUTOHINT_FONT),
    (CORK_REGISTER.format(""), "tests/test.py"),
    # round 231
    (FPC_RECORD_FIELD, "packages/winunits-base/src/winhttp.pp"),
    (FPC_DECLARATION.format(FPC_DECLARATION_END), "rtl/win/wininc/ascdef.inc"),
    (ARGON2_VECTOR, "tests/data/modular_crypt_argon2i_hashes.json"),
    (LDIF_GRAMMAR.format("*"), "manual/manual.xml"),
    (GIPHY_BRIDGE.format("F"), "bridges/GiphyBridge.php"),
    # round 232
    (MAKE_RULE, "espresso/Makefile"),
    (GMT_ASCII85, "doc/examples/images/ex11.ps"),
    (ADDUSER_NOTE.format("disabled-"), "documentation/remailerScript.orig"),
]


@pytest.mark.parametrize(("text", "path", "expected"), table_cases(REPORTED, QUIET))
def test_round46_case(
    engines: dict[str, Engine], text: str, path: str, expected: tuple[str, str] | None
) -> None:
    check_case(engines, text, path, expected)


def test_filler_seed_masters_are_public() -> None:
    """The master keys PUBLIC_VALUES lists for filler seeds are those seeds' keys: 16 zero bytes
    and three filler phrases without a passphrase, as xprv and tprv (and BIP-32's vector 1)."""
    seeds = [bytes(16), bytes.fromhex("000102030405060708090a0b0c0d0e0f")]
    seeds += [
        bip39_seed(phrase)
        for phrase in (
            "abandon " * 11 + "about",
            "zoo " * 11 + "wrong",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
        )
    ]
    for seed in seeds:
        assert bip32_master(seed) in PUBLIC_VALUES
    for seed in seeds[:1] + seeds[2:]:
        assert bip32_master(seed, TPRV_VERSION) in PUBLIC_VALUES
    assert OTHER_SEED_XPRV not in PUBLIC_VALUES


def test_random_base64_is_no_openpgp_public_key() -> None:
    """Round 181's check reads a packet's header: random base64 of a key's length rarely passes
    it (a tag of 6 or 14, version 4 or 5, a known algorithm and the whole announced length)."""
    rng = random.Random(181)
    tokens = [base64.b64encode(rng.randbytes(60)).decode() for _ in range(50_000)]
    assert [t for t in tokens if _is_openpgp_public_b64(t)] == []
    assert _is_openpgp_public_b64("m" + GOSSIP_KEY_TAIL)
    # the header announces 51 bytes of packet: a value cut before its end is not read as one
    assert not _is_openpgp_public_b64(("m" + GOSSIP_KEY_TAIL)[:64])


@pytest.mark.parametrize("mark", ["EXAMPLE", ""])
def test_a_key_marked_example_is_quiet(engines: dict[str, Engine], mark: str) -> None:
    """Round 195: the AWS CLI's examples write EXAMPLE into a key's base64 (get-instance-access-
    details.rst); the same key without the mark is reported. The key is made here, not stored."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()
    lines = pem.splitlines()
    lines[1] = mark + lines[1][len(mark) :]
    text = "\n".join(lines) + "\n"
    path = "awscli/examples/lightsail/get-instance-access-details.rst"
    rules = {rule for rule, _ in found_by_both(engines, text, path)}
    assert rules == (set() if mark else {"private-key-rsa"})
