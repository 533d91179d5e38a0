#!/usr/bin/env bash
# Runs every test of NewsPortal. Installs what the tests need when it is missing
# (PostgreSQL server binaries, Debian's Chromium), builds, runs all test projects,
# and ends with the totals on a line of their own: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}"; exit 1; }
fi

echo "== build"
dotnet build NewsPortal.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

echo "== test"
log=$(mktemp)
dotnet test NewsPortal.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s*(Failed |Passed!|Failed!|Skipped |Total tests|error)' 
status=${PIPESTATUS[0]}

passed=0; failed=0
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | sed -E 's/.*Failed:\s*([0-9]+),\s*Passed:\s*([0-9]+).*/\2 \1/')
rm -f "$log"
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
exit "$status"
