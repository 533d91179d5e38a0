using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsPortal.Core;
using NewsPortal.Data;
using NewsPortal.Ingestion.Inbox;

namespace NewsPortal.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The ingestion pipeline and the reindexer, the start-up check of the search index (in the background) and the
    /// inbox watcher (which waits for that check) and the index upkeep (merges the index when ingestion goes quiet), with <see cref="IngestionOptions"/> bound from the "Ingestion"
    /// section and validated at start-up. Needs <c>AddNewsPortalData</c> and <c>AddNewsPortalSearch</c>.
    /// </summary>
    public static IServiceCollection AddNewsPortalIngestion(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddIngestionCore(configuration, contentRoot);
        services.AddHostedService<SearchIndexRebuildService>();
        services.AddHostedService<InboxWatcher>();
        services.AddHostedService<SearchIndexUpkeepService>();
        return services;
    }

    /// <summary>Pipeline, reindexer and index check without the hosted services (the command line).</summary>
    internal static IServiceCollection AddIngestionCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var root = DataRoot.From(configuration, contentRoot);
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.Section))
            .PostConfigure(o =>
            {
                // Absolute from here on, so every reader agrees whatever its own idea of the current folder.
                if (!string.IsNullOrWhiteSpace(o.InboxPath)) o.InboxPath = root.Resolve(o.InboxPath, o.InboxPath);
                if (!string.IsNullOrWhiteSpace(o.SeedsPath)) o.SeedsPath = root.Resolve(o.SeedsPath, o.SeedsPath);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.TryAddSingleton(_ => NewsPortalCore.CreateAnalyzer());
        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<Reindexer>();
        services.TryAddSingleton<SearchIndexCheck>();
        services.TryAddSingleton<SearchIndexRebuildProgress>();
        services.TryAddSingleton<SearchIndexUpkeep>();
        services.TryAddSingleton<Reparser>();
        services.TryAddSingleton(s => new FailedFiles(s.GetRequiredService<IOptions<IngestionOptions>>().Value.InboxPath));
        return services;
    }

    private sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
    {
        public ValidateOptionsResult Validate(string? name, IngestionOptions options)
        {
            var errors = IngestionOptions.Validate(options).ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
