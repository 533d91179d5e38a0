using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsPortal.Search.Analysis;

/// <summary>
/// Keeps only the Han trigrams of a <see cref="CJKBigramFilter"/> stream: two bigrams at consecutive positions
/// are one run's three characters, emitted as one token at the first one's position. Every other token is
/// dropped, but positions (and the stream's final increment) stay those of the input, so a field of trigrams lines
/// up position for position with the field of unigrams and bigrams made from the same values.
/// </summary>
/// <remarks>
/// A query word of three or more Han characters is then a phrase of few trigrams (one term for three characters)
/// instead of a phrase of every bigram, with the same matches: consecutive bigrams share a character, so they are
/// always of the same run, exactly as the trigram's characters.
/// </remarks>
public sealed class TrigramFilter : TokenFilter
{
    public const string TrigramType = "<TRIGRAM>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    // The last bigram seen (its characters, start offset, position) and the one being read, swapped as the stream moves.
    private char[] _previous = new char[4];
    private char[] _current = new char[4];
    private int _previousLength;
    private int _previousStart;
    private int _previousPosition = -2;

    /// <summary>Position of the last input token and of the last emitted one, counted as Lucene counts them (first at 0).</summary>
    private int _position = -1;
    private int _emitted = -1;

    public TrigramFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            _position += _increment.PositionIncrement;
            if (_type.Type != CJKBigramFilter.DOUBLE_TYPE)
            {
                continue;
            }
            int length = _term.Length;
            if (_current.Length < length)
            {
                _current = new char[length];
            }
            _term.Buffer.AsSpan(0, length).CopyTo(_current);
            int start = _offset.StartOffset;
            bool follows = _previousPosition == _position - 1;
            if (follows)
            {
                // The previous bigram and this one's last character (two chars for a surrogate pair).
                int last = length >= 2 && char.IsLowSurrogate(_current[length - 1]) && char.IsHighSurrogate(_current[length - 2]) ? 2 : 1;
                var trigram = _term.ResizeBuffer(_previousLength + last);
                _previous.AsSpan(0, _previousLength).CopyTo(trigram);
                _current.AsSpan(length - last, last).CopyTo(trigram.AsSpan(_previousLength));
                _term.Length = _previousLength + last;
                _offset.SetOffset(_previousStart, _offset.EndOffset);
                _increment.PositionIncrement = _position - 1 - _emitted;
                _type.Type = TrigramType;
                _emitted = _position - 1;
            }
            (_previous, _current) = (_current, _previous);
            _previousLength = length;
            _previousStart = start;
            _previousPosition = _position;
            if (follows)
            {
                return true;
            }
        }
        return false;
    }

    public override void End()
    {
        base.End();
        // Every position the input took, past the last trigram, is still taken: the next value starts where the input's does.
        _increment.PositionIncrement += (_position + 1) - (_emitted + 1);
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = 0;
        _previousStart = 0;
        _previousPosition = -2;
        _position = -1;
        _emitted = -1;
    }
}
