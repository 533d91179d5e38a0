namespace NewsPortal.Core.Parsing;

/// <summary>How telling a character bigram is in general Chinese text (Knowledge/term-weights.tsv, inverse document
/// frequencies): a common word (产业, 发展, 亿元) weighs little and a rare one (肉牛, 花椒) much. A bigram that is no
/// word (the seam of 产业|综合, a name) weighs as its commoner letter. Page statistics alone cannot tell 综合产值 from
/// 肉牛 when each occurs twice on a page.</summary>
internal sealed class TermWeights
{
    public static TermWeights Default { get; } = Load();

    private readonly Dictionary<int, float> _words;
    private readonly Dictionary<char, float> _letters;
    private readonly float _rarest;
    /// <summary>A bigram that is no word is most often the seam of two words (业|综 in 产业综合): it repeats its words' evidence.</summary>
    private const double SeamShare = 0.5;

    private TermWeights(Dictionary<int, float> words, Dictionary<char, float> letters)
    {
        _words = words;
        _letters = letters;
        _rarest = letters.Count == 0 ? 1 : letters.Values.Max();
    }

    /// <summary>The weight of a bigram packed as <c>first &lt;&lt; 16 | second</c>; 0 unless both are Han letters
    /// (numbers say nothing about a topic: 60 in one headline and 60 in another text are a coincidence).</summary>
    public double Of(int bigram)
    {
        char first = (char)(bigram >> 16), second = (char)(bigram & 0xFFFF);
        if (!HanText.IsHan(first) || !HanText.IsHan(second)) return 0;
        if (_words.TryGetValue(bigram, out var word)) return word;
        return SeamShare * Math.Min(_letters.GetValueOrDefault(first, _rarest), _letters.GetValueOrDefault(second, _rarest));
    }

    /// <summary>Whether the two letters are a word of general Chinese (董事, 产值): a column break between them cuts it.</summary>
    public bool IsWord(char first, char second) => _words.ContainsKey(first << 16 | second);

    private static TermWeights Load()
    {
        using var stream = typeof(TermWeights).Assembly.GetManifestResourceStream("NewsPortal.Core.Parsing.term-weights.tsv")
            ?? throw new InvalidOperationException("Embedded resource NewsPortal.Core.Parsing.term-weights.tsv is missing.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<int, float>(140_000);
        var letters = new Dictionary<char, float>(12_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var value = float.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            if (tab == 1) letters[line[0]] = value;
            else if (tab == 2) words[line[0] << 16 | line[1]] = value;
        }
        return new TermWeights(words, letters);
    }
}
