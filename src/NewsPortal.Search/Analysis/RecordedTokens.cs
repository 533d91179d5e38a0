using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsPortal.Search.Analysis;

/// <summary>
/// One value analysed once and replayed to every field that indexes it the same way: the text field, the title field
/// and, through a <see cref="TrigramFilter"/>, the trigram field each ran the whole chain (tokenizer, width and case
/// folding, bigrams) over the same title, body and subtitles, about a third of the CLI's indexing CPU.
/// A replay gives the tokens, position increments, offsets, types and final state (<see cref="TokenStream.End"/>) the
/// chain gave, so the index is the same.
/// </summary>
public sealed class RecordedTokens
{
    private char[] _chars;
    private int _charCount;
    private int[] _ends; // where each token's term ends in _chars
    private int[] _starts;
    private int[] _stops;
    private int[] _increments;
    private string[] _types;
    private int _count;
    private int _finalOffset;
    private int _finalIncrement;

    /// <summary>Room for every token of a Han text of <paramref name="length"/> chars (a unigram and a bigram each) without growing.</summary>
    private RecordedTokens(int length)
    {
        int tokens = Math.Max(16, 2 * length);
        _chars = new char[Math.Max(64, 3 * length)];
        _ends = new int[tokens];
        _starts = new int[tokens];
        _stops = new int[tokens];
        _increments = new int[tokens];
        _types = new string[tokens];
    }

    /// <summary>How many positions the value takes as a field's first value (its last token's position + 1).</summary>
    public int Positions { get; private set; }

    /// <summary>
    /// Runs <paramref name="analyzer"/>'s chain for the text field over <paramref name="text"/> once: its tokenizer and
    /// folding filters, then the bigrams as <see cref="CJKBigramFilter"/> (all four scripts, unigrams too) makes them.
    /// </summary>
    /// <remarks>
    /// Pairing here instead of in the filter gives the same tokens without the filter's per-token attribute
    /// clearing and captured states (about a tenth of the CLI's CPU while ingesting; docs/benchmarks.md, Ingestion).
    /// </remarks>
    public static RecordedTokens Of(ChineseAnalyzer analyzer, string text)
    {
        var recorded = new RecordedTokens(text.Length);
        using var stream = analyzer.GetTokenStream(ChineseAnalyzer.UnigramField, new StringReader(text));
        recorded.Record(stream);
        return recorded;
    }

    /// <summary>A fresh stream of the recorded tokens; each field value needs its own.</summary>
    public TokenStream Replay() => new Replayed(this);

    /// <summary>
    /// A fresh stream of what a <see cref="TrigramFilter"/> over <see cref="Replay"/> gives (the trigram field's tokens,
    /// increments, offsets, types and final state), read straight from the recording: the filter took every token of the
    /// replay through the attributes to keep the bigrams only, about a twelfth of the index stage's samples.
    /// </summary>
    public TokenStream Trigrams() => new RecordedTrigrams(this);

    /// <summary>Where the recorded token's term starts in <see cref="_chars"/>.</summary>
    private int TermStart(int token) => token == 0 ? 0 : _ends[token - 1];

    private void Record(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var run = new HanRun();
        stream.Reset();
        while (stream.IncrementToken())
        {
            string kind = type.Type;
            if (!IsPaired(kind))
            {
                EndRun(ref run);
                Add(term.Buffer.AsSpan(0, term.Length), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, kind);
                continue;
            }
            if (offset.StartOffset != run.LastEnd)
            {
                EndRun(ref run); // not adjacent to the run before: no bigram across the gap
            }
            AddToRun(ref run, term.Buffer, term.Length, offset.StartOffset, offset.EndOffset);
        }
        EndRun(ref run);
        stream.End();
        _finalOffset = offset.EndOffset;
        _finalIncrement = increment.PositionIncrement;
    }

    private static readonly string[] PairedTypes =
    [
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
    ];

