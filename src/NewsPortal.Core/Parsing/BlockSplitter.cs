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

        foreach (var line in lines)
        {
            if (current.Count > 0 && !StaysWith(current[^1], line, blankSeparated)) Flush();
            current.Add(line);
        }
        Flush();
        return blocks;
    }

    private bool StaysWith(PageLine previous, PageLine line, bool blankSeparated)
    {
        if (line.BlankBefore > 0 || line.Indented || line.MarkedHeading || previous.MarkedHeading) return false;
        if (StandsAlone(line.Text) || StandsAlone(previous.Text)) return false;
        if (blankSeparated) return true;
        if (cues.IsListItem(line.Text)) return cues.IsListItem(previous.Text);
        return LineJoiner.IsDisplayLine(previous.Text) && LineJoiner.IsDisplayLine(line.Text);
    }

    private bool StandsAlone(string text) =>
        text.Length <= 60 && cues.Marker(text).Success || cues.IsByline(text) || cues.IsNotice(text) || cues.IsFurniture(text)
        || cues.StartsStandfirst(text);
}
