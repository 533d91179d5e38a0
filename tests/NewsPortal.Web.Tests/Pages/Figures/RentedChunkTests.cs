using System.Buffers;
using NewsPortal.Web.Pages.Figures;

namespace NewsPortal.Web.Tests.Pages.Figures;

/// <summary>The CSV exports' chunk in rented memory: every byte kept in order as it grows, cleared for the next chunk.</summary>
public sealed class RentedChunkTests
{
    [Fact]
    public void Writes_past_its_capacity_keep_every_byte_in_order()
    {
        using var chunk = new RentedChunk(16);
        var expected = new List<byte>();
        for (int i = 0; i < 300; i++)
        {
            var piece = Enumerable.Repeat((byte)i, i % 37 + 1).ToArray();
            chunk.Write(piece);
            expected.AddRange(piece);
        }

        Assert.Equal(expected.Count, chunk.WrittenCount);
        Assert.Equal(expected, chunk.WrittenMemory.ToArray());
    }

    [Fact]
    public void A_cleared_chunk_holds_only_what_is_written_after()
    {
        using var chunk = new RentedChunk(8);
        chunk.Write("第一块"u8);
        chunk.Clear();
        chunk.Write("第二块"u8);

        Assert.Equal("第二块"u8.ToArray(), chunk.WrittenMemory.ToArray());
    }

    [Fact]
    public void Advancing_past_the_span_it_gave_is_refused()
    {
        using var chunk = new RentedChunk(8);
        int free = chunk.GetSpan(4).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => chunk.Advance(free + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => chunk.Advance(-1));
    }
}
