using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using NewsPortal.Data.Records;

namespace NewsPortal.Data.Tests;

public sealed class ArticlePageRecordTests
{
    private static Article Sample()
    {
        var district = new Entity { Kind = EntityKind.District, Name = "涪陵区" };
        var article = SampleEdition.Create("0", district).Articles[0];
        article.Edition = new Edition { FileName = "p1.txt", Sha256 = "0", RawText = "…", Articles = [article] };
        article.Entities.Add(new ArticleEntity { Entity = new Entity { Kind = EntityKind.District, Name = "南岸区" }, Mentions = 1 });
        article.Entities.Add(new ArticleEntity { Entity = new Entity { Kind = EntityKind.Organization, Name = "长安汽车" }, Mentions = 2 });
        article.Metrics.Add(new Metric { Id = 7, Span = "23个", Offset = 30, Value = 23, Unit = "个", Kind = FigureKind.Count, Status = FigureStatus.Actual });
        article.Metrics[0].Id = 9;
        return article;
    }

    [Fact]
    public void Links_and_figures_in_any_order_write_the_same_record()
    {
        // Ingestion writes the record from the rows it stored, a rebuild from the rows it read back, in no set order.
        var stored = Sample();
        var readBack = Sample();
        readBack.Entities.Reverse();
        readBack.Metrics.Reverse();

        Assert.Equal(ArticlePageRecord.Write(stored), ArticlePageRecord.Write(readBack));
    }

    [Fact]
    public void A_record_reads_back_every_link_and_figure()
    {
        var article = Sample();
        var read = ArticlePageRecord.Read(ArticlePageRecord.Write(article), 1, article.Title, article.Body, "…");

        Assert.NotNull(read);
        Assert.Equal(article.Entities.Select(l => (l.Entity.Kind, l.Entity.Name, l.Mentions)).Order(),
            read.Entities.Select(l => (l.Entity.Kind, l.Entity.Name, l.Mentions)).Order());
        Assert.Equal(article.Metrics.Select(m => m.Id).Order(), read.Metrics.Select(m => m.Id).Order());
    }
}
