namespace NewsPortal.Core.Parsing;

/// <summary>Groups lines into blocks: blank lines and indentation separate them, one-line furniture stands alone,
/// and in hard-wrapped dumps a column break inside a paragraph (blank line after a full, unfinished line) is undone.</summary>
internal sealed class BlockSplitter(LineCues cues)
{
    public IReadOnlyList<Block> Split(PageLines page)
    {
        var blocks = new List<Block>();
        var current = new List<PageLine>();
        var alone = new Dictionary<int, bool>();
        bool Alone(PageLine l)
        {
            if (!alone.TryGetValue(l.Index, out var value)) alone[l.Index] = value = StandsAlone(l.Text);
            return value;
        }
        var blank = 0;
        var blankBefore = 0;

        void Flush()
        {
            if (current.Count == 0) return;
            if (blocks.Count > 0) blocks[^1].BlankAfter = blankBefore;
            blocks.Add(new Block(blocks.Count, current.ToArray(), blankBefore, page.WrapWidth));
            current.Clear();
        }

        foreach (var line in page.Lines)
        {
            if (line.IsBlank)
            {
                Flush();
                blank++;
                continue;
            }
            var standsAlone = Alone(line) || line.MarkedHeading;
            if (current.Count > 0 && (line.Indented && !HasOpenBracket(current[^1].Text) || standsAlone
                                      || Alone(current[^1]) || current[^1].MarkedHeading))
                Flush();
            if (current.Count == 0)
            {
                if (blank > 0 && blocks.Count > 0 && ContinuesAcrossColumnBreak(blocks[^1], line))
                {
                    // Reopen the previous block: the blank line was a column break, not a paragraph break.
                    var previous = blocks[^1];
                    blocks.RemoveAt(blocks.Count - 1);
                    current.AddRange(previous.Lines);
                    blankBefore = previous.BlankBefore;
                }
                else
                {
                    blankBefore = blank;
                }
            }
            current.Add(line);
            blank = 0;
        }
        Flush();
        if (blocks.Count > 0) blocks[^1].BlankAfter = blank;
        return blocks;
    }

    /// <summary>"…（记者" + " 周松）": a line that leaves a bracket open is continued by the next, indented or not.</summary>
    private static bool HasOpenBracket(string text) =>
        text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')');

    private bool StandsAlone(string text) =>
        text.Length <= 60 && cues.Marker(text).Success || cues.IsByline(text) || cues.IsNotice(text) || cues.IsFurniture(text);

    private bool ContinuesAcrossColumnBreak(Block previous, PageLine next) =>
        previous.Lines.Count >= 2 && previous.RunsToColumnEdge && !next.Indented && !next.MarkedHeading
        && !StandsAlone(next.Text) && !StandsAlone(previous.Last.Text)
        && !cues.StartsWithDateline(next.Text) && !cues.StartsStandfirst(next.Text) && !cues.IsListItem(next.Text)
        && previous.Text.IndexOfAny(['，', ',', '。', '；', ';']) >= 0
        && IsWrappedProse(previous);

    /// <summary>Most lines run to the column edge (a paragraph's first line is indented by two characters).</summary>
    private static bool IsWrappedProse(Block block)
    {
        var width = block.WrapWidth!.Value;
        var full = block.Lines.Count(l => l.Width >= width - 2 && l.Width <= width + 2.5);
        return full * 10 >= block.Lines.Count * 6;
    }
}
