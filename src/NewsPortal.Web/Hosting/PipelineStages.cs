using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Hosting;

public static class PipelineStages
{
    /// <summary>The stages behind the portal: store (PostgreSQL), index (Lucene) and ingestion.</summary>
    public static WebApplicationBuilder AddPortalStages(this WebApplicationBuilder builder)
    {
        // Stand-in until the data branch's AddNewsPortalData (embedded PostgreSQL) lands.
        var connectionString = builder.Configuration.GetConnectionString("NewsPortal");
        builder.Services.AddDbContextPool<NewsPortalDbContext>(options => options.UseNpgsql(connectionString));
        return builder;
    }
}
