using NewsPortal.Core.Extraction;

namespace NewsPortal.Core.Tests.Extraction;

public sealed class SharedScanTests
{
    // Phrases that overlap within a table (重庆 / 重庆市) and across tables (市 / 市委, 委 / 委员会).
    private static readonly PhraseMatcher<int> Places = new([("重庆", 1), ("重庆市", 2), ("市", 3), ("江北", 4)]);
    private static readonly PhraseMatcher<int> Bodies = new([("市委", 1), ("委员会", 2), ("委", 3), ("会", 4), ("江北区委", 5)]);
    private const string FamilyNames = "王李";

    [Fact]
    public void Each_table_finds_through_the_shared_scan_exactly_the_matches_of_its_own_scan()
    {
        var (scan, places, bodies, _) = Scan();
        const string text = "重庆市委员会王李市委会，江北区委重庆重庆市";
        using var positions = scan.Scan(text);

        Assert.Equal(Places.FindAll(text), Places.FindAll(text, positions.Of(places)));
        Assert.Equal(Bodies.FindAll(text), Bodies.FindAll(text, positions.Of(bodies)));
        Assert.Equal([0, 8, 12, 16, 18], Places.FindAll(text, positions.Of(places)).Select(m => m.Start));
        Assert.Equal([2, 5, 8, 10, 12], Bodies.FindAll(text, positions.Of(bodies)).Select(m => m.Start));
    }

    [Fact]
    public void A_reader_is_given_every_position_where_one_of_its_phrases_or_characters_starts()
    {
        var (scan, places, bodies, names) = Scan();
        var random = new Random(5);
        const string pieces = "重庆市委员会王李江北区，。";
        for (var round = 0; round < 200; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)])]);
            using var positions = scan.Scan(text);

            Assert.Equal(Enumerable.Range(0, text.Length).Where(i => FamilyNames.Contains(text[i])), positions.Of(names).ToArray());
            foreach (var (matcher, reader) in new[] { (Places, places), (Bodies, bodies) })
            {
                var starts = positions.Of(reader).ToArray();
                Assert.All(Enumerable.Range(0, text.Length).Where(i => matcher.MatchAt(text, i) is not null), i => Assert.Contains(i, starts));
                Assert.Equal(matcher.FindAll(text), matcher.FindAll(text, starts));
            }
        }
    }

    private static (SharedScan Scan, ScanReader Places, ScanReader Bodies, ScanReader Names) Scan()
    {
        var scan = new SharedScan();
        return (scan, scan.Add(SharedScan.Starts(Places)), scan.Add(SharedScan.Starts(Bodies)), scan.Add(FamilyNames));
    }
}
