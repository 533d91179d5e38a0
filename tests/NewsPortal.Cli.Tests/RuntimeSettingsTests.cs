using System.Text.Json;

namespace NewsPortal.Cli.Tests;

/// <summary>The runtime settings the command line ships with (newsportal.runtimeconfig.json beside it).</summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        string path = Path.Combine(Path.GetDirectoryName(typeof(CommandLine).Assembly.Location)!, "newsportal.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Idle_thread_pool_workers_block_without_spinning()
    {
        Assert.Equal(0, ConfigProperties().GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
