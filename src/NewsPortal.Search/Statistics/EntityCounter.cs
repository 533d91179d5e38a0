using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsPortal.Search.Facets;
using NewsPortal.Search.Indexing;

namespace NewsPortal.Search.Statistics;

/// <summary>
/// Counts the entities named in every match (<see cref="ArticleFields.Entities"/>), from the per-segment table of
/// <see cref="SegmentFacets.ForEntities"/>: co-occurrence is the entity counts of another entity's matches.
/// </summary>
internal sealed class EntityCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals =
        ArticleFields.Entities.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private SegmentFacets? _segment;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public static void Warm(AtomicReader segment) => SegmentFacets.ForEntities(segment);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacets.ForEntities(context.AtomicReader);
        _counts = new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        int start = segment.Starts[doc];
        foreach (int slot in segment.Slots.AsSpan(start, segment.Starts[doc + 1] - start))
        {
            _counts[slot]++;
        }
    }

    /// <summary>The most frequent <paramref name="max"/> values of each entity field, ties by name.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Result(int max)
    {
        Flush();
        return _totals.ToDictionary(
            field => field.Key,
            field => (IReadOnlyList<FacetValue>)field.Value
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(max).Select(v => new FacetValue(v.Key, v.Value)).ToList(),
            StringComparer.Ordinal);
    }

    private void Flush()
    {
        var segment = _segment;
        if (segment is null)
        {
            return;
        }
        for (int f = 0; f < ArticleFields.Entities.Count; f++)
        {
            var totals = _totals[ArticleFields.Entities[f]];
            for (int slot = segment.FieldStarts[f]; slot < segment.FieldStarts[f + 1]; slot++)
            {
                if (_counts[slot] > 0)
                {
                    string value = segment.Values[slot];
                    totals[value] = totals.GetValueOrDefault(value) + _counts[slot];
                }
            }
        }
        _segment = null;
        _counts = [];
    }
}
