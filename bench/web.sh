#!/usr/bin/env bash
# Portal throughput with wrk: /healthz, an article page and a search page in one run, against a
# Release build on 127.0.0.1 with its own PostgreSQL and the seeds loaded.
# Each page is measured twice: as served (10-second output cache) and uncached (a unique query
# string per request, so every request runs the page's queries or the Lucene search).
# Usage: [PORT=5099] bench/web.sh [duration-seconds] [connections]      (needs: wrk; apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-10}
connections=${2:-32}
port=${PORT:-5099}
work="$root/.data/bench"
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

echo "== publish (Release)"
dotnet publish src/NewsPortal.Web -c Release -o "$work/app" --nologo -v quiet

echo "== start portal on $base"
mkdir -p "$work"
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="$base" \
  EmbeddedPostgres__DataDirectory="$work/postgres" \
  Search__IndexPath="$work/index" \
  Ingestion__InboxPath="$work/inbox" \
  Ingestion__SeedsPath="$root/seeds" \
  Serilog__MinimumLevel__Default=Warning \
  Serilog__WriteTo__1__Args__path="$work/logs/portal-.log" \
  RateLimits__SearchPermitLimit=100000000 \
  RateLimits__ApiPermitLimit=100000000 \
  exec dotnet NewsPortal.Web.dll
) > "$work/portal.out" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true' EXIT   # TERM: background jobs ignore SIGINT

# Ready, and the seed pages all ingested: the article count has stopped moving.
last=-1; steady=0; total=0
for _ in $(seq 1 180); do
  if curl -sf "$base/readyz" >/dev/null 2>&1; then
    total=$(curl -sf "$base/api/articles?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    if [ "${total:-0}" -gt 0 ] && [ "$total" = "$last" ]; then steady=$((steady + 1)); else steady=0; fi
    last=${total:-0}
    [ "$steady" -ge 3 ] && break
  fi
  sleep 1
done
[ "$steady" -ge 3 ] || { echo "portal did not come up with articles"; cat "$work/portal.out"; exit 1; }
article=$(curl -sf "$base/api/articles?pageSize=1&sort=figures" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("产业集群"))')
echo "   $total articles; article page /articles/$article; search /search?q=产业集群"

cat > "$work/unique.lua" <<'LUA'
-- Appends a counter to the URL so that no two requests share an output-cache entry.
counter = 0
request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "n=" .. counter)
end
LUA

run() { # name path [script]
  local name=$1 path=$2 script=${3:-}
  local args=(-t2 -c"$connections" -d"${duration}s" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" -d2s "$base$path" >/dev/null 2>&1 || true   # warm-up
  local out
  out=$(wrk "${args[@]}" "$base$path")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0)
  printf "| %-34s | %10s | %8s | %8s | %6s |\n" "$name" "$rps" "$p50" "$p99" "$errors"
}

echo
echo "wrk -t2 -c$connections -d${duration}s, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint                           |    req/s   |   p50    |   p99    | non-2xx |"
echo "|------------------------------------|-----------:|---------:|---------:|-------:|"
run "/healthz (plaintext)" "/healthz"
run "article page (output cache)" "/articles/$article"
run "search page (output cache)" "/search?q=$query"
run "article page (uncached)" "/articles/$article" "$work/unique.lua"
run "search page (uncached)" "/search?q=$query" "$work/unique.lua"
