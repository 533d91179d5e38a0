using System.Buffers;
using System.Text;
using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>Undoes hard wraps: joins the physical lines of one paragraph into one logical line, whatever the page's
/// wrap width, indentation and blank-line habit. A line that stops short of the column edge, a line indented as a
/// paragraph start, a blank line or a line that stands alone (byline, marker) ends the paragraph before it.</summary>
internal sealed class LineJoiner(LineCues cues)
{
    public ParagraphLines Join(PageLines page, CharacterStatistics characters)
    {
        var profile = page.Profile;
        var result = new List<PageLine>();
        var pieces = new List<RawLine>();
        // The pieces' brackets opened less those closed, kept as pieces come (asked of every line of a paragraph).
        var brackets = 0;
        var blank = 0;
        var blankBefore = 0;
        var afterFull = false;
        List<RawLine>? speakerTails = null;
        // Lines that open a paragraph with the rest of a speaker ("明说，…"): after a blank line or, on a page without
        // blank lines, after a line that stopped short.
        List<RawLine> SpeakerTails() => speakerTails ??= page.Lines
            .Where((l, i) => i > 0 && (page.Lines[i - 1].IsBlank || !profile.BlankSeparated && !profile.IsFull(page.Lines[i - 1]))
                             && cues.Knowledge.OpensWithSpeakerTail.IsMatch(l.Text)).ToList();
        // One delegate for the page, not one for every line asked about.
        Func<List<RawLine>> speakerTailsOnce = SpeakerTails;

        void Flush(bool blankAfter)
        {
            if (pieces.Count == 0) return;
            if (IsDisplayStack(pieces, profile))
            {
                // Each printed line a line of its own, the first after whatever came before it.
                for (var i = 0; i < pieces.Count; i++)
                {
                    var line = Build(result.Count, [pieces[i]], profile, i == 0 ? profile.Blanks(blankBefore) : 0, i == 0 ? afterFull : profile.IsFull(pieces[i - 1]));
                    result.Add(line with { Stacked = true });
                }
            }
            else if (blankAfter && DeckUnderHeadlineLines(pieces, profile, characters) is var deckAt and > 0)
            {
                // The headline's lines each a line of their own, the deck the dump cut one line again.
                for (var i = 0; i < deckAt; i++)
                    result.Add(Build(result.Count, [pieces[i]], profile, i == 0 ? profile.Blanks(blankBefore) : 0, i == 0 ? afterFull : profile.IsFull(pieces[i - 1])));
                result.Add(Build(result.Count, pieces[deckAt..], profile, 0, profile.IsFull(pieces[deckAt - 1])) with { WrappedDeck = true });
            }
            else result.Add(Build(result.Count, pieces, profile, profile.Blanks(blankBefore), afterFull));
            pieces.Clear();
            brackets = 0;
        }

        for (var i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            if (line.IsBlank)
            {
                blank++;
                continue;
            }
            var alone = i + 1 == page.Lines.Count || page.Lines[i + 1].IsBlank;
            if (pieces.Count == 0 || !Continues(pieces, brackets > 0, line, blank, alone, profile, speakerTailsOnce))
            {
                var full = pieces.Count > 0 && blank == 0 && profile.IsFull(pieces[^1]);
                Flush(blankAfter: blank > 0);
                blankBefore = blank;
                afterFull = full;
            }
            pieces.Add(line);
            brackets += BracketBalance(line.Text);
            blank = 0;
        }
        Flush(blankAfter: true);
        return new ParagraphLines(result, profile);
    }

