#!/usr/bin/env bash
# Load test: the published portal on loopback, its own PostgreSQL and index in a temp folder, loaded with
# synthetic pages; then wrk against search and article pages. Prints requests/s, p50/p90/p99 latency,
# status counts (any non-2xx is an error) and the portal's resident memory (VmRSS) before and after.
#
#   bench/reliability/load.sh                      # 60 s, 2 threads, 16 connections, 300 pages, cache bypassed
#   DURATION=30s CONNECTIONS=32 PAGES=1000 BUST=0 bench/reliability/load.sh
#   ROUNDS=3 bench/reliability/load.sh             # three runs back to back: does memory level off?
#
# BUST=1 (default) gives every request a unique query string, so the 10-second output cache never answers
# and each request parses, searches and renders; BUST=0 measures what repeat visitors get.
# The per-client rate limits are lifted for the run: wrk is one client on one address.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

DURATION=${DURATION:-60s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PAGES=${PAGES:-300}
PORT=${PORT:-5391}
ROUNDS=${ROUNDS:-1}
export BUST=${BUST:-1}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
work=$(mktemp -d /tmp/newsportal-load-XXXXXX)
chmod 755 "$work"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid"                      # graceful: the portal stops its PostgreSQL on the way out (SIGINT is ignored by background jobs)
    for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== publish (Release) and generate $PAGES pages into $work"
dotnet publish src/NewsPortal.Web -c Release -nologo -v q -o "$work/web" >/dev/null
dotnet run --project src/NewsPortal.Cli -c Release -- generate --pages "$PAGES" --out "$work/seeds" --seed 3

echo "== start the portal on 127.0.0.1:$PORT"
(
  cd "$work/web"
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  EmbeddedPostgres__DataDirectory="$work/postgres" \
  Search__IndexPath="$work/index" \
  Ingestion__InboxPath="$work/inbox" \
  Ingestion__SeedsPath="$work/seeds" \
  Serilog__WriteTo__1__Args__path="$work/logs/portal-.log" \
  RateLimits__SearchPermitLimit=1000000000 \
  RateLimits__ApiPermitLimit=1000000000 \
  exec dotnet NewsPortal.Web.dll >"$work/portal.out" 2>&1
) &
app_pid=$!
base="http://127.0.0.1:$PORT"

ready=""
for _ in $(seq 300); do
  if curl -fs "$base/readyz" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the portal exited:"; tail -30 "$work/portal.out"; exit 1; }
  sleep 1
done
[ -n "$ready" ] || { echo "/readyz never answered 200"; tail -30 "$work/portal.out"; exit 1; }

# The seed loader ingests the pages after start-up; wait until every edition is in.
total() { curl -fs "$base/api/articles?pageSize=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
for _ in $(seq 900); do
  grep -q 'Seed pages loaded' "$work/portal.out" && break
  sleep 1
done
grep 'Seed pages loaded' "$work/portal.out" | sed 's/^/   /' || { echo "the seed pages were not loaded in 15 minutes"; exit 1; }
articles=$(total)
echo "   seeds loaded: $articles articles"

# Paths: searches for common words and filters, and the pages of 200 articles.
paths="$work/paths.txt"
for q in 产业集群 涪陵区 渝北区 先进材料 同比增长 新质生产力 生物医药 企业 万州区 智能装备 规模以上工业产值 '"工业投资"' '集群 -涪陵区' '汽车 OR 电子'; do
  enc=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")
  echo "/search?q=$enc" >>"$paths"
  echo "/search?q=$enc&district=%E6%B8%9D%E5%8C%97%E5%8C%BA" >>"$paths"
done
curl -fs "$base/api/articles?pageSize=100" | grep -o '"id":[0-9]*' | head -100 | sed -E 's#"id":#/articles/#' >>"$paths"
curl -fs "$base/api/articles?pageSize=100&page=2" | grep -o '"id":[0-9]*' | head -100 | sed -E 's#"id":#/articles/#' >>"$paths"
echo "   $(grep -c '^/search' "$paths") search paths, $(grep -c '^/articles' "$paths") article paths"

rss() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }
hwm() { awk '/VmHWM/ {print $2}' "/proc/$app_pid/status"; }

# Warm up (JIT, caches) for 5 s, then measure.
PATHS="$paths" wrk -t1 -c4 -d5s -s bench/reliability/paths.lua "$base" >/dev/null
rss_before=$(rss)
echo "vmrss_kb before: $rss_before (load average $(cut -d' ' -f1-3 /proc/loadavg))"
: >"$work/wrk.txt"
for round in $(seq "$ROUNDS"); do
  echo "== round $round: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (BUST=$BUST)"
  PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/reliability/paths.lua "$base" | tee -a "$work/wrk.txt"
  echo "vmrss_kb after round $round: $(rss) (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$work/rounds.txt"
done
rss_after=$(rss)
sleep 15
rss_settled=$(rss)

echo "== results"
echo "articles=$articles paths=$(wc -l <"$paths") duration=$DURATION rounds=$ROUNDS threads=$THREADS connections=$CONNECTIONS bust=$BUST"
grep -E 'Requests/sec|Non-2xx|Socket errors|^statuses|^latency_us|^requests=' "$work/wrk.txt"
cat "$work/rounds.txt"
echo "vmrss_kb before=$rss_before after=$rss_after after_15s_idle=$rss_settled peak_vmhwm=$(hwm)"
non2xx=$(grep -oE 'Non-2xx or 3xx responses: [0-9]+' "$work/wrk.txt" | grep -oE '[0-9]+$' | paste -sd+ | bc || echo 0)
socket=$(grep -c 'Socket errors' "$work/wrk.txt" || true)
if [ "${non2xx:-0}" -ne 0 ] || [ "$socket" -ne 0 ]; then echo "FAIL: errors under load"; exit 1; fi
echo "OK: zero errors"
