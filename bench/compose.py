#!/usr/bin/env python3
"""Composes new practice pages with their gold: a held-out check of the parser on other article combinations.

    python3 bench/compose.py --count 60 --seed 1 --out /tmp/composed [--layout no-blank-lines]
    python3 bench/compose.py --count 16 --seed 1 --out /tmp/again --groupings practice   (the 16 pages' own groupings)
    python3 bench/compose.py --count 60 --seed 1 --out /tmp/composed --check             (gold validated, then scored
                                                                                          against a perfect parse)

Page i is drawn from seed S+i alone (`seed-0017.txt` is the same page whatever --count), from the 48 articles of
tests/devpages/articles.jsonl, and written as DIR/seed-NNNN.txt with DIR/seed-NNNN.json in the shape score.py reads
(tests/gold/SCHEMA.md): per article its title and anchors (6-24 characters, each once on the page even with all
whitespace removed, in reading order, at least one per piece of six letters or more), entities and figures empty,
the edition's paper and date null as on the practice pages. --layout re-lays the page with bench/layouts.py's
variant of that name after composing; the anchors are chosen on the final text.

The recipe, read off the 16 practice pages (tests/devpages) by aligning every printed line with its article's
fields (61 articles, 327 paragraphs):

- Articles per page: 3 on 7 pages, 4 on 5, 5 on 4. No furniture: no paper name or date line, no continuation
  marker, nothing that is not an article's text; the edition is null on every gold page.
- An article prints as logical lines: title, subtitles (kicker `经济时评` or deck `——…`), byline, then one line
  per paragraph. A dateline (`本报讯（记者 罗成）`, `新华社重庆…电（…）`, `据新华社`) is printed at the start of
  the first paragraph's line (10 of 10). A source line `（来源：…）` is a paragraph of the source.
- Byline before the title (`记者 谭云飞` / headline / body): 15 of the 39 articles with a byline, 9 of them with
  the headline still at the top (9 of 33: BYLINE_BEFORE_TITLE), the others because the headline moved; after
  the title and subtitles 23; once at the very end of the page.
- Headline printed after the first paragraphs of its body: 12 of 61 (after 1 paragraph 2, 2: 5, 3: 3, 4: 1,
  at the very end of the page 1); its subtitles go with it (30 of 32 subtitles follow their title; 2 land
  elsewhere, one at the page's end).
- Column breaks: 83 of 327 paragraphs (25%) are cut in two, between 30% and 67% of their length, nearly always
  mid-text (68 cuts have no punctuation at the break, e.g. `电驱电` | `控、`, `企业2` | `3家`; 14 break next to a
  comma or full stop). The tail is the article's next line (72, some of them with the other article's lines
  of an interleaved pair between), is printed among the page's last lines (6), or the head is, after its tail (5).
- The page's last lines are where pieces out of place go: at least 13 of 16 pages end with some. Paragraphs out of
  order: 17 in 61 articles (one in 9 articles, two in 4), each to the page's last 0-4 lines (`P1 P2 P3 … P0`,
  `… P6 P5 P0`), after other articles' pieces; cut tails or heads and stray subtitles or bylines join them there.
- Articles are laid one after another in random order; on 8 of 16 pages two of them are interleaved in runs of
  one to four lines (`0 1 0 1 0 1`, headline groups too: `T0 T1 B0 B1`), on 2 of those a second pair too. The
  composer interleaves a pair on 10 of 16 pages: with 8 of 16 its pages alternated less than the practice pages
  (a third of them had two alternations or more, against half; 4.0 article switches a page against 5.1).
- Every logical line is followed by one blank line (the page ends with `\\n\\n`, no leading blank).
- 7 of 16 pages are hard-wrapped at 17 characters: every logical line is cut every 17 characters, wherever that
  falls (a 20-letter title prints as 17 + 3).

A composed page draws its articles so that no two of them shared a practice page (other combinations), unless
--groupings practice asks for the practice pages' own groupings (the sanity check: those pages, scrambled anew,
should score about like the practice pages). Stdlib only.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layouts  # noqa: E402  (bench/layouts.py: the layout variants)

ARTICLES_PER_PAGE = {3: 7, 4: 5, 5: 4}
BYLINE_BEFORE_TITLE = 9 / 33
LATE_BYLINE = 1 / 39
LATE_TITLE = 12 / 61
TITLE_AFTER_PARAGRAPHS = {1: 2, 2: 5, 3: 3, 4: 1}
STRAY_SUBTITLE = 2 / 32
CUT = 83 / 327
CUT_AT = (0.30, 0.67)
CUT_MIN_LETTERS = 24
TAIL = {"next": 72, "end of page": 6, "head at end of page": 5}
MOVED_PARAGRAPHS = {0: 48, 1: 9, 2: 4}
INTERLEAVED_PAIR = 10 / 16
SECOND_INTERLEAVED_PAIR = 2 / 8
INTERLEAVE_RUN = {1: 10, 2: 6, 3: 3, 4: 1}
WRAPPED = 7 / 16
WRAP = 17
ANCHOR_EVERY = 40


SCRAMBLES = {
    "byline-first": ["BYLINE_BEFORE_TITLE"],
    "late-title": ["LATE_TITLE"],
    "stray-lines": ["STRAY_SUBTITLE", "LATE_BYLINE"],
    "cut": ["CUT"],
    "tail-away": [],
    "moved-paragraphs": [],
    "interleave": ["INTERLEAVED_PAIR"],
    "wrap-17": ["WRAPPED"],
}


def without(names):
    """Turns scrambles off (for finding which one breaks the parser): their probabilities become zero."""
    for name in names:
        for constant in SCRAMBLES[name]:
            globals()[constant] = 0
        if name == "tail-away":
            TAIL.update({k: 0 for k in TAIL if k != "next"})
        if name == "moved-paragraphs":
            MOVED_PARAGRAPHS.update({k: 0 for k in MOVED_PARAGRAPHS if k})


def weighted(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def norm(s):
    """score.py's comparison form: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


