#!/usr/bin/env bash
# npm test: everything that proves the piece works, in the order a failure is cheapest to read.
set -euo pipefail
cd "$(dirname "$0")/.."

# the browser tests run in Debian's Chromium and Firefox ESR: as root, install what is missing; otherwise say how
packages=() # Debian packages to install
missing=()  # what to tell someone who cannot install them
check_browser() { # PATH PACKAGE NAME VARIABLE
	[ -x "$1" ] && return
	packages+=("$2")
	missing+=("$3 is missing at $1: install it (Debian: sudo apt-get install $2) or set $4.")
}
check_browser "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium Chromium CHROMIUM_PATH
check_browser "${FIREFOX_PATH:-/usr/bin/firefox-esr}" firefox-esr "Firefox ESR" FIREFOX_PATH
if [ ${#packages[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "npm test: installing Debian's ${packages[*]} for the browser tests…"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
	else
		echo "npm test: ${missing[*]}" >&2
		exit 1
	fi
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "== data check"; npm run -s data:check
# the type check and the linters each keep one core busy: side by side, each printed under its own heading
npm run -s lint >"$results/lint.log" 2>&1 &
lint=$!
echo "== type check"; npm run -s check
echo "== lint and format"
if wait "$lint"; then cat "$results/lint.log"; else cat "$results/lint.log"; exit 1; fi
echo "== unit tests"; npx vitest run --project unit --reporter=default --reporter=json --outputFile="$results/unit.json"
echo "== production build"; npm run -s build
echo "== browser and build tests"; npx vitest run --project e2e --reporter=default --reporter=json --outputFile="$results/e2e.json"

# one closing line that any CI reads: N passed, N failed
node -e '
const fs = require("node:fs");
let passed = 0, failed = 0;
for (const f of process.argv.slice(1)) {
	const r = JSON.parse(fs.readFileSync(f, "utf8"));
	passed += r.numPassedTests; failed += r.numFailedTests;
}
console.log(`npm test: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' "$results/unit.json" "$results/e2e.json"
