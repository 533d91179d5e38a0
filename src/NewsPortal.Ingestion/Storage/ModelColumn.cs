using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsPortal.Ingestion.Storage;

/// <summary>
/// A column of an entity type's table as the EF model maps it (name, getter, value conversion, store type), so the
/// bulk writers follow the Data project's configuration instead of restating it.
/// </summary>
internal sealed record ModelColumn(string Name, IClrPropertyGetter Getter, ValueConverter? Converter, Type ProviderType, string StoreType)
{
    /// <summary>The table of <typeparamref name="T"/> and its mapped columns.</summary>
    /// <param name="withGeneratedKey">Include the key (ids reserved from its sequence beforehand); else the database assigns it.</param>
    public static (StoreObjectIdentifier Table, ModelColumn[] Columns) Of<T>(IModel model, bool withGeneratedKey)
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties()
            .Where(p => !p.IsShadowProperty() && (withGeneratedKey || p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()))
            .Select(p => new ModelColumn(
                p.GetColumnName(table)!,
                p.GetGetter(),
                p.GetTypeMapping().Converter,
                p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType,
                Sql.WithoutFacets(p.GetColumnType())))
            .ToArray();
        return (table, columns);
    }

    /// <summary>The row's value as the database stores it (after the model's conversion), or null.</summary>
    public object? ValueOf(object row)
    {
        var value = Getter.GetClrValue(row);
        return value is not null && Converter is not null ? Converter.ConvertToProvider(value) : value;
    }
}
