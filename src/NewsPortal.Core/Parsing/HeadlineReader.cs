using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

internal enum HeadlineRole { Kicker, Title, Deck }

/// <summary>One printed piece of a headline: the kicker above, the title, or a deck line below.</summary>
internal sealed record HeadlineUnit(string Text, IReadOnlyList<TextSpan> Spans, HeadlineRole Role, bool MultiLine);

/// <summary>A read headline: its title and, in printed order, every unit (title included).</summary>
internal sealed record Headline(string Title, IReadOnlyList<HeadlineUnit> Units)
{
    public IEnumerable<HeadlineUnit> Subtitles => Units.Where(u => u.Role != HeadlineRole.Title);
}

/// <summary>Decides which headline line is the title and which are kicker (引题) and deck (副题) lines.</summary>
internal sealed class HeadlineReader(ParsingKnowledge knowledge)
{
    public Headline Read(IReadOnlyList<Block> blocks, IReadOnlyList<Block> listSubtitles)
    {
        var units = new List<HeadlineUnit>();
        var alone = blocks.Count == 1 && listSubtitles.Count == 0;
        foreach (var block in blocks) units.AddRange(Split(block, alone));
        foreach (var list in listSubtitles)
            units.AddRange(list.Lines.Select(l => new HeadlineUnit(l.Text, [Span(l)], HeadlineRole.Deck, false)));

        units = units.Select(u => u.Role == HeadlineRole.Title ? u with { Role = RoleOf(u) } : u).ToList();
        units = JoinDeckContinuations(units);

        var candidates = units.Where(u => u.Role == HeadlineRole.Title).ToList();
        var title = candidates.Count switch
        {
            0 => units.MaxBy(u => u.Text.Length)!,
            // A column's label is not the title beside a longer line, even one read as a deck for its length.
            1 when knowledge.IsColumnLabel(candidates[0].Text) && units.Any(u => !knowledge.IsColumnLabel(u.Text)) =>
                units.Where(u => !knowledge.IsColumnLabel(u.Text)).MaxBy(u => u.Text.Length)!,
            1 => candidates[0],
            _ => ChooseTitle(candidates),
        };
        units = units.Select(u => ReferenceEquals(u, title) ? u with { Role = HeadlineRole.Title }
            : u.Role == HeadlineRole.Title ? u with { Role = HeadlineRole.Kicker } : u).ToList();
        return new Headline(title.Text, units);
    }

    /// <summary>An index of short headline items ("一季度" followed by figures): the first is the title, the rest its body.</summary>
    public Headline ReadIndex(IReadOnlyList<Block> blocks)
    {
        var units = blocks.SelectMany(b => Split(b, alone: false)).Select((u, i) => u with { Role = i == 0 ? HeadlineRole.Title : HeadlineRole.Deck }).ToList();
        return new Headline(units[0].Text, units);
    }

