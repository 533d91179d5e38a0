using Microsoft.AspNetCore.Http;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Tests.Pages.Shared;

public sealed class QueryLinksTests
{
    [Theory]
    [InlineData("?q=a&p=3", "district", "涪陵区", "/search?q=a&district=%E6%B6%AA%E9%99%B5%E5%8C%BA")]
    [InlineData("?q=a&district=x", "district", null, "/search?q=a")]
    [InlineData("?q=a&p=3", "p", "4", "/search?q=a&p=4")]
    public void With_sets_one_parameter_and_returns_to_page_one(string query, string key, string? value, string expected)
    {
        Assert.Equal(expected, QueryLinks.With(Request(query), key, value));
    }

    [Theory]
    [InlineData("?q=a&kind=news", "kind", "brief", "/search?q=a&kind=news&kind=brief")]
    [InlineData("?q=a&kind=news&kind=brief&p=2", "kind", "news", "/search?q=a&kind=brief")]
    public void Toggle_adds_or_removes_one_value_of_a_facet(string query, string key, string value, string expected)
    {
        Assert.Equal(expected, QueryLinks.Toggle(Request(query), key, value));
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/search";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
