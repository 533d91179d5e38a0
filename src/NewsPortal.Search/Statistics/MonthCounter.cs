using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Statistics;

/// <summary>Counts matches per month of their edition date, from the per-segment date array (<see cref="SegmentDates"/>).</summary>
internal sealed class MonthCounter : ICollector
{
    private const int FirstYear = 1900;
    private const int Years = 1100;

    /// <summary>Months counted: January 1900 to December 2999.</summary>
    public const int Slots = Years * 12;

    private readonly int[] _counts = new int[Slots];
    private int[] _dates = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _dates = SegmentDates.For(context.AtomicReader);

    public void Collect(int doc)
    {
        int slot = SlotOf(_dates[doc]);
        if (slot >= 0)
        {
            _counts[slot]++;
        }
    }

    /// <summary>Articles of a month counted elsewhere (<see cref="SegmentTopics"/>); <paramref name="slot"/> as <see cref="SlotOf"/> gives it.</summary>
    public void Add(int slot, int count) => _counts[slot] += count;

    /// <summary>The month slot of a date key (yyyyMMdd); -1 for no date or a year outside 1900–2999.</summary>
    public static int SlotOf(int dateKey)
    {
        if (dateKey <= 0)
        {
            return -1;
        }
        int slot = (dateKey / 10000 - FirstYear) * 12 + dateKey / 100 % 100 - 1;
        return (uint)slot < Slots ? slot : -1;
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
