#!/usr/bin/env python3
"""Runs axe-core over a built site in headless Chromium and fails on serious or critical
violations.

    axe.py SITE_DIR [--schemes light,dark] [--narrow-width PX] [--max-operations N]
                    [--max-other M] [--timeout SECONDS] [--page-timeout SECONDS]

Pages: every page of the site's layout that is not an operation page (home, package pages,
operations index, card gallery, per-locale versions, 404...), plus at most N operation pages
(default 12) and at most M pages from outside the layout (default 6; e.g. standalone card
documents), each sample picked deterministically: round-robin over the folders that hold
them (one package or locale after another), in path order. The <body> class tells them
apart: `page-operation` for an operation page, another `page-*` class for the layout's
other pages, none for the rest.

Each page is opened once from file:// in Debian's chromium through Debian's chromedriver.
axe-core's axe.min.js (from a PyPI package) is injected by the browser itself through the
DevTools protocol (Page.addScriptToEvaluateOnNewDocument), or else with WebDriver's
execute_script; the pages' Content-Security-Policy (script-src 'self') governs neither,
and no <script> tag is added. Nothing is fetched from the network.

Every <details> is opened first, so that collapsed content is checked too. Then axe runs
in several views of the same loaded page:
  - the first scheme (light) in a 1280 px wide window: every rule axe enables by default;
  - each further scheme (dark): the rules whose outcome depends on colors (COLOR_RULES);
  - the first scheme in a 320 px wide window (WCAG's reflow width, a small phone): the rules
    whose outcome depends on layout (NARROW_RULES), e.g. a table or code block that now
    scrolls sideways must be reachable by keyboard.
`prefers-color-scheme` is emulated through the DevTools protocol (Emulation.setEmulatedMedia),
and the script checks that the page really sees each scheme and width.

Every violation of impact "serious" or "critical" fails the check, printed with its page,
view, rule, target selector and axe's summary. Moderate and minor ones are counted per
rule and printed as notes, as are contrast findings in card text whose color the card chose
(see CARD_COLOR_NOTE).

Exit codes: see tools.py (0 passed, 1 violations, 2 usage, 3 tool missing, 4 tool failed).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import tools  # noqa: E402

FAILING_IMPACTS = {"serious", "critical"}
BODY_CLASS = re.compile(rb"<body\b[^>]*?\bclass=\"([^\"]*)\"")

WIDE, HEIGHT = 1280, 900

# Rules whose outcome depends on the color scheme (run again in every further scheme).
COLOR_RULES = ["color-contrast", "link-in-text-block"]
# Rules whose outcome depends on the layout (run again in the narrow window).
NARROW_RULES = ["scrollable-region-focusable", "color-contrast", "link-in-text-block"]

# Finishes CSS transitions and animations (so a scheme or width change is never measured
# half-way), then runs axe: every rule it enables by default, or only `rules`. Only
# violations are returned, so large pages stay cheap.
AXE_RUN = """
const rules = arguments[0], done = arguments[arguments.length - 1];
for (const a of document.getAnimations()) { try { a.finish(); } catch (e) { a.cancel(); } }
const options = {resultTypes: ['violations']};
// Text inside a card preview that the card itself colors (`color: good`…): the preview shows it
// as Teams does, and the build reports it (card-contrast); see CARD_COLOR_NOTE.
const cardColored = target => {
  let el = null;
  try { el = typeof target[0] === 'string' ? document.querySelector(target[0]) : null; } catch (e) {}
  return !!(el && el.closest('.ac-host [class*="ac-color-"]'));
};
if (rules) options.runOnly = {type: 'rule', values: rules};
axe.run(document, options)
  .then(r => done({ok: true, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target, impact: n.impact, summary: n.failureSummary,
                               cardColor: v.id === 'color-contrast' && cardColored(n.target)}))
  }))}))
  .catch(e => done({ok: false, error: String(e && e.stack || e)}));
