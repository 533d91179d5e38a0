namespace NewsPortal.Core.Parsing;

/// <summary>An article being put together: its headline (if any) and its pieces in reading order.</summary>
internal sealed class ArticleDraft(int position, HeadlineGroup? headline)
{
    public int Position { get; private set; } = position;
    public HeadlineGroup? Headline { get; private set; } = headline;
    /// <summary>Segments, and subheads printed inside the article, in reading order.</summary>
    public List<object> Pieces { get; } = [];
    public bool IsIndex => Headline?.IsIndex == true;

    /// <summary>The pieces that are segments, in reading order (read as they are enumerated, as a LINQ view would be;
    /// one iterator instead of LINQ's, asked of every draft by most rules).</summary>
    public IEnumerable<Segment> Segments
    {
        get
        {
            foreach (var piece in Pieces)
                if (piece is Segment s) yield return s;
        }
    }
    public bool Closed => LastSegment?.Closed == true;
    public bool HasStandfirst => Segments.Any(s => s.Start == SegmentStart.Standfirst);
    public bool IsEmpty => Pieces.Count == 0;
    public Segment? LastSegment
    {
        get
        {
            // From the end: the last piece is most often a segment.
            for (var i = Pieces.Count - 1; i >= 0; i--)
                if (Pieces[i] is Segment s) return s;
            return null;
        }
    }

    public string Text => string.Join('\n',
        (Headline is null ? [] : new[] { Headline.Text }).Concat(Pieces.Select(p => p is Segment s ? s.Text : ((HeadlineGroup)p).Text)));

    /// <summary>The bigram sets of everything in the draft, for topic comparisons without concatenating text.</summary>
    public IEnumerable<IReadOnlySet<int>> BigramSets =>
        (Headline is null ? [] : new[] { Headline.Bigrams }).Concat(Pieces.Select(p => p is Segment s ? s.Bigrams : ((HeadlineGroup)p).Bigrams));

    public void Add(Segment segment)
    {
        segment.Owner = this;
        Pieces.Add(segment);
    }

    /// <summary>Puts a segment among the pieces in page order (after every piece printed before it).</summary>
    public void AddInPageOrder(Segment segment)
    {
        segment.Owner = this;
        var at = Pieces.FindIndex(p => (p is Segment s ? s.Position : ((HeadlineGroup)p).Position) > segment.Position);
        Pieces.Insert(at < 0 ? Pieces.Count : at, segment);
        Position = Math.Min(Position, segment.Position);
    }

    /// <summary>Puts a subhead among the pieces in page order.</summary>
    public void AddSubheadInPageOrder(HeadlineGroup subhead)
    {
        subhead.Draft = this;
        var at = Pieces.FindIndex(p => (p is Segment s ? s.Position : ((HeadlineGroup)p).Position) > subhead.Position);
        Pieces.Insert(at < 0 ? Pieces.Count : at, subhead);
        Position = Math.Min(Position, subhead.Position);
    }

    /// <summary>Puts a piece (a segment or a subhead) among the pieces in page order.</summary>
    public void AddPieceInPageOrder(object piece)
    {
        if (piece is Segment s) AddInPageOrder(s);
        else AddSubheadInPageOrder((HeadlineGroup)piece);
    }

    /// <summary>The blocks of a piece (a segment or a subhead).</summary>
    public static List<ClassifiedBlock> BlocksOf(object piece) => piece is Segment s ? s.Blocks : ((HeadlineGroup)piece).Blocks;

    /// <summary>Every block of the draft: its headline's, then its pieces' in reading order.</summary>
    public IEnumerable<ClassifiedBlock> Blocks => BlocksAfter(Headline?.Blocks);

    /// <summary>The headline's blocks (as they were when asked for), then the pieces' as they are enumerated.</summary>
    private IEnumerable<ClassifiedBlock> BlocksAfter(List<ClassifiedBlock>? headline)
    {
        if (headline is not null)
            foreach (var block in headline) yield return block;
        foreach (var piece in Pieces)
            foreach (var block in BlocksOf(piece)) yield return block;
    }

    /// <summary>Takes every piece of another draft (its segments and subheads), each in page order; the other is left empty.</summary>
    public void TakePiecesOf(ArticleDraft other)
    {
        foreach (var piece in other.Pieces.ToList()) AddPieceInPageOrder(piece);
        other.Pieces.Clear();
    }

    public void AddFirst(Segment segment)
    {
        segment.Owner = this;
        Pieces.Insert(0, segment);
        Position = Math.Min(Position, segment.Position);
    }

    /// <summary>An untitled article takes the headline printed after its first paragraphs as its title.</summary>
    public void TakeTitle(HeadlineGroup headline)
    {
        if (Headline is not null) throw new InvalidOperationException("The article already has a headline.");
        Headline = headline;
        headline.Draft = this;
    }

    /// <summary>A headline printed apart from the deck that heads this draft becomes the title over that deck.</summary>
    public void PutTitleOver(HeadlineGroup title)
    {
        if (Headline is null) throw new InvalidOperationException("The article has no deck to put a title over.");
        title.AddDeck(Headline.Blocks);
        Headline.Draft = null;
        Headline = title;
        title.Draft = this;
    }

    /// <summary>A headline that restates the text takes the place of one that shares nothing with it; the old one is returned.</summary>
    public HeadlineGroup ReplaceTitle(HeadlineGroup title)
    {
        var old = Headline ?? throw new InvalidOperationException("The article has no headline to replace.");
        old.Draft = null;
        Headline = title;
        title.Draft = this;
        return old;
    }

    /// <summary>A headline found to be another article's line (a column's label) leaves this draft's text headless.</summary>
    public void DropHeadline()
    {
        if (Headline is { } old && ReferenceEquals(old.Draft, this)) old.Draft = null;
        Headline = null;
    }

    public void AddSubhead(HeadlineGroup subhead)
    {
        subhead.Draft = this;
        Pieces.Add(subhead);
    }
}
