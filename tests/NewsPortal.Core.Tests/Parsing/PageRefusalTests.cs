using System.Text;
using NewsPortal.Core.Parsing;
using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>Issue 14: a file that is not a newspaper page is refused with a reason; pages, however short, are not.</summary>
public sealed class PageRefusalTests
{
    public static TheoryData<string, string, string> NotPages() => new()
    {
        { "passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n", "no Chinese characters" },
        { "table.csv", "区县,产业,产值,增速\n涪陵区,先进材料,1234.5,6.7%\n北碚区,智能装备,987.6,5.4%\n江津区,消费品,456.7,3.2%\n", "prose" },
        { "Program.cs", "namespace Demo;\n\n// 入口：读取配置并启动服务\ninternal static class Program\n{\n    public static int Main(string[] args)\n    {\n        var name = args.Length > 0 ? args[0] : \"世界\";\n        Console.WriteLine($\"你好，{name}\");\n        return 0;\n    }\n}\n", "prose" },
        { "app.log", "2025-03-21 08:00:01 INFO starting worker pool size=4\n2025-03-21 08:00:02 WARN 连接数据库超时，正在重试\n2025-03-21 08:00:05 INFO connected to db=portal host=127.0.0.1\n", "prose" },
        { "data.bin.txt", string.Concat(Enumerable.Repeat("0x3F 0xA2 0x11 0x7E 0x00 0x42 0x19 0xFF 0x08 0x6C\n", 40)) + "备注：重庆市数据中心导出，共计四百行。\n", "mostly not Chinese" },
    };

    [Theory]
    [MemberData(nameof(NotPages))]
    public void A_file_that_is_not_a_page_is_refused_with_a_reason(string name, string content, string reason)
    {
        var page = new PageParser().Parse(Encoding.UTF8.GetBytes(content), name);

        Assert.Empty(page.Articles);
        Assert.NotNull(page.Refusal);
        Assert.Contains(reason, page.Refusal);
        Assert.Contains(page.Warnings, w => w.Code == "not-a-page");
        Assert.Null(page.Edition.Paper);
    }

    [Fact]
    public void Every_seed_and_practice_page_is_accepted()
    {
        var parser = new PageParser();
        var files = Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "seeds"), "*.txt").ToList();
        var devpages = Path.Combine(GoldScore.RepoRoot, "..", "shared", "devpages", "pages");
        if (Directory.Exists(devpages)) files.AddRange(Directory.GetFiles(devpages, "*.txt"));
        Assert.All(files, f =>
        {
            var page = parser.Parse(File.ReadAllBytes(f), Path.GetFileName(f));
            Assert.True(page.Refusal is null, $"{f}: {page.Refusal}");
            Assert.NotEmpty(page.Articles);
        });
    }

    [Fact]
    public void A_page_of_two_short_briefs_is_accepted_and_names_no_paper_it_does_not_print()
    {
        var page = new PageParser().Parse(Encoding.UTF8.GetBytes("简讯\n\n12月17日，区里召开了安全生产会议。\n\n12月18日，新建的图书馆开馆迎客。"), "briefs.txt");

        Assert.Null(page.Refusal);
        Assert.NotEmpty(page.Articles);
        Assert.Null(page.Edition.Paper);
    }
}
