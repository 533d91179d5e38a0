using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>
/// The text the extractors read: title, subtitles and body paragraphs, one per line,
/// with where each sentence and clause starts, so cues are looked for only where they apply.
/// </summary>
internal sealed class ExtractionText
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?；;\n");
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("。！？!?；;\n，,：:");
    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\n");

    // Sentences and paragraphs are read at most this far, so text without punctuation stays linear.
    private const int MaxReach = 400;

    public ExtractionText(ParsedArticle article)
    {
        var parts = new List<string>(article.Subtitles.Count + article.Paragraphs.Count + 1);
        if (!string.IsNullOrWhiteSpace(article.Title)) parts.Add(article.Title);
        foreach (var subtitle in article.Subtitles)
        {
            if (!string.IsNullOrWhiteSpace(subtitle)) parts.Add(subtitle);
        }
        var headline = 0;
        foreach (var part in parts) headline += part.Length + 1;
        foreach (var paragraph in article.Paragraphs) parts.Add(paragraph.Text);
        (Original, Text, _cuts, HeadlineLength) = Unwrap(string.Join('\n', parts), headline);
        (_quotes, BookTitleRanges) = FindPairs(Text);
    }

    public ExtractionText(string text)
    {
        (Original, Text, _cuts, HeadlineLength) = Unwrap(text, 0);
        (_quotes, BookTitleRanges) = FindPairs(Text);
    }

    // Positions of Text right after each character taken out of Original, in order: Text[p] is
    // Original[p + the number of them at or before p]. Few characters go, so this stays short.
    private readonly List<int> _cuts;
    // Sorted, so a whole quote is found by binary search.
    private readonly List<(int Start, int End)> _quotes;

    /// <summary>Title, subtitles and paragraphs as printed, one per line.</summary>
    public string Original { get; }

    /// <summary>
    /// <see cref="Original"/> with line wraps taken out (a line break not after a sentence end),
    /// so a figure or name broken across columns reads whole.
    /// </summary>
    public string Text { get; }

    /// <summary>The printed text behind [start, end) of <see cref="Text"/>, line breaks included.</summary>
    public string Verbatim(int start, int end) => end <= start ? "" : Original[Map(start)..(Map(end - 1) + 1)];

    /// <summary>Offset in <see cref="Original"/> of a position in <see cref="Text"/>.</summary>
    public int OriginalOffset(int position) => position < Text.Length ? Map(position) : Original.Length;

    private int Map(int position)
    {
        int lo = 0, hi = _cuts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_cuts[mid] <= position) lo = mid + 1;
            else hi = mid;
        }
        return position + lo;
    }

    private static (string Original, string Text, List<int> Cuts, int Headline) Unwrap(string original, int headlineLength)
    {
        var text = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        var cuts = new List<int>();
        var length = 0;
        var headline = 0;
        // Runs between line breaks are copied whole; each break is kept or taken out on its own.
        for (var i = 0; i < original.Length;)
        {
            var next = original.AsSpan(i).IndexOfAny('\r', '\n');
            var runEnd = next < 0 ? original.Length : i + next;
            original.AsSpan(i, runEnd - i).CopyTo(text.AsSpan(length));
            if (i < headlineLength && runEnd > i) headline = length + Math.Min(runEnd, headlineLength) - i;
            length += runEnd - i;
            if (runEnd == original.Length) break;
            i = runEnd + 1;
            if (original[runEnd] == '\r' || runEnd >= headlineLength && IsWrap(original, runEnd))
            {
                cuts.Add(length);
                continue;
            }
            if (runEnd < headlineLength) headline = length + 1;
            text[length++] = '\n';
        }
        var unwrapped = cuts.Count == 0 ? original : new string(text, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(text);
        return (original, unwrapped, cuts, Math.Min(headline, length));
    }

    private static bool IsWrap(string s, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && s[before] is ' ' or '\t' or '\u3000' or '\r') before--;
        var after = newline + 1;
        if (before < 0 || after >= s.Length || char.IsWhiteSpace(s[after])) return false;
        // A closing quote or bracket ends a paragraph only when a sentence ends inside it (…。”).
        if ("”\"）)】’".Contains(s[before]) && before > 0) before--;
        return !"。！？!?：:；;".Contains(s[before]);
    }

    /// <summary>Characters of <see cref="Text"/> that came from the headline block.</summary>
    public int HeadlineLength { get; }

    /// <summary>Quoted stretches “…” as (start, end) of their content.</summary>
    public IReadOnlyList<(int Start, int End)> QuoteRanges => _quotes;

    /// <summary>Document titles 《…》 as (start, end) of their content.</summary>
    public IReadOnlyList<(int Start, int End)> BookTitleRanges { get; }

    /// <summary>True when [start, end) is exactly the content of one quote (a metaphor such as ‘服务器’).</summary>
    public bool IsWholeQuote(int start, int end) => _quotes.BinarySearch((start, end)) >= 0;

    public int SentenceStart(int position) => BackTo(position, SentenceEnds);

    public int SentenceEnd(int position) => ForwardTo(position, SentenceEnds);

    public int ClauseStart(int position) => BackTo(position, ClauseEnds);

    public int ClauseEnd(int position) => ForwardTo(position, ClauseEnds);

    public int ParagraphStart(int position) => BackTo(position, LineEnds);

    public static bool Inside(IReadOnlyList<(int Start, int End)> ranges, int position, int maxLength = int.MaxValue)
    {
        foreach (var (start, end) in ranges)
        {
            if (position >= start && position < end && end - start <= maxLength) return true;
            if (start > position) break;
        }
        return false;
    }

    private int BackTo(int position, System.Buffers.SearchValues<char> stops)
    {
        var i = Math.Min(position, Text.Length);
        var floor = Math.Max(0, i - MaxReach);
        if (i <= floor) return i;
        var at = Text.AsSpan(floor, i - floor).LastIndexOfAny(stops);
        return at < 0 ? floor : floor + at + 1;
    }

    private int ForwardTo(int position, System.Buffers.SearchValues<char> stops)
    {
        var i = Math.Max(0, position);
        var ceiling = Math.Min(Text.Length, i + MaxReach);
        if (i >= ceiling) return i;
        var at = Text.AsSpan(i, ceiling - i).IndexOfAny(stops);
        return at < 0 ? ceiling : i + at;
    }

    // Quotes (kinds 0–3) and document titles (the last kind), found in one pass over their marks.
    private const string Opens = "“「‘\"《";
    private const string Closes = "”」’\"》";
    private const int TitleKind = 4;
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(Opens + Closes + "\n");

    /// <summary>
    /// Ranges between each opening mark and its closing mark, quotes (sorted) apart from titles; a line break
    /// resets. The search jumps from mark to mark: the rest of the text is skipped unread.
    /// </summary>
    private static (List<(int, int)> Quotes, List<(int, int)> Titles) FindPairs(string text)
    {
        var quotes = new List<(int, int)>();
        var titles = new List<(int, int)>();
        Span<int> starts = stackalloc int[Opens.Length];
        starts.Fill(-1);
        for (var i = text.AsSpan().IndexOfAny(Marks); i >= 0;)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Fill(-1);
            }
            else
            {
                var close = Closes.IndexOf(c);
                if (close >= 0 && starts[close] >= 0)
                {
                    (close == TitleKind ? titles : quotes).Add((starts[close], i));
                    starts[close] = -1;
                }
                else
                {
                    var open = Opens.IndexOf(c);
                    if (open >= 0) starts[open] = i + 1;
                }
            }
            var next = text.AsSpan(i + 1).IndexOfAny(Marks);
            i = next < 0 ? -1 : i + 1 + next;
        }
        quotes.Sort();
        return (quotes, titles);
    }
}
