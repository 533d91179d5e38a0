using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsPortal.Search;

public static class SearchServiceCollectionExtensions
{
    public const string IndexPathKey = "Search:IndexPath";
    public const string DefaultIndexPath = "index";
    public const string ResultCacheKey = "Search:ResultCacheCapacity";

    /// <summary>Whole search results kept per searcher generation unless <c>Search:ResultCacheCapacity</c> says otherwise (0: none).</summary>
    public const int DefaultResultCacheCapacity = 256;

    /// <summary>
    /// The Lucene index at <c>Search:IndexPath</c> (default <c>index</c>; a relative path is under
    /// <paramref name="dataRoot"/>), one singleton seen as <see cref="IArticleIndex"/> and <see cref="IArticleStatistics"/>
    /// by readers and as <see cref="IArticleIndexWriter"/> by ingestion. Opened on first use. Search results are kept
    /// until the searchers reopen (<see cref="LuceneArticleIndex.ResultCacheCapacity"/>, <c>Search:ResultCacheCapacity</c>).
    /// </summary>
    public static IServiceCollection AddNewsPortalSearch(this IServiceCollection services, IConfiguration configuration, string dataRoot)
    {
        var configured = configuration[IndexPathKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultIndexPath : configured, dataRoot);
        int resultCache = int.TryParse(configuration[ResultCacheKey], out int configuredCapacity) ? configuredCapacity : DefaultResultCacheCapacity;
        services.TryAddSingleton(_ =>
        {
            var index = LuceneArticleIndex.Open(path);
            index.ResultCacheCapacity = resultCache;
            return index;
        });
        services.TryAddSingleton<IArticleIndex>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        services.TryAddSingleton<IArticleStatistics>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        services.TryAddSingleton<IArticleIndexWriter>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        return services;
    }
}
