namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>A headline whose every line opens with a deck's mark (——涪陵区加快打造…) says what another article's title
    /// says at more length: it heads no article of its own, wherever the page printed it (among the last pieces, or
    /// between two articles printed in turn). It goes under the title of the headed article whose title and text say most
    /// of its words (weighted coverage at least <c>headlineRestatesFrom</c>), with any text printed under it, which the
    /// later passes weigh as they weigh that article's other text (the page's last pieces, paragraphs printed in turn).</summary>
    private void JoinDeckOnlyHeadlines(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        bool DeckOnly(HeadlineGroup h) => h.Blocks.All(b => knowledge.OpensDeck(b.Text));
        foreach (var lone in drafts.Where(d => d.Headline is { IsIndex: false } h && DeckOnly(h)).ToList())
        {
            var probe = lone.Headline!.Bigrams;
            var best = drafts.Where(d => !ReferenceEquals(d, lone) && d.Headline is { IsIndex: false } h && !DeckOnly(h))
                .Select(d => (Draft: d, Says: similarity.Coverage(probe, d.BigramSets))).DefaultIfEmpty().MaxBy(x => x.Says);
            if (best.Draft is null || best.Says < knowledge.HeadlineRestatesFrom) continue;
            JoinAsDeck(lone, best.Draft, drafts);
        }
    }
}
