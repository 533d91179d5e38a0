using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data.Model;
using Npgsql;

namespace NewsPortal.Data.Tests;

public sealed class EntityUniquenessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_second_entity_of_the_same_kind_and_name_is_a_unique_violation()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var first = postgres.CreateContext(connectionString))
        {
            first.Entities.Add(SampleEdition.District("永川区"));
            await first.SaveChangesAsync();
        }

        await using var second = postgres.CreateContext(connectionString);
        second.Entities.Add(SampleEdition.District("永川区"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        var postgresError = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ix_entities_kind_name"), (postgresError.SqlState, postgresError.ConstraintName));
    }

    [Fact]
    public async Task The_same_name_may_stand_for_entities_of_different_kinds()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var context = postgres.CreateContext(connectionString);
        context.Entities.AddRange(
            new Entity { Kind = EntityKind.Cluster, Name = "智能网联新能源汽车" },
            new Entity { Kind = EntityKind.Industry, Name = "智能网联新能源汽车" });

        await context.SaveChangesAsync();

        Assert.Equal(2, await context.Entities.CountAsync());
    }
}
