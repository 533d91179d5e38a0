using NewsPortal.Core.Pages;

namespace NewsPortal.Core.Parsing;

/// <summary>The staged page parser: decode → lines → blocks → block kinds → segments → articles → fields and edition date.
/// Never throws: problems come back as warnings.</summary>
public sealed class PageParser : IPageParser
{
    private readonly ParsingKnowledge _knowledge = ParsingKnowledge.Default;
    private readonly PageDecoder _decoder = new();
    private readonly LineSplitter _lines = new();
    private readonly LineJoiner _joiner;
    private readonly BlockSplitter _blocks;
    private readonly BlockClassifier _classifier;
    private readonly PageSegmenter _segmenter;
    private readonly ArticleAssembler _assembler;
    private readonly ArticleTextWriter _writer;
    private readonly ArticleFieldReader _fields;
    private readonly EditionDateInference _editionDate;
    private readonly PaperReader _paper;
    private readonly MastheadReader _masthead;
    private readonly ParseStageClock? _clock;

    public PageParser() : this(null)
    {
    }

    /// <summary>A parser that adds the time of each stage to the clock.</summary>
    public PageParser(ParseStageClock? clock)
    {
        _clock = clock;
        var cues = new LineCues(_knowledge);
        _joiner = new LineJoiner(cues);
        _blocks = new BlockSplitter(cues);
        _classifier = new BlockClassifier(cues);
        _segmenter = new PageSegmenter(_knowledge.BriefColumns);
        _assembler = new ArticleAssembler(_knowledge);
        _writer = new ArticleTextWriter(new HeadlineReader(_knowledge));
        _fields = new ArticleFieldReader(_knowledge, cues);
        _editionDate = new EditionDateInference(_knowledge);
        _paper = new PaperReader(_knowledge, cues, _fields);
        _masthead = new MastheadReader(_knowledge);
    }

    /// <summary>Decodes the bytes and splits the text into lines, nothing more: the floor a parse is measured against.</summary>
    public int CountLines(ReadOnlySpan<byte> content) => _lines.Split(_decoder.Decode(content).Text).Lines.Count;

    public ParsedPage Parse(ReadOnlySpan<byte> content, string fileName)
    {
        _clock?.Start();
        var decoded = _decoder.Decode(content);
        _clock?.Lap("decode");
        var warnings = new List<ParseWarning>(decoded.Warnings);
        if (decoded.Refused || decoded.Text.Length == 0)
        {
            return new ParsedPage(fileName, decoded.Text, new EditionInfo(null, null, null), [], warnings)
            {
                Refusal = decoded.Warnings.FirstOrDefault()?.Message ?? "the file is empty",
            };
        }
        // The page's bigram tables live in this thread's scratch until the page is parsed.
        using var scratch = PageScratch.Open();
        try
        {
            return ParseText(decoded.Text, fileName, warnings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The stages are written not to throw; this is the last line of defence for inputs nobody imagined.
            warnings.Add(new ParseWarning("parser-failure", $"The page could not be parsed: {e.GetType().Name}: {e.Message}"));
            return new ParsedPage(fileName, decoded.Text, new EditionInfo(null, null, null), [], warnings);
        }
    }

    private ParsedPage ParseText(string text, string fileName, List<ParseWarning> warnings)
    {
        var physical = _lines.Split(text);
        // The masthead says the edition; its line is no article's.
        var masthead = _masthead.Read(physical.Lines);
        if (masthead is not null) physical = WithoutLines(physical, masthead.LineIndexes);
        var characters = new CharacterStatistics(text);
        var lines = _joiner.Join(physical, characters);
        _clock?.Lap("lines");
        if (PageEvidence.Refusal(text, lines.Lines) is { } refusal)
        {
            warnings.Add(new ParseWarning("not-a-page", refusal));
            return new ParsedPage(fileName, text, new EditionInfo(null, null, null), [], warnings) { Refusal = refusal };
        }
        var split = _blocks.Split(lines);
        _clock?.Lap("blocks");
        var blocks = _classifier.Classify(split, characters);
        _clock?.Lap("block kinds");
        var layout = _segmenter.Segment(blocks);
        _clock?.Lap("segments");
        var drafts = _assembler.Assemble(layout, characters);
        _clock?.Lap("articles");
        var texts = drafts.Select(_writer.Write).ToList();
        _clock?.Lap("text");
        var paper = masthead?.Paper ?? _paper.Read(texts);

        var fields = texts.Select(t => _fields.Read(t, paper ?? _knowledge.DefaultPaper)).ToList();
        _clock?.Lap("fields");
        // A story filed on its dateline's day is printed the day after at the earliest.
        var days = fields.SelectMany(f => new[] { f.EventDay, f.DatelineDay }).OfType<(int, int)>().ToList();
        var edition = masthead?.Date is { } printed
            ? new EditionDate(printed, $"版头印有出版日期{printed.Year}年{printed.Month}月{printed.Day}日。", printed.Year)
            : _editionDate.Infer(text, days);
        _clock?.Lap("edition date");
        if (edition.Date is null) warnings.Add(new ParseWarning("no-edition-date", edition.Basis));

        var articles = new List<ParsedArticle>();
        for (var i = 0; i < texts.Count; i++)
        {
            var (t, f) = (texts[i], fields[i]);
            if (!HanText.HasContent(f.Title) && !t.Paragraphs.Any(p => HanText.HasContent(p.Text))) continue;
            articles.Add(new ParsedArticle
            {
                Title = f.Title,
                Subtitles = f.Subtitles,
                Kind = f.Kind,
                Source = f.Source,
                Dateline = f.Dateline,
                Reporters = f.Reporters,
                EventDate = EventDate(f.EventDay, edition.Date),
                Complete = f.Complete,
                Continued = f.Continued,
                Paragraphs = t.Paragraphs.Select(p => p.Paragraph).ToList(),
                HeadlineSpans = t.HeadlineSpans,
            });
        }
        if (articles.Count == 0) warnings.Add(new ParseWarning("no-articles", "No article could be recognised on the page."));
        return new ParsedPage(fileName, text, new EditionInfo(paper, edition.Date, edition.Basis, masthead?.Page), articles, warnings);
    }

    /// <summary>The page's lines with the given ones read as blank (their text is no article's).</summary>
    private static PageLines WithoutLines(PageLines page, IReadOnlyList<int> indexes)
    {
        var lines = page.Lines.ToArray();
        foreach (var i in indexes) lines[i] = new RawLine(i, lines[i].Start, 0, "", 0, 0, false);
        return new PageLines(lines, LineProfile.Measure(lines));
    }

    /// <summary>An event day falls on or before the edition date: in the edition's year, or the year before.</summary>
    private static DateOnly? EventDate((int Month, int Day)? day, DateOnly? edition)
    {
        if (day is not { } d || edition is not { } e) return null;
        for (var year = e.Year; year >= e.Year - 1; year--)
        {
            if (d.Day > DateTime.DaysInMonth(year, d.Month)) continue;
            var date = new DateOnly(year, d.Month, d.Day);
            if (date <= e) return date;
        }
        return null;
    }
}
