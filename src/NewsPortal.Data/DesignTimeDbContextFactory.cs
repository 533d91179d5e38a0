using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsPortal.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NewsPortalDbContext>
{
    public NewsPortalDbContext CreateDbContext(string[] args)
    {
        // `dotnet ef database update` connects; point it at a server with the usual variable.
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__NewsPortal")
            ?? "Host=127.0.0.1;Database=newsportal;Username=postgres";
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        DatabaseSetup.UseNewsPortalDatabase(options, connectionString);
        return new NewsPortalDbContext(options.Options);
    }
}
