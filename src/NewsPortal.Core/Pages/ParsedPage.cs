namespace NewsPortal.Core.Pages;

/// <summary>What the parser and extractors make of one newspaper page dump.</summary>
public sealed record ParsedPage(
    string FileName,
    string Text,
    EditionInfo Edition,
    IReadOnlyList<ParsedArticle> Articles,
    IReadOnlyList<ParseWarning> Warnings)
{
    /// <summary>Why the file is not a newspaper page (no Chinese text, no paragraph of prose, binary, too large);
    /// set only when there are no articles, and then nothing of it is to be stored.</summary>
    public string? Refusal { get; init; }
}

/// <summary>The page as a whole: which paper, which page, which day, and why we think so.</summary>
public sealed record EditionInfo(string? Paper, DateOnly? Date, string? DateBasis, int? PageNumber = null);

/// <summary>A problem the parser noticed but worked around; never an exception.</summary>
public sealed record ParseWarning(string Code, string Message, int? Offset = null);

/// <summary>A half-open range [Start, Start + Length) of the decoded page text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>One paragraph of an article and the pieces of raw page text it was rebuilt from.</summary>
public sealed record Paragraph(string Text, IReadOnlyList<TextSpan> Spans);

public enum ArticleKind { News, Interview, Commentary, List, Brief, Photo, Notice }

/// <summary>One article, reassembled and in reading order, with what the extractors found in it.</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }
    public IReadOnlyList<string> Subtitles { get; init; } = [];
    public ArticleKind Kind { get; init; } = ArticleKind.News;
    public string? Source { get; init; }
    public string? Dateline { get; init; }
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public DateOnly? EventDate { get; init; }
    public bool Complete { get; init; } = true;
    public string? Continued { get; init; }
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    /// <summary>Spans of the raw text that held the headline, kicker and deck lines.</summary>
    public IReadOnlyList<TextSpan> HeadlineSpans { get; init; } = [];
    public ArticleEntities Entities { get; init; } = ArticleEntities.Empty;
    /// <summary>Industries as printed (材料产业, “33618”现代制造业集群); <see cref="ArticleEntities.Industries"/> holds their canonical entries.</summary>
    public IReadOnlyList<string> IndustriesAsPrinted { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public string Body => string.Join('\n', Paragraphs.Select(p => p.Text));
}

/// <summary>Named things an article speaks of, by canonical name, with mention counts.</summary>
public sealed record ArticleEntities(
    IReadOnlyList<EntityMention> Districts,
    IReadOnlyList<EntityMention> Clusters,
    IReadOnlyList<EntityMention> Industries,
    IReadOnlyList<EntityMention> Organizations,
    IReadOnlyList<EntityMention> People)
{
    public static ArticleEntities Empty { get; } = new([], [], [], [], []);

    public IEnumerable<(EntityKind Kind, EntityMention Mention)> All() =>
        Districts.Select(m => (EntityKind.District, m))
            .Concat(Clusters.Select(m => (EntityKind.Cluster, m)))
            .Concat(Industries.Select(m => (EntityKind.Industry, m)))
            .Concat(Organizations.Select(m => (EntityKind.Organization, m)))
            .Concat(People.Select(m => (EntityKind.Person, m)));
}

public enum EntityKind { District, Cluster, Industry, Organization, Person }

public sealed record EntityMention(string Name, int Count, IReadOnlyList<string>? Aliases = null);

public enum FigureKind { Amount, Percent, Growth, Count, Share, Capacity, Other }

public enum FigureStatus { Actual, Target, Forecast }

/// <summary>A reported quantity. Offset is into the article body (title first when it came from the headline).</summary>
public sealed record Figure
{
    public required string Span { get; init; }
    public int Offset { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public decimal? BaseValue { get; init; }
    public string? BaseUnit { get; init; }
    public string? Measure { get; init; }
    /// <summary>How the figure was qualified where printed (近, 约, 以上, 预计, 最多), kept apart from the measure.</summary>
    public string? Qualifier { get; init; }
    /// <summary>The family the measure belongs to (产值, 投资, 增速, 数量…), from measure-families.json.</summary>
    public string? Family { get; init; }
    public string? Subject { get; init; }
    public string? Period { get; init; }
    public FigureKind Kind { get; init; }
    public FigureStatus Status { get; init; }
}
