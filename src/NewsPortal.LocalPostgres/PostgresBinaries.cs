using System.ComponentModel;
using System.Diagnostics;

namespace NewsPortal.LocalPostgres;

/// <summary>The directory holding initdb, pg_ctl and postgres of one PostgreSQL installation.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The first candidate directory that has initdb and pg_ctl; null candidates means search the machine.</summary>
    public static PostgresBinaries Find(IReadOnlyList<string>? candidates)
    {
        var searched = (candidates ?? MachineCandidates()).Distinct().ToList();
        foreach (var directory in searched)
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return new PostgresBinaries(directory);
            }
        }

        throw new PostgresNotFoundException(searched);
    }

    /// <summary>A client tool (pg_dump, pg_restore) from the same places the server binaries are looked for, newest first.</summary>
    public static string FindTool(string name)
    {
        var searched = MachineCandidates().Distinct().ToList();
        return searched.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{name} was not found (looked in {string.Join(", ", searched)}); install the PostgreSQL client tools (Debian: `apt-get install postgresql-client`).");
    }

    private static List<string> MachineCandidates()
    {
        var candidates = new List<string>();
        if (PgConfigBinDir() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }

        // Debian installs server binaries per major version; prefer the newest.
        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            candidates.AddRange(System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: ParseVersion(Path.GetFileName(d))))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates;
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
