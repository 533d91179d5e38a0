using Lucene.Net.Analysis;
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
    private char[] _chars = new char[64];
    private int _charCount;
    private int[] _ends = new int[16]; // where each token's term ends in _chars
    private int[] _starts = new int[16];
    private int[] _stops = new int[16];
    private int[] _increments = new int[16];
    private string[] _types = new string[16];
    private int _count;
    private int _finalOffset;
    private int _finalIncrement;

    private RecordedTokens()
    {
    }

    /// <summary>How many positions the value takes as a field's first value (its last token's position + 1).</summary>
    public int Positions { get; private set; }

    /// <summary>Runs <paramref name="analyzer"/>'s chain for <paramref name="field"/> over <paramref name="text"/> once.</summary>
    public static RecordedTokens Of(Analyzer analyzer, string field, string text)
    {
        var recorded = new RecordedTokens();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        recorded.Record(stream);
        return recorded;
    }

    /// <summary>A fresh stream of the recorded tokens; each field value needs its own.</summary>
    public TokenStream Replay() => new Replayed(this);

    private void Record(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (_count == _ends.Length) Grow();
            if (_charCount + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
            term.Buffer.AsSpan(0, term.Length).CopyTo(_chars.AsSpan(_charCount));
            _charCount += term.Length;
            _ends[_count] = _charCount;
            _starts[_count] = offset.StartOffset;
            _stops[_count] = offset.EndOffset;
            _increments[_count] = increment.PositionIncrement;
            _types[_count] = type.Type;
            Positions += increment.PositionIncrement;
            _count++;
        }
        stream.End();
        _finalOffset = offset.EndOffset;
        _finalIncrement = increment.PositionIncrement;
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

    private sealed class Replayed : TokenStream
    {
        private readonly RecordedTokens _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private readonly ITypeAttribute _type;
        private int _next;

        public Replayed(RecordedTokens tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == _tokens._count)
            {
                return false;
            }
            ClearAttributes();
            int start = _next == 0 ? 0 : _tokens._ends[_next - 1];
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
}
