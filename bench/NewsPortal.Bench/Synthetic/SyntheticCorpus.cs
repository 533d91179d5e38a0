using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Ingestion.Synthetic;

/// <summary>
/// Realistic page dumps made of the seed pages' paragraphs, recombined, with varied dates, districts and
/// figures. Page N of seed S is always the same bytes, whatever order or thread asks for it.
/// </summary>
public sealed partial class SyntheticCorpus
{
    private static readonly string[] Districts =
    [
        "渝中区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "渝北区", "巴南区", "涪陵区", "万州区",
        "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "綦江区", "大足区", "璧山区", "铜梁区",
        "潼南区", "荣昌区", "开州区", "梁平区", "武隆区",
    ];

    private static readonly string[] Industries =
    [
        "智能网联新能源汽车", "新一代电子信息制造业", "先进材料", "生物医药", "智能装备及智能制造",
        "食品及农产品加工", "软件信息服务", "新型储能", "人工智能及机器人", "低空经济",
    ];

    private static readonly string[] Measures =
    [
        "规模以上工业产值", "工业投资", "地区生产总值", "社会消费品零售总额", "固定资产投资", "进出口总额",
    ];

    private static readonly string[] Verbs = ["加快建设", "做大做强", "全力打造", "聚焦发展", "持续壮大", "培育提升"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "罗", "夏", "邹"];
    private static readonly string[] GivenNames = ["翔", "帆", "军", "静", "飞", "琦", "杰", "丹", "元", "洁", "伟", "敏", "磊", "婷", "天翎", "思羽", "长浩"];
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>
    /// The pages come in date order, a day's edition after the day before's, as a paper's pages reach the inbox: page N
    /// is of day N / <see cref="PagesADay"/> (a year of papers is about 7,300 pages). Pages dated at random, as a backfill
    /// shuffled across years would be, cost PostgreSQL about a fifth more a page at 100,000 articles: each figure's rows
    /// then land on a random leaf of the exports' key (docs/benchmarks.md, Ingestion).
    /// </summary>
    private const int PagesADay = 20;

    private static readonly DateOnly FirstDay = new(2023, 1, 1);

    private readonly int _seed;
    private readonly IReadOnlyList<string> _paragraphs;

    /// <param name="seed">Chooses the corpus; the same seed gives the same pages.</param>
    /// <param name="seedPages">Texts to take paragraphs from; by default the seed pages built into this assembly.</param>
    public SyntheticCorpus(int seed = 1, IEnumerable<string>? seedPages = null)
    {
        _seed = seed;
        _paragraphs = (seedPages ?? EmbeddedSeedPages())
            .SelectMany(page => page.Replace("\r\n", "\n").Split("\n\n"))
            .Select(block => block.Trim())
            .Where(block => block.Length >= 60 && !block.Contains('\n') && !block.StartsWith('#') && "。”）)".Contains(block[^1]))
            .Distinct()
            .ToList();
        if (_paragraphs.Count == 0) throw new ArgumentException("The seed pages hold no body paragraphs to recombine.", nameof(seedPages));
    }

    public IEnumerable<PageFile> Pages(int count) => Enumerable.Range(0, count).Select(Page);

