"""`make demo`: the whole tether loop on a throw-away project, with the real CLI.

plaintext .env -> tether import -> the file holds references -> tether run -- python app.py
(the app gets its keys; its output shows them masked) -> tether sweep finds the copy an AI tool's
transcript kept and replaces it with the reference -> tether guard blocks a prompt carrying a key.
Exits non-zero if any step fails.
Everything happens in a temporary folder with its own TETHER_HOME; nothing of yours is touched.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

SECRETS = {
    "STRIPE_API_KEY": "sk_live_51DemoXyZ4eC39HqLyjWDarjtT1zdp7dc",
    "OPENAI_API_KEY": "sk-proj-DemoAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    "DATABASE_URL": "postgres://app:S3cr3t-Demo-Pw@localhost:5432/app",
}

ENV_TEXT = f"""\
# sample app settings
PORT=3000
DEBUG=true
STRIPE_API_KEY={SECRETS["STRIPE_API_KEY"]}
export OPENAI_API_KEY="{SECRETS["OPENAI_API_KEY"]}"   # used by the chat feature
DATABASE_URL='{SECRETS["DATABASE_URL"]}'
PUBLIC_URL=http://localhost:${{PORT}}
"""

APP = textwrap.dedent(
    """\
    import os
    for name in ("STRIPE_API_KEY", "OPENAI_API_KEY", "DATABASE_URL"):
        value = os.environ.get(name, "")
        ok = bool(value) and not value.startswith("tether://")
        print(f"app: got {name}: {'yes' if ok else 'NO'} -> {value}")
    print(f"app: PORT={os.environ['PORT']} PUBLIC_URL={os.environ['PUBLIC_URL']}")
    """
)


class DemoFailed(Exception):
    pass


def tether_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("tether")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tether.cli"]


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(
    args: list[str],
    cwd: Path,
    env: dict[str, str],
    stdin: str | None = None,
    ok: tuple[int, ...] = (),
) -> str:
    shown = "tether " + shlex.join(args)
    print(f"$ {shown}" + (" <<< (value on stdin)" if stdin is not None else ""), flush=True)
    res = subprocess.run(
        [*tether_cmd(), *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True
    )
    for line in (res.stdout + res.stderr).splitlines():
        print(f"  {line}")
    if res.returncode != 0 and res.returncode not in ok:
        raise DemoFailed(f"`{shown}` exited with {res.returncode}")
    return res.stdout + res.stderr


def check(condition: bool, what: str) -> None:
    if not condition:
        raise DemoFailed(what)
    print(f"  ok: {what}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tether-demo-") as tmp:
        root = Path(tmp)
        project = root / "shop"
        project.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
        env.update(
            TETHER_HOME=str(root / "home"), TETHER_KEYRING="0", TETHER_USER="demo", NO_COLOR="1"
        )
        try:
            step("1. create the vault (root key in a 0600 file under a throw-away TETHER_HOME)")
            run(["init"], project, env)
            run(["vault", "create", "dev"], project, env)
            run(["set", "tether://dev/hello/greeting"], project, env, stdin="hi from the vault")
            out = run(["read", "tether://dev/hello/greeting"], project, env)
            check("hi from the vault" in out, "read returns the stored value")

            step("2. a project with a plaintext .env")
            (project / ".env").write_text(ENV_TEXT)
            (project / "app.py").write_text(APP)
            print(textwrap.indent(ENV_TEXT, "  | "), end="")

            step("3. see what tether import would do")
            run(["import", "--dry-run", ".env"], project, env)

            step("4. import: values go into the vault, the file keeps references")
            run(["import", ".env"], project, env)
            text = (project / ".env").read_text()
            print(textwrap.indent(text, "  | "), end="")
            check(all(v not in text for v in SECRETS.values()), "no secret value left in .env")
            check(text.count("tether://") == 3, "three references in .env")
            check("PORT=3000" in text and "DEBUG=true" in text, "plain settings unchanged")
            run(["list"], project, env)

            step("5. run the app: it gets its keys; its output shows them masked")
            out = run(["run", "--", sys.executable, "app.py"], project, env)
            check(out.count("got ") == 3 and "NO" not in out, "the app got all three keys")
            check(all(v not in out for v in SECRETS.values()), "no secret value in the output")
            check("<concealed by tether>" in out, "values are masked")
            check("PUBLIC_URL=http://localhost:3000" in out, "${PORT} expansion still works")

            step("6. an AI tool's transcript kept the key you pasted: sweep finds it, redacts it")
            home = root / "user-home"
            transcript = home / ".claude" / "projects" / "-home-demo-shop" / "session.jsonl"
            transcript.parent.mkdir(parents=True)
            lines = [
                {"type": "user", "message": {"role": "user", "content": "why does my app fail?"}},
                {
                    "type": "user",
                    "message": {
                        "role": "user",
                        "content": f"here is the key: {SECRETS['STRIPE_API_KEY']}",
                    },
                },
            ]
            transcript.write_text("".join(json.dumps(x) + "\n" for x in lines))
            out = run(["sweep", "--home", str(home)], project, env, ok=(1,))
            check("copy of tether://" in out, "the copy is linked to the vault item it copies")
            run(["sweep", "--home", str(home), "--redact", "--yes"], project, env)
            text = transcript.read_text()
            check(SECRETS["STRIPE_API_KEY"] not in text, "no plaintext left in the transcript")
            check(all(json.loads(x) for x in text.splitlines()), "the transcript is valid JSONL")
            check("tether://" in text, "the value was replaced by its reference")

            step("7. tether guard blocks a prompt that carries a key (Claude Code hook protocol)")
            prompt = {
                "hook_event_name": "UserPromptSubmit",
                "session_id": "demo",
                "cwd": str(project),
                "prompt": f"charge the card with {SECRETS['STRIPE_API_KEY']}",
            }
            out = run(["guard", "claude-code"], project, env, stdin=json.dumps(prompt))
            check('"decision":"block"' in out.replace(" ", ""), "the prompt is blocked")
            check(SECRETS["STRIPE_API_KEY"] not in out, "the block message does not echo the key")
            check("tether://dev/shop/stripe_api_key" in out, "it names the reference to use")
        except DemoFailed as exc:
            print(f"\ndemo FAILED: {exc}", file=sys.stderr)
            return 1
        print(
            "\ndemo passed: plaintext .env -> vault -> references -> masked run; "
            "leaked copy swept; prompt blocked"
        )
        return 0


if __name__ == "__main__":
    sys.exit(main())