"""

# Low contrast in card text whose color the card chose (TextBlock `color`, a TextRun's) is
# a note, not a failure: a preview must show the card as Teams shows it, and the build already
# reports such text with rule card-contrast, per Teams theme, at the card's file. Text in the
# renderer's default colors, and everything outside card previews, still fails.
CARD_COLOR_NOTE = "color-contrast in card text colored by the card (reported by the build as card-contrast)"

# Content of closed <details> is hidden, and axe skips hidden content: open them all so that
# what a reader sees after expanding (responses, instructions, card show-cards) is checked.
OPEN_DETAILS = "for (const d of document.querySelectorAll('details')) d.open = true;"


@dataclass(frozen=True)
class View:
    scheme: str
    width: int
    rules: list[str] | None  # None: every rule axe enables by default

    @property
    def name(self) -> str:
        return self.scheme if self.width == WIDE else f"{self.scheme}, {self.width} px"


def views_for(schemes: list[str], narrow_width: int) -> list[View]:
    views = [View(schemes[0], WIDE, None)]
    views += [View(scheme, WIDE, COLOR_RULES) for scheme in schemes[1:]]
    if narrow_width:
        views.append(View(schemes[0], narrow_width, NARROW_RULES))
    return views


def page_kind(page: Path) -> str:
    """"operation", "layout" (another page of the site's layout) or "other" (a page that
    does not come from the layout, such as a standalone card document)."""
    with page.open("rb") as handle:
        match = BODY_CLASS.search(handle.read(16384))
    classes = match.group(1).split() if match else []
    if b"page-operation" in classes:
        return "operation"
    return "layout" if any(c.startswith(b"page-") for c in classes) else "other"


def round_robin(pages: list[Path], limit: int) -> list[Path]:
    """Up to `limit` pages, taking one per folder in turn (folders and pages in path order)."""
    folders: "OrderedDict[Path, list[Path]]" = OrderedDict()
    for page in pages:
        folders.setdefault(page.parent, []).append(page)
    queues = list(folders.values())
    chosen: list[Path] = []
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
    return sorted(chosen)


def select_pages(site: Path, max_operations: int, max_other: int) -> tuple[list[Path], dict[str, int]]:
    """Every page of the layout that is not an operation page, then a sample of operation
    pages and one of pages from outside the layout. Returns the pages and, per sampled
    kind, how many were left out."""
    by_kind: dict[str, list[Path]] = {"layout": [], "operation": [], "other": []}
    for page in sorted(site.rglob("*.html")):
        by_kind[page_kind(page)].append(page)
    operations = round_robin(by_kind["operation"], max_operations)
    others = round_robin(by_kind["other"], max_other)
    left_out = {"operation": len(by_kind["operation"]) - len(operations),
                "other": len(by_kind["other"]) - len(others)}
    return by_kind["layout"] + operations + others, left_out


def start_browser(chromium: str, chromedriver: str, page_timeout: float):
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    tools.browser_temporary_folder()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        f"--window-size={WIDE},{HEIGHT}", "--force-device-scale-factor=1", "--lang=en-US",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
    ]:
        options.add_argument(argument)
    # Explicit driver path: Selenium Manager (which may download drivers) is never asked.
    # One more try when the first start fails: on a busy machine the driver can time out
    # waiting for the browser.
    for attempt in (1, 2):
        try:
            driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver, log_output=os.devnull))
            break
        except WebDriverException:
            if attempt == 2:
                raise
            time.sleep(2)
    driver.set_page_load_timeout(page_timeout)
    driver.set_script_timeout(page_timeout)
    return driver


def preload_axe(driver, axe_source: str) -> None:
    """Has Chromium evaluate axe in every new document, before the page's own scripts; like
    execute_script, DevTools-injected script is not subject to the page's CSP. Saves sending
    the 0.5 MB script over WebDriver for every page."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source})


def set_view(driver, scheme: str, width: int) -> None:
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })
    size = driver.get_window_size()
    if size.get("width") != width or size.get("height") != HEIGHT:
        driver.set_window_size(width, HEIGHT)


def load(driver, page: Path, axe_source: str) -> None:
    driver.get(page.resolve().as_uri())
    state = driver.execute_script("return document.readyState")
    if state != "complete":
        raise RuntimeError(f"page did not finish loading (readyState {state})")
    if not driver.execute_script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        driver.execute_script(axe_source)  # the preload did not take: inject it directly
    driver.execute_script(OPEN_DETAILS)


def run_axe(driver, view: View) -> list[dict]:
    set_view(driver, view.scheme, view.width)
    seen = driver.execute_script(
        "return [matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches, window.innerWidth]", view.scheme)
    if not seen[0]:
        raise RuntimeError(f"the page does not see prefers-color-scheme: {view.scheme}")
    if abs(seen[1] - view.width) > 20:  # a scroll bar may take some of the window
        raise RuntimeError(f"the window is {seen[1]} px wide, not {view.width} px")
    result = driver.execute_async_script(AXE_RUN, view.rules)
    if not isinstance(result, dict) or not result.get("ok"):
        raise RuntimeError(f"axe.run failed: {result.get('error') if isinstance(result, dict) else result!r}")
    return result["violations"]


def reason(error: Exception) -> str:
    """A WebDriver error's message without the driver's native stack trace."""
    return str(getattr(error, "msg", None) or error).strip()