class Piece:
    """One logical line of the page: an article's field or part of a paragraph. `order` is its place in the
    article's reading order (title, subtitles, byline, then paragraphs and their parts)."""

    def __init__(self, article, order, text, kind):
        self.article, self.order, self.text, self.kind = article, order, text, kind
        self.mover = False
        self.tags = set()  # the scrambles that touched it, for the trace

    def __repr__(self):
        return f"{self.article}{self.kind}{self.order}"


def article_lines(a, art, rng):
    """An article's pieces in print order, with its own scrambles (byline, headline, column breaks)."""
    title = [Piece(a, (0,), art["title"], "T")]
    subs = [Piece(a, (1, k), s, "S") for k, s in enumerate(art["subtitles"])]
    byline = [Piece(a, (2,), art["byline"], "B")] if art["byline"].strip() else []
    for s in subs:
        s.mover = rng.random() < STRAY_SUBTITLE
    if byline:
        byline[0].mover = rng.random() < LATE_BYLINE
    head = title + subs + byline
    if byline and rng.random() < BYLINE_BEFORE_TITLE:
        head = byline + title + subs
        byline[0].tags.add("byline-first")
    body = []
    for p, text in enumerate(art["paragraphs"]):
        if p == 0 and art["dateline"]:
            text = art["dateline"] + text
        if len(text) >= CUT_MIN_LETTERS and rng.random() < CUT:
            at = int(len(text) * rng.uniform(*CUT_AT))
            first, rest = Piece(a, (3, p, 0), text[:at], "P"), Piece(a, (3, p, 1), text[at:], "P")
            place = weighted(rng, TAIL)
            first.mover = place == "head at end of page"
            rest.mover = place == "end of page"
            first.tags.add("cut-head")
            rest.tags.add("cut-tail")
            body.append([first, rest])
        else:
            body.append([Piece(a, (3, p, 0), text, "P")])
    for _ in range(weighted(rng, MOVED_PARAGRAPHS)):
        whole = [b for b in body if len(b) == 1 and not b[0].mover]
        if whole:
            rng.choice(whole)[0].mover = True
    lines = [p for b in body for p in b]
    if rng.random() < LATE_TITLE:
        moved = [x for x in head if x.kind in "TS"]
        rest = [x for x in head if x.kind not in "TS"]
        k = min(weighted(rng, TITLE_AFTER_PARAGRAPHS), max(1, len(lines) - 1))
        for x in moved:
            x.tags.add("late-title")
        return rest + lines[:k] + moved + lines[k:]
    return head + lines


def interleave(rng, x, y):
    for p in x + y:
        p.tags.add("interleaved")
    out, turn = [], 0
    x, y = list(x), list(y)
    while x or y:
        src = (x, y)[turn] or (y, x)[turn]
        n = weighted(rng, INTERLEAVE_RUN)
        out.extend(src[:n])
        del src[:n]
        turn = 1 - turn
    return out