    /// <param name="alone">The block is the whole headline: no kicker, deck or list printed apart from it.</param>
    private IEnumerable<HeadlineUnit> Split(Block block, bool alone)
    {
        var lines = block.Lines.Select(l => (Text: HanText.CollapseLetterSpacing(l.Text), Span: Span(l))).ToList();
        // (A line already joined from several printed lines ended where it stopped short: the next one is not its wrap.)
        if (lines.Count > 1 && block.Lines.Take(lines.Count - 1).All(l => l.PhysicalLines == 1 && block.IsFullWidth(l)) && block.Last.Width <= block.WrapWidth + 2.5
            && !block.Last.WrappedDeck && (block.BlankSeparated || !lines.Skip(1).Any(l => HasOwnRole(l.Text))))
        {
            // A headline the dump wrapped at the column width: one line again.
            lines = [(string.Concat(lines.Select(l => l.Text)), lines[0].Span)];
            var all = block.Lines.Select(Span).ToArray();
            foreach (var unit in Split(lines[0].Text, all)) yield return unit;
            yield break;
        }
        if (lines.Count == 1)
        {
            foreach (var unit in Split(lines[0].Text, [lines[0].Span])) yield return unit;
            yield break;
        }
        if (!block.BlankSeparated && alone && lines.Count == 2 && IsChairLine(lines[1].Text) && !StandsApart(lines[0].Text)
            && HanText.EndsWithAny(lines[0].Text, knowledge.MeetingEndings))
        {
            // "市政府召开第48次常务会议" over "胡衡华主持" and nothing else: a meeting's title names who chaired it in its
            // second part, as a page with blank lines prints the two in one block. Under a title that is no meeting's
            // ("…制造业基地" over "刘卫东讲话"), under a kicker and a title, or after a deck, a chair line is a deck.
            yield return new HeadlineUnit(string.Join(' ', lines.Select(l => l.Text)), lines.Select(l => l.Span).ToArray(), HeadlineRole.Title, true);
            yield break;
        }
        if (!block.BlankSeparated)
        {
            // Kicker, title and deck printed together on a page without blank lines: a line with a kicker's or a
            // deck's cue is a unit of its own, and so is a column's label ("图片新闻") and a title that already sets
            // its two parts apart with a space.
            var rest = new List<(string Text, TextSpan Span)>();
            foreach (var line in lines.Append((Text: "", Span: default)))
            {
                if (line.Text.Length > 0 && !StandsApart(line.Text))
                {
                    rest.Add(line);
                    continue;
                }
                if (rest.Count == 1 || rest.Any(r => IsSpacedTitle(r.Text)) || NamesSubjectFirstOnly(rest) || KickerOverTitleNamingSubject(rest))
                    foreach (var r in rest) yield return new HeadlineUnit(r.Text, [r.Span], HeadlineRole.Title, false);
                else if (rest.Count > 1)
                    yield return new HeadlineUnit(string.Join(' ', rest.Select(r => r.Text)), rest.Select(r => r.Span).ToArray(), HeadlineRole.Title, true);
                rest.Clear();
                if (line.Text.Length > 0)
                    foreach (var unit in Split(line.Text, [line.Span])) yield return unit;
            }
            yield break;
        }
        // A long line with commas inside a headline block starts the deck.
        var deckAt = Enumerable.Range(1, lines.Count - 1)
            .FirstOrDefault(i => block.Lines[i].WrappedDeck || HanText.CountCommas(lines[i].Text) > 0 && HanText.Width(lines[i].Text) >= 20, -1);
        var titleLines = deckAt < 0 ? lines : lines.Take(deckAt).ToList();
        var titleSpans = titleLines.Select(l => l.Span).ToArray();
        var joined = string.Join(' ', titleLines.Select(l => l.Text));
        if (block.WrapWidth is not null || KickerCut(joined) > 0)
        {
            // In a hard-wrapped dump a line break inside a headline may be the dump's, not the designer's.
            foreach (var unit in Split(joined, titleSpans)) yield return unit;
        }
        else yield return new HeadlineUnit(joined, titleSpans, HeadlineRole.Title, titleLines.Count > 1);
        if (deckAt >= 0)
        {
            var deck = lines.Skip(deckAt).ToList();
            yield return new HeadlineUnit(string.Concat(deck.Select(l => l.Text)), deck.Select(l => l.Span).ToArray(), HeadlineRole.Deck, false);
        }
    }

    private IEnumerable<HeadlineUnit> Split(string text, TextSpan[] spans)
    {
        var cut = KickerCut(text);
        if (cut > 0)
        {
            // "…大会上强调 乘势而上 …": kicker and title printed on one line.
            yield return new HeadlineUnit(text[..cut].Trim(), spans, HeadlineRole.Kicker, false);
            yield return new HeadlineUnit(text[cut..].Trim(), spans, HeadlineRole.Title, false);
        }
        else yield return new HeadlineUnit(text, spans, HeadlineRole.Title, false);
    }

    /// <summary>Each kicker ending followed by a space and by an ideographic space, spelled out once.</summary>
    private readonly (string Ending, string Spaced, string IdeographicSpaced)[] _kickerCuts =
        knowledge.KickerEndings.Select(e => (e, e + " ", e + "\u3000")).ToArray();

    private int KickerCut(string line)
    {
        // Every cut is an ending and a space: a line without one has none (asked of every headline line and unit).
        if (line.AsSpan().IndexOfAny(' ', '\u3000') < 0) return -1;
        foreach (var (ending, spaced, ideographicSpaced) in _kickerCuts)
        {
            var at = line.IndexOf(spaced, StringComparison.Ordinal);
            if (at < 0) at = line.IndexOf(ideographicSpaced, StringComparison.Ordinal);
            if (at >= 4 && line.Length - (at + ending.Length) >= 5) return at + ending.Length;
        }
        return -1;
    }

