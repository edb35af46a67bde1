#!/usr/bin/env python3
"""Builds Site/packages/weather.zip from Site/sources/weather, byte-for-byte reproducibly."""
import os, zipfile
root = os.path.join(os.path.dirname(__file__), "..", "Site")
src = os.path.join(root, "sources", "weather")
dst = os.path.join(root, "packages", "weather.zip")
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(os.path.join(src, name), "rb") as f:
            z.writestr(info, f.read())
print("wrote", os.path.relpath(dst))