    private static bool IsPaired(string type)
    {
        foreach (string paired in PairedTypes)
        {
            if (ReferenceEquals(type, paired) || type == paired) return true;
        }
        return false;
    }

    /// <summary>The last code point of a run of adjacent paired tokens, not yet emitted, and where the run's last token ended.</summary>
    private struct HanRun
    {
        public int Pending; // the code point, or -1
        public int PendingStart;
        public int PendingEnd;
        public int LastEnd; // CJKBigramFilter's lastEndOffset: only paired tokens move it

        public HanRun() => Pending = -1;
    }

    /// <summary>Each code point of the token: the one before it as a unigram, then the two as a bigram stacked on it.</summary>
    private void AddToRun(ref HanRun run, char[] chars, int length, int start, int end)
    {
        // Offsets the folding changed (a half-width katakana and its voicing mark folded into one letter) are kept whole, as the filter keeps them.
        bool exact = end - start == length;
        run.LastEnd = end;
        Span<char> pair = stackalloc char[4];
        for (int i = 0; i < length;)
        {
            int count = char.IsHighSurrogate(chars[i]) && i + 1 < length && char.IsLowSurrogate(chars[i + 1]) ? 2 : 1;
            int codePoint = count == 2 ? char.ConvertToUtf32(chars[i], chars[i + 1]) : chars[i];
            int codeStart = exact ? start + i : start;
            int codeEnd = exact ? codeStart + count : end;
            if (run.Pending >= 0)
            {
                int first = Write(run.Pending, pair);
                int both = first + Write(codePoint, pair[first..]);
                Add(pair[..first], run.PendingStart, run.PendingEnd, 1, CJKBigramFilter.SINGLE_TYPE);
                Add(pair[..both], run.PendingStart, codeEnd, 0, CJKBigramFilter.DOUBLE_TYPE);
            }
            run.Pending = codePoint;
            run.PendingStart = codeStart;
            run.PendingEnd = codeEnd;
            i += count;
        }
    }

    /// <summary>The run's last code point as a unigram: nothing adjacent follows it.</summary>
    private void EndRun(ref HanRun run)
    {
        if (run.Pending < 0) return;
        Span<char> single = stackalloc char[2];
        Add(single[..Write(run.Pending, single)], run.PendingStart, run.PendingEnd, 1, CJKBigramFilter.SINGLE_TYPE);
        run.Pending = -1;
    }

    /// <summary>A code point as UTF-16; a lone surrogate stays the one char it was.</summary>
    private static int Write(int codePoint, Span<char> destination)
    {
        if (codePoint < 0x10000)
        {
            destination[0] = (char)codePoint;
            return 1;
        }
        int above = codePoint - 0x10000;
        destination[0] = (char)(0xD800 + (above >> 10));
        destination[1] = (char)(0xDC00 + (above & 0x3FF));
        return 2;
    }

