using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Core.Pages;
using NewsPortal.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Pages.Entities;

namespace NewsPortal.Web.Pages.Organizations;

[OutputCache(PolicyName = OutputCaching.Pages)]
public sealed class DetailsModel(NewsPortalDbContext db) : EntityDetailsModel(db, EntityKind.Organization);
