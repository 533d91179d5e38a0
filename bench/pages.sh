#!/usr/bin/env bash
# Every portal page on the scale corpus, uncached, in one run beside /healthz; then the memory check.
#
#   bench/pages.sh [seconds-per-page] [articles]        default 10 s, 100000 articles
#   PORT=5301 SKIP_MEMORY=1 bench/pages.sh 5            another port; pages only
#   RESULT_CACHES=true bench/pages.sh                    with the portal's per-request result caches on (not the issue's measure)
#   WARMUP=2 bench/pages.sh                              seconds of load on each URL before it is timed (default 10)
#
# Builds the corpus first when it is missing (`newsportal bench corpus --articles N`, kept under
# .data/corpus/N and reused), publishes src/NewsPortal.Web in Release, starts it in Production on that
# corpus with the output cache off (OutputCache__Enabled=false) and the result caches off (ResultCaches__Enabled=false:
# no figure filter, topic panel or search result is kept for the next request with the same parameters), so
# every request runs its queries and its search and renders; then runs `wrk -t2 -c8 --latency` against each URL. The table goes to stdout, to
# .data/bench-pages/result.md and between the pages markers in docs/benchmarks.md. The memory check runs
# all pages in rotation for three 60 s rounds and prints the portal's RSS after each.
# Needs wrk (apt-get install wrk), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-10}
# Each URL is loaded this long before it is timed: .NET's tiered PGO runs a page's code instrumented (2.5-4x the CPU)
# for its first 10-20 s of load, which a portal that has been up for a minute no longer pays.
warmup=${WARMUP:-10}
articles=${2:-100000}
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
corpus="$root/.data/corpus/$articles"
work="$root/.data/bench-pages"
base="http://127.0.0.1:$port"
mkdir -p "$work"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

echo "== corpus ($articles articles)"
dotnet build src/NewsPortal.Cli -c Release --nologo -v quiet
dotnet src/NewsPortal.Cli/bin/Release/net10.0/newsportal.dll bench corpus --articles "$articles" --dir "$corpus" | sed 's/^/   /'

echo "== publish (Release)"
dotnet publish src/NewsPortal.Web -c Release -o "$work/app" --nologo -v quiet

echo "== start portal on $base"
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  Kestrel__Endpoints__Http__Url="$base" \
  ConnectionStrings__NewsPortal= \
  DataRoot="$work" \
  EmbeddedPostgres__DataDirectory="$corpus/postgres" \
  Search__IndexPath="$corpus/index" \
  Ingestion__InboxPath="$work/inbox" \
  Ingestion__SeedsPath="$work/no-seeds" \
  OutputCache__Enabled=false \
  ResultCaches__Enabled="${RESULT_CACHES:-false}" \
  Serilog__MinimumLevel__Default=Warning \
  Serilog__WriteTo__1__Args__path="$work/logs/portal-.log" \
  RateLimits__SearchPermitLimit=100000000 \
  RateLimits__ApiPermitLimit=100000000 \
  exec dotnet NewsPortal.Web.dll
) > "$work/portal.out" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true' EXIT   # TERM: background jobs ignore SIGINT

for _ in $(seq 1 900); do   # a schema change rebuilds the index from PostgreSQL first (/readyz: 503 "rebuilding, N%")
  curl -sf "$base/readyz" >/dev/null 2>&1 && break
  kill -0 $portal 2>/dev/null || { echo "portal exited"; cat "$work/portal.out"; exit 1; }
  sleep 1
