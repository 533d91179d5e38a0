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
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
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
# The command line stops a server it started; start it again (any free port) to count what it holds.
ensure_up() {
  [ -f "$work/$1/postgres/postmaster.pid" ] && return
  local port
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  as_postgres "$pg_bin/pg_ctl" start -D "$work/$1/postgres" -l "$work/$1/postgres/server.log" -w \
    -o "-p $port -k '' -c listen_addresses=127.0.0.1" >/dev/null
}
sql() {
  ensure_up "$1"
  local port
  port=$(sed -n 4p "$work/$1/postgres/postmaster.pid")
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d newsportal -tAc "$2"
}

echo "== ingest, and kill -9 the ingesting process once a third of the files are stored"
mkdir -p "$work/crashed"
# Started without the function so that $! is the dotnet process itself (exec all the way down), not a subshell.
(cd "$work/crashed" && exec env EmbeddedPostgres__DataDirectory="$work/crashed/postgres" Search__IndexPath="$work/crashed/index" \
  dotnet "$work/cli/newsportal.dll" ingest "$work/pages") >"$work/first.out" 2>&1 &
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
kill -9 "$ingester"
wait "$ingester" 2>/dev/null || true
sleep 2
pgrep -f "$work/cli/newsportal.dll" >/dev/null && { echo "the ingester survived kill -9"; exit 1; }
killed_at=$(sql crashed "SELECT count(*) FROM editions")
echo "   killed with $killed_at of $PAGES editions stored"

echo "== run the same ingest again, then a clean reference run into another database"
# Exit 1 means some file was refused (it is then checked to have a reason); anything else is a failed run.
status=0; newsportal crashed ingest "$work/pages" >"$work/second.out" 2>&1 || status=$?
[ "$status" -le 1 ] || {
  echo "the rerun failed:"; grep -vE '^\s+at ' "$work/second.out" | tail -25
  echo "-- server.log:"; tail -25 "$work/crashed/postgres/server.log"; exit 1; }
tail -3 "$work/second.out" | sed 's/^/   /'
status=0; newsportal clean ingest "$work/pages" >"$work/clean.out" 2>&1 || status=$?
[ "$status" -le 1 ] || { echo "the reference run failed:"; tail -20 "$work/clean.out"; exit 1; }

# Per file of the folder: how many editions it has, their articles, and if none the latest failure reason recorded.
per_file() {
  sql "$1" "SELECT file_name || ' ' || count(DISTINCT e.id) || ' ' || count(a.id) FROM editions e
            LEFT JOIN articles a ON a.edition_id = e.id GROUP BY file_name" >"$work/$1.editions"
  sql "$1" "SELECT DISTINCT ON (p) p || ' ' || replace(error, ' ', '_') FROM (SELECT regexp_replace(path, '^.*/', '') AS p, error, started_at
            FROM ingested_files WHERE lower(status) = 'failed') f ORDER BY p, started_at DESC" >"$work/$1.failed"
  ls "$work/pages" | sort | awk -v editions="$work/$1.editions" -v failed="$work/$1.failed" '
    BEGIN { while ((getline l < editions) > 0) { split(l, f, " "); e[f[1]] = f[2] " " f[3] }
            while ((getline l < failed) > 0) { split(l, f, " "); r[f[1]] = f[2] } }
    { print $1, ($1 in e ? e[$1] : "0 0"), ($1 in e ? "" : r[$1]) }' >"$work/$1.txt"
}
per_file crashed
per_file clean
files=$(ls "$work/pages" | wc -l)
twice=$(awk '$2 > 1' "$work/crashed.txt" | wc -l)
silent=$(awk '$2 == 0 && NF < 4' "$work/crashed.txt" | wc -l)
stored=$(awk '$2 == 1' "$work/crashed.txt" | wc -l)
refused=$(awk '$2 == 0 && NF >= 4' "$work/crashed.txt" | wc -l)
# A file both runs stored must have the same articles; a file only one run stored is a parse that differed.
differ=$(join <(awk '$2 == 1 {print $1, $3}' "$work/crashed.txt") <(awk '$2 == 1 {print $1, $3}' "$work/clean.txt") | awk '$2 != $3' | wc -l)
only=$(diff <(awk '$2 == 1 {print $1}' "$work/crashed.txt") <(awk '$2 == 1 {print $1}' "$work/clean.txt") | grep -c '^[<>]' || true)

echo "== results"
echo "files=$files killed_at=$killed_at stored_once=$stored stored_twice=$twice refused_with_reason=$refused lost_silently=$silent"
echo "against the clean run: same_articles_mismatch=$differ stored_in_only_one_run=$only"
[ "$only" -eq 0 ] || { echo "   files stored by one run but refused by the other:"; diff "$work/crashed.txt" "$work/clean.txt" | grep '^[<>]' | head -10 | sed 's/^/   /'; }
if [ $((stored + refused)) -eq "$files" ] && [ "$twice" -eq 0 ] && [ "$silent" -eq 0 ] && [ "$differ" -eq 0 ]; then
  echo "OK: every file stored once or refused with a reason, none stored twice, none lost silently, article counts as in the clean run"
else
  echo "FAIL: lost or duplicated files"
  exit 1
fi
