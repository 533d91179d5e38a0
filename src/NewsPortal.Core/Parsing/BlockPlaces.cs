namespace NewsPortal.Core.Parsing;

/// <summary>The districts each block of a page names, looked up once a page: the moves of placed text and the
/// dealing of stacked siblings ask about the same blocks many times.</summary>
internal sealed class BlockPlaces(ParsingKnowledge knowledge)
{
    // By the block's place on the page: what a block names depends only on its text, whatever kind it is read as, and
    // an array read costs less than hashing the record (a few thousand questions a page).
    private IReadOnlySet<string>?[] _blocks = [];

    public IReadOnlySet<string> Of(ClassifiedBlock block)
    {
        var index = block.Block.Index;
        if (index >= _blocks.Length) Array.Resize(ref _blocks, Math.Max(index + 1, _blocks.Length * 2));
        return _blocks[index] ??= knowledge.Places.Find(block.Text);
    }
}
