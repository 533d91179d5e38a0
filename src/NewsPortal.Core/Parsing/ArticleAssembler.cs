namespace NewsPortal.Core.Parsing;

/// <summary>Decides which segments make one article and in what order: headlines are matched to the leads they
/// summarise, text printed under a headline continues that headline's article, subheads stay inside their
/// article, unfinished text is continued by the segment that completes it.</summary>
internal sealed partial class ArticleAssembler(ParsingKnowledge knowledge)
{
    /// <summary>Only headlines and segments this many items apart are compared (keeps huge inputs linear).</summary>
    private const int Window = 40;
    private const double AdjacentAfterBonus = 0.3;
    private const double AdjacentBeforeBonus = 0.1;

    public IReadOnlyList<ArticleDraft> Assemble(PageLayout layout, CharacterStatistics characters)
    {
        var similarity = new TopicSimilarity(layout.Segments);
        layout = SplitCrowdedGroups(layout, similarity);
        foreach (var group in layout.Groups) group.FixIndex();
        var drafts = new List<ArticleDraft>();
        var parallelHeads = ParallelHeads(layout);
        // The districts each block names, looked up once for both moves of placed text.
        var blockPlaces = new BlockPlaces(knowledge);
        var places = new PlacedText(blockPlaces);
        PairHeadlinesWithLeads(layout, similarity, drafts);

        var standfirsts = new List<Segment>();
        var bylinesOverHeadlines = new List<(Segment Byline, HeadlineGroup Group)>();
        foreach (var item in layout.Items)
        {
            if (item is HeadlineGroup g) PlaceHeadline(g, layout, similarity, parallelHeads, drafts);
            else if (item is Segment { Owner: null } s)
            {
                if (s.Start == SegmentStart.Standfirst) standfirsts.Add(s);
                else if (s is { Start: SegmentStart.Byline, HasBody: false } && s.Position + 1 < layout.Items.Count
                         && layout.Items[s.Position + 1] is HeadlineGroup { IsIndex: false } under)
                    bylinesOverHeadlines.Add((s, under));
                else if (s.Start == SegmentStart.Plain && !s.Closed) PlaceOrphan(s, drafts, similarity, characters);
                else NewDraft(s, drafts);
            }
        }
        ReturnSentencesCutByHeadlines(layout, characters);
        foreach (var s in standfirsts) PlaceStandfirst(s, drafts, similarity);
        // A reporter's line printed over a headline opens that headline's article.
        foreach (var (byline, group) in bylinesOverHeadlines)
        {
            if (byline.Owner is not null) continue;
            if (group.Draft is { } headed) headed.AddFirst(byline);
            else NewDraft(byline, drafts);
        }
        PairEmptyHeadlinesWithNotices(drafts);
        PairEmptyHeadlinesWithPhotosAbove(drafts);
        JoinLoneDecks(drafts, similarity);
        JoinStrayHeadlineLines(drafts);
        PutDocumentsUnderTheirTitles(drafts, similarity);
        TitleDeckHeadedDrafts(drafts, similarity, maxLetters: 0);
        MovePlacedRuns(drafts, similarity, places);
        ReturnDocumentSections(drafts, similarity);
        MergeHeadlessDrafts(drafts, similarity, characters);
        MovePlacedTails(drafts, similarity, places);
        ReturnCutTails(drafts, characters);
        var disentangler = new ArticleDisentangler(knowledge, similarity, characters, blockPlaces);
        disentangler.SplitStackedHeadlines(drafts);
        disentangler.SplitForeignSubheads(drafts);
        var dealt = disentangler.DealStackedSiblings(drafts);
        var fed = disentangler.FeedStarvedHeadlines(drafts);
        // A group of two stacked titles with no text of its own could not be split before it was dealt or fed its
        // text: it can now.
        disentangler.SplitStackedHeadlines(drafts, dealt.Concat(fed).Distinct().ToList());
        disentangler.TradeCrossedTitles(drafts);
        JoinEmptyHeadlinesUnderTitles(drafts, similarity);
        TitleDeckHeadedDrafts(drafts, similarity, knowledge.StarvedHeadlineMaxLetters);
        JoinBylinedDecks(drafts, similarity);
        ReturnDocumentSections(drafts, similarity);
        JoinCutSpeakers(drafts, similarity);
        JoinCutNumbers(drafts, similarity);
        ReturnSentencesCutByBylines(drafts, similarity);
        GiveDecksTheirTitles(drafts, similarity);
        JoinDeckOnlyHeadlines(drafts, similarity);
        TitleUnmarkedDecks(drafts, similarity, blockPlaces);
        TitleUnmarkedDecksOfStackedTitles(drafts, similarity, blockPlaces);
        ReturnDocumentOpeners(drafts, similarity);
        JoinStrayEndHeadline(drafts, similarity);
        JoinTrailingHeadline(drafts, similarity);
        MoveStrayEndPieces(drafts, similarity, characters, blockPlaces);
        MoveParagraphsInsideCutSentences(drafts, similarity, characters);
        MoveLateLeads(drafts, similarity);
        MoveInterleavedParagraphs(drafts, blockPlaces);
        RedealInterleavedPairs(drafts, similarity, characters, blockPlaces);
        ReuniteCutParagraphs(drafts, similarity, characters);
        GiveStackedBylines(drafts);
        GiveStrandedBylines(drafts);
        GiveStrayEndBylines(drafts);
        GiveSurplusBylines(drafts);
        return drafts.Where(d => !d.IsEmpty || d.Headline is not null).OrderBy(d => d.Position).ToList();
    }

    /// <summary>Four or more headline blocks in a row are either an index of items (nothing around them matches)
    /// or several articles' headlines printed together: leading ones that match the text before, trailing ones
    /// that match the text after, and headlines of their own in between.</summary>
    private PageLayout SplitCrowdedGroups(PageLayout layout, TopicSimilarity similarity)
    {
        if (!layout.Groups.Any(g => g.Blocks.Count >= 2)) return layout;
        var items = new List<object>();
        foreach (var item in layout.Items)
        {
            if (item is HeadlineGroup { Blocks.Count: 2 or 3, ListSubtitles.Count: 0 } small)
            {
                SplitForeignHeadlines(small, layout.After(small), similarity, items);
                continue;
            }
            if (item is not HeadlineGroup { Blocks.Count: >= 4, ListSubtitles.Count: 0 } g)
            {
                items.Add(item);
                continue;
            }
            var before = layout.Before(g);
            var after = layout.After(g);
            var probes = g.Blocks.ToDictionary(b => b, b => (IReadOnlySet<int>)TopicSimilarity.Bigrams(b.Text, 400));
            double Sim(ClassifiedBlock b, Segment? s) => s is null ? 0 : similarity.Coverage(probes[b], s.Bigrams);
            var prefix = 0;
            while (prefix < g.Blocks.Count && Sim(g.Blocks[prefix], before) >= 0.2 && Sim(g.Blocks[prefix], before) > Sim(g.Blocks[prefix], after))
                prefix++;
            // Column labels (区县简讯) printed under a trailing headline go with it.
            var suffix = 0;
            for (var labels = 0; suffix + labels < g.Blocks.Count - prefix;)
            {
                var block = g.Blocks[^(suffix + labels + 1)];
                if (IsColumnLabel(block)) labels++;
                else if (Sim(block, after) >= 0.3)
                {
                    suffix += labels + 1;
                    labels = 0;
                }
                else break;
            }
            // A deck line under a title (——…, or a plan's period or a document's number in brackets) says the group is
            // stacked headlines, each title with its deck, not an index.
            var decked = g.Blocks.Any(b => knowledge.IsDeckLine(b.Text));
            if (prefix == 0 && suffix == 0 && !decked)
            {
                items.Add(RestatedBelow(g, layout, similarity) ? Restated(g) : g);
                continue;
            }
            var middle = g.Blocks.Skip(prefix).Take(g.Blocks.Count - prefix - suffix).ToList();
            var parts = new List<List<ClassifiedBlock>>();
            var leading = g.Blocks.Take(prefix).ToList();
            if (prefix > 0) parts.Add(leading);
            var trailing = g.Blocks.Skip(g.Blocks.Count - suffix).ToList();
            if (decked)
            {
                middle.AddRange(trailing);
                trailing.Clear();
            }
            if (middle.Count >= 4 && !decked) parts.Add(middle);
            else
            {
                foreach (var b in middle)
                {
                    // A column label goes with the title over it; in stacked headlines so does a deck (one deck a title).
                    var under = parts.Count > 0 ? parts[^1] : null;
                    var joins = under is not null && (IsColumnLabel(b)
                        ? under.Count == 1 || decked && !under.Any(IsColumnLabel)
                        : decked && knowledge.IsDeckLine(b.Text) && !under.Any(x => IsColumnLabel(x) || knowledge.IsDeckLine(x.Text)));
                    if (joins) under!.Add(b);
                    else parts.Add([b]);
                }
            }
            if (trailing.Count > 0) parts.Add(trailing);
            // The leading and trailing lines are restated by the text next to them: however many, they are stacked
            // headlines, not an index.
            foreach (var part in parts)
            {
                var split = new HeadlineGroup(0) { RestatedByText = ReferenceEquals(part, trailing) || ReferenceEquals(part, leading) };
                split.Blocks.AddRange(part);
                items.Add(split);
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is HeadlineGroup hg) hg.Position = i;
            else ((Segment)items[i]).Position = i;
        }
        return new PageLayout(items);
    }

    /// <summary>Every title line of the group (column labels and deck lines aside) is restated by the text printed under
    /// it, up to the next headline: two articles' headlines stacked over their paragraphs printed in turn, where only
    /// the first of those paragraphs is the segment right under the group.</summary>
    private bool RestatedBelow(HeadlineGroup g, PageLayout layout, TopicSimilarity similarity)
    {
        var below = layout.Items.Skip(g.Position + 1).TakeWhile(i => i is Segment).Cast<Segment>().Select(s => s.Bigrams).ToList();
        if (below.Count == 0) return false;
        return g.Blocks.Where(b => !IsColumnLabel(b) && !knowledge.IsDeckLine(b.Text))
            .All(b => similarity.Coverage(TopicSimilarity.Bigrams(b.Text, 400), below) >= RestatedFrom);
    }

    /// <summary>The coverage of a headline line's bigrams by the text under it from which that text restates it.</summary>
    private const double RestatedFrom = 0.3;

    private static HeadlineGroup Restated(HeadlineGroup g)
    {
        var restated = new HeadlineGroup(g.Position) { RestatedByText = true };
        restated.Blocks.AddRange(g.Blocks);
        return restated;
    }

    /// <summary>A column break cut a word: the head's last letter and the tail's first, both Han, make a word of general
    /// Chinese or one the page prints elsewhere (…加工产 | 业实现…).</summary>
    private static bool CutsWord(ClassifiedBlock head, ClassifiedBlock tail, CharacterStatistics characters) =>
        head.Text.Length > 0 && tail.Text.Length > 0 && HanText.IsHan(head.Text[^1]) && HanText.IsHan(tail.Text[0])
        && (TermWeights.Default.IsWord(head.Text[^1], tail.Text[0]) || characters.JoinsWord(head.Text, tail.Text));

    private bool IsColumnLabel(ClassifiedBlock b) => knowledge.IsColumnLabel(b.Text);

    /// <summary>Two or three headline blocks printed together whose last one matches the text under them: a leading
    /// block that shares (almost) nothing with the others nor with that text is another article's headline, not a kicker.</summary>
    private void SplitForeignHeadlines(HeadlineGroup g, Segment? after, TopicSimilarity similarity, List<object> items)
    {
        var foreign = 0;
        // A deck (——…) cannot head an article by itself: the block over it is its title, not another article's.
        var titled = g.Blocks.Count - (knowledge.OpensDeck(g.Blocks[^1].Text) ? 2 : 1);
        if (after is not null && similarity.Coverage(TopicSimilarity.Bigrams(g.Blocks[^1].Text, 400), after.Bigrams) >= 0.3)
        {
            while (foreign < titled)
            {
                var rest = g.Blocks.Skip(foreign + 1).Select(b => (IReadOnlySet<int>)TopicSimilarity.Bigrams(b.Text, 400)).Append(after.Bigrams);
                var shared = similarity.Coverage(TopicSimilarity.Bigrams(g.Blocks[foreign].Text, 400), rest);
                if (shared >= knowledge.KickerSharesFrom) break;
                foreign++;
            }
        }
        if (foreign == 0)
        {
            items.Add(g);
            return;
        }
        foreach (var part in g.Blocks.Take(foreign).Select(b => new[] { b }).Append(g.Blocks.Skip(foreign).ToArray()))
        {
            var split = new HeadlineGroup(0);
            split.Blocks.AddRange(part);
            items.Add(split);
        }
    }

