namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>A numbered section of a document ("二、…", "（一）…").</summary>
    private bool IsDocumentSection(ClassifiedBlock b) => b.Kind == BlockKind.Body && knowledge.SectionNumbering.IsMatch(b.Text);

    /// <summary>A document opens with whom it is addressed to (各…：) and a preamble (为…，制定本方案。) before its numbered
    /// sections; a story does not. Such a paragraph printed in an article that is not numbered in sections goes to the
    /// front of a document's text (the page's article with the most numbered sections; the one most like the paragraph
    /// when several tie), after the opening lines already there.</summary>
    private void ReturnDocumentOpeners(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        bool IsOpener(ClassifiedBlock b) => b.IsBody && knowledge.DocumentOpener.IsMatch(b.Text);
        int Sections(ArticleDraft d) => d.Segments.Sum(s => s.Blocks.Count(IsDocumentSection));
        var documents = drafts.Where(d => d is { Headline.IsIndex: false } && Sections(d) >= 2).ToList();
        if (documents.Count == 0) return;
        // Moving an opener moves no section: the documents most numbered stay the same.
        var most = documents.Max(Sections);
        documents = documents.Where(d => Sections(d) == most).ToList();
        var strays = drafts.Where(d => !documents.Contains(d) && Sections(d) < 2)
            .SelectMany(d => d.Segments.SelectMany(s => s.Blocks.Where(IsOpener))).OrderBy(b => b.Block.Index).ToList();
        foreach (var block in strays)
        {
            // Where the paragraph is now (moving one splits its segment).
            var (from, segment) = drafts.SelectMany(d => d.Segments.Select(s => (Draft: d, Segment: s))).First(x => x.Segment.Blocks.Exists(b => ReferenceEquals(b, block)));
            var probe = TopicSimilarity.Bigrams([block]);
            var document = documents.MaxBy(d => similarity.Cosine(probe, TopicSimilarity.Bigrams(d.Blocks)))!;
            var k = segment.Blocks.FindIndex(b => ReferenceEquals(b, block));
            var opener = k == 0 ? segment : segment.SplitAt(k);
            if (opener.Blocks.Count > 1) from.AddInPageOrder(opener.SplitAt(1));
            if (k == 0) from.Pieces.Remove(segment);
            // After the opening lines already at the document's front.
            var at = document.Pieces.FindIndex(p => p is not Segment s || !s.Blocks.All(IsOpener));
            document.Pieces.Insert(at < 0 ? document.Pieces.Count : at, opener);
            opener.Owner = document;
            if (from.IsEmpty && from.Headline is null) drafts.Remove(from);
        }
    }
}
