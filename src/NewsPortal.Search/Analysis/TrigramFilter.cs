using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsPortal.Search.Analysis;

/// <summary>
/// Keeps only the Han trigrams and run junctions of a <see cref="CJKBigramFilter"/> stream: two bigrams at consecutive
/// positions are one run's three characters, emitted as one token at the first one's position; a bigram two positions
/// after the last one, with none between, is where one run ends and the next begins right after it (a space or a
/// punctuation mark between them, which take no position), emitted as both bigrams with a space between
/// (<c>产业 创新</c>) at the first one's position. Every other token is dropped, but positions (and the stream's final
/// increment) stay those of the input, so this field lines up position for position with the field of unigrams and
/// bigrams made from the same values.
/// </summary>
/// <remarks>
/// A query word of three or more Han characters is then a phrase of few trigrams (one term for three characters)
/// instead of a phrase of every bigram, with the same matches: consecutive bigrams share a character, so they are
/// always of the same run, exactly as the trigram's characters. A phrase of two runs (<c>"产业 创新"</c>: 产业 and 创新
/// two positions apart) is either one run in the text (its trigrams) or two runs (its junction), and both are rarer
/// than its bigrams (<see cref="Querying.TrigramCover"/>).
/// </remarks>
public sealed class TrigramFilter : TokenFilter
{
    public const string TrigramType = "<TRIGRAM>";

    public const string JunctionType = "<JUNCTION>";

    /// <summary>Between a junction's two bigrams: a tokenizer never puts a space inside a token, so no trigram or bigram looks like a junction.</summary>
    public const char JunctionMark = ' ';

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    // The last bigram seen (its characters, start offset, position) and the one being read, swapped as the stream moves.
    private char[] _previous = new char[4];
    private char[] _current = new char[4];
    private int _previousLength;
    private int _previousStart;
    private int _previousPosition = NoBigram;

    /// <summary>The last bigram's position before the first: far enough back that no bigram follows or joins it.</summary>
    private const int NoBigram = -3;

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
            // No bigram at the position between: the last one's run ended there, and this one's run starts right after.
            bool joins = _previousPosition == _position - 2;
            if (joins)
            {
                var junction = _term.ResizeBuffer(_previousLength + 1 + length);
                _previous.AsSpan(0, _previousLength).CopyTo(junction);
                junction[_previousLength] = JunctionMark;
                _current.AsSpan(0, length).CopyTo(junction.AsSpan(_previousLength + 1));
                _term.Length = _previousLength + 1 + length;
                _offset.SetOffset(_previousStart, _offset.EndOffset);
                _increment.PositionIncrement = _position - 2 - _emitted;
                _type.Type = JunctionType;
                _emitted = _position - 2;
            }
            else if (follows)
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
            if (follows || joins)
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
        _previousPosition = NoBigram;
        _position = -1;
        _emitted = -1;
    }
}
