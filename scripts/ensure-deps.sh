#!/usr/bin/env bash
# Installs the Debian packages the build needs when pkg-config (or a header check) cannot
# find them. Called by `make demo` and `make test`; does nothing on a machine that has them.
#   ensure-deps.sh build    C libraries for the build (cmark-gfm with extensions, libyaml,
#                           mimalloc for the executables)
#   ensure-deps.sh check    also what the test suite's site checks use: Debian's chromium,
#                           chromium-driver, a JRE and the Liberation fonts here, then the
#                           Python side (Nu validator, selenium, axe-core, Pillow) in the
#                           virtualenv .build-venv through
#                           scripts/site-checks/setup.sh (see scripts/site-checks/README.md)
set -euo pipefail
mode="${1:-build}"

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
[ -f /usr/include/mimalloc.h ] || missing+=(libmimalloc-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)

if [ "$mode" = check ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  # The fonts the reference card renders were made with (scripts/site-checks/fidelity.py).
  command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
  fc-list ':family=Liberation Sans' 2>/dev/null | grep -q . || missing+=(fonts-liberation)
  # Debian's python3 with venv/ensurepip, for the site checks' virtualenv.
  [ -x /usr/bin/python3 ] || missing+=(python3)
  /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o Acquire::Retries=3 update -qq
  $sudo apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$mode" = check ]; then
  "$(dirname "$0")/site-checks/setup.sh" >/dev/null
fi
