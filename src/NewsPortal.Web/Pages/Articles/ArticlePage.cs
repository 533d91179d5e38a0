using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;
using Npgsql;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>Everything the article page shows: the article, its edition's raw text, its entities and its figures.</summary>
/// <param name="Entities">Most mentioned first.</param>
/// <param name="Figures">In reading order, each with the offset where it was printed in the body.</param>
public sealed record ArticlePage(
    long Id,
    string Title,
    List<string> Subtitles,
    ArticleKind Kind,
    string? Source,
    string? Dateline,
    List<string> Reporters,
    DateOnly? EventDate,
    DateOnly? PublishedOn,
    bool Complete,
    string? Continued,
    string Body,
    List<ParagraphSource> Paragraphs,
    EditionHeading Edition,
    List<EntityMention> Entities,
    List<FigureInBody> Figures);

/// <summary>The edition an article was printed in, and that page's raw text.</summary>
public sealed record EditionHeading(long Id, string? Paper, int? PageNumber, DateOnly? PublishedOn, string RawText);

/// <summary>An entity an article speaks of, this many times.</summary>
public sealed record EntityMention(EntityKind Kind, string Name, int Mentions);

/// <summary>A figure of the article and its offset in the body.</summary>
public sealed record FigureInBody(FigureRow Row, int Offset);