    private bool Continues(List<RawLine> pieces, bool hasOpenBracket, RawLine next, int blank, bool nextAlone, LineProfile profile, Func<List<RawLine>> speakerTails)
    {
        var last = pieces[^1];
        if (next.MarkedHeading) return false;
        var bracketOpen = blank == 0 && hasOpenBracket && !profile.StartsParagraph(next);
        // No paragraph opens with a sentence's or a clause's mark: a line that does ("。如今，…") is the rest of the line
        // over it, cut right before its mark, on any page.
        if (blank == 0 && next.Text.Length > 0 && OpeningMarks.Contains(next.Text[0]) && !HanText.EndsSentence(last.Text)) return true;
        // Cheap tests first: on a page that is not hard-wrapped only an open bracket carries a paragraph on.
        if (!bracketOpen && (profile.WrapWidth is null || profile.IsSetApart(next) && !(profile.WrapsByCharacters && next.StartsWithOneSpace))) return false;
        // "联系人：…推进处" over "张晓峰": a labelled closing line the wrap cut before a name (the space it fell on is gone).
        if (blank == 0 && last.Text.Contains('：') && cues.IsClosingLine(last.Text) && IsNameAlone(next.Text)) return true;
        if (StandsAlone(next.Text)) return false;
        if (bracketOpen) return true;
        if (blank == 0 && !profile.BlankSeparated && DisplayLinesApart(pieces, next, profile)) return false;
        if (profile.StartsParagraph(next) || profile.IsOverlong(next) || profile.LeavesColumn(last, next)) return false;
        if (cues.StartsWithDateline(next.Text) || cues.StartsStandfirst(next.Text)) return false;
        var ended = HanText.EndsSentence(last.Text);
        if (!profile.IsFull(last))
        {
            // Short of the edge: the paragraph ends, unless the page prints paragraphs between blank lines and this
            // one goes on (a typeset line shortened by its Latin letters and spaces).
            if (blank == 0 && !profile.BlankSeparated)
                // Without blank lines: a short line goes on only into text that cannot open a paragraph and ends the
                // word it cut ("…省级协作机" over "制、市县…"), or it is a deck wider than the column that the dump cut.
                return !ended && (cues.Knowledge.OpensMidSentence.IsMatch(next.Text) && TermWeights.Default.IsWord(last.Text[^1], next.Text[0])
                                  || IsCutWideLine(last, next, profile));
            return blank == 0 && profile.BlankSeparated && !ended
                && (!(IsDisplayLine(last.Text) && IsDisplayLine(next.Text)) || profile.IsFullToItsSpace(last));
        }
        // On a page the dump cut every so many characters, a line alone between blank lines, short of the cut and with
        // no mark in it, is a headline's or a label's line: the end of the paragraph a column break cut finishes a
        // sentence (a typeset page's deck may go on into such a line: "…补证换证、社会" + "保障卡应用状态查询等").
        if (blank > 0) return !ended && IsColumnBreak(pieces, next, profile) && !SpeakerFinishedElsewhere(pieces, next, speakerTails)
                              && !(profile.WrapsByCharacters && nextAlone && !profile.IsFull(next) && !HasMarks(next.Text));
        if (cues.IsListItem(next.Text) && !cues.IsListItem(pieces[0].Text)) return false;
        // A finished sentence, then a numbered section ("（一）…", "二、…"): the section is a paragraph of its own.
        if (ended && cues.Knowledge.SectionNumbering.IsMatch(next.Text)) return false;
        // Without blank lines a cut speaker finished elsewhere on the page ends the paragraph as a blank line would.
        if (!ended && !profile.BlankSeparated && OpensOtherProse(last, next) && SpeakerFinishedElsewhere(pieces, next, speakerTails)) return false;
        // A full line that ends a sentence may end its paragraph: go on only into text that reads as more of a paragraph.
        return !ended || profile.IsFull(next) || HanText.ContainsSentenceEnd(next.Text) || HanText.CountCommas(next.Text) > 0;
    }

    /// <summary>Without blank lines, headline lines printed one under the other look like a wrapped paragraph when one
    /// happens to reach the column edge. A letter-spaced line ("加 快 推 动 …") is a headline's line, never the same
    /// paragraph as an unspaced one. On a typeset page (a dump cut by characters cuts a long title exactly at the edge),
    /// a full line and a short one under it, neither with a single mark and the break between two words, are display
    /// lines ("…先进制造业中心" over "唐良智讲话"), not prose.</summary>
    private static bool DisplayLinesApart(List<RawLine> pieces, RawLine next, LineProfile profile)
    {
        var last = pieces[^1].Text;
        if (HanText.IsLetterSpaced(last) != HanText.IsLetterSpaced(next.Text) && !IsSpacedFragment(next.Text)) return true;
        return !profile.WrapsByCharacters && pieces.Count == 1 && !profile.IsFull(next) && !HasMarks(last) && !HasMarks(next.Text)
            && HanText.IsHan(last[^1]) && HanText.IsHan(next.Text[0]) && !TermWeights.Default.IsWord(last[^1], next.Text[0]);
    }

