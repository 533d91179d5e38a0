using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsPortal.Core.Parsing;

/// <summary>What the parser knows about newspapers (bylines, datelines, markers, kind cues), loaded once from Knowledge/parsing.json.</summary>
internal sealed class ParsingKnowledge
{
    // A safety net against pathological input, not a deadline: a starved CPU must not turn good pages into failures.
    private static readonly TimeSpan RegexBudget = TimeSpan.FromSeconds(5);

    public static ParsingKnowledge Default { get; } = Load();

    public required string DefaultPaper { get; init; }
    public required IReadOnlySet<string> PageFurniture { get; init; }
    /// <summary>A masthead's full date (年月日, ASCII or full-width digits; groups y, m, d).</summary>
    public required KnowledgePattern MastheadDate { get; init; }
    /// <summary>A paper's name in a masthead (group paper).</summary>
    public required KnowledgePattern MastheadPaper { get; init; }
    /// <summary>A page's number in a masthead (group page).</summary>
    public required KnowledgePattern MastheadPage { get; init; }
    /// <summary>A line that is only a page's number (and its section's label).</summary>
    public required KnowledgePattern MastheadPageLine { get; init; }
    /// <summary>A weekday in a masthead.</summary>
    public required KnowledgePattern MastheadWeekday { get; init; }
    /// <summary>A masthead line has at most this many letters.</summary>
    public required int MastheadMaxLetters { get; init; }
    /// <summary>A masthead is among the page's first or last this many lines with text.</summary>
    public required int MastheadEdgeLines { get; init; }
    public required KnowledgePattern ContinuationMarker { get; init; }
    public required IReadOnlyList<string> ContinuesOnWords { get; init; }
    public required IReadOnlyList<KnowledgePattern> Datelines { get; init; }
    /// <summary>The dateline patterns as one: whether any matches is asked of every line, and one scan costs less than one a pattern.</summary>
    public required KnowledgePattern AnyDateline { get; init; }
    public required IReadOnlyList<string> OwnPaperWords { get; init; }
    public required IReadOnlyList<string> BrandPrefixes { get; init; }
    public required KnowledgePattern BylineRole { get; init; }
    public required IReadOnlyList<string> BylineRoles { get; init; }
    public required IReadOnlyList<string> BylineRoleSuffixes { get; init; }
    public required IReadOnlyList<string> OpeningBylineMarks { get; init; }
    /// <summary>Lines that end an article without naming a reporter: an author line (本报评论员), a source credit
    /// (（来源：…）), a contact line, a document's sign-off (issuer and date).</summary>
    public required IReadOnlyList<KnowledgePattern> ClosingLines { get; init; }
    /// <summary><see cref="ClosingLines"/> as one pattern.</summary>
    public required KnowledgePattern AnyClosingLine { get; init; }
    public required IReadOnlyList<string> PhotoCreditWords { get; init; }
    public required IReadOnlyList<string> StandfirstMarkers { get; init; }
    public required IReadOnlyList<string> CaptionCues { get; init; }
    public required KnowledgePattern CaptionSuffix { get; init; }
    public required IReadOnlyList<string> KickerEndings { get; init; }
    public required IReadOnlyList<string> DeckWords { get; init; }
    /// <summary>Marks that open a deck line (副题: "——…").</summary>
    public required IReadOnlyList<string> DeckMarks { get; init; }
    /// <summary>Headline lines that are never the title: a parenthesised period, a document number.</summary>
    public required KnowledgePattern DeckLine { get; init; }
    /// <summary>A headline line this short (display width) beside a longer one is a column's label, not the title.</summary>
    public required double ColumnLabelMaxWidth { get; init; }
    /// <summary>A headline with at most this many letters of text under it is starved: its text may be printed among another article's.</summary>
    public required int StarvedHeadlineMaxLetters { get; init; }
    /// <summary>A headline this long or longer can be starved (fed paragraphs about it from a nearby article); shorter
    /// ones are column labels and kickers.</summary>
    public required int StarvedHeadlineMinLetters { get; init; }
    /// <summary>Names a title's subject is usually given by: the districts (names, aliases and the short form
    /// without 区/县) from districts.json, and the subject words of parsing.json.</summary>
    public required IReadOnlyList<string> SubjectNames { get; init; }
    /// <summary>Finds the districts and counties a text names (by name, alias or name without 区/县).</summary>
    public required PlaceNames Places { get; init; }
    public required KnowledgePattern SectionNumbering { get; init; }
    /// <summary>A sentence opening with its date ("9月19日，…", "12月17日下午，…"): prose, never a headline's line.</summary>
    public required KnowledgePattern OpensWithDate { get; init; }
    /// <summary>The addressee line that opens an official document ("各区县…，有关单位："): the document's first block.</summary>
    public required KnowledgePattern DocumentSalutation { get; init; }
    public required KnowledgePattern ListItem { get; init; }
    public required IReadOnlyList<KnowledgePattern> NoticeLines { get; init; }
    /// <summary><see cref="NoticeLines"/> as one pattern.</summary>
    public required KnowledgePattern AnyNoticeLine { get; init; }
    public required IReadOnlySet<string> BriefColumns { get; init; }
    public required IReadOnlyList<string> InterviewCues { get; init; }
    public required IReadOnlyList<string> CommentaryCues { get; init; }
    /// <summary>Words that open a paragraph by pointing back to what the paragraph before it spoke of (这家企业…).</summary>
    public required IReadOnlyList<string> BackReferences { get; init; }

