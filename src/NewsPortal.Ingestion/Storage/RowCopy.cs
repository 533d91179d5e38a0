using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>
/// Binary COPY of rows of one entity type, with the table, columns, value conversions and store types read
/// from the EF model (<see cref="ModelColumn"/>).
/// Far cheaper than change tracking for the few dozen rows of a page.
/// </summary>
internal sealed class RowCopy<T> where T : class
{
    private readonly string _copy;
    private readonly ModelColumn[] _columns;

    /// <param name="withGeneratedKey">Write the key too (ids reserved from its sequence beforehand); else the database assigns it.</param>
    public RowCopy(IModel model, bool withGeneratedKey)
    {
        (var table, _columns) = ModelColumn.Of<T>(model, withGeneratedKey);
        _copy = $"COPY {Sql.Table(table)} ({string.Join(", ", _columns.Select(c => Sql.Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    public async Task WriteAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(_copy, ct);
        // Synchronous writes: values go to Npgsql's buffer and a page's rows rarely fill it; an await per value costs more.
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var column in _columns)
            {
                var value = column.ValueOf(row);
                if (value is null) importer.WriteNull();
                else importer.Write(value, column.StoreType);
            }
        }
        await importer.CompleteAsync(ct);
    }

}

/// <summary>Identifier quoting for the few statements written by hand.</summary>
internal static class Sql
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public static string Table(StoreObjectIdentifier table) =>
        table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>"character varying(64)" is written as "character varying".</summary>
    public static string WithoutFacets(string storeType)
    {
        var open = storeType.IndexOf('(');
        return open < 0 ? storeType : storeType[..open].TrimEnd() + storeType[(storeType.IndexOf(')') + 1)..];
    }

    public static StoreObjectIdentifier TableOf<T>(IModel model)
    {
        var type = model.FindEntityType(typeof(T))!;
        return StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
    }
}
