using System.Text.Json;
using Npgsql;

namespace NewsPortal.Web.Tests.Scale;

/// <summary>A scan of a whole table that a page request made, found in the statement's plan.</summary>
public sealed record TableScan(string Table, string Sql);

/// <summary>Explains recorded statements and finds sequential scans of the tables that grow with the corpus.</summary>
public static class QueryPlans
{
    public static readonly IReadOnlySet<string> GrowingTables = new HashSet<string> { "articles", "entities", "article_entities", "metrics", "entity_figures", "entity_figure_exports" };

    /// <summary>
    /// Plans each statement with sequential scans discouraged (enable_seqscan = off), so that on a small test corpus the
    /// planner still takes an index when one can serve: a Seq Scan left in the plan means no index can.
    /// </summary>
    public static async Task<IReadOnlyList<TableScan>> SequentialScansAsync(string connectionString, IEnumerable<RecordedCommand> commands)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }
        var scans = new List<TableScan>();
        foreach (var command in commands)
        {
            var sql = command.Sql.TrimStart();
            if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !sql.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
            foreach (var parameter in command.Parameters)
            {
                explain.Parameters.Add(parameter.Clone());
            }
            var json = (string)(await explain.ExecuteScalarAsync())!;
            using var plan = JsonDocument.Parse(json);
            Collect(plan.RootElement, sql, scans);
        }
        return scans;
    }

    /// <summary>
    /// The plan of one statement (JSON), sequential scans discouraged as in <see cref="SequentialScansAsync"/> unless
    /// <paramref name="asPlanned"/> (the planner's own choice, as the portal gets it).
    /// </summary>
    public static async Task<string> ExplainAsync(string connectionString, string sql, IEnumerable<NpgsqlParameter>? parameters = null, bool asPlanned = false)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (!asPlanned)
        {
            await using var off = new NpgsqlCommand("SET enable_seqscan = off", connection);
            await off.ExecuteNonQueryAsync();
        }
        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
        foreach (var parameter in parameters ?? [])
        {
            explain.Parameters.Add(parameter.Clone());
        }
        return (string)(await explain.ExecuteScalarAsync())!;
    }

    private static void Collect(JsonElement element, string sql, List<TableScan> scans)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("Node Type", out var type) && type.GetString() == "Seq Scan"
                    && element.TryGetProperty("Relation Name", out var relation) && GrowingTables.Contains(relation.GetString()!))
                {
                    scans.Add(new TableScan(relation.GetString()!, sql));
                }
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, sql, scans);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, sql, scans);
                }
                break;
        }
    }
}
