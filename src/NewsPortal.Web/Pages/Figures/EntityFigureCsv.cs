using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using Npgsql;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// The figures CSV of one district or cluster and one measure (<see cref="FigureFilter.OneEntityMeasure"/>), the same
/// bytes as <see cref="FigureCsvWriter"/> writes: PostgreSQL writes the lines (<c>COPY … (FORMAT csv)</c>) from one
/// index-only range of entity_figure_exports, in the table's order, with <see cref="FigureCsv.Text"/>'s formula
/// defusing; the portal passes them on, adding the measure's industry and CRLF to each. Read as 17 columns a row into
/// objects and written out again, 1,763 rows had cost the portal 6–7 ms and PostgreSQL 13 ms (a metric and an article
/// looked up a row).
/// </summary>
public static class EntityFigureCsv
{
    /// <summary>
    /// A text cell as <see cref="FigureCsv.Text"/> writes it, before quoting (COPY quotes what holds a comma, a quote or
    /// a line break, as it does): empty as nothing (COPY would write <c>""</c>), a formula's first character (= + - @,
    /// tab, carriage return: their code points) defused. lower() of kind and status in the C collation: ASCII, no locale.
    /// </summary>
    private static string Cell(string e) =>
        $"CASE WHEN {e} = '' THEN NULL WHEN ascii({e}) IN (61, 43, 45, 64, 9, 13) THEN '''' || {e} ELSE {e} END";

    /// <summary>The statement whose rows are the CSV's lines without their industry (the columns of <see cref="FigureCsvWriter"/>).</summary>
    public static string Select(EntityKind kind, string name, string measure) => $"""
        SELECT x.metric_id, x.article_id, {Cell("coalesce(x.article_title, (SELECT a.title FROM articles a WHERE a.id = x.article_id))")},
               to_char(nullif(x.day, '-infinity'::date), 'YYYY-MM-DD'), {Cell("x.span")}, x.value, {Cell("x.unit")}, x.base_value,
               {Cell("x.base_unit")}, {Cell("x.measure")}, {Cell("CASE WHEN s.id IS NOT NULL THEN s.name ELSE x.subject END")},
               {Cell("x.period")}, lower(x.kind COLLATE "C"), lower(x.status COLLATE "C"), {Cell("x.qualifier")}, {Cell("x.family")}
          FROM entity_figure_exports x
          LEFT JOIN entities s ON s.id = x.subject_entity_id
         WHERE x.entity_id = (SELECT e.id FROM entities e WHERE e.kind = '{kind}' AND e.name = {Literal(name)})
           AND x.measure = {Literal(measure)}
         ORDER BY x.day DESC, x.article_id DESC, x."offset"
        """;

    /// <summary>Writes the CSV (byte-order mark, header, lines) to <paramref name="output"/>, flushing every <paramref name="chunkBytes"/>.</summary>
    public static async Task WriteAsync(NewsPortalDbContext db, EntityKind kind, string name, string measure, PipeWriter output, int chunkBytes, CancellationToken ct)
    {
        var chunk = new ArrayBufferWriter<byte>(chunkBytes + 4096);
        chunk.Write(Encoding.UTF8.Preamble);
        new FigureCsvWriter(chunk).WriteHeader();
        // COPY takes no parameters: the two names go in as literals. Text cannot hold NUL, so no row has such a name.
        if (!name.Contains('\0') && !measure.Contains('\0'))
        {
            var ending = Encoding.UTF8.GetBytes($",{FigureCsv.Text(IndustryVocabulary.Default.CanonicalOf(measure))}\r\n");
            var lines = new CopyLines(chunk, ending);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var reader = await connection.BeginTextExportAsync($"COPY ({Select(kind, name, measure)}) TO STDOUT (FORMAT csv)", ct);
                // The bytes themselves (UTF-8, as the connection's client encoding), read from the reader's stream: the
                // reader's own ReadAsync is StreamReader's fallback for a subclass, a blocking Read queued to the
                // thread pool, which under load starved the pool (p99 over 400 ms).
                var copy = reader.BaseStream;
                var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
                try
                {
                    int read;
                    while ((read = await copy.ReadAsync(buffer.AsMemory(), ct)) > 0)
                    {
                        lines.Write(buffer.AsSpan(0, read));
                        if (chunk.WrittenCount >= chunkBytes)
                        {
                            await output.WriteAsync(chunk.WrittenMemory, ct);
                            chunk.ResetWrittenCount();
                        }
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await output.WriteAsync(chunk.WrittenMemory, ct);
        await output.FlushAsync(ct);
    }

    /// <summary>A string as an SQL literal (E'…': backslashes and quotes escaped, whatever standard_conforming_strings says).</summary>
    public static string Literal(string value) => $"E'{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";

    /// <summary>
    /// COPY's lines (UTF-8) with each line's end (a line feed outside quotes) replaced by <paramref name="ending"/>; a
    /// line break inside a quoted cell is part of the cell and stays. Quotes and line feeds are single bytes in UTF-8.
    /// </summary>
    private sealed class CopyLines(IBufferWriter<byte> output, byte[] ending)
    {
        private bool _quoted;

        public void Write(ReadOnlySpan<byte> text)
        {
            while (!text.IsEmpty)
            {
                int i = text.IndexOfAny((byte)'"', (byte)'\n');
                if (i < 0)
                {
                    output.Write(text);
                    return;
                }
                if (text[i] == '"')
                {
                    _quoted = !_quoted;
                    output.Write(text[..(i + 1)]);
                }
                else if (_quoted)
                {
                    output.Write(text[..(i + 1)]);
                }
                else
                {
                    output.Write(text[..i]);
                    output.Write(ending);
                }
                text = text[(i + 1)..];
            }
        }
    }
}
