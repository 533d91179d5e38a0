using Microsoft.EntityFrameworkCore.Metadata;
using NewsPortal.Data.Model;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>
/// Keeps the planner's statistics of the tables every page writes in step with their growth: a table that has
/// doubled since its last ANALYZE (or never had one) is analyzed after the flush. Autovacuum looks at a database at
/// most once a minute, so a corpus ingested from empty ran for minutes on no statistics: the planner then assumes
/// 200 distinct article ids in article_entities and metrics, the per-page trigger statements that join a page's new
/// rows to them by article chose hash joins over whole-table scans, and prepared statements kept plans made for tiny
/// tables (a sequential scan of editions for every page), so each page cost more as the corpus grew.
/// Growth is read from two sources: the table's size on disk against the size its last ANALYZE saw, which is always
/// current, and the server's count of changed rows, which also sees updates and deletes but counts another backend's
/// writes only once that backend reports them (up to a second or more after its commit, later on a busy server).
/// </summary>
internal sealed class GrowingTables
{
    /// <summary>Changes below this never call for an ANALYZE (the first one comes at this size).</summary>
    private const int MinimumChanges = 1000;

    /// <summary>Growth on disk below this many pages (8 kB each) never calls for an ANALYZE.</summary>
    private const int MinimumPages = 16;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<IModel, GrowingTables> ByModel = [];

    private readonly string[] _tables;

    private GrowingTables(IModel model) => _tables =
    [
        Sql.Table(Sql.TableOf<Edition>(model)),
        Sql.Table(Sql.TableOf<Article>(model)),
        Sql.Table(Sql.TableOf<ArticleEntity>(model)),
        Sql.Table(Sql.TableOf<Metric>(model)),
        Sql.Table(Sql.TableOf<IngestedFile>(model)),
    ];

    public static GrowingTables For(IModel model)
    {
        lock (Gate)
        {
            if (!ByModel.TryGetValue(model, out var tables)) ByModel[model] = tables = new GrowingTables(model);
            return tables;
        }
    }

    /// <summary>Analyzes the tables that have doubled since their last ANALYZE; one cheap query when none has.</summary>
    public async Task AnalyzeGrownAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        const string grown = """
            SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid = ANY(@tables::text[]::regclass[])
              AND (pg_relation_size(c.oid) / current_setting('block_size')::int > greatest(@minimumPages, 2 * c.relpages)
                   OR pg_stat_get_mod_since_analyze(c.oid) > greatest(@minimum, c.reltuples))
            """;
        await using var find = new NpgsqlCommand(grown, connection)
        {
            Parameters =
            {
                new NpgsqlParameter("tables", _tables),
                new NpgsqlParameter("minimum", MinimumChanges),
                new NpgsqlParameter("minimumPages", MinimumPages),
            },
        };
        if (await find.ExecuteScalarAsync(ct) is not string tables) return;
        await using var analyze = new NpgsqlCommand($"ANALYZE {tables}", connection);
        await analyze.ExecuteNonQueryAsync(ct);
    }
}
