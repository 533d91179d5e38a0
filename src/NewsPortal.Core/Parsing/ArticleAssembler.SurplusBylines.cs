namespace NewsPortal.Core.Parsing;

internal sealed partial class ArticleAssembler
{
    /// <summary>An article names its reporters once, in one line or in its dateline. A reporter's line its article does
    /// not need (a second such line, or any in an article whose dateline names its reporter) belongs to an article printed
    /// in turn with it that names no reporter: two articles printed in turn print one's line among the other's. It opens
    /// that article when exactly one such article is printed in turn with the line's, or, of several, the one whose
    /// headline is printed next under the line.</summary>
    private void GiveSurplusBylines(List<ArticleDraft> drafts)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        // The page's last pieces are printed out of place: they say nothing of which articles are printed in turn.
        var bodies = articles.SelectMany(BodyOrder).Select(b => b.Block.Index).Order().ToList();
        var strayFrom = bodies.Count > knowledge.StrayEndPieces ? bodies[^knowledge.StrayEndPieces] : int.MaxValue;
        // Each article's lines where they are printed, and whether it names no reporter: read once (a page of many
        // articles asks them of every article for every surplus line).
        var printed = articles.ToDictionary(d => d, d => d.Blocks.Select(b => b.Block.Index).Where(i => i < strayFrom).Order().ToArray());
        var unnamed = articles.Where(NamesNoReporter).ToHashSet();
        foreach (var draft in articles)
        {
            var lines = draft.Segments.SelectMany(s => s.Blocks)
                .Where(b => b is { IsByline: true, NamesReporter: true, IsPhotoCredit: false }).OrderBy(b => b.Block.Index).ToList();
            var body = BodyOrder(draft);
            if (lines.Count == 0 || body.Count == 0) continue;
            var surplus = NamesReporterInDateline(body[0]) ? lines : lines.Skip(1).ToList();
            foreach (var line in surplus)
            {
                var waiting = unnamed.Where(d => !ReferenceEquals(d, draft) && PrintedInTurn(printed[d], printed[draft])).ToList();
                // Of several, the one whose headline is the next printed under the line: a reporter's line over a title opens it.
                if (waiting.Count > 1 && NextHeadlineUnder(line, articles) is { } next) waiting.RemoveAll(d => !ReferenceEquals(d, next));
                if (waiting is not [var home]) continue;
                MoveBlock(line, draft, home, BodyOrder(home)[0], after: false);
                unnamed.Remove(home);
            }
        }
    }

    /// <summary>The article whose headline is printed first under the line, if any.</summary>
    private static ArticleDraft? NextHeadlineUnder(ClassifiedBlock line, List<ArticleDraft> articles) =>
        articles.Where(d => d.Headline!.Blocks is [var title, ..] && title.Block.Index > line.Block.Index)
            .MinBy(d => d.Headline!.Blocks[0].Block.Index);

    /// <summary>The text opens with a dateline naming its reporter by a reporter's role (本报讯（记者 …）, 本报讯（通讯员 …）,
    /// 新华社…电（记者 …）): that article prints no reporter's line of its own.</summary>
    private bool NamesReporterInDateline(ClassifiedBlock opening) => opening.Kind == BlockKind.Lead
        && knowledge.BylineRoles.Any(r => opening.Text.AsSpan(0, Math.Min(opening.Text.Length, knowledge.DatelineLetters)).Contains(r, StringComparison.Ordinal));

    /// <summary>The article has no reporter's line and no dateline naming its reporter.</summary>
    private bool NamesNoReporter(ArticleDraft draft) =>
        !draft.Blocks.Any(b => b is { IsByline: true, NamesReporter: true }) && BodyOrder(draft) is [var first, ..]
        && !NamesReporterInDateline(first);

    /// <summary>Some line of one article is printed between two lines of the other, either way round (each given as the
    /// page indexes of its lines, in order).</summary>
    private static bool PrintedInTurn(int[] one, int[] other) => Inside(one, other) || Inside(other, one);

    /// <summary>Some of <paramref name="lines"/> lies strictly between the first and the last of <paramref name="span"/>.</summary>
    private static bool Inside(int[] lines, int[] span)
    {
        if (lines.Length == 0 || span.Length < 2) return false;
        var at = Array.BinarySearch(lines, span[0] + 1);
        if (at < 0) at = ~at;
        return at < lines.Length && lines[at] < span[^1];
    }
}
