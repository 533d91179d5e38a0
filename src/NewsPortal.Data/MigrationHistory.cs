using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace NewsPortal.Data;

/// <summary>
/// The migrations history table keeps EF Core's own column names ("MigrationId", "ProductVersion"). The snake_case
/// naming convention would otherwise rename them too, and every database created before the convention was adopted
/// would fail at start-up looking for <c>migration_id</c>.
/// </summary>
#pragma warning disable EF1001 // NpgsqlHistoryRepository is the provider's history table; overriding its shape is the documented hook.
internal sealed class MigrationHistory(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        history.Property(h => h.MigrationId).HasColumnName("MigrationId");
        history.Property(h => h.ProductVersion).HasColumnName("ProductVersion");
    }
}
#pragma warning restore EF1001
