using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class TopicSimilarityTests
{
    [Fact]
    public void A_lead_that_restates_its_headline_covers_it_better_than_another_lead()
    {
        var own = new Segment(0, SegmentStart.Lead);
        own.Blocks.Add(Stages.Classified("12月17日，市长主持召开市政府第48次常务会议，学习贯彻会议精神。").Single());
        var other = new Segment(1, SegmentStart.Lead);
        other.Blocks.Add(Stages.Classified("近日，雅安市首届雕刻技能大赛举行，大足雕客获得二等奖。").Single());
        var similarity = new TopicSimilarity([own, other]);

        var probe = TopicSimilarity.Bigrams("市政府召开第48次常务会议", 400);

        Assert.True(similarity.Coverage(probe, own.Bigrams) > 0.5);
        Assert.True(similarity.Coverage(probe, other.Bigrams) < 0.2);
    }

    [Fact]
    public void Bigrams_no_segment_uses_do_not_count_against_a_match()
    {
        var lead = new Segment(0, SegmentStart.Lead);
        lead.Blocks.Add(Stages.Classified("绿源绿色出行产业基地项目建设现场，机械设备火力全开。").Single());
        var similarity = new TopicSimilarity([lead]);

        var coverage = similarity.Coverage(TopicSimilarity.Bigrams("进度条刷新 绿源绿色出行产业基地项目", 400), lead.Bigrams);

        Assert.Equal(1.0, coverage, 3);
    }

    [Theory]
    [InlineData("扫尾工", "作，元旦之后", true)]
    [InlineData("扫尾工", "提出明确要求", false)]
    [InlineData("2024", "年", false)]
    public void A_word_cut_by_a_column_break_is_recognised_by_the_pages_own_pairs(string before, string after, bool expected)
    {
        var characters = new CharacterStatistics("今年的工作重点。明年的工作安排。");

        Assert.Equal(expected, characters.JoinsWord(before, after));
    }
}
