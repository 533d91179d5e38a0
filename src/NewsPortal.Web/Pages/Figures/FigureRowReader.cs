using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using Npgsql;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// Reads <see cref="FigureRow"/>s from a statement that selects <see cref="Columns"/> (metrics as m, their articles as
/// a, subject entities as s), straight from the data reader, as EF's <see cref="FigureRow.FromMetric"/> would have
/// projected them. The command goes through EF's raw SQL pipeline, so it is logged, intercepted and prepared like the
/// portal's other statements.
/// </summary>
public static class FigureRowReader
{
    /// <summary>The columns of <see cref="FigureRow"/>, in its order: the subject is the entity's name when there is one.</summary>
    public const string Columns = """
        m.id, m.article_id, a.title, a.published_on, m.span, m.value, m.unit, m.base_value, m.base_unit, m.measure,
        CASE WHEN s.id IS NOT NULL THEN s.name ELSE m.subject END, m.period, m.kind, m.status, m.qualifier, m.family
        """;

    private static readonly Dictionary<string, FigureKind> Kinds = Enum.GetValues<FigureKind>().ToDictionary(k => k.ToString());
    private static readonly Dictionary<string, FigureStatus> Statuses = Enum.GetValues<FigureStatus>().ToDictionary(s => s.ToString());

    public static async IAsyncEnumerable<FigureRow> ReadAsync(NewsPortalDbContext db, string sql, IReadOnlyList<NpgsqlParameter> parameters,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var context = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(context, ct);
        var rows = reader.DbDataReader;
        while (await rows.ReadAsync(ct))
        {
            yield return new FigureRow(
                rows.GetInt64(0),
                rows.GetInt64(1),
                rows.GetString(2),
                rows.IsDBNull(3) ? null : rows.GetFieldValue<DateOnly>(3),
                rows.GetString(4),
                rows.GetDecimal(5),
                rows.GetString(6),
                rows.IsDBNull(7) ? null : rows.GetDecimal(7),
                Optional(rows, 8),
                Optional(rows, 9),
                Optional(rows, 10),
                Optional(rows, 11),
                Kinds[rows.GetString(12)],
                Statuses[rows.GetString(13)],
                Optional(rows, 14),
                Optional(rows, 15));
        }
    }

    private static string? Optional(System.Data.Common.DbDataReader rows, int ordinal) => rows.IsDBNull(ordinal) ? null : rows.GetString(ordinal);
}
