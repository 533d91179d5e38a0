namespace NewsPortal.Core.Parsing;

/// <summary>Which newspaper the page belongs to: "新渝报讯" names it; "本报讯（…重庆晨报记者…）" names it through the byline.</summary>
internal sealed class PaperReader(ParsingKnowledge knowledge, LineCues cues, ArticleFieldReader fields)
{
    public string? Read(IReadOnlyList<ArticleText> articles)
    {
        foreach (var lead in articles.SelectMany(a => a.Body.Take(1)))
        {
            if (cues.Dateline(lead.Text) is not { Success: true } m) continue;
            var src = m.Groups["src"].Value;
            if (src.EndsWith('报') && !knowledge.OwnPaperWords.Contains(src)) return src;
            if (knowledge.OwnPaperWords.Contains(src))
            {
                var rest = lead.Text[m.Length..Math.Min(lead.Text.Length, m.Length + 40)];
                if (fields.Organisation(rest) is { } org) return org;
            }
        }
        return null;
    }
}
