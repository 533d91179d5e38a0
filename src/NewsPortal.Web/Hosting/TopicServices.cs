using NewsPortal.Search;
using NewsPortal.Web.Feeds;

namespace NewsPortal.Web.Hosting;

public static class TopicServices
{
    /// <summary>Trends, feeds, comparison and co-occurrence read the search index's aggregates; feeds are kept in memory.</summary>
    public static IServiceCollection AddPortalTopics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<IArticleStatistics>(sp => sp.GetRequiredService<IArticleIndex>() as IArticleStatistics
            ?? throw new InvalidOperationException("The search index does not offer statistics (trends, feeds, co-occurrence)."));
        services.AddSingleton<FeedCache>();
        return services;
    }
}
