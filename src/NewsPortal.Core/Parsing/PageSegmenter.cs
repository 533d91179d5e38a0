namespace NewsPortal.Core.Parsing;

/// <summary>Cuts the classified blocks into headline groups and segments, following the cues between them.</summary>
internal sealed class PageSegmenter(IReadOnlySet<string> briefColumns)
{
    public PageLayout Segment(IReadOnlyList<ClassifiedBlock> all)
    {
        var blocks = all.Where(b => b.Kind != BlockKind.Furniture).ToList();
        var items = new List<object>();
        Segment? current = null;

        Segment Open(SegmentStart start, ClassifiedBlock first)
        {
            var s = new Segment(items.Count, start);
            s.Blocks.Add(first);
            items.Add(s);
            return s;
        }
        Segment? LastSegment() => items.Count > 0 ? items[^1] as Segment : null;

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (b.Kind)
            {
                case BlockKind.Headline:
                    current = null;
                    // An indented headline starts a new item even right under another headline.
                    // So does a brief column's name.
                    if (items.Count > 0 && items[^1] is HeadlineGroup open && open.ListSubtitles.Count == 0 && !b.Block.Indented
                        && !briefColumns.Contains(b.Text)) open.Blocks.Add(b);
                    else
                    {
                        var g = new HeadlineGroup(items.Count);
                        g.Blocks.Add(b);
                        items.Add(g);
                    }
                    break;
                case BlockKind.ListItems when current is null && items.Count > 0 && items[^1] is HeadlineGroup group
                                              && next?.Kind == BlockKind.Lead:
                    group.ListSubtitles.Add(b);
                    break;
                case BlockKind.ContinuedFrom:
                    current = Open(SegmentStart.ContinuedFrom, b);
                    current.ContinuedFrom = b.Text;
                    break;
                case BlockKind.ContinuesOn:
                    if ((current ?? LastSegment()) is { } ending)
                    {
                        ending.Blocks.Add(b);
                        ending.ContinuesOn = b.Text;
                        ending.Closed = true;
                    }
                    current = null;
                    break;
                case BlockKind.OpeningByline:
                    if (current is { HasBody: false, Start: SegmentStart.CaptionLead or SegmentStart.Standfirst or SegmentStart.ContinuedFrom }) current.Blocks.Add(b);
                    else current = Open(SegmentStart.Byline, b);
                    break;
                case BlockKind.ClosingByline when current is null && items.Count > 0 && items[^1] is HeadlineGroup:
                    // A byline printed right under a headline opens the article, marked or not.
                    current = Open(SegmentStart.Byline, b with { Kind = BlockKind.OpeningByline });
                    break;
                case BlockKind.ClosingByline when b.NamesReporter && !b.IsPhotoCredit && next is { Kind: BlockKind.Body or BlockKind.Lead }
                                                  && (current ?? LastSegment()) is not { HasBody: false }:
                    // A reporter's line with text right under it opens that text, wherever its headline was printed.
                    current = Open(SegmentStart.Byline, b with { Kind = BlockKind.OpeningByline });
                    break;
                case BlockKind.ClosingByline when b.NamesReporter && !b.IsPhotoCredit && next?.Kind == BlockKind.Headline
                                                  && (current ?? LastSegment()) is null or { HasBody: true }:
                    // A reporter's line printed over a headline heads that headline's article, not the text before it.
                    Open(SegmentStart.Byline, b with { Kind = BlockKind.OpeningByline });
                    current = null;
                    break;
                case BlockKind.ClosingByline when b.NamesReporter && !b.IsPhotoCredit && next is { NamesReporter: true }
                                                  && (current ?? LastSegment()) is { } named && named.Blocks.Any(x => x.Kind is BlockKind.Lead or BlockKind.OpeningByline):
                    // Text that named its reporter at its head is not closed by another reporter's line: two reporters'
                    // lines one under the other open two articles.
                    Open(SegmentStart.Byline, b with { Kind = BlockKind.OpeningByline });
                    current = null;
                    break;
                case BlockKind.ClosingByline when current is { HasBody: false } && current.Blocks[^1].Kind == BlockKind.OpeningByline:
                    // The opening byline went on to a second line.
                    current.Blocks.Add(b with { Kind = BlockKind.OpeningByline });
                    break;
                case BlockKind.ClosingByline:
                    // Several credit lines in a row (a byline wrapped by the dump) close one segment.
                    if ((current ?? LastSegment()) is { } closing && (!closing.Closed || closing.Blocks[^1].Kind == BlockKind.ClosingByline))
                    {
                        closing.Blocks.Add(b);
                        closing.Closed = true;
                    }
                    else Open(SegmentStart.Plain, b).Closed = true;
                    current = null;
                    break;
                case BlockKind.Caption:
                    if (next?.Kind == BlockKind.OpeningByline) current = Open(SegmentStart.CaptionLead, b);
                    else if (next is { Kind: BlockKind.ClosingByline, IsPhotoCredit: true }) current = Open(SegmentStart.Photo, b);
                    else if ((current ?? LastSegment()) is { } holder) holder.FloatingCaptions.Add(b);
                    else current = Open(SegmentStart.Photo, b);
                    break;
                case BlockKind.Standfirst:
                    current = Open(SegmentStart.Standfirst, b);
                    break;
                case BlockKind.Notice:
                    Open(SegmentStart.Notice, b).Closed = true;
                    current = null;
                    break;
                case BlockKind.Lead:
                    if (current is { HasBody: false } && current.Start is not SegmentStart.Plain) current.Blocks.Add(b);
                    else current = Open(SegmentStart.Lead, b);
                    break;
                default:
                    if (current is null || b.Block.Indented) current = Open(SegmentStart.Plain, b);
                    else current.Blocks.Add(b);
                    // A caption ends at its photo's credit: the text after it is another item's.
                    if (b.EndsWithPhotoCredit)
                    {
                        current.Closed = true;
                        current = null;
                    }
                    break;
            }
        }
        return new PageLayout(items);
    }
}
