using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class CharacterStatisticsTests
{
    /// <summary>How often the two letters stand side by side in the text, overlapping runs included (哈哈哈 holds 哈哈 twice).</summary>
    private static int PairCount(string text, char first, char second)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
            if (text[i] == first && text[i + 1] == second) count++;
        return count;
    }

    [Fact]
    public void A_cut_word_is_answered_as_the_pages_pair_count_says_before_and_after_the_page_is_counted()
    {
        // Few letters, so pairs repeat and runs overlap; more different pairs asked than are searched for one by one.
        const string letters = "哈重庆日报发展产业";
        var random = new Random(22);
        var page = new string(Enumerable.Range(0, 3000).Select(i => i % 37 == 0 ? '，' : letters[random.Next(letters.Length)]).ToArray());
        var characters = new CharacterStatistics(page);
        var asked = 0;
        for (var round = 0; round < 3; round++)
        {
            foreach (var first in letters + "，")
            {
                foreach (var second in letters + "，")
                {
                    var minimum = 1 + (first + second + round) % 3;
                    var expected = HanText.IsHan(first) && HanText.IsHan(second) && PairCount(page, first, second) >= minimum;
                    Assert.Equal(expected, characters.JoinsWord("前" + first, second + "后", minimum));
                    asked++;
                }
            }
        }
        Assert.True(asked > 200);
    }

    [Theory]
    [InlineData("哈哈哈", '哈', '哈', 2, true)]
    [InlineData("哈哈", '哈', '哈', 2, false)]
    [InlineData("重庆，重庆", '重', '庆', 2, true)]
    [InlineData("重庆，重", '重', '庆', 1, true)]
    [InlineData("重 庆", '重', '庆', 1, false)]
    public void A_pair_is_counted_where_it_stands_side_by_side(string page, char first, char second, int minimum, bool joins) =>
        Assert.Equal(joins, new CharacterStatistics(page).JoinsWord(first.ToString(), second.ToString(), minimum));
}
