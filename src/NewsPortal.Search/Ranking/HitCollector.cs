using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Ranking;

/// <summary>How a result list is ordered; ties always go to the lower document number, as Lucene's sorting does.</summary>
internal enum HitOrder
{
    /// <summary>Best BM25 score first, the newer article first among equal scores.</summary>
    ScoreThenNewest,

    /// <summary>Newest first (a query of filters only, where no score ranks).</summary>
    NewestThenScore,
}

/// <summary>
/// One pass over a query's matches that does all a results page needs: counts them, counts their
/// facets and keeps the best <c>depth</c> in a heap; no second search, no per-hit allocation.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly HitOrder _order;
    private readonly FacetCounter? _facets;

    // A heap of the hits kept so far, the one ranked last at the root, so a new hit is compared with it only.
    private readonly float[] _scores;
    private readonly int[] _dates;
    private readonly int[] _docs;
    private int _kept;

    private Scorer? _scorer;
    private int[] _segmentDates = [];
    private int _docBase;

    public HitCollector(HitOrder order, int depth, FacetCounter? facets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _order = order;
        _facets = facets;
        _scores = new float[depth];
        _dates = new int[depth];
        _docs = new int[depth];
    }

    /// <summary>Reads what collecting needs of a segment ahead of the first query, when a searcher opens.</summary>
    public static void Warm(AtomicReader segment)
    {
        FacetCounter.Warm(segment);
        SegmentDates.For(segment);
    }

    /// <summary>Every match of the query.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _facets?.SetNextReader(context);
        _docBase = context.DocBase;
        _segmentDates = SegmentDates.For(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        _facets?.Collect(doc);
        Keep(doc, _scorer!.GetScore());
    }

    /// <summary>A match scored by its caller (<see cref="Querying.WordQuery"/>'s own loop): as <see cref="Collect(int)"/> with that score.</summary>
    // Called for every match of a word collected in its own loop: optimized from the first call, as that loop is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Collect(int doc, float score)
    {
        TotalHits++;
        _facets?.Collect(doc);
        Keep(doc, score);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Keep(int doc, float score)
    {
        if (_order == HitOrder.ScoreThenNewest && _kept == _docs.Length && score < _scores[0])
        {
            return; // below the lowest kept score: most matches of a broad word end here, without reading their date
        }
        int date = _segmentDates[doc];
        int global = _docBase + doc;
        if (_kept < _docs.Length)
        {
            Set(_kept, score, date, global);
            SiftUp(_kept++);
        }
        else if (Before(score, date, global, _scores[0], _dates[0], _docs[0]))
        {
            Set(0, score, date, global);
            SiftDown(0);
        }
    }

    /// <summary>The kept hits ranked <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1 (from 0), best first.</summary>
    public ScoreDoc[] Page(int start, int count)
    {
        var ranked = Enumerable.Range(0, _kept).ToArray();
        Array.Sort(ranked, (a, b) => a == b ? 0 : Before(a, b) ? -1 : 1);
        return ranked.Skip(start).Take(count).Select(i => new ScoreDoc(_docs[i], _scores[i])).ToArray();
    }

    private void Set(int i, float score, int date, int doc)
    {
        _scores[i] = score;
        _dates[i] = date;
        _docs[i] = doc;
    }

    private bool Before(int a, int b) => Before(_scores[a], _dates[a], _docs[a], _scores[b], _dates[b], _docs[b]);

    private bool Before(float scoreA, int dateA, int docA, float scoreB, int dateB, int docB)
    {
        int cmp = _order == HitOrder.ScoreThenNewest
            ? ByScoreThenDate(scoreA, scoreB, dateA, dateB)
            : ByDateThenScore(dateA, dateB, scoreA, scoreB);
        return cmp != 0 ? cmp < 0 : docA < docB;
    }

    private static int ByScoreThenDate(float scoreA, float scoreB, int dateA, int dateB)
    {
        int cmp = scoreB.CompareTo(scoreA);
        return cmp != 0 ? cmp : dateB.CompareTo(dateA);
    }

    private static int ByDateThenScore(int dateA, int dateB, float scoreA, float scoreB)
    {
        int cmp = dateB.CompareTo(dateA);
        return cmp != 0 ? cmp : scoreB.CompareTo(scoreA);
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Before(parent, i))
            {
                return;
            }
            Swap(i, parent);
            i = parent;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftDown(int i)
    {
        while (true)
        {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < _kept && Before(worst, left))
            {
                worst = left;
            }
            if (right < _kept && Before(worst, right))
            {
                worst = right;
            }
            if (worst == i)
            {
                return;
            }
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_dates[a], _dates[b]) = (_dates[b], _dates[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