    /// <summary>On a typeset page without blank lines nothing cuts a paragraph short (a column break is invisible there and
    /// the paragraph reads on): printed lines joined as one that never end a sentence and stop short of the edge are
    /// headline lines stacked one under the other ("…的“拼多多”" over "这份…都享有" over "全市村（社区）党组织"), not prose.</summary>
    private static bool IsDisplayStack(List<RawLine> pieces, LineProfile profile) =>
        pieces.Count > 1 && profile.WrapWidth is not null && !profile.WrapsByCharacters && !profile.BlankSeparated
        && !profile.IsFull(pieces[^1]) && pieces.All(p => !HanText.ContainsSentenceEnd(p.Text) && !HanText.EndsSentence(p.Text))
        // (A wide line and the rest the dump cut off it are one line, not two stacked.)
        && !(pieces.Count == 2 && IsCutWideLine(pieces[0], pieces[1], profile));

    /// <summary>On a page that prints blank lines between paragraphs, wrapped lines that never finish a sentence and stop
    /// short of the edge before a blank line are no paragraph (prose ends a sentence there, or a column break cuts it at
    /// the edge): a headline's lines without a mark over its deck, the lines from the first with a clause mark on, that
    /// the dump cut at the column ("…政务服务“跨省通办”" over "第一批…共计148项，包" over "括…补证换证、社会"), when the break
    /// between them cuts no word (of general Chinese, or a pair of letters the page prints together elsewhere: "…和数字化"
    /// over "转型，加快…" is a sentence). Returns where the deck starts, or -1.</summary>
    private static int DeckUnderHeadlineLines(List<RawLine> pieces, LineProfile profile, CharacterStatistics characters)
    {
        if (pieces.Count < 2 || profile.WrapWidth is null || !profile.BlankSeparated || profile.IsFull(pieces[^1])) return -1;
        if (pieces.Any(p => HanText.ContainsSentenceEnd(p.Text) || HanText.EndsSentence(p.Text))) return -1;
        var deckAt = pieces.FindIndex(p => HasMarks(p.Text));
        if (deckAt <= 0 || !pieces.Skip(deckAt).Any(p => HanText.CountCommas(p.Text) > 0)) return -1;
        var (above, below) = (pieces[deckAt - 1].Text, pieces[deckAt].Text);
        var cutsWord = TermWeights.Default.IsWord(above[^1], below[0]) || characters.JoinsWord(above, below, minimum: 1);
        return cutsWord ? -1 : deckAt;
    }

    /// <summary>On a page that indents its lines, a line wider than the column with a clause mark in it over a line
    /// indented less: the dump cut the wide line at its own width ("…共计148项，包括机动车驾驶证补" over "证换证、社会").</summary>
    private static bool IsCutWideLine(RawLine last, RawLine next, LineProfile profile) =>
        profile.ParagraphIndent > 0 && next.Indent < profile.ParagraphIndent - 0.25 && profile.IsOverlong(last) && HasMarks(last.Text);

    /// <summary>One or two letters left of a letter-spaced line the dump wrapped (" 发 展").</summary>
    private static bool IsSpacedFragment(string text) =>
        text.Split(' ', '\u3000', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 2 } parts && parts.All(p => p.Length == 1);

    /// <summary>Any clause or sentence mark: prose has them, display lines seldom do.</summary>
    private static bool HasMarks(string text) => text.AsSpan().IndexOfAny(ProseMarks) >= 0;

    private static readonly SearchValues<char> ProseMarks = SearchValues.Create("，,、。；;：:！!？?");

    /// <summary>The next line is prose of its own, not the rest of a name cut at the line's end ("…”重庆智途视" over
    /// "觉科技有限公", "总经理吴" or "区管委会主要负责人说。"): it has a clause mark, opens with no closing mark, makes no word
    /// with the cut letter and reaches no verb of saying.</summary>
    private bool OpensOtherProse(RawLine last, RawLine next) =>
        (HanText.CountCommas(next.Text) > 0 || HanText.ContainsSentenceEnd(next.Text)) && !HanText.OpensWithClosingPunctuation(next.Text)
        && !TermWeights.Default.IsWord(last.Text[^1], next.Text[0]) && !cues.Knowledge.FinishesSpeaker.IsMatch(next.Text);

    /// <summary>A blank line after a full, unfinished line of wrapped prose, followed by plain text: the dump's column
    /// break, not a paragraph break.</summary>
    private bool IsColumnBreak(List<RawLine> pieces, RawLine next, LineProfile profile) =>
        pieces.Count >= 2 && !cues.IsListItem(next.Text) && !StandsAlone(pieces[^1].Text)
        && pieces.Any(p => p.Text.IndexOfAny(['，', ',', '。', '；', ';']) >= 0)
        && pieces.Count(profile.IsFull) * 10 >= pieces.Count * 6;

