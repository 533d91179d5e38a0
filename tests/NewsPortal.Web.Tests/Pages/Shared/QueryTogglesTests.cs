using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Tests.Pages.Shared;

public sealed class QueryTogglesTests
{
    [Theory]
    [InlineData("", "district", "涪陵区")]
    [InlineData("?q=%E6%96%B0%E8%83%BD%E6%BA%90", "district", "涪陵区")]
    [InlineData("?q=a&district=%E6%B6%AA%E9%99%B5%E5%8C%BA&p=7", "district", "涪陵区")]
    [InlineData("?district=x&q=a&district=y", "district", "y")]
    [InlineData("?district=x&q=a&district=x", "district", "x")]
    [InlineData("?q=a+b&kind=&source=%E6%B6%AA%E9%99%B5%E6%97%A5%E6%8A%A5", "source", "涪陵日报")]
    [InlineData("?q=%22%E4%BA%A7%E4%B8%9A%20%E5%88%9B%E6%96%B0%22&from=2024-01-01", "month", "2024-03")]
    [InlineData("?q=a&handler=csv", "kind", "news & brief")]
    [InlineData("?Q=a&q=b", "q", "b")]
    public void Toggle_reads_as_the_query_builder_writes_it(string query, string key, string value)
    {
        Assert.Equal(ByQueryBuilder(Request(query), key, value), QueryToggles.Of(Request(query)).Toggle(key, value));
    }

    [Theory]
    [InlineData("", "district", "涪陵区")]
    [InlineData("?q=%E6%96%B0%E8%83%BD%E6%BA%90", "district", "涪陵区")]
    [InlineData("?q=a&district=%E6%B6%AA%E9%99%B5%E5%8C%BA&p=7", "district", "涪陵区")]
    [InlineData("?district=x&q=a&district=x", "district", "x")]
    [InlineData("?q=a+b&kind=&source=%E6%B6%AA%E9%99%B5%E6%97%A5%E6%8A%A5", "source", "涪陵日报")]
    [InlineData("?q=%3Cscript%3E%26%22'&a%3Cb=%22", "k<\"'&>+", "v<\"'&>+ =?#")]
    [InlineData("?Q=a&q=b", "q", "b")]
    public void Href_is_the_toggled_link_as_razor_would_encode_it(string query, string key, string value)
    {
        var toggles = QueryToggles.Of(Request(query));
        using var written = new StringWriter();
        toggles.Href(key, value).WriteTo(written, HtmlEncoder.Default);
        Assert.Equal(HtmlEncoder.Default.Encode(toggles.Toggle(key, value)), written.ToString());
    }

    [Fact]
    public void Url_encoded_text_holds_nothing_html_encodes()
    {
        // Href writes URL-encoded pieces into an attribute unencoded: true of every character UrlEncoder may meet.
        var every = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                every.Append((char)c);
            }
        }
        every.Append("😀");
        string encoded = UrlEncoder.Default.Encode(every.ToString());
        Assert.Equal(encoded, HtmlEncoder.Default.Encode(encoded));
    }

    [Fact]
    public void One_request_parses_its_query_once_for_every_link()
    {
        var request = Request("?q=a&district=x");
        var toggles = QueryToggles.Of(request);
        Assert.Same(toggles, QueryToggles.Of(request));
        Assert.Equal("/search?q=a", toggles.Toggle("district", "x"));
        Assert.Equal("/search?q=a&district=x&district=y", toggles.Toggle("district", "y"));
        Assert.Equal("/search?q=a&district=x", toggles.Toggle("district", "")); // an empty value adds nothing
    }

    /// <summary>What links were before: parse, change, rebuild with <see cref="QueryBuilder"/>.</summary>
    private static string ByQueryBuilder(HttpRequest request, string key, string value)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove(Paging.QueryKey);
        var values = query.TryGetValue(key, out var current) ? current.ToList() : [];
        if (!values.Remove(value))
        {
            values.Add(value);
        }
        query[key] = new StringValues([.. values.OfType<string>()]);
        var builder = new QueryBuilder();
        foreach (var (name, all) in query)
        {
            foreach (var one in all.Where(v => !string.IsNullOrEmpty(v)))
            {
                builder.Add(name, one!);
            }
        }
        return $"{request.PathBase}{request.Path}{builder.ToQueryString()}";
    }

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/search";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
