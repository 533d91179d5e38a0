namespace NewsPortal.Core.Parsing;

/// <summary>What a block is on the page.</summary>
internal enum BlockKind
{
    Furniture,
    Headline,
    Body,
    /// <summary>Body text that opens an article: starts with a dateline (新华社…电, 本报讯), or a document's addressee line.</summary>
    Lead,
    /// <summary>Editor's note or summary printed before the article (编者按, 核心提示).</summary>
    Standfirst,
    ListItems,
    Caption,
    OpeningByline,
    ClosingByline,
    /// <summary>"（上接1版）": the article began on another page.</summary>
    ContinuedFrom,
    /// <summary>"（下转2版）": the article goes on on another page.</summary>
    ContinuesOn,
    /// <summary>A pointer to another page's article ("2版刊登本报评论员文章").</summary>
    Notice,
}

internal sealed record ClassifiedBlock(Block Block, BlockKind Kind)
{
    public string Text => Block.Text;
    public bool IsPhotoCredit { get; init; }
    /// <summary>Text whose last sentence is followed by a photo credit in brackets ("…投产。（记者 郑宇 摄）"): a photo's
    /// caption, finished there.</summary>
    public bool EndsWithPhotoCredit { get; init; }
    public bool StartsWithSpeaker { get; init; }
    /// <summary>A byline that opens with a reporter's role ("本报记者 …", "首席记者 …"), not a closing credit in brackets.</summary>
    public bool NamesReporter { get; init; }
    /// <summary>Body text opening as a lead does, with the day it reports ("10月6日，…").</summary>
    public bool OpensWithDate { get; init; }
    public bool IsBody => Kind is BlockKind.Body or BlockKind.Lead or BlockKind.Standfirst or BlockKind.ListItems;
    public bool IsByline => Kind is BlockKind.OpeningByline or BlockKind.ClosingByline;
}

/// <summary>Gives each block a kind from its shape (length, punctuation, blank lines around it) and the knowledge cues.</summary>
internal sealed class BlockClassifier(LineCues cues)
{
    /// <summary>An item of a list (between enumeration commas) is at most this many letters (新材料, 电子信息).</summary>
    private const int ListItemMaxLetters = 6;

