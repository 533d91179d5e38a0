namespace NewsPortal.LocalPostgres;

/// <summary>Neither a connection string nor PostgreSQL server binaries to start a private database with.</summary>
public sealed class PostgresNotFoundException(IReadOnlyList<string> searched) : Exception(Describe(searched))
{
    public IReadOnlyList<string> Searched { get; } = searched;

    private static string Describe(IReadOnlyList<string> searched) =>
        "NewsPortal found no PostgreSQL server binaries (initdb and pg_ctl; looked in "
        + (searched.Count == 0 ? "no directories" : string.Join(", ", searched))
        + ") and no connection string is configured, so it has no database to use. "
        + "Either install the PostgreSQL server so NewsPortal can start its own private database "
        + "(Debian/Ubuntu: `apt-get install postgresql`), or point it at an existing server by setting "
        + "`ConnectionStrings:NewsPortal` in appsettings.json or the environment variable `ConnectionStrings__NewsPortal` "
        + "(for example `Host=localhost;Database=newsportal;Username=postgres;Password=...`).";
}
