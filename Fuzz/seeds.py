#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target (docs/fuzzing.md) into OUT/<target>/.

Seeds come from ../shared/corpus (real packages) and ../shared/conformance (official
vectors and cards), from the default theme and the demo site. Nothing is copied into the
repository: OUT is under .build-fuzz/. Without ../shared the seeds are the few written here
and the theme's templates.

    python3 Fuzz/seeds.py OUT
"""
import hashlib
import io
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(SHARED, "corpus")
CONFORMANCE = os.path.join(SHARED, "conformance")
MAX_SEED = 64 * 1024  # larger files slow every execution down (and time out under load); they teach little more

TARGETS = ["FuzzJSON", "FuzzYAML", "FuzzExpression", "FuzzRegex", "FuzzJSONPath", "FuzzTemplate",
           "FuzzCard", "FuzzZip", "FuzzPackage", "FuzzMustache", "FuzzMarkdown"]


class Seeds:
    def __init__(self, out):
        self.out = out
        self.counts = {t: 0 for t in TARGETS}

    def add(self, target, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not data or len(data) > MAX_SEED:
            return
        folder = os.path.join(self.out, target)
        os.makedirs(folder, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
            self.counts[target] += 1


def read(path):
    with open(path, "rb") as f:
        return f.read()


def files_under(folder, suffixes=None):
    if not os.path.isdir(folder):
        return
    for base, dirs, names in os.walk(folder):
        dirs.sort()
        for n in sorted(names):
            if suffixes is None or n.lower().endswith(suffixes):
                yield os.path.join(base, n)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def dumps(value):
    return json.dumps(value, ensure_ascii=False)


def package_folders():
    """Folders holding a manifest.json (or its Teams Toolkit template)."""
    found = set()
    for path in files_under(CORPUS):
        if os.path.basename(path) in ("manifest.json", "manifest.json.tpl"):
            found.add(os.path.dirname(path))
    for path in files_under(os.path.join(ROOT, "Site", "packages")):
        if os.path.basename(path) == "manifest.json":
            found.add(os.path.dirname(path))
    return sorted(found)


TEXT_SUFFIXES = (".json", ".yaml", ".yml", ".tpl", ".txt", ".md")


def container(pieces):
    """The `path\\ncontents` pieces separated by NUL bytes that FuzzPackage and FuzzMustache read."""
    return b"\0".join(p.encode() + b"\n" + c.replace(b"\0", b"") for p, c in pieces)


def json_and_yaml(s):
    for path in files_under(CORPUS, (".json", ".json.tpl")):
        s.add("FuzzJSON", read(path))
    for path in files_under(CONFORMANCE, (".json",)):
        s.add("FuzzJSON", read(path))
    for path in files_under(os.path.join(ROOT, "Themes"), (".json",)):
        s.add("FuzzJSON", read(path))
    for text in ['{"a": [1, 2.5e-3, -0, true, false, null, "\\u00e9\\ud83d\\ude00"]}', "// c\n{\"a\": 1,}\n",
                 '\ufeff{"url": ${{BASE_URL}}, "x": "${{X}}"}', '[[[[[[[[[[]]]]]]]]]]', '{"a":1,"a":2}']:
        s.add("FuzzJSON", text)
    for path in files_under(CORPUS, (".yml", ".yaml", ".yml.tpl", ".yaml.tpl")):
        s.add("FuzzYAML", read(path))
    for text in ["a: &x {b: 1}\nc:\n  <<: *x\n  d: [1, 2]\n", "k: ${{VAR}}/api\nn: .nan\ni: -.inf\no: 0o17\nh: 0x1F\n",
                 "- !!str 1\n- ? complex\n  : key\n- |\n  block\n- >\n  folded\n", "%YAML 1.2\n---\na: 1\n...\n---\nb: 2\n",
                 "a: &a [*a]\n", "x: &l [1, 2]\ny: [*l, *l, *l]\nz: [*y, *y]\n"]:
        s.add("FuzzYAML", text)


def expressions(s):
    cases = []
    for name in ("expressions.json", "expression_errors.json"):
        data = load_json(os.path.join(CONFORMANCE, name)) or []
        cases += [c["expression"] for c in data if isinstance(c, dict) and isinstance(c.get("expression"), str)]
    for c in load_json(os.path.join(CONFORMANCE, "templating_value_expressions.json")) or []:
        for m in re.finditer(r"\$\{([^}]*)\}", c.get("value_expression", "")):
            cases.append(m.group(1))
    cases += ["join(foreach(o.arr, x, x.name), ', ')", "formatNumber(pi, 2, locale)", "jPath(o, '.arr{.n > 1}.name')",
              "isMatch(s, '^h(el)+o', )", "replaceIgnoreCase(s, 'WORLD', 'there')", "where(list, x, x != null)",
              "sortBy(o.arr, 'name')", "convertFromUTC(date, 'Pacific Standard Time', 'yyyy-MM-dd HH:mm')",
              "`text ${a + b} more`", "setPathToValue(o.y.z, 'new')", "stringOrValue('${a}')", "getProperty(o, 'x')"]
    regexes = []
    for e in cases:
        s.add("FuzzExpression", e)
        for m in re.finditer(r"(?:isMatch|replaceIgnoreCase|replace)\([^,]*,\s*'((?:[^'\\]|\\.)*)'", e):
            regexes.append(m.group(1))
    regexes += [r"^(a+)+$", r"(?<year>\d{4})-(?<month>\d{2})", r"\bfoo\b", r"[^\w\s]+", r"(?i)hello", r"(a|b)*?c\1",
                r"(?=x)(?!y)(?<=z)(?<!w)", r"[\u0041-\u005A]{2,5}", r"^.*$", r"\k<year>", r"a{,3}b{2,}c{3}"]
    texts = ["Hello World 123 abc@example.com", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "2026-03-04", "", "foo bar\nbaz"]
    for i, r in enumerate(regexes):
        s.add("FuzzRegex", bytes([i % 8]) + r.encode() + b"\0" + texts[i % len(texts)].encode())
    jpaths = [m.group(1) for e in cases for m in re.finditer(r"jPath\([^,]*,\s*'((?:[^'\\]|\\.)*)'", e)]
    return jpaths


def paths(s, jpaths):
    queries = set()
    documents = []
    for path in files_under(CORPUS, (".json",)):
        data = load_json(path)
        if isinstance(data, dict):
            for key in ("data_path", "jsonPath"):
                for m in re.finditer(r'"%s"\s*:\s*"([^"]*)"' % key, read(path).decode("utf-8", "replace")):
                    queries.add(m.group(1))
            if 0 < len(read(path)) < 8192 and path.endswith(".data.json"):
                documents.append(read(path))
    for path in files_under(os.path.join(CONFORMANCE, "cards", "templates"), (".data.json",)):
        if len(read(path)) < 16384:
            documents.append(read(path))
    queries |= {"$.value", "$..name", "$.results.items[*]", "$['value'][0].owner.name", "value", "$.value[-1]",
                "$..*", "$.*.*", "results.items"}
    documents = documents or [b""]
    for i, q in enumerate(sorted(queries)):
        s.add("FuzzJSONPath", bytes([i % 4 & 2]) + q.encode() + b"\0" + documents[i % len(documents)])
    for i, q in enumerate(sorted(set(jpaths)) + [".automobiles{.maker === \"Honda\"}.model", "..name", ".value[1:]"]):
        s.add("FuzzJSONPath", b"\x01" + q.encode() + b"\0" + documents[i % len(documents)])


def templates_and_cards(s):
    tfolder = os.path.join(CONFORMANCE, "cards", "templates")
    for path in files_under(tfolder, (".template.json",)):
        base = path[: -len(".template.json")]
        data = read(base + ".data.json") if os.path.exists(base + ".data.json") else b""
        host = read(base + ".host.json") if os.path.exists(base + ".host.json") else b""
        s.add("FuzzTemplate", read(path) + b"\0" + data + (b"\0" + host if host else b""))
    for case in load_json(os.path.join(CONFORMANCE, "templating.json")) or []:
        template = case.get("template_raw") if "template_raw" in case else dumps(case.get("template"))
        if not isinstance(template, str):
            continue
        piece = template + "\0" + dumps(case.get("data"))
        if case.get("host") is not None:
            piece += "\0" + dumps(case["host"])
        s.add("FuzzTemplate", piece)
    for path in files_under(CORPUS, (".json",)):
        if "responseTemplates" in path or "adaptiveCards" in path or path.endswith(".card.json"):
            s.add("FuzzTemplate", read(path))
    hosts = [read(p) for p in files_under(os.path.join(CONFORMANCE, "cards", "hostconfigs"), (".json",))]
    hosts += [read(p) for p in files_under(os.path.join(ROOT, "Themes", "default", "hostconfigs"), (".json",))]
    hosts = hosts or [b""]
    cards = list(files_under(os.path.join(CONFORMANCE, "cards", "samples"), (".json",)))
    cards += list(files_under(os.path.join(CONFORMANCE, "cards", "expanded-reference-js"), (".json",)))
    for i, path in enumerate(cards):
        s.add("FuzzCard", read(path) + b"\0" + hosts[i % len(hosts)])
    rendering = load_json(os.path.join(CONFORMANCE, "html_renderer_dotnet.json")) or {}
    for case in rendering.get("render_cases", []):
        if isinstance(case.get("input"), dict):
            s.add("FuzzCard", dumps(case["input"]))
    for case in rendering.get("markdown_cases", []):
        if isinstance(case.get("markdown"), str):
            s.add("FuzzMarkdown", case["markdown"])
    s.add("FuzzCard", '{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"**x** [l](javascript:alert(1))"}],'
                      '"actions":[{"type":"Action.OpenUrl","url":"https://example.com","title":"t"}]}\0{}')


def packages(s):
    for folder in package_folders():
        pieces = []
        for path in files_under(folder, TEXT_SUFFIXES):
            rel = os.path.relpath(path, folder)
            pieces.append((rel, read(path)))
        pieces.sort(key=lambda p: (not p[0].startswith("manifest.json"), p[0]))
        s.add("FuzzPackage", container(pieces))
        # One seed per OpenAPI description and plugin manifest on its own, too.
        for rel, data in pieces:
            low = rel.lower()
            if low.endswith((".yaml", ".yml")) or "openapi" in low or "plugin" in low:
                s.add("FuzzPackage", container([(os.path.basename(rel), data)]))
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
            for path in files_under(folder):
                z.write(path, os.path.relpath(path, folder))
        s.add("FuzzZip", zipped.getvalue())
    weather = os.path.join(ROOT, "Site", "packages", "weather.zip")
    if os.path.exists(weather):
        s.add("FuzzZip", read(weather))
    # A few small archives: stored entries, a folder prefix, a link, an unsafe path.
    for entries in ([("manifest.json", b"{}", zipfile.ZIP_STORED)],
                    [("app/", b"", zipfile.ZIP_STORED), ("app/manifest.json", b'{"a":1}', zipfile.ZIP_DEFLATED)],
                    [("../evil.json", b"{}", zipfile.ZIP_STORED), ("ok.txt", b"x" * 300, zipfile.ZIP_DEFLATED)]):
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w") as z:
            for name, data, method in entries:
                z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
        s.add("FuzzZip", zipped.getvalue())


def themes_and_markdown(s):
    folder = os.path.join(ROOT, "Themes", "default", "templates")
    templates = [(os.path.basename(p)[: -len(".mustache")], read(p)) for p in files_under(folder, (".mustache",))]
    for name, text in templates:
        partials = [(n, t) for n, t in templates if n != name and re.search(rb"\{\{>\s*" + re.escape(n.encode()), text)]
        s.add("FuzzMustache", container([(name, text)] + partials))
    for text in ["{{#items}}{{name}}{{^yes}}-{{/yes}}{{/items}}", "{{=<% %>=}}<% title %><%={{ }}=%>{{{content}}}",
                 "  {{>p}}\n\0p\n{{#a.b}}{{c}}{{/a.b}}\n", "{{! comment }}{{&title}}{{site.title}}{{.}}"]:
        s.add("FuzzMustache", text)
    for path in files_under(CORPUS, (".md", ".txt")):
        s.add("FuzzMarkdown", read(path))
    for path in files_under(CORPUS, (".json",)):
        data = load_json(path)
        if isinstance(data, dict):
            for key in ("description_for_model", "description_for_human", "instructions"):
                if isinstance(data.get(key), str):
                    s.add("FuzzMarkdown", data[key])
    for text in ["# H\n\n> q\n> > qq\n\n- a\n  - b\n\n1. x\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n",
                 "**b** _i_ ~~s~~ `c` [l](https://x.example \"t\") ![i](data:image/png;base64,AA) <b>raw</b> www.example.com",
                 "```swift\ncode\n```\n\n    indented\n\n***\n"]:
        s.add("FuzzMarkdown", text)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    s = Seeds(sys.argv[1])
    if not os.path.isdir(SHARED):
        print("note: ../shared is missing: the seeds are the few built in and the theme's templates", file=sys.stderr)
    json_and_yaml(s)
    jpaths = expressions(s)
    paths(s, jpaths)
    templates_and_cards(s)
    packages(s)
    themes_and_markdown(s)
    print("seeds: " + ", ".join("%s %d" % (t, n) for t, n in s.counts.items()))


if __name__ == "__main__":
    main()
