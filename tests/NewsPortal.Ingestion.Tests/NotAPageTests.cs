using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using NewsPortal.Data.Tests;
using NewsPortal.Ingestion.Tests.Support;

namespace NewsPortal.Ingestion.Tests;

/// <summary>Issue 14: files that are not newspaper pages are recorded as failed with the parser's reason, and nothing
/// of them is stored; a page in UTF-16 is still a page.</summary>
public sealed class NotAPageTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IngestionBed _bed = null!;
    private static readonly CancellationToken Ct = CancellationToken.None;

    public async Task InitializeAsync() => _bed = await IngestionBed.CreateAsync(postgres);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_passwd_file_a_csv_table_and_source_code_are_refused_with_a_reason_and_nothing_is_stored()
    {
        var folder = _bed.Folder();
        var files = new Dictionary<string, string>
        {
            ["passwd"] = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n",
            ["industries.csv"] = "区县,产业,产值,增速\n涪陵区,先进材料,1234.5,6.7%\n北碚区,智能装备,987.6,5.4%\n江津区,消费品,456.7,3.2%\n",
            ["Program.cs"] = "namespace Demo;\n\n// 入口：读取配置并启动服务\ninternal static class Program\n{\n    public static int Main(string[] args)\n    {\n        Console.WriteLine(\"你好，世界\");\n        return 0;\n    }\n}\n",
        };
        var paths = files.Select(f => Pages.Write(folder, new PageFile(f.Key, Encoding.UTF8.GetBytes(f.Value)))).ToList();

        var summary = await _bed.Pipeline().IngestFilesAsync(paths, null, Ct);

        Assert.Equal(3, summary.Failed);
        Assert.All(summary.Results, r => Assert.StartsWith("not a newspaper page: ", r.Error));
        var rows = await _bed.CountRowsAsync();
        Assert.Equal((0, 0, 0, 0), (rows.Editions, rows.Articles, rows.Links, rows.Metrics));
        Assert.Equal(0, _bed.Index.Count);
        await using var db = _bed.Db();
        var failed = await db.IngestedFiles.ToListAsync(Ct);
        Assert.Equal(files.Keys.Order(), failed.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(failed, f => Assert.Equal((IngestStatus.Failed, (long?)null), (f.Status, f.EditionId)));
        Assert.All(failed, f => Assert.Contains("not a newspaper page", f.Error));
    }

    [Fact]
    public async Task A_page_in_utf16_without_a_bom_is_ingested()
    {
        var text = Pages.SimplePage("涪陵区", "涪陵区加快建设先进材料产业集群");
        var result = await _bed.Pipeline().IngestAsync(new PageFile("utf16-page.txt", Encoding.Unicode.GetBytes(text)), Ct);

        Assert.Equal(IngestOutcome.Ingested, result.Outcome);
        Assert.Equal(1, (await _bed.CountRowsAsync()).Editions);
    }
}
