#!/usr/bin/env python3
"""Expected JSON Schema verdicts for the corpus, from a second implementation.

Validates every JSON document of ../shared/corpus whose `$schema` names a schema in
../shared/json-schemas with python-jsonschema (4.x, with `referencing`), configured the way
the project configures its own validator (JSONSchema, Sources/JSONSchema), and writes the
verdicts to Tests/JSONSchemaTests/CorpusVerdicts.json:

    python3 scripts/schema-verdicts.py > Tests/JSONSchemaTests/CorpusVerdicts.json

Both sides agree on these choices:
  * Documents are read as the project's JSON reader reads them: a UTF-8 byte order mark,
    `//` and `/* */` comments and trailing commas are tolerated, an unquoted `${{NAME}}` is
    the string "${{NAME}}", a repeated key keeps its last value, bytes that are not UTF-8
    become U+FFFD.
  * Keywords of later drafts are honoured in draft-04/06 schemas (`const`, `contains`,
    `propertyNames`, `if`/`then`/`else`), as the official Teams/Copilot schemas need and
    as AJV in Teams Toolkit does.
  * A number without a fractional part is an integer in every draft (1.0 too, as in
    JavaScript; python-jsonschema's draft-04 would say otherwise).
  * A string holding an unresolved `${{NAME}}` placeholder is exempt from `pattern`,
    `maxLength`, `minLength` and `format` (Teams Toolkit substitutes it first).
  * `format` is not asserted.
  * Patterns are ECMA-262: they are translated for the `regex` module (`\\d` and `\\w` are
    ASCII, `.` excludes all line terminators, `$` is the end of the text, a lone `]` is a
    literal), which also supplies `\\p{L}` and variable-width look-behind.

Localization files name no `$schema`: they are validated against the localization schema of
the manifest next to them (its `manifestVersion`), listed apart under "localization".

Each document's entry lists the instance locations (JSON Pointers) of python-jsonschema's
top-level errors. An `anyOf`/`oneOf` failure is one error at the value the combinator
applies to; the project reports the closest alternative's errors at or below it instead, so
the test compares locations by prefix.
"""
import importlib.metadata
import json
import os
import re
import sys
import types

import regex
import jsonschema
from jsonschema import Draft4Validator, Draft6Validator, Draft7Validator, Draft202012Validator, validators
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(SHARED, "corpus")
SCHEMAS = os.path.join(SHARED, "json-schemas")

PLACEHOLDER = re.compile(r"\$\{\{.*?\}\}", re.S)


# --- Reading documents as JSONTree.JSONParser does ------------------------------------------

def tolerant_json(data: bytes):
    text = data.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    out, i, n = [], 0, len(text)

    def skip_space_and_comments(j):
        while j < n:
            if text[j] in " \t\r\n":
                j += 1
            elif text.startswith("//", j):
                while j < n and text[j] != "\n":
                    j += 1
            elif text.startswith("/*", j):
                end = text.find("*/", j + 2)
                j = n if end < 0 else end + 2
            else:
                break
        return j

    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i) or text.startswith("/*", i):
            i = skip_space_and_comments(i)
            out.append(" ")
        elif text.startswith("${{", i):
            end = text.find("}}", i)
            out.append(json.dumps(text[i:end + 2]))
            i = end + 2
        elif c == ",":
            j = skip_space_and_comments(i + 1)
            if j < n and text[j] in "]}":
                i += 1
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return json.loads("".join(out))


# --- $schema URL to a file of the schema folder (as JSONSchema.SchemaFolder) -----------------

def relative_path(url: str):
    url = url.strip().split("#")[0].split("?")[0]
    m = re.match(r"(?i)^https?://([^/]+)/(.*)$", url)
    if not m:
        return None
    host, segments = m.group(1).lower(), m.group(2).split("/")
    if host in ("developer.microsoft.com", "www.developer.microsoft.com"):
        if segments and re.fullmatch(r"[A-Za-z]{2}-[A-Za-z]{2,4}", segments[0]):
            segments = segments[1:]
        if not segments or segments[0].lower() != "json-schemas":
            return None
        segments = segments[1:]
    elif host == "aka.ms":
        if not segments or segments[0].lower() != "json-schemas":
            return None
        segments = segments[1:]
    elif host == "raw.githubusercontent.com":
        if len(segments) <= 3 or segments[0].lower() != "microsoft" or segments[1].lower() != "json-schemas":
            return None
        segments = segments[3:]
    else:
        return None
    if len(segments) == 3 and segments[0] == "copilot-extensions":
        if segments[2] == "plugin.schema.json":
            segments = ["copilot", "plugin", segments[1], "schema.json"]
        elif segments[2] == "declarative-copilot.schema.json":
            segments = ["copilot", "declarative-agent", segments[1], "schema.json"]
    if any(s in ("", ".", "..") for s in segments):
        return None
    return "/".join(segments)


