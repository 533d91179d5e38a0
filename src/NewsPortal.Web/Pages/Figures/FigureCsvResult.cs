using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace NewsPortal.Web.Pages.Figures;

/// <summary>
/// Figures as a CSV download (<see cref="FigureCsv"/>), encoded by <see cref="FigureCsvWriter"/> into the response's
/// pipe as the rows arrive, <see cref="ChunkBytes"/> at a time: a district's 2,000 figures of one measure are
/// 400 KB, which built whole were three large-object allocations a request.
/// </summary>
public sealed class FigureCsvResult(Func<HttpResponse, int, CancellationToken, Task> write) : IActionResult
{
    public const string FileName = "figures.csv";

    private const int ChunkBytes = 32 * 1024;

    public FigureCsvResult(IAsyncEnumerable<FigureRow> rows) : this((response, chunkBytes, ct) => WriteAsync(rows, response.BodyWriter, chunkBytes, ct))
    {
    }

    public FigureCsvResult(IEnumerable<FigureRow> rows) : this(rows.ToAsyncEnumerable())
    {
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await write(response, ChunkBytes, context.HttpContext.RequestAborted);
    }

    private static async Task WriteAsync(IAsyncEnumerable<FigureRow> rows, PipeWriter pipe, int chunkBytes, CancellationToken ct)
    {
        // Rows are encoded into a buffer of our own and copied to the pipe a chunk at a time: Kestrel's pipe takes a
        // lock on every GetSpan and Advance, and a row is thirty small writes.
        using var chunk = new RentedChunk(chunkBytes + 4096);
        chunk.Write(Encoding.UTF8.Preamble);
        var csv = new FigureCsvWriter(chunk);
        csv.WriteHeader();
        await foreach (var row in rows.WithCancellation(ct))
        {
            csv.Write(row);
            if (chunk.WrittenCount >= chunkBytes)
            {
                await pipe.WriteAsync(chunk.WrittenMemory, ct);
                chunk.Clear();
            }
        }
        await pipe.WriteAsync(chunk.WrittenMemory, ct);
        await pipe.FlushAsync(ct);
    }
}
