#!/usr/bin/env bash
# Two processes on one search index: while `newsportal ingest` writes the index, `newsportal reindex` is
# started on the same folder. The second must be refused ("the search index is open in another process",
# exit 3) and the first must finish with no index error. Prints OK or FAIL.
#
#   bench/reliability/index-lock.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
PAGES=${PAGES:-400}

work=$(mktemp -d /tmp/newsportal-lock-XXXXXX)
chmod 755 "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -f "$work/postgres/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" stop -D "$work/postgres" -m fast -w >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/NewsPortal.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null || exit 1
cd "$work"
export EmbeddedPostgres__DataDirectory="$work/postgres" Search__IndexPath="$work/index"
dotnet cli/newsportal.dll generate --pages "$PAGES" --out pages --seed 5 >/dev/null

(exec dotnet cli/newsportal.dll ingest pages >first.out 2>&1) &
first=$!
for _ in $(seq 240); do [ -f index/write.lock ] && break; sleep 0.5; done
sleep 3
kill -0 "$first" 2>/dev/null || { echo "the ingest finished before the second process started; raise PAGES"; exit 1; }
dotnet cli/newsportal.dll reindex >second.out 2>&1
second=$?
wait "$first"
first_status=$?
index_errors=$(grep -c "search index update failed" first.out)

echo "second process (reindex): exit $second: $(grep -m1 -E 'newsportal:|Unhandled exception' second.out)"
echo "first process (ingest): exit $first_status, $index_errors file(s) with a search index error"
if [ "$second" -eq 3 ] && [ "$index_errors" -eq 0 ]; then
  echo "OK: the second process was refused and the first was not disturbed"
else
  echo "FAIL: two processes wrote the same index"
  exit 1
fi
