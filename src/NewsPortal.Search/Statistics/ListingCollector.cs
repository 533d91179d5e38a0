using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Statistics;

/// <summary>Keeps every match (document, score, date) so an export can list them all in the page's order.</summary>
internal sealed class ListingCollector : ICollector
{
    private readonly List<(int Doc, float Score, int Date)> _hits = [];
    private Scorer? _scorer;
    private int[] _dates = [];
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = SegmentDates.For(context.AtomicReader);
    }

    public void Collect(int doc) => _hits.Add((_docBase + doc, _scorer!.GetScore(), _dates[doc]));

    /// <summary>The matches ordered as <see cref="HitCollector"/> ranks them.</summary>
    public List<(int Doc, float Score, int Date)> Ranked(HitOrder order)
    {
        _hits.Sort((a, b) =>
        {
            int cmp = order == HitOrder.ScoreThenNewest
                ? Compare(b.Score, a.Score, b.Date, a.Date)
                : Compare(b.Date, a.Date, b.Score, a.Score);
            return cmp != 0 ? cmp : a.Doc.CompareTo(b.Doc);
        });
        return _hits;
    }

    private static int Compare<T1, T2>(T1 first1, T1 first2, T2 second1, T2 second2)
        where T1 : IComparable<T1>
        where T2 : IComparable<T2>
    {
        int cmp = first1.CompareTo(first2);
        return cmp != 0 ? cmp : second1.CompareTo(second2);
    }
}