    /// <summary>"这家企业…": text that opens pointing back is about what the paragraph before it spoke of.</summary>
    public bool OpensPointingBack(string text) => BackReferences.Any(w => text.StartsWith(w, StringComparison.Ordinal));
    /// <summary>A paragraph opening with a name and a verb of saying ("王建平说，…"): the rest of a quoted sentence whose
    /// speaker's title ended the line above ("…”公司董事长").</summary>
    public required KnowledgePattern OpensWithAttribution { get; init; }
    /// <summary>Text that reaches a verb of saying before any other mark ("区管委会主要负责人说。", "责人说，…"): the
    /// rest of a speaker cut above, whatever its length.</summary>
    public required KnowledgePattern FinishesSpeaker { get; init; }
    /// <summary>A paragraph ending with a quoted sentence and its speaker cut before the verb of saying ("…。”合作社负责人刘道").</summary>
    public required KnowledgePattern EndsWithCutSpeaker { get; init; }

    /// <summary><see cref="EndsWithCutSpeaker"/> asked of the text's end only: a match is at most 32 letters and ends the
    /// text or its last line break, and a paragraph's other sentence ends need not be tried (asked of every paragraph).</summary>
    public bool EndsWithCutSpeakerIn(string text) => EndsWithCutSpeaker.IsMatch(text.AsSpan(Math.Max(0, text.Length - CutSpeakerMaxLength - 1)));

    /// <summary>The longest text <see cref="EndsWithCutSpeaker"/> matches: a sentence's end, a closing quote and 2–30 letters.</summary>
    private const int CutSpeakerMaxLength = 32;
    /// <summary>A paragraph opening with the rest of a cut speaker: the end of a name or of a company's name, then the
    /// verb of saying ("明说，…", "有限公司负责人曾海峰说，…"); a pronoun before the verb is a speaker of its own.</summary>
    public required KnowledgePattern OpensWithSpeakerTail { get; init; }
    /// <summary>Text that cannot open a paragraph: it finishes a sentence cut above ("12.5%，…", "域，…").</summary>
    public required KnowledgePattern OpensMidSentence { get; init; }
    /// <summary>Letters no sentence opens with (的): text opening with one finishes a sentence cut above.</summary>
    public required string LettersOnlyMidSentence { get; init; }
    /// <summary>Letters that open a sentence on their own (prepositions, conjunctions, adverbs: 为, 在, 到, 但 …): a paragraph
    /// opening with one is read as a sentence's start, not as the end of a word a column break cut.</summary>
    public required string LettersOpeningSentences { get; init; }
    /// <summary>Letters that close a list only before what it lists (…先进材料等 + 领域, …电子及 + 新材料): a list of items ending
    /// with one is under way.</summary>
    public required string LettersClosingNoList { get; init; }
    /// <summary>What a number cut at a column edge runs on with: more digits, a multiplier, a unit (units.json), a date word
    /// ("４２" + "万吨，…", "4" + "月1日，…").</summary>
    public required KnowledgePattern NumberRunsOn { get; init; }

