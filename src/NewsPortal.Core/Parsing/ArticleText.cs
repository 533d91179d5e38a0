using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

internal enum ParagraphRole { Subtitle, Body, List, Byline, Caption }

internal sealed record RoledParagraph(Paragraph Paragraph, ParagraphRole Role)
{
    public string Text => Paragraph.Text;
}

/// <summary>The reassembled text of one article: headline, and paragraphs in reading order with their roles.</summary>
internal sealed record ArticleText(
    Headline? Headline,
    IReadOnlyList<RoledParagraph> Paragraphs,
    IReadOnlyList<TextSpan> HeadlineSpans,
    string? ContinuedFrom,
    string? ContinuesOn,
    bool IsIndex,
    bool HasPhotoCredit)
{
    public IEnumerable<RoledParagraph> Body => Paragraphs.Where(p => p.Role is ParagraphRole.Body or ParagraphRole.List);
    public string AllText => string.Join('\n', Paragraphs.Select(p => p.Text));
}

/// <summary>Lays a draft out as paragraphs: headline subtitles, then each segment's blocks, then floating captions.
/// A paragraph cut at a column break (no sentence end) is joined with the body paragraph that continues it.</summary>
internal sealed class ArticleTextWriter(HeadlineReader headlines)
{
    public ArticleText Write(ArticleDraft draft)
    {
        var paragraphs = new List<RoledParagraph>();
        var headlineSpans = new List<TextSpan>();
        Headline? headline = null;
        if (draft.Headline is { } g)
        {
            headline = g.IsIndex ? headlines.ReadIndex(g.Blocks.Select(b => b.Block).ToList())
                : headlines.Read(g.Blocks.Select(b => b.Block).ToList(), g.ListSubtitles.Select(b => b.Block).ToList());
            headlineSpans.AddRange(headline.Units.SelectMany(u => u.Spans).Distinct());
            foreach (var unit in headline.Subtitles)
                Append(paragraphs, new Paragraph(unit.Text, unit.Spans), g.IsIndex ? ParagraphRole.List : ParagraphRole.Subtitle);
        }
        string? continuedFrom = null, continuesOn = null;
        var captions = new List<ClassifiedBlock>();
        var photoCredit = false;
        foreach (var piece in draft.Pieces)
        {
            if (piece is HeadlineGroup subhead)
            {
                foreach (var b in subhead.Blocks) Append(paragraphs, new Paragraph(HanText.CollapseLetterSpacing(b.Text.Replace('\n', ' ')), Spans(b)), ParagraphRole.Subtitle);
                continue;
            }
            var segment = (Segment)piece;
            continuedFrom ??= segment.ContinuedFrom;
            continuesOn = segment.ContinuesOn ?? continuesOn;
            captions.AddRange(segment.FloatingCaptions);
            foreach (var b in segment.Blocks)
            {
                photoCredit |= b.IsPhotoCredit;
                var role = RoleOf(b);
                if (role is null) continue;
                foreach (var p in b.Block.Paragraphs()) Append(paragraphs, p, role.Value);
            }
        }
        foreach (var c in captions)
            foreach (var p in c.Block.Paragraphs()) Append(paragraphs, p, ParagraphRole.Caption);
        return new ArticleText(headline, paragraphs, headlineSpans, continuedFrom, continuesOn, draft.IsIndex, photoCredit);
    }

    private static ParagraphRole? RoleOf(ClassifiedBlock b) => b.Kind switch
    {
        BlockKind.ContinuedFrom or BlockKind.ContinuesOn or BlockKind.Furniture => null,
        BlockKind.OpeningByline or BlockKind.ClosingByline => ParagraphRole.Byline,
        BlockKind.Caption => ParagraphRole.Caption,
        BlockKind.ListItems => ParagraphRole.List,
        BlockKind.Headline => ParagraphRole.Subtitle,
        _ => ParagraphRole.Body,
    };

    private static void Append(List<RoledParagraph> paragraphs, Paragraph p, ParagraphRole role)
    {
        if (role == ParagraphRole.Body && paragraphs.Count > 0 && paragraphs[^1] is { Role: ParagraphRole.Body } last
            && !HanText.EndsSentence(last.Text) && !last.Text.Contains('\t') && !p.Text.Contains('\t'))
        {
            paragraphs[^1] = last with { Paragraph = new Paragraph(last.Text + p.Text, last.Paragraph.Spans.Concat(p.Spans).ToArray()) };
            return;
        }
        paragraphs.Add(new RoledParagraph(p, role));
    }

    private static TextSpan[] Spans(ClassifiedBlock b) => b.Block.Lines.Select(l => new TextSpan(l.Start, l.Length)).ToArray();
}
