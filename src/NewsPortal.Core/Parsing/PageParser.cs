using System.Text;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>Placeholder: one article per blank-line block. Replaced by the real staged parser.</summary>
public sealed class PageParser : IPageParser
{
    public ParsedPage Parse(ReadOnlySpan<byte> content, string fileName)
    {
        var text = Encoding.UTF8.GetString(content);
        var articles = new List<ParsedArticle>();
        var offset = 0;
        foreach (var block in text.Split("\n\n"))
        {
            var trimmed = block.Trim();
            if (trimmed.Length > 0)
            {
                articles.Add(new ParsedArticle
                {
                    Title = trimmed.Split('\n')[0],
                    Paragraphs = [new Paragraph(trimmed, [new TextSpan(offset, block.Length)])],
                });
            }
            offset += block.Length + 2;
        }
        return new ParsedPage(fileName, text, new EditionInfo(null, null, null), articles, []);
    }
}
