using System.Text.RegularExpressions;

namespace NewsPortal.Core.Parsing;

/// <summary>Recognises the one-line furniture of a page: continuation markers, bylines, notices, list items.</summary>
internal sealed class LineCues(ParsingKnowledge knowledge)
{
    public ParsingKnowledge Knowledge => knowledge;

    // Asked of every line: a line longer than any furniture is not hashed (a paragraph's line is hundreds of letters).
    private readonly int _furnitureMaxLength = knowledge.PageFurniture.Select(f => f.Length).DefaultIfEmpty().Max();

    public bool IsFurniture(string line) => line.Length <= _furnitureMaxLength && knowledge.PageFurniture.Contains(line);

    public Match Marker(string line) => line.Length > 16 ? Match.Empty : knowledge.ContinuationMarker.Match(line);

    public bool IsNotice(string line) => line.Length <= 40 && knowledge.AnyNoticeLine.IsMatch(line);

    public bool IsListItem(string line) => knowledge.ListItem.IsMatch(line) && !knowledge.SectionNumbering.IsMatch(line);

    /// <summary>A short line naming reporters or photographers: "□ 重庆日报记者 王翔", "通讯员 龚长浩 摄/视觉重庆".</summary>
    public bool IsByline(string line)
    {
        // The vectorised searches first; a line is at least as long as it is wide.
        if (line.Length > 96 || line.Contains('，') || line.Contains('\t') || line.Length > 48 && HanText.Width(line) > 48 || HanText.ContainsSentenceEnd(line)) return false;
        if (StartsWithDateline(line)) return false;
        return knowledge.BylineRole.IsMatch(line) || IsClosingLine(line);
    }

    /// <summary>"本报评论员", "（来源：…）", "联系人：…", an issuer and date under a document: closes an article, names no reporter.</summary>
    public bool IsClosingLine(string line) =>
        line.Length is > 0 and <= 48 && (line[^1] is '员' or '）' or ')' or '日' || line.Contains('：') || line.Contains(':'))
        && knowledge.AnyClosingLine.IsMatch(line);

    /// <summary>"本报记者 王倩", "首席记者 黄沛": the line starts with a role, at most a short title before it.</summary>
    public bool StartsWithReporterRole(string line)
    {
        var role = knowledge.BylineRole.Match(line);
        if (!role.Success || role.Index > 4) return false;
        foreach (var c in line.AsSpan(0, role.Index).TrimStart(_openingMarkFirsts))
            if (!HanText.IsHan(c)) return false;
        return true;
    }

    /// <summary>The first letter of each opening byline mark, spelled out once.</summary>
    private readonly char[] _openingMarkFirsts = knowledge.OpeningBylineMarks.Select(m => m[0]).ToArray();

    public bool IsOpeningByline(string line) => HanText.StartsWithAny(line, knowledge.OpeningBylineMarks);

    public bool IsPhotoCredit(string line) => IsByline(line) && knowledge.PhotoCreditWords.Any(w => line.Contains(w, StringComparison.Ordinal))
        && (line.Contains('摄') || line.Contains('/') || line.Contains('／'));

    public bool EndsWithPhotoCredit(string text)
    {
        if (text.Length < 4 || text[^1] is not ('）' or ')')) return false;
        var open = text.LastIndexOfAny(['（', '(']);
        return open > 0 && HanText.EndsSentence(text[..open]) && IsPhotoCredit(text[(open + 1)..^1]);
    }

    /// <summary>Whether <see cref="Dateline"/> finds one, without building the text it is read from (asked of every line).</summary>
    public bool StartsWithDateline(string text) => knowledge.AnyDateline.IsMatch(DatelineHead(text));

    public Match? Dateline(string text)
    {
        var head = DatelineHead(text).ToString();
        foreach (var rx in knowledge.Datelines)
        {
            var m = rx.Match(head);
            if (m.Success) return m;
        }
        return null;
    }

    private static ReadOnlySpan<char> DatelineHead(string text) => text.AsSpan(0, Math.Min(text.Length, 40)).TrimStart();

    public bool StartsStandfirst(string text) => HanText.StartsWithAny(text, knowledge.StandfirstMarkers);

    public bool IsDocumentSalutation(string text) => text.Length <= 160 && knowledge.DocumentSalutation.IsMatch(text);

    public bool IsSectionHeading(string text) => knowledge.SectionNumbering.IsMatch(text);

    /// <summary>"重庆日报：…", "王志杰：…" — a speaker's turn in an interview.</summary>
    public static bool StartsWithSpeaker(string text)
    {
        var colon = text.IndexOfAny(['：', ':']);
        if (colon < 2 || colon > 6) return false;
        for (var i = 0; i < colon; i++) if (!HanText.IsHan(text[i])) return false;
        return text.Length > colon + 8;
    }

    public bool IsCaptionCue(string text, string lastLine) =>
        HanText.ContainsAny(text, knowledge.CaptionCues)
        || knowledge.CaptionSuffix.IsMatch(Tail(text)) || !ReferenceEquals(lastLine, text) && knowledge.CaptionSuffix.IsMatch(Tail(lastLine));

    /// <summary>A caption's source sits at its end; only the end is searched.</summary>
    private static ReadOnlySpan<char> Tail(string text) => text.Length <= 24 ? text : text.AsSpan(text.Length - 24);
}
