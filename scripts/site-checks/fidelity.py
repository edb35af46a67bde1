#!/usr/bin/env python3
"""Compares card previews with the official renderer's reference renders, card element
against card element, and fails under floors.

    fidelity.py REFERENCE_DIR OURS_DIR [--out DIR] [--worst N] [--floor [THEME:]METRIC=VALUE ...]
                [--exclude CARD=REASON ...] [--only REGEX] [--timeout SECONDS] [--page-timeout SECONDS]

REFERENCE_DIR is ../shared/conformance/cards/reference-renders: `index.json` lists every
render ({card, data, host, png, width, height, text}) and the PNGs of the card element drawn
by the official JavaScript renderer with the Adaptive Cards Designer's Teams stylesheets
(light and dark), 400 px wide, device scale 1, in Debian's Chromium with the Liberation
fonts. OURS_DIR holds, for every render, `<png name without .png>.html`: the same card (and
data, and Teams host config) written by `plugin-catalog card --bare` (the card element
alone, no page chrome). The test suite writes them (Tests/SiteBuilderTests/FidelityTests.swift).

Each of our pages is opened from file:// in one headless Chromium session, in a 400 px wide
viewport at device scale 1, and its card element (`.ac-root`) is measured as the reference
was:
  - text: the element's innerText, whitespace collapsed, against the reference's `text`:
    difflib's sequence similarity (ratio of matching characters);
  - pixels: both PNGs in grey levels (no scaling), aligned at the top left; over the area
    both cover, 1 - mean absolute grey difference / 255; every pixel that only one of them
    covers (a taller or wider image) counts as entirely different;
  - height: the smaller height over the larger (half a pixel rounds up, as the reference PNGs
    were cut).
The reference was rendered offline: every web image failed to load, and the official
renderer then takes an Image (a media poster, an inline action's icon) out of the card. Here
too no request leaves the browser (http and https are blocked through the DevTools
protocol), and those images that failed to load are removed (REMOVED_ON_ERROR); images
inlined as `data:` URLs load and are compared.

Prints the means per theme (over the cards not excluded, and over all), the worst renders
with their figures, and writes for each of them a side-by-side PNG (reference | ours |
difference) under --out, with every render's figures in scores.json. Exits 0 when every floor is met, 1 when one is not (or a page
could not be measured), and 2, 3, 4 as the other checks (see tools.py).
"""

from __future__ import annotations

import argparse
import base64
import difflib
import io
import json
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import tools  # noqa: E402

WIDTH, HEIGHT = 400, 1000
METRICS = ("text", "pixels", "height")

# Images the official renderer takes out of the card when they fail to load: Image elements
# (also in image sets), the media poster, and the icon of an input's inline action (whose title
# then shows). An action button keeps the empty box of its failed icon, so the check does too.
REMOVED_ON_ERROR = "img.ac-image, img.ac-media-poster-image, .ac-inlineActionButton img"

# Lets lazy images load, waits until every image (and CSS background image) has loaded or
# failed (web requests are blocked, so they fail at once), removes the failed images the
# official renderer would remove, finishes animations, waits for fonts, then measures the card
# element.
MEASURE = """
const REMOVED_ON_ERROR = arguments[0];
const done = arguments[arguments.length - 1];
const images = Array.from(document.images);
for (const img of images) img.loading = 'eager';
const settled = img => img.complete ? Promise.resolve() : new Promise(resolve => {
  img.addEventListener('load', resolve, {once: true});
  img.addEventListener('error', resolve, {once: true});
});
// CSS background images (data: URLs; the web ones fail at once): decoded before the shot.
const backgrounds = [];
for (const el of document.querySelectorAll('[style*="background-image"]')) {
  const m = /url\("?(.*?)"?\)/.exec(getComputedStyle(el).backgroundImage);
  if (m) { const img = new Image(); img.src = m[1]; backgrounds.push(img.decode().catch(() => {})); }
}
const limit = new Promise(resolve => setTimeout(resolve, 5000));
Promise.race([Promise.all(images.map(settled).concat(backgrounds)), limit]).then(() => document.fonts.ready).then(() => {
  let removed = 0;
  for (const img of images) {
    if (img.isConnected && img.matches(REMOVED_ON_ERROR) && (!img.complete || img.naturalWidth === 0)) { img.remove(); removed++; }
  }
  for (const a of document.getAnimations()) { try { a.finish(); } catch (e) { a.cancel(); } }
  const card = document.querySelector('.ac-root');
  if (!card) { done({ok: false, error: 'no .ac-root element'}); return; }
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const r = card.getBoundingClientRect();
    done({ok: true, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,
          text: card.innerText, removed: removed});
  }));
}).catch(e => done({ok: false, error: String(e && e.stack || e)}));
"""


