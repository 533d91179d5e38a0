namespace NewsPortal.Web.Pages.Shared;

/// <summary>
/// <c>ResultCaches:Enabled</c> (default true): whether an answer computed for one request's own parameters (a figure
/// filter's rows, an entity's topic panel, a search's results) is kept for
/// the next request with the same parameters until the corpus or the index changes. Lists that are the same for
/// every request (the measure ranking, the figures drop-downs) are kept either way. The page benchmark turns it off
/// to time the work each page does, not the cache.
/// </summary>
public sealed record ResultCacheSettings(bool Enabled)
{
    public const string EnabledKey = "ResultCaches:Enabled";

    public static ResultCacheSettings From(IConfiguration configuration) => new(configuration.GetValue(EnabledKey, true));

    /// <summary>How many answers a result cache keeps: <paramref name="capacity"/>, or none when the switch is off
    /// (no settings: on).</summary>
    public static int Capacity(ResultCacheSettings? settings, int capacity) => settings?.Enabled == false ? 0 : capacity;
}
