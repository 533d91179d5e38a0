using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.LocalPostgres;
using NewsPortal.Search;
using NewsPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var (configuration, contentRoot) = (builder.Configuration, builder.Environment.ContentRootPath);

builder.UseDefaultUrlsWhenNoneSet();                             // ASPNETCORE_URLS, --urls, HTTP_PORTS; else DefaultUrls
builder.AddPortalLogging();
builder.Services.AddNewsPortalData(configuration);                // PostgreSQL at ConnectionStrings:NewsPortal,
builder.Services.AddLocalPostgresWhenNoConnectionString(configuration, contentRoot); // else a private one under the data root
builder.Services.AddDatabaseMigrationAtStartup();                 // before the index check and the inbox need the tables
builder.Services.AddNewsPortalSearch(configuration, DataRoot.From(configuration, contentRoot).Path); // the Lucene index
builder.Services.AddNewsPortalIngestion(configuration, contentRoot); // index rebuilt in the background when behind; inbox; seeds
builder.Services.AddPortalWeb(configuration);

var app = builder.Build();
app.UsePortal();
app.MapPortal();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
