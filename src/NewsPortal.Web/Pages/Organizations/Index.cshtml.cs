using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Entities;

namespace NewsPortal.Web.Pages.Organizations;

[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class IndexModel(NewsPortalDbContext db) : EntityIndexModel(db, EntityKind.Organization);
