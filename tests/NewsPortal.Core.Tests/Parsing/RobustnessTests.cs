using System.Diagnostics;
using System.Text;
using NewsPortal.Core.Parsing;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>Whatever the bytes, the parser returns a page (with warnings) and does so in bounded time.</summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "重庆日报记者本报讯新华社电月日年，。、；：“”（）()《》【】□●- \t\n\n\n0123456789ABC下转上接版";

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 25));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_never_throws(int seed)
    {
        var random = new Random(seed);
        var text = new string(Enumerable.Range(0, random.Next(0, 4000)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

        var page = new PageParser().Parse(Encoding.UTF8.GetBytes(text), "random.txt");

        Assert.DoesNotContain(page.Warnings, w => w.Code == "parser-failure");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_never_throw(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[random.Next(0, 20000)];
        random.NextBytes(bytes);

        var page = new PageParser().Parse(bytes, "random.bin");

        Assert.NotNull(page);
        Assert.DoesNotContain(page.Warnings, w => w.Code == "parser-failure");
    }

    [Fact]
    public void A_file_of_one_huge_line_is_parsed()
    {
        var seeds = SeedText();
        var line = string.Concat(Enumerable.Repeat(seeds.Replace("\n", ""), 4));

        var page = new PageParser().Parse(Encoding.UTF8.GetBytes(line), "one-line.txt");

        Assert.NotEmpty(page.Articles);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_with_a_clear_limit()
    {
        var page = new PageParser().Parse(new byte[50 * 1024 * 1024], "huge.txt");

        Assert.Empty(page.Articles);
        Assert.Contains(page.Warnings, w => w.Code == "input-too-large" && w.Message.Contains("refused"));
    }

    [Fact]
    public void A_megabyte_of_pages_parses_in_linear_time()
    {
        var seeds = SeedText();
        var small = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(seeds, 2)));
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(seeds, 16)));
        var parser = new PageParser();
        parser.Parse(small, "warm-up.txt");

        var smallTime = Time(() => parser.Parse(small, "small.txt"));
        var largeTime = Time(() => parser.Parse(large, "large.txt"));

        // Eight times the text; a quadratic stage would take about sixty-four times as long.
        Assert.True(largeTime < smallTime * 24 + 500, $"{small.Length:N0} bytes: {smallTime} ms; {large.Length:N0} bytes: {largeTime} ms");
    }

    /// <summary>The best of three runs: a run the machine preempted says nothing about the parser's complexity.</summary>
    private static long Time(Action action)
    {
        long best = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        return best;
    }

    private static string SeedText() => string.Concat(Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt").Order().Select(File.ReadAllText));
}