    private void Add(ReadOnlySpan<char> term, int start, int end, int positionIncrement, string type)
    {
        if (_count == _ends.Length) Grow();
        if (_charCount + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        term.CopyTo(_chars.AsSpan(_charCount));
        _charCount += term.Length;
        _ends[_count] = _charCount;
        _starts[_count] = start;
        _stops[_count] = end;
        _increments[_count] = positionIncrement;
        _types[_count] = type;
        Positions += positionIncrement;
        _count++;
    }

    private void Grow()
    {
        int size = _ends.Length * 2;
        Array.Resize(ref _ends, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _stops, size);
        Array.Resize(ref _increments, size);
        Array.Resize(ref _types, size);
    }

    /// <summary>A stream read from a recording, with the attributes the recording holds.</summary>
    private abstract class RecordedStream : TokenStream
    {
        protected readonly RecordedTokens _tokens;
        protected readonly ICharTermAttribute _term;
        protected readonly IOffsetAttribute _offset;
        protected readonly IPositionIncrementAttribute _increment;
        protected readonly ITypeAttribute _type;

        protected RecordedStream(RecordedTokens tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }
    }

    private sealed class Replayed(RecordedTokens tokens) : RecordedStream(tokens)
    {
        private int _next;

        public override bool IncrementToken()
        {
            if (_next == _tokens._count)
            {
                return false;
            }
            ClearAttributes();
            int start = _tokens.TermStart(_next);
            _term.CopyBuffer(_tokens._chars, start, _tokens._ends[_next] - start);
            _offset.SetOffset(_tokens._starts[_next], _tokens._stops[_next]);
            _increment.PositionIncrement = _tokens._increments[_next];
            _type.Type = _tokens._types[_next];
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_tokens._finalOffset, _tokens._finalOffset);
            _increment.PositionIncrement = _tokens._finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    /// <summary>
    /// <see cref="TrigramFilter"/>'s pairing over the recorded bigrams: two bigrams at consecutive positions are a trigram
    /// at the first one's position, two positions apart (none between) a junction; positions, offsets and the final
    /// increment as the filter sets them.
    /// </summary>
    private sealed class RecordedTrigrams(RecordedTokens tokens) : RecordedStream(tokens)
    {
        private const int NoBigram = -3;

        private int _next;
        private int _position = -1;
        private int _emitted = -1;
        private int _previous = -1; // the last bigram's token
        private int _previousPosition = NoBigram;

        public override bool IncrementToken()
        {
            var t = _tokens;
            while (_next < t._count)
            {
                int token = _next++;
                _position += t._increments[token];
                if (t._types[token] != CJKBigramFilter.DOUBLE_TYPE)
                {
                    continue;
                }
                int previous = _previous;
                bool follows = _previousPosition == _position - 1;
                bool joins = _previousPosition == _position - 2;
                _previous = token;
                _previousPosition = _position;
                if (!follows && !joins)
                {
                    continue;
                }
                ClearAttributes();
                var before = t._chars.AsSpan(t.TermStart(previous), t._ends[previous] - t.TermStart(previous));
                var current = t._chars.AsSpan(t.TermStart(token), t._ends[token] - t.TermStart(token));
                if (joins)
                {
                    // No bigram at the position between: the last one's run ended there, and this one's starts right after.
                    var junction = _term.ResizeBuffer(before.Length + 1 + current.Length);
                    before.CopyTo(junction);
                    junction[before.Length] = TrigramFilter.JunctionMark;
                    current.CopyTo(junction.AsSpan(before.Length + 1));
                    _term.Length = before.Length + 1 + current.Length;
                    _increment.PositionIncrement = _position - 2 - _emitted;
                    _type.Type = TrigramFilter.JunctionType;
                    _emitted = _position - 2;
                }
                else
                {
                    // The previous bigram and this one's last character (two chars for a surrogate pair).
                    int last = current.Length >= 2 && char.IsLowSurrogate(current[^1]) && char.IsHighSurrogate(current[^2]) ? 2 : 1;
                    var trigram = _term.ResizeBuffer(before.Length + last);
                    before.CopyTo(trigram);
                    current[^last..].CopyTo(trigram.AsSpan(before.Length));
                    _term.Length = before.Length + last;
                    _increment.PositionIncrement = _position - 1 - _emitted;
                    _type.Type = TrigramFilter.TrigramType;
                    _emitted = _position - 1;
                }
                _offset.SetOffset(t._starts[previous], t._stops[token]);
                return true;
            }
            return false;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_tokens._finalOffset, _tokens._finalOffset);
            // Every position the replay took, past the last trigram, is still taken, as the filter keeps them.
            _increment.PositionIncrement = _tokens._finalIncrement + (_position + 1) - (_emitted + 1);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
            _position = -1;
            _emitted = -1;
            _previous = -1;
            _previousPosition = NoBigram;
        }
    }
}
