using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsPortal.Web.Tests.Hosting;

/// <summary>
/// The built portal (<c>dotnet NewsPortal.Web.dll</c>) as an operator runs it: its own process, configured only by
/// environment variables and arguments. Killed on dispose; its output is kept for failure messages.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts the portal in <paramref name="workingDirectory"/> (its content root unless an argument says otherwise).</summary>
    public static PortalProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Nothing inherited from the test run decides the address or the environment.
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
            start.Environment.Remove(name);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new PortalProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="url"/> answers 200; fails with the portal's output if it exits or never does.</summary>
    public async Task WaitForOkAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) Assert.Fail($"the portal exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Assert.True(clock.Elapsed < Patience, $"{url} never answered 200 within {Patience.TotalSeconds} s:\n{Output}");
            await Task.Delay(250);
        }
    }

    /// <summary>Waits for the portal to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(patience.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
