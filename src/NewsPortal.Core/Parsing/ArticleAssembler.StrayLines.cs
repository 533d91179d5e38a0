namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>Short headline lines left alone, with no text of their own: a column's label (数说重庆) or a document's
    /// number (…发〔2023〕18号) printed apart from its title is that title's line, not an article. Each goes under the
    /// nearest headline printed before it that has no line of its kind yet (after it, when none is before). A column's
    /// label printed over text it does not head does not title that text either: the label goes under a title the same
    /// way and the text is left headless, for the text around it to take.</summary>
    private void JoinStrayHeadlineLines(List<ArticleDraft> drafts)
    {
        foreach (var lone in drafts.Where(d => d is { Headline: { IsIndex: false } h } && h.Blocks.All(IsStrayLine)
                                               && (d.IsEmpty || IsLabelOverStrayText(d))).ToList())
        {
            var lines = lone.Headline!.Blocks;
            bool Takes(ArticleDraft d) => d is { Headline: { IsIndex: false } h } && !ReferenceEquals(d, lone)
                                          && !h.Blocks.Any(b => IsStrayLine(b) && lines.Any(l => SameKind(b, l)))
                                          && !h.Blocks.All(IsStrayLine);
            var before = drafts.Where(d => Takes(d) && d.Headline!.Position < lone.Headline.Position).MaxBy(d => d.Headline!.Position);
            var home = before ?? drafts.Where(d => Takes(d) && d.Headline!.Position > lone.Headline.Position).MinBy(d => d.Headline!.Position);
            if (home is null) continue;
            home.Headline!.AddDeck(lines);
            if (lone.IsEmpty) drafts.Remove(lone);
            else lone.DropHeadline();
        }
    }

    /// <summary>A column's label over text that it does not head: the text opens with no reporter's line or dateline
    /// and never says the label's words (a title as short as a label, 向新而行, is said again in its text).</summary>
    private bool IsLabelOverStrayText(ArticleDraft d) =>
        d.Headline!.Blocks.All(b => IsColumnLabel(b) && !knowledge.BriefColumns.Contains(b.Text.Trim()))
        && d.Segments.FirstOrDefault()?.Start == SegmentStart.Plain
        && !d.Headline.Blocks.Any(b => d.Segments.Any(s => s.Text.Contains(b.Text.Trim(), StringComparison.Ordinal)));

    private bool IsStrayLine(ClassifiedBlock b) => b.Block.Lines.Count == 1 && (IsColumnLabel(b) || IsDocumentNumber(b.Text));

    private bool IsDocumentNumber(string line) => !knowledge.OpensDeck(line) && knowledge.DeckLine.IsMatch(line);

    private bool SameKind(ClassifiedBlock a, ClassifiedBlock b) => IsColumnLabel(a) == IsColumnLabel(b);
}
