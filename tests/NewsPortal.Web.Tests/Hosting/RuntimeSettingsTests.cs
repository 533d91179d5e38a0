using System.Text.Json;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>The runtime settings the portal is published with (its runtimeconfig.json), each chosen by measurement.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_portal_runs_without_tiered_PGO_whose_instrumented_tier_costs_every_page_its_first_seconds_under_load()
    {
        var properties = ConfigProperties();

        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo), "TieredPGO is not set");
        Assert.False(pgo.GetBoolean());
    }

    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
