namespace NewsPortal.Core.Parsing;

/// <summary>How telling a character bigram is in general Chinese text (Knowledge/term-weights.tsv, inverse document
/// frequencies): a common word (产业, 发展, 亿元) weighs little and a rare one (肉牛, 花椒) much. A bigram that is no
/// word (the seam of 产业|综合, a name) weighs as its commoner letter. Page statistics alone cannot tell 综合产值 from
/// 肉牛 when each occurs twice on a page.</summary>
internal sealed class TermWeights
{
    public static TermWeights Default { get; } = Load();

    // The dealing asks for thousands of weights a page: a hash table of 120,000 words spreads over megabytes and
    // nearly every look-up missed the processor's caches. The words are kept sorted by first letter instead: a
    // letter's words sit side by side, so a look-up reads one or two cache lines of a table a tenth the size.
    /// <summary>Where each first letter's words start in <see cref="_seconds"/> (indexed by the letter, one past the end last).</summary>
    private readonly int[] _starts;
    /// <summary>Each word's second letter, sorted within its first letter's words.</summary>
    private readonly char[] _seconds;
    /// <summary>Each word's weight, as an index into <see cref="_values"/> (the file holds few distinct weights).</summary>
    private readonly ushort[] _valueOf;
    private readonly float[] _values;
    /// <summary>Each letter's weight; the rarest letter's for a letter the file does not list.</summary>
    private readonly float[] _letters;
    /// <summary>A bigram that is no word is most often the seam of two words (业|综 in 产业综合): it repeats its words' evidence.</summary>
    private const double SeamShare = 0.5;

    private TermWeights(Dictionary<int, float> words, Dictionary<char, float> letters)
    {
        var rarest = letters.Count == 0 ? 1 : letters.Values.Max();
        _letters = new float[char.MaxValue + 1];
        Array.Fill(_letters, rarest);
        foreach (var (letter, weight) in letters) _letters[letter] = weight;
        var sorted = words.Keys.Select(k => (uint)k).Order().ToArray();
        _starts = new int[char.MaxValue + 2];
        _seconds = new char[sorted.Length];
        _valueOf = new ushort[sorted.Length];
        var values = new Dictionary<float, ushort>();
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[(sorted[i] >> 16) + 1]++;
            _seconds[i] = (char)(sorted[i] & 0xFFFF);
            var weight = words[(int)sorted[i]];
            if (!values.TryGetValue(weight, out var index)) values[weight] = index = checked((ushort)values.Count);
            _valueOf[i] = index;
        }
        for (var c = 1; c < _starts.Length; c++) _starts[c] += _starts[c - 1];
        _values = new float[values.Count];
        foreach (var (weight, index) in values) _values[index] = weight;
    }

    /// <summary>The weight of a bigram packed as <c>first &lt;&lt; 16 | second</c>; 0 unless both are Han letters
    /// (numbers say nothing about a topic: 60 in one headline and 60 in another text are a coincidence).</summary>
    public double Of(int bigram)
    {
        char first = (char)(bigram >> 16), second = (char)(bigram & 0xFFFF);
        if (!HanText.IsHan(first) || !HanText.IsHan(second)) return 0;
        var word = Find(first, second);
        if (word >= 0) return _values[_valueOf[word]];
        return SeamShare * Math.Min(_letters[first], _letters[second]);
    }

    /// <summary>Whether the two letters are a word of general Chinese (董事, 产值): a column break between them cuts it.</summary>
    public bool IsWord(char first, char second) => Find(first, second) >= 0;

    /// <summary>The word's place in the sorted table, or -1.</summary>
    private int Find(char first, char second)
    {
        int low = _starts[first], high = _starts[first + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = _seconds[middle];
            if (found == second) return middle;
            if (found < second) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

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
