using System.Diagnostics;
using NewsPortal.Core.Pages;

namespace NewsPortal.Ingestion;

/// <summary>The first stage: read a file within the size limit, refuse what is not a page, parse and extract.</summary>
internal sealed class PageReader(PageAnalyzer analyzer, IngestionOptions options)
{
    public async Task<InFlight> ReadAsync(string path, PageFile? inMemory, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var item = new InFlight(path);
        try
        {
            if (inMemory is not null)
            {
                return inMemory.Content.LongLength > options.MaxFileBytes ? item.Fail(TooLarge(inMemory.Content.LongLength)) : item with { File = inMemory };
            }
            var info = new FileInfo(path);
            if (!info.Exists) return item.Fail("file not found");
            if (info.Length > options.MaxFileBytes) return item.Fail(TooLarge(info.Length));
            var content = await File.ReadAllBytesAsync(path, ct);
            return item with { File = new PageFile(path, content), ReadMs = clock.Elapsed.TotalMilliseconds };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return item.Fail($"unreadable file: {e.Message}");
        }
    }

    /// <summary>CPU work, safe to run on several threads at once.</summary>
    public InFlight Analyse(InFlight item)
    {
        if (item.Done is not null || item.File is not { } file) return item;
        var clock = Stopwatch.StartNew();
        if (PageScreen.Refuse(file.Content) is { } refusal) return item.Fail(refusal);
        try
        {
            var page = analyzer.Analyze(file.Content, file.Name);
            // The parser turns its own exceptions into a warning and no articles. One cause is a regex running out
            // of its time budget on a loaded machine, which another attempt usually survives.
            if (page.Articles.Count == 0 && page.Warnings.Any(w => w.Code == ParserFailure))
                page = analyzer.Analyze(file.Content, file.Name);
            item = item with { ParseMs = clock.Elapsed.TotalMilliseconds };
            if (page.Refusal is { } notAPage) return item.Fail($"not a newspaper page: {notAPage}");
            return page.Articles.Count == 0 ? item.Fail(NoArticles(page)) : item with { Page = page };
        }
        catch (Exception e)
        {
            return (item with { ParseMs = clock.Elapsed.TotalMilliseconds }).Fail($"parse failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private const string ParserFailure = "parser-failure";

    private static string NoArticles(ParsedPage page) =>
        page.Warnings.FirstOrDefault(w => w.Code == ParserFailure) is { } failure
            ? $"parse failed: {failure.Message}"
            : "no articles found: not a newspaper page"
              + (page.Warnings.Count > 0 ? $" ({string.Join("; ", page.Warnings.Take(3).Select(w => w.Message))})" : "");

    private string TooLarge(long bytes) =>
        $"file is {bytes:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes): not a page dump";
}
