using System.Diagnostics;
using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>
/// Live progress on stderr: one line redrawn in place on a terminal, a plain line every few seconds
/// when stderr is a file or CI log.
/// </summary>
internal sealed class ProgressLine(CliConsole console, int total)
{
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _drawn = TimeSpan.Zero;
    private int _files, _articles, _figures, _failed;

    public void Report(IngestResult result)
    {
        _files++;
        _articles += result.Articles;
        _figures += result.Figures;
        if (!result.Succeeded) _failed++;
        if (_clock.Elapsed - _drawn >= (console.Interactive ? TerminalEvery : LogEvery)) Draw();
    }

    /// <summary>Draws the final state and leaves the line in place.</summary>
    public void Finish()
    {
        Draw();
        if (console.Interactive) console.Error.WriteLine();
    }

    private void Draw()
    {
        _drawn = _clock.Elapsed;
        var rate = _clock.Elapsed.TotalSeconds > 0 ? _files / _clock.Elapsed.TotalSeconds : 0;
        var line = $"ingest {_files}/{total} files  {rate:F1} files/s  {_articles} articles  {_figures} figures  {_failed} failed";
        if (console.Interactive) console.Error.Write("\r" + line + "\u001b[K");
        else console.Error.WriteLine(line);
    }
}
