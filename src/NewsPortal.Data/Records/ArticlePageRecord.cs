using System.Text;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.Records;

/// <summary>
/// What the article page shows of an article besides its title, body and printed page's text, as bytes: kept in the
/// search index beside the article (written at ingestion, reindex and reparse) so that the page is served without a
/// PostgreSQL round trip. Everything in it is fixed for the article's id: an article's row, its edition, its entity
/// links and figures are written once and never updated, an entity's kind and name are its key, and a replaced or
/// reparsed page gives its articles new ids. A migration that changes any of it must bump the index's schema version
/// (<c>ArticleFields.SchemaVersion</c>), so that indexes are rebuilt from the new rows.
/// </summary>
public static class ArticlePageRecord
{
    /// <summary>The record's first byte: a record of another version is not read (the page then asks PostgreSQL).</summary>
    public const byte Version = 1;

    private static readonly Dictionary<string, ArticleKind> ArticleKinds = Enum.GetValues<ArticleKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, EntityKind> EntityKinds = Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, FigureKind> FigureKinds = Enum.GetValues<FigureKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, FigureStatus> FigureStatuses = Enum.GetValues<FigureStatus>().ToDictionary(s => s.ToString());

    /// <summary>
    /// The record of <paramref name="article"/>, which must carry its <see cref="Article.Edition"/>, each link's
    /// <see cref="ArticleEntity.Entity"/> and its figures; a figure's subject is its subject entity's name when that is
    /// loaded, else the subject as printed (the same text: an entity is linked only when it bears that name).
    /// </summary>
    public static byte[] Write(Article article)
    {
        using var stream = new MemoryStream(512);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            var edition = article.Edition;
            w.Write(edition.Id);
            Text(w, edition.Paper);
            Number(w, edition.PageNumber);
            Date(w, edition.PublishedOn);
            Texts(w, article.Subtitles);
            w.Write(article.Kind.ToString());
            Text(w, article.Source);
            Text(w, article.Dateline);
            Texts(w, article.Reporters);
            Date(w, article.EventDate);
            Date(w, article.PublishedOn);
            w.Write(article.Complete);
            Text(w, article.Continued);
            w.Write(article.Paragraphs.Count);
            foreach (var paragraph in article.Paragraphs)
            {
                w.Write(paragraph.Index);
                w.Write(paragraph.Spans.Count);
                foreach (var span in paragraph.Spans)
                {
                    w.Write(span.Length);
                    foreach (var n in span) w.Write(n);
                }
            }
            // Links and figures in one order whoever writes the record (ingestion from the rows it stored, a rebuild from
            // the rows it read back, which come in no set order): the page sorts them itself.
            w.Write(article.Entities.Count);
            foreach (var link in article.Entities.OrderBy(l => l.Entity.Kind).ThenBy(l => l.Entity.Name, StringComparer.Ordinal))
            {
                w.Write(link.Entity.Kind.ToString());
                w.Write(link.Entity.Name);
                w.Write(link.Mentions);
            }
            w.Write(article.Metrics.Count);
            foreach (var m in article.Metrics.OrderBy(m => m.Id))
            {
                w.Write(m.Id);
                w.Write(m.Offset);
                w.Write(m.Span);
                w.Write(m.Value);
                w.Write(m.BaseValue.HasValue);
                if (m.BaseValue is { } baseValue) w.Write(baseValue);
                w.Write(m.Unit);
                Text(w, m.BaseUnit);
                Text(w, m.Measure);
                Text(w, m.SubjectEntity?.Name ?? m.Subject);
                Text(w, m.Period);
                w.Write(m.Kind.ToString());
                w.Write(m.Status.ToString());
                Text(w, m.Qualifier);
                Text(w, m.Family);
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The article a record describes, with its edition (whose <see cref="Edition.RawText"/> is <paramref name="pageText"/>),
    /// its links with their entities and its figures (each subject as shown, no subject entity); null for a record of another version.
    /// </summary>
    public static Article? Read(byte[] record, long id, string title, string body, string pageText)
    {
        if (record.Length == 0 || record[0] != Version) return null;
        using var r = new BinaryReader(new MemoryStream(record, 1, record.Length - 1, writable: false), Encoding.UTF8);
        var edition = new Edition { Id = r.ReadInt64(), FileName = "", Sha256 = "", RawText = pageText };
        (edition.Paper, edition.PageNumber, edition.PublishedOn) = (Text(r), Number(r), Date(r));
        var article = new Article
        {
            Id = id,
            EditionId = edition.Id,
            Edition = edition,
            Title = title,
            Body = body,
            Subtitles = Texts(r),
            Kind = ArticleKinds[r.ReadString()],
            Source = Text(r),
            Dateline = Text(r),
            Reporters = Texts(r),
            EventDate = Date(r),
            PublishedOn = Date(r),
            Complete = r.ReadBoolean(),
            Continued = Text(r),
        };
        int count = r.ReadInt32();
        var paragraphs = article.Paragraphs = new List<ParagraphSource>(count);
        for (int i = 0; i < count; i++)
        {
            var (index, spans) = (r.ReadInt32(), r.ReadInt32());
            var paragraph = new ParagraphSource { Index = index, Spans = new List<int[]>(spans) };
            for (int j = 0; j < spans; j++)
            {
                var span = new int[r.ReadInt32()];
                for (int k = 0; k < span.Length; k++) span[k] = r.ReadInt32();
                paragraph.Spans.Add(span);
            }
            paragraphs.Add(paragraph);
        }
        count = r.ReadInt32();
        var links = article.Entities = new List<ArticleEntity>(count);
        for (int i = 0; i < count; i++)
        {
            var entity = new Entity { Kind = EntityKinds[r.ReadString()], Name = r.ReadString() };
            links.Add(new ArticleEntity { ArticleId = id, Entity = entity, Mentions = r.ReadInt32() });
        }
        count = r.ReadInt32();
        var figures = article.Metrics = new List<Metric>(count);
        for (int i = 0; i < count; i++)
        {
            var (figureId, offset, span, value) = (r.ReadInt64(), r.ReadInt32(), r.ReadString(), r.ReadDecimal());
            figures.Add(new Metric
            {
                Id = figureId,
                ArticleId = id,
                Article = article,
                Offset = offset,
                Span = span,
                Value = value,
                BaseValue = r.ReadBoolean() ? r.ReadDecimal() : null,
                Unit = r.ReadString(),
                BaseUnit = Text(r),
                Measure = Text(r),
                Subject = Text(r),
                Period = Text(r),
                Kind = FigureKinds[r.ReadString()],
                Status = FigureStatuses[r.ReadString()],
                Qualifier = Text(r),
                Family = Text(r),
            });
        }
        article.FigureCount = figures.Count;
        return article;
    }

    private static void Text(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Texts(BinaryWriter w, List<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values) w.Write(value);
    }

    private static List<string> Texts(BinaryReader r)
    {
        int count = r.ReadInt32();
        var values = new List<string>(count);
        for (int i = 0; i < count; i++) values.Add(r.ReadString());
        return values;
    }

    private static void Number(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } n) w.Write(n);
    }

    private static int? Number(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static void Date(BinaryWriter w, DateOnly? value)
    {
        w.Write(value.HasValue);
        if (value is { } date) w.Write(date.DayNumber);
    }

    private static DateOnly? Date(BinaryReader r) => r.ReadBoolean() ? DateOnly.FromDayNumber(r.ReadInt32()) : null;
}