/// <summary>
/// The article page's one statement: the article and its edition as columns, its entities and its figures as one array
/// a column, read straight from the data reader into <see cref="ArticlePage"/>. It was one JSON document
/// built by PostgreSQL and parsed here: escaping the body and the page's raw text into JSON took PostgreSQL longer than
/// finding the rows, and the parse was a tenth of the page's CPU. Before that it was EF's compiled split query (three
/// statements, three round trips). The command goes through EF's raw SQL pipeline, so it is logged, intercepted and
/// prepared (Max Auto Prepare, <see cref="DatabaseSetup"/>) like every other.
/// </summary>
public static class ArticlePageQuery
{
    /// <summary>
    /// Every array of the entities (and of the figures) in the same order, that of the rows aggregated: they are sorted
    /// here (a sorted aggregate is a sort per array, which took PostgreSQL longer than the rest of the statement).
    /// Each entity is looked up by its key, one row at a time (<c>OFFSET 0</c> keeps the lateral subquery from being
    /// flattened into a join): with a few hundred entities the planner hashed the whole table twice a request, a third
    /// of the statement's CPU.
    /// </summary>
    internal const string Sql = """
        SELECT a.title, a.subtitles, a.kind, a.source, a.dateline, a.reporters, a.event_date, a.published_on, a.complete,
               a.continued, a.body, a.paragraphs::text,
               e.id, e.paper, e.page_number, e.published_on, e.raw_text,
               n.kinds, n.names, n.mentions,
               f.ids, f.offsets, f.spans, f.vals, f.units, f.base_values, f.base_units, f.measures, f.subjects, f.periods,
               f.kinds, f.statuses, f.qualifiers, f.families
          FROM articles a JOIN editions e ON e.id = a.edition_id
         CROSS JOIN LATERAL (
               SELECT array_agg(n.kind) AS kinds,
                      array_agg(n.name) AS names,
                      array_agg(l.mentions) AS mentions
                 FROM article_entities l
                CROSS JOIN LATERAL (SELECT n.kind, n.name FROM entities n WHERE n.id = l.entity_id OFFSET 0) n
                WHERE l.article_id = a.id) n
         CROSS JOIN LATERAL (
               SELECT array_agg(m.id) AS ids,
                      array_agg(m."offset") AS offsets,
                      array_agg(m.span) AS spans,
                      array_agg(m.value) AS vals,
                      array_agg(m.unit) AS units,
                      array_agg(m.base_value) AS base_values,
                      array_agg(m.base_unit) AS base_units,
                      array_agg(m.measure) AS measures,
                      array_agg(COALESCE((SELECT s.name FROM entities s WHERE s.id = m.subject_entity_id), m.subject)) AS subjects,
                      array_agg(m.period) AS periods,
                      array_agg(m.kind) AS kinds,
                      array_agg(m.status) AS statuses,
                      array_agg(m.qualifier) AS qualifiers,
                      array_agg(m.family) AS families
                 FROM metrics m
                WHERE m.article_id = a.id) f
         WHERE a.id = @id
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Dictionary<string, ArticleKind> ArticleKinds = Enum.GetValues<ArticleKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, EntityKind> EntityKinds = Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, FigureKind> FigureKinds = Enum.GetValues<FigureKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, FigureStatus> FigureStatuses = Enum.GetValues<FigureStatus>().ToDictionary(s => s.ToString());

    public static async Task<ArticlePage?> ArticlePageAsync(this NewsPortalDbContext db, long id, CancellationToken ct)
    {
        await using var reader = await db.ReadRawAsync(Sql, [new NpgsqlParameter<long>("id", id)], ct);
        var row = reader.DbDataReader;
        if (!await row.ReadAsync(ct))
        {
            return null;
        }
        string title = row.GetString(0);
        DateOnly? publishedOn = Date(row, 7);
        return new ArticlePage(
            id,
            title,
            [.. row.GetFieldValue<string[]>(1)],
            ArticleKinds[row.GetString(2)],
            Text(row, 3),
            Text(row, 4),
            [.. row.GetFieldValue<string[]>(5)],
            Date(row, 6),
            publishedOn,
            row.GetBoolean(8),
            Text(row, 9),
            row.GetString(10),
            JsonSerializer.Deserialize<List<ParagraphSource>>(row.GetString(11), Json) ?? [],
            new EditionHeading(row.GetInt64(12), Text(row, 13), row.IsDBNull(14) ? null : row.GetInt32(14), Date(row, 15), row.GetString(16)),
            Entities(row),
            Figures(row, id, title, publishedOn));
    }

    internal static readonly Comparison<EntityMention> MostMentionedFirst = (a, b) =>
        a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions)
        : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName
        : a.Kind.CompareTo(b.Kind);

    internal static readonly Comparison<FigureInBody> InReadingOrder = (a, b) =>
        a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Row.Id.CompareTo(b.Row.Id);

    /// <summary>Columns 17–19: kinds, names and mentions, one element an entity (null arrays when there is none).</summary>
    private static List<EntityMention> Entities(DbDataReader row)
    {
        if (row.IsDBNull(17))
        {
            return [];
        }
        var (kinds, names, mentions) = (row.GetFieldValue<string[]>(17), row.GetFieldValue<string[]>(18), row.GetFieldValue<int[]>(19));
        var entities = new List<EntityMention>(kinds.Length);
        for (int i = 0; i < kinds.Length; i++)
        {
            entities.Add(new EntityMention(EntityKinds[kinds[i]], names[i], mentions[i]));
        }
        entities.Sort(MostMentionedFirst);
        return entities;
    }

    /// <summary>Columns 20–33: one element a figure, in reading order (null arrays when there is none).</summary>
    private static List<FigureInBody> Figures(DbDataReader row, long articleId, string title, DateOnly? publishedOn)
    {
        if (row.IsDBNull(20))
        {
            return [];
        }
        var ids = row.GetFieldValue<long[]>(20);
        var offsets = row.GetFieldValue<int[]>(21);
        var spans = row.GetFieldValue<string[]>(22);
        var values = row.GetFieldValue<decimal[]>(23);
        var units = row.GetFieldValue<string[]>(24);
        var baseValues = row.GetFieldValue<decimal?[]>(25);
        var (baseUnits, measures, subjects, periods) = (Texts(row, 26), Texts(row, 27), Texts(row, 28), Texts(row, 29));
        var (kinds, statuses, qualifiers, families) = (row.GetFieldValue<string[]>(30), row.GetFieldValue<string[]>(31), Texts(row, 32), Texts(row, 33));
        var figures = new List<FigureInBody>(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            figures.Add(new FigureInBody(
                new FigureRow(ids[i], articleId, title, publishedOn, spans[i], values[i], units[i], baseValues[i], baseUnits[i], measures[i],
                    subjects[i], periods[i], FigureKinds[kinds[i]], FigureStatuses[statuses[i]], qualifiers[i], families[i]),
                offsets[i]));
        }
        figures.Sort(InReadingOrder);
        return figures;
    }

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static string?[] Texts(DbDataReader row, int ordinal) => row.GetFieldValue<string?[]>(ordinal);

    private static DateOnly? Date(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetFieldValue<DateOnly>(ordinal);
}