def compose(articles, chosen, rng):
    """The page's logical lines: articles in random order, maybe two pairs interleaved, and the pieces that were
    moved (whole paragraphs, cut tails or heads, stray subtitles and bylines) at the end of the page."""
    order = list(chosen)
    rng.shuffle(order)
    blocks = [article_lines(a, articles[a], rng) for a in order]
    if len(blocks) >= 2 and rng.random() < INTERLEAVED_PAIR:
        pairs = 2 if len(blocks) >= 4 and rng.random() < SECOND_INTERLEAVED_PAIR else 1
        starts = rng.sample(range(0, len(blocks) - 1, 2), pairs) if pairs == 2 else [rng.randrange(len(blocks) - 1)]
        for s in sorted(starts, reverse=True):
            blocks[s:s + 2] = [interleave(rng, blocks[s], blocks[s + 1])]
    seq = [p for b in blocks for p in b]
    movers = [p for p in seq if p.mover]
    for m in movers:
        m.tags.add("end-of-page")
    rng.shuffle(movers)
    return [p for p in seq if not p.mover] + movers


def render(seq, wrap):
    lines = []
    for p in seq:
        text = p.text
        if wrap:
            lines.extend(text[i:i + wrap] for i in range(0, len(text), wrap))
        else:
            lines.append(text)
        lines.append("")
    return "\n".join(lines) + "\n"


def anchors_for(text, seq):
    """Per piece, anchors chosen on the final text: at its start, every ANCHOR_EVERY letters, and at the end of a
    paragraph's first part; each within one printed line, 6-24 characters, once on the page (raw and normalised)."""
    raw_at = [i for i, c in enumerate(text) if not c.isspace()]
    stripped = "".join(text[i] for i in raw_at)
    page_norm = norm(text)
    spans, pos = [], 0
    for p in seq:
        s = "".join(c for c in p.text if not c.isspace())
        assert stripped.startswith(s, pos), f"piece {p!r} not where expected"
        spans.append((pos, pos + len(s)))
        pos += len(s)

    def anchor(lo, hi, start, from_end=False):
        lengths = list(range(10, 25)) + [9, 8, 7, 6]
        for shift in range(0, 8):
            for n in lengths:
                a = (hi - n - shift) if from_end else (start + shift)
                if a < lo or a + n > hi:
                    continue
                raw = text[raw_at[a]:raw_at[a + n - 1] + 1]
                if "\n" in raw or "\r" in raw or not 6 <= len(raw) <= 24:
                    continue
                if text.count(raw) == 1 and page_norm.count(norm(raw)) == 1:
                    return a, raw
        return None

    found = {}
    for p, (lo, hi) in zip(seq, spans):
        picks = []
        for start in range(lo, max(lo + 1, hi - 12), ANCHOR_EVERY):
            got = anchor(lo, hi, start)
            if got and all(got[0] != q[0] for q in picks):
                picks.append(got)
        if p.kind == "P" and p.order[2] == 0 and hi - lo > ANCHOR_EVERY:
            got = anchor(lo, hi, hi, from_end=True)
            if got and all(abs(got[0] - q[0]) >= 6 for q in picks):
                picks.append(got)
        found[id(p)] = sorted(picks)
    return found


def gold_for(name, articles, chosen, seq, text):
    found = anchors_for(text, seq)
    out = []
    for k, a in enumerate(chosen):
        art = articles[a]
        mine = sorted((p for p in seq if p.article == a), key=lambda p: p.order)
        out.append({
            "id": f"{name}-{k + 1}", "title": art["title"], "subtitles": art["subtitles"], "kind": "news",
            "source": art["paper"], "dateline": art["dateline"], "reporters": [], "event_date": None,
            "complete": True, "continued": None,
            "anchors": [raw for p in mine for _, raw in found[id(p)]],
            "districts": [], "clusters": [], "industries": [], "organizations": [], "people": [], "metrics": [],
        })
    missing = [p for p in seq if not found[id(p)] and len(norm(p.text)) >= 6]
    trace = [{"article": chosen.index(p.article), "field": p.kind, "order": list(p.order), "tags": sorted(p.tags),
              "text": p.text[:16], "anchors": [raw for _, raw in found[id(p)]]} for p in seq]
    return {"file": name + ".txt", "edition": {"paper": None, "date": None, "date_basis": "composed page"},
            "articles": out}, missing, trace


