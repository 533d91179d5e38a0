using System.Text.RegularExpressions;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>An article's fields before the edition date is known: the event date is a month and day.</summary>
internal sealed record ArticleFields(
    string Title,
    IReadOnlyList<string> Subtitles,
    ArticleKind Kind,
    string? Source,
    string? Dateline,
    IReadOnlyList<string> Reporters,
    (int Month, int Day)? EventDay,
    (int Month, int Day)? DatelineDay,
    bool Complete,
    string? Continued);

/// <summary>Reads dateline, source, reporters, kind, event day and completeness from an article's text.</summary>
internal sealed partial class ArticleFieldReader(ParsingKnowledge knowledge, LineCues cues)
{
    [GeneratedRegex(@"(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![月\d])(?<d>\d{1,2})日")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"[（(](?<inner>[^（()）]{2,40})[）)]")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"刊登(?<org>[\p{IsCJKUnifiedIdeographs}]{2,8}?)评论员")]
    private static partial Regex CommentaryNotice();

    /// <summary>The word <see cref="CommentaryNotice"/> opens with.</summary>
    private const string CommentaryNoticeWord = "刊登";

    public ArticleFields Read(ArticleText article, string paper)
    {
        var body = article.Body.ToList();
        var lead = body.FirstOrDefault()?.Text ?? "";
        var dateline = cues.Dateline(lead) is { Success: true } m ? m : null;
        var bylines = Bylines(article, body).ToList();
        var reporters = bylines.SelectMany(Names).Distinct().ToList();
        var source = Source(dateline, bylines, article, paper);
        var continued = article.ContinuesOn ?? article.ContinuedFrom;
        var lastBody = body.LastOrDefault(p => p.Role == ParagraphRole.Body);
        var complete = continued is null && (lastBody is null || HanText.EndsSentence(lastBody.Text));
        var kind = KindOf(article, dateline, reporters);
        // Notices, lists, photos and briefs end without a full stop; only markers make them incomplete.
        if (kind is not (ArticleKind.News or ArticleKind.Interview or ArticleKind.Commentary)) complete = continued is null;
        return new ArticleFields(
            article.Headline?.Title ?? "",
            article.Headline?.Subtitles.Select(u => u.Text).ToList() ?? [],
            kind,
            source,
            dateline?.Value,
            reporters,
            EventDay(body, dateline),
            DatelineDay(dateline),
            complete,
            continued);
    }

    private IEnumerable<string> Bylines(ArticleText article, List<RoledParagraph> body)
    {
        foreach (var p in article.Paragraphs.Where(p => p.Role == ParagraphRole.Byline)) yield return p.Text;
        foreach (var p in body.Take(6))
        {
            // Most paragraphs open no bracket at all: nothing to match.
            if (p.Text.AsSpan(0, Math.Min(p.Text.Length, 60)).IndexOfAny('（', '(') >= 0)
                foreach (var inner in BracketedIn(p.Text, Math.Min(p.Text.Length, 60)))
                    yield return inner;
            if (p.Text.Length <= 200 && p.Text.Contains('\t') && knowledge.BylineRole.IsMatch(p.Text)) yield return p.Text;
        }
        foreach (var p in body)
        {
            // A brief item signed at its end: "…并讲话。（记者 周松）". Only a bracket closed at the end (or one letter
            // before it) can be that: most paragraphs are passed over without a search.
            if (!ClosesBracketAtEnd(p.Text)) continue;
            var tail = p.Text.Length > 30 ? p.Text[^30..] : p.Text;
            var last = Parenthesised().Matches(tail).LastOrDefault();
            if (last is not null && last.Index + last.Length >= tail.Length - 1 && knowledge.BylineRole.IsMatch(last.Groups["inner"].Value))
                yield return last.Groups["inner"].Value;
        }
    }

    /// <summary>What the brackets in the text's first letters hold that names a role, each a string only when it does.</summary>
    private List<string> BracketedIn(string text, int length)
    {
        var found = new List<string>();
        // (The pattern's brackets are one letter each: the inner group is the match without them.)
        foreach (var m in Parenthesised().EnumerateMatches(text.AsSpan(0, length)))
            if (knowledge.BylineRole.IsMatch(text.AsSpan(m.Index + 1, m.Length - 2))) found.Add(text.Substring(m.Index + 1, m.Length - 2));
        return found;
    }

    private static bool ClosesBracketAtEnd(string text) =>
        text.Length > 0 && text[^1] is '）' or ')' || text.Length > 1 && text[^2] is '）' or ')';

    /// <summary>The names after each role word: "新渝报记者 张琦 余杰 实习生 刘思羽 文/图" → 张琦, 余杰, 刘思羽.</summary>
    private IEnumerable<string> Names(string byline)
    {
        foreach (Match m in knowledge.BylineRole.Matches(byline))
        {
            var rest = byline.Substring(m.Index, Math.Min(80, byline.Length - m.Index));
            var role = knowledge.BylineRoles.First(r => rest.StartsWith(r, StringComparison.Ordinal));
            var tokens = rest[role.Length..].Split([' ', '\t', '\u3000', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries);
            foreach (var raw in tokens)
            {
                if (knowledge.BylineRoles.Any(r => raw.EndsWith(r, StringComparison.Ordinal))) break;
                var token = raw.Split('/', '／')[0];
                if (knowledge.BylineRoleSuffixes.Contains(token)) break;
                foreach (var suffix in knowledge.BylineRoleSuffixes)
                    if (token.EndsWith(suffix, StringComparison.Ordinal) && token.Length > suffix.Length) token = token[..^suffix.Length];
                if (token.Length is < 2 or > 4 || !token.All(HanText.IsHan) || knowledge.BylineRoleSuffixes.Contains(token)) break;
                yield return token;
                if (raw.Contains('/') || raw.Contains('／')) break;
            }
        }
    }

    private string? Source(Match? dateline, List<string> bylines, ArticleText article, string paper)
    {
        if (dateline?.Groups["src"].Value is { Length: > 0 } src)
        {
            if (!knowledge.OwnPaperWords.Any(w => src.StartsWith(w, StringComparison.Ordinal))) return src;
        }
        foreach (var byline in bylines)
            if (Organisation(byline) is { } org) return org;
        foreach (var p in article.Paragraphs)
        {
            // The notice opens with its word: a paragraph without it is not asked.
            if (!p.Text.Contains(CommentaryNoticeWord, StringComparison.Ordinal)) continue;
            var notice = CommentaryNotice().Match(p.Text);
            if (notice.Success) return IsOwnPaper(notice.Groups["org"].Value) ? paper : notice.Groups["org"].Value;
        }
        return paper;
    }

    /// <summary>Every letter of the opening byline marks, spelled out once.</summary>
    private readonly char[] _openingMarkLetters = knowledge.OpeningBylineMarks.SelectMany(m => m).ToArray();

    /// <summary>Who a byline works for: "新重庆-重庆日报记者" → 重庆日报; "…摄/视觉重庆" → 视觉重庆; 本报 → null.</summary>
    public string? Organisation(string byline)
    {
        var text = byline.Trim().TrimStart(_openingMarkLetters).Trim();
        var slash = text.LastIndexOfAny(['/', '／']);
        if (slash >= 0)
        {
            var after = text[(slash + 1)..].Trim();
            if (after.Length >= 2 && after.All(HanText.IsHan)) return after;
        }
        var role = knowledge.BylineRole.Match(text);
        if (!role.Success) return null;
        var before = text[..role.Index];
        var cut = before.LastIndexOfAny([' ', '\t', '\u3000', '（', '(']);
        if (cut >= 0) before = before[(cut + 1)..];
        foreach (var prefix in knowledge.BrandPrefixes)
            if (before.StartsWith(prefix, StringComparison.Ordinal)) before = before[prefix.Length..];
        before = before.Trim('-', '－', '—');
        if (before.Length < 2 || IsOwnPaper(before) || !before.All(c => HanText.IsHan(c))) return null;
        return before;
    }

    private bool IsOwnPaper(string name) => knowledge.OwnPaperWords.Contains(name);

    private ArticleKind KindOf(ArticleText article, Match? dateline, List<string> reporters)
    {
        // The whole text is joined only for the cues that read it.
        string? all = null;
        string All() => all ??= article.AllText;
        var title = article.Headline?.Title ?? "";
        if (knowledge.BriefColumns.Contains(title)) return ArticleKind.Brief;
        if (article.IsIndex) return ArticleKind.List;
        var bodyText = string.Concat(article.Body.Select(p => p.Text));
        if (article.Paragraphs.Any(p => p.Text.Contains('\t')) && knowledge.InterviewCues.Any(c => All().Contains(c, StringComparison.Ordinal))
            || article.Body.Count(p => LineCues.StartsWithSpeaker(p.Text)) >= 3) return ArticleKind.Interview;
        if (article.Paragraphs.Any(p => cues.IsNotice(p.Text)) || bodyText.Length == 0 && article.Headline is not null) return ArticleKind.Notice;
        if (knowledge.DocumentCues.Any(c => bodyText.Contains(c, StringComparison.Ordinal))) return ArticleKind.Notice;
        var body = article.Body.ToList();
        if (body.Count > 0 && body.Count(p => p.Role == ParagraphRole.List) * 2 > body.Count) return ArticleKind.List;
        if (article.HasPhotoCredit && bodyText.Length < 300 || article.Paragraphs.All(p => p.Role is ParagraphRole.Caption or ParagraphRole.Byline)) return ArticleKind.Photo;
        if (dateline is null && reporters.Count == 0
            && (knowledge.CommentaryCues.Any(c => All().Contains(c, StringComparison.Ordinal)) || FirstPersonOutsideQuotes(bodyText) >= 2))
            return ArticleKind.Commentary;
        if (dateline is null && bodyText.Length is > 0 and < 120) return ArticleKind.Brief;
        return ArticleKind.News;
    }

    /// <summary>"我们" said by the writer rather than quoted: a mark of commentary.</summary>
    private static int FirstPersonOutsideQuotes(string text)
    {
        var depth = 0;
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c == '“') depth++;
            else if (c == '”') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c == '我' && text[i + 1] == '们') count++;
        }
        return count;
    }

    /// <summary>The day the reported event happened: the first date of the lead, else the dateline's date.</summary>
    private static (int, int)? DatelineDay(Match? dateline) =>
        dateline is not null && dateline.Groups["m"].Success ? Valid(dateline) : null;

    private (int, int)? EventDay(List<RoledParagraph> body, Match? dateline)
    {
        var datelineDay = DatelineDay(dateline);
        if (body.Count == 0) return datelineDay;

        var lead = HanText.Key(body[0].Text);
        var start = 0;
        if (dateline is not null)
        {
            start = Math.Min(lead.Length, HanText.Key(dateline.Value).Length);
            if (datelineDay is { } day)
            {
                var near = lead[start..Math.Min(lead.Length, start + 40)];
                // Both patterns end with their word (月…日, 日): text without 日 has neither.
                if (!near.Contains('日')) return datelineDay;
                var md = near.Contains('月') ? MonthDay().Match(near) : System.Text.RegularExpressions.Match.Empty;
                var d = DayOnly().Match(near);
                if (md.Success && (!d.Success || md.Index <= d.Index)) return Valid(md);
                if (d.Success && int.TryParse(d.Groups["d"].Value, out var only) && only is >= 1 and <= 31) return (day.Item1, only);
                return datelineDay;
            }
        }
        for (var k = 0; k < Math.Min(2, body.Count); k++)
        {
            // The lead is keyed already.
            var text = k == 0 ? lead : HanText.Key(body[k].Text);
            // A month and day has both words.
            if (!text.Contains('月')) continue;
            foreach (Match m in MonthDay().Matches(text))
            {
                var before = text[Math.Max(0, m.Index - 4)..m.Index];
                if (knowledge.FutureDateCues.Any(c => before.Contains(c, StringComparison.Ordinal))) continue;
                if (Valid(m) is { } v) return v;
            }
        }
        return datelineDay;
    }

    private static (int, int)? Valid(Match m) =>
        int.TryParse(m.Groups["m"].Value, out var mm) && int.TryParse(m.Groups["d"].Value, out var dd) && mm is >= 1 and <= 12 && dd is >= 1 and <= 31
            ? (mm, dd) : null;
}
