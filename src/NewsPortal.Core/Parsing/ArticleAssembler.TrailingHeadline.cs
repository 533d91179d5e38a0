namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>The page's last headline, printed after every block of the page (nothing under it), holds text only
    /// because the reading gave it the paragraphs before it, as it does a title printed after its first paragraphs. A
    /// deck or kicker that strayed to the page's end is read the same way. When another headed article's title and
    /// text restate the headline (weighted coverage at least <c>headlineRestatesFrom</c>) and the headline's text
    /// restates that article's title as much, the two are one article: the headline goes under that title as its deck,
    /// and its text with it.</summary>
    private void JoinTrailingHeadline(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var lone = drafts.Where(d => d.Headline is { IsIndex: false }).MaxBy(d => d.Headline!.Position);
        if (lone is null || lone.IsEmpty) return;
        var printedLast = drafts.SelectMany(d => d.Blocks).Max(b => b.Block.Index);
        if (lone.Headline!.Blocks.Max(b => b.Block.Index) != printedLast) return;
        var probe = lone.Headline.Bigrams;
        var text = lone.Segments.Select(s => (IReadOnlySet<int>)s.Bigrams).ToList();
        var best = drafts.Where(d => !ReferenceEquals(d, lone) && d is { IsEmpty: false, Headline: { IsIndex: false } })
            .Select(d => (Draft: d, Says: similarity.Coverage(probe, d.BigramSets), Told: similarity.Coverage(d.Headline!.Bigrams, text)))
            .Where(x => x.Says >= knowledge.HeadlineRestatesFrom && x.Told >= knowledge.HeadlineRestatesFrom)
            .DefaultIfEmpty().MaxBy(x => x.Says + x.Told);
        if (best.Draft is null) return;
        JoinAsDeck(lone, best.Draft, drafts);
    }
}
