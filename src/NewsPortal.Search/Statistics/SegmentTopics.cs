using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;
using NewsPortal.Search.Ranking;

namespace NewsPortal.Search.Statistics;

/// <summary>
/// One segment's entity topics: for every entity (a slot of <see cref="SegmentFacets.ForEntities"/>), how many of the
/// segment's live articles name it, how many of those fall in each month, and how many of those name each entity
/// (itself included). An entity page's topic panel is then a few rows summed over the segments instead of a pass over
/// the entity's matches (大足区: 14,000 articles, a fifth of its page's CPU). Built when a searcher opens, once per
/// segment and set of deletions.
/// </summary>
internal sealed class SegmentTopics
{
    /// <summary>Per segment reader: a segment with new deletions is a new reader, and counts only its live articles.</summary>
    private static readonly ConditionalWeakTable<object, SegmentTopics> Cache = new();

    private readonly Dictionary<string, int>[] _slots;
    private readonly int[] _totals;
    private readonly int[] _monthStarts;
    private readonly int[] _months;
    private readonly int[] _monthCounts;
    private readonly int[] _alongsideStarts;
    private readonly int[] _alongside;
    private readonly int[] _alongsideCounts;

    private SegmentTopics(SegmentFacets table, int[] dates, IBits? live, int maxDoc)
    {
        Table = table;
        int slotCount = table.Values.Length;
        _slots = new Dictionary<string, int>[ArticleFields.Entities.Count];
        for (int f = 0; f < _slots.Length; f++)
        {
            _slots[f] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int slot = table.FieldStarts[f]; slot < table.FieldStarts[f + 1]; slot++)
            {
                _slots[f][table.Values[slot]] = slot;
            }
        }

        // Each slot's live articles, in document order.
        _totals = new int[slotCount];
        for (int doc = 0; doc < maxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                for (int i = table.Starts[doc]; i < table.Starts[doc + 1]; i++)
                {
                    _totals[table.Slots[i]]++;
                }
            }
        }
        var docStarts = new int[slotCount + 1];
        for (int slot = 0; slot < slotCount; slot++)
        {
            docStarts[slot + 1] = docStarts[slot] + _totals[slot];
        }
        var docs = new int[docStarts[slotCount]];
        var filled = (int[])docStarts.Clone();
        for (int doc = 0; doc < maxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                for (int i = table.Starts[doc]; i < table.Starts[doc + 1]; i++)
                {
                    docs[filled[table.Slots[i]]++] = doc;
                }
            }
        }

        // Then per slot its months and the slots named beside it, counted in scratch arrays and kept where non-zero.
        var monthScratch = new int[MonthCounter.Slots];
        var alongsideScratch = new int[slotCount];
        var (monthStarts, months, monthCounts) = (new int[slotCount + 1], new List<int>(), new List<int>());
        var (alongsideStarts, alongside, alongsideCounts) = (new int[slotCount + 1], new List<int>(), new List<int>());
        var (monthsSeen, alongsideSeen) = (new List<int>(), new List<int>());
        for (int slot = 0; slot < slotCount; slot++)
        {
            for (int d = docStarts[slot]; d < docStarts[slot + 1]; d++)
            {
                int doc = docs[d];
                if (MonthCounter.SlotOf(dates[doc]) is var month and >= 0 && monthScratch[month]++ == 0)
                {
                    monthsSeen.Add(month);
                }
                for (int i = table.Starts[doc]; i < table.Starts[doc + 1]; i++)
                {
                    if (alongsideScratch[table.Slots[i]]++ == 0)
                    {
                        alongsideSeen.Add(table.Slots[i]);
                    }
                }
            }
            Keep(monthScratch, monthsSeen, months, monthCounts);
            monthStarts[slot + 1] = months.Count;
            Keep(alongsideScratch, alongsideSeen, alongside, alongsideCounts);
            alongsideStarts[slot + 1] = alongside.Count;
        }
        (_monthStarts, _months, _monthCounts) = (monthStarts, [.. months], [.. monthCounts]);
        (_alongsideStarts, _alongside, _alongsideCounts) = (alongsideStarts, [.. alongside], [.. alongsideCounts]);
    }

    /// <summary>The entity table whose slots these are.</summary>
    public SegmentFacets Table { get; }

    public static SegmentTopics For(AtomicReader segment) =>
        Cache.GetValue(segment.CombinedCoreAndDeletesKey,
            _ => new SegmentTopics(SegmentFacets.ForEntities(segment), SegmentDates.For(segment), segment.LiveDocs, segment.MaxDoc));

    /// <summary>The slot of <paramref name="value"/> in entity field <paramref name="field"/> (an index of <see cref="ArticleFields.Entities"/>); -1 when no article of the segment names it.</summary>
    public int SlotOf(int field, string value) => _slots[field].GetValueOrDefault(value, -1);

    /// <summary>Live articles naming the slot's entity.</summary>
    public int Total(int slot) => _totals[slot];

    /// <summary>Those articles per month (<see cref="MonthCounter.SlotOf"/>), months without one left out.</summary>
    public (ReadOnlyMemory<int> Months, ReadOnlyMemory<int> Counts) Months(int slot) =>
        (_months.AsMemory(_monthStarts[slot].._monthStarts[slot + 1]), _monthCounts.AsMemory(_monthStarts[slot].._monthStarts[slot + 1]));

    /// <summary>The entity slots named in those articles (the slot itself too), each with how many of them name it.</summary>
    public (ReadOnlyMemory<int> Slots, ReadOnlyMemory<int> Counts) Alongside(int slot) =>
        (_alongside.AsMemory(_alongsideStarts[slot].._alongsideStarts[slot + 1]), _alongsideCounts.AsMemory(_alongsideStarts[slot].._alongsideStarts[slot + 1]));

    /// <summary>Appends the counts of the <paramref name="seen"/> indexes of <paramref name="scratch"/>, and clears both.</summary>
    private static void Keep(int[] scratch, List<int> seen, List<int> indexes, List<int> counts)
    {
        foreach (int i in seen)
        {
            indexes.Add(i);
            counts.Add(scratch[i]);
            scratch[i] = 0;
        }
        seen.Clear();
    }
}
