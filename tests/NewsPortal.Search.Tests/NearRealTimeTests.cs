using System.Diagnostics;
using NewsPortal.Search.Tests.Fixtures;

namespace NewsPortal.Search.Tests;

public sealed class NearRealTimeTests : IDisposable
{
    private readonly LuceneArticleIndex _index = LuceneArticleIndex.InMemory();

    public void Dispose() => _index.Dispose();

    private IReadOnlyList<long> Ids(string query) =>
        _index.Search(new SearchRequest(query)).Hits.Select(h => h.ArticleId).ToList();

    [Fact]
    public void An_upserted_article_is_searchable_within_a_second_of_refresh()
    {
        _index.Upsert(FixtureCorpus.Articles);
        _index.Refresh();

        var clock = Stopwatch.StartNew();
        _index.Upsert([FixtureCorpus.Article(7) with { Id = 500, Title = "铜梁区龙舞走出国门", Body = "铜梁龙舞亮相海外文化节。" }]);
        _index.Refresh();
        var ids = Ids("铜梁 龙舞");
        clock.Stop();

        Assert.Equal([500L], ids);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Merging_segments_after_a_bulk_load_keeps_every_hit_and_facet()
    {
        foreach (var batch in FixtureCorpus.Articles.Chunk(10))
        {
            _index.Upsert(batch);
            _index.Refresh();
        }
        Assert.True(_index.SegmentCount > 1);
        var before = _index.Search(new SearchRequest("新能源"));

        _index.MergeSegments();

        var after = _index.Search(new SearchRequest("新能源"));
        Assert.Equal(1, _index.SegmentCount);
        Assert.Equal(FixtureCorpus.Articles.Count, _index.Count);
        Assert.Equal(before.Hits.Select(h => h.ArticleId), after.Hits.Select(h => h.ArticleId));
        Assert.Equal(before.Facets["district"], after.Facets["district"]);
    }

    [Fact]
    public void Changes_are_invisible_until_refresh()
    {
        _index.Upsert([FixtureCorpus.Article(1)]);

        Assert.Equal(0, _index.Count);
        Assert.Empty(Ids("产业创新综合体"));

        _index.Refresh();

        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public void Upserting_an_existing_id_replaces_the_article()
    {
        _index.Upsert([FixtureCorpus.Article(13)]);
        _index.Refresh();
        _index.Upsert([FixtureCorpus.Article(13) with { Title = "涪陵青菜头丰收", Body = "青菜头喜获丰收。", Organizations = [] }]);
        _index.Refresh();

        Assert.Equal(1, _index.Count);
        Assert.Empty(Ids("榨菜"));
        Assert.Equal([13L], Ids("青菜头"));
    }

    [Fact]
    public void Deleted_articles_disappear_from_hits_and_facets()
    {
        _index.Upsert(FixtureCorpus.Articles);
        _index.Refresh();

        _index.Delete([13, 15]);
        _index.Refresh();

        Assert.Equal(FixtureCorpus.Articles.Count - 2, _index.Count);
        Assert.DoesNotContain(13L, Ids("涪陵"));
        var districts = _index.Search(new SearchRequest("")).Facets["district"];
        Assert.Equal(2, districts.Single(v => v.Value == "涪陵区").Count);
    }

    [Fact]
    public void Clear_empties_the_index()
    {
        _index.Upsert(FixtureCorpus.Articles);
        _index.Refresh();

        _index.Clear();
        _index.Refresh();

        Assert.Equal(0, _index.Count);
        Assert.Equal(0, _index.Search(new SearchRequest("")).Total);
        Assert.Empty(_index.Suggest("涪"));
    }

    [Fact]
    public async Task Searches_running_while_articles_are_written_never_fail()
    {
        _index.Upsert(FixtureCorpus.Articles);
        _index.Refresh();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));

        var writer = Task.Run(() =>
        {
            for (int i = 0; !stop.IsCancellationRequested; i++)
            {
                _index.Upsert([FixtureCorpus.Article(7) with { Id = 1000 + (i % 50) }]);
                _index.Refresh();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Assert.NotEmpty(_index.Search(new SearchRequest("传感器")).Hits);
                _index.Suggest("北碚");
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
    }
}
