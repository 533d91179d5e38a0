using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>An edition already stored under a content or a file name being ingested.</summary>
internal sealed record StoredEditionKey(long Id, string Sha256, string FileName);

/// <summary>Ids reserved for a group's editions, articles and figures (in order), and the editions its files may meet.</summary>
internal sealed record Reservation(long[] EditionIds, long[] ArticleIds, long[] FigureIds, IReadOnlyList<StoredEditionKey> Existing);

/// <summary>The bulk statements for one model: copies per table and the lock-and-reserve batch.</summary>
internal sealed class EditionRows
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<IModel, EditionRows> ByModel = [];

    private readonly string _lock;
    private readonly string _reserve;
    private readonly string _existing;
    private readonly string _keep;

    private EditionRows(IModel model)
    {
        Editions = new RowInsert<Edition>(model, withGeneratedKey: true);
        Articles = new RowInsert<Article>(model, withGeneratedKey: true);
        Links = new RowInsert<ArticleEntity>(model, withGeneratedKey: true);
        // Figures' ids are reserved too: the article page's record, written into the search index as the page is stored, shows them.
        Metrics = new RowInsert<Metric>(model, withGeneratedKey: true);
        Files = new RowCopy<IngestedFile>(model, withGeneratedKey: false);
        // The locks in key order, so that two ingesters locking several names never wait on each other in a cycle.
        _lock = "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT k FROM unnest(@locks::bigint[]) AS u(k) ORDER BY k) AS l";
        var editions = Sql.TableOf<Edition>(model);
        EditionsTable = editions.Name;
        var edition = model.FindEntityType(typeof(Edition))!;
        string Column(string property) => Sql.Quote(edition.FindProperty(property)!.GetColumnName(editions)!);
        _existing = $"SELECT {Column(nameof(Edition.Id))} AS existing_id, {Column(nameof(Edition.Sha256))} AS existing_sha, " +
            $"{Column(nameof(Edition.FileName))} AS existing_name FROM {Sql.Table(editions)} " +
            $"WHERE {Column(nameof(Edition.Sha256))} = ANY(@shas) OR {Column(nameof(Edition.FileName))} = ANY(@names)";
        _keep = $"SELECT {Column(nameof(Edition.Id))} FROM {Sql.Table(editions)} WHERE {Column(nameof(Edition.Id))} = ANY(@ids) FOR KEY SHARE";
        _reserve = $"""
            SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('{Sequence<Edition>(model)}')) FROM generate_series(1, @editions)) AS reserved_editions,
                   ARRAY(SELECT nextval(pg_get_serial_sequence('{Sequence<Article>(model)}')) FROM generate_series(1, @articles)) AS reserved_articles,
                   ARRAY(SELECT nextval(pg_get_serial_sequence('{Sequence<Metric>(model)}')) FROM generate_series(1, @figures)) AS reserved_figures
            """;
    }

    public RowInsert<Edition> Editions { get; }
    public RowInsert<Article> Articles { get; }
    public RowInsert<ArticleEntity> Links { get; }
    public RowInsert<Metric> Metrics { get; }

    /// <summary>The editions table's name, as PostgreSQL reports it in a constraint violation.</summary>
    public string EditionsTable { get; }

    /// <summary>The ingestion log, written once per flush rather than per edition.</summary>
    public RowCopy<IngestedFile> Files { get; }

    public static EditionRows For(IModel model)
    {
        lock (Gate)
        {
            if (!ByModel.TryGetValue(model, out var rows)) ByModel[model] = rows = new EditionRows(model);
            return rows;
        }
    }

    /// <summary>
    /// Takes the locks of the files' names, reserves the ids of their editions, articles and figures, and lists the editions
    /// that already hold one of these contents or names: one round trip, the locks first.
    /// </summary>
    public async Task<Reservation> LockAndReserveAsync(
        NpgsqlConnection connection, IReadOnlyList<PageFile> files, int articles, int figures, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_lock)
        {
            Parameters = { new NpgsqlParameter("locks", files.Select(f => EditionWriter.FileNameLock(f.Name)).ToArray()) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_reserve)
        {
            Parameters = { new NpgsqlParameter("editions", files.Count), new NpgsqlParameter("articles", articles), new NpgsqlParameter("figures", figures) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_existing)
        {
            Parameters =
            {
                new NpgsqlParameter("shas", files.Select(f => f.Sha256).ToArray()),
                new NpgsqlParameter("names", files.Select(f => f.Name).ToArray()),
            },
        });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await SeekAsync(reader, "reserved_editions", ct);
        await reader.ReadAsync(ct);
        var (editionIds, articleIds, figureIds) = (reader.GetFieldValue<long[]>(0), reader.GetFieldValue<long[]>(1), reader.GetFieldValue<long[]>(2));
        await SeekAsync(reader, "existing_id", ct);
        var existing = new List<StoredEditionKey>();
        while (await reader.ReadAsync(ct)) existing.Add(new StoredEditionKey(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return new Reservation(editionIds, articleIds, figureIds, existing);
    }

    /// <summary>
    /// Of these editions, those still stored, held until the transaction ends: a file replacing one of them meanwhile waits
    /// for the commit and then clears the link of the rows written under this lock itself (ON DELETE SET NULL).
    /// </summary>
    public async Task<HashSet<long>> KeepAsync(NpgsqlConnection connection, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var command = new NpgsqlCommand(_keep, connection) { Parameters = { new NpgsqlParameter("ids", ids.ToArray()) } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var kept = new HashSet<long>();
        while (await reader.ReadAsync(ct)) kept.Add(reader.GetInt64(0));
        return kept;
    }

    /// <summary>Moves to the result set whose first column has this name, past the lock's and SET's.</summary>
    private static async Task SeekAsync(NpgsqlDataReader reader, string firstColumn, CancellationToken ct)
    {
        while (reader.FieldCount == 0 || reader.GetName(0) != firstColumn)
        {
            if (!await reader.NextResultAsync(ct)) throw new InvalidOperationException($"No result named {firstColumn}.");
        }
    }

    /// <summary>'"table", "id"' as pg_get_serial_sequence takes it.</summary>
    private static string Sequence<T>(IModel model)
    {
        var table = Sql.TableOf<T>(model);
        var key = model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
        return $"{Sql.Table(table).Replace("'", "''")}', '{key.Replace("'", "''")}";
    }
}
