using NewsPortal.Core.Pages;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Topics;

namespace NewsPortal.Web.Tests.Pages.Topics;

/// <summary>An entity's topic panel is counted once per index generation.</summary>
public sealed class TopicPanelsTests
{
    [Fact]
    public void A_panel_is_counted_again_only_when_the_index_generation_moves()
    {
        var statistics = new CountingStatistics();
        var panels = new TopicPanels(statistics);
        var district = new TopicFilter(EntityKind.District, "涪陵区");

        var first = panels.For(district);
        var again = panels.For(new TopicFilter(EntityKind.District, "涪陵区"));
        var other = panels.For(new TopicFilter(EntityKind.District, "北碚区"));
        Assert.Equal(2, statistics.Summaries);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(1, first.Total);

        statistics.Generation++;
        var afterRefresh = panels.For(district);

        Assert.Equal(3, statistics.Summaries);
        Assert.Equal(3, afterRefresh.Total);
        Assert.Equal(["2025-01", "2025-02"], afterRefresh.Histogram.Bars.Select(b => b.Month));
    }

    private sealed class CountingStatistics : IArticleStatistics
    {
        public long Generation { get; set; } = 1;
        public int Summaries { get; private set; }

        public ArticleStatistics Summarize(SearchRequest request, int entitiesPerKind = 0, int newest = 0)
        {
            Summaries++;
            return new ArticleStatistics(Summaries, [new FacetValue("2025-01", 1), new FacetValue("2025-02", Summaries)],
                new Dictionary<string, IReadOnlyList<FacetValue>>(), [], Generation, null);
        }

        public IEnumerable<ArticleListing> List(SearchRequest request) => [];
    }
}
