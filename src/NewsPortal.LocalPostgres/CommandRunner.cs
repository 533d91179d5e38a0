using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace NewsPortal.LocalPostgres;

/// <summary>The exit code and combined output of one finished command.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs PostgreSQL's tools as the account that owns the cluster: the current user,
/// or `postgres` through runuser when we are root (initdb and postgres refuse to run as root).
/// </summary>
internal sealed class CommandRunner
{
    private const string ServerAccount = "postgres";
    private readonly string? _runuser;

    private CommandRunner(string? runuser) => _runuser = runuser;

    public bool RunsAsServerAccount => _runuser is not null;

    public static CommandRunner ForCurrentUser()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new CommandRunner(null);
        }

        var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "NewsPortal runs as root, and PostgreSQL refuses to run as root; runuser (util-linux) is needed to run it as the 'postgres' user. "
                + "Install util-linux, run NewsPortal as an ordinary user, or set `ConnectionStrings__NewsPortal` to an existing server.");
        return new CommandRunner(runuser);
    }

    /// <summary>Runs a PostgreSQL tool as the cluster's owner, with <paramref name="environment"/>'s variables that ours does not set.</summary>
    public Task<CommandResult> RunToolAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null) =>
        _runuser is null
            ? RunAsync(tool, arguments, timeout, cancellationToken, environment)
            : RunAsync(_runuser, new[] { "-u", ServerAccount, "--", tool }.Concat(arguments), timeout, cancellationToken, environment);

    /// <summary>Hands a directory we created to the server account (a no-op unless we are root).</summary>
    public async Task GiveToServerAccountAsync(string directory, CancellationToken cancellationToken)
    {
        if (_runuser is null)
        {
            return;
        }

        var result = await RunAsync("chown", ["-R", $"{ServerAccount}:{ServerAccount}", directory], TimeSpan.FromMinutes(1), cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not give {directory} to the '{ServerAccount}' user, which PostgreSQL runs as when NewsPortal runs as root "
                + $"(does the user exist? Debian's postgresql package creates it): {result.Output.Trim()}");
        }
    }

    public static async Task<CommandResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The server account may not be able to enter our working directory.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment.TryAdd(name, value);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new CommandResult(-1, $"could not start {fileName}: {e.Message}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return new CommandResult(-1, $"{fileName} timed out after {timeout.TotalSeconds:0} s\n{output}");
        }

        process.WaitForExit(); // drains the redirected streams
        lock (output)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }
}
