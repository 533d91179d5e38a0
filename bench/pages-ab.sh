#!/usr/bin/env bash
# Two published portals in turns on the same scale corpus, as bench/pages.sh starts them (output cache and result
# caches off): req/s, p50, p99 and the portal's CPU a request (from /proc/PID/stat), which the machine's other load
# disturbs far less than latency.
#
#   bench/pages-ab.sh APP_A APP_B [turns] [seconds] [articles]     default 3 turns of 6 s a URL, 100000 articles
#                                                                  (A first in odd turns, B first in even ones)
#   URLS="/healthz /search?q=..." PORT=5339 bench/pages-ab.sh ...   other URLs (encoded), another port
#   INDEX_A=DIR INDEX_B=DIR bench/pages-ab.sh ...                    each build's own search index (default: the corpus')
#   WARMUP=10 bench/pages-ab.sh ...                                  seconds of load on each URL before it is timed (default 3)
#   CORPUS_A=DIR CORPUS_B=DIR bench/pages-ab.sh ...                  each build's own corpus copy (default: .data/corpus/N for both)
#
# APP_A and APP_B are `dotnet publish src/NewsPortal.Web -c Release -o DIR` folders (e.g. main's and a branch's).
# The corpus (.data/corpus/N, built by bench/pages.sh) is opened by one portal at a time; a build that changes
# the index schema rebuilds the index it is given (wiping one of the other schema), so give such a build its own
# (INDEX_B=an empty folder: the first start rebuilds it from PostgreSQL, and later turns reuse it). A build with a
# migration the other lacks needs its own copy of the corpus (CORPUS_B=a copy: its first start migrates it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
app_a=$(realpath "$1"); app_b=$(realpath "$2")
turns=${3:-3}; duration=${4:-6}; articles=${5:-100000}
port=${PORT:-5339}
corpus="$root/.data/corpus/$articles"
work="$root/.data/bench-pages-ab"
base="http://127.0.0.1:$port"
mkdir -p "$work"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

start() { # app index corpus → pid of the portal
  (
    cd "$1"
    ASPNETCORE_ENVIRONMENT=Production Kestrel__Endpoints__Http__Url="$base" ConnectionStrings__NewsPortal= \
    DataRoot="$work" EmbeddedPostgres__DataDirectory="$3/postgres" Search__IndexPath="$2" \
    Ingestion__InboxPath="$work/inbox" Ingestion__SeedsPath="$work/no-seeds" \
    OutputCache__Enabled=false ResultCaches__Enabled=false Serilog__MinimumLevel__Default=Warning \
    Serilog__WriteTo__1__Args__path="$work/logs/portal-.log" \
    RateLimits__SearchPermitLimit=100000000 RateLimits__ApiPermitLimit=100000000 \
    exec dotnet NewsPortal.Web.dll
  ) > "$work/portal.out" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1800); do   # a build of another schema rebuilds its index first
    curl -sf "$base/readyz" >/dev/null 2>&1 && break
    kill -0 $pid 2>/dev/null || { cat "$work/portal.out"; exit 1; }
    sleep 1
  done
  echo $pid
}

stop() { # pid: TERM, then wait until it is gone (it is not this shell's child: started in $(start ...))
  kill -TERM "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.5; done
}

# CPU ticks of the corpus' PostgreSQL: the postmaster and its backends (the portal's pooled connections live through a turn).
pgticks() { # corpus
  local postmaster t p
  postmaster=$(head -1 "$1/postgres/postmaster.pid")
  t=0
  for p in $postmaster $(ps -o pid= --ppid "$postmaster"); do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $t
}

measure() { # label pid corpus
  local label=$1 pid=$2 db=$3 hz path out c0 c1 g0 g1 n
  hz=$(getconf CLK_TCK)
  for path in $urls; do wrk -t2 -c8 -d2s "$base$path" >/dev/null 2>&1 || true; done   # tiered JIT first
  for path in $urls; do
    wrk -t2 -c8 -d"${WARMUP:-3}s" "$base$path" >/dev/null 2>&1 || true
    c0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); g0=$(pgticks "$db")
    out=$(wrk -t2 -c8 -d"${duration}s" --latency "$base$path")
    c1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); g1=$(pgticks "$db")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    printf '| %s | %s | %s | %s | %s | %.3f | %.3f | %s | %s |\n' "$label" "$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$path")" \
      "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
      "$(echo "($c1 - $c0) * 1000 / $hz / $n" | bc -l)" "$(echo "($g1 - $g0) * 1000 / $hz / $n" | bc -l)" "$(curl -s -o /dev/null -w '%{size_download}' "$base$path")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
}

corpus_a=$(realpath "${CORPUS_A:-$corpus}"); corpus_b=$(realpath "${CORPUS_B:-$corpus}")
index_a=${INDEX_A:-$corpus_a/index}; index_b=${INDEX_B:-$corpus_b/index}
pid=$(start "$app_a" "$index_a" "$corpus_a")
article=$(curl -sf "$base/api/articles?pageSize=1&p=3" | python3 -c 'import sys, json; print(json.load(sys.stdin)["items"][0]["id"])')
district=$(curl -sf "$base/api/entities?kind=district" | python3 -c 'import sys, json; d = json.load(sys.stdin); print((d[0] if isinstance(d, list) else d["items"][0])["name"])')
stop "$pid"
urls=${URLS:-"/healthz /articles/$article /search?q=$(enc 新能源) /search?q=$(enc '"产业 创新"') /search?q=$(enc 新能源)&district=$(enc "$district") /search?q=$(enc 长安汽车) /api/search?q=$(enc 新能源)"}

echo "wrk -t2 -c8 -d${duration}s --latency, $turns turns, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), A $app_a, B $app_b"
echo
echo "| turn | page | req/s | p50 | p99 | portal CPU ms a request | PostgreSQL CPU ms a request | bytes | load avg (1 min) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for turn in $(seq 1 "$turns"); do
  # Which build goes first alternates: the second of a turn starts right after the first stopped (its PostgreSQL
  # checkpoint, the page cache it left), so a fixed order would count that against one build every time.
  order="A B"; [ $((turn % 2)) = 0 ] && order="B A"
  for variant in $order; do
    app=$app_a; index=$index_a; db=$corpus_a; [ $variant = B ] && app=$app_b && index=$index_b && db=$corpus_b
    pid=$(start "$app" "$index" "$db")
    measure "$variant$turn" "$pid" "$db"
    stop "$pid"
  done
done
