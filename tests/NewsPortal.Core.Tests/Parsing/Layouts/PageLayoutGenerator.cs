using System.Text;

namespace NewsPortal.Core.Tests.Parsing.Layouts;

/// <summary>One way of laying a page out as a text dump: paragraph indentation, blank lines between paragraphs
/// (as a function of the page's own count), a hard wrap width in characters, trailing spaces, line ends, encoding.</summary>
public sealed record LayoutVariant(string Name)
{
    public string Indent { get; init; } = "";
    public Func<int, int>? Blanks { get; init; }
    public int? Wrap { get; init; }
    public bool TrailingSpaces { get; init; }
    public string LineEnd { get; init; } = "\n";
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Keeps the page's lines, blank lines and line breaks as they are: the same blocks must come out.</summary>
    public bool KeepsLines => Blanks is null && Wrap is null;

    public override string ToString() => Name;
}

/// <summary>Re-lays a page (one paragraph or display line per line, blank lines between) the way other dumps print
/// it: each line indented, blank lines dropped or doubled, lines cut every N characters, trailing spaces, CRLF,
/// other encodings. Information the page carries (a line set apart by extra indentation) is kept.</summary>
public static class PageLayoutGenerator
{
    static PageLayoutGenerator() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<LayoutVariant> Variants { get; } =
    [
        new("indent-ideographic") { Indent = "\u3000\u3000" },
        new("indent-four-spaces") { Indent = "    " },
        new("indent-tab") { Indent = "\t" },
        new("no-blank-lines") { Blanks = _ => 0 },
        new("two-blank-lines") { Blanks = n => 2 * n },
        new("wrap-15") { Wrap = 15 },
        new("wrap-17") { Wrap = 17 },
        new("wrap-23") { Wrap = 23 },
        new("wrap-29") { Wrap = 29 },
        new("wrap-40") { Wrap = 40 },
        new("trailing-spaces") { TrailingSpaces = true },
        new("crlf") { LineEnd = "\r\n" },
        new("gb18030") { Encoding = "gb18030" },
        new("utf-16") { Encoding = "utf-16" },
        new("utf-16-without-bom") { Encoding = "utf-16le" },
        new("indented-no-blank-lines") { Indent = "\u3000\u3000", Blanks = _ => 0 },
        new("wrap-23-indented-no-blank-lines") { Indent = "\u3000\u3000", Blanks = _ => 0, Wrap = 23 },
    ];

    public static LayoutVariant Variant(string name) => Variants.Single(v => v.Name == name);

    public static byte[] Apply(LayoutVariant variant, string text) => Encode(Relay(variant, text), variant.Encoding);

    public static string Relay(LayoutVariant variant, string text)
    {
        var output = new List<string>();
        var blank = 0;
        var first = true;
        foreach (var line in text.Split('\n'))
        {
            var content = line.TrimEnd();
            if (content.Trim().Length == 0)
            {
                blank++;
                continue;
            }
            var count = first || variant.Blanks is null ? blank : variant.Blanks(blank);
            output.AddRange(Enumerable.Repeat("", count));
            blank = 0;
            first = false;
            // The page's own indentation stays after the variant's: a line set apart stays set apart.
            var chunks = variant.Wrap is { } width ? Cut(content, width) : [content];
            for (var i = 0; i < chunks.Count; i++)
            {
                var printed = (i == 0 ? variant.Indent : "") + chunks[i];
                if (variant.TrailingSpaces) printed += new string(' ', 1 + output.Count % 3);
                output.Add(printed);
            }
        }
        output.AddRange(Enumerable.Repeat("", blank));
        return string.Join(variant.LineEnd, output);
    }

    /// <summary>Cuts a line every <paramref name="width"/> characters, wherever that falls (as e-paper dumps do);
    /// a cut's trailing spaces are dropped, a space that begins the next piece is kept. A line at most four
    /// characters over the width is left whole, so a page that is already hard-wrapped (a typeset column of 17 or
    /// 18) is not cut a second time into a full line and a stub.</summary>
    private static List<string> Cut(string line, int width)
    {
        if (line.Trim().Length <= width + 4) return [line];
        var pieces = new List<string>();
        for (var at = 0; at < line.Length; at += width)
        {
            var piece = line.Substring(at, Math.Min(width, line.Length - at)).TrimEnd();
            if (piece.Trim().Length > 0) pieces.Add(piece);
        }
        return pieces;
    }

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => System.Text.Encoding.UTF8.GetBytes(text),
        "gb18030" => System.Text.Encoding.GetEncoding(54936).GetBytes(text),
        "utf-16" => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)],
        "utf-16le" => System.Text.Encoding.Unicode.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
