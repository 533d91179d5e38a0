using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

/// <summary>The parser's early stages, run over a small synthetic page.</summary>
internal static class Stages
{
    public static readonly LineCues Cues = new(ParsingKnowledge.Default);

    public static ParagraphLines Lines(string text) => new LineJoiner(Cues).Join(new LineSplitter().Split(text), new CharacterStatistics(text));

    public static IReadOnlyList<Block> Blocks(string text) => new BlockSplitter(Cues).Split(Lines(text));

    public static IReadOnlyList<ClassifiedBlock> Classified(string text) =>
        new BlockClassifier(Cues).Classify(Blocks(text), new CharacterStatistics(text));

    public static string Wrap(string paragraph, int width) =>
        string.Join('\n', paragraph.Chunk(width).Select(c => new string(c)));
}
