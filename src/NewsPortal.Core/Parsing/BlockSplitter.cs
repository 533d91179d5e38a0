namespace NewsPortal.Core.Parsing;

/// <summary>Groups logical lines into blocks. On a page that prints blank lines between its paragraphs, a block is
/// what lies between blank lines; on a page that does not, a paragraph of prose is a block of its own and only short
/// display lines printed together (a headline over two lines) and runs of list items stay together. Either way
/// one-line furniture, bylines, marked headings and lines set apart by indentation stand alone.</summary>
internal sealed class BlockSplitter(LineCues cues)
{
    public IReadOnlyList<Block> Split(ParagraphLines page)
    {
        var lines = page.Lines;
        var blankSeparated = page.Profile.BlankSeparated;
        var blocks = new List<Block>();
        var current = new List<PageLine>();

        void Flush()
        {
            if (current.Count == 0) return;
            var before = current[0].BlankBefore;
            if (blocks.Count > 0) blocks[^1].BlankAfter = before;
            blocks.Add(new Block(blocks.Count, current.ToArray(), before, page.Profile.WrapWidth, blankSeparated));
            current.Clear();
        }

        var apart = blankSeparated ? null : HeadlinesOneArticleEach(lines);
        bool EndsBlock(PageLine previous, PageLine line, int at) =>
            blankSeparated ? !StaysWith(previous, line, blankSeparated: true)
            : apart?.Contains(at) == true || !StaysWith(previous, line, blankSeparated: false) && !OneWideCaption(previous, line, page.Profile)
              || TitlesOfTwoPlaces(previous, line);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (current.Count > 0 && EndsBlock(current[^1], line, i)) Flush();
            current.Add(line);
        }
        Flush();
        return blocks;
    }

    /// <summary>Two finished sentences each printed wider than the column, the second with a caption's cue ("…1.8万。"
    /// over "图为…"): one caption set across its photo, as one block.</summary>
    private bool OneWideCaption(PageLine previous, PageLine line, LineProfile profile) =>
        profile.WrapWidth is { } w && previous.PhysicalLines == 1 && line.PhysicalLines == 1 && previous.Width > w + 2.5 && line.Width > w + 2.5
        && HanText.EndsSentence(previous.Text) && cues.IsCaptionCue(line.Text, line.Text) && !StandsAlone(previous.Text);

    /// <summary>Two display lines each naming a district and none in common ("梁平…投产" over "铜梁…项目"): two articles'
    /// titles printed together, as blank lines would have set them apart, not one title over two lines.</summary>
    private bool TitlesOfTwoPlaces(PageLine previous, PageLine line)
    {
        if (cues.IsListItem(line.Text) || !LineJoiner.IsDisplayLine(previous.Text) || !LineJoiner.IsDisplayLine(line.Text)) return false;
        var above = cues.Knowledge.Places.Find(previous.Text);
        if (above.Count == 0) return false;
        var below = cues.Knowledge.Places.Find(line.Text);
        return below.Count > 0 && !below.Overlaps(above);
    }

    /// <summary>Display lines stacked right over as many reporters' lines as there are of them ("标题甲" "标题乙" "记者 …"
    /// "本报记者 …"): two or three articles' headlines printed together, one line each, as blank lines would have set
    /// them apart. Returns the lines that open a block of their own.</summary>
    private HashSet<int>? HeadlinesOneArticleEach(IReadOnlyList<PageLine> lines)
    {
        HashSet<int>? apart = null;
        for (var start = 0; start < lines.Count; start++)
        {
            var end = start + 1;
            while (end < lines.Count && StaysWith(lines[end - 1], lines[end], blankSeparated: false)) end++;
            var stacked = end - start;
            var bylines = 0;
            while (end + bylines < lines.Count && cues.IsByline(lines[end + bylines].Text) && cues.StartsWithReporterRole(lines[end + bylines].Text))
                bylines++;
            if (stacked is >= 2 and <= 3 && bylines == stacked)
                for (var k = start + 1; k < end; k++) (apart ??= []).Add(k);
            start = end - 1;
        }
        return apart;
    }

    private bool StaysWith(PageLine previous, PageLine line, bool blankSeparated)
    {
        if (line.BlankBefore > 0 || line.Indented || line.MarkedHeading || previous.MarkedHeading) return false;
        if (StandsAlone(line.Text) || StandsAlone(previous.Text)) return false;
        if (blankSeparated) return true;
        if (cues.IsListItem(line.Text)) return cues.IsListItem(previous.Text);
        // A column's label ("区县简讯") printed between headlines is a block of its own, as blank lines would make it.
        if (IsLabel(previous) || IsLabel(line)) return false;
        // So is a numbered section's heading ("二、重点任务").
        if (cues.IsSectionHeading(previous.Text) || cues.IsSectionHeading(line.Text)) return false;
        // A deck ends its headline: a display line after it is the next headline's. So does a line the dump wrapped
        // that stopped short (its wraps are undone already): a display line after it is a unit of its own.
        if (IsDeck(previous.Text) || previous.PhysicalLines > 1) return false;
        // Headline lines the column's edge had run together: each is a unit of its own, as blank lines would set them.
        if (previous.Stacked && line.Stacked) return false;
        // A sentence opening with its date ("9月19日，…") is a paragraph, not a headline's second line.
        if (cues.Knowledge.OpensWithDate.IsMatch(line.Text)) return false;
        if (OpensLeadUnderHeadline(line)) return false;
        // Clauses past a comma that no headline line is set as (as the block classifier reads them): a sentence's head
        // a column break cut, prose.
        if (BlockClassifier.IsProseClauses(line.Text)) return false;
        return LineJoiner.IsDisplayLine(previous.Text) && LineJoiner.IsDisplayLine(line.Text);
    }

    /// <summary>A line opening with a dateline ("本报讯（记者 …）", "新华社…电") opens its article's first paragraph:
    /// a column break that cut the paragraph short leaves its head looking like a display line, not a headline's.</summary>
    private bool OpensLeadUnderHeadline(PageLine line) => cues.StartsWithDateline(line.Text);

    private bool IsDeck(string text) => cues.Knowledge.IsDeckLine(text)
        || HanText.CountCommas(text) > 0 && HanText.Width(text) >= 20;

    private bool IsLabel(PageLine line) => line.PhysicalLines == 1 && cues.Knowledge.IsColumnLabel(line.Text);

    private bool StandsAlone(string text) =>
        text.Length <= 60 && cues.Marker(text).Success || cues.IsByline(text) || cues.IsNotice(text) || cues.IsFurniture(text)
        || cues.StartsStandfirst(text);
}
