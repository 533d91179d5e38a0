using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Statistics;

/// <summary>Counts matches per month of their edition date, from the per-segment date array (<see cref="SegmentDates"/>).</summary>
internal sealed class MonthCounter : ICollector
{
    private const int FirstYear = 1900;
    private const int Years = 1100;

    private readonly int[] _counts = new int[Years * 12];
    private int[] _dates = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _dates = SegmentDates.For(context.AtomicReader);

    public void Collect(int doc)
    {
        int key = _dates[doc];
        if (key <= 0)
        {
            return;
        }
        int slot = (key / 10000 - FirstYear) * 12 + key / 100 % 100 - 1;
        if ((uint)slot < (uint)_counts.Length)
        {
            _counts[slot]++;
        }
    }

    /// <summary>yyyy-MM with a count, oldest first; months without a match are left out.</summary>
    public IReadOnlyList<FacetValue> Result()
    {
        var months = new List<FacetValue>();
        for (int slot = 0; slot < _counts.Length; slot++)
        {
            if (_counts[slot] > 0)
            {
                months.Add(new FacetValue($"{FirstYear + slot / 12:D4}-{slot % 12 + 1:D2}", _counts[slot]));
            }
        }
        return months;
    }
}
