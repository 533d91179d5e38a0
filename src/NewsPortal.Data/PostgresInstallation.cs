using System.ComponentModel;
using System.Diagnostics;

namespace NewsPortal.Data;

/// <summary>Where this machine's PostgreSQL programs are: pg_config's bindir, Debian's per-version folders (newest
/// first), then PATH. The backup needs the client tools; the local cluster needs the server binaries.</summary>
public static class PostgresInstallation
{
    /// <summary>A client tool (pg_dump, pg_restore) from the first candidate folder that has it.</summary>
    public static string FindTool(string name)
    {
        var searched = Directories();
        return searched.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{name} was not found (looked in {string.Join(", ", searched)}); install the PostgreSQL client tools (Debian: `apt-get install postgresql-client`).");
    }

    /// <summary>The candidate folders, most preferred first, without repeats.</summary>
    public static IReadOnlyList<string> Directories()
    {
        var candidates = new List<string>();
        if (PgConfigBinDir() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }

        // Debian installs server binaries per major version; prefer the newest.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            candidates.AddRange(Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: ParseVersion(Path.GetFileName(d))))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.Distinct().ToList();
    }

    private static Version ParseVersion(string name) =>
        Version.TryParse(name.Contains('.') ? name : name + ".0", out var version) ? version : new Version(0, 0);

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null; // no pg_config on PATH
        }
    }
}
