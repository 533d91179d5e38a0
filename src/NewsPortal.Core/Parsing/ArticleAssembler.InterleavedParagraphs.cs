namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>Two articles printed in turn leave a whole paragraph of one inside the other's text, glued there by the
    /// page's order. A paragraph that ends a sentence after a paragraph that ends one (no cut joins it to its
    /// neighbours), not its article's first, goes to the headed article it is far more like: a weighted cosine of at
    /// least <c>interleavedParagraphMinLikeness</c> with that article, and <c>interleavedParagraphLikeness</c> times
    /// its cosine with the rest of its own. It goes in page order among that article's paragraphs. A paragraph stays
    /// when other evidence holds it: it points back (这家企业…), its article's closing line is printed under it, or it
    /// names a district the other article never names.</summary>
    private void MoveInterleavedParagraphs(List<ArticleDraft> drafts, TopicSimilarity similarity, BlockPlaces blockPlaces)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        // Each article's bigrams, worked out again only for the two articles a paragraph moved between.
        var texts = new Dictionary<ArticleDraft, BigramSet>();
        BigramSet TextOf(ArticleDraft d) => texts.TryGetValue(d, out var set) ? set : texts[d] = TopicSimilarity.Bigrams(d.Blocks);
        foreach (var draft in articles)
        {
            var body = BodyOrder(draft);
            var closed = ClosedParagraphs(draft);
            for (var i = 1; i < body.Count; i++)
            {
                var paragraph = body[i];
                if (paragraph.Kind != BlockKind.Body || !paragraph.Block.EndsSentence || !body[i - 1].Block.EndsSentence
                    || knowledge.OpensPointingBack(paragraph.Text) || closed.Contains(paragraph)) continue;
                var bigrams = TopicSimilarity.Bigrams([paragraph]);
                // Most paragraphs reach the floor with no other article: their own article's likeness is not worked out.
                var (home, like) = articles.Where(d => !ReferenceEquals(d, draft))
                    .Select(d => (Draft: d, Like: similarity.CosineReaching(bigrams, TextOf(d), knowledge.InterleavedParagraphMinLikeness)))
                    .MaxBy(o => o.Like);
                if (like < knowledge.InterleavedParagraphMinLikeness) continue;
                var named = blockPlaces.Of(paragraph);
                if (named.Count > 0 && !named.All(place => home.Blocks.Any(b => blockPlaces.Of(b).Contains(place)))) continue;
                var ownLike = similarity.Cosine(bigrams, TopicSimilarity.Bigrams(draft.Blocks.Where(b => !ReferenceEquals(b, paragraph))));
                if (like < knowledge.InterleavedParagraphLikeness * ownLike) continue;
                var homeBody = BodyOrder(home);
                if (homeBody.Count == 0) continue;
                var before = homeBody.LastOrDefault(b => b.Block.Index < paragraph.Block.Index);
                MoveBlock(paragraph, draft, home, before ?? homeBody[0], after: before is not null);
                texts.Remove(draft);
                texts.Remove(home);
                body.RemoveAt(i);
                i--;
            }
        }
    }

    /// <summary>The paragraphs printed right over one of the draft's closing lines (（记者 李明）).</summary>
    private static HashSet<ClassifiedBlock> ClosedParagraphs(ArticleDraft draft)
    {
        var closed = new HashSet<ClassifiedBlock>();
        ClassifiedBlock? previous = null;
        foreach (var block in draft.Blocks)
        {
            if (block.Kind == BlockKind.ClosingByline && previous is { IsBody: true }) closed.Add(previous);
            previous = block;
        }
        return closed;
    }
}