def perfect_parse(name, articles, chosen, seq):
    """What a parser that got everything right would print: the self-check's other half."""
    arts = []
    for a in chosen:
        mine = sorted((p for p in seq if p.article == a), key=lambda p: p.order)
        arts.append({"title": articles[a]["title"], "body": "\n".join(p.text for p in mine if p.kind != "T")})
    return {"file": name + ".txt", "edition": {"paper": None, "date": None}, "articles": arts}


def practice_groupings(gold_dir, articles):
    index = {a["title"]: i for i, a in enumerate(articles)}
    groups = []
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            groups.append(sorted(index[g["title"]] for g in gold["articles"]))
    return groups


def draw_articles(rng, n_articles, groups):
    together = {(a, b) for g in groups for a in g for b in g if a != b}
    for _ in range(10000):
        chosen = rng.sample(range(n_articles), weighted(rng, ARTICLES_PER_PAGE))
        if not any((a, b) in together for a in chosen for b in chosen):
            return chosen
    raise RuntimeError("no combination apart from the practice groupings")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--layout", default="original", choices=[n for n, _ in layouts.variants()])
    ap.add_argument("--groupings", choices=["other", "practice"], default="other")
    ap.add_argument("--articles", default=os.path.join(ROOT, "tests/devpages/articles.jsonl"))
    ap.add_argument("--practice-gold", default=os.path.join(ROOT, "tests/devpages/gold"))
    ap.add_argument("--without", default="", help="scrambles to leave out, comma-separated: " + ", ".join(SCRAMBLES))
    ap.add_argument("--trace", action="store_true",
                    help="also write DIR/seed-NNNN.trace: every printed piece, its article and the scrambles that touched it")
    ap.add_argument("--check", action="store_true", help="validate every gold file and score it against a perfect parse")
    args = ap.parse_args()
    without([n for n in args.without.split(",") if n])
    articles = [json.loads(line) for line in open(args.articles, encoding="utf-8") if line.strip()]
    groups = practice_groupings(args.practice_gold, articles)
    options = dict(layouts.variants())[args.layout]
    os.makedirs(args.out, exist_ok=True)
    problems = 0
    for page_seed in range(args.seed, args.seed + args.count):
        rng = random.Random(page_seed)
        name = f"seed-{page_seed:04d}"
        if args.groupings == "practice":
            chosen = list(groups[(page_seed - 1) % len(groups)])
        else:
            chosen = draw_articles(rng, len(articles), groups)
        seq = compose(articles, chosen, rng)
        wrapped = rng.random() < WRAPPED
        text = render(seq, WRAP if wrapped else None)
        if args.layout != "original":
            text = layouts.relay(text, **options)
        gold, missing, trace = gold_for(name, articles, chosen, seq, text)
        with open(os.path.join(args.out, name + ".txt"), "wb") as f:
            f.write(layouts.encode(text, options.get("encoding", "utf-8")))
        with open(os.path.join(args.out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        if args.trace:
            with open(os.path.join(args.out, name + ".trace"), "w", encoding="utf-8") as f:
                f.write(json.dumps({"wrapped": wrapped, "layout": args.layout}) + "\n")
                f.writelines(json.dumps(piece, ensure_ascii=False) + "\n" for piece in trace)
        if args.check:
            problems += check(name, text, gold, perfect_parse(name, articles, chosen, seq), missing)
    if args.check:
        print(f"{args.count} pages checked, {problems} problems")
        sys.exit(1 if problems else 0)


def check(name, text, gold, perfect, missing):
    sys.path.insert(0, os.path.join(ROOT, "tests/gold"))
    import score as scorer  # noqa: E402  (tests/gold/score.py)
    for p in missing:
        print(f"{name}: note: no unique anchor for the piece {p.text[:12]!r} (printed twice on the page)")
    problems = []
    seen = set()
    for art in gold["articles"]:
        for a in art["anchors"]:
            if not 6 <= len(a) <= 24 or text.count(a) != 1 or a in seen:
                problems.append(f"anchor {a!r}: {len(a)} characters, {text.count(a)} times")
            seen.add(a)
    result, _ = scorer.score(gold, perfect)
    for metric in ("article_f1", "anchor_recall", "reading_order"):
        if result[metric] != 1.0:
            problems.append(f"perfect parse scores {metric} {result[metric]}")
    if result["fields"]["title"] != 1.0:
        problems.append(f"perfect parse scores title {result['fields']['title']}")
    for p in problems:
        print(f"{name}: {p}")
    return len(problems)


if __name__ == "__main__":
    main()