    private void PairHeadlinesWithLeads(PageLayout layout, TopicSimilarity similarity, List<ArticleDraft> drafts)
    {
        var followers = layout.Groups.Select(layout.After).Where(s => s is not null).ToHashSet();
        var candidates = new List<(double Score, HeadlineGroup Group, Segment Segment)>();
        foreach (var g in layout.Groups.Where(g => !g.IsIndex))
        {
            var after = layout.After(g);
            // A headline with a list printed under it heads that list.
            if (after?.Blocks[0].Kind == BlockKind.ListItems) continue;
            var before = layout.Before(g);
            for (var p = Math.Max(0, g.Position - Window); p < Math.Min(layout.Items.Count, g.Position + Window); p++)
            {
                if (layout.Items[p] is not Segment s) continue;
                var opens = s.Start is SegmentStart.Lead or SegmentStart.Byline or SegmentStart.Standfirst or SegmentStart.CaptionLead;
                // Plain text with no headline above it may be the lead of a headline printed after it.
                var orphanPlain = s.Start == SegmentStart.Plain && !followers.Contains(s) && s.HasBody && s.Position < g.Position
                    && !layout.Items.Skip(s.Position + 1).Take(g.Position - s.Position - 1).Any(i => i is HeadlineGroup);
                // Finished text right before a headline may be the body that headline was printed after.
                var finishedBefore = s.Start == SegmentStart.Plain && ReferenceEquals(s, before) && s.HasBody && !s.EndsUnfinished;
                if (!opens && !orphanPlain && !finishedBefore) continue;
                var isAfter = ReferenceEquals(s, after);
                var isBefore = ReferenceEquals(s, before);
                var sim = similarity.Coverage(g.Bigrams, s.Bigrams);
                // A headline between finished text and plain text of its own heads the text it is more like.
                if (isBefore && after is { Start: SegmentStart.Plain } && !s.EndsUnfinished
                    && similarity.Coverage(g.Bigrams, after.Bigrams) >= sim - 0.1) continue;
                var accepted = opens
                    ? sim >= 0.34 || isAfter || isBefore && sim >= 0.2
                    : sim >= 0.5;
                if (accepted) candidates.Add((sim + (isAfter ? AdjacentAfterBonus : 0) + (isBefore ? AdjacentBeforeBonus : 0), g, s));
            }
        }
        // Greedy by score; text printed under another headline is only taken once that headline has found
        // its own lead elsewhere, so passes repeat until nothing changes.
        var ordered = candidates.OrderByDescending(c => c.Score).ToList();
        var headlineAbove = new Dictionary<Segment, HeadlineGroup>();
        foreach (var group in layout.Groups)
            if (layout.After(group) is { } below) headlineAbove[below] = group;
        for (var (changed, pass) = (true, 0); changed && pass < 8; pass++)
        {
            changed = false;
            foreach (var (_, g, s) in ordered)
            {
                if (g.Draft is not null || s.Owner is not null) continue;
                // A headline with its own text under it does not take the text under another headline
                // until that headline has found its lead elsewhere.
                if (headlineAbove.TryGetValue(s, out var above) && !ReferenceEquals(above, g) && above is { Draft: null, IsIndex: false }
                    && layout.After(g) is { Start: SegmentStart.Plain } && !OutmatchesHeadlineAbove(g, above, s, similarity)) continue;
                var draft = new ArticleDraft(Math.Min(g.Position, s.Position), g);
                g.Draft = draft;
                draft.Add(s);
                drafts.Add(draft);
                changed = true;
            }
        }
    }

    /// <summary>A headline that clearly restates a text may take it from the headline printed over it when that one
    /// shares nothing with it (a neighbour's headline moved there). Editor's notes are exempt: they explain their
    /// headline rather than restate it, and are printed right under it.</summary>
    private bool OutmatchesHeadlineAbove(HeadlineGroup g, HeadlineGroup above, Segment s, TopicSimilarity similarity) =>
        s.Start != SegmentStart.Standfirst
        && similarity.Coverage(above.Bigrams, s.Bigrams) < knowledge.HeadlineSharesNothingBelow
        && similarity.Coverage(g.Bigrams, s.Bigrams) >= knowledge.HeadlineRestatesFrom;

    /// <summary>A headline printed after its own finished text, over plain text that shares nothing with that article:
    /// the plain text is another article's (blocks moved around it), not a continuation.</summary>
    private bool IsOtherTextUnder(HeadlineGroup g, ArticleDraft paired, Segment plainAfter, TopicSimilarity similarity)
    {
        if (paired.Position >= g.Position || paired.LastSegment is not { EndsUnfinished: false }) return false;
        var opening = plainAfter.Text.Length > 200 ? plainAfter.Text[..200] : plainAfter.Text;
        return similarity.Coverage(TopicSimilarity.Bigrams(opening, 400), paired.BigramSets) < knowledge.HeadlineSharesNothingBelow;
    }

    private void PlaceHeadline(HeadlineGroup g, PageLayout layout, TopicSimilarity similarity, IReadOnlySet<HeadlineGroup> parallelHeads, List<ArticleDraft> drafts)
    {
        var after = layout.After(g);
        var plainAfter = after is { Owner: null, Start: SegmentStart.Plain } ? after : null;
        if (g.Draft is null && !g.IsIndex && after is { Owner: null, Start: SegmentStart.Photo })
        {
            // A headline over a captioned photo and nothing else: a photo item, the caption is its text.
            var photo = new ArticleDraft(g.Position, g);
            g.Draft = photo;
            photo.Add(after);
            drafts.Add(photo);
            return;
        }
        if (g.Draft is { } paired)
        {
            // Text under a headline continues that headline's article, after the lead printed elsewhere.
            if (plainAfter is not null && !IsOtherTextUnder(g, paired, plainAfter, similarity)) paired.Add(plainAfter);
            return;
        }
        if (g.IsIndex)
        {
            var index = new ArticleDraft(g.Position, g);
            g.Draft = index;
            drafts.Add(index);
            return;
        }
        var previous = layout.Before(g)?.Owner;
        if (plainAfter is not null && previous is not null && IsSubhead(g, previous, plainAfter, similarity, parallelHeads))
        {
            // An article that opened with its byline or dateline and has no headline yet was printed with its
            // headline after its first paragraphs: the headline is its title, not a section head. So is a headline of
            // two lines or more (a title with its kicker or deck) under a short untitled text, whatever opened it.
            if (previous.Headline is null && (previous.Segments.First().Start is SegmentStart.Byline or SegmentStart.Lead || g.Blocks.Count > 1)
                && previous.Segments.Sum(s => s.Text.Length) <= knowledge.TitleAfterOpeningMaxLetters)
            {
                previous.TakeTitle(g);
                previous.Add(plainAfter);
                return;
            }
            if (RestatesInsteadOf(g, previous, similarity) && previous.Headline!.Position >= 2
                && layout.Items[previous.Headline.Position - 1] is Segment { HasBody: false, Start: SegmentStart.Byline } byline
                && layout.Items[previous.Headline.Position - 2] is HeadlineGroup { Draft: not null } earlier)
            {
                // The headline over the text hardly shares a word with it and this one restates it: this one is its
                // title, the other the second line of the headline printed over it. The byline printed between the
                // two lines is not that headline's (it would stand under both): it opens the text.
                earlier.AddDeck(previous.ReplaceTitle(g).Blocks);
                byline.Owner?.Pieces.Remove(byline);
                previous.AddFirst(byline);
                previous.Add(plainAfter);
                return;
            }
            previous.AddSubhead(g);
            previous.Add(plainAfter);
            return;
        }
        var draft = new ArticleDraft(g.Position, g);
        g.Draft = draft;
        if (plainAfter is not null) draft.Add(plainAfter);
        drafts.Add(draft);
    }

    /// <summary>The article's one run of text shares nothing with its headline and restates this one.</summary>
    private bool RestatesInsteadOf(HeadlineGroup g, ArticleDraft draft, TopicSimilarity similarity) =>
        draft is { Headline: { IsIndex: false } over, Pieces.Count: 1 } && draft.Pieces[0] is Segment text
        && similarity.Coverage(over.Bigrams, text.Bigrams) < knowledge.KickerSharesFrom
        && similarity.Coverage(g.Bigrams, text.Bigrams) >= knowledge.HeadlineRestatesFrom;


    /// <summary>A headline-like line inside an article: a section head of an interview or of an untitled continuation.</summary>
    private bool IsSubhead(HeadlineGroup g, ArticleDraft previous, Segment after, TopicSimilarity similarity, IReadOnlySet<HeadlineGroup> parallelHeads)
    {
        if (previous.Closed || previous.IsIndex) return false;
        if (parallelHeads.Contains(g)) return true;
        if (g.Blocks.Count > 1) return previous.Headline is null;
        if (knowledge.BriefColumns.Contains(g.Text)) return false;
        if (after.Blocks[0].Kind == BlockKind.ListItems) return false;
        if (after.Blocks[0].StartsWithSpeaker && IsInterview(previous)) return true;
        // An untitled text takes a headline as its subhead if the text is unfinished or the headline restates some of
        // it: sharing a word or two (产业, 加工) is what any two articles on one industrial page do, and a subhead
        // taken wrongly takes the next article's text with it.
        if (previous.Headline is null)
        {
            return previous.LastSegment is { EndsUnfinished: true }
                || similarity.Coverage(g.Bigrams, previous.Segments.Select(s => s.Bigrams)) >= knowledge.UntitledTextTakesHeadlineFrom;
        }
        // A headline naming another district than the article's own title is another article's, however much of it the
        // text says (an interleaved paragraph of that article may be among it).
        if (PlaceAgreement(knowledge.Places.Find(g.Text), knowledge.Places.Find(previous.Headline.Text)) < 0) return false;
        return similarity.Coverage(g.Bigrams, previous.Segments.Select(s => s.Bigrams)) >= 0.75;
    }

    /// <summary>One-line headlines built on one pattern around quoted words (从“卖产品”到“卖品牌”, 从“一颗橙”到“一瓶汁”) are
    /// the section heads of one feature: articles on a page do not share a headline's wording that way.</summary>
    private static HashSet<HeadlineGroup> ParallelHeads(PageLayout layout) => layout.Groups
        .Where(g => g.Blocks.Count == 1)
        .Select(g => (Group: g, Pattern: WithoutQuotedWords(g.Text)))
        .Where(p => p.Pattern.Length < p.Group.Text.Length && p.Pattern.Replace("“”", "").Length >= 2)
        .GroupBy(p => p.Pattern)
        .Where(family => family.Count() >= 2)
        .SelectMany(family => family.Select(p => p.Group))
        .ToHashSet();

    /// <summary>The headline with its quoted words taken out; one without an opening quote has none, and is not
    /// searched (every headline of the page is asked).</summary>
    private static string WithoutQuotedWords(string headline) => headline.Contains('“') ? QuotedWords().Replace(headline, "“”") : headline;

    [System.Text.RegularExpressions.GeneratedRegex("“[^“”]{1,12}”")]
    private static partial System.Text.RegularExpressions.Regex QuotedWords();

    private bool IsInterview(ArticleDraft draft)
    {
        return draft.Segments.Any(s => knowledge.InterviewCues.Any(c => s.Text.Contains(c, StringComparison.Ordinal)))
            || draft.Segments.SelectMany(s => s.Blocks).Count(b => b.StartsWithSpeaker) >= 2;
    }

