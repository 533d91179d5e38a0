namespace NewsPortal.Web.Hosting;

/// <summary>Turns away requests that no page could answer sensibly, before they reach a query.</summary>
public static class RequestScreening
{
    /// <summary>
    /// A NUL character (%00) in the query string is refused with 400: PostgreSQL rejects U+0000 in text
    /// parameters, so every filter would otherwise end in a 500.
    /// </summary>
    public static IApplicationBuilder UseRequestScreening(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            foreach (var (_, values) in context.Request.Query)
            {
                foreach (var value in values)
                {
                    if (value is not null && value.Contains('\0'))
                    {
                        context.Response.StatusCode = StatusCodes.Status400BadRequest;
                        return Task.CompletedTask;
                    }
                }
            }
            return next(context);
        });
}
