using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// paragraphs of most pages stop there). Nothing is counted either while no other article may reach the likeness
    /// needed: each article's cosine is bounded from its buckets first, its pairs weighed at their least.</summary>
    private void MoveInterleavedParagraphs(List<ArticleDraft> drafts, BlockPlaces blockPlaces)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        var candidates = articles.Select(WholeParagraphs).ToList();
        if (candidates.All(c => c.Count == 0)) return;
        var pairs = new PairBuckets?[articles.Count];
        // Every article's buckets made in this pass, handed back at its end.
        var taken = new List<PairBuckets>();
        PairBuckets PairsOf(int a)
        {
            if (pairs[a] is { } held) return held;
            var buckets = PairBuckets.Of(articles[a].Blocks);
            taken.Add(buckets);
            return pairs[a] = buckets;
        }
        // At most each other article's cosine with the paragraph: the weight of the paragraph's pairs the article may
        // hold, over the norms of the paragraph and of the article's pairs weighed at their least (both bounds taken
        // the generous way). Read without counting anything.
        var reach = new double[articles.Count];
        double ReachOf(string text, int own)
        {
            Array.Clear(reach);
            // The paragraph's distinct letter pairs with their term weights (a pair with a digit or a Latin letter weighs 0).
            var set = BigramSet.Of(text, int.MaxValue);
            var bigrams = set.Items;
            var weights = set.Weights;
            var weight = set.SquaredNorm;
            if (weight == 0) return 0;
            double most = 0;
            for (var o = 0; o < articles.Count; o++)
            {
                if (o == own) continue;
                var buckets = PairsOf(o);
                double held = 0;
                for (var i = 0; i < bigrams.Length; i++)
                    if (buckets.MayHold(bigrams[i])) held += weights[i] * weights[i];
                // The article's norm is at least the weight it shares, so the cosine is at most √(held / weight): below
                // the least likeness its norm is not read. Either bound of the norm (the weight held, at least the
                // weight shared, or the pairs at their least) bounds the cosine, so the larger does.
                if (held == 0 || Math.Sqrt(held / weight) * (1 + 1e-9) < knowledge.InterleavedParagraphMinLikeness) continue;
                reach[o] = held / Math.Sqrt(weight * Math.Max(held, buckets.LeastNorm)) * (1 + 1e-9);
                most = Math.Max(most, reach[o]);
            }
            return most;
        }
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
                var share = PairsOf(a).ShareBeyond(paragraph);
                if (share >= knowledge.InterleavedParagraphOwnShare) continue;
                // Nothing is counted unless some article may reach the least likeness (most paragraphs that get here
                // are their own article's, with words none of the others print), and the others only when one may
                // reach the floor the paragraph's own article sets.
                var most = ReachOf(paragraph.Text, a);
                if (most < knowledge.InterleavedParagraphMinLikeness) continue;
                var bag = BagOf(paragraph);
                double weight = 0;
                foreach (var n in bag) weight += counted!.WeightOf(n) * counted.WeightOf(n);
                if (weight == 0) continue;
                var ownLike = TextOf(a).CosineWithout(bag, weight);
                var floor = Math.Max(knowledge.InterleavedParagraphMinLikeness, knowledge.InterleavedParagraphLikeness * ownLike);
                if (most < floor) continue;
                var home = -1;
                var like = 0.0;
                for (var o = 0; o < articles.Count; o++)
                {
                    // An article whose bound cannot reach the floor (or the best so far) is not counted.
                    if (o == a || reach[o] < Math.Max(floor, like)) continue;
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
        foreach (var buckets in taken) buckets.Release();
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
    /// texts may hold, read without a table of bigrams or any term weight (a few times cheaper than counting them). Each
    /// text's pairs are kept in page order, so a text's share is read without reading it again. The arrays are the
    /// thread's, taken again once <see cref="Release"/>d.</summary>
    private sealed class PairBuckets
    {
        private const int Bits = 13;
        private readonly byte[] _counts;
        // The texts the buckets were read from, each text's pairs (packed) in page order, and where each text's end.
        private readonly List<ClassifiedBlock> _blocks;
        private readonly int[] _bigrams;
        private readonly int[] _ends;
        private double _leastNorm = -1;
        [ThreadStatic]
        private static Stack<(byte[] Counts, int[] Bigrams)>? t_free;

        private PairBuckets(List<ClassifiedBlock> blocks, int letters)
        {
            _blocks = blocks;
            _ends = new int[blocks.Count];
            if (t_free is { Count: > 0 } free)
            {
                (_counts, _bigrams) = free.Pop();
                Array.Clear(_counts);
            }
            else
            {
                (_counts, _bigrams) = (new byte[1 << Bits], []);
            }
            if (_bigrams.Length < letters) _bigrams = new int[Math.Max(letters, 2 * _bigrams.Length)];
        }

        /// <summary>Hands the arrays to the thread's next buckets (the instance is not read after); the pairs of a huge
        /// text, and the arrays of a page of very many articles past the first few dozen, are let go instead, so one such
        /// page does not leave the thread holding their memory.</summary>
        public void Release()
        {
            var free = t_free ??= new();
            if (free.Count < MostArticlesKept) free.Push((_counts, _bigrams.Length <= MostPairsKept ? _bigrams : []));
        }

        private const int MostPairsKept = 1 << 18;
        private const int MostArticlesKept = 64;

        public static PairBuckets Of(IEnumerable<ClassifiedBlock> blocks)
        {
            var list = blocks as List<ClassifiedBlock> ?? blocks.ToList();
            var letters = 0;
            foreach (var block in list) letters += block.Text.Length;
            var buckets = new PairBuckets(list, letters);
            ref var counts = ref MemoryMarshal.GetArrayDataReference(buckets._counts);
            var bigrams = buckets._bigrams;
            var ends = buckets._ends;
            var at = 0;
            for (var b = 0; b < list.Count; b++)
            {
                var previous = '\0';
                foreach (var c in list[b].Text)
                {
                    if (!BigramSet.IsLetter(c)) continue;
                    if (HanText.IsHan(c) && HanText.IsHan(previous))
                    {
                        var bigram = previous << 16 | c;
                        bigrams[at++] = bigram;
                        ref var count = ref Unsafe.Add(ref counts, Hash(bigram));
                        if (count < byte.MaxValue) count++;
                    }
                    previous = c;
                }
                ends[b] = at;
            }
            return buckets;
        }

        /// <summary>At most the sum of the squared term weights of the distinct pairs the texts hold: one pair a bucket,
        /// each at its least weight (<see cref="TermWeights.LeastOf"/>). Summed from the pairs kept when first asked (few
        /// paragraphs are weighed at all).</summary>
        public double LeastNorm
        {
            get
            {
                if (_leastNorm >= 0) return _leastNorm;
                var weights = TermWeights.Default;
                Span<ulong> seen = stackalloc ulong[(1 << Bits) / 64];
                double norm = 0;
                foreach (var bigram in _bigrams.AsSpan(0, _ends.Length == 0 ? 0 : _ends[^1]))
                {
                    var hash = Hash(bigram);
                    ref var word = ref seen[hash >> 6];
                    if ((word & 1UL << (hash & 63)) != 0) continue;
                    word |= 1UL << (hash & 63);
                    var least = weights.LeastOf((char)(bigram >> 16), (char)bigram);
                    norm += least * least;
                }
                return _leastNorm = norm;
            }
        }

        public bool MayHold(int bigram) => _counts[Hash(bigram)] > 0;

        /// <summary>The share of the block's letter pairs these buckets may hold beyond what the block's own pairs put
        /// there (the block is one of those the buckets were read from; any other is held whole).</summary>
        public double ShareBeyond(ClassifiedBlock block)
        {
            var b = _blocks.FindIndex(x => ReferenceEquals(x, block));
            Debug.Assert(b >= 0, "The block is not one the buckets were read from.");
            if (b < 0) return 1;
            var start = b == 0 ? 0 : _ends[b - 1];
            var pairs = _bigrams.AsSpan(start, _ends[b] - start);
            if (pairs.Length == 0) return 0;
            var counts = _counts;
            // The text's own pairs taken out, the share read, and they are put back.
            foreach (var bigram in pairs)
                if (counts[Hash(bigram)] < byte.MaxValue) counts[Hash(bigram)]--;
            var held = 0;
            foreach (var bigram in pairs)
                if (counts[Hash(bigram)] > 0) held++;
            foreach (var bigram in pairs)
                if (counts[Hash(bigram)] < byte.MaxValue) counts[Hash(bigram)]++;
            return (double)held / pairs.Length;
        }

        private static int Hash(int bigram) => (int)((uint)bigram * 2654435769u >> (32 - Bits));
    }
}
