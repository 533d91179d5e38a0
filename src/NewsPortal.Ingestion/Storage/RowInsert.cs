using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NewsPortal.Ingestion.Storage;

/// <summary>
/// One INSERT of many rows of one entity type, the values sent as one array per column and unnested on the
/// server, with the table, columns, value conversions and store types read from the EF model. Unlike a COPY
/// (two round trips per table), the statements for several tables go in one <see cref="NpgsqlBatch"/>, so a
/// page's edition, articles, entity links and figures reach PostgreSQL in a single round trip; the statement
/// text depends only on the model, so the server keeps it prepared.
/// </summary>
internal sealed class RowInsert<T> where T : class
{
    private readonly string _sql;
    private readonly Column[] _columns;

    /// <param name="withGeneratedKey">Write the key too (ids reserved from its sequence beforehand); else the database assigns it.</param>
    public RowInsert(IModel model, bool withGeneratedKey)
    {
        (var table, var columns) = ModelColumn.Of<T>(model, withGeneratedKey);
        _columns = columns.Select(c => new Column(c)).ToArray();
        var names = string.Join(", ", _columns.Select(c => Sql.Quote(c.Name)));
        var values = string.Join(", ", _columns.Select((c, i) => c.Value($"u.c{i}")));
        var arrays = string.Join(", ", _columns.Select((c, i) => $"@p{i}::{c.ArrayType}"));
        var aliases = string.Join(", ", _columns.Select((_, i) => $"c{i}"));
        _sql = $"INSERT INTO {Sql.Table(table)} ({names}) SELECT {values} FROM unnest({arrays}) AS u({aliases})";
    }

    /// <summary>The statement inserting <paramref name="rows"/>, to run in a batch with others.</summary>
    public NpgsqlBatchCommand Command(IReadOnlyList<T> rows)
    {
        var command = new NpgsqlBatchCommand(_sql);
        for (var i = 0; i < _columns.Length; i++)
        {
            command.Parameters.Add(_columns[i].Parameter($"p{i}", rows));
        }
        return command;
    }

    private sealed record Column(ModelColumn Model)
    {
        public string Name => Model.Name;

        private string StoreType => Model.StoreType;

        /// <summary>
        /// An array column (text[]) travels as one JSON array per row: unnest would flatten an array of arrays.
        /// </summary>
        private bool IsArray => StoreType.EndsWith("[]", StringComparison.Ordinal);

        public string ArrayType => IsArray ? "jsonb[]" : StoreType + "[]";

        public string Value(string unnested) => IsArray
            ? $"CASE WHEN {unnested} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text({unnested}))::{StoreType} END"
            : unnested;

        public NpgsqlParameter Parameter(string name, IReadOnlyList<T> rows)
        {
            var values = Array.CreateInstance(IsArray ? typeof(string) : Nullable(Model.ProviderType), rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = Model.ValueOf(rows[i]);
                if (value is not null && IsArray) value = JsonSerializer.Serialize(value);
                values.SetValue(value, i);
            }
            return new NpgsqlParameter { ParameterName = name, Value = values, DataTypeName = ArrayType };
        }

        private static Type Nullable(Type type) =>
            type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
    }
}
