using System.Diagnostics;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Reliability;

/// <summary>
/// Mutated pages through parse + extract: no exception, bounded time. The suite runs a few hundred;
/// `FUZZ_PAGES=10000 dotnet test tests/NewsPortal.Core.Tests --filter ParserFuzz` runs the full campaign.
/// </summary>
public sealed class ParserFuzzTests
{
    [Fact]
    public void Mutated_pages_never_throw_and_finish_in_bounded_time()
    {
        var pages = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_PAGES"), out var n) ? n : 300;
        var seeds = Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt").Order().Select(File.ReadAllBytes).ToArray();
        var analyzer = NewsPortalCore.CreateAnalyzer();
        var worst = TimeSpan.Zero;
        var worstCase = "";
        var failures = new List<string>();
        // The first page parsed and extracted pays for compiling both (over a second alone, several on a loaded machine):
        // a seed page first, so the bound is the mutated pages' own time.
        analyzer.Analyze(seeds[0], "warm-up.txt");

        for (var i = 0; i < pages; i++)
        {
            var input = PageMutator.Mutate(seeds[i % seeds.Length], seed: i, out var mutation);
            var clock = Stopwatch.StartNew();
            try
            {
                var page = analyzer.Analyze(input, $"fuzz-{i}.txt");
                Assert.NotNull(page.Articles);
            }
            catch (Exception e)
            {
                failures.Add($"#{i} {mutation}: {e.GetType().Name}: {e.Message}");
            }
            if (clock.Elapsed > worst) (worst, worstCase) = (clock.Elapsed, $"#{i} {mutation} ({input.Length} bytes)");
        }

        Console.WriteLine($"fuzz: {pages} pages, worst {worst.TotalMilliseconds:F0} ms for {worstCase}");
        Assert.Empty(failures);
        Assert.True(worst < TimeSpan.FromSeconds(5), $"slowest mutated page took {worst.TotalMilliseconds:F0} ms: {worstCase}");
    }
}
