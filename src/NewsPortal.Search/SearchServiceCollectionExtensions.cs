using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsPortal.Search;

public static class SearchServiceCollectionExtensions
{
    public const string IndexPathKey = "Search:IndexPath";
    public const string DefaultIndexPath = "index";

    /// <summary>
    /// The Lucene index at <c>Search:IndexPath</c> (default <c>index</c>; a relative path is under
    /// <paramref name="dataRoot"/>), one singleton seen as <see cref="IArticleIndex"/> and <see cref="IArticleStatistics"/>
    /// by readers and as <see cref="IArticleIndexWriter"/> by ingestion. Opened on first use.
    /// </summary>
    public static IServiceCollection AddNewsPortalSearch(this IServiceCollection services, IConfiguration configuration, string dataRoot)
    {
        var configured = configuration[IndexPathKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultIndexPath : configured, dataRoot);
        services.TryAddSingleton(_ => LuceneArticleIndex.Open(path));
        services.TryAddSingleton<IArticleIndex>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        services.TryAddSingleton<IArticleStatistics>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        services.TryAddSingleton<IArticleIndexWriter>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        return services;
    }
}