    /// <summary>Among headline lines without a cue: a title set over two lines is the main title; a column's short
    /// label is not the title when a longer line stands beside it; the one line that names its subject (a district,
    /// the city) is the title; otherwise the kicker comes first, so the last line is the title.</summary>
    private HeadlineUnit ChooseTitle(List<HeadlineUnit> candidates)
    {
        if (candidates.FirstOrDefault(u => u.MultiLine) is { } multiLine) return multiLine;
        var worded = candidates.Where(u => !knowledge.IsColumnLabel(u.Text)).ToList();
        if (worded.Count == 1) return worded[0];
        if (worded.Count == 0) return candidates[^1];
        var named = worded.Where(u => knowledge.SubjectNames.Any(n => u.Text.Contains(n, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : worded[^1];
    }

    /// <summary>The first of two stacked lines names its subject (a district, the city), the second names none and is
    /// clearly shorter ("…种植面积达到38万亩" over "种植、加工、康养协同发展"): a title over its deck, as blank lines would set
    /// them. A title printed over two lines is broken about evenly ("…文旅融合发展示范区" over "建设领导小组第六次会议召开"), or its
    /// first line is too short to say anything but its subject ("全市村（社区）党组织" over "换届顺利完成").</summary>
    private bool NamesSubjectFirstOnly(List<(string Text, TextSpan Span)> lines) =>
        lines.Count == 2 && NamesSubject(lines[0].Text) && !NamesSubject(lines[1].Text)
        && lines[1].Text.Length + knowledge.DeckShorterByLetters <= lines[0].Text.Length
        && lines[0].Text.Length >= knowledge.TitleOverDeckMinLetters;

    /// <summary>The second of two stacked lines names its subject, the first names none and is clearly shorter ("首创…平台"
    /// over "璧山打造…"): a kicker over its title, as blank lines would set them.</summary>
    private bool KickerOverTitleNamingSubject(List<(string Text, TextSpan Span)> lines) =>
        lines.Count == 2 && !NamesSubject(lines[0].Text) && NamesSubject(lines[1].Text)
        && lines[0].Text.Length + knowledge.DeckShorterByLetters <= lines[1].Text.Length;

    /// <summary>Only a name and who they were ("胡衡华主持"): a deck word ends the line, no longer than a name before it.</summary>
    private bool IsChairLine(string text) =>
        HanText.EndsWithAny(text, knowledge.DeckWords) && HanText.ContentLength(text) <= knowledge.ChairLineMaxLetters;

    private bool NamesSubject(string text) => knowledge.SubjectNames.Any(n => text.Contains(n, StringComparison.Ordinal));

    private bool StandsApart(string line) => HasOwnRole(line) || knowledge.IsColumnLabel(line);

    private static bool IsSpacedTitle(string line) => line.Trim().Contains(' ') || line.Trim().Contains('\u3000');

    /// <summary>A headline line that says by itself it is a kicker or a deck, or that opens an editor's note.</summary>
    private bool HasOwnRole(string line) =>
        KickerCut(line) > 0 || RoleOf(new HeadlineUnit(line, [], HeadlineRole.Title, false)) != HeadlineRole.Title
        || HanText.StartsWithAny(line, knowledge.StandfirstMarkers);

    private HeadlineRole RoleOf(HeadlineUnit unit)
    {
        var text = unit.Text;
        if (knowledge.IsDeckLine(text))
            return HeadlineRole.Deck;
        if (unit.MultiLine) return HeadlineRole.Title;
        if (HanText.EndsWithAny(text, knowledge.KickerEndings)) return HeadlineRole.Kicker;
        var width = HanText.Width(text);
        var deckWord = HanText.ContainsAny(text, knowledge.DeckWords);
        if (deckWord && (width <= 16 || HanText.EndsWithAny(text, knowledge.DeckWords))) return HeadlineRole.Deck;
        if (HanText.CountCommas(text) > 0 && width >= 20 || width > 36) return HeadlineRole.Deck;
        return HeadlineRole.Title;
    }

    /// <summary>A deck line cut by a column break goes on in the next short unit ("…补证换证、社会" + "保障卡应用状态查询等").</summary>
    private static List<HeadlineUnit> JoinDeckContinuations(List<HeadlineUnit> units)
    {
        var result = new List<HeadlineUnit>();
        foreach (var u in units)
        {
            if (result.Count > 0 && result[^1] is { Role: HeadlineRole.Deck } deck && u.Role == HeadlineRole.Title
                && !u.MultiLine && HanText.Width(u.Text) <= 12 && !HanText.EndsSentence(deck.Text) && HanText.CountCommas(deck.Text) > 0)
            {
                result[^1] = deck with { Text = deck.Text + u.Text, Spans = deck.Spans.Concat(u.Spans).ToArray() };
                continue;
            }
            result.Add(u);
        }
        return result;
    }

    private static TextSpan Span(PageLine l) => new(l.Start, l.Length);
}
