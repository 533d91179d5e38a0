#!/usr/bin/env bash
# Scores the parser on composed pages no rule was chosen on (bench/compose.py, seeds 181-420: four sets of 60 pages,
# the same recipe as the sets 1-180 that every rule of sessions 10-14 was scored on) and prints each set's
# article_f1 / anchor_recall / reading_order / title and the mean article_f1.
#
#   dotnet build src/NewsPortal.Cli -c Release -nologo -v quiet
#   bash bench/heldout.sh [CLI_DLL] [WORK_DIR]
#
# CLI_DLL defaults to the Release build's newsportal.dll; WORK_DIR (default a temporary folder) keeps the pages and the
# parser's output for bench/compose_explain.py (compose again with --trace to get the traces).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$root/src/NewsPortal.Cli/bin/Release/net10.0/newsportal.dll}
work=${2:-$(mktemp -d)}
[[ -f $cli ]] || { echo "no parser at $cli: build src/NewsPortal.Cli in Release first" >&2; exit 1; }
scores=()
for seed in 181 241 301 361; do
  pages=$work/composed-$seed parsed=$work/parsed-$seed
  mkdir -p "$pages"
  python3 "$root/bench/compose.py" --count 60 --seed "$seed" --out "$pages" >/dev/null
  rm -rf "$parsed"
  dotnet "$cli" parse "$pages"/*.txt --out "$parsed" >/dev/null
  line=$(python3 "$root/tests/gold/score.py" "$pages" "$parsed" | tail -1)
  read -r f1 rest < <(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["article_f1"], "%.3f / %.3f / %.3f / %.3f" % (d["article_f1"], d["anchor_recall"], d["reading_order"], d["title"]))' "$line")
  echo "seeds $seed-$((seed + 59)): $rest"
  scores+=("$f1")
done
python3 -c 'import sys; x=[float(v) for v in sys.argv[1:]]; print("mean article_f1 %.4f over %d pages" % (sum(x)/len(x), 60*len(x)))' "${scores[@]}"
echo "pages and output in $work"
