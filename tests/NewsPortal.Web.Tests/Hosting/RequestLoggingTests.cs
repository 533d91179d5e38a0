using Microsoft.AspNetCore.Http;
using NewsPortal.Web.Hosting;
using Serilog.Events;

namespace NewsPortal.Web.Tests.Hosting;

public sealed class RequestLoggingTests
{
    [Theory]
    [InlineData(200, 12.0, false, LogEventLevel.Debug)]
    [InlineData(304, 3.0, false, LogEventLevel.Debug)]
    [InlineData(404, 5.0, false, LogEventLevel.Information)]
    [InlineData(429, 1.0, false, LogEventLevel.Information)]
    [InlineData(200, 1500.0, false, LogEventLevel.Warning)]
    [InlineData(500, 20.0, false, LogEventLevel.Error)]
    [InlineData(200, 20.0, true, LogEventLevel.Error)]
    public void Only_failed_slow_or_refused_requests_are_logged_above_debug(int status, double milliseconds, bool threw, LogEventLevel expected)
    {
        var context = new DefaultHttpContext { Response = { StatusCode = status } };

        var level = LoggingExtensions.RequestLevel(context, milliseconds, threw ? new InvalidOperationException() : null);

        Assert.Equal(expected, level);
    }
}
