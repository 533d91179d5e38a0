using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

/// <summary>Aggregates over every match, checked against the fixture articles themselves.</summary>
public sealed class StatisticsTests(IndexedCorpus corpus) : IClassFixture<IndexedCorpus>
{
    private IArticleStatistics Statistics => corpus.Index;

    [Fact]
    public void Months_count_every_match_by_its_edition_month_oldest_first()
    {
        var district = FixtureCorpus.Articles.SelectMany(a => a.Districts).GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        var expected = FixtureCorpus.Articles.Where(a => a.Districts.Contains(district) && a.Date is not null)
            .GroupBy(a => a.Date!.Value.ToString("yyyy-MM")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()));

        var summary = Statistics.Summarize(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>> { ["district"] = [district] }));

        Assert.Equal(expected, summary.Months);
        Assert.Equal(FixtureCorpus.Articles.Count(a => a.Districts.Contains(district)), summary.Total);
    }

    [Fact]
    public void Months_agree_with_the_search_total_and_month_facet()
    {
        var request = new SearchRequest("新能源");
        var search = corpus.Index.Search(request);
        var summary = Statistics.Summarize(request);

        Assert.Equal(search.Total, summary.Total);
        Assert.Equal(search.Facets["month"].OrderBy(m => m.Value, StringComparer.Ordinal), summary.Months);
    }

    [Fact]
    public void Entities_named_in_the_matches_are_counted_organisations_and_people_too()
    {
        var organization = FixtureCorpus.Articles.SelectMany(a => a.Organizations).GroupBy(o => o).OrderByDescending(g => g.Count()).First().Key;
        var matches = FixtureCorpus.Articles.Where(a => a.Organizations.Contains(organization)).ToList();

        var summary = Statistics.Summarize(new SearchRequest("organization:" + organization), entitiesPerKind: 100);

        Assert.Equal(matches.Count, summary.Total);
        foreach (var (field, values) in new (string, Func<ArticleDocument, IReadOnlyList<string>>)[]
            { ("district", a => a.Districts), ("organization", a => a.Organizations), ("person", a => a.People) })
        {
            var expected = matches.SelectMany(a => values(a).Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected, summary.Entities[field].ToDictionary(v => v.Value, v => v.Count));
        }
    }

    [Fact]
    public void The_newest_matches_come_newest_first_with_marked_snippets()
    {
        var summary = Statistics.Summarize(new SearchRequest("产业"), newest: 3);

        Assert.Equal(3, summary.Newest.Count);
        Assert.Equal(summary.Newest.Select(h => h.Date).OrderByDescending(d => d), summary.Newest.Select(h => h.Date));
        Assert.Contains("[[", Marks.Of(summary.Newest[0].Title) + Marks.Of(summary.Newest[0].Snippet));
    }

    [Theory]
    [InlineData("新能源")]
    [InlineData("district:涪陵区")]
    [InlineData("产业 -汽车")]
    public void A_listing_has_every_match_in_the_search_order(string query)
    {
        var request = new SearchRequest(query);
        var listed = Statistics.List(request).Select(r => r.ArticleId).ToList();

        Assert.Equal(corpus.Index.Search(request).Total, listed.Count);
        Assert.Equal(corpus.Index.Search(request with { PageSize = 100 }).Hits.Select(h => h.ArticleId), listed);
    }

    [Fact]
    public void The_generation_changes_when_new_content_is_searchable()
    {
        using var index = LuceneArticleIndex.InMemory();
        long before = index.Generation;
        index.Upsert(FixtureCorpus.Articles.Take(1));
        index.Refresh();

        Assert.NotEqual(before, index.Generation);
    }
}