    public PageFile Page(int number)
    {
        // A seeded Random is stable across runs and platforms; HashCode is not, so mix the seed by hand.
        var random = new Random(unchecked((_seed * 1_000_003) ^ (number * 7_919) ^ 0x5eed));
        var date = FirstDay.AddDays(number / PagesADay);
        var pageNumber = random.Next(1, 17);
        var text = new StringBuilder();
        text.Append("\n\n重庆日报  ").Append(date.Year).Append('年').Append(date.Month).Append('月').Append(date.Day).Append("日  ")
            .Append(Weekdays[(int)date.DayOfWeek]).Append("  第").Append(pageNumber).Append("版\n\n\n");
        var articles = random.Next(3, 7);
        for (var i = 0; i < articles; i++) AppendArticle(text, random, date);
        var name = $"synthetic_{_seed}_{number:D6}_{date:yyyyMMdd}.txt";
        return new PageFile(name, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private void AppendArticle(StringBuilder text, Random random, DateOnly date)
    {
        var district = Pick(random, Districts);
        var industry = Pick(random, Industries);
        var reporter = Person(random);
        text.Append(district).Append(Pick(random, Verbs)).Append(industry).Append("产业集群").Append('\n');
        if (random.Next(2) == 0)
            text.Append(Pick(random, Measures)).Append("同比增长").Append(Percent(random)).Append("% ").Append(Pick(random, Verbs)).Append("新质生产力").Append('\n');
        text.Append('\n');

        var eventDay = date.AddDays(-random.Next(0, 4));
        text.Append("本报讯(记者 ").Append(reporter).Append(')').Append(eventDay.Month).Append('月').Append(eventDay.Day).Append("日,记者从")
            .Append(district).Append("获悉,").Append(date.Month == 1 ? date.Year - 1 : date.Year).Append("年1—").Append(date.Month == 1 ? 12 : date.Month - 1).Append("月,")
            .Append(district).Append(Pick(random, Measures)).Append("达").Append(Amount(random)).Append("亿元,同比增长")
            .Append(Percent(random)).Append("%,").Append(industry).Append("产业新增企业").Append(random.Next(5, 300)).Append("家。\n\n");

        var paragraphs = random.Next(2, 6);
        for (var p = 0; p < paragraphs; p++)
            text.Append(Vary(Pick(random, _paragraphs), random, district, date)).Append("\n\n");
        if (random.Next(3) == 0) text.Append("新重庆-重庆日报记者 ").Append(reporter).Append(" 通讯员 ").Append(Person(random)).Append("\n\n");
        text.Append('\n');
    }

    /// <summary>Same sentence, other numbers, places and days: so that pages differ as real ones do.</summary>
    private static string Vary(string paragraph, Random random, string district, DateOnly date)
    {
        paragraph = DistrictName().Replace(paragraph, _ => random.Next(3) == 0 ? Pick(random, Districts) : district);
        paragraph = FigureNumber().Replace(paragraph, m =>
        {
            var value = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var varied = value * (decimal)(0.5 + random.NextDouble());
            var decimals = m.Groups["n"].Value.Contains('.') ? m.Groups["n"].Value.Split('.')[1].Length : 0;
            return Math.Round(varied, decimals).ToString(CultureInfo.InvariantCulture) + m.Groups["u"].Value;
        });
        return MonthDay().Replace(paragraph, _ =>
        {
            var day = date.AddDays(-random.Next(0, 7));
            return $"{day.Month}月{day.Day}日";
        });
    }

    private static string Person(Random random) => Pick(random, Surnames) + Pick(random, GivenNames);

    private static string Amount(Random random) =>
        (random.Next(100, 400_000) / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(Random random) =>
        (random.Next(-50, 300) / 10m).ToString("0.#", CultureInfo.InvariantCulture);

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>The seed pages compiled into this assembly (from the repository's seeds/ folder).</summary>
    public static IReadOnlyList<string> EmbeddedSeedPages()
    {
        var assembly = typeof(SyntheticCorpus).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("NewsPortal.Ingestion.Seeds.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("(渝中|江北|沙坪坝|九龙坡|南岸|北碚|渝北|巴南|涪陵|万州|黔江|长寿|江津|合川|永川|南川|綦江|大足|璧山|铜梁|潼南|荣昌|开州|梁平|武隆)区")]
    private static partial Regex DistrictName();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>亿元|万元|%|％|个|家|项|万人|人|辆|台|件|万吨|万平方米|平方米|笔|套)")]
    private static partial Regex FigureNumber();

    [GeneratedRegex(@"\d{1,2}月\d{1,2}日")]
    private static partial Regex MonthDay();
}
