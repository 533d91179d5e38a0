using System.Buffers;
using System.Buffers.Binary;
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
/// bytes as <see cref="FigureCsvWriter"/> writes: each figure's line is kept ready-made in entity_figure_exports
/// (written at ingestion by <c>figure_csv_text</c>, <see cref="FigureCsv.Text"/>'s quoting and defusing in SQL), and
/// PostgreSQL sends the lines of one index-only range in the table's order (binary <c>COPY</c>: each line's bytes as
/// they are, no quoting to undo); the portal adds the measure's industry and CRLF to each. Formatted as CSV by COPY
/// at every export, 1,763 rows had cost PostgreSQL 5.2 ms, the stored lines 1.2 ms.
/// </summary>
public static class EntityFigureCsv
{
    /// <summary>The statement whose one column is the CSV's lines without their industry (the columns of <see cref="FigureCsvWriter"/>).</summary>
    public static string Select(EntityKind kind, string name, string measure) => $"""
        SELECT coalesce(x.line, figure_csv_line(x.metric_id, x.day))
          FROM entity_figure_exports x
         WHERE x.entity_id = (SELECT e.id FROM entities e WHERE e.kind = '{kind}' AND e.name = {Literal(name)})
           AND x.measure = {Literal(measure)}
         ORDER BY x.day DESC, x.article_id DESC, x."offset"
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

    /// <summary>Writes the CSV (byte-order mark, header, lines) to <paramref name="response"/>: read in one of the
    /// <see cref="Turns"/> into segments of <paramref name="segmentBytes"/>, sent after it with its Content-Length (past
    /// <see cref="BufferedBytes"/>, streamed in its turn without one).</summary>
    public static async Task WriteAsync(NewsPortalDbContext db, EntityKind kind, string name, string measure, HttpResponse response, int segmentBytes, CancellationToken ct)
    {
        using var body = new CsvBody(segmentBytes);
        body.Write(Encoding.UTF8.Preamble);
        new FigureCsvWriter(body).WriteHeader();
        var streamed = false;
        // COPY takes no parameters: the two names go in as literals. Text cannot hold NUL, so no row has such a name.
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
        var lines = new CopyLines(body, Encoding.UTF8.GetBytes($",{FigureCsv.Text(IndustryVocabulary.Default.CanonicalOf(measure))}\r\n"));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var streaming = false;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY ({Select(kind, name, measure)}) TO STDOUT (FORMAT binary)", ct);
            var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await copy.ReadAsync(buffer.AsMemory(), ct)) > 0)
                {
                    lines.Write(buffer.AsSpan(0, read));
                    streaming |= body.Length >= BufferedBytes;
                    if (streaming && body.Length >= segmentBytes)
                    {
                        body.MoveTo(output);
                        await output.FlushAsync(ct);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            if (!lines.Ended)
            {
                throw new InvalidDataException("The figures' COPY ended before its trailer.");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return streaming;
    }

    /// <summary>A string as an SQL literal (E'…': backslashes and quotes escaped, whatever standard_conforming_strings says).</summary>
    public static string Literal(string value) => $"E'{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";

    /// <summary>
    /// The lines of a binary COPY of one text column, each followed by <paramref name="ending"/>, as the stream's pieces
    /// arrive: a 19-byte header (signature, flags, no extension), then per row its field count (2 bytes: 1; -1 ends) and
    /// its field's length (4 bytes) and bytes, big-endian.
    /// </summary>
    private sealed class CopyLines(IBufferWriter<byte> output, byte[] ending)
    {
        /// <summary>"PGCOPY\n\377\r\n\0".</summary>
        private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

        private enum Part { Header, Count, Length }

        private readonly byte[] _word = new byte[19];
        private Part _part = Part.Header;
        private int _wordSize = 19, _wordFilled, _lineLeft;

        /// <summary>The trailer has been read: every line is written.</summary>
        public bool Ended { get; private set; }

        public void Write(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty && !Ended)
            {
                if (_lineLeft > 0)
                {
                    int n = Math.Min(_lineLeft, data.Length);
                    output.Write(data[..n]);
                    data = data[n..];
                    if ((_lineLeft -= n) == 0)
                    {
                        output.Write(ending);
                    }
                    continue;
                }
                int take = Math.Min(_wordSize - _wordFilled, data.Length);
                data[..take].CopyTo(_word.AsSpan(_wordFilled));
                data = data[take..];
                if ((_wordFilled += take) == _wordSize)
                {
                    _wordFilled = 0;
                    Read(_word.AsSpan(0, _wordSize));
                }
            }
        }

        private void Read(ReadOnlySpan<byte> word)
        {
            switch (_part)
            {
                case Part.Header when word[..Signature.Length].SequenceEqual(Signature) && BinaryPrimitives.ReadInt32BigEndian(word[15..]) == 0:
                    (_part, _wordSize) = (Part.Count, 2);
                    break;
                case Part.Count when BinaryPrimitives.ReadInt16BigEndian(word) == -1:
                    Ended = true;
                    break;
                case Part.Count when BinaryPrimitives.ReadInt16BigEndian(word) == 1:
                    (_part, _wordSize) = (Part.Length, 4);
                    break;
                case Part.Length:
                    // A null line (none is: the statement coalesces) is written as an empty one.
                    _lineLeft = Math.Max(BinaryPrimitives.ReadInt32BigEndian(word), 0);
                    if (_lineLeft == 0)
                    {
                        output.Write(ending);
                    }
                    (_part, _wordSize) = (Part.Count, 2);
                    break;
                default:
                    throw new InvalidDataException($"Unexpected binary COPY data ({_part}).");
            }
        }
    }
}
