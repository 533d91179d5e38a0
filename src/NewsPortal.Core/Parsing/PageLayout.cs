namespace NewsPortal.Core.Parsing;

/// <summary>How a run of body text begins, which decides what it can attach to.</summary>
internal enum SegmentStart
{
    /// <summary>Plain text with no opening cue: a lead without a dateline, or the rest of an article.</summary>
    Plain,
    Lead,
    Byline,
    Standfirst,
    /// <summary>A caption printed before the opening byline.</summary>
    CaptionLead,
    /// <summary>A caption with a photo credit: a photo item of its own.</summary>
    Photo,
    ContinuedFrom,
    Notice,
}

/// <summary>Consecutive headline blocks (kicker, title, deck), with list lines printed under them.</summary>
internal sealed class HeadlineGroup(int position)
{
    public int Position { get; set; } = position;
    public List<ClassifiedBlock> Blocks { get; } = [];
    public List<ClassifiedBlock> ListSubtitles { get; } = [];
    /// <summary>Four or more separate headline blocks in a row are an index of items, not one headline.</summary>
    public bool IsIndex => Blocks.Count >= 4;
    public string Text => string.Join(' ', Blocks.Concat(ListSubtitles).Select(b => b.Text));
    private HashSet<int>? _bigrams;
    /// <summary>Computed once the group is complete (after segmentation).</summary>
    public IReadOnlySet<int> Bigrams => _bigrams ??= TopicSimilarity.Bigrams(Text, TopicSimilarity.MaxChars);
    public ArticleDraft? Draft { get; set; }
}

/// <summary>A run of blocks read in file order that belongs to one article.</summary>
internal sealed class Segment(int position, SegmentStart start)
{
    public int Position { get; set; } = position;
    public SegmentStart Start { get; } = start;
    public List<ClassifiedBlock> Blocks { get; } = [];
    public List<ClassifiedBlock> FloatingCaptions { get; } = [];
    /// <summary>Closed by a closing byline or a 下转 marker: nothing of its article follows it.</summary>
    public bool Closed { get; set; }
    public string? ContinuesOn { get; set; }
    public string? ContinuedFrom { get; set; }
    public ArticleDraft? Owner { get; set; }

    public bool HasBody => Blocks.Any(b => b.IsBody);
    public ClassifiedBlock? LastBody => Blocks.LastOrDefault(b => b.IsBody);
    public bool EndsUnfinished => !Closed && LastBody is { } last && !last.Block.EndsSentence && last.Kind != BlockKind.ListItems;
    private string? _text;
    /// <summary>Computed once the segment is complete (after segmentation).</summary>
    public string Text => _text ??= string.Join('\n', Blocks.Select(b => b.Text));

    private HashSet<int>? _bigrams;
    /// <summary>The bigrams of the segment's opening, computed once the segment is complete.</summary>
    public IReadOnlySet<int> Bigrams => _bigrams ??= TopicSimilarity.Bigrams(Text, TopicSimilarity.MaxChars);
}

/// <summary>The page as a sequence of headline groups and segments.</summary>
internal sealed record PageLayout(IReadOnlyList<object> Items)
{
    public IEnumerable<Segment> Segments => Items.OfType<Segment>();
    public IEnumerable<HeadlineGroup> Groups => Items.OfType<HeadlineGroup>();

    public Segment? After(HeadlineGroup g) => g.Position + 1 < Items.Count ? Items[g.Position + 1] as Segment : null;
    public Segment? Before(HeadlineGroup g) => g.Position > 0 ? Items[g.Position - 1] as Segment : null;
}

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
                    break;
            }
        }
        return new PageLayout(items);
    }
}
