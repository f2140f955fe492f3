#!/usr/bin/env bash
# npm test: everything that proves the piece works, in the order a failure is cheapest to read.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "npm test: installing Debian's chromium for the browser tests…"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "npm test: Chromium is missing at $chromium_path: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
		exit 1
	fi
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "== data check"; npm run -s data:check
echo "== type check"; npm run -s check
echo "== lint and format"; npm run -s lint
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
