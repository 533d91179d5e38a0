using System.Diagnostics;
using System.Globalization;
using NewsPortal.Core;
using NewsPortal.Core.Extraction;
using NewsPortal.Core.Parsing;

namespace NewsPortal.Cli;

/// <summary>
/// `newsportal bench parse [--seconds N] [--seeds DIR]`: the seed pages parsed over and over on one thread, in MB/s of
/// page text by wall and by thread CPU time, beside the floor (decode + split lines of the same bytes) and
/// parse + extract, with the time of each parser stage. CPU time is what to compare on a loaded machine.
/// </summary>
internal static class BenchParseCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        var options = Options.Parse(args, new HashSet<string> { "--seconds", "--seeds" }, new HashSet<string>());
        var seconds = options.Int("--seconds", 5);
        var seedDir = options.Value("--seeds") ?? FindSeeds();
        if (options.Error is not null || seconds is null || options.Operands.Count > 0 || seedDir is null || !Directory.Exists(seedDir))
        {
            await console.Error.WriteLineAsync(
                $"newsportal bench parse: {options.Error ?? (seedDir is null ? "no seeds/ folder found" : "takes no operands")}. usage: newsportal bench parse [--seconds N] [--seeds DIR]");
            return 2;
        }
        var pages = Directory.GetFiles(seedDir, "*.txt").Order().Select(File.ReadAllBytes).ToArray();
        if (pages.Length == 0)
        {
            await console.Error.WriteLineAsync($"newsportal bench parse: no *.txt pages in {seedDir}");
            return 2;
        }
        var bytes = pages.Sum(p => (long)p.Length);
        var duration = TimeSpan.FromSeconds(seconds.Value);
        var parser = new PageParser();
        var extractor = new ArticleExtractor();
        var analyzer = NewsPortalCore.CreateAnalyzer();

        // Warm-up: knowledge loaded, code jitted, caches filled.
        foreach (var page in pages)
        {
            parser.CountLines(page);
            analyzer.Analyze(page, "warm-up");
        }

        var floor = Measure(pages, duration, page => parser.CountLines(page));
        var parse = Measure(pages, duration, page => parser.Parse(page, "bench").Articles.Count);
        var extract = Measure(pages, duration, page => parser.Parse(page, "bench").Articles.Select(extractor.Extract).Count());
        var clock = new ParseStageClock();
        var timed = new PageParser(clock);
        var staged = Measure(pages, duration, page => timed.Parse(page, "bench").Articles.Count);

        var o = console.Out;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bench parse: {pages.Length} pages, {bytes / 1024.0:0.0} KiB, {seconds} s per run, one thread, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        await o.WriteLineAsync("run                 MB/s wall   MB/s CPU   pages   CPU share");
        foreach (var (name, r) in new[] { ("floor (decode+lines)", floor), ("parse", parse), ("parse+extract", extract) })
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20}{r.WallMBps,9:0.00}{r.CpuMBps,11:0.00}{r.Pages,8}{r.Cpu / r.Wall,11:P0}"));
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"parse / floor (CPU): {parse.CpuMBps / floor.CpuMBps:P1}; extraction adds {parse.CpuMBps / extract.CpuMBps - 1:P0} of the parse time (CPU)"));
        var total = clock.Totals.Sum(t => t.Time.Ticks);
        await o.WriteLineAsync("parser stages (wall share): " + string.Join(", ",
            clock.Totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {(double)t.Time.Ticks / total:P0}"))));
        return 0;
    }

    private sealed record Run(long Pages, long Bytes, TimeSpan Wall, TimeSpan Cpu)
    {
        public double WallMBps => Bytes / 1e6 / Wall.TotalSeconds;
        public double CpuMBps => Bytes / 1e6 / Cpu.TotalSeconds;
    }

    private static Run Measure(byte[][] pages, TimeSpan duration, Func<byte[], int> work)
    {
        GC.Collect();
        var sink = 0;
        long count = 0, bytes = 0;
        var cpu = ThreadCpu();
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < duration)
        {
            foreach (var page in pages)
            {
                sink += work(page);
                bytes += page.Length;
                count++;
            }
        }
        wall.Stop();
        GC.KeepAlive(sink);
        return new Run(count, bytes, wall.Elapsed, ThreadCpu() - cpu);
    }

    /// <summary>CPU time of this thread (Linux schedstat, in nanoseconds), else of the whole process.</summary>
    private static TimeSpan ThreadCpu()
    {
        try
        {
            var ns = long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(ns / 100);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>seeds/ in the working folder or above it, or above the program.</summary>
    private static string? FindSeeds()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "seeds"))) return Path.Combine(dir.FullName, "seeds");
        return null;
    }
}
