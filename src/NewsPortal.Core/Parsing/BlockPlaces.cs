namespace NewsPortal.Core.Parsing;

/// <summary>The districts each block of a page names, looked up once a page: the moves of placed text and the
/// dealing of stacked siblings ask about the same blocks many times.</summary>
internal sealed class BlockPlaces(ParsingKnowledge knowledge)
{
    private readonly Dictionary<ClassifiedBlock, IReadOnlySet<string>> _blocks = new(ReferenceEqualityComparer.Instance);

    public IReadOnlySet<string> Of(ClassifiedBlock block) =>
        _blocks.TryGetValue(block, out var found) ? found : _blocks[block] = knowledge.Places.Find(block.Text);
}
