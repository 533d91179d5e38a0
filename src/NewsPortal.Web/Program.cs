using NewsPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.AddPortalStages();
builder.Services.AddPortalWeb(builder.Configuration);

var app = builder.Build();

app.UsePortal();
app.MapPortal();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
