namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>A deck printed without its mark (——) and apart from its title, among another article's paragraphs,
    /// heads the title's text as if it were a title. It shows as a title over text that shares nothing with it
    /// (weighted coverage below <c>headlineSharesNothingBelow</c>) while the text under a later one-line headline
    /// (right under it when the title has no text at all: its text may be printed elsewhere) restates both that title and its own line (coverage at least <c>headlineRestatesFrom</c>), and that line names
    /// no district (a title names its place; a deck says what the title's subject does). The title goes over that
    /// line, which becomes its deck; the text the title held goes to the headed article it reads most like.</summary>
    private void TitleUnmarkedDecks(List<ArticleDraft> drafts, TopicSimilarity similarity, BlockPlaces blockPlaces)
    {
        // One title line (a column's label over it may come along).
        foreach (var titled in drafts.Where(d => d is { Headline: { IsIndex: false } h } && h.Blocks.Count(b => !IsColumnLabel(b)) == 1).ToList())
        {
            var title = titled.Headline!;
            if (!titled.IsEmpty && similarity.Coverage(title.Bigrams, TextOf(titled)) >= knowledge.HeadlineSharesNothingBelow) continue;
            var deck = UnmarkedDeckRestating(title.Bigrams, titled, titled.IsEmpty ? title.Position + 1 : null, title.Position, drafts, similarity, blockPlaces);
            if (deck is null) continue;
            titled.DropHeadline();
            deck.PutTitleOver(title);
            if (!titled.IsEmpty)
            {
                var text = TopicSimilarity.Bigrams(titled.Blocks);
                var home = drafts.Where(d => !ReferenceEquals(d, titled) && d is { IsEmpty: false, Headline.IsIndex: false })
                    .MaxBy(d => similarity.Cosine(text, TopicSimilarity.Bigrams(d.Blocks)));
                if (home is null) continue;
                home.TakePiecesOf(titled);
            }
            drafts.Remove(titled);
        }
    }

    /// <summary>The draft headed by one unmarked line (no deck mark, no column label, no district) that restates its own
    /// text and whose text restates <paramref name="title"/> (both coverages at least <c>headlineRestatesFrom</c>),
    /// printed right at <paramref name="at"/> when given, else after <paramref name="after"/>; null when there is none.</summary>
    private ArticleDraft? UnmarkedDeckRestating(IReadOnlySet<int> title, ArticleDraft titled, int? at, int after,
        List<ArticleDraft> drafts, TopicSimilarity similarity, BlockPlaces blockPlaces) =>
        drafts.Where(d => !ReferenceEquals(d, titled)
                          && d is { IsEmpty: false, Headline: { IsIndex: false, Blocks: [var line] } h }
                          && (at is { } p ? h.Position == p : h.Position > after)
                          && !knowledge.IsDeckLine(line.Text) && !IsColumnLabel(line)
                          && blockPlaces.Of(line).Count == 0
                          && similarity.Coverage(h.Bigrams, TextOf(d)) >= knowledge.HeadlineRestatesFrom)
            .Select(d => (Draft: d, Says: similarity.Coverage(title, TextOf(d))))
            .Where(x => x.Says >= knowledge.HeadlineRestatesFrom)
            .DefaultIfEmpty().MaxBy(x => x.Says).Draft;

    private static IEnumerable<IReadOnlySet<int>> TextOf(ArticleDraft d) => d.Segments.Select(s => (IReadOnlySet<int>)s.Bigrams);

    /// <summary>Two titles printed in one headline group, the second's text under a deck printed without its mark
    /// further down: a line of the group that shares (almost) nothing with the group's other lines nor with the text
    /// under the group (coverage below <c>headlineSharesNothingBelow</c>), while the group's other lines restate that
    /// text, is the deck's title, as <see cref="TitleUnmarkedDecks"/> finds for a title standing alone.</summary>
    private void TitleUnmarkedDecksOfStackedTitles(List<ArticleDraft> drafts, TopicSimilarity similarity, BlockPlaces blockPlaces)
    {
        foreach (var stacked in drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && h.Blocks.Count(b => !IsColumnLabel(b)) >= 2).ToList())
        {
            var group = stacked.Headline!;
            foreach (var line in group.Blocks.Where(b => !knowledge.IsDeckLine(b.Text) && !IsColumnLabel(b)).ToList())
            {
                var own = TopicSimilarity.Bigrams(line.Text, TopicSimilarity.MaxChars);
                var rest = TopicSimilarity.Bigrams(group.Blocks.Where(b => !ReferenceEquals(b, line)));
                if (similarity.Coverage(own, TextOf(stacked)) >= knowledge.HeadlineSharesNothingBelow
                    || similarity.Coverage(rest, TextOf(stacked)) < knowledge.HeadlineRestatesFrom
                    || similarity.WeightedCoverage(own, rest) >= knowledge.KickerSharesFrom
                    || similarity.WeightedCoverage(rest, own) >= knowledge.KickerSharesFrom) continue;
                var deck = UnmarkedDeckRestating(own, stacked, null, group.Position, drafts, similarity, blockPlaces);
                if (deck is null) continue;
                group.Blocks.Remove(line);
                group.ResetBigrams();
                var title = new HeadlineGroup(group.Position);
                title.Blocks.Add(line);
                deck.PutTitleOver(title);
                break;
            }
        }
    }
}