def summary_of(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return "; ".join(lines).replace(":; ", ": ")[:600]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("--schemes", default="light,dark", help="color schemes to check (default light,dark)")
    parser.add_argument("--narrow-width", type=int, default=320,
                        help="width in px of the narrow-window view, 0 for none (default 320)")
    parser.add_argument("--max-operations", type=int, default=12, help="operation pages to check (default 12)")
    parser.add_argument("--max-other", type=int, default=6,
                        help="pages from outside the site's layout to check, e.g. standalone cards (default 6)")
    parser.add_argument("--timeout", type=float, default=240, help="seconds for the whole check (default 240)")
    parser.add_argument("--page-timeout", type=float, default=30, help="seconds per page load or axe run (default 30)")
    args = parser.parse_args()
    site: Path = args.site
    schemes = [s.strip() for s in args.schemes.split(",") if s.strip()]
    if not site.is_dir():
        print(f"axe: {site} is not a folder", file=sys.stderr)
        return tools.USAGE
    if not schemes or any(s not in ("light", "dark") for s in schemes) or len(set(schemes)) != len(schemes):
        print(f"axe: --schemes takes light and/or dark, not {args.schemes!r}", file=sys.stderr)
        return tools.USAGE
    if args.narrow_width and not 200 <= args.narrow_width < WIDE:
        print(f"axe: --narrow-width must be 0 or from 200 to {WIDE - 1}", file=sys.stderr)
        return tools.USAGE
    views = views_for(schemes, args.narrow_width)
    pages, left_out = select_pages(site, max(0, args.max_operations), max(0, args.max_other))
    if not pages:
        print(f"axe: {site} holds no .html file", file=sys.stderr)
        return tools.USAGE

    chromium, chromedriver, axe_path, _ = tools.require(
        tools.chromium, tools.chromedriver, tools.axe_script, tools.selenium_version)
    axe_source = axe_path.read_text(encoding="utf-8")
    from selenium.common.exceptions import WebDriverException

    started = time.monotonic()
    failures: list[str] = []
    notes: dict[tuple[str, str], int] = {}
    driver = None
    try:
        driver = start_browser(chromium, chromedriver, args.page_timeout)
        preload_axe(driver, axe_source)
        for page in pages:
            name = str(page.relative_to(site))
            if time.monotonic() - started > args.timeout:
                print(f"axe: not finished within {args.timeout:g} s (at {name})", file=sys.stderr)
                return tools.TOOL_FAILED
            try:
                set_view(driver, views[0].scheme, views[0].width)
                load(driver, page, axe_source)
                results = [(view, run_axe(driver, view)) for view in views]
            except (RuntimeError, WebDriverException) as error:
                print(f"axe: {name}: {reason(error)}", file=sys.stderr)
                return tools.TOOL_FAILED
            for view, violations in results:
                for violation in violations:
                    for node in violation["nodes"]:
                        impact = node.get("impact") or violation.get("impact") or "unknown"
                        if node.get("cardColor"):
                            key = (CARD_COLOR_NOTE, impact)
                            notes[key] = notes.get(key, 0) + 1
                        elif impact in FAILING_IMPACTS:
                            target = " ".join(" >>> ".join(t) if isinstance(t, list) else str(t) for t in node["target"])
                            failures.append(f"{name} ({view.name}): {impact} [{violation['id']}] {violation['help']}\n"
                                            f"    at {target}\n    {summary_of(node.get('summary'))}")
                        else:
                            key = (violation["id"], impact)
                            notes[key] = notes.get(key, 0) + 1
    except WebDriverException as error:
        print(f"axe: could not drive chromium: {reason(error)}", file=sys.stderr)
        return tools.TOOL_FAILED
    finally:
        if driver is not None:
            driver.quit()

    seconds = time.monotonic() - started
    for (rule, impact), count in sorted(notes.items()):
        label = rule if rule == CARD_COLOR_NOTE else f"[{rule}]"
        print(f"axe: note: {count}× {impact} {label} (not failing)")
    scope = f"{len(pages)} page(s) × {' / '.join(view.name for view in views)}"
    if left_out["operation"]:
        scope += f", {left_out['operation']} operation page(s) not sampled"
    if left_out["other"]:
        scope += f", {left_out['other']} page(s) from outside the layout not sampled"
    if failures:
        print("\n".join(failures))
        print(f"axe: {len(failures)} serious or critical violation(s) in {scope} ({seconds:.1f} s)")
        return tools.FOUND_PROBLEMS
    print(f"axe: no serious or critical violation in {scope} ({seconds:.1f} s)")
    return tools.PASSED


if __name__ == "__main__":
    tools.exit_on_sigterm()
    sys.exit(tools.guarded(main))
