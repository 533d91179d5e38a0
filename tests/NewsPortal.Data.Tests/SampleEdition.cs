using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.Tests;

/// <summary>A small edition as ingestion would store it: one article mentioning a district, with one figure.</summary>
public static class SampleEdition
{
    public static Edition Create(string sha256, Entity district)
    {
        var article = new Article
        {
            Position = 0,
            Title = "涪陵区一季度工业产值增长12.5%",
            Subtitles = ["榨菜产业集群加快发展", "新签约项目23个"],
            Kind = ArticleKind.Interview,
            Source = "重庆日报",
            Dateline = "本报讯",
            Reporters = ["张三", "李四"],
            EventDate = new DateOnly(2024, 4, 2),
            PublishedOn = new DateOnly(2024, 4, 3),
            Complete = false,
            Continued = "转2版",
            Body = "一季度，涪陵区规上工业总产值达到356.7亿元。\n同比增长12.5%。",
            Paragraphs =
            [
                new ParagraphSource { Index = 0, Spans = [[120, 22]] },
                new ParagraphSource { Index = 1, Spans = [[143, 5], [160, 4]] },
            ],
        };
        // Ingestion copies the article's date onto its links (an entity's articles by date are an index-only scan).
        article.Entities.Add(new ArticleEntity { Entity = district, Mentions = 3, PublishedOn = article.PublishedOn });
        article.Metrics.Add(new Metric
        {
            Span = "356.7亿元",
            Offset = 14,
            Value = 356.7m,
            Unit = "亿元",
            BaseValue = 35_670_000_000m,
            BaseUnit = "元",
            Measure = "规上工业总产值",
            Subject = "涪陵区",
            SubjectEntity = district,
            Period = "2024Q1",
            Kind = FigureKind.Amount,
            Status = FigureStatus.Actual,
        });

        return new Edition
        {
            FileName = "cqrb_2024-04-03_p1.txt",
            Sha256 = sha256,
            Paper = "重庆日报",
            PageNumber = 1,
            PublishedOn = new DateOnly(2024, 4, 3),
            DateBasis = "masthead",
            RawText = "重庆日报 2024年4月3日 …",
            IngestedAt = new DateTimeOffset(2024, 4, 3, 8, 30, 0, TimeSpan.Zero),
            Articles = [article],
        };
    }

    public static Entity District(string name = "涪陵区") =>
        new() { Kind = EntityKind.District, Name = name, Aliases = ["涪陵"] };

    public static string Sha(char c) => new(c, 64);
}
