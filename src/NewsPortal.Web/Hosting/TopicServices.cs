using NewsPortal.Search;
using NewsPortal.Web.Feeds;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Hosting;

public static class TopicServices
{
    /// <summary>Trends, feeds, comparison and co-occurrence read the search index's aggregates (<see cref="IArticleStatistics"/>, from AddNewsPortalSearch); feeds are kept in memory.</summary>
    public static IServiceCollection AddPortalTopics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<FeedCache>();
        services.AddSingleton<TopicPanels>();
        return services;
    }
}
