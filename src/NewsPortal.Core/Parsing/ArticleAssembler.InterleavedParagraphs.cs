namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>Two articles printed in turn leave a whole paragraph of one inside the other's text, glued there by the
    /// page's order. A paragraph that ends a sentence, after paragraphs of its article that all end theirs (no cut may
    /// go on in it), not its article's first, goes to the headed article it is far more like: a weighted cosine of at
    /// least <c>interleavedParagraphMinLikeness</c> with that article, and <c>interleavedParagraphLikeness</c> times
    /// its cosine with the rest of its own. It goes in page order among that article's paragraphs. A paragraph stays
    /// when other evidence holds it: it points back (这家企业…), its article's closing line is printed under it, it
    /// names a district the other article never names, or the rest of its article prints at least
    /// <c>interleavedParagraphOwnShare</c> of its letter pairs (read without weights, before anything is weighed: most
    /// paragraphs of most pages stop there).</summary>
    private void MoveInterleavedParagraphs(List<ArticleDraft> drafts, BlockPlaces blockPlaces)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        var candidates = articles.Select(WholeParagraphs).ToList();
        if (candidates.All(c => c.Count == 0)) return;
        var pairs = new PairBuckets?[articles.Count];
        PairBuckets PairsOf(int a) => pairs[a] ??= PairBuckets.Of(articles[a].Blocks);
        // Counted (weighed) only for a paragraph its own article says little of, and for the articles it may reach.
        CountedBigrams? counted = null;
        var bags = new Dictionary<ClassifiedBlock, int[]>(ReferenceEqualityComparer.Instance);
        int[] BagOf(ClassifiedBlock block)
        {
            if (bags.TryGetValue(block, out var bag)) return bag;
            counted ??= new CountedBigrams(articles.Sum(d => d.Blocks.Sum(b => b.Text.Length)));
            return bags[block] = counted.Of(block.Text).Numbers;
        }
        var texts = new ArticleBigrams?[articles.Count];
        ArticleBigrams TextOf(int a) => texts[a] ??= new ArticleBigrams(articles[a].Blocks.Select(BagOf).ToList(), counted!);
        for (var a = 0; a < articles.Count; a++)
        {
            var draft = articles[a];
            foreach (var paragraph in candidates[a])
            {
                var share = PairsOf(a).ShareBeyond(paragraph.Text);
                if (share >= knowledge.InterleavedParagraphOwnShare) continue;
                var bag = BagOf(paragraph);
                double weight = 0;
                foreach (var n in bag) weight += counted!.WeightOf(n) * counted.WeightOf(n);
                if (weight == 0) continue;
                var ownLike = TextOf(a).CosineWithout(bag, weight);
                var floor = Math.Max(knowledge.InterleavedParagraphMinLikeness, knowledge.InterleavedParagraphLikeness * ownLike);
                var home = -1;
                var like = 0.0;
                for (var o = 0; o < articles.Count; o++)
                {
                    if (o == a) continue;
                    // At most the share of the paragraph's weight on the pairs the article may hold (Cauchy–Schwarz):
                    // an article that cannot reach the floor is not counted.
                    double held = 0;
                    foreach (var n in bag)
                        if (PairsOf(o).MayHold(counted!.BigramOf(n))) held += counted.WeightOf(n) * counted.WeightOf(n);
                    if (Math.Sqrt(held / weight) * (1 + 1e-9) < Math.Max(floor, like)) continue;
                    var cosine = TextOf(o).Cosine(bag, weight);
                    if (cosine > like) (home, like) = (o, cosine);
                }
                if (home < 0 || like < floor) continue;
                var named = blockPlaces.Of(paragraph);
                if (named.Count > 0 && !named.All(place => articles[home].Blocks.Any(b => blockPlaces.Of(b).Contains(place)))) continue;
                var homeBody = BodyOrder(articles[home]);
                if (homeBody.Count == 0) continue;
                var before = homeBody.LastOrDefault(b => b.Block.Index < paragraph.Block.Index);
                MoveBlock(paragraph, draft, articles[home], before ?? homeBody[0], after: before is not null);
                pairs[a] = pairs[home] = null;
                texts[a] = texts[home] = null;
            }
        }
        counted?.Release();
    }

    /// <summary>The draft's paragraphs that may have been left in it by another article printed in turn: whole
    /// paragraphs (each ends a sentence, and so does every paragraph of the article before it), not its first, not
    /// pointing back, not over a closing line.</summary>
    private List<ClassifiedBlock> WholeParagraphs(ArticleDraft draft)
    {
        var body = BodyOrder(draft);
        var found = new List<ClassifiedBlock>();
        if (body.Count < 2 || !body[0].Block.EndsSentence) return found;
        var closed = ClosedParagraphs(draft);
        for (var i = 1; i < body.Count && body[i].Block.EndsSentence; i++)
            if (body[i].Kind == BlockKind.Body && !knowledge.OpensPointingBack(body[i].Text) && !closed.Contains(body[i]))
                found.Add(body[i]);
        return found;
    }

    /// <summary>The paragraphs printed right over one of the draft's closing lines (（记者 李明）).</summary>
    private static HashSet<ClassifiedBlock> ClosedParagraphs(ArticleDraft draft)
    {
        var closed = new HashSet<ClassifiedBlock>(ReferenceEqualityComparer.Instance);
        ClassifiedBlock? previous = null;
        foreach (var block in draft.Blocks)
        {
            if (block.Kind == BlockKind.ClosingByline && previous is { IsBody: true }) closed.Add(previous);
            previous = block;
        }
        return closed;
    }

    /// <summary>An article's bigrams (binary: each weighs its term weight once), as how many of its blocks hold each
    /// number of the page's <see cref="CountedBigrams"/>: a paragraph is weighed against it, with or without the
    /// paragraph's own block, by reading only the paragraph's numbers.</summary>
    private sealed class ArticleBigrams
    {
        private readonly int[] _holders;
        private readonly CountedBigrams _counted;
        private readonly double _norm;

        public ArticleBigrams(List<int[]> blocks, CountedBigrams counted)
        {
            _counted = counted;
            _holders = new int[counted.Numbered];
            foreach (var bag in blocks)
                foreach (var n in bag)
                    if (_holders[n]++ == 0) _norm += counted.WeightOf(n) * counted.WeightOf(n);
        }

        private int Held(int n) => n < _holders.Length ? _holders[n] : 0;

        /// <summary>The cosine of a block's bigrams (numbers, their squared weights summing to <paramref name="weight"/>) and the article's.</summary>
        public double Cosine(int[] bag, double weight)
        {
            double shared = 0;
            foreach (var n in bag)
                if (Held(n) > 0) shared += _counted.WeightOf(n) * _counted.WeightOf(n);
            return _norm == 0 ? 0 : shared / Math.Sqrt(weight * _norm);
        }

        /// <summary>The same against the article without one of its blocks (the block's bigrams no other block holds are left out).</summary>
        public double CosineWithout(int[] bag, double weight)
        {
            double shared = 0, alone = 0;
            foreach (var n in bag)
            {
                var w = _counted.WeightOf(n) * _counted.WeightOf(n);
                if (Held(n) > 1) shared += w;
                else alone += w;
            }
            var rest = _norm - alone;
            return rest <= 0 ? 0 : shared / Math.Sqrt(weight * rest);
        }
    }

    /// <summary>How many letter pairs of some texts fall in each of 8,192 buckets (by hash, up to 255): which pairs the
    /// texts may hold, read without a table of bigrams or any term weight (a few times cheaper than counting them).</summary>
    private sealed class PairBuckets
    {
        private const int Bits = 13;
        private readonly byte[] _counts = new byte[1 << Bits];
        // The buckets of the text last asked about, one a pair.
        [ThreadStatic]
        private static int[]? t_pairs;

        public static PairBuckets Of(IEnumerable<ClassifiedBlock> blocks)
        {
            var buckets = new PairBuckets();
            var counts = buckets._counts;
            foreach (var block in blocks)
            {
                var previous = '\0';
                foreach (var c in block.Text)
                {
                    if (!HanText.IsHan(c))
                    {
                        if (TopicSimilarity.IsBigramLetter(c)) previous = c;
                        continue;
                    }
                    if (HanText.IsHan(previous))
                    {
                        ref var count = ref counts[Hash(previous << 16 | c)];
                        if (count < byte.MaxValue) count++;
                    }
                    previous = c;
                }
            }
            return buckets;
        }

        public bool MayHold(int bigram) => _counts[Hash(bigram)] > 0;

        /// <summary>The share of the text's letter pairs these buckets may hold beyond what the text's own pairs put
        /// there (the text is one of those the buckets were read from).</summary>
        public double ShareBeyond(string text)
        {
            var pairs = Pairs(text, out var count);
            if (count == 0) return 0;
            var counts = _counts;
            // The text's own pairs taken out, the share read, and they are put back.
            for (var i = 0; i < count; i++)
                if (counts[pairs[i]] < byte.MaxValue) counts[pairs[i]]--;
            var held = 0;
            for (var i = 0; i < count; i++)
                if (counts[pairs[i]] > 0) held++;
            for (var i = 0; i < count; i++)
                if (counts[pairs[i]] < byte.MaxValue) counts[pairs[i]]++;
            return (double)held / count;
        }

        /// <summary>The buckets of the text's pairs of Han letters, paired as <see cref="BigramPresence"/> pairs them.</summary>
        private static int[] Pairs(string text, out int count)
        {
            var pairs = t_pairs is { } held && held.Length >= text.Length ? held : t_pairs = new int[Math.Max(256, text.Length)];
            count = 0;
            var previous = '\0';
            foreach (var c in text)
            {
                if (!HanText.IsHan(c))
                {
                    if (TopicSimilarity.IsBigramLetter(c)) previous = c;
                    continue;
                }
                if (HanText.IsHan(previous)) pairs[count++] = Hash(previous << 16 | c);
                previous = c;
            }
            return pairs;
        }

        private static int Hash(int bigram) => (int)((uint)bigram * 2654435769u >> (32 - Bits));
    }
}
