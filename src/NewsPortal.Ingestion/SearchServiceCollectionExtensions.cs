using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsPortal.Search;

namespace NewsPortal.Ingestion;

public static class SearchServiceCollectionExtensions
{
    public const string IndexPathKey = "Search:IndexPath";
    public const string DefaultIndexPath = "index";

    /// <summary>
    /// The Lucene index at <c>Search:IndexPath</c> (default <c>index</c>, under the <see cref="NewsPortal.Data.DataRoot"/>) as the
    /// singleton <see cref="IArticleIndex"/>, and a start-up step that rebuilds it from PostgreSQL when it is missing,
    /// was corrupt, or disagrees with the database. Needs <c>AddNewsPortalData</c>.
    /// </summary>
    public static IServiceCollection AddNewsPortalSearch(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var path = NewsPortal.Data.DataRoot.From(configuration, contentRoot).Resolve(configuration[IndexPathKey], DefaultIndexPath);
        services.TryAddSingleton(_ => LuceneArticleIndex.Open(path));
        services.TryAddSingleton<IArticleIndex>(sp => sp.GetRequiredService<LuceneArticleIndex>());
        services.TryAddSingleton<Reindexer>();
        services.TryAddSingleton<SearchIndexStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexStartup>());
        return services;
    }
}
