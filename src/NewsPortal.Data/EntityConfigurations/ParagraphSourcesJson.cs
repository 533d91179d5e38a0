using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

/// <summary>Stores paragraph provenance as a jsonb document: [{"index":0,"spans":[[start,length],…]},…].</summary>
internal static class ParagraphSourcesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<List<ParagraphSource>, string> Converter { get; } = new(
        v => Serialize(v),
        s => Deserialize(s));

    // Compared by content so edits inside the list are noticed by the change tracker.
    public static ValueComparer<List<ParagraphSource>> Comparer { get; } = new(
        (a, b) => Serialize(a) == Serialize(b),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => Deserialize(Serialize(v)));

    private static string Serialize(List<ParagraphSource>? value) => JsonSerializer.Serialize(value ?? [], Options);

    private static List<ParagraphSource> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ParagraphSource>>(json, Options) ?? [];
}
