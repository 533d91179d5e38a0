using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>JSON for data-* attributes that scripts read (Razor HTML-encodes the attribute; Chinese stays readable).</summary>
public static class DataAttribute
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);
}
