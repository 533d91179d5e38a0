using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using NewsPortal.Search;
using NewsPortal.Web.Pages.Shared;

namespace NewsPortal.Web.Feeds;

/// <summary>An Atom feed (RFC 4287) of the newest matches of a search: one entry per article, linking back to its page.</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int Entries = 50;

    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>Papers date editions, not moments: an edition's day starts at midnight in Chongqing.</summary>
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>Summaries keep their Chinese as text: only markup characters are escaped.</summary>
    private static readonly HtmlEncoder SummaryEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="baseUri">The site's absolute root, for the IRIs Atom requires.</param>
    /// <param name="self">The feed's own absolute URL.</param>
    /// <param name="page">The page the feed follows (the search or entity page).</param>
    /// <param name="queryTerms">What the query asked for (its words and filter values): named when the index marked nothing in an entry's snippet (a match in the entity names).</param>
    public static byte[] Write(string title, Uri baseUri, Uri self, Uri page, IReadOnlyList<SearchHit> hits, IReadOnlyList<string> queryTerms)
    {
        var updated = Updated(hits);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Ns, self.AbsoluteUri);
            Text(xml, "title", title);
            xml.WriteElementString("updated", Ns, Timestamp(updated));
            Link(xml, "self", self.AbsoluteUri, "application/atom+xml");
            Link(xml, "alternate", page.AbsoluteUri, "text/html");
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "重庆报刊门户");
            xml.WriteElementString("uri", Ns, baseUri.AbsoluteUri);
            xml.WriteEndElement();
            xml.WriteElementString("generator", Ns, "NewsPortal");
            foreach (var hit in hits)
            {
                Entry(xml, baseUri, hit, queryTerms);
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>The newest edition date among the entries (the feed's atom:updated and Last-Modified).</summary>
    public static DateTimeOffset Updated(IReadOnlyList<SearchHit> hits) =>
        hits.Select(h => h.Date).Max() is { } date ? At(date) : DateTimeOffset.UnixEpoch;

    /// <summary>The terms the query matched in an entry: the stretches the index marked in its title and snippet.</summary>
    public static IReadOnlyList<string> MatchedTerms(SearchHit hit) =>
        [.. hit.Title.MatchedWords.Concat(hit.Snippet.MatchedWords).Distinct(StringComparer.Ordinal)];

    private static void Entry(XmlWriter xml, Uri baseUri, SearchHit hit, IReadOnlyList<string> queryTerms)
    {
        var link = new Uri(baseUri, $"/articles/{hit.ArticleId.ToString(CultureInfo.InvariantCulture)}");
        string when = Timestamp(hit.Date is { } date ? At(date) : DateTimeOffset.UnixEpoch);
        xml.WriteStartElement("entry", Ns);
        xml.WriteElementString("id", Ns, link.AbsoluteUri);
        Text(xml, "title", hit.Title.Text);
        xml.WriteElementString("updated", Ns, when);
        if (hit.Date is not null)
        {
            xml.WriteElementString("published", Ns, when);
        }
        Link(xml, "alternate", link.AbsoluteUri, "text/html");
        if (!string.IsNullOrEmpty(hit.Source))
        {
            xml.WriteStartElement("source", Ns);
            Text(xml, "title", hit.Source);
            xml.WriteEndElement();
        }
        var terms = MatchedTerms(hit) is { Count: > 0 } marked ? marked : queryTerms;
        var summary = new StringBuilder();
        if (terms.Count > 0)
        {
            summary.Append("<p>匹配：").Append(System.Net.WebUtility.HtmlEncode(string.Join("、", terms))).Append("</p>");
        }
        summary.Append("<p>").Append(new MarkedHtml(MarkedText.Of(hit.Snippet), markClass: "").ToHtml(SummaryEncoder)).Append("</p>");
        xml.WriteStartElement("summary", Ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(summary.ToString());
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), ChinaTime);

    private static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

}
