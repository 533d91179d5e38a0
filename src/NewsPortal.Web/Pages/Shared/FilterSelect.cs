namespace NewsPortal.Web.Pages.Shared;

/// <summary>A drop-down filter bound to one query-string parameter; "all" (empty) first unless <see cref="AllLabel"/> is null.</summary>
public sealed record FilterSelect(
    string Name,
    string Label,
    IReadOnlyList<(string Value, string Text)> Options,
    string? Selected,
    string? AllLabel = "全部")
{
    public static IReadOnlyList<(string Value, string Text)> Plain(IEnumerable<string> values) => [.. values.Select(v => (v, v))];

    public static IReadOnlyList<(string Value, string Text)> Of<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => (Labels.Key(v), Labels.Text(v)))];
}
