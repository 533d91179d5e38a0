using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages.Errors;

/// <summary>The friendly page for 404s, rate limits and unhandled errors; never shows exception details.</summary>
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
        Code = code ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        // Reached directly (not re-executed), keep the status the page describes.
        Response.StatusCode = Code is >= 400 and < 600 ? Code : StatusCodes.Status500InternalServerError;
    }
}
