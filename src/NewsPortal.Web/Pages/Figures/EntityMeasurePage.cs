using System.Text.Json;
using System.Text.Json.Serialization;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Shared;
using Npgsql;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// What the figures page of one district or cluster and one measure reads, in one statement returning one JSON value:
/// the entity, its count of the measure's figures (maintained) and the corpus version, its page of figures newest
/// first, and its chart's oldest points. Read as three EF queries (<see cref="EntityMeasureFigures"/>), each had its
/// own round trip, bind and plan, and EF's query pipeline took a tenth of the page's CPU.
/// </summary>
/// <param name="Rows">The page of figures, newest first (undated last), then by article and place.</param>
/// <param name="Dated">The chart's first <see cref="MeasureOverPeriods.MaxPoints"/> dated points by date, period and id.</param>
/// <param name="Undated">Undated points by period and id, as many as the dated ones leave room for.</param>
public sealed record EntityMeasurePage(long Id, int Figures, long Version, IReadOnlyList<FigureRow> Rows, IReadOnlyList<FigurePoint> Dated, IReadOnlyList<FigurePoint> Undated)
{
    /// <summary>The chart's points as <see cref="EntityMeasureFigures.OldestAsync"/> reads them: the dated first, then the undated.</summary>
    public IEnumerable<FigurePoint> Points => Dated.Concat(Undated);
}

public static class EntityMeasurePageQuery
{
    private const int Take = MeasureOverPeriods.MaxPoints;
    private const int PageSize = IndexModel.PageSize;

    // The same reads as EntityMeasureFigures' three queries, each a range of entity_figures' key: the page as
    // NewestAsync (its offset clamped to the last page as Paging does), the points as OldestAsync (dated points only
    // up to the date of the Take-th dated row in the key's order, then undated ones). Sizes are written in, not bound
    // (see EntityPageQuery).
    private static readonly string Sql = $"""
        WITH e AS (
            SELECT e.id,
                   coalesce((SELECT s.figures FROM entity_measure_stats s WHERE s.entity_id = e.id AND s.measure = @measure), 0) AS figures,
                   coalesce((SELECT t.version FROM corpus_totals t WHERE t.id = 1), 0) AS version
            FROM entities e
            WHERE e.kind = @kind AND e.name = @name),
        dated AS (
            SELECT f.day, m.id, m.article_id, m.period, m.value, m.unit, m.base_value, m.base_unit
            FROM e JOIN entity_figures f ON f.entity_id = e.id AND f.measure = @measure
                   JOIN metrics m ON m.id = f.metric_id
            WHERE f.day > '-infinity'::date
              AND f.day <= coalesce((SELECT x.day FROM entity_figures x
                                     WHERE x.entity_id = e.id AND x.measure = @measure AND x.day > '-infinity'::date
                                     ORDER BY x.day, x.article_id, x."offset"
                                     OFFSET {Take - 1} LIMIT 1), 'infinity'::date)
            ORDER BY f.day, m.period, m.id
            LIMIT {Take}),
        undated AS (
            SELECT m.id, m.article_id, m.period, m.value, m.unit, m.base_value, m.base_unit
            FROM e JOIN entity_figures f ON f.entity_id = e.id AND f.measure = @measure
                   JOIN metrics m ON m.id = f.metric_id
            WHERE f.day = '-infinity'::date
            ORDER BY m.period, m.id
            LIMIT greatest(0, {Take} - (SELECT count(*) FROM dated)))
        SELECT json_build_object(
            'id', e.id, 'figures', e.figures, 'version', e.version,
            'rows', coalesce((
                SELECT json_agg({EntityPageQuery.FigureRowJson}
                    ORDER BY f.day DESC, f.key_article_id DESC, f.key_offset)
                FROM (SELECT x.day, x.article_id AS key_article_id, x."offset" AS key_offset, m.*
                      FROM entity_figures x JOIN metrics m ON m.id = x.metric_id
                      WHERE x.entity_id = e.id AND x.measure = @measure
                      ORDER BY x.day DESC, x.article_id DESC, x."offset"
                      OFFSET (least(@page, greatest(1, (e.figures + {PageSize} - 1) / {PageSize})) - 1) * {PageSize}
                      LIMIT {PageSize}) f
                JOIN articles a ON a.id = f.article_id
                LEFT JOIN entities s ON s.id = f.subject_entity_id), '[]'),
            'dated', coalesce((
                SELECT json_agg(json_build_object(
                        'id', p.id, 'articleId', p.article_id, 'publishedOn', p.day, 'period', p.period,
                        'value', p.value, 'unit', p.unit, 'baseValue', p.base_value, 'baseUnit', p.base_unit)
                    ORDER BY p.day, p.period, p.id)
                FROM dated p), '[]'),
            'undated', coalesce((
                SELECT json_agg(json_build_object(
                        'id', p.id, 'articleId', p.article_id, 'period', p.period,
                        'value', p.value, 'unit', p.unit, 'baseValue', p.base_value, 'baseUnit', p.base_unit)
                    ORDER BY p.period, p.id)
                FROM undated p), '[]'))
        FROM e
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The page of <paramref name="page"/> (clamped as <see cref="Paging"/> clamps it); null when there is no such entity.</summary>
    public static async Task<EntityMeasurePage?> EntityMeasurePageAsync(this NewsPortalDbContext db, EntityKind kind, string name, string measure,
        int page, CancellationToken ct)
    {
        NpgsqlParameter[] parameters =
        [
            new NpgsqlParameter<string>("kind", kind.ToString()),
            new NpgsqlParameter<string>("name", name),
            new NpgsqlParameter<string>("measure", measure),
            new NpgsqlParameter<int>("page", Paging.Clamp(page)),
        ];
        await using var reader = await db.ReadRawAsync(Sql, parameters, ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return JsonSerializer.Deserialize<EntityMeasurePage>(reader.DbDataReader.GetString(0), Json);
    }
}
