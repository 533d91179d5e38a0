using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>What one edition's transaction did.</summary>
internal sealed record StoredEdition(
    bool AlreadyIngested,
    long? EditionId,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<long> ReplacedArticleIds)
{
    public static StoredEdition Known { get; } = new(true, null, [], []);
}

/// <summary>
/// Writes one analysed page in one transaction: replaces the edition of the same file name,
/// inserts the edition, its articles, entity links and figures (metric rows). All or nothing.
/// </summary>
internal sealed class EditionWriter(IDbContextFactory<NewsPortalDbContext> contexts, IIngestionFaults? faults)
{
    /// <param name="reparsing">
    /// The id of a stored edition being parsed again: it is replaced even though its content is the same, keeps its
    /// id and its ingestion log rows; if it is gone (a newer version replaced it meanwhile) nothing is written.
    /// </param>
    public async Task<StoredEdition> WriteAsync(PageFile file, ParsedPage page, CancellationToken ct, long? reparsing = null)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = EditionRows.For(db.Model);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // Serialises ingesters on the same file name (different names proceed in parallel) and reserves the ids
        // the new rows will carry, so that they can be copied in bulk rather than inserted one by one.
        // The same round trip answers "is this content stored?" and "which edition does it replace?".
        var (editionId, articleIds, existing) = await rows.LockAndReserveAsync(
            connection, FileNameLock(file.Name), page.Articles.Count, file, ct);
        if (reparsing is null ? existing.Any(e => e.Sha256 == file.Sha256) : existing.All(e => e.Id != reparsing)) return StoredEdition.Known;
        List<long> replaced = [];
        if (existing.Count > 0)
        {
            var editionIds = existing.Select(e => e.Id).ToList();
            replaced = await db.Articles.AsNoTracking().Where(a => editionIds.Contains(a.EditionId)).Select(a => a.Id).ToListAsync(ct);
            await db.Editions.Where(e => editionIds.Contains(e.Id)).ExecuteDeleteAsync(ct);
        }

        var mentioned = page.Articles.SelectMany(a => a.Entities.All())
            .DistinctBy(m => (m.Kind, m.Mention.Name))
            .ToList();
        var subjects = page.Articles.SelectMany(a => a.Figures)
            .Select(f => f.Subject)
            .OfType<string>()
            .Where(s => s.Length > 0)
            .ToHashSet();
        var entities = await EntityUpsert.For(db).RunAsync(db, mentioned, subjects, ct);

        var edition = ToEdition(file, page, entities);
        editionId = reparsing ?? editionId;
        edition.Id = editionId;
        for (var i = 0; i < edition.Articles.Count; i++)
        {
            var article = edition.Articles[i];
            (article.Id, article.EditionId) = (articleIds[i], editionId);
            article.Entities.ForEach(link => (link.ArticleId, link.PublishedOn) = (article.Id, article.PublishedOn));
            article.Metrics.ForEach(metric => metric.ArticleId = article.Id);
        }
        // One round trip for every row of the page, parents before children.
        await using (var insert = new NpgsqlBatch(connection))
        {
            insert.BatchCommands.Add(rows.Editions.Command([edition]));
            AddRows(insert, rows.Articles, edition.Articles);
            AddRows(insert, rows.Links, edition.Articles.SelectMany(a => a.Entities).ToList());
            AddRows(insert, rows.Metrics, edition.Articles.SelectMany(a => a.Metrics).ToList());
            try
            {
                await insert.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.TableName == rows.EditionsTable)
            {
                // The same content under another file name, committed by a concurrent ingester.
                await tx.RollbackAsync(ct);
                return StoredEdition.Known;
            }
        }
        if (reparsing is { } id)
        {
            // Deleting the old row set the log's links to null; they belong to the same edition still.
            await db.IngestedFiles.Where(f => f.Sha256 == file.Sha256 && f.EditionId == null && f.Status == IngestStatus.Processed)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.EditionId, id), ct);
        }
        faults?.AfterRowsInserted(file);
        await tx.CommitAsync(ct);
        return new StoredEdition(false, edition.Id, edition.Articles, replaced);
    }

    private static void AddRows<T>(NpgsqlBatch batch, RowInsert<T> rows, IReadOnlyList<T> values) where T : class
    {
        if (values.Count > 0) batch.BatchCommands.Add(rows.Command(values));
    }

    private static Edition ToEdition(PageFile file, ParsedPage page, Dictionary<(EntityKind Kind, string Name), long> entities) => new()
    {
        FileName = file.Name,
        Sha256 = file.Sha256,
        Paper = page.Edition.Paper,
        PageNumber = page.Edition.PageNumber,
        PublishedOn = page.Edition.Date,
        DateBasis = page.Edition.DateBasis,
        RawText = page.Text,
        IngestedAt = DateTimeOffset.UtcNow,
        Articles = page.Articles.Select((a, position) => ToArticle(a, position, page.Edition.Date, entities)).ToList(),
    };

    private static Article ToArticle(ParsedArticle a, int position, DateOnly? publishedOn, Dictionary<(EntityKind Kind, string Name), long> entities)
    {
        var mentioned = a.Entities.All().ToList();
        return new Article
        {
            Position = position,
            Title = a.Title,
            Subtitles = [.. a.Subtitles],
            Kind = a.Kind,
            Source = a.Source,
            Dateline = a.Dateline,
            Reporters = [.. a.Reporters],
            EventDate = a.EventDate,
            PublishedOn = publishedOn,
            Complete = a.Complete,
            Continued = a.Continued,
            Body = a.Body,
            Paragraphs = a.Paragraphs
                .Select((p, i) => new ParagraphSource { Index = i, Spans = p.Spans.Select(s => new[] { s.Start, s.Length }).ToList() })
                .ToList(),
            Entities = mentioned
                .GroupBy(m => entities[(m.Kind, m.Mention.Name)])
                .Select(g => new ArticleEntity { EntityId = g.Key, Mentions = Math.Max(1, g.Sum(m => m.Mention.Count)) })
                .ToList(),
            FigureCount = a.Figures.Count,
            Metrics = a.Figures.Select(f => new Metric
            {
                Span = f.Span,
                Offset = f.Offset,
                Value = f.Value,
                Unit = f.Unit,
                BaseValue = f.BaseValue,
                BaseUnit = f.BaseUnit,
                Measure = f.Measure,
                Qualifier = f.Qualifier,
                Family = f.Family,
                Subject = f.Subject,
                SubjectEntityId = SubjectEntity(f.Subject, mentioned, entities),
                Period = f.Period,
                Kind = f.Kind,
                Status = f.Status,
            }).ToList(),
        };
    }

    /// <summary>The entity a figure is about: one the article mentions by that name first, else any known one.</summary>
    private static long? SubjectEntity(
        string? subject,
        List<(EntityKind Kind, EntityMention Mention)> mentioned,
        Dictionary<(EntityKind Kind, string Name), long> entities)
    {
        if (string.IsNullOrEmpty(subject)) return null;
        foreach (var (kind, mention) in mentioned)
        {
            if (mention.Name == subject) return entities[(kind, mention.Name)];
        }
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            if (entities.TryGetValue((kind, subject), out var id)) return id;
        }
        return null;
    }

    /// <summary>A stable 64-bit key for pg_advisory_xact_lock, derived from the file name.</summary>
    internal static long FileNameLock(string fileName) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));
}

