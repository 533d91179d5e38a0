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
        static IEnumerable<IReadOnlySet<int>> TextOf(ArticleDraft d) => d.Segments.Select(s => (IReadOnlySet<int>)s.Bigrams);
        // One title line (a column's label over it may come along).
        foreach (var titled in drafts.Where(d => d is { Headline: { IsIndex: false } h } && h.Blocks.Count(b => !IsColumnLabel(b)) == 1).ToList())
        {
            var title = titled.Headline!;
            if (!titled.IsEmpty && similarity.Coverage(title.Bigrams, TextOf(titled)) >= knowledge.HeadlineSharesNothingBelow) continue;
            var deck = drafts.Where(d => !ReferenceEquals(d, titled)
                                         && d is { IsEmpty: false, Headline: { IsIndex: false, Blocks: [var line] } h }
                                         && (titled.IsEmpty ? h.Position == title.Position + 1 : h.Position > title.Position)
                                         && !knowledge.IsDeckLine(line.Text) && !IsColumnLabel(line)
                                         && blockPlaces.Of(line).Count == 0
                                         && similarity.Coverage(h.Bigrams, TextOf(d)) >= knowledge.HeadlineRestatesFrom)
                .Select(d => (Draft: d, Says: similarity.Coverage(title.Bigrams, TextOf(d))))
                .Where(x => x.Says >= knowledge.HeadlineRestatesFrom)
                .DefaultIfEmpty().MaxBy(x => x.Says);
            if (deck.Draft is null) continue;
            titled.DropHeadline();
            deck.Draft.PutTitleOver(title);
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
}