    /// <summary>"…年产量约４２" over "眼下，…": a paragraph cut inside a number, over text the number cannot run on with:
    /// the number's tail is printed elsewhere.</summary>
    public bool NumberCutApart(string cut, string next) =>
        cut.Length > 0 && char.IsDigit(cut[^1]) && next.Length > 0 && HanText.IsHan(next[0]) && !NumberRunsOn.IsMatch(next);
    public required IReadOnlyList<string> DocumentCues { get; init; }
    /// <summary>A document's opening lines: the line naming whom it is addressed to (各…：) and its preamble (为…，制定本方案。).</summary>
    public required KnowledgePattern DocumentOpener { get; init; }
    public required IReadOnlyList<(KnowledgePattern Pattern, int Year)> Eras { get; init; }
    public required IReadOnlyList<string> FutureBeforeYear { get; init; }
    public required IReadOnlyList<string> PlanAfterYear { get; init; }
    public required IReadOnlyList<string> PastBeforeYear { get; init; }
    public required IReadOnlyList<string> PastAfterYear { get; init; }
    public required IReadOnlyList<string> FutureDateCues { get; init; }
    /// <summary>Below this topic coverage a headline shares nothing with the text printed under it.</summary>
    public required double HeadlineSharesNothingBelow { get; init; }
    /// <summary>From this coverage a headline clearly restates a text.</summary>
    public required double HeadlineRestatesFrom { get; init; }
    /// <summary>A headline printed after text that has no headline (and does not end mid-sentence) is that text's subhead
    /// only from this topic coverage of the text; below it the headline opens an article of its own.</summary>
    public required double UntitledTextTakesHeadlineFrom { get; init; }
    /// <summary>How many of the page's last paragraphs may be pieces printed out of place (<c>MoveStrayEndPieces</c>).</summary>
    public required int StrayEndPieces { get; init; }
    /// <summary>How many of an article's first letters a dateline naming its reporters in brackets (本报讯（记者 …）) fits in:
    /// an article whose dateline names its reporter prints no reporter's line (<c>GiveSurplusBylines</c>).</summary>
    public required int DatelineLetters { get; init; }
    /// <summary>How many paragraphs after its head the tail of a paragraph cut inside a word may be printed (another
    /// article's pieces between them) to be put back with it (<c>ReuniteCutParagraphs</c>).</summary>
    public required int CutTailWithin { get; init; }
    /// <summary>Two articles printed in turn (<c>RedealInterleavedPairs</c>): the weight of a paragraph's likeness to one
    /// article over the other (the weighted share of its bigrams only that article holds), bounded by
    /// <see cref="InterleaveTopicCap"/>.</summary>
    public required double InterleaveTopicWeight { get; init; }
    public required double InterleaveTopicCap { get; init; }
    /// <summary>What a paragraph's place as assembled is worth: more than the bounded likeness, so only seams move it.</summary>
    public required double InterleaveKeep { get; init; }
    /// <summary>The weight of a seam's evidence: a sentence going on across a break, or a dateline where none can be.</summary>
    public required double InterleaveSeamWeight { get; init; }
    /// <summary>The weight of a district a paragraph names that only one of the two articles (its headline, its text
    /// outside the run) names.</summary>
    public required double InterleavePlaceWeight { get; init; }
    /// <summary>A stray piece is weighed against each article's opening: its paragraphs up to the first that reaches this
    /// many letters (the words an article keeps saying are said early; counting a long article whole cost the parse a
    /// tenth of its speed).</summary>
    public required int StrayEndOpening { get; init; }
    /// <summary>Without blank lines, a line under a title that names its district is read as a deck when it is at
    /// least this many letters shorter; a title broken over two lines is broken about evenly.</summary>
    public required int DeckShorterByLetters { get; init; }
    /// <summary>... and when the title itself is at least this long: a shorter line naming its subject says too little
    /// to be a whole title (<c>全市村（社区）党组织</c> over <c>换届顺利完成</c> is one title broken over two lines).</summary>
    public required int TitleOverDeckMinLetters { get; init; }
    /// <summary>A line this short that ends with a deck word (<c>胡衡华主持</c>) says only who chaired or spoke.</summary>
    public required int ChairLineMaxLetters { get; init; }
    /// <summary>How a title naming a meeting ends (<c>…常务会议</c>, <c>…座谈会</c>): its chair line is the title's second part.</summary>
    public required IReadOnlyList<string> MeetingEndings { get; init; }
    /// <summary>A stray piece at the page's end moves when it is this many times as like another article as its own.</summary>
    public required double StrayEndLikeness { get; init; }
    /// <summary>... and at least this like it (weighted cosine).</summary>
    public required double StrayEndMinLikeness { get; init; }
    /// <summary>A whole paragraph inside another article's text moves to an article it is at least this many times as
    /// like as the rest of its own (weighted cosine; <see cref="ArticleAssembler"/>'s interleaved paragraphs).</summary>
    public required double InterleavedParagraphLikeness { get; init; }
    /// <summary>... and at least this like (weighted cosine).</summary>
    public required double InterleavedParagraphMinLikeness { get; init; }
    /// <summary>... unless the rest of its own article prints at least this share of its letter pairs (unweighted).</summary>
    public required double InterleavedParagraphOwnShare { get; init; }
    /// <summary>An article's second paragraph, among those pieces when the article has no closing line, strays only to an
    /// article it reads this many times as like as the rest of its own ...</summary>
    public required double StraySecondLikeness { get; init; }
    /// <summary>... and at least this like it (weighted cosine).</summary>
    public required double StraySecondMinLikeness { get; init; }
    /// <summary>What naming a district the article names counts for a stray end piece (as much off when it names only others).</summary>
    public required double StrayEndPlaceWeight { get; init; }
    /// <summary>What a sentence cut between a stray end piece and an article's paragraph counts for it.</summary>
    public required double StrayEndCutWeight { get; init; }
    /// <summary>What the titles count for moving a stray end piece to another article: times the share of that article's
    /// title the piece says and its own article's title lacks, less the share of its own title it says and the other's
    /// lacks.</summary>
    public required double StrayEndTitleWeight { get; init; }
    /// <summary>Two neighbouring titles trade their texts when each restates the other's text this many times as well
    /// as the two restate their own (weighted coverage, summed over the pair).</summary>
    public required double CrossedTitlesLikeness { get; init; }
    /// <summary>... and the crossed pair restates at least this much more (summed weighted coverage).</summary>
    public required double CrossedTitlesMargin { get; init; }
    /// <summary>A headline printed after an article's first paragraphs comes within this many letters of its opening;
    /// further in, a headline inside an untitled article is a section head.</summary>
    public required int TitleAfterOpeningMaxLetters { get; init; }
    /// <summary>A kicker printed over a title shares at least this much (topic coverage) with the title and its text;
    /// a leading headline line that shares less is another article's headline.</summary>
    public required double KickerSharesFrom { get; init; }
    /// <summary>At most this many paragraphs at the end of a segment are weighed as another article's stray run.</summary>
    public required int StrayRunMaxParagraphs { get; init; }
    /// <summary>Text left without a headline joins the headed article most like it only from this score on
    /// (topic cosine + half the headline's share in it + continuity + place agreement); below it, it stands alone.</summary>
    public required double StrayTextJoinsFrom { get; init; }
    /// <summary>Text without a headline longer than this is an article whose headline went astray, not a piece
    /// printed away from its article: it is not joined to another.</summary>
    public required int StrayTextMaxLetters { get; init; }

