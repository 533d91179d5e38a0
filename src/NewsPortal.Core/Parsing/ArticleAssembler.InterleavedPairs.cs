namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>Two articles a page prints in turn keep each its own order: an article's paragraph stopped mid-sentence
    /// goes on in that article's next paragraph (a word or a number across the break, a clause mark opening the next),
    /// and a dateline opens its article's text, after none of its paragraphs. Where the assembled page alternates
    /// between two headed articles (a run of paragraphs printed together that only the two hold, switching between them
    /// at least twice, the page's last pieces aside), the run's paragraphs are dealt out again as a whole: the labelling
    /// with the best score over the seams between each article's consecutive paragraphs, each paragraph's likeness to
    /// the two articles, the districts it names and its place as assembled, found by dynamic programming over the run.
    /// The likeness is bounded (<c>interleaveTopicCap</c>) to at most what the assembled place is worth
    /// (<c>interleaveKeep</c>), and a tie keeps the place: a paragraph moves only when a seam or a district says so, and
    /// a district (<c>interleavePlaceWeight</c>) only with the likeness or a seam on its side.</summary>
    private void RedealInterleavedPairs(List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters, BlockPlaces blockPlaces)
    {
        if (drafts.Count(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }) < 2) return;
        var owner = new Dictionary<ClassifiedBlock, ArticleDraft>();
        foreach (var draft in drafts)
            if (!draft.IsIndex)
                foreach (var block in BodyOrder(draft))
                    owner[block] = draft;
        var order = owner.Keys.OrderBy(b => b.Block.Index).ToList();
        // The page's last pieces are where pieces printed out of place go: they are not part of any run.
        var end = Math.Max(0, order.Count - knowledge.StrayEndPieces);
        var done = new HashSet<(ArticleDraft, ArticleDraft)>();
        var i = 0;
        while (i < end)
        {
            var first = owner[order[i]];
            var j = i + 1;
            while (j < end && ReferenceEquals(owner[order[j]], first)) j++;
            if (j >= end) break;
            var second = owner[order[j]];
            var k = j;
            var switches = 1;
            var lastRun = j;
            while (k + 1 < end && (ReferenceEquals(owner[order[k + 1]], first) || ReferenceEquals(owner[order[k + 1]], second)))
            {
                k++;
                if (!ReferenceEquals(owner[order[k]], owner[order[k - 1]]))
                {
                    switches++;
                    lastRun = k;
                }
            }
            if (switches >= 2 && k + 1 - i <= MaxRunParagraphs && first is { Headline: not null } && second is { Headline: not null } && done.Add((first, second)) && done.Add((second, first)))
            {
                var zone = order.GetRange(i, k + 1 - i);
                Redeal(zone, first, second, owner, similarity, characters, blockPlaces);
                i = lastRun;
            }
            else i = j;
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>Two articles printed in turn hold a few dozen paragraphs; a longer run is not dealt again, which keeps the
    /// dynamic programming's cost (the square of the run's length) bounded on any input.</summary>
    private const int MaxRunParagraphs = 80;

    /// <summary>Deals one run's paragraphs (in page order) between its two articles; <paramref name="owner"/> is kept up to date.</summary>
    private void Redeal(List<ClassifiedBlock> zone, ArticleDraft a, ArticleDraft b, Dictionary<ClassifiedBlock, ArticleDraft> owner,
        TopicSimilarity similarity, CharacterStatistics characters, BlockPlaces blockPlaces)
    {
        var n = zone.Count;
        var inZone = zone.ToHashSet();
        ArticleDraft[] sides = [a, b];
        var assembled = zone.Select(z => ReferenceEquals(owner[z], b) ? 1 : 0).ToArray();
        var fixedBlocks = sides.Select(d => d.Blocks.Where(x => !inZone.Contains(x)).ToList()).ToArray();
        // Each article's last paragraph before the run: the run's first paragraph of that article goes on from it.
        var before = sides.Select(d => BodyOrder(d).Where(x => !inZone.Contains(x) && x.Block.Index < zone[0].Block.Index)
            .MaxBy(x => x.Block.Index)).ToArray();
        var seam = new double[n, n];
        for (var t = 0; t < n; t++)
            for (var p = 0; p < t; p++)
                seam[p, t] = Seam(zone[p], zone[t], characters);
        double SeamFrom(int side, int p, int t) => p >= 0 ? seam[p, t] : before[side] is { } x ? Seam(x, zone[t], characters) : OpeningSeam(zone[t]);
        // Likeness of each paragraph to each article without it: the weighted share of its bigrams that only that
        // article holds (what both hold says nothing of which it is).
        var profiles = sides.Select((_, s) => TopicSimilarity.Bigrams(fixedBlocks[s].Concat(zone.Where((_, t) => assembled[t] == s)))).ToArray();
        var emit = new double[n, 2];
        for (var t = 0; t < n; t++)
        {
            var probe = TopicSimilarity.Bigrams([zone[t]]);
            var own = assembled[t];
            var without = TopicSimilarity.Bigrams(fixedBlocks[own].Concat(zone.Where((_, u) => assembled[u] == own && u != t)));
            var sets = own == 0 ? new[] { without, profiles[1] } : new[] { profiles[0], without };
            var likeness = new double[2];
            for (var s = 0; s < 2; s++)
            {
                var (mine, theirs) = (sets[s], sets[1 - s]);
                likeness[s] = similarity.WeightedCoverage(probe, g => mine.Contains(g) && !theirs.Contains(g));
            }
            for (var s = 0; s < 2; s++)
                emit[t, s] = knowledge.InterleaveTopicWeight * Math.Clamp(likeness[s] - likeness[1 - s], -knowledge.InterleaveTopicCap, knowledge.InterleaveTopicCap)
                             + (s == own ? knowledge.InterleaveKeep : 0);
        }
        // A paragraph naming a district that only one article names (in its headline or its text outside the run: the
        // fixed blocks hold both) is that article's: two articles printed in turn are most often about two places.
        HashSet<string>[]? placesOf = null;
        for (var t = 0; t < n; t++)
        {
            var named = blockPlaces.Of(zone[t]);
            if (named.Count == 0) continue;
            placesOf ??= fixedBlocks.Select(blocks => blocks.SelectMany(blockPlaces.Of).ToHashSet()).ToArray();
            for (var s = 0; s < 2; s++)
                if (named.Overlaps(placesOf[s]) && !named.Overlaps(placesOf[1 - s])) emit[t, s] += knowledge.InterleavePlaceWeight;
        }
        var label = BestLabels(n, emit, SeamFrom, out var best);
        // A tie keeps the page as assembled: the likeness at its bound is worth exactly what the place is.
        var kept = 0.0;
        for (var t = 0; t < n; t++)
        {
            var previous = t == 0 ? -1 : Array.LastIndexOf(assembled, assembled[t], t - 1);
            kept += emit[t, assembled[t]] + SeamFrom(assembled[t], previous, t);
        }
        if (best <= kept + 1e-9) return;
        for (var t = 0; t < n; t++)
        {
            var to = sides[label[t]];
            if (ReferenceEquals(owner[zone[t]], to)) continue;
            var from = owner[zone[t]];
            var moved = Isolate(zone[t], from);
            from.Pieces.Remove(moved);
            moved.Owner = to;
            var at = to.Pieces.FindIndex(p => ArticleDraft.BlocksOf(p).FirstOrDefault() is { } f && f.Block.Index > zone[t].Block.Index);
            to.Pieces.Insert(at < 0 ? to.Pieces.Count : at, moved);
            owner[zone[t]] = to;
        }
    }

    /// <summary>How well a paragraph goes on from its article's paragraph before it: a sentence stopped mid-way goes on
    /// in the next paragraph (a word of general Chinese across the break, the more when the page prints it elsewhere; a
    /// number cut at the break; a clause mark opening the next), a finished one is not followed by a clause mark; a
    /// dateline opens an article and follows none of its paragraphs.</summary>
    private double Seam(ClassifiedBlock previous, ClassifiedBlock block, CharacterStatistics characters)
    {
        var weight = knowledge.InterleaveSeamWeight;
        if (block.Kind == BlockKind.Lead || block.OpensWithDate) return -weight;
        var text = block.Text;
        var opensWithMark = HanText.OpensWithClauseMark(text);
        if (previous.Block.EndsSentence) return opensWithMark ? -weight : 0;
        if (previous.Text.Length == 0 || text.Length == 0) return 0;
        if (opensWithMark) return weight;
        if (char.IsAsciiDigit(previous.Text[^1]) && (char.IsAsciiDigit(text[0]) || text[0] is '.' or '%' or '．' or '％')) return weight;
        if (!HanText.IsHan(previous.Text[^1]) || !HanText.IsHan(text[0]) || !TermWeights.Default.IsWord(previous.Text[^1], text[0])) return 0;
        return characters.JoinsWord(previous.Text, text, minimum: 1) ? weight : weight / 2;
    }

    /// <summary>The run's first paragraph of an article with nothing of it before: a clause mark cannot open it.</summary>
    private double OpeningSeam(ClassifiedBlock block) =>
        HanText.OpensWithClauseMark(block.Text) ? -knowledge.InterleaveSeamWeight : 0;

    /// <summary>The labelling of the run's paragraphs (0: the first article, 1: the second) with the highest score, by
    /// dynamic programming over (paragraph, side, length of the side's current run): the run's length says which
    /// paragraph the other side's next one goes on from.</summary>
    private static int[] BestLabels(int n, double[,] emit, Func<int, int, int, double> seamFrom, out double best)
    {
        var width = n + 1;
        var score = new double[n, 2 * width];
        var back = new int[n, 2 * width];
        for (var t = 0; t < n; t++)
            for (var q = 0; q < 2 * width; q++)
                score[t, q] = double.NegativeInfinity;
        for (var s = 0; s < 2; s++) score[0, s * width + 1] = emit[0, s] + seamFrom(s, -1, 0);
        for (var t = 1; t < n; t++)
            for (var s = 0; s < 2; s++)
                for (var r = 1; r <= t; r++)
                {
                    var from = score[t - 1, s * width + r];
                    if (double.IsNegativeInfinity(from)) continue;
                    // The same side goes on from its paragraph just before, or the other from its own last one.
                    Relax(t, s * width + r + 1, from + seamFrom(s, t - 1, t) + emit[t, s], s * width + r);
                    var o = 1 - s;
                    Relax(t, o * width + 1, from + seamFrom(o, t - 1 - r, t) + emit[t, o], s * width + r);
                }
        var end = 0;
        for (var q = 1; q < 2 * width; q++)
            if (score[n - 1, q] > score[n - 1, end]) end = q;
        best = score[n - 1, end];
        var labels = new int[n];
        for (int t = n - 1, q = end; t >= 0; q = back[t, q], t--) labels[t] = q / width;
        return labels;

        void Relax(int t, int q, double value, int from)
        {
            if (value <= score[t, q]) return;
            score[t, q] = value;
            back[t, q] = from;
        }
    }
}
