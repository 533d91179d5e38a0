namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>Short headline lines left alone, with no text of their own: a column's label (数说重庆) or a document's
    /// number (…发〔2023〕18号) printed apart from its title is that title's line, not an article. Each goes under the
    /// nearest headline printed before it that has no line of its kind yet (after it, when none is before).</summary>
    private void JoinStrayHeadlineLines(List<ArticleDraft> drafts)
    {
        foreach (var lone in drafts.Where(d => d is { IsEmpty: true, Headline: { IsIndex: false } h } && h.Blocks.All(IsStrayLine)).ToList())
        {
            var lines = lone.Headline!.Blocks;
            bool Takes(ArticleDraft d) => d is { Headline: { IsIndex: false } h } && !ReferenceEquals(d, lone)
                                          && !h.Blocks.Any(b => IsStrayLine(b) && lines.Any(l => SameKind(b, l)))
                                          && !h.Blocks.All(IsStrayLine);
            var before = drafts.Where(d => Takes(d) && d.Headline!.Position < lone.Headline.Position).MaxBy(d => d.Headline!.Position);
            var home = before ?? drafts.Where(d => Takes(d) && d.Headline!.Position > lone.Headline.Position).MinBy(d => d.Headline!.Position);
            if (home is null) continue;
            home.Headline!.AddDeck(lines);
            drafts.Remove(lone);
        }
    }

    private bool IsStrayLine(ClassifiedBlock b) => b.Block.Lines.Count == 1 && (IsColumnLabel(b) || IsDocumentNumber(b.Text));

    private bool IsDocumentNumber(string line) => !knowledge.OpensDeck(line) && knowledge.DeckLine.IsMatch(line);

    private bool SameKind(ClassifiedBlock a, ClassifiedBlock b) => IsColumnLabel(a) == IsColumnLabel(b);
}
