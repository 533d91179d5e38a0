using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Data.Model;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>Entity ids by (kind, name), and the entities the upsert created (the others were stored before it).</summary>
internal sealed record EntityIds(
    Dictionary<(EntityKind Kind, string Name), long> Ids,
    HashSet<(EntityKind Kind, string Name)> Created);

/// <summary>
/// Finds or creates entities by (kind, name) with INSERT ... ON CONFLICT DO NOTHING, so two ingesters
/// naming the same district never collide. Table and column names come from the EF model.
/// </summary>
internal sealed class EntityUpsert
{
    private readonly string _upsertSql;
    private readonly string _selectSql;
    private readonly ValueConverter _kind;

    private EntityUpsert(IModel model)
    {
        var type = model.FindEntityType(typeof(Entity)) ?? throw new InvalidOperationException("Entity is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var qualified = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        string Column(string property) => Quote(type.FindProperty(property)!.GetColumnName(table)!);

        var kind = type.FindProperty(nameof(Entity.Kind))!;
        var kindType = kind.GetColumnType();
        var mapping = kind.GetTypeMapping();
        _kind = new ValueConverter(mapping.Converter);
        var kindArray = _kind.ProviderIsText ? "text[]" : "integer[]";

        var aliases = type.FindProperty(nameof(Entity.Aliases))!;
        var aliasesExpr = aliases.GetColumnType().StartsWith("json", StringComparison.OrdinalIgnoreCase)
            ? $"i.aliases::{aliases.GetColumnType()}"
            : "ARRAY(SELECT jsonb_array_elements_text(i.aliases::jsonb))";

        var (id, k, n, a) = (Column(nameof(Entity.Id)), Column(nameof(Entity.Kind)), Column(nameof(Entity.Name)), Column(nameof(Entity.Aliases)));
        // Rows committed by another ingester while we waited on ON CONFLICT are invisible to this
        // statement's snapshot; SelectMissing picks them up afterwards.
        _upsertSql = $"""
            WITH i AS (SELECT * FROM unnest(@kinds::{kindArray}, @names::text[], @aliases::text[]) AS t(kind, name, aliases)),
            ins AS (
                INSERT INTO {qualified} ({k}, {n}, {a})
                SELECT i.kind::{kindType}, i.name, {aliasesExpr} FROM i ORDER BY i.kind, i.name
                ON CONFLICT ({k}, {n}) DO NOTHING
                RETURNING {id}, {k}, {n})
            SELECT {id}, {k}, {n}, true AS inserted FROM ins
            UNION ALL
            SELECT e.{id}, e.{k}, e.{n}, false FROM {qualified} e WHERE e.{n} = ANY(@lookup)
            """;
        _selectSql = $"SELECT {id}, {k}, {n}, false AS inserted FROM {qualified} WHERE {n} = ANY(@lookup)";
    }

    private static readonly Lock Gate = new();
    private static readonly Dictionary<IModel, EntityUpsert> ByModel = [];

    public static EntityUpsert For(NewsPortalDbContext db)
    {
        lock (Gate)
        {
            if (!ByModel.TryGetValue(db.Model, out var upsert)) ByModel[db.Model] = upsert = new EntityUpsert(db.Model);
            return upsert;
        }
    }

    /// <summary>
    /// Ids of every mentioned entity (created when new) and of any existing entity named like a figure's subject,
    /// keyed by (kind, name), and which of them this statement created.
    /// </summary>
    public async Task<EntityIds> RunAsync(
        NewsPortalDbContext db,
        IReadOnlyCollection<(EntityKind Kind, EntityMention Mention)> mentioned,
        IReadOnlyCollection<string> subjects,
        CancellationToken ct)
    {
        var found = new EntityIds([], []);
        var lookup = mentioned.Select(m => m.Mention.Name).Concat(subjects).Distinct().ToArray();
        if (lookup.Length == 0) return found;

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = _upsertSql;
            command.Transaction = transaction;
            var ordered = mentioned.OrderBy(m => m.Kind).ThenBy(m => m.Mention.Name, StringComparer.Ordinal).ToList();
            command.Parameters.Add(_kind.ArrayParameter("kinds", ordered.Select(m => m.Kind)));
            command.Parameters.Add(new NpgsqlParameter("names", ordered.Select(m => m.Mention.Name).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("aliases",
                ordered.Select(m => JsonSerializer.Serialize(m.Mention.Aliases ?? [])).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("lookup", lookup));
            await ReadAsync(command, found, ct);
        }

        if (mentioned.Any(m => !found.Ids.ContainsKey((m.Kind, m.Mention.Name))))
        {
            await using var again = connection.CreateCommand();
            again.CommandText = _selectSql;
            again.Transaction = transaction;
            again.Parameters.Add(new NpgsqlParameter("lookup", lookup));
            await ReadAsync(again, found, ct);
        }
        var missing = mentioned.FirstOrDefault(m => !found.Ids.ContainsKey((m.Kind, m.Mention.Name)));
        if (missing.Mention is not null)
            throw new InvalidOperationException($"Entity {missing.Kind} '{missing.Mention.Name}' was neither inserted nor found.");
        return found;
    }

    private async Task ReadAsync(DbCommand command, EntityIds found, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = (_kind.FromProvider(reader.GetValue(1)), reader.GetString(2));
            found.Ids[key] = reader.GetInt64(0);
            if (reader.GetBoolean(3)) found.Created.Add(key);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>How the model stores EntityKind: as its number, or as text through a converter.</summary>
    private sealed class ValueConverter(Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter)
    {
        public bool ProviderIsText => converter?.ProviderClrType == typeof(string);

        public NpgsqlParameter ArrayParameter(string name, IEnumerable<EntityKind> kinds) => ProviderIsText
            ? new NpgsqlParameter(name, kinds.Select(k => (string)converter!.ConvertToProvider(k)!).ToArray())
            : new NpgsqlParameter(name, kinds.Select(k => Convert.ToInt32(converter?.ConvertToProvider(k) ?? (int)k)).ToArray());

        public EntityKind FromProvider(object value) => converter is null
            ? (EntityKind)Convert.ToInt32(value)
            : (EntityKind)converter.ConvertFromProvider(ProviderIsText ? value.ToString() : Convert.ChangeType(value, converter.ProviderClrType))!;
    }
}