    /// <summary>"…。”合作社负责人刘道", a blank line, then text that does not finish the name, while exactly one
    /// paragraph of the page opens with the rest of a speaker ("明说，…"): the blank line ends the paragraph, whose tail
    /// was printed away from it (the assembler puts the two together).</summary>
    private bool SpeakerFinishedElsewhere(List<RawLine> pieces, RawLine next, Func<List<RawLine>> speakerTails)
    {
        var last = pieces[^1].Text;
        if (last.Length == 0 || !HanText.IsHan(last[^1]) || cues.Knowledge.OpensWithSpeakerTail.IsMatch(next.Text)) return false;
        var end = string.Concat(pieces.Skip(Math.Max(0, pieces.Count - 3)).Select(p => p.Text));
        return cues.Knowledge.EndsWithCutSpeakerIn(end) && speakerTails().Count == 1;
    }

    private const string OpeningMarks = "。，、；！？";

    /// <summary>Two to four Han letters and nothing else: a person's name on a line of its own.</summary>
    private static bool IsNameAlone(string text) => text.Length is >= 2 and <= 4 && text.All(HanText.IsHan);

    /// <summary>A short line with no sentence in it: a headline's line, a table row, a label.</summary>
    public static bool IsDisplayLine(string text) =>
        HanText.Width(text) <= 64 && !HanText.ContainsSentenceEnd(text) && !HanText.EndsWithClausePunctuation(text)
        && !HanText.EndsSentence(text) && HanText.CountCommas(text) <= 2;

    /// <summary>Brackets a line opens less those it closes: "…（记者" + " 周松）", pieces that leave a bracket open
    /// (their sum above zero), are continued by the next line.</summary>
    private static int BracketBalance(string text)
    {
        var open = 0;
        // Brackets are few: a vectorised search jumps from one to the next.
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Brackets); at >= 0; at = rest.IndexOfAny(Brackets))
        {
            open += rest[at] is '（' or '(' ? 1 : -1;
            rest = rest[(at + 1)..];
        }
        return open;
    }

    private static readonly SearchValues<char> Brackets = SearchValues.Create("（()）");

    private bool StandsAlone(string text) =>
        text.Length <= 60 && cues.Marker(text).Success || cues.IsByline(text) || cues.IsNotice(text) || cues.IsFurniture(text);

    private static PageLine Build(int index, List<RawLine> pieces, LineProfile profile, int blankBefore, bool afterFull)
    {
        var first = pieces[0];
        var last = pieces[^1];
        // One space after a full line of a page cut by characters is where the cut fell, not an indentation.
        // Nor is one space before spaced-out headline letters (" 质 量 发 展"): a cut fell inside the spacing.
        var setApart = profile.IsSetApart(first) && !(profile.WrapsByCharacters && first.StartsWithOneSpace && afterFull)
            && !(first.StartsWithOneSpace && HanText.IsLetterSpaced(first.Text));
        var text = first.Text;
        TextSpan[] spans = [new TextSpan(first.Start, first.Length)];
        if (pieces.Count > 1)
        {
            var sb = new StringBuilder(first.Text);
            for (var i = 1; i < pieces.Count; i++)
            {
                // A wrap that fell on a space between words keeps the space; Han text joins without one.
                if (pieces[i].StartsWithOneSpace || profile.IsFullToItsSpace(pieces[i - 1])) sb.Append(' ');
                sb.Append(pieces[i].Text);
            }
            text = sb.ToString();
            spans = pieces.Select(p => new TextSpan(p.Start, p.Length)).ToArray();
        }
        return new PageLine(index, first.Start, last.Start + last.Length - first.Start, text, setApart, pieces.Any(p => p.MarkedHeading))
        {
            Spans = spans,
            BlankBefore = blankBefore,
            Cut = profile.IsFull(last) && !HanText.EndsSentence(last.Text),
            PhysicalLines = pieces.Count,
            // A deck printed wider than the column and cut at the dump's own width: display text, not a paragraph.
            WrappedDeck = pieces.Count == 2 && IsCutWideLine(first, last, profile) && !HanText.ContainsSentenceEnd(text) && !HanText.EndsSentence(text),
        };
    }
}
