using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NewsPortal.Data;
using Npgsql;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The portal runs a few query shapes over and over (an article page is three statements). Npgsql's automatic
/// preparation keeps those statements parsed and planned on each pooled connection, so PostgreSQL only executes
/// them: planning was most of its time per article page. The portal never changes session state, so a
/// connection going back to the pool is not reset (the reset is a statement of its own on the next use).
/// </summary>
public static class PreparedQueries
{
    /// <summary>Statements kept prepared per connection; the least used are replaced when more shapes appear.</summary>
    public const int PerConnection = 64;

    public static IServiceCollection AddPreparedPortalQueries(this IServiceCollection services) =>
        services.ConfigureDbContext<NewsPortalDbContext>((_, options) =>
        {
            var connectionString = RelationalOptionsExtension.Extract(options.Options).ConnectionString;
            if (connectionString is null)
            {
                return;
            }
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (builder.MaxAutoPrepare == 0)   // a connection string that sets it wins
            {
                builder.MaxAutoPrepare = PerConnection;
                builder.NoResetOnClose = true;
                options.UseNpgsql(builder.ConnectionString);
            }
        }, ServiceLifetime.Singleton);
}
