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

/// <summary>An analysed page to store.</summary>
internal sealed record PageToStore(PageFile File, ParsedPage Page);

/// <summary>
/// Writes analysed pages in one transaction: replaces the editions of the same file names, inserts the editions, their
/// articles, entity links and figures (metric rows). All or nothing. Several pages in one transaction share its round
/// trips, its statements and the aggregates' triggers, each of which runs once a statement whatever its rows
/// (docs/ingestion.md); each page is stored as it would have been alone, after the group's earlier pages.
/// </summary>
internal sealed class EditionWriter(IDbContextFactory<NewsPortalDbContext> contexts, IIngestionFaults? faults)
{
    /// <param name="reparsing">
    /// The id of a stored edition being parsed again: it is replaced even though its content is the same, keeps its
    /// id and its ingestion log rows; if it is gone (a newer version replaced it meanwhile) nothing is written.
    /// </param>
    public async Task<StoredEdition> WriteAsync(PageFile file, ParsedPage page, CancellationToken ct, long? reparsing = null) =>
        (await WriteAsync([new PageToStore(file, page)], ct, reparsing))![0];

    /// <summary>
    /// Stores <paramref name="pages"/> together (distinct file names and contents), one result a page in their order;
    /// null when they must be stored one at a time instead, nothing written: an edition already stored meets two of them
    /// (which one comes first decides), or a concurrent ingester stored one of their contents meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<StoredEdition>?> WriteAsync(IReadOnlyList<PageToStore> pages, CancellationToken ct, long? reparsing = null)
    {
        if (reparsing is not null && pages.Count != 1) throw new ArgumentException("A reparse stores one page.", nameof(pages));
        if (pages.DistinctBy(p => p.File.Name).Count() != pages.Count || pages.DistinctBy(p => p.File.Sha256).Count() != pages.Count)
            return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = EditionRows.For(db.Model);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // Serialises ingesters on the same file names (different names proceed in parallel) and reserves the ids
        // the new rows will carry, so that they can be inserted in bulk rather than one by one.
        // The same round trip answers "is this content stored?" and "which edition does it replace?".
        var reserved = await rows.LockAndReserveAsync(connection, pages.Select(p => p.File).ToList(), pages.Sum(p => p.Page.Articles.Count),
            pages.Sum(p => p.Page.Articles.Sum(a => a.Figures.Count)), ct);
        var meets = pages.Select(p => reserved.Existing.Where(e => e.Sha256 == p.File.Sha256 || e.FileName == p.File.Name).ToList()).ToList();
        if (meets.SelectMany(m => m).CountBy(e => e.Id).Any(c => c.Value > 1)) return null;
        var written = Enumerable.Range(0, pages.Count)
            .Where(i => reparsing is null ? meets[i].All(e => e.Sha256 != pages[i].File.Sha256) : meets[i].Any(e => e.Id == reparsing))
            .ToList();
        if (written.Count == 0) return pages.Select(_ => StoredEdition.Known).ToList();

        var replaced = await ReplaceAsync(db, written.SelectMany(i => meets[i]).Select(e => e.Id).ToList(), ct);
        var entities = await EntityUpsert.For(db).RunAsync(db, Mentioned(written.Select(i => pages[i].Page)), Subjects(written.Select(i => pages[i].Page)), ct);

        var editions = new Edition?[pages.Count];
        var (nextArticle, nextFigure, firstMentions) = (0, 0, FirstMentions(written.Select(i => pages[i].Page)));
        for (var w = 0; w < written.Count; w++)
        {
            var (i, (file, page)) = (written[w], pages[written[w]]);
            // A figure's subject is found among the entities stored before this page, as if it were stored alone.
            // Copied only when the group created an entity a later page mentions first (most groups create none).
            var later = entities.Created.Where(key => firstMentions[key] > w).ToList();
            var visible = later.Count == 0 ? entities.Ids : entities.Ids.Where(e => !later.Contains(e.Key)).ToDictionary();
            var edition = editions[i] = ToEdition(file, page, visible);
            edition.Id = reparsing ?? reserved.EditionIds[i];
            foreach (var article in edition.Articles)
            {
                (article.Id, article.EditionId, article.Edition) = (reserved.ArticleIds[nextArticle++], edition.Id, edition);
                article.Entities.ForEach(link => (link.ArticleId, link.PublishedOn) = (article.Id, article.PublishedOn));
                article.Metrics.ForEach(metric => (metric.Id, metric.ArticleId) = (reserved.FigureIds[nextFigure++], article.Id));
            }
        }
        var stored = editions.OfType<Edition>().ToList();
        // One round trip for every row of the pages, parents before children.
        await using (var insert = new NpgsqlBatch(connection))
        {
            insert.BatchCommands.Add(new NpgsqlBatchCommand(StoringCosts.Set));
            insert.BatchCommands.Add(rows.Editions.Command(stored));
            var articles = stored.SelectMany(e => e.Articles).ToList();
            AddRows(insert, rows.Articles, articles);
            AddRows(insert, rows.Links, articles.SelectMany(a => a.Entities).ToList());
            AddRows(insert, rows.Metrics, articles.SelectMany(a => a.Metrics).ToList());
            try
            {
                await insert.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.TableName == rows.EditionsTable)
            {
                // The same content under another file name, committed by a concurrent ingester.
                await tx.RollbackAsync(ct);
                return pages.Count == 1 ? [StoredEdition.Known] : null;
            }
        }
        if (reparsing is { } id)
        {
            var file = pages[0].File;
            // Deleting the old row set the log's links to null; they belong to the same edition still.
            await db.IngestedFiles.Where(f => f.Sha256 == file.Sha256 && f.EditionId == null && f.Status == IngestStatus.Processed)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.EditionId, id), ct);
        }
        foreach (var i in written) faults?.AfterRowsInserted(pages[i].File);
        await tx.CommitAsync(ct);
        faults?.AfterCommit(written.Count);
        return pages.Select((_, i) => editions[i] is { } edition
            ? new StoredEdition(false, edition.Id, edition.Articles, meets[i].SelectMany(e => replaced[e.Id]).ToList())
            : StoredEdition.Known).ToList();
    }

    /// <summary>Deletes the editions replaced (cascading to their articles, links and figures); their articles' ids by edition.</summary>
    private static async Task<ILookup<long, long>> ReplaceAsync(NewsPortalDbContext db, List<long> editionIds, CancellationToken ct)
    {
        if (editionIds.Count == 0) return Array.Empty<long>().ToLookup(id => id);
        var articles = await db.Articles.AsNoTracking().Where(a => editionIds.Contains(a.EditionId))
            .Select(a => new { a.EditionId, a.Id }).ToListAsync(ct);
        await db.Editions.Where(e => editionIds.Contains(e.Id)).ExecuteDeleteAsync(ct);
        return articles.ToLookup(a => a.EditionId, a => a.Id);
    }

    /// <summary>Every entity the pages mention, once, with the aliases of its first mention.</summary>
    private static List<(EntityKind Kind, EntityMention Mention)> Mentioned(IEnumerable<ParsedPage> pages) =>
        pages.SelectMany(p => p.Articles).SelectMany(a => a.Entities.All()).DistinctBy(m => (m.Kind, m.Mention.Name)).ToList();

    private static HashSet<string> Subjects(IEnumerable<ParsedPage> pages) =>
        pages.SelectMany(p => p.Articles).SelectMany(a => a.Figures).Select(f => f.Subject).OfType<string>().Where(s => s.Length > 0).ToHashSet();

    /// <summary>The position in the group of the first page mentioning each entity.</summary>
    private static Dictionary<(EntityKind Kind, string Name), int> FirstMentions(IEnumerable<ParsedPage> pages)
    {
        var first = new Dictionary<(EntityKind Kind, string Name), int>();
        foreach (var (page, position) in pages.Select((p, i) => (p, i)))
        {
            foreach (var (kind, mention) in page.Articles.SelectMany(a => a.Entities.All())) first.TryAdd((kind, mention.Name), position);
        }
        return first;
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
            // Each link with its entity as stored (its key is its kind and name), for the article page's record.
            Entities = mentioned
                .GroupBy(m => entities[(m.Kind, m.Mention.Name)])
                .Select(g => new ArticleEntity
                {
                    EntityId = g.Key,
                    Entity = new Entity { Id = g.Key, Kind = g.First().Kind, Name = g.First().Mention.Name },
                    Mentions = Math.Max(1, g.Sum(m => m.Mention.Count)),
                })
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