/// <summary>The bulk statements for one model: copies per table and the lock-and-reserve batch.</summary>
internal sealed class EditionRows
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<IModel, EditionRows> ByModel = [];

    private readonly string _lock;
    private readonly string _reserve;
    private readonly string _existing;

    private EditionRows(IModel model)
    {
        Editions = new RowInsert<Edition>(model, withGeneratedKey: true);
        Articles = new RowInsert<Article>(model, withGeneratedKey: true);
        Links = new RowInsert<ArticleEntity>(model, withGeneratedKey: true);
        Metrics = new RowInsert<Metric>(model, withGeneratedKey: false);
        Files = new RowCopy<IngestedFile>(model, withGeneratedKey: false);
        _lock = "SELECT pg_advisory_xact_lock(@lock)";
        var editions = Sql.TableOf<Edition>(model);
        EditionsTable = editions.Name;
        var edition = model.FindEntityType(typeof(Edition))!;
        string Column(string property) => Sql.Quote(edition.FindProperty(property)!.GetColumnName(editions)!);
        _existing = $"SELECT {Column(nameof(Edition.Id))} AS existing_id, {Column(nameof(Edition.Sha256))} AS existing_sha FROM {Sql.Table(editions)} " +
            $"WHERE {Column(nameof(Edition.Sha256))} = @sha OR {Column(nameof(Edition.FileName))} = @name";
        _reserve = $"""
            SELECT nextval(pg_get_serial_sequence('{Sequence<Edition>(model)}')) AS reserved_edition,
                   ARRAY(SELECT nextval(pg_get_serial_sequence('{Sequence<Article>(model)}')) FROM generate_series(1, @articles)) AS reserved_articles
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
    /// Takes the file name's lock, reserves the ids of the edition and its articles, and lists the editions that
    /// already hold this content or this file name: one round trip, the lock first.
    /// </summary>
    public async Task<(long EditionId, long[] ArticleIds, List<(long Id, string Sha256)> Existing)> LockAndReserveAsync(
        NpgsqlConnection connection, long lockKey, int articles, PageFile file, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_lock) { Parameters = { new NpgsqlParameter("lock", lockKey) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_reserve) { Parameters = { new NpgsqlParameter("articles", articles) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(_existing)
        {
            Parameters = { new NpgsqlParameter("sha", file.Sha256), new NpgsqlParameter("name", file.Name) },
        });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await SeekAsync(reader, "reserved_edition", ct);
        await reader.ReadAsync(ct);
        var reserved = (reader.GetInt64(0), reader.GetFieldValue<long[]>(1));
        await SeekAsync(reader, "existing_id", ct);
        var existing = new List<(long, string)>();
        while (await reader.ReadAsync(ct)) existing.Add((reader.GetInt64(0), reader.GetString(1)));
        return (reserved.Item1, reserved.Item2, existing);
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