    public IReadOnlyList<ClassifiedBlock> Classify(IReadOnlyList<Block> blocks, CharacterStatistics characters)
    {
        var result = blocks.Select(Classify).ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            if (result[i].Kind == BlockKind.Headline && IsCutSentence(result[i], result[i + 1], characters))
                result[i] = result[i] with { Kind = BlockKind.Body };
            else if (IsCaptionOverCredit(result[i], result[i + 1]))
                result[i] = result[i] with { Kind = BlockKind.Caption };
        }
        // From the page's end up, so a cut clause printed over another one's tail sees that tail as text. Only where
        // blank lines set paragraphs apart, or on an unwrapped page without them for a block of one printed line: a
        // block's edges are guessed otherwise, and a title's with them.
        for (var i = result.Count - 2; i >= 0; i--)
        {
            if (result[i].Kind == BlockKind.Headline && (result[i].Block.BlankSeparated || IsOneLineAlone(result[i].Block)) && IsCutClauseOverItsTail(result[i], result[i + 1]))
                result[i] = result[i] with { Kind = BlockKind.Body };
        }
        CutClauseRunsAmongParagraphs(result);
        return result;
    }

    /// <summary>Without blank lines, a headline block of one printed line on a page the dump did not wrap: its edges
    /// are the line's own, not guessed from display lines stacked together or from where a wrap fell.</summary>
    private static bool IsOneLineAlone(Block block) => block.Lines.Count == 1 && block.Lines[0].PhysicalLines == 1 && block.WrapWidth is null;

    /// <summary>On a page without blank lines, a short finished sentence printed right over a byline that credits a
    /// photo ("□ 本报记者 … 文/图"): the photo's caption, as the blank lines around it would show on other pages.</summary>
    private bool IsCaptionOverCredit(ClassifiedBlock candidate, ClassifiedBlock next) =>
        !candidate.Block.BlankSeparated && candidate.Kind == BlockKind.Body && candidate.Block.Lines.Count == 1
        && candidate.Block.EndsSentence && HanText.Width(candidate.Text) <= CaptionMaxWidth
        && next.Kind == BlockKind.OpeningByline && cues.IsPhotoCredit(next.Text);

    /// <summary>"…全区新入选中" + "国500强…": a clause whose last word the column break cut (the page joins
    /// those two characters elsewhere, or the text below opens with the cut word's end: "域，…") is body text, not a headline.</summary>
    private static bool IsCutSentence(ClassifiedBlock candidate, ClassifiedBlock next, CharacterStatistics characters) =>
        !candidate.Block.MarkedHeading && (HanText.CountCommas(candidate.Text) > 0 || candidate.Text.Contains('、')) && next.Kind == BlockKind.Body
        && !next.StartsWithSpeaker && (characters.JoinsWord(candidate.Text, next.Text, minimum: 1) || OpensWithWordEnd(next.Text));

    /// <summary>"为提高通关效率，重庆海关推行汽车出" + "口“提前申报”…", "…困" + "境：…", "…约占全国" + "的十分之一，…": a
    /// clause the column break stopped mid-sentence (its opening clause ends with a comma), over text that can only go on
    /// from it: a mark that closes what is under way, a letter no sentence opens with, the second letter of a word
    /// of general Chinese, or the next item of a list it left under way (or ended with a letter that needs what follows:
    /// …等). Text, not a headline.</summary>
    private bool IsCutClauseOverItsTail(ClassifiedBlock candidate, ClassifiedBlock next)
    {
        var head = candidate.Text.TrimEnd();
        if (candidate.Block.MarkedHeading || next.Kind != BlockKind.Body || next.StartsWithSpeaker || head.Length == 0
            || !(HanText.CountCommas(head) > 0 || head.Contains('、')) || HanText.EndsWithClausePunctuation(head)) return false;
        var tail = next.Text.TrimStart();
        if (tail.Length < 2) return false;
        return HanText.OpensWithClosingPunctuation(tail)
            || cues.Knowledge.OpensMidSentence.IsMatch(tail)
            || cues.Knowledge.LettersOnlyMidSentence.Contains(tail[0])
            || HanText.IsHan(tail[0]) && tail[1] is '：' or ':'
            || TermWeights.Default.IsWord(head[^1], tail[0])
            || head.Contains('、') && (OpensWithListItem(tail) || cues.Knowledge.LettersClosingNoList.Contains(head[^1]));
    }

    /// <summary>"信息、新材料等领域，…": the text opens with a short item ended by an enumeration comma, the rest of a list
    /// the block above left under way ("…装备制造、电子").</summary>
    private static bool OpensWithListItem(string text)
    {
        for (var i = 0; i < Math.Min(text.Length, ListItemMaxLetters + 1); i++)
        {
            if (text[i] == '、') return i > 0;
            if (!HanText.IsHan(text[i])) return false;
        }
        return false;
    }

    /// <summary>"…创新能力也在提升。" | "在潼南高新区的重庆柠盛生物科技有限公司，工人们正在包" | "…": a line opening with a
    /// clause that a comma closes, printed between paragraphs and stopping without a clause mark, is a paragraph a column
    /// break cut (its tail printed elsewhere), not a headline: a title does not go on past a comma and stop short among
    /// the text. So are two or more such lines printed one under the other there (titles printed together do not each
    /// stop short past a comma).</summary>
    private static void CutClauseRunsAmongParagraphs(List<ClassifiedBlock> result)
    {
        for (var start = 1; start < result.Count; start++)
        {
            if (result[start - 1].Kind is not (BlockKind.Body or BlockKind.Lead)) continue;
            var end = start;
            while (end < result.Count && IsCutClause(result[end])) end++;
            // At the page's end: a cut clause whose cut word a paragraph printed elsewhere finishes (its tail).
            if (end == start || end < result.Count && result[end].Kind != BlockKind.Body
                || end == result.Count && !Enumerable.Range(start, end - start).All(i => HasTailOnPage(result, i))) continue;
            for (var i = start; i < end; i++) result[i] = result[i] with { Kind = BlockKind.Body };
            start = end;
        }
    }

    /// <summary>A paragraph of the page, printed after another block that does not go on into it, opens with the end of
    /// the word the block stops in.</summary>
    private static bool HasTailOnPage(List<ClassifiedBlock> blocks, int head)
    {
        var text = blocks[head].Text.TrimEnd();
        if (text.Length == 0 || !HanText.IsHan(text[^1])) return false;
        for (var i = 1; i < blocks.Count; i++)
        {
            if (i == head || blocks[i].Kind != BlockKind.Body || blocks[i].Text.Length == 0) continue;
            if (TermWeights.Default.IsWord(text[^1], blocks[i].Text[0]) && blocks[i - 1].Block.EndsSentence) return true;
        }
        return false;
    }

    private static bool IsCutClause(ClassifiedBlock block) =>
        block is { Kind: BlockKind.Headline, Block.MarkedHeading: false } && (block.Block.BlankSeparated || IsOneLineAlone(block.Block))
        && HanText.CountCommas(block.Text) > 0 && !HanText.EndsWithClausePunctuation(block.Text);

    /// <summary>"域，平均研发…", "期。村民们…": a single letter before the first comma or full stop does not open a
    /// sentence; it ends a word cut above.</summary>
    public static bool OpensWithWordEnd(string text) => text.Length > 2 && HanText.IsHan(text[0]) && text[1] is '，' or '、' or '；' or '。';

    public ClassifiedBlock Classify(Block block)
    {
        var text = block.Text;
        var kind = KindOf(block, text);
        return new ClassifiedBlock(block, kind)
        {
            IsPhotoCredit = kind == BlockKind.ClosingByline && cues.IsPhotoCredit(text),
            EndsWithPhotoCredit = kind is BlockKind.Body or BlockKind.Lead && cues.EndsWithPhotoCredit(text),
            StartsWithSpeaker = LineCues.StartsWithSpeaker(text),
            NamesReporter = kind is BlockKind.OpeningByline or BlockKind.ClosingByline && cues.StartsWithReporterRole(text),
            OpensWithDate = kind == BlockKind.Body && cues.Knowledge.OpensWithDate.IsMatch(text),
        };
    }

    private BlockKind KindOf(Block block, string text)
    {
        if (block.Lines.Count == 1)
        {
            if (cues.IsFurniture(text)) return BlockKind.Furniture;
            var marker = cues.Marker(text);
            if (marker.Success)
                return cues.Knowledge.IsContinuesOn(marker.Groups["dir"].Value) ? BlockKind.ContinuesOn : BlockKind.ContinuedFrom;
            if (cues.IsNotice(text)) return BlockKind.Notice;
            if (cues.IsByline(text)) return cues.IsOpeningByline(text) ? BlockKind.OpeningByline : BlockKind.ClosingByline;
        }
        if (cues.StartsStandfirst(text)) return BlockKind.Standfirst;
        if (cues.StartsWithDateline(text) || cues.IsDocumentSalutation(text)) return BlockKind.Lead;
        if (IsCaption(block, text)) return BlockKind.Caption;
        if (IsList(block)) return BlockKind.ListItems;
        if (cues.IsSectionHeading(text)) return BlockKind.Body;
        if (block.MarkedHeading || LooksLikeHeadline(block)) return BlockKind.Headline;
        return BlockKind.Body;
    }

    /// <summary>List items, each possibly wrapped over several lines in a hard-wrapped dump.</summary>
    private bool IsList(Block block)
    {
        if (!cues.IsListItem(block.First.Text)) return false;
        for (var i = 1; i < block.Lines.Count; i++)
            if (!cues.IsListItem(block.Lines[i].Text) && !block.IsFullWidth(block.Lines[i - 1])) return false;
        return true;
    }

    /// <summary>A photo caption: set apart by several blank lines, or carrying a caption cue (图为, trailing 据…).</summary>
    private bool IsCaption(Block block, string text)
    {
        // Every letter is at least half a column wide: a paragraph of prose is ruled out before it is measured.
        if (block.Lines.Count > 6 || text.Length > 240) return false;
        var width = HanText.Width(text);
        if (width > 120) return false;
        if (cues.IsCaptionCue(text, block.Last.Text)) return true;
        if (block.Lines.Count > 3) return false;
        return width <= CaptionMaxWidth && block.BlankBefore >= 2 && block.BlankAfter >= 2;
    }

    /// <summary>A caption without a cue is a sentence or two: longer text is a paragraph.</summary>
    private const int CaptionMaxWidth = 90;

    private const int SloganClauseMaxLetters = 6;

    /// <summary>Short lines without sentence punctuation, at most three of them.</summary>
    private bool LooksLikeHeadline(Block block)
    {
        if (block.Text.Length > 160 || HanText.ContainsSentenceEnd(block.Text) || HanText.OpensUnclosedQuote(block.Text)
            || HanText.OpensUnclosedBracket(block.Text)) return false;
        if (block.Lines.Count > 3 && (block.WrapWidth is null || HanText.Width(block.Text) > 64)) return false;
        // Wrapped prose: a comma-bearing line that runs to the column edge, with more lines after it.
        if (block.Lines.Count > 1 && block.Lines.Take(block.Lines.Count - 1).Any(l => block.IsFullWidth(l) && HanText.CountCommas(l.Text) > 0))
            return false;
        foreach (var line in block.Lines)
        {
            var t = HanText.CollapseLetterSpacing(line.Text);
            // A line the dump wrapped at its cut width, with a comma in it and no deck's mark: a paragraph cut short.
            if (line.PhysicalLines > 1 && HanText.CountCommas(t) > 0 && !cues.Knowledge.IsDeckLine(t) && !line.WrappedDeck) return false;
            if (t.Contains('\t') || HanText.ContainsSentenceEnd(t) || HanText.EndsWithClausePunctuation(t)) return false;
            if (HanText.Width(t) > 64 || HanText.CountCommas(t) > 2) return false;
            if (IsProseClauses(t) || HanText.CountCommas(t) > 0 && OpensWithSpeechVerb(t)) return false;
            if (LineCues.StartsWithSpeaker(t) && (t.EndsWith('？') || t.EndsWith('?') || HanText.Width(t) > 24)) return false;
        }
        var content = HanText.ContentLength(block.Text);
        return content is >= 2 and <= 80;
    }

    /// <summary>Clauses past a comma that no headline line is set as: three make a headline only as a slogan of short
    /// ones (稳中求进，以进促稳，先立后破), with a longer clause they are a sentence whose paragraph a column break cut
    /// ("记者了解到，近三年来，…新引进"); and a line with a comma wider than 32 is prose.</summary>
    public static bool IsProseClauses(string line) =>
        HanText.CountCommas(line) == 2 && line.Split('，', ',').Max(c => HanText.ContentLength(c)) > SloganClauseMaxLetters
        || HanText.CountCommas(line) > 0 && HanText.Width(line) > ProseMinWidth;

    private const int ProseMinWidth = 32;

    /// <summary>"袁家军指出,学习好…": a sentence of reported speech cut by a column break, not a headline.</summary>
    private bool OpensWithSpeechVerb(string text)
    {
        var comma = text.IndexOfAny(['，', ',']);
        var clause = text[..comma];
        return HanText.EndsWithAny(clause, cues.Knowledge.KickerEndings);
    }
}
