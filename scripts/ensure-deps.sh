#!/usr/bin/env bash
# Installs the Debian packages the build needs when pkg-config (or a header check) cannot
# find them. Called by `make demo` and `make test`; does nothing on a machine that has them.
#   ensure-deps.sh build    C libraries for the build (cmark-gfm with extensions, libyaml)
#   ensure-deps.sh check    also what the test suite's site checks use (Chromium, Java, validator)
set -euo pipefail
mode="${1:-build}"

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)

if [ "$mode" = check ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
