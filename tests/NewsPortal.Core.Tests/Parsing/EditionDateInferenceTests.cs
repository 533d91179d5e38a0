using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class EditionDateInferenceTests
{
    private static readonly EditionDateInference Inference = new(ParsingKnowledge.Default);

    [Theory]
    // The latest event day plus one, in the year the mentions vote for.
    [InlineData("2024年国家先进制造业集群名单公布。听取2024年重点民生实事推进情况及2025年工作建议。", "12-16,12-17", "2024-12-18")]
    // A December page full of next year's plans still belongs to this year.
    [InlineData("2025年是收官之年。重庆成为2025年春晚分会场。举行2024年度民警退休仪式。", "12-23,12-24", "2024-12-25")]
    // Early in the year, the end of last year is in the past.
    [InlineData("截至2024年底，产值实现121.97亿元。开展2025年工业领域专项行动。", "3-12", "2025-03-13")]
    // Era phrases date a page that names no year of its own.
    [InlineData("为“十四五”开好局起好步提供有力保障，以实干实绩迎接建党100周年。", "4-18,4-21", "2021-04-22")]
    // Hard wraps cut phrases; the vote reads through them.
    [InlineData("为“十四\n五”开好局起好步提供有力保障。", "4-21", "2021-04-22")]
    public void Edition_date_is_the_day_after_the_latest_event(string text, string days, string expected)
    {
        var eventDays = days.Split(',').Select(d => d.Split('-')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList();

        var edition = Inference.Infer(text, eventDays);

        Assert.Equal(DateOnly.Parse(expected), edition.Date);
        Assert.False(string.IsNullOrWhiteSpace(edition.Basis));
    }

    [Fact]
    public void Without_event_days_there_is_no_date_and_the_basis_says_why()
    {
        var edition = Inference.Infer("2024年。", []);

        Assert.Null(edition.Date);
        Assert.Contains("无法", edition.Basis);
    }

    [Fact]
    public void Without_any_year_there_is_no_date()
    {
        Assert.Null(Inference.Infer("会议召开。", [(4, 21)]).Date);
    }

    [Fact]
    public void Pattern_white_space_is_the_pattern_languages_on_every_letter()
    {
        var white = new System.Text.RegularExpressions.Regex(@"^\s\z");
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(white.IsMatch(((char)c).ToString()) == EditionDateInference.IsPatternWhiteSpace((char)c), $"U+{c:X4}");
    }

    /// <summary>The year mentions read back from each 年 are the pattern's matches, on random texts of digits, years,
    /// white space and 年, and on the seed pages.</summary>
    [Fact]
    public void Year_mentions_are_the_patterns_matches()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"(?<!\d)(?<y>19[5-9]\d|20\d\d)\s*年");
        var random = new Random(21);
        string[] pool = ["年", "2", "0", "1", "9", "5", "4", "２", "٣", " ", "\n", "\u3000", "\u00a0", "今", "2025", "1949", "1950", "20"];
        var texts = Enumerable.Range(0, 20000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => pool[random.Next(pool.Length)])))
            .Concat(Directory.GetFiles(Path.Combine(Gold.GoldScore.RepoRoot, "seeds"), "*.txt").Select(File.ReadAllText))
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, EditionDateInference.YearMentions(text).ToList());
            found += expected.Count;
        }
        Assert.True(found > 200, $"{found}");
    }
}
