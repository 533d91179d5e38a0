using NewsPortal.Core.Parsing;

namespace NewsPortal.Core.Tests.Parsing;

public sealed class HanTextTests
{
    /// <summary>The width as it was counted letter by letter before it was counted eight letters at a time.</summary>
    private static double WidthLetterByLetter(string s)
    {
        var halves = 0L;
        foreach (var c in s)
        {
            if (c > '\u3000') halves += 2;
            else if (char.IsWhiteSpace(c)) halves += 1;
            else halves += c < '\u2000' ? 1 : 2;
        }
        return halves / 2.0;
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("重庆日报", 4)]
    [InlineData("GDP增长5.2%", 5.5)]
    [InlineData("“加快推动”——　重庆\u2003日报 记者\t王翔", 18)]
    [InlineData("\u2000\u200a\u2028\u2029\u202f\u205f\u3000\u2010\u2011\u3001\u2fff", 7.5)]
    public void A_lines_width_counts_han_and_full_width_letters_one_and_ascii_and_spaces_half(string text, double width)
    {
        Assert.Equal(width, HanText.Width(text));
        Assert.Equal(WidthLetterByLetter(text), HanText.Width(text));
    }

    [Fact]
    public void Random_text_of_every_length_is_as_wide_as_counted_letter_by_letter()
    {
        var random = new Random(14);
        // Letters from every range the count tells apart, white space of each kind among them.
        char[] pool = ['a', ' ', '\t', '\u00a0', '\u1680', 'é', '\u2000', '\u2009', '\u200b', '\u2014', '\u201c', '\u2028', '\u202f',
            '\u205f', '\u2fff', '\u3000', '\u3001', '重', '庆', '\uff0c', '\uffff'];
        for (var length = 0; length < 70; length++)
        {
            for (var round = 0; round < 40; round++)
            {
                var text = new string(Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Length)]).ToArray());
                Assert.Equal(WidthLetterByLetter(text), HanText.Width(text));
            }
        }
    }

    [Fact]
    public void Every_letter_from_U2000_to_U3000_is_as_wide_eight_at_a_time_as_letter_by_letter()
    {
        // White space in that range is told apart eight letters at a time: each letter at each place of the eight.
        for (var c = '\u1ff8'; c <= '\u3008'; c++)
        {
            for (var at = 0; at < 8; at++)
            {
                var text = new string('重', at) + c + new string('a', 15 - at);
                Assert.Equal(WidthLetterByLetter(text), HanText.Width(text));
            }
        }
    }

    [Theory]
    [InlineData("重庆 日报\u3000记者", "重庆日报记者")]
    [InlineData("ＧＤＰ增长５．２％…", "GDP增长5.2%...")]
    [InlineData("㈱ｶﾞ café\u0301", "(株)ガcafé\u0301")]
    public void A_key_is_the_text_in_its_compatibility_form_without_white_space(string text, string key)
    {
        Assert.Equal(key, HanText.Key(text));
    }

    [Fact]
    public void Random_text_is_keyed_as_the_normaliser_keys_it_whole()
    {
        var random = new Random(14);
        // Letters folded without the normaliser, letters that need it (some longer in their normal form), combining marks.
        char[] pool = ['重', '庆', 'a', ' ', '\u3000', '\n', '，', '。', '“', 'Ｇ', '５', '…', '㈱', 'ｶ', 'ﾞ', 'é', '\u0301', '½', '\u00a0', 'ﬁ'];
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(60)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            var whole = string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
            Assert.Equal(whole, HanText.Key(text));
        }
    }

    /// <summary>The sentence-end test as it read before it worked on spans.</summary>
    private static bool EndsSentenceAsBefore(string s)
    {
        const string sentenceEnds = "。！？!?…";
        const string closers = "”’」』》）)】\"'";
        var t = s.TrimEnd();
        var i = t.Length - 1;
        while (i >= 0 && closers.Contains(t[i])) i--;
        if (i < 0) return false;
        var c = t[i];
        if (sentenceEnds.Contains(c)) return true;
        if (t[^1] is '）' or ')' && t.LastIndexOfAny(['（', '(']) is > 0 and var open && open < t.Length - 1
            && sentenceEnds.Contains(t[open - 1])) return true;
        return c == '.' && (i == 0 || !char.IsDigit(t[i - 1]));
    }

    [Theory]
    [InlineData("会议强调，要抓好落实。", true)]
    [InlineData("“以前…保底收", false)]
    [InlineData("他说：“好！” ", true)]
    [InlineData("…60亿元。（记者 郑宇 摄）", true)]
    [InlineData("增长5.", false)]
    [InlineData("Done.", true)]
    [InlineData("", false)]
    public void A_sentence_ends_at_its_mark_inside_closing_quotes_or_before_a_note_in_brackets(string text, bool ends)
    {
        Assert.Equal(ends, HanText.EndsSentence(text));
    }

    [Fact]
    public void Random_text_ends_a_sentence_as_it_did_before_spans()
    {
        var random = new Random(14);
        char[] pool = ['重', '5', '.', '。', '！', '?', '…', '”', '’', '）', ')', '（', '(', '"', '\'', ' ', '\u3000', '，', '】'];
        for (var round = 0; round < 20000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(12)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.True(EndsSentenceAsBefore(text) == HanText.EndsSentence(text), text);
        }
    }

    [Fact]
    public void White_space_is_what_unicode_calls_white_space_for_every_char()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(HanText.IsWhiteSpace(c) == char.IsWhiteSpace(c), $"U+{(int)c:X4}");
    }

    /// <summary>Random text of long Han runs (the key folds eight plain letters at a time) broken by letters of every kind.</summary>
    private static string HanRuns(Random random, char[] breaks)
    {
        const string han = "市长主持召开市政府第次常务会议学习贯彻重庆日报记者王翔报道加快推动制造业高质量发展";
        var text = new System.Text.StringBuilder();
        for (var piece = random.Next(8); piece >= 0; piece--)
        {
            var start = random.Next(han.Length);
            text.Append(han, start, random.Next(han.Length - start + 1));
            text.Append(breaks[random.Next(breaks.Length)]);
        }
        return text.ToString();
    }

    [Fact]
    public void Long_han_runs_are_keyed_as_the_normaliser_keys_them_whole()
    {
        var random = new Random(14);
        char[] breaks = ['，', ' ', '\u3000', 'Ｇ', '…', '㈱', '\u0301', '㐀', '\u9fff', '\u4e00', '\ua000', '\u4dff',
            '、', '。', '“', '”', '‘', '’', 'a', '!', '~', '\u007f', '\u3003', '\u2017', '\u201a', '\u201e', '\uff00', '\uff01', '\uff5e', '\uff5f'];
        for (var round = 0; round < 3000; round++)
        {
            var text = HanRuns(random, breaks);
            var whole = string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
            Assert.Equal(whole, HanText.Key(text));
        }
    }

    [Fact]
    public void Pairs_of_han_letters_in_long_han_runs_are_counted_as_letter_by_letter()
    {
        var random = new Random(18);
        char[] breaks = ['，', ' ', '\n', 'a', '㐀', '\u9fff', '\u4e00', '\ua000', '\u4dff', '\u3400', '\u4dbf', '\u33ff', '\u4dc0', '\u4dff'];
        var pairs = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = HanRuns(random, breaks);
            var expected = 0;
            for (var i = 0; i + 1 < text.Length; i++)
                if (HanText.IsHan(text[i]) && HanText.IsHan(text[i + 1])) expected++;
            Assert.Equal(expected, HanText.HanPairs(text));
            pairs += expected;
        }
        Assert.True(pairs > 3000);
    }

    [Fact]
    public void Han_and_visible_letters_of_long_han_runs_are_counted_as_letter_by_letter()
    {
        var random = new Random(14);
        char[] breaks = ['，', ' ', '\u3000', '\n', '\u0085', '\u00a0', 'a', '㐀', '\u9fff', '\u4e00', '\ua000', '\u4dff', '\u0007', '\u2028', '\u007f', '!', '~', '\u3001', '\u2fff', '\u3400', '\u4dbf'];
        for (var round = 0; round < 3000; round++)
        {
            var text = HanRuns(random, breaks);
            int han = 0, visible = 0;
            foreach (var c in text)
            {
                if (HanText.IsHan(c)) han++;
                if (HanText.IsHan(c) || !char.IsWhiteSpace(c) && !char.IsControl(c)) visible++;
            }
            Assert.Equal((han, visible), PageEvidence.Count(text));
        }
    }

    /// <summary>The letter-by-letter forms the faster ones replaced, compared on random texts of the letters they look at.</summary>
    [Fact]
    public void Sentence_ends_letter_spacing_open_marks_and_word_starts_answer_as_the_plain_forms()
    {
        static bool SentenceEnd(string s)
        {
            for (var i = 0; i < s.Length; i++)
                if (s[i] is '。' or '；' or ';' || s[i] == '.' && i > 0 && HanText.IsHan(s[i - 1])) return true;
            return false;
        }
        // (As HanText wrote it: the second letter binds to the split's count, so only ' ' separates.)
        static bool Spaced(string s) =>
            s.Split(' ', '\u3000', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } parts && parts.All(p => p.Length == 1);
        static bool Open(string s, char open, char openNarrow, char close, char closeNarrow)
        {
            var depth = 0;
            foreach (var c in s)
            {
                if (c == open || c == openNarrow) depth++;
                else if ((c == close || c == closeNarrow) && depth > 0) depth--;
            }
            return depth > 0;
        }
        var random = new Random(21);
        char[] pool = ['加', '快', '.', '。', '；', ';', ' ', ' ', ' ', '\u3000', '1', 'a', '，', '（', '(', '）', ')', '“', '”'];
        string[] words = ["", "加快", "快", ".", "\u3000加"];
        var (ends, spaced) = (0, 0);
        for (var round = 0; round < 20000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.Equal(SentenceEnd(text), HanText.ContainsSentenceEnd(text));
            Assert.Equal(Spaced(text), HanText.IsLetterSpaced(text));
            Assert.Equal(Open(text, '（', '(', '）', ')'), HanText.OpensUnclosedBracket(text));
            Assert.Equal(Open(text, '“', '“', '”', '”'), HanText.OpensUnclosedQuote(text));
            var some = words.Skip(random.Next(words.Length)).ToArray();
            Assert.Equal(some.Any(w => text.StartsWith(w, StringComparison.Ordinal)), HanText.StartsWithAny(text, some));
            if (SentenceEnd(text)) ends++;
            if (Spaced(text)) spaced++;
        }
        Assert.True(ends > 1000 && spaced > 20, $"{ends} {spaced}");
    }
}
