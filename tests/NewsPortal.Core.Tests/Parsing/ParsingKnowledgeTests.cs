using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class ParsingKnowledgeTests
{
    [Fact]
    public void A_cut_speaker_is_found_at_a_texts_end_as_the_pattern_finds_it_in_the_whole_text()
    {
        var knowledge = ParsingKnowledge.Default;
        var random = new Random(19);
        // Sentence ends, closing quotes, letters and the marks that stop a speaker, at every length around the longest match.
        char[] pool = ['。', '！', '？', '…', '”', '」', '合', '作', '社', '负', '责', '人', '，', '、', ' ', '\n', 'a'];
        var found = 0;
        for (var length = 0; length < 60; length++)
        {
            for (var round = 0; round < 300; round++)
            {
                var text = new string(Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Length)]).ToArray());
                var whole = knowledge.EndsWithCutSpeaker.IsMatch(text);
                Assert.Equal(whole, knowledge.EndsWithCutSpeakerIn(text));
                if (whole) found++;
            }
        }
        foreach (var tail in new[] { 2, 29, 30, 31 })
        {
            var text = "他说：“好。”" + new string('刘', tail);
            Assert.Equal(knowledge.EndsWithCutSpeaker.IsMatch(text), knowledge.EndsWithCutSpeakerIn(text));
            Assert.Equal(knowledge.EndsWithCutSpeaker.IsMatch(text + "\n"), knowledge.EndsWithCutSpeakerIn(text + "\n"));
        }
        Assert.True(found > 20);
    }
}
