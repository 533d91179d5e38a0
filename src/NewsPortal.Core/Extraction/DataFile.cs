using System.Reflection;
using System.Text.Json;

namespace NewsPortal.Core.Extraction;

/// <summary>Reads one of the JSON knowledge tables embedded from src/NewsPortal.Core/Data.</summary>
internal static class DataFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string fileName)
    {
        var name = "NewsPortal.Core.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file {name} is empty.");
    }
}