    /// <summary>Plain text with no headline above it: it continues an unfinished article if one is waiting, else stands alone.</summary>
    private static void PlaceOrphan(Segment s, List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters)
    {
        var first = s.Blocks.FirstOrDefault(b => b.IsBody)?.Text ?? "";
        ArticleDraft? best = null;
        var bestScore = 0.0;
        IReadOnlySet<int>? probe = null;
        foreach (var d in drafts.Where(d => Math.Abs(d.Position - s.Position) <= Window))
        {
            if (d.LastSegment is not { EndsUnfinished: true } tail) continue;
            probe ??= TopicSimilarity.Bigrams(first.Length > 200 ? first[..200] : first, 400);
            var score = similarity.Coverage(probe, d.BigramSets)
                + (characters.JoinsWord(tail.LastBody!.Text, first) ? 0.5 : 0);
            if (score > bestScore)
            {
                bestScore = score;
                best = d;
            }
        }
        if (best is not null && bestScore >= 0.2) best.Add(s);
        else NewDraft(s, drafts);
    }

    /// <summary>An editor's note whose headline went to another lead opens the untitled article it is most like.</summary>
    private static void PlaceStandfirst(Segment s, List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var probe = TopicSimilarity.Bigrams(s.Text, 400);
        var best = drafts.Where(d => !d.HasStandfirst && !d.IsEmpty && Math.Abs(d.Position - s.Position) <= Window)
            .Select(d => (Draft: d, Score: similarity.Coverage(probe, d.BigramSets) + (d.Headline is null ? 0.1 : 0)))
            .OrderByDescending(x => x.Score).FirstOrDefault();
        if (best.Draft is not null && best.Score >= 0.2) best.Draft.AddFirst(s);
        else NewDraft(s, drafts);
    }

