using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Articles;
using NewsPortal.Web.Pages.Figures;
using NewsPortal.Web.Pages.Shared;
using Npgsql;

namespace NewsPortal.Web.Pages.Entities;

/// <summary>
/// What a district's or cluster's page reads from PostgreSQL, in one statement that returns it as one JSON value: the
/// entity and its article count, the corpus version, its page of article cards with their districts, its newest
/// figures, and (for a district) its most reported measures with the chosen measure's newest points. Read as six EF
/// queries, each had its own round trip, bind and plan, and EF's query pipeline took a quarter of the page's CPU.
/// </summary>
/// <param name="Articles">The articles that name the entity (maintained, entity_stats).</param>
/// <param name="Measure">The measure the chart follows: the one asked for when the entity reports it, else its most reported.</param>
/// <param name="Points">The measure's newest <see cref="EntityPageQuery.PointCount"/> dated figures, oldest first.</param>
public sealed record EntityPage(
    long Id,
    int Articles,
    long Version,
    IReadOnlyList<ArticleCard> Cards,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<string> Measures,
    string? Measure,
    IReadOnlyList<MeasurePoint> Points);

public static class EntityPageQuery
{
    public const int PageSize = 10;

    /// <summary>The newest figures a page lists.</summary>
    public const int FigureCount = 30;

    /// <summary>The measure drop-down lists the entity's most reported measures, at most this many.</summary>
    public const int MeasureLimit = 100;

    /// <summary>Points of the measure chart.</summary>
    public const int PointCount = 200;

    /// <summary>One figure of a page as JSON, from a metrics row <c>f</c>, its article <c>a</c> and its subject
    /// entity <c>s</c> (the district and cluster pages, the filtered figures page).</summary>
    internal const string FigureRowJson = """
        json_build_object(
                                'id', f.id, 'articleId', f.article_id, 'articleTitle', a.title, 'publishedOn', a.published_on,
                                'span', f.span, 'value', f.value, 'unit', f.unit, 'baseValue', f.base_value, 'baseUnit', f.base_unit,
                                'measure', f.measure, 'subject', CASE WHEN s.id IS NOT NULL THEN s.name ELSE f.subject END,
                                'period', f.period, 'kind', f.kind, 'status', f.status, 'qualifier', f.qualifier, 'family', f.family)
        """;

    // The page's sizes are written into the statement, not bound: with LIMIT and substring lengths as parameters the
    // planner judged its generic plan dearer than a custom one and planned the statement afresh at every bind (1.2 ms).
    // The cards as ArticleQueries lists an entity's articles (newest first, the page clamped to the last), each with its
    // most-mentioned districts; the figures through the entity's links, newest first (EntityFigures.NewestIn); the
    // measures from entity_measure_stats; the points from entity_figure_exports (index-only, the district's range).
    private static readonly string Sql = $"""
        WITH e AS (
            SELECT e.id,
                   coalesce((SELECT s.articles FROM entity_stats s WHERE s.entity_id = e.id), 0) AS articles,
                   coalesce((SELECT t.version FROM corpus_totals t WHERE t.id = 1), 0) AS version
            FROM entities e
            WHERE e.kind = @kind AND e.name = @name),
        measures AS (
            SELECT s.measure, s.figures
            FROM e JOIN entity_measure_stats s ON s.entity_id = e.id
            WHERE @measures
            ORDER BY s.figures DESC, s.measure
            LIMIT {MeasureLimit}),
        chosen AS (
            SELECT coalesce((SELECT m.measure FROM measures m WHERE m.measure = @measure),
                            (SELECT m.measure FROM measures m ORDER BY m.figures DESC, m.measure LIMIT 1)) AS measure)
        SELECT json_build_object(
            'id', e.id, 'articles', e.articles, 'version', e.version,
            'cards', coalesce((
                SELECT json_agg(json_build_object(
                        'id', a.id, 'title', a.title, 'subtitle', CASE WHEN cardinality(a.subtitles) > 0 THEN a.subtitles[1] END,
                        'source', a.source, 'publishedOn', a.published_on, 'kind', a.kind, 'lead', substring(a.body, 1, {ArticleCard.LeadLength}),
                        'figures', a.figure_count,
                        'districts', coalesce((
                            SELECT json_agg(d.name ORDER BY d.mentions DESC, d.entity_id)
                            FROM (SELECT n.name, l.mentions, l.entity_id
                                  FROM article_entities l JOIN entities n ON n.id = l.entity_id
                                  WHERE l.article_id = a.id AND n.kind = 'District'
                                  ORDER BY l.mentions DESC, l.entity_id
                                  LIMIT {ArticleCard.DistrictCount}) d), '[]'))
                    ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, a.id DESC)
                FROM (SELECT a.id, a.title, a.subtitles, a.source, a.published_on, a.kind, a.body, a.figure_count
                      FROM articles a
                      WHERE EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = a.id AND l.entity_id = e.id)
                      ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, a.id DESC
                      OFFSET (least(@page, greatest(1, (e.articles + {PageSize} - 1) / {PageSize})) - 1) * {PageSize}
                      LIMIT {PageSize}) a), '[]'),
            'figures', coalesce((
                SELECT json_agg({FigureRowJson}
                    ORDER BY f.day DESC, f.article_id DESC, f."offset")
                FROM (SELECT l.published_on AS day, m.*
                      FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
                      WHERE l.entity_id = e.id
                      ORDER BY l.published_on DESC, l.article_id DESC, m."offset"
                      LIMIT {FigureCount}) f
                JOIN articles a ON a.id = f.article_id
                LEFT JOIN entities s ON s.id = f.subject_entity_id), '[]'),
            'measures', coalesce((SELECT json_agg(m.measure ORDER BY m.figures DESC, m.measure) FROM measures m), '[]'),
            'measure', (SELECT c.measure FROM chosen c),
            'points', coalesce((
                SELECT json_agg(json_build_object(
                        'publishedOn', p.day, 'period', p.period, 'value', p.value, 'unit', p.unit,
                        'baseValue', p.base_value, 'baseUnit', p.base_unit)
                    ORDER BY p.day, p.article_id, p."offset" DESC)
                FROM (SELECT x.day, x.article_id, x."offset", x.period, x.value, x.unit, x.base_value, x.base_unit
                      FROM entity_figure_exports x
                      WHERE x.entity_id = e.id AND x.measure = (SELECT c.measure FROM chosen c) AND x.day > '-infinity'::date
                      ORDER BY x.day DESC, x.article_id DESC, x."offset"
                      LIMIT {PointCount}) p), '[]'))
        FROM e
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The page of the entity of this kind and name (null: no such entity); <paramref name="measures"/> false leaves measures and points empty.</summary>
    public static async Task<EntityPage?> EntityPageAsync(this NewsPortalDbContext db, EntityKind kind, string name, int page,
        string? measure, bool measures, CancellationToken ct)
    {
        NpgsqlParameter[] parameters =
        [
            new NpgsqlParameter<string>("kind", kind.ToString()),
            new NpgsqlParameter<string>("name", name),
            new NpgsqlParameter<int>("page", Paging.Clamp(page)),
            new NpgsqlParameter<bool>("measures", measures),
            new NpgsqlParameter<string>("measure", measure ?? "") { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
        ];
        await using var reader = await db.ReadRawAsync(Sql, parameters, ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return JsonSerializer.Deserialize<EntityPage>(reader.DbDataReader.GetString(0), Json);
    }
}