@dataclass
class Render:
    card: str
    host: str
    png: str
    text: str
    height: int
    scores: dict[str, float] = field(default_factory=dict)
    ours_text: str = ""
    ours: "Image | None" = None  # noqa: F821 - PIL.Image, imported late
    reference: "Image | None" = None  # noqa: F821

    @property
    def stem(self) -> str:
        return self.png[:-4] if self.png.endswith(".png") else self.png

    @property
    def overall(self) -> float:
        return sum(self.scores[m] for m in METRICS) / len(METRICS)


def collapse(text: str) -> str:
    return " ".join((text or "").split())


def text_similarity(reference: str, ours: str) -> float:
    a, b = collapse(reference), collapse(ours)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pixel_similarity(reference, ours) -> float:
    """1 - mean absolute grey difference over the union of both images aligned at the top
    left, where a pixel only one image covers differs entirely."""
    from PIL import ImageChops

    a, b = reference.convert("L"), ours.convert("L")
    width, height = max(a.width, b.width), max(a.height, b.height)
    overlap_w, overlap_h = min(a.width, b.width), min(a.height, b.height)
    if width == 0 or height == 0:
        return 1.0
    box = (0, 0, overlap_w, overlap_h)
    histogram = ImageChops.difference(a.crop(box), b.crop(box)).histogram() if overlap_w and overlap_h else [0]
    difference = sum(level * count for level, count in enumerate(histogram)) / 255
    uncovered = width * height - overlap_w * overlap_h
    return 1 - (difference + uncovered) / (width * height)


def height_ratio(reference: int, ours: int) -> float:
    if max(reference, ours) == 0:
        return 1.0
    return min(reference, ours) / max(reference, ours)


def start_browser(chromium: str, chromedriver: str, page_timeout: float):
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    tools.browser_temporary_folder()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
        f"--window-size={WIDTH},{HEIGHT}", "--force-device-scale-factor=1", "--lang=en-US",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
    ]:
        options.add_argument(argument)
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
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*"]})
    return driver


def measure(driver, page: Path):
    """Our card element: (PIL image, innerText)."""
    from PIL import Image

    driver.get(page.resolve().as_uri())
    result = driver.execute_async_script(MEASURE, REMOVED_ON_ERROR)
    if not isinstance(result, dict) or not result.get("ok"):
        raise RuntimeError(result.get("error") if isinstance(result, dict) else repr(result))
    # Half a pixel rounds up, as the reference PNGs were cut.
    width, height = math.floor(result["width"] + 0.5), math.floor(result["height"] + 0.5)
    if width <= 0 or height <= 0:
        return Image.new("L", (max(width, 0), max(height, 0))), result["text"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": result["x"], "y": result["y"], "width": width, "height": height, "scale": 1},
    })
    return Image.open(io.BytesIO(base64.b64decode(shot["data"]))), result["text"]