# --- ECMA-262 patterns for the regex module ---------------------------------------------------

def translate(pattern: str) -> str:
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            ascii_classes = {"d": "0-9", "w": "A-Za-z0-9_"}
            if e in ascii_classes:
                out.append(ascii_classes[e] if in_class else "[" + ascii_classes[e] + "]")
            elif e in "DW" and not in_class:
                out.append("[^" + ascii_classes[e.lower()] + "]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == "$":
            out.append(r"\Z")
        elif c == ".":
            out.append("[^\n\r\u2028\u2029]")
        elif c == "]":
            out.append(r"\]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


_compiled = {}


def ecma_search(pattern, string, flags=0):
    if pattern not in _compiled:
        _compiled[pattern] = regex.compile(translate(pattern), regex.V0)
    return _compiled[pattern].search(string)


# python-jsonschema calls `re.search` for pattern, patternProperties and additionalProperties.
_shim = types.SimpleNamespace(search=ecma_search)
for module in (jsonschema._keywords, jsonschema._utils):
    module.re = _shim


# --- The validator classes --------------------------------------------------------------------

def exempt_placeholders(check):
    def wrapped(validator, value, instance, schema):
        if isinstance(instance, str) and PLACEHOLDER.search(instance):
            return
        yield from check(validator, value, instance, schema)
    return wrapped


def is_integer(checker, instance):
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


def project_validator(base):
    later = {k: Draft7Validator.VALIDATORS[k] for k in ("const", "contains", "propertyNames", "if")}
    keywords = {k: v for k, v in later.items() if k not in base.VALIDATORS}
    for k in ("pattern", "maxLength", "minLength", "format"):
        keywords[k] = exempt_placeholders(base.VALIDATORS[k])
    checker = base.TYPE_CHECKER.redefine("integer", is_integer)
    return validators.extend(base, keywords, type_checker=checker)


DIALECTS = {
    "http://json-schema.org/draft-04/schema": Draft4Validator,
    "http://json-schema.org/draft-06/schema": Draft6Validator,
    "http://json-schema.org/draft-07/schema": Draft7Validator,
    "https://json-schema.org/draft/2020-12/schema": Draft202012Validator,
}


def validator_for(schema):
    base = DIALECTS.get(schema.get("$schema", "").rstrip("#"), Draft202012Validator)
    resource = Resource.from_contents(schema, default_specification=DRAFT4)
    registry = Registry().with_resource("urn:root", resource)
    return project_validator(base)(schema, registry=registry)


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def manifest_version(folder):
    """The manifestVersion of the manifest.json in `folder` or up to two folders above."""
    for _ in range(3):
        path = os.path.join(folder, "manifest.json")
        if os.path.isfile(path):
            with open(path, "rb") as f:
                version = tolerant_json(f.read()).get("manifestVersion")
            return version if isinstance(version, str) else None
        folder = os.path.dirname(folder)
    return None


def verdict(path, relative, instance, cache):
    if relative not in cache:
        with open(os.path.join(SCHEMAS, relative), "rb") as f:
            cache[relative] = validator_for(tolerant_json(f.read()))
    errors = sorted({pointer(e.absolute_path) for e in cache[relative].iter_errors(instance)})
    return {"path": os.path.relpath(path, CORPUS), "schema": relative, "valid": not errors, "errors": errors}


def localization_documents(cache):
    """Files with `localizationKeys` or `name.short` and no `$schema`, against their manifest's version."""
    out = []
    for folder, dirs, files in os.walk(CORPUS):
        for name in files:
            if not name.endswith(".json"):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                instance = tolerant_json(f.read())
            if not isinstance(instance, dict) or "$schema" in instance:
                continue
            if "localizationKeys" not in instance and "name.short" not in instance:
                continue
            version = manifest_version(folder)
            relative = f"teams/v{version}/MicrosoftTeams.Localization.schema.json"
            if version is None or not os.path.isfile(os.path.join(SCHEMAS, relative)):
                continue
            out.append(verdict(path, relative, instance, cache))
    return sorted(out, key=lambda d: d["path"])


def main():
    documents = []
    cache = {}
    for folder, dirs, files in os.walk(CORPUS):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".json"):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                try:
                    instance = tolerant_json(f.read())
                except ValueError:
                    continue
            if not isinstance(instance, dict) or not isinstance(instance.get("$schema"), str):
                continue
            relative = relative_path(instance["$schema"])
            if relative is None or not os.path.isfile(os.path.join(SCHEMAS, relative)):
                continue
            documents.append(verdict(path, relative, instance, cache))
    documents.sort(key=lambda d: d["path"])
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("jsonschema", "referencing", "regex"))
    print(json.dumps({
        "generator": f"scripts/schema-verdicts.py with {versions}",
        "documents": documents,
        "localization": localization_documents(cache),
    }, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
