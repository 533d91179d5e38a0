using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages.Errors;

/// <summary>
/// The friendly page for 404s, rate limits and unhandled errors, reached by re-execution; never shows
/// exception details. Asked for directly, it is simply a page that does not exist.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }
    public string RequestId { get; private set; } = "";

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (reExecuted)
        {
            Code = code ?? StatusCodes.Status500InternalServerError;
        }
        else
        {
            // A direct GET /error/500 must not put a 500 in the logs.
            Code = StatusCodes.Status404NotFound;
            Response.StatusCode = Code;
        }
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