def side_by_side(render: Render, destination: Path) -> None:
    from PIL import Image, ImageChops, ImageDraw

    reference, ours = render.reference.convert("RGB"), render.ours.convert("RGB")
    width, height = max(reference.width, ours.width), max(reference.height, ours.height)
    a = Image.new("L", (width, height), 0)
    b = Image.new("L", (width, height), 255)
    a.paste(reference.convert("L"), (0, 0))
    b.paste(ours.convert("L"), (0, 0))
    # Dark where they differ; the area only one image covers is black.
    difference = ImageChops.invert(ImageChops.difference(a, b)).convert("RGB")
    gap, head = 8, 36
    sheet = Image.new("RGB", (3 * width + 2 * gap, height + head), (255, 0, 255))
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((0, 0, sheet.width, head), fill=(255, 255, 255))
    figures = "  ".join(f"{m} {render.scores[m]:.3f}" for m in METRICS)
    draw.text((4, 4), f"{render.card} ({render.host})", fill=(0, 0, 0))
    draw.text((4, 20), f"reference {reference.height} px | ours {ours.height} px | difference    {figures}", fill=(0, 0, 0))
    for column, image in enumerate((reference, ours, difference)):
        sheet.paste(image, (column * (width + gap), head))
    sheet.save(destination)


def parse_floors(values: list[str], hosts: list[str]) -> dict[tuple[str, str], float]:
    floors: dict[tuple[str, str], float] = {}
    for value in values:
        match = re.fullmatch(r"(?:([\w-]+):)?(text|pixels|height)=([0-9.]+)", value)
        if not match:
            raise ValueError(f"--floor takes [THEME:]METRIC=VALUE with METRIC text, pixels or height, not {value!r}")
        theme, metric, number = match.groups()
        for host in [theme] if theme else hosts:
            floors[(host, metric)] = float(number)
    return floors


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def report(renders: list[Render], excluded: dict[str, str], hosts: list[str]) -> dict[tuple[str, str], float]:
    means: dict[tuple[str, str], float] = {}
    for host in hosts:
        counted = [r for r in renders if r.host == host and r.card not in excluded]
        every = [r for r in renders if r.host == host]
        figures = []
        for metric in METRICS:
            means[(host, metric)] = mean([r.scores[metric] for r in counted])
            figures.append(f"{metric} {means[(host, metric)]:.4f}")
        everything = "  ".join(f"{m} {mean([r.scores[m] for r in every]):.4f}" for m in METRICS)
        print(f"fidelity: {host}: {'  '.join(figures)}  ({len(counted)} cards; with the {len(every) - len(counted)} excluded: {everything})")
    return means


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="the reference renders (index.json and PNGs)")
    parser.add_argument("ours", type=Path, help="our bare card documents, <png stem>.html per render")
    parser.add_argument("--out", type=Path, default=Path(".build/fidelity"), help="where side-by-side PNGs go (default .build/fidelity)")
    parser.add_argument("--worst", type=int, default=10, help="worst renders to print and draw (default 10)")
    parser.add_argument("--floor", action="append", default=[], help="[THEME:]METRIC=VALUE, e.g. pixels=0.97 or teams-dark:text=0.99")
    parser.add_argument("--exclude", action="append", default=[], help="CARD=REASON: a card (index.json's `card`) left out of the means and floors")
    parser.add_argument("--only", default="", help="a regular expression: measure only the renders whose card matches (for investigating)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the whole check (default 600)")
    parser.add_argument("--page-timeout", type=float, default=30, help="seconds per page (default 30)")
    return parser.parse_args()


def measure_all(driver, renders: list[Render], args: argparse.Namespace, started: float) -> list[str]:
    """Measures and scores every render; returns the pages that were missing. Raises
    RuntimeError (or WebDriverException) when a page cannot be measured or time runs out."""
    from PIL import Image

    missing: list[str] = []
    for render in renders:
        if time.monotonic() - started > args.timeout:
            raise RuntimeError(f"not finished within {args.timeout:g} s (at {render.stem})")
        page = args.ours / (render.stem + ".html")
        if page.is_file():
            render.ours, render.ours_text = measure(driver, page)
        else:
            missing.append(f"fidelity: {render.card} ({render.host}): no page {page}")
            render.ours, render.ours_text = Image.new("L", (0, 0)), ""
        render.reference = Image.open(args.reference / render.png)
        render.reference.load()
        render.scores = {
            "text": text_similarity(render.text, render.ours_text),
            "pixels": pixel_similarity(render.reference, render.ours),
            "height": height_ratio(render.reference.height, render.ours.height),
        }
    return missing


