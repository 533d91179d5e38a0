#!/usr/bin/env bash
# The ingesting process dies mid-batch: `newsportal ingest` is killed with SIGKILL once a third of the files
# are stored, then run again. Every file must then be stored exactly once, with the same editions and
# article counts as a clean run of the same files into a second database (zero lost, zero duplicated).
#
#   bench/reliability/crash-ingest.sh              # 300 synthetic pages
#   PAGES=1000 bench/reliability/crash-ingest.sh
#
# (PostgreSQL killed mid-transaction is a suite test: CrashDuringIngestionTests in NewsPortal.Ingestion.Tests.)
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGES=${PAGES:-300}

work=$(mktemp -d /tmp/newsportal-crash-XXXXXX)
chmod 755 "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for cluster in "$work/crashed" "$work/clean"; do
    [ -f "$cluster/postgres/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" stop -D "$cluster/postgres" -m fast -w >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build the command line (Release) and generate $PAGES pages"
dotnet build src/NewsPortal.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null
dotnet "$work/cli/newsportal.dll" generate --pages "$PAGES" --out "$work/pages" --seed 8

# Runs the command line against one of two clusters: "crashed" (killed and rerun) or "clean" (the reference).
newsportal() {
  local cluster=$1; shift
  mkdir -p "$work/$cluster"
  (cd "$work/$cluster" && exec env EmbeddedPostgres__DataDirectory="$work/$cluster/postgres" Search__IndexPath="$work/$cluster/index" \
    dotnet "$work/cli/newsportal.dll" "$@")
}
sql() {
  local port
  port=$(sed -n 4p "$work/$1/postgres/postmaster.pid")
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d newsportal -tAc "$2"
}

echo "== ingest, and kill -9 the ingesting process once a third of the files are stored"
newsportal crashed ingest "$work/pages" >"$work/first.out" 2>&1 &
ingester=$!
stored=0
for _ in $(seq 1200); do
  if [ -f "$work/crashed/postgres/postmaster.pid" ]; then
    stored=$(sql crashed "SELECT count(*) FROM editions" 2>/dev/null || echo 0)
    [ "${stored:-0}" -ge $((PAGES / 3)) ] && break
  fi
  kill -0 "$ingester" 2>/dev/null || { echo "the ingester finished before it could be killed"; cat "$work/first.out"; exit 1; }
  sleep 0.2
done
# The dotnet host is the process itself (exec), so this kills the ingester and nothing else.
kill -9 "$ingester"
wait "$ingester" 2>/dev/null || true
sleep 2
killed_at=$(sql crashed "SELECT count(*) FROM editions")
echo "   killed with $killed_at of $PAGES editions stored"

echo "== run the same ingest again, then a clean reference run into another database"
newsportal crashed ingest "$work/pages" >"$work/second.out" 2>&1 || { echo "the rerun failed:"; tail -20 "$work/second.out"; exit 1; }
tail -3 "$work/second.out" | sed 's/^/   /'
newsportal clean ingest "$work/pages" >"$work/clean.out" 2>&1 || { echo "the reference run failed:"; tail -20 "$work/clean.out"; exit 1; }

per_file="SELECT e.file_name || ' ' || count(a.id) FROM editions e LEFT JOIN articles a ON a.edition_id = e.id GROUP BY e.id, e.file_name ORDER BY e.file_name"
sql crashed "$per_file" >"$work/crashed.txt"
sql clean "$per_file" >"$work/clean.txt"
editions=$(sql crashed "SELECT count(*) FROM editions")
names=$(sql crashed "SELECT count(DISTINCT file_name) FROM editions")
articles=$(sql crashed "SELECT count(*) FROM articles")
reference=$(sql clean "SELECT count(*) FROM articles")

echo "== results"
echo "files=$PAGES killed_at=$killed_at editions=$editions distinct_names=$names articles=$articles reference_articles=$reference"
if [ "$editions" -eq "$PAGES" ] && [ "$names" -eq "$PAGES" ] && [ "$articles" -eq "$reference" ] && diff -q "$work/crashed.txt" "$work/clean.txt" >/dev/null; then
  echo "OK: every file stored exactly once, editions and article counts identical to the clean run"
else
  echo "FAIL: lost or duplicated files"; diff "$work/crashed.txt" "$work/clean.txt" | head -20
  exit 1
fi