    /// <summary>A deck (——…) printed apart from its title, with no text of its own: it goes under the headline of
    /// the article it is most like, if that headline has no deck yet.</summary>
    private void JoinLoneDecks(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        foreach (var lone in drafts.Where(d => d is { IsEmpty: true, Headline: { IsIndex: false } h } && h.Blocks.All(b => knowledge.OpensDeck(b.Text))).ToList())
        {
            var probe = lone.Headline!.Bigrams;
            var best = drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && !h.Blocks.Any(b => knowledge.OpensDeck(b.Text)))
                .Select(d => (Draft: d, Score: similarity.Coverage(probe, d.BigramSets)))
                .OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Draft is null || best.Score < knowledge.HeadlineRestatesFrom) continue;
            best.Draft.Headline!.AddDeck(lone.Headline.Blocks);
            drafts.Remove(lone);
        }
    }

    /// <summary>A headline left with no text, printed right under another article's headline whose text says its words
    /// (weighted coverage at least a restatement's, more than any other article's text does): a deck printed without
    /// its mark, the line under the title.</summary>
    private void JoinEmptyHeadlinesUnderTitles(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        foreach (var empty in drafts.Where(d => d is { IsEmpty: true, Headline: { IsIndex: false } }).ToList())
        {
            var line = empty.Headline!;
            var over = drafts.FirstOrDefault(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && h.Position == line.Position - 1);
            if (over is null) continue;
            double Says(ArticleDraft d) => similarity.WeightedCoverage(line.Bigrams, d.Segments.SelectMany(s => s.Bigrams).ToHashSet());
            var says = Says(over);
            if (says < knowledge.HeadlineRestatesFrom
                || drafts.Any(d => d != over && d is { IsEmpty: false, IsIndex: false } && Says(d) > says)) continue;
            line.Draft = null;
            over.Headline!.AddDeck(line.Blocks);
            drafts.Remove(empty);
        }
    }

    /// <summary>A headline over nothing but a reporter's line, beside an article with text and no reporter's line that
    /// restates it: the two were printed apart. The headline is that article's deck and the reporter's line opens its
    /// text (the article most like the headline, when its coverage reaches a restatement's).</summary>
    private void JoinBylinedDecks(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        static bool HasBody(ArticleDraft d) => d.Segments.Any(s => s.HasBody);
        static bool Opens(ArticleDraft d) => d.Segments.Any(s => s.Start == SegmentStart.Byline || s.Blocks.Any(b => b.Kind == BlockKind.OpeningByline));
        foreach (var lone in drafts.Where(d => d is { IsEmpty: false, Headline.IsIndex: false } && !HasBody(d) && d.Segments.All(s => s.Start == SegmentStart.Byline)).ToList())
        {
            var probe = lone.Headline!.Bigrams;
            var best = drafts.Where(d => d is { Headline.IsIndex: false } && !ReferenceEquals(d, lone) && HasBody(d) && !Opens(d))
                .Select(d => (Draft: d, Score: similarity.Coverage(probe, d.BigramSets)))
                .OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Draft is null || best.Score < knowledge.HeadlineRestatesFrom) continue;
            best.Draft.Headline!.AddDeck(lone.Headline.Blocks);
            foreach (var byline in lone.Segments.Reverse().ToList()) best.Draft.AddFirst(byline);
            drafts.Remove(lone);
        }
    }

    /// <summary>Paragraphs printed after another article's text run on into it with no cue between them. A short run of
    /// whole paragraphs at the end of a segment that names districts the rest of its article never names, when exactly
    /// one other article names them all, moves to that article in page order (the longest such run of a segment); so
    /// does such a run at the opening of plain text printed under a headline that is not its own.</summary>
    private void MovePlacedRuns(List<ArticleDraft> drafts, TopicSimilarity similarity, PlacedText places)
    {
        // Every paragraph of the run reads more like its new article than like what stays (as in MovePlacedTails).
        bool ReadsLike(ArticleDraft home, ArticleDraft d, IReadOnlyList<ClassifiedBlock> run)
        {
            var kept = TopicSimilarity.Bigrams(d.Blocks.Except(run, ReferenceEqualityComparer.Instance).Cast<ClassifiedBlock>());
            var homeText = TopicSimilarity.Bigrams(home.Blocks);
            return Paragraphs(run).Select(TopicSimilarity.Bigrams).All(b => similarity.Cosine(b, homeText) > similarity.Cosine(b, kept));
        }
        places.Survey(drafts);
        var moves = new List<(Segment Segment, int At, ArticleDraft To)>();
        foreach (var d in places.Articles)
        {
            foreach (var s in d.Segments.Where(s => s.ContinuesOn is null))
            {
                var moved = false;
                for (var k = Math.Max(1, s.Blocks.Count - knowledge.StrayRunMaxParagraphs); k < s.Blocks.Count && !moved; k++)
                {
                    if (!s.Blocks[k - 1].IsBody || s.Blocks[k].Kind != BlockKind.Body) continue;
                    if (!s.Blocks[k - 1].Block.EndsSentence && !knowledge.NumberCutApart(s.Blocks[k - 1].Text, s.Blocks[k].Text)) continue;
                    var run = s.Blocks.Skip(k).ToList();
                    if (places.HomeOf(d, s, run) is not { } home || !ReadsLike(home, d, run)) continue;
                    moves.Add((s, k, home));
                    moved = true;
                }
                // The same at the opening of plain text (printed under a headline that is not its own), the run
                // ending where a paragraph ends.
                if (moved || s.Start != SegmentStart.Plain) continue;
                for (var k = Math.Min(knowledge.StrayRunMaxParagraphs, s.Blocks.Count - 1); k >= 1; k--)
                {
                    if (!s.Blocks.Take(k).All(b => b.Kind == BlockKind.Body) || !s.Blocks[k - 1].Block.EndsSentence) continue;
                    if (places.HomeOf(d, s, s.Blocks.Take(k).ToList()) is not { } home) continue;
                    moves.Add((s, -k, home));
                    break;
                }
            }
        }
        foreach (var (segment, at, to) in moves)
        {
            if (at > 0)
            {
                to.AddInPageOrder(segment.SplitAt(at));
                continue;
            }
            // A run at the opening: the rest stays where the segment was, the opening moves.
            var owner = segment.Owner!;
            var rest = segment.SplitAt(-at);
            rest.Owner = owner;
            owner.Pieces[owner.Pieces.IndexOf(segment)] = rest;
            to.AddInPageOrder(segment);
        }
    }

    /// <summary>The body blocks of a run as the reader gets them: a block cut before its sentence ends and the block
    /// after it are one paragraph.</summary>
    private static IEnumerable<List<ClassifiedBlock>> Paragraphs(IEnumerable<ClassifiedBlock> run)
    {
        List<ClassifiedBlock>? paragraph = null;
        foreach (var b in run.Where(b => b.IsBody))
        {
            if (paragraph is not null && paragraph[^1].Block.EndsSentence)
            {
                yield return paragraph;
                paragraph = null;
            }
            (paragraph ??= []).Add(b);
        }
        if (paragraph is not null) yield return paragraph;
    }

    /// <summary>Once text without a headline has joined its article, a longer run is weighed as in
    /// <see cref="MovePlacedRuns"/>: every piece of an article from a subhead, or from a body paragraph after a finished
    /// one, to its end, when it names only districts exactly one other article names and every paragraph of it reads
    /// more like that article than like what stays (weighted cosine). The earliest such start of an article wins.</summary>
    private static void MovePlacedTails(List<ArticleDraft> drafts, TopicSimilarity similarity, PlacedText places)
    {
        places.Survey(drafts);
        var moves = new List<(ArticleDraft From, int Piece, int Block, ArticleDraft To)>();
        foreach (var d in places.Articles)
        {
            // A run is only weighed where it names some district and what comes before names others. Where each
            // district is named last says both in one pass: the run from a block names some when any block from there
            // on names one, and one named before it when such a district is named again from there on.
            var lastNamed = new Dictionary<string, int>(StringComparer.Ordinal);
            var lastNaming = -1;
            var j = 0;
            foreach (var block in d.Pieces.SelectMany(ArticleDraft.BlocksOf))
            {
                foreach (var name in places.Of(block))
                {
                    lastNamed[name] = j;
                    lastNaming = j;
                }
                j++;
            }
            var namedBefore = false;
            var beforeNamedUntil = -1;
            void NamedBefore(ClassifiedBlock block)
            {
                foreach (var name in places.Of(block))
                {
                    namedBefore = true;
                    beforeNamedUntil = Math.Max(beforeNamedUntil, lastNamed.GetValueOrDefault(name, -1));
                }
            }
            foreach (var block in d.Headline?.Blocks ?? []) NamedBefore(block);
            var at = 0;
            ClassifiedBlock? previous = null;
            var found = false;
            for (var i = 0; i < d.Pieces.Count && !found; i++)
            {
                var blocks = ArticleDraft.BlocksOf(d.Pieces[i]);
                for (var k = 0; k < blocks.Count && !found; k++)
                {
                    var opens = d.Pieces[i] is HeadlineGroup
                        ? k == 0 && previous is not null
                        : previous is { IsBody: true, Block.EndsSentence: true } && blocks[k].Kind == BlockKind.Body
                          && d.Pieces[i] is Segment { ContinuesOn: null } seg && (k > 0 || seg.Start == SegmentStart.Plain);
                    previous = blocks[k];
                    var start = at++;
                    var plausible = opens && lastNaming >= start && namedBefore && beforeNamedUntil < start;
                    NamedBefore(blocks[k]);
                    if (!plausible) continue;
                    var run = blocks.Skip(k).Concat(d.Pieces.Skip(i + 1).SelectMany(ArticleDraft.BlocksOf)).ToList();
                    if (places.HomeOf(d, d.Pieces[i] as Segment ?? d.LastSegment!, run) is not { } home) continue;
                    var kept = TopicSimilarity.Bigrams(d.Blocks.Except(run, ReferenceEqualityComparer.Instance).Cast<ClassifiedBlock>());
                    var homeText = TopicSimilarity.Bigrams(home.Blocks);
                    if (run.Where(b => b.IsBody).Select(b => TopicSimilarity.Bigrams([b])).Any(b => similarity.Cosine(b, homeText) <= similarity.Cosine(b, kept))) continue;
                    moves.Add((d, i, k, home));
                    found = true;
                }
            }
        }
        foreach (var (from, piece, block, to) in moves)
        {
            var run = from.Pieces.Skip(piece + (block > 0 ? 1 : 0)).ToList();
            from.Pieces.RemoveRange(from.Pieces.Count - run.Count, run.Count);
            if (block > 0) to.AddInPageOrder(((Segment)from.Pieces[piece]).SplitAt(block));
            foreach (var p in run) to.AddPieceInPageOrder(p);
        }
    }

    /// <summary>The districts each block and each article of a page names, for moving text to the one article that
    /// names them. Block lookups are kept for the whole page; <see cref="Survey"/> starts a pass over the articles.</summary>
    private sealed class PlacedText(BlockPlaces blocks)
    {
        private Dictionary<ArticleDraft, HashSet<string>>? _articles;

        public List<ArticleDraft> Articles { get; private set; } = [];

        public void Survey(List<ArticleDraft> drafts)
        {
            Articles = drafts.Where(d => !d.IsIndex && !d.IsEmpty).ToList();
            _articles = null;
        }

        public IReadOnlySet<string> Of(ClassifiedBlock b) => blocks.Of(b);

        /// <summary>The one other article near <paramref name="s"/> that names every district the run names, when the
        /// rest of the run's article names some districts but none of those.</summary>
        public ArticleDraft? HomeOf(ArticleDraft d, Segment s, IReadOnlyList<ClassifiedBlock> runBlocks)
        {
            // A run naming no district has no home: no set is made for it.
            HashSet<string>? run = null;
            foreach (var block in runBlocks)
                if (Of(block) is { Count: > 0 } names) (run ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(names);
            if (run is null) return null;
            if (!RestNamesOnlyOthers(d, runBlocks, run)) return null;
            _articles ??= Articles.ToDictionary(a => a, a => a.Blocks.SelectMany(Of).ToHashSet(StringComparer.Ordinal));
            var homes = Articles.Where(e => !ReferenceEquals(e, d) && Math.Abs(e.Position - s.Position) <= Window && _articles[e].IsSupersetOf(run)).ToList();
            // Text without a headline naming the same districts is not an article yet: a headed one is the home.
            if (homes.Count > 1 && homes.Count(e => e.Headline is not null) == 1) return homes.Single(e => e.Headline is not null);
            return homes.Count == 1 ? homes[0] : null;
        }

        /// <summary>The article's blocks outside the run name some districts and none the run names (one pass, no sets).</summary>
        private bool RestNamesOnlyOthers(ArticleDraft d, IReadOnlyList<ClassifiedBlock> runBlocks, HashSet<string> run)
        {
            var named = false;
            foreach (var block in d.Blocks)
            {
                var names = Of(block);
                if (names.Count == 0 || InRun(block)) continue;
                if (names.Overlaps(run)) return false;
                named = true;
            }
            return named;

            bool InRun(ClassifiedBlock block)
            {
                foreach (var b in runBlocks)
                    if (ReferenceEquals(b, block)) return true;
                return false;
            }
        }
    }

    /// <summary>Numbered sections of a document ("（一）…", "二、…") printed away from it go back to the one article of the
    /// page that is numbered in sections: each such block of text left without any opener (no headline, byline or
    /// dateline), and a run of sections that is the only numbered text of a news story (a story does not number its
    /// paragraphs that way) unless it reads more like the story than like the document. A run under nothing but a
    /// document's own opening lines, whose title says its words more than the document's title does, is a second
    /// document printed whole, and stays.</summary>
    private void ReturnDocumentSections(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        // The document is the article with the most numbered blocks; another with two or more is a story holding a stray
        // run, or a second document (StraySections tells them apart).
        var numbered = drafts.Where(d => d.Headline is not null)
            .Select(d => (Draft: d, Sections: d.Segments.SelectMany(s => s.Blocks).Count(IsDocumentSection)))
            .Where(x => x.Sections >= 2).OrderByDescending(x => x.Sections).ToList();
        if (numbered.Count == 0) return;
        var document = numbered[0].Draft;
        var strays = drafts.Where(d => d.Headline is not null && d != document).Select(d => (Draft: d, Run: StraySections(d)))
            .Where(x => x.Run is not null).ToList();
        if (numbered.Skip(1).Any(x => x.Sections == numbered[0].Sections || strays.All(y => y.Draft != x.Draft))) return;
        foreach (var loose in drafts.Where(d => d.Headline is null && !d.IsEmpty && d.Segments.All(s => s.Start == SegmentStart.Plain)).ToList())
        {
            foreach (var s in loose.Segments.ToList())
            {
                for (var k = s.Blocks.Count - 1; k >= 0; k--)
                {
                    if (!IsDocumentSection(s.Blocks[k])) continue;
                    if (k + 1 < s.Blocks.Count) loose.AddInPageOrder(s.SplitAt(k + 1));
                    if (k == 0)
                    {
                        loose.Pieces.Remove(s);
                        document.AddInPageOrder(s);
                    }
                    else document.AddInPageOrder(s.SplitAt(k));
                }
            }
        }
        foreach (var (story, run) in strays)
        {
            var (segment, at) = run!.Value;
            var probe = BigramSet.OfLines(segment.Blocks.Skip(at).Select(b => b.Text), TopicSimilarity.MaxChars);
            var rest = story.Segments.Where(s => s != segment).Select(s => s.Bigrams).Append(story.Headline!.Bigrams)
                .Append(BigramSet.OfLines(segment.Blocks.Take(at).Select(b => b.Text), TopicSimilarity.MaxChars));
            if (similarity.Coverage(probe, document.BigramSets) < similarity.Coverage(probe, rest)) continue;
            if (at == 0) story.Pieces.Remove(segment);
            document.AddInPageOrder(at == 0 ? segment : segment.SplitAt(at));
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);

        // The blocks of a story from its first section on, to the end of their segment, holding all its numbered
        // blocks, with a byline or text of the story outside them.
        (Segment, int)? StraySections(ArticleDraft d)
        {
            var holding = d.Segments.Where(s => s.Blocks.Any(IsDocumentSection)).Take(2).ToList();
            if (holding.Count != 1) return null;
            var segment = holding[0];
            var at = segment.Blocks.FindIndex(IsDocumentSection);
            if (segment.Blocks.Skip(at).FirstOrDefault(b => b.IsBody) is not { } first || !IsDocumentSection(first)) return null;
            var storyText = segment.Blocks.Take(at).Any(b => b.IsBody && !knowledge.DocumentOpener.IsMatch(b.Text) || b.Kind == BlockKind.OpeningByline)
                || d.Segments.Any(s => s != segment && s.HasBody);
            if (storyText) return (segment, at);
            if (!segment.Blocks.Take(at).Any(b => b.IsBody)) return null;
            // Only a document's own opening lines (各…：, 为…，制定本方案。) over the sections, under a title that says their
            // words (at least headlineRestatesFrom, and more than the page's document's title does): a second document
            // printed whole, not a stray run.
            var run = BigramSet.OfLines(segment.Blocks.Skip(at).Select(b => b.Text), TopicSimilarity.MaxChars);
            var says = similarity.Coverage(d.Headline!.Bigrams, [run]);
            return says >= knowledge.HeadlineRestatesFrom && says > similarity.Coverage(document.Headline!.Bigrams, [run]) ? null : (segment, at);
        }
    }

    /// <summary>A paragraph that opens with the end of a word ("司，看到…": one letter, then a comma) is the tail of a
    /// paragraph a column break cut. When it follows text it does not continue, and exactly one unfinished paragraph
    /// of the page ends with a letter the page joins to that one (…公 + 司), it goes right after that paragraph.</summary>
    private static void ReturnCutTails(List<ArticleDraft> drafts, CharacterStatistics characters)
    {
        var cut = drafts.SelectMany(d => d.Segments).SelectMany(s => s.Blocks.Where(b => b.IsBody && b.Kind != BlockKind.ListItems && !b.Block.EndsSentence)
            .Select(b => (Segment: s, Block: b))).ToList();
        if (cut.Count == 0) return;
        foreach (var draft in drafts.ToList())
        {
            ClassifiedBlock? previous = null;
            foreach (var segment in draft.Segments.ToList())
            {
                for (var k = 0; k < segment.Blocks.Count; k++)
                {
                    var block = segment.Blocks[k];
                    var before = previous;
                    previous = block.IsBody ? block : previous;
                    if (block.Kind != BlockKind.Body || !BlockClassifier.OpensWithWordEnd(block.Text)) continue;
                    if (before is { } b && !b.Block.EndsSentence && characters.JoinsWord(b.Text, block.Text)) continue;
                    var heads = cut.Where(c => !ReferenceEquals(c.Block, before) && !ReferenceEquals(c.Block, block)
                                               && characters.JoinsWord(c.Block.Text, block.Text)).Take(2).ToList();
                    if (heads.Count != 1) continue;
                    var head = heads[0].Block;
                    MoveBlock(block, draft, OwnerOf(drafts, head), head, after: true);
                    cut.RemoveAll(c => ReferenceEquals(c.Block, head));
                    break;
                }
            }
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>A quote whose speaker a column break cut ("…”合作社负责人刘道" | "明说，…") is one paragraph printed in
    /// two places, one of them among another article's pieces. When the page holds exactly one such tail for the
    /// head, the two are put together in the article the joined paragraph is more like (the words of both pieces
    /// count, so a stray head or a stray tail finds its article alike); the piece printed away from it moves.</summary>
    private void JoinCutSpeakers(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var bodies = drafts.SelectMany(d => d.Segments.SelectMany(s => s.Blocks)).Where(b => b.IsBody).ToList();
        var heads = bodies.Where(b => !b.Block.EndsSentence && knowledge.EndsWithCutSpeakerIn(b.Text)).ToList();
        // Tails are looked for only when a head is there to take one (most pages cut no speaker).
        if (heads.Count == 0) return;
        JoinCutParagraphs(drafts, similarity, heads,
            bodies.Where(b => knowledge.OpensWithSpeakerTail.IsMatch(b.Text)).ToList(),
            // Text that finishes the name where it is printed ("…有限公" + "司首席技术官…说，") leaves nothing to join.
            (head, next) => knowledge.OpensWithSpeakerTail.IsMatch(next.Text) || knowledge.OpensWithAttribution.IsMatch(next.Text)
                            || TermWeights.Default.IsWord(head.Text[^1], next.Text[0]),
            (_, _) => true);
    }

    /// <summary>A number a column break cut ("…年产量约４２" | "万吨，其中…"; "…”4" | "月1日，在…") is one paragraph printed in
    /// two places, as for cut speakers: a paragraph ending in a digit over text the number cannot run on with, and
    /// the paragraphs opening with what it can (a unit, a multiplier, a date word; not a digit, as dates open leads) printed in the same digits
    /// (full-width or not) as the cut one.</summary>
    private void JoinCutNumbers(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var heads = new List<ClassifiedBlock>();
        var tails = new List<ClassifiedBlock>();
        var orders = drafts.Select(BodyOrder).ToList();
        foreach (var order in orders)
            foreach (var b in order)
                if (b.Kind != BlockKind.ListItems && !b.Block.EndsSentence && char.IsDigit(b.Text[^1])) heads.Add(b);
        // Tails are looked for only when a head is there to take one.
        if (heads.Count == 0) return;
        foreach (var order in orders)
            for (var i = 0; i < order.Count; i++)
            {
                var b = order[i];
                if (b.Kind == BlockKind.ListItems) continue;
                // A tail is text no unfinished paragraph runs into ("种植" + "户谭永福说…" is one paragraph already).
                if (!char.IsDigit(b.Text[0]) && (i == 0 || order[i - 1].Block.EndsSentence) && knowledge.NumberRunsOn.IsMatch(b.Text)) tails.Add(b);
            }
        JoinCutParagraphs(drafts, similarity, heads, tails,
            (head, next) => !knowledge.NumberCutApart(head.Text, next.Text),
            (head, tail) => HanText.FullWidthDigits(head.Text) is not { } digits || HanText.FullWidthDigits(tail.Text) is not { } theirs || digits == theirs);
    }

    /// <summary>Puts each cut head together with the one tail that can finish it, unless the text after it in its
    /// article already does (<paramref name="finishes"/>).</summary>
    private static void JoinCutParagraphs(List<ArticleDraft> drafts, TopicSimilarity similarity, List<ClassifiedBlock> heads, List<ClassifiedBlock> tails,
        Func<ClassifiedBlock, ClassifiedBlock, bool> finishes, Func<ClassifiedBlock, ClassifiedBlock, bool> fits)
    {
        if (heads.Count == 0 || tails.Count == 0) return;
        foreach (var head in heads)
        {
            var headDraft = OwnerOf(drafts, head);
            var order = BodyOrder(headDraft);
            var next = order.IndexOf(head) + 1 < order.Count ? order[order.IndexOf(head) + 1] : null;
            if (next is not null && finishes(head, next)) continue;
            var found = tails.Where(t => !ReferenceEquals(t, head) && fits(head, t)).Take(2).ToList();
            if (found.Count != 1) continue;
            var tail = found[0];
            var tailDraft = OwnerOf(drafts, tail);
            JoinInLikelierArticle(similarity, head, headDraft, tail, tailDraft);
            tails.Remove(tail);
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>Puts a cut paragraph's two pieces together in the article of the two that the joined paragraph is more like
    /// (the words of both pieces count, so a stray head or a stray tail finds its article alike); the piece printed away
    /// from it moves.</summary>
    private static void JoinInLikelierArticle(TopicSimilarity similarity, ClassifiedBlock head, ArticleDraft headDraft, ClassifiedBlock tail, ArticleDraft tailDraft)
    {
        var joined = TopicSimilarity.Bigrams([head, tail]);
        double Likeness(ArticleDraft d) => similarity.Cosine(joined,
            TopicSimilarity.Bigrams(d.Blocks.Where(b => !ReferenceEquals(b, head) && !ReferenceEquals(b, tail))));
        if (Likeness(headDraft) >= Likeness(tailDraft)) MoveBlock(tail, tailDraft, headDraft, head, after: true);
        else MoveBlock(head, headDraft, tailDraft, tail, after: false);
    }

    /// <summary>"…红薯加工产" | "业实现产值9.8亿元，…": a paragraph that stops mid-sentence on a letter and a paragraph that
    /// opens with the letter making a word of it are one paragraph a column break cut, when the word is one of general
    /// Chinese that the page prints elsewhere too, the tail's first two letters make none and its first is no letter a
    /// sentence opens with (<c>lettersOpeningSentences</c>). Once every other rule has placed the page's pieces, a pair
    /// left in two articles is put together in the one the joined paragraph is more like, when the tail is printed at
    /// most <c>cutTailWithin</c> paragraphs after the head or one of the two among the page's last
    /// <c>strayEndPieces</c>, it is the head's only such tail, and the head's article does not go on from it with a
    /// paragraph printed within that distance.</summary>
    private void ReuniteCutParagraphs(List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters)
    {
        // The letter cut off makes a word of general Chinese with the one before the break, and none with the one after
        // it: text that opens a paragraph opens with a word ("目前，…", "产量攀升…"), a cut one with the end of one ("业实现…").
        bool Cuts(ClassifiedBlock head, ClassifiedBlock tail) =>
            !ReferenceEquals(head, tail) && tail.Text.Length > 1 && HanText.IsHan(tail.Text[0]) && !knowledge.LettersOpeningSentences.Contains(tail.Text[0])
            && TermWeights.Default.IsWord(head.Text[^1], tail.Text[0]) && !TermWeights.Default.IsWord(tail.Text[0], tail.Text[1])
            && characters.JoinsWord(head.Text, tail.Text, minimum: 1);
        // Where each body paragraph stands among the page's paragraphs in print order: a cut tail is printed a few
        // paragraphs after its head (another article's pieces between them), or one of the two is among the page's last.
        Dictionary<ClassifiedBlock, int>? rank = null;
        Dictionary<ClassifiedBlock, int> Rank() => rank ??= drafts.Where(d => !d.IsIndex).SelectMany(BodyOrder).OrderBy(b => b.Block.Index)
            .Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        bool Near(ClassifiedBlock head, ClassifiedBlock tail) =>
            Rank()[tail] - Rank()[head] >= 1 && Rank()[tail] - Rank()[head] <= knowledge.CutTailWithin
            || Rank()[head] >= Rank().Count - knowledge.StrayEndPieces || Rank()[tail] >= Rank().Count - knowledge.StrayEndPieces;
        // A head is a paragraph stopped mid-sentence on a letter, with a clause mark in it, that its article does not go
        // on from with a paragraph finishing its word or printed within that distance after it.
        var heads = new List<ClassifiedBlock>();
        foreach (var draft in drafts)
        {
            if (draft.IsIndex) continue;
            var body = BodyOrder(draft);
            for (var i = 0; i < body.Count; i++)
            {
                var b = body[i];
                if (b.Kind != BlockKind.Body || b.Block.EndsSentence || !HanText.IsHan(b.Text[^1]) || HanText.CountCommas(b.Text) == 0) continue;
                if (i + 1 < body.Count && (Cuts(b, body[i + 1]) || Rank()[body[i + 1]] - Rank()[b] is var gap && gap >= 1 && gap <= knowledge.CutTailWithin)) continue;
                heads.Add(b);
            }
        }
        if (heads.Count == 0) return;
        // A tail opens no article with its date and does not already finish the paragraph above it.
        var tails = new List<ClassifiedBlock>();
        foreach (var draft in drafts)
        {
            if (draft.IsIndex) continue;
            var body = BodyOrder(draft);
            for (var i = 0; i < body.Count; i++)
                if (body[i] is { Kind: BlockKind.Body, OpensWithDate: false } b && !(i > 0 && !body[i - 1].Block.EndsSentence && Cuts(body[i - 1], b)))
                    tails.Add(b);
        }
        foreach (var head in heads)
        {
            var found = tails.Where(t => Near(head, t) && Cuts(head, t)).Take(2).ToList();
            if (found.Count != 1) continue;
            var tail = found[0];
            tails.Remove(tail);
            var (headDraft, tailDraft) = (OwnerOf(drafts, head), OwnerOf(drafts, tail));
            if (ReferenceEquals(headDraft, tailDraft)) continue;
            JoinInLikelierArticle(similarity, head, headDraft, tail, tailDraft);
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>A headline printed into a cut sentence ("…包装牛肉产品。这" | headline | "些产品将通过…"): the text under
    /// the headline opens with the letter that makes a word of the cut one, so it finishes that sentence and is not the
    /// headline's. The segment goes back onto the one it finishes; the headline's article finds its text later.</summary>
    private static void ReturnSentencesCutByHeadlines(PageLayout layout, CharacterStatistics characters)
    {
        for (var i = 1; i + 1 < layout.Items.Count; i++)
        {
            if (layout.Items[i] is not HeadlineGroup { IsIndex: false } group || layout.Items[i - 1] is not Segment { Owner: { } headDraft } above
                || layout.Items[i + 1] is not Segment { Owner: { } tailDraft, Start: SegmentStart.Plain } under
                || ReferenceEquals(headDraft, tailDraft) || !ReferenceEquals(tailDraft.Headline, group) || !headDraft.Pieces.Contains(above)) continue;
            if (!above.EndsUnfinished || above.Blocks[^1] is not { IsBody: true } head || under.Blocks[0] is not { Kind: BlockKind.Body } tail) continue;
            if (!CutsWord(head, tail, characters)) continue;
            tailDraft.Pieces.Remove(under);
            above.Absorb(under);
        }
    }

    /// <summary>A reporter's line printed into a cut sentence ("…对东盟进出口358.2亿元，增长" | 本报记者 谭晓 |
    /// "12.5%，东盟继续…"): the text under the line opens mid-sentence, so it finishes the sentence before the line and
    /// goes back after it, with the paragraphs after it up to the one naming the place of the article the line opens
    /// (when its title names none: while they read more like the cut sentence's article, weighted cosine).</summary>
    private void ReturnSentencesCutByBylines(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var blocks = drafts.SelectMany(d => d.Segments.SelectMany(s => s.Blocks)).OrderBy(b => b.Block.Index).ToList();
        for (var i = 2; i < blocks.Count; i++)
        {
            var tail = blocks[i];
            // The pattern last: most paragraphs follow no byline.
            if (!tail.IsBody || !blocks[i - 1].IsByline || !knowledge.OpensMidSentence.IsMatch(tail.Text)) continue;
            var h = i - 1;
            while (h > 0 && blocks[h].IsByline) h--;
            var head = blocks[h];
            if (!head.IsBody || head.Block.EndsSentence || head.Kind == BlockKind.ListItems) continue;
            var headDraft = OwnerOf(drafts, head);
            var tailDraft = OwnerOf(drafts, tail);
            if (ReferenceEquals(headDraft, tailDraft)) continue;
            var run = new List<ClassifiedBlock> { tail };
            var order = tailDraft.Segments.SelectMany(s => s.Blocks).ToList();
            var theirPlaces = knowledge.Places.Find(tailDraft.Headline?.Text ?? "");
            var ourPlaces = knowledge.Places.Find(string.Join('\n', headDraft.Blocks.Select(b => b.Text)));
            for (var k = order.IndexOf(tail) + 1; k < order.Count && order[k].IsBody && order[k].Block.Index == run[^1].Block.Index + 1; k++)
            {
                // The next article starts where its place is named; before that, the text is the cut sentence's article's.
                var named = knowledge.Places.Find(order[k].Text);
                if (theirPlaces.Count > 0)
                {
                    if (named.Overlaps(theirPlaces) || named.Count > 0 && !named.Overlaps(ourPlaces)) break;
                }
                else
                {
                    var probe = TopicSimilarity.Bigrams([order[k]]);
                    var stays = TopicSimilarity.Bigrams(order.Where(b => !run.Contains(b) && !ReferenceEquals(b, order[k])));
                    if (similarity.Cosine(probe, TopicSimilarity.Bigrams(headDraft.Blocks.Concat(run))) <= similarity.Cosine(probe, stays)) break;
                }
                run.Add(order[k]);
            }
            var after = head;
            foreach (var block in run)
            {
                MoveBlock(block, tailDraft, headDraft, after, after: true);
                after = block;
            }
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>Reporters' lines printed one under the other with no text and no headline of their own, before stacked
    /// headlines whose articles name no reporter: the lines go to those articles in the order the titles are printed.</summary>
    private static void GiveStackedBylines(List<ArticleDraft> drafts)
    {
        foreach (var lone in drafts.Where(d => d.Headline is null && !d.IsEmpty && d.Blocks.All(b => b.IsByline && b.NamesReporter)).ToList())
        {
            var lines = lone.Segments.SelectMany(s => s.Blocks).ToList();
            var after = lines[^1].Block.Index;
            var waiting = drafts.Where(d => d.Headline is { IsIndex: false } h && h.Blocks[0].Block.Index > after && !d.Blocks.Any(b => b.IsByline))
                .OrderBy(d => d.Headline!.Blocks[0].Block.Index).Take(lines.Count).ToList();
            if (waiting.Count < lines.Count) continue;
            // Only headlines printed together (no text between the lines and them) take the lines.
            if (waiting[^1].Headline!.Blocks[0].Block.Index - after > 2 * lines.Count + 4) continue;
            lone.Pieces.Clear();
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                var segment = new Segment(waiting[i].Position, SegmentStart.Byline);
                segment.Blocks.Add(lines[i] with { Kind = BlockKind.OpeningByline });
                waiting[i].AddFirst(segment);
            }
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);
    }

    /// <summary>A reporter's line printed among the page's last lines, after the text of an article that already opens
    /// with its own reporter's line, is the line of the one headed article that names no reporter at all (no reporter's
    /// line, no 记者 in its opening): it opens that article.</summary>
    private void GiveStrayEndBylines(List<ArticleDraft> drafts)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        var lastIndex = articles.SelectMany(d => d.Segments.SelectMany(s => s.Blocks)).Select(b => b.Block.Index).DefaultIfEmpty(-1).Max();
        foreach (var draft in articles)
        {
            var order = draft.Segments.SelectMany(s => s.Blocks).ToList();
            foreach (var line in order.Where(b => b is { IsByline: true, NamesReporter: true, IsPhotoCredit: false }
                                                  && b.Block.Index > lastIndex - knowledge.StrayEndPieces).ToList())
            {
                if (!order.Any(b => b.IsBody && b.Block.Index < line.Block.Index)
                    || !order.Any(b => b.IsByline && b.Block.Index < line.Block.Index && !ReferenceEquals(b, line))) continue;
                var unnamed = articles.Where(d => !ReferenceEquals(d, draft) && !d.Blocks.Any(b => b.IsByline)
                                                  && BodyOrder(d) is [var first, ..] && !first.Text.AsSpan(0, Math.Min(first.Text.Length, 30)).Contains("记者", StringComparison.Ordinal)).ToList();
                if (unnamed is not [var home]) continue;
                MoveBlock(line, draft, home, BodyOrder(home)[0], after: false);
            }
        }
    }

    /// <summary>A reporter's line left standing among its article's text (a paragraph or a photo's caption printed before
    /// it), when the paragraph printed next under it (past a headline) went to an article that names no reporter and
    /// opens with that paragraph: the line opens that article.</summary>
    private static void GiveStrandedBylines(List<ArticleDraft> drafts)
    {
        // The page's paragraphs in page order, as they were before any line moved: sorted only when a line needs them
        // (the first need comes before the first move; most pages strand no line).
        List<ClassifiedBlock>? bodies = null;
        foreach (var draft in drafts.ToList())
        {
            var order = draft.Segments.SelectMany(s => s.Blocks).ToList();
            foreach (var line in order.Where(b => b is { IsByline: true, NamesReporter: true, IsPhotoCredit: false }).ToList())
            {
                if (!order.Any(b => (b.IsBody || b.Kind == BlockKind.Caption) && b.Block.Index < line.Block.Index)) continue;
                bodies ??= drafts.SelectMany(d => d.Segments.SelectMany(s => s.Blocks)).Where(b => b.IsBody).OrderBy(b => b.Block.Index).ToList();
                if (bodies.FirstOrDefault(b => b.Block.Index > line.Block.Index) is not { } under) continue;
                var home = OwnerOf(drafts, under);
                if (ReferenceEquals(home, draft) || home.Blocks.Any(b => b.IsByline) || BodyOrder(home)[0] != under) continue;
                MoveBlock(line, draft, home, under, after: false);
            }
        }
    }

    /// <summary>"——…见闻" heading text alone, while the title it decks was printed stacked over another article's title
    /// and read as that one's kicker: a title line of another headline group (one of two or more that are not decks)
    /// that this text restates (weighted coverage at least <c>headlineRestatesFrom</c>) more than its own article's text
    /// does goes over the deck.</summary>
    private void GiveDecksTheirTitles(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        foreach (var decked in drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && h.Blocks.All(b => knowledge.OpensDeck(b.Text))).ToList())
        {
            var text = decked.Segments.Select(s => (IReadOnlySet<int>)s.Bigrams).ToList();
            var best = drafts.Where(d => !ReferenceEquals(d, decked) && d is { IsEmpty: false, Headline: { IsIndex: false } })
                .SelectMany(d => d.Headline!.Blocks.Where(b => !knowledge.IsDeckLine(b.Text) && !IsColumnLabel(b)).Select(b => (Draft: d, Line: b)))
                .Where(x => x.Draft.Headline!.Blocks.Count(b => !knowledge.IsDeckLine(b.Text) && !IsColumnLabel(b)) >= 2)
                .Select(x =>
                {
                    var probe = TopicSimilarity.Bigrams(x.Line.Text, TopicSimilarity.MaxChars);
                    return (x.Draft, x.Line, Says: similarity.Coverage(probe, text), Own: similarity.Coverage(probe, x.Draft.Segments.Select(s => (IReadOnlySet<int>)s.Bigrams)));
                })
                .Where(x => x.Says >= knowledge.HeadlineRestatesFrom && x.Says > x.Own)
                .DefaultIfEmpty().MaxBy(x => x.Says);
            if (best.Draft is null) continue;
            var from = best.Draft.Headline!;
            from.Blocks.Remove(best.Line);
            from.ResetBigrams();
            decked.Headline!.Blocks.Insert(0, best.Line);
            decked.Headline.ResetBigrams();
        }
    }

    /// <summary>The page's last headline, over no text or at most <c>strayEndPieces</c> paragraphs that stop mid-sentence, when another article's title
    /// and text say its words (weighted coverage at least <c>headlineRestatesFrom</c>) more than its own text does: a
    /// subtitle or deck printed among the pieces at the page's end. It goes under that article's title, and the text
    /// printed under it with it.</summary>
    private void JoinStrayEndHeadline(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var lone = drafts.Where(d => d.Headline is { IsIndex: false }).MaxBy(d => d.Headline!.Position);
        // Over no text, or over paragraphs that stop mid-sentence (a headline over a whole text or a list is theirs).
        if (lone is null || BodyOrder(lone) is { Count: > 0 } body
            && (body.Count > knowledge.StrayEndPieces || body[^1].Block.EndsSentence || body.Any(b => b.Kind is not (BlockKind.Body or BlockKind.Lead)))) return;
        var probe = lone.Headline!.Bigrams;
        var own = lone.IsEmpty ? 0 : similarity.Coverage(probe, lone.Segments.Select(s => s.Bigrams));
        var best = drafts.Where(d => !ReferenceEquals(d, lone) && d is { IsEmpty: false, Headline: { IsIndex: false } })
            .Select(d => (Draft: d, Says: similarity.Coverage(probe, d.BigramSets))).DefaultIfEmpty().MaxBy(x => x.Says);
        if (best.Draft is null || best.Says < knowledge.HeadlineRestatesFrom || best.Says <= own) return;
        JoinAsDeck(lone, best.Draft, drafts);
    }

    /// <summary>A headline read as a title of its own goes under another article's title as its deck, with the text it
    /// held.</summary>
    private static void JoinAsDeck(ArticleDraft lone, ArticleDraft into, List<ArticleDraft> drafts)
    {
        lone.Headline!.Draft = null;
        into.Headline!.AddDeck(lone.Headline.Blocks);
        into.TakePiecesOf(lone);
        drafts.Remove(lone);
    }

    /// <summary>A dump prints the pieces it could not place among the page's last lines, after the last article's
    /// text: each of the last article's final <c>strayEndPieces</c> paragraphs (after its closing line, if it has one;
    /// never its first, its second only at least <c>straySecondLikeness</c> times and <c>straySecondMinLikeness</c> as
    /// like, against all the rest of its article) goes to the headed article it reads far more like than the rest
    /// of its own. The evidence is
    /// weighed together for each article: the cosine of their bigrams counted with how often each occurs
    /// (<see cref="CountedBigrams"/>; the article's opening, its paragraphs up to <c>strayEndOpening</c> letters: the
    /// words an article keeps saying are what tells it from the others), the districts they name
    /// (<c>strayEndPlaceWeight</c> when the piece names one the article names; another article that names only others
    /// cannot take it, and its own counts as much off), a sentence the piece finishes or starts across a cut word (a word
    /// the page repeats or one of general Chinese, <c>strayEndCutWeight</c>; for its own article, also a
    /// paragraph printed right above it that stops on a comma), and the titles: the share of the other article's title
    /// the piece says that its own article's title does not have, less the share of its own title it says that the
    /// other's does not have (times <c>strayEndTitleWeight</c>: a title names what its text is about, and words both
    /// titles have tell neither). Another article takes
    /// the piece when its score is at least <c>strayEndMinLikeness</c> and beats the piece's own article's, whose
    /// cosine counts <c>strayEndLikeness</c> times. A headline left with no text at all can take it as well (its text
    /// may all have been printed at the end). The piece goes after the paragraph whose cut sentence it finishes, before
    /// the one that finishes its own, else after that article's last paragraph. A piece that finishes the word its own
    /// article's paragraph printed right above it stops on (…加工产 | 业实现…) is that paragraph's tail and stays; a document's
    /// numbered section (二、申报程序) in an article numbered nowhere else goes to the page's document (the other article
    /// with the most numbered sections, when one has more than any other).</summary>
    private void MoveStrayEndPieces(List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters, BlockPlaces blockPlaces)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        MoveStrayClosingLines(drafts, blockPlaces);
        // The page's paragraphs in print order, each with its article; a paragraph may be stray when it is printed after
        // its article's closing line (a signature, a reporter's line at its end), or else is not its first. A second
        // paragraph strays only on the stricter test (a paragraph out of place glued under an article whose text is one
        // paragraph).
        var printed = new List<(ArticleDraft Draft, ClassifiedBlock Block, bool MayStray)>();
        var second = new HashSet<ClassifiedBlock>(ReferenceEqualityComparer.Instance);
        foreach (var draft in articles)
        {
            var closed = draft.Blocks.Where(b => b.Kind == BlockKind.ClosingByline).Select(b => b.Block.Index).DefaultIfEmpty(-1).Max();
            var body = BodyOrder(draft).Where(b => b.Kind == BlockKind.Body).OrderBy(b => b.Block.Index).ToList();
            for (var i = 0; i < body.Count; i++)
            {
                printed.Add((draft, body[i], body[i].Block.Index > closed && (closed >= 0 || i >= 1) && !knowledge.OpensPointingBack(body[i].Text)));
                if (closed < 0 && i == 1) second.Add(body[i]);
            }
        }
        printed.Sort((a, b) => a.Block.Block.Index.CompareTo(b.Block.Block.Index));
        var window = printed.TakeLast(knowledge.StrayEndPieces).ToList();
        var inWindow = window.Select(p => p.Block).ToHashSet();
        var owners = new Dictionary<ArticleDraft, StrayHome>();
        StrayHome OwnerOf(ArticleDraft draft, ClassifiedBlock piece)
        {
            if (!owners.TryGetValue(draft, out var home))
            {
                var kept = draft.Blocks.Where(b => !inWindow.Contains(b)).ToList();
                owners[draft] = home = new StrayHome(draft, Places(kept), BodyOrder(draft).Where(b => !inWindow.Contains(b)).ToList());
            }
            // A paragraph before the window is weighed against its article's other text.
            return home.Body.Contains(piece) ? home with { Body = home.Body.Where(b => !ReferenceEquals(b, piece)).ToList() } : home;
        }
        // Each article's text as it stands, worked out when first asked and again once a piece has moved in or out.
        CountedBigrams? counted = null;
        var bags = new Dictionary<ArticleDraft, CountedBigrams.Text>();
        var blockBags = new Dictionary<ClassifiedBlock, CountedBigrams.Bag>(ReferenceEqualityComparer.Instance);
        CountedBigrams Counted() => counted ??= new CountedBigrams(drafts.Sum(d => d.Blocks.Sum(b => b.Text.Length)));
        CountedBigrams.Bag BlockBag(ClassifiedBlock block) => blockBags.TryGetValue(block, out var bag) ? bag : blockBags[block] = Counted().Of(block.Text);
        CountedBigrams.Text BagOf(ArticleDraft draft) => bags.TryGetValue(draft, out var bag) ? bag : bags[draft] = Counted().Sum(Opening(draft.Blocks).Select(BlockBag));
        // The bigrams each article's opening may hold, read (not counted) when first asked and again once a piece has moved.
        var presences = new Dictionary<ArticleDraft, BigramPresence>();
        BigramPresence PresenceOf(ArticleDraft draft) =>
            presences.TryGetValue(draft, out var presence) ? presence : presences[draft] = BigramPresence.Of(Opening(draft.Blocks).Select(b => b.Text));
        // An article's opening: its blocks up to the first that reaches strayEndOpening letters.
        IEnumerable<ClassifiedBlock> Opening(IEnumerable<ClassifiedBlock> blocks)
        {
            var seen = 0;
            foreach (var block in blocks)
            {
                if (seen >= knowledge.StrayEndOpening) yield break;
                seen += block.Text.Length;
                yield return block;
            }
        }
        // Worked out for the first piece that may stray (on many pages none does), before any piece has moved.
        List<StrayHome>? homes = null;
        var moved = window.Select(p => p.MayStray && TryMove(p.Block, OwnerOf(p.Draft, p.Block))).ToList();
        // The pieces at the page's end may be more than the window holds: while every piece in it went elsewhere, the
        // paragraph before them is examined too.
        for (var at = printed.Count - window.Count - 1; at >= 0 && moved.All(m => m) && printed[at].MayStray; at--)
            moved[0] = TryMove(printed[at].Block, OwnerOf(printed[at].Draft, printed[at].Block));
        counted?.Release();

        bool TryMove(ClassifiedBlock piece, StrayHome own)
        {
            if (FinishesParagraphAbove(piece, own.Draft)) return false;
            var bigrams = TopicSimilarity.Bigrams([piece]);
            var places = blockPlaces.Of(piece);
            // A second paragraph is weighed against all the rest of its article (its first is often among the page's last
            // lines too).
            var strict = second.Contains(piece);
            var words = BlockBag(piece);
            // Its own article's opening without it (and, unless it is a second paragraph, without the page's last pieces).
            var ownText = Counted().Sum(Opening(own.Draft.Blocks
                .Where(b => !ReferenceEquals(b, piece) && (strict || !inWindow.Contains(b)))).Select(BlockBag));
            var ownScore = (strict ? knowledge.StraySecondLikeness : knowledge.StrayEndLikeness) * Counted().Cosine(words, ownText)
                           + Evidence(own, piece, places) + (GoesOnFromAbove(own.Draft, piece) ? knowledge.StrayEndCutWeight : 0);
            var floor = Math.Max(strict ? knowledge.StraySecondMinLikeness : knowledge.StrayEndMinLikeness, ownScore);
            homes ??= drafts.Where(d => d is { IsIndex: false, Headline: { IsIndex: false } })
                .Select(d => new StrayHome(d, Places(d.Blocks), BodyOrder(d)))
                .ToList();
            // An article that names districts, none of them one the piece names, cannot take it. Nor can one whose
            // evidence and titles stay under the floor even with the highest cosine its opening allows (1, or the piece's
            // weight on the bigrams the opening may hold; a hair more for rounding): its text is not counted (on most
            // pages the piece's own article holds it far above any other), and its score (without the cosine, or none at
            // all) is still under the floor and under the best (a cosine is never negative).
            // The evidence and titles are bounded first (the districts' weight as Evidence gives it, the cut's and the
            // titles' at their most), and worked out only for an article that may still reach.
            // A document's numbered section (（二）…, 三、…) in an article numbered nowhere else is the page's document's.
            var (home, score) = DocumentOf(piece, own.Draft) is { } document ? (document, double.PositiveInfinity)
                : homes.Where(h => !ReferenceEquals(h.Draft, own.Draft) && PlaceAgreement(h.Places, places) >= 0).Select(h =>
            {
                var edgeAtMost = knowledge.StrayEndPlaceWeight * Math.Sign(PlaceAgreement(h.Places, places))
                                 + Math.Max(0, knowledge.StrayEndCutWeight) + Math.Abs(knowledge.StrayEndTitleWeight);
                if (edgeAtMost + (1 + 1e-6) < floor) return (Home: h, Score: double.NegativeInfinity);
                var cosineAtMost = Counted().CosineAtMost(words, PresenceOf(h.Draft));
                if (edgeAtMost + cosineAtMost + 1e-6 < floor) return (Home: h, Score: double.NegativeInfinity);
                var edge = Evidence(h, piece, places) + TitleEdge(h.Draft, own.Draft, bigrams);
                return (Home: h, Score: edge + cosineAtMost + 1e-6 < floor ? edge : edge + Counted().Cosine(words, BagOf(h.Draft)));
            }).DefaultIfEmpty().MaxBy(h => h.Score);
            if (home is null || score < floor) return false;
            var finishes = home.Body.LastOrDefault(b => Finishes(b, piece));
            var finishedBy = home.Body.FirstOrDefault(b => Finishes(piece, b));
            var before = home.Body.LastOrDefault(b => b.Block.Index < piece.Block.Index);
            if (finishes is not null) MoveBlock(piece, own.Draft, home.Draft, finishes, after: true);
            else if (finishedBy is not null) MoveBlock(piece, own.Draft, home.Draft, finishedBy, after: false);
            else if (home.Body.Count == 0) MoveBlockUnder(piece, own.Draft, home.Draft);
            // Else in page order: a piece printed before the article's text (its headline printed late) opens it.
            else MoveBlock(piece, own.Draft, home.Draft, before ?? home.Body[0], after: before is not null);
            // Both articles' paragraphs as they now are, for the pieces still to place.
            foreach (var changed in homes.Where(h => ReferenceEquals(h.Draft, home.Draft) || ReferenceEquals(h.Draft, own.Draft)))
            {
                changed.Body.Clear();
                changed.Body.AddRange(BodyOrder(changed.Draft));
                bags.Remove(changed.Draft);
                presences.Remove(changed.Draft);
            }
            return true;
        }

        // The page's document: the other article with the most numbered sections, when one has more than any other.
        StrayHome? DocumentOf(ClassifiedBlock piece, ArticleDraft own)
        {
            if (!IsDocumentSection(piece) || own.Blocks.Any(b => !ReferenceEquals(b, piece) && IsDocumentSection(b))) return null;
            var numbered = homes!.Where(h => !ReferenceEquals(h.Draft, own)).Select(h => (Home: h, Sections: h.Draft.Blocks.Count(IsDocumentSection)))
                .Where(x => x.Sections > 0).OrderByDescending(x => x.Sections).Take(2).ToList();
            return numbered is [var only] || numbered is [var first, var second] && first.Sections > second.Sections ? numbered[0].Home : null;
        }

        // The paragraph printed right above the piece is its own article's and stops mid-sentence on a letter that the piece's
        // first makes a word with (one of general Chinese, or one the page prints elsewhere), and the piece opens with no
        // letter a sentence opens with: the two are one paragraph a column break cut (…红薯加工产 | 业实现产值…), and it stays.
        bool FinishesParagraphAbove(ClassifiedBlock piece, ArticleDraft own)
        {
            var at = printed.FindIndex(p => ReferenceEquals(p.Block, piece));
            if (at <= 0 || piece.Text.Length == 0 || !HanText.IsHan(piece.Text[0]) || knowledge.LettersOpeningSentences.Contains(piece.Text[0])) return false;
            var above = printed[at - 1].Block;
            return !above.Block.EndsSentence && CutsWord(above, piece, characters) && own.Blocks.Any(b => ReferenceEquals(b, above));
        }

        // The paragraph printed right above the piece is its own article's and stops on a comma: the piece goes on with it.
        bool GoesOnFromAbove(ArticleDraft own, ClassifiedBlock piece)
        {
            var at = printed.FindIndex(p => ReferenceEquals(p.Block, piece));
            return at > 0 && ReferenceEquals(printed[at - 1].Draft, own) && HanText.EndsWithClausePunctuation(printed[at - 1].Block.Text);
        }

        // The districts of each block are looked up once a page (BlockPlaces); an article names their union.
        IReadOnlySet<string> Places(IEnumerable<ClassifiedBlock> blocks) => blocks.SelectMany(blockPlaces.Of).ToHashSet();

        // A paragraph that stops mid-sentence and the piece whose first word finishes it, or the other way round: a word
        // the page says again, or one of general Chinese (总|结).
        bool Finishes(ClassifiedBlock head, ClassifiedBlock tail) =>
            !ReferenceEquals(head, tail) && !head.Block.EndsSentence
            && (characters.JoinsWord(head.Text, tail.Text) || head.Text.Length > 0 && tail.Text.Length > 0 && HanText.IsHan(head.Text[^1])
                && HanText.IsHan(tail.Text[0]) && TermWeights.Default.IsWord(head.Text[^1], tail.Text[0]));

        // Only a cut the article's own paragraphs leave open counts: a paragraph its next one does not finish, or one
        // that finishes no paragraph before it.
        bool FinishesOpenCut(List<ClassifiedBlock> body, ClassifiedBlock piece)
        {
            for (var i = 0; i < body.Count; i++)
            {
                if (Finishes(body[i], piece) && (i + 1 == body.Count || !Finishes(body[i], body[i + 1]))) return true;
                if (Finishes(piece, body[i]) && (i == 0 || !Finishes(body[i - 1], body[i]))) return true;
            }
            return false;
        }

        double Evidence(StrayHome h, ClassifiedBlock piece, IReadOnlySet<string> places) =>
            knowledge.StrayEndPlaceWeight * Math.Sign(PlaceAgreement(h.Places, places))
            + (FinishesOpenCut(h.Body, piece) ? knowledge.StrayEndCutWeight : 0);

        // A piece that says words of another article's title its own article's title does not have leans that way, and
        // words of its own title the other's does not have hold it (a title's words are what its text is about; words
        // both titles have tell neither).
        double TitleEdge(ArticleDraft other, ArticleDraft own, BigramSet bigrams)
        {
            if (other.Headline is not { } title || own.Headline is not { } ownTitle) return 0;
            return knowledge.StrayEndTitleWeight * (similarity.CoverageBeyond(title.Bigrams, bigrams, ownTitle.Bigrams)
                                                    - similarity.CoverageBeyond(ownTitle.Bigrams, bigrams, title.Bigrams));
        }
    }

    /// <summary>A closing line, also where it was read as opening the text under a headline printed right over it (a
    /// source line under a late title: （来源：梁平区融媒体中心）).</summary>
    private bool IsClosingLine(ClassifiedBlock b) =>
        b.Kind == BlockKind.ClosingByline || b.Kind == BlockKind.OpeningByline && knowledge.AnyClosingLine.IsMatch(b.Text);

    /// <summary>A closing line (a source line, （来源：…融媒体中心）) that names districts the rest of its article never
    /// names, where exactly one other headed article's title names one of them, is that article's: it goes after its
    /// last block. Wherever the page prints it: among the last lines, or under a headline printed after its text.</summary>
    private void MoveStrayClosingLines(List<ArticleDraft> drafts, BlockPlaces blockPlaces)
    {
        var closingLines = drafts.Where(d => d is { IsIndex: false, IsEmpty: false })
            .SelectMany(d => d.Segments.SelectMany(s => s.Blocks).Where(IsClosingLine).Select(b => (Owner: d, Line: b)))
            .ToList();
        foreach (var (owner, line) in closingLines)
        {
            var places = blockPlaces.Of(line);
            if (places.Count == 0 || owner.Blocks.Any(b => !ReferenceEquals(b, line) && blockPlaces.Of(b).Overlaps(places))) continue;
            var homes = drafts.Where(d => !ReferenceEquals(d, owner) && d is { IsIndex: false, Headline: { IsIndex: false } h }
                                          && h.Blocks.Any(b => blockPlaces.Of(b).Overlaps(places))).ToList();
            if (homes is not [var home]) continue;
            var homeBlocks = home.Segments.SelectMany(s => s.Blocks).ToList();
            if (homeBlocks.Count == 0) MoveBlockUnder(line, owner, home);
            else MoveBlock(line, owner, home, homeBlocks.MaxBy(b => b.Block.Index)!, after: true);
        }
    }

    /// <summary>An article a stray piece may go to: the districts it names and its body in reading order.</summary>
    private sealed record StrayHome(ArticleDraft Draft, IReadOnlySet<string> Places, List<ClassifiedBlock> Body);

    /// <summary>Moves a block under the headline of a draft that has no body text yet.</summary>
    private static void MoveBlockUnder(ClassifiedBlock block, ArticleDraft from, ArticleDraft to)
    {
        var moved = Isolate(block, from);
        from.Pieces.Remove(moved);
        moved.Owner = to;
        to.Pieces.Add(moved);
    }

    /// <summary>"…兽药产业园现场签" | "南川是全国重要的中药材产区之一，…" | "约兽用疫苗、…": a paragraph printed inside a
    /// sentence a column break cut (the paragraph before it stops mid-word, the one after it finishes the word and it
    /// does not) is another article's, printed there by the page: it goes to the headed article it is as much more like
    /// as a stray piece at the page's end must be (<c>strayEndLikeness</c>, <c>strayEndMinLikeness</c>), in page order
    /// among that article's paragraphs, and the cut sentence closes over it. A numbered section heading with no comma and
    /// no sentence end in either width (三、保障措施) is a whole line, not a cut sentence.</summary>
    private void MoveParagraphsInsideCutSentences(List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        foreach (var draft in articles)
        {
            var body = BodyOrder(draft);
            for (var i = 0; i + 2 < body.Count; i++)
            {
                var (head, middle, tail) = (body[i], body[i + 1], body[i + 2]);
                if (head.Block.EndsSentence || head.Text.Length == 0 || !HanText.IsHan(head.Text[^1]) || CutsWord(head, middle, characters) || !CutsWord(head, tail, characters)) continue;
                // A numbered section heading (三、保障措施) is a whole line, not a sentence a column break cut.
                if (knowledge.SectionNumbering.IsMatch(head.Text) && HanText.CountCommas(head.Text) == 0 && !HanText.ContainsSentenceEnd(head.Text)) continue;
                if (ArticleFarMoreLike(middle, draft, articles, similarity) is not { } home) continue;
                var homeBody = BodyOrder(home);
                var before = homeBody.LastOrDefault(b => b.Block.Index < middle.Block.Index);
                MoveBlock(middle, draft, home, before ?? homeBody[0], after: before is not null);
                body.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>"8月28日，南川区大观镇的…" as an article's last paragraph, printed right over another article's headline (the
    /// page printed that headline after its first paragraph): a last paragraph that opens as a lead does (a date and a
    /// comma) and is <c>strayEndLikeness</c> times as like another headed article (at least <c>strayEndMinLikeness</c>)
    /// is that article's lead: it goes before its first paragraph, unless that one opens as a lead too.</summary>
    private void MoveLateLeads(List<ArticleDraft> drafts, TopicSimilarity similarity)
    {
        var articles = drafts.Where(d => d is { IsIndex: false, IsEmpty: false, Headline: not null }).ToList();
        if (articles.Count < 2) return;
        foreach (var draft in articles)
        {
            var body = BodyOrder(draft);
            if (body.Count < 3 || body[^1] is not { Kind: BlockKind.Body } last || !knowledge.OpensWithDate.IsMatch(last.Text)) continue;
            if (ArticleFarMoreLike(last, draft, articles, similarity) is not { } home) continue;
            var homeBody = BodyOrder(home);
            var leads = knowledge.OpensWithDate.IsMatch(homeBody[0].Text) || homeBody[0].Kind == BlockKind.Lead;
            MoveBlock(last, draft, home, leads ? homeBody[^1] : homeBody[0], after: leads);
        }
    }

    /// <summary>The other headed article with body text that a paragraph is <c>strayEndLikeness</c> times as like as
    /// its own article's other text (weighted cosine, at least <c>strayEndMinLikeness</c>), if there is one.</summary>
    private ArticleDraft? ArticleFarMoreLike(ClassifiedBlock paragraph, ArticleDraft own, List<ArticleDraft> articles, TopicSimilarity similarity)
    {
        var bigrams = TopicSimilarity.Bigrams([paragraph]);
        var ownLike = similarity.Cosine(bigrams, TopicSimilarity.Bigrams(own.Blocks.Where(b => !ReferenceEquals(b, paragraph))));
        var floor = Math.Max(knowledge.StrayEndMinLikeness, knowledge.StrayEndLikeness * ownLike);
        var (home, like) = articles.Where(d => !ReferenceEquals(d, own))
            .Select(d => (Draft: d, Like: similarity.CosineReaching(bigrams, TopicSimilarity.Bigrams(d.Blocks), floor))).MaxBy(o => o.Like);
        return like >= floor && BodyOrder(home).Count > 0 ? home : null;
    }

    private static ArticleDraft OwnerOf(List<ArticleDraft> drafts, ClassifiedBlock block) =>
        drafts.First(d => d.Segments.Any(s => s.Blocks.Contains(block)));

    private static List<ClassifiedBlock> BodyOrder(ArticleDraft draft)
    {
        var body = new List<ClassifiedBlock>();
        foreach (var piece in draft.Pieces)
            if (piece is Segment s)
                foreach (var block in s.Blocks)
                    if (block.IsBody) body.Add(block);
        return body;
    }

    /// <summary>Takes one block out of its segment (the blocks after it stay where they were, as a segment of their
    /// own) and puts it right after or before another draft's block.</summary>
    private static void MoveBlock(ClassifiedBlock block, ArticleDraft from, ArticleDraft to, ClassifiedBlock beside, bool after)
    {
        var moved = Isolate(block, from);
        from.Pieces.Remove(moved);
        var target = Isolate(beside, to);
        moved.Owner = to;
        to.Pieces.Insert(to.Pieces.IndexOf(target) + (after ? 1 : 0), moved);
    }

    /// <summary>Splits the segment holding the block so the block is a segment of its own, in place among the draft's pieces.</summary>
    private static Segment Isolate(ClassifiedBlock block, ArticleDraft draft)
    {
        var segment = draft.Segments.First(s => s.Blocks.Contains(block));
        var at = segment.Blocks.IndexOf(block);
        var slot = draft.Pieces.IndexOf(segment);
        if (at + 1 < segment.Blocks.Count)
        {
            var rest = segment.SplitAt(at + 1);
            rest.Owner = draft;
            draft.Pieces.Insert(slot + 1, rest);
        }
        if (at == 0) return segment;
        var alone = segment.SplitAt(at);
        alone.Owner = draft;
        draft.Pieces.Insert(slot + 1, alone);
        return alone;
    }

    /// <summary>Every article on a page has a headline unless it continues from or on another page, or is a photo
    /// item. Text left without one after assembly is a piece of a headed article printed away from it: it joins
    /// the headed article it is most like, where an unfinished paragraph of that article printed before it and a
    /// word cut between them count as well.</summary>
    private void MergeHeadlessDrafts(List<ArticleDraft> drafts, TopicSimilarity similarity, CharacterStatistics characters)
    {
        // A photo item is whole with its caption's credit: stray text is another article's.
        var headed = drafts.Where(d => d is { IsIndex: false, Headline: not null } && !IsPhotoItem(d)).ToList();
        if (headed.Count == 0) return;
        foreach (var loose in drafts.Where(IsStrayText).ToList())
        {
            if (loose.Text.Length > knowledge.StrayTextMaxLetters) continue;
            var first = loose.Segments.First();
            var opening = first.Blocks.FirstOrDefault(b => b.IsBody)?.Text ?? first.Text;
            var probe = TopicSimilarity.Bigrams(loose.Text, int.MaxValue);
            var places = knowledge.Places.Find(loose.Text);
            var best = headed.Where(d => Math.Abs(d.Position - loose.Position) <= Window)
                .Select(d => (Draft: d, Score: similarity.Cosine(probe, TopicSimilarity.Bigrams(d.Text, int.MaxValue))
                    + 0.5 * similarity.WeightedCoverage(d.Headline!.Bigrams, probe) + Continuity(d, first, opening)
                    + PlaceAgreement(knowledge.Places.Find(d.Headline.Text), places)))
                .OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Draft is null || best.Score < knowledge.StrayTextJoinsFrom) continue;
            best.Draft.TakePiecesOf(loose);
        }
        drafts.RemoveAll(d => d.Headline is null && d.IsEmpty);

        double Continuity(ArticleDraft d, Segment first, string opening)
        {
            var before = d.Segments.LastOrDefault(s => s.Position < first.Position);
            if (before is not { EndsUnfinished: true }) return 0;
            return characters.JoinsWord(before.LastBody!.Text, opening) ? 0.5 : 0.2;
        }
    }

    /// <summary>A headline that names the district the text names is its headline; one that names only other
    /// districts is another article's.</summary>
    private static double PlaceAgreement(IReadOnlySet<string> headline, IReadOnlySet<string> text) =>
        headline.Count == 0 || text.Count == 0 ? 0 : headline.Overlaps(text) ? PlaceWeight : -PlaceWeight;

    private const double PlaceWeight = 0.3;

    private static bool IsPhotoItem(ArticleDraft d) => d is { Pieces: [Segment { Start: SegmentStart.Photo }] };

    private static bool IsStrayText(ArticleDraft d) =>
        d is { Headline: null, IsEmpty: false }
        && d.Segments.All(s => s.Start is SegmentStart.Plain or SegmentStart.Lead or SegmentStart.Byline && s.ContinuesOn is null && s.ContinuedFrom is null);

    /// <summary>A headline left without text and a lone notice line ("2版刊登…") nearest to it belong together.</summary>
    /// <summary>A deck (——…) heading text and a headline with no text at all are one article printed apart: the
    /// headline becomes the title over the deck. Each deck takes the empty headline most like its text, or the only one.
    /// A headline with up to <paramref name="maxLetters"/> letters of text counts as empty; its text comes along.</summary>
    private void TitleDeckHeadedDrafts(List<ArticleDraft> drafts, TopicSimilarity similarity, int maxLetters)
    {
        bool IsDeckOnly(HeadlineGroup h) => h.Blocks.All(b => knowledge.OpensDeck(b.Text));
        var decked = drafts.Where(d => d is { IsEmpty: false, Headline: { IsIndex: false } h } && IsDeckOnly(h)).ToList();
        if (decked.Count == 0) return;
        var empty = drafts.Where(d => d is { Headline: { IsIndex: false } h } && !IsDeckOnly(h) && !decked.Contains(d)
                                      && !knowledge.IsColumnLabel(h.Text)
                                      && HanText.ContentLengthAtMost(d.Segments.Select(s => s.Text), maxLetters)).ToList();
        foreach (var draft in decked)
        {
            if (empty.Count == 0) break;
            var text = TopicSimilarity.Bigrams(draft.Text, int.MaxValue);
            var best = empty.Select(e => (Draft: e, Score: similarity.Cosine(e.Headline!.Bigrams, text))).MaxBy(x => x.Score);
            if (best.Score <= 0 && empty.Count > 1) continue;
            empty.Remove(best.Draft);
            drafts.Remove(best.Draft);
            draft.PutTitleOver(best.Draft.Headline!);
            draft.TakePiecesOf(best.Draft);
        }
    }

    private static void PairEmptyHeadlinesWithNotices(List<ArticleDraft> drafts)
    {
        var notices = drafts.Where(d => d.Headline is null && d.Segments.Count() == 1 && d.Segments.First().Start == SegmentStart.Notice).ToList();
        foreach (var empty in drafts.Where(d => d.Headline is not null && d.IsEmpty && !d.IsIndex).ToList())
        {
            var nearest = notices.MinBy(n => Math.Abs(n.Position - empty.Position));
            if (nearest is null) break;
            notices.Remove(nearest);
            drafts.Remove(nearest);
            empty.Add(nearest.Segments.First());
        }
    }

    /// <summary>A photo's caption printed right over a headline with no text of its own is that headline's photo item:
    /// the page printed the title under the picture.</summary>
    private static void PairEmptyHeadlinesWithPhotosAbove(List<ArticleDraft> drafts)
    {
        foreach (var photo in drafts.Where(d => d is { Headline: null, Pieces: [Segment { Start: SegmentStart.Photo }] }).ToList())
        {
            var caption = (Segment)photo.Pieces[0];
            var titled = drafts.FirstOrDefault(d => d is { IsEmpty: true, IsIndex: false, Headline: { } h } && h.Position == caption.Position + 1);
            if (titled is null) continue;
            photo.Pieces.Clear();
            drafts.Remove(photo);
            titled.AddInPageOrder(caption);
        }
    }

    private static void NewDraft(Segment s, List<ArticleDraft> drafts)
    {
        var d = new ArticleDraft(s.Position, null);
        d.Add(s);
        drafts.Add(d);
    }
}