def write_worst(renders: list[Render], excluded: dict[str, str], out: Path, count: int) -> None:
    """scores.json and the side-by-side PNGs of the worst renders not excluded."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    (out / "scores.json").write_text(json.dumps([
        {"card": r.card, "host": r.host, **{m: round(r.scores[m], 4) for m in METRICS}, "excluded": r.card in excluded}
        for r in renders], indent=1) + "\n", encoding="utf-8")
    counted = sorted((r for r in renders if r.card not in excluded), key=lambda r: (r.overall, r.card, r.host))
    for rank, render in enumerate(counted[:max(0, count)], 1):
        destination = out / f"{rank:02d}-{render.stem}.png"
        side_by_side(render, destination)
        figures = "  ".join(f"{m} {render.scores[m]:.3f}" for m in METRICS)
        print(f"fidelity: worst {rank:2d}: {figures}  {render.card} ({render.host}) → {destination}")


def main() -> int:
    args = parse_arguments()
    index_file = args.reference / "index.json"
    if not index_file.is_file() or not args.ours.is_dir():
        print(f"fidelity: need {index_file} and the folder {args.ours}", file=sys.stderr)
        return tools.USAGE
    index = json.loads(index_file.read_text(encoding="utf-8"))
    renders = [Render(card=r["card"], host=r["host"], png=r["png"], text=r.get("text") or "", height=int(r["height"]))
               for r in index.get("renders", []) if not args.only or re.search(args.only, r["card"])]
    hosts = sorted({r.host for r in renders})
    excluded = {card: why or "no reason given" for card, _, why in (value.partition("=") for value in args.exclude)}
    try:
        floors = parse_floors(args.floor, hosts)
    except ValueError as error:
        print(f"fidelity: {error}", file=sys.stderr)
        return tools.USAGE
    unknown = sorted(set(excluded) - {r.card for r in renders})
    if not renders or (unknown and not args.only):
        print("fidelity: no render to compare" if not renders else f"fidelity: excluded but not a reference card: {', '.join(unknown)}",
              file=sys.stderr)
        return tools.USAGE

    chromium, chromedriver, *_ = tools.require(
        tools.chromium, tools.chromedriver, tools.selenium_version, tools.pillow_version, tools.liberation_fonts)
    from selenium.common.exceptions import WebDriverException

    started = time.monotonic()
    driver = None
    try:
        driver = start_browser(chromium, chromedriver, args.page_timeout)
        problems = measure_all(driver, renders, args, started)
    except (RuntimeError, WebDriverException) as error:
        print(f"fidelity: {str(getattr(error, 'msg', None) or error).strip()}", file=sys.stderr)
        return tools.TOOL_FAILED
    finally:
        if driver is not None:
            driver.quit()

    means = report(renders, excluded, hosts)
    write_worst(renders, excluded, args.out, args.worst)
    for card, why in sorted(excluded.items()):
        print(f"fidelity: excluded: {card}: {why}")
    for (host, metric), floor in sorted(floors.items()):
        value = means.get((host, metric), math.nan)
        if not value >= floor:
            problems.append(f"fidelity: {host} {metric} {value:.4f} is under its floor {floor:.4f}")
    seconds = time.monotonic() - started
    if problems:
        print("\n".join(problems))
        print(f"fidelity: {len(problems)} problem(s) in {len(renders)} renders ({seconds:.1f} s)")
        return tools.FOUND_PROBLEMS
    print(f"fidelity: every floor met, {len(renders)} renders compared ({seconds:.1f} s)")
    return tools.PASSED


if __name__ == "__main__":
    tools.exit_on_sigterm()
    sys.exit(tools.guarded(main))
