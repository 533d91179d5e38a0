using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>
/// The newest-first key of every <see cref="Every"/>th article, so that page 2,000 of the list seeks to the key
/// nearest before it and skips fewer than <see cref="Every"/> rows, instead of counting 40,000 off the front.
/// Built with one index-only pass and kept until the corpus changes (corpus_totals.version, per database).
/// </summary>
public sealed class ArticlePageKeys
{
    public const int Every = 500;

    private const string KeysSql = """
        SELECT d, id FROM (
            SELECT coalesce(published_on, '-infinity'::date) AS d, id,
                   row_number() OVER (ORDER BY coalesce(published_on, '-infinity'::date) DESC, id DESC) - 1 AS n
            FROM articles) numbered
        WHERE n % 500 = 0
        ORDER BY n
        """;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>Where to start for the row <paramref name="skip"/> rows into the list, or null to count from the front.</summary>
    public async Task<(ArticleKey Key, int Skip)?> SeekAsync(NewsPortalDbContext db, long version, int skip, CancellationToken ct)
    {
        if (skip < Every)
        {
            return null;
        }
        var database = db.Database.GetConnectionString() ?? "";
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null || snapshot.Version != version || snapshot.Database != database)
        {
            await _gate.WaitAsync(ct);
            try
            {
                snapshot = _snapshot;
                if (snapshot is null || snapshot.Version != version || snapshot.Database != database)
                {
                    snapshot = new Snapshot(database, version, await LoadAsync(db, ct));
                    Volatile.Write(ref _snapshot, snapshot);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        if (snapshot.Keys.Count == 0)
        {
            return null;
        }
        var index = Math.Min(skip / Every, snapshot.Keys.Count - 1);
        return (snapshot.Keys[index], skip - index * Every);
    }

    private static async Task<IReadOnlyList<ArticleKey>> LoadAsync(NewsPortalDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = KeysSql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            var keys = new List<ArticleKey>();
            while (await reader.ReadAsync(ct))
            {
                keys.Add(new ArticleKey(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1)));
            }
            return keys;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Snapshot(string Database, long Version, IReadOnlyList<ArticleKey> Keys);
}
