using System.Buffers;
using System.Data;
using System.IO.Pipelines;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using Npgsql;
using NpgsqlTypes;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The figures CSV of one district or cluster and one measure (<see cref="FigureFilter.OneEntityMeasure"/>), the same
/// bytes as <see cref="FigureCsvWriter"/> writes: each figure's line is kept ready-made in entity_figure_exports
/// (written at ingestion by <c>figure_csv_text</c>, <see cref="FigureCsv.Text"/>'s quoting and defusing in SQL), and
/// PostgreSQL joins the lines of one index-only range, in the table's order, into one value (<see cref="Sql"/>).
/// As one COPY row a line, PostgreSQL had sent the export 8 KB at a time and the portal had woken about 70 times to
/// read it, each wake a wait for a core when the machine is busy (the export's p99); one value is read in a few.
/// </summary>
public static class EntityFigureCsv
{
    /// <summary>
    /// The CSV's lines without their header, each but the last followed by <c>@ending</c> (the measure's industry and
    /// CRLF: the column <see cref="FigureCsvWriter"/> writes last), as bytes; null when there is none.
    /// </summary>
    public const string Sql = """
        SELECT textsend(string_agg(coalesce(x.line, figure_csv_line(x.metric_id, x.day)), @ending ORDER BY x.day DESC, x.article_id DESC, x."offset"))
          FROM entity_figure_exports x
         WHERE x.entity_id = (SELECT e.id FROM entities e WHERE e.kind = @kind AND e.name = @name)
           AND x.measure = @measure
        """;

    /// <summary>
    /// At most two exports a core read from PostgreSQL at a time: with eight at once (wrk -c8 on two cores) eight COPY
    /// backends, the portal and the clients share the cores, and an export's p99 was 0.2–0.7 s against 17 ms one at a
    /// time. An export waits for a turn, reads its lines into memory (up to <see cref="BufferedBytes"/>; a larger one
    /// streams the rest in its turn) and writes them to the client after giving the turn and the connection back, so a
    /// slow client holds neither. Measured in turns at load 8–13: one a core, p99 51–119 ms but 270–350 req/s; two a
    /// core, p99 88–98 ms at 370–430 req/s; none, p99 218–393 ms at 300–500 req/s (docs/benchmarks.md).
    /// </summary>
    private static readonly SemaphoreSlim Turns = new(2 * Environment.ProcessorCount);

    /// <summary>An export is held in memory up to this size (a district's 2,700 figures of one measure are about 0.6 MB).</summary>
    public const int BufferedBytes = 8 * 1024 * 1024;

    /// <summary><see cref="Sql"/>'s parameters for one district or cluster and one measure.</summary>
    public static NpgsqlParameter[] Parameters(EntityKind kind, string name, string measure) =>
    [
        new("ending", NpgsqlDbType.Text) { Value = Ending(measure) },
        new("kind", NpgsqlDbType.Text) { Value = kind.ToString() },
        new("name", NpgsqlDbType.Text) { Value = name },
        new("measure", NpgsqlDbType.Text) { Value = measure },
    ];

    /// <summary>Writes the CSV (byte-order mark, header, lines) to <paramref name="response"/>: read in one of the
    /// <see cref="Turns"/> into segments of <paramref name="segmentBytes"/>, sent after it with its Content-Length (past
    /// <see cref="BufferedBytes"/>, streamed in its turn without one).</summary>
    public static async Task WriteAsync(NewsPortalDbContext db, EntityKind kind, string name, string measure, HttpResponse response, int segmentBytes, CancellationToken ct)
    {
        using var body = new CsvBody(segmentBytes);
        body.Write(Encoding.UTF8.Preamble);
        new FigureCsvWriter(body).WriteHeader();
        var streamed = false;
        // Text cannot hold NUL, so no row has such a name (and PostgreSQL refuses it as a parameter).
        if (!name.Contains('\0') && !measure.Contains('\0'))
        {
            await Turns.WaitAsync(ct);
            try
            {
                streamed = await ReadAsync(db, kind, name, measure, body, response.BodyWriter, segmentBytes, ct);
            }
            finally
            {
                Turns.Release();
            }
        }
        if (!streamed)
        {
            response.ContentLength = body.Length;
        }
        body.MoveTo(response.BodyWriter);
        await response.BodyWriter.FlushAsync(ct);
    }

    /// <returns>Whether the body outgrew <see cref="BufferedBytes"/> and was streamed (what is left still in <paramref name="body"/>).</returns>
    private static async Task<bool> ReadAsync(NewsPortalDbContext db, EntityKind kind, string name, string measure, CsvBody body, PipeWriter output, int segmentBytes, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var streaming = false;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddRange(Parameters(kind, name, measure));
            // Sequential: the value is read from the connection as it arrives, never held whole by Npgsql.
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            if (!await reader.ReadAsync(ct) || await reader.IsDBNullAsync(0, ct))
            {
                return false;
            }
            await using (var lines = reader.GetStream(0))
            {
                int read;
                while ((read = await lines.ReadAsync(body.GetMemory(), ct)) > 0)
                {
                    body.Advance(read);
                    streaming |= body.Length >= BufferedBytes;
                    if (streaming && body.Length >= segmentBytes)
                    {
                        body.MoveTo(output);
                        await output.FlushAsync(ct);
                    }
                }
            }
            body.Write(Encoding.UTF8.GetBytes(Ending(measure)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return streaming;
    }

    /// <summary>What ends every line: the measure's industry (the CSV's last column) and CRLF.</summary>
    private static string Ending(string measure) => $",{FigureCsv.Text(IndustryVocabulary.Default.CanonicalOf(measure))}\r\n";
}
