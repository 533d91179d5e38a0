using NewsPortal.Data;

namespace NewsPortal.LocalPostgres;

/// <summary>The directory holding initdb, pg_ctl and postgres of one PostgreSQL installation.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The first candidate directory that has initdb and pg_ctl; null candidates means search the machine.</summary>
    public static PostgresBinaries Find(IReadOnlyList<string>? candidates)
    {
        var searched = (candidates ?? PostgresInstallation.Directories()).Distinct().ToList();
        foreach (var directory in searched)
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return new PostgresBinaries(directory);
            }
        }

        throw new PostgresNotFoundException(searched);
    }
}
