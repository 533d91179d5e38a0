using NewsPortal.Core.Tests.Gold;

namespace NewsPortal.Core.Tests.Extraction;

/// <summary>Extraction scored on gold articles rebuilt from the seeds, so it is judged apart from the parser.</summary>
public sealed class HarnessScoreTests
{
    [Fact]
    public void Harness_scores_are_written_for_every_gold_page()
    {
        Assert.Equal(Directory.GetFiles(Path.Combine(GoldScore.RepoRoot, "tests", "gold"), "*.json").Length, GoldHarness.PerPage.Count);
        Assert.True(GoldHarness.Micro("figures", "f1") > 0);
    }
}
