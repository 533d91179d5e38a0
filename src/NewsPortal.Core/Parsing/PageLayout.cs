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
    /// <summary>Four or more separate headline blocks in a row are an index of items, not one headline, unless the text
    /// next to them restates them (<see cref="RestatedByText"/>).</summary>
    public bool IsIndex => _index ?? Blocks.Count >= 4 && !RestatedByText;

    private bool? _index;

    /// <summary>Fixes whether the group is an index as it is printed: lines later joined to a headline (a deck found
    /// elsewhere, a stray line) do not make it one.</summary>
    public void FixIndex() => _index = IsIndex;

    /// <summary>The group's lines are restated by the text printed next to it (under it, or over it when titles are
    /// printed after their text): two articles' titles and decks stacked together, not an index of other pages' items.</summary>
    public bool RestatedByText { get; init; }
    public string Text
    {
        get
        {
            // Asked many times while the articles are assembled, and the blocks are changed in place: the joined
            // text is kept with the blocks it was joined from and reused while they are the same blocks.
            if (_textOf is { } of && of.Length == Blocks.Count + ListSubtitles.Count && SameBlocks(of)) return _text!;
            _textOf = [.. Blocks, .. ListSubtitles];
            return _text = string.Join(' ', _textOf.Select(b => b.Text));
        }
    }

    private string? _text;
    private ClassifiedBlock[]? _textOf;

    private bool SameBlocks(ClassifiedBlock[] of)
    {
        for (var i = 0; i < Blocks.Count; i++)
            if (!ReferenceEquals(of[i], Blocks[i])) return false;
        for (var i = 0; i < ListSubtitles.Count; i++)
            if (!ReferenceEquals(of[Blocks.Count + i], ListSubtitles[i])) return false;
        return true;
    }
    private BigramSet? _bigrams;
    /// <summary>Computed once the group is complete (after segmentation).</summary>
    public BigramSet Bigrams => _bigrams ??= BigramSet.Of(Text, TopicSimilarity.MaxChars);
    public ArticleDraft? Draft { get; set; }

    /// <summary>Forgets the bigrams worked out from the blocks, after a block was taken out.</summary>
    public void ResetBigrams() => _bigrams = null;

    /// <summary>A deck printed apart from this headline joins it under its last line.</summary>
    public void AddDeck(IEnumerable<ClassifiedBlock> deck)
    {
        Blocks.AddRange(deck);
        _bigrams = null;
    }
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

    private BigramSet? _bigrams;
    /// <summary>The bigrams of the segment's opening, computed once the segment is complete (read from its blocks: the
    /// joined text of a long segment is not always asked for).</summary>
    public BigramSet Bigrams => _bigrams ??= _text is { } text ? BigramSet.Of(text, TopicSimilarity.MaxChars) : BigramSet.OfLines(Blocks.Select(b => b.Text), TopicSimilarity.MaxChars);

    /// <summary>Takes the blocks of the segment printed next (after something that is not this article's) as its own
    /// continuation, with its closing state.</summary>
    public void Absorb(Segment next)
    {
        Blocks.AddRange(next.Blocks);
        Closed = next.Closed;
        ContinuesOn = next.ContinuesOn;
        _text = null;
        _bigrams = null;
    }

    /// <summary>Cuts the blocks from <paramref name="index"/> on into a segment of their own (plain text printed
    /// at the same place), which keeps the closing state; this segment keeps the blocks before.</summary>
    public Segment SplitAt(int index)
    {
        var rest = new Segment(Position, SegmentStart.Plain) { Closed = Closed, ContinuesOn = ContinuesOn };
        rest.Blocks.AddRange(Blocks.Skip(index));
        Blocks.RemoveRange(index, Blocks.Count - index);
        Closed = false;
        ContinuesOn = null;
        _text = null;
        _bigrams = null;
        return rest;
    }
}

/// <summary>The page as a sequence of headline groups and segments.</summary>
internal sealed record PageLayout(IReadOnlyList<object> Items)
{
    public IEnumerable<Segment> Segments => Items.OfType<Segment>();
    public IEnumerable<HeadlineGroup> Groups => Items.OfType<HeadlineGroup>();

    public Segment? After(HeadlineGroup g) => g.Position + 1 < Items.Count ? Items[g.Position + 1] as Segment : null;
    public Segment? Before(HeadlineGroup g) => g.Position > 0 ? Items[g.Position - 1] as Segment : null;
}
