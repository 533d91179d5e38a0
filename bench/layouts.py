#!/usr/bin/env python3
"""The seed pages in every layout of issue 14, parsed and scored: the table in docs/parsing.md.

    python3 bench/layouts.py [--cli PATH] [--seeds DIR] [--gold DIR]
    python3 bench/layouts.py --seeds tests/devpages/pages --gold tests/devpages/gold   (the practice pages)

Re-lays each seed page the way other dumps print it (the same variants as the test project's
PageLayoutGenerator: indentation, zero or doubled blank lines, hard wraps, trailing spaces, CRLF, other
encodings), parses every variant with `newsportal parse`, scores it with tests/gold/score.py and prints one
markdown row per layout: the mean article_f1, anchor_recall, reading_order and title, and the worst page's
article_f1 beside its own score on the original page. Build the CLI first
(`dotnet build src/NewsPortal.Cli -c Release`).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def variants():
    ideographic = "\u3000\u3000"
    return [
        ("original", {}),
        ("indent-ideographic", {"indent": ideographic}),
        ("indent-four-spaces", {"indent": "    "}),
        ("indent-tab", {"indent": "\t"}),
        ("no-blank-lines", {"blanks": lambda n: 0}),
        ("two-blank-lines", {"blanks": lambda n: 2 * n}),
        ("wrap-15", {"wrap": 15}),
        ("wrap-17", {"wrap": 17}),
        ("wrap-23", {"wrap": 23}),
        ("wrap-29", {"wrap": 29}),
        ("wrap-40", {"wrap": 40}),
        ("trailing-spaces", {"trailing": True}),
        ("crlf", {"line_end": "\r\n"}),
        ("gb18030", {"encoding": "gb18030"}),
        ("utf-16", {"encoding": "utf-16"}),
        ("utf-16-without-bom", {"encoding": "utf-16-le"}),
        ("indented-no-blank-lines", {"indent": ideographic, "blanks": lambda n: 0}),
        ("wrap-23-indented-no-blank-lines", {"indent": ideographic, "blanks": lambda n: 0, "wrap": 23}),
    ]


def cut(line, width):
    """Every `width` characters, wherever that falls; a line at most four over the width stays whole."""
    if len(line.strip()) <= width + 4:
        return [line]
    pieces = (line[at:at + width].rstrip() for at in range(0, len(line), width))
    return [p for p in pieces if p.strip()]


def relay(text, indent="", blanks=None, wrap=None, trailing=False, line_end="\n", **_):
    out, blank, first = [], 0, True
    for line in text.split("\n"):
        content = line.rstrip()
        if not content.strip():
            blank += 1
            continue
        out.extend([""] * (blank if first or blanks is None else blanks(blank)))
        blank, first = 0, False
        for i, chunk in enumerate(cut(content, wrap) if wrap else [content]):
            printed = (indent if i == 0 else "") + chunk
            if trailing:
                printed += " " * (1 + len(out) % 3)
            out.append(printed)
    out.extend([""] * blank)
    return line_end.join(out)


def encode(text, encoding):
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def score(gold_dir, parsed_dir):
    sys.path.insert(0, os.path.join(ROOT, "tests/gold"))
    import score as scorer  # noqa: E402  (tests/gold/score.py, whichever gold is scored)
    rows = []
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json") and os.path.exists(os.path.join(parsed_dir, name)):
            gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            result, _ = scorer.score(gold, json.load(open(os.path.join(parsed_dir, name), encoding="utf-8")))
            rows.append((name, result))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "src/NewsPortal.Cli/bin/Release/net10.0/newsportal.dll"))
    ap.add_argument("--seeds", default=os.path.join(ROOT, "seeds"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests/gold"))
    args = ap.parse_args()
    seeds = sorted(f for f in os.listdir(args.seeds) if f.endswith(".txt"))
    own = {}
    print("| layout | article_f1 | anchor_recall | reading_order | title | worst page (own score) |")
    print("|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as work:
        for name, options in variants():
            pages, parsed = os.path.join(work, name), os.path.join(work, name + "-parsed")
            os.makedirs(pages)
            encoding = options.get("encoding", "utf-8")
            for seed in seeds:
                text = open(os.path.join(args.seeds, seed), encoding="utf-8").read()
                with open(os.path.join(pages, seed), "wb") as f:
                    f.write(encode(relay(text, **options), encoding))
            subprocess.run(["dotnet", args.cli, "parse", *[os.path.join(pages, s) for s in seeds], "--out", parsed],
                           check=True, stdout=subprocess.DEVNULL)
            rows = score(args.gold, parsed)
            if name == "original":
                own = {n: r["article_f1"] for n, r in rows}
            mean = lambda f: round(sum(f(r) for _, r in rows) / len(rows), 3)
            worst_name, worst = min(rows, key=lambda nr: nr[1]["article_f1"] - own.get(nr[0], 0))
            print(f"| {name} | {mean(lambda r: r['article_f1'])} | {mean(lambda r: r['anchor_recall'])} "
                  f"| {mean(lambda r: r['reading_order'])} | {mean(lambda r: r['fields']['title'])} "
                  f"| {worst_name[:3]}: {worst['article_f1']} ({own.get(worst_name, 0)}) |")


if __name__ == "__main__":
    main()
