using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
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
/// inserts the edition, its articles, entity links and metrics. All or nothing.
/// </summary>
internal sealed class EditionWriter(IDbContextFactory<NewsPortalDbContext> contexts, IIngestionFaults? faults)
{
    public async Task<StoredEdition> WriteAsync(PageFile file, ParsedPage page, bool deferDurability, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Serialises ingesters on the same file name; different names proceed in parallel.
            var lockKey = FileNameLock(file.Name);
            if (deferDurability)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey}); SET LOCAL synchronous_commit TO OFF", ct);
            else
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", ct);

            if (await db.Editions.AnyAsync(e => e.Sha256 == file.Sha256, ct)) return StoredEdition.Known;

            var replaced = await db.Articles.AsNoTracking()
                .Where(a => a.Edition.FileName == file.Name)
                .Select(a => a.Id)
                .ToListAsync(ct);
            await db.Editions.Where(e => e.FileName == file.Name).ExecuteDeleteAsync(ct);

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
            db.Editions.Add(edition);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same content under another file name, committed by a concurrent ingester.
                await tx.RollbackAsync(ct);
                return StoredEdition.Known;
            }
            faults?.AfterRowsInserted(file);
            await tx.CommitAsync(ct);
            return new StoredEdition(false, edition.Id, edition.Articles, replaced);
        });
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
            Metrics = a.Figures.Select(f => new Metric
            {
                Span = f.Span,
                Offset = f.Offset,
                Value = f.Value,
                Unit = f.Unit,
                BaseValue = f.BaseValue,
                BaseUnit = f.BaseUnit,
                Measure = f.Measure,
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
