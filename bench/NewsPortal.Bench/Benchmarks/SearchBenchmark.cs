using System.Diagnostics;

namespace NewsPortal.Search.Benchmarks;

/// <summary>How long one query took over the measured rounds, and how many articles it matched.</summary>
public sealed record QueryTiming(string Query, int Total, TimeSpan Median, TimeSpan Slowest);

/// <summary>Latency percentiles over every measured search (queries × rounds).</summary>
public sealed record QueryLatency(int Queries, int Samples, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Mean, TimeSpan Max, IReadOnlyList<QueryTiming> PerQuery)
{
    public override string ToString() =>
        $"{Queries} queries × {Samples / Math.Max(1, Queries)} rounds: p50 {P50.TotalMilliseconds:F2} ms, p90 {P90.TotalMilliseconds:F2} ms, " +
        $"p99 {P99.TotalMilliseconds:F2} ms, mean {Mean.TotalMilliseconds:F2} ms, max {Max.TotalMilliseconds:F2} ms";
}

/// <summary>
/// Measures search latency of an <see cref="IArticleIndex"/> over a query set: whole
/// <see cref="IArticleIndex.Search"/> calls (query, facets, one page of highlighted hits).
/// </summary>
public sealed class SearchBenchmark(IArticleIndex index)
{
    /// <summary>Queries shaped like what readers type: policy terms, names, numbers, phrases, exclusions, OR, filters.</summary>
    public static IReadOnlyList<string> TypicalQueries { get; } =
    [
        "产业创新综合体", "智能网联新能源汽车", "跨省通办", "传感器", "新能源", "数字经济", "集成电路", "生物医药",
        "两江新区", "涪陵区", "长安汽车", "T3B", "33618", "2414", "茶", "桥", "渝",
        "\"产业 创新\"", "新能源 -涪陵区", "传感器 OR 跨省通办", "新能源 district:涪陵区", "cluster:智能网联新能源汽车",
        "智能 制造 工业互联网", "跨省通办 date:2024", "营商环境", "乡村振兴 产业",
    ];

    /// <param name="queries">The query set; each is run <paramref name="rounds"/> times after <paramref name="warmupRounds"/> unmeasured runs.</param>
    /// <param name="request">Builds the request for a query; by default the first page of 20 hits with facets.</param>
    public QueryLatency Run(
        IReadOnlyList<string> queries,
        int rounds = 5,
        int warmupRounds = 1,
        Func<string, SearchRequest>? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        request ??= query => new SearchRequest(query);
        var requests = queries.Select(request).ToList();

        for (int round = 0; round < warmupRounds; round++)
        {
            foreach (var warmup in requests)
            {
                index.Search(warmup);
            }
        }

        var samples = new List<TimeSpan>(queries.Count * rounds);
        var perQuery = new List<QueryTiming>(queries.Count);
        for (int q = 0; q < requests.Count; q++)
        {
            var times = new List<TimeSpan>(rounds);
            int total = 0;
            for (int round = 0; round < rounds; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long start = Stopwatch.GetTimestamp();
                total = index.Search(requests[q]).Total;
                times.Add(Stopwatch.GetElapsedTime(start));
            }
            samples.AddRange(times);
            times.Sort();
            perQuery.Add(new QueryTiming(queries[q], total, Percentile(times, 0.5), times.Count > 0 ? times[^1] : TimeSpan.Zero));
        }

        samples.Sort();
        return new QueryLatency(
            queries.Count,
            samples.Count,
            Percentile(samples, 0.50),
            Percentile(samples, 0.90),
            Percentile(samples, 0.99),
            samples.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)samples.Average(s => s.Ticks)),
            samples.Count == 0 ? TimeSpan.Zero : samples[^1],
            perQuery);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }
        int rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
