using NewsPortal.Core.Extraction;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class SpanIndexTests
{
    [Fact]
    public void Touching_mentions_cover_the_characters_between_them_as_one_stretch()
    {
        var index = new SpanIndex(20, [Mention(2, 5), Mention(5, 8), Mention(10, 12)]);

        Assert.True(index.Covers(3, 7));
        Assert.False(index.Covers(7, 11));
        Assert.True(index.Touches(7, 11));
        Assert.False(index.Touches(8, 10));
        Assert.True(index.StrictlyInside(3, 7));
        Assert.False(index.StrictlyInside(2, 5));
    }

    [Fact]
    public void Answers_as_a_flag_per_character_would()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(0, 40);
            var mentions = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            {
                var start = random.Next(-3, length + 3);
                return Mention(start, start + random.Next(-1, 8));
            }).ToList();
            var covered = new bool[length + 1];
            foreach (var m in mentions)
            {
                for (var i = Math.Max(0, m.Start); i < Math.Min(m.End, length); i++) covered[i] = true;
            }
            var index = new SpanIndex(length, mentions);
            for (var query = 0; query < 40; query++)
            {
                var start = random.Next(-3, length + 3);
                var end = start + random.Next(-1, 10);
                var covers = start < end && start >= 0 && end <= length + 1 && mentions.Count > 0 && Enumerable.Range(start, end - start).All(i => covered[i]);
                var touches = mentions.Count > 0 && Enumerable.Range(Math.Max(0, start), Math.Max(0, Math.Min(end, length + 1) - Math.Max(0, start))).Any(i => covered[i]);

                Assert.Equal(covers, index.Covers(start, end));
                Assert.Equal(touches, index.Touches(start, end));
                Assert.Equal(covers && !mentions.Any(m => m.Start == start && m.End == end), index.StrictlyInside(start, end));
            }
        }
    }

    private static Mention Mention(int start, int end) => new("x", start, end, "x");
}
