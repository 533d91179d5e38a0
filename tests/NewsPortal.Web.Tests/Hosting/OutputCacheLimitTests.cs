using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Tests.Hosting;

public sealed class OutputCacheLimitTests
{
    [Fact]
    public async Task Cache_busting_urls_fill_the_cache_only_up_to_its_size_limit()
    {
        const int Pages = 60, PageBytes = 100 * 1024;   // 6 MB of responses against a 1 MB limit
        var rendered = 0;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OutputCache:SizeLimitMegabytes"] = "1" });
        builder.Services.AddPortalOutputCache(builder.Configuration);
        await using var app = builder.Build();
        app.UseOutputCache();
        var body = new string('页', PageBytes / 3);   // three bytes each in UTF-8
        app.MapGet("/page", () =>
        {
            Interlocked.Increment(ref rendered);
            return Results.Text(body);
        }).CacheOutput(OutputCaching.Pages);
        await app.StartAsync();
        using var client = app.GetTestClient();

        for (var i = 0; i < Pages; i++)
        {
            await client.GetStringAsync($"/page?n={i}");
        }
        var firstPass = rendered;
        for (var i = Pages - 1; i >= 0; i--)   // newest first: whichever entries the cache kept are asked for early
        {
            await client.GetStringAsync($"/page?n={i}");
        }
        var servedFromCache = Pages - (rendered - firstPass);

        Assert.Equal(Pages, firstPass);
        Assert.InRange(servedFromCache, 1, 10);   // at most 1 MB of 100 KB pages were kept
    }

    [Fact]
    public void The_limits_come_from_configuration()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OutputCache:SizeLimitMegabytes"] = "8",
            ["OutputCache:MaximumBodyKilobytes"] = "256",
        }).Build();
        services.AddPortalOutputCache(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(8L * 1024 * 1024, options.SizeLimit);
        Assert.Equal(256L * 1024, options.MaximumBodySize);
    }
}
