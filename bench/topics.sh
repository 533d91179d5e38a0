#!/usr/bin/env bash
# Times the topic pages against a running portal: a five-term trend, a comparison (both uncached: a nonce
# parameter defeats the output cache) and a feed polled from its cache, plus its conditional GET.
# usage: bench/topics.sh http://127.0.0.1:5080 [rounds]
set -euo pipefail
base=${1:?usage: bench/topics.sh BASE_URL [rounds]}
rounds=${2:-20}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

trend="/trends?q=$(enc 新能源汽车)&q=$(enc 集成电路)&q=$(enc 产业集群)&q=$(enc 智能制造)&q=$(enc district:涪陵区)"
api_trend="/api/trends?q=$(enc 新能源汽车)&q=$(enc 集成电路)&q=$(enc 产业集群)&q=$(enc 智能制造)&q=$(enc district:涪陵区)"
compare="/compare?a=$(enc district:涪陵区)&b=$(enc cluster:智能网联新能源汽车)"
feed="/api/feed?q=$(enc 新能源汽车)&district=$(enc 涪陵区)"

# Prints the median, p90 and max of a list of seconds, in milliseconds.
summary() { sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms  p90 %.1f ms  max %.1f ms  (n=%d)\n", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], t[NR], NR }'; }

time_uncached() {
  local path=$1 sep='&'
  curl -s -o /dev/null "$base$path${sep}warm=1"
  for i in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base$path${sep}n=$RANDOM$i"
  done | summary
}

time_repeated() {
  local path=$1
  shift
  curl -s -o /dev/null "$base$path"
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base$path" "$@"
  done | summary
}

echo "load: $(uptime)"
echo "five-term trend page (uncached):  $(time_uncached "$trend")"
echo "five-term trend API:              $(time_uncached "$api_trend")"
echo "compare page (uncached):          $(time_uncached "$compare")"
echo "feed (from its cache):            $(time_repeated "$feed")"
etag=$(curl -s -D - -o /dev/null "$base$feed" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
echo "feed conditional GET:             $(time_repeated "$feed" -H "If-None-Match: $etag")  status $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base$feed")"
echo "articles in the index: $(curl -s "$base/api/months" | python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')"
