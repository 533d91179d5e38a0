namespace NewsPortal.LocalPostgres.Tests;

public sealed class ClusterSizingTests
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData(256, "128MB")] // below PostgreSQL's default: the default
    [InlineData(2048, "512MB")] // a quarter
    [InlineData(3000, "750MB")]
    [InlineData(4096, "1024MB")]
    [InlineData(23 * 1024, "1024MB")] // at most 1 GB
    public void Shared_buffers_are_a_quarter_of_memory_between_the_default_and_one_gigabyte(long memoryMegabytes, string expected)
    {
        Assert.Equal(expected, ClusterSizing.For(memoryMegabytes * Megabyte)["shared_buffers"]);
    }

    [Fact]
    public void Checkpoints_are_four_gigabytes_of_wal_apart()
    {
        Assert.Equal("4GB", ClusterSizing.For(8192 * Megabyte)["max_wal_size"]);
    }
}
