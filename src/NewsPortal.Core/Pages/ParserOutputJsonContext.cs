using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsPortal.Core.Pages;

/// <summary>The generated serializer of <see cref="ParserOutput"/>: camelCase names, enums as lower-case words, indented.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(LowerCaseEnumConverter<ArticleKind>), typeof(LowerCaseEnumConverter<FigureKind>), typeof(LowerCaseEnumConverter<FigureStatus>)])]
[JsonSerializable(typeof(ParserOutput))]
internal sealed partial class ParserOutputJsonContext : JsonSerializerContext;

/// <summary>An enum as its member's name in lower case (<c>Interview</c> → <c>"interview"</c>), as SCHEMA.md spells kinds.</summary>
internal sealed class LowerCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(LowerCase.Policy)
    where TEnum : struct, Enum;

file sealed class LowerCase : JsonNamingPolicy
{
    public static readonly LowerCase Policy = new();

    public override string ConvertName(string name) => name.ToLowerInvariant();
}