done
curl -sf "$base/readyz" >/dev/null || { echo "portal did not become ready"; cat "$work/portal.out"; exit 1; }

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
json() { python3 -c 'import sys, json; d=json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }
total=$(curl -sf "$base/api/articles?pageSize=1" | json 'd["paging"]["total"]')
article=$(curl -sf "$base/api/articles?pageSize=1&p=3" | json 'd["items"][0]["id"]')
district=$(curl -sf "$base/api/entities?kind=district" | json '(d[0] if isinstance(d, list) else d["items"][0])["name"]')
cluster=$(curl -sf "$base/api/entities?kind=cluster" | json '(d[0] if isinstance(d, list) else d["items"][0])["name"]')
d=$(enc "$district"); c=$(enc "$cluster")
echo "   $total articles; article $article; district $district; cluster $cluster"

pages=(
  "/healthz"
  "/"
  "/articles"
  "/articles?p=2000"
  "/articles?district=$d"
  "/articles?cluster=$c"
  "/articles/$article"
  "/search?q=$(enc 新能源)"
  "/search?q=$(enc 长安汽车)"
  "/search?q=$(enc '"产业 创新"')"
  "/search?q=$(enc 新能源)&district=$d"
  "/districts"
  "/districts/$d"
  "/clusters"
  "/clusters/$c"
  "/figures?district=$d&measure=$(enc 工业投资)"
  "/figures?handler=csv&district=$d&measure=$(enc 工业投资)"
  "/organizations"
  "/people"
  "/data"
  "/api/articles"
  "/api/search?q=$(enc 新能源)"
)
names=(
  "/healthz (plaintext)" "/" "/articles" "/articles page 2,000" "/articles by district" "/articles by cluster"
  "/articles/{id}" "/search broad (新能源)" "/search rare (长安汽车)" "/search phrase (\"产业 创新\")" "/search + district"
  "/districts" "/districts/{name}" "/clusters" "/clusters/{name}" "/figures filtered" "/figures CSV filtered"
  "/organizations" "/people" "/data" "/api/articles" "/api/search"
)

for path in "${pages[@]}"; do   # every URL must answer 200 before it is timed
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status"; exit 1; }
done

header="wrk -t2 -c8 -d${duration}s --latency after ${warmup} s of warm-up a URL, output cache off, result caches $([ "${RESULT_CACHES:-false}" = true ] && echo on || echo off), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $total articles, commit $(git rev-parse --short HEAD)"
rows=()
run() { # name path
  local name=$1 path=$2 out load
  wrk -t2 -c8 -d"${warmup}s" "$base$path" >/dev/null 2>&1 || true   # warm-up
  load=$(cut -d' ' -f1 /proc/loadavg)
  out=$(wrk -t2 -c8 -d"${duration}s" --latency "$base$path")
  local rps p50 p99 bad bytes
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0)
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base$path")
  rows+=("$(printf '| %-30s | %9s | %8s | %8s | %4s | %8s | %4s |' "$name" "$rps" "$p50" "$p99" "$bad" "$((bytes / 1024)) KB" "$load")")
  echo "${rows[-1]}"
}
echo
echo "$header"
echo
echo "| page                           |     req/s |      p50 |      p99 | non-2xx | size | load |"
echo "|--------------------------------|----------:|---------:|---------:|-----:|---------:|-----:|"
for i in "${!pages[@]}"; do run "${names[$i]}" "${pages[$i]}"; done

{
  echo "$header"
  echo
  echo "| page | req/s | p50 | p99 | non-2xx | size | load avg (1 min) |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$work/result.md"

memory=""
if [ -z "${SKIP_MEMORY:-}" ]; then
  printf '%s\n' "${pages[@]:1}" > "$work/paths.txt"
  cat > "$work/rotate.lua" <<'LUA'
-- Every page in turn: what a mixed crowd of readers asks for.
local paths, i = {}, 0
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
LUA
  rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$portal/status"; }   # the subshell exec'd dotnet
  echo
  echo "== memory: all pages in rotation, three 60 s rounds (wrk -t2 -c8)"
  memory="RSS of the portal: start $(rss) MiB"
  for round in 1 2 3; do
    out=$(PATHS="$work/paths.txt" wrk -t2 -c8 -d60s -s "$work/rotate.lua" "$base")
    memory="$memory, round $round $(rss) MiB ($(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, $(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0) non-2xx)"
    echo "   round $round: $(rss) MiB"
  done
  echo "$memory"
  { echo; echo "$memory (load average $(cut -d' ' -f1-3 /proc/loadavg))"; } >> "$work/result.md"
fi

python3 - "$root/docs/benchmarks.md" "$work/result.md" <<'PY'
import sys
doc, result = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().strip()
text = open(doc, encoding="utf-8").read()
begin, end = "<!-- pages:begin -->", "<!-- pages:end -->"
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    text = head + begin + "\n" + result + "\n" + end + rest.split(end, 1)[1]
    open(doc, "w", encoding="utf-8").write(text)
    print(f"table written to {doc}")
PY
