using System.Text.RegularExpressions;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Extraction;

/// <summary>
/// Says what kind of figure a number is (growth, share, capacity…) and whether it is achieved,
/// aimed at or expected, from the cue words before it in its clause and sentence; the nearest cue wins.
/// </summary>
internal sealed class FigureClassifier
{
    private static readonly Regex TargetYear = new(@"(到|至|力争到|确保到)\s*(19|20)[0-9]{2}\s*年",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    private static readonly Regex Year = new(@"(19|20)[0-9]{2}\s*年",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private readonly PhraseMatcher<FigureKind> _kindCues;
    private readonly PhraseMatcher<bool> _capacityCues;
    private readonly PhraseMatcher<FigureStatus?> _statusCues;

    public FigureClassifier(FigureCues cues)
    {
        _kindCues = new PhraseMatcher<FigureKind>(
            cues.GrowthCues.Select(c => (c, FigureKind.Growth)).Concat(cues.ShareCues.Select(c => (c, FigureKind.Share))));
        _capacityCues = new PhraseMatcher<bool>(cues.CapacityCues.Select(c => (c, true)));
        // Masks (为确保, 要求) are words that contain a cue but say nothing about status; they are skipped.
        _statusCues = new PhraseMatcher<FigureStatus?>(
            cues.StatusMasks.Select(c => (c, (FigureStatus?)null))
                .Concat(cues.ForecastCues.Select(c => (c, (FigureStatus?)FigureStatus.Forecast)))
                .Concat(cues.TargetCues.Select(c => (c, (FigureStatus?)FigureStatus.Target)))
                .Concat(cues.ActualCues.Select(c => (c, (FigureStatus?)FigureStatus.Actual))));
    }

    public FigureKind Kind(ExtractionText article, FoundFigure figure)
    {
        var text = article.Text;
        var clause = article.ClauseStart(figure.Start);
        if (figure.UnitKind == FigureKind.Percent)
        {
            // The nearest growth or share word before a percentage decides; a rate (率) in between keeps it a plain percent.
            var cue = _kindCues.LastBefore(text, clause, figure.Start);
            if (cue is { } c && !text.AsSpan(c.End, figure.Start - c.End).Contains('率')) return c.Value;
            return FigureKind.Percent;
        }
        if (figure.UnitKind is FigureKind.Amount or FigureKind.Growth or FigureKind.Capacity) return figure.UnitKind;
        if (figure.IsRate || _capacityCues.LastBefore(text, clause, figure.Start) is not null) return FigureKind.Capacity;
        return figure.UnitKind;
    }

    public FigureStatus Status(ExtractionText article, FoundFigure figure, int? referenceYear)
    {
        var text = article.Text;
        var sentence = article.SentenceStart(figure.Start);
        var cue = NearestStatusCue(text, sentence, figure.Start);
        var targetYear = LastMatchBefore(TargetYear, text, sentence, figure.Start);
        if (targetYear is { } ty && (ty == 0 || text[ty - 1] != '截') && (cue is null || ty >= cue.Value.Start)) return FigureStatus.Target;
        if (cue is { } c) return c.Value ?? FigureStatus.Actual;
        // A figure for a year still to come is a target.
        if (referenceYear is { } now && LastMatchBefore(Year, text, sentence, figure.Start) is { } at
            && int.TryParse(text.AsSpan(at, 4), out var year) && year > now)
        {
            return FigureStatus.Target;
        }
        return FigureStatus.Actual;
    }

    private PhraseMatch<FigureStatus?>? NearestStatusCue(string text, int start, int end)
    {
        for (var e = end; e > start;)
        {
            if (_statusCues.MatchEndingAt(text, e) is { } m && m.Start >= start)
            {
                if (m.Value is not null) return m;
                e = m.Start;
                continue;
            }
            e--;
        }
        return null;
    }

    private static int? LastMatchBefore(Regex regex, string text, int start, int end)
    {
        if (end <= start) return null;
        // Both year patterns end in 年: a stretch without it cannot match, and most have none.
        if (!text.AsSpan(start, end - start).Contains('年')) return null;
        int? last = null;
        try
        {
            foreach (var m in regex.EnumerateMatches(text.AsSpan(start, end - start))) last = start + m.Index;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        return last;
    }
}
