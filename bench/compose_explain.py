#!/usr/bin/env python3
"""Which scramble broke which article: reads bench/compose.py's pages, gold and traces (--trace) beside the parser's output.

    python3 bench/compose.py --count 60 --seed 1 --out /tmp/composed --trace
    newsportal parse /tmp/composed/*.txt --out /tmp/composed-parsed
    python3 bench/compose_explain.py /tmp/composed /tmp/composed-parsed [--examples 4]

For every piece that did not land in its own article (score.py's anchor_recall), the scrambles that touched it
(byline-first, late-title, cut-head, cut-tail, end-of-page, interleaved; `plain` when none did) and where it went;
for every title read wrong, the same for the title; and the parsed articles that match no gold article (extra).
Counts first, then a few examples of each with their page, so `seed-0017` can be composed and read again.
"""
import argparse
import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests/gold"))
import score as scorer  # noqa: E402  (tests/gold/score.py)


def load_trace(path):
    with open(path, encoding="utf-8") as f:
        header = json.loads(f.readline())
        return header, [json.loads(line) for line in f if line.strip()]


def explain(gold, parsed, header, pieces, events):
    g_arts, p_arts = gold["articles"], scorer.snake(parsed).get("articles", [])
    pairs = scorer.match_articles(g_arts, p_arts)
    bodies = [scorer.norm(p.get("title", "")) + scorer.norm(p.get("body", "")) for p in p_arts]
    piece_of = {scorer.norm(a): piece for piece in pieces for a in piece["anchors"]}
    page = gold["file"][:-4]
    layout = ("wrapped-17 " if header["wrapped"] else "") + header["layout"]

    def where(anchor):
        homes = [p_arts[i].get("title", "") or "(untitled)" for i, b in enumerate(bodies) if anchor in b]
        return homes[0][:14] if homes else "(nowhere)"

    for gi, g in enumerate(g_arts):
        pi = pairs.get(gi)
        for a in map(scorer.norm, g["anchors"]):
            if pi is not None and a in bodies[pi]:
                continue
            piece = piece_of[a]
            kind = "+".join(piece["tags"]) or "plain"
            events["lost " + piece["field"] + " " + kind].append(
                f"{page} ({layout}) {g['title'][:12]}: {piece['field']}{piece['order'][1:2]} {piece['text'][:12]!r} -> {where(a)}")
            break  # one event per article: its first lost piece
        if pi is not None and scorer.loose(g["title"]) != scorer.loose(p_arts[pi].get("title")):
            title = next(p for p in pieces if p["article"] == gi and p["field"] == "T")
            kind = "+".join(title["tags"]) or "plain"
            events["title " + kind].append(
                f"{page} ({layout}) {g['title'][:14]!r} read as {p_arts[pi].get('title', '')[:16]!r}")
    for pi, p in enumerate(p_arts):
        if pi not in pairs.values():
            events["extra article"].append(f"{page} ({layout}) {p.get('title', '')[:16]!r} ({len(p.get('body', ''))} letters)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("composed")
    ap.add_argument("parsed")
    ap.add_argument("--examples", type=int, default=4)
    args = ap.parse_args()
    events = collections.defaultdict(list)
    for name in sorted(os.listdir(args.composed)):
        if not name.endswith(".trace"):
            continue
        stem = name[:-6]
        gold = json.load(open(os.path.join(args.composed, stem + ".json"), encoding="utf-8"))
        parsed = json.load(open(os.path.join(args.parsed, stem + ".json"), encoding="utf-8"))
        header, pieces = load_trace(os.path.join(args.composed, name))
        explain(gold, parsed, header, pieces, events)
    for kind, found in sorted(events.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(found):4d}  {kind}")
        for line in found[:args.examples]:
            print(f"        {line}")


if __name__ == "__main__":
    main()
