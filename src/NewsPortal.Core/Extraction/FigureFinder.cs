using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>A number with its unit as found in <see cref="ExtractionText.Text"/>, before classification.</summary>
internal sealed record FoundFigure(
    int Start, int End, int NumberStart, int NumberEnd,
    decimal Value, string Unit, decimal BaseValue, string BaseUnit, FigureKind UnitKind, bool IsRate);

/// <summary>
/// Finds every number printed with a unit (2414亿元, 近3000名, 60台/年, 1.8万) and drops what is not a
/// figure: dates, ordinals (第48次), slogans in short quotes, document titles, codes glued to letters.
/// </summary>
internal sealed class FigureFinder
{
    private const string ChineseNumeralChars = "零〇一二两三四五六七八九十百千万亿";
    private static readonly System.Buffers.SearchValues<char> ChineseNumeralSet = System.Buffers.SearchValues.Create(ChineseNumeralChars);
    private readonly NumberReader _numbers;
    private readonly PhraseMatcher<UnitEntry> _units;
    private readonly PhraseMatcher<bool> _rateSuffixes;
    private readonly PhraseMatcher<bool> _approxBefore;
    private readonly PhraseMatcher<bool> _approxAfter;
    private readonly PhraseMatcher<bool> _rangeSeparators;
    private readonly PhraseMatcher<bool> _ordinals;
    private readonly int _sloganMaxLength;
    private readonly PhraseMatcher<bool> _notFigureCues;
    private readonly HashSet<string> _smallChineseExcluded;
    private readonly ScanReader _numberStarts;

    public FigureFinder(UnitTable units, FigureCues cues, SharedScan scan)
    {
        _numbers = new NumberReader(units);
        _units = new PhraseMatcher<UnitEntry>(units.Units.Select(u => (u.Unit, u)));
        _rateSuffixes = Phrases(units.RateSuffixes);
        _approxBefore = Phrases(cues.SpanQualifiers);
        _approxAfter = Phrases(cues.ApproximationsAfter);
        _rangeSeparators = Phrases(cues.RangeSeparators);
        _ordinals = Phrases(cues.OrdinalPrefixes);
        _sloganMaxLength = cues.SlogansQuoteMaxLength;
        _notFigureCues = Phrases(cues.NotFigureCues);
        _smallChineseExcluded = [.. units.SmallChineseNumeralExcludedUnits];
        _numberStarts = scan.Add(NumberReader.StartCharacters);
    }

    private static PhraseMatcher<bool> Phrases(IEnumerable<string> words) => new(words.Select(w => (w, true)));

    public IReadOnlyList<FoundFigure> Find(ExtractionText article, in ScanPositions marks)
    {
        var text = article.Text;
        var found = new List<FoundFigure>();
        var next = 0;
        foreach (var i in marks.Of(_numberStarts))
        {
            if (i < next || ContinuesToken(text, i)) continue;
            if (_numbers.Read(text, i) is not { } number) continue;
            var figure = Figure(article, number);
            if (figure is not null) found.Add(figure);
            next = Math.Max(i + 1, figure?.End ?? number.End);
        }
        return found;
    }

    /// <summary>True when the character at <paramref name="i"/> is the middle of a number, a code (T3B, 5G) or a word.</summary>
    private static bool ContinuesToken(string text, int i)
    {
        if (i == 0) return false;
        var prev = text[i - 1];
        if (NumberReader.IsDigit(prev) || prev is '.' or '．' || char.IsAsciiLetter(prev)) return true;
        if (!NumberReader.IsDigit(text[i]) && ChineseNumeralSet.Contains(prev)) return true;
        return false;
    }

    private FoundFigure? Figure(ExtractionText article, NumberToken number)
    {
        var text = article.Text;
        var pos = number.End;

        // A range (3—5个) reads as its first number; the span covers both.
        if (_rangeSeparators.MatchAt(text, pos) is { } sep && _numbers.Read(text, sep.End) is { } upper && upper.IsChinese == number.IsChinese)
        {
            if (_units.MatchAt(text, upper.End) is { } upperUnit && upperUnit.Value.IsUnit)
            {
                pos = upper.End;
                if (number.Multiplier.Length == 0 && upper.Multiplier.Length > 0) number = number with { Multiplier = upper.Multiplier, Factor = upper.Factor };
            }
        }
        if (_approxAfter.MatchAt(text, pos) is { } inner && inner.Phrase is "余" or "多") pos = inner.End;

        var unitAt = pos;
        while (unitAt < text.Length && unitAt - pos < 2 && text[unitAt] is ' ' or '\u3000') unitAt++;
        if (unitAt > pos && _units.MatchAt(text, unitAt) is { } spaced && spaced.Value.IsUnit) pos = unitAt;
        var unitMatch = _units.MatchAt(text, pos);
        string unit, baseUnit;
        FigureKind kind;
        if (unitMatch is { } u)
        {
            if (!u.Value.IsUnit) return null;
            if (char.IsAsciiLetter(u.Phrase[0]) && u.End < text.Length && char.IsAsciiLetterOrDigit(text[u.End])) return null;
            baseUnit = u.Value.PrintedAs ?? u.Phrase;
            unit = number.Multiplier + baseUnit;
            kind = u.Value.FigureKind;
            pos = u.End;
        }
        else if (number.Multiplier.Length > 0 && (pos >= text.Length || IsPunctuation(text[pos])))
        {
            // A bare 1.8万 closing a clause still counts people or things.
            baseUnit = "";
            unit = number.Multiplier;
            kind = FigureKind.Count;
        }
        else
        {
            return null;
        }
        if (number.IsChinese && number.Value == 1 && number.Multiplier.Length == 0) return null;
        if (number.IsChinese && number.Value < 10 && _smallChineseExcluded.Contains(baseUnit)) return null;

        var isRate = false;
        if (_rateSuffixes.MatchAt(text, pos) is { } rate)
        {
            unit += rate.Phrase;
            baseUnit += rate.Phrase;
            pos = rate.End;
            isRate = true;
        }
        if (_approxAfter.MatchAt(text, pos) is { } after && after.Phrase is not ("余" or "多")) pos = after.End;

        // Last, as it looks furthest: most numbers are already dropped for want of a unit.
        if (IsExcludedContext(article, number)) return null;
        var start = number.Start;
        if (_approxBefore.MatchEndingAt(text, start) is { } before) start = before.Start;

        return new FoundFigure(start, pos, number.Start, number.End, number.Value, unit,
            number.BaseValue, baseUnit, kind, isRate);
    }

    private bool IsExcludedContext(ExtractionText article, NumberToken number)
    {
        var text = article.Text;
        if (_ordinals.MatchEndingAt(text, number.Start) is not null) return true;
        if (ExtractionText.Inside(article.QuoteRanges, number.Start, _sloganMaxLength)) return true;
        if (ExtractionText.Inside(article.BookTitleRanges, number.Start)) return true;
        // Distances between places and the like (相距1500公里) describe, they do not report.
        var clause = article.ClauseStart(number.Start);
        return _notFigureCues.LastBefore(text, Math.Max(clause, number.Start - 6), number.Start) is not null;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsWhiteSpace(c) || c is '，' or '。' or '、' or '；';
}
