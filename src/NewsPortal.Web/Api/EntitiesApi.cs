using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Pages.Entities;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Api;

public static class EntitiesApi
{
    public static void MapEntitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/entities", ListAsync).WithName("ListEntities")
            .WithSummary("Entities of one kind (district, cluster, industry, organization, person), most-mentioned first.");
        api.MapGet("/entities/{kind}/{name}", GetAsync).WithName("GetEntity").WithSummary("One entity, its aliases and how many articles mention it.");
    }

    public sealed record EntityDetail(EntityKind Kind, string Name, IReadOnlyList<string> Aliases, int Articles, int Mentions);

    private static async Task<Results<Ok<List<EntityCount>>, ValidationProblem>> ListAsync(
        string? kind, string? q, int? take, NewsPortalDbContext db, CancellationToken ct) =>
        Labels.Parse<EntityKind>(kind) is { } k
            ? TypedResults.Ok(await db.TopAsync(k, Math.Clamp(take ?? 100, 1, 1000), ct, q))
            : KindProblem();

    private static async Task<Results<Ok<EntityDetail>, NotFound, ValidationProblem>> GetAsync(
        string kind, string name, NewsPortalDbContext db, CancellationToken ct)
    {
        if (Labels.Parse<EntityKind>(kind) is not { } k)
        {
            return KindProblem();
        }
        var entity = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == k && e.Name == name)
            .Select(e => new
            {
                e.Id,
                e.Kind,
                e.Name,
                e.Aliases,
            })
            .SingleOrDefaultAsync(ct);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }
        var stats = await db.EntityStats.AsNoTracking().Where(s => s.EntityId == entity.Id).SingleOrDefaultAsync(ct);
        return TypedResults.Ok(new EntityDetail(entity.Kind, entity.Name, entity.Aliases, stats?.Articles ?? 0, stats?.Mentions ?? 0));
    }

    private static ValidationProblem KindProblem() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["kind"] = ["Use one of: district, cluster, industry, organization, person."],
    });
}
