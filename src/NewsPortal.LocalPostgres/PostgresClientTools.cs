namespace NewsPortal.LocalPostgres;

/// <summary>
/// PostgreSQL's client programs (pg_dump, pg_restore) found where the server binaries are looked for:
/// <c>pg_config --bindir</c>, <c>/usr/lib/postgresql/*/bin</c> newest first, then PATH. They work against any server.
/// </summary>
public static class PostgresClientTools
{
    /// <exception cref="InvalidOperationException">The program is nowhere to be found; the message says what to install.</exception>
    public static string Find(string name) => PostgresBinaries.FindTool(name);
}