    public bool IsContinuesOn(string direction) => ContinuesOnWords.Contains(direction);

    /// <summary>A deck line by its mark ("——…"): printed under its title, never a title itself.</summary>
    public bool OpensDeck(string line) => HanText.StartsWithAny(line, DeckMarks);

    /// <summary>A line that says by its shape it is a deck: it opens with a deck mark ("——…") or is a deck line
    /// ("（…）", a document number).</summary>
    public bool IsDeckLine(string line) => OpensDeck(line) || DeckLine.IsMatch(line);

    /// <summary>No wider than a column's label ("区县简讯", "图片新闻").</summary>
    public bool IsColumnLabel(string text) => HanText.Width(text) <= ColumnLabelMaxWidth;

    private static ParsingKnowledge Load()
    {
        using var stream = typeof(ParsingKnowledge).Assembly.GetManifestResourceStream("NewsPortal.Core.Parsing.parsing.json")
            ?? throw new InvalidOperationException("Embedded resource NewsPortal.Core.Parsing.parsing.json is missing.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        string[] Strings(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        // Compiled once here: the knowledge is loaded once per process and its patterns run on every block.
        KnowledgePattern Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexBudget);
        // Each pattern in a group of its own: one matches where any of them does (the lists use no numbered back-reference).
        KnowledgePattern AnyOf(string[] patterns) => Rx(string.Join('|', patterns.Select(p => "(?:" + p + ")")));

        var roles = Strings("bylineRoles").OrderByDescending(r => r.Length).ToArray();
        return new ParsingKnowledge
        {
            DefaultPaper = root.GetProperty("defaultPaper").GetString()!,
            PageFurniture = Strings("pageFurniture").ToHashSet(),
            MastheadDate = Rx(root.GetProperty("mastheadDate").GetString()!),
            MastheadPaper = Rx(root.GetProperty("mastheadPaper").GetString()!),
            MastheadPage = Rx(root.GetProperty("mastheadPage").GetString()!),
            MastheadPageLine = Rx(root.GetProperty("mastheadPageLine").GetString()!),
            MastheadWeekday = Rx(root.GetProperty("mastheadWeekday").GetString()!),
            MastheadMaxLetters = root.GetProperty("mastheadMaxLetters").GetInt32(),
            MastheadEdgeLines = root.GetProperty("mastheadEdgeLines").GetInt32(),
            ContinuationMarker = Rx(root.GetProperty("continuationMarker").GetString()!),
            ContinuesOnWords = Strings("continuesOnWords"),
            Datelines = Strings("datelines").Select(Rx).ToArray(),
            AnyDateline = AnyOf(Strings("datelines")),
            OwnPaperWords = Strings("ownPaperWords"),
            BrandPrefixes = Strings("brandPrefixes"),
            BylineRoles = roles,
            // A role word followed by whitespace and a name of two to four Han characters.
            BylineRole = Rx("(?:" + string.Join('|', roles.Select(Regex.Escape)) + @")[\s\u3000]+[\p{IsCJKUnifiedIdeographs}]{2,4}"),
            BylineRoleSuffixes = Strings("bylineRoleSuffixes").OrderByDescending(s => s.Length).ToArray(),
            OpeningBylineMarks = Strings("openingBylineMarks"),
            ClosingLines = Strings("closingLines").Select(Rx).ToArray(),
            AnyClosingLine = AnyOf(Strings("closingLines")),
            PhotoCreditWords = Strings("photoCreditWords"),
            StandfirstMarkers = Strings("standfirstMarkers"),
            CaptionCues = Strings("captionCues"),
            CaptionSuffix = Rx(root.GetProperty("captionSuffix").GetString()!),
            KickerEndings = Strings("kickerEndings").OrderByDescending(s => s.Length).ToArray(),
            DeckWords = Strings("deckWords"),
            DeckMarks = Strings("deckMarks"),
            DeckLine = Rx(root.GetProperty("deckLine").GetString()!),
            ColumnLabelMaxWidth = root.GetProperty("columnLabelMaxWidth").GetDouble(),
            StarvedHeadlineMaxLetters = root.GetProperty("starvedHeadlineMaxLetters").GetInt32(),
            StarvedHeadlineMinLetters = root.GetProperty("starvedHeadlineMinLetters").GetInt32(),
            SubjectNames = SubjectNamesOf(Strings("subjectWords")),
            Places = new PlaceNames(DistrictNames()),
            SectionNumbering = Rx(root.GetProperty("sectionNumbering").GetString()!),
            OpensWithDate = Rx(root.GetProperty("opensWithDate").GetString()!),
            DocumentSalutation = Rx(root.GetProperty("documentSalutation").GetString()!),
            ListItem = Rx(root.GetProperty("listItem").GetString()!),
            NoticeLines = Strings("noticeLines").Select(Rx).ToArray(),
            AnyNoticeLine = AnyOf(Strings("noticeLines")),
            BriefColumns = Strings("briefColumns").ToHashSet(),
            InterviewCues = Strings("interviewCues"),
            CommentaryCues = Strings("commentaryCues"),
            BackReferences = Strings("backReferences"),
            OpensMidSentence = Rx(root.GetProperty("opensMidSentence").GetString()!),
            LettersOnlyMidSentence = root.GetProperty("lettersOnlyMidSentence").GetString()!,
            LettersOpeningSentences = root.GetProperty("lettersOpeningSentences").GetString()!,
            LettersClosingNoList = root.GetProperty("lettersClosingNoList").GetString()!,
            // The date and approximation words of the knowledge file, or any unit a figure is printed with (units.json).
            NumberRunsOn = Rx(root.GetProperty("numberRunsOn").GetString()! + "|^[" + Regex.Escape(string.Concat(
                Extraction.UnitTable.Load().Units.Where(u => u.IsUnit).Select(u => u.Unit[0]).Distinct())) + "]"),
            EndsWithCutSpeaker = Rx(@"[。！!？?…][”」][^，,。.！!？?；;：:、“”「」\s]{2,30}$"),
            OpensWithSpeakerTail = Rx(@"^(?:(?!" + string.Join('|', Strings("speakerPronouns").Select(Regex.Escape)) + @")[\p{IsCJKUnifiedIdeographs}]{1,2}|(?:"
                + string.Join('|', Strings("nameEndings").Select(Regex.Escape)) + @")[^，,。.！!？?；;：:“”「」]{0,20}?)(?:" + string.Join('|', Strings("attributionVerbs").Select(Regex.Escape)) + ")[，,]"),
            FinishesSpeaker = Rx(@"^[^，,。.！!？?；;：:“”「」]{0,30}?(?:" + string.Join('|', Strings("attributionVerbs").Select(Regex.Escape)) + ")[，,。.：:]"),
            OpensWithAttribution = Rx(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}(?:" + string.Join('|', Strings("attributionVerbs").Select(Regex.Escape)) + ")[，,：:]"),
            DocumentCues = Strings("documentCues"),
            DocumentOpener = AnyOf(Strings("documentOpeners")),
            Eras = root.GetProperty("eras").EnumerateArray()
                .Select(e => (Rx(e.GetProperty("pattern").GetString()!), e.GetProperty("year").GetInt32())).ToArray(),
            FutureBeforeYear = Strings("futureBeforeYear"),
            PlanAfterYear = Strings("planAfterYear"),
            PastBeforeYear = Strings("pastBeforeYear"),
            PastAfterYear = Strings("pastAfterYear"),
            FutureDateCues = Strings("futureDateCues"),
            HeadlineSharesNothingBelow = root.GetProperty("headlineSharesNothingBelow").GetDouble(),
            HeadlineRestatesFrom = root.GetProperty("headlineRestatesFrom").GetDouble(),
            UntitledTextTakesHeadlineFrom = root.GetProperty("untitledTextTakesHeadlineFrom").GetDouble(),
            StrayEndPieces = root.GetProperty("strayEndPieces").GetInt32(),
            CutTailWithin = root.GetProperty("cutTailWithin").GetInt32(),
            DatelineLetters = root.GetProperty("datelineLetters").GetInt32(),
            InterleaveTopicWeight = root.GetProperty("interleaveTopicWeight").GetDouble(),
            InterleaveTopicCap = root.GetProperty("interleaveTopicCap").GetDouble(),
            InterleaveKeep = root.GetProperty("interleaveKeep").GetDouble(),
            InterleaveSeamWeight = root.GetProperty("interleaveSeamWeight").GetDouble(),
            InterleavePlaceWeight = root.GetProperty("interleavePlaceWeight").GetDouble(),
            StrayEndOpening = root.GetProperty("strayEndOpening").GetInt32(),
            DeckShorterByLetters = root.GetProperty("deckShorterByLetters").GetInt32(),
            TitleOverDeckMinLetters = root.GetProperty("titleOverDeckMinLetters").GetInt32(),
            ChairLineMaxLetters = root.GetProperty("chairLineMaxLetters").GetInt32(),
            MeetingEndings = Strings("meetingEndings"),
            StrayEndLikeness = root.GetProperty("strayEndLikeness").GetDouble(),
            StrayEndMinLikeness = root.GetProperty("strayEndMinLikeness").GetDouble(),
            InterleavedParagraphLikeness = root.GetProperty("interleavedParagraphLikeness").GetDouble(),
            InterleavedParagraphMinLikeness = root.GetProperty("interleavedParagraphMinLikeness").GetDouble(),
            InterleavedParagraphOwnShare = root.GetProperty("interleavedParagraphOwnShare").GetDouble(),
            StraySecondLikeness = root.GetProperty("straySecondLikeness").GetDouble(),
            StraySecondMinLikeness = root.GetProperty("straySecondMinLikeness").GetDouble(),
            StrayEndPlaceWeight = root.GetProperty("strayEndPlaceWeight").GetDouble(),
            StrayEndCutWeight = root.GetProperty("strayEndCutWeight").GetDouble(),
            StrayEndTitleWeight = root.GetProperty("strayEndTitleWeight").GetDouble(),
            CrossedTitlesLikeness = root.GetProperty("crossedTitlesLikeness").GetDouble(),
            CrossedTitlesMargin = root.GetProperty("crossedTitlesMargin").GetDouble(),
            TitleAfterOpeningMaxLetters = root.GetProperty("titleAfterOpeningMaxLetters").GetInt32(),
            KickerSharesFrom = root.GetProperty("kickerSharesFrom").GetDouble(),
            StrayRunMaxParagraphs = root.GetProperty("strayRunMaxParagraphs").GetInt32(),
            StrayTextJoinsFrom = root.GetProperty("strayTextJoinsFrom").GetDouble(),
            StrayTextMaxLetters = root.GetProperty("strayTextMaxLetters").GetInt32(),
        };
    }

    /// <summary>Every way a district is named on a page (name, aliases, name without 区/县), with the district.</summary>
    private static IEnumerable<(string Name, string District)> DistrictNames() =>
        Extraction.ReferenceList.Load("districts.json").Items
            .SelectMany(d => (d.Aliases ?? []).Prepend(d.Name).Append(d.Name[..^1]).Select(n => (n, d.Name)));

    private static string[] SubjectNamesOf(IEnumerable<string> words)
    {
        return DistrictNames().Select(n => n.Name)
            .Where(n => n.Length >= 2)
            .Concat(words)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
