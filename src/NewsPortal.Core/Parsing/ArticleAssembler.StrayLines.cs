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
            // A document's number is printed right over its document's text, wherever the page put the title.
            var under = lines.Any(l => IsDocumentNumber(l.Text))
                ? drafts.FirstOrDefault(d => Takes(d) && d.Segments.Any(s => s.Position == lone.Headline.Position + 1))
                : null;
            var before = drafts.Where(d => Takes(d) && d.Headline!.Position < lone.Headline.Position).MaxBy(d => d.Headline!.Position);
            var home = under ?? before ?? drafts.Where(d => Takes(d) && d.Headline!.Position > lone.Headline.Position).MinBy(d => d.Headline!.Position);
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

    /// <summary>A document's number or period (…发〔2023〕18号, （2026—2028年）) printed over text is printed right under
    /// the document's title, wherever the page put that title: the text goes with the title it restates most, the
    /// number under that title. A title stacked in one group with other articles' titles is taken out of the group to
    /// head the document; a title alone heads it with whatever text it already had.</summary>
    private void PutDocumentsUnderTheirTitles(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        foreach (var lone in drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && h.Blocks.All(b => IsDocumentNumber(b.Text))).ToList())
        {
            var joined = string.Join('\n', lone.Segments.Select(s => s.Text));
            var text = TopicSimilarity.Bigrams(joined, int.MaxValue);
            var places = knowledge.Places.Find(joined);
            // A title naming only other districts than the text is another article's, whatever words they share.
            var titles = drafts.Where(d => !ReferenceEquals(d, lone) && d.Headline is { IsIndex: false })
                .SelectMany(d => d.Headline!.Blocks.Where(IsDocumentTitleCandidate).Select(b => (Draft: d, Title: b)))
                .Where(x => PlaceAgreement(knowledge.Places.Find(x.Title.Text), places) >= 0)
                .Select(x => (x.Draft, x.Title, Says: similarity.WeightedCoverage(TopicSimilarity.Bigrams(x.Title.Text, TopicSimilarity.MaxChars), text)))
                .ToList();
            if (titles.Count == 0) continue;
            var best = titles.MaxBy(x => x.Says);
            if (best.Says < knowledge.HeadlineRestatesFrom) continue;
            var group = best.Draft.Headline!;
            var numbers = lone.Headline!.Blocks.ToList();
            if (group.Blocks.Count(IsDocumentTitleCandidate) == 1)
            {
                group.AddDeck(numbers);
                best.Draft.TakePiecesOf(lone);
                drafts.Remove(lone);
                continue;
            }
            // The title leaves its stacked group and heads the document's text with its number under it.
            group.Blocks.Remove(best.Title);
            group.ResetBigrams();
            var own = new HeadlineGroup(group.Position);
            own.Blocks.Add(best.Title);
            own.AddDeck(numbers);
            lone.ReplaceTitle(own);
        }
    }

    /// <summary>A headline block that can be a document's title: not a deck, a number, a period or a column's label.</summary>
    private bool IsDocumentTitleCandidate(ClassifiedBlock b) => !knowledge.IsDeckLine(b.Text) && !IsColumnLabel(b);
}
